/**
 * A hundred-and-fifth probe of generality, held out: ten whole articles written for this probe alone, to
 * measure the engine on text none of its authors saw, each imitating the copy its desk really files (byline or
 * dateline, lede, chains of titles and honorifics, second mentions, cue verbs, marks, background paragraphs).
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Al-Jazirah on sign-language interpreters in the Riyadh general court (a city-dash-name byline, the
 * initiative's quoted name in the lede, the justice ministry's undersecretary (معالي … الشيخ الدكتور) with
 * وأوضح … لـ«الجزيرة» أن «…» and لافتاً إلى أن with no quote, then وأضاف الشيخ + family name:, a background
 * paragraph with بحسب and no quote, a woman interpreter with من جانبها، رأت …، التي …، أن … «…» and مضيفة:,
 * a deaf litigant whose words the interpreter relays with وترجمت عنه + her family name قوله:, the deaf
 * society's earlier statement with طالبت … بـ«…» and ووصفت … بأنها «…», a quoted hashtag); Al-Watan on Jazan's
 * mango season (its city-colon-name byline, a festival's quoted name in the lede, the agriculture branch
 * director (المهندس) لـ"الوطن" with إن … "…" and a variety's quoted name after موضحاً أن, then وزاد + family
 * name:, a farmer's words first with "…"، يقول …، الذي …, then ويتابع + family name … أن … "…", a woman
 * researcher (الدكتورة) with في المقابل، ترى … أن … "…" and غير أنها نبهت إلى أن "…", an unnamed official of
 * the municipality with طلب عدم ذكر اسمه، بأن … "…" (credited to the municipality), a closing يذكر أن with no
 * quote); Al-Sharq on a chlorine leak at a Khobar swimming pool (its city-bullet-name byline with a woman
 * reporter, a lede with no quote, the civil defence spokesman (العقيد) لـ«الشرق» with أن “…” and مبيناً أن …
 * “…”, then وأكد + family name أن … “…”، وقال:, the health affairs' statement with ذكرت … في بيان أن … “…”،
 * وأن … “…”, a mother by her kunya with وروت …، …، … قائلة:, a professor (الدكتور) with ويرى … أن … “…” and
 * داعياً … إلى “…”, a closing يشار إلى أن with a campaign's quoted name); Ajel on a Saudi referee chosen for
 * an Asian Champions League quarter-final (its paper-dash-city line, two clubs' quoted names in the lede, the
 * referee في اتصال هاتفي مع "عاجل": , then وأضاف أنه … "…" with no subject, the referees' committee head
 * (الأستاذ) with من جهته، أكد … أن … "…"، فيما لفت إلى أن "…", a background paragraph, a former referee
 * relayed by a quoted paper with ونقلت صحيفة "…" عن … قوله إن … "…", Twitter's and a hashtag's quoted names)
 * and Al-Eqtisadiah on used-car prices falling in Riyadh's Haraj (its name-then-من-city byline, the market's
 * quoted name and وفق ما رصدته «الاقتصادية» in the lede, a chamber committee head named first with وعزا …،
 * …، التراجع إلى «…» then وقال في حديث لـ«الاقتصادية»:, then وأضاف + family name أن … «…», a showroom owner
 * with ويقول …، وهو …، إن … «…» then ويضيف بلهجة ساخرة:, the commerce ministry with أعلنت … أنها … «…» (a
 * contract's quoted name) and مؤكدة أن … «…», an economist (الدكتور) named first with ولا يتوقع …، …، أن …،
 * إذ يرى أن … «…»، لكنه استدرك بأن «…»).
 * Five are in the voices of international outlets: Al Jazeera Net on the gum arabic harvest in North Kordofan
 * (a city-(region)-dash-name byline, a scene lede with no quote naming a tapper, ويقول + family name للجزيرة
 * نت:, then ويضيف الرجل الستيني أن … "…", a background paragraph, the gum arabic council's secretary general
 * with وفي حديث للجزيرة نت، أوضح … أن … "…"، غير أنه أقر بأن "…", a woman co-operative head with أما …، التي
 * …، فتقول إن … "…"، وتتابع:, FAO's representative relayed by AFP in apposition with قوله إن "…", the
 * المصدر line); France 24 Arabic on a Senegalese wrestling bout in Dakar (a lede with the stadium's and the
 * two wrestlers' quoted nicknames, the winner's real name in apposition after his nickname with بحسب
 * المنظمين, the winner لفرانس 24 … وهو يلوح …: , the loser's stable manager in apposition after the stable's
 * quoted name with اعترف … بأن … «…» and مؤكداً أن … «…», a background paragraph with the sport's quoted local
 * name, a woman drinks seller with وهي … لمراسلة فرانس 24:, the wrestling committee's earlier statement with
 * وكانت … قد شددت في بيان … على أن … «…», a sociologist with ويرى … أن … «…» and محذراً من أن «…», the
 * agencies line); DW Arabic on Berlin's new airport delayed again (a dated lede with the airport's quoted name,
 * an unnamed spokesman of the airport company with إن … «…» and مضيفاً أن … «…» (credited to the company), a
 * Green MP in apposition with وصف … المشروع بأنه «…» then وقال في حديث لـDW عربية:, then وأضاف + surname أن …
 * «…», a background paragraph with the old airports' quoted names, a woman resident with أما …، التي …، فتقول
 * إنها … «…»، وتضيف:, a professor (البروفيسور) in apposition with ويرى … أن … «…» and موضحاً:, the agencies
 * line); Sputnik Arabic on the Army-2015 forum at Kubinka (its city-dash-agency line, the park's and the
 * forum's quoted names in the lede, the defence ministry's statement with قالت … في بيان إن … «…» and مشيرة
 * إلى أن with no quote, a tank-plant designer relayed by a quoted agency with ونقلت وكالة «…» عن …، …، قوله:,
 * a retired Egyptian colonel (العقيد) in a place phrase in apposition with لـ«سبوتنيك»:, then وأضاف + family
 * name أن … «…», a woman researcher in apposition with من جانبها، أوضحت … أن … «…» and لافتة إلى أن «…», a
 * background paragraph) and Al-Quds Al-Arabi on the thirtieth Jerash festival (its city-«paper» dateline run
 * into a lede with the festival's quoted slogan, the festival's director in a press conference with إن … «…»،
 * لكنها «…» (the festival's administration as the subject of the second), then وتابع + family name:, a woman
 * singer with وقالت …، التي …، لـ«القدس العربي» إن … «…»، مضيفة:, a poet in apposition to an evening's quoted
 * name with أما … فرأى أن … «…» and داعياً … إلى «…», merchants with اشتكى … من أن … «…» (credited to the
 * group), the tourism director in apposition relayed by Petra with قد أكد، بحسب وكالة …، أن … «…», a
 * background paragraph). Quotes in « », " " and “ ” as each paper or outlet writes them.
 *
 * Every person and quote is invented here (places, bodies, outlets, clubs, the festival, the forum, the
 * airport and the stadium are real); no row was tuned on the corpus. The expectations come from reading each
 * article as a person would, under the annotation rules of ../shared/corpus/README.md (speaker = the fullest
 * name the article gives, without title, rank, role, nationality or honorific; a body for its statement; an
 * unnamed spokesman or official of a named body to the body; an anonymous group by its description; relayed
 * words to the person relayed; names of papers, agencies, initiatives, festivals, campaigns, clubs, stadiums,
 * wrestlers' nicknames, stables, sports, varieties, markets, contracts, airports, parks, forums, evenings,
 * slogans and hashtags are mentions with no speaker), and were written before the engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe105: 6/10 rows, 70/74 speech quotes, 35/36 mentions; by hand from the rows, Saudi
 * 5/5 rows, 36/36 speech, 18/18 mentions, international 1/5 rows, 34/38 speech, 17/18 mentions). After the
 * run no expectation was found to misread the rules, and none was changed (the Jerash merchants keep their
 * place phrase as the group's fullest description, as the corpus keeps بعض الاقتصاديين and the rows keep سكان
 * حي النسيم). Each passage the engine misreads was split out of its article into a row of its own (the table
 * of split rows below; no Saudi passage needed one), the rest of the article kept as written; every paragraph
 * and expectation of the ten articles is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Jazirah sign-language interpreters in the Riyadh general court in « »: a city-dash-name byline, the initiative’s quoted name, the undersecretary (معالي … الشيخ الدكتور) with وأوضح … لـ«الجزيرة» أن «…» and لافتاً إلى أن with no quote, then وأضاف الشيخ + family name:, a background paragraph with بحسب, a woman interpreter with من جانبها، رأت …، التي …، أن … «…» and مضيفة:, a deaf litigant relayed with وترجمت عنه + family name قوله:, the deaf society with طالبت … بـ«…» and ووصفت … بأنها «…», a quoted hashtag',
    text: [
      'الرياض - عبدالله العتيبي',
      'بدأت المحكمة العامة بالرياض الأسبوع الماضي الاستعانة بمترجمين معتمدين للغة الإشارة في جلساتها، لتمكين المتقاضين من الصم وضعاف السمع من متابعة قضاياهم وإبداء أقوالهم دون وسيط من ذويهم، وذلك ضمن مبادرة أطلقتها وزارة العدل تحت اسم «عدالة بلا حواجز».',
      'وأوضح معالي وكيل وزارة العدل للشؤون القضائية الشيخ الدكتور سعد بن محمد الدوسري لـ«الجزيرة» أن المبادرة «جاءت استجابة لشكاوى متكررة من متقاضين صم شعروا بأن أقوالهم لم تنقل إلى القاضي كما أرادوها»، لافتاً إلى أن الوزارة تعاقدت مع اثني عشر مترجماً في المرحلة الأولى.',
      'وأضاف الشيخ الدوسري: «لا يجوز أن يكون الأخ أو الابن هو لسان المتقاضي في قضية قد يكون طرفاً فيها، فالحياد شرط في الترجمة كما هو شرط في الشهادة».',
      'وستعمم التجربة، بحسب الوزارة، على محاكم جدة والدمام والمدينة المنورة مطلع العام القضائي المقبل، على أن تشمل محاكم المناطق الأخرى تباعاً.',
      'من جانبها، رأت المترجمة المعتمدة نوال بنت عيسى الحربي، التي عملت في أولى الجلسات، أن القضاة أبدوا «صبراً لافتاً» مع المتقاضين، مضيفة: «في إحدى الجلسات أوقف فضيلة القاضي المرافعة مرتين ليتأكد من أن المدعي فهم سؤاله، وهذا ما كان الصم ينتظرونه منذ سنوات».',
      'وعبّر المواطن فيصل بن راشد القحطاني، وهو أحد المتقاضين الصم، بالإشارة عن ارتياحه، وترجمت عنه الحربي قوله: «لأول مرة أخرج من المحكمة وأنا أعرف ماذا قال القاضي وماذا قلت أنا».',
      'وكانت الجمعية السعودية للإعاقة السمعية قد طالبت في بيان سابق بـ«اعتماد لغة الإشارة في جميع الدوائر الحكومية»، ووصفت خطوة وزارة العدل بأنها «بداية يجب ألا تتوقف عند المحاكم».',
      'وتداول مغردون مقطعاً من إحدى الجلسات عبر وسم «#لغة_الإشارة_في_المحاكم»، مشيدين بالمبادرة ومطالبين بتعميمها على المستشفيات.',
    ].join('\n\n'),
    quotes: [
      ['عدالة بلا حواجز', 'mention', null],
      ['الجزيرة', 'mention', null],
      [
        'جاءت استجابة لشكاوى متكررة من متقاضين صم شعروا بأن أقوالهم لم تنقل إلى القاضي كما أرادوها',
        'partial',
        'سعد بن محمد الدوسري',
      ],
      [
        'لا يجوز أن يكون الأخ أو الابن هو لسان المتقاضي في قضية قد يكون طرفاً فيها، فالحياد شرط في الترجمة كما هو شرط في الشهادة',
        'direct',
        'سعد بن محمد الدوسري',
      ],
      ['صبراً لافتاً', 'partial', 'نوال بنت عيسى الحربي'],
      [
        'في إحدى الجلسات أوقف فضيلة القاضي المرافعة مرتين ليتأكد من أن المدعي فهم سؤاله، وهذا ما كان الصم ينتظرونه منذ سنوات',
        'direct',
        'نوال بنت عيسى الحربي',
      ],
      ['لأول مرة أخرج من المحكمة وأنا أعرف ماذا قال القاضي وماذا قلت أنا', 'direct', 'فيصل بن راشد القحطاني'],
      ['اعتماد لغة الإشارة في جميع الدوائر الحكومية', 'partial', 'الجمعية السعودية للإعاقة السمعية'],
      ['بداية يجب ألا تتوقف عند المحاكم', 'partial', 'الجمعية السعودية للإعاقة السمعية'],
      ['#لغة_الإشارة_في_المحاكم', 'mention', null],
    ],
  },
  {
    what: 'Al-Watan Jazan’s mango season in " ": its city-colon-name byline, a festival’s quoted name in the lede, the agriculture branch director (المهندس) لـ"الوطن" with إن … "…" and a variety’s quoted name after موضحاً أن, then وزاد + family name:, a farmer’s words first with "…"، يقول …، الذي …, then ويتابع + family name … أن … "…", a woman researcher (الدكتورة) with في المقابل، ترى … أن … "…" and غير أنها نبهت إلى أن "…", an unnamed municipality official with طلب عدم ذكر اسمه، بأن, a closing يذكر أن',
    text: [
      'جازان: علي الحازمي',
      'بدأت طلائع المانجو الجازانية تصل إلى سوق الخضار المركزي بمدينة جيزان هذا الأسبوع، وسط توقعات بأن يتجاوز إنتاج المنطقة هذا الموسم 60 ألف طن، في وقت تستعد فيه المحافظة لاستضافة مهرجان "المانجو والفواكه الاستوائية" الخامس.',
      'وقال مدير عام فرع وزارة الزراعة بمنطقة جازان المهندس أحمد بن يحيى النعمي لـ"الوطن" إن المزارعين "توسعوا خلال الأعوام الثلاثة الماضية في زراعة الأصناف المطعمة، حتى باتت المزارع تضم أكثر من 40 صنفاً"، موضحاً أن صنف "التومي" ما زال الأكثر طلباً في الأسواق.',
      'وزاد النعمي: "لدينا اليوم ما يزيد على مليون شجرة مانجو، لكن التسويق هو الحلقة الأضعف، فالمزارع يبيع في ذروة الموسم بأقل من نصف السعر الذي يدفعه المستهلك في الرياض أو جدة".',
      '"الحرارة هذا العام أنضجت الثمار قبل موعدها بأسبوعين، ولم نجد أيدي عاملة كافية للقطف"، يقول المزارع حسن بن علي مباركي، الذي يملك مزرعة في صبيا ورثها عن أبيه.',
      'ويتابع مباركي بنبرة لا تخلو من الأسى أن كثيراً من جيرانه "باعوا محصولهم على الشجر لتجار يأتون من خارج المنطقة، لأنهم لا يملكون ثلاجات ولا سيارات مبردة".',
      'في المقابل، ترى الباحثة في مركز أبحاث البستنة بجازان الدكتورة منى بنت سالم العطاس أن المنطقة "قادرة على منافسة المانجو المستورد من باكستان والهند في الجودة"، غير أنها نبهت إلى أن "غياب مصانع التعبئة والتجفيف يهدر ما لا يقل عن ربع المحصول كل عام".',
      'وأفاد مسؤول في أمانة منطقة جازان، طلب عدم ذكر اسمه، بأن الأمانة "خصصت ساحة جديدة لبسطات المانجو على طريق الكورنيش لتخفيف الزحام عن السوق المركزي".',
      'يذكر أن منطقة جازان تستأثر بأكثر من 70 في المئة من إنتاج المملكة من المانجو، وتتركز مزارعها في محافظات صبيا وأبو عريش وصامطة والدرب.',
    ].join('\n\n'),
    quotes: [
      ['المانجو والفواكه الاستوائية', 'mention', null],
      ['الوطن', 'mention', null],
      [
        'توسعوا خلال الأعوام الثلاثة الماضية في زراعة الأصناف المطعمة، حتى باتت المزارع تضم أكثر من 40 صنفاً',
        'partial',
        'أحمد بن يحيى النعمي',
      ],
      ['التومي', 'mention', null],
      [
        'لدينا اليوم ما يزيد على مليون شجرة مانجو، لكن التسويق هو الحلقة الأضعف، فالمزارع يبيع في ذروة الموسم بأقل من نصف السعر الذي يدفعه المستهلك في الرياض أو جدة',
        'direct',
        'أحمد بن يحيى النعمي',
      ],
      [
        'الحرارة هذا العام أنضجت الثمار قبل موعدها بأسبوعين، ولم نجد أيدي عاملة كافية للقطف',
        'direct',
        'حسن بن علي مباركي',
      ],
      [
        'باعوا محصولهم على الشجر لتجار يأتون من خارج المنطقة، لأنهم لا يملكون ثلاجات ولا سيارات مبردة',
        'partial',
        'حسن بن علي مباركي',
      ],
      ['قادرة على منافسة المانجو المستورد من باكستان والهند في الجودة', 'partial', 'منى بنت سالم العطاس'],
      ['غياب مصانع التعبئة والتجفيف يهدر ما لا يقل عن ربع المحصول كل عام', 'partial', 'منى بنت سالم العطاس'],
      [
        'خصصت ساحة جديدة لبسطات المانجو على طريق الكورنيش لتخفيف الزحام عن السوق المركزي',
        'partial',
        'أمانة منطقة جازان',
      ],
    ],
  },
  {
    what: 'Al-Sharq a chlorine leak at a Khobar swimming pool in “ ” with the paper’s name in « »: a city-bullet-name byline, a lede with no quote, the civil defence spokesman (العقيد) لـ«الشرق» with أن “…” and مبيناً أن … “…”, then وأكد + family name أن … “…”، وقال:, the health affairs’ statement with ذكرت … في بيان أن … “…”، وأن … “…”, a mother by her kunya with وروت …، …، … قائلة:, a professor (الدكتور) with ويرى … أن … “…” and داعياً … إلى “…”, a closing يشار إلى أن with a campaign’s quoted name',
    text: [
      'الخبر • ريم الشمري',
      'نقل الهلال الأحمر السعودي صباح أمس 14 طفلاً إلى مستشفيات الخبر والدمام، إثر تسرب غاز الكلور من غرفة المضخات في مسبح تابع لمجمع سكني بحي الراكة، أثناء مشاركتهم في دورة صيفية لتعليم السباحة.',
      'وأوضح الناطق الإعلامي للمديرية العامة للدفاع المدني بالمنطقة الشرقية العقيد منصور بن سعد الغامدي لـ«الشرق» أن فرق الدفاع المدني “تعاملت مع التسرب خلال دقائق من وصول البلاغ، وأغلقت الصمام الرئيس وأخلت المبنى بالكامل”، مبيناً أن التحقيقات الأولية تشير إلى “خطأ في خلط المواد الكيميائية أثناء تعقيم المياه”.',
      'وأكد الغامدي أن المجمع “سيخضع لتفتيش شامل”، وقال: “لن يعاد فتح المسبح قبل أن نتأكد من أن العاملين فيه مدربون على التعامل مع المواد الخطرة، وأن أنظمة التهوية تعمل كما يجب”.',
      'من جهتها، ذكرت المديرية العامة للشؤون الصحية بالمنطقة الشرقية في بيان أن حالة الأطفال “مستقرة”، وأن ثلاثة منهم فقط “ما زالوا تحت الملاحظة في قسم الأطفال بمستشفى الملك فهد الجامعي”.',
      'وروت والدة أحد الأطفال، أم عبدالعزيز، لحظات الحادث قائلة: “اتصل بي المدرب وقال إن ابني يسعل ولا يستطيع فتح عينيه، وحين وصلت وجدت سيارات الإسعاف تملأ الشارع”.',
      'ويرى أستاذ الهندسة الكيميائية بجامعة الملك فهد للبترول والمعادن الدكتور خالد بن عبدالرحمن الزامل أن حوادث الكلور “تتكرر في المسابح الخاصة لأن من يشغلها عمالة غير مؤهلة”، داعياً البلديات إلى “إلزام ملاك المسابح بشهادات تدريب لفنيي الصيانة”.',
      'يشار إلى أن الدفاع المدني أطلق مطلع الصيف حملة بعنوان “صيف آمن” للتوعية بمخاطر الغرق وسوء تخزين مواد التعقيم في المسابح.',
    ].join('\n\n'),
    quotes: [
      ['الشرق', 'mention', null],
      [
        'تعاملت مع التسرب خلال دقائق من وصول البلاغ، وأغلقت الصمام الرئيس وأخلت المبنى بالكامل',
        'partial',
        'منصور بن سعد الغامدي',
      ],
      ['خطأ في خلط المواد الكيميائية أثناء تعقيم المياه', 'partial', 'منصور بن سعد الغامدي'],
      ['سيخضع لتفتيش شامل', 'partial', 'منصور بن سعد الغامدي'],
      [
        'لن يعاد فتح المسبح قبل أن نتأكد من أن العاملين فيه مدربون على التعامل مع المواد الخطرة، وأن أنظمة التهوية تعمل كما يجب',
        'direct',
        'منصور بن سعد الغامدي',
      ],
      ['مستقرة', 'partial', 'المديرية العامة للشؤون الصحية بالمنطقة الشرقية'],
      [
        'ما زالوا تحت الملاحظة في قسم الأطفال بمستشفى الملك فهد الجامعي',
        'partial',
        'المديرية العامة للشؤون الصحية بالمنطقة الشرقية',
      ],
      [
        'اتصل بي المدرب وقال إن ابني يسعل ولا يستطيع فتح عينيه، وحين وصلت وجدت سيارات الإسعاف تملأ الشارع',
        'direct',
        'أم عبدالعزيز',
      ],
      ['تتكرر في المسابح الخاصة لأن من يشغلها عمالة غير مؤهلة', 'partial', 'خالد بن عبدالرحمن الزامل'],
      ['إلزام ملاك المسابح بشهادات تدريب لفنيي الصيانة', 'partial', 'خالد بن عبدالرحمن الزامل'],
      ['صيف آمن', 'mention', null],
    ],
  },
  {
    what: 'Ajel a Saudi referee for an Asian Champions League quarter-final in " ": its paper-dash-city line, two clubs’ quoted names in the lede, the referee في اتصال هاتفي مع "عاجل":, then وأضاف أنه … "…" with no subject, the referees’ committee head (الأستاذ) with من جهته، أكد … أن … "…"، فيما لفت إلى أن "…", a background paragraph, a former referee relayed by a quoted paper with ونقلت صحيفة "…" عن … قوله إن … "…", Twitter’s and a hashtag’s quoted names',
    text: [
      'عاجل - الرياض',
      'اختارت لجنة الحكام في الاتحاد الآسيوي لكرة القدم الحكم الدولي السعودي تركي بن فهد الشهري لإدارة مباراة الذهاب في ربع نهائي دوري أبطال آسيا بين فريقي "غوانزو إيفرغراند" الصيني و"كاشيوا ريسول" الياباني، المقررة في السادس والعشرين من أغسطس المقبل.',
      'وقال الشهري في اتصال هاتفي مع "عاجل": "الثقة الآسيوية مسؤولية قبل أن تكون تكريماً، وسأدخل المباراة وكأنها أول مباراة أديرها في حياتي".',
      'وأضاف أنه يتدرب يومياً "ساعتين في الصباح وساعة بعد صلاة المغرب" استعداداً للمباراة، مشيراً إلى أن طاقمه سيضم مساعدين من أوزبكستان والأردن.',
      'من جهته، أكد رئيس لجنة الحكام الرئيسية في الاتحاد العربي السعودي لكرة القدم الأستاذ إبراهيم بن صالح العمر أن اختيار الشهري "يعكس المستوى الذي وصل إليه التحكيم السعودي"، فيما لفت إلى أن "ثلاثة حكام سعوديين آخرين باتوا ضمن قائمة النخبة الآسيوية".',
      'وكان الشهري قد أدار الموسم الماضي نهائي كأس ولي العهد، ونال جائزة أفضل حكم في دوري عبداللطيف جميل للمحترفين مرتين.',
      'ونقلت صحيفة "الرياضية" عن الحكم الدولي السابق سالم بن ناصر القرني قوله إن الشهري "يمتلك شخصية قوية داخل الملعب، ولا يتأثر بضغط الجماهير".',
      'واحتفى مشجعون على "تويتر" بالاختيار عبر وسم "#الشهري_في_آسيا"، فيما طالب آخرون بمنح الحكام المحليين فرصة إدارة مباريات القمة في الدوري بدلاً من الاستعانة بالحكام الأجانب.',
    ].join('\n\n'),
    quotes: [
      ['غوانزو إيفرغراند', 'mention', null],
      ['كاشيوا ريسول', 'mention', null],
      ['عاجل', 'mention', null],
      [
        'الثقة الآسيوية مسؤولية قبل أن تكون تكريماً، وسأدخل المباراة وكأنها أول مباراة أديرها في حياتي',
        'direct',
        'تركي بن فهد الشهري',
      ],
      ['ساعتين في الصباح وساعة بعد صلاة المغرب', 'partial', 'تركي بن فهد الشهري'],
      ['يعكس المستوى الذي وصل إليه التحكيم السعودي', 'partial', 'إبراهيم بن صالح العمر'],
      ['ثلاثة حكام سعوديين آخرين باتوا ضمن قائمة النخبة الآسيوية', 'partial', 'إبراهيم بن صالح العمر'],
      ['الرياضية', 'mention', null],
      ['يمتلك شخصية قوية داخل الملعب، ولا يتأثر بضغط الجماهير', 'partial', 'سالم بن ناصر القرني'],
      ['تويتر', 'mention', null],
      ['#الشهري_في_آسيا', 'mention', null],
    ],
  },
  {
    what: 'Al-Eqtisadiah used-car prices falling in Riyadh’s Haraj in « »: its name-then-من-city byline, the market’s quoted name and وفق ما رصدته «الاقتصادية», a chamber committee head named first with وعزا …، …، التراجع إلى «…» then وقال في حديث لـ«الاقتصادية»:, then وأضاف + family name أن … «…», a showroom owner with ويقول …، وهو …، إن … «…» then ويضيف بلهجة ساخرة:, the commerce ministry with a contract’s quoted name and مؤكدة أن … «…», an economist (الدكتور) named first with ولا يتوقع …، إذ يرى أن … «…»، لكنه استدرك بأن «…»',
    text: [
      'ماجد الخالدي من الرياض',
      'تراجعت أسعار السيارات المستعملة في معارض «الحراج» جنوب الرياض بنسب تراوح بين 10 و15 في المئة خلال الأشهر الثلاثة الماضية، وفق ما رصدته «الاقتصادية»، مع تزايد المعروض وتراجع الطلب من العمالة الوافدة.',
      'وعزا عبدالرحمن بن ناصر الدغيلبي، رئيس لجنة معارض السيارات في الغرفة التجارية الصناعية بالرياض، التراجع إلى «دخول تمويل السيارات الجديدة بالتقسيط إلى كل بيت تقريباً»، وقال في حديث لـ«الاقتصادية»: «المشتري الذي كان يدفع 30 ألف ريال نقداً في سيارة عمرها خمس سنوات، صار يفضل قسطاً شهرياً لسيارة جديدة من الوكالة».',
      'وأضاف الدغيلبي أن عدد المعارض في الحراج «تجاوز 600 معرض، كثير منها يعمل بلا سجل تجاري واضح».',
      'ويقول فهد بن مطلق العصيمي، وهو صاحب معرض منذ عشرين عاماً، إن السوق «لم تشهد ركوداً كهذا منذ انهيار الأسهم»، ويضيف بلهجة ساخرة: «صرنا نبيع السيارة ونخسر فيها، والزبون ما زال يفاصل».',
      'في المقابل، أعلنت وزارة التجارة والصناعة أنها ستلزم المعارض اعتباراً من العام المقبل بإصدار «عقد بيع موحد» إلكتروني، مؤكدة أن الخطوة «ستحد من التلاعب بعدادات المسافة وإخفاء الحوادث».',
      'ولا يتوقع الدكتور سامي بن إبراهيم النويصر، أستاذ الاقتصاد في جامعة الملك سعود، أن تعود الأسعار إلى الارتفاع قريباً، إذ يرى أن السوق «تدفع ثمن سنوات من التضخم غير المبرر»، لكنه استدرك بأن «انخفاض أسعار النفط قد يعيد بعض المشترين إلى السيارات المستعملة».',
    ].join('\n\n'),
    quotes: [
      ['الحراج', 'mention', null],
      ['الاقتصادية', 'mention', null],
      ['دخول تمويل السيارات الجديدة بالتقسيط إلى كل بيت تقريباً', 'partial', 'عبدالرحمن بن ناصر الدغيلبي'],
      ['الاقتصادية', 'mention', null],
      [
        'المشتري الذي كان يدفع 30 ألف ريال نقداً في سيارة عمرها خمس سنوات، صار يفضل قسطاً شهرياً لسيارة جديدة من الوكالة',
        'direct',
        'عبدالرحمن بن ناصر الدغيلبي',
      ],
      ['تجاوز 600 معرض، كثير منها يعمل بلا سجل تجاري واضح', 'partial', 'عبدالرحمن بن ناصر الدغيلبي'],
      ['لم تشهد ركوداً كهذا منذ انهيار الأسهم', 'partial', 'فهد بن مطلق العصيمي'],
      ['صرنا نبيع السيارة ونخسر فيها، والزبون ما زال يفاصل', 'direct', 'فهد بن مطلق العصيمي'],
      ['عقد بيع موحد', 'mention', null],
      ['ستحد من التلاعب بعدادات المسافة وإخفاء الحوادث', 'partial', 'وزارة التجارة والصناعة'],
      ['تدفع ثمن سنوات من التضخم غير المبرر', 'partial', 'سامي بن إبراهيم النويصر'],
      [
        'انخفاض أسعار النفط قد يعيد بعض المشترين إلى السيارات المستعملة',
        'partial',
        'سامي بن إبراهيم النويصر',
      ],
    ],
  },
];

describe('probe 105: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'Al Jazeera Net the gum arabic harvest in North Kordofan in " ": a city-(region)-dash-name byline, a scene lede with no quote, ويقول + family name للجزيرة نت:, then ويضيف الرجل الستيني أن … "…", a background paragraph, the council’s secretary general with وفي حديث للجزيرة نت، أوضح … أن … "…"، غير أنه أقر بأن "…", a woman co-operative head with أما …، التي …، فتقول إن … "…"، وتتابع:, FAO’s representative relayed by AFP in apposition with قوله إن "…", the المصدر line; the tapper’s lede and his two paragraphs the engine misreads are split out below',
    text: [
      'الأبيض (شمال كردفان) - عثمان الطيب',
      'ويعد السودان أكبر منتج للصمغ العربي في العالم، إذ يوفر نحو 80% من الإنتاج العالمي، ويدخل الصمغ في صناعة المشروبات الغازية والأدوية ومستحضرات التجميل، وقد استثنته العقوبات الأميركية من الحظر المفروض على الصادرات السودانية.',
      'وفي حديث للجزيرة نت، أوضح الأمين العام لمجلس الصمغ العربي عبد الماجد محمد خوجلي أن الحكومة "رفعت السعر التأشيري للقنطار هذا العام لتشجيع المنتجين"، غير أنه أقر بأن "التهريب عبر الحدود إلى تشاد وإريتريا يحرم البلاد من جزء كبير من عائدات الصادر".',
      'أما فاطمة حامد النور، التي تدير جمعية تعاونية نسوية لجمع الصمغ في بارا، فتقول إن النساء "يقمن بمعظم العمل ولا يحصلن إلا على الفتات"، وتتابع: "نريد أن نبيع مباشرة للمصدرين، من دون سماسرة يأخذون نصف ما نتعب فيه".',
      'ونقلت وكالة الصحافة الفرنسية عن ممثل منظمة الأغذية والزراعة في السودان، جيمس ويلسون، قوله إن "حزام الصمغ العربي هو خط الدفاع الأخير أمام زحف الصحراء جنوبا".',
      'المصدر : الجزيرة',
    ].join('\n\n'),
    quotes: [
      ['رفعت السعر التأشيري للقنطار هذا العام لتشجيع المنتجين', 'partial', 'عبد الماجد محمد خوجلي'],
      [
        'التهريب عبر الحدود إلى تشاد وإريتريا يحرم البلاد من جزء كبير من عائدات الصادر',
        'partial',
        'عبد الماجد محمد خوجلي',
      ],
      ['يقمن بمعظم العمل ولا يحصلن إلا على الفتات', 'partial', 'فاطمة حامد النور'],
      ['نريد أن نبيع مباشرة للمصدرين، من دون سماسرة يأخذون نصف ما نتعب فيه', 'direct', 'فاطمة حامد النور'],
      ['حزام الصمغ العربي هو خط الدفاع الأخير أمام زحف الصحراء جنوبا', 'partial', 'جيمس ويلسون'],
    ],
  },
  {
    what: 'France 24 Arabic a Senegalese wrestling bout in Dakar in « »: a lede with the stadium’s and two wrestlers’ quoted nicknames, the winner’s real name in apposition after his nickname, the winner لفرانس 24 … وهو يلوح …:, the loser’s stable manager in apposition after the stable’s quoted name with اعترف … بأن … «…» and مؤكداً أن … «…», a background paragraph with the sport’s quoted local name, a woman seller with وهي … لمراسلة فرانس 24:, the committee’s earlier statement with وكانت … قد شددت في بيان … على أن … «…», a sociologist with ويرى … أن … «…» and محذراً من أن «…», the agencies line; the sociologist the engine misreads is split out below',
    text: [
      'احتشد أكثر من 50 ألف متفرج الأحد في ملعب «ليوبولد سيدار سنغور» بداكار لمتابعة نزال المصارعة التقليدية الذي جمع «تيغو» و«موديو 2»، في أكبر حدث رياضي تشهده السنغال هذا العام.',
      'وحسم «تيغو»، واسمه الحقيقي مامادو نداي، النزال في دقيقته السادسة بعدما طرح منافسه أرضا، ليحصد جائزة قيمتها 100 مليون فرنك أفريقي، بحسب المنظمين.',
      'وقال نداي لفرانس 24 بعد النزال وهو يلوح للجماهير: «هذا الانتصار لحي بيكين الذي لم يتخل عني حين خسرت قبل عامين، ولأمي التي لم تنم ليلة أمس».',
      'في المقابل، اعترف المدير الفني لإسطبل «موديو 2»، شيخ تيديان سار، بأن مصارعه «لم يكن في أفضل حالاته البدنية»، مؤكدا أن فريقه «سيطلب نزال الثأر في الموسم المقبل».',
      'وتعد المصارعة السنغالية، المعروفة محليا باسم «لامب»، الرياضة الأكثر شعبية في البلاد، وتمزج بين القتال والطقوس التقليدية، إذ يدخل المصارعون الحلبة وسط قرع الطبول مرتدين التمائم.',
      'وقالت آوا جوب، وهي بائعة مشروبات عند مدخل الملعب، لمراسلة فرانس 24: «أكسب في يوم النزال ما أكسبه في شهر كامل، لذلك أدعو لكل المصارعين بالتوفيق».',
      'وكانت اللجنة الوطنية لإدارة المصارعة قد شددت في بيان قبل النزال على أن قوات الأمن «لن تسمح بإدخال أي أدوات حادة أو ألعاب نارية إلى المدرجات»، بعد أعمال شغب شهدتها نزالات سابقة.',
      'فرانس 24 / أ ف ب',
    ].join('\n\n'),
    quotes: [
      ['ليوبولد سيدار سنغور', 'mention', null],
      ['تيغو', 'mention', null],
      ['موديو 2', 'mention', null],
      ['تيغو', 'mention', null],
      [
        'هذا الانتصار لحي بيكين الذي لم يتخل عني حين خسرت قبل عامين، ولأمي التي لم تنم ليلة أمس',
        'direct',
        'مامادو نداي',
      ],
      ['موديو 2', 'mention', null],
      ['لم يكن في أفضل حالاته البدنية', 'partial', 'شيخ تيديان سار'],
      ['سيطلب نزال الثأر في الموسم المقبل', 'partial', 'شيخ تيديان سار'],
      ['لامب', 'mention', null],
      ['أكسب في يوم النزال ما أكسبه في شهر كامل، لذلك أدعو لكل المصارعين بالتوفيق', 'direct', 'آوا جوب'],
      [
        'لن تسمح بإدخال أي أدوات حادة أو ألعاب نارية إلى المدرجات',
        'partial',
        'اللجنة الوطنية لإدارة المصارعة',
      ],
    ],
  },
  {
    what: 'DW Arabic Berlin’s new airport delayed again in « »: a dated lede with the airport’s quoted name, an unnamed spokesman of the airport company with إن … «…» and مضيفاً أن … «…», a Green MP in apposition with وصف … المشروع بأنه «…» then وقال في حديث لـDW عربية:, then وأضاف + surname أن … «…», a background paragraph with the old airports’ quoted names, a woman resident with أما …، التي …، فتقول إنها … «…»، وتضيف:, a professor (البروفيسور) in apposition with ويرى … أن … «…» and موضحاً:, the agencies line; the lede the engine misreads is split out below',
    text: [
      'وقال متحدث باسم شركة مطارات برلين إن مشكلات نظام الحماية من الحرائق «ما زالت تحتاج إلى أشهر من العمل»، مضيفا أن الشركة «لن تعلن موعدا جديدا قبل أن تتأكد من أنه نهائي».',
      'من جهته، وصف النائب عن حزب الخضر في برلمان ولاية براندنبورغ، ميشائيل كرامر، المشروع بأنه «فضيحة تدفع ثمنها جيوب دافعي الضرائب»، وقال في حديث لـDW عربية: «تجاوزت التكاليف خمسة مليارات يورو، أي ضعفي الميزانية الأصلية، ولا أحد يتحمل المسؤولية».',
      'وأضاف كرامر أن البرلمان «سيشكل لجنة تحقيق ثانية» إذا لم تقدم الحكومة المحلية تقريرا مفصلا بحلول الخريف.',
      'وكان من المقرر افتتاح المطار في يونيو/ حزيران 2012، إلا أن السلطات ألغت الافتتاح قبل أسابيع قليلة من موعده بعد اكتشاف عيوب في أنظمة السلامة، فيما يواصل مطارا «تيغل» و«شونيفيلد» القديمان استقبال المسافرين رغم تجاوزهما طاقتهما الاستيعابية.',
      'أما زابينه هوفمان، التي تسكن في حي راينكندورف القريب من مطار تيغل، فتقول إنها كانت تنتظر إغلاق المطار القديم «بفارغ الصبر»، وتضيف: «الطائرات تمر فوق بيتنا كل دقيقتين تقريبا، وقد وعدونا بالهدوء منذ سنوات».',
      'ويرى خبير الطيران في جامعة برلين التقنية، البروفيسور يوهانس فينكلر، أن التأخير «يضر بسمعة الهندسة الألمانية في العالم»، موضحا: «المشكلة لم تكن تقنية في الأساس، بل في إدارة مشروع تغير تصميمه عشرات المرات أثناء البناء».',
      'ع.ش/ ح.ز (د ب أ، رويترز)',
    ].join('\n\n'),
    quotes: [
      ['ما زالت تحتاج إلى أشهر من العمل', 'partial', 'شركة مطارات برلين'],
      ['لن تعلن موعدا جديدا قبل أن تتأكد من أنه نهائي', 'partial', 'شركة مطارات برلين'],
      ['فضيحة تدفع ثمنها جيوب دافعي الضرائب', 'partial', 'ميشائيل كرامر'],
      [
        'تجاوزت التكاليف خمسة مليارات يورو، أي ضعفي الميزانية الأصلية، ولا أحد يتحمل المسؤولية',
        'direct',
        'ميشائيل كرامر',
      ],
      ['سيشكل لجنة تحقيق ثانية', 'partial', 'ميشائيل كرامر'],
      ['تيغل', 'mention', null],
      ['شونيفيلد', 'mention', null],
      ['بفارغ الصبر', 'partial', 'زابينه هوفمان'],
      ['الطائرات تمر فوق بيتنا كل دقيقتين تقريبا، وقد وعدونا بالهدوء منذ سنوات', 'direct', 'زابينه هوفمان'],
      ['يضر بسمعة الهندسة الألمانية في العالم', 'partial', 'يوهانس فينكلر'],
      [
        'المشكلة لم تكن تقنية في الأساس، بل في إدارة مشروع تغير تصميمه عشرات المرات أثناء البناء',
        'direct',
        'يوهانس فينكلر',
      ],
    ],
  },
  {
    what: 'Sputnik Arabic the Army-2015 forum at Kubinka in « »: its city-dash-agency line, the park’s and forum’s quoted names in the lede, the defence ministry’s statement with قالت … في بيان إن … «…» and مشيرة إلى أن with no quote, a designer relayed by a quoted agency with ونقلت وكالة «…» عن …، …، قوله:, a retired colonel (العقيد) in a place phrase in apposition with لـ«سبوتنيك»:, then وأضاف + family name أن … «…», a woman researcher in apposition with من جانبها، أوضحت … أن … «…» and لافتة إلى أن «…», a background paragraph',
    text: [
      'موسكو - سبوتنيك',
      'افتتح في مجمع «باتريوت» بضاحية كوبينكا قرب موسكو، اليوم الثلاثاء، المنتدى العسكري التقني الدولي «الجيش-2015»، بمشاركة أكثر من 700 شركة ومؤسسة روسية تعرض نحو خمسة آلاف نموذج من الأسلحة والمعدات.',
      'وقالت وزارة الدفاع الروسية في بيان إن المنتدى «سيصبح منصة سنوية لعرض إنجازات الصناعة الدفاعية الوطنية أمام الشركاء الأجانب»، مشيرة إلى أن وفودا من أكثر من 70 دولة أكدت حضورها.',
      'ونقلت وكالة «ريا نوفوستي» عن كبير المصممين في مصنع الجرارات بمدينة تشيليابينسك، فاديم بيلوف، قوله: «المدرعة الجديدة قادرة على نقل عشرة جنود بسرعة تصل إلى 100 كيلومتر في الساعة، وهي مصممة للعمل في القطب الشمالي كما في الصحراء».',
      'وفي جناح المروحيات، قال العقيد المتقاعد سعيد عبد الكريم، وهو خبير عسكري مصري يزور المعرض، لـ«سبوتنيك»: «اللافت هذا العام هو التركيز على الطائرات بلا طيار، وهذا ما تحتاجه جيوش المنطقة العربية في حربها على الإرهاب».',
      'وأضاف عبد الكريم أن الأسعار الروسية باتت «أكثر قدرة على المنافسة من أي وقت مضى» بعد تراجع سعر الروبل.',
      'من جانبها، أوضحت الباحثة في مركز تحليل الاستراتيجيات والتكنولوجيات، أولغا ميخايلوفا، أن العقوبات الغربية «دفعت المصانع الروسية إلى الاعتماد على مكونات محلية بدلا من الأوكرانية والأوروبية»، لافتة إلى أن ذلك «رفع الكلفة في المدى القصير».',
      'ويستمر المنتدى حتى 19 يونيو/ حزيران، ويتضمن عروضا حية للدبابات والطائرات، ويفتح أبوابه للجمهور في يومه الأخير.',
    ].join('\n\n'),
    quotes: [
      ['باتريوت', 'mention', null],
      ['الجيش-2015', 'mention', null],
      [
        'سيصبح منصة سنوية لعرض إنجازات الصناعة الدفاعية الوطنية أمام الشركاء الأجانب',
        'partial',
        'وزارة الدفاع الروسية',
      ],
      ['ريا نوفوستي', 'mention', null],
      [
        'المدرعة الجديدة قادرة على نقل عشرة جنود بسرعة تصل إلى 100 كيلومتر في الساعة، وهي مصممة للعمل في القطب الشمالي كما في الصحراء',
        'direct',
        'فاديم بيلوف',
      ],
      ['سبوتنيك', 'mention', null],
      [
        'اللافت هذا العام هو التركيز على الطائرات بلا طيار، وهذا ما تحتاجه جيوش المنطقة العربية في حربها على الإرهاب',
        'direct',
        'سعيد عبد الكريم',
      ],
      ['أكثر قدرة على المنافسة من أي وقت مضى', 'partial', 'سعيد عبد الكريم'],
      [
        'دفعت المصانع الروسية إلى الاعتماد على مكونات محلية بدلا من الأوكرانية والأوروبية',
        'partial',
        'أولغا ميخايلوفا',
      ],
      ['رفع الكلفة في المدى القصير', 'partial', 'أولغا ميخايلوفا'],
    ],
  },
  {
    what: 'Al-Quds Al-Arabi the thirtieth Jerash festival in « »: its city-«paper» dateline run into a lede with the festival’s quoted slogan, the director at a press conference with إن … «…»، لكنها «…», then وتابع + family name:, a woman singer with وقالت …، التي …، لـ«القدس العربي» إن … «…»، مضيفة:, a poet in apposition to an evening’s quoted name with أما … فرأى أن … «…» and داعياً … إلى «…», merchants with اشتكى … من أن … «…», the tourism director in apposition relayed with بحسب وكالة … «بترا»، أن … «…», a background paragraph; the merchants the engine misreads are split out below',
    text: [
      'عمان ـ «القدس العربي»: انطلقت مساء الخميس فعاليات الدورة الثلاثين لمهرجان جرش للثقافة والفنون على المسرح الجنوبي في المدينة الأثرية، تحت شعار «جرش في عامه الثلاثين»، بمشاركة فنانين وشعراء من 25 دولة عربية وأجنبية.',
      'وقال المدير التنفيذي للمهرجان أيمن الرواشدة في مؤتمر صحافي عقده قبيل الافتتاح إن إدارة المهرجان «واجهت صعوبات مالية كبيرة هذا العام بسبب تراجع الدعم الحكومي»، لكنها «أصرت على إقامة الدورة في موعدها رسالة إلى العالم بأن الأردن آمن».',
      'وتابع الرواشدة: «جرش لم يتوقف إلا سنوات قليلة منذ تأسيسه عام 1981، ولن نسمح بأن يتوقف اليوم في ظل ما يجري حولنا».',
      'وقالت الفنانة اللبنانية ريما الحداد، التي تحيي حفل السبت، لـ«القدس العربي» إن الوقوف على مسرح جرش «حلم يراود كل فنان عربي»، مضيفة: «أغني هذا العام لسوريا والعراق وفلسطين، فالفن لا يمكن أن يكون بعيدا عن جراح الناس».',
      'أما الشاعر الفلسطيني عبد الرحيم قاسم، المشارك في أمسيات «بيت الشعر» على هامش المهرجان، فرأى أن الشعر «ما زال قادرا على جمع الناس رغم هيمنة الصورة»، داعيا وزارة الثقافة إلى «طباعة دواوين الشعراء الشباب بدلا من الاكتفاء بتكريم الراحلين».',
      'وكان مدير سياحة جرش، فراس العمري، قد أكد، بحسب وكالة الأنباء الأردنية «بترا»، أن المديرية «تعمل على خطة لربط المهرجان بالأسواق الشعبية في الدورة المقبلة».',
      'ويستمر المهرجان حتى الأول من آب/ أغسطس، ويتضمن أكثر من 200 فعالية بين حفلات غنائية وأمسيات شعرية وعروض فلكلورية ومعارض للحرف اليدوية.',
    ].join('\n\n'),
    quotes: [
      ['القدس العربي', 'mention', null],
      ['جرش في عامه الثلاثين', 'mention', null],
      ['واجهت صعوبات مالية كبيرة هذا العام بسبب تراجع الدعم الحكومي', 'partial', 'أيمن الرواشدة'],
      ['أصرت على إقامة الدورة في موعدها رسالة إلى العالم بأن الأردن آمن', 'partial', 'أيمن الرواشدة'],
      [
        'جرش لم يتوقف إلا سنوات قليلة منذ تأسيسه عام 1981، ولن نسمح بأن يتوقف اليوم في ظل ما يجري حولنا',
        'direct',
        'أيمن الرواشدة',
      ],
      ['القدس العربي', 'mention', null],
      ['حلم يراود كل فنان عربي', 'partial', 'ريما الحداد'],
      [
        'أغني هذا العام لسوريا والعراق وفلسطين، فالفن لا يمكن أن يكون بعيدا عن جراح الناس',
        'direct',
        'ريما الحداد',
      ],
      ['بيت الشعر', 'mention', null],
      ['ما زال قادرا على جمع الناس رغم هيمنة الصورة', 'partial', 'عبد الرحيم قاسم'],
      ['طباعة دواوين الشعراء الشباب بدلا من الاكتفاء بتكريم الراحلين', 'partial', 'عبد الرحيم قاسم'],
      ['بترا', 'mention', null],
      ['تعمل على خطة لربط المهرجان بالأسواق الشعبية في الدورة المقبلة', 'partial', 'فراس العمري'],
    ],
  },
];

describe('probe 105: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Gum arabic, split out: a tapper named in a scene lede, then ويقول + family name للجزيرة نت:, then ويضيف الرجل الستيني أن … "…" (a description for the man already named)',
    text: [
      'على أطراف قرية أم سيالة، يمسك إبراهيم آدم عيسى بمنجله الصغير ويشق لحاء شجرة الهشاب بحركة سريعة تعلمها من أبيه، قبل أن ينتقل إلى الشجرة التالية، في موسم يقول المزارعون إنه الأسوأ منذ عقد بسبب تأخر الأمطار.',
      'ويقول عيسى للجزيرة نت: "كنا نجمع من الشجرة الواحدة نصف رطل في الموسم، واليوم لا نحصل على ربع ذلك، والتاجر في السوق يحدد السعر كما يشاء".',
      'ويضيف الرجل الستيني أن أبناءه الثلاثة "هجروا الهشاب إلى مناجم الذهب في الصحراء، لأن يوم عمل هناك يعادل شهرا هنا".',
    ].join('\n\n'),
    quotes: [
      [
        'كنا نجمع من الشجرة الواحدة نصف رطل في الموسم، واليوم لا نحصل على ربع ذلك، والتاجر في السوق يحدد السعر كما يشاء',
        'direct',
        'إبراهيم آدم عيسى',
      ],
      [
        'هجروا الهشاب إلى مناجم الذهب في الصحراء، لأن يوم عمل هناك يعادل شهرا هنا',
        'partial',
        'إبراهيم آدم عيسى',
      ],
    ],
  },
  {
    what: 'Senegalese wrestling, split out: a sociologist whose name follows a university named after a person (عالم الاجتماع في جامعة الشيخ أنتا ديوب فلان)',
    text: [
      'ويرى عالم الاجتماع في جامعة الشيخ أنتا ديوب عبدولاي سيك أن المصارعة باتت «مصعدا اجتماعيا لشباب الأحياء الفقيرة»، محذرا من أن «وهم الثروة السريعة يدفع آلاف المراهقين إلى ترك المدرسة».',
    ].join('\n\n'),
    quotes: [
      ['مصعدا اجتماعيا لشباب الأحياء الفقيرة', 'partial', 'عبدولاي سيك'],
      ['وهم الثروة السريعة يدفع آلاف المراهقين إلى ترك المدرسة', 'partial', 'عبدولاي سيك'],
    ],
    gaps: ['attribution'],
    // engine gap: takes the university's ‹أنتا ديوب› into the name, crediting «أنتا ديوب عبدولاي سيك»
  },
  {
    what: 'Berlin airport, split out: a dated lede with the airport’s quoted name after the operator (أعلنت الشركة المشغلة لمطار … «…» الجمعة (…) أن …)',
    text: [
      'أعلنت الشركة المشغلة لمطار برلين الجديد «برلين براندنبورغ - فيلي برانت» الجمعة (24 يوليو/ تموز 2015) أن افتتاح المطار لن يتم قبل النصف الثاني من عام 2017، في تأجيل جديد لمشروع كان يفترض أن يفتتح قبل ثلاثة أعوام.',
    ].join('\n\n'),
    quotes: [['برلين براندنبورغ - فيلي برانت', 'mention', null]],
    gaps: ['attribution'],
    // engine gap: reads the airport's quoted name as a partial quote of «الشركة المشغلة لمطار برلين الجديد»
  },
  {
    what: 'Jerash festival, split out: an unnamed group with a place phrase as its speaker (اشتكى تجار في وسط مدينة … من أن … «…»)',
    text: [
      'في المقابل، اشتكى تجار في وسط مدينة جرش من أن المهرجان «لا يعود عليهم بأي فائدة»، إذ تنقل الحافلات الزوار من عمان إلى الموقع الأثري وتعيدهم دون أن يمروا بالأسواق.',
    ].join('\n\n'),
    quotes: [['لا يعود عليهم بأي فائدة', 'partial', 'تجار في وسط مدينة جرش']],
    gaps: ['attribution'],
    // engine gap: credits the bare «تجار», dropping the place phrase that says which merchants
  },
];

describe('probe 105: international passages split out', () => {
  runRows(internationalSplitRows);
});
