/**
 * A grid of name boundaries: where a person's name ends after the words that open it (a cue, a verb that
 * is no cue, a title, a title with a nisba, an honorific) and before the words that follow it (في/على/من/
 * إلى/مع and a noun, ب/ل glued to a noun, a body's name after لـ, an adverb of time, an aside between
 * commas, an age in brackets, a verb's object, a colon, the end of the sentence after a quote). The quote
 * is in the sentence (the cues) or in the next paragraph, called back by the family name, by the title or
 * honorific with the family name, or by the given name. Whatever the frames, a reader credits every quote
 * to the one person named, by the full name as written: so each row's expectation follows from the frames,
 * for every name shape (Gulf names with بن/بنت and آل/أبو/باـ family names, family names that are given
 * names, Maghreb names with بن as family name, compound and hyphenated given names, foreign names of two
 * and three words, a Chinese name; men and women).
 *
 * The frames, fillers and expectations were written before the engine ran on them. Guards at the end are
 * near shapes the engine read right before this grid (a title with a place, a nisba after a title, a body
 * after the name, a spokesperson of a body, a place in a body's name) and must keep reading right.
 *
 * 326 rows (232 of verbs x phrases x what stands before the name, 48 with the quote first, 36 of the
 * lede, 10 guards). Before the changes that came with it, 59 failed on kinds and speakers (none on
 * spans; every guard passed); after them, 21, marked as gaps below with what the engine does.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Person {
  name: string;
  /** How a later paragraph calls the person by the family name. */
  surname: string;
  /** How a feature calls the person by the given name. */
  given: string;
  gender: Gender;
  shape: string;
}

const people: Person[] = [
  {
    name: 'خالد بن سعد العتيبي',
    surname: 'العتيبي',
    given: 'خالد',
    gender: 'm',
    shape: 'a Gulf name with بن',
  },
  { name: 'أحمد فوزي', surname: 'فوزي', given: 'أحمد', gender: 'm', shape: 'a given name as family name' },
  {
    name: 'نورة بنت عبدالله القحطاني',
    surname: 'القحطاني',
    given: 'نورة',
    gender: 'f',
    shape: 'a Gulf name with بنت',
  },
  {
    name: 'الهادي بن صالح',
    surname: 'بن صالح',
    given: 'الهادي',
    gender: 'm',
    shape: 'a Maghreb بن family name',
  },
  { name: 'منى سامي', surname: 'سامي', given: 'منى', gender: 'f', shape: 'a given name as family name' },
  {
    name: 'محمد بن علي آل شهران',
    surname: 'آل شهران',
    given: 'محمد',
    gender: 'm',
    shape: 'an آل family name',
  },
  {
    name: 'عبد الله الزهراني',
    surname: 'الزهراني',
    given: 'عبد الله',
    gender: 'm',
    shape: 'a compound given name',
  },
  {
    name: 'جان-بيار لوران',
    surname: 'لوران',
    given: 'جان-بيار',
    gender: 'm',
    shape: 'a hyphenated foreign name',
  },
  { name: 'ليلى شريف', surname: 'شريف', given: 'ليلى', gender: 'f', shape: 'a given name as family name' },
  { name: 'ياسر أبو حليمة', surname: 'أبو حليمة', given: 'ياسر', gender: 'm', shape: 'an أبو family name' },
  {
    name: 'ماريا لويزا فرنانديز',
    surname: 'فرنانديز',
    given: 'ماريا',
    gender: 'f',
    shape: 'a foreign name of three words',
  },
  { name: 'كريم عادل', surname: 'عادل', given: 'كريم', gender: 'm', shape: 'a given name as family name' },
  { name: 'سنية بن علي', surname: 'بن علي', given: 'سنية', gender: 'f', shape: 'a Maghreb بن family name' },
  { name: 'عمر باوزير', surname: 'باوزير', given: 'عمر', gender: 'm', shape: 'a باـ family name' },
  {
    name: 'أبو بكر الحسني',
    surname: 'الحسني',
    given: 'أبو بكر',
    gender: 'm',
    shape: 'a kunya as given name',
  },
  {
    name: 'سلوى بنت أحمد نصيف',
    surname: 'نصيف',
    given: 'سلوى',
    gender: 'f',
    shape: 'a بنت name with a plain family name',
  },
  { name: 'تشانغ وي مينغ', surname: 'تشانغ', given: 'تشانغ', gender: 'm', shape: 'a Chinese name' },
  {
    name: 'عمرو الشافعي',
    surname: 'الشافعي',
    given: 'عمرو',
    gender: 'm',
    shape: 'a family name with the article',
  },
];

const by = gendered;

/** A title in each gender, with and without a nisba after it. */
interface Title {
  m: string;
  f: string;
  nisbaM: string;
  nisbaF: string;
}
const titles: Title[] = [
  { m: 'المهندس', f: 'المهندسة', nisbaM: 'المهندس المصري', nisbaF: 'المهندسة المصرية' },
  { m: 'الطبيب', f: 'الطبيبة', nisbaM: 'الطبيب الأردني', nisbaF: 'الطبيبة الأردنية' },
  { m: 'المحامي', f: 'المحامية', nisbaM: 'المحامي التونسي', nisbaF: 'المحامية التونسية' },
  { m: 'الباحث', f: 'الباحثة', nisbaM: 'الباحث السعودي', nisbaF: 'الباحثة السعودية' },
  { m: 'المدون', f: 'المدونة', nisbaM: 'المدون البريطاني', nisbaF: 'المدونة البريطانية' },
  { m: 'الدكتور', f: 'الدكتورة', nisbaM: 'الخبير الاقتصادي', nisbaF: 'الخبيرة الاقتصادية' },
  { m: 'مدير المشروع', f: 'مديرة المشروع', nisbaM: 'المستشار القانوني', nisbaF: 'المستشارة القانونية' },
  { m: 'المقاول', f: 'المقاولة', nisbaM: 'المقاول الإماراتي', nisbaF: 'المقاولة الإماراتية' },
];

/** What stands before the name, after the verb. */
type Before = 'bare' | 'title' | 'nisba' | 'honorific';
const befores: Before[] = ['title', 'nisba', 'honorific', 'bare'];
const opener = (before: Before, t: Title, g: Gender): string =>
  before === 'bare'
    ? ''
    : before === 'title'
      ? `${by(g, t.m, t.f)} `
      : before === 'nisba'
        ? `${by(g, t.nisbaM, t.nisbaF)} `
        : `${by(g, 'السيد', 'السيدة')} `;
/** How a later paragraph calls the person back with the title (the honorific, or the family name alone). */
const titledCallback = (before: Before, t: Title, p: Person): string =>
  before === 'title'
    ? `${by(p.gender, t.m, t.f)} ${p.surname}`
    : before === 'honorific'
      ? `${by(p.gender, 'السيد', 'السيدة')} ${p.surname}`
      : p.surname;

const q1 = 'العمل يسير وفق الخطة المرسومة';
const part1 = 'يسير وفق الخطة المرسومة';
const q2 = 'أجرينا كل الاختبارات اللازمة';

/** What follows the name; `mentions` are the quoted names of outlets it holds. */
type After = {
  phrase: (g: Gender) => string;
  mentions?: string[];
};
type AfterKind =
  | 'في + noun'
  | 'على + noun'
  | 'من + noun'
  | 'إلى + noun'
  | 'مع + noun'
  | 'ب + noun glued'
  | 'ل + noun glued'
  | 'a body after لـ'
  | 'an adverb of time'
  | 'a comma and an aside'
  | 'an age in brackets'
  | "the verb's object"
  | 'nothing';

/**
 * A verb that opens the sentence, with the phrases that can follow its subject; a cue carries the quote
 * in its sentence (`end`: the words after the phrase), a verb that is no cue leaves it to the next paragraph.
 */
interface Verb {
  m: string;
  f: string;
  cue: boolean;
  end?: { text: string; kind: 'direct' | 'partial'; quote: string };
  after: Partial<Record<AfterKind, After>>;
}

const aside = (g: Gender) => `، ${by(g, 'الذي يشرف', 'التي تشرف')} على المشروع منذ بدايته`;
const colon = { text: `: «${q1}».`, kind: 'direct' as const, quote: q1 };
const anna = { text: ` أن العمل «${part1}».`, kind: 'partial' as const, quote: part1 };

const verbs: Verb[] = [
  {
    m: 'وقال',
    f: 'وقالت',
    cue: true,
    end: colon,
    after: {
      'في + noun': { phrase: () => 'في تصريح صحفي' },
      'على + noun': { phrase: () => 'على هامش المؤتمر' },
      'من + noun': { phrase: () => 'من داخل الموقع' },
      'ب + noun glued': { phrase: () => 'بحضور الصحفيين' },
      'ل + noun glued': { phrase: () => 'للصحفيين' },
      'a body after لـ': { phrase: () => 'لـ«الوطن»', mentions: ['الوطن'] },
      'an adverb of time': { phrase: () => 'أمس' },
      'a comma and an aside': { phrase: aside },
      'an age in brackets': { phrase: () => '(45 عاماً)' },
      nothing: { phrase: () => '' },
    },
  },
  {
    m: 'وأكد',
    f: 'وأكدت',
    cue: true,
    end: anna,
    after: {
      'في + noun': { phrase: () => 'في بيان صحفي' },
      'على + noun': { phrase: () => 'على هامش الزيارة' },
      'مع + noun': { phrase: () => 'مع بدء الاجتماع' },
      'ل + noun glued': { phrase: () => 'للصحفيين' },
      'a body after لـ': { phrase: () => 'لـ«الشرق الأوسط»', mentions: ['الشرق الأوسط'] },
      'an adverb of time': { phrase: () => 'اليوم' },
      'a comma and an aside': { phrase: (g) => `${aside(g)}،` },
      'an age in brackets': { phrase: () => '(52 عاماً)' },
      nothing: { phrase: () => '' },
    },
  },
  {
    m: 'وأوضح',
    f: 'وأوضحت',
    cue: true,
    end: colon,
    after: {
      'في + noun': { phrase: () => 'في مؤتمر صحفي' },
      'من + noun': { phrase: () => 'من جهته' },
      'ل + noun glued': { phrase: () => 'لـ«العربية»', mentions: ['العربية'] },
      'an adverb of time': { phrase: () => 'صباح أمس' },
      'a comma and an aside': { phrase: aside },
      nothing: { phrase: () => '' },
    },
  },
  {
    m: 'وأشار',
    f: 'وأشارت',
    cue: true,
    end: { text: ` إلى أن العمل «${part1}».`, kind: 'partial', quote: part1 },
    after: {
      'إلى + noun': { phrase: () => '' },
      'في + noun': { phrase: () => 'في حديثه للصحفيين' },
      'an adverb of time': { phrase: () => 'أمس' },
    },
  },
  {
    m: 'وكتب',
    f: 'وكتبت',
    cue: true,
    end: colon,
    after: {
      'على + noun': { phrase: (g) => `على ${by(g, 'حسابه', 'حسابها')} في منصة «إكس»`, mentions: ['إكس'] },
      'في + noun': { phrase: () => 'في مقال نشره موقع «الجزيرة نت»', mentions: ['الجزيرة نت'] },
    },
  },
  {
    m: 'ويعمل',
    f: 'وتعمل',
    cue: false,
    after: {
      'في + noun': { phrase: () => 'في الموقع منذ سنوات' },
      'على + noun': { phrase: () => 'على المشروع منذ بدايته' },
      'مع + noun': { phrase: () => 'مع فريق صغير' },
      'ب + noun glued': { phrase: () => 'بالموقع منذ عام 2010' },
      'ل + noun glued': { phrase: () => 'لصالح شركة محلية' },
      'an adverb of time': { phrase: () => 'اليوم في ظروف صعبة' },
      'a comma and an aside': {
        phrase: (g) => `، ${by(g, 'وهو أب', 'وهي أم')} لثلاثة أطفال، في الموقع منذ سنوات`,
      },
      'an age in brackets': { phrase: () => '(45 عاماً) في الموقع منذ سنوات' },
    },
  },
  {
    m: 'ووصل',
    f: 'ووصلت',
    cue: false,
    after: {
      'إلى + noun': { phrase: () => 'إلى الموقع صباح أمس' },
      'من + noun': { phrase: () => 'من الرياض صباح أمس' },
      'على + noun': { phrase: () => 'على متن طائرة خاصة' },
      'مع + noun': { phrase: () => 'مع فريق صغير إلى الموقع' },
      'ب + noun glued': { phrase: () => 'برفقة فريق صغير' },
      'ل + noun glued': { phrase: () => 'لتفقد سير العمل' },
      'an adverb of time': { phrase: () => 'أمس إلى الموقع' },
      'an age in brackets': { phrase: () => '(61 عاماً) إلى الموقع' },
    },
  },
  {
    m: 'وشارك',
    f: 'وشاركت',
    cue: false,
    after: {
      'في + noun': { phrase: () => 'في الاجتماع الأخير' },
      'على + noun': { phrase: () => 'على رأس وفد في الاجتماع' },
      'مع + noun': { phrase: () => 'مع فريق صغير في الاجتماع' },
      'ب + noun glued': { phrase: () => 'بورقة بحثية في المؤتمر' },
      'an adverb of time': { phrase: () => 'أمس في الاجتماع' },
      'a comma and an aside': { phrase: (g) => `${aside(g)}، في الاجتماع` },
    },
  },
  {
    m: 'والتقى',
    f: 'والتقت',
    cue: false,
    after: {
      "the verb's object": { phrase: () => 'وفداً من الشركة في الموقع' },
      'ب + noun glued': { phrase: () => 'بالعمال في الموقع' },
      'في + noun': { phrase: () => 'في الموقع بالعمال' },
      'مع + noun': { phrase: () => 'مع وفد من الشركة' },
      'an adverb of time': { phrase: () => 'أمس وفداً من الشركة' },
      'an age in brackets': { phrase: () => '(38 عاماً) وفداً من الشركة' },
    },
  },
];

type Callback = 'the family name' | 'the title and the family name' | 'the given name' | 'the bare title';
const callbacks: Callback[] = [
  'the family name',
  'the title and the family name',
  'the given name',
  'the bare title',
];
/** How a later paragraph calls the person back by the title alone (its head, without a nisba). */
const bareTitle = (before: Before, t: Title, p: Person): string =>
  before === 'title'
    ? by(p.gender, t.m, t.f)
    : before === 'nisba'
      ? (by(p.gender, t.nisbaM, t.nisbaF).split(' ')[0] as string)
      : titledCallback(before, t, p);
const callerOf = (callback: Callback, before: Before, t: Title, p: Person): string =>
  callback === 'the family name'
    ? p.surname
    : callback === 'the given name'
      ? p.given
      : callback === 'the bare title'
        ? bareTitle(before, t, p)
        : titledCallback(before, t, p);

const dateline: Row['quotes'][number] = ['الوطن', 'mention', null];

/** Every (verb, phrase) pair the verb takes, crossed with what stands before the name. */
const shapes = verbs.flatMap((verb) =>
  Object.entries(verb.after).map(([kind, after]) => ({
    verb,
    kind: kind as AfterKind,
    after: after as After,
  })),
);

const joinedShort = (p: Person): boolean =>
  /\s(?:بن|بنت|أبو|آل)\s/u.test(p.name) && p.name.split(' ').length <= 4;

/** The grid's rows the engine still reads wrong, by their frames and fillers (see each comment). */
function gridGap(
  verb: Verb,
  kind: AfterKind,
  before: Before,
  p: Person,
  callback: Callback,
  t: Title,
): boolean {
  return (
    // engine gap: two given names that are also words (كريم عادل: generous, just), bare, and a cue with
    // a phrase after the name: the name is left open, and the later كريم, closed, names the speaker.
    (p.name === 'كريم عادل' && before === 'bare' && callback === 'the given name') ||
    // engine gap: a bare chain with بن (الهادي بن صالح) before anything but a colon is left open (a
    // chain may run into a father's name: الأمير خالد الفيصل, later خالد بن فيصل في …), and the later
    // first name alone, closed, names the speaker.
    (p.shape === 'a Maghreb بن family name' &&
      before === 'bare' &&
      callback === 'the given name' &&
      verb.cue &&
      kind !== 'nothing') ||
    // engine gap: the first name called back alone (وأضافت سلوى) is read on only to بنت and the father's
    // name (سلوى بنت أحمد), as شريفة بن حسين is read, not to the family name after it; that reading,
    // closed, names the speaker.
    // (With a title before it, a cue's subject is read whole.)
    (p.shape === 'a بنت name with a plain family name' &&
      callback === 'the given name' &&
      (before === 'bare' || !verb.cue)) ||
    // engine gap: سنية is in no list of given names (it is also an adjective), so after a title in
    // construct (مديرة المشروع سنية بن علي) the name is read from the title's genitive.
    (p.given === 'سنية' && before === 'title' && t.m.includes(' ')) ||
    // engine gap: a hyphenated given name with no title before it (وقال جان-بيار لوران على …) is read
    // whole only when a colon or أن follows it; before anything else the hyphen stops the reading back
    // from the family name, and the later لوران, or جان-بيار, becomes the speaker.
    (p.shape === 'a hyphenated foreign name' &&
      before === 'bare' &&
      kind !== 'nothing' &&
      verb.end?.kind !== 'partial') ||
    // engine gap: a first name called back alone (وأضاف أحمد) after the bare name was the subject of a
    // verb that is no cue (ويعمل أحمد فوزي على …) stays the first name alone: name-rules2 keeps such a
    // first name untied on one reading (its guard يقف إبراهيم أمزيان وسط حقل … ويقول إبراهيم).
    // (A name with a joiner is read on from the first name, up to four words: ياسر أبو حليمة.)
    (!verb.cue && before === 'bare' && callback === 'the given name' && !joinedShort(p)) ||
    // engine gap: كتب with a bare name and a phrase after it (وكتب كريم عادل في مقال …:) gives no speaker.
    (verb.m === 'وكتب' && before === 'bare' && p.shape !== 'a hyphenated foreign name') ||
    // engine gap: both names also common words (كريم عادل: generous, just) are no evidence of a name's
    // start, so ل glued to a noun in construct after them (لتفقد سير العمل) runs into the name.
    (p.name === 'كريم عادل' && kind === 'ل + noun glued' && verb.m === 'ووصل') ||
    // engine gap: a Chinese name of three words after a title, then ب and an indefinite noun with its
    // adjective (بورقة بحثية): the name is cut to two words.
    (p.shape === 'a Chinese name' && kind === 'ب + noun glued' && verb.m === 'وشارك')
  );
}

const gridRows: Row[] = crossed(
  { shape: shapes, before: befores },
  { person: people, title: titles, callback: callbacks },
).map(({ shape: { verb, kind, after }, before, person: p, title, callback }) => {
  const g = p.gender;
  const phrase = after.phrase(g);
  const head = `${by(g, verb.m, verb.f)} ${opener(before, title, g)}${p.name}`;
  const joined = phrase === '' ? head : phrase.startsWith('،') ? `${head}${phrase}` : `${head} ${phrase}`;
  const first = verb.end ? `${joined}${verb.end.text}` : `${joined}.`;
  const caller = callerOf(callback, before, title, p);
  const second = `${by(g, 'وأضاف', 'وأضافت')} ${caller}: «${q2}».`;
  return {
    what: `${verb.m} ${before}, then ${kind}; called back by ${callback} (${p.shape}, ${by(g, 'a man', 'a woman')}, ${title.m})`,
    text: ['جدة - «الوطن»', 'شهد المشروع تأخراً في التنفيذ خلال الأشهر الماضية.', first, second].join('\n\n'),
    quotes: [
      dateline,
      ...(after.mentions ?? []).map((m) => [m, 'mention', null] as const),
      ...(verb.end ? [[verb.end.quote, verb.end.kind, p.name] as const] : []),
      [q2, 'direct', p.name],
    ],
    ...(gridGap(verb, kind, before, p, callback, title) ? { gaps: ['attribution' as const] } : {}),
  };
});

/** The quote first, then the cue and the name that ends the sentence. */
const quoteFirstRows: Row[] = crossed(
  {
    before: befores,
    verb: [['قال', 'قالت'] as const, ['أضاف', 'أضافت'] as const, ['أوضح', 'أوضحت'] as const],
    callback: callbacks,
  },
  { person: people, title: titles },
).map(({ before, verb, person: p, title, callback }) => {
  const g = p.gender;
  const caller = callerOf(callback, before, title, p);
  return {
    what: `the quote, then ${verb[0]} ${before} and the name at the end; called back by ${callback} (${p.shape}, ${by(g, 'a man', 'a woman')})`,
    text: [
      'جدة - «الوطن»',
      `«${q1}»، ${by(g, verb[0], verb[1])} ${opener(before, title, g)}${p.name}.`,
      `${by(g, 'ويقول', 'وتقول')} ${caller}: «${q2}».`,
    ].join('\n\n'),
    quotes: [dateline, [q1, 'direct', p.name], [q2, 'direct', p.name]],
  };
});

/**
 * A name with a family name of two words (بن صالح, آل شهران, أبو حليمة) given in the lede, the quote in a
 * later paragraph called back by that family name.
 */
type Said = (p: Person) => string;
const ledeRows: Row[] = crossed(
  {
    person: people.filter((p) => p.surname.includes(' ')),
    lede: [
      ['a cue with إن', (p) => `${by(p.gender, 'قال', 'قالت')} ${p.name} إن العمل يسير وفق الخطة المرسومة.`],
      [
        'a cue with its object and أمس',
        (p) => `${by(p.gender, 'أعلن', 'أعلنت')} ${p.name} أمس انتهاء المرحلة الأولى من المشروع.`,
      ],
      ['a verb that is no cue', (p) => `${by(p.gender, 'يشرف', 'تشرف')} ${p.name} على المشروع منذ بدايته.`],
    ] as Array<[string, Said]>,
    call: [
      [
        'a cue, أن and a partial',
        (p) => `${by(p.gender, 'وأضاف', 'وأضافت')} ${p.surname} أن الفحوص «جاءت سليمة تماماً».`,
      ],
      ['a cue and a colon', (p) => `${by(p.gender, 'وقال', 'وقالت')} ${p.surname}: «${q2}».`],
      ['the quote first', (p) => `«${q2}»، ${by(p.gender, 'يقول', 'تقول')} ${p.surname}.`],
    ] as Array<[string, Said]>,
  },
  {},
).map(({ person: p, lede: [ledeWhat, lede], call: [callWhat, call] }) => {
  const second = call(p);
  return {
    what: `the lede names ${p.name} after ${ledeWhat}; a later paragraph calls back ${p.surname} with ${callWhat} (${p.shape})`,
    text: ['تونس - «الوطن»', lede(p), 'وتأخر تنفيذ المشروع عدة أشهر بسبب نقص التمويل.', second].join('\n\n'),
    quotes: [
      dateline,
      second.includes('جاءت') ? ['جاءت سليمة تماماً', 'partial', p.name] : [q2, 'direct', p.name],
    ],
    // engine gap: سنية is in no list of given names (it is also an adjective, سنية), so after a verb that
    // is no cue nothing says her name starts there, and بن علي is read back no further.
    ...(p.given === 'سنية' && ledeWhat === 'a verb that is no cue' ? { gaps: ['attribution' as const] } : {}),
  };
});

/** Near shapes the engine read right before the grid. */
const guards: Row[] = [
  {
    what: 'guard: a title with a place (محافظ جدة) before the name',
    text: 'وقال محافظ جدة خالد العتيبي: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'خالد العتيبي']],
  },
  {
    what: 'guard: a title with a place and no name',
    text: 'وقال محافظ جدة في تصريح صحفي: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'محافظ جدة']],
  },
  {
    what: 'guard: a nisba after a title, no name',
    text: 'وقال المهندس المصري في تصريح صحفي: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'المهندس المصري']],
  },
  {
    what: "guard: a body's name with a place after the name and its title",
    text: 'وقال أحمد فوزي، مدير مستشفى الملك فهد في جدة، إن العمل «يسير وفق الخطة المرسومة».',
    quotes: [[part1, 'partial', 'أحمد فوزي']],
  },
  {
    what: 'guard: a title and a name, then a place after في that is no part of the name',
    text: 'وقال المهندس خالد العتيبي في جدة: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'خالد العتيبي']],
  },
  {
    what: 'guard: a body as the subject, then في and a place',
    text: 'وقالت وزارة الصحة في بيان صحفي: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'وزارة الصحة']],
  },
  {
    what: 'guard: the name, then the title in construct with a body and a place',
    text: 'وقال خالد العتيبي مدير جامعة الملك عبدالعزيز في جدة: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'خالد العتيبي']],
  },
  {
    what: 'guard: a title, a name and the body after في',
    text: 'وقال الباحث في جامعة القاهرة أحمد فوزي: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'أحمد فوزي']],
  },
  {
    what: 'guard: the name, then a comma and the title of a body',
    text: 'وقالت منى سامي، رئيسة جمعية المهندسين في القاهرة: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'منى سامي']],
  },
  {
    what: 'guard: two people in the sentence, the second after the object',
    text: 'والتقى الوزير خالد العتيبي وفداً من الشركة برئاسة أحمد فوزي.\n\nوقال العتيبي: «العمل يسير وفق الخطة المرسومة».',
    quotes: [[q1, 'direct', 'خالد العتيبي']],
  },
];

describe('grid: where a name ends after its title or cue', () => {
  runGrid(gridRows);
  runGrid(quoteFirstRows);
  runGrid(ledeRows);
  runGrid(guards);
});
