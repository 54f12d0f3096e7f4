/**
 * Rules for the gaps probes 27 and 28 left open (issue 3), each written on sentences of its own in news
 * style: a rule row fails without its rule, and a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const gapRuleRows8: readonly Row[] = [
  {
    what: 'an indefinite spokeswoman (قالت متحدثة باسم …) is the speaker, as the masculine متحدث باسم is',
    text: 'وقال المحامي إن «الحكم جاء منصفا». وقالت متحدثة باسم وزارة الداخلية إن الوزارة «ستطعن في الحكم».',
    quotes: [
      ['الحكم جاء منصفا', 'partial', 'المحامي'],
      ['ستطعن في الحكم', 'partial', 'وزارة الداخلية'],
    ],
  },
  {
    what: 'an indefinite spokeswoman before a colon, after another speaker',
    text: 'وأكد رئيس البلدية أن «العمل مستمر». وأضافت متحدثة باسم الشركة المنفذة: «سنسلم المشروع قبل الصيف».',
    quotes: [
      ['العمل مستمر', 'partial', 'رئيس البلدية'],
      ['سنسلم المشروع قبل الصيف', 'direct', 'الشركة المنفذة'],
    ],
  },
  {
    what: 'guard: a feminine participle that is also a title, after a comma and before أن, is still a cue (، مدعية أن)',
    text: 'ونفت الشركة الاتهامات، مدعية أن «المنافسين يروجون الشائعات».',
    quotes: [['المنافسين يروجون الشائعات', 'partial', 'الشركة']],
  },
  {
    what: 'a film that tells a story (ويروي الفيلم قصة …) after its director spoke: the name quoted in the story is a mention',
    text: 'وقال المخرج: «صورنا في ظروف صعبة». ويروي الفيلم قصة صياد يفقد قاربه في عاصفة «نيسان الأسود».',
    quotes: [
      ['صورنا في ظروف صعبة', 'direct', 'المخرج'],
      ['نيسان الأسود', 'mention', null],
    ],
  },
  {
    what: 'a novel that tells a tale (وتروي الرواية حكاية …), with the name of an era quoted, after its author spoke',
    text: 'وقال الكاتب: «كتبتها في عامين». وتروي الرواية حكاية عائلة فقيرة تعيش على ذكرى «سنوات الجوع».',
    quotes: [
      ['كتبتها في عامين', 'direct', 'الكاتب'],
      ['سنوات الجوع', 'mention', null],
    ],
  },
  {
    what: 'guard: روى with his story then a colon tells it in the quote',
    text: 'وروى المزارع أحمد العلي قصته مع الجفاف: «فقدت نصف المحصول في عام واحد».',
    quotes: [['فقدت نصف المحصول في عام واحد', 'direct', 'أحمد العلي']],
  },
  {
    what: 'guard: a story told, then a participle of saying with a colon (قائلة:)',
    text: 'وروت الناجية قصة نجاتها قائلة: «بقيت تحت الأنقاض يومين».',
    quotes: [['بقيت تحت الأنقاض يومين', 'direct', 'الناجية']],
  },
  {
    what: 'a Korean name ending in هو between commas after a title, then by its first word alone',
    text: 'وقال المدير الفني للمنتخب، تشوي يونغ هو، إن «الفريق جاهز للمباراة».\n\nوأضاف تشوي أن «الإصابات لن تؤثر على التشكيلة».',
    quotes: [
      ['الفريق جاهز للمباراة', 'partial', 'تشوي يونغ هو'],
      ['الإصابات لن تؤثر على التشكيلة', 'partial', 'تشوي يونغ هو'],
    ],
  },
  {
    what: 'a name ending in هو before a comma and a place of speaking, with a colon',
    text: 'وقال الروائي الصيني، ليو تشن هو، في حوار مع الصحيفة: «أكتب كل صباح قبل أن يستيقظ أحد».',
    quotes: [['أكتب كل صباح قبل أن يستيقظ أحد', 'direct', 'ليو تشن هو']],
  },
  {
    what: 'guard: the pronoun هو after a named subject, with a predicate and no comma, is no name (وهو ما)',
    text: 'وأكد المدير سامي حداد أن «الأرباح زادت»، وهو ما نفاه المنافسون.',
    quotes: [['الأرباح زادت', 'partial', 'سامي حداد']],
  },
  {
    what: 'guard: هو before a comma inside a quote (كما هو،) stays the quote’s',
    text: 'وقال الوزير أحمد علي إن «الوضع كما هو، ولم يتغير شيء».',
    quotes: [['الوضع كما هو، ولم يتغير شيء', 'partial', 'أحمد علي']],
  },
  {
    what: 'a film’s lead (بطل المسلسل) between commas, then a second title and the name in apposition',
    text: 'وقال بطل المسلسل، الفنان سامر خليل، إن «الدور أرهقه نفسيا طوال أشهر التصوير».',
    quotes: [['الدور أرهقه نفسيا طوال أشهر التصوير', 'partial', 'سامر خليل']],
  },
  {
    what: 'a champion by his title (بطل العالم في …) and his name between commas',
    text: 'وقال بطل العالم في الملاكمة، ياسين الشريف، بعد النزال: «سأدافع عن لقبي في الرياض».',
    quotes: [['سأدافع عن لقبي في الرياض', 'direct', 'ياسين الشريف']],
  },
  {
    what: 'guard: البطل as the object of a verb leaves the subject the speaker',
    text: 'واستقبل الوزير البطل الأولمبي في مكتبه، وقال: «نفخر بإنجازه».',
    quotes: [['نفخر بإنجازه', 'direct', 'الوزير']],
  },
  {
    what: 'a role with its object after على, then two honorifics, then the name (المشرف على الدراسة الأستاذة الدكتورة فلانة)',
    text: 'وأكدت المشرفة على الدراسة الأستاذة الدكتورة هند الزهراني أن «العينة شملت ألف أسرة في خمس مناطق».',
    quotes: [['العينة شملت ألف أسرة في خمس مناطق', 'partial', 'هند الزهراني']],
  },
  {
    what: 'a role with its object after عن, then الأستاذ الدكتور and a name with بن',
    text: 'وقال المسؤول عن البرنامج الأستاذ الدكتور سالم بن محمد العتيبي: «النتائج الأولية مشجعة».',
    quotes: [['النتائج الأولية مشجعة', 'direct', 'سالم بن محمد العتيبي']],
  },
  {
    what: 'guard: one honorific after a role with its object still reaches the name',
    text: 'وقال المشرف على المشروع المهندس سعد القحطاني: «سننتهي من الأعمال قبل رمضان».',
    quotes: [['سننتهي من الأعمال قبل رمضان', 'direct', 'سعد القحطاني']],
  },
  {
    what: 'a title alone (وأضاف الكاتب) resolved to the writer the lede named after ل (رواية للكاتب فلان)',
    text: [
      'صدرت في بيروت رواية جديدة للكاتب سامي العلي عن دار الساقي.',
      'وقال العلي لـ«الحياة» إن «الكتابة أنقذته من الحرب».',
      'وأضاف الكاتب أن «الرواية القادمة عن بيروت».',
    ].join('\n\n'),
    quotes: [
      ['الحياة', 'mention', null],
      ['الكتابة أنقذته من الحرب', 'partial', 'سامي العلي'],
      ['الرواية القادمة عن بيروت', 'partial', 'سامي العلي'],
    ],
  },
  {
    what: 'a minister named after ل in narration (في حديث للوزير فلان), then by his title alone',
    text: 'وفي حديث للوزير خالد المنصور، أعلن عن خطة جديدة للطرق.\n\nوقال الوزير إن «العمل يبدأ الشهر المقبل».',
    quotes: [['العمل يبدأ الشهر المقبل', 'partial', 'خالد المنصور']],
  },
  {
    what: 'guard: a title after ل with no name after it names no one, so the later title alone stays a title',
    text: 'منحت اللجنة جائزتها للمخرج الأفضل في المسابقة.\n\nوقال المخرج إن «الجائزة تكريم للفريق كله».',
    quotes: [['الجائزة تكريم للفريق كله', 'partial', 'المخرج']],
  },
  {
    what: 'a report credited to the body that issued it in the same sentence (أصدرت الهيئة تقريرها …، وأكد التقرير أن)',
    text: 'أصدرت هيئة حقوق الإنسان تقريرها السنوي عن أوضاع السجون، وأكد التقرير أن عددا منها «يعاني من اكتظاظ شديد».',
    quotes: [['يعاني من اكتظاظ شديد', 'partial', 'هيئة حقوق الإنسان']],
  },
  {
    what: 'a statement issued with tanween (أصدر المركز بيانا …، وقال البيان إن), after a minister spoke',
    text: 'وقال وزير الصحة إن «الوضع تحت السيطرة». وأصدر مركز مكافحة الأمراض بيانا مساء أمس، وقال البيان إن الإصابات «تضاعفت خلال أسبوع».',
    quotes: [
      ['الوضع تحت السيطرة', 'partial', 'وزير الصحة'],
      ['تضاعفت خلال أسبوع', 'partial', 'مركز مكافحة الأمراض'],
    ],
  },
  {
    what: 'a university’s research chair (كرسي) issuing its study, Saudi style',
    text: 'أصدر كرسي الأمير سلطان لأبحاث البيئة تقريره الأول، وأوضح التقرير أن التصحر «يتقدم بسرعة غير مسبوقة».',
    quotes: [['يتقدم بسرعة غير مسبوقة', 'partial', 'كرسي الأمير سلطان لأبحاث البيئة']],
  },
  {
    what: 'guard: a report not issued in its sentence (البيان alone) goes on with the speaker so far',
    text: 'وقال وزير الصحة إن «الوضع تحت السيطرة».\n\nوأكد البيان أن الإصابات «تراجعت خلال أسبوع».',
    quotes: [
      ['الوضع تحت السيطرة', 'partial', 'وزير الصحة'],
      ['تراجعت خلال أسبوع', 'partial', 'وزير الصحة'],
    ],
  },
  {
    what: 'a title with a possessive ه (زميله) before a name in apposition, whose relative clause carries the cue (، الذي أكد أن)',
    text: 'وقال الصياد خالد سعيد: «الموسم سيئ».\n\nويؤيده زميله ماجد الزهراني، الذي أكد أن «الأسماك هجرت الساحل».',
    quotes: [
      ['الموسم سيئ', 'direct', 'خالد سعيد'],
      ['الأسماك هجرت الساحل', 'partial', 'ماجد الزهراني'],
    ],
  },
  {
    what: 'a possessive title (مديره) before the name, with إن',
    text: 'وقال مديره سامي العتيبي إن «الموظف التزم بالتعليمات».',
    quotes: [['الموظف التزم بالتعليمات', 'partial', 'سامي العتيبي']],
  },
  {
    what: 'guard: a feminine title without the pronoun (زميلة فلان) governs the name after it',
    text: 'وقالت زميلة ماجد الزهراني في العمل إن «المواقف قليلة».',
    quotes: [['المواقف قليلة', 'partial', 'زميلة ماجد الزهراني']],
  },
  {
    what: 'a paper told after a relative clause between commas (قال فلان، الذي يدرس …، لـ«الرياض»:) is named, not quoted',
    text: 'وقال الطالب أحمد سعيد، الذي يدرس الطب في جامعة الملك سعود منذ أربع سنوات، لـ«الرياض»: «المنهج صعب لكنه ممتع».',
    quotes: [
      ['الرياض', 'mention', null],
      ['المنهج صعب لكنه ممتع', 'direct', 'أحمد سعيد'],
    ],
  },
  {
    what: 'guard: after a relative clause, لـ and a reason with no colon stays the partial of the verb’s subject',
    text: 'وانتقد النائب سالم علي القرار، الذي صدر أمس، لـ«تجاهله مطالب السكان».',
    quotes: [['تجاهله مطالب السكان', 'partial', 'سالم علي']],
  },
  {
    what: 'a person named in narration after ب and a title (بالطالبة السعودية فلانة), then by the title alone',
    text: 'وتتعلق القضية بالطالبة السعودية نورة العتيبي، التي تدرس في بوسطن.\n\nوقالت الطالبة لـ«الحياة»: «أريد العودة إلى جامعتي».',
    quotes: [
      ['الحياة', 'mention', null],
      ['أريد العودة إلى جامعتي', 'direct', 'نورة العتيبي'],
    ],
  },
  {
    what: 'a person named after ب and a title, then by first name alone after أما, then by the title',
    text: [
      'ويتعلق الحكم بالشاب العراقي علي الحسن، الذي وصل إلى السويد قبل عامين.',
      'أما علي، الذي يعمل في مطعم، فقال بعد الجلسة: «أشعر بالأمان للمرة الأولى».',
      'ويضيف الشاب: «أريد أن أكمل دراستي».',
    ].join('\n\n'),
    quotes: [
      ['أشعر بالأمان للمرة الأولى', 'direct', 'علي الحسن'],
      ['أريد أن أكمل دراستي', 'direct', 'علي الحسن'],
    ],
  },
  {
    what: 'guard: after a title named with ب, another holder of the title named in full speaks as himself',
    text: 'واجتمع الوزير بالسفير الأمريكي جون سميث في الرياض.\n\nوقال السفير البريطاني ديفيد براون إن «الاجتماع لم يشمله».',
    quotes: [['الاجتماع لم يشمله', 'partial', 'ديفيد براون']],
  },
];

describe('gap rules 8: the open gaps of probes 27 and 28', () => {
  runRows(gapRuleRows8);
});
