/**
 * A name's or a body's extent when the word lists do not hold it (names11). A reader takes the whole name
 * of a person or a body as the subject even when he has never seen its words, because the shape says it
 * is a name:
 * - a foreign name after a title and a nationality the lists lacked (الغابونية, الكونغولي), its second word
 *   shaped as فعيلا (نغيما) or written with a hamza on its alef (ألفارو, أليندي), closed by a comma, a
 *   relative clause, إن or an outlet after ل (لعكاظ);
 * - a compound given name whose first half is also a stop word (فجر الدين, حسب الله), or عبد and a
 *   divine name that is also a body's head (عبد الحي), opening the subject before the post in
 *   apposition, so the quote is not carried to the speaker before;
 * - a body named by a chain of heads (قيادة قوات التحالف, قيادة المنطقة الجنوبية), a body's second
 *   genitive joined with و before a verb's ب (جمعية المتقاعدين والمسنين بـ«…»), and a second place with و
 *   shaped as an adverb (جمعية أمهات سربرنيتسا وجيبا); a plain noun before one with a pronoun is the
 *   verb's object, not the body's name (أكدت حركة طالبان الأفغانية وفاة زعيمها);
 * - the press after ل is whom a body spoke to when its name already has a genitive (قيادة التحالف
 *   للصحفيين, جمعية المتقاعدين للصحفيين);
 * - a department and the governorate it serves after ب (إدارة التعليم بمحافظة الطائف), after a verb
 *   that takes an object, the object after the place left out;
 * - an envoy's name after إلى and his country (المبعوث الأممي إلى ليبيا فلان،), and the father's name
 *   after ولد even when it is a title word (إسماعيل ولد الشيخ أحمد).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (the verb's object after a foreign name, an adverb after it, فجر and حسب as words,
 * قيادة as a verbal noun, a body's object before ب, a union's own field after لل).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const foreignNameRows: readonly Row[] = [
  {
    what: 'a Gabonese doctor, her surname shaped as فعيلا, closed by a comma and التي',
    text: 'من جهتها، قالت الطبيبة الغابونية كلير نغيما، التي تدير مركز التلقيح في ليبرفيل: "نحتاج إلى مزيد من اللقاحات".',
    quotes: [['نحتاج إلى مزيد من اللقاحات', 'direct', 'كلير نغيما']],
  },
  {
    what: 'a Congolese coach after a nationality the lists lacked: the definite word after his name is the object',
    text: 'وحمل المدرب الكونغولي فلوران موتومبو الحكم مسؤولية الخسارة، وقال: "حرمنا من ركلة جزاء واضحة".',
    quotes: [['حرمنا من ركلة جزاء واضحة', 'direct', 'فلوران موتومبو']],
  },
  {
    what: 'an Argentine coach whose surname has a hamza on its alef, before a comma and الذي',
    text: 'وقال المدرب الأرجنتيني رامون ألفارو، الذي تسلم المهمة الشهر الماضي: "اللاعبون يستحقون الثقة".',
    quotes: [['اللاعبون يستحقون الثقة', 'direct', 'رامون ألفارو']],
  },
  {
    what: 'a Chilean writer with a hamza-alef surname, before a comma and في مقابلة',
    text: 'وقالت الكاتبة التشيلية إيزابيل أليندي، في مقابلة مع قناة فرانس 24، إن المنفى "علمها الكتابة".',
    quotes: [['علمها الكتابة', 'partial', 'إيزابيل أليندي']],
  },
  {
    what: 'a French ambassador before the Saudi paper he told, written after ل (لعكاظ)',
    text: 'وقال السفير الفرنسي لوي بلان لعكاظ إن باريس "حريصة على أمن المنطقة".',
    quotes: [['حريصة على أمن المنطقة', 'partial', 'لوي بلان']],
  },
  {
    what: "guard: a definite word after a foreign name is the verb's object (حمّل … التحكيم)",
    text: 'وحمل المدرب البرازيلي روجيريو ميكالي التحكيم مسؤولية الهزيمة، وقال: "الحكم لم يكن عادلا".',
    quotes: [['الحكم لم يكن عادلا', 'direct', 'روجيريو ميكالي']],
  },
  {
    what: 'guard: an adverb in فعيلا after a one-word foreign name is no surname',
    text: 'وتحدث المهاجم البرازيلي هالك طويلا مع المدرب، ثم قال: "سأعود أقوى".',
    quotes: [['سأعود أقوى', 'direct', 'هالك']],
  },
  {
    what: 'guard: a participle after a foreign name is how he spoke',
    text: 'وقال المدرب الإسباني خوسيه مورينو مبتسما: "سنرى في الملعب".',
    quotes: [['سنرى في الملعب', 'direct', 'خوسيه مورينو']],
  },
  {
    what: 'guard: a country with a hamza on its alef after إن is no surname',
    text: 'وقال وزير الخارجية الفرنسي لوران فابيوس إن ألمانيا "شريك لا غنى عنه".',
    quotes: [['شريك لا غنى عنه', 'partial', 'لوران فابيوس']],
  },
];

const compoundRows: readonly Row[] = [
  {
    what: "فجر الدين opens the subject of ويرى before his post: the quote is not the minister's before",
    text: [
      'وقال وزير الخارجية الماليزي إن بلاده "تتابع أوضاع اللاجئين".',
      'ويرى فجر الدين يوسف، الباحث في شؤون جنوب شرق آسيا بجامعة ملايا، أن الأزمة "أكبر من قدرة دولة واحدة".',
    ].join('\n\n'),
    quotes: [
      ['تتابع أوضاع اللاجئين', 'partial', 'وزير الخارجية الماليزي'],
      ['أكبر من قدرة دولة واحدة', 'partial', 'فجر الدين يوسف'],
    ],
  },
  {
    what: 'حسب الله as a given name after قال, his post in apposition',
    text: 'وقال حسب الله إدريس، عضو المجلس البلدي في كسلا، إن المياه "مقطوعة منذ أسبوعين".',
    quotes: [['مقطوعة منذ أسبوعين', 'partial', 'حسب الله إدريس']],
  },
  {
    what: "عبد and a divine name the lists lack that is also a body's head (عبد الحي), after a title",
    text: 'وقال الشيخ عبد الحي موسى إن الفتوى "لا تحتمل التأويل".',
    quotes: [['لا تحتمل التأويل', 'partial', 'عبد الحي موسى']],
  },
  {
    what: 'عبد الحي opening the subject of ويرى before his post in apposition',
    text: 'ويرى عبد الحي إدريس، الداعية السوداني، أن القرار "جاء متأخرا".',
    quotes: [['جاء متأخرا', 'partial', 'عبد الحي إدريس']],
  },
  {
    what: "guard: a definite noun after عبد الله and before a comma and a cue is the verb's object",
    text: 'ونفى المتحدث عبد الله الخبر، وقال إن التقارير "عارية عن الصحة".',
    quotes: [['عارية عن الصحة', 'partial', 'عبد الله']],
  },
  {
    what: 'guard: فجر as a time after the subject',
    text: 'وأعلن الجيش فجر السبت أن قواته "استعادت المعبر".',
    quotes: [['استعادت المعبر', 'partial', 'الجيش']],
  },
  {
    what: 'guard: حسب as "according to" after the subject',
    text: 'وقال المتحدث حسب البيان إن الوحدات "أكملت انتشارها".',
    quotes: [['أكملت انتشارها', 'partial', 'المتحدث']],
  },
];

const bodyRows: readonly Row[] = [
  {
    what: 'a command named by a chain of heads (قيادة قوات التحالف), after فيما',
    text: 'فيما أكدت قيادة قوات التحالف في بيانات سابقة أن الغارات "تستهدف مواقع عسكرية فقط".',
    quotes: [['تستهدف مواقع عسكرية فقط', 'partial', 'قيادة قوات التحالف']],
  },
  {
    what: 'a command with its definite genitive and adjective (قيادة المنطقة الجنوبية)',
    text: 'وقالت قيادة المنطقة الجنوبية في بيان إن الوحدات "أحبطت محاولة تسلل".',
    quotes: [['أحبطت محاولة تسلل', 'partial', 'قيادة المنطقة الجنوبية']],
  },
  {
    what: 'a second genitive joined with و before the ب of طالب (جمعية المعلمين والمعلمات)',
    text: 'وطالبت جمعية المعلمين والمعلمات بـ"صرف البدلات المتأخرة".',
    quotes: [['صرف البدلات المتأخرة', 'partial', 'جمعية المعلمين والمعلمات']],
  },
  {
    what: 'a second genitive with و after a sound plural in construct (منتجي الألبان والدواجن)',
    text: 'وطالبت جمعية منتجي الألبان والدواجن بـ"دعم أسعار الأعلاف".',
    quotes: [['دعم أسعار الأعلاف', 'partial', 'جمعية منتجي الألبان والدواجن']],
  },
  {
    what: 'the press after ل is whom a command spoke to',
    text: 'وقالت قيادة التحالف للصحفيين إن المقاتلات "أصابت أهدافها بدقة".',
    quotes: [['أصابت أهدافها بدقة', 'partial', 'قيادة التحالف']],
  },
  {
    what: 'the press after ل is whom a society spoke to when its genitive named the people it serves',
    text: 'وقالت جمعية المتقاعدين للصحفيين إن الزيادة "لا تغطي الغلاء".',
    quotes: [['لا تغطي الغلاء', 'partial', 'جمعية المتقاعدين']],
  },
  {
    what: 'a department and the governorate it serves after ب, after a verb that takes an object',
    text: 'وأعلنت إدارة التعليم بمحافظة الطائف أن الدراسة "ستستأنف الأحد المقبل".',
    quotes: [['ستستأنف الأحد المقبل', 'partial', 'إدارة التعليم بمحافظة الطائف']],
  },
  {
    what: "a department and its governorate, then the verb's object after the place",
    text: 'وأعلنت إدارة التعليم بمحافظة القنفذة تعليق الدراسة غدا، مؤكدة أن القرار "احترازي".',
    quotes: [['احترازي', 'partial', 'إدارة التعليم بمحافظة القنفذة']],
  },
  {
    what: 'guard: a known club, then the object it announced',
    text: 'وأعلن نادي الهلال فوز فريقه بالكأس، وقال إن الإنجاز "ثمرة عمل طويل".',
    quotes: [['ثمرة عمل طويل', 'partial', 'نادي الهلال']],
  },
  {
    what: "a second place joined with و in a body's name, shaped as an adverb (وجيبا), before في بيان",
    text: 'ونددت رابطة أمهات بوغوتا وليما في بيان بما وصفته بـ"تبرئة القتلة".',
    quotes: [['تبرئة القتلة', 'partial', 'رابطة أمهات بوغوتا وليما']],
  },
  {
    what: 'guard: an adverb with و after a definite body is how it acted',
    text: 'ووقفت الجمعية وحيدة في مواجهة القرار، وقالت إن الحكم "ظالم".',
    quotes: [['ظالم', 'partial', 'الجمعية']],
  },
  {
    what: 'a plain noun before one with a pronoun ends a body named in the lede: the object of أكدت',
    text: [
      'أكدت حركة طالبان الباكستانية مقتل قائدها في غارة أمريكية.',
      'وقالت الحركة في بيان إن الغارة "لن تثنيها عن القتال".',
    ].join('\n\n'),
    quotes: [['لن تثنيها عن القتال', 'partial', 'حركة طالبان الباكستانية']],
  },
  {
    what: "guard: a source's coordinated adjective before قولهم stays with the source",
    text: 'ونقلت وكالة رويترز عن دبلوماسيين غربيين وعرب قولهم إن الاتفاق "بات وشيكا".',
    quotes: [['بات وشيكا', 'partial', 'دبلوماسيون غربيون وعرب']],
  },
  {
    what: 'guard: the people a body urges before ب are its object, not its name',
    text: 'وطالبت وزارة الصحة المواطنين والمقيمين بـ"الالتزام بالتعليمات".',
    quotes: [['الالتزام بالتعليمات', 'partial', 'وزارة الصحة']],
  },
  {
    what: "guard: a union's own field after لل is its name",
    text: 'وقال الاتحاد الدولي للصحفيين في بيان إن الاعتقالات "انتهاك صارخ".',
    quotes: [['انتهاك صارخ', 'partial', 'الاتحاد الدولي للصحفيين']],
  },
  {
    what: 'a Saudi site named alone after ل (لسبق) is whom the words were told, not the speaker',
    text: 'وقالت المعلمة لسبق إن الحافلات "لم تصل في موعدها".',
    quotes: [['لم تصل في موعدها', 'partial', 'المعلمة']],
  },
  {
    what: "guard: قيادة as driving inside the speaker's clause names no body",
    text: 'وقالت الموظفة إن قيادة السيارة "أصبحت ضرورة".',
    quotes: [['أصبحت ضرورة', 'partial', 'الموظفة']],
  },
];

const envoyRows: readonly Row[] = [
  {
    what: "an envoy's name the lists lack after إلى and his country, closed by a comma",
    text: 'وقال المبعوث الأممي إلى ليبيا برناردو ليونيه، في ختام جولة الحوار، إن الأطراف "اقتربت من اتفاق".',
    quotes: [['اقتربت من اتفاق', 'partial', 'برناردو ليونيه']],
  },
  {
    what: "an envoy's name after إلى and his country, before whom he told",
    text: 'وقال المبعوث الأممي إلى العراق يان كوبيتش للصحفيين في بغداد إن الانتخابات "ستجري في موعدها".',
    quotes: [['ستجري في موعدها', 'partial', 'يان كوبيتش']],
  },
  {
    what: "a Mauritanian name with ولد and a father's name that is a title word (ولد الشيخ أحمد)",
    text: 'وقال المبعوث الأممي إسماعيل ولد الشيخ أحمد إن الجولة المقبلة "ستعقد في الكويت".',
    quotes: [['ستعقد في الكويت', 'partial', 'إسماعيل ولد الشيخ أحمد']],
  },
  {
    what: "guard: what a cue's إلى points to is no country and name",
    text: 'ودعا المبعوث الأممي إلى وقف إطلاق النار، وقال إن الحل "لن يكون عسكريا".',
    quotes: [['لن يكون عسكريا', 'partial', 'المبعوث الأممي']],
  },
];

describe('a foreign name after a title and a nationality', () => runRows(foreignNameRows));
describe('an envoy after إلى and his country, a name with ولد', () => runRows(envoyRows));
describe('a compound given name whose first half is a stop word', () => runRows(compoundRows));
describe('bodies named by a chain of heads or a genitive with و', () => runRows(bodyRows));
