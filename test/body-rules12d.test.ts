/**
 * A body's warnings and rulings, and a body's seat (bodyname12b):
 * - a warning, a notice or an appeal a body issues (أصدر, أطلق, أذاع with تحذيرا, تنبيها, إنذارا, نداء,
 *   تعميما for object) and its matter quoted right after it (من «…», إلى «…», بـ«…») is the body's
 *   partial, after قد too, and the participle after it goes on with that body; the noun is no part of
 *   the body's name. Any other object (قرارا, حملة, مبادرة, صواريخ) keeps its quote a mention;
 * - the noun after نص, حيثيات or منطوق is the document itself (نص الحكم, حيثيات الحكم, نص الفتوى, نص
 *   الرأي), never its issuer: the court, council or mufti that gave it in the sentence before speaks; a
 *   ruling after جاء في (وجاء في الحكم) too, and a ruling goes on only from a court, never from a lawyer;
 * - more towns and US states in the gazetteer, so a court's seat after في is kept (المحكمة الابتدائية في
 *   مراكش); a police force with its state is still cut (a gap row);
 * - a body's field after its quoted name (مركز «…» لتوثيق التراث, جمعية «…» لتأهيل …) carries a post on to
 *   the holder's name after it, as لحماية already did.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a decision, a campaign, a circular's number, a person's warning, where a ministry
 * spoke, a mayor of a town of the list).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const warningRows: readonly Row[] = [
  {
    what: 'a warning a body issued, its matter quoted after من, then a participle',
    text: 'وأصدرت الهيئة العامة للأرصاد الجوية تحذيرا من «أمواج عالية في البحر الأحمر»، موضحة أن «ارتفاع الموج قد يتجاوز مترين».',
    quotes: [
      ['أمواج عالية في البحر الأحمر', 'partial', 'الهيئة العامة للأرصاد الجوية'],
      ['ارتفاع الموج قد يتجاوز مترين', 'partial', 'الهيئة العامة للأرصاد الجوية'],
    ],
  },
  {
    what: 'a notice issued after قد, another speaker before it, then داعيا',
    text: 'وقال أمير المنطقة إن "الاستعدادات مكتملة". وكان المركز الوطني للأرصاد قد أصدر مساء أمس تنبيهاً من "سيول جارفة" في محافظة الليث، داعياً إلى "الابتعاد عن بطون الأودية".',
    quotes: [
      ['الاستعدادات مكتملة', 'partial', 'أمير المنطقة'],
      ['سيول جارفة', 'partial', 'المركز الوطني للأرصاد'],
      ['الابتعاد عن بطون الأودية', 'partial', 'المركز الوطني للأرصاد'],
    ],
  },
  {
    what: 'an appeal launched, its addressees quoted after إلى',
    text: 'وأطلقت المفوضية السامية للأمم المتحدة لشؤون اللاجئين نداء إلى «الدول المانحة لسد العجز في التمويل»، مشيرة إلى أن «ملايين اللاجئين بلا مأوى».',
    quotes: [
      ['الدول المانحة لسد العجز في التمويل', 'partial', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين'],
      ['ملايين اللاجئين بلا مأوى', 'partial', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين'],
    ],
  },
  {
    what: 'a warning published: the noun is no word of the body’s name',
    text: 'ونشرت هيئة الغذاء والدواء تحذيرا من «حليب أطفال مغشوش»، ناصحة الأمهات بـ«التأكد من رقم التشغيلة».',
    quotes: [
      ['حليب أطفال مغشوش', 'partial', 'هيئة الغذاء والدواء'],
      ['التأكد من رقم التشغيلة', 'partial', 'هيئة الغذاء والدواء'],
    ],
  },
  {
    what: 'an appeal published by a body whose name ends on an adjective of its own',
    text: 'ونشرت جمعية الهلال الأحمر نداء إلى «المتبرعين بالدم من جميع الفصائل»، مؤكدة أن «المخزون لا يكفي أسبوعا».',
    quotes: [
      ['المتبرعين بالدم من جميع الفصائل', 'partial', 'جمعية الهلال الأحمر'],
      ['المخزون لا يكفي أسبوعا', 'partial', 'جمعية الهلال الأحمر'],
    ],
  },
  {
    what: 'guard: a decision issued, the shop it closes named',
    text: 'وأصدرت أمانة جدة قرارا بإغلاق مطعم «البيت الشامي» لمخالفته الاشتراطات الصحية.',
    quotes: [['البيت الشامي', 'mention', null]],
  },
  {
    what: 'guard: an initiative launched under its slogan',
    text: 'وأطلقت الهيئة العامة للرياضة مبادرة «الرياضة للجميع» في المدارس.',
    quotes: [['الرياضة للجميع', 'mention', null]],
  },
  {
    what: 'guard: a circular issued after قد, a programme named',
    text: 'وكانت وزارة العمل قد أصدرت تعميما برقم 12 بشأن برنامج «حافز».',
    quotes: [['حافز', 'mention', null]],
  },
  {
    what: 'guard: missiles launched at a group',
    text: 'وأطلقت الطائرات الحربية صواريخ على مواقع «جبهة النصرة» شمال حلب.',
    quotes: [['جبهة النصرة', 'mention', null]],
  },
  {
    what: 'guard: a person’s warning with its own verb',
    text: 'وحذر المستشار الأمني عبدالله الشهري من «الشائعات»، داعيا إلى «استقاء الأخبار من مصادرها».',
    quotes: [
      ['الشائعات', 'partial', 'عبدالله الشهري'],
      ['استقاء الأخبار من مصادرها', 'partial', 'عبدالله الشهري'],
    ],
  },
];

const rulingRows: readonly Row[] = [
  {
    what: 'the text of the ruling, the court in the sentence before',
    text: 'قضت محكمة الاستئناف بتخفيف العقوبة على المتهم. وجاء في نص الحكم، الذي اطلعت عليه "الوطن"، أن «المتهم لم يكن له سوابق».',
    quotes: [
      ['الوطن', 'mention', null],
      ['المتهم لم يكن له سوابق', 'partial', 'محكمة الاستئناف'],
    ],
  },
  {
    what: 'the text of a fatwa the committee gave',
    text: 'وأفتت اللجنة الدائمة للإفتاء بتحريم المتاجرة بالتأشيرات. وجاء في نص الفتوى أن "بيع التأشيرات أكل لأموال الناس بالباطل".',
    quotes: [['بيع التأشيرات أكل لأموال الناس بالباطل', 'partial', 'اللجنة الدائمة للإفتاء']],
  },
  {
    what: 'the text of an opinion the council issued as its own',
    text: 'وأصدر مجلس الدولة رأيه في مشروع القانون. وجاء في نص الرأي أن «المشروع يحتاج إلى تعديل مادتين».',
    quotes: [['المشروع يحتاج إلى تعديل مادتين', 'partial', 'مجلس الدولة']],
  },
  {
    what: 'the ruling itself after جاء في',
    text: 'أصدرت المحكمة الجزائية حكما بسجن المتهم ثلاث سنوات. وجاء في الحكم أن "المتهم استغل وظيفته".',
    quotes: [['المتهم استغل وظيفته', 'partial', 'المحكمة الجزائية']],
  },
  {
    what: 'the reasons of the ruling (حيثيات الحكم), the court in the sentence before',
    text: 'رفضت محكمة النقض طعن النيابة على حكم البراءة. وجاء في حيثيات الحكم أن "تحريات الشرطة جاءت مرسلة".',
    quotes: [['تحريات الشرطة جاءت مرسلة', 'partial', 'محكمة النقض']],
  },
  {
    what: 'guard: a ruling no court named is not the lawyer’s who spoke before',
    text: 'وقال المحامي خالد أبو بكر إن "الحكم عنوان الحقيقة". وجاء في منطوق الحكم أن «المتهم بريء».',
    quotes: [
      ['الحكم عنوان الحقيقة', 'partial', 'خالد أبو بكر'],
      ['المتهم بريء', 'partial', null],
    ],
  },
  {
    what: 'guard: a ministry’s statement issued where it spoke',
    text: 'وقالت وزارة الخارجية في بيان صدر في الرياض إن «المملكة تدين التفجير».',
    quotes: [['المملكة تدين التفجير', 'partial', 'وزارة الخارجية']],
  },
];

const seatRows: readonly Row[] = [
  {
    what: 'a court of first instance and a Moroccan town',
    text: 'وأدانت المحكمة الابتدائية في مراكش موظفا بتهمة الرشوة. وقالت المحكمة إن «التسجيلات أثبتت التهمة».',
    quotes: [['التسجيلات أثبتت التهمة', 'partial', 'المحكمة الابتدائية في مراكش']],
  },
  {
    what: 'guard: a mayor of a town of the list',
    text: 'وقال رئيس بلدية طنجة إن "المدينة جاهزة لاستقبال الزوار".',
    quotes: [['المدينة جاهزة لاستقبال الزوار', 'partial', 'رئيس بلدية طنجة']],
  },
  {
    what: 'the police and its state in the lede, then the police alone',
    text: 'وأعلنت الشرطة في تكساس توقيف المشتبه به. وقالت الشرطة إن "الدافع ما زال مجهولا".',
    quotes: [['الدافع ما زال مجهولا', 'partial', 'الشرطة في تكساس']],
    // engine gap: a one-word body reads no seat after في («الشرطة»)
    gaps: ['attribution'],
  },
];

const fieldRows: readonly Row[] = [
  {
    what: 'a post over a quoted body and its field in لتوثيق, then the holder',
    text: 'وأوضح مدير مركز "ذاكرة" لتوثيق التراث الشفهي أحمد بن سالم أن "الرواة يرحلون بسرعة".',
    quotes: [
      ['ذاكرة', 'mention', null],
      ['الرواة يرحلون بسرعة', 'partial', 'أحمد بن سالم'],
    ],
  },
  {
    what: 'a quoted association and its field in لتأهيل, the paper told after the holder',
    text: 'وقال رئيس جمعية «إرادة» لتأهيل ذوي الإعاقة سعد الغامدي لـ«المدينة» إن «الجمعية تخدم ألف مستفيد».',
    quotes: [
      ['إرادة', 'mention', null],
      ['المدينة', 'mention', null],
      ['الجمعية تخدم ألف مستفيد', 'partial', 'سعد الغامدي'],
    ],
  },
  {
    what: 'guard: the paper told after the holder, no field',
    text: 'وقال مدير جمعية «البر» خالد العمري لصحيفة «الرياض» إن «التبرعات زادت».',
    quotes: [
      ['البر', 'mention', null],
      ['الرياض', 'mention', null],
      ['التبرعات زادت', 'partial', 'خالد العمري'],
    ],
  },
];

describe('a warning or an appeal a body issued', () => runRows(warningRows));
describe('a post over a quoted body with its field', () => runRows(fieldRows));
describe('the text of a ruling, an opinion or a fatwa', () => runRows(rulingRows));
describe('a court’s seat in a town of the gazetteer', () => runRows(seatRows));
