/**
 * Where a body's name ends when the engine used to cut it short or run it on (bodies11):
 * - ب and a place's head with its place (إدارة الدفاع المدني بمحافظة القريات), ب and the body a part
 *   belongs to after a definite head and its adjective (الشؤون الصحية بوزارة الدفاع, بالحرس الوطني), or
 *   ب and a town with the article where the phrase ends (الغرفة التجارية الصناعية بالأحساء) are words
 *   of the name; so is a branch (فرع) in construct with its body;
 * - after a verb of demanding, ب cut off before the quote ends the name: a field after ل (الجمعية
 *   السعودية للمتقاعدين بـ«…») and a second adjective joined with و (الزراعية والحيوانية) are the
 *   name's, not the verb's object or those it addresses;
 * - a long UN name runs through its field's adjective and second field (المفوضية السامية للأمم المتحدة
 *   لحقوق الإنسان) before those it calls on; people in construct with what they use or frequent
 *   (مستخدمي المنتج, مرتادي البر) are those called on, not the name's; a broken plural shaped like a
 *   nisba (منظمة الأغذية والزراعة) is no adjective to cut the name at;
 * - a body named for a king (مدينة الملك عبدالعزيز للعلوم والتقنية) is not cut at a known shorter name
 *   when the clause follows the name at once: no object ran in;
 * - a participle of what a firm does to a thing (المشغلة لـ, المصنعة لـ, المسؤولة عن) describes the
 *   firm named before it; it is no word of its name;
 * - a body with ل glued to its head after وفقا or بحسب بيان (وفقا لإدارة التعليم …, بحسب بيان للهيئة …,
 *   وفقا لتقرير الهيئة …) is the quote's source;
 * - a one-word quote after a thing's full name behind ب or ل (لمتلازمة الشرق الأوسط التنفسية «ميرس»)
 *   is its short name, a mention: a prepositional phrase is no cue's subject; a quoted short name after
 *   a full name whose participle only qualifies a field's genitive (لتحلية المياه المالحة «التحلية») is
 *   not the canonical name: the full name speaks.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (the verb's object after the body, a place after في, a hearer after ل, a firm
 * named only by its description, a person's title over a body, ب and what the body welcomes).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const placeRows: readonly Row[] = [
  {
    what: 'a civil defence directorate with ب and a governorate, then أن',
    text: 'وأوضحت إدارة الدفاع المدني بمحافظة القريات أن "الحريق لم يسفر عن إصابات".',
    quotes: [['الحريق لم يسفر عن إصابات', 'partial', 'إدارة الدفاع المدني بمحافظة القريات']],
  },
  {
    what: 'health affairs with ب and the ministry it belongs to, في بيان إن',
    text: 'وقالت الشؤون الصحية بوزارة الدفاع في بيان إن "المستشفى استقبل المصابين".',
    quotes: [['المستشفى استقبل المصابين', 'partial', 'الشؤون الصحية بوزارة الدفاع']],
  },
  {
    what: 'health affairs with ب and the national guard, then أن',
    text: 'وأكدت الشؤون الصحية بالحرس الوطني أن "الحالة مستقرة".',
    quotes: [['الحالة مستقرة', 'partial', 'الشؤون الصحية بالحرس الوطني']],
  },
  {
    what: 'a chamber of commerce with ب and a town with the article, then أن',
    text: 'وأعلنت الغرفة التجارية الصناعية بالأحساء أن "المعرض سيقام الشهر المقبل".',
    quotes: [['المعرض سيقام الشهر المقبل', 'partial', 'الغرفة التجارية الصناعية بالأحساء']],
  },
  {
    what: 'a quote credited after وفق بيان صادر عن to a chamber with its town',
    text: '"ستكون الأولوية للشباب"، وفق بيان صادر عن الغرفة التجارية بالمدينة المنورة.',
    quotes: [['ستكون الأولوية للشباب', 'direct', 'الغرفة التجارية بالمدينة المنورة']],
  },
  {
    what: 'a branch of a commission with ب and its region',
    text: 'وأكد فرع هيئة حقوق الإنسان بمنطقة جازان أن "الشكاوى تعالج فورا".',
    quotes: [['الشكاوى تعالج فورا', 'partial', 'فرع هيئة حقوق الإنسان بمنطقة جازان']],
  },
];

const demandRows: readonly Row[] = [
  {
    what: 'طالبت and a body whose field after لل ends before بـ«…»',
    text: 'وطالبت الجمعية السعودية للمتقاعدين بـ«زيادة المعاشات».',
    quotes: [['زيادة المعاشات', 'partial', 'الجمعية السعودية للمتقاعدين']],
  },
  {
    what: 'طالب and a supreme council with its field before بـ"…"',
    text: 'وطالب المجلس الأعلى للقضاء بـ"تسريع البت في القضايا".',
    quotes: [['تسريع البت في القضايا', 'partial', 'المجلس الأعلى للقضاء']],
  },
  {
    what: 'طالبت and a committee with two adjectives joined by و',
    text: 'وطالبت اللجنة الوطنية الزراعية والحيوانية بـ"دعم صغار المربين".',
    quotes: [['دعم صغار المربين', 'partial', 'اللجنة الوطنية الزراعية والحيوانية']],
  },
  {
    what: 'طالبت and an association of fishermen with two adjectives joined by و',
    text: 'وطالبت جمعية الصيادين البحرية والنهرية بـ"تعويض المتضررين".',
    quotes: [['تعويض المتضررين', 'partial', 'جمعية الصيادين البحرية والنهرية']],
  },
  {
    what: 'طالبت and a charity with ب and its town with the article before بـ«…»',
    text: 'وطالبت الجمعية الخيرية بالقصيم بـ«زيادة الدعم».',
    quotes: [['زيادة الدعم', 'partial', 'الجمعية الخيرية بالقصيم']],
  },
  {
    what: 'طالبت and a chamber with ب and its town before بـ"…"',
    text: 'وطالبت الغرفة التجارية الصناعية بجدة بـ"تسهيل إجراءات الاستيراد".',
    quotes: [['تسهيل إجراءات الاستيراد', 'partial', 'الغرفة التجارية الصناعية بجدة']],
  },
  {
    what: 'دعت and the UN human rights office, then the authorities it calls on',
    text: 'ودعت المفوضية السامية للأمم المتحدة لحقوق الإنسان السلطات إلى "الإفراج عن المعتقلين".',
    quotes: [['الإفراج عن المعتقلين', 'partial', 'المفوضية السامية للأمم المتحدة لحقوق الإنسان']],
  },
  {
    what: 'حذرت and the FAO: الأغذية is a plural noun, no adjective to cut the name at',
    text: 'وحذرت منظمة الأغذية والزراعة التابعة للأمم المتحدة من "موجة جفاف غير مسبوقة".',
    quotes: [['موجة جفاف غير مسبوقة', 'partial', 'منظمة الأغذية والزراعة التابعة للأمم المتحدة']],
  },
  {
    what: 'أعلنت and a city named for a king, with its field, right before أن',
    text: 'وأعلنت مدينة الملك عبدالعزيز للعلوم والتقنية أن "القمر الصناعي أطلق بنجاح".',
    quotes: [['القمر الصناعي أطلق بنجاح', 'partial', 'مدينة الملك عبدالعزيز للعلوم والتقنية']],
  },
  {
    what: 'حثت, a body with a second field joined by و, then drivers in construct addressed',
    text: 'وحثت الهيئة العامة للغذاء والدواء مستخدمي المنتج على "التوقف عن استعماله".',
    quotes: [['التوقف عن استعماله', 'partial', 'الهيئة العامة للغذاء والدواء']],
  },
  {
    what: 'دعت, the weather presidency, then those who frequent the desert addressed',
    text: 'ودعت الرئاسة العامة للأرصاد وحماية البيئة مرتادي البر إلى "الابتعاد عن مجاري السيول".',
    quotes: [['الابتعاد عن مجاري السيول', 'partial', 'الرئاسة العامة للأرصاد وحماية البيئة']],
  },
  {
    what: 'guard: owners in construct after an association’s head are its name',
    text: 'وقالت جمعية أصحاب المحلات إن "الرسوم مرتفعة".',
    quotes: [['الرسوم مرتفعة', 'partial', 'جمعية أصحاب المحلات']],
  },
  {
    what: 'guard: طالبت, the body, then the people it addresses before بـ',
    text: 'وطالبت الإدارة العامة للمرور السائقين بـ"ربط حزام الأمان".',
    quotes: [['ربط حزام الأمان', 'partial', 'الإدارة العامة للمرور']],
  },
  {
    what: 'guard: طالبت, a definite head, then another body as the object',
    text: 'وطالبت الهيئة الوزارة بـ"توضيح الأسباب".',
    quotes: [['توضيح الأسباب', 'partial', 'الهيئة']],
  },
  {
    what: 'guard: the ministry, then the citizens it calls on before بـ',
    text: 'وطالبت وزارة التجارة المواطنين بـ"الإبلاغ عن أي مخالفات".',
    quotes: [['الإبلاغ عن أي مخالفات', 'partial', 'وزارة التجارة']],
  },
];

const firmRows: readonly Row[] = [
  {
    what: 'a plane maker named, then المصنعة للطائرة',
    text: 'وقالت شركة بوينغ المصنعة للطائرة إن "الصندوق الأسود وصل إلى المحققين".',
    quotes: [['الصندوق الأسود وصل إلى المحققين', 'partial', 'شركة بوينغ']],
  },
  {
    what: 'a firm named, then المشغلة للخدمة',
    text: 'وأكدت شركة سكاي المشغلة للخدمة أن "العطل أصلح بالكامل".',
    quotes: [['العطل أصلح بالكامل', 'partial', 'شركة سكاي']],
  },
  {
    what: 'a Saudi firm with its field, then المسؤولة عن',
    text: 'وقالت الشركة السعودية للخدمات الأرضية المسؤولة عن المناولة إن "الأمتعة ستصل تباعا".',
    quotes: [['الأمتعة ستصل تباعا', 'partial', 'الشركة السعودية للخدمات الأرضية']],
  },
  {
    what: 'an airline named by its definite genitive, then المالكة للطائرة',
    text: 'وأكدت شركة طيران الخليج المالكة للطائرة أن "الركاب بخير".',
    quotes: [['الركاب بخير', 'partial', 'شركة طيران الخليج']],
  },
  {
    what: 'a foreign firm whose name opens with أل, then المصنعة للقطارات',
    text: 'وقالت شركة ألستوم المصنعة للقطارات إن "التسليم سيتم في موعده".',
    quotes: [['التسليم سيتم في موعده', 'partial', 'شركة ألستوم']],
  },
  {
    what: 'guard: a firm named only by what it owns is named so',
    text: 'وقالت الشركة المالكة للسفينة إن "الطاقم بخير".',
    quotes: [['الطاقم بخير', 'partial', 'الشركة المالكة للسفينة']],
  },
  {
    what: 'guard: the organising committee’s participle is its name',
    text: 'وقالت اللجنة المنظمة للمهرجان إن "الفعاليات ستستمر عشرة أيام".',
    quotes: [['الفعاليات ستستمر عشرة أيام', 'partial', 'اللجنة المنظمة للمهرجان']],
  },
];

const relayRows: readonly Row[] = [
  {
    what: 'a quote credited after وفقا to a directorate with ل glued to its head',
    text: '"ستفتح المدارس أبوابها الأحد"، وفقا لإدارة التعليم بمحافظة الخرج.',
    quotes: [['ستفتح المدارس أبوابها الأحد', 'direct', 'إدارة التعليم بمحافظة الخرج']],
  },
  {
    what: 'a fragment credited after بحسب بيان to an authority with لل',
    text: 'وستنطلق المرحلة الثانية "مطلع العام المقبل"، بحسب بيان للهيئة العامة للطيران المدني.',
    quotes: [['مطلع العام المقبل', 'partial', 'الهيئة العامة للطيران المدني']],
  },
  {
    what: 'a fragment credited after وفقا to a report with ل glued, then its issuer',
    text: 'وارتفعت أسعار الإيجارات "بشكل لافت"، وفقا لتقرير الهيئة العامة للإحصاء.',
    quotes: [['بشكل لافت', 'partial', 'الهيئة العامة للإحصاء']],
  },
  {
    what: 'guard: وفقا and a plan, no body: the quote stays narration',
    text: 'وتم توزيع المساعدات "بشكل عادل"، وفقا للخطة المعتمدة.',
    quotes: [['بشكل عادل', 'mention', null]],
  },
];

const acronymRows: readonly Row[] = [
  {
    what: 'a syndrome’s acronym after its full name behind ل, in the ministry’s announcement, is a mention',
    text: 'وأعلنت وزارة الصحة تسجيل إصابتين جديدتين بفيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية "ميرس".',
    quotes: [['ميرس', 'mention', null]],
  },
  {
    what: 'the syndrome’s acronym behind ل, then في and the place of the case, is a mention',
    text: 'وسجلت وزارة الصحة أمس إصابة جديدة بفيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية «ميرس» في محافظة الطائف.',
    quotes: [['ميرس', 'mention', null]],
  },
  {
    what: 'an organisation’s acronym after its name behind ل is a mention',
    text: 'وأعلنت الشركة انضمامها إلى برنامج تابع لمنظمة الأغذية والزراعة "فاو".',
    quotes: [['فاو', 'mention', null]],
  },
  {
    what: 'guard: one quoted word after a prepositional phrase and a complementiser is said',
    text: 'وقال المسؤول إن المشروع سيسلم لوزارة الإسكان "قريبا".',
    quotes: [['قريبا', 'partial', 'المسؤول']],
  },
];

const shortNameRows: readonly Row[] = [
  {
    what: 'a corporation’s quoted short name after its full name: the full name speaks',
    text: 'وأعلنت المؤسسة العامة لتحلية المياه المالحة "التحلية" أن "إنتاج المحطات ارتفع".',
    quotes: [
      ['التحلية', 'mention', null],
      ['إنتاج المحطات ارتفع', 'partial', 'المؤسسة العامة لتحلية المياه المالحة'],
    ],
  },
  {
    what: 'guard: a firm described by what it runs, then its own name in marks: the name speaks',
    text: 'وقالت الشركة المشغلة للمطار «فرابورت» في بيان إن "الرحلات تسير بشكل طبيعي".',
    quotes: [
      ['فرابورت', 'mention', null],
      ['الرحلات تسير بشكل طبيعي', 'partial', 'فرابورت'],
    ],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a place after في is where the police spoke, not its name',
    text: 'وأعلنت الشرطة في جدة أن "المتهم اعترف بجريمته".',
    quotes: [['المتهم اعترف بجريمته', 'partial', 'الشرطة']],
  },
  {
    what: 'guard: an embassy by its country’s adjective, then ب and its town: where it is, not its name',
    text: 'وقالت السفارة البريطانية بالرياض إن "التأشيرات ستصدر إلكترونيا".',
    quotes: [['التأشيرات ستصدر إلكترونيا', 'partial', 'السفارة البريطانية']],
  },
  {
    what: 'guard: the hearers after ل are no part of the ministry’s name',
    text: 'وقالت وزارة الخارجية للصحفيين إن "الاتصالات مستمرة".',
    quotes: [['الاتصالات مستمرة', 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'guard: the director of health affairs by name speaks',
    text: 'وقال مدير الشؤون الصحية بمحافظة جدة الدكتور سامي باداود إن "المستشفيات جاهزة".',
    quotes: [['المستشفيات جاهزة', 'partial', 'سامي باداود']],
  },
  {
    what: 'guard: ب and what health affairs welcomed is the verb’s complement',
    text: 'ورحبت الشؤون الصحية بالقرار، مؤكدة أنه "يصب في مصلحة المرضى".',
    quotes: [['يصب في مصلحة المرضى', 'partial', 'الشؤون الصحية']],
  },
  {
    what: 'guard: a campaign’s quoted name after the body and its object is a mention',
    text: 'وأطلقت الهيئة العامة للسياحة حملة «أهلا بالصيف».',
    quotes: [['أهلا بالصيف', 'mention', null]],
  },
];

describe('body rules 11: a body’s place, parent and field are its name’s', () => runRows(placeRows));
describe('body rules 11: a body’s name before بـ«…» and those it calls on', () => runRows(demandRows));
describe('body rules 11: what a firm does is no word of its name', () => runRows(firmRows));
describe('body rules 11: a body after وفقا لـ or بحسب بيان لـ is the source', () => runRows(relayRows));
describe('body rules 11: an acronym after a name behind ب or ل is a mention', () => runRows(acronymRows));
describe('body rules 11: a quoted short name after a full name', () => runRows(shortNameRows));
describe('body rules 11: guards', () => runRows(guardRows));
