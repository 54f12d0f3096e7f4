/**
 * A third probe of generality, on news styles the first two (probe.test.ts, probe2.test.ts) did not cover:
 * Saudi Press Agency and Gulf ministries' releases (long titles, وأوضح … أن, مشيراً إلى, مؤكداً),
 * economic news (governors, chief executives, analysts speaking to a paper), interviews (وفي رده على
 * سؤال حول …)، court and police reports, post-match quotes, health figures, Friday sermons, quotes over
 * two paragraphs, mixed marks, a speaker coming back by surname or by title alone after others spoke,
 * على حد قوله / حسب تعبيره / كما قال, and the titles of reports, films and campaigns as mentions.
 *
 * Every passage and name is invented here; no row was tuned on the corpus. The expectations come from
 * reading each passage as a person would, under the annotation rules of ../shared/corpus/README.md
 * (speaker = the fullest name the passage gives, without title, rank or honorific; a body for its
 * statement; an unnamed source as the passage calls it).
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible: when a gap is closed, vitest reports the row as an
 * unexpected pass and the mark comes off. (Three one-sentence rows failed on a NOT_ARABIC warning,
 * franc reading them as Dari, Persian or Malay, until the language check took a text in Arabic script
 * with no letter of those languages for Arabic.)
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/** Saudi Press Agency and Gulf ministries: long titles, أن-clauses, participles that go on. */
const releaseRows: readonly Row[] = [
  {
    what: 'SPA: وأوضح وكيل الوزارة لشؤون … المهندس, a name with بن, then مشيراً إلى أن',
    text: 'وأوضح وكيل وزارة البيئة والمياه والزراعة لشؤون المياه المهندس خالد بن سعد الغامدي أن «نسبة تغطية شبكات المياه بلغت 92 في المئة»، مشيراً إلى أن «العمل جار على ربط القرى النائية».',
    quotes: [
      ['نسبة تغطية شبكات المياه بلغت 92 في المئة', 'partial', 'خالد بن سعد الغامدي'],
      ['العمل جار على ربط القرى النائية', 'partial', 'خالد بن سعد الغامدي'],
    ],
  },
  {
    what: 'SPA: a minister during an opening, an object before the fragment, then مؤكداً أن',
    text: 'وأكد وزير الشؤون البلدية والقروية عبدالله الحربي خلال افتتاحه المعرض أن المملكة «ماضية في تطوير البنية التحتية للمدن»، مؤكداً أن «الإنسان في قلب التنمية».',
    quotes: [
      ['ماضية في تطوير البنية التحتية للمدن', 'partial', 'عبدالله الحربي'],
      ['الإنسان في قلب التنمية', 'partial', 'عبدالله الحربي'],
    ],
  },
  {
    what: 'SPA: a dateline with two calendars and واس, then وأشار … إلى أن',
    text: 'الرياض 14 رجب 1447 هـ الموافق 3 يناير 2026 م واس\n\nوأشار مدير عام التعليم بمنطقة القصيم الدكتور ناصر العتيبي إلى أن «العام الدراسي سيبدأ وفق الخطة المعتمدة».',
    quotes: [['العام الدراسي سيبدأ وفق الخطة المعتمدة', 'partial', 'ناصر العتيبي']],
  },
  {
    what: 'ministry: أصدرت … بياناً قالت فيه and a colon',
    text: 'وأصدرت وزارة الموارد البشرية والتنمية الاجتماعية بياناً قالت فيه: «سيتم تطبيق القرار اعتباراً من مطلع الشهر المقبل».',
    quotes: [
      [
        'سيتم تطبيق القرار اعتباراً من مطلع الشهر المقبل',
        'direct',
        'وزارة الموارد البشرية والتنمية الاجتماعية',
      ],
    ],
  },
  {
    what: 'SPA: a minister who is a prince, another man, then وأضاف الوزير',
    text: 'وأكد وزير الطاقة الأمير فيصل بن نايف أن «أسواق النفط تحتاج إلى الاستقرار». وقال رئيس شركة التكرير الوطنية طارق المالكي: «طاقتنا الإنتاجية ارتفعت». وأضاف الوزير: «نتابع السوق يوماً بيوم».',
    quotes: [
      ['أسواق النفط تحتاج إلى الاستقرار', 'partial', 'فيصل بن نايف'],
      ['طاقتنا الإنتاجية ارتفعت', 'direct', 'طارق المالكي'],
      ['نتابع السوق يوماً بيوم', 'direct', 'فيصل بن نايف'],
    ],
  },
  {
    what: 'UAE: معالي, a woman minister with her post in apposition, then وتابعت الوزيرة',
    text: 'وأكدت معالي مريم الكعبي، وزيرة التغير المناخي والبيئة، أن «الدولة ملتزمة بالحياد المناخي بحلول 2050». وتابعت الوزيرة: «الشراكة مع القطاع الخاص أساس النجاح».',
    quotes: [
      ['الدولة ملتزمة بالحياد المناخي بحلول 2050', 'partial', 'مريم الكعبي'],
      ['الشراكة مع القطاع الخاص أساس النجاح', 'direct', 'مريم الكعبي'],
    ],
  },
  {
    what: 'Kuwait: ذكر … في تصريح صحفي أن, then لافتاً إلى أن',
    text: 'وذكر وزير الداخلية الكويتي فهد العنزي في تصريح صحفي أن الوزارة «لن تتهاون مع المخالفين»، لافتاً إلى أن «الحملات الأمنية مستمرة في جميع المحافظات».',
    quotes: [
      ['لن تتهاون مع المخالفين', 'partial', 'فهد العنزي'],
      ['الحملات الأمنية مستمرة في جميع المحافظات', 'partial', 'فهد العنزي'],
    ],
  },
  {
    what: 'Bahrain: صرح الوكيل المساعد … بوزارة … المهندس بأن',
    text: 'وصرح الوكيل المساعد للتخطيط والمشاريع بوزارة الأشغال المهندس علي الدوسري بأن «المشروع سيخفف الازدحام بنسبة 40 في المئة».',
    quotes: [['المشروع سيخفف الازدحام بنسبة 40 في المئة', 'partial', 'علي الدوسري']],
  },
  {
    what: 'Qatar: a ministry in a press statement, then وأوضحت الوزارة in the next paragraph',
    text: 'وقالت وزارة التجارة والصناعة في بيان صحفي اليوم: «تم إغلاق 15 محلا مخالفا».\n\nوأوضحت الوزارة أن «المخالفات تتعلق برفع الأسعار دون مبرر».',
    quotes: [
      ['تم إغلاق 15 محلا مخالفا', 'direct', 'وزارة التجارة والصناعة'],
      ['المخالفات تتعلق برفع الأسعار دون مبرر', 'partial', 'وزارة التجارة والصناعة'],
    ],
  },
  {
    what: 'SPA: ثمن أمير منطقة … الأمير, an object, then مؤكداً أن',
    text: 'وثمن أمير منطقة الجوف الأمير بدر بن خالد جهود العاملين في القطاع الصحي، مؤكداً أن «صحة المواطن في مقدمة الأولويات».',
    quotes: [['صحة المواطن في مقدمة الأولويات', 'partial', 'بدر بن خالد']],
  },
  {
    what: 'SPA: رفع … الشكر للقيادة, then وقال with no subject in the same sentence',
    text: 'ورفع رئيس هيئة حقوق الإنسان الدكتور هلال العمري الشكر للقيادة، وقال: «هذه الموافقة تعكس اهتمام الدولة بحماية الحقوق».',
    quotes: [['هذه الموافقة تعكس اهتمام الدولة بحماية الحقوق', 'direct', 'هلال العمري']],
  },
  {
    what: 'SPA: a spokesman of a ministry at the weekly press conference',
    text: 'وقال المتحدث الرسمي لوزارة الصحة الدكتور محمد العبدالعالي في المؤتمر الصحفي الأسبوعي: «لم تسجل أي حالة جديدة خلال الأيام السبعة الماضية».',
    quotes: [['لم تسجل أي حالة جديدة خلال الأيام السبعة الماضية', 'direct', 'محمد العبدالعالي']],
  },
];

/** Economic news: governors, chief executives, analysts, reports. */
const economyRows: readonly Row[] = [
  {
    what: 'economy: وقال المحلل … لـ«paper»: and a colon',
    text: 'وقال المحلل الاقتصادي سامر الخطيب لـ«الاقتصادية»: «رفع الفائدة سيضغط على الاقتراض العقاري».',
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['رفع الفائدة سيضغط على الاقتراض العقاري', 'direct', 'سامر الخطيب'],
    ],
  },
  {
    what: 'economy: a central bank governor at a press conference after a committee meeting',
    text: 'وقال محافظ البنك المركزي وليد الصايغ في مؤتمر صحفي عقب اجتماع لجنة السياسة النقدية: «التضخم سيعود إلى مستهدفه في الربع الثالث».',
    quotes: [['التضخم سيعود إلى مستهدفه في الربع الثالث', 'direct', 'وليد الصايغ']],
  },
  {
    what: 'economy: the chief executive of a company named in quotes, توقع أن',
    text: 'وتوقع الرئيس التنفيذي لشركة «نماء القابضة» رامي العسيري أن «تتجاوز الأرباح مليار ريال هذا العام».',
    quotes: [
      ['نماء القابضة', 'mention', null],
      ['تتجاوز الأرباح مليار ريال هذا العام', 'partial', 'رامي العسيري'],
    ],
  },
  {
    what: 'economy: رأت كبيرة الاقتصاديين في بنك …, then مضيفة أن',
    text: 'ورأت كبيرة الاقتصاديين في بنك الخليج الأول ليلى منصور أن «الاقتصاد غير النفطي يقود النمو»، مضيفة أن «القطاع السياحي فاجأ الجميع».',
    quotes: [
      ['الاقتصاد غير النفطي يقود النمو', 'partial', 'ليلى منصور'],
      ['القطاع السياحي فاجأ الجميع', 'partial', 'ليلى منصور'],
    ],
  },
  {
    what: 'economy: «…»، قال المحلل في شركة …, the cue after the quote',
    text: '«الأسواق تبالغ في تقدير المخاطر»، قال المحلل في شركة الأفق للاستثمار ماجد الحسيني.',
    quotes: [['الأسواق تبالغ في تقدير المخاطر', 'direct', 'ماجد الحسيني']],
  },
  {
    what: 'economy: a finance minister, then وأضاف with his surname',
    text: 'وقال وزير المالية عادل الزين: «العجز تراجع إلى 2.1 في المئة من الناتج». وأضاف الزين: «لن نفرض ضرائب جديدة».',
    quotes: [
      ['العجز تراجع إلى 2.1 في المئة من الناتج', 'direct', 'عادل الزين'],
      ['لن نفرض ضرائب جديدة', 'direct', 'عادل الزين'],
    ],
  },
  {
    what: 'economy: a report’s title is a mention, then an official of the fund with إن',
    text: 'وأصدر صندوق النقد الدولي تقريره «آفاق الاقتصاد الإقليمي»، وقال مدير إدارة الشرق الأوسط في الصندوق كمال الصفدي إن «النمو سيتباطأ في الدول المستوردة للنفط».',
    quotes: [
      ['آفاق الاقتصاد الإقليمي', 'mention', null],
      ['النمو سيتباطأ في الدول المستوردة للنفط', 'partial', 'كمال الصفدي'],
    ],
  },
  {
    what: 'economy: يرى … أن with a fragment, then حسب تعبيره',
    text: 'ويرى الرئيس التنفيذي لمجموعة الراشد للتجزئة هشام الراشد أن التجارة الإلكترونية «غيرت قواعد اللعبة»، حسب تعبيره.',
    quotes: [['غيرت قواعد اللعبة', 'partial', 'هشام الراشد']],
  },
];

/** Interviews: the question in narration, the answer in quotes. */
const interviewRows: readonly Row[] = [
  {
    what: 'interview: وفي رده على سؤال حول …، قال and a title with a name',
    text: 'وفي رده على سؤال حول موعد الانتخابات، قال رئيس الوزراء جمال البيطار: «الموعد سيحدد بعد التشاور مع الأحزاب».',
    quotes: [['الموعد سيحدد بعد التشاور مع الأحزاب', 'direct', 'جمال البيطار']],
  },
  {
    what: 'interview: في مقابلة مع «…», then وفي رده على سؤال, قال with no subject',
    text: 'وقال وزير السياحة نبيل الزعبي في مقابلة مع «الشرق»: «نستهدف خمسة ملايين سائح». وفي رده على سؤال حول أسعار الفنادق، قال: «الأسعار يحددها السوق».',
    quotes: [
      ['الشرق', 'mention', null],
      ['نستهدف خمسة ملايين سائح', 'direct', 'نبيل الزعبي'],
      ['الأسعار يحددها السوق', 'direct', 'نبيل الزعبي'],
    ],
  },
  {
    what: 'interview: وعن خططه …، قال',
    text: 'وعن خططه للمرحلة المقبلة، قال المخرج يوسف العمري: «أعمل على فيلم عن الهجرة».',
    quotes: [['أعمل على فيلم عن الهجرة', 'direct', 'يوسف العمري']],
  },
  {
    what: 'interview: the paper meets a deputy, then سألته … فأجاب',
    text: 'التقت «الوطن» النائب سعيد الجابري في مكتبه بالبرلمان.\n\nوسألته «الوطن» عن موقفه من الحكومة، فأجاب: «لسنا في معارضة من أجل المعارضة».',
    quotes: [
      ['الوطن', 'mention', null],
      ['الوطن', 'mention', null],
      ['لسنا في معارضة من أجل المعارضة', 'direct', 'سعيد الجابري'],
    ],
  },
  {
    what: 'interview: وحول الانتقادات الموجهة إليها، قالت',
    text: 'وحول الانتقادات الموجهة إليها، قالت الروائية سلوى الحكيم: «النقد جزء من حياة الكاتب».',
    quotes: [['النقد جزء من حياة الكاتب', 'direct', 'سلوى الحكيم']],
  },
  {
    what: 'interview: وردا على سؤال لـ«site» بشأن …، أجاب',
    text: 'وردا على سؤال لـ«الجزيرة نت» بشأن العقوبات، أجاب المتحدث باسم الخارجية عمر الزيدي: «لم نتلق أي إخطار رسمي».',
    quotes: [
      ['الجزيرة نت', 'mention', null],
      ['لم نتلق أي إخطار رسمي', 'direct', 'عمر الزيدي'],
    ],
  },
];

/** Court and police reports. */
const courtRows: readonly Row[] = [
  {
    what: 'police: أفاد مصدر أمني بأن',
    text: 'وأفاد مصدر أمني بأن «المشتبه به اعترف بارتكاب الجريمة».',
    quotes: [['المشتبه به اعترف بارتكاب الجريمة', 'partial', 'مصدر أمني']],
  },
  {
    what: 'police: أفاد مصدر أمني لـ«paper» بأن',
    text: 'وأفاد مصدر أمني لـ«عكاظ» بأن «الجاني سلم نفسه للشرطة».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الجاني سلم نفسه للشرطة', 'partial', 'مصدر أمني'],
    ],
  },
  {
    what: 'courts: the public prosecution in a statement, then «…»، بحسب بيان النيابة العامة',
    text: 'وقالت النيابة العامة في بيان: «أمرنا بحبس المتهمين أربعة أيام على ذمة التحقيق».\n\n«تم التحفظ على الأموال المضبوطة»، بحسب بيان النيابة العامة.',
    quotes: [
      ['أمرنا بحبس المتهمين أربعة أيام على ذمة التحقيق', 'direct', 'النيابة العامة'],
      ['تم التحفظ على الأموال المضبوطة', 'direct', 'النيابة العامة'],
    ],
  },
  {
    what: 'courts: a charge in quotes, then محاميها with a possessive and a name',
    text: 'وتواجه المتهمة تهمة «غسل الأموال»، وقال محاميها فراس العودات: «موكلتي بريئة وسنثبت ذلك».',
    quotes: [
      ['غسل الأموال', 'mention', null],
      ['موكلتي بريئة وسنثبت ذلك', 'direct', 'فراس العودات'],
    ],
  },
  {
    what: 'police: a governorate police chief with a rank, then وأضاف with his surname and أن',
    text: 'وقال مدير شرطة محافظة الزرقاء العميد معاذ الخوالدة: «ضبطنا 300 كيلوغرام من المخدرات». وأضاف الخوالدة أن «التحقيقات كشفت ارتباط الشبكة بجهات خارجية».',
    quotes: [
      ['ضبطنا 300 كيلوغرام من المخدرات', 'direct', 'معاذ الخوالدة'],
      ['التحقيقات كشفت ارتباط الشبكة بجهات خارجية', 'partial', 'معاذ الخوالدة'],
    ],
  },
  {
    what: 'courts: a verdict, then رئيس المحكمة المستشار … في نص الحكم',
    text: 'وقضت محكمة الجنايات بالسجن عشر سنوات على المتهم، وقال رئيس المحكمة المستشار حازم عبد الرحيم في نص الحكم: «الجريمة هزت الرأي العام».',
    quotes: [['الجريمة هزت الرأي العام', 'direct', 'حازم عبد الرحيم']],
  },
  {
    what: 'police: «…»، بحسب المتحدث باسم الشرطة with a rank',
    text: '«لا توجد شبهة جنائية في الحادث»، بحسب المتحدث باسم الشرطة الرائد سيف النقبي.',
    quotes: [['لا توجد شبهة جنائية في الحادث', 'direct', 'سيف النقبي']],
  },
  {
    what: 'courts: the father of the victim, then his name',
    text: 'وقال والد الضحية سليمان الرواشدة: «نطالب بالقصاص العادل».',
    quotes: [['نطالب بالقصاص العادل', 'direct', 'سليمان الرواشدة']],
  },
];

/** Post-match quotes. */
const sportsRows: readonly Row[] = [
  {
    what: 'sports: a coach with a Spanish name, عقب المباراة before the colon',
    text: 'وقال مدرب الهلال خورخي مارتينيز عقب المباراة: «اللاعبون قدموا كل ما لديهم».',
    quotes: [['اللاعبون قدموا كل ما لديهم', 'direct', 'خورخي مارتينيز']],
  },
  {
    what: 'sports: وفي المؤتمر الصحفي بعد اللقاء، قال مدرب الفريق الضيف',
    text: 'وفي المؤتمر الصحفي بعد اللقاء، قال مدرب الفريق الضيف عماد بن سالم: «التحكيم حرمنا من ركلة جزاء واضحة».',
    quotes: [['التحكيم حرمنا من ركلة جزاء واضحة', 'direct', 'عماد بن سالم']],
  },
  {
    what: 'sports: the captain, then وأضاف with his surname',
    text: 'وقال قائد المنتخب فهد الشمري: «الفوز مهدى للجماهير». وأضاف الشمري: «نريد التأهل إلى كأس العالم».',
    quotes: [
      ['الفوز مهدى للجماهير', 'direct', 'فهد الشمري'],
      ['نريد التأهل إلى كأس العالم', 'direct', 'فهد الشمري'],
    ],
  },
  {
    what: 'sports: عبر … عن سعادته …، قائلا with a colon',
    text: 'وعبر لاعب الوسط ياسر العنزي عن سعادته بالهدف قائلا: «حلمت بهذه اللحظة منذ صغري».',
    quotes: [['حلمت بهذه اللحظة منذ صغري', 'direct', 'ياسر العنزي']],
  },
  {
    what: 'sports: a club president, إن الإدارة with a fragment',
    text: 'وقال رئيس نادي الاتحاد خالد الزهراني إن الإدارة «لن تفرط في أي لاعب أساسي».',
    quotes: [['لن تفرط في أي لاعب أساسي', 'partial', 'خالد الزهراني']],
  },
  {
    what: 'sports: أكد … أن with a fragment, then على حد قوله',
    text: 'وأكد مدرب حراس المرمى مروان الكعبي أن الحارس «سيعود إلى التدريبات الأسبوع المقبل»، على حد قوله.',
    quotes: [['سيعود إلى التدريبات الأسبوع المقبل', 'partial', 'مروان الكعبي']],
  },
];

/** Health ministries and doctors. */
const healthRows: readonly Row[] = [
  {
    what: 'health: a ministry announces figures, then قالت في بيان with no subject',
    text: 'وأعلنت وزارة الصحة تسجيل 42 إصابة جديدة، وقالت في بيان: «الوضع الوبائي تحت السيطرة».',
    quotes: [['الوضع الوبائي تحت السيطرة', 'direct', 'وزارة الصحة']],
  },
  {
    what: 'health: وكيل وزارة الصحة للصحة العامة الدكتور … إن',
    text: 'وقال وكيل وزارة الصحة للصحة العامة الدكتور عبدالرحمن السبيعي إن «معدل التطعيم تجاوز 85 في المئة».',
    quotes: [['معدل التطعيم تجاوز 85 في المئة', 'partial', 'عبدالرحمن السبيعي']],
  },
  {
    what: 'health: a campaign named in quotes, then its director',
    text: 'وأطلقت الوزارة حملة «صحتك أولاً» لتشجيع الفحص المبكر، وقالت مديرة الحملة هند الراشد: «نستهدف مليون امرأة».',
    quotes: [
      ['صحتك أولاً', 'mention', null],
      ['نستهدف مليون امرأة', 'direct', 'هند الراشد'],
    ],
  },
  {
    what: 'health: استشارية … الدكتورة … أن, then داعية إلى «…»',
    text: 'وأوضحت استشارية طب الأطفال الدكتورة رنا الحمادي أن «الإنفلونزا الموسمية أخطر على الرضع»، داعية الأسر إلى «عدم التهاون في التطعيم».',
    quotes: [
      ['الإنفلونزا الموسمية أخطر على الرضع', 'partial', 'رنا الحمادي'],
      ['عدم التهاون في التطعيم', 'partial', 'رنا الحمادي'],
    ],
  },
  {
    what: 'health: «…»، قال مدير مستشفى …, a hospital named after the place',
    text: '«استقبلنا 120 مصاباً خلال ساعتين»، قال مدير مستشفى الشفاء عمار البرغوثي.',
    quotes: [['استقبلنا 120 مصاباً خلال ساعتين', 'direct', 'عمار البرغوثي']],
  },
];

/** Sermons and religious officials. */
const sermonRows: readonly Row[] = [
  {
    what: 'sermon: إمام وخطيب المسجد الحرام الشيخ … في خطبة الجمعة',
    text: 'وقال إمام وخطيب المسجد الحرام الشيخ صالح المطرفي في خطبة الجمعة: «التقوى زاد المؤمن في الدنيا والآخرة».',
    quotes: [['التقوى زاد المؤمن في الدنيا والآخرة', 'direct', 'صالح المطرفي']],
  },
  {
    what: 'sermon: أوضح إمام وخطيب المسجد النبوي … أن, then مؤكداً أن',
    text: 'وأوضح إمام وخطيب المسجد النبوي الشيخ حسين الثبيتي أن «الرحمة أساس التعامل بين الناس»، مؤكداً أن «الإسلام دين الوسطية».',
    quotes: [
      ['الرحمة أساس التعامل بين الناس', 'partial', 'حسين الثبيتي'],
      ['الإسلام دين الوسطية', 'partial', 'حسين الثبيتي'],
    ],
  },
  {
    what: 'sermon: مفتي الجمهورية الشيخ …, then وتابع المفتي',
    text: 'وقال مفتي الجمهورية الشيخ منير الحسني في كلمته: «الإفتاء مسؤولية عظيمة». وتابع المفتي: «على الشباب أن يتحروا المصادر الموثوقة».',
    quotes: [
      ['الإفتاء مسؤولية عظيمة', 'direct', 'منير الحسني'],
      ['على الشباب أن يتحروا المصادر الموثوقة', 'direct', 'منير الحسني'],
    ],
  },
];

/** Long passages: two-paragraph quotes, mixed marks, a speaker who comes back after others. */
const structureRows: readonly Row[] = [
  {
    what: 'structure: a quote over two paragraphs, then a woman in straight marks',
    text: 'وقال رئيس الاتحاد العام للعمال ناجي الحمدان: «طالبنا برفع الحد الأدنى للأجور منذ سنوات.\n\nولن نتراجع حتى تستجيب الحكومة». وقالت وزيرة العمل منى الساعدي: "الحوار مفتوح مع كل النقابات".',
    quotes: [
      [
        'طالبنا برفع الحد الأدنى للأجور منذ سنوات.\n\nولن نتراجع حتى تستجيب الحكومة',
        'direct',
        'ناجي الحمدان',
      ],
      ['الحوار مفتوح مع كل النقابات', 'direct', 'منى الساعدي'],
    ],
  },
  {
    what: 'structure: curly marks, then guillemets, ورد for the second speaker',
    text: 'وقال النائب كمال العتوم: “القانون يحتاج إلى تعديل”. ورد وزير العدل سامي الطراونة: «التعديل ليس ضرورياً الآن».',
    quotes: [
      ['القانون يحتاج إلى تعديل', 'direct', 'كمال العتوم'],
      ['التعديل ليس ضرورياً الآن', 'direct', 'سامي الطراونة'],
    ],
  },
  {
    what: 'structure: a minister comes back by surname after two others spoke',
    text: 'قال وزير الزراعة حمدي الشريف: «المحصول هذا العام وفير». وقال رئيس اتحاد المزارعين علي الخزاعلة: «الأسعار لا تغطي التكاليف». وقالت الخبيرة الزراعية دينا المصري: «المشكلة في التسويق». وأكد الشريف أن «الحكومة ستشتري الفائض».',
    quotes: [
      ['المحصول هذا العام وفير', 'direct', 'حمدي الشريف'],
      ['الأسعار لا تغطي التكاليف', 'direct', 'علي الخزاعلة'],
      ['المشكلة في التسويق', 'direct', 'دينا المصري'],
      ['الحكومة ستشتري الفائض', 'partial', 'حمدي الشريف'],
    ],
  },
  {
    what: 'structure: a woman president comes back by her title after a dean',
    text: 'وقالت رئيسة الجامعة الدكتورة سميرة الخالدي: «سنفتح ثلاث كليات جديدة». وقال عميد كلية الهندسة ماهر الجبوري: «نحتاج إلى مختبرات حديثة». وأضافت رئيسة الجامعة: «الميزانية تكفي للمرحلة الأولى».',
    quotes: [
      ['سنفتح ثلاث كليات جديدة', 'direct', 'سميرة الخالدي'],
      ['نحتاج إلى مختبرات حديثة', 'direct', 'ماهر الجبوري'],
      ['الميزانية تكفي للمرحلة الأولى', 'direct', 'سميرة الخالدي'],
    ],
  },
  {
    what: 'structure: a woman comes back by surname (وأضافت النجار) after a volunteer',
    text: 'وقالت المديرة التنفيذية للجمعية عبير النجار: «المساعدات وصلت إلى ألفي أسرة». وقال المتطوع رامي سعادة: «العمل لم يتوقف ليلا ونهارا». وأضافت النجار أن «الحاجة ما زالت كبيرة».',
    quotes: [
      ['المساعدات وصلت إلى ألفي أسرة', 'direct', 'عبير النجار'],
      ['العمل لم يتوقف ليلا ونهارا', 'direct', 'رامي سعادة'],
      ['الحاجة ما زالت كبيرة', 'partial', 'عبير النجار'],
    ],
  },
  {
    what: 'structure: a governor in the lede, the UN in between, then وقال المحافظ',
    text: 'أعلن محافظ الأنبار خالد الفهداوي، الثلاثاء، إطلاق مشروع لإعادة الإعمار.\n\nوقالت الأمم المتحدة في بيان إنها «ستدعم المشروع بخبرائها».\n\nوقال المحافظ: «الأولوية للمدارس والمستشفيات».',
    quotes: [
      ['ستدعم المشروع بخبرائها', 'partial', 'الأمم المتحدة'],
      ['الأولوية للمدارس والمستشفيات', 'direct', 'خالد الفهداوي'],
    ],
  },
  {
    what: 'structure: an ambassador with a compound French name, a background paragraph, then وتابع السفير',
    text: 'وقال السفير الفرنسي لدى الأردن جان لوك مارتان: «فرنسا تقف إلى جانب الأردن».\n\nوتأتي الزيارة في إطار تعزيز العلاقات الثنائية بين البلدين.\n\nوتابع السفير: «سنزيد المساعدات الإنسانية».',
    quotes: [
      ['فرنسا تقف إلى جانب الأردن', 'direct', 'جان لوك مارتان'],
      ['سنزيد المساعدات الإنسانية', 'direct', 'جان لوك مارتان'],
    ],
  },
];

/** على حد قوله, حسب تعبيره, كما قال: the speaker named around a fragment. */
const asSaidRows: readonly Row[] = [
  {
    what: 'as said: وصف … بأنه «…»، على حد قوله',
    text: 'ووصف الناشط الحقوقي مازن الدباغ الحكم بأنه «قاس وغير مبرر»، على حد قوله.',
    quotes: [['قاس وغير مبرر', 'partial', 'مازن الدباغ']],
  },
  {
    what: 'as said: a retired general as an expert, إن with a fragment, then حسب تعبيره',
    text: 'وقال الخبير الأمني اللواء المتقاعد صلاح الرفاعي إن الهجوم «رسالة سياسية قبل أن يكون عملية عسكرية»، حسب تعبيره.',
    quotes: [['رسالة سياسية قبل أن يكون عملية عسكرية', 'partial', 'صلاح الرفاعي']],
  },
  {
    what: 'as said: وكما قال …، فإن «…»',
    text: 'وكما قال وزير الخارجية يوسف المراغي، فإن «الدبلوماسية لم تستنفد أدواتها بعد».',
    quotes: [['الدبلوماسية لم تستنفد أدواتها بعد', 'partial', 'يوسف المراغي']],
  },
  {
    what: 'as said: a fragment in narration, then كما قال and the speaker after it',
    text: 'فالمدينة «لم تعد تحتمل مزيدا من الانتظار»، كما قال رئيس بلديتها إياد الشامي.',
    quotes: [['لم تعد تحتمل مزيدا من الانتظار', 'partial', 'إياد الشامي']],
  },
  {
    what: 'as said: كما قالت وزيرة … في حفل …',
    text: 'والمشروع «سيغير وجه المنطقة»، كما قالت وزيرة الإسكان نادية العلي في حفل التدشين.',
    quotes: [['سيغير وجه المنطقة', 'partial', 'نادية العلي']],
  },
  {
    what: 'as said: على حد تعبيره between a fragment and مضيفا with a colon',
    text: 'وقال المحامي طارق البزاز إن موكله «تعرض لضغوط خلال التحقيق»، على حد تعبيره، مضيفا: «سنطعن في الحكم».',
    quotes: [
      ['تعرض لضغوط خلال التحقيق', 'partial', 'طارق البزاز'],
      ['سنطعن في الحكم', 'direct', 'طارق البزاز'],
    ],
  },
];

/** The titles of reports, films, programmes and campaigns are mentions, even next to speech. */
const titleRows: readonly Row[] = [
  {
    what: 'titles: a report بعنوان «…», then قالت فيه إن with a fragment',
    text: 'ونشرت منظمة العفو الدولية تقريرا بعنوان «خلف الجدران»، وقالت فيه إن السجناء «يعانون من الاكتظاظ».',
    quotes: [
      ['خلف الجدران', 'mention', null],
      ['يعانون من الاكتظاظ', 'partial', 'منظمة العفو الدولية'],
    ],
  },
  {
    what: 'titles: a campaign by a municipality, then its mayor',
    text: 'وأطلقت البلدية حملة «مدينتي أجمل» بمشاركة ألف متطوع. وقال رئيس البلدية كريم العساف: «الحملة تستمر شهرا كاملا».',
    quotes: [
      ['مدينتي أجمل', 'mention', null],
      ['الحملة تستمر شهرا كاملا', 'direct', 'كريم العساف'],
    ],
  },
  {
    what: 'titles: a film wins a prize, then مخرجته with a possessive and a name',
    text: 'وفاز فيلم «الطريق إلى البيت» بجائزة أفضل فيلم، وقالت مخرجته لينا السعدي: «الجائزة لكل أهالي المخيم».',
    quotes: [
      ['الطريق إلى البيت', 'mention', null],
      ['الجائزة لكل أهالي المخيم', 'direct', 'لينا السعدي'],
    ],
  },
  {
    what: 'titles: a report’s title as the subject of كشف',
    text: 'وكشف تقرير «مؤشر الشفافية العربي» الصادر اليوم أن ثماني دول تراجعت في الترتيب.',
    quotes: [['مؤشر الشفافية العربي', 'mention', null]],
  },
  {
    what: 'titles: a programme named in indirect speech is a mention, not speech',
    text: 'وقال وزير الإعلام فارس الهاشمي إن برنامج «وطني يقرأ» حقق نجاحا كبيرا.',
    quotes: [['وطني يقرأ', 'mention', null]],
  },
];

/** A second round, written after the first fixes: returns by title, split quotes, sources, the accused. */
const moreRows: readonly Row[] = [
  {
    what: 'return: وأضاف المتحدث after eyewitnesses spoke',
    text: 'وقال المتحدث باسم الجيش العقيد رامي الخطيب: «قواتنا سيطرت على الموقع». وقال شهود عيان إن «الاشتباكات استمرت حتى الفجر». وأضاف المتحدث: «لا خسائر في صفوفنا».',
    quotes: [
      ['قواتنا سيطرت على الموقع', 'direct', 'رامي الخطيب'],
      ['الاشتباكات استمرت حتى الفجر', 'partial', 'شهود عيان'],
      ['لا خسائر في صفوفنا', 'direct', 'رامي الخطيب'],
    ],
  },
  {
    what: 'return: وتابع الوزير after a woman deputy spoke',
    text: 'وقال وزير التربية أنس الحموري: «المناهج الجديدة جاهزة». وقالت النائبة سهى العتوم: «المعلمون لم يتدربوا عليها بعد». وتابع الوزير: «التدريب يبدأ الأسبوع المقبل».',
    quotes: [
      ['المناهج الجديدة جاهزة', 'direct', 'أنس الحموري'],
      ['المعلمون لم يتدربوا عليها بعد', 'direct', 'سهى العتوم'],
      ['التدريب يبدأ الأسبوع المقبل', 'direct', 'أنس الحموري'],
    ],
  },
  {
    what: 'economy: an outlet with a Latin word in its name, then a colon',
    text: 'وقال رئيس مجلس إدارة البورصة أيمن الشريف لـ«العربية Business»: «السوق تجاوزت مرحلة الخطر».',
    quotes: [
      ['العربية Business', 'mention', null],
      ['السوق تجاوزت مرحلة الخطر', 'direct', 'أيمن الشريف'],
    ],
  },
  {
    what: 'police: a source in the police who asked not to be named, إن after the aside',
    text: 'وقال مصدر في الشرطة، فضل عدم الكشف عن هويته، إن «المشتبه بهم فروا باتجاه الحدود».',
    quotes: [['المشتبه بهم فروا باتجاه الحدود', 'partial', 'الشرطة']],
  },
  {
    what: 'courts: the accused before the court, a title with no name',
    text: 'ومثل المتهم أمام المحكمة صباح الأحد. وقال المتهم أمام هيئة المحكمة: «لم أكن موجودا في مكان الحادث».',
    quotes: [['لم أكن موجودا في مكان الحادث', 'direct', 'المتهم']],
  },
  {
    what: 'sports: a quote split around يقول and the coach',
    text: '«كنا الأفضل في الشوط الأول»، يقول مدرب النصر لويس كاسترو، «لكننا فقدنا التركيز بعد الهدف».',
    quotes: [
      ['كنا الأفضل في الشوط الأول', 'direct', 'لويس كاسترو'],
      ['لكننا فقدنا التركيز بعد الهدف', 'direct', 'لويس كاسترو'],
    ],
  },
  {
    what: 'health: the WHO in its weekly report, a percent sign inside the fragment',
    text: 'وأكدت منظمة الصحة العالمية في تقريرها الأسبوعي أن «عدد الإصابات انخفض بنسبة 12%».',
    quotes: [['عدد الإصابات انخفض بنسبة 12%', 'partial', 'منظمة الصحة العالمية']],
  },
  {
    what: 'sermon: في خطبة الجمعة first, then حذر خطيب الجامع … من «…»',
    text: 'وفي خطبة الجمعة، حذر خطيب الجامع الكبير الشيخ عمر الزبيدي من «الشائعات التي تهدد وحدة المجتمع».',
    quotes: [['الشائعات التي تهدد وحدة المجتمع', 'partial', 'عمر الزبيدي']],
  },
  {
    what: 'interview: وأضاف ردا على سؤال بشأن … with a colon',
    text: 'وقال وزير الاقتصاد طلال الجبوري: «النمو سيصل إلى أربعة في المئة». وأضاف ردا على سؤال بشأن الأسعار: «الأسعار مستقرة منذ ستة أشهر».',
    quotes: [
      ['النمو سيصل إلى أربعة في المئة', 'direct', 'طلال الجبوري'],
      ['الأسعار مستقرة منذ ستة أشهر', 'direct', 'طلال الجبوري'],
    ],
  },
  {
    what: 'return: ويضيف with a compound surname after his wife spoke (زوجته أم محمد)',
    text: 'ويقول المزارع خليل العبد الله: «الجفاف أتلف نصف المحصول».\n\nوتقول زوجته أم محمد: «لم نعد قادرين على سداد الديون».\n\nويضيف العبد الله: «سنزرع القمح مرة أخرى».',
    quotes: [
      ['الجفاف أتلف نصف المحصول', 'direct', 'خليل العبد الله'],
      ['لم نعد قادرين على سداد الديون', 'direct', 'أم محمد'],
      ['سنزرع القمح مرة أخرى', 'direct', 'خليل العبد الله'],
    ],
  },
];

describe('probe3: SPA and Gulf ministries', () => {
  runRows(releaseRows);
});
describe('probe3: economy', () => {
  runRows(economyRows);
});
describe('probe3: interviews', () => {
  runRows(interviewRows);
});
describe('probe3: courts and police', () => {
  runRows(courtRows);
});
describe('probe3: sports', () => {
  runRows(sportsRows);
});
describe('probe3: health', () => {
  runRows(healthRows);
});
describe('probe3: sermons', () => {
  runRows(sermonRows);
});
describe('probe3: long passages', () => {
  runRows(structureRows);
});
describe('probe3: على حد قوله, حسب تعبيره, كما قال', () => {
  runRows(asSaidRows);
});
describe('probe3: titles as mentions', () => {
  runRows(titleRows);
});
describe('probe3: second round', () => {
  runRows(moreRows);
});
