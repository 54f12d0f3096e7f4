/**
 * A ninety-second probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw, each imitating the copy its desk really files (byline or
 * dateline, lede, chains of titles and honorifics, second mentions, cue verbs, marks, background paragraphs).
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Al-Yaum on a Saudi boy winning the Gulf under-16 chess championship in Khobar (a city-dash-name byline, a
 * lede with no quote, the champion لـ«اليوم» وهو يحمل الكأس: with a clause before the colon, his mother by
 * her kunya with إذ قالت إن … «…», the chess federation's president (الأستاذ) with أشاد … ووصف … بأنها «…»
 * and كاشفاً أن «…», then وتابع + family name:, the Kuwaiti runner-up with واكتفى … بالقول إن «…» and مضيفاً
 * أنه … «…», a closing يذكر أن with the tournament's quoted slogan); Al-Riyadh on the Red Crescent's air
 * ambulance over the Riyadh highways (a city-dash-name byline, a lede with no quote, the air ambulance director
 * (الدكتور) with أوضح … في تصريح لـ"الرياض" أن "…"، وأن "…", then وأضاف: with no subject in the next
 * paragraph, a background paragraph with بحسب and no quote, the first Saudi woman flight nurse with أما …،
 * …، فتحدثت عن … "…"، قائلة:, an unnamed source of the traffic department with كشف … لـ"الرياض" أن "…" and
 * مشترطاً عدم ذكر اسمه (credited to the department), a closing يذكر أن with a number's quoted name); Okaz on
 * unlicensed home nurseries closed in Jeddah (its name-(city) byline, a lede with no quote, the social affairs
 * branch director (الأستاذ) with أفاد … «عكاظ» بأن … «…», then وشدد + family name على أن «…» and مضيفاً:, a
 * woman bank employee's words first with تروي … لـ«عكاظ» after them, a nursery owner by her kunya with في
 * المقابل، رأت …، …، أن «…» and متسائلة: with a question inside the marks, a background paragraph); Sabq on
 * Sudanese conjoined twins separated at the National Guard's children's hospital (Sabq's name-سبق-city:
 * byline run into the lede with the twins' quoted names, the team head (الدكتور) لـ"سبق": with a colon, then
 * وأشار "family name" إلى أن … "…" with the name in the paper's quotes, the father relayed by SPA with
 * ونقلت وكالة … "واس" عن …، …، قوله:, the health affairs' statement with وفي بيان صحفي، أوضحت … أن … "…", the
 * mother with واكتفت بعبارة:, a quoted hashtag) and Al-Madina on Khaybar's wells running dry (a
 * name-dash-city byline, a lede with no quote, a farmer with his age in brackets and يشرح لـ«المدينة» كيف …
 * «…»، قبل أن يستطرد:, the agriculture branch director (المهندس) with عزا … إلى «…» and مبيناً أن «…», then
 * وأردف + family name في اتصال هاتفي:, a woman hydrologist (الدكتورة) with وحذرت … من أن … «…» and داعية إلى
 * «…», a background paragraph, a closing يذكر أن with a programme's quoted name).
 * Five are in the voices of international outlets: BBC Arabic on the Karachi heatwave (a lede with بحسب and
 * no quote, a charity's spokesman in apposition with إن … "…" and مضيفاً أن … "…", a woman doctor in a place
 * phrase first with لبي بي سي: , then وأضافت أن with no quote … موضحة:, the power company's statement with في
 * بيان إن … "…" and نافية أن … "…", an unnamed official of a named authority relayed by AP with ونقلت … عن
 * …، لم تذكر اسمه، قوله إن … "…" (credited to the authority), a background paragraph); Al Arabiya.net on the
 * Dubai Water Canal works (its name byline, the project's quoted name in the lede, the roads authority's
 * projects director in apposition لـ"العربية.نت" with إن … "…" and مشيراً إلى أن … "…", a quote first closed
 * by بحسب + family name، الذي …, the authority's statement with وذكرت … في بيان أن … "…"، و… لـ"…", a woman
 * resident with التي … : , an analyst of a quoted firm with ويتوقع …، …، أن … "…" and معتبراً … "…", a
 * background paragraph); Anadolu Arabic on a new pillar found at Göbeklitepe (its city/name/الأناضول byline,
 * the site's quoted name in the lede, the dig's head (البروفيسور) in apposition في حديث للأناضول، إن … "…" and
 * مبيناً أن … "…", then وأضاف + surname:, a woman researcher in apposition with من جانبها، أوضحت … أن … "…"،
 * لأن "…", the culture ministry's statement with UNESCO's quoted name and مشيرة إلى أنه "…", a souvenir seller
 * with أما …، الذي …، فقال لمراسل الأناضول:, a background paragraph); France 24 Arabic on Algeria's
 * baccalaureate leak (a lede with no quote, the education ministry's statement published by APS with أن «…»،
 * وأن «…», a schoolgirl with لفرانس 24: and two sentences inside the marks, a union leader in apposition with
 * اتهم … بـ«…» and وطالب بـ«…», a sociologist with ويرى … أن «…»، وقال في اتصال مع فرانس 24:, the police with
 * a Facebook page's quoted name and no speech, the credit line) and Reuters Arabic on OPEC keeping its ceiling
 * (the city-(رويترز) dateline run into a lede with no quote, the organisation's statement with وجاء في بيان
 * أصدرته … أن … "…", an unnamed Gulf delegate with طلب عدم نشر اسمه "…" and no colon (credited to OPEC), a
 * Venezuelan delegate with لكن …، …، قال للصحفيين إن … "…" مضيفا أن … "…", a background paragraph, a woman
 * analyst of a quoted firm whose quote comes first with قالت … after it, the إعداد line). Quotes in « », " "
 * as each paper or outlet writes them.
 *
 * Every person and quote is invented here (places, bodies, outlets, the projects, the site, the firms and the
 * organisation are real); no row was tuned on the corpus. The expectations come from reading each article as
 * a person would, under the annotation rules of ../shared/corpus/README.md (speaker = the fullest name the
 * article gives, without title, rank, role, nationality or honorific; a body for its statement; an unnamed
 * official of a named body to the body; relayed words to the person relayed; names of papers, agencies,
 * twins, numbers, programmes, projects, sites, firms, pages, slogans and hashtags are mentions with no
 * speaker), and were written before the engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe92: 4/10 rows, 54/65 speech quotes with their speaker right, 21/21 mentions; by hand
 * from the rows, Saudi 2/5 rows, 26/31 speech, 14/14 mentions, international 2/5 rows, 28/34 speech, 7/7
 * mentions; one more speech quote, the flight nurse's fragment, has its speaker right but its kind wrong).
 * After the run no expectation was found to misread the rules, and none was changed. Each passage the engine
 * misreads was split out of its article into a row of its own (the tables of split rows below), the rest of
 * the article kept as written; every paragraph and expectation of the ten articles is in one row. Two split
 * rows carry a paragraph the engine reads right as the context of the one it misreads: the Dubai canal's
 * lede, which names the authority in full before its statement, and the twins' health affairs statement,
 * before the mother's words. The unnamed OPEC delegate, split out alone, is credited to «أوبك», the only
 * name the organisation has in that row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Yaum a Saudi boy winning the Gulf under-16 chess championship in Khobar in « »: a city-dash-name byline, a lede with no quote, the champion لـ«اليوم» وهو يحمل الكأس:, his mother by her kunya with إذ قالت إن … «…», the federation’s president (الأستاذ) with ووصف … بأنها «…» and كاشفاً أن «…», then وتابع + family name:, the Kuwaiti runner-up with واكتفى … بالقول إن «…» and مضيفاً أنه … «…», a closing يذكر أن with a quoted slogan',
    text: [
      'الخبر - ماجد الشهراني',
      'توج اللاعب السعودي الناشئ يزيد بن عادل البوعينين بطلاً لبطولة الخليج للشطرنج للناشئين تحت 16 عاماً، التي استضافتها مدينة الخبر على مدى ستة أيام بمشاركة 64 لاعباً ولاعبة من دول مجلس التعاون، بعد تعادله في الجولة الأخيرة مع منافسه الكويتي.',
      'وعقب التتويج، قال البوعينين لـ«اليوم» وهو يحمل الكأس: «لم أنم ليلة الجولة الأخيرة، كنت أراجع افتتاحيات منافسي حتى الفجر، والحمد لله أن التعادل كان كافياً».',
      'ولم تخف والدته أم يزيد فرحتها، إذ قالت إن ابنها «تعلم الشطرنج من جده في الخامسة من عمره، وكان يهزمنا جميعاً قبل أن يبلغ العاشرة».',
      'من جانبه، أشاد رئيس الاتحاد السعودي للشطرنج الأستاذ عبدالمحسن بن فهد الجبر بمستوى اللاعبين، ووصف البطولة بأنها «الأقوى فنياً منذ انطلاقها قبل تسع سنوات»، كاشفاً أن الاتحاد «سيرشح البوعينين للمشاركة في بطولة العالم للناشئين في اليونان أكتوبر المقبل».',
      'وتابع الجبر: «نعاني من قلة الأندية التي تحتضن اللعبة، ولا يوجد في المنطقة الشرقية سوى ناديين يدربان الناشئين، ونحن نتحدث مع الرئاسة العامة لرعاية الشباب لإدخال الشطرنج في المراكز الصيفية».',
      'واكتفى وصيف البطولة الكويتي حمد سالم الرشيدي بالقول إن منافسه «استحق اللقب عن جدارة»، مضيفاً أنه سيعود العام المقبل «لاستعادته».',
      'يذكر أن البطولة أقيمت تحت شعار «العقل يصنع البطل»، وشهدت للمرة الأولى مشاركة ست لاعبات من البحرين والإمارات وعمان.',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      [
        'لم أنم ليلة الجولة الأخيرة، كنت أراجع افتتاحيات منافسي حتى الفجر، والحمد لله أن التعادل كان كافياً',
        'direct',
        'يزيد بن عادل البوعينين',
      ],
      ['تعلم الشطرنج من جده في الخامسة من عمره، وكان يهزمنا جميعاً قبل أن يبلغ العاشرة', 'partial', 'أم يزيد'],
      ['الأقوى فنياً منذ انطلاقها قبل تسع سنوات', 'partial', 'عبدالمحسن بن فهد الجبر'],
      [
        'سيرشح البوعينين للمشاركة في بطولة العالم للناشئين في اليونان أكتوبر المقبل',
        'partial',
        'عبدالمحسن بن فهد الجبر',
      ],
      [
        'نعاني من قلة الأندية التي تحتضن اللعبة، ولا يوجد في المنطقة الشرقية سوى ناديين يدربان الناشئين، ونحن نتحدث مع الرئاسة العامة لرعاية الشباب لإدخال الشطرنج في المراكز الصيفية',
        'direct',
        'عبدالمحسن بن فهد الجبر',
      ],
      ['استحق اللقب عن جدارة', 'partial', 'حمد سالم الرشيدي'],
      ['لاستعادته', 'partial', 'حمد سالم الرشيدي'],
      ['العقل يصنع البطل', 'mention', null],
    ],
  },
  {
    what: 'Al-Riyadh the Red Crescent’s air ambulance over the Riyadh highways in " ": a city-dash-name byline, a lede with no quote, the air ambulance director (الدكتور) with أوضح … في تصريح لـ"الرياض" أن "…"، وأن "…", then وأضاف: with no subject in the next paragraph, a background paragraph with بحسب and no quote, a woman flight nurse with أما …، …، فتحدثت عن … "…"، قائلة:, an unnamed source of the traffic department with كشف … لـ"الرياض" أن "…" and مشترطاً عدم ذكر اسمه, a closing يذكر أن with a number’s quoted name; the flight nurse the engine misreads is split out below',
    text: [
      'الرياض - عبدالعزيز الربيعان',
      'دشنت هيئة الهلال الأحمر السعودي أمس خدمة الإسعاف الجوي في منطقة الرياض بطائرتين عموديتين مجهزتين بالكامل، تتمركز إحداهما في مطار الثمامة والأخرى على طريق الرياض - القصيم السريع، لنقل مصابي الحوادث المرورية إلى المستشفيات خلال دقائق.',
      'وأوضح مدير عام الإسعاف الجوي بالهيئة الدكتور نايف بن مشعل العتيبي في تصريح لـ"الرياض" أن الطائرة "تستطيع الوصول إلى أي نقطة في نطاق 150 كيلومتراً من العاصمة خلال أقل من 40 دقيقة"، وأن كل طاقم "يضم طبيباً وأخصائي إسعاف وطيارين اثنين".',
      'وأضاف: "الساعة الأولى بعد الحادث هي الساعة الذهبية، ومن يصل إلى غرفة العمليات خلالها ترتفع فرص نجاته كثيراً، وهذا ما نراهن عليه".',
      'وشهدت الطرق السريعة المحيطة بالرياض العام الماضي أكثر من 1800 حادث بليغ، بحسب ما عرضته الهيئة خلال حفل التدشين، توفي كثير من ضحاياها قبل وصولهم إلى المستشفى.',
      'وكشف مصدر في الإدارة العامة للمرور لـ"الرياض" أن الإدارة "ستخصص مهابط مؤقتة على أكتاف الطرق السريعة خلال الأشهر المقبلة"، مشترطاً عدم ذكر اسمه.',
      'يذكر أن الهيئة تلقت عبر رقم الطوارئ "997" أكثر من 300 ألف بلاغ خلال العام الماضي.',
    ].join('\n\n'),
    quotes: [
      ['الرياض', 'mention', null],
      [
        'تستطيع الوصول إلى أي نقطة في نطاق 150 كيلومتراً من العاصمة خلال أقل من 40 دقيقة',
        'partial',
        'نايف بن مشعل العتيبي',
      ],
      ['يضم طبيباً وأخصائي إسعاف وطيارين اثنين', 'partial', 'نايف بن مشعل العتيبي'],
      [
        'الساعة الأولى بعد الحادث هي الساعة الذهبية، ومن يصل إلى غرفة العمليات خلالها ترتفع فرص نجاته كثيراً، وهذا ما نراهن عليه',
        'direct',
        'نايف بن مشعل العتيبي',
      ],
      ['الرياض', 'mention', null],
      ['ستخصص مهابط مؤقتة على أكتاف الطرق السريعة خلال الأشهر المقبلة', 'partial', 'الإدارة العامة للمرور'],
      ['997', 'mention', null],
    ],
  },
  {
    what: 'Okaz unlicensed home nurseries closed in Jeddah in « »: its name-(city) byline, a lede with no quote, the social affairs branch director (الأستاذ) with أفاد … «عكاظ» بأن … «…», then وشدد + family name على أن «…» and مضيفاً:, a woman bank employee’s words first with تروي … لـ«عكاظ» after them, a nursery owner by her kunya with في المقابل، رأت …، …، أن «…» and متسائلة: with a question inside the marks, a background paragraph',
    text: [
      'أحمد الشميري (جدة)',
      'أغلقت لجنة مشتركة من فرع وزارة الشؤون الاجتماعية وأمانة محافظة جدة والدفاع المدني خلال الأسبوعين الماضيين 11 حضانة أطفال منزلية تعمل دون ترخيص في أحياء الصفا والمروة والنسيم، بعد بلاغات عن تكدس الأطفال في شقق سكنية تفتقر إلى أدنى اشتراطات السلامة.',
      'وأفاد مدير فرع وزارة الشؤون الاجتماعية بمنطقة مكة المكرمة الأستاذ خالد بن صالح الثبيتي «عكاظ» بأن اللجنة وجدت في إحدى الحضانات «28 طفلاً في غرفتين، تشرف عليهم عاملة منزلية واحدة لا تحمل أي مؤهل»، لافتاً إلى أن الفرع أحال المالكات إلى الجهات المختصة.',
      'وشدد الثبيتي على أن الوزارة «لا تحارب الحضانات المنزلية، بل تريد تنظيمها»، مضيفاً: «من تملك مكاناً مناسباً فأبواب الترخيص مفتوحة، والاشتراطات منشورة على موقع الوزارة».',
      '«كنت أدفع 600 ريال شهرياً وأظن أن ابنتي في أمان، حتى عدت مبكراً ذات يوم فوجدتها تبكي وحدها في المطبخ»، تروي الموظفة في أحد البنوك منى الغامدي لـ«عكاظ» قصتها مع إحدى الحضانات المغلقة.',
      'في المقابل، رأت أم عبدالله، صاحبة إحدى الحضانات المغلقة، أن الاشتراطات «مكلفة لا تقدر عليها ربة منزل»، متسائلة: «من أين لي بمخرجَي طوارئ وأنا أسكن في شقة بالدور الثاني؟».',
      'وتشترط الوزارة لترخيص الحضانة ألا يقل عمر المشرفة عن 25 عاماً، وأن تحمل مؤهلاً في رياض الأطفال، وألا يزيد عدد الأطفال على ستة لكل مشرفة.',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      ['28 طفلاً في غرفتين، تشرف عليهم عاملة منزلية واحدة لا تحمل أي مؤهل', 'partial', 'خالد بن صالح الثبيتي'],
      ['لا تحارب الحضانات المنزلية، بل تريد تنظيمها', 'partial', 'خالد بن صالح الثبيتي'],
      [
        'من تملك مكاناً مناسباً فأبواب الترخيص مفتوحة، والاشتراطات منشورة على موقع الوزارة',
        'direct',
        'خالد بن صالح الثبيتي',
      ],
      [
        'كنت أدفع 600 ريال شهرياً وأظن أن ابنتي في أمان، حتى عدت مبكراً ذات يوم فوجدتها تبكي وحدها في المطبخ',
        'direct',
        'منى الغامدي',
      ],
      ['عكاظ', 'mention', null],
      ['مكلفة لا تقدر عليها ربة منزل', 'partial', 'أم عبدالله'],
      ['من أين لي بمخرجَي طوارئ وأنا أسكن في شقة بالدور الثاني؟', 'direct', 'أم عبدالله'],
    ],
  },
  {
    what: 'Sabq Sudanese conjoined twins separated at the National Guard’s children’s hospital in " ": the name-سبق-city: byline run into the lede with the twins’ quoted names, the team head (الدكتور) لـ"سبق": with a colon, then وأشار "family name" إلى أن … "…" with the name in the paper’s quotes, the father relayed by SPA with ونقلت وكالة … "واس" عن …، …، قوله:, the health affairs’ statement with وفي بيان صحفي، أوضحت … أن … "…", the mother with واكتفت بعبارة:, a quoted hashtag; the statement and the mother the engine misreads are split out below',
    text: [
      'عبدالله البرقاوي- سبق- الرياض: نجح فريق طبي سعودي في مستشفى الملك عبدالله التخصصي للأطفال بمدينة الملك عبدالعزيز الطبية بالحرس الوطني، أمس، في فصل التوأم السيامي السوداني "سلمى وسارة" الملتصقتين في منطقة البطن والحوض، في عملية استغرقت 11 ساعة.',
      'وقال رئيس الفريق الطبي استشاري جراحة الأطفال الدكتور فيصل بن حمود العنقري لـ"سبق": "العملية مرت بمراحلها التسع دون مضاعفات، وأصعب ما فيها كان فصل الكبد المشترك والأمعاء، والتوأم الآن في العناية المركزة تحت الملاحظة".',
      'وأشار "العنقري" إلى أن الساعات الـ72 المقبلة "حاسمة"، موضحاً أن الفريق ضم 26 طبيباً وممرضاً وفنياً من تخصصات الجراحة والتخدير والمسالك البولية والتجميل.',
      'ونقلت وكالة الأنباء السعودية "واس" عن والد التوأم، عثمان إبراهيم آدم، قوله: "جئنا من الخرطوم ونحن لا نملك إلا الدعاء، فوجدنا هنا من عامل ابنتيّ كأنهما من أهله".',
      'وتفاعل مغردون عبر وسم "#فصل_التوأم_السوداني" مع خبر العملية، مثنين على الفريق الطبي.',
    ].join('\n\n'),
    quotes: [
      ['سلمى وسارة', 'mention', null],
      ['سبق', 'mention', null],
      [
        'العملية مرت بمراحلها التسع دون مضاعفات، وأصعب ما فيها كان فصل الكبد المشترك والأمعاء، والتوأم الآن في العناية المركزة تحت الملاحظة',
        'direct',
        'فيصل بن حمود العنقري',
      ],
      ['العنقري', 'mention', null],
      ['حاسمة', 'partial', 'فيصل بن حمود العنقري'],
      ['واس', 'mention', null],
      [
        'جئنا من الخرطوم ونحن لا نملك إلا الدعاء، فوجدنا هنا من عامل ابنتيّ كأنهما من أهله',
        'direct',
        'عثمان إبراهيم آدم',
      ],
      ['#فصل_التوأم_السوداني', 'mention', null],
    ],
  },
  {
    what: 'Al-Madina Khaybar’s wells running dry in « »: a name-dash-city byline, a lede with no quote, a farmer with his age in brackets and يشرح لـ«المدينة» كيف … «…»، قبل أن يستطرد:, the agriculture branch director (المهندس) with عزا … إلى «…» and مبيناً أن «…», then وأردف + family name في اتصال هاتفي:, a woman hydrologist (الدكتورة) with وحذرت … من أن … «…» and داعية إلى «…», a background paragraph, a closing يذكر أن with a programme’s quoted name; the farmer and the hydrologist the engine misreads are split out below',
    text: [
      'مرزوق العنزي - خيبر',
      'يشكو مزارعو محافظة خيبر من تراجع منسوب المياه في آبارهم إلى مستويات غير مسبوقة هذا الصيف، ما دفع عدداً منهم إلى ترك أجزاء من مزارعهم دون سقيا، وسط مخاوف من خسارة نخيل يعود عمر بعضه إلى أكثر من نصف قرن.',
      'من جهته، عزا مدير فرع وزارة الزراعة بخيبر المهندس عبدالرحمن بن سعد الرشيدي انخفاض المنسوب إلى «الضخ الجائر وتوسع زراعة الأعلاف في المناطق المحيطة»، مبيناً أن الفرع رصد «تراجعاً يتجاوز ثلاثة أمتار سنوياً في بعض الآبار».',
      'وأردف الرشيدي في اتصال هاتفي: «نشجع المزارعين على التحول إلى الري بالتنقيط، وصندوق التنمية الزراعية يقدم قروضاً ميسرة لهذا الغرض».',
      'وتضم خيبر، الواقعة على بعد 170 كيلومتراً شمال المدينة المنورة، أكثر من 600 ألف نخلة، ويشتهر تمرها بأصناف البرني والصيحاني والحلوة.',
      'يذكر أن الوزارة أطلقت العام الماضي برنامج «ترشيد» لدعم أنظمة الري الحديثة في مزارع المنطقة.',
    ].join('\n\n'),
    quotes: [
      ['الضخ الجائر وتوسع زراعة الأعلاف في المناطق المحيطة', 'partial', 'عبدالرحمن بن سعد الرشيدي'],
      ['تراجعاً يتجاوز ثلاثة أمتار سنوياً في بعض الآبار', 'partial', 'عبدالرحمن بن سعد الرشيدي'],
      [
        'نشجع المزارعين على التحول إلى الري بالتنقيط، وصندوق التنمية الزراعية يقدم قروضاً ميسرة لهذا الغرض',
        'direct',
        'عبدالرحمن بن سعد الرشيدي',
      ],
      ['ترشيد', 'mention', null],
    ],
  },
];

describe('probe 92: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'Air ambulance, split out: a woman named in apposition before her post with أما …، …، فتحدثت عن + a noun phrase, then a quoted prepositional fragment "على …" (partial), then قائلة: "…"',
    // engine gap: the quoted prepositional fragment after تحدثت عن + a noun phrase is taken as direct, not partial
    gaps: ['attribution'],
    text: [
      'أما ريم بنت عبدالله الدوسري، أول ممرضة سعودية تنضم إلى طواقم الإسعاف الجوي، فتحدثت عن ستة أشهر من التدريب "على الهبوط في المواقع الوعرة والتعامل مع المصاب في مساحة ضيقة"، قائلة: "الخوف يختفي حين ترى من الجو مريضاً ينتظرك على الأرض".',
    ].join('\n\n'),
    quotes: [
      ['على الهبوط في المواقع الوعرة والتعامل مع المصاب في مساحة ضيقة', 'partial', 'ريم بنت عبدالله الدوسري'],
      ['الخوف يختفي حين ترى من الجو مريضاً ينتظرك على الأرض', 'direct', 'ريم بنت عبدالله الدوسري'],
    ],
  },
  {
    what: 'Conjoined twins, split out: after a body’s statement, the mother by her relation then her name in apposition with أما …، …، فلم تستطع …، واكتفت بعبارة: "…"',
    // engine gap: the mother’s words after واكتفت بعبارة: are credited to the health affairs named in the statement before, not to the name in apposition after والدة التوأم
    gaps: ['attribution'],
    text: [
      'وفي بيان صحفي، أوضحت الشؤون الصحية بالحرس الوطني أن العملية هي "الحادية والأربعون ضمن البرنامج السعودي لفصل التوائم السيامية"، الذي تتكفل الدولة بنفقاته منذ عام 1990.',
      'أما والدة التوأم، آمنة الطيب، فلم تستطع الحديث طويلاً، واكتفت بعبارة: "رأيتهما لأول مرة في سريرين منفصلين".',
    ].join('\n\n'),
    quotes: [
      [
        'الحادية والأربعون ضمن البرنامج السعودي لفصل التوائم السيامية',
        'partial',
        'الشؤون الصحية بالحرس الوطني',
      ],
      ['رأيتهما لأول مرة في سريرين منفصلين', 'direct', 'آمنة الطيب'],
    ],
  },
  {
    what: 'Khaybar’s wells, split out: a place phrase first, then وقف المزارع + name + age in brackets يشرح لـ«المدينة» كيف … «…»، قبل أن يستطرد: «…» (the role word before the name)',
    // engine gap: all three quotes (the paper’s quoted name too, as a partial) are credited to the role word «المزارع», not to the name after it
    gaps: ['attribution'],
    text: [
      'وأمام بئر جفت قبل شهرين، وقف المزارع سليمان بن عايد الفقير (62 عاماً) يشرح لـ«المدينة» كيف كانت البئر التي حفرها والده «تفيض في الثمانينيات»، قبل أن يستطرد: «اليوم لا نصل إلى الماء إلا بعد 180 متراً، وما نصرفه على الديزل صار أكثر مما نبيعه من التمر».',
    ].join('\n\n'),
    quotes: [
      ['المدينة', 'mention', null],
      ['تفيض في الثمانينيات', 'partial', 'سليمان بن عايد الفقير'],
      [
        'اليوم لا نصل إلى الماء إلا بعد 180 متراً، وما نصرفه على الديزل صار أكثر مما نبيعه من التمر',
        'direct',
        'سليمان بن عايد الفقير',
      ],
    ],
  },
  {
    what: 'Khaybar’s wells, split out: a woman’s post with its university before her rank and name (وحذرت الباحثة في … بجامعة … الدكتورة فلانة من أن … «…»), then داعية إلى «…»',
    text: [
      'وحذرت الباحثة في علوم المياه بجامعة طيبة الدكتورة هيفاء بنت مطلق السحيمي من أن استمرار الاستنزاف «سيحوّل واحات الحجاز التاريخية إلى أطلال خلال عقدين»، داعية إلى «حصر الآبار وتركيب عدادات عليها دون استثناء».',
    ].join('\n\n'),
    quotes: [
      ['سيحوّل واحات الحجاز التاريخية إلى أطلال خلال عقدين', 'partial', 'هيفاء بنت مطلق السحيمي'],
      ['حصر الآبار وتركيب عدادات عليها دون استثناء', 'partial', 'هيفاء بنت مطلق السحيمي'],
    ],
  },
];

describe('probe 92: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'BBC Arabic the Karachi heatwave in " ": a lede with بحسب and no quote, a charity’s spokesman in apposition with إن … "…" and مضيفاً أن … "…", a woman doctor in a place phrase first with لبي بي سي:, then وأضافت أن with no quote … موضحة:, the power company’s statement with في بيان إن … "…" and نافية أن … "…", an unnamed official of a named authority relayed by AP (credited to the authority), a background paragraph; the relayed unnamed official the engine misreads is split out below',
    text: [
      'ارتفع عدد ضحايا موجة الحر التي تضرب مدينة كراتشي جنوبي باكستان إلى أكثر من 800 شخص، بحسب مسؤولين في قطاع الصحة، في حين تجاوزت درجات الحرارة 44 درجة مئوية لليوم الرابع على التوالي.',
      'وقال أنور حسين بلوش، المتحدث باسم مؤسسة إيدهي الخيرية التي تدير أكبر مشرحة في المدينة، إن المؤسسة "استقبلت في يوم واحد أكثر من 400 جثة"، مضيفاً أن ثلاجات المشرحة "امتلأت عن آخرها".',
      'وفي مستشفى جناح، أكبر مستشفيات كراتشي الحكومية، قالت الطبيبة نازيا شيخ، رئيسة قسم الطوارئ، لبي بي سي: "معظم من نستقبلهم من كبار السن والعمال الذين يعملون تحت الشمس، ويصلون إلينا وقد فقدوا الوعي".',
      'وأضافت أن كثيراً من المرضى كانوا صائمين، إذ بدأ شهر رمضان مع بداية الموجة، موضحة: "ننصحهم بالإفطار إن شعروا بالدوار، فالفتوى في هذا واضحة".',
      'وحمل متظاهرون الحكومة المحلية في إقليم السند مسؤولية انقطاع الكهرباء لساعات طويلة، فيما قالت شركة كراتشي للكهرباء في بيان إن الانقطاعات "سببها طلب لا تحتمله الشبكة"، نافية أن تكون قد "تعمدت قطع التيار عن أي منطقة".',
      'ويقول خبراء الأرصاد إن منخفضاً جوياً فوق بحر العرب أوقف النسيم البحري الذي يلطف عادة أجواء المدينة الساحلية.',
    ].join('\n\n'),
    quotes: [
      ['استقبلت في يوم واحد أكثر من 400 جثة', 'partial', 'أنور حسين بلوش'],
      ['امتلأت عن آخرها', 'partial', 'أنور حسين بلوش'],
      [
        'معظم من نستقبلهم من كبار السن والعمال الذين يعملون تحت الشمس، ويصلون إلينا وقد فقدوا الوعي',
        'direct',
        'نازيا شيخ',
      ],
      ['ننصحهم بالإفطار إن شعروا بالدوار، فالفتوى في هذا واضحة', 'direct', 'نازيا شيخ'],
      ['سببها طلب لا تحتمله الشبكة', 'partial', 'شركة كراتشي للكهرباء'],
      ['تعمدت قطع التيار عن أي منطقة', 'partial', 'شركة كراتشي للكهرباء'],
    ],
  },
  {
    what: 'Al Arabiya.net the Dubai Water Canal works in " ": its name byline, the project’s quoted name in the lede, the roads authority’s projects director in apposition لـ"العربية.نت" with إن … "…" and مشيراً إلى أن … "…", a quote first closed by بحسب + family name، الذي …, the authority’s statement with وذكرت … في بيان أن … "…"، و… لـ"…", a woman resident with التي … :, an analyst of a quoted firm with ويتوقع …، …، أن … "…" and معتبراً … "…", a background paragraph; the lede with the authority’s statement and the analyst the engine misreads are split out below',
    text: [
      'العربية.نت - سلمى الحوسني',
      'وقال راشد سيف المهيري، مدير إدارة المشاريع في الهيئة، لـ"العربية.نت" إن العمل يجري "على مدار 24 ساعة في ثلاث نوبات"، مشيراً إلى أن الهيئة "حولت حركة المرور على شارع الشيخ زايد إلى جسور مؤقتة دون إغلاق أي مسار".',
      '"الجسر الذي سيعبر القناة على شارع الشيخ زايد سيرتفع 8.5 متر فوق سطح الماء، ليسمح بمرور اليخوت"، بحسب المهيري، الذي أوضح أن القناة ستضم أيضاً ثلاثة جسور للمشاة.',
      'لكن سكان منطقة الصفا يشكون من الغبار والضجيج، إذ تقول المقيمة الأردنية رنا الخطيب، التي تسكن على بعد مئتي متر من الموقع: "نوافذنا لا تفتح منذ أشهر، وأطفالي ينامون على صوت الحفارات".',
      'وكان حاكم دبي قد اعتمد تصميم المشروع في أكتوبر 2013، بتكلفة تقدر بملياري درهم.',
    ].join('\n\n'),
    quotes: [
      ['العربية.نت', 'mention', null],
      ['على مدار 24 ساعة في ثلاث نوبات', 'partial', 'راشد سيف المهيري'],
      [
        'حولت حركة المرور على شارع الشيخ زايد إلى جسور مؤقتة دون إغلاق أي مسار',
        'partial',
        'راشد سيف المهيري',
      ],
      [
        'الجسر الذي سيعبر القناة على شارع الشيخ زايد سيرتفع 8.5 متر فوق سطح الماء، ليسمح بمرور اليخوت',
        'direct',
        'راشد سيف المهيري',
      ],
      ['نوافذنا لا تفتح منذ أشهر، وأطفالي ينامون على صوت الحفارات', 'direct', 'رنا الخطيب'],
    ],
  },
  {
    what: 'Anadolu Arabic a new pillar found at Göbeklitepe in " ": its city/name/الأناضول byline, the site’s quoted name in the lede, the dig’s head (البروفيسور) in apposition في حديث للأناضول، إن … "…" and مبيناً أن … "…", then وأضاف + surname:, a woman researcher in apposition with من جانبها، أوضحت … أن … "…"، لأن "…", the culture ministry’s statement with UNESCO’s quoted name and مشيرة إلى أنه "…", a souvenir seller with أما …، الذي …، فقال لمراسل الأناضول:, a background paragraph',
    text: [
      'شانلي أورفة/ محمد شاهين/ الأناضول',
      'كشفت أعمال التنقيب في موقع "غوبكلي تبه" الأثري بولاية شانلي أورفة جنوب شرقي تركيا، عن دعامة حجرية جديدة على شكل حرف T تحمل نقوشاً لثعلب وطيور، يعود تاريخها إلى نحو 11 ألفاً و500 عام.',
      'وقال رئيس فريق التنقيب، البروفيسور أردال كوركماز، في حديث للأناضول، إن الدعامة "عثر عليها في الطبقة العميقة من الحفرة الجنوبية، وهي في حالة جيدة جداً"، مبيناً أن الفريق "لم يتوقع العثور على نقوش بهذا الوضوح".',
      'وأضاف كوركماز: "هذا الموقع يجبرنا على إعادة كتابة التاريخ، فالبشر بنوا هذه المعابد قبل أن يعرفوا الزراعة والكتابة".',
      'من جانبها، أوضحت الباحثة في المعهد الألماني للآثار، ليا هاوبت، أن الفريق التركي الألماني المشترك يعمل "بحذر شديد"، لأن "كل سنتيمتر من التربة قد يحمل عظاماً أو بذوراً تخبرنا بما كان يأكله بناة المعبد".',
      'وأعلنت وزارة الثقافة والسياحة التركية، في بيان، أنها تقدمت بملف الموقع إلى منظمة "يونسكو" لإدراجه على قائمة التراث العالمي، مشيرة إلى أنه "أقدم معبد معروف في تاريخ البشرية".',
      'أما محمد أقطاش، الذي يبيع التذكارات عند مدخل الموقع، فقال لمراسل الأناضول: "قبل خمس سنوات كنا نرى عشرة سياح في اليوم، واليوم تأتي الحافلات من إسطنبول وأنطاليا".',
      'ويعد الموقع، الذي اكتشف عام 1963 وبدأت الحفريات المنتظمة فيه عام 1995، من أهم المواقع الأثرية العائدة إلى العصر الحجري الحديث.',
    ].join('\n\n'),
    quotes: [
      ['غوبكلي تبه', 'mention', null],
      ['عثر عليها في الطبقة العميقة من الحفرة الجنوبية، وهي في حالة جيدة جداً', 'partial', 'أردال كوركماز'],
      ['لم يتوقع العثور على نقوش بهذا الوضوح', 'partial', 'أردال كوركماز'],
      [
        'هذا الموقع يجبرنا على إعادة كتابة التاريخ، فالبشر بنوا هذه المعابد قبل أن يعرفوا الزراعة والكتابة',
        'direct',
        'أردال كوركماز',
      ],
      ['بحذر شديد', 'partial', 'ليا هاوبت'],
      [
        'كل سنتيمتر من التربة قد يحمل عظاماً أو بذوراً تخبرنا بما كان يأكله بناة المعبد',
        'partial',
        'ليا هاوبت',
      ],
      ['يونسكو', 'mention', null],
      ['أقدم معبد معروف في تاريخ البشرية', 'partial', 'وزارة الثقافة والسياحة التركية'],
      [
        'قبل خمس سنوات كنا نرى عشرة سياح في اليوم، واليوم تأتي الحافلات من إسطنبول وأنطاليا',
        'direct',
        'محمد أقطاش',
      ],
    ],
  },
  {
    what: 'France 24 Arabic Algeria’s baccalaureate leak in « »: a lede with no quote, the education ministry’s statement published by APS with أن «…»، وأن «…», a schoolgirl with لفرانس 24: and two sentences inside the marks, a union leader in apposition with اتهم … بـ«…» and وطالب بـ«…», a sociologist with ويرى … أن «…»، وقال في اتصال مع فرانس 24:, the police with a Facebook page’s quoted name and no speech, the credit line',
    text: [
      'قررت وزارة التربية الجزائرية إعادة امتحان شهادة البكالوريا في مادتين لنحو 300 ألف مترشح، بعد تسريب الأسئلة على مواقع التواصل الاجتماعي قبل ساعات من موعد الامتحان، في فضيحة هي الأكبر من نوعها منذ سنوات.',
      'وأوضحت الوزارة في بيان نشرته وكالة الأنباء الجزائرية أن التحقيقات الأولية «أثبتت تورط موظفين في مراكز الطبع»، وأن الإعادة «ستجري في ظروف أمنية مشددة».',
      'وقالت التلميذة أمينة بلقاسم، من ثانوية في حي باب الواد بالعاصمة، لفرانس 24: «سهرنا الليالي طوال العام، ثم نعاقب نحن على خطأ لم نرتكبه. الظلم أن من غش لن يعرف أبداً».',
      'من جهته، اتهم الأمين العام لنقابة أساتذة التعليم الثانوي، رشيد بوعزة، الوزارة بـ«التستر على ثغرات يعرفها الجميع منذ سنوات»، وطالب بـ«لجنة تحقيق مستقلة لا يعين الوزير أعضاءها».',
      'ويرى أستاذ علم الاجتماع بجامعة وهران مراد حميدي أن الحادثة «ضربت الثقة في الشهادة»، وقال في اتصال مع فرانس 24: «الجامعات ستنظر إلى دفعة هذا العام بعين الريبة، وهذا ظلم لآلاف المجتهدين».',
      'وأعلنت المديرية العامة للأمن الوطني توقيف 14 شخصاً بينهم موظفون في الديوان الوطني للامتحانات والمسابقات، يشتبه في تصويرهم الأسئلة ونشرها عبر صفحة على فيسبوك تحمل اسم «باك 2015 حصرياً».',
      'فرانس 24 / أ ف ب',
    ].join('\n\n'),
    quotes: [
      ['أثبتت تورط موظفين في مراكز الطبع', 'partial', 'وزارة التربية الجزائرية'],
      ['ستجري في ظروف أمنية مشددة', 'partial', 'وزارة التربية الجزائرية'],
      [
        'سهرنا الليالي طوال العام، ثم نعاقب نحن على خطأ لم نرتكبه. الظلم أن من غش لن يعرف أبداً',
        'direct',
        'أمينة بلقاسم',
      ],
      ['التستر على ثغرات يعرفها الجميع منذ سنوات', 'partial', 'رشيد بوعزة'],
      ['لجنة تحقيق مستقلة لا يعين الوزير أعضاءها', 'partial', 'رشيد بوعزة'],
      ['ضربت الثقة في الشهادة', 'partial', 'مراد حميدي'],
      ['الجامعات ستنظر إلى دفعة هذا العام بعين الريبة، وهذا ظلم لآلاف المجتهدين', 'direct', 'مراد حميدي'],
      ['باك 2015 حصرياً', 'mention', null],
    ],
  },
  {
    what: 'Reuters Arabic OPEC keeping its ceiling in " ": the city-(رويترز) dateline run into a lede with no quote, the organisation’s statement with وجاء في بيان أصدرته … أن … "…", an unnamed Gulf delegate with طلب عدم نشر اسمه "…" and no colon (credited to OPEC), a Venezuelan delegate with لكن …، …، قال للصحفيين إن … "…" مضيفا أن … "…", a background paragraph, a woman analyst of a quoted firm whose quote comes first with قالت … after it, the إعداد line; the unnamed delegate the engine misreads is split out below',
    text: [
      'فيينا (رويترز) - قررت منظمة البلدان المصدرة للبترول (أوبك) يوم الجمعة الإبقاء على سقف إنتاجها عند 30 مليون برميل يوميا دون تغيير في إشارة إلى أن المنظمة ماضية في الدفاع عن حصتها في السوق رغم هبوط الأسعار إلى النصف خلال عام.',
      'وجاء في بيان أصدرته المنظمة عقب اجتماع استمر أقل من أربع ساعات أن الدول الأعضاء "ستراقب تطورات السوق عن كثب".',
      'لكن رافاييل ميندوثا، عضو وفد فنزويلا، قال للصحفيين إن بلاده كانت تأمل في "قرار يوقف نزيف الأسعار" مضيفا أن الدول الأعضاء الأفقر "تدفع الثمن الأكبر".',
      'وانخفض سعر مزيج برنت في العقود الآجلة 1.2 دولار إلى 62.8 دولار للبرميل بعد صدور القرار.',
      '"السوق كانت تتوقع القرار لكنها لم تتوقع أن يخلو البيان من أي إشارة إلى الأسعار" قالت هيلين مارتينيز المحللة لدى "بترو ماتريكس" في لندن.',
      '(إعداد رامي الأيوبي للنشرة العربية - تحرير دينا زهران)',
    ].join('\n\n'),
    quotes: [
      ['ستراقب تطورات السوق عن كثب', 'partial', 'منظمة البلدان المصدرة للبترول'],
      ['قرار يوقف نزيف الأسعار', 'partial', 'رافاييل ميندوثا'],
      ['تدفع الثمن الأكبر', 'partial', 'رافاييل ميندوثا'],
      [
        'السوق كانت تتوقع القرار لكنها لم تتوقع أن يخلو البيان من أي إشارة إلى الأسعار',
        'direct',
        'هيلين مارتينيز',
      ],
      ['بترو ماتريكس', 'mention', null],
    ],
  },
];

describe('probe 92: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Karachi heatwave, split out: an unnamed official of a named authority relayed by an agency (ونقلت وكالة … عن مسؤول في الهيئة …، لم تذكر اسمه، قوله إن … "…"), credited to the authority',
    // engine gap: the quote is credited to the relaying agency «وكالة أسوشيتد برس», not to the authority of the unnamed official
    gaps: ['attribution'],
    text: [
      'ونقلت وكالة أسوشيتد برس عن مسؤول في الهيئة الإقليمية لإدارة الكوارث في السند، لم تذكر اسمه، قوله إن السلطات "أقامت مراكز إسعاف مؤقتة في الشوارع لتوزيع المياه والأملاح".',
    ].join('\n\n'),
    quotes: [
      [
        'أقامت مراكز إسعاف مؤقتة في الشوارع لتوزيع المياه والأملاح',
        'partial',
        'الهيئة الإقليمية لإدارة الكوارث في السند',
      ],
    ],
  },
  {
    what: 'Dubai Water Canal, split out: the authority named in full in the lede, then its statement by the short noun (وذكرت الهيئة في بيان أن … "…"، و… لـ"…")',
    text: [
      'أعلنت هيئة الطرق والمواصلات في دبي إنجاز 40 في المئة من أعمال مشروع "قناة دبي المائية"، التي ستمد مياه الخور من منطقة الخليج التجاري عبر شارع الشيخ زايد وصولاً إلى البحر عند جميرا، على أن يفتتح المشروع أواخر العام المقبل.',
      'وذكرت الهيئة في بيان أن المشروع "سيضيف 6 كيلومترات من الواجهات البحرية"، وسيوفر مساحات لـ"الفنادق والمطاعم ومسارات الدراجات الهوائية والمشي".',
    ].join('\n\n'),
    quotes: [
      ['قناة دبي المائية', 'mention', null],
      ['سيضيف 6 كيلومترات من الواجهات البحرية', 'partial', 'هيئة الطرق والمواصلات في دبي'],
      ['الفنادق والمطاعم ومسارات الدراجات الهوائية والمشي', 'partial', 'هيئة الطرق والمواصلات في دبي'],
    ],
  },
  {
    what: 'Dubai Water Canal, split out: an analyst named first with his post and a quoted firm in apposition (ويتوقع فلان، المحلل في شركة "…" …، أن … "…"), then معتبراً المشروع "…"',
    // engine gap: the first quote after أن ترتفع … is taken as a mention with no speaker and the second gets a null speaker (in the whole article both went to the projects director quoted earlier)
    gaps: ['attribution'],
    text: [
      'ويتوقع وليد الزرعوني، المحلل في شركة "كلاتونز" للاستشارات العقارية، أن ترتفع أسعار العقارات المطلة على القناة "بما بين 15 و20 في المئة"، معتبراً المشروع "رهاناً على السياحة أكثر منه على السكن".',
    ].join('\n\n'),
    quotes: [
      ['كلاتونز', 'mention', null],
      ['بما بين 15 و20 في المئة', 'partial', 'وليد الزرعوني'],
      ['رهاناً على السياحة أكثر منه على السكن', 'partial', 'وليد الزرعوني'],
    ],
  },
  {
    what: 'OPEC, split out: an unnamed delegate of a named organisation with طلب عدم نشر اسمه "…" and no colon (وقال مندوب خليجي في أوبك …), credited to the organisation',
    // engine gap: the quote is credited to the description «مندوب خليجي», not to the organisation the unnamed delegate belongs to
    gaps: ['attribution'],
    text: [
      'وقال مندوب خليجي في أوبك طلب عدم نشر اسمه "لم يطرح أحد خفض الإنتاج بشكل جدي. الجميع يعرف أن من يخفض سيخسر زبائنه لصالح المنتجين من خارج المنظمة."',
    ].join('\n\n'),
    quotes: [
      [
        'لم يطرح أحد خفض الإنتاج بشكل جدي. الجميع يعرف أن من يخفض سيخسر زبائنه لصالح المنتجين من خارج المنظمة.',
        'direct',
        'أوبك',
      ],
    ],
  },
];

describe('probe 92: international passages split out', () => {
  runRows(internationalSplitRows);
});
