/**
 * A grid of bodies' names read whole: a body is credited by the fullest name the article gives, and desks
 * name bodies by long names whose last words the engine cut: an adjective agreeing with the last genitive
 * (محكمة التحكيم الرياضي, حزب الشعب الدنماركي, جمعية حماية البيئة البحرية), two adjectives (منظمة تيما
 * البيئية التركية), a field after ل after a plain name (متحف جينتشو للحفريات), a field joined by و to a
 * second one (للعلوم والتقنية, والحماية من الحرائق, للإغاثة والأعمال الإنسانية), a genitive joined by و
 * (لشؤون المسجد الحرام والمسجد النبوي, تجارة وصناعة ريزه), a field's own chain of genitives (لمشغلي أنظمة نقل
 * الكهرباء), a participle agreeing with the genitive, not the head (الحيوانات العربية المهددة بالانقراض),
 * and a local body's city after في (المجلس البلدي في جدة, المرجعية الدينية في النجف). Each body is named in
 * every position desks put it: the subject of a cue before في بيان and إن, a colon, a time word and أن, the
 * verb's complement then a cue joined by و, an aside between commas; after بحسب and وفق; in a lede and then
 * by its head alone; after a carrier's عن. Whatever the position, a reader credits the quote to the body by
 * its whole name, so each row's expectation follows from the frames.
 *
 * Guards: near shapes the engine read right before this grid and must go on reading right (a definite
 * object after the name, a describing participle or adjective of stance, a place that is where a body
 * spoke, whom it spoke to, a club's origin, a branch's region, a country after a university).
 *
 * The frames, fillers and expectations were written before the engine ran on them. Failing rows: 79 of
 * the first 191 before this grid's change (every guard passing), 4 after it (the gap predicates below);
 * then 48 more rows (moreRows), 23 of them failing on the engine before this grid, none after; the
 * rows of quoted names among the guards were added last (the lede's failing before, none after). In
 * all, 243 rows: 103 failing on the engine before this grid, 4 after (marked gaps), every guard passing
 * throughout. A state's mission and its city after في (السفارة التركية في مقديشو, probe 74) is left as
 * the suite's guards read it (body rules 2 and 5, bodyname14, mend12b: where it spoke). Then 40 rows of
 * other verbs and outlets' habits (habitRows): 26 failing before, 1 after (a gap).
 *
 * An adjective of origin after a body's own name (a party's genitive, a quoted name and its kind) is
 * left out, as the corpus's README (no nationality), body rules 12 and probe 7 read it: probes 58 and
 * 106 want it in (منظمة تيما البيئية التركية, حزب الشعب الدنماركي) and stay gaps; a ministry's country
 * (وزارة الخارجية الأمريكية) is its name.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Body {
  /** The whole name, as a reader credits it. */
  name: string;
  /** The head alone with the article, as the article calls the body back. */
  head: string;
  gender: Gender;
  shape: string;
}

const bodies: Body[] = [
  { name: 'محكمة التحكيم الرياضي', head: 'المحكمة', gender: 'f', shape: 'an adjective of the genitive' },
  {
    name: 'مركز الأبحاث الزراعية',
    head: 'المركز',
    gender: 'm',
    shape: 'an adjective of a plural genitive, not the head',
  },
  { name: 'منظمة تيما البيئية الأهلية', head: 'المنظمة', gender: 'f', shape: 'a plain name, two adjectives' },
  { name: 'متحف جينتشو للحفريات', head: 'المتحف', gender: 'm', shape: 'a plain name, a field after لل' },
  {
    name: 'مدينة الملك عبدالعزيز للعلوم والتقنية',
    head: 'المدينة',
    gender: 'f',
    shape: 'a man’s name, two fields joined by و',
  },
  {
    name: 'الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي',
    head: 'الرئاسة',
    gender: 'f',
    shape: 'a field with two genitives joined by و',
  },
  {
    name: 'إدارة كاليفورنيا للغابات والحماية من الحرائق',
    head: 'الإدارة',
    gender: 'f',
    shape: 'a second field with its complement',
  },
  {
    name: 'مركز إكثار الحيوانات العربية المهددة بالانقراض',
    head: 'المركز',
    gender: 'm',
    shape: 'a participle of the genitive',
  },
  {
    name: 'الشبكة الأوروبية لمشغلي أنظمة نقل الكهرباء',
    head: 'الشبكة',
    gender: 'f',
    shape: 'a field’s chain of genitives',
  },
  {
    name: 'غرفة تجارة وصناعة ريزه',
    head: 'الغرفة',
    gender: 'f',
    shape: 'two nouns in construct joined by و',
  },
  { name: 'هيئة قناة السويس', head: 'الهيئة', gender: 'f', shape: 'a construct chain of three' },
  {
    name: 'جمعية حماية البيئة البحرية',
    head: 'الجمعية',
    gender: 'f',
    shape: 'a chain, an adjective of its last genitive',
  },
  { name: 'المجلس البلدي في جدة', head: 'المجلس', gender: 'm', shape: 'a local council’s city after في' },
  { name: 'المرجعية الدينية في النجف', head: 'المرجعية', gender: 'f', shape: 'a local body’s city after في' },
  {
    name: 'مركز الملك سلمان للإغاثة والأعمال الإنسانية',
    head: 'المركز',
    gender: 'm',
    shape: 'a second field and its adjective',
  },
  { name: 'منظمة العمل الدولية', head: 'المنظمة', gender: 'f', shape: 'a genitive and an adjective of rank' },
];

/** A cue in both genders, and the complementiser it takes. */
interface Cue {
  m: string;
  f: string;
  that: string;
}
const cues: Cue[] = [
  { m: 'وقال', f: 'وقالت', that: 'إن' },
  { m: 'وأكد', f: 'وأكدت', that: 'أن' },
  { m: 'وأوضح', f: 'وأوضحت', that: 'أن' },
  { m: 'وذكر', f: 'وذكرت', that: 'أن' },
];

/** What was said: the subject of the clause outside the marks, the fragment inside them. */
const sayings: Array<[string, string]> = [
  ['الأعمال', 'ستبدأ مطلع الشهر المقبل'],
  ['الخطة', 'تسير وفق الجدول المحدد'],
  ['النتائج', 'جاءت أفضل من المتوقع'],
  ['الوضع', 'لا يدعو إلى القلق'],
  ['الاستعدادات', 'اكتملت في وقت قياسي'],
];

type Said = Row['quotes'][number];
/** A frame: the paragraphs it writes, and the quotes a reader finds in them, in order. */
type Frame = (b: Body, c: Cue, s: [string, string]) => { text: string[]; quotes: Said[] };

const g = (b: Body, m: string, f: string) => gendered(b.gender, m, f);

const frames: Array<[string, Frame]> = [
  [
    'the subject of a cue, في بيان, then إن or أن',
    (b, c, [subj, q]) => ({
      text: [`${g(b, c.m, c.f)} ${b.name} في بيان ${c.that} ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of a cue, a colon',
    (b, c, [subj, q]) => ({
      text: [`${g(b, c.m, c.f)} ${b.name}: «${subj} ${q}».`],
      quotes: [[`${subj} ${q}`, 'direct', b.name]],
    }),
  ],
  [
    'the subject of a cue, a time word, then أن',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'وأكد', 'وأكدت')} ${b.name} أمس أن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of a verb with ب, then a cue joined by و',
    (b, c, [subj, q]) => ({
      text: [`${g(b, 'ورحب', 'ورحبت')} ${b.name} بالقرار، ${g(b, c.m, c.f)} ${c.that} ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of a verb and its definite object, then a cue joined by و',
    (b, c, [subj, q]) => ({
      text: [`${g(b, 'وانتقد', 'وانتقدت')} ${b.name} الحكومة، ${g(b, c.m, c.f)} ${c.that} ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of a cue, an aside between commas, إن',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'وقال', 'وقالت')} ${b.name}، في بيان صدر اليوم، إن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the quote, then بحسب and the body',
    (b, _c, [subj, q]) => ({
      text: [`«${subj} ${q}»، بحسب ${b.name}.`],
      quotes: [[`${subj} ${q}`, 'direct', b.name]],
    }),
  ],
  [
    'ووفق and the body, a comma, then فإن',
    (b, _c, [subj, q]) => ({
      text: [`ووفق ${b.name}، فإن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'a lede with عن, then the head alone',
    (b, c, [subj, q]) => ({
      text: [
        `${g(b, 'كشف', 'كشفت')} ${b.name} عن خطة جديدة ${g(b, 'لتطوير خدماته', 'لتطوير خدماتها')}.`,
        `${g(b, c.m, c.f)} ${b.head} في بيان ${c.that} ${subj} «${q}».`,
      ],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'a lede with a time word and an object, then the head alone',
    (b, _c, [subj, q]) => ({
      text: [
        `${g(b, 'أطلق', 'أطلقت')} ${b.name} أمس برنامجاً جديداً للتوعية.`,
        `${g(b, 'وأوضح', 'وأوضحت')} ${b.head} أن ${subj} «${q}».`,
      ],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'a carrier’s عن',
    (b, _c, [subj, q]) => ({
      text: [`ونقلت وكالة «الأناضول» عن ${b.name} أن ${subj} «${q}».`],
      quotes: [
        ['الأناضول', 'mention', null],
        [q, 'partial', b.name],
      ],
    }),
  ],
];

const background = 'شهدت المنطقة خلال الأسابيع الماضية نقاشاً واسعاً حول المشروع.';

/** The frames that name the body in a lede and call it back by its head alone in the next paragraph. */
const calledBack = (frameWhat: string) => frameWhat.startsWith('a lede');

const gridRows: Row[] = crossed({ body: bodies, frame: frames }, { cue: cues, saying: sayings }).map(
  ({ body, frame: [frameWhat, frame], cue, saying }) => {
    const { text, quotes } = frame(body, cue, saying);
    return {
      what: `${frameWhat} (${body.shape}: ${body.name}; ${cue.m})`,
      text: [background, ...text].join('\n\n'),
      quotes,
      // engine gap: المتحف alone is no body's head (متحف is one only in construct, so that مرشدة المتحف،
      // فلانة، stays a description of the woman named): the museum called back by it gets «المتحف».
      ...(body.head === 'المتحف' && calledBack(frameWhat) ? { gaps: ['attribution'] as const } : {}),
    };
  },
);

/**
 * Wider: more bodies (a field governing عن after a plain name, a plain name with its origin and field, a
 * genitive with العامة and a field, a town after ب, a man's name and an adjective of kind, a genitive of
 * persons with their nisba) in more of the shapes desks file: من جهتها and an aside, a day after the name,
 * a verb with ب then a circumstantial participle, a lede whose verb takes a verbal noun, whom the words
 * were told after لـ«…», and a warning with من أن.
 */
const moreBodies: Body[] = [
  {
    name: 'وكالة الرئاسة العامة لشؤون المسجد النبوي',
    head: 'الوكالة',
    gender: 'f',
    shape: 'a genitive, العامة and a field',
  },
  {
    name: 'الإدارة العامة لشؤون الحج والزيارة بالمدينة المنورة',
    head: 'الإدارة',
    gender: 'f',
    shape: 'a field and its town after ب',
  },
  {
    name: 'جمعية بيتا للدفاع عن حقوق الحيوان',
    head: 'الجمعية',
    gender: 'f',
    shape: 'a plain name and a field governing عن',
  },
  { name: 'مؤسسة الملك خالد الخيرية', head: 'المؤسسة', gender: 'f', shape: 'a man’s name and an adjective' },
  {
    name: 'اتحاد منتجي الألبان الفرنسيين',
    head: 'الاتحاد',
    gender: 'm',
    shape: 'a genitive of persons and their nisba',
  },
  { name: 'غرفة تجارة وصناعة دبي', head: 'الغرفة', gender: 'f', shape: 'two nouns joined by و and a city' },
  {
    name: 'مركز إكثار الحيوانات العربية المهددة بالانقراض',
    head: 'المركز',
    gender: 'm',
    shape: 'a participle of the genitive',
  },
  {
    name: 'إدارة كاليفورنيا للغابات والحماية من الحرائق',
    head: 'الإدارة',
    gender: 'f',
    shape: 'a second field with its complement',
  },
];

const moreFrames: Array<[string, Frame]> = [
  [
    'من جهتها and the subject of a cue, an aside, then أن',
    (b, _c, [subj, q]) => ({
      text: [
        `${g(b, 'من جهته', 'من جهتها')}، ${g(b, 'أكد', 'أكدت')} ${b.name}، في بيان صحفي، أن ${subj} «${q}».`,
      ],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of a cue, a day, then إن',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'وقال', 'وقالت')} ${b.name} يوم الأحد إن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of a verb with ب, then a circumstantial participle',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'ونوه', 'ونوهت')} ${b.name} بالقرار، ${g(b, 'معتبراً', 'معتبرة')} أن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'a lede whose verb takes a verbal noun, then the head alone',
    (b, c, [subj, q]) => ({
      text: [
        `${g(b, 'بدأ', 'بدأت')} ${b.name} تطبيق تنظيم جديد للعمل خلال الموسم.`,
        `${g(b, c.m, c.f)} ${b.head} ${c.that} ${subj} «${q}».`,
      ],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of a cue, whom it told after لـ«…», then أن',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'وأوضح', 'وأوضحت')} ${b.name} في تصريح لـ«الوطن» أن ${subj} «${q}».`],
      quotes: [
        ['الوطن', 'mention', null],
        [q, 'partial', b.name],
      ],
    }),
  ],
  [
    'a warning with من أن',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'وحذر', 'وحذرت')} ${b.name} من أن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
];

const moreRows: Row[] = crossed({ body: moreBodies, frame: moreFrames }, { cue: cues, saying: sayings }).map(
  ({ body, frame: [frameWhat, frame], cue, saying }) => {
    const { text, quotes } = frame(body, cue, saying);
    return {
      what: `${frameWhat} (${body.shape}: ${body.name}; ${cue.m})`,
      text: [background, ...text].join('\n\n'),
      quotes,
    };
  },
);

/**
 * Other verbs and outlets' habits, for the long names of the first grid: إلى أن and على أن after the
 * name, a statement posted on the body's site, a relative clause between commas, and a quote credited
 * after it to a statement issued by the body (وفق بيان صادر عن …).
 */
const habitBodies: Body[] = bodies.filter((b) =>
  [
    'مدينة الملك عبدالعزيز للعلوم والتقنية',
    'الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي',
    'إدارة كاليفورنيا للغابات والحماية من الحرائق',
    'مركز إكثار الحيوانات العربية المهددة بالانقراض',
    'الشبكة الأوروبية لمشغلي أنظمة نقل الكهرباء',
    'غرفة تجارة وصناعة ريزه',
    'المجلس البلدي في جدة',
    'المرجعية الدينية في النجف',
  ].includes(b.name),
);

const habitFrames: Array<[string, Frame]> = [
  [
    'the subject of أشار, then إلى أن',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'وأشار', 'وأشارت')} ${b.name} إلى أن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the subject of شدد, then على أن',
    (b, _c, [subj, q]) => ({
      text: [`${g(b, 'وشدد', 'وشددت')} ${b.name} على أن ${subj} «${q}».`],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'a statement posted on the body’s site, then إن',
    (b, _c, [subj, q]) => ({
      text: [
        `${g(b, 'وقال', 'وقالت')} ${b.name} في بيان ${g(b, 'نشره على موقعه', 'نشرته على موقعها')} الإلكتروني إن ${subj} «${q}».`,
      ],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'a relative clause between commas, then أن',
    (b, _c, [subj, q]) => ({
      text: [
        `${g(b, 'وأوضح', 'وأوضحت')} ${b.name}، ${g(b, 'الذي يتابع', 'التي تتابع')} الملف منذ سنوات، أن ${subj} «${q}».`,
      ],
      quotes: [[q, 'partial', b.name]],
    }),
  ],
  [
    'the quote, then وفق بيان صادر عن the body',
    (b, _c, [subj, q]) => ({
      text: [`«${subj} ${q}»، وفق بيان صادر عن ${b.name}.`],
      quotes: [[`${subj} ${q}`, 'direct', b.name]],
    }),
  ],
];

const habitRows: Row[] = crossed(
  { body: habitBodies, frame: habitFrames },
  { cue: cues, saying: sayings },
).map(({ body, frame: [frameWhat, frame], cue, saying }) => {
  const { text, quotes } = frame(body, cue, saying);
  return {
    what: `${frameWhat} (${body.shape}: ${body.name})`,
    text: [background, ...text].join('\n\n'),
    quotes,
    // engine gap: a relative clause between commas after a body named for a man (مدينة الملك عبدالعزيز
    // …، التي …،, as جامعة الملك سعود، التي …،) tells of the man: the quote goes to «عبدالعزيز».
    ...(body.name.includes('الملك') && frameWhat.startsWith('a relative clause')
      ? { gaps: ['attribution'] as const }
      : {}),
  };
});

/**
 * Guards and the other way round: the name read no further than it goes. A definite noun after the name
 * is the verb's object; a participle that governs a preposition and an adjective of stance describe the
 * body; a place after في where a ministry spoke, whom a body told its words after ل, a club's country, a
 * branch's region and a university's country are no part of the name.
 */
const guardRows: Row[] = [
  {
    what: 'guard: the verb’s definite object after a name with its adjective',
    text: 'وأدانت منظمة العفو الدولية السلطات لاعتقالها الصحفيين، وقالت إن الاعتقالات «غير مبررة».',
    quotes: [['غير مبررة', 'partial', 'منظمة العفو الدولية']],
  },
  {
    what: 'guard: the verb’s definite object after a chain and its adjective',
    text: 'وحملت جمعية حماية البيئة البحرية الشركة مسؤولية التسرب، وقالت إن الأضرار «لا يمكن إصلاحها».',
    quotes: [['لا يمكن إصلاحها', 'partial', 'جمعية حماية البيئة البحرية']],
  },
  {
    what: 'guard: a participle that governs عن describes the body',
    text: 'وقالت منظمة غرينبيس المدافعة عن البيئة إن المشروع «يهدد الغابات».',
    quotes: [['يهدد الغابات', 'partial', 'منظمة غرينبيس']],
  },
  {
    what: 'guard: an adjective of stance after the name’s adjective describes it',
    text: 'وقالت جبهة الخلاص الوطني المعارضة إن الانتخابات «لم تكن نزيهة».',
    quotes: [['لم تكن نزيهة', 'partial', 'جبهة الخلاص الوطني']],
  },
  {
    what: 'a ministry of a country and the city it spoke in',
    text: 'وقالت وزارة الخارجية الأمريكية في واشنطن إن المحادثات «تسير في الاتجاه الصحيح».',
    quotes: [['تسير في الاتجاه الصحيح', 'partial', 'وزارة الخارجية الأمريكية']],
    // engine gap: the subject's reading runs on through في واشنطن, which the body's name as bodyNameEnd
    // reads leaves out, and stands (a body's seat after في is kept elsewhere: لجنة الطاقة في مجلس النواب,
    // الملحقية الثقافية السعودية في واشنطن): the quote goes to «وزارة الخارجية الأمريكية في واشنطن».
    gaps: ['attribution'],
  },
  {
    what: 'guard: whom the words were told after ل',
    text: 'وقالت وزارة الصحة للصحفيين إن الإصابات «في تراجع مستمر».',
    quotes: [['في تراجع مستمر', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a club’s country after its plain name',
    text: 'وأعلن نادي إشبيلية الإسباني أن الفريق «جاهز للنهائي».',
    quotes: [['جاهز للنهائي', 'partial', 'نادي إشبيلية']],
  },
  {
    what: 'guard: the verb’s ل after دعا, then a cue joined by و',
    text: 'ودعت منظمة الصحة العالمية لوقف القتال، وقالت إن المستشفيات «على وشك الانهيار».',
    quotes: [['على وشك الانهيار', 'partial', 'منظمة الصحة العالمية']],
  },
  {
    what: 'guard: a state’s mission with no city, then في and the occasion',
    text: 'وقالت السفارة الأمريكية في بيان إن الرحلات «ستستأنف الأسبوع المقبل».',
    quotes: [['ستستأنف الأسبوع المقبل', 'partial', 'السفارة الأمريكية']],
  },
  {
    what: 'guard: a report’s adjective after في is no word of the name',
    text: 'وقالت هيئة الإحصاء في تقريرها السنوي إن البطالة «تراجعت بشكل ملحوظ».',
    quotes: [['تراجعت بشكل ملحوظ', 'partial', 'هيئة الإحصاء']],
  },
  {
    what: 'guard: a council in construct and the city it met in',
    text: 'وقال مجلس الوزراء في الرياض إن القرار «يدخل حيز التنفيذ فوراً».',
    quotes: [['يدخل حيز التنفيذ فوراً', 'partial', 'مجلس الوزراء']],
  },
  {
    what: 'the verb’s definite object after a field with two genitives joined by و',
    text: 'وحمّلت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي الزوار مسؤولية النظافة، وقالت إن المساجد «أمانة في أعناق الجميع».',
    quotes: [['أمانة في أعناق الجميع', 'partial', 'الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي']],
  },
  {
    what: 'guard: a body’s name, then the time and a preposition before the quote',
    text: 'وحذرت جمعية حماية المستهلك أمس من «الإعلانات المضللة».',
    quotes: [['الإعلانات المضللة', 'partial', 'جمعية حماية المستهلك']],
  },
  {
    what: 'guard: an adjective of origin right after a body’s quoted name describes it',
    text: 'وقالت منظمة «السلام الآن» الإسرائيلية إن البناء في المستوطنات «مستمر بوتيرة غير مسبوقة».',
    quotes: [
      ['السلام الآن', 'mention', null],
      ['مستمر بوتيرة غير مسبوقة', 'partial', 'منظمة السلام الآن'],
    ],
  },
  {
    what: 'guard: a quoted name, an adjective of its kind (its name’s) and one of origin (no part of it)',
    text: 'وقالت جمعية «الأمل» الخيرية الأردنية في بيان إن المساعدات «وصلت إلى مستحقيها».',
    quotes: [
      ['الأمل', 'mention', null],
      ['وصلت إلى مستحقيها', 'partial', 'جمعية الأمل الخيرية'],
    ],
  },
  {
    what: 'a quoted name, its kind and origin in a lede, then the head alone: the name with its kind',
    text: [
      'أطلقت منظمة «تيما» البيئية التركية حملة لزراعة مليون شجرة في شمال إسطنبول.',
      'وقالت المنظمة في بيان إن الحملة «تعوض جزءاً من الغابات المقطوعة».',
    ].join('\n\n'),
    quotes: [
      ['تيما', 'mention', null],
      ['تعوض جزءاً من الغابات المقطوعة', 'partial', 'منظمة تيما البيئية'],
    ],
  },
  {
    what: 'an adjective of stance right after the party’s genitive describes it',
    text: 'وانتقد حزب المؤتمر المعارض الحكومة، معتبراً أنها «لم تتعلم شيئاً».',
    quotes: [['لم تتعلم شيئاً', 'partial', 'حزب المؤتمر']],
  },
  {
    what: 'a university’s country after في is where it is, no word of its name',
    text: 'وقالت جامعة برمنغهام في بريطانيا إن الورقتين «من أقدم النصوص المكتوبة».',
    quotes: [['من أقدم النصوص المكتوبة', 'partial', 'جامعة برمنغهام']],
    // engine gap: a head and a plain name is no body's name bodyNameEnd reads (no field after it), so the
    // subject's reading, run on through في بريطانيا, stands: the quote goes to «جامعة برمنغهام في بريطانيا».
    gaps: ['attribution'],
  },
  {
    what: 'a branch’s region names the branch: the body called back whole is the body',
    text: [
      'وأوضح مدير فرع الهيئة العامة للسياحة والتراث الوطني بمنطقة نجران فهد بن سالم الدوسري أن النقوش «تعود إلى ألفي عام».',
      'وكانت الهيئة العامة للسياحة والتراث الوطني قد أعلنت في بيان أنها «تستكمل متطلبات ترشيح الموقع».',
    ].join('\n\n'),
    quotes: [
      ['تعود إلى ألفي عام', 'partial', 'فهد بن سالم الدوسري'],
      ['تستكمل متطلبات ترشيح الموقع', 'partial', 'الهيئة العامة للسياحة والتراث الوطني'],
    ],
  },
];

describe('grid: a body’s name read whole, in every position', () => runGrid(gridRows));
describe('grid: more bodies in more shapes', () => runGrid(moreRows));
describe('grid: other verbs and outlets’ habits', () => runGrid(habitRows));
describe('grid: a body’s name read no further than it goes', () => runGrid(guardRows));
