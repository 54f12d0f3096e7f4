/**
 * People a feature brings in by narration who then speak with a bare cue (issue 3, the rows of probes
 * 34 and 35): a present cue with no و opening the sentence after the one whose narrative verb brought
 * the person in (يقف فلان عند …. يقول لـ…:) takes him up as وقال does; the opening adverbial before
 * that verb may run long (وفي أحد الكرفانات القريبة من السوق الرئيسي للمخيم، تجلس فلانة …); a group
 * counted (تنتظر عشرات العائلات) brings in no one; and a name read back to the sentence's first word
 * starts after that word when it is no given name and a given name follows (يقف علي النوافلة، وهو …):
 * the verb is not his first name. Each rule row is a passage written here in news style and fails
 * without its rule; a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const bareCueRows: readonly Row[] = [
  {
    what: 'a nurse brought in by يعمل فلان ممرضا …, then a bare يقول لبي بي سي عربي: after a body spoke',
    text: [
      'أعلنت منظمة الصحة العالمية أن عدد الإصابات بالكوليرا تجاوز عشرة آلاف.',
      'يعمل عمر الدباغ ممرضا في مستشفى الكرك منذ تسع سنوات. يقول لبي بي سي عربي: «لم نر هذا العدد من المرضى في أسبوع واحد من قبل».',
    ].join('\n\n'),
    quotes: [['لم نر هذا العدد من المرضى في أسبوع واحد من قبل', 'direct', 'عمر الدباغ']],
  },
  {
    what: 'a fishwife brought in after an adverbial of place (وعلى رصيف …، تقف فلانة …), then a bare تقول:',
    text: 'وعلى رصيف الميناء القديم في طرابلس، تقف سميرة الحلبي قرب صناديق السمك. تقول: «لم يعد الصيد يكفي لإطعام أولادي».',
    quotes: [['لم يعد الصيد يكفي لإطعام أولادي', 'direct', 'سميرة الحلبي']],
  },
  {
    what: 'a café owner in a Saudi paper (يجلس فلان، وهو صاحب مقهى …، أمام …), then يقول لـ«عكاظ»:',
    text: 'يجلس سعيد الزهراني، وهو صاحب مقهى في جدة منذ عشرين عاما، أمام طاولات فارغة. يقول لـ«عكاظ»: «كنا نعمل حتى الفجر، والآن نغلق قبل منتصف الليل».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['كنا نعمل حتى الفجر، والآن نغلق قبل منتصف الليل', 'direct', 'سعيد الزهراني'],
    ],
  },
  {
    what: 'guard: a bare يقول after a narrative sentence whose subject is a body keeps the doctor who spoke',
    text: [
      'وقال مدير المستشفى الدكتور فهد العنزي: «استقبلنا أكثر من مئتي حالة منذ الصباح».',
      'وتواصل فرق الدفاع المدني البحث عن مفقودين تحت الأنقاض في حي الشاطئ. يقول: «نخشى أن يرتفع العدد خلال الليل».',
    ].join('\n\n'),
    quotes: [
      ['استقبلنا أكثر من مئتي حالة منذ الصباح', 'direct', 'فهد العنزي'],
      ['نخشى أن يرتفع العدد خلال الليل', 'direct', 'فهد العنزي'],
    ],
  },
  {
    what: 'guard: a bare تقول after a man brought in keeps the woman who spoke, not him',
    text: [
      'قالت الناشطة منى الفارس لـ«الحياة»: «الأسواق الشعبية تموت ببطء».',
      'يقف سالم الحربي خلف بسطته منذ الفجر في انتظار الزبائن. تقول: «لا أحد يلتفت إلى هؤلاء الباعة».',
    ].join('\n\n'),
    quotes: [
      ['الحياة', 'mention', null],
      ['الأسواق الشعبية تموت ببطء', 'direct', 'منى الفارس'],
      ['لا أحد يلتفت إلى هؤلاء الباعة', 'direct', 'منى الفارس'],
    ],
  },
  {
    what: 'guard: a bare تقول after residents as the subject (يتجمع السكان …) keeps the spokeswoman',
    text: [
      'قالت الناطقة باسم البلدية ريم السالم: «ستفتح الطرق قبل نهاية الأسبوع».',
      'يتجمع السكان كل صباح أمام مبنى البلدية في انتظار الجرافات. تقول: «نعمل بكل الفرق المتاحة لدينا».',
    ].join('\n\n'),
    quotes: [
      ['ستفتح الطرق قبل نهاية الأسبوع', 'direct', 'ريم السالم'],
      ['نعمل بكل الفرق المتاحة لدينا', 'direct', 'ريم السالم'],
    ],
  },
];

const adverbialRows: readonly Row[] = [
  {
    what: 'a widow in a tent after an adverbial of eleven words (وفي إحدى الخيام المنصوبة …، تجلس أم ياسر، وهي …)',
    text: 'وفي إحدى الخيام المنصوبة على أطراف المخيم الكبير شمال مدينة إدلب، تجلس أم ياسر، وهي أرملة في الخمسين، قرب موقد صغير. وتقول: «نحرق الأحذية القديمة لنتدفأ».',
    quotes: [['نحرق الأحذية القديمة لنتدفأ', 'direct', 'أم ياسر']],
  },
  {
    what: 'a man waiting at the passports office after a long adverbial of place (وفي قاعة الانتظار … بجدة، يجلس فلان)',
    text: 'وفي قاعة الانتظار الواسعة في الطابق الأرضي من مبنى الجوازات بجدة، يجلس خالد المالكي منذ الصباح. ويقول: «هذه ثالث مرة أراجع فيها ولم تنته معاملتي».',
    quotes: [['هذه ثالث مرة أراجع فيها ولم تنته معاملتي', 'direct', 'خالد المالكي']],
  },
  {
    what: 'a pupil’s mother after an adverbial with a relative clause (وعند مدخل المدرسة التي …، تقف فلانة), then وتقول:',
    text: 'وعند مدخل المدرسة التي أغلقتها السلطات منذ بداية الشهر، تقف هدى العمري مع طفليها. وتقول: «لا نعرف أين سيدرس أولادنا هذا العام».',
    quotes: [['لا نعرف أين سيدرس أولادنا هذا العام', 'direct', 'هدى العمري']],
  },
  {
    what: 'guard: a counted group after a long adverbial (تنتظر عشرات العائلات) brings in no one: the spokeswoman goes on',
    text: [
      'قالت المتحدثة باسم الهلال الأحمر سلمى داود: «وزعنا ألفي سلة غذائية منذ الصباح».',
      'وفي الساحة الكبيرة المقابلة لمبنى المحافظة في وسط المدينة القديمة، تنتظر عشرات العائلات دورها في الطابور. وتقول: «سنواصل التوزيع حتى آخر الليل».',
    ].join('\n\n'),
    quotes: [
      ['وزعنا ألفي سلة غذائية منذ الصباح', 'direct', 'سلمى داود'],
      ['سنواصل التوزيع حتى آخر الليل', 'direct', 'سلمى داود'],
    ],
  },
];

const verbBeforeNameRows: readonly Row[] = [
  {
    what: 'a taxi driver brought in by يعمل فلان، وهو …، then ويضيف + surname in the next paragraph',
    text: [
      'يعمل ماجد القحطاني، وهو أب لأربعة أطفال، سائق أجرة في الرياض منذ عشر سنوات.',
      'ويضيف القحطاني أن التطبيقات الجديدة «أخذت نصف الزبائن».',
    ].join('\n\n'),
    quotes: [['أخذت نصف الزبائن', 'partial', 'ماجد القحطاني']],
  },
  {
    what: 'a seamstress brought in by تدير فلانة، وهي …، then وتضيف + surname أن',
    text: 'تدير ليلى حداد، وهي أم لثلاثة أطفال، مشغلا صغيرا للخياطة في صيدا. وتضيف حداد أن الكهرباء «تنقطع عشرين ساعة في اليوم».',
    quotes: [['تنقطع عشرين ساعة في اليوم', 'partial', 'ليلى حداد']],
  },
  {
    what: 'a fisherman brought in by يقف فلان، وهو صياد …، then ويضيف + surname in the next paragraph',
    text: [
      'يقف حسن الشهري، وهو صياد من القنفذة منذ ثلاثين عاما، على الرصيف يرتب شباكه.',
      'ويضيف الشهري أن الأسماك «هجرت الشواطئ القريبة بعد ردم الشعاب».',
    ].join('\n\n'),
    quotes: [['هجرت الشواطئ القريبة بعد ردم الشعاب', 'partial', 'حسن الشهري']],
  },
  {
    what: 'guard: a name of three given words opening its sentence (أحمد علي المنصوري، وهو …) keeps its first word',
    text: 'أحمد علي المنصوري، وهو مزارع من وادي الدواسر، يقف أمام حقله اليابس. ويضيف المنصوري أن المياه «لم تصل منذ شهرين».',
    quotes: [['لم تصل منذ شهرين', 'partial', 'أحمد علي المنصوري']],
  },
  {
    what: 'guard: a given name shaped like a verb in ت (تركي بن سعد الدوسري، وهو …) stays the first name',
    text: 'تركي بن سعد الدوسري، وهو معلم متقاعد من الخرج، يزور المعرض كل عام. ويضيف الدوسري أن الأسعار «صارت فوق طاقة المتقاعدين».',
    quotes: [['صارت فوق طاقة المتقاعدين', 'partial', 'تركي بن سعد الدوسري']],
  },
];

describe('narration rules: a bare present cue takes up the newcomer of the sentence before', () => {
  runRows(bareCueRows);
});

describe('narration rules: a long opening adverbial before the narrative verb; a counted group brings in no one', () => {
  runRows(adverbialRows);
});

describe('narration rules: the verb opening the sentence is not the first name of the person it brings in', () => {
  runRows(verbBeforeNameRows);
});
