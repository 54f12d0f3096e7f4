/**
 * A grid of stacked descriptions before a name, as Saudi papers write them: a first description with
 * the article (الفائز, المواطنة, الصيدلاني, الطبيبة, الطالب, المتضررة, الشاب, الناشطة), then a second in
 * construct with its definite genitive (رجل الأعمال, سيدة الأعمال, أبو الطفلين, أم الأيتام, عضو مجلس
 * إدارة الجمعية, رئيسة جمعية الحي, محامي الأسرة), a kinship phrase (ابن الحي, والدة الطالب) or a title with
 * its complement (الموظف في القطاع الخاص), bare or joined with و, then the name: a chain with بن/بنت and a
 * family name with the article, of the Hadrami shape (باعشن) or plain (كعكي, نصيف), a given name and a
 * family name, three names, a foreign name; then what follows it (a colon and the quote, إن and a
 * partial, لـ«outlet» إن and a partial, the verb's definite object then a participle and a partial).
 * Whatever the fillers, a reader credits the quote to the person by the fullest name the text gives,
 * without the descriptions (the corpus rule: no title, role or calling).
 *
 * The frames and their expectations were written before the engine ran on them. GUARDS, near shapes the
 * engine read right before this grid and must go on reading right: a real kunya is the name (المواطنة أم
 * فيصل); a description with no name is the speaker (قالت الفائزة:); one description and a chain; a chain
 * before the verb's object (وروى المواطن فلان بن فلان الفلاني تفاصيل الحادثة); a body's head; a title in
 * construct before من and a pronoun (محامي المتضررين من جهته), no partitive.
 *
 * Count: the first grid (six second descriptions, three tails, 576 rows) had 360 rows wrong before the
 * change: every row whose first description the lexicon holds as no title (الفائز, الصيدلاني, المتضرر: the
 * name began at it) and, after a title, every kunya before a definite word and every سيدة الأعمال (kept in
 * the name, or the title alone); none after it (a second description in construct, bare or with و, read
 * past to the name in describedName and in the title's walk in splitSubject, subject.ts). The grid as it
 * is now (nine second descriptions, four tails, the joiner a filler; 576 rows) has 330 rows wrong with the
 * engine from before this grid, 67 after (the gaps below, by gapOf, all before the verb's object). The
 * 12 guards pass before and after. The 18 rows of a title with its من phrase before an honorific and the
 * name (محامي عدد من المتضررين المحامي فلان) were added with their rule: all wrong before it (the speaker
 * محامي عدد), none after. 63 now (session 17, grid-anchor's rule): a name with no chain after a second
 * description with its complement (الموظف في القطاع الخاص) is read before the verb's object.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Person {
  name: string;
  shape: string;
  /** How the name ends: a family name with the article or the Hadrami با (marked), or a plain word. */
  end: 'marked' | 'plain';
  /** Whether the name is a chain with بن/بنت. */
  chain: boolean;
}

const people: Record<Gender, Person[]> = {
  m: [
    {
      name: 'خالد بن محمد الغامدي',
      shape: 'a chain with بن and a family name with the article',
      end: 'marked',
      chain: true,
    },
    {
      name: 'فيصل بن سعيد باعشن',
      shape: 'a chain with بن and a Hadrami family name',
      end: 'marked',
      chain: true,
    },
    { name: 'عمر بن أحمد كعكي', shape: 'a chain with بن and a plain family name', end: 'plain', chain: true },
    {
      name: 'ماجد العنزي',
      shape: 'a given name and a family name with the article',
      end: 'marked',
      chain: false,
    },
    { name: 'سامي نصيف', shape: 'a given name and a plain family name', end: 'plain', chain: false },
    { name: 'جون ميلر', shape: 'a foreign name', end: 'plain', chain: false },
    {
      name: 'طارق عبدالله الشهري',
      shape: 'three names, the last with the article',
      end: 'marked',
      chain: false,
    },
  ],
  f: [
    {
      name: 'هالة بنت عبدالعزيز الغامدي',
      shape: 'a chain with بنت and a family name with the article',
      end: 'marked',
      chain: true,
    },
    {
      name: 'سارة بنت محمد باعشن',
      shape: 'a chain with بنت and a Hadrami family name',
      end: 'marked',
      chain: true,
    },
    {
      name: 'سلوى بنت أحمد نصيف',
      shape: 'a chain with بنت and a plain family name',
      end: 'plain',
      chain: true,
    },
    {
      name: 'نورة العتيبي',
      shape: 'a given name and a family name with the article',
      end: 'marked',
      chain: false,
    },
    { name: 'منى كعكي', shape: 'a given name and a plain family name', end: 'plain', chain: false },
    { name: 'ماريا غونزاليس', shape: 'a foreign name', end: 'plain', chain: false },
    {
      name: 'لمياء عبدالله الشهري',
      shape: 'three names, the last with the article',
      end: 'marked',
      chain: false,
    },
  ],
};

/** The first description, with the article, in each gender. */
const firsts: Array<[string, string]> = [
  ['الفائز', 'الفائزة'],
  ['المواطن', 'المواطنة'],
  ['الصيدلاني', 'الصيدلانية'],
  ['الطبيب', 'الطبيبة'],
  ['الطالب', 'الطالبة'],
  ['المتضرر', 'المتضررة'],
  ['الشاب', 'الشابة'],
  ['الناشط', 'الناشطة'],
];

/** The second description: a noun in construct with its definite genitive, in each gender. */
const seconds: Array<[string, string]> = [
  ['رجل الأعمال', 'سيدة الأعمال'],
  ['أبو الطفلين', 'أم الطفلين'],
  ['أبو الأيتام', 'أم الأيتام'],
  ['عضو مجلس إدارة الجمعية', 'عضوة مجلس إدارة الجمعية'],
  ['رئيس جمعية الحي', 'رئيسة جمعية الحي'],
  ['محامي الأسرة', 'محامية الأسرة'],
  ['ابن الحي', 'ابنة الحي'],
  ['والد الطالب', 'والدة الطالب'],
  ['الموظف في القطاع الخاص', 'الموظفة في القطاع الخاص'],
];

const joiners: Array<[string, string]> = [
  ['bare', ''],
  ['with و', 'و'],
];

const words = 'ما حدث درس للجميع';
const part = 'رسالة واضحة لكل من يتردد';

/** What follows the name: the quote after a colon, a partial after إن, an outlet after لـ then إن. */
type Tail = (g: Gender, verb: [string, string], subject: string) => string;
const tails: Array<[string, Tail, 'direct' | 'partial', string, boolean]> = [
  ['a colon', (g, v, s) => `${gendered(g, v[0], v[1])} ${s}: «${words}».`, 'direct', words, false],
  [
    'إن and a partial',
    (g, v, s) => `${gendered(g, v[0], v[1])} ${s} إن التجربة «${part}».`,
    'partial',
    part,
    false,
  ],
  [
    'لـ«عكاظ» then إن and a partial',
    (g, v, s) => `${gendered(g, v[0], v[1])} ${s} لـ«عكاظ» إن التجربة «${part}».`,
    'partial',
    part,
    true,
  ],
  [
    'the verb’s definite object, then a participle and a partial',
    (g, _v, s) =>
      `${gendered(g, 'وأعلن', 'وأعلنت')} ${s} النتائج مساء أمس، ${gendered(g, 'واصفاً', 'واصفة')} التجربة بأنها «${part}».`,
    'partial',
    part,
    false,
  ],
];

/** Verbs of saying that take إن and a colon alike. */
const verbs: Array<[string, string]> = [
  ['وقال', 'وقالت'],
  ['وأكد', 'وأكدت'],
  ['وأوضح', 'وأوضحت'],
  ['وأضاف', 'وأضافت'],
];

const paper: Row['quotes'][number] = ['عكاظ', 'mention', null];
const dateline = 'جدة - «عكاظ»';
const background = 'أعلنت الغرفة التجارية أسماء الفائزين بجوائز العمل التطوعي لهذا العام.';

/**
 * The rows the engine still reads wrong, all before the verb's definite object (وأعلن … النتائج):
 * engine gap: a name ending in a plain word (كعكي, نصيف, ميلر) before the object is read as a noun in
 * construct with it: the chain is cut before it (عمر بن أحمد), or a pair runs into the object (سامي نصيف
 * النتائج) or is lost to the descriptions (وأبو الطفلين).
 * engine gap: after a first description the lexicon holds as no title (الفائز, الصيدلاني, المتضرر) and a
 * kinship second whose word is a name's joiner too (أبو الطفلين, أم الأيتام, ابن الحي; not ابنة), a chain whose family name has the article is lost
 * before the object: the speaker is the descriptions (الفائز أبو الطفلين).
 */
const UNTITLED_FIRSTS = new Set(['الفائز', 'الصيدلاني', 'المتضرر']);
function gapOf(tailWhat: string, first: string, second: string, p: Person): boolean {
  if (!tailWhat.startsWith('the verb’s definite object')) return false;
  const kin = /^(أبو|أم|ابن) /u.test(second);
  const definiteFamily = (p.name.split(' ').at(-1) ?? '').startsWith('ال');
  return p.end === 'plain' || (kin && UNTITLED_FIRSTS.has(first) && p.chain && definiteFamily);
}

const rows: Row[] = crossed(
  { gender: ['m', 'f'] as Gender[], first: firsts, second: seconds, tail: tails },
  { person: [0, 1, 2, 3, 4, 5, 6], joiner: joiners, verb: verbs },
).map(
  ({
    gender,
    first,
    second,
    joiner: [joinWhat, join],
    tail: [tailWhat, tail, kind, quote, told],
    person,
    verb,
  }) => {
    const p = people[gender][person] as Person;
    const subject = `${gendered(gender, first[0], first[1])} ${join}${gendered(gender, second[0], second[1])} ${p.name}`;
    return {
      what: `${gendered(gender, first[0], first[1])} ${join}${gendered(gender, second[0], second[1])} (${joinWhat}), ${p.shape}; then ${tailWhat}`,
      text: [dateline, background, tail(gender, verb, subject)].join('\n\n'),
      quotes: [paper, ...(told ? [paper] : []), [quote, kind, p.name]],
      ...(gapOf(tailWhat, first[0], gendered(gender, second[0], second[1]), p)
        ? { gaps: ['attribution' as const] }
        : {}),
    };
  },
);

/**
 * A title in construct with a noun of quantity and its من phrase (محامي عدد من المتضررين), then a title
 * with the article that announces the name (المحامي, الأستاذة, الدكتور), then the name: the first title
 * and its phrase describe the person, the second is the honorific, neither is the name.
 */
const served: Array<[string, string]> = [
  ['محامي عدد من المتضررين', 'محامية عدد من المتضررات'],
  ['ممثل عدد من الأهالي', 'ممثلة عدد من الأهالي'],
  ['وكيل مجموعة من المستثمرين', 'وكيلة مجموعة من المستثمرات'],
];
const announcers: Array<[string, string]> = [
  ['المحامي', 'المحامية'],
  ['الأستاذ', 'الأستاذة'],
  ['الدكتور', 'الدكتورة'],
];
const servedRows: Row[] = crossed(
  { gender: ['m', 'f'] as Gender[], title: served, announcer: announcers },
  { person: [0, 1, 2, 3, 4, 5, 6], tail: tails.slice(0, 3), verb: verbs },
).map(({ gender, title, announcer, tail: [tailWhat, tail, kind, quote, told], person, verb }) => {
  const p = people[gender][person] as Person;
  const subject = `${gendered(gender, title[0], title[1])} ${gendered(gender, announcer[0], announcer[1])} ${p.name}`;
  return {
    what: `${subject} (${p.shape}); then ${tailWhat}`,
    text: [dateline, background, tail(gender, verb, subject)].join('\n\n'),
    quotes: [paper, ...(told ? [paper] : []), [quote, kind, p.name]],
  };
});

/**
 * The same titles with no name after them: the fullest title the text gives is the speaker, its من
 * phrase with it (the corpus rule: the fullest name or title). All 6 wrong before the partitive rule
 * (the speaker محامي عدد), none after.
 */
const unnamedRows: Row[] = crossed(
  { gender: ['m', 'f'] as Gender[], title: served },
  { tail: tails.slice(0, 3), verb: verbs },
).map(({ gender, title, tail: [tailWhat, tail, kind, quote, told], verb }) => {
  const subject = gendered(gender, title[0], title[1]);
  return {
    what: `${subject}, no name; then ${tailWhat}`,
    text: [dateline, background, tail(gender, verb, subject)].join('\n\n'),
    quotes: [paper, ...(told ? [paper] : []), [quote, kind, subject]],
  };
});

/** Near shapes the engine reads right, which a rule for stacked descriptions must not break. */
const guards: Row[] = [
  {
    what: 'guard: a real kunya after a description is the name (المواطنة أم فيصل)',
    text: [dateline, background, `وقالت المواطنة أم فيصل: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'أم فيصل']],
  },
  {
    what: 'guard: a real kunya after a description is the name (المزارع أبو سليم)',
    text: [dateline, background, `وقال المزارع أبو سليم إن التجربة «${part}».`].join('\n\n'),
    quotes: [paper, [part, 'partial', 'أبو سليم']],
  },
  {
    what: 'guard: a description with no name is the speaker (قالت الفائزة:)',
    text: [dateline, background, `وقالت الفائزة: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'الفائزة']],
  },
  {
    what: 'guard: one description in construct and a chain (رجل الأعمال فلان بن فلان الفلاني)',
    text: [dateline, background, `وقال رجل الأعمال خالد بن محمد الغامدي: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'خالد بن محمد الغامدي']],
  },
  {
    what: 'guard: one definite description and a given name with a family name (الفائزة نورة العتيبي)',
    text: [dateline, background, `وقالت الفائزة نورة العتيبي إن التجربة «${part}».`].join('\n\n'),
    quotes: [paper, [part, 'partial', 'نورة العتيبي']],
  },
  {
    what: 'guard: a chain before the verb’s object in construct (وروى المواطن فلان بن فلان الفلاني تفاصيل الحادثة)',
    text: [dateline, background, `وروى المواطن خالد بن محمد الغامدي تفاصيل الحادثة، وقال: «${words}».`].join(
      '\n\n',
    ),
    quotes: [paper, [words, 'direct', 'خالد بن محمد الغامدي']],
  },
  {
    what: 'guard: a description before the verb’s object, no name (وانتقد المواطن قرار الأمانة)',
    text: [dateline, background, `وانتقد المواطن قرار الأمانة، وقال: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'المواطن']],
  },
  {
    what: 'guard: a body’s head with its genitive speaks (وقالت جمعية رجال الأعمال في بيان)',
    text: [dateline, background, `وقالت جمعية رجال الأعمال في بيان: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'جمعية رجال الأعمال']],
  },
  {
    what: 'guard: a title in construct and a chain (رئيس جمعية الحي فلان بن فلان باعشن)',
    text: [dateline, background, `وقال رئيس جمعية الحي فيصل بن سعيد باعشن: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'فيصل بن سعيد باعشن']],
  },
  {
    what: 'guard: a title in construct, then من and a pronoun: where it stands, no partitive (محامي المتضررين من جهته)',
    text: [dateline, background, `وقال محامي المتضررين من جهته إن التجربة «${part}».`].join('\n\n'),
    quotes: [paper, [part, 'partial', 'محامي المتضررين']],
  },
  {
    what: 'guard: a title in construct, then من جانبه and a colon (رئيس اللجنة من جانبه:)',
    text: [dateline, background, `وقال رئيس اللجنة من جانبه: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'رئيس اللجنة']],
  },
  {
    what: 'guard: a kunya before a definite word with no name is the description (وقالت أم الطفلين:)',
    text: [dateline, background, `وقالت أم الطفلين: «${words}».`].join('\n\n'),
    quotes: [paper, [words, 'direct', 'أم الطفلين']],
  },
];

describe('grid: two descriptions stacked before a name', () => runGrid(rows));
describe('grid: a title, its من phrase, then an honorific and the name', () => runGrid(servedRows));
describe('grid: such a title and its من phrase with no name', () => runGrid(unnamedRows));
describe('grid: stacked descriptions, guards', () => runGrid(guards));
