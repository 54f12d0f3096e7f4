/**
 * Misreadings confirmed by a read of the twelfth session's change (mend12b):
 * - a verb that issues a warning (أصدر، أطلق) takes the quote for the warning's words only right after
 *   the noun's preposition (من، إلى، بـ، بشأن), those it is for (لرعاياها) allowed before it, and not a
 *   lone word without the article (a name: تحذيرا من «طالبان»);
 * - an unnamed source's body after في needs a body's head (ORGANISATION_SET): a definite noun and its
 *   adjective (المحادثات النووية الجارية، الحقول النفطية) leave the source described, not credited;
 * - المتخصص/المختص (PARTICIPLE_TITLES) right after a body's name and its adjective are the body's
 *   adjective when a verb's object is cut off after the name (المحكمة الجزائية المتخصصة);
 * - a worker's or a student's definite head (PLACED_SOURCE_HEADS) calls back the unnamed one only bare or
 *   with his description again: other adjectives describe another (الطالب الكويتي المبتعث);
 * - a description by head and nationality (الضابط الفنزويلي) calls back the one person named with that
 *   nationality only when his title's head is its own or a post it stands for (DESCRIBED_POSTS);
 * - a writer named after his head, or a team with no outlet after it (MEETING_TEAMS), who meets someone is
 *   no reporter: he goes on speaking (التقى الكاتب فلان بالروائي فلان، وقال);
 * - a ruling (الحكم) read back into the sentence before is issued only by a court's subject: a lawyer, a
 *   mufti or a governor who rejects, upholds or orders it issues none (DOCUMENT_VERBS' ruling row);
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const warningRows: readonly Row[] = [
  {
    what: 'a lone word without the article right after من is a name warned of, not the body’s words',
    text: 'وأطلقت قيادة حرس الحدود أمس تحذيرا من «طالبان» في المناطق الجبلية.\nوأصدرت الشرطة تحذيرا من «بوكو» في ولاية بورنو.',
    quotes: [
      ['طالبان', 'mention', null],
      ['بوكو', 'mention', null],
    ],
  },
  {
    what: 'a naming noun between the preposition and the quote: the quote names a gang, a mention',
    text: 'وأصدرت شرطة منطقة الرياض تحذيرات من عصابة «الذئاب» التي تسرق السيارات من أمام المنازل.',
    quotes: [['الذئاب', 'mention', null]],
  },
  {
    what: 'words between the preposition and the quote: the quote is a place on the way, a mention',
    text: 'وأصدرت وزارة الخارجية البريطانية تحذيرا لمواطنيها من السفر إلى «المحافظات الشمالية» في مالي.',
    quotes: [['المحافظات الشمالية', 'mention', null]],
  },
  {
    what: 'no preposition after the noun: an appeal to relieve a quoted group is no quote of the appeal',
    text: 'وأطلقت هيئة الهلال الأحمر نداءات لنجدة «عائلات الحدود» المحاصرة منذ أسبوع.',
    quotes: [['عائلات الحدود', 'mention', null]],
  },
  {
    what: 'guard: the quote right after من is what the warning says',
    text: 'وأصدرت الرئاسة العامة للأرصاد وحماية البيئة تنبيها من «رياح نشطة مثيرة للأتربة» على المنطقة الشرقية.',
    quotes: [['رياح نشطة مثيرة للأتربة', 'partial', 'الرئاسة العامة للأرصاد وحماية البيئة']],
  },
  {
    what: 'guard: those the warning is for, ل on a noun, may stand before its preposition',
    text: 'وأصدرت السفارة الكندية في أنقرة تحذيرا لرعاياها من «هجمات إرهابية محتملة» في المدن الكبرى.',
    quotes: [['هجمات إرهابية محتملة', 'partial', 'السفارة الكندية']],
  },
];

const memberRows: readonly Row[] = [
  {
    what: 'a definite noun and its adjective after في are no body unless the noun heads one: talks under way',
    text: 'وقال مصدر مطلع في المحادثات النووية الجارية إن «الجولة الأخيرة كانت صعبة».',
    quotes: [['الجولة الأخيرة كانت صعبة', 'partial', 'مصدر مطلع في المحادثات النووية الجارية']],
  },
  {
    what: 'a definite noun and its adjectives after في: a criminal investigation is no body',
    text: 'وقال مصدر في التحقيقات الجنائية الجارية إن «المتهمين اعترفوا بالتهم المنسوبة إليهم».',
    quotes: [['المتهمين اعترفوا بالتهم المنسوبة إليهم', 'partial', 'مصدر في التحقيقات الجنائية الجارية']],
  },
  {
    what: 'a definite noun and its adjectives after في: oil fields are no body',
    text: 'وقال مصدر في الحقول النفطية الشمالية إن «الضخ استؤنف صباح اليوم».',
    quotes: [['الضخ استؤنف صباح اليوم', 'partial', 'مصدر في الحقول النفطية الشمالية']],
  },
  {
    what: 'guard: a body’s head and its adjective after في still make the body the speaker',
    text: 'وقال مسؤول في الخارجية الأمريكية إن «واشنطن تدرس الطلب».\nوقال مصدر في الاتحاد السعودي لكرة القدم إن «المدرب باق حتى نهاية الموسم».',
    quotes: [
      ['واشنطن تدرس الطلب', 'partial', 'الخارجية الأمريكية'],
      ['المدرب باق حتى نهاية الموسم', 'partial', 'الاتحاد السعودي لكرة القدم'],
    ],
  },
];

const participleRows: readonly Row[] = [
  {
    what: 'المختصة right after a court and its adjective is the court’s adjective, before the verb’s object',
    text: 'وقضت المحكمة الإدارية المختصة بإلغاء قرار الفصل، وقالت في حيثيات حكمها إن «الموظف لم يمنح حق الدفاع».',
    quotes: [['الموظف لم يمنح حق الدفاع', 'partial', 'المحكمة الإدارية المختصة']],
  },
  {
    what: 'المتخصصة right after a court and its adjective, an object after it: the court’s full name speaks',
    text: 'وأدانت المحكمة الجزائية المتخصصة خلية من خمسة متهمين، وأوضحت في حكمها أن «المتهمين تلقوا تدريبات في الخارج».',
    quotes: [['المتهمين تلقوا تدريبات في الخارج', 'partial', 'المحكمة الجزائية المتخصصة']],
  },
  {
    what: 'المختصة after a committee and its adjective, a definite object after it',
    text: 'وأوقفت اللجنة الطبية المختصة الترخيص، وقالت إن «العيادة خالفت الاشتراطات».',
    quotes: [['العيادة خالفت الاشتراطات', 'partial', 'اللجنة الطبية المختصة']],
  },
  {
    what: 'guard: the specialist’s title opening the subject still goes before her honorific and name',
    text: 'وقالت المختصة في التغذية العلاجية الدكتورة ريم الشهري إن «الصيام يحتاج إلى غذاء متوازن».',
    quotes: [['الصيام يحتاج إلى غذاء متوازن', 'partial', 'ريم الشهري']],
  },
];

const placedSourceRows: readonly Row[] = [
  {
    what: 'a student with other adjectives is another student, not the one known by his college',
    text: 'وقال طالب في كلية الهندسة بجامعة الملك سعود إن «المعامل تحتاج إلى تحديث». وفي شأن آخر، قال الطالب الكويتي المبتعث إن «الإجراءات أصبحت أسهل».',
    quotes: [
      ['المعامل تحتاج إلى تحديث', 'partial', 'طالب في كلية الهندسة بجامعة الملك سعود'],
      ['الإجراءات أصبحت أسهل', 'partial', 'الطالب الكويتي المبتعث'],
    ],
  },
  {
    what: 'a worker with a nationality and a relative clause is another worker, not the one known by his factory',
    text: 'وقال عامل في مصنع الإسمنت إن «الرواتب تتأخر شهرين». من جهته، قال العامل البنغالي الذي نقل إلى المستشفى: «سقطت من السقالة».',
    quotes: [
      ['الرواتب تتأخر شهرين', 'partial', 'عامل في مصنع الإسمنت'],
      ['سقطت من السقالة', 'direct', 'العامل البنغالي'],
    ],
  },
  {
    what: 'guard: the bare definite head calls the worker back',
    text: 'وقال عامل في محطة الوقود إن «الزحام بدأ منذ الفجر». وأضاف العامل أن «الكميات تكفي حتى المساء».',
    quotes: [
      ['الزحام بدأ منذ الفجر', 'partial', 'عامل في محطة الوقود'],
      ['الكميات تكفي حتى المساء', 'partial', 'عامل في محطة الوقود'],
    ],
  },
  {
    what: 'guard: the definite head with the same description calls the student back',
    text: 'وقالت طالبة في كلية التربية إن «القاعات مكتظة». وقالت الطالبة في كلية التربية إن «الإدارة وعدت بالحل».',
    quotes: [
      ['القاعات مكتظة', 'partial', 'طالبة في كلية التربية'],
      ['الإدارة وعدت بالحل', 'partial', 'طالبة في كلية التربية'],
    ],
  },
];

const describedRows: readonly Row[] = [
  {
    what: 'a journalist of the ambassador’s nationality is another trade, not the ambassador named before',
    text: 'وقال السفير الألماني لدى السعودية كلاوس شميت إن «الشراكة تتوسع». وقال الصحفي الألماني الذي رافق الوفد إن «الزيارة كانت مثمرة».',
    quotes: [
      ['الشراكة تتوسع', 'partial', 'كلاوس شميت'],
      ['الزيارة كانت مثمرة', 'partial', 'الصحفي الألماني'],
    ],
  },
  {
    what: 'a doctor of the minister’s nationality is no minister',
    text: 'وقال الوزير التونسي فتحي الجلاصي إن «الحكومة ماضية في الإصلاح». من جهته، قال الطبيب التونسي إن «المستشفيات تعاني نقصا حادا».',
    quotes: [
      ['الحكومة ماضية في الإصلاح', 'partial', 'فتحي الجلاصي'],
      ['المستشفيات تعاني نقصا حادا', 'partial', 'الطبيب التونسي'],
    ],
  },
  {
    what: 'guard: an officer of the brigadier’s nationality is the brigadier',
    text: 'وقال العميد اللبناني جورج حداد إن «الحدود مؤمنة». وأكد الضابط اللبناني أن «الدوريات مستمرة».',
    quotes: [
      ['الحدود مؤمنة', 'partial', 'جورج حداد'],
      ['الدوريات مستمرة', 'partial', 'جورج حداد'],
    ],
  },
  {
    what: 'guard: a diplomat of the ambassador’s nationality is the ambassador',
    text: 'وقال السفير الياباني في الرياض كينجي تاناكا إن «التعاون يتطور». وأضاف الدبلوماسي الياباني أن «الاستثمارات ستتضاعف».',
    quotes: [
      ['التعاون يتطور', 'partial', 'كينجي تاناكا'],
      ['الاستثمارات ستتضاعف', 'partial', 'كينجي تاناكا'],
    ],
  },
];

const meetingRows: readonly Row[] = [
  {
    what: 'a named writer who meets a novelist goes on speaking',
    text: 'والتقى الكاتب عبدالله الشهري بالروائي ماجد الحربي على هامش معرض الرياض الدولي للكتاب، وقال إن «الجيل الجديد يقرأ أكثر مما نظن».',
    quotes: [['الجيل الجديد يقرأ أكثر مما نظن', 'partial', 'عبدالله الشهري']],
  },
  {
    what: 'a named woman writer who meets a principal goes on speaking',
    text: 'والتقت الكاتبة منيرة الدوسري بالمديرة سارة العنزي، وقالت إن «المدارس الأهلية تحتاج إلى رقابة».',
    quotes: [['المدارس الأهلية تحتاج إلى رقابة', 'partial', 'منيرة الدوسري']],
  },
  {
    what: 'a team that is no paper’s (inspectors) meets an official and goes on speaking',
    text: 'والتقى فريق التفتيش الدولي بمدير المنشأة حسن رضائي، وقال في تقريره إن «التعاون كان كاملا».',
    quotes: [['التعاون كان كاملا', 'partial', 'فريق التفتيش الدولي']],
  },
  {
    what: 'guard: an unnamed reporter of a quoted paper meets a citizen, who speaks',
    text: 'والتقى مراسل «سبق» بالمواطن سعد الحربي في موقع الحادث، وقال إن «السيارة انقلبت ثلاث مرات».',
    quotes: [
      ['سبق', 'mention', null],
      ['السيارة انقلبت ثلاث مرات', 'partial', 'سعد الحربي'],
    ],
  },
  {
    what: 'guard: a paper’s team, its quoted name after it, meets a pilgrim, who speaks',
    text: 'والتقى فريق «عكاظ» بالحاجة فاطمة البلوشي عند باب الملك عبدالعزيز، وقالت إن «الخدمات هذا العام ممتازة».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الخدمات هذا العام ممتازة', 'partial', 'فاطمة البلوشي'],
    ],
  },
];

const rulingRows: readonly Row[] = [
  {
    what: 'a lawyer who rejects a ruling issues none: the ruling’s words in the next sentence have no speaker',
    text: 'ورفض محامي الشركة الحكم جملة وتفصيلا. وجاء في نص الحكم أن «العقد باطل لمخالفته النظام».',
    quotes: [['العقد باطل لمخالفته النظام', 'partial', null]],
  },
  {
    what: 'a mufti who upholds a ruling issues none',
    text: 'وأيد المفتي العام الحكم. وجاء في الحكم أن «العقوبة رادعة».',
    quotes: [['العقوبة رادعة', 'partial', null]],
  },
  {
    what: 'a governor who orders a ruling carried out issues none',
    text: 'وأمر أمير المنطقة بتنفيذ الحكم فورا. وجاء في الحكم أن «المخالفة ثابتة بالأدلة».',
    quotes: [['المخالفة ثابتة بالأدلة', 'partial', null]],
  },
  {
    what: 'guard: a court that rules in the sentence before speaks through its ruling',
    text: 'وقضت المحكمة الجزائية بسجن المتهم خمس سنوات. وجاء في نص الحكم أن «الأدلة قاطعة».',
    quotes: [['الأدلة قاطعة', 'partial', 'المحكمة الجزائية']],
  },
];

describe('mend12b: a warning quotes its words only right after its preposition', () => runRows(warningRows));
describe('mend12b: an unnamed member’s body is headed by a body’s noun', () => runRows(memberRows));
describe('mend12b: a participle title after a body and its adjective is the body’s', () =>
  runRows(participleRows));
describe('mend12b: a worker or a student is called back bare or by his description', () =>
  runRows(placedSourceRows));
describe('mend12b: a description by post and nationality calls back only a holder of that post', () =>
  runRows(describedRows));
describe('mend12b: only an unnamed reporter or an outlet meets for a paper', () => runRows(meetingRows));
describe('mend12b: a ruling is issued only by a court', () => runRows(rulingRows));
