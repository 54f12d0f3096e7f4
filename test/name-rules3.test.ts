/**
 * Where a person's name ends (issue 3) when a preposition's object follows it. A noun with ب or ل glued
 * to it and a genitive after it is what a verb or a trade is about, never a name or a name's part:
 * - after a name and ، وهو/وهي and an indefinite title, the title's object with ل or ب (وهو صاحب ورشة
 *   لإصلاح السيارات, وهي مديرة مركز لتأهيل ذوي الإعاقة) says what the trade is for; the name before the
 *   comma speaks;
 * - after a family name with the article, ب and a noun in construct (ونوه الرشيدي بدعم القيادة) is the
 *   object of the verb of stance; the family name alone is the subject;
 * - after a title, ب and a verbal noun of the form مفاعلة with a definite genitive (أشاد رئيس الغرفة
 *   بمبادرة الوزارة) is the verb's complement, not the title's holder;
 * - عبد and a divine name (عبد الكريم, عبد العزيز) are one given name: a family name with the article after
 *   them is the name's last word, not the start of a verb's object, even in a name of three words.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a given name that starts with ب or ل, a title with its name after وهو, a title's
 * place with ب: بمحافظة, بمدينة).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const tradeRows: readonly Row[] = [
  {
    what: 'a laundry owner with ، وهو صاحب مغسلة لتنظيف الملابس، before إن: the name before the comma speaks',
    text: 'وفي حي الصفا، قال سالم الغامدي، وهو صاحب مغسلة لتنظيف الملابس، إن الحي "لم يشهد أمطارا بهذه الغزارة منذ سنوات".',
    quotes: [['لم يشهد أمطارا بهذه الغزارة منذ سنوات', 'partial', 'سالم الغامدي']],
  },
  {
    what: 'a phone seller with ، وهو صاحب متجر لبيع الهواتف المحمولة، before إن',
    text: 'وقال علي حسن، وهو صاحب متجر لبيع الهواتف المحمولة، إن الأسعار "ارتفعت بشكل غير مسبوق".',
    quotes: [['ارتفعت بشكل غير مسبوق', 'partial', 'علي حسن']],
  },
  {
    what: 'a centre director with ، وهي مديرة مركز لتأهيل ذوي الإعاقة، to a channel with a colon: the genitive after the object is no name either',
    text: 'وتقول منى العبدالله، وهي مديرة مركز لتأهيل ذوي الإعاقة، لفرانس 24: "نحتاج إلى دعم حكومي دائم".',
    quotes: [['نحتاج إلى دعم حكومي دائم', 'direct', 'منى العبدالله']],
  },
  {
    what: 'guard: one of the volunteers, then ، وهو الطالب + a given name that starts with ل (لؤي): that name speaks',
    text: 'وقال أحد المتطوعين، وهو الطالب لؤي الحربي، إن الفرق "عملت طوال الليل".',
    quotes: [['عملت طوال الليل', 'partial', 'لؤي الحربي']],
  },
  {
    what: 'guard: a man described, then ، وهو المهندس ليث العبيدي،: the given name with ل is the name',
    text: 'وقال رجل خمسيني، وهو المهندس ليث العبيدي، إن المدينة "تحتاج إلى خطة إعمار".',
    quotes: [['تحتاج إلى خطة إعمار', 'partial', 'ليث العبيدي']],
  },
];

describe('name rules 3: a trade’s object with ل after ، وهو + a title is no name', () => {
  runRows(tradeRows);
});

const stanceRows: readonly Row[] = [
  {
    what: 'a charity chairman named in full, then ونوه + family name بدور الجمعيات الخيرية، وقال:',
    text: [
      'افتتح رئيس مجلس إدارة جمعية البر الخيرية بالخرج الشيخ محمد بن ناصر القحطاني أمس المعرض السنوي للأسر المنتجة.',
      'ونوه القحطاني بدور الجمعيات الخيرية في الحي، وقال: "العمل التطوعي ركيزة للتنمية".',
    ].join('\n\n'),
    quotes: [['العمل التطوعي ركيزة للتنمية', 'direct', 'محمد بن ناصر القحطاني']],
  },
  {
    what: 'a Kuwaiti MP named in apposition, then ورحب + family name بقرار المجلس البلدي، وأضاف:',
    text: [
      'طالب النائب في مجلس الأمة، بدر خالد الشمري، بإعفاء أصحاب المحلات الصغيرة من الرسوم الجديدة.',
      'ورحب الشمري بقرار المجلس البلدي، وأضاف: "القرار ينصف أصحاب المحلات الصغيرة".',
    ].join('\n\n'),
    quotes: [['القرار ينصف أصحاب المحلات الصغيرة', 'direct', 'بدر خالد الشمري']],
  },
  {
    what: 'a university president named in full, then ونوه + family name بدعم القيادة الرشيدة للبحث العلمي، وقال:',
    text: [
      'افتتح مدير جامعة الملك خالد الدكتور فالح بن رجاء السلمي أمس المؤتمر الدولي للطاقة.',
      'ونوه السلمي بدعم القيادة الرشيدة للبحث العلمي، وقال: "الجامعة ماضية في خططها".',
    ].join('\n\n'),
    quotes: [['الجامعة ماضية في خططها', 'direct', 'فالح بن رجاء السلمي']],
  },
  {
    what: 'guard: عبد الله, then a given name that starts with ب (بدر) and a family name: one name',
    text: 'وقال عبد الله بدر الحربي: "الموسم كان جيدا".',
    quotes: [['الموسم كان جيدا', 'direct', 'عبد الله بدر الحربي']],
  },
  {
    what: 'guard: عبد الرحمن, then بشير and a family name with the article, before أن: one name',
    text: 'وأكد عبد الرحمن بشير العلي أن المشروع "سيكتمل قبل نهاية العام".',
    quotes: [['سيكتمل قبل نهاية العام', 'partial', 'عبد الرحمن بشير العلي']],
  },
];

describe('name rules 3: ب + a noun in construct after a family name is the verb’s object', () => {
  runRows(stanceRows);
});

const titleRows: readonly Row[] = [
  {
    what: 'a university president with أشاد … بمشاركة الطلاب، وقال: the title speaks, not بمشاركة',
    text: 'وأشاد مدير الجامعة بمشاركة الطلاب في المعرض، وقال: "الطلاب هم ثروة الوطن".',
    quotes: [['الطلاب هم ثروة الوطن', 'direct', 'مدير الجامعة']],
  },
  {
    what: 'a chamber’s chairman with ورحب … بمبادرة الوزارة، وقال:',
    text: 'ورحب رئيس الغرفة التجارية بمبادرة الوزارة، وقال: "القطاع الخاص شريك في التنمية".',
    quotes: [['القطاع الخاص شريك في التنمية', 'direct', 'رئيس الغرفة التجارية']],
  },
  {
    what: 'a dean with ونوه … بمساهمة القطاع الخاص في تمويل الأبحاث، وقال:',
    text: 'ونوه عميد الكلية بمساهمة القطاع الخاص في تمويل الأبحاث، وقال: "الشراكة تفتح آفاقا جديدة".',
    quotes: [['الشراكة تفتح آفاقا جديدة', 'direct', 'عميد الكلية']],
  },
  {
    what: 'guard: a title’s place with بمحافظة (the shape of مفاعلة) stays the title’s',
    text: 'وقال مدير التعليم بمحافظة جدة: "العام الدراسي يبدأ في موعده".',
    quotes: [['العام الدراسي يبدأ في موعده', 'direct', 'مدير التعليم بمحافظة جدة']],
  },
  {
    what: 'guard: a title’s place with بمدينة stays the title’s',
    text: 'وقالت رئيسة الجمعية بمدينة الخبر: "الجمعية تستقبل المتطوعات".',
    quotes: [['الجمعية تستقبل المتطوعات', 'direct', 'رئيسة الجمعية بمدينة الخبر']],
  },
];

describe('name rules 3: ب + a verbal noun (مفاعلة) after a title is its complement', () => {
  runRows(titleRows);
});

const compoundRows: readonly Row[] = [
  {
    what: 'a finance minister عبد العزيز + family name, then ، في مؤتمر صحفي، and the object of رفض before وقال إن',
    text: 'ورفض وزير المالية عبد العزيز الصالح، في مؤتمر صحفي، الاتهامات، وقال إن الميزانية "متوازنة".',
    quotes: [['متوازنة', 'partial', 'عبد العزيز الصالح']],
  },
  {
    what: 'a police spokesman عبد الرحمن + family name, then في تصريح لـ"…" and the object of نفى (a Saudi paper)',
    text: 'ونفى المتحدث باسم الشرطة عبد الرحمن الشهري، في تصريح لـ"عكاظ"، وجود إصابات، وقال إن الحريق "أخمد خلال دقائق".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['أخمد خلال دقائق', 'partial', 'عبد الرحمن الشهري'],
    ],
  },
  {
    what: 'a bloc leader عبد الله + family name, then ، خلال جلسة الثلاثاء، and the object of انتقد',
    text: 'وانتقد رئيس الكتلة البرلمانية عبد الله الحسيني، خلال جلسة الثلاثاء، أداء الحكومة، وقال إن الوزراء "لا يحضرون الجلسات".',
    quotes: [['لا يحضرون الجلسات', 'partial', 'عبد الله الحسيني']],
  },
  {
    what: 'guard: عبد الكريم + family name, then the object with the article: the object is still cut off',
    text: 'ونفى المتحدث عبد الكريم الوشلي الخبر، وقال إنه "كاذب".',
    quotes: [['كاذب', 'partial', 'عبد الكريم الوشلي']],
  },
  {
    what: 'guard: a first name and a family name with the article, then the object of وصف: the name is two words',
    text: 'ووصف النائب سامي العلي القرار بأنه "خطوة متسرعة".',
    quotes: [['خطوة متسرعة', 'partial', 'سامي العلي']],
  },
];

describe('name rules 3: عبد + a divine name is one given name before the family name', () => {
  runRows(compoundRows);
});
