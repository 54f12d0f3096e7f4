/**
 * The kind of a quoted span and the cue it hangs on, third part (kinds12c): mentions of names, and speech
 * whose cue the engine missed.
 * - وبين with no shadda, then a name alone (a surname, a full name) and أنّ, is the verb بيّن (explained);
 *   "between" joins two things with و, and a dual or a plural (بين الطرفين) is no one's name;
 * - a source between commas inside a sentence with no verb of saying (وتأمل الجمعية، وفق فلان، أن …)
 *   names whose account the rest of the sentence gives, the quote in it too;
 * - the events of a festival or a season (ضمن فعاليات «…») are named: a mention;
 * - a verbal noun of founding (تشكيل, تأسيس, إنشاء, إطلاق, تدشين), then a name that opens with a body's
 *   head, is the new body's name: a mention;
 * - a verb of naming with its object pronoun, its subject, then بـ (الذي يلقبه المشجعون بـ«…») gives a
 *   name, even inside someone's words;
 * - a source's wish not to be named (طلب عدم نشر اسمه «…») withholds a name: اسمه there is no naming
 *   noun, and the quote after it is the source's words;
 * - a noun counted by a number before it (أن 40 مدرسة «…») is many things, not one name: the quote is
 *   what is said of them;
 * - ما وصفته with no subject of its own in a clause opened by فيما, بينما, إذ (فيما حمّلت الحكومة …
 *   مسؤولية ما وصفته بـ«…») is said by the subject of that clause's verb.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const explainedRows: readonly Row[] = [
  {
    what: 'وبين + a surname alone + أن: the verb بيّن, its fragment partial',
    text: 'وبين الشهراني أن الحملة "ستشمل جميع أحياء المدينة خلال شهرين".',
    quotes: [['ستشمل جميع أحياء المدينة خلال شهرين', 'partial', 'الشهراني']],
  },
  {
    what: 'وبين + the surname of a man named in the sentence before: the verb, the full name resolved',
    text: 'وتحدث مدير مركز الأورام في المستشفى سلطان القحطاني عن الأجهزة الجديدة. وبين القحطاني أن العلاج الإشعاعي «أصبح متاحا للمرضى في المنطقة».',
    quotes: [['أصبح متاحا للمرضى في المنطقة', 'partial', 'سلطان القحطاني']],
  },
  {
    what: 'guard: بين joining two things with و, the quote said by the verb after',
    text: 'وجمع اللقاء بين الأمير ووزير الداخلية، وقال الأمير إن التعاون «يسير بشكل ممتاز».',
    quotes: [['يسير بشكل ممتاز', 'partial', 'الأمير']],
  },
];

const sourceAsideRows: readonly Row[] = [
  {
    what: 'a person named by وفق between commas in a sentence with no verb of saying',
    text: 'وتأمل الجمعية، وفق العبدالكريم، أن يرتفع عدد المتطوعين "إلى ألفي متطوع بنهاية العام".',
    quotes: [['إلى ألفي متطوع بنهاية العام', 'partial', 'العبدالكريم']],
  },
  {
    what: 'بحسب + a name between commas, the quote the object of a preposition after',
    text: 'ويعاني سكان القرية، بحسب محمد الدوسري، من «انقطاع متكرر للكهرباء منذ أسابيع».',
    quotes: [['انقطاع متكرر للكهرباء منذ أسابيع', 'partial', 'محمد الدوسري']],
  },
  {
    what: 'guard: a verb of saying with its own subject keeps the quote, the aside is a relay',
    text: 'وقال المتحدث باسم الجيش، بحسب وكالة الأنباء الرسمية، إن الطريق «أعيد فتحه».',
    quotes: [['أعيد فتحه', 'partial', 'المتحدث باسم الجيش']],
  },
];

const namedRows: readonly Row[] = [
  {
    what: 'the events of a season by name (ضمن فعاليات «…») in a closing يذكر أن after a visitor quoted',
    text: 'وقال الزائر فيصل العنزي إن العروض "تجذب العائلات".\n\nيذكر أن العروض تقام ضمن فعاليات «صيف تبوك» التي تنظمها أمانة المنطقة.',
    quotes: [
      ['تجذب العائلات', 'partial', 'فيصل العنزي'],
      ['صيف تبوك', 'mention', null],
    ],
  },
  {
    what: 'a body founded by name (وتشكيل «المجلس …») after what a group announced',
    text: 'وأعلن ضباط من الحرس الجمهوري تعليق العمل بالدستور وتشكيل «المجلس الأعلى للإنقاذ» لإدارة البلاد.',
    quotes: [['المجلس الأعلى للإنقاذ', 'mention', null]],
  },
  {
    what: 'a coalition founded by name (تأسيس «الائتلاف …») as the object of أعلن',
    text: 'وأعلن معارضون في المنفى تأسيس "الائتلاف الوطني للتغيير" في باريس.',
    quotes: [['الائتلاف الوطني للتغيير', 'mention', null]],
  },
  {
    what: 'guard: a definite noun after the founding noun, the quote its predicate said',
    text: 'وأكد رئيس الوزراء أن تشكيل اللجنة «جاء تلبية لمطالب الأهالي».',
    quotes: [['جاء تلبية لمطالب الأهالي', 'partial', 'رئيس الوزراء']],
  },
  {
    what: 'a nickname given by a verb with its pronoun and a subject before بـ, inside a critic’s words',
    text: 'وقال المعلق الرياضي فهد العتيبي إن الحارس الذي يلقبه المشجعون بـ"الأخطبوط" أنقذ فريقه من الخسارة.',
    quotes: [['الأخطبوط', 'mention', null]],
  },
  {
    what: 'guard: وصفه + subject + بـ is what the subject calls him, partial',
    text: 'ووصفه رئيس النادي بـ«صمام الأمان» في تصريح صحفي.',
    quotes: [['صمام الأمان', 'partial', 'رئيس النادي']],
  },
];

const speechRows: readonly Row[] = [
  {
    what: 'قال + a source who asked not to be named (طلب عدم نشر اسمه) + the quote, no colon: direct',
    text: 'وقال متداول في سوق الأسهم طلب عدم نشر اسمه «المستثمرون ينتظرون نتائج الشركات».',
    quotes: [['المستثمرون ينتظرون نتائج الشركات', 'direct', 'متداول في سوق الأسهم']],
  },
  {
    what: 'قال + a described source + طلب عدم ذكر اسمه + the quote in " ": direct',
    text: 'وقال دبلوماسي عربي طلب عدم ذكر اسمه "الاجتماع لم يحسم شيئا".',
    quotes: [['الاجتماع لم يحسم شيئا', 'direct', 'دبلوماسي عربي']],
  },
  {
    what: 'guard: a name written on something after اسمه is still a name',
    text: 'وقال أحد اللاعبين، وهو يحمل قميصا طبع عليه اسمه «سامي»، إن الفريق جاهز للمباراة.',
    quotes: [['سامي', 'mention', null]],
  },
  {
    what: 'أن + a number and a naming noun (12 رحلة) + the quote: partial of the source',
    text: 'وأفاد مصدر في الأمانة أن 12 رحلة «ألغيت بسبب الضباب».',
    quotes: [['ألغيت بسبب الضباب', 'partial', 'مصدر في الأمانة']],
  },
  {
    what: 'إن + a number and a body’s head (40 مدرسة) + a short quote: partial of the speaker, no school’s name',
    text: 'وقال مدير التعليم في المحافظة عبدالعزيز الرشيد إن 40 مدرسة "ستعمل بنظام الفترتين".',
    quotes: [['ستعمل بنظام الفترتين', 'partial', 'عبدالعزيز الرشيد']],
  },
  {
    what: 'guard: names listed after a count of schools are still names',
    text: 'وزار الوفد 3 مدارس هي «الأمل» و«النور» و«الفلاح».',
    quotes: [
      ['الأمل', 'mention', null],
      ['النور', 'mention', null],
      ['الفلاح', 'mention', null],
    ],
  },
  {
    what: 'guard: a definite flight noun and its number in quotes is a name',
    text: 'وأكدت الخطوط السعودية أن الرحلة «SV 1456» هبطت بسلام في مطار الدمام.',
    quotes: [['SV 1456', 'mention', null]],
  },
  {
    what: 'فيما + a verb + a body subject + ما وصفته بـ«…»: the body says it',
    text: 'ونفت الفصائل أي علاقة بالتفجير، فيما حمّلت الحكومة المسلحين مسؤولية ما وصفته بـ«الفوضى المنظمة» في العاصمة.',
    quotes: [['الفوضى المنظمة', 'partial', 'الحكومة']],
  },
  {
    what: 'إذ + a verb + a body subject + ما وصفه بـ«…»: the body says it',
    text: 'وتبادل الطرفان الاتهامات، إذ حمل الجيش المسلحين مسؤولية ما وصفه بـ«المذبحة».',
    quotes: [['المذبحة', 'partial', 'الجيش']],
  },
  {
    what: 'فيما + a verb + a bare place name for subject + its object: the subject alone says it',
    // engine gap: the subject reads on into the object, giving 'دمشق أنقرة مسؤولية' instead of دمشق.
    gaps: ['attribution'],
    text: 'ودعت الأمم المتحدة إلى ضبط النفس، فيما حملت دمشق أنقرة مسؤولية ما وصفته بـ«العدوان السافر».',
    quotes: [['العدوان السافر', 'partial', 'دمشق']],
  },
];

describe('kinds12c: وبين + a name + أن is the verb بيّن', () => runRows(explainedRows));
describe('kinds12c: a source aside between commas in a sentence with no cue', () => runRows(sourceAsideRows));
describe('kinds12c: events, founded bodies and nicknames named in quotes', () => runRows(namedRows));
describe('kinds12c: speech after a withheld name, a counted noun, ما وصفته in a clause', () =>
  runRows(speechRows));
