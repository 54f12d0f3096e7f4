/**
 * Relayed speech (issue 3): who is credited when a quote came through a carrier. The one who spoke is,
 * not the agency, paper or channel; an outlet's name in marks is a mention. أورد relays like نقل
 * (وأوردت الوكالة عن فلان أن); a carrier's short name in brackets may have its letters parted by full
 * stops ((أ.ف.ب), (د.ب.أ)); نقلا عن after a verb that takes an object (ذكرت قناة «…» نقلا عن) is still
 * the source; a quoted carrier right after a relaying verb and before عن is its name, however it is
 * written («العربية.نت», «سي إن إن بالعربية»).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row
 * keeps the opposite case (the carrier that speaks itself, a quote that is words said).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reportedRows: readonly Row[] = [
  {
    what: 'وأوردت الوكالة عن a minister with his title, then أن «…»',
    text: 'وأوردت الوكالة عن وزير الداخلية الأمير محمد بن نايف أن «المملكة ستضرب بيد من حديد كل من يعبث بأمنها».',
    quotes: [['المملكة ستضرب بيد من حديد كل من يعبث بأمنها', 'partial', 'محمد بن نايف']],
  },
  {
    what: 'وأوردت الوكالة عن a police source أن «…»',
    text: 'وأوردت الوكالة عن مصدر في الشرطة أن «المشتبه به سلم نفسه».',
    quotes: [['المشتبه به سلم نفسه', 'partial', 'الشرطة']],
  },
  {
    what: 'وأوردت القناة عن witnesses أن «…»',
    text: 'وأوردت القناة عن شهود أن «الاشتباكات استمرت حتى الفجر».',
    quotes: [['الاشتباكات استمرت حتى الفجر', 'partial', 'شهود']],
  },
  {
    what: 'guard: وأوردت الوكالة أن «…» with no source: the agency itself',
    text: 'وأوردت الوكالة أن «الحريق أتى على ثلاثة مستودعات».',
    quotes: [['الحريق أتى على ثلاثة مستودعات', 'partial', 'الوكالة']],
  },
  {
    what: 'guard: وأوردت وكالة الأنباء السعودية أن «…» with no source',
    text: 'وأوردت وكالة الأنباء السعودية أن «الملك استقبل ولي عهد أبوظبي».',
    quotes: [['الملك استقبل ولي عهد أبوظبي', 'partial', 'وكالة الأنباء السعودية']],
  },
];

const bracketRows: readonly Row[] = [
  {
    what: 'ونقلت وكالة الأنباء الألمانية (د.ب.أ) عن the chancellor قولها: «…»',
    text: 'ونقلت وكالة الأنباء الألمانية (د.ب.أ) عن المستشارة أنجيلا ميركل قولها: «ألمانيا قادرة على استيعاب اللاجئين».',
    quotes: [['ألمانيا قادرة على استيعاب اللاجئين', 'direct', 'أنجيلا ميركل']],
  },
  {
    what: 'ونقلت وكالة الصحافة الفرنسية (أ.ف.ب) عن a military source قوله إن «…»',
    text: 'ونقلت وكالة الصحافة الفرنسية (أ.ف.ب) عن مصدر عسكري قوله إن «الطيران قصف مواقع للمسلحين».',
    quotes: [['الطيران قصف مواقع للمسلحين', 'partial', 'مصدر عسكري']],
  },
  {
    what: 'ونقلت وكالة أسوشيتد برس (أ.ب) عن a Pentagon official قوله: «…»',
    text: 'ونقلت وكالة أسوشيتد برس (أ.ب) عن مسؤول في البنتاغون قوله: «العملية مستمرة».',
    quotes: [['العملية مستمرة', 'direct', 'البنتاغون']],
  },
  {
    what: 'guard: the Saudi agency with its short name in brackets, (واس), no dots',
    text: 'ونقلت وكالة الأنباء السعودية (واس) عن وزير الصحة الدكتور توفيق بن فوزان الربيعة قوله: «الوزارة ستفتتح ثلاثة مستشفيات جديدة في المنطقة الشرقية قبل نهاية العام».',
    quotes: [
      [
        'الوزارة ستفتتح ثلاثة مستشفيات جديدة في المنطقة الشرقية قبل نهاية العام',
        'direct',
        'توفيق بن فوزان الربيعة',
      ],
    ],
  },
];

const throughRows: readonly Row[] = [
  {
    what: 'وذكرت قناة «العربية» نقلا عن private sources أن «…»',
    text: 'وذكرت قناة «العربية» نقلا عن مصادر خاصة أن «المفاوضات ستستأنف في الكويت».',
    quotes: [
      ['العربية', 'mention', null],
      ['المفاوضات ستستأنف في الكويت', 'partial', 'مصادر خاصة'],
    ],
  },
  {
    what: 'وذكرت صحيفة «الرياض» نقلا عن an official أن «…»',
    text: 'وذكرت صحيفة «الرياض» نقلا عن مسؤول في الهيئة أن «الرسوم الجديدة ستطبق مطلع العام».',
    quotes: [
      ['الرياض', 'mention', null],
      ['الرسوم الجديدة ستطبق مطلع العام', 'partial', 'مسؤول في الهيئة'],
    ],
  },
  {
    what: 'وذكرت قناة «فرانس 24» نقلا عن medical sources أن «…»',
    text: 'وذكرت قناة «فرانس 24» نقلا عن مصادر طبية أن «عدد القتلى ارتفع إلى ثلاثين».',
    quotes: [
      ['فرانس 24', 'mention', null],
      ['عدد القتلى ارتفع إلى ثلاثين', 'partial', 'مصادر طبية'],
    ],
  },
  {
    what: 'guard: a paper that speaks itself (وذكرت صحيفة «الوطن» أن)',
    text: 'وذكرت صحيفة «الوطن» أن «الوزارة أوقفت صرف البدلات».',
    quotes: [
      ['الوطن', 'mention', null],
      ['الوزارة أوقفت صرف البدلات', 'partial', 'صحيفة الوطن'],
    ],
  },
];

const carrierRows: readonly Row[] = [
  {
    what: 'ونقلت «العربية.نت» عن a coalition source أن «…»: the site’s name with its dot is a mention',
    text: 'ونقلت «العربية.نت» عن مصدر في التحالف أن «العمليات البرية ستبدأ قريبا».',
    quotes: [
      ['العربية.نت', 'mention', null],
      ['العمليات البرية ستبدأ قريبا', 'partial', 'مصدر في التحالف'],
    ],
  },
  {
    what: 'ونقلت «العربية.نت» عن the coalition spokesman قوله: «…»',
    text: 'ونقلت «العربية.نت» عن المتحدث باسم قوات التحالف العميد أحمد عسيري قوله: «لن نسمح بتهريب الأسلحة إلى الميليشيات».',
    quotes: [
      ['العربية.نت', 'mention', null],
      ['لن نسمح بتهريب الأسلحة إلى الميليشيات', 'direct', 'أحمد عسيري'],
    ],
  },
  {
    what: 'ونقلت «الجزيرة.نت» عن an activist قوله إن «…»',
    text: 'ونقلت «الجزيرة.نت» عن الناشط الحقوقي أحمد منصور قوله إن «السلطات اعتقلت عشرات الطلاب».',
    quotes: [
      ['الجزيرة.نت', 'mention', null],
      ['السلطات اعتقلت عشرات الطلاب', 'partial', 'أحمد منصور'],
    ],
  },
  {
    what: 'ونقلت «سي إن إن بالعربية» (four words) عن an American official أن «…»',
    text: 'ونقلت «سي إن إن بالعربية» عن مسؤول أمريكي أن «الطائرات المسيرة نفذت ثلاث غارات».',
    quotes: [
      ['سي إن إن بالعربية', 'mention', null],
      ['الطائرات المسيرة نفذت ثلاث غارات', 'partial', 'مسؤول أمريكي'],
    ],
  },
  {
    what: 'guard: قالت «حماس» عن الاتفاق إنه «…»: عن after a verb that does not relay names the topic',
    text: 'وقالت «حماس» عن الاتفاق إنه «خطوة في الاتجاه الصحيح».',
    quotes: [
      ['حماس', 'mention', null],
      ['خطوة في الاتجاه الصحيح', 'partial', 'حماس'],
    ],
  },
  {
    what: 'guard: an outlet that speaks, its quoted name before إن (وقالت قناة «الإخبارية» إن)',
    text: 'وقالت قناة «الإخبارية» إن «الحجاج بدأوا التوافد على منى».',
    quotes: [
      ['الإخبارية', 'mention', null],
      ['الحجاج بدأوا التوافد على منى', 'partial', 'قناة الإخبارية'],
    ],
  },
];

describe('relay rules: أورد relays like نقل', () => runRows(reportedRows));
describe('relay rules: a carrier’s short name in brackets with dots', () => runRows(bracketRows));
describe('relay rules: نقلا عن after a verb that takes an object', () => runRows(throughRows));
describe('relay rules: a quoted carrier between a relaying verb and عن', () => runRows(carrierRows));
