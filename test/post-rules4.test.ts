/**
 * Where a post or a body's name ends before its holder's name (issue 3, probes 42–43). A holder's name
 * after a long post starts at an honorific (المهندس, الدكتور) or a given name; the words before it are
 * the post, whatever they run through: a participle's preposition after the head's own adjective
 * (المشرف العام على المهرجان, المسؤول الأول عن الملف), a family's name with بن inside a body's name after
 * the body's head (مجموعة بن لادن, شركة بن داود), or a place's plain words after a governor's title
 * (والي شانلي أورفا، فلان،), whose holder then stands in apposition after the comma even when his given
 * name is also a common word (جلال, كمال). A verb of accusing takes the accused before ب and what he is
 * accused of (واتهم البعثة الأممية بـ«…»): one body there is the object, and the speaker before goes on.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (no name after the post, a real first name before بن, a time after the comma).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const adjectiveRows: readonly Row[] = [
  {
    what: 'a supervisor (المشرف العام على المشروع) then a second post, then المهندس and his name, with لـ«…» أن',
    text: 'وأكد المشرف العام على المشروع مدير إدارة النقل بالمنطقة المهندس خالد بن سعد العتيبي لـ«الرياض» أن القطار «سيبدأ رحلاته التجريبية مطلع الشهر المقبل».',
    quotes: [
      ['الرياض', 'mention', null],
      ['سيبدأ رحلاته التجريبية مطلع الشهر المقبل', 'partial', 'خالد بن سعد العتيبي'],
    ],
  },
  {
    what: 'an international official (المسؤول الأول عن الملف الإنساني في المفوضية) then الدكتور and his name, with إن',
    text: 'وقال المسؤول الأول عن الملف الإنساني في المفوضية الدكتور أحمد حسن الخطيب إن الأوضاع في المخيمات «تزداد سوءا يوما بعد يوم».',
    quotes: [['تزداد سوءا يوما بعد يوم', 'partial', 'أحمد حسن الخطيب']],
  },
  {
    what: 'a UN coordinator (المنسق العام على البرنامج) then a second post in an office, then الدكتور and his name, with بأن',
    text: 'وصرح المنسق العام على البرنامج مدير مكتب الأمم المتحدة في عمان الدكتور فادي سليم حداد بأن البرنامج «سيشمل عشرة آلاف أسرة».',
    quotes: [['سيشمل عشرة آلاف أسرة', 'partial', 'فادي سليم حداد']],
  },
  {
    what: 'guard: على هامش after المشرف العام is when he spoke, and no name follows: the post speaks',
    text: 'وقال المشرف العام على هامش المؤتمر إن الحملة «تمضي كما خطط لها».',
    quotes: [['تمضي كما خطط لها', 'partial', 'المشرف العام']],
  },
  {
    what: 'guard: ورد المدير العام على الصحفي فلان: the journalist is whom he answered, the director speaks',
    text: 'ورد المدير العام على الصحفي محمد العلي قائلا: «لا نعلق على التحقيقات الجارية».',
    quotes: [['لا نعلق على التحقيقات الجارية', 'direct', 'المدير العام']],
  },
];

const familyBodyRows: readonly Row[] = [
  {
    what: 'a sales manager in a company named for a family (شركة بن داود القابضة) then الأستاذ and his name',
    text: 'وقال مدير المبيعات في شركة بن داود القابضة الأستاذ فهد بن ناصر القرني لـ«عكاظ» إن الطلب «ارتفع بنسبة عشرين في المئة خلال رمضان».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['ارتفع بنسبة عشرين في المئة خلال رمضان', 'partial', 'فهد بن ناصر القرني'],
    ],
  },
  {
    what: 'a chief executive of a group after ل (لمجموعة بن لادن السعودية) then المهندس and his name, with أن',
    text: 'وأوضح الرئيس التنفيذي لمجموعة بن لادن السعودية المهندس بكر بن محمد العمري أن المشروع «سيسلم قبل موعده».',
    quotes: [['سيسلم قبل موعده', 'partial', 'بكر بن محمد العمري']],
  },
  {
    what: 'a foundation’s vice-chairman (نائب رئيس مؤسسة بن زايد للأعمال الخيرية) then الدكتور and his name',
    text: 'وقال نائب رئيس مؤسسة بن زايد للأعمال الخيرية الدكتور علي راشد النعيمي إن المؤسسة «ستمول بناء مئة مدرسة في أفريقيا».',
    quotes: [['ستمول بناء مئة مدرسة في أفريقيا', 'partial', 'علي راشد النعيمي']],
  },
  {
    what: 'guard: a first name before بن right after the post’s place (في الشركة سعد بن محمد): the name starts there',
    text: 'وقال مدير المشروع في الشركة سعد بن محمد الدوسري إن العمل «سينتهي قبل نهاية العام».',
    quotes: [['سينتهي قبل نهاية العام', 'partial', 'سعد بن محمد الدوسري']],
  },
];

const governorRows: readonly Row[] = [
  {
    what: 'an Algerian governor (والي ولاية وهران) and his name in apposition (جمال الدين), to local radio with أن',
    text: 'وأكد والي ولاية وهران، جمال الدين بريمي، في تصريح للإذاعة المحلية أن السلطات «سترحل العائلات إلى سكنات جديدة قبل الشتاء».',
    quotes: [['سترحل العائلات إلى سكنات جديدة قبل الشتاء', 'partial', 'جمال الدين بريمي']],
  },
  {
    what: 'a Sudanese state governor (والي ولاية كسلا) and his name in apposition (كمال, also a common word), with إن',
    text: 'وقال والي ولاية كسلا، كمال ادريس، إن السلطات «أغلقت المعابر الحدودية مع إريتريا حتى إشعار آخر».',
    quotes: [['أغلقت المعابر الحدودية مع إريتريا حتى إشعار آخر', 'partial', 'كمال ادريس']],
  },
  {
    what: 'another Sudanese governor (والي ولاية سنار) and a name of two words in apposition (جلال كوكو)',
    text: 'وقال والي ولاية سنار، جلال كوكو، إن المحاصيل في مشروع السوكي «تضررت بشدة من الفيضانات».',
    quotes: [['تضررت بشدة من الفيضانات', 'partial', 'جلال كوكو']],
  },
  {
    what: 'guard: a time between commas after the governor (والي ولاية الخرطوم، أمس،): no name, the post speaks',
    text: 'وقال والي ولاية الخرطوم، أمس، إن الأمطار «لم تخلف أي إصابات».',
    quotes: [['لم تخلف أي إصابات', 'partial', 'والي ولاية الخرطوم']],
  },
  {
    what: 'guard: a time between commas after a Saudi governor (محافظ جدة، أمس،): the post speaks',
    text: 'وقال محافظ جدة، أمس، إن المشروع «سيكتمل العام المقبل».',
    quotes: [['سيكتمل العام المقبل', 'partial', 'محافظ جدة']],
  },
];

const accusedRows: readonly Row[] = [
  {
    what: 'a Tunisian union spokesman with إن, then ، واتهم الحكومة التونسية بـ«…»: the government is the accused',
    text: 'في المقابل، قال المتحدث باسم اتحاد الشغل سامي الطاهري إن الاتحاد «لن يقبل بتجميد الأجور»، واتهم الحكومة التونسية بـ«التنصل من اتفاقاتها السابقة».',
    quotes: [
      ['لن يقبل بتجميد الأجور', 'partial', 'سامي الطاهري'],
      ['التنصل من اتفاقاتها السابقة', 'partial', 'سامي الطاهري'],
    ],
  },
  {
    what: 'a Syrian minister, then a paragraph opening واتهم الحكومة التركية بـ«…»: he goes on, the government is accused',
    text: 'قال وزير الخارجية السوري وليد المعلم إن بلاده «لن تقبل أي شروط مسبقة».\n\nواتهم الحكومة التركية بـ«تسهيل عبور المقاتلين الأجانب إلى سوريا».',
    quotes: [
      ['لن تقبل أي شروط مسبقة', 'partial', 'وليد المعلم'],
      ['تسهيل عبور المقاتلين الأجانب إلى سوريا', 'partial', 'وليد المعلم'],
    ],
  },
  {
    what: 'a ministry in a statement, then ، واتهمت الإدارة الأمريكية بـ«…»: the feminine verb is still the ministry’s',
    text: 'وقالت الخارجية الروسية في بيان إن موسكو «لن تقف مكتوفة الأيدي»، واتهمت الإدارة الأمريكية بـ«تقويض جهود التسوية في المنطقة».',
    quotes: [
      ['لن تقف مكتوفة الأيدي', 'partial', 'الخارجية الروسية'],
      ['تقويض جهود التسوية في المنطقة', 'partial', 'الخارجية الروسية'],
    ],
  },
  {
    what: 'a Shura member (الدكتور) with إن, then واتهم الهيئة بأنها «…»: the authority is the accused',
    text: 'وقال عضو مجلس الشورى الدكتور فهد بن علي العنزي إن المجلس «سيناقش التقرير الأسبوع المقبل»، واتهم الهيئة بأنها «تأخرت في الرد على استفسارات الأعضاء».',
    quotes: [
      ['سيناقش التقرير الأسبوع المقبل', 'partial', 'فهد بن علي العنزي'],
      ['تأخرت في الرد على استفسارات الأعضاء', 'partial', 'فهد بن علي العنزي'],
    ],
  },
  {
    what: 'guard: two bodies after واتهمت (الوزارة الحكومة الإسرائيلية بـ): the first accuses, the floor passes to it',
    text: 'قال الوزير فهد العلي إن الحكومة «لن تتراجع عن قرارها».\n\nواتهمت الوزارة الحكومة الإسرائيلية بـ«خرق الاتفاق الموقع بين الطرفين».',
    quotes: [
      ['لن تتراجع عن قرارها', 'partial', 'فهد العلي'],
      ['خرق الاتفاق الموقع بين الطرفين', 'partial', 'الوزارة'],
    ],
  },
  {
    what: 'guard: a person named after واتهم before the accused body (رئيس الوزراء البريطاني فلان الحكومة الروسية بـ): he accuses',
    text: 'قال الوزير فهد العلي إن الحكومة «لن تتراجع عن قرارها».\n\nواتهم رئيس الوزراء البريطاني ديفيد كاميرون الحكومة الروسية بـ«تأجيج الصراع في أوكرانيا».',
    quotes: [
      ['لن تتراجع عن قرارها', 'partial', 'فهد العلي'],
      ['تأجيج الصراع في أوكرانيا', 'partial', 'ديفيد كاميرون'],
    ],
  },
];

describe('post rules 4: a participle’s preposition after the head’s adjective is the post’s, to the holder’s honorific', () => {
  runRows(adjectiveRows);
});

describe('post rules 4: بن after a body’s head is the body’s name, the post runs through it', () => {
  runRows(familyBodyRows);
});

describe('post rules 4: a governor’s place runs to the comma, the holder in apposition after it', () => {
  runRows(governorRows);
});

describe('post rules 4: a verb of accusing has the accused before ب, its subject carried on', () => {
  runRows(accusedRows);
});
