/**
 * People a feature brings in by narration who then speak with a bare cue (issue 3, the rows of probes
 * 34 and 35): a present cue with no و opening the sentence after the one whose narrative verb brought
 * the person in (يقف فلان عند …. يقول لـ…:) takes him up as وقال does; the opening adverbial before
 * that verb may run long (وفي أحد الكرفانات القريبة من السوق الرئيسي للمخيم، تجلس فلانة …); a group
 * counted (تنتظر عشرات العائلات) brings in no one; and a name read back to the sentence's first word
 * starts after that word when it is no given name and a given name follows (يقف علي النوافلة، وهو …):
 * the verb is not his first name. A past cue's form right after a name in apposition, in a clause a
 * verb opened before it (جدد نائب رئيسه، فلان، رفض الحزب …), is that verb's object, its verbal noun:
 * the apposed name speaks and the quote in the object's phrase is partial. A description as a cue's
 * subject (ويقول الرجل الستيني) right after the sentence that brought a person in by name is that
 * person's, of its gender. Each rule row is a passage
 * written here in news style and fails without its rule; a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

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

const verbalNounRows: readonly Row[] = [
  {
    what: 'a foreign minister between commas after وجدد, then رفض المملكة … (the verbal noun, the object) and “…”',
    text: 'وجدد وزير الخارجية الأردني، أيمن الصفدي، رفض المملكة التهجير القسري للفلسطينيين “تحت أي ذريعة كانت”.',
    quotes: [['تحت أي ذريعة كانت', 'partial', 'أيمن الصفدي']],
  },
  {
    what: 'a government spokesman between commas after وأكد, then رفض الحكومة فرض رسوم “…” of four words and more',
    text: 'وأكد المتحدث باسم الحكومة، باسل الطراونة، رفض الحكومة فرض رسوم جديدة “تثقل كاهل المواطن وتضر بالأسواق”.',
    quotes: [['تثقل كاهل المواطن وتضر بالأسواق', 'partial', 'باسل الطراونة']],
  },
  {
    what: 'a chief of staff with his rank between commas after وقد جدد, then رفض القوات المسلحة أي مساس … “…”',
    text: 'وقد جدد رئيس هيئة الأركان، الفريق فياض الرويلي، رفض القوات المسلحة أي مساس بالحدود “مهما كانت الظروف والضغوط”.',
    quotes: [['مهما كانت الظروف والضغوط', 'partial', 'فياض الرويلي']],
  },
  {
    what: 'guard: after لكن the subject opens its clause (لكن النائب …، فلان، رفض المقترح): رفض is his verb',
    text: 'لكن النائب عن كتلة الوفاق، جاسم حسين، رفض المقترح، قائلا إنه «يحمّل المواطن وحده كلفة العجز».',
    quotes: [['يحمّل المواطن وحده كلفة العجز', 'partial', 'جاسم حسين']],
  },
  {
    what: 'guard: a topic opening the sentence (رئيس الوزراء، فلان، رفض الاتهامات، وقال إن): رفض is his verb',
    text: 'رئيس الوزراء العراقي، محمد شياع السوداني، رفض الاتهامات، وقال إن حكومته “لا تتلقى أوامر من أحد”.',
    quotes: [['لا تتلقى أوامر من أحد', 'partial', 'محمد شياع السوداني']],
  },
  {
    what: 'guard: a cue and a minister between commas, then an adverbial and أن “…”: the cue keeps its clause',
    text: 'وأكد وزير الصحة، فهد الجلاجل، في تصريح صحفي، أن المخزون “يكفي لستة أشهر”.',
    quotes: [['يكفي لستة أشهر', 'partial', 'فهد الجلاجل']],
  },
];

const descriptionRows: readonly Row[] = [
  {
    what: 'a shopkeeper named after an adverbial of place, then ويقول الرجل السبعيني لـ«…»: in the next sentence',
    text: 'وعلى باب محله المغلق في سوق الحميدية، يجلس سليم العطار منذ الصباح. ويقول الرجل السبعيني لـ«الشرق الأوسط»: «لم أر السوق بهذا الفراغ منذ خمسين عاما».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['لم أر السوق بهذا الفراغ منذ خمسين عاما', 'direct', 'سليم العطار'],
    ],
  },
  {
    what: 'a mother named by تقف فلانة, then وتقول السيدة الأربعينية:',
    text: 'تقف نوال الشريف عند بوابة المدرسة كل صباح بانتظار الحافلة. وتقول السيدة الأربعينية: «ابنتي تتأخر عن حصتها الأولى كل يوم».',
    quotes: [['ابنتي تتأخر عن حصتها الأولى كل يوم', 'direct', 'نوال الشريف']],
  },
  {
    what: 'a Saudi paper: a pensioner named with ، وهو …، then ويقول المواطن الستيني لـ«اليوم»:',
    text: 'يجلس مبارك الدوسري، وهو متقاعد من أرامكو، في مجلسه بالخبر. ويقول المواطن الستيني لـ«اليوم»: «فاتورة الكهرباء تضاعفت هذا الصيف».',
    quotes: [
      ['اليوم', 'mention', null],
      ['فاتورة الكهرباء تضاعفت هذا الصيف', 'direct', 'مبارك الدوسري'],
    ],
  },
  {
    what: 'guard: a man’s description after a woman brought in is someone else',
    text: 'تقف نوال الشريف عند بوابة المدرسة كل صباح. ويقول الرجل الستيني الذي يبيع الصحف قربها: «الحافلة لا تأتي قبل الثامنة».',
    quotes: [['الحافلة لا تأتي قبل الثامنة', 'direct', 'الرجل الستيني']],
  },
  {
    what: 'guard: a title after a man brought in (ويقول المتحدث باسم الدفاع المدني) is its own speaker',
    text: 'يقف خالد الحربي أمام منزله المتضرر من السيول. ويقول المتحدث باسم الدفاع المدني: «أخلينا ثلاثين أسرة من الحي».',
    quotes: [['أخلينا ثلاثين أسرة من الحي', 'direct', 'الدفاع المدني']],
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

describe('narration rules: a cue’s form after a name in apposition, the clause’s verb before it, is its object', () => {
  runRows(verbalNounRows);
});

describe('narration rules: a description speaking right after a person brought in by name is that person', () => {
  runRows(descriptionRows);
});
