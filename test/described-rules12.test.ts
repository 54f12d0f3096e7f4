/**
 * People known only by a description (أحد السكان, إحدى المعلمات, صاحب أحد المطاعم في …) as speakers. A
 * reader gives the quote to the description itself, without its aside, or to the name it leads to:
 * - an aside after ، وهو/وهي that says what he is and then what he does, up to the colon (وهو شاب سعودي
 *   يبيع …:, وهي أم لثلاثة أطفال:, وهو متقاعد رفض الكشف عن اسمه:): the description, not the aside;
 * - one of a group opening its clause before its verb after a word of contrast (لكن أحد سكان الحي قال,
 *   بينما أحد المعلمين يرى, فيما أحد الباعة أكد, غير أن أحد التجار قال), or doing something first and
 *   then speaking (غير أن أحد سكان الحي شكك …، وقال:): a new speaker, not the one quoted before;
 * - an aside that names him (وهو شاب إريتري يدعى فلان): the name, not the description;
 * - an outlet's reporter after ل (لمراسل «…», لمراسلة الجزيرة نت): whom he told, no word of his description
 *   and no speaker;
 * - a head in construct with one of a group and where the group is after في (صاحب أحد المطاعم في حي
 *   العليا, مدير أحد الفنادق في مكة المكرمة): the whole description;
 * - an owner of a business whose genitives read as a name (صاحب محل قطع الغيار …، المصري فلان،): the name
 *   in apposition after it;
 * - a worker or a student in a body of two words or more (عامل في مصنع الطوب, طالب في جامعة …): the whole
 *   description, as for an official (مسؤول في …).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps the
 * opposite case (a name in or after the aside, a title and a name after وهو, أحد inside someone's words,
 * a body after لكن, a reporter who speaks, a lone place word or a town where he spoke).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const asideRows: readonly Row[] = [
  {
    what: 'one of the sellers, then ، وهو + what he is + what he does, up to the colon (وهو شاب سعودي يبيع …:)',
    text: 'وفي سوق الخضار المركزي بالدمام، قال أحد الباعة، وهو شاب سعودي يبيع الطماطم منذ خمس سنوات: "الأسعار نزلت بعد دخول إنتاج المزارع المحلية".',
    quotes: [['الأسعار نزلت بعد دخول إنتاج المزارع المحلية', 'direct', 'أحد الباعة']],
  },
  {
    what: 'one of the women teachers, then ، وهي أم لـ… and the colon (وهي أم لثلاثة أطفال:)',
    text: 'وقالت إحدى المعلمات، وهي أم لأربعة أطفال: «الدوام يبدأ قبل أن تفتح الحضانة أبوابها».',
    quotes: [['الدوام يبدأ قبل أن تفتح الحضانة أبوابها', 'direct', 'إحدى المعلمات']],
  },
  {
    what: 'one of the residents, then ، وهو + a noun and his refusal to be named (وهو متقاعد رفض الكشف عن اسمه:)',
    text: 'قال أحد السكان، وهو متقاعد رفض الكشف عن اسمه: “الماء لم يصل إلى الخزانات منذ أسبوع”.',
    quotes: [['الماء لم يصل إلى الخزانات منذ أسبوع', 'direct', 'أحد السكان']],
  },
  {
    what: 'one of the drivers, then ، وهو + nationality + a present verb of his work (وهو مقيم هندي يعمل في …:)',
    text: 'ويقول أحد السائقين، وهو مقيم هندي يعمل في شركة نقل: «الزحام يبدأ من الفجر ولا ينتهي قبل العاشرة».',
    quotes: [['الزحام يبدأ من الفجر ولا ينتهي قبل العاشرة', 'direct', 'أحد السائقين']],
  },
  {
    what: 'an aside that names him (وهو شاب إريتري يدعى فلان): the name speaks, not the description',
    text: 'وقال أحد المهاجرين، وهو شاب إريتري يدعى يوناس، لفريق الإغاثة: "بقينا ثلاثة أيام بلا ماء".',
    quotes: [['بقينا ثلاثة أيام بلا ماء', 'direct', 'يوناس']],
  },
];

const asideGuards: readonly Row[] = [
  {
    what: 'guard: ، وهو + a title and a name after the description: the name speaks',
    text: 'وقال أحد السكان، وهو الشيخ عبدالله بن سعد القرني: "نطالب البلدية بتصريف السيول".',
    quotes: [['نطالب البلدية بتصريف السيول', 'direct', 'عبدالله بن سعد القرني']],
  },
  {
    what: 'guard: a name, then ، وهي + what she is and what she does: the name speaks',
    text: 'وقالت نورة بنت فهد الشمري، وهي معلمة تعمل في قرية نائية: "الطريق إلى المدرسة طويل".',
    quotes: [['الطريق إلى المدرسة طويل', 'direct', 'نورة بنت فهد الشمري']],
  },
];

const contrastRows: readonly Row[] = [
  {
    what: 'لكن + one of the residents before قال إن after a mayor quoted: the resident',
    text: 'وقال رئيس بلدية الخبر إن أعمال الصيانة "تسير وفق الجدول". لكن أحد سكان حي الثقبة قال إن الشارع «مهمل منذ سنوات».',
    quotes: [
      ['تسير وفق الجدول', 'partial', 'رئيس بلدية الخبر'],
      ['مهمل منذ سنوات', 'partial', 'أحد سكان حي الثقبة'],
    ],
  },
  {
    what: 'فيما + one of the sellers before أكد أن after a body quoted in the same sentence: the seller',
    text: 'وأعلنت الأمانة أن السوق الجديد "سيفتتح مطلع الشهر المقبل"، فيما أحد الباعة أكد أن الموعد "تأجل ثلاث مرات".',
    quotes: [
      ['سيفتتح مطلع الشهر المقبل', 'partial', 'الأمانة'],
      ['تأجل ثلاث مرات', 'partial', 'أحد الباعة'],
    ],
  },
  {
    what: 'غير أن + one of the merchants before قال إن: the merchant, not the ministry',
    text: 'وقالت وزارة التجارة في بيان إن أسعار الأرز "مستقرة"، غير أن أحد التجار قال إن الواقع "مختلف تماماً".',
    quotes: [
      ['مستقرة', 'partial', 'وزارة التجارة'],
      ['مختلف تماماً', 'partial', 'أحد التجار'],
    ],
  },
  {
    what: 'غير أن + one of the residents + a verb of doubt, then ، وقال: the resident, not the spokesman before',
    text: 'وأكد المتحدث باسم شركة الكهرباء سعد الغامدي أن الانقطاع "عطل طارئ". غير أن أحد سكان حي الفيصلية شكك في ذلك، وقال: "هذا الانقطاع الرابع هذا الشهر".',
    quotes: [
      ['عطل طارئ', 'partial', 'سعد الغامدي'],
      ['هذا الانقطاع الرابع هذا الشهر', 'direct', 'أحد سكان حي الفيصلية'],
    ],
  },
  {
    what: '، لكن + one of the people + a verb of objection in the same sentence as the governor’s words, then ، وقال:',
    text: 'وقال المحافظ إن الوضع "تحت السيطرة"، لكن أحد الأهالي اعترض على ذلك، وقال: «الماء ما زال في الشوارع».',
    quotes: [
      ['تحت السيطرة', 'partial', 'المحافظ'],
      ['الماء ما زال في الشوارع', 'direct', 'أحد الأهالي'],
    ],
  },
];

const contrastGuards: readonly Row[] = [
  {
    what: 'guard: one of the injured inside the doctor’s words (أن أحد المصابين غادر …، وقال): the doctor goes on',
    text: 'وأكد مدير المستشفى الدكتور فهد الزهراني أن أحد المصابين غادر المستشفى، وقال: "البقية في حالة مستقرة".',
    quotes: [['البقية في حالة مستقرة', 'direct', 'فهد الزهراني']],
  },
  {
    what: 'guard: غير أن + a body before its verb: the body',
    text: 'وقال الناطق باسم الجيش إن الوضع "هادئ تماماً". غير أن الأمم المتحدة أكدت أن المدنيين "ما زالوا محاصرين".',
    quotes: [
      ['هادئ تماماً', 'partial', 'الناطق باسم الجيش'],
      ['ما زالوا محاصرين', 'partial', 'الأمم المتحدة'],
    ],
  },
  {
    what: 'guard: بينما + a verb and one of a group after it, one of the officials by his description',
    text: 'وقالت المتحدثة باسم المفوضية: "الأعداد تتزايد يومياً". بينما قال أحد المسؤولين المحليين إن الوضع "تحت السيطرة".',
    quotes: [
      ['الأعداد تتزايد يومياً', 'direct', 'المتحدثة باسم المفوضية'],
      ['تحت السيطرة', 'partial', 'أحد المسؤولين المحليين'],
    ],
  },
];

const hearerRows: readonly Row[] = [
  {
    what: 'one of the residents of a city, then لمراسل «…»: the reporter is whom he told',
    text: 'وقال أحد سكان حلب لمراسل «سكاي نيوز عربية»: «القصف لم يتوقف طوال الليل».',
    quotes: [
      ['سكاي نيوز عربية', 'mention', null],
      ['القصف لم يتوقف طوال الليل', 'direct', 'أحد سكان حلب'],
    ],
  },
  {
    what: 'a title, then لمراسل "…" before إن: the title speaks, not the outlet after the reporter',
    text: 'وقال الناطق باسم الدفاع المدني لمراسل "الرياض" إن الفرق "أخلت المبنى بالكامل".',
    quotes: [
      ['الرياض', 'mention', null],
      ['أخلت المبنى بالكامل', 'partial', 'الدفاع المدني'],
    ],
  },
];

const hearerGuards: readonly Row[] = [
  {
    what: 'guard: one of the employees and his name in apposition, then لمراسل «…»: the name speaks',
    text: 'وقال أحد الموظفين، محمد بن علي الشهري، لمراسل «اليوم»: «لم نتسلم رواتبنا منذ شهرين».',
    quotes: [
      ['اليوم', 'mention', null],
      ['لم نتسلم رواتبنا منذ شهرين', 'direct', 'محمد بن علي الشهري'],
    ],
  },
];

const ownerRows: readonly Row[] = [
  {
    what: 'the owner of one of the restaurants in a named district (صاحب أحد المطاعم في حي …) before a colon',
    text: 'وقال صاحب أحد المطاعم في حي الملز: "الإيجارات ارتفعت بشكل كبير هذا العام".',
    quotes: [['الإيجارات ارتفعت بشكل كبير هذا العام', 'direct', 'صاحب أحد المطاعم في حي الملز']],
  },
  {
    what: 'the manager of one of the hotels in a city of two words (في مكة المكرمة) before إن',
    text: 'وقال مدير أحد الفنادق القريبة من الحرم في مكة المكرمة إن نسبة الإشغال "تجاوزت 90 في المئة".',
    quotes: [['تجاوزت 90 في المئة', 'partial', 'مدير أحد الفنادق القريبة من الحرم في مكة المكرمة']],
    // engine gap: the quote goes to «مدير أحد الفنادق القريبة», the description cut before من الحرم في مكة
    // المكرمة (an adjective with its complement stands between the group and the place).
    gaps: ['attribution'],
  },
  {
    what: 'the owner of one of the gold shops in a town before أن, then وتابع:',
    text: 'وأكد مالك أحد محلات الذهب في جدة أن الإقبال "ضعيف هذا الموسم"، وتابع: "الناس تنتظر نزول الأسعار".',
    quotes: [
      ['ضعيف هذا الموسم', 'partial', 'مالك أحد محلات الذهب في جدة'],
      ['الناس تنتظر نزول الأسعار', 'direct', 'مالك أحد محلات الذهب في جدة'],
    ],
  },
  {
    what: 'أما + the owner of a shop with a genitive chain (محل قطع الغيار) and its place, then nationality and name between commas, فقال: the name',
    text: 'أما صاحب محل قطع الغيار في حي الصناعية، المصري محمود عبدالحميد، فقال إن الأسعار "ارتفعت بعد القرار".',
    quotes: [['ارتفعت بعد القرار', 'partial', 'محمود عبدالحميد']],
  },
  {
    what: 'أما + a woman owner of a workshop (صاحبة مشغل خياطة العبايات), then nationality and name between commas, فقالت: the name',
    text: 'أما صاحبة مشغل خياطة العبايات، السعودية نوف العتيبي، فقالت: «الطلبات تضاعفت قبل العيد».',
    quotes: [['الطلبات تضاعفت قبل العيد', 'direct', 'نوف العتيبي']],
  },
];

const ownerGuards: readonly Row[] = [
  {
    what: 'guard: the owner of one of the restaurants in a district, then his name between commas: the name speaks',
    text: 'وقال صاحب أحد المطاعم في حي العزيزية، خالد بن سعد العمري، إن الزبائن "عادوا بعد انتهاء الحفريات".',
    quotes: [['عادوا بعد انتهاء الحفريات', 'partial', 'خالد بن سعد العمري']],
  },
  {
    what: 'guard: one of the workers and a lone place word pointed back to (في المخزن): the description alone',
    text: 'وقال أحد العاملين في المخزن إن الحريق «بدأ من الطابق العلوي».',
    quotes: [['بدأ من الطابق العلوي', 'partial', 'أحد العاملين']],
  },
  {
    what: 'guard: the owner of an office and its district with no name after it: the whole description',
    text: 'وقال صاحب مكتب عقار في حي النرجس: "الإيجارات بدأت تنخفض".',
    quotes: [['الإيجارات بدأت تنخفض', 'direct', 'صاحب مكتب عقار في حي النرجس']],
  },
  {
    what: 'guard: مالك as a given name with a family name, then a business in apposition: the name',
    text: 'وقال مالك الحربي، صاحب محل للأجهزة، إن البضاعة "وصلت متأخرة".',
    quotes: [['وصلت متأخرة', 'partial', 'مالك الحربي']],
  },
];

const workerRows: readonly Row[] = [
  {
    what: 'a student in a named university (طالب في جامعة …) before لـ«…» and a colon, then وأضاف الطالب: the same student',
    text: 'وقال طالب في جامعة الملك عبدالعزيز لـ«عكاظ»: «المواقف لا تكفي نصف الطلاب». وأضاف الطالب: «نصل متأخرين كل يوم».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['المواقف لا تكفي نصف الطلاب', 'direct', 'طالب في جامعة الملك عبدالعزيز'],
      ['نصل متأخرين كل يوم', 'direct', 'طالب في جامعة الملك عبدالعزيز'],
    ],
  },
  {
    what: 'a worker in a factory of two words (عامل في مصنع الطوب) before a colon',
    text: 'وقال عامل في مصنع الطوب: "الحرارة داخل العنابر لا تطاق في الظهيرة".',
    quotes: [['الحرارة داخل العنابر لا تطاق في الظهيرة', 'direct', 'عامل في مصنع الطوب']],
  },
];

const workerGuards: readonly Row[] = [
  {
    what: 'guard: the student with his name after the title: the name',
    text: 'وقال الطالب محمد بن سعد العتيبي إن المنهج "طويل جداً".',
    quotes: [['طويل جداً', 'partial', 'محمد بن سعد العتيبي']],
  },
  {
    what: 'guard: طالب as a verb with a member after it (وطالب عضو في مجلس الشورى بـ"…"): the council',
    text: 'وطالب عضو في مجلس الشورى بـ"مراجعة رسوم الأراضي البيضاء".',
    quotes: [['مراجعة رسوم الأراضي البيضاء', 'partial', 'مجلس الشورى']],
  },
];

describe('described speakers: an aside after وهو/وهي', () => runRows([...asideRows, ...asideGuards]));
describe('described speakers: after a word of contrast', () => runRows([...contrastRows, ...contrastGuards]));
describe('described speakers: a reporter told', () => runRows([...hearerRows, ...hearerGuards]));
describe('described speakers: an owner of one of a group in a place', () =>
  runRows([...ownerRows, ...ownerGuards]));
describe('described speakers: a worker or a student in a named place', () =>
  runRows([...workerRows, ...workerGuards]));
