/**
 * A grid of a speaker's bounds (issue 3): where a person's or a body's name starts and ends. A person is
 * named after a title of two words (a rank with its corps: العقيد بحري، اللواء ركن، الفريق أول، المقدم
 * طيار; a role with its nisba: المؤرخ الرياضي، الباحثة الاجتماعية; a spokesman of a ministry with its
 * nisba), in every shape of name (Gulf names with بن/بنت and a family name with آل, without the article
 * or Hadrami with با; Levantine; Maghrebi; foreign names of two and three words; Chinese; South Asian),
 * and the name is followed by what desks write after it: إن, an aside between commas, a time phrase, the
 * verb's object, لـ and an outlet, a colon; or the name comes after عن in a relay, or its family name is
 * called back with a verb and its object. A body is named with its region after ب when the region is part
 * of its name (المديرية العامة للشؤون الصحية بمنطقة حائل), or without one, followed by في بيان, a date,
 * the verb's object, or a background clause with a date before its statement.
 * A reader credits each quote to the fullest name, without the title, the rank or the role, and to the
 * body with its region when that is part of its name, without a date or an object after it: so each row's
 * expectation follows from the frames, whatever the name, title, verb or gender.
 * Guards: names whose words look like a corps or a noun (جمال بحري، نضال جمال) after a one-word rank or
 * title, and bodies followed by the place of the event (في مؤتمر صحفي عقدته في الرياض).
 *
 * The frames and expectations were written before the engine ran on them. Rows the engine got wrong:
 * 73 of the first 240 before (the 26 dated rows at the end were added after the fixes, and pass) (4 of the 42 lookalike guards, in the object frame; none of the 10 rows with the place
 * of the event), 20 after (the gaps below, by personGap and bodyGap; the same 4 guards; 19 since
 * grid-stacked kept a Hadrami family name after a chain before the verb's object; 18 since grid-bodyref ended
 * a field's chain at its country, لتحرير فلسطين, before ثمّن's object): a two-word rank
 * kept its second word in the name or took the name (العقيد بحري فلان, الرائد طيار فلان); a role's
 * adjective stayed in a name it did not open with a given name (المؤرخ الرياضي خايمي سوتو); a family name
 * called back ran on into its verb's ب-complement (باعشن بإطلاق حملة); a body lost its field or region
 * before a date or an object (الجبهة الشعبية, هيئة … السعودي) or took the date in (… في فبراير الماضي).
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Person {
  name: string;
  /** The family name that calls the person back (the whole of it: آل سدران). */
  surname: string;
  gender: Gender;
  shape: string;
  /**
   * engine gap: after a verb that takes an object, a definite object right after the name (طالبت …
   * فلانة الجهات المعنية بـ«…») is told from the name's last word by its shape only: a family name
   * without the article after a given name or بن/بنت (نصيف, باحارث, بحري, طيار) is cut off as the object's
   * head, or the object runs into a foreign or Maghrebi name (ليلى بنعلي الجهات المعنية), or the whole
   * name goes with the object and the title is left (الخبيرة الاقتصادية). The name shapes of this grid
   * that the engine so misreads in that frame.
   */
  objectGap?: true;
}

const people: Person[] = [
  { name: 'سعيد بن علي الغامدي', surname: 'الغامدي', gender: 'm', shape: 'a Gulf name with بن' },
  {
    name: 'مسفر بن حمد آل سدران',
    surname: 'آل سدران',
    gender: 'm',
    shape: 'a Gulf name with آل',
    objectGap: true,
  },
  { name: 'عمر بن سالم باعشن', surname: 'باعشن', gender: 'm', shape: 'a Hadrami name with بن' },
  { name: 'رامي نقولا حداد', surname: 'حداد', gender: 'm', shape: 'a Levantine name' },
  { name: 'عبد الحق بنسعيد', surname: 'بنسعيد', gender: 'm', shape: 'a Maghrebi name', objectGap: true },
  { name: 'خايمي سوتو', surname: 'سوتو', gender: 'm', shape: 'a foreign name of two words' },
  { name: 'بيشنو براساد أديكاري', surname: 'أديكاري', gender: 'm', shape: 'a foreign name of three words' },
  { name: 'راجيش كومار شارما', surname: 'شارما', gender: 'm', shape: 'a South Asian name' },
  { name: 'وانغ جيان هوا', surname: 'وانغ', gender: 'm', shape: 'a Chinese name' },
  {
    name: 'سلوى بنت أحمد نصيف',
    surname: 'نصيف',
    gender: 'f',
    shape: 'a Gulf name with بنت, no article',
    objectGap: true,
  },
  {
    name: 'نورة بنت سعد آل مانع',
    surname: 'آل مانع',
    gender: 'f',
    shape: 'a Gulf name with بنت and آل',
    objectGap: true,
  },
  { name: 'فاطمة سالم باحارث', surname: 'باحارث', gender: 'f', shape: 'a Hadrami name', objectGap: true },
  { name: 'ريم جورج خوري', surname: 'خوري', gender: 'f', shape: 'a Levantine name' },
  { name: 'ليلى بنعلي', surname: 'بنعلي', gender: 'f', shape: 'a Maghrebi name', objectGap: true },
  {
    name: 'ماريا لوبيز',
    surname: 'لوبيز',
    gender: 'f',
    shape: 'a foreign name of two words',
    objectGap: true,
  },
  { name: 'سونيتا ديفي راي', surname: 'راي', gender: 'f', shape: 'a South Asian name of three words' },
];

/**
 * A title before the name in each gender: for the men a rank of two words or a role with its nisba, for
 * the women a role with its nisba or a one-word title; the spokesman of a ministry with its nisba.
 */
const titles: Array<{ m: string; f: string }> = [
  { m: 'العقيد بحري', f: 'الناقدة الفنية' },
  { m: 'اللواء ركن', f: 'المؤرخة الرياضية' },
  { m: 'الفريق أول', f: 'الباحثة الاجتماعية' },
  { m: 'المقدم طيار', f: 'الخبيرة الاقتصادية' },
  { m: 'المؤرخ الرياضي', f: 'الدكتورة' },
  { m: 'الناقد الفني', f: 'الكاتبة الصحفية' },
  { m: 'العميد بحري', f: 'المحامية' },
  { m: 'الباحث الاجتماعي', f: 'الناشطة الحقوقية' },
  { m: 'الرائد طيار', f: 'المهندسة المعمارية' },
  { m: 'المتحدث باسم وزارة الداخلية النيبالية', f: 'المتحدثة باسم وزارة الصحة المغربية' },
];

const partial = 'وقعت في مواقع غير مخصصة للسباحة';
const demand = 'خطة طوارئ تشمل نقاط مراقبة ثابتة';
const direct = 'نعمل على مدار الساعة ولن نتهاون مع أي مخالفة';
const promise = 'قبل نهاية العام الجاري';

type Said = Row['quotes'][number];
type Follow = (p: Person, t: string) => { text: string; quotes: Said[] };
const by = (p: { gender: Gender }, m: string, f: string) => gendered(p.gender, m, f);

const follows: Array<[string, Follow]> = [
  [
    'إن after the name',
    (p, t) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${t} ${p.name} إن أغلب الحالات «${partial}».`,
      quotes: [[partial, 'partial', p.name]],
    }),
  ],
  [
    'an aside between commas',
    (p, t) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${t} ${p.name}، ${by(p, 'الذي يتابع', 'التي تتابع')} الملف منذ عامين، إن أغلب الحالات «${partial}».`,
      quotes: [[partial, 'partial', p.name]],
    }),
  ],
  [
    'a time phrase',
    (p, t) => ({
      text: `${by(p, 'وأكد', 'وأكدت')} ${t} ${p.name} مساء أمس أن أغلب الحالات «${partial}».`,
      quotes: [[partial, 'partial', p.name]],
    }),
  ],
  [
    'the verb’s object and بـ',
    (p, t) => ({
      text: `${by(p, 'وطالب', 'وطالبت')} ${t} ${p.name} الجهات المعنية بـ«${demand}».`,
      quotes: [[demand, 'partial', p.name]],
    }),
  ],
  [
    'لـ and an outlet',
    (p, t) => ({
      text: `${by(p, 'وأوضح', 'وأوضحت')} ${t} ${p.name} لـ«عكاظ» أن أغلب الحالات «${partial}».`,
      quotes: [
        ['عكاظ', 'mention', null],
        [partial, 'partial', p.name],
      ],
    }),
  ],
  [
    'a colon after في تصريح',
    (p, t) => ({
      text: `${by(p, 'وقال', 'وقالت')} ${t} ${p.name} في تصريح صحفي: «${direct}».`,
      quotes: [[direct, 'direct', p.name]],
    }),
  ],
  [
    'a relay after عن',
    (p, t) => ({
      text: `ونقلت صحيفة «الرياض» عن ${t} ${p.name} ${by(p, 'قوله', 'قولها')} إن أغلب الحالات «${partial}».`,
      quotes: [
        ['الرياض', 'mention', null],
        [partial, 'partial', p.name],
      ],
    }),
  ],
  [
    'the family name called back with a verb and its object',
    (p, t) => ({
      text: [
        `${by(p, 'وقال', 'وقالت')} ${t} ${p.name} إن أغلب الحالات «${partial}».`,
        `${by(p, 'وتعهد', 'وتعهدت')} ${p.surname} بإطلاق حملة توعية جديدة، ${by(p, 'مبيناً', 'مبينة')} أن الحملة ستبدأ «${promise}».`,
      ].join('\n\n'),
      quotes: [
        [partial, 'partial', p.name],
        [promise, 'partial', p.name],
      ],
    }),
  ],
];

const background = 'جدة - «عكاظ»\n\nشهدت الشواطئ حوادث غرق متكررة منذ بداية الصيف.';
const dateline: Said = ['عكاظ', 'mention', null];

/** Where the engine does not read the person's bounds yet (see each `engine gap`). */
function personGap(p: Person, follow: string, title: string): boolean {
  if (follow.startsWith('the verb’s object') && p.objectGap) return true;
  // (A role with its adjective before a name of five words after عن, المؤرخ الرياضي مسفر بن حمد آل سدران,
  // was a gap until مسفر joined the given names: the name now starts at it.)
  // engine gap: a role with its adjective, then a compound name with عبد and a time phrase: the role
  // stays and the family name goes (المؤرخ الرياضي عبد الحق).
  if (follow === 'a time phrase' && title === 'المؤرخ الرياضي' && p.name.startsWith('عبد ')) return true;
  // engine gap: بيشنو, which opens with the name of the Saudi town بيش, goes on the title after a body or
  // a role with its adjective (المتحدث باسم وزارة … بيشنو; the speaker براساد أديكاري).
  if (
    p.name.startsWith('بيشنو') &&
    (follow.startsWith('an aside') || follow.startsWith('the family name called back'))
  )
    return true;
  // engine gap: a Chinese family name comes first (وانغ): called back with its verb's object, the object
  // runs into it (وانغ بإطلاق حملة توعية), as only a name's last word is known as a family name.
  if (p.shape === 'a Chinese name' && follow.startsWith('the family name called back')) return true;
  return false;
}

const personRows: Row[] = crossed({ person: people, follow: follows }, { title: titles }).map(
  ({ person, follow: [followWhat, follow], title }) => {
    const t = by(person, title.m, title.f);
    const { text, quotes } = follow(person, t);
    return {
      what: `${followWhat} (${person.shape}, ${by(person, 'a man', 'a woman')}, ${t})`,
      text: `${background}\n\n${text}`,
      quotes: [dateline, ...quotes],
      ...(personGap(person, followWhat, t) ? { gaps: ['attribution' as const] } : {}),
    };
  },
);

interface Body {
  name: string;
  gender: Gender;
  shape: string;
}

const bodies: Body[] = [
  { name: 'المديرية العامة للشؤون الصحية بمنطقة حائل', gender: 'f', shape: 'a directorate with its region' },
  { name: 'الإدارة العامة للتعليم بمحافظة جدة', gender: 'f', shape: 'a directorate with its governorate' },
  { name: 'هيئة الهلال الأحمر السعودي بمنطقة جازان', gender: 'f', shape: 'an authority with its region' },
  { name: 'المديرية العامة للدفاع المدني بمنطقة تبوك', gender: 'f', shape: 'a directorate with its region' },
  { name: 'الجبهة الشعبية لتحرير فلسطين', gender: 'f', shape: 'a faction with ل and a country' },
  { name: 'إدارة الغابات الحكومية', gender: 'f', shape: 'a body with a nisba' },
  { name: 'المركز الوطني للأرصاد', gender: 'm', shape: 'a centre of the masculine' },
  { name: 'الاتحاد العام التونسي للشغل', gender: 'm', shape: 'a union of the masculine' },
  { name: 'اللجنة الدولية للصليب الأحمر', gender: 'f', shape: 'a committee with ل' },
  { name: 'الجمعية السعودية لمرضى السكري', gender: 'f', shape: 'a society with ل' },
];

const said = 'خطوة مهمة لحماية الأرواح';

type Tail = (b: Body, date: string) => string;
const tails: Array<[string, Tail]> = [
  ['في بيان', (b) => `${by(b, 'وأكد', 'وأكدت')} ${b.name} في بيان أن القرار «${said}».`],
  ['a date after the name', (b, d) => `${by(b, 'وأعلن', 'وأعلنت')} ${b.name} ${d} أن القرار «${said}».`],
  [
    'the verb’s object, then a participle',
    (b) =>
      `${by(b, 'وثمن', 'وثمنت')} ${b.name} جهود الفرق الميدانية، ${by(b, 'مؤكداً', 'مؤكدة')} في بيان أن القرار «${said}».`,
  ],
  [
    'في بيان and the verb’s object before بأنها',
    (b) => `${by(b, 'ووصف', 'ووصفت')} ${b.name} في بيان الخطوة بأنها «${said}».`,
  ],
  [
    'the verb’s object, then a second verb',
    (b) =>
      `${by(b, 'ودعا', 'ودعت')} ${b.name} المواطنين إلى الحذر، ${by(b, 'وأكد', 'وأكدت')} أن القرار «${said}».`,
  ],
  [
    'a background clause with a date, then the statement',
    (b, d) =>
      `وجاء ذلك بعد المسح الذي ${by(b, 'أعلنه', 'أعلنته')} ${b.name} ${d}.\n\n${by(b, 'وذكر', 'وذكرت')} ${b.name} في بيان أن القرار «${said}».`,
  ],
  [
    'the place of the event after the name (guard)',
    (b) =>
      `${by(b, 'وقال', 'وقالت')} ${b.name} في مؤتمر صحفي ${by(b, 'عقده', 'عقدته')} في الرياض إن القرار «${said}».`,
  ],
];

/** Where the engine does not end the body's name yet (see each `engine gap`). */
function bodyGap(b: Body, tail: string): boolean {
  // engine gap: a field after لل with a plain adjective of its own (للصليب الأحمر), then the verb's
  // object: the object runs in (… الأحمر جهود الفرق الميدانية) or the adjective is cut (… للصليب).
  return b.name.endsWith('للصليب الأحمر') && tail.startsWith('the verb’s object');
}

const dates = ['في فبراير الماضي', 'الأسبوع الماضي', 'يوم الأحد', 'مطلع العام الجاري', 'في 12 مارس الجاري'];

const bodyRows: Row[] = crossed({ body: bodies, tail: tails }, { date: dates }).map(
  ({ body, tail: [tailWhat, tail], date }) => ({
    what: `a body: ${tailWhat} (${body.shape}, ${date})`,
    text: `${background}\n\n${tail(body, date)}`,
    quotes: [dateline, [said, 'partial', body.name]],
    ...(bodyGap(body, tailWhat) ? { gaps: ['attribution' as const] } : {}),
  }),
);

/** Names whose words look like a corps, a rank or a noun, after a one-word rank or title. */
const lookalikes: Person[] = [
  { name: 'جمال بحري', surname: 'بحري', gender: 'm', shape: 'a family name بحري', objectGap: true },
  { name: 'نضال جمال', surname: 'جمال', gender: 'm', shape: 'a given name نضال and جمال' },
  { name: 'جمال سعيد طيار', surname: 'طيار', gender: 'm', shape: 'a family name طيار', objectGap: true },
  {
    name: 'نضال بن علي بحري',
    surname: 'بحري',
    gender: 'm',
    shape: 'a Gulf name ending in بحري',
    objectGap: true,
  },
  { name: 'أمل نضال', surname: 'نضال', gender: 'f', shape: 'a woman’s name ending in نضال' },
  { name: 'جمانة بحري', surname: 'بحري', gender: 'f', shape: 'a woman’s family name بحري', objectGap: true },
];
const oneWordTitles: Array<{ m: string; f: string }> = [
  { m: 'العقيد', f: 'الدكتورة' },
  { m: 'المهندس', f: 'المهندسة' },
  { m: 'الرائد', f: 'المحامية' },
];

const guardRows: Row[] = crossed(
  { person: lookalikes, follow: follows.filter(([w]) => !w.startsWith('the family name')) },
  { title: oneWordTitles },
).map(({ person, follow: [followWhat, follow], title }) => {
  const t = by(person, title.m, title.f);
  const { text, quotes } = follow(person, t);
  return {
    what: `guard: ${followWhat} (${person.shape}, ${t})`,
    text: `${background}\n\n${text}`,
    quotes: [dateline, ...quotes],
    ...(personGap(person, followWhat, t) ? { gaps: ['attribution' as const] } : {}),
  };
});

/**
 * Widened after the first fixes, as a grid of its own so that the rows above keep their titles: a date
 * after في after the person's name, and a date then the verb's object after the body's.
 */
const datedRows: Row[] = [
  ...crossed({ person: people }, { title: titles }).map(({ person, title }) => {
    const t = by(person, title.m, title.f);
    return {
      what: `a date after في (${person.shape}, ${by(person, 'a man', 'a woman')}, ${t})`,
      text: `${background}\n\n${by(person, 'وأعلن', 'وأعلنت')} ${t} ${person.name} في فبراير الماضي أن أغلب الحالات «${partial}».`,
      quotes: [dateline, [partial, 'partial', person.name] as Said],
    };
  }),
  ...crossed({ body: bodies }, { date: dates }).map(({ body, date }) => ({
    what: `a body: a date, then the verb’s object and a participle (${body.shape}, ${date})`,
    text: `${background}\n\n${by(body, 'ودعا', 'ودعت')} ${body.name} ${date} المواطنين إلى الحذر، ${by(body, 'مؤكداً', 'مؤكدة')} أن القرار «${said}».`,
    quotes: [dateline, [said, 'partial', body.name] as Said],
  })),
];

describe('grid: a person’s name between a title of two words and what follows it', () => runGrid(personRows));
describe('grid: a date after the name, then the clause or the object', () => runGrid(datedRows));
describe('grid: a body’s name and where it ends', () => runGrid(bodyRows));
describe('grid: names that look like titles or nouns (guards)', () => runGrid(guardRows));
