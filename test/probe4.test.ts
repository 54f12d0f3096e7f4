/**
 * A fourth probe of generality, on news styles the first three (probe.test.ts, probe2.test.ts,
 * probe3.test.ts) did not cover: analysis pieces that quote several experts in turn (يرى الخبير … أن،
 * ويقول الباحث …، في المقابل يعتقد …), interviews laid out as سؤال/جواب or س/ج over several rounds,
 * quotes that run over two or three paragraphs with the mark reopened or not, a speaker introduced only
 * after his quote (بهذه الكلمات علق …), quotes with a quote of someone else inside, dialect inside the
 * marks (Egyptian, Gulf, Maghrebi, Levantine), social media (غرّد، دوّن، نشر على حسابه), press
 * conferences with several officials, questions reporters asked, and slogans and hashtags as mentions.
 *
 * Every passage and name is invented here; no row was tuned on the corpus. The expectations come from
 * reading each passage as a person would, under the annotation rules of ../shared/corpus/README.md
 * (speaker = the fullest name the passage gives, without title, rank or honorific; a body for its
 * statement; slogans, hashtags and names are mentions with no speaker).
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible: when a gap is closed, vitest reports the row as an
 * unexpected pass and the mark comes off.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/** Analysis and opinion pieces: experts quoted in turn, each with his own verb of opinion. */
const expertRows: readonly Row[] = [
  {
    what: 'experts: يرى الخبير … أن, then ويقول الباحث … إن, then في المقابل، يعتقد … أن',
    text: 'يرى الخبير الاقتصادي مازن الحلبي أن «الأزمة ستطول أكثر مما يتوقع الجميع». ويقول الباحث في مركز الدراسات الاستراتيجية رامي العطار إن «الحل سياسي قبل أن يكون اقتصاديا». في المقابل، يعتقد أستاذ العلوم السياسية نزار الخوري أن «التفاؤل الحذر مبرر».',
    quotes: [
      ['الأزمة ستطول أكثر مما يتوقع الجميع', 'partial', 'مازن الحلبي'],
      ['الحل سياسي قبل أن يكون اقتصاديا', 'partial', 'رامي العطار'],
      ['التفاؤل الحذر مبرر', 'partial', 'نزار الخوري'],
    ],
  },
  {
    what: 'experts: a man with يرى, then بينما تعتبر a woman researcher',
    text: 'ويرى المحلل السياسي عادل الشامي أن «الانتخابات لن تغير شيئا»، بينما تعتبر الباحثة هند المصري أن «المشاركة الواسعة قد تقلب المعادلة».',
    quotes: [
      ['الانتخابات لن تغير شيئا', 'partial', 'عادل الشامي'],
      ['المشاركة الواسعة قد تقلب المعادلة', 'partial', 'هند المصري'],
    ],
  },
  {
    what: 'experts: ويقول with a retired general and a colon, then أما … فيقول',
    text: 'ويقول الخبير العسكري اللواء المتقاعد سمير الدباغ: «الحرب دخلت مرحلة الاستنزاف». أما الباحث في الشؤون الأمنية كريم الزين فيقول: «لا أحد يملك حسما عسكريا».',
    quotes: [
      ['الحرب دخلت مرحلة الاستنزاف', 'direct', 'سمير الدباغ'],
      ['لا أحد يملك حسما عسكريا', 'direct', 'كريم الزين'],
    ],
  },
  {
    what: 'experts: ويقول … إن, then ويضيف with the surname and a colon',
    text: 'ويقول أستاذ الاقتصاد في الجامعة الأردنية عمر الطراونة إن «التضخم لم يبلغ ذروته بعد». ويضيف الطراونة: «على البنك المركزي أن يتحرك سريعا».',
    quotes: [
      ['التضخم لم يبلغ ذروته بعد', 'partial', 'عمر الطراونة'],
      ['على البنك المركزي أن يتحرك سريعا', 'direct', 'عمر الطراونة'],
    ],
  },
  {
    what: 'experts: ويذهب الكاتب … إلى أن',
    text: 'ويذهب الكاتب الصحفي فؤاد النمر إلى أن «الصحافة الورقية لن تختفي قريبا».',
    quotes: [['الصحافة الورقية لن تختفي قريبا', 'partial', 'فؤاد النمر']],
  },
  {
    what: 'experts: ويخالفه الرأي الباحث …، الذي يرى أن',
    text: 'ويخالفه الرأي الباحث في الاقتصاد السياسي جميل حداد، الذي يرى أن «الدعم يجب أن يبقى للفئات الفقيرة».',
    quotes: [['الدعم يجب أن يبقى للفئات الفقيرة', 'partial', 'جميل حداد']],
  },
  {
    what: 'experts: وتعتبر أستاذة … في جامعة … أن',
    text: 'وتعتبر أستاذة علم الاجتماع في جامعة القاهرة منى الشريف أن «الأسرة العربية تتغير بسرعة غير مسبوقة».',
    quotes: [['الأسرة العربية تتغير بسرعة غير مسبوقة', 'partial', 'منى الشريف']],
  },
  {
    what: 'experts: ويشير … إلى أن, then ويستدرك with a colon',
    text: 'ويشير الخبير في الشؤون الإيرانية حسين الموسوي إلى أن «طهران لن تقدم تنازلات مجانية»، ويستدرك: «لكن الباب ليس مغلقا».',
    quotes: [
      ['طهران لن تقدم تنازلات مجانية', 'partial', 'حسين الموسوي'],
      ['لكن الباب ليس مغلقا', 'direct', 'حسين الموسوي'],
    ],
  },
  {
    what: 'experts: ويؤكد … أن, then في حين ترى a woman',
    text: 'ويؤكد الباحث الاجتماعي صالح المري أن «البطالة أم المشكلات»، في حين ترى الخبيرة التربوية نوال الهاشمي أن «التعليم هو المدخل الحقيقي للإصلاح».',
    quotes: [
      ['البطالة أم المشكلات', 'partial', 'صالح المري'],
      ['التعليم هو المدخل الحقيقي للإصلاح', 'partial', 'نوال الهاشمي'],
    ],
  },
  {
    what: 'experts: ويصف … ما يجري بأنه «…»',
    text: 'ويصف المحلل العسكري ربيع الخطيب ما يجري في الشمال بأنه «حرب استنزاف بطيئة».',
    quotes: [['حرب استنزاف بطيئة', 'partial', 'ربيع الخطيب']],
  },
  {
    what: 'experts: ومن وجهة نظر الخبير …، فإن',
    text: 'ومن وجهة نظر الخبير القانوني أيمن الفقيه، فإن «القانون الجديد يخالف الدستور في أكثر من مادة».',
    quotes: [['القانون الجديد يخالف الدستور في أكثر من مادة', 'partial', 'أيمن الفقيه']],
  },
  {
    what: 'experts: «…»، يقول الخبير …، مضيفا أن «…»',
    text: '«السوق يعيش حالة ترقب»، يقول الخبير المالي شادي نصار، مضيفا أن «المستثمرين ينتظرون قرار الفائدة».',
    quotes: [
      ['السوق يعيش حالة ترقب', 'direct', 'شادي نصار'],
      ['المستثمرين ينتظرون قرار الفائدة', 'partial', 'شادي نصار'],
    ],
  },
];

/** Interviews laid out as questions and answers, the interviewee named in the lede. */
const interviewRows: readonly Row[] = [
  {
    what: 'Q&A: سؤال and جواب lines, the answer in quotes',
    text: 'حاورت «الرأي» وزير التربية خالد العمري حول امتحانات الثانوية العامة.\n\nسؤال: هل ستتغير مواعيد الامتحانات؟\n\nجواب: «لا، المواعيد ثابتة كما أعلناها».',
    quotes: [
      ['الرأي', 'mention', null],
      ['لا، المواعيد ثابتة كما أعلناها', 'direct', 'خالد العمري'],
    ],
  },
  {
    what: 'Q&A: two rounds of س and ج with a woman artist',
    text: 'أجرت «الخليج» لقاء مع الفنانة سعاد الأمين.\n\nس: كيف بدأت مسيرتك؟\n\nج: «بدأت في المسرح المدرسي وأنا في العاشرة».\n\nس: وما جديدك؟\n\nج: «أحضر لمسلسل يعرض في رمضان المقبل».',
    quotes: [
      ['الخليج', 'mention', null],
      ['بدأت في المسرح المدرسي وأنا في العاشرة', 'direct', 'سعاد الأمين'],
      ['أحضر لمسلسل يعرض في رمضان المقبل', 'direct', 'سعاد الأمين'],
    ],
  },
  {
    what: 'Q&A: the lede ends with وكان هذا الحوار and a colon',
    text: 'التقت «الشروق» رئيس الحزب الوطني ماهر الصافي، وكان هذا الحوار:\n\nس: وماذا عن المعارضة؟\n\nج: «المعارضة شريك في الوطن، لا خصم له».',
    quotes: [
      ['الشروق', 'mention', null],
      ['المعارضة شريك في الوطن، لا خصم له', 'direct', 'ماهر الصافي'],
    ],
  },
  {
    what: 'Q&A: a team captain before the final, a paper in quotes in the lede',
    text: 'حاورت «الملاعب» قائد الفريق الوطني رضا البوعزيزي قبل المباراة النهائية.\n\nس: هل تفكر في الاعتزال؟\n\nج: «ليس الآن، ما زال لدي الكثير لأقدمه».',
    quotes: [
      ['الملاعب', 'mention', null],
      ['ليس الآن، ما زال لدي الكثير لأقدمه', 'direct', 'رضا البوعزيزي'],
    ],
  },
];

/** Quotes over two or three paragraphs, the mark reopened on each paragraph or not. */
const longRows: readonly Row[] = [
  {
    what: 'long: three paragraphs each closed and reopened, only the first with a cue',
    text: 'وقال المدير التنفيذي للمنظمة حسان البزاز: «الوضع الإنساني في المخيمات كارثي».\n\n«الأطفال ينامون في العراء منذ أسبوعين».\n\n«نطالب المانحين بالوفاء بتعهداتهم».',
    quotes: [
      ['الوضع الإنساني في المخيمات كارثي', 'direct', 'حسان البزاز'],
      ['الأطفال ينامون في العراء منذ أسبوعين', 'direct', 'حسان البزاز'],
      ['نطالب المانحين بالوفاء بتعهداتهم', 'direct', 'حسان البزاز'],
    ],
  },
  {
    what: 'long: one quote over three paragraphs, a woman doctor',
    text: 'قالت مديرة المستشفى الدكتورة رنا القاسم: «استقبلنا أكثر من مئة جريح منذ الصباح.\n\nمعظمهم من النساء والأطفال.\n\nونحتاج إلى أدوية وأكياس دم بشكل عاجل».',
    quotes: [
      [
        'استقبلنا أكثر من مئة جريح منذ الصباح.\n\nمعظمهم من النساء والأطفال.\n\nونحتاج إلى أدوية وأكياس دم بشكل عاجل',
        'direct',
        'رنا القاسم',
      ],
    ],
  },
  {
    what: 'long: a quote over two paragraphs, the cue after it',
    text: '«لن نتراجع عن مطالبنا.\n\nوسنواصل الإضراب حتى تستجيب الوزارة»، قال رئيس نقابة المعلمين فارس الدوري.',
    quotes: [['لن نتراجع عن مطالبنا.\n\nوسنواصل الإضراب حتى تستجيب الوزارة', 'direct', 'فارس الدوري']],
  },
  {
    what: 'long: a reopened paragraph, then وأضاف after a paragraph of background naming another man',
    text: 'وقال وزير الزراعة فيصل القرشي: «الموسم الزراعي كان جيدا».\n\n«وسنصدر الفائض إلى دول الجوار».\n\nوكان سلفه الوزير حامد العلي قد حذر العام الماضي من الجفاف.\n\nوأضاف القرشي: «المخزون يكفي لعام كامل».',
    quotes: [
      ['الموسم الزراعي كان جيدا', 'direct', 'فيصل القرشي'],
      ['وسنصدر الفائض إلى دول الجوار', 'direct', 'فيصل القرشي'],
      ['المخزون يكفي لعام كامل', 'direct', 'فيصل القرشي'],
    ],
  },
];

/** The speaker named only after his quote, in the next sentence. */
const afterRows: readonly Row[] = [
  {
    what: 'after: «…». بهذه الكلمات علق الوزير … على',
    text: '«الاقتصاد الوطني قادر على تجاوز الأزمة». بهذه الكلمات علق وزير المالية رياض الحسن على تقرير صندوق النقد الدولي.',
    quotes: [['الاقتصاد الوطني قادر على تجاوز الأزمة', 'direct', 'رياض الحسن']],
  },
  {
    what: 'after: «…». هكذا لخص رئيس الوزراء … موقف حكومته',
    text: '«لن نسمح بالمساس بأمن البلاد». هكذا لخص رئيس الوزراء عماد السيد موقف حكومته من الأحداث الأخيرة.',
    quotes: [['لن نسمح بالمساس بأمن البلاد', 'direct', 'عماد السيد']],
  },
  {
    what: 'after: «…»، بهذه الكلمات استهل … مؤتمره الصحفي',
    text: '«هذا يوم تاريخي للرياضة الوطنية»، بهذه الكلمات استهل رئيس اللجنة الأولمبية نادر العلي مؤتمره الصحفي.',
    quotes: [['هذا يوم تاريخي للرياضة الوطنية', 'direct', 'نادر العلي']],
  },
  {
    what: 'after: «…». بهذه العبارة بدأت الحاجة …، وهي لاجئة …، حديثها',
    text: '«كنا نعيش على أمل العودة». بهذه العبارة بدأت الحاجة فاطمة الزين، وهي لاجئة في الثمانين من عمرها، حديثها.',
    quotes: [['كنا نعيش على أمل العودة', 'direct', 'فاطمة الزين']],
  },
  {
    what: 'after: «…». جاء ذلك في كلمة ألقاها المحافظ …',
    text: '«لا مكان للفساد في هذه الإدارة». جاء ذلك في كلمة ألقاها المحافظ سعيد الراشد أمام موظفي المحافظة.',
    quotes: [['لا مكان للفساد في هذه الإدارة', 'direct', 'سعيد الراشد']],
  },
  {
    what: 'after: a paragraph of quote, then بهذا الوعد ختم … in the next paragraph',
    text: '«سنعيد بناء كل بيت هدمه الزلزال».\n\nبهذا الوعد ختم رئيس الحكومة مراد السالم زيارته للمنطقة المنكوبة.',
    quotes: [['سنعيد بناء كل بيت هدمه الزلزال', 'direct', 'مراد السالم']],
  },
];

/** A quote with someone else's words inside it. */
const nestedRows: readonly Row[] = [
  {
    what: 'nested: a deputy quotes the prime minister, named inside the quote',
    text: 'وقال النائب مروان الحسيني: «رئيس الوزراء هشام الكبير قال لنا حرفيا ’الانتخابات في موعدها‘، ونحن نصدقه».',
    quotes: [
      [
        'رئيس الوزراء هشام الكبير قال لنا حرفيا ’الانتخابات في موعدها‘، ونحن نصدقه',
        'direct',
        'مروان الحسيني',
      ],
      ['الانتخابات في موعدها', 'direct', 'هشام الكبير'],
    ],
  },
  {
    what: 'nested: a festival director names a film in straight marks inside guillemets',
    text: 'وقالت مديرة المهرجان لينا عازار: «فيلم "الطريق إلى البحر" هو مفاجأة هذه الدورة».',
    quotes: [
      ['فيلم "الطريق إلى البحر" هو مفاجأة هذه الدورة', 'direct', 'لينا عازار'],
      ['الطريق إلى البحر', 'mention', null],
    ],
  },
  {
    what: 'nested: a union leader quotes a slogan of the strikers inside his words',
    text: 'وقال الأمين العام للاتحاد نور الدين بلقاسم: «العمال رفعوا شعار ’الكرامة قبل الخبز‘، ونحن معهم».',
    quotes: [
      ['العمال رفعوا شعار ’الكرامة قبل الخبز‘، ونحن معهم', 'direct', 'نور الدين بلقاسم'],
      ['الكرامة قبل الخبز', 'mention', null],
    ],
  },
];

/** Dialect inside the marks: the cue and the speaker are in standard Arabic around it. */
const dialectRows: readonly Row[] = [
  {
    what: 'dialect: Egyptian, a taxi driver in the present tense',
    text: 'ويقول سائق التاكسي أحمد فتحي: «البنزين غلي تاني، وإحنا مش عارفين نعمل إيه».',
    quotes: [['البنزين غلي تاني، وإحنا مش عارفين نعمل إيه', 'direct', 'أحمد فتحي']],
  },
  {
    what: 'dialect: Gulf, a fisherman with his nationality',
    text: 'يقول الصياد الإماراتي راشد المزروعي: «البحر تغير، والسمك ما عاد مثل أول».',
    quotes: [['البحر تغير، والسمك ما عاد مثل أول', 'direct', 'راشد المزروعي']],
  },
  {
    what: 'dialect: Maghrebi, a young man described after his name',
    text: 'وقال الشاب يونس البقالي، وهو عاطل عن العمل منذ سنتين: «ما كاين والو، بغيت غير خدمة نعيش بها».',
    quotes: [['ما كاين والو، بغيت غير خدمة نعيش بها', 'direct', 'يونس البقالي']],
  },
  {
    what: 'dialect: Levantine, a student with a question inside the quote',
    text: 'وقالت الطالبة ريما حداد: «شو بدنا نعمل؟ ما في كهربا ولا إنترنت».',
    quotes: [['شو بدنا نعمل؟ ما في كهربا ولا إنترنت', 'direct', 'ريما حداد']],
  },
  {
    what: 'dialect: Egyptian, the quote first, then قالت سيدة … تدعى',
    text: '«إحنا تعبنا ومحدش سائل فينا»، قالت سيدة خمسينية تدعى نادية عبد الرحمن.',
    quotes: [['إحنا تعبنا ومحدش سائل فينا', 'direct', 'نادية عبد الرحمن']],
  },
];

/** Social media: tweets, posts, blogs. */
const socialRows: readonly Row[] = [
  {
    what: 'social: غرّد … قائلا and a colon',
    text: 'وغرّد رئيس الوزراء الأسبق نبيل الحريري قائلا: «الوطن أكبر من الجميع».',
    quotes: [['الوطن أكبر من الجميع', 'direct', 'نبيل الحريري']],
  },
  {
    what: 'social: دوّنت … على صفحتها في فيسبوك and a colon',
    text: 'ودوّنت الناشطة الحقوقية سلمى العلي على صفحتها في فيسبوك: «لن نصمت بعد اليوم».',
    quotes: [['لن نصمت بعد اليوم', 'direct', 'سلمى العلي']],
  },
  {
    what: 'social: نشر … على حسابه صورة، وكتب and a colon',
    text: 'ونشر اللاعب ياسين الإدريسي على حسابه في إنستغرام صورة مع عائلته، وكتب: «شكرا لكل من ساندني».',
    quotes: [['شكرا لكل من ساندني', 'direct', 'ياسين الإدريسي']],
  },
  {
    what: 'social: «…»، غرّد الكاتب … على منصة إكس',
    text: '«الحرية لا تتجزأ»، غرّد الكاتب عمرو الشاذلي على منصة إكس.',
    quotes: [['الحرية لا تتجزأ', 'direct', 'عمرو الشاذلي']],
  },
  {
    what: 'social: «…»، كتبت الممثلة … على صفحتها',
    text: '«شكرا لكل من وقف معنا في المحنة»، كتبت الممثلة دينا فاروق على صفحتها في فيسبوك.',
    quotes: [['شكرا لكل من وقف معنا في المحنة', 'direct', 'دينا فاروق']],
  },
  {
    what: 'social: a hashtag in guillemets is a mention',
    text: 'وتصدر وسم «#لا_لغلاء_الأسعار» قائمة الأكثر تداولا في المغرب.',
    quotes: [['#لا_لغلاء_الأسعار', 'mention', null]],
  },
  {
    what: 'social: activists launch a hashtag in straight marks',
    text: 'وأطلق ناشطون وسم "#أنقذوا_الغابة" على مواقع التواصل الاجتماعي.',
    quotes: [['#أنقذوا_الغابة', 'mention', null]],
  },
  {
    what: 'social: نشر على حسابه الرسمي أن with a fragment',
    text: 'ونشر وزير الاتصالات طلال المهيري على حسابه الرسمي أن «خدمة الجيل الخامس ستطلق الشهر المقبل».',
    quotes: [['خدمة الجيل الخامس ستطلق الشهر المقبل', 'partial', 'طلال المهيري']],
  },
];

/** Press conferences with several officials, and the questions reporters asked. */
const conferenceRows: readonly Row[] = [
  {
    what: 'conference: two ministers, بدوره between them, then وأضاف with the first one’s surname',
    text: 'وفي مؤتمر صحفي مشترك، قال وزير الداخلية منصور الطيب: «الوضع الأمني مستقر». بدوره، قال وزير الصحة نبيل عواد: «المستشفيات في حالة تأهب». وأضاف الطيب: «لن نتهاون مع أي خرق».',
    quotes: [
      ['الوضع الأمني مستقر', 'direct', 'منصور الطيب'],
      ['المستشفيات في حالة تأهب', 'direct', 'نبيل عواد'],
      ['لن نتهاون مع أي خرق', 'direct', 'منصور الطيب'],
    ],
  },
  {
    what: 'conference: a spokesman with أن, then فيما قالت a woman minister',
    text: 'وأكد المتحدث باسم الحكومة سامر الخياط خلال المؤتمر الصحفي أن «الحكومة ماضية في الإصلاحات»، فيما قالت وزيرة التخطيط ليلى الحمدان: «الخطة جاهزة للتنفيذ».',
    quotes: [
      ['الحكومة ماضية في الإصلاحات', 'partial', 'سامر الخياط'],
      ['الخطة جاهزة للتنفيذ', 'direct', 'ليلى الحمدان'],
    ],
  },
  {
    what: 'conference: the officials listed first, then each by surname',
    text: 'وشارك في المؤتمر رئيس الهيئة العامة للطيران المدني علي الكواري ومدير المطار حمد النعيمي.\n\nوقال الكواري: «الحركة الجوية عادت إلى طبيعتها». من جهته، أوضح النعيمي أن «الرحلات المتأخرة ستنطلق الليلة».',
    quotes: [
      ['الحركة الجوية عادت إلى طبيعتها', 'direct', 'علي الكواري'],
      ['الرحلات المتأخرة ستنطلق الليلة', 'partial', 'حمد النعيمي'],
    ],
  },
  {
    what: 'question: وعندما سأله صحفي عن …، قال الوزير',
    text: 'وعندما سأله صحفي عن مصير المفاوضات، قال وزير الخارجية رامز عيسى: «المفاوضات لم تمت».',
    quotes: [['المفاوضات لم تمت', 'direct', 'رامز عيسى']],
  },
  {
    what: 'question: a named reporter asks in quotes, then فأجاب the spokesman',
    text: 'وسألت مراسلة قناة «الغد» سارة منصور: «متى تنتهي الأزمة؟». فأجاب المتحدث باسم الرئاسة جواد سليم: «قريبا جدا».',
    quotes: [
      ['الغد', 'mention', null],
      ['متى تنتهي الأزمة؟', 'direct', 'سارة منصور'],
      ['قريبا جدا', 'direct', 'جواد سليم'],
    ],
  },
  {
    what: 'question: a reporter’s question reported, then رد … قائلا',
    text: 'وسئل رئيس البرلمان كمال الدين زيدان عن موعد الجلسة المقبلة، فرد قائلا: «سنعلن الموعد في حينه».',
    quotes: [['سنعلن الموعد في حينه', 'direct', 'كمال الدين زيدان']],
  },
];

/** Slogans, campaign names and placards as mentions. */
const sloganRows: readonly Row[] = [
  {
    what: 'slogans: placards with two slogans joined by و',
    text: 'ورفع المحتجون لافتات كتب عليها «لا للتهجير» و«الأرض لأصحابها».',
    quotes: [
      ['لا للتهجير', 'mention', null],
      ['الأرض لأصحابها', 'mention', null],
    ],
  },
  {
    what: 'slogans: a campaign تحت شعار «…»',
    text: 'وأطلقت وزارة الصحة حملة توعية تحت شعار «صحتك أمانة» في جميع المدارس.',
    quotes: [['صحتك أمانة', 'mention', null]],
  },
  {
    what: 'slogans: fans chant a slogan as an object (ردد … شعار «…»)',
    text: 'وردد المشجعون شعار «كلنا للمنتخب» طوال المباراة.',
    quotes: [['كلنا للمنتخب', 'mention', null]],
  },
  {
    what: 'slogans: a conference held under a title, then its chairman speaks',
    text: 'وانطلقت أعمال المؤتمر تحت عنوان «المياه والأمن الغذائي»، وقال رئيسه الدكتور سمير النجار: «ندق ناقوس الخطر».',
    quotes: [
      ['المياه والأمن الغذائي', 'mention', null],
      ['ندق ناقوس الخطر', 'direct', 'سمير النجار'],
    ],
  },
];

describe('probe4: experts in turn', () => {
  runRows(expertRows);
});
describe('probe4: questions and answers', () => {
  runRows(interviewRows);
});
describe('probe4: long quotes', () => {
  runRows(longRows);
});
describe('probe4: speaker after the quote', () => {
  runRows(afterRows);
});
describe('probe4: nested quotes', () => {
  runRows(nestedRows);
});
describe('probe4: dialect', () => {
  runRows(dialectRows);
});
describe('probe4: social media', () => {
  runRows(socialRows);
});
describe('probe4: press conferences and questions', () => {
  runRows(conferenceRows);
});
describe('probe4: slogans', () => {
  runRows(sloganRows);
});
