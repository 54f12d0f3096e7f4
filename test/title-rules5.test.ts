/**
 * A speaker brought in by a title and a name in the commonest shapes of wire copy and Saudi papers
 * (issue 3). A body's noun that is also a participle in ة after a definite feminine noun is that noun's
 * adjective (اللجنة المنظمة), not another body; a title word that is also a given name before another
 * given name opens the name (مدير المهرجان أمين حسن الناصر); a foreign name's short word that spells a
 * function word (بان, لي, هي) is the name's in a run of short words after a definite title up to where a
 * subject ends (بان كي مون الثلاثاء إن). Each rule row is a sentence written here
 * in news style and fails without its rule; a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const participleRows: readonly Row[] = [
  {
    what: 'اللجنة المنظمة and a genitive, then في بيان أمس أن «…»: the body is the organising committee',
    text: 'وأكدت اللجنة المنظمة للمعرض في بيان أمس أن «أبواب المعرض ستفتح للزوار من العاشرة صباحا».',
    quotes: [['أبواب المعرض ستفتح للزوار من العاشرة صباحا', 'partial', 'اللجنة المنظمة للمعرض']],
  },
  {
    what: 'الهيئة المنظمة للسباق إن «…»: another feminine head with the participle',
    text: 'وقالت الهيئة المنظمة للسباق إن «المسار الجديد يمر بأبرز معالم العاصمة».',
    quotes: [['المسار الجديد يمر بأبرز معالم العاصمة', 'partial', 'الهيئة المنظمة للسباق']],
  },
  {
    what: 'اللجنة العليا المنظمة in a statement, then أن «…» (after العليا, itself feminine)',
    text: 'وأعلنت اللجنة العليا المنظمة في بيان أن «مراسم الافتتاح ستقام على الواجهة البحرية».',
    quotes: [['مراسم الافتتاح ستقام على الواجهة البحرية', 'partial', 'اللجنة العليا المنظمة']],
  },
  {
    what: 'after the quote: «…»، قال المتحدث باسم اللجنة المنظمة للرالي فيصل السبيعي',
    text: '«السباق سيمر بمحاذاة الكثبان الرملية لأول مرة»، قال المتحدث باسم اللجنة المنظمة للرالي فيصل السبيعي.',
    quotes: [['السباق سيمر بمحاذاة الكثبان الرملية لأول مرة', 'direct', 'فيصل السبيعي']],
  },
  {
    what: 'guard: المنظمة with an adjective of its own (الدولية) after the body is its object, another body',
    text: 'وطالبت الحكومة المنظمة الدولية للهجرة بـ«زيادة المساعدات للعائدين».',
    quotes: [['زيادة المساعدات للعائدين', 'partial', 'الحكومة']],
  },
];

const givenTitleRows: readonly Row[] = [
  {
    what: 'مدير المهرجان, then أمين as a first name before a given name, then لـ«الرياض»:',
    text: 'وقال مدير المهرجان أمين محمد العتيبي لـ«الرياض»: «نتوقع حضور أكثر من مئة ألف زائر».',
    quotes: [
      ['الرياض', 'mention', null],
      ['نتوقع حضور أكثر من مئة ألف زائر', 'direct', 'أمين محمد العتيبي'],
    ],
  },
  {
    what: 'after the quote: «…»، قال رئيس مجلس إدارة الشركة أمين خالد الزامل',
    text: '«المشروع سيكتمل قبل نهاية العام»، قال رئيس مجلس إدارة الشركة أمين خالد الزامل.',
    quotes: [['المشروع سيكتمل قبل نهاية العام', 'direct', 'أمين خالد الزامل']],
  },
  {
    what: 'رئيس اللجنة المنظمة للمهرجان أمين حسن الناصر أمس: (both rules of this file)',
    text: 'وقال رئيس اللجنة المنظمة للمهرجان أمين حسن الناصر أمس: «البرنامج يضم عروضا شعبية من كل مناطق المملكة».',
    quotes: [['البرنامج يضم عروضا شعبية من كل مناطق المملكة', 'direct', 'أمين حسن الناصر']],
  },
  {
    what: 'guard: أمين as a title with its place (أمين منطقة القصيم), then the name',
    text: 'وقال أمين منطقة القصيم محمد بن سعد المجلي: «نعمل على توسعة الطرق الرئيسية في بريدة».',
    quotes: [['نعمل على توسعة الطرق الرئيسية في بريدة', 'direct', 'محمد بن سعد المجلي']],
  },
];

const syllableRows: readonly Row[] = [
  {
    what: 'الأمين العام للأمم المتحدة بان كي مون, then a day name and إن (بان is no بأن here)',
    text: 'وقال الأمين العام للأمم المتحدة بان كي مون الثلاثاء إن «الهدنة يجب أن تشمل كل المدن المحاصرة».',
    quotes: [['الهدنة يجب أن تشمل كل المدن المحاصرة', 'partial', 'بان كي مون']],
  },
  {
    what: 'after the quote: «…»، قال المتحدث باسم الخارجية الصينية هونغ لي (لي is no "to me")',
    text: '«بكين تدعم الحل السياسي في سوريا»، قال المتحدث باسم الخارجية الصينية هونغ لي.',
    quotes: [['بكين تدعم الحل السياسي في سوريا', 'direct', 'هونغ لي']],
  },
  {
    what: 'رئيسة كوريا الجنوبية بارك غن هي, then صباح اليوم: (هي is no pronoun)',
    text: 'وقالت رئيسة كوريا الجنوبية بارك غن هي صباح اليوم: «سنواصل الضغط حتى تعود بيونغ يانغ إلى طاولة الحوار».',
    quotes: [['سنواصل الضغط حتى تعود بيونغ يانغ إلى طاولة الحوار', 'direct', 'بارك غن هي']],
  },
  {
    what: 'رئيس الوزراء الصيني لي كه تشيانغ في بكين إن «…»: the short word opens the name',
    text: 'وقال رئيس الوزراء الصيني لي كه تشيانغ في بكين إن «الاقتصاد سيحقق نموا يقارب سبعة في المئة».',
    quotes: [['الاقتصاد سيحقق نموا يقارب سبعة في المئة', 'partial', 'لي كه تشيانغ']],
  },
  {
    what: 'guard: لي after a definite description and its adjective (المصدر المطلع لي إن) is the hearer, no name',
    text: 'وقال المصدر المطلع لي إن «الاتفاق سيوقع خلال أيام».',
    quotes: [['الاتفاق سيوقع خلال أيام', 'partial', 'المصدر المطلع']],
  },
  {
    what: 'guard: بان as بأن without its hamza, then a clause before the quote (no name)',
    text: 'وأكد المسؤول بان كل شيء «تحت السيطرة».',
    quotes: [['تحت السيطرة', 'partial', 'المسؤول']],
  },
];

describe('a body’s participle in ة after a definite feminine noun is its adjective', () =>
  runRows(participleRows));
describe('a title word that is also a given name, before a given name, opens the name', () =>
  runRows(givenTitleRows));
describe('a foreign name’s short word that spells a function word, in a run of short words after a title', () =>
  runRows(syllableRows));
