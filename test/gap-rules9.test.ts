/**
 * Gap rows of probes 36 to 39 (issue 3), by the evidence a careful reader uses. A title with its field or
 * place before the name (المتحدث باسم المقاومة في عدن فلان) closes at the outlet the name spoke to after
 * ل (للجزيرة نت, للأناضول, لبي بي سي), as it closes at hearers (للصحفيين): the name ends there. A
 * region's or district's head in construct (حاكم إقليم أوبوك فلان, نائب حاكم إقليم دارفور فلان) takes the
 * place's name as its genitive, as محافظة does: the plain word after it is the place, not the name. A
 * carrier's verb with the remarks as its object pronoun right after them (في تصريحات نقلتها وكالة
 * رويترز, في مقابلة بثتها قناة …) is a relative clause saying who relayed the words: the quote is the
 * sentence's speaker's, the carrier only if no one else speaks.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const outletAfterNameRows: readonly Row[] = [
  {
    what: 'a security chief with his city before his name, then للجزيرة نت إن',
    text: 'وقال مدير الأمن في تعز منصور علي الحكيمي للجزيرة نت إن المدينة "تعيش حصارا خانقا منذ أربعة أشهر".',
    quotes: [['تعيش حصارا خانقا منذ أربعة أشهر', 'partial', 'منصور علي الحكيمي']],
  },
  {
    what: 'a Red Crescent relief coordinator with her body before her name, then للأناضول إن (a surname with the article)',
    text: 'وقالت منسقة الإغاثة في الهلال الأحمر التركي زينب أوزتورك للأناضول إن الشاحنات "دخلت المعبر صباح اليوم محملة بالأغذية والأدوية".',
    quotes: [['دخلت المعبر صباح اليوم محملة بالأغذية والأدوية', 'partial', 'زينب أوزتورك']],
  },
  {
    what: 'a Saudi official with his directorate before his name, then للجزيرة نت: and a direct quote',
    text: 'وقال مدير التعليم في منطقة جازان عيسى محمد الحكمي للجزيرة نت: "استأنفت المدارس الحدودية الدراسة عن بعد، ولم يتأخر أي طالب عن الاختبارات".',
    quotes: [
      [
        'استأنفت المدارس الحدودية الدراسة عن بعد، ولم يتأخر أي طالب عن الاختبارات',
        'direct',
        'عيسى محمد الحكمي',
      ],
    ],
  },
  {
    what: 'guard: the name spoke to people after ل (للصحفيين), read as before',
    text: 'وقال مدير الأمن في تعز منصور علي الحكيمي للصحفيين إن المدينة "تعيش حصارا خانقا منذ أربعة أشهر".',
    quotes: [['تعيش حصارا خانقا منذ أربعة أشهر', 'partial', 'منصور علي الحكيمي']],
  },
  {
    what: 'guard: a body named for people after ل inside the title (للصحفيين) is the title’s, not whom he spoke to',
    text: 'وقال رئيس الاتحاد الدولي للصحفيين في جنيف يونس مجاهد إن الصحفيين في مناطق النزاع "يدفعون ثمن الحقيقة".',
    quotes: [['يدفعون ثمن الحقيقة', 'partial', 'يونس مجاهد']],
  },
];

const placeHeadRows: readonly Row[] = [
  {
    what: 'a regional governor, حاكم إقليم and the region’s name before his name, with قال … إن',
    text: 'وقال حاكم إقليم تيغراي غبرمايكل ولد تنسائي إن الإقليم "لن يقبل بتأجيل الانتخابات".',
    quotes: [['لن يقبل بتأجيل الانتخابات', 'partial', 'غبرمايكل ولد تنسائي']],
  },
  {
    what: 'a regional prime minister, رئيس حكومة إقليم كردستان before his name, with أكد … أن',
    text: 'وأكد رئيس حكومة إقليم كردستان مسرور بارزاني أن أربيل "لن تتخلى عن حصتها من الموازنة الاتحادية".',
    quotes: [['لن تتخلى عن حصتها من الموازنة الاتحادية', 'partial', 'مسرور بارزاني']],
  },
  {
    what: 'a deputy governor of a Sudanese region, نائب حاكم إقليم دارفور before his name, then للصحفيين إن',
    text: 'وقال نائب حاكم إقليم دارفور حسين آدم ياسين للصحفيين إن الأوضاع في المخيمات "مستقرة رغم نقص الغذاء".',
    quotes: [['مستقرة رغم نقص الغذاء', 'partial', 'حسين آدم ياسين']],
  },
  {
    what: 'guard: رئيس الإقليم, the region definite with no name of its own, then the name',
    text: 'وقال رئيس الإقليم مسعود بارزاني إن الاستفتاء "حق طبيعي لشعب كردستان".',
    quotes: [['حق طبيعي لشعب كردستان', 'partial', 'مسعود بارزاني']],
  },
];

const relayedRemarksRows: readonly Row[] = [
  {
    what: 'a head of government with أوضح … في حديث نقلته صحيفة لوموند أن (an international paper carries the interview)',
    text: 'وأوضح رئيس الحكومة التونسية يوسف الشاهد في حديث نقلته صحيفة لوموند أن بلاده "ستواصل الحرب على الإرهاب مهما كلفها ذلك".',
    quotes: [['ستواصل الحرب على الإرهاب مهما كلفها ذلك', 'partial', 'يوسف الشاهد']],
  },
  {
    what: 'a minister by title with في تصريحات صحفية نشرتها صحيفة الشرق الأوسط إن (an adjective between the remarks and the verb)',
    text: 'وقالت وزيرة التضامن الاجتماعي في تصريحات صحفية نشرتها صحيفة الشرق الأوسط إن الاتفاق مع البنك الدولي "خطوة أولى نحو شبكة أمان أوسع".',
    quotes: [['خطوة أولى نحو شبكة أمان أوسع', 'partial', 'وزيرة التضامن الاجتماعي']],
  },
  {
    what: 'a Saudi official by name, then وأضاف + surname في تصريحات نقلتها وكالة الأنباء السعودية:',
    text: [
      'وقال وكيل وزارة الشؤون البلدية والقروية المهندس خالد بن محمد السويلم إن المشاريع المتعثرة "انخفضت إلى النصف خلال عام".',
      'وأضاف السويلم في تصريحات نقلتها وكالة الأنباء السعودية: "سنعلن أسماء المقاولين المتأخرين على موقع الوزارة كل ثلاثة أشهر".',
    ].join('\n\n'),
    quotes: [
      ['انخفضت إلى النصف خلال عام', 'partial', 'خالد بن محمد السويلم'],
      ['سنعلن أسماء المقاولين المتأخرين على موقع الوزارة كل ثلاثة أشهر', 'direct', 'خالد بن محمد السويلم'],
    ],
  },
  {
    what: 'guard: the agency is the sentence’s subject, its own report after في تقرير نشرته: the agency speaks',
    text: 'وأشارت وكالة رويترز في تقرير نشرته أمس إلى أن أسعار النفط "سترتفع خلال الربع المقبل".',
    quotes: [['سترتفع خلال الربع المقبل', 'partial', 'وكالة رويترز']],
  },
  {
    what: 'guard: نقلت وكالة … عن فلان, the carrier with عن and no pronoun: the source speaks',
    text: 'ونقلت وكالة رويترز عن مسؤول في وزارة النفط قوله إن الإنتاج "سيعود إلى مستواه خلال أسبوعين".',
    quotes: [['سيعود إلى مستواه خلال أسبوعين', 'partial', 'وزارة النفط']],
  },
];

describe('gap rules 9: an outlet after ل closes the name after a title’s field or place', () => {
  runRows(outletAfterNameRows);
});

describe('gap rules 9: a region’s or district’s head in construct takes the place’s name', () => {
  runRows(placeHeadRows);
});

describe('gap rules 9: a carrier’s clause after the remarks relays the sentence’s speaker', () => {
  runRows(relayedRemarksRows);
});
