/**
 * A grid of the subject running into the verb's object (issue 3, VSO): a verb that takes an object, its
 * subject a title and a name of every shape (Gulf names with بن, بنت, آل; two plain given names; a foreign
 * name of two and three words; a kunya; a given name that is also a noun, نضال, صباح), a body or a bare
 * title, then its object in every shape desks write (a possessed noun, موقفه; ب + a possessed
 * plural, بموظفيه; ب + a noun in construct, بجهود المتطوعين; a quoted body after such a noun, a mention; a
 * definite noun, القرار الأخير, الحكومة مسؤولية …, الشباب إلى …; an indefinite noun in construct, قرار
 * الكونغرس; عن + a possessed noun, then ل; من + a noun; an indefinite guest, وفدا من …), and the quote
 * after it in the ways desks write (، مؤكداً أن «…» a partial; ، وقال: «…»; the quote first, then هكذا and
 * the sentence) or, with وصف, a partial after بأنه/بأنها/بأنهم. Whatever the fillers, a reader credits the
 * quote to the subject by the fullest name the text gives (a body for itself, a bare title as it is),
 * never with the object's first word.
 *
 * The frames, the fillers and every expectation were written by reading, before the engine was run on them
 * (the last three near rows and most guards were added while the change was made, their expectations by
 * reading too, each guard checked against the engine from before the change).
 * Near rows are the family's shapes outside the grid (family names that look like nouns or objects:
 * بركات, سلامة, جهاد; compound names أبو زيد, سعد الدين; foreign names in يه). Guard rows are near shapes
 * the engine read right before this grid's change and must keep reading right (a verb of saying; given
 * names that are nouns, جمال, حيدر, بيان; an aside; an object in ة the name must not keep; a Hadrami
 * family name in با; family names in يه, foreign or with the article; بن and a nisba family name).
 *
 * Count (rows whose speakers or kinds are wrong): before the change, 216 of 586 (the grid 200 of 540, وصف
 * 6 of 36, near rows 10 of 10); after it (objectInName in subject.ts: a name complete by its shape ends
 * before the next word, and an object no name spells ends it wherever it stands, leaving the name whole),
 * 98 (91, 5, 2), marked as gaps below by the frames and fillers. The 15 guards pass before and after.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

/** Who does the verb: the words written after the verb, the name a reader credits, its gender. */
interface Subject {
  words: string;
  speaker: string;
  gender: Gender;
  shape: string;
  /**
   * How the name ends, for the gaps below: with a family name with the article or after آل (closed), a
   * father's name after بن (bin), a plain second given name (plain), a foreign family name (foreign, and
   * foreign3 for three words), a body with no body's head (headless: الأمم المتحدة), a body with its
   * head (body), or a title alone (title).
   */
  end: 'closed' | 'bin' | 'plain' | 'foreign' | 'foreign3' | 'headless' | 'body' | 'title';
}

const subjects: Subject[] = [
  {
    words: 'مدرب الفريق التونسي منير بن عمارة',
    speaker: 'منير بن عمارة',
    gender: 'm',
    shape: 'a title in construct, a name with بن',
    end: 'bin',
  },
  {
    words: 'رئيس الجمعية جعفر آل مهنا',
    speaker: 'جعفر آل مهنا',
    gender: 'm',
    shape: 'a Gulf name with آل',
    end: 'closed',
  },
  {
    words: 'المديرة التنفيذية للمركز هيفاء بنت سعد القحطاني',
    speaker: 'هيفاء بنت سعد القحطاني',
    gender: 'f',
    shape: 'a Gulf name with بنت',
    end: 'closed',
  },
  {
    words: 'الوزير سامي خليل',
    speaker: 'سامي خليل',
    gender: 'm',
    shape: 'two plain given names',
    end: 'plain',
  },
  {
    words: 'وزيرة الخارجية السويدية إيفا لندبرغ',
    speaker: 'إيفا لندبرغ',
    gender: 'f',
    shape: 'a foreign name',
    end: 'foreign',
  },
  {
    words: 'الرئيس الكولومبي خوان كارلوس ميرا',
    speaker: 'خوان كارلوس ميرا',
    gender: 'm',
    shape: 'a foreign name of three words',
    end: 'foreign3',
  },
  {
    words: 'الشيخ القبلي أبو خالد الشمري',
    speaker: 'أبو خالد الشمري',
    gender: 'm',
    shape: 'a kunya and a family name',
    end: 'closed',
  },
  {
    words: 'الناشط الحقوقي نضال الحسيني',
    speaker: 'نضال الحسيني',
    gender: 'm',
    shape: 'a given name that is a noun',
    end: 'closed',
  },
  {
    words: 'الإعلامية صباح الأنصاري',
    speaker: 'صباح الأنصاري',
    gender: 'f',
    shape: 'a woman’s given name that is a noun',
    end: 'closed',
  },
  { words: 'الأمم المتحدة', speaker: 'الأمم المتحدة', gender: 'f', shape: 'a body', end: 'headless' },
  {
    words: 'الاتحاد الأوروبي',
    speaker: 'الاتحاد الأوروبي',
    gender: 'm',
    shape: 'a body (masculine)',
    end: 'body',
  },
  { words: 'الوزيرة', speaker: 'الوزيرة', gender: 'f', shape: 'a bare title', end: 'title' },
];

/** A verb and its object: the verb in each gender, the object (its pronoun agreeing), a quoted body in it. */
interface Verb {
  shape: string;
  m: string;
  f: string;
  object: (g: Gender) => string;
  mention?: string;
  /**
   * The object's shape, for the gaps below: a possessed noun, with ب or not; ب and a noun in construct;
   * a noun before a quoted body; a noun in construct; a definite noun and its adjective or a second
   * object; a definite noun and then a preposition's phrase; a preposition; an indefinite accusative.
   */
  kind:
    | 'possessed'
    | 'bi-possessed'
    | 'bi-construct'
    | 'quoted'
    | 'construct'
    | 'definite'
    | 'definite-then'
    | 'preposition'
    | 'accusative';
}

const his = gendered;

const verbs: Verb[] = [
  {
    shape: 'أشاد ب + a possessed plural',
    kind: 'bi-possessed',
    m: 'أشاد',
    f: 'أشادت',
    object: (g) => his(g, 'بموظفيه', 'بموظفيها'),
  },
  {
    shape: 'أشاد ب + a noun in construct',
    kind: 'bi-construct',
    m: 'أشاد',
    f: 'أشادت',
    object: () => 'بجهود المتطوعين في الميدان',
  },
  {
    shape: 'أشاد ب + a noun before a quoted body',
    kind: 'quoted',
    m: 'أشاد',
    f: 'أشادت',
    object: () => 'بجهود «الهلال الأحمر» في الإغاثة',
    mention: 'الهلال الأحمر',
  },
  {
    shape: 'لخص + a possessed noun',
    kind: 'possessed',
    m: 'لخص',
    f: 'لخصت',
    object: (g) => his(g, 'موقفه', 'موقفها'),
  },
  {
    shape: 'انتقد + an indefinite noun in construct',
    kind: 'construct',
    m: 'انتقد',
    f: 'انتقدت',
    object: () => 'قرار الكونغرس الأخير',
  },
  {
    shape: 'انتقد + a definite noun',
    kind: 'definite',
    m: 'انتقد',
    f: 'انتقدت',
    object: () => 'القرار الأخير',
  },
  {
    shape: 'حمّل + a definite noun, then مسؤولية',
    kind: 'definite',
    m: 'حمّل',
    f: 'حمّلت',
    object: () => 'الحكومة مسؤولية التأخير',
  },
  {
    shape: 'دعا + a definite noun, then إلى',
    kind: 'definite-then',
    m: 'دعا',
    f: 'دعت',
    object: () => 'الشباب إلى المشاركة في الانتخابات',
  },
  {
    shape: 'طالب + a definite noun, then ب',
    kind: 'definite-then',
    m: 'طالب',
    f: 'طالبت',
    object: () => 'السلطات بفتح تحقيق عاجل',
  },
  {
    shape: 'ثمن + a noun in construct',
    kind: 'construct',
    m: 'ثمن',
    f: 'ثمنت',
    object: () => 'جهود العاملين في القطاع الصحي',
  },
  {
    shape: 'شكر + a possessed plural',
    kind: 'possessed',
    m: 'شكر',
    f: 'شكرت',
    object: (g) => his(g, 'زملاءه', 'زملاءها'),
  },
  {
    shape: 'حذر + من and a noun',
    kind: 'preposition',
    m: 'حذر',
    f: 'حذرت',
    object: () => 'من مخاطر التصعيد',
  },
  {
    shape: 'هنأ + a definite plural',
    kind: 'definite-then',
    m: 'هنأ',
    f: 'هنأت',
    object: () => 'الفائزين بالجوائز',
  },
  {
    shape: 'استقبل + an indefinite guest',
    kind: 'accusative',
    m: 'استقبل',
    f: 'استقبلت',
    object: () => 'وفدا من رجال الأعمال',
  },
  {
    shape: 'أعرب عن + a possessed noun, then ل',
    kind: 'preposition',
    m: 'أعرب',
    f: 'أعربت',
    object: (g) => his(g, 'عن تقديره لمواقف الدول الشقيقة', 'عن تقديرها لمواقف الدول الشقيقة'),
  },
];

type Follow = 'after-anna' | 'colon' | 'quote-first';
const follows: Follow[] = ['after-anna', 'colon', 'quote-first'];

/** Background sentences before the attribution, and words that suit every verb. */
const backgrounds = [
  'وجاء ذلك خلال مؤتمر صحفي عقد مساء أمس في العاصمة.',
  'وتشهد المنطقة منذ أسابيع نقاشا واسعا حول الملف.',
  'وعقد الاجتماع في مقر المنظمة بحضور عدد من المسؤولين.',
];
const sayings = [
  'المرحلة المقبلة تتطلب عملا مشتركا',
  'لا بد من مراجعة شاملة للملف',
  'الجميع يتحمل مسؤوليته في هذه الظروف',
  'الأمر لا يحتمل التأجيل',
];

/** A definite sound plural in ين opens the object (الفائزين بالجوائز). */
const definitePlural = (verb: Verb) => /^ال\S+ين /u.test(verb.object('m'));

/**
 * What the engine still reads wrong, by the frames and fillers (see the `engine gap` comments).
 */
function gridGap(verb: Verb, subject: Subject, follow: Follow): boolean {
  const quoteFirst = follow === 'quote-first';
  switch (subject.end) {
    // engine gap: a foreign name of three words loses its last word before an indefinite accusative
    // (ميرا وفدا): nameOf takes ميرا in ا for an accusative. Before a definite object the name is whole
    // since ميرا joined the given names (session 20); a third word the lists lack is still taken for the
    // object's head (see the row with جون بول ريتشاردز below).
    case 'foreign3':
      return verb.kind === 'accusative';
    // engine gap: after بن and the father's name, a definite noun that a preposition's phrase follows
    // (منير بن عمارة الشباب إلى …, الفائزين بالجوائز) is read as the family name, and so is an
    // indefinite accusative (وفدا): a family name with the article may stand there (خالد بن سعد العتيبي).
    case 'bin':
      return verb.kind === 'definite-then' || verb.kind === 'accusative';
    // engine gap: after two plain given names the indefinite accusative (وفدا) and, but after a quote
    // first (هكذا هنأ فلان …: the frame's reader ends the name before its object), a definite plural in
    // ين (الفائزين) run into the name.
    case 'plain':
      return (
        verb.kind === 'accusative' || (verb.kind === 'definite-then' && definitePlural(verb) && !quoteFirst)
      );
    // engine gap: the indefinite accusative (وفدا) after a foreign family name is read into the name.
    case 'foreign':
      return verb.kind === 'accusative';
    // engine gap: after a title alone, the indefinite accusative and a definite object before ب are read
    // as the title's name (الوزيرة وفدا, الوزيرة الفائزين).
    case 'title':
      return verb.kind === 'accusative' || (verb.kind === 'definite-then' && verb.m !== 'دعا');
    // engine gap: a body named by a noun and its adjective with no body's head (الأمم المتحدة) is read as
    // a person's name: a later وقالت or مؤكدة finds no subject (no speaker), and after a quote first
    // a quoted body's noun, an accusative or طالب's object runs into it (الأمم المتحدة وفدا). دعا … إلى
    // is read as a cue of its own.
    case 'headless':
      return quoteFirst
        ? verb.kind === 'quoted' ||
            verb.kind === 'accusative' ||
            (verb.kind === 'definite-then' && verb.m === 'طالب')
        : verb.m !== 'دعا';
    // engine gap: after a quote first, a body with its head takes a possessed object, a quoted body's
    // noun or طالب's definite object before ب into its name (الاتحاد الأوروبي زملاءه).
    case 'body':
      return (
        quoteFirst &&
        (verb.kind === 'quoted' ||
          verb.kind === 'possessed' ||
          verb.kind === 'bi-possessed' ||
          (verb.kind === 'definite-then' && verb.m === 'طالب'))
      );
    default:
      return false;
  }
}

const gridRows: Row[] = crossed(
  { verb: verbs, subject: subjects, follow: follows },
  { background: backgrounds, saying: sayings },
).map(({ verb, subject, follow, background, saying }) => {
  const g = subject.gender;
  const clause = `${his(g, verb.m, verb.f)} ${subject.words} ${verb.object(g)}`;
  const mention: Row['quotes'] = verb.mention ? [[verb.mention, 'mention', null]] : [];
  let sentence: string;
  let quotes: Row['quotes'];
  if (follow === 'after-anna') {
    sentence = `و${clause}، ${his(g, 'مؤكدا', 'مؤكدة')} أن «${saying}».`;
    quotes = [...mention, [saying, 'partial', subject.speaker]];
  } else if (follow === 'colon') {
    sentence = `و${clause}، ${his(g, 'وقال', 'وقالت')}: «${saying}».`;
    quotes = [...mention, [saying, 'direct', subject.speaker]];
  } else {
    sentence = `«${saying}»، هكذا ${clause}.`;
    quotes = [[saying, 'direct', subject.speaker], ...mention];
  }
  return {
    what: `${verb.shape}; ${subject.shape} (${subject.speaker}); ${follow}`,
    text: [background, sentence].join('\n\n'),
    quotes,
    ...(gridGap(verb, subject, follow) ? { gaps: ['attribution' as const] } : {}),
  };
});

/** وصف … بأنه/بأنها/بأنهم «…»: the object, then the speaker's words as a partial. */
const described: Array<[string, string, string]> = [
  ['a definite noun, بأنها', 'الخطوة بأنها', 'خطوة في الاتجاه الصحيح'],
  ['a definite plural people, بأنهم', 'الروهنغيا بأنهم', 'أكثر الأقليات تعرضا للظلم'],
  ['an indefinite noun in construct, بأنه', 'قرار الحكومة بأنه', 'خطوة متسرعة'],
];
const describedRows: Row[] = crossed(
  { subject: subjects, object: described },
  { background: backgrounds },
).map(({ subject, object: [shape, object, words], background }) => ({
  what: `وصف + ${shape}; ${subject.shape} (${subject.speaker})`,
  text: [background, `و${his(subject.gender, 'وصف', 'وصفت')} ${subject.words} ${object} «${words}».`].join(
    '\n\n',
  ),
  quotes: [[words, 'partial', subject.speaker]],
  // engine gap: as in the grid, الأمم المتحدة is read as a person's name that runs on into the object.
  // (A foreign name of three words lost its last word before a definite object until ميرا joined the given
  // names in session 20.)
  ...(subject.end === 'headless' ? { gaps: ['attribution' as const] } : {}),
}));

/**
 * Rows of the family outside the grid: family names that look like nouns or objects (بركات, سلامة, جهاد),
 * compound names, foreign names in يه. All were read wrong before this grid's change.
 */
const nearRows: Row[] = [
  {
    what: 'a family name in ات (بركات) before ب + a possessed plural',
    text: 'وأشاد المدرب علي بركات بلاعبيه، وقال: «قدموا مباراة كبيرة».',
    quotes: [['قدموا مباراة كبيرة', 'direct', 'علي بركات']],
  },
  {
    what: 'a family name in ة (سلامة) before ب + a possessed plural',
    text: 'وأشاد المدرب محمد سلامة بلاعبيه، مؤكدا أن «الفريق استعاد توازنه».',
    quotes: [['الفريق استعاد توازنه', 'partial', 'محمد سلامة']],
  },
  {
    what: 'a compound family name with أبو (عبد الرحمن أبو زيد) before a possessed plural',
    text: 'وشكر الوزير عبد الرحمن أبو زيد زملاءه، وقال: «النجاح ثمرة عمل جماعي».',
    quotes: [['النجاح ثمرة عمل جماعي', 'direct', 'عبد الرحمن أبو زيد']],
  },
  {
    what: 'a family name that is a noun (جهاد) before ب + a possessed plural',
    text: 'وأشاد المدرب خالد جهاد بلاعبيه، وقال: «الروح كانت عالية».',
    quotes: [['الروح كانت عالية', 'direct', 'خالد جهاد']],
  },
  {
    what: 'a father’s name in ة (أسامة) and a family name, then a definite object',
    text: 'وانتقد المحامي طارق أسامة الدوري الحكم، وقال إنه «قاس».',
    quotes: [['قاس', 'partial', 'طارق أسامة الدوري']],
  },
  {
    what: 'a compound given name (سعد الدين) and a family name, then ب and a definite noun',
    text: 'وأشاد الوزير سعد الدين العلوي بالمبادرة، وقال: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'سعد الدين العلوي']],
  },
  {
    what: 'a foreign given name in يه (أندريه), then ب + a possessed plural',
    text: 'وأشاد المدرب أندريه سيدوروف بلاعبيه، وقال: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'أندريه سيدوروف']],
  },
  {
    what: 'a foreign family name in ييه (بارنييه), then ب + a possessed plural',
    text: 'وأشاد المدرب جان بارنييه بلاعبيه، وقال: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'جان بارنييه']],
  },
  {
    what: 'a family name with بن (بكر بن محفوظ) before a definite plural',
    // engine gap: as in the grid, a definite plural after بن and the father's name is read as the family
    // name: «بكر بن محفوظ الفائزين»
    gaps: ['attribution'],
    text: 'وهنأ رجل الأعمال بكر بن محفوظ الفائزين، وقال: «هذه بداية الطريق».',
    quotes: [['هذه بداية الطريق', 'direct', 'بكر بن محفوظ']],
  },
  {
    what: 'a foreign name of three words before a definite object',
    // engine gap: as in the grid, the third word of a foreign name before a definite object is taken for
    // the object's head: «جون بول»
    gaps: ['attribution'],
    text: 'وانتقد السيناتور الأمريكي جون بول ريتشاردز القرار، وقال إنه «خطأ استراتيجي».',
    quotes: [['خطأ استراتيجي', 'partial', 'جون بول ريتشاردز']],
  },
];

/** Near shapes the engine read right before this grid's change and must keep reading right. */
const guards: Row[] = [
  {
    what: 'guard: a verb of saying, a title and two given names, a colon',
    text: 'وقال الوزير سامي خليل أمس: «المرحلة المقبلة تتطلب عملا مشتركا».',
    quotes: [['المرحلة المقبلة تتطلب عملا مشتركا', 'direct', 'سامي خليل']],
  },
  {
    what: 'guard: a verb of saying, a kunya and a family name',
    text: 'وقال الشيخ أبو خالد الشمري: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'أبو خالد الشمري']],
  },
  {
    what: 'guard: a given name that is a noun (جمال) before a family name with the article, then من',
    text: 'وحذر الدكتور جمال الحربي من انتشار العدوى، وقال: «الوقاية أولا».',
    quotes: [['الوقاية أولا', 'direct', 'جمال الحربي']],
  },
  {
    what: 'guard: a given name that is a noun (حيدر) and a definite object, then إلى',
    text: 'ودعا النائب حيدر الموسوي الحكومة إلى الإسراع في الإصلاحات، وقال: «الناس ينتظرون».',
    quotes: [['الناس ينتظرون', 'direct', 'حيدر الموسوي']],
  },
  {
    what: 'guard: a given name (بيان) that is a noun, a woman, a definite object',
    text: 'وانتقدت الناشطة بيان العمري القرار، مؤكدة أن «الحقوق لا تتجزأ».',
    quotes: [['الحقوق لا تتجزأ', 'partial', 'بيان العمري']],
  },
  {
    what: 'guard: a quoted outlet the subject spoke to, then a verb of saying',
    text: 'وقال الوزير سليم الحداد لصحيفة «الرياض»: «الأمر لا يحتمل التأجيل».',
    quotes: [
      ['الرياض', 'mention', null],
      ['الأمر لا يحتمل التأجيل', 'direct', 'سليم الحداد'],
    ],
  },
  {
    what: 'guard: an aside between commas before the definite object',
    text: 'وانتقد الوزير سامي الخطيب، في كلمته أمس، القرار، وقال: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'سامي الخطيب']],
  },
  {
    what: 'guard: a compound given name (صلاح الدين) and a family name, أكد أن',
    text: 'وأكد الوزير صلاح الدين العمري أن «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'partial', 'صلاح الدين العمري']],
  },
  {
    what: 'guard: a title alone, ب + a noun before a quoted body',
    text: 'وأشاد الأمين العام بجهود «الهلال الأحمر» في الإغاثة، وقال إنها «مشرفة».',
    quotes: [
      ['الهلال الأحمر', 'mention', null],
      ['مشرفة', 'partial', 'الأمين العام'],
    ],
  },
  {
    what: 'guard: a family name with the article, then an object in ة in construct',
    text: 'وانتقد المهندس سامي الغامدي خطة الوزارة، وقال إنها «لا تراعي الواقع».',
    quotes: [['لا تراعي الواقع', 'partial', 'سامي الغامدي']],
  },
  {
    what: 'guard: a family name with the article, then an indefinite object and its adjective before ل',
    text: 'وأعلنت الوزيرة جميلة الحمادي خطة جديدة لدعم الأسر، وقالت: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'جميلة الحمادي']],
  },
  {
    what: 'guard: a Hadrami family name in با (باعشن) before ب and a definite noun',
    text: 'وأشاد الوزير سالم باعشن بالمبادرة، وقال: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'سالم باعشن']],
  },
  {
    what: 'guard: a foreign family name in يه (ماسيه) before a definite object',
    text: 'وانتقد العقيد لوران ماسيه القرار، وقال: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'لوران ماسيه']],
  },
  {
    what: 'guard: a family name with the article in يه (الفقيه), no pronoun, before a definite object',
    text: 'وانتقد الخبير أيمن الفقيه القانون، وقال إنه «يخالف الدستور».',
    quotes: [['يخالف الدستور', 'partial', 'أيمن الفقيه']],
  },
  {
    what: 'guard: بن, the father’s name and a nisba family name, then a definite plural',
    text: 'وشكر المحافظ خالد بن سعد العتيبي المتطوعين، وقال: «الأمر لا يحتمل التأجيل».',
    quotes: [['الأمر لا يحتمل التأجيل', 'direct', 'خالد بن سعد العتيبي']],
  },
];

describe('grid: the subject runs into the verb’s object', () =>
  runGrid([...gridRows, ...describedRows, ...nearRows, ...guards]));
