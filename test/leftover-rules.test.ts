/**
 * Misreadings of ordinary copy that reviews met and left (issue 3), each read by the evidence a reader
 * uses on any article:
 * - Bodies or people in the plural after ل, after a body's complete name (الحكومة المصرية لجمعيات
 *   المستثمرين, وزارة الصحة للمواطنين, البنك المركزي للمصارف التجارية), are whom the body spoke to, not
 *   its field; a head that gathers bodies (الاتحاد الدولي لجمعيات …) keeps them as its name's, unless its
 *   name already has its field after ل (الهيئة العامة للطيران المدني لشركات الطيران).
 * - An outlet after ل after a person's title, then a person's name (وقال المحامي لوكالة الأنباء
 *   الفرنسية فلان): the outlet is whom the holder spoke to, the name is his; not after the head of an
 *   office held in the outlet (المدير العام لقناة …).
 * - A definite noun after a body's name, right before the verb's complement in ب (بأنه, بـ«…»), is the
 *   verb's object (ووصف الاتحاد الأوروبي الاتفاق بأنه); a body's head so placed is, after any subject
 *   (واتهمت نقابة المعلمين الوزارة بـ); not a family name after a title or honorific.
 * - ب and a noun, then one plain word and a definite genitive (بقرار مجلس الأمن) after a family name
 *   is the verb's complement, no word of the name.
 * - A definite sound plural in ين right after a verb, before من, إلى, على, ب or a quote, is in the
 *   accusative, those the verb addresses (وحذر المواطنين من): the subject was dropped and the speaker
 *   is the one on the floor; the nominative (المواطنون) is the subject. Broken plurals (السكان,
 *   الأهالي) show no case and are left as they were.
 * - A surname the article used alone for a speaker (قال ترامب), then written later with a given name
 *   and no title before it (وحضرت الحفل إيفانكا ترامب), names a relative or another bearer, not the
 *   speaker's fuller name; with a title before it (الرئيس التركي رجب طيب أردوغان) it is his.
 * - A title's word shaped as an adjective of origin after an indefinite noun that is no title (مؤتمر
 *   صحفي, لقاء صحفي) is that noun's adjective: the quote after it is no name it wants.
 * - After a complementiser (يذكر أن), a definite noun and its adjective of origin or membership right
 *   before a cue in the past (الأمم المتحدة حذرت) is أن's noun, the verb's subject, whether or not the
 *   lexicon knows the body's head; not an adjective of time before a present verb (الوضع الحالي يؤكد).
 * - A quote that is only a verbal noun of the second form in the accusative (تحذيرا, تنبيها), with at
 *   most its adjective, after a cue that takes an object, is the act the verb performed, its object set
 *   off by the marks: a fragment (partial), whatever punctuation follows, not an utterance (direct).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case the rule must not touch.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const hearerRows: readonly Row[] = [
  {
    what: 'a government, then ل and bodies in construct before إن (لجمعيات المستثمرين): the hearers',
    text: 'وقالت الحكومة الأردنية لجمعيات رجال الأعمال إن الحوافز الضريبية «ستشمل المصانع الجديدة في المحافظات».',
    quotes: [['ستشمل المصانع الجديدة في المحافظات', 'partial', 'الحكومة الأردنية']],
  },
  {
    what: 'a ministry with its genitive, then ل and owners in construct (لأصحاب المحلات)',
    text: 'وقالت وزارة الشؤون البلدية لأصحاب المطاعم إن المهلة «تنتهي نهاية الشهر المقبل ولن تمدد».',
    quotes: [['تنتهي نهاية الشهر المقبل ولن تمدد', 'partial', 'وزارة الشؤون البلدية']],
  },
  {
    what: 'a ministry, then لل and people in the plural with the article (للمواطنين) before أن',
    text: 'وأكدت وزارة العمل للمواطنين أن التسجيل في البرنامج «متاح إلكترونيا دون مراجعة المكاتب».',
    quotes: [['متاح إلكترونيا دون مراجعة المكاتب', 'partial', 'وزارة العمل']],
  },
  {
    what: 'a central bank, then لل and banks with their adjective (للمصارف التجارية)',
    text: 'وقال البنك المركزي اليمني للمصارف التجارية إن السيولة «ستضخ على دفعات ابتداء من الأحد».',
    quotes: [['ستضخ على دفعات ابتداء من الأحد', 'partial', 'البنك المركزي اليمني']],
  },
  {
    what: 'an authority with its field after لل, then a second ل and companies (لشركات الطيران)',
    text: 'وقالت الهيئة العامة للطيران المدني لشركات الطيران الأجنبية إن الرسوم «لن ترتفع هذا العام».',
    quotes: [['لن ترتفع هذا العام', 'partial', 'الهيئة العامة للطيران المدني']],
  },
  {
    what: 'a ministry, then ل and producers in construct (لمنتجي الألبان)',
    text: 'وقالت وزارة الزراعة الفرنسية لمنتجي الألبان إن الدعم «سيصرف قبل نهاية الربع الأول».',
    quotes: [['سيصرف قبل نهاية الربع الأول', 'partial', 'وزارة الزراعة الفرنسية']],
  },
  {
    what: 'guard: a federation whose name gathers bodies after ل (الاتحاد العربي لغرف التجارة) speaks by its name',
    text: 'وقال الاتحاد العربي لغرف التجارة إن الصادرات البينية «ارتفعت بنسبة ملحوظة».',
    quotes: [['ارتفعت بنسبة ملحوظة', 'partial', 'الاتحاد العربي لغرف التجارة']],
  },
  {
    what: 'guard: a body named for the people it serves (الجمعية الوطنية للمتقاعدين) keeps them in its name',
    text: 'وقالت الجمعية الوطنية للمتقاعدين إن الزيادة «لا تكفي لمواجهة ارتفاع الأسعار».',
    quotes: [['لا تكفي لمواجهة ارتفاع الأسعار', 'partial', 'الجمعية الوطنية للمتقاعدين']],
  },
  {
    what: 'guard: a council with its field after ل, no second ل (المجلس الوطني لحقوق الإنسان)',
    text: 'وقال المجلس الوطني لحقوق الإنسان إن التقرير «يرصد تحسنا في أوضاع السجون».',
    quotes: [['يرصد تحسنا في أوضاع السجون', 'partial', 'المجلس الوطني لحقوق الإنسان']],
  },
];

const outletRows: readonly Row[] = [
  {
    what: 'a lawyer, then لوكالة الأنباء and its adjective, then his name before إن',
    text: 'وقال المحامي لوكالة الأنباء الألمانية عادل الشمري إن موكلته «لم توقع على أي اعتراف».',
    quotes: [['لم توقع على أي اعتراف', 'partial', 'عادل الشمري']],
  },
  {
    what: 'a spokesman, then لقناة and a definite name, then his name (a given name that is a common word) before a colon',
    text: 'وقال المتحدث لقناة الحدث سامي الخطيب: «لن نسمح بتكرار ما حدث في الميناء».',
    quotes: [['لن نسمح بتكرار ما حدث في الميناء', 'direct', 'سامي الخطيب']],
  },
  {
    what: 'an ambassador, then لصحيفة and its quoted name, then his name (Saudi-paper style)',
    text: 'وقال السفير لصحيفة «المدينة» ماجد العنزي إن التأشيرات «ستصدر خلال ثلاثة أيام».',
    quotes: [
      ['المدينة', 'mention', null],
      ['ستصدر خلال ثلاثة أيام', 'partial', 'ماجد العنزي'],
    ],
  },
  {
    what: 'guard: the head of an office in the outlet (المدير العام لقناة …) keeps it as his title’s genitive',
    text: 'وقال المدير العام لقناة الشرق فيصل المطيري إن البث «سيتوقف لساعتين فقط».',
    quotes: [['سيتوقف لساعتين فقط', 'partial', 'فيصل المطيري']],
  },
  {
    what: 'guard: a spokesman, then لقناة and its name, and no name after it: the title speaks',
    text: 'وقال المتحدث لقناة الحدث إن التحقيق «ما زال في بدايته».',
    quotes: [['ما زال في بدايته', 'partial', 'المتحدث']],
  },
];

const objectRows: readonly Row[] = [
  {
    what: 'a commission and its adjective, then the object (الخطة) before بأنها: the commission speaks',
    text: 'ووصفت المفوضية الأوروبية الخطة بأنها «غير قابلة للتطبيق في الوقت الحالي».',
    quotes: [['غير قابلة للتطبيق في الوقت الحالي', 'partial', 'المفوضية الأوروبية']],
  },
  {
    what: 'a body with its definite genitive, then a body accused (الشرطة) before بـ«…»',
    text: 'واتهمت هيئة حقوق الإنسان الشرطة بـ«استخدام القوة المفرطة ضد المحتجين».',
    quotes: [['استخدام القوة المفرطة ضد المحتجين', 'partial', 'هيئة حقوق الإنسان']],
  },
  {
    what: 'a world body with its adjective, then the object (الوضع) before بأنه',
    text: 'ووصفت منظمة الصحة العالمية الوضع بأنه «كارثي بكل المقاييس».',
    quotes: [['كارثي بكل المقاييس', 'partial', 'منظمة الصحة العالمية']],
  },
  {
    what: 'an engineers’ union (a sound plural genitive), then the ministry accused before بـ«…»',
    text: 'واتهمت نقابة المهندسين الوزارة بـ«التأخر في صرف المستحقات».',
    quotes: [['التأخر في صرف المستحقات', 'partial', 'نقابة المهندسين']],
  },
  {
    what: 'guard: an honorific and a family name before بأنه stay one person (الدكتور الغامدي)',
    text: 'ووصف الدكتور الغامدي بأنه «من أبرز الباحثين في مجاله».',
    quotes: [['من أبرز الباحثين في مجاله', 'partial', 'الدكتور الغامدي']],
  },
  {
    what: 'guard: a title and a family name before بـ«…» (وطالب الشيخ العتيبي بـ)',
    text: 'وطالب الشيخ العتيبي بـ«فتح تحقيق عاجل في الحادثة».',
    quotes: [['فتح تحقيق عاجل في الحادثة', 'partial', 'الشيخ العتيبي']],
  },
];

const chainRows: readonly Row[] = [
  {
    what: 'a family name, then ب and a noun in a construct chain (بقرار مجلس الأمن), then ، وقال إنه',
    text: 'ورحب الشمري بقرار مجلس الأمن الدولي، وقال إنه «انتصار للشعب اليمني».',
    quotes: [['انتصار للشعب اليمني', 'partial', 'الشمري']],
  },
  {
    what: 'a family name, then بجهود and a chain (رجال الدفاع المدني), then وقال: (Saudi-paper style)',
    text: 'ونوه القحطاني بجهود رجال الدفاع المدني، وقال: «لولاهم لوقعت كارثة».',
    quotes: [['لولاهم لوقعت كارثة', 'direct', 'القحطاني']],
  },
  {
    what: 'a family name, then بقصف and a chain (قوات النظام), then وقال إن',
    text: 'وندد الحسيني بقصف قوات النظام للمستشفى، وقال إن ما حدث «جريمة حرب».',
    quotes: [['جريمة حرب', 'partial', 'الحسيني']],
  },
  {
    what: 'guard: بن and a chain of names after the given name (خالد بن سعيد الحربي)',
    text: 'وقال خالد بن سعيد الحربي: «سنواصل العمل حتى آخر يوم».',
    quotes: [['سنواصل العمل حتى آخر يوم', 'direct', 'خالد بن سعيد الحربي']],
  },
];

const addresseeRows: readonly Row[] = [
  {
    what: 'a director named, then وحذر and a sound plural in ين (المتنزهين) before من: he speaks',
    text: [
      'وأوضح مدير الدفاع المدني بمنطقة عسير العميد سعد بن محمد الغامدي أن الفرق انتشرت في المتنزهات.',
      'وحذر المتنزهين من «الاقتراب من مجاري الأودية أثناء هطول الأمطار».',
    ].join(' '),
    quotes: [['الاقتراب من مجاري الأودية أثناء هطول الأمطار', 'partial', 'سعد بن محمد الغامدي']],
  },
  {
    what: 'a minister named, then ودعت and investors in the accusative (المستثمرين) before إلى',
    text: [
      'قالت وزيرة الاقتصاد الفرنسية ماري دوبوا إن الحكومة ستخفض الضرائب على الشركات الناشئة.',
      'ودعت المستثمرين إلى «العودة إلى السوق الفرنسية دون تردد».',
    ].join('\n\n'),
    quotes: [['العودة إلى السوق الفرنسية دون تردد', 'partial', 'ماري دوبوا']],
  },
  {
    what: 'a mayor named, then وطالب and contractors in the accusative (المقاولين) before بـ«…»',
    text: [
      'أكد رئيس بلدية محافظة الخرج المهندس فهد بن ناصر العتيبي أن مشروع الطريق الدائري سينتهي قريبا.',
      'وطالب المقاولين بـ«الالتزام بالجدول الزمني المعتمد».',
    ].join(' '),
    quotes: [['الالتزام بالجدول الزمني المعتمد', 'partial', 'فهد بن ناصر العتيبي']],
  },
  {
    what: 'guard: the nominative plural (المواطنون) after the verb is its subject',
    text: [
      'قال وزير التجارة أحمد الراشد إن الأسعار مستقرة.',
      'وحذر المواطنون في استطلاع للرأي من أن «الغلاء يهدد ميزانية الأسر».',
    ].join(' '),
    quotes: [['الغلاء يهدد ميزانية الأسر', 'partial', 'المواطنون']],
  },
];

const surnameRows: readonly Row[] = [
  {
    what: 'a surname alone speaks, then a woman named later by her given name and that surname (no title)',
    text: 'قال ترامب في تغريدة إن «الاقتصاد الأمريكي في أفضل حالاته». وحضرت حفل الافتتاح إيفانكا ترامب وزوجها جاريد كوشنر.',
    quotes: [['الاقتصاد الأمريكي في أفضل حالاته', 'partial', 'ترامب']],
  },
  {
    what: 'a surname alone speaks, then another bearer of it as the subject of انتقد (international style)',
    text: 'قال الحريري في كلمة متلفزة إن «الحكومة ستنجز الموازنة قبل نهاية الشهر». وفي المقابل، انتقد بهاء الحريري أداء الحكومة في بيان منفصل.',
    quotes: [['الحكومة ستنجز الموازنة قبل نهاية الشهر', 'partial', 'الحريري']],
  },
  {
    what: 'a family name alone speaks, then a relative among the guests (Saudi-paper style)',
    text: 'أكد الفيصل خلال افتتاح المعرض أن «المنطقة تشهد نهضة غير مسبوقة». وشارك في الافتتاح بندر الفيصل وعدد من رجال الأعمال.',
    quotes: [['المنطقة تشهد نهضة غير مسبوقة', 'partial', 'الفيصل']],
  },
  {
    what: 'guard: the surname alone, then the same man with his title and full name: that is his fuller name',
    text: 'قال أردوغان في خطاب متلفز إن بلاده «لن تقبل بأي تهديد». وكان الرئيس التركي رجب طيب أردوغان قد التقى نظيره الروسي الأسبوع الماضي.',
    quotes: [['لن تقبل بأي تهديد', 'partial', 'رجب طيب أردوغان']],
  },
];

const occasionRows: readonly Row[] = [
  {
    what: 'a minister, then في مؤتمر صحفي and the quote with no colon: what he said, not a journalist’s name',
    text: 'وقال وزير الإعلام خالد السعد في مؤتمر صحفي «لن نتراجع عن التنظيم».',
    quotes: [['لن نتراجع عن التنظيم', 'direct', 'خالد السعد']],
  },
  {
    what: 'a governor, then في لقاء صحفي and the quote (Saudi-paper style)',
    text: 'وأكد محافظ الطائف سعود الثبيتي في لقاء صحفي «لا تهاون مع المخالفين».',
    quotes: [['لا تهاون مع المخالفين', 'direct', 'سعود الثبيتي']],
  },
  {
    what: 'a spokesman by his title, then في مؤتمر صحفي and the quote (international style)',
    text: 'وقال المتحدث باسم الخارجية الفرنسية في مؤتمر صحفي «فرنسا لن تتخلى عن حلفائها».',
    quotes: [['فرنسا لن تتخلى عن حلفائها', 'direct', 'الخارجية الفرنسية']],
  },
  {
    what: 'guard: a title and its adjective before a quoted nickname (ممثل كوميدي «…») still name him',
    text: 'وظهر في الحلقة ممثل كوميدي «أبو شنب» الذي اشتهر بأدواره الساخرة.',
    quotes: [['أبو شنب', 'mention', null]],
  },
];

const afterThatRows: readonly Row[] = [
  {
    what: 'a minister speaks, then يذكر أن and a body the lexicon does not know as a head (الأمم المتحدة) before حذرت',
    text: 'قال وزير الصحة اليمني قاسم الحداد إن الوضع صعب. يذكر أن الأمم المتحدة حذرت الشهر الماضي من «مجاعة وشيكة في البلاد».',
    quotes: [['مجاعة وشيكة في البلاد', 'partial', 'الأمم المتحدة']],
  },
  {
    what: 'a minister speaks, then يذكر أن and an airline by its adjective (الخطوط السعودية) before أعلنت (Saudi-paper style)',
    text: 'قال وزير النقل سعد الحربي إن مشروع القطار متأخر. يذكر أن الخطوط السعودية أعلنت في بيان سابق أن الرحلات «ستستأنف قريبا».',
    quotes: [['ستستأنف قريبا', 'partial', 'الخطوط السعودية']],
  },
  {
    what: 'a director speaks, then يذكر أن and the United Nations before قالت في تقرير سابق إن',
    text: 'وأعلن مدير الزراعة سعد الحربي أن الإنتاج تراجع. يذكر أن الأمم المتحدة قالت في تقرير سابق إن البلاد «تواجه أسوأ أزمة غذاء».',
    quotes: [['تواجه أسوأ أزمة غذاء', 'partial', 'الأمم المتحدة']],
  },
  {
    what: 'guard: after أن, a noun and its adjective of time (الوضع الحالي) before a present verb is no speaker',
    text: 'قال وزير الصحة علي الحسن إن الوضع مستقر. ويرى أن الوضع الحالي يؤكد «نجاح الخطة».',
    quotes: [['نجاح الخطة', 'direct', 'علي الحسن']],
  },
];

const actRows: readonly Row[] = [
  {
    what: 'a society publishes «تحذيرا»، then دعت فيه: the warning it issued, a fragment, not an utterance (Saudi-paper style)',
    text: 'ونشرت جمعية حماية المستهلك «تحذيرا»، دعت فيه المواطنين إلى التأكد من تاريخ الصلاحية.',
    quotes: [['تحذيرا', 'partial', 'جمعية حماية المستهلك']],
  },
  {
    what: 'a ministry publishes «توضيحا»، then أكدت فيه',
    text: 'ونشرت وزارة الصحة «توضيحا»، أكدت فيه سلامة اللقاح المستخدم في حملة التطعيم.',
    quotes: [['توضيحا', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'police publish «تحذيرا عاجلا» (the verbal noun and its adjective), then a comma (international style)',
    text: 'ونشرت الشرطة البريطانية «تحذيرا عاجلا»، نصحت فيه المسافرين بالوصول مبكرا إلى مطار هيثرو.',
    quotes: [['تحذيرا عاجلا', 'partial', 'الشرطة البريطانية']],
  },
  {
    what: 'guard: a word in the accusative that opens what was said (شكرا) stands as an utterance',
    text: 'وقال الوزير في ختام الحفل «شكرا لكل من ساهم في نجاح الموسم».',
    quotes: [['شكرا لكل من ساهم في نجاح الموسم', 'direct', 'الوزير']],
  },
];

describe('bodies and people after ل are whom a body spoke to', () => runRows(hearerRows));
describe('a quoted verbal noun in the accusative is the act the verb performed, a fragment', () =>
  runRows(actRows));
describe('after أن, a definite noun and its adjective before a verb in the past is its subject', () =>
  runRows(afterThatRows));
describe('an occasion’s adjective (مؤتمر صحفي) before a quote wants no name', () => runRows(occasionRows));
describe('a later bearer of a surname used alone, without a title, is someone else', () =>
  runRows(surnameRows));
describe('a sound plural in ين right after the verb is its object, the subject dropped', () =>
  runRows(addresseeRows));
describe('a verb’s object before its ب complement ends the subject', () => runRows(objectRows));
describe('ب and a construct chain after a family name is the verb’s complement', () => runRows(chainRows));
describe('an outlet after ل, then the title holder’s name', () => runRows(outletRows));
