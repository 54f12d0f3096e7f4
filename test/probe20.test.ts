/**
 * A twentieth probe of generality: whole articles in shapes of international Arabic outlets that probes
 * 14, 16 and 18 lack: a university study (its lead author, a co-author, an outside expert who took no
 * part in it, the journal as a mention); a space launch (the agency's chief, a project manager who goes
 * on with أضافت, a planetary scientist to the channel, names of craft and moons); a refugee family in a
 * camp (the father by his kunya, the mother with أما … فتقول, a daughter by first name and age, the
 * agency and its spokeswoman); a tennis player's press conference (her age as the subject, her coach,
 * the federation's statement with وصفه بـ, her beaten rival); a trial in France of a man of Algerian
 * origin (the prosecutor, the defence lawyer, his brother, the accused by title); a US-election
 * explainer (candidates by surname after the first mention, their campaign spokespeople, a professor
 * with يوضح … ويضيف); a company's results after a cyber-attack (the CEO on a call with analysts, the
 * CFO, an analyst's note, the hackers' name); an artist's obituary (the union's statement, a colleague,
 * a director on Facebook, the artist's old interview); an RT story (the foreign ministry's spokeswoman
 * on Telegram, the minister, the Kremlin's spokesman, a Ukrainian reply with قائلا, an agency's source).
 *
 * Every article and name is invented here; no row was tuned on the corpus. The expectations were written
 * before the engine ran, from reading each article as a person would, under the annotation rules of
 * ../shared/corpus/README.md (speaker = the fullest name the article gives, without title, rank or
 * honorific; a body for its statement; an anonymous source by its description; names of journals,
 * craft, works, platforms, outlets and groups are mentions with no speaker).
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const articleRows: readonly Row[] = [
  {
    what: 'Sky News Arabia science story: a study reported by a journal (وفق ما نشرته مجلة «…»), its lead author then in a university statement, a co-author with أوضح … أن, an outside expert with الذي لم يشارك في الدراسة, then وتابع',
    text: [
      'واشنطن - سكاي نيوز عربية',
      'توصلت دراسة جديدة أجراها باحثون في جامعة ستانفورد الأمريكية إلى أن النوم أقل من ست ساعات ليلا يرفع خطر الإصابة بأمراض القلب بنسبة 30 في المئة، وفق ما نشرته مجلة «نيتشر ميديسن» العلمية.',
      'وقالت الباحثة الرئيسية في الدراسة، لورا هيندرسون، إن النتائج «كانت أوضح مما توقعنا».',
      'وأضافت هيندرسون في بيان صادر عن الجامعة: «تابعنا أكثر من 12 ألف شخص على مدى عشر سنوات، ولاحظنا أن قلة النوم تسبق ارتفاع ضغط الدم».',
      'وأوضح المشارك في الدراسة، الدكتور ماركوس ويلر، أن الفريق «استبعد عوامل مثل التدخين والسمنة» من التحليل.',
      'من جهته، قال أستاذ أمراض القلب في جامعة أكسفورد، بيتر غرانت، الذي لم يشارك في الدراسة، إن النتائج «مهمة لكنها لا تثبت علاقة سببية».',
      'وتابع غرانت: «قد يكون الأشخاص الذين ينامون أقل يعانون أصلا من ضغوط تؤثر في القلب».',
      'وتنصح الجمعية الأمريكية للقلب البالغين بالنوم ما بين سبع وتسع ساعات يوميا.',
    ].join('\n\n'),
    quotes: [
      ['نيتشر ميديسن', 'mention', null],
      ['كانت أوضح مما توقعنا', 'partial', 'لورا هيندرسون'],
      [
        'تابعنا أكثر من 12 ألف شخص على مدى عشر سنوات، ولاحظنا أن قلة النوم تسبق ارتفاع ضغط الدم',
        'direct',
        'لورا هيندرسون',
      ],
      ['استبعد عوامل مثل التدخين والسمنة', 'partial', 'ماركوس ويلر'],
      ['مهمة لكنها لا تثبت علاقة سببية', 'partial', 'بيتر غرانت'],
      ['قد يكون الأشخاص الذين ينامون أقل يعانون أصلا من ضغوط تؤثر في القلب', 'direct', 'بيتر غرانت'],
    ],
  },
  {
    what: 'CNN Arabic space launch in " ": an agency and a probe by quoted names, the agency chief at a news conference, a project manager (a woman) with أوضحت … أن then وأضافت, a moon by its quoted name, a planetary scientist to the channel; the passages the engine misreads are split out below',
    text: [
      '(CNN)-- أطلقت وكالة الفضاء الأمريكية "ناسا"، فجر السبت، صاروخا يحمل مسبار "أوروبا كليبر" من قاعدة كيب كانافيرال في ولاية فلوريدا، في مهمة تستغرق ست سنوات لدراسة أحد أقمار كوكب المشتري.',
      'وقال مدير الوكالة، جيمس ريدفورد، في مؤتمر صحفي عقب الإطلاق: "هذا يوم تاريخي للعلم، فنحن نبحث للمرة الأولى عن مقومات الحياة خارج الأرض بهذه الدقة".',
      'وأوضحت مديرة المشروع في مختبر الدفع النفاث، سوزان تشين، أن المسبار "انفصل عن الصاروخ بنجاح بعد 58 دقيقة من الإقلاع".',
      'وأضافت: "تلقينا الإشارة الأولى من المسبار، وكل الأنظمة تعمل كما ينبغي".',
      'وكانت الوكالة قد أرجأت الإطلاق مرتين بسبب الأحوال الجوية.',
    ].join('\n\n'),
    quotes: [
      ['ناسا', 'mention', null],
      ['أوروبا كليبر', 'mention', null],
      [
        'هذا يوم تاريخي للعلم، فنحن نبحث للمرة الأولى عن مقومات الحياة خارج الأرض بهذه الدقة',
        'direct',
        'جيمس ريدفورد',
      ],
      ['انفصل عن الصاروخ بنجاح بعد 58 دقيقة من الإقلاع', 'partial', 'سوزان تشين'],
      ['تلقينا الإشارة الأولى من المسبار، وكل الأنظمة تعمل كما ينبغي', 'direct', 'سوزان تشين'],
    ],
  },
  {
    what: "Al Jazeera Net refugee story: the UN refugee agency with لكنها حذرت من أن, a father by his kunya introduced in narration (وهو أب لخمسة أطفال) then ويقول, his wife with أما زوجته … فتقول and مضيفة, their daughter by first name and age with a colon after an indirect clause, the agency's spokeswoman then by surname; the passages the engine misreads are split out below",
    text: [
      'بيروت - الجزيرة نت',
      'قالت المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن عدد اللاجئين السوريين المسجلين في لبنان «تراجع إلى أقل من مليون للمرة الأولى منذ 2014»، لكنها حذرت من أن «الأوضاع المعيشية للباقين تزداد سوءا».',
      'أما زوجته أم أحمد فتقول إن الشتاء «أصعب ما نواجهه»، مضيفة: «السقف يتسرب منه المطر، والأطفال يمرضون كل أسبوع».',
      'وتقول ابنتهما سلمى، البالغة من العمر 11 عاما، إنها تركت المدرسة منذ عامين: «أريد أن أصبح طبيبة، لكن المدرسة بعيدة ولا نملك أجرة الحافلة».',
      'وقالت المتحدثة باسم المفوضية في بيروت، ليزا أبو خالد، إن المنظمة «لم تتلق سوى 40 في المئة من التمويل المطلوب لهذا العام».',
      'وأضافت أبو خالد: «نضطر إلى الاختيار بين الغذاء والدواء والتعليم، وهذا خيار لا ينبغي لأحد أن يتخذه».',
    ].join('\n\n'),
    quotes: [
      [
        'تراجع إلى أقل من مليون للمرة الأولى منذ 2014',
        'partial',
        'المفوضية السامية للأمم المتحدة لشؤون اللاجئين',
      ],
      ['الأوضاع المعيشية للباقين تزداد سوءا', 'partial', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين'],
      ['أصعب ما نواجهه', 'partial', 'أم أحمد'],
      ['السقف يتسرب منه المطر، والأطفال يمرضون كل أسبوع', 'direct', 'أم أحمد'],
      ['أريد أن أصبح طبيبة، لكن المدرسة بعيدة ولا نملك أجرة الحافلة', 'direct', 'سلمى'],
      ['لم تتلق سوى 40 في المئة من التمويل المطلوب لهذا العام', 'partial', 'ليزا أبو خالد'],
      [
        'نضطر إلى الاختيار بين الغذاء والدواء والتعليم، وهذا خيار لا ينبغي لأحد أن يتخذه',
        'direct',
        'ليزا أبو خالد',
      ],
    ],
  },
  {
    what: 'BBC Arabic tennis story in " ": the winner by surname at her press conference, then اللاعبة البالغة من العمر … as the subject, قالت الحداد مبتسمة after a question naming the next rival, her coach to the BBC with لاعبته, the federation with بما وصفه بـ and مؤكدا أن, the beaten rival with أما … فقالت; the passages the engine misreads are split out below',
    text: [
      'بلغت لاعبة التنس التونسية مريم الحداد الدور ربع النهائي من بطولة ويمبلدون، بعد فوزها على الأمريكية جيسيكا مور 6-4 و7-5، الاثنين.',
      'وقالت الحداد في المؤتمر الصحفي عقب المباراة: "كانت مباراة صعبة جدا، خاصة في المجموعة الثانية عندما كنت متأخرة 2-5".',
      'وأضافت اللاعبة البالغة من العمر 24 عاما: "لم أفقد الثقة، وقلت لنفسي إن كل نقطة هي مباراة جديدة".',
      'وردا على سؤال عن مواجهتها المقبلة أمام المصنفة الأولى عالميا، البولندية آنا كوفالسكا، قالت الحداد مبتسمة: "أحب هذه التحديات، لا شيء لدي لأخسره".',
      'من جهته، قال مدربها الفرنسي، جان لوك برتران، لبي بي سي إن لاعبته "تطورت كثيرا على الملاعب العشبية هذا الموسم".',
      'أما مور فقالت إن منافستها "لعبت بذكاء أكبر في النقاط الحاسمة".',
    ].join('\n\n'),
    quotes: [
      ['كانت مباراة صعبة جدا، خاصة في المجموعة الثانية عندما كنت متأخرة 2-5', 'direct', 'مريم الحداد'],
      ['لم أفقد الثقة، وقلت لنفسي إن كل نقطة هي مباراة جديدة', 'direct', 'مريم الحداد'],
      ['أحب هذه التحديات، لا شيء لدي لأخسره', 'direct', 'مريم الحداد'],
      ['تطورت كثيرا على الملاعب العشبية هذا الموسم', 'partial', 'جان لوك برتران'],
      ['لعبت بذكاء أكبر في النقاط الحاسمة', 'partial', 'جيسيكا مور'],
    ],
  },
  {
    what: 'France 24 trial story: the prosecution asks a sentence against a man of Algerian origin named in the lede, the prosecutor in his pleading then by surname, the defence lawyer (a woman) then to reporters outside the court, the brother with أما شقيقه الأكبر، فلان، فقال, the accused by title (وكان المتهم قد قال); the passages the engine misreads are split out below',
    text: [
      'باريس - فرانس 24',
      'طالبت النيابة العامة الفرنسية، الخميس، بالسجن عشر سنوات بحق الشاب الفرنسي من أصل جزائري كريم بن سعيد، المتهم بتمويل شبكة لتهريب المهاجرين عبر بحر المانش، أمام محكمة الجنايات في مدينة ليل.',
      'وقال المدعي العام، فرانسوا لوبيك، في مرافعته إن المتهم «لم يكن حلقة صغيرة في الشبكة، بل كان عقلها المالي».',
      'وأضاف لوبيك: «غرق أربعة أشخاص في ليلة واحدة على متن قارب دفعت الشبكة ثمنه».',
      'في المقابل، قالت محامية الدفاع، صوفي مارتان، إن موكلها «ضحية لتشابه الأسماء وتحقيق متسرع».',
      'وأضافت مارتان للصحفيين خارج قاعة المحكمة: «الملف لا يحتوي على دليل واحد يربط كريم بالتحويلات المالية».',
      'أما شقيقه الأكبر، سمير بن سعيد، فقال لفرانس 24: «أخي يعمل في مطعم منذ خمس سنوات، ولم يغادر فرنسا قط».',
      'ومن المنتظر أن تصدر المحكمة حكمها في 14 من الشهر المقبل.',
    ].join('\n\n'),
    quotes: [
      ['لم يكن حلقة صغيرة في الشبكة، بل كان عقلها المالي', 'partial', 'فرانسوا لوبيك'],
      ['غرق أربعة أشخاص في ليلة واحدة على متن قارب دفعت الشبكة ثمنه', 'direct', 'فرانسوا لوبيك'],
      ['ضحية لتشابه الأسماء وتحقيق متسرع', 'partial', 'صوفي مارتان'],
      ['الملف لا يحتوي على دليل واحد يربط كريم بالتحويلات المالية', 'direct', 'صوفي مارتان'],
      ['أخي يعمل في مطعم منذ خمس سنوات، ولم يغادر فرنسا قط', 'direct', 'سمير بن سعيد'],
    ],
  },
  {
    what: 'Al Arabiya US-election explainer in “ ”: a question headline, two candidates named in full once in the lede and quoted by surname only (قال … أمام أنصاره, وردت … بأن), a quoted network, a campaign spokesman and a campaign manager (a woman) in a memo, a professor with يوضح … أن then ويضيف; the passages the engine misreads are split out below',
    text: [
      'ما هي الولايات المتأرجحة ولماذا تحسم السباق إلى البيت الأبيض؟',
      'دبي - العربية.نت',
      'يتنافس المرشح الجمهوري توماس ويتفيلد والمرشحة الديمقراطية مارغريت كولينز على أصوات سبع ولايات متأرجحة ستحسم على الأرجح نتيجة الانتخابات الرئاسية الأمريكية المقررة في الثالث من نوفمبر.',
      'وفي تجمع انتخابي في ولاية بنسلفانيا، قال ويتفيلد أمام آلاف من أنصاره: “سنفوز في بنسلفانيا، وسنفوز بالرئاسة”.',
      'وردت كولينز في مقابلة مع شبكة “إيه بي سي” بأن منافسها “لا يملك خطة للاقتصاد غير الشعارات”.',
      'في المقابل، قالت مديرة حملة كولينز، أماندا رييس، في مذكرة وزعتها على الصحفيين: “الطريق إلى 270 صوتا يمر عبر ميشيغان وويسكونسن، ونحن متقدمون فيهما”.',
      'ويوضح أستاذ العلوم السياسية في جامعة جورجتاون، مايكل فوستر، أن نظام المجمع الانتخابي “يمنح الولايات الصغيرة المتأرجحة وزنا يفوق عدد سكانها”.',
      'ويضيف فوستر: “يمكن لمرشح أن يخسر التصويت الشعبي على مستوى البلاد ويفوز بالرئاسة، وقد حدث هذا مرتين في العقدين الأخيرين”.',
    ].join('\n\n'),
    quotes: [
      ['سنفوز في بنسلفانيا، وسنفوز بالرئاسة', 'direct', 'توماس ويتفيلد'],
      ['إيه بي سي', 'mention', null],
      ['لا يملك خطة للاقتصاد غير الشعارات', 'partial', 'مارغريت كولينز'],
      ['الطريق إلى 270 صوتا يمر عبر ميشيغان وويسكونسن، ونحن متقدمون فيهما', 'direct', 'أماندا رييس'],
      ['يمنح الولايات الصغيرة المتأرجحة وزنا يفوق عدد سكانها', 'partial', 'مايكل فوستر'],
      [
        'يمكن لمرشح أن يخسر التصويت الشعبي على مستوى البلاد ويفوز بالرئاسة، وقد حدث هذا مرتين في العقدين الأخيرين',
        'direct',
        'مايكل فوستر',
      ],
    ],
  },
  {
    what: 'Reuters-style results story in " ": a company by its quoted name hit by a cyber-attack, the CEO on a call with analysts then أضاف … أن, the CFO (a woman) then توقعت … أن, hackers by their quoted name, an analyst at a quoted bank in a note to clients',
    text: [
      'أعلنت شركة "نوردلاين" الأوروبية للشحن، الخميس، تراجع أرباحها الفصلية بنسبة 35 في المئة، بعد هجوم إلكتروني عطل أنظمة الحجز لديها لأكثر من أسبوع في يونيو الماضي.',
      'وقال الرئيس التنفيذي للشركة، هنريك ستال، في مؤتمر عبر الهاتف مع المحللين: "كان الهجوم الأكثر تعقيدا الذي واجهناه، لكننا استعدنا 95 في المئة من قدرتنا التشغيلية".',
      'وأضاف ستال أن الشركة "لم تدفع أي فدية للمهاجمين".',
      'من جهتها، قالت المديرة المالية، كارين لوند، إن تكلفة الهجوم "بلغت نحو 180 مليون دولار، منها 60 مليونا لإعادة بناء الأنظمة".',
      'وتوقعت لوند أن "تعود الإيرادات إلى مستوياتها الطبيعية في الربع الأخير من العام".',
      'وأعلنت مجموعة قراصنة تطلق على نفسها اسم "الظل الأسود" مسؤوليتها عن الهجوم في منشور على الإنترنت.',
      'وكتب المحلل في بنك "يو بي إس"، أوليفر برانت، في مذكرة للعملاء: "الأسوأ أصبح وراء الشركة، لكن ثقة العملاء ستحتاج إلى وقت للتعافي".',
      'وتراجع سهم الشركة 4 في المئة في تعاملات بورصة كوبنهاغن.',
    ].join('\n\n'),
    quotes: [
      ['نوردلاين', 'mention', null],
      [
        'كان الهجوم الأكثر تعقيدا الذي واجهناه، لكننا استعدنا 95 في المئة من قدرتنا التشغيلية',
        'direct',
        'هنريك ستال',
      ],
      ['لم تدفع أي فدية للمهاجمين', 'partial', 'هنريك ستال'],
      ['بلغت نحو 180 مليون دولار، منها 60 مليونا لإعادة بناء الأنظمة', 'partial', 'كارين لوند'],
      ['تعود الإيرادات إلى مستوياتها الطبيعية في الربع الأخير من العام', 'partial', 'كارين لوند'],
      ['الظل الأسود', 'mention', null],
      ['يو بي إس', 'mention', null],
      ['الأسوأ أصبح وراء الشركة، لكن ثقة العملاء ستحتاج إلى وقت للتعافي', 'direct', 'أوليفر برانت'],
    ],
  },
  {
    what: "obituary of an actor: his works by quoted title (one quoted twice), the actors' union mourns him then وقالت في بيان, a co-star (a woman) with التي شاركته بطولة «…», a director on «فيسبوك», the artist's own old interview (وكان … قد قال) then وأضاف with a dropped subject; the passages the engine misreads are split out below",
    text: [
      'القاهرة - وكالات',
      'توفي الفنان المصري سمير عبد الرؤوف، صباح الأحد، عن عمر ناهز 81 عاما، بعد مسيرة فنية امتدت لأكثر من نصف قرن قدم خلالها عشرات الأفلام والمسلسلات، أشهرها فيلم «الطريق إلى الشمس» ومسلسل «أيام الحصاد».',
      'وقالت الفنانة ليلى منصور، التي شاركته بطولة «أيام الحصاد»، إنه «كان أبا لكل من عمل معه، ولم يتأخر يوما عن موعد تصوير».',
      'وكتب المخرج خالد الشناوي على صفحته في «فيسبوك»: «رحل الأستاذ، وبقيت دروسه».',
      'وكان عبد الرؤوف قد قال في مقابلة تلفزيونية قبل عشر سنوات: «لم أبحث يوما عن البطولة، كنت أبحث عن الدور الذي يشبه الناس».',
      'وأضاف في المقابلة نفسها: «أتمنى أن يذكرني الجمهور بابتسامة».',
      'ومن المقرر أن تشيع جنازته من مسجد السيدة نفيسة بعد صلاة الظهر.',
    ].join('\n\n'),
    quotes: [
      ['الطريق إلى الشمس', 'mention', null],
      ['أيام الحصاد', 'mention', null],
      ['أيام الحصاد', 'mention', null],
      ['كان أبا لكل من عمل معه، ولم يتأخر يوما عن موعد تصوير', 'partial', 'ليلى منصور'],
      ['فيسبوك', 'mention', null],
      ['رحل الأستاذ، وبقيت دروسه', 'direct', 'خالد الشناوي'],
      ['لم أبحث يوما عن البطولة، كنت أبحث عن الدور الذي يشبه الناس', 'direct', 'سمير عبد الرؤوف'],
      ['أتمنى أن يذكرني الجمهور بابتسامة', 'direct', 'سمير عبد الرؤوف'],
    ],
  },
  {
    what: "RT Arabic story: the foreign ministry's spokeswoman (المتحدثة الرسمية باسم …) then on her «تلغرام» channel, the minister with أكد … أن during a news conference then by surname, the Kremlin's spokesman to reporters, a Ukrainian ministry's spokesman who replies with قائلا, an agency relaying a ministry source (نقلت وكالة «…» عن مصدر في … قوله إن)",
    text: [
      'موسكو - RT',
      'قالت المتحدثة الرسمية باسم وزارة الخارجية الروسية، يلينا سوروكينا، إن تصريحات المسؤولين الأوروبيين حول نشر قوات في أوكرانيا «تصب الزيت على النار».',
      'وأضافت سوروكينا في منشور على قناتها في «تلغرام»: «على أوروبا أن تدرك أن أي جندي أجنبي على الأراضي الأوكرانية سيكون هدفا مشروعا».',
      'من جانبه، أكد وزير الخارجية الروسي، سيرغي تشيرنوف، خلال مؤتمر صحفي مع نظيره المصري في موسكو، أن روسيا «منفتحة على الحوار، لكن ليس على حساب أمنها».',
      'وقال تشيرنوف: «لم نسمع من واشنطن حتى الآن أي مقترح جدي».',
      'بدوره، قال المتحدث باسم الكرملين، دميتري بيلوف، للصحفيين إن الرئيس الروسي «لا يستبعد لقاء نظيره الأمريكي إذا توفرت الظروف المناسبة».',
      'في المقابل، رد المتحدث باسم وزارة الخارجية الأوكرانية، أندريه ليسينكو، على التصريحات الروسية قائلا: «موسكو تتحدث عن الحوار بينما تقصف صواريخها مدننا كل ليلة».',
      'ونقلت وكالة «تاس» عن مصدر في وزارة الدفاع الروسية قوله إن الدفاعات الجوية «أسقطت 27 مسيرة أوكرانية خلال الليل».',
    ].join('\n\n'),
    quotes: [
      ['تصب الزيت على النار', 'partial', 'يلينا سوروكينا'],
      ['تلغرام', 'mention', null],
      [
        'على أوروبا أن تدرك أن أي جندي أجنبي على الأراضي الأوكرانية سيكون هدفا مشروعا',
        'direct',
        'يلينا سوروكينا',
      ],
      ['منفتحة على الحوار، لكن ليس على حساب أمنها', 'partial', 'سيرغي تشيرنوف'],
      ['لم نسمع من واشنطن حتى الآن أي مقترح جدي', 'direct', 'سيرغي تشيرنوف'],
      ['لا يستبعد لقاء نظيره الأمريكي إذا توفرت الظروف المناسبة', 'partial', 'دميتري بيلوف'],
      ['موسكو تتحدث عن الحوار بينما تقصف صواريخها مدننا كل ليلة', 'direct', 'أندريه ليسينكو'],
      ['تاس', 'mention', null],
      ['أسقطت 27 مسيرة أوكرانية خلال الليل', 'partial', 'مصدر في وزارة الدفاع الروسية'],
    ],
  },
];

describe('probe 20: whole articles of international Arabic outlets', () => {
  runRows(articleRows);
});

const splitRows: readonly Row[] = [
  {
    what: 'space launch, split out: a moon by its quoted name after the definite القمر, in a clause of يعتقد',
    text: 'ويعتقد العلماء أن محيطا من المياه المالحة قد يختبئ تحت الجليد الذي يغطي سطح القمر "أوروبا".',
    quotes: [['أوروبا', 'mention', null]],
  },
  {
    what: 'space launch, split out: a scientist by field (عالم الكواكب في جامعة …، فلان،)',
    text: 'وقال عالم الكواكب في جامعة أريزونا، ديفيد مونرو، لشبكة CNN: "إذا وجدنا الظروف المناسبة هناك، فسيتغير فهمنا لمكاننا في الكون".',
    quotes: [['إذا وجدنا الظروف المناسبة هناك، فسيتغير فهمنا لمكاننا في الكون', 'direct', 'ديفيد مونرو']],
  },
  {
    what: 'refugee story, split out: a father by his kunya after a present verb in narration (يعيش أبو أحمد، وهو أب …), then ويقول أبو أحمد',
    text: [
      'وفي مخيم عشوائي قرب بلدة بر الياس في سهل البقاع، يعيش أبو أحمد، وهو أب لخمسة أطفال فر من ريف حمص عام 2013، في خيمة من النايلون والخشب.',
      'ويقول أبو أحمد: «كنت أملك أرضا وبيتا، واليوم لا أستطيع شراء الخبز لأولادي».',
    ].join('\n\n'),
    // engine gap: the name learnt before ، وهو takes in the verb before the kunya: the speaker is «يعيش أبو أحمد».
    gaps: ['attribution'],
    quotes: [['كنت أملك أرضا وبيتا، واليوم لا أستطيع شراء الخبز لأولادي', 'direct', 'أبو أحمد']],
  },
  {
    what: 'tennis story, split out: a federation whose name ends in ل + a sport (الاتحاد التونسي للتنس) praises بما وصفه بـ, then مؤكدا أن',
    text: 'وأشاد الاتحاد التونسي للتنس في بيان بما وصفه بـ"الإنجاز التاريخي"، مؤكدا أن الحداد "تكتب صفحة جديدة في تاريخ الرياضة التونسية".',
    quotes: [
      ['الإنجاز التاريخي', 'partial', 'الاتحاد التونسي للتنس'],
      ['تكتب صفحة جديدة في تاريخ الرياضة التونسية', 'partial', 'الاتحاد التونسي للتنس'],
    ],
  },
  {
    what: 'trial story, split out: the accused named in the lede with ، المتهم بـ… after his name, later quoted as المتهم',
    text: [
      'طالبت النيابة العامة الفرنسية، الخميس، بالسجن عشر سنوات بحق الشاب الفرنسي من أصل جزائري كريم بن سعيد، المتهم بتمويل شبكة لتهريب المهاجرين عبر بحر المانش، أمام محكمة الجنايات في مدينة ليل.',
      'وكان المتهم قد قال في جلسة سابقة إنه «لا يعرف أحدا من المتهمين الآخرين».',
    ].join('\n\n'),
    // engine gap: المتهم is no title, and a role in apposition after a name (فلان، المتهم بـ…) is not
    // learnt as his alias: the speaker is «المتهم».
    gaps: ['attribution'],
    quotes: [['لا يعرف أحدا من المتهمين الآخرين', 'partial', 'كريم بن سعيد']],
  },
  {
    what: "election explainer, split out: a campaign's spokesman (المتحدث باسم حملة فلان، فلان،) after the candidate quoted by surname",
    text: [
      'يتنافس المرشح الجمهوري توماس ويتفيلد والمرشحة الديمقراطية مارغريت كولينز على أصوات سبع ولايات متأرجحة.',
      'وفي تجمع انتخابي في ولاية بنسلفانيا، قال ويتفيلد أمام آلاف من أنصاره: “سنفوز في بنسلفانيا، وسنفوز بالرئاسة”.',
      'وقال المتحدث باسم حملة ويتفيلد، جيسون بارك، إن استطلاعات الرأي الداخلية “تظهر تقدمنا في خمس ولايات من السبع”.',
    ].join('\n\n'),
    quotes: [
      ['سنفوز في بنسلفانيا، وسنفوز بالرئاسة', 'direct', 'توماس ويتفيلد'],
      ['تظهر تقدمنا في خمس ولايات من السبع', 'partial', 'جيسون بارك'],
    ],
  },
  {
    what: 'obituary, split out: the union mourns (نعت) him, then ، وقالت في بيان with a dropped subject',
    text: 'ونعت نقابة المهن التمثيلية الراحل، وقالت في بيان إن الفن المصري «فقد واحدا من أعمدته».',
    quotes: [['فقد واحدا من أعمدته', 'partial', 'نقابة المهن التمثيلية']],
  },
];

describe('probe 20: passages split out of the articles', () => {
  runRows(splitRows);
});

const ruleRows: readonly Row[] = [
  {
    what: 'a co-author (المشارك في الدراسة) is a role: the name after the comma and an honorific speaks',
    text: 'وأوضح المشارك في الدراسة، الدكتور ماركوس ويلر، أن الفريق «استبعد عوامل مثل التدخين» من التحليل.',
    quotes: [['استبعد عوامل مثل التدخين', 'partial', 'ماركوس ويلر']],
  },
  {
    what: 'guard: المشاركة (taking part) is no speaker',
    text: 'وقال رئيس الوزراء هشام العلي إن الانتخابات «تاريخية»، وأكد أن المشاركة «واجب على كل مواطن».',
    quotes: [
      ['تاريخية', 'partial', 'هشام العلي'],
      ['واجب على كل مواطن', 'partial', 'هشام العلي'],
    ],
  },
  {
    what: 'a cue’s form right after a preposition (حول نشر قوات) is its verbal noun: the speaker before إن keeps the quote',
    text: 'قالت المتحدثة باسم الوزارة، يلينا سوروكينا، إن التصريحات حول نشر قوات في المنطقة «تصب الزيت على النار».',
    quotes: [['تصب الزيت على النار', 'partial', 'يلينا سوروكينا']],
  },
  {
    what: 'the same after عن: الحديث عن نشر قوات is no cue and no subject',
    text: 'وقال الوزير سامي العلي إن الحديث عن نشر قوات أجنبية في المنطقة «غير مقبول».',
    quotes: [['غير مقبول', 'partial', 'سامي العلي']],
  },
  {
    what: 'guard: نشر as a verb after a comma still reports, with its own subject',
    text: 'وفي وقت لاحق، نشر المتحدث باسم الوزارة سامي العلي على حسابه: «لن نقبل أي وجود أجنبي».',
    quotes: [['لن نقبل أي وجود أجنبي', 'direct', 'سامي العلي']],
  },
];

describe('probe 20: rules found by the articles', () => {
  runRows(ruleRows);
});
