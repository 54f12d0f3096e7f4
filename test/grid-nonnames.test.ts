/**
 * A grid of words that are not a name read as the speaker, and of names that run on (issue 3, from the
 * misses of the real dev excerpts of wave 18): news-style sentences written here, with invented people.
 *   - going on: a verb of going on or of finishing that the lexicon lacked (واستكملت, وأتم, واستأنف,
 *     واسترسلت), or none has (وأسهب, وأوجزت), right before the colon with its subject dropped or a title for
 *     it: the one who spoke before goes on; the verb is no name;
 *   - Egyptian spelling: فى for في (and الذى, التى, وفى): read as في is, ending the name before it;
 *   - closed-class words opening the phrase a name is read from: عدم (عدم صحة الأنباء, بعدم رضاه), a
 *     complementiser (بأن بلاده), a preposition before a country (ضد إيران, بحق تركيا);
 *   - an object after a country or a body (أشارت الصين أصابع الاتهام إلى …);
 *   - a document's verb and its ب complement (وأقر البيان بوجود …): the body that issued it speaks;
 *   - the addressee of a verb of appeal that is a plural of things (ودعا وسائل الإعلام إلى «…»): no
 *     subject, the speaker goes on;
 *   - نقل meaning transport (مركبة تنقل المخالفين, «…» ناقلا): no relay, the numbers in marks are mentions.
 * GUARDS are near shapes the engine read right before the change and must keep reading right: names that
 * open with و or ف, names ending in ى, a subject with a verb of finishing and its object, a body's seat
 * after ب, relays by نقل with عن, a person's subject before the addressee of دعا.
 *
 * The frames, the fillers and every expectation were written by reading, before the engine ran on them
 * (two rows first written as guards failed on the engine of 73a9469 and were moved into their sections:
 * هدى عيسى فى, and وزارة النقل بيانا مساء الاثنين).
 *
 * Count (rows wrong): on the engine of 73a9469, 100 of the 123 rows (all 40 going-on rows, 10 of 21
 * Egyptian-spelling rows, 24 of 26 closed-class rows, 6 of 8 object rows, all 10 document rows, 4 of 9
 * appeal rows, all 6 transport rows); the 21 guards right. After the first change (the lexicon, the Egyptian
 * spelling, closed-class stops, a country's object) 22 rows; after the second (نقل with no عن carries
 * goods; a plural of things after a masculine verb is its object) 12; after the third (وجود, حدوث, وقوع stop a
 * subject; a document in the accusative, بيانا, is no ب and a place after a body) 2, marked as gaps below
 * (two بأن rows whose plain name runs into the object); the guards right throughout. After the last read
 * the verbs no lexicon row holds (أسهب, أوجز: 8 rows) are gaps again, the general reading taken out. Two object rows added
 * last (the country first named as another's object: سياسة الصين), by reading, wrong on 73a9469 and right
 * after expandNames stopped reading a name back from a country named alone.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Person {
  name: string;
  title: string;
  gender: Gender;
  shape: string;
}

const people: Person[] = [
  { name: 'كريم ناصر', title: 'المدرب', gender: 'm', shape: 'two given names' },
  { name: 'وليد الشمري', title: 'المتحدث باسم الحملة', gender: 'm', shape: 'a given name in و' },
  { name: 'فيصل بن سعود الحربي', title: 'الوزير', gender: 'm', shape: 'a Gulf name with بن' },
  { name: 'هانس ميلر', title: 'المدرب', gender: 'm', shape: 'a foreign name' },
  {
    name: 'سلمى الراشد',
    title: 'المتحدثة باسم الحملة',
    gender: 'f',
    shape: 'a family name with the article',
  },
  { name: 'وفاء منصور', title: 'الوزيرة', gender: 'f', shape: 'a given name in و' },
  { name: 'إيلينا كوالسكي', title: 'المدربة', gender: 'f', shape: 'a foreign name' },
];

const w1 = 'سنواصل العمل حتى آخر يوم من الموسم';
const w2 = 'لن نتراجع عن أهدافنا مهما كانت الظروف';
const part = 'خطوة في الاتجاه الصحيح';

// ---------------------------------------------------------------------------------------------------------
// Going on: the lede names the speaker with a title; a paragraph later a verb of going on or finishing with
// no subject (or the bare title) before the colon.

/** The verb as written with و (masculine, feminine), and whether a bare title stands after it. */
type GoOn = readonly [what: string, m: string, f: string, titled: boolean];
const goOns: GoOn[] = [
  ['استكمل', 'واستكمل', 'واستكملت', false],
  ['أتم', 'وأتم', 'وأتمت', false],
  ['استأنف', 'واستأنف', 'واستأنفت', false],
  ['استرسل', 'واسترسل', 'واسترسلت', false],
  ['أسهب (no lexicon row)', 'وأسهب', 'وأسهبت', false],
  ['أوجز (no lexicon row)', 'وأوجز', 'وأوجزت', false],
  ['أتم with the title', 'وأتم', 'وأتمت', true],
  ['استكمل with the title', 'واستكمل', 'واستكملت', true],
  ['أنهى حديثه', 'وأنهى حديثه', 'وأنهت حديثها', false],
  ['استكمل حديثه', 'واستكمل حديثه', 'واستكملت حديثها', false],
];

type Lede = readonly [what: string, make: (p: Person) => string];
const ledes: Lede[] = [
  [
    'title then name',
    (p) =>
      `${gendered(p.gender, 'قال', 'قالت')} ${p.title} ${p.name} في مؤتمر صحفي إن الفريق جاهز. ${gendered(p.gender, 'وتابع', 'وتابعت')}: «${w1}».`,
  ],
  [
    'name then title',
    (p) =>
      `${gendered(p.gender, 'أكد', 'أكدت')} ${p.name}، ${p.title}، أن الاستعدادات اكتملت. ${gendered(p.gender, 'وأضاف', 'وأضافت')}: «${w1}».`,
  ],
];

const goOnRows: Row[] = crossed({ verb: goOns, lede: ledes, round: [1, 2] }, { person: people }).map(
  ({ person, verb: [what, m, f, titled], lede: [ledeWhat, make], round }) => ({
    what: `going on: ${what} (${person.shape}, ${gendered(person.gender, 'a man', 'a woman')}; ${ledeWhat}; round ${round})`,
    text: `${make(person)}\n\n${gendered(person.gender, m, f)}${titled ? ` ${person.title}` : ''}: «${w2}».`,
    quotes: [
      [w1, 'direct', person.name],
      [w2, 'direct', person.name],
    ],
    // engine gap: a verb the lexicon lacks, alone behind و before a colon, is read as a headline's name: the
    // general reading of such a word as a verb (verbBeforeColon) was taken out after the session's last read,
    // since the same shape is a place, a firm or a foreign name (واشنطن:, فيسبوك:, فاغنر:), far more often.
    ...(what.includes('(no lexicon row)') ? { gaps: ['attribution' as const] } : {}),
  }),
);

// ---------------------------------------------------------------------------------------------------------
// Egyptian spelling: فى, وفى, الذى, التى.

type Egyptian = readonly [what: string, make: (p: Person) => string, kind: 'direct' | 'partial'];
const egyptians: Egyptian[] = [
  [
    'فى after the name, أن',
    (p) => `${gendered(p.gender, 'وأضاف', 'وأضافت')} ${p.name} فى كلمته أمام البرلمان، أن «${part}».`,
    'partial',
  ],
  [
    'فى after the name, a colon',
    (p) => `${gendered(p.gender, 'وقال', 'وقالت')} ${p.name} فى تصريحات للصحفيين: «${w1}».`,
    'direct',
  ],
  [
    'الذى/التى after the name',
    (p) =>
      `${gendered(p.gender, 'وأكد', 'وأكدت')} ${p.name}، ${gendered(p.gender, 'الذى', 'التى')} يرأس الوفد، أن «${part}».`,
    'partial',
  ],
  [
    'وفى opening the sentence',
    (p) => `وفى كلمته أمام الحضور، ${gendered(p.gender, 'قال', 'قالت')} ${p.name} إن القرار «${part}».`,
    'partial',
  ],
  [
    'فى after the title and the name',
    (p) => `${gendered(p.gender, 'وأوضح', 'وأوضحت')} ${p.title} ${p.name} فى بيان صحفي أن «${part}».`,
    'partial',
  ],
];

const egyptianRows: Row[] = crossed({ frame: egyptians, round: [1, 2, 3, 4] }, { person: people }).map(
  ({ frame: [what, make, kind], person, round }) => ({
    what: `Egyptian spelling: ${what} (${person.shape}, ${gendered(person.gender, 'a man', 'a woman')}; round ${round})`,
    text: make(person),
    quotes: [[kind === 'direct' ? w1 : part, kind, person.name]],
  }),
);
egyptianRows.push({
  what: 'Egyptian spelling: a woman’s name ending in ى before فى',
  text: `وقالت هدى عيسى فى تصريحات صحفية: «${w1}».`,
  quotes: [[w1, 'direct', 'هدى عيسى']],
});

// ---------------------------------------------------------------------------------------------------------
// Closed-class words opening the phrase read as a name.

const closedRows: Row[] = [
  ...people.map(
    (p): Row => ({
      what: `عدم after the outlet (${p.shape}, ${gendered(p.gender, 'a man', 'a woman')})`,
      text: `${gendered(p.gender, 'أكد', 'أكدت')} ${p.title} ${p.name} لصحيفة «الأفق»، عدم صحة الأنباء «التي تداولتها بعض المواقع حول تأجيل البطولة».`,
      quotes: [
        ['الأفق', 'mention', null],
        ['التي تداولتها بعض المواقع حول تأجيل البطولة', 'partial', p.name],
      ],
    }),
  ),
  ...people.map(
    (p): Row => ({
      what: `بعدم after the title, then وقال (${p.shape}, ${gendered(p.gender, 'a man', 'a woman')})`,
      text: `${gendered(p.gender, 'قال', 'قالت')} ${p.title} ${p.name} إن الموسم كان صعبا.\n\n${gendered(p.gender, 'واعترف', 'واعترفت')} ${p.title} بعدم ${gendered(p.gender, 'رضاه', 'رضاها')} عن أداء الفريق، ${gendered(p.gender, 'وقال', 'وقالت')}: «${w2}».`,
      quotes: [[w2, 'direct', p.name]],
    }),
  ),
  ...['إيران', 'تركيا', 'روسيا', 'باكستان'].flatMap((country): Row[] => [
    {
      what: `ضد before a country that speaks next (${country})`,
      text: `وأعلن الجيش انتهاء العملية العسكرية ضد ${country} بعد ساعات من بدايتها، فيما أكدت ${country} أنها تصدت «${part}».`,
      quotes: [[part, 'partial', country]],
    },
    {
      what: `بحق before a country that speaks next (${country})`,
      text: `وفرض الاتحاد عقوبات جديدة بحق ${country} الأسبوع الماضي. وقالت ${country} إن العقوبات «${part}».`,
      quotes: [[part, 'partial', country]],
    },
  ]),
  ...people
    .filter((p) => p.gender === 'm')
    .map(
      (p): Row => ({
        what: `بأن after the object, then وقال (${p.shape})`,
        text: `ورفض ${p.title} ${p.name} التلميحات بأن بلاده تتراجع اقتصاديا. وقال الجمعة إنها بحاجة إلى «${part}».`,
        quotes: [[part, 'partial', p.name]],
        // engine gap: a name of two plain words (or a foreign one) runs on into the verb's definite object
        // (ورفض المدرب كريم ناصر التلميحات …): a family name with the article may stand there (السادات).
        ...(p.shape === 'two given names' || p.shape === 'a foreign name'
          ? { gaps: ['attribution' as const] }
          : {}),
      }),
    ),
];

// ---------------------------------------------------------------------------------------------------------
// An object after a country or a body.

const accusers = ['الصين', 'الهند', 'إيران', 'وزارة الخارجية'];
const fingers = ['أصابع الاتهام إلى', 'أصابع الاتهام نحو', 'أصابع اللوم إلى'];
const objectRows: Row[] = crossed({ body: accusers, verb: ['أشارت', 'وجهت'] }, { finger: fingers }).map(
  ({ body, verb, finger }) => ({
    what: `object after the subject: ${verb} ${body} ${finger}`,
    text: `${verb} ${body} ${finger} الدول الغربية، معتبرة أن ما جرى «${part}».`,
    quotes: [[part, 'partial', body]],
  }),
);

objectRows.push(
  ...['الصين', 'الهند'].map(
    (country): Row => ({
      what: `object after the subject, the country first named as another's object (${country})`,
      text: `انتقد وزراء خارجية الدول الصناعية سياسة ${country}\n\nأشارت ${country} أصابع الاتهام إلى الدول الصناعية، معتبرة أن ما جرى «${part}».`,
      quotes: [[part, 'partial', country]],
    }),
  ),
);

// ---------------------------------------------------------------------------------------------------------
// A document's verb with its ب complement: the body that issued it speaks.

const issuers = ['قناة الأفق الإخبارية', 'شركة النخيل للتطوير', 'وزارة النقل'];
const admissions = [
  ['بوجود', 'وأقر البيان بوجود خطأ تمثل في'],
  ['بحدوث', 'واعترف البيان بحدوث تأخير بسبب'],
  ['بوقوع', 'وأقر البيان بوقوع أخطاء في'],
] as const;
const documentRows: Row[] = crossed({ issuer: issuers, admission: admissions }, {}).map(
  ({ issuer, admission: [what, words] }) => ({
    what: `document: ${what} after البيان (${issuer})`,
    text: `وأصدرت ${issuer} بيانا مساء الاثنين حول التقرير.\n\n${words} «${part}».`,
    quotes: [[part, 'partial', issuer]],
  }),
);
documentRows.push({
  what: 'document: a body’s name before its document’s accusative (بيانا), then البيان speaks for it',
  text: `وأصدرت وزارة النقل بيانا مساء الاثنين.\n\nوأكد البيان أن القرار «${part}».`,
  quotes: [[part, 'partial', 'وزارة النقل']],
});

// ---------------------------------------------------------------------------------------------------------
// The addressee of a verb of appeal, a plural of things: no subject.

const addressees = ['وسائل الإعلام', 'المنصات الإخبارية', 'الجهات المعنية'];
const appealRows: Row[] = crossed(
  { person: people.filter((p) => p.gender === 'm'), addressee: addressees },
  { verb: ['ودعا', 'وحث'] },
).map(({ person, addressee, verb }) => ({
  what: `appeal: ${verb} ${addressee} (${person.shape})`,
  text: `قال ${person.title} ${person.name} إن الخبر غير صحيح. ${verb} ${addressee} ${verb === 'ودعا' ? 'إلى' : 'على'} «تحري الدقة».`,
  quotes: [['تحري الدقة', 'partial', person.name]],
}));

// ---------------------------------------------------------------------------------------------------------
// نقل meaning transport: the numbers are mentions.

const numbers: readonly (readonly [string, string])[] = [
  ['120', '45'],
  ['9344', '612'],
  ['31', '7'],
];
const transportRows: Row[] = numbers.flatMap(([n, m]): Row[] => [
  {
    what: `transport: مركبة تنقل, then ناقلا after a number (${n})`,
    text: `وأعادت الدوريات «${n}» مركبة تنقل المخالفين، كما ضبطت «${m}» ناقلا، وعدد «3» مكاتب وهمية.`,
    quotes: [
      [n, 'mention', null],
      [m, 'mention', null],
      ['3', 'mention', null],
    ],
  },
  {
    what: `transport: حافلات تنقل after a number (${n})`,
    text: `وضبطت الفرق الميدانية «${n}» حافلة تنقل العمالة المخالفة، و«${m}» سيارة تنقل البضائع المهربة.`,
    quotes: [
      [n, 'mention', null],
      [m, 'mention', null],
    ],
  },
]);

// ---------------------------------------------------------------------------------------------------------
// Guards.

const guards: Row[] = [
  {
    what: 'guard: a given name in و before the colon, with its family name',
    text: `وأضاف وليد الشمري: «${w1}».`,
    quotes: [[w1, 'direct', 'وليد الشمري']],
  },
  {
    what: 'guard: a given name in و as a headline speaker',
    text: `وفاء منصور: «${w1}»`,
    quotes: [[w1, 'direct', 'وفاء منصور']],
  },
  {
    what: 'guard: a given name in ف as a headline speaker',
    text: `فيصل الحربي: «${w1}»`,
    quotes: [[w1, 'direct', 'فيصل الحربي']],
  },
  {
    what: 'guard: أتم with its object, then a speaker named',
    text: `وأتم الفريق استعداداته للمباراة، وقال المدرب كريم ناصر: «${w1}».`,
    quotes: [[w1, 'direct', 'كريم ناصر']],
  },
  {
    what: 'guard: استكملت with its object, then the body says',
    text: `واستكملت وزارة النقل إجراءات المشروع، وقالت في بيان: «${w1}».`,
    quotes: [[w1, 'direct', 'وزارة النقل']],
  },
  {
    what: 'guard: a name ending in ى',
    text: `وقال مصطفى الفقي في حوار تلفزيوني: «${w1}».`,
    quotes: [[w1, 'direct', 'مصطفى الفقي']],
  },
  {
    what: 'guard: a body’s seat after ب stays in its name',
    text: `وقال مدير فرع الوزارة بجدة كريم ناصر: «${w1}».`,
    quotes: [[w1, 'direct', 'كريم ناصر']],
  },
  {
    what: 'guard: نقل with عن is a relay',
    text: `ونقلت وكالة الأنباء الرسمية عن الوزير فيصل بن سعود الحربي قوله إن القرار «${part}».`,
    quotes: [[part, 'partial', 'فيصل بن سعود الحربي']],
  },
  {
    what: 'guard: ناقلا عن is a relay',
    text: `وكتب الصحفي مقالا مطولا، ناقلا عن الخبيرة سلمى الراشد قولها إن الأزمة «${part}».`,
    quotes: [[part, 'partial', 'سلمى الراشد']],
  },
  {
    what: 'guard: تنقل عن in the present is a relay',
    text: `وتنقل الصحيفة عن المدرب هانس ميلر قوله: «${w1}».`,
    quotes: [[w1, 'direct', 'هانس ميلر']],
  },
  {
    what: 'guard: a person’s subject before the addressee of دعا',
    text: `ودعا الوزير فيصل بن سعود الحربي وسائل الإعلام إلى «تحري الدقة».`,
    quotes: [['تحري الدقة', 'partial', 'فيصل بن سعود الحربي']],
  },
  {
    what: 'guard: the addressee of دعا in the plural of persons',
    text: `قال الوزير فيصل بن سعود الحربي إن الخبر غير صحيح. ودعا المواطنين إلى «تحري الدقة».`,
    quotes: [['تحري الدقة', 'partial', 'فيصل بن سعود الحربي']],
  },
  {
    what: 'guard: a feminine verb before media as its subject',
    text: `وذكرت وسائل إعلام محلية أن الحريق «${part}».`,
    quotes: [[part, 'partial', 'وسائل إعلام محلية']],
  },
  {
    what: 'guard: a country speaks with its feminine verb',
    text: `وقالت إيران في بيان إن الهجوم «${part}».`,
    quotes: [[part, 'partial', 'إيران']],
  },
  {
    what: 'guard: a country as subject with a plain verb before أن',
    text: `وأكدت الصين أن الاتهامات «${part}».`,
    quotes: [[part, 'partial', 'الصين']],
  },
  {
    what: 'guard: a title before a name in ب (بدر)',
    text: `واعترف المدرب بدر الزهراني بصعوبة المباراة، وقال: «${w2}».`,
    quotes: [[w2, 'direct', 'بدر الزهراني']],
  },
  {
    what: 'guard: a verb of going on in the lexicon',
    text: `قالت سلمى الراشد إن الفريق جاهز.\n\nوتابعت: «${w2}».`,
    quotes: [[w2, 'direct', 'سلمى الراشد']],
  },
  {
    what: 'guard: وأكمل before the colon',
    text: `قال كريم ناصر إن الفريق جاهز.\n\nوأكمل: «${w2}».`,
    quotes: [[w2, 'direct', 'كريم ناصر']],
  },
  {
    what: 'guard: a one-word headline speaker that is a known family name',
    text: `قال الوزير فيصل بن سعود الحربي إن القرار نهائي.\n\nالحربي: «${w2}»`,
    quotes: [[w2, 'direct', 'فيصل بن سعود الحربي']],
  },
  {
    what: 'guard: a name in و after a comma before the colon',
    text: `وفي المؤتمر، قال وليد الشمري: «${w2}».`,
    quotes: [[w2, 'direct', 'وليد الشمري']],
  },
  {
    what: 'guard: a relayed quote with نقلت … عن stays the relayed person’s',
    text: `ونقلت صحيفة «الأفق» عن مصدر حكومي قوله إن الاجتماع «${part}».`,
    quotes: [
      ['الأفق', 'mention', null],
      [part, 'partial', 'مصدر حكومي'],
    ],
  },
];

describe('grid: words that are not a name read as the speaker, and names that run on', () => {
  describe('going on', () => runGrid(goOnRows));
  describe('Egyptian spelling', () => runGrid(egyptianRows));
  describe('closed-class words', () => runGrid(closedRows));
  describe('object after the subject', () => runGrid(objectRows));
  describe('document', () => runGrid(documentRows));
  describe('appeal', () => runGrid(appealRows));
  describe('transport', () => runGrid(transportRows));
  describe('guards', () => runGrid(guards));
});
