/**
 * A grid of ties the text contradicts: a person named and quoted, then a description of sex and age
 * (الرجل الستيني, السيدة الستينية) quoted next, or a title with a pronoun in a lede (وصفه محاميه بأنه «…»)
 * and a holder of that head named in the next paragraph. The engine ties the two when nothing contradicts
 * the tie (tieDescriptionsAfter; tieDescriptions with heldWithPronoun); these rows are the ones where the
 * text says they are two people:
 *   - the named person's age (in brackets, between commas, البالغ من العمر) is of another decade than the
 *     description's, or a description before the name (الشاب, المسن) says another age;
 *   - the describer's own quote names the named person (by the given name or the family name): one speaks
 *     of the other;
 *   - the description's sentence opens on another place (وفي المحل المجاور، وفي حي آخر،) in the same
 *     paragraph;
 *   - the holder named in the next paragraph holds another post of the same head (المحامي العام, الطبيب
 *     الشرعي, المدرب المساعد), a relative clause says he stands for another party (الذي يمثل المدعي), or
 *     the paragraph opens on another case (وفي قضية أخرى،).
 * Guards: the shapes the ties were made for, and near ones (the age agreeing with the description, الشاب
 * before the name and الشاب العشريني after, a plain quote; the holder with the plain title, with a
 * relative clause that points back to the client, with another verb, after وفي تصريح صحفي).
 *
 * The frames, fillers and expectations were written by reading, before the engine ran on them (one
 * quote's pronoun mended after: منى فقدت بيتها). On the engine of 73a9469 all 85 rows of the misfire
 * class were wrong (61 descriptions, 24 lede titles) and none of the 60 guards; after the change 4 are
 * (gaps: a given name that is also a word in the describer's quote) and no guard. Ten rows of other
 * ways and near shapes were added after, written by reading: 4 wrong on 73a9469, none now; the 6 guards
 * right on both.
 */
import { describe } from 'vitest';
import { crossed, type Gender, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Person {
  name: string;
  given: string;
  surname: string;
  gender: Gender;
  shape: string;
  /** The given name is also a common word (منى "wishes", سامي "lofty"). */
  givenIsWord?: boolean;
}

const people: Person[] = [
  {
    name: 'أحمد الغامدي',
    given: 'أحمد',
    surname: 'الغامدي',
    gender: 'm',
    shape: 'a family name with the article',
  },
  {
    name: 'منى القحطاني',
    given: 'منى',
    surname: 'القحطاني',
    gender: 'f',
    shape: 'a family name with the article',
    givenIsWord: true,
  },
  {
    name: 'سامي بن ناصر الحربي',
    given: 'سامي',
    surname: 'الحربي',
    gender: 'm',
    shape: 'a Gulf name with بن',
    givenIsWord: true,
  },
  { name: 'دانة يوسف', given: 'دانة', surname: 'يوسف', gender: 'f', shape: 'two given names' },
  {
    name: 'ماجد العنزي',
    given: 'ماجد',
    surname: 'العنزي',
    gender: 'm',
    shape: 'a family name with the article',
  },
];

const by = (p: Person, m: string, f: string) => (p.gender === 'm' ? m : f);

/** A description of sex and age, in each gender, with an age outside its decade and one inside it. */
interface Description {
  m: string;
  f: string;
  old: boolean;
  other: string;
  same: string;
}
const descriptions: Description[] = [
  { m: 'الرجل الستيني', f: 'السيدة الستينية', old: true, other: '30', same: '63' },
  { m: 'الرجل الخمسيني', f: 'المرأة الخمسينية', old: true, other: '25', same: '54' },
  { m: 'الشاب العشريني', f: 'الشابة العشرينية', old: false, other: '65', same: '24' },
];

const first = 'فقدت كل شيء في الحريق';
const second = 'الحي كله في حداد';

/** How the person is named and heard first: the words around the name, the quote's kind. */
type Intro = (p: Person, d: Description) => { text: string; kind: 'direct' | 'partial' };
/** How the description is heard next: the sentence, given the description in the person's gender. */
type Callback = (p: Person, d: string, quote: string) => { text: string; kind: 'direct' | 'partial' };

const callbacks: Array<[string, Callback]> = [
  [
    'وقال and the description, إن',
    (p, d, q) => ({ text: `${by(p, 'وقال', 'وقالت')} ${d} إن «${q}».`, kind: 'partial' }),
  ],
  [
    'the quote, then يقول and the description',
    (p, d, q) => ({ text: `«${q}»، ${by(p, 'يقول', 'تقول')} ${d}.`, kind: 'direct' }),
  ],
  [
    'ويقول and the description, a colon',
    (p, d, q) => ({ text: `${by(p, 'ويقول', 'وتقول')} ${d}: «${q}».`, kind: 'direct' }),
  ],
];

/** A contradiction: the person's intro, and the description's quote and what opens its sentence. */
interface Contradiction {
  what: string;
  intro: Intro;
  quote: (p: Person) => string;
  opener: string;
  /** The quote names the person by the given name. */
  byGiven?: boolean;
}
const said = (p: Person) => `${by(p, 'قال', 'قالت')} ${p.name}`;
const contradictions: Contradiction[] = [
  {
    what: 'the person’s age in brackets, of another decade',
    intro: (p, d) => ({ text: `${said(p)} (${d.other} عاما): «${first}».`, kind: 'direct' }),
    quote: () => second,
    opener: '',
  },
  {
    what: 'the person’s age between commas, of another decade',
    intro: (p, d) => ({ text: `${said(p)}، ${d.other} عاما، إن «${first}».`, kind: 'partial' }),
    quote: () => second,
    opener: '',
  },
  {
    what: 'the person’s age after البالغ من العمر, of another decade',
    intro: (p, d) => ({
      text: `${said(p)} ${by(p, 'البالغ', 'البالغة')} من العمر ${d.other} عاما إن «${first}».`,
      kind: 'partial',
    }),
    quote: () => second,
    opener: '',
  },
  {
    what: 'a description of another age before the name (الشاب, المسن)',
    intro: (p, d) => ({
      text: `${by(p, 'قال', 'قالت')} ${d.old ? by(p, 'الشاب', 'الشابة') : by(p, 'المسن', 'المسنة')} ${p.name} إن «${first}».`,
      kind: 'partial',
    }),
    quote: () => second,
    opener: '',
  },
  {
    what: 'the describer’s quote names the person by the given name',
    intro: (p) => ({ text: `${said(p)} إن «${first}».`, kind: 'partial' }),
    quote: (p) => `${p.given} ${by(p, 'فقد بيته', 'فقدت بيتها')} وأهله`,
    opener: '',
    byGiven: true,
  },
  {
    what: 'the describer’s quote names the person by the family name',
    intro: (p) => ({ text: `${said(p)} إن «${first}».`, kind: 'partial' }),
    quote: (p) => `رأيت ${p.surname} يبكي أمام البيت`,
    opener: '',
  },
  {
    what: 'the description’s sentence opens on another place',
    intro: (p) => ({ text: `${said(p)} إن «${first}».`, kind: 'partial' }),
    quote: () => second,
    opener: 'وفي المحل المجاور، ',
  },
  {
    what: 'the description’s sentence opens on another quarter',
    intro: (p) => ({ text: `${said(p)} إن «${first}».`, kind: 'partial' }),
    quote: () => second,
    opener: 'وفي حي آخر، ',
  },
];

/** The description's sentence after its opener: the cue that opened the sentence loses its و. */
const opened = (opener: string, sentence: string) =>
  opener === '' ? sentence : `${opener}${sentence.replace(/^و/u, '')}`;

const joiners: Array<[string, string]> = [
  ['one paragraph', ' '],
  ['two paragraphs', '\n\n'],
];

const misfireRows: Row[] = crossed(
  { contradiction: contradictions, description: descriptions, callback: callbacks },
  { person: people, joiner: joiners },
)
  // (a place that opens a new paragraph already stops the tie: the sentence is the case here, its cue first)
  .filter(
    ({ contradiction, joiner, callback: [, callback] }) =>
      contradiction.opener === '' ||
      (joiner[1] === ' ' && !callback(people[0] as Person, '', '').text.startsWith('«')),
  )
  .map(({ contradiction, description, callback: [callbackWhat, callback], person, joiner }) => {
    const intro = contradiction.intro(person, description);
    const d = by(person, description.m, description.f);
    const quote = contradiction.quote(person);
    const next = callback(person, d, quote);
    return {
      what: `${contradiction.what}; then ${callbackWhat} (${d}, ${person.shape}, ${joiner[0]})`,
      text: [intro.text, opened(contradiction.opener, next.text)].join(joiner[1]),
      quotes: [
        [first, intro.kind, person.name],
        [quote, next.kind, d],
      ],
      // engine gap: a given name that is also a common word (منى, سامي; GIVEN_NAMES_ALSO_WORDS) counts for
      // nothing in the describer's quote, so the description is still tied to the person.
      ...(contradiction.byGiven && person.givenIsWord ? { gaps: ['attribution'] as const } : {}),
    };
  });

/** Near shapes where the description is the named person: nothing in the text says otherwise. */
const agreements: Array<{ what: string; intro: Intro }> = [
  {
    what: 'the person’s age in brackets, of the description’s decade',
    intro: (p, d) => ({ text: `${said(p)} (${d.same} عاما): «${first}».`, kind: 'direct' }),
  },
  {
    what: 'the person’s age between commas, of the description’s decade',
    intro: (p, d) => ({ text: `${said(p)}، ${d.same} عاما، إن «${first}».`, kind: 'partial' }),
  },
  {
    what: 'a description before the name that agrees (الشاب before الشاب العشريني, المواطن)',
    intro: (p, d) => ({
      text: `${by(p, 'قال', 'قالت')} ${d.old ? by(p, 'المواطن', 'المواطنة') : by(p, 'الشاب', 'الشابة')} ${p.name} إن «${first}».`,
      kind: 'partial',
    }),
  },
  {
    what: 'a plain intro, the description’s quote naming nobody',
    intro: (p) => ({ text: `${said(p)} إن «${first}».`, kind: 'partial' }),
  },
];

const descriptionGuards: Row[] = crossed(
  { agreement: agreements, description: descriptions, callback: callbacks },
  { person: people, joiner: joiners },
).map(({ agreement, description, callback: [callbackWhat, callback], person, joiner }) => {
  const intro = agreement.intro(person, description);
  const d = by(person, description.m, description.f);
  const next = callback(person, d, second);
  return {
    what: `guard: ${agreement.what}; then ${callbackWhat} (${d}, ${person.shape}, ${joiner[0]})`,
    text: [intro.text, next.text].join(joiner[1]),
    quotes: [
      [first, intro.kind, person.name],
      [second, next.kind, person.name],
    ],
  };
});

/** A title with a possessive pronoun, its head with the article, and the posts and parties around it. */
interface Title {
  m: string;
  f: string;
  headM: string;
  headF: string;
  /** Another post of the same head: the head and a definite adjective after it. */
  posts: [string, string];
  /** A relative clause for another party (the client's gender), and one that points back to the client. */
  otherSide: (client: Gender) => string;
  ownSide: (client: Gender) => string;
  /** Another case, match or patient that opens the next paragraph. */
  otherCase: string;
  words: string;
  more: string;
}
const titles: Title[] = [
  {
    m: 'محامي',
    f: 'محاميت',
    headM: 'المحامي',
    headF: 'المحامية',
    posts: ['العام', 'العام للدولة'],
    otherSide: () => 'يمثل المدعي',
    ownSide: (c) => (c === 'm' ? 'يتولى الدفاع عنه' : 'يتولى الدفاع عنها'),
    otherCase: 'وفي قضية أخرى، ',
    words: 'ضحية مؤامرة',
    more: 'الأدلة لا تكفي للإدانة',
  },
  {
    m: 'طبيب',
    f: 'طبيبت',
    headM: 'الطبيب',
    headF: 'الطبيبة',
    posts: ['الشرعي', 'الشرعي في المستشفى المركزي'],
    otherSide: () => 'يعمل لحساب شركة التأمين',
    ownSide: (c) => (c === 'm' ? 'يشرف على علاجه' : 'يشرف على علاجها'),
    otherCase: 'وفي حالة أخرى، ',
    words: 'بصحة جيدة',
    more: 'الفحوص لم تظهر أي إصابة',
  },
  {
    m: 'مدرب',
    f: 'مدربت',
    headM: 'المدرب',
    headF: 'المدربة',
    posts: ['المساعد', 'الوطني'],
    otherSide: () => 'يدرب الفريق المنافس',
    ownSide: (c) => (c === 'm' ? 'يدربه منذ سنوات' : 'يدربها منذ سنوات'),
    otherCase: 'وفي مباراة أخرى، ',
    words: 'لاعب استثنائي',
    more: 'الفريق يحتاج إلى الوقت',
  },
];

const holders: Person[] = [
  {
    name: 'فهد المالكي',
    given: 'فهد',
    surname: 'المالكي',
    gender: 'm',
    shape: 'a family name with the article',
  },
  {
    name: 'نوف العتيبي',
    given: 'نوف',
    surname: 'العتيبي',
    gender: 'f',
    shape: 'a family name with the article',
  },
  {
    name: 'عادل بن سعد الدوسري',
    given: 'عادل',
    surname: 'الدوسري',
    gender: 'm',
    shape: 'a Gulf name with بن',
  },
];

type Lede = (title: string, t: Title, client: Gender) => string;
const ledes: Array<[string, Lede]> = [
  ['وصفه … بأنه', (title, t) => `وصفه ${title} بأنه «${t.words}».`],
  [
    'a verdict, then في حكم وصفه … بأنه',
    (title, t, client) =>
      `ألزمت المحكمة الإدارية الشركة بدفع تعويض ${client === 'm' ? 'لموظف عمل' : 'لموظفة عملت'} فيها عشر سنوات، في حكم وصفه ${title} بأنه «${t.words}».`,
  ],
];
const titled = (t: Title, holder: Person, client: Gender) =>
  `${holder.gender === 'm' ? t.m : t.f}${client === 'm' ? 'ه' : 'ها'}`;
const verb = (p: Person) => by(p, 'وقال', 'وقالت');
const head = (t: Title, p: Person) => by(p, t.headM, t.headF);
const relative = (p: Person) => by(p, 'الذي', 'التي');
/** (a woman's verb in the clause: يمثل → تمثل) */
const agree = (p: Person, clause: string) => (p.gender === 'm' ? clause : clause.replace(/^ي/u, 'ت'));

type Next = (t: Title, holder: Person, client: Gender) => string;
const others: Array<[string, Next]> = [
  [
    'another post of the head (a definite adjective)',
    (t, h) => `${verb(h)} ${head(t, h)} ${t.posts[0]} ${h.name} إن «${t.more}».`,
  ],
  [
    'another post of the head (an adjective and its complement)',
    (t, h) => `${verb(h)} ${head(t, h)} ${t.posts[1]} ${h.name} إن «${t.more}».`,
  ],
  [
    'a relative clause for another party',
    (t, h, c) =>
      `${verb(h)} ${head(t, h)} ${h.name}، ${relative(h)} ${agree(h, t.otherSide(c))}، إن «${t.more}».`,
  ],
  [
    'another case opens the paragraph',
    (t, h) => `${t.otherCase}${verb(h).slice(1)} ${head(t, h)} ${h.name} إن «${t.more}».`,
  ],
];
const sames: Array<[string, Next]> = [
  ['the plain title', (t, h) => `${verb(h)} ${head(t, h)} ${h.name} إن «${t.more}».`],
  [
    'a relative clause that points back to the client',
    (t, h, c) =>
      `${verb(h)} ${head(t, h)} ${h.name}، ${relative(h)} ${agree(h, t.ownSide(c))}، إن «${t.more}».`,
  ],
  [
    'another verb (وأضاف … أن)',
    (t, h) => `${by(h, 'وأضاف', 'وأضافت')} ${head(t, h)} ${h.name} أن «${t.more}».`,
  ],
  [
    'وفي تصريح صحفي opens the paragraph',
    (t, h) => `وفي تصريح صحفي، ${verb(h).slice(1)} ${head(t, h)} ${h.name} إن «${t.more}».`,
  ],
];

const clients: Gender[] = ['m', 'f'];

const ledeRows = (nexts: Array<[string, Next]>, guard: boolean): Row[] =>
  crossed({ title: titles, lede: ledes, next: nexts }, { holder: holders, client: clients }).map(
    ({ title, lede: [ledeWhat, lede], next: [nextWhat, next], holder, client }) => {
      const word = titled(title, holder, client);
      return {
        what: `${guard ? 'guard: ' : ''}a lede with ${ledeWhat} ${word}, then ${nextWhat} (${holder.name})`,
        text: [lede(word, title, client), next(title, holder, client)].join('\n\n'),
        quotes: [
          [title.words, 'partial', guard ? holder.name : word],
          [title.more, 'partial', holder.name],
        ],
      };
    },
  );

/** Other ways of writing the age, and near shapes, one row each (written by reading, after the grid). */
const moreRows: Row[] = [
  {
    what: 'the age in Arabic-Indic digits, of another decade: الرجل الستيني is another man',
    text: 'قال فهد الدوسري (٣٢ عاما) إن «المياه مقطوعة منذ أيام». وقال الرجل الستيني إن «الحي هادئ».',
    quotes: [
      ['المياه مقطوعة منذ أيام', 'partial', 'فهد الدوسري'],
      ['الحي هادئ', 'partial', 'الرجل الستيني'],
    ],
  },
  {
    what: 'the age in years with سنة, of another decade: السيدة الخمسينية is another woman',
    text: 'قالت ريم العتيبي (28 سنة) إن «الأسعار ارتفعت». وقالت السيدة الخمسينية إن «الرواتب لا تكفي».',
    quotes: [
      ['الأسعار ارتفعت', 'partial', 'ريم العتيبي'],
      ['الرواتب لا تكفي', 'partial', 'السيدة الخمسينية'],
    ],
  },
  {
    what: 'الطفل before the name: الرجل الأربعيني is another',
    text: 'قال الطفل يوسف الشهري إن «المدرسة بعيدة». وقال الرجل الأربعيني إن «الطريق خطر».',
    quotes: [
      ['المدرسة بعيدة', 'partial', 'يوسف الشهري'],
      ['الطريق خطر', 'partial', 'الرجل الأربعيني'],
    ],
  },
  {
    what: 'guard: the age in Arabic-Indic digits, of the same decade: one man',
    text: 'قال فهد الدوسري (٦٢ عاما) إن «المياه مقطوعة منذ أيام». وقال الرجل الستيني إن «الحي هادئ».',
    quotes: [
      ['المياه مقطوعة منذ أيام', 'partial', 'فهد الدوسري'],
      ['الحي هادئ', 'partial', 'فهد الدوسري'],
    ],
  },
  {
    what: 'guard: the description’s quote names a third person (his son), not the one quoted: one man',
    text: 'قال فهد الدوسري إن «المياه مقطوعة منذ أيام». وقال الرجل الستيني إن «ابني خالد يجلب الماء».',
    quotes: [
      ['المياه مقطوعة منذ أيام', 'partial', 'فهد الدوسري'],
      ['ابني خالد يجلب الماء', 'partial', 'فهد الدوسري'],
    ],
  },
  {
    what: 'guard: the family name’s word as an adjective after a definite noun in the quote: one man',
    text: 'قال فهد الكبير إن «المياه مقطوعة منذ أيام». وقال الرجل الستيني إن «الخطر الكبير هو العطش».',
    quotes: [
      ['المياه مقطوعة منذ أيام', 'partial', 'فهد الكبير'],
      ['الخطر الكبير هو العطش', 'partial', 'فهد الكبير'],
    ],
  },
  {
    what: 'guard: a sentence that opens on في and time, not another place: one man',
    text: 'قال فهد الدوسري إن «المياه مقطوعة منذ أيام». وفي الوقت نفسه، قال الرجل الستيني إن «الحي هادئ».',
    quotes: [
      ['المياه مقطوعة منذ أيام', 'partial', 'فهد الدوسري'],
      ['الحي هادئ', 'partial', 'فهد الدوسري'],
    ],
  },
  {
    what: 'guard: the lede lawyer named with a nationality after the title: the same lawyer',
    text: [
      'وصفه محاميه بأنه «ضحية مؤامرة».',
      'وقال المحامي المصري فهد المالكي إن «الأدلة لا تكفي للإدانة».',
    ].join('\n\n'),
    quotes: [
      ['ضحية مؤامرة', 'partial', 'فهد المالكي'],
      ['الأدلة لا تكفي للإدانة', 'partial', 'فهد المالكي'],
    ],
  },
  {
    what: 'guard: the lede lawyer, then the relative clause with no comma that points back: the same lawyer',
    text: [
      'وصفته محاميتها بأنها «ضحية مؤامرة».',
      'وقالت المحامية نوف العتيبي التي تترافع عنها إن «الأدلة لا تكفي للإدانة».',
    ].join('\n\n'),
    quotes: [
      ['ضحية مؤامرة', 'partial', 'نوف العتيبي'],
      ['الأدلة لا تكفي للإدانة', 'partial', 'نوف العتيبي'],
    ],
  },
  {
    what: 'the lede lawyer, then a lawyer whose relative clause with no comma names the other party',
    text: [
      'وصفته محاميتها بأنها «ضحية مؤامرة».',
      'وقالت المحامية نوف العتيبي التي تمثل الشركة إن «الأدلة كافية للإدانة».',
    ].join('\n\n'),
    quotes: [
      ['ضحية مؤامرة', 'partial', 'محاميتها'],
      ['الأدلة كافية للإدانة', 'partial', 'نوف العتيبي'],
    ],
  },
];

describe('grid-ties: a description the text says is another person', () => runGrid(misfireRows));
describe('grid-ties: other ways of writing the age, and near shapes', () => runGrid(moreRows));
describe('grid-ties: a description of the named person (guards)', () => runGrid(descriptionGuards));
describe('grid-ties: a lede title whose holder the text says is another', () =>
  runGrid(ledeRows(others, false)));
describe('grid-ties: a lede title and its holder (guards)', () => runGrid(ledeRows(sames, true)));
