/**
 * Forms of news copy that helpers found misread on sentences of their own (issue 3): a source's wish
 * not to be named, a body's field before a time word or an object, and more. Each rule row is a
 * passage written here in news style and fails without its rule; a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const formRuleRows: readonly Row[] = [
  {
    what: 'an unnamed official, then his wish not to be named with no commas (مسؤول طلب عدم الكشف عن اسمه إن)',
    text: 'وقال مسؤول طلب عدم الكشف عن اسمه إن «المفاوضات وصلت إلى طريق مسدود».',
    quotes: [['المفاوضات وصلت إلى طريق مسدود', 'partial', 'مسؤول']],
  },
  {
    what: 'a source who preferred not to be named (مصدر فضل عدم ذكر اسمه), Saudi style',
    text: 'وأوضح مصدر فضل عدم ذكر اسمه لـ«عكاظ» أن «اللجنة سترفع توصياتها الأسبوع المقبل».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['اللجنة سترفع توصياتها الأسبوع المقبل', 'partial', 'مصدر'],
    ],
  },
  {
    what: 'a security official who refused to be identified, with no عدم (رفض الكشف عن هويته)',
    text: 'وأضاف مسؤول أمني رفض الكشف عن هويته أن «المهاجمين فروا باتجاه الحدود».',
    quotes: [['المهاجمين فروا باتجاه الحدود', 'partial', 'مسؤول أمني']],
  },
  {
    what: 'an employee in a company, then his wish not to be named, before أن',
    text: 'وأكد موظف في الشركة فضل عدم الكشف عن هويته أن «الرواتب تأخرت ثلاثة أشهر».',
    quotes: [['الرواتب تأخرت ثلاثة أشهر', 'partial', 'موظف في الشركة']],
  },
  {
    what: 'guard: a participle of the wish between commas (، طالبا عدم نشر اسمه،) still ends the description',
    text: 'وقال دبلوماسي غربي، طالبا عدم نشر اسمه، إن «الاتفاق بات وشيكا».',
    quotes: [['الاتفاق بات وشيكا', 'partial', 'دبلوماسي غربي']],
  },
  {
    what: 'guard: طلب as the verb of a named minister with its complement stays his',
    text: 'وطلب وزير التجارة ماجد القصبي من الشركات «الالتزام بالمواعيد المعلنة».',
    quotes: [['الالتزام بالمواعيد المعلنة', 'partial', 'ماجد القصبي']],
  },
  {
    what: 'a body with its field after ل, a day between commas, then أن (الاتحاد الدولي لكرة القدم، الأحد، أن)',
    text: 'وأعلن الاتحاد الدولي لكرة القدم، الأحد، أن «البطولة ستقام في موعدها رغم الظروف».',
    quotes: [['البطولة ستقام في موعدها رغم الظروف', 'partial', 'الاتحاد الدولي لكرة القدم']],
  },
  {
    what: 'a Saudi body with its field, two time words between commas (الهيئة الوطنية لمكافحة الفساد، اليوم الأحد، أن)',
    text: 'وكشفت الهيئة الوطنية لمكافحة الفساد، اليوم الأحد، أن «التحقيقات شملت ثلاثة مسؤولين في البلدية».',
    quotes: [['التحقيقات شملت ثلاثة مسؤولين في البلدية', 'partial', 'الهيئة الوطنية لمكافحة الفساد']],
  },
  {
    what: 'a body with its field, أمس between commas, then أنها',
    text: 'وأعلنت الجمعية الوطنية لحقوق الإنسان، أمس، أنها «رصدت مخالفات في عدد من دور الإيواء».',
    quotes: [['رصدت مخالفات في عدد من دور الإيواء', 'partial', 'الجمعية الوطنية لحقوق الإنسان']],
  },
  {
    what: 'guard: a body, its object and a day between commas, then وقال: the object stays out of the name',
    text: 'ورفض الاتحاد الأوروبي الطلب، الأحد، وقال في بيان: «لا تفاوض على المبادئ».',
    quotes: [['لا تفاوض على المبادئ', 'direct', 'الاتحاد الأوروبي']],
  },
  {
    what: 'a body with a field of ل and a definite genitive, its object, then وقالت (الجمعية الوطنية لحقوق الإنسان الحادث)',
    text: 'وأدانت الجمعية الوطنية لحقوق الإنسان الحادث، وقالت في بيان: «ما جرى انتهاك صريح لكرامة العمال».',
    quotes: [['ما جرى انتهاك صريح لكرامة العمال', 'direct', 'الجمعية الوطنية لحقوق الإنسان']],
  },
  {
    what: 'a Saudi body with its field before a definite object (الهيئة الوطنية لمكافحة الفساد المسؤولين)',
    text: 'وحذرت الهيئة الوطنية لمكافحة الفساد المسؤولين من التهاون، وقالت: «لا أحد فوق القانون».',
    quotes: [['لا أحد فوق القانون', 'direct', 'الهيئة الوطنية لمكافحة الفساد']],
  },
  {
    what: "guard: a body with a nisba, then ل and a noun with an adjective, is the verb's complement (دعا الاتحاد الأوروبي لوقف القتال الفوري)",
    text: 'ودعا الاتحاد الأوروبي لوقف القتال الفوري، وقال في بيان: «المدنيون يدفعون الثمن».',
    quotes: [['المدنيون يدفعون الثمن', 'direct', 'الاتحاد الأوروبي']],
  },
  {
    what: 'a site by its domain after ل (لسبق.نت), the dropped subject of a man who spoke before',
    text: [
      'وقال عضو المجلس البلدي في جدة فهد الحربي: «مشروع تصريف السيول متأخر عن موعده».',
      'وقال لسبق.نت: «سنحاسب كل من تسبب في التأخير».',
    ].join('\n\n'),
    quotes: [
      ['مشروع تصريف السيول متأخر عن موعده', 'direct', 'فهد الحربي'],
      ['سنحاسب كل من تسبب في التأخير', 'direct', 'فهد الحربي'],
    ],
  },
  {
    what: 'a site by its domain between the verb and its subject (وقالت لعكاظ.كوم مصادر مطلعة إن)',
    text: 'وقالت لعكاظ.كوم مصادر مطلعة إن «القرار سيصدر قبل نهاية الشهر».',
    quotes: [['القرار سيصدر قبل نهاية الشهر', 'partial', 'مصادر مطلعة']],
  },
  {
    what: 'a site by its domain after a title (مدير التعليم لالمدينة.نت:)',
    text: 'وقال مدير التعليم لالمدينة.نت: «الدراسة ستبدأ في موعدها».',
    quotes: [['الدراسة ستبدأ في موعدها', 'direct', 'مدير التعليم']],
  },
  {
    what: 'guard: a woman whose name opens with ل after her verb (وقالت لمياء العتيبي) is the speaker',
    text: 'وقالت لمياء العتيبي، وهي معلمة في الرياض: «الطالبات عدن بحماس».',
    quotes: [['الطالبات عدن بحماس', 'direct', 'لمياء العتيبي']],
  },
];

describe('form rules: forms found on sentences written here', () => {
  runRows(formRuleRows);
});

/** More forms found on sentences written here (issue 3): each rule's rows, then its guards. */
const formRuleRows2: readonly Row[] = [
  {
    what: 'a spokesman who declined to disclose a name, then وقال (رفض المتحدث الكشف عن اسم المتهم)',
    text: 'ورفض المتحدث الكشف عن اسم المتهم، وقال: «التحقيقات ما زالت جارية».',
    quotes: [['التحقيقات ما زالت جارية', 'direct', 'المتحدث']],
  },
  {
    what: 'a ministry that declined to comment, then وقالت (رفضت الوزارة التعليق)',
    text: 'ورفضت الوزارة التعليق على الحكم، وقالت في بيان: «القضية أمام القضاء».',
    quotes: [['القضية أمام القضاء', 'direct', 'الوزارة']],
  },
  {
    what: 'a spokesman of a body who declined to disclose numbers (المتحدث باسم الشرطة الإفصاح)',
    text: 'ورفض المتحدث باسم شرطة الرياض الإفصاح عن عدد الموقوفين، وقال: «سنعلن التفاصيل في حينها».',
    quotes: [['سنعلن التفاصيل في حينها', 'direct', 'شرطة الرياض']],
  },
  {
    what: "guard: الكشف inside a unit's name after an indefinite head stays in the title (وحدة الكشف المبكر)",
    text: 'وقالت رئيسة وحدة الكشف المبكر عن سرطان الثدي هند العمري: «الفحص مجاني لكل النساء».',
    quotes: [['الفحص مجاني لكل النساء', 'direct', 'هند العمري']],
  },
  {
    what: 'one of the residents, then an outlet told (أحد السكان لـ«عكاظ» إن), Saudi style',
    text: 'وقال أحد السكان لـ«عكاظ» إن «المياه انقطعت عن الحي منذ ثلاثة أيام».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['المياه انقطعت عن الحي منذ ثلاثة أيام', 'partial', 'أحد السكان'],
    ],
  },
  {
    what: 'one of the protesters, then a wire told (أحد المحتجين لرويترز:)',
    text: 'وقال أحد المحتجين لرويترز: «لن نغادر الساحة قبل تلبية مطالبنا».',
    quotes: [['لن نغادر الساحة قبل تلبية مطالبنا', 'direct', 'أحد المحتجين']],
  },
  {
    what: 'one of the citizens before أن (وأكد أحد المواطنين أن)',
    text: 'وأكد أحد المواطنين أن «الأسعار ارتفعت بشكل غير مسبوق».',
    quotes: [['الأسعار ارتفعت بشكل غير مسبوق', 'partial', 'أحد المواطنين']],
  },
  {
    what: 'guard: a named doctor, then the residents he advised, is the speaker (نصح الطبيب فلان السكان)',
    text: 'ونصح الطبيب خالد النمر السكان بعدم الخروج، وقال: «الغبار يضر بمرضى الربو».',
    quotes: [['الغبار يضر بمرضى الربو', 'direct', 'خالد النمر']],
  },
  {
    what: 'a body whose field reads as those spoken to, a bare time word, then أن (الاتحاد الدولي للصحفيين أمس أن)',
    text: 'ونفى الاتحاد الدولي للصحفيين أمس أن «يكون قد تلقى أي طلب من الحكومة».',
    quotes: [['يكون قد تلقى أي طلب من الحكومة', 'partial', 'الاتحاد الدولي للصحفيين']],
  },
  {
    what: 'a centre with its field in the plural of journalists, أمس, then إن (المركز الدولي للصحفيين أمس إن)',
    text: 'وقال المركز الدولي للصحفيين أمس إن «التدريب سيشمل مئة مراسل من المنطقة».',
    quotes: [['التدريب سيشمل مئة مراسل من المنطقة', 'partial', 'المركز الدولي للصحفيين']],
  },
  {
    what: 'a national syndicate of journalists, two time words, then أن (wire style)',
    text: 'وأعلنت النقابة الوطنية للصحفيين اليوم الخميس أن «ثلاثة مراسلين اعتقلوا».',
    quotes: [['ثلاثة مراسلين اعتقلوا', 'partial', 'النقابة الوطنية للصحفيين']],
  },
  {
    what: 'guard: a government speaking to journalists (الحكومة للصحفيين أمس إن) is the government alone',
    text: 'وقالت الحكومة للصحفيين أمس إن «الاتفاق بات قريبا».',
    quotes: [['الاتفاق بات قريبا', 'partial', 'الحكومة']],
  },
  {
    what: 'a ministry speaking to journalists (قالت الوزارة للصحفيين إن) is the ministry, no body «الوزارة للصحفيين»',
    text: 'وقالت الوزارة للصحفيين إن «الخدمة ستعود خلال ساعات».',
    quotes: [['الخدمة ستعود خلال ساعات', 'partial', 'الوزارة']],
  },
  {
    what: 'a body that issued a report, قالت فيه, after a man quoted earlier in the paragraph',
    text: 'قال الأمين العام أنطونيو غوتيريش: «الوضع مأساوي». وأصدرت منظمة الصحة العالمية تقريرا، قالت فيه إن «الأوبئة تنتشر بسرعة».',
    quotes: [
      ['الوضع مأساوي', 'direct', 'أنطونيو غوتيريش'],
      ['الأوبئة تنتشر بسرعة', 'partial', 'منظمة الصحة العالمية'],
    ],
  },
  {
    what: 'لكن and a body before its verb, then وقالت, after a man quoted earlier in the paragraph',
    text: 'وقال المفوض الأممي فولكر تورك: «الانتهاكات موثقة». لكن الحكومة رفضت التقرير، وقالت: «الأرقام مبالغ فيها».',
    quotes: [
      ['الانتهاكات موثقة', 'direct', 'فولكر تورك'],
      ['الأرقام مبالغ فيها', 'direct', 'الحكومة'],
    ],
  },
  {
    what: 'لكن and a ministry before its verb, then وقالت, after a woman quoted earlier (same gender)',
    text: 'وقالت الناشطة سلمى العبيدي: «الأسر تنتظر منذ أشهر». لكن الوزارة نفت وجود تأخير، وقالت: «الصرف تم في موعده».',
    quotes: [
      ['الأسر تنتظر منذ أشهر', 'direct', 'سلمى العبيدي'],
      ['الصرف تم في موعده', 'direct', 'الوزارة'],
    ],
  },
  {
    what: 'guard: a man quoted, then a named envoy received as the object, then وقال: the man goes on',
    text: 'قال رئيس الوزراء: «الحدود ستفتح الأسبوع المقبل». واستقبل سفير فرنسا، جان بيار، الوفد، وقال: «نرحب بالقرار».',
    quotes: [
      ['الحدود ستفتح الأسبوع المقبل', 'direct', 'رئيس الوزراء'],
      ['نرحب بالقرار', 'direct', 'رئيس الوزراء'],
    ],
  },
  {
    what: 'a circular issued by a Saudi body, قال فيه with no comma (أصدر الاتحاد السعودي لكرة القدم تعميما)',
    text: 'أصدر الاتحاد السعودي لكرة القدم تعميما على الأندية قال فيه إن «باب التسجيل يغلق نهاية الشهر».',
    quotes: [['باب التسجيل يغلق نهاية الشهر', 'partial', 'الاتحاد السعودي لكرة القدم']],
  },
  {
    what: 'a letter a minister sent, قال فيه (أرسل الوزير خطابا إلى رئيس المجلس، قال فيه:)',
    text: 'وأرسل الوزير خطابا إلى رئيس المجلس، قال فيه: «نحتاج إلى مزيد من الوقت».',
    quotes: [['نحتاج إلى مزيد من الوقت', 'direct', 'الوزير']],
  },
  {
    what: 'a letter with its adjective before the preposition (خطابا رسميا إلى البلدية قالت فيه)',
    text: 'ووجهت الهيئة الملكية خطابا رسميا إلى البلدية قالت فيه إن «المشروع متوقف منذ عام».',
    quotes: [['المشروع متوقف منذ عام', 'partial', 'الهيئة الملكية']],
  },
  {
    what: 'a club that sent a letter after its coach was quoted in the paragraph',
    text: 'وقال المدرب فهد الجابر: «الفريق جاهز». وأرسل النادي خطابا إلى الاتحاد، قال فيه إن «الحكم أخطأ».',
    quotes: [
      ['الفريق جاهز', 'direct', 'فهد الجابر'],
      ['الحكم أخطأ', 'partial', 'النادي'],
    ],
  },
  {
    what: "guard: a letter received, قال فيه and its writer named after it, is the writer's",
    text: 'وتسلم الوزير خطابا من المجلس البلدي، قال فيه رئيس المجلس إن «الميزانية لا تكفي».',
    quotes: [['الميزانية لا تكفي', 'partial', 'رئيس المجلس']],
  },
  {
    what: 'host and guest: the minister received the ambassador named between commas, then وقال (the host speaks)',
    text: 'واستقبل الوزير السفير البريطاني، جون ميلر، في مكتبه، وقال: «العلاقات بين البلدين متينة».',
    quotes: [['العلاقات بين البلدين متينة', 'direct', 'الوزير']],
  },
  {
    what: 'host and guest: a minister by his ministry, the guest between commas, أمس, then وقال',
    text: 'والتقى وزير الخارجية المبعوث الأممي، مارتن غريفيث، أمس، وقال: «ندعم جهود السلام».',
    quotes: [['ندعم جهود السلام', 'direct', 'وزير الخارجية']],
  },
  {
    what: 'guard: السفير before a name after a spokesman’s title is his rank, one person',
    text: 'وقال المتحدث باسم الخارجية المصرية السفير أحمد أبو زيد: «القاهرة ترفض أي تدخل».',
    quotes: [['القاهرة ترفض أي تدخل', 'direct', 'أحمد أبو زيد']],
  },
  {
    what: 'guard: a named prince receives an ambassador named between commas, then وقال: the prince',
    text: 'واستقبل أمير منطقة الرياض الأمير فيصل بن بندر السفير الياباني، كينجي هيراتا، في مكتبه، وقال: «العلاقات تاريخية».',
    quotes: [['العلاقات تاريخية', 'direct', 'فيصل بن بندر']],
  },
  {
    what: 'a trader on an exchange named after its city, the name between commas (المتعامل في سوق دبي المالي، فلان،)',
    text: 'وقال المتعامل في سوق دبي المالي، أحمد السويدي، إن «الأسهم ستواصل الارتفاع».',
    quotes: [['الأسهم ستواصل الارتفاع', 'partial', 'أحمد السويدي']],
  },
  {
    what: 'an investor on a market named after its city, then a colon (المستثمر في سوق دبي المالي، فلان:)',
    text: 'وقال المستثمر في سوق دبي المالي، راشد المنصوري: «السيولة عادت إلى السوق».',
    quotes: [['السيولة عادت إلى السوق', 'direct', 'راشد المنصوري']],
  },
  {
    what: 'an unnamed trader on a market named after its city (متعامل في سوق دبي المالي إن)',
    text: 'وقال متعامل في سوق دبي المالي إن «عمليات البيع ستستمر حتى نهاية الأسبوع».',
    quotes: [['عمليات البيع ستستمر حتى نهاية الأسبوع', 'partial', 'متعامل في سوق دبي المالي']],
  },
  {
    what: 'guard: a club’s head and his nisba-shaped surname after the club’s name (رئيس نادي الاتحاد أنمار الحائلي)',
    text: 'وقال رئيس نادي الاتحاد أنمار الحائلي: «الفريق سيعود أقوى».',
    quotes: [['الفريق سيعود أقوى', 'direct', 'أنمار الحائلي']],
  },
  {
    what: 'guard: a campaign’s head, the candidate’s name and its adjective, then the manager’s name',
    text: 'وقال مدير حملة ترامب الانتخابية جيسون ميلر: «سنفوز في فلوريدا».',
    quotes: [['سنفوز في فلوريدا', 'direct', 'جيسون ميلر']],
  },
  {
    what: 'a company’s quoted short name inside an executive’s title, then his name (في «سابك» فلان إن)',
    text: 'وقال الرئيس التنفيذي للبتروكيماويات في «سابك» فهد الشريف إن «الطلب على المنتجات تراجع».',
    quotes: [
      ['سابك', 'mention', null],
      ['الطلب على المنتجات تراجع', 'partial', 'فهد الشريف'],
    ],
  },
  {
    what: 'an analyst at a firm by its quoted name, then his name before a colon (wire style)',
    text: 'وقال المحلل في «الراجحي المالية» محمد السويد: «الأرباح فاقت التوقعات».',
    quotes: [
      ['الراجحي المالية', 'mention', null],
      ['الأرباح فاقت التوقعات', 'direct', 'محمد السويد'],
    ],
  },
  {
    what: 'an analyst at a firm by its quoted name, his name between commas (في «…»، فلان، إن)',
    text: 'وقال الخبير في «جدوى للاستثمار»، عبدالله الحربي، إن «التضخم سيبقى مرتفعا».',
    quotes: [
      ['جدوى للاستثمار', 'mention', null],
      ['التضخم سيبقى مرتفعا', 'partial', 'عبدالله الحربي'],
    ],
  },
  {
    what: 'guard: a paper by its quoted name relays a titled source (نقلت صحيفة «عكاظ» عن المتحدث … فلان قوله إن)',
    text: 'ونقلت صحيفة «عكاظ» عن المتحدث باسم الهيئة فهد الشريف قوله إن «الإجراءات مستمرة».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الإجراءات مستمرة', 'partial', 'فهد الشريف'],
    ],
  },
];

describe('form rules 2: more forms found on sentences written here', () => {
  runRows(formRuleRows2);
});

/** A paper named in quotes as the subject of a relative clause about the document it got. */
const formRuleRows3: readonly Row[] = [
  {
    what: 'a circular quoted after وجاء في, a paper that got a copy in the relative clause (الذي حصلت «الوطن» على نسخة منه:); its issuer is not named',
    text: 'وجاء في التعميم الذي حصلت «الوطن» على نسخة منه: «على المدارس الالتزام بالجدول الجديد اعتبارا من الأحد المقبل».',
    quotes: [
      ['الوطن', 'mention', null],
      ['على المدارس الالتزام بالجدول الجديد اعتبارا من الأحد المقبل', 'direct', null],
    ],
  },
  {
    what: 'a statement read by a paper (البيان الذي اطلعت عليه «الشرق الأوسط»:), wire style; its issuer is not named',
    text: 'وجاء في البيان الذي اطلعت عليه «الشرق الأوسط»: «نرفض أي تدخل في شؤوننا الداخلية».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['نرفض أي تدخل في شؤوننا الداخلية', 'direct', null],
    ],
  },
  {
    what: 'guard: a verb agreeing with the relative has the antecedent for subject, the quote is its object (الذين يطالبون «…»)',
    text: 'وقال رئيس النقابة خالد العنزي إن العمال الذين يطالبون «بزيادة عادلة» لن يتراجعوا.',
    quotes: [['بزيادة عادلة', 'partial', 'خالد العنزي']],
  },
  {
    what: 'guard: the same with الذي and a masculine verb (المشروع الذي يحمل «…»)',
    text: 'وأكد الوزير سعد الحربي أن المشروع الذي يحمل «رؤية جديدة» للمدينة سينتهي العام المقبل.',
    quotes: [['رؤية جديدة', 'partial', 'سعد الحربي']],
  },
];

describe('form rules 3: a paper in the relative clause of the document it got', () => {
  runRows(formRuleRows3);
});
