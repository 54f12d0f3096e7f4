/**
 * A speaker first met in the narration, then quoted after `وقال`, a participle or a relative; and asides
 * that are not the speaker. A reader gives the quote to the person the sentence brought in:
 * - the one a paper's reporter met (والتقت «…» المزارع فلان، الذي …، وقال; كما التقت «…» بالسيدة فلانة،
 *   …، التي بينت أن; التقينا …; التقى مراسل … بالمواطن فلان), not the last speaker; a minister or a body
 *   meeting someone goes on speaking himself;
 * - a father, a brother or a mother named after the kinship noun with the words of the child's own name
 *   (ريم عبدالله الشهري … وقال والدها عبدالله الشهري): another person, not the child;
 * - a body whose وهي clause says what it is (وقالت أكاديمية …، وهي أكبر رابطة …، إن): the body;
 * - a relative clause whose verb has a thing of its antecedent for subject (الذي علقت شاحنته) or a count
 *   for object (الذي نقل عشرات الجرحى): no cue, the name before it speaks;
 * - a given name and a plain family name, then the verb's object in construct (جدول المباريات) or a present
 *   verb with its place (يقف أمام, تمر بالمكان): the name ends before it.
 * - the subject of كان after a short adverbial with no comma (وفي السوق كان المواطن فلان …، وقال), and a
 *   shopper (المتسوق, المتسوقة) as a vox-pop title before a name.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps the
 * opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const meetingRows: readonly Row[] = [
  {
    what: 'والتقت «…» المزارع فلان، الذي …، وقال after a director quoted in the paragraph before: the farmer',
    text: [
      'وأوضح مدير فرع وزارة الزراعة بالقصيم المهندس عبدالله الثنيان أن إنتاج التمور "ارتفع هذا الموسم".',
      'والتقت «الرياض» المزارع حمد السلامة، الذي يملك ثلاثة آلاف نخلة في بريدة، وقال: «الأسعار أفضل من العام الماضي».',
    ].join('\n\n'),
    quotes: [
      ['ارتفع هذا الموسم', 'partial', 'عبدالله الثنيان'],
      ['الرياض', 'mention', null],
      ['الأسعار أفضل من العام الماضي', 'direct', 'حمد السلامة'],
    ],
  },
  {
    what: 'كما التقت "…" بالسيدة فلانة، …، التي أكدت أن "…": the woman met, not the official before',
    text: [
      'وقال رئيس اللجنة المنظمة للمعرض سلطان الحربي إن الإقبال "فاق التوقعات".',
      'كما التقت "عكاظ" بالسيدة هيلة المطيري، إحدى المشاركات في جناح الحرف اليدوية، التي أكدت أن المعرض "فرصة لتسويق منتجاتنا".',
    ].join('\n\n'),
    quotes: [
      ['فاق التوقعات', 'partial', 'سلطان الحربي'],
      ['عكاظ', 'mention', null],
      ['فرصة لتسويق منتجاتنا', 'partial', 'هيلة المطيري'],
    ],
  },
  {
    what: 'والتقى مراسل الجزيرة نت بالطبيب فلان الذي …، وقال: the doctor, not the minister quoted before',
    text: [
      'وقال وزير الصحة في حكومة التوافق جواد عواد إن المستشفيات "على وشك الانهيار".',
      'والتقى مراسل الجزيرة نت بالطبيب يوسف العقاد الذي يعمل في مستشفى ناصر، وقال: "نجري العمليات على ضوء الهواتف".',
    ].join('\n\n'),
    quotes: [
      ['على وشك الانهيار', 'partial', 'جواد عواد'],
      ['نجري العمليات على ضوء الهواتف', 'direct', 'يوسف العقاد'],
    ],
  },
];

const meetingGuards: readonly Row[] = [
  {
    what: 'guard: a minister meets his counterpart, وقال: the minister goes on',
    text: 'والتقى وزير الخارجية عادل الجبير نظيره البريطاني فيليب هاموند في لندن، وقال: "ناقشنا الأوضاع في اليمن".',
    quotes: [['ناقشنا الأوضاع في اليمن', 'direct', 'عادل الجبير']],
  },
  {
    what: 'guard: a paper meets a farmer, then an official named as the subject of the cue',
    text: 'والتقت «اليوم» بالمزارع علي البراهيم، وقال مدير مركز الأبحاث الزراعية الدكتور سامي العلي: «سنوزع شتلات جديدة».',
    quotes: [
      ['اليوم', 'mention', null],
      ['سنوزع شتلات جديدة', 'direct', 'سامي العلي'],
    ],
  },
  {
    what: 'guard: a reporter meets a man, then a feminine cue: the woman quoted before goes on',
    text: [
      'وقالت مديرة المدرسة نورة الزهراني إن الطالبات "مستعدات للاختبارات".',
      'والتقى مراسل "الوطن" بالطالب فارس الشمري، وأضافت المديرة أن المدرسة "جهزت القاعات".',
    ].join('\n\n'),
    quotes: [
      ['مستعدات للاختبارات', 'partial', 'نورة الزهراني'],
      ['الوطن', 'mention', null],
      ['جهزت القاعات', 'partial', 'نورة الزهراني'],
    ],
  },
];

const kinRows: readonly Row[] = [
  {
    what: 'وقال والده + the father’s name and family name, the son named in full with both before: the father',
    text: [
      'وقال الطالب المتفوق بدر سعود القحطاني: "أهدي تفوقي لمعلمي".',
      'وقال والده سعود القحطاني لـ"الوطن": "كنا نثق بقدرته".',
    ].join('\n\n'),
    quotes: [
      ['أهدي تفوقي لمعلمي', 'direct', 'بدر سعود القحطاني'],
      ['الوطن', 'mention', null],
      ['كنا نثق بقدرته', 'direct', 'سعود القحطاني'],
    ],
  },
  {
    what: 'فيما أكد شقيقها + a name inside hers: the brother',
    text: [
      'وقالت الطالبة غادة ماجد العتيبي إن الفوز "تتويج لسنوات من العمل".',
      'فيما أكد شقيقها ماجد العتيبي أن الأسرة "لم تتوقع هذا التكريم".',
    ].join('\n\n'),
    quotes: [
      ['تتويج لسنوات من العمل', 'partial', 'غادة ماجد العتيبي'],
      ['لم تتوقع هذا التكريم', 'partial', 'ماجد العتيبي'],
    ],
  },
  {
    what: 'وقال والدها + a name ending hers, her given name one the lists may lack (ميرال): the father',
    text: [
      'وقالت الطفلة الموهوبة ميرال عادل الحازمي: "أحب البرمجة".',
      'وقال والدها عادل الحازمي إن ابنته "تقضي وقتها أمام الحاسب".',
    ].join('\n\n'),
    quotes: [
      ['أحب البرمجة', 'direct', 'ميرال عادل الحازمي'],
      ['تقضي وقتها أمام الحاسب', 'partial', 'عادل الحازمي'],
    ],
  },
];

const kinGuards: readonly Row[] = [
  {
    what: 'guard: her short form with her own given name (ريم … الشهري) is still her',
    text: [
      'وقالت المبتعثة لمى عبدالرحمن الدوسري: "الغربة علمتني الصبر".',
      'وأضافت لمى الدوسري أن الدراسة "تستحق التضحية".',
    ].join('\n\n'),
    quotes: [
      ['الغربة علمتني الصبر', 'direct', 'لمى عبدالرحمن الدوسري'],
      ['تستحق التضحية', 'partial', 'لمى عبدالرحمن الدوسري'],
    ],
  },
  {
    what: 'guard: a father whose name shares only the family name with his son',
    text: [
      'وقال اللاعب الناشئ نواف الغامدي: "حلمي اللعب للمنتخب".',
      'وقال والده مسفر الغامدي إن ابنه "يتدرب يوميا".',
    ].join('\n\n'),
    quotes: [
      ['حلمي اللعب للمنتخب', 'direct', 'نواف الغامدي'],
      ['يتدرب يوميا', 'partial', 'مسفر الغامدي'],
    ],
  },
];

const asideRows: readonly Row[] = [
  {
    what: 'a body, then ، وهي أقدم جمعية …، إن: the body, not the words of its aside',
    text: 'وقالت الجمعية الوطنية للمتقاعدين، وهي أقدم جمعية أهلية في المملكة، إن الزيادة "لا تواكب غلاء المعيشة".',
    quotes: [['لا تواكب غلاء المعيشة', 'partial', 'الجمعية الوطنية للمتقاعدين']],
  },
  {
    what: 'قال فلان، الذي علقت سيارته …: «…»: the man, not his car',
    text: 'وقال المواطن مشعل العنزي، الذي علقت سيارته في مجرى السيل ساعات: «لم تصلنا أي فرقة إنقاذ».',
    quotes: [['لم تصلنا أي فرقة إنقاذ', 'direct', 'مشعل العنزي']],
  },
  {
    what: 'قال فلان، الذي نقل عشرات المصابين …: "…": the driver, not the count',
    text: 'وقال المسعف عادل الرشيدي، الذي نقل عشرات المصابين إلى المستشفى: "كانت الطرق مزدحمة".',
    quotes: [['كانت الطرق مزدحمة', 'direct', 'عادل الرشيدي']],
  },
];

const asideGuards: readonly Row[] = [
  {
    what: 'guard: a relative whose verb has a kinswoman for subject: she speaks',
    text: 'وغاب المهندس سامي الأحمد عن عمله، الذي قالت زوجته منى: "لم يتصل بنا منذ يومين".',
    quotes: [['لم يتصل بنا منذ يومين', 'direct', 'منى']],
  },
  {
    what: 'guard: one of a group named after وهو is who speaks',
    text: 'وقال أحد المتبرعين، وهو رجل الأعمال عبدالله العثيم، إن الحملة "ستستمر حتى نهاية العام".',
    quotes: [['ستستمر حتى نهاية العام', 'partial', 'عبدالله العثيم']],
  },
  {
    what: 'guard: a relative clause whose own verb is a cue: the name before it',
    text: 'وأوضح رئيس الجمعية خالد السويلم، الذي أكد أن الجمعية "تكفل ألفي يتيم"، أن التبرعات تراجعت.',
    quotes: [['تكفل ألفي يتيم', 'partial', 'خالد السويلم']],
  },
];

const nameEndRows: readonly Row[] = [
  {
    what: 'وانتقد المدرب فلان فلان جدول المباريات، وقال: the name ends before the object in construct',
    text: [
      'وقال رئيس رابطة دوري المحترفين ياسر المسحل إن الجدول "نهائي".',
      'وانتقد المدرب البرتغالي جوزيه غوميز جدول المباريات، وقال: "لا وقت للراحة".',
    ].join('\n\n'),
    quotes: [
      ['نهائي', 'partial', 'ياسر المسحل'],
      ['لا وقت للراحة', 'direct', 'جوزيه غوميز'],
    ],
  },
  {
    what: 'وكان الشاب فلان فلان يجلس أمام …، وقال: the name ends before the present verb',
    text: [
      'وقال المتحدث باسم الدفاع المدني إن السكان "أخلوا المنطقة".',
      'وكان الشاب عمر خليل يجلس أمام ركام منزله، وقال لسكاي نيوز عربية: "فقدنا كل ما نملك".',
    ].join('\n\n'),
    quotes: [
      ['أخلوا المنطقة', 'partial', 'الدفاع المدني'],
      ['فقدنا كل ما نملك', 'direct', 'عمر خليل'],
    ],
  },
];

const nameEndGuards: readonly Row[] = [
  {
    what: 'guard: a three-word name whose third word has the article is read whole',
    text: 'وقال المواطن فهد سعد الشمري إن الطريق "خطير".',
    quotes: [['خطير', 'partial', 'فهد سعد الشمري']],
  },
  {
    what: 'guard: a compound with الدين after a given name stays in the name',
    text: 'وقال المهندس محمد نور الدين للصحفيين إن المشروع "تأخر".',
    quotes: [['تأخر', 'partial', 'محمد نور الدين']],
  },
];

const narratedRows: readonly Row[] = [
  {
    what: 'وفي السوق كان المواطن فلان يتفقد …، وقال: the subject of كان after an adverbial with no comma',
    text: [
      'وقال وكيل وزارة التجارة لشؤون المستهلك إن الأسعار "مستقرة".',
      'وفي سوق الخضار كان المواطن ماجد العصيمي يتفقد البضائع، وقال لـ«عكاظ»: «كل شيء ارتفع هذا الأسبوع».',
    ].join('\n\n'),
    quotes: [
      ['مستقرة', 'partial', 'وكيل وزارة التجارة لشؤون المستهلك'],
      ['عكاظ', 'mention', null],
      ['كل شيء ارتفع هذا الأسبوع', 'direct', 'ماجد العصيمي'],
    ],
  },
  {
    what: 'وتجولت المتسوقة فلانة بين المحلات، وقالت: a shopper is a vox-pop title before her name',
    text: [
      'وأكدت هيئة الغذاء والدواء أن المنتجات "مطابقة للمواصفات".',
      'وتجولت المتسوقة سلوى الحمدان بين المحلات، وقالت: "العروض هذا العام قليلة".',
    ].join('\n\n'),
    quotes: [
      ['مطابقة للمواصفات', 'partial', 'هيئة الغذاء والدواء'],
      ['العروض هذا العام قليلة', 'direct', 'سلوى الحمدان'],
    ],
  },
];

const narratedGuards: readonly Row[] = [
  {
    what: 'guard: وفي السوق كان الزحام شديدا، وقال: no person brought in, the speaker before goes on',
    text: [
      'وقال رئيس لجنة الأسواق عبدالله الصالح إن الحركة "نشطة".',
      'وفي السوق كان الزحام شديدا، وقال: «نتوقع المزيد في نهاية الأسبوع».',
    ].join('\n\n'),
    quotes: [
      ['نشطة', 'partial', 'عبدالله الصالح'],
      ['نتوقع المزيد في نهاية الأسبوع', 'direct', 'عبدالله الصالح'],
    ],
  },
];

describe('newspeaker12: a speaker met in the narration, and asides that are not the speaker', () => {
  runRows(narratedRows);
  runRows(narratedGuards);
  runRows(meetingRows);
  runRows(meetingGuards);
  runRows(kinRows);
  runRows(kinGuards);
  runRows(asideRows);
  runRows(asideGuards);
  runRows(nameEndRows);
  runRows(nameEndGuards);
});
