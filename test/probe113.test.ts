/**
 * A hundred-and-thirteenth probe of generality, held out: ten whole articles written for this probe alone, to
 * measure the engine on text none of its authors saw, each imitating the copy its desk really files (byline or
 * dateline, lede, chains of titles and honorifics, second mentions, cue verbs, marks, background paragraphs).
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Al-Watan on an Arabian leopard caught on camera in the Tanomah heights of Asir (its city-colon-name byline, a
 * lede with no quote, the wildlife branch director (المهندس) with وأكد … لـ"الوطن" أن … "…" and لافتاً إلى أن
 * … "…", then his words first with ، يضيف + family name، الذي دعا … إلى "…", a background paragraph, a woman
 * zoologist (الدكتورة) with من جهتها، قالت … إن … "…"، غير أنها استدركت:, a shepherd with his age in brackets
 * and أما … فيروي لـ"الوطن" أنه … with no quote then وتابع:, a closing يذكر أن with a programme's quoted
 * name); Makkah on the lost pilgrims' guidance centre in Mina (a name-dash-city byline, بحسب إحصائية … حصلت
 * عليها «مكة» in the lede, the centre's director (الأستاذ) with وأوضح … أن … «…» then وقال: in the same
 * sentence, then ولم يخف + family name أن … «…» and مشيراً إلى أن with no quote, the Hajj ministry's circular
 * with وكانت … قد دعت … إلى «…» and محذرة من أن … «…», a Nigerian pilgrim woman in a place phrase with وقالت
 * عبر أحد المتطوعين الذي ترجم حديثها لـ«مكة»:, a scout's words first with بهذه العبارة لخص …، …، تجربته, a
 * closing يذكر أن with a project's quoted name); Okaz on a falcon sale before the Jeddah general court (its
 * name-(city) byline, a breed's quoted name in a lede with no speech, the buyer's lawyer named first with his
 * post in apposition and لـ«عكاظ» إن … «…» and موضحاً أن … «…», then وأضاف + family name:, the seller's agent
 * with his words first and بحسب ما أفاد به …، …، في مذكرة … واطلعت عليها «عكاظ», a background paragraph, an
 * unnamed official of the falconry club with فضل عدم ذكر اسمه، لـ«عكاظ» أن … «…» and مبيناً أن … «…»
 * (credited to the club), a woman vet (الدكتورة) with وترى … أن … «…» then وتقول:); Sabq on a young hiker
 * found on Jabal al-Lawz in Tabuk (its name-سبق-city: byline run into a lede with no quote, the civil defence
 * spokesman (المقدم) لـ"سبق": , then وأردف "family name": with the family name in marks, the hiker named
 * after his description with وروى الشاب، ويدعى …، لـ"سبق" من سريره … أنه "…"، مضيفاً:, the health affairs'
 * statement with أعلنت … في بيان أن … "…"، وأنه "…", a woman hiking organiser with ودعت …، التي …، هواة
 * التخييم إلى "…", a quoted hashtag) and Al-Yaum on a Khobar school team winning the national robotics
 * contest (a city-dash-name byline with a woman reporter, the team's and the foundation's quoted names in the
 * lede, the supervisor (المهندس) with وأوضح … لـ"اليوم" أن … "…" and معتبراً أن … "…", then وأكمل + family
 * name حديثه بالقول:, the team captain with his age in brackets and ويحكي … أن … "…" then ويقول:, his mother
 * by her kunya in apposition with قائلة لـ"اليوم":, the foundation by its quoted short name with وكانت "…" قد
 * أكدت في بيان صحفي أن … "…" (credited to the foundation's full name), a background paragraph).
 * Five are in the voices of international outlets: Al-Quds Al-Arabi on the Ghardaia clashes in Algeria (its
 * city-dash-paper-من-name: dateline run into a lede with no quote, the interior ministry's statement with
 * قالت … في بيان إنها «…»، مؤكدة أن … «…», a notables' council member (الحاج) in apposition with لـ«القدس
 * العربي» إن ما جرى «…»، ثم أضاف:, an activist of the other side with حمل …، …، «…» مسؤولية … ورأى أن …
 * «…», the governor relayed by the national agency with ونقلت … عن والي غرداية فلان قوله إن … «…»، وإن …
 * «…», a woman student with أما …، التي …، فكتبت على صفحتها في «فيسبوك»:, a background paragraph); Alhurra on
 * the Taliban in Kunduz (a lede with no quote, the Afghan interior ministry's spokesman at a press conference
 * with إن … "…" and وتعهد ب… "…", NATO's unnamed spokesman relayed by Reuters with ونقلت وكالة رويترز عن
 * متحدث باسم … قوله إن … "…" and مشيراً إلى أن … "…" (credited to NATO), a resident named after his
 * description with ويدعى …، لموقع الحرة عبر الهاتف:, the State Department with أعربت … عن "…", a woman
 * researcher of a quoted centre in apposition with في مقابلة مع قناة "الحرة"، إن … "…" then وأضافت +
 * surname:, a background paragraph, the source line); Sputnik Arabic on the MAKS-2015 air show (its
 * city-dash-agency dateline run into a lede with the show's quoted name, a state corporation's deputy head with
 * the corporation's quoted name and لوكالة "سبوتنيك"، إن … "…"، مضيفاً أن … "…", then وتابع + surname:, a
 * civil aircraft maker's statement with وكانت … قد أعلنت في بيان … أنها تسلمت "…" and لافتة إلى أن … "…", a
 * woman visitor with وهي … in apposition and لمراسل "سبوتنيك":, two aerobatic teams' quoted names, an analyst
 * with ويرى … أن … "…"، بل "…"); Erem News on the displaced of Ramadi at the Bzebiz bridge (a city-dash-outlet
 * dateline, a scare-quoted word in the lede, a UN office's woman spokesperson in apposition with إن … "…" and
 * واصفة … بـ"…", a provincial council member (الشيخ) in apposition with اتهم …، في تصريح لـ"إرم نيوز"،
 * الحكومة بـ"…"، وتساءل: with a question inside the marks, an unnamed source of Baghdad operations command
 * with طلب عدم الكشف عن اسمه، إن … "…"، مؤكداً أن … "…" (credited to the command), a widow by her kunya with
 * وهي … and وقالت:, a health director (الدكتور) relayed by AFP with قوله إن … "…", a background paragraph with
 * the group's quoted name) and Asharq Al-Awsat's international desk on the British general election (its
 * city-colon-paper dateline, a lede with no quote, the winning party's statement with قال … في بيان إن
 * النتيجة «…», a new woman MP in apposition with وهي … and لـ«الشرق الأوسط»: , a background sentence, a
 * pollster of a quoted firm in apposition with واعترف … بأن … «…»، معلناً أن … «…», an unnamed spokesman of the
 * Scottish party with وصف متحدث باسمه النتيجة بأنها «…» (credited to the party), a voter relayed by the BBC
 * with its quoted short name and ونقلت … عن ناخب …، يدعى …، قوله:, an academic (الدكتور) of a quoted college
 * with ويرى …، …، أن … «…»، محذراً من أن … «…», a background paragraph). Quotes in « », " " as each paper
 * or outlet writes them.
 *
 * Every person and quote is invented here (places, bodies, outlets, parties, firms, the air show and the
 * aerobatic teams are real); no row was tuned on the corpus. The expectations come from reading each article
 * as a person would, under the annotation rules of ../shared/corpus/README.md (speaker = the fullest name the
 * article gives, without title, rank, role, nationality or honorific; a body for its statement; an unnamed
 * source, official or spokesman of a named body to the body; relayed words to the person relayed; names of
 * papers, agencies, channels, firms, centres, colleges, programmes, projects, teams, shows, breeds, a family
 * name in marks, a scare-quoted word and hashtags are mentions with no speaker), and were written before the
 * engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe113: 3/10 rows, 69/77 speech quotes, 37/38 mentions; by hand from the rows, Saudi
 * 1/5 rows, 31/36 speech, 19/19 mentions, international 2/5 rows, 38/41 speech, 18/19 mentions). Every span
 * was found; the misses are all of attribution. After the run no expectation was found to misread the rules,
 * and none was changed (the activist's «أطرافاً خارجية», which the engine gives as a mention, was checked
 * again: it is his own wording, the quoted object of حمّل with the activist as the sentence's subject, a
 * fragment inside his indirect accusation, so partial under the README's rules, as with the object of وصف;
 * and the falconry club keeps السعودي, part of its name, as the Dutch ministry kept its adjective in probe
 * 73). Each passage the engine misreads was split out of its article into a row of its own (the tables of
 * split rows below), the rest of the article kept as written; every paragraph and expectation of the ten
 * articles is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Watan an Arabian leopard caught on camera in the Tanomah heights in " ": its city-colon-name byline, a lede with no quote, the wildlife branch director (المهندس) with وأكد … لـ"الوطن" أن … "…" and لافتاً إلى أن … "…", then his words first with يضيف + family name، الذي دعا … إلى "…", a background paragraph, a woman zoologist (الدكتورة) with من جهتها، قالت … إن … "…"، غير أنها استدركت:, a shepherd with his age in brackets and أما … فيروي لـ"الوطن" أنه … with no quote then وتابع:, a closing يذكر أن with a programme’s quoted name',
    text: [
      'أبها: علي آل مشيط',
      'رصدت كاميرات المراقبة التي نصبتها الهيئة السعودية للحياة الفطرية في مرتفعات محافظة تنومة ذكراً بالغاً من النمر العربي، في أول توثيق مصور للحيوان المهدد بالانقراض في منطقة عسير منذ نحو عشر سنوات.',
      'وأكد مدير فرع الهيئة بمنطقة عسير المهندس عبدالرحمن بن سعيد الشهري لـ"الوطن" أن الصور "التقطت على ارتفاع يزيد على 2200 متر فوق سطح البحر، في منطقة وعرة لا يصلها إلا المشاة"، لافتاً إلى أن خبراء الهيئة "قارنوا بقع الجلد بصور سابقة وتأكدوا أنه حيوان لم يرصد من قبل".',
      '"وجود ذكر بالغ يعني أن هناك أنثى أو أكثر في المنطقة، وهذا ما نعمل على التحقق منه الآن"، يضيف الشهري، الذي دعا الأهالي إلى "عدم التعرض للنمر أو محاولة تتبعه، والاكتفاء بإبلاغ الهيئة عن أي مشاهدة".',
      'ويصنف الاتحاد الدولي لحماية الطبيعة النمر العربي ضمن الأنواع المهددة بالانقراض بشكل حرج، ولا يتجاوز عدد ما بقي منه في البرية 200 نمر موزعة بين المملكة وسلطنة عمان واليمن.',
      'من جهتها، قالت الباحثة في علم الحيوان بجامعة الملك خالد الدكتورة منيرة بنت علي القحطاني إن الرصد "يعيد الأمل بعد سنوات من اليأس"، غير أنها استدركت: "التهديد الأكبر ليس الصيد وحده، بل تراجع أعداد الوعول والأرانب البرية التي يتغذى عليها النمر".',
      'أما الراعي محمد بن عايض العمري (61 عاماً) فيروي لـ"الوطن" أنه فقد ثلاثة من أغنامه الشتاء الماضي في أحد الأودية القريبة، وتابع: "كنا نظن أنه ذئب، ولم يخطر ببالنا أن النمر ما زال يعيش في هذه الجبال".',
      'يذكر أن الهيئة أطلقت العام الماضي برنامج "حماية النمر العربي" بالتعاون مع مركز أبحاث الحياة الفطرية بالطائف، ويشمل إكثار النمور في الأسر تمهيداً لإطلاقها في بيئاتها الطبيعية.',
    ].join('\n\n'),
    quotes: [
      ['الوطن', 'mention', null],
      [
        'التقطت على ارتفاع يزيد على 2200 متر فوق سطح البحر، في منطقة وعرة لا يصلها إلا المشاة',
        'partial',
        'عبدالرحمن بن سعيد الشهري',
      ],
      ['قارنوا بقع الجلد بصور سابقة وتأكدوا أنه حيوان لم يرصد من قبل', 'partial', 'عبدالرحمن بن سعيد الشهري'],
      [
        'وجود ذكر بالغ يعني أن هناك أنثى أو أكثر في المنطقة، وهذا ما نعمل على التحقق منه الآن',
        'direct',
        'عبدالرحمن بن سعيد الشهري',
      ],
      [
        'عدم التعرض للنمر أو محاولة تتبعه، والاكتفاء بإبلاغ الهيئة عن أي مشاهدة',
        'partial',
        'عبدالرحمن بن سعيد الشهري',
      ],
      ['يعيد الأمل بعد سنوات من اليأس', 'partial', 'منيرة بنت علي القحطاني'],
      [
        'التهديد الأكبر ليس الصيد وحده، بل تراجع أعداد الوعول والأرانب البرية التي يتغذى عليها النمر',
        'direct',
        'منيرة بنت علي القحطاني',
      ],
      ['الوطن', 'mention', null],
      [
        'كنا نظن أنه ذئب، ولم يخطر ببالنا أن النمر ما زال يعيش في هذه الجبال',
        'direct',
        'محمد بن عايض العمري',
      ],
      ['حماية النمر العربي', 'mention', null],
    ],
  },
  {
    what: 'Makkah the lost pilgrims’ guidance centre in Mina in « »: a name-dash-city byline, وفق إحصائية حصلت عليها «مكة» in the lede, the centre’s director (الأستاذ) with وأوضح … أن … «…» then وقال: in the same sentence, then ولم يخف + family name أن … «…» and مشيراً إلى أن with no quote, the Hajj ministry’s circular with وكانت … قد دعت … إلى «…» and محذرة من أن … «…», a Nigerian pilgrim woman in a place phrase with وقالت عبر أحد المتطوعين الذي ترجم حديثها لـ«مكة»:, a scout’s words first with بهذه العبارة لخص …، …، تجربته, a closing يذكر أن with a project’s quoted name; the director’s two paragraphs the engine misreads are split out below',
    text: [
      'خالد الحارثي - مكة المكرمة',
      'استقبل مركز إرشاد الحجاج التائهين في مشعر منى منذ فجر يوم التروية أكثر من 3400 حاج ضلوا طريقهم إلى مخيماتهم، أعيد معظمهم إلى مقار إقامتهم خلال أقل من ساعتين، بحسب إحصائية أولية حصلت عليها «مكة».',
      'وكانت وزارة الحج قد دعت في تعميم وزعته على مؤسسات الطوافة إلى «إلزام الحجاج بحمل بطاقة التعريف طوال أيام التشريق»، محذرة من أن التهاون في ذلك «يربك خطط التفويج ويعرض كبار السن للإجهاد وضربات الشمس».',
      'وفي إحدى زوايا المركز، جلست الحاجة النيجيرية عائشة موسى بللو تنتظر مرشد حملتها، وقالت عبر أحد المتطوعين الذي ترجم حديثها لـ«مكة»: «خرجت لرمي الجمرات مع جاراتي وافترقنا عند الجسر، ومشيت ساعات حتى وجدني هذا الشاب وأحضرني إلى هنا».',
      '«نشعر بالفخر حين نرى الحاج يبتسم بعد أن يصل إلى مخيمه، وكأننا أعدناه إلى أهله»، بهذه العبارة لخص الكشاف عبدالله بن مسفر الغامدي، الطالب في جامعة أم القرى، تجربته في المركز للعام الثالث على التوالي.',
      'يذكر أن المركز يعمل ضمن مشروع «دليل الحاج» الذي تشرف عليه جمعية الكشافة العربية السعودية منذ عام 1426هـ، ويشارك فيه هذا العام أكثر من 900 كشاف وجوال.',
    ].join('\n\n'),
    quotes: [
      ['مكة', 'mention', null],
      ['إلزام الحجاج بحمل بطاقة التعريف طوال أيام التشريق', 'partial', 'وزارة الحج'],
      ['يربك خطط التفويج ويعرض كبار السن للإجهاد وضربات الشمس', 'partial', 'وزارة الحج'],
      ['مكة', 'mention', null],
      [
        'خرجت لرمي الجمرات مع جاراتي وافترقنا عند الجسر، ومشيت ساعات حتى وجدني هذا الشاب وأحضرني إلى هنا',
        'direct',
        'عائشة موسى بللو',
      ],
      [
        'نشعر بالفخر حين نرى الحاج يبتسم بعد أن يصل إلى مخيمه، وكأننا أعدناه إلى أهله',
        'direct',
        'عبدالله بن مسفر الغامدي',
      ],
      ['دليل الحاج', 'mention', null],
    ],
  },
  {
    what: 'Okaz a falcon sale before the Jeddah general court in « »: its name-(city) byline, a falcon breed’s quoted name in a lede with no speech, the buyer’s lawyer named first with his post in apposition and لـ«عكاظ» إن … «…» and موضحاً أن … «…», then وأضاف + family name:, the seller’s agent with his words first and بحسب ما أفاد به …، …، في مذكرة … واطلعت عليها «عكاظ», a background paragraph, an unnamed official of the falconry club with فضل عدم ذكر اسمه، لـ«عكاظ» أن … «…» and مبيناً أن … «…» (credited to the club), a woman vet (الدكتورة) with وترى … أن … «…» then وتقول:; the falconry club’s unnamed official the engine misreads is split out below',
    text: [
      'فهد العتيبي (جدة)',
      'أرجأت المحكمة العامة في جدة النظر في دعوى رفعها مواطن ضد تاجر صقور، يتهمه فيها ببيعه صقراً من نوع «الشاهين» بمبلغ 180 ألف ريال قبل أن يتبين أنه مصاب بمرض يمنعه من الصيد، إلى جلسة تعقد مطلع الشهر المقبل.',
      'وقال سلطان بن مبارك الزهراني، محامي المدعي، لـ«عكاظ» إن موكله «اشترى الصقر بعد أن أكد له البائع أمام شهود أنه سليم ومجرب في المقناص»، موضحاً أن تقريراً بيطرياً صدر بعد أسبوعين من البيع «أثبت إصابة الطائر بداء الرشاش في رئتيه».',
      'وأضاف الزهراني: «نطالب برد الثمن كاملاً، وتعويض موكلنا عن تكاليف العلاج التي تجاوزت 20 ألف ريال، لأن البائع كتم عيباً يعلمه».',
      '«الصقر كان سليماً يوم البيع، والمرض أصابه لاحقاً بسبب سوء الرعاية والتغذية»، بحسب ما أفاد به وكيل البائع، سعد بن حمود المالكي، في مذكرة قدمها للمحكمة واطلعت عليها «عكاظ».',
      'وتشهد أسواق الصقور في المملكة خلال أشهر الخريف ذروة مواسم البيع، إذ تصل أسعار بعض الطيور النادرة إلى أكثر من نصف مليون ريال، وتتم كثير من الصفقات شفهياً دون عقود مكتوبة.',
      'وترى الطبيبة البيطرية المتخصصة في الطيور الدكتورة نوف بنت خالد السبيعي أن داء الرشاش «لا يظهر فجأة، بل يتطور على مدى أسابيع»، وتقول: «الفحص بالمنظار قبل البيع يكشف المرض في مراحله الأولى، لكن أغلب المشترين لا يطلبونه ثقة بالبائع».',
    ].join('\n\n'),
    quotes: [
      ['الشاهين', 'mention', null],
      ['عكاظ', 'mention', null],
      [
        'اشترى الصقر بعد أن أكد له البائع أمام شهود أنه سليم ومجرب في المقناص',
        'partial',
        'سلطان بن مبارك الزهراني',
      ],
      ['أثبت إصابة الطائر بداء الرشاش في رئتيه', 'partial', 'سلطان بن مبارك الزهراني'],
      [
        'نطالب برد الثمن كاملاً، وتعويض موكلنا عن تكاليف العلاج التي تجاوزت 20 ألف ريال، لأن البائع كتم عيباً يعلمه',
        'direct',
        'سلطان بن مبارك الزهراني',
      ],
      [
        'الصقر كان سليماً يوم البيع، والمرض أصابه لاحقاً بسبب سوء الرعاية والتغذية',
        'direct',
        'سعد بن حمود المالكي',
      ],
      ['عكاظ', 'mention', null],
      ['لا يظهر فجأة، بل يتطور على مدى أسابيع', 'partial', 'نوف بنت خالد السبيعي'],
      [
        'الفحص بالمنظار قبل البيع يكشف المرض في مراحله الأولى، لكن أغلب المشترين لا يطلبونه ثقة بالبائع',
        'direct',
        'نوف بنت خالد السبيعي',
      ],
    ],
  },
  {
    what: 'Sabq a young hiker found on Jabal al-Lawz in Tabuk in " ": its name-سبق-city: byline run into a lede with no quote, the civil defence spokesman (المقدم) لـ"سبق": , then وأردف "family name": with the family name in marks, the hiker named after his description with وروى الشاب، ويدعى …، لـ"سبق" من سريره … أنه "…"، مضيفاً:, the health affairs’ statement with أعلنت … في بيان أن … "…"، وأنه "…", a woman hiking organiser in apposition with ودعت …، التي …، هواة التخييم إلى "…", a quoted hashtag; the hiking organiser the engine misreads is split out below',
    text: [
      'بندر الشهراني- سبق- تبوك: عثرت فرق البحث والإنقاذ التابعة للدفاع المدني بمنطقة تبوك، فجر اليوم، على شاب عشريني فقد منذ مساء أمس الأول في جبل اللوز شمال غرب المنطقة، بعد عملية بحث شاركت فيها طائرة عمودية وعشرات المتطوعين من أهالي المراكز القريبة.',
      'وقال المتحدث الرسمي لمديرية الدفاع المدني بمنطقة تبوك المقدم عبدالله بن فهد العمراني لـ"سبق": "تلقينا البلاغ من ذوي الشاب عند العاشرة مساء، وبدأنا البحث فوراً رغم صعوبة التضاريس وانخفاض درجات الحرارة ليلاً إلى ما دون الخمس درجات".',
      'وأردف "العمراني": "عثر عليه أحد المتطوعين في شعب ضيق على بعد سبعة كيلومترات من سيارته، وكان يعاني من الإرهاق والجفاف، فنقل إلى مستشفى الملك خالد بتبوك".',
      'وروى الشاب، ويدعى فيصل بن سالم البلوي، لـ"سبق" من سريره في المستشفى أنه "خرج لتصوير الغروب من القمة ولم ينتبه إلى أن الظلام يقترب"، مضيفاً: "نفدت بطارية جوالي وضللت الطريق، فقررت أن أبقى مكاني حتى الصباح كما تعلمت من الرحلات السابقة".',
      'من جهتها، أعلنت مديرية الشؤون الصحية بمنطقة تبوك في بيان أن حالة الشاب "مستقرة ولا تدعو للقلق"، وأنه "سيغادر المستشفى خلال 24 ساعة بعد استكمال المحاليل الوريدية".',
      'وتفاعل مغردون مع وسم "#العثور_على_مفقود_جبل_اللوز"، مثنين على سرعة استجابة فرق الإنقاذ والمتطوعين.',
    ].join('\n\n'),
    quotes: [
      ['سبق', 'mention', null],
      [
        'تلقينا البلاغ من ذوي الشاب عند العاشرة مساء، وبدأنا البحث فوراً رغم صعوبة التضاريس وانخفاض درجات الحرارة ليلاً إلى ما دون الخمس درجات',
        'direct',
        'عبدالله بن فهد العمراني',
      ],
      ['العمراني', 'mention', null],
      [
        'عثر عليه أحد المتطوعين في شعب ضيق على بعد سبعة كيلومترات من سيارته، وكان يعاني من الإرهاق والجفاف، فنقل إلى مستشفى الملك خالد بتبوك',
        'direct',
        'عبدالله بن فهد العمراني',
      ],
      ['سبق', 'mention', null],
      ['خرج لتصوير الغروب من القمة ولم ينتبه إلى أن الظلام يقترب', 'partial', 'فيصل بن سالم البلوي'],
      [
        'نفدت بطارية جوالي وضللت الطريق، فقررت أن أبقى مكاني حتى الصباح كما تعلمت من الرحلات السابقة',
        'direct',
        'فيصل بن سالم البلوي',
      ],
      ['مستقرة ولا تدعو للقلق', 'partial', 'مديرية الشؤون الصحية بمنطقة تبوك'],
      [
        'سيغادر المستشفى خلال 24 ساعة بعد استكمال المحاليل الوريدية',
        'partial',
        'مديرية الشؤون الصحية بمنطقة تبوك',
      ],
      ['#العثور_على_مفقود_جبل_اللوز', 'mention', null],
    ],
  },
  {
    what: 'Al-Yaum a Khobar school team winning the national robotics contest in " ": a city-dash-name byline with a woman reporter, the team’s and the foundation’s quoted names in the lede, the supervisor (المهندس) with وأوضح … لـ"اليوم" أن … "…" and معتبراً أن … "…", then وأكمل + family name حديثه بالقول: , the team captain with his age in brackets and ويحكي … أن … "…" then ويقول:, his mother by her kunya in apposition with قائلة لـ"اليوم":, the foundation by its quoted short name with وكانت "…" قد أكدت في بيان صحفي أن … "…" (credited to the foundation’s full name), a background paragraph; the lede, the mother and the foundation’s statement the engine misreads are split out below',
    text: [
      'الخبر - مريم الدوسري',
      'وأوضح المشرف على الفريق المهندس حسن بن علي البوعلي لـ"اليوم" أن الطلاب "صمموا روبوتاً يفرز النفايات القابلة لإعادة التدوير باستخدام حساسات للون والوزن"، معتبراً أن الفوز "ثمرة ستة أشهر من العمل اليومي بعد انتهاء الدوام المدرسي".',
      'وأكمل البوعلي حديثه بالقول: "المنافسة في الدوحة ستكون أصعب بكثير، فهناك فرق من أكثر من خمسين دولة، لكننا سنذهب لننافس على المراكز الأولى لا للمشاركة فقط".',
      'ويحكي قائد الفريق الطالب عمر بن يوسف الملحم (16 عاماً) أن الفريق "كاد ينسحب" في الجولة الثانية بعد تعطل أحد المحركات، ويقول: "أصلحناه في سبع دقائق فقط، وكانت تلك أطول سبع دقائق في حياتي".',
      'ويضم الفريق خمسة طلاب من الصفين الأول والثاني الثانوي، وسبق أن حصل على المركز الثالث في مسابقة المنطقة الشرقية العام الماضي.',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      [
        'صمموا روبوتاً يفرز النفايات القابلة لإعادة التدوير باستخدام حساسات للون والوزن',
        'partial',
        'حسن بن علي البوعلي',
      ],
      ['ثمرة ستة أشهر من العمل اليومي بعد انتهاء الدوام المدرسي', 'partial', 'حسن بن علي البوعلي'],
      [
        'المنافسة في الدوحة ستكون أصعب بكثير، فهناك فرق من أكثر من خمسين دولة، لكننا سنذهب لننافس على المراكز الأولى لا للمشاركة فقط',
        'direct',
        'حسن بن علي البوعلي',
      ],
      ['كاد ينسحب', 'partial', 'عمر بن يوسف الملحم'],
      ['أصلحناه في سبع دقائق فقط، وكانت تلك أطول سبع دقائق في حياتي', 'direct', 'عمر بن يوسف الملحم'],
    ],
  },
];

describe('probe 113: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'Lost pilgrims’ centre, split out: the director with وأوضح … أن … «…» then وقال:, then ولم يخف + family name أن أصعب الحالات هي «…» (the quote after أن under a negated cue verb)',
    text: [
      'وأوضح مدير المركز الأستاذ ماجد بن عوض اللحياني أن الكشافة والمتطوعين «يعملون في ثلاث ورديات على مدار اليوم، ويتحدثون أكثر من 12 لغة»، وقال: «أغلب التائهين من كبار السن الذين لا يحملون بطاقة المخيم أو السوار الذي توزعه مؤسسات الطوافة على حجاجها».',
      'ولم يخف اللحياني أن أصعب الحالات هي «حجاج لا يعرفون اسم مؤسستهم ولا رقم مخيمهم، ولا يتكلمون إلا لهجة قراهم»، مشيراً إلى أن المركز يستعين في هذه الحالات بخرائط مصورة وبمرشدين من جنسيات الحجاج أنفسهم.',
    ].join('\n\n'),
    quotes: [
      ['يعملون في ثلاث ورديات على مدار اليوم، ويتحدثون أكثر من 12 لغة', 'partial', 'ماجد بن عوض اللحياني'],
      [
        'أغلب التائهين من كبار السن الذين لا يحملون بطاقة المخيم أو السوار الذي توزعه مؤسسات الطوافة على حجاجها',
        'direct',
        'ماجد بن عوض اللحياني',
      ],
      [
        'حجاج لا يعرفون اسم مؤسستهم ولا رقم مخيمهم، ولا يتكلمون إلا لهجة قراهم',
        'partial',
        'ماجد بن عوض اللحياني',
      ],
    ],
    // engine gap: gives the quote after ولم يخف اللحياني أن … هي as a mention with no speaker
    gaps: ['attribution'],
  },
  {
    what: 'Falcon sale, split out: an unnamed official of a body whose name ends in a nationality adjective (وأكد مسؤول في نادي الصقور السعودي، فضل عدم ذكر اسمه، لـ«عكاظ» أن … «…»)',
    text: [
      'وأكد مسؤول في نادي الصقور السعودي، فضل عدم ذكر اسمه، لـ«عكاظ» أن النادي «يعمل على إعداد نموذج موحد لعقود بيع الصقور يتضمن شهادة بيطرية إلزامية»، مبيناً أن النزاعات المماثلة «تكررت في السنوات الأخيرة مع ارتفاع الأسعار».',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      [
        'يعمل على إعداد نموذج موحد لعقود بيع الصقور يتضمن شهادة بيطرية إلزامية',
        'partial',
        'نادي الصقور السعودي',
      ],
      ['تكررت في السنوات الأخيرة مع ارتفاع الأسعار', 'partial', 'نادي الصقور السعودي'],
    ],
    // engine gap: credits both quotes to نادي الصقور, dropping السعودي from the club’s name
    gaps: ['attribution'],
  },
  {
    what: 'Lost hiker, split out: a woman named without title with a relative clause in apposition before the object (ودعت فلانة، التي تنظم …، هواة التخييم إلى "…")',
    text: [
      'ودعت هند العطوي، التي تنظم رحلات أسبوعية للمشي الجبلي في المنطقة، هواة التخييم إلى "عدم الصعود منفردين، وإبلاغ أحد الأقارب بخط السير وموعد العودة، وحمل بطارية احتياطية".',
    ].join('\n\n'),
    quotes: [
      [
        'عدم الصعود منفردين، وإبلاغ أحد الأقارب بخط السير وموعد العودة، وحمل بطارية احتياطية',
        'partial',
        'هند العطوي',
      ],
    ],
    // engine gap: credits the quote to وموعد العودة, words from inside the quote (in the whole article, to the health affairs directorate of the paragraph before)
    gaps: ['attribution'],
  },
  {
    what: 'Robotics team, split out: a foundation named in full with its quoted short name in the lede, then the mother by her kunya in apposition with قائلة لـ"اليوم":, then the foundation by its quoted short name alone as the subject (وكانت "موهبة" قد أكدت في بيان صحفي أن … "…")',
    text: [
      'حقق فريق "صقور الشرقية" من طلاب مدارس الظهران الأهلية المركز الأول في المسابقة الوطنية للروبوت التي نظمتها مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع "موهبة" في الرياض، متأهلاً لتمثيل المملكة في الأولمبياد العالمي للروبوت بالعاصمة القطرية الدوحة في نوفمبر المقبل.',
      'وعبرت والدته، أم عمر، عن فخرها بابنها، قائلة لـ"اليوم": "كان يحول المطبخ إلى ورشة كل ليلة، وأفهم الآن لماذا كان يسهر حتى الفجر".',
      'وكانت "موهبة" قد أكدت في بيان صحفي أن المسابقة شهدت هذا العام "مشاركة 140 فريقاً من 13 منطقة، بزيادة الثلث عن العام الماضي".',
    ].join('\n\n'),
    quotes: [
      ['صقور الشرقية', 'mention', null],
      ['موهبة', 'mention', null],
      ['اليوم', 'mention', null],
      ['كان يحول المطبخ إلى ورشة كل ليلة، وأفهم الآن لماذا كان يسهر حتى الفجر', 'direct', 'أم عمر'],
      ['موهبة', 'mention', null],
      [
        'مشاركة 140 فريقاً من 13 منطقة، بزيادة الثلث عن العام الماضي',
        'partial',
        'مؤسسة الملك عبدالعزيز ورجاله للموهبة والإبداع',
      ],
    ],
    // engine gap: credits the foundation’s statement to أم عمر, the mother of the paragraph before
    gaps: ['attribution'],
  },
];

describe('probe 113: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'Al-Quds Al-Arabi the Ghardaia clashes in Algeria in « »: its city-dash-paper-من-name: dateline, a lede with no quote, the interior ministry’s statement with قالت … في بيان إنها «…»، مؤكدة أن … «…», a notables’ council member (الحاج) in apposition with لـ«القدس العربي» إن ما جرى «…»، ثم أضاف:, an activist of the other side with حمل … «…» مسؤولية … ورأى أن … «…», the governor relayed by the national agency with ونقلت … عن والي غرداية فلان قوله إن … «…»، وإن … «…», a woman student with أما …، التي …، فكتبت على صفحتها في «فيسبوك»:, a background paragraph; the activist the engine misreads is split out below',
    text: [
      'الجزائر ـ «القدس العربي» من رشيد بوخالفة: عاد الهدوء الحذر إلى مدينة غرداية، على بعد 600 كيلومتر جنوب العاصمة، بعد يومين من مواجهات بين شبان من المالكيين العرب والإباضيين الأمازيغ خلفت 22 قتيلاً، في أعنف موجة عنف تشهدها منطقة وادي ميزاب منذ اندلاع الأزمة قبل عامين.',
      'وقالت وزارة الداخلية والجماعات المحلية في بيان إنها «أوقفت 27 شخصاً يشتبه في تورطهم في أعمال القتل والحرق والتخريب»، مؤكدة أن وحدات الدرك والجيش المنتشرة في المدينة «تسيطر على الوضع بالكامل».',
      'وقال عضو مجلس أعيان بني ميزاب، الحاج بكير بن عمر باحمد، لـ«القدس العربي» إن ما جرى «ليس صراعاً مذهبياً كما يروج البعض، بل نتيجة سنوات من الإهمال وغياب الدولة»، ثم أضاف: «نريد تحقيقاً مستقلاً يكشف من أشعل النار ومن سكت عنها».',
      'ونقلت وكالة الأنباء الجزائرية الرسمية عن والي غرداية عبد الحميد بن زيان قوله إن الأسواق «ستفتح أبوابها تدريجياً ابتداء من الأحد»، وإن المدارس الصيفية «ستستأنف نشاطها تحت حماية أمنية مشددة».',
      'أما الطالبة الجامعية سعاد حمو، التي فرت مع أسرتها من حي ثنية المخزن، فكتبت على صفحتها في «فيسبوك»: «لم ننم منذ ثلاث ليال. نسمع الرصاص ونرى الدخان، ولا أحد يطرق بابنا إلا ليسأل عن مذهبنا».',
      'وتشهد غرداية منذ نهاية 2013 مواجهات متقطعة بين المجموعتين على خلفية نزاعات على الأراضي والمقابر، أسفرت قبل الأحداث الأخيرة عن مقتل أكثر من عشرة أشخاص وإحراق عشرات المحلات.',
    ].join('\n\n'),
    quotes: [
      ['القدس العربي', 'mention', null],
      [
        'أوقفت 27 شخصاً يشتبه في تورطهم في أعمال القتل والحرق والتخريب',
        'partial',
        'وزارة الداخلية والجماعات المحلية',
      ],
      ['تسيطر على الوضع بالكامل', 'partial', 'وزارة الداخلية والجماعات المحلية'],
      ['القدس العربي', 'mention', null],
      [
        'ليس صراعاً مذهبياً كما يروج البعض، بل نتيجة سنوات من الإهمال وغياب الدولة',
        'partial',
        'بكير بن عمر باحمد',
      ],
      ['نريد تحقيقاً مستقلاً يكشف من أشعل النار ومن سكت عنها', 'direct', 'بكير بن عمر باحمد'],
      ['ستفتح أبوابها تدريجياً ابتداء من الأحد', 'partial', 'عبد الحميد بن زيان'],
      ['ستستأنف نشاطها تحت حماية أمنية مشددة', 'partial', 'عبد الحميد بن زيان'],
      ['فيسبوك', 'mention', null],
      [
        'لم ننم منذ ثلاث ليال. نسمع الرصاص ونرى الدخان، ولا أحد يطرق بابنا إلا ليسأل عن مذهبنا',
        'direct',
        'سعاد حمو',
      ],
    ],
  },
  {
    what: 'Alhurra the Taliban in Kunduz in " ": a lede with no quote, the Afghan interior ministry’s spokesman in a press conference with إن … "…" and وتعهد ب… "…", NATO’s unnamed spokesman relayed by Reuters with ونقلت وكالة رويترز عن متحدث باسم … قوله إن … "…" and مشيراً إلى أن … "…" (credited to NATO), a resident named after his description with ويدعى …، لموقع الحرة عبر الهاتف:, the State Department with أعربت … عن "…", a woman researcher of a quoted centre in apposition with في مقابلة مع قناة "الحرة"، إن … "…" then وأضافت + surname:, a background paragraph, the source line; the interior ministry’s spokesman the engine misreads is split out below',
    text: [
      'سيطر مسلحو حركة طالبان الاثنين على أجزاء واسعة من مدينة قندوز شمالي أفغانستان، بينها مقر حاكم الولاية والسجن المركزي الذي أطلقوا مئات من نزلائه، في أكبر تقدم تحققه الحركة منذ سقوط نظامها عام 2001.',
      'ونقلت وكالة رويترز عن متحدث باسم حلف شمال الأطلسي في كابل قوله إن طائرات أميركية "نفذت ضربة جوية في محيط المدينة للقضاء على تهديد للقوات"، مشيراً إلى أن مستشارين من الحلف "موجودون في المنطقة لتقديم المشورة للقوات الأفغانية".',
      'وقال أحد سكان قندوز، ويدعى عبد الواحد، لموقع الحرة عبر الهاتف: "مقاتلو طالبان يتجولون في الشوارع ويرفعون أعلامهم فوق المباني الحكومية، والناس مختبئون في بيوتهم لا يجرؤون على الخروج".',
      'وفي واشنطن، أعربت وزارة الخارجية الأميركية عن "قلق بالغ" إزاء التطورات، ودعت إلى حماية المدنيين.',
      'وقالت الباحثة في مركز "ويلسون" للدراسات في واشنطن، ليزا كرامر، في مقابلة مع قناة "الحرة"، إن سقوط قندوز "رسالة إلى الحكومة الأفغانية بأن انسحاب القوات الدولية ترك فراغاً لم يملأ بعد". وأضافت كرامر: "طالبان اختارت توقيتاً رمزياً، في الذكرى الأولى لتنصيب الحكومة الجديدة".',
      'وقندوز هي أول عاصمة ولاية تسقط في يد طالبان منذ 14 عاماً، وتقع على طريق استراتيجي يربط كابل بالحدود مع طاجيكستان.',
      'المصدر: موقع الحرة/ وكالات',
    ].join('\n\n'),
    quotes: [
      ['نفذت ضربة جوية في محيط المدينة للقضاء على تهديد للقوات', 'partial', 'حلف شمال الأطلسي'],
      ['موجودون في المنطقة لتقديم المشورة للقوات الأفغانية', 'partial', 'حلف شمال الأطلسي'],
      [
        'مقاتلو طالبان يتجولون في الشوارع ويرفعون أعلامهم فوق المباني الحكومية، والناس مختبئون في بيوتهم لا يجرؤون على الخروج',
        'direct',
        'عبد الواحد',
      ],
      ['قلق بالغ', 'partial', 'وزارة الخارجية الأميركية'],
      ['ويلسون', 'mention', null],
      ['الحرة', 'mention', null],
      [
        'رسالة إلى الحكومة الأفغانية بأن انسحاب القوات الدولية ترك فراغاً لم يملأ بعد',
        'partial',
        'ليزا كرامر',
      ],
      ['طالبان اختارت توقيتاً رمزياً، في الذكرى الأولى لتنصيب الحكومة الجديدة', 'direct', 'ليزا كرامر'],
    ],
  },
  {
    what: 'Sputnik Arabic the MAKS-2015 air show in " ": its city-dash-agency dateline run into a lede with the show’s quoted name, a state corporation’s deputy head with the corporation’s quoted name and لوكالة "سبوتنيك"، إن … "…"، مضيفاً أن … "…", then وتابع + surname:, a civil aircraft maker’s statement with وكانت … قد أعلنت في بيان على موقعها أنها تسلمت "…" and لافتة إلى أن … "…", a woman visitor with وهي … in apposition and لمراسل "سبوتنيك":, two aerobatic teams’ quoted names, an analyst with ويرى … أن … "…"، بل "…"',
    text: [
      'موسكو - سبوتنيك. افتتح في مدينة جوكوفسكي بضواحي موسكو، اليوم الثلاثاء، المعرض الدولي للطيران والفضاء "ماكس-2015"، بمشاركة أكثر من 700 شركة من 30 دولة، وسط غياب لافت لعدد من الشركات الغربية بسبب العقوبات.',
      'وقال نائب المدير العام لمؤسسة "روستيخ" الحكومية، فلاديمير أرتامونوف، لوكالة "سبوتنيك"، إن الشركات الروسية "تعرض هذا العام أكثر من 40 طائرة جديدة ومحدثة للمرة الأولى"، مضيفاً أن الطلب من دول الشرق الأوسط وآسيا "يعوض بشكل كبير" ما خسرته هذه الشركات بسبب العقوبات.',
      'وتابع أرتامونوف: "نجري محادثات مع ثلاث دول عربية على الأقل بشأن طائرات التدريب القتالي ياك-130، ونتوقع توقيع عقد واحد على الأقل قبل نهاية العام".',
      'وكانت شركة سوخوي للطائرات المدنية قد أعلنت في بيان على موقعها الإلكتروني أنها تسلمت "طلبية مؤكدة لاثنتي عشرة طائرة من طراز سوبرجت 100" من شركة طيران إقليمية روسية، لافتة إلى أن الصفقة "هي الأكبر للشركة منذ مطلع العام".',
      'من جهتها، قالت الزائرة يلينا سميرنوفا، وهي مهندسة طيران متقاعدة جاءت مع حفيديها، لمراسل "سبوتنيك": "أحضر المعرض منذ دورته الأولى عام 1993، والفرق هذا العام أن الطائرات المعروضة كلها روسية تقريباً".',
      'وشهد اليوم الأول عروضاً جوية لفريقي "الفرسان الروس" و"ستريجي"، فيما يفتح المعرض أبوابه أمام الجمهور يوم الجمعة.',
      'ويرى الخبير في صناعة الطيران ميخائيل تشيرنوف أن غياب الشركات الغربية "لم يقلل من أهمية المعرض"، بل "جعله منصة لعرض ما تستطيع روسيا إنتاجه بمفردها".',
    ].join('\n\n'),
    quotes: [
      ['ماكس-2015', 'mention', null],
      ['روستيخ', 'mention', null],
      ['سبوتنيك', 'mention', null],
      ['تعرض هذا العام أكثر من 40 طائرة جديدة ومحدثة للمرة الأولى', 'partial', 'فلاديمير أرتامونوف'],
      ['يعوض بشكل كبير', 'partial', 'فلاديمير أرتامونوف'],
      [
        'نجري محادثات مع ثلاث دول عربية على الأقل بشأن طائرات التدريب القتالي ياك-130، ونتوقع توقيع عقد واحد على الأقل قبل نهاية العام',
        'direct',
        'فلاديمير أرتامونوف',
      ],
      ['طلبية مؤكدة لاثنتي عشرة طائرة من طراز سوبرجت 100', 'partial', 'شركة سوخوي للطائرات المدنية'],
      ['هي الأكبر للشركة منذ مطلع العام', 'partial', 'شركة سوخوي للطائرات المدنية'],
      ['سبوتنيك', 'mention', null],
      [
        'أحضر المعرض منذ دورته الأولى عام 1993، والفرق هذا العام أن الطائرات المعروضة كلها روسية تقريباً',
        'direct',
        'يلينا سميرنوفا',
      ],
      ['الفرسان الروس', 'mention', null],
      ['ستريجي', 'mention', null],
      ['لم يقلل من أهمية المعرض', 'partial', 'ميخائيل تشيرنوف'],
      ['جعله منصة لعرض ما تستطيع روسيا إنتاجه بمفردها', 'partial', 'ميخائيل تشيرنوف'],
    ],
  },
  {
    what: 'Erem News the displaced of Ramadi at the Bzebiz bridge in " ": a city-dash-outlet dateline, a scare-quoted word in the lede, a UN office’s woman spokesperson in apposition with إن … "…" and واصفة … بـ"…", a provincial council member (الشيخ) in apposition with اتهم …، في تصريح لـ"إرم نيوز"، الحكومة بـ"…"، وتساءل: with a question inside the marks, an unnamed source of Baghdad operations command with طلب عدم الكشف عن اسمه، إن … "…"، مؤكداً أن … "…" (credited to the command), a widow by her kunya with وهي … and وقالت:, a health director (الدكتور) relayed by AFP with قوله إن … "…", a background paragraph with the group’s quoted name',
    text: [
      'بغداد - إرم نيوز',
      'تكدس آلاف النازحين الفارين من مدينة الرمادي عند جسر بزيبز على نهر الفرات، غربي بغداد، لليوم الثالث على التوالي، بانتظار السماح لهم بالعبور إلى العاصمة، بعد أن اشترطت السلطات وجود "كفيل" من سكانها لكل عائلة.',
      'وقالت المتحدثة باسم مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية في العراق، كارين ديفيس، إن أكثر من 40 ألف شخص "فروا من الرمادي خلال أيام قليلة، كثير منهم سيراً على الأقدام"، واصفة أوضاع العالقين عند الجسر بـ"المأساوية".',
      'واتهم عضو مجلس محافظة الأنبار، الشيخ فارس حميد الدليمي، في تصريح لـ"إرم نيوز"، الحكومة بـ"معاملة أبناء الأنبار كأنهم غرباء في بلدهم"، وتساءل: "كيف نطلب من امرأة هربت بأطفالها من الموت أن تبحث عن كفيل في بغداد؟".',
      'في المقابل، قال مصدر في قيادة عمليات بغداد، طلب عدم الكشف عن اسمه، إن إجراءات التدقيق "ضرورية لمنع تسلل عناصر التنظيم بين النازحين"، مؤكداً أن القوات الأمنية "سمحت بعبور الحالات الإنسانية والمرضى دون كفيل".',
      'وعلى الطرف الآخر من الجسر، جلست أم أحمد، وهي أرملة في الخمسين، إلى جانب أحفادها الأربعة تحت شمس حارقة، وقالت: "نمنا ليلتين على الإسفلت، ولم يصلنا إلا الماء من المتطوعين".',
      'ونقلت وكالة فرانس برس عن مدير صحة الأنبار، الدكتور أحمد صالح الكبيسي، قوله إن طفلين "توفيا بسبب الحر والجفاف" خلال انتظار ذويهما عند الجسر.',
      'وكان تنظيم "داعش" قد سيطر على الرمادي، مركز محافظة الأنبار، منتصف الشهر الجاري بعد انسحاب القوات الحكومية منها، في أكبر انتكاسة لبغداد منذ سقوط الموصل الصيف الماضي.',
    ].join('\n\n'),
    quotes: [
      ['كفيل', 'mention', null],
      ['فروا من الرمادي خلال أيام قليلة، كثير منهم سيراً على الأقدام', 'partial', 'كارين ديفيس'],
      ['المأساوية', 'partial', 'كارين ديفيس'],
      ['إرم نيوز', 'mention', null],
      ['معاملة أبناء الأنبار كأنهم غرباء في بلدهم', 'partial', 'فارس حميد الدليمي'],
      ['كيف نطلب من امرأة هربت بأطفالها من الموت أن تبحث عن كفيل في بغداد؟', 'direct', 'فارس حميد الدليمي'],
      ['ضرورية لمنع تسلل عناصر التنظيم بين النازحين', 'partial', 'قيادة عمليات بغداد'],
      ['سمحت بعبور الحالات الإنسانية والمرضى دون كفيل', 'partial', 'قيادة عمليات بغداد'],
      ['نمنا ليلتين على الإسفلت، ولم يصلنا إلا الماء من المتطوعين', 'direct', 'أم أحمد'],
      ['توفيا بسبب الحر والجفاف', 'partial', 'أحمد صالح الكبيسي'],
      ['داعش', 'mention', null],
    ],
  },
  {
    what: 'Asharq Al-Awsat’s international desk on the British general election in « »: its city-colon-paper dateline, a lede with no quote, the winning party’s statement with قال … في بيان إن النتيجة «…», a new woman MP in apposition with وهي … and لـ«الشرق الأوسط»: , a background sentence with no quote, a pollster of a quoted firm in apposition with واعترف … بأن … «…»، معلناً أن … «…», an unnamed spokesman of the Scottish party with وصف متحدث باسمه النتيجة بأنها «…» (credited to the party), a voter relayed by the BBC with its quoted short name and ونقلت … عن ناخب …، يدعى …، قوله:, an academic (الدكتور) of a quoted college with ويرى …، …، أن … «…»، محذراً من أن … «…», a background paragraph; the Scottish party’s spokesman and the academic the engine misreads are split out below',
    text: [
      'لندن: «الشرق الأوسط»',
      'حقق حزب المحافظين فوزاً مفاجئاً في الانتخابات العامة التي جرت أول من أمس، بحصوله على 331 مقعداً في مجلس العموم تمنحه أغلبية مطلقة تتيح له الحكم منفرداً للمرة الأولى منذ عام 1992.',
      'وقال حزب المحافظين في بيان إن النتيجة «تفويض واضح من البريطانيين لاستكمال خطة الإصلاح الاقتصادي وخفض العجز».',
      'وقالت النائبة الجديدة عن حزب العمال في إحدى دوائر شمال لندن، ياسمين حداد، وهي من أصل لبناني، لـ«الشرق الأوسط»: «فزت بمقعدي لكن حزبي خسر، وهذا شعور غريب. علينا أن نسأل أنفسنا لماذا لم يصدقنا الناخبون خارج المدن الكبرى».',
      'وأحرجت النتيجة شركات استطلاع الرأي، التي رجحت طوال الحملة أن تنتهي الانتخابات إلى برلمان معلق لا يملك فيه أي حزب الأغلبية. واعترف رئيس قسم الاستطلاعات في شركة «يوغوف»، بيتر ماكدونالد، بأن الشركات «أخطأت في قراءة مزاج الناخبين في اللحظات الأخيرة»، معلناً أن المجلس البريطاني لاستطلاعات الرأي «سيفتح تحقيقاً مستقلاً في أسباب الخطأ».',
      'ونقلت هيئة الإذاعة البريطانية «بي بي سي» عن ناخب في مدينة نيوكاسل، يدعى جون ريتشاردسون، قوله: «صوتّ للعمال طوال حياتي، لكنني هذه المرة لم أصدق وعودهم».',
      'وكان زعيم حزب العمال قد أعلن استقالته من زعامة الحزب صباح أمس، وكذلك فعل زعيم حزب الديمقراطيين الأحرار الذي خسر حزبه 49 مقعداً من مقاعده الـ57.',
    ].join('\n\n'),
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['تفويض واضح من البريطانيين لاستكمال خطة الإصلاح الاقتصادي وخفض العجز', 'partial', 'حزب المحافظين'],
      ['الشرق الأوسط', 'mention', null],
      [
        'فزت بمقعدي لكن حزبي خسر، وهذا شعور غريب. علينا أن نسأل أنفسنا لماذا لم يصدقنا الناخبون خارج المدن الكبرى',
        'direct',
        'ياسمين حداد',
      ],
      ['يوغوف', 'mention', null],
      ['أخطأت في قراءة مزاج الناخبين في اللحظات الأخيرة', 'partial', 'بيتر ماكدونالد'],
      ['سيفتح تحقيقاً مستقلاً في أسباب الخطأ', 'partial', 'بيتر ماكدونالد'],
      ['بي بي سي', 'mention', null],
      ['صوتّ للعمال طوال حياتي، لكنني هذه المرة لم أصدق وعودهم', 'direct', 'جون ريتشاردسون'],
    ],
  },
];

describe('probe 113: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Ghardaia, split out: a quoted object of حمّل before مسؤولية (حمل الناشط فلان، …، «أطرافاً خارجية» مسؤولية التصعيد، ورأى أن … «…»)',
    text: [
      'في المقابل، حمل الناشط عبد القادر زروقي، أحد وجهاء الأحياء العربية في المدينة، «أطرافاً خارجية» مسؤولية التصعيد، ورأى أن سكان هذه الأحياء «يدفعون ثمن صمتهم منذ بداية الأحداث».',
    ].join('\n\n'),
    quotes: [
      ['أطرافاً خارجية', 'partial', 'عبد القادر زروقي'],
      ['يدفعون ثمن صمتهم منذ بداية الأحداث', 'partial', 'عبد القادر زروقي'],
    ],
    // engine gap: gives «أطرافاً خارجية» as a mention with no speaker
    gaps: ['attribution'],
  },
  {
    what: 'Kunduz, split out: a quoted time phrase after a masdar with a pronoun (وتعهد باستعادتها "خلال ساعات وليس أياماً") after إن … "…"',
    text: [
      'وقال المتحدث باسم وزارة الداخلية الأفغانية صديق الله نوري في مؤتمر صحفي في كابل إن القوات الحكومية "انسحبت من وسط المدينة لتفادي سقوط ضحايا مدنيين"، وتعهد باستعادتها "خلال ساعات وليس أياماً".',
    ].join('\n\n'),
    quotes: [
      ['انسحبت من وسط المدينة لتفادي سقوط ضحايا مدنيين', 'partial', 'صديق الله نوري'],
      ['خلال ساعات وليس أياماً', 'partial', 'صديق الله نوري'],
    ],
    // engine gap: gives the phrase as a direct quote credited to باستعادتها
    gaps: ['attribution'],
  },
  {
    what: 'British election, split out: an unnamed spokesman of a body named in the clause before (فيما وصف متحدث باسمه النتيجة بأنها «…»)',
    text: [
      'وفي اسكوتلندا، اكتسح الحزب القومي الاسكوتلندي 56 مقعداً من أصل 59، فيما وصف متحدث باسمه النتيجة بأنها «زلزال سياسي لن تعود بعده بريطانيا كما كانت».',
    ].join('\n\n'),
    quotes: [['زلزال سياسي لن تعود بعده بريطانيا كما كانت', 'partial', 'الحزب القومي الاسكوتلندي']],
    // engine gap: credits the quote to متحدث باسمه النتيجة, the words after the verb
    gaps: ['attribution'],
  },
  {
    what: 'British election, split out: a college’s quoted name in the apposition after the academic’s name (الدكتور فلان، المحاضر في «كينغز كوليدج» بلندن، أن … «…»)',
    text: [
      'ويرى الأكاديمي البريطاني من أصل عراقي، الدكتور سامر النجار، المحاضر في «كينغز كوليدج» بلندن، أن فوز المحافظين «سيضع الاستفتاء على عضوية الاتحاد الأوروبي في صدارة الأجندة»، محذراً من أن خروج بريطانيا من الاتحاد «لم يعد سيناريو مستبعداً كما كان قبل عام».',
    ].join('\n\n'),
    quotes: [
      ['كينغز كوليدج', 'mention', null],
      ['سيضع الاستفتاء على عضوية الاتحاد الأوروبي في صدارة الأجندة', 'partial', 'سامر النجار'],
      ['لم يعد سيناريو مستبعداً كما كان قبل عام', 'partial', 'سامر النجار'],
    ],
  },
];

describe('probe 113: international passages split out', () => {
  runRows(internationalSplitRows);
});
