/**
 * A fifty-first probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw. Unlike the earlier probes, each article imitates as closely as
 * it can the copy its desk really files: its byline or dateline, the lede as it writes it, its strings of
 * titles and honorifics, its way of naming a person the second time, its cue verbs, marks and credits, long
 * sentences of several clauses and a background paragraph. Five are in the voices of Saudi online papers of
 * mid-2015, in stories the earlier probes did not tell: Al-Riyadh on the passports' new e-services on the
 * quoted Absher portal (a city-and-name byline, the passports' director general (اللواء) to the paper with
 * إن, then وأضاف + family name:, وأوضح أن with no subject and مشيراً إلى أن, a citizen (المواطن) with a
 * relative clause after his name and a colon, a Jordanian resident with أما … فقال إن and متمنياً "…", a
 * closing يذكر أن), Okaz on the ban on energy drinks in school canteens (Okaz's name-and-city byline, the Jeddah
 * education spokesman to the paper with إن, then وأضاف + family name:, a paediatric consultant (الدكتور) with
 * من جهته، أوضح … أن and لافتاً إلى أن, a pupil with his age in brackets on the paper's tour with a colon, a
 * mother by her kunya with فيما رأت …، وهي …، أن then وقالت:, the food and drug authority's label with وكانت …
 * قد ألزمت … بكتابة عبارة «…»), Al-Eqtisadiah on the labour ministry's Nitaqat inspections of small shops (its
 * name-then-من-city byline, the programme's quoted name, لـ«الاقتصادية» before the inspection director's name
 * and his post in apposition with إن, then وأضاف + family name:, وأشار إلى أن with no subject and مبيناً أن, a
 * grocer with ويقول …، الذي …:, a professor (الدكتور) with ويرى …، أستاذ …، أن then مضيفاً:, the ministry's
 * launch of the programme), SPA on a restored heritage village in Sarat Abidah (SPA's Hijri-and-Gregorian
 * dateline line, نيابة عن صاحب السمو الملكي … دشن سعادة محافظ … الأستاذ …, then أوضح سعادته … أن and مؤكداً
 * أن, the tourism commission's Asir director (المهندس) في تصريح لوكالة الأنباء السعودية with a colon, then
 * وأضاف أن with no subject, a villager with عبر … عن … وقال:, then ونوه + family name … داعياً … إلى "…", a
 * closing paragraph with no quote) and Sabq on the food and drug authority's recall of a tahini brand (Sabq's
 * byline run into the lede, the brand's quoted name, the authority's spokesman (الدكتور) to the paper with a
 * colon, then وأضاف: with no subject, then his family name in Sabq's quotes with وأوضح "فلان" أن and داعياً …
 * إلى "…", the importer's statement with أكدت …، …، في بيان تلقت "سبق" نسخة منه، أنها and مؤكدة أن, a citizen
 * (المواطن) with a relative clause and a colon, the authority's quoted app). Five are in the voices of
 * international outlets: France 24 on shelling around Donetsk in breach of the Minsk truce (the operation's,
 * the separatist republic's and the agreement's quoted names, the Ukrainian military spokesman (الكولونيل) in
 * apposition with إن and مؤكداً أن, a separatist deputy commander in apposition للصحافيين إن then وأضاف:, the
 * OSCE monitoring mission in its daily report with قالت … إنها and مشيرة إلى أن, a pensioner by first name
 * with وهي … to AFP with a colon, France 24's agency line), CNN Arabic on the European Court of Justice
 * striking down the Safe Harbour agreement (CNN's dateline run into the lede, the agreement's quoted name,
 * the court's ruling with قالت … في حكمها إن, بـ"…" and معتبرة أن, a paragraph with no quote, the Commission's
 * spokesman in apposition at a press conference with إن then وأضاف:, the US commerce department with أعربت …
 * عن "…" then وقالت في بيان إنه, a Berlin lawyer with ويقول …، …، لـCNN:), Al Arabiya on the awards of the Oran
 * festival of Arab film (a city-and-name byline, films' and a prize's quoted names, the winning director
 * للعربية.نت with إن then وأضافت:, the jury president in apposition with إن and مضيفاً:, the best actor with
 * وقال في تصريح للعربية.نت:, the festival's commissioner with وكان … قد أعلن … أن and مؤكداً أن), BBC Arabic on
 * the Ebola vaccine trial in Guinea (WHO's words in the lede with في ما وصفته … بأنه "…", a paragraph with no
 * quote, WHO's research director in apposition at a press conference with إن then وأضافت:, then لكن + surname +
 * حذرت من أن, the Guinean response coordinator (الدكتور) in apposition لبي بي سي إن then وأضاف:, a nurse with
 * وتقول …، وهي …:, MSF with دعت …، التي …، إلى "…", a background paragraph) and RT Arabic on Russia destroying
 * sanctioned food (the watchdog's quoted name, its spokeswoman in apposition with إن, then وأضافت + surname في
 * حديث لـRT:, a deputy governor in apposition with إن and مؤكداً أن, a pensioner لمراسل RT with a colon, the
 * Kremlin with قال … إن, an economist with ويرى …، …، أن then لكنه أضاف:, RT's source line). Quotes in « », " "
 * as each paper or outlet writes them.
 *
 * Every article and name is invented here (places, bodies, the portal, the programme, the prize and the
 * festival are real); no row was tuned on the corpus. The expectations come from reading each article as a
 * person would, under the annotation rules of ../shared/corpus/README.md (speaker = the fullest name the
 * article gives, without title, rank, role, nationality or honorific; a body for its statement, ruling or
 * report; names of papers, portals, programmes, brands, apps, operations, agreements, films and prizes, a
 * surname in Sabq's quotes and a label's text are mentions with no speaker), and were written before the
 * engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe51: 3/10 rows, 58/71 speech quotes, 23/25 mentions; by hand from the rows, Saudi
 * 1/5 rows, 27/33 speech, 13/15 mentions, international 2/5 rows, 31/38 speech, 10/10 mentions). After the
 * run one expectation was corrected as a misreading of the rules: the resident's متمنياً "أن …" in the
 * Al-Riyadh article was written partial, but a quote opening with أن inside the marks after a reporting
 * participle is direct (the corpus's gold gives مؤكداً "أن …" as direct); its speaker was right and stands.
 * Then each passage the engine misreads was split out of its article into a row of its own (the tables of
 * split rows below, with the paragraph before it that it needs moved with it), the rest of the article
 * kept as written; no other expectation was changed. Every paragraph and expectation of the ten articles
 * is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Riyadh passports’ e-services in " ": a city-and-name byline, the quoted Absher portal in the lede, the passports’ director general (اللواء) to the paper with إن, then وأضاف + family name:, وأوضح أن with no subject and مشيراً إلى أن, a citizen (المواطن) with a relative clause after his name and a colon, a Jordanian resident (المقيم) with أما … فقال إن and متمنياً "…", a closing يذكر أن',
    text: [
      'الرياض - منصور العساف',
      'دشنت المديرية العامة للجوازات أمس حزمة جديدة من الخدمات الإلكترونية عبر بوابة "أبشر"، تتيح للمواطنين إصدار جوازات السفر وتجديدها دون مراجعة مكاتب الجوازات، في خطوة قالت المديرية إنها ستخفض أعداد المراجعين خلال موسم الصيف بنسبة تصل إلى 60 في المئة.',
      'وقال مدير عام الجوازات اللواء خالد بن عبدالرحمن السيف لـ"الرياض" إن الخدمات الجديدة "تأتي تنفيذاً لتوجيهات سمو ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية بتسهيل الإجراءات على المواطنين والمقيمين، وتخفيف الزحام على مكاتب الجوازات في المناطق".',
      'وأضاف السيف: "لم يعد المواطن بحاجة إلى الحضور لمكتب الجوازات إلا عند استلام الجواز، فكل الإجراءات من تعبئة الطلب إلى سداد الرسوم تتم إلكترونياً، والجواز يصل إلى المكتب الذي يختاره خلال ثلاثة أيام عمل".',
      'وأوضح أن عدد المستخدمين المسجلين في "أبشر" تجاوز تسعة ملايين مستخدم، مشيراً إلى أن المديرية "ستربط خدمة التسليم بالبريد السعودي خلال الأشهر المقبلة، ليصل الجواز إلى منزل صاحبه".',
      'وفي مقر جوازات منطقة الرياض بحي الملز، بدت صالات الانتظار أقل ازدحاماً مما اعتاده المراجعون في مثل هذا الوقت من العام. وقال المواطن فهد بن سعد العتيبي، الذي جاء لاستلام جوازي ابنيه: "قدمت الطلب من جوالي وأنا في البيت، ودفعت الرسوم عبر البنك، ولم أنتظر هنا أكثر من عشر دقائق".',
      'أما المقيم الأردني محمد خليل أبو زيد فقال إن تجديد الإقامة عبر الإنترنت "وفر علي إجازة يوم كامل كنت آخذها من عملي كل عام"، متمنياً "أن تتوفر الخدمة باللغة الإنجليزية للعمالة التي لا تقرأ العربية".',
      'يذكر أن وزارة الداخلية أطلقت بوابة "أبشر" قبل ثلاثة أعوام، وتقدم من خلالها أكثر من 160 خدمة إلكترونية للمواطنين والمقيمين، من بينها خدمات الأحوال المدنية والمرور والجوازات.',
    ].join('\n\n'),
    quotes: [
      ['أبشر', 'mention', null],
      ['الرياض', 'mention', null],
      [
        'تأتي تنفيذاً لتوجيهات سمو ولي العهد نائب رئيس مجلس الوزراء وزير الداخلية بتسهيل الإجراءات على المواطنين والمقيمين، وتخفيف الزحام على مكاتب الجوازات في المناطق',
        'partial',
        'خالد بن عبدالرحمن السيف',
      ],
      [
        'لم يعد المواطن بحاجة إلى الحضور لمكتب الجوازات إلا عند استلام الجواز، فكل الإجراءات من تعبئة الطلب إلى سداد الرسوم تتم إلكترونياً، والجواز يصل إلى المكتب الذي يختاره خلال ثلاثة أيام عمل',
        'direct',
        'خالد بن عبدالرحمن السيف',
      ],
      ['أبشر', 'mention', null],
      [
        'ستربط خدمة التسليم بالبريد السعودي خلال الأشهر المقبلة، ليصل الجواز إلى منزل صاحبه',
        'partial',
        'خالد بن عبدالرحمن السيف',
      ],
      [
        'قدمت الطلب من جوالي وأنا في البيت، ودفعت الرسوم عبر البنك، ولم أنتظر هنا أكثر من عشر دقائق',
        'direct',
        'فهد بن سعد العتيبي',
      ],
      ['وفر علي إجازة يوم كامل كنت آخذها من عملي كل عام', 'partial', 'محمد خليل أبو زيد'],
      ['أن تتوفر الخدمة باللغة الإنجليزية للعمالة التي لا تقرأ العربية', 'direct', 'محمد خليل أبو زيد'],
      ['أبشر', 'mention', null],
    ],
  },
  {
    what: 'Okaz energy drinks banned in school canteens in « »: a name-and-city byline, the Jeddah education spokesman to the paper with إن, then وأضاف + family name:, a paediatric consultant (الدكتور) with من جهته، أوضح … أن and لافتاً إلى أن, a pupil with his age in brackets on the paper’s tour with a colon, a mother by her kunya with فيما رأت …، وهي …، أن then وقالت:, the food and drug authority’s label text with بكتابة عبارة «…»',
    text: [
      'خالد الشهري (جدة)',
      'بدأت إدارات التعليم في المناطق تطبيق قرار وزارة التعليم منع بيع مشروبات الطاقة في المقاصف المدرسية ومنع إدخالها إلى مدارس البنين والبنات، مع انطلاق العام الدراسي الجديد، فيما أمهلت الوزارة الشركات المشغلة للمقاصف أسبوعين لسحب ما لديها من مخزون.',
      'وقال المتحدث الرسمي لإدارة التعليم بمحافظة جدة عبدالمجيد بن أحمد الغامدي لـ«عكاظ» إن التعميم «وصل إلى جميع المدارس، وكلفت لجان من الإدارة بزيارات مفاجئة للمقاصف للتأكد من خلوها من هذه المشروبات».',
      'وأضاف الغامدي: «المقصف الذي تضبط فيه مشروبات طاقة بعد انتهاء المهلة سيسحب تشغيله من الشركة، ويحال مدير المدرسة للمساءلة إذا ثبت علمه بذلك».',
      'من جهته، أوضح استشاري طب الأطفال بمستشفى الملك فهد بجدة الدكتور ماجد بن علي باعشن أن مشروبات الطاقة «تحتوي على كميات عالية من الكافيين والسكر تفوق ما يحتمله جسم الطفل والمراهق»، لافتاً إلى أن العيادات «تستقبل بين حين وآخر طلاباً يعانون خفقاناً في القلب وأرقاً بعد الإفراط في تناولها».',
      'وفي جولة لـ«عكاظ» على عدد من المدارس الثانوية شمال جدة، قال الطالب عبدالله فيصل (17 عاماً): «نشتريها من البقالة قبل الدوام، والمنع في المقصف لن يغير شيئاً إذا بقيت تباع عند باب المدرسة».',
      'فيما رأت أم نواف، وهي معلمة وأم لثلاثة طلاب، أن القرار «جاء متأخراً»، وقالت: «كنت أرى طلاباً في الصف السادس يشربون علبتين في اليوم، ولم يكن أحد يمنعهم».',
      'وكانت الهيئة العامة للغذاء والدواء قد ألزمت الشركات في وقت سابق بكتابة عبارة «غير مناسب للأطفال والحوامل» على عبوات مشروبات الطاقة، كما منعت الإعلان عنها وتوزيع عينات مجانية منها.',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      [
        'وصل إلى جميع المدارس، وكلفت لجان من الإدارة بزيارات مفاجئة للمقاصف للتأكد من خلوها من هذه المشروبات',
        'partial',
        'عبدالمجيد بن أحمد الغامدي',
      ],
      [
        'المقصف الذي تضبط فيه مشروبات طاقة بعد انتهاء المهلة سيسحب تشغيله من الشركة، ويحال مدير المدرسة للمساءلة إذا ثبت علمه بذلك',
        'direct',
        'عبدالمجيد بن أحمد الغامدي',
      ],
      [
        'تحتوي على كميات عالية من الكافيين والسكر تفوق ما يحتمله جسم الطفل والمراهق',
        'partial',
        'ماجد بن علي باعشن',
      ],
      [
        'تستقبل بين حين وآخر طلاباً يعانون خفقاناً في القلب وأرقاً بعد الإفراط في تناولها',
        'partial',
        'ماجد بن علي باعشن',
      ],
      ['عكاظ', 'mention', null],
      [
        'نشتريها من البقالة قبل الدوام، والمنع في المقصف لن يغير شيئاً إذا بقيت تباع عند باب المدرسة',
        'direct',
        'عبدالله فيصل',
      ],
      ['جاء متأخراً', 'partial', 'أم نواف'],
      ['كنت أرى طلاباً في الصف السادس يشربون علبتين في اليوم، ولم يكن أحد يمنعهم', 'direct', 'أم نواف'],
      ['غير مناسب للأطفال والحوامل', 'mention', null],
    ],
  },
  {
    what: 'Al-Eqtisadiah Nitaqat inspections of small shops in « »: a name-then-من-city byline, the programme’s quoted name in the lede, a grocer with ويقول …، الذي …:, a professor (الدكتور) with ويرى …، أستاذ …، أن then مضيفاً:, the ministry’s launch of the programme; the inspection director the engine misreads is split out below',
    text: [
      'ماجد الخالدي من الرياض',
      'كشفت وزارة العمل أن فرقها التفتيشية زارت خلال شهر شوال أكثر من 11 ألف منشأة تجارية صغيرة في مختلف المناطق، رصدت فيها 3400 مخالفة، أغلبها لمنشآت في النطاقين الأحمر والأصفر من برنامج «نطاقات» تشغل عمالة وافدة في مهن مقصورة على السعوديين.',
      'في المقابل، يشكو أصحاب المحال الصغيرة من صعوبة استقطاب الشباب السعودي. ويقول سلمان بن راشد الدوسري، الذي يملك محلين للمواد الغذائية في حي السويدي بالرياض: «أعلنت عن وظيفتين براتب خمسة آلاف ريال، وجاءني ثلاثة شباب، لم يستمر منهم أحد أكثر من شهر».',
      'ويرى الدكتور عبدالله بن سعد الشهراني، أستاذ الاقتصاد في جامعة الملك سعود، أن التفتيش وحده «لن يحل مشكلة التوطين الوهمي ما دام الفارق في الأجور بين السعودي والوافد كبيراً»، مضيفاً: «الحل أن ترتفع تكلفة الوافد على صاحب العمل حتى تقترب من تكلفة المواطن».',
      'وكانت وزارة العمل قد أطلقت برنامج «نطاقات» في منتصف عام 2011، ويصنف البرنامج المنشآت في أربعة نطاقات بحسب نسب توطين الوظائف فيها، هي البلاتيني والأخضر والأصفر والأحمر.',
    ].join('\n\n'),
    quotes: [
      ['نطاقات', 'mention', null],
      [
        'أعلنت عن وظيفتين براتب خمسة آلاف ريال، وجاءني ثلاثة شباب، لم يستمر منهم أحد أكثر من شهر',
        'direct',
        'سلمان بن راشد الدوسري',
      ],
      [
        'لن يحل مشكلة التوطين الوهمي ما دام الفارق في الأجور بين السعودي والوافد كبيراً',
        'partial',
        'عبدالله بن سعد الشهراني',
      ],
      [
        'الحل أن ترتفع تكلفة الوافد على صاحب العمل حتى تقترب من تكلفة المواطن',
        'direct',
        'عبدالله بن سعد الشهراني',
      ],
      ['نطاقات', 'mention', null],
    ],
  },
  {
    what: 'SPA restored heritage village in Sarat Abidah in " ": SPA’s dateline line, the tourism commission’s Asir director (المهندس) في تصريح لوكالة الأنباء السعودية with a colon, then وأضاف أن with no subject, a villager with عبر … عن … وقال:, then ونوه + family name … داعياً … إلى "…", a closing paragraph with no quote; the governor’s opening passage the engine misreads is split out below',
    text: [
      'أبها 21 شوال 1436 هـ الموافق 06 أغسطس 2015 م واس',
      'من جانبه، قال المدير التنفيذي لجهاز السياحة والتراث الوطني بمنطقة عسير المهندس محمد بن عبدالله العمري في تصريح لوكالة الأنباء السعودية: "أعيد ترميم 46 منزلاً حجرياً وحصنين ومسجد القرية القديم بالمواد نفسها التي بنيت بها قبل أكثر من 300 عام، من الحجر والطين وخشب العرعر".',
      'وأضاف أن المشروع "اعتمد على الحرفيين من أبناء المنطقة، ولم يستخدم فيه الإسمنت إلا في أساسات مرافق الخدمات الحديثة"، مبيناً أن تكلفته بلغت 7.5 ملايين ريال.',
      'وعبر المواطن علي بن حسن آل خلف، أحد ملاك المنازل المرممة، عن سعادته بعودة الحياة إلى القرية، وقال: "ولدت في هذا البيت وتركناه قبل أربعين سنة، واليوم أرى أحفادي يصعدون درجه كما كنت أصعده".',
      'ونوه آل خلف بما تلقاه القرية من اهتمام، داعياً الجهات المعنية إلى "سفلتة الطريق المؤدي إلى القرية ووضع لوحات إرشادية لها على الطريق العام".',
      'وفي ختام الحفل، تجول سعادة المحافظ والحضور في أرجاء القرية، واطلعوا على المعرض الحرفي المصاحب الذي تشارك فيه 20 أسرة منتجة من المحافظة.',
    ].join('\n\n'),
    quotes: [
      [
        'أعيد ترميم 46 منزلاً حجرياً وحصنين ومسجد القرية القديم بالمواد نفسها التي بنيت بها قبل أكثر من 300 عام، من الحجر والطين وخشب العرعر',
        'direct',
        'محمد بن عبدالله العمري',
      ],
      [
        'اعتمد على الحرفيين من أبناء المنطقة، ولم يستخدم فيه الإسمنت إلا في أساسات مرافق الخدمات الحديثة',
        'partial',
        'محمد بن عبدالله العمري',
      ],
      [
        'ولدت في هذا البيت وتركناه قبل أربعين سنة، واليوم أرى أحفادي يصعدون درجه كما كنت أصعده',
        'direct',
        'علي بن حسن آل خلف',
      ],
      [
        'سفلتة الطريق المؤدي إلى القرية ووضع لوحات إرشادية لها على الطريق العام',
        'partial',
        'علي بن حسن آل خلف',
      ],
    ],
  },
  {
    what: 'Sabq tahini recall in " ": the food and drug authority’s spokesman (الدكتور) to the paper with a colon, then وأضاف: with no subject, then his family name in Sabq’s quotes with وأوضح "فلان" أن and داعياً … إلى "…", the importer’s statement with أكدت …، …، في بيان تلقت "سبق" نسخة منه، أنها and مؤكدة أن; the lede and the closing citizen and app the engine misreads are split out below',
    text: [
      'وقال المتحدث الرسمي للهيئة الدكتور سعود بن عبدالرحمن القحطاني لـ"سبق": "سحبنا عينات عشوائية من المنتج ضمن الرقابة الدورية على الأسواق، وجاءت نتائج ثلاث تشغيلات منها إيجابية للسالمونيلا".',
      'وأضاف: "خاطبنا الشركة الموردة وألزمناها بسحب جميع عبوات المنتج من منافذ البيع خلال 48 ساعة، وسنتابع تنفيذ ذلك ميدانياً من خلال فرق الرقابة في المناطق".',
      'وأوضح "القحطاني" أن أعراض التسمم بالسالمونيلا "تظهر عادة بعد 12 إلى 72 ساعة من تناول الطعام الملوث، وتشمل الإسهال والحمى وتقلصات البطن"، داعياً من تناول المنتج وظهرت عليه هذه الأعراض إلى "مراجعة أقرب مركز صحي".',
      'من جهتها، أكدت شركة الخليج لاستيراد المواد الغذائية، وكيلة المنتج في المملكة، في بيان تلقت "سبق" نسخة منه، أنها "أوقفت توزيع المنتج فور تلقي إشعار الهيئة، وبدأت استرجاع الكميات الموجودة في الأسواق"، مؤكدة أن المشكلة "تقتصر على تشغيلات محددة ولا تشمل بقية منتجات الشركة".',
    ].join('\n\n'),
    quotes: [
      ['سبق', 'mention', null],
      [
        'سحبنا عينات عشوائية من المنتج ضمن الرقابة الدورية على الأسواق، وجاءت نتائج ثلاث تشغيلات منها إيجابية للسالمونيلا',
        'direct',
        'سعود بن عبدالرحمن القحطاني',
      ],
      [
        'خاطبنا الشركة الموردة وألزمناها بسحب جميع عبوات المنتج من منافذ البيع خلال 48 ساعة، وسنتابع تنفيذ ذلك ميدانياً من خلال فرق الرقابة في المناطق',
        'direct',
        'سعود بن عبدالرحمن القحطاني',
      ],
      ['القحطاني', 'mention', null],
      [
        'تظهر عادة بعد 12 إلى 72 ساعة من تناول الطعام الملوث، وتشمل الإسهال والحمى وتقلصات البطن',
        'partial',
        'سعود بن عبدالرحمن القحطاني',
      ],
      ['مراجعة أقرب مركز صحي', 'partial', 'سعود بن عبدالرحمن القحطاني'],
      ['سبق', 'mention', null],
      [
        'أوقفت توزيع المنتج فور تلقي إشعار الهيئة، وبدأت استرجاع الكميات الموجودة في الأسواق',
        'partial',
        'شركة الخليج لاستيراد المواد الغذائية',
      ],
      [
        'تقتصر على تشغيلات محددة ولا تشمل بقية منتجات الشركة',
        'partial',
        'شركة الخليج لاستيراد المواد الغذائية',
      ],
    ],
  },
];

describe('probe 51: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'Nitaqat inspections, split out: لـ«الاقتصادية» before the inspection director’s name and his post in apposition (وقال لـ«…» فلان، مدير …، إن «…»), then وأضاف + family name:, وأشار إلى أن with no subject and مبيناً أن',
    // engine gap: the first quote goes to no speaker here (in the whole article, to وزارة العمل of the lede), and the three after it to 'حمد المطيري', the name cut after بن, instead of عبدالعزيز بن حمد المطيري.
    gaps: ['attribution'],
    text: [
      'وقال لـ«الاقتصادية» عبدالعزيز بن حمد المطيري، مدير عام التفتيش في الوزارة، إن الحملات «تركزت على محلات بيع المواد الغذائية ومحلات الملابس والمستلزمات النسائية، لأنها الأكثر مخالفة لقرارات التوطين».',
      'وأضاف المطيري: «المفتش لم يعد يكتفي بمراجعة السجلات كما كان في السابق، بل يتحقق من هوية كل من يعمل خلف الكاشير، ويطابقها مع بيانات التأمينات الاجتماعية في الموقع نفسه».',
      'وأشار إلى أن غرامة تشغيل الوافد في مهنة مقصورة على السعوديين «تبلغ 20 ألف ريال عن كل عامل، وتتضاعف عند تكرار المخالفة»، مبيناً أن الوزارة أغلقت 260 محلاً «ثبت أن السعوديين المسجلين فيها وهميون لا يحضرون إلى العمل».',
    ].join('\n\n'),
    quotes: [
      ['الاقتصادية', 'mention', null],
      [
        'تركزت على محلات بيع المواد الغذائية ومحلات الملابس والمستلزمات النسائية، لأنها الأكثر مخالفة لقرارات التوطين',
        'partial',
        'عبدالعزيز بن حمد المطيري',
      ],
      [
        'المفتش لم يعد يكتفي بمراجعة السجلات كما كان في السابق، بل يتحقق من هوية كل من يعمل خلف الكاشير، ويطابقها مع بيانات التأمينات الاجتماعية في الموقع نفسه',
        'direct',
        'عبدالعزيز بن حمد المطيري',
      ],
      ['تبلغ 20 ألف ريال عن كل عامل، وتتضاعف عند تكرار المخالفة', 'partial', 'عبدالعزيز بن حمد المطيري'],
      ['ثبت أن السعوديين المسجلين فيها وهميون لا يحضرون إلى العمل', 'partial', 'عبدالعزيز بن حمد المطيري'],
    ],
  },
  {
    what: 'heritage village, split out: نيابة عن صاحب السمو الملكي … دشن سعادة محافظ … الأستاذ فلان, then أوضح سعادته … أن "…" and مؤكداً أن "…"',
    // engine gap: both quotes after وأوضح سعادته get no speaker here (in the whole article, محمد بن عبدالله العمري, who speaks in the next paragraph) instead of سعيد بن علي آل مفرح.
    gaps: ['attribution'],
    text: [
      'نيابة عن صاحب السمو الملكي أمير منطقة عسير، دشن سعادة محافظ سراة عبيدة الأستاذ سعيد بن علي آل مفرح مساء أمس مشروع ترميم وتأهيل قرية آل خلف التراثية، الذي نفذته الهيئة العامة للسياحة والتراث الوطني بالشراكة مع أهالي القرية، بحضور عدد من المسؤولين والأهالي.',
      'وأوضح سعادته في كلمة ألقاها خلال الحفل أن القرية "تمثل نموذجاً حياً للعمارة العسيرية التقليدية، وشاهداً على تاريخ أهل المنطقة وصبرهم على قسوة الجبال"، مؤكداً أن المحافظة "ستعمل مع الهيئة على إدراج القرية ضمن المسارات السياحية لموسم الصيف المقبل".',
    ].join('\n\n'),
    quotes: [
      [
        'تمثل نموذجاً حياً للعمارة العسيرية التقليدية، وشاهداً على تاريخ أهل المنطقة وصبرهم على قسوة الجبال',
        'partial',
        'سعيد بن علي آل مفرح',
      ],
      [
        'ستعمل مع الهيئة على إدراج القرية ضمن المسارات السياحية لموسم الصيف المقبل',
        'partial',
        'سعيد بن علي آل مفرح',
      ],
    ],
  },
  {
    what: 'tahini recall, split out: Sabq’s byline run into the lede, the brand’s quoted name after حذرت الهيئة … من تناول منتج طحينة "…"',
    // engine gap: the brand's name is read as a partial quote of الهيئة العامة للغذاء والدواء (cue حذرت) instead of a mention.
    gaps: ['attribution'],
    text: [
      'عبدالله البرقاوي- سبق- الرياض: حذرت الهيئة العامة للغذاء والدواء المستهلكين من تناول منتج طحينة "الصافي" المستورد، بعبوتيه 400 و800 جرام، بعد أن أظهرت نتائج التحاليل المخبرية تلوث عينات منه ببكتيريا السالمونيلا، وطلبت من الشركة الموردة سحبه من الأسواق فوراً.',
    ].join('\n\n'),
    quotes: [['الصافي', 'mention', null]],
  },
  {
    what: 'tahini recall, split out: a citizen (المواطن) with a relative clause and a colon, then a closing يذكر أن … with the authority’s app as a quoted name',
    // engine gap: the app's name after يذكر أن … تطبيقها is read as a partial quote of ناصر بن محمد السبيعي (continuation, cue يذكر) instead of a mention.
    gaps: ['attribution'],
    text: [
      'وقال المواطن ناصر بن محمد السبيعي، الذي أعاد عبوتين إلى أحد المراكز التجارية شرق الرياض: "اشتريتها قبل أسبوع ولم أعلم بالتحذير إلا من رسالة وصلتني على الواتساب، والمحل استرجعها دون نقاش".',
      'يذكر أن الهيئة تتيح للمستهلكين الإبلاغ عن أي منتج مخالف عبر الرقم المجاني 19999، أو عبر تطبيقها على الهواتف الذكية "تيقن".',
    ].join('\n\n'),
    quotes: [
      [
        'اشتريتها قبل أسبوع ولم أعلم بالتحذير إلا من رسالة وصلتني على الواتساب، والمحل استرجعها دون نقاش',
        'direct',
        'ناصر بن محمد السبيعي',
      ],
      ['تيقن', 'mention', null],
    ],
  },
];

describe('probe 51: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'France 24 shelling around Donetsk in breach of the Minsk truce in « »: a lede with no quote, the separatist republic’s quoted name, a separatist deputy commander in apposition للصحافيين إن then وأضاف:, a pensioner by first name with وهي … to AFP with a colon, the agreement’s quoted name, the agency line; the Ukrainian spokesman and the OSCE mission the engine misreads are split out below',
    text: [
      'تبادل الجيش الأوكراني والانفصاليون الموالون لروسيا في شرق البلاد الاتهامات بخرق اتفاق وقف إطلاق النار الموقع في مينسك، بعد ليلة من القصف المدفعي على أطراف مدينة دونيتسك قتل فيها مدنيان وأصيب سبعة آخرون، بحسب السلطات المحلية.',
      'في المقابل، قال دينيس ماركوف، نائب قائد قوات «جمهورية دونيتسك الشعبية» المعلنة من جانب واحد، للصحافيين إن الجيش الأوكراني «قصف أحياء سكنية في بتروفسكي وكويبيشيفسكي»، وأضاف: «كييف لا تريد السلام، وهي تستعد لهجوم جديد تحت غطاء اتفاق مينسك».',
      'وفي حي بتروفسكي، قالت ليودميلا، وهي متقاعدة في السبعين من عمرها، لوكالة الصحافة الفرنسية: «سقطت القذيفة في الساحة خلف بيتي عند الثالثة فجراً، تحطم الزجاج كله، ونمنا بقية الليل في القبو».',
      'ونص اتفاق «مينسك 2» الذي وقع في شباط/فبراير برعاية ألمانيا وفرنسا على وقف لإطلاق النار وسحب الأسلحة الثقيلة من خط الجبهة، لكن المعارك لم تتوقف فعلياً في محيط دونيتسك وماريوبول، وأسفر النزاع عن مقتل أكثر من 6800 شخص منذ نيسان/أبريل 2014، بحسب الأمم المتحدة.',
      'فرانس24/ أ ف ب',
    ].join('\n\n'),
    quotes: [
      ['جمهورية دونيتسك الشعبية', 'mention', null],
      ['قصف أحياء سكنية في بتروفسكي وكويبيشيفسكي', 'partial', 'دينيس ماركوف'],
      ['كييف لا تريد السلام، وهي تستعد لهجوم جديد تحت غطاء اتفاق مينسك', 'direct', 'دينيس ماركوف'],
      [
        'سقطت القذيفة في الساحة خلف بيتي عند الثالثة فجراً، تحطم الزجاج كله، ونمنا بقية الليل في القبو',
        'direct',
        'ليودميلا',
      ],
      ['مينسك 2', 'mention', null],
    ],
  },
  {
    what: 'CNN Arabic European court strikes down Safe Harbour in " ": CNN’s dateline run into the lede, the agreement’s quoted name, the court’s ruling with قالت … في حكمها إن, بـ"…" and معتبرة أن, a paragraph with no quote, the Commission’s spokesman in apposition at a press conference with إن then وأضاف:, the US commerce department with أعربت … عن "…" then وقالت في بيان إنه, a Berlin lawyer with ويقول …، …، لـCNN:, the agreement’s name again',
    text: [
      'لوكسمبورغ (CNN)-- قضت محكمة العدل الأوروبية، الثلاثاء، بإبطال اتفاق "الملاذ الآمن" الذي ينظم نقل البيانات الشخصية لمستخدمي الإنترنت الأوروبيين إلى الولايات المتحدة منذ عام 2000، في حكم قد يطال آلاف الشركات الأمريكية، من بينها فيسبوك وغوغل.',
      'وقالت المحكمة في حكمها إن الاتفاق "لا يوفر حماية كافية" لبيانات الأوروبيين، لأنه يسمح للسلطات الأمريكية "بالاطلاع على مضمون الاتصالات الإلكترونية على نطاق واسع"، معتبرة أن ذلك "يمس جوهر الحق في احترام الحياة الخاصة".',
      'وجاءت القضية بعد شكوى رفعها طالب حقوق نمساوي ضد فيسبوك أمام هيئة حماية البيانات في أيرلندا، حيث يقع المقر الأوروبي للشركة، إثر التسريبات التي كشفت عام 2013 عن برامج المراقبة الواسعة التي تديرها وكالة الأمن القومي الأمريكية.',
      'من جهته، قال المتحدث باسم المفوضية الأوروبية، كريستيان فيبر، في مؤتمر صحفي في بروكسل إن المفوضية "ستصدر إرشادات واضحة للشركات خلال أسابيع"، وأضاف: "أولويتنا الآن أن نضمن استمرار تدفق البيانات عبر الأطلسي مع حماية حقوق مواطنينا".',
      'وأعربت وزارة التجارة الأمريكية عن "خيبة أمل عميقة" من الحكم، وقالت في بيان إنه "يخلق حالة من عدم اليقين للشركات والمستهلكين على ضفتي الأطلسي".',
      'ويقول توماس برينر، المحامي المتخصص في قانون البيانات في برلين، لـCNN: "الشركات الصغيرة هي الأكثر تضرراً، فالكبرى لديها محامون وعقود بديلة جاهزة، أما الصغيرة فقد تضطر إلى نقل خوادمها إلى أوروبا".',
      'وكانت أكثر من 4400 شركة أمريكية تعتمد على اتفاق "الملاذ الآمن" لنقل البيانات من أوروبا، بحسب أرقام وزارة التجارة الأمريكية.',
    ].join('\n\n'),
    quotes: [
      ['الملاذ الآمن', 'mention', null],
      ['لا يوفر حماية كافية', 'partial', 'محكمة العدل الأوروبية'],
      ['بالاطلاع على مضمون الاتصالات الإلكترونية على نطاق واسع', 'partial', 'محكمة العدل الأوروبية'],
      ['يمس جوهر الحق في احترام الحياة الخاصة', 'partial', 'محكمة العدل الأوروبية'],
      ['ستصدر إرشادات واضحة للشركات خلال أسابيع', 'partial', 'كريستيان فيبر'],
      [
        'أولويتنا الآن أن نضمن استمرار تدفق البيانات عبر الأطلسي مع حماية حقوق مواطنينا',
        'direct',
        'كريستيان فيبر',
      ],
      ['خيبة أمل عميقة', 'partial', 'وزارة التجارة الأمريكية'],
      ['يخلق حالة من عدم اليقين للشركات والمستهلكين على ضفتي الأطلسي', 'partial', 'وزارة التجارة الأمريكية'],
      [
        'الشركات الصغيرة هي الأكثر تضرراً، فالكبرى لديها محامون وعقود بديلة جاهزة، أما الصغيرة فقد تضطر إلى نقل خوادمها إلى أوروبا',
        'direct',
        'توماس برينر',
      ],
      ['الملاذ الآمن', 'mention', null],
    ],
  },
  {
    what: 'Al Arabiya Oran festival of Arab film awards in " ": a city-and-name byline, films’ and the prize’s quoted names, the winning director by family name للعربية.نت with إن then وأضافت:, the jury president in apposition with إن and مضيفاً:, the best actor with وقال في تصريح للعربية.نت:, the festival’s commissioner with وكان … قد أعلن … أن and مؤكداً أن',
    text: [
      'وهران - سمير بن علي',
      'فاز الفيلم التونسي "ظلال الملح" للمخرجة سنية الورغي بجائزة "الوهر الذهبي" لأفضل فيلم روائي طويل في الدورة الثامنة لمهرجان وهران الدولي للفيلم العربي، التي اختتمت مساء الخميس، فيما ذهبت جائزة لجنة التحكيم الخاصة إلى الفيلم المغربي "باب الريح".',
      'وقالت الورغي للعربية.نت بعد تسلمها الجائزة إن الفيلم "كتب قبل خمس سنوات، وصور في قرى الجنوب التونسي بممثلين معظمهم لم يقفوا أمام الكاميرا من قبل".',
      'وأضافت: "أهدي هذه الجائزة لنساء الجنوب اللواتي فتحن لنا بيوتهن، فالفيلم قصتهن قبل أن يكون قصتي".',
      'من جهته، قال رئيس لجنة التحكيم، المخرج اللبناني جورج خوري، في كلمته خلال حفل الختام، إن اللجنة "اختارت بالإجماع فيلماً يشبه الناس الذين صنعوه"، مضيفاً: "شاهدنا هذا العام أفلاماً جريئة من بلدان لم تكن حاضرة في المهرجانات العربية قبل سنوات".',
      'وحصل الممثل المصري أحمد سعيد على جائزة أفضل ممثل عن دوره في فيلم "شتاء القاهرة"، وقال في تصريح للعربية.نت: "لم أتوقع الجائزة، فالمنافسة كانت قوية، وأنا سعيد لأنها جاءت من جمهور عربي يعرف السينما جيداً".',
      'وكان محافظ المهرجان، رشيد بوزيان، قد أعلن في حفل الافتتاح أن الدورة "استقبلت هذا العام 38 فيلماً من 14 دولة عربية"، مؤكداً أن الدورة المقبلة "ستضيف مسابقة للأفلام الوثائقية الطويلة".',
    ].join('\n\n'),
    quotes: [
      ['ظلال الملح', 'mention', null],
      ['الوهر الذهبي', 'mention', null],
      ['باب الريح', 'mention', null],
      [
        'كتب قبل خمس سنوات، وصور في قرى الجنوب التونسي بممثلين معظمهم لم يقفوا أمام الكاميرا من قبل',
        'partial',
        'سنية الورغي',
      ],
      [
        'أهدي هذه الجائزة لنساء الجنوب اللواتي فتحن لنا بيوتهن، فالفيلم قصتهن قبل أن يكون قصتي',
        'direct',
        'سنية الورغي',
      ],
      ['اختارت بالإجماع فيلماً يشبه الناس الذين صنعوه', 'partial', 'جورج خوري'],
      [
        'شاهدنا هذا العام أفلاماً جريئة من بلدان لم تكن حاضرة في المهرجانات العربية قبل سنوات',
        'direct',
        'جورج خوري',
      ],
      ['شتاء القاهرة', 'mention', null],
      [
        'لم أتوقع الجائزة، فالمنافسة كانت قوية، وأنا سعيد لأنها جاءت من جمهور عربي يعرف السينما جيداً',
        'direct',
        'أحمد سعيد',
      ],
      ['استقبلت هذا العام 38 فيلماً من 14 دولة عربية', 'partial', 'رشيد بوزيان'],
      ['ستضيف مسابقة للأفلام الوثائقية الطويلة', 'partial', 'رشيد بوزيان'],
    ],
  },
  {
    what: 'BBC Arabic Ebola vaccine trial in Guinea in " ": WHO’s words in the lede with في ما وصفته … بأنه "…", a paragraph with no quote, WHO’s research director in apposition at a press conference with إن then وأضافت:, then لكن + surname + حذرت من أن, a nurse with وتقول …، وهي …:, MSF with دعت …، التي …، إلى "…", a background paragraph; the Guinean coordinator the engine misreads is split out below',
    text: [
      'أظهرت نتائج أولية لتجربة لقاح ضد فيروس إيبولا في غينيا أن اللقاح وفر حماية كاملة للأشخاص الذين تلقوه، في ما وصفته منظمة الصحة العالمية بأنه "تطور واعد للغاية" في مكافحة الوباء الذي قتل أكثر من 11 ألف شخص في غرب أفريقيا.',
      'وشملت التجربة، التي أجريت في العاصمة كوناكري ومحافظات مجاورة لها، أكثر من أربعة آلاف شخص خالطوا مصابين بالفيروس، واعتمدت أسلوب التطعيم الحلقي الذي يقوم على تطعيم المخالطين ومخالطيهم لتطويق بؤرة العدوى.',
      'وقالت مديرة الأبحاث في منظمة الصحة العالمية، ماري كلير دوبوا، في مؤتمر صحفي في جنيف إن النتائج "فاقت كل ما كنا نتوقعه"، وأضافت: "لم تسجل أي إصابة بين من تلقوا اللقاح فوراً بعد عشرة أيام من التطعيم، وهذا أمر نادر في تجارب اللقاحات".',
      'لكن دوبوا حذرت من أن الوباء "لم ينته بعد"، إذ ما زالت غينيا وسيراليون تسجلان إصابات جديدة كل أسبوع.',
      'وتقول فاتوماتا كمارا، وهي ممرضة في مركز لعلاج المرضى في كوياه تلقت اللقاح في أبريل/نيسان: "كنا نعمل كل يوم ونحن نعرف أن أي خطأ قد يكلفنا حياتنا، اليوم أشعر أنني أستطيع أن أعود إلى بيتي وأعانق أطفالي".',
      'ودعت منظمة أطباء بلا حدود، التي شاركت في التجربة، إلى "تطعيم جميع العاملين في الخطوط الأمامية في الدول الثلاث دون تأخير".',
      'وكان وباء إيبولا قد ظهر في غينيا في ديسمبر/كانون الأول 2013، قبل أن ينتشر إلى ليبيريا وسيراليون، وسجلت منظمة الصحة العالمية أكثر من 27 ألف إصابة منذ بدايته.',
    ].join('\n\n'),
    quotes: [
      ['تطور واعد للغاية', 'partial', 'منظمة الصحة العالمية'],
      ['فاقت كل ما كنا نتوقعه', 'partial', 'ماري كلير دوبوا'],
      [
        'لم تسجل أي إصابة بين من تلقوا اللقاح فوراً بعد عشرة أيام من التطعيم، وهذا أمر نادر في تجارب اللقاحات',
        'direct',
        'ماري كلير دوبوا',
      ],
      ['لم ينته بعد', 'partial', 'ماري كلير دوبوا'],
      [
        'كنا نعمل كل يوم ونحن نعرف أن أي خطأ قد يكلفنا حياتنا، اليوم أشعر أنني أستطيع أن أعود إلى بيتي وأعانق أطفالي',
        'direct',
        'فاتوماتا كمارا',
      ],
      ['تطعيم جميع العاملين في الخطوط الأمامية في الدول الثلاث دون تأخير', 'partial', 'منظمة أطباء بلا حدود'],
    ],
  },
  {
    what: 'RT Arabic Russia destroys sanctioned food in " ": the watchdog’s quoted name, its spokeswoman in apposition with إن, then وأضافت + surname في حديث لـRT:, a deputy governor in apposition with إن and مؤكداً أن, the Kremlin with قال … إن, an economist with ويرى …، …، أن then لكنه أضاف:, a background paragraph, RT’s source line; the pensioner the engine misreads is split out below',
    text: [
      'بدأت السلطات الروسية، الخميس، إتلاف أطنان من المواد الغذائية التي دخلت البلاد بطرق غير شرعية من الدول المشمولة بالحظر الروسي على الواردات الغذائية، تنفيذاً لمرسوم رئاسي دخل حيز التنفيذ اليوم.',
      'وقالت المتحدثة باسم الهيئة الفيدرالية للرقابة البيطرية والزراعية "روسيلخوزنادزور"، يلينا سوكولوفا، إن الهيئة "أتلفت في اليوم الأول نحو 320 طناً من الأجبان واللحوم والفواكه في عدة مقاطعات، بينها بيلغورود وسمولينسك وبسكوف".',
      'وأضافت سوكولوفا في حديث لـRT: "هذه المنتجات مجهولة المصدر، ولا توجد أي وثائق تثبت سلامتها، وإتلافها هو الإجراء الوحيد الذي يحمي المستهلك الروسي".',
      'وفي مقاطعة بيلغورود على الحدود مع أوكرانيا، سحقت جرافة نحو تسعة أطنان من الجبن مجهول المصدر أمام عدسات الصحفيين. وقال نائب حاكم المقاطعة، أليكسي بيتروف، إن الشحنة "ضبطت قبل أيام في شاحنة قادمة من أوكرانيا تحمل أوراقاً مزورة"، مؤكداً أن المقاطعة "لن تسمح بأن تتحول إلى ممر للبضائع المهربة".',
      'من جهته، قال الكرملين إن القرار "يستند إلى القانون"، وإن المنتجات المهربة لا يمكن توزيعها لأن أحداً لا يضمن سلامتها.',
      'ويرى الخبير الاقتصادي في المدرسة العليا للاقتصاد في موسكو، ميخائيل زايتسيف، أن الحظر "ساعد المنتجين المحليين على زيادة حصتهم في السوق"، لكنه أضاف: "الأسعار ارتفعت، ولن يشعر المستهلك بالفائدة ما لم تزد المنافسة بين المنتجين الروس أنفسهم".',
      'وكانت روسيا قد فرضت في أغسطس/آب 2014 حظراً على استيراد معظم المواد الغذائية من الولايات المتحدة ودول الاتحاد الأوروبي وأستراليا وكندا والنرويج، رداً على العقوبات الغربية المفروضة عليها بسبب الأزمة الأوكرانية، ومددت الحظر في يونيو/حزيران الماضي لعام آخر.',
      'المصدر: RT + وكالات',
    ].join('\n\n'),
    quotes: [
      ['روسيلخوزنادزور', 'mention', null],
      [
        'أتلفت في اليوم الأول نحو 320 طناً من الأجبان واللحوم والفواكه في عدة مقاطعات، بينها بيلغورود وسمولينسك وبسكوف',
        'partial',
        'يلينا سوكولوفا',
      ],
      [
        'هذه المنتجات مجهولة المصدر، ولا توجد أي وثائق تثبت سلامتها، وإتلافها هو الإجراء الوحيد الذي يحمي المستهلك الروسي',
        'direct',
        'يلينا سوكولوفا',
      ],
      ['ضبطت قبل أيام في شاحنة قادمة من أوكرانيا تحمل أوراقاً مزورة', 'partial', 'أليكسي بيتروف'],
      ['لن تسمح بأن تتحول إلى ممر للبضائع المهربة', 'partial', 'أليكسي بيتروف'],
      ['يستند إلى القانون', 'partial', 'الكرملين'],
      ['ساعد المنتجين المحليين على زيادة حصتهم في السوق', 'partial', 'ميخائيل زايتسيف'],
      [
        'الأسعار ارتفعت، ولن يشعر المستهلك بالفائدة ما لم تزد المنافسة بين المنتجين الروس أنفسهم',
        'direct',
        'ميخائيل زايتسيف',
      ],
    ],
  },
];

describe('probe 51: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Donetsk shelling, split out: the spokesman of an operation given as a quoted name (المتحدث باسم عملية «…» الأوكرانية، الكولونيل فلان،) with إن and مؤكداً أن',
    // engine gap: both partials are given to the operation's quoted name 'مكافحة الإرهاب' as speaker instead of سيرغي كوفالينكو.
    gaps: ['attribution'],
    text: [
      'وقال المتحدث باسم عملية «مكافحة الإرهاب» الأوكرانية، الكولونيل سيرغي كوفالينكو، إن مواقع الجيش قرب مطار دونيتسك «تعرضت 42 مرة لقصف بالمدفعية الثقيلة وقذائف الهاون خلال 24 ساعة»، مؤكداً أن القوات الأوكرانية «لم ترد إلا على مصادر النيران».',
    ].join('\n\n'),
    quotes: [
      ['مكافحة الإرهاب', 'mention', null],
      ['تعرضت 42 مرة لقصف بالمدفعية الثقيلة وقذائف الهاون خلال 24 ساعة', 'partial', 'سيرغي كوفالينكو'],
      ['لم ترد إلا على مصادر النيران', 'partial', 'سيرغي كوفالينكو'],
    ],
  },
  {
    what: 'Donetsk shelling, split out: the OSCE monitoring mission in its daily report with قالت … إنها سجلت «…» and مشيرة إلى أن',
    // engine gap: both partials go to 'بعثة المراقبة التابعة لمنظمة الأمن والتعاون', the body's name cut before في أوروبا.
    gaps: ['attribution'],
    text: [
      'من جهتها، قالت بعثة المراقبة التابعة لمنظمة الأمن والتعاون في أوروبا في تقريرها اليومي إنها سجلت «أكثر من 150 انفجاراً» في محيط المطار خلال الليل، مشيرة إلى أن مراقبيها «لم يتمكنوا من تحديد الجهة التي أطلقت القذائف».',
    ].join('\n\n'),
    quotes: [
      ['أكثر من 150 انفجاراً', 'partial', 'بعثة المراقبة التابعة لمنظمة الأمن والتعاون في أوروبا'],
      [
        'لم يتمكنوا من تحديد الجهة التي أطلقت القذائف',
        'partial',
        'بعثة المراقبة التابعة لمنظمة الأمن والتعاون في أوروبا',
      ],
    ],
  },
  {
    what: 'Ebola vaccine, split out: the Guinean response coordinator in apposition after a title ending in a ministry (منسق الاستجابة لإيبولا في وزارة الصحة الغينية، الدكتور فلان،) لبي بي سي إن, then وأضاف:',
    // engine gap: both quotes go to 'لإيبولا في', a piece of the title, instead of the apposed name سيكو كوندي.
    gaps: ['attribution'],
    text: [
      'وفي كوناكري، قال منسق الاستجابة لإيبولا في وزارة الصحة الغينية، الدكتور سيكو كوندي، لبي بي سي إن فرق التطعيم "واجهت في البداية رفضاً من بعض القرى التي كانت تخشى أن يكون اللقاح وسيلة لنشر المرض". وأضاف: "احتجنا إلى أسابيع من الحوار مع شيوخ القرى والأئمة حتى يقبل الناس التطعيم".',
    ].join('\n\n'),
    quotes: [
      [
        'واجهت في البداية رفضاً من بعض القرى التي كانت تخشى أن يكون اللقاح وسيلة لنشر المرض',
        'partial',
        'سيكو كوندي',
      ],
      ['احتجنا إلى أسابيع من الحوار مع شيوخ القرى والأئمة حتى يقبل الناس التطعيم', 'direct', 'سيكو كوندي'],
    ],
  },
  {
    what: 'sanctioned food, split out: a pensioner by her description then her name (وقالت المتقاعدة فلانة لمراسل RT في موسكو:) after a paragraph’s narration',
    // engine gap: the quote goes to 'المتقاعدة', her description, instead of فالنتينا إيفانوفا.
    gaps: ['attribution'],
    text: [
      'وأثارت عمليات الإتلاف انتقادات على مواقع التواصل الاجتماعي، إذ وقع أكثر من 300 ألف شخص عريضة على الإنترنت تطالب بتوزيع المواد المصادرة على المحتاجين بدل إتلافها. وقالت المتقاعدة فالنتينا إيفانوفا لمراسل RT في موسكو: "عشت سنوات الجوع بعد الحرب، ولا أفهم كيف يتلف الطعام بينما يبحث الناس عن الأرخص في الأسواق".',
    ].join('\n\n'),
    quotes: [
      [
        'عشت سنوات الجوع بعد الحرب، ولا أفهم كيف يتلف الطعام بينما يبحث الناس عن الأرخص في الأسواق',
        'direct',
        'فالنتينا إيفانوفا',
      ],
    ],
  },
];

describe('probe 51: international passages split out', () => {
  runRows(internationalSplitRows);
});
