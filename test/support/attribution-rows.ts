// The attribution tables: sentences written here in news style, each with the quotes a reader finds
// in it. attribution.test.ts runs them; invariants.test.ts feeds their texts to the engine's invariants.
import type { Row } from './rows.js';

/** Where the cue stands: before the quote, after it, or around it. */
export const placementRows: readonly Row[] = [
  {
    what: 'cue, subject and colon before the quote',
    text: 'وقال وزير الخارجية سامي العلي: «نرحب بأي مبادرة توقف الحرب».',
    quotes: [['نرحب بأي مبادرة توقف الحرب', 'direct', 'سامي العلي']],
  },
  {
    what: 'cue after the quote: «…»، قال فلان',
    text: '«المفاوضات وصلت إلى طريق مسدود»، قال رئيس الوفد المفاوض عادل الشريف.',
    quotes: [['المفاوضات وصلت إلى طريق مسدود', 'direct', 'عادل الشريف']],
  },
  {
    what: 'feminine cue after the quote: «…»، قالت فلانة',
    text: '«نعمل على مدار الساعة»، قالت رئيسة فرق الإغاثة نوال الصباغ للصحفيين.',
    quotes: [['نعمل على مدار الساعة', 'direct', 'نوال الصباغ']],
  },
  {
    what: 'بحسب after the quote',
    text: '«الأسعار ستنخفض في الربع الأخير من العام»، بحسب الخبير الاقتصادي مروان الحلبي.',
    quotes: [['الأسعار ستنخفض في الربع الأخير من العام', 'direct', 'مروان الحلبي']],
  },
  {
    what: 'وفق after the quote, with a title containing باسم',
    text: '«لم تسجل أي إصابات جديدة خلال الأسبوع»، وفق المتحدث باسم وزارة الصحة رامي الخطيب.',
    quotes: [['لم تسجل أي إصابات جديدة خلال الأسبوع', 'direct', 'رامي الخطيب']],
  },
  {
    what: 'نقلا عن after the quote',
    text: '«الحريق اندلع بسبب تماس كهربائي»، نقلا عن مدير الدفاع المدني حسان العمر.',
    quotes: [['الحريق اندلع بسبب تماس كهربائي', 'direct', 'حسان العمر']],
  },
  {
    what: 'حسب ما قال after the quote',
    text: '«الإنتاج تضاعف هذا العام»، حسب ما قال مدير المصنع رياض العلوان.',
    quotes: [['الإنتاج تضاعف هذا العام', 'direct', 'رياض العلوان']],
  },
  {
    what: 'a bare أضاف after the quote continues the speaker',
    text: 'وقال مهندس المشروع جميل عواد: «الجسر سيفتتح في الربيع». «التكلفة لم تتجاوز الميزانية»، أضاف.',
    quotes: [
      ['الجسر سيفتتح في الربيع', 'direct', 'جميل عواد'],
      ['التكلفة لم تتجاوز الميزانية', 'direct', 'جميل عواد'],
    ],
  },
  {
    what: 'cue around the quote: قال فلان في بيان: «…»',
    text: 'قال رئيس الوزراء أنور الجابري في بيان: «الحكومة ستدعم المزارعين المتضررين».',
    quotes: [['الحكومة ستدعم المزارعين المتضررين', 'direct', 'أنور الجابري']],
  },
];

/** Forms of the reporting verbs, clitics, and spelling noise inside the cue. */
export const cueFormRows: readonly Row[] = [
  {
    what: 'feminine قالت then أضافت',
    text: 'وقالت وزيرة التربية منى السعدي: «العام الدراسي سيبدأ في موعده». وأضافت: «الكتب وصلت إلى كل المدارس».',
    quotes: [
      ['العام الدراسي سيبدأ في موعده', 'direct', 'منى السعدي'],
      ['الكتب وصلت إلى كل المدارس', 'direct', 'منى السعدي'],
    ],
  },
  {
    what: 'plural قالوا after a plural subject',
    text: 'تجمع المحتجون أمام مبنى البرلمان منذ الصباح، وقالوا: «لن نغادر قبل إقرار القانون».',
    quotes: [['لن نغادر قبل إقرار القانون', 'direct', 'المحتجون']],
  },
  {
    what: 'singular verb before a plural subject (VSO), then أضافوا',
    text: 'وقال المزارعون في رسالة إلى الوزارة: «خسرنا محصول هذا الموسم». وأضافوا: «نطالب بتعويض عادل».',
    quotes: [
      ['خسرنا محصول هذا الموسم', 'direct', 'المزارعون'],
      ['نطالب بتعويض عادل', 'direct', 'المزارعون'],
    ],
  },
  {
    what: 'present tense يقول',
    text: 'ويقول الخبير العسكري نزار الأحمد: «الهدنة لن تصمد طويلا».',
    quotes: [['الهدنة لن تصمد طويلا', 'direct', 'نزار الأحمد']],
  },
  {
    what: 'present tense تقول',
    text: 'وتقول الطالبة دانة يوسف: «الامتحانات كانت أصعب من المتوقع».',
    quotes: [['الامتحانات كانت أصعب من المتوقع', 'direct', 'دانة يوسف']],
  },
  {
    what: 'participle قائلا after another verb',
    text: 'وعلق المدير الفني للفريق زياد الملا على الخسارة قائلا: «ارتكبنا أخطاء لا تغتفر».',
    quotes: [['ارتكبنا أخطاء لا تغتفر', 'direct', 'زياد الملا']],
  },
  {
    what: 'participle مضيفا, and a name that starts with و',
    text: 'وأكد رئيس الهيئة وليد الفارس أن التحقيق سيستغرق أسابيع، مضيفا: «لن نستعجل النتائج».',
    quotes: [['لن نستعجل النتائج', 'direct', 'وليد الفارس']],
  },
  {
    what: 'مشيرا إلى أن «…» is partial',
    text: 'وأعلن وزير الطاقة فؤاد بكري خطة لخفض الانقطاعات، مشيرا إلى أن «الكهرباء ستتوفر على مدار الساعة بحلول الصيف».',
    quotes: [['الكهرباء ستتوفر على مدار الساعة بحلول الصيف', 'partial', 'فؤاد بكري']],
  },
  {
    what: 'clitic ف: فقال after a passive verb whose subject is the speaker',
    text: 'وسئل المتحدث باسم الحكومة ماهر الزين عن موعد الانتخابات، فقال: «لم يحدد بعد».',
    quotes: [['لم يحدد بعد', 'direct', 'ماهر الزين']],
  },
  {
    what: 'clitic ف on a feminine verb: فأكدت',
    text: 'وتحدثت وزيرة الصحة رنا الأسعد عن حملة التطعيم، فأكدت: «الكميات تكفي الجميع».',
    quotes: [['الكميات تكفي الجميع', 'direct', 'رنا الأسعد']],
  },
  {
    what: 'tatweel inside the cue (وقــال), and a name that starts with س',
    text: 'وقــال مدير المطار سمير الحلو: «الرحلات ستعود تدريجيا».',
    quotes: [['الرحلات ستعود تدريجيا', 'direct', 'سمير الحلو']],
  },
  {
    what: 'diacritics inside the cue (وقَالَ) and on the title',
    text: 'وقَالَ رئيسُ البلدية كمال النابلسي: «سنزرع ألف شجرة هذا الربيع».',
    quotes: [['سنزرع ألف شجرة هذا الربيع', 'direct', 'كمال النابلسي']],
  },
  {
    what: 'an RLM glued to the cue',
    text: 'وقال\u200f المتحدث العسكري بشار الحسيني: «القوات انسحبت من المنطقة».',
    quotes: [['القوات انسحبت من المنطقة', 'direct', 'بشار الحسيني']],
  },
  {
    what: 'hamza dropped, as web text often does (واضاف)',
    text: 'وقال مدير الميناء صالح البدري: «السفن عادت إلى العمل». واضاف: «الحركة طبيعية».',
    quotes: [
      ['السفن عادت إلى العمل', 'direct', 'صالح البدري'],
      ['الحركة طبيعية', 'direct', 'صالح البدري'],
    ],
  },
];

/** More of the lexicon: other verbs, participles and turn-taking phrases, one sentence each. */
export const moreCueRows: readonly Row[] = [
  {
    what: 'أوضح',
    text: 'وأوضح مدير الشركة فراس العبدالله: «التوسعة ستوفر مئتي وظيفة».',
    quotes: [['التوسعة ستوفر مئتي وظيفة', 'direct', 'فراس العبدالله']],
  },
  {
    what: 'شدد, with a rank (اللواء) between the title and the name',
    text: 'وشدد قائد الشرطة اللواء مهند السعيد: «لا تهاون مع المخالفين».',
    quotes: [['لا تهاون مع المخالفين', 'direct', 'مهند السعيد']],
  },
  {
    what: 'تساءل, a question quote',
    text: 'وتساءل النائب خليل العموري: «من سيدفع ثمن هذه الأخطاء؟».',
    quotes: [['من سيدفع ثمن هذه الأخطاء؟', 'direct', 'خليل العموري']],
  },
  {
    what: 'كتب on a platform named in quotes',
    text: 'وكتب الصحفي عامر الخطيب على حسابه في منصة «إكس»: «الحقيقة ستظهر قريبا».',
    quotes: [
      ['إكس', 'mention', null],
      ['الحقيقة ستظهر قريبا', 'direct', 'عامر الخطيب'],
    ],
  },
  {
    what: 'feminine participle: وتابعت قائلة',
    text: 'وقالت رئيسة الجمعية هدى النمر: «جمعنا تبرعات لألف أسرة». وتابعت قائلة: «الحملة مستمرة حتى العيد».',
    quotes: [
      ['جمعنا تبرعات لألف أسرة', 'direct', 'هدى النمر'],
      ['الحملة مستمرة حتى العيد', 'direct', 'هدى النمر'],
    ],
  },
  {
    what: 'participle مؤكدا after an object',
    text: 'واختتم رئيس الجامعة حازم الشريف كلمته مؤكدا: «المستقبل لطلابنا».',
    quotes: [['المستقبل لطلابنا', 'direct', 'حازم الشريف']],
  },
  {
    what: 'ومن جهته hands the floor to the next speaker',
    text: 'وقال وزير الاقتصاد ثامر الكبيسي: «التضخم تحت السيطرة». ومن جهته، قال رئيس غرفة التجارة إياد السامرائي: «التجار يرون غير ذلك».',
    quotes: [
      ['التضخم تحت السيطرة', 'direct', 'ثامر الكبيسي'],
      ['التجار يرون غير ذلك', 'direct', 'إياد السامرائي'],
    ],
  },
  {
    what: 'وأضاف البيان credits the body that issued the statement',
    text: 'وقالت نقابة المهندسين في بيان: «الأجور لم تعد تكفي». وأضاف البيان: «سنلجأ إلى القضاء».',
    quotes: [
      ['الأجور لم تعد تكفي', 'direct', 'نقابة المهندسين'],
      ['سنلجأ إلى القضاء', 'direct', 'نقابة المهندسين'],
    ],
  },
  {
    what: 'بيان + the body that issued it speaks for the body',
    text: 'وأوضح بيان الهيئة العامة للطيران المدني: «الرحلات ستستأنف غدا».',
    quotes: [['الرحلات ستستأنف غدا', 'direct', 'الهيئة العامة للطيران المدني']],
  },
  {
    what: 'a source in an aside (وفق ما أوردت الوكالة) is the carrier, not the speaker',
    text: 'وأشارت وزارة البيئة، وفق ما أوردت وكالة الأنباء الرسمية، إلى أن «نسبة التلوث تراجعت». ولفتت إلى أن «الرقابة مستمرة».',
    quotes: [
      ['نسبة التلوث تراجعت', 'partial', 'وزارة البيئة'],
      ['الرقابة مستمرة', 'partial', 'وزارة البيئة'],
    ],
  },
  {
    what: 'a quoted acronym inside a title, then the name after a comma',
    text: 'بدوره، قال مدير مكتب "يونيسف" في الأردن، هنري دوبوا، إن "المساعدات لا تكفي".',
    quotes: [
      ['يونيسف', 'mention', null],
      ['المساعدات لا تكفي', 'partial', 'هنري دوبوا'],
    ],
  },
  {
    what: 'المنظمة alone refers back to the body last named',
    text: 'وقال مكتب الأمم المتحدة لشؤون اللاجئين في بيان: «المخيمات مكتظة». وأضافت المنظمة: «نحتاج إلى تمويل عاجل».',
    quotes: [
      ['المخيمات مكتظة', 'direct', 'مكتب الأمم المتحدة لشؤون اللاجئين'],
      ['نحتاج إلى تمويل عاجل', 'direct', 'مكتب الأمم المتحدة لشؤون اللاجئين'],
    ],
  },
  {
    what: 'حذرت … من أن «…» is partial, credited to the organisation',
    text: 'وحذرت منظمة الصحة العالمية من أن «الوباء لم ينته بعد».',
    quotes: [['الوباء لم ينته بعد', 'partial', 'منظمة الصحة العالمية']],
  },
  {
    what: 'أفادت … بأن «…» with anonymous sources',
    text: 'وأفادت مصادر طبية بأن «عدد الضحايا مرشح للارتفاع».',
    quotes: [['عدد الضحايا مرشح للارتفاع', 'partial', 'مصادر طبية']],
  },
];

/** Who the speaker is: continuation, titles, short names, organisations, relays. */
export const speakerRows: readonly Row[] = [
  {
    what: 'وأضاف continues the last speaker past a person named as an object',
    text: 'وقال رئيس الوزراء أنور الجابري: «الحكومة لن تستقيل». واستقبل الجابري بعد ذلك وزير المالية حسين العاني. وأضاف: «الموازنة ستقر قبل نهاية الشهر».',
    quotes: [
      ['الحكومة لن تستقيل', 'direct', 'أنور الجابري'],
      ['الموازنة ستقر قبل نهاية الشهر', 'direct', 'أنور الجابري'],
    ],
  },
  {
    what: 'وأضاف continues the last speaker past a paragraph about someone who did not speak',
    text: 'وقال رئيس الوزراء أنور الجابري: «الحكومة لن تستقيل».\n\nوكان وزير المالية حسين العاني قد قدم مشروع الموازنة إلى البرلمان الأسبوع الماضي.\n\nوأضاف: «الموازنة ستقر قبل نهاية الشهر».',
    quotes: [
      ['الحكومة لن تستقيل', 'direct', 'أنور الجابري'],
      ['الموازنة ستقر قبل نهاية الشهر', 'direct', 'أنور الجابري'],
    ],
  },
  {
    what: 'a title and a short name resolve to the full name given earlier',
    text: 'وصل وزير الداخلية عماد الفاضل إلى المدينة صباح اليوم. وقال وزير الداخلية: «الأمن مستتب في كل الأحياء». وأكد الفاضل: «لن نسمح بأي فوضى».',
    quotes: [
      ['الأمن مستتب في كل الأحياء', 'direct', 'عماد الفاضل'],
      ['لن نسمح بأي فوضى', 'direct', 'عماد الفاضل'],
    ],
  },
  {
    what: 'a short name resolves to the full name given later',
    text: 'وقال الفاضل للصحفيين: «الأمن مستتب في كل الأحياء». وكان وزير الداخلية عماد الفاضل قد وصل إلى المدينة صباح اليوم.',
    quotes: [['الأمن مستتب في كل الأحياء', 'direct', 'عماد الفاضل']],
  },
  {
    what: 'feminine continuation skips a male speaker in between',
    text: 'وقالت مديرة المستشفى لينا الحسيني: «استقبلنا عشرين جريحا». وقال الطبيب المناوب سعد المصري: «حالة ثلاثة منهم حرجة». وأضافت: «نحتاج إلى متبرعين بالدم».',
    quotes: [
      ['استقبلنا عشرين جريحا', 'direct', 'لينا الحسيني'],
      ['حالة ثلاثة منهم حرجة', 'direct', 'سعد المصري'],
      ['نحتاج إلى متبرعين بالدم', 'direct', 'لينا الحسيني'],
    ],
  },
  {
    what: 'a person who speaks indirectly (no quote) takes the floor from the last quoted speaker',
    text: 'وقال رئيس الوزراء أنور الجابري: «الحكومة لن تستقيل». من جهته، قال وزير المالية حسين العاني إن العجز تراجع هذا العام. وأضاف: «الديون ما زالت مرتفعة».',
    quotes: [
      ['الحكومة لن تستقيل', 'direct', 'أنور الجابري'],
      ['الديون ما زالت مرتفعة', 'direct', 'حسين العاني'],
    ],
  },
  {
    what: 'feminine continuation skips a man and lands on a ministry',
    text: 'وقالت وزارة الصحة في بيان: «اللقاح آمن تماما». وقال الوزير زيد الحمصي للصحفيين: «بدأنا التوزيع اليوم». وأضافت: «سيشمل التطعيم كل المحافظات».',
    quotes: [
      ['اللقاح آمن تماما', 'direct', 'وزارة الصحة'],
      ['بدأنا التوزيع اليوم', 'direct', 'زيد الحمصي'],
      ['سيشمل التطعيم كل المحافظات', 'direct', 'وزارة الصحة'],
    ],
  },
  {
    what: 'an organisation speaks with a feminine verb (قالت الوزارة)',
    text: 'وقالت وزارة الخارجية في بيان: «ندين الاعتداء بأشد العبارات».',
    quotes: [['ندين الاعتداء بأشد العبارات', 'direct', 'وزارة الخارجية']],
  },
  {
    what: 'a person, then an organisation named with وأضافت',
    text: 'وقال الناطق باسم الشرطة وائل العمري: «أوقفنا ثلاثة مشتبه بهم». وأضافت الشرطة في بيان لاحق: «التحقيقات مستمرة».',
    quotes: [
      ['أوقفنا ثلاثة مشتبه بهم', 'direct', 'وائل العمري'],
      ['التحقيقات مستمرة', 'direct', 'الشرطة'],
    ],
  },
  {
    what: 'an agency relays a speaker: نقلت الوكالة عن فلان قوله إن «…»',
    text: 'ونقلت وكالة الأنباء عن المتحدث سعيد الحربي قوله إن «الحدود ستبقى مغلقة حتى إشعار آخر».',
    quotes: [['الحدود ستبقى مغلقة حتى إشعار آخر', 'partial', 'سعيد الحربي']],
  },
];

/** Speech that names its speaker only around it: a source phrase, the paragraph before. */
export const contextRows: readonly Row[] = [
  {
    what: 'a source phrase opens the sentence: وبحسب …، فإن «…»',
    text: 'وبحسب مصادر طبية في المدينة، فإن «عدد الجرحى تجاوز المئة».',
    quotes: [['عدد الجرحى تجاوز المئة', 'partial', 'مصادر طبية في المدينة']],
  },
  {
    what: 'a paragraph made of a quote goes on with the speaker of the paragraph before',
    text: 'وقالت رئيسة البلدية سناء الحداد: «سنعيد بناء الجسر خلال عام».\n\n«والميزانية مرصودة منذ الشهر الماضي ولن نطلب قروضا جديدة».',
    quotes: [
      ['سنعيد بناء الجسر خلال عام', 'direct', 'سناء الحداد'],
      ['والميزانية مرصودة منذ الشهر الماضي ولن نطلب قروضا جديدة', 'direct', 'سناء الحداد'],
    ],
  },
  {
    what: 'a short quote at the head of a paragraph is not carried over (a name)',
    text: 'وقال المدرب عماد السيد: «اللاعبون جاهزون للمباراة».\n\n«النسور» يلعبون السبت.',
    quotes: [
      ['اللاعبون جاهزون للمباراة', 'direct', 'عماد السيد'],
      ['النسور', 'mention', null],
    ],
  },
  {
    what: 'words that recur only inside a longer quote do not make a name',
    text: 'وقال المحقق نبيل سعادة: «لم نجد أي أثر للمفقودين حتى الآن». ولاحظ المحقق غياب «أي أثر» للعنف في المكان.',
    quotes: [
      ['لم نجد أي أثر للمفقودين حتى الآن', 'direct', 'نبيل سعادة'],
      ['أي أثر', 'partial', 'نبيل سعادة'],
    ],
  },
  {
    what: 'verbs of praise and condemnation are cues (حيّا, ندد, رحب)',
    text: 'وحيّا رئيس الاتحاد جمال العمري «صمود اللاعبين» في المباراة، ورحب بـ«قرار الحكم».',
    quotes: [
      ['صمود اللاعبين', 'partial', 'جمال العمري'],
      ['قرار الحكم', 'partial', 'جمال العمري'],
    ],
  },
  {
    what: 'a participle after a sentence opened by any verb takes that verb’s subject',
    text: 'ونعت نقابة الصحفيين زميلها الراحل، قائلة إن «الصحافة خسرت صوتا حرا».',
    quotes: [['الصحافة خسرت صوتا حرا', 'partial', 'نقابة الصحفيين']],
  },
  {
    what: 'a noun after a participle is its object, not its subject; the sentence opens with the speaker',
    text: 'رئيس النقابة، وليد حمود، يطالب بزيادة الأجور، داعيا وزير العمل، سمير نجم، إلى «التحرك فورا».',
    quotes: [['التحرك فورا', 'partial', 'وليد حمود']],
  },
  {
    what: 'a noun ending in ة after alif is not a verb with a pronoun (حياة is not حيّاه)',
    text: 'وعلق سالم الريامي، مدير فندق حياة مسقط على الحملة قائلا: «سندعمها بالكامل».',
    quotes: [['سندعمها بالكامل', 'direct', 'سالم الريامي']],
  },
  {
    what: 'the participle متساءلا in the spelling with the hamza on the line',
    text: 'وانتقد النائب طارق المصري أداء الحكومة، متساءلاً: «أين ذهبت أموال الدعم؟».',
    quotes: [['أين ذهبت أموال الدعم؟', 'direct', 'طارق المصري']],
  },
];

/** Long titles of offices, and the full name learnt from the narration. */
export const titleRows: readonly Row[] = [
  {
    what: 'a title with a ل genitive chain, then the name after a comma',
    text: 'وقال رئيس المجلس الأعلى لشؤون الأسرة، حاتم العبيدي: «سنطلق برنامجا للدعم النفسي».',
    quotes: [['سنطلق برنامجا للدعم النفسي', 'direct', 'حاتم العبيدي']],
  },
  {
    what: 'ل + a place after a body (لإمارة الشارقة) stays in the title',
    text: 'وقال المدير العام للمجلس البلدي لإمارة الشارقة، سالم النقبي: «أنجزنا ثلثي الأعمال».',
    quotes: [['أنجزنا ثلثي الأعمال', 'direct', 'سالم النقبي']],
  },
  {
    what: 'a chain of indefinite nouns in a title (مدير إدارة شؤون …) and an honorific before the name',
    text: 'قال مدير إدارة شؤون الطلبة، الدكتور كمال الرفاعي: «باب التسجيل مفتوح حتى الخميس».',
    quotes: [['باب التسجيل مفتوح حتى الخميس', 'direct', 'كمال الرفاعي']],
  },
  {
    what: 'a woman whose name starts with ل, after a title and its genitive',
    text: 'وقالت مديرة المدرسة لمياء الزعبي: «الدوام يبدأ الأحد».',
    quotes: [['الدوام يبدأ الأحد', 'direct', 'لمياء الزعبي']],
  },
  {
    what: 'a subject before a present verb (SVO): والمتحدث باسم … يقول إن «…»',
    text: 'والمتحدث باسم الدفاع المدني خالد النمر يقول إن «فرق الإنقاذ وصلت إلى كل الأحياء».',
    quotes: [['فرق الإنقاذ وصلت إلى كل الأحياء', 'partial', 'خالد النمر']],
  },
  {
    what: 'أما … فقال: the topic is the subject of the verb with ف',
    text: 'أما وزير التربية سمير العودة فقال: «الامتحانات في موعدها».',
    quotes: [['الامتحانات في موعدها', 'direct', 'سمير العودة']],
  },
  {
    what: 'a newspaper is named without the adjective of origin that describes it',
    text: 'وقالت صحيفة الوطن الكويتية إن «المفاوضات ستستأنف الأسبوع المقبل». وأضافت الصحيفة: «الوفود وصلت».',
    quotes: [
      ['المفاوضات ستستأنف الأسبوع المقبل', 'partial', 'صحيفة الوطن'],
      ['الوفود وصلت', 'direct', 'صحيفة الوطن'],
    ],
  },
  {
    what: 'a body whose name is quoted drops the adjectives after the quote, and ends before ب + a noun',
    text: 'ونددت جمعية «الأرض الخضراء» اللبنانية المدافعة عن البيئة بالمشروع، وقالت إن «الغابة ستختفي».',
    quotes: [
      ['الأرض الخضراء', 'mention', null],
      ['الغابة ستختفي', 'partial', 'جمعية الأرض الخضراء'],
    ],
  },
  {
    what: 'a ministry keeps its adjective of origin',
    text: 'وقالت وزارة الصحة الأردنية في بيان: «لا إصابات جديدة».',
    quotes: [['لا إصابات جديدة', 'direct', 'وزارة الصحة الأردنية']],
  },
  {
    what: 'أما … فقالت with a relative clause between the topic and the verb',
    text: 'أما سلمى العلي (25 عاما) التي تعمل ممرضة فقالت لمراسلنا: «لم نحصل على رواتبنا منذ شهرين».',
    quotes: [['لم نحصل على رواتبنا منذ شهرين', 'direct', 'سلمى العلي']],
  },
  {
    what: 'فقال with no subject of its own: the person named earlier in its sentence',
    text: 'وكان للمدرب سامر الخوري رأي آخر في «الملعب الجديد» فقال: «العشب غير صالح للعب».',
    quotes: [
      ['الملعب الجديد', 'mention', null],
      ['العشب غير صالح للعب', 'direct', 'سامر الخوري'],
    ],
  },
  {
    what: 'وكان فلان قد قال: the subject of كان speaks, the noun after the verb is its object',
    text: 'وكان رئيس البلدية، المهندس وائل حداد، قد حذر السكان من «فيضانات محتملة» هذا الشتاء.',
    quotes: [['فيضانات محتملة', 'partial', 'وائل حداد']],
  },
  {
    what: 'وكان فلان قد طالب: a name unknown so far, before a verb that takes an object, is its subject',
    text: 'وكان سليم بن عمار قد طالب والده بالعودة. وقال بن عمار: «سأنتظره».',
    quotes: [['سأنتظره', 'direct', 'سليم بن عمار']],
  },
  {
    what: 'after قد a word that is also a noun is the verb (قد ذكر), with the subject of كان before it',
    text: 'وكان مصدر أمني، طلب عدم الكشف عن هويته، قد ذكر أن الهجوم جاء «ردا على الاعتقالات».',
    quotes: [['ردا على الاعتقالات', 'partial', 'مصدر أمني']],
  },
  {
    what: 'a verb with no subject after a cue with one, in the same sentence, is the same speaker',
    text: 'وأكد وزير الخارجية نادر الكبيسي، في مؤتمر صحفي، رفضه «أي تدخل أجنبي».',
    quotes: [['أي تدخل أجنبي', 'partial', 'نادر الكبيسي']],
  },
  {
    what: 'a known speaker as the subject of a clause after أن: the words are that speaker’s',
    text: 'وقال الوزير حسن العلي: «سنرد». وأضافت الوزارة في بيان أن العلي أكد للسفير «رفض أي تدخل».',
    quotes: [
      ['سنرد', 'direct', 'حسن العلي'],
      ['رفض أي تدخل', 'partial', 'حسن العلي'],
    ],
  },
  {
    what: 'a body whose head is إدارة takes its quoted name',
    text: 'وقالت إدارة «الطيران المدني» إن «المطار سيفتح غدا».',
    quotes: [
      ['الطيران المدني', 'mention', null],
      ['المطار سيفتح غدا', 'partial', 'إدارة الطيران المدني'],
    ],
  },
  {
    what: 'a relay with a comma before عن, opening its sentence with بحسب ما',
    text: 'وبحسب ما نقلته الصحيفة، عن الوزير رامي سلوم، فإن «الميزانية ستقر الشهر المقبل».',
    quotes: [['الميزانية ستقر الشهر المقبل', 'partial', 'رامي سلوم']],
  },
  {
    what: 'a definite body is complete before في: the place is where it spoke, not part of its name',
    text: 'وقالت الحكومة في مؤتمر صحفي: «لا زيادة في الضرائب».',
    quotes: [['لا زيادة في الضرائب', 'direct', 'الحكومة']],
  },
  {
    what: 'any cue relays when the words are called the source’s: وذكرت الوكالة عن فلان قوله',
    text: 'وذكرت وكالة الأنباء المحلية عن المحافظ سعد الجبوري قوله إن «الطرق ستفتح صباح الغد».',
    quotes: [['الطرق ستفتح صباح الغد', 'partial', 'سعد الجبوري']],
  },
  {
    what: 'a rank (الفريق أول) is not part of the full name',
    text: 'وقال قائد الجيش الفريق أول ماجد الحسن: «الوضع تحت السيطرة». وأضاف الحسن: «لن نسمح بالفوضى».',
    quotes: [
      ['الوضع تحت السيطرة', 'direct', 'ماجد الحسن'],
      ['لن نسمح بالفوضى', 'direct', 'ماجد الحسن'],
    ],
  },
  {
    what: 'a full name closed by a title in apposition after a comma, then the surname alone',
    text: 'ورحبت البلدية بتصريحات كريم حمدان، رئيس لجنة السير. وقال حمدان: «الإشارات الجديدة تعمل».',
    quotes: [['الإشارات الجديدة تعمل', 'direct', 'كريم حمدان']],
  },
  {
    what: 'a name after a title and a comma ends at a preposition',
    text: 'وعبّرت مديرة المهرجان، رنا الخوري عن «سعادتها الكبيرة» بالإقبال. وقالت الخوري: «بعنا كل التذاكر».',
    quotes: [
      ['سعادتها الكبيرة', 'partial', 'رنا الخوري'],
      ['بعنا كل التذاكر', 'direct', 'رنا الخوري'],
    ],
  },
  {
    what: 'a rank after the comma of an apposition is not part of the name',
    text: 'وأكد قائد القوات البرية، اللواء ركن فهد العتيبي، أن «الحدود آمنة».',
    quotes: [['الحدود آمنة', 'partial', 'فهد العتيبي']],
  },
  {
    what: 'a body takes no name in apposition: the words after its comma are the object',
    text: 'وأعلنت حركة «النهضة»، أمس الأحد، رفضها لـ«التعديل الوزاري» المقترح.',
    quotes: [
      ['النهضة', 'mention', null],
      ['التعديل الوزاري', 'partial', 'حركة النهضة'],
    ],
  },
  {
    what: 'a short name in brackets after a body is the same body, with or without the article',
    text: 'وفرض الاتحاد العربي لكرة السلة (فيبا) غرامة على النادي. وقال الفيبا في بيان: «القرار نهائي».',
    quotes: [['القرار نهائي', 'direct', 'الاتحاد العربي لكرة السلة']],
  },
  {
    what: 'a description, then who it is after a comma (، وهو …), and an honorific before a short name',
    text: 'وقال أحد مؤسسي الجمعية، وهو الشيخ ناصر العلي، من الكويت: «بدأنا بعشرة متطوعين». وقال الشيخ ناصر: «اليوم نحن ألف».',
    quotes: [
      ['بدأنا بعشرة متطوعين', 'direct', 'ناصر العلي'],
      ['اليوم نحن ألف', 'direct', 'ناصر العلي'],
    ],
  },
  {
    what: 'a body whose head starts with ل (لجان), and where it is, before the quote',
    text: 'وهنّأت لجان الإغاثة في حمص «كل المتطوعين» على جهودهم.',
    quotes: [['كل المتطوعين', 'partial', 'لجان الإغاثة في حمص']],
  },
  {
    what: 'after a verb that takes an object, a known name ends where the object starts',
    text: 'وقال قائد الشرطة العقيد رامز عيد للصحفيين: «أغلقنا الطريق». ودعا عيد السائقين إلى «تجنب المنطقة».',
    quotes: [
      ['أغلقنا الطريق', 'direct', 'رامز عيد'],
      ['تجنب المنطقة', 'partial', 'رامز عيد'],
    ],
  },
  {
    what: 'a noun with a possessive pronoun after a name is the object; before anyone speaks, وأضاف continues the lede’s protagonist',
    text: 'قدم وزير النقل الأردني سامر الحوراني استقالته أمس.\n\nوأضاف في رسالته: «أتحمل المسؤولية كاملة».',
    quotes: [['أتحمل المسؤولية كاملة', 'direct', 'سامر الحوراني']],
  },
  {
    what: 'a body named for a quote has the floor, even when another verb stands between its cue and the quote',
    text: 'وقالت الشرطة في بيان: «الوضع هادئ». وذكرت النقابة في بيان نشر أمس إن «الإضراب مستمر». وأضافت: «لن نتراجع».',
    quotes: [
      ['الوضع هادئ', 'direct', 'الشرطة'],
      ['الإضراب مستمر', 'partial', 'النقابة'],
      ['لن نتراجع', 'direct', 'النقابة'],
    ],
  },
  {
    what: 'a verb in a relative clause does not join the name that follows it',
    text: 'وحقق الحلم الذي يراود ليلى الكردي منذ سنوات. وقالت ليلى الكردي: «لم أتوقع الفوز».',
    quotes: [['لم أتوقع الفوز', 'direct', 'ليلى الكردي']],
  },
  {
    what: 'an object that runs into a body named once does not stay in its name',
    text: 'وفي المقابل، رفض الاتحاد الطعن. وقال الاتحاد في بيان: «القرار نهائي».',
    quotes: [['القرار نهائي', 'direct', 'الاتحاد']],
  },
];

/** Partial quotes inside indirect speech, and quoted names that are nobody's speech. */
export const kindRows: readonly Row[] = [
  {
    what: 'قال … إن الوضع «…» is partial',
    text: 'وقال رئيس اللجنة جواد الموسوي إن الوضع «خطير جدا».',
    quotes: [['خطير جدا', 'partial', 'جواد الموسوي']],
  },
  {
    what: 'أكد … أن … «…» is partial',
    text: 'وأكد وزير المالية حسين العاني أن الموازنة «متوازنة تماما».',
    quotes: [['متوازنة تماما', 'partial', 'حسين العاني']],
  },
  {
    what: 'وصف … بأنه «…» is partial',
    text: 'ووصف النائب عصام الديري القرار بأنه «خطوة في الاتجاه الصحيح».',
    quotes: [['خطوة في الاتجاه الصحيح', 'partial', 'عصام الديري']],
  },
  {
    what: 'a quoted short name in brackets is a mention, even after a cue',
    text: 'وأعلنت المحكمة الدستورية («م د») في بيان أن «الطعن مرفوض».',
    quotes: [
      ['م د', 'mention', null],
      ['الطعن مرفوض', 'partial', 'المحكمة الدستورية'],
    ],
  },
  {
    what: 'a quoted body name with its head in construct is a mention',
    text: 'وقال الوزير رامي عيسى إن «وكالة أنباء الجنوب» نشرت الخبر قبل الإعلان الرسمي.',
    quotes: [['وكالة أنباء الجنوب', 'mention', null]],
  },
  {
    what: 'a quoted name of someone named in the article is a mention',
    text: 'وقال النائب مازن الحلو: «القانون سيمر». وانتقد خصوم «الحلو» موقفه في الجلسة.',
    quotes: [
      ['القانون سيمر', 'direct', 'مازن الحلو'],
      ['الحلو', 'mention', null],
    ],
  },
  {
    what: 'a quote that opens with إن inside the marks is the whole clause: direct',
    text: 'ونقلت الإذاعة عن المتحدث عادل سمعان قوله «إن المعبر سيفتح غدا».',
    quotes: [['إن المعبر سيفتح غدا', 'direct', 'عادل سمعان']],
  },
  {
    what: 'an addressee ending in a word that starts with ب, then a whole quoted sentence: direct; ابن inside a name',
    text: 'وقال يوسف ابن سالم لوكالة فرانس برس "لم نتلق أي إنذار قبل وصول المياه إلى البيوت".',
    quotes: [['لم نتلق أي إنذار قبل وصول المياه إلى البيوت', 'direct', 'يوسف ابن سالم']],
  },
  {
    what: 'a newspaper title is a mention',
    text: 'وذكرت صحيفة «الأهرام» أن الاجتماع تأجل إلى الأسبوع المقبل.',
    quotes: [['الأهرام', 'mention', null]],
  },
  {
    what: 'a channel name is a mention, the speech after it is direct',
    text: 'وقال الوزير نادر الهاشمي في مقابلة لقناة "الجزيرة": "لن نتفاوض تحت الضغط".',
    quotes: [
      ['الجزيرة', 'mention', null],
      ['لن نتفاوض تحت الضغط', 'direct', 'نادر الهاشمي'],
    ],
  },
  {
    what: 'a newspaper after لـ is a mention, the speech after it is direct',
    text: 'وقال الباحث أسامة الرفاعي لصحيفة «الوطن»: «الأزمة ستطول».',
    quotes: [
      ['الوطن', 'mention', null],
      ['الأزمة ستطول', 'direct', 'أسامة الرفاعي'],
    ],
  },
  {
    what: 'an organisation name is a mention',
    text: 'وتبنى تنظيم «داعش» الهجوم في بيان نشره على الإنترنت.',
    quotes: [['داعش', 'mention', null]],
  },
];

/** Who holds the floor when the verb agrees with no one who has spoken, and names read in full. */
export const floorRows: readonly Row[] = [
  {
    what: 'a masculine verb after a ministry spoke takes up the man just named with his title',
    text: 'وأعلنت وزارة الصحة أن عدد الإصابات تراجع، مشيرة إلى أن الوضع «تحت السيطرة».\nوزار وزير الصحة سامر الحداد مستشفى المدينة صباح اليوم، وعبر عن ارتياحه للنتائج. وقال: «المرحلة الأصعب انتهت».\nوتابع: «سنرفع القيود تدريجيا».',
    quotes: [
      ['تحت السيطرة', 'partial', 'وزارة الصحة'],
      ['المرحلة الأصعب انتهت', 'direct', 'سامر الحداد'],
      ['سنرفع القيود تدريجيا', 'direct', 'سامر الحداد'],
    ],
  },
  {
    what: 'a man named paragraphs earlier does not take up a verb that agrees with no speaker',
    text: 'وزار وزير الصحة سامر الحداد مستشفى المدينة صباح اليوم.\nوتفقد المرضى في الأقسام.\nوأعلنت وزارة الصحة أن عدد الإصابات تراجع.\nوقال: «المرحلة الأصعب انتهت».',
    quotes: [['المرحلة الأصعب انتهت', 'direct', 'وزارة الصحة']],
  },
  {
    what: "the full name given after إن, with the father's name, is the canonical one",
    text: 'وأفاد مصدر قضائي بأن المحكمة أجلت الجلسة، وقال إن خالد سعيد بن علي سيغادر البلاد غدا.\nوكان خالد بن علي قد صرح للصحفيين: «لن أعود قبل انتهاء المحاكمة».',
    quotes: [['لن أعود قبل انتهاء المحاكمة', 'direct', 'خالد سعيد بن علي']],
  },
  {
    what: 'a name with بن opening a profile, followed by what describes her',
    text: 'سلمى بن يوسف تونسية المولد فرنسية الجنسية، تدير جمعية لدعم المهاجرات في مرسيليا.\nتقول سلمى: «بدأنا بعشر نساء، واليوم نستقبل المئات».',
    quotes: [['بدأنا بعشر نساء، واليوم نستقبل المئات', 'direct', 'سلمى بن يوسف']],
  },
  {
    what: 'a verb after the document that spoke agrees with the document, not with a man named before',
    text: 'وقالت اللجنة الأولمبية إن البطولة «تأجلت إلى موعد لاحق». وزار رئيس اللجنة سمير العطار مقر الاتحاد أمس. وأضاف البيان: «سلامة الرياضيين أولوية». وتابع: «سنعلن الموعد الجديد قريبا».',
    quotes: [
      ['تأجلت إلى موعد لاحق', 'partial', 'اللجنة الأولمبية'],
      ['سلامة الرياضيين أولوية', 'direct', 'اللجنة الأولمبية'],
      ['سنعلن الموعد الجديد قريبا', 'direct', 'اللجنة الأولمبية'],
    ],
  },
  {
    what: 'an unnamed official and the body he serves, then the same head with the article refers back to him',
    text: 'وقال مسؤول في وزارة الخارجية إن المفاوضات «ستستأنف الأسبوع المقبل».\nوأضاف المسؤول الأوروبي، الذي طلب عدم نشر اسمه، أن «الشروط لم تتغير».',
    quotes: [
      ['ستستأنف الأسبوع المقبل', 'partial', 'وزارة الخارجية'],
      ['الشروط لم تتغير', 'partial', 'وزارة الخارجية'],
    ],
  },
  {
    what: 'كان, its subject and the verb without قد: the subject of كان speaks, not the object after the verb',
    text: 'وكان قادة الأحزاب المعارضة أبلغوا الرئيس أن «الانتخابات يجب أن تؤجل».',
    quotes: [['الانتخابات يجب أن تؤجل', 'partial', 'قادة الأحزاب المعارضة']],
  },
  {
    what: 'نقلا عن after the subject and a time: the sources speak; the participle after goes on with the paper',
    text: 'أفادت صحيفة «الأيام»، اليوم الخميس، نقلا عن مصادر حكومية أن «الميزانية ستقر الأسبوع المقبل»، مضيفة أن «الخلاف على الضرائب انتهى».',
    quotes: [
      ['الأيام', 'mention', null],
      ['الميزانية ستقر الأسبوع المقبل', 'partial', 'مصادر حكومية'],
      ['الخلاف على الضرائب انتهى', 'partial', 'صحيفة الأيام'],
    ],
  },
  {
    what: 'a verb after a relay that does not agree with the teller goes on with the source',
    text: 'ونقلت القناة عن قائد الجيش اللواء ماجد الطيب قوله إن «العمليات مستمرة»، وأضاف: «لن نتراجع».',
    quotes: [
      ['العمليات مستمرة', 'partial', 'ماجد الطيب'],
      ['لن نتراجع', 'direct', 'ماجد الطيب'],
    ],
  },
  {
    what: 'a plural pronoun goes on with a group whose verb stood before it in the singular',
    text: 'ونقلت الوكالة عن مصادر أمنية أن «الحدود ستفتح غدا». ويتوقع الخبراء أن «الأسعار سترتفع». ويضيفون: «الطلب يفوق العرض».',
    quotes: [
      ['الحدود ستفتح غدا', 'partial', 'مصادر أمنية'],
      ['الأسعار سترتفع', 'partial', 'الخبراء'],
      ['الطلب يفوق العرض', 'direct', 'الخبراء'],
    ],
  },
  {
    what: 'a speaker named inside a quote does not take the floor',
    text: 'وقال الوزير سامي العلي: «كما قال رئيس الحكومة أمس: الحدود ستفتح قريبا». وأضاف: «سنعلن الموعد غدا».',
    quotes: [
      ['كما قال رئيس الحكومة أمس: الحدود ستفتح قريبا', 'direct', 'سامي العلي'],
      ['سنعلن الموعد غدا', 'direct', 'سامي العلي'],
    ],
  },
  {
    what: 'the name آن is not the complementiser أن that it folds to',
    text: 'وقالت آن دوبوا، من جامعة ليون: «النتائج مشجعة».',
    quotes: [['النتائج مشجعة', 'direct', 'آن دوبوا']],
  },
  {
    what: 'a demonstrative inside a title, then the name in apposition',
    text: 'وقال مدير هذه الشركة، كمال الرفاعي، إن «الأرباح تضاعفت».\nوقالت نائبة رئيس البلدية سهى العلي: «المشروع سينتهي في الصيف».',
    quotes: [
      ['الأرباح تضاعفت', 'partial', 'كمال الرفاعي'],
      ['المشروع سينتهي في الصيف', 'direct', 'سهى العلي'],
    ],
  },
  {
    what: 'a title with a possessive pronoun, its name, then another title opening the object',
    text: 'وفي الجلسة خاطب رئيسها منير الحداد النقيب سليم نصار بالقول: «هذا ليس مكان المرافعة».\nوقال مديرها سامر الخوري للصحفيين: «الجلسة المقبلة بعد أسبوع».',
    quotes: [
      ['هذا ليس مكان المرافعة', 'direct', 'منير الحداد'],
      ['الجلسة المقبلة بعد أسبوع', 'direct', 'سامر الخوري'],
    ],
  },
  {
    what: 'two speakers named together speak as one, a dual refers back to them, each name alone to its own',
    text: 'دعا وزير الخارجية الفرنسي جان مارتان ووزير الخارجية الألماني كارل فيبر إلى «وقف فوري للقتال». وشدد الطرفان على «ضرورة حماية المدنيين».\nوقال مارتان للصحفيين: «سنزور المنطقة الأسبوع المقبل».',
    quotes: [
      ['وقف فوري للقتال', 'partial', 'جان مارتان وكارل فيبر'],
      ['ضرورة حماية المدنيين', 'partial', 'جان مارتان وكارل فيبر'],
      ['سنزور المنطقة الأسبوع المقبل', 'direct', 'جان مارتان'],
    ],
  },
  {
    what: 'a long name goes on through its joiners after a three-word title',
    text: 'وقال وزير الدولة للشؤون الخارجية خالد بن سعود آل فهد: «الحوار هو الطريق الوحيد».',
    quotes: [['الحوار هو الطريق الوحيد', 'direct', 'خالد بن سعود آل فهد']],
  },
  {
    what: 'people named by a plural participle, in construct or with the article, speak as a group',
    text: 'واعتبر موقعو العريضة، التي نشرت أمس، أن القرار «يمس استقلال الجامعة».\nوأوضح الموقعون أن «الحوار هو الحل».\nوقال المتظاهرون إن «الأسعار لم تعد تحتمل».',
    quotes: [
      ['يمس استقلال الجامعة', 'partial', 'موقعو العريضة'],
      ['الحوار هو الحل', 'partial', 'موقعو العريضة'],
      ['الأسعار لم تعد تحتمل', 'partial', 'المتظاهرون'],
    ],
  },
  {
    what: 'a short quote after a bare لـ is words said unless a speech noun or the cue and its subject stand before',
    text: 'وقال المتحدث باسم الوزارة إن القرار يأتي لـ«اعتبارات فنية»، مشيرا إلى أن الموعد الجديد سيعلن لاحقا.\nوقال الوزير لـ«الأيام»: «لا تأجيل بعد اليوم».',
    quotes: [
      ['اعتبارات فنية', 'partial', 'المتحدث باسم الوزارة'],
      ['الأيام', 'mention', null],
      ['لا تأجيل بعد اليوم', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'عبر is the verb "expressed" when عن and a feeling of its own come later in the sentence',
    text: 'وعبر رئيس الوزراء سامر الخطيب، بعد لقائه الوفد ردا على أسئلة الصحفيين، عن أمله في أن تنتهي المفاوضات بـ«اتفاق شامل».',
    quotes: [['اتفاق شامل', 'partial', 'سامر الخطيب']],
  },
  {
    what: 'سجل (noted) reports what it records: its quoted object is partial',
    text: 'وسجل رئيس المرصد الوطني هشام العلوي «تراجعا ملحوظا» في عدد الشكاوى هذا العام.',
    quotes: [['تراجعا ملحوظا', 'partial', 'هشام العلوي']],
  },
  {
    what: 'يتخوف is a verb of saying; بعض and a plural is a group speaker',
    text: 'ويتخوف بعض المزارعين من أن يكون الموسم المقبل «أسوأ من سابقه».',
    quotes: [['أسوأ من سابقه', 'partial', 'بعض المزارعين']],
  },
  {
    what: 'the same name spelt with its hamzas is the canonical spelling',
    text: 'وقال اسامة الخطيب للصحفيين: «سنطعن في الحكم».\nوكان أسامة الخطيب قد خسر القضية في الدرجة الأولى.',
    quotes: [['سنطعن في الحكم', 'direct', 'أسامة الخطيب']],
  },
  {
    what: 'a body named once with its field after ل is known by that full name',
    text: 'أحالت الهيئة الوطنية لمكافحة الفساد ثلاثة ملفات إلى القضاء.\nوقالت الهيئة الوطنية في بيان: «لن نتهاون مع أي مسؤول».',
    quotes: [['لن نتهاون مع أي مسؤول', 'direct', 'الهيئة الوطنية لمكافحة الفساد']],
  },
  {
    what: 'whom a body speaks to after ل is not part of its name',
    text: 'وقالت الهيئة الوطنية لوسائل الإعلام: «التحقيق مستمر».\nوأكدت الهيئة الوطنية: «لن نتهاون مع أي مسؤول».',
    quotes: [
      ['التحقيق مستمر', 'direct', 'الهيئة الوطنية'],
      ['لن نتهاون مع أي مسؤول', 'direct', 'الهيئة الوطنية'],
    ],
  },
];

/** Sentences where a rule misfired, found by reviewing the rules (each row failed before its fix). */
export const reviewRows: readonly Row[] = [
  {
    what: 'a recurring short name ending like a pronoun (نا) is still a name',
    text: 'وقال الوزير إن انتشار «كورونا» تراجع. وأضاف أن اللقاح ضد «كورونا» متوفر.',
    quotes: [
      ['كورونا', 'mention', null],
      ['كورونا', 'mention', null],
    ],
  },
  {
    what: 'a group in the genitive is named in the nominative, but not the names after its preposition',
    text: 'وقالت مصادر أمنية نقلا عن مسؤولين في حكومة ياسين العمري إن الهجوم «كان متوقعا».',
    quotes: [['كان متوقعا', 'partial', 'مسؤولون في حكومة ياسين العمري']],
  },
  {
    what: 'the object of a cue right after a body named with its adjective of origin is no name of the body',
    text: 'وأعلنت الشرطة البريطانية «اعتقال مشتبه به» في لندن.',
    quotes: [['اعتقال مشتبه به', 'partial', 'الشرطة البريطانية']],
  },
  {
    what: 'a quote right after a verb, its complement going on, is the object, not the subject named in quotes',
    text: 'وقال الوزير: «الوضع صعب». وانتقد «ازدواجية المعايير» في التعامل مع الأزمة.',
    quotes: [
      ['الوضع صعب', 'direct', 'الوزير'],
      ['ازدواجية المعايير', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'after a verb that takes an object, a quote after its subject is the object, not a name in the subject',
    text: 'ووصف الوزير «الاتفاق التاريخي» بأنه خطوة إلى الأمام.',
    quotes: [['الاتفاق التاريخي', 'partial', 'الوزير']],
  },
  {
    what: 'what a verb that takes an object governs with لـ, and a complement noun after لـ, are words said',
    text: 'ودعا وزير الخارجية أيمن الصفدي لـ«وقف فوري لإطلاق النار»، مؤكدا أهمية الحوار.\nوأشار المتحدث باسم الحكومة لـ«ضرورة الحوار»، مضيفا أن الأزمة ستنتهي.',
    quotes: [
      ['وقف فوري لإطلاق النار', 'partial', 'أيمن الصفدي'],
      ['ضرورة الحوار', 'partial', 'المتحدث باسم الحكومة'],
    ],
  },
  {
    what: 'a quote that opens a clause is words said, even with an adjective after its mark',
    text: 'وقال الوزير إن بلاده «لن تقبل التدخل» الأجنبي في شؤونها.',
    quotes: [['لن تقبل التدخل', 'partial', 'الوزير']],
  },
  {
    what: 'آلان with its madda is a first name, not الآن (now)',
    text: 'وقال رئيس الوزراء الفرنسي الأسبق آلان مارتان: «أوروبا في خطر». وقال الوزير الآن: «لا نعلق».',
    quotes: [
      ['أوروبا في خطر', 'direct', 'آلان مارتان'],
      ['لا نعلق', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'a place before التي after a masculine verb is its object, the speaker keeps the floor',
    text: 'وقال الوزير سامي العلي: «سنرد». وانتقد فرنسا التي ترفض الحوار، قائلا: «هذا موقف غير مقبول».',
    quotes: [
      ['سنرد', 'direct', 'سامي العلي'],
      ['هذا موقف غير مقبول', 'direct', 'سامي العلي'],
    ],
  },
  {
    what: 'ل and a noun right after a verb is its complement, not a body’s field in its name',
    text: 'وقالت وزارة الداخلية: «الوضع مستقر». ودعت وزارة الداخلية لوقف التظاهرات.',
    quotes: [['الوضع مستقر', 'direct', 'وزارة الداخلية']],
  },
  {
    what: 'a compound name that opens with a title word (نجم الدين) is a name',
    text: 'وقال نجم الدين الحلبي: «الموسم سيكون صعبا».',
    quotes: [['الموسم سيكون صعبا', 'direct', 'نجم الدين الحلبي']],
  },
  {
    what: 'a plural adjective of origin after a group agrees with it',
    text: 'وقال الخبراء الاقتصاديون إن «التضخم سيتراجع».',
    quotes: [['التضخم سيتراجع', 'partial', 'الخبراء الاقتصاديون']],
  },
  {
    what: 'a member of a body named after a comma speaks for himself',
    text: 'وقال عضو في مجلس الشيوخ، السيناتور جون ميلر: «سنرد بقوة».',
    quotes: [['سنرد بقوة', 'direct', 'جون ميلر']],
  },
  {
    what: 'محافظة (a governorate) in a title is no محافظ with a pronoun',
    text: 'وقالت النائبة عن محافظة البصرة سهى العلي: «الخدمات غائبة».',
    quotes: [['الخدمات غائبة', 'direct', 'سهى العلي']],
  },
  {
    what: 'a surname that is also a role, used alone after the full name, is that person',
    text: 'وقال محمد الصياد: «البحر مغلق». وأضاف الصياد: «لا نعمل منذ أسبوع».',
    quotes: [
      ['البحر مغلق', 'direct', 'محمد الصياد'],
      ['لا نعمل منذ أسبوع', 'direct', 'محمد الصياد'],
    ],
  },
  {
    what: 'a member described after a comma with وهو is not named by the pronoun',
    text: 'وقال عضو في مجلس النواب، وهو من الحزب الحاكم، إن «القرار خاطئ».',
    quotes: [['القرار خاطئ', 'partial', 'مجلس النواب']],
  },
  {
    what: 'a list after a colon with no cue before it is no speech; أبرز as a superlative is no cue',
    text: 'وتضمنت الخطة ثلاثة محاور:\n- «التعليم».\n- «الصحة».\nومن أبرز الشعارات التي رفعها المتظاهرون:\n«الشعب يريد التغيير».',
    quotes: [
      ['التعليم', 'mention', null],
      ['الصحة', 'mention', null],
      ['الشعب يريد التغيير', 'mention', null],
    ],
  },
  {
    what: 'a quote after a lone definite body is the verb’s object, not the body’s name; ل + a noun after it too',
    text: 'وأعلنت الحكومة «خطة طوارئ» لمواجهة الأزمة.\nودعت الوزارة لوقف إطلاق النار، وقالت: «الوضع خطير».',
    quotes: [
      ['خطة طوارئ', 'partial', 'الحكومة'],
      ['الوضع خطير', 'direct', 'الوزارة'],
    ],
  },
  {
    what: 'an outlet after لـ right after a cue with no subject of its own',
    text: 'وقال الوزير سامي العلي: «سنرد». وقال لـ«الأناضول»: «لن نتراجع».',
    quotes: [
      ['سنرد', 'direct', 'سامي العلي'],
      ['الأناضول', 'mention', null],
      ['لن نتراجع', 'direct', 'سامي العلي'],
    ],
  },
  {
    what: 'an adverb of manner after the verb and its hearer is no subject; the quote stands as the words said',
    text: 'وقال المدرب هشام الكبير: «نعم». وقال لنا حرفيا «لن نتراجع».',
    quotes: [
      ['نعم', 'direct', 'هشام الكبير'],
      ['لن نتراجع', 'direct', 'هشام الكبير'],
    ],
  },
  {
    what: 'a relation with the pronoun ه (نظيره, منافسه) is a title before the name; محافظة is no such pronoun',
    text: 'وقال نظيره الأردني كمال الحسن: «العلاقات متينة».\nوقالت النائبة عن محافظة البصرة سهى العلي: «الخدمات غائبة».',
    quotes: [
      ['العلاقات متينة', 'direct', 'كمال الحسن'],
      ['الخدمات غائبة', 'direct', 'سهى العلي'],
    ],
  },
  {
    what: 'a statement’s issuer after لـ (بيان للجيش) is the body, without its preposition',
    text: 'وقالت الحكومة في بيان: «الوضع تحت السيطرة». وأضاف بيان للجيش أن «العملية مستمرة».',
    quotes: [
      ['الوضع تحت السيطرة', 'direct', 'الحكومة'],
      ['العملية مستمرة', 'partial', 'الجيش'],
    ],
  },
  {
    what: 'a carrier with its quoted short name relays with عن after it',
    text: 'ونقلت وكالة الأنباء الإماراتية «وام» عن وزير الاقتصاد قوله إن «الاتفاق جاهز للتوقيع».',
    quotes: [
      ['وام', 'mention', null],
      ['الاتفاق جاهز للتوقيع', 'partial', 'وزير الاقتصاد'],
    ],
  },
  {
    what: 'an idiom with زاد (وزاد الطين بلة أن) reports nothing',
    text: 'وتأخر صرف الرواتب شهرين، وزاد الطين بلة أن «الحكومة التزمت الصمت».',
    quotes: [['الحكومة التزمت الصمت', 'mention', null]],
  },
  {
    what: 'يزيد is a first name, not "increases", before a colon',
    text: 'وأجاب الأمير يزيد بن محمد: «على الرحب والسعة».',
    quotes: [['على الرحب والسعة', 'direct', 'يزيد بن محمد']],
  },
  {
    what: 'المصدر ذاته is the source, not the minister who spoke in between',
    text: 'قال مصدر أمني إن «الهجوم أحبط». وقال وزير الداخلية: «الأمن مستتب». وأضاف المصدر ذاته أن «التحقيقات جارية».',
    quotes: [
      ['الهجوم أحبط', 'partial', 'مصدر أمني'],
      ['الأمن مستتب', 'direct', 'وزير الداخلية'],
      ['التحقيقات جارية', 'partial', 'مصدر أمني'],
    ],
  },
  {
    what: 'سموها is the sheikha, not the sheikh who spoke after her',
    text: 'قالت الشيخة موزا بنت ناصر: «التعليم أولا». وقال الشيخ تميم بن حمد: «نحن معكم». وأكدت سموها أن «المستقبل للشباب».',
    quotes: [
      ['التعليم أولا', 'direct', 'موزا بنت ناصر'],
      ['نحن معكم', 'direct', 'تميم بن حمد'],
      ['المستقبل للشباب', 'partial', 'موزا بنت ناصر'],
    ],
  },
  {
    what: 'a guest named after a verb of receiving is its object when the host spoke in the paragraph',
    text: 'قال رئيس الوزراء: «لا تراجع عن الإصلاح». استقبل سفير فرنسا، جان دوبون، في مكتبه، وقال: «نرحب بالتعاون».',
    quotes: [
      ['لا تراجع عن الإصلاح', 'direct', 'رئيس الوزراء'],
      ['نرحب بالتعاون', 'direct', 'رئيس الوزراء'],
    ],
  },
  {
    what: 'الاتحاد القاري is the continental federation, not the national one named last',
    text: 'وقال الاتحاد الآسيوي لكرة القدم: «القرعة بعد أسبوع». وقال الاتحاد المصري: «سنشارك». وأكد الاتحاد القاري أن «القرعة غدا».',
    quotes: [
      ['القرعة بعد أسبوع', 'direct', 'الاتحاد الآسيوي لكرة القدم'],
      ['سنشارك', 'direct', 'الاتحاد المصري'],
      ['القرعة غدا', 'partial', 'الاتحاد الآسيوي لكرة القدم'],
    ],
  },
  {
    what: 'عالم كرة القدم is the world of football, not a scientist',
    text: 'وقال المدرب: «نحن جاهزون». وتابع عالم كرة القدم المباراة باهتمام، وقال: «الفوز مهم».',
    quotes: [
      ['نحن جاهزون', 'direct', 'المدرب'],
      ['الفوز مهم', 'direct', 'المدرب'],
    ],
  },
  {
    what: "people described by a clause: the verb's first phrase only, not where they spoke",
    text: 'وقال سكان فروا من القصف في اتصال هاتفي مع الصحيفة إن «المدينة خالية».',
    quotes: [['المدينة خالية', 'partial', 'سكان فروا من القصف']],
  },
  {
    what: 'an outlet whose name starts with ل after ل (للوموند), and an outlet right after the verb',
    text: 'وقال وزير الخارجية للوموند إن «الحوار مستمر». وقال لرويترز مسؤول أمريكي طلب عدم نشر اسمه إن «الاتصالات لم تنقطع».',
    quotes: [
      ['الحوار مستمر', 'partial', 'وزير الخارجية'],
      ['الاتصالات لم تنقطع', 'partial', 'مسؤول أمريكي'],
    ],
  },
  {
    what: 'a whole-sentence quote of four words or more right after a speaker in the same paragraph is his',
    text: '«البحر لا يرحم»، يقول الصياد عادل الشهري، وهو يرتب شباكه. «خسرت ثلاثة قوارب في عامين».',
    quotes: [
      ['البحر لا يرحم', 'direct', 'عادل الشهري'],
      ['خسرت ثلاثة قوارب في عامين', 'direct', 'عادل الشهري'],
    ],
  },
  {
    what: "a long quote after a work, a banner, a headline or an inscription named in its sentence is no one's words",
    text: 'قال وزير الصحة: «اللقاح آمن». وأطلقت الوزارة حملتها الوطنية الكبرى لهذا العام «صحتك أمانة فلا تتهاون في أخذ اللقاح قبل الشتاء». ورفع العمال اللافتات «لا لتسريح العمال ولا لخصخصة المصانع العامة في البلاد». وعنونت صحيفة الخبر صفحتها الأولى «الحكومة عاجزة عن مواجهة الأزمة الاقتصادية الخانقة في البلاد».',
    quotes: [
      ['اللقاح آمن', 'direct', 'وزير الصحة'],
      ['صحتك أمانة فلا تتهاون في أخذ اللقاح قبل الشتاء', 'mention', null],
      ['لا لتسريح العمال ولا لخصخصة المصانع العامة في البلاد', 'mention', null],
      ['الحكومة عاجزة عن مواجهة الأزمة الاقتصادية الخانقة في البلاد', 'mention', null],
    ],
  },
  {
    what: 'الذي after a woman and her title in apposition is the body in the title, not her',
    text: 'والتقت اللجنة بالسيدة هدى شعراوي، رئيسة الاتحاد النسائي، الذي قال في بيان إن «الاتحاد يرفض القرار».',
    quotes: [['الاتحاد يرفض القرار', 'partial', null]],
  },
  {
    what: 'a body learnt after a sentence-opening verb stops before a second definite noun, the object',
    text: 'وأيدت محكمة النقض الحكم أمس. وقالت المحكمة في حيثياتها: «الأدلة كافية».',
    quotes: [['الأدلة كافية', 'direct', 'محكمة النقض']],
  },
  {
    what: "بما سماه ends the subject: the coinage is the party's",
    text: 'قالت الناشطة مريم: «الوضع صعب». وندد الحزب بما سماه «القمع الممنهج».',
    quotes: [
      ['الوضع صعب', 'direct', 'مريم'],
      ['القمع الممنهج', 'partial', 'الحزب'],
    ],
  },
  {
    what: "ما سماه with its own subject after it: the coinage is that subject's",
    text: 'قالت الوزيرة ليلى علي إن الحكومة ستواجه ما سماه الرئيس «حرب الأسعار».',
    quotes: [['حرب الأسعار', 'partial', 'الرئيس']],
  },
  {
    what: 'an honorific before a new name after a verb with an object is a new person (السيد … السيد …)',
    text: 'وأبلغ السيد أحمد سالم الصحفيين أن «الوضع مستقر تماما». وأبلغ السيد خالد يوسف الصحفيين أن «المفاوضات متعثرة».',
    quotes: [
      ['الوضع مستقر تماما', 'partial', 'أحمد سالم'],
      ['المفاوضات متعثرة', 'partial', 'خالد يوسف'],
    ],
  },
  {
    what: 'الله after حزب is no own name of the party: عبد الله later is a person',
    text: 'وانتقد حزب الله القرار. وقال الأمين العام عبد الله محمد: «نرفض التدخل».',
    quotes: [['نرفض التدخل', 'direct', 'عبد الله محمد']],
  },
  {
    what: "a club known by its name ends the phrase before the verb's object (وأعلن نادي الزمالك فوز فريقه)",
    text: 'وأعلن نادي الزمالك فوز فريقه في المباراة. وقال الزمالك: «الفوز مستحق».',
    quotes: [['الفوز مستحق', 'direct', 'نادي الزمالك']],
  },
  {
    what: 'after الذي and a verb with its pronoun (وصفه), the noun after the verb is the subject',
    text: 'والتقى الرئيس الوزير سامي العلي، الذي وصفه الرئيس بـ«الصديق الوفي».',
    quotes: [['الصديق الوفي', 'partial', 'الرئيس']],
  },
  {
    what: 'a nisba after a title is no surname even when someone bears it (السفير المصري after خالد المصري)',
    text: 'قال الناشط خالد المصري: «لا». وقال السفير المصري: «نعم للحوار».',
    quotes: [
      ['لا', 'direct', 'خالد المصري'],
      ['نعم للحوار', 'direct', 'السفير المصري'],
    ],
  },
  {
    what: "a whole-sentence quote after another's sentence is not carried from the speech before it: it is the words of that sentence's subject, who replied",
    text: 'قال الوزير: «سنبني مدارس جديدة». وردت المعارضة ببيان. «الحكومة تكذب على الشعب دائما».',
    quotes: [
      ['سنبني مدارس جديدة', 'direct', 'الوزير'],
      ['الحكومة تكذب على الشعب دائما', 'direct', 'المعارضة'],
    ],
  },
  {
    what: "after دعا, a genitive with لل that no punctuation closes is the verb's complement, not the body's",
    text: 'دعا الاتحاد الأوروبي للحوار بين الطرفين، وقال في بيان: «الحل سياسي».',
    quotes: [['الحل سياسي', 'direct', 'الاتحاد الأوروبي']],
  },
  {
    what: 'a clause quoted after في كتابه الجديد is quoted from the book, not its title',
    text: 'وقال الكاتب سمير علي في كتابه الجديد «إن الحرب لن تنتهي قريبا».',
    quotes: [['إن الحرب لن تنتهي قريبا', 'direct', 'سمير علي']],
  },
  {
    what: 'a noun described again after ، وهو is an object, not a person introduced',
    text: 'وقال المحلل سامي حداد إن الحكومة أخطأت. ووصف اتفاق السلام، وهو اتفاق هش، بأنه «مجرد حبر على ورق».',
    quotes: [['مجرد حبر على ورق', 'partial', 'سامي حداد']],
  },
  {
    what: 'after أنه, a title after the verb is still its subject',
    text: 'وذكر المحامي أنه قال القاضي في الجلسة «الحكم نهائي».',
    quotes: [['الحكم نهائي', 'partial', 'القاضي']],
  },
  {
    what: 'لما is a first name after a title, not ما with ل',
    text: 'وقالت الممثلة لما عبد الله: «أحب هذا الدور كثيرا».',
    quotes: [['أحب هذا الدور كثيرا', 'direct', 'لما عبد الله']],
  },
  {
    what: 'after إنه a verb with an object keeps the pronoun as subject (إنه أبلغ نظيره …)',
    text: 'وقال وزير الخارجية سامي حداد إنه أبلغ نظيره الأمريكي أن «الخطة مرفوضة».',
    quotes: [['الخطة مرفوضة', 'partial', 'سامي حداد']],
  },
  {
    what: 'عز is scripture only in عز وجل: عز الدين is a name',
    text: 'وقال عز الدين حسن: «الوضع في المخيم كارثي».',
    quotes: [['الوضع في المخيم كارثي', 'direct', 'عز الدين حسن']],
  },
  {
    what: 'بقوله عز وجل quotes scripture: no speaker',
    text: 'واستشهد الخطيب بقوله عز وجل: «إن الله مع الصابرين».',
    quotes: [['إن الله مع الصابرين', 'direct', null]],
  },
  {
    what: 'لما after a man\'s title is "when", not a name',
    text: 'وقال الرئيس لما سئل عن الأزمة: «لا تعليق».',
    quotes: [['لا تعليق', 'direct', 'الرئيس']],
  },
  {
    what: "a body's genitive with لل stays before a definite object (الهيئة الوطنية للانتخابات الناخبين)",
    text: 'ودعت الهيئة الوطنية للانتخابات الناخبين إلى «المشاركة بكثافة».',
    quotes: [['المشاركة بكثافة', 'partial', 'الهيئة الوطنية للانتخابات']],
  },
  {
    what: 'a title with a nisba-shaped surname is its bearer when he had that title (الوزير الكعبي)',
    text: 'وقال وزير الطاقة سعد الكعبي: «الإنتاج مستقر». وأضاف الوزير الكعبي: «لا نية للخفض».',
    quotes: [
      ['الإنتاج مستقر', 'direct', 'سعد الكعبي'],
      ['لا نية للخفض', 'direct', 'سعد الكعبي'],
    ],
  },
  {
    what: "a royal title inside a body's name and a nisba after the plain word keep the name whole",
    text: 'وأعلن مطار الملكة علياء الدولي تعليق الرحلات، وقال في بيان: «الأحوال الجوية سيئة».',
    quotes: [['الأحوال الجوية سيئة', 'direct', 'مطار الملكة علياء الدولي']],
  },
  {
    what: "after وكان + a man's title + قد, a feminine participle is not his",
    text: 'وكان الرئيس قد استقبل الوزيرة في القصر، مؤكدة أن «الزيارة ناجحة».',
    quotes: [['الزيارة ناجحة', 'partial', null]],
  },
  {
    what: 'آن before a definite noun is the verb (آن الأوان), not a first name',
    text: 'وقال رئيس الوزراء، آن الأوان لإنهاء الحرب، «لا بد من السلام».',
    quotes: [['لا بد من السلام', 'partial', 'رئيس الوزراء']],
  },
];

/** Rules found by the whole articles of probe5.test.ts, each in a passage of its own. */
export const articleRuleRows: readonly Row[] = [
  {
    what: 'سموه stands for the sheikh named first, not for the minister named after him',
    text: 'افتتح صاحب السمو الشيخ راشد بن حمد آل نايف، ولي العهد، معرض الكتاب بحضور وزير الثقافة سالم بن عيسى الكندي.\n\nوقال سموه إن «المعرض نافذة على ثقافات العالم».',
    quotes: [['المعرض نافذة على ثقافات العالم', 'partial', 'راشد بن حمد آل نايف']],
  },
  {
    what: 'معاليه stands for the minister, not for the sheikh named before him',
    text: 'افتتح صاحب السمو الشيخ راشد بن حمد آل نايف، ولي العهد، معرض الكتاب بحضور وزير الثقافة سالم بن عيسى الكندي.\n\nوأوضح معاليه أن «عدد دور النشر المشاركة بلغ 900 دار».',
    quotes: [['عدد دور النشر المشاركة بلغ 900 دار', 'partial', 'سالم بن عيسى الكندي']],
  },
  {
    what: 'an outlet named alone after ل is whom the speaker told, not part of the name',
    text: 'وأعلن الادعاء أنه سيستأنف. المحامية سعاد الخياط قالت لبي بي سي إن «الحكم قابل للطعن».',
    quotes: [['الحكم قابل للطعن', 'partial', 'سعاد الخياط']],
  },
  {
    what: 'after لكن, a title and its name between commas before the verb, and an outlet after it',
    text: 'وأعلنت الحكومة تمديد حظر التجول. لكن رئيس بلدية المدينة، كريم الصافي، قال لرويترز إن «الحظر يخنق الأسواق».',
    quotes: [['الحظر يخنق الأسواق', 'partial', 'كريم الصافي']],
  },
  {
    what: 'a title with a genitive after ل that the lexicon does not know, then an honorific and the name',
    text: 'وأوضح المدير التنفيذي لتجمع المدينة الصحي الدكتور فيصل بن ماجد الزهراني أن «المرحلة الأولى اكتملت».',
    quotes: [['المرحلة الأولى اكتملت', 'partial', 'فيصل بن ماجد الزهراني']],
  },
  {
    what: 'a name that starts with ل right after a title is still the name',
    text: 'وقال نائب رئيس المجلس لطفي الحداد إن «الجلسة ستعقد غدا».',
    quotes: [['الجلسة ستعقد غدا', 'partial', 'لطفي الحداد']],
  },
  {
    what: "a party's quoted name inside the title, then the name",
    text: 'وقال النائب عن حزب «النهضة» علي القروي إن «الموازنة لا تنصف الجهات».',
    quotes: [
      ['النهضة', 'mention', null],
      ['الموازنة لا تنصف الجهات', 'partial', 'علي القروي'],
    ],
  },
  {
    what: 'a nationality before the name in apposition (مدرب الفريق، الإسباني فلان،), then the surname',
    text: 'وقال مدرب الوحدات، الإسباني خوان لوبيز، إن «الفريق لعب بشجاعة». وتابع لوبيز: «سنعود أقوى».',
    quotes: [
      ['الفريق لعب بشجاعة', 'partial', 'خوان لوبيز'],
      ['سنعود أقوى', 'direct', 'خوان لوبيز'],
    ],
  },
  {
    what: "a participle's subject is its sentence's, named after a verb that reports nothing",
    text: 'وقال الوزير سمير حداد إن «الموازنة متوازنة». في المقابل، حمّل رئيس لجنة المالية، النائب كمال عيسى، الحكومة مسؤولية العجز، مؤكدا أن «الأرقام مضللة».',
    quotes: [
      ['الموازنة متوازنة', 'partial', 'سمير حداد'],
      ['الأرقام مضللة', 'partial', 'كمال عيسى'],
    ],
  },
  {
    what: 'a person named deeper in the clause is an object: the participle goes on with the speaker',
    text: 'وقال الوزير سمير حداد إن «الموازنة متوازنة». وتطرق حداد إلى زيارة المبعوث الأوروبي، هانز مولر، مؤكدا أنها «زيارة مهمة».',
    quotes: [
      ['الموازنة متوازنة', 'partial', 'سمير حداد'],
      ['زيارة مهمة', 'partial', 'سمير حداد'],
    ],
  },
  {
    what: 'المتحدث ذاته is the one who spoke last',
    text: 'وقال الأمين العام للحزب نبيل الساحلي إن «الغلاء تجاوز كل الحدود». وأضاف المتحدث ذاته أن الحزب «لن يصمت».',
    quotes: [
      ['الغلاء تجاوز كل الحدود', 'partial', 'نبيل الساحلي'],
      ['لن يصمت', 'partial', 'نبيل الساحلي'],
    ],
  },
  {
    what: 'a compound name between commas after a verb with an object keeps its surname (عبد الله الشامي)',
    text: 'ونفى المتحدث باسم الجماعة، عبد الرحمن الشامي، هذه الأنباء، واصفا إياها بأنها «مفبركة».',
    quotes: [['مفبركة', 'partial', 'عبد الرحمن الشامي']],
  },
  {
    what: 'وزاد before a colon reports (Gulf papers)',
    text: 'وأكد النائب خالد المطيري أن «القانون معيب». وزاد المطيري: «لن نصوت عليه».',
    quotes: [
      ['القانون معيب', 'partial', 'خالد المطيري'],
      ['لن نصوت عليه', 'direct', 'خالد المطيري'],
    ],
  },
  {
    what: 'زاد with a subject and no colon or أن after it is "increased": the cue is later',
    text: 'وزاد عدد المصابين إلى أربعين، بحسب ما قال مدير المستشفى علي حسن: «الوضع كارثي».',
    quotes: [['الوضع كارثي', 'direct', 'علي حسن']],
  },
  {
    what: 'a relative clause after a name and its title in apposition: الذي stands for the name',
    text: 'وتطابقت تصريحات اللاعبة مع تصريحات جون ميلر، رئيس اللجنة المنظمة، الذي عبر عن «أسفه العميق» لما حدث.',
    quotes: [['أسفه العميق', 'partial', 'جون ميلر']],
  },
  {
    what: 'a relative clause after a woman named with her title in apposition (التي قالت)',
    text: 'وكان اللقاء مع سلمى حداد، رئيسة الجمعية، التي قالت إن «التبرعات تراجعت».',
    quotes: [['التبرعات تراجعت', 'partial', 'سلمى حداد']],
  },
  {
    what: 'a body learnt from the verb opening its sentence does not take a dropped subject from a man',
    text: 'أصدرت وزارة الصحة تعليمات جديدة للمستشفيات. وقال الوزير علي حسن: «الوضع مستقر». وأضاف: «لا داعي للقلق».',
    quotes: [
      ['الوضع مستقر', 'direct', 'علي حسن'],
      ['لا داعي للقلق', 'direct', 'علي حسن'],
    ],
  },
  {
    what: 'an adjective of rank after an unnamed official (مسؤول أمني كبير) governs nothing: the agency is the object',
    text: 'وأبلغ مسؤول حكومي رفيع وكالة الأنباء الألمانية أن «المحادثات توقفت».',
    quotes: [['المحادثات توقفت', 'partial', 'مسؤول حكومي رفيع']],
  },
  {
    what: 'كبير heading a title still governs (كبير المفاوضين), and كبير before في keeps the body out of the name',
    text: 'وقال كبير المفاوضين سامي حداد إن «الحوار مستمر». وقال مسؤول أمني كبير في الوزارة إن «التحقيق جار».',
    quotes: [
      ['الحوار مستمر', 'partial', 'سامي حداد'],
      ['التحقيق جار', 'partial', 'مسؤول أمني كبير'],
    ],
  },
  {
    what: 'a first name alone after a verb with an object, then ، وهي … agreeing with it: a person introduced',
    text: 'وقال الوزير سامي حداد إن «الوضع صعب». وروت فاطمة، وهي أم لثلاثة أطفال، ما حدث: «فقدنا كل شيء».',
    quotes: [
      ['الوضع صعب', 'partial', 'سامي حداد'],
      ['فقدنا كل شيء', 'direct', 'فاطمة'],
    ],
  },
  {
    what: 'an object then ، وهي … of the other gender than the verb, or with the article: still an object',
    text: 'وقال الوزير سامي حداد إن «الوضع صعب». وانتقد خطة، وهي الثالثة هذا العام، قائلا: «لن تنجح». ثم انتقد القرار، وهو الثاني، قائلا: «لن ينجح».',
    quotes: [
      ['الوضع صعب', 'partial', 'سامي حداد'],
      ['لن تنجح', 'direct', 'سامي حداد'],
      ['لن ينجح', 'direct', 'سامي حداد'],
    ],
  },
  {
    what: 'a relative clause right after a title behind ل and a name (للمخرج السوري فلان، الذي قال)',
    text: 'وعرض المهرجان فيلم «الضفة الأخرى» للمخرجة التونسية سلمى الجزيري، التي قالت للصحفيين إن فيلمها «يحكي قصة ثلاث نساء في قرية منسية».',
    quotes: [
      ['الضفة الأخرى', 'mention', null],
      ['يحكي قصة ثلاث نساء في قرية منسية', 'partial', 'سلمى الجزيري'],
    ],
  },
  {
    what: 'a title, then between commas a second title with its nationality and the name',
    text: 'وقال رئيس لجنة التحكيم، المخرج المغربي كريم بناني، إن «المنافسة كانت صعبة».',
    quotes: [['المنافسة كانت صعبة', 'partial', 'كريم بناني']],
  },
  {
    what: 'a title word before the surname of a person named in full is that person (الرئيس الأسد)',
    text: 'وقال رئيس الوزراء الأردني فيصل الخصاونة إن «الموازنة صعبة». وأضاف الرئيس الخصاونة أن «الدعم باق».',
    quotes: [
      ['الموازنة صعبة', 'partial', 'فيصل الخصاونة'],
      ['الدعم باق', 'partial', 'فيصل الخصاونة'],
    ],
  },
  {
    what: 'a body learnt after a sentence-opening verb keeps an adjective that a comma closes',
    text: 'وقضت محكمة التمييز الأردنية، أمس، بتأييد الحكم. وقالت المحكمة في حيثياتها إن «الأدلة قطعية».',
    quotes: [['الأدلة قطعية', 'partial', 'محكمة التمييز الأردنية']],
  },
  {
    what: "a body's field after ل and the article stays in its name after a verb with an object",
    text: 'حذر المركز الوطني للأرصاد، الأحد، من أمطار غزيرة. وقال المركز في تنبيه إن «السيول محتملة».',
    quotes: [['السيول محتملة', 'partial', 'المركز الوطني للأرصاد']],
  },
  {
    what: 'a verb right after إنه has that pronoun for subject, the speaker, not the noun after it',
    text: 'وقال المزارع سالم الحارثي إنه نقل أغنامه إلى مكان آمن، مضيفا: «خسرنا كل شيء العام الماضي».',
    quotes: [['خسرنا كل شيء العام الماضي', 'direct', 'سالم الحارثي']],
  },
  {
    what: 'a name whose last word reads as ف and a verb (فرد) before a comma is still the name',
    text: 'وقال المتحدث باسم الخارجية، علي أكبر صالحي فرد، إن «المفاوضات ستستأنف».',
    quotes: [['المفاوضات ستستأنف', 'partial', 'علي أكبر صالحي فرد']],
  },
  {
    what: "a carrier's short name in brackets before عن: the words are the source's",
    text: 'ونقلت وكالة الأنباء القطرية (قنا) عن الوزير خالد العطية قوله: «الوساطة مستمرة».',
    quotes: [['الوساطة مستمرة', 'direct', 'خالد العطية']],
  },
  {
    what: 'a naming noun with a pronoun and one adjective before a short quote names the work (روايته الأخيرة «…»)',
    text: 'وتحدث الكاتب سمير القاسم عن روايته الأخيرة «ليل الموانئ»، وقال إن «الكتابة علاج».',
    quotes: [
      ['ليل الموانئ', 'mention', null],
      ['الكتابة علاج', 'partial', 'سمير القاسم'],
    ],
  },
  {
    what: 'a club learnt after a sentence-opening verb is called by its own name alone later (الزمالك)',
    text: 'حسم نادي الوحدات صفقة المهاجم. وأعلن الوحدات، في بيان، أنه «أنهى كل الإجراءات».',
    quotes: [['أنهى كل الإجراءات', 'partial', 'نادي الوحدات']],
  },
  {
    what: 'after a relative, a verb with an object has the antecedent for subject (مدرب الفريق، البرتغالي فلان، الذي وصف المهاجم)',
    text: 'وقال اللاعب سامي العلي إنه جاهز. وسيشارك في المباراة المقبلة، بحسب مدرب الفريق، البرتغالي نونو سيلفا، الذي وصف المهاجم بأنه «قطعة ناقصة».',
    quotes: [['قطعة ناقصة', 'partial', 'نونو سيلفا']],
  },
  {
    what: 'a title behind ل before a quote is whom the words concern, not a title waiting for a name',
    text: 'وقال رئيس النادي علي حسن إن الصفقة «تاريخية»، متمنيا للاعب «التوفيق في مهمته الجديدة».',
    quotes: [
      ['تاريخية', 'partial', 'علي حسن'],
      ['التوفيق في مهمته الجديدة', 'partial', 'علي حسن'],
    ],
  },
  {
    what: 'a name in apposition whose أل carries a hamza (أليخاندرو) is no definite word',
    text: 'أما رئيس وفد المعارضة، ألبرتو غارسيا، فأكد أن الحركة «لن تتراجع».',
    quotes: [['لن تتراجع', 'partial', 'ألبرتو غارسيا']],
  },
  {
    what: 'an honorific before a known nisba-shaped surname is that person (الدكتور المري)',
    text: 'قال الدكتور سالم بن راشد المري إن الجولة «حققت تقدما». وأوضح الدكتور المري أن «الوفدين اتفقا».',
    quotes: [
      ['حققت تقدما', 'partial', 'سالم بن راشد المري'],
      ['الوفدين اتفقا', 'partial', 'سالم بن راشد المري'],
    ],
  },
  {
    what: 'أظهر before أن reports a finding; أظهر before a quoted object reports nothing',
    text: 'وأظهرت دراسة حديثة أن «نصف الأسر تعاني من الديون». وأظهرت الصور «دمارا واسعا» في الحي.',
    quotes: [
      ['نصف الأسر تعاني من الديون', 'partial', 'دراسة حديثة'],
      ['دمارا واسعا', 'mention', null],
    ],
  },
  {
    what: "a participle after a reporting verb with no quote of its own takes that verb's subject",
    text: 'قالت النيابة العامة إن «المتهم مذنب». وكانت محكمة الجنايات قد رفضت طلب الدفاع، معتبرة أن «الأدلة كافية».',
    quotes: [
      ['المتهم مذنب', 'partial', 'النيابة العامة'],
      ['الأدلة كافية', 'partial', 'محكمة الجنايات'],
    ],
  },
  {
    what: 'a participle after وكان + a body + قد + a verb that reports nothing takes that body',
    text: 'قالت النيابة العامة إن «المتهم مذنب».\n\nوكانت محكمة الجنايات قد أجلت الجلسة، معتبرة أن «الملف ناقص».',
    quotes: [
      ['المتهم مذنب', 'partial', 'النيابة العامة'],
      ['الملف ناقص', 'partial', 'محكمة الجنايات'],
    ],
  },
  {
    what: 'آن (Anne) after an honorific in apposition is a first name, not the complementiser',
    text: 'وقالت المديرة الإقليمية للمنظمة، الدكتورة آن مارتن، إن «الوضع الصحي مستقر».',
    quotes: [['الوضع الصحي مستقر', 'partial', 'آن مارتن']],
  },
];

/** Misfires of the day's rules found by a second review (each row failed before its fix). */
export const reviewRows7: readonly Row[] = [
  {
    what: 'after ، وقال a definite title with its name between commas (المدرب المتوج، فلان، إلى …) is the speaker, no object needed',
    text: 'وقال قائد الفريق سامي الشهري للصحفيين: «المباراة كانت صعبة».\n\nوصعد المدرب المتوج، فهد الزامل، إلى المنصة بعد التتويج، وقال: «هذا اللقب للجماهير».',
    quotes: [
      ['المباراة كانت صعبة', 'direct', 'سامي الشهري'],
      ['هذا اللقب للجماهير', 'direct', 'فهد الزامل'],
    ],
  },
  {
    what: 'a describing participle after a head and its adjective is part of the body’s name',
    text: 'أصدرت المحكمة الجزائية في جدة حكمها أمس.\nوقالت المحكمة الجزائية المتخصصة في الرياض: «الحكم نهائي».',
    quotes: [['الحكم نهائي', 'direct', 'المحكمة الجزائية المتخصصة']],
  },
  {
    what: 'guard: a describing participle after a body named by a word without the article ends the name',
    text: 'وقالت منظمة أوكسفام المعنية بمكافحة الفقر إن الوضع «كارثي».',
    quotes: [['كارثي', 'partial', 'منظمة أوكسفام']],
  },
  {
    what: 'after ، وقال a title that runs from the subject into the object’s (الوزير الفالح الأمير فلان) is not the speaker',
    text: 'وقال الوزير خالد الفالح: «نحن مستعدون».\n\nوكرم الوزير الفالح الأمير سعود بن نايف، وقال: «شكرا لكم».',
    quotes: [
      ['نحن مستعدون', 'direct', 'خالد الفالح'],
      ['شكرا لكم', 'direct', 'خالد الفالح'],
    ],
  },
  {
    what: 'after ، وقال a title and full name with no object after them (a verb that takes none) is not the speaker',
    text: 'قال المتحدث باسم الأسرة أحمد الشمري: «نحتسبه عند الله».\n\nوتوفي الأمير بندر بن عبدالعزيز أمس، وقال: «كان رجلا عظيما».',
    quotes: [
      ['نحتسبه عند الله', 'direct', 'أحمد الشمري'],
      ['كان رجلا عظيما', 'direct', 'أحمد الشمري'],
    ],
  },
  {
    what: 'guard: after ، وقال a title and full name with the verb’s object after them is the speaker',
    text: 'وقال المتحدث محمد العلي: «نحن مستعدون».\n\nواستقبل الوزير خالد بن سلمان الوفد الأمريكي، وقال: «العلاقات قوية».',
    quotes: [
      ['نحن مستعدون', 'direct', 'محمد العلي'],
      ['العلاقات قوية', 'direct', 'خالد بن سلمان'],
    ],
  },
  {
    what: 'المدرب alone does not call back a company’s technical director (المدير الفني لشركة …)',
    text: 'وقال المدير الفني لشركة الاتصالات الوطنية سامر الخطيب إن الشبكة «ستعمل قريبا».\n\nوقال المدرب: «اللاعبون جاهزون».',
    quotes: [
      ['ستعمل قريبا', 'partial', 'سامر الخطيب'],
      ['اللاعبون جاهزون', 'direct', 'المدرب'],
    ],
  },
  {
    what: 'guard: المدرب alone calls back a club’s technical director (المدير الفني لنادي …)',
    text: 'وقال المدير الفني لنادي الهلال سامر الخطيب إن الفريق «سيعود أقوى».\n\nوقال المدرب: «اللاعبون جاهزون».',
    quotes: [
      ['سيعود أقوى', 'partial', 'سامر الخطيب'],
      ['اللاعبون جاهزون', 'direct', 'سامر الخطيب'],
    ],
  },
  {
    what: 'an adjective that qualifies the decision (النهائي) is not part of the council’s name in its genitive',
    text: 'أثار قرار مجلس الوزراء النهائي بإغلاق المعابر جدلا واسعا.\nوقال المجلس في بيان: «القرار لا رجعة فيه».',
    quotes: [['القرار لا رجعة فيه', 'direct', 'مجلس الوزراء']],
  },
  {
    what: 'a masculine adjective after a feminine ministry and its feminine genitive qualifies the noun before them',
    text: 'أثار تعميم وزارة الداخلية الإداري بشأن الإجازات انتقادات.\nوقالت الوزارة: «التعميم يطبق على الجميع».',
    quotes: [['التعميم يطبق على الجميع', 'direct', 'وزارة الداخلية']],
  },
  {
    what: 'guard: an adjective of origin that agrees with the ministry in a genitive is part of its name',
    text: 'أثار قرار وزارة التربية المصرية إلغاء الامتحانات جدلا.\nوقالت الوزارة: «القرار نهائي».',
    quotes: [['القرار نهائي', 'direct', 'وزارة التربية المصرية']],
  },
  {
    what: 'فان without its hamza after a cue, before words with a possessive pronoun, is فإن: the speaker goes on',
    text: 'وقال وزير الخارجية سامي العلي للصحفيين: «المحادثات مستمرة».\nواضاف فان موقف بلاده «ثابت ولن يتغير»، واوضح فان وزارته «ستعمل على الحل».',
    quotes: [
      ['المحادثات مستمرة', 'direct', 'سامي العلي'],
      ['ثابت ولن يتغير', 'partial', 'سامي العلي'],
      ['ستعمل على الحل', 'partial', 'سامي العلي'],
    ],
  },
  {
    what: 'guard: فان right after a cue and before a plain word is the particle of a surname',
    text: 'وقال وزير الخارجية سامي العلي للصحفيين: «المحادثات مستمرة».\nوقال فان بيرغن: «نحن مستعدون للحوار».',
    quotes: [
      ['المحادثات مستمرة', 'direct', 'سامي العلي'],
      ['نحن مستعدون للحوار', 'direct', 'فان بيرغن'],
    ],
  },
  {
    what: 'بحسب بيان أصدرته and a time, no issuer named after the verb: the body on the floor issued it',
    text: 'قالت وزارة الصحة في مؤتمر صحفي: «الوضع تحت السيطرة».\n«لا إصابات جديدة»، بحسب بيان أصدرته مساء الخميس.',
    quotes: [
      ['الوضع تحت السيطرة', 'direct', 'وزارة الصحة'],
      ['لا إصابات جديدة', 'direct', 'وزارة الصحة'],
    ],
  },
  {
    what: 'guard: بحسب بيان أصدره with a masculine verb and a time after it: the masculine body on the floor issued it',
    text: 'وقال الجيش اللبناني: «أحبطنا محاولة تسلل».\n«لا خسائر في صفوفنا»، بحسب بيان أصدره مساء أمس.',
    quotes: [
      ['أحبطنا محاولة تسلل', 'direct', 'الجيش اللبناني'],
      ['لا خسائر في صفوفنا', 'direct', 'الجيش اللبناني'],
    ],
  },
  {
    what: 'a surname shaped like a title in the accusative (أميرا) that ends the name before the colon is a name',
    text: 'وقال الرئيس التنفيذي للشركة أحمد أميرا: «سنضاعف الاستثمارات».',
    quotes: [['سنضاعف الاستثمارات', 'direct', 'أحمد أميرا']],
  },
  {
    what: 'a surname in بو ending in ها before the colon is a name, not ب and a possessed noun',
    text: 'وقال مهاجم الفريق محمد بوعزها: «سنقاتل حتى النهاية».',
    quotes: [['سنقاتل حتى النهاية', 'direct', 'محمد بوعزها']],
  },
  {
    what: 'guard: ب and a possessed noun after a name with words after it is the verb’s complement',
    text: 'وأشاد المدرب سامي الحربي بلاعبيه وبأدائهم في المباراة، وقال: «قدمنا مستوى رائعا».',
    quotes: [['قدمنا مستوى رائعا', 'direct', 'سامي الحربي']],
  },
];

/** Misfires of the day's rules found by a third review (each row failed before its fix). */
export const reviewRows8: readonly Row[] = [
  {
    what: 'a known surname with the article, then a plain word, opens another man’s name (الطيب مصطفى)',
    text: 'قال الوزير محمد الطيب: «الموازنة جاهزة». وقال الطيب مصطفى، رئيس منبر السلام العادل: «نرفض الموازنة».',
    quotes: [
      ['الموازنة جاهزة', 'direct', 'محمد الطيب'],
      ['نرفض الموازنة', 'direct', 'الطيب مصطفى'],
    ],
  },
  {
    what: 'a known surname with the article before a name with بن is another man’s title and name',
    text: 'وقال المحامي أحمد الشريف: «موكلي بريء». وقال الشريف حسين بن علي: «لن نقبل بالتسوية».',
    quotes: [
      ['موكلي بريء', 'direct', 'أحمد الشريف'],
      ['لن نقبل بالتسوية', 'direct', 'الشريف حسين بن علي'],
    ],
  },
  {
    what: 'a title’s definite adjective (السابق) before بن is the title’s, not a first name',
    text: 'وقال الرئيس السابق بن علي في كلمته: «لن أترشح للانتخابات».',
    quotes: [['لن أترشح للانتخابات', 'direct', 'بن علي']],
  },
  {
    what: 'العام and an ordinal (الأول) after a title before بن are the title’s, not a first name',
    text: 'وقال المدير العام بن سالم للصحفيين: «الشركة رابحة». وقال الأمين الأول بن صالح: «الحزب موحد».',
    quotes: [
      ['الشركة رابحة', 'direct', 'بن سالم'],
      ['الحزب موحد', 'direct', 'بن صالح'],
    ],
  },
  {
    what: 'a woman’s name in ت, then two words in ة and ية before the colon, is her name, not a verb and its object',
    text: 'وقالت النائبة ميرفت سلامة عطية: «سنصوت ضد القانون».',
    quotes: [['سنصوت ضد القانون', 'direct', 'ميرفت سلامة عطية']],
  },
  {
    what: 'a woman’s name in ت, then two words in ة and ية before إن, is her name',
    text: 'وقالت وزيرة التخطيط نعمت رضوة عطية إن الموازنة «متوازنة».',
    quotes: [['متوازنة', 'partial', 'نعمت رضوة عطية']],
  },
  {
    what: 'an indefinite subject with dammatan (امرأةٌ) speaks; the imperfect that agrees with it opens its relative clause',
    text: 'وقالت امرأةٌ تقف أمام المخبز: «لم نأكل منذ يومين».',
    quotes: [['لم نأكل منذ يومين', 'direct', 'امرأةٌ']],
  },
  {
    what: 'an indefinite subject with dammatan and its adjective (شابٌ عاطل) speaks',
    text: 'وقال شابٌ عاطل عن العمل في الحي: «لا أمل في الأفق».',
    quotes: [['لا أمل في الأفق', 'direct', 'شابٌ عاطل']],
  },
  {
    what: 'a coordinated وقال after a clause whose subject is a bare definite title, no one else named: that title speaks',
    text: 'وقف الرجل داخل القفص وقال: «أنا بريء».',
    quotes: [['أنا بريء', 'direct', 'الرجل']],
  },
  {
    what: 'the same with a comma before وقالت: the clause’s definite title speaks',
    text: 'جلست المرأة أمام باب المحكمة ساعات طويلة، وقالت: «أريد أن أرى ابني».',
    quotes: [['أريد أن أرى ابني', 'direct', 'المرأة']],
  },
  {
    what: 'an unnamed official داخل a body keeps his body, as with في, so that two unnamed officials stay apart',
    text: 'وقال مسؤول داخل الحزب الحاكم لرويترز: «هناك انقسام حاد». وقال مسؤول في وزارة الدفاع: «لا تعليق لدينا».',
    quotes: [
      ['هناك انقسام حاد', 'direct', 'الحزب الحاكم'],
      ['لا تعليق لدينا', 'direct', 'وزارة الدفاع'],
    ],
  },
  {
    what: 'after a chain of بن, a broken plural of people before a plural participle is the verb’s object',
    text: 'واستقبل الأمير فيصل بن بندر بن عبدالعزيز السفراء المعتمدين لدى المملكة، وقال: «نرحب بكم في الرياض».',
    quotes: [['نرحب بكم في الرياض', 'direct', 'فيصل بن بندر بن عبدالعزيز']],
  },
  {
    what: 'guard: a family name after a chain of بن stays the name’s before a plural participle',
    text: 'واستقبل الشيخ سعد بن ناصر بن عبدالله المنيف المشاركين في الملتقى، وقال: «نرحب بضيوفنا».',
    quotes: [['نرحب بضيوفنا', 'direct', 'سعد بن ناصر بن عبدالله المنيف']],
  },
  {
    what: 'مؤشر after a complementiser with its pronoun (بأنها مؤشر) is a predicate: the quote is what he calls it',
    text: 'ووصف الخبير الاقتصادي سامي النجار الأرقام بأنها مؤشر «خطير على الاقتصاد».',
    quotes: [['خطير على الاقتصاد', 'partial', 'سامي النجار']],
  },
  {
    what: 'مؤشر after أنه, in a participle’s clause, is a predicate too',
    text: 'وقال الخبير الاقتصادي سامي النجار إن تراجع الصادرات «يقلق المستثمرين»، معتبرا أنه مؤشر «سلبي».',
    quotes: [
      ['يقلق المستثمرين', 'partial', 'سامي النجار'],
      ['سلبي', 'partial', 'سامي النجار'],
    ],
  },
  {
    what: 'guard: مؤشر after a bare أن is still a market index and its quoted name',
    text: 'وأشار التقرير إلى أن مؤشر «داو جونز» تراجع أمس بنسبة واحد في المئة.',
    quotes: [['داو جونز', 'mention', null]],
  },
  {
    what: 'a town of two words after ب and a place’s head (بمحافظة أبو عريش) is the title’s, and the name follows it',
    text: 'وقال مدير الشرطة بمحافظة أبو عريش علي الحازمي: «نتابع القضية منذ يومين».',
    quotes: [['نتابع القضية منذ يومين', 'direct', 'علي الحازمي']],
  },
  {
    what: 'a town of two words after بمحافظة and no name: the title whole is the speaker',
    text: 'وقال مدير التعليم بمحافظة خميس مشيط: «الاختبارات تبدأ الأحد المقبل في جميع المدارس».',
    quotes: [['الاختبارات تبدأ الأحد المقبل في جميع المدارس', 'direct', 'مدير التعليم بمحافظة خميس مشيط']],
  },
  {
    what: 'a broken plural of people after a definite title is the object of نصح, not the speaker’s word',
    text: 'ونصح الطبيب المرضى: «لا تخرجوا في الحر إلا للضرورة».',
    quotes: [['لا تخرجوا في الحر إلا للضرورة', 'direct', 'الطبيب']],
  },
  {
    what: 'the same after a title in construct (حث مدير التعليم الطلاب)',
    text: 'وحث مدير التعليم الطلاب: «راجعوا دروسكم جيدا قبل الاختبارات».',
    quotes: [['راجعوا دروسكم جيدا قبل الاختبارات', 'direct', 'مدير التعليم']],
  },
  {
    what: 'guard: such a plural as a genitive in a title stays the title’s (رئيس اتحاد الطلاب)',
    text: 'وقال رئيس اتحاد الطلاب: «نرفض القرار ونطالب بمراجعته».',
    quotes: [['نرفض القرار ونطالب بمراجعته', 'direct', 'رئيس اتحاد الطلاب']],
  },
  {
    what: 'a dual cue with no subject does not go on from one man: the pair is not named, so no speaker',
    text: 'قال الطبيب خالد العمري: «الحالة مستقرة». وأكدا في بيان مشترك أن «الحالة تتحسن».',
    quotes: [
      ['الحالة مستقرة', 'direct', 'خالد العمري'],
      ['الحالة تتحسن', 'partial', null],
    ],
  },
  {
    what: 'guard: a dual cue goes on from two people named together',
    text: 'وقال الوزير سامي النجار ونظيره الأردني خالد العمري في مؤتمر صحفي: «الاتفاق جاهز». وأكدا أن «التوقيع سيتم قريبا».',
    quotes: [
      ['الاتفاق جاهز', 'direct', 'سامي النجار وخالد العمري'],
      ['التوقيع سيتم قريبا', 'partial', 'سامي النجار وخالد العمري'],
    ],
  },
  {
    what: 'a body’s head alone is not given to the body learnt first when a title has named another body of that head since',
    text: 'أعلنت الهيئة العليا للانتخابات، أن النتائج ستعلن غدا. وقال رئيس الهيئة الوطنية الإعلامية: «نتابع التغطية». وأكدت الهيئة: «لا تزوير في النتائج».',
    quotes: [
      ['نتابع التغطية', 'direct', 'رئيس الهيئة الوطنية الإعلامية'],
      ['لا تزوير في النتائج', 'direct', 'الهيئة'],
    ],
  },
  {
    what: 'guard: a title naming the same body again leaves its head alone to it',
    text: 'أعلنت الهيئة العليا للانتخابات، أن النتائج ستعلن غدا. وقال رئيس الهيئة العليا للانتخابات سامي النجار: «الفرز مستمر». وأكدت الهيئة في بيان: «لا تزوير في النتائج».',
    quotes: [
      ['الفرز مستمر', 'direct', 'سامي النجار'],
      ['لا تزوير في النتائج', 'direct', 'الهيئة العليا للانتخابات'],
    ],
  },
];

/** Misfires of the day's rules found by the fourth review, each with the rule's own case kept. */
export const reviewRows9: readonly Row[] = [
  {
    what: 'an event after في (حفل تكريم, عزاء, افتتاح) does not carry the title to the person honoured there',
    text: 'وقال مدير الجامعة في حفل تكريم الدكتور أحمد الغامدي: «نفخر بعطائه». وقال قائد الشرطة في جنازة اللواء سعيد: «فقدنا رجلا شجاعا». وقالت وزيرة التضامن في افتتاح مركز الدكتور مجدي يعقوب: «هذا صرح طبي كبير».',
    quotes: [
      ['نفخر بعطائه', 'direct', 'مدير الجامعة'],
      ['فقدنا رجلا شجاعا', 'direct', 'قائد الشرطة'],
      ['هذا صرح طبي كبير', 'direct', 'وزيرة التضامن'],
    ],
  },
  {
    what: 'a place after في in a title still runs to the rank and the name (مدير الأمن في محافظة صنعاء العميد)',
    text: 'وقال مدير الأمن في محافظة صنعاء العميد أحمد: «الوضع آمن».',
    quotes: [['الوضع آمن', 'direct', 'أحمد']],
  },
  {
    what: 'the clause’s definite title speaks alone, not with its verb’s definite object (دخل الوزير القاعة وقال)',
    text: 'دخل الوزير القاعة وقال: «أهلا بكم في المؤتمر».\n\nاستقبلت الوزيرة الوفد وقالت: «نرحب بالتعاون».\n\nدخل الرئيس السوداني القاعة وقال: «السلام أولا».',
    quotes: [
      ['أهلا بكم في المؤتمر', 'direct', 'الوزير'],
      ['نرحب بالتعاون', 'direct', 'الوزيرة'],
      ['السلام أولا', 'direct', 'الرئيس السوداني'],
    ],
  },
  {
    what: 'the clause’s definite title before داخل still speaks (وقف الرجل داخل القفص وقال)',
    text: 'وقف الرجل داخل القفص وقال: «أنا بريء».',
    quotes: [['أنا بريء', 'direct', 'الرجل']],
  },
  {
    what: 'an adjective of rank between an unnamed source and داخل does not make داخل his name',
    text: 'وقال مسؤول كبير داخل الحزب إن «القرار نهائي ولا رجعة عنه».\n\n«الاجتماع تأجل»، قال مسؤول آخر داخل الحزب.',
    quotes: [
      ['القرار نهائي ولا رجعة عنه', 'partial', 'مسؤول كبير'],
      ['الاجتماع تأجل', 'direct', 'مسؤول آخر'],
    ],
  },
  {
    what: 'an unnamed source right before داخل keeps his body, as with في (مسؤول داخل الحزب الحاكم)',
    text: 'وقال مسؤول داخل الحزب الحاكم إن «المؤتمر في موعده».',
    quotes: [['المؤتمر في موعده', 'partial', 'الحزب الحاكم']],
  },
  {
    what: 'إن after a spelt-out channel before an indefinite word is the complementiser, not the letter N',
    text: 'وقالت قناة إم بي سي إن برنامجا جديدا «سيعرض في رمضان».',
    quotes: [['سيعرض في رمضان', 'partial', 'قناة إم بي سي']],
  },
  {
    what: 'إن after a spelt-out channel before a plain plural (مصادر) is the complementiser',
    text: 'وذكرت قناة بي بي سي إن مصادر «أكدت الخبر».',
    quotes: [['أكدت الخبر', 'partial', 'قناة بي بي سي']],
  },
  {
    what: 'إن between letters or before a brand’s word is still the letter N (سي إن بي سي, بي إن سبورتس)',
    text: 'وقالت شبكة سي إن بي سي إن الأسواق «تتراجع بقوة».\n\nوقال المعلق في شبكة بي إن سبورتس، عصام الشوالي، إن المباراة «كانت صعبة».',
    quotes: [
      ['تتراجع بقوة', 'partial', 'شبكة سي إن بي سي'],
      ['كانت صعبة', 'partial', 'عصام الشوالي'],
    ],
  },
  {
    what: 'a statement’s issuer after ل is a title or رئاسة without the preposition (بيان لوزير الخارجية)',
    text: 'ونقلت الوكالة عن بيان لوزير الخارجية الكويتي أن «الوساطة مستمرة».\n\nونقلت الصحيفة عن بيان لرئاسة الجمهورية أن «الزيارة تأجلت».',
    quotes: [
      ['الوساطة مستمرة', 'partial', 'وزير الخارجية الكويتي'],
      ['الزيارة تأجلت', 'partial', 'رئاسة الجمهورية'],
    ],
  },
  {
    what: 'a ministry after ل in a relayed statement still names the ministry (بيان لوزارة الخارجية)',
    text: 'ونقلت الوكالة عن بيان لوزارة الخارجية أن «الحدود مفتوحة».',
    quotes: [['الحدود مفتوحة', 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'a one-word name before what its bearer delivers (قصيدة, كلمة) ends there; قال بعدها takes the name',
    text: 'وقرأ الشاعر جاسم قصيدة جميلة عن الوطن، قال بعدها: «الشعر حياة».\n\nوألقت الطالبة ريم محاضرة قصيرة، قالت فيها: «العلم نور».',
    quotes: [
      ['الشعر حياة', 'direct', 'جاسم'],
      ['العلم نور', 'direct', 'ريم'],
    ],
  },
  {
    what: 'a two-word name before قصيدة still speaks after قال بعدها (الشاعر جاسم الصحيح)',
    text: 'قرأ الشاعر جاسم الصحيح قصيدة جميلة، قال بعدها: «الشعر حياة».',
    quotes: [['الشعر حياة', 'direct', 'جاسم الصحيح']],
  },
  {
    what: 'a spelt-out channel after a title is the title’s body, not the speaker’s name (محلل سي إن بي سي)',
    text: 'وقال محلل سي إن بي سي إن «الأسواق تتراجع».',
    quotes: [['الأسواق تتراجع', 'partial', 'محلل سي إن بي سي']],
  },
  {
    what: 'a spelt-out channel after a title, then a name: the name speaks (محلل سي إن بي سي للأسواق فلان)',
    text: 'وقال محلل سي إن بي سي للأسواق أحمد خالد: «الأسهم تتراجع».',
    quotes: [['الأسهم تتراجع', 'direct', 'أحمد خالد']],
  },
];

/** Misfires a fifth review found in the rules for unseen news; each row failed before its fix. */
export const reviewRows10: readonly Row[] = [
  {
    what: 'a newcomer of the narration speaks by her name, not with the verb’s object (ترأست هند الزاهد الاجتماع)',
    text: 'قالت الوزيرة: «الخطة جاهزة».\n\nترأست هند الزاهد الاجتماع، وقالت: «نعمل معا». وقالت الزاهد: «شكرا».',
    quotes: [
      ['الخطة جاهزة', 'direct', 'الوزيرة'],
      ['نعمل معا', 'direct', 'هند الزاهد'],
      ['شكرا', 'direct', 'هند الزاهد'],
    ],
  },
  {
    what: 'a newcomer’s name of plain words ends before a definite object with its adjective (الوفد الأمريكي)',
    text: 'قال المتحدث باسم الخارجية: «المحادثات مستمرة».\n\nيرأس أنتوني بلينكن الوفد الأمريكي، وقال: «نأمل في اتفاق قريب».',
    quotes: [
      ['المحادثات مستمرة', 'direct', 'المتحدث باسم الخارجية'],
      ['نأمل في اتفاق قريب', 'direct', 'أنتوني بلينكن'],
    ],
  },
  {
    what: 'a newcomer’s name ends at its family name, before the verb’s object (دشن فهد العتيبي المشروع)',
    text: 'وقال مدير التعليم: «الدراسة تبدأ الأحد».\n\nدشن فهد العتيبي المشروع الجديد في الرياض، وقال: «هذا يوم مهم للمدينة».',
    quotes: [
      ['الدراسة تبدأ الأحد', 'direct', 'مدير التعليم'],
      ['هذا يوم مهم للمدينة', 'direct', 'فهد العتيبي'],
    ],
  },
  {
    what: 'a joiner carries a newcomer’s name past its definite second word (عبد الرحمن الراشد), then the object ends it',
    text: 'وقال مدير التعليم: «الدراسة تبدأ الأحد».\n\nافتتح عبد الرحمن الراشد المعرض في جدة، وقال: «الإقبال فاق توقعاتنا».',
    quotes: [
      ['الدراسة تبدأ الأحد', 'direct', 'مدير التعليم'],
      ['الإقبال فاق توقعاتنا', 'direct', 'عبد الرحمن الراشد'],
    ],
  },
  {
    what: 'وأضاف after a sentence that brings someone in goes on with the one who spoke, not the newcomer',
    text: 'قال قائد الشرطة: «اعتقلنا المشتبه».\n\nكان خالد السبيعي يقود سيارته عندما وقع الحادث. وأضاف: «القضية مغلقة».',
    quotes: [
      ['اعتقلنا المشتبه', 'direct', 'قائد الشرطة'],
      ['القضية مغلقة', 'direct', 'قائد الشرطة'],
    ],
  },
  {
    what: 'وأضافت after a newcomer in narration goes on with the spokeswoman who spoke',
    text: 'قالت المتحدثة باسم المرور: «الطريق مغلق».\n\nكانت نورة القحطاني تقود سيارتها حين وقع الحادث. وأضافت: «الفرق تعمل على فتحه».',
    quotes: [
      ['الطريق مغلق', 'direct', 'المتحدثة باسم المرور'],
      ['الفرق تعمل على فتحه', 'direct', 'المتحدثة باسم المرور'],
    ],
  },
  {
    what: 'وقال after a sentence that brings someone in is still his, by his name without the verb after it',
    text: 'قال قائد الشرطة: «اعتقلنا المشتبه».\n\nكان خالد السبيعي يقود سيارته عندما وقع الحادث. وقال: «لم أر شيئا».',
    quotes: [
      ['اعتقلنا المشتبه', 'direct', 'قائد الشرطة'],
      ['لم أر شيئا', 'direct', 'خالد السبيعي'],
    ],
  },
  {
    what: 'the second of a pair after a verb is learnt by his name, not with the verb’s object (السيسي الوفود)',
    text: 'استقبل خادم الحرمين الشريفين الملك سلمان والرئيس المصري عبدالفتاح السيسي الوفود. وقال الرئيس المصري: «نرحب بكم». وقال السيسي: «شكرا».',
    quotes: [
      ['نرحب بكم', 'direct', 'عبدالفتاح السيسي'],
      ['شكرا', 'direct', 'عبدالفتاح السيسي'],
    ],
  },
  {
    what: 'the second of a pair ends at his family name before the pilgrims received (توفيق الربيعة الحجاج)',
    text: 'استقبل أمير منطقة مكة الأمير خالد الفيصل ووزير الحج توفيق الربيعة الحجاج في منى. وقال وزير الحج: «الخدمات جاهزة».',
    quotes: [['الخدمات جاهزة', 'direct', 'توفيق الربيعة']],
  },
  {
    what: 'the second of a pair ends before a definite object with its adjective (أحمد الشرع الوفد الأمريكي)',
    text: 'استقبل أمير قطر الشيخ تميم بن حمد والرئيس السوري أحمد الشرع الوفد الأمريكي في الدوحة. وقال الرئيس السوري: «نريد رفع العقوبات».',
    quotes: [['نريد رفع العقوبات', 'direct', 'أحمد الشرع']],
  },
  {
    what: 'the second of a pair is learnt with his title before the winners honoured (عادل العسومي الفائزين)',
    text: 'كرم الأمين العام لجامعة الدول العربية أحمد أبو الغيط ورئيس البرلمان العربي عادل العسومي الفائزين بالجائزة. وقال رئيس البرلمان العربي: «هذا تكريم مستحق».',
    quotes: [['هذا تكريم مستحق', 'direct', 'عادل العسومي']],
  },
  {
    what: 'the second of a pair closed by في keeps his whole name with its joiner (فيصل بن فرحان)',
    text: 'استقبل ولي العهد الأمير محمد بن سلمان ووزير الخارجية الأمير فيصل بن فرحان في جدة. وقال وزير الخارجية: «العلاقات متينة».',
    quotes: [['العلاقات متينة', 'direct', 'فيصل بن فرحان']],
  },
  {
    what: 'a body after the first verb speaks by its name, not with the verb’s definite object (نقابة الفنانين الفنان الراحل)',
    text: 'ونعت نقابة الفنانين الفنان الراحل، وقالت: «فقدنا قامة كبيرة».',
    quotes: [['فقدنا قامة كبيرة', 'direct', 'نقابة الفنانين']],
  },
  {
    what: 'a body after the first verb ends before the verb’s complement with ب (وحكمت المحكمة بسجن المتهم)',
    text: 'وحكمت المحكمة بسجن المتهم عامين، وقالت: «العدالة أخذت مجراها».',
    quotes: [['العدالة أخذت مجراها', 'direct', 'المحكمة']],
  },
  {
    what: 'a company after the first verb ends before an indefinite object in ة (شركة أرامكو حصة كبيرة)',
    text: 'قال الوزير: «الخطة جاهزة».\n\nتملك شركة أرامكو حصة كبيرة في المشروع، وقالت: «نعمل معا».',
    quotes: [
      ['الخطة جاهزة', 'direct', 'الوزير'],
      ['نعمل معا', 'direct', 'شركة أرامكو'],
    ],
  },
  {
    what: 'a body’s plural adjective of origin stays its own before the object (هيئة الصحفيين السعوديين الزميل الراحل)',
    text: 'ونعت هيئة الصحفيين السعوديين الزميل الراحل، وقالت: «كان مثالا للمهنية».',
    quotes: [['كان مثالا للمهنية', 'direct', 'هيئة الصحفيين السعوديين']],
  },
  {
    what: 'a body’s nisba after its genitive is still its own (منظمة العفو الدولية الحكم)',
    text: 'وأدانت منظمة العفو الدولية الحكم، وقالت: «الحكم جائر».',
    quotes: [['الحكم جائر', 'direct', 'منظمة العفو الدولية']],
  },
  {
    what: 'an Arab name after a foreign nationality keeps its family name before a colon (الإسرائيلي أحمد الطيبي:)',
    text: 'قال عضو الكنيست الإسرائيلي أحمد الطيبي: «لن نسكت على هذا القانون».',
    quotes: [['لن نسكت على هذا القانون', 'direct', 'أحمد الطيبي']],
  },
  {
    what: 'an Arab name after a foreign nationality keeps its family name before the outlet (أيمن عودة لرويترز إن)',
    text: 'وقال النائب الإسرائيلي أيمن عودة لرويترز إن «الحكومة تدفع نحو التصعيد».',
    quotes: [['الحكومة تدفع نحو التصعيد', 'partial', 'أيمن عودة']],
  },
  {
    what: 'a family name in ة after a foreign nationality is the name’s last word, not an object (كريم بنزيمة:)',
    text: 'وقال مهاجم الاتحاد الفرنسي كريم بنزيمة: «الفوز على الهلال مهم للجماهير».',
    quotes: [['الفوز على الهلال مهم للجماهير', 'direct', 'كريم بنزيمة']],
  },
  {
    what: 'a family name in ة after a foreign nationality before إن stays in the name (زارا سلطانة إن)',
    text: 'وقالت النائبة البريطانية زارا سلطانة إن «الحكومة فشلت في حماية المدنيين».',
    quotes: [['الحكومة فشلت في حماية المدنيين', 'partial', 'زارا سلطانة']],
  },
  {
    what: 'guard: after a foreign nationality a definite word before a comma is still the verb’s object (جيسوس الكأس،)',
    text: 'ورفع المدرب البرتغالي جورجي جيسوس الكأس، وقال: «الفوز للجماهير».',
    quotes: [['الفوز للجماهير', 'direct', 'جورجي جيسوس']],
  },
  {
    what: 'الرائد before an adverb after a title’s comma is the pioneer, not a rank (الرائد محليا)',
    text: 'وقال رئيس الفريق، الرائد محليا، إن «الموسم صعب».',
    quotes: [['الموسم صعب', 'partial', 'رئيس الفريق']],
  },
  {
    what: 'الرائد before an adverb and its field is the pioneer (الرائد عالميا في الطاقة)',
    text: 'وقال مدير المشروع، الرائد عالميا في الطاقة، إن «الطلب يرتفع».',
    quotes: [['الطلب يرتفع', 'partial', 'مدير المشروع']],
  },
  {
    what: 'الرائد before an adverb with tanween is the pioneer (الرائد إقليمياً في كرة السلة)',
    text: 'وقال رئيس النادي، الرائد إقليمياً في كرة السلة، لوكالة الأنباء السعودية إن «الدعم مستمر».',
    quotes: [['الدعم مستمر', 'partial', 'رئيس النادي']],
  },
  {
    what: 'a woman’s title, then الرائد before an adverb: the title speaks (مديرة المركز، الرائد عربيا)',
    text: 'وقالت مديرة المركز، الرائد عربيا في أبحاث السرطان، إن «النتائج مشجعة».',
    quotes: [['النتائج مشجعة', 'partial', 'مديرة المركز']],
  },
  {
    what: 'guard: الرائد before a plain name after a title’s comma is still a rank (الرائد سعيد القحطاني)',
    text: 'وقال قائد فريق الإنقاذ، الرائد سعيد القحطاني، إن «البحث مستمر».',
    quotes: [['البحث مستمر', 'partial', 'سعيد القحطاني']],
  },
  {
    what: 'after أشاد the ب word is what was praised, not the body’s seat (وأشادت المنظمة الدولية بمصر أمس)',
    text: 'وأشادت المنظمة الدولية بمصر أمس، وقالت: «الإصلاحات مهمة».',
    quotes: [['الإصلاحات مهمة', 'direct', 'المنظمة الدولية']],
  },
  {
    what: 'after the cue ندد the ب word is what was denounced, not in the speaker’s name (ونددت المنظمة الحقوقية بقطر)',
    text: 'ونددت المنظمة الحقوقية بقطر أمس، وقالت: «الاعتقالات تعسفية».',
    quotes: [['الاعتقالات تعسفية', 'direct', 'المنظمة الحقوقية']],
  },
  {
    what: 'after the cue رحب the ب word is whom the body welcomed (ورحبت الجامعة العربية بتونس الأحد)',
    text: 'ورحبت الجامعة العربية بتونس الأحد، وقالت: «الانتخابات خطوة مهمة».',
    quotes: [['الانتخابات خطوة مهمة', 'direct', 'الجامعة العربية']],
  },
  {
    what: 'a body learnt after أشاد is not named with the country praised when its head alone speaks later',
    text: 'قال الوزير: «نعمل على الإصلاح».\n\nوأشادت المنظمة الدولية بمصر أمس. وقالت المنظمة: «الإصلاحات مهمة».',
    quotes: [
      ['نعمل على الإصلاح', 'direct', 'الوزير'],
      ['الإصلاحات مهمة', 'direct', 'المنظمة الدولية'],
    ],
  },
  {
    what: 'guard: after ندد a ب word followed by the verb’s own ب complement is the body’s seat (بجدة أمس بالاعتداء)',
    text: 'ونددت الجمعية الحقوقية بجدة أمس بالاعتداء، وقالت: «نطالب بالتحقيق».',
    quotes: [['نطالب بالتحقيق', 'direct', 'الجمعية الحقوقية بجدة']],
  },
  {
    what: 'لجدة with its adjective after a title is Jeddah, the title’s genitive, and the name after it speaks',
    text: 'وقال المدير التنفيذي لجدة التاريخية محمد العمري إن «المشروع يتقدم».',
    quotes: [['المشروع يتقدم', 'partial', 'محمد العمري']],
  },
  {
    what: 'لجدة and a second genitive with و after a title: the place is the title’s, the name speaks',
    text: 'وقال أمين لجنة الإسكان لجدة والمنطقة سعيد الغامدي إن «الطلبات تتزايد».',
    quotes: [['الطلبات تتزايد', 'partial', 'سعيد الغامدي']],
  },
  {
    what: 'a woman’s title over Jeddah with its adjective, then her name (المديرة الإقليمية لجدة التاريخية فلانة)',
    text: 'وقالت المديرة الإقليمية لجدة التاريخية نورة الزهراني: «الزوار يتزايدون».',
    quotes: [['الزوار يتزايدون', 'direct', 'نورة الزهراني']],
  },
  {
    what: 'ل and a place with a second genitive after و in a wire title (المنسق الأممي لغزة والضفة الغربية فلان)',
    text: 'وقال المنسق الأممي لغزة والضفة الغربية تور وينسلاند إن «الوضع كارثي».',
    quotes: [['الوضع كارثي', 'partial', 'تور وينسلاند']],
  },
  {
    what: 'guard: a kinsman after ل behind a title is still whom the title spoke to (لوالد الطفل الشيخ فلان)',
    text: 'وقال مدير المستشفى لوالد الطفل الشيخ سعد العتيبي: «حالته مستقرة».',
    quotes: [['حالته مستقرة', 'direct', 'مدير المستشفى']],
  },
  {
    what: 'a body learnt after its verb stops at its adjective of origin, before the object (الأكاديمية السويدية الجائزة)',
    text: 'منحت الأكاديمية السويدية الجائزة للكاتب. وقالت الأكاديمية: «أعماله استثنائية».',
    quotes: [['أعماله استثنائية', 'direct', 'الأكاديمية السويدية']],
  },
  {
    what: 'a university learnt after its verb keeps its two adjectives, not the object and whom it went to',
    text: 'منحت الجامعة السعودية الإلكترونية الشهادات للخريجين. وقالت الجامعة: «نفخر بهم».',
    quotes: [['نفخر بهم', 'direct', 'الجامعة السعودية الإلكترونية']],
  },
  {
    what: 'a body’s definite field after لل takes no definite genitive: the object after it is no part of the name (للعلوم الجائزة)',
    text: 'منحت الأكاديمية السويدية للعلوم الجائزة للعالم. وقالت الأكاديمية: «أبحاثه رائدة».',
    quotes: [['أبحاثه رائدة', 'direct', 'الأكاديمية السويدية للعلوم']],
  },
  {
    what: 'a definite body learnt after its verb stops at a definite object before ل and a plural (الجمعية الخيرية الدعوة للصحفيين)',
    text: 'وجهت الجمعية الخيرية الدعوة للصحفيين. وقالت الجمعية: «الحفل الأحد».',
    quotes: [['الحفل الأحد', 'direct', 'الجمعية الخيرية']],
  },
  {
    what: 'guard: a participle after the adjective of origin and a field stay the body’s (الهيئة السعودية المستقلة للرقابة)',
    text: 'أعلنت الهيئة السعودية المستقلة للرقابة، أمس، نتائج التدقيق. وقالت الهيئة: «الالتزام مرتفع».',
    quotes: [['الالتزام مرتفع', 'direct', 'الهيئة السعودية المستقلة للرقابة']],
  },
  {
    what: 'a newcomer read after her verb is not given that verb as her first name (تعمل سارة، الأم …)',
    text: 'قال المسؤول: «الخدمة متاحة».\n\nتعمل سارة، الأم لثلاثة أطفال، في متجر صغير، وتقول: «الدخل لا يكفي».',
    quotes: [
      ['الخدمة متاحة', 'direct', 'المسؤول'],
      ['الدخل لا يكفي', 'direct', 'سارة'],
    ],
  },
  {
    what: 'a newcomer read after his verb, a circumstance between commas, keeps his name alone (يجلس خالد، وسط أبنائه)',
    text: 'قال المتحدث باسم البلدية: «الأعمال مستمرة».\n\nيجلس خالد، وسط أبنائه، أمام منزله المتضرر، ويقول: «خسرنا كل شيء».',
    quotes: [
      ['الأعمال مستمرة', 'direct', 'المتحدث باسم البلدية'],
      ['خسرنا كل شيء', 'direct', 'خالد'],
    ],
  },
  {
    what: 'a newcomer read after her verb, a time between commas, keeps her name alone (تنتظر فاطمة، منذ الصباح)',
    text: 'قالت الوكالة: «المساعدات وصلت».\n\nتنتظر فاطمة، منذ الصباح، أمام مركز التوزيع، وتقول: «لم نحصل على شيء».',
    quotes: [
      ['المساعدات وصلت', 'direct', 'الوكالة'],
      ['لم نحصل على شيء', 'direct', 'فاطمة'],
    ],
  },
  {
    what: 'guard: a known surname opening its paragraph before a comma still takes the first name before it (هند الزاهد، التي …)',
    text: 'أكدت الهيئة أن العمل مستمر، وقالت الزاهد: «نعمل معا».\n\nهند الزاهد، التي تقود الفريق منذ عامين، تقول: «الطريق طويل».',
    quotes: [
      ['نعمل معا', 'direct', 'هند الزاهد'],
      ['الطريق طويل', 'direct', 'هند الزاهد'],
    ],
  },
];

/** Misfires a sixth review found in this session's rules for unseen news; each row failed before its fix. */
export const reviewRows11: readonly Row[] = [
  {
    what: 'a company in Latin letters after ل is a title’s genitive before the name (الرئيس التنفيذي لـSTC فلان)',
    text: 'وقال الرئيس التنفيذي لـSTC عليان الوتيد إن «الشركة ستواصل الاستثمار في البنية الرقمية».',
    quotes: [['الشركة ستواصل الاستثمار في البنية الرقمية', 'partial', 'عليان الوتيد']],
  },
  {
    what: 'a giga-project in Latin letters after a chief executive, then his name and a colon (لـNEOM فلان)',
    text: 'وقال الرئيس التنفيذي لـNEOM نظمي النصر: «المشروع يمضي وفق الخطة الزمنية».',
    quotes: [['المشروع يمضي وفق الخطة الزمنية', 'direct', 'نظمي النصر']],
  },
  {
    what: 'a wire company’s chief in Latin letters, then his name and a place phrase (لـOpenAI سام ألتمان)',
    text: 'وقال الرئيس التنفيذي لـOpenAI سام ألتمان في مؤتمر صحفي: «النماذج الجديدة أكثر أمانا».',
    quotes: [['النماذج الجديدة أكثر أمانا', 'direct', 'سام ألتمان']],
  },
  {
    what: 'an indefinite office with its adjective takes the Latin company as its genitive (مدير عام لـAramco Digital)',
    text: 'وأكد مدير عام لـAramco Digital أن «التحول الرقمي أولوية للشركة».',
    quotes: [['التحول الرقمي أولوية للشركة', 'partial', 'مدير عام لـAramco Digital']],
  },
  {
    what: 'guard: ل and a channel in Latin letters after a title with its complement is whom he told (لـCNN إن)',
    text: 'وقالت المتحدثة باسم الوزارة لـCNN إن «الوضع تحت السيطرة».',
    quotes: [['الوضع تحت السيطرة', 'partial', 'المتحدثة باسم الوزارة']],
  },
  {
    what: 'guard: ل and a channel in Latin letters after an indefinite title and its nisba is the hearer',
    text: 'وقال مسؤول أمريكي لـCNN إن «المحادثات وصلت إلى مرحلة حاسمة».',
    quotes: [['المحادثات وصلت إلى مرحلة حاسمة', 'partial', 'مسؤول أمريكي']],
  },
  {
    what: 'a body’s general adjective stays in its name before the verb’s object (الاتحاد العام لنقابات العمال الفقيد)',
    text: 'ونعى الاتحاد العام لنقابات العمال الفقيد، وقال: «كان مناضلا صلبا».',
    quotes: [['كان مناضلا صلبا', 'direct', 'الاتحاد العام لنقابات العمال']],
  },
  {
    what: 'a supreme council’s elative and its field stay in its name before an indefinite object (المجلس الأعلى للقضاء)',
    text: 'وأصدر المجلس الأعلى للقضاء قرارا جديدا، وقال: «القرار يعزز استقلال القضاء».',
    quotes: [['القرار يعزز استقلال القضاء', 'direct', 'المجلس الأعلى للقضاء']],
  },
  {
    what: 'a feminine elative after a court stays its name before the ruling upheld (المحكمة العليا الحكم)',
    text: 'وأيدت المحكمة العليا الحكم الابتدائي، وقالت: «الحكم سليم من الناحية القانونية».',
    quotes: [['الحكم سليم من الناحية القانونية', 'direct', 'المحكمة العليا']],
  },
  {
    what: 'a supreme council’s elative before its meeting held (وعقد المجلس الأعلى للجامعات اجتماعه)',
    text: 'وعقد المجلس الأعلى للجامعات اجتماعه الدوري في الرياض، وقال: «اللائحة تمنح الجامعات مرونة أكبر».',
    quotes: [['اللائحة تمنح الجامعات مرونة أكبر', 'direct', 'المجلس الأعلى للجامعات']],
  },
  {
    what: 'a general federation with its two-word sport before the tournament it organised',
    text: 'ونظم الاتحاد العام للكرة الطائرة البطولة الخليجية، وقال: «المشاركة فاقت توقعاتنا».',
    quotes: [['المشاركة فاقت توقعاتنا', 'direct', 'الاتحاد العام للكرة الطائرة']],
  },
  {
    what: 'guard: a definite body’s head alone before a definite object and its adjective (المجلس الوفد الزائر)',
    text: 'واستقبل المجلس الوفد الزائر في مقره، وقال: «الزيارة تعزز التعاون».',
    quotes: [['الزيارة تعزز التعاون', 'direct', 'المجلس']],
  },
  {
    what: 'the speaker’s own sentences with a dropped subject (وتحدث عن, وقال إن) keep a quote on one line his',
    text: 'وقال الوزير: «ارتفع النمو إلى 3.5 في المئة». وأضاف: «نتوقع 4.2 في المئة العام المقبل». وتحدث عن البطالة. وقال إن الأرقام مشجعة. «نحن على الطريق الصحيح نحو تحقيق رؤية 2030».',
    quotes: [
      ['ارتفع النمو إلى 3.5 في المئة', 'direct', 'الوزير'],
      ['نتوقع 4.2 في المئة العام المقبل', 'direct', 'الوزير'],
      ['نحن على الطريق الصحيح نحو تحقيق رؤية 2030', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'a minister’s two sentences with her dropped subject (وأشارت إلى, وقالت إن), then her quote alone',
    text: 'وقالت وزيرة الدولة للشؤون الاجتماعية هيفاء العتيبي: «البرنامج يغطي 13 منطقة». وأشارت إلى أن عدد المستفيدين تضاعف. وقالت إن الوزارة تعمل مع الجمعيات الخيرية. «سنصل إلى كل أسرة محتاجة قبل نهاية العام».',
    quotes: [
      ['البرنامج يغطي 13 منطقة', 'direct', 'هيفاء العتيبي'],
      ['سنصل إلى كل أسرة محتاجة قبل نهاية العام', 'direct', 'هيفاء العتيبي'],
    ],
  },
  {
    what: 'a spokesman’s sentences with his dropped subject (وأكد على, وقال إن), then his quote alone, wire style',
    text: 'وقال المتحدث باسم البنتاغون جون كيربي: «القوات في حالة تأهب». وأكد على أهمية الردع. وقال إن الاتصالات مستمرة. «لن نسمح بأي تهديد لقواتنا في المنطقة».',
    quotes: [
      ['القوات في حالة تأهب', 'direct', 'جون كيربي'],
      ['لن نسمح بأي تهديد لقواتنا في المنطقة', 'direct', 'جون كيربي'],
    ],
  },
  {
    what: 'guard: a sentence with another subject (وأشار المتحدث باسم الكرملين إلى) carries no quote over: the quote right after it is that subject’s',
    text: 'وقال المتحدث باسم البنتاغون جون كيربي: «القوات في حالة تأهب». وأشار المتحدث باسم الكرملين إلى أن موسكو تراقب الوضع. «لن نسمح بأي تهديد لقواتنا في المنطقة».',
    quotes: [
      ['القوات في حالة تأهب', 'direct', 'جون كيربي'],
      ['لن نسمح بأي تهديد لقواتنا في المنطقة', 'direct', 'المتحدث باسم الكرملين'],
    ],
  },
  {
    what: 'على حساب a definite noun is "at the expense of", not an account: the quote after في is said (لقمة عيشه)',
    text: 'وقال الوزير إن الإصلاحات الاقتصادية لن تكون على حساب المواطن في «لقمة عيشه» أبدا.',
    quotes: [['لقمة عيشه', 'partial', 'الوزير']],
  },
  {
    what: 'at the expense of the employees in «القطاع العام»: a sector, not a platform',
    text: 'وقال الوزير إن الخطة لن تكون على حساب الموظفين في «القطاع العام» بأي حال.',
    quotes: [['القطاع العام', 'partial', 'الوزير']],
  },
  {
    what: 'a governor’s development not at the expense of the environment in «المناطق الجبلية»',
    text: 'وأكد أمير المنطقة أن التنمية لن تأتي على حساب البيئة في «المناطق الجبلية» مطلقا.',
    quotes: [['المناطق الجبلية', 'partial', 'أمير المنطقة']],
  },
  {
    what: 'a deal not at the expense of allies in «أوروبا الشرقية», wire style',
    text: 'وقال المتحدث باسم الخارجية الأمريكية إن الاتفاق لن يكون على حساب الحلفاء في «أوروبا الشرقية» بأي شكل.',
    quotes: [['أوروبا الشرقية', 'partial', 'الخارجية الأمريكية']],
  },
  {
    what: 'guard: على حساب a body in «إكس» is still the account the statement was posted on',
    text: 'ونشر نادي الهلال بيانه على حساب الرابطة في «إكس» مساء الأحد.',
    quotes: [['إكس', 'mention', null]],
  },
  {
    what: 'a newcomer with two family names before the verb’s object is one speaker, named by the second later',
    text: 'وقاد أحمد الشقيري الغامدي الحملة التطوعية في الحي، وقال: «شارك أكثر من مئة شاب». وأضاف الغامدي: «سنكرر التجربة».',
    quotes: [
      ['شارك أكثر من مئة شاب', 'direct', 'أحمد الشقيري الغامدي'],
      ['سنكرر التجربة', 'direct', 'أحمد الشقيري الغامدي'],
    ],
  },
  {
    what: 'a woman with two family names before the prize she received, then her second family name alone',
    text: 'وتسلمت نورة الفيصل الشمري الجائزة في الحفل، وقالت: «أهديها لأسرتي». وأكدت الشمري: «سأواصل العمل».',
    quotes: [
      ['أهديها لأسرتي', 'direct', 'نورة الفيصل الشمري'],
      ['سأواصل العمل', 'direct', 'نورة الفيصل الشمري'],
    ],
  },
  {
    what: 'two family names before an exhibition opened and its adjective (خالد العتيبي القحطاني المعرض الفني)',
    text: 'وافتتح خالد العتيبي القحطاني المعرض الفني في الرياض، وقال: «المعرض يضم مئة لوحة». وأضاف القحطاني: «سنفتح أبوابه للمدارس».',
    quotes: [
      ['المعرض يضم مئة لوحة', 'direct', 'خالد العتيبي القحطاني'],
      ['سنفتح أبوابه للمدارس', 'direct', 'خالد العتيبي القحطاني'],
    ],
  },
  {
    what: 'two family names before the session he chaired, wire style (سامر العلي الحلبي الجلسة)',
    text: 'وأدار سامر العلي الحلبي الجلسة في بيروت، وقال: «الحوار هو الطريق الوحيد». وأضاف الحلبي: «نحتاج إلى ثقة متبادلة».',
    quotes: [
      ['الحوار هو الطريق الوحيد', 'direct', 'سامر العلي الحلبي'],
      ['نحتاج إلى ثقة متبادلة', 'direct', 'سامر العلي الحلبي'],
    ],
  },
  {
    what: 'guard: a name of two words ends before an object with its own adjective of origin (النادي الأهلي)',
    text: 'وزار أحمد الشقيري النادي الأهلي في جدة، وقال: «اللاعبون في حالة جيدة».',
    quotes: [['اللاعبون في حالة جيدة', 'direct', 'أحمد الشقيري']],
  },
  {
    what: 'guard: a name of two words still ends at its family name before a definite object (هند الزاهد الاجتماع)',
    text: 'وترأست هند الزاهد الاجتماع الطارئ، وقالت: «القرار نهائي».',
    quotes: [['القرار نهائي', 'direct', 'هند الزاهد']],
  },
  {
    what: 'a device «مجهول الهوية» is described, not named: the witness’s words',
    text: 'وقال الشاهد إنه تلقى اتصالا من جهاز «مجهول الهوية» قبل الحادث.',
    quotes: [['مجهول الهوية', 'partial', 'الشاهد']],
  },
  {
    what: 'a long interview with «جميع الأطراف» is with no outlet: the president’s words',
    text: 'وأكد الرئيس في حوار مطول مع «جميع الأطراف» ضرورة التهدئة.',
    quotes: [['جميع الأطراف', 'partial', 'الرئيس']],
  },
  {
    what: 'a device «مجهول المصدر» the patrols seized, in a police spokesman’s words',
    text: 'وأوضح المتحدث باسم شرطة منطقة الرياض أن الدوريات ضبطت جهاز «مجهول المصدر» قرب الموقع.',
    quotes: [['مجهول المصدر', 'partial', 'شرطة منطقة الرياض']],
  },
  {
    what: 'an envoy’s long talks with «جميع الأطراف الليبية», wire style',
    text: 'وأكد المبعوث الأممي في حوار مطول مع «جميع الأطراف الليبية» ضرورة وقف إطلاق النار.',
    quotes: [['جميع الأطراف الليبية', 'partial', 'المبعوث الأممي']],
  },
  {
    what: 'guard: a long interview with «العربية» still names the channel',
    text: 'وقال الوزير في حوار مطول مع «العربية» إن الحل قريب.',
    quotes: [['العربية', 'mention', null]],
  },
  {
    what: 'guard: جهاز «الموساد» still names the agency',
    text: 'وقال مسؤول أمني إن جهاز «الموساد» يقف وراء العملية.',
    quotes: [['الموساد', 'mention', null]],
  },
  {
    what: 'a quoted word with the article after a body’s ل genitive is said, not the body’s short name («الأسعار»)',
    text: 'وقالت الهيئة العامة للعقار «الأسعار» ستنخفض قريبا.',
    quotes: [['الأسعار', 'direct', 'الهيئة العامة للعقار']],
  },
  {
    what: 'a quoted word in construct with the definite word after the mark is said («موسم» الرياض)',
    text: 'وقال الرئيس التنفيذي للهيئة العامة للترفيه «موسم» الرياض سيكون الأكبر.',
    quotes: [['موسم', 'direct', 'الرئيس التنفيذي للهيئة العامة للترفيه']],
  },
  {
    what: 'a Saudi water authority’s quoted «المخزون» opens what it said',
    text: 'وقالت الهيئة السعودية للمياه «المخزون» يكفي لعامين.',
    quotes: [['المخزون', 'direct', 'الهيئة السعودية للمياه']],
  },
  {
    what: 'a royal commission’s quoted «موسم» before الشتاء opens what it said',
    text: 'وقالت الهيئة الملكية للعلا «موسم» الشتاء يبدأ الشهر المقبل.',
    quotes: [['موسم', 'direct', 'الهيئة الملكية للعلا']],
  },
  {
    what: 'a world body’s chief with a quoted «موجة» before الحر, wire style',
    text: 'وقال المدير العام للمنظمة العالمية للأرصاد «موجة» الحر ستستمر.',
    quotes: [['موجة', 'direct', 'المدير العام للمنظمة العالمية للأرصاد']],
  },
  {
    what: 'guard: a short name without the article after the ل genitive, before عن, is still the body’s («نزاهة»)',
    text: 'كشفت الهيئة الوطنية لمكافحة الفساد «نزاهة» عن قضايا جديدة.',
    quotes: [['نزاهة', 'mention', null]],
  },
  {
    what: 'guard: a short name before a title and a name is still the body’s («جاستات» الدكتور)',
    text: 'وقال رئيس الهيئة العامة للإحصاء «جاستات» الدكتور فهد التخيفي إن البيانات دقيقة.',
    quotes: [['جاستات', 'mention', null]],
  },
  {
    what: 'a surname shaped like an occasion after a verb of saying stays in the name (سالم الحديث إن)',
    text: 'وقال سالم الحديث إن «المشروع سيكتمل في موعده».',
    quotes: [['المشروع سيكتمل في موعده', 'partial', 'سالم الحديث']],
  },
  {
    what: 'a surname shaped like a meeting before a colon stays in the name (عبدالله اللقاء:)',
    text: 'وقال عبدالله اللقاء: «نحن جاهزون للموسم».',
    quotes: [['نحن جاهزون للموسم', 'direct', 'عبدالله اللقاء']],
  },
  {
    what: 'a Saudi realtor named فهد الحديث after أكد أن keeps his surname',
    text: 'وأكد فهد الحديث أن «الطلب على الوحدات السكنية مرتفع».',
    quotes: [['الطلب على الوحدات السكنية مرتفع', 'partial', 'فهد الحديث']],
  },
  {
    what: 'a woman named منى اللقاء who told an agency, wire style, keeps her surname',
    text: 'وقالت منى اللقاء لوكالة الأنباء: «الوضع الإنساني صعب».',
    quotes: [['الوضع الإنساني صعب', 'direct', 'منى اللقاء']],
  },
  {
    what: 'guard: ختم and a surname, then the interview ended with بالقول, is still the verb’s object',
    text: 'وختم الكعبي المقابلة بالقول: «سنعود أقوى».',
    quotes: [['سنعود أقوى', 'direct', 'الكعبي']],
  },
  {
    what: 'guard: اختتم and a surname, then the meeting ended, is the verb’s object before قائلا',
    text: 'واختتم الكعبي اللقاء قائلا: «شكرا للجميع».',
    quotes: [['شكرا للجميع', 'direct', 'الكعبي']],
  },
];

export const reviewRows12: readonly Row[] = [
  {
    what: 'a report received from a body is not its receiver’s: no speaker (تسلم الوزير تقريرا من الديوان)',
    text: 'وتسلم وزير المالية تقريرا من ديوان المراقبة، وأكد التقرير أن «الهدر بلغ مستويات كبيرة».',
    quotes: [['الهدر بلغ مستويات كبيرة', 'partial', null]],
  },
  {
    what: 'a report a prince received from a municipality does not speak for the prince (تلقى الأمير تقريرا)',
    text: 'وتلقى الأمير تقريرا من أمانة المنطقة، وأوضح التقرير أن «المشاريع تسير وفق الخطة».',
    quotes: [['المشاريع تسير وفق الخطة', 'partial', null]],
  },
  {
    what: 'a report a minister reviewed is not issued by him (استعرض وزير الصحة تقريرا)',
    text: 'واستعرض وزير الصحة تقريرا عن الوضع الوبائي، وأشار التقرير إلى أن «الإصابات تراجعت».',
    quotes: [['الإصابات تراجعت', 'partial', null]],
  },
  {
    what: 'guard: a report that its sentence issued speaks for its issuer (أصدرت منظمة العفو الدولية تقريرا)',
    text: 'وأصدرت منظمة العفو الدولية تقريرا جديدا، وقال التقرير إن «الانتهاكات مستمرة».',
    quotes: [['الانتهاكات مستمرة', 'partial', 'منظمة العفو الدولية']],
  },
  {
    what: 'a form-V verb after الذي is masculine: its quote is the object, said by the speaker (الذي تضمن «…»)',
    text: 'وأكد الوزير في خطابه الذي تضمن «رسائل حازمة»، أن المملكة ماضية في الإصلاح.',
    quotes: [['رسائل حازمة', 'partial', 'الوزير']],
  },
  {
    what: 'a masculine verb ending in ت after الذي has the antecedent for subject (الذي أثبت «…»)',
    text: 'وقال المحامي إن الحكم الذي أثبت «براءة موكلي»، جاء بعد سنوات من الانتظار.',
    quotes: [['براءة موكلي', 'partial', 'المحامي']],
  },
  {
    what: 'a form-V verb without a pronoun back to its antecedent (الذي تناول «…») keeps the quote as speech',
    text: 'وأشاد المدير بالتقرير الذي تناول «التحديات الحقيقية»، مؤكدا أنه سيعرض على المجلس.',
    quotes: [['التحديات الحقيقية', 'partial', 'المدير']],
  },
  {
    what: 'guard: a paper that got a copy of the document, with its pronoun after it, is a mention (منه)',
    text: 'وجاء في التعميم الذي حصلت «الوطن» على نسخة منه: «يمنع استخدام الهواتف داخل القاعات».',
    quotes: [
      ['الوطن', 'mention', null],
      ['يمنع استخدام الهواتف داخل القاعات', 'direct', null],
    ],
  },
  {
    what: 'a short name with the article that repeats the body’s own word is its name (للإحصاء «الإحصاء»)',
    text: 'وأعلنت الهيئة العامة للإحصاء «الإحصاء» أن معدل التضخم السنوي بلغ 2 في المئة.',
    quotes: [['الإحصاء', 'mention', null]],
  },
  {
    what: 'the same short name before عن is the body’s, not what it revealed (للإحصاء «الإحصاء» عن)',
    text: 'وكشفت الهيئة العامة للإحصاء «الإحصاء» عن ارتفاع الصادرات غير النفطية.',
    quotes: [['الإحصاء', 'mention', null]],
  },
  {
    what: 'a short name after a cue’s body, before the verb’s definite object, is the body’s («نزاهة» البدء)',
    text: 'وأعلنت الهيئة الوطنية لمكافحة الفساد «نزاهة» البدء في التحقيق مع عدد من الموظفين.',
    quotes: [['نزاهة', 'mention', null]],
  },
  {
    what: 'a body’s short name before the verb’s definite object after كشفت («رقابة» التفاصيل)',
    text: 'وكشفت الهيئة العامة لمكافحة التستر «رقابة» التفاصيل الكاملة للقضية.',
    quotes: [['رقابة', 'mention', null]],
  },
  {
    what: 'guard: a definite word the body did not name, after its name, is what it said («الأسعار» ستنخفض)',
    text: 'وقالت الهيئة العامة للعقار «الأسعار» ستنخفض خلال العام المقبل.',
    quotes: [['الأسعار', 'direct', 'الهيئة العامة للعقار']],
  },
  {
    what: 'guard: a construct that goes on after the mark, the body no cue’s subject, is no short name («موسم» الرياض)',
    text: 'وقال المنظمون إن الحفل يقام ضمن فعاليات الهيئة العامة للترفيه «موسم» الرياض هذا العام.',
    quotes: [['موسم', 'partial', 'المنظمون']],
  },
  {
    what: 'Truth Social is a platform: على حساب الرئيس في «تروث سوشيال» is where he posted',
    text: 'وكتب ترمب على حساب الرئيس في «تروث سوشيال»: «الانتخابات المقبلة ستكون الأهم».',
    quotes: [
      ['تروث سوشيال', 'mention', null],
      ['الانتخابات المقبلة ستكون الأهم', 'direct', 'ترمب'],
    ],
  },
  {
    what: 'Bluesky in Latin letters after على حساب … في is a platform (في «Bluesky»)',
    text: 'ونشرت الصحفية على حساب الصحيفة في «Bluesky»: «التحقيق سينشر كاملا الأسبوع المقبل».',
    quotes: [
      ['Bluesky', 'mention', null],
      ['التحقيق سينشر كاملا الأسبوع المقبل', 'direct', 'الصحفية'],
    ],
  },
  {
    what: 'guard: at the expense of the citizen, على حساب المواطن في «…» is no platform',
    text: 'وقال النقابي إن الأزمة جاءت على حساب المواطن في «لقمة عيشه» اليومية.',
    quotes: [['لقمة عيشه', 'partial', 'النقابي']],
  },
  {
    what: 'a person met after ب is the verb’s object: a dropped وقال after the clause is its subject’s',
    text: 'واجتمع الوزير بالمدير التنفيذي للشركة خالد السالم، وقال: «نحتاج إلى حلول عاجلة للأزمة».',
    quotes: [['نحتاج إلى حلول عاجلة للأزمة', 'direct', 'الوزير']],
  },
  {
    what: 'an ambassador met after ب, with a time and a place, does not take up the host’s وأكد',
    text: 'واجتمع الوزير أمس بالسفير الأمريكي جون سميث في الرياض، وأكد: «العلاقات بين البلدين متينة».',
    quotes: [['العلاقات بين البلدين متينة', 'direct', 'الوزير']],
  },
  {
    what: 'a director received after ب (والتقى المحافظ بالمدير فلان، وقال) leaves the floor to the host',
    text: 'والتقى المحافظ بالمدير العام للتعليم سعد القرني، وقال: «المدارس جاهزة لاستقبال الطلاب».',
    quotes: [['المدارس جاهزة لاستقبال الطلاب', 'direct', 'المحافظ']],
  },
  {
    what: 'guard: the title alone later still calls back the person learnt after ب (وأضاف المدير)',
    text: 'واجتمع الوزير بالمدير التنفيذي للشركة خالد السالم. وأضاف المدير: «الشركة ملتزمة بالجدول».',
    quotes: [['الشركة ملتزمة بالجدول', 'direct', 'خالد السالم']],
  },
  {
    what: 'a feminine participle that is also a title, after a comma and before عن, is the participle (، متحدثة عن «…»)',
    text: 'وأنهت الرئيسة كلمتها، متحدثة عن «عهد جديد» في البلاد.',
    quotes: [['عهد جديد', 'partial', 'الرئيسة']],
  },
  {
    what: 'a feminine participle that is also a title right before a colon (، كاتبة: «…»)',
    text: 'وظهرت المغنية في البث، كاتبة: «شكرا لكل من وقف معي».',
    quotes: [['شكرا لكل من وقف معي', 'direct', 'المغنية']],
  },
  {
    what: 'guard: the same word before باسم, after a comma, is her title in apposition (، متحدثة باسم الجمعية،)',
    text: 'وقالت فاطمة السالم، متحدثة باسم الجمعية، إن «التبرعات تضاعفت».',
    quotes: [['التبرعات تضاعفت', 'partial', 'فاطمة السالم']],
  },
  {
    what: 'a story behind في is where روى told it, not his object: the words after أن are his (في قصة)',
    text: 'وروى الوزير في قصة قصيرة أن «الأمل لا يموت».',
    quotes: [['الأمل لا يموت', 'partial', 'الوزير']],
  },
  {
    what: 'a life story behind في, a woman telling it (وروت الكاتبة في سيرة والدها أن «…»)',
    text: 'وروت الكاتبة في سيرة والدها أن «البيت كان مفتوحا للجميع».',
    quotes: [['البيت كان مفتوحا للجميع', 'partial', 'الكاتبة']],
  },
  {
    what: 'a story behind عن, what روى spoke about (وروى المدرب عن قصة اللاعب أن «…»)',
    text: 'وروى المدرب عن قصة اللاعب أن «الإصابة غيرت حياته».',
    quotes: [['الإصابة غيرت حياته', 'partial', 'المدرب']],
  },
  {
    what: 'guard: a film that tells a story as its object narrates it; a quote inside is a mention',
    text: 'ويروي الفيلم قصة امرأة تعود إلى قريتها لتواجه ذكريات «الحرب الأهلية» وحدها.',
    quotes: [['الحرب الأهلية', 'mention', null]],
  },
  {
    what: 'هو after a title and before an aside stresses the subject, it is no name (رئيس النادي هو، في المقابل،)',
    text: 'وقال رئيس النادي هو، في المقابل، إن «الإدارة لن تستقيل».',
    quotes: [['الإدارة لن تستقيل', 'partial', 'رئيس النادي']],
  },
  {
    what: 'هو after a minister’s title before بدوره (وزير الخارجية هو، بدوره،)',
    text: 'وأكد وزير الخارجية هو، بدوره، أن «المفاوضات مستمرة».',
    quotes: [['المفاوضات مستمرة', 'partial', 'وزير الخارجية']],
  },
  {
    what: 'هو after a named coach before بدوره (المدرب خالد سعيد هو، بدوره،)',
    text: 'وقال المدرب خالد سعيد هو، بدوره، إن «الفريق جاهز للمباراة».',
    quotes: [['الفريق جاهز للمباراة', 'partial', 'خالد سعيد']],
  },
  {
    what: 'guard: a Korean name ending in هو before a comma and his title keeps it (كيم سونغ هو، المتحدث)',
    text: 'وقال كيم سونغ هو، المتحدث باسم الحزب، إن «الانتخابات ستجرى في موعدها».',
    quotes: [['الانتخابات ستجرى في موعدها', 'partial', 'كيم سونغ هو']],
  },
  {
    what: 'an occasion after a surname, its complement going on, is the verb’s object (وأضاف الكعبي الحديث عن)',
    text: 'وأضاف الكعبي الحديث عن المشروع بقوله: «العمل مستمر».',
    quotes: [['العمل مستمر', 'direct', 'الكعبي']],
  },
  {
    what: 'the same before عن and a participle (وأضاف العمري الحديث عن الميزانية قائلا)',
    text: 'وأضاف العمري الحديث عن الميزانية قائلا: «الإنفاق تحت السيطرة».',
    quotes: [['الإنفاق تحت السيطرة', 'direct', 'العمري']],
  },
  {
    what: 'an occasion before مع and a comma is what the verb confirmed (وأكد الشهري اللقاء مع الوزير، وقال)',
    text: 'وأكد الشهري اللقاء مع الوزير، وقال: «سنناقش الملفات العالقة».',
    quotes: [['سنناقش الملفات العالقة', 'direct', 'الشهري']],
  },
  {
    what: 'guard: a surname shaped like an occasion right before إن stays the name (وقال سالم الحديث إن)',
    text: 'وقال سالم الحديث إن «السوق يحتاج إلى تنظيم».',
    quotes: [['السوق يحتاج إلى تنظيم', 'partial', 'سالم الحديث']],
  },
  {
    what: 'guard: the same surname before the paper told (وأكد ناصر الحوار لـ«عكاظ» أن)',
    text: 'وأكد ناصر الحوار لـ«عكاظ» أن «الحلول متاحة».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الحلول متاحة', 'partial', 'ناصر الحوار'],
    ],
  },
  {
    what: 'نوه with إلى: the ب word before it is the town the body sits in (جامعة الملك عبدالعزيز بجدة إلى أن)',
    text: 'ونوهت جامعة الملك عبدالعزيز بجدة إلى أن «التسجيل يبدأ الأحد».',
    quotes: [['التسجيل يبدأ الأحد', 'partial', 'جامعة الملك عبدالعزيز بجدة']],
  },
  {
    what: 'the same with a centre’s field and a quote after إلى (المركز الوطني للأرصاد بجدة إلى «…»)',
    text: 'ونوه المركز الوطني للأرصاد بجدة إلى «أمطار غزيرة» متوقعة.',
    quotes: [['أمطار غزيرة', 'partial', 'المركز الوطني للأرصاد بجدة']],
  },
  {
    what: 'guard: after أشاد the ب word is what it praised (وأشادت المنظمة الدولية بمصر لجهودها)',
    text: 'وأشادت المنظمة الدولية بمصر لجهودها، وقالت: «التقدم واضح».',
    quotes: [['التقدم واضح', 'direct', 'المنظمة الدولية']],
  },
];

export const attributionRows: readonly Row[] = [
  ...placementRows,
  ...cueFormRows,
  ...moreCueRows,
  ...speakerRows,
  ...titleRows,
  ...contextRows,
  ...kindRows,
  ...floorRows,
  ...reviewRows,
  ...reviewRows7,
  ...reviewRows8,
  ...reviewRows9,
  ...reviewRows10,
  ...reviewRows11,
  ...reviewRows12,
  ...articleRuleRows,
];
