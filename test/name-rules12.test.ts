/**
 * Where a person's or a body's name ends (run-ons and cuts). A reader takes the whole name as the
 * speaker, no more and no less:
 * - a verbal noun the verb took (أعلن … إرسال, تمديد, استئناف, تشديد …) ends a whole name after it, and a
 *   body's name after its head and genitive; a given name and a second word before it are then the
 *   verb's subject, not its object, and speak for a coordinated ، وقال;
 * - an imperfect verb with its object after a whole name (كانت فلانة الفلانية تحمل …) ends the name;
 * - a coordinated verb after a comma in the article's first sentence (…، ووصفت المحاكمة بأنها) goes on
 *   with its clause's subject: the definite noun after it is its object, not a new speaker;
 * - a number after a whole name (his age, a shirt number) is none of it;
 * - المكلف/المكلفة (in charge of: المكلف بالإعلام) is a title, so the name after its comma speaks;
 * - a foreign given name written with a hamza on its alef (ألفريدو, ألبرتو) as a name's second word is no
 *   definite surname: the plain word after it is the name's third, not the verb's object.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a body named for its work, هيئة تحرير …; the article before فعّال after عبد; given
 * names shaped like verbal nouns, انتصار, تيسير; a definite surname before a plain word).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const verbalNounRows: readonly Row[] = [
  {
    what: 'وأعلن وزير … فلان فلاني تمديد …، وقال: the verbal noun is the object, not the name’s third word',
    text: 'وأعلن وزير النقل الألماني ألكسندر دوبريندت تمديد العمل بالرقابة على الحدود، وقال للصحفيين: «الوضع يتطلب ذلك».',
    quotes: [['الوضع يتطلب ذلك', 'direct', 'ألكسندر دوبريندت']],
  },
  {
    what: 'ورفض مجلس إدارة نادي … تأجيل …: the body’s name ends before the verbal noun it took',
    text: 'ورفض مجلس إدارة نادي الاتحاد تأجيل الجمعية العمومية، وقال في بيان إن الموعد «نهائي».',
    quotes: [['نهائي', 'partial', 'مجلس إدارة نادي الاتحاد']],
  },
  {
    what: 'وأعلن فلان فلاني تشديد الرقابة، وقال إن: a given name and a surname with no title, then a derived verbal noun and its object',
    text: 'وأعلن ماتيو رينزي تشديد الرقابة على السواحل، وقال إن إيطاليا «لا تستطيع مواجهة الأزمة وحدها».',
    quotes: [['لا تستطيع مواجهة الأزمة وحدها', 'partial', 'ماتيو رينزي']],
  },
  {
    what: 'وانتقدت رابطة … تأخير تسليم الكتب: a derived verbal noun with its hamza folded, in construct, ends the body’s name',
    text: 'وانتقدت رابطة أولياء الأمور تأخير تسليم الكتب، وقالت إن الطلاب «ينتظرون منذ أسبوعين».',
    quotes: [['ينتظرون منذ أسبوعين', 'partial', 'رابطة أولياء الأمور']],
  },
  {
    what: 'وأعلن الاتحاد الآسيوي لكرة القدم تأجيل القرعة: the body keeps its field after ل before the verbal noun it took',
    text: 'وأعلن الاتحاد الآسيوي لكرة القدم تأجيل القرعة، وقال في بيان إن الموعد الجديد «سيعلن لاحقا».',
    quotes: [['سيعلن لاحقا', 'partial', 'الاتحاد الآسيوي لكرة القدم']],
  },
  {
    what: 'وأعلن رئيس نادي … الأمير فلان بن فلان تقديم استقالته: تقديم ends the name, not its third word',
    text: 'وأعلن رئيس نادي الهلال الأمير عبدالرحمن بن مساعد تقديم استقالته، وقال: «حان وقت الرحيل».',
    quotes: [['حان وقت الرحيل', 'direct', 'عبدالرحمن بن مساعد']],
  },
];

const coordinatedRows: readonly Row[] = [
  {
    what: 'أدانت المنظمة …، ووصفت المحاكمة بأنها «…» in the article’s first sentence: the body goes on, the trial is the object',
    text: 'أدانت منظمة العفو الدولية الحكم على المدون، ووصفت المحاكمة بأنها «صورية».',
    quotes: [['صورية', 'partial', 'منظمة العفو الدولية']],
  },
  {
    what: 'guard: انتقد الاتحاد القرار، ووصف رئيسه فلان القانون: a title and a name after the coordinated verb speak',
    text: 'انتقد الاتحاد القرار، ووصف رئيسه خالد المعمر القانون بأنه "ظالم".',
    quotes: [['ظالم', 'partial', 'خالد المعمر']],
  },
  {
    what: 'guard: انتقدت الحكومة التقرير، ووصفته بأنه: the pronoun object, the government goes on',
    text: 'انتقدت الحكومة التقرير، ووصفته بأنه "منحاز".',
    quotes: [['منحاز', 'partial', 'الحكومة']],
  },
];

const imperfectRows: readonly Row[] = [
  {
    what: 'كانت الحاجة فلانة فلان تحمل حفيدها، وقالت: the imperfect verb ends her name',
    text: 'وفي ساحة المسجد النبوي، كانت الحاجة فاطمة إبراهيم تحمل حفيدها، وقالت لـ«المدينة»: «جئت بعد انتظار طويل».',
    quotes: [
      ['المدينة', 'mention', null],
      ['جئت بعد انتظار طويل', 'direct', 'فاطمة إبراهيم'],
    ],
  },
];

const numberRows: readonly Row[] = [
  {
    what: 'وقال فلان الفلاني 38 عاما لـ«…» إن: his age ends his name',
    text: 'وقال خالد الزهراني 38 عاما لـ«عكاظ» إن المواقف «ممتلئة دائما».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['ممتلئة دائما', 'partial', 'خالد الزهراني'],
    ],
  },
  {
    what: 'وقال لاعب الوسط فلان فلاني 10 إن: a shirt number after the name is none of it',
    text: 'وقال لاعب الوسط عبدالله عطيف 10 إن الفريق "جاهز".',
    quotes: [['جاهز', 'partial', 'عبدالله عطيف']],
  },
];

const chargedRows: readonly Row[] = [
  {
    what: 'واعتبر المكلف بالتواصل في وزارة …، فلان، في تصريح لـ«…»، أن: المكلف is a title, the name in apposition speaks',
    text: 'واعتبر المكلف بالتواصل في وزارة الفلاحة، رشيد بنعلي، في تصريح لـ«هسبريس»، أن الموسم «استثنائي».',
    quotes: [
      ['هسبريس', 'mention', null],
      ['استثنائي', 'partial', 'رشيد بنعلي'],
    ],
  },
  {
    what: 'guard: الفريق المكلف بالتحقيق inside what a minister said is no speaker',
    text: 'وقال وزير الداخلية إن الفريق المكلف بالتحقيق "لم ينه عمله".',
    quotes: [['لم ينه عمله', 'partial', 'وزير الداخلية']],
  },
];

const hamzaRows: readonly Row[] = [
  {
    what: 'الجنرال خوسيه ألفريدو مارتينيز، …، لوكالة: a second given name with a hamza on its alef is no surname',
    text: 'وقال الجنرال خوسيه ألفريدو مارتينيز، قائد الجيش، لوكالة فرانس برس إن قواته «استعادت السيطرة على الطريق».',
    quotes: [['استعادت السيطرة على الطريق', 'partial', 'خوسيه ألفريدو مارتينيز']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: هيئة تحرير الشام, a body named for its work, the verbal noun right after its head',
    text: 'وقال المتحدث باسم هيئة تحرير الشام أبو خالد الشامي إن مقاتليها «صدوا الهجوم».',
    quotes: [['صدوا الهجوم', 'partial', 'أبو خالد الشامي']],
  },
  {
    what: 'guard: حركة تحرير السودان speaks whole',
    text: 'وقالت حركة تحرير السودان إن الحكومة "لم تلتزم بالاتفاق".',
    quotes: [['لم تلتزم بالاتفاق', 'partial', 'حركة تحرير السودان']],
  },
  {
    what: 'guard: عبد التواب, the article before فعّال, is no verbal noun of افتعال',
    text: 'وقال المحامي رضا عبد التواب إن موكله «بريء».',
    quotes: [['بريء', 'partial', 'رضا عبد التواب']],
  },
  {
    what: 'guard: انتصار, a given name shaped as a verbal noun, in the middle of a name',
    text: 'وقالت سارة انتصار الخالدي لـ«سبق» إن الطالبات «متحمسات».',
    quotes: [
      ['سبق', 'mention', null],
      ['متحمسات', 'partial', 'سارة انتصار الخالدي'],
    ],
  },
  {
    what: 'guard: تيسير, the father’s given name, before a definite family name',
    text: 'وقال ياسر تيسير الأحمد لـ«الرياض» إن المعرض «ناجح».',
    quotes: [
      ['الرياض', 'mention', null],
      ['ناجح', 'partial', 'ياسر تيسير الأحمد'],
    ],
  },
  {
    what: 'guard: يونس and تركي, given names shaped like imperfect verbs, inside a name',
    text: 'وقال الدكتور محمد يونس تركي للصحفيين إن العلاج «متوفر».',
    quotes: [['متوفر', 'partial', 'محمد يونس تركي']],
  },
  {
    what: 'guard: a family name shaped like an imperfect verb before في (عبد المجيد تبون في كلمة)',
    text: 'وقال عبد المجيد تبون في كلمة إن البلاد "تتعافى".',
    quotes: [['تتعافى', 'partial', 'عبد المجيد تبون']],
  },
  {
    what: 'guard: a definite surname written without hamza keeps its name whole before إن',
    text: 'وقال وزير الصحة سامر الحداد إن المستشفيات "جاهزة".',
    quotes: [['جاهزة', 'partial', 'سامر الحداد']],
  },
  {
    what: 'guard: اتحاد الغرف التجارية, a body whose name goes on',
    text: 'وقال اتحاد الغرف التجارية في بيان إن القرار "يضر بالتجار".',
    quotes: [['يضر بالتجار', 'partial', 'اتحاد الغرف التجارية']],
  },
];

describe('name ends: a verbal noun the verb took', () => runRows(verbalNounRows));
describe('name ends: a coordinated ، ووصف goes on with its clause’s subject', () => runRows(coordinatedRows));
describe('name ends: an imperfect verb after a whole name', () => runRows(imperfectRows));
describe('name ends: a number after a whole name', () => runRows(numberRows));
describe('name ends: المكلف بـ… is a title before a name in apposition', () => runRows(chargedRows));
describe('name ends: a second given name with a hamza on its alef', () => runRows(hamzaRows));
describe('name ends: guards', () => runRows(guardRows));
