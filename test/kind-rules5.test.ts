/**
 * Quoted names that are mentions and bodies' names read whole (issue 3, kinds 5). A paper's or a
 * channel's name after ل is whom the words were told, a mention, also when an apposition opened by
 * وهو/وهي stands between the speaker's name and it (قال فلان، وهو عضو في …، لـ«…» إن), and when the cue
 * has no subject before it and the speaker is named after the outlet (وقال لـ«…» المهندس فلان، …، إن).
 * A body's name goes on through a participle in ة after a broken plural when its field after ل follows
 * (بعثة الأمم المتحدة للدعم في ليبيا), and through a field after ل past the subject's first reading when
 * the text shows the name ends there (في بيان, a comma, إن). After إن/أن, a quote that opens with a body's
 * head and holds the clause's verb, with nothing after it but punctuation or a second clause, is words
 * said, not a name (إن «لجان التحكيم أنهت أعمالها» وإن …). A place alone for the subject of a verb inside
 * someone's words (قال المركز إن المنطقة سجلت «…») says nothing: the quote is the outer speaker's. After a
 * turn marker (من جانبه، بدوره،), the phrase after a verb that takes an object, ending before its complement
 * or في بيان and agreeing with the verb, is the one who takes the floor (من جانبه، دعا الأزهر الشريف في بيان
 * إلى «…»). A people's broken plural after a body's plural genitive is the name's, as a nisba is (اتحاد
 * الكتاب العرب الراحل: the object after it). Each rule row is a passage written here in
 * news style and fails without its rule; a guard row keeps the opposite case (a quote after ل that is the
 * verb's complement, words said after the outlet, whom a body speaks to).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const appositionRows: readonly Row[] = [
  {
    what: 'a Saudi paper after an apposition opened by وهو, then إن and a partial quote',
    text: 'وقال سعد بن محمد الدوسري، وهو رئيس لجنة المقاولين في الغرفة التجارية الصناعية بمحافظة جدة، لـ«عكاظ» إن المشاريع المتعثرة «تحتاج إلى جدولة جديدة للمستحقات قبل نهاية العام».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['تحتاج إلى جدولة جديدة للمستحقات قبل نهاية العام', 'partial', 'سعد بن محمد الدوسري'],
    ],
  },
  {
    what: 'a woman and وهي in apposition, then لـ"الحياة": and direct words',
    text: 'وقالت هيفاء بنت عبدالله القحطاني، وهي مديرة مركز أهلي للتدريب المهني للفتيات في حي الفيصلية بالدمام، لـ"الحياة": "الطلب على الدورات التقنية تضاعف منذ بداية العام".',
    quotes: [
      ['الحياة', 'mention', null],
      ['الطلب على الدورات التقنية تضاعف منذ بداية العام', 'direct', 'هيفاء بنت عبدالله القحطاني'],
    ],
  },
  {
    what: 'an international outlet after وهو and a long apposition, then أن and a partial quote',
    text: 'وأوضح جان بيير لوران، وهو خبير في شؤون الطاقة لدى معهد العلاقات الدولية في باريس، لـ«فرانس 24» أن الأسعار «لن تعود إلى مستواها السابق قبل عامين على الأقل».',
    quotes: [
      ['فرانس 24', 'mention', null],
      ['لن تعود إلى مستواها السابق قبل عامين على الأقل', 'partial', 'جان بيير لوران'],
    ],
  },
  {
    what: 'guard: after وهو, a verb that takes an object and its complement after ل is no outlet',
    text: 'ودعا سالم بن علي الكعبي، وهو عضو في مجلس الشورى، لـ«مراجعة شاملة لنظام الإيجارات» قبل نهاية الدورة.',
    quotes: [['مراجعة شاملة لنظام الإيجارات', 'partial', 'سالم بن علي الكعبي']],
  },
];

const subjectAfterOutletRows: readonly Row[] = [
  {
    what: 'وقال لـ«…» then an engineer by his title and name, his post between commas, then إن',
    text: 'وقال لـ«الرياض» المهندس فهد بن سعود العنزي، مدير المشاريع في الأمانة، إن أعمال التوسعة «ستنتهي قبل موسم الأمطار».',
    quotes: [
      ['الرياض', 'mention', null],
      ['ستنتهي قبل موسم الأمطار', 'partial', 'فهد بن سعود العنزي'],
    ],
  },
  {
    what: 'وأكد لـ"…" then a title and a name with no comma, then أن',
    text: 'وأكد لـ"الوطن" مدير عام التعليم في منطقة عسير الدكتور جلوي بن محمد آل كركمان أن المدارس الجديدة "ستستقبل الطلاب مع بداية الفصل الثاني".',
    quotes: [
      ['الوطن', 'mention', null],
      ['ستستقبل الطلاب مع بداية الفصل الثاني', 'partial', 'جلوي بن محمد آل كركمان'],
    ],
  },
  {
    what: 'an international style: وقالت لـ«…» then a spokeswoman’s title and name, then a colon',
    text: 'وقالت لـ«سكاي نيوز عربية» المتحدثة باسم برنامج الأغذية العالمي عبير عطيفة: «نحتاج إلى ممرات آمنة لإيصال المساعدات إلى المدن المحاصرة».',
    quotes: [
      ['سكاي نيوز عربية', 'mention', null],
      ['نحتاج إلى ممرات آمنة لإيصال المساعدات إلى المدن المحاصرة', 'direct', 'عبير عطيفة'],
    ],
  },
  {
    what: 'guard: a verb that takes an object, then its complement after ل and its subject after it',
    text: 'ودعا لـ«وقف فوري لإطلاق النار» وزير الخارجية الفرنسي لوران فابيوس، خلال مؤتمر صحفي في باريس.',
    quotes: [['وقف فوري لإطلاق النار', 'partial', 'لوران فابيوس']],
  },
];

const participleRows: readonly Row[] = [
  {
    what: 'the UN mission’s name with its field and its place, then في بيان إن',
    text: 'وقالت بعثة الأمم المتحدة للمساعدة في أفغانستان في بيان إن الانتخابات المحلية «جرت في أجواء هادئة في معظم الولايات».',
    quotes: [['جرت في أجواء هادئة في معظم الولايات', 'partial', 'بعثة الأمم المتحدة للمساعدة في أفغانستان']],
  },
  {
    what: 'the UN mission’s name, its place, then a time word and أن',
    text: 'وأعلنت بعثة الأمم المتحدة للدعم في ليبيا اليوم أن جولة الحوار المقبلة «ستعقد في جنيف مطلع الشهر المقبل».',
    quotes: [['ستعقد في جنيف مطلع الشهر المقبل', 'partial', 'بعثة الأمم المتحدة للدعم في ليبيا']],
  },
  {
    what: 'UN peacekeepers by their force’s name, its field and its place, then أمس إن',
    text: 'وقالت قوات الأمم المتحدة لحفظ السلام في مالي أمس إن الهجوم «استهدف قافلة إمداد قرب مدينة كيدال».',
    quotes: [['استهدف قافلة إمداد قرب مدينة كيدال', 'partial', 'قوات الأمم المتحدة لحفظ السلام في مالي']],
  },
  {
    what: 'the UN refugee agency’s name, its two fields and its place, then اليوم أن',
    text: 'وأكدت مفوضية الأمم المتحدة لشؤون اللاجئين في لبنان اليوم أن عدد المسجلين لديها «تجاوز مليون لاجئ».',
    quotes: [['تجاوز مليون لاجئ', 'partial', 'مفوضية الأمم المتحدة لشؤون اللاجئين في لبنان']],
  },
  {
    what: 'guard: whom the mission speaks to after ل (للصحفيين) is no field, nor the city where it spoke',
    text: 'وقالت بعثة الأمم المتحدة للصحفيين في نيويورك أمس إن المفاوضات «وصلت إلى مرحلة حاسمة».',
    quotes: [['وصلت إلى مرحلة حاسمة', 'partial', 'بعثة الأمم المتحدة']],
  },
];

const fieldRows: readonly Row[] = [
  {
    what: 'an independent union’s name with two adjectives and its field, then في بيان من أن',
    text: 'وحذرت النقابة الوطنية المستقلة لأساتذة التعليم الثانوي في بيان من أن تأخير الرواتب «سيدفع المعلمين إلى الإضراب».',
    quotes: [['سيدفع المعلمين إلى الإضراب', 'partial', 'النقابة الوطنية المستقلة لأساتذة التعليم الثانوي']],
  },
  {
    what: 'a league’s name with two adjectives and its field, then في بيان من أن',
    text: 'وحذرت الرابطة الوطنية المستقلة لموظفي القطاع الصحي في بيان من أن نقص الكوادر «يهدد سلامة المرضى».',
    quotes: [['يهدد سلامة المرضى', 'partial', 'الرابطة الوطنية المستقلة لموظفي القطاع الصحي']],
  },
  {
    what: 'a transport union’s name, its field of the workers it serves and their adjective, then في بيان إن',
    text: 'وقالت النقابة العامة المستقلة لعمال النقل البري في بيان إن الإضراب «سيشمل كل المحافظات ابتداء من الأحد».',
    quotes: [['سيشمل كل المحافظات ابتداء من الأحد', 'partial', 'النقابة العامة المستقلة لعمال النقل البري']],
  },
  {
    what: 'guard: whom a body speaks to after ل (لوسائل الإعلام) stays out of its name before a colon',
    text: 'وقالت الهيئة الوطنية المستقلة لوسائل الإعلام: «لن نسمح بأي تدخل في عمل الصحفيين».',
    quotes: [['لن نسمح بأي تدخل في عمل الصحفيين', 'direct', 'الهيئة الوطنية المستقلة']],
  },
];

const wholeClauseRows: readonly Row[] = [
  {
    what: 'after إن, a body’s head opens a quote that holds the clause’s verb, then وإن',
    text: 'وقال رئيس المهرجان خالد بن سعد العتيبي إن «لجان التحكيم أنهت أعمالها» وإن النتائج ستعلن مساء الخميس.',
    quotes: [['لجان التحكيم أنهت أعمالها', 'partial', 'خالد بن سعد العتيبي']],
  },
  {
    what: 'after إن, a ministry’s name and its verb in the quote, closed by the full stop',
    text: 'وقال مدير مدرسة الفيصلية الثانوية سلمان القرني إن «إدارة التعليم أرسلت الكتب».',
    quotes: [['إدارة التعليم أرسلت الكتب', 'partial', 'سلمان القرني']],
  },
  {
    what: 'after أن, the cabinet and its verb in the quote, then a comma and وأن',
    text: 'وأضاف وزير المالية إبراهيم العساف أن «مجلس الوزراء أقر الميزانية»، وأن الصرف سيبدأ مطلع الشهر المقبل.',
    quotes: [['مجلس الوزراء أقر الميزانية', 'partial', 'إبراهيم العساف']],
  },
  {
    what: 'an international spokesman: إن «وزارة الخزانة فرضت …» وإن',
    text: 'وقال المتحدث باسم الخارجية الأميركية جون كيربي إن «وزارة الخزانة فرضت عقوبات جديدة» وإن واشنطن لن تتراجع.',
    quotes: [['وزارة الخزانة فرضت عقوبات جديدة', 'partial', 'جون كيربي']],
  },
  {
    what: 'a candidate to the press, إن «لجنة الانتخابات رفضت …» then a comma and مضيفا',
    text: 'وقال المرشح المستقل نبيل الحداد للصحفيين في عمان إن «لجنة الانتخابات رفضت طعوننا»، مضيفا أنه سيلجأ إلى القضاء.',
    quotes: [['لجنة الانتخابات رفضت طعوننا', 'partial', 'نبيل الحداد']],
  },
  {
    what: 'guard: after أن, a body’s name alone in the quote, its predicate after the mark',
    text: 'وأعلن المتحدث باسم الشرطة سعود الهلالي أن «هيئة التحقيق والادعاء العام» ستتسلم القضية الأسبوع المقبل.',
    quotes: [['هيئة التحقيق والادعاء العام', 'mention', null]],
  },
];

const placeSubjectRows: readonly Row[] = [
  {
    what: 'a Saudi weather centre in a statement, إن المنطقة سجلت «…»: the region records, the centre speaks',
    text: 'وقال المركز الوطني للأرصاد في بيان إن المنطقة سجلت «أعلى درجة حرارة منذ عشرين عاما» يوم الأحد.',
    quotes: [['أعلى درجة حرارة منذ عشرين عاما', 'partial', 'المركز الوطني للأرصاد']],
  },
  {
    what: 'an international agency with ذكرت … أن المدينة سجلت «…»',
    text: 'وذكرت منظمة الصحة العالمية أن المدينة سجلت «أكثر من 300 إصابة جديدة» في يوم واحد.',
    quotes: [['أكثر من 300 إصابة جديدة', 'partial', 'منظمة الصحة العالمية']],
  },
  {
    what: 'a civil-defence spokesman with إن القرية سجلت «…»',
    text: 'وقال المتحدث باسم الدفاع المدني الرائد محمد الحمادي إن القرية سجلت «أضرارا جسيمة في أكثر من مئة منزل».',
    quotes: [['أضرارا جسيمة في أكثر من مئة منزل', 'partial', 'محمد الحمادي']],
  },
  {
    what: 'a ministry with أعلنت … أن المنطقة الشرقية سجلت «…»: a place and its adjective',
    text: 'وأعلنت وزارة الصحة أن المنطقة الشرقية سجلت «أعلى عدد من الإصابات» أمس.',
    quotes: [['أعلى عدد من الإصابات', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a body for subject inside the words (أن المنظمة طلبت «…») keeps the quote',
    text: 'وأفاد المبعوث الأممي أن المنظمة طلبت «ممرا آمنا لإجلاء الجرحى» من الطرفين.',
    quotes: [['ممرا آمنا لإجلاء الجرحى', 'partial', 'المنظمة']],
  },
];

const turnRows: readonly Row[] = [
  {
    what: 'an Iraqi force by its own name after من جانبه، دعا, then في بيان إلى «…»',
    text: [
      'وقال رئيس الوزراء العراقي: «المعركة مستمرة حتى تحرير آخر شبر».',
      'من جانبه، دعا الحشد الشعبي في بيان إلى «عدم الانجرار وراء الشائعات».',
    ].join('\n\n'),
    quotes: [
      ['المعركة مستمرة حتى تحرير آخر شبر', 'direct', 'رئيس الوزراء العراقي'],
      ['عدم الانجرار وراء الشائعات', 'partial', 'الحشد الشعبي'],
    ],
  },
  {
    what: 'a Saudi force after بدوره، طالب, then في بيان بـ«…»',
    text: [
      'وقال وزير الداخلية: «الأمن مستتب في كل المناطق».',
      'بدوره، طالب الحرس الوطني في بيان بـ«تعزيز الرقابة على المنافذ الحدودية».',
    ].join('\n\n'),
    quotes: [
      ['الأمن مستتب في كل المناطق', 'direct', 'وزير الداخلية'],
      ['تعزيز الرقابة على المنافذ الحدودية', 'partial', 'الحرس الوطني'],
    ],
  },
  {
    what: 'an international academy by its own name after بدوره، طالب, then في بيان بـ«…»',
    text: [
      'وقال المفتي: «نسأل الله التوفيق للجميع».',
      'بدوره، طالب مجمع الفقه الإسلامي الدولي في بيان بـ«توحيد مواعيد الصيام في البلدان الإسلامية».',
    ].join('\n\n'),
    quotes: [
      ['نسأل الله التوفيق للجميع', 'direct', 'المفتي'],
      ['توحيد مواعيد الصيام في البلدان الإسلامية', 'partial', 'مجمع الفقه الإسلامي الدولي'],
    ],
  },
  {
    what: 'guard: after من جانبه، a masculine verb and a head in ة: the object, the speaker goes on',
    text: [
      'وقال النائب المستقل فيصل الشمري: «لن نصوت على المشروع».',
      'من جانبه، انتقد الخطة الحكومية في بيان، معتبرا أنها «تحمل المواطن أعباء جديدة».',
    ].join('\n\n'),
    quotes: [
      ['لن نصوت على المشروع', 'direct', 'فيصل الشمري'],
      ['تحمل المواطن أعباء جديدة', 'partial', 'فيصل الشمري'],
    ],
  },
];

const peoplesRows: readonly Row[] = [
  {
    what: 'a writers’ union named with العرب mourns the novelist (نعى … الراحل), then ، وقال في بيان إن',
    text: [
      'غيب الموت الروائي المصري جمال الغيطاني عن عمر ناهز 70 عاما.',
      'ونعى اتحاد الكتاب العرب الراحل، وقال في بيان إن «الرواية العربية خسرت أحد أعمدتها».',
    ].join('\n\n'),
    quotes: [['الرواية العربية خسرت أحد أعمدتها', 'partial', 'اتحاد الكتاب العرب']],
  },
  {
    what: 'a lawyers’ union named with الأكراد mourns (نعت … الفقيد), then ، وقالت في بيان إن',
    text: [
      'توفي المحامي الحقوقي خالد حسين في أربيل صباح الأحد.',
      'ونعت نقابة المحامين الأكراد الفقيد، وقالت في بيان إن «القضاء خسر أحد أنزه رجاله».',
    ].join('\n\n'),
    quotes: [['القضاء خسر أحد أنزه رجاله', 'partial', 'نقابة المحامين الأكراد']],
  },
  {
    what: 'a journalists’ union named with العرب, then its object الزميل الراحل',
    text: [
      'رحل الصحفي الفلسطيني سليم النفار بعد صراع مع المرض.',
      'ونعى اتحاد الصحفيين العرب الزميل الراحل، وقال في بيان إن «الصحافة فقدت قلما شجاعا».',
    ].join('\n\n'),
    quotes: [['الصحافة فقدت قلما شجاعا', 'partial', 'اتحاد الصحفيين العرب']],
  },
  {
    what: 'guard: الكتاب العرب as the object after a ministry’s definite genitive stays out of its name',
    text: [
      'افتتح معرض الكتاب في الرياض أمس.',
      'وكرمت وزارة الثقافة الكتاب العرب المشاركين، وقالت في بيان إن «المعرض يحتفي بالإبداع العربي».',
    ].join('\n\n'),
    quotes: [['المعرض يحتفي بالإبداع العربي', 'partial', 'وزارة الثقافة']],
  },
];

describe('kind rules 5: an outlet after an apposition opened by وهو/وهي is a mention', () => {
  runRows(appositionRows);
});

describe('kind rules 5: an outlet before the subject of a cue is a mention', () => {
  runRows(subjectAfterOutletRows);
});

describe('kind rules 5: a participle after a broken plural, then a field, is a body’s name', () => {
  runRows(participleRows);
});

describe('kind rules 5: a field after ل read past the subject, closed by the text, is the name’s', () => {
  runRows(fieldRows);
});

describe('kind rules 5: after إن, a quote that holds its clause’s verb is words said, not a name', () => {
  runRows(wholeClauseRows);
});

describe('kind rules 5: a place alone for subject inside someone’s words says nothing', () => {
  runRows(placeSubjectRows);
});

describe('kind rules 5: after a turn marker, the phrase after a verb that takes an object is its subject', () => {
  runRows(turnRows);
});

describe('kind rules 5: a people’s broken plural after a body’s plural genitive is the name’s', () => {
  runRows(peoplesRows);
});

/**
 * A body known by its short quoted name right after the verb (وقالت «رويترز» إن, وأفادت «واس» بأن,
 * ونقلت «رويترز» عن …): the verb's subject, the name itself a mention. Not a nickname that is a title
 * (وأضاف «الجنرال»), whose bearer the text named before.
 */
const quotedSubjectRows: readonly Row[] = [
  {
    what: 'an agency by its quoted name, then إن',
    text: 'وقالت «رويترز» إن المحادثات «وصلت إلى طريق مسدود».',
    quotes: [
      ['رويترز', 'mention', null],
      ['وصلت إلى طريق مسدود', 'partial', 'رويترز'],
    ],
  },
  {
    what: 'a national agency by its quoted short name, then بأن',
    text: 'وأفادت «واس» بأن مجلس الوزراء «وافق على تنظيم الهيئة الجديدة».',
    quotes: [
      ['واس', 'mention', null],
      ['وافق على تنظيم الهيئة الجديدة', 'partial', 'واس'],
    ],
  },
  {
    what: 'an agency by its quoted name, then عن and the one it quotes',
    text: 'ونقلت «الأناضول» عن مسؤول في وزارة الطاقة قوله إن الإنتاج «سيرتفع الشهر المقبل».',
    quotes: [
      ['الأناضول', 'mention', null],
      ['سيرتفع الشهر المقبل', 'partial', 'وزارة الطاقة'],
    ],
  },
  {
    what: 'a paper’s editorial (في افتتاحيتها) is its own words, no place in its name',
    text: 'وقالت صحيفة «الوطن» في افتتاحيتها إن القرار «جاء متأخرا عامين».',
    quotes: [
      ['الوطن', 'mention', null],
      ['جاء متأخرا عامين', 'partial', 'صحيفة الوطن'],
    ],
  },
  {
    what: 'guard: a coach’s nickname that is a rank, after وأضاف, stays the coach',
    text: [
      'وقال مدرب الفريق، سامي الحربي، الذي يلقبه المشجعون بـ«العقيد»، إن الفريق «سيعود أقوى».',
      'وأضاف «العقيد» في المؤتمر الصحفي: «نحتاج إلى الهدوء».',
    ].join('\n\n'),
    quotes: [
      ['العقيد', 'mention', null],
      ['سيعود أقوى', 'partial', 'سامي الحربي'],
      ['العقيد', 'mention', null],
      ['نحتاج إلى الهدوء', 'direct', 'سامي الحربي'],
    ],
  },
];

describe('kind rules 5: a body by its quoted name as the verb’s subject', () => {
  runRows(quotedSubjectRows);
});
