/**
 * A grid of fragments of speech that the engine read as quoted names (real news pages, issue 3): the
 * speaker's own short words, quoted where a predicate or a verb's complement stands, given no speaker.
 *   - a fragment after a verb of describing and its object, in the predicate of بأنه/بأنها (وصف فلان
 *     المراسل بأنه «…»), or the second object of اعتبر (اعتبر فلان الاتهامات «…»), that the article
 *     quotes again: the page printed twice, a headline that gives the speaker's words over the body, or a
 *     second sentence that says it again. A recurring quote is not a name when it stands where a predicate
 *     stands;
 *   - a fragment governed by the preposition of a verb of calling or warning (دعا فلان إلى «…», حذر من «…»)
 *     that the article quotes again, in the same position;
 *   - a verb of feeling whose subject is closed by a comma before its عن (عبّر فلان، عن «ثقته التامة» في أن
 *     «…»);
 *   - a quote that opens with a verb, the clause of someone's reported words going on (… ما كانت في حاجة
 *     إليه «وحقق …», بأن الشاهد المشار إليه «عذبه ضميره»);
 *   - a whole sentence after a cue whose subject is followed by an aside with a platform's quoted name
 *     (وذكر المركز، عبر حسابه في منصة «إكس»، أنه «…»).
 * The speaker is the subject of the verb that reports or judges, by the fullest name the article gives.
 * Guards: quoted names in the same positions (a paper after ل, a campaign after حملة, a channel, a firm's
 * name repeated in a subject's place, a platform) stay mentions, and the fragments the engine already read.
 *
 * Rows and expectations were written by reading, before the engine ran on them.
 */
import { describe } from 'vitest';
import { crossed, type Gender, runGrid } from './support/grid.js';
import type { Row, Said } from './support/rows.js';

interface Person {
  title: string;
  name: string;
  surname: string;
  gender: Gender;
}

const people: Person[] = [
  { title: 'وزير الخارجية', name: 'سامر الحلبي', surname: 'الحلبي', gender: 'm' },
  { title: 'رئيسة الوزراء', name: 'رنا العبيدي', surname: 'العبيدي', gender: 'f' },
  { title: 'المستشار', name: 'بيتر هوفمان', surname: 'هوفمان', gender: 'm' },
  { title: 'الأمينة العامة للمنظمة', name: 'هند المطيري', surname: 'المطيري', gender: 'f' },
  { title: 'رئيس الحزب', name: 'كريم بن سعيد', surname: 'بن سعيد', gender: 'm' },
];

const g = (p: Person, m: string, f: string) => (p.gender === 'm' ? m : f);

/** What a speaker describes, with the complementiser of its gender, and a predicate of that gender. */
const described = [
  { object: 'المراسل', that: 'بأنه', frag: 'شخص فظيع' },
  { object: 'المحاكمة', that: 'بأنها', frag: 'ظلم كبير' },
  { object: 'الاتفاق', that: 'بأنه', frag: 'خطأ فادح' },
  { object: 'الاتهامات', that: 'بأنها', frag: 'مهزلة حقيقية' },
  { object: 'الخطوة', that: 'بأنها', frag: 'مصدر إلهام' },
];

/** How the article quotes the same words again. */
const repeats = ['page', 'headline', 'again'] as const;

const describeRows: Row[] = crossed({ repeat: repeats, d: described, p: people }, {}).map(
  ({ repeat, d, p }) => {
    const lede = `${g(p, 'وصف', 'وصفت')} ${p.title} ${p.name} ${d.object} ${d.that} «${d.frag}» خلال مؤتمر صحفي في العاصمة.`;
    const said: Said = [d.frag, 'partial', p.name];
    if (repeat === 'page')
      return {
        what: `وصف … ${d.that} «${d.frag}» (${p.name}), the paragraph printed twice`,
        text: `${lede}\n\nوجاء ذلك بعد جلسة طويلة.\n\n${lede}`,
        quotes: [said, said],
      };
    if (repeat === 'headline')
      return {
        what: `وصف … ${d.that} «${d.frag}» (${p.name}), the headline quoting it`,
        text: `${p.surname}: ${d.object} «${d.frag}»\n\n${lede}`,
        quotes: [said, said],
      };
    return {
      what: `وصف … ${d.that} «${d.frag}» (${p.name}), said again`,
      text: `${lede}\n\nوفي ختام المؤتمر ${g(p, 'كرر', 'كررت')} ${p.surname} أن ${d.object} «${d.frag}».`,
      quotes: [said, said],
    };
  },
);

/** The speaker named in full, then by the surname before a titled object: كما وصف فلان المراسل فلان بأنه «…». */
const titledObjects = [
  { title: 'المراسل', name: 'جون كارتر', that: 'بأنه', frag: 'شخص فظيع' },
  { title: 'المدرب', name: 'ماركو فيرتي', that: 'بأنه', frag: 'عديم الخبرة' },
  { title: 'الصحفية', name: 'سلمى النجار', that: 'بأنها', frag: 'كاذبة' },
];
const objectRows: Row[] = crossed({ o: titledObjects, p: people }, {}).map(({ o, p }) => ({
  what: `وصف ${p.surname} ${o.title} ${o.name} ${o.that} «${o.frag}»: the surname the subject`,
  text: `${g(p, 'ودخل', 'ودخلت')} ${p.title} ${p.name} في سجال حاد خلال مؤتمر صحفي.\n\nكما ${g(p, 'وصف', 'وصفت')} ${p.surname} ${o.title} ${o.name} ${o.that} «${o.frag}» بعد المؤتمر.`,
  quotes: [[o.frag, 'partial', p.name]],
}));

/** اعتبر with its two objects, the second quoted: the speaker's judgement, repeated. */
const judged = [
  { object: 'الاتهامات', frag: 'سخيفة' },
  { object: 'القرار', frag: 'خاطئا تماما' },
  { object: 'التقرير', frag: 'منحازا' },
];
const judgeRows: Row[] = crossed({ repeat: repeats, j: judged }, { p: people }).map(({ repeat, j, p }) => {
  const lede = `${g(p, 'اعتبر', 'اعتبرت')} ${p.title} ${p.name} ${j.object} «${j.frag}» في تصريح للصحفيين.`;
  const said: Said = [j.frag, 'partial', p.name];
  const text =
    repeat === 'page'
      ? `${lede}\n\nوجاء ذلك بعد جلسة طويلة.\n\n${lede}`
      : repeat === 'headline'
        ? `${p.surname}: ${j.object} «${j.frag}»\n\n${lede}`
        : `${lede}\n\nوفي ختام المؤتمر ${g(p, 'عاد', 'عادت')} ${p.surname} ${g(p, 'واعتبر', 'واعتبرت')} ${j.object} «${j.frag}».`;
  return { what: `اعتبر … ${j.object} «${j.frag}» (${p.name}), ${repeat}`, text, quotes: [said, said] };
});

/** A verb of calling or warning and its preposition, the fragment its complement, quoted twice. */
const governed = [
  {
    m: 'دعا',
    f: 'دعت',
    pm: 'يدعو',
    pf: 'تدعو',
    prep: 'إلى',
    frag: 'مرحلة انتقالية',
    again: 'ضرورة الانتقال إلى',
  },
  {
    m: 'حذر',
    f: 'حذرت',
    pm: 'يحذر',
    pf: 'تحذر',
    prep: 'من',
    frag: 'التمادي في تضييع الفرص',
    again: 'مجددا من',
  },
  { m: 'طالب', f: 'طالبت', pm: 'يطالب', pf: 'تطالب', prep: 'بـ', frag: 'حوار شامل', again: 'مرة أخرى بـ' },
];
const governRows: Row[] = crossed({ repeat: ['again', 'headline'] as const, v: governed }, { p: people }).map(
  ({ repeat, v, p }) => {
    const glue = v.prep === 'بـ' ? '' : ' ';
    const lede = `${g(p, v.m, v.f)} ${p.title} ${p.name} ${v.prep}${glue}«${v.frag}» في كلمة أمام أنصار الحزب.`;
    const said: Said = [v.frag, 'partial', p.name];
    const text =
      repeat === 'again'
        ? `${lede} ${g(p, 'وأكد', 'وأكدت')} ${p.surname} ${v.again}${v.prep === 'بـ' ? '' : ' '}«${v.frag}» قبل نهاية العام.`
        : `${p.title} ${g(p, v.pm, v.pf)} ${v.prep}${glue}«${v.frag}»\n\n${lede}`;
    return {
      what: `${v.m} ${v.prep} «${v.frag}» (${p.name}), ${repeat}`,
      text,
      quotes: [said, said],
    };
  },
);

/** The verb far from its preposition, then a noun of stance's verbal noun governing the same words. */
const farRows: Row[] = crossed({ p: people, frag: ['مرحلة انتقالية', 'تسوية عادلة'] }, {}).map(
  ({ p, frag }) => ({
    what: `${g(p, 'دعا', 'دعت')} … (a long aside) إلى «${frag}», then ضرورة الانتقال إلى «${frag}» (${p.name})`,
    text: `${g(p, 'دعا', 'دعت')} ${p.title} ${p.name} في كلمة ألقاها يوم الأربعاء أمام أنصار الحزب في قاعة المؤتمرات بالعاصمة إلى «${frag}» للعبور إلى دولة مدنية. ${g(p, 'وأكد', 'وأكدت')} ${p.surname} ضرورة الانتقال إلى «${frag}» قبل نهاية العام.`,
    quotes: [
      [frag, 'partial', p.name],
      [frag, 'partial', p.name],
    ],
  }),
);

/** What a verb of describing calls a thing after its ب, shaped like a name (a head and a definite genitive). */
const calledRows: Row[] = crossed(
  { p: people, frame: ['participle', 'verb'] as const },
  { frag: ['ليلة الرعب', 'مجزرة العصر', 'كارثة القرن'] },
).map(({ p, frame, frag }) => ({
  what: `${frame === 'participle' ? 'واصفا ما حدث' : 'ووصف الهجوم'} بـ«${frag}» (${p.name})`,
  text:
    frame === 'participle'
      ? `${g(p, 'وتحدث', 'وتحدثت')} ${p.title} ${p.name} عن تفاصيل ذلك اليوم، ${g(p, 'واصفا', 'واصفة')} ما حدث بـ«${frag}» التي عاشها الأهالي.`
      : `${g(p, 'ووصف', 'ووصفت')} ${p.title} ${p.name} الهجوم بـ«${frag}» في كلمة أمام البرلمان.`,
  quotes: [[frag, 'partial', p.name]],
}));

/** A cue's clause completed by ب and a noun of words, then the words (اختتم كلمته بعبارة «…»). */
const phraseRows: Row[] = crossed(
  {
    p: people,
    frame: [
      (p: Person) => `${g(p, 'واختتم', 'واختتمت')} ${p.title} ${p.name} ${g(p, 'كلمته', 'كلمتها')} بعبارة`,
      (p: Person) => `${g(p, 'وعلق', 'وعلقت')} ${p.title} ${p.name} على الحادث بعبارة`,
      (p: Person) => `${g(p, 'وختم', 'وختمت')} ${p.title} ${p.name} ${g(p, 'حديثه', 'حديثها')} بجملة`,
    ],
  },
  { words: ['كفانا الله شر الفتنة', 'لن نتراجع أبدا', 'الوطن فوق الجميع'] },
).map(({ p, frame, words }) => ({
  what: `${frame(p)} «${words}»`,
  text: `${frame(p)} «${words}».`,
  quotes: [[words, 'partial', p.name]],
}));

/** A noun of saying after a preposition, its agent, then بأن/أن and a fragment (تعليقا على تصريح فلان بأن …). */
const nounRows: Row[] = crossed(
  { p: people, lead: ['وجاء ذلك تعليقا على تصريح', 'وجاء ذلك ردا على تصريحات'] },
  { that: ['بأن', 'أن'] },
).map(({ p, lead, that }) => ({
  what: `${lead} ${p.name} ${that} … «…»`,
  text: `${lead} ${p.title} ${p.name} ${that} الحكومة سترد «على نحو متناسب» على أي عقوبات.`,
  quotes: [['على نحو متناسب', 'partial', p.name]],
}));

/** A verb of feeling, its subject closed by a comma before عن, a possessed fragment, then أن «…». */
const feelings = [
  { m: 'عبّر', f: 'عبّرت', frag: (p: Person) => g(p, 'ثقته التامة', 'ثقتها التامة') },
  { m: 'أعرب', f: 'أعربت', frag: (p: Person) => g(p, 'قلقه البالغ', 'قلقها البالغ') },
  { m: 'عبر', f: 'عبرت', frag: (p: Person) => g(p, 'ارتياحه الكبير', 'ارتياحها الكبير') },
];
const feelRows: Row[] = crossed({ v: feelings, tail: ['clause', 'none'] as const }, { p: people }).map(
  ({ v, tail, p }) => {
    const frag = v.frag(p);
    const text =
      tail === 'clause'
        ? `${g(p, v.m, v.f)} ${p.title} ${p.name}، عن «${frag}» في أن «ساعة الحسم قريبة جدا» في التحقيق الجاري.`
        : `${g(p, v.m, v.f)} ${p.title} ${p.name}، عن «${frag}» بعد اللقاء.`;
    const quotes: Said[] =
      tail === 'clause'
        ? [
            [frag, 'partial', p.name],
            ['ساعة الحسم قريبة جدا', 'partial', p.name],
          ]
        : [[frag, 'partial', p.name]];
    return { what: `${v.m} فلان، عن «${frag}» (${p.name}), ${tail}`, text, quotes };
  },
);

/** A quote that opens with a verb, after a pronoun of a preposition: the reported clause goes on. */
const verbOpeners = [
  {
    lead: (p: Person) =>
      `${g(p, 'وأشار', 'وأشارت')} ${p.title} ${p.name} إلى أن الرئيس قدم للبلاد ما كانت في حاجة إليه`,
    frag: 'وحقق الأمن والاستقرار في كل المدن',
  },
  {
    lead: (p: Person) => `${g(p, 'وزعم', 'وزعمت')} ${p.title} ${p.name} بأن الشاهد المشار إليه`,
    frag: 'عذبه ضميره',
  },
  {
    lead: (p: Person) => `${g(p, 'وقال', 'وقالت')} ${p.title} ${p.name} إن الحكومة وعدت بما تعهدت به`,
    frag: 'وستفي بكل وعودها',
  },
];
const openerRows: Row[] = crossed({ v: verbOpeners, p: people }, {}).map(({ v, p }) => ({
  what: `a quote opening with a verb after a pronoun (${v.frag}, ${p.name})`,
  text: `${v.lead(p)} «${v.frag}».`,
  quotes: [[v.frag, 'partial', p.name]],
}));

/** A relative clause's cue with the occasion's pronoun after it (الذي قال خلالها إنه …«…»). */
const duringRows: Row[] = crossed({ p: people, during: ['خلالها', 'خلاله'] as const }, {}).map(
  ({ p, during }) => {
    const occasion = during === 'خلالها' ? 'التصريحات التي أدلى بها' : 'المؤتمر الذي عقده';
    return {
      what: `${g(p, 'الذي قال', 'التي قالت')} ${during} إن… «…» (${p.name})`,
      text: `وجاء ذلك ردا على ${occasion} ${p.title} ${p.name} ${g(p, 'الذي قال', 'التي قالت')} ${during} ${g(p, 'إنه', 'إنها')} ${g(p, 'سيقنع', 'ستقنع')} دولا أخرى «بإدانة» الحكومة.`,
      quotes: [['بإدانة', 'partial', p.name]],
    };
  },
);

/** A cue, its subject, an aside naming a platform in marks, then أن/إن and a whole sentence. */
const bodies = [
  { name: 'المركز الوطني للأرصاد', gender: 'm' as Gender },
  { name: 'الهيئة العامة للطيران المدني', gender: 'f' as Gender },
  { name: 'وزارة الصحة', gender: 'f' as Gender },
];
const asideVerbs = [
  { m: 'وذكر', f: 'وذكرت', that: 'أنه' },
  { m: 'وأوضح', f: 'وأوضحت', that: 'أن' },
  { m: 'وأعلن', f: 'وأعلنت', that: 'أنه' },
];
const platforms = ['إكس', 'تويتر'];
const asideRows: Row[] = crossed({ b: bodies, v: asideVerbs }, { platform: platforms }).map(
  ({ b, v, platform }) => {
    const sentence =
      v.that === 'أنه'
        ? 'اعتبارا من مساء اليوم يتوقع استمرار فرص هطول الأمطار على المرتفعات'
        : 'الرحلات ستستأنف صباح الغد بعد تحسن الأحوال الجوية';
    const own = b.gender === 'm' ? 'حسابه' : 'حسابها';
    return {
      what: `${v.m} ${b.name}، عبر ${own} في منصة «${platform}»، ${v.that} «…»`,
      text: `${b.gender === 'm' ? v.m : v.f} ${b.name}، عبر ${own} الرسمي في منصة «${platform}»، ${v.that} «${sentence}».`,
      quotes: [
        [platform, 'mention', null],
        [sentence, 'partial', b.name],
      ],
    };
  },
);

/** Near shapes the engine reads right and must keep: quoted names where the fragments stood. */
const guards: Row[] = [
  {
    what: 'guard: a paper after ل, then the words after إن',
    text: 'وقال وزير الخارجية سامر الحلبي لصحيفة «الأفق» إن المحادثات «بلغت مرحلة حاسمة».',
    quotes: [
      ['الأفق', 'mention', null],
      ['بلغت مرحلة حاسمة', 'partial', 'سامر الحلبي'],
    ],
  },
  {
    what: 'guard: a campaign named after حملة, named again',
    text: 'أطلقت وزارة الصحة حملة «صحتك أولا» للتوعية بأمراض القلب.\n\nوتستمر حملة «صحتك أولا» شهرين في كل المناطق.',
    quotes: [
      ['صحتك أولا', 'mention', null],
      ['صحتك أولا', 'mention', null],
    ],
  },
  {
    what: 'guard: a channel that aired it',
    text: 'وظهر المدرب في مقابلة بثتها قناة «المدار» مساء الأحد.',
    quotes: [['المدار', 'mention', null]],
  },
  {
    what: 'guard: a firm’s name recurring in a subject’s place after إن',
    text: 'وقال المتحدث باسم الشركة سامي الخطيب إن «سار» ستبدأ تشغيل الخط الجديد الشهر المقبل.\n\nوأضاف الخطيب أن «سار» نقلت مليون راكب هذا العام.',
    quotes: [
      ['سار', 'mention', null],
      ['سار', 'mention', null],
    ],
  },
  {
    what: 'guard: a firm named, then its work described بأنه «…»',
    text: 'ووصف وزير النقل سامر الحلبي أداء «سار» بأنه «رائد في المنطقة».\n\nوتدير «سار» شبكة القطارات منذ عشر سنوات.',
    quotes: [
      ['سار', 'mention', null],
      ['رائد في المنطقة', 'partial', 'سامر الحلبي'],
      ['سار', 'mention', null],
    ],
  },
  {
    what: 'guard: a party’s name after إلى, recurring',
    text: 'وانضم النائب سامر الحلبي إلى «حزب الأمل» العام الماضي.\n\nويضم «حزب الأمل» عشرين نائبا.',
    quotes: [
      ['حزب الأمل', 'mention', null],
      ['حزب الأمل', 'mention', null],
    ],
  },
  {
    what: 'guard: a platform after على with a colon',
    text: 'وكتبت الوزيرة رنا العبيدي على «إكس»: «سنعمل بلا توقف».',
    quotes: [
      ['إكس', 'mention', null],
      ['سنعمل بلا توقف', 'direct', 'رنا العبيدي'],
    ],
  },
  {
    what: 'guard: a body’s name after a noun of stance’s verbal noun, recurring',
    text: 'وأكد الوزير سامر الحلبي ضرورة الانضمام إلى «منظمة التجارة» قبل نهاية العام.\n\nوتضم «منظمة التجارة» أكثر من 160 دولة.',
    quotes: [
      ['منظمة التجارة', 'mention', null],
      ['منظمة التجارة', 'mention', null],
    ],
  },
  {
    what: 'guard: a firm praised after أشاد بـ, recurring',
    text: 'وأشاد الوزير سامر الحلبي بـ«نجمة الشرق» في حفل الافتتاح.\n\nوتعمل «نجمة الشرق» في المنطقة منذ عشرين عاما.',
    quotes: [
      ['نجمة الشرق', 'mention', null],
      ['نجمة الشرق', 'mention', null],
    ],
  },
  {
    what: 'guard: a recurring movement’s name, described by its adjective',
    text: 'وهاجمت حركة «الفجر» المسلحة القاعدة.\n\nوقالت الحكومة إن «الفجر» تتلقى دعما خارجيا.',
    quotes: [
      ['الفجر', 'mention', null],
      ['الفجر', 'mention', null],
    ],
  },
  {
    what: 'guard: a programme named after برنامج, recurring',
    text: 'وقال الوزير سامر الحلبي إن برنامج «بيتي» وفر ألف مسكن.\n\nويستهدف برنامج «بيتي» الأسر الشابة.',
    quotes: [
      ['بيتي', 'mention', null],
      ['بيتي', 'mention', null],
    ],
  },
  {
    what: 'guard: a hashtag in marks after وسم',
    text: 'وانتشر وسم «أنقذوا النهر» على مواقع التواصل.\n\nوتداول المغردون وسم «أنقذوا النهر» بكثافة.',
    quotes: [
      ['أنقذوا النهر', 'mention', null],
      ['أنقذوا النهر', 'mention', null],
    ],
  },
  {
    what: 'guard: a festival named after مهرجان, recurring',
    text: 'وافتتحت الوزيرة رنا العبيدي مهرجان «ربيع المدينة» أمس.\n\nويستمر مهرجان «ربيع المدينة» أسبوعا.',
    quotes: [
      ['ربيع المدينة', 'mention', null],
      ['ربيع المدينة', 'mention', null],
    ],
  },
  {
    what: 'guard: وصف … بـ«…», said once',
    text: 'ووصف وزير الخارجية سامر الحلبي الهجوم بـ«الجبان».',
    quotes: [['الجبان', 'partial', 'سامر الحلبي']],
  },
  {
    what: 'guard: a fragment after إن and a subject',
    text: 'وقال رئيس الحزب كريم بن سعيد إن الغبار «عادي» في هذا الموسم.',
    quotes: [['عادي', 'partial', 'كريم بن سعيد']],
  },
  {
    what: 'guard: a fragment after تقوم بـ in the reported clause',
    text: 'وأكدت رئيسة الوزراء رنا العبيدي أن المعارضة تقوم بـ«لعبة قذرة» في الملف.',
    quotes: [['لعبة قذرة', 'partial', 'رنا العبيدي']],
  },
  {
    what: 'guard: a verb of feeling without a comma',
    text: 'وعبّر المستشار بيتر هوفمان عن «ثقته التامة» في نجاح الخطة.',
    quotes: [['ثقته التامة', 'partial', 'بيتر هوفمان']],
  },
  {
    what: 'guard: عبر as a preposition before a platform',
    text: 'ونشرت الوزارة الصور عبر «إنستغرام» مساء أمس.',
    quotes: [['إنستغرام', 'mention', null]],
  },
  {
    what: 'guard: a platform in an aside, the words after a colon',
    text: 'وكتب المستشار بيتر هوفمان، عبر حسابه على منصة «إكس»: «لن نتراجع».',
    quotes: [
      ['إكس', 'mention', null],
      ['لن نتراجع', 'direct', 'بيتر هوفمان'],
    ],
  },
  {
    what: 'guard: a party named in the subject, then a fragment after بأنه',
    text: 'ووصف رئيس حزب «الوفاق» كريم بن سعيد الاتفاق بأنه «خطأ فادح».\n\nويشارك «الوفاق» في الحكومة منذ عامين.',
    quotes: [
      ['الوفاق', 'mention', null],
      ['خطأ فادح', 'partial', 'كريم بن سعيد'],
      ['الوفاق', 'mention', null],
    ],
  },
  {
    what: 'guard: an event’s name after a verb other than describing with ب',
    text: 'واحتفل الوزير سامر الحلبي بـ«يوم الوطن» مع الطلاب.\n\nويصادف «يوم الوطن» الأول من الشهر.',
    quotes: [
      ['يوم الوطن', 'mention', null],
      ['يوم الوطن', 'mention', null],
    ],
  },
  {
    what: 'guard: a slogan on banners بعبارة, no cue',
    text: 'ورفع المتظاهرون لافتات بعبارة «ارحل» أمام مبنى البرلمان.',
    quotes: [['ارحل', 'mention', null]],
  },
  {
    what: 'guard: a paper’s name after a noun of saying and a preposition',
    text: 'وعلق الوزير سامر الحلبي على تقرير صحيفة «الأفق» بأن الأسعار سترتفع، وقال إنه «غير دقيق».',
    quotes: [
      ['الأفق', 'mention', null],
      ['غير دقيق', 'partial', 'سامر الحلبي'],
    ],
  },
  {
    what: 'guard: a film’s title recurring after فيلم',
    text: 'وعرض فيلم «ليلة الرعب» في الافتتاح.\n\nوحصد فيلم «ليلة الرعب» جائزتين.',
    quotes: [
      ['ليلة الرعب', 'mention', null],
      ['ليلة الرعب', 'mention', null],
    ],
  },
  {
    what: 'guard: a body’s quoted short name after its full name, recurring',
    text: 'وقالت الهيئة الوطنية للرقابة «نزاهة» إنها فتحت تحقيقا.\n\nوأكدت «نزاهة» أن التحقيق سيستمر.',
    quotes: [
      ['نزاهة', 'mention', null],
      ['نزاهة', 'mention', null],
    ],
  },
  {
    what: 'guard: a slogan chanted, recurring',
    text: 'وردد المتظاهرون شعار «الشعب يريد» أمام البرلمان.\n\nوعاد شعار «الشعب يريد» إلى الشوارع.',
    quotes: [
      ['الشعب يريد', 'mention', null],
      ['الشعب يريد', 'mention', null],
    ],
  },
  {
    what: 'guard: an operation named after عملية, recurring',
    text: 'وأطلق الجيش عملية «درع الشمال» فجر اليوم.\n\nوقال المتحدث العسكري إن عملية «درع الشمال» حققت أهدافها.',
    quotes: [
      ['درع الشمال', 'mention', null],
      ['درع الشمال', 'mention', null],
    ],
  },
];

describe('grid: a fragment after a verb of describing, quoted again', () => runGrid(describeRows));
describe('grid: a fragment after اعتبر and its object, quoted again', () => runGrid(judgeRows));
describe('grid: a surname for subject before a titled object', () => runGrid(objectRows));
describe('grid: a fragment governed by a verb’s preposition, quoted again', () => runGrid(governRows));
describe('grid: a verb far from its preposition, then a noun of stance', () => runGrid(farRows));
describe('grid: what a verb of describing calls a thing after its ب', () => runGrid(calledRows));
describe('grid: a cue’s clause completed by بعبارة, then the words', () => runGrid(phraseRows));
describe('grid: a noun of saying after a preposition, then بأن', () => runGrid(nounRows));
describe('grid: a verb of feeling, a comma before عن', () => runGrid(feelRows));
describe('grid: a quote opening with a verb, the reported clause going on', () => runGrid(openerRows));
describe('grid: a platform in an aside, then the words', () => runGrid(asideRows));
describe('grid: a relative clause’s cue, the occasion’s pronoun after it', () => runGrid(duringRows));
describe('grid: quoted names in the same positions', () => runGrid(guards));
