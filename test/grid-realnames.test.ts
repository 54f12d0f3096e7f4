/**
 * A grid of names cut short or run on, and of a body's account, page or spokesman standing for the body,
 * in the shapes real news pages give (the speaker is the fullest name the article gives, a statement is
 * the body's that issued it, an unnamed member of a named body speaks for the body):
 *   - a name after a post and a nationality, then a time word before أن (أعلن وزير الداخلية الفرنسي فلان
 *     علان أمس أن «…»), the family name shaped like ف/ب/ك and the article or not;
 *   - a body's official account, page or site on a network (وقال الحساب الرسمي لوزارة …، ونشرت الصفحة
 *     الرسمية لـ…، وغرد موقع الاتحاد …), and an unnamed spokesman of a body quoted by its name
 *     (المتحدث باسم «…»): the body;
 *   - a spokesman of a body given with its full name and its short name, then his name (الناطق باسم حركة
 *     … «حماس»-like short name فلان علان): the person;
 *   - a name and a companion after و with a possessive (فلان ومواطنه البرتغالي علان): two people, the first
 *     called back alone;
 *   - a verb of praise whose object is a possessed noun and another name (ثمنت فلانة مسيرة علانة): the
 *     subject only;
 *   - a family name the article writes without the article and calls back with it, the Gulf way (علي
 *     زايد … وأضاف الزايد): the same man when no other person bears that name.
 * Guards: near shapes the engine reads right and must keep: given names that are time or title words
 * (صباح, أمين, بدر) inside a full name, two people joined by و each named for their own quote, bodies
 * whose names hold a person's name (جامعة الملك سعود), a named spokesman, a Gulf surname when another
 * person in the article bears it with the article.
 *
 * People are invented. Expectations were written by reading, before the engine ran on them.
 * The first 123 rows (103 of the family, 20 guards; two صباح rows first written as guards were wrong on
 * the engine of 2ad0b7c and moved to the family) were written before any change: 78 wrong on 2ad0b7c, the
 * guards right. Eleven rows were added after a change, by reading too (a person's account, a companion after
 * a title in ل, a spokesman called back by his family name, a ministry on its own site). Now 28 of the 134
 * rows are wrong, all marked as engine gaps below; the guards right throughout.
 */
import { describe } from 'vitest';
import { crossed, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

const Q = 'الوضع الأمني يتطلب يقظة دائمة';
const P = 'لن نتراجع عن هذا القرار';

// A name cut before a time word.
const timeNames = [
  'ميشال فالكون',
  'جان بالدوري',
  'هانس كالديرن',
  'ماريو فالنتي',
  'بيير دوماس',
  'سمير الخطيب',
  'كريم عبد الله',
];
const timeTitles = ['وزير الداخلية الفرنسي', 'رئيس الوزراء الإيطالي', 'وزير الخارجية الألماني'];
const timeWords = ['أمس', 'اليوم', 'الثلاثاء', 'مساء أمس'];
const timeVerbs = ['أعلن', 'أكد', 'ذكر'];
const timeRows: Row[] = crossed(
  { name: timeNames, time: timeWords },
  { title: timeTitles, verb: timeVerbs },
).map(({ name, time, title, verb }) => ({
  what: `a name after a post, then ${time} before أن (${name}, ${verb})`,
  text: `${verb} ${title} ${name} ${time} أن هناك «${Q}». وأضاف: «${P}».`,
  quotes: [
    [Q, 'partial', name],
    [P, 'direct', name],
  ],
}));

// A body's account, page or site; an unnamed spokesman of a body quoted by its name.
interface Outlet {
  body: string;
  verb: string;
  frame: (body: string, verb: string) => string;
  what: string;
  kind: 'direct' | 'partial';
  mentions: readonly string[];
}
const outletBodies = [
  'وزارة الخارجية الأمريكية',
  'رئاسة مجلس الوزراء المصري',
  'الاتحاد السعودي لكرة القدم',
  'وزارة الصحة الكويتية',
  'هيئة الطيران المدني',
];
const outletFrames: Outlet[] = [
  {
    what: 'the official account, then عبر «تويتر» and a colon',
    body: '',
    verb: 'وقال',
    frame: (b, v) => `${v} الحساب الرسمي لـ${b} عبر موقع «تويتر»: «${Q}».`,
    kind: 'direct',
    mentions: ['تويتر'],
  },
  {
    what: 'the official page on فيسبوك, then أن',
    body: '',
    verb: 'ونشرت',
    frame: (b, v) => `${v} الصفحة الرسمية لـ${b} على فيسبوك، أن «${Q}».`,
    kind: 'partial',
    mentions: [],
  },
  {
    what: 'the site of the body tweeting, a colon',
    body: '',
    verb: 'وغرد',
    frame: (b, v) => `وبعد اللقاء ${v} الموقع الرسمي لـ${b} على تويتر: «${Q}».`,
    kind: 'direct',
    mentions: [],
  },
  {
    what: 'the official account, a colon',
    body: '',
    verb: 'وكتب',
    frame: (b, v) => `${v} الحساب الرسمي لـ${b}: «${Q}».`,
    kind: 'direct',
    mentions: [],
  },
];
const lam = (b: string) => (b.startsWith('ال') ? b.slice(2) : b);
const outletRows: Row[] = crossed({ frame: outletFrames, body: outletBodies }, {}).map(({ frame, body }) => ({
  what: `${frame.what} (${body})`,
  // لـ + a definite body drops its alef: للاتحاد.
  text: frame
    .frame(body, frame.verb)
    .replace(`لـ${body}`, body.startsWith('ال') ? `لل${lam(body)}` : `ل${body}`),
  quotes: [...frame.mentions.map((m) => [m, 'mention', null] as const), [Q, frame.kind, body]],
}));

// A person's official account or page, after ل glued to the title: the person.
const personAccountRows: Row[] = [
  ['وكتب الحساب الرسمي للوزير خالد سمير', 'خالد سمير', 'direct'],
  ['ونشرت الصفحة الرسمية للرئيس سامي العلي', 'سامي العلي', 'direct'],
  ['وغرد الحساب الرسمي للسفيرة هند المطيري', 'هند المطيري', 'direct'],
].map(([opening, name, kind]) => ({
  what: `a person's official account or page after ل and a title (${name})`,
  text: `${opening}: «${Q}».`,
  quotes: [[Q, kind as 'direct', name as string]],
}));

const quotedBodies = ['بي بي سي', 'سكاي نيوز', 'أرامكو', 'فيسبوك'];
const spokesmanRows: Row[] = quotedBodies.flatMap((b) => [
  {
    what: `an unnamed spokesman of a body quoted by its name, إن (${b})`,
    text: `وقال المتحدث باسم «${b}» لوكالة «الأناضول»، إن المنتج «${Q}».`,
    quotes: [
      [b, 'mention', null],
      ['الأناضول', 'mention', null],
      [Q, 'partial', b],
    ],
  },
  {
    what: `an unnamed spokeswoman of a body quoted by its name, a colon (${b})`,
    text: `وقالت متحدثة باسم «${b}»: «${Q}».`,
    quotes: [
      [b, 'mention', null],
      [Q, 'direct', b],
    ],
  },
]);

// A spokesman of a body with its full and its short name, then his name.
const movements = [
  'حركة المقاومة الإسلامية حماس',
  'حركة الجهاد الإسلامي',
  'حزب التجمع الوطني',
  'حركة التحرير الوطني فتح',
];
const spokesmen = ['خالد سمير', 'عماد الحلبي', 'سامي أبو زيد'];
const spokesVerbs = ['وأكد', 'وقال', 'وشدد'];
const movementRows: Row[] = crossed({ body: movements, name: spokesmen }, { verb: spokesVerbs }).map(
  ({ body, name, verb }) => ({
    what: `a spokesman of ${body}, then his name (${name}, ${verb})`,
    text: `${verb} الناطق باسم ${body} ${name} على أن «${Q}». وأضاف: «${P}».`,
    quotes: [
      [Q, 'partial', name],
      [P, 'direct', name],
    ],
  }),
);

// …and called back by the family name in the next paragraph.
const movementCallbackRows: Row[] = movements.map((body, n) => {
  const name = spokesmen[n % spokesmen.length] as string;
  return {
    what: `a spokesman of ${body}, then his name, called back by the family name (${name})`,
    text: `وأكد الناطق باسم ${body} ${name} على أن «${Q}».\n\nوقال ${name.split(' ').at(-1)} في تصريح خاص: «${P}».`,
    quotes: [
      [Q, 'partial', name],
      [P, 'direct', name],
    ],
  };
});

// A companion after و with a possessive.
const pairs = [
  ['ماركو سيلفا', 'ومواطنه البرتغالي جواو فيريرا'],
  ['خوان غارسيا', 'ومواطنه الإسباني لويس مارتن'],
  ['سالم الدوسري', 'وزميله في الفريق فهد العنزي'],
  ['هاني رمزي', 'ومساعده المصري أحمد عادل'],
];
const companionRows: Row[] = pairs.flatMap(([first, second]) => {
  const last = (first as string).split(' ').at(-1) as string;
  return [
    {
      what: `a name and a companion after و with a possessive, then the first called back (${first})`,
      text: `حضر المؤتمر الصحفي مدربا الفريقين، ${first} ${second}، قبل النهائي غدا.\n\nوقال ${last}: «${Q}».`,
      quotes: [[Q, 'direct', first as string]],
    },
    {
      what: `a name and a companion after و with a possessive, then the first called back after a cue (${first})`,
      text: `التقى الصحفيون ${first} ${second} في مقر النادي أمس.\n\nوأكد ${last} أن الفريق «${P}».`,
      quotes: [[P, 'partial', first as string]],
    },
  ];
});

// The same after a title in ل and a comma (المؤتمر الصحفي لمدربي الفريقين، فلان ومواطنه …،), the first
// named by one word.
const lamCompanionRows: Row[] = [
  ['ماركيز', 'ومواطنه البرتغالي جواو فيريرا', 'لمدربي الفريقين'],
  ['رودريغو', 'ومواطنه الإسباني لويس مارتن', 'لمدربي المنتخبين'],
  ['سالم الدوسري', 'وزميله في الفريق فهد العنزي', 'للاعبي الفريق'],
].map(([first, second, title]) => ({
  what: `a title in ل, a comma, a name and a companion after و with a possessive (${first})`,
  text: `وثقت الصحيفة المؤتمر الصحفي ${title}، ${first} ${second}، وذلك قبل النهائي غدا.\n\nوقال ${(first as string).split(' ').at(-1)}: «${Q}».`,
  quotes: [[Q, 'direct', first as string]],
}));

// A verb of praise with a possessed object and another name.
const praisers = [
  ['هالة', 'f'],
  ['منى زكي', 'f'],
  ['كريم فهمي', 'm'],
  ['عادل إمام', 'm'],
] as const;
const praised = ['مسيرة نادية كامل', 'تجربة سعاد حسني', 'أداء محمود ياسين'];
const praiseVerbs = [
  ['ثمنت', 'ثمن', 'مؤكدة', 'مؤكدا'],
  ['أشادت بـ', 'أشاد بـ', 'مشيرة', 'مشيرا'],
] as const;
const praiseRows: Row[] = crossed({ who: praisers, object: praised }, { verb: praiseVerbs }).map(
  ({ who: [name, g], object, verb }) => {
    const v = g === 'f' ? verb[0] : verb[1];
    const participle = g === 'f' ? verb[2] : verb[3];
    const obj = v.endsWith('بـ') ? `${v} ${name} ب${object}` : `${v} ${name} ${object}`;
    return {
      what: `a verb of praise with a possessed object naming another (${name}, ${object}, ${v})`,
      text: `${g === 'f' ? 'من جهتها' : 'من جهته'}، ${obj.replace(/بـ /u, '')}، ${participle} أنها «${Q}».`,
      quotes: [[Q, 'partial', name]],
    };
  },
);

// A Gulf family name called back with the article.
const gulf = [
  ['علي زايد', 'الزايد', 'النائب'],
  ['سالم راشد', 'الراشد', 'النائب'],
  ['فهد منصور', 'المنصور', 'العضو'],
  ['خالد سعد', 'السعد', 'النائب'],
];
const gulfRows: Row[] = gulf.flatMap(([name, called, title]) => [
  {
    what: `a family name written plain, called back with the article (${name} … ${called})`,
    text: `طالب ${title} ${name} بدور أكبر للنواب في أي حوار مقبل، وقال «${P}». وأضاف ${called}، خلال جلسة المجلس أمس، أن الحوار «${Q}».`,
    quotes: [
      [P, 'direct', name as string],
      [Q, 'partial', name as string],
    ],
  },
  {
    what: `a family name written plain, called back with the article after a paragraph (${name} … ${called})`,
    text: `انتقد ${title} ${name} أداء الوزارة في الجلسة.\n\nوأكد ${called} أن الوزارة «${Q}».`,
    quotes: [[Q, 'partial', name as string]],
  },
]);

// Guards.
const guards: Row[] = [
  {
    what: 'guard: أمين as a given name, no title',
    text: `وقال أمين الهاجري، رئيس الشركة، إن الأرباح «${Q}».`,
    quotes: [[Q, 'partial', 'أمين الهاجري']],
  },
  {
    what: 'guard: بدر as a given name before أمس',
    text: `قال بدر الصالح أمس إن الوضع «${Q}».`,
    quotes: [[Q, 'partial', 'بدر الصالح']],
  },
  {
    what: 'guard: a name after a post, no time word',
    text: `أعلن وزير الداخلية الفرنسي جان دوبوا أن هناك «${Q}».`,
    quotes: [[Q, 'partial', 'جان دوبوا']],
  },
  {
    what: 'guard: a name after a post, then أمس, a plain family name',
    text: `أعلن وزير الداخلية الفرنسي جان دوبوا أمس أن هناك «${Q}».`,
    quotes: [[Q, 'partial', 'جان دوبوا']],
  },
  {
    what: 'guard: a named spokesman of a ministry',
    text: `وقال المتحدث باسم وزارة الخارجية خالد سمير إن الوزارة «${Q}».`,
    quotes: [[Q, 'partial', 'خالد سمير']],
  },
  {
    what: 'guard: a named spokesman of a body quoted by its name',
    text: `وقال المتحدث باسم «بي بي سي» جون سميث إن المنتج «${Q}».`,
    quotes: [
      ['بي بي سي', 'mention', null],
      [Q, 'partial', 'جون سميث'],
    ],
  },
  {
    what: 'guard: an unnamed spokesman of a ministry',
    text: `وقال متحدث باسم وزارة الخارجية إن الوزارة «${Q}».`,
    quotes: [[Q, 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'guard: a body whose name holds a king’s name',
    text: `وقالت جامعة الملك سعود في بيان إن الدراسة «${Q}».`,
    quotes: [[Q, 'partial', 'جامعة الملك سعود']],
  },
  {
    what: 'guard: the head of a body whose name holds a king’s name, then his name',
    text: `وقال رئيس جامعة الملك سعود الدكتور فهد العتيبي إن الدراسة «${Q}».`,
    quotes: [[Q, 'partial', 'فهد العتيبي']],
  },
  {
    what: 'guard: two people joined by و, each quoted by name',
    text: `التقى خالد الفهد ونظيره سامي العلي أمس.\n\nوقال الفهد: «${Q}». وقال العلي: «${P}».`,
    quotes: [
      [Q, 'direct', 'خالد الفهد'],
      [P, 'direct', 'سامي العلي'],
    ],
  },
  {
    what: 'guard: a companion after و with a possessive, the companion quoted',
    text: `حضر المؤتمر ماركو سيلفا ومواطنه البرتغالي جواو فيريرا.\n\nوقال فيريرا: «${Q}».`,
    quotes: [[Q, 'direct', 'جواو فيريرا']],
  },
  {
    what: 'guard: a family name with the article called back, two people bear it',
    text: `قال النائب علي زايد إن المجلس «${P}». وقال النائب محمد الزايد إن الحوار «${Q}». وأضاف الزايد أن الحكومة «${P}».`,
    quotes: [
      [P, 'partial', 'علي زايد'],
      [Q, 'partial', 'محمد الزايد'],
      [P, 'partial', 'محمد الزايد'],
    ],
  },
  {
    what: 'guard: a family name with the article written so throughout',
    text: `قال النائب علي الزايد إن المجلس «${P}». وأضاف الزايد أن الحوار «${Q}».`,
    quotes: [
      [P, 'partial', 'علي الزايد'],
      [Q, 'partial', 'علي الزايد'],
    ],
  },
  {
    what: 'guard: a verb of praise with a plain object',
    text: `من جهتها، ثمنت هالة صدقي جهود المنظمين، مؤكدة أنها «${Q}».`,
    quotes: [[Q, 'partial', 'هالة صدقي']],
  },
  {
    what: 'guard: a ministry speaking on its own site',
    text: `وقالت وزارة الصحة على موقعها الرسمي إن الوضع «${Q}».`,
    quotes: [[Q, 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a ministry speaking in a statement',
    text: `وقالت وزارة الخارجية الأمريكية في بيان: «${Q}».`,
    quotes: [[Q, 'direct', 'وزارة الخارجية الأمريكية']],
  },
  {
    what: 'guard: a person writing on his own account',
    text: `وكتب الوزير خالد سمير على حسابه في «تويتر»: «${Q}».`,
    quotes: [
      ['تويتر', 'mention', null],
      [Q, 'direct', 'خالد سمير'],
    ],
  },
  {
    what: 'guard: the head of a firm quoted by name, then his name (no أمين)',
    text: `أعلن رئيس شركة «نور» السعودية فهد الهاجري الثلاثاء أن الشركة «${Q}». وقال الهاجري للصحفيين: «${P}».`,
    quotes: [
      ['نور', 'mention', null],
      [Q, 'partial', 'فهد الهاجري'],
      [P, 'direct', 'فهد الهاجري'],
    ],
  },

  {
    what: 'guard: a spokesman of a movement with its name only, then his name',
    text: `وقال الناطق باسم حركة فتح عماد الحلبي إن الحركة «${Q}».`,
    quotes: [[Q, 'partial', 'عماد الحلبي']],
  },
  {
    what: 'guard: two people joined by و after a title, the pair speaking',
    text: `وقال الباحثان خالد الفهد وسامي العلي إن النتائج «${Q}».`,
    quotes: [[Q, 'partial', 'خالد الفهد وسامي العلي']],
  },
];

const sabahRows: Row[] = [
  {
    what: 'a time word as a given name: صباح as a given name in a full name',
    text: `وقال الشيخ صباح خالد العلي إن الكويت «${Q}».`,
    quotes: [[Q, 'partial', 'صباح خالد العلي']],
  },
  {
    what: 'a time word as a given name: a title, then a name opening with صباح, then أمس',
    text: `وأكد رئيس الوزراء صباح ناصر الفهد أمس أن الحكومة «${Q}».`,
    quotes: [[Q, 'partial', 'صباح ناصر الفهد']],
  },
];

// A given name that is a title's head after a whole title.
const firms = ['نور', 'الريادة', 'سما'];
const aminRows: Row[] = firms.flatMap((firm) =>
  ['الهاجري', 'العتيبي'].map((surname) => ({
    what: `أمين as the given name after a post with a quoted firm (${firm}, ${surname})`,
    text: `أعلن رئيس شركة «${firm}» السعودية أمين ${surname} الثلاثاء أن الشركة «${Q}». وقال ${surname} للصحفيين: «${P}».`,
    quotes: [
      [firm, 'mention', null],
      [Q, 'partial', `أمين ${surname}`],
      [P, 'direct', `أمين ${surname}`],
    ],
  })),
);

// engine gap: a foreign family name that spells ب and a definite noun (بالدوري, also 'in the league'), after
// a post and a nationality and before a time word, is read as the verb's complement: the given name speaks.
for (const row of timeRows) if (row.what.includes('(جان بالدوري,')) row.gaps = ['attribution'];
// engine gap: an unnamed spokesman of a body quoted by its name, before إن, keeps his title.
for (const row of spokesmanRows.filter((r) => r.what.includes(', إن ('))) row.gaps = ['attribution'];
// engine gap: a verb of praise's possessed object (مسيرة, تجربة, أداء) and the name it governs run on
// from the subject's name.
for (const row of praiseRows) row.gaps = ['attribution'];
// engine gap: صباح as a given name after a title (not a man's honorific, الشيخ صباح, which reads it so) is
// read as a time word and ends the name.
for (const row of sabahRows) if (!row.text.includes('الشيخ صباح')) row.gaps = ['attribution'];

describe('names cut short or run on, and a body’s account for the body (real pages)', () => {
  runGrid([
    ...timeRows,
    ...outletRows,
    ...personAccountRows,
    ...spokesmanRows,
    ...movementRows,
    ...movementCallbackRows,
    ...companionRows,
    ...lamCompanionRows,
    ...praiseRows,
    ...gulfRows,
    ...aminRows,
    ...sabahRows,
  ]);
});

describe('names cut short or run on: guards', () => {
  runGrid(guards);
});
