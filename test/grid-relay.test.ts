/**
 * A grid of relayed words and a body's voice. Agencies, papers, channels and sites carry the words of
 * others: نقلت X عن Y قوله إن «…»; قال Y لـX: «…»; ووفق ما نقلته X عن Y، فإن «…»; ذكرت X أن Y قال: «…»;
 * أفادت X نقلا عن Y بأن «…»; Y، في تصريحات نقلتها X، إن «…»; the words first, then نقلت X عن Y; a relative
 * clause or an aside after the carrier before its عن. Whatever the frame, a reader credits the words to
 * the one relayed (Y), never to the carrier X: a person by the fullest name the text gives (whatever the
 * title before it or the apposition, relative clause or rank around it), a body by its full name, and an
 * unnamed spokesman, source or official of a NAMED body to the body (corpus README). The relaying paragraph
 * comes with nothing before it, after a body that spoke, or after a person who spoke: neither is the
 * source. Carriers' quoted names are mentions. A second table: a firm by its quoted name as the subject of
 * a statement (وأعلنت «…» في بيان أن … «…»): the firm speaks.
 *
 * GUARDS: the carrier's own voice (وقالت الوكالة إن …, an agency's own report with ذكرت/أفادت and no
 * source, عن a topic, not a source), an unnamed source of no named body (credited by the title the text
 * gives it), and a relay whose source is a plain named person.
 *
 * The frames, fillers and expectations were written before the engine ran on them (the guards on the
 * spokesman of an office, a source in a place and a carrier's relative clause, and the tables of more
 * relay shapes, of another country's ministry and of students named after أنّ, were added as the work
 * went on, also before the engine ran on them). Before the change (bd0f42e): 266 of 600 rows failed, the
 * 19 guards passing; after: 41, the rows of the `engine gap` predicates (Cannes's كان, منى after أن, a
 * foreign name after a student's description, an official then في حديث), the guards still passing.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row, Said } from './support/rows.js';

/** Who carries the words: the name after a verb, after لـ, and its gender (for the verb and الذي/التي). */
interface Carrier {
  name: string;
  to: string;
  gender: Gender;
}
const carriers: Carrier[] = [
  { name: 'وكالة الأنباء السعودية «واس»', to: 'لوكالة الأنباء السعودية «واس»', gender: 'f' },
  { name: 'وكالة سبأ', to: 'لوكالة سبأ', gender: 'f' },
  { name: 'وكالة الصحافة الفرنسية', to: 'لوكالة الصحافة الفرنسية', gender: 'f' },
  { name: 'صحيفة «الشرق الأوسط»', to: 'لصحيفة «الشرق الأوسط»', gender: 'f' },
  { name: 'قناة «العربية»', to: 'لقناة «العربية»', gender: 'f' },
  { name: 'موقع «إيلاف»', to: 'لموقع «إيلاف»', gender: 'm' },
];

/**
 * Whose words: as written as a subject or after عن (`name`), after أن (`acc`: an indefinite head takes its
 * accusative alif), the speaker a reader names, the gender the verbs and قوله/قولها agree with, and whether
 * it is a body (its words come in a statement, بيان, not تصريحات).
 */
interface Source {
  name: string;
  acc: string;
  speaker: string;
  gender: Gender;
  body: boolean;
  shape: string;
}
const person = (name: string, speaker: string, gender: Gender, shape: string): Source => ({
  name,
  acc: name,
  speaker,
  gender,
  body: false,
  shape,
});
const sources: Source[] = [
  person(
    'وزير الصحة الدكتور خالد بن سعد العتيبي',
    'خالد بن سعد العتيبي',
    'm',
    'a minister and a rank, a Gulf name',
  ),
  person('طالبة الحقوق منى سامي', 'منى سامي', 'f', 'an indefinite title in construct, a woman'),
  person('المزارع أحمد فوزي', 'أحمد فوزي', 'm', 'a definite trade before the name'),
  person('نورة القحطاني، المحامية في الرياض،', 'نورة القحطاني', 'f', 'a title after the name between commas'),
  person('الطبيبة سارة الجبوري', 'سارة الجبوري', 'f', 'a definite title, a woman'),
  person(
    'جون ميلر، مدير المستشفى الميداني،',
    'جون ميلر',
    'm',
    'a foreign name, a title in construct after it',
  ),
  person(
    'المتحدث باسم الجيش، العقيد ماجد العنزي،',
    'ماجد العنزي',
    'm',
    'a spokesman, his rank and name in apposition',
  ),
  person(
    'ماريا غونزاليس، التي شاركت في الاحتجاجات،',
    'ماريا غونزاليس',
    'f',
    'a foreign woman, a relative clause after the name',
  ),
  {
    name: 'متحدث باسم وزارة الداخلية',
    acc: 'متحدثا باسم وزارة الداخلية',
    speaker: 'وزارة الداخلية',
    gender: 'm',
    body: false,
    shape: 'an unnamed spokesman of a ministry',
  },
  {
    name: 'مصدر في منظمة الصحة العالمية',
    acc: 'مصدرا في منظمة الصحة العالمية',
    speaker: 'منظمة الصحة العالمية',
    gender: 'm',
    body: false,
    shape: 'an unnamed source in an organisation',
  },
  {
    name: 'متحدثة باسم مهرجان كان السينمائي',
    acc: 'متحدثة باسم مهرجان كان السينمائي',
    speaker: 'مهرجان كان السينمائي',
    gender: 'f',
    body: false,
    shape: 'an unnamed spokeswoman of a festival',
  },
  {
    name: 'متحدث باسم مهرجان القاهرة السينمائي',
    acc: 'متحدثا باسم مهرجان القاهرة السينمائي',
    speaker: 'مهرجان القاهرة السينمائي',
    gender: 'm',
    body: false,
    shape: 'an unnamed spokesman of a festival named after its city',
  },
  {
    name: 'مسؤول في الأمم المتحدة',
    acc: 'مسؤولا في الأمم المتحدة',
    speaker: 'الأمم المتحدة',
    gender: 'm',
    body: false,
    shape: 'an unnamed official of the United Nations',
  },
  {
    name: 'وزارة الخارجية الكوبية',
    acc: 'وزارة الخارجية الكوبية',
    speaker: 'وزارة الخارجية الكوبية',
    gender: 'f',
    body: true,
    shape: 'a ministry by its full name',
  },
  {
    name: 'الهيئة العامة للطيران المدني',
    acc: 'الهيئة العامة للطيران المدني',
    speaker: 'الهيئة العامة للطيران المدني',
    gender: 'f',
    body: true,
    shape: 'an authority by its full name',
  },
];

/** The source's name where a sentence ends after it: an apposition's closing comma goes. */
const ended = (s: Source) => s.name.replace(/،$/u, '');
/** The name before a comma of the sentence's own: the apposition's comma serves. */
const beforeComma = (s: Source) => (s.name.endsWith('،') ? s.name : `${s.name}،`);

/** A relative clause on a carrier, its verb and pronouns agreeing with it: masculine, feminine. */
const relatives: Array<[string, string]> = [
  ['الذي يسيطر عليه الحوثيون', 'التي يسيطر عليها الحوثيون'],
  ['الذي يملكه رجال أعمال محليون', 'التي يملكها رجال أعمال محليون'],
  ['الذي حضر مراسلوه الجلسة', 'التي حضر مراسلوها الجلسة'],
  ['الذي تابع الجلسة', 'التي تابعت الجلسة'],
  ['الذي يبث من لندن', 'التي تبث من لندن'],
];

type Frame = (c: Carrier, s: Source, q: string, r: [string, string]) => string;
/** A relay shape, the kind its quote takes. */
const frames: Array<[string, Frame, 'direct' | 'partial']> = [
  [
    'نقلت X عن Y قوله إن «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'ونقل', 'ونقلت')} ${c.name} عن ${s.name} ${gendered(s.gender, 'قوله', 'قولها')} إن «${q}».`,
    'partial',
  ],
  [
    'نقلت X عن Y قوله: «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'ونقل', 'ونقلت')} ${c.name} عن ${s.name} ${gendered(s.gender, 'قوله', 'قولها')}: «${q}».`,
    'direct',
  ],
  [
    'قال Y لـX: «…»',
    (c, s, q) => `${gendered(s.gender, 'وقال', 'وقالت')} ${s.name} ${c.to}: «${q}».`,
    'direct',
  ],
  [
    'ووفق ما نقلته X عن Y، فإن «…»',
    (c, s, q) => `ووفق ما ${gendered(c.gender, 'نقله', 'نقلته')} ${c.name} عن ${beforeComma(s)} فإن «${q}».`,
    'partial',
  ],
  [
    'ذكرت X أن Y قال: «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'وذكر', 'وذكرت')} ${c.name} أن ${s.acc} ${gendered(s.gender, 'قال', 'قالت')}: «${q}».`,
    'direct',
  ],
  [
    'أفادت X نقلا عن Y بأن «…»',
    (c, s, q) => `${gendered(c.gender, 'وأفاد', 'وأفادت')} ${c.name} نقلا عن ${s.name} بأن «${q}».`,
    'partial',
  ],
  [
    'Y، في تصريحات نقلتها X، إن «…»',
    (c, s, q) =>
      `${gendered(s.gender, 'وقال', 'وقالت')} ${beforeComma(s)} ${s.body ? `في بيان ${gendered(c.gender, 'نقله', 'نقلته')}` : 'في تصريحات نقلتها'} ${c.name}، إن «${q}».`,
    'partial',
  ],
  [
    'the words first, then نقلت X عن Y',
    (c, s, q) => `«${q}»، ${gendered(c.gender, 'نقل', 'نقلت')} ${c.name} عن ${ended(s)}.`,
    'direct',
  ],
  [
    'a relative clause after the carrier, then عن Y قوله إن «…»',
    (c, s, q, r) =>
      `${gendered(c.gender, 'ونقل', 'ونقلت')} ${c.name} ${gendered(c.gender, ...r)} عن ${s.name} ${gendered(s.gender, 'قوله', 'قولها')} إن «${q}».`,
    'partial',
  ],
  [
    'an aside after the carrier, then عن Y قوله: «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'ونقل', 'ونقلت')} ${c.name}، في تقرير من موقع الحادث، عن ${s.name} ${gendered(s.gender, 'قوله', 'قولها')}: «${q}».`,
    'direct',
  ],
];

/** The paragraph before the relay: none, a body that spoke, a person who spoke; neither is the source. */
const befores: Array<[string, string, Said | null]> = [
  ['nothing before', '', null],
  [
    'after a body that spoke',
    'وقالت وزارة الخارجية الأميركية في بيان إن الحكومة «تتابع التطورات عن كثب».',
    ['تتابع التطورات عن كثب', 'partial', 'وزارة الخارجية الأميركية'],
  ],
  [
    'after a person who spoke',
    'وقال رئيس البلدية سامر الحلبي إن الوضع «تحت السيطرة حتى الآن».',
    ['تحت السيطرة حتى الآن', 'partial', 'سامر الحلبي'],
  ],
];

const words = [
  'الأوضاع تتحسن ببطء لكن الطريق لا يزال طويلا',
  'العمل مستمر على مدار الساعة لإعادة الخدمات',
  'لن نقبل بأي حل يفرض علينا من الخارج',
  'الأرقام المعلنة أقل بكثير من الحقيقة',
  'المرحلة المقبلة تتطلب تعاون الجميع دون استثناء',
];

const background = 'شهدت المدينة احتجاجات واسعة خلال الأسبوع الماضي وسط انقطاع متكرر للكهرباء.';

/** Every «…» of a text in order: the known words with their reading, any other a quoted name (mention). */
function spans(text: string, known: ReadonlyMap<string, Said>): Said[] {
  return [...text.matchAll(/«([^»]*)»/gu)].map(
    ([, inner]) => known.get(inner as string) ?? [inner as string, 'mention', null],
  );
}

/** The rows the engine still reads wrong, by their frame and source (see each `engine gap`). */
function gap(frameWhat: string, source: Source): boolean {
  // engine gap: كان in مهرجان كان السينمائي is read as the verb "was", which ends the festival's name at
  // مهرجان: the words go to متحدثة باسم مهرجان, or stay with the carrier.
  if (source.speaker === 'مهرجان كان السينمائي') return true;
  // engine gap: an official of a body named by a definite head and its adjective, then في حديث (مسؤول في
  // الأمم المتحدة في حديث لـ…): the subject stops at مسؤول, credited as the title alone.
  if (frameWhat.startsWith('قال Y في حديث') && source.speaker === 'الأمم المتحدة') return true;
  // engine gap: after أن, طالبة الحقوق منى سامي before قالت is read as one name (منى, also a common word,
  // opens no name before سامي where no mark or complementiser closes the phrase): no speaker is found
  // before the verb, and the carrier, or the speaker of the paragraph before, keeps the words.
  return frameWhat.startsWith('ذكرت X أن') && source.speaker === 'منى سامي';
}

const relayRows: Row[] = crossed(
  { frame: frames, source: sources, before: befores },
  { carrier: carriers, words, relative: relatives },
).map(
  ({
    frame: [frameWhat, frame, kind],
    source,
    before: [beforeWhat, before, beforeSaid],
    carrier,
    words: q,
    relative,
  }) => {
    const text = [background, before, frame(carrier, source, q, relative)]
      .filter((p) => p !== '')
      .join('\n\n');
    const known = new Map<string, Said>([[q, [q, kind, source.speaker]]]);
    if (beforeSaid) known.set(beforeSaid[0], beforeSaid);
    return {
      what: `${frameWhat}, ${beforeWhat} (${source.shape}; ${carrier.name}${frameWhat.startsWith('a relative') ? `; ${relative[1]}` : ''})`,
      text,
      quotes: spans(text, known),
      ...(gap(frameWhat, source) ? { gaps: ['attribution' as const] } : {}),
    };
  },
);

/** More relay shapes: a present verb, أورد, بحسب ما, an interview given to the carrier, نقلا عن in an aside. */
const moreFrames: Array<[string, Frame, 'direct' | 'partial']> = [
  [
    'تنقل X عن Y قوله إن «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'وينقل', 'وتنقل')} ${c.name} عن ${s.name} ${gendered(s.gender, 'قوله', 'قولها')} إن «${q}».`,
    'partial',
  ],
  [
    'أوردت X عن Y قوله: «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'وأورد', 'وأوردت')} ${c.name} عن ${s.name} ${gendered(s.gender, 'قوله', 'قولها')}: «${q}».`,
    'direct',
  ],
  [
    'وبحسب ما نقلت X عن Y، فإن «…»',
    (c, s, q) => `وبحسب ما ${gendered(c.gender, 'نقل', 'نقلت')} ${c.name} عن ${beforeComma(s)} فإن «${q}».`,
    'partial',
  ],
  [
    'قال Y في حديث لـX (a body: في بيان تلقته X) إن «…»',
    (c, s, q) =>
      `${gendered(s.gender, 'وقال', 'وقالت')} ${s.name} ${s.body ? `في بيان ${gendered(c.gender, 'تلقاه', 'تلقته')} ${c.name}` : `في حديث ${c.to}`} إن «${q}».`,
    'partial',
  ],
  [
    'أشارت X، نقلا عن Y، إلى أن «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'وأشار', 'وأشارت')} ${c.name}، نقلا عن ${beforeComma(s)} إلى أن «${q}».`,
    'partial',
  ],
];

/**
 * The rows of relay frames crossed with sources, carriers, words and the paragraph before: each text with
 * its quotes in order, the relayed words the source's; `label` names the source in the row's title, and
 * `gap` says which rows the engine still misreads.
 */
function relayedRows(
  frames: ReadonlyArray<[string, Frame, 'direct' | 'partial']>,
  of: readonly Source[],
  label: (source: Source) => string,
  gap: (frameWhat: string, source: Source) => boolean,
): Row[] {
  return crossed({ frame: frames, source: of }, { carrier: carriers, words, before: befores }).map(
    ({
      frame: [frameWhat, frame, kind],
      source,
      before: [beforeWhat, before, beforeSaid],
      carrier,
      words: q,
    }) => {
      const text = [background, before, frame(carrier, source, q, ['', ''])]
        .filter((p) => p !== '')
        .join('\n\n');
      const known = new Map<string, Said>([[q, [q, kind, source.speaker]]]);
      if (beforeSaid) known.set(beforeSaid[0], beforeSaid);
      return {
        what: `${frameWhat}, ${beforeWhat} (${label(source)}; ${carrier.name})`,
        text,
        quotes: spans(text, known),
        ...(gap(frameWhat, source) ? { gaps: ['attribution' as const] } : {}),
      };
    },
  );
}

const moreRows: Row[] = relayedRows(moreFrames, sources, (source) => source.shape, gap);

/**
 * Another country's ministry relayed after one's own spoke, in full and then called back short by its
 * unnamed official (وزارة الخارجية الأميركية …; مسؤول في وزارة الخارجية …): the relayed words are the
 * other ministry's, whose adjective of origin differs, not the first one's.
 */
const otherMinistry: Source[] = [
  {
    name: 'وزارة الخارجية الكوبية',
    acc: 'وزارة الخارجية الكوبية',
    speaker: 'وزارة الخارجية الكوبية',
    gender: 'f',
    body: true,
    shape: 'another country’s ministry of the same head',
  },
  {
    name: 'متحدث باسم وزارة الخارجية الكوبية',
    acc: 'متحدثا باسم وزارة الخارجية الكوبية',
    speaker: 'وزارة الخارجية الكوبية',
    gender: 'm',
    body: false,
    shape: 'a spokesman of another country’s ministry of the same head',
  },
];
const ownMinistry = [
  'وقالت وزارة الخارجية الأميركية في بيان إن إعادة فتح السفارة «لا تعني نهاية الخلافات».',
  'وقال مسؤول في وزارة الخارجية للصحفيين إن المحادثات المقبلة ستتناول «ملفات صعبة».',
];
const ownSaid: Said[] = [
  ['لا تعني نهاية الخلافات', 'partial', 'وزارة الخارجية الأميركية'],
  ['ملفات صعبة', 'partial', 'وزارة الخارجية الأميركية'],
];
const otherMinistryRows: Row[] = crossed(
  { frame: frames.slice(0, 8), source: otherMinistry },
  { carrier: carriers, words, relative: relatives },
).map(({ frame: [frameWhat, frame, kind], source, carrier, words: q, relative }) => {
  const text = [...ownMinistry, frame(carrier, source, q, relative)].join('\n\n');
  const known = new Map<string, Said>([
    [q, [q, kind, source.speaker]],
    ...ownSaid.map((w) => [w[0], w] as const),
  ]);
  return {
    what: `${frameWhat}, after one's own ministry and its official (${source.shape}; ${carrier.name})`,
    text,
    quotes: spans(text, known),
  };
});

/**
 * A student named after أنّ in the carrier's report, before her own verb of saying (ذكرت X أن طالبة
 * الحقوق فلانة قالت:): طالب and طالبة spell a verb (demanded), but أنّ wants a noun; she speaks.
 */
const students: Source[] = [
  ['طالب الطب أحمد فوزي', 'أحمد فوزي', 'm'],
  ['طالبة الصيدلة مريم عبدالعزيز', 'مريم عبدالعزيز', 'f'],
  ['طالب الهندسة جون ميلر', 'جون ميلر', 'm'],
  ['طالبة الحقوق سارة الجبوري', 'سارة الجبوري', 'f'],
  ['طالب الدكتوراه خالد بن سعد العتيبي', 'خالد بن سعد العتيبي', 'm'],
  ['طالبة الإعلام ماريا غونزاليس', 'ماريا غونزاليس', 'f'],
  ['طالب الثانوية ماجد العنزي', 'ماجد العنزي', 'm'],
  ['طالبة الطب نورة بنت عبدالله القحطاني', 'نورة بنت عبدالله القحطاني', 'f'],
].map(([name, speaker, gender]) => person(name as string, speaker as string, gender as Gender, 'a student'));
const thatFrames: Array<[string, Frame, 'direct' | 'partial']> = [
  frames[4] as [string, Frame, 'direct' | 'partial'],
  [
    'أفادت X بأن Y قال: «…»',
    (c, s, q) =>
      `${gendered(c.gender, 'وأفاد', 'وأفادت')} ${c.name} بأن ${s.acc} ${gendered(s.gender, 'قال', 'قالت')}: «${q}».`,
    'direct',
  ],
];
// engine gap: a foreign name after the student's description, before the verb (أن طالب الهندسة جون
// ميلر قال): no given name of the lists opens it and nothing closes the phrase, so it is read whole as no
// person's and the carrier keeps the words.
const studentRows: Row[] = relayedRows(
  thatFrames,
  students,
  (source) => source.name,
  (_, source) => source.speaker === 'جون ميلر',
);

/** A firm by its quoted name, the subject of a verb of stating: the firm speaks, its name a mention. */
const firms = ['إيرباص', 'أرامكو', 'سامسونغ', 'تويوتا'];
const statingVerbs: Array<[string, string]> = [
  ['وأعلنت', 'أن'],
  ['وأكدت', 'أن'],
  ['وقالت', 'إن'],
  ['وأوضحت', 'أن'],
  ['وذكرت', 'أن'],
  ['وأفادت', 'بأن'],
];
const statingWays = ['', ' في بيان', ' في بيان وزعته على الصحافيين', ' في بيان نشرته على موقعها الإلكتروني'];
const firmWords = ['الطلبيات الجديدة تؤكد قوة الطلب في المنطقة', 'أرباح الربع الثالث فاقت التوقعات'];

const firmRows: Row[] = crossed(
  { verb: statingVerbs, way: statingWays },
  { firm: firms, words: firmWords },
).map(({ verb: [verb, that], way, firm, words: q }) => {
  const text = [background, `${verb} «${firm}»${way} ${that} النتائج «${q}».`].join('\n\n');
  return {
    what: `a firm by its quoted name: ${verb} «…»${way} ${that} … «…» (${firm})`,
    text,
    quotes: [
      [firm, 'mention', null],
      [q, 'partial', firm],
    ],
  };
});

/** GUARDS: near shapes where the carrier or the title the text gives speaks. */
const guardRows: Row[] = [
  ...carriers
    .filter((c) => !c.name.includes('«'))
    .flatMap((c): Row[] => [
      {
        what: `guard: the agency's own report, ذكرت X أن … «…» (${c.name})`,
        text: [background, `وذكرت ${c.name} أن المحتجين «أغلقوا الطرق المؤدية إلى الميناء».`].join('\n\n'),
        quotes: [['أغلقوا الطرق المؤدية إلى الميناء', 'partial', c.name]],
      },
      {
        what: `guard: the agency's own report, أفادت X بأن … «…» (${c.name})`,
        text: [background, `وأفادت ${c.name} بأن الشرطة «اعتقلت عشرات المحتجين».`].join('\n\n'),
        quotes: [['اعتقلت عشرات المحتجين', 'partial', c.name]],
      },
      {
        what: `guard: a relay, then the agency speaks itself with وقالت الوكالة إن (${c.name})`,
        text: [
          background,
          `ونقلت ${c.name} عن المزارع أحمد فوزي قوله إن «الخسائر كبيرة هذا الموسم».`,
          'وقالت الوكالة إن الحكومة «لم تعلق على هذه الأرقام».',
        ].join('\n\n'),
        quotes: [
          ['الخسائر كبيرة هذا الموسم', 'partial', 'أحمد فوزي'],
          ['لم تعلق على هذه الأرقام', 'partial', c.name],
        ],
      },
      {
        what: `guard: عن a topic, not a source (وذكرت X عن الحادث أن …) (${c.name})`,
        text: [background, `وذكرت ${c.name} عن الحادث أن الحريق «اندلع في ساعة متأخرة من الليل».`].join(
          '\n\n',
        ),
        quotes: [['اندلع في ساعة متأخرة من الليل', 'partial', c.name]],
      },
      {
        what: `guard: an unnamed source of no named body keeps the title the text gives (${c.name})`,
        text: [background, `ونقلت ${c.name} عن مصدر أمني قوله إن الهجوم «كان متوقعا منذ أيام».`].join('\n\n'),
        quotes: [['كان متوقعا منذ أيام', 'partial', 'مصدر أمني']],
      },
      {
        what: `guard: the spokesman of a person's office keeps his title, no body (${c.name})`,
        text: [
          background,
          `ونقلت ${c.name} عن متحدث باسم الرئيس الفرنسي قوله إن الزيارة «ستتم في موعدها».`,
        ].join('\n\n'),
        quotes: [['ستتم في موعدها', 'partial', 'متحدث باسم الرئيس الفرنسي']],
      },
      {
        what: `guard: a source in a place, no body, keeps his description (${c.name})`,
        text: [background, `ونقلت ${c.name} عن مصدر عسكري في حلب قوله إن الاشتباكات «توقفت منذ الفجر».`].join(
          '\n\n',
        ),
        quotes: [['توقفت منذ الفجر', 'partial', 'مصدر عسكري في حلب']],
      },
      {
        what: `guard: a carrier with a relative clause that reports on its own (${c.name})`,
        text: [background, `وذكرت ${c.name} التي تابعت الجلسة أن النواب «رفضوا المشروع بالإجماع».`].join(
          '\n\n',
        ),
        quotes: [['رفضوا المشروع بالإجماع', 'partial', c.name]],
      },
      {
        what: `guard: a plain named person relayed (${c.name})`,
        text: [background, `ونقلت ${c.name} عن أحمد فوزي قوله: «لم نر شيئا كهذا من قبل في حياتنا».`].join(
          '\n\n',
        ),
        quotes: [['لم نر شيئا كهذا من قبل في حياتنا', 'direct', 'أحمد فوزي']],
      },
    ]),
  {
    what: 'guard: a body called back by its head after it spoke (وقالت الوزارة إن …)',
    text: [
      background,
      'وقالت وزارة الخارجية الأميركية في بيان إن الحكومة «تتابع التطورات عن كثب».',
      'وأضافت الوزارة أن السفارة «ستبقى مفتوحة».',
    ].join('\n\n'),
    quotes: [
      ['تتابع التطورات عن كثب', 'partial', 'وزارة الخارجية الأميركية'],
      ['ستبقى مفتوحة', 'partial', 'وزارة الخارجية الأميركية'],
    ],
  },
];

describe('grid: words relayed by a carrier go to the one relayed', () => runGrid(relayRows));
describe('grid: more relay shapes, the words go to the one relayed', () => runGrid(moreRows));
describe('grid: another country’s ministry relayed after one’s own', () => runGrid(otherMinistryRows));
describe('grid: a student named after أنّ speaks', () => runGrid(studentRows));
describe('grid: a firm by its quoted name speaks in its statement', () => runGrid(firmRows));
describe('grid relay: guards, the carrier or the title the text gives speaks', () => runGrid(guardRows));
