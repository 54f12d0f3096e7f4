/**
 * Review of the names, coref and kinds4 merges (issue 3): passages written here in news style on the
 * shapes where those rules read the opposite case. Each rule row fails without its fix; each guard
 * row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows13: readonly Row[] = [
  {
    what: 'وجه with a speech noun: the noun after the title is the object, not a name (ووجه النائب سؤالا)',
    text: 'ووجه النائب سؤالا إلى وزير المالية حول «تأخر صرف المستحقات».',
    quotes: [['تأخر صرف المستحقات', 'partial', 'النائب']],
  },
  {
    what: 'وجه with a speech noun, feminine (ووجهت النائبة سؤالا إلى وزيرة الصحة عن «…»)',
    text: 'ووجهت النائبة سؤالا إلى وزيرة الصحة عن «نقص الأدوية في المستشفيات الحكومية».',
    quotes: [['نقص الأدوية في المستشفيات الحكومية', 'partial', 'النائبة']],
  },
  {
    what: 'a letter directed, then قالت فيها إن: the minister speaks, not the letter (ووجهت الوزيرة رسالة)',
    text: 'ووجهت الوزيرة رسالة إلى المعلمين قالت فيها إن العام الدراسي «سيبدأ في موعده».',
    quotes: [['سيبدأ في موعده', 'partial', 'الوزيرة']],
  },
  {
    what: 'guard: the noun وجه (على وجه الخصوص) is no cue; the minister after it speaks',
    text: 'وعلى وجه الخصوص، قال الوزير إن القطاع «يحتاج إلى استثمارات ضخمة».',
    quotes: [['يحتاج إلى استثمارات ضخمة', 'partial', 'الوزير']],
  },
  {
    what: 'a word said between the cue and قبل أن is speech: أن after قبل is no complement of the cue',
    text: 'وقال «وداعا» قبل أن يغلق الهاتف في وجه المذيع.',
    quotes: [['وداعا', 'direct', null]],
  },
  {
    what: 'a one-word answer before قبل أن, its speaker named in the paragraph before',
    text: [
      'وقال المدرب خالد العتيبي إن الفريق «قدم مباراة كبيرة».',
      'وعندما سئل عن مستقبله مع النادي، قال «ربما» قبل أن يغادر القاعة.',
    ].join('\n\n'),
    quotes: [
      ['قدم مباراة كبيرة', 'partial', 'خالد العتيبي'],
      ['ربما', 'direct', 'خالد العتيبي'],
    ],
  },
  {
    what: 'a one-word answer before بعد أن (أجاب «…» بعد أن)',
    text: 'وقال الوزير إن الحكومة «لن تتراجع».\n\nوعن موعد الانتخابات، أجاب «قريبا» بعد أن تردد لحظات.',
    quotes: [
      ['لن تتراجع', 'partial', 'الوزير'],
      ['قريبا', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'guard: a newspaper between the cue and a bare إن stays a mention (في اتصال هاتفي مع «الرياض» إن)',
    text: 'وقال وزير الإسكان في اتصال هاتفي مع «الرياض» إن المشروع «سيكتمل العام المقبل».',
    quotes: [
      ['الرياض', 'mention', null],
      ['سيكتمل العام المقبل', 'partial', 'وزير الإسكان'],
    ],
  },
  {
    what: 'a short quote right after the body’s own statement (في بيانها «…» إنها) is what it said, not a name',
    text: 'وقالت الشركة في بيانها «نعتذر لعملائنا» إنها ستعوض المتضررين خلال أسبوع.',
    quotes: [['نعتذر لعملائنا', 'partial', 'الشركة']],
  },
  {
    what: 'a short quote right after the speaker’s own speech (في كلمته «…» إن)',
    text: 'وقال الرئيس في كلمته «أشكركم جميعا» إن المرحلة المقبلة صعبة.',
    quotes: [['أشكركم جميعا', 'partial', 'الرئيس']],
  },
  {
    what: 'guard: a newspaper after مع between the cue and إن stays a mention (في اتصال مع «الوطن» إن)',
    text: 'وقال مدير التعليم في اتصال مع «الوطن» إن الدراسة «ستستأنف الأحد».',
    quotes: [
      ['الوطن', 'mention', null],
      ['ستستأنف الأحد', 'partial', 'مدير التعليم'],
    ],
  },
];

describe('review13: regressions of the names, coref and kinds4 merges', () => {
  runRows(reviewRows13);
});
