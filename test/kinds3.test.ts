import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/**
 * Kinds, third round: what makes a quote speech where nothing but its place says so (an inserted
 * "too" between a verb and its complement, a clause quoted in a speaker's turn with no verb of its
 * own), and what makes a short quote a name after all (a known name behind a preposition). Each row
 * is a passage written here in news style, with the kinds and speakers a reader gives it; the rows
 * that keep a mention a mention stand next to the rows of each rule.
 */

/** A quote that opens with a quantifier (بعض, معظم) describes a group; it is no body's name. */
const quantifierRows: readonly Row[] = [
  {
    what: 'و«بعض …» as a conjunct of the accusation: the accuser’s fragment, like the one before it',
    text: 'واتهم وزير الداخلية فارس النعيمي المعارضة بالسعي إلى "تقويض" الدولة، عبر تمويل الميليشيات، وإقامة علاقات مع جهات خارجية، و"بعض الشبكات المشبوهة في الشمال".',
    quotes: [
      ['تقويض', 'partial', 'فارس النعيمي'],
      ['بعض الشبكات المشبوهة في الشمال', 'partial', 'فارس النعيمي'],
    ],
  },
  {
    what: '«بعض …» right after a cue is what the speaker says of a group',
    text: 'وانتقد رئيس الحكومة سليم العطار "بعض وسائل الإعلام المحلية" بسبب تغطيتها للاحتجاجات.',
    quotes: [['بعض وسائل الإعلام المحلية', 'partial', 'سليم العطار']],
  },
  {
    what: 'a body’s name after a cue, its head in construct, stays a mention',
    text: 'واتهم وزير الداخلية فارس النعيمي "حركة الشباب الديمقراطي" بتنظيم الاحتجاجات.',
    quotes: [['حركة الشباب الديمقراطي', 'mention', null]],
  },
];

/** A verbal noun of saying with its agent (بعد إعلان الوزارة, عقب تأكيد الوزير) reports as a verb does. */
const sayingNounRows: readonly Row[] = [
  {
    what: 'بعد إعلان X اعتقال «…»: the object of the announcement is the announcer’s fragment',
    text: 'وطلب الرئيس سليم العطار من جيرانه "عدم التدخل" في شؤون بلاده، وذلك بعد ساعات من إعلان وزارة الداخلية اعتقال "خلية إرهابية كانت تخطط لهجمات في العاصمة".',
    quotes: [
      ['عدم التدخل', 'partial', 'سليم العطار'],
      ['خلية إرهابية كانت تخطط لهجمات في العاصمة', 'partial', 'وزارة الداخلية'],
    ],
  },
  {
    what: 'من تأكيد فلان أن «…»: the agent of the noun says it',
    text: 'وجاء القرار بعد يومين من تأكيد رئيس الوزراء نادر الخطيب أن الحكومة "لن تتراجع عن الإصلاحات".',
    quotes: [['لن تتراجع عن الإصلاحات', 'partial', 'نادر الخطيب']],
  },
  {
    what: 'عقب نفي فلان وجود «…»',
    text: 'وانسحبت القوات من الحي عقب نفي المتحدث باسم الجيش سامر العلي وجود "أي خطة للانسحاب من المدينة".',
    quotes: [['أي خطة للانسحاب من المدينة', 'partial', 'سامر العلي']],
  },
  {
    what: 'the noun as a verb’s object: the verb’s subject judges it, the noun’s agent says nothing',
    text: 'واعتبرت صحيفة "الرأي" إعلان الحكومة بأنه "خطوة متأخرة جدا".',
    quotes: [
      ['الرأي', 'mention', null],
      ['خطوة متأخرة جدا', 'partial', 'صحيفة الرأي'],
    ],
  },
  {
    what: 'في تصريحات صحفية: an adjective is no agent; the verb’s subject speaks',
    text: 'وقال الناطق باسم الحركة سمير الأحمد، في تصريحات صحفية: "لن نتراجع عن مطالبنا".',
    quotes: [['لن نتراجع عن مطالبنا', 'direct', 'سمير الأحمد']],
  },
];

/** The outlet that asked, named right after the question (ردا على سؤال «الوطن»): a mention. */
const questionRows: readonly Row[] = [
  {
    what: 'الرد على سؤال «…»: the newspaper that asked, not the words of those who declined',
    text: 'ورفض مسؤولون في السفارة الكندية الرد على سؤال "الوطن" بشأن موقف بلادهم من القرار.',
    quotes: [['الوطن', 'mention', null]],
  },
  {
    what: 'ردا على أسئلة «…»: the outlet is a mention, the answer the speaker’s',
    text: 'وقال الوزير سامي العطار ردا على أسئلة "الشروق" إن الحكومة "لن تتراجع".',
    quotes: [
      ['الشروق', 'mention', null],
      ['لن تتراجع', 'partial', 'سامي العطار'],
    ],
  },
  {
    what: 'a question quoted whole after سؤال stays the asker’s words',
    text: 'وتساءل النائب سمير الأحمد في سؤال "متى ستنتهي معاناة سكان الأحياء الشرقية؟"',
    quotes: [['متى ستنتهي معاناة سكان الأحياء الشرقية؟', 'direct', 'سمير الأحمد']],
  },
];

/** A quote inside a quote is a mention, unless a verb of saying inside the outer quote names who said it. */
const nestedRows: readonly Row[] = [
  {
    what: 'nested after إن … قال: the one the speaker names said the inner words; the speaker keeps the floor',
    text: 'وقال النائب مروان الحسيني: «إن رئيس الوزراء هشام الكبير قال لنا ’الانتخابات في موعدها‘». وأضاف: «لن نصمت».',
    quotes: [
      ['إن رئيس الوزراء هشام الكبير قال لنا ’الانتخابات في موعدها‘', 'direct', 'مروان الحسيني'],
      ['الانتخابات في موعدها', 'partial', 'هشام الكبير'],
      ['لن نصمت', 'direct', 'مروان الحسيني'],
    ],
  },
  {
    what: 'nested after a subject that opens the outer quote and its verb (الحكومة قالت دائما إن ’…‘)',
    text: 'وقال الوزير سامي العطار: «الحكومة قالت دائما إن ’الحوار هو الطريق الوحيد‘، ولم تغير موقفها».',
    quotes: [
      ['الحكومة قالت دائما إن ’الحوار هو الطريق الوحيد‘، ولم تغير موقفها', 'direct', 'سامي العطار'],
      ['الحوار هو الطريق الوحيد', 'partial', 'الحكومة'],
    ],
  },
  {
    what: 'nested with only the outer speaker’s verb before it stays a mention',
    text: 'وقال الوزير سامي العطار إن الحكومة «تؤمن بأن ’الحوار هو الطريق الوحيد‘ للخروج من الأزمة».',
    quotes: [
      ['تؤمن بأن ’الحوار هو الطريق الوحيد‘ للخروج من الأزمة', 'partial', 'سامي العطار'],
      ['الحوار هو الطريق الوحيد', 'mention', null],
    ],
  },
  {
    what: 'a name quoted inside a quote stays a mention',
    text: 'وقالت مديرة المهرجان لينا عازار: «الفيلم الفائز ’ليل المدينة‘ صور في ثلاثة بلدان».',
    quotes: [
      ['الفيلم الفائز ’ليل المدينة‘ صور في ثلاثة بلدان', 'direct', 'لينا عازار'],
      ['ليل المدينة', 'mention', null],
    ],
  },
];

/** ما سماه «…» ("what he called …"): the coinage of the verb's subject; ما يسمى «…» ("so-called") is no one's. */
const coinedRows: readonly Row[] = [
  {
    what: 'بما سمته «…» after the speaker’s verb: her coinage, though another spoke before',
    text: 'وقال المحلل عادل الشامي إن الحكومة "تخسر ثقة الناس". ودعت الوزيرة سلمى الحداد إلى استبدال المجلس الحالي بما سمته "حكومة الإنقاذ الوطني".',
    quotes: [
      ['تخسر ثقة الناس', 'partial', 'عادل الشامي'],
      ['حكومة الإنقاذ الوطني', 'partial', 'سلمى الحداد'],
    ],
  },
  {
    what: 'ما سماه «…» in a clause with no verb of saying: the speaker so far',
    text: 'وقال المحلل عادل الشامي إن الحكومة "تخسر ثقة الناس". وهو يراهن منذ سنوات على ما سماه "الطريق الثالث بين الحكم والمعارضة".',
    quotes: [
      ['تخسر ثقة الناس', 'partial', 'عادل الشامي'],
      ['الطريق الثالث بين الحكم والمعارضة', 'partial', 'عادل الشامي'],
    ],
  },
  {
    what: 'ما يسمى «…» is "so-called": a mention',
    text: 'وحذر الوزير سامي العطار من خطورة ما يسمى "الاقتصاد الموازي" على البلاد.',
    quotes: [['الاقتصاد الموازي', 'mention', null]],
  },
  {
    what: 'a body that calls itself «…» is named, not quoted',
    text: 'وقال الوزير سامي العطار إن الوضع "مستقر". وتبنت جماعة تسمى "كتائب الفجر" الهجوم.',
    quotes: [
      ['مستقر', 'partial', 'سامي العطار'],
      ['كتائب الفجر', 'mention', null],
    ],
  },
];

/** هو الآخر, هي الأخرى ("he too") between a verb and its complement leave the verb a cue. */
const tooRows: readonly Row[] = [
  {
    what: 'وعبر هو الآخر عن «…»: a dropped subject, "too" before عن',
    text: 'وقال رئيس النقابة كريم العموري إن الإضراب "سيستمر". وعبر هو الآخر عن "قلقه البالغ" من القرار.',
    quotes: [
      ['سيستمر', 'partial', 'كريم العموري'],
      ['قلقه البالغ', 'partial', 'كريم العموري'],
    ],
  },
  {
    what: 'وعبر فلان هو الآخر عن «…»: "too" after the subject, before عن',
    text: 'وقالت الوزيرة سلمى الحداد إن القرار "نهائي". وعبر رئيس النقابة كريم العموري هو الآخر عن "خيبة أمله" من القرار.',
    quotes: [
      ['نهائي', 'partial', 'سلمى الحداد'],
      ['خيبة أمله', 'partial', 'كريم العموري'],
    ],
  },
  {
    what: 'عبر هو الآخر with no عن after it is still "via": the quoted name stays a mention',
    text: 'ووصل الوفد عبر مطار "الشهداء" هو الآخر بعد رحلة طويلة.',
    quotes: [['الشهداء', 'mention', null]],
  },
];

/** A known person's name behind a preposition (لفلان «by so-and-so») is a name, not a fragment. */
const prepositionNameRows: readonly Row[] = [
  {
    what: '«لفلان» with the full name known: an article by him, a mention',
    text: 'وكتب المحلل عادل الشامي أن "الأزمة طويلة". وهناك أيضا مقالة أخرى "لعادل الشامي" نشرتها صحيفة "الأيام" الأسبوع الماضي.',
    quotes: [
      ['الأزمة طويلة', 'partial', 'عادل الشامي'],
      ['لعادل الشامي', 'mention', null],
      ['الأيام', 'mention', null],
    ],
  },
  {
    what: '«للشامي» with the surname known: a mention',
    text: 'وكتب المحلل عادل الشامي أن "الأزمة طويلة". وهناك أيضا مقالة أخرى "للشامي" نشرها موقع "الرصيف" الأسبوع الماضي.',
    quotes: [
      ['الأزمة طويلة', 'partial', 'عادل الشامي'],
      ['للشامي', 'mention', null],
      ['الرصيف', 'mention', null],
    ],
  },
  {
    what: '«لفلان» with the name quoted alone earlier (as names of writers are): a mention',
    text: 'ويعد الكاتب "سامي الفرا" من أشد المتحمسين للخطة. وهناك أيضا مقالة أخرى "لسامي الفرا" نشرتها صحيفة "الرأي" قبل عام.',
    quotes: [
      ['سامي الفرا', 'mention', null],
      ['لسامي الفرا', 'mention', null],
      ['الرأي', 'mention', null],
    ],
  },
  {
    what: 'a fragment behind ب whose words the article repeats unquoted stays the speaker’s',
    text: 'وطالب المحامي فادي حداد "بالإفراج الفوري" عن موكله، لكن المحكمة رفضت الإفراج الفوري عنه.',
    quotes: [['بالإفراج الفوري', 'partial', 'فادي حداد']],
  },
  {
    what: 'a possessed noun behind a preposition stays the speaker’s fragment (بـ«قلقه»)',
    text: 'وأشاد النائب عادل الشامي بالقرار، وقال الشامي إنه يشعر "بقلقه" من التأخير.',
    quotes: [['بقلقه', 'partial', 'عادل الشامي']],
  },
];

/**
 * A whole clause quoted with no verb of saying in its sentence, while a speaker holds the floor
 * (speech in the same paragraph or the one before): the speaker's words.
 */
const turnRows: readonly Row[] = [
  {
    what: 'a clause after وبموجبه, the speaker’s turn going on from the paragraph before',
    text: 'وأوضح وزير الطاقة نبيل الصافي أن الخطة "تقوم على مرحلتين". \nأما المرحلة الثانية فهي مرحلة التصدير، وبموجبها "تبدأ الشحنات بالخروج من الميناء الجديد، بعد اكتمال خطوط الربط مع الدول المجاورة".',
    quotes: [
      ['تقوم على مرحلتين', 'partial', 'نبيل الصافي'],
      [
        'تبدأ الشحنات بالخروج من الميناء الجديد، بعد اكتمال خطوط الربط مع الدول المجاورة',
        'partial',
        'نبيل الصافي',
      ],
    ],
  },
  {
    what: 'a quoted sentence of its own after a line of narration in the same paragraph is direct',
    text: 'وقال المخرج سامر العلي: "بدأنا التصوير في الشتاء وسط ظروف صعبة". وهكذا أنجز الفريق الفيلم في ستة أشهر. "من ذلك مثلا أن الممثلين كانوا ينامون في موقع التصوير أياما طويلة بسبب انقطاع الطرق".',
    quotes: [
      ['بدأنا التصوير في الشتاء وسط ظروف صعبة', 'direct', 'سامر العلي'],
      [
        'من ذلك مثلا أن الممثلين كانوا ينامون في موقع التصوير أياما طويلة بسبب انقطاع الطرق',
        'direct',
        'سامر العلي',
      ],
    ],
  },
  {
    what: 'a clause as the predicate after a definite subject, in the speaker’s turn',
    text: 'وتحدثت المهندسة ريم الخطيب عن بداياتها، وقالت إن الطريق "لم يكن سهلا". ولعل أهم ما تعلمته في هذا المجال "هو أن أثق بنفسي وأن أواصل العمل مهما كانت الصعوبات".',
    quotes: [
      ['لم يكن سهلا', 'partial', 'ريم الخطيب'],
      ['هو أن أثق بنفسي وأن أواصل العمل مهما كانت الصعوبات', 'partial', 'ريم الخطيب'],
    ],
  },
  {
    what: 'a clause right after an indefinite noun describes the noun: a mention (a charge)',
    text: 'وقال المحامي فادي حداد إن موكله "بريء". وكانت المحكمة قد حكمت على المتهمين بالسجن بتهمة تلقي أموال "لتمويل أنشطة سرية تهدد أمن الدولة واستقرارها في المنطقة".',
    quotes: [
      ['بريء', 'partial', 'فادي حداد'],
      ['لتمويل أنشطة سرية تهدد أمن الدولة واستقرارها في المنطقة', 'mention', null],
    ],
  },
  {
    what: 'a long title after a possessed naming noun and its adjective stays a mention, a speaker’s turn or not',
    text: 'وقال الروائي سامي الفرا إن الكتابة "تنقذنا من النسيان". وصدر للفرا هذا العام كتابه الجديد "رحلة في ذاكرة المدن القديمة من دمشق إلى فاس عبر القاهرة".',
    quotes: [
      ['تنقذنا من النسيان', 'partial', 'سامي الفرا'],
      ['رحلة في ذاكرة المدن القديمة من دمشق إلى فاس عبر القاهرة', 'mention', null],
    ],
  },
  {
    what: 'a long title opening a sentence, the work named right after it, stays a mention',
    text: 'وقال الروائي سامي الفرا إن الكتابة "تنقذنا من النسيان". "رحلة في ذاكرة المدن القديمة من دمشق إلى فاس عبر القاهرة" رواية جديدة صدرت له هذا العام.',
    quotes: [
      ['تنقذنا من النسيان', 'partial', 'سامي الفرا'],
      ['رحلة في ذاكرة المدن القديمة من دمشق إلى فاس عبر القاهرة', 'mention', null],
    ],
  },
  {
    what: 'a long title followed by هو عنوان … stays a mention',
    text: 'وقال الروائي سامي الفرا إن الكتابة "تنقذنا من النسيان". "حكاية الرجل الذي باع ظله في سوق المدينة القديمة" هو عنوان روايته الجديدة.',
    quotes: [
      ['تنقذنا من النسيان', 'partial', 'سامي الفرا'],
      ['حكاية الرجل الذي باع ظله في سوق المدينة القديمة', 'mention', null],
    ],
  },
  {
    what: 'a play’s long title after مسرحيته الأخيرة stays a mention',
    text: 'وقال الكاتب المسرحي نادر العلي إن الجمهور "متعطش للضحك". ويعرض المسرح الوطني مسرحيته الأخيرة "حكاية الرجل الذي باع ظله في سوق المدينة القديمة".',
    quotes: [
      ['متعطش للضحك', 'partial', 'نادر العلي'],
      ['حكاية الرجل الذي باع ظله في سوق المدينة القديمة', 'mention', null],
    ],
  },
  {
    what: 'a long quoted title with nobody speaking before it stays a mention',
    text: 'وصدر أمس عن دار النشر الوطنية كتاب جديد بعنوان طويل هو "رحلة في ذاكرة المدن القديمة من دمشق إلى فاس عبر القاهرة".',
    quotes: [['رحلة في ذاكرة المدن القديمة من دمشق إلى فاس عبر القاهرة', 'mention', null]],
  },
  {
    what: 'the last speech two paragraphs back hands no turn to a long quote',
    text: 'وقال الوزير نبيل الصافي إن الخطة "جاهزة".\nوفي شأن آخر، شهدت العاصمة أمطارا غزيرة.\nوامتلأت الساحة في المساء بالمحتفلين "حتى ساعات الفجر الأولى من صباح اليوم التالي دون حوادث".',
    quotes: [
      ['جاهزة', 'partial', 'نبيل الصافي'],
      ['حتى ساعات الفجر الأولى من صباح اليوم التالي دون حوادث', 'mention', null],
    ],
  },
  {
    what: 'a law’s text after ينص … على أن is the law’s, not the last speaker’s',
    text: 'وقال المحامي فادي حداد إن موكله "بريء". وينص الدستور على أن "كل متهم بريء حتى تثبت إدانته في محاكمة عادلة".',
    quotes: [
      ['بريء', 'partial', 'فادي حداد'],
      ['كل متهم بريء حتى تثبت إدانته في محاكمة عادلة', 'partial', 'الدستور'],
    ],
  },
  {
    what: 'an agreement’s terms after نصت … على are the agreement’s',
    text: 'وقال الوزير نبيل الصافي إن الاتفاق "تاريخي". ونصت الاتفاقية على "انسحاب كل القوات الأجنبية من المنطقة خلال ستة أشهر".',
    quotes: [
      ['تاريخي', 'partial', 'نبيل الصافي'],
      ['انسحاب كل القوات الأجنبية من المنطقة خلال ستة أشهر', 'partial', 'الاتفاقية'],
    ],
  },
  {
    what: 'a short name quoted in the speaker’s turn stays a mention',
    text: 'وقال المدرب هاني السعدي إن الفريق "جاهز". ويلعب الفريق مباراته المقبلة على ملعب "النصر" الأسبوع المقبل.',
    quotes: [
      ['جاهز', 'partial', 'هاني السعدي'],
      ['النصر', 'mention', null],
    ],
  },
];

describe('kinds3: a quantifier opens no name', () => {
  runRows(quantifierRows);
});

describe('kinds3: a verbal noun of saying and its agent', () => {
  runRows(sayingNounRows);
});

describe('kinds3: the outlet that asked', () => {
  runRows(questionRows);
});

describe('kinds3: a quote inside a quote', () => {
  runRows(nestedRows);
});

describe('kinds3: what someone called a thing', () => {
  runRows(coinedRows);
});

describe('kinds3: "too" between a verb and its complement', () => {
  runRows(tooRows);
});

describe('kinds3: a known name behind a preposition', () => {
  runRows(prepositionNameRows);
});

describe('kinds3: a clause quoted in a speaker’s turn', () => {
  runRows(turnRows);
});
