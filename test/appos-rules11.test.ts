/**
 * A post with its body or its place, then the holder's name (appos11): the speaker is the person named,
 * not the post, a piece of it or the body quoted inside it. Each rule row is a passage written here in
 * news style that fails without its rule:
 * - مساعد, a given name too, right after a form of address and before a title of its own (سعادة مساعد
 *   وكيل الوزارة …، معالي مساعد وزير …): the assistant's post, the name after الدكتور / المهندس speaks;
 * - ذكر with a body's quoted name inside its subject (وذكر منسق وكالة «…» في البلد، فلان، أن): the verb's
 *   complement is read past the subject, so ذكر says, and does not only mention the quote;
 * - a firm's division a post heads, in construct with the firm's quoted name (مدير عمليات «…» في المملكة
 *   فلان, مدير فرع «…» بجدة، فلان،): the quote is the firm's, the holder is named after it;
 * - a foreign name of short words with a syllable that spells a function word (لي), between commas after
 *   a title (المتحدث باسم الخارجية الصينية، هونغ لي،): the whole name, not its first word;
 * - a woman professor (البروفيسورة) is a title before her name, as البروفيسور is;
 * - the name first, then المسؤول / الطبيب / الموظف / العضو and the body served after في (wire style, no
 *   comma): the title is in apposition, not the name's last word;
 * - a foreign family name spelt with بال (بالاسيوس, بالمر) after a foreign given name, before إن or the
 *   post in apposition: the name's, not ب and the article;
 * - آنا (Anna) written with its madda is a given name, not the pronoun أنا it folds to;
 * - العامل / العاملة is a vox-pop title before a name the lexicon does not hold (وقال العامل فلان), and
 *   stays the adjective of a definite noun before it (الفريق العامل, القوى العاملة);
 * - where a vox-pop's bearer comes from between the title and the name (الزائر القادم من الرياض فلان):
 *   the title's, the name after it speaks; المعتمر / المعتمرة as such titles;
 * - a woman governor: محافظة before a place's head (محافظة مقاطعة …، فلانة،), حاكمة before a state.
 * Guard rows keep the opposite cases: مساعد as the name after سعادة or الدكتور; ذكر with a quoted
 * work or slogan as its object; a division with no quote (مدير عمليات الإنقاذ); لي as "to me" in a clause
 * between commas or alone after a comma; a professor with no name; a title after a name and then where
 * he spoke (في ختام الندوة); ب and a definite noun after an Arab given name or a family name (بالأمس,
 * بالقول, بالحرف); a governorate with where it spoke or where it lies between commas; a visitor with no name.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const assistantRows: readonly Row[] = [
  {
    what: 'سعادة, then مساعد before وكيل الوزارة and its field, then الدكتور and a name with بن, told a paper',
    text: 'وقال سعادة مساعد وكيل وزارة الصحة للطب الوقائي الدكتور عبدالعزيز بن سعيد الغامدي لـ"عكاظ": "لا توجد حالات جديدة في المنطقة".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['لا توجد حالات جديدة في المنطقة', 'direct', 'عبدالعزيز بن سعيد الغامدي'],
    ],
  },
  {
    what: 'معالي, then مساعد before وزير, then المهندس and a name, with أكد … أن',
    text: 'وأكد معالي مساعد وزير الدفاع المهندس طلال العتيبي أن القوات "على أتم الاستعداد".',
    quotes: [['على أتم الاستعداد', 'partial', 'طلال العتيبي']],
  },
  {
    what: 'guard: مساعد as the given name right after سعادة, with بن',
    text: 'وقال سعادة مساعد بن حمد الدوسري إن الجمعية "ستفتح باب التسجيل قريبا".',
    quotes: [['ستفتح باب التسجيل قريبا', 'partial', 'مساعد بن حمد الدوسري']],
  },
  {
    what: 'guard: مساعد as the given name after معالي الدكتور',
    text: 'وأوضح معالي الدكتور مساعد العيبان أن المفاوضات "تسير في الاتجاه الصحيح".',
    quotes: [['تسير في الاتجاه الصحيح', 'partial', 'مساعد العيبان']],
  },
];

const dhakaraRows: readonly Row[] = [
  {
    what: 'ذكر, a coordinator of an agency by its quoted name in a country, his name between commas, then أن',
    text: 'بدوره، ذكر منسق وكالة "جايكا" في السودان، كينجي تاناكا، أن الوكالة "أنجزت ثلاث محطات للمياه".',
    quotes: [
      ['جايكا', 'mention', null],
      ['أنجزت ثلاث محطات للمياه', 'partial', 'كينجي تاناكا'],
    ],
  },
  {
    what: 'ذكر, a firm’s manager by its quoted name in a region, his name between commas, then أن',
    text: 'وذكر مدير شركة «نادك» في منطقة الجوف، سلطان الشراري، أن الحصاد «بدأ مبكرا هذا العام».',
    quotes: [
      ['نادك', 'mention', null],
      ['بدأ مبكرا هذا العام', 'partial', 'سلطان الشراري'],
    ],
  },
  {
    what: 'guard: ذكر with a quoted slogan as its object, no complement',
    text: 'وذكر الوزير "رؤية 2030" أكثر من مرة في كلمته أمام المجلس.',
    quotes: [['رؤية 2030', 'mention', null]],
  },
  {
    what: 'guard: ذكر with a paper by its quoted name as the subject, then أن',
    text: 'وذكرت صحيفة "المدينة" أن الهيئة "أغلقت ثلاثة مطاعم".',
    quotes: [
      ['المدينة', 'mention', null],
      ['أغلقت ثلاثة مطاعم', 'partial', 'صحيفة المدينة'],
    ],
  },
];

const divisionRows: readonly Row[] = [
  {
    what: 'a firm’s operations by its quoted name, then في and the country, then the name with no comma',
    text: 'من جهته، أوضح مدير عمليات «كريم» في المملكة فيصل المطيري أن التطبيق «يضم آلاف السائقين السعوديين».',
    quotes: [
      ['كريم', 'mention', null],
      ['يضم آلاف السائقين السعوديين', 'partial', 'فيصل المطيري'],
    ],
  },
  {
    what: 'a bank’s branch by its quoted name, then ب and the city, then the name between commas',
    text: 'وقال مدير فرع "الأهلي" بالدمام، ماجد القحطاني، إن الفرع "يستقبل العملاء حتى المساء".',
    quotes: [
      ['الأهلي', 'mention', null],
      ['يستقبل العملاء حتى المساء', 'partial', 'ماجد القحطاني'],
    ],
  },
  {
    what: 'guard: operations with a definite genitive and no name: the post speaks',
    text: 'وقال مدير عمليات الإنقاذ إن الفرق "تواصل البحث عن المفقودين".',
    quotes: [['تواصل البحث عن المفقودين', 'partial', 'مدير عمليات الإنقاذ']],
  },
];

const syllableRows: readonly Row[] = [
  {
    what: 'the Chinese foreign ministry’s spokesman, his name ending in لي between commas, then إن',
    text: 'وقال المتحدث باسم وزارة الخارجية الصينية، هونغ لي، إن بكين "تدعو جميع الأطراف إلى ضبط النفس".',
    quotes: [['تدعو جميع الأطراف إلى ضبط النفس', 'partial', 'هونغ لي']],
  },
  {
    what: 'a firm’s regional director, a Korean name ending in لي between commas, then a website told',
    text: 'وقال المدير الإقليمي لشركة إل جي في الخليج، جون لي، لسكاي نيوز عربية إن الشركة "ستفتتح مصنعا في المنطقة".',
    quotes: [['ستفتتح مصنعا في المنطقة', 'partial', 'جون لي']],
  },
  {
    what: 'guard: لي as "to me" in a clause between commas after the title',
    text: 'وقال المدير، كما أكد لي، إن الشركة "لن تسرح أحدا".',
    quotes: [['لن تسرح أحدا', 'partial', 'المدير']],
  },
  {
    what: 'guard: لي alone between commas is no name',
    text: 'وقال الوزير، لي، إن الحكومة "ماضية في الإصلاح".',
    quotes: [['ماضية في الإصلاح', 'partial', 'الوزير']],
  },
];

const professorRows: readonly Row[] = [
  {
    what: 'a woman professor by her title, then a Norwegian name the lexicon does not hold',
    text: 'وقالت البروفيسورة إنغريد هالفورسن لبي بي سي إن النتائج "تفتح بابا جديدا للعلاج".',
    quotes: [['تفتح بابا جديدا للعلاج', 'partial', 'إنغريد هالفورسن']],
  },
  {
    what: 'guard: a woman professor with no name speaks by her title',
    text: 'وقالت البروفيسورة إن الدراسة "تحتاج إلى مزيد من البحث".',
    quotes: [['تحتاج إلى مزيد من البحث', 'partial', 'البروفيسورة']],
  },
];

const wireRows: readonly Row[] = [
  {
    what: 'a Chinese name, then المسؤول and the body after في, no comma, then إن',
    text: 'وقال تشانغ وي المسؤول في هيئة الطيران المدني الصينية إن الطائرة "هبطت بسلام في مطار شنغهاي".',
    quotes: [['هبطت بسلام في مطار شنغهاي', 'partial', 'تشانغ وي']],
  },
  {
    what: 'a woman’s name, then الطبيبة and the hospital after في, no comma',
    text: 'وقالت ماريا لوبيز الطبيبة في مستشفى سان رافاييل لوكالة فرانس برس إن المصابين "في حالة حرجة".',
    quotes: [['في حالة حرجة', 'partial', 'ماريا لوبيز']],
  },
  {
    what: 'guard: a title after a name and then where he spoke (في ختام الندوة) stays in the name',
    text: 'وقال أحمد العلي الطبيب في ختام الندوة إن المرض "قابل للعلاج".',
    quotes: [['قابل للعلاج', 'partial', 'أحمد العلي الطبيب']],
  },
];

const balRows: readonly Row[] = [
  {
    what: 'a Spanish family name in بال after a given name the lexicon does not hold, then her post with no comma',
    text: 'وقالت لورينا بالاسيوس مديرة الدفاع المدني في الإقليم إن "الأمطار غمرت عشرات المنازل".',
    quotes: [['الأمطار غمرت عشرات المنازل', 'partial', 'لورينا بالاسيوس']],
  },
  {
    what: 'an English family name in بال right before إن',
    text: 'وقال مارك بالمر إن الشركة "لن تغلق مصانعها في المنطقة".',
    quotes: [['لن تغلق مصانعها في المنطقة', 'partial', 'مارك بالمر']],
  },
  {
    what: 'guard: بالأمس after an Arab given name is a time, not a family name',
    text: 'وقال محمد بالأمس إن اللجنة "ستعلن النتائج قريبا".',
    quotes: [['ستعلن النتائج قريبا', 'partial', 'محمد']],
  },
  {
    what: 'guard: بالقول after a foreign given name is the verb’s complement',
    text: 'واختتم جون بالقول إن المفاوضات "لم تنته بعد".',
    quotes: [['لم تنته بعد', 'partial', 'جون']],
  },
  {
    what: 'guard: بالحرف after a family name, before a colon, is how he said it',
    text: 'وقال بوتين بالحرف: "لن نتراجع".',
    quotes: [['لن نتراجع', 'direct', 'بوتين']],
  },
];

const voxRows: readonly Row[] = [
  {
    what: 'a survivor by her description, then Anna and a Russian family name, with a colon',
    text: 'وقالت الناجية آنا سميرنوفا لمراسل RT: "خرجنا من تحت الأنقاض بأعجوبة".',
    quotes: [['خرجنا من تحت الأنقاض بأعجوبة', 'direct', 'آنا سميرنوفا']],
  },
  {
    what: 'Anna and a family name right after the verb, with إن',
    text: 'وقالت آنا ميلر لسكاي نيوز عربية إن المستشفى "امتلأ بالمصابين".',
    quotes: [['امتلأ بالمصابين', 'partial', 'آنا ميلر']],
  },
  {
    what: 'a worker by his description, then a Russian name the lexicon does not hold',
    text: 'وقال العامل بافل سوكولوف لمراسل RT: "لم نتقاض أجورنا منذ ثلاثة أشهر".',
    quotes: [['لم نتقاض أجورنا منذ ثلاثة أشهر', 'direct', 'بافل سوكولوف']],
  },
  {
    what: 'guard: the pronoun أنا opening a quote is no name',
    text: 'وقال المدرب: "أنا راض عن أداء اللاعبين".',
    quotes: [['أنا راض عن أداء اللاعبين', 'direct', 'المدرب']],
  },
  {
    what: 'guard: الفريق العامل, a UN working group, speaks as a body',
    text: 'وأكد الفريق العامل التابع للأمم المتحدة أن الاحتجاز "تعسفي".',
    quotes: [['تعسفي', 'partial', 'الفريق العامل التابع للأمم المتحدة']],
  },
  {
    what: 'guard: the head of الفريق العامل, his name between commas',
    text: 'وقال رئيس الفريق العامل، ديفيد كاي، إن التقرير "سيصدر الشهر المقبل".',
    quotes: [['سيصدر الشهر المقبل', 'partial', 'ديفيد كاي']],
  },
  {
    what: 'guard: the working group with المعني and its field, a body',
    text: 'وقال الفريق العامل المعني بالاحتجاز التعسفي إن اعتقاله "مخالف للقانون الدولي".',
    quotes: [['مخالف للقانون الدولي', 'partial', 'الفريق العامل المعني بالاحتجاز التعسفي']],
    // engine gap: the body's name is cut after المعني («الفريق العامل المعني»), as before العامل was a title
    gaps: ['attribution'],
  },
];

const comingRows: readonly Row[] = [
  {
    what: 'a visitor, where he comes from, then his name with بن, then وقال: after the verb of feeling',
    text: 'وعبر الزائر القادم من الدمام خالد بن سعد الشمري عن إعجابه بالفعاليات، وقال: "التنظيم هذا العام أفضل من كل عام".',
    quotes: [['التنظيم هذا العام أفضل من كل عام', 'direct', 'خالد بن سعد الشمري']],
  },
  {
    what: 'a pilgrim of the Umrah from a country, then his name, with إن',
    text: 'وقال المعتمر القادم من باكستان محمد إقبال لـ"المدينة" إن الخدمات "فاقت توقعاته".',
    quotes: [
      ['المدينة', 'mention', null],
      ['فاقت توقعاته', 'partial', 'محمد إقبال'],
    ],
  },
  {
    what: 'guard: a visitor and where he comes from, no name: the description speaks',
    text: 'وقال الزائر القادم من الرياض إن المهرجان "يستحق الزيارة".',
    quotes: [['يستحق الزيارة', 'partial', 'الزائر القادم من الرياض']],
    // engine gap: the description is cut before من («الزائر القادم»), as before
    gaps: ['attribution'],
  },
  {
    what: 'guard: القادم من after the name describes its bearer',
    text: 'وقال الحاج إبراهيم القادم من نيجيريا: "الحمد لله على التيسير".',
    quotes: [['الحمد لله على التيسير', 'direct', 'إبراهيم']],
  },
];

const governorRows: readonly Row[] = [
  {
    what: 'a French woman prefect: محافظة مقاطعة and a place of three words, then her name between commas',
    text: 'وقالت محافظة مقاطعة با دو كاليه، فابيين بوكيو، للصحافيين إن المخيم "سيخلى خلال أيام".',
    quotes: [['سيخلى خلال أيام', 'partial', 'فابيين بوكيو']],
  },
  {
    what: 'a US woman governor: حاكمة ولاية, then her name between commas',
    text: 'وقالت حاكمة ولاية ساوث كارولينا، نيكي هيلي، إن الولاية "لن تنسى الضحايا".',
    quotes: [['لن تنسى الضحايا', 'partial', 'نيكي هيلي']],
  },
  {
    what: 'guard: a Saudi governorate with where it spoke between commas is the body',
    text: 'وقالت محافظة جدة، في بيان، إن الأمطار "تسببت في أضرار محدودة".',
    quotes: [['تسببت في أضرار محدودة', 'partial', 'محافظة جدة']],
  },
  {
    what: 'guard: where the province lies between commas is no name',
    text: 'وقالت محافظة مقاطعة الرون، شرقي فرنسا، إن الطرق "ستبقى مغلقة".',
    quotes: [['ستبقى مغلقة', 'partial', 'محافظة مقاطعة الرون']],
  },
];

describe('appos11: مساعد after a form of address, before a title', () => runRows(assistantRows));
describe('appos11: ذكر with a body’s quoted name in its subject', () => runRows(dhakaraRows));
describe('appos11: a firm’s division by its quoted name', () => runRows(divisionRows));
describe('appos11: a foreign name with لي between commas', () => runRows(syllableRows));
describe('appos11: البروفيسورة before a name', () => runRows(professorRows));
describe('appos11: a name, then its trade’s title and the body after في', () => runRows(wireRows));
describe('appos11: a foreign family name in بال', () => runRows(balRows));
describe('appos11: آنا and العامل before a name', () => runRows(voxRows));
describe('appos11: where a vox-pop comes from, before the name', () => runRows(comingRows));
describe('appos11: a woman governor', () => runRows(governorRows));
