/**
 * A fifty-sixth probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw. Each article imitates as closely as it can the copy its desk
 * really files: its byline or dateline, the lede as it writes it, its strings of titles and honorifics, its
 * way of naming a person the second time (family name, surname, معاليه, a title alone), its cue verbs,
 * participles and connectives, its marks and credits, long sentences of several clauses, relays, statements
 * of bodies, people quoted by description or first name only, quoted names and a background paragraph.
 *
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Al-Yaum on dead fish washed up on the Sayhat corniche (a place-dash-name byline, a quoted hashtag in the
 * lede, the environment presidency's Eastern Province director (المهندس) لـ«اليوم» with إن, then وأضاف +
 * family name:, a sixty-year-old fisherman with ويقول الصياد … لـ«اليوم»:, a marine-science professor
 * (الدكتور) with من جهته، أرجع … إلى ما يعرف بـ«…» and موضحاً أن, then وختم + family name حديثه بالقول:, a
 * closing يذكر أن with the municipality's call دعت … إلى «…»), Al-Sharq on Indonesia's halt of domestic
 * workers (quotes in “ ” and the paper's name in « », a dash byline, a lede with no quote, the labour
 * ministry's spokesman لـ«الشرق» with أوضح … أن and مبيناً أن, then ولفت + family name إلى أن … وقال:, an
 * investor by description (مستثمر في قطاع الاستقدام، فضّل عدم ذكر اسمه،) with إن then وأضاف:, a woman by
 * her kunya with أما المواطنة …، وهي …، فقالت:, the national recruitment committee with وكانت … قد طالبت …
 * بـ“…” and مؤكدة أن, a closing يذكر أن with ما وصفته بـ“…”), Al-Watan on baboons raiding villages around
 * Al-Namas (a city-colon byline, a lede with no quote, a villager (المواطن) with his village in apposition
 * and ويروي … أن, then وأضاف: with no subject, the wildlife authority's reserves director (الدكتور) with من
 * جانبه، أوضح … أن and لافتاً إلى أن, then وبين + family name أن and داعياً … إلى "…", the mayor (المهندس) with
 * وفي تصريح لـ"الوطن"، قال …:, a woman teacher tweeting under a quoted hashtag with a colon), Al-Marsd on a
 * young man who returned a bag of cash (the paper's صحيفة المرصد: lede, a quoted app in « » among " ", the
 * young man with his age in brackets and وروى … قائلاً:, then وأضاف + family name:, a paper's relay of the
 * Pakistani owner in apposition with نقلت صحيفة "…" عن …، …، قوله إن, then وتابع + family name:, the police
 * spokesman (العقيد) with صرح … بأن and مشدداً على أن, a preacher (الداعية الشيخ) with a relative clause
 * الذي كتب:, a quoted hashtag, a closing يذكر أن with no quote) and SPA on the desalination plants of Jubail
 * (SPA's Hijri-and-Gregorian dateline line, معالي … المهندس in the lede with أكد … أن and مشيراً إلى أن, a
 * project's quoted name, وقال معاليه في تصريح لوكالة الأنباء السعودية:, وأضاف أن with no subject and داعياً
 * … إلى "…", the plants' director general (المهندس) with من جانبه، أوضح … أن then وقال:, ونوه معالي
 * المحافظ بـ"…" with the title alone, a closing يذكر أن with no quote).
 *
 * Five are in the voices of international outlets: RT Arabic on the forest fires around Lake Baikal (a lede
 * with no quote, the emergencies ministry's spokesman in apposition with إن and مضيفا أن, an aircraft type
 * in " " nested in « », then وأضاف + surname في حديث لـRT:, the aerial forest service with its quoted short
 * name and ذكرت … في بيان أن, Greenpeace's quoted name and its forest programme head in apposition with إن,
 * a retired teacher with her description after her name (، وهي …،) لمراسل RT:, the republic's prime minister
 * with وكان … قد حذر … من أن and داعيا … إلى «…», RT's source line), DW Arabic on Lufthansa's compensation
 * offer to the Germanwings families (the flight's quoted name in the lede, a lawyer (المحامي) with a relative
 * clause at a press conference with إن then مضيفا:, Lufthansa's statement with قالت … في بيان إنها, its
 * spokeswoman in apposition لـDW with أكدت … أن then وتابعت:, the headmaster of a quoted school in apposition
 * with إن then وأضاف:, a mother with a relative clause and a colon, a background paragraph, DW's
 * initials-and-agencies line), Sky News Arabia on the naming of the Emirati Mars probe (its city-dash-outlet
 * dateline, the probe's quoted name in the lede, the project director (المهندس) in apposition at a press
 * conference with إن then مضيفا:, the space agency with أكدت … في بيان أن and في مهمة قالت إنها "…", an
 * American professor (البروفيسور) with ويرى …، من …، أن then وقال لسكاي نيوز عربية:, a woman student with a
 * relative clause and a colon, a quoted hashtag, a background paragraph), France 24 on the Air France
 * managers attacked by strikers (a lede with no quote, the company's statement with قالت … في بيان إنها and
 * معتبرة أن, an executive in apposition to a quoted radio with a colon, a union's quoted name and its
 * delegate in apposition with رأى … أن then واستدرك قائلا: with a question, the prime minister by title
 * alone with وصف … بأنه «…» and مؤكدا أن, a pilot by first name with وهو … لفرانس24:, a background paragraph,
 * the agency line) and Al Jazeera Net on the Renaissance Dam talks in Khartoum (a name-dash-city byline, a
 * lede with no quote, the Sudanese minister in apposition at a press conference with إن and مؤكدا أن, the
 * Egyptian minister (الدكتور) with أبدى … قلق بلاده من "…" then وقال للصحفيين:, the Ethiopian agency's relay
 * of the chief negotiator in apposition with قوله إن … "…"، وإن … "…", a professor (البروفيسور) with ويرى
 * …، …، أن then وأوضح للجزيرة نت أن, a farmer with a relative clause and a colon, a treaty's quoted name in
 * the background paragraph). Quotes in « » (Al-Yaum, RT, DW, France 24), “ ” with « » (Al-Sharq), " "
 * (Al-Watan, SPA, Sky News Arabia, Al Jazeera Net) and " " with « » (Al-Marsd), as each desk marks them.
 *
 * Every person and quote is invented here (places, bodies, companies, the probe, the apps and the treaty
 * are real); no person of the seed appears, and no row was tuned on the corpus. The expectations come from
 * reading each article as a person would, under the annotation rules of ../shared/corpus/README.md (speaker
 * = the fullest name the article gives, without title, rank, role, nationality or honorific; a body for its
 * statement or call; a relayed quote to the person relayed; a description when the article gives no name
 * (مستثمر في قطاع الاستقدام), a title alone when it gives no name (رئيس الوزراء الفرنسي), a first name or a
 * kunya when that is all it gives; names of papers, radios, apps, projects, aircraft, services, unions,
 * schools, flights, probes, treaties, terms and hashtags are mentions with no speaker), and were written
 * before the engine was run on them.
 *
 * The file as first committed (34a1253), one row per article, was scored with `npm run probe-score -- HEAD~1`
 * before any row was run (probe56: 4/10 rows, 59/76 speech quotes, 21/21 mentions; by hand from the rows,
 * Saudi 2/5 rows, 28/38 speech, 10/10 mentions, international 2/5 rows, 31/38 speech, 11/11 mentions). The
 * engine read every span right; all its misses are of attribution. After the run each failing row was read
 * again against the rules and no expectation was corrected: where the engine credits a clause between commas
 * (فضّل عدم ذكر اسمه), a description (صاحب الحقيبة، مقيم باكستاني), a title (أستاذ …), a phrase of the lede
 * (عرض لوفتهانزا) or a shortened name rather than the fullest name the article gives, the rows keep the
 * reading of the corpus rules. Then each passage the engine misreads was split out of its article into a row
 * of its own (the tables of split rows below), with the paragraphs before it that its misreading needs (the
 * Al-Marsd lede before the young man, the police spokesman before the preacher, the DW lede before
 * Lufthansa's statement, the fisherman before the professor) and the paragraphs after it that need it; the
 * Al-Yaum director, read right, moved with the fisherman because the rest of that article without the
 * fisherman's «اليوم» has the engine read the director's «اليوم» as his partial, and the Al-Marsd article is
 * split whole into three rows. The rest of each article is kept as written. Every paragraph and expectation
 * of the ten articles is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Yaum dead fish on the Sayhat corniche in « »: a place-dash-name byline, a quoted hashtag in the lede, a closing يذكر أن with the municipality’s دعت … إلى «…»; the director, the fisherman and the professor are split out below (the engine misreads the last two)',
    text: [
      'سيهات - زكريا آل حمود',
      'استيقظ أهالي سيهات ومرتادو كورنيشها صباح أمس على آلاف الأسماك النافقة التي قذفتها الأمواج على امتداد نحو ثلاثة كيلومترات من الشاطئ، في مشهد تناقله المغردون عبر وسم «#نفوق_الأسماك_بسيهات»، فيما سارعت فرق البلدية إلى جمعها ونقلها خشية انبعاث الروائح مع ارتفاع درجات الحرارة.',
      'يذكر أن بلدية محافظة القطيف أعلنت مساء أمس أنها جمعت أكثر من 12 طناً من الأسماك النافقة، ودعت مرتادي الكورنيش إلى «عدم السباحة أو الصيد في المنطقة حتى إشعار آخر».',
    ].join('\n\n'),
    quotes: [
      ['#نفوق_الأسماك_بسيهات', 'mention', null],
      ['عدم السباحة أو الصيد في المنطقة حتى إشعار آخر', 'partial', 'بلدية محافظة القطيف'],
    ],
  },
  {
    what: 'Al-Sharq Indonesia halts domestic workers in “ ” with «الشرق»: a dash byline, a lede with no quote, the labour ministry’s spokesman لـ«الشرق» with أوضح … أن and مبيناً أن, then ولفت + family name إلى أن … وقال:, a woman by her kunya with أما المواطنة …، وهي …، فقالت:, a closing يذكر أن with ما وصفته بـ“…”; the investor and the recruitment committee the engine misreads are split out below',
    text: [
      'الرياض ـ نورة الشهري',
      'دخل قرار الحكومة الإندونيسية وقف إرسال العمالة المنزلية إلى 21 دولة في الشرق الأوسط، بينها المملكة، حيز التنفيذ مطلع الشهر الجاري، وسط توقعات بارتفاع تكاليف الاستقدام من دول أخرى، وشكاوى من أسر تنتظر عاملاتها منذ أشهر.',
      'وأوضح المتحدث الرسمي لوزارة العمل سلطان بن حمد العويضي لـ«الشرق» أن الوزارة “تتابع مع الجانب الإندونيسي أوضاع التأشيرات التي صدرت قبل القرار، وعددها يتجاوز أربعة آلاف تأشيرة”، مبيناً أن أصحاب هذه التأشيرات “يمكنهم استرداد رسومها أو تحويلها إلى دولة أخرى دون أي مقابل”.',
      'ولفت العويضي إلى أن الوزارة وقعت خلال العام الجاري اتفاقيات لاستقدام العمالة المنزلية مع عدة دول، وقال: “نعمل على فتح أسواق جديدة في إفريقيا وآسيا، ولن تبقى الأسر رهينة لقرار دولة واحدة”.',
      'أما المواطنة أم عبدالرحمن، وهي موظفة وأم لأربعة أطفال، فقالت: “دفعت رسوم التأشيرة في رمضان الماضي وانتظرت ستة أشهر، ثم أبلغني المكتب أن العاملة لن تأتي، ولم يعرض علي أحد حلاً حتى الآن”.',
      'يذكر أن الحكومة الإندونيسية أعلنت في مايو الماضي وقف إرسال العمالة المنزلية إلى دول المنطقة، وأرجعت ذلك إلى ما وصفته بـ“ضعف الحماية القانونية” للعاملات في هذه الدول.',
    ].join('\n\n'),
    quotes: [
      ['الشرق', 'mention', null],
      [
        'تتابع مع الجانب الإندونيسي أوضاع التأشيرات التي صدرت قبل القرار، وعددها يتجاوز أربعة آلاف تأشيرة',
        'partial',
        'سلطان بن حمد العويضي',
      ],
      ['يمكنهم استرداد رسومها أو تحويلها إلى دولة أخرى دون أي مقابل', 'partial', 'سلطان بن حمد العويضي'],
      [
        'نعمل على فتح أسواق جديدة في إفريقيا وآسيا، ولن تبقى الأسر رهينة لقرار دولة واحدة',
        'direct',
        'سلطان بن حمد العويضي',
      ],
      [
        'دفعت رسوم التأشيرة في رمضان الماضي وانتظرت ستة أشهر، ثم أبلغني المكتب أن العاملة لن تأتي، ولم يعرض علي أحد حلاً حتى الآن',
        'direct',
        'أم عبدالرحمن',
      ],
      ['ضعف الحماية القانونية', 'partial', 'الحكومة الإندونيسية'],
    ],
  },
  {
    what: 'Al-Watan baboons raiding villages around Al-Namas in " ": a city-colon byline, a lede with no quote, a villager (المواطن) with his village in apposition and ويروي … أن, then وأضاف: with no subject, the wildlife authority’s reserves director (الدكتور) with من جانبه، أوضح … أن and لافتاً إلى أن, then وبين + family name أن and داعياً … إلى "…", the mayor (المهندس) with وفي تصريح لـ"الوطن"، قال …:, a woman teacher tweeting under a quoted hashtag with a colon',
    text: [
      'النماص: علي آل شايع',
      'تحولت قرود البابون في عدد من قرى محافظة النماص إلى مصدر قلق يومي للأهالي، بعد أن باتت تقتحم المنازل والمزارع في وضح النهار، وتعبث بخزانات المياه وحاويات النفايات، وسط مطالبات بتدخل عاجل من الجهات المختصة.',
      'ويروي المواطن عبدالله بن مشبب الشهري، من سكان قرية آل سرحان، أن مجموعة من القرود "دخلت المطبخ من النافذة المفتوحة وأفرغت الثلاجة في دقائق، وحين حاولت زوجتي إبعادها هاجمتها واحدة منها وخدشت يدها". وأضاف: "أصبحنا لا نترك الأطفال يلعبون خارج البيت، ونغلق الأبواب والنوافذ حتى في عز الصيف".',
      'من جانبه، أوضح مدير إدارة المحميات في الهيئة السعودية للحياة الفطرية الدكتور مازن بن سعيد الغامدي أن أعداد القرود في جبال السروات "تضاعفت خلال العقدين الماضيين بسبب إطعام المتنزهين لها وتوفر النفايات قرب التجمعات السكانية"، لافتاً إلى أن الهيئة "تنفذ بالتعاون مع وزارة الشؤون البلدية والقروية برنامجاً تجريبياً لتعقيم الإناث في محافظتي النماص وتنومة".',
      'وبين الغامدي أن إعدام القرود "ليس حلاً، لأن المجموعات الأخرى تملأ الفراغ سريعاً"، داعياً المتنزهين إلى "التوقف عن إطعامها، فكل قطعة خبز تلقى لها تجعلها أجرأ على الاقتراب من البشر".',
      'وفي تصريح لـ"الوطن"، قال رئيس بلدية النماص المهندس سعد بن محمد آل مفلح: "وفرنا حاويات نفايات مغلقة في القرى الأكثر تضرراً، ونكثف رفع النفايات مرتين يومياً، لكن المشكلة أكبر من قدرة البلدية وحدها".',
      'وتداول مغردون مقطع فيديو يظهر قرداً يحمل كيس خبز ويقفز به فوق سور مدرسة في تنومة، فيما غردت المعلمة نورة بنت علي العمري تحت وسم "#قرود_النماص": "القرود تتسوق قبلنا، وتختار الخبز الطازج أيضاً".',
    ].join('\n\n'),
    quotes: [
      [
        'دخلت المطبخ من النافذة المفتوحة وأفرغت الثلاجة في دقائق، وحين حاولت زوجتي إبعادها هاجمتها واحدة منها وخدشت يدها',
        'partial',
        'عبدالله بن مشبب الشهري',
      ],
      [
        'أصبحنا لا نترك الأطفال يلعبون خارج البيت، ونغلق الأبواب والنوافذ حتى في عز الصيف',
        'direct',
        'عبدالله بن مشبب الشهري',
      ],
      [
        'تضاعفت خلال العقدين الماضيين بسبب إطعام المتنزهين لها وتوفر النفايات قرب التجمعات السكانية',
        'partial',
        'مازن بن سعيد الغامدي',
      ],
      [
        'تنفذ بالتعاون مع وزارة الشؤون البلدية والقروية برنامجاً تجريبياً لتعقيم الإناث في محافظتي النماص وتنومة',
        'partial',
        'مازن بن سعيد الغامدي',
      ],
      ['ليس حلاً، لأن المجموعات الأخرى تملأ الفراغ سريعاً', 'partial', 'مازن بن سعيد الغامدي'],
      [
        'التوقف عن إطعامها، فكل قطعة خبز تلقى لها تجعلها أجرأ على الاقتراب من البشر',
        'partial',
        'مازن بن سعيد الغامدي',
      ],
      ['الوطن', 'mention', null],
      [
        'وفرنا حاويات نفايات مغلقة في القرى الأكثر تضرراً، ونكثف رفع النفايات مرتين يومياً، لكن المشكلة أكبر من قدرة البلدية وحدها',
        'direct',
        'سعد بن محمد آل مفلح',
      ],
      ['#قرود_النماص', 'mention', null],
      ['القرود تتسوق قبلنا، وتختار الخبز الطازج أيضاً', 'direct', 'نورة بنت علي العمري'],
    ],
  },
  {
    what: 'SPA desalination plants of Jubail in " ": SPA’s dateline line, معالي … المهندس in the lede with أكد … أن and مشيراً إلى أن, a project’s quoted name, وقال معاليه في تصريح لوكالة الأنباء السعودية:, وأضاف أن with no subject and داعياً … إلى "…", the plants’ director general (المهندس) with من جانبه، أوضح … أن then وقال:, ونوه معالي المحافظ بـ"…" with the title alone, a closing يذكر أن',
    text: [
      'الجبيل 18 شوال 1436 هـ الموافق 03 أغسطس 2015 م واس',
      'أكد معالي محافظ المؤسسة العامة لتحلية المياه المالحة المهندس سليمان بن عبدالعزيز الخريجي أن محطات المؤسسة على الساحلين الشرقي والغربي "تعمل بكامل طاقتها الإنتاجية لتلبية الطلب المتزايد على المياه خلال فصل الصيف"، مشيراً إلى أن إنتاج المؤسسة تجاوز أمس 4.6 ملايين متر مكعب، وهو أعلى إنتاج يومي في تاريخها.',
      'جاء ذلك خلال جولة تفقدية قام بها معاليه اليوم على محطات التحلية والكهرباء في الجبيل، اطلع خلالها على سير العمل في مشروع "الجبيل 3" وعلى أعمال الصيانة الدورية في وحدات المرحلة الثانية.',
      'وقال معاليه في تصريح لوكالة الأنباء السعودية: "المؤسسة أنجزت أعمال الصيانة المجدولة لجميع الوحدات قبل دخول الصيف، ولم تسجل أي توقفات مؤثرة في الإمدادات منذ بداية شهر رمضان المبارك، رغم ارتفاع الاستهلاك بنسبة 12 في المئة عن العام الماضي".',
      'وأضاف أن المؤسسة "ماضية في تنفيذ خطتها لرفع الطاقة الإنتاجية إلى ستة ملايين متر مكعب يومياً بحلول عام 2020"، داعياً المواطنين والمقيمين إلى "ترشيد الاستهلاك والمحافظة على هذه النعمة".',
      'من جانبه، أوضح مدير عام محطات التحلية بالجبيل المهندس عادل بن حمد السبيعي أن المحطات "تنتج حالياً أكثر من 1.4 مليون متر مكعب يومياً، يضخ معظمها إلى مدينة الرياض عبر خطوط نقل يبلغ طولها 460 كيلومتراً"، وقال: "فرق التشغيل تعمل على مدار الساعة في ثلاث نوبات، ولكل وحدة لدينا وحدة احتياطية تدخل الخدمة خلال دقائق عند الحاجة".',
      'وفي ختام الجولة، نوه معالي المحافظ بـ"الدعم الكبير الذي يحظى به قطاع المياه من حكومة خادم الحرمين الشريفين"، مثمناً جهود منسوبي المؤسسة العاملين في المحطات.',
      'يذكر أن المؤسسة العامة لتحلية المياه المالحة تدير 27 محطة على ساحلي الخليج العربي والبحر الأحمر، وتعد أكبر منتج للمياه المحلاة في العالم.',
    ].join('\n\n'),
    quotes: [
      [
        'تعمل بكامل طاقتها الإنتاجية لتلبية الطلب المتزايد على المياه خلال فصل الصيف',
        'partial',
        'سليمان بن عبدالعزيز الخريجي',
      ],
      ['الجبيل 3', 'mention', null],
      [
        'المؤسسة أنجزت أعمال الصيانة المجدولة لجميع الوحدات قبل دخول الصيف، ولم تسجل أي توقفات مؤثرة في الإمدادات منذ بداية شهر رمضان المبارك، رغم ارتفاع الاستهلاك بنسبة 12 في المئة عن العام الماضي',
        'direct',
        'سليمان بن عبدالعزيز الخريجي',
      ],
      [
        'ماضية في تنفيذ خطتها لرفع الطاقة الإنتاجية إلى ستة ملايين متر مكعب يومياً بحلول عام 2020',
        'partial',
        'سليمان بن عبدالعزيز الخريجي',
      ],
      ['ترشيد الاستهلاك والمحافظة على هذه النعمة', 'partial', 'سليمان بن عبدالعزيز الخريجي'],
      [
        'تنتج حالياً أكثر من 1.4 مليون متر مكعب يومياً، يضخ معظمها إلى مدينة الرياض عبر خطوط نقل يبلغ طولها 460 كيلومتراً',
        'partial',
        'عادل بن حمد السبيعي',
      ],
      [
        'فرق التشغيل تعمل على مدار الساعة في ثلاث نوبات، ولكل وحدة لدينا وحدة احتياطية تدخل الخدمة خلال دقائق عند الحاجة',
        'direct',
        'عادل بن حمد السبيعي',
      ],
      [
        'الدعم الكبير الذي يحظى به قطاع المياه من حكومة خادم الحرمين الشريفين',
        'partial',
        'سليمان بن عبدالعزيز الخريجي',
      ],
    ],
  },
];

describe('probe 56: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'dead fish, split out: the director لـ«اليوم» with إن then وأضاف + family name:, a fisherman with ويقول الصياد الستيني فلان لـ«اليوم»:, a professor (الدكتور) whose name runs into the object (أرجع … الدكتور فلان الظاهرة إلى ما يعرف بـ«…») with موضحاً أن, then وختم + family name حديثه بالقول:',
    text: [
      'وقال مدير عام فرع الرئاسة العامة للأرصاد وحماية البيئة بالمنطقة الشرقية المهندس فيصل بن ناصر الدوسري لـ«اليوم» إن فرق الرئاسة «أخذت عينات من المياه ومن الأسماك النافقة وأرسلتها إلى المختبر المركزي بالدمام، والنتائج الأولية تشير إلى انخفاض حاد في نسبة الأكسجين الذائب في المياه الضحلة».',
      'وأضاف الدوسري: «لم نرصد حتى الآن ما يدل على تسرب نفطي أو صرف صناعي في الموقع، لكننا لن نستبعد أي احتمال قبل صدور النتائج النهائية خلال أسبوع».',
      'ويقول الصياد الستيني علي حسن المرهون لـ«اليوم»: «أعمل في البحر منذ ثلاثين سنة، ورأيت هذا قبل سنوات لكن ليس بهذا الحجم، والناس لن تشتري السمك من السوق أسبوعاً على الأقل، ونحن من سيدفع الثمن».',
      'من جهته، أرجع أستاذ علوم البحار في جامعة الملك فهد للبترول والمعادن الدكتور حسن بن عيسى البناي الظاهرة إلى ما يعرف بـ«المد الأحمر»، موضحاً أن ارتفاع حرارة المياه في الخليج خلال أغسطس «يسرع تكاثر الطحالب الدقيقة التي تستهلك الأكسجين ليلاً، فتختنق الأسماك في المناطق المغلقة والضحلة».',
      'وختم البناي حديثه بالقول: «الحل ليس في جمع الأسماك بعد نفوقها، بل في مراقبة مستمرة لجودة المياه على طول الساحل، وإنذار مبكر يتيح للصيادين والجهات المعنية التحرك قبل وقوع الكارثة».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      [
        'أخذت عينات من المياه ومن الأسماك النافقة وأرسلتها إلى المختبر المركزي بالدمام، والنتائج الأولية تشير إلى انخفاض حاد في نسبة الأكسجين الذائب في المياه الضحلة',
        'partial',
        'فيصل بن ناصر الدوسري',
      ],
      [
        'لم نرصد حتى الآن ما يدل على تسرب نفطي أو صرف صناعي في الموقع، لكننا لن نستبعد أي احتمال قبل صدور النتائج النهائية خلال أسبوع',
        'direct',
        'فيصل بن ناصر الدوسري',
      ],
      ['اليوم', 'mention', null],
      [
        'أعمل في البحر منذ ثلاثين سنة، ورأيت هذا قبل سنوات لكن ليس بهذا الحجم، والناس لن تشتري السمك من السوق أسبوعاً على الأقل، ونحن من سيدفع الثمن',
        'direct',
        'علي حسن المرهون',
      ],
      ['المد الأحمر', 'mention', null],
      [
        'يسرع تكاثر الطحالب الدقيقة التي تستهلك الأكسجين ليلاً، فتختنق الأسماك في المناطق المغلقة والضحلة',
        'partial',
        'حسن بن عيسى البناي',
      ],
      [
        'الحل ليس في جمع الأسماك بعد نفوقها، بل في مراقبة مستمرة لجودة المياه على طول الساحل، وإنذار مبكر يتيح للصيادين والجهات المعنية التحرك قبل وقوع الكارثة',
        'direct',
        'حسن بن عيسى البناي',
      ],
    ],
  },
  {
    what: 'Indonesian workers, split out: an investor by description with a clause between commas (قال مستثمر في قطاع الاستقدام، فضّل عدم ذكر اسمه، إن) then وأضاف:',
    text: [
      'في المقابل، قال مستثمر في قطاع الاستقدام، فضّل عدم ذكر اسمه، إن الأسعار “سترتفع حتماً خلال الأشهر المقبلة”، وأضاف: “العاملة الإندونيسية كانت الخيار الأول لكثير من الأسر لأنها تتقن الطبخ وتفهم شيئاً من العربية، والطلب سيتحول الآن إلى الفلبين وسريلانكا، وهما تطلبان رواتب أعلى”.',
    ].join('\n\n'),
    quotes: [
      ['سترتفع حتماً خلال الأشهر المقبلة', 'partial', 'مستثمر في قطاع الاستقدام'],
      [
        'العاملة الإندونيسية كانت الخيار الأول لكثير من الأسر لأنها تتقن الطبخ وتفهم شيئاً من العربية، والطلب سيتحول الآن إلى الفلبين وسريلانكا، وهما تطلبان رواتب أعلى',
        'direct',
        'مستثمر في قطاع الاستقدام',
      ],
    ],
  },
  {
    what: 'Indonesian workers, split out: a committee of a named council (وكانت اللجنة الوطنية للاستقدام في مجلس الغرف السعودية قد طالبت … بـ“…”) and مؤكدة أن',
    text: [
      'وكانت اللجنة الوطنية للاستقدام في مجلس الغرف السعودية قد طالبت في بيان سابق بـ“إلزام المكاتب بإعادة المبالغ للمواطنين خلال مدة لا تتجاوز 30 يوماً”، مؤكدة أن اللجنة “على تواصل مع وزارة العمل لإيجاد بدائل سريعة”.',
    ].join('\n\n'),
    quotes: [
      [
        'إلزام المكاتب بإعادة المبالغ للمواطنين خلال مدة لا تتجاوز 30 يوماً',
        'partial',
        'اللجنة الوطنية للاستقدام في مجلس الغرف السعودية',
      ],
      [
        'على تواصل مع وزارة العمل لإيجاد بدائل سريعة',
        'partial',
        'اللجنة الوطنية للاستقدام في مجلس الغرف السعودية',
      ],
    ],
  },
  {
    what: 'bag of cash, split out: the lede’s description of the owner (وهو مقيم باكستاني), then the young man with his age in brackets and وروى … قائلاً:, then وأضاف + family name:',
    text: [
      'صحيفة المرصد: أعاد شاب سعودي حقيبة تحتوي على أكثر من 70 ألف ريال ومستندات رسمية إلى صاحبها، وهو مقيم باكستاني يعمل في محل لبيع الأقمشة بحي البطحاء في الرياض، بعد أن عثر عليها ملقاة بجوار صراف آلي، في تصرف لقي إشادة واسعة على مواقع التواصل الاجتماعي.',
      'وروى الشاب فيصل بن عايض العنزي (24 عاماً) في مقطع فيديو نشره على حسابه في «سناب شات» تفاصيل ما حدث، قائلاً: "وجدت الحقيبة مفتوحة وفيها رزم من النقود وجواز سفر، فاتصلت بالرقم المكتوب على بطاقة داخلها، ولم يرد أحد، فانتظرت عند الصراف ساعة كاملة".',
      'وأضاف العنزي: "لم أفكر لحظة في أخذ ريال واحد منها، هذا مال تعب فيه صاحبه، وأبي رباني على أن الحرام لا يدخل بيتنا".',
    ].join('\n\n'),
    quotes: [
      ['سناب شات', 'mention', null],
      [
        'وجدت الحقيبة مفتوحة وفيها رزم من النقود وجواز سفر، فاتصلت بالرقم المكتوب على بطاقة داخلها، ولم يرد أحد، فانتظرت عند الصراف ساعة كاملة',
        'direct',
        'فيصل بن عايض العنزي',
      ],
      [
        'لم أفكر لحظة في أخذ ريال واحد منها، هذا مال تعب فيه صاحبه، وأبي رباني على أن الحرام لا يدخل بيتنا',
        'direct',
        'فيصل بن عايض العنزي',
      ],
    ],
  },
  {
    what: 'bag of cash, split out: a paper’s relay of the owner named in apposition (ونقلت صحيفة "…" عن صاحب الحقيبة، المقيم الباكستاني فلان، قوله إن), then وتابع + family name:',
    text: [
      'ونقلت صحيفة "الرياض" عن صاحب الحقيبة، المقيم الباكستاني محمد أشرف خان، قوله إن المبلغ "هو حصيلة مبيعات المحل لأسبوع كامل، وكنت في طريقي لإيداعه في البنك حين سقطت الحقيبة من السيارة دون أن أشعر". وتابع خان: "بحثت عنها طوال الليل ولم أنم، وحين اتصل بي فيصل ظننت أنه يمزح".',
    ].join('\n\n'),
    quotes: [
      ['الرياض', 'mention', null],
      [
        'هو حصيلة مبيعات المحل لأسبوع كامل، وكنت في طريقي لإيداعه في البنك حين سقطت الحقيبة من السيارة دون أن أشعر',
        'partial',
        'محمد أشرف خان',
      ],
      ['بحثت عنها طوال الليل ولم أنم، وحين اتصل بي فيصل ظننت أنه يمزح', 'direct', 'محمد أشرف خان'],
    ],
  },
  {
    what: 'bag of cash, split out: the police spokesman (العقيد) with صرح … بأن and مشدداً على أن, then a quoted hashtag and a preacher (الداعية الشيخ) with الذي كتب:, a closing يذكر أن',
    // (read since the twenty-fourth session: the relative's antecedent speaks after الذي كتب:)
    text: [
      'من جهته، صرح المتحدث الإعلامي لشرطة منطقة الرياض العقيد بندر بن عقيل الرشيدي بأن مدير شرطة المنطقة "وجه بتكريم الشاب تقديراً لأمانته"، مشدداً على أن مثل هذه المواقف "تعكس القيم الأصيلة التي تربى عليها أبناء هذا الوطن".',
      'وتصدر وسم "#أمانة_شاب_سعودي" قائمة الأكثر تداولاً في المملكة، وشارك فيه آلاف المغردين، بينهم الداعية الشيخ عبدالرحمن بن صالح الفوزان الذي كتب: "هذا هو الوجه الحقيقي لشبابنا، لا ما تنقله بعض المقاطع عن المفحطين والعابثين".',
      'يذكر أن شرطة منطقة الرياض كرمت خلال العام الماضي 14 مواطناً ومقيماً أعادوا مبالغ ومقتنيات ثمينة عثروا عليها إلى أصحابها.',
    ].join('\n\n'),
    quotes: [
      ['وجه بتكريم الشاب تقديراً لأمانته', 'partial', 'بندر بن عقيل الرشيدي'],
      ['تعكس القيم الأصيلة التي تربى عليها أبناء هذا الوطن', 'partial', 'بندر بن عقيل الرشيدي'],
      ['#أمانة_شاب_سعودي', 'mention', null],
      [
        'هذا هو الوجه الحقيقي لشبابنا، لا ما تنقله بعض المقاطع عن المفحطين والعابثين',
        'direct',
        'عبدالرحمن بن صالح الفوزان',
      ],
    ],
  },
];

describe('probe 56: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'RT Arabic forest fires around Lake Baikal in « »: a lede with no quote, the emergencies ministry’s spokesman in apposition with إن and مضيفا أن, an aircraft type in " " nested in « », then وأضاف + surname في حديث لـRT:, the aerial forest service’s quoted short name with ذكرت … في بيان أن, Greenpeace’s quoted name and its forest head in apposition with إن, a retired teacher with ، وهي …، لمراسل RT:, the republic’s prime minister with وكان … قد حذر … من أن and داعيا … إلى «…», RT’s source line',
    text: [
      'أعلنت السلطات الروسية حالة الطوارئ في جمهورية بورياتيا شرقي سيبيريا، بعد أن اتسعت رقعة حرائق الغابات المحيطة ببحيرة بايكال، أعمق بحيرات العالم، لتتجاوز 100 ألف هكتار، فيما غطى الدخان مدينة أولان أودي عاصمة الجمهورية لليوم الثالث على التوالي.',
      'وقال المتحدث باسم وزارة الطوارئ الروسية، فلاديسلاف كوزمين، إن أكثر من 2700 شخص ونحو 40 طائرة ومروحية يشاركون في إطفاء الحرائق، مضيفا أن الوزارة «أرسلت تعزيزات من مقاطعتي إيركوتسك وكراسنويارسك، وطائرات من طراز "بي-200" القادرة على حمل 12 طنا من المياه في الطلعة الواحدة».',
      'وأضاف كوزمين في حديث لـRT: «الوضع صعب بسبب الرياح القوية والجفاف، فالحرائق تنتقل أحيانا من قمة إلى أخرى في دقائق، وكثير من المواقع لا يمكن الوصول إليها إلا جوا».',
      'من جهتها، ذكرت هيئة الحماية الجوية للغابات «أفيالسوخرانا» في بيان أن نحو 70% من الحرائق «نجم عن إهمال بشري، من بينها نيران المخيمات والحرق المتعمد للأعشاب الجافة».',
      'في المقابل، اتهمت منظمة «غرينبيس» في روسيا السلطات المحلية بالتقليل من حجم الكارثة، وقال رئيس برنامج الغابات في المنظمة، أنطون بيلييف، إن الأرقام الرسمية «لا تعكس سوى جزء من المساحات المحترقة فعليا، وصور الأقمار الصناعية تظهر أنها أكبر بثلاث مرات على الأقل».',
      'وفي قرية تورونتاييفو على الضفة الشرقية للبحيرة، قالت غالينا سيميونوفا، وهي معلمة متقاعدة، لمراسل RT: «نغلق النوافذ ليلا ونهارا، والأطفال يسعلون طوال الوقت، ونخشى أن تصل النار إلى البيوت إذا تغيرت الرياح».',
      'وكان رئيس حكومة بورياتيا، إيغور باتوييف، قد حذر الأسبوع الماضي من أن الحرائق «تهدد النظام البيئي الفريد لبايكال»، داعيا موسكو إلى «تخصيص موارد إضافية عاجلة للجمهورية».',
      'المصدر: RT + وكالات',
    ].join('\n\n'),
    quotes: [
      [
        'أرسلت تعزيزات من مقاطعتي إيركوتسك وكراسنويارسك، وطائرات من طراز "بي-200" القادرة على حمل 12 طنا من المياه في الطلعة الواحدة',
        'partial',
        'فلاديسلاف كوزمين',
      ],
      ['بي-200', 'mention', null],
      [
        'الوضع صعب بسبب الرياح القوية والجفاف، فالحرائق تنتقل أحيانا من قمة إلى أخرى في دقائق، وكثير من المواقع لا يمكن الوصول إليها إلا جوا',
        'direct',
        'فلاديسلاف كوزمين',
      ],
      ['أفيالسوخرانا', 'mention', null],
      [
        'نجم عن إهمال بشري، من بينها نيران المخيمات والحرق المتعمد للأعشاب الجافة',
        'partial',
        'هيئة الحماية الجوية للغابات',
      ],
      ['غرينبيس', 'mention', null],
      [
        'لا تعكس سوى جزء من المساحات المحترقة فعليا، وصور الأقمار الصناعية تظهر أنها أكبر بثلاث مرات على الأقل',
        'partial',
        'أنطون بيلييف',
      ],
      [
        'نغلق النوافذ ليلا ونهارا، والأطفال يسعلون طوال الوقت، ونخشى أن تصل النار إلى البيوت إذا تغيرت الرياح',
        'direct',
        'غالينا سيميونوفا',
      ],
      ['تهدد النظام البيئي الفريد لبايكال', 'partial', 'إيغور باتوييف'],
      ['تخصيص موارد إضافية عاجلة للجمهورية', 'partial', 'إيغور باتوييف'],
    ],
  },
  {
    what: 'DW Arabic Lufthansa’s offer to the Germanwings families in « »: Lufthansa’s spokeswoman in apposition لـDW with أكدت … أن then وتابعت:, the headmaster of a quoted school in apposition with إن then وأضاف:, a mother with a relative clause and a colon, a background paragraph, DW’s initials-and-agencies line; the lede, the lawyer and Lufthansa’s statement the engine misreads are split out below',
    text: [
      'وأكدت المتحدثة باسم الشركة، باربرا شتاينكه، لـDW أن لوفتهانزا «تدرك أنه لا يوجد مبلغ يمكن أن يعوض فقدان إنسان»، وتابعت: «نحن على تواصل مستمر مع العائلات، ونرغب في التوصل إلى حلول بعيدا عن ساحات القضاء».',
      'وفي هالترن، قال مدير مدرسة «يوزف كونيغ» الثانوية، توماس ريبر، إن التلاميذ «ما زالوا يمرون بجانب المقاعد الفارغة كل صباح»، وأضاف: «لا نريد أن ننسى، لكننا نريد أيضا أن نساعد الأطفال على العودة إلى حياتهم».',
      'وتقول أنغيلا لامبرشت، التي فقدت ابنتها ليا (15 عاما) في الكارثة: «كل ما أريده أن يعترف أحد بأن هذا كان يمكن منعه، المال لن يعيد ليا، لكن الاعتراف قد يمنع تكرار ما حدث».',
      'وكان المحققون الفرنسيون قد خلصوا إلى أن مساعد الطيار أسقط الطائرة عمدا، ما أدى إلى مقتل جميع من كانوا على متنها وعددهم 150 شخصا، وكانت الرحلة متجهة من برشلونة إلى دوسلدورف.',
      'ع.ش/ ي.أ (د ب أ، أ ف ب)',
    ].join('\n\n'),
    quotes: [
      ['تدرك أنه لا يوجد مبلغ يمكن أن يعوض فقدان إنسان', 'partial', 'باربرا شتاينكه'],
      [
        'نحن على تواصل مستمر مع العائلات، ونرغب في التوصل إلى حلول بعيدا عن ساحات القضاء',
        'direct',
        'باربرا شتاينكه',
      ],
      ['يوزف كونيغ', 'mention', null],
      ['ما زالوا يمرون بجانب المقاعد الفارغة كل صباح', 'partial', 'توماس ريبر'],
      ['لا نريد أن ننسى، لكننا نريد أيضا أن نساعد الأطفال على العودة إلى حياتهم', 'direct', 'توماس ريبر'],
      [
        'كل ما أريده أن يعترف أحد بأن هذا كان يمكن منعه، المال لن يعيد ليا، لكن الاعتراف قد يمنع تكرار ما حدث',
        'direct',
        'أنغيلا لامبرشت',
      ],
    ],
  },
  {
    what: 'Sky News Arabia the Emirati Mars probe named in " ": a city-dash-outlet dateline, the probe’s quoted name in the lede, the project director (المهندس) in apposition at a press conference with إن then مضيفا:, the space agency with أكدت … في بيان أن and في مهمة قالت إنها "…", a quoted hashtag, a background paragraph; the professor and the student the engine misreads are split out below',
    text: [
      'أبوظبي - سكاي نيوز عربية',
      'أعلنت الإمارات، الأربعاء، اسم أول مسبار عربي إلى كوكب المريخ، بعد أن اختارت لجنة خاصة اسم "الأمل" من بين آلاف المقترحات التي تلقتها من الجمهور، على أن يطلق المسبار في صيف 2020 ليصل إلى مداره حول الكوكب الأحمر عام 2021، تزامنا مع الذكرى الخمسين لقيام الدولة.',
      'وقال مدير مشروع المسبار، المهندس سالم حمد المزروعي، في مؤتمر صحفي بدبي إن الفريق "يضم حاليا 75 مهندسا إماراتيا، وسيصل عددهم إلى 150 مع دخول المشروع مرحلة التصنيع"، مضيفا: "نحن لا نشتري مسبارا جاهزا، بل نبنيه بأيدينا مع شركائنا، وهذا هو الإنجاز الحقيقي".',
      'من جانبها، أكدت وكالة الإمارات للفضاء في بيان أن المسبار سيدرس "الغلاف الجوي للمريخ وتغيرات الطقس فيه على مدار عام مريخي كامل"، في مهمة قالت إنها "ستقدم للعلماء في العالم بيانات لم تتوفر من قبل".',
      'وتصدر وسم "#مسبار_الأمل" قائمة الأكثر تداولا على تويتر في الإمارات بعد دقائق من الإعلان.',
      'وكانت الإمارات قد أعلنت في يوليو 2014 عن خطتها لإرسال مسبار إلى المريخ، لتصبح بذلك أول دولة عربية وإسلامية تطلق مشروعا لاستكشاف الكواكب.',
    ].join('\n\n'),
    quotes: [
      ['الأمل', 'mention', null],
      [
        'يضم حاليا 75 مهندسا إماراتيا، وسيصل عددهم إلى 150 مع دخول المشروع مرحلة التصنيع',
        'partial',
        'سالم حمد المزروعي',
      ],
      [
        'نحن لا نشتري مسبارا جاهزا، بل نبنيه بأيدينا مع شركائنا، وهذا هو الإنجاز الحقيقي',
        'direct',
        'سالم حمد المزروعي',
      ],
      ['الغلاف الجوي للمريخ وتغيرات الطقس فيه على مدار عام مريخي كامل', 'partial', 'وكالة الإمارات للفضاء'],
      ['ستقدم للعلماء في العالم بيانات لم تتوفر من قبل', 'partial', 'وكالة الإمارات للفضاء'],
      ['#مسبار_الأمل', 'mention', null],
    ],
  },
  {
    what: 'France 24 Air France managers attacked by strikers in « »: a lede with no quote, the company’s statement with قالت … في بيان إنها and معتبرة أن, an executive in apposition to a quoted radio with a colon, a union’s quoted name and its delegate in apposition with رأى … أن then واستدرك قائلا: with a question, the prime minister by title alone with وصف … بأنه «…» and مؤكدا أن, a pilot by first name with وهو … لفرانس24:, a background paragraph, the agency line',
    text: [
      'تعرض مديران في شركة الطيران الفرنسية إير فرانس للاعتداء الاثنين على أيدي موظفين غاضبين اقتحموا اجتماعا للجنة المركزية للمؤسسة في مقر الشركة قرب مطار شارل ديغول في باريس، احتجاجا على خطة تقضي بإلغاء 2900 وظيفة، وتناقلت وسائل الإعلام صور أحدهما وهو يفر عاري الصدر بعد أن مزق المحتجون قميصه.',
      'وقالت إير فرانس في بيان إنها «ستتقدم بشكوى بتهمة العنف المشدد»، معتبرة أن ما حدث «تصرف لا يمت بصلة إلى الحوار الاجتماعي».',
      'وقال المدير التنفيذي للعمليات في الشركة، فريدريك لانغلوا، لإذاعة «أوروبا 1» صباح الثلاثاء: «رأيت زملاء يسحلون على الأرض، هذا ليس احتجاجا بل عنف، ولن يدفعنا إلى التراجع عن خطة إنقاذ الشركة».',
      'في المقابل، رأى ممثل نقابة «الكونفدرالية العامة للعمل» في الشركة، مهدي كاظمي، أن العنف «مدان»، واستدرك قائلا: «الإدارة تتحدث عن قميص ممزق، ونحن نتحدث عن 2900 عائلة ستفقد مصدر رزقها، فمن يمارس العنف الحقيقي؟».',
      'ووصف رئيس الوزراء الفرنسي خلال زيارة لمقر الشركة ما جرى بأنه «تصرف همجي»، مؤكدا أن الحكومة «تقف إلى جانب إدارة إير فرانس وموظفيها الذين تعرضوا للاعتداء».',
      'ويقول جوليان، وهو طيار في الشركة منذ 12 عاما رفض ذكر اسمه كاملا، لفرانس24: «لا أؤيد العنف، لكن الطيارين وطاقم الضيافة قدموا تنازلات كبيرة منذ 2012، والإدارة تطلب المزيد دائما دون أن تقدم أي ضمانات».',
      'وتواجه إير فرانس منافسة شديدة من شركات الطيران منخفضة التكلفة في أوروبا ومن شركات الخليج على الرحلات الطويلة، وكانت المفاوضات مع نقابة الطيارين بشأن زيادة ساعات العمل قد فشلت الأسبوع الماضي.',
      'فرانس24/ أ ف ب',
    ].join('\n\n'),
    quotes: [
      ['ستتقدم بشكوى بتهمة العنف المشدد', 'partial', 'إير فرانس'],
      ['تصرف لا يمت بصلة إلى الحوار الاجتماعي', 'partial', 'إير فرانس'],
      ['أوروبا 1', 'mention', null],
      [
        'رأيت زملاء يسحلون على الأرض، هذا ليس احتجاجا بل عنف، ولن يدفعنا إلى التراجع عن خطة إنقاذ الشركة',
        'direct',
        'فريدريك لانغلوا',
      ],
      ['الكونفدرالية العامة للعمل', 'mention', null],
      ['مدان', 'partial', 'مهدي كاظمي'],
      [
        'الإدارة تتحدث عن قميص ممزق، ونحن نتحدث عن 2900 عائلة ستفقد مصدر رزقها، فمن يمارس العنف الحقيقي؟',
        'direct',
        'مهدي كاظمي',
      ],
      ['تصرف همجي', 'partial', 'رئيس الوزراء الفرنسي'],
      ['تقف إلى جانب إدارة إير فرانس وموظفيها الذين تعرضوا للاعتداء', 'partial', 'رئيس الوزراء الفرنسي'],
      [
        'لا أؤيد العنف، لكن الطيارين وطاقم الضيافة قدموا تنازلات كبيرة منذ 2012، والإدارة تطلب المزيد دائما دون أن تقدم أي ضمانات',
        'direct',
        'جوليان',
      ],
    ],
  },
  {
    what: 'Al Jazeera Net Renaissance Dam talks in Khartoum in " ": a name-dash-city byline, a lede with no quote, the Egyptian minister (الدكتور) with أبدى … قلق بلاده من "…" then وقال للصحفيين:, the Ethiopian agency’s relay of the chief negotiator in apposition with قوله إن … "…"، وإن … "…", a farmer with a relative clause and a colon, a treaty’s quoted name in the background paragraph; the Sudanese minister and the professor the engine misreads are split out below',
    text: [
      'الخرطوم - مصعب الطيب',
      'اختتمت في العاصمة السودانية الخرطوم جولة جديدة من المفاوضات الثلاثية بين السودان ومصر وإثيوبيا بشأن سد النهضة الإثيوبي دون التوصل إلى اتفاق على المكتب الاستشاري الذي سيجري الدراسات الفنية حول آثار السد، في وقت تواصل فيه أديس أبابا أعمال البناء التي تقول إنها تجاوزت 45% من حجم المشروع.',
      'في المقابل، أبدى وزير الموارد المائية والري المصري، الدكتور حاتم عبد الرؤوف، قلق بلاده من "استمرار البناء بوتيرة أسرع من المفاوضات"، وقال للصحفيين: "لا يمكن أن ننتظر نتائج الدراسات حتى يكتمل السد، فتصبح الدراسات بلا قيمة".',
      'ونقلت وكالة الأنباء الإثيوبية الرسمية عن كبير المفاوضين الإثيوبيين، غيتاتشو أيالو، قوله إن بلاده "لن توقف البناء يوما واحدا"، وإن السد "لن يلحق ضررا ذا شأن بدولتي المصب".',
      'وفي ولاية الجزيرة جنوب الخرطوم، يقول المزارع عثمان ود الحاج، الذي يزرع القطن والذرة على ضفاف النيل الأزرق: "نسمع عن السد في الإذاعة منذ سنوات، ولا أحد يشرح لنا هل سيزيد الماء في الترعة أم ينقص".',
      'ويقام سد النهضة على النيل الأزرق قرب الحدود السودانية، وتبلغ سعة بحيرته 74 مليار متر مكعب، وتخشى مصر أن يؤثر ملؤه على حصتها من مياه النيل البالغة 55.5 مليار متر مكعب سنويا، وفق اتفاقية "الانتفاع الكامل بمياه النيل" الموقعة مع السودان عام 1959.',
    ].join('\n\n'),
    quotes: [
      ['استمرار البناء بوتيرة أسرع من المفاوضات', 'partial', 'حاتم عبد الرؤوف'],
      [
        'لا يمكن أن ننتظر نتائج الدراسات حتى يكتمل السد، فتصبح الدراسات بلا قيمة',
        'direct',
        'حاتم عبد الرؤوف',
      ],
      ['لن توقف البناء يوما واحدا', 'partial', 'غيتاتشو أيالو'],
      ['لن يلحق ضررا ذا شأن بدولتي المصب', 'partial', 'غيتاتشو أيالو'],
      [
        'نسمع عن السد في الإذاعة منذ سنوات، ولا أحد يشرح لنا هل سيزيد الماء في الترعة أم ينقص',
        'direct',
        'عثمان ود الحاج',
      ],
      ['الانتفاع الكامل بمياه النيل', 'mention', null],
    ],
  },
];

describe('probe 56: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Germanwings offer, split out: the lede with the flight’s quoted name and عرض لوفتهانزا، الشركة الأم،, the lawyer with a relative clause and إن then مضيفا:, then Lufthansa’s statement with قالت لوفتهانزا في بيان إنها',
    text: [
      'رفض محامو عائلات ضحايا طائرة «جيرمان وينغز»، التي تحطمت في جبال الألب الفرنسية في مارس/ آذار الماضي، عرض لوفتهانزا، الشركة الأم، دفع 25 ألف يورو إضافية عن كل ضحية، فيما تستعد بلدة هالترن الألمانية لإحياء ذكرى 16 تلميذا ومعلمتين من مدرستها الثانوية كانوا على متن الطائرة.',
      'وقال المحامي إلمار غيسلر، الذي يمثل أكثر من 30 عائلة ألمانية، في مؤتمر صحفي في دوسلدورف إن العرض «مهين ولا يتناسب مع حجم الخسارة»، مضيفا: «لوفتهانزا تعامل العائلات كأنها تساوم على ثمن حقائب مفقودة، لا على أرواح أبناء وبنات وآباء لن يعودوا».',
      'في المقابل، قالت لوفتهانزا في بيان إنها دفعت بالفعل «50 ألف يورو لكل عائلة كمساعدة فورية بعد الكارثة»، وإن العرض الجديد لا يمس حق العائلات في المطالبة بتعويضات أخرى أمام المحاكم.',
    ].join('\n\n'),
    quotes: [
      ['جيرمان وينغز', 'mention', null],
      ['مهين ولا يتناسب مع حجم الخسارة', 'partial', 'إلمار غيسلر'],
      [
        'لوفتهانزا تعامل العائلات كأنها تساوم على ثمن حقائب مفقودة، لا على أرواح أبناء وبنات وآباء لن يعودوا',
        'direct',
        'إلمار غيسلر',
      ],
      ['50 ألف يورو لكل عائلة كمساعدة فورية بعد الكارثة', 'partial', 'لوفتهانزا'],
    ],
  },
  {
    what: 'Mars probe, split out: a professor (البروفيسور) with his laboratory after a comma (ويرى …، من …، أن الفريق "…") then وقال لسكاي نيوز عربية:',
    text: [
      'ويرى البروفيسور دانيال هارتمان، من مختبر فيزياء الغلاف الجوي والفضاء في جامعة كولورادو الأميركية الشريكة في المشروع، أن الفريق الإماراتي "يتعلم بسرعة لافتة"، وقال لسكاي نيوز عربية: "قبل عامين لم يكن لدى معظمهم أي خبرة في بناء المركبات الفضائية، واليوم يناقشوننا في أدق تفاصيل التصميم".',
    ].join('\n\n'),
    quotes: [
      ['يتعلم بسرعة لافتة', 'partial', 'دانيال هارتمان'],
      [
        'قبل عامين لم يكن لدى معظمهم أي خبرة في بناء المركبات الفضائية، واليوم يناقشوننا في أدق تفاصيل التصميم',
        'direct',
        'دانيال هارتمان',
      ],
    ],
  },
  {
    what: 'Mars probe, split out: a woman student after a university’s name (قالت الطالبة في جامعة خليفة فلانة، التي …:)',
    // engine gap: the direct goes to 'خليفة مريم سعيد الكعبي', the university's name taken into hers, instead of مريم سعيد الكعبي.
    gaps: ['attribution'],
    text: [
      'وفي قاعة المؤتمر، قالت الطالبة في جامعة خليفة مريم سعيد الكعبي، التي شاركت في اقتراح الأسماء: "حين سمعت الاسم شعرت أنه يخصنا جميعا، فكل شاب عربي يحتاج اليوم إلى الأمل".',
    ].join('\n\n'),
    quotes: [
      [
        'حين سمعت الاسم شعرت أنه يخصنا جميعا، فكل شاب عربي يحتاج اليوم إلى الأمل',
        'direct',
        'مريم سعيد الكعبي',
      ],
    ],
  },
  {
    what: 'Renaissance Dam, split out: the Sudanese minister in apposition with a compound first name (وزير …، عبد الباقي حسن الأمين، في مؤتمر صحفي …، إن) and مؤكدا أن',
    text: [
      'وقال وزير الموارد المائية السوداني، عبد الباقي حسن الأمين، في مؤتمر صحفي عقب ختام الجولة، إن الخلاف "ينحصر في نقاط فنية تتعلق بحصة كل مكتب استشاري من الدراسات"، مؤكدا أن الدول الثلاث "ملتزمة بإعلان المبادئ الذي وقعه رؤساؤها في مارس الماضي".',
    ].join('\n\n'),
    quotes: [
      ['ينحصر في نقاط فنية تتعلق بحصة كل مكتب استشاري من الدراسات', 'partial', 'عبد الباقي حسن الأمين'],
      ['ملتزمة بإعلان المبادئ الذي وقعه رؤساؤها في مارس الماضي', 'partial', 'عبد الباقي حسن الأمين'],
    ],
  },
  {
    what: 'Renaissance Dam, split out: a professor named after البروفيسور in apposition to his chair (ويرى أستاذ … في جامعة الخرطوم، البروفيسور فلان، أن) then وأوضح للجزيرة نت أن',
    text: [
      'ويرى أستاذ هندسة الموارد المائية في جامعة الخرطوم، البروفيسور الطاهر محمد نور، أن السودان "سيكسب من السد أكثر مما سيخسر"، وأوضح للجزيرة نت أن تنظيم تدفق النيل الأزرق "سيحمي الخرطوم من فيضانات الخريف، ويتيح للمزارعين زراعة ثلاث عروات في العام بدل عروة واحدة".',
    ].join('\n\n'),
    quotes: [
      ['سيكسب من السد أكثر مما سيخسر', 'partial', 'الطاهر محمد نور'],
      [
        'سيحمي الخرطوم من فيضانات الخريف، ويتيح للمزارعين زراعة ثلاث عروات في العام بدل عروة واحدة',
        'partial',
        'الطاهر محمد نور',
      ],
    ],
  },
];

describe('probe 56: international passages split out', () => {
  runRows(internationalSplitRows);
});
