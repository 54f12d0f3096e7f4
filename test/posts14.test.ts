/**
 * The speaker's name after posts in apposition, and unnamed members of bodies (posts14). News puts a post or
 * a description before a name between commas (مدير …، العقيد فلان، إن, صاحبة فندق صغير، فلانة، وتقول),
 * sometimes a second post or a role noun after the first (عضو اللجنة … سيدة الأعمال فلانة, قائد الفريق،
 * عالم الأحافير في جامعة …، الدكتور فلان،), sometimes a body named for a person inside the post (بجامعة
 * الملك سعود، فلانة،, في ساحة القديس مرقس، يدعى فلان،), or the name in an aside (ويدعى فلان, تدعى فلانة,
 * واسمه فلان). The speaker is the name, whole, without the posts; the namesake of a body is no speaker.
 * An unnamed member of a named body (مصدر في …, قاض في محكمة …, مسؤول في …) who asks not to be named is
 * credited to the body.
 * Every row is a passage written here in news style, Saudi papers' and international outlets' ways, with
 * invented people; its quotes and speakers were written down before the engine was run on it.
 * Guard rows keep the near shapes the engine already reads right: a title with no name after it, a body
 * named for a person with no name after it, a name before its post, a counterpart named after the subject
 * (استقبل الوزير نظيره، فلان،), a named spokesman of a body, ، يدعى after the cue's complement.
 * Count: the first 45 rows (35 of the class, 10 guards), written before any rule: 16 class rows failed, and
 * 4 guards (a title's place dropped, a counterpart's and a praised player's name taken for the subject's:
 * marked, so no guards; an unnamed spokesman, which the project's rows credit to the spokesman's phrase,
 * dropped). After the rule (namedInAside: an indefinite description, a few words, a comma and
 * يدعى/تدعى/ويدعى/واسمه/واسمها: the name after the verb is the speaker): 13 class rows fail (marked).
 * Four guards added after the rule, written before they were run: all pass. 48 rows (35 class, 13 rows
 * of near shapes), 16 marked. The second rule (namedInApposition: words read as the name that are a
 * namesake in a place's or a body's name — after الملك/الإمام/القديس right after a street's or a body's
 * head, or right after such a head — or a description by its head with no title read — أحد, a title's
 * word, صاحب and a business — then a person's name in apposition after a comma: the name is the
 * speaker): 3 class rows more pass, 10 class rows fail. namesakeRows2 (8: 4 of the class, 4 guards),
 * written before they were run on the second rule: 1 failed (a namesake's title in the walk to the comma,
 * read as another person's title), fixed by passing over a namesake's title there. 56 rows (39 class,
 * 17 near shapes), 13 marked (10 class, 3 near shapes). The third rule (قاض/محام, the defective noun as
 * news writes it indefinite, is the title قاضي is; قاض, قاضية and دبلوماسي are unnamed members who speak
 * for their body) fixed the judge row (the diplomat's now goes to the embassy, without its seat: still
 * marked). memberRows2 (4: 2 of the class, 2 guards), written before they were run on the third rule: all
 * pass. 60 rows (41 class, 19 near shapes), 12 marked (9 class, 3 near shapes). The fourth rule (a
 * scientist — عالم before a science — opens a second post between commas; a scientist or an astronaut —
 * رائد/رائدة الفضاء — is a title in construct before the name in apposition) fixed the two chain rows
 * (عالم الآثار, رائد الفضاء). chainRows2 (3: 2 of the class, 1 guard), written before they were run on the
 * fourth rule: all pass. 63 rows (43 class, 20 near shapes), 10 marked (7 class, 3 near shapes). The
 * fifth rule (a lone indefinite noun of a role's shape — فاعل or one in ة, no given name — before في/من is
 * a description too) fixed the عامل and طالبة rows. loneRows (3: 2 of the class, 1 guard), written before
 * they were run on the fifth rule. 66 rows (45 class, 21 near shapes), 8 marked (5 class, 3 near shapes).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const commaRows: readonly Row[] = [
  {
    what: 'a post, then a rank and the name between commas, إن «…»',
    text: 'وقال مدير إدارة المرور في منطقة القصيم، العقيد فهد بن ناصر المطيري، إن الحملة «ستستمر حتى نهاية الشهر».',
    quotes: [['ستستمر حتى نهاية الشهر', 'partial', 'فهد بن ناصر المطيري']],
  },
  {
    what: 'a woman described by her work, then her name between commas, تقول إن «…»',
    text: 'وتقول معلمة في مدرسة ابتدائية بحي النسيم، هيفاء العتيبي، إن الطالبات «يحتجن إلى ساحات مظللة قبل الصيف».',
    quotes: [['يحتجن إلى ساحات مظللة قبل الصيف', 'partial', 'هيفاء العتيبي']],
  },
  {
    what: 'a farmer described by his state, a foreign two-word name between commas, then لوكالة and a colon',
    text: 'وقال مزارع من ولاية أيوا، توم ريتشاردز، لوكالة رويترز: «خسرنا نصف المحصول بسبب الجفاف».',
    quotes: [['خسرنا نصف المحصول بسبب الجفاف', 'direct', 'توم ريتشاردز']],
  },
  {
    what: 'a shop owner (صاحب) described, his name between commas, then a clause and ويقول:',
    text: 'يقف صاحب محل لبيع العطور في سوق المباركية، يوسف الرشيدي، أمام بضاعته الكاسدة، ويقول: «لم أبع شيئاً منذ الصباح».',
    quotes: [['لم أبع شيئاً منذ الصباح', 'direct', 'يوسف الرشيدي']],
  },
  {
    what: 'a woman described as صاحبة مزرعة, her foreign name between commas, then وتقول: in " "',
    text: 'تتفقد صاحبة مزرعة كروم في إقليم بوردو، إيزابيل مارتان، عناقيد العنب المحترقة، وتقول: "هذا أسوأ موسم عرفته عائلتي".',
    quotes: [['هذا أسوأ موسم عرفته عائلتي', 'direct', 'إيزابيل مارتان']],
  },
  {
    what: 'a nurse described with her hospital, her name between commas, أكدت أن «…»',
    text: 'وأكدت ممرضة في قسم العناية المركزة، ليلى الحسيني، أن الطاقم «يعمل منذ ثلاثة أيام دون راحة».',
    quotes: [['يعمل منذ ثلاثة أيام دون راحة', 'partial', 'ليلى الحسيني']],
  },
  {
    what: 'a resident of a quarter, a kunya between commas, then قال إن «…»',
    text: 'وقال أحد سكان حي الشاطئ، أبو خالد الغامدي، إن المياه «غمرت الطوابق الأرضية خلال دقائق».',
    quotes: [['غمرت الطوابق الأرضية خلال دقائق', 'partial', 'أبو خالد الغامدي']],
  },
  {
    what: 'the quote first, then قال with a description and a foreign name between commas',
    text: '«لن نعود إلى المصنع قبل أن تدفع الأجور»، قال عامل في مصنع السيارات، مارك دوبوا، للصحفيين أمام البوابة.',
    quotes: [['لن نعود إلى المصنع قبل أن تدفع الأجور', 'direct', 'مارك دوبوا']],
  },
  {
    what: 'a student described by her year, her name between commas, then a colon',
    text: 'وقالت طالبة في السنة الثالثة بكلية الطب، ريم القحطاني: «نحتاج إلى ساعات تدريب أطول في المستشفيات».',
    quotes: [['نحتاج إلى ساعات تدريب أطول في المستشفيات', 'direct', 'ريم القحطاني']],
  },
];

const loneRows: readonly Row[] = [
  {
    what: 'a lone participle (سائق) with من and his town, his name between commas, قال إن «…»',
    text: 'وقال سائق من محافظة الطائف، مشعل الثبيتي، إن الطريق «يحتاج إلى إنارة».',
    quotes: [['يحتاج إلى إنارة', 'partial', 'مشعل الثبيتي']],
  },
  {
    what: 'a lone feminine role noun (باحثة) with في, a foreign name between commas, then لوكالة and a colon',
    text: 'وقالت باحثة في معهد باستور، صوفي لوران، لوكالة فرانس برس: «اللقاح آمن».',
    quotes: [['اللقاح آمن', 'direct', 'صوفي لوران']],
  },
  {
    what: 'guard: a man named by a given name of the participle shape (ماجد), then في and a place between commas',
    text: 'وقال ماجد في حديثه، مساء أمس، إن الفريق «جاهز».',
    quotes: [['جاهز', 'partial', 'ماجد']],
  },
];

const chainRows: readonly Row[] = [
  {
    what: 'a committee post, then a second role noun with no comma (رجل الأعمال) and the name, أكد أن «…»',
    text: 'وأكد عضو مجلس الغرف السعودية رجل الأعمال سعد بن عبدالله القحطاني أن القرار «سيخفض تكاليف الشحن».',
    quotes: [['سيخفض تكاليف الشحن', 'partial', 'سعد بن عبدالله القحطاني']],
  },
  {
    what: 'a woman committee member, then سيدة الأعمال and her name, أوضحت أن «…»',
    text: 'وأوضحت عضو لجنة السياحة في غرفة جدة سيدة الأعمال سلوى بنت فيصل العمودي أن الفنادق «ممتلئة حتى نهاية الموسم».',
    quotes: [['ممتلئة حتى نهاية الموسم', 'partial', 'سلوى بنت فيصل العمودي']],
  },
  {
    what: 'a head of department, then a second post between commas, then الدكتور and the name, أن «…»',
    text: 'وأوضح رئيس قسم الطوارئ في المستشفى، استشاري طب الطوارئ، الدكتور خالد العمري، أن المستشفى «استقبل أكثر من 40 حالة».',
    quotes: [['استقبل أكثر من 40 حالة', 'partial', 'خالد العمري']],
  },
  {
    what: 'a team leader, then a scientist (عالم) at a university between commas, then الدكتور and the name, a colon after في مؤتمر صحفي',
    text: 'وقال رئيس البعثة، عالم الآثار في جامعة أكسفورد، الدكتور جيمس هارتلي، في مؤتمر صحفي: "عثرنا على أقدم مرفأ في المنطقة".',
    quotes: [['عثرنا على أقدم مرفأ في المنطقة', 'direct', 'جيمس هارتلي']],
  },
  {
    what: 'relayed words: a post, then a role noun (رائد الفضاء) and a foreign three-word name, قوله:',
    text: 'ونقلت وكالة «نوفوستي» عن قائد البعثة الحالية، رائد الفضاء سيرغي بافلوفيتش كوزنيتسوف، قوله: «الطاقم في حالة جيدة».',
    quotes: [
      ['نوفوستي', 'mention', null],
      ['الطاقم في حالة جيدة', 'direct', 'سيرغي بافلوفيتش كوزنيتسوف'],
    ],
  },
  {
    what: 'relayed words of a woman: a post, then a role noun (الطبيبة) and her name between commas, قولها:',
    text: 'ونقلت صحيفة «الغارديان» عن مديرة المستشفى الميداني، الطبيبة سارة ويليامز، قولها: «نفدت لدينا المضادات الحيوية».',
    quotes: [
      ['الغارديان', 'mention', null],
      ['نفدت لدينا المضادات الحيوية', 'direct', 'سارة ويليامز'],
    ],
  },
  {
    what: 'a coach, then a second post (لاعب سابق) between commas, then a name, وقال:',
    text: 'وقال مدرب فريق الناشئين، لاعب المنتخب السابق، ماجد الشهراني، للصحفيين: «المواهب موجودة وتحتاج إلى صبر».',
    quotes: [['المواهب موجودة وتحتاج إلى صبر', 'direct', 'ماجد الشهراني']],
  },
  {
    what: 'a plural-style post with a woman pilot, then الكابتن and her name, أكدت أن "…"',
    text: 'وأكدت أول قائدة طائرة في الشركة، الكابتن هند الزهراني، أن الرحلة "كانت حلماً تحقق بعد سنوات".',
    quotes: [['كانت حلماً تحقق بعد سنوات', 'partial', 'هند الزهراني']],
    gaps: ['attribution'],
    // engine gap: credits the quote to أول, the ordinal opening the post
  },
];

const chainRows2: readonly Row[] = [
  {
    what: 'a woman team head, then a woman astronomer (عالمة الفلك) at an observatory, then الدكتورة and her name, إن «…»',
    text: 'وقالت رئيسة الفريق، عالمة الفلك في مرصد باريس، الدكتورة كلير مورو، إن الاكتشاف «يغير فهمنا للمجرة».',
    quotes: [['يغير فهمنا للمجرة', 'partial', 'كلير مورو']],
  },
  {
    what: 'relayed words of a woman mission head, then رائدة الفضاء and her name, قولها:',
    text: 'ونقلت صحيفة «لوموند» عن قائدة المهمة، رائدة الفضاء إيلين دوبري، قولها: «رأينا العاصفة من المدار».',
    quotes: [
      ['لوموند', 'mention', null],
      ['رأينا العاصفة من المدار', 'direct', 'إيلين دوبري'],
    ],
  },
  {
    what: 'guard: عالم before no science is the world, no post (في عالم السياسة)',
    text: 'وقال رئيس الحزب، في عالم السياسة لا أصدقاء دائمين، إن التحالف «انتهى».',
    quotes: [['انتهى', 'partial', 'رئيس الحزب']],
  },
];

const namesakeRows: readonly Row[] = [
  {
    what: 'a woman scholar at a university named after a king, her name between commas, أن «…»',
    text: 'وترى الأستاذة في قسم علم الاجتماع بجامعة الملك سعود، نورة الشهري، أن الظاهرة «تحتاج إلى دراسة ميدانية».',
    quotes: [['تحتاج إلى دراسة ميدانية', 'partial', 'نورة الشهري']],
  },
  {
    what: 'a doctor at a hospital named after a king, his name between commas, قال إن «…»',
    text: 'وقال الطبيب في مستشفى الملك فهد التخصصي، ماجد الحربي، إن المريض «تجاوز مرحلة الخطر».',
    quotes: [['تجاوز مرحلة الخطر', 'partial', 'ماجد الحربي']],
  },
  {
    what: 'a researcher at a university named after a man, الدكتورة then her name, ترى أن «…»',
    text: 'وترى الباحثة في مركز الدراسات بجامعة الأمير سلطان، الدكتورة أمل الدوسري، أن الأرقام «تخفي تفاوتاً كبيراً».',
    quotes: [['تخفي تفاوتاً كبيراً', 'partial', 'أمل الدوسري']],
  },
  {
    what: 'a seller in a square named after a saint, يدعى then his name, relayed with قوله:',
    text: 'ونقلت صحيفة «كورييري ديلا سيرا» عن بائع تذكارات في ساحة القديس مرقس، يدعى جوفاني روسي، قوله: «الماء وصل إلى ركبتي».',
    quotes: [
      ['كورييري ديلا سيرا', 'mention', null],
      ['الماء وصل إلى ركبتي', 'direct', 'جوفاني روسي'],
    ],
  },
  {
    what: 'a teacher at a school named after a man, her name between commas, وتقول: «…»',
    text: 'وتقول المعلمة في مدرسة الإمام الشافعي الابتدائية، منى السالم، للصحيفة: «الفصول مكتظة بأكثر من أربعين طالبة».',
    quotes: [['الفصول مكتظة بأكثر من أربعين طالبة', 'direct', 'منى السالم']],
  },
  {
    what: 'an engineer on a road named after a king, his name between commas, أوضح أن "…"',
    text: 'وأوضح مهندس المشروع في طريق الملك عبدالله، وليد الشمري، أن الأعمال "ستنتهي قبل موعدها".',
    quotes: [['ستنتهي قبل موعدها', 'partial', 'وليد الشمري']],
  },
];

const namesakeRows2: readonly Row[] = [
  {
    what: 'an imam of a mosque named after a king, الشيخ then his name between commas, إن «…»',
    text: 'وقال إمام مسجد الملك خالد، الشيخ سعد العصيمي، إن المصلين «التزموا بالتعليمات».',
    quotes: [['التزموا بالتعليمات', 'partial', 'سعد العصيمي']],
  },
  {
    what: 'a woman shop owner on a street named after a king, her kunya between commas, تقول إن «…»',
    text: 'وتقول صاحبة محل للخياطة في شارع الملك فيصل، أم ريان، إن الطلب «تضاعف قبل العيد».',
    quotes: [['تضاعف قبل العيد', 'partial', 'أم ريان']],
  },
  {
    what: 'one of a group in a place, his name between commas, إن «…»',
    text: 'وقال أحد المصلين في ساحة المسجد، عبدالرحمن الغامدي، إن الزحام «أقل من العام الماضي».',
    quotes: [['أقل من العام الماضي', 'partial', 'عبدالرحمن الغامدي']],
  },
  {
    what: 'a student at a college named after a prince, his name between commas, لـ and a paper and a colon',
    text: 'وقال الطالب في كلية الأمير سلطان، فيصل المطيري، لـ«الوطن»: «نحتاج إلى سكن قريب من الكلية».',
    quotes: [
      ['الوطن', 'mention', null],
      ['نحتاج إلى سكن قريب من الكلية', 'direct', 'فيصل المطيري'],
    ],
  },
  {
    what: 'guard: a governor then his own title and name (أمير منطقة تبوك الأمير فلان), no namesake',
    text: 'وقال أمير منطقة تبوك الأمير فهد بن سلطان إن المشروع «سيخدم أهالي المنطقة».',
    quotes: [['سيخدم أهالي المنطقة', 'partial', 'فهد بن سلطان']],
  },
  {
    what: 'guard: the head of a hospital named after a king, no name after it',
    text: 'وقالت مديرة مستشفى الملك خالد إن المستشفى «جاهز لاستقبال الحالات».',
    quotes: [['جاهز لاستقبال الحالات', 'partial', 'مديرة مستشفى الملك خالد']],
  },
  {
    what: 'guard: a shop owner with no name, then في حديثه between commas',
    text: 'وقال صاحب المحل، في حديثه للصحيفة، إن الأسعار «ارتفعت بنسبة الربع».',
    quotes: [['ارتفعت بنسبة الربع', 'partial', 'صاحب المحل']],
  },
  {
    what: 'guard: one of the employees, then a time between commas, no name',
    text: 'وقال أحد الموظفين، مساء أمس، إن النظام «توقف ثلاث ساعات».',
    quotes: [['توقف ثلاث ساعات', 'partial', 'أحد الموظفين']],
  },
];

const asideRows: readonly Row[] = [
  {
    what: 'one of the protesters, ويدعى then his name, then لوكالة and a colon',
    text: 'وقال أحد المتظاهرين، ويدعى كريم بن علي، لوكالة فرانس برس: «لن نغادر الشارع قبل رحيل الحكومة».',
    quotes: [['لن نغادر الشارع قبل رحيل الحكومة', 'direct', 'كريم بن علي']],
  },
  {
    what: 'one of the drivers, ويدعى then his name, then عن … قائلا:',
    text: 'ودافع أحد سائقي الأجرة، ويدعى ناصر الحربي، عن زملائه قائلا: «نعمل اثنتي عشرة ساعة في اليوم».',
    quotes: [['نعمل اثنتي عشرة ساعة في اليوم', 'direct', 'ناصر الحربي']],
    gaps: ['attribution'],
    // engine gap: leaves the quote with no speaker: the subject of ودافع before قائلا is not taken with the name in the ويدعى aside
  },
  {
    what: 'a woman student, تدعى then her name, قالت إن «…»',
    text: 'وقالت طالبة في الصف الثالث الثانوي، تدعى سارة الدوسري، إن الاختبار «كان أطول من الوقت المحدد».',
    quotes: [['كان أطول من الوقت المحدد', 'partial', 'سارة الدوسري']],
  },
  {
    what: 'a survivor, واسمه then his name, روى أن "…"',
    text: 'وروى أحد الناجين، واسمه حسن الزين، أن الموج "ابتلع القارب في ثوان".',
    quotes: [['ابتلع القارب في ثوان', 'partial', 'حسن الزين']],
  },
  {
    what: 'a mother, وتدعى then her kunya, تقول:',
    text: 'وتقف إحدى الأمهات أمام المدرسة، وتدعى أم سلطان، وتقول: «ننتظر هنا كل يوم ساعة كاملة».',
    quotes: [['ننتظر هنا كل يوم ساعة كاملة', 'direct', 'أم سلطان']],
    gaps: ['attribution'],
    // engine gap: reads the quote after وتقول as a mention with no speaker (before the aside rule it went to إحدى الأمهات)
  },
  {
    what: 'a relayed nun, تدعى then her foreign name, قولها:',
    text: 'ونقلت وكالة «رويترز» عن راهبة في دير قرب المدينة، تدعى آنا كوفالسكا، قولها: «لم نر مثل هذا البرد من قبل».',
    quotes: [
      ['رويترز', 'mention', null],
      ['لم نر مثل هذا البرد من قبل', 'direct', 'آنا كوفالسكا'],
    ],
  },
];

const memberRows: readonly Row[] = [
  {
    what: 'an unnamed judge of a named court, طلب عدم ذكر اسمه between commas, إن «…»',
    text: 'وقال قاض في المحكمة العامة بجدة، طلب عدم ذكر اسمه، إن القضايا العقارية «تستغرق وقتاً طويلاً».',
    quotes: [['تستغرق وقتاً طويلاً', 'partial', 'المحكمة العامة بجدة']],
  },
  {
    what: 'an unnamed source of a named body, لـ and a paper, then طالبا عدم ذكر اسمه, إن «…»',
    text: 'وقال مصدر في الهيئة العامة للطيران المدني لـ«عكاظ»، طالبا عدم ذكر اسمه، إن الرحلات «ستعود تدريجياً».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['ستعود تدريجياً', 'partial', 'الهيئة العامة للطيران المدني'],
    ],
  },
  {
    what: 'an unnamed officer of a named army, لوكالة then مشترطا عدم كشف هويته, إن "…"',
    text: 'وقال ضابط في الجيش اللبناني لوكالة الصحافة الفرنسية، مشترطا عدم كشف هويته، إن الاشتباكات "توقفت فجراً".',
    quotes: [['توقفت فجراً', 'partial', 'الجيش اللبناني']],
    gaps: ['attribution'],
    // engine gap: takes the agency لوكالة الصحافة الفرنسية into the army’s name
  },
  {
    what: 'an unnamed woman official of a ministry, فضلت عدم ذكر اسمها, أكدت أن «…»',
    text: 'وأكدت مسؤولة في وزارة التعليم، فضلت عدم ذكر اسمها، أن المناهج الجديدة «ستطبق العام المقبل».',
    quotes: [['ستطبق العام المقبل', 'partial', 'وزارة التعليم']],
  },
  {
    what: 'an unnamed diplomat of a named embassy, رفض الكشف عن هويته, then أضاف:',
    text: 'وأوضح دبلوماسي في السفارة الفرنسية بالرياض، رفض الكشف عن هويته، أن المفاوضات «مستمرة»، وأضاف: «لا نتوقع اتفاقاً قريباً».',
    quotes: [
      ['مستمرة', 'partial', 'السفارة الفرنسية بالرياض'],
      ['لا نتوقع اتفاقاً قريباً', 'direct', 'السفارة الفرنسية بالرياض'],
    ],
    gaps: ['attribution'],
    // engine gap: credits the quotes to السفارة الفرنسية, the embassy without its seat بالرياض (before the third
    // rule, to the whole phrase دبلوماسي في السفارة …)
  },
  {
    what: 'an unnamed member of a named council, the quote first, then قال with the member and the council',
    text: '«لم يعرض علينا المشروع قبل التصويت»، قال عضو في المجلس البلدي لمحافظة جدة طلب عدم ذكر اسمه.',
    quotes: [['لم يعرض علينا المشروع قبل التصويت', 'direct', 'المجلس البلدي لمحافظة جدة']],
  },
];

const memberRows2: readonly Row[] = [
  {
    what: 'an unnamed woman judge of a named court with its city, فضلت عدم ذكر اسمها, قالت إن «…»',
    text: 'وقالت قاضية في محكمة الأسرة بتونس، فضلت عدم ذكر اسمها، إن قضايا النفقة «تضاعفت خلال عامين».',
    quotes: [['تضاعفت خلال عامين', 'partial', 'محكمة الأسرة بتونس']],
  },
  {
    what: 'an unnamed judge (قاض, the defective ي dropped) of a named court, رفض الكشف عن اسمه, أكد أن «…»',
    text: 'وأكد قاض في المحكمة الإدارية، رفض الكشف عن اسمه، أن الحكم «نهائي وغير قابل للطعن».',
    quotes: [['نهائي وغير قابل للطعن', 'partial', 'المحكمة الإدارية']],
  },
  {
    what: 'guard: a named judge of a court, his name in apposition',
    text: 'وقال القاضي في المحكمة العامة بجدة، عبدالله الزهراني، إن الجلسة «أجلت إلى الشهر المقبل».',
    quotes: [['أجلت إلى الشهر المقبل', 'partial', 'عبدالله الزهراني']],
  },
  {
    what: 'guard: an indefinite judge named after يدعى',
    text: 'وقال قاض في المحكمة الجزائية يدعى ماجد العنزي إن القضية «معقدة».',
    quotes: [['معقدة', 'partial', 'ماجد العنزي']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a title with no name after it stays the speaker',
    text: 'وقال مدير إدارة التعليم في منطقة تبوك، في تصريح صحفي، إن المدارس «جاهزة لاستقبال الطلاب».',
    quotes: [['جاهزة لاستقبال الطلاب', 'partial', 'مدير إدارة التعليم في منطقة تبوك']],
    gaps: ['attribution'],
    // engine gap: gives مدير إدارة التعليم, dropping في منطقة تبوك from the title (not a guard, then: marked)
  },
  {
    what: 'guard: a head of a university named after a king, with no name after it, is no namesake',
    text: 'وقال مدير جامعة الملك عبدالعزيز إن الجامعة «ستفتتح كلية جديدة للذكاء الاصطناعي».',
    quotes: [['ستفتتح كلية جديدة للذكاء الاصطناعي', 'partial', 'مدير جامعة الملك عبدالعزيز']],
  },
  {
    what: 'guard: a name before its post between commas',
    text: 'وقال فهد العتيبي، مدير فرع الوزارة في المنطقة، إن الأعمال «تسير وفق الخطة».',
    quotes: [['تسير وفق الخطة', 'partial', 'فهد العتيبي']],
  },
  {
    what: 'guard: a name then a relative clause between commas',
    text: 'وقال سامي الحربي، الذي يعمل في المصنع منذ عشرين عاماً، إن الإدارة «لم تصرف الرواتب منذ شهرين».',
    quotes: [['لم تصرف الرواتب منذ شهرين', 'partial', 'سامي الحربي']],
  },
  {
    what: 'guard: a counterpart named after the subject (استقبل الوزير نظيره، فلان،) keeps the subject',
    text: 'واستقبل وزير الخارجية نظيره الفرنسي، جان مارك دوبوا، في الرياض، وقال إن المحادثات «كانت بناءة».',
    quotes: [['كانت بناءة', 'partial', 'وزير الخارجية']],
    gaps: ['attribution'],
    // engine gap: credits the quote to the counterpart named after نظيره, not to the minister (not a guard, then: marked)
  },
  {
    what: 'guard: a named spokesman of a body, a rank before his name',
    text: 'وقال المتحدث باسم وزارة الداخلية، اللواء منصور الفهد، إن الحادث «لم يسفر عن إصابات».',
    quotes: [['لم يسفر عن إصابات', 'partial', 'منصور الفهد']],
  },
  {
    what: 'guard: a named person with a post, then the name of a body after في in the post, no name after it',
    text: 'وأكد الأمين العام لمجلس التعاون لدول الخليج العربية، في كلمته، أن الأمن «مسؤولية مشتركة».',
    quotes: [['مسؤولية مشتركة', 'partial', 'الأمين العام لمجلس التعاون لدول الخليج العربية']],
  },
  {
    what: 'guard: a post, then the name and ، الذي …، before the cue',
    text: 'وقال رئيس النادي، خالد المري، الذي تولى منصبه قبل عامين، إن الفريق «سيعود أقوى».',
    quotes: [['سيعود أقوى', 'partial', 'خالد المري']],
  },
  {
    what: 'guard: a speaker praising a player named in commas after the object, the subject keeps the quote',
    text: 'وأشاد مدرب المنتخب بلاعبه، سالم الدوسري، وقال: «قدم مباراة كبيرة».',
    quotes: [['قدم مباراة كبيرة', 'direct', 'مدرب المنتخب']],
    gaps: ['attribution'],
    // engine gap: credits the quote to the player named after بلاعبه, not to the coach (not a guard, then: marked)
  },
  {
    what: 'guard: ، يدعى after an object of the cue’s complement names that one, not the speaker',
    text: 'وقال مدير الشركة إن موظفاً في المستودع، يدعى سالم العنزي، «تصرف بشجاعة نادرة».',
    quotes: [['تصرف بشجاعة نادرة', 'partial', 'مدير الشركة']],
  },
  {
    what: 'guard: a name, then ، وهو أحد سكان الحي،',
    text: 'وقال عبدالله الشمري، وهو أحد سكان الحي، إن الشارع «لم ينظف منذ أسبوع».',
    quotes: [['لم ينظف منذ أسبوع', 'partial', 'عبدالله الشمري']],
  },
  {
    what: 'guard: a woman’s name, then من سكان الحي between commas',
    text: 'وقالت نوال العتيبي، من سكان الحي، إن الحديقة «أغلقت منذ شهرين».',
    quotes: [['أغلقت منذ شهرين', 'partial', 'نوال العتيبي']],
  },
  {
    what: 'guard: a named man with no aside, then يدعى inside what he said',
    text: 'وقال خالد الرويلي: «جاءني رجل يدعى سعيد وطلب المساعدة».',
    quotes: [['جاءني رجل يدعى سعيد وطلب المساعدة', 'direct', 'خالد الرويلي']],
  },
];

describe('posts14: a name after a post or a description between commas', () => {
  runRows(commaRows);
});

describe('posts14: a lone role noun, written after the fifth rule', () => {
  runRows(loneRows);
});

describe('posts14: a name after a chain of posts or a role noun', () => {
  runRows(chainRows);
});

describe('posts14: scientists and astronauts, written after the fourth rule', () => {
  runRows(chainRows2);
});

describe('posts14: a name after a body named for a person', () => {
  runRows(namesakeRows);
});

describe('posts14: a name after a namesake or a description, written after the second rule', () => {
  runRows(namesakeRows2);
});

describe('posts14: a name in an aside (ويدعى, تدعى, واسمه)', () => {
  runRows(asideRows);
});

describe('posts14: an unnamed member of a named body', () => {
  runRows(memberRows);
});

describe('posts14: unnamed judges, written after the third rule', () => {
  runRows(memberRows2);
});

describe('posts14: guards', () => {
  runRows(guardRows);
});
