/**
 * Quoted names of things read as speech (kinds11): a quoted name of a product, a brand, a portal, an
 * exercise, a method or an outlet is a mention with no speaker even with a cue verb near it, and the
 * words said of such a thing stay speech.
 * - goods: a noun of goods (GOODS_NOUNS: منتج, عبوات, سيارات, مسحوق …) in construct with the noun of what
 *   they are, indefinite or definite or both (منتج عسل «…», سيارات جيب «…», مسحوق الغسيل «…», منتج حليب
 *   الأطفال «…»), then the brand; an adjective or a participle there describes the goods (منتج وطني «…»,
 *   عبوات مياه «مجهولة المصدر»);
 * - naming nouns: بوابة, منصة, مناورات, تمرين, منتج, مشروب take their name in quotes, and so does ما يعرف
 *   بـ«…» (KNOWN_AS_VERBS);
 * - a naming noun in construct with a definite noun as the subject of إن/أن (إن عملية الإنقاذ «…», أن جهاز
 *   الاستخبارات «…»), the quote ending the clause, is the predicate said, not the thing's name;
 * - تطبيق after a calling verb's preposition (دعا إلى تطبيق «…», طالب بتطبيق «…») is applying, not an app;
 * - an app, a program or a game (APP_NOUNS) with the devices it runs on between it and its name
 *   (عبر تطبيقها على الهواتف الذكية «…»);
 * - examples of a class of named things after مثل (تطبيقات … مثل «…» و«…»: NAMED_CLASS_NOUNS), and a
 *   name-shaped quote joined by و right after a quoted name;
 * - a work with its pronoun and an adjective of origin (فيلمه الوثائقي «…») names it; with or without the
 *   adjective, as the subject of إن/أن the quote ending the clause is its predicate (إن روايتها «…»), unless
 *   another quote follows as the predicate (إن فيلمه «…» «…»);
 * - a programme told after ل with its quoted name (لبرنامج «الثامنة» إن: HEARD_WORKS) ends the speaker's
 *   name, and an outlet after a noun of speech and إلى (في حديثها إلى «…»، إن) is whom the words were
 *   given to when the words follow, not what a calling verb asks for;
 * - an outlet told with its head (لصحيفة «…», في مقابلة مع إذاعة «…»، أن) is passed over to the
 *   complement of ذكر, and does not count towards the distance to it.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const goodsRows: readonly Row[] = [
  {
    what: 'a brand after منتج and the plain noun of the goods (منتج عسل «…»), before the authority’s own partial',
    text: 'حذرت الهيئة العامة للغذاء والدواء من منتج عسل "الوادي الأخضر" المستورد، مؤكدة أن العينات "تحتوي على مضادات حيوية".',
    quotes: [
      ['الوادي الأخضر', 'mention', null],
      ['تحتوي على مضادات حيوية', 'partial', 'الهيئة العامة للغذاء والدواء'],
    ],
  },
  {
    what: 'a model after سيارات and the plain noun of the make (سيارات جيب «…»), then the ministry’s partial',
    text: 'ودعت وزارة التجارة ملاك سيارات جيب «رانجلر» إلى مراجعة الوكيل، مؤكدة أن الخلل «قد يؤدي إلى حوادث».',
    quotes: [
      ['رانجلر', 'mention', null],
      ['قد يؤدي إلى حوادث', 'partial', 'وزارة التجارة'],
    ],
  },
  {
    what: 'a brand after a noun of goods and its definite genitive (مسحوق الغسيل «…»)',
    text: 'وقالت المتحدثة باسم الشركة منى الدوسري إن مسحوق الغسيل «تايد» سيطرح بعبوات أصغر.',
    quotes: [['تايد', 'mention', null]],
  },
  {
    what: 'a brand after منتج, the plain noun and its definite genitive (منتج حليب الأطفال «…»)',
    text: 'وأوضح مدير فرع وزارة التجارة بالمنطقة الشرقية فهد الغامدي أن الفرق سحبت منتج حليب الأطفال "بيبي كير" من الصيدليات.',
    quotes: [['بيبي كير', 'mention', null]],
  },
  {
    what: 'guard: an adjective after the noun of goods (منتج وطني «…») is what the speaker calls it',
    text: 'وقال رئيس الغرفة التجارية بالأحساء صالح العفالق إن التمور منتج وطني «بامتياز».',
    quotes: [['بامتياز', 'partial', 'صالح العفالق']],
  },
  {
    what: 'guard: a participle after the noun of goods (عبوات مياه «مجهولة المصدر») describes them',
    text: 'وأوضح مدير الرقابة الصحية ماجد الشهري أن عبوات مياه «مجهولة المصدر» ضبطت في المستودع.',
    quotes: [['مجهولة المصدر', 'partial', 'ماجد الشهري']],
  },
  {
    what: 'guard: إن المنتج «…» is words said of the product',
    text: 'وأكدت الهيئة العامة للغذاء والدواء أن المنتج «لا يحمل أي تسجيل».',
    quotes: [['لا يحمل أي تسجيل', 'partial', 'الهيئة العامة للغذاء والدواء']],
  },
];

const namingRows: readonly Row[] = [
  {
    what: 'a portal’s name after بوابة, before the fund director’s partial',
    text: 'وأكد مدير عام صندوق التنمية العقارية يوسف الزغيبي أن بوابة «إيجار» ستختصر مدة الانتظار، موضحا أن الصندوق «ملتزم بمواعيده».',
    quotes: [
      ['إيجار', 'mention', null],
      ['ملتزم بمواعيده', 'partial', 'يوسف الزغيبي'],
    ],
  },
  {
    what: 'an exercise’s name after مناورات, before the spokesman’s partial',
    text: 'وأعلنت وزارة الدفاع الروسية انطلاق مناورات "القوقاز 2015"، وقال المتحدث باسم الوزارة إيغور كوناشينكوف إن المناورات "دفاعية بحتة".',
    quotes: [
      ['القوقاز 2015', 'mention', null],
      ['دفاعية بحتة', 'partial', 'إيغور كوناشينكوف'],
    ],
  },
  {
    what: 'an exercise’s name after تمرين inside a commander’s indirect clause',
    text: 'وأوضح قائد القوات البحرية الفريق عبدالله السلطان أن تمرين «موج 15» يهدف إلى رفع الجاهزية.',
    quotes: [['موج 15', 'mention', null]],
  },
  {
    what: 'a drink’s brand after مشروب الطاقة',
    text: 'وحذر استشاري القلب الدكتور خالد النمر من مشروب الطاقة "بلو فاير"، مؤكدا أنه "يرفع ضغط الدم".',
    quotes: [
      ['بلو فاير', 'mention', null],
      ['يرفع ضغط الدم', 'partial', 'خالد النمر'],
    ],
  },
  {
    what: 'a method’s name after ما يعرف بـ',
    text: 'وقال المتحدث باسم منظمة الصحة العالمية طارق ياساريفيتش إن الفرق تعتمد على ما يعرف بـ"العزل المجتمعي" في القرى النائية.',
    quotes: [['العزل المجتمعي', 'mention', null]],
  },
  {
    what: 'a practice’s name after ما يعرف بـ in a closing paragraph',
    text: [
      'وقال المحلل الاقتصادي فضل البوعينين إن السوق «تحتاج إلى رقابة أشد».',
      'وأضاف أن ما يعرف بـ«التستر التجاري» ما زال منتشرا.',
    ].join('\n\n'),
    quotes: [
      ['تحتاج إلى رقابة أشد', 'partial', 'فضل البوعينين'],
      ['التستر التجاري', 'mention', null],
    ],
  },
  {
    what: 'guard: a portal’s own director says the portal «…» after إن',
    text: 'وقال مدير البوابة الوطنية للعمل سامي العنزي إن البوابة "ستطلق خلال أيام".',
    quotes: [['ستطلق خلال أيام', 'partial', 'سامي العنزي']],
  },
  {
    what: 'guard: إن المناورات «…» is words said of the exercise',
    text: 'وقال قائد القوات البرية الفريق عيد الشلوي إن المناورات «رسالة واضحة لمن يهدد أمن المنطقة».',
    quotes: [['رسالة واضحة لمن يهدد أمن المنطقة', 'partial', 'عيد الشلوي']],
  },
];

const clauseRows: readonly Row[] = [
  {
    what: 'an operation in construct with its definite noun as the subject of إن, the quote its predicate',
    text: 'وقال مدير الدفاع المدني بمنطقة المدينة المنورة العميد خالد الجهني إن عملية الإنقاذ «استمرت ست ساعات».',
    quotes: [['استمرت ست ساعات', 'partial', 'خالد الجهني']],
  },
  {
    what: 'a security service in construct as the subject of أن, the quote its predicate',
    text: 'وأضاف مدير المخابرات الأمريكية جون برينان أن جهاز الاستخبارات "رصد اتصالات مريبة".',
    quotes: [['رصد اتصالات مريبة', 'partial', 'جون برينان']],
  },
  {
    what: 'a campaign in construct with its body as the subject of إن',
    text: 'وقال أمين منطقة القصيم صالح الأحمد إن حملة الأمانة "ناجحة بكل المقاييس".',
    quotes: [['ناجحة بكل المقاييس', 'partial', 'صالح الأحمد']],
  },
  {
    what: 'guard: the same construct with its name in quotes and the predicate after it',
    text: 'وقال وزير الصحة خالد الفالح إن حملة التطعيم «صحتك أولا» ستشمل جميع المدارس.',
    quotes: [['صحتك أولا', 'mention', null]],
  },
];

const actRows: readonly Row[] = [
  {
    what: 'تطبيق as applying after دعا إلى: the rule asked for is the call’s object',
    text: 'ودعا رئيس هيئة حقوق الإنسان بندر العيبان إلى تطبيق "أشد العقوبات" على المتورطين.',
    quotes: [['أشد العقوبات', 'partial', 'بندر العيبان']],
  },
  {
    what: 'تطبيق as applying after طالب بـ with the subject between',
    // engine gap: the speaker is read with his title (وزير العدل وليد الصمعاني): the subject reader takes
    // بتطبيق, a body's head behind ب, as part of his name's phrase; the kind is right.
    gaps: ['attribution'],
    text: 'وطالب وزير العدل وليد الصمعاني بتطبيق «العقوبات المشددة» على المخالفين.',
    quotes: [['العقوبات المشددة', 'partial', 'وليد الصمعاني']],
  },
  {
    what: 'تطبيق as applying after دعا إلى right after the verb’s subject',
    text: 'ودعت الناشطة الحقوقية سهيلة زين العابدين إلى تطبيق «نظام مكافحة التحرش» في أماكن العمل.',
    quotes: [['نظام مكافحة التحرش', 'partial', 'سهيلة زين العابدين']],
  },
  {
    what: 'guard: an app after عبر تطبيق is its name',
    text: 'وقال المتحدث الرسمي لوزارة الصحة خالد مرغلاني إن المراجعين يحجزون مواعيدهم عبر تطبيق "موعد".',
    quotes: [['موعد', 'mention', null]],
  },
  {
    what: 'تطبيق governed by دعا إلى, in construct with its object: the adjective quoted after it is the call’s',
    text: 'ودعا وزير العدل وليد الصمعاني إلى تطبيق العقوبات «المشددة» على المخالفين.',
    quotes: [['المشددة', 'partial', 'وليد الصمعاني']],
  },
];

const appRows: readonly Row[] = [
  {
    what: 'an app’s name after تطبيقها and the devices it runs on, in a closing يذكر أن paragraph after a citizen’s words',
    text: [
      'وقال المواطن سعد العتيبي: "لم أعلم بالتحذير إلا من الجيران".',
      'يذكر أن الهيئة تتيح للمستهلكين الإبلاغ عن المخالفات عبر تطبيقها على الهواتف الذكية "تيقن".',
    ].join('\n\n'),
    quotes: [
      ['لم أعلم بالتحذير إلا من الجيران', 'direct', 'سعد العتيبي'],
      ['تيقن', 'mention', null],
    ],
  },
  {
    what: 'a game’s name after لعبة and the devices it runs on, inside the speaker’s أن clause',
    text: [
      'وقالت مديرة المشروع هند الزاهد إن الطالبات سيتعلمن البرمجة.',
      'وأضافت أن الجمعية أطلقت لعبة على الأجهزة اللوحية «مبرمجة صغيرة».',
    ].join('\n\n'),
    quotes: [['مبرمجة صغيرة', 'mention', null]],
  },
  {
    what: 'guard: a programme on a channel, then a colon and the words said',
    text: 'وقال وزير الإعلام عادل الطريفي في برنامج على القناة الأولى: «لن نتراجع عن الإصلاح».',
    quotes: [['لن نتراجع عن الإصلاح', 'direct', 'عادل الطريفي']],
  },
];

const listRows: readonly Row[] = [
  {
    what: 'apps given as examples after a plural of named things and مثل, joined by و, before the authority’s partial',
    text: 'وحذرت هيئة الاتصالات وتقنية المعلومات من تطبيقات الاتصال المجانية مثل «إيمو» و«تانغو»، مؤكدة أنها «لا تخضع لأي رقابة».',
    quotes: [
      ['إيمو', 'mention', null],
      ['تانغو', 'mention', null],
      ['لا تخضع لأي رقابة', 'partial', 'هيئة الاتصالات وتقنية المعلومات'],
    ],
  },
  {
    what: 'sites given as examples inside an إن clause, the clause’s predicate quoted after them',
    text: 'وقال أستاذ الإعلام بجامعة الملك سعود الدكتور علي القرني إن مواقع التواصل الاجتماعي مثل "تويتر" و"سناب شات" "غيرت طريقة استهلاك الأخبار".',
    quotes: [
      ['تويتر', 'mention', null],
      ['سناب شات', 'mention', null],
      ['غيرت طريقة استهلاك الأخبار', 'partial', 'علي القرني'],
    ],
  },
  {
    // (re-expected in wave 18: a country's name in marks is a name, a mention, by the corpus rule "mention =
    // names, titles, slogans, charges, scare quotes with no utterer in the sentence"; the guard's مثل after a
    // plain plural no longer decides the kind)
    what: 'guard: مثل after a plain plural (دولا مثل «…»), a country in marks: a name still',
    text: 'وقال وزير الخارجية عادل الجبير إن دولا مثل «إيران» تتدخل في شؤون المنطقة.',
    quotes: [['إيران', 'mention', null]],
  },
  {
    what: 'guard: two fragments of a description joined by و stay partial',
    text: 'ووصف الخبير الاقتصادي فضل البوعينين العجز بأنه «مقلق» و«غير مسبوق».',
    quotes: [
      ['مقلق', 'partial', 'فضل البوعينين'],
      ['غير مسبوق', 'partial', 'فضل البوعينين'],
    ],
  },
  {
    what: 'newspapers given as examples after a plural in the accusative (صحفا مثل), joined by و, before the predicate in quotes',
    text: 'وقال أستاذ الإعلام علي القرني إن صحفا مثل «الحياة» و«الشرق الأوسط» «تأثرت بتراجع الإعلانات».',
    quotes: [
      ['الحياة', 'mention', null],
      ['الشرق الأوسط', 'mention', null],
      ['تأثرت بتراجع الإعلانات', 'partial', 'علي القرني'],
    ],
  },
  {
    what: 'clubs given as examples after الأندية مثل',
    text: 'وقال رئيس الهيئة العامة للرياضة عبدالله بن مساعد إن الأندية مثل «الشباب» و«الاتحاد» «مطالبة بخفض الديون».',
    quotes: [
      ['الشباب', 'mention', null],
      ['الاتحاد', 'mention', null],
      ['مطالبة بخفض الديون', 'partial', 'عبدالله بن مساعد'],
    ],
  },
  {
    what: 'guard: values after مثل are what the speaker names them',
    text: 'وقال الداعية سلمان العودة إن الشباب يحتاجون إلى قيم مثل «الصدق» و«الأمانة».',
    quotes: [
      ['الصدق', 'partial', 'سلمان العودة'],
      ['الأمانة', 'partial', 'سلمان العودة'],
    ],
  },
];

const workRows: readonly Row[] = [
  {
    what: 'a documentary after فيلمه and its adjective of origin, inside the director’s إن clause',
    text: 'وقال المخرج محمد الملا إن فيلمه الوثائقي «رحلة الحج» سيعرض في رمضان.',
    quotes: [['رحلة الحج', 'mention', null]],
  },
  {
    what: 'guard: a film’s name as an إن subject, then the predicate in quotes of its own',
    text: 'وقال المخرج عبدالمحسن الضبعان إن فيلمه «آخر زيارة» «يروي علاقة أب بابنه».',
    quotes: [
      ['آخر زيارة', 'mention', null],
      ['يروي علاقة أب بابنه', 'partial', 'عبدالمحسن الضبعان'],
    ],
  },
  {
    what: 'a novel with its pronoun as the subject of إن, the quote its predicate',
    text: 'وقالت الروائية بدرية البشر إن روايتها «حققت انتشارا لم أتوقعه».',
    quotes: [['حققت انتشارا لم أتوقعه', 'partial', 'بدرية البشر']],
  },
  {
    what: 'guard: a film with its pronoun and adjective of origin as the subject of أن, the quote its predicate',
    text: 'وأكد المخرج بدر الحمود أن فيلمه الوثائقي «يوثق معاناة حقيقية».',
    quotes: [['يوثق معاناة حقيقية', 'partial', 'بدر الحمود']],
  },
];

const heardRows: readonly Row[] = [
  {
    what: 'a TV programme told after لبرنامج and its quoted name, before إن: the name ends at the family name',
    text: 'وقال المستشار الاقتصادي فادي العجاجي لبرنامج «الثامنة» إن الاقتصاد «قادر على تجاوز الأزمة».',
    quotes: [
      ['الثامنة', 'mention', null],
      ['قادر على تجاوز الأزمة', 'partial', 'فادي العجاجي'],
    ],
  },
  {
    what: 'a radio programme told, then the radio it is on, before إن',
    text: 'وقال رئيس الوزراء البريطاني ديفيد كاميرون لبرنامج "توداي" على إذاعة "بي بي سي" إن بلاده "لن تتخلى عن حلفائها".',
    quotes: [
      ['توداي', 'mention', null],
      ['بي بي سي', 'mention', null],
      ['لن تتخلى عن حلفائها', 'partial', 'ديفيد كاميرون'],
    ],
  },
  {
    what: 'a programme told before a colon and the words said',
    text: 'وأكد الفنان راشد الماجد لبرنامج «يا هلا»: «لن أعتزل الغناء».',
    quotes: [
      ['يا هلا', 'mention', null],
      ['لن أعتزل الغناء', 'direct', 'راشد الماجد'],
    ],
  },
  {
    what: 'an agency told after في حديثها إلى between commas, before إن',
    text: 'وقالت المتحدثة باسم الخارجية الإيرانية مرضية أفخم، في حديثها إلى «إرنا»، إن طهران «لن تقبل بالشروط».',
    quotes: [
      ['إرنا', 'mention', null],
      ['لن تقبل بالشروط', 'partial', 'مرضية أفخم'],
    ],
  },
  {
    what: 'guard: what a calling verb asks for after في حديثه إلى, with a participle after the comma',
    text: 'ودعا وزير الخارجية عادل الجبير في تصريحه إلى «حل سياسي شامل»، مؤكدا أن الحرب «ليست خيارا».',
    quotes: [
      ['حل سياسي شامل', 'partial', 'عادل الجبير'],
      ['ليست خيارا', 'partial', 'عادل الجبير'],
    ],
  },
];

const outletRows: readonly Row[] = [
  {
    what: 'ذكر with a paper named after لصحيفة before أن: the official told the paper',
    text: 'وذكر مدير الشؤون الصحية بمنطقة نجران الدكتور صالح اليامي لصحيفة "عكاظ" أن المستشفى "سيفتتح قبل نهاية العام".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['سيفتتح قبل نهاية العام', 'partial', 'صالح اليامي'],
    ],
  },
  {
    what: 'ذكر with an interview on a radio (في مقابلة مع إذاعة «…») between the subject and أن',
    text: 'وذكر المتحدث باسم الحكومة الألمانية شتيفن زايبرت، في مقابلة مع إذاعة «دويتشلاند فونك»، أن برلين «لن تغير موقفها».',
    quotes: [
      ['دويتشلاند فونك', 'mention', null],
      ['لن تغير موقفها', 'partial', 'شتيفن زايبرت'],
    ],
  },
  {
    what: 'guard: قال with an outlet after لـ and a colon',
    text: 'وقال المحلل الاقتصادي تركي الحقيل لـ«الاقتصادية»: «السوق تمر بمرحلة تصحيح».',
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['السوق تمر بمرحلة تصحيح', 'direct', 'تركي الحقيل'],
    ],
  },
  {
    what: 'guard: a paper speaks in its editorial',
    text: 'وقالت صحيفة الرياض في افتتاحيتها أمس إن "المرحلة تتطلب الحزم".',
    quotes: [['المرحلة تتطلب الحزم', 'partial', 'صحيفة الرياض']],
  },
];

describe('a brand after a noun of goods and the noun of what they are', () => runRows(goodsRows));
describe('names after portals, platforms, exercises, drinks and ما يعرف بـ', () => runRows(namingRows));
describe('a naming noun in construct as the subject of إن/أن: the quote is its predicate', () =>
  runRows(clauseRows));
describe('تطبيق as applying, governed by a calling verb', () => runRows(actRows));
describe('an app named after the devices it runs on (تطبيقها على الهواتف الذكية «…»)', () =>
  runRows(appRows));
describe('names given as examples after مثل and joined by و', () => runRows(listRows));
describe('a work with its pronoun: its name, or the predicate said of it', () => runRows(workRows));
describe('a programme or an agency told (لبرنامج «…», في حديثها إلى «…»)', () => runRows(heardRows));
describe('an outlet told with its head (لصحيفة «…», مع إذاعة «…») before أن', () => runRows(outletRows));
