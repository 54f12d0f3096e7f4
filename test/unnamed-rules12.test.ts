/**
 * An unnamed member of a named body speaks for the body (the corpus README's rule: "an anonymous member of
 * a named group to the group", the lead's decision to follow it). An unnamed source, official,
 * spokesperson, employee or member (مصدر مسؤول، مصدر طبي، مسؤول كبير، متحدثة باسم، موظف، عضو، أحد مسؤولي)
 * of a body named after في, لدى, باسم, a body written on ب or a genitive is credited to the body, in its
 * fullest form in the article (a head alone, في الأمانة, takes the body the lede named in full); the
 * relayed source (نقلت … عن مسؤول في … قوله) likewise; and a definite description after him (وأضاف
 * المصدر، وتابع المسؤول الأمني) calls the same body back.
 * Not changed (guards): no body named (مصدر مسؤول، مصادر دبلوماسية), a nationality only (مسؤول
 * أميركي), a town (مصدر عسكري في حمص), a field or an activity (مصدر في قطاع الاتصالات، مسؤول في حركة
 * السير), a generic head the article never named in full (مسؤول في الهيئة), a former official, a
 * source close to a body (مصادر مقربة من), a person named after the body or after the spokesman's title,
 * and a description of a citizen (أحد سكان الحي).
 * Each rule row is a passage written here in news style and fails without the rule; each guard row
 * keeps the opposite reading.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const bodyRows: readonly Row[] = [
  {
    what: 'Okaz: a responsible source in a ministry with أوضح … أن, credited to the ministry',
    text: 'وأوضح مصدر مسؤول في وزارة الشؤون الاجتماعية لـ«عكاظ» أن صرف الإعانات «سيبدأ مطلع الأسبوع المقبل».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['سيبدأ مطلع الأسبوع المقبل', 'partial', 'وزارة الشؤون الاجتماعية'],
    ],
  },
  {
    what: 'Al-Madina: a medical source in a named hospital (مصدر طبي في مستشفى … العام), the king’s name inside the body',
    text: 'وذكر مصدر طبي في مستشفى الملك عبدالعزيز العام بمكة المكرمة أن "حالة المعتمر المصاب مستقرة".',
    quotes: [['حالة المعتمر المصاب مستقرة', 'partial', 'مستشفى الملك عبدالعزيز العام بمكة المكرمة']],
  },
  {
    what: 'Al-Riyadh: the municipality named in full in the lede, then a source in it by its head alone (في الأمانة)',
    text: [
      'أطلقت أمانة منطقة القصيم مشروعا لتطوير الحدائق العامة في بريدة.',
      'وأشار مصدر مسؤول في الأمانة إلى أن المشروع "يشمل اثنتي عشرة حديقة".',
    ].join('\n\n'),
    quotes: [['يشمل اثنتي عشرة حديقة', 'partial', 'أمانة منطقة القصيم']],
  },
  {
    what: 'Sabq: an employee of a company written on ب (موظف بشركة …) with ذكر … أن',
    text: 'وذكر موظف بشركة المياه الوطنية أن "فرق الصيانة تعمل على مدار الساعة".',
    quotes: [['فرق الصيانة تعمل على مدار الساعة', 'partial', 'شركة المياه الوطنية']],
  },
  {
    what: 'a senior official in the White House before a colon',
    text: 'وقال مسؤول كبير في البيت الأبيض: "الرئيس يدرس كل الخيارات المتاحة".',
    quotes: [['الرئيس يدرس كل الخيارات المتاحة', 'direct', 'البيت الأبيض']],
  },
  {
    what: 'one of a body’s officials (أحد مسؤولي شركة …) with إن',
    text: 'وقال أحد مسؤولي شركة الاتصالات المتنقلة إن "الشبكة ستغطي القرى النائية".',
    quotes: [['الشبكة ستغطي القرى النائية', 'partial', 'شركة الاتصالات المتنقلة']],
  },
];

const spokesRows: readonly Row[] = [
  {
    what: 'BBC Arabic: a spokeswoman of a ministry named by its portfolio (متحدثة باسم الخارجية البريطانية)',
    text: 'وقالت متحدثة باسم الخارجية البريطانية إن "لندن تتابع التطورات عن كثب".',
    quotes: [['لندن تتابع التطورات عن كثب', 'partial', 'الخارجية البريطانية']],
  },
  {
    what: 'DW: a spokesman of a company who asked not to be named, then إن',
    text: 'وقال متحدث باسم شركة سيمنس، طلب عدم ذكر اسمه، إن "الشركة لن تعلق على التحقيق".',
    quotes: [['الشركة لن تعلق على التحقيق', 'partial', 'شركة سيمنس']],
  },
];

const relayRows: readonly Row[] = [
  {
    what: 'a paper relays an official of a named international body (نقلت صحيفة «…» عن مسؤول في … قوله إن)',
    text: 'ونقلت صحيفة «لوموند» عن مسؤول في الوكالة الدولية للطاقة الذرية قوله إن "المفتشين سيعودون الشهر المقبل".',
    quotes: [
      ['لوموند', 'mention', null],
      ['المفتشين سيعودون الشهر المقبل', 'partial', 'الوكالة الدولية للطاقة الذرية'],
    ],
  },
];

const followRows: readonly Row[] = [
  {
    what: 'وأضاف المصدر in the next paragraph goes on with the ministry its source spoke for',
    text: [
      'وقال مصدر مسؤول في وزارة النقل إن "الطريق سيفتح أمام الحركة نهاية الشهر".',
      'وأضاف المصدر أن "أعمال السفلتة اكتملت بنسبة تسعين في المئة".',
    ].join('\n\n'),
    quotes: [
      ['الطريق سيفتح أمام الحركة نهاية الشهر', 'partial', 'وزارة النقل'],
      ['أعمال السفلتة اكتملت بنسبة تسعين في المئة', 'partial', 'وزارة النقل'],
    ],
  },
  {
    what: 'وتابع المسؤول الأمني after a security official of a ministry',
    text: [
      'وقال مسؤول أمني في وزارة الداخلية العراقية إن "القوات أحبطت هجوما على نقطة تفتيش".',
      'وتابع المسؤول الأمني: "الوضع تحت السيطرة".',
    ].join('\n\n'),
    quotes: [
      ['القوات أحبطت هجوما على نقطة تفتيش', 'partial', 'وزارة الداخلية العراقية'],
      ['الوضع تحت السيطرة', 'direct', 'وزارة الداخلية العراقية'],
    ],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a responsible source with no body named keeps his description',
    text: 'وقال مصدر مسؤول إن "التحقيقات ما زالت جارية".',
    quotes: [['التحقيقات ما زالت جارية', 'partial', 'مصدر مسؤول']],
  },
  {
    what: 'guard: an official by his nationality only',
    text: 'وقال مسؤول أميركي إن "واشنطن لم تتلق أي طلب رسمي".',
    quotes: [['واشنطن لم تتلق أي طلب رسمي', 'partial', 'مسؤول أميركي']],
  },
  {
    what: 'guard: a military source in a town, no body',
    text: 'وقال مصدر عسكري في حمص إن "الاشتباكات تجددت فجر اليوم".',
    quotes: [['الاشتباكات تجددت فجر اليوم', 'partial', 'مصدر عسكري في حمص']],
  },
  {
    what: 'guard: a source in a sector is no member of a body',
    text: 'وقال مصدر في قطاع الاتصالات إن "الأسعار ستنخفض".',
    quotes: [['الأسعار ستنخفض', 'partial', 'مصدر في قطاع الاتصالات']],
  },
  {
    what: 'guard: an official of an activity (حركة السير), no movement',
    text: 'وقال مسؤول في حركة السير إن "الطريق سيغلق ليلا".',
    quotes: [['الطريق سيغلق ليلا', 'partial', 'مسؤول في حركة السير']],
  },
  {
    what: 'guard: a generic head the article never named in full (مسؤول في الهيئة) keeps the description',
    text: 'وقال مسؤول في الهيئة إن "اللائحة ستعدل".',
    quotes: [['اللائحة ستعدل', 'partial', 'مسؤول في الهيئة']],
  },
  {
    what: 'guard: a former official no longer speaks for the ministry',
    text: 'وقال مسؤول سابق في وزارة الخارجية إن "القرار متسرع".',
    quotes: [['القرار متسرع', 'partial', 'مسؤول سابق في وزارة الخارجية']],
  },
  {
    what: 'guard: sources close to a body are not its members',
    text: 'وقالت مصادر مقربة من الحكومة إن "التعديل الوزاري وشيك".',
    quotes: [['التعديل الوزاري وشيك', 'partial', 'مصادر مقربة من الحكومة']],
  },
  {
    what: 'guard: an official of a ministry named between commas is that person',
    text: 'وقال مسؤول في وزارة التجارة، خالد السبيعي، إن "الأسواق مراقبة".',
    quotes: [['الأسواق مراقبة', 'partial', 'خالد السبيعي']],
  },
  {
    what: 'guard: the spokesman of a ministry with his rank and name is that person',
    text: 'وقال المتحدث باسم وزارة الداخلية العميد بسام العطية إن "الدوريات انتشرت".',
    quotes: [['الدوريات انتشرت', 'partial', 'بسام العطية']],
  },
  {
    what: 'guard: one of the residents of a district stays a description',
    text: 'وقال أحد سكان الحي إن "المياه انقطعت منذ يومين".',
    quotes: [['المياه انقطعت منذ يومين', 'partial', 'أحد سكان الحي']],
  },
];

describe('unnamed rules 12: an unnamed member of a named body speaks for it', () => runRows(bodyRows));
describe('unnamed rules 12: a spokesperson of a body (متحدث باسم)', () => runRows(spokesRows));
describe('unnamed rules 12: a relayed unnamed member', () => runRows(relayRows));
describe('unnamed rules 12: the follow-ups call the body back', () => runRows(followRows));
describe('unnamed rules 12: guards', () => runRows(guardRows));
