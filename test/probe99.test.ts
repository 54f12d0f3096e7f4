/**
 * A ninety-ninth probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw, each imitating the copy its desk really files (byline or
 * dateline, lede, chains of titles and honorifics, second mentions, cue verbs, marks, background paragraphs).
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Okaz on baboons raiding farms and schools in Al-Bahah (its name-(city) byline, a lede with no quote, the
 * agriculture branch director (المهندس) with وأوضح … لـ"عكاظ" أن … "…" and معتبراً أن … "…", then واستطرد +
 * family name:, a woman teacher with وتروي المواطنة …، وهي …، أن … "…" and مضيفة:, a farmer with أما …
 * فيقول إنه … with no quote then ويضيف بنبرة غاضبة:, the wildlife authority with وكانت … قد حذرت في بيان من
 * "…" and مؤكدة أن … "…", a quoted hashtag); Al-Riyadh on the first food-truck licences in Riyadh (a
 * city-dash-name byline, the initiative's quoted name in the lede, the municipality's deputy (سعادة …
 * الدكتور) with his words first and ، بهذا أوضح … لـ"الرياض" … and مشيراً إلى أن … "…", then وأردف +
 * family name أن with no quote, a woman truck owner with a place phrase first, her description in apposition
 * and وقالت لـ"الرياض":, then واستدركت + family name بأن … "…", a chamber committee head (الأستاذ) with
 * في المقابل، أبدى … تحفظه … واصفاً إياها بأنها "…", a closing يذكر أن with an app's quoted name); Al-Madina
 * on the Jeddah Literary Club's elections (a city-dash-name byline, a lede with numbers and no quote, the new
 * president (الدكتور) with وقال … عقب إعلان النتائج: «…», then وتعهد + family name … مبيناً أن … «…» with a
 * magazine's quoted name, a woman writer (القاصة الدكتورة) with من جهتها، عدت …، التي …، فوزها «…», an
 * unnamed official of the ministry's deputyship with وأكد مسؤول في …، حضر …، أن … «…» (credited to the
 * deputyship), a losing candidate (الشاعر) with غير أن … لم يخف … وكتب في حسابه على «تويتر»:, a background
 * paragraph); Makkah on the feeding of the Grand Mosque's pigeons (a name-dash-city byline, a campaign's
 * quoted name in the lede, the environment health director (المهندس) with وأشار … في حديث لـ«مكة» إلى أن …
 * «…» and لافتاً إلى أن … «…», then ومضى + family name قائلاً:, a background paragraph, a woman seller by
 * her kunya with وتقول …، التي …، إن … «…» and متسائلة: with a question mark inside the marks, a Turkish
 * pilgrim with أما … فقال عبر مترجم إنه … «…», the presidency with وكانت … قد دعت في تعميم … إلى «…») and
 * Al-Yaum on a KFUPM students' solar car (a city-dash-name byline with a woman reporter, the car's quoted
 * name in the lede, the supervising professor (الدكتور) with his post in apposition after the name and
 * لـ"اليوم" إن … "…" and موضحاً أن … "…", then وأضاف: with no subject, the team captain's words first with
 * ، يقول قائد الفريق الطالب …، الذي …, a background paragraph, the sponsor's statement with ووفق بيان
 * لشركة …، …، فإن … "…", a woman researcher (المهندسة) with من جانبها، رأت …، …، أن … "…" and داعية إلى
 * "…"). Five are in the voices of international outlets: Al Jazeera Net on the presidential guard's coup in
 * Burkina Faso (its name-dash-city byline, a lede with no quote, the coup leader (الجنرال) with a body's
 * quoted name in a relative clause and في بيان تلاه … إن … "…" and متعهداً بتنظيم "…", a woman party
 * spokeswoman with a party's quoted name and وصفت … ما جرى بأنه "…" then وقالت للجزيرة نت:, the African
 * Union with وقال في بيان إنه "…", a student relayed by AFP with ونقلت … عن … قوله إن … "…" and مضيفاً:, a
 * researcher (الدكتور) with ويرى …، …، أن … "…" and مرجحاً أن … "…", a background paragraph); BBC Arabic
 * on Magna Carta's eight hundredth anniversary (the charter's two quoted names in the lede, a woman historian
 * (الدكتورة) in apposition with لبي بي سي إن … "…", then واستدركت + family name:, a background paragraph,
 * the British Library with ووصفته في بيان بأنه "…", a law professor (الدكتور) with ويرى … أن … "…" then
 * غير أنه أقر بأن … "…", a visitor with وهو … and a colon); DW Arabic on the Bayreuth festival's opening
 * (a dated lede with an opera's quoted name, the woman director in apposition with في مؤتمر صحفي … إن … «…»
 * and مضيفة:, a critic of a quoted paper with غير أن …، …، رأى أن … «…» then وكتب:, a background paragraph,
 * a Syrian doctor in apposition with لـDW عربية:, the police's unnamed spokesman with وبحسب متحدث باسم …،
 * فإن … «…» (credited to the police), DW's agencies line); RT Arabic on Russia crushing sanctioned food (a
 * dated lede with no quote, the watchdog's spokesman in apposition في حديث لـRT with أن … «…» and مشيراً إلى
 * أن … «…», then وتابع + family name:, a petition site's quoted name with a dot in it and no speech, a woman
 * pensioner with her description and لمراسل RT إن … «…» then وأضافت:, an unnamed Kremlin source relayed with
 * نقلت وكالة «…» عن مصدر في الكرملين قوله إن … «…» وإن … «…» (credited to the Kremlin), a background
 * paragraph) and Reuters Arabic on the haze over Singapore (the city-(رويترز) dateline run into a lede with
 * an index's quoted name with dots, the education ministry's statement with إن … "…" وإن … "…", an
 * Indonesian spokesman with إن and no quote then مضيفا "…" with no colon, a mother with her age in brackets
 * and a full stop inside the marks, an unnamed foreign ministry official with طلب عدم نشر اسمه … إن … "…"
 * (credited to the ministry), an analyst of a quoted firm with إن … "…" وإن … "…", the إعداد line). Quotes in
 * « », " " as each paper or outlet writes them.
 *
 * Every person and quote is invented here (places, bodies, outlets, the club, the festival, the firms and the
 * university are real); no row was tuned on the corpus. The expectations come from reading each article as a
 * person would, under the annotation rules of ../shared/corpus/README.md (speaker = the fullest name the
 * article gives, without title, rank, role, nationality or honorific; a body for its statement; an unnamed
 * official or spokesman of a named body to the body; relayed words to the person relayed; names of papers,
 * channels, programmes, campaigns, initiatives, magazines, cars, operas, councils, parties, websites, indices,
 * firms, apps and hashtags are mentions with no speaker), and were written before the engine was run on them.
 *
 * The file as first committed, one row per article, was scored with `npm run probe-score -- HEAD~1` before
 * any row was run (probe99: 6/10 rows, 59/67 speech quotes, 21/22 mentions; by hand from the rows, Saudi
 * 2/5 rows, 24/32 speech, 12/12 mentions, international 4/5 rows, 35/35 speech, 9/10 mentions). After the
 * run no expectation was found to misread the rules, and none was changed. Each passage the engine misreads
 * was split out of its article into a row of its own (the tables of split rows below), the rest of the
 * article kept as written; every paragraph and expectation of the ten articles is in one row. Al-Madina's
 * five quoted paragraphs all went to split rows (the president's introduction with its second mention, so
 * that the family name keeps its full name), leaving the whole-article row with its byline, lede and
 * background paragraph and no quote.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Okaz baboons raiding farms and schools in Al-Bahah in " ": its name-(city) byline, a lede with no quote, the agriculture branch director (المهندس) with وأوضح … لـ"عكاظ" أن … "…" and معتبراً أن … "…", then واستطرد + family name:, a woman teacher with وتروي المواطنة …، وهي …، أن … "…" and مضيفة:, a farmer with أما … فيقول إنه … then ويضيف بنبرة غاضبة:, the wildlife authority with وكانت … قد حذرت في بيان من "…" and مؤكدة أن … "…", a quoted hashtag',
    text: [
      'علي الرباعي (الباحة)',
      'تحولت قطعان السعادين في عدد من قرى منطقة الباحة خلال الأسابيع الماضية إلى مصدر قلق للمزارعين والأهالي، بعد أن امتدت غاراتها من المزارع إلى المنازل والمدارس، فيما تستعد الجهات المعنية لتنفيذ حملة للحد من أعدادها قبل موسم الصيف.',
      'وأوضح مدير فرع وزارة الزراعة بالمنطقة المهندس عبدالله بن علي الزهراني لـ"عكاظ" أن أعداد القردة "تضاعفت خلال خمس سنوات بسبب إطعامها من المتنزهين وتكدس النفايات في المتنزهات"، معتبراً أن الحل "لا يكون بالقتل العشوائي، بل بالتعقيم والنقل إلى بيئات بعيدة عن القرى".',
      'واستطرد الزهراني: "رصدنا قطيعاً واحداً يتجاوز 300 قرد في محيط غابة رغدان، وهو رقم لم نشهده من قبل، والمشكلة تتفاقم كلما قلت الأمطار".',
      'وتروي المواطنة نورة بنت محمد الغامدي، وهي معلمة في إحدى مدارس بلجرشي، أن القردة "اقتحمت فناء المدرسة وقت الفسحة وخطفت وجبات الطالبات من أيديهن"، مضيفة: "بعض الطالبات أصبحن يرفضن الخروج إلى الفناء، ونضطر إلى إغلاق النوافذ في عز الحر".',
      'أما المزارع سعد بن حامد العمري فيقول إنه خسر محصول الرمان كاملاً هذا الموسم، ويضيف بنبرة غاضبة: "نسهر الليل نحرس المزارع بالطبول والمفرقعات، والقرود تعود في الصباح وكأن شيئاً لم يكن".',
      'وكانت الهيئة السعودية للحياة الفطرية قد حذرت في بيان الأسبوع الماضي من "إطعام القردة أو الاقتراب منها أو تصويرها عن قرب"، مؤكدة أن المشكلة "تتطلب تعاون الجميع، لا جهة واحدة".',
      'وتداول مغردون من أهالي المنطقة مقاطع لقردة تعبث بخزانات المياه فوق أسطح المنازل تحت وسم "#قرود_الباحة"، مطالبين بحلول عاجلة قبل عودة المصطافين.',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      [
        'تضاعفت خلال خمس سنوات بسبب إطعامها من المتنزهين وتكدس النفايات في المتنزهات',
        'partial',
        'عبدالله بن علي الزهراني',
      ],
      [
        'لا يكون بالقتل العشوائي، بل بالتعقيم والنقل إلى بيئات بعيدة عن القرى',
        'partial',
        'عبدالله بن علي الزهراني',
      ],
      [
        'رصدنا قطيعاً واحداً يتجاوز 300 قرد في محيط غابة رغدان، وهو رقم لم نشهده من قبل، والمشكلة تتفاقم كلما قلت الأمطار',
        'direct',
        'عبدالله بن علي الزهراني',
      ],
      ['اقتحمت فناء المدرسة وقت الفسحة وخطفت وجبات الطالبات من أيديهن', 'partial', 'نورة بنت محمد الغامدي'],
      [
        'بعض الطالبات أصبحن يرفضن الخروج إلى الفناء، ونضطر إلى إغلاق النوافذ في عز الحر',
        'direct',
        'نورة بنت محمد الغامدي',
      ],
      [
        'نسهر الليل نحرس المزارع بالطبول والمفرقعات، والقرود تعود في الصباح وكأن شيئاً لم يكن',
        'direct',
        'سعد بن حامد العمري',
      ],
      ['إطعام القردة أو الاقتراب منها أو تصويرها عن قرب', 'partial', 'الهيئة السعودية للحياة الفطرية'],
      ['تتطلب تعاون الجميع، لا جهة واحدة', 'partial', 'الهيئة السعودية للحياة الفطرية'],
      ['#قرود_الباحة', 'mention', null],
    ],
  },
  {
    what: 'Al-Riyadh the first food-truck licences in Riyadh in " ": a city-dash-name byline, the initiative’s quoted name in the lede, the deputy mayor (سعادة … الدكتور) with his words first and ، بهذا أوضح … لـ"الرياض" … and مشيراً إلى أن … "…", then وأردف + family name أن with no quote, a woman truck owner with a place phrase first and her description in apposition and وقالت لـ"الرياض":, then واستدركت + family name بأن … "…", a chamber committee head (الأستاذ) with أبدى … تحفظه … واصفاً إياها بأنها "…", a closing يذكر أن with an app’s quoted name; the deputy mayor’s paragraph the engine misreads is split out below',
    text: [
      'الرياض - خالد الربيش',
      'أصدرت أمانة منطقة الرياض أمس أول عشرين ترخيصاً لعربات الطعام المتنقلة ضمن مبادرة "مطبخ على عجلات"، التي تتيح للشباب السعوديين من الجنسين ممارسة النشاط في مواقع محددة بالحدائق والواجهات العامة ومحيط الجامعات.',
      'وأردف الهويش أن الرسوم السنوية للترخيص حددت بألفي ريال، وأن العربات ستخضع لجولات رقابية مفاجئة من مراقبي صحة البيئة للتأكد من سلامة الأغذية.',
      'وفي حديقة الملك عبدالله بحي الملز، كانت ريم بنت سليمان العتيبي، خريجة إدارة الأعمال، تقدم القهوة المختصة من عربتها الصفراء لطابور من الزبائن، وقالت لـ"الرياض": "بدأت الفكرة في مطبخ البيت، وبعت أول كوب لأقاربي، واليوم صار لي زبائن ينتظرونني كل مساء".',
      'واستدركت العتيبي بأن الحصول على التصاريح من أكثر من جهة "كان مرهقاً ويحتاج إلى نافذة واحدة تختصر على الشباب الطريق".',
      'في المقابل، أبدى رئيس لجنة المطاعم في الغرفة التجارية الصناعية بالرياض الأستاذ منصور بن ناصر الدوسري تحفظه على المبادرة، واصفاً إياها بأنها "منافسة غير متكافئة للمطاعم التي تدفع الإيجارات والرسوم الباهظة".',
      'يذكر أن فكرة عربات الطعام انتشرت بين الشباب في مدن المملكة عبر حسابات في تطبيق "إنستغرام"، قبل أن تنظمها الأمانات بلوائح خاصة هذا العام.',
    ].join('\n\n'),
    quotes: [
      ['مطبخ على عجلات', 'mention', null],

      ['الرياض', 'mention', null],
      [
        'بدأت الفكرة في مطبخ البيت، وبعت أول كوب لأقاربي، واليوم صار لي زبائن ينتظرونني كل مساء',
        'direct',
        'ريم بنت سليمان العتيبي',
      ],
      ['كان مرهقاً ويحتاج إلى نافذة واحدة تختصر على الشباب الطريق', 'partial', 'ريم بنت سليمان العتيبي'],
      ['منافسة غير متكافئة للمطاعم التي تدفع الإيجارات والرسوم الباهظة', 'partial', 'منصور بن ناصر الدوسري'],
      ['إنستغرام', 'mention', null],
    ],
  },
  {
    what: 'Al-Madina the Jeddah Literary Club’s elections in « »: a city-dash-name byline, a lede with no quote, the new president (الدكتور) with وقال … عقب إعلان النتائج: «…», then وتعهد + family name … مبيناً أن … «…» with a magazine’s quoted name, a woman writer (القاصة الدكتورة) with من جهتها، عدت …، التي …، فوزها «…», an unnamed official of the ministry’s deputyship with وأكد مسؤول في …، حضر …، أن … «…», a losing candidate (الشاعر) with وكتب في حسابه على «تويتر»:, a background paragraph; the five quoted paragraphs, which the engine misreads, are split out below',
    text: [
      'جدة - ماجد الحربي',
      'انتخبت الجمعية العمومية لنادي جدة الأدبي الثقافي مساء أمس مجلس إدارة جديداً للنادي لأربع سنوات، في اقتراع شهد مشاركة 212 عضواً من أصل 340 يحق لهم التصويت، بينهم 61 سيدة، وامتد حتى ساعة متأخرة من الليل.',
      'وكانت الأندية الأدبية قد أجرت أول انتخابات لمجالس إداراتها عام 2011، بعد عقود من التعيين المباشر، وسط جدل واسع حول لائحتها وشروط العضوية في جمعياتها العمومية.',
    ].join('\n\n'),
    quotes: [],
  },
  {
    what: 'Makkah the feeding of the Grand Mosque’s pigeons in « »: a name-dash-city byline, a campaign’s quoted name in the lede, the environment health director (المهندس) with وأشار … في حديث لـ«مكة» إلى أن … «…» and لافتاً إلى أن … «…», then ومضى + family name قائلاً:, a background paragraph, a woman seller by her kunya with وتقول …، التي …، إن … «…» and متسائلة: with a question mark inside the marks, a Turkish pilgrim with أما … فقال عبر مترجم إنه … «…», the presidency with وكانت … قد دعت في تعميم … إلى «…»',
    text: [
      'عبدالله الزهراني - مكة المكرمة',
      'بدأت أمانة العاصمة المقدسة أمس حملة بعنوان «إطعامك في مكانه» لنقل أماكن إطعام حمام الحرم من الساحات المحيطة بالمسجد الحرام إلى مواقع مخصصة في حي الشبيكة وجبل الكعبة.',
      'وأشار مدير إدارة صحة البيئة بالأمانة المهندس ماهر بن عوض الجهني في حديث لـ«مكة» إلى أن بقايا الحبوب في الساحات «تجذب أعداداً هائلة من الحمام وتتحول مع الرطوبة إلى مصدر للروائح والحشرات»، لافتاً إلى أن الأمانة «لا تمنع إطعام الحمام، بل تنظمه».',
      'ومضى الجهني قائلاً: «خصصنا أربعة مواقع مظللة يباع فيها الحب بأسعار رمزية، وسيتولى عمال النظافة كنسها كل ست ساعات على مدار اليوم».',
      'ويعرف حمام الحرم بين أهالي مكة بحمام الحمى، ويتوارث كثير منهم عادة إطعامه، فيما يحرص الحجاج والمعتمرون على نثر الحب له اقتداء بما يرونه من الأهالي.',
      'وتقول البائعة أم خالد، التي تبيع أكياس الحب قرب باب الملك عبدالعزيز منذ عشرين عاماً، إن الحملة «قطعت رزقها ورزق عشرات البائعات مثلها»، متسائلة: «من سيمشي إلى الشبيكة في هذا الحر ليشتري كيساً بريالين؟».',
      'أما المعتمر التركي محمد أوزتورك فقال عبر مترجم إنه اعتاد إطعام الحمام في كل زيارة «لأن جده كان يفعل ذلك قبل خمسين عاماً»، مبدياً استعداده للالتزام بالمواقع الجديدة.',
      'وكانت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي قد دعت في تعميم سابق قاصدي المسجد إلى «عدم نثر الحبوب في الممرات وصحن المطاف حفاظاً على نظافة المكان وسلامة المصلين».',
    ].join('\n\n'),
    quotes: [
      ['إطعامك في مكانه', 'mention', null],
      ['مكة', 'mention', null],
      [
        'تجذب أعداداً هائلة من الحمام وتتحول مع الرطوبة إلى مصدر للروائح والحشرات',
        'partial',
        'ماهر بن عوض الجهني',
      ],
      ['لا تمنع إطعام الحمام، بل تنظمه', 'partial', 'ماهر بن عوض الجهني'],
      [
        'خصصنا أربعة مواقع مظللة يباع فيها الحب بأسعار رمزية، وسيتولى عمال النظافة كنسها كل ست ساعات على مدار اليوم',
        'direct',
        'ماهر بن عوض الجهني',
      ],
      ['قطعت رزقها ورزق عشرات البائعات مثلها', 'partial', 'أم خالد'],
      ['من سيمشي إلى الشبيكة في هذا الحر ليشتري كيساً بريالين؟', 'direct', 'أم خالد'],
      ['لأن جده كان يفعل ذلك قبل خمسين عاماً', 'partial', 'محمد أوزتورك'],
      [
        'عدم نثر الحبوب في الممرات وصحن المطاف حفاظاً على نظافة المكان وسلامة المصلين',
        'partial',
        'الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي',
      ],
    ],
  },
  {
    what: 'Al-Yaum a KFUPM students’ solar car in " ": a city-dash-name byline with a woman reporter, the car’s quoted name in the lede, the supervising professor (الدكتور) with his post in apposition after the name and لـ"اليوم" إن … "…" and موضحاً أن … "…", then وأضاف: with no subject, the team captain’s words first with ، يقول قائد الفريق الطالب …، الذي …, a background paragraph, the sponsor with ووفق بيان لشركة …، …، فإن … "…", a woman researcher (المهندسة) with من جانبها، رأت …، …، أن … "…" and داعية إلى "…"; the professor’s two paragraphs the engine misreads are split out below',
    text: [
      'الظهران - فاطمة الدوسري',
      'كشف فريق من طلاب جامعة الملك فهد للبترول والمعادن بالظهران أمس عن أول سيارة تعمل بالطاقة الشمسية يصممها طلاب سعوديون، أطلقوا عليها اسم "شعاع 1"، تمهيداً لمشاركتها في سباق التحدي العالمي للطاقة الشمسية في أستراليا خلال أكتوبر المقبل.',
      '"عملنا أحياناً حتى الفجر، وكل واحد منا تعلم شيئاً لم تعلمه إياه المحاضرات"، يقول قائد الفريق الطالب عمر بن طلال العبدالكريم، الذي يدرس في السنة الرابعة بقسم الهندسة الكهربائية.',
      'وسيقطع المشاركون في السباق نحو ثلاثة آلاف كيلومتر بين مدينتي داروين وأديلايد عبر الصحراء الأسترالية، ولا يسمح للسيارات باستخدام أي مصدر للطاقة سوى الشمس.',
      'ووفق بيان لشركة أرامكو السعودية، الراعي الرئيس للفريق، فإن المشروع "يجسد إيمان الشركة بقدرات الشباب السعودي في مجالات الطاقة المتجددة".',
      'من جانبها، رأت المهندسة هند بنت فهد الخالدي، الباحثة في مركز أبحاث الطاقة المتجددة بالجامعة، أن التجربة "تثبت أن الطاقة الشمسية في المنطقة الشرقية ليست ترفاً"، داعية إلى "إدخال مشاريع مماثلة في مناهج المرحلة الثانوية".',
    ].join('\n\n'),
    quotes: [
      ['شعاع 1', 'mention', null],

      [
        'عملنا أحياناً حتى الفجر، وكل واحد منا تعلم شيئاً لم تعلمه إياه المحاضرات',
        'direct',
        'عمر بن طلال العبدالكريم',
      ],
      [
        'يجسد إيمان الشركة بقدرات الشباب السعودي في مجالات الطاقة المتجددة',
        'partial',
        'شركة أرامكو السعودية',
      ],
      ['تثبت أن الطاقة الشمسية في المنطقة الشرقية ليست ترفاً', 'partial', 'هند بنت فهد الخالدي'],
      ['إدخال مشاريع مماثلة في مناهج المرحلة الثانوية', 'partial', 'هند بنت فهد الخالدي'],
    ],
  },
];

describe('probe 99: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'Food trucks, split out: the deputy mayor’s words first, then ، بهذا أوضح سعادة وكيل … الدكتور فلان لـ"الرياض" أبرز شروط المبادرة، and مشيراً إلى أن … "…"',
    text: [
      '"لن نسمح بوقوف أي عربة خارج المواقع المعتمدة، ولن يعمل فيها إلا سعودي أو سعودية"، بهذا أوضح سعادة وكيل أمين منطقة الرياض للخدمات الدكتور فيصل بن عبدالرحمن الهويش لـ"الرياض" أبرز شروط المبادرة، مشيراً إلى أن الأمانة تلقت "أكثر من 600 طلب خلال أسبوعين فقط".',
    ].join('\n\n'),
    quotes: [
      [
        'لن نسمح بوقوف أي عربة خارج المواقع المعتمدة، ولن يعمل فيها إلا سعودي أو سعودية',
        'direct',
        'فيصل بن عبدالرحمن الهويش',
      ],
      ['الرياض', 'mention', null],
      ['أكثر من 600 طلب خلال أسبوعين فقط', 'partial', 'فيصل بن عبدالرحمن الهويش'],
    ],
    gaps: ['attribution'],
    // engine gap: credits the partial after مشيراً to شروط, a word of the object after the name (the opening quote, read through بهذا أوضح, is right)
  },
  {
    what: 'Literary club, split out: the president’s colon quote, then a second mention by family name with a verb of promise and its object (وتعهد باعشن بإطلاق ملتقى …، مبيناً أن … «…»)',
    text: [
      'وقال رئيس مجلس الإدارة المنتخب الدكتور عبدالرحمن بن سالم باعشن عقب إعلان النتائج: «النادي لكل مثقفي جدة، ومن لم يصوت لنا سنطرق بابه قبل أن يطرق بابنا».',
      'وتعهد باعشن بإطلاق ملتقى سنوي للرواية السعودية، مبيناً أن النادي سيعيد إصدار مجلة «جذور» التي توقفت منذ عامين «بحلة جديدة وبأقلام شابة».',
    ].join('\n\n'),
    quotes: [
      [
        'النادي لكل مثقفي جدة، ومن لم يصوت لنا سنطرق بابه قبل أن يطرق بابنا',
        'direct',
        'عبدالرحمن بن سالم باعشن',
      ],
      ['جذور', 'mention', null],
      ['بحلة جديدة وبأقلام شابة', 'partial', 'عبدالرحمن بن سالم باعشن'],
    ],
  },
  {
    what: 'Literary club, split out: a woman writer with عدّ (من جهتها، عدت القاصة الدكتورة فلانة، التي …، فوزها «…»)',
    text: [
      'من جهتها، عدت القاصة الدكتورة سهام بنت عبدالله القرشي، التي حصلت على أعلى الأصوات بين المرشحات، فوزها «رسالة بأن المرأة شريكة في صناعة القرار الثقافي لا ضيفة عليه».',
    ].join('\n\n'),
    quotes: [
      ['رسالة بأن المرأة شريكة في صناعة القرار الثقافي لا ضيفة عليه', 'partial', 'سهام بنت عبدالله القرشي'],
    ],
  },
  {
    what: 'Literary club, split out: an unnamed official of a named deputyship (credited to it), then a losing candidate with غير أن المرشح الخاسر الشاعر فلان لم يخف استياءه، وكتب في حسابه على «تويتر»: «…»',
    text: [
      'وأكد مسؤول في وكالة وزارة الثقافة والإعلام للشؤون الثقافية، حضر الاقتراع مشرفاً، أن العملية الانتخابية «جرت وفق اللائحة دون تسجيل أي طعون حتى الآن».',
      'غير أن المرشح الخاسر الشاعر حامد بن مرزوق الثبيتي لم يخف استياءه، وكتب في حسابه على «تويتر»: «الانتخابات حسمتها التكتلات قبل أن تبدأ، والمثقف الحقيقي بقي خارج القاعة».',
    ].join('\n\n'),
    quotes: [
      [
        'جرت وفق اللائحة دون تسجيل أي طعون حتى الآن',
        'partial',
        'وكالة وزارة الثقافة والإعلام للشؤون الثقافية',
      ],
      ['تويتر', 'mention', null],
      [
        'الانتخابات حسمتها التكتلات قبل أن تبدأ، والمثقف الحقيقي بقي خارج القاعة',
        'direct',
        'حامد بن مرزوق الثبيتي',
      ],
    ],
  },
  {
    what: 'Solar car, split out: a role before the rank and name (وقال المشرف على الفريق الدكتور فلان، أستاذ …، لـ"اليوم" إن "…") and موضحاً أن … "…", then وأضاف: with no subject',
    text: [
      'وقال المشرف على الفريق الدكتور يوسف بن إبراهيم الشمري، أستاذ الهندسة الميكانيكية المشارك بالجامعة، لـ"اليوم" إن السيارة "صنعت بالكامل في معامل الجامعة عدا الخلايا الشمسية التي استوردت من ألمانيا"، موضحاً أن وزنها "لا يتجاوز 180 كيلوجراماً بما فيها البطاريات".',
      'وأضاف: "التحدي الأكبر لم يكن في التصميم، بل في إقناع الشركات المحلية بأن طلاباً في العشرين يستطيعون إنجاز مشروع كهذا".',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      [
        'صنعت بالكامل في معامل الجامعة عدا الخلايا الشمسية التي استوردت من ألمانيا',
        'partial',
        'يوسف بن إبراهيم الشمري',
      ],
      ['لا يتجاوز 180 كيلوجراماً بما فيها البطاريات', 'partial', 'يوسف بن إبراهيم الشمري'],
      [
        'التحدي الأكبر لم يكن في التصميم، بل في إقناع الشركات المحلية بأن طلاباً في العشرين يستطيعون إنجاز مشروع كهذا',
        'direct',
        'يوسف بن إبراهيم الشمري',
      ],
    ],
  },
];

describe('probe 99: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'Al Jazeera Net the presidential guard’s coup in Burkina Faso in " ": its name-dash-city byline, a lede with no quote, the coup leader (الجنرال) with a council’s quoted name in a relative clause and في بيان تلاه … إن … "…" and متعهداً بتنظيم "…", a woman party spokeswoman with a party’s quoted name and وصفت … ما جرى بأنه "…" then وقالت للجزيرة نت:, the African Union with وقال في بيان إنه "…", a student relayed by AFP with ونقلت … عن … قوله إن … "…" and مضيفاً:, a researcher (الدكتور) with ويرى …، …، أن … "…" and مرجحاً أن … "…", a background paragraph; the general’s paragraph the engine misreads is split out below',
    text: [
      'عبد الله مولود-واغادوغو',
      'أعلن ضباط من وحدة الحرس الرئاسي في بوركينا فاسو أمس حل الحكومة الانتقالية واحتجاز الرئيس ورئيس الوزراء داخل القصر، قبل أقل من شهر على انتخابات رئاسية وتشريعية كان مقرراً إجراؤها في 11 أكتوبر/تشرين الأول المقبل.',
      'في المقابل، وصفت الناطقة باسم حزب "الحركة الشعبية من أجل التقدم" أميناتا ويدراوغو ما جرى بأنه "طعنة في ظهر الشعب"، وقالت للجزيرة نت: "خرج الناس إلى الشوارع قبل عام ليسقطوا حكماً دام 27 عاماً، ولن يقبلوا أن يسرق العسكر ثورتهم".',
      'ودان الاتحاد الأفريقي الانقلاب، وقال في بيان إنه "يرفض رفضاً قاطعاً أي تغيير غير دستوري للحكومة"، ملوحاً بتعليق عضوية البلاد وفرض عقوبات على قادة الانقلاب.',
      'ونقلت وكالة الصحافة الفرنسية عن الطالب الجامعي عثمان كابوري قوله إن الجنود "أطلقوا النار في الهواء لتفريق المحتجين قرب ساحة الأمة"، مضيفاً: "رأيت زميلين لي يسقطان أرضاً ولم أعرف إن كانا قد أصيبا بالرصاص أم بالهلع".',
      'ويرى الباحث في الشؤون الأفريقية بمركز الجزيرة للدراسات الدكتور سيدي أحمد ولد الأمين أن الحرس الرئاسي "يدافع عن امتيازاته قبل أن يدافع عن أي مشروع سياسي"، مرجحاً أن تنتهي الأزمة "بوساطة إقليمية تقودها السنغال".',
      'ويعد الحرس الرئاسي، الذي يضم نحو 1300 جندي، أفضل وحدات الجيش تسليحاً وتدريباً، وقد ظل لعقود الذراع الضاربة للرئيس المخلوع الذي أطاحت به انتفاضة شعبية في أكتوبر/تشرين الأول 2014.',
    ].join('\n\n'),
    quotes: [
      ['الحركة الشعبية من أجل التقدم', 'mention', null],
      ['طعنة في ظهر الشعب', 'partial', 'أميناتا ويدراوغو'],
      [
        'خرج الناس إلى الشوارع قبل عام ليسقطوا حكماً دام 27 عاماً، ولن يقبلوا أن يسرق العسكر ثورتهم',
        'direct',
        'أميناتا ويدراوغو',
      ],
      ['يرفض رفضاً قاطعاً أي تغيير غير دستوري للحكومة', 'partial', 'الاتحاد الأفريقي'],
      ['أطلقوا النار في الهواء لتفريق المحتجين قرب ساحة الأمة', 'partial', 'عثمان كابوري'],
      ['رأيت زميلين لي يسقطان أرضاً ولم أعرف إن كانا قد أصيبا بالرصاص أم بالهلع', 'direct', 'عثمان كابوري'],
      ['يدافع عن امتيازاته قبل أن يدافع عن أي مشروع سياسي', 'partial', 'سيدي أحمد ولد الأمين'],
      ['بوساطة إقليمية تقودها السنغال', 'partial', 'سيدي أحمد ولد الأمين'],
    ],
  },
  {
    what: 'BBC Arabic Magna Carta’s eight hundredth anniversary in " ": the charter’s two quoted names in the lede, a woman historian (الدكتورة) in apposition with لبي بي سي إن … "…", then واستدركت + family name:, a background paragraph, the British Library with ووصفته في بيان بأنه "…", a law professor (الدكتور) with ويرى … أن … "…" then غير أنه أقر بأن … "…", a visitor with وهو … and a colon',
    text: [
      'احتفلت بريطانيا بالذكرى الثمانمئة لتوقيع وثيقة "الماغنا كارتا"، أو "الميثاق الأعظم"، في مرج رانيميد غربي لندن، حيث أجبر البارونات الملك جون على ختمها عام 1215.',
      'وقالت الدكتورة كاثرين ميلز، المتخصصة في تاريخ العصور الوسطى بجامعة أكسفورد، لبي بي سي إن الوثيقة "لم تكن في زمنها إعلاناً لحقوق الإنسان كما يظن كثيرون، بل اتفاق سلام فاشلاً بين ملك ونبلائه، ألغاه البابا بعد أسابيع".',
      'واستدركت ميلز: "لكن الأجيال اللاحقة قرأت فيها ما أرادت أن تقرأ، وهذا بالضبط ما جعلها خالدة".',
      'ولم يبق من النسخ الأصلية للوثيقة سوى أربع، اثنتان منها في المكتبة البريطانية وواحدة في كل من كاتدرائيتي لينكولن وسالزبوري.',
      'وأعلنت المكتبة البريطانية أن معرضها الخاص بالمناسبة استقبل أكثر من مئة ألف زائر منذ افتتاحه في مارس/آذار، ووصفته في بيان بأنه "الأنجح في تاريخ المكتبة".',
      'ويرى أستاذ القانون الدستوري في جامعة القاهرة الدكتور حسام الدين عبد الحميد أن العالم الإسلامي "عرف مبادئ مشابهة في وثائق أقدم"، غير أنه أقر بأن الماغنا كارتا "أسست لفكرة أن الحاكم نفسه يخضع للقانون".',
      'وفي رانيميد، قال جيمس هاريسون، وهو معلم متقاعد جاء مع أحفاده الثلاثة: "أردت أن يروا المكان الذي بدأت منه فكرة أن لا أحد فوق القانون، حتى الملك".',
    ].join('\n\n'),
    quotes: [
      ['الماغنا كارتا', 'mention', null],
      ['الميثاق الأعظم', 'mention', null],
      [
        'لم تكن في زمنها إعلاناً لحقوق الإنسان كما يظن كثيرون، بل اتفاق سلام فاشلاً بين ملك ونبلائه، ألغاه البابا بعد أسابيع',
        'partial',
        'كاثرين ميلز',
      ],
      ['لكن الأجيال اللاحقة قرأت فيها ما أرادت أن تقرأ، وهذا بالضبط ما جعلها خالدة', 'direct', 'كاثرين ميلز'],
      ['الأنجح في تاريخ المكتبة', 'partial', 'المكتبة البريطانية'],
      ['عرف مبادئ مشابهة في وثائق أقدم', 'partial', 'حسام الدين عبد الحميد'],
      ['أسست لفكرة أن الحاكم نفسه يخضع للقانون', 'partial', 'حسام الدين عبد الحميد'],
      ['أردت أن يروا المكان الذي بدأت منه فكرة أن لا أحد فوق القانون، حتى الملك', 'direct', 'جيمس هاريسون'],
    ],
  },
  {
    what: 'DW Arabic the Bayreuth festival’s opening in « »: a dated lede with an opera’s quoted name, the woman director in apposition with في مؤتمر صحفي … إن … «…» and مضيفة:, a critic of a quoted paper with غير أن …، …، رأى أن … «…» then وكتب:, a background paragraph, a Syrian doctor in apposition with لـDW عربية:, the police’s unnamed spokesman with وبحسب متحدث باسم …، فإن … «…», DW’s agencies line',
    text: [
      'افتتح مهرجان بايرويت للموسيقى في ولاية بافاريا مساء السبت (25 يوليو/ تموز 2015) دورته الجديدة بعرض جديد لأوبرا «تريستان وإيزولده» للموسيقار ريتشارد فاغنر، وسط حضور كثيف لنجوم السياسة والفن والمجتمع.',
      'وقالت مديرة المهرجان، أنيته برومر، في مؤتمر صحفي قبل الافتتاح إن الإخراج الجديد «يقرأ الحب عند فاغنر بوصفه سجناً لا خلاصاً»، مضيفة: «أردنا أن يخرج الجمهور من القاعة بأسئلة لا بإجابات».',
      'غير أن الناقد الموسيقي في صحيفة «زود دويتشه تسايتونغ»، يوليان هارتمان، رأى أن العرض «بارد ومثقل بالرموز»، وكتب: «الموسيقى كانت عظيمة، أما ما رأيناه على الخشبة فكان درساً في الفلسفة لا أوبرا».',
      'ويعد الحصول على تذكرة لمهرجان بايرويت من أصعب المهام في عالم الموسيقى الكلاسيكية، إذ ينتظر بعض عشاق فاغنر سنوات طويلة على قائمة الانتظار قبل أن يحالفهم الحظ.',
      'وقال الطبيب السوري المقيم في نورنبرغ، سامر الحلبي، لـDW عربية: «انتظرت سبع سنوات حتى حصلت على تذكرتين، وهذه أول مرة أسمع فيها فاغنر في المسرح الذي بناه بنفسه».',
      'وبحسب متحدث باسم شرطة بايرويت، فإن إجراءات الأمن حول التلة الخضراء «شددت هذا العام بسبب حضور عدد كبير من الشخصيات الرسمية».',
      'ح.ز/ م.س (د ب أ، ك ن أ)',
    ].join('\n\n'),
    quotes: [
      ['تريستان وإيزولده', 'mention', null],
      ['يقرأ الحب عند فاغنر بوصفه سجناً لا خلاصاً', 'partial', 'أنيته برومر'],
      ['أردنا أن يخرج الجمهور من القاعة بأسئلة لا بإجابات', 'direct', 'أنيته برومر'],
      ['زود دويتشه تسايتونغ', 'mention', null],
      ['بارد ومثقل بالرموز', 'partial', 'يوليان هارتمان'],
      [
        'الموسيقى كانت عظيمة، أما ما رأيناه على الخشبة فكان درساً في الفلسفة لا أوبرا',
        'direct',
        'يوليان هارتمان',
      ],
      [
        'انتظرت سبع سنوات حتى حصلت على تذكرتين، وهذه أول مرة أسمع فيها فاغنر في المسرح الذي بناه بنفسه',
        'direct',
        'سامر الحلبي',
      ],
      ['شددت هذا العام بسبب حضور عدد كبير من الشخصيات الرسمية', 'partial', 'شرطة بايرويت'],
    ],
  },
  {
    what: 'RT Arabic Russia crushing sanctioned food in « »: a dated lede with no quote, the watchdog’s spokesman in apposition في حديث لـRT with أن … «…» and مشيراً إلى أن … «…», then وتابع + family name:, a petition site’s quoted name with a dot in it, a woman pensioner with لمراسل RT إن … «…» then وأضافت:, an unnamed Kremlin source relayed with نقلت وكالة «…» عن مصدر في الكرملين قوله إن … «…» وإن … «…», a background paragraph',
    text: [
      'بدأت السلطات الروسية، اعتباراً من الخميس 6 أغسطس/آب، إتلاف المواد الغذائية المهربة من الدول الخاضعة للحظر الروسي، تنفيذاً لمرسوم رئاسي يقضي بتدمير أي منتجات تدخل البلاد بالمخالفة لقرار حظر الاستيراد.',
      'وأوضح المتحدث باسم الهيئة الفيدرالية للرقابة البيطرية والزراعية، دميتري فولكوف، في حديث لـRT أن نحو عشرة أطنان من الجبن الأوروبي «سحقت بالجرافات قرب مدينة بيلغورود»، مشيراً إلى أن العملية «تمت بحضور ممثلين عن النيابة ووسائل الإعلام».',
      'وتابع فولكوف: «لا يمكننا السماح بأن تتحول بلادنا إلى سوق لمنتجات مجهولة المصدر قد تحمل أمراضاً أو مواد خطرة».',
      'في المقابل، جمعت عريضة على موقع «تشينج.أورغ» تطالب بتوزيع المنتجات المصادرة على الفقراء والمتقاعدين بدلاً من إتلافها أكثر من 300 ألف توقيع خلال أيام.',
      'وقالت المتقاعدة غالينا سيرغييفنا، التي تسكن في ضواحي موسكو، لمراسل RT إن مشهد الجرافات «مؤلم لمن عاش سنوات الجوع»، وأضافت: «كان يمكن أن يأكل هذا الجبن آلاف الأطفال في دور الأيتام».',
      'من جهته، نقلت وكالة «إنترفاكس» عن مصدر في الكرملين قوله إن المرسوم «لن يلغى»، وإن الإتلاف «هو الضمانة الوحيدة لعدم عودة البضائع المصادرة إلى الأسواق».',
      'وكانت روسيا قد فرضت في أغسطس/آب 2014 حظراً على استيراد اللحوم والأسماك والألبان والخضار والفواكه من الولايات المتحدة والاتحاد الأوروبي وأستراليا وكندا والنرويج، رداً على العقوبات الغربية، ومددته في يونيو/حزيران الماضي لعام إضافي.',
    ].join('\n\n'),
    quotes: [
      ['سحقت بالجرافات قرب مدينة بيلغورود', 'partial', 'دميتري فولكوف'],
      ['تمت بحضور ممثلين عن النيابة ووسائل الإعلام', 'partial', 'دميتري فولكوف'],
      [
        'لا يمكننا السماح بأن تتحول بلادنا إلى سوق لمنتجات مجهولة المصدر قد تحمل أمراضاً أو مواد خطرة',
        'direct',
        'دميتري فولكوف',
      ],
      ['تشينج.أورغ', 'mention', null],
      ['مؤلم لمن عاش سنوات الجوع', 'partial', 'غالينا سيرغييفنا'],
      ['كان يمكن أن يأكل هذا الجبن آلاف الأطفال في دور الأيتام', 'direct', 'غالينا سيرغييفنا'],
      ['إنترفاكس', 'mention', null],
      ['لن يلغى', 'partial', 'الكرملين'],
      ['هو الضمانة الوحيدة لعدم عودة البضائع المصادرة إلى الأسواق', 'partial', 'الكرملين'],
    ],
  },
  {
    what: 'Reuters Arabic the haze over Singapore in " ": the city-(رويترز) dateline run into a lede with an index’s quoted name with dots, the education ministry’s statement with إن … "…" وإن … "…", an Indonesian spokesman with إن and no quote then مضيفا "…" with no colon, a mother with her age in brackets and a full stop inside the marks, an unnamed foreign ministry official with طلب عدم نشر اسمه … إن … "…", an analyst of a quoted firm with إن … "…" وإن … "…", the إعداد line',
    text: [
      'سنغافورة (رويترز) - أغلقت سنغافورة المدارس الابتدائية والثانوية يوم الجمعة بعدما تجاوز مؤشر معايير التلوث "بي.إس.آي" 300 نقطة بسبب الضباب الدخاني القادم من حرائق الغابات في جزيرة سومطرة الإندونيسية.',
      'وقالت وزارة التعليم السنغافورية في بيان إن القرار اتخذ "حفاظا على صحة الطلاب" وإن المدارس ستظل مغلقة "إلى أن تتحسن جودة الهواء بشكل واضح".',
      'وقال بامبانج سوهارتو المتحدث باسم الوكالة الوطنية لإدارة الكوارث في إندونيسيا إن أكثر من 20 ألف جندي وشرطي يشاركون في إخماد الحرائق مضيفا "النيران تشتعل في أراضي الخث تحت السطح ولن يطفئها سوى المطر."',
      'وقالت لي مين تشو (38 عاما) وهي أم لطفلين كانت تشتري كمامات من صيدلية في وسط المدينة "نفدت الكمامات من ثلاث صيدليات قبل أن أجدها هنا. أطفالي لا يخرجون من البيت منذ أسبوع."',
      'وقال مسؤول بوزارة الخارجية السنغافورية طلب عدم نشر اسمه لأنه غير مخول بالحديث لوسائل الإعلام إن بلاده عرضت المساعدة على جاكرتا "أكثر من مرة" دون أن تتلقى ردا.',
      'ويقول محللون إن معظم الحرائق يشعلها مزارعون وشركات لزيت النخيل لتطهير الأراضي. وقال هاري ليم المحلل لدى "سي.آي.إم.بي" للأبحاث في كوالالمبور إن الضباب "يكلف المنطقة مليارات الدولارات كل عام" وإن الحكومات "تفضل تبادل الاتهامات على معالجة جذور المشكلة".',
      '(إعداد محمد عبد الله للنشرة العربية - تحرير سيف الدين حمدان)',
    ].join('\n\n'),
    quotes: [
      ['بي.إس.آي', 'mention', null],
      ['حفاظا على صحة الطلاب', 'partial', 'وزارة التعليم السنغافورية'],
      ['إلى أن تتحسن جودة الهواء بشكل واضح', 'partial', 'وزارة التعليم السنغافورية'],
      ['النيران تشتعل في أراضي الخث تحت السطح ولن يطفئها سوى المطر.', 'direct', 'بامبانج سوهارتو'],
      [
        'نفدت الكمامات من ثلاث صيدليات قبل أن أجدها هنا. أطفالي لا يخرجون من البيت منذ أسبوع.',
        'direct',
        'لي مين تشو',
      ],
      ['أكثر من مرة', 'partial', 'وزارة الخارجية السنغافورية'],
      ['سي.آي.إم.بي', 'mention', null],
      ['يكلف المنطقة مليارات الدولارات كل عام', 'partial', 'هاري ليم'],
      ['تفضل تبادل الاتهامات على معالجة جذور المشكلة', 'partial', 'هاري ليم'],
    ],
  },
];

describe('probe 99: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'Burkina Faso coup, split out: a council’s quoted name in a relative clause (الذي نصب نفسه رئيساً لما سمي "…") before في بيان … إن … "…", then متعهداً بتنظيم "…"',
    text: [
      'وقال الجنرال إيمانويل سوادوغو، الذي نصب نفسه رئيساً لما سمي "المجلس الوطني للديمقراطية"، في بيان تلاه على التلفزيون الرسمي إن الجيش تحرك "لمنع انزلاق البلاد نحو الفوضى"، متعهداً بتنظيم "انتخابات شاملة لا يقصى منها أحد".',
    ].join('\n\n'),
    quotes: [
      ['المجلس الوطني للديمقراطية', 'mention', null],
      ['لمنع انزلاق البلاد نحو الفوضى', 'partial', 'إيمانويل سوادوغو'],
      ['انتخابات شاملة لا يقصى منها أحد', 'partial', 'إيمانويل سوادوغو'],
    ],
    gaps: ['attribution'],
    // engine gap: reads the fragment after متعهداً بتنظيم as direct (the council’s quoted name after لما سمي is a mention since grid-naming)
  },
];

describe('probe 99: international passages split out', () => {
  runRows(internationalSplitRows);
});
