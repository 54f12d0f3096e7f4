/**
 * Review of the floor and mine merges (issue 3): passages written here in news style on the shapes
 * where those rules read the opposite case. Each rule row fails without its fix; each guard row keeps
 * the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows17: readonly Row[] = [
  {
    what: 'an event after عام in a title is the title’s genitive, not the verb’s object (أمين عام المؤتمر)',
    text: 'وقال أمين عام المؤتمر: «التوصيات سترفع إلى الجهات المختصة».',
    quotes: [['التوصيات سترفع إلى الجهات المختصة', 'direct', 'أمين عام المؤتمر']],
  },
  {
    what: 'an event after عام, then the holder’s name (مدير عام المعرض فهد العتيبي)',
    text: 'وقال مدير عام المعرض فهد العتيبي: «الأجنحة اكتملت قبل موعد الافتتاح».',
    quotes: [['الأجنحة اكتملت قبل موعد الافتتاح', 'direct', 'فهد العتيبي']],
  },
  {
    what: 'an event after باسم is the body the spokesman speaks for (المتحدث باسم المؤتمر)',
    text: 'وقال المتحدث باسم المؤتمر: «الجلسة الختامية تأجلت إلى الغد».',
    quotes: [['الجلسة الختامية تأجلت إلى الغد', 'direct', 'المتحدث باسم المؤتمر']],
  },
  {
    what: 'guard: after a plain word that closed the title’s genitive, the event is the object (محافظ جدة الحفل)',
    text: 'ورعى محافظ جدة الحفل الختامي للبرنامج، وقال: «الشباب ثروة الوطن».',
    quotes: [['الشباب ثروة الوطن', 'direct', 'محافظ جدة']],
  },
  {
    what: 'a verb with a pronoun back to the document has it for object: the critics speak (انتقده خبراء)',
    text: 'ونشرت الوزارة تقريرا، انتقده خبراء وقالوا إنه «يتجاهل الواقع».',
    quotes: [['يتجاهل الواقع', 'partial', 'خبراء']],
  },
  {
    what: 'the document with an adjective, then a verb with its pronoun and the critics (تقريرا مطولا، انتقده)',
    text: 'ونشرت المنظمة تقريرا مطولا، انتقده خبراء وقالوا إنه «منحاز بوضوح».',
    quotes: [['منحاز بوضوح', 'partial', 'خبراء']],
  },
  {
    what: 'a verb with عنه back to the document, then a person named in full: he speaks (قال عنه رئيس الغرفة)',
    text: 'وأصدر المجلس البلدي قرارا، قال عنه رئيس الغرفة سامي الحربي إنه «تاريخي».',
    quotes: [['تاريخي', 'partial', 'سامي الحربي']],
  },
  {
    what: 'a verb right after the document with a person named in full after it: he speaks (قال سالم الغامدي)',
    text: 'أصدرت الوزارة قرارا جديدا، قال سالم الغامدي إنه «مجحف بحق الصغار».',
    quotes: [['مجحف بحق الصغار', 'partial', 'سالم الغامدي']],
  },
  {
    what: 'a report with its adjective, then a verb and a person named in full (تقريرا مفصلا، قال خالد العمري)',
    text: 'ونشرت الهيئة تقريرا مفصلا، قال خالد العمري إنه «يكشف الثغرات».',
    quotes: [['يكشف الثغرات', 'partial', 'خالد العمري']],
  },
  {
    what: 'guard: a verb right after the document it describes speaks for its issuer (لائحة …، تنص على أن)',
    text: 'أقرت الحكومة لائحة تنظم العمل عن بعد، تنص على أن «ساعات العمل مرنة».',
    quotes: [['ساعات العمل مرنة', 'partial', 'الحكومة']],
  },
  {
    what: 'a meeting with the press is no interview: an answer after it stays with the coach (حديث مع الصحفيين)',
    text: ['وفي حديث مع الصحفيين، قال المدرب: «اللاعبون جاهزون».', 'ج: «ليس لدينا إصابات».'].join('\n\n'),
    quotes: [
      ['اللاعبون جاهزون', 'direct', 'المدرب'],
      ['ليس لدينا إصابات', 'direct', 'المدرب'],
    ],
  },
  {
    what: 'a minister in a meeting with the press, then a question and its answer: the minister answers',
    text: [
      'وقال وزير السياحة أحمد الخطيب في لقاء مع الصحفيين: «السياحة تنمو».',
      'س: ومتى تكتمل المشاريع؟',
      'ج: «خلال عامين».',
    ].join('\n\n'),
    quotes: [
      ['السياحة تنمو', 'direct', 'أحمد الخطيب'],
      ['خلال عامين', 'direct', 'أحمد الخطيب'],
    ],
  },
  {
    what: 'an interview with a channel: the channel held it, the minister who speaks answers (مع قناة الإخبارية)',
    text: [
      'وفي لقاء مع قناة الإخبارية، قالت وزيرة الدولة هيفاء الحربي: «الاقتصاد يتنوع».',
      'س: وماذا عن البطالة؟',
      'ج: «انخفضت إلى أدنى مستوى».',
    ].join('\n\n'),
    quotes: [
      ['الاقتصاد يتنوع', 'direct', 'هيفاء الحربي'],
      ['انخفضت إلى أدنى مستوى', 'direct', 'هيفاء الحربي'],
    ],
  },
  {
    what: 'guard: in an interview with a club’s president he answers each question (لقاء مع رئيس النادي)',
    text: [
      'أجرت المجلة لقاء مع رئيس النادي فهد المطيري.',
      'سؤال: هل أنت راض عن الموسم؟',
      'جواب: «الموسم لم ينته بعد».',
    ].join('\n\n'),
    quotes: [['الموسم لم ينته بعد', 'direct', 'فهد المطيري']],
  },
  {
    what: 'a recommendation after the council’s definite name is what it adopted, not its name (مجلس الشورى توصية)',
    text: 'وأقر مجلس الشورى توصية تدعو الوزارة إلى «مراجعة رسوم العمالة المنزلية».',
    quotes: [['مراجعة رسوم العمالة المنزلية', 'partial', 'مجلس الشورى']],
  },
  {
    what: 'a resolution after an international council’s adjective is the object (مجلس الأمن الدولي قرارا)',
    text: 'وأقر مجلس الأمن الدولي قرارا يطالب بـ«وقف فوري لإطلاق النار».',
    quotes: [['وقف فوري لإطلاق النار', 'partial', 'مجلس الأمن الدولي']],
  },
  {
    what: 'a committee with its adjective, then the recommendation it adopted (اللجنة الوطنية توصية)',
    text: 'وأقرت اللجنة الوطنية توصية تدعو الجامعات إلى «زيادة المقاعد».',
    quotes: [['زيادة المقاعد', 'partial', 'اللجنة الوطنية']],
  },
  {
    what: 'guard: a document’s noun in construct after an indefinite head stays in the body’s name',
    text: 'وقالت هيئة تقرير المصير: «الاستفتاء في موعده».',
    quotes: [['الاستفتاء في موعده', 'direct', 'هيئة تقرير المصير']],
  },
];

describe('review17: the floor and mine merges on the opposite cases', () => {
  runRows(reviewRows17);
});
