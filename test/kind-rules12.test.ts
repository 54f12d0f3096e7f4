/**
 * Quoted names of things read as speech, second round (kinds12): numbers and codes, flights and models,
 * levels and categories, animals, services and packages named in quotes after their class noun are
 * mentions with no speaker even in a sentence with a cue; the words said of such a thing stay speech.
 * - naming nouns (NAMING_NOUNS): رقم, رمز, رحلة, موديل, مسبار, حاملة, خدمة, باقة and nouns of animals
 *   (أسد, دب, كلب …) take their name in quotes, indefinite (خدمة «…») or definite and governed
 *   (للرحلة «…», خصصت الرقم «…») or in construct with their kind (رقم الطوارئ «…», حاملة الطائرات «…»);
 * - a code (digits, Latin letters: «937», «SV 1020») after a definite naming noun is its number even
 *   inside an إن/أن clause (أن الوزارة خصصت الرقم «…»), unless it closes the clause as its predicate;
 * - a definite naming noun (with one definite adjective or none) as the subject of إن/أن, its name in
 *   quotes, then a word going on to the predicate (أن الرحلة «…» أقلعت, إن الأسد الشهير «…» قتل): the
 *   quote names the subject; not when a preposition, an adverb, an adjective joined by و or غير follows
 *   (إن الخدمة «نقلة نوعية» في …, أن الخدمة الجديدة «سهلة» وسريعة, أن الرقم «10 آلاف» غير دقيق);
 * - a level after a noun of rank (LEVEL_NOUNS: مستوى, درجة, مرتبة, فئة), or after إلى with such a noun
 *   just before (رفع مستوى التحذير إلى «…»), is its name when it opens with the article (مستوى «الإنذار
 *   البرتقالي», الدرجة «الحمراء»); an indefinite quote there is what the speaker calls it (مستوى «مقلق»).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const namingRows: readonly Row[] = [
  {
    what: 'a hotline number after a definite naming noun, the object of a verb inside an أن clause (خصصت الرقم «…»)',
    text: 'وأوضح مدير الشؤون الصحية بمنطقة جازان الدكتور حسن الشهري أن المديرية خصصت الرقم "8002495005" لاستقبال ملاحظات المراجعين.',
    quotes: [['8002495005', 'mention', null]],
  },
  {
    what: 'a code of Latin letters and digits after الرمز, then the speaker’s partial',
    text: 'وذكرت شرطة دبي أن العصابة استعملت الرمز «K9X» في رسائلها، مؤكدة أن أفرادها «سيحالون إلى النيابة».',
    quotes: [
      ['K9X', 'mention', null],
      ['سيحالون إلى النيابة', 'partial', 'شرطة دبي'],
    ],
  },
  {
    what: 'a flight’s number after أن and الرحلة, the predicate after the quote (أقلعت)',
    text: 'وأكدت الخطوط الجوية العربية السعودية أن الرحلة "SV 1140" أقلعت من مطار الملك خالد الدولي بعد تأخير دام ساعتين.',
    quotes: [['SV 1140', 'mention', null]],
  },
  {
    what: 'a model after إن and الموديل, a future verb after the quote',
    text: 'وقال المدير التنفيذي للوكيل إن الموديل «لاندكروزر 2016» سيصل إلى صالات العرض في سبتمبر.',
    quotes: [['لاندكروزر 2016', 'mention', null]],
  },
  {
    what: 'an animal’s name after أن and الأسد, the predicate كان after the quote',
    text: 'وذكرت إدارة المتنزه الوطني أن الأسد «سيسل» كان أشهر حيوانات المحمية.',
    quotes: [['سيسل', 'mention', null]],
  },
  {
    what: 'an animal’s name after a definite animal noun and its adjective as the subject of إن (الكلب البوليسي «…» عثر)',
    text: 'وقال المتحدث باسم شرطة منطقة الرياض العقيد فواز الميمان إن الكلب البوليسي "ماكس" عثر على الكمية مخبأة في إطار السيارة.',
    quotes: [['ماكس', 'mention', null]],
  },
  {
    what: 'a probe’s name after إن and المسبار, a verb after the quote',
    text: 'وقالت وكالة الفضاء الأوروبية إن المسبار «روزيتا» أرسل بيانات جديدة عن المذنب.',
    quotes: [['روزيتا', 'mention', null]],
  },
  {
    what: 'a service’s name after خدمة in a closing يذكر أن paragraph, after a speaker’s paragraph',
    text: [
      'وقال مدير عام الأحوال المدنية إن الإدارة "ستواصل تطوير خدماتها".',
      'يذكر أن الوزارة أطلقت خدمة «موعد» لحجز المواعيد إلكترونيا العام الماضي.',
    ].join('\n\n'),
    quotes: [
      ['ستواصل تطوير خدماتها', 'partial', 'مدير عام الأحوال المدنية'],
      ['موعد', 'mention', null],
    ],
  },
  {
    what: 'a package’s name after باقة, after a cue with أن',
    text: 'وأضاف الرئيس التنفيذي لشركة الاتصالات أن الشركة ستطرح باقة «شباب» للمشتركين الجدد.',
    quotes: [['شباب', 'mention', null]],
  },
];

const levelRows: readonly Row[] = [
  {
    what: 'a level’s name after في مستوى, opening with the article',
    text: 'وقالت هيئة الأرصاد الجوية الفرنسية إنها وضعت 12 مقاطعة في مستوى «اليقظة البرتقالية» تحسبا للعواصف.',
    quotes: [['اليقظة البرتقالية', 'mention', null]],
  },
  {
    what: 'a level’s name after إلى with مستوى and its genitive just before (رفع مستوى التأهب إلى «…»)',
    text: 'وأعلن الدفاع المدني أنه رفع مستوى التأهب إلى "الدرجة القصوى" في محافظات المنطقة الشرقية.',
    quotes: [['الدرجة القصوى', 'mention', null]],
  },
  {
    what: 'a category’s name after ضمن فئة, opening with the article',
    text: 'وأكد الاتحاد الدولي لصون الطبيعة أن النمر العربي مدرج ضمن فئة «المهددة بشدة بالانقراض».',
    quotes: [['المهددة بشدة بالانقراض', 'mention', null]],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a scare-quoted adjective after مستوى stays the speaker’s partial',
    text: 'وقال مدير مستشفى الملك فهد إن أعداد المراجعين بلغت مستوى «غير مسبوق» خلال الأسبوع الماضي.',
    quotes: [['غير مسبوق', 'partial', 'مدير مستشفى الملك فهد']],
  },
  {
    what: 'guard: an indefinite adjective after درجة stays the speaker’s partial',
    text: 'وأوضح الطبيب المعالج أن إصابة اللاعب وصلت إلى درجة «متقدمة» تتطلب التدخل الجراحي.',
    quotes: [['متقدمة', 'partial', 'الطبيب المعالج']],
  },
  {
    what: 'guard: the predicate after إن and a naming noun (إن الخدمة «…»), ending the clause',
    text: 'وقال وكيل وزارة الداخلية إن الخدمة «ستوفر على المراجعين ساعات من الانتظار».',
    quotes: [['ستوفر على المراجعين ساعات من الانتظار', 'partial', 'وكيل وزارة الداخلية']],
  },
  {
    what: 'guard: the predicate quoted after أن and الخدمة الجديدة, an adjective joined by و after it',
    text: 'وأكدت وزارة العمل أن الخدمة الجديدة «ميسرة» ومتاحة لجميع المنشآت.',
    quotes: [['ميسرة', 'partial', 'وزارة العمل']],
  },
  {
    what: 'guard: a figure quoted after أن and الرقم, then غير and the predicate',
    text: 'وأكدت الهيئة العامة للإحصاء أن الرقم «مليون عاطل» غير دقيق.',
    quotes: [['مليون عاطل', 'partial', 'الهيئة العامة للإحصاء']],
  },
  {
    what: 'guard: the predicate after أن and الرحلة, a preposition after the quote',
    text: 'وأوضح المتحدث باسم الهيئة العامة للطيران المدني أن الرحلة «تأخرت» بسبب سوء الأحوال الجوية.',
    quotes: [['تأخرت', 'partial', 'الهيئة العامة للطيران المدني']],
  },
  {
    what: 'guard: a real partial after وصف … الخطة بأنها',
    text: 'ووصف وزير الإسكان الخطة بأنها «الأشمل في تاريخ الوزارة».',
    quotes: [['الأشمل في تاريخ الوزارة', 'partial', 'وزير الإسكان']],
  },
  {
    what: 'guard: a quoted sentence with a number after a cue and a colon stays direct',
    text: 'وقال المدير التنفيذي لشركة الطيران: «الرحلة 370 ستبقى جرحا مفتوحا لنا جميعا».',
    quotes: [['الرحلة 370 ستبقى جرحا مفتوحا لنا جميعا', 'direct', 'المدير التنفيذي لشركة الطيران']],
  },
];

describe('kinds12: numbers, codes, flights, models, animals, services and packages after their naming noun', () =>
  runRows(namingRows));
describe('kinds12: levels and categories after a noun of rank', () => runRows(levelRows));
describe('kinds12: guards', () => runRows(guardRows));
