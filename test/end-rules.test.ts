/**
 * What ends a speaker's name (issue 3), in every path that reads one. An adverb or a state in the
 * indefinite accusative after a name of two words or more (وظل فلان فلاني صامتا, قال … هاتفيا, رد …
 * مبتسما) says how or when he spoke, never who: written with its tanween or in the shapes such words
 * take (a participle in م, فعيلا; after a name opened by an Arabic given name also فاعلا and ـيا). A
 * time phrase or an adverb of a time gone after a name or a title (ليلة أمس, آنذاك) ends it too, and so
 * does a word of emphasis or time with its pronoun (ذاته, كله, حينئذ, كلاهما).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a name's own last word in ا, a foreign surname of an adverb's shape).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const adverbRows: readonly Row[] = [
  {
    what: 'a farmer brought in by his description and name, then an adverb فعيلا (طويلا), then ويقول:',
    text: 'يقف المزارع العراقي كاظم جبار حسين طويلا عند حافة الحقل اليابس. ويقول: «لم نر مطرا منذ ثلاثة أعوام».',
    quotes: [['لم نر مطرا منذ ثلاثة أعوام', 'direct', 'كاظم جبار حسين']],
  },
  {
    what: 'a player by a name of two words, then a state فاعلا (صامتا), then وقال لاحقا:',
    text: 'وظل اللاعب محمد صالح صامتا طوال المؤتمر الصحفي. وقال لاحقا: «لم أتوقع هذا القرار من الإدارة».',
    quotes: [['لم أتوقع هذا القرار من الإدارة', 'direct', 'محمد صالح']],
  },
  {
    what: 'a refugee by a description and a name, then a participle in م (مبكرا) before إلى',
    text: 'وعاد اللاجئ السوري أحمد حسن العلي مبكرا إلى خيمته في مخيم الزعتري. وقال: «لا نعرف متى نعود إلى ديارنا».',
    quotes: [['لا نعرف متى نعود إلى ديارنا', 'direct', 'أحمد حسن العلي']],
  },
  {
    what: 'a former minister, a chain with عبد, then a participle متفعلا (متأخرا) before إلى القاعة',
    text: 'ودخل الوزير السابق عبد العزيز ناصر الخريجي متأخرا إلى القاعة. وقال: «أعتذر عن التأخير، فالطريق كان مزدحما».',
    quotes: [['أعتذر عن التأخير، فالطريق كان مزدحما', 'direct', 'عبد العزيز ناصر الخريجي']],
  },
  {
    what: 'a resident named after the cue, then a nisba in ـيا (هاتفيا) before the colon',
    text: 'وقال المقيم الباكستاني محمد أسلم خان هاتفيا: «الوضع في المدينة هادئ الآن بعد انقطاع الكهرباء».',
    quotes: [['الوضع في المدينة هادئ الآن بعد انقطاع الكهرباء', 'direct', 'محمد أسلم خان']],
  },
  {
    what: 'a goalkeeper after the cue, then a participle مفتعلا (متحسرا) before the colon',
    text: 'وقال حارس المرمى سلطان عبد الله المطيري متحسرا: «كان بإمكاننا الفوز لو استغللنا الفرص».',
    quotes: [['كان بإمكاننا الفوز لو استغللنا الفرص', 'direct', 'سلطان عبد الله المطيري']],
  },
  {
    what: 'an international-outlet style: a fisherman by description and name, a state (حزينا), then وقال',
    text: 'ووقف الصياد اليمني علي ناصر الحميري حزينا على شاطئ المخا. وقال لوكالة الصحافة الفرنسية: «البحر لم يعد يعطينا شيئا».',
    quotes: [['البحر لم يعد يعطينا شيئا', 'direct', 'علي ناصر الحميري']],
  },
  {
    what: 'guard: a name whose last word ends in ا (فاطمة آيت باها) is whole',
    text: 'وقالت الناشطة الحقوقية فاطمة آيت باها مساء أمس: «نطالب بالإفراج عن جميع المعتقلين».',
    quotes: [['نطالب بالإفراج عن جميع المعتقلين', 'direct', 'فاطمة آيت باها']],
  },
  {
    what: 'guard: a foreign surname of the shape فاعلا (شارما) after a foreign given name is the name’s',
    text: 'وقال وزير الخارجية الهندي أناند كومار شارما للصحفيين: «علاقاتنا مع دول الخليج في أفضل حالاتها».',
    quotes: [['علاقاتنا مع دول الخليج في أفضل حالاتها', 'direct', 'أناند كومار شارما']],
  },
  {
    what: 'guard: a given name in ـيا as a name’s last word (رانيا) is no adverb',
    text: 'وقالت مديرة المدرسة هند سالم رانيا في تصريح: «الطالبات استعددن جيدا للاختبارات».',
    quotes: [['الطالبات استعددن جيدا للاختبارات', 'direct', 'هند سالم رانيا']],
  },
];

const timeRows: readonly Row[] = [
  {
    what: 'a singer by his name, then ليلة أمس before the colon',
    text: 'وقال الفنان محمد عبده ليلة أمس: «الجمهور السعودي هو الأغلى عندي».',
    quotes: [['الجمهور السعودي هو الأغلى عندي', 'direct', 'محمد عبده']],
  },
  {
    what: 'an ambassador by his title alone, then آنذاك',
    text: 'وقال السفير الأمريكي آنذاك: «بلادي تدعم الحل السياسي في اليمن».',
    quotes: [['بلادي تدعم الحل السياسي في اليمن', 'direct', 'السفير الأمريكي']],
  },
  {
    what: 'a minister by his title, then حينذاك',
    text: 'وقال وزير النفط الكويتي حينذاك: «لن نخفض إنتاجنا مهما حدث».',
    quotes: [['لن نخفض إنتاجنا مهما حدث', 'direct', 'وزير النفط الكويتي']],
  },
  {
    what: 'a resident by a description alone, then هاتفيا',
    text: 'وقال المقيم الباكستاني هاتفيا: «الوضع في المدينة هادئ الآن».',
    quotes: [['الوضع في المدينة هادئ الآن', 'direct', 'المقيم الباكستاني']],
  },
];

const emphaticRows: readonly Row[] = [
  {
    what: 'an ambassador by his title, then the emphatic ذاته before the colon',
    text: 'وقال السفير الفلبيني ذاته: «سنرسل فريقا لمتابعة قضية العمال المحتجزين».',
    quotes: [['سنرسل فريقا لمتابعة قضية العمال المحتجزين', 'direct', 'السفير الفلبيني']],
  },
  {
    what: 'a side of talks, then the adverb of a time gone حينئذ',
    text: 'وقال الجانب السعودي حينئذ: «لا مجال للتفاوض على أمن الحدود».',
    quotes: [['لا مجال للتفاوض على أمن الحدود', 'direct', 'الجانب السعودي']],
  },
  {
    what: 'a national team, then the emphatic كله before في بيان',
    text: 'وقال المنتخب الهندي كله في بيان نشره على حسابه: «نعتذر لجماهيرنا عن هذه الخسارة الثقيلة».',
    quotes: [['نعتذر لجماهيرنا عن هذه الخسارة الثقيلة', 'direct', 'المنتخب الهندي']],
  },
  {
    what: 'a director by his title, then حينها before the colon',
    text: 'وقال مدير الأمن العام حينها: «الوضع تحت السيطرة ولا داعي للقلق».',
    quotes: [['الوضع تحت السيطرة ولا داعي للقلق', 'direct', 'مدير الأمن العام']],
  },
  {
    what: 'two sides, then the emphatic كلاهما before في بيان مشترك',
    text: 'وقال الطرفان كلاهما في بيان مشترك صدر مساء أمس: «نلتزم بوقف إطلاق النار في كل الجبهات».',
    quotes: [['نلتزم بوقف إطلاق النار في كل الجبهات', 'direct', 'الطرفان']],
  },
];

describe('end rules: an adverb in the accusative after a name ends it', () => runRows(adverbRows));
describe('end rules: a time phrase or a time gone after a name or a title ends it', () => runRows(timeRows));
describe('end rules: a word of emphasis or time with its pronoun after a subject ends it', () =>
  runRows(emphaticRows));
