/**
 * A forty-seventh probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw. Five are in the voices of Saudi online papers of mid-2015, in
 * stories the earlier probes did not tell: Al-Watan on the job-seekers' allowance stopped for those who
 * turned down offers (a الرياض: byline, the allowance's quoted name, the programme's director general
 * (الدكتور) to the paper with إن, then وأضاف + family name: and وأوضح أن with no subject, a graduate with a
 * relative clause after her name and إن, then وأضافت:, an economic adviser with يرى … أن then لكنه قال:, the
 * labour ministry's earlier statement with وكانت … قد أكدت … أن), Al-Yaum on the second phase of a start-up
 * incubator in the Dhahran Techno-Valley (a city-and-name byline, a lede with no quote, the incubator's
 * director (الدكتور) to the paper with إن, then وأضاف + family name: and وأشار إلى أن with no subject, a
 * founder (المهندس) introduced in narration then ويقول + family name: and ويضيف:, a chamber board member with
 * أوضحت … أن), Al-Riyadh on the Saudi-French mission's finds at al-Hijr in al-Ula (a city-and-name byline, the
 * heritage commission's vice-president (الدكتور) to the paper with إن, then وأضاف + family name: and وأوضح
 * أن with no subject, the French side's head (البروفيسور) with إن and مبيناً أن, a guide with a relative
 * clause after his name and a colon, the commission's earlier announcement with وكانت الهيئة قد أعلنت … أن),
 * Sabq on Saudi Post's national-address campaign (Sabq's byline run into the lede, the service's quoted
 * name, the post's spokesman to the paper with إن, then وأضاف: with no subject, then his family name in
 * Sabq's quotes with وأوضح "فلان" أن, a citizen (المواطن) with إنه then مضيفاً:, a Shura member (الدكتور) with
 * من جهته، أكد … أن) and Al-Madina on the new rules for Jeddah's public beaches (a city-and-name byline, a
 * lede with no quote, the municipality's spokesman to the paper with إن, then وأضاف + family name: and وبين
 * أن with no subject, a citizen (المواطن) with a relative clause after his name and a colon, a jet-ski
 * renter with أما …، وهو …، فقال إن then مضيفاً:, the border guard's earlier warning with وكانت … قد حذرت …
 * من "…"). Five are in the voices of international outlets: Sky News Arabia on the 1MDB affair in Malaysia
 * (the channel's dateline line, a paper's and the fund's quoted names, the prime minister's office in a
 * statement with إن, an opposition MP in apposition to the channel with إن على … "أن …", then وأضاف +
 * surname:, a ruling-party figure in apposition to reporters with إن then مضيفا:, a professor in apposition
 * with يرى … أن), Al Jazeera Net on South Sudan's peace deal signed in Juba (a name-and-city byline, the
 * government's spokesman to the site with إن, then وأضاف + surname:, the armed opposition's spokesman in
 * apposition with اعتبر … أن then وقال في اتصال هاتفي مع الجزيرة نت:, IGAD with ووصفته في بيان بأنه "…" and
 * داعية … إلى "…", a trader with يقول …، وهو …، إن then ويضيف للجزيرة نت:, a closing paragraph with no
 * quote), BBC Arabic on Kurdish forces taking Tal Abyad (the Islamic State's quoted name, the units'
 * spokesman in apposition لبي بي سي إن, then وأضاف + surname:, a scare-quoted word of the group's, a
 * displaced farmer with يقول …، وهو …، إنه in narration then ويضيف:, the units' denial with ووصفته في بيان
 * بأنه "…", the Turkish foreign ministry's spokesman in apposition with إن then مضيفا:), Al Arabiya on
 * Mukalla under al-Qaeda's rule (Al Arabiya.net's dateline, the name the fighters give themselves in
 * quotes, a port employee with وهو … to the site with إن, then وأضاف + surname:, a member of the Hadhrami
 * council with إن, the group's leaflet with وكان التنظيم قد … دعا فيه … إلى “…”, a teacher by her kunya with
 * تقول …، وهي …، إن then وتضيف:) and RT Arabic on Gaza's power plant running out of fuel (the energy
 * authority's deputy head in apposition at a press conference with إن, then وأضاف + surname:, the
 * government's spokesman in a relative clause with الذي قال … إن, a workshop owner with يقول …، وهو …، لمراسل
 * RT إن then ويضيف:, the health ministry's spokesman in apposition with حذر … من أن, the Israeli coordinator's
 * office with قال … إن). Quotes in « », " " and “ ” as each paper or outlet writes them.
 *
 * Every article and name is invented here (places, bodies, papers and funds are real; no real person is
 * named); no row was tuned on the corpus. The expectations come from reading each article as a person would,
 * under the annotation rules of ../shared/corpus/README.md (speaker = the fullest name the article gives,
 * without title, rank, role or honorific; a body for its statement, announcement or leaflet; names of papers,
 * sites, services, funds, groups and the speaker's surname set in quotes, and a scare-quoted word, are
 * mentions with no speaker), and were written before the engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe47: 6/10 rows, 59/65 speech quotes, 13/14 mentions; by hand from the rows, Saudi 5/5
 * rows, 32/32 speech, 8/8 mentions, international 1/5 rows, 27/33 speech, 5/6 mentions; the score counts a
 * speech quote right by its speaker, whatever its kind). After the run, each passage the engine misread was
 * split out of its article into a row of its own (the table of split rows below, with the paragraphs before
 * it that it needs moved with it), the rest of the article kept as written; no expectation was changed.
 * Every paragraph and expectation of the ten articles is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Watan job-seekers’ allowance stopped in " ": a الرياض: byline, the allowance’s quoted name, the programme’s director general (الدكتور) to the paper with إن, then وأضاف + family name: and وأوضح أن with no subject, a graduate with a relative clause after her name and إن, then وأضافت:, an economic adviser with يرى … أن then لكنه قال:, the labour ministry’s earlier statement with وكانت … قد أكدت … أن',
    text: [
      'الرياض: عبدالله الشمري',
      'بدأ صندوق تنمية الموارد البشرية أمس إيقاف صرف إعانة البحث عن عمل "حافز" لأكثر من 38 ألف مستفيد ومستفيدة رفضوا ثلاث فرص وظيفية أو تدريبية عرضت عليهم خلال الأشهر الماضية، وذلك ضمن المرحلة الثانية من البرنامج التي بدأ تطبيقها مطلع العام الهجري الحالي.',
      'وقال مدير عام برنامج حافز بالصندوق الدكتور سلطان بن فهد المطيري لـ"الوطن" إن الإيقاف "ليس عقوبة، وإنما تطبيق لشروط وافق عليها المستفيد عند التسجيل، وأهمها الجدية في البحث عن عمل".',
      'وأضاف المطيري: "كل مستفيد تصله رسالة نصية قبل الإيقاف بأسبوعين، ويحق له الاعتراض عبر البوابة الإلكترونية خلال 30 يوماً، وننظر في كل اعتراض على حدة".',
      'وأوضح أن عدد المستفيدين الحاليين من البرنامج "يقارب 470 ألفاً، ثلثاهم من النساء"، مشيراً إلى أن الصندوق سيطلق الشهر المقبل برامج تدريب منتهية بالتوظيف في قطاعي التجزئة والضيافة.',
      'في المقابل، قالت الخريجة نوف العتيبي، التي أوقفت إعانتها الأسبوع الماضي، إن الوظائف التي عرضت عليها "كانت في مدن أخرى أو برواتب لا تغطي تكاليف المواصلات".',
      'وأضافت: "عرضوا علي وظيفة في محل بالخرج براتب ثلاثة آلاف ريال، وأنا أسكن في شرق الرياض، فكيف أذهب كل يوم؟".',
      'من جهته، يرى المستشار الاقتصادي عبدالرحمن بن ناصر الحمود أن ربط الإعانة بالتدريب خطوة صحيحة من حيث المبدأ، لكنه قال: "المشكلة ليست في الشباب وحدهم، فكثير من منشآت القطاع الخاص تعرض وظائف شكلية لرفع نسب السعودة في نطاقات".',
      'وكانت وزارة العمل قد أكدت في بيان سابق أن حافز "إعانة مؤقتة تهدف إلى مساعدة الباحث عن عمل حتى يجد وظيفة، وليست راتباً دائماً".',
    ].join('\n\n'),
    quotes: [
      ['حافز', 'mention', null],
      ['الوطن', 'mention', null],
      [
        'ليس عقوبة، وإنما تطبيق لشروط وافق عليها المستفيد عند التسجيل، وأهمها الجدية في البحث عن عمل',
        'partial',
        'سلطان بن فهد المطيري',
      ],
      [
        'كل مستفيد تصله رسالة نصية قبل الإيقاف بأسبوعين، ويحق له الاعتراض عبر البوابة الإلكترونية خلال 30 يوماً، وننظر في كل اعتراض على حدة',
        'direct',
        'سلطان بن فهد المطيري',
      ],
      ['يقارب 470 ألفاً، ثلثاهم من النساء', 'partial', 'سلطان بن فهد المطيري'],
      ['كانت في مدن أخرى أو برواتب لا تغطي تكاليف المواصلات', 'partial', 'نوف العتيبي'],
      [
        'عرضوا علي وظيفة في محل بالخرج براتب ثلاثة آلاف ريال، وأنا أسكن في شرق الرياض، فكيف أذهب كل يوم؟',
        'direct',
        'نوف العتيبي',
      ],
      [
        'المشكلة ليست في الشباب وحدهم، فكثير من منشآت القطاع الخاص تعرض وظائف شكلية لرفع نسب السعودة في نطاقات',
        'direct',
        'عبدالرحمن بن ناصر الحمود',
      ],
      [
        'إعانة مؤقتة تهدف إلى مساعدة الباحث عن عمل حتى يجد وظيفة، وليست راتباً دائماً',
        'partial',
        'وزارة العمل',
      ],
    ],
  },
  {
    what: 'Al-Yaum start-up incubator in Dhahran in « »: a city-and-name byline, a lede with no quote, the incubator’s director (الدكتور) to the paper with إن, then وأضاف + family name: and وأشار إلى أن with no subject, a founder (المهندس) introduced in narration then ويقول + family name: and ويضيف:, a chamber board member with أوضحت … أن',
    text: [
      'الظهران - فيصل الدوسري',
      'دشنت جامعة الملك فهد للبترول والمعادن أمس المرحلة الثانية من حاضنة الأعمال التقنية في وادي الظهران للتقنية، التي تستقبل 14 شركة ناشئة أسسها طلاب وخريجون من الجامعة، تعمل في مجالات الطاقة المتجددة وتحلية المياه وتطبيقات الهواتف الذكية.',
      'وقال مدير الحاضنة الدكتور ماجد بن عبدالعزيز الخالدي لـ«اليوم» إن الحاضنة «تقدم للشركات مكاتب مجهزة وتتيح لها مختبرات الجامعة وإرشاد أساتذة ومستثمرين لمدة عامين، مقابل حصة صغيرة في الشركة».',
      'وأضاف الخالدي: «تلقينا هذا العام أكثر من 200 طلب، واخترنا المشاريع التي تحل مشكلة حقيقية في السوق المحلي، لا الأفكار التي تبقى على الورق».',
      'وأشار إلى أن ثلاث شركات من الدفعة الأولى «حصلت على تمويل من مستثمرين في المنطقة الشرقية، وبدأت تبيع منتجاتها لشركات كبرى».',
      'ومن بين الشركات المحتضنة شركة أسسها المهندس حسن بن علي آل إبراهيم، خريج الهندسة الكهربائية من الجامعة، لتطوير أجهزة استشعار ترصد تسرب المياه في شبكات المباني. ويقول آل إبراهيم: «بدأنا الفكرة في مشروع التخرج، واليوم لدينا نموذج أولي نجربه في مبنيين بمدينة الخبر».',
      'ويضيف: «أصعب ما واجهناه لم يكن التقنية، بل إقناع العملاء بالتعامل مع شركة عمرها ستة أشهر».',
      'من جهتها، أوضحت عضو مجلس إدارة غرفة الشرقية سارة القحطاني أن القطاع الخاص في المنطقة «مطالب بمنح الشركات الناشئة فرصة في مشترياته، بدلاً من الاكتفاء بدعمها في المناسبات».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      [
        'تقدم للشركات مكاتب مجهزة وتتيح لها مختبرات الجامعة وإرشاد أساتذة ومستثمرين لمدة عامين، مقابل حصة صغيرة في الشركة',
        'partial',
        'ماجد بن عبدالعزيز الخالدي',
      ],
      [
        'تلقينا هذا العام أكثر من 200 طلب، واخترنا المشاريع التي تحل مشكلة حقيقية في السوق المحلي، لا الأفكار التي تبقى على الورق',
        'direct',
        'ماجد بن عبدالعزيز الخالدي',
      ],
      [
        'حصلت على تمويل من مستثمرين في المنطقة الشرقية، وبدأت تبيع منتجاتها لشركات كبرى',
        'partial',
        'ماجد بن عبدالعزيز الخالدي',
      ],
      [
        'بدأنا الفكرة في مشروع التخرج، واليوم لدينا نموذج أولي نجربه في مبنيين بمدينة الخبر',
        'direct',
        'حسن بن علي آل إبراهيم',
      ],
      [
        'أصعب ما واجهناه لم يكن التقنية، بل إقناع العملاء بالتعامل مع شركة عمرها ستة أشهر',
        'direct',
        'حسن بن علي آل إبراهيم',
      ],
      [
        'مطالب بمنح الشركات الناشئة فرصة في مشترياته، بدلاً من الاكتفاء بدعمها في المناسبات',
        'partial',
        'سارة القحطاني',
      ],
    ],
  },
  {
    what: 'Al-Riyadh finds at al-Hijr in al-Ula in " ": a city-and-name byline, a lede with no quote, the heritage commission’s vice-president (الدكتور) to the paper with إن, then وأضاف + family name: and وأوضح أن with no subject, the French side’s head (البروفيسور) with إن and مبيناً أن, a guide with a relative clause after his name and a colon, the commission’s earlier announcement with وكانت الهيئة قد أعلنت … أن',
    text: [
      'العلا - خالد العنزي',
      'أعلنت الهيئة العامة للسياحة والتراث الوطني أمس عن اكتشافات أثرية جديدة في محافظة العلا، توصلت إليها البعثة السعودية الفرنسية المشتركة خلال موسمها الأخير من التنقيب في موقع الحجر (مدائن صالح)، من بينها مدافن نبطية وأوان فخارية وعملات يعود تاريخها إلى القرن الأول الميلادي.',
      'وقال نائب رئيس الهيئة للآثار والمتاحف الدكتور سعد بن عبدالله الرشيدي لـ"الرياض" إن الاكتشافات "تؤكد أن الحجر لم يكن مجرد مقبرة، بل مدينة مأهولة لها أحياء سكنية وأسواق".',
      'وأضاف الرشيدي: "عثر الفريق على نقوش نبطية لم تكن معروفة من قبل، وهي الآن قيد الدراسة والترجمة، وسننشر نتائجها في مجلة علمية محكمة".',
      'وأوضح أن الهيئة "تعمل على إعداد خطة لتأهيل الموقع وفتحه للزوار بشكل أوسع، مع الحفاظ على سلامة المدافن والواجهات".',
      'من جانبه، قال رئيس الجانب الفرنسي في البعثة البروفيسور لوران ميشو إن موسم هذا العام "كان الأغنى منذ بدء العمل في الموقع عام 2008"، مبيناً أن الفريق "استخدم التصوير الجوي لأول مرة لرسم خريطة كاملة للمدينة القديمة".',
      'وفي العلا، قال المرشد السياحي عيد بن سالم البلوي، الذي يرافق الزوار إلى الموقع منذ 15 عاماً: "أكثر ما يسأل عنه الزائر هو من كانوا يسكنون هنا، واليوم صار لدينا ما نقوله لهم".',
      'وكانت الهيئة قد أعلنت في وقت سابق أن موقع الحجر "سيكون في مقدمة المواقع المشمولة ببرنامج تطوير المواقع الأثرية في المملكة".',
    ].join('\n\n'),
    quotes: [
      ['الرياض', 'mention', null],
      [
        'تؤكد أن الحجر لم يكن مجرد مقبرة، بل مدينة مأهولة لها أحياء سكنية وأسواق',
        'partial',
        'سعد بن عبدالله الرشيدي',
      ],
      [
        'عثر الفريق على نقوش نبطية لم تكن معروفة من قبل، وهي الآن قيد الدراسة والترجمة، وسننشر نتائجها في مجلة علمية محكمة',
        'direct',
        'سعد بن عبدالله الرشيدي',
      ],
      [
        'تعمل على إعداد خطة لتأهيل الموقع وفتحه للزوار بشكل أوسع، مع الحفاظ على سلامة المدافن والواجهات',
        'partial',
        'سعد بن عبدالله الرشيدي',
      ],
      ['كان الأغنى منذ بدء العمل في الموقع عام 2008', 'partial', 'لوران ميشو'],
      ['استخدم التصوير الجوي لأول مرة لرسم خريطة كاملة للمدينة القديمة', 'partial', 'لوران ميشو'],
      [
        'أكثر ما يسأل عنه الزائر هو من كانوا يسكنون هنا، واليوم صار لدينا ما نقوله لهم',
        'direct',
        'عيد بن سالم البلوي',
      ],
      [
        'سيكون في مقدمة المواقع المشمولة ببرنامج تطوير المواقع الأثرية في المملكة',
        'partial',
        'الهيئة العامة للسياحة والتراث الوطني',
      ],
    ],
  },
  {
    what: 'Sabq national-address campaign in " ": Sabq’s byline run into the lede, the service’s quoted name, the post’s spokesman to the paper with إن, then وأضاف: with no subject, then his family name in Sabq’s quotes with وأوضح "فلان" أن, a citizen (المواطن) with إنه then مضيفاً:, a Shura member (الدكتور) with من جهته، أكد … أن',
    text: [
      'محمد الحربي- سبق- الرياض: أطلقت مؤسسة البريد السعودي حملة وطنية لحث المواطنين والمقيمين على تسجيل عناوينهم في خدمة "العنوان الوطني"، بعد أن أصبح العنوان المسجل شرطاً لإنجاز عدد من المعاملات الحكومية والمصرفية.',
      'وقال المتحدث الرسمي باسم المؤسسة فهد بن سعد الدوسري لـ"سبق" إن عدد المسجلين في الخدمة "تجاوز مليوني مسجل حتى الآن، وهو رقم أقل بكثير مما نطمح إليه".',
      'وأضاف: "التسجيل مجاني ولا يستغرق أكثر من خمس دقائق عبر موقع المؤسسة أو تطبيقها على الهواتف الذكية، ولا يحتاج المواطن إلى مراجعة أي مكتب بريد".',
      'وأوضح "الدوسري" أن الحملة "ستشمل رسائل نصية وزيارات لمقار الجهات الحكومية والجامعات"، مشيراً إلى أن البنوك بدأت بالفعل مطالبة عملائها بتحديث بياناتهم بالعنوان الوطني.',
      'في المقابل، قال المواطن سعود بن عبدالله القحطاني إنه حاول التسجيل ثلاث مرات دون جدوى، مضيفاً: "الموقع كان يتوقف في كل مرة عند خطوة تحديد الموقع على الخريطة، واضطررت في النهاية إلى الذهاب إلى مكتب البريد".',
      'من جهته، أكد عضو مجلس الشورى الدكتور ناصر بن علي الشهراني أن العنوان الوطني "أساس لأي خدمات توصيل أو تجارة إلكترونية في المملكة"، داعياً المؤسسة إلى ربط قاعدة بياناتها بجميع الجهات الحكومية حتى لا يطلب من المواطن تسجيل عنوانه أكثر من مرة.',
    ].join('\n\n'),
    quotes: [
      ['العنوان الوطني', 'mention', null],
      ['سبق', 'mention', null],
      ['تجاوز مليوني مسجل حتى الآن، وهو رقم أقل بكثير مما نطمح إليه', 'partial', 'فهد بن سعد الدوسري'],
      [
        'التسجيل مجاني ولا يستغرق أكثر من خمس دقائق عبر موقع المؤسسة أو تطبيقها على الهواتف الذكية، ولا يحتاج المواطن إلى مراجعة أي مكتب بريد',
        'direct',
        'فهد بن سعد الدوسري',
      ],
      ['الدوسري', 'mention', null],
      ['ستشمل رسائل نصية وزيارات لمقار الجهات الحكومية والجامعات', 'partial', 'فهد بن سعد الدوسري'],
      [
        'الموقع كان يتوقف في كل مرة عند خطوة تحديد الموقع على الخريطة، واضطررت في النهاية إلى الذهاب إلى مكتب البريد',
        'direct',
        'سعود بن عبدالله القحطاني',
      ],
      ['أساس لأي خدمات توصيل أو تجارة إلكترونية في المملكة', 'partial', 'ناصر بن علي الشهراني'],
    ],
  },
  {
    what: 'Al-Madina rules for Jeddah’s public beaches in " ": a city-and-name byline, a lede with no quote, the municipality’s spokesman to the paper with إن, then وأضاف + family name: and وبين أن with no subject, a citizen (المواطن) with a relative clause after his name and a colon, a jet-ski renter with أما …، وهو …، فقال إن then مضيفاً:, the border guard’s earlier warning with وكانت … قد حذرت … من "…"',
    text: [
      'جدة - ياسر الحازمي',
      'بدأت أمانة محافظة جدة تطبيق لائحة جديدة لتنظيم الشواطئ العامة على الكورنيش، تمنع إقامة المخيمات والشوايات على الرمال خارج المواقع المخصصة، وتحظر دخول الدراجات النارية إلى مناطق السباحة، وتفرض على المخالفين غرامات تبدأ من 500 ريال.',
      'وقال المتحدث الرسمي باسم أمانة جدة محمد بن عبدالله البقمي لـ"المدينة" إن اللائحة "جاءت بعد شكاوى متكررة من الأسر من الفوضى والنفايات على الشواطئ في عطلات نهاية الأسبوع".',
      'وأضاف البقمي: "خصصنا 12 موقعاً للشواء والجلسات العائلية مجهزة بالإنارة ودورات المياه، ومن يريد أن يشوي فليذهب إليها".',
      'وبين أن فرق الأمانة "ستعمل بالتنسيق مع الدوريات الأمنية وحرس الحدود، وستبدأ بالتوعية في الأسبوعين الأولين قبل تحرير المخالفات".',
      'وعلى الكورنيش الشمالي، قال المواطن عبدالعزيز بن حسن باعشن، الذي اعتاد اصطحاب أسرته إلى الشاطئ كل خميس: "اللائحة جيدة إذا طبقت على الجميع، لكن المواقع المخصصة قليلة ومزدحمة، ولا تكفي أهل جدة".',
      'أما خالد المولد، وهو صاحب محل لتأجير الدراجات المائية، فقال إن اللائحة "لم توضح أين يسمح لنا بالعمل"، مضيفاً: "نعمل في هذا المكان منذ عشر سنوات، ولم يسألنا أحد قبل إصدارها".',
      'وكانت المديرية العامة لحرس الحدود قد حذرت في بيان الأسبوع الماضي من "السباحة في المواقع غير المخصصة، خاصة عند ارتفاع الأمواج وفي ساعات الليل".',
    ].join('\n\n'),
    quotes: [
      ['المدينة', 'mention', null],
      [
        'جاءت بعد شكاوى متكررة من الأسر من الفوضى والنفايات على الشواطئ في عطلات نهاية الأسبوع',
        'partial',
        'محمد بن عبدالله البقمي',
      ],
      [
        'خصصنا 12 موقعاً للشواء والجلسات العائلية مجهزة بالإنارة ودورات المياه، ومن يريد أن يشوي فليذهب إليها',
        'direct',
        'محمد بن عبدالله البقمي',
      ],
      [
        'ستعمل بالتنسيق مع الدوريات الأمنية وحرس الحدود، وستبدأ بالتوعية في الأسبوعين الأولين قبل تحرير المخالفات',
        'partial',
        'محمد بن عبدالله البقمي',
      ],
      [
        'اللائحة جيدة إذا طبقت على الجميع، لكن المواقع المخصصة قليلة ومزدحمة، ولا تكفي أهل جدة',
        'direct',
        'عبدالعزيز بن حسن باعشن',
      ],
      ['لم توضح أين يسمح لنا بالعمل', 'partial', 'خالد المولد'],
      ['نعمل في هذا المكان منذ عشر سنوات، ولم يسألنا أحد قبل إصدارها', 'direct', 'خالد المولد'],
      [
        'السباحة في المواقع غير المخصصة، خاصة عند ارتفاع الأمواج وفي ساعات الليل',
        'partial',
        'المديرية العامة لحرس الحدود',
      ],
    ],
  },
];

describe('probe 47: whole Saudi articles of 2015, held out', () => {
  runRows(saudiRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'Sky News Arabia 1MDB affair in " ": the channel’s dateline line, a paper’s and the fund’s quoted names, the prime minister’s office in a statement with إن, an opposition MP in apposition to the channel with إن على … "أن …", then وأضاف + surname:, a ruling-party figure in apposition to reporters with إن then مضيفا:, a professor in apposition with يرى … أن',
    text: [
      'سكاي نيوز عربية - أبوظبي',
      'نفى مكتب رئيس الوزراء الماليزي، الأحد، تقريرا نشرته صحيفة "وول ستريت جورنال" الأميركية عن تحويل نحو 700 مليون دولار إلى حسابات مصرفية شخصية لرئيس الوزراء من جهات مرتبطة بصندوق "1MDB" الاستثماري الحكومي.',
      'وقال المكتب في بيان إن التقرير "جزء من حملة سياسية منظمة تهدف إلى إسقاط حكومة منتخبة ديمقراطيا"، مؤكدا أن رئيس الوزراء لم يأخذ أي أموال من الصندوق لتحقيق مكاسب شخصية.',
      'وكان فريق تحقيق مشترك يضم النائب العام والبنك المركزي وهيئة مكافحة الفساد قد أعلن، السبت، تجميد ستة حسابات مصرفية في إطار التحقيق في القضية.',
      'وقال النائب المعارض عن حزب العمل الديمقراطي، تان تشي مينغ، لسكاي نيوز عربية إن على رئيس الوزراء "أن يتنحى مؤقتا حتى ينتهي التحقيق، لأن بقاءه في منصبه يضع المحققين تحت الضغط".',
      'وأضاف تان: "الماليزيون يريدون جوابا بسيطا: من أين جاءت هذه الأموال، وأين ذهبت؟".',
      'في المقابل، قال القيادي في حزب المنظمة الوطنية الماليزية المتحدة الحاكم، عزمان حسين، للصحفيين في كوالالمبور إن الحزب "يقف خلف رئيسه"، مضيفا: "سننتظر نتائج التحقيق، ولن نحكم على أحد بناء على تقرير صحفي".',
      'ويرى أستاذ العلوم السياسية في جامعة مالايا، فريد الدين يوسف، أن القضية "أكبر اختبار يواجهه رئيس الوزراء منذ توليه المنصب عام 2009".',
    ].join('\n\n'),
    quotes: [
      ['وول ستريت جورنال', 'mention', null],
      ['1MDB', 'mention', null],
      [
        'جزء من حملة سياسية منظمة تهدف إلى إسقاط حكومة منتخبة ديمقراطيا',
        'partial',
        'مكتب رئيس الوزراء الماليزي',
      ],
      [
        'أن يتنحى مؤقتا حتى ينتهي التحقيق، لأن بقاءه في منصبه يضع المحققين تحت الضغط',
        'partial',
        'تان تشي مينغ',
      ],
      ['الماليزيون يريدون جوابا بسيطا: من أين جاءت هذه الأموال، وأين ذهبت؟', 'direct', 'تان تشي مينغ'],
      ['يقف خلف رئيسه', 'partial', 'عزمان حسين'],
      ['سننتظر نتائج التحقيق، ولن نحكم على أحد بناء على تقرير صحفي', 'direct', 'عزمان حسين'],
      ['أكبر اختبار يواجهه رئيس الوزراء منذ توليه المنصب عام 2009', 'partial', 'فريد الدين يوسف'],
    ],
  },
  {
    what: 'Al Jazeera Net South Sudan peace deal signed in Juba in " ": a name-and-city byline, a lede with no quote, the armed opposition’s spokesman in apposition with اعتبر … أن then وقال في اتصال هاتفي مع الجزيرة نت:, IGAD with ووصفته في بيان بأنه "…" and داعية … إلى "…", a trader with يقول …، وهو …، إن then ويضيف للجزيرة نت:, a closing paragraph with no quote; the government’s spokesman the engine misreads is split out below',
    text: [
      'جيمس دينق-جوبا',
      'وقع رئيس جنوب السودان في جوبا الأربعاء اتفاق السلام مع المعارضة المسلحة، بعد أسبوع من امتناعه عن التوقيع عليه في أديس أبابا، وسط تحفظات أعلنتها الحكومة على عدد من بنوده، وتحت ضغط دولي وتلويح أميركي بفرض عقوبات.',
      'في المقابل، اعتبر المتحدث باسم الحركة الشعبية لتحرير السودان في المعارضة، جون غاتويك لوال، أن التحفظات "محاولة للالتفاف على الاتفاق قبل أن يجف حبره"، وقال في اتصال هاتفي مع الجزيرة نت: "وقعنا في أديس أبابا دون شروط، وننتظر من الطرف الآخر أن يلتزم بما وقع عليه".',
      'ورحبت الهيئة الحكومية للتنمية (إيغاد) بالتوقيع، ووصفته في بيان بأنه "خطوة أولى على طريق طويل"، داعية الطرفين إلى "وقف فوري لإطلاق النار في جميع أنحاء البلاد".',
      'وفي سوق كونيو كونيو بجوبا، يقول التاجر صامويل لادو، وهو أب لستة أطفال، إن الناس "تعبوا من الحرب ومن الوعود"، ويضيف للجزيرة نت: "الأسعار تضاعفت ثلاث مرات منذ بداية الحرب، ولن نصدق السلام حتى نراه في السوق".',
      'واندلعت الحرب في جنوب السودان في ديسمبر/كانون الأول 2013، وأودت بحياة عشرات الآلاف وشردت أكثر من مليوني شخص.',
    ].join('\n\n'),
    quotes: [
      ['محاولة للالتفاف على الاتفاق قبل أن يجف حبره', 'partial', 'جون غاتويك لوال'],
      [
        'وقعنا في أديس أبابا دون شروط، وننتظر من الطرف الآخر أن يلتزم بما وقع عليه',
        'direct',
        'جون غاتويك لوال',
      ],
      ['خطوة أولى على طريق طويل', 'partial', 'الهيئة الحكومية للتنمية'],
      ['وقف فوري لإطلاق النار في جميع أنحاء البلاد', 'partial', 'الهيئة الحكومية للتنمية'],
      ['تعبوا من الحرب ومن الوعود', 'partial', 'صامويل لادو'],
      [
        'الأسعار تضاعفت ثلاث مرات منذ بداية الحرب، ولن نصدق السلام حتى نراه في السوق',
        'direct',
        'صامويل لادو',
      ],
    ],
  },
  {
    what: 'BBC Arabic Kurdish forces take Tal Abyad in " ": the units’ spokesman in apposition لبي بي سي إن, then وأضاف + surname:, the Turkish foreign ministry’s spokesman in apposition with إن then مضيفا:, a closing paragraph with no quote; the lede with the units’ denial, the scare-quoted word and the displaced farmer the engine misreads are split out below',
    text: [
      'وقال المتحدث باسم الوحدات، جوان مصطفى، لبي بي سي إن المقاتلين الأكراد "يمشطون الأحياء الجنوبية من المدينة بحثا عن ألغام زرعها التنظيم قبل انسحابه".',
      'وأضاف مصطفى: "لم يبق في المدينة سوى عدد قليل من المدنيين، ونطلب من العائلات التي نزحت ألا تعود قبل أن ننتهي من إزالة المتفجرات".',
      'وفي أنقرة، قال المتحدث باسم وزارة الخارجية التركية، أوميت أوزجان، إن بلاده "تتابع بقلق أي تغيير في التركيبة السكانية في شمال سوريا"، مضيفا: "لن نسمح بأي خطوة تهدد أمن حدودنا".',
      'وقال التحالف الدولي بقيادة الولايات المتحدة إن طائراته نفذت خلال الأيام الماضية عشرات الغارات على مواقع التنظيم في محيط المدينة.',
    ].join('\n\n'),
    quotes: [
      ['يمشطون الأحياء الجنوبية من المدينة بحثا عن ألغام زرعها التنظيم قبل انسحابه', 'partial', 'جوان مصطفى'],
      [
        'لم يبق في المدينة سوى عدد قليل من المدنيين، ونطلب من العائلات التي نزحت ألا تعود قبل أن ننتهي من إزالة المتفجرات',
        'direct',
        'جوان مصطفى',
      ],
      ['تتابع بقلق أي تغيير في التركيبة السكانية في شمال سوريا', 'partial', 'أوميت أوزجان'],
      ['لن نسمح بأي خطوة تهدد أمن حدودنا', 'direct', 'أوميت أوزجان'],
    ],
  },
  {
    what: 'Al Arabiya Mukalla under al-Qaeda in “ ”: Al Arabiya.net’s dateline, a port employee with وهو … to the site (quoted) with إن, then وأضاف + surname:, a member of the Hadhrami council with إن, a teacher by her kunya with تقول …، وهي …، إن then وتضيف:, a closing paragraph with no quote; the lede with the group’s leaflet the engine misreads is split out below',
    text: [
      'دبي - العربية.نت',
      'وقال عادل باوزير، وهو موظف في ميناء المكلا، لـ“العربية.نت” إن الحياة في المدينة “تبدو طبيعية في النهار، لكن الجميع يعرف من يحكم، ولا أحد يجرؤ على الاعتراض”.',
      'وأضاف باوزير: “الميناء يعمل، والتنظيم يأخذ رسوما من السفن والتجار، أما رواتبنا فلم تصل منذ شهرين”.',
      'من جهته، قال عضو المجلس الأهلي الحضرمي عبدالله بن عمر الكثيري إن المجلس “يحاول إدارة الخدمات الأساسية من كهرباء وماء ونظافة بعيدا عن التنظيم”، مؤكدا أن المجلس لا يتلقى أي تعليمات من القاعدة.',
      'وفي الحي القديم، تقول أم محمد، وهي معلمة، إن مدارس البنات “فتحت أبوابها، لكن كثيرا من الأسر تخشى إرسال بناتها”، وتضيف: “لم يتدخلوا في المدارس حتى الآن، لكننا لا نعرف ماذا سيحدث غدا”.',
      'وتقول الحكومة اليمنية إنها تعد لاستعادة المكلا، فيما نفذت طائرات أميركية من دون طيار خلال الأشهر الماضية عدة غارات على قياديين في التنظيم بالمدينة.',
    ].join('\n\n'),
    quotes: [
      ['العربية.نت', 'mention', null],
      ['تبدو طبيعية في النهار، لكن الجميع يعرف من يحكم، ولا أحد يجرؤ على الاعتراض', 'partial', 'عادل باوزير'],
      [
        'الميناء يعمل، والتنظيم يأخذ رسوما من السفن والتجار، أما رواتبنا فلم تصل منذ شهرين',
        'direct',
        'عادل باوزير',
      ],
      [
        'يحاول إدارة الخدمات الأساسية من كهرباء وماء ونظافة بعيدا عن التنظيم',
        'partial',
        'عبدالله بن عمر الكثيري',
      ],
      ['فتحت أبوابها، لكن كثيرا من الأسر تخشى إرسال بناتها', 'partial', 'أم محمد'],
      ['لم يتدخلوا في المدارس حتى الآن، لكننا لا نعرف ماذا سيحدث غدا', 'direct', 'أم محمد'],
    ],
  },
  {
    what: 'RT Arabic Gaza power plant out of fuel in « »: a lede with no quote, the energy authority’s deputy head in apposition at a press conference with إن, then وأضاف + surname:, the government’s spokesman in a relative clause with الذي قال … إن, a workshop owner with يقول …، وهو …، لمراسل RT إن then ويضيف:, the health ministry’s spokesman in apposition with حذر … من أن; the Israeli coordinator’s office the engine misreads is split out below',
    text: [
      'أعلنت سلطة الطاقة والموارد الطبيعية في قطاع غزة، الأحد، توقف محطة توليد الكهرباء الوحيدة في القطاع عن العمل بشكل كامل بسبب نفاد الوقود، ما يعني انقطاع التيار عن معظم المنازل لأكثر من 18 ساعة يوميا.',
      'وقال نائب رئيس سلطة الطاقة، يوسف أبو شمالة، في مؤتمر صحفي بغزة إن المحطة «توقفت بعد أن استهلكت آخر كمية من الوقود، ولم تصلنا أي شحنة منذ أسبوع».',
      'وأضاف أبو شمالة: «المشكلة ليست فقط في إغلاق المعابر، بل في الضرائب المفروضة على الوقود، التي تجعل تشغيل المحطة بكامل طاقتها أمرا مستحيلا».',
      'وحمل أبو شمالة حكومة التوافق الوطني في رام الله مسؤولية الأزمة، وهو ما رفضه المتحدث باسم الحكومة طارق الحسيني، الذي قال في تصريح صحفي إن الحكومة «تدفع ثمن الوقود وتتحمل أعباء مالية كبيرة رغم الأزمة التي تمر بها»، داعيا إلى تسليم قطاع الكهرباء في غزة لحكومة التوافق.',
      'وفي حي الشجاعية شرق مدينة غزة، يقول أبو أحمد النجار، وهو صاحب ورشة حدادة، لمراسل RT إن عمله «توقف تقريبا»، ويضيف: «نشتغل ساعتين أو ثلاثا في اليوم حين تأتي الكهرباء، والمولد يحتاج وقودا لا نقدر على ثمنه».',
      'من جهته، حذر المتحدث باسم وزارة الصحة في غزة، أيمن البرديني، من أن المستشفيات «تعمل على المولدات الاحتياطية، ولن يكفي الوقود المتوفر لديها لأكثر من عشرة أيام».',
    ].join('\n\n'),
    quotes: [
      ['توقفت بعد أن استهلكت آخر كمية من الوقود، ولم تصلنا أي شحنة منذ أسبوع', 'partial', 'يوسف أبو شمالة'],
      [
        'المشكلة ليست فقط في إغلاق المعابر، بل في الضرائب المفروضة على الوقود، التي تجعل تشغيل المحطة بكامل طاقتها أمرا مستحيلا',
        'direct',
        'يوسف أبو شمالة',
      ],
      ['تدفع ثمن الوقود وتتحمل أعباء مالية كبيرة رغم الأزمة التي تمر بها', 'partial', 'طارق الحسيني'],
      ['توقف تقريبا', 'partial', 'أبو أحمد النجار'],
      [
        'نشتغل ساعتين أو ثلاثا في اليوم حين تأتي الكهرباء، والمولد يحتاج وقودا لا نقدر على ثمنه',
        'direct',
        'أبو أحمد النجار',
      ],
      [
        'تعمل على المولدات الاحتياطية، ولن يكفي الوقود المتوفر لديها لأكثر من عشرة أيام',
        'partial',
        'أيمن البرديني',
      ],
    ],
  },
];

describe('probe 47: whole articles of international outlets, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'South Sudan deal, split out: the government’s spokesman with his role before a three-part name (المتحدث باسم الحكومة بيتر أكول ماجاك) to the site with إن, then وأضاف + surname:',
    text: [
      'وقال المتحدث باسم الحكومة بيتر أكول ماجاك للجزيرة نت إن حكومته وقعت الاتفاق "من أجل السلام، وليس لأننا مقتنعون بكل ما فيه".',
      'وأضاف ماجاك: "سلمنا الوسطاء وثيقة بتحفظاتنا على الترتيبات الأمنية في جوبا وتقاسم السلطة في ولاية أعالي النيل، ونأمل أن تؤخذ بعين الاعتبار".',
    ].join('\n\n'),
    quotes: [
      ['من أجل السلام، وليس لأننا مقتنعون بكل ما فيه', 'partial', 'بيتر أكول ماجاك'],
      [
        'سلمنا الوسطاء وثيقة بتحفظاتنا على الترتيبات الأمنية في جوبا وتقاسم السلطة في ولاية أعالي النيل، ونأمل أن تؤخذ بعين الاعتبار',
        'direct',
        'بيتر أكول ماجاك',
      ],
    ],
  },
  {
    what: 'Tal Abyad, split out: the lede that names the units in full, then the opposition’s charge and the units’ denial with وهو ما نفته الوحدات، ووصفته في بيان بأنه "…"',
    text: [
      'قالت وحدات حماية الشعب الكردية إنها سيطرت بالكامل على مدينة تل أبيض السورية على الحدود مع تركيا، بعد معارك استمرت أياما مع مسلحي تنظيم "الدولة الإسلامية".',
      'واتهمت فصائل من المعارضة السورية المسلحة الوحدات الكردية بتهجير سكان عرب وتركمان من قرى في المنطقة، وهو ما نفته الوحدات، ووصفته في بيان بأنه "ادعاءات لا أساس لها تهدف إلى تشويه انتصارنا على الإرهاب".',
    ].join('\n\n'),
    quotes: [
      ['الدولة الإسلامية', 'mention', null],
      ['ادعاءات لا أساس لها تهدف إلى تشويه انتصارنا على الإرهاب', 'partial', 'وحدات حماية الشعب الكردية'],
    ],
    // engine gap: the denial goes to فصائل, the accusers at the head of the sentence, not to the units
    // that deny and describe the charge.
    gaps: ['attribution'],
  },
  {
    what: 'Tal Abyad, split out: a scare-quoted word of the group’s (التي يعدها عاصمة لـ"خلافته"), a mention',
    text: [
      'وتعد تل أبيض معبرا رئيسيا كان التنظيم يستخدمه لإدخال المقاتلين والإمدادات إلى مدينة الرقة، التي يعدها عاصمة لـ"خلافته".',
    ].join('\n\n'),
    quotes: [['خلافته', 'mention', null]],
    // engine gap: the word is read as a partial quote with no speaker here; in the whole article, after the
    // spokesman's two paragraphs, it was a partial quote credited to جوان مصطفى.
    gaps: ['attribution'],
  },
  {
    what: 'Tal Abyad, split out: a displaced farmer with يقول …، وهو …، إنه in narration, then ويضيف: in the same paragraph',
    text: [
      'وعلى الجانب التركي من الحدود، يقول محمود العلي، وهو مزارع فر من قرية قرب تل أبيض مع عائلته قبل أسبوع، إنه لا يعرف إن كان بيته لا يزال قائما. ويضيف: "سمعنا أن بعض القرى أحرقت، ولا أحد يخبرنا بشيء. نريد فقط أن نعود إلى أرضنا".',
    ].join('\n\n'),
    quotes: [
      ['سمعنا أن بعض القرى أحرقت، ولا أحد يخبرنا بشيء. نريد فقط أن نعود إلى أرضنا', 'direct', 'محمود العلي'],
    ],
  },
  {
    what: 'Mukalla, split out: the lede that names the group and the name its fighters give themselves, then its leaflet with وكان التنظيم قد وزع … بيانا …، دعا فيه السكان إلى “…”',
    text: [
      'بعد أكثر من ثلاثة أشهر على سيطرة تنظيم القاعدة على مدينة المكلا، عاصمة محافظة حضرموت، يعيش سكان المدينة بين خدمات شبه متوقفة ورواتب متأخرة وقواعد جديدة يفرضها مسلحو التنظيم، الذين يطلقون على أنفسهم اسم “أبناء حضرموت”.',
      'وكان التنظيم قد وزع الشهر الماضي بيانا في مساجد المدينة، دعا فيه السكان إلى “عدم التعاون مع أي جهة تابعة للتحالف أو للحكومة”، وهدد بمحاسبة من يخالف ذلك.',
    ].join('\n\n'),
    quotes: [
      ['أبناء حضرموت', 'mention', null],
      ['عدم التعاون مع أي جهة تابعة للتحالف أو للحكومة', 'partial', 'تنظيم القاعدة'],
    ],
    // engine gap: the leaflet's words go to سكان المدينة (the people it calls on, resolved to the lede's
    // residents), not to the group that issued it.
    gaps: ['attribution'],
  },
  {
    what: 'Gaza power plant, split out: the Israeli coordinator’s office by its full name (مكتب منسق أعمال الحكومة الإسرائيلية في المناطق) with قال … إن',
    text: [
      'في المقابل، قال مكتب منسق أعمال الحكومة الإسرائيلية في المناطق إن معبر كرم أبو سالم «مفتوح أمام شحنات الوقود»، مضيفا أن تأخر وصولها يعود إلى خلافات فلسطينية داخلية.',
    ].join('\n\n'),
    quotes: [['مفتوح أمام شحنات الوقود', 'partial', 'مكتب منسق أعمال الحكومة الإسرائيلية في المناطق']],
    // engine gap: the office's name is cut before في المناطق (مكتب منسق أعمال الحكومة الإسرائيلية).
    gaps: ['attribution'],
  },
];

describe('probe 47: international passages split out', () => {
  runRows(internationalSplitRows);
});
