/**
 * A role or a post before the name of the person who holds it (issue 3): the speaker is the name, the
 * fullest the article gives, never the role. A long post runs to the honorific or the first name before
 * بن that ends it: also when a participle's preposition and its noun follow the head (المشرف على
 * البرنامج) and a second title is stacked on the first (استشاري أمراض الكلى), and when مساعد heads the
 * post before a title in construct (مساعد مدير التعليم … بالمنطقة الشرقية), past the words a subject may have. One of a group (أحد منظمي
 * الحملة, إحدى المشاركات في الوقفة) is named by a name in apposition between commas that opens with a given
 * name (، كريم فارس،), not only by a title and a name. A role in construct with a noun that also spells
 * a cue (ولي أمر طالب, صاحب شركة نقل) is read on to the name in apposition after it; so is a head in construct
 * with one of a group (مالك إحدى مؤسسات المقاولات المنفذة للبرنامج، المهندس فلان،), مالك being no name there.
 * A definite description of a person as the subject (ويقول الرجل الستيني) is the person the sentence before
 * brought in by name (يقف فلان أمام …), who takes the description as an alias. After a verb that takes an
 * object (روى, وصف), a given name and بن (حسين بن علي …) open the subject's name, never the object.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a plain name after the post, مساعد before a title with no name, an occasion between
 * the commas).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const stackedRows: readonly Row[] = [
  {
    what: 'a post with عن and a second title stacked on it (المسؤول عن الملف مستشار وزير الصحة), then الدكتور and the name',
    text: 'وقال المسؤول عن الملف مستشار وزير الصحة الدكتور خالد بن سعد الحربي لـ"عكاظ" إن الحالات المسجلة "تحت السيطرة حتى الآن".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['تحت السيطرة حتى الآن', 'partial', 'خالد بن سعد الحربي'],
    ],
  },
  {
    what: 'a post with على and a second title with its place (كبير المهندسين في الشركة), then المهندس and the name, with أوضح … أن',
    text: 'وأوضح المشرف على المشروع كبير المهندسين في الشركة المهندس نايف بن علي الدوسري أن الأعمال "تسير وفق الجدول الزمني المعتمد".',
    quotes: [['تسير وفق الجدول الزمني المعتمد', 'partial', 'نايف بن علي الدوسري']],
  },
  {
    what: 'a woman’s post with على and a second title (استشارية طب الأطفال), then الدكتورة and her name before a colon',
    text: 'وقالت المشرفة على الحملة الوطنية للتطعيم استشارية طب الأطفال الدكتورة هند بنت محمد السديري: "اللقاح آمن للرضع، ولم نسجل أي أعراض خطيرة".',
    quotes: [['اللقاح آمن للرضع، ولم نسجل أي أعراض خطيرة', 'direct', 'هند بنت محمد السديري']],
  },
  {
    what: 'a post with على and its holder after الدكتور, then whom he spoke to with his own title and name (لوكيل الوزارة المهندس فلان)',
    text: 'وقال المشرف على المعرض الدكتور فهد بن علي الشهري لوكيل الوزارة المهندس سعد العتيبي: "الأجنحة جاهزة لاستقبال الزوار".',
    quotes: [['الأجنحة جاهزة لاستقبال الزوار', 'direct', 'فهد بن علي الشهري']],
  },
  {
    what: 'guard: a post with على and a plain name after it (المشرف على البرنامج سعد العتيبي), no honorific: the name is read as before',
    text: 'وقال المشرف على البرنامج سعد العتيبي في مؤتمر صحفي: "بدأنا استقبال طلبات التسجيل أمس".',
    quotes: [['بدأنا استقبال طلبات التسجيل أمس', 'direct', 'سعد العتيبي']],
  },
];

const assistantRows: readonly Row[] = [
  {
    what: 'مساعد before a director, a body, a ل-phrase and a region after ب (بالمنطقة الشرقية), then الدكتور, the name and لـ"الرياض" إن',
    text: 'وقال مساعد مدير الشؤون الصحية للتمريض بالمنطقة الشرقية الدكتور خالد بن سعد العتيبي لـ"الرياض" إن الممرضين الجدد "أكملوا التدريب الميداني".',
    quotes: [
      ['الرياض', 'mention', null],
      ['أكملوا التدريب الميداني', 'partial', 'خالد بن سعد العتيبي'],
    ],
  },
  {
    what: 'مساعد before a commander, his forces, a ل-phrase and a region after ب, then a rank with الركن and the name before a colon',
    text: 'وقال مساعد قائد القوات البرية للعمليات بالمنطقة الجنوبية اللواء الركن سعد بن محمد الشهراني: "الحدود مؤمنة بالكامل، ودورياتنا تعمل على مدار الساعة".',
    quotes: [['الحدود مؤمنة بالكامل، ودورياتنا تعمل على مدار الساعة', 'direct', 'سعد بن محمد الشهراني']],
  },
  {
    what: 'مساعد before a minister, a ل-phrase and بالوزارة, then السفير and the name, with أكد أن',
    text: 'وأكد مساعد وزير الخارجية لشؤون الأمريكتين بالوزارة السفير محمد بن صالح الغامدي أن المحادثات "كانت مثمرة وصريحة".',
    quotes: [['كانت مثمرة وصريحة', 'partial', 'محمد بن صالح الغامدي']],
  },
  {
    what: 'guard: مساعد before a title with no name after it (مساعد المدرب) speaks as the post',
    text: 'وقال مساعد المدرب: "اللاعبون جاهزون لمباراة الغد، ولا توجد إصابات".',
    quotes: [['اللاعبون جاهزون لمباراة الغد، ولا توجد إصابات', 'direct', 'مساعد المدرب']],
  },
];

const oneOfRows: readonly Row[] = [
  {
    what: 'one of a campaign’s organisers, then his name between commas (، كريم فارس،) and لـCNN بالعربية:',
    text: 'وقال أحد منظمي الاعتصام، كريم فارس، لـCNN بالعربية: "لن نغادر الساحة قبل أن تستقيل الحكومة".',
    quotes: [['لن نغادر الساحة قبل أن تستقيل الحكومة', 'direct', 'كريم فارس']],
  },
  {
    what: 'one of the women at a vigil and where she was (في الوقفة), then her name between commas and لوكالة فرانس برس:',
    text: 'وقالت إحدى المشاركات في الوقفة، سلمى حداد، لوكالة فرانس برس: "لن نعود إلى بيوتنا قبل أن تسمعنا الحكومة".',
    quotes: [['لن نعود إلى بيوتنا قبل أن تسمعنا الحكومة', 'direct', 'سلمى حداد']],
  },
  {
    what: 'one of the volunteers in a body (في الهلال الأحمر), then his name between commas, later وأضاف + surname',
    text: [
      'وقال أحد المتطوعين في الهلال الأحمر، طارق منصور، لبي بي سي: "نعمل منذ الفجر دون توقف".',
      'وأضاف منصور أن الفرق "تحتاج إلى مزيد من سيارات الإسعاف".',
    ].join('\n\n'),
    quotes: [
      ['نعمل منذ الفجر دون توقف', 'direct', 'طارق منصور'],
      ['تحتاج إلى مزيد من سيارات الإسعاف', 'partial', 'طارق منصور'],
    ],
  },
  {
    what: 'guard: one of the organisers, then an occasion between commas (، في اتصال هاتفي،): no name',
    text: 'وقال أحد منظمي الحملة، في اتصال هاتفي، إن المسيرة "ستنطلق في موعدها".',
    quotes: [['ستنطلق في موعدها', 'partial', 'أحد منظمي الحملة']],
  },
];

const genitiveRows: readonly Row[] = [
  {
    what: 'a role in construct with a noun that also spells a cue (ولي أمر طالب), a place, the name between commas, then قال إن',
    text: 'غير أن ولي أمر طالب في المرحلة الثانوية، خالد بن سعد الشهري، قال إن ابنه "ينتظر النتيجة منذ أسبوعين".',
    quotes: [['ينتظر النتيجة منذ أسبوعين', 'partial', 'خالد بن سعد الشهري']],
  },
  {
    what: 'a role in construct with طالبة after أوضح, a city, the name between commas, then أن',
    text: 'وأوضح ولي أمر طالبة في الرياض، فهد بن عبدالله الدوسري، أن المدرسة "لم تبلغ الأسر بموعد الاختبارات".',
    quotes: [['لم تبلغ الأسر بموعد الاختبارات', 'partial', 'فهد بن عبدالله الدوسري']],
  },
  {
    what: 'an owner of a company in construct with نقل (transport, also a cue), a city, the name between commas, then إن',
    text: 'وقال صاحب شركة نقل في جدة، ماجد بن سالم الحربي، إن الرسوم الجديدة "سترفع أسعار الشحن على المستهلك".',
    quotes: [['سترفع أسعار الشحن على المستهلك', 'partial', 'ماجد بن سالم الحربي']],
  },
  {
    what: 'guard: an unnamed official and a verb after him (طالب بعدم الكشف عن هويته), no name between commas',
    text: 'وقال مسؤول كبير طالب بعدم الكشف عن هويته، إن المحادثات "وصلت إلى طريق مسدود".',
    quotes: [['وصلت إلى طريق مسدود', 'partial', 'مسؤول كبير']],
  },
];

const ownerRows: readonly Row[] = [
  {
    what: 'an owner of one of the restaurants (مالك أحد المطاعم: مالك is also a given name), where they are, the name between commas, then أكد أن',
    text: 'وأكد مالك أحد المطاعم الشعبية في الحي، سعيد بن عمر باوزير، أن الزبائن "عادوا بعد انتهاء الحفريات".',
    quotes: [['عادوا بعد انتهاء الحفريات', 'partial', 'سعيد بن عمر باوزير']],
  },
  {
    what: 'an owner of one of the workshops with a place after ب (بالمنطقة الصناعية), the name between commas, then إن',
    text: 'وقال مالك إحدى ورش صيانة السيارات بالمنطقة الصناعية، عبدالرحمن بن فهد السويلم، إن الإيجارات "تضاعفت خلال عامين".',
    quotes: [['تضاعفت خلال عامين', 'partial', 'عبدالرحمن بن فهد السويلم']],
  },
  {
    what: 'an owner of one of the hotels with a participle and its complement (المطلة على الحرم), then المهندس and the name before a colon',
    text: 'من جهته، قال مالك أحد الفنادق المطلة على الحرم، المهندس وليد بن سامي الجهني: "نسبة الإشغال لم تتجاوز 40 في المئة".',
    quotes: [['نسبة الإشغال لم تتجاوز 40 في المئة', 'direct', 'وليد بن سامي الجهني']],
  },
  {
    what: 'the owner of one of the exchange companies in a city, المهندس and the name between commas, then لـ"الجزيرة نت" إن',
    text: 'وقال صاحب إحدى شركات الصرافة في عمّان، المهندس زياد حداد، لـ"الجزيرة نت" إن الطلب على الدولار "تراجع بشكل لافت".',
    quotes: [
      ['الجزيرة نت', 'mention', null],
      ['تراجع بشكل لافت', 'partial', 'زياد حداد'],
    ],
  },
  {
    what: 'guard: the owner of one of the companies, then a time between commas (، أمس،): the description speaks',
    text: 'وقال مالك إحدى الشركات، أمس، إن الأسعار "سترتفع مطلع الشهر المقبل".',
    quotes: [['سترتفع مطلع الشهر المقبل', 'partial', 'مالك إحدى الشركات']],
  },
  {
    what: 'guard: the head of one of the schools, then an occasion between commas (، في اتصال هاتفي،)',
    text: 'وقال مدير إحدى المدارس، في اتصال هاتفي، إن الدراسة "ستستأنف الأحد المقبل".',
    quotes: [['ستستأنف الأحد المقبل', 'partial', 'مدير إحدى المدارس']],
  },
];

const describedRows: readonly Row[] = [
  {
    what: 'a man brought in by his name in the sentence before, then ويقول الرجل الخمسيني لـ"الرياض":',
    text: 'وفي سوق الخضار بحي العزيزية، يقلب سعيد بن مبارك القحطاني صناديق الطماطم بحثا عن الصالح منها. ويقول الرجل الخمسيني لـ"الرياض": "الأسعار تضاعفت منذ بداية الشهر، والزبائن يشترون نصف ما كانوا يشترونه".',
    quotes: [
      ['الرياض', 'mention', null],
      [
        'الأسعار تضاعفت منذ بداية الشهر، والزبائن يشترون نصف ما كانوا يشترونه',
        'direct',
        'سعيد بن مبارك القحطاني',
      ],
    ],
  },
  {
    what: 'a woman brought in after a place and a comma (وفي مخيم …، تجلس فلانة), then وتقول السيدة السبعينية في حديث للجزيرة نت:',
    text: 'وفي مخيم النازحين قرب إدلب، تجلس فاطمة عبد الكريم الحسن أمام خيمتها وحولها أحفادها الخمسة. وتقول السيدة السبعينية في حديث للجزيرة نت: "فقدنا البيت والأرض، ولم يبق لنا غير هذه الخيمة".',
    quotes: [['فقدنا البيت والأرض، ولم يبق لنا غير هذه الخيمة', 'direct', 'فاطمة عبد الكريم الحسن']],
  },
  {
    what: 'a young man brought in by his name, then ويقول الشاب العشريني: and later ويضيف + surname أن',
    text: [
      'يعمل أحمد يوسف الكردي منذ عامين في ورشة لإصلاح الدراجات في حي الشيخ مقصود. ويقول الشاب العشريني: "لم أكمل دراستي، لكن الورشة تطعم عائلتي".',
      'ويضيف الكردي أن الكهرباء "لا تأتي إلا ساعتين في اليوم".',
    ].join('\n\n'),
    quotes: [
      ['لم أكمل دراستي، لكن الورشة تطعم عائلتي', 'direct', 'أحمد يوسف الكردي'],
      ['لا تأتي إلا ساعتين في اليوم', 'partial', 'أحمد يوسف الكردي'],
    ],
  },
  {
    what: 'guard: a sentence that brings no one in (وغمرت المياه …), then ويقول الرجل الستيني: the description speaks',
    text: 'وغمرت المياه عشرات المنازل في القرية خلال الليل. ويقول الرجل الستيني في حديث لـDW عربية: "لم نر فيضانا مثل هذا منذ ثلاثين عاما".',
    quotes: [['لم نر فيضانا مثل هذا منذ ثلاثين عاما', 'direct', 'الرجل الستيني']],
  },
];

const lineageRows: readonly Row[] = [
  {
    what: 'روى, then a name by lineage (حسين بن علي القحطاني) and the verb’s object (لحظات الانفجار), then قائلاً:',
    text: 'وروى حسين بن علي القحطاني لحظات الانفجار قائلاً: "كنا في الركعة الثانية عندما سمعنا دوياً هائلاً، ثم امتلأ المسجد بالدخان".',
    quotes: [
      [
        'كنا في الركعة الثانية عندما سمعنا دوياً هائلاً، ثم امتلأ المسجد بالدخان',
        'direct',
        'حسين بن علي القحطاني',
      ],
    ],
  },
  {
    what: 'وصف, then a name by lineage and its object with a time phrase, then قائلا:',
    text: 'ووصف محمد بن سعيد الغامدي المشهد بعد وصول فرق الإنقاذ قائلا: "رأيت الناس يحفرون بأيديهم بحثا عن أقاربهم".',
    quotes: [['رأيت الناس يحفرون بأيديهم بحثا عن أقاربهم', 'direct', 'محمد بن سعيد الغامدي']],
  },
  {
    what: 'روت, then a woman’s name by lineage (بنت), the object and whom she told, then قائلة:',
    text: 'وروت نورة بنت عبدالله العتيبي تفاصيل الليلة الأولى للمسعفين قائلة: "لم ننم، وكنا نسمع صراخ الجيران حتى الفجر".',
    quotes: [['لم ننم، وكنا نسمع صراخ الجيران حتى الفجر', 'direct', 'نورة بنت عبدالله العتيبي']],
  },
  {
    what: 'guard: وصف with its object right after it (عمل الفرق الطبية) and no name: the dropped subject is the minister',
    text: [
      'وقال وزير الصحة توفيق الربيعة في مؤتمر صحفي: "المستشفيات استقبلت جميع المصابين".',
      'ووصف عمل الفرق الطبية بأنه "بطولي".',
    ].join('\n\n'),
    quotes: [
      ['المستشفيات استقبلت جميع المصابين', 'direct', 'توفيق الربيعة'],
      ['بطولي', 'partial', 'توفيق الربيعة'],
    ],
  },
];

describe('a long post: a participle’s preposition and a stacked title before the name', () => {
  runRows(stackedRows);
});

describe('a post headed by مساعد before the name', () => {
  runRows(assistantRows);
});

describe('one of a group named between commas', () => {
  runRows(oneOfRows);
});

describe('a role in construct with a noun that spells a cue, then the name between commas', () => {
  runRows(genitiveRows);
});

describe('a head in construct with one of a group (مالك إحدى …), then the name between commas', () => {
  runRows(ownerRows);
});

describe('a definite description after a sentence that named the person', () => {
  runRows(describedRows);
});

describe('a name by lineage after a verb that takes an object', () => {
  runRows(lineageRows);
});
