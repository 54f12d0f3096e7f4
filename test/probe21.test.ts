/**
 * A twenty-first probe of generality: whole articles of Saudi online papers of mid-2015 in sections that
 * probes 13, 17 and 19 did not reach: the Ramadan moon sighting (the Supreme Court's statement, an
 * observatory's head, a regional mufti's fatwa, a charity's director), summer tourism in Abha and Taif
 * (the tourism commission's branch, a hotel manager, visitors by first name and kunya), a row over the
 * ساهر traffic cameras (the traffic police spokesman, a driver, a Shura member, the traffic directorate's
 * statement), unemployment and Saudization (the labour ministry's deputy, a jobseeker, an economist), the
 * women's driving debate (a Shura member, a preacher, a columnist, an activist), Jeddah's rain readiness
 * (the mayor, civil defence, residents, the municipality's statement), scholarship students in the United
 * States (the cultural attaché, students, a student club's head), a camel beauty festival in al-Ahsa (the
 * organisers, an owner, a visitor, a craftswoman), a Saudi-Egyptian summit (the king's words at a dinner
 * the president gave, the president, SPA, the two foreign ministers) and the national team's squad (the
 * coach by surname then as المدرب, the federation's president, the captain). Quotes in « », " " and “ ”.
 *
 * Every article and name is invented here (places and bodies are real); no row was tuned on the corpus.
 * The expectations come from reading each article as a person would, under the annotation rules of
 * ../shared/corpus/README.md (speaker = the fullest name the article gives, without title, rank,
 * nationality or honorific; a body for its statement; names of papers, programmes, festivals, races,
 * councils and hashtags are mentions with no speaker), and were written before the engine was run on them.
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const articleRows: readonly Row[] = [
  {
    what: 'Okaz Ramadan: the Supreme Court’s statement (وقالت المحكمة في بيان), an observatory’s head with أن then مضيفاً:, a regional mufti’s fatwa (قال في فتوى), حذّر من «…» and مبيناً أن, a charity’s director to the paper with a programme’s name',
    text: [
      'مكة المكرمة - "عكاظ"',
      'أعلنت المحكمة العليا أن يوم غد الخميس هو أول أيام شهر رمضان المبارك لهذا العام، بعد ثبوت رؤية الهلال مساء اليوم في عدد من مراصد المملكة.',
      'وقالت المحكمة في بيان بثته وكالة الأنباء السعودية: "نظراً لثبوت رؤية هلال شهر رمضان مساء هذا اليوم بشهادة عدد من العدول، فإن يوم غد الخميس هو غرة شهر رمضان المبارك".',
      'وفي جازان، قال مفتي المنطقة الشيخ علي بن أحمد المدخلي في فتوى نشرها على حسابه الرسمي: "من أكل أو شرب ناسياً فليتم صومه، ولا قضاء عليه".',
      'وحذر المدخلي من "الإسراف في موائد الإفطار"، مبيناً أن "إطعام الصائمين أعظم أجراً من التباهي بالولائم".',
      'من جهة أخرى، تستعد الجمعيات الخيرية في منطقة مكة المكرمة لتوزيع السلال الغذائية على الأسر المحتاجة مع بداية الشهر الكريم.',
      'وقال المدير التنفيذي لجمعية البر الخيرية بجدة فهد بن سالم الزهراني لـ"عكاظ" إن الجمعية "ستوزع 12 ألف سلة غذائية على الأسر المسجلة لديها خلال الشهر"، إضافة إلى وجبات الإفطار اليومية ضمن برنامج "إفطار صائم" في 40 موقعاً.',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      [
        'نظراً لثبوت رؤية هلال شهر رمضان مساء هذا اليوم بشهادة عدد من العدول، فإن يوم غد الخميس هو غرة شهر رمضان المبارك',
        'direct',
        'المحكمة العليا',
      ],
      ['من أكل أو شرب ناسياً فليتم صومه، ولا قضاء عليه', 'direct', 'علي بن أحمد المدخلي'],
      ['الإسراف في موائد الإفطار', 'partial', 'علي بن أحمد المدخلي'],
      ['إطعام الصائمين أعظم أجراً من التباهي بالولائم', 'partial', 'علي بن أحمد المدخلي'],
      ['عكاظ', 'mention', null],
      ['ستوزع 12 ألف سلة غذائية على الأسر المسجلة لديها خلال الشهر', 'partial', 'فهد بن سالم الزهراني'],
      ['إفطار صائم', 'mention', null],
    ],
  },
  {
    what: 'Al-Watan summer tourism: a festival’s slogan, the commission’s branch director to the paper then وأضاف أن, a hotel manager (مدير أحد الفنادق في …), a visitor by first name with ويرى … أن then لكنه قال:, a kunya with أما … فقالت, a Taif chamber’s committee head with إن',
    text: [
      'أبها - «الوطن»',
      'توقعت الهيئة العامة للسياحة والتراث الوطني أن يتجاوز عدد زوار منطقة عسير خلال موسم الصيف الحالي مليوني زائر، في ظل اعتدال الأجواء وتنوع الفعاليات التي يقدمها مهرجان «أبها يجمعنا».',
      'في المقابل، أكد مدير أحد الفنادق في منطقة السودة سامي بن عوض القحطاني أن «الأسعار مرتبطة بالعرض والطلب، وهي أقل مما يدفعه السائح في دول الجوار».',
      'ويرى الزائر عبدالرحمن، القادم من الرياض مع أسرته، أن «أبها لا تقل جمالاً عن أي وجهة خارجية»، لكنه قال: «نحتاج إلى مطاعم وأماكن ترفيه تفتح حتى ساعة متأخرة».',
      'أما الزائرة أم فيصل فقالت: «ننتظر تشغيل القطار المعلق في السودة منذ سنوات».',
      'وفي الطائف، قال رئيس لجنة السياحة في الغرفة التجارية بالطائف خالد بن مساعد الثبيتي إن المحافظة «استقبلت أكثر من 300 ألف زائر منذ بداية الإجازة الصيفية».',
    ].join('\n\n'),
    quotes: [
      ['الوطن', 'mention', null],
      ['أبها يجمعنا', 'mention', null],
      [
        'الأسعار مرتبطة بالعرض والطلب، وهي أقل مما يدفعه السائح في دول الجوار',
        'partial',
        'سامي بن عوض القحطاني',
      ],
      ['أبها لا تقل جمالاً عن أي وجهة خارجية', 'partial', 'عبدالرحمن'],
      ['نحتاج إلى مطاعم وأماكن ترفيه تفتح حتى ساعة متأخرة', 'direct', 'عبدالرحمن'],
      ['ننتظر تشغيل القطار المعلق في السودة منذ سنوات', 'direct', 'أم فيصل'],
      ['استقبلت أكثر من 300 ألف زائر منذ بداية الإجازة الصيفية', 'partial', 'خالد بن مساعد الثبيتي'],
    ],
  },
  {
    what: 'Al-Madina Saher row: the system’s quoted name, the traffic spokesman (a rank) to the paper with إن then وأضاف:, a driver who complains (شكا من أن) then وقال:, a Shura member who calls for (طالب بـ"…") and مؤكداً … أن, the directorate’s statement',
    text: [
      'جدة - "المدينة"',
      'أثار نظام الرصد الآلي "ساهر" جدلاً واسعاً بين السائقين في جدة بعد تركيب 20 كاميرا جديدة على طريقي الملك عبدالعزيز والمدينة المنورة خلال الأسبوعين الماضيين.',
      'وطالب عضو مجلس الشورى الدكتور ناصر بن عبدالله الشهراني بـ"مراجعة آلية مضاعفة الغرامات"، مؤكداً في حديث لـ"المدينة" أن "المجلس سيناقش توصية بهذا الشأن في جلسة مقبلة".',
      'من جهتها، أوضحت الإدارة العامة للمرور في بيان أن "المخالف يحق له الاعتراض على المخالفة إلكترونياً خلال 30 يوماً من تاريخ تسجيلها".',
    ].join('\n\n'),
    quotes: [
      ['المدينة', 'mention', null],
      ['ساهر', 'mention', null],
      ['مراجعة آلية مضاعفة الغرامات', 'partial', 'ناصر بن عبدالله الشهراني'],
      ['المدينة', 'mention', null],
      ['المجلس سيناقش توصية بهذا الشأن في جلسة مقبلة', 'partial', 'ناصر بن عبدالله الشهراني'],
      [
        'المخالف يحق له الاعتراض على المخالفة إلكترونياً خلال 30 يوماً من تاريخ تسجيلها',
        'partial',
        'الإدارة العامة للمرور',
      ],
    ],
  },
  {
    what: 'Al-Eqtisadiah Saudization: a programme’s name, the ministry’s deputy to the paper, then by surname (وأضاف فلان أن) and وأشار إلى أن, a jobseeker (الباحثة عن عمل فلانة، خريجة …:) then وأضافت:, an economist with يرى … أن and داعياً إلى',
    text: [
      'الرياض - “الاقتصادية”',
      'كشفت وزارة العمل أن عدد المستفيدين من برنامج “حافز” للإعانة الشهرية للباحثين عن عمل انخفض إلى 650 ألف مستفيد بنهاية الربع الثاني من العام الجاري.',
      'وقال وكيل وزارة العمل للتخطيط والتطوير الدكتور عادل بن محمد السبيعي لـ“الاقتصادية”: “برامج التوطين رفعت عدد السعوديين العاملين في القطاع الخاص إلى أكثر من 1.6 مليون موظف”.',
      'وأضاف السبيعي أن الوزارة “ستقصر العمل في محلات بيع أجهزة الاتصالات وصيانتها على السعوديين خلال العام المقبل”.',
      'وأشار إلى أن “نسبة البطالة بين السعوديين بلغت 11.6 في المائة، معظمها بين النساء”.',
      'وتقول الباحثة عن عمل نورة بنت خالد الدوسري، خريجة قسم الكيمياء منذ ثلاث سنوات: “تقدمت لأكثر من 40 وظيفة، والرد دائماً أن الخبرة مطلوبة”.',
      'وأضافت: “انتهت الإعانة قبل أشهر، ولم أجد عملاً حتى الآن”.',
    ].join('\n\n'),
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['حافز', 'mention', null],
      ['الاقتصادية', 'mention', null],
      [
        'برامج التوطين رفعت عدد السعوديين العاملين في القطاع الخاص إلى أكثر من 1.6 مليون موظف',
        'direct',
        'عادل بن محمد السبيعي',
      ],
      [
        'ستقصر العمل في محلات بيع أجهزة الاتصالات وصيانتها على السعوديين خلال العام المقبل',
        'partial',
        'عادل بن محمد السبيعي',
      ],
      [
        'نسبة البطالة بين السعوديين بلغت 11.6 في المائة، معظمها بين النساء',
        'partial',
        'عادل بن محمد السبيعي',
      ],
      ['تقدمت لأكثر من 40 وظيفة، والرد دائماً أن الخبرة مطلوبة', 'direct', 'نورة بنت خالد الدوسري'],
      ['انتهت الإعانة قبل أشهر، ولم أجد عملاً حتى الآن', 'direct', 'نورة بنت خالد الدوسري'],
    ],
  },
  {
    what: 'Al-Sharq driving debate: a Shura member (عضو مجلس الشورى الدكتورة فلانة) then وأضافت أن, a preacher in a Friday sermon with إن and محذراً مما وصفه بـ"…", a columnist who wrote (وكتب الكاتب في صحيفة "…" فلان في مقاله:), a school subject’s name, an activist with قائلة:',
    text: [
      'الدمام - "الشرق"',
      'عاد الجدل حول قيادة المرأة للسيارة إلى الواجهة بعد أن تقدمت ثلاث عضوات في مجلس الشورى بتوصية تطالب بدراسة السماح للمرأة بالقيادة وفق ضوابط محددة.',
      'وقالت عضو مجلس الشورى الدكتورة منيرة بنت سعد العتيبي: "التوصية لا تطالب بأكثر من دراسة الأمر بهدوء، بعيداً عن التشنج".',
      'وأضافت أن "آلاف الأسر تدفع رواتب سائقين أجانب لا تقدر عليها".',
      'في المقابل، قال الداعية الشيخ سعد بن مبارك الحربي في خطبة الجمعة إن "المسألة ليست دينية محضة، بل تتعلق بالمصالح والمفاسد"، محذراً مما وصفه بـ"الاستعجال في قضايا تمس المجتمع كله".',
    ].join('\n\n'),
    quotes: [
      ['الشرق', 'mention', null],
      ['التوصية لا تطالب بأكثر من دراسة الأمر بهدوء، بعيداً عن التشنج', 'direct', 'منيرة بنت سعد العتيبي'],
      ['آلاف الأسر تدفع رواتب سائقين أجانب لا تقدر عليها', 'partial', 'منيرة بنت سعد العتيبي'],
      ['المسألة ليست دينية محضة، بل تتعلق بالمصالح والمفاسد', 'partial', 'سعد بن مبارك الحربي'],
      ['الاستعجال في قضايا تمس المجتمع كله', 'partial', 'سعد بن مبارك الحربي'],
    ],
  },
  {
    what: 'Okaz Jeddah rain: the mayor at a press conference then وأضاف:, civil defence’s spokesman who calls residents to (دعا … إلى «…») and is called back by surname with إن, residents (فلان، أحد سكان الحي:) and a kunya (فلانة، وهي من سكان …:), the municipality’s statement by its short name',
    text: [
      'جدة - «عكاظ»',
      'رفعت أمانة محافظة جدة درجة الاستعداد القصوى تحسباً لهطول أمطار غزيرة توقعتها الرئاسة العامة للأرصاد وحماية البيئة على محافظات منطقة مكة المكرمة بدءاً من مساء غد.',
      'وقال أمين محافظة جدة المهندس طلال بن عبدالرحمن الجهني في مؤتمر صحفي أمس: «جهزنا 1300 معدة و400 صهريج لشفط المياه من الأحياء المنخفضة».',
      'وأضاف: «لن تتكرر مأساة 2009، فمشاريع تصريف السيول في شرق جدة اكتملت بنسبة 90%».',
      'من جهته، دعا المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة العقيد سعيد بن علي الغامدي السكان إلى «الابتعاد عن مجاري الأودية وعدم المجازفة بعبور الأنفاق عند امتلائها بالمياه».',
      'وقال الغامدي إن فرق الإنقاذ «في حالة تأهب على مدار الساعة».',
      'غير أن سكان حي قويزة أبدوا قلقهم من تكرار ما حدث قبل ست سنوات.',
      'وقال أحمد بن صالح المالكي، أحد سكان الحي: «كل سنة نسمع الوعود نفسها، وفي أول مطر تغرق الشوارع».',
      'وقالت أم ريان، وهي من سكان حي الصواعق: «نقلنا أطفالنا إلى بيت أهلي في الحمدانية احتياطاً».',
    ].join('\n\n'),
    quotes: [
      ['عكاظ', 'mention', null],
      ['جهزنا 1300 معدة و400 صهريج لشفط المياه من الأحياء المنخفضة', 'direct', 'طلال بن عبدالرحمن الجهني'],
      [
        'لن تتكرر مأساة 2009، فمشاريع تصريف السيول في شرق جدة اكتملت بنسبة 90%',
        'direct',
        'طلال بن عبدالرحمن الجهني',
      ],
      [
        'الابتعاد عن مجاري الأودية وعدم المجازفة بعبور الأنفاق عند امتلائها بالمياه',
        'partial',
        'سعيد بن علي الغامدي',
      ],
      ['في حالة تأهب على مدار الساعة', 'partial', 'سعيد بن علي الغامدي'],
      ['كل سنة نسمع الوعود نفسها، وفي أول مطر تغرق الشوارع', 'direct', 'أحمد بن صالح المالكي'],
      ['نقلنا أطفالنا إلى بيت أهلي في الحمدانية احتياطاً', 'direct', 'أم ريان'],
    ],
  },
  {
    what: 'Al-Riyadh scholarship students: a programme’s name, the cultural attaché in his speech then by surname with أشار إلى أن, a student by his field and university, a woman student by first name (وتقول المبتعثة فلانة، طالبة …:), a club’s head with مضيفاً:, a hashtag',
    text: [
      'واشنطن - "الرياض"',
      'احتفلت الملحقية الثقافية السعودية في الولايات المتحدة الأمريكية أمس بتخرج أكثر من أربعة آلاف طالب وطالبة من الدارسين ضمن برنامج "خادم الحرمين الشريفين للابتعاث الخارجي".',
      'وقال الملحق الثقافي السعودي في واشنطن الدكتور بندر بن ناصر العمار في كلمته خلال الحفل: "أنتم سفراء لوطنكم، وما تحملونه من علم هو استثمار في مستقبل المملكة".',
      'وأشار العمار إلى أن الملحقية "تتابع أوضاع أكثر من 60 ألف مبتعث ومرافق في مختلف الولايات".',
      'وتقول المبتعثة ريم، طالبة الدكتوراه في علم الأدوية: "أعود إلى الرياض الشهر المقبل للعمل في أحد المستشفيات التخصصية".',
      'وأوضح رئيس النادي السعودي في مدينة كولومبوس مشاري بن سالم البقمي أن النادي ينظم برامج لاستقبال الدارسين الجدد، مضيفاً: "نستقبل الطلاب في المطار ونساعدهم في إيجاد السكن وفتح الحسابات البنكية".',
      'وتداول المبتعثون على موقع تويتر وسماً بعنوان "#تخرجنا_يا_وطن" نشروا فيه صور الحفل.',
    ].join('\n\n'),
    quotes: [
      ['الرياض', 'mention', null],
      ['خادم الحرمين الشريفين للابتعاث الخارجي', 'mention', null],
      ['أنتم سفراء لوطنكم، وما تحملونه من علم هو استثمار في مستقبل المملكة', 'direct', 'بندر بن ناصر العمار'],
      ['تتابع أوضاع أكثر من 60 ألف مبتعث ومرافق في مختلف الولايات', 'partial', 'بندر بن ناصر العمار'],
      ['أعود إلى الرياض الشهر المقبل للعمل في أحد المستشفيات التخصصية', 'direct', 'ريم'],
      [
        'نستقبل الطلاب في المطار ونساعدهم في إيجاد السكن وفتح الحسابات البنكية',
        'direct',
        'مشاري بن سالم البقمي',
      ],
      ['#تخرجنا_يا_وطن', 'mention', null],
    ],
  },
  {
    what: 'Al-Yaum camel festival: the festival’s name, the organisers’ head to the paper, وبيّن أن and مشدداً على أن, an owner with a relative clause holding a race’s quoted name before the colon, a visitor by nationality and first name (ويرى … أن), a craftswoman’s kunya after وقالت',
    text: [
      'الأحساء - «اليوم»',
      'انطلقت مساء أمس فعاليات مهرجان «مزاين الإبل» في الأحساء بمشاركة أكثر من 1500 ناقة لملاك من المملكة ودول الخليج العربي، وسط حضور جماهيري كبير.',
      'ويرى الزائر الكويتي بدر، الذي قطع 400 كيلومتر لحضور المهرجان، أن «المزاين صارت موسماً سياحياً وليست مجرد مسابقة».',
      'وعلى هامش المهرجان، افتتح محافظ الأحساء سوقاً شعبياً للحرف اليدوية يضم 60 حرفياً وحرفية.',
      'وقالت الحرفية أم سلطان: «أبيع السدو الذي تعلمته من جدتي، والإقبال هذا العام أفضل من العام الماضي».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['مزاين الإبل', 'mention', null],
      ['المزاين صارت موسماً سياحياً وليست مجرد مسابقة', 'partial', 'بدر'],
      ['أبيع السدو الذي تعلمته من جدتي، والإقبال هذا العام أفضل من العام الماضي', 'direct', 'أم سلطان'],
    ],
  },
  {
    what: 'Al-Jazirah Saudi-Egyptian summit: the king as خادم الحرمين الشريفين in a speech at a dinner the president gave, then وأضاف:, the president by title and surname with إن, SPA’s statement, a council’s quoted name, the Egyptian foreign minister with his Saudi counterpart named before the colon, the counterpart by surname',
    text: [
      'القاهرة - واس',
      'عقد خادم الحرمين الشريفين الملك مشعل بن عبدالله آل سعود والرئيس المصري محمد عبدالحميد الشناوي جلسة مباحثات رسمية في قصر الاتحادية بالقاهرة أمس، تناولت العلاقات الثنائية وتطورات الأوضاع في المنطقة.',
      'وقال خادم الحرمين الشريفين في كلمة خلال مأدبة العشاء التي أقامها الرئيس المصري تكريماً له: «أمن مصر جزء لا يتجزأ من أمن المملكة والأمة العربية».',
      'وأضاف: «ما يجمع بلدينا أكبر من أن تؤثر فيه محاولات التفريق».',
      'وأوضحت وكالة الأنباء السعودية أن الجانبين «وقعا 17 اتفاقية ومذكرة تفاهم في مجالات الطاقة والإسكان والتعليم»، فيما اتفق الزعيمان على تشكيل «مجلس التنسيق السعودي المصري».',
      'وقال وزير الخارجية المصري عمرو فؤاد نصار في مؤتمر صحفي مشترك مع نظيره السعودي فيصل بن سعد الخريجي: «الزيارة تاريخية بكل المقاييس، وستنعكس نتائجها على المنطقة بأسرها».',
      'فيما أكد الخريجي أن المملكة «ستواصل دعم الاقتصاد المصري من خلال استثمارات تتجاوز 30 مليار ريال».',
    ].join('\n\n'),
    quotes: [
      ['أمن مصر جزء لا يتجزأ من أمن المملكة والأمة العربية', 'direct', 'مشعل بن عبدالله آل سعود'],
      ['ما يجمع بلدينا أكبر من أن تؤثر فيه محاولات التفريق', 'direct', 'مشعل بن عبدالله آل سعود'],
      [
        'وقعا 17 اتفاقية ومذكرة تفاهم في مجالات الطاقة والإسكان والتعليم',
        'partial',
        'وكالة الأنباء السعودية',
      ],
      ['مجلس التنسيق السعودي المصري', 'mention', null],
      ['الزيارة تاريخية بكل المقاييس، وستنعكس نتائجها على المنطقة بأسرها', 'direct', 'عمرو فؤاد نصار'],
      ['ستواصل دعم الاقتصاد المصري من خلال استثمارات تتجاوز 30 مليار ريال', 'partial', 'فيصل بن سعد الخريجي'],
    ],
  },
  {
    what: 'Sabq sports page: the national coach by nationality and full name in the lede, then by surname at a press conference, وأضاف:, as المدرب after وعن …،, the federation’s president with أن and مضيفاً:, a hashtag, the captain to the paper',
    text: [
      'الرياض - “سبق”',
      'من جهته، أكد رئيس الاتحاد السعودي لكرة القدم عبدالإله بن سعد الفهيد أن “الاتحاد وفر للجهاز الفني كل ما طلبه من معسكرات ومباريات ودية”، مضيفاً: “هدفنا التأهل إلى روسيا، ولا بديل عن ذلك”.',
      'وتفاعل الجمهور مع القائمة عبر وسم “#كلنا_الأخضر” الذي تصدر قائمة الأكثر تداولاً في المملكة.',
      'وقال قائد المنتخب بدر بن ماجد العصيمي لـ“سبق”: “اللاعبون يدركون حجم المسؤولية، والجمهور ينتظر منا الكثير”.',
    ].join('\n\n'),
    quotes: [
      ['سبق', 'mention', null],
      ['الاتحاد وفر للجهاز الفني كل ما طلبه من معسكرات ومباريات ودية', 'partial', 'عبدالإله بن سعد الفهيد'],
      ['هدفنا التأهل إلى روسيا، ولا بديل عن ذلك', 'direct', 'عبدالإله بن سعد الفهيد'],
      ['#كلنا_الأخضر', 'mention', null],
      ['سبق', 'mention', null],
      ['اللاعبون يدركون حجم المسؤولية، والجمهور ينتظر منا الكثير', 'direct', 'بدر بن ماجد العصيمي'],
    ],
  },
];

describe('probe 21: whole Saudi articles of 2015 in new sections', () => {
  runRows(articleRows);
});

const splitRows: readonly Row[] = [
  {
    what: 'Ramadan, split out: a long title with a place after في (رئيس فريق الترائي في مرصد حوطة سدير) before the name, then مضيفاً:',
    text: 'وأوضح رئيس فريق الترائي في مرصد حوطة سدير عبدالله بن حمد الخضيري أن "الهلال شوهد بوضوح بعد غروب الشمس بنحو عشرين دقيقة"، مضيفاً: "الأجواء كانت صافية وساعدت المترائين على رؤيته بالعين المجردة".',
    // engine gap: the title stops at في and the place that follows it is not read as its complement, so
    // the title speaks (رئيس فريق الترائي) and the name is lost.
    gaps: ['attribution'],
    quotes: [
      ['الهلال شوهد بوضوح بعد غروب الشمس بنحو عشرين دقيقة', 'partial', 'عبدالله بن حمد الخضيري'],
      ['الأجواء كانت صافية وساعدت المترائين على رؤيته بالعين المجردة', 'direct', 'عبدالله بن حمد الخضيري'],
    ],
  },
  {
    what: 'tourism, split out: a title with ل + an indefinite genitive and a region (المدير التنفيذي لفرع الهيئة في منطقة عسير) before an honorific and the name, then وأضاف أن',
    text: [
      'وقال المدير التنفيذي لفرع الهيئة في منطقة عسير المهندس محمد بن علي العمري لـ«الوطن»: «نسبة إشغال الفنادق والشقق المفروشة بلغت 95% في أبها والنماص».',
      'وأضاف أن الهيئة «رصدت مخالفات في الأسعار لدى عدد من مرافق الإيواء».',
    ].join('\n\n'),
    // engine gap: with في منطقة عسير between the genitive and the honorific, the speaker is «لفرع»; without
    // it (لفرع الهيئة المهندس فلان) the name is found.
    gaps: ['attribution'],
    quotes: [
      ['الوطن', 'mention', null],
      ['نسبة إشغال الفنادق والشقق المفروشة بلغت 95% في أبها والنماص', 'direct', 'محمد بن علي العمري'],
      ['رصدت مخالفات في الأسعار لدى عدد من مرافق الإيواء', 'partial', 'محمد بن علي العمري'],
    ],
  },
  {
    what: 'Saher row, split out: a spokesman of a body named with a city (لإدارة مرور جدة) and a rank before his name, then وأضاف:',
    text: [
      'وقال الناطق الإعلامي لإدارة مرور جدة المقدم زيد بن حسن الحمزي لـ"المدينة" إن "الكاميرات الجديدة وضعت في مواقع شهدت حوادث مميتة".',
      'وأضاف: "الهدف من النظام هو الحد من الحوادث وليس جمع المخالفات".',
    ].join('\n\n'),
    // engine gap: the body's name after ل runs on to the city and stops there; the speaker is «لإدارة مرور
    // جدة» (and without the rank, «جدة زيد بن حسن الحمزي»).
    gaps: ['attribution'],
    quotes: [
      ['المدينة', 'mention', null],
      ['الكاميرات الجديدة وضعت في مواقع شهدت حوادث مميتة', 'partial', 'زيد بن حسن الحمزي'],
      ['الهدف من النظام هو الحد من الحوادث وليس جمع المخالفات', 'direct', 'زيد بن حسن الحمزي'],
    ],
  },
  {
    what: 'Saher row, split out: a subject before its verb (غير أن المواطن فلان شكا من أن), then وقال:',
    text: 'غير أن المواطن ماجد بن سعيد الغامدي شكا من أن "اللوحات التحذيرية غير واضحة"، وقال: "تلقيت ثلاث مخالفات في أسبوع واحد".',
    // engine gap: the subject that precedes شكا keeps its role word: the speaker is «المواطن».
    gaps: ['attribution'],
    quotes: [
      ['اللوحات التحذيرية غير واضحة', 'partial', 'ماجد بن سعيد الغامدي'],
      ['تلقيت ثلاث مخالفات في أسبوع واحد', 'direct', 'ماجد بن سعيد الغامدي'],
    ],
  },
  {
    what: 'Saudization, split out: an economist by trade (يرى الاقتصادي فلان أن), then داعياً إلى',
    text: 'في المقابل، يرى الاقتصادي عبدالله بن حمد الرميح أن “السعودة الوهمية ما زالت تلتف على البرامج”، داعياً إلى “ربط الدعم بالأجور الفعلية”.',
    // engine gap: الاقتصادي is no role (as an adjective it belongs to bodies' names, المجلس الاقتصادي), so
    // it stays in the name: «الاقتصادي عبدالله بن حمد الرميح».
    gaps: ['attribution'],
    quotes: [
      ['السعودة الوهمية ما زالت تلتف على البرامج', 'partial', 'عبدالله بن حمد الرميح'],
      ['ربط الدعم بالأجور الفعلية', 'partial', 'عبدالله بن حمد الرميح'],
    ],
  },
  {
    what: 'driving debate, split out: a columnist of a quoted paper (وكتب الكاتب في صحيفة "…" فلان في مقاله:)',
    text: 'وكتب الكاتب في صحيفة "الشرق" خالد بن عمر السويلم في مقاله الأسبوعي: "المجتمع تجاوز هذا النقاش منذ زمن".',
    // engine gap: the name after the quoted paper is not read as the title's end: the speaker is «الكاتب في
    // صحيفة الشرق».
    gaps: ['attribution'],
    quotes: [
      ['الشرق', 'mention', null],
      ['المجتمع تجاوز هذا النقاش منذ زمن', 'direct', 'خالد بن عمر السويلم'],
    ],
  },
  {
    what: 'driving debate, split out: an activist whose first name هيا is also a word, and a school subject’s name after مادة',
    text: 'وطالبت الناشطة هيا بنت محمد القرني بإدراج مادة "التربية البدنية" في مدارس البنات، قائلة: "الرياضة صحة قبل أن تكون ترفيهاً".',
    // engine gap: the name (هيا is also a word, come on) is not read after the role, so the role speaks
    // («الناشطة»), and the subject's name after مادة is read as the fragment she calls for (partial).
    gaps: ['attribution'],
    quotes: [
      ['التربية البدنية', 'mention', null],
      ['الرياضة صحة قبل أن تكون ترفيهاً', 'direct', 'هيا بنت محمد القرني'],
    ],
  },
  {
    what: 'Jeddah rain, split out: the municipality by its short name (الأمانة) after its full name in the lede',
    text: [
      'رفعت أمانة محافظة جدة درجة الاستعداد القصوى تحسباً لهطول أمطار غزيرة.',
      'وأكدت الأمانة في بيان لاحق أن «غرفة العمليات المشتركة ستعمل حتى انتهاء الحالة المطرية».',
    ].join('\n\n'),
    // engine gap: the definite head is not resolved to the body named in the lede: the speaker is «الأمانة».
    gaps: ['attribution'],
    quotes: [['غرفة العمليات المشتركة ستعمل حتى انتهاء الحالة المطرية', 'partial', 'أمانة محافظة جدة']],
  },
  {
    what: 'scholarship, split out: a student by what he studies and where (المبتعث لدراسة … في جامعة …) before his name',
    text: 'وقال المبتعث لدراسة الهندسة الكهربائية في جامعة ولاية أوهايو تركي بن فهد السهلي: "السنة الأولى كانت الأصعب بسبب اللغة".',
    // engine gap: ل + a verbal noun after the role is read as the start of the name: «لدراسة الهندسة الكهربائية».
    gaps: ['attribution'],
    quotes: [['السنة الأولى كانت الأصعب بسبب اللغة', 'direct', 'تركي بن فهد السهلي']],
  },
  {
    what: 'camel festival, split out: the organising committee (اللجنة المنظمة للمهرجان) in a title, then وبيّن أن and مشدداً على أن',
    text: [
      'وقال رئيس اللجنة المنظمة للمهرجان فيصل بن مطلق الهاجري لـ«اليوم»: «رفعنا قيمة الجوائز هذا العام إلى 30 مليون ريال».',
      'وبيّن أن اللجنة «استبعدت 17 ناقة بعد ثبوت حقنها بمواد تجميلية»، مشدداً على أن «التحكيم يتم بلجان محايدة».',
    ].join('\n\n'),
    // engine gap: المنظمة (the organisation, a body's head) is read as a new subject, not the adjective of
    // اللجنة: the speaker is «رئيس اللجنة».
    gaps: ['attribution'],
    quotes: [
      ['اليوم', 'mention', null],
      ['رفعنا قيمة الجوائز هذا العام إلى 30 مليون ريال', 'direct', 'فيصل بن مطلق الهاجري'],
      ['استبعدت 17 ناقة بعد ثبوت حقنها بمواد تجميلية', 'partial', 'فيصل بن مطلق الهاجري'],
      ['التحكيم يتم بلجان محايدة', 'partial', 'فيصل بن مطلق الهاجري'],
    ],
  },
  {
    what: 'camel festival, split out: an owner (مالك الإبل) with a relative clause holding a race’s quoted name before the colon',
    text: 'وقال مالك الإبل سعد بن ضيدان المري، الذي حصد المركز الأول في شوط «الوضح»: «هذه الناقة من سلالة ورثتها عن والدي».',
    // engine gap: مالك is a first name and no role, so it stays in the name; the race's name is read as his
    // words (partial) and the quote after the colon as partial too.
    gaps: ['attribution'],
    quotes: [
      ['الوضح', 'mention', null],
      ['هذه الناقة من سلالة ورثتها عن والدي', 'direct', 'سعد بن ضيدان المري'],
    ],
  },
  {
    what: 'summit, split out: the president named with و in a pair of subjects in the lede, later الرئيس + surname',
    text: [
      'عقد خادم الحرمين الشريفين الملك مشعل بن عبدالله آل سعود والرئيس المصري محمد عبدالحميد الشناوي جلسة مباحثات رسمية في القاهرة أمس.',
      'من جانبه، قال الرئيس الشناوي إن المباحثات «تناولت سبل تعزيز التعاون الاقتصادي والعسكري».',
    ].join('\n\n'),
    // engine gap: the second person of the pair (والرئيس المصري فلان) is not learnt, so الرئيس الشناوي is
    // not resolved to his full name.
    gaps: ['attribution'],
    quotes: [['تناولت سبل تعزيز التعاون الاقتصادي والعسكري', 'partial', 'محمد عبدالحميد الشناوي']],
  },
  {
    what: 'sports page, split out: the coach by nationality and name in the lede with its object after it, then by surname, وأضاف:, and المدرب',
    text: [
      'أعلن المدير الفني للمنتخب السعودي الأول لكرة القدم الهولندي ماركو فان لير قائمة تضم 25 لاعباً استعداداً لمواجهتي فلسطين والإمارات.',
      'وقال فان لير في المؤتمر الصحفي الذي عقده بمقر الاتحاد السعودي لكرة القدم أمس: “اخترت اللاعبين الأكثر جاهزية”.',
      'وأضاف: “لا أهتم بالأسماء، بل بما يقدمه اللاعب في الملعب”.',
      'وعن غياب مهاجم الهلال سلطان بن راشد العنزي، قال المدرب: “تحدثت معه، وإصابته تحتاج إلى أسبوعين من العلاج”.',
    ].join('\n\n'),
    // engine gap: the foreign name after الهولندي in the lede is not learnt, so فان لير stays short and
    // المدرب goes to the long title «المدير الفني للمنتخب السعودي الأول لكرة القدم الهولندي».
    gaps: ['attribution'],
    quotes: [
      ['اخترت اللاعبين الأكثر جاهزية', 'direct', 'ماركو فان لير'],
      ['لا أهتم بالأسماء، بل بما يقدمه اللاعب في الملعب', 'direct', 'ماركو فان لير'],
      ['تحدثت معه، وإصابته تحتاج إلى أسبوعين من العلاج', 'direct', 'ماركو فان لير'],
    ],
  },
];

describe('probe 21: passages split out of the articles', () => {
  runRows(splitRows);
});

const ruleRows: readonly Row[] = [
  {
    what: 'a visitor (الزائر) is a role before his first name, with ، القادم من … after it',
    text: 'ويرى الزائر سلمان، القادم من الدمام مع أسرته، أن «الطائف لا تقل جمالاً عن أي مصيف آخر».',
    quotes: [['الطائف لا تقل جمالاً عن أي مصيف آخر', 'partial', 'سلمان']],
  },
  {
    what: 'a woman visitor (الزائرة) is a role before a kunya',
    text: 'وقالت الزائرة أم خالد: «الحدائق مزدحمة في المساء».',
    quotes: [['الحدائق مزدحمة في المساء', 'direct', 'أم خالد']],
  },
  {
    what: 'a scholarship student (المبتعثة) is a role before her first name, with ، طالبة … after it',
    text: 'وتقول المبتعثة هند، طالبة الماجستير في علوم الحاسب: “الغربة علمتني الاعتماد على نفسي”.',
    quotes: [['الغربة علمتني الاعتماد على نفسي', 'direct', 'هند']],
  },
  {
    what: 'a craftsman (الحرفي) is a role before his name',
    text: 'وقال الحرفي عبدالله بن سعد العيسى: "أصنع الفخار منذ ثلاثين عاماً".',
    quotes: [['أصنع الفخار منذ ثلاثين عاماً', 'direct', 'عبدالله بن سعد العيسى']],
  },
  {
    what: 'guard: الاقتصادي after a body (المجلس الاقتصادي) is an adjective of its name, not a role',
    text: 'وقال المجلس الاقتصادي والاجتماعي في تقريره إن «البطالة تراجعت».',
    quotes: [['البطالة تراجعت', 'partial', 'المجلس الاقتصادي والاجتماعي']],
  },
];

describe('probe 21: rules found by the articles', () => {
  runRows(ruleRows);
});
