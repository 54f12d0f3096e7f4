/**
 * A grid of bodies that speak to someone (issue 3): a cue, a body named by its head and its own name
 * (متحف اللوفر, جامعة الملك سعود, مركز إثراء), then ل and whom it told, people in the plural (للزوار,
 * للسياح, للأطفال, للطلاب, للصحفيين, للأهالي, للعائلات), before the clause (إن, أن, a colon), after a time
 * word, or after the city the body is in (في باريس); or the quote first and the cue after it. A reader
 * credits the quote to the body by its name: the people after ل are whom it told, never a field of its
 * name, and the city after في is where it is.
 * Guards: the shapes a body's field after ل was made for, which stay in the name (للعلوم الصحية, للبحوث
 * والدراسات, للتنمية الزراعية, لكرة القدم, للفنون; people a body serves after its adjective: الجمعية
 * السعودية للمتقاعدين, صندوق الأمم المتحدة للسكان), a field and then whom it told, bodies after في with
 * their city, and people told after a person's name or a title.
 *
 * The frames, fillers and expectations were written by reading, before the engine ran on them.
 *
 * Before the change (the engine of 73a9469) 65 of the 90 grid rows failed: the people after ل were read
 * into the name when they are a broken plural or a collective (للسياح, للأطفال, للعائلات), when the head
 * is one a body named for those it serves may have (جامعة, مركز, هيئة) whatever came between, and after a
 * city after في (the subject read the city and whom it told as two words of a place). One guard failed
 * too (المتحف الوطني للفنون, marked). After isHearerAfterLam reads people in a broken plural and the sound
 * plural of فاعل, keeps a serving head's people as its field only after the head's own adjectives or an
 * adjective of its genitive (not after a genitive or an own name that completes the name), and placeAfter
 * reads no place that whom it told follows: 0 of 90 fail; the guards as before.
 * Two guards added after (a centre named for a king and the youth it serves: as the object of a verb that
 * is no cue, and as a cue's subject), written before the change that reads a name whole only after a
 * cue: the first, wrong after the first change, passes since; the second, right on 73a9469, is read as
 * whom it told since the first change (marked: the one guard this family gives up).
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Body {
  name: string;
  gender: Gender;
  city: string;
  shape: string;
}

const bodies: Body[] = [
  { name: 'متحف اللوفر', gender: 'm', city: 'باريس', shape: 'a museum and its own name' },
  { name: 'جامعة الملك سعود', gender: 'f', city: 'الرياض', shape: 'a university named for a king' },
  { name: 'متحف المتروبوليتان', gender: 'm', city: 'نيويورك', shape: 'a museum and a foreign name' },
  { name: 'مركز إثراء', gender: 'm', city: 'الظهران', shape: 'a centre and a plain own name' },
  { name: 'هيئة الهلال الأحمر', gender: 'f', city: 'جدة', shape: 'an authority and a colour' },
  { name: 'شركة أرامكو', gender: 'f', city: 'الظهران', shape: 'a firm and its own name' },
];

const audiences = [
  'للزوار',
  'للسياح',
  'للأطفال',
  'للطلاب',
  'للصحفيين',
  'للمواطنين',
  'للأهالي',
  'للحضور',
  'للمراسلين',
  'للزائرين',
  'للمسافرين',
  'للعائلات',
];

const verbOf = (b: Body, m: string, f: string) => gendered(b.gender, m, f);

const open = 'القاعات مفتوحة أمام الجميع طوال الأسبوع';
const free = 'سيبقى مجانيا';
const welcome = 'نرحب بكم طوال أيام الأسبوع';

/** Where the body stands and whom it told: right after it, after a time word, or after its city. */
type Place = (b: Body, audience: string) => string;
const places: Array<[string, Place]> = [
  ['whom it told right after the body', (b, a) => `${b.name} ${a}`],
  ['whom it told, then a time word', (b, a) => `${b.name} ${a} أمس`],
  ['the body in its city, then whom it told', (b, a) => `${b.name} في ${b.city} ${a}`],
];

type Shape = (b: Body, said: string) => string;
const shapes: Array<[string, Shape, 'direct' | 'partial', string]> = [
  ['قال, إن', (b, s) => `${verbOf(b, 'وقال', 'وقالت')} ${s} إن «${open}».`, 'partial', open],
  [
    'أكد, أن and a noun',
    (b, s) => `${verbOf(b, 'وأكد', 'وأكدت')} ${s} أن الدخول «${free}».`,
    'partial',
    free,
  ],
  ['قال, a colon', (b, s) => `${verbOf(b, 'وقال', 'وقالت')} ${s}: «${welcome}».`, 'direct', welcome],
  ['أوضح, أن', (b, s) => `${verbOf(b, 'وأوضح', 'وأوضحت')} ${s} أن «${open}».`, 'partial', open],
  [
    'the quote first, then قال',
    (b, s) => `«${welcome}»، ${verbOf(b, 'قال', 'قالت')} ${s}.`,
    'direct',
    welcome,
  ],
];

const rows: Row[] = crossed({ shape: shapes, place: places, body: bodies }, { audience: audiences }).map(
  ({ shape: [shapeWhat, shape, kind, quote], place: [placeWhat, place], body, audience }) => ({
    what: `${shapeWhat}; ${placeWhat} (${body.shape}: ${body.name} ${audience})`,
    text: shape(body, place(body, audience)),
    quotes: [[quote, kind, body.name]],
  }),
);

const guards: Row[] = [
  {
    what: 'guard: a field after لل that looks like a plural of people’s trade (الهيئة العامة للسياحة)',
    text: 'وقالت الهيئة العامة للسياحة إن الموسم «واعد جدا».',
    quotes: [['واعد جدا', 'partial', 'الهيئة العامة للسياحة']],
  },
  {
    what: 'guard: a university named for a king, then its field (للعلوم الصحية)',
    text: 'وقالت جامعة الملك سعود للعلوم الصحية إن باب القبول «مفتوح حتى نهاية الشهر».',
    quotes: [['مفتوح حتى نهاية الشهر', 'partial', 'جامعة الملك سعود للعلوم الصحية']],
  },
  {
    what: 'guard: a centre named for a king, then two fields joined (للبحوث والدراسات الإسلامية)',
    text: 'وأكد مركز الملك فيصل للبحوث والدراسات الإسلامية أن المعرض «يضم مخطوطات نادرة».',
    quotes: [['يضم مخطوطات نادرة', 'partial', 'مركز الملك فيصل للبحوث والدراسات الإسلامية']],
  },
  {
    what: 'guard: a firm and its adjective, then a field and its adjective (للتنمية الزراعية)',
    text: 'وقالت الشركة الوطنية للتنمية الزراعية إن المحصول «وفير هذا العام».',
    quotes: [['وفير هذا العام', 'partial', 'الشركة الوطنية للتنمية الزراعية']],
  },
  {
    what: 'guard: a federation and its field in construct (لكرة القدم)',
    text: 'وأوضح الاتحاد المصري لكرة القدم أن المباراة «ستقام بحضور الجماهير».',
    quotes: [['ستقام بحضور الجماهير', 'partial', 'الاتحاد المصري لكرة القدم']],
  },
  {
    what: 'guard: an institute named for a country, then its field (للأبحاث العلمية)',
    text: 'وقال معهد الكويت للأبحاث العلمية إن الدراسة «شملت ألف عينة».',
    quotes: [['شملت ألف عينة', 'partial', 'معهد الكويت للأبحاث العلمية']],
  },
  {
    what: 'guard: a museum and its own plain name, then its field (للحفريات)',
    text: 'وقال متحف جينتشو للحفريات إن الهيكل «يعود إلى عصر الديناصورات».',
    quotes: [['يعود إلى عصر الديناصورات', 'partial', 'متحف جينتشو للحفريات']],
  },
  // engine gap: المتحف with the article is no body's head (HEADS_ONLY_IN_CONSTRUCT, lexicon.ts), so no field
  // goes on its name: the subject ends at its adjective (المتحف الوطني). Wrong before this family too.
  {
    what: 'guard: a museum, its adjective, then a field in a broken plural (للفنون)',
    text: 'وقال المتحف الوطني للفنون إن المعرض «يضم مئة لوحة».',
    quotes: [['يضم مئة لوحة', 'partial', 'المتحف الوطني للفنون']],
    gaps: ['attribution'],
  },
  {
    what: 'guard: an association named for the people it serves (الجمعية السعودية للمتقاعدين)',
    text: 'وقالت الجمعية السعودية للمتقاعدين إن المعاشات «لا تكفي».',
    quotes: [['لا تكفي', 'partial', 'الجمعية السعودية للمتقاعدين']],
  },
  {
    what: 'guard: a UN fund named for the population (صندوق الأمم المتحدة للسكان)',
    text: 'وقال صندوق الأمم المتحدة للسكان إن معدلات الولادة «تراجعت بشكل ملحوظ».',
    quotes: [['تراجعت بشكل ملحوظ', 'partial', 'صندوق الأمم المتحدة للسكان']],
  },
  {
    what: 'guard: an authority named for the youth (الهيئة العامة للشباب)',
    text: 'وأكدت الهيئة العامة للشباب أن البرنامج «يستهدف الجامعيين».',
    quotes: [['يستهدف الجامعيين', 'partial', 'الهيئة العامة للشباب']],
  },
  {
    what: 'guard: a union named for the press (النقابة الوطنية للصحفيين)',
    text: 'وقالت النقابة الوطنية للصحفيين إن ثلاثة مراسلين «اعتقلوا».',
    quotes: [['اعتقلوا', 'partial', 'النقابة الوطنية للصحفيين']],
  },
  {
    what: 'guard: UNICEF, a field that is no plural (للطفولة)',
    text: 'وقالت منظمة الأمم المتحدة للطفولة إن آلاف الأطفال «بحاجة إلى مساعدة».',
    quotes: [['بحاجة إلى مساعدة', 'partial', 'منظمة الأمم المتحدة للطفولة']],
  },
  {
    what: 'guard: a field, then whom it told (للإغاثة للصحفيين)',
    text: 'وقال مركز الملك سلمان للإغاثة للصحفيين إن المساعدات «وصلت إلى مستحقيها».',
    quotes: [['وصلت إلى مستحقيها', 'partial', 'مركز الملك سلمان للإغاثة']],
  },
  {
    what: 'guard: a university named for a king with two fields, then the students it told',
    text: 'وقالت جامعة الملك عبدالله للعلوم والتقنية للطلاب إن المختبرات «جاهزة».',
    quotes: [['جاهزة', 'partial', 'جامعة الملك عبدالله للعلوم والتقنية']],
  },
  {
    what: 'guard: a ministry and the city that says which one (وزارة الصحة في غزة)',
    text: 'وقالت وزارة الصحة في غزة إن الحصيلة «ارتفعت إلى ثلاثين».',
    quotes: [['ارتفعت إلى ثلاثين', 'partial', 'وزارة الصحة في غزة']],
  },
  {
    what: 'guard: a council of a kind every city has, and its city (المجلس البلدي في جدة)',
    text: 'وقال المجلس البلدي في جدة إن المشروع «تأخر كثيرا».',
    quotes: [['تأخر كثيرا', 'partial', 'المجلس البلدي في جدة']],
  },
  {
    what: 'guard: an authority named with its city (هيئة الطرق والمواصلات في دبي)',
    text: 'وقالت هيئة الطرق والمواصلات في دبي إن الخط «سيفتتح قريبا».',
    quotes: [['سيفتتح قريبا', 'partial', 'هيئة الطرق والمواصلات في دبي']],
  },
  {
    what: 'guard: a minister and his name, then the press (للصحفيين)',
    text: 'وقال وزير السياحة أحمد الخطيب للصحفيين إن الموسم «استثنائي».',
    quotes: [['استثنائي', 'partial', 'أحمد الخطيب']],
  },
  {
    what: 'guard: a guide and his name, then the tourists (للسياح) and a colon',
    text: 'وقال المرشد السياحي فهد العتيبي للسياح: «هذا أقدم مبنى في المدينة».',
    quotes: [['هذا أقدم مبنى في المدينة', 'direct', 'فهد العتيبي']],
  },
  {
    what: 'guard: a teacher and her name, then the children (للأطفال)',
    text: 'وقالت المعلمة نورة القحطاني للأطفال إن الرحلة «ستكون ممتعة».',
    quotes: [['ستكون ممتعة', 'partial', 'نورة القحطاني']],
  },
  {
    what: 'guard: a title alone, then the visitors (للزوار)',
    text: 'وقال مدير المتحف للزوار إن القاعة «مغلقة للصيانة».',
    quotes: [['مغلقة للصيانة', 'partial', 'مدير المتحف']],
  },
  {
    what: 'guard: a body named in full as an object, then by its head',
    text: 'وزار الوزير معهد الملك سلمان للأبحاث الطبية أمس. وقال المعهد إن الأجهزة «حديثة».',
    quotes: [['حديثة', 'partial', 'معهد الملك سلمان للأبحاث الطبية']],
  },
  {
    what: 'guard: a centre named for a king and the youth it serves, as the object of a verb that is no cue',
    text: 'افتتح أمير المنطقة مركز الملك سلمان للشباب أمس. وقال المركز إن البرنامج «يستهدف ألف شاب».',
    quotes: [['يستهدف ألف شاب', 'partial', 'مركز الملك سلمان للشباب']],
  },
  // engine gap: after a cue, a head that serves people, in construct with a king's name, then people after
  // لل reads them as whom the body told (جامعة الملك سعود للطلاب), the grid's class: the text says nothing
  // else that tells this centre's field from that university's hearers.
  {
    what: 'guard: a centre named for a king and the youth it serves, as a cue’s subject',
    text: 'وقال مركز الملك سلمان للشباب إن البرنامج «يستهدف ألف شاب».',
    quotes: [['يستهدف ألف شاب', 'partial', 'مركز الملك سلمان للشباب']],
    gaps: ['attribution'],
  },
  {
    what: 'guard: a museum and its own name, then the clause (no one told)',
    text: 'وأكد متحف اللوفر أن المعرض «سيستمر حتى الصيف».',
    quotes: [['سيستمر حتى الصيف', 'partial', 'متحف اللوفر']],
  },
];

/**
 * A source phrase that opens the sentence, its comma, then the source's account with a definite noun and
 * the quote said of it (وبحسب الوزير، الاتفاق «تاريخي» يفتح …): the quote is what the source says of the
 * noun, as in an إنّ clause, whatever the phrase (بحسب, وفق, وفقا ل, حسب) and the predicate's shape; a
 * name after the noun (المسبار «هوب» يدور) stays a name. Written by reading, before the change: all 12
 * rows failed (namesDefiniteNoun stopped at the comma, saw no clause and read the quote as the noun's
 * name), the 2 guards passed; after namesDefiniteNoun reads a comma that closes a source phrase opening
 * the sentence as an إنّ: 0 of 12 fail, the guards hold.
 */
type Source = [string, string];
const sources: Source[] = [
  ['وبحسب الوزير', 'الوزير'],
  ['ووفقا للمتحدثة باسم الشركة', 'المتحدثة باسم الشركة'],
  ['وحسب مصادر مطلعة', 'مصادر مطلعة'],
  ['ووفق المدير العام للهيئة', 'المدير العام للهيئة'],
];
const accounts: Array<[string, string, string]> = [
  ['an adjective, then a verb', 'الاتفاق «تاريخي» يفتح صفحة جديدة', 'تاريخي'],
  ['a participle, then an adverb', 'الوضع «مستقر» تماما', 'مستقر'],
  ['a verb, then a time', 'الأسعار «ترتفع» كل شهر', 'ترتفع'],
];
const sourceRows: Row[] = crossed({ source: sources, account: accounts }, {}).map(
  ({ source: [opening, speaker], account: [what, account, quote] }) => ({
    what: `${opening}، then ${what}`,
    text: `${opening}، ${account}.`,
    quotes: [[quote, 'partial', speaker]],
  }),
);
const sourceGuards: Row[] = [
  {
    what: 'guard: a source phrase, then a probe named in quotes before its verb (المسبار «هوب» يدور)',
    text: 'وبحسب الوكالة، المسبار «هوب» يدور حول المريخ منذ عامين.',
    quotes: [['هوب', 'mention', null]],
  },
  {
    what: 'guard: no source phrase, a place before the comma, then a name in quotes (الكويكب «فيستا»)',
    text: 'وفي الشهر الماضي، زار المسبار الكويكب «فيستا» للمرة الأولى.',
    quotes: [['فيستا', 'mention', null]],
  },
];

describe('grid: a body, then whom it told after ل', () => runGrid(rows));
describe('grid: a source phrase, its comma, then a noun and what is said of it', () => runGrid(sourceRows));
describe('grid: a source phrase and its comma, guards', () => runGrid(sourceGuards));
describe('grid: a body and whom it told, guards', () => runGrid(guards));
