/**
 * A grid of callbacks: a person is named with a title or a description in one paragraph, in any of the
 * ways desks introduce people (the subject of a verb that is no cue, the object of a meeting, a title
 * after the name between commas, an aside with وهو/وهي and an indefinite title, an age in brackets, the
 * subject of a cue with no quote), and the next paragraph's quote is called back by the bare title, the
 * family name, a quote-first present cue, a partial after أن, or a dropped subject. Whatever the frames,
 * a reader credits the quote to the one person named, by the full name the text gave: so each row's
 * expectation follows from the frames, for every name shape (Gulf names with بن/بنت, two plain given names,
 * a family name with the article, a foreign name; men and women) and title (with or without adjectives,
 * in construct).
 *
 * Until this grid, a title given after the name (أحمد فوزي، المهندس المصري، …; وهو مهندس مصري; the age
 * between) was learnt only when a cue or an honorific stood before the name: 60 of those 480 rows passed.
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

const people: Person[] = [
  { name: 'خالد بن سعد العتيبي', surname: 'العتيبي', gender: 'm', shape: 'a Gulf name with بن' },
  { name: 'أحمد فوزي', surname: 'فوزي', gender: 'm', shape: 'two given names' },
  { name: 'ماجد العنزي', surname: 'العنزي', gender: 'm', shape: 'a family name with the article' },
  { name: 'جون ميلر', surname: 'ميلر', gender: 'm', shape: 'a foreign name' },
  { name: 'نورة بنت عبدالله القحطاني', surname: 'القحطاني', gender: 'f', shape: 'a Gulf name with بنت' },
  { name: 'سارة الجبوري', surname: 'الجبوري', gender: 'f', shape: 'a family name with the article' },
  { name: 'منى سامي', surname: 'سامي', gender: 'f', shape: 'two given names' },
  { name: 'ماريا غونزاليس', surname: 'غونزاليس', gender: 'f', shape: 'a foreign name' },
];

/** A title as written with the name, in each gender, and as the bare title that calls the person back. */
interface Title {
  m: string;
  f: string;
  bareM: string;
  bareF: string;
}
const titles: Title[] = [
  { m: 'المهندس', f: 'المهندسة', bareM: 'المهندس', bareF: 'المهندسة' },
  { m: 'الطبيب', f: 'الطبيبة', bareM: 'الطبيب', bareF: 'الطبيبة' },
  { m: 'المحامي', f: 'المحامية', bareM: 'المحامي', bareF: 'المحامية' },
  { m: 'الباحث', f: 'الباحثة', bareM: 'الباحث', bareF: 'الباحثة' },
  { m: 'المعلم', f: 'المعلمة', bareM: 'المعلم', bareF: 'المعلمة' },
  { m: 'الناشط الحقوقي', f: 'الناشطة الحقوقية', bareM: 'الناشط', bareF: 'الناشطة' },
  { m: 'الخبير الاقتصادي', f: 'الخبيرة الاقتصادية', bareM: 'الخبير', bareF: 'الخبيرة' },
  { m: 'مدير المستشفى', f: 'مديرة المستشفى', bareM: 'مدير المستشفى', bareF: 'مديرة المستشفى' },
  { m: 'المدرب الوطني', f: 'المدربة الوطنية', bareM: 'المدرب', bareF: 'المدربة' },
  { m: 'الموظف الحكومي', f: 'الموظفة الحكومية', bareM: 'الموظف', bareF: 'الموظفة' },
];

/** What follows the subject in the introducing sentence: a place, a time, a task, a company. */
const tails = ['في الموقع منذ سنوات', 'بالمدينة منذ عام 2010', 'على المشروع منذ بدايته', 'مع فريق صغير'];

const by = (p: Person, m: string, f: string) => (p.gender === 'm' ? m : f);

/** The title without its article (مهندس مصري; مدير المستشفى keeps its genitive's). */
const indefinite = (title: string) =>
  title.startsWith('ال')
    ? title
        .split(' ')
        .map((w) => w.replace(/^ال/u, ''))
        .join(' ')
    : title;

type Intro = (p: Person, title: string, tail: string) => string;
const intros: Array<[string, Intro]> = [
  [
    'a verb that is no cue, title, name',
    (p, t, tail) => `${by(p, 'ويعمل', 'وتعمل')} ${t} ${p.name} ${tail}.`,
  ],
  [
    'كان with قد and a verb of arriving',
    (p, t) => `${by(p, 'وكان', 'وكانت')} ${t} ${p.name} قد ${by(p, 'وصل', 'وصلت')} إلى الموقع صباح أمس.`,
  ],
  [
    'the object of a meeting',
    (p, t) => `والتقت «الوطن» ${t} ${p.name} في ${by(p, 'مكتبه', 'مكتبها')} بالرياض.`,
  ],
  [
    'the name, then the definite title between commas',
    (p, t, tail) => `${by(p, 'ويعمل', 'وتعمل')} ${p.name}، ${t}، ${tail}.`,
  ],
  [
    'the name, then وهو/وهي and the indefinite title',
    (p, t, tail) => `${by(p, 'ويعمل', 'وتعمل')} ${p.name}، ${by(p, 'وهو', 'وهي')} ${indefinite(t)}، ${tail}.`,
  ],
  [
    'the name, the age in brackets, then the title',
    (p, t, tail) => `${by(p, 'ويعمل', 'وتعمل')} ${p.name} (45 عاماً)، ${t}، ${tail}.`,
  ],
  ['a cue with no quote', (p, t) => `${by(p, 'وقال', 'وقالت')} ${t} ${p.name} إن العمل يسير وفق الخطة.`],
  [
    'the title and name opening the sentence',
    (p, t, tail) => `${t} ${p.name} ${by(p, 'يعمل', 'تعمل')} ${tail}.`,
  ],
];

const words = 'أجرينا كل الاختبارات اللازمة';
const part = 'جاءت سليمة تماماً';
type Callback = (p: Person, bare: string) => string;
const callbacks: Array<[string, Callback, 'direct' | 'partial', string]> = [
  [
    'a cue, the bare title, a colon',
    (p, b) => `${by(p, 'وقال', 'وقالت')} ${b}: «${words}».`,
    'direct',
    words,
  ],
  [
    'a cue, the family name, a colon',
    (p) => `${by(p, 'وقال', 'وقالت')} ${p.surname}: «${words}».`,
    'direct',
    words,
  ],
  [
    'the quote, then a present cue and the bare title',
    (p, b) => `«${words}»، ${by(p, 'يقول', 'تقول')} ${b}.`,
    'direct',
    words,
  ],
  [
    'a present cue, the bare title, a colon',
    (p, b) => `${by(p, 'ويقول', 'وتقول')} ${b}: «${words}».`,
    'direct',
    words,
  ],
  [
    'a cue, the bare title, أن and a partial',
    (p, b) => `${by(p, 'وأوضح', 'وأوضحت')} ${b} أن الفحوص «${part}».`,
    'partial',
    part,
  ],
  ['a cue with no subject', (p) => `${by(p, 'وأضاف', 'وأضافت')}: «${words}».`, 'direct', words],
];

/** The paper's name in the dateline (and in a meeting's subject) is a mention, as every quoted outlet is. */
const paper: Row['quotes'][number] = ['الوطن', 'mention', null];

const rows: Row[] = crossed(
  { person: people, intro: intros, callback: callbacks },
  { title: titles, tail: tails },
).map(
  ({ person, intro: [introWhat, intro], callback: [callbackWhat, callback, kind, quote], title, tail }) => {
    const introduced = intro(person, by(person, title.m, title.f), tail);
    return {
      what: `${introWhat}; then ${callbackWhat} (${person.shape}, ${by(person, 'a man', 'a woman')}, ${title.m}; ${tail})`,
      text: [
        'الرياض - «الوطن»',
        'شهد المشروع تأخراً في التنفيذ خلال الأشهر الماضية.',
        introduced,
        callback(person, by(person, title.bareM, title.bareF)),
      ].join('\n\n'),
      quotes: [paper, ...(introduced.includes('«الوطن»') ? [paper] : []), [quote, kind, person.name]],
    };
  },
);

describe('grid: a person introduced in one paragraph, called back in the next', () => runGrid(rows));
