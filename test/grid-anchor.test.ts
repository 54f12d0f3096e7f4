/**
 * A grid of long descriptions before the name: the subject of a verb of saying is a post with its body
 * and its field (عضو اللجنة الوطنية للنقل في مجلس الغرف السعودية), a researcher with her field and her
 * university behind ب (الباحثة في علوم المياه بجامعة طيبة), a role with its place (مدير الشؤون الصحية
 * بمنطقة جازان), a seat with its district (عضو المجلس البلدي عن الدائرة الثالثة بمحافظة الأحساء), a
 * party with its state (النائب الجمهوري عن ولاية أوكلاهوما), a second role noun (… رجل الأعمال), a body's
 * quoted short name (… لجمعية حماية المستهلك «حماية»), a body named after a king (… في مستشفى الملك فهد
 * بالمدينة المنورة); and only then the person, anchored by an honorific (الدكتور, المهندسة, الأستاذ), a
 * rank (العقيد, المقدم, الرائد), a chain with بن/بنت, a given name, or a foreign name of two or three
 * words, bare or between commas; then the clause's own complement (a colon, إن, على أن, من أن, لـ«outlet»:,
 * the verb's object then قائلاً:, ب and its object then مضيفاً أن). Whatever the fillers, a reader
 * credits the quote to the person by the name the text gives, without honorific, rank or description.
 *
 * The frames and their expectations were written before the engine ran on them. GUARDS, near shapes the
 * engine read right before this grid and must go on reading right: a description with no name (the
 * description speaks, whatever follows it: a colon, لـ«outlet», إن and a name inside the clause); a
 * body's unnamed spokesman (the body); a person after مع or the object of a verbal noun with its pronoun
 * inside the description's complement (مدير المستشفى في اتصال هاتفي مع الدكتور فلان, رئيس الجامعة خلال
 * استقباله الدكتور فلان: the description speaks); a body's name with a king's given name in it (مدير
 * مستشفى الملك فيصل التخصصي).
 *
 * Count (703 rows: 231 of the first grid, 300 of the second, 66 callbacks in the next paragraph, 63
 * other name shapes, 24 ranks, 19 guards): with the engine from before this grid, 171 were wrong (every
 * description the title's walk stops inside: at في علوم after الباحث, at عن after النائب الجمهوري or عضو
 * المجلس البلدي, at a body's quoted short name, at a second role noun, at a king's or a prince's name in
 * a centre's or a prize's, at a field joined with و and its pronoun; the speaker was the description, a
 * piece of it or the quoted name), the 19 guards right. After the change (namedAfterAnchor, subject.ts:
 * past the description's complements to an honorific, a rank, a given name or a chain, or a foreign name
 * between commas), 16 are wrong, the gaps below (gapOf, shapeGapOf), all but one not of this family: a
 * three-word name cut before the verb's object, the kinds after آن, إن or د. before لـ«الوطن»:; and a
 * kunya after بجامعة طيبة. The guards pass before and after. The second grid and the later shapes were
 * written after the first change; their rows wrong then (a name before خلال or قد, a college behind ب
 * read as the name, a centre named after a prince, الفقه وأصوله, a kunya, عبد الله in two words, د.) gave
 * the later rules.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

type Pair = readonly [string, string];

interface Description {
  /** The description, masculine and feminine, before the name. */
  words: Pair;
  /** The honorific that announces the name after this description. */
  honorific: Pair;
  /** Whether the people described have Arab names (a Saudi post) or foreign ones. */
  world: 'arab' | 'foreign';
  /** The quoted short name inside the description, a mention. */
  mention?: string;
  shape: string;
}

const descriptions: Description[] = [
  {
    words: [
      'عضو اللجنة الوطنية للنقل في مجلس الغرف السعودية',
      'عضو اللجنة الوطنية للنقل في مجلس الغرف السعودية',
    ],
    honorific: ['المهندس', 'المهندسة'],
    world: 'arab',
    shape: 'a post, its committee and its council after في',
  },
  {
    words: ['الباحث في علوم المياه بجامعة طيبة', 'الباحثة في علوم المياه بجامعة طيبة'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a researcher, his field after في and his university after ب',
  },
  {
    words: ['مدير الشؤون الصحية بمنطقة جازان', 'مديرة الشؤون الصحية بمنطقة جازان'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a role and its place after ب',
  },
  {
    words: [
      'عضو مجلس إدارة الغرفة التجارية بجدة رجل الأعمال',
      'عضو مجلس إدارة الغرفة التجارية بجدة سيدة الأعمال',
    ],
    honorific: ['المهندس', 'المهندسة'],
    world: 'arab',
    shape: 'a post with its body and place, then a second role noun',
  },
  {
    words: ['الأمين العام لجمعية حماية المستهلك «حماية»', 'الأمينة العامة لجمعية حماية المستهلك «حماية»'],
    honorific: ['الأستاذ', 'الأستاذة'],
    world: 'arab',
    mention: 'حماية',
    shape: 'a post and its body with the body’s quoted short name',
  },
  {
    words: [
      'عضو المجلس البلدي عن الدائرة الثالثة بمحافظة الأحساء',
      'عضو المجلس البلدي عن الدائرة الثالثة بمحافظة الأحساء',
    ],
    honorific: ['المهندس', 'المهندسة'],
    world: 'arab',
    shape: 'a seat, its district after عن and its province after ب',
  },
  {
    words: [
      'رئيس قسم الجراحة في مستشفى الملك فهد بالمدينة المنورة',
      'رئيسة قسم الجراحة في مستشفى الملك فهد بالمدينة المنورة',
    ],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a head of department in a hospital named after a king, and its city',
  },
  {
    words: ['النائب الجمهوري عن ولاية أوكلاهوما', 'النائبة الجمهورية عن ولاية أوكلاهوما'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'foreign',
    shape: 'a party and a state after عن',
  },
  {
    words: [
      'رئيس فرع الاتحاد الوطني لنقابات المزارعين «إف إن إس إي أ» في منطقة كالفادوس',
      'رئيسة فرع الاتحاد الوطني لنقابات المزارعين «إف إن إس إي أ» في منطقة كالفادوس',
    ],
    honorific: ['المهندس', 'المهندسة'],
    world: 'foreign',
    mention: 'إف إن إس إي أ',
    shape: 'a union’s branch with its quoted short name and its region',
  },
  {
    words: ['رئيس بلدية مدينة ليون', 'رئيسة بلدية مدينة ليون'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'foreign',
    shape: 'a mayor and his city',
  },
  {
    words: ['عضو البرلمان الأوروبي عن حزب الخضر الألماني', 'عضو البرلمان الأوروبي عن حزب الخضر الألماني'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'foreign',
    shape: 'a member of a parliament, his party after عن and its nationality',
  },
];

interface Person {
  name: string;
  shape: string;
  /** Whether the description's honorific stands before the name. */
  honorific: boolean;
  /**
   * engine gap: before the verb's definite object (القرار الأخير), this three-word name is cut to its
   * first two words (ماجد حسن, آن ماري, جان لوك), as it is with no description before it (وانتقد ماجد حسن الخطيب
   * القرار الأخير gives ماجد حسن too): the name's end against the object, not this grid's description.
   * Between commas the name is whole.
   */
  cutBeforeObject?: boolean;
}

/** The people of each world and gender, one per anchor: an honorific and a name, then two bare names. */
const people: Record<'arab' | 'foreign', Record<Gender, Person[]>> = {
  arab: {
    m: [
      { name: 'خالد بن سعد العتيبي', shape: 'an honorific and a chain with بن', honorific: true },
      { name: 'فهد بن ناصر الدوسري', shape: 'a chain with بن', honorific: false },
      {
        name: 'ماجد حسن الخطيب',
        shape: 'a given name, the father’s and the family’s',
        honorific: false,
        cutBeforeObject: true,
      },
    ],
    f: [
      { name: 'نورة بنت عبدالله القحطاني', shape: 'an honorific and a chain with بنت', honorific: true },
      { name: 'هيفاء بنت مطلق السحيمي', shape: 'a chain with بنت', honorific: false },
      { name: 'منى الغامدي', shape: 'a given name and a family name', honorific: false },
    ],
  },
  foreign: {
    m: [
      { name: 'روبرت هاريس', shape: 'an honorific and a foreign name', honorific: true },
      { name: 'ديفيد ماكلاود', shape: 'a foreign name of two words', honorific: false },
      {
        name: 'جان لوك مورو',
        shape: 'a foreign name of three words',
        honorific: false,
        cutBeforeObject: true,
      },
    ],
    f: [
      { name: 'سارة كولينز', shape: 'an honorific and a foreign name', honorific: true },
      { name: 'ماريا غونزاليس', shape: 'a foreign name of two words', honorific: false },
      {
        name: 'آن ماري دوبوا',
        shape: 'a foreign name of three words',
        honorific: false,
        cutBeforeObject: true,
      },
    ],
  },
};

const words = 'المشروع تأخر أكثر مما يحتمله السكان';
const part = 'يحتاج إلى مراجعة شاملة';
const warned = 'سيضاعف الأعباء على السكان';
const paper: Row['quotes'][number] = ['الوطن', 'mention', null];

/** What follows the subject: the verb before it, then the clause's own complement after it. */
type Tail = (g: Gender, subject: string) => string;
const tails: Array<[string, Tail, 'direct' | 'partial', string, boolean]> = [
  ['a colon', (g, s) => `${gendered(g, 'وقال', 'وقالت')} ${s}: «${words}».`, 'direct', words, false],
  [
    'إن and a partial',
    (g, s) => `${gendered(g, 'وقال', 'وقالت')} ${s} إن المشروع «${part}».`,
    'partial',
    part,
    false,
  ],
  [
    'على أن and a partial',
    (g, s) => `${gendered(g, 'وشدد', 'وشددت')} ${s} على أن المشروع «${part}».`,
    'partial',
    part,
    false,
  ],
  [
    'من أن and a partial',
    (g, s) => `${gendered(g, 'وحذر', 'وحذرت')} ${s} من أن تأخير المشروع «${warned}».`,
    'partial',
    warned,
    false,
  ],
  [
    'لـ«الوطن» and a colon',
    (g, s) => `${gendered(g, 'وقال', 'وقالت')} ${s} لـ«الوطن»: «${words}».`,
    'direct',
    words,
    true,
  ],
  [
    'the verb’s object, then قائلاً and a colon',
    (g, s) =>
      `${gendered(g, 'وانتقد', 'وانتقدت')} ${s} القرار الأخير، ${gendered(g, 'قائلاً', 'قائلة')}: «${words}».`,
    'direct',
    words,
    false,
  ],
  [
    'ب and its object, then مضيفاً أن and a partial',
    (g, s) =>
      `${gendered(g, 'ورحب', 'ورحبت')} ${s} بالقرار، ${gendered(g, 'مضيفاً', 'مضيفة')} أن المشروع «${part}».`,
    'partial',
    part,
    false,
  ],
];

const background = 'شهدت المنطقة خلال الأسبوع الماضي نقاشاً واسعاً حول مشروع النقل الجديد.';

/**
 * engine gap: a word that folds to أن/إن before لـ«الوطن»: (the foreign given name آن; إن inside the
 * union's quoted short name, when the name between commas follows it) makes the outlet's name and the
 * quote after the colon partials (so with no long description: وقالت مديرة المشروع، آن ماري دوبوا، لـ«الوطن»: «…»). Kinds, not
 * this grid's speaker.
 */
const THAT_WORD = /(?:^| )(?:آن|إن)(?: |»|$)/u;
const gapOf = (tailWhat: string, commas: boolean, description: string, p: Person): boolean =>
  (p.cutBeforeObject === true && !commas && tailWhat.startsWith('the verb’s object')) ||
  (tailWhat.startsWith('لـ«الوطن»') && THAT_WORD.test(commas ? `${description} ${p.name}` : p.name));

/** A comma that closes the name before a colon goes: the colon follows the name. */
const colonAfterName = (sentence: string) => sentence.replace('،:', ':');

const rows: Row[] = crossed(
  { description: descriptions, person: [0, 1, 2], tail: tails },
  { gender: ['m', 'f'] as Gender[], commas: [false, true] },
).map(({ description: d, person, tail: [tailWhat, tail, kind, quote, told], gender, commas }) => {
  const p = people[d.world][gender][person] as Person;
  const named = p.honorific ? `${gendered(gender, d.honorific[0], d.honorific[1])} ${p.name}` : p.name;
  const description = gendered(gender, d.words[0], d.words[1]);
  const subject = commas ? `${description}، ${named}،` : `${description} ${named}`;
  return {
    what: `${description} (${d.shape}), then ${p.shape}${commas ? ' between commas' : ''}; then ${tailWhat}`,
    text: [background, colonAfterName(tail(gender, subject))].join('\n\n'),
    quotes: [
      ...(d.mention ? [[d.mention, 'mention', null] as const] : []),
      ...(told ? [paper] : []),
      [quote, kind, p.name],
    ],
    ...(gapOf(tailWhat, commas, description, p) ? { gaps: ['attribution' as const] } : {}),
  };
});

/**
 * The person named after the description, then called back in the next paragraph by the family name or
 * with no subject: the later quote is the same person's, by the full name the text gave.
 */
const later = 'لن نقبل بأي تأخير جديد';
type Callback = (g: Gender, surname: string) => string;
const callbacks: Array<[string, Callback]> = [
  ['the family name', (g, surname) => `${gendered(g, 'وأضاف', 'وأضافت')} ${surname}: «${later}».`],
  ['no subject', (g) => `${gendered(g, 'وتابع', 'وتابعت')}: «${later}».`],
];
const callbackRows: Row[] = crossed(
  { description: descriptions, person: [0, 1, 2], callback: callbacks },
  { gender: ['m', 'f'] as Gender[], tail: [1, 2, 3, 4, 6], commas: [false, true] },
).map(({ description: d, person, callback: [callbackWhat, callback], gender, tail: t, commas }) => {
  const p = people[d.world][gender][person] as Person;
  const [tailWhat, tail, kind, quote, told] = tails[t] as (typeof tails)[number];
  const named = p.honorific ? `${gendered(gender, d.honorific[0], d.honorific[1])} ${p.name}` : p.name;
  const description = gendered(gender, d.words[0], d.words[1]);
  const subject = commas ? `${description}، ${named}،` : `${description} ${named}`;
  return {
    what: `${description} (${d.shape}), then ${p.shape}${commas ? ' between commas' : ''}; then ${tailWhat}; called back by ${callbackWhat}`,
    text: [
      background,
      colonAfterName(tail(gender, subject)),
      callback(gender, p.name.split(' ').at(-1) as string),
    ].join('\n\n'),
    quotes: [
      ...(d.mention ? [[d.mention, 'mention', null] as const] : []),
      ...(told ? [paper] : []),
      [quote, kind, p.name],
      [later, 'direct', p.name],
    ],
    ...(gapOf(tailWhat, commas, description, p) ? { gaps: ['attribution' as const] } : {}),
  };
});

/**
 * More name shapes after the Saudi descriptions: a kunya (أبو سعد, أم فيصل), a compound given name written
 * in two words (عبد الله), one in the father's name (عبد الرحمن), the abbreviated honorific with its dot
 * (د. فلان); the speaker is the name, without د.
 */
const shapes: Record<Gender, Array<[string, string, string]>> = {
  m: [
    ['a kunya', '', 'أبو سعد العمري'],
    ['a compound given name in two words', '', 'عبد الله سعد العتيبي'],
    ['د. and a chain', 'د.', 'خالد بن سعد العتيبي'],
  ],
  f: [
    ['a kunya', '', 'أم فيصل القحطاني'],
    ['a compound father’s name in two words', '', 'عبير عبد الرحمن الشهري'],
    ['د. and a chain', 'د.', 'هيفاء بنت مطلق السحيمي'],
  ],
};
/**
 * engine gap: after د. and the name, لـ«الوطن»: makes the outlet's name and the quote after the colon
 * partials (so with no description: وقال د. فلان لـ«الوطن»: «…»): kinds, not this grid's speaker. With the
 * name between commas the outlet is read in the aside before the colon (namedBeforeComplement).
 * engine gap: a kunya right after a university named without the article (بجامعة طيبة أم فيصل القحطاني):
 * the title's complement takes the kunya's head, and the speaker is فيصل القحطاني (between commas it is whole).
 */
const shapeGapOf = (
  honorific: string,
  told: boolean,
  shapeWhat: string,
  description: string,
  commas: boolean,
): boolean =>
  (honorific === 'د.' && told && !commas) ||
  (shapeWhat === 'a kunya' && !commas && description.endsWith('بجامعة طيبة'));

const shapeRows: Row[] = crossed(
  { description: descriptions.filter((d) => d.world === 'arab'), shape: [0, 1, 2], tail: [0, 1, 4] },
  { gender: ['m', 'f'] as Gender[], commas: [false, true] },
).map(({ description: d, shape, tail: t, gender, commas }) => {
  const [shapeWhat, honorific, name] = shapes[gender][shape] as [string, string, string];
  const [tailWhat, tail, kind, quote, told] = tails[t] as (typeof tails)[number];
  const named = honorific ? `${honorific} ${name}` : name;
  const description = gendered(gender, d.words[0], d.words[1]);
  const subject = commas ? `${description}، ${named}،` : `${description} ${named}`;
  return {
    what: `${description} (${d.shape}), then ${shapeWhat}${commas ? ' between commas' : ''}; then ${tailWhat}`,
    text: [background, colonAfterName(tail(gender, subject))].join('\n\n'),
    quotes: [
      ...(d.mention ? [[d.mention, 'mention', null] as const] : []),
      ...(told ? [paper] : []),
      [quote, kind, name],
    ],
    ...(shapeGapOf(honorific, told, shapeWhat, description, commas)
      ? { gaps: ['attribution' as const] }
      : {}),
  };
});

/** A post with a rank before the name: the rank is no part of it, nor the post. */
const ranked: Array<[string, string, string[]]> = [
  ['قائد الدوريات الأمنية بمنطقة تبوك', 'العقيد', ['سعد بن محمد الشهري', 'عادل فهد الزهراني']],
  ['مدير إدارة المرور بمحافظة جدة', 'المقدم', ['سعد بن محمد الشهري', 'عادل فهد الزهراني']],
  ['قائد طاقم المحطة الفضائية الدولية', 'الرائد الروسي', ['فيكتور سيمينوف', 'أندريه بافلوفيتش كوزنتسوف']],
];
const rankRows: Row[] = crossed(
  { post: ranked, person: [0, 1], tail: [0, 1, 4, 5] },
  { commas: [false, true] },
).map(({ post: [post, rank, names], person, tail: t, commas }) => {
  const name = names[person] as string;
  const [tailWhat, tail, kind, quote, told] = tails[t] as (typeof tails)[number];
  const subject = commas ? `${post}، ${rank} ${name}،` : `${post} ${rank} ${name}`;
  return {
    what: `${post}, then the rank ${rank} and ${name}${commas ? ' between commas' : ''}; then ${tailWhat}`,
    text: [background, colonAfterName(tail('m', subject))].join('\n\n'),
    quotes: [...(told ? [paper] : []), [quote, kind, name]],
  };
});

/**
 * More descriptions, verbs and orders: a professor or a consultant in a body named after a king, a
 * spokeswoman of an authority, a charity's chairman with its province, a faculty member of a university
 * whose name opens with أم, a branch's director general, a court's president and his honorific المستشار;
 * names with a compound given name, with آل, of two words; verbs that take أن, إلى أن, إلى, عن and a
 * verbal noun, the subject before the verb after كان … قد and after أما … ف, an occasion (في تصريح لـ«…»,
 * خلال ندوة) between the name and what was said.
 */
const moreDescriptions: Description[] = [
  {
    words: ['أستاذ علم الاجتماع في جامعة الملك سعود', 'أستاذة علم الاجتماع في جامعة الملك سعود'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a professor and his field, a university named after a king',
  },
  {
    words: [
      'استشاري طب الأطفال بمستشفى الملك عبدالعزيز في جدة',
      'استشارية طب الأطفال بمستشفى الملك عبدالعزيز في جدة',
    ],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a consultant and his specialty, a hospital named after a king and its city',
  },
  {
    words: [
      'المتحدث الرسمي باسم الهيئة العامة للغذاء والدواء',
      'المتحدثة الرسمية باسم الهيئة العامة للغذاء والدواء',
    ],
    honorific: ['الأستاذ', 'الأستاذة'],
    world: 'arab',
    shape: 'an authority’s spokesman, named',
  },
  {
    words: [
      'رئيس مجلس إدارة الجمعية الخيرية لرعاية الأيتام بمحافظة الطائف',
      'رئيسة مجلس إدارة الجمعية الخيرية لرعاية الأيتام بمحافظة الطائف',
    ],
    honorific: ['الشيخ', 'الأستاذة'],
    world: 'arab',
    shape: 'a charity’s chairman, its field behind ل and its province',
  },
  {
    words: [
      'عضو هيئة التدريس بكلية الشريعة في جامعة أم القرى',
      'عضو هيئة التدريس بكلية الشريعة في جامعة أم القرى',
    ],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a faculty member, his college and a university whose name opens with أم',
  },
  {
    words: ['مدير مركز الأمير سلطان لأمراض القلب بالرياض', 'مديرة مركز الأمير سلطان لأمراض القلب بالرياض'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a centre named after a prince in construct, its field behind ل and its city',
  },
  {
    words: ['المدير التنفيذي لجائزة الملك خالد للتميز', 'المديرة التنفيذية لجائزة الملك خالد للتميز'],
    honorific: ['الأستاذ', 'الأستاذة'],
    world: 'arab',
    shape: 'a prize named after a king behind ل, its field behind ل',
  },
  {
    words: ['أستاذ الفقه وأصوله في جامعة القصيم', 'أستاذة الفقه وأصوله في جامعة القصيم'],
    honorific: ['الدكتور', 'الدكتورة'],
    world: 'arab',
    shape: 'a professor of a field and its twin joined with و and a pronoun, his university',
  },
  {
    words: [
      'المعلم في مدرسة ابتدائية بحي النسيم في الرياض',
      'المعلمة في مدرسة ابتدائية بحي النسيم في الرياض',
    ],
    honorific: ['الأستاذ', 'الأستاذة'],
    world: 'arab',
    shape: 'a teacher, an indefinite school, its district behind ب and its city after في',
  },
  {
    words: ['رئيس محكمة استئناف القاهرة', 'رئيسة محكمة استئناف القاهرة'],
    honorific: ['المستشار', 'المستشارة'],
    world: 'arab',
    shape: 'a court’s president, the honorific المستشار',
  },
];

const morePeople: Record<Gender, Person[]> = {
  m: [
    { name: 'عبدالرحمن صالح الزهراني', shape: 'an honorific and a compound given name', honorific: true },
    { name: 'تركي بن عبدالله آل زيد', shape: 'a chain with بن and a family name with آل', honorific: false },
    { name: 'نايف العمري', shape: 'a given name and a family name', honorific: false },
  ],
  f: [
    { name: 'عبير بنت سعد آل زيد', shape: 'an honorific and a chain with بنت and آل', honorific: true },
    {
      name: 'ريم عبدالرحمن الحربي',
      shape: 'a given name, a compound father’s name and the family’s',
      honorific: false,
    },
    { name: 'أمل الشمري', shape: 'a given name and a family name', honorific: false },
  ],
};

const hope = 'يسهم في تخفيف معاناة الأسر';
/** Each frame with the quoted outlet or platform it names, a mention, if any. */
const moreFrames: Array<[string, Tail, 'direct' | 'partial', string, string | null]> = [
  [
    'أكد … أن and a partial',
    (g, s) => `${gendered(g, 'وأكد', 'وأكدت')} ${s} أن المشروع «${part}».`,
    'partial',
    part,
    null,
  ],
  [
    'في تصريح لـ«الوطن» then أن and a partial',
    (g, s) => `${gendered(g, 'وأوضح', 'وأوضحت')} ${s} في تصريح لـ«الوطن» أن المشروع «${part}».`,
    'partial',
    part,
    'الوطن',
  ],
  [
    'أشار … إلى أن and a partial',
    (g, s) => `${gendered(g, 'وأشار', 'وأشارت')} ${s} إلى أن المشروع «${part}».`,
    'partial',
    part,
    null,
  ],
  [
    'أعرب … عن أمله في أن and a partial',
    (g, s) =>
      `${gendered(g, 'وأعرب', 'وأعربت')} ${s} عن ${gendered(g, 'أمله', 'أملها')} في أن المشروع «${hope}».`,
    'partial',
    hope,
    null,
  ],
  [
    'the subject after كان, then قد قال في مؤتمر صحفي and a colon',
    (g, s) =>
      `${gendered(g, 'وكان', 'وكانت')} ${s} قد ${gendered(g, 'قال', 'قالت')} في مؤتمر صحفي أمس: «${words}».`,
    'direct',
    words,
    null,
  ],
  [
    'the subject after أما, then فقال and a colon',
    (g, s) => `أما ${s} ${gendered(g, 'فقال', 'فقالت')}: «${words}».`,
    'direct',
    words,
    null,
  ],
  [
    'في حديث لـ«عكاظ» then a colon',
    (g, s) => `${gendered(g, 'وقال', 'وقالت')} ${s} في حديث لـ«عكاظ»: «${words}».`,
    'direct',
    words,
    'عكاظ',
  ],
  [
    'للصحفيين إن and a partial',
    (g, s) => `${gendered(g, 'وقال', 'وقالت')} ${s} للصحفيين إن المشروع «${part}».`,
    'partial',
    part,
    null,
  ],
  [
    'عبر حسابه في «تويتر» then a colon',
    (g, s) =>
      `${gendered(g, 'وكتب', 'وكتبت')} ${s} عبر ${gendered(g, 'حسابه', 'حسابها')} في «تويتر»: «${words}».`,
    'direct',
    words,
    'تويتر',
  ],
  [
    'خلال ندوة … أمس then a colon',
    (g, s) => `${gendered(g, 'وقال', 'وقالت')} ${s} خلال ندوة نظمتها الغرفة التجارية أمس: «${words}».`,
    'direct',
    words,
    null,
  ],
];

const moreRows: Row[] = crossed(
  { description: moreDescriptions, person: [0, 1, 2], frame: moreFrames },
  { gender: ['m', 'f'] as Gender[], commas: [false, true] },
).map(({ description: d, person, frame: [frameWhat, frame, kind, quote, told], gender, commas }) => {
  const p = morePeople[gender][person] as Person;
  const named = p.honorific ? `${gendered(gender, d.honorific[0], d.honorific[1])} ${p.name}` : p.name;
  const description = gendered(gender, d.words[0], d.words[1]);
  const subject = commas ? `${description}، ${named}،` : `${description} ${named}`;
  return {
    what: `${description} (${d.shape}), then ${p.shape}${commas ? ' between commas' : ''}; then ${frameWhat}`,
    text: [background, colonAfterName(frame(gender, subject))].join('\n\n'),
    quotes: [...(told ? [[told, 'mention', null] as const] : []), [quote, kind, p.name]],
  };
});

/** Near shapes where the description is the speaker (or the body its spokesman speaks for). */
const guards: Row[] = [
  {
    what: 'guard: a role and its place with no name, then لـ«الوطن» and a colon: the description speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان لـ«الوطن»: «${words}».`,
    quotes: [paper, [words, 'direct', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a woman’s role and its place with no name, then a colon',
    text: `${background}\n\nوقالت مديرة الشؤون الصحية بمنطقة جازان: «${words}».`,
    quotes: [[words, 'direct', 'مديرة الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a role and its place, then إن and a named doctor inside the clause: the description speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان إن الدكتور خالد بن سعد العتيبي «سيتولى الملف».`,
    quotes: [['سيتولى الملف', 'partial', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a body’s unnamed spokesman, the body named after a king: the body speaks',
    text: `${background}\n\nوقال متحدث باسم مستشفى الملك فيصل التخصصي إن المريض «في حالة مستقرة».`,
    quotes: [['في حالة مستقرة', 'partial', 'مستشفى الملك فيصل التخصصي']],
  },
  {
    what: 'guard: a director of a hospital named after a king, no name: the description speaks',
    text: `${background}\n\nوقال مدير مستشفى الملك فيصل التخصصي إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'مدير مستشفى الملك فيصل التخصصي']],
  },
  {
    what: 'guard: a director of a university named after a king, no name: the description speaks',
    text: `${background}\n\nوقال مدير جامعة الملك سعود إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'مدير جامعة الملك سعود']],
  },
  {
    what: 'guard: a doctor after مع inside the description’s complement is whom he spoke with: the description speaks',
    text: `${background}\n\nوقال مدير المستشفى في اتصال هاتفي مع الدكتور خالد بن سعد العتيبي إن المريض «في حالة مستقرة».`,
    quotes: [['في حالة مستقرة', 'partial', 'مدير المستشفى']],
  },
  {
    what: 'guard: a doctor the object of a verbal noun with its pronoun (خلال استقباله): the description speaks',
    text: `${background}\n\nوقال رئيس الجامعة خلال استقباله الدكتور خالد بن سعد العتيبي إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'رئيس الجامعة']],
  },
  {
    what: 'guard: a woman’s title, her university after في and her name after the honorific: the name speaks',
    text: `${background}\n\nوقالت الباحثة في جامعة الملك عبدالعزيز الدكتورة نورة بنت عبدالله القحطاني إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'نورة بنت عبدالله القحطاني']],
  },
  {
    what: 'guard: a name between commas after a relative clause is the other man’s, whose title it follows: the description speaks',
    text: `${background}\n\nوأشاد مدير الشؤون الصحية بمنطقة جازان بالجهود التي بذلها مدير المستشفى، خالد بن سعد العتيبي، وقال: «${words}».`,
    quotes: [[words, 'direct', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: an unnamed official of a named body who withholds his name (فضل عدم ذكر اسمه, no name of a man): the body speaks',
    text: `${background}\n\nوقال مسؤول في أمانة المنطقة، فضل عدم ذكر اسمه، إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'أمانة المنطقة']],
  },
  {
    what: 'guard: a role and its place with no name, then whom he told after ل (an agency) and إن: the description speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان لوكالة الأنباء السعودية إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a role and its place with no name, then في حديث لـ«عكاظ» and a colon: the description speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان في حديث لـ«عكاظ»: «${words}».`,
    quotes: [
      ['عكاظ', 'mention', null],
      [words, 'direct', 'مدير الشؤون الصحية بمنطقة جازان'],
    ],
  },
  {
    what: 'guard: a role and its place with no name, then للصحفيين إن: the description speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان للصحفيين إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a minister and his name the object of استقباله after خلال: the host speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان خلال استقباله وزير الصحة الدكتور خالد بن سعد العتيبي إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a doctor honoured at an event after في (في حفل تكريم الدكتور فلان): the description speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان في حفل تكريم الدكتور خالد بن سعد العتيبي: «${words}».`,
    quotes: [[words, 'direct', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a father told after ل before the honorific and his name (لوالد الطفل الشيخ فلان): the description speaks',
    text: `${background}\n\nوقال مدير الشؤون الصحية بمنطقة جازان لوالد الطفل الشيخ خالد بن سعد العتيبي إن حالة ابنه «مستقرة ولا تدعو للقلق».`,
    quotes: [['مستقرة ولا تدعو للقلق', 'partial', 'مدير الشؤون الصحية بمنطقة جازان']],
  },
  {
    what: 'guard: a foreign name that opens with ل between commas after a spokeswoman’s title and its place: the whole name speaks',
    text: `${background}\n\nوقالت المتحدثة باسم المفوضية في بيروت، ليزا أبو خالد، إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'ليزا أبو خالد']],
  },
  {
    what: 'guard: a ministry’s statement: the ministry speaks',
    text: `${background}\n\nوقالت وزارة النقل في بيان إن المشروع «${part}».`,
    quotes: [[part, 'partial', 'وزارة النقل']],
  },
];

describe('grid: the name after a long description (anchored by an honorific, a rank, a chain, a given name)', () => {
  runGrid(rows);
});

describe('grid: more descriptions, verbs and orders before the name', () => {
  runGrid(moreRows);
});

describe('grid: the person named after the description, called back in the next paragraph', () => {
  runGrid(callbackRows);
});

describe('grid: more name shapes after a description (a kunya, عبد الله in two words, د.)', () => {
  runGrid(shapeRows);
});

describe('grid: a post, a rank, then the name', () => {
  runGrid(rankRows);
});

describe('grid: guards, a description with no name of its own', () => {
  runGrid(guards);
});
