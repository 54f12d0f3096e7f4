/**
 * Review of the subjects and bodies merges (issue 3): passages written here in news style on the
 * shapes where those rules read the opposite case. Each rule row fails without its fix; each guard
 * row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows14: readonly Row[] = [
  {
    what: 'a cue of saying in a clause of time carries the quote (حين قال الرئيس: «…»), not the cue before it',
    text: 'وذكر المراسل أن القاعة ضجت بالتصفيق حين قال الرئيس: «سنبني مستقبلا أفضل».',
    quotes: [['سنبني مستقبلا أفضل', 'direct', 'الرئيس']],
  },
  {
    what: 'a cue of announcing after بعدما carries the partial quote (بعدما أعلن الوزير أن «…»)',
    text: 'وقال المحلل إن الأسهم ارتفعت بعدما أعلن الوزير أن الشركة «ستوزع أرباحا استثنائية».',
    quotes: [['ستوزع أرباحا استثنائية', 'partial', 'الوزير']],
  },
  {
    what: 'a feminine cue of saying after عندما carries the quote (عندما أكدت الوزيرة: «…»)',
    text: 'وأفاد النائب بأن الجلسة هدأت عندما أكدت الوزيرة: «لن يمس أحد رواتب الموظفين».',
    quotes: [['لن يمس أحد رواتب الموظفين', 'direct', 'الوزيرة']],
  },
  {
    what: 'guard: a cue of asking in a clause of time is what was asked (وقالت الوزيرة حين سألتها صحفية)',
    text: 'وقالت الوزيرة حين سألتها صحفية عن الأسعار: «الدعم مستمر».',
    quotes: [['الدعم مستمر', 'direct', 'الوزيرة']],
  },
  {
    what: 'a statement issued by someone after the opener’s object is not the opener’s (حكما ضد الشركة التي نشرت بيانا)',
    text: [
      'وأصدرت المحكمة التجارية حكما ضد الشركة التي نشرت بيانا مضللا عن أرباحها.',
      'وجاء في البيان: «الأرباح تضاعفت ثلاث مرات».',
    ].join('\n\n'),
    quotes: [['الأرباح تضاعفت ثلاث مرات', 'direct', null]],
  },
  {
    what: 'an announcement published by a suspect is not the police’s own (أعلنت الشرطة القبض على شاب نشر إعلانا)',
    text: [
      'وأعلنت الشرطة القبض على شاب نشر إعلانا مزيفا عن وظائف في شركة كبرى.',
      'وجاء في الإعلان: «رواتب مغرية ولا حاجة للخبرة».',
    ].join('\n\n'),
    quotes: [['رواتب مغرية ولا حاجة للخبرة', 'direct', null]],
  },
  {
    what: 'a statement handed out by the body the minister closed is not the minister’s (أصدر الوزير قرارا … التي وزعت بيانا)',
    text: [
      'وأصدر الوزير قرارا بإغلاق الجمعية التي وزعت بيانا على المصلين.',
      'وجاء في البيان: «لن نشارك في الانتخابات».',
    ].join('\n\n'),
    quotes: [['لن نشارك في الانتخابات', 'direct', null]],
  },
  {
    what: 'guard: a ministry issues a statement (أصدرت الوزارة بيانا), then وجاء في البيان',
    text: [
      'وأصدرت وزارة الخارجية السعودية بيانا حول التطورات في السودان.',
      'وجاء في البيان: «المملكة تتابع بقلق بالغ».',
    ].join('\n\n'),
    quotes: [['المملكة تتابع بقلق بالغ', 'direct', 'وزارة الخارجية السعودية']],
  },
  {
    what: 'a body’s noun shaped like a nisba with its own adjective after an association is the object (رابطة الأندية المفوضية الأوروبية)',
    text: 'وخاطبت رابطة الأندية المفوضية الأوروبية بشأن القرار، وقالت إنه «مجحف».',
    quotes: [['مجحف', 'partial', 'رابطة الأندية']],
  },
  {
    what: 'a consulate with its adjective after a defence team is the object (هيئة الدفاع القنصلية الفرنسية)',
    text: 'وراسلت هيئة الدفاع القنصلية الفرنسية في جدة، وقالت إن موكلها «بريء».',
    quotes: [['بريء', 'partial', 'هيئة الدفاع']],
  },
  {
    what: 'an assembly with its adjective of rank after a league is the object (رابطة العالم الإسلامي الجمعية العامة)',
    text: 'وخاطبت رابطة العالم الإسلامي الجمعية العامة للأمم المتحدة، وقالت إن خطاب الكراهية «يهدد السلم».',
    quotes: [['يهدد السلم', 'partial', 'رابطة العالم الإسلامي']],
  },
  {
    what: 'guard: a nisba in ة after the genitive of a feminine head, nothing after it, is the name’s (جمعية أصحاب المخابز البلدية)',
    text: 'وهو ما وصفته جمعية أصحاب المخابز البلدية بأنه «قرار يضر بالمستهلك».',
    quotes: [['قرار يضر بالمستهلك', 'partial', 'جمعية أصحاب المخابز البلدية']],
  },
  {
    what: 'a short speech in marks after a body’s participle description is what it said, not its name («لا تأجيل» في بيان)',
    text: 'وقالت الشركة المشغلة للمطار «لا تأجيل» في بيان إن الرحلات «ستستأنف».',
    quotes: [
      ['لا تأجيل', 'direct', 'الشركة المشغلة للمطار'],
      ['ستستأنف', 'partial', 'الشركة المشغلة للمطار'],
    ],
  },
  {
    what: 'a short speech with لن after a body’s participle description («لن نتوقف» في بيان)',
    text: 'وقالت الشركة المشغلة للقطار «لن نتوقف» في بيان إن الرحلات «منتظمة».',
    quotes: [
      ['لن نتوقف', 'direct', 'الشركة المشغلة للقطار'],
      ['منتظمة', 'partial', 'الشركة المشغلة للقطار'],
    ],
  },
  {
    what: 'a two-word speech with لا after an owner’s description («لا إخلاء» في بيان)',
    text: 'وقالت الشركة المالكة للفندق «لا إخلاء» في بيان إن النزلاء «بأمان».',
    quotes: [
      ['لا إخلاء', 'direct', 'الشركة المالكة للفندق'],
      ['بأمان', 'partial', 'الشركة المالكة للفندق'],
    ],
  },
  {
    what: 'guard: a company’s name in marks after its participle description names it («نيوم» في بيان)',
    text: 'وقالت الشركة المطورة للمشروع «نيوم» في بيان إن العمل «يسير وفق الجدول».',
    quotes: [
      ['نيوم', 'mention', null],
      ['يسير وفق الجدول', 'partial', 'نيوم'],
    ],
  },
];

describe('review14: regressions of the subjects and bodies merges', () => {
  runRows(reviewRows14);
});
