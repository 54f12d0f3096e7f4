/**
 * Forms met in real pages read in the twenty-first session (issue 3), each written here anew in news
 * style: a Saudi family name after آل that is also a title word (آل الشيخ), and آل written without its
 * madda; a compound with عبد written apart in one place and joined in another (عبد الله, عبدالله); a
 * chain of two posts before a name, longer than a subject's usual reach; أمين, a title word, as the given
 * name after a whole title; a title after a name in narration with a verb that takes no person for
 * object (أعرب فلان رئيس النادي عن …), and the same post with or without its club's kind; guards that a
 * post's head alone with a name (المتحدث فلان) names no speaker known by a whole post; ملك
 * before a realm as the monarch's title; a post between a name's comma and the colon; أثنى (praised) as a
 * cue, and verbs of stance and manner (ألمح، أفصح، استغرب، صرخ، همس، برر، طمأن، سخر …); بخصوص
 * after a name; a title's head with a body's quoted name before the holder's name (رئيس «الفيفا» فلان);
 * outlets in asides (في اتصال مع «…»، between commas; وتابعه «…»); غير opening no subject; a person's full
 * name in marks inside a sentence; guards that a bare post and a nationality name no one by guess;
 * وتابع and a family name alone before the colon; outlets' names in marks (MEDIA_NAMES). Each
 * beside a guard that the older reading still holds.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const familyAfterAal: readonly Row[] = [
  {
    what: 'the word after آل is the family name though it is a title word, with a post after the name',
    text: 'أعلن الأمير سعود آل الشيخ رئيس لجنة المسابقات، موعد انطلاق الدوري. ووجه آل الشيخ رسالة إلى الأندية قائلا: «نريد موسما نظيفا».',
    quotes: [['نريد موسما نظيفا', 'direct', 'سعود آل الشيخ']],
  },
  {
    what: 'آل written without its madda (ال) is the same joiner, not a word with the article',
    text: 'التقى وزير الرياضة السيد فهد ال الشيخ بلاعبي المنتخب. وقال: «نثق بقدرتكم على الفوز».',
    quotes: [['نثق بقدرتكم على الفوز', 'direct', 'فهد ال الشيخ']],
  },
  {
    what: 'guard: a definite title word right after a given name is still his family name',
    text: 'وقال أحمد الشيخ رئيس اللجنة: «الاجتماع القادم حاسم».',
    quotes: [['الاجتماع القادم حاسم', 'direct', 'أحمد الشيخ']],
  },
];

const abdWrittenBothWays: readonly Row[] = [
  {
    what: 'a name joined (عبدالرحمن) called back written apart (عبد الرحمن) is the same person',
    text: 'أوضح سامي عبدالرحمن مدير إدارة المرور أن الحركة عادت. وقال عبد الرحمن: «أعدنا فتح الطريق».',
    quotes: [['أعدنا فتح الطريق', 'direct', 'سامي عبدالرحمن']],
  },
  {
    what: 'a name written apart (عبد الله) called back joined (عبدالله)',
    text: 'صرح ماجد عبد الله المتحدث باسم الشرطة بأن التحقيق مستمر. وأضاف عبدالله: «لن نتهاون مع أحد».',
    quotes: [['لن نتهاون مع أحد', 'direct', 'ماجد عبد الله']],
  },
  {
    what: 'the two spellings of one full name give one name, the first written',
    text: 'قال وزير الداخلية عبدالعزيز بن سعود إن «الأمن مستتب». وأضاف عبد العزيز بن سعود أن «الحدود آمنة».',
    quotes: [
      ['الأمن مستتب', 'partial', 'عبدالعزيز بن سعود'],
      ['الحدود آمنة', 'partial', 'عبدالعزيز بن سعود'],
    ],
  },
  {
    what: 'guard: two compounds of عبد are two people',
    text: 'قال عبدالله الفهد: «الموسم صعب». وقال عبد الرحمن السالم: «نحن جاهزون».',
    quotes: [
      ['الموسم صعب', 'direct', 'عبدالله الفهد'],
      ['نحن جاهزون', 'direct', 'عبد الرحمن السالم'],
    ],
  },
];

const longTitleChain: readonly Row[] = [
  {
    what: 'two posts before the name, ten words in all, then the colon: the name speaks',
    text: 'وقال الناطق الإعلامي في البلدية مدير العلاقات العامة والإعلام سعد القحطاني: «الاحتفال يبدأ مساء الخميس».',
    quotes: [['الاحتفال يبدأ مساء الخميس', 'direct', 'سعد القحطاني']],
  },
  {
    what: 'a longer chain of two posts, the name before the colon',
    text: 'وقال المتحدث الرسمي في الهيئة مدير إدارة الاتصال المؤسسي والإعلام فهد الحربي: «بدأنا استقبال الطلبات».',
    quotes: [['بدأنا استقبال الطلبات', 'direct', 'فهد الحربي']],
  },
  {
    what: 'the same before إن',
    text: 'وأوضح مدير عام فرع وزارة البيئة والمياه والزراعة بمنطقة الرياض المكلف خالد بن سعد العتيبي أن «الطلبات كثيرة».',
    quotes: [['الطلبات كثيرة', 'partial', 'خالد بن سعد العتيبي']],
  },
  {
    what: 'guard: a title behind ل after the speaker’s is whom the words were told, and the name his',
    text: 'وقال الرئيس لوزير الخارجية في حكومة الوفاق سامي العلي: «المفاوضات متوقفة».',
    quotes: [['المفاوضات متوقفة', 'direct', 'الرئيس']],
  },
];

const aminAsGivenName: readonly Row[] = [
  {
    what: 'أمين after a whole title, before a nisba ending the phrase, is the given name',
    text: 'أعلن رئيس مجلس إدارة شركة الموانئ أمين الدوسري أن «الأرباح ارتفعت».',
    quotes: [['الأرباح ارتفعت', 'partial', 'أمين الدوسري']],
  },
  {
    what: 'أمين before a family name the article then sets alone after a verb of saying',
    text: 'قال الرئيس التنفيذي لمصرف الراجحي أمين الفارس إن «الأرباح ارتفعت». وأضاف الفارس أن «التوسع مستمر».',
    quotes: [
      ['الأرباح ارتفعت', 'partial', 'أمين الفارس'],
      ['التوسع مستمر', 'partial', 'أمين الفارس'],
    ],
  },
  {
    what: 'guard: the keeper of a thing (أمين الصندوق) stacked on a title is no name',
    text: 'وقال رئيس الجمعية أمين الصندوق إن «الموارد شحيحة».',
    quotes: [['الموارد شحيحة', 'partial', 'رئيس الجمعية أمين الصندوق']],
  },
];

const titleAfterNameInNarration: readonly Row[] = [
  {
    what: 'أعرب NAME TITLE عن …: the title is his, so a later speaker known by that title is he',
    text: 'أعرب سامي الجابر رئيس الهلال عن سعادته بالتعاقد مع المدرب الجديد. وقال رئيس الهلال للصحفيين: «نريد المنافسة».',
    quotes: [['نريد المنافسة', 'direct', 'سامي الجابر']],
  },
  {
    what: 'the same office with the club’s kind written once and left out once (رئيس نادي الهلال, رئيس الهلال)',
    text: 'أعرب سامي الجابر رئيس نادي الهلال عن سعادته بالتعاقد مع المدرب الجديد. وقال رئيس الهلال للصحفيين: «نريد المنافسة على كل البطولات».',
    quotes: [['نريد المنافسة على كل البطولات', 'direct', 'سامي الجابر']],
  },
  {
    what: 'guard: after a verb that takes a person for object, the title after the name is the object’s',
    text: 'استقبل الأمير خالد الفيصل رئيس نادي الاتحاد في مكتبه. وقال رئيس نادي الاتحاد: «الدعم كبير».',
    quotes: [['الدعم كبير', 'direct', 'رئيس نادي الاتحاد']],
  },
  {
    what: 'guard: an indefinite title that runs on in construct is another, longer one',
    text: 'قال الشيخ خالد الراشد إمام مسجد الحي إن «الصدقة واجبة».\n\nوقال إمام مسجد: «نحث الناس على التبرع».',
    quotes: [
      ['الصدقة واجبة', 'partial', 'خالد الراشد'],
      ['نحث الناس على التبرع', 'direct', 'إمام مسجد'],
    ],
  },
];

const postHeadWithName: readonly Row[] = [
  {
    what: 'a speaker known by a whole post keeps it when another of that head is named',
    text: 'قال المتحدث باسم الجيش: «الوضع هادئ». وقال المتحدث باسم الحكومة: «نتابع الموقف». وأضاف المتحدث خالد العمر: «الاجتماع غدا».',
    quotes: [
      ['الوضع هادئ', 'direct', 'المتحدث باسم الجيش'],
      ['نتابع الموقف', 'direct', 'المتحدث باسم الحكومة'],
      ['الاجتماع غدا', 'direct', 'خالد العمر'],
    ],
  },
  {
    what: 'الرئيس with a name is no holder of a post headed رئيس in construct',
    text: 'قال الرئيس التنفيذي للشركة: «الأرباح ارتفعت». وقال الرئيس خالد العمر: «نحن مستعدون».',
    quotes: [
      ['الأرباح ارتفعت', 'direct', 'الرئيس التنفيذي للشركة'],
      ['نحن مستعدون', 'direct', 'خالد العمر'],
    ],
  },
];

const kingBeforeRealm: readonly Row[] = [
  {
    what: 'ملك before a realm after a name is his post, which ends the name; the monarch calls him back',
    text: 'أكد الملك عبدالله الثاني ملك الأردن أن المنطقة تمر بمرحلة صعبة.\n\nوقال عاهل الأردن: «أنتم فخر الوطن».',
    quotes: [['أنتم فخر الوطن', 'direct', 'عبدالله الثاني']],
  },
  {
    what: 'guard: ملك before a family name is a woman’s given name',
    text: 'قالت الطالبة ملك الحربي: «حققت حلمي».',
    quotes: [['حققت حلمي', 'direct', 'ملك الحربي']],
  },
];

const postBeforeColon: readonly Row[] = [
  {
    what: 'a post between the name’s comma and the colon is the speaker’s, and calls him back',
    text: 'وقال عادل رمزي، مدرب الوداد: «الفوز مهم». وقال المدرب بعد المباراة: «كنت أنتظر مباراة مفتوحة».',
    quotes: [
      ['الفوز مهم', 'direct', 'عادل رمزي'],
      ['كنت أنتظر مباراة مفتوحة', 'direct', 'عادل رمزي'],
    ],
  },
];

const praised: readonly Row[] = [
  {
    what: 'أثنى ("praised") with its subject and قائلا is a cue, after another speaker too',
    text: 'قال الوزير: «مرحبا بالجميع».\n\nمن جانب آخر أثنى الشاعر زيد المطيري على المهرجان قائلاً: «أنا شاركت فيه طوال مسيرته».',
    quotes: [
      ['مرحبا بالجميع', 'direct', 'الوزير'],
      ['أنا شاركت فيه طوال مسيرته', 'direct', 'زيد المطيري'],
    ],
  },
  {
    what: 'what أثنى praises after على is a fragment of his words',
    text: 'وأثنى الوزير على «جهود الفريق» خلال الموسم.',
    quotes: [['جهود الفريق', 'partial', 'الوزير']],
  },
  {
    what: 'guard: اثني عشر is the number twelve, no verb',
    text: 'قال المدرب: «الفريق جاهز». وسجل اثني عشر لاعبا أهدافا هذا الموسم. وقال: «نحن سعداء».',
    quotes: [
      ['الفريق جاهز', 'direct', 'المدرب'],
      ['نحن سعداء', 'direct', 'المدرب'],
    ],
  },
];

const stanceVerbs: readonly Row[] = [
  {
    what: 'guard: هاجم, left out of the cues, with قائلا after its object still gives the speaker',
    text: 'وهاجم النائب خالد العمر الحكومة قائلا: «الخطة فاشلة».',
    quotes: [['الخطة فاشلة', 'direct', 'خالد العمر']],
  },
  {
    what: 'ألمح إلى أن',
    text: 'وألمح المدرب سامي الفهد إلى أن «التغيير قادم».',
    quotes: [['التغيير قادم', 'partial', 'سامي الفهد']],
  },
  {
    what: 'أفصح عن أن',
    text: 'وأفصح رئيس النادي فهد السالم عن أن «الصفقة اكتملت».',
    quotes: [['الصفقة اكتملت', 'partial', 'فهد السالم']],
  },
  {
    what: 'استغرب أن',
    text: 'واستغرب النائب ماجد الراشد أن «الوزارة لم ترد».',
    quotes: [['الوزارة لم ترد', 'partial', 'ماجد الراشد']],
  },
  {
    what: 'guard: اعترض, left out of the cues (also "intercepted"), with قائلا still gives the speaker',
    text: 'واعترض المحامي سعد الحربي على القرار قائلا: «الحكم قاس».',
    quotes: [['الحكم قاس', 'direct', 'سعد الحربي']],
  },
  {
    what: 'صرخ with a colon',
    text: 'وصرخ المشجع: «نريد الفوز».',
    quotes: [['نريد الفوز', 'direct', 'المشجع']],
  },
  {
    what: 'همست with a colon',
    text: 'وهمست الأم: «ابني بخير».',
    quotes: [['ابني بخير', 'direct', 'الأم']],
  },
  {
    what: 'برر … بأن',
    text: 'وبرر الوزير القرار بأن «الميزانية محدودة».',
    quotes: [['الميزانية محدودة', 'partial', 'الوزير']],
  },
  {
    what: 'تنبأ بأن',
    text: 'وتنبأ الخبير علي النمر بأن «الأسعار سترتفع».',
    quotes: [['الأسعار سترتفع', 'partial', 'علي النمر']],
  },
  {
    what: 'طمأن … بأن',
    text: 'وطمأن وزير الصحة المواطنين بأن «الوضع تحت السيطرة».',
    quotes: [['الوضع تحت السيطرة', 'partial', 'وزير الصحة']],
  },
  {
    what: 'سخر من «…»',
    text: 'وسخر النائب من «وعود الحكومة».',
    quotes: [['وعود الحكومة', 'partial', 'النائب']],
  },
  {
    what: 'تهكم على «…»',
    text: 'وتهكم المعلق على «أداء الدفاع».',
    quotes: [['أداء الدفاع', 'partial', 'المعلق']],
  },
  {
    what: 'جزم بأن',
    text: 'وجزم المحلل سالم العلي بأن «السوق سيتعافى».',
    quotes: [['السوق سيتعافى', 'partial', 'سالم العلي']],
  },
  {
    what: 'أنذر … بأن',
    text: 'وأنذر الوزير المخالفين بأن «العقوبات صارمة».',
    quotes: [['العقوبات صارمة', 'partial', 'الوزير']],
  },
  {
    what: 'guard: armed men attacking a village named in marks say nothing',
    text: 'هاجم مسلحون قرية «الأمل» شمال البلاد.',
    quotes: [['الأمل', 'mention', null]],
  },
  {
    what: 'guard: a mountain’s quoted name after a verb the lexicon leaves out (تحدى)',
    text: 'وتحدى المتسابقون «جبل طويق» في السباق.',
    quotes: [['جبل طويق', 'mention', null]],
  },
];

const regarding: readonly Row[] = [
  {
    what: 'بخصوص ("regarding") after a name ends the name',
    text: 'وقال رئيس الاتحاد جهاد الزين بخصوص القائمة: «سنعلن الأسماء قريبا».',
    quotes: [['سنعلن الأسماء قريبا', 'direct', 'جهاد الزين']],
  },
  {
    what: 'the same with no title before the name',
    text: 'وقال جهاد الزين بخصوص موعد المباراة: «لم نتلق أي إخطار».',
    quotes: [['لم نتلق أي إخطار', 'direct', 'جهاد الزين']],
  },
];

const quotedBodyInTitle: readonly Row[] = [
  {
    what: 'a title’s head with a body’s quoted name, then a foreign name to إن: the name speaks',
    text: 'وقال رئيس «الفيفا» جياني إنفانتينو إن «البطولة ناجحة».',
    quotes: [
      ['الفيفا', 'mention', null],
      ['البطولة ناجحة', 'partial', 'جياني إنفانتينو'],
    ],
  },
  {
    what: 'the same with a compound given name before the colon',
    text: 'وقال رئيس "الفاف" خير الدين زطشي: "الخرجة كانت قاسية".',
    quotes: [
      ['الفاف', 'mention', null],
      ['الخرجة كانت قاسية', 'direct', 'خير الدين زطشي'],
    ],
  },
  {
    what: 'guard: with no name after the quoted body, the body speaks through its unnamed head',
    text: 'وأضاف رئيس "الفاف": "هذه الخرجة كانت قاسية".',
    quotes: [
      ['الفاف', 'mention', null],
      ['هذه الخرجة كانت قاسية', 'direct', 'الفاف'],
    ],
  },
];

const outletAsides: readonly Row[] = [
  {
    what: 'an outlet after في اتصال مع in an aside between commas is a mention, whatever follows',
    text: 'وأفاد المصدر ذاته، في اتصال مع «الصباح الجديد»، المديرية لا علاقة لها بالنداء.',
    quotes: [['الصباح الجديد', 'mention', null]],
  },
  {
    what: 'the outlet that covered an interview (وتابعه «…»), as Iraqi copy writes, is a mention',
    text: 'وقال المتحدث باسم الوزارة سيف العلي، في حديث صحفي، وتابعه «المدى»، إن «الوزارة جاهزة لاستقبال الجرحى».',
    quotes: [
      ['المدى', 'mention', null],
      ['الوزارة جاهزة لاستقبال الجرحى', 'partial', 'سيف العلي'],
    ],
  },
  {
    what: 'the same with تابعته and no commas',
    text: 'وقال النائب كريم الموسوي في حديث تابعته «السومرية نيوز» إن «الموازنة تأخرت».',
    quotes: [
      ['السومرية نيوز', 'mention', null],
      ['الموازنة تأخرت', 'partial', 'كريم الموسوي'],
    ],
  },
];

const exceptionWords: readonly Row[] = [
  {
    what: 'غير after a verb of saying in narration (الواقع يقول غير ذلك) is no one who spoke',
    text: 'وقال أحد المستهلكين إن الجمعيات أنشئت لتوفير السلع بأقل الأسعار، إلا أن الواقع يقول غير ذلك، ولهذا نريد أن يعرف الناس الفروق.\n\nوتساءل: «أين الرقابة على الأسعار؟».',
    quotes: [['أين الرقابة على الأسعار؟', 'direct', 'أحد المستهلكين']],
  },
];

const fullNameInMarks: readonly Row[] = [
  {
    what: 'a person’s full name in marks inside a sentence is a mention (the accused after his lawyer)',
    text: 'وقال المحامي «سالم العنزي» دفاع المتهم الأول «فهد المطيري»، متحدثا عن الحملة الإعلامية على القضية.',
    quotes: [
      ['سالم العنزي', 'mention', null],
      ['فهد المطيري', 'mention', null],
    ],
  },
  {
    what: 'a name of three words after ضد in reported speech',
    text: 'وقال محامي الأسرة، خالد العمر، إن الحكم الصادر ضد «ياسر محمد النجار» حكم أولي.',
    quotes: [['ياسر محمد النجار', 'mention', null]],
  },
  {
    what: 'a name with a kunya after a title before the verb’s object',
    text: 'انتقد محافظ المدينة «سامر أبو خليل» إطلاق الأحكام على الأهالي.',
    quotes: [['سامر أبو خليل', 'mention', null]],
  },
  {
    what: 'guard: a quote of one’s own words that opens with a name, after a colon',
    text: 'وقالت الأم: «سارة جارتنا».',
    quotes: [['سارة جارتنا', 'direct', 'الأم']],
  },
];

const nationalityOfSoleHolder: readonly Row[] = [
  {
    // (Read as naming no one until the twenty-fourth session. Real sports copy read since (two articles
    // of the real dev sets, their gold written by reading) varies the one coach's name by a nationality
    // it never gave: the club's coach is called back, as soleHolderOfNoOrigin reads it.)
    what: 'a bare post and a nationality the article never gave call back the only club coach named',
    text: 'عبر رضا الجلاصي، مدرب الترجي، عن سعادته بالفوز. وقال المدرب التونسي: «عانينا في البداية».',
    quotes: [['عانينا في البداية', 'direct', 'رضا الجلاصي']],
  },
  {
    what: 'guard: two coaches named, the nationality names neither',
    text: 'قال مدرب الهلال رضا الجلاصي إن «الفوز مستحق». وقال مدرب النصر خالد العمر إن «الحكم ظلمنا». وأضاف المدرب التونسي: «سنعود».',
    quotes: [
      ['الفوز مستحق', 'partial', 'رضا الجلاصي'],
      ['الحكم ظلمنا', 'partial', 'خالد العمر'],
      ['سنعود', 'direct', 'المدرب التونسي'],
    ],
  },
  {
    what: 'guard: a holder whose post names a country is no other country’s',
    text: 'وقال مندوب الجزائر، عبد الحميد بلقاسم، إن «الحل سياسي». وقال المندوب المصري: «ندعم التهدئة».',
    quotes: [
      ['الحل سياسي', 'partial', 'عبد الحميد بلقاسم'],
      ['ندعم التهدئة', 'direct', 'المندوب المصري'],
    ],
  },
];

const goingOnWithFamilyName: readonly Row[] = [
  {
    what: 'وتابع and a family name alone before the colon: who goes on, not the verb’s object',
    text: 'وتابع العتيبي: «التفاصيل في بيان الوزارة».',
    quotes: [['التفاصيل في بيان الوزارة', 'direct', 'العتيبي']],
  },
  {
    what: 'the same right before a quote of a sentence',
    text: 'وتابع المكي «التفاصيل كلها في بلاغ وزارة الصحة».',
    quotes: [['التفاصيل كلها في بلاغ وزارة الصحة', 'direct', 'المكي']],
  },
  {
    what: 'guard: a present تتابع after a pronoun, its object before the colon',
    text: 'وقالت والدته، منيرة الشمري، وهي تتابع الإطلاق: «لم أنم منذ ثلاثة أيام».',
    quotes: [['لم أنم منذ ثلاثة أيام', 'direct', 'منيرة الشمري']],
  },
];

const mediaNames: readonly Row[] = [
  {
    what: 'an outlet news names as no common word, in marks in reported speech, is a mention',
    text: 'وقال الوزير إن «بي بي سي» نشرت تقريرا كاذبا.',
    quotes: [['بي بي سي', 'mention', null]],
  },
  {
    what: 'the same as the object of a verb of saying’s clause',
    text: 'وأكد المتحدث أن ما بثته «سكاي نيوز» عار عن الصحة.',
    quotes: [['سكاي نيوز', 'mention', null]],
  },
  {
    what: 'the same right after an accusing verb',
    text: 'واتهم النائب «الأناضول» بنشر أخبار مضللة.',
    quotes: [['الأناضول', 'mention', null]],
  },
];

describe('a family name after آل', () => runRows(familyAfterAal));
describe('عبد written apart or joined', () => runRows(abdWrittenBothWays));
describe('a chain of two posts before the name', () => runRows(longTitleChain));
describe('أمين, a title word, as the given name after a title', () => runRows(aminAsGivenName));
describe('a title after a name in narration', () => runRows(titleAfterNameInNarration));
describe('a post’s head alone with a name (guards)', () => runRows(postHeadWithName));
describe('ملك before a realm', () => runRows(kingBeforeRealm));
describe('a post between comma and colon', () => runRows(postBeforeColon));
describe('أثنى, praised', () => runRows(praised));
describe('verbs of stance and manner', () => runRows(stanceVerbs));
describe('بخصوص after a name', () => runRows(regarding));
describe('a body’s quoted name in a title, then the name', () => runRows(quotedBodyInTitle));
describe('outlets in asides', () => runRows(outletAsides));
describe('words of exception', () => runRows(exceptionWords));
describe('a person’s full name in marks', () => runRows(fullNameInMarks));
describe('a nationality after a bare post (guards)', () => runRows(nationalityOfSoleHolder));
describe('وتابع and a family name', () => runRows(goingOnWithFamilyName));
describe('outlets’ names in marks', () => runRows(mediaNames));
