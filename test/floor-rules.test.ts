/**
 * Who holds the floor (issue 3): a cue with no subject of its own goes on with the last speaker until
 * another speaker takes the floor, and someone named in passing does not take it. A verb reported
 * inside another's words, its subject right after أن (وأوضحت أن المنظمة طلبت …), names that subject in
 * passing: a participle after it (، مشيرة إلى أن) and a bare cue in a later paragraph (وتابع:) are the
 * reporter's. After a word of contrast (غير أن, إلا أن) أن is a connective: the subject there speaks.
 * A verb right after an indefinite document it describes (لائحة …، تنص على أن, توصية تدعو …, بيانا يؤكد
 * أن), of the document's gender, has the document as its subject: the words are its issuer's, the
 * subject of the verb that issued it (أصدر, أقر, اعتمد), not the last speaker's nor the verb's object.
 * A subject fronted at the head of its sentence (غير أن المزارع فلان، الذي …، قال) takes the floor from
 * whoever spoke before, a relative clause about it between it and its verb. A statement read out
 * (وجاء في البيان الذي تلاه فلان باسم «…») is the body's it was read in the name of, or the reader's
 * when he reads in no one's name; وأضاف البيان goes on with it. In a question-and-answer layout the one
 * interviewed (حوارا مع فلان, مقابلة مع …) has the floor in each answer (ج:, جواب:, ج -). A name of two
 * words or more right after a verb, then the person's role between commas and أن (وتوقع فلان بن فلان،
 * مدير الأصول في …، أن), is the verb's subject, someone new on the floor, not its object.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reportedRows: readonly Row[] = [
  {
    what: 'a Saudi official, then وأوضح أن الوزير طلب …، مشيراً إلى أن «…»: the participle is the official’s, not the minister’s',
    text: [
      'وقال مدير عام التعليم بمنطقة مكة المكرمة الدكتور أحمد بن محمد الزهراني لـ«عكاظ» إن المدارس «جاهزة لاستقبال الطلاب مع بداية الأسبوع».',
      'وأوضح أن الوزير طلب من الإدارات التعليمية حصر العجز في المعلمين، مشيراً إلى أن النقص في بعض التخصصات «سيعالج خلال أسبوعين».',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      ['جاهزة لاستقبال الطلاب مع بداية الأسبوع', 'partial', 'أحمد بن محمد الزهراني'],
      ['سيعالج خلال أسبوعين', 'partial', 'أحمد بن محمد الزهراني'],
    ],
  },
  {
    what: 'a UN spokeswoman, then وأوضحت أن الحكومة … أكدت أن …، مؤكدة أن «…»: the government is named inside her words',
    text: [
      'وقالت المتحدثة باسم منظمة الصحة العالمية، مارغريت هاريس، في مؤتمر صحفي بجنيف إن الوضع في مستشفيات دارفور «كارثي».',
      'وأوضحت أن الحكومة السودانية أكدت أن المعابر ستفتح خلال أيام، مؤكدة أن الشاحنات «لم تعبر حتى الآن».',
    ].join('\n\n'),
    quotes: [
      ['كارثي', 'partial', 'مارغريت هاريس'],
      ['لم تعبر حتى الآن', 'partial', 'مارغريت هاريس'],
    ],
  },
  {
    what: 'an EU spokesman, a paragraph with no quote that reports what a prime minister said (وأضاف أن رئيس الوزراء … أكد أن), then وتابع:',
    text: [
      'وقال المتحدث باسم المفوضية الأوروبية، إريك مامر، للصحفيين في بروكسل إن الاتحاد «لن يقبل بأي تسوية على حساب أوكرانيا».',
      'وأضاف أن رئيس الوزراء المجري أكد أن بلاده ستطلب تأجيل التصويت إلى القمة المقبلة.',
      'وتابع: «القرار سيتخذ بالإجماع أو لن يتخذ».',
    ].join('\n\n'),
    quotes: [
      ['لن يقبل بأي تسوية على حساب أوكرانيا', 'partial', 'إريك مامر'],
      ['القرار سيتخذ بالإجماع أو لن يتخذ', 'direct', 'إريك مامر'],
    ],
  },
  {
    what: 'a Saudi association head, a paragraph that reports a ministry’s announcement (وأشارت إلى أن وزارة التجارة أعلنت أن), then وقالت:',
    text: [
      'وقالت رئيسة جمعية حماية المستهلك الدكتورة نورة بنت سعد العتيبي لـ«الرياض» إن الشكاوى «تضاعفت خلال شهر رمضان».',
      'وأشارت إلى أن وزارة التجارة أعلنت أن الرقابة على الأسواق ستشدد في الأسبوع الأخير من الشهر.',
      'وقالت: «نحتاج إلى غرامات رادعة، لا إلى جولات تفتيش موسمية».',
    ].join('\n\n'),
    quotes: [
      ['الرياض', 'mention', null],
      ['تضاعفت خلال شهر رمضان', 'partial', 'نورة بنت سعد العتيبي'],
      ['نحتاج إلى غرامات رادعة، لا إلى جولات تفتيش موسمية', 'direct', 'نورة بنت سعد العتيبي'],
    ],
  },
  {
    what: 'guard: غير أن الوزير … أكد أن: after a word of contrast the minister takes the floor, and وقال: is his',
    text: [
      'وقال النائب عبدالله بن سعد الدوسري إن الموازنة «تخلو من أي دعم حقيقي للبلديات الصغيرة».',
      'غير أن وزير المالية محمد الجدعان أكد أن البلديات ستحصل على مخصصات إضافية في الربع الثالث.',
      'وقال: «لن تتأخر أي بلدية في صرف رواتب موظفيها».',
    ].join('\n\n'),
    quotes: [
      ['تخلو من أي دعم حقيقي للبلديات الصغيرة', 'partial', 'عبدالله بن سعد الدوسري'],
      ['لن تتأخر أي بلدية في صرف رواتب موظفيها', 'direct', 'محمد الجدعان'],
    ],
  },
  {
    what: 'guard: a quote right after the reported verb (إن نظيره الأمريكي أكد له أن واشنطن «…») is the reported one’s',
    text: 'وقال وزير الخارجية الأردني، أيمن الصفدي، للصحفيين إن نظيره الأمريكي أكد له أن واشنطن «ترفض أي تهجير للفلسطينيين».',
    quotes: [['ترفض أي تهجير للفلسطينيين', 'partial', 'نظيره الأمريكي']],
  },
];

const describedRows: readonly Row[] = [
  {
    what: 'an international organisation’s recommendation after a researcher: وكانت المنظمة قد أصدرت … توصية تدعو الحكومات إلى «…»',
    text: [
      'وقال الباحث في جامعة أكسفورد، جيمس كارتر، لبي بي سي إن الأرقام «مقلقة لكنها ليست مفاجئة».',
      'وكانت منظمة الصحة العالمية قد أصدرت في مارس الماضي توصية تدعو الحكومات إلى «خفض استهلاك الملح بنسبة 30 في المئة».',
    ].join('\n\n'),
    quotes: [
      ['مقلقة لكنها ليست مفاجئة', 'partial', 'جيمس كارتر'],
      ['خفض استهلاك الملح بنسبة 30 في المئة', 'partial', 'منظمة الصحة العالمية'],
    ],
  },
  {
    what: 'a Kuwaiti ministry’s statement after a witness: وأصدرت الوزارة بيانا يؤكد أن … «…»',
    text: [
      'وقال شاهد عيان يدعى خالد بن علي العنزي لـ«القبس» إن النيران «التهمت ثلاثة محلات في دقائق».',
      'وأصدرت وزارة الداخلية الكويتية بيانا يؤكد أن الحريق «لم يسفر عن أي إصابات بين المواطنين».',
    ].join('\n\n'),
    quotes: [
      ['القبس', 'mention', null],
      ['التهمت ثلاثة محلات في دقائق', 'partial', 'خالد بن علي العنزي'],
      ['لم يسفر عن أي إصابات بين المواطنين', 'partial', 'وزارة الداخلية الكويتية'],
    ],
  },
  {
    what: 'a Saudi minister’s decision after a teacher: وأصدر وزير التعليم قرارا ينص على «…» (the title without the decision)',
    text: [
      'وقالت المعلمة نورة السبيعي: «الطلاب ينشغلون بهواتفهم طوال الحصة».',
      'وأصدر وزير التعليم قرارا ينص على «منع استخدام الهواتف المحمولة داخل الفصول».',
    ].join('\n\n'),
    quotes: [
      ['الطلاب ينشغلون بهواتفهم طوال الحصة', 'direct', 'نورة السبيعي'],
      ['منع استخدام الهواتف المحمولة داخل الفصول', 'partial', 'وزير التعليم'],
    ],
  },
  {
    what: 'guard: a person named after the verb that follows the report (تقريرا مفصلا، قال رئيسها فلان إنه) is its subject',
    text: [
      'وقال النائب سعد الحربي إن اللجنة «أنهت عملها».',
      'وأعدت اللجنة المالية تقريرا مفصلا، قال رئيسها أحمد بن محمد السالم إنه «سيرفع إلى المجلس الأسبوع المقبل».',
    ].join('\n\n'),
    quotes: [
      ['أنهت عملها', 'partial', 'سعد الحربي'],
      ['سيرفع إلى المجلس الأسبوع المقبل', 'partial', 'أحمد بن محمد السالم'],
    ],
  },
  {
    what: 'guard: a statement with فيه back to it (بيانا قالت فيه) stays with the issuer read by that rule',
    text: [
      'وقال المتحدث باسم الوزارة محمد العبدالعالي إن الوضع «مطمئن».',
      'وأصدرت الوزارة بيانا قالت فيه إن الحالات الجديدة «تراجعت إلى أدنى مستوى منذ عامين».',
    ].join('\n\n'),
    quotes: [
      ['مطمئن', 'partial', 'محمد العبدالعالي'],
      ['تراجعت إلى أدنى مستوى منذ عامين', 'partial', 'الوزارة'],
    ],
  },
];

describe('floor rules: a verb reported inside another’s words (أن فلان أكد) names its subject in passing', () => {
  runRows(reportedRows);
});

describe('floor rules: a verb right after an indefinite document (توصية تدعو, بيانا يؤكد) is its issuer’s', () => {
  runRows(describedRows);
});

const frontedRows: readonly Row[] = [
  {
    what: 'a Saudi citizen fronted after إلا أن, a relative clause about him, then قال لـ«الجزيرة»: after an official',
    text: [
      'وقال مدير عام صندوق التنمية العقارية المهندس يوسف بن عبدالله الزغيبي إن الصندوق «صرف أكثر من 12 ألف قرض هذا العام».',
      'إلا أن المواطن فهد بن سعد الشمري، الذي ينتظر دوره منذ ست سنوات، قال لـ«الجزيرة»: «كل عام يقولون لنا إن الدفعة القادمة ستشملنا».',
    ].join('\n\n'),
    quotes: [
      ['صرف أكثر من 12 ألف قرض هذا العام', 'partial', 'يوسف بن عبدالله الزغيبي'],
      ['الجزيرة', 'mention', null],
      ['كل عام يقولون لنا إن الدفعة القادمة ستشملنا', 'direct', 'فهد بن سعد الشمري'],
    ],
  },
  {
    what: 'an activist fronted after لكن, التي …، then قالت لفرانس 24 إن after a ministry’s statement',
    text: [
      'وقالت وزارة الداخلية في بيان إن قوات الأمن «تعاملت بضبط النفس مع المحتجين».',
      'لكن الناشطة الحقوقية ليلى الزين، التي شاركت في الاحتجاجات منذ يومها الأول، قالت لفرانس 24 إن الشرطة «استخدمت الرصاص الحي في أكثر من حي».',
    ].join('\n\n'),
    quotes: [
      ['تعاملت بضبط النفس مع المحتجين', 'partial', 'وزارة الداخلية'],
      ['استخدمت الرصاص الحي في أكثر من حي', 'partial', 'ليلى الزين'],
    ],
  },
  {
    what: 'a residents’ committee (a body) fronted after غير أن, التي …، then قالت في بيان إن after a mayor',
    text: [
      'وقال رئيس البلدية سامر الخطيب إن أعمال الصيانة «ستنتهي قبل الشتاء».',
      'غير أن لجنة الأهالي، التي تمثل سكان الأحياء الشرقية، قالت في بيان إن الوعود «تتكرر كل عام دون تنفيذ».',
    ].join('\n\n'),
    quotes: [
      ['ستنتهي قبل الشتاء', 'partial', 'سامر الخطيب'],
      ['تتكرر كل عام دون تنفيذ', 'partial', 'لجنة الأهالي'],
    ],
  },
  {
    what: 'guard: a fronted thing and its relative clause, then a verb with its own subject (يقول السكان إنه)',
    text: [
      'وقال مدير المدرسة خالد العمري إن المبنى «آمن تماماً».',
      'غير أن المبنى الجديد، الذي افتتح العام الماضي، يقول السكان إنه «بدأ يتشقق بعد أول موسم أمطار».',
    ].join('\n\n'),
    quotes: [
      ['آمن تماماً', 'partial', 'خالد العمري'],
      ['بدأ يتشقق بعد أول موسم أمطار', 'partial', 'السكان'],
    ],
  },
];

describe('floor rules: a subject fronted with a relative clause (غير أن فلان، الذي …، قال) takes the floor', () => {
  runRows(frontedRows);
});

const readRows: readonly Row[] = [
  {
    what: 'a Saudi statement read by a sheikh in the name of a council (تلاه الشيخ فلان باسم هيئة كبار العلماء:), then وأضاف البيان أن, after a citizen',
    text: [
      'وقال المواطن سعد بن عبدالله الغامدي: «ننتظر كلمة العلماء في هذه القضية».',
      'وجاء في البيان الذي تلاه الشيخ عبدالله بن محمد المطلق باسم هيئة كبار العلماء: «لا يجوز لأحد أن يفتي في النوازل العامة بغير إذن ولي الأمر».',
      'وأضاف البيان أن الهيئة «تحذر من الانسياق وراء الشائعات».',
    ].join('\n\n'),
    quotes: [
      ['ننتظر كلمة العلماء في هذه القضية', 'direct', 'سعد بن عبدالله الغامدي'],
      ['لا يجوز لأحد أن يفتي في النوازل العامة بغير إذن ولي الأمر', 'direct', 'هيئة كبار العلماء'],
      ['تحذر من الانسياق وراء الشائعات', 'partial', 'هيئة كبار العلماء'],
    ],
  },
  {
    what: 'a junta’s communiqué read by a colonel in the name of a committee whose name is quoted, then وأضاف البيان أن, after the deposed president',
    text: [
      'وقال الرئيس المعزول في تسجيل صوتي: «ما زلت الرئيس الشرعي للبلاد».',
      'وجاء في البيان الذي قرأه العقيد أمادو عبد الرحمن باسم "اللجنة الوطنية لإنقاذ الشعب": "قررنا تعليق العمل بالدستور وحل الحكومة".',
      'وأضاف البيان أن "الانتخابات ستجرى خلال عامين".',
    ].join('\n\n'),
    quotes: [
      ['ما زلت الرئيس الشرعي للبلاد', 'direct', 'الرئيس المعزول'],
      ['اللجنة الوطنية لإنقاذ الشعب', 'mention', null],
      ['قررنا تعليق العمل بالدستور وحل الحكومة', 'direct', 'اللجنة الوطنية لإنقاذ الشعب'],
      ['الانتخابات ستجرى خلال عامين', 'partial', 'اللجنة الوطنية لإنقاذ الشعب'],
    ],
  },
  {
    what: 'an army statement read by its spokesman (تلاه المتحدث باسم الجيش السوداني، العميد فلان:) is the army’s, not the rival commander’s quoted before',
    text: [
      'وقال قائد قوات الدعم السريع في تسجيل مصور: «قواتنا تسيطر على المطار بالكامل».',
      'وجاء في البيان الذي تلاه المتحدث باسم الجيش السوداني، العميد نبيل عبدالله: «المطار تحت سيطرة القوات المسلحة، وما يروج له المتمردون أكاذيب».',
    ].join('\n\n'),
    quotes: [
      ['قواتنا تسيطر على المطار بالكامل', 'direct', 'قائد قوات الدعم السريع'],
      ['المطار تحت سيطرة القوات المسلحة، وما يروج له المتمردون أكاذيب', 'direct', 'الجيش السوداني'],
    ],
  },
  {
    what: 'a statement read by a minister in no one’s name (تلاه وزير الإعلام فلان:) is his, not the opposition MP’s quoted before',
    text: [
      'وقال النائب المعارض فيصل الحمد: «الحكومة تأخرت في الرد».',
      'وجاء في البيان الذي تلاه وزير الإعلام سامي المهدي: «الحكومة لن تسمح بأي إخلال بالأمن العام».',
    ].join('\n\n'),
    quotes: [
      ['الحكومة تأخرت في الرد', 'direct', 'فيصل الحمد'],
      ['الحكومة لن تسمح بأي إخلال بالأمن العام', 'direct', 'سامي المهدي'],
    ],
  },
  {
    what: 'guard: a definite statement with its issuer after ل (البيان الختامي لمجلس التعاون الخليجي) stays the body’s',
    text: [
      'وقال وزير الخارجية القطري محمد بن عبدالرحمن آل ثاني: «القمة ستخرج بموقف موحد».',
      'وجاء في البيان الختامي لمجلس التعاون الخليجي: «ندعو إلى وقف فوري لإطلاق النار في غزة».',
    ].join('\n\n'),
    quotes: [
      ['القمة ستخرج بموقف موحد', 'direct', 'محمد بن عبدالرحمن آل ثاني'],
      ['ندعو إلى وقف فوري لإطلاق النار في غزة', 'direct', 'مجلس التعاون الخليجي'],
    ],
  },
];

describe('floor rules: a statement read out (البيان الذي تلاه فلان باسم …) is the body’s or the reader’s', () => {
  runRows(readRows);
});

const interviewRows: readonly Row[] = [
  {
    what: 'a Saudi paper’s interview (أجرت «عكاظ» لقاء مع …): a minister quoted in the question, the rector quoting himself after ج: (وكما قلت …:)',
    text: [
      'أجرت «عكاظ» لقاء مع مدير جامعة الملك عبدالعزيز الدكتور عبدالرحمن بن عبيد اليوبي، وفيما يلي نص الحوار:',
      'س: قال وزير التعليم إن الجامعات «مطالبة بتمويل جزء من ميزانياتها»، فما خطتكم؟',
      'ج: بدأنا فعلاً، وكما قلت لأعضاء هيئة التدريس الشهر الماضي: «الوقف الجامعي هو مستقبلنا».',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      ['مطالبة بتمويل جزء من ميزانياتها', 'partial', 'وزير التعليم'],
      ['الوقف الجامعي هو مستقبلنا', 'direct', 'عبدالرحمن بن عبيد اليوبي'],
    ],
  },
  {
    what: 'an international outlet’s interview (في مقابلة مع …): a speaker of the parliament named in the question, the envoy after جواب:',
    text: [
      'في مقابلة مع الممثل الأممي الخاص إلى ليبيا، عبد الله باتيلي، طرحنا عليه أسئلة حول مستقبل العملية السياسية.',
      'سؤال: قال رئيس البرلمان عقيلة صالح إن خطتكم «قفزة في المجهول». ما ردكم؟',
      'جواب: أفهم القلق، لكن رسالتي إلى الجميع واضحة: «لا انتخابات بلا قوانين توافقية».',
    ].join('\n\n'),
    quotes: [
      ['قفزة في المجهول', 'partial', 'عقيلة صالح'],
      ['لا انتخابات بلا قوانين توافقية', 'direct', 'عبد الله باتيلي'],
    ],
  },
  {
    what: 'labels with a dash (س - / ج -): the minister interviewed speaks the quote of his answer',
    text: [
      'أجرت «الشرق الأوسط» حوارا مع وزير الطاقة اللبناني، وليد فياض، في مكتبه ببيروت.',
      'س - متى تعود الكهرباء 24 ساعة؟',
      'ج - لا أعد بتواريخ، لكن خطتنا تقول: «عشر ساعات يوميا قبل الصيف».',
    ].join('\n\n'),
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['عشر ساعات يوميا قبل الصيف', 'direct', 'وليد فياض'],
    ],
  },
  {
    what: 'guard: in an answer, a quote with its own speaker named (قال لي رئيس الوزراء:) is that speaker’s',
    text: [
      'أجرت «الشرق» حوارا مع وزيرة البيئة الأردنية، رنا الخطيب، عشية انطلاق مؤتمر المناخ.',
      'س: ماذا قال لك رئيس الوزراء؟',
      'ج: قال لي رئيس الوزراء: «البيئة أولوية هذه الحكومة».',
    ].join('\n\n'),
    quotes: [
      ['الشرق', 'mention', null],
      ['البيئة أولوية هذه الحكومة', 'direct', 'رئيس الوزراء'],
    ],
  },
];

describe('floor rules: in a question-and-answer interview the one interviewed has the floor in the answers', () => {
  runRows(interviewRows);
});

const roleRows: readonly Row[] = [
  {
    what: 'a Saudi analyst by his full name, his role between commas, then أن (واعتبر فلان بن فلان، المحلل …، أن), after a minister',
    text: [
      'وقال وزير المالية محمد الجدعان إن العجز «سينخفض إلى أقل من 2 في المئة».',
      'واعتبر خالد بن عبدالعزيز المقيرن، المحلل الاقتصادي في إحدى شركات الاستثمار، أن التقديرات «متفائلة أكثر من اللازم».',
    ].join('\n\n'),
    quotes: [
      ['سينخفض إلى أقل من 2 في المئة', 'partial', 'محمد الجدعان'],
      ['متفائلة أكثر من اللازم', 'partial', 'خالد بن عبدالعزيز المقيرن'],
    ],
  },
  {
    what: 'a Saudi economist (a woman) by her full name with بنت, her role, then أن after the central bank governor',
    text: [
      'وقال محافظ البنك المركزي أيمن السياري إن التضخم «تحت السيطرة».',
      'وتوقعت سارة بنت محمد القحطاني، كبيرة الاقتصاديين في أحد البنوك المحلية، أن يرتفع التضخم «إلى 3 في المئة قبل نهاية العام».',
    ].join('\n\n'),
    quotes: [
      ['تحت السيطرة', 'partial', 'أيمن السياري'],
      ['إلى 3 في المئة قبل نهاية العام', 'partial', 'سارة بنت محمد القحطاني'],
    ],
  },
  {
    what: 'a Washington researcher by a foreign name, his role at an institute, then أن, after a State Department spokesman',
    text: [
      'وقال المتحدث باسم الخارجية الأمريكية للصحفيين إن واشنطن «تدعم الوساطة».',
      'وتوقع ديفيد شينكر، الباحث في معهد واشنطن لسياسة الشرق الأدنى، أن تتعثر المفاوضات «عند أول خلاف حول الحدود».',
    ].join('\n\n'),
    quotes: [
      ['تدعم الوساطة', 'partial', 'الخارجية الأمريكية'],
      ['عند أول خلاف حول الحدود', 'partial', 'ديفيد شينكر'],
    ],
  },
  {
    what: 'a Tunisian professor (a woman), her role at a university, then أن, after a minister',
    text: [
      'وقالت وزيرة الاقتصاد التونسية في مؤتمر صحفي إن النمو «سيتجاوز 2 في المئة».',
      'واعتبرت آمال بن حسين، أستاذة الاقتصاد في جامعة قرطاج، أن هذه الأرقام «لا تعكس واقع المؤسسات الصغيرة».',
    ].join('\n\n'),
    quotes: [
      ['سيتجاوز 2 في المئة', 'partial', 'وزيرة الاقتصاد التونسية'],
      ['لا تعكس واقع المؤسسات الصغيرة', 'partial', 'آمال بن حسين'],
    ],
  },
  {
    what: 'guard: a verb whose object is no name (وانتقد قرارات الحكم، مشيراً) goes on with the coach',
    text: [
      'وقال مدرب الفريق سعد بن علي الشهري إن اللاعبين «قدموا كل ما لديهم».',
      'وانتقد قرارات الحكم، مشيراً إلى أنها «أثرت على نتيجة المباراة».',
    ].join('\n\n'),
    quotes: [
      ['قدموا كل ما لديهم', 'partial', 'سعد بن علي الشهري'],
      ['أثرت على نتيجة المباراة', 'partial', 'سعد بن علي الشهري'],
    ],
  },
];

describe('floor rules: a name after the verb with the person’s role between commas, then أن, is the subject', () => {
  runRows(roleRows);
});
