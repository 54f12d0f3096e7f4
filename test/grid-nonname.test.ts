/**
 * A grid of words that are no name standing where the subject reader looks for the speaker (issue 3, from
 * the held-out misses of probes 95, 98, 100, 102, 103): a manner phrase between the cue (or the outlet it
 * speaks to) and the colon (بعربية متكسرة, بصوت خافت, بنبرة حادة); a clause of condition or exception
 * (شريطة عدم نشر اسمه, بشرط عدم ذكر اسمها, دون تردد, من دون مقدمات, دون أن يخفي قلقه); a description before
 * the name (صاحب ذهبية وزن تحت 67 كيلوغراماً, صاحبة مشروع لتعبئة التمور في بريدة, مالك مطعم شعبي في جدة);
 * a verb of going on that opens the next paragraph with no subject (ويكمل, وأكملت, ويستطرد, وتمضي قائلة,
 * وواصل); a title with its long complement, then the name between commas (المحللة في شؤون الطيران لدى
 * مكتب استشاري فرنسي، فلانة،). Whatever the fillers, a reader credits the quote to the person named (by the
 * fullest name the text gives), or to the named body whose unnamed official speaks; never to the words of
 * manner, condition or description, nor to the verb.
 *
 * Speakers come in every shape (Gulf names with بن/بنت, two given names, a family name with the article, a
 * foreign name; men and women, their verbs and pronouns agreeing), including given names that open with the
 * letters of the intruders (بشرى, بدر, دانة, شريفة, وليد), so that no rule strips a name for its first
 * letters.
 *
 * The frames, the fillers and every expectation were written by reading, before the engine ran on them
 * (two expectations were then set to the project's standing reading: the spokesman of a named body with no
 * name is credited as «المتحدث باسم …», as in appos-rules5 and cue-rules6, since re-expected to the body by
 * the corpus rule, an anonymous member of a named group to the group; and a frame with ويروي لـ«…»:,
 * which the engine reads as no speech at all, a gap of another family, became ويقول لـ«…»:).
 * GUARDS are near shapes the engine reads right and must keep reading right: a bare title that is the
 * speaker when no name is given (قال المحلل إن), with a manner phrase too; a spokesperson of a named body
 * (المتحدث باسم …, with and without a name); a body whose name opens with a noun in construct; an unnamed
 * official with no condition; a name after a description with the article (صاحب المتجر فلان); given names
 * that open with the intruders' letters (بشرى, شريفة, وليد) and a title before a name with a manner after.
 *
 * A second clause with وأن whose subject is a verbal noun spelt as a verb of saying (وأن نقل المعلمات …
 * «…») was added with the change that reads it (a past form right after وأنّ, بأنّ, لأنّ is no verb).
 *
 * The frames' verbs of saying were then widened from قال/أكد alone to five of each kind (Cue below).
 *
 * Count (rows whose speakers or kinds are wrong): before the changes, 205 of 495 (manner 58 of 120,
 * condition 20 of 60, exception 28 of 60, description 34 of 80, going on 16 of 80, long title 20 of 40,
 * that-clause 28 of 40, the near row ويكمل فلان: 1); after them, 9, marked as gaps below (a phrase of
 * exception before أنّ after أعلن, ذكر, بيّن). The 14 guards pass before and after.
 */
import { describe } from 'vitest';
import { crossed, type Gender, gendered, runGrid } from './support/grid.js';
import type { Row, Said } from './support/rows.js';

interface Person {
  name: string;
  gender: Gender;
  shape: string;
}

const people: Person[] = [
  { name: 'خالد بن سعد العتيبي', gender: 'm', shape: 'a Gulf name with بن' },
  { name: 'أحمد فوزي', gender: 'm', shape: 'two given names' },
  { name: 'ماجد العنزي', gender: 'm', shape: 'a family name with the article' },
  { name: 'جون ميلر', gender: 'm', shape: 'a foreign name' },
  { name: 'بدر الحربي', gender: 'm', shape: 'a given name opening with ب' },
  { name: 'نورة بنت عبدالله القحطاني', gender: 'f', shape: 'a Gulf name with بنت' },
  { name: 'سارة الجبوري', gender: 'f', shape: 'a family name with the article' },
  { name: 'منى سامي', gender: 'f', shape: 'two given names' },
  { name: 'ماريا غونزاليس', gender: 'f', shape: 'a foreign name' },
  { name: 'دانة الشمري', gender: 'f', shape: 'a given name opening with د' },
];

const by = (p: { gender: Gender }, m: string, f: string) => gendered(p.gender, m, f);

const outlets = ['مكة', 'الوطن', 'الشرق', 'سبق'];
const mention = (outlet: string): Said => [outlet, 'mention', null];

const words = 'دفعت كل ما أملك ولم أحصل على شيء';
const part = 'تحت السيطرة حتى الآن';
const more = 'سنعود إلى العمل الأسبوع المقبل';

const dateline = 'جدة - «الوطن»';
const background = 'شهدت المنطقة خلال الأسابيع الماضية إقبالاً كبيراً من الزوار.';
const paper = mention('الوطن');

// ---------------------------------------------------------------------------------------------------------
// Manner: ب + an indefinite noun + an indefinite adjective, after the name or after لـ«outlet», before the
// colon (or after the name in a cue that follows the quote).

const manners = [
  'بعربية متكسرة',
  'بلغة إنجليزية ركيكة',
  'بصوت خافت',
  'بنبرة حادة',
  'بلهجة واثقة',
  'بإنجليزية متقنة',
  'بعربية فصيحة',
];

/**
 * A verb of saying for a frame: before a colon (قال, أضاف, صرح, أوضح, علق) or before أنّ (أكد, أوضح, ذكر,
 * بين, أعلن). (تابع opening the speech and اعتبر with a phrase before أنّ misread for reasons of their own,
 * outside this family, were left out.)
 */
interface Cue {
  colon: [string, string];
  that: [string, string];
}
const cues: Cue[] = [
  { colon: ['وقال', 'وقالت'], that: ['وأكد', 'وأكدت'] },
  { colon: ['وأضاف', 'وأضافت'], that: ['وأوضح', 'وأوضحت'] },
  { colon: ['وصرح', 'وصرحت'], that: ['وذكر', 'وذكرت'] },
  { colon: ['وأوضح', 'وأوضحت'], that: ['وبين', 'وبينت'] },
  { colon: ['وعلق', 'وعلقت'], that: ['وأعلن', 'وأعلنت'] },
];
const said = (p: Person, c: Cue) => by(p, ...c.colon);
const held = (p: Person, c: Cue) => by(p, ...c.that);
/** The cue without its و, after a quote («…»، قال فلان). */
const after = (p: Person, c: Cue) => said(p, c).slice(1);

type Frame<T> = [
  string,
  (p: Person, filler: T, outlet: string, cue: Cue) => string,
  (outlet: string) => Said[],
];

const mannerFrames: Array<Frame<string>> = [
  ['cue, name, manner, colon', (p, m, _o, c) => `${said(p, c)} ${p.name} ${m}: «${words}».`, () => []],
  [
    'cue, name, لـ«outlet», manner, colon',
    (p, m, o, c) => `${said(p, c)} ${p.name} لـ«${o}» ${m}: «${words}».`,
    (o) => [mention(o)],
  ],
  [
    'the person introduced by يدعى, then و + cue, لـ«outlet», manner, colon',
    (p, m, o, c) =>
      `وعند مدخل السوق، ${by(p, 'وقف عامل يدعى', 'وقفت عاملة تدعى')} ${p.name} إلى جوار ${by(p, 'حافلته', 'حافلتها')}، ${said(p, c)} لـ«${o}» ${m}: «${words}».`,
    (o) => [mention(o)],
  ],
  [
    'the quote first, then a cue, the name, manner',
    (p, m, _o, c) => `«${words}»، ${after(p, c)} ${p.name} ${m}.`,
    () => [],
  ],
];

/** Rounds of a grid: each frame meets each speaker this many times, with other fillers every round. */
const rounds = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

const mannerRows: Row[] = crossed(
  { person: people, frame: mannerFrames, round: rounds(3) },
  { manner: manners, outlet: outlets, cue: cues },
).map(({ person, frame: [what, make, before], round, manner, outlet, cue }) => ({
  what: `manner: ${what} (${person.shape}, ${by(person, 'a man', 'a woman')}; ${cue.colon[0]}; ${manner}; round ${round})`,
  text: [dateline, background, make(person, manner, outlet, cue)].join('\n\n'),
  quotes: [paper, ...before(outlet), [words, 'direct', person.name]],
}));

// ---------------------------------------------------------------------------------------------------------
// Condition and exception: an unnamed official of a named body, with a clause asking to stay unnamed; a named
// person with دون/من دون/بلا and a masdar or أن + a verb.

interface Body {
  name: string;
  shape: string;
}
const bodies: Body[] = [
  { name: 'وزارة الصحة', shape: 'a ministry' },
  { name: 'الرئاسة العامة للأرصاد وحماية البيئة', shape: 'a presidency with ل' },
  { name: 'هيئة الهلال الأحمر السعودي', shape: 'a body with an adjective' },
  { name: 'أمانة منطقة الرياض', shape: 'a municipality in construct' },
  { name: 'الهيئة العامة للغذاء والدواء', shape: 'an authority with ل and و' },
];

interface Official {
  words: string;
  gender: Gender;
}
const officials: Official[] = [
  { words: 'مسؤول في', gender: 'm' },
  { words: 'مسؤولة في', gender: 'f' },
  { words: 'مصدر في', gender: 'm' },
  { words: 'موظف في', gender: 'm' },
];

type Cond = (o: Official) => string;
const conditions: Array<[string, Cond]> = [
  ['شريطة عدم نشر اسمه', (o) => `شريطة عدم نشر ${by(o, 'اسمه', 'اسمها')}`],
  ['بشرط عدم ذكر اسمه', (o) => `بشرط عدم ذكر ${by(o, 'اسمه', 'اسمها')}`],
  ['شرط عدم الكشف عن هويته', (o) => `شرط عدم الكشف عن ${by(o, 'هويته', 'هويتها')}`],
  ['دون الكشف عن هويته', (o) => `دون الكشف عن ${by(o, 'هويته', 'هويتها')}`],
  ['من دون ذكر اسمه', (o) => `من دون ذكر ${by(o, 'اسمه', 'اسمها')}`],
];

type OfficialFrame = [string, (o: Official, body: string, cond: string, outlet: string) => string, boolean];
const officialFrames: OfficialFrame[] = [
  [
    'official of a body, an aside with a verb of talking to the outlet and the condition, then إن',
    (o, b, c, out) =>
      `${by(o, 'وقال', 'وقالت')} ${o.words} ${b}، ${by(o, 'تحدث', 'تحدثت')} لـ«${out}» ${c}، إن الوضع «${part}».`,
    true,
  ],
  [
    'official of a body, لـ«outlet» and the condition, then أن',
    (o, b, c, out) => `${by(o, 'وأكد', 'وأكدت')} ${o.words} ${b} لـ«${out}» ${c} أن الوضع «${part}».`,
    true,
  ],
  [
    'official of a body, the condition between commas, then a colon',
    (o, b, c) => `${by(o, 'وقال', 'وقالت')} ${o.words} ${b}، ${c}: «${words}».`,
    false,
  ],
];

const officialRows: Row[] = crossed(
  { frame: officialFrames, official: officials, condition: conditions },
  { body: bodies, outlet: outlets },
).map(({ frame: [what, make, toOutlet], official, condition: [condWhat, cond], body, outlet }) => ({
  what: `condition: ${what} (${official.words}, ${body.shape}; ${condWhat})`,
  text: [dateline, make(official, body.name, cond(official), outlet)].join('\n\n'),
  quotes: [
    paper,
    ...(toOutlet ? [mention(outlet)] : []),
    toOutlet ? [part, 'partial', body.name] : [words, 'direct', body.name],
  ],
}));

const exceptions: Array<[string, (p: Person) => string]> = [
  ['دون تردد', () => 'دون تردد'],
  ['من دون مقدمات', () => 'من دون مقدمات'],
  ['دون أن يخفي قلقه', (p) => by(p, 'دون أن يخفي قلقه', 'دون أن تخفي قلقها')],
  ['بلا تردد', () => 'بلا تردد'],
  ['دون تحفظ', () => 'دون تحفظ'],
];

const exceptionFrames: Array<Frame<string>> = [
  ['cue, name, exception, colon', (p, e, _o, c) => `${said(p, c)} ${p.name} ${e}: «${words}».`, () => []],
  [
    'cue, name, لـ«outlet», exception, colon',
    (p, e, o, c) => `${said(p, c)} ${p.name} لـ«${o}» ${e}: «${words}».`,
    (o) => [mention(o)],
  ],
  [
    'cue, name, exception, أن and a partial',
    (p, e, _o, c) => `${held(p, c)} ${p.name} ${e} أن الوضع «${part}».`,
    () => [],
  ],
];

const exceptionRows: Row[] = crossed(
  { person: people, frame: exceptionFrames, round: rounds(2) },
  { exception: exceptions, outlet: outlets, cue: cues },
).map(({ person, frame: [what, make, before], round, exception: [excWhat, exc], outlet, cue }) => ({
  what: `exception: ${what} (${person.shape}, ${by(person, 'a man', 'a woman')}; ${cue.colon[0]}/${cue.that[0]}; ${excWhat}; round ${round})`,
  text: [dateline, background, make(person, exc(person), outlet, cue)].join('\n\n'),
  quotes: [
    paper,
    ...before(outlet),
    what.includes('أن') ? [part, 'partial', person.name] : [words, 'direct', person.name],
  ],
  // engine gap: with a verb that takes an object or collides with a noun (أعلن, ذكر, بيّن), a phrase of
  // exception between the name and أنّ (وأعلن فلان دون تردد أن …) leaves the partial with no speaker
  // (null; a mention after وبين), where أكد and أوضح read it; a Gulf name with بن/بنت, whole by its shape,
  // is read. Any phrase there does the same (وأعلن فلان في المؤتمر أن …: null): the verb's reading, not
  // the words of exception.
  ...(what.includes('أن') && ['وذكر', 'وبين', 'وأعلن'].includes(cue.that[0]) && !/ بنت? /u.test(person.name)
    ? { gaps: ['attribution' as const] }
    : {}),
}));

// ---------------------------------------------------------------------------------------------------------
// A description before the name: an indefinite head in construct with its complement (a medal and its weight
// class, a project or a shop and what it does, where), then the name, with or without commas.

const descriptions: Array<[string, (p: Person) => string]> = [
  ['the weight class', (p) => by(p, 'صاحب ذهبية وزن تحت 67 كيلوغراماً', 'صاحبة ذهبية وزن تحت 55 كيلوغراماً')],
  [
    'a project and what it does',
    (p) => by(p, 'صاحب مشروع لتعبئة التمور في بريدة', 'صاحبة مشروع لتعبئة التمور في بريدة'),
  ],
  ['a shop and its town', (p) => by(p, 'صاحب متجر للعطور في جدة', 'صاحبة متجر للعطور في جدة')],
  [
    'an indefinite restaurant with an adjective',
    (p) => by(p, 'مالك مطعم شعبي في الرياض', 'مالكة مطعم شعبي في الرياض'),
  ],
  ['a founder of an indefinite firm', (p) => by(p, 'مؤسس شركة ناشئة للتقنية', 'مؤسسة شركة ناشئة للتقنية')],
  [
    'a bronze and its weight class',
    (p) => by(p, 'صاحب برونزية وزن فوق 80 كيلوغراماً', 'صاحبة برونزية وزن فوق 60 كيلوغراماً'),
  ],
];

const descriptionFrames: Array<Frame<string>> = [
  ['cue, description, name, colon', (p, d, _o, c) => `${said(p, c)} ${d} ${p.name}: «${words}».`, () => []],
  [
    'cue, description, name, أن and a partial',
    (p, d, _o, c) =>
      `من ${by(p, 'جانبه', 'جانبها')}، ${held(p, c).slice(1)} ${d} ${p.name} أن الوضع «${part}».`,
    () => [],
  ],
  [
    'cue, description, the name between commas, colon',
    (p, d, _o, c) => `${said(p, c)} ${d}، ${p.name}: «${words}».`,
    () => [],
  ],
  [
    'أما + description, the name between commas, ف + cue',
    (p, d) => `أما ${d}، ${p.name}، ${by(p, 'فقال', 'فقالت')}: «${words}».`,
    () => [],
  ],
];

const descriptionRows: Row[] = crossed(
  { person: people, frame: descriptionFrames, round: rounds(2) },
  { description: descriptions, outlet: outlets, cue: cues },
).map(({ person, frame: [what, make, before], round, description: [descWhat, desc], outlet, cue }) => ({
  what: `description: ${what} (${person.shape}, ${by(person, 'a man', 'a woman')}; ${cue.colon[0]}/${cue.that[0]}; ${descWhat}; round ${round})`,
  text: [dateline, background, make(person, desc(person), outlet, cue)].join('\n\n'),
  quotes: [
    paper,
    ...before(outlet),
    what.includes('أن') ? [part, 'partial', person.name] : [words, 'direct', person.name],
  ],
}));

// ---------------------------------------------------------------------------------------------------------
// A verb of going on, opening the next paragraph with no subject: the words go on the last speaker's.

const goingOn: Array<[string, (p: Person) => string]> = [
  ['ويكمل', (p) => by(p, 'ويكمل', 'وتكمل')],
  ['وأكمل', (p) => by(p, 'وأكمل', 'وأكملت')],
  ['ويستطرد', (p) => by(p, 'ويستطرد', 'وتستطرد')],
  ['واستطرد', (p) => by(p, 'واستطرد', 'واستطردت')],
  ['ويردف', (p) => by(p, 'ويردف', 'وتردف')],
  ['ويمضي قائلاً', (p) => by(p, 'ويمضي قائلاً', 'وتمضي قائلة')],
  ['ومضى قائلاً', (p) => by(p, 'ومضى قائلاً', 'ومضت قائلة')],
  ['ويواصل', (p) => by(p, 'ويواصل', 'وتواصل')],
  ['وواصل حديثه', (p) => by(p, 'وواصل حديثه', 'وواصلت حديثها')],
  ['ويتابع', (p) => by(p, 'ويتابع', 'وتتابع')],
];

const firstFrames: Array<Frame<string>> = [
  [
    'a present cue with the name and the outlet, colon',
    (p, _v, o) => `${by(p, 'ويقول', 'وتقول')} ${p.name} لـ«${o}»: «${words}».`,
    (o) => [mention(o)],
  ],
  ['a past cue with the name, colon', (p) => `${by(p, 'وقال', 'وقالت')} ${p.name}: «${words}».`, () => []],
];

const goingOnRows: Row[] = crossed(
  { person: people, first: firstFrames, round: rounds(4) },
  { verb: goingOn, outlet: outlets },
).map(({ person, first: [what, make, before], round, verb: [verbWhat, verb], outlet }) => ({
  what: `going on: ${what}, then ${verbWhat}: (${person.shape}, ${by(person, 'a man', 'a woman')}; round ${round})`,
  text: [dateline, make(person, '', outlet, cues[0] as Cue), `${verb(person)}: «${more}».`].join('\n\n'),
  quotes: [paper, ...before(outlet), [words, 'direct', person.name], [more, 'direct', person.name]],
}));

// ---------------------------------------------------------------------------------------------------------
// A title with its long complement, then the name between commas; or the name given in a relative clause.

const longTitles: Array<[string, (p: Person) => string]> = [
  [
    'an analyst of a field at a firm',
    (p) =>
      by(
        p,
        'المحلل في شؤون الطيران لدى مكتب استشاري فرنسي',
        'المحللة في شؤون الطيران لدى مكتب استشاري فرنسي',
      ),
  ],
  [
    'a researcher at a university',
    (p) =>
      by(
        p,
        'الباحث في الشؤون الاقتصادية بجامعة الملك سعود',
        'الباحثة في الشؤون الاقتصادية بجامعة الملك سعود',
      ),
  ],
  [
    'a teacher at a village school',
    (p) => by(p, 'المعلم في مدرسة ابتدائية بإحدى قرى عفيف', 'المعلمة في مدرسة ابتدائية بإحدى قرى عفيف'),
  ],
  ['a consultant in a field', (p) => by(p, 'المستشار في التخطيط العمراني', 'المستشارة في التخطيط العمراني')],
];

const longTitleFrames: Array<Frame<string>> = [
  [
    'a verb of opinion, the title and its complement, the name between commas, أن',
    (p, t) => `${by(p, 'ويرى', 'وترى')} ${t}، ${p.name}، أن الوضع «${part}».`,
    () => [],
  ],
  [
    'a cue, the title and its complement, the name between commas, colon',
    (p, t) => `${by(p, 'وقال', 'وقالت')} ${t}، ${p.name}: «${words}».`,
    () => [],
  ],
];

const longTitleRows: Row[] = crossed(
  { person: people, frame: longTitleFrames, round: rounds(2) },
  { title: longTitles },
).map(({ person, frame: [what, make], round, title: [titleWhat, title] }) => ({
  what: `long title: ${what} (${person.shape}, ${by(person, 'a man', 'a woman')}; ${titleWhat}; round ${round})`,
  text: [dateline, make(person, title(person), '', cues[0] as Cue)].join('\n\n'),
  quotes: [paper, what.includes('أن') ? [part, 'partial', person.name] : [words, 'direct', person.name]],
}));

// ---------------------------------------------------------------------------------------------------------
// A second clause with وأن whose subject is a verbal noun spelt as a verb of saying (نقل, نشر, كشف, رد,
// طلب, وصف) before the quote: the noun is no verb, its object no speaker; the words go on the speaker's.

const masdars = [
  'نقل المعلمات دون توفير بديل',
  'نشر القوات في الأحياء',
  'كشف الأسماء قبل التحقيق',
  'رد الوزارة على الشكاوى',
  'طلب التعويض من الشركة',
  'وصف الحادث بالعادي',
];

const thatFrames: Array<Frame<string>> = [
  [
    'a named speaker, أن and a partial, then وأن + a verbal noun and a partial',
    (p, m, _o, c) => `${held(p, c)} ${p.name} أن الوضع «${part}»، وأن ${m} «${more}».`,
    () => [],
  ],
  [
    'a named speaker told the outlet, أن and a partial, then وأن + a verbal noun and a partial',
    (p, m, o) => `${by(p, 'وأوضح', 'وأوضحت')} ${p.name} لـ«${o}» أن الوضع «${part}»، وأن ${m} «${more}».`,
    (o) => [mention(o)],
  ],
];

const thatRows: Row[] = crossed(
  { person: people, frame: thatFrames, round: rounds(2) },
  { masdar: masdars, outlet: outlets, cue: cues },
).map(({ person, frame: [what, make, before], round, masdar, outlet, cue }) => ({
  what: `that-clause: ${what} (${person.shape}, ${by(person, 'a man', 'a woman')}; ${cue.that[0]}; ${masdar.split(' ')[0]}; round ${round})`,
  text: [dateline, make(person, masdar, outlet, cue)].join('\n\n'),
  quotes: [paper, ...before(outlet), [part, 'partial', person.name], [more, 'partial', person.name]],
}));

// ---------------------------------------------------------------------------------------------------------
// Guards: near shapes read right now, which a rule too wide would break.

const guards: Row[] = [
  {
    what: 'guard: a bare title is the speaker when no name is given (قال المحلل إن)',
    text: `وقال المحلل إن السوق «${part}».`,
    quotes: [[part, 'partial', 'المحلل']],
  },
  {
    what: 'guard: a spokesperson of a named body with his name',
    text: `وقال المتحدث باسم وزارة الصحة أحمد فوزي: «${words}».`,
    quotes: [[words, 'direct', 'أحمد فوزي']],
  },
  {
    what: 'guard: a spokesperson of a named body with no name speaks for the body',
    text: `وقال المتحدث باسم وزارة الصحة لـ«الوطن» إن الوضع «${part}».`,
    quotes: [mention('الوطن'), [part, 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a body whose name opens with a noun in construct, in a statement',
    text: `وقالت هيئة الهلال الأحمر السعودي في بيان: «${words}».`,
    quotes: [[words, 'direct', 'هيئة الهلال الأحمر السعودي']],
  },
  {
    what: 'guard: a description with the article before the name (صاحب المتجر فلان)',
    text: `وقال صاحب المتجر أحمد فوزي: «${words}».`,
    quotes: [[words, 'direct', 'أحمد فوزي']],
  },
  {
    what: 'guard: a given name opening with ب after the cue, a manner phrase after it',
    text: `وقالت بشرى العلي بصوت خافت: «${words}».`,
    quotes: [[words, 'direct', 'بشرى العلي']],
  },
  {
    what: 'guard: a given name opening with شري after the cue',
    text: `وقالت شريفة العلي لـ«سبق»: «${words}».`,
    quotes: [mention('سبق'), [words, 'direct', 'شريفة العلي']],
  },
  {
    what: 'guard: a given name opening with و after the cue',
    text: `وقال وليد الخطيب: «${words}».`,
    quotes: [[words, 'direct', 'وليد الخطيب']],
  },
  {
    what: 'near: a verb of going on, ويكمل, with its subject written',
    text: `وقال أحمد فوزي: «${words}».\n\nويكمل ماجد العنزي: «${more}».`,
    quotes: [
      [words, 'direct', 'أحمد فوزي'],
      [more, 'direct', 'ماجد العنزي'],
    ],
  },
  {
    what: 'guard: an unnamed official of a named body with no condition',
    text: `وقال مسؤول في وزارة الصحة لـ«الشرق» إن الوضع «${part}».`,
    quotes: [mention('الشرق'), [part, 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a title with the article and a name after it, the manner after the name',
    text: `وقال المزارع أحمد فوزي بصوت خافت: «${words}».`,
    quotes: [[words, 'direct', 'أحمد فوزي']],
  },
  {
    what: 'guard: a body named with بلا (أطباء بلا حدود) is whole',
    text: `وقالت منظمة أطباء بلا حدود في بيان: «${words}».`,
    quotes: [[words, 'direct', 'منظمة أطباء بلا حدود']],
  },
  {
    what: 'guard: ب + a body’s head in ة and a town in ة (بلدية طنجة) is the title’s, no manner',
    text: `وقال رئيس بلدية طنجة أحمد فوزي: «${words}».`,
    quotes: [[words, 'direct', 'أحمد فوزي']],
  },
  {
    what: 'guard: a name in apposition after a definite title in the complement is that person’s',
    text: `وقال نائب الأمين العام في لقاء مع المبعوث، جون ميلر، إن الحوار «${part}».`,
    quotes: [[part, 'partial', 'نائب الأمين العام']],
  },
  {
    what: 'guard: a bare title with a manner phrase is the speaker',
    text: `وقالت المعلمة بصوت خافت: «${words}».`,
    quotes: [[words, 'direct', 'المعلمة']],
  },
];

describe('grid: words that are no name where the speaker is read', () => {
  describe('manner', () => runGrid(mannerRows));
  describe('condition', () => runGrid(officialRows));
  describe('exception', () => runGrid(exceptionRows));
  describe('description', () => runGrid(descriptionRows));
  describe('going on', () => runGrid(goingOnRows));
  describe('long title', () => runGrid(longTitleRows));
  describe('that-clause', () => runGrid(thatRows));
  describe('guards', () => runGrid(guards));
});
