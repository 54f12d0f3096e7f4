/**
 * Forms met in the twenty-sixth session (issue 3), each written here anew in news style: a name closed by
 * a second verb of saying behind و (خرج المدرب فلان وقال); المتحدث alone standing for whoever has the floor
 * (وأضاف المتحدث أمام النواب), as المتحدث ذاته does, and a participle after it; a noun before a
 * feminine noun with its pronoun is the verb's object, not a word of the name (الوزير فلان عزم وزارته
 * على); يوما, سابقا and لاحقا are times, no subject; nouns of things with their pronouns, read back before
 * a cue, are no one (بحاراتها وشوارعها، وقال). Each beside guards that the older reading still holds.
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
    what: 'nouns of things with their pronouns before the comma are no one: the poet the sentence names speaks',
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
describe('a noun before a possessed noun is the object', () => runRows(possessedObjects));
describe('times and things read back are no subject', () => runRows(timesAndThings));
