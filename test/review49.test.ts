/**
 * A second read of the session's merged rules (review49). Each rule below read a neighbouring shape
 * wrongly; these rows show the shapes they now read as a person would:
 * - عزت is a man's given name (وقال الدكتور عزت فلان) and the feminine of عزا: the verb only before a body
 *   or a woman's title (وعزت الوزارة …), the name's first word elsewhere;
 * - a noun of goods right after a reporting verb is its subject, "producer" (وقال منتج المسلسل «…»): he
 *   speaks, no brand is named; a noun of goods alone before its brand (تداول منتج «…») still names it;
 * - after أرجع/عزا, a title and one definite word after a definite word (وأرجع المحلل الظاهرة إلى …,
 *   وأرجع مدير المرور الحوادث إلى …) end with the object: the title alone is the subject;
 * - a quote that opens with إلى or لل after the object of أرجع/عزا is the cause put down to, not a mention;
 * - حسب before الدين and an adjective of it (حسب الدين الإسلامي) is "according to", no compound name;
 * - باسمها, باسمه after a spokesman's title end the title: the name after them is the speaker's whole name.
 * Each rule row is a passage written here in news style and fails on the build before its fix; a guard
 * row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const nameRows: readonly Row[] = [
  {
    what: 'وقال الدكتور عزت فلان: عزت is his given name, no verb',
    text: 'وقال الدكتور عزت المصري، استشاري أمراض القلب في مستشفى الملك فهد بجدة: «حالة المريض مستقرة».',
    quotes: [['حالة المريض مستقرة', 'direct', 'عزت المصري']],
  },
  {
    what: 'guard: وعزا … التأخير إلى «…»: the masculine عزا still reports',
    text: 'وعزا مدير المشروع المهندس سامي الدوسري التأخير إلى «نقص العمالة».',
    quotes: [['نقص العمالة', 'partial', 'سامي الدوسري']],
  },
  {
    what: 'وأضاف عزت فلان: عزت opens the name after another verb',
    text: [
      'وأكد مدير الدفاع المدني العميد سالم القحطاني أن الحريق «تمت السيطرة عليه».',
      'وأضاف عزت المصري، مدير العمليات: «لا إصابات بين السكان».',
    ].join('\n\n'),
    quotes: [
      ['تمت السيطرة عليه', 'partial', 'سالم القحطاني'],
      ['لا إصابات بين السكان', 'direct', 'عزت المصري'],
    ],
  },
  {
    what: 'guard: وعزت وزارة الداخلية الحادث إلى «…»: عزت before a body is the verb',
    text: 'وعزت وزارة الداخلية الحادث إلى «خطأ بشري».',
    quotes: [['خطأ بشري', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: وعزت الطبيبة فلانة … إلى «…»: عزت before a woman’s title is the verb',
    text: 'وعزت الطبيبة سارة الأحمد الإصابات إلى «قلة النوم».',
    quotes: [['قلة النوم', 'partial', 'سارة الأحمد']],
  },
  {
    what: 'حسب الدين الإسلامي after a title: "according to", the title is the subject',
    text: 'وقال إمام المسجد حسب الدين الإسلامي: «الصيام ركن من أركان الإسلام».',
    quotes: [['الصيام ركن من أركان الإسلام', 'direct', 'إمام المسجد']],
  },
  {
    what: 'guard: حسب الله before a family name with no article is a compound given name',
    text: 'وقال حسب الله عثمان، رئيس اتحاد المزارعين في ولاية الجزيرة: «الموسم الزراعي مهدد».',
    quotes: [['الموسم الزراعي مهدد', 'direct', 'حسب الله عثمان']],
  },
  {
    what: 'المتحدث باسمهم فلان إن: باسمهم ends the title too',
    text: 'وقال المتحدث باسمهم فيصل الحربي إن مطالب المعلمين «واضحة ومشروعة».',
    quotes: [['واضحة ومشروعة', 'partial', 'فيصل الحربي']],
  },
  {
    what: 'المتحدث باسمها فلان: باسمها ends the title, the name is his alone',
    text: [
      'وأكدت الخطوط الجوية في بيان أن الرحلات «ستستأنف غدا».',
      'وقال المتحدث باسمها عادل الزهراني: «نعتذر للمسافرين عن التأخير».',
    ].join('\n\n'),
    quotes: [
      ['ستستأنف غدا', 'partial', 'الخطوط الجوية'],
      ['نعتذر للمسافرين عن التأخير', 'direct', 'عادل الزهراني'],
    ],
  },
  {
    what: 'guard: باسم alone before a family name is a given name',
    text: 'وقال باسم العتيبي: «البرنامج سيعود قريبا».',
    quotes: [['البرنامج سيعود قريبا', 'direct', 'باسم العتيبي']],
  },
];

const goodsRows: readonly Row[] = [
  {
    what: 'وقال منتج المسلسل «…»: the producer speaks, no product is named',
    text: 'وقال منتج المسلسل «نحن فخورون بالعمل».',
    quotes: [['نحن فخورون بالعمل', 'direct', 'منتج المسلسل']],
  },
  {
    what: 'guard: تداول منتج «…»: a lone noun of goods before its brand names it',
    text: 'وحذرت الهيئة العامة للغذاء والدواء من تداول منتج «سلطان الأعشاب» لاحتوائه على مواد ضارة.',
    quotes: [['سلطان الأعشاب', 'mention', null]],
  },
  {
    what: 'guard: سحبت … منتج عسل «…»: a noun of goods in construct, then its brand',
    text: 'وسحبت الهيئة منتج عسل «الريف» من الأسواق.',
    quotes: [['الريف', 'mention', null]],
  },
];

const causeRows: readonly Row[] = [
  {
    what: 'وأرجع المحلل الظاهرة إلى «…»: the definite word after the title is the object',
    text: 'وأرجع المحلل الظاهرة إلى «المضاربات في سوق الأسهم».',
    quotes: [['المضاربات في سوق الأسهم', 'partial', 'المحلل']],
  },
  {
    what: 'وأرجع مدير المرور الحوادث إلى «…»: a title with its genitive, then the object',
    text: 'وأرجع مدير المرور الحوادث إلى «السرعة الزائدة».',
    quotes: [['السرعة الزائدة', 'partial', 'مدير المرور']],
  },
  {
    what: 'ووصف وزير الخارجية المحادثات بأنها «…»: a title with its genitive, then the object',
    text: 'ووصف وزير الخارجية المحادثات بأنها «بناءة وصريحة».',
    quotes: [['بناءة وصريحة', 'partial', 'وزير الخارجية']],
  },
  {
    what: 'guard: وأرجع الدكتور فلان الظاهرة إلى «…»: a title and a name, then the object',
    text: 'وأرجع الدكتور سعد القرني الظاهرة إلى «تغير أنماط الغذاء».',
    quotes: [['تغير أنماط الغذاء', 'partial', 'سعد القرني']],
  },
  {
    what: 'وعزا الطبيب فلان الإصابات «إلى …»: a quote opening with إلى is the cause',
    text: 'وعزا الطبيب سامي الحربي الإصابات «إلى ارتفاع درجات الحرارة».',
    quotes: [['إلى ارتفاع درجات الحرارة', 'partial', 'سامي الحربي']],
  },
  {
    what: 'وأرجع المحلل التراجع «للمضاربات …»: a quote opening with لل is the cause',
    text: 'وأرجع المحلل المالي خالد السبيعي التراجع «للمضاربات العشوائية».',
    quotes: [['للمضاربات العشوائية', 'partial', 'خالد السبيعي']],
  },
  {
    what: 'guard: أرجعت الجمارك شحنة من أجهزة «…» إلى بلد المنشأ: the quote in the object is a mention',
    text: 'وأرجعت الجمارك شحنة من أجهزة «سامسونج» المقلدة إلى بلد المنشأ.',
    quotes: [['سامسونج', 'mention', null]],
  },
];

describe('review49: names and titles', () => runRows(nameRows));
describe('review49: goods and their producers', () => runRows(goodsRows));
describe('review49: what a cause is put down to', () => runRows(causeRows));
