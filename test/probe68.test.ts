/**
 * A sixty-eighth probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw, each imitating the copy its desk really files (byline or
 * dateline, lede, chains of titles and honorifics, second naming, cue verbs, marks, background paragraphs).
 * Five in the voices of Saudi online papers of mid-2015: Al-Watan on a campaign against stray dogs in Khamis
 * Mushait (a city-colon-name byline, the campaign's quoted name, the municipality head (المهندس) لـ"الوطن" with
 * إن, then وأضاف + family name أن and مبيناً أن, a citizen with روى … لـ"الوطن" … وقال:, a woman doctor
 * (الدكتورة) with من جهتها، أوضحت … أن and مشددة على ضرورة "…", a closing يذكر أن), Al-Bilad on taxi meters in
 * Makkah before Hajj in « » (the transport authority's branch director (المهندس) with أكد … لـ«البلاد» أن, then
 * وبين + family name أن with a quoted app and وتابع:, a driver with في المقابل، يرى …، الذي …، أن then ويقول:
 * with a question mark inside the marks, a Pakistani pilgrim with أما … فقال لـ«البلاد» إنه and مضيفاً أنه
 * without a quote, a closing يذكر أن), Makkah on school-supply prices in Jeddah (a name-then-city byline, a
 * quoted hashtag, the commerce branch director (الدكتور) لـ"مكة" with إن and مؤكداً أن "…", then ونصح +
 * family name … التي "…", a mother by her kunya with وهي … and a colon, a shop owner with عزا … إلى "…" then
 * وأضاف:, a background paragraph), Ajel on a cap on domestic-worker recruitment costs (its name-and-city line,
 * the quoted Musaned programme, the labour ministry spokesman في تصريح لـ"عاجل" with أن … وأن, then وأضاف:
 * with no subject, an office owner known only by description with اعتبر …، فضل عدم ذكر اسمه، أن then وتابع:,
 * a woman citizen (المواطنة) with إنها and متسائلة:, a closing يذكر أن) and Al-Jazirah on locust spraying in
 * Hail in « » (the agriculture branch director (المهندس) with أكد … أن «…» then وقال:, then وأشار + family name
 * إلى أن and لافتاً إلى أن, a farmer للجزيرة with إن and مضيفاً:, the emirate's statement with صاحب السمو
 * الملكي in the sentence and أكدت فيه أن, a closing يذكر أن). Five in the voices of international outlets:
 * France 24 on the presidential guard's coup in Burkina Faso (a quoted council name in the lede,
 * an officer reading a statement on television with إن then مضيفا:, ECOWAS with طالبت في بيان بـ"…", the
 * African Union with اعتبر … أن, a young man with ويدعى … (24 عاما) لوكالة فرانس برس:, the French foreign
 * ministry with دعت … إلى then its spokesman للصحافيين إن, the agency line), BBC Arabic on typhoon Soudelor in
 * Taiwan (the typhoon's quoted name, the weather bureau with قالت … إن and مشيرة إلى أن, a paragraph with no
 * quote, an emergency official in apposition with إن then وأضاف:, then لكن + surname + استدرك قائلا إن, a
 * café owner with وتقول …، وهي …، لبي بي سي:, Xinhua relaying an official with نقلت … عن … قوله إن),
 * Sky News Arabia on the airstrike on the MSF hospital in Kunduz (MSF with طالبت بـ"…", then قالت المنظمة في
 * بيان إن and معتبرة أن, its Belgian head of mission in apposition لسكاي نيوز عربية:, the US spokesman
 * (الكولونيل) in apposition with إن then وأضاف أنها, the Afghan interior ministry with أما … فأكدت أن, a
 * background paragraph), Sputnik on the Crimea blackout in « » (a dash dateline, ما وصفته بـ«…» credited to
 * Moscow, a deputy energy minister in apposition للصحفيين إن and مؤكدا أن, then وأضاف + surname:, a Crimean
 * deputy premier (a woman) with من جهتها، أوضحت …، في حديث لـ«سبوتنيك»، أن and ودعت … إلى, a resident by
 * description لمراسل «سبوتنيك»:, the Ukrainian ministry's spokesman unnamed with إن, a closing يذكر أن) and
 * Al Arabiya on electricity protests in Iraq (a city-and-name byline, a quoted slogan and hashtag, an
 * organiser in apposition لـ"العربية.نت" with إن then وأضاف + surname:, the electricity ministry's statement
 * with أكدت … أن and أقرت بأن, an expert (الدكتور) with ويرى …، …، أن then مضيفا:, the Najaf religious
 * authority with دعت … الحكومة إلى "…").
 *
 * Every person and quote is invented here (places, bodies, outlets, the typhoon, the programme and the
 * slogan are real or plausible); no row was tuned on the corpus. The expectations come from reading each
 * article as a person would, under the annotation rules of ../shared/corpus/README.md (speaker = the fullest
 * name the article gives, without title, rank, role or honorific; a body for its statement; a relayed quote
 * to the one relayed; a description alone (أحد سكان سيمفيروبول، صاحب أحد مكاتب الاستقدام في بريدة) when that is
 * all the article gives; names of papers, apps, programmes, campaigns, councils, typhoons, slogans and
 * hashtags are mentions with no speaker), and were written before the engine was run on them.
 *
 * The file as first committed (2fe751f), one row per article, was scored with `npm run probe-score -- HEAD~1`
 * before any row was run (probe68: 5/10 rows, 58/67 speech quotes, 18/19 mentions; by hand from the rows,
 * Saudi 3/5 rows, 28/31 speech, 12/12 mentions, international 2/5 rows, 30/36 speech, 6/7 mentions). After
 * the run no expectation was found to misread the corpus rules, and none was changed. Each passage the engine
 * misreads was then split out of its article into a row of its own (the tables of split rows below; each
 * passage needed no paragraph before it), the rest of the article kept as written. Every paragraph and
 * expectation of the ten articles is in one row. Later (twelfth session), when the engine began to read an
 * unnamed official of a named body as the body, the BBC typhoon article's last passage was misread (the
 * mainland's «إدارة الأرصاد المحلية» taken for the Taiwanese bureau named before): it was split out with the
 * bureau's paragraph it is confused with, its expectation as first written.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Watan stray dogs in Khamis Mushait in " ": a city-colon-name byline, the campaign’s quoted name, the municipality head (المهندس) لـ"الوطن" with إن, then وأضاف + family name أن and مبيناً أن, a citizen with روى … لـ"الوطن" then وقال:, a woman doctor (الدكتورة) with من جهتها، أوضحت … أن and مشددة على ضرورة "…", a closing يذكر أن',
    text: [
      'خميس مشيط: سعيد آل شهران',
      'أطلقت بلدية محافظة خميس مشيط أمس حملة "حي آمن" للحد من انتشار الكلاب الضالة في الأحياء الشمالية للمحافظة، بعد تسجيل 14 حالة عقر خلال الشهرين الماضيين، بينها ثلاثة أطفال نقلوا إلى مستشفى الولادة والأطفال.',
      'وقال رئيس بلدية محافظة خميس مشيط المهندس عبدالله بن مسفر القحطاني لـ"الوطن" إن الحملة "تستمر ستة أسابيع، وتشارك فيها أربع فرق ميدانية مزودة بأقفاص وسيارات نقل، بالتنسيق مع الشؤون الصحية ومديرية الزراعة".',
      'وأضاف القحطاني أن البلدية تلقت خلال الفترة الماضية "أكثر من 300 بلاغ عبر الرقم 940"، مبيناً أن الكلاب "تتجمع حول حاويات النفايات ومخلفات المطاعم وفي الأراضي البيضاء غير المسورة، وهذا ما يجعل ملاك هذه الأراضي شركاء في المشكلة".',
      'وفي حي الضيافة، روى المواطن ناصر بن محمد آل عامر لـ"الوطن" كيف هاجم كلبان ابنه عند خروجه لصلاة الفجر، وقال: "كان معه أخوه الكبير، ولولا أنه ضرب الكلبين بعصا لكانت المصيبة أكبر، ونحن الآن لا نسمح للأولاد بالخروج وحدهم بعد المغرب".',
      'من جهتها، أوضحت مديرة إدارة الطب الوقائي بالشؤون الصحية في منطقة عسير الدكتورة هيفاء بنت سعد الشهري أن جميع المعقورين "تلقوا الجرعات الوقائية من لقاح داء الكلب في الوقت المناسب"، مشددة على ضرورة "مراجعة أقرب مستشفى فور التعرض لأي عقر أو خدش، وعدم الاكتفاء بغسل الجرح في المنزل".',
      'يذكر أن أمانة منطقة عسير نفذت حملة مماثلة في أبها العام الماضي، ضبطت خلالها أكثر من 900 كلب ضال، ونقلتها إلى مواقع خارج النطاق العمراني.',
    ].join('\n\n'),
    quotes: [
      ['حي آمن', 'mention', null],
      ['الوطن', 'mention', null],
      [
        'تستمر ستة أسابيع، وتشارك فيها أربع فرق ميدانية مزودة بأقفاص وسيارات نقل، بالتنسيق مع الشؤون الصحية ومديرية الزراعة',
        'partial',
        'عبدالله بن مسفر القحطاني',
      ],
      ['أكثر من 300 بلاغ عبر الرقم 940', 'partial', 'عبدالله بن مسفر القحطاني'],
      [
        'تتجمع حول حاويات النفايات ومخلفات المطاعم وفي الأراضي البيضاء غير المسورة، وهذا ما يجعل ملاك هذه الأراضي شركاء في المشكلة',
        'partial',
        'عبدالله بن مسفر القحطاني',
      ],
      ['الوطن', 'mention', null],
      [
        'كان معه أخوه الكبير، ولولا أنه ضرب الكلبين بعصا لكانت المصيبة أكبر، ونحن الآن لا نسمح للأولاد بالخروج وحدهم بعد المغرب',
        'direct',
        'ناصر بن محمد آل عامر',
      ],
      ['تلقوا الجرعات الوقائية من لقاح داء الكلب في الوقت المناسب', 'partial', 'هيفاء بنت سعد الشهري'],
      [
        'مراجعة أقرب مستشفى فور التعرض لأي عقر أو خدش، وعدم الاكتفاء بغسل الجرح في المنزل',
        'partial',
        'هيفاء بنت سعد الشهري',
      ],
    ],
  },
  {
    what: 'Al-Bilad taxi meters in Makkah before Hajj in « »: a city-dash-name byline, the transport authority’s branch director (المهندس) with أكد … لـ«البلاد» أن, then وبين + family name أن with a quoted app and وتابع:, a driver with في المقابل، يرى …، الذي …، أن then ويقول: with a question mark inside the marks, a Pakistani pilgrim with أما … فقال لـ«البلاد» إنه, a closing يذكر أن',
    text: [
      'مكة المكرمة - حامد العتيبي',
      'بدأت فرق الرقابة التابعة لهيئة النقل العام جولاتها على سيارات الأجرة في مكة المكرمة للتأكد من تشغيل العدادات، قبل أسابيع من بدء توافد ضيوف الرحمن لأداء فريضة الحج، وسط شكاوى متكررة من المعتمرين من رفض السائقين تشغيل العداد ومساومتهم على الأجرة.',
      'وأكد مدير فرع هيئة النقل العام بمنطقة مكة المكرمة المهندس فواز بن هليل السلمي لـ«البلاد» أن الفرق الرقابية «ستعمل على مدار الساعة في المنطقة المركزية وعلى مداخل مكة، وستوقع غرامة قدرها 500 ريال على كل سائق يرفض تشغيل العداد أو يتجاوز التسعيرة المعتمدة».',
      'وبين السلمي أن الراكب يستطيع الإبلاغ عن أي مخالفة عبر تطبيق «نقل» أو بالاتصال على الرقم المجاني، وتابع: «نحن لا نستهدف السائق الملتزم، بل نستهدف من يستغل حاجة الحاج والمعتمر، ومن يتعامل مع الزائر وكأنه صيد موسمي».',
      'في المقابل، يرى سائق الأجرة مرزوق بن عايض الجحدلي، الذي يعمل في مكة منذ عشرين عاماً، أن المشكلة «ليست في العداد وحده»، ويقول: «الزحام في المنطقة المركزية يجعل المشوار القصير يستغرق ساعة، والعداد لا يحسب الانتظار بشكل منصف، فمن يعوضنا عن الوقود والوقت؟».',
      'أما المعتمر الباكستاني محمد عارف شودري فقال لـ«البلاد» إنه دفع «مئة ريال من الفندق إلى الحرم، والمسافة لا تتجاوز ثلاثة كيلومترات»، مضيفاً أنه لم يكن يعلم بوجود عداد في السيارة، وأن السائق لم يشغله طوال الطريق.',
      'يذكر أن هيئة النقل العام أقرت العام الماضي تسعيرة موحدة لسيارات الأجرة في مدن المملكة، تبدأ بعشرة ريالات لفتح العداد، وتضاف إليها ريال و80 هللة عن كل كيلومتر.',
    ].join('\n\n'),
    quotes: [
      ['البلاد', 'mention', null],
      [
        'ستعمل على مدار الساعة في المنطقة المركزية وعلى مداخل مكة، وستوقع غرامة قدرها 500 ريال على كل سائق يرفض تشغيل العداد أو يتجاوز التسعيرة المعتمدة',
        'partial',
        'فواز بن هليل السلمي',
      ],
      ['نقل', 'mention', null],
      [
        'نحن لا نستهدف السائق الملتزم، بل نستهدف من يستغل حاجة الحاج والمعتمر، ومن يتعامل مع الزائر وكأنه صيد موسمي',
        'direct',
        'فواز بن هليل السلمي',
      ],
      ['ليست في العداد وحده', 'partial', 'مرزوق بن عايض الجحدلي'],
      [
        'الزحام في المنطقة المركزية يجعل المشوار القصير يستغرق ساعة، والعداد لا يحسب الانتظار بشكل منصف، فمن يعوضنا عن الوقود والوقت؟',
        'direct',
        'مرزوق بن عايض الجحدلي',
      ],
      ['البلاد', 'mention', null],
      ['مئة ريال من الفندق إلى الحرم، والمسافة لا تتجاوز ثلاثة كيلومترات', 'partial', 'محمد عارف شودري'],
    ],
  },
  {
    what: 'Makkah school-supply prices in Jeddah in " ": a name-then-city byline, a quoted hashtag, the commerce branch director (الدكتور) لـ"مكة" with إن and مؤكداً أن "…", then ونصح + family name … التي "…" and داعياً إلى without a quote, a mother by her kunya with وهي … and a colon, a shop owner with عزا …، …، … إلى "…" then وأضاف:, a background paragraph',
    text: [
      'سلطان الزهراني - جدة',
      'قفزت أسعار الحقائب والأدوات المدرسية في أسواق جدة بنسب تراوحت بين 20 و40% مع اقتراب العام الدراسي الجديد، في وقت شهدت فيه المكتبات ومحلات القرطاسية ازدحاماً غير مسبوق، وتداول مغردون وسم "#غلاء_القرطاسية" للتعبير عن استيائهم من الأسعار.',
      'وقال المدير العام لفرع وزارة التجارة والصناعة بمنطقة مكة المكرمة الدكتور عادل بن صالح الغامدي لـ"مكة" إن فرق الوزارة "نفذت 420 جولة على محلات القرطاسية خلال أسبوع، وحررت 37 مخالفة أغلبها لعدم إعلان الأسعار"، مؤكداً أن "رفع السعر ليس مخالفة في حد ذاته ما دام معلناً، لكن المخالفة أن يختلف السعر عند الكاشير عن السعر المعلن على الرف".',
      'ونصح الغامدي الأسر بالشراء من المحلات الكبرى التي "تطرح عروضاً حقيقية وليست وهمية"، داعياً إلى الإبلاغ عن أي تلاعب بالأسعار عبر الرقم المجاني 1900.',
      'وفي أحد المراكز التجارية شمال جدة، قالت أم ريان، وهي أم لأربعة أطفال في المرحلة الابتدائية: "اشتريت الحقيبة نفسها العام الماضي بتسعين ريالاً، واليوم يطلبون فيها مئة وخمسين، والمدرسة أرسلت قائمة طويلة فيها أدوات لا يستخدمها الطفل طوال السنة".',
      'من جهته، عزا مالك إحدى مكتبات حي الصفا، وليد بن عمر باخشب، الارتفاع إلى "زيادة تكاليف الشحن من الصين وارتفاع إيجارات المحلات"، وأضاف: "هامش الربح في القرطاسية ضعيف، ونحن نعتمد على موسم الدراسة لنعوض ركود بقية العام".',
      'وتشير تقديرات غرفة جدة إلى أن حجم سوق الأدوات المدرسية في المملكة يتجاوز ملياري ريال سنوياً، يستورد أغلبها من الصين وإندونيسيا، ويتركز نحو نصف المبيعات في الأسابيع الثلاثة التي تسبق بدء الدراسة.',
    ].join('\n\n'),
    quotes: [
      ['#غلاء_القرطاسية', 'mention', null],
      ['مكة', 'mention', null],
      [
        'نفذت 420 جولة على محلات القرطاسية خلال أسبوع، وحررت 37 مخالفة أغلبها لعدم إعلان الأسعار',
        'partial',
        'عادل بن صالح الغامدي',
      ],
      [
        'رفع السعر ليس مخالفة في حد ذاته ما دام معلناً، لكن المخالفة أن يختلف السعر عند الكاشير عن السعر المعلن على الرف',
        'partial',
        'عادل بن صالح الغامدي',
      ],
      ['تطرح عروضاً حقيقية وليست وهمية', 'partial', 'عادل بن صالح الغامدي'],
      [
        'اشتريت الحقيبة نفسها العام الماضي بتسعين ريالاً، واليوم يطلبون فيها مئة وخمسين، والمدرسة أرسلت قائمة طويلة فيها أدوات لا يستخدمها الطفل طوال السنة',
        'direct',
        'أم ريان',
      ],
      ['زيادة تكاليف الشحن من الصين وارتفاع إيجارات المحلات', 'partial', 'وليد بن عمر باخشب'],
      [
        'هامش الربح في القرطاسية ضعيف، ونحن نعتمد على موسم الدراسة لنعوض ركود بقية العام',
        'direct',
        'وليد بن عمر باخشب',
      ],
    ],
  },
  {
    what: 'Ajel cap on domestic-worker recruitment costs in " ": its name-and-city line, the quoted Musaned programme, the labour ministry spokesman, في تصريح لـ"عاجل"، with أن "…" وأن "…", then وأضاف: with no subject, an office owner known only by description with اعتبر …، فضل عدم ذكر اسمه، أن then وتابع:, a woman citizen (المواطنة) لـ"عاجل" with إنها and متسائلة:, a closing يذكر أن (the passages it misreads split out below)',
    text: [
      'عاجل - الرياض',
      'حددت وزارة العمل سقفاً لتكاليف استقدام العمالة المنزلية من عدد من الدول المصدرة، ضمن برنامج "مساند" الذي أطلقته الوزارة لتنظيم العلاقة بين أصحاب العمل والعمالة المنزلية ومكاتب الاستقدام، وذلك بعد شكاوى واسعة من ارتفاع التكاليف إلى أكثر من 25 ألف ريال للعاملة الواحدة.',
      'وأوضح المتحدث الرسمي لوزارة العمل عبدالله بن ناصر الدوسري، في تصريح لـ"عاجل"، أن السقف الجديد "لا يشمل تذاكر السفر والكشف الطبي في بلد العامل"، وأن المكتب الذي يتجاوزه "يعرض نفسه لإيقاف الترخيص ستة أشهر في المرة الأولى، وإلغائه نهائياً عند التكرار".',
      'وأضاف: "المواطن أصبح قادراً من خلال البوابة على مقارنة أسعار المكاتب ومدة الاستقدام وتقييمات العملاء السابقين، قبل أن يدفع ريالاً واحداً".',
      'وقالت المواطنة نورة بنت عبدالله العنزي لـ"عاجل" إنها انتظرت عاملتها "سبعة أشهر ودفعت 22 ألف ريال، ثم هربت بعد ثلاثة أسابيع"، متسائلة: "من يعيد لي حقي؟ المكتب يقول إن فترة الضمان انتهت، والشرطة تقول راجعي المكتب".',
      'يذكر أن المملكة تستضيف أكثر من مليون ونصف المليون عامل وعاملة منزلية، وفق إحصاءات وزارة العمل، يأتي أغلبهم من إندونيسيا والفلبين وسريلانكا والهند.',
    ].join('\n\n'),
    quotes: [
      ['مساند', 'mention', null],
      ['عاجل', 'mention', null],
      ['لا يشمل تذاكر السفر والكشف الطبي في بلد العامل', 'partial', 'عبدالله بن ناصر الدوسري'],
      [
        'يعرض نفسه لإيقاف الترخيص ستة أشهر في المرة الأولى، وإلغائه نهائياً عند التكرار',
        'partial',
        'عبدالله بن ناصر الدوسري',
      ],
      [
        'المواطن أصبح قادراً من خلال البوابة على مقارنة أسعار المكاتب ومدة الاستقدام وتقييمات العملاء السابقين، قبل أن يدفع ريالاً واحداً',
        'direct',
        'عبدالله بن ناصر الدوسري',
      ],
      ['عاجل', 'mention', null],
      ['سبعة أشهر ودفعت 22 ألف ريال، ثم هربت بعد ثلاثة أسابيع', 'partial', 'نورة بنت عبدالله العنزي'],
      [
        'من يعيد لي حقي؟ المكتب يقول إن فترة الضمان انتهت، والشرطة تقول راجعي المكتب',
        'direct',
        'نورة بنت عبدالله العنزي',
      ],
    ],
  },
  {
    what: 'Al-Jazirah locust spraying in Hail in « »: a city-dash-name byline, a paragraph with no quote, the agriculture branch director (المهندس) with أكد … لـ«الجزيرة» أن «…» then وقال:, then وأشار + family name إلى أن and لافتاً إلى أن, a farmer للجزيرة with إن and مضيفاً:, the emirate’s statement after صاحب السمو الملكي with بحسب ما أعلنت … أكدت فيه أن, a closing يذكر أن (the passages it misreads split out below)',
    text: [
      'حائل - عبدالعزيز العيادة',
      'كثفت فرق مكافحة الجراد التابعة لوزارة الزراعة أعمال الرش في عدد من مراكز منطقة حائل، بعد رصد أسراب من الجراد الصحراوي قادمة من الجهة الجنوبية الغربية، وسط مخاوف المزارعين على محاصيل النخيل والبرسيم التي تشكل مصدر دخلهم الرئيس.',
      'وأكد مدير عام فرع وزارة الزراعة بمنطقة حائل المهندس سليمان بن عبدالله الرشيدي لـ«الجزيرة» أن الوضع «تحت السيطرة»، وقال: «الفرق رشت حتى الآن أكثر من 18 ألف هكتار بالمبيدات المعتمدة، ولدينا 40 سيارة رش ميدانية تعمل من الفجر حتى المغيب».',
      'وأشار الرشيدي إلى أن المركز الوطني لأبحاث الجراد بجدة «يتابع حركة الأسراب عبر صور الأقمار الصناعية ويزود الفرق بمواقعها أولاً بأول»، لافتاً إلى أن المبيدات المستخدمة «آمنة على الإنسان والماشية إذا التزم المزارع بفترة الأمان المحددة قبل الحصاد».',
      'وفي مركز الشنان، قال المزارع مطلق بن حمود الشمري للجزيرة إن الجراد «أكل الخوص في ليلة واحدة»، مضيفاً: «نحن لا نلوم الفرق، فهم يعملون ليل نهار، لكن الأسراب تأتي أسرع منهم، ومزرعتي بعيدة عن الطريق المعبد».',
      'يذكر أن المملكة تقع ضمن مناطق التكاثر الشتوي والربيعي للجراد الصحراوي على ساحل البحر الأحمر، وتعد من أكثر دول المنطقة خبرة في مكافحته ورصد تحركاته.',
    ].join('\n\n'),
    quotes: [
      ['الجزيرة', 'mention', null],
      ['تحت السيطرة', 'partial', 'سليمان بن عبدالله الرشيدي'],
      [
        'الفرق رشت حتى الآن أكثر من 18 ألف هكتار بالمبيدات المعتمدة، ولدينا 40 سيارة رش ميدانية تعمل من الفجر حتى المغيب',
        'direct',
        'سليمان بن عبدالله الرشيدي',
      ],
      [
        'يتابع حركة الأسراب عبر صور الأقمار الصناعية ويزود الفرق بمواقعها أولاً بأول',
        'partial',
        'سليمان بن عبدالله الرشيدي',
      ],
      [
        'آمنة على الإنسان والماشية إذا التزم المزارع بفترة الأمان المحددة قبل الحصاد',
        'partial',
        'سليمان بن عبدالله الرشيدي',
      ],
      ['أكل الخوص في ليلة واحدة', 'partial', 'مطلق بن حمود الشمري'],
      [
        'نحن لا نلوم الفرق، فهم يعملون ليل نهار، لكن الأسراب تأتي أسرع منهم، ومزرعتي بعيدة عن الطريق المعبد',
        'direct',
        'مطلق بن حمود الشمري',
      ],
    ],
  },
];

describe('probe68: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'Ajel recruitment costs, split out: an office owner known only by description with في المقابل، اعتبر صاحب أحد مكاتب …، فضل عدم ذكر اسمه، أن "…" then وتابع:',
    text: [
      'في المقابل، اعتبر صاحب أحد مكاتب الاستقدام في بريدة، فضل عدم ذكر اسمه، أن القرار "سيدفع بعض المكاتب الصغيرة إلى الإغلاق"، وتابع: "المكتب يتحمل تكاليف لا يراها المواطن، من عمولة المكتب الخارجي إلى السكن المؤقت للعاملة، والسقف لم يراع ذلك".',
    ].join('\n\n'),
    quotes: [
      ['سيدفع بعض المكاتب الصغيرة إلى الإغلاق', 'partial', 'صاحب أحد مكاتب الاستقدام في بريدة'],
      [
        'المكتب يتحمل تكاليف لا يراها المواطن، من عمولة المكتب الخارجي إلى السكن المؤقت للعاملة، والسقف لم يراع ذلك',
        'direct',
        'صاحب أحد مكاتب الاستقدام في بريدة',
      ],
    ],
    // engine gap: both quotes are credited to «مكاتب الاستقدام», the group inside the description, not to
    // the owner the description names (صاحب أحد مكاتب الاستقدام في بريدة).
    gaps: ['attribution'],
  },
  {
    what: 'Al-Jazirah locusts, split out: the emirate’s statement after صاحب السمو الملكي أمير المنطقة in the same sentence, بحسب ما أعلنت إمارة … في بيان، أكدت فيه أن «…»',
    text: [
      'وكان صاحب السمو الملكي أمير منطقة حائل قد وجه الجهات المعنية بتقديم كل الدعم لفرق المكافحة، بحسب ما أعلنت إمارة منطقة حائل في بيان أمس، أكدت فيه أن «سلامة محاصيل المزارعين ومصادر رزقهم أولوية لا تقبل التأجيل».',
    ].join('\n\n'),
    quotes: [['سلامة محاصيل المزارعين ومصادر رزقهم أولوية لا تقبل التأجيل', 'partial', 'إمارة منطقة حائل']],
  },
];

describe('probe68: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'France 24 coup in Burkina Faso in " ": a quoted council name in the lede, an officer reading a statement on television with إن then مضيفا:, a paragraph with no quote, ECOWAS with طالبت في بيان بـ"…" and the African Union with اعتبر … أن, a young man with ويدعى … (24 عاما) لوكالة فرانس برس:, the French foreign ministry with دعت … إلى "…" then its spokesman in apposition للصحافيين إن, the agency line (the passages it misreads split out below)',
    text: [
      'ويضم الفوج نحو 1300 عنصر ويعد الأفضل تسليحا في البلاد، وقد شكل لسنوات الحرس الخاص للرئيس السابق الذي أطاحت به انتفاضة شعبية في تشرين الأول/أكتوبر 2014 بعد 27 عاما في الحكم، وكان حله من أبرز مطالب المجتمع المدني.',
      'ودانت المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس) الانقلاب، وطالبت في بيان بـ"الإفراج الفوري وغير المشروط" عن الرئيس ورئيس الوزراء الانتقاليين، فيما اعتبر الاتحاد الأفريقي أن ما جرى "عمل إرهابي" يستوجب فرض عقوبات على منفذيه.',
      'وفي واغادوغو، أقام شبان حواجز من الإطارات المشتعلة في عدة أحياء قبل أن يفرقهم الجنود بإطلاق النار في الهواء، وقال أحدهم ويدعى عمر كابوري (24 عاما) لوكالة فرانس برس: "لم نخرج إلى الشوارع العام الماضي ونفقد رفاقنا كي يعود هؤلاء إلى الحكم بالسلاح".',
      'فرانس 24 / أ ف ب',
    ].join('\n\n'),
    quotes: [
      ['الإفراج الفوري وغير المشروط', 'partial', 'المجموعة الاقتصادية لدول غرب أفريقيا'],
      ['عمل إرهابي', 'partial', 'الاتحاد الأفريقي'],
      [
        'لم نخرج إلى الشوارع العام الماضي ونفقد رفاقنا كي يعود هؤلاء إلى الحكم بالسلاح',
        'direct',
        'عمر كابوري',
      ],
    ],
  },
  {
    what: 'BBC Arabic typhoon Soudelor in Taiwan in " ": the typhoon’s quoted name, the weather bureau with قالت … إن and مشيرة إلى أن, a paragraph with no quote, an emergency official in apposition with إن then وأضاف:, then لكن + surname + استدرك قائلا إن, a café owner with وتقول …، وهي …، لبي بي سي:, Xinhua relaying an unnamed official with نقلت … عن … قوله إن',
    text: [
      'قتل ستة أشخاص على الأقل وأصيب أكثر من 180 آخرين جراء الإعصار "سوديلور" الذي ضرب تايوان السبت، مخلفا انقطاع الكهرباء عن نحو أربعة ملايين منزل، قبل أن يتجه إلى البر الرئيسي الصيني.',
      'ويعد الإعصار أقوى عاصفة تضرب الجزيرة هذا العام، وكانت السلطات قد أجلت قبل وصوله أكثر من ثلاثة آلاف شخص من القرى الجبلية المعرضة للانهيارات الأرضية، وأغلقت المدارس والمكاتب الحكومية في معظم المدن.',
      'وقال وانغ تشي-مينغ، نائب مدير مركز عمليات الطوارئ، في مؤتمر صحفي في تايبيه إن فرق الإنقاذ "ما زالت تبحث عن أربعة مفقودين"، وأضاف: "الأولوية الآن لإعادة الكهرباء والمياه إلى المستشفيات ودور المسنين".',
      'لكن وانغ استدرك قائلا إن "بعض القرى في مقاطعة ييلان لا يمكن الوصول إليها حتى الآن إلا بالمروحيات".',
      'وتقول لين مي-هوا، وهي صاحبة مقهى في مدينة هوالين على الساحل الشرقي، لبي بي سي: "سمعنا صوت النوافذ تتحطم طوال الليل، وفي الصباح وجدنا سقف المحل في الشارع المقابل".',
    ].join('\n\n'),
    quotes: [
      ['سوديلور', 'mention', null],
      ['ما زالت تبحث عن أربعة مفقودين', 'partial', 'وانغ تشي-مينغ'],
      ['الأولوية الآن لإعادة الكهرباء والمياه إلى المستشفيات ودور المسنين', 'direct', 'وانغ تشي-مينغ'],
      ['بعض القرى في مقاطعة ييلان لا يمكن الوصول إليها حتى الآن إلا بالمروحيات', 'partial', 'وانغ تشي-مينغ'],
      [
        'سمعنا صوت النوافذ تتحطم طوال الليل، وفي الصباح وجدنا سقف المحل في الشارع المقابل',
        'direct',
        'لين مي-هوا',
      ],
    ],
  },
  {
    what: 'Sky News Arabia airstrike on the MSF hospital in Kunduz in " ": its dateline line, MSF with طالبت بـ"…", then قالت المنظمة في بيان إن and معتبرة أن, its Belgian head of mission in apposition لسكاي نيوز عربية:, the US spokesman (الكولونيل) in apposition with إن then وأضاف أنها, the Afghan interior ministry with أما … فأكدت أن, a background paragraph',
    text: [
      'سكاي نيوز عربية - أبوظبي',
      'طالبت منظمة أطباء بلا حدود، الأحد، بإجراء "تحقيق مستقل وشفاف" في الغارة الجوية التي استهدفت مستشفاها في مدينة قندوز شمالي أفغانستان، وأسفرت عن مقتل 22 شخصا بينهم 12 من أفراد طاقمها الطبي.',
      'وقالت المنظمة في بيان إن القصف "استمر أكثر من نصف ساعة بعد أن أبلغنا المسؤولين العسكريين الأميركيين والأفغان بأن المستشفى يتعرض للقصف"، معتبرة أن ما جرى "انتهاك صارخ للقانون الإنساني الدولي".',
      'وقال مدير عمليات المنظمة في أفغانستان، البلجيكي ماتيو ديكلير، لسكاي نيوز عربية: "كان المرضى في أسرتهم عندما اشتعلت النيران، بعضهم لم يتمكن من الحركة، وزملاؤنا الذين نجوا عملوا طوال الليل على إسعاف زملائهم".',
      'في المقابل، قال المتحدث باسم القوات الأميركية في أفغانستان، الكولونيل جيسون ماكاليستر، إن الغارة نفذت "ضد أفراد كانوا يهددون القوات" في محيط المستشفى، وأضاف أنها "ربما أدت إلى أضرار جانبية في منشأة طبية قريبة".',
      'أما وزارة الداخلية الأفغانية فأكدت أن "ما بين عشرة و15 إرهابيا" كانوا يتحصنون داخل المستشفى ويستخدمونه لإطلاق النار، وهو ما نفته المنظمة بشدة.',
      'وكانت حركة طالبان قد سيطرت على قندوز أواخر سبتمبر في أكبر تقدم لها منذ عام 2001، قبل أن تشن القوات الأفغانية بدعم جوي أميركي هجوما مضادا لاستعادة المدينة.',
    ].join('\n\n'),
    quotes: [
      ['تحقيق مستقل وشفاف', 'partial', 'منظمة أطباء بلا حدود'],
      [
        'استمر أكثر من نصف ساعة بعد أن أبلغنا المسؤولين العسكريين الأميركيين والأفغان بأن المستشفى يتعرض للقصف',
        'partial',
        'منظمة أطباء بلا حدود',
      ],
      ['انتهاك صارخ للقانون الإنساني الدولي', 'partial', 'منظمة أطباء بلا حدود'],
      [
        'كان المرضى في أسرتهم عندما اشتعلت النيران، بعضهم لم يتمكن من الحركة، وزملاؤنا الذين نجوا عملوا طوال الليل على إسعاف زملائهم',
        'direct',
        'ماتيو ديكلير',
      ],
      ['ضد أفراد كانوا يهددون القوات', 'partial', 'جيسون ماكاليستر'],
      ['ربما أدت إلى أضرار جانبية في منشأة طبية قريبة', 'partial', 'جيسون ماكاليستر'],
      ['ما بين عشرة و15 إرهابيا', 'partial', 'وزارة الداخلية الأفغانية'],
    ],
  },
  {
    what: 'Sputnik Crimea blackout in « »: a dash dateline, ما وصفته بـ«…» credited to Moscow, a deputy energy minister in apposition للصحفيين إن and مؤكدا أن, then وأضاف + surname:, a Crimean deputy premier (a woman) with من جهتها، أوضحت …، في حديث لـ«سبوتنيك»، أن and ودعت … إلى «…», a resident by description لمراسل «سبوتنيك»:, the Ukrainian ministry’s spokesman unnamed with إن, a closing يذكر أن (the passages it misreads split out below)',
    text: [
      'موسكو — سبوتنيك.',
      'وقال نائب وزير الطاقة الروسي، أليكسي تيخونوف، للصحفيين إن الوزارة «نقلت إلى القرم خلال 24 ساعة أكثر من 400 مولد كهربائي متنقل»، مؤكدا أن الأولوية «للمستشفيات ومحطات ضخ المياه والمدارس».',
      'وأضاف تيخونوف: «الجسر الطاقي عبر مضيق كيرتش سيبدأ تشغيل خطه الأول قبل نهاية العام، وعندها لن تكون القرم رهينة لأحد».',
      'من جهتها، أوضحت نائبة رئيس حكومة جمهورية القرم، يلينا كوفالتشوك، في حديث لـ«سبوتنيك»، أن الكهرباء تصل إلى المنازل «وفق جدول، ساعتين أو ثلاثا في كل مرة»، ودعت السكان إلى «الاقتصاد في استهلاك الطاقة وعدم تشغيل الأجهزة الكبيرة في وقت واحد».',
      'في المقابل، قال المتحدث باسم وزارة الطاقة الأوكرانية إن إصلاح الأبراج «غير ممكن» قبل انسحاب الناشطين الذين يمنعون الفرق الفنية من الوصول إلى الموقع.',
      'يذكر أن القرم انضمت إلى روسيا في آذار/مارس 2014 إثر استفتاء لم تعترف به كييف والدول الغربية.',
    ].join('\n\n'),
    quotes: [
      ['نقلت إلى القرم خلال 24 ساعة أكثر من 400 مولد كهربائي متنقل', 'partial', 'أليكسي تيخونوف'],
      ['للمستشفيات ومحطات ضخ المياه والمدارس', 'partial', 'أليكسي تيخونوف'],
      [
        'الجسر الطاقي عبر مضيق كيرتش سيبدأ تشغيل خطه الأول قبل نهاية العام، وعندها لن تكون القرم رهينة لأحد',
        'direct',
        'أليكسي تيخونوف',
      ],
      ['سبوتنيك', 'mention', null],
      ['وفق جدول، ساعتين أو ثلاثا في كل مرة', 'partial', 'يلينا كوفالتشوك'],
      ['الاقتصاد في استهلاك الطاقة وعدم تشغيل الأجهزة الكبيرة في وقت واحد', 'partial', 'يلينا كوفالتشوك'],
      ['غير ممكن', 'partial', 'المتحدث باسم وزارة الطاقة الأوكرانية'],
    ],
  },
  {
    what: 'Al Arabiya electricity protests in Iraq in " ": a city-and-name byline, a quoted slogan and hashtag, an organiser in apposition لـ"العربية.نت" with إن then وأضاف + surname:, the electricity ministry’s statement with أكدت … أن and أقرت بأن, an expert (الدكتور) with ويرى …، …، أن then مضيفا:, the Najaf religious authority with دعت … الحكومة إلى "…" (the passages it misreads split out below)',
    text: [
      'بغداد - حيدر الساعدي',
      'تظاهر آلاف العراقيين، الجمعة، في ساحة التحرير وسط بغداد وفي مدن البصرة والناصرية والنجف، احتجاجا على الانقطاع المتكرر للتيار الكهربائي في ظل درجات حرارة تجاوزت 50 درجة مئوية، مرددين هتافات من بينها "باسم الدين باكونا الحرامية"، فيما تصدر وسم "#كهرباء_العراق" مواقع التواصل الاجتماعي.',
      'وقال أحد منظمي التظاهرة، الناشط المدني علي جاسم الربيعي، لـ"العربية.نت" إن المتظاهرين "لا يطالبون بالمستحيل، بل بما يحصل عليه أي مواطن في أي دولة تصدر ثلاثة ملايين برميل نفط يوميا".',
      'وأضاف الربيعي: "نحن ننام على أسطح المنازل مع أطفالنا، والمولدات الأهلية تأخذ نصف راتب الموظف، والوزراء يتحدثون عن الخطط منذ 12 عاما".',
      'من جهتها، أكدت وزارة الكهرباء العراقية في بيان أن الإنتاج "بلغ مستوى غير مسبوق"، لكنها أقرت بأن الطلب "يفوق قدرة الشبكة بنحو 40 في المئة في أشهر الصيف".',
      'ويرى الخبير في شؤون الطاقة، الدكتور هادي كاظم العبيدي، أن المشكلة "ليست في الإنتاج وحده بل في شبكات النقل المتهالكة"، مضيفا: "نصف ما ينتج من كهرباء يضيع قبل أن يصل إلى البيوت، بسبب التجاوزات على الشبكة والأسلاك القديمة".',
    ].join('\n\n'),
    quotes: [
      ['باسم الدين باكونا الحرامية', 'mention', null],
      ['#كهرباء_العراق', 'mention', null],
      ['العربية.نت', 'mention', null],
      [
        'لا يطالبون بالمستحيل، بل بما يحصل عليه أي مواطن في أي دولة تصدر ثلاثة ملايين برميل نفط يوميا',
        'partial',
        'علي جاسم الربيعي',
      ],
      [
        'نحن ننام على أسطح المنازل مع أطفالنا، والمولدات الأهلية تأخذ نصف راتب الموظف، والوزراء يتحدثون عن الخطط منذ 12 عاما',
        'direct',
        'علي جاسم الربيعي',
      ],
      ['بلغ مستوى غير مسبوق', 'partial', 'وزارة الكهرباء العراقية'],
      ['يفوق قدرة الشبكة بنحو 40 في المئة في أشهر الصيف', 'partial', 'وزارة الكهرباء العراقية'],
      ['ليست في الإنتاج وحده بل في شبكات النقل المتهالكة', 'partial', 'هادي كاظم العبيدي'],
      [
        'نصف ما ينتج من كهرباء يضيع قبل أن يصل إلى البيوت، بسبب التجاوزات على الشبكة والأسلاك القديمة',
        'direct',
        'هادي كاظم العبيدي',
      ],
    ],
  },
];

describe('probe68: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'BBC Arabic typhoon Soudelor, split out (after the first commit, when a later engine misread it): the Taiwanese bureau, then Xinhua relaying an unnamed official of «إدارة الأرصاد المحلية» in China, after a Taiwanese bureau named earlier',
    text: [
      'وقالت إدارة الأرصاد الجوية المركزية في تايوان إن سرعة الرياح بلغت عند مرور الإعصار "173 كيلومترا في الساعة"، مشيرة إلى أن بعض المناطق الجبلية "سجلت أكثر من متر من الأمطار في أقل من يومين".',
      'وفي الصين، أعلنت السلطات في إقليم فوجيان حالة الطوارئ القصوى، ونقلت وكالة أنباء الصين الجديدة (شينخوا) عن مسؤول في إدارة الأرصاد المحلية قوله إن الإعصار "سيضعف بعد ملامسة اليابسة، لكنه سيجلب أمطارا غزيرة لثلاثة أيام".',
    ].join('\n\n'),
    quotes: [
      ['173 كيلومترا في الساعة', 'partial', 'إدارة الأرصاد الجوية المركزية في تايوان'],
      ['سجلت أكثر من متر من الأمطار في أقل من يومين', 'partial', 'إدارة الأرصاد الجوية المركزية في تايوان'],
      [
        'سيضعف بعد ملامسة اليابسة، لكنه سيجلب أمطارا غزيرة لثلاثة أيام',
        'partial',
        'مسؤول في إدارة الأرصاد المحلية',
      ],
    ],
    // engine gap: the unnamed official's «إدارة الأرصاد المحلية» (the mainland's, in Fujian) is taken for the
    // Taiwanese bureau named before, so the quote goes to «إدارة الأرصاد الجوية المركزية في تايوان».
    gaps: ['attribution'],
  },
  {
    what: 'France 24 Burkina Faso, split out: the lede, أعلن عسكريون من … حل … وتشكيل "…" (a council’s quoted name as the object of the announcement)',
    text: [
      'أعلن عسكريون من فوج الأمن الرئاسي في بوركينا فاسو الخميس حل الحكومة الانتقالية وتشكيل "المجلس الوطني للديمقراطية" برئاسة قائد الفوج، في انقلاب أثار تنديدا دوليا واسعا قبل أقل من شهر على الانتخابات الرئاسية والتشريعية التي كانت مقررة في 11 تشرين الأول/أكتوبر.',
    ].join('\n\n'),
    quotes: [['المجلس الوطني للديمقراطية', 'mention', null]],
    // engine gap: the council’s name is read as a quoted fragment of what the soldiers announced: partial,
    // credited to «عسكريون», not a mention with no speaker.
    gaps: ['attribution'],
  },
  {
    what: 'France 24 Burkina Faso, split out: وقال ضابط في الفوج عرف عن نفسه بأنه المقدم فلان، في بيان …، إن "…" then مضيفا:',
    text: [
      'وقال ضابط في الفوج عرف عن نفسه بأنه المقدم إيمانويل سوادوغو، في بيان تلاه عبر التلفزيون الرسمي، إن الرئيس الانتقالي ورئيس الوزراء "محتجزان في مكان آمن ولن يمسهما أي أذى"، مضيفا: "قررنا وضع حد للنظام الانتقالي المنحرف، والعمل على تنظيم انتخابات شاملة لا يستثنى منها أحد".',
    ].join('\n\n'),
    quotes: [
      ['محتجزان في مكان آمن ولن يمسهما أي أذى', 'partial', 'إيمانويل سوادوغو'],
      [
        'قررنا وضع حد للنظام الانتقالي المنحرف، والعمل على تنظيم انتخابات شاملة لا يستثنى منها أحد',
        'direct',
        'إيمانويل سوادوغو',
      ],
    ],
    // engine gap: both quotes are credited to «ضابط», the bare noun after قال; the name he gives himself
    // (عرف عن نفسه بأنه المقدم …) is not taken as the speaker.
    gaps: ['attribution'],
  },
  {
    what: 'France 24 Burkina Faso, split out: the French foreign ministry with دعت … إلى "…", then its spokesman with a hyphenated French first name in apposition (المتحدث باسمها، بيار-إيف لوكلير،) للصحافيين إن',
    text: [
      'وفي باريس، دعت وزارة الخارجية الفرنسية إلى "استئناف العملية الانتقالية فورا"، وقال المتحدث باسمها، بيار-إيف لوكلير، للصحافيين إن فرنسا "لن تعترف بأي سلطة منبثقة عن القوة".',
    ].join('\n\n'),
    quotes: [
      ['استئناف العملية الانتقالية فورا', 'partial', 'وزارة الخارجية الفرنسية'],
      ['لن تعترف بأي سلطة منبثقة عن القوة', 'partial', 'بيار-إيف لوكلير'],
    ],
    // engine gap: the spokesman’s name is cut at the hyphen: the quote is credited to «بيار».
    gaps: ['attribution'],
  },
  {
    what: 'Sputnik Crimea, split out: the lede with ما وصفته بـ«…» whose subject is the clause’s own (حمّلت موسكو كييف مسؤولية ما وصفته), after a ministry named at the head of the sentence',
    text: [
      'أعلنت وزارة الطاقة الروسية حالة الطوارئ في شبه جزيرة القرم بعد انقطاع الكهرباء عن نحو مليوني شخص، إثر تفجير أبراج نقل الطاقة في مقاطعة خيرسون الأوكرانية المجاورة، فيما حمّلت موسكو كييف مسؤولية ما وصفته بـ«الحصار الطاقي».',
    ].join('\n\n'),
    quotes: [['الحصار الطاقي', 'partial', 'موسكو']],
    // engine gap: the quote is credited to «وزارة الطاقة الروسية», the subject of أعلنت at the head of the
    // sentence, not to موسكو, the subject of حمّلت whose ما وصفته holds the quote.
    gaps: ['attribution'],
  },
  {
    what: 'Sputnik Crimea, split out: a resident by description with لمراسل «سبوتنيك»: (وقال أحد سكان المدينة لمراسل «…»: «…»)',
    text: [
      'وقال أحد سكان سيمفيروبول لمراسل «سبوتنيك»: «نشتري الشموع والبطاريات، والمتاجر تعمل بالمولدات، لكن الناس هادئون، فقد مررنا بما هو أصعب من هذا».',
    ].join('\n\n'),
    quotes: [
      ['سبوتنيك', 'mention', null],
      [
        'نشتري الشموع والبطاريات، والمتاجر تعمل بالمولدات، لكن الناس هادئون، فقد مررنا بما هو أصعب من هذا',
        'direct',
        'أحد سكان سيمفيروبول',
      ],
    ],
    // engine gap: the speaker runs on into the addressee: «أحد سكان سيمفيروبول لمراسل».
    gaps: ['attribution'],
  },
  {
    what: 'Al Arabiya Iraq protests, split out: a body named with its seat (المرجعية الدينية في النجف) with وكانت … قد دعت، في …، الحكومة إلى "…"',
    text: [
      'وكانت المرجعية الدينية في النجف قد دعت، في خطبة الجمعة، الحكومة إلى "الضرب بيد من حديد على الفاسدين" والاستجابة لمطالب المتظاهرين.',
    ].join('\n\n'),
    quotes: [['الضرب بيد من حديد على الفاسدين', 'partial', 'المرجعية الدينية في النجف']],
    // engine gap: the body’s name is cut before its seat: the quote is credited to «المرجعية الدينية».
    gaps: ['attribution'],
  },
];

describe('probe68: international passages split out', () => {
  runRows(internationalSplitRows);
});
