/**
 * A body's name and where it ends (issue 3), from frequency-driven passages written here:
 * - after a verb of calling, urging, appealing, warning, demanding or accusing (دعا, حث, ناشد, حذر, طالب,
 *   اتهم), those addressed come right after the subject: a group or a body of the lexicon (السائقين,
 *   الأطراف, الحكومة, الكونغرس), or a definite plural in ين, after a word that governs no genitive and
 *   before what they are called to (إلى, على, من, ب, a quote). The subject ends before them;
 * - a body whose head names it with its seat (بعثة, مكتب, النيابة, اللجنة, المركز), of two words or more,
 *   then في and a place of the gazetteer, or ب and a place's head with its name, then the end of the
 *   phrase (a complementiser, a mark, في بيان): the seat is part of the body's name.
 * - right after such a verb, people in a broken plural (السكان, الأهالي, التجار, الحجاج) with at most one
 *   adjective and then what they are called to, while someone holds the floor, are its object: the
 *   speaker goes on.
 * - an unnamed source in a movement, a party or a group (مصدر في حركة حماس, مسؤول في حزب النهضة) is one of
 *   its members, and the group speaks, as the corpus credits an anonymous member to the group; not a
 *   source in a ministry or an administration, named by his description.
 * - what ناشد asks of those appealed to, quoted right after them (ناشد الهلال الأحمر المنظمات «…»), is a
 *   fragment, as after دعا … إلى (cues.ts FRAGMENT_OBJECT).
 * - a body's field after لل that governs عن (للدفاع عن, للبحث عن, للكشف عن) goes on through عن and its
 *   genitive (الرابطة التونسية للدفاع عن حقوق الإنسان), even before the verb's complement after طالبت.
 * - a verb of calling in a clause on a document (أصدرت الحركة بيانا طالبت فيه الحكومة بـ«…»), فيه back to
 *   the document, has the document's issuer as its subject; the noun after فيه is whom it addresses.
 * Each rule row fails without its rule; a guard row keeps the opposite case (a construct genitive in ين,
 * an adjective in ين agreeing with the object, a head alone or with its own adjective of origin before
 * the city it spoke in, a person's title before a city).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const addressedRows: readonly Row[] = [
  {
    what: 'a Saudi directorate with its field after لل, then the drivers it warns (السائقين من «…»)',
    text: 'وحذرت الإدارة العامة للمرور السائقين من «الانشغال بالهاتف أثناء القيادة في الطرق السريعة».',
    quotes: [['الانشغال بالهاتف أثناء القيادة في الطرق السريعة', 'partial', 'الإدارة العامة للمرور']],
  },
  {
    what: 'the UN with its adjective, then the warring parties it calls on (الأطراف المتحاربة إلى «…»)',
    text: 'ودعت الأمم المتحدة الأطراف المتحاربة إلى «احترام الهدنة والسماح بدخول المساعدات».',
    quotes: [['احترام الهدنة والسماح بدخول المساعدات', 'partial', 'الأمم المتحدة']],
  },
  {
    what: 'a rights group by its foreign name, then the government it asks (الحكومة بـ«…»)',
    text: 'وطالبت منظمة هيومن رايتس ووتش الحكومة المصرية بـ«الإفراج عن المحتجزين دون محاكمة».',
    quotes: [['الإفراج عن المحتجزين دون محاكمة', 'partial', 'منظمة هيومن رايتس ووتش']],
  },
  {
    what: 'the White House, then Congress it urges (الكونغرس على «…»)',
    text: 'وحث البيت الأبيض الكونغرس على «إقرار الميزانية قبل نهاية الشهر».',
    quotes: [['إقرار الميزانية قبل نهاية الشهر', 'partial', 'البيت الأبيض']],
  },
  {
    what: 'a Saudi society with its field, then the government bodies it asks (الجهات الحكومية بـ«…»)',
    text: 'وطالبت الجمعية الوطنية لحقوق الإنسان الجهات الحكومية بـ«سرعة البت في شكاوى المواطنين».',
    quotes: [['سرعة البت في شكاوى المواطنين', 'partial', 'الجمعية الوطنية لحقوق الإنسان']],
  },
  {
    what: 'the organisation called back, then the donor countries it warns (الدول المانحة من «…»)',
    text: 'من جهتها، حذرت المنظمة الدول المانحة من «تقليص التمويل في ذروة الأزمة».',
    quotes: [['تقليص التمويل في ذروة الأزمة', 'partial', 'المنظمة']],
  },
  {
    what: 'guard: a construct head before a plural in ين is its genitive (هيئة علماء المسلمين إلى)',
    text: 'ودعت هيئة علماء المسلمين إلى «وقف الاقتتال فورا».',
    quotes: [['وقف الاقتتال فورا', 'partial', 'هيئة علماء المسلمين']],
  },
  {
    what: 'guard: an adjective in ين agreeing with the citizens addressed (المواطنين المقيمين)',
    text: 'ودعت وزارة الخارجية المواطنين المقيمين في الخارج إلى «تحديث بياناتهم لدى السفارات».',
    quotes: [['تحديث بياناتهم لدى السفارات', 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'guard: a union of farmers warns, with no one addressed (اتحاد المزارعين من «…»)',
    text: 'وحذر اتحاد المزارعين من «انهيار أسعار التمور هذا الموسم».',
    quotes: [['انهيار أسعار التمور هذا الموسم', 'partial', 'اتحاد المزارعين']],
  },
  {
    what: 'guard: the citizens in the nominative are the subject who ask the ministry (المواطنون الوزارة بـ)',
    text: 'وطالب المواطنون الوزارة بـ«إعادة النظر في رسوم الخدمات».',
    quotes: [['إعادة النظر في رسوم الخدمات', 'partial', 'المواطنون']],
  },
];

const seatRows: readonly Row[] = [
  {
    what: 'a prosecutor’s office with its city after في, then في بيان إن',
    text: 'وقالت النيابة العامة في بروكسل في بيان إن الموقوف «كان على اتصال بخلية في سوريا».',
    quotes: [['كان على اتصال بخلية في سوريا', 'partial', 'النيابة العامة في بروكسل']],
  },
  {
    what: 'an EU mission with its country after في, then إن',
    text: 'وقالت بعثة الاتحاد الأوروبي في العراق إن المساعدات «ستصل إلى النازحين خلال أيام».',
    quotes: [['ستصل إلى النازحين خلال أيام', 'partial', 'بعثة الاتحاد الأوروبي في العراق']],
  },
  {
    what: 'a national centre with its field and its country after في, then إن',
    text: 'وقال المركز الوطني للأرصاد في الإمارات إن درجات الحرارة «ستتجاوز 48 درجة مئوية».',
    quotes: [['ستتجاوز 48 درجة مئوية', 'partial', 'المركز الوطني للأرصاد في الإمارات']],
  },
  {
    what: 'a Saudi authority with ب and a region’s head and name (بمنطقة القصيم), then أن',
    text: 'وأعلنت هيئة الهلال الأحمر السعودي بمنطقة القصيم أن فرقها «باشرت 40 حادثا خلال يومين».',
    quotes: [['باشرت 40 حادثا خلال يومين', 'partial', 'هيئة الهلال الأحمر السعودي بمنطقة القصيم']],
  },
  {
    what: 'a prosecutor’s office with its city, the cue after the quote',
    text: '«لن نسمح بعودة الفوضى إلى الشوارع»، قالت النيابة العامة في تونس في بيان.',
    quotes: [['لن نسمح بعودة الفوضى إلى الشوارع', 'direct', 'النيابة العامة في تونس']],
  },
  {
    what: 'guard: a person’s title before the city he spoke in',
    text: 'وقال الرئيس الفرنسي في باريس إن بلاده «لن تتراجع أمام الإرهاب».',
    quotes: [['لن تتراجع أمام الإرهاب', 'partial', 'الرئيس الفرنسي']],
  },
  {
    what: 'guard: a body’s head alone before the city, then أمس: where it spoke',
    text: 'وأعلنت اللجنة في الرياض أمس أن المسابقة «ستنطلق الشهر المقبل».',
    quotes: [['ستنطلق الشهر المقبل', 'partial', 'اللجنة']],
  },
  {
    what: 'guard: an embassy with its own adjective of origin before the city it spoke in',
    text: 'وقالت السفارة السعودية في واشنطن إن الطلاب المبتعثين «بخير».',
    quotes: [['بخير', 'partial', 'السفارة السعودية']],
  },
  {
    what: 'guard: an army before the region it fights in (not a seated body)',
    text: 'وقال الجيش المصري في سيناء إن قواته «قتلت عشرة مسلحين».',
    quotes: [['قتلت عشرة مسلحين', 'partial', 'الجيش المصري']],
  },
];

const droppedRows: readonly Row[] = [
  {
    what: 'an army’s statement, then وحذر السكان من «…»: the residents warned, the army goes on',
    text: 'وقال الجيش في بيان إن طائراته «دمرت مخازن أسلحة للمسلحين»، وحذر السكان من «الاقتراب من المواقع العسكرية».',
    quotes: [
      ['دمرت مخازن أسلحة للمسلحين', 'partial', 'الجيش'],
      ['الاقتراب من المواقع العسكرية', 'partial', 'الجيش'],
    ],
  },
  {
    what: 'a mayor with إن, then a new sentence وحث السكان على «…»',
    text: 'وقال رئيس البلدية إن أعمال الصيانة «ستنتهي قبل رمضان». وحث السكان على «التحلي بالصبر حتى اكتمال المشروع».',
    quotes: [
      ['ستنتهي قبل رمضان', 'partial', 'رئيس البلدية'],
      ['التحلي بالصبر حتى اكتمال المشروع', 'partial', 'رئيس البلدية'],
    ],
  },
  {
    what: 'a Saudi municipality with إن, then ، ودعت السكان إلى «…» in the same sentence',
    text: 'وقالت أمانة محافظة جدة إن الفرق الميدانية «أزالت 300 موقع مخالف»، ودعت السكان إلى «الإبلاغ عن المخالفات عبر الرقم 940».',
    quotes: [
      ['أزالت 300 موقع مخالف', 'partial', 'أمانة محافظة جدة'],
      ['الإبلاغ عن المخالفات عبر الرقم 940', 'partial', 'أمانة محافظة جدة'],
    ],
  },
  {
    what: 'a police force with إن, then ، وطالبت السكان بـ«…»',
    text: 'وقالت الشرطة الأفغانية إن المهاجمين «قتلوا جميعا»، وطالبت السكان بـ«الإبلاغ عن أي تحركات مشبوهة».',
    quotes: [
      ['قتلوا جميعا', 'partial', 'الشرطة الأفغانية'],
      ['الإبلاغ عن أي تحركات مشبوهة', 'partial', 'الشرطة الأفغانية'],
    ],
  },
  {
    what: 'guard: residents at the head of the text, with no one before them, are who call (ودعا السكان إلى)',
    text: 'ودعا السكان إلى «رحيل المحافظ فورا».',
    quotes: [['رحيل المحافظ فورا', 'partial', 'السكان']],
  },
  {
    what: 'guard: residents who ask the bodies concerned (السكان الجهات المعنية بـ) after a governor spoke',
    text: 'وقال المحافظ إن المياه «ستعود غدا». وطالب السكان الجهات المعنية بـ«تعويضهم عن الأضرار».',
    quotes: [
      ['ستعود غدا', 'partial', 'المحافظ'],
      ['تعويضهم عن الأضرار', 'partial', 'السكان'],
    ],
  },
];

const sourceRows: readonly Row[] = [
  {
    what: 'a source in a movement named in full, to a paper, with إن: the movement speaks',
    text: 'وقال مصدر في حركة حماس لـ«الشرق الأوسط» إن الحركة «لن توافق على أي هدنة طويلة دون رفع الحصار».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['لن توافق على أي هدنة طويلة دون رفع الحصار', 'partial', 'حركة حماس'],
    ],
  },
  {
    what: 'an official in a party with إن: the party speaks',
    text: 'وقال مسؤول في حزب النهضة إن الحزب «لن يشارك في حكومة لا تحظى بتوافق واسع».',
    quotes: [['لن يشارك في حكومة لا تحظى بتوافق واسع', 'partial', 'حزب النهضة']],
  },
  {
    what: 'sources in a group with أن: the group speaks',
    text: 'وأكدت مصادر في جماعة الحوثي أن وفدها «سيتوجه إلى جنيف الأسبوع المقبل».',
    quotes: [['سيتوجه إلى جنيف الأسبوع المقبل', 'partial', 'جماعة الحوثي']],
  },
  {
    what: 'guard: a source in a ministry is named by his description',
    text: 'وقال مصدر في وزارة الداخلية إن المتهمين «سيحالون إلى القضاء».',
    quotes: [['سيحالون إلى القضاء', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: an official in an administration is named by his description',
    text: 'وقال مسؤول في إدارة أوباما إن واشنطن «لن تغير موقفها».',
    quotes: [['لن تغير موقفها', 'partial', 'إدارة أوباما']],
  },
];

const appealRows: readonly Row[] = [
  {
    what: 'a Saudi directorate with its field appeals to the people for «…»: what is asked is a fragment',
    text: 'وناشدت المديرية العامة للدفاع المدني الأهالي «عدم الاقتراب من الأودية».',
    quotes: [['عدم الاقتراب من الأودية', 'partial', 'المديرية العامة للدفاع المدني']],
  },
  {
    what: 'a police force with أنها, then ، وناشدت الأهالي «…»',
    text: 'وأعلنت الشرطة أنها «أوقفت ثلاثة مشتبه بهم»، وناشدت الأهالي «الإبلاغ عن أي تحركات مريبة».',
    quotes: [
      ['أوقفت ثلاثة مشتبه بهم', 'partial', 'الشرطة'],
      ['الإبلاغ عن أي تحركات مريبة', 'partial', 'الشرطة'],
    ],
  },
  {
    what: 'football’s world body appeals to the fans for «…»',
    text: 'وناشد الاتحاد الدولي لكرة القدم الجماهير «الابتعاد عن الهتافات العنصرية».',
    quotes: [['الابتعاد عن الهتافات العنصرية', 'partial', 'الاتحاد الدولي لكرة القدم']],
  },
  {
    what: 'the commission called back appeals to the donor countries for «…»',
    text: 'وناشدت المفوضية الدول المانحة «الوفاء بتعهداتها قبل حلول الشتاء».',
    quotes: [['الوفاء بتعهداتها قبل حلول الشتاء', 'partial', 'المفوضية']],
  },
  {
    what: 'guard: ناشد … الأهالي and a colon: the appeal itself, direct',
    text: 'وناشد مدير الدفاع المدني الأهالي: «ابتعدوا عن الأودية ولا تغامروا بأرواحكم».',
    quotes: [['ابتعدوا عن الأودية ولا تغامروا بأرواحكم', 'direct', 'مدير الدفاع المدني']],
  },
  {
    what: 'guard: a project’s quoted name after ناشد and its object’s noun is a mention',
    text: 'وناشدت الجمعية المحسنين دعم مشروع «سقيا الماء» في القرى النائية.',
    quotes: [['سقيا الماء', 'mention', null]],
  },
];

const fieldRows: readonly Row[] = [
  {
    what: 'a rights league with its field للدفاع عن حقوق الإنسان, then في بيان إن',
    text: 'وقالت الرابطة التونسية للدفاع عن حقوق الإنسان في بيان إن الاعتقالات «تمثل تراجعا خطيرا عن مكاسب الثورة».',
    quotes: [['تمثل تراجعا خطيرا عن مكاسب الثورة', 'partial', 'الرابطة التونسية للدفاع عن حقوق الإنسان']],
  },
  {
    what: 'the same league’s demand with طالبت … بـ«…»: the field is the body’s, not the verb’s complement',
    text: 'وطالبت الرابطة التونسية للدفاع عن حقوق الإنسان بـ«الإفراج عن الموقوفين دون محاكمة».',
    quotes: [['الإفراج عن الموقوفين دون محاكمة', 'partial', 'الرابطة التونسية للدفاع عن حقوق الإنسان']],
  },
  {
    what: 'a Saudi society with للدفاع عن المستهلك and طالبت … بـ«…»',
    text: 'وطالبت الجمعية السعودية للدفاع عن المستهلك بـ«تشديد الرقابة على أسعار الأدوية».',
    quotes: [['تشديد الرقابة على أسعار الأدوية', 'partial', 'الجمعية السعودية للدفاع عن المستهلك']],
  },
  {
    what: 'guard: the verb’s own complement with ب and عن (طالب الاتحاد بالكشف عن …) is no field',
    text: 'وطالب الاتحاد الأوروبي بالكشف عن مصير المعتقلين «فورا».',
    quotes: [['فورا', 'partial', 'الاتحاد الأوروبي']],
  },
];

const documentRows: readonly Row[] = [
  {
    what: 'a movement’s statement with بيانا طالبت فيه الحكومة بـ«…»: the movement demands',
    text: 'وأصدرت الحركة بيانا طالبت فيه الحكومة بـ«الإفراج عن المعتقلين فورا».',
    quotes: [['الإفراج عن المعتقلين فورا', 'partial', 'الحركة']],
  },
  {
    what: 'a Saudi ministry’s statement with بيانا دعت فيه المواطنين إلى «…»',
    text: 'وأصدرت وزارة الداخلية بيانا دعت فيه المواطنين إلى «التعاون مع رجال الأمن».',
    quotes: [['التعاون مع رجال الأمن', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'a party’s statement with بيانا دعا فيه أنصاره إلى «…»',
    text: 'وأصدر حزب النور بيانا دعا فيه أنصاره إلى «المشاركة بكثافة في الانتخابات».',
    quotes: [['المشاركة بكثافة في الانتخابات', 'partial', 'حزب النور']],
  },
  {
    what: 'a league’s statement calling on the president by name (دعت فيه الرئيس فلان إلى «…»)',
    text: 'وأصدرت الرابطة بيانا دعت فيه الرئيس عبدالعزيز بوتفليقة إلى «التدخل شخصيا».',
    quotes: [['التدخل شخصيا', 'partial', 'الرابطة']],
  },
  {
    what: 'guard: فيه back to a time (في وقت طالبت فيه الحكومة): the noun after it is the subject',
    text: 'في وقت طالبت فيه الحكومة بـ«تحقيق دولي مستقل».',
    quotes: [['تحقيق دولي مستقل', 'partial', 'الحكومة']],
  },
];

describe('body rules 5: those a call addresses after its subject', () => {
  runRows(addressedRows);
});

describe('body rules 5: a body’s seat after في or ب', () => {
  runRows(seatRows);
});

describe('body rules 5: people addressed right after a verb of calling, the subject dropped', () => {
  runRows(droppedRows);
});

describe('body rules 5: an unnamed source in a group of members speaks for the group', () => {
  runRows(sourceRows);
});

describe('body rules 5: what ناشد asks for is a fragment', () => {
  runRows(appealRows);
});

describe('body rules 5: a field that governs عن', () => {
  runRows(fieldRows);
});

describe('body rules 5: a call in a clause on a document is its issuer’s', () => {
  runRows(documentRows);
});
