/**
 * lastread20b: a read of this session's later change to the engine (ebf4a2a..c5738fa: reportedBefore only
 * after a verb that gave the floor, زاد only after a quote and before words said, lastBeforeThat, a bare
 * present verb after its sentence's noun phrase, titleOnlyHolder and nameTitledSpeakers,
 * isOfficeToldAfterLam, the colon line's cue-first verb and أكمل, peopleBefore, 1,152 given names, a quote
 * after بعنوان:/تحت شعار: or in تحتفظ «…» باسمه a mention; ملك out of TITLES) for what it misreads.
 * 373 news-style sentences and short articles were written by reading and run through the build before the
 * change and after it; 164 read differently: the new build right in 55, the old one right in 75, both wrong
 * in 21, and 13 left undecided (a fragment quoted inside another's indirect clause, الصحيفة/المصدر
 * أن الوزير يتهم … بـ«…», whose words it is; a plural verb after victims or mixed groups).
 * These rows are the 75 confirmed misfires, where the old build read right and the new one does not, the
 * right reading written by reading. Every row failed on its attribution then; after the mends that followed
 * (reportedBefore on a noun complement again when the object is left after the subject, زاد wherever
 * someone has just spoken, nameTitledSpeakers after a verb only with a comma before the title, the
 * verb's object after it or الحالي, no preposition as cueFirst) 63 pass; 12 stay gaps: the 9 of ملك, the
 * one of lastBeforeThat (النواب), one noun-complement report whose subject runs to its sentence's end and
 * one زاد before a quote in a paragraph no one spoke in. The figures by rule were:
 *   - reportedBefore (27): a quote set out as a paragraph or the next sentence after a report whose
 *     complement is a noun (أكد أهمية …, حذر من …, أعرب عن …, دعا إلى …, انتقد …, أعلن …) is left a
 *     mention, or given to an earlier reporter with إن past the one who just spoke (the reportCue loop no
 *     longer records such a report); TAKEN_UP also drops هذه الكلمات رددها الوزير, which names him;
 *   - the زاد path (22): وزاد «…» after an indirect report with no quote before, or a quote opening with
 *     a definite subject after the speaker's quote (وزاد «الحكومة لن تتراجع …»), is left a mention;
 *   - lastBeforeThat (1): النواب, a broken plural with no ون/ين/ات ending, read as a family name;
 *   - nameTitledSpeakers (13): a title-only speaker named after the subject of the verb whose object
 *     the title is, when a full stop, a comma or a break follows the title (استقبل الملك فلان أمير
 *     منطقة الرياض.);
 *   - the colon line's cueFirst (3): بين (between) opening a colon line read as a past verb, the words
 *     after it made the speaker (بين الحكومة والمعارضة: «…»);
 *   - ملك out of TITLES (9): ملك and a country (إسبانيا, النرويج, بلجيكا …) kept in the king's name, and
 *     ملك البحرين before الملك حمد … taken for the whole speaker. Since ملك before a realm of the
 *     gazetteer is read as the monarch's title (readKingsTitle, attribute.ts), 8 of these 9 pass; the
 *     king of Lesotho stays a gap (ليسوتو is not in the gazetteer).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

// reportedBefore (attribute.ts) now needs a verb that gave the floor (a complement) and the reportCue loop no
// longer records a report whose complement is a noun; the quote set out after it is left a mention (or given
// to an earlier reporter).
const reportedBefore: readonly Row[] = [
  {
    what: 'after أكد with a noun object, the minister’s words',
    text: 'وأكد وزير الصحة خالد العبدالله أهمية الالتزام بالإجراءات الوقائية.\n\n«نحن نتابع الوضع الوبائي على مدار الساعة ولن نتهاون».',
    quotes: [['نحن نتابع الوضع الوبائي على مدار الساعة ولن نتهاون', 'direct', 'خالد العبدالله']],
  },
  {
    what: 'the next sentence after أعرب عن, the ambassador’s words',
    text: 'وأعرب السفير سامي الدوسري عن سعادته بالزيارة. «العلاقات بين البلدين تشهد تطورا كبيرا في كل المجالات».',
    quotes: [['العلاقات بين البلدين تشهد تطورا كبيرا في كل المجالات', 'direct', 'سامي الدوسري']],
  },
  {
    what: 'after حذر من, the army spokesman’s words',
    text: 'وحذر المتحدث باسم الجيش من أي محاولة للتسلل عبر الحدود.\n\n«قواتنا جاهزة للرد على أي اعتداء بكل حزم».',
    quotes: [['قواتنا جاهزة للرد على أي اعتداء بكل حزم', 'direct', 'المتحدث باسم الجيش']],
  },
  {
    what: 'after نفى with its object, the MP’s words',
    text: 'ونفى النائب عادل الصرعاوي الاتهامات الموجهة إليه.\n\n«هذه الاتهامات باطلة ولا أساس لها من الصحة».',
    quotes: [['هذه الاتهامات باطلة ولا أساس لها من الصحة', 'direct', 'عادل الصرعاوي']],
  },
  {
    what: 'after ثمن, the president’s words',
    text: 'وثمن الرئيس عبدالفتاح السيسي جهود القوات المسلحة.\n\n«أبناء القوات المسلحة هم درع الوطن وسيفه».',
    quotes: [['أبناء القوات المسلحة هم درع الوطن وسيفه', 'direct', 'عبدالفتاح السيسي']],
  },
  {
    what: 'after دعا إلى, the foreign minister’s words',
    text: 'ودعا وزير الخارجية إلى وقف فوري لإطلاق النار.\n\n«لا بد من حماية المدنيين الأبرياء في غزة فورا».',
    quotes: [['لا بد من حماية المدنيين الأبرياء في غزة فورا', 'direct', 'وزير الخارجية']],
  },
  {
    what: 'after a report with إن and then أكد with a noun by another, the governor’s words, not the earlier minister’s',
    text: 'وقال الوزير إن الوضع مستقر. وأكد المحافظ سعد الحربي أهمية التعاون بين الجهات.\n\n«نعمل جميعا على خدمة المواطن دون أي تمييز».',
    quotes: [['نعمل جميعا على خدمة المواطن دون أي تمييز', 'direct', 'سعد الحربي']],
  },
  {
    what: 'the next sentence after أكد with a noun, the governor’s words',
    text: 'وقال الوزير إن الوضع مستقر.\n\nوأكد المحافظ سعد الحربي أهمية التعاون. «نعمل جميعا على خدمة المواطن دون أي تمييز».',
    quotes: [['نعمل جميعا على خدمة المواطن دون أي تمييز', 'direct', 'سعد الحربي']],
  },
  {
    what: 'after طالب بـ, the MP’s words',
    text: 'وطالب النائب محمد الحسن بإقالة الوزير.\n\n«الوزير فشل في إدارة الملف ويجب أن يرحل فورا».',
    quotes: [['الوزير فشل في إدارة الملف ويجب أن يرحل فورا', 'direct', 'محمد الحسن']],
  },
  {
    what: 'after أشاد بـ, the coach’s words',
    text: 'وأشاد المدرب جوزيه بيسيرو بأداء اللاعبين.\n\n«اللاعبون قدموا مباراة كبيرة وأنا فخور بهم».',
    quotes: [['اللاعبون قدموا مباراة كبيرة وأنا فخور بهم', 'direct', 'جوزيه بيسيرو']],
  },
  {
    what: 'after تحدث عن, the minister’s words',
    text: 'وتحدث وزير التعليم عن خطة الوزارة للعام الدراسي.\n\n«سنعمل على تطوير المناهج وتدريب المعلمين هذا العام».',
    quotes: [['سنعمل على تطوير المناهج وتدريب المعلمين هذا العام', 'direct', 'وزير التعليم']],
  },
  {
    what: 'a sentence taken up after it as the minister’s words (هذه الكلمات رددها الوزير), his words',
    text: 'وأكد وزير الداخلية أن الأمن مستتب.\n\n«الأمن خط أحمر لا يمكن تجاوزه تحت أي ظرف».\n\nهذه الكلمات رددها الوزير في كل لقاءاته.',
    quotes: [['الأمن خط أحمر لا يمكن تجاوزه تحت أي ظرف', 'direct', 'وزير الداخلية']],
    // engine gap: reportedBefore only after a verb with a complement; the new build reads mention null
    gaps: ['attribution'],
  },
  {
    what: 'after انتقدت with its object, the MP’s words',
    text: 'وانتقدت النائبة صفاء الهاشم أداء الحكومة.\n\n«الحكومة عاجزة عن حل أبسط المشاكل التي تواجه المواطنين».',
    quotes: [['الحكومة عاجزة عن حل أبسط المشاكل التي تواجه المواطنين', 'direct', 'صفاء الهاشم']],
  },
  {
    what: 'after رحب بـ, the EU’s words',
    text: 'ورحب الاتحاد الأوروبي بالاتفاق.\n\n«هذا الاتفاق خطوة مهمة نحو الاستقرار في المنطقة».',
    quotes: [['هذا الاتفاق خطوة مهمة نحو الاستقرار في المنطقة', 'direct', 'الاتحاد الأوروبي']],
  },
  {
    what: 'after أكد with a noun, the prince’s words',
    text: 'وأكد الأمير فيصل بن فرحان دعم المملكة للشعب السوداني.\n\n«المملكة ستواصل جهودها لإنهاء الأزمة في السودان».',
    quotes: [['المملكة ستواصل جهودها لإنهاء الأزمة في السودان', 'direct', 'فيصل بن فرحان']],
  },
  {
    what: 'after the ministry’s report, أكد with a noun by the police chief, his words, not the ministry’s',
    text: 'وقالت الوزارة إن التحقيقات جارية. وأكد مدير الأمن العام اللواء خالد الرشيد ضبط المتورطين.\n\n«رجال الأمن يعملون ليلا ونهارا لحماية المواطنين».',
    quotes: [['رجال الأمن يعملون ليلا ونهارا لحماية المواطنين', 'direct', 'خالد الرشيد']],
  },
  {
    what: 'after أعلن with a noun, the oil minister’s words',
    text: 'وأعلن وزير النفط ارتفاع الإنتاج.\n\n«الإنتاج وصل إلى مستويات قياسية لم نشهدها من قبل».',
    quotes: [['الإنتاج وصل إلى مستويات قياسية لم نشهدها من قبل', 'direct', 'وزير النفط']],
  },
  {
    what: 'after أعرب عن, the Arab League chief’s words',
    text: 'وأعرب الأمين العام للجامعة العربية عن قلقه البالغ.\n\n«ما يحدث في السودان كارثة إنسانية بكل المقاييس».',
    quotes: [['ما يحدث في السودان كارثة إنسانية بكل المقاييس', 'direct', 'الأمين العام للجامعة العربية']],
  },
  {
    what: 'after انتقد with its object, the commentator’s words',
    text: 'وانتقد المعلق الرياضي أداء الحكم.\n\n«الحكم ظلم الفريق وحرمه من ركلة جزاء واضحة».',
    quotes: [['الحكم ظلم الفريق وحرمه من ركلة جزاء واضحة', 'direct', 'المعلق الرياضي']],
  },
  {
    what: 'after حذر من, the health minister’s words',
    text: 'وحذر وزير الصحة من موجة جديدة.\n\n«هذه الكلمات تلخص حجم الخطر الذي نواجهه».',
    quotes: [['هذه الكلمات تلخص حجم الخطر الذي نواجهه', 'direct', 'وزير الصحة']],
  },
  {
    what: 'after an earlier quote, أكد with a noun by the defence minister, his words',
    text: 'وقال المتحدث: «سنرد».\n\nوأكد وزير الدفاع جاهزية القوات.\n\n«قواتنا في أعلى درجات الاستعداد والجاهزية».',
    quotes: [
      ['سنرد', 'direct', 'المتحدث'],
      ['قواتنا في أعلى درجات الاستعداد والجاهزية', 'direct', 'وزير الدفاع'],
    ],
  },
  {
    what: 'after the ministry’s report, أكد with a noun by an expert, his words',
    text: 'وقالت الوزارة إن الأسعار مستقرة.\n\nوأكد الخبير سامر ديب ارتفاع الأسعار.\n\n«الأسعار ارتفعت بنسبة عشرين في المئة خلال شهر».',
    quotes: [['الأسعار ارتفعت بنسبة عشرين في المئة خلال شهر', 'direct', 'سامر ديب']],
  },
  {
    what: 'an Amman article: after أكد with a noun, the prime minister’s words',
    text: 'عمان\n\nوقال وزير الخارجية أيمن الصفدي: «الأردن يرفض التهجير».\n\nوأكد رئيس الوزراء جعفر حسان دعم الحكومة للقطاع الزراعي.\n\n«المزارع الأردني يستحق كل الدعم والاهتمام من الحكومة».',
    quotes: [
      ['الأردن يرفض التهجير', 'direct', 'أيمن الصفدي'],
      ['المزارع الأردني يستحق كل الدعم والاهتمام من الحكومة', 'direct', 'جعفر حسان'],
    ],
  },
  {
    what: 'a Doha article: after أشاد بـ, the emir’s words',
    text: 'الدوحة\n\nأشاد أمير قطر الشيخ تميم بن حمد بجهود المنظمين.\n\n«قطر فخورة بما قدمته للعالم في هذه البطولة».',
    quotes: [['قطر فخورة بما قدمته للعالم في هذه البطولة', 'direct', 'تميم بن حمد']],
  },
  {
    what: 'an Algiers article: after انتقد, the party leader’s words',
    text: 'الجزائر\n\nوانتقد الأمين العام لحزب جبهة التحرير الوطني أداء الحكومة.\n\n«الحكومة لم تف بوعودها للمواطنين في ملف السكن».',
    quotes: [
      ['الحكومة لم تف بوعودها للمواطنين في ملف السكن', 'direct', 'الأمين العام لحزب جبهة التحرير الوطني'],
    ],
  },
  {
    what: 'a Khartoum article: after أعلن with a noun, the army’s words',
    text: 'الخرطوم\n\nأعلن الجيش السوداني استعادة السيطرة على مواقع عدة.\n\n«قواتنا تتقدم على كل المحاور وتلحق خسائر فادحة بالعدو».',
    quotes: [['قواتنا تتقدم على كل المحاور وتلحق خسائر فادحة بالعدو', 'direct', 'الجيش السوداني']],
  },
  {
    what: 'a Rabat article: after an MP انتقد the head of government, the MP’s words',
    text: 'الرباط\n\nقال رئيس الحكومة عزيز أخنوش إن «الحكومة ماضية في الإصلاح».\n\nوانتقد النائب عبد الله بووانو رئيس الحكومة.\n\n«الحكومة فشلت في ضبط الأسعار وحماية القدرة الشرائية للمواطنين».',
    quotes: [
      ['الحكومة ماضية في الإصلاح', 'partial', 'عزيز أخنوش'],
      ['الحكومة فشلت في ضبط الأسعار وحماية القدرة الشرائية للمواطنين', 'direct', 'عبد الله بووانو'],
    ],
  },
];

// the زاد path of the cue check (attribute.ts) now wants a quote closed just before and a first word without
// the article; وزاد «…» after an indirect report, or opening with a definite subject, is left a mention.
const zaad: readonly Row[] = [
  {
    what: 'وزاد after an indirect report, no quote before',
    text: 'وقال الوزير إن الحكومة ملتزمة بتعهداتها. وزاد «لن نسمح بتكرار ما حدث مهما كانت الظروف».',
    quotes: [['لن نسمح بتكرار ما حدث مهما كانت الظروف', 'direct', 'الوزير']],
  },
  {
    what: 'وزاد «الحكومة …» after the minister’s quote',
    text: 'وقال الوزير: «نحن ملتزمون بتعهداتنا». وزاد «الحكومة لن تتراجع عن قراراتها أبدا».',
    quotes: [
      ['نحن ملتزمون بتعهداتنا', 'direct', 'الوزير'],
      ['الحكومة لن تتراجع عن قراراتها أبدا', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'وزاد «اللاعبون …» after the coach’s quote',
    text: 'وقال المدرب: «المباراة كانت صعبة». وزاد «اللاعبون قدموا كل ما لديهم في الملعب».',
    quotes: [
      ['المباراة كانت صعبة', 'direct', 'المدرب'],
      ['اللاعبون قدموا كل ما لديهم في الملعب', 'direct', 'المدرب'],
    ],
  },
  {
    what: 'وزاد in the next paragraph after an indirect report',
    text: 'وقال رئيس البلدية إن المياه ستعود قريبا.\n\nوزاد «نعمل على إصلاح الأعطال في أسرع وقت ممكن».',
    quotes: [['نعمل على إصلاح الأعطال في أسرع وقت ممكن', 'direct', 'رئيس البلدية']],
  },
  {
    what: 'وزاد «البنك المركزي …» after the expert’s quote',
    text: 'وقال الخبير الاقتصادي: «التضخم مرتفع». وزاد «البنك المركزي مطالب برفع الفائدة قريبا».',
    quotes: [
      ['التضخم مرتفع', 'direct', 'الخبير الاقتصادي'],
      ['البنك المركزي مطالب برفع الفائدة قريبا', 'direct', 'الخبير الاقتصادي'],
    ],
  },
  {
    what: 'وزاد «الأجهزة الأمنية …» after the official’s quote',
    text: 'وقال المسؤول: «الوضع تحت السيطرة». وزاد «الأجهزة الأمنية تعمل بكل طاقتها».',
    quotes: [
      ['الوضع تحت السيطرة', 'direct', 'المسؤول'],
      ['الأجهزة الأمنية تعمل بكل طاقتها', 'direct', 'المسؤول'],
    ],
  },
  {
    what: 'وزاد two paragraphs after an indirect report',
    text: 'وقال المتحدث إن الجيش تقدم.\n\nوأشار إلى أن المعارك مستمرة.\n\nوزاد «قواتنا تحقق تقدما ملموسا على كل المحاور».',
    quotes: [['قواتنا تحقق تقدما ملموسا على كل المحاور', 'direct', 'المتحدث']],
    // engine gap: the زاد path wants a quote just before and no article on the first word; the new build reads mention null
    gaps: ['attribution'],
  },
  {
    what: 'وزادت «المرأة …» after the minister’s quote',
    text: 'وقالت الوزيرة: «نحتاج إلى دعم». وزادت «المرأة تستحق فرصا أكبر في سوق العمل».',
    quotes: [
      ['نحتاج إلى دعم', 'direct', 'الوزيرة'],
      ['المرأة تستحق فرصا أكبر في سوق العمل', 'direct', 'الوزيرة'],
    ],
  },
  {
    what: 'وزاد «الجماهير …» after the club president’s quote',
    text: 'وقال رئيس النادي: «الفريق سيعود أقوى». وزاد «الجماهير تستحق فريقا ينافس على البطولات».',
    quotes: [
      ['الفريق سيعود أقوى', 'direct', 'رئيس النادي'],
      ['الجماهير تستحق فريقا ينافس على البطولات', 'direct', 'رئيس النادي'],
    ],
  },
  {
    what: 'وزاد «معدل البطالة انخفض …» after the minister’s quote',
    text: 'قال الوزير: «الاقتصاد ينمو». وزاد «معدل البطالة انخفض إلى أدنى مستوى».',
    quotes: [
      ['الاقتصاد ينمو', 'direct', 'الوزير'],
      ['معدل البطالة انخفض إلى أدنى مستوى', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'وزاد «المريض …» after the doctor’s quote',
    text: 'وقال الطبيب: «الحالة مستقرة». وزاد «المريض بحاجة إلى مزيد من الراحة».',
    quotes: [
      ['الحالة مستقرة', 'direct', 'الطبيب'],
      ['المريض بحاجة إلى مزيد من الراحة', 'direct', 'الطبيب'],
    ],
  },
  {
    what: 'وزاد «التنمية تحتاج …» after the minister’s quote',
    text: 'وقال الوزير: «سنواصل». وزاد «التنمية تحتاج إلى صبر ووقت طويل».',
    quotes: [
      ['سنواصل', 'direct', 'الوزير'],
      ['التنمية تحتاج إلى صبر ووقت طويل', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'وزاد «المهم أن …» after a quote of an unnamed speaker',
    text: 'وقال: «الأمور بخير». وزاد «المهم أن نبقى متحدين في مواجهة التحديات».',
    quotes: [
      ['الأمور بخير', 'direct', null],
      ['المهم أن نبقى متحدين في مواجهة التحديات', 'direct', null],
    ],
  },
  {
    what: 'وزاد «الأسهم القيادية …» after the analyst’s quote',
    text: 'وقال المحلل: «السوق متماسك». وزاد «الأسهم القيادية ستقود الارتفاع في الأسبوع المقبل».',
    quotes: [
      ['السوق متماسك', 'direct', 'المحلل'],
      ['الأسهم القيادية ستقود الارتفاع في الأسبوع المقبل', 'direct', 'المحلل'],
    ],
  },
  {
    what: 'وزاد «العدد تجاوز …» after the association head’s quote',
    text: 'وقال رئيس الجمعية: «الإقبال كبير». وزاد «العدد تجاوز ألف مشارك في اليوم الأول».',
    quotes: [
      ['الإقبال كبير', 'direct', 'رئيس الجمعية'],
      ['العدد تجاوز ألف مشارك في اليوم الأول', 'direct', 'رئيس الجمعية'],
    ],
  },
  {
    what: 'وزاد after أوضح أن, no quote before',
    text: 'وأوضح الوزير أن الأزمة انتهت. وزاد «لا داعي للقلق بعد اليوم إطلاقا».',
    quotes: [['لا داعي للقلق بعد اليوم إطلاقا', 'direct', 'الوزير']],
  },
  {
    what: 'وزاد «الشعب الفلسطيني …» after a quote',
    text: 'وقال: «نحن هنا». وزاد «الشعب الفلسطيني لن يرحل عن أرضه».',
    quotes: [
      ['نحن هنا', 'direct', null],
      ['الشعب الفلسطيني لن يرحل عن أرضه', 'direct', null],
    ],
  },
  {
    what: 'وزاد «الطلب على الشقق … في ازدياد» is words said, not demand increased',
    text: 'وقال وزير الإسكان: «الأسعار مرتفعة». وزاد «الطلب على الشقق الصغيرة في ازدياد مستمر».',
    quotes: [
      ['الأسعار مرتفعة', 'direct', 'وزير الإسكان'],
      ['الطلب على الشقق الصغيرة في ازدياد مستمر', 'direct', 'وزير الإسكان'],
    ],
  },
  {
    what: 'وزاد «الفوز اليوم …» after the player’s quote',
    text: 'وقال اللاعب: «كنا الأفضل». وزاد «الفوز اليوم يهدى إلى جماهيرنا الوفية».',
    quotes: [
      ['كنا الأفضل', 'direct', 'اللاعب'],
      ['الفوز اليوم يهدى إلى جماهيرنا الوفية', 'direct', 'اللاعب'],
    ],
  },
  {
    what: 'a Tunis article: وزاد after the spokesman’s indirect report',
    text: 'تونس\n\nوقال الناطق الرسمي باسم الحكومة إن الحكومة ستواصل الإصلاحات.\n\nوزاد «الوضع المالي صعب لكننا سنتجاوزه».',
    quotes: [['الوضع المالي صعب لكننا سنتجاوزه', 'direct', 'الناطق الرسمي باسم الحكومة']],
  },
  {
    what: 'a Ramallah article: وزاد «الشعب الفلسطيني …» after the PM’s quote',
    text: 'رام الله\n\nقال رئيس الوزراء: «نطالب بوقف العدوان».\n\nوزاد «الشعب الفلسطيني يتعرض لإبادة جماعية».',
    quotes: [
      ['نطالب بوقف العدوان', 'direct', 'رئيس الوزراء'],
      ['الشعب الفلسطيني يتعرض لإبادة جماعية', 'direct', 'رئيس الوزراء'],
    ],
  },
  {
    what: 'a Jeddah article: وزاد «الأرقام …» after the CEO’s quote',
    text: 'جدة\n\nوقال الرئيس التنفيذي لهيئة الترفيه: «الموسم ناجح».\n\nوزاد «الأرقام تجاوزت كل التوقعات هذا العام».',
    quotes: [
      ['الموسم ناجح', 'direct', 'الرئيس التنفيذي لهيئة الترفيه'],
      ['الأرقام تجاوزت كل التوقعات هذا العام', 'direct', 'الرئيس التنفيذي لهيئة الترفيه'],
    ],
  },
];

// lastBeforeThat (subject.ts) takes النواب, a broken plural of people with no ون/ين/ات ending, for the last
// of a chain of family names.
const lastBeforeThat: readonly Row[] = [
  {
    what: 'أبلغ الوزير فلان النواب أن: the MPs are whom he told',
    text: 'وأبلغ الوزير أحمد الكندري النواب أن «الحكومة ستلتزم بالقانون».',
    quotes: [['الحكومة ستلتزم بالقانون', 'partial', 'أحمد الكندري']],
    // engine gap: lastBeforeThat takes النواب for a family name; the new build reads partial أحمد الكندري النواب
    gaps: ['attribution'],
  },
];

// nameTitledSpeakers (attribute.ts) takes a full stop, a comma or a break after the title for an apposition
// even right after a verb and its subject, so the title-only speaker is named after the subject who received,
// thanked, met or attacked him.
const nameTitled: readonly Row[] = [
  {
    what: 'the minister honoured the FA president: the president is no minister',
    text: 'وقال رئيس الاتحاد السعودي لكرة القدم: «نحن جاهزون للبطولة».\n\nوكرم الوزير خالد العمر رئيس الاتحاد السعودي لكرة القدم، في حفل أقيم أمس.',
    quotes: [['نحن جاهزون للبطولة', 'direct', 'رئيس الاتحاد السعودي لكرة القدم']],
  },
  {
    what: 'the sports minister received the AFC president',
    text: 'وقال رئيس الاتحاد الآسيوي لكرة القدم: «البطولة ستكون ناجحة».\n\nواستقبل وزير الرياضة عبدالعزيز الفيصل رئيس الاتحاد الآسيوي لكرة القدم.',
    quotes: [['البطولة ستكون ناجحة', 'direct', 'رئيس الاتحاد الآسيوي لكرة القدم']],
  },
  {
    what: 'Aoun received the French ambassador',
    text: 'وقال السفير الفرنسي: «فرنسا تدعم لبنان».\n\nواستقبل الرئيس ميشال عون السفير الفرنسي.',
    quotes: [['فرنسا تدعم لبنان', 'direct', 'السفير الفرنسي']],
  },
  {
    what: 'the king received the emir of Riyadh',
    text: 'وقال أمير منطقة الرياض: «الرياض ترحب بضيوفها».\n\nواستقبل الملك سلمان بن عبدالعزيز أمير منطقة الرياض.',
    quotes: [['الرياض ترحب بضيوفها', 'direct', 'أمير منطقة الرياض']],
  },
  {
    what: 'the king congratulated the president of the republic',
    text: 'وقال رئيس الجمهورية: «لن نتراجع».\n\nوهنأ الملك عبدالله الثاني رئيس الجمهورية، بنجاح الانتخابات.',
    quotes: [['لن نتراجع', 'direct', 'رئيس الجمهورية']],
  },
  {
    what: 'Saied received the head of government',
    text: 'وقال رئيس الحكومة: «نحن ملتزمون».\n\nواستقبل الرئيس قيس سعيد رئيس الحكومة.',
    quotes: [['نحن ملتزمون', 'direct', 'رئيس الحكومة']],
  },
  {
    what: 'Salah attacked the FA president',
    text: 'وقال رئيس الاتحاد المصري لكرة القدم: «المنتخب جاهز».\n\nوهاجم محمد صلاح رئيس الاتحاد المصري لكرة القدم.',
    quotes: [['المنتخب جاهز', 'direct', 'رئيس الاتحاد المصري لكرة القدم']],
  },
  {
    what: 'Madbouly received the central bank governor',
    text: 'وقال محافظ البنك المركزي: «الفائدة ثابتة».\n\nواستقبل رئيس الوزراء مصطفى مدبولي محافظ البنك المركزي.',
    quotes: [['الفائدة ثابتة', 'direct', 'محافظ البنك المركزي']],
  },
  {
    what: 'an MP criticised the central bank governor, a comma after',
    text: 'وقال محافظ البنك المركزي: «الفائدة ثابتة».\n\nوانتقد النائب محمود بدر محافظ البنك المركزي، في بيان.',
    quotes: [['الفائدة ثابتة', 'direct', 'محافظ البنك المركزي']],
  },
  {
    what: 'the FA president thanked the national coach',
    text: 'قال مدرب المنتخب الوطني: «اللاعبون جاهزون».\n\nوشكر رئيس الاتحاد ياسر المسحل مدرب المنتخب الوطني.',
    quotes: [['اللاعبون جاهزون', 'direct', 'مدرب المنتخب الوطني']],
  },
  {
    what: 'Gallant visited the chief of staff, a comma and a line after',
    text: 'وقال رئيس هيئة الأركان: «قواتنا جاهزة».\n\nوزار وزير الدفاع يوآف غالانت رئيس هيئة الأركان،\nوبحثا الأوضاع.',
    quotes: [['قواتنا جاهزة', 'direct', 'رئيس هيئة الأركان']],
  },
  {
    what: 'a Dubai article: the ruler congratulated the CEO, a comma after',
    text: 'دبي\n\nوقال الرئيس التنفيذي للشركة: «الأرباح قياسية».\n\nوهنأ الشيخ محمد بن راشد الرئيس التنفيذي للشركة، على النتائج.',
    quotes: [['الأرباح قياسية', 'direct', 'الرئيس التنفيذي للشركة']],
  },
  {
    what: 'a Muscat article: the sultan met the information minister',
    text: 'مسقط\n\nوقال وزير الإعلام: «عمان تدعم الحوار».\n\nوالتقى السلطان هيثم بن طارق وزير الإعلام.',
    quotes: [['عمان تدعم الحوار', 'direct', 'وزير الإعلام']],
  },
];

// the colon line’s cueFirst (headline, attribute.ts) takes بين (between) for a past verb of the lexicon and
// reads the words after it as the speaker; the line names no one.
const cueFirst: readonly Row[] = [
  {
    what: 'بين قوسين: is no one’s name',
    text: 'بين قوسين: «هذا رأي شخصي».',
    quotes: [['هذا رأي شخصي', 'direct', null]],
  },
  {
    what: 'بين الحكومة والمعارضة: the two sides are not one speaker',
    text: 'بين الحكومة والمعارضة: «الحوار هو الحل».',
    quotes: [['الحوار هو الحل', 'direct', null]],
  },
  {
    what: 'بين الواقع والطموح: reality and ambition speak not',
    text: 'بين الواقع والطموح: «نحتاج إلى المزيد».',
    quotes: [['نحتاج إلى المزيد', 'direct', null]],
  },
];

// ملك taken out of TITLES (words.ts): ملك and a country (إسبانيا, النرويج, …) was read as part of the king’s
// name, and ملك البحرين before الملك حمد taken for the whole speaker; ملك before a realm of the gazetteer
// is now the monarch's title (readKingsTitle).
const malik: readonly Row[] = [
  {
    what: 'the king of Spain is فيليبي السادس',
    text: 'وقال ملك إسبانيا فيليبي السادس إن «الديمقراطية راسخة».',
    quotes: [['الديمقراطية راسخة', 'partial', 'فيليبي السادس']],
  },
  {
    what: 'the king of Norway is هارالد الخامس',
    text: 'وقال ملك النرويج هارالد الخامس إن «السلام ضرورة».',
    quotes: [['السلام ضرورة', 'partial', 'هارالد الخامس']],
  },
  {
    what: 'the king of Belgium is فيليب',
    text: 'وأكد ملك بلجيكا فيليب أن «أوروبا موحدة».',
    quotes: [['أوروبا موحدة', 'partial', 'فيليب']],
  },
  {
    what: 'the king of Thailand',
    text: 'وقال ملك تايلاند ماها فاجيرالونغكورن: «الشعب أولا».',
    quotes: [['الشعب أولا', 'direct', 'ماها فاجيرالونغكورن']],
  },
  {
    what: 'the king of Denmark is فريدريك العاشر',
    text: 'وقال ملك الدنمارك فريدريك العاشر إن «المملكة تدعم أوكرانيا».',
    quotes: [['المملكة تدعم أوكرانيا', 'partial', 'فريدريك العاشر']],
  },
  {
    what: 'the king of Spain in his throne speech',
    text: 'وأكد ملك إسبانيا فيليبي السادس في خطاب العرش أن «الوحدة أساس الدولة».',
    quotes: [['الوحدة أساس الدولة', 'partial', 'فيليبي السادس']],
  },
  {
    what: 'the king of Britain is تشارلز الثالث',
    text: 'وقال ملك بريطانيا تشارلز الثالث: «نحن أمة واحدة».',
    quotes: [['نحن أمة واحدة', 'direct', 'تشارلز الثالث']],
  },
  {
    what: 'the king of Lesotho',
    text: 'وقال ملك ليسوتو ليتسي الثالث: «نحتاج المساعدة».',
    quotes: [['نحتاج المساعدة', 'direct', 'ليتسي الثالث']],
    // engine gap: ليسوتو is not in the gazetteer, so ملك before it is no title (readKingsTitle); the build
    // reads direct ملك ليسوتو ليتسي الثالث
    gaps: ['attribution'],
  },
  {
    what: 'ملك البحرين الملك حمد بن عيسى آل خليفة is the king by name',
    text: 'المنامة\n\nأكد ملك البحرين الملك حمد بن عيسى آل خليفة أن «البحرين ماضية في التنمية».',
    quotes: [['البحرين ماضية في التنمية', 'partial', 'حمد بن عيسى آل خليفة']],
  },
];

describe('lastread20b: a paragraph quote after a report with a noun for complement', () =>
  runRows(reportedBefore));
describe('lastread20b: وزاد before a quote of words said', () => runRows(zaad));
describe('lastread20b: a definite object before أن', () => runRows(lastBeforeThat));
describe('lastread20b: a name before a title that is the verb’s object', () => runRows(nameTitled));
describe('lastread20b: a colon line opening with بين', () => runRows(cueFirst));
describe('lastread20b: ملك before a country', () => runRows(malik));
