/**
 * Bodies' names and quoted names that are mentions (issue 3). A quoted name after the noun or verb
 * that introduces it is named, not said: a storm after الإعصار or العاصفة (with its adjective between,
 * العاصفة المدارية «…»), a nickname after يلقب بـ, a school subject or a substance after مادة. An
 * inscription after an indefinite noun (لافتات كتب عليها «…») is written by no one, even when the
 * sentence has a subject. A body's field after ل ends on its genitive's own adjective (لإدارة
 * الأزمات الطارئة), and an indefinite word after a name read up to its field is the verb's object. A
 * body's name runs on through its purpose (من أجل, عن) to its own acronym in quotes or brackets. A
 * plain place after في names which body it is (وزارة الصحة في غزة) unless the name says where it is from
 * already; في وقت سابق and في بيان are when and how it spoke.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row
 * keeps the opposite case (the same noun as the subject of a clause whose predicate is quoted, a
 * speaker named with a nickname, a cue with an account after it).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const namedRows: readonly Row[] = [
  {
    what: 'a storm’s name after a governed definite storm noun and its adjective (للعاصفة المدارية «…»)',
    text: 'وأعلنت الأرصاد الجوية رفع درجة التأهب تحسباً للعاصفة المدارية «مكونو» التي تقترب من سواحل ظفار.',
    quotes: [['مكونو', 'mention', null]],
  },
  {
    what: 'a cyclone’s name after الإعصار, with no adjective, in an إن clause after the noun that governs it',
    text: 'وقال الدفاع المدني إنه أجلى 300 أسرة قبل وصول الإعصار «بيبارجوي» إلى ساحل كجرات.',
    quotes: [['بيبارجوي', 'mention', null]],
  },
  {
    what: 'a storm’s name after من العاصفة الاستوائية, the subject of حذر before it',
    text: 'وحذر المركز الوطني للأرصاد من العاصفة الاستوائية «دانيال» التي تضرب السواحل الليبية منذ أمس.',
    quotes: [['دانيال', 'mention', null]],
  },
  {
    what: 'guard: a storm noun as the subject of an إن clause, its predicate quoted',
    text: 'وقالت الأرصاد إن العاصفة الاستوائية «ستضرب الساحل الغربي مساء اليوم».',
    quotes: [['ستضرب الساحل الغربي مساء اليوم', 'partial', 'الأرصاد']],
  },
  {
    what: 'a player’s nickname after الذي يلقب بـ',
    text: 'وسجل المهاجم الذي يلقب بـ«الفهد الأسمر» هدفين في المباراة.',
    quotes: [['الفهد الأسمر', 'mention', null]],
  },
  {
    what: 'a city’s nickname after التي تلقب بـ, in an أن clause',
    text: 'وأكد المحافظ أن المدينة التي تلقب بـ«عروس البحر الأحمر» ستستقبل آلاف الزوار خلال الإجازة.',
    quotes: [['عروس البحر الأحمر', 'mention', null]],
  },
  {
    what: 'a club president’s nickname between commas, then his words after إن',
    text: 'وقال رئيس النادي، الذي يلقب بـ«العميد»، إن الفريق «سيعود أقوى الموسم المقبل».',
    quotes: [
      ['العميد', 'mention', null],
      ['سيعود أقوى الموسم المقبل', 'partial', 'رئيس النادي'],
    ],
  },
  {
    what: 'guard: a nickname not quoted, then the speaker’s colon',
    text: 'وقال المهاجم الذي يلقب بالساحر في تصريح للصحفيين: «سنقاتل حتى آخر دقيقة».',
    quotes: [['سنقاتل حتى آخر دقيقة', 'direct', 'المهاجم']],
  },
  {
    what: 'a school subject’s name after مادة, the object of a call',
    text: 'وطالب أولياء الأمور بإعادة مادة "الخط العربي" إلى جدول المرحلة الابتدائية.',
    quotes: [['الخط العربي', 'mention', null]],
  },
  {
    what: 'a school subject’s name after مادة, then the spokesman’s words',
    text: 'وأعلنت وزارة التعليم إدراج مادة «المهارات الرقمية» في المرحلة المتوسطة، وقال المتحدث باسم الوزارة: «المادة ستدرس ساعتين في الأسبوع».',
    quotes: [
      ['المهارات الرقمية', 'mention', null],
      // the ministry's unnamed spokesman speaks for the ministry the sentence named in full
      ['المادة ستدرس ساعتين في الأسبوع', 'direct', 'وزارة التعليم'],
    ],
  },
  {
    what: 'a drug’s name after مادة, after a body’s verb of announcing',
    text: 'وأعلنت المديرية العامة لمكافحة المخدرات ضبط ثلاثة ملايين قرص من مادة «الإمفيتامين» في منفذ الحديثة.',
    quotes: [['الإمفيتامين', 'mention', null]],
  },
  {
    what: 'guard: المادة as the subject of an أن clause, its predicate quoted',
    text: 'وأكد مدير التعليم أن المادة «ستدرس في كل مدارس المنطقة اعتباراً من العام المقبل».',
    quotes: [['ستدرس في كل مدارس المنطقة اعتباراً من العام المقبل', 'partial', 'مدير التعليم']],
  },
];

const inscriptionRows: readonly Row[] = [
  {
    what: 'banners كتب عليها «…» after ورفعوا, whose subject a cue (طالب) names before',
    text: 'وطالب المعلمون المعتصمون بصرف مستحقاتهم المتأخرة، ورفعوا لافتات كتب عليها «حقوقنا ليست منة من أحد».',
    quotes: [['حقوقنا ليست منة من أحد', 'mention', null]],
  },
  {
    what: 'a banner with its adjective, كتب عليها "…", after انتقد and ورفعوا',
    text: 'وانتقد المحتجون قرار رفع الأسعار، ورفعوا لافتة كبيرة كتب عليها "لا لتجويع الشعب".',
    quotes: [['لا لتجويع الشعب', 'mention', null]],
  },
  {
    what: 'shirts كتب عليها «…» after انتقد and a place between the verb and its object',
    text: 'وانتقد سكان الحي أداء البلدية، ورفعوا أمام مقرها قمصاناً كتب عليها «أين وعودكم؟».',
    quotes: [['أين وعودكم؟', 'mention', null]],
  },
  {
    what: 'guard: كتب with its subject and an account, then a colon',
    text: 'وكتب الوزير على حسابه في تويتر: «سنعيد فتح المدارس الأسبوع المقبل».',
    quotes: [['سنعيد فتح المدارس الأسبوع المقبل', 'direct', 'الوزير']],
  },
];

const fieldRows: readonly Row[] = [
  {
    what: 'a body’s field ends on its genitive’s adjective in فاعلة (لإدارة الأزمات الطارئة) before the verb’s object',
    text: 'وأعلنت الهيئة الوطنية لإدارة الأزمات الطارئة تعليق الدراسة في ثلاث محافظات، وقالت إن الأمطار «ستستمر حتى مساء الخميس».',
    quotes: [['ستستمر حتى مساء الخميس', 'partial', 'الهيئة الوطنية لإدارة الأزمات الطارئة']],
  },
  {
    what: 'a body’s field ends on a participle (لرعاية الأسر المتضررة), then في بيان لها between commas',
    text: 'ورفعت الجمعية الوطنية لرعاية الأسر المتضررة، في بيان لها، مطالبها إلى الحكومة، مشيرة إلى أن المساعدات «لم تصل بعد».',
    quotes: [['لم تصل بعد', 'partial', 'الجمعية الوطنية لرعاية الأسر المتضررة']],
  },
  {
    what: 'a body’s field ends on an adjective in فاعلة (لتحلية المياه المالحة), the verb’s object after it',
    text: 'وأعلنت المؤسسة العامة لتحلية المياه المالحة تشغيل محطة جديدة في الجبيل، وقالت إنها «ستخدم مليون نسمة».',
    quotes: [['ستخدم مليون نسمة', 'partial', 'المؤسسة العامة لتحلية المياه المالحة']],
  },
  {
    what: 'guard: a noun in فاعلة with its own adjective after the field (الحالة القصوى) is the verb’s object',
    text: 'وأعلنت اللجنة الوطنية لإدارة الأزمات الحالة القصوى في المحافظات الساحلية، وقالت إن الفيضانات «غمرت ثلاث قرى».',
    quotes: [['غمرت ثلاث قرى', 'partial', 'اللجنة الوطنية لإدارة الأزمات']],
  },
  {
    what: 'guard: a feminine word in فاعلة after a masculine genitive (لحقوق الإنسان الراحلة) is the verb’s object',
    text: 'ونعت الجمعية العربية لحقوق الإنسان الراحلة، وقالت: «كانت صوتاً شجاعاً للمظلومين».',
    quotes: [['كانت صوتاً شجاعاً للمظلومين', 'direct', 'الجمعية العربية لحقوق الإنسان']],
  },
  {
    what: 'the verb’s object, an indefinite word, after a body named up to its field (لمكافحة التهريب وجود …)',
    text: 'ونفت الهيئة العامة لمكافحة التهريب وجود ثغرات في المنافذ البرية، وقالت إن الرقابة «مشددة على مدار الساعة».',
    quotes: [['مشددة على مدار الساعة', 'partial', 'الهيئة العامة لمكافحة التهريب']],
  },
  {
    what: 'the verb’s object after a council named up to its field (لشؤون الأسرة إطلاق …)',
    text: 'وأعلن المجلس الأعلى لشؤون الأسرة إطلاق برنامج للإرشاد الأسري، وقال إن البرنامج «مجاني لجميع الأسر».',
    quotes: [['مجاني لجميع الأسر', 'partial', 'المجلس الأعلى لشؤون الأسرة']],
  },
  {
    what: 'the verb’s object after a field whose genitive has its adjective (لمكافحة الأوبئة الخطيرة وجود …)',
    text: 'ونفت الهيئة العامة لمكافحة الأوبئة الخطيرة وجود إصابات جديدة، وقالت إن الوضع «مستقر تماماً».',
    quotes: [['مستقر تماماً', 'partial', 'الهيئة العامة لمكافحة الأوبئة الخطيرة']],
  },
  {
    what: 'guard: a place after ب follows the field (للتعليم بمنطقة جازان): it is the body’s, not the verb’s object',
    text: 'وأعلنت الإدارة العامة للتعليم بمنطقة جازان، في بيان، أن الدراسة «ستستأنف صباح الأحد».',
    quotes: [['ستستأنف صباح الأحد', 'partial', 'الإدارة العامة للتعليم بمنطقة جازان']],
  },
];

const acronymRows: readonly Row[] = [
  {
    what: 'a league’s name runs on through للدفاع عن to its short name in « », then إن',
    text: 'وقالت الرابطة التونسية للدفاع عن حقوق الإنسان «الرابطة» إن الإيقافات الأخيرة «غير قانونية».',
    quotes: [
      ['الرابطة', 'mention', null],
      ['غير قانونية', 'partial', 'الرابطة التونسية للدفاع عن حقوق الإنسان'],
    ],
  },
  {
    what: 'a movement’s name runs on through من أجل to its acronym in « », then أنها',
    text: 'وأعلنت الحركة الوطنية من أجل التغيير «حمت» أنها «لن تشارك في الانتخابات المقبلة».',
    quotes: [
      ['حمت', 'mention', null],
      ['لن تشارك في الانتخابات المقبلة', 'partial', 'الحركة الوطنية من أجل التغيير'],
    ],
  },
  {
    what: 'a network’s name runs on through للدفاع عن to its acronym in brackets',
    text: 'وقالت الشبكة العربية للدفاع عن حرية التعبير (أنهري) إن الصحفيين «يتعرضون لضغوط غير مسبوقة».',
    quotes: [['يتعرضون لضغوط غير مسبوقة', 'partial', 'الشبكة العربية للدفاع عن حرية التعبير']],
  },
  {
    what: 'guard: the verb’s object after a body’s field, then a quoted word, is not read into the name',
    text: 'وطالبت الهيئة الوطنية للمحامين الحكومة «فوراً» بسحب مشروع القانون.',
    quotes: [['فوراً', 'partial', 'الهيئة الوطنية للمحامين']],
  },
];

const placeRows: readonly Row[] = [
  {
    what: 'a ministry named with its city after في, then في بيان (وزارة الصحة في غزة في بيان)',
    text: 'وقالت وزارة الصحة في غزة في بيان إن المستشفيات «تعمل بنصف طاقتها».',
    quotes: [['تعمل بنصف طاقتها', 'partial', 'وزارة الصحة في غزة']],
  },
  {
    what: 'a definite court with its adjective and its city after في, then في بيان between commas',
    text: 'وقالت المحكمة الإدارية في برلين، في بيان، إن القرار «يخالف الدستور».',
    quotes: [['يخالف الدستور', 'partial', 'المحكمة الإدارية في برلين']],
  },
  {
    what: 'a court at The Hague named with its city after في, between commas',
    text: 'وقالت المحكمة الجنائية في لاهاي، في بيان، إن المذكرة «ما زالت سارية».',
    quotes: [['ما زالت سارية', 'partial', 'المحكمة الجنائية في لاهاي']],
  },
  {
    what: 'a local police named with its city after في, then إن',
    text: 'وقالت الشرطة المحلية في ميونخ إن المشتبه به «تصرف بمفرده».',
    quotes: [['تصرف بمفرده', 'partial', 'الشرطة المحلية في ميونخ']],
  },
  {
    what: 'a union named with its city after في, then the verb’s complement (بإلغاء) and معتبرة أنه',
    text: 'وطالبت النقابة العامة في صفاقس بإلغاء القرار، معتبرة أنه «يضر بآلاف العمال».',
    quotes: [['يضر بآلاف العمال', 'partial', 'النقابة العامة في صفاقس']],
  },
  {
    what: 'a court named with its city after في, then the verb’s complement in ت…ي (بتعويض)',
    text: 'وقضت المحكمة الابتدائية في سوسة بتعويض المتضررين، معتبرة أن الشركة «أخلت بالتزاماتها».',
    quotes: [['أخلت بالتزاماتها', 'partial', 'المحكمة الابتدائية في سوسة']],
  },
  {
    what: 'guard: في بيان, then the verb’s complement: no place',
    text: 'وطالبت الهيئة في بيان بإلغاء القرار، معتبرة أنه «غير قانوني».',
    quotes: [['غير قانوني', 'partial', 'الهيئة']],
  },
  {
    what: 'guard: a body whose adjective of origin says where it is: the city after في is where it spoke',
    text: 'وقالت السفارة البريطانية في عمان في بيان إن الرعايا «بخير».',
    quotes: [['بخير', 'partial', 'السفارة البريطانية']],
  },
  {
    what: 'guard: a definite body, then في and a noun in construct (في ختام الاجتماع): when it spoke',
    text: 'وقالت اللجنة في ختام الاجتماع إن التوصيات «سترفع إلى المجلس».',
    quotes: [['سترفع إلى المجلس', 'partial', 'اللجنة']],
  },
  {
    what: 'في وقت سابق after an indefinite body’s name is when it spoke, not its place',
    text: 'وقالت وزارة الصحة في وقت سابق إن الإصابات «تراجعت إلى أدنى مستوى منذ عامين».',
    quotes: [['تراجعت إلى أدنى مستوى منذ عامين', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'في وقت لاحق after an authority’s name, with أعلنت … أن',
    text: 'وأعلنت هيئة الطيران المدني في وقت لاحق أن الرحلات «ستستأنف صباح الغد».',
    quotes: [['ستستأنف صباح الغد', 'partial', 'هيئة الطيران المدني']],
  },
  {
    what: 'guard: an indefinite body with its city after في, then إن, keeps it',
    text: 'وقالت نقابة المحامين في بيروت إن التوقيفات «تعسفية».',
    quotes: [['تعسفية', 'partial', 'نقابة المحامين في بيروت']],
  },
];

describe('body rules 2: a body’s place after في', () => {
  runRows(placeRows);
});

describe('body rules 2: a body’s name up to its acronym', () => {
  runRows(acronymRows);
});

describe('body rules 2: a body’s field and where its name ends', () => {
  runRows(fieldRows);
});

describe('body rules 2: quoted names after the noun that names them', () => {
  runRows(namedRows);
});

describe('body rules 2: inscriptions', () => {
  runRows(inscriptionRows);
});

/**
 * A body's field after ل joined by و to a second one (للغذاء والدواء, للأرصاد وحماية البيئة): the
 * second field is the name's, and what follows it may be the verb's object.
 */
const coordinatedFieldRows: readonly Row[] = [
  {
    what: 'a second field with و, a plain noun and its genitive, after a verb that takes an object',
    text: 'وكانت الرئاسة العامة للأرصاد وحماية البيئة قد رجحت أن تتأثر مكة المكرمة بـ«موجة غبار كثيفة».',
    quotes: [['موجة غبار كثيفة', 'partial', 'الرئاسة العامة للأرصاد وحماية البيئة']],
  },
  {
    what: 'a second field with و and the article, then the verb’s object',
    text: 'ونفت الهيئة العامة للغذاء والدواء وجود «شحنات ملوثة» في الأسواق.',
    quotes: [['شحنات ملوثة', 'partial', 'الهيئة العامة للغذاء والدواء']],
  },
  {
    what: 'a council’s two fields, then a document and إن (read so before this rule too: the rule must keep it)',
    text: 'وقال المجلس الأعلى للثقافة والفنون في بيان إن المهرجان «سيقام في موعده».',
    quotes: [['سيقام في موعده', 'partial', 'المجلس الأعلى للثقافة والفنون']],
  },
];

describe('body rules 2: a second field joined by و', () => {
  runRows(coordinatedFieldRows);
});
