/**
 * A grid of quotes given first and credited after them by a demonstrative frame that names the speaker:
 * «…»، هكذا قال/يلخص/وصف فلان …; «…». بهذه العبارة لخص فلان موقفه; «…»، بهذا أوضح …; «…»، هذا ما أكده فلان
 * لـ«…»; «…»، بهذه الكلمات عبّر فلان عن …; «…»، بتلك الكلمات …; «…»، كما يقول فلان. Frames: the demonstrative
 * (هكذا، بهذه العبارة، بهذه الكلمات، بهذا، هذا ما … به/ـه، بتلك الكلمات، كما) × the verb (said, summed up,
 * cut short, described, expressed عن, explained, stressed, commented على, received … his visitors; past and
 * present) × what follows the name (the verb's own object or complement, then the sentence's end, a paper
 * after لـ, a participle after a comma, وهو/وهي and a participle, في and a time). Fillers: the subject (a
 * title and a name of every shape: Gulf names with بن/بنت, a Hadrami family name, a family name with آل, two
 * given names, a foreign name; a title chain with an honorific; a body; women) and the quote (whole
 * sentences). Whatever the words, a reader credits the quote to the one subject of the frame, by the full
 * name the text gives (a body for a body), and reads the verb's object as no part of the name. A smaller
 * block gives a fragment first with وصف (the object of a describing verb: partial).
 *
 * The frames, fillers and expectations were written before the engine ran on them. Guards: near shapes the
 * engine reads right and must keep: هكذا/كما in narration with no quote before, a quote with its cue
 * before and a later هكذا/كما about something else, quoted names (a hashtag, a programme, a market) before
 * هكذا. Two more rows give a proverb after يقول المثل (no person), which the engine misreads (gaps).
 *
 * Before the fix: 220 of 498 rows failing (bare بهذا, هذا ما … به and كما before a verb that is no cue
 * read as no frame: the quote left a mention; the name running on into the verb's object — موقفه، حال
 * السوق، الوضع، زواره — or cut short before a family name after بن). After: 11, all gaps (the 9 fragments'
 * kind, the 2 proverbs). Widened after the fix (ختم … حديثه, استهل … كلمته; a kunya after الحاج, a woman's
 * Hadrami name after بنت, a body with an adjective): 546 rows, 15 failing, all gaps (4 more: a body before
 * the definite object of وصف).
 */
import { describe } from 'vitest';
import { crossed, type Gender, runGrid } from './support/grid.js';
import type { Row } from './support/rows.js';

interface Subject {
  /** As written after the verb: the title (chain) and the name, or the body. */
  written: string;
  /** The speaker a reader credits. */
  speaker: string;
  gender: Gender;
  body: boolean;
  shape: string;
}

const subjects: Subject[] = [
  {
    written: 'المهندس خالد بن سعد العتيبي',
    speaker: 'خالد بن سعد العتيبي',
    gender: 'm',
    body: false,
    shape: 'a title and a Gulf name with بن',
  },
  {
    written: 'الوسيط العقاري سعيد بن عمر باعشن',
    speaker: 'سعيد بن عمر باعشن',
    gender: 'm',
    body: false,
    shape: 'a title with an adjective and a Hadrami family name',
  },
  {
    written: 'بائع الأعشاب جعفر آل مهنا',
    speaker: 'جعفر آل مهنا',
    gender: 'm',
    body: false,
    shape: 'a title in construct and a family name with آل',
  },
  {
    written: 'الطبيب أحمد فوزي',
    speaker: 'أحمد فوزي',
    gender: 'm',
    body: false,
    shape: 'a title and two given names',
  },
  {
    written: 'سعادة وكيل الوزارة الدكتور ماجد العنزي',
    speaker: 'ماجد العنزي',
    gender: 'm',
    body: false,
    shape: 'an honorific and a title chain',
  },
  {
    written: 'المدرب الإسباني خوان غارسيا',
    speaker: 'خوان غارسيا',
    gender: 'm',
    body: false,
    shape: 'a title with a nationality and a foreign name',
  },
  {
    written: 'المعلمة نورة بنت عبدالله القحطاني',
    speaker: 'نورة بنت عبدالله القحطاني',
    gender: 'f',
    body: false,
    shape: 'a woman: a title and a Gulf name with بنت',
  },
  {
    written: 'الطبيبة سارة الجبوري',
    speaker: 'سارة الجبوري',
    gender: 'f',
    body: false,
    shape: 'a woman: a title and a family name with the article',
  },
  {
    written: 'الناشطة الحقوقية منى سامي',
    speaker: 'منى سامي',
    gender: 'f',
    body: false,
    shape: 'a woman: a title with an adjective and two given names',
  },
  {
    written: 'الحاج أبو فيصل العمري',
    speaker: 'أبو فيصل العمري',
    gender: 'm',
    body: false,
    shape: 'an honorific and a kunya with a family name',
  },
  {
    written: 'صاحبة المتجر ريم بنت خالد باوزير',
    speaker: 'ريم بنت خالد باوزير',
    gender: 'f',
    body: false,
    shape: 'a woman: a title in construct and a Hadrami name with بنت',
  },
  { written: 'وزارة الصحة', speaker: 'وزارة الصحة', gender: 'f', body: true, shape: 'a body' },
  {
    written: 'هيئة الهلال الأحمر السعودي',
    speaker: 'هيئة الهلال الأحمر السعودي',
    gender: 'f',
    body: true,
    shape: 'a body with an adjective',
  },
];

const by = (s: Subject, m: string, f: string) => (s.gender === 'm' ? m : f);

/**
 * A verb of the frame: its past or present form in each gender, the form with an object pronoun for
 * هذا ما (قاله; a verb that takes its own object takes به instead), and its own complement after the
 * subject (an object, a possessed object, عن/على and a noun, or nothing).
 */
interface Verb {
  what: string;
  form: (s: Subject) => string;
  /** هذا ما …: the verb with the pronoun of the words, or the verb and به. */
  ma: (s: Subject) => string;
  object: (s: Subject) => string;
  /** Reads with كما (as X says): not a verb of receiving visitors. */
  kama: boolean;
  /** Reads with a paper after it (في حديثه لـ«…»). */
  paper: boolean;
}

const none = () => '';
const verbs: Verb[] = [
  {
    what: 'قال, no object',
    form: (s) => by(s, 'قال', 'قالت'),
    ma: (s) => by(s, 'قاله', 'قالته'),
    object: none,
    kama: true,
    paper: true,
  },
  {
    what: 'يقول, no object',
    form: (s) => by(s, 'يقول', 'تقول'),
    ma: (s) => by(s, 'يقوله', 'تقوله'),
    object: none,
    kama: true,
    paper: true,
  },
  {
    what: 'لخص + a possessed object',
    form: (s) => by(s, 'لخص', 'لخصت'),
    ma: (s) => by(s, 'لخص به', 'لخصت به'),
    object: (s) => by(s, 'موقفه', 'موقفها'),
    kama: true,
    paper: true,
  },
  {
    what: 'يلخص + a possessed object',
    form: (s) => by(s, 'يلخص', 'تلخص'),
    ma: (s) => by(s, 'يلخص به', 'تلخص به'),
    object: (s) => by(s, 'رأيه', 'رأيها'),
    kama: true,
    paper: true,
  },
  {
    what: 'يختصر + a noun in construct',
    form: (s) => by(s, 'يختصر', 'تختصر'),
    ma: (s) => by(s, 'يختصر به', 'تختصر به'),
    object: () => 'حال السوق',
    kama: true,
    paper: true,
  },
  {
    what: 'اختصر + a noun in construct',
    form: (s) => by(s, 'اختصر', 'اختصرت'),
    ma: (s) => by(s, 'اختصر به', 'اختصرت به'),
    object: () => 'قصة المشروع',
    kama: true,
    paper: true,
  },
  {
    what: 'وصف + a definite noun',
    form: (s) => by(s, 'وصف', 'وصفت'),
    ma: (s) => by(s, 'وصف به', 'وصفت به'),
    object: () => 'الوضع',
    kama: true,
    paper: true,
  },
  {
    what: 'يصف + a possessed object',
    form: (s) => by(s, 'يصف', 'تصف'),
    ma: (s) => by(s, 'يصف به', 'تصف به'),
    object: (s) => by(s, 'معاناته', 'معاناتها'),
    kama: true,
    paper: true,
  },
  {
    what: 'عبّر عن + a possessed noun',
    form: (s) => by(s, 'عبّر', 'عبّرت'),
    ma: (s) => by(s, 'عبّر به', 'عبّرت به'),
    object: (s) => by(s, 'عن موقفه', 'عن موقفها'),
    kama: true,
    paper: true,
  },
  {
    what: 'يعبر عن + a definite noun',
    form: (s) => by(s, 'يعبر', 'تعبر'),
    ma: (s) => by(s, 'يعبر به', 'تعبر به'),
    object: () => 'عن القلق',
    kama: true,
    paper: true,
  },
  {
    what: 'أوضح + a noun in construct',
    form: (s) => by(s, 'أوضح', 'أوضحت'),
    ma: (s) => by(s, 'أوضح به', 'أوضحت به'),
    object: () => 'موقف الوزارة',
    kama: true,
    paper: true,
  },
  {
    what: 'أكد, no object',
    form: (s) => by(s, 'أكد', 'أكدت'),
    ma: (s) => by(s, 'أكده', 'أكدته'),
    object: none,
    kama: true,
    paper: true,
  },
  {
    what: 'علّق على + a definite noun',
    form: (s) => by(s, 'علّق', 'علّقت'),
    ma: (s) => by(s, 'علّق به', 'علّقت به'),
    object: () => 'على القرار',
    kama: true,
    paper: true,
  },
  {
    what: 'ختم + his words (حديثه)',
    form: (s) => by(s, 'ختم', 'ختمت'),
    ma: (s) => by(s, 'ختم به', 'ختمت به'),
    object: (s) => by(s, 'حديثه', 'حديثها'),
    kama: false,
    paper: false,
  },
  {
    what: 'استهل + a noun in construct with a pronoun (كلمته)',
    form: (s) => by(s, 'استهل', 'استهلت'),
    ma: (s) => by(s, 'استهل به', 'استهلت به'),
    object: (s) => by(s, 'كلمته', 'كلمتها'),
    kama: false,
    paper: false,
  },
  {
    what: 'يستقبل + his visitors',
    form: (s) => by(s, 'يستقبل', 'تستقبل'),
    ma: (s) => by(s, 'يستقبل به', 'تستقبل به'),
    object: (s) => by(s, 'زواره', 'زوارها'),
    kama: false,
    paper: false,
  },
];

/** The demonstrative frame between the quote and the verb, and the mark after the quote. */
type Demo = [what: string, open: (v: Verb, s: Subject) => string];
const demos: Demo[] = [
  ['«…»، هكذا', (v, s) => `، هكذا ${v.form(s)}`],
  ['«…». بهذه العبارة', (v, s) => `. بهذه العبارة ${v.form(s)}`],
  ['«…»، بهذه الكلمات', (v, s) => `، بهذه الكلمات ${v.form(s)}`],
  ['«…»، بهذا', (v, s) => `، بهذا ${v.form(s)}`],
  ['«…»، هذا ما', (v, s) => `، هذا ما ${v.ma(s)}`],
  ['«…». بتلك الكلمات', (v, s) => `. بتلك الكلمات ${v.form(s)}`],
  ['«…»، كما', (v, s) => `، كما ${v.form(s)}`],
];

/** What follows the name and the verb's own object: the end, a paper, a participle, وهو and a participle. */
type Follow = [what: string, after: (s: Subject) => string, paper: boolean];
const follows: Follow[] = [
  ['the end', () => '.', false],
  ['a paper after لـ', (s) => ` في ${by(s, 'حديثه', 'حديثها')} لـ«الوطن».`, true],
  [
    'a comma and a participle',
    (s) => `، ${by(s, 'مشيراً', 'مشيرة')} إلى أن العمل ${s.body ? 'يسير وفق الخطة' : 'مستمر'}.`,
    false,
  ],
  [
    'وهو/وهي and a participle',
    (s) => (s.body ? ' وهي تعلن خطتها الجديدة.' : by(s, ' وهو جالس في مكتبه.', ' وهي جالسة في مكتبها.')),
    false,
  ],
  ['في and a time', () => ' في مؤتمر صحفي أمس.', false],
];

const sentences = [
  'الطلب أكبر من العرض بكثير، وكل شقة تؤجر في اليوم نفسه',
  'لن نتراجع عن المشروع مهما كانت الصعوبات',
  'السوق الجديد أنظف وأوسع، لكن روح السوق القديم لن تنتقل معنا',
  'نعمل ليلاً ونهاراً حتى ينتهي المشروع في موعده',
  'الأسعار ارتفعت ثلاثة أضعاف خلال عام واحد',
];

/** The paper's name in the dateline is a mention, as every quoted outlet is. */
const paper: Row['quotes'][number] = ['الوطن', 'mention', null];
const dateline = 'جدة - «الوطن»';
const background = 'شهدت المدينة خلال الأشهر الماضية نقاشاً واسعاً حول المشروع الجديد.';

const grid: Row[] = crossed(
  { demo: demos, verb: verbs, follow: follows },
  { subject: subjects, quote: sentences },
)
  .filter(({ demo: [demoWhat], verb, follow: [, , withPaper] }) => {
    if (demoWhat.endsWith('كما') && !verb.kama) return false;
    return verb.paper || !withPaper;
  })
  .map(({ demo: [demoWhat, open], verb, follow: [followWhat, after, withPaper], subject, quote }) => {
    const object = verb.object(subject);
    const sentence = `«${quote}»${open(verb, subject)} ${subject.written}${object ? ` ${object}` : ''}${after(subject)}`;
    return {
      what: `${demoWhat} ${verb.what}; then ${followWhat} (${subject.shape})`,
      text: [dateline, background, sentence].join('\n\n'),
      quotes: [paper, [quote, 'direct', subject.speaker], ...(withPaper ? [paper] : [])],
      // engine gap: a body's name runs on into a definite object after it (وصفت وزارة الصحة الوضع →
      // «وزارة الصحة الوضع»): a body's own definite adjectives (الأحمر, العامة) look the same; before في
      // and a time the body is read whole.
      ...(subject.body && verb.what.startsWith('وصف') && !followWhat.startsWith('في')
        ? { gaps: ['attribution' as const] }
        : {}),
    };
  });

/** A fragment given first, then a describing verb: the quote is what the verb describes the thing as. */
const fragments = ['كارثة بكل المقاييس', 'فرصة لن تتكرر', 'خطوة في الاتجاه الصحيح', 'مجرد وعود'];
const fragmentRows: Row[] = crossed(
  {
    demo: [
      ['«…»، هكذا', (s: Subject) => `، هكذا ${by(s, 'وصف', 'وصفت')}`],
      ['«…»، بهذه العبارة', (s: Subject) => `، بهذه العبارة ${by(s, 'يصف', 'تصف')}`],
      ['«…»، هكذا', (s: Subject) => `، هكذا ${by(s, 'يصف', 'تصف')}`],
    ] as const,
    object: ['الوضع', 'القرار الأخير', 'حال السوق'],
  },
  { subject: subjects, fragment: fragments },
).map(({ demo: [demoWhat, open], object, subject, fragment }) => ({
  what: `a fragment, ${demoWhat} وصف/يصف, then ${object} (${subject.shape})`,
  text: [dateline, background, `«${fragment}»${open(subject)} ${subject.written} ${object}.`].join('\n\n'),
  quotes: [paper, [fragment, 'partial', subject.speaker]],
  // engine gap: a frame after a quote always gives the quote as the speaker's utterance (direct), a
  // fragment that the describing verb takes as what it describes the thing as too (the speaker is right).
  gaps: ['attribution' as const],
}));

/** Near shapes the engine reads right now and must keep reading right. */
const guards: Row[] = [
  {
    what: 'guard: هكذا opening narration with no quote before it',
    text: [dateline, 'هكذا بدأ الموسم الزراعي في القصيم هذا العام، وسط توقعات بإنتاج وفير.'].join('\n\n'),
    quotes: [paper],
  },
  {
    what: 'guard: a quote with its cue before, then a new paragraph opening with هكذا about something else',
    text: [
      dateline,
      'وقال المهندس خالد بن سعد العتيبي: «لن نتراجع عن المشروع مهما كانت الصعوبات».',
      'هكذا تبدو الصورة في الأحياء الشمالية، حيث يصطف العمال منذ الفجر.',
    ].join('\n\n'),
    quotes: [paper, ['لن نتراجع عن المشروع مهما كانت الصعوبات', 'direct', 'خالد بن سعد العتيبي']],
  },
  {
    what: 'guard: a quote with its cue before, then كما and another person with no quote',
    text: [
      dateline,
      'وقالت الطبيبة سارة الجبوري: «نعمل ليلاً ونهاراً حتى ينتهي المشروع في موعده». كما أكد المهندس أحمد فوزي أن العمل مستمر.',
    ].join('\n\n'),
    quotes: [paper, ['نعمل ليلاً ونهاراً حتى ينتهي المشروع في موعده', 'direct', 'سارة الجبوري']],
  },
  {
    what: 'guard: a hashtag quoted before هكذا and a verb with no person',
    text: [dateline, 'أطلق ناشطون وسم «#أنقذوا_الغابة»، هكذا انتشرت الحملة على المنصات خلال ساعات.'].join(
      '\n\n',
    ),
    quotes: [paper, ['#أنقذوا_الغابة', 'mention', null]],
  },
  {
    what: 'guard: a market’s quoted name before هكذا يسميه الأهالي',
    text: [dateline, 'يقصد المتسوقون «سوق الخميس»، هكذا يسميه الأهالي منذ عقود.'].join('\n\n'),
    quotes: [paper, ['سوق الخميس', 'mention', null]],
  },
  {
    what: 'guard: a programme’s quoted name before a هكذا frame about it',
    text: [dateline, 'عرضت القناة برنامج «في العمق» مساء أمس، وهكذا بدأ الموسم الجديد من البرنامج.'].join(
      '\n\n',
    ),
    quotes: [paper, ['في العمق', 'mention', null]],
  },
  {
    what: 'guard: a quoted name, then كما أن (and also) and a body: no frame',
    text: [dateline, 'افتتح المعرض جناح «بيت الخط»، كما أن وزارة الصحة أعلنت خطة جديدة للزوار.'].join('\n\n'),
    quotes: [paper, ['بيت الخط', 'mention', null]],
  },
  {
    what: 'guard: كما opening narration with no quote before it',
    text: [dateline, 'كما أعلنت وزارة الصحة عن افتتاح مركزين جديدين في المدينة خلال الشهر المقبل.'].join(
      '\n\n',
    ),
    quotes: [paper],
  },
  {
    what: 'guard: a quote with its cue before, then a new paragraph with هكذا and another person’s act',
    text: [
      dateline,
      'وقال وكيل الوزارة ماجد العنزي لـ«الوطن»: «الأسعار ارتفعت ثلاثة أضعاف خلال عام واحد».',
      'هكذا افتتح المهندس أحمد فوزي المعرض الجديد وسط حضور كبير.',
    ].join('\n\n'),
    quotes: [paper, paper, ['الأسعار ارتفعت ثلاثة أضعاف خلال عام واحد', 'direct', 'ماجد العنزي']],
  },
  {
    what: 'guard: a proverb after يقول المثل: no person',
    // engine gap: takes المثل (the proverb) after the present cue for the speaker
    gaps: ['attribution'],
    text: [dateline, '«الصبر مفتاح الفرج»، يقول المثل، وهذا ما يردده الباعة في السوق القديم.'].join('\n\n'),
    quotes: [paper, ['الصبر مفتاح الفرج', 'direct', null]],
  },
  {
    what: 'guard: a proverb after كما يقول المثل الشعبي: no person',
    // engine gap: takes المثل (the proverb) after the present cue for the speaker
    gaps: ['attribution'],
    text: [dateline, '«الصبر مفتاح الفرج» كما يقول المثل الشعبي، وهذا حال الباعة في السوق القديم.'].join(
      '\n\n',
    ),
    quotes: [paper, ['الصبر مفتاح الفرج', 'direct', null]],
  },
];

describe('grid: a quote first, then a demonstrative frame that names its speaker', () => {
  runGrid(grid);
  runGrid(fragmentRows);
  runGrid(guards);
});
