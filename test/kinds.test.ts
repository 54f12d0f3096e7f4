import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/**
 * The kind of a quote, decided by what governs it: a cue and its complement (speech: direct or
 * partial), or a noun, a name or the writer's own gloss (a mention, nobody's speech). Each row is a
 * sentence written here in news style, with the kinds and speakers a reader gives it.
 */

/** Words that only look like reporting cues: a quote near them is not made speech by them. */
const notCueRows: readonly Row[] = [
  {
    what: 'a noun in ة is not a verb with the pronoun ه (نشرة is not نشره)',
    text: 'وأصدرت الوزارة أمس نشرة "الطقس الأسبوعي" للمزارعين.',
    quotes: [['الطقس الأسبوعي', 'mention', null]],
  },
  {
    what: 'إضافة (addition) is not أضاف with ه',
    text: 'وجاءت إضافة "المادة الثالثة" إلى الدستور بعد نقاش طويل.',
    quotes: [['المادة الثالثة', 'mention', null]],
  },
  {
    what: 'إفادة (testimony) is not أفاد with ه',
    text: 'ورفعت المحكمة الجلسة بعد إفادة "الشاهد الأول" أمام القاضي.',
    quotes: [['الشاهد الأول', 'mention', null]],
  },
  {
    what: 'مدينة (city) is not the participle of أدان',
    text: 'وعاد الفنان إلى مدينة طفولته حاملا "جائزة" المهرجان.',
    quotes: [['جائزة', 'mention', null]],
  },
];

/** Forms that are also nouns or prepositions (ذكر, عبر, جاء): verbs where their complement follows. */
const collidedRows: readonly Row[] = [
  {
    what: 'وذكر with a subject and أنّ is the verb: a fragment after أن is partial',
    text: 'وذكر رئيس الهيئة سعيد الحمدان أن المشروع "سيكتمل قبل نهاية العام".',
    quotes: [['سيكتمل قبل نهاية العام', 'partial', 'سعيد الحمدان']],
  },
  {
    what: 'عبّر … عن «…»: the object of expressing is a fragment',
    text: 'وعبر وزير الصحة نادر الخطيب عن "قلقه العميق" من انتشار الوباء.',
    quotes: [['قلقه العميق', 'partial', 'نادر الخطيب']],
  },
  {
    what: 'عبر موقعه is "via": the verb before it still governs',
    text: 'وأعلن الاتحاد عبر موقعه الرسمي عن "إيقاف اللاعب ثلاث مباريات".',
    quotes: [['إيقاف اللاعب ثلاث مباريات', 'partial', 'الاتحاد']],
  },
  {
    what: 'بين is "between", even with a cue and أنّ later in the sentence',
    text: 'واندلعت اشتباكات عنيفة بين "جيش العشائر" وقوات الأمن، وذكر شهود أن القتال استمر ساعات.',
    quotes: [['جيش العشائر', 'mention', null]],
  },
  {
    what: 'وجاء في البيان «…»: the statement’s words, its issuer the body that spoke last',
    text: 'وقالت وزارة الصحة إنها ستحقق في الحادث. وجاء في البيان "نعبر عن أسفنا الشديد لما حدث ونعد بتحقيق شامل".',
    quotes: [['نعبر عن أسفنا الشديد لما حدث ونعد بتحقيق شامل', 'direct', 'وزارة الصحة']],
  },
  {
    what: 'وورد في تقرير X «…»: the body named after the document',
    text: 'وورد في تقرير المنظمة "أن أكثر من ألف شخص فقدوا منازلهم".',
    quotes: [['أن أكثر من ألف شخص فقدوا منازلهم', 'direct', 'المنظمة']],
  },
  {
    what: 'جاء without في and a document is "came": no cue',
    text: 'وجاء في المرتبة الأولى فريق "النجوم" بعد فوزه الأخير.',
    quotes: [['النجوم', 'mention', null]],
  },
  {
    what: 'a title given with عنون is a name, not the words of the cue before',
    text: 'وعبر الكاتب سمير العلي عن ذلك في مقال عنونه بـ"زمن الخضوع".',
    quotes: [['زمن الخضوع', 'mention', null]],
  },
];

/** A word the article repeats is a name only if it can be one: a possessed noun never is. */
const recurringRows: readonly Row[] = [
  {
    what: 'a possessed noun quoted after its cue stays a fragment though the article repeats it',
    text: 'وتزايد قلقه من التصعيد خلال الأسبوع. وأعرب وزير الخارجية ماجد الحسيني عن "قلقه" من التطورات الأخيرة.',
    quotes: [['قلقه', 'partial', 'ماجد الحسيني']],
  },
  {
    what: 'a possessed noun misread as a name after a title is still no name',
    text: 'وأبدى الوزير قلقه من التصعيد. وأعرب وزير الخارجية ماجد الحسيني عن "قلقه" من التطورات.',
    quotes: [['قلقه', 'partial', 'ماجد الحسيني']],
  },
  {
    what: 'a body’s name the article repeats unquoted is a name, even after a cue',
    text: 'وتحدثت حركة حماس عن المفاوضات. وأشاد رئيس الوزراء فادي العلي بدور "حماس" في الوساطة.',
    quotes: [['حماس', 'mention', null]],
  },
];

/** A clause of comparison after the quote names its speaker: «…»، كما قال فلان. */
const asClauseRows: readonly Row[] = [
  {
    what: 'كما قال with a subject credits the subject, not the last speaker',
    text: 'لكن وزير المالية سامي العطار "أخفى الأرقام الحقيقية عن البرلمان"، كما قال النائب المعارض مازن الخطيب.',
    quotes: [['أخفى الأرقام الحقيقية عن البرلمان', 'partial', 'مازن الخطيب']],
  },
  {
    what: 'كما عبر عن ذلك فلان: the subject after the verb’s own complement',
    text: 'والحكومة "تجاهلت كل التحذيرات" كما عبر عن ذلك الكاتب الصحفي فريد الخوري.',
    quotes: [['تجاهلت كل التحذيرات', 'partial', 'فريد الخوري']],
  },
  {
    what: 'كما نقلت X عن Y credits the relayed source',
    text: 'والقوات "أنهت الاستعدادات للهجوم"، كما نقلت الإذاعة عن قائد المنطقة الشمالية اللواء عمر السالم.',
    quotes: [['أنهت الاستعدادات للهجوم', 'partial', 'عمر السالم']],
  },
];

/** Direct or partial: a whole utterance, or a fragment that a verb or a preposition governs. */
const directRows: readonly Row[] = [
  {
    what: '«أن …» after a preposition is a verbal noun, the object: partial',
    text: 'ودعا رئيس الوزراء طارق البزاز المعارضة إلى "أن تتحمل مسؤوليتها التاريخية".',
    quotes: [['أن تتحمل مسؤوليتها التاريخية', 'partial', 'طارق البزاز']],
  },
  {
    what: 'the object of طلب is a thing asked for, a fragment',
    text: 'وطلب المحامي سامر النجار من المحكمة "تأجيل الجلسة إلى موعد لاحق لدراسة الملف".',
    quotes: [['تأجيل الجلسة إلى موعد لاحق لدراسة الملف', 'partial', 'سامر النجار']],
  },
  {
    what: 'what اعتبر calls its object is a fragment (اعتبر الاتفاق «خطوة …»)',
    text: 'واعتبر رئيس الحزب منير الساعدي الاتفاق "خطوة شجاعة نحو إنهاء الحرب الطويلة".',
    quotes: [['خطوة شجاعة نحو إنهاء الحرب الطويلة', 'partial', 'منير الساعدي']],
  },
  {
    what: 'اعتبر «أن …»: the complementiser inside the marks quotes the whole clause',
    text: 'واعتبر رئيس الحزب منير الساعدي "أن الاتفاق خطوة شجاعة نحو إنهاء الحرب".',
    quotes: [['أن الاتفاق خطوة شجاعة نحو إنهاء الحرب', 'direct', 'منير الساعدي']],
  },
  {
    what: 'a quote after a noun that governs a complement (على ضرورة) is a fragment',
    text: 'وشدد وزير الخارجية عادل الكبيسي على ضرورة "وقف إطلاق النار فورا في كل المناطق".',
    quotes: [['وقف إطلاق النار فورا في كل المناطق', 'partial', 'عادل الكبيسي']],
  },
  {
    what: 'عن احتمال «…»: the noun, not the preposition, stands right before the quote',
    text: 'وتحدث رئيس البلدية نزار السعيد عن احتمال "انهيار الجسر القديم في أي لحظة".',
    quotes: [['انهيار الجسر القديم في أي لحظة', 'partial', 'نزار السعيد']],
  },
  {
    what: 'a time word before the quote is no preposition: the utterance is direct',
    text: 'وقال وزير المالية سامي العطار أمس "الموازنة ستقر قبل نهاية الشهر الحالي".',
    quotes: [['الموازنة ستقر قبل نهاية الشهر الحالي', 'direct', 'سامي العطار']],
  },
  {
    what: 'an addressee with لل before the quote is no preposition governing it: direct',
    text: 'وقال وزير المالية سامي العطار للصحفيين "الموازنة ستقر قبل نهاية الشهر الحالي".',
    quotes: [['الموازنة ستقر قبل نهاية الشهر الحالي', 'direct', 'سامي العطار']],
  },
  {
    what: 'a cue whose clause stands after أن is itself reported: partial',
    text: 'وأوضحت الخارجية في بيان أن الوزير عماد الحسن أبدى "استعداد بلاده لاستضافة جولة جديدة من المحادثات".',
    quotes: [['استعداد بلاده لاستضافة جولة جديدة من المحادثات', 'partial', 'عماد الحسن']],
  },
  {
    what: '«إن …» right after the cue phrase is the whole clause quoted: direct',
    text: 'وقال رئيس الوزراء طارق البزاز "إن الحكومة لن تستقيل".',
    quotes: [['إن الحكومة لن تستقيل', 'direct', 'طارق البزاز']],
  },
];

/** A source phrase after the quote that names its source by a quoted name. */
const quotedSourceRows: readonly Row[] = [
  {
    what: 'وفقا لـ«…» credits the body that name was given to earlier (صحيفة «الوطن»)',
    text: 'وذكرت صحيفة "الوطن" أن الوزارة ستغلق المعبر. والإغلاق "سيستمر حتى إشعار آخر"، وفقا لـ"الوطن".',
    quotes: [
      ['الوطن', 'mention', null],
      ['سيستمر حتى إشعار آخر', 'partial', 'صحيفة الوطن'],
      ['الوطن', 'mention', null],
    ],
  },
  {
    what: 'بحسب «…» with a name met nowhere else credits that name',
    text: '"الأسعار سترتفع الشهر المقبل"، بحسب "رويترز".',
    quotes: [
      ['الأسعار سترتفع الشهر المقبل', 'direct', 'رويترز'],
      ['رويترز', 'mention', null],
    ],
  },
];

/** A short quote right after a reporting verb, the clause going on after it, is the verb's subject. */
const verbSubjectRows: readonly Row[] = [
  {
    what: 'a newspaper’s name as the subject of قالت',
    text: 'ومساء أمس قالت "الأنباء" في افتتاحيتها إن الحكومة فشلت في إدارة الأزمة.',
    quotes: [['الأنباء', 'mention', null]],
  },
  {
    what: 'a nickname as the subject of كتب',
    text: 'وكتب "أبو علي" على صفحته أن الاجتماع تأجل إلى الأسبوع المقبل.',
    quotes: [['أبو علي', 'mention', null]],
  },
  {
    what: 'words that open a clause after the verb are the utterance',
    text: 'وقال المدرب جمال العلي: "الفريق جاهز". وأضاف "لا نخشى أي منافس في البطولة" قبل أن يغادر القاعة.',
    quotes: [
      ['الفريق جاهز', 'direct', 'جمال العلي'],
      ['لا نخشى أي منافس في البطولة', 'direct', 'جمال العلي'],
    ],
  },
];

/** The attribution after the quote and a colon: «…»: قالت لي سيدة. */
const colonAfterRows: readonly Row[] = [
  {
    what: 'a quote opening its sentence, a colon, then a cue with the hearer and its subject',
    text: '"لن أعود إلى هذا المكان أبدا": قالت لي سيدة خمسينية عند باب المسرح.',
    quotes: [['لن أعود إلى هذا المكان أبدا', 'direct', 'سيدة خمسينية']],
  },
  {
    what: 'the hearer between the verb and its subject before an indirect clause',
    text: 'وقال لنا رئيس النقابة سمير الدباغ إن الإضراب "سيستمر حتى تلبية المطالب".',
    quotes: [['سيستمر حتى تلبية المطالب', 'partial', 'سمير الدباغ']],
  },
  {
    what: 'a title and a colon with no cue after it: a mention',
    text: '"الانتخابات المقبلة": ندوة في الجامعة يحضرها الوزير.',
    quotes: [['الانتخابات المقبلة', 'mention', null]],
  },
];

/** A short quote inside the cue's subject, the words said still to come after it. */
const inSubjectRows: readonly Row[] = [
  {
    what: 'a quoted name after the title, the complement after it',
    text: 'ويقول الباحث الفرنسي "جان دوبوا" في كتابه الأخير إن المدينة فقدت روحها.',
    quotes: [['جان دوبوا', 'mention', null]],
  },
  {
    what: 'a quoted name after the title, before إن: the name is the subject’s',
    text: 'ويقول الباحث الفرنسي "جان دوبوا" في كتابه الأخير إن المدينة "فقدت روحها".',
    quotes: [
      ['جان دوبوا', 'mention', null],
      ['فقدت روحها', 'partial', 'جان دوبوا'],
    ],
  },
  {
    what: 'a short utterance right after the subject, a participle after it: still direct',
    text: 'وقال الوزير "الوضع خطير" مؤكدا أن الحكومة ستتدخل.',
    quotes: [['الوضع خطير', 'direct', 'الوزير']],
  },
];

/** An attribution between commas inside the quote. */
const interjectedRows: readonly Row[] = [
  {
    what: 'a present cue and its subject between commas inside the quote',
    text: 'وافتتح المستشفى الجديد أمس. "هذا المشروع، يقول مدير المستشفى كريم الجبوري، سيخدم نصف مليون مواطن".',
    quotes: [
      ['هذا المشروع، يقول مدير المستشفى كريم الجبوري، سيخدم نصف مليون مواطن', 'direct', 'كريم الجبوري'],
    ],
  },
  {
    what: 'a past cue and its subject between commas inside the quote',
    text: '"نحن مستعدون للحوار، قال رئيس الوفد خالد المصري، لكننا لن نقبل الشروط المسبقة".',
    quotes: [
      [
        'نحن مستعدون للحوار، قال رئيس الوفد خالد المصري، لكننا لن نقبل الشروط المسبقة',
        'direct',
        'خالد المصري',
      ],
    ],
  },
  {
    what: 'commas alone inside a quote attribute nothing',
    text: 'وبدأت الورشة صباحا. "الرجاء، والأمل، والعمل" كانت شعارات المشاركين.',
    quotes: [['الرجاء، والأمل، والعمل', 'mention', null]],
  },
];

/** The writer's own words inside a sentence that has a cue: the cue does not reach them. */
const glossRows: readonly Row[] = [
  {
    what: 'في إشارة إلى «…» after a cue is the writer gloss',
    text: 'وانتقد الوزير سامر الحلو المعارضة بشدة، في إشارة إلى "التيار الوطني" الذي قاطع الجلسة.',
    quotes: [['التيار الوطني', 'mention', null]],
  },
  {
    what: 'في إشارة واضحة إلى «…»: an adjective between changes nothing',
    text: 'وهاجم النائب فؤاد الشامي الحكومة، في إشارة واضحة إلى "صفقة القرن" التي وقعتها.',
    quotes: [['صفقة القرن', 'mention', null]],
  },
  {
    what: 'a quote before the gloss is still the speaker’s',
    text: 'وقال النائب فؤاد الشامي إن الحكومة "باعت الوطن"، في إشارة إلى "صفقة القرن".',
    quotes: [
      ['باعت الوطن', 'partial', 'فؤاد الشامي'],
      ['صفقة القرن', 'mention', null],
    ],
  },
];

/** A name or term in quotes that the words outside the marks go on describing. */
const describedRows: readonly Row[] = [
  {
    what: 'an adjective of origin after the closing mark: «الجيش» الإسرائيلي inside indirect speech',
    text: 'وقال المتحدث باسم الهلال الأحمر سليم داود إن القصف الذي نفذه "الجيش" الإسرائيلي طال مستشفى المدينة.',
    quotes: [['الجيش', 'mention', null]],
  },
  {
    what: 'a two-word name described after its mark: «الحراك الشعبي» الانفصالي',
    text: 'وأكد وزير الداخلية كمال الراشد أن عناصر من "الحراك الشعبي" الانفصالي هاجموا مركز الشرطة.',
    quotes: [['الحراك الشعبي', 'mention', null]],
  },
  {
    what: 'a noun in construct after the mark is no adjective: «تدخل» السفير stays a fragment',
    text: 'وانتقد رئيس الحزب عادل منصور "تدخل" السفير الأمريكي في الانتخابات.',
    quotes: [['تدخل', 'partial', 'عادل منصور']],
  },
  {
    what: 'a noun with a possessive pronoun is no name: «تخلت عن وعودها» الانتخابية stays a fragment',
    text: 'وقال رئيس الحزب عادل منصور إن الحكومة "تخلت عن وعودها" الانتخابية كلها.',
    quotes: [['تخلت عن وعودها', 'partial', 'عادل منصور']],
  },
];

/** A noun that wants a name after it: the quote is a name only when it has a name's shape. */
const namedRows: readonly Row[] = [
  {
    what: 'a naming verb, its object, then بـ«…»: the title given, inside indirect speech',
    text: 'وقال المتحدث باسم الحزب رامي الحلبي إن الصحيفة اختارت أن تعنون خبرها بـ"الحكومة تسقط في امتحان الثقة".',
    quotes: [['الحكومة تسقط في امتحان الثقة', 'mention', null]],
  },
  {
    what: 'سمّى, its object, then بـ«…»: the name given',
    text: 'وأكد الفنان سليم مراد أنه قرر أن يسمي ألبومه بـ"رسائل من الجنوب" تكريما لمدينته.',
    quotes: [['رسائل من الجنوب', 'mention', null]],
  },
  {
    what: 'a place name after منطقة is a name',
    text: 'وأعلنت وزارة الزراعة حظر الصيد في منطقة "وادي العرب" حتى نهاية الشهر.',
    quotes: [['وادي العرب', 'mention', null]],
  },
  {
    what: 'a clause with a comma after منطقة is a fragment of the speech around it',
    text: 'وقال رئيس البلدية عمر السعدي إن الحكومة ستبني سدا في منطقة "تعاني من الجفاف منذ سنوات، ويهجرها سكانها".',
    quotes: [['تعاني من الجفاف منذ سنوات، ويهجرها سكانها', 'partial', 'عمر السعدي']],
  },
];

/** A body's name in quotes in apposition to its description (وكالة الأنباء الأردنية «بترا»). */
const appositionRows: readonly Row[] = [
  {
    what: 'an agency’s short name after its full name, at the head of a relayed sentence',
    text: 'ونقلت وكالة الأنباء الأردنية "بترا" عن وزير المياه رائد أبو السعود قوله إن الموسم المطري كان ضعيفا.',
    quotes: [['بترا', 'mention', null]],
  },
  {
    what: 'a party’s name inside indirect speech',
    text: 'وقال رئيس اللجنة عادل حمدان إن الحزب الديمقراطي الكردستاني "البارتي" سيشارك في الانتخابات.',
    quotes: [['البارتي', 'mention', null]],
  },
  {
    what: 'words that open a clause after a body’s name are its words',
    text: 'وقالت وزارة الخارجية الروسية "لن نقبل بأي تهديد" ردا على العقوبات.',
    quotes: [['لن نقبل بأي تهديد', 'direct', 'وزارة الخارجية الروسية']],
  },
];

describe('kinds: words that are not cues', () => {
  runRows(notCueRows);
});

describe('kinds: verbs that are also nouns', () => {
  runRows(collidedRows);
});

describe('kinds: words the article repeats', () => {
  runRows(recurringRows);
});

describe('kinds: كما قال after the quote', () => {
  runRows(asClauseRows);
});

describe('kinds: direct or partial', () => {
  runRows(directRows);
});

describe('kinds: a quoted source after the quote', () => {
  runRows(quotedSourceRows);
});

describe('kinds: a quoted name as the subject of a verb', () => {
  runRows(verbSubjectRows);
});

describe('kinds: the attribution after a colon', () => {
  runRows(colonAfterRows);
});

describe('kinds: a quoted name in the subject', () => {
  runRows(inSubjectRows);
});

describe('kinds: an attribution inside the quote', () => {
  runRows(interjectedRows);
});

describe('kinds: the writer’s gloss', () => {
  runRows(glossRows);
});

describe('kinds: names described after their marks', () => {
  runRows(describedRows);
});

describe('kinds: nouns that take a name', () => {
  runRows(namedRows);
});

describe('kinds: names in apposition', () => {
  runRows(appositionRows);
});
