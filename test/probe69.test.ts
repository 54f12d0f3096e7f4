/**
 * A sixty-ninth probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw, each imitating as closely as it can the copy its desk really
 * files (byline or dateline, lede, strings of titles and honorifics, the second naming of a person, cue
 * verbs, marks and credits, long sentences of several clauses, background paragraphs with no quote).
 *
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Okaz on smuggled fireworks seized in Jeddah before Eid al-Fitr (Okaz's name-and-city byline, the campaign's
 * quoted name, the Jeddah police spokesman (العقيد) لـ«عكاظ» إن «…», then وأضاف + family name:, the
 * municipality's health-control director (المهندس) with من جهته، أوضح … أن «…» and لافتاً إلى أن «…», a
 * street seller on the paper's tour with a colon, a mother by her kunya with أما …، التي …، فاعتبرت أن «…»
 * then مضيفة:); Al-Madina on misting fans in the courtyards of the Prophet's Mosque in a heatwave (a name-and-
 * city byline, a lede with no quote, the agency's deputy (الشيخ الدكتور) لـ"المدينة" إن "…" and مؤكداً أن,
 * then وأضاف + family name:, the health director (الدكتور) with بدوره، بين … أن and ناصحاً … بـ"…", an
 * Indonesian visitor with a relative clause and a colon, an Egyptian visitor with أما … فقال إنه … "لأن …"
 * and لافتاً إلى أن, a closing يذكر أن with a quoted initiative); SPA on the ninth Souq Okaz in Taif (SPA's
 * Hijri-and-Gregorian dateline line, a quoted slogan, the secretary general (الدكتور) في تصريح لوكالة الأنباء
 * السعودية أن "…" and مبيناً أن with a quoted prize, then وقال سعادته:, the winning poet with عبر … عن سعادته
 * … وقال: (سعادته as an emotion, not an honorific), a craftswoman by kunya with كما أكدت …، التي …، أن and
 * داعية … إلى "…", a paragraph with no quote, a يذكر أن closing); Al-Hayat on the record electricity load (a
 * city-and-name byline of a woman reporter, the electricity company's call with دعت … إلى «…», its deputy CEO
 * (المهندس) لـ«الحياة» إن and مضيفاً أن, then وتابع + family name:, a professor (الدكتور) with في المقابل،
 * اعتبر … أن «…» then وقال:, a resident by description only (ذكر أحد السكان أن … مشيراً إلى أنه «…»), the
 * efficiency centre's quoted campaign); Sabq on a Bangladeshi worker who returned a lost wallet (Sabq's
 * byline run into the lede, a quoted hashtag, the Riyadh police spokesman (العقيد) لـ"سبق": with a colon, then
 * وأضاف: with no subject, then his family name in Sabq's quotes with وأوضح "فلان" أن … "…" and داعياً … إلى
 * "…", the worker with من جهته، قال … عبر مترجم:, a tweeter with كتب … على حسابه في "تويتر":).
 *
 * Five are in the voices of international outlets: Reuters Arabic on Nepal's fuel shortage under the border
 * blockade (Reuters' city-(رويترز) dateline, the government's words in the lede with وقالت … إن, a background
 * paragraph, the commerce minister with his name before his post with إن and مضيفا أن, India's foreign
 * ministry through an unnamed spokesman with إن "…" (a whole sentence quoted after إن), a taxi driver with
 * his age in brackets with إنه then وأضاف "…" with no colon, UNICEF with حذرت … من أن, an unnamed official of
 * the oil corporation, Reuters' (إعداد … للنشرة العربية) line); Al Jazeera Net on Mauritania's new law against
 * slavery (Al Jazeera Net's name-city byline, the law's quoted label in the lede, the justice minister أمام
 * النواب إن and مؤكدا أن, the spokeswoman of a quoted NGO with اعتبرت … في حديث للجزيرة نت أن then وقالت:,
 * a background paragraph, a former shepherd with يروي … أنه … "…" then ويضيف "…" with no colon, a sociologist
 * (الدكتور) with أما … فيرى أن and مشيرا إلى أن, المصدر : الجزيرة); Anadolu Arabic on the pearl mullet's
 * migration from Lake Van (Anadolu's city/name/الأناضول byline, the fish's quoted name, the ministry's
 * provincial director in apposition في حديث للأناضول، إن, then وأضاف + surname:, a professor (البروفيسورة)
 * of a quoted university in apposition with من جهتها، أوضحت … أن and لافتة إلى أن, a festival's quoted name,
 * a photographer with a relative clause and للأناضول: before a quote opening with أن, the fish's name again
 * in a closing paragraph); DW Arabic on Germany's minimum wage half a year on (a lede with تقول … إن «…», a
 * background paragraph with a quoted slogan, the labour ministry's spokesman in apposition with إن then
 * وأضاف:, the hotel and restaurant association with يرى … أن «…», a café owner in apposition في حديث لـDW
 * عربية:, a professor (البروفيسور) with أما … فاعتبر أن and مشيرا إلى أن, a Syrian refugee with a relative
 * clause and a colon, DW's initials line); RT Arabic on the start of work on the Crimea bridge (a lede with no
 * quote, the project's deputy director in apposition للصحفيين إن «…» and مؤكدا أن «…», then وأضاف + surname:,
 * the ferry crossing's administration with من جانبها، ذكرت … في بيان أن and مشيرة إلى أن, a lorry driver in
 * apposition with a relative clause لمراسل RT:, نقلت وكالة «تاس» عن مصدر في وزارة النقل قوله إن, a closing
 * يذكر أن with a quoted company, RT's source line). Quotes in « », " " as each paper or outlet writes them.
 *
 * Every person and quote is invented here (places, bodies, outlets, the festival, the prize, the campaigns
 * and the company are real or plausible); no row was tuned on the corpus. The expectations come from reading
 * each article as a person would, under the annotation rules of ../shared/corpus/README.md (speaker = the
 * fullest name the article gives, without title, rank, role, nationality or honorific; a body for its
 * statement, call or warning; an unnamed official or spokesman of a named body credited to the body, relayed
 * words to the one relayed; a resident by description alone (أحد السكان) under that description; names of
 * papers, campaigns, slogans, hashtags, prizes, universities, festivals, fish, agencies and companies, the
 * law's label and a surname in Sabq's quotes are mentions with no speaker), and were written before the
 * engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe69: 5/10 rows, 57/67 speech quotes, 21/22 mentions; by hand from the rows, Saudi 4/5
 * rows, 31/32 speech, 13/13 mentions, international 1/5 rows, 26/35 speech, 8/9 mentions). After the run no
 * expectation was corrected: each miss was checked against the rules and none was a misreading. Then each
 * passage the engine misreads was split out of its article into a row of its own (the tables of split rows
 * below, with the paragraph before it that it needs, or after it where the miss comes from there: the
 * Mauritanian lede reads right alone and goes wrong only beside the minister's paragraph, so the two moved
 * together; the Anadolu and RT paragraphs that name a man after his post moved with the وأضاف + surname
 * paragraph that depends on them), the rest of each article kept as written; no expectation was changed.
 * Every paragraph and expectation of the ten articles is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Okaz fireworks seized in Jeddah before Eid in « »: a name-and-city byline, the campaign’s quoted name, the police spokesman (العقيد) لـ«عكاظ» إن «…», then وأضاف + family name:, the health-control director (المهندس) with من جهته، أوضح … أن «…» and لافتاً إلى أن «…», a seller on the paper’s tour with a colon, a mother by her kunya with أما …، التي …، فاعتبرت أن «…» then مضيفة:',
    text: [
      'عبدالله الزهراني (جدة)',
      'ضبطت الفرق الميدانية لأمانة محافظة جدة بالتعاون مع شرطة المحافظة أكثر من 40 ألف عبوة ألعاب نارية مهربة في مستودعين بحي الكرنتينا جنوب جدة، قبل أيام من حلول عيد الفطر المبارك، ضمن حملة «عيدنا آمن» التي أطلقتها الجهتان مطلع الأسبوع.',
      'وقال الناطق الإعلامي لشرطة محافظة جدة العقيد مساعد بن حمدان الثبيتي لـ«عكاظ» إن المضبوطات «كانت معدة للبيع بالجملة على البسطات والمحال الصغيرة في الأحياء الشعبية، وقد تم القبض على ثلاثة وافدين من جنسية آسيوية يعملون في المستودعين وإحالتهم إلى جهة الاختصاص».',
      'وأضاف الثبيتي: «الألعاب النارية ليست لعبة كما يظن كثير من الآباء، ففي كل عيد تستقبل المستشفيات أطفالاً بحروق في الوجه واليدين، وبعضهم فقد أصابعه أو بصره».',
      'من جهته، أوضح مدير إدارة الرقابة الصحية بأمانة جدة المهندس هشام بن عمر باعشن أن فرق الأمانة «ستواصل جولاتها على المحال حتى نهاية إجازة العيد»، لافتاً إلى أن غرامة بيع الألعاب النارية «تصل إلى عشرة آلاف ريال للمحل الواحد، مع إغلاقه ومصادرة ما فيه».',
      'وفي جولة لـ«عكاظ» على عدد من البسطات في سوق البلد، بدا الإقبال على ما تبقى من الألعاب ضعيفاً. وقال البائع سعيد الغامدي: «الناس تخاف تشتري بعد الحملة، وأغلب البسطات أخفت بضاعتها، لكن الأطفال يسألون عنها كل يوم».',
      'أما أم ريان، التي كانت تتسوق مع أطفالها الثلاثة، فاعتبرت أن الحملة «جاءت متأخرة»، مضيفة: «كل سنة نسمع عن المصادرة بعد أن تكون الألعاب قد دخلت البيوت».',
    ].join('\n\n'),
    quotes: [
      ['عيدنا آمن', 'mention', null],
      ['عكاظ', 'mention', null],
      [
        'كانت معدة للبيع بالجملة على البسطات والمحال الصغيرة في الأحياء الشعبية، وقد تم القبض على ثلاثة وافدين من جنسية آسيوية يعملون في المستودعين وإحالتهم إلى جهة الاختصاص',
        'partial',
        'مساعد بن حمدان الثبيتي',
      ],
      [
        'الألعاب النارية ليست لعبة كما يظن كثير من الآباء، ففي كل عيد تستقبل المستشفيات أطفالاً بحروق في الوجه واليدين، وبعضهم فقد أصابعه أو بصره',
        'direct',
        'مساعد بن حمدان الثبيتي',
      ],
      ['ستواصل جولاتها على المحال حتى نهاية إجازة العيد', 'partial', 'هشام بن عمر باعشن'],
      ['تصل إلى عشرة آلاف ريال للمحل الواحد، مع إغلاقه ومصادرة ما فيه', 'partial', 'هشام بن عمر باعشن'],
      ['عكاظ', 'mention', null],
      [
        'الناس تخاف تشتري بعد الحملة، وأغلب البسطات أخفت بضاعتها، لكن الأطفال يسألون عنها كل يوم',
        'direct',
        'سعيد الغامدي',
      ],
      ['جاءت متأخرة', 'partial', 'أم ريان'],
      ['كل سنة نسمع عن المصادرة بعد أن تكون الألعاب قد دخلت البيوت', 'direct', 'أم ريان'],
    ],
  },
  {
    what: 'Al-Madina misting fans at the Prophet’s Mosque in a heatwave in " ": a name-and-city byline, a lede with no quote, the deputy (الشيخ الدكتور) لـ"المدينة" إن "…" and مؤكداً أن "…", then وأضاف + family name:, the health director (الدكتور) with بدوره، بين … أن and ناصحاً … بـ"…", an Indonesian visitor with a relative clause and a colon, an Egyptian visitor with أما … فقال إنه … "لأن …" and لافتاً إلى أن, a closing يذكر أن with a quoted initiative',
    text: [
      'ياسر الحربي - المدينة المنورة',
      'بدأت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي تشغيل 250 مروحة رذاذ إضافية في الساحات الخارجية للمسجد النبوي، لتخفيف حرارة الجو على المصلين والزوار، مع تجاوز درجات الحرارة في المدينة المنورة 47 درجة مئوية خلال الأيام الماضية.',
      'وقال وكيل الرئيس العام لشؤون المسجد النبوي الشيخ الدكتور حمد بن عبدالله الرشيدي لـ"المدينة" إن المراوح الجديدة "تعمل بنظام يخفض درجة الحرارة في محيطها بما يصل إلى عشر درجات، دون أن تبلل المصلين أو الفرش"، مؤكداً أن الرئاسة "لن تسمح بأي عطل يطول أكثر من ساعة خلال أوقات الصلوات".',
      'وأضاف الرشيدي: "وزعنا كذلك أكثر من مليون عبوة من ماء زمزم المبرد على الزوار في الساحات منذ بداية الأسبوع، ونعمل مع الهلال الأحمر على نقل حالات الإجهاد الحراري بسرعة".',
      'بدوره، بين مدير الشؤون الصحية بمنطقة المدينة المنورة الدكتور ماجد بن مبارك الشهري أن المستشفيات القريبة من المسجد النبوي استقبلت منذ مطلع الشهر 312 حالة إجهاد حراري، معظمها من كبار السن القادمين من خارج المملكة، ناصحاً الزوار بـ"تجنب الجلوس في الساحات بين الظهر والعصر، والإكثار من شرب الماء".',
      'أما الزائر المصري عبدالرحمن فؤاد فقال إنه يحرص على الصلاة في الساحات "لأن المسجد يمتلئ قبل الأذان بساعة"، لافتاً إلى أن المراوح "تحتاج إلى أن تصل إلى الأطراف البعيدة من الساحات أيضاً".',
      'يذكر أن الرئاسة كانت قد أطلقت العام الماضي مبادرة "سقيا زائر" لتوزيع المياه المبردة في الساحات والطرق المؤدية إلى المسجد النبوي.',
    ].join('\n\n'),
    quotes: [
      ['المدينة', 'mention', null],
      [
        'تعمل بنظام يخفض درجة الحرارة في محيطها بما يصل إلى عشر درجات، دون أن تبلل المصلين أو الفرش',
        'partial',
        'حمد بن عبدالله الرشيدي',
      ],
      ['لن تسمح بأي عطل يطول أكثر من ساعة خلال أوقات الصلوات', 'partial', 'حمد بن عبدالله الرشيدي'],
      [
        'وزعنا كذلك أكثر من مليون عبوة من ماء زمزم المبرد على الزوار في الساحات منذ بداية الأسبوع، ونعمل مع الهلال الأحمر على نقل حالات الإجهاد الحراري بسرعة',
        'direct',
        'حمد بن عبدالله الرشيدي',
      ],
      ['تجنب الجلوس في الساحات بين الظهر والعصر، والإكثار من شرب الماء', 'partial', 'ماجد بن مبارك الشهري'],
      ['لأن المسجد يمتلئ قبل الأذان بساعة', 'partial', 'عبدالرحمن فؤاد'],
      ['تحتاج إلى أن تصل إلى الأطراف البعيدة من الساحات أيضاً', 'partial', 'عبدالرحمن فؤاد'],
      ['سقيا زائر', 'mention', null],
    ],
  },
  {
    what: 'SPA ninth Souq Okaz in Taif in " ": the Hijri-and-Gregorian dateline line, a quoted slogan, the secretary general (الدكتور) في تصريح لوكالة الأنباء السعودية أن "…" and مبيناً أن with a quoted prize, then وقال سعادته:, the winning poet with عبر … عن سعادته … وقال:, a craftswoman by kunya with كما أكدت …، التي …، أن and داعية … إلى "…", a paragraph with no quote, a يذكر أن closing',
    text: [
      'الطائف 28 شوال 1436 هـ الموافق 13 أغسطس 2015 م واس',
      'انطلقت مساء أمس فعاليات الدورة التاسعة لسوق عكاظ في موقعه التاريخي شمال شرق محافظة الطائف، بمشاركة أكثر من 600 شاعر وأديب وحرفي من داخل المملكة وخارجها، وتستمر الفعاليات ثلاثة أسابيع تحت شعار "عكاظ .. ملتقى الثقافة والإبداع".',
      'وأوضح أمين عام اللجنة الإشرافية للسوق الدكتور سعد بن محمد المالكي في تصريح لوكالة الأنباء السعودية أن الدورة الحالية "تشهد لأول مرة عرضاً مسرحياً يومياً في جادة عكاظ يجسد حياة العرب قبل الإسلام بمشاركة 120 ممثلاً"، مبيناً أن جائزة "شاعر عكاظ" ذهبت هذا العام إلى شاعر من السودان.',
      'وقال سعادته: "نسعى إلى أن يكون السوق منصة اقتصادية أيضاً، ولذلك خصصنا 80 جناحاً للأسر المنتجة والحرفيين ليعرضوا منتجاتهم على الزوار مباشرة".',
      'من جانبه، عبر الشاعر السوداني الفائز بالجائزة محمد عبدالقادر الطيب عن سعادته بالفوز، وقال: "الوقوف على الأرض التي وقف عليها النابغة والخنساء شرف لا تعادله جائزة".',
      'كما أكدت الحرفية أم سعود الثقفي، التي تعرض منتجات السدو في جناح الأسر المنتجة، أن مبيعاتها في اليوم الأول "فاقت ما تبيعه في شهر كامل"، داعية الجهات المعنية إلى "تمديد أيام السوق في الدورات المقبلة".',
      'ويتضمن برنامج السوق هذا العام ندوات فكرية وأمسيات شعرية ومعرضاً للخيل العربية الأصيلة، إضافة إلى سباق للهجن على الطريق التاريخي الذي كانت تسلكه القوافل.',
      'يذكر أن سوق عكاظ كان أشهر أسواق العرب في الجاهلية، وأعيد إحياؤه عام 1428هـ، وتشرف عليه الهيئة العامة للسياحة والآثار بالتعاون مع إمارة منطقة مكة المكرمة.',
    ].join('\n\n'),
    quotes: [
      ['عكاظ .. ملتقى الثقافة والإبداع', 'mention', null],
      [
        'تشهد لأول مرة عرضاً مسرحياً يومياً في جادة عكاظ يجسد حياة العرب قبل الإسلام بمشاركة 120 ممثلاً',
        'partial',
        'سعد بن محمد المالكي',
      ],
      ['شاعر عكاظ', 'mention', null],
      [
        'نسعى إلى أن يكون السوق منصة اقتصادية أيضاً، ولذلك خصصنا 80 جناحاً للأسر المنتجة والحرفيين ليعرضوا منتجاتهم على الزوار مباشرة',
        'direct',
        'سعد بن محمد المالكي',
      ],
      [
        'الوقوف على الأرض التي وقف عليها النابغة والخنساء شرف لا تعادله جائزة',
        'direct',
        'محمد عبدالقادر الطيب',
      ],
      ['فاقت ما تبيعه في شهر كامل', 'partial', 'أم سعود الثقفي'],
      ['تمديد أيام السوق في الدورات المقبلة', 'partial', 'أم سعود الثقفي'],
    ],
  },
  {
    what: 'Al-Hayat record electricity load in « »: a city-and-name byline, the company’s call with دعت … إلى «…», its deputy CEO (المهندس) لـ«الحياة» إن and مضيفاً أن, then وتابع + family name:, a professor (الدكتور) with في المقابل، اعتبر … أن «…» then وقال:, a resident by description only (ذكر أحد السكان أن … مشيراً إلى أنه «…»), the efficiency centre’s quoted campaign',
    text: [
      'الدمام - ريم سليمان',
      'سجلت الأحمال الكهربائية في المملكة أمس رقماً قياسياً جديداً بلغ 62 ألف ميغاواط، مع موجة الحر التي تضرب المنطقة الشرقية والرياض، فيما دعت الشركة السعودية للكهرباء المشتركين إلى «ترشيد الاستهلاك في ساعات الذروة» بين الواحدة ظهراً والخامسة عصراً.',
      'وقال نائب الرئيس التنفيذي للتوزيع وخدمات المشتركين في الشركة المهندس عبدالله بن فهد المحيسن لـ«الحياة» إن الشبكة «تعمل بكامل طاقتها، ولم تسجل أي انقطاعات واسعة حتى الآن»، مضيفاً أن الانقطاعات التي شهدتها بعض أحياء الدمام والخبر الأسبوع الماضي «كانت محلية وناتجة من أعطال في المحولات وليس من نقص في التوليد».',
      'وتابع المحيسن: «لدينا خطة طوارئ تشمل نقل الأحمال بين المناطق عبر شبكة الربط، وسنلجأ إليها إذا تجاوز الطلب 64 ألف ميغاواط».',
      'في المقابل، اعتبر أستاذ الهندسة الكهربائية في جامعة الملك فهد للبترول والمعادن الدكتور نايف بن سالم العتيبي أن الحل «ليس في بناء محطات جديدة كل عام»، وقال: «أكثر من 70 في المئة من الكهرباء في الصيف تذهب إلى المكيفات، ومعظم المباني عندنا بلا عزل حراري، فنحن ندفع ثمن سوء البناء كل صيف».',
      'وفي حي الفيصلية بالدمام، ذكر أحد السكان أن التيار انقطع عن منزله ست ساعات ليل الثلثاء، مشيراً إلى أنه اتصل بمركز البلاغات «أكثر من عشر مرات من دون أن يرد أحد».',
      'وكان المركز السعودي لكفاءة الطاقة أطلق الشهر الماضي حملة «كفاءة» لتوعية المشتركين باختيار أجهزة التكييف الموفرة للطاقة، وألزم المصنعين والمستوردين بوضع بطاقة الكفاءة على الأجهزة المعروضة في الأسواق.',
    ].join('\n\n'),
    quotes: [
      ['ترشيد الاستهلاك في ساعات الذروة', 'partial', 'الشركة السعودية للكهرباء'],
      ['الحياة', 'mention', null],
      ['تعمل بكامل طاقتها، ولم تسجل أي انقطاعات واسعة حتى الآن', 'partial', 'عبدالله بن فهد المحيسن'],
      ['كانت محلية وناتجة من أعطال في المحولات وليس من نقص في التوليد', 'partial', 'عبدالله بن فهد المحيسن'],
      [
        'لدينا خطة طوارئ تشمل نقل الأحمال بين المناطق عبر شبكة الربط، وسنلجأ إليها إذا تجاوز الطلب 64 ألف ميغاواط',
        'direct',
        'عبدالله بن فهد المحيسن',
      ],
      ['ليس في بناء محطات جديدة كل عام', 'partial', 'نايف بن سالم العتيبي'],
      [
        'أكثر من 70 في المئة من الكهرباء في الصيف تذهب إلى المكيفات، ومعظم المباني عندنا بلا عزل حراري، فنحن ندفع ثمن سوء البناء كل صيف',
        'direct',
        'نايف بن سالم العتيبي',
      ],
      ['أكثر من عشر مرات من دون أن يرد أحد', 'partial', 'أحد السكان'],
      ['كفاءة', 'mention', null],
    ],
  },
  {
    what: 'Sabq worker returns a lost wallet in " ": the byline run into the lede, a quoted hashtag, the police spokesman (العقيد) لـ"سبق": with a colon, then وأضاف: with no subject, then his family name in Sabq’s quotes with وأوضح "فلان" أن … "…" and داعياً … إلى "…", the worker with من جهته، قال … عبر مترجم:, a tweeter with كتب … على حسابه في "تويتر":',
    text: [
      'فهد العتيبي- سبق- الرياض: كرمت شرطة منطقة الرياض اليوم العامل البنغالي محمد عبدالكريم مياه، الذي عثر على محفظة تحوي 40 ألف ريال ووثائق رسمية في أحد مواقف مركز تجاري شمال الرياض، وسلمها إلى أقرب دورية أمنية، بعد أن تداول مغردون قصته تحت وسم "#العامل_الأمين".',
      'وقال الناطق الإعلامي لشرطة منطقة الرياض العقيد خالد بن سليمان الحمدان لـ"سبق": "ما فعله هذا العامل يعكس أمانة نعتز بها، وقد أوصلنا المحفظة إلى صاحبها خلال ساعتين من تسليمها بعد التعرف عليه من بطاقة الهوية".',
      'وأضاف: "التكريم رسالة لكل من يعمل على هذه الأرض، مواطناً كان أو مقيماً، بأن الأمانة لا تضيع".',
      'وأوضح "الحمدان" أن صاحب المحفظة، وهو رجل أعمال من سكان حي الملقا، "تنازل عن مكافأة مالية للعامل تقديراً لأمانته"، داعياً أفراد المجتمع إلى "تسليم أي مفقودات إلى أقرب مركز شرطة".',
      'من جهته، قال العامل محمد عبدالكريم مياه عبر مترجم: "لم أفكر لحظة في أن آخذ شيئاً منها، فالمال ليس مالي، وأمي علمتني أن الحرام لا يبارك فيه".',
      'فيما كتب المغرد عبدالله الشمري على حسابه في "تويتر": "هذا العامل أغنى من كثير ممن يملكون الملايين"، وحصدت تغريدته آلاف الإعادات خلال ساعات.',
    ].join('\n\n'),
    quotes: [
      ['#العامل_الأمين', 'mention', null],
      ['سبق', 'mention', null],
      [
        'ما فعله هذا العامل يعكس أمانة نعتز بها، وقد أوصلنا المحفظة إلى صاحبها خلال ساعتين من تسليمها بعد التعرف عليه من بطاقة الهوية',
        'direct',
        'خالد بن سليمان الحمدان',
      ],
      [
        'التكريم رسالة لكل من يعمل على هذه الأرض، مواطناً كان أو مقيماً، بأن الأمانة لا تضيع',
        'direct',
        'خالد بن سليمان الحمدان',
      ],
      ['الحمدان', 'mention', null],
      ['تنازل عن مكافأة مالية للعامل تقديراً لأمانته', 'partial', 'خالد بن سليمان الحمدان'],
      ['تسليم أي مفقودات إلى أقرب مركز شرطة', 'partial', 'خالد بن سليمان الحمدان'],
      [
        'لم أفكر لحظة في أن آخذ شيئاً منها، فالمال ليس مالي، وأمي علمتني أن الحرام لا يبارك فيه',
        'direct',
        'محمد عبدالكريم مياه',
      ],
      ['تويتر', 'mention', null],
      ['هذا العامل أغنى من كثير ممن يملكون الملايين', 'direct', 'عبدالله الشمري'],
    ],
  },
];

describe('probe 69: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'Reuters Arabic Nepal fuel shortage under the border blockade in " ": the city-(رويترز) dateline, the government in the lede with وقالت … إن, a background paragraph, the minister with his name before his post with إن and مضيفا أن, India’s foreign ministry through an unnamed spokesman with إن "…", a taxi driver with his age in brackets with إنه then وأضاف "…" with no colon, UNICEF with حذرت … من أن, an unnamed official of the oil corporation, the (إعداد …) line',
    text: [
      'كاتماندو (رويترز) - اصطفت طوابير من السيارات والدراجات النارية لمسافة كيلومترات أمام محطات الوقود في العاصمة النيبالية يوم الأحد بعد أن دخل الحصار غير المعلن على المعابر الحدودية مع الهند أسبوعه الثالث، وقالت الحكومة النيبالية إن مخزون البنزين "يكفي أقل من أسبوع".',
      'ويحتج سكان منطقة تيراي الجنوبية المتاخمة للهند منذ أسابيع على الدستور الجديد الذي يقولون إنه يهمش أقلية المادهيسي، وأغلقوا الطرق المؤدية إلى المعابر الرئيسية التي تمر منها معظم واردات نيبال من الوقود والأدوية.',
      'وقال راجندرا ماهارجان وزير التجارة النيبالي للصحفيين في كاتماندو إن بلاده "لن تقبل بأن تستخدم الإمدادات الأساسية أداة للضغط السياسي"، مضيفا أن الحكومة بدأت محادثات مع الصين "لاستيراد الوقود عبر الممرات الشمالية رغم صعوبتها".',
      'ونفت الهند أي دور لها في تعطيل الشحنات. وقال متحدث باسم وزارة الخارجية الهندية في نيودلهي إن "المشكلة على الجانب النيبالي من الحدود، وشاحناتنا لا تستطيع العبور بسبب الاحتجاجات وليس بسبب أي قرار من جانبنا".',
      'وفي طابور أمام محطة في حي ثاميل قال سائق سيارة الأجرة بيشنو شريستا (41 عاما) إنه ينتظر منذ الفجر. وأضاف "إذا لم أحصل على البنزين اليوم فلن أستطيع إطعام أطفالي هذا الأسبوع. كل ما نريده أن يتفق السياسيون".',
      'وحذرت منظمة الأمم المتحدة للطفولة (يونيسف) من أن نقص الوقود والأدوية "يعرض أكثر من ثلاثة ملايين طفل دون الخامسة لخطر الموت أو المرض" مع اقتراب فصل الشتاء في المناطق التي ضربها الزلزال في أبريل نيسان.',
      'وقال مسؤول في مؤسسة النفط النيبالية طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام إن المؤسسة "بدأت تقنين البيع للسيارات الخاصة بعشرة لترات كل أسبوعين".',
      '(إعداد رنا أبو زيد للنشرة العربية - تحرير أحمد صبحي)',
    ].join('\n\n'),
    quotes: [
      ['يكفي أقل من أسبوع', 'partial', 'الحكومة النيبالية'],
      ['لن تقبل بأن تستخدم الإمدادات الأساسية أداة للضغط السياسي', 'partial', 'راجندرا ماهارجان'],
      ['لاستيراد الوقود عبر الممرات الشمالية رغم صعوبتها', 'partial', 'راجندرا ماهارجان'],
      [
        'المشكلة على الجانب النيبالي من الحدود، وشاحناتنا لا تستطيع العبور بسبب الاحتجاجات وليس بسبب أي قرار من جانبنا',
        'partial',
        'وزارة الخارجية الهندية',
      ],
      [
        'إذا لم أحصل على البنزين اليوم فلن أستطيع إطعام أطفالي هذا الأسبوع. كل ما نريده أن يتفق السياسيون',
        'direct',
        'بيشنو شريستا',
      ],
      [
        'يعرض أكثر من ثلاثة ملايين طفل دون الخامسة لخطر الموت أو المرض',
        'partial',
        'منظمة الأمم المتحدة للطفولة',
      ],
      ['بدأت تقنين البيع للسيارات الخاصة بعشرة لترات كل أسبوعين', 'partial', 'مؤسسة النفط النيبالية'],
    ],
  },
  {
    what: 'Al Jazeera Net Mauritania’s law against slavery in " ": the name-city byline, the law’s quoted label in the lede, the justice minister أمام النواب إن and مؤكدا أن, a quoted NGO’s spokeswoman with اعتبرت … في حديث للجزيرة نت أن then وقالت:, a background paragraph, a former shepherd with his age in brackets with يروي … أنه … "…" then ويضيف "…" with no colon, a sociologist (الدكتور) with أما … فيرى أن and مشيرا إلى أن, المصدر : الجزيرة',
    text: [
      'في المقابل، اعتبرت الناطقة باسم منظمة "نجدة العبيد" مريم بنت الشيخ في حديث للجزيرة نت أن القانون "جيد على الورق"، وقالت: "لدينا قانون منذ 2007 ولم يدخل السجن بموجبه إلا شخص واحد، المشكلة ليست في النصوص بل في القضاة والإدارة الذين يرفضون تطبيقها".',
      'أما الباحث في علم الاجتماع الدكتور محمد الأمين ولد أحمدو فيرى أن القانون "خطوة متأخرة لكنها ضرورية"، مشيرا إلى أن مخلفات العبودية "تظهر اليوم في الفقر والأمية أكثر مما تظهر في الاستعباد المباشر".',
      'المصدر : الجزيرة',
    ].join('\n\n'),
    quotes: [
      ['نجدة العبيد', 'mention', null],
      ['جيد على الورق', 'partial', 'مريم بنت الشيخ'],
      [
        'لدينا قانون منذ 2007 ولم يدخل السجن بموجبه إلا شخص واحد، المشكلة ليست في النصوص بل في القضاة والإدارة الذين يرفضون تطبيقها',
        'direct',
        'مريم بنت الشيخ',
      ],
      ['خطوة متأخرة لكنها ضرورية', 'partial', 'محمد الأمين ولد أحمدو'],
      ['تظهر اليوم في الفقر والأمية أكثر مما تظهر في الاستعباد المباشر', 'partial', 'محمد الأمين ولد أحمدو'],
    ],
  },
  {
    what: 'Anadolu Arabic pearl mullet migration at Lake Van in " ": the city/name/الأناضول byline, the fish’s quoted name, the provincial director in apposition في حديث للأناضول، إن, then وأضاف + surname:, a professor (البروفيسورة) of a quoted university in apposition with من جهتها، أوضحت … أن and لافتة إلى أن, a festival’s quoted name, a photographer with a relative clause and للأناضول: before a quote opening with أن, the fish’s name again',
    text: [
      'وان/ محمد شاهين/ الأناضول',
      'بدأت أسماك "الإنجي كفالي" (سمك البوري اللؤلؤي) رحلة هجرتها السنوية من بحيرة وان، شرقي تركيا، إلى مياه الأنهار العذبة التي تصب فيها لوضع بيضها، في مشهد يجذب آلاف الزوار والمصورين كل ربيع.',
      'من جهتها، أوضحت الأستاذة في كلية مصايد الأسماك بجامعة "يوزونجو يل"، البروفيسورة فاطمة شن، أن الأسماك "تقفز فوق السدود الصغيرة التي أقيمت لها خصيصا كي تصل إلى مناطق التكاثر"، لافتة إلى أن جامعتها "تتابع أعداد الأسماك المهاجرة بالكاميرات منذ خمس سنوات".',
      'وتنظم بلدية أرجيش كل عام مهرجانا بعنوان "رحلة اللؤلؤ" بالتزامن مع موسم الهجرة، يتضمن جولات للزوار على ضفاف نهر دلي تشاي، حيث تتجمع الأسماك بكثافة عند الشلالات الصغيرة.',
      'وقال المصور أمره دوغان، الذي جاء من إسطنبول لتصوير الهجرة للعام الرابع على التوالي، للأناضول: "أن ترى آلاف الأسماك تقفز عكس التيار في وقت واحد مشهد لا يتكرر، ولهذا أعود كل ربيع".',
      'ويعد سمك "الإنجي كفالي" النوع الوحيد القادر على العيش في مياه بحيرة وان شديدة الملوحة والقلوية، ويشكل مصدر رزق لآلاف الأسر في المدن المطلة على البحيرة.',
    ].join('\n\n'),
    quotes: [
      ['الإنجي كفالي', 'mention', null],
      ['يوزونجو يل', 'mention', null],
      ['تقفز فوق السدود الصغيرة التي أقيمت لها خصيصا كي تصل إلى مناطق التكاثر', 'partial', 'فاطمة شن'],
      ['تتابع أعداد الأسماك المهاجرة بالكاميرات منذ خمس سنوات', 'partial', 'فاطمة شن'],
      ['رحلة اللؤلؤ', 'mention', null],
      [
        'أن ترى آلاف الأسماك تقفز عكس التيار في وقت واحد مشهد لا يتكرر، ولهذا أعود كل ربيع',
        'direct',
        'أمره دوغان',
      ],
      ['الإنجي كفالي', 'mention', null],
    ],
  },
  {
    what: 'DW Arabic Germany’s minimum wage half a year on in « »: a lede with تقول … إن «…», a background paragraph with a quoted slogan, the labour ministry’s spokesman in apposition with إن then وأضاف:, the hotel and restaurant association with يرى … أن «…», a café owner in apposition في حديث لـDW عربية:, a professor (البروفيسور) with أما … فاعتبر أن and مشيرا إلى أن, a Syrian refugee with a relative clause and a colon, DW’s initials line',
    text: [
      'بعد نحو ستة أشهر على دخول الحد الأدنى للأجور حيز التنفيذ في ألمانيا، تقول الحكومة الاتحادية إن المخاوف من خسارة مئات آلاف الوظائف «لم تتحقق»، فيما تشكو المطاعم الصغيرة وشركات سيارات الأجرة من أعباء جديدة.',
      'وكانت ألمانيا قد أقرت مطلع العام الجاري حدا أدنى للأجور قدره 8.50 يورو في الساعة، للمرة الأولى في تاريخها، وهو إصلاح دفع به الحزب الاشتراكي الديمقراطي، شريك المستشارة أنغيلا ميركل في الائتلاف الحاكم، تحت شعار «عمل عادل، أجر عادل».',
      'في المقابل، يرى اتحاد الفنادق والمطاعم الألماني (ديهوغا) أن قواعد توثيق ساعات العمل المرافقة للقانون «بيروقراطية خانقة». وقالت إنغريد هارتمان، صاحبة مقهى صغير في حي كرويتسبرغ ببرلين، في حديث لـDW عربية: «أقضي كل مساء ساعة في تعبئة جداول الحضور، ورفعت سعر فنجان القهوة عشرين سنتا لأن الزبائن هم من سيدفع في النهاية».',
      'أما البروفيسور توماس برينكمان من المعهد الألماني للأبحاث الاقتصادية في برلين فاعتبر أن الوقت «ما زال مبكرا للحكم»، مشيرا إلى أن أثر القانون «سيظهر بوضوح عندما يتباطأ الاقتصاد، لا في عام نمو كهذا».',
      'ويستفيد من الحد الأدنى للأجور، بحسب تقديرات النقابات، نحو أربعة ملايين عامل، بينهم عدد كبير من اللاجئين والمهاجرين الذين يعملون في المطاعم وخدمات التنظيف. وقال اللاجئ السوري باسل حمدان، الذي يعمل في مطبخ فندق بمدينة كولونيا: «في البداية لم يصدق صاحب العمل أنني أعرف حقي، اليوم أحصل على 8.50 يورو مثل زميلي الألماني».',
      'ع.ج.م/ ي.أ (د ب أ، DW)',
    ].join('\n\n'),
    quotes: [
      ['لم تتحقق', 'partial', 'الحكومة الاتحادية'],
      ['عمل عادل، أجر عادل', 'mention', null],
      ['بيروقراطية خانقة', 'partial', 'اتحاد الفنادق والمطاعم الألماني'],
      [
        'أقضي كل مساء ساعة في تعبئة جداول الحضور، ورفعت سعر فنجان القهوة عشرين سنتا لأن الزبائن هم من سيدفع في النهاية',
        'direct',
        'إنغريد هارتمان',
      ],
      ['ما زال مبكرا للحكم', 'partial', 'توماس برينكمان'],
      ['سيظهر بوضوح عندما يتباطأ الاقتصاد، لا في عام نمو كهذا', 'partial', 'توماس برينكمان'],
      [
        'في البداية لم يصدق صاحب العمل أنني أعرف حقي، اليوم أحصل على 8.50 يورو مثل زميلي الألماني',
        'direct',
        'باسل حمدان',
      ],
    ],
  },
  {
    what: 'RT Arabic work begins on the Crimea bridge in « »: a lede with no quote, the deputy director in apposition للصحفيين إن «…» and مؤكدا أن «…», then وأضاف + surname:, the ferry crossing’s administration with من جانبها، ذكرت … في بيان أن and مشيرة إلى أن, a lorry driver in apposition with a relative clause لمراسل RT:, نقلت وكالة «تاس» عن مصدر في وزارة النقل قوله إن, a closing يذكر أن with a quoted company, RT’s source line',
    text: [
      'بدأت الشركة المنفذة لمشروع جسر القرم أعمال الحفر الاستكشافية في مضيق كيرتش، فيما لا تزال طوابير الشاحنات والسيارات تمتد لكيلومترات أمام معبر كيرتش للعبارات، الذي يبقى الرابط شبه الوحيد بين شبه الجزيرة وإقليم كراسنودار الروسي.',
      'من جانبها، ذكرت إدارة معبر كيرتش للعبارات في بيان أن العبارات «نقلت منذ مطلع الصيف أكثر من مليون مسافر»، مشيرة إلى أن فترات الانتظار «تقلصت إلى ثلاث ساعات بعد تشغيل عبارتين جديدتين».',
      'ونقلت وكالة «تاس» عن مصدر في وزارة النقل الروسية قوله إن تكلفة المشروع «لن تتجاوز 228 مليار روبل رغم تراجع سعر صرف العملة».',
      'يذكر أن شبه جزيرة القرم انضمت إلى روسيا في مارس 2014 بعد استفتاء لم تعترف به كييف والدول الغربية، التي فرضت عقوبات على الشركات المشاركة في المشروع، ومنها شركة «ستروي غاز مونتاج».',
      'المصدر: RT + وكالات',
    ].join('\n\n'),
    quotes: [
      ['نقلت منذ مطلع الصيف أكثر من مليون مسافر', 'partial', 'إدارة معبر كيرتش للعبارات'],
      ['تقلصت إلى ثلاث ساعات بعد تشغيل عبارتين جديدتين', 'partial', 'إدارة معبر كيرتش للعبارات'],
      ['تاس', 'mention', null],
      ['لن تتجاوز 228 مليار روبل رغم تراجع سعر صرف العملة', 'partial', 'وزارة النقل الروسية'],
      ['ستروي غاز مونتاج', 'mention', null],
    ],
  },
];

describe('probe 69: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'Al-Madina misting fans, split out: an Indonesian visitor with her three-part name and a relative clause before the colon (قالت الزائرة الإندونيسية فلانة، التي …: "…")',
    text: [
      'وفي الساحة الغربية، قالت الزائرة الإندونيسية سيتي نور حليزة، التي جاءت مع والدتها ضمن رحلة عمرة: "لم أتوقع أن يكون الحر بهذه الشدة، لكن الرذاذ يجعل الانتظار بين الصلاتين ممكناً".',
    ].join('\n\n'),
    quotes: [
      [
        'لم أتوقع أن يكون الحر بهذه الشدة، لكن الرذاذ يجعل الانتظار بين الصلاتين ممكناً',
        'direct',
        'سيتي نور حليزة',
      ],
    ],
  },
];

describe('probe 69: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Mauritania slavery law, split out: the byline and the lede with the law’s label (قانون جديد يعتبر العبودية "…") and no speaker in the sentence, then the justice minister أمام النواب إن "…" and مؤكدا أن "…"',
    text: [
      'محمد ولد عبد الله-نواكشوط',
      'صادق البرلمان الموريتاني أمس الخميس على قانون جديد يعتبر العبودية "جريمة ضد الإنسانية" لا تسقط بالتقادم، ويرفع عقوبة ممارستها إلى السجن عشرين عاما، في خطوة رحبت بها الحكومة وقابلتها منظمات حقوقية بالتشكيك.',
      'وقال وزير العدل سيدي محمد ولد المختار أمام النواب إن القانون "يضع حدا للجدل حول وجود الظاهرة، ويمنح الضحايا حق التقاضي عبر الجمعيات دون انتظار شكوى فردية"، مؤكدا أن محاكم خاصة "ستنشأ في ثلاث ولايات للنظر في هذه القضايا".',
    ].join('\n\n'),
    quotes: [
      ['جريمة ضد الإنسانية', 'mention', null],
      [
        'يضع حدا للجدل حول وجود الظاهرة، ويمنح الضحايا حق التقاضي عبر الجمعيات دون انتظار شكوى فردية',
        'partial',
        'سيدي محمد ولد المختار',
      ],
      ['ستنشأ في ثلاث ولايات للنظر في هذه القضايا', 'partial', 'سيدي محمد ولد المختار'],
    ],
  },
  {
    what: 'Mauritania slavery law, split out: a background paragraph, then a former shepherd with his age in brackets with يروي … أنه … "…" and ويضيف "…" with no colon',
    text: [
      'وكانت موريتانيا آخر دولة في العالم تلغي العبودية رسميا عام 1981، ولم تجرمها إلا عام 2007، وتقدر منظمات دولية عدد من يعيشون في ظروف الرق فيها بعشرات الآلاف، وهو رقم ترفضه الحكومة.',
      'وفي حي الترحيل بضواحي نواكشوط، يروي السالك ولد امبارك (52 عاما) أنه عمل راعيا لدى أسرة في الشرق حتى بلغ الثلاثين "دون أجر ودون أن أعرف أن لي حقا في الرحيل"، ويضيف "لم أتعلم القراءة، وأولادي اليوم في المدرسة، وهذا هو انتقامي الوحيد".',
    ].join('\n\n'),
    quotes: [
      ['دون أجر ودون أن أعرف أن لي حقا في الرحيل', 'partial', 'السالك ولد امبارك'],
      ['لم أتعلم القراءة، وأولادي اليوم في المدرسة، وهذا هو انتقامي الوحيد', 'direct', 'السالك ولد امبارك'],
    ],
  },
  {
    what: 'Lake Van pearl mullet, split out: the ministry’s provincial director named after his post in commas (وقال مدير فرع …، أيدن قره كوش، في حديث للأناضول، إن "…"), then وأضاف + surname:',
    text: [
      'وقال مدير فرع وزارة الغذاء والزراعة والثروة الحيوانية في ولاية وان، أيدن قره كوش، في حديث للأناضول، إن السلطات "فرضت حظرا تاما على صيد هذه الأسماك حتى منتصف يوليو/تموز، ونشرت فرقا على ضفاف الأنهار على مدار الساعة".',
      'وأضاف قره كوش: "هذا النوع لا يعيش في أي مكان آخر في العالم، وقد كان مهددا بالانقراض قبل عشرين عاما بسبب الصيد الجائر، أما اليوم فقد تضاعفت أعداده بفضل الحظر الموسمي".',
    ].join('\n\n'),
    quotes: [
      [
        'فرضت حظرا تاما على صيد هذه الأسماك حتى منتصف يوليو/تموز، ونشرت فرقا على ضفاف الأنهار على مدار الساعة',
        'partial',
        'أيدن قره كوش',
      ],
      [
        'هذا النوع لا يعيش في أي مكان آخر في العالم، وقد كان مهددا بالانقراض قبل عشرين عاما بسبب الصيد الجائر، أما اليوم فقد تضاعفت أعداده بفضل الحظر الموسمي',
        'direct',
        'أيدن قره كوش',
      ],
    ],
  },
  {
    what: 'German minimum wage, split out: the labour ministry’s spokesman named first, his post in apposition (وقال فلان، المتحدث باسم وزارة …، في برلين إن «…»), then وأضاف:',
    text: [
      'وقال كريستيان فالتر، المتحدث باسم وزارة العمل الاتحادية، في برلين إن عدد العاملين بعقود خاضعة للتأمين الاجتماعي «ارتفع بنحو 700 ألف مقارنة بالعام الماضي»، وأضاف: «الحد الأدنى للأجور لم يقتل الوظائف كما تنبأ كثيرون، بل حول جزءا من الوظائف الصغيرة إلى عقود منتظمة».',
    ].join('\n\n'),
    quotes: [
      ['ارتفع بنحو 700 ألف مقارنة بالعام الماضي', 'partial', 'كريستيان فالتر'],
      [
        'الحد الأدنى للأجور لم يقتل الوظائف كما تنبأ كثيرون، بل حول جزءا من الوظائف الصغيرة إلى عقود منتظمة',
        'direct',
        'كريستيان فالتر',
      ],
    ],
  },
  {
    what: 'Crimea bridge, split out: the deputy director named after his post in commas (وقال نائب مدير المشروع، فلان، للصحفيين إن «…» and مؤكدا أن «…»), then وأضاف + surname:',
    text: [
      'وقال نائب مدير المشروع، فاليري تشيرنيشوف، للصحفيين إن أعمال البناء «تسير وفق الجدول الزمني، وسيتم افتتاح حركة السيارات على الجسر في ديسمبر 2018»، مؤكدا أن تصميم الجسر «يأخذ في الاعتبار النشاط الزلزالي في المنطقة وتحركات الجليد في المضيق شتاء».',
      'وأضاف تشيرنيشوف: «نتحدث عن أطول جسر في روسيا، بطول 19 كيلومترا، وسيضم مسارين منفصلين، أحدهما للسيارات والآخر للسكك الحديدية».',
    ].join('\n\n'),
    quotes: [
      [
        'تسير وفق الجدول الزمني، وسيتم افتتاح حركة السيارات على الجسر في ديسمبر 2018',
        'partial',
        'فاليري تشيرنيشوف',
      ],
      [
        'يأخذ في الاعتبار النشاط الزلزالي في المنطقة وتحركات الجليد في المضيق شتاء',
        'partial',
        'فاليري تشيرنيشوف',
      ],
      [
        'نتحدث عن أطول جسر في روسيا، بطول 19 كيلومترا، وسيضم مسارين منفصلين، أحدهما للسيارات والآخر للسكك الحديدية',
        'direct',
        'فاليري تشيرنيشوف',
      ],
    ],
  },
  {
    what: 'Crimea bridge, split out: a lorry driver named after his job, a relative clause with a place-to-place route after his name (الذي ينقل الخضار من … إلى …) and لمراسل RT في …: «…»',
    text: [
      'وقال سائق الشاحنة ألكسندر كوفالينكو، الذي ينقل الخضار من كراسنودار إلى سيمفيروبول، لمراسل RT في ميناء كافكاز: «انتظرت في المرة الماضية يومين كاملين، الجسر هو الحل الوحيد، ونحن نعد الأيام حتى افتتاحه».',
    ].join('\n\n'),
    quotes: [
      [
        'انتظرت في المرة الماضية يومين كاملين، الجسر هو الحل الوحيد، ونحن نعد الأيام حتى افتتاحه',
        'direct',
        'ألكسندر كوفالينكو',
      ],
    ],
  },
];

describe('probe 69: international passages split out', () => {
  runRows(internationalSplitRows);
});
