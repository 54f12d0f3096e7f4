/**
 * Forms met in the twenty-sixth session (issue 3), each written here anew in news style: a name closed by
 * a second verb of saying behind و (خرج المدرب فلان وقال); المتحدث alone after a verb of going on standing
 * for the one person who has the floor (وأضاف المتحدث أمام النواب), as المتحدث ذاته does, and a participle
 * after it; a noun before a body of the speaker's with its pronoun is the verb's object, not a word of the
 * name (الوزير فلان عزم وزارته على); يوما, سابقا and لاحقا are times, no subject. Each beside guards that
 * the older reading still holds, among them the misfires a review found in the rules' first versions (a
 * new spokesman after من جهته، قال; a body on the floor; a spokesman named by his post; a noun of feeling
 * with its pronoun after a foreign name, كوبر سعادته; groups with their pronouns, زملاؤها).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const closedByVerb: readonly Row[] = [
  {
    what: 'a title and a name, then و and a second verb: the name is whole, not the title alone',
    text: 'خرج مدرب الفريق البرتغالي جواو مارتينز وتحدث عن الخسارة، وقال في المؤتمر الصحفي: «لم نكن في يومنا».',
    quotes: [['لم نكن في يومنا', 'direct', 'جواو مارتينز']],
  },
  {
    what: 'an arriving minister named after his title, then وقال',
    text: 'وصل وزير النقل سالم الهاجري وقال للصحفيين: «المشروع سيفتتح في الموعد».',
    quotes: [['المشروع سيفتتح في الموعد', 'direct', 'سالم الهاجري']],
  },
  {
    what: 'the same with a woman and وأكدت أن',
    text: 'ظهرت المديرة التنفيذية للمهرجان نورة السبيعي وأكدت أن «التذاكر نفدت».',
    quotes: [['التذاكر نفدت', 'partial', 'نورة السبيعي']],
  },
  {
    what: 'guard: و before a noun after the name (ووفد من الوزارة) still ends the name as before',
    text: 'وصل وزير النقل سالم الهاجري ووفد من الوزارة إلى الموقع، وقال: «المشروع سيفتتح في الموعد».',
    quotes: [['المشروع سيفتتح في الموعد', 'direct', 'سالم الهاجري']],
  },
];

const theOneSpeaking: readonly Row[] = [
  {
    what: 'المتحدث alone after a speaker, with where he spoke: that speaker goes on',
    text: 'قال رئيس الحكومة عبد الإله بنكيران إن «الإصلاح ماض».\nوأضاف المتحدث أمام أعضاء الحزب أن «الانتخابات ستجرى في موعدها».',
    quotes: [
      ['الإصلاح ماض', 'partial', 'عبد الإله بنكيران'],
      ['الانتخابات ستجرى في موعدها', 'partial', 'عبد الإله بنكيران'],
    ],
  },
  {
    what: 'المتحدث alone before a colon',
    text: 'قال رئيس الحكومة عبد الإله بنكيران إن «الإصلاح ماض».\nوتابع المتحدث: «لن نتراجع عن الدعم».',
    quotes: [
      ['الإصلاح ماض', 'partial', 'عبد الإله بنكيران'],
      ['لن نتراجع عن الدعم', 'direct', 'عبد الإله بنكيران'],
    ],
  },
  {
    what: 'a participle after وأضاف المتحدث goes with whom المتحدث stands for',
    text: 'قال رئيس الحكومة عبد الإله بنكيران إن «الإصلاح ماض».\nوأضاف المتحدث أمام أعضاء الحزب قائلا: «لن نتراجع عن الدعم».',
    quotes: [
      ['الإصلاح ماض', 'partial', 'عبد الإله بنكيران'],
      ['لن نتراجع عن الدعم', 'direct', 'عبد الإله بنكيران'],
    ],
  },
  {
    what: 'guard: المتحدث with no one before is a spokesman’s title',
    text: 'وقال المتحدث إن «الحكومة لم تتلق أي طلب».',
    quotes: [['الحكومة لم تتلق أي طلب', 'partial', 'المتحدث']],
  },
  {
    what: 'guard: a man called المتحدث after a woman spoke is another person, the spokesman',
    text: 'قالت وزيرة التضامن بسيمة الحقاوي إن «الدعم سيصل».\nوقال المتحدث: «لا تعليق لدينا».',
    quotes: [
      ['الدعم سيصل', 'partial', 'بسيمة الحقاوي'],
      ['لا تعليق لدينا', 'direct', 'المتحدث'],
    ],
  },
  {
    what: 'guard: a spokesman named before is the one المتحدث calls back, not the minister',
    text: 'قال وزير الداخلية إن «الأمن مستتب».\nوقال المتحدث باسم الوزارة خالد الرميثي إن «التحقيق جار».\nوأضاف المتحدث أن «النتائج ستعلن قريبا».',
    quotes: [
      ['الأمن مستتب', 'partial', 'وزير الداخلية'],
      ['التحقيق جار', 'partial', 'خالد الرميثي'],
      ['النتائج ستعلن قريبا', 'partial', 'خالد الرميثي'],
    ],
  },
  {
    what: 'guard: من جهته، قال المتحدث brings in the spokesman, a new person',
    text: 'قال وزير الخارجية الإيراني حسين أمير عبد اللهيان إن «المفاوضات مستمرة».\nمن جهته، قال المتحدث إن «الوزارة لم تتلق أي رد».',
    quotes: [
      ['المفاوضات مستمرة', 'partial', 'وزير الخارجية الإيراني'],
      ['الوزارة لم تتلق أي رد', 'partial', 'المتحدث'],
    ],
  },
  {
    what: 'guard: after a body has spoken, وأضاف المتحدث is its spokesman, not the body',
    text: 'قال الجيش الإسرائيلي إن «الصواريخ سقطت في مناطق مفتوحة».\nوأضاف المتحدث: «لا إصابات».',
    quotes: [
      ['الصواريخ سقطت في مناطق مفتوحة', 'partial', 'الجيش الإسرائيلي'],
      ['لا إصابات', 'direct', 'المتحدث'],
    ],
  },
  {
    what: 'guard: a spokesman named by his post (الناطق الرسمي) is the one المتحدث calls back, not the minister who spoke since',
    text: 'قال الناطق الرسمي باسم الحكومة الأردنية مهند الخطيب إن «الأسعار مستقرة».\nوقال وزير المالية محمد العسعس إن «العجز تراجع».\nوأضاف المتحدث: «لا ضرائب جديدة».',
    quotes: [
      ['الأسعار مستقرة', 'partial', 'مهند الخطيب'],
      ['العجز تراجع', 'partial', 'محمد العسعس'],
      ['لا ضرائب جديدة', 'direct', 'مهند الخطيب'],
    ],
  },
  {
    what: 'a woman minister, then وأضافت المتحدثة: she goes on',
    text: 'قالت وزيرة الخارجية الليبية نجلاء المنقوش إن «ليبيا تريد الاستقرار».\nوأضافت المتحدثة أن «الانتخابات أولوية».',
    quotes: [
      ['ليبيا تريد الاستقرار', 'partial', 'نجلاء المنقوش'],
      ['الانتخابات أولوية', 'partial', 'نجلاء المنقوش'],
    ],
  },
];

const possessedObjects: readonly Row[] = [
  {
    what: 'a noun before a ministry with its pronoun, then على, is the object: the minister named before speaks',
    text: 'قال وزير الزراعة، حامد سعيد قنديل، إن «الموسم واعد». وأكد الوزير قنديل عزم وزارته على «دعم المزارعين».',
    quotes: [
      ['الموسم واعد', 'partial', 'حامد سعيد قنديل'],
      ['دعم المزارعين', 'partial', 'حامد سعيد قنديل'],
    ],
  },
  {
    what: 'guard: the same for a woman minister and حرص وزارتها, a noun of the list already',
    text: 'قالت وزيرة الصحة منى الكبيسي إن «الوباء تحت السيطرة». وأكدت الوزيرة الكبيسي حرص وزارتها على «توفير اللقاحات للجميع».',
    quotes: [
      ['الوباء تحت السيطرة', 'partial', 'منى الكبيسي'],
      ['توفير اللقاحات للجميع', 'partial', 'منى الكبيسي'],
    ],
  },
  {
    what: 'guard: a family name written with ه after a given name stays the name',
    text: 'وقال اللاعب محمد شحاته إن «الفريق جاهز».',
    quotes: [['الفريق جاهز', 'partial', 'محمد شحاته']],
  },
  {
    what: 'guard: a foreign name and its object in construct with a pronoun, then a comma',
    text: 'وأكد المدرب البرازيلي ماركوس باكيتا دعم إدارته للاعبين، وقال: «نحن عائلة واحدة».',
    quotes: [['نحن عائلة واحدة', 'direct', 'ماركوس باكيتا']],
  },
];

const feelingsAndGroups: readonly Row[] = [
  {
    what: 'guard: a noun of feeling with its pronoun after a foreign name is the object; the name is whole',
    text: 'وأبدى المدرب الأرجنتيني هيكتور كوبر سعادته بالفوز، وقال: «نستحق النقاط».',
    quotes: [['نستحق النقاط', 'direct', 'هيكتور كوبر']],
  },
  {
    what: 'guard: the same with رغبته after a name of three words',
    text: 'وأكد الرئيس التركي رجب طيب أردوغان رغبته في التهدئة، وقال: «لا نريد الحرب».',
    quotes: [['لا نريد الحرب', 'direct', 'رجب طيب أردوغان']],
  },
  {
    what: 'guard: groups named with their pronouns speak',
    text: 'وقال زملاؤها للصحفيين: «كانت مثالا للتفاني».\nوقال أنصاره ومؤيدوه في بيان: «سنواصل النضال».',
    quotes: [
      ['كانت مثالا للتفاني', 'direct', 'زملاؤها'],
      ['سنواصل النضال', 'direct', 'أنصاره ومؤيدوه'],
    ],
  },
];

const timesAndThings: readonly Row[] = [
  {
    what: 'يوما between the verb and its subject is a time',
    text: 'وقال الشاعر الكبير يوما في إحدى قصائده: «مدينتي لا تنام».',
    quotes: [['مدينتي لا تنام', 'direct', 'الشاعر الكبير']],
  },
  {
    what: 'سابقا after the verb is a time, no subject',
    text: 'وكان المدير قد قال سابقا: «لن نغلق المصنع».',
    quotes: [['لن نغلق المصنع', 'direct', 'المدير']],
  },
  {
    what: 'يوما before the quote is no subject: the poet the sentence names speaks, not the nouns before the comma',
    text: 'أحب الشاعر فهد العتيبي جدة القديمة بحاراتها وشوارعها، وقال يوما «هي الروح والذاكرة».',
    quotes: [['هي الروح والذاكرة', 'direct', 'فهد العتيبي']],
  },
  {
    what: 'a city and its verb before the comma are no speaker either; nobody is named (engine gap: a subject and its verb, المدينة تزدهر, read as a name)',
    text: 'وكانت المدينة تزدهر بأسواقها وحاراتها، وقال يوما «هي الروح والذاكرة».',
    quotes: [['هي الروح والذاكرة', 'direct', null]],
    gaps: ['attribution'],
  },
  {
    what: 'guard: a father, a wife and a counterpart with their pronouns are people who speak',
    text: 'وقال والده إن «ابنه بريء من كل التهم».\nوقالت زوجته للصحفيين: «لم يعد إلى البيت منذ أسبوع».\nوقال نظيره الأردني: «نحن متفقون على كل البنود».',
    quotes: [
      ['ابنه بريء من كل التهم', 'partial', 'والده'],
      ['لم يعد إلى البيت منذ أسبوع', 'direct', 'زوجته'],
      ['نحن متفقون على كل البنود', 'direct', 'نظيره الأردني'],
    ],
  },
];

describe('a name closed by و and a verb of saying', () => runRows(closedByVerb));
describe('المتحدث alone stands for the one speaking', () => runRows(theOneSpeaking));
describe('a noun before a body with its pronoun is the object', () => runRows(possessedObjects));
describe('nouns of feeling and groups with their pronouns', () => runRows(feelingsAndGroups));
describe('times are no subject', () => runRows(timesAndThings));
