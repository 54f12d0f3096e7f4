/**
 * A grid of titles and descriptions left as the speaker though the article names the person (the real
 * excerpts' issue 3): the shapes real pages write and the invented articles had not shown, each with
 * invented people and bodies.
 *   - a name followed by its post with no comma (قالت فلانة نائبة المبعوث الأممي …، إن), then the post
 *     alone later (وأوضحت نائبة المبعوث:): the person;
 *   - a post, then the name between commas whose first word is also a title (أمين, أمير) or carries د.,
 *     after a post with لدى or a compound post (الرئيس وكبير المسؤولين التنفيذيين لشركة …، فلان،), then the
 *     family name alone: the full name;
 *   - a nationality before a foreign name after the verb (أقر البرتغالي فلان، مدرب فريق …،): the name
 *     without it, and the trade with the nationality later (وأضاف المدرب البرتغالي): the person;
 *   - a chain of family names with the article after a verb of feeling with عن (أعرب الشيخ فلان المحمد
 *     الصباح ، عن), a space before the comma: the whole name, the middle name alone later calling it back;
 *   - a description named in the next sentence (حذر مسؤول أممي … جاء ذلك على لسان المتحدث …، فلان،): the
 *     person;
 *   - a family name written without its article later (المحامي فلان العواودة … وأضاف عواودة): the person;
 *   - a post after the name whose genitive is another office with its holder's name (قالت فلانة نائبة
 *     المبعوث الأممي إلى ليبيا فلان، إن): the first person, called back by the post;
 *   - a coach named with one form of the office and his side (المدير الفني لفريق النصر), called back by
 *     another (وتابع مدرب النصر, وأضاف مدرب الفريق): the coach;
 *   - a nationality before a player's name and a post with no comma (أبدى الفرنسي فلان قائد فريق …
 *     سعادته), then a sport's epithet with the nationality (وقال النجم الفرنسي): the player.
 * Guards: a post whose holder is not named stays the post; another body's post stays another person; a
 * post after a verb that takes an object is its object (another person); a former holder of the same post
 * stays apart; the shapes with commas the engine read right already.
 *
 * The frames, fillers and expectations were written by reading, before the engine ran on them (each group
 * before the rule that reads it; the deputies' two-word destination and the coaches' and deputies' crossing
 * trimmed to fillers after, to keep the grid small). On the engine of 73a9469, 107 of the 126 rows of the
 * family were wrong: all 32 posts after the name with no comma, all 6 deputies with the other office's
 * holder named, 16 of the 30 names after a post and a comma (أمين, أمير; د. after لدى), all 20
 * nationalities before a foreign name, all 6 coaches called back by another form of the office, all 8
 * players called back by النجم/اللاعب and the nationality, 13 of the 18 chains of family names, the 3
 * descriptions named by على لسان and the 3 family names without the article. After this branch's rules
 * (learnTitleRightAfterName, isGivenTitleInApposition, the nationality before a name, closesBeforeComplement,
 * tieOnTongue, findByBareFamily, kinOfTeam, SPORT_EPITHETS) none is wrong. Of the 32 guards, 31 are right
 * before and after; one, a post with إلى read alone (cut before it: another cause), is a gap before and
 * after.
 */
import { describe } from 'vitest';
import { crossed, type Gender, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Person {
  name: string;
  surname: string;
  gender: Gender;
  shape: string;
}
const by = (p: { gender: Gender }, m: string, f: string) => (p.gender === 'm' ? m : f);

const people: Person[] = [
  { name: 'سامي العطار', surname: 'العطار', gender: 'm', shape: 'a family name with the article' },
  { name: 'سلمى الراشد', surname: 'الراشد', gender: 'f', shape: 'a family name with the article' },
  { name: 'مارك فيلدمان', surname: 'فيلدمان', gender: 'm', shape: 'a foreign name' },
  { name: 'كاترين مولر', surname: 'مولر', gender: 'f', shape: 'a foreign name' },
  { name: 'ناصر بن حمد الدوسري', surname: 'الدوسري', gender: 'm', shape: 'a Gulf name with بن' },
  { name: 'هدى الزعبي', surname: 'الزعبي', gender: 'f', shape: 'a family name with the article' },
];

const said1 = 'الفريق قدم موسما استثنائيا';
const said2 = 'نحن مستعدون للمرحلة المقبلة';
const part1 = 'ما زالت في بدايتها';
const part2 = 'لن يتغير قريبا';

/** A post as written after the name with no comma, in each gender, and as the later cue writes it. */
interface Post {
  m: string;
  f: string;
  backM: string;
  backF: string;
  shape: string;
}
const posts: Post[] = [
  {
    m: 'رئيس نادي الوحدة',
    f: 'رئيسة نادي الوحدة',
    backM: 'رئيس نادي الوحدة',
    backF: 'رئيسة نادي الوحدة',
    shape: 'a club president, the same words later',
  },
  {
    m: 'رئيس الوحدة',
    f: 'رئيسة الوحدة',
    backM: 'رئيس الوحدة',
    backF: 'رئيسة الوحدة',
    shape: 'a post with the club alone',
  },
  {
    m: 'نائب المبعوث الأممي إلى ليبيا',
    f: 'نائبة المبعوث الأممي إلى ليبيا',
    backM: 'نائب المبعوث الأممي',
    backF: 'نائبة المبعوث الأممي',
    shape: 'a deputy envoy with إلى, later without it',
  },
  {
    m: 'المدير التنفيذي لشركة الريان للطيران',
    f: 'المديرة التنفيذية لشركة الريان للطيران',
    backM: 'المدير التنفيذي',
    backF: 'المديرة التنفيذية',
    shape: 'a definite post with its firm after ل, later the post alone',
  },
];

type Intro = (p: Person, post: string) => [string, Row['quotes']];
const intros: Array<[string, Intro]> = [
  [
    'قال, the name, the post, a comma and إن',
    (p, post) => [
      `${by(p, 'قال', 'قالت')} ${p.name} ${post}، إن المفاوضات «${part1}».`,
      [[part1, 'partial', p.name]],
    ],
  ],
  [
    'أعرب, the name, the post, a comma and عن',
    (p, post) => [
      `${by(p, 'أعرب', 'أعربت')} ${p.name} ${post}، عن ${by(p, 'سعادته', 'سعادتها')} بالنتائج الأخيرة.`,
      [],
    ],
  ],
  [
    'أكد, the name, the post and أن with no comma',
    (p, post) => [
      `${by(p, 'أكد', 'أكدت')} ${p.name} ${post} أن المفاوضات «${part1}».`,
      [[part1, 'partial', p.name]],
    ],
  ],
  [
    'قال, the name, the post and a colon',
    (p, post) => [`${by(p, 'وقال', 'وقالت')} ${p.name} ${post}: «${said1}».`, [[said1, 'direct', p.name]]],
  ],
];

type Back = (p: Person, back: string) => [string, Row['quotes'][number]];
const backs: Array<[string, Back]> = [
  [
    'تابع, the post alone, a colon',
    (p, back) => [`${by(p, 'وتابع', 'وتابعت')} ${back}: «${said2}».`, [said2, 'direct', p.name]],
  ],
  [
    'أضاف, the post alone, أن',
    (p, back) => [`${by(p, 'وأضاف', 'وأضافت')} ${back} أن الوضع «${part2}».`, [part2, 'partial', p.name]],
  ],
];

const postRows: Row[] = crossed({ intro: intros, back: backs, post: posts }, { person: people }).map(
  ({ intro: [introWhat, intro], back: [backWhat, back], post, person }) => {
    const [first, firstSaid] = intro(person, by(person, post.m, post.f));
    const [second, secondSaid] = back(person, by(person, post.backM, post.backF));
    return {
      what: `post after the name, no comma: ${introWhat}; then ${backWhat} (${post.shape}; ${person.shape}, ${by(person, 'a man', 'a woman')})`,
      text: [first, second].join('\n\n'),
      quotes: [...firstSaid, secondSaid],
    };
  },
);

/**
 * A post after the name with no comma whose genitive is another office with its own holder's name (قالت
 * فلانة نائبة المبعوث الأممي إلى ليبيا فلان، إن): the post is the first person's, the name after it the
 * other office's holder; the post alone later calls the first person back.
 */
const deputies: Array<{ m: string; f: string; backM: string; backF: string; shape: string }> = [
  {
    m: 'نائب المبعوث الأممي إلى ليبيا كارل برانت',
    f: 'نائبة المبعوث الأممي إلى ليبيا كارل برانت',
    backM: 'نائب المبعوث الأممي',
    backF: 'نائبة المبعوث الأممي',
    shape: 'a deputy envoy and the envoy named',
  },
  {
    m: 'نائب المبعوث الخاص إلى القرن الأفريقي ديفيد وارنر',
    f: 'نائبة المبعوث الخاص إلى القرن الأفريقي ديفيد وارنر',
    backM: 'نائب المبعوث الخاص',
    backF: 'نائبة المبعوث الخاص',
    shape: 'a deputy envoy to a region of two words, the envoy named',
  },
  {
    m: 'مستشار الرئيس الفرنسي جان ديبون',
    f: 'مستشارة الرئيس الفرنسي جان ديبون',
    backM: 'مستشار الرئيس الفرنسي',
    backF: 'مستشارة الرئيس الفرنسي',
    shape: 'an adviser and the president named',
  },
];
const deputyIntros: Array<[string, (p: Person, post: string) => string]> = [
  ['قال, a comma, إن', (p, post) => `${by(p, 'قال', 'قالت')} ${p.name} ${post}، إن المفاوضات «${part1}».`],
  [
    'قال, a comma, words unquoted',
    (p, post) => `${by(p, 'قال', 'قالت')} ${p.name} ${post}، لن نتخلى عن حلفائنا في المنطقة.`,
  ],
];
const deputyRows: Row[] = crossed({ post: deputies, intro: deputyIntros }, { person: people }).map(
  ({ post, intro: [introWhat, intro], person }) => {
    const first = intro(person, by(person, post.m, post.f));
    return {
      what: `post after the name, no comma, another office's holder named in it: ${introWhat} (${post.shape}; ${person.shape}, ${by(person, 'a man', 'a woman')})`,
      text: [
        first,
        `${by(person, 'وأوضح', 'وأوضحت')} ${by(person, post.backM, post.backF)}: «${said2}».`,
      ].join('\n'),
      quotes: [
        ...(first.includes('«') ? [[part1, 'partial', person.name] as const] : []),
        [said2, 'direct', person.name],
      ],
    };
  },
);

/** A name after a post and a comma whose first word is also a title, or after د. */
interface Apposed {
  written: string;
  name: string;
  surname: string;
  gender: Gender;
  shape: string;
}
const apposed: Apposed[] = [
  {
    written: 'أمين الحمود',
    name: 'أمين الحمود',
    surname: 'الحمود',
    gender: 'm',
    shape: 'أمين as given name',
  },
  {
    written: 'أمير القحطاني',
    name: 'أمير القحطاني',
    surname: 'القحطاني',
    gender: 'm',
    shape: 'أمير as given name',
  },
  {
    written: 'د. نبيل الشامي',
    name: 'نبيل الشامي',
    surname: 'الشامي',
    gender: 'm',
    shape: 'د. before a man',
  },
  {
    written: 'د. هالة العمري',
    name: 'هالة العمري',
    surname: 'العمري',
    gender: 'f',
    shape: 'د. before a woman',
  },
  {
    written: 'أمينة الصالح',
    name: 'أمينة الصالح',
    surname: 'الصالح',
    gender: 'f',
    shape: 'أمينة as given name',
  },
];
const apposedPosts: Array<{ m: string; f: string; shape: string }> = [
  { m: 'سفير الأردن لدى الكويت', f: 'سفيرة الأردن لدى الكويت', shape: 'an ambassador with لدى' },
  {
    m: 'الرئيس وكبير المسؤولين التنفيذيين لشركة الريان للطيران',
    f: 'الرئيسة وكبيرة المسؤولين التنفيذيين لشركة الريان للطيران',
    shape: 'a compound post with و',
  },
  { m: 'المدير العام لهيئة الموانئ', f: 'المديرة العامة لهيئة الموانئ', shape: 'a definite post with ل' },
];
const praise = 'بالتسهيلات والجهود الكبيرة';
const apposedVerbs: Array<[string, (a: Apposed, post: string) => [string, Row['quotes']]]> = [
  [
    'قال, the post, the name between commas, إن',
    (a, post) => [
      `${by(a, 'قال', 'قالت')} ${post}، ${a.written}، في رسالة إلى الموظفين، إن الشركة «${part1}».`,
      [[part1, 'partial', a.name]],
    ],
  ],
  [
    'أشاد, the post, a comma, the name and the fragment',
    (a, post) => [
      `${by(a, 'أشاد', 'أشادت')} ${post}، ${a.written} «${praise}» التي تبذلها الجهات المعنية.`,
      [[praise, 'partial', a.name]],
    ],
  ],
];
const apposedRows: Row[] = crossed({ who: apposed, post: apposedPosts, verb: apposedVerbs }, {}).map(
  ({ who, post, verb: [verbWhat, verb] }) => {
    const [first, firstSaid] = verb(who, by(who, post.m, post.f));
    return {
      what: `name after a post and a comma: ${verbWhat}; then the family name (${post.shape}; ${who.shape})`,
      text: [first, `${by(who, 'وأضاف', 'وأضافت')} ${who.surname}: «${said2}».`].join('\n\n'),
      quotes: [...firstSaid, [said2, 'direct', who.name]],
    };
  },
);

/** A nationality before a foreign name right after the verb, in sport copy. */
const coaches: Array<{ name: string; surname: string; nisbaM: string; nisbaF: string; gender: Gender }> = [
  { name: 'جواو ماتوس', surname: 'ماتوس', nisbaM: 'البرتغالي', nisbaF: 'البرتغالية', gender: 'm' },
  { name: 'دييغو ألونسو', surname: 'ألونسو', nisbaM: 'الإسباني', nisbaF: 'الإسبانية', gender: 'm' },
  { name: 'فابيان روشيه', surname: 'روشيه', nisbaM: 'الفرنسي', nisbaF: 'الفرنسية', gender: 'm' },
  { name: 'ماركوس ليما', surname: 'ليما', nisbaM: 'البرازيلي', nisbaF: 'البرازيلية', gender: 'm' },
  { name: 'ساندرا كويمان', surname: 'كويمان', nisbaM: 'الهولندي', nisbaF: 'الهولندية', gender: 'f' },
];
const win = 'الفوز جاء بطريقة صعبة';
const nisbaVerbs: Array<[string, (c: (typeof coaches)[number]) => string]> = [
  [
    'أقر, the nationality, the name, the post between commas, بأن',
    (c) =>
      `${by(c, 'أقر', 'أقرت')} ${by(c, c.nisbaM, c.nisbaF)} ${c.name}، ${by(c, 'مدرب', 'مدربة')} فريق النصر الأول لكرة القدم، بأن ${by(c, 'فريقه', 'فريقها')} واجه بعض الصعوبات.`,
  ],
  [
    'أبدى, the nationality, the name, the post between commas, an object',
    (c) =>
      `${by(c, 'أبدى', 'أبدت')} ${by(c, c.nisbaM, c.nisbaF)} ${c.name}، ${by(c, 'مدرب', 'مدربة')} فريق النصر، ${by(c, 'سعادته', 'سعادتها')} بالفوز على فريق الشباب.`,
  ],
];
const nisbaOrders: Array<[string, (c: (typeof coaches)[number]) => string[]]> = [
  [
    'the family name, then the trade and the nationality',
    (c) => [
      `وقال ${c.surname}: «${win}».`.replace('وقال', by(c, 'وقال', 'وقالت')),
      `${by(c, 'وأضاف المدرب', 'وأضافت المدربة')} ${by(c, c.nisbaM, c.nisbaF)}: «${said2}».`,
    ],
  ],
  [
    'the trade and the nationality, then the family name',
    (c) => [
      `${by(c, 'وقال المدرب', 'وقالت المدربة')} ${by(c, c.nisbaM, c.nisbaF)}: «${win}».`,
      `${by(c, 'وأضاف', 'وأضافت')} ${c.surname}: «${said2}».`,
    ],
  ],
];
const nisbaRows: Row[] = crossed({ coach: coaches, verb: nisbaVerbs, order: nisbaOrders }, {}).map(
  ({ coach, verb: [verbWhat, verb], order: [orderWhat, order] }) => {
    const [a, b] = order(coach);
    return {
      what: `a nationality before a foreign name: ${verbWhat}; then ${orderWhat} (${coach.nisbaM}, ${by(coach, 'a man', 'a woman')})`,
      text: [verb(coach), a, b].join('\n\n'),
      quotes: [
        [win, 'direct', coach.name],
        [said2, 'direct', coach.name],
      ],
    };
  },
);

/**
 * The coach named with one form of his office and his team (المدير الفني لفريق النصر), then another form
 * of it with the team or with a generic team word (وتابع مدرب النصر, وأضاف مدرب الفريق): the coach.
 */
const coachPosts: Array<{ m: string; f: string; shape: string }> = [
  { m: 'المدير الفني لفريق النصر', f: 'المديرة الفنية لفريق النصر', shape: 'المدير الفني لفريق' },
  { m: 'المدير الفني للنصر', f: 'المديرة الفنية للنصر', shape: 'المدير الفني لـ' },
  { m: 'مدرب فريق النصر', f: 'مدربة فريق النصر', shape: 'مدرب فريق' },
];
const coachBacks: Array<[string, (c: (typeof coaches)[number]) => string]> = [
  ['the coach of the team', (c) => `${by(c, 'وتابع مدرب', 'وتابعت مدربة')} النصر: «${said2}».`],
  ['the coach of the side', (c) => `${by(c, 'وأضاف مدرب', 'وأضافت مدربة')} الفريق: «${said2}».`],
];
const coachRows: Row[] = crossed({ post: coachPosts, back: coachBacks }, { coach: coaches }).map(
  ({ coach, post, back: [backWhat, back] }) => ({
    what: `the coach named with one form of the office, then ${backWhat} (${post.shape}; ${coach.nisbaM}, ${by(coach, 'a man', 'a woman')})`,
    text: [
      `${by(coach, 'أبدى المدرب', 'أبدت المدربة')} ${by(coach, coach.nisbaM, coach.nisbaF)} ${coach.name}، ${by(coach, post.m, post.f)}، ${by(coach, 'سعادته', 'سعادتها')} بالفوز على فريق الشباب.`,
      `${by(coach, 'وقال', 'وقالت')} ${coach.surname}: «${win}».`,
      back(coach),
    ].join('\n'),
    quotes: [
      [win, 'direct', coach.name],
      [said2, 'direct', coach.name],
    ],
  }),
);

/**
 * A player described by the nationality before the name and a post after it with no comma, before the
 * verb's object (أبدى الفرنسي فلان قائد فريق النصر سعادته), then a sport's epithet and the nationality (وقال
 * النجم الفرنسي, وأضاف اللاعب الفرنسي): the player.
 */
const players: Array<{ name: string; nisbaM: string; nisbaF: string; gender: Gender }> = [
  { name: 'لوكاس مورو', nisbaM: 'الفرنسي', nisbaF: 'الفرنسية', gender: 'm' },
  { name: 'تياغو سيلفا دياز', nisbaM: 'البرازيلي', nisbaF: 'البرازيلية', gender: 'm' },
  { name: 'يوسف النقاز', nisbaM: 'المغربي', nisbaF: 'المغربية', gender: 'm' },
  { name: 'ماريا فرنانديز', nisbaM: 'الإسباني', nisbaF: 'الإسبانية', gender: 'f' },
];
const epithets: Array<[string, string]> = [
  ['النجم', 'النجمة'],
  ['اللاعب', 'اللاعبة'],
];
const playerRows: Row[] = crossed({ player: players, epithet: epithets }, {}).map(({ player, epithet }) => ({
  what: `a nationality before the name, a post after it before the object, then ${epithet[0]} and the nationality (${player.nisbaM}, ${by(player, 'a man', 'a woman')})`,
  text: [
    `${by(player, 'أبدى', 'أبدت')} ${by(player, player.nisbaM, player.nisbaF)} ${player.name} ${by(player, 'قائد', 'قائدة')} فريق النصر ${by(player, 'سعادته', 'سعادتها')} بالفوز على فريق الشباب.`,
    `${by(player, 'وقال', 'وقالت')} ${by(player, epithet[0], epithet[1])} ${by(player, player.nisbaM, player.nisbaF)}: «${win}».`,
  ].join('\n\n'),
  quotes: [[win, 'direct', player.name]],
}));

/** A chain of family names with the article after a verb with عن, a space or none before the comma. */
const chains: Array<{ name: string; middle: string; last: string }> = [
  { name: 'فهد السالم المبارك', middle: 'السالم', last: 'المبارك' },
  { name: 'جابر المحمد الصباح', middle: 'المحمد', last: 'الصباح' },
  { name: 'سعود الناصر الحمود', middle: 'الناصر', last: 'الحمود' },
];
const gladness = 'عزيزة على قلوبنا جميعا';
const chainFrames: Array<[string, (c: (typeof chains)[number]) => string]> = [
  [
    'أعرب, a post, الشيخ, the name, a space before the comma, عن',
    (c) => `من جهته أعرب وزير الدولة لشؤون الشباب الشيخ ${c.name} ، عن خالص التهنئة بالعيد الوطني.`,
  ],
  [
    'أعرب, a post, الشيخ, the name, a comma, عن',
    (c) => `من جهته أعرب وزير الدولة لشؤون الشباب الشيخ ${c.name}، عن خالص التهنئة بالعيد الوطني.`,
  ],
  [
    'نوه, الشيخ, the name, a space before the comma, ب',
    (c) => `بدوره نوه الشيخ ${c.name} ، بالعلاقات الوثيقة بين البلدين.`,
  ],
];
const chainBacks: Array<[string, (c: (typeof chains)[number]) => string]> = [
  ['the middle name', (c) => `وقال ${c.middle} : إن هذه المناسبة «${gladness}».`],
  ['the last name', (c) => `وقال ${c.last}: إن هذه المناسبة «${gladness}».`],
];
const chainRows: Row[] = crossed({ chain: chains, frame: chainFrames, back: chainBacks }, {}).map(
  ({ chain, frame: [frameWhat, frame], back: [backWhat, back] }) => ({
    what: `a chain of family names: ${frameWhat}; then ${backWhat} (${chain.name})`,
    text: [frame(chain), back(chain)].join('\n'),
    quotes: [[gladness, 'partial', chain.name]],
  }),
);

/** A description in the lede, the person named in the next sentence by على لسان, then a bare cue. */
const described: Array<{ desc: string; post: string; name: string; gender: Gender }> = [
  { desc: 'مسؤول أممي', post: 'المتحدث باسم برنامج الأغذية العالمي', name: 'مارتن شولتز', gender: 'm' },
  { desc: 'مسؤول دولي', post: 'المتحدث الرسمي باسم المفوضية الأوروبية', name: 'بيتر هوفمان', gender: 'm' },
  { desc: 'مسؤولة أممية', post: 'المتحدثة باسم منظمة الصحة العالمية', name: 'إيلينا كوالسكي', gender: 'f' },
];
const disaster = 'مجاعة';
const crisis = 'الوضع الإنساني في الإقليم يتدهور كل ساعة';
const describedRows: Row[] = described.map((d) => ({
  what: `a description in the lede, named in the next sentence after على لسان (${d.desc})`,
  text: [
    `${by(d, 'حذر', 'حذرت')} ${d.desc} من حدوث «${disaster}» وشيكة في الإقليم، ${by(d, 'داعيا', 'داعية')} إلى هدنة عاجلة.`,
    `جاء ذلك على لسان ${d.post}، ${d.name}، في مؤتمر صحفي، الجمعة، في جنيف.`,
    `${by(d, 'وقال', 'وقالت')}: «${crisis}».`,
  ].join('\n'),
  quotes: [
    [disaster, 'partial', d.name],
    [crisis, 'direct', d.name],
  ],
}));

/** A family name written without its article later. */
const bareSurnames: Array<{ name: string; bare: string; gender: Gender; post: string }> = [
  { name: 'سليم العواودة', bare: 'عواودة', gender: 'm', post: 'المحامي' },
  { name: 'رامي الجبارين', bare: 'جبارين', gender: 'm', post: 'الناشط' },
  { name: 'منى العبادلة', bare: 'عبادلة', gender: 'f', post: 'المحامية' },
];
const appeal = 'الاستئناف حق كفله القانون لكل متهم';
const bareRows: Row[] = bareSurnames.map((s) => ({
  what: `a family name with the article, then without it (${s.name} → ${s.bare})`,
  text: [
    `${by(s, 'وقال', 'وقالت')} ${s.post} ${s.name}، من طاقم الدفاع، إن المحكمة «${part1}».`,
    `${by(s, 'وأضاف', 'وأضافت')} ${s.bare} أن «${appeal}».`,
  ].join('\n\n'),
  quotes: [
    [part1, 'partial', s.name],
    [appeal, 'partial', s.name],
  ],
}));

const guards: Row[] = [
  ...posts.map(
    (post): Row => ({
      what: `guard: the post alone, its holder never named, stays the post (${post.shape})`,
      text: `وقال ${post.m}: «${said1}».`,
      quotes: [[said1, 'direct', post.m]],
      // engine gap: a post read alone ends before إلى and the envoy's destination (نائب المبعوث الأممي),
      // though the fullest title the article gives runs on to it; wrong before this grid's rules too.
      ...(post.m.includes(' إلى ') ? { gaps: ['attribution' as const] } : {}),
    }),
  ),
  ...people.map(
    (p): Row => ({
      what: `guard: the name, then another club's president speaks by his post (${p.shape}, ${by(p, 'a man', 'a woman')})`,
      text: [
        `${by(p, 'قال', 'قالت')} ${p.name} ${by(p, 'رئيس', 'رئيسة')} نادي الوحدة، إن المفاوضات «${part1}».`,
        `وقال رئيس نادي الفيصلي: «${said2}».`,
      ].join('\n\n'),
      quotes: [
        [part1, 'partial', p.name],
        [said2, 'direct', 'رئيس نادي الفيصلي'],
      ],
    }),
  ),
  ...people.map(
    (p): Row => ({
      what: `guard: a post after a verb that takes an object is its object, another person (${p.shape}, ${by(p, 'a man', 'a woman')})`,
      text: [
        `${by(p, 'واستقبل', 'واستقبلت')} ${p.name} رئيس وفد الاتحاد الآسيوي في مكتب النادي أمس.`,
        `وقال رئيس وفد الاتحاد الآسيوي: «${said2}».`,
      ].join('\n\n'),
      quotes: [[said2, 'direct', 'رئيس وفد الاتحاد الآسيوي']],
    }),
  ),
  ...people.map(
    (p): Row => ({
      what: `guard: the name, the post between commas, then the post alone (${p.shape}, ${by(p, 'a man', 'a woman')})`,
      text: [
        `${by(p, 'قال', 'قالت')} ${p.name}، ${by(p, 'نائب', 'نائبة')} رئيس البعثة الأوروبية، إن المفاوضات «${part1}».`,
        `${by(p, 'وأوضح', 'وأوضحت')} ${by(p, 'نائب', 'نائبة')} رئيس البعثة الأوروبية: «${said2}».`,
      ].join('\n\n'),
      quotes: [
        [part1, 'partial', p.name],
        [said2, 'direct', p.name],
      ],
    }),
  ),
  {
    what: 'guard: a former holder of the post named as such stays apart from the current one',
    text: [
      'قال سامي العطار، رئيس نادي الوحدة، إن المفاوضات «ما زالت في بدايتها».',
      'وكان الرئيس السابق للنادي كريم منصور قد قال إن الصفقة «لن تتم».',
      'وتابع العطار: «نحن مستعدون للمرحلة المقبلة».',
    ].join('\n\n'),
    quotes: [
      ['ما زالت في بدايتها', 'partial', 'سامي العطار'],
      ['لن تتم', 'partial', 'كريم منصور'],
      ['نحن مستعدون للمرحلة المقبلة', 'direct', 'سامي العطار'],
    ],
  },
  {
    what: 'guard: a post before the name, then the post alone',
    text: [
      'قال المدير التنفيذي لشركة الريان للطيران فادي الحمود إن الشركة «ما زالت في بدايتها».',
      'وأضاف المدير التنفيذي: «نحن مستعدون للمرحلة المقبلة».',
    ].join('\n\n'),
    quotes: [
      ['ما زالت في بدايتها', 'partial', 'فادي الحمود'],
      ['نحن مستعدون للمرحلة المقبلة', 'direct', 'فادي الحمود'],
    ],
  },
  {
    what: 'guard: the trade and the nationality before the name, then the trade and the nationality',
    text: [
      'أقر المدرب البرتغالي جواو ماتوس بأن فريقه واجه بعض الصعوبات.',
      'وأضاف المدرب البرتغالي: «الفوز جاء بطريقة صعبة».',
    ].join('\n\n'),
    quotes: [['الفوز جاء بطريقة صعبة', 'direct', 'جواو ماتوس']],
  },
  {
    what: "guard: the envoy named in his deputy's post speaks as himself later",
    text: [
      'قالت سلمى الراشد نائبة المبعوث الأممي إلى ليبيا كارل برانت، إن المفاوضات «ما زالت في بدايتها».',
      'وقال المبعوث الأممي كارل برانت: «نحن مستعدون للمرحلة المقبلة».',
    ].join('\n'),
    quotes: [
      ['ما زالت في بدايتها', 'partial', 'سلمى الراشد'],
      ['نحن مستعدون للمرحلة المقبلة', 'direct', 'كارل برانت'],
    ],
  },
  {
    what: 'guard: a player described by his nationality, then an ambassador of that nationality speaks',
    text: [
      'أبدى الفرنسي لوكاس مورو قائد فريق النصر سعادته بالفوز على فريق الشباب.',
      'وقال السفير الفرنسي: «الفوز جاء بطريقة صعبة».',
    ].join('\n\n'),
    quotes: [['الفوز جاء بطريقة صعبة', 'direct', 'السفير الفرنسي']],
  },
  {
    what: "guard: one team's coach named, the other team's coach speaks by his post",
    text: [
      'أبدى المدرب البرتغالي جواو ماتوس، المدير الفني لفريق النصر، سعادته بالفوز على فريق الشباب.',
      'وقال مدرب الشباب: «الفوز جاء بطريقة صعبة».',
    ].join('\n'),
    quotes: [['الفوز جاء بطريقة صعبة', 'direct', 'مدرب الشباب']],
  },
  {
    what: 'guard: a named speaker, then جاء ذلك على لسان another person: the first keeps his quote',
    text: [
      'حذر المفوض الأوروبي كارل برانت من حدوث «مجاعة» وشيكة في الإقليم.',
      'جاء ذلك على لسان المتحدثة باسم المفوضية، إيلينا كوالسكي، في مؤتمر صحفي في جنيف.',
    ].join('\n'),
    quotes: [['مجاعة', 'partial', 'كارل برانت']],
  },
  {
    what: 'guard: a description, then جاء ذلك على لسان a body: the description stays',
    text: [
      'حذر مسؤول أممي من حدوث «مجاعة» وشيكة في الإقليم.',
      'جاء ذلك على لسان منظمة الصحة العالمية في بيان صدر الجمعة.',
    ].join('\n'),
    quotes: [['مجاعة', 'partial', 'مسؤول أممي']],
  },
  {
    what: 'guard: a given name alone is no family name without its article (حسن, not الحسن)',
    text: [
      'وقال المحامي سامر الحسن إن القضية «ما زالت في بدايتها».',
      'وقال حسن المصري، والد المتهم، إن ابنه «بريء».',
    ].join('\n\n'),
    quotes: [
      ['ما زالت في بدايتها', 'partial', 'سامر الحسن'],
      ['بريء', 'partial', 'حسن المصري'],
    ],
  },
  {
    what: 'guard: a description never named stays the description',
    text: [
      'حذر مسؤول أممي من حدوث «مجاعة» وشيكة في الإقليم.',
      'وقال: «الوضع الإنساني في الإقليم يتدهور».',
    ].join('\n'),
    quotes: [
      ['مجاعة', 'partial', 'مسؤول أممي'],
      ['الوضع الإنساني في الإقليم يتدهور', 'direct', 'مسؤول أممي'],
    ],
  },
];

describe('grid: titles and descriptions of a person the article names (real pages)', () => {
  runGrid([
    ...postRows,
    ...deputyRows,
    ...apposedRows,
    ...nisbaRows,
    ...coachRows,
    ...playerRows,
    ...chainRows,
    ...describedRows,
    ...bareRows,
    ...guards,
  ]);
});
