/**
 * Bodies named with their complements and run into objects, second round (bodies12):
 * - a body's head in the plural (نقابات, جمعيات, اتحادات, منظمات, هيئات) with its members' or field's
 *   genitive is one speaker, the group of bodies, not the head alone;
 * - after a body's quoted name, an adjective of its kind (الخيرية, البيئية, الحقوقية) is its name's;
 *   an adjective of origin, a participle, and anything after a paper's masthead still describe it;
 * - a place's own name in a body's construct chain (بلدية دبي, محكمة مقاطعة لاهاي) governs no genitive:
 *   a definite noun after it is the verb's object, not a word of the name the head alone later recalls;
 * - a part of a body with the article and its adjective or field (اللجنة العقارية, اللجنة الوطنية
 *   للاستقدام) keeps في and the body it belongs to (في الغرفة التجارية, في مجلس الغرف السعودية);
 * - what a body owns, offers or issues (عرض, قرار, بيان) in construct with its one-word name is no word
 *   of that name when the body later speaks by it.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a place or a statement after في, a whole body's origin, a nationality or a
 * participle after a quoted name, a paper's masthead, a body's head before a firm's name, a woman
 * named بيان).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const pluralRows: readonly Row[] = [
  {
    what: 'unions of farmers, قالت … إنه',
    text: 'وفي خطوة احتجاجية، قالت نقابات المزارعين إنه «لا بد من وقف استيراد القمح».',
    quotes: [['لا بد من وقف استيراد القمح', 'partial', 'نقابات المزارعين']],
  },
  {
    what: 'unions of nurses, صرحت … بأن',
    text: 'وصرحت نقابات الممرضين بأن "الأجور لم تعدل منذ سنوات".',
    quotes: [['الأجور لم تعدل منذ سنوات', 'partial', 'نقابات الممرضين']],
  },
];

const quotedKindRows: readonly Row[] = [
  {
    what: 'a charity by its quoted name and its kind',
    text: 'وأوضحت جمعية «الإحسان» الخيرية أن "السلال الغذائية وزعت على الأسر".',
    quotes: [
      ['الإحسان', 'mention', null],
      ['السلال الغذائية وزعت على الأسر', 'partial', 'جمعية الإحسان الخيرية'],
    ],
  },
  {
    what: 'an environmental group by its quoted name, its kind, then its nationality',
    text: 'وقالت منظمة "دوغا" البيئية التركية إن «المنجم يهدد مصادر المياه».',
    quotes: [
      ['دوغا', 'mention', null],
      ['المنجم يهدد مصادر المياه', 'partial', 'منظمة دوغا البيئية'],
    ],
  },
];

const placeRows: readonly Row[] = [
  {
    what: 'a district court of a city, its object after it, then the court alone speaks',
    text: 'أمرت محكمة مقاطعة روتردام الشركة الهولندية بوقف التسريبات. وقالت المحكمة في حكمها إن "الشركة تجاهلت التحذيرات".',
    quotes: [['الشركة تجاهلت التحذيرات', 'partial', 'محكمة مقاطعة روتردام']],
  },
  {
    what: 'a municipality by its city, its object after it, then the municipality alone speaks',
    text: 'وألزمت بلدية دبي المطاعم بعرض قوائم الأسعار. وأوضحت البلدية أن «المخالفات ستضاعف».',
    quotes: [['المخالفات ستضاعف', 'partial', 'بلدية دبي']],
  },
];

const parentRows: readonly Row[] = [
  {
    what: 'a national committee with its field, في and the council it belongs to, before بـ"…"',
    text: 'وطالبت اللجنة الوطنية للمقاولين في مجلس الغرف السعودية بـ"صرف المستحقات المتأخرة".',
    quotes: [['صرف المستحقات المتأخرة', 'partial', 'اللجنة الوطنية للمقاولين في مجلس الغرف السعودية']],
  },
  {
    what: 'a committee with its adjective, في and a definite chamber',
    text: 'وأكدت اللجنة الصناعية في الغرفة التجارية أن "المصانع تعمل بكامل طاقتها".',
    quotes: [['المصانع تعمل بكامل طاقتها', 'partial', 'اللجنة الصناعية في الغرفة التجارية']],
  },
];

const ownedRows: readonly Row[] = [
  {
    what: 'a firm first named after عرض in the lede, then the firm speaks by its name',
    text: 'ورفض المساهمون عرض إيرباص، المنافس الأوروبي، لشراء الحصة. وقالت إيرباص في بيان إنها «ستقدم عرضا جديدا».',
    quotes: [['ستقدم عرضا جديدا', 'partial', 'إيرباص']],
  },
  {
    what: 'a firm first named after بقرار, then the firm speaks by its name',
    text: 'رحب المستثمرون بقرار بوينغ خفض الإنتاج. وقالت بوينغ إن "الطلب تراجع".',
    quotes: [['الطلب تراجع', 'partial', 'بوينغ']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'a definite body, then a city after في: where it spoke',
    text: 'وقالت الشرطة في الدمام إن "المتهمين أوقفوا".',
    quotes: [['المتهمين أوقفوا', 'partial', 'الشرطة']],
  },
  {
    what: 'a committee with its adjective, then في بيان',
    text: 'وقالت اللجنة الإعلامية في بيان إن «المؤتمر تأجل».',
    quotes: [['المؤتمر تأجل', 'partial', 'اللجنة الإعلامية']],
  },
  {
    what: 'a whole administration with its origin, then في and a letter',
    text: 'وقالت الإدارة الأمريكية في رسالة إلى الكونغرس إن "العقوبات باقية".',
    quotes: [['العقوبات باقية', 'partial', 'الإدارة الأمريكية']],
  },
  {
    what: 'a quoted name, then an adjective of origin: no word of the name',
    text: 'وقالت منظمة «بتسيلم» الإسرائيلية إن "الهدم غير قانوني".',
    quotes: [
      ['بتسيلم', 'mention', null],
      ['الهدم غير قانوني', 'partial', 'منظمة بتسيلم'],
    ],
  },
  {
    what: 'a paper by its quoted masthead, then its adjective: the masthead is the name',
    text: 'وقالت صحيفة "الأيام" المستقلة إن «الحكومة ستستقيل».',
    quotes: [
      ['الأيام', 'mention', null],
      ['الحكومة ستستقيل', 'partial', 'صحيفة الأيام'],
    ],
  },
  {
    what: 'a plural head, then its object before بـ"…"',
    text: 'وطالبت اتحادات العمال الحكومة بـ"رفع الحد الأدنى للأجور".',
    quotes: [['رفع الحد الأدنى للأجور', 'partial', 'اتحادات العمال']],
  },
  {
    what: 'a municipality by its city, then its own adjective',
    text: 'وقالت بلدية دبي الكبرى إن «الطرق أعيد فتحها».',
    quotes: [['الطرق أعيد فتحها', 'partial', 'بلدية دبي الكبرى']],
  },
  {
    what: 'a firm named with its head, then by its name alone',
    text: 'وقالت شركة معادن إن "الإنتاج ارتفع". وأضافت معادن أن «التصدير مستمر».',
    quotes: [
      ['الإنتاج ارتفع', 'partial', 'شركة معادن'],
      ['التصدير مستمر', 'partial', 'شركة معادن'],
    ],
  },
  {
    what: 'a woman named بيان: her given name is no statement',
    text: 'وقالت المعلمة بيان الزهراني إن "الطالبات متفوقات". وأضافت الزهراني أن «النتائج مشرفة».',
    quotes: [
      ['الطالبات متفوقات', 'partial', 'بيان الزهراني'],
      ['النتائج مشرفة', 'partial', 'بيان الزهراني'],
    ],
  },
  {
    what: 'a body whose name is a verbal noun and its complements',
    text: 'وأوضحت هيئة الأمر بالمعروف والنهي عن المنكر أن "البلاغ قيد الدراسة".',
    quotes: [['البلاغ قيد الدراسة', 'partial', 'هيئة الأمر بالمعروف والنهي عن المنكر']],
  },
];

describe('body rules 12: a plural body head with its genitive', () => runRows(pluralRows));
describe("body rules 12: a quoted name's adjective of kind", () => runRows(quotedKindRows));
describe('body rules 12: a place name ends the construct chain before an object', () => runRows(placeRows));
describe('body rules 12: a part of a body with في and its parent', () => runRows(parentRows));
describe('body rules 12: a thing a body owns before its name', () => runRows(ownedRows));
describe('body rules 12: guards', () => runRows(guardRows));
