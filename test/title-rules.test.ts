/**
 * Rules that closed the long-title and calling-back gap rows of probes 13–21 (issue 3), each on
 * passages of its own written here in news style, Saudi and other: every rule row fails without its
 * rule, and a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const titleRuleRows: readonly Row[] = [
  // A long title, then an honorific, a rank or a first name before بن: the title runs to it (titleRunEnd).
  {
    what: 'a title through ل + a branch, في and a region before an honorific (المدير الإقليمي لفرع الصندوق في منطقة جازان المهندس فلان)',
    text: 'وقال المدير الإقليمي لفرع الصندوق في منطقة جازان المهندس سامي بن ناصر الشهري: «أتلفنا 12 طناً من التمور الفاسدة».',
    quotes: [['أتلفنا 12 طناً من التمور الفاسدة', 'direct', 'سامي بن ناصر الشهري']],
  },
  {
    what: 'a rank and its rank word (العميد الركن) after a title with في and a place',
    text: 'وقال قائد القوات في محافظة مأرب العميد الركن ناجي الصوفي إن «المعارك توقفت منذ يومين».',
    quotes: [['المعارك توقفت منذ يومين', 'partial', 'ناجي الصوفي']],
  },
  {
    what: 'a title through في and a body with a town (في مستشفى حفر الباطن) before a first name and بن',
    text: 'وقال رئيس قسم الطوارئ في مستشفى حفر الباطن المركزي سعود بن فالح العنزي: «استقبلنا 40 مصاباً».',
    quotes: [['استقبلنا 40 مصاباً', 'direct', 'سعود بن فالح العنزي']],
  },
  {
    what: 'a role with ل + a verbal noun and a place (المبتعثة لدراسة الطب في جامعة …) before a woman’s name with بنت',
    text: 'وقالت المبتعثة لدراسة الطب في جامعة ملبورن نوف بنت سعد القحطاني: «الغربة صعبة في الأشهر الأولى».',
    quotes: [['الغربة صعبة في الأشهر الأولى', 'direct', 'نوف بنت سعد القحطاني']],
  },
  {
    what: 'an adjective that looks like a body’s head (اللجنة المنظمة) and ل + a definite noun before a name with بن',
    text: 'وأكد رئيس اللجنة المنظمة للملتقى عبدالله بن سعد الدوسري أن «عدد الزوار تجاوز المتوقع».',
    quotes: [['عدد الزوار تجاوز المتوقع', 'partial', 'عبدالله بن سعد الدوسري']],
  },
  {
    what: 'a writer of a quoted paper, then the name and where he wrote it (في مقاله)',
    text: 'وكتب المحرر في مجلة "اليمامة" ناصر بن علي الحميدي في مقاله: "الرياضة النسائية قادمة لا محالة".',
    quotes: [
      ['اليمامة', 'mention', null],
      ['الرياضة النسائية قادمة لا محالة', 'direct', 'ناصر بن علي الحميدي'],
    ],
  },
  {
    what: 'guard: a title with a pronoun and a name, then a second rank and name (رئيسها فلان العقيد فلان): the first name speaks',
    text: 'وقال رئيسها لؤي الحربي العقيد سالم المطيري لاحقاً: «تم ضبط الشحنة».',
    quotes: [['تم ضبط الشحنة', 'direct', 'لؤي الحربي']],
  },
  {
    what: 'guard: a name after the title, then another honorific as the object (مدير الجامعة الدكتور فلان لوزير … الدكتور فلان)',
    text: 'وقال مدير الجامعة الدكتور سعد الحربي لوكيل الوزارة الدكتور خالد العمري إن «المبنى جاهز».',
    quotes: [['المبنى جاهز', 'partial', 'سعد الحربي']],
  },
  {
    what: 'guard: where the title’s holder spoke (في كلمة ألقاها) is no part of his title, so the honorific after it names nobody',
    text: 'وقال رئيس الجمعية في كلمة ألقاها الشيخ خالد العمري نيابة عنه إن «الدعم مستمر».',
    quotes: [['الدعم مستمر', 'partial', 'رئيس الجمعية']],
  },
  {
    what: 'guard: a person’s name inside a school’s (مدرسة عمر بن الخطاب) is the school’s, and the name after it speaks',
    text: 'وقال مدير مدرسة عمر بن الخطاب الابتدائية سعد الحربي: «الدراسة تبدأ الأحد».',
    quotes: [['الدراسة تبدأ الأحد', 'direct', 'سعد الحربي']],
  },
  // A place's head in construct (محافظة, منطقة, مدينة) inside a title: the plain word after it is the place (splitSubject).
  {
    what: 'a deputy governor of a governorate named by one plain word (وكيل محافظة تعز) before a two-word name',
    text: 'وقال وكيل محافظة تعز عبدالقادر حاتم إن «المدينة تعيش حصاراً خانقاً منذ أشهر».',
    quotes: [['المدينة تعيش حصاراً خانقاً منذ أشهر', 'partial', 'عبدالقادر حاتم']],
  },
  {
    what: 'a council head of a governorate (رئيس مجلس محافظة نينوى) before his name and whom he told',
    text: 'وقال رئيس مجلس محافظة نينوى بشار الكيكي لوكالة الأنباء إن «الخدمات ما زالت متوقفة في الجانب الأيمن».',
    quotes: [['الخدمات ما زالت متوقفة في الجانب الأيمن', 'partial', 'بشار الكيكي']],
  },
  {
    what: 'guard: a governor of a governorate with a definite name (محافظ محافظة الخرج) and no name after it speaks by his title',
    text: 'وقال محافظ محافظة الخرج: «الطلاب عادوا إلى مدارسهم».',
    quotes: [['الطلاب عادوا إلى مدارسهم', 'direct', 'محافظ محافظة الخرج']],
  },
  // Calling back: a form of address before a title (سمو, معالي, سعادة) calls back whom the title does (byTitle).
  {
    what: 'معالي الوزير after the minister named with his ministry',
    text: [
      'وقال وزير الصحة سليمان الراشد، خلال افتتاح مستشفى الولادة في الدمام، إن «العمل بدأ فعلياً».',
      'وأكد معالي الوزير أن «المستشفى سيستقبل أول المراجعات مطلع الشهر المقبل».',
    ].join('\n\n'),
    quotes: [
      ['العمل بدأ فعلياً', 'partial', 'سليمان الراشد'],
      ['المستشفى سيستقبل أول المراجعات مطلع الشهر المقبل', 'partial', 'سليمان الراشد'],
    ],
  },
  {
    what: 'سمو أمير المنطقة after the prince named with his post in apposition (، أمير منطقة …،)',
    text: [
      'دشن الأمير خالد بن فهد بن سلطان، أمير منطقة الحدود الشمالية، مشروعات بلدية بقيمة 300 مليون ريال.',
      'وقال سمو أمير المنطقة إن «هذه المشروعات تخدم أهالي المنطقة كافة».',
    ].join('\n\n'),
    quotes: [['هذه المشروعات تخدم أهالي المنطقة كافة', 'partial', 'خالد بن فهد بن سلطان']],
  },
  {
    what: 'guard: معالي before a name stays the name (وقال معالي فلان), not a title called back',
    text: [
      'وقال وزير المالية خالد العمري إن «الميزانية متوازنة».',
      'وقالت معالي مريم الكعبي إن «الاستثمار ينمو».',
    ].join('\n\n'),
    quotes: [
      ['الميزانية متوازنة', 'partial', 'خالد العمري'],
      ['الاستثمار ينمو', 'partial', 'مريم الكعبي'],
    ],
  },
  // Calling back a body by its head: a body's name in construct through a place's head (learnSentenceBodies).
  {
    what: 'الأمانة after a municipality named with its region in the lede (أمانة منطقة الرياض)',
    text: [
      'أطلقت أمانة منطقة الرياض حملة لإزالة المباني المهجورة في أحياء جنوب العاصمة.',
      'وأوضحت الأمانة أن «الحملة ستشمل أكثر من 400 مبنى».',
    ].join('\n\n'),
    quotes: [['الحملة ستشمل أكثر من 400 مبنى', 'partial', 'أمانة منطقة الرياض']],
  },
  {
    what: 'الشرطة after a police force named with its region in the lede (شرطة منطقة القصيم)',
    text: [
      'أحبطت شرطة منطقة القصيم محاولة تهريب كمية من الأسلحة عبر طريق بريدة.',
      'وقالت الشرطة في بيان إن «المتهمين أحيلوا إلى النيابة العامة».',
    ].join('\n\n'),
    quotes: [['المتهمين أحيلوا إلى النيابة العامة', 'partial', 'شرطة منطقة القصيم']],
  },
  {
    what: 'guard: another body’s head (الشرطة) after the municipality in the lede does not call it back',
    text: [
      'أطلقت أمانة منطقة الرياض حملة لإزالة المباني المهجورة في أحياء جنوب العاصمة.',
      'وقالت الشرطة إن «الحملة تجري بالتنسيق معها».',
    ].join('\n\n'),
    quotes: [['الحملة تجري بالتنسيق معها', 'partial', 'الشرطة']],
  },
];

describe('title rules: long titles before a name, and titles called back', () => {
  runRows(titleRuleRows);
});
