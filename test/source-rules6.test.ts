/**
 * Unnamed sources described by adjectives (issue 3). Wire copy and Saudi papers credit quotes every day to
 * a source named only by its head and its adjectives of field and origin; the description is the
 * speaker, whole:
 * - an indefinite head, an adjective of field in ي and an adjective of a country's or a region's people
 *   (مسؤول أمني عراقي, متحدث عسكري إسرائيلي, مصادر حكومية يمنية): the nationality is no name after a
 *   title, it ends the description, and an adjective of rank after it stays in (مسؤول عسكري أمريكي رفيع);
 * - such a described source, then في and a body (مسؤول رفيع في وزارة الدفاع, مصدر أمني كبير في الحكومة
 *   العراقية): the body he serves is part of his description, as after the bare head, no name needed;
 * - a member described by adjectives of rank or field, then في and a group of members (قيادي بارز في
 *   حركة حماس, مصدر عسكري في حركة طالبان): one of them, credited to the group as a bare member is (the
 *   corpus rule); not a former one (قيادي سابق), who speaks for himself;
 * - a source close to someone, with من (مصادر مقربة من الحكومة, مصدر قريب من التحقيق): من and its noun
 *   are part of the description (not مطلع على: an older guard keeps مصدر مطلع alone).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a definite title with its nationality and the name after it, a source with one
 * adjective, a title and its name in apposition).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const originRows: readonly Row[] = [
  {
    what: 'an Iraqi security official with إن: the nationality after the field adjective ends the description',
    text: 'وقال مسؤول أمني عراقي إن "الهجوم استهدف نقطة تفتيش على الطريق السريع".',
    quotes: [['الهجوم استهدف نقطة تفتيش على الطريق السريع', 'partial', 'مسؤول أمني عراقي']],
  },
  {
    what: 'an Egyptian security official who asked not to be named, with إن',
    text: 'وقال مسؤول أمني مصري طلب عدم نشر اسمه إن "المسلحين فروا باتجاه الصحراء الغربية".',
    quotes: [['المسلحين فروا باتجاه الصحراء الغربية', 'partial', 'مسؤول أمني مصري']],
  },
  {
    what: 'a senior American military official to AP: the rank adjective after the nationality stays in',
    text: 'وقال مسؤول عسكري أمريكي رفيع لوكالة أسوشيتد برس إن "الطائرة سقطت لأسباب فنية".',
    quotes: [['الطائرة سقطت لأسباب فنية', 'partial', 'مسؤول عسكري أمريكي رفيع']],
  },
  {
    what: 'an Israeli military spokesman after the quote, with قال',
    text: '"الجيش رد على مصادر النيران"، قال متحدث عسكري إسرائيلي.',
    quotes: [['الجيش رد على مصادر النيران', 'direct', 'متحدث عسكري إسرائيلي']],
  },
  {
    what: 'a Sudanese government official in Saudi-paper copy, with إن',
    text: 'وقال مسؤول حكومي سوداني لـ"عكاظ" إن "المحادثات مع الجانب الآخر كانت مثمرة".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['المحادثات مع الجانب الآخر كانت مثمرة', 'partial', 'مسؤول حكومي سوداني'],
    ],
  },
  {
    what: 'relayed: Reuters quoting a Russian military official, قوله إن',
    text: 'ونقلت وكالة رويترز عن مسؤول عسكري روسي قوله إن "الطائرات نفذت عشرين طلعة".',
    quotes: [['الطائرات نفذت عشرين طلعة', 'partial', 'مسؤول عسكري روسي']],
  },
  {
    what: 'a Western security official, a region adjective, with a colon',
    text: 'وقال مسؤول أمني غربي لفرانس برس: "التنظيم فقد نصف مقاتليه في عام واحد".',
    quotes: [['التنظيم فقد نصف مقاتليه في عام واحد', 'direct', 'مسؤول أمني غربي']],
  },
  {
    what: 'guard: a definite spokesman with his nationality, then his name: the name speaks',
    text: 'وقال الناطق العسكري العراقي يحيى رسول إن "القوات تقدمت نحو مركز المدينة".',
    quotes: [['القوات تقدمت نحو مركز المدينة', 'partial', 'يحيى رسول']],
  },
  {
    what: 'guard: a source with one nationality adjective and no field keeps it',
    text: 'وقال مسؤول عراقي إن "الوضع في المدينة هادئ".',
    quotes: [['الوضع في المدينة هادئ', 'partial', 'مسؤول عراقي']],
  },
  {
    what: 'guard: a former adviser described, then his name between commas: the name speaks',
    text: 'وقال مستشار أمني عراقي سابق، هشام الهاشمي، إن "التنظيم يتراجع في الأنبار".',
    quotes: [['التنظيم يتراجع في الأنبار', 'partial', 'هشام الهاشمي']],
  },
];

const bodyRows: readonly Row[] = [
  {
    what: 'a senior official in the defence ministry with إن: the ministry stays in his description',
    text: 'وقال مسؤول رفيع في وزارة الدفاع إن "الجيش مستعد لكل الاحتمالات على الحدود".',
    quotes: [['الجيش مستعد لكل الاحتمالات على الحدود', 'partial', 'وزارة الدفاع']],
  },
  {
    what: 'a senior White House official to reporters, with إن',
    text: 'وقال مسؤول كبير في البيت الأبيض للصحفيين إن "الرئيس لم يتخذ قرارا بعد".',
    quotes: [['الرئيس لم يتخذ قرارا بعد', 'partial', 'البيت الأبيض']],
  },
  {
    what: 'a senior Saudi interior ministry security official who asked not to be named',
    text: 'وقال مسؤول أمني كبير في وزارة الداخلية السعودية، طلب عدم ذكر اسمه، إن "الخلية رصدت منذ أشهر".',
    quotes: [['الخلية رصدت منذ أشهر', 'partial', 'وزارة الداخلية السعودية']],
  },
  {
    what: 'a local official in a town, to AFP with إن',
    text: 'وقال مسؤول محلي في بلدة القائم لوكالة فرانس برس إن "المسلحين انسحبوا تحت القصف".',
    quotes: [['المسلحين انسحبوا تحت القصف', 'partial', 'مسؤول محلي في بلدة القائم']],
  },
  {
    what: 'guard: a described official, then his name between commas after the ministry: the name speaks',
    text: 'وقال مسؤول أمني في وزارة الداخلية، اللواء سعد معن، إن "الخطة الأمنية نجحت".',
    quotes: [['الخطة الأمنية نجحت', 'partial', 'سعد معن']],
  },
  {
    what: 'guard: a described official, then في and a press conference: where he spoke, not his body',
    text: 'وقال مسؤول كبير في مؤتمر صحفي إن "العملية انتهت".',
    quotes: [['العملية انتهت', 'partial', 'مسؤول كبير']],
  },
];

const memberRows: readonly Row[] = [
  {
    what: 'a prominent Hamas leader with إن: a described member speaks for the movement',
    text: 'وقال قيادي بارز في حركة حماس إن "الحركة لن تقبل بأي شروط مسبقة".',
    quotes: [['الحركة لن تقبل بأي شروط مسبقة', 'partial', 'حركة حماس']],
  },
  {
    what: 'a senior Fatah official with a colon',
    text: 'وقال مسؤول كبير في حركة فتح لـ"الشرق الأوسط": "المصالحة ما زالت ممكنة".',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['المصالحة ما زالت ممكنة', 'direct', 'حركة فتح'],
    ],
  },
  {
    what: 'a military source in the Taliban movement, with إن',
    text: 'وقال مصدر عسكري في حركة طالبان إن "مقاتلي الحركة سيطروا على المديرية".',
    quotes: [['مقاتلي الحركة سيطروا على المديرية', 'partial', 'حركة طالبان']],
  },
  {
    what: 'guard: a former leader of the movement speaks for himself',
    text: 'وقال قيادي سابق في حركة فتح إن "الحركة فقدت بوصلتها".',
    quotes: [['الحركة فقدت بوصلتها', 'partial', 'قيادي سابق']],
  },
  {
    what: 'guard: a senior official in traffic control, an activity, not a group of members',
    text: 'وقال مسؤول كبير في حركة المرور إن "الزحام سيخف بعد افتتاح الجسر".',
    quotes: [['الزحام سيخف بعد افتتاح الجسر', 'partial', 'مسؤول كبير في حركة المرور']],
  },
  {
    what: 'guard: a prominent member of the ruling party named between commas speaks for himself',
    text: 'وقال قيادي بارز في الحزب الحاكم، محمد الغنوشي، إن "الحزب متماسك".',
    quotes: [['الحزب متماسك', 'partial', 'محمد الغنوشي']],
  },
];

const closeRows: readonly Row[] = [
  {
    what: 'sources close to the government with إن: من and its noun stay in the description',
    text: 'وقالت مصادر مقربة من الحكومة إن "التعديل الوزاري بات وشيكا".',
    quotes: [['التعديل الوزاري بات وشيكا', 'partial', 'مصادر مقربة من الحكومة']],
  },
  {
    what: 'a source close to the presidency with a colon',
    text: 'وقال مصدر مقرب من الرئاسة: "الرئيس سيعود إلى البلاد غدا".',
    quotes: [['الرئيس سيعود إلى البلاد غدا', 'direct', 'مصدر مقرب من الرئاسة']],
  },
  {
    what: 'sources close to the investigation, to a Saudi paper, with إن',
    text: 'وقالت مصادر قريبة من التحقيق لـ"الوطن" إن "المتهم اعترف بالتهم الموجهة إليه".',
    quotes: [
      ['الوطن', 'mention', null],
      ['المتهم اعترف بالتهم الموجهة إليه', 'partial', 'مصادر قريبة من التحقيق'],
    ],
  },
  {
    what: 'a Kurdish security official with إن: كردي ends the description like a nationality',
    text: 'وقال مسؤول أمني كردي إن "البيشمركة استعادت ثلاث قرى".',
    quotes: [['البيشمركة استعادت ثلاث قرى', 'partial', 'مسؤول أمني كردي']],
  },
  {
    what: 'guard: a source close to the government named between commas: the name speaks',
    text: 'وقال مصدر مقرب من الحكومة، الدكتور خالد الشمري، إن "التحقيق انتهى".',
    quotes: [['التحقيق انتهى', 'partial', 'خالد الشمري']],
  },
  {
    what: 'guard: a relative of the victim (قريب in construct) is no unnamed source',
    text: 'وقال قريب الضحية إن "العائلة تطالب بالقصاص".',
    quotes: [['العائلة تطالب بالقصاص', 'partial', 'قريب الضحية']],
  },
];

describe('an unnamed source with adjectives of field and origin', () => runRows(originRows));
describe('an unnamed source close to a body', () => runRows(closeRows));
describe('a described source and the body he serves', () => runRows(bodyRows));
describe('a described member of a group of members', () => runRows(memberRows));
