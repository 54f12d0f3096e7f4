/**
 * A second probe of generality, on what the first (probe.test.ts) did not cover: the structure of long
 * articles (a speaker introduced in the lede and quoted paragraphs later, after others spoke; speakers
 * alternating; a body and its spokesman), the attribution after the quote and in the present tense,
 * the channels of speech (في حديث لـ, خلال مؤتمر صحفي, في تغريدة, عبر حسابه), bodies of every kind,
 * beats, outlets from the Gulf to the Maghreb, Sudan, Iraq and Palestine, transliterated names, what a
 * quote may hold (numbers, dates, a colon, a question), headlines, datelines and bullet lines.
 *
 * Every passage and name is invented here; no row was tuned on the corpus and no engine rule was
 * written for them. The expectations come from reading each passage as a person would, under the
 * annotation rules of ../shared/corpus/README.md (speaker = the fullest name the passage gives, without
 * title, rank or honorific; a body for its statement; Y for a relay «نقلت X عن Y»).
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible: when a gap is closed, vitest reports the row as an
 * unexpected pass and the mark comes off.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/** Long articles: speakers introduced early and quoted later, turns, a body and its spokesman. */
const structureRows: readonly Row[] = [
  {
    what: 'structure: a title alone, two paragraphs after the lede and after another speaker',
    text: 'أعلن وزير النقل سامر الحلبي، اليوم الإثنين، خطة لتوسيع شبكة القطارات في العاصمة.\n\nوقال رئيس نقابة السائقين مجدي الرفاعي: «الخطة تجاهلت مطالبنا بالكامل».\n\nوردا على ذلك، قال الوزير: «أبوابنا مفتوحة أمام النقابة».',
    quotes: [
      ['الخطة تجاهلت مطالبنا بالكامل', 'direct', 'مجدي الرفاعي'],
      ['أبوابنا مفتوحة أمام النقابة', 'direct', 'سامر الحلبي'],
    ],
  },
  {
    what: 'structure: two candidates alternate, each named again by surname',
    text: 'وقال مرشح حزب الوسط كريم الداودي في المناظرة: «البطالة هي التحدي الأول». ورد منافسه المستقل هشام البناء: «المشكلة في الفساد لا في البطالة». وقال الداودي: «الأرقام لا تكذب». فرد البناء: «الأرقام التي تعرضها قديمة».',
    quotes: [
      ['البطالة هي التحدي الأول', 'direct', 'كريم الداودي'],
      ['المشكلة في الفساد لا في البطالة', 'direct', 'هشام البناء'],
      ['الأرقام لا تكذب', 'direct', 'كريم الداودي'],
      ['الأرقام التي تعرضها قديمة', 'direct', 'هشام البناء'],
    ],
  },
  {
    what: 'structure: a woman and a man alternate, dropped subjects told apart by وأضافت and وتابع',
    text: 'وقالت مديرة المدرسة هدى العلوي: «الصفوف مكتظة بأكثر من أربعين طالبا». وقال ولي أمر أحد الطلاب، حسن البدري: «أبناؤنا لا يجدون مقاعد». وأضافت: «طلبنا من الوزارة بناء جناح جديد». وتابع: «ننتظر منذ عامين».',
    quotes: [
      ['الصفوف مكتظة بأكثر من أربعين طالبا', 'direct', 'هدى العلوي'],
      ['أبناؤنا لا يجدون مقاعد', 'direct', 'حسن البدري'],
      ['طلبنا من الوزارة بناء جناح جديد', 'direct', 'هدى العلوي'],
      ['ننتظر منذ عامين', 'direct', 'حسن البدري'],
    ],
  },
  {
    what: 'structure: a ministry’s statement, then its spokesman, then وأضاف goes on with him',
    text: 'وقالت وزارة الداخلية في بيان: «تم ضبط شبكة لتهريب المخدرات». وقال المتحدث باسم الوزارة العميد فيصل الرميثي: «الشبكة تضم اثني عشر شخصا». وأضاف: «التحقيقات مستمرة».',
    quotes: [
      ['تم ضبط شبكة لتهريب المخدرات', 'direct', 'وزارة الداخلية'],
      ['الشبكة تضم اثني عشر شخصا', 'direct', 'فيصل الرميثي'],
      ['التحقيقات مستمرة', 'direct', 'فيصل الرميثي'],
    ],
  },
  {
    what: 'structure: a woman minister in the lede, a man quoted, then وتابعت الوزيرة',
    text: 'افتتحت وزيرة الثقافة لمياء الشريف، مساء الخميس، معرض الكتاب في دورته الثلاثين.\n\nوقال مدير المعرض عادل النمر: «نستقبل هذا العام ستمئة دار نشر».\n\nوتابعت الوزيرة في كلمتها: «الكتاب ما زال بخير».',
    quotes: [
      ['نستقبل هذا العام ستمئة دار نشر', 'direct', 'عادل النمر'],
      ['الكتاب ما زال بخير', 'direct', 'لمياء الشريف'],
    ],
  },
  {
    what: 'structure: وأضاف keeps the speaker across a background paragraph naming another man',
    text: 'وقال رئيس الوزراء ناصر القاسمي: «الاتفاق سيوقع قبل نهاية الشهر».\n\nوكان الرئيس السابق عادل منصور قد وقع اتفاقا مماثلا عام 2019 لكنه لم ينفذ.\n\nوأضاف: «هذه المرة لدينا ضمانات دولية».',
    quotes: [
      ['الاتفاق سيوقع قبل نهاية الشهر', 'direct', 'ناصر القاسمي'],
      ['هذه المرة لدينا ضمانات دولية', 'direct', 'ناصر القاسمي'],
    ],
  },
  {
    what: 'structure: the pluperfect وكان … قد قال إن',
    text: 'وكان وزير الخارجية مراد الشهابي قد قال في وقت سابق إن بلاده «لن تشارك في أي تحالف عسكري».',
    quotes: [['لن تشارك في أي تحالف عسكري', 'partial', 'مراد الشهابي']],
  },
  {
    what: 'structure: أما … فقال',
    text: 'أما وزير المالية سامي الكرمي فقال: «العجز سينخفض العام المقبل».',
    quotes: [['العجز سينخفض العام المقبل', 'direct', 'سامي الكرمي']],
  },
  {
    what: 'structure: a man, then أما … فقالت gives the floor to a woman',
    text: 'وقال رئيس البلدية غسان الأشقر: «المشروع سينجز في موعده». أما المهندسة المشرفة على المشروع ريما حداد فقالت: «نحتاج إلى ثلاثة أشهر إضافية».',
    quotes: [
      ['المشروع سينجز في موعده', 'direct', 'غسان الأشقر'],
      ['نحتاج إلى ثلاثة أشهر إضافية', 'direct', 'ريما حداد'],
    ],
  },
  {
    what: 'structure: a reporter’s question names a president; the answer is still the spokesman’s',
    text: 'وقال المتحدث باسم الخارجية جمال الصباغ: «الحوار هو الطريق الوحيد». وردا على سؤال عن تصريحات الرئيس الأميركي، قال: «لن نعلق على تصريحات الآخرين».',
    quotes: [
      ['الحوار هو الطريق الوحيد', 'direct', 'جمال الصباغ'],
      ['لن نعلق على تصريحات الآخرين', 'direct', 'جمال الصباغ'],
    ],
  },
  {
    what: 'structure: ومن جانبها gives the floor from an opposition leader to the government',
    text: 'وقال زعيم المعارضة نزار الشوملي: «الحكومة فشلت في إدارة الأزمة». ومن جانبها، قالت الحكومة في بيان: «الانتقادات لا تستند إلى أي أرقام».',
    quotes: [
      ['الحكومة فشلت في إدارة الأزمة', 'direct', 'نزار الشوملي'],
      ['الانتقادات لا تستند إلى أي أرقام', 'direct', 'الحكومة'],
    ],
  },
  {
    what: 'structure: a chief of staff in the lede, a paragraph of setting, then وقال with no subject',
    text: 'أكد رئيس هيئة الأركان الفريق يوسف الدرعي أن الجيش مستعد لكل الاحتمالات.\n\nوجاء ذلك خلال زيارته للوحدات المرابطة على الحدود الشمالية.\n\nوقال: «جنودنا في أعلى درجات الجاهزية».',
    quotes: [['جنودنا في أعلى درجات الجاهزية', 'direct', 'يوسف الدرعي']],
  },
  {
    what: 'structure: a company, its spokesman, then الشركة again by its short name',
    text: 'أعلنت شركة الخليج للطيران تعليق رحلاتها إلى ثلاث مدن. وقال المتحدث باسم الشركة وائل السعدي: «القرار مؤقت». وأضافت الشركة أن «الركاب سيحصلون على تعويض كامل».',
    quotes: [
      ['القرار مؤقت', 'direct', 'وائل السعدي'],
      ['الركاب سيحصلون على تعويض كامل', 'partial', 'شركة الخليج للطيران'],
    ],
  },
  {
    what: 'structure: a feminine dropped subject (وأوضحت) goes back to an authority past a man named after it',
    text: 'وقالت الهيئة العامة للطيران المدني في بيان: «المطار سيعمل بكامل طاقته الشهر المقبل». وكان مدير المطار سليم العبادي قد أعلن الأسبوع الماضي عن خطة للتوسعة. وأوضحت: «أعمال الصيانة انتهت».',
    quotes: [
      ['المطار سيعمل بكامل طاقته الشهر المقبل', 'direct', 'الهيئة العامة للطيران المدني'],
      ['أعمال الصيانة انتهت', 'direct', 'الهيئة العامة للطيران المدني'],
    ],
  },
  {
    what: 'structure: قبل أن يضيف goes on with the speaker of the same sentence',
    text: 'وقال رئيس الاتحاد المحلي للتجارة منصور الدهان: «الأسواق هادئة»، قبل أن يضيف: «الأسعار ستعود إلى طبيعتها».',
    quotes: [
      ['الأسواق هادئة', 'direct', 'منصور الدهان'],
      ['الأسعار ستعود إلى طبيعتها', 'direct', 'منصور الدهان'],
    ],
  },
];

/** The attribution after the quote, the present tense of features, بالقول and على حد قوله. */
const afterRows: readonly Row[] = [
  {
    what: 'after: «…»، أضاف with the surname, after a first quote',
    text: 'وقال مدرب المنتخب وليد الزعبي: «اللاعبون بذلوا جهدا كبيرا». «نحتاج إلى وقت للتعافي قبل المباراة المقبلة»، أضاف الزعبي.',
    quotes: [
      ['اللاعبون بذلوا جهدا كبيرا', 'direct', 'وليد الزعبي'],
      ['نحتاج إلى وقت للتعافي قبل المباراة المقبلة', 'direct', 'وليد الزعبي'],
    ],
  },
  {
    what: 'after: «…»، تابعت with no subject',
    text: 'وقالت وزيرة البيئة جميلة السويدي: «التلوث في الخليج بلغ مستويات مقلقة». «لن نمنح أي ترخيص جديد قبل مراجعة شاملة»، تابعت.',
    quotes: [
      ['التلوث في الخليج بلغ مستويات مقلقة', 'direct', 'جميلة السويدي'],
      ['لن نمنح أي ترخيص جديد قبل مراجعة شاملة', 'direct', 'جميلة السويدي'],
    ],
  },
  {
    what: 'after: «…»، يقول, a fisherman described after his name',
    text: '«البحر لم يعد يعطينا ما يكفي»، يقول الصياد سالم بوعلام وهو يصلح شباكه في ميناء المدينة.',
    quotes: [['البحر لم يعد يعطينا ما يكفي', 'direct', 'سالم بوعلام']],
  },
  {
    what: 'present: تقول …، وهي أم …: «…»',
    text: 'تقول سعاد المهيري، وهي أم لثلاثة أطفال: «ننتظر المساعدات منذ أسبوعين».',
    quotes: [['ننتظر المساعدات منذ أسبوعين', 'direct', 'سعاد المهيري']],
  },
  {
    what: 'present: ويضيف goes on with the speaker of ويقول',
    text: 'ويقول المزارع عمر الحسن: «الجفاف قضى على نصف المحصول». ويضيف: «لم نتلق أي تعويض من الحكومة».',
    quotes: [
      ['الجفاف قضى على نصف المحصول', 'direct', 'عمر الحسن'],
      ['لم نتلق أي تعويض من الحكومة', 'direct', 'عمر الحسن'],
    ],
  },
  {
    what: 'present: ويقول … إن with a fragment',
    text: 'ويقول المحلل الاقتصادي رامي الخطيب إن الأسواق «تعيش حالة من الترقب».',
    quotes: [['تعيش حالة من الترقب', 'partial', 'رامي الخطيب']],
  },
  {
    what: 'after: «…»، قالت with a compound first name (نور الهدى)',
    text: '«لم نشهد مثل هذا الإقبال من قبل»، قالت مديرة المهرجان نور الهدى الصافي.',
    quotes: [['لم نشهد مثل هذا الإقبال من قبل', 'direct', 'نور الهدى الصافي']],
  },
  {
    what: 'after: «…»، قال …، مضيفا أن with a fragment',
    text: '«الاقتصاد يتعافى ببطء»، قال محافظ البنك المركزي طارق العمري، مضيفا أن التضخم «سيتراجع في النصف الثاني من العام».',
    quotes: [
      ['الاقتصاد يتعافى ببطء', 'direct', 'طارق العمري'],
      ['سيتراجع في النصف الثاني من العام', 'partial', 'طارق العمري'],
    ],
  },
  {
    what: 'after: «…»، حسب المتحدث باسم …',
    text: '«الحريق أتى على مساحة خمسين هكتارا»، حسب المتحدث باسم الحماية المدنية أحمد بلقاسم.',
    quotes: [['الحريق أتى على مساحة خمسين هكتارا', 'direct', 'أحمد بلقاسم']],
  },
  {
    what: 'after: a fragment after بأنها, then على حد قوله',
    text: 'ووصف رئيس الاتحاد العمالي بسام الخازن الزيادة بأنها «فتات لا يكفي لشيء»، على حد قوله.',
    quotes: [['فتات لا يكفي لشيء', 'partial', 'بسام الخازن']],
  },
  {
    what: 'after: a question, then يتساءل and the speaker',
    text: '«إلى متى سننتظر الكهرباء؟»، يتساءل صاحب المخبز محمود العطار.',
    quotes: [['إلى متى سننتظر الكهرباء؟', 'direct', 'محمود العطار']],
  },
  {
    what: 'before: ختم … حديثه بالقول',
    text: 'وختم رئيس الجمعية يوسف الشامسي حديثه بالقول: «العمل التطوعي مسؤولية الجميع».',
    quotes: [['العمل التطوعي مسؤولية الجميع', 'direct', 'يوسف الشامسي']],
  },
];

/** Where the words were said: interviews, press conferences, posts. */
const channelRows: readonly Row[] = [
  {
    what: 'channel: في حديث لـ«site» and a colon',
    text: 'وقال الخبير العسكري العميد المتقاعد منذر الأيوبي في حديث لـ«الجزيرة نت»: «المعركة ستطول».',
    quotes: [
      ['الجزيرة نت', 'mention', null],
      ['المعركة ستطول', 'direct', 'منذر الأيوبي'],
    ],
  },
  {
    what: 'channel: في حديث لـ"paper"، إن',
    text: 'وقال الباحث في الشؤون الإيرانية حسين الموسوي، في حديث لـ"العربي الجديد"، إن "طهران تراهن على الوقت".',
    quotes: [
      ['العربي الجديد', 'mention', null],
      ['طهران تراهن على الوقت', 'partial', 'حسين الموسوي'],
    ],
  },
  {
    what: 'channel: خلال مؤتمر صحفي مع نظيره, then the colon',
    text: 'وقال وزير الخارجية عبد الكريم الهاشمي خلال مؤتمر صحفي مع نظيره الفرنسي: «ناقشنا الملف النووي بالتفصيل».',
    quotes: [['ناقشنا الملف النووي بالتفصيل', 'direct', 'عبد الكريم الهاشمي']],
  },
  {
    what: 'channel: خلال مؤتمر صحفي مشترك مع … between commas, then أن',
    text: 'وأكد رئيس الوزراء خالد المصري، خلال مؤتمر صحفي مشترك مع المستشار الألماني، أن «البلدين يتقاسمان الرؤية نفسها».',
    quotes: [['البلدين يتقاسمان الرؤية نفسها', 'partial', 'خالد المصري']],
  },
  {
    what: 'channel: في تغريدة على منصة «إكس» and a colon',
    text: 'وكتب رئيس الحزب نبيل الحلو في تغريدة على منصة «إكس»: «لن نشارك في حكومة لا تحترم الدستور».',
    quotes: [
      ['إكس', 'mention', null],
      ['لن نشارك في حكومة لا تحترم الدستور', 'direct', 'نبيل الحلو'],
    ],
  },
  {
    what: 'channel: a UN envoy in a post on إكس, unquoted platform, then إن',
    text: 'وقال المبعوث الأممي ماركوس لينديل في تغريدة على منصة إكس إن «الأطراف وافقت على استئناف المحادثات».',
    quotes: [['الأطراف وافقت على استئناف المحادثات', 'partial', 'ماركوس لينديل']],
  },
  {
    what: 'channel: عبر حسابه على فيسبوك and a colon',
    text: 'وقال النائب علي الساعدي عبر حسابه على فيسبوك: «الموازنة لم تنصف المحافظات الجنوبية».',
    quotes: [['الموازنة لم تنصف المحافظات الجنوبية', 'direct', 'علي الساعدي']],
  },
  {
    what: 'channel: نشرت … عبر حسابها الرسمي على إنستغرام',
    text: 'ونشرت الفنانة ليلى عبد الرحمن عبر حسابها الرسمي على إنستغرام: «شكرا لكل من سأل عني».',
    quotes: [['شكرا لكل من سأل عني', 'direct', 'ليلى عبد الرحمن']],
  },
  {
    what: 'channel: كتب … في منشور على صفحته',
    text: 'وكتب الوزير السابق إيلي نصار في منشور على صفحته: «البلد يحتاج إلى معجزة».',
    quotes: [['البلد يحتاج إلى معجزة', 'direct', 'إيلي نصار']],
  },
  {
    what: 'channel: في مقابلة مع قناة «…»',
    text: 'وقالت الناشطة الحقوقية سلمى الجزائري في مقابلة مع قناة «فرانس 24»: «لم يتغير شيء منذ الثورة».',
    quotes: [
      ['فرانس 24', 'mention', null],
      ['لم يتغير شيء منذ الثورة', 'direct', 'سلمى الجزائري'],
    ],
  },
];

/** Bodies: an army, a party, a court, UN agencies, a committee, a statement that relays its minister. */
const bodyRows: readonly Row[] = [
  {
    what: 'body: an army in a statement, قواته and a fragment',
    text: 'وقال الجيش السوداني في بيان إن قواته «استعادت السيطرة على مدينة بارا».',
    quotes: [['استعادت السيطرة على مدينة بارا', 'partial', 'الجيش السوداني']],
  },
  {
    what: 'body: a party in a statement with a colon',
    text: 'وقال حزب التجمع الوطني في بيان: «نرفض نتائج الانتخابات جملة وتفصيلا».',
    quotes: [['نرفض نتائج الانتخابات جملة وتفصيلا', 'direct', 'حزب التجمع الوطني']],
  },
  {
    what: 'body: a court named in the lede, then المحكمة in the reasoning of its verdict',
    text: 'وقضت محكمة الاستئناف بسجن المتهم خمس سنوات. وقالت المحكمة في حيثيات الحكم إن المتهم «استغل ثقة الضحايا».',
    quotes: [['استغل ثقة الضحايا', 'partial', 'محكمة الاستئناف']],
  },
  {
    what: 'body: a UN office with its acronym in brackets',
    text: 'وقال مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية (أوتشا) في بيان: «أكثر من مليون شخص بحاجة إلى مساعدات عاجلة».',
    quotes: [
      ['أكثر من مليون شخص بحاجة إلى مساعدات عاجلة', 'direct', 'مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية'],
    ],
  },
  {
    what: 'body: حذرت منظمة … (acronym) من أن',
    text: 'وحذرت منظمة الأمم المتحدة للطفولة (يونيسف) من أن «آلاف الأطفال مهددون بسوء التغذية».',
    quotes: [['آلاف الأطفال مهددون بسوء التغذية', 'partial', 'منظمة الأمم المتحدة للطفولة']],
  },
  {
    what: 'body: a ministry announces, then وأضافت الوزارة في بيان',
    text: 'وأعلنت وزارة الصحة الفلسطينية ارتفاع عدد الضحايا. وأضافت الوزارة في بيان: «الطواقم الطبية تعمل في ظروف مستحيلة».',
    quotes: [['الطواقم الطبية تعمل في ظروف مستحيلة', 'direct', 'وزارة الصحة الفلسطينية']],
  },
  {
    what: 'body: a statement relays its minister (نقل البيان عن … قوله)',
    text: 'ونقل البيان عن وزير الخارجية رائد الحمدان قوله: «لن نقبل بأي تدخل في شؤوننا الداخلية».',
    quotes: [['لن نقبل بأي تدخل في شؤوننا الداخلية', 'direct', 'رائد الحمدان']],
  },
  {
    what: 'body: a spokesman for the Secretary-General named first, his post in apposition',
    text: 'وقال فلوريان ماتيو، المتحدث باسم الأمين العام للأمم المتحدة، للصحفيين في نيويورك: «الأمين العام يشعر بقلق بالغ».',
    quotes: [['الأمين العام يشعر بقلق بالغ', 'direct', 'فلوريان ماتيو']],
  },
  {
    what: 'body: a parliamentary committee in a report',
    text: 'وقالت لجنة الشؤون الخارجية في مجلس النواب في تقرير لها إن «الاتفاقية تمس السيادة الوطنية».',
    quotes: [['الاتفاقية تمس السيادة الوطنية', 'partial', 'لجنة الشؤون الخارجية في مجلس النواب']],
  },
  {
    what: 'relay after the quote: بحسب ما نقلت وكالة … عن والي …',
    text: '«المياه ستعود إلى الأحياء خلال يومين»، بحسب ما نقلت وكالة الأنباء السودانية عن والي ولاية الجزيرة الطاهر إبراهيم.',
    quotes: [['المياه ستعود إلى الأحياء خلال يومين', 'direct', 'الطاهر إبراهيم']],
  },
];

/** Sports, economy and health. */
const beatRows: readonly Row[] = [
  {
    what: 'sports: a goalkeeper of a club after the match',
    text: 'وقال حارس مرمى الفيصلي أنس الزروالي عقب اللقاء: «ارتكبنا أخطاء لا تغتفر في الشوط الثاني».',
    quotes: [['ارتكبنا أخطاء لا تغتفر في الشوط الثاني', 'direct', 'أنس الزروالي']],
  },
  {
    what: 'sports: a club’s statement on its website',
    text: 'وقال نادي الاتحاد في بيان على موقعه الرسمي: «نتمنى للاعب التوفيق في مسيرته المقبلة».',
    quotes: [['نتمنى للاعب التوفيق في مسيرته المقبلة', 'direct', 'نادي الاتحاد']],
  },
  {
    what: 'sports: a Portuguese coach, then من جانبه the captain',
    text: 'وقال مدرب الفريق البرتغالي جواو ماركيش: «سنلعب من أجل الفوز». من جانبه، قال قائد الفريق سعد الحارثي: «الجماهير تستحق اللقب».',
    quotes: [
      ['سنلعب من أجل الفوز', 'direct', 'جواو ماركيش'],
      ['الجماهير تستحق اللقب', 'direct', 'سعد الحارثي'],
    ],
  },
  {
    what: 'sports: a federation president, a fragment after أن',
    text: 'وأكد رئيس الاتحاد الجزائري لكرة القدم عبد الحكيم بن علي أن المنتخب «سيتأهل إلى كأس العالم».',
    quotes: [['سيتأهل إلى كأس العالم', 'partial', 'عبد الحكيم بن علي']],
  },
  {
    what: 'sports: a score and a minute inside the quote',
    text: 'وقال مدرب الفريق ماهر الشريف: «خسرنا 3-1 لكننا لعبنا جيدا حتى الدقيقة 70».',
    quotes: [['خسرنا 3-1 لكننا لعبنا جيدا حتى الدقيقة 70', 'direct', 'ماهر الشريف']],
  },
  {
    what: 'economy: a central bank in a statement, a fragment after إن',
    text: 'وقال البنك المركزي المصري في بيان إن قرار تثبيت الفائدة «يتسق مع مسار خفض التضخم».',
    quotes: [['يتسق مع مسار خفض التضخم', 'partial', 'البنك المركزي المصري']],
  },
  {
    what: 'economy: a governor, أشار إلى أن with a fragment',
    text: 'وأشار محافظ البنك المركزي نبيل الشرقاوي إلى أن الاحتياطيات «في مستوى مريح».',
    quotes: [['في مستوى مريح', 'partial', 'نبيل الشرقاوي']],
  },
  {
    what: 'economy: a company’s chief executive, a decimal and a year inside the quote',
    text: 'وقال الرئيس التنفيذي لشركة الأفق للاستثمار ماجد العتيبي: «حققنا أرباحا صافية بلغت 2.3 مليار ريال في 2025».',
    quotes: [['حققنا أرباحا صافية بلغت 2.3 مليار ريال في 2025', 'direct', 'ماجد العتيبي']],
  },
  {
    what: 'economy: the present تتوقع, a woman economist at a bank',
    text: 'وتتوقع كبيرة الاقتصاديين في البنك الأهلي رنا القدسي أن يبقى النمو «دون التوقعات».',
    quotes: [['دون التوقعات', 'partial', 'رنا القدسي']],
  },
  {
    what: 'health: the WHO, then its regional director (المدير الإقليمي للمنظمة)',
    text: 'وقالت منظمة الصحة العالمية في بيان: «الوضع الصحي في المخيمات كارثي». وقال المدير الإقليمي للمنظمة كمال الشريف: «نحتاج إلى ممرات آمنة لإيصال الأدوية».',
    quotes: [
      ['الوضع الصحي في المخيمات كارثي', 'direct', 'منظمة الصحة العالمية'],
      ['نحتاج إلى ممرات آمنة لإيصال الأدوية', 'direct', 'كمال الشريف'],
    ],
  },
  {
    what: 'health: a hospital director with the abbreviation د.',
    text: 'وقال مدير مستشفى الأمل د. سامر الهندي: «غرف العناية المركزة ممتلئة».',
    quotes: [['غرف العناية المركزة ممتلئة', 'direct', 'سامر الهندي']],
  },
  {
    what: 'health: a nurse in the present tense, a relative clause after her name',
    text: 'تقول الممرضة رشا عودة، التي تعمل في قسم الطوارئ منذ عشر سنوات: «لم أر شيئا كهذا من قبل».',
    quotes: [['لم أر شيئا كهذا من قبل', 'direct', 'رشا عودة']],
  },
  {
    what: 'health: a ministry with a number and a date with two month names',
    text: 'وقالت وزارة الصحة العراقية في بيان: «سجلنا 1250 إصابة بالكوليرا منذ 3 أيلول/سبتمبر».',
    quotes: [['سجلنا 1250 إصابة بالكوليرا منذ 3 أيلول/سبتمبر', 'direct', 'وزارة الصحة العراقية']],
  },
];

/** Outlets: Saudi and Gulf agencies, Egyptian, Maghrebi, Sudanese, Iraqi and Palestinian papers. */
const outletRows: readonly Row[] = [
  {
    what: 'SPA: وأوضح with a long title (مدير عام فرع … بمنطقة …), then مشيراً إلى أن',
    text: 'وأوضح مدير عام فرع وزارة البيئة والمياه والزراعة بمنطقة القصيم المهندس سلطان الحربي أن الفرع أنهى استعداداته لموسم الأمطار، مشيراً إلى أن «فرق الطوارئ ستعمل على مدار الساعة».',
    quotes: [['فرق الطوارئ ستعمل على مدار الساعة', 'partial', 'سلطان الحربي']],
  },
  {
    what: 'SPA: ونوّه … بـ…، مؤكداً أن',
    text: 'ونوّه صاحب السمو الملكي الأمير تركي بن سعود أمير المنطقة الشرقية بالدعم الذي تحظى به المشاريع التنموية، مؤكداً أن «المواطن هو محور التنمية».',
    quotes: [['المواطن هو محور التنمية', 'partial', 'تركي بن سعود']],
  },
  {
    what: 'SPA: وبيّن … في تصريح لـ«واس» أن, a number in the quote',
    text: 'وبيّن المتحدث الرسمي لهيئة الهلال الأحمر السعودي فهد الشمري في تصريح لـ«واس» أن «الفرق الإسعافية باشرت 312 حالة خلال يوم عرفة».',
    quotes: [
      ['واس', 'mention', null],
      ['الفرق الإسعافية باشرت 312 حالة خلال يوم عرفة', 'partial', 'فهد الشمري'],
    ],
  },
  {
    what: 'Oman: معالي السيد, a name with بن, the post after it',
    text: 'وأكد معالي السيد حمد بن سعيد البوسعيدي وزير الداخلية أن «الانتخابات البلدية ستجرى في موعدها».',
    quotes: [['الانتخابات البلدية ستجرى في موعدها', 'partial', 'حمد بن سعيد البوسعيدي']],
  },
  {
    what: 'Egyptian: الدكتور, his post in apposition, في تصريحات صحفية، أن',
    text: 'وأكد الدكتور حسام الدين فوزي، وزير الري، في تصريحات صحفية، أن «منسوب النيل آمن حتى الآن».',
    quotes: [['منسوب النيل آمن حتى الآن', 'partial', 'حسام الدين فوزي']],
  },
  {
    what: 'Egyptian: المهندس, his post, في تصريحات خاصة لـ"paper"، إن',
    text: 'وقال المهندس أشرف الجمال، رئيس جمعية المستثمرين العقاريين، في تصريحات خاصة لـ"اليوم السابع"، إن "السوق تشهد ركودا مؤقتا".',
    quotes: [
      ['اليوم السابع', 'mention', null],
      ['السوق تشهد ركودا مؤقتا', 'partial', 'أشرف الجمال'],
    ],
  },
  {
    what: 'Egyptian: a woman professor بجامعة …، إن with a fragment',
    text: 'وقالت الدكتورة منى الشافعي، أستاذة علم الاجتماع بجامعة عين شمس، إن الظاهرة «تحتاج إلى مواجهة مجتمعية».',
    quotes: [['تحتاج إلى مواجهة مجتمعية', 'partial', 'منى الشافعي']],
  },
  {
    what: 'Moroccan: أبرز والي جهة …، في كلمة بالمناسبة، أن',
    text: 'وأبرز والي جهة سوس ماسة أحمد الحجري، في كلمة بالمناسبة، أن «الجهة حققت نسبة نمو مهمة».',
    quotes: [['الجهة حققت نسبة نمو مهمة', 'partial', 'أحمد الحجري']],
    // engine gap: أبرز is a cue now (after و and before أن), but the region's two plain words (سوس ماسة)
    // cannot be told from a name: the speaker is `جهة سوس`.
    gaps: ['attribution'],
  },
  {
    what: 'Moroccan: سجل الفاعل الجمعوي …، في تصريح لهسبريس، أن',
    text: 'وسجل الفاعل الجمعوي رشيد بنعلي، في تصريح لهسبريس، أن "المدينة تعاني من خصاص كبير في المرافق".',
    quotes: [['المدينة تعاني من خصاص كبير في المرافق', 'partial', 'رشيد بنعلي']],
  },
  {
    what: 'Tunisian: أفاد الناطق الرسمي باسم المحكمة …، في تصريح لإذاعة "…"، بأن',
    text: 'وأفاد الناطق الرسمي باسم المحكمة الابتدائية بصفاقس منير العكرمي، في تصريح لإذاعة "موزاييك"، بأن "المتهمين أحيلوا على قاضي التحقيق".',
    quotes: [
      ['موزاييك', 'mention', null],
      ['المتهمين أحيلوا على قاضي التحقيق', 'partial', 'منير العكرمي'],
    ],
  },
  {
    what: 'Algerian: لدى إشرافه على … between commas, then أن',
    text: 'وأكد وزير السكن نور الدين بوعلام، لدى إشرافه على توزيع ألفي مسكن بولاية قسنطينة، أن «الدولة لن تتخلى عن أي عائلة».',
    quotes: [['الدولة لن تتخلى عن أي عائلة', 'partial', 'نور الدين بوعلام']],
  },
  {
    what: 'Sudanese: the spokesman of a committee لـ"site" and a colon',
    text: 'وقال المتحدث باسم تنسيقية لجان المقاومة بالخرطوم مجاهد إدريس لـ"سودان تربيون": "المواطنون يعيشون بلا كهرباء منذ شهر".',
    quotes: [
      ['سودان تربيون', 'mention', null],
      ['المواطنون يعيشون بلا كهرباء منذ شهر', 'direct', 'مجاهد إدريس'],
    ],
  },
  {
    what: 'Sudanese: stacked ranks (الفريق أول ركن), لدى مخاطبته …',
    text: 'وقال عضو مجلس السيادة الفريق أول ركن عثمان الصديق، لدى مخاطبته حشدا في بورتسودان: «النصر قريب».',
    quotes: [['النصر قريب', 'direct', 'عثمان الصديق']],
  },
  {
    what: 'Iraqi: a committee member, لـ"site" between commas, then إن',
    text: 'وقال عضو لجنة الأمن والدفاع النيابية كاظم الفريجي، لـ"شفق نيوز"، إن "الحدود مع سوريا مؤمنة بالكامل".',
    quotes: [
      ['شفق نيوز', 'mention', null],
      ['الحدود مع سوريا مؤمنة بالكامل', 'partial', 'كاظم الفريجي'],
    ],
  },
  {
    what: 'Iraqi: النائب عن تحالف …, في تصريح صحفي and a colon',
    text: 'وقال النائب عن تحالف البناء حيدر الركابي في تصريح صحفي: «الحكومة ملزمة بتنفيذ القانون».',
    quotes: [['الحكومة ملزمة بتنفيذ القانون', 'direct', 'حيدر الركابي']],
  },
  {
    what: 'Palestinian: eyewitnesses tell «وفا», a fragment after إن',
    text: 'وقال شهود عيان لـ«وفا» إن قوات الاحتلال «اقتحمت البلدة من ثلاثة محاور».',
    quotes: [
      ['وفا', 'mention', null],
      ['اقتحمت البلدة من ثلاثة محاور', 'partial', 'شهود عيان'],
    ],
  },
  {
    what: 'Palestinian: the spokesman of a movement named in quotes',
    text: 'وقال الناطق باسم حركة «فتح» عمر الشعبي: «الوحدة الوطنية هي الرد الوحيد».',
    quotes: [
      ['فتح', 'mention', null],
      ['الوحدة الوطنية هي الرد الوحيد', 'direct', 'عمر الشعبي'],
    ],
  },
];

/** Transliterated foreign names. */
const foreignRows: readonly Row[] = [
  {
    what: 'foreign: an American adviser, للصحفيين على متن …',
    text: 'وقال مستشار الأمن القومي الأميركي جيك ويلسون للصحفيين على متن الطائرة الرئاسية: «لن نقبل بأي تصعيد».',
    quotes: [['لن نقبل بأي تصعيد', 'direct', 'جيك ويلسون']],
  },
  {
    what: 'foreign: the UN Secretary-General named after the quote',
    text: '«العالم يقف على حافة الهاوية»، قال الأمين العام للأمم المتحدة أنطونيو ريبيرو.',
    quotes: [['العالم يقف على حافة الهاوية', 'direct', 'أنطونيو ريبيرو']],
  },
  {
    what: 'foreign: a Japanese prime minister',
    text: 'وقال رئيس الوزراء الياباني هيروشي ناكامورا: «اليابان ستضاعف مساعداتها الإنسانية».',
    quotes: [['اليابان ستضاعف مساعداتها الإنسانية', 'direct', 'هيروشي ناكامورا']],
  },
  {
    what: 'foreign: a Russian spokeswoman, then her surname alone',
    text: 'وقالت المتحدثة باسم الخارجية الروسية أولغا بيلوفا: «موسكو لم تتلق أي مقترح». وأضافت بيلوفا: «الكرة في ملعب واشنطن».',
    quotes: [
      ['موسكو لم تتلق أي مقترح', 'direct', 'أولغا بيلوفا'],
      ['الكرة في ملعب واشنطن', 'direct', 'أولغا بيلوفا'],
    ],
  },
  {
    what: 'foreign: a German name with فون, then إن',
    text: 'وقال وزير الدفاع الألماني كارل فون هايدن إن «أوروبا يجب أن تعتمد على نفسها».',
    quotes: [['أوروبا يجب أن تعتمد على نفسها', 'partial', 'كارل فون هايدن']],
  },
  {
    what: 'foreign: a first name that opens with ل (لوكاس) after a title ending in a body',
    text: 'وقال المدير التنفيذي لبرنامج الأغذية العالمي لوكاس برانت: «المخازن شبه فارغة».',
    quotes: [['المخازن شبه فارغة', 'direct', 'لوكاس برانت']],
  },
];

/** What a quote may hold: numbers and dates in Arabic-Indic digits, a colon, questions, two sentences. */
const contentRows: readonly Row[] = [
  {
    what: 'content: a date and an amount in Arabic-Indic digits',
    text: 'وقال وزير التخطيط هاني الدوري: «سنبدأ التنفيذ في ١٥ آذار/مارس ٢٠٢٦ بكلفة ٣٠٠ مليون دولار».',
    quotes: [['سنبدأ التنفيذ في ١٥ آذار/مارس ٢٠٢٦ بكلفة ٣٠٠ مليون دولار', 'direct', 'هاني الدوري']],
  },
  {
    what: 'content: a colon inside the quote',
    text: 'وقال رئيس الوفد المفاوض بشير الزين: «قلت لهم بوضوح: لا اتفاق من دون انسحاب كامل».',
    quotes: [['قلت لهم بوضوح: لا اتفاق من دون انسحاب كامل', 'direct', 'بشير الزين']],
  },
  {
    what: 'content: two questions inside one quote after تساءلت',
    text: 'وتساءلت الناشطة منى الربيعي: «أين ذهبت أموال إعادة الإعمار؟ ومن سيحاسب المسؤولين؟».',
    quotes: [['أين ذهبت أموال إعادة الإعمار؟ ومن سيحاسب المسؤولين؟', 'direct', 'منى الربيعي']],
  },
  {
    what: 'content: a question quote, then قالت and a kunya (أم أحمد)',
    text: '«هل يعقل أن ننتظر عاما كاملا للحصول على موعد؟»، قالت المواطنة أم أحمد.',
    quotes: [['هل يعقل أن ننتظر عاما كاملا للحصول على موعد؟', 'direct', 'أم أحمد']],
  },
  {
    what: 'content: two sentences inside one quote',
    text: 'وقال زعيم الحركة الاحتجاجية مهدي العبيدي: «لن نتراجع. هذا قرار الشارع».',
    quotes: [['لن نتراجع. هذا قرار الشارع', 'direct', 'مهدي العبيدي']],
  },
  {
    what: 'fragment: ندد … بـ«…», the preposition written apart after the name',
    text: 'وندد وزير الخارجية سامي العلي بـ«الاعتداء الغاشم على السفارة».',
    quotes: [['الاعتداء الغاشم على السفارة', 'partial', 'سامي العلي']],
  },
  {
    what: 'fragment: طالب … بـ«…» with a long fragment',
    text: 'وطالب رئيس الوزراء عماد السراج بـ«تشكيل حكومة من الخبراء خلال أسبوعين».',
    quotes: [['تشكيل حكومة من الخبراء خلال أسبوعين', 'partial', 'عماد السراج']],
  },
];

/** Headlines over a body, datelines with an outlet, bullet lines. */
const layoutRows: readonly Row[] = [
  {
    what: 'headline: a title لـ«paper»: «…», the body names the ambassador',
    text: 'السفير الفرنسي لـ«الرأي»: «علاقاتنا مع الأردن استراتيجية»\n\nقال السفير الفرنسي في عمان جان لوك مارتان إن العلاقات بين البلدين تشهد تطورا ملحوظا.',
    quotes: [
      ['الرأي', 'mention', null],
      ['علاقاتنا مع الأردن استراتيجية', 'direct', 'جان لوك مارتان'],
    ],
  },
  {
    what: 'headline: a verb and a fragment after بـ, the body names him',
    text: 'رئيس الوزراء يتعهد بـ«حكومة كفاءات»\n\nتعهد رئيس الوزراء المكلف عماد السراج بتشكيل حكومة من الخبراء خلال أسبوعين.',
    quotes: [['حكومة كفاءات', 'partial', 'عماد السراج']],
  },
  {
    what: 'headline: a surname and a colon, then the body quotes him again',
    text: 'الزهيري: «لن أترشح لولاية ثالثة»\n\nأعلن رئيس البرلمان رياض الزهيري أنه لن يترشح مجددا. وقال في مؤتمر صحفي: «حان وقت التغيير».',
    quotes: [
      ['لن أترشح لولاية ثالثة', 'direct', 'رياض الزهيري'],
      ['حان وقت التغيير', 'direct', 'رياض الزهيري'],
    ],
  },
  {
    what: 'bullets: lines that each quote the speaker named before the colon',
    text: 'ومن أبرز ما قاله رئيس الوزراء وليد القاضي في كلمته:\n- «لا تراجع عن الإصلاحات».\n- «الدعم سيصل إلى مستحقيه».\n- «الفساد عدونا الأول».',
    quotes: [
      ['لا تراجع عن الإصلاحات', 'direct', 'وليد القاضي'],
      ['الدعم سيصل إلى مستحقيه', 'direct', 'وليد القاضي'],
      ['الفساد عدونا الأول', 'direct', 'وليد القاضي'],
    ],
  },
  {
    what: 'a colon ends the paragraph; the quote is the next paragraph',
    text: 'وقال رئيس مجلس النواب فهد العزاوي في كلمته أمام الجلسة الافتتاحية:\n\n«هذا البرلمان سيكون صوت المواطن لا صوت الأحزاب».',
    quotes: [['هذا البرلمان سيكون صوت المواطن لا صوت الأحزاب', 'direct', 'فهد العزاوي']],
  },
  {
    what: 'a two-word fragment after تعهد بـ in a body sentence',
    text: 'وتعهد رئيس الوزراء عماد السراج بـ«حكومة كفاءات» خلال أسبوعين.',
    quotes: [['حكومة كفاءات', 'partial', 'عماد السراج']],
  },
  {
    what: 'dateline: a city, a dash, the paper in quotes and a colon before the lede',
    text: 'بغداد - «الصباح»: أكد وزير النفط حامد الربيعي أن الصادرات «ستبلغ أربعة ملايين برميل يوميا».',
    quotes: [
      ['الصباح', 'mention', null],
      ['ستبلغ أربعة ملايين برميل يوميا', 'partial', 'حامد الربيعي'],
    ],
  },
  {
    what: 'headline: a term in quotes with no speaker is a mention',
    text: 'موسم «الحسم» يبدأ اليوم\n\nتنطلق اليوم مباريات الجولة الأخيرة من الدوري الممتاز.',
    quotes: [['الحسم', 'mention', null]],
  },
  {
    what: 'participle: مؤكدة goes on with the woman of the sentence',
    text: 'وأشادت وزيرة الهجرة سهى الفقي بدور الجاليات في الخارج، مؤكدة أن «أبناء الوطن في المهجر سفراء له».',
    quotes: [['أبناء الوطن في المهجر سفراء له', 'partial', 'سهى الفقي']],
  },
];

describe('probe2: long articles', () => {
  runRows(structureRows);
});
describe('probe2: attribution after the quote, present tense', () => {
  runRows(afterRows);
});
describe('probe2: channels of speech', () => {
  runRows(channelRows);
});
describe('probe2: bodies', () => {
  runRows(bodyRows);
});
describe('probe2: sports, economy, health', () => {
  runRows(beatRows);
});
describe('probe2: outlets', () => {
  runRows(outletRows);
});
describe('probe2: transliterated names', () => {
  runRows(foreignRows);
});
describe('probe2: what a quote holds', () => {
  runRows(contentRows);
});
describe('probe2: headlines, datelines, bullets', () => {
  runRows(layoutRows);
});
