/**
 * lastread21: a read of this session's change to the engine (ade27aa..b34408d: آل before a title word and
 * عبد written apart or joined; a long title of two posts; أمين opening a name; a title after a name after
 * أكد/أوضح/أعرب, sameOffice with نادي/فريق/شركة; headNamedSpeakers; ملك before a realm; a post between a
 * name's comma and the colon; fifteen new cues and أثنى; بخصوص; غير/سوى; رئيس «الفيفا» فلان; an outlet in an
 * aside, وتابعه «…», a person's full name in marks) for what it misreads.
 * 330 news-style sentences and short articles were written by reading and run through the build before the
 * change and after it; 85 read differently: the new build right in 55, the old one right in 23, both wrong
 * in 3, and 4 left undecided (a woman named ملك with a state's name after a feminine title, a contrived
 * title before أمين المخزن, a coach's unclear apposition, a spokesman with the post's head alone who may be
 * the executive director). These rows are the 23 confirmed misfires, where the old build read right and the
 * new one does not, the right reading written by reading:
 *   - headNamedSpeakers (5): a spokesman or adviser known only by his whole post is given the name of the
 *     other side's spokesman (الناطق أفيخاي أدرعي, المتحدث جون كيربي) or of Chancellor Scholz (المستشار),
 *     whom the article calls by the post's head alone; "no one else holds that head" misses a post read as
 *     its body and one of another body;
 *   - respellAbd in findByName (2): عبد الله alone behind a title of its own (الملك, الموظف) is merged with
 *     another person whose name ends in عبدالله;
 *   - the new cues (6): اعترض "intercepted" (a ship, a missile, a drone), هاجم "attacked" (a base) and تطرق
 *     إلى (a conference's or a film's topic) read as verbs of saying, what they aim at as someone's words;
 *   - isPersonsFullName (10): a quoted sentence of a given name and a verb or adjective (محمد صلاح سيلعب,
 *     محمود ضربه, أحمد قادم, مريم غادرت) is read as a person's full name, a fragment turned a mention.
 * Mended in the same session: headNamedSpeakers taken out, هاجم, اعترض and تطرق left out of the lexicon,
 * isPersonsFullName only with family names with the article and never right after إن/أن, respellAbd
 * only for a name with no title of its own: 22 rows pass. One stays a gap: الملك عبد الله after سالم
 * عبدالله (an honorific is no title there; the engine merges the two as it does when both are spelt alike).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const headNamed: readonly Row[] = [
  {
    what: 'Hamas’s spokesman is not the Israeli army spokesman named after him with الناطق',
    text: 'وقال الناطق باسم حركة حماس: «المقاومة مستمرة». وفي المقابل، قال الناطق أفيخاي أدرعي إن «الجيش سيواصل عملياته».',
    quotes: [
      ['المقاومة مستمرة', 'direct', 'الناطق باسم حركة حماس'],
      ['الجيش سيواصل عملياته', 'partial', 'أفيخاي أدرعي'],
    ],
  },
  {
    what: 'the Gaza health ministry’s spokesman is not the Israeli army spokesman who answered him',
    text: 'وقال المتحدث باسم وزارة الصحة في غزة: «الضحايا بالآلاف». ورد المتحدث أفيخاي أدرعي بأن «حماس تستخدم المستشفيات».',
    quotes: [
      ['الضحايا بالآلاف', 'direct', 'المتحدث باسم وزارة الصحة'],
      ['حماس تستخدم المستشفيات', 'partial', 'أفيخاي أدرعي'],
    ],
  },
  {
    what: 'a minister’s media adviser is not Chancellor Scholz (المستشار)',
    text: 'وقال المستشار الإعلامي للوزير: «الوزير مشغول». وقال المستشار أولاف شولتس: «ألمانيا تدعم أوكرانيا».',
    quotes: [
      ['الوزير مشغول', 'direct', 'المستشار الإعلامي للوزير'],
      ['ألمانيا تدعم أوكرانيا', 'direct', 'أولاف شولتس'],
    ],
  },
  {
    what: 'the Kremlin’s spokesman is not the American spokesman who replied',
    text: 'وقال المتحدث باسم الكرملين: «روسيا جاهزة للحوار». ورد المتحدث جون كيربي بأن «موسكو لا تريد السلام».',
    quotes: [
      ['روسيا جاهزة للحوار', 'direct', 'المتحدث باسم الكرملين'],
      ['موسكو لا تريد السلام', 'partial', 'جون كيربي'],
    ],
  },
  {
    what: 'three spokesmen: Hamas’s is not the one named later, the army’s being read as its body',
    text: 'وقال الناطق باسم حماس: «المقاومة مستمرة». وقال الناطق باسم الجيش الإسرائيلي: «سنرد». وقال الناطق أفيخاي أدرعي: «حذرنا السكان».',
    quotes: [
      ['المقاومة مستمرة', 'direct', 'الناطق باسم حماس'],
      ['سنرد', 'direct', 'الجيش الإسرائيلي'],
      ['حذرنا السكان', 'direct', 'أفيخاي أدرعي'],
    ],
  },
];

const abd: readonly Row[] = [
  {
    what: 'King Abdullah is not Salem Abdullah',
    text: 'وقال سالم عبدالله: «الفريق جاهز». وقال الملك عبد الله: «الأردن يرحب».',
    quotes: [
      ['الفريق جاهز', 'direct', 'سالم عبدالله'],
      ['الأردن يرحب', 'direct', 'عبد الله'],
    ],
    // engine gap: findByName's respellAbd matches a lone عبد الله with a name that ends in عبدالله (a father's
    // or family name) of another person; الملك is read as an honorific, not a title, so the guard for a
    // name with a title of its own does not hold it (spelt alike, the two were merged before too).
    gaps: ['attribution'],
  },
  {
    what: 'an employee named Abdullah is not the manager Hassan Abdullah',
    text: 'وقال الموظف عبد الله: «أنا مظلوم». وقال المدير حسن عبدالله: «سنحقق».',
    quotes: [
      ['أنا مظلوم', 'direct', 'عبد الله'],
      ['سنحقق', 'direct', 'حسن عبدالله'],
    ],
  },
];

const cues: readonly Row[] = [
  {
    what: 'gunmen attacking a base in marks: a name',
    text: 'وهاجم مسلحون «قاعدة عين الأسد» فجر اليوم.',
    quotes: [['قاعدة عين الأسد', 'mention', null]],
  },
  {
    what: 'the navy intercepting a ship (اعترض) says nothing',
    text: 'واعترضت البحرية «سفينة محملة بالأسلحة».',
    quotes: [['سفينة محملة بالأسلحة', 'mention', null]],
  },
  {
    what: 'air defences intercepting a missile say nothing',
    text: 'واعترضت الدفاعات الجوية «صاروخا باليستيا» أطلقه الحوثيون.',
    quotes: [['صاروخا باليستيا', 'mention', null]],
  },
  {
    what: 'the US army intercepting a drone says nothing',
    text: 'واعترض الجيش الأمريكي «طائرة مسيرة» فوق البحر الأحمر.',
    quotes: [['طائرة مسيرة', 'mention', null]],
  },
  {
    what: 'a conference’s topic after تطرق إلى is a title, the conference no speaker',
    text: 'وتطرق المؤتمر إلى «مستقبل الطاقة».',
    quotes: [['مستقبل الطاقة', 'mention', null]],
  },
  {
    what: 'a war a film touches on is a name, the film no speaker',
    text: 'وحقق فيلم «الممر» نجاحا كبيرا، وتطرق الفيلم إلى «حرب الاستنزاف».',
    quotes: [
      ['الممر', 'mention', null],
      ['حرب الاستنزاف', 'mention', null],
    ],
  },
];

const fullName: readonly Row[] = [
  {
    what: 'a quoted sentence of a name and a future verb (سيلعب) is the coach’s words',
    text: 'وقال المدرب إن «محمد صلاح سيلعب».',
    quotes: [['محمد صلاح سيلعب', 'partial', 'المدرب']],
  },
  {
    what: 'a quoted sentence of a name and an adjective (جاهز) is the coach’s words',
    text: 'وأكد المدرب أن «محمد صلاح جاهز».',
    quotes: [['محمد صلاح جاهز', 'partial', 'المدرب']],
  },
  {
    what: 'a given name and a future verb (سيعود) is the president’s words',
    text: 'وقال الرئيس إن «محمد سيعود».',
    quotes: [['محمد سيعود', 'partial', 'الرئيس']],
  },
  {
    what: 'a given name and a past verb with a pronoun (ضربه) is the witness’s words',
    text: 'وقال الشاهد إن «محمود ضربه».',
    quotes: [['محمود ضربه', 'partial', 'الشاهد']],
  },
  {
    what: 'a given name and a past verb (هرب) is the eyewitness’s words',
    text: 'وقال شاهد عيان إن «محمود هرب».',
    quotes: [['محمود هرب', 'partial', 'شاهد عيان']],
  },
  {
    what: 'a given name and an adjective (مصاب) is the coach’s words',
    text: 'وأضاف المدرب أن «عمر مصاب».',
    quotes: [['عمر مصاب', 'partial', 'المدرب']],
  },
  {
    what: 'a given name and a participle (قادم) after إن is a fragment',
    text: 'وقال إن «أحمد قادم».',
    quotes: [['أحمد قادم', 'partial', null]],
  },
  {
    what: 'a given name and a past verb (وافق) after أن is a fragment',
    text: 'وأكد أن «يوسف وافق».',
    quotes: [['يوسف وافق', 'partial', null]],
  },
  {
    what: 'a given name and a feminine past verb (غادرت) after إن is a fragment',
    text: 'وقالت إن «مريم غادرت».',
    quotes: [['مريم غادرت', 'partial', null]],
  },
  {
    what: 'a full name and a past verb (اجتهد) is the director’s words',
    text: 'وقال المدير إن «أحمد الدوسري اجتهد».',
    quotes: [['أحمد الدوسري اجتهد', 'partial', 'المدير']],
  },
];

describe('lastread21: a spokesman known by his post named with the other side’s', () => runRows(headNamed));
describe('lastread21: عبد الله alone merged with another’s عبدالله', () => runRows(abd));
describe('lastread21: intercept, attack and touch on read as saying', () => runRows(cues));
describe('lastread21: a quoted sentence of a name and a verb read as a full name', () => runRows(fullName));
