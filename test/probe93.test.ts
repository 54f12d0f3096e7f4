/**
 * A ninety-third probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw, each imitating the copy its desk really files (byline or
 * dateline, lede, chains of titles and honorifics, second mentions, cue verbs, marks, background paragraphs).
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Al-Watan on Abha's shisha cafés moved out of the neighbourhoods (its city-colon-name byline, a lede with no
 * quote, the municipality's deputy (المهندس) with وأوضح … لـ"الوطن" أن "…" and لافتاً إلى أن "…", then وزاد +
 * family name:, a woman citizen with وتقول …، التي …، إن … "…" then مضيفة:, a café owner's words first with
 * ، يقول …، …، and مطالباً … بـ"…", the health affairs with من جهتها، رحبت … وأكدت في بيان أن … "…" and داعية
 * … إلى "…", a closing يذكر أن with a campaign's and a society's quoted names); Al-Jazirah on the national
 * junior chess championship (a city-dash-name byline, a lede with no quote, the federation's president
 * (الأستاذ) with في كلمته …: , then وكشف + family name لـ«الجزيرة» أن «…», the champion by family name with أما
 * … فأكد أنه … «…» then وتابع:, a background paragraph, a coach's words first with ، وفق ما قاله … الذي دعا …
 * إلى «…», a quoted hashtag); Al-Hayat on a Jeddah court ordering a real-estate developer to repay investors
 * (a city-dash-name byline, a lede with no quote, the investors' lawyer (المحامي) لـ«الحياة» with إن «…» and
 * مشيراً إلى أن «…», then ومضى + family name يقول:, an unnamed source of the commerce ministry with أفاد …،
 * طلب عدم ذكر اسمه، بأن «…»، وأن … «…» (credited to the ministry), a woman investor by her kunya with وروت …
 * أنها … «…» then وقالت والدموع في عينيها:, a background paragraph, the developer's lawyer with ولم يتسن
 * لـ«الحياة» … فيما اكتفى … بالقول إن … «…»); Makkah on the Grand Mosque's lost-and-found office (a
 * name-dash-city byline, a lede with no quote, the office's director (الأستاذ) with وأوضح … لـ«مكة» أن «…» and
 * مبيناً أن … «…», then a quote first with «…»، قال + family name، لافتاً إلى أن …، وهو …، «…», a Malaysian
 * woman pilgrim with وفي …، كانت … تتسلم … وقالت عبر مترجم:, the security force's commander (اللواء) with
 * وكان … قد دعا في تصريح نقلته وكالة … قاصدي المسجد إلى «…» and مؤكداً أن … «…», a closing يذكر أن with a
 * quoted phone number) and Al-Eqtisadiah on school-supply prices (its name-then-من-city byline with a woman
 * reporter, وفق ما رصدته «الاقتصادية» in the lede, a chamber committee head named first with وربط … بين
 * الارتفاع و«…» then وقال لـ«الاقتصادية»:, the commerce ministry with أما … فأعلنت على حسابها في «تويتر» أن …
 * «…» and محذرة من «…», a mother by her kunya with a place phrase first, إن … «…» then وأضافت:, a background
 * paragraph, an economist (الدكتور) with ولا يستبعد … أن «…»، غير أنه نصح … بـ«…»).
 * Five are in the voices of international outlets: Sky News Arabia on Arabian leopard cubs born in Sharjah (a
 * city-dash-channel dateline, the breeding centre with a relative clause and وصفها المركز بأنها "…" in the lede,
 * its director in apposition لسكاي نيوز عربية with إن … "…" and مضيفاً أن … "…", then وأضاف + surname:, a woman
 * zoologist (الدكتورة) with من جهتها، أوضحت … أن … "…"، وقالت:, a red-list category's quoted name, a woman
 * chairman relayed by WAM with ونقلت وكالة … عن …، قولها إن … "…"); RT Arabic on a Soyuz launch from
 * Baikonur (the craft's quoted name in the lede, the space agency's statement with its quoted short name in
 * apposition and إن … «…»، وإن … «…», the crew commander in apposition with وكان … قد قال في مؤتمر صحفي …:,
 * a Danish astronaut with أما … فكتب على حسابه في «تويتر» …:, an expert with من جهته، رأى …، في حديث لـRT، أن
 * … «…» and مشيراً إلى أن … في «سويوز» «…», a mother in apposition after الذي قالت والدته، …، لمراسل RT وهي
 * …:, a background paragraph); DW Arabic on a refugee orchestra in Hamburg (a dated lede with the orchestra's
 * quoted name, its founder in apposition with ويقول …، …، في حديث لـDW عربية:, then ويضيف + surname أن «…»،
 * لأنه «…», the woman conductor in apposition with أما … فقالت إن … «…» and موضحة:, the Hamburg senate's
 * unnamed spokesman with وقال متحدث باسم …، …، إن … «…» (credited to the senate), a woman refugee with a
 * song's title quoted inside her quote, the agencies line); Al-Quds Al-Arabi on Algeria's leaked
 * baccalaureate paper (its city-«paper»-من-name byline, a lede with no quote, the woman minister with في ندوة
 * صحافية … إن … «…» and متوعدة … بـ«…», then وأضافت + family name:, a teachers' union with its acronym in
 * brackets and ووصف في بيان تلقت «القدس العربي» نسخة منه … بأنها «…», a pupil with الذي …، لـ«القدس العربي»:, a
 * woman psychologist with أما … فنبهت إلى أن … «…» and داعية … إلى «…», a background paragraph with a page's
 * quoted title) and CNN Arabic on a wildfire in northern California (the city-(CNN)-- dateline run into a lede
 * with no quote, the fire agency's statement with its short name in brackets and إن … "…" and مشيرة إلى أن …
 * "…", its spokesman in apposition لـCNN:, a background paragraph, a woman resident with وروت …، وهي …، لـCNN
 * كيف … "…"، وقالت:, a professor (الدكتور) in apposition with ويرى … أن … "…" and موضحا:, a Latin hashtag).
 * Quotes in « », " " as each paper or outlet writes them.
 *
 * Every person and quote is invented here (places, bodies, outlets, the craft and the centre are real); no
 * row was tuned on the corpus. The expectations come from reading each article as a person would, under the
 * annotation rules of ../shared/corpus/README.md (speaker = the fullest name the article gives, without
 * title, rank, role, nationality or honorific; a body for its statement; an unnamed source or spokesman of a
 * named body to the body; relayed words to the person relayed; names of papers, channels, campaigns,
 * societies, numbers, craft, orchestras, songs, pages, categories and hashtags are mentions with no speaker),
 * and were written before the engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe93: 2/10 rows, 56/73 speech quotes, 24/25 mentions; by hand from the rows, Saudi
 * 1/5 rows, 30/38 speech, 12/12 mentions, international 1/5 rows, 26/35 speech, 12/13 mentions). After the
 * run no expectation was found to misread the rules, and none was changed. Each passage the engine misreads
 * was split out of its article into a row of its own (the tables of split rows below), the rest of the
 * article kept as written; every paragraph and expectation of the ten articles is in one row. Where the
 * misreading needs an earlier paragraph (the champion's full name in the lede, the ministry's source two
 * paragraphs above the developer's lawyer), that paragraph went with it.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Watan Abha’s shisha cafés moved out of the neighbourhoods in " ": a city-colon-name byline, a lede with no quote, the municipality’s deputy (المهندس) with وأوضح … لـ"الوطن" أن "…" and لافتاً إلى أن "…", then وزاد + family name:, a woman citizen with وتقول …، التي …، إن … "…" then مضيفة:, a café owner’s words first with ، يقول …، …، and مطالباً … بـ"…", the health affairs with رحبت … وأكدت في بيان أن … "…" and داعية … إلى "…", a closing يذكر أن with quoted names',
    text: [
      'أبها: علي آل مشيط',
      'بدأت أمانة منطقة عسير أمس تنفيذ قرار نقل مقاهي الشيشة من داخل الأحياء السكنية في مدينة أبها إلى مواقع محددة على أطراف المدينة، بعد انتهاء المهلة التي منحتها لأصحاب المقاهي والمحددة بستة أشهر.',
      'وأوضح وكيل الأمانة للخدمات المهندس عبدالرحمن بن مفرح الشهراني لـ"الوطن" أن الأمانة "أغلقت حتى مساء أمس 23 مقهى لم يلتزم أصحابها بالنقل"، لافتاً إلى أن المواقع البديلة "مخدومة بالكهرباء والمياه ومواقف السيارات".',
      'وزاد الشهراني: "القرار لم يأت من فراغ، فقد تلقينا خلال العامين الماضيين أكثر من 300 شكوى من السكان بسبب الدخان والضجيج حتى ساعات الفجر".',
      'وتقول المواطنة نوال بنت سعيد القحطاني، التي تسكن في حي المنسك، إن أطفالها "كانوا لا ينامون قبل الثالثة فجراً بسبب أصوات رواد المقهى المجاور"، مضيفة: "أخيراً أصبح بإمكاننا أن نفتح النوافذ في الليل".',
      '"خسرت أكثر من 200 ألف ريال في تجهيز المقهى قبل عامين، والآن يطلبون مني أن أبدأ من الصفر"، يقول فايز بن محمد العسيري، صاحب أحد المقاهي المغلقة، مطالباً الأمانة بـ"تعويض عادل أو مهلة إضافية".',
      'من جهتها، رحبت الشؤون الصحية بمنطقة عسير بالقرار، وأكدت في بيان أن التدخين السلبي "يتسبب في نحو 600 ألف وفاة سنوياً حول العالم"، داعية الأسر إلى "إبعاد الأطفال عن أماكن التدخين".',
      'يذكر أن أمانة عسير أطلقت العام الماضي حملة "أبها بلا دخان" بالتعاون مع جمعية مكافحة التدخين "نقاء".',
    ].join('\n\n'),
    quotes: [
      ['الوطن', 'mention', null],
      ['أغلقت حتى مساء أمس 23 مقهى لم يلتزم أصحابها بالنقل', 'partial', 'عبدالرحمن بن مفرح الشهراني'],
      ['مخدومة بالكهرباء والمياه ومواقف السيارات', 'partial', 'عبدالرحمن بن مفرح الشهراني'],
      [
        'القرار لم يأت من فراغ، فقد تلقينا خلال العامين الماضيين أكثر من 300 شكوى من السكان بسبب الدخان والضجيج حتى ساعات الفجر',
        'direct',
        'عبدالرحمن بن مفرح الشهراني',
      ],
      [
        'كانوا لا ينامون قبل الثالثة فجراً بسبب أصوات رواد المقهى المجاور',
        'partial',
        'نوال بنت سعيد القحطاني',
      ],
      ['أخيراً أصبح بإمكاننا أن نفتح النوافذ في الليل', 'direct', 'نوال بنت سعيد القحطاني'],
      [
        'خسرت أكثر من 200 ألف ريال في تجهيز المقهى قبل عامين، والآن يطلبون مني أن أبدأ من الصفر',
        'direct',
        'فايز بن محمد العسيري',
      ],
      ['تعويض عادل أو مهلة إضافية', 'partial', 'فايز بن محمد العسيري'],
      ['يتسبب في نحو 600 ألف وفاة سنوياً حول العالم', 'partial', 'الشؤون الصحية بمنطقة عسير'],
      ['إبعاد الأطفال عن أماكن التدخين', 'partial', 'الشؤون الصحية بمنطقة عسير'],
      ['أبها بلا دخان', 'mention', null],
      ['نقاء', 'mention', null],
    ],
  },
  {
    what: 'Al-Jazirah the national junior chess championship in « »: a city-dash-name byline, a lede with no quote, the federation’s president (الأستاذ) with في كلمته …:, then وكشف + family name لـ«الجزيرة» أن «…», the champion by family name with أما … فأكد أنه … «…» then وتابع:, a background paragraph, a coach’s words first with ، وفق ما قاله … الذي دعا … إلى «…», a quoted hashtag; the lede and the champion’s paragraph the engine misreads are split out below',
    text: [
      'الرياض - عبدالله المطيري',
      'وقال رئيس الاتحاد السعودي للشطرنج الأستاذ خالد بن إبراهيم الرشيد في كلمته خلال حفل الختام: «المستوى الذي قدمه الناشئون هذا العام يفوق توقعاتنا، ولدينا الآن جيل قادر على المنافسة في البطولات العربية والآسيوية».',
      'وكشف الرشيد لـ«الجزيرة» عقب الحفل أن الاتحاد يعتزم «إرسال أفضل خمسة لاعبين إلى معسكر تدريبي في أرمينيا قبل بطولة آسيا للناشئين»، من دون أن يحدد موعد المعسكر.',
      'ويضم الاتحاد، الذي تأسس قبل نحو ربع قرن، قرابة ثلاثة آلاف لاعب مسجل، وتقام معظم بطولاته في قاعات الأندية الأدبية والرياضية في الرياض وجدة والدمام.',
      '«الشطرنج يعلم الطفل الصبر والتخطيط، وهذا ما تحتاجه مدارسنا»، وفق ما قاله المدرب الوطني عادل بن حسن الغامدي، الذي دعا وزارة التعليم إلى «إدراج اللعبة ضمن النشاط اللاصفي في المدارس».',
      'وتناقل مغردون عبر وسم «#شطرنج_السعودية» صوراً من المباريات الختامية، وأشادوا بتنظيم البطولة.',
    ].join('\n\n'),
    quotes: [
      [
        'المستوى الذي قدمه الناشئون هذا العام يفوق توقعاتنا، ولدينا الآن جيل قادر على المنافسة في البطولات العربية والآسيوية',
        'direct',
        'خالد بن إبراهيم الرشيد',
      ],
      ['الجزيرة', 'mention', null],
      [
        'إرسال أفضل خمسة لاعبين إلى معسكر تدريبي في أرمينيا قبل بطولة آسيا للناشئين',
        'partial',
        'خالد بن إبراهيم الرشيد',
      ],
      ['الشطرنج يعلم الطفل الصبر والتخطيط، وهذا ما تحتاجه مدارسنا', 'direct', 'عادل بن حسن الغامدي'],
      ['إدراج اللعبة ضمن النشاط اللاصفي في المدارس', 'partial', 'عادل بن حسن الغامدي'],
      ['#شطرنج_السعودية', 'mention', null],
    ],
  },
  {
    what: 'Al-Hayat a Jeddah court ordering a real-estate developer to repay investors in « »: a city-dash-name byline, a lede with no quote, the investors’ lawyer (المحامي) لـ«الحياة» with إن «…» and مشيراً إلى أن «…», then ومضى + family name يقول:, an unnamed source of the commerce ministry with أفاد …، طلب عدم ذكر اسمه، بأن «…»، وأن … «…», a woman investor by her kunya with وروت … أنها … «…» then وقالت والدموع في عينيها:, a background paragraph, the developer’s lawyer with اكتفى … بالقول إن … «…»; the woman investor and the developer’s lawyer (with the ministry’s source and the background paragraph before him) the engine misreads are split out below',
    text: [
      'جدة - سلطان العتيبي',
      'ألزمت المحكمة العامة في جدة أمس مطور مساهمة عقارية متعثرة منذ تسعة أعوام في شمال المدينة بإعادة 87 مليون ريال إلى 1400 مساهم، في أول حكم من نوعه منذ تشكيل لجنة المساهمات العقارية في وزارة التجارة والصناعة.',
      'وقال محامي المساهمين المحامي ماجد بن عبدالعزيز الحربي لـ«الحياة» إن الحكم «أنصف أسراً انتظرت أموالها قرابة عقد كامل، بينهم أرامل ومتقاعدون باعوا منازلهم للمساهمة»، مشيراً إلى أن المطور «لم يقدم خلال الجلسات أي مستند يثبت صرف الأموال على المشروع».',
      'ومضى الحربي يقول: «المحكمة أمهلته 60 يوماً للسداد، وإذا لم يلتزم فسنطلب الحجز على أرض المساهمة وبيعها في المزاد العلني».',
    ].join('\n\n'),
    quotes: [
      ['الحياة', 'mention', null],
      [
        'أنصف أسراً انتظرت أموالها قرابة عقد كامل، بينهم أرامل ومتقاعدون باعوا منازلهم للمساهمة',
        'partial',
        'ماجد بن عبدالعزيز الحربي',
      ],
      ['لم يقدم خلال الجلسات أي مستند يثبت صرف الأموال على المشروع', 'partial', 'ماجد بن عبدالعزيز الحربي'],
      [
        'المحكمة أمهلته 60 يوماً للسداد، وإذا لم يلتزم فسنطلب الحجز على أرض المساهمة وبيعها في المزاد العلني',
        'direct',
        'ماجد بن عبدالعزيز الحربي',
      ],
    ],
  },
  {
    what: 'Makkah the Grand Mosque’s lost-and-found office in « »: a name-dash-city byline, a lede with no quote, the office’s director (الأستاذ) with وأوضح … لـ«مكة» أن «…» and مبيناً أن … «…», then «…»، قال + family name، لافتاً إلى أن …، وهو …، «…», a Malaysian woman pilgrim with كانت … تتسلم … وقالت عبر مترجم:, the security commander (اللواء) with وكان … قد دعا في تصريح نقلته وكالة … إلى «…» and مؤكداً أن … «…», a closing يذكر أن with a quoted number; the Malaysian pilgrim the engine misreads is split out below',
    text: [
      'ماجد الحربي - مكة المكرمة',
      'استقبل مكتب المفقودات التابع للرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي منذ بداية شهر رمضان أكثر من تسعة آلاف غرض فقدها المعتمرون والمصلون في ساحات المسجد الحرام وأروقته، بينها حقائب نقود وجوازات سفر وأجهزة جوال.',
      'وأوضح مدير إدارة المفقودات بالرئاسة الأستاذ حامد بن عطية الثقفي لـ«مكة» أن المكتب «سلم 70 في المئة من المفقودات إلى أصحابها بعد التحقق من هوياتهم»، مبيناً أن ما لا يطالب به أحد خلال عام «يسلم إلى بيت المال وفق التعليمات».',
      '«أغرب ما وصلنا هذا الشهر طقم أسنان وعكاز خشبي ومبلغ 40 ألف ريال في كيس بلاستيكي»، قال الثقفي، لافتاً إلى أن صاحب المبلغ، وهو معتمر من باكستان، «عاد بعد ثلاثة أيام وبكى حين وجده كاملاً».',
      'وكان قائد قوة أمن المسجد الحرام اللواء يحيى بن سعد الزهراني قد دعا في تصريح نقلته وكالة الأنباء السعودية قاصدي المسجد إلى «عدم حمل مبالغ كبيرة أو مقتنيات ثمينة»، مؤكداً أن رجال الأمن «يتعاملون مع أي بلاغ عن مفقودات بشكل فوري».',
      'يذكر أن الرئاسة خصصت الرقم المجاني «8001222» لاستقبال البلاغات عن المفقودات على مدار الساعة.',
    ].join('\n\n'),
    quotes: [
      ['مكة', 'mention', null],
      ['سلم 70 في المئة من المفقودات إلى أصحابها بعد التحقق من هوياتهم', 'partial', 'حامد بن عطية الثقفي'],
      ['يسلم إلى بيت المال وفق التعليمات', 'partial', 'حامد بن عطية الثقفي'],
      [
        'أغرب ما وصلنا هذا الشهر طقم أسنان وعكاز خشبي ومبلغ 40 ألف ريال في كيس بلاستيكي',
        'direct',
        'حامد بن عطية الثقفي',
      ],
      ['عاد بعد ثلاثة أيام وبكى حين وجده كاملاً', 'partial', 'حامد بن عطية الثقفي'],
      ['عدم حمل مبالغ كبيرة أو مقتنيات ثمينة', 'partial', 'يحيى بن سعد الزهراني'],
      ['يتعاملون مع أي بلاغ عن مفقودات بشكل فوري', 'partial', 'يحيى بن سعد الزهراني'],
      ['8001222', 'mention', null],
    ],
  },
  {
    what: 'Al-Eqtisadiah school-supply prices in « »: a name-then-من-city byline with a woman reporter, وفق ما رصدته «الاقتصادية» in the lede, a chamber committee head named first with وربط … بين الارتفاع و«…» then وقال لـ«الاقتصادية»:, the commerce ministry with أما … فأعلنت على حسابها في «تويتر» أن … «…» and محذرة من «…», a mother by her kunya with إن … «…» then وأضافت:, a background paragraph, an economist (الدكتور) with ولا يستبعد … أن «…»، غير أنه نصح … بـ«…»; the committee head’s paragraph and the mother the engine misreads are split out below',
    text: [
      'فاطمة العمري من الرياض',
      'ارتفعت أسعار القرطاسية والمستلزمات المدرسية في أسواق الرياض بنسب تراوحت بين 15 و25 في المئة مقارنة بالعام الماضي، مع اقتراب العام الدراسي الجديد، وفق ما رصدته «الاقتصادية» في جولة على عدد من المكتبات والمراكز التجارية.',
      'أما وزارة التجارة والصناعة فأعلنت على حسابها في «تويتر» أن فرقها الرقابية «ضبطت 46 مخالفة لعدم وضع بطاقات الأسعار» خلال الأسبوع الماضي، محذرة من «رفع الأسعار دون مبرر».',
      'ويبلغ عدد طلاب وطالبات التعليم العام في المملكة نحو ستة ملايين، وتقدر قيمة سوق المستلزمات المدرسية بنحو ثلاثة مليارات ريال سنوياً.',
      'ولا يستبعد أستاذ الاقتصاد في جامعة الملك سعود الدكتور عبدالرحمن بن سليمان الصنيع أن «تتراجع الأسعار بعد الأسبوع الأول من الدراسة»، غير أنه نصح الأسر بـ«الشراء على دفعات وعدم الانجرار خلف العروض».',
    ].join('\n\n'),
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['تويتر', 'mention', null],
      ['ضبطت 46 مخالفة لعدم وضع بطاقات الأسعار', 'partial', 'وزارة التجارة والصناعة'],
      ['رفع الأسعار دون مبرر', 'partial', 'وزارة التجارة والصناعة'],
      ['تتراجع الأسعار بعد الأسبوع الأول من الدراسة', 'partial', 'عبدالرحمن بن سليمان الصنيع'],
      ['الشراء على دفعات وعدم الانجرار خلف العروض', 'partial', 'عبدالرحمن بن سليمان الصنيع'],
    ],
  },
];

describe('probe 93: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    // engine gap: gives the title with the family name («بطل المسابقة الدوسري») as the speaker of both quotes, not the full name of the lede
    what: 'Chess championship, split out: the champion named in full in the lede, then by his title and family name with أما بطل المسابقة الدوسري فأكد أنه … «…» then وتابع:',
    text: [
      'اختتمت مساء أمس في الرياض منافسات بطولة المملكة للشطرنج للناشئين تحت 16 عاماً، بمشاركة 140 لاعباً من إحدى عشرة منطقة، وتوج بلقبها اللاعب تركي بن ماجد الدوسري (14 عاماً) بعد فوزه في ست مباريات من سبع.',
      'أما بطل المسابقة الدوسري فأكد أنه تعلم الشطرنج «من والدي على لوح خشبي قديم حين كنت في السابعة»، وتابع: «أتدرب كل يوم ساعتين على الأقل عبر الإنترنت، وأحلم بأن أصبح أول أستاذ دولي كبير من السعودية».',
    ].join('\n\n'),
    quotes: [
      ['من والدي على لوح خشبي قديم حين كنت في السابعة', 'partial', 'تركي بن ماجد الدوسري'],
      [
        'أتدرب كل يوم ساعتين على الأقل عبر الإنترنت، وأحلم بأن أصبح أول أستاذ دولي كبير من السعودية',
        'direct',
        'تركي بن ماجد الدوسري',
      ],
    ],
    gaps: ['attribution'],
  },
  {
    // engine gap: credits the direct quote to «والدموع», the subject of the circumstantial clause, not to the woman of the sentence before
    what: 'Real-estate investors, split out: a woman investor by her kunya with وروت …، وهي …، أنها … «…» then وقالت والدموع في عينيها: (a circumstantial clause between the verb and the colon)',
    text: [
      'وروت المساهمة أم فيصل، وهي معلمة متقاعدة، أنها دفعت في المساهمة «كل مكافأة نهاية الخدمة»، وقالت والدموع في عينيها: «كنت أحلم ببيت لأبنائي، فتحول الحلم إلى جلسات محاكم ومراجعات لا تنتهي».',
    ].join('\n\n'),
    quotes: [
      ['كل مكافأة نهاية الخدمة', 'partial', 'أم فيصل'],
      ['كنت أحلم ببيت لأبنائي، فتحول الحلم إلى جلسات محاكم ومراجعات لا تنتهي', 'direct', 'أم فيصل'],
    ],
    gaps: ['attribution'],
  },
  {
    // engine gap: credits the lawyer’s partial quote to وزارة التجارة والصناعة, the body of the unnamed source two paragraphs up (the lawyer’s paragraph alone is read right)
    what: 'Real-estate investors, split out: an unnamed ministry source with أفاد مصدر في …، طلب عدم ذكر اسمه، بأن «…»، وأن … «…», a background paragraph, then the developer’s lawyer with ولم يتسن لـ«الحياة» … فيما اكتفى محاميه فلان بالقول إن … «…»',
    text: [
      'في المقابل، أفاد مصدر في وزارة التجارة والصناعة، طلب عدم ذكر اسمه، بأن لجنة المساهمات «أحالت 38 مساهمة متعثرة إلى القضاء منذ مطلع العام»، وأن الوزارة «لن تسمح بطرح أي مساهمة جديدة دون حساب ضمان بنكي».',
      'وتقدر جهات رسمية قيمة المساهمات العقارية المتعثرة في المملكة بأكثر من 20 مليار ريال، يتركز معظمها في جدة والرياض والمنطقة الشرقية.',
      'ولم يتسن لـ«الحياة» الحصول على تعليق من المطور، فيما اكتفى محاميه عمر باعشن بالقول إن موكله «سيعترض على الحكم أمام محكمة الاستئناف خلال المدة النظامية».',
    ].join('\n\n'),
    quotes: [
      ['أحالت 38 مساهمة متعثرة إلى القضاء منذ مطلع العام', 'partial', 'وزارة التجارة والصناعة'],
      ['لن تسمح بطرح أي مساهمة جديدة دون حساب ضمان بنكي', 'partial', 'وزارة التجارة والصناعة'],
      ['الحياة', 'mention', null],
      ['سيعترض على الحكم أمام محكمة الاستئناف خلال المدة النظامية', 'partial', 'عمر باعشن'],
    ],
    gaps: ['attribution'],
  },
  {
    // engine gap: gives no speaker (null) to the quote alone; in the whole article it credits it to the office’s director of the paragraph before
    what: 'Lost-and-found office, split out: a place phrase first, then كانت المعتمرة الماليزية فلانة تتسلم حقيبتها، وقالت عبر مترجم: (the speaker the subject of كانت)',
    text: [
      'وفي بهو المكتب، كانت المعتمرة الماليزية نور عزيزة بنت عبدالله تتسلم حقيبتها، وقالت عبر مترجم: «فقدت الحقيبة عند باب الملك فهد وفيها جواز سفري، وظننت أنني لن أعود إلى بلدي في موعدي».',
    ].join('\n\n'),
    quotes: [
      [
        'فقدت الحقيبة عند باب الملك فهد وفيها جواز سفري، وظننت أنني لن أعود إلى بلدي في موعدي',
        'direct',
        'نور عزيزة بنت عبدالله',
      ],
    ],
    gaps: ['attribution'],
  },
  {
    what: 'School supplies, split out: a committee head named first with وربط فلان، …، بين الارتفاع و«…» (the quoted cause after بين … و), then وقال لـ«الاقتصادية»:',
    text: [
      'وربط سعود بن عبدالله الخثلان، رئيس لجنة المكتبات في الغرفة التجارية الصناعية بالرياض، بين الارتفاع و«زيادة تكاليف الشحن من الصين وارتفاع أسعار الورق عالمياً»، وقال لـ«الاقتصادية»: «المكتبات الصغيرة لا تستطيع منافسة المراكز الكبرى في العروض، لأنها تشتري بكميات قليلة وبأسعار أعلى».',
    ].join('\n\n'),
    quotes: [
      ['زيادة تكاليف الشحن من الصين وارتفاع أسعار الورق عالمياً', 'partial', 'سعود بن عبدالله الخثلان'],
      ['الاقتصادية', 'mention', null],
      [
        'المكتبات الصغيرة لا تستطيع منافسة المراكز الكبرى في العروض، لأنها تشتري بكميات قليلة وبأسعار أعلى',
        'direct',
        'سعود بن عبدالله الخثلان',
      ],
    ],
  },
  {
    // engine gap: credits both quotes to «خمسة طلاب», the tail of the apposition وهي والدة خمسة طلاب
    what: 'School supplies, split out: a mother by her kunya after a place phrase, with قالت أم فلان، وهي والدة خمسة طلاب، إن … «…» then وأضافت:',
    text: [
      'وفي إحدى المكتبات بحي الملز، قالت أم عبدالعزيز، وهي والدة خمسة طلاب، إن قائمة المستلزمات التي طلبتها المدارس «طويلة بشكل مبالغ فيه»، وأضافت: «دفعت حتى الآن 1800 ريال، ولم أشتر الحقائب بعد».',
    ].join('\n\n'),
    quotes: [
      ['طويلة بشكل مبالغ فيه', 'partial', 'أم عبدالعزيز'],
      ['دفعت حتى الآن 1800 ريال، ولم أشتر الحقائب بعد', 'direct', 'أم عبدالعزيز'],
    ],
    gaps: ['attribution'],
  },
];

describe('probe 93: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'Sky News Arabia Arabian leopard cubs born in Sharjah in " ": a city-dash-channel dateline, the centre with a relative clause and وصفها المركز بأنها "…" in the lede, its director in apposition لسكاي نيوز عربية with إن … "…" and مضيفاً أن … "…", then وأضاف + surname:, a woman zoologist (الدكتورة) with من جهتها، أوضحت … أن … "…"، وقالت:, a red-list category’s quoted name, a woman chairman relayed by WAM with قولها إن … "…"; the lede the engine misreads is split out below',
    text: [
      'أبوظبي - سكاي نيوز عربية',
      'وقال مدير المركز، بول فيرهوفن، لسكاي نيوز عربية إن الأشبال "في صحة جيدة وترضع بشكل طبيعي"، مضيفاً أن فريق المركز "يراقبها عبر كاميرات حرارية على مدار الساعة حتى لا يزعج الأم".',
      'وأضاف فيرهوفن: "الأم أنجبت في المركز قبل عامين، لكنها لم تعتن بصغارها حينها، أما هذه المرة فقد أظهرت سلوكاً أمومياً مثالياً".',
      'من جهتها، أوضحت الباحثة في علم الحيوان الدكتورة مريم الشحي أن برامج الإكثار في الأسر "ليست بديلاً عن حماية الموائل الطبيعية"، وقالت: "ما لم نوقف الصيد والرعي الجائر في جبال الحجر وظفار، فإن هذه الأشبال لن تجد مكاناً تعود إليه".',
      'ويصنف الاتحاد الدولي لصون الطبيعة النمر العربي ضمن فئة "مهدد بشدة بالانقراض" على قائمته الحمراء، ويعيش ما تبقى منه في سلطنة عمان واليمن وربما في جنوب غرب السعودية.',
      'ونقلت وكالة أنباء الإمارات عن رئيسة هيئة البيئة والمحميات الطبيعية هناء السيف قولها إن الولادة "ثمرة عشرين عاماً من العمل الصامت"، وإن الهيئة تأمل في إطلاق أول نمر في البرية خلال العقد المقبل.',
    ].join('\n\n'),
    quotes: [
      ['في صحة جيدة وترضع بشكل طبيعي', 'partial', 'بول فيرهوفن'],
      ['يراقبها عبر كاميرات حرارية على مدار الساعة حتى لا يزعج الأم', 'partial', 'بول فيرهوفن'],
      [
        'الأم أنجبت في المركز قبل عامين، لكنها لم تعتن بصغارها حينها، أما هذه المرة فقد أظهرت سلوكاً أمومياً مثالياً',
        'direct',
        'بول فيرهوفن',
      ],
      ['ليست بديلاً عن حماية الموائل الطبيعية', 'partial', 'مريم الشحي'],
      [
        'ما لم نوقف الصيد والرعي الجائر في جبال الحجر وظفار، فإن هذه الأشبال لن تجد مكاناً تعود إليه',
        'direct',
        'مريم الشحي',
      ],
      ['مهدد بشدة بالانقراض', 'mention', null],
      ['ثمرة عشرين عاماً من العمل الصامت', 'partial', 'هناء السيف'],
    ],
  },
  {
    what: 'RT Arabic a Soyuz launch from Baikonur in « »: the craft’s quoted name in the lede, the space agency’s statement with its quoted short name in apposition and إن … «…»، وإن … «…», the commander in apposition with وكان … قد قال في مؤتمر صحفي …:, a Danish astronaut with أما … فكتب على حسابه في «تويتر» …:, an expert with من جهته، رأى …، في حديث لـRT، أن … «…» and مشيراً إلى أن … في «سويوز» «…», a mother in apposition لمراسل RT وهي …:, a background paragraph; the commander’s paragraph and the expert’s the engine misreads are split out below',
    text: [
      'انطلقت من مطار بايكونور الفضائي في كازاخستان، فجر الأربعاء، مركبة «سويوز تي إم إيه-18 إم» وعلى متنها ثلاثة رواد متوجهين إلى محطة الفضاء الدولية، بينهم أول رائد فضاء من الدنمارك.',
      'وقالت وكالة الفضاء الروسية «روسكوسموس» في بيان إن المركبة «دخلت المدار المحدد بنجاح بعد نحو تسع دقائق من الإطلاق»، وإن الالتحام بالمحطة «سيتم بعد يومين وفق المخطط المعتاد».',
      'أما الدنماركي ميكيل سورنسن فكتب على حسابه في «تويتر» قبل ساعات من الإقلاع: «غداً سأحمل معي علم بلادي وقطعة ليغو صنعها ابني، وأتمنى أن أرى كوبنهاغن من النافذة».',
      'ويضم الطاقم أيضاً رائد الفضاء الكازاخستاني نورلان أبيشيف، الذي قالت والدته، غولنارا أبيشيفا، لمراسل RT وهي تتابع الإطلاق: «لم أنم منذ ثلاثة أيام، ولن أرتاح إلا حين أسمع صوته من المحطة».',
      'وتعتمد الولايات المتحدة منذ إحالة مكوكاتها إلى التقاعد عام 2011 على المركبات الروسية لنقل روادها إلى المحطة.',
    ].join('\n\n'),
    quotes: [
      ['سويوز تي إم إيه-18 إم', 'mention', null],
      ['روسكوسموس', 'mention', null],
      ['دخلت المدار المحدد بنجاح بعد نحو تسع دقائق من الإطلاق', 'partial', 'وكالة الفضاء الروسية'],
      ['سيتم بعد يومين وفق المخطط المعتاد', 'partial', 'وكالة الفضاء الروسية'],
      ['تويتر', 'mention', null],
      [
        'غداً سأحمل معي علم بلادي وقطعة ليغو صنعها ابني، وأتمنى أن أرى كوبنهاغن من النافذة',
        'direct',
        'ميكيل سورنسن',
      ],
      ['لم أنم منذ ثلاثة أيام، ولن أرتاح إلا حين أسمع صوته من المحطة', 'direct', 'غولنارا أبيشيفا'],
    ],
  },
  {
    what: 'DW Arabic a refugee orchestra in Hamburg in « »: a dated lede with the orchestra’s quoted name, its founder in apposition with ويقول …، …، في حديث لـDW عربية:, then ويضيف + surname أن «…»، لأنه «…», the woman conductor in apposition with أما … فقالت إن … «…» and موضحة:, the senate’s unnamed spokesman with إن … «…», a woman refugee with a song’s title quoted inside her quote, the agencies line; the founder’s two paragraphs the engine misreads are split out below',
    text: [
      'في قاعة صغيرة بمركز ثقافي في حي ألتونا بمدينة هامبورغ، قدمت فرقة «أوركسترا الأمل» أول حفل لها مساء الأحد (13 سبتمبر/ أيلول 2015)، بعد ثلاثة أشهر فقط من تأسيسها على يد موسيقيين لاجئين من سوريا والعراق وأفغانستان.',
      'أما قائدة الأوركسترا، الألمانية أنيكا شتاينر، فقالت إن التدريبات «لم تكن سهلة في البداية»، موضحة: «الموسيقى العربية تقوم على مقامات لا يعرفها العازفون الألمان، فكنا نتعلم من بعضنا في كل بروفة».',
      'وكان مجلس شيوخ هامبورغ قد خصص للفرقة مكاناً للتدريب مجاناً، وقال متحدث باسم مجلس شيوخ هامبورغ، الحكومة المحلية للمدينة، إن المشروع «مثال على ما يمكن أن يقدمه اللاجئون لمجتمعهم الجديد».',
      'وبين الحضور، قالت اللاجئة السورية هبة درويش، التي وصلت قبل شهرين مع طفليها: «حين عزفوا "يا مال الشام" بكيت، وشعرت للحظة أنني في دمشق».',
      'ر.ح/ م.س (DW)',
    ].join('\n\n'),
    quotes: [
      ['أوركسترا الأمل', 'mention', null],
      ['لم تكن سهلة في البداية', 'partial', 'أنيكا شتاينر'],
      [
        'الموسيقى العربية تقوم على مقامات لا يعرفها العازفون الألمان، فكنا نتعلم من بعضنا في كل بروفة',
        'direct',
        'أنيكا شتاينر',
      ],
      ['مثال على ما يمكن أن يقدمه اللاجئون لمجتمعهم الجديد', 'partial', 'مجلس شيوخ هامبورغ'],
      ['حين عزفوا "يا مال الشام" بكيت، وشعرت للحظة أنني في دمشق', 'direct', 'هبة درويش'],
      ['يا مال الشام', 'mention', null],
    ],
  },
  {
    what: 'Al-Quds Al-Arabi Algeria’s leaked baccalaureate paper in « »: a city-«paper»-من-name byline, a lede with no quote, the woman minister with في ندوة صحافية … إن … «…» and متوعدة … بـ«…», then وأضافت + family name:, a teachers’ union with its acronym in brackets and ووصف في بيان تلقت «القدس العربي» نسخة منه … بأنها «…», a pupil with الذي …، لـ«القدس العربي»:, a woman psychologist with أما … فنبهت إلى أن … «…» and داعية … إلى «…», a background paragraph with a page’s quoted title',
    text: [
      'الجزائر ـ «القدس العربي» ـ من كمال زروقي:',
      'أعلنت وزارة التربية الوطنية الجزائرية إعادة امتحان مادة الرياضيات لشعبة العلوم التجريبية في شهادة البكالوريا، بعد تسريب أسئلته على مواقع التواصل الاجتماعي قبل ساعة من بدء الامتحان، في فضيحة هي الثانية من نوعها خلال أربع سنوات.',
      'وقالت وزيرة التربية الوطنية سعاد بلحاج في ندوة صحافية بالعاصمة إن ما حدث «عمل إجرامي منظم يستهدف ضرب مصداقية الشهادة الجزائرية»، متوعدة المتورطين بـ«أقصى العقوبات التي ينص عليها القانون».',
      'وأضافت بلحاج: «فتحنا تحقيقاً بالتنسيق مع مصالح الأمن، وقد حددنا مصدر التسريب في أحد مراكز الطبع، ولن نتساهل مع أي موظف يثبت تورطه».',
      'في المقابل، حمل المجلس الوطني المستقل لمستخدمي التدريس (كناباست) الوزارة مسؤولية التسريب، ووصف في بيان تلقت «القدس العربي» نسخة منه إجراءات تأمين الامتحانات بأنها «هشة وعتيقة».',
      'وقال التلميذ ياسين بوعلام، الذي اجتاز الامتحان في ثانوية بوهران، لـ«القدس العربي»: «سهرت الليل كله أراجع، وفي الصباح وجدت زملائي يتبادلون الأسئلة على فيسبوك، والآن علينا أن نعيد كل شيء في عز الحر».',
      'أما الأخصائية النفسانية فريدة مزيان فنبهت إلى أن الإعادة «ستضاعف الضغط النفسي على المترشحين»، داعية الأولياء إلى «مرافقة أبنائهم وعدم تحميلهم مسؤولية ما لم يرتكبوه».',
      'وكان ناشطون قد أطلقوا على «فيسبوك» صفحة بعنوان «بكالوريا بلا غش» تطالب باستخدام أجهزة التشويش في مراكز الامتحان.',
    ].join('\n\n'),
    quotes: [
      ['القدس العربي', 'mention', null],
      ['عمل إجرامي منظم يستهدف ضرب مصداقية الشهادة الجزائرية', 'partial', 'سعاد بلحاج'],
      ['أقصى العقوبات التي ينص عليها القانون', 'partial', 'سعاد بلحاج'],
      [
        'فتحنا تحقيقاً بالتنسيق مع مصالح الأمن، وقد حددنا مصدر التسريب في أحد مراكز الطبع، ولن نتساهل مع أي موظف يثبت تورطه',
        'direct',
        'سعاد بلحاج',
      ],
      ['القدس العربي', 'mention', null],
      ['هشة وعتيقة', 'partial', 'المجلس الوطني المستقل لمستخدمي التدريس'],
      ['القدس العربي', 'mention', null],
      [
        'سهرت الليل كله أراجع، وفي الصباح وجدت زملائي يتبادلون الأسئلة على فيسبوك، والآن علينا أن نعيد كل شيء في عز الحر',
        'direct',
        'ياسين بوعلام',
      ],
      ['ستضاعف الضغط النفسي على المترشحين', 'partial', 'فريدة مزيان'],
      ['مرافقة أبنائهم وعدم تحميلهم مسؤولية ما لم يرتكبوه', 'partial', 'فريدة مزيان'],
      ['فيسبوك', 'mention', null],
      ['بكالوريا بلا غش', 'mention', null],
    ],
  },
  {
    what: 'CNN Arabic a wildfire in northern California in " ": the city-(CNN)-- dateline run into a lede with no quote, the fire agency’s statement with its short name in brackets, إن … "…" and مشيرة إلى أن … "…", its spokesman in apposition لـCNN:, a background paragraph, a woman resident with وروت …، وهي …، لـCNN كيف … "…"، وقالت:, a professor (الدكتور) in apposition with ويرى … أن … "…" and موضحا:, a Latin hashtag; the fire agency’s statement and the woman resident the engine misreads are split out below',
    text: [
      'لوس أنجلوس، الولايات المتحدة الأمريكية (CNN)-- أجبرت حرائق غابات ضخمة في شمال ولاية كاليفورنيا آلاف السكان على مغادرة منازلهم، بعدما التهمت أكثر من 25 ألف هكتار خلال أقل من 48 ساعة، في ظل موجة جفاف هي الأسوأ منذ عقود.',
      'وقال المتحدث باسم الإدارة، دانيال بيرنت، لـCNN: "رأيت حرائق كثيرة خلال 20 عاماً من العمل، لكن سرعة انتشار هذا الحريق استثنائية، فقد قطع مسافة 15 كيلومتراً في ست ساعات".',
      'وأعلن حاكم الولاية حالة الطوارئ في مقاطعتي ليك ونابا، فيما فتح الصليب الأحمر الأمريكي ملاجئ مؤقتة في المدارس والكنائس لاستقبال الأسر التي فقدت منازلها.',
      'ويرى الدكتور روبرت هايز، أستاذ علوم المناخ في جامعة ستانفورد، أن الجفاف المستمر منذ أربع سنوات جعل الغابات "برميل بارود"، موضحا: "الأشجار الميتة بفعل العطش تشتعل كأعواد الثقاب، وكل موسم حرائق أصبح أطول وأعنف من الذي قبله".',
      'وتداول مستخدمو مواقع التواصل الاجتماعي وسم "#ValleyFire" لنشر صور الحريق ومعلومات عن الطرق المغلقة.',
    ].join('\n\n'),
    quotes: [
      [
        'رأيت حرائق كثيرة خلال 20 عاماً من العمل، لكن سرعة انتشار هذا الحريق استثنائية، فقد قطع مسافة 15 كيلومتراً في ست ساعات',
        'direct',
        'دانيال بيرنت',
      ],
      ['برميل بارود', 'partial', 'روبرت هايز'],
      [
        'الأشجار الميتة بفعل العطش تشتعل كأعواد الثقاب، وكل موسم حرائق أصبح أطول وأعنف من الذي قبله',
        'direct',
        'روبرت هايز',
      ],
      ['#ValleyFire', 'mention', null],
    ],
  },
];

describe('probe 93: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Arabian leopard cubs, split out: a breeding centre whose name ends with المهددة بالانقراض, then a relative clause and وصفها المركز بأنها "…"',
    text: [
      'أعلن مركز إكثار الحيوانات العربية المهددة بالانقراض، التابع لهيئة البيئة والمحميات الطبيعية في الشارقة، ولادة ثلاثة أشبال من النمر العربي، في خطوة وصفها المركز بأنها "إنجاز نادر" لنوع لا يتجاوز عدد أفراده في البرية 200 نمر.',
    ].join('\n\n'),
    quotes: [['إنجاز نادر', 'partial', 'مركز إكثار الحيوانات العربية المهددة بالانقراض']],
  },
  {
    what: 'Soyuz launch, split out: the crew commander named after his post, rank and nationality with وكان قائد الطاقم، الرائد الروسي فلان، قد قال في مؤتمر صحفي …:',
    text: [
      'وكان قائد الطاقم، الرائد الروسي أوليغ تيخونوف، قد قال في مؤتمر صحفي عشية الإطلاق: «الطاقم جاهز تماماً، فقد تدربنا معاً أكثر من عام، ونعرف بعضنا كما يعرف أفراد العائلة الواحدة بعضهم».',
    ].join('\n\n'),
    quotes: [
      [
        'الطاقم جاهز تماماً، فقد تدربنا معاً أكثر من عام، ونعرف بعضنا كما يعرف أفراد العائلة الواحدة بعضهم',
        'direct',
        'أوليغ تيخونوف',
      ],
    ],
  },
  {
    what: 'Soyuz launch, split out: an expert with من جهته، رأى …، في حديث لـRT، أن … «…», then a craft’s quoted name right before a partial quote (مشيراً إلى أن المقعد الواحد في «سويوز» «…»)',
    text: [
      'من جهته، رأى الخبير في شؤون الفضاء إيفان موروزوف، في حديث لـRT، أن روسيا «ما زالت الوحيدة القادرة على نقل الرواد إلى المحطة»، مشيراً إلى أن المقعد الواحد في «سويوز» «يكلف وكالة ناسا أكثر من 70 مليون دولار».',
    ].join('\n\n'),
    quotes: [
      ['ما زالت الوحيدة القادرة على نقل الرواد إلى المحطة', 'partial', 'إيفان موروزوف'],
      ['سويوز', 'mention', null],
      ['يكلف وكالة ناسا أكثر من 70 مليون دولار', 'partial', 'إيفان موروزوف'],
    ],
  },
  {
    // engine gap: keeps the instrument and nationality in the name («عازف العود السوري رامي الحلبي»)
    what: 'Refugee orchestra, split out: the founder named after his post, his instrument and nationality (ويقول مؤسس الفرقة، عازف العود السوري فلان، في حديث لـDW عربية:), then ويضيف + surname أن «…»، لأنه «…»',
    text: [
      'ويقول مؤسس الفرقة، عازف العود السوري رامي الحلبي، في حديث لـDW عربية: «أغلبنا وصل إلى ألمانيا بلا آلات، بعضهم ترك عوده في قارب مطاطي في بحر إيجه، فاشترينا الآلات الأولى بتبرعات من سكان الحي».',
      'ويضيف الحلبي أن الموسيقى «تعيد إلى اللاجئ شيئاً من كرامته»، لأنه «يقف على المسرح فناناً لا رقماً في ملف».',
    ].join('\n\n'),
    quotes: [
      [
        'أغلبنا وصل إلى ألمانيا بلا آلات، بعضهم ترك عوده في قارب مطاطي في بحر إيجه، فاشترينا الآلات الأولى بتبرعات من سكان الحي',
        'direct',
        'رامي الحلبي',
      ],
      ['تعيد إلى اللاجئ شيئاً من كرامته', 'partial', 'رامي الحلبي'],
      ['يقف على المسرح فناناً لا رقماً في ملف', 'partial', 'رامي الحلبي'],
    ],
    gaps: ['attribution'],
  },
  {
    what: 'California wildfire, split out: the fire agency’s statement, its name ending with من الحرائق before its short name in brackets (وقالت إدارة … (كال فاير) في بيان إن … "…" and مشيرة إلى أن … "…")',
    text: [
      'وقالت إدارة كاليفورنيا للغابات والحماية من الحرائق (كال فاير) في بيان إن فرق الإطفاء "لم تسيطر إلا على 5 في المئة من النيران"، مشيرة إلى أن الرياح القوية "تدفع الحريق نحو مناطق سكنية جديدة كل ساعة".',
    ].join('\n\n'),
    quotes: [
      ['لم تسيطر إلا على 5 في المئة من النيران', 'partial', 'إدارة كاليفورنيا للغابات والحماية من الحرائق'],
      [
        'تدفع الحريق نحو مناطق سكنية جديدة كل ساعة',
        'partial',
        'إدارة كاليفورنيا للغابات والحماية من الحرائق',
      ],
    ],
  },
  {
    // engine gap: gives no speaker (null) to both quotes alone; in the whole article it credits them to the fire agency
    what: 'California wildfire, split out: a woman resident with وروت فلانة، وهي …، لـCNN كيف … "…"، وقالت:',
    text: [
      'وروت ساندرا ميتشل، وهي من سكان بلدة ميدلتاون، لـCNN كيف فرت مع زوجها "بملابس النوم فقط"، وقالت: "لم يكن لدينا وقت لأخذ أي شيء، حتى صور أطفالنا احترقت مع البيت".',
    ].join('\n\n'),
    quotes: [
      ['بملابس النوم فقط', 'partial', 'ساندرا ميتشل'],
      ['لم يكن لدينا وقت لأخذ أي شيء، حتى صور أطفالنا احترقت مع البيت', 'direct', 'ساندرا ميتشل'],
    ],
    gaps: ['attribution'],
  },
];

describe('probe 93: international passages split out', () => {
  runRows(internationalSplitRows);
});
