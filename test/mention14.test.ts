/**
 * Quoted names read as the speaker's words (issue 3, class mention14). The names of papers, channels,
 * programmes, portals, apps, platforms, firms, brands, campaigns and events are mentions with no speaker
 * (../shared/corpus/README.md), also where words said could stand: right after the speaker's name as the
 * outlet told (وأفاد فلان «عكاظ» بأن …), after لـ at the end of a postposed cue («…»، يقول …، فلان،
 * لـ«يورونيوز»), after a noun of speech (في حديث لـ«…», في تصريحات لـ"…"), after عبر/من خلال/على/في (عبر
 * «بوابة القبول الإلكتروني»), in apposition after a firm described by what it does (الشركة المستوردة للشحنة،
 * "…"،), and after a head that wants its name (شركة, مجموعة, علامة, حملة, مبادرة, مهرجان, بطولة, برنامج).
 * Guard rows keep the near shapes that are words said: the object of دعا إلى, وصف بـ, عبر عن, شدد على, a
 * clause after لـ or عبر inside what is reported, a quote with no colon right after the speaker's name.
 *
 * Every sentence was written here in news style (Saudi papers and international outlets), with invented
 * people; the expectations were written from reading each sentence under the corpus rules, before the engine
 * was run on any of them. Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment.
 * Before the rules: 15 of 58 rows failing (44 of the class, 14 guards, every guard passing). After: 4 (two
 * are speaker names of another class: the hearer is a mention now in both; two are platforms after في).
 * A second table (moreRows, 20 of the class and 4 guards) was written after the first commit, before
 * running it: 2 of 24 failing; after one more change (على/عبر before a platform whatever the verb), 1 (its
 * brand a mention now; the officer's name is of another class). Five more rows after that commit (4 of the
 * class, 1 guard), written before running: 1 failing, its agency a mention, the speaker's name of another
 * class (الدبلوماسي kept in it). Four more (3 of the class, 1 guard): 1 failing (بوابة after على), then
 * 0 after a rule for a portal's head inside the marks after على/في/عبر. Whole file: 91 rows, 6 gaps.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const toldAfterNameRows: readonly Row[] = [
  {
    what: 'أفاد + title + name + the paper told with no لـ, then بأن … «…»',
    text: 'وأفاد مدير التعليم في محافظة الطائف سالم بن فهد الحربي «عكاظ» بأن الخطة الجديدة «تشمل 120 مدرسة في مرحلتها الأولى».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['تشمل 120 مدرسة في مرحلتها الأولى', 'partial', 'سالم بن فهد الحربي'],
    ],
  },
  {
    what: 'أبلغ + spokesman + name + the paper told, then أن … «…»',
    text: 'وأبلغ المتحدث الرسمي لأمانة جدة خالد الزهراني «المدينة» أن فرق الأمانة «رفعت أكثر من 300 طن من المخلفات خلال يومين».',
    quotes: [
      ['المدينة', 'mention', null],
      ['رفعت أكثر من 300 طن من المخلفات خلال يومين', 'partial', 'خالد الزهراني'],
    ],
  },
  {
    what: 'أخبرت (feminine) + a student + the paper told in one word, then بأنها «…»',
    text: 'وأخبرت الطالبة ريم بنت سعد العتيبي «سبق» بأنها «لم تتوقع الفوز بالمركز الأول على مستوى المملكة».',
    quotes: [
      ['سبق', 'mention', null],
      ['لم تتوقع الفوز بالمركز الأول على مستوى المملكة', 'partial', 'ريم بنت سعد العتيبي'],
    ],
  },
  {
    what: 'أفادت (feminine) + a doctor + the paper told, then a colon and a direct quote',
    text: 'وأفادت رئيسة قسم الطوارئ في مستشفى الملك فهد الدكتورة أمل الغامدي «الوطن»: «استقبلنا 37 حالة اختناق خلال ساعتين».',
    quotes: [
      ['الوطن', 'mention', null],
      ['استقبلنا 37 حالة اختناق خلال ساعتين', 'direct', 'أمل الغامدي'],
    ],
  },
  {
    what: 'أبلغت + a ministry + the paper told, then أن … «…» (a body speaking)',
    text: 'وأبلغت وزارة التجارة «الرياض» أن فرقها الرقابية «ضبطت 42 مخالفة في أسواق العاصمة خلال أسبوع».',
    quotes: [
      ['الرياض', 'mention', null],
      ['ضبطت 42 مخالفة في أسواق العاصمة خلال أسبوع', 'partial', 'وزارة التجارة'],
    ],
  },
  {
    what: 'أفاد + the paper told before an unnamed source of a named body, then بأن … «…»',
    text: 'وأفاد «عكاظ» مصدر مطلع في الهيئة العامة للطيران المدني بأن الرحلات «ستعود إلى جدولها المعتاد الأسبوع المقبل».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['ستعود إلى جدولها المعتاد الأسبوع المقبل', 'partial', 'الهيئة العامة للطيران المدني'],
    ],
  },
  {
    what: 'أبلغ + a name with no title + a two-word paper told in " ", then أن "…"',
    text: 'وأبلغ المواطن فيصل بن ناصر الدوسري "الشرق الأوسط" أن السيول "جرفت سيارته وهو بداخلها".',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['جرفت سيارته وهو بداخلها', 'partial', 'فيصل بن ناصر الدوسري'],
    ],
  },
];

const postposedLamRows: readonly Row[] = [
  {
    what: 'quote first, ، تقول + role، name، لـ«channel» (feminine, commas around the name)',
    text: '«لم نشهد موجة حر بهذه الشدة منذ عقود»، تقول الباحثة في معهد الأرصاد الملكي الهولندي، ماريكه دي بور، لـ«يورونيوز».',
    quotes: [
      ['لم نشهد موجة حر بهذه الشدة منذ عقود', 'direct', 'ماريكه دي بور'],
      ['يورونيوز', 'mention', null],
    ],
  },
  {
    what: 'quote first in " ", ، قال + role + name لـ"channel" (no comma before لـ, three words)',
    text: '"الأسواق لن تستقر قبل أن يتضح مسار الفائدة"، قال المحلل المالي في بنك باركليز جيمس ويلسون لـ"سكاي نيوز عربية".',
    quotes: [
      ['الأسواق لن تستقر قبل أن يتضح مسار الفائدة', 'direct', 'جيمس ويلسون'],
      ['سكاي نيوز عربية', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، تضيف …، name، لـ«channel»، then مشيرة إلى أن … «…»',
    text: '«نحن بحاجة إلى تمويل عاجل قبل حلول الشتاء»، تضيف المديرة الإقليمية لمنظمة أطباء بلا حدود، كلير دوبوا، لـ«فرانس 24»، مشيرة إلى أن المخزون «يكفي لأسبوعين فقط».',
    quotes: [
      ['نحن بحاجة إلى تمويل عاجل قبل حلول الشتاء', 'direct', 'كلير دوبوا'],
      ['فرانس 24', 'mention', null],
      ['يكفي لأسبوعين فقط', 'partial', 'كلير دوبوا'],
    ],
    // (once a gap: both quotes went to «بلا حدود»; read right since كلير joined the given names in session 20)
  },
  {
    what: 'quote first, ، يقول + a citizen ل"paper" (ل written without a tatweel)',
    text: '"المدينة تغرق كل شتاء ولا أحد يتحرك"، يقول المواطن حسن الربيعي ل"المدى".',
    quotes: [
      ['المدينة تغرق كل شتاء ولا أحد يتحرك', 'direct', 'حسن الربيعي'],
      ['المدى', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، قال + an unnamed commander of a named force لـ«agency» + time',
    text: '«سنرد على أي اعتداء بالمثل»، قال قائد ميداني في قوات سوريا الديمقراطية لـ«رويترز» أمس الأحد.',
    quotes: [
      ['سنرد على أي اعتداء بالمثل', 'direct', 'قوات سوريا الديمقراطية'],
      ['رويترز', 'mention', null],
    ],
    gaps: ['attribution'],
    // engine gap: the agency is a mention now, but the quote goes to «قائد ميداني في قوات سوريا الديمقراطية», the unnamed commander not credited to his force
  },
  {
    what: 'quote first, ، قال + officials (plural) of a named ministry لـ«channel»',
    text: '«لا نية لسحب القوات من المنطقة في الوقت الراهن»، قال مسؤولون في وزارة الدفاع الأمريكية لـ«سي إن إن».',
    quotes: [
      ['لا نية لسحب القوات من المنطقة في الوقت الراهن', 'direct', 'وزارة الدفاع الأمريكية'],
      ['سي إن إن', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، قالت …، name، في حديث لـ«paper» (a noun of speech before لـ)',
    text: '«لن نتراجع عن مطالبنا مهما طال الإضراب»، قالت رئيسة النقابة، سارة لوران، في حديث لـ«لوموند».',
    quotes: [
      ['لن نتراجع عن مطالبنا مهما طال الإضراب', 'direct', 'سارة لوران'],
      ['لوموند', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، قال …، name، في اتصال هاتفي مع «broadcaster»',
    text: '«الجسر أغلق بالكامل حتى إشعار آخر»، قال العمدة، بيتر يانسن، في اتصال هاتفي مع «دويتشه فيله».',
    quotes: [
      ['الجسر أغلق بالكامل حتى إشعار آخر', 'direct', 'بيتر يانسن'],
      ['دويتشه فيله', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، يوضح + name لـ«paper», then a second sentence ويضيف «…»',
    text: '«المشكلة ليست في الأمطار بل في شبكات التصريف»، يوضح المهندس طارق بن سعيد لـ«الخبر».\n\nويضيف «نحتاج إلى خطة تمتد عشر سنوات على الأقل».',
    quotes: [
      ['المشكلة ليست في الأمطار بل في شبكات التصريف', 'direct', 'طارق بن سعيد'],
      ['الخبر', 'mention', null],
      ['نحتاج إلى خطة تمتد عشر سنوات على الأقل', 'direct', 'طارق بن سعيد'],
    ],
  },
];

const speechNounRows: readonly Row[] = [
  {
    what: 'قال + minister + name في حديث لـ«channel» إن … «…»',
    text: 'وقال وزير المياه الأردني حسام العمري في حديث لـ«المملكة» إن الوزارة «لن تسمح بأي تهاون في ملف الآبار المخالفة».',
    quotes: [
      ['المملكة', 'mention', null],
      ['لن تسمح بأي تهاون في ملف الآبار المخالفة', 'partial', 'حسام العمري'],
    ],
  },
  {
    what: 'أكدت (feminine) في تصريحات لـ"paper" أن … "…"',
    text: 'وأكدت مديرة مستشفى الولادة في تبوك سلمى الشهري في تصريحات لـ"الوطن" أن القسم الجديد "سيخدم أكثر من 500 حالة شهريا".',
    quotes: [
      ['الوطن', 'mention', null],
      ['سيخدم أكثر من 500 حالة شهريا', 'partial', 'سلمى الشهري'],
    ],
  },
  {
    what: 'أشار في تصريح خاص لـ«paper» إلى أن … «…»',
    text: 'وأشار رئيس بلدية محافظة العلا فيصل المطيري في تصريح خاص لـ«الرياض» إلى أن المشروع «سيكتمل قبل نهاية العام المقبل».',
    quotes: [
      ['الرياض', 'mention', null],
      ['سيكتمل قبل نهاية العام المقبل', 'partial', 'فيصل المطيري'],
    ],
  },
  {
    what: 'قال في مقابلة مع «paper»: «…»',
    text: 'وقال الروائي المغربي يوسف بنعلي في مقابلة مع «القدس العربي»: «الكتابة عندي فعل مقاومة قبل أن تكون مهنة».',
    quotes: [
      ['القدس العربي', 'mention', null],
      ['الكتابة عندي فعل مقاومة قبل أن تكون مهنة', 'direct', 'يوسف بنعلي'],
    ],
  },
  {
    what: 'قالت في حلقة من برنامج «…» إن … «…» (a programme opening with في)',
    text: 'وقالت الإعلامية ندى الحربي في حلقة أمس من برنامج «في المرمى» إن الجمهور «ينتظر الكثير من المدرب الجديد».',
    quotes: [
      ['في المرمى', 'mention', null],
      ['ينتظر الكثير من المدرب الجديد', 'partial', 'ندى الحربي'],
    ],
  },
  {
    what: 'أضاف خلال لقاء على قناة «…» أن … «…»',
    text: 'وأضاف وزير الخارجية العراقي حسين البياتي خلال لقاء على قناة «الشرقية» أن بغداد «لن تكون ساحة لتصفية الحسابات».',
    quotes: [
      ['الشرقية', 'mention', null],
      ['لن تكون ساحة لتصفية الحسابات', 'partial', 'حسين البياتي'],
    ],
  },
  {
    what: 'تحدث + name لـ«paper» عن …، مؤكدا أن … «…»',
    text: 'وتحدث المزارع سعيد بن علي الشهري لـ«عكاظ» عن موسم البن في جازان، مؤكدا أن الإنتاج «تضاعف هذا العام».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['تضاعف هذا العام', 'partial', 'سعيد بن علي الشهري'],
    ],
  },
  {
    what: 'sources of a named ministry لـ«channel» إن … «…»',
    text: 'وقالت مصادر في وزارة الداخلية العراقية لـ«السومرية نيوز» إن القوات الأمنية «أحبطت محاولة تسلل قرب الحدود».',
    quotes: [
      ['السومرية نيوز', 'mention', null],
      ['أحبطت محاولة تسلل قرب الحدود', 'partial', 'وزارة الداخلية العراقية'],
    ],
  },
];

const platformRows: readonly Row[] = [
  {
    what: 'أن التقديم يتم عبر «portal» (a ministry, no speech quoted)',
    text: 'وأوضحت وزارة التعليم أن التقديم يتم عبر «بوابة القبول الإلكتروني» حتى نهاية الأسبوع الجاري.',
    quotes: [['بوابة القبول الإلكتروني', 'mention', null]],
  },
  {
    what: 'أن … من خلال «app» خلال 30 يوما (an app’s one-word name)',
    text: 'وأكد المتحدث باسم الإدارة العامة للمرور العقيد طارق السبيعي أن المخالفات يمكن الاعتراض عليها من خلال «أبشر» خلال 30 يوما.',
    quotes: [['أبشر', 'mention', null]],
  },
  {
    what: 'كتب + player على «platform» أنه «…»',
    text: 'وكتب لاعب الوسط مهند بن سالم القرني على «إنستغرام» أنه «فخور بتمثيل المنتخب في كأس العالم».',
    quotes: [
      ['إنستغرام', 'mention', null],
      ['فخور بتمثيل المنتخب في كأس العالم', 'partial', 'مهند بن سالم القرني'],
    ],
  },
  {
    what: 'نشرت + name عبر «platform» مقطعا قالت فيه إن … «…»',
    text: 'ونشرت الفنانة لولوة الحمدان عبر «سناب شات» مقطعا قالت فيه إن الحفل «كان الأجمل في مسيرتها».',
    quotes: [
      ['سناب شات', 'mention', null],
      ['كان الأجمل في مسيرتها', 'partial', 'لولوة الحمدان'],
    ],
  },
  {
    what: 'أن المتبرعين يستطيعون التبرع في «platform» أو عبر …',
    text: 'وأوضحت جمعية البر في الأحساء أن المتبرعين يستطيعون التبرع في «إحسان» أو عبر الحساب البنكي للجمعية.',
    quotes: [['إحسان', 'mention', null]],
    gaps: ['attribution'],
    // engine gap: reads «إحسان» after في as a partial of the society: a platform after في is not told
    // from words said there (يعيش في «رعب»)
  },
  {
    what: 'دعت الوزارة المواطنين إلى التسجيل في «app» للحصول على …',
    text: 'ودعت وزارة الصحة المواطنين إلى التسجيل في «صحتي» للحصول على موعد الجرعة الثالثة.',
    quotes: [['صحتي', 'mention', null]],
    gaps: ['attribution'],
    // engine gap: reads «صحتي» after في as a partial of the ministry, as above
  },
  {
    what: 'قالت شركة … في بيان نشرته على «market site» إن … «…»',
    text: 'وقالت شركة الخليج للأسمنت في بيان نشرته على «تداول» إن أرباحها «ارتفعت 12 في المئة خلال الربع الثاني».',
    quotes: [
      ['تداول', 'mention', null],
      ['ارتفعت 12 في المئة خلال الربع الثاني', 'partial', 'شركة الخليج للأسمنت'],
    ],
  },
  {
    what: 'أعلن + name عبر «platform» أن … «…» (عبر right after the name)',
    text: 'وأعلن رئيس نادي الوحدة مازن بن حسن الفيفي عبر «إكس» أن النادي «تعاقد مع مدرب جديد لموسمين».',
    quotes: [
      ['إكس', 'mention', null],
      ['تعاقد مع مدرب جديد لموسمين', 'partial', 'مازن بن حسن الفيفي'],
    ],
  },
];

const firmRows: readonly Row[] = [
  {
    what: 'the firm described by what it does، "name" + a trade word، (object of a verb)',
    text: 'وطالبت جمعية حماية المستهلك بمحاسبة الشركة المستوردة للشحنة، "نجمة الشرق" للتجارة، بعد ثبوت تلفها.',
    quotes: [['نجمة الشرق', 'mention', null]],
  },
  {
    what: 'المصنع المنتج للعصائر، «name»، as the object of أوقفت',
    text: 'وأوقفت الهيئة العامة للغذاء والدواء المصنع المنتج للعصائر، «ينابيع الجنوب»، عن العمل حتى إشعار آخر.',
    quotes: [['ينابيع الجنوب', 'mention', null]],
  },
  {
    what: 'officer لشركة «name» + trade word + name, then إن … «…»',
    text: 'وقال المدير التنفيذي لشركة «مدار» للاتصالات سامي العنزي إن الشبكة «ستغطي جميع المحافظات بحلول 2026».',
    quotes: [
      ['مدار', 'mention', null],
      ['ستغطي جميع المحافظات بحلول 2026', 'partial', 'سامي العنزي'],
    ],
  },
  {
    what: 'officer في مجموعة «name» القابضة + name, then إن … «…»',
    text: 'وقالت مديرة التسويق في مجموعة «الريان» القابضة هند السالم إن المعرض «يعكس ثقة المستهلك في المنتج المحلي».',
    quotes: [
      ['الريان', 'mention', null],
      ['يعكس ثقة المستهلك في المنتج المحلي', 'partial', 'هند السالم'],
    ],
  },
  {
    what: 'أن علامة «brand» للتمور «…» (the brand the subject of the clause)',
    text: 'وأوضح رئيس الغرفة التجارية في القصيم منصور الرشيدي أن علامة «واحة» للتمور «تصدر منتجاتها إلى 14 دولة».',
    quotes: [
      ['واحة', 'mention', null],
      ['تصدر منتجاتها إلى 14 دولة', 'partial', 'منصور الرشيدي'],
    ],
  },
  {
    what: 'وقعت عقدا مع الشركة المنفذة للمشروع، «name»، لإنشاء …',
    text: 'ووقعت أمانة منطقة الرياض عقدا مع الشركة المنفذة للمشروع، «البناء الحديث»، لإنشاء ثلاثة جسور جديدة.',
    quotes: [['البناء الحديث', 'mention', null]],
  },
  {
    what: 'تنتقد الشركة المشغلة للمنجم، "name" + trade word (the probe84 shape, another sentence)',
    text: 'وتظاهر مئات العمال أمام مقر الحكومة المحلية في جوهانسبرغ، منددين بالشركة المشغلة للمنجم، "غولد ستار" للتعدين.',
    quotes: [['غولد ستار', 'mention', null]],
  },
];

const eventRows: readonly Row[] = [
  {
    what: 'إن حملة «name» «…» (a campaign as the subject, then what is said of it)',
    text: 'وقال مدير الشؤون الصحية بمنطقة جازان علي بن محمد الفيفي إن حملة «صحتك أولا» «ستصل إلى 200 ألف مستفيد».',
    quotes: [
      ['صحتك أولا', 'mention', null],
      ['ستصل إلى 200 ألف مستفيد', 'partial', 'علي بن محمد الفيفي'],
    ],
  },
  {
    what: 'أعلنت … عن انطلاق مهرجان «name» (no speech)',
    text: 'وأعلنت الهيئة الملكية لمحافظة العلا عن انطلاق مهرجان «شتاء طنطورة» في نسخته الجديدة الشهر المقبل.',
    quotes: [['شتاء طنطورة', 'mention', null]],
  },
  {
    what: 'أن المنتخب سيشارك في بطولة «name» + instrument',
    text: 'وأكد رئيس الاتحاد السعودي للسباحة عادل الدوسري أن المنتخب سيشارك في بطولة «الخليج المفتوحة» بعشرة سباحين.',
    quotes: [['الخليج المفتوحة', 'mention', null]],
  },
  {
    what: 'أطلقت جمعية مبادرة «name» لتوزيع …',
    text: 'وأطلقت جمعية البر بجدة مبادرة «كسوة الشتاء» لتوزيع الملابس على 3 آلاف أسرة.',
    quotes: [['كسوة الشتاء', 'mention', null]],
  },
  {
    what: 'أن … ضمن فعاليات «festival» (event name after ضمن فعاليات)',
    text: 'وقالت مديرة البرامج في هيئة الثقافة نورة الشمري إن الورش ستقام ضمن فعاليات «موسم الرياض» بدءا من الخميس.',
    quotes: [['موسم الرياض', 'mention', null]],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: دعا إلى «…» with a clause-like phrase stays partial',
    text: 'ودعا وزير الخارجية الأردني سامر الخطيب إلى «وقف فوري لإطلاق النار وفتح المعابر».',
    quotes: [['وقف فوري لإطلاق النار وفتح المعابر', 'partial', 'سامر الخطيب']],
  },
  {
    what: 'guard: وصف … القرار بـ«…» stays partial',
    text: 'ووصف النائب خالد المري القرار بـ«الخطوة الجريئة التي تأخرت كثيرا».',
    quotes: [['الخطوة الجريئة التي تأخرت كثيرا', 'partial', 'خالد المري']],
  },
  {
    what: 'guard: عبرت عن «قلقها البالغ» stays partial',
    text: 'وعبرت وزيرة الخارجية الكندية آن تريمبلاي عن «قلقها البالغ» من تصاعد العنف في المنطقة.',
    quotes: [['قلقها البالغ', 'partial', 'آن تريمبلاي']],
  },
  {
    what: 'guard: a direct quote right after the speaker’s name with no colon',
    text: 'وقال المتحدث باسم الشرطة العقيد أحمد الغامدي «لا توجد إصابات بين المواطنين حتى الآن».',
    quotes: [['لا توجد إصابات بين المواطنين حتى الآن', 'direct', 'أحمد الغامدي']],
  },
  {
    what: 'guard: لـ«paper» after the name, then أن … «…» (already right)',
    text: 'وأكدت الأخصائية النفسية منى الدوسري لـ«سيدتي» أن الأطفال «يحتاجون إلى روتين ثابت قبل النوم».',
    quotes: [
      ['سيدتي', 'mention', null],
      ['يحتاجون إلى روتين ثابت قبل النوم', 'partial', 'منى الدوسري'],
    ],
  },
  {
    what: 'guard: لـ«…» governing a verbal noun inside the reported clause stays partial',
    text: 'وقال رئيس هيئة المنافسة فهد الشمري إن الحكومة تسعى لـ«تحقيق التوازن بين العرض والطلب».',
    quotes: [['تحقيق التوازن بين العرض والطلب', 'partial', 'فهد الشمري']],
  },
  {
    what: 'guard: شدد على «…»، then مؤكدا أن … «…»',
    text: 'وشدد وزير الداخلية البحريني راشد المناعي على «ضرورة التهدئة وضبط النفس»، مؤكدا أن الأمن «خط أحمر».',
    quotes: [
      ['ضرورة التهدئة وضبط النفس', 'partial', 'راشد المناعي'],
      ['خط أحمر', 'partial', 'راشد المناعي'],
    ],
  },
  {
    what: 'guard: أفاد بأن «…» with no outlet stays partial',
    text: 'وأفاد مدير شرطة المنطقة اللواء سامي العتيبي بأن «التحقيقات لا تزال جارية مع الموقوفين».',
    quotes: [['التحقيقات لا تزال جارية مع الموقوفين', 'partial', 'سامي العتيبي']],
  },
  {
    what: 'guard: عبر «…» holding a clause inside the reported words stays partial',
    text: 'وقال وكيل الوزارة ماجد العمري إن الوزارة ستتواصل مع الأسر عبر «رسائل نصية تصل إلى هواتفهم خلال أيام».',
    quotes: [['رسائل نصية تصل إلى هواتفهم خلال أيام', 'partial', 'ماجد العمري']],
  },
  {
    what: 'guard: كتب على «platform»: «…» (platform before a colon, already right)',
    text: 'وكتب المغرد عبدالله الفهيد على «تويتر»: «الأمطار اليوم غير مسبوقة في حي السلامة».',
    quotes: [
      ['تويتر', 'mention', null],
      ['الأمطار اليوم غير مسبوقة في حي السلامة', 'direct', 'عبدالله الفهيد'],
    ],
  },
  {
    what: 'guard: دعا إلى التصدي لـ«…» (a verbal noun’s complement) stays partial',
    text: 'ودعا عضو مجلس الشورى ناصر البقمي إلى التصدي لـ«محاولات العبث بأمن الوطن».',
    quotes: [['محاولات العبث بأمن الوطن', 'partial', 'ناصر البقمي']],
  },
  {
    what: 'guard: في «أسرع وقت ممكن» inside the reported clause stays partial',
    text: 'وأكد وكيل وزارة الكهرباء اليمني صالح باعوم أن الفرق ستعمل في «أسرع وقت ممكن» على إعادة التيار.',
    quotes: [['أسرع وقت ممكن', 'partial', 'صالح باعوم']],
  },
  {
    what: 'guard: a postposed cue with no outlet: «…»، يقول فلان.',
    text: '«الحرائق هذا الصيف أسوأ مما توقعنا»، يقول رجل الإطفاء ماتيو روسي.',
    quotes: [['الحرائق هذا الصيف أسوأ مما توقعنا', 'direct', 'ماتيو روسي']],
  },
  {
    what: 'guard: a quote opening with إن right after the speaker’s name, no colon',
    text: 'وقالت رئيسة الجمعية هيفاء الزامل «إن المبادرة ستستمر طوال العام الدراسي».',
    quotes: [['إن المبادرة ستستمر طوال العام الدراسي', 'direct', 'هيفاء الزامل']],
  },
];

/** Written after the first commit, before running them: more verbs, orders, outlets and firms of the class. */
const moreRows: readonly Row[] = [
  {
    what: 'أبلغ + the paper told before an unnamed official of a named ministry, then أن … «…»',
    text: 'وأبلغ «الحياة» مسؤول في وزارة العمل أن القرار «سيطبق على المنشآت الكبيرة أولا».',
    quotes: [
      ['الحياة', 'mention', null],
      ['سيطبق على المنشآت الكبيرة أولا', 'partial', 'وزارة العمل'],
    ],
  },
  {
    what: 'أخبرت + a headmistress + the site told in " ", then a colon and "…"',
    text: 'وأخبرت مديرة المدرسة فاطمة بنت علي الزهراني "سبق": "لم نسجل أي إصابة بين الطالبات".',
    quotes: [
      ['سبق', 'mention', null],
      ['لم نسجل أي إصابة بين الطالبات', 'direct', 'فاطمة بنت علي الزهراني'],
    ],
  },
  {
    what: 'أفاد + a doctor + the paper told + أمس, then بأن … «…» (a time word before the complement)',
    text: 'وأفاد مدير مستشفى الملك خالد الدكتور حمد العنزي «عكاظ» أمس بأن المستشفى «استقبل 14 مصابا في الحادث».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['استقبل 14 مصابا في الحادث', 'partial', 'حمد العنزي'],
    ],
  },
  {
    what: 'quote first, ، يؤكد (present) + a coach لـ«channel».',
    text: '«المنتخب قادر على المنافسة في البطولة»، يؤكد المدرب الوطني خالد العطوي لـ«الرياضية».',
    quotes: [
      ['المنتخب قادر على المنافسة في البطولة', 'direct', 'خالد العطوي'],
      ['الرياضية', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، أوضح …، name، لـ«paper» + a day',
    text: '«التحقيقات ما زالت في بدايتها»، أوضح المدعي العام، أنطوان ميرسييه، لـ«لوفيغارو» الثلاثاء.',
    quotes: [
      ['التحقيقات ما زالت في بدايتها', 'direct', 'أنطوان ميرسييه'],
      ['لوفيغارو', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، قال + minister + name في تصريحات لـ«agency».',
    text: '«الأسعار ستعود إلى مستوياتها الطبيعية قريبا»، قال وزير الطاقة الكويتي سالم العجمي في تصريحات لـ«كونا».',
    quotes: [
      ['الأسعار ستعود إلى مستوياتها الطبيعية قريبا', 'direct', 'سالم العجمي'],
      ['كونا', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، قالت (feminine) …، name، في مقابلة مع «paper».',
    text: '«لن أترشح لولاية ثانية مهما كانت الضغوط»، قالت الرئيسة، ماريا سيلفا، في مقابلة مع «إل باييس».',
    quotes: [
      ['لن أترشح لولاية ثانية مهما كانت الضغوط', 'direct', 'ماريا سيلفا'],
      ['إل باييس', 'mention', null],
    ],
  },
  {
    what: 'قال + MP + name في حديث إلى «paper» إن … «…»',
    text: 'وقال النائب العراقي حيدر الموسوي في حديث إلى «الشرق الأوسط» إن البرلمان «لن يصوت على الموازنة بصيغتها الحالية».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['لن يصوت على الموازنة بصيغتها الحالية', 'partial', 'حيدر الموسوي'],
    ],
  },
  {
    what: 'الإبلاغ … عبر «app» أو الاتصال … (no speech)',
    text: 'وأهابت أمانة المنطقة الشرقية بالسكان الإبلاغ عن الحفريات المخالفة عبر «بلدي» أو الاتصال بالرقم المجاني.',
    quotes: [['بلدي', 'mention', null]],
  },
  {
    what: 'أن الاعتراض يقدم من خلال «head + definite genitive»',
    text: 'وبينت الهيئة العامة للزكاة والدخل أن الاعتراض يقدم من خلال «منصة الخدمات الإلكترونية» خلال عشرة أيام.',
    quotes: [['منصة الخدمات الإلكترونية', 'mention', null]],
  },
  {
    what: 'أعلنت الشركة عبر «a platform in Latin letters» أنها …',
    text: 'وأعلنت شركة نيوم للتقنية عبر «LinkedIn» أنها ستوظف 300 مهندس خلال العام المقبل.',
    quotes: [['LinkedIn', 'mention', null]],
  },
  {
    what: 'الشركة المشغلة للعبارة، «name» + a two-word trade, at the sentence’s end',
    text: 'وفرضت هيئة النقل المصرية غرامة على الشركة المشغلة للعبارة، «بحر النيل» للنقل البحري.',
    quotes: [['بحر النيل', 'mention', null]],
  },
  {
    what: 'الشركة الموزعة للأدوية، «name»، as an object',
    text: 'واستدعت النيابة العامة ممثلي الشركة الموزعة للأدوية، «الشفاء الطبية»، للتحقيق في الشحنة المهربة.',
    quotes: [['الشفاء الطبية', 'mention', null]],
  },
  {
    what: 'quote first, ، كما قال + name لـ«paper» (a lead word before the cue)',
    text: '«المطار سيعمل بكامل طاقته قبل موسم الحج»، كما قال مدير الطيران المدني في جدة عصام الغامدي لـ«المدينة».',
    quotes: [
      ['المطار سيعمل بكامل طاقته قبل موسم الحج', 'direct', 'عصام الغامدي'],
      ['المدينة', 'mention', null],
    ],
  },
  {
    what: 'أبلغت (feminine) + the paper told before sources of a named ministry, then أن … «…»',
    text: 'وأبلغت «الوطن» مصادر في وزارة الصحة أن الحملة «ستشمل جميع المدارس الابتدائية».',
    quotes: [
      ['الوطن', 'mention', null],
      ['ستشمل جميع المدارس الابتدائية', 'partial', 'وزارة الصحة'],
    ],
  },
  {
    what: 'officer لعلامة «brand» + trade word + name, then إن … «…»',
    text: 'وقالت المديرة التنفيذية لعلامة «نسمة» للأزياء ريم الفارس إن المجموعة الجديدة «نفدت خلال يومين».',
    quotes: [
      ['نسمة', 'mention', null],
      ['نفدت خلال يومين', 'partial', 'ريم الفارس'],
    ],
  },
  {
    what: 'عبر «an app named by a verb-shaped word» (توكلنا)',
    text: 'وأوضحت وزارة الداخلية أن التصاريح تصدر عبر «توكلنا» دون الحاجة إلى مراجعة المكاتب.',
    quotes: [['توكلنا', 'mention', null]],
  },
  {
    what: 'من خلال «a one-word service» (نفاذ)',
    text: 'وأكد المتحدث باسم وزارة العدل أن الدخول إلى الخدمة يتم من خلال «نفاذ» فقط.',
    quotes: [['نفاذ', 'mention', null]],
  },
  {
    what: 'quote first, ، كتبت + name على «platform».',
    text: '«شكرا لكل من وقف معي في هذه الأزمة»، كتبت المؤثرة سارة الحمادي على «تيك توك».',
    quotes: [
      ['شكرا لكل من وقف معي في هذه الأزمة', 'direct', 'سارة الحمادي'],
      ['تيك توك', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، يقول + name لبرنامج «programme» على قناة «channel».',
    text: '«الدوري هذا الموسم هو الأقوى منذ سنوات»، يقول الناقد الرياضي فهد المطوع لبرنامج «المجلس» على قناة «الكأس».',
    quotes: [
      ['الدوري هذا الموسم هو الأقوى منذ سنوات', 'direct', 'فهد المطوع'],
      ['المجلس', 'mention', null],
      ['الكأس', 'mention', null],
    ],
  },
  {
    what: 'أبلغ + name + a three-word channel told + أمس, then أن … «…»',
    text: 'وأبلغ رئيس الهلال الأحمر اليمني عادل باعباد «سكاي نيوز عربية» أمس أن فرق الإغاثة «وصلت إلى المناطق المنكوبة».',
    quotes: [
      ['سكاي نيوز عربية', 'mention', null],
      ['وصلت إلى المناطق المنكوبة', 'partial', 'عادل باعباد'],
    ],
  },
  {
    what: 'quote first in " ", ، قال + name لـ"agency"، + a time word at the end',
    text: '"المفاوضات وصلت إلى طريق مسدود"، قال الدبلوماسي الأوروبي هانس بيكر لـ"رويترز"، الأربعاء.',
    quotes: [
      ['المفاوضات وصلت إلى طريق مسدود', 'direct', 'هانس بيكر'],
      ['رويترز', 'mention', null],
    ],
  },
  {
    what: 'quote first, ، بحسب ما قالت + name لـ«channel».',
    text: '«المياه ملوثة ولا تصلح للشرب»، بحسب ما قالت الطبيبة المتطوعة هالة منصور لـ«الجزيرة مباشر».',
    quotes: [
      ['المياه ملوثة ولا تصلح للشرب', 'direct', 'هالة منصور'],
      ['الجزيرة مباشر', 'mention', null],
    ],
  },
  {
    what: 'أخبر + a plural-named body + the paper told, then بأن … «…»',
    text: 'وأخبرت جمعية المتقاعدين «الجزيرة» بأن مطالب أعضائها «لم تلق أي استجابة حتى الآن».',
    quotes: [
      ['الجزيرة', 'mention', null],
      ['لم تلق أي استجابة حتى الآن', 'partial', 'جمعية المتقاعدين'],
    ],
  },
  {
    what: 'guard: a postposed cue then لـ«…» holding a clause stays partial',
    text: '«لن نوقع على الاتفاق»، قال رئيس الوفد سمير حداد، لـ«أن الشروط مجحفة بحق شعبنا».',
    quotes: [
      ['لن نوقع على الاتفاق', 'direct', 'سمير حداد'],
      ['أن الشروط مجحفة بحق شعبنا', 'partial', 'سمير حداد'],
    ],
  },
  {
    what: 'ستعلن على «بوابة …» (a portal after على, its head inside the marks)',
    text: 'وأوضحت جامعة الملك عبدالعزيز أن نتائج القبول ستعلن على «بوابة الطالب» مساء الأحد.',
    quotes: [['بوابة الطالب', 'mention', null]],
  },
  {
    what: 'التسجيل على «منصة …» (a platform after على, its head inside the marks)',
    text: 'ودعت هيئة تنمية الصادرات الراغبين إلى التسجيل على «منصة العمل الحر» قبل نهاية الشهر.',
    quotes: [['منصة العمل الحر', 'mention', null]],
  },
  {
    what: 'في «تطبيق …» (an app after في, its head inside the marks)',
    text: 'وأكدت وزارة الصحة أن المواعيد متاحة في «تطبيق موعد» على مدار الساعة.',
    quotes: [['تطبيق موعد', 'mention', null]],
  },
  {
    what: 'guard: حرص على «verbal noun + definite genitive» stays partial',
    text: 'وأكد وزير التجارة المغربي رشيد العلمي حرص بلاده على «تعزيز التعاون» مع دول الخليج.',
    quotes: [['تعزيز التعاون', 'partial', 'رشيد العلمي']],
  },
  {
    what: 'guard: أبلغ + name + «a message» + ل + بأن: the object said, not the hearer',
    text: 'وأبلغ وزير الخارجية البحريني يوسف المناعي «رسالة واضحة» للمجتمع الدولي بأن بلاده لن تقبل التدخل.',
    quotes: [['رسالة واضحة', 'partial', 'يوسف المناعي']],
  },
  {
    what: 'guard: إلا عبر «an indefinite noun and adjectives» stays partial',
    text: 'وقال الأمين العام للحزب كمال بن عيسى إن الأزمة لن تحل إلا عبر «حوار وطني شامل».',
    quotes: [['حوار وطني شامل', 'partial', 'كمال بن عيسى']],
  },
  {
    what: 'guard: من خلال «a definite word» stays partial',
    text: 'وأكد رئيس المجلس البلدي سعد الحارثي أن الحل يمر من خلال «الشراكة» مع القطاع الخاص.',
    quotes: [['الشراكة', 'partial', 'سعد الحارثي']],
  },
  {
    what: 'guard: a postposed cue then مشيرا إلى «…»: the participle’s complement stays partial',
    text: '«الوضع الاقتصادي يتحسن ببطء»، قال المحلل المالي رامي الخطيب، مشيرا إلى «تحسن ملحوظ في الصادرات».',
    quotes: [
      ['الوضع الاقتصادي يتحسن ببطء', 'direct', 'رامي الخطيب'],
      ['تحسن ملحوظ في الصادرات', 'partial', 'رامي الخطيب'],
    ],
  },
];

describe('mention14: the outlet told right after the speaker’s name', () => {
  runRows(toldAfterNameRows);
});
describe('mention14: لـ«outlet» after a postposed speaker', () => {
  runRows(postposedLamRows);
});
describe('mention14: outlets after a noun of speech', () => {
  runRows(speechNounRows);
});
describe('mention14: portals, apps and platforms after عبر/من خلال/على/في', () => {
  runRows(platformRows);
});
describe('mention14: firms and brands', () => {
  runRows(firmRows);
});
describe('mention14: campaigns, festivals and events', () => {
  runRows(eventRows);
});
describe('mention14: guards', () => {
  runRows(guardRows);
});
describe('mention14: more of the class, written after the first commit', () => {
  runRows(moreRows);
});
