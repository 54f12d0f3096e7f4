import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/**
 * Where the speaker's phrase ends: the object of a verb that takes one is not part of the name or
 * the title. The sentences are written here in news style; the expectations come from reading them.
 */
const objectRows: readonly Row[] = [
  {
    what: 'a possessed noun after a title is the object, and the head alone refers back to the minister',
    text: 'زار وزير الخارجية سامي العلي المخيم صباح اليوم. وأبدى الوزير قلقه من «تدهور الأوضاع الإنسانية في المخيم»، وقال: «سنرسل مساعدات عاجلة».',
    quotes: [
      ['تدهور الأوضاع الإنسانية في المخيم', 'partial', 'سامي العلي'],
      ['سنرسل مساعدات عاجلة', 'direct', 'سامي العلي'],
    ],
  },
  {
    what: 'a feminine possessed noun after a title, then إزاء: neither is a name',
    text: 'وأبدت المفوضة الأوروبية قلقها إزاء «تصاعد العنف في المنطقة».',
    quotes: [['تصاعد العنف في المنطقة', 'partial', 'المفوضة الأوروبية']],
  },
  {
    what: 'a one-word name after a title is still a name when it is no possessed noun',
    text: 'وأعرب المتحدث باسم الحكومة نزيه عن «ارتياحه للنتائج».',
    quotes: [['ارتياحه للنتائج', 'partial', 'نزيه']],
  },
  {
    what: 'a dual after a title ending in a definite noun is the object (حث … الطرفين)',
    text: 'وحث الأمين العام للجامعة العربية الطرفين على «ضبط النفس وتغليب لغة الحوار».',
    quotes: [['ضبط النفس وتغليب لغة الحوار', 'partial', 'الأمين العام للجامعة العربية']],
  },
  {
    what: 'a dual after a title and a name is the object, not the end of the name',
    text: 'وحث الأمين العام أنطونيو غوتيريش الطرفين على «العودة الفورية إلى طاولة المفاوضات».',
    quotes: [['العودة الفورية إلى طاولة المفاوضات', 'partial', 'أنطونيو غوتيريش']],
  },
  {
    what: 'a definite body after a definite title is the object (دعا الرئيس الحكومة)',
    text: 'ودعا الرئيس الحكومة إلى «تحمل مسؤولياتها كاملة».',
    quotes: [['تحمل مسؤولياتها كاملة', 'partial', 'الرئيس']],
  },
  {
    what: 'a group of people after a title is the object (طالب وزير العدل المتظاهرين)',
    text: 'وطالب وزير العدل المتظاهرين بـ«الالتزام بالقانون».',
    quotes: [['الالتزام بالقانون', 'partial', 'وزير العدل']],
  },
  {
    what: 'a plural title takes plural adjectives: they are not an object',
    text: 'وقال المسؤولون الأمنيون الإسرائيليون إن «الوقت ينفد».',
    quotes: [['الوقت ينفد', 'partial', 'المسؤولون الأمنيون الإسرائيليون']],
  },
  {
    what: 'a rank after a definite body in a title is a title, not an object',
    text: 'وقال قائد الجيش الفريق أول عبد الفتاح البرهان: «لن نفاوض تحت النار».',
    quotes: [['لن نفاوض تحت النار', 'direct', 'عبد الفتاح البرهان']],
  },
  {
    what: 'a compound first name counts as one word before the object',
    text: 'ودعا المتحدث باسم الحكومة سعد الدين العلوي الأحزاب إلى «الحوار».',
    quotes: [['الحوار', 'partial', 'سعد الدين العلوي']],
  },
];

/** The fuller name of a speaker, read elsewhere in the article. */
const fullerNameRows: readonly Row[] = [
  {
    what: 'a body quoted by one word takes the head the article gives it (حركة حماس)',
    text: 'وتعهد الجيش بمواصلة الضغط على حركة حماس في القطاع. وقالت حماس في بيان: «لن نسلم سلاحنا».',
    quotes: [['لن نسلم سلاحنا', 'direct', 'حركة حماس']],
  },
  {
    what: 'a verb and a preposition with a pronoun before a one-word name are not part of it',
    text: 'وشهد الشهر الماضي معارك عنيفة تمكنت خلالها حماس من التقدم. وقالت حماس في بيان: «لن نسلم سلاحنا».',
    quotes: [['لن نسلم سلاحنا', 'direct', 'حماس']],
  },
  {
    what: 'a person named with a title keeps his name when a body is named after him (حزب ماكرون)',
    text: 'وقال الرئيس الفرنسي إيمانويل ماكرون: «لن نتراجع». وخسر حزب ماكرون الانتخابات. وأضاف ماكرون: «سنواصل الإصلاح».',
    quotes: [
      ['لن نتراجع', 'direct', 'إيمانويل ماكرون'],
      ['سنواصل الإصلاح', 'direct', 'إيمانويل ماكرون'],
    ],
  },
];

/** A person's name in quotes after the title, the words said after it. */
const quotedNameRows: readonly Row[] = [
  {
    what: 'a quoted name after a title and before أن is the speaker’s name',
    text: 'وترى الكاتبة «هدى الشامي» أن «الرواية العربية تعيش أزهى عصورها».',
    quotes: [
      ['هدى الشامي', 'mention', null],
      ['الرواية العربية تعيش أزهى عصورها', 'partial', 'هدى الشامي'],
    ],
  },
  {
    what: 'a quoted name after a title and before a colon is the speaker’s name',
    text: 'وكتب الصحفي اللبناني "سامر عيد" على صفحته: «البلد يحتاج إلى معجزة».',
    quotes: [
      ['سامر عيد', 'mention', null],
      ['البلد يحتاج إلى معجزة', 'direct', 'سامر عيد'],
    ],
  },
  {
    what: 'a short quote after a title with no complement after it is the utterance, not a name',
    text: 'وقال الوزير «لا تعليق» ثم غادر القاعة.',
    quotes: [['لا تعليق', 'direct', 'الوزير']],
  },
];

/** A subject before its verb (SVO), long as news writes it. */
const longSubjectRows: readonly Row[] = [
  {
    what: 'a long title with a gloss in brackets, then ألان and a surname, before a present verb',
    text: 'فالرئيس السابق للبنك المركزي (الاحتياطي الفيدرالي) الأمريكي ألان غرينسبان يقول في مقابلة إن سبب الأزمة هو «الجشع البشري».',
    quotes: [['الجشع البشري', 'partial', 'ألان غرينسبان']],
  },
  {
    what: 'الان without its hamza between the title and the surname right before the verb is a first name',
    text: 'فالرئيس السابق للبنك المركزي الامريكي الان جرينسبان يقول في مقابلة ان سبب الازمة هو "الجشع البشري".',
    quotes: [['الجشع البشري', 'partial', 'الان جرينسبان']],
  },
  {
    what: 'الآن with its madda is "now": the speaker is the one who spoke before',
    text: 'وأكد وزير المالية سمير عطا الله أن الأسواق استقرت. والوزير الآن يقول إن «الأزمة انتهت».',
    quotes: [['الأزمة انتهت', 'partial', 'سمير عطا الله']],
  },
  {
    what: 'ألان with its hamza after a title in VSO order starts the name',
    text: 'وقال رئيس الوزراء الفرنسي الأسبق ألان جوبيه إن «الحكومة أخطأت».',
    quotes: [['الحكومة أخطأت', 'partial', 'ألان جوبيه']],
  },
];

/** A proper noun that is no title, body or known name: its grammar says it is the subject. */
const properNounRows: readonly Row[] = [
  {
    what: 'a country before التي is the subject of a verb that takes an object, not its object',
    text: 'وقال النائب سامي العلي إن «الحكومة فشلت». واقترحت فرنسا التي تنتقد السياسة الأميركية «الاعتراف» بدولة فلسطينية «كمنطلق» للتسوية.',
    quotes: [
      ['الحكومة فشلت', 'partial', 'سامي العلي'],
      ['الاعتراف', 'partial', 'فرنسا'],
      ['كمنطلق', 'partial', 'فرنسا'],
    ],
  },
  {
    what: 'a country spelt with its hamza (ألمانيا) has no article',
    text: 'وقال النائب سامي العلي إن «الحكومة فشلت». وانتقدت ألمانيا التي تستضيف القمة «التلكؤ في تنفيذ الاتفاق».',
    quotes: [
      ['الحكومة فشلت', 'partial', 'سامي العلي'],
      ['التلكؤ في تنفيذ الاتفاق', 'partial', 'ألمانيا'],
    ],
  },
  {
    what: 'a definite noun before الذي after such a verb is its object: the speaker goes on',
    text: 'وقال النائب سامي العلي إن «الحكومة فشلت». ووصف القرار الذي اتخذته الحكومة بأنه «متسرع».',
    quotes: [
      ['الحكومة فشلت', 'partial', 'سامي العلي'],
      ['متسرع', 'partial', 'سامي العلي'],
    ],
  },
];

/** A plural verb with no subject of its own: the group its sentence names before it. */
const groupRows: readonly Row[] = [
  {
    what: 'a plural verb with an object pronoun in a relative clause takes the group named before it',
    text: 'ونقلت مصادر إعلامية أن «الاعتقال تم ليلا». وتطوع عدد من المحامين العرب للدفاع عن الصحفي الذي وصفوه بـ«البطل».',
    quotes: [
      ['الاعتقال تم ليلا', 'partial', 'مصادر إعلامية'],
      ['البطل', 'partial', 'المحامين العرب'],
    ],
  },
  {
    what: 'after كانوا, a verb with و starts a clause: the phrase before it was a predicate, the group speaks',
    text: 'وقال رئيس النقابة سامي العلي إن «الإضراب مستمر». وكان المتظاهرون غاضبين وقالوا: «لن نعود إلى المصانع».',
    quotes: [
      ['الإضراب مستمر', 'partial', 'سامي العلي'],
      ['لن نعود إلى المصانع', 'direct', 'المتظاهرون'],
    ],
  },
];

/** An unnamed member of a named group speaks for the group. */
const memberRows: readonly Row[] = [
  {
    what: 'a member in the accusative after أنّ, before his verb (SVO): the group speaks',
    text: 'وقال المتحدث باسم الحكومة: «لا تعليق». يذكر أنّ قيادياً في المقاومة الفلسطينية أكد للصحفيين أنّ الحركة «لن تشارك في الاجتماع».',
    quotes: [
      ['لا تعليق', 'direct', 'المتحدث باسم الحكومة'],
      ['لن تشارك في الاجتماع', 'partial', 'المقاومة الفلسطينية'],
    ],
  },
  {
    what: 'a member after his verb (VSO), then whom he spoke to',
    text: 'وقال قيادي في حركة حماس لوكالة فرانس برس إن «المفاوضات متعثرة».',
    quotes: [['المفاوضات متعثرة', 'partial', 'حركة حماس']],
  },
  {
    what: 'a woman member: the group speaks',
    text: 'وأكدت عضوة في البرلمان الأوروبي أن «الاتفاق لن يمر».',
    quotes: [['الاتفاق لن يمر', 'partial', 'البرلمان الأوروبي']],
  },
  {
    what: 'an unnamed official is not a member: he keeps his own description',
    text: 'وكشف مسؤول في وزارة الخارجية أن «الزيارة تأجلت».',
    quotes: [['الزيارة تأجلت', 'partial', 'وزارة الخارجية']],
  },
];

/** A present verb after ل of purpose takes the subject of the verb before it. */
const purposeRows: readonly Row[] = [
  {
    what: 'عاد فلان ليقول: the name known from before, not the judge who spoke last',
    text: 'وقال المحامي محمد زيان: «القضية سياسية». وخاطبه القاضي بالقول: «التزم بالوقائع». ثم عاد زيان ليقول للقاضي: «أنا لا أناقش الوقائع».',
    quotes: [
      ['القضية سياسية', 'direct', 'محمد زيان'],
      ['التزم بالوقائع', 'direct', 'القاضي'],
      ['أنا لا أناقش الوقائع', 'direct', 'محمد زيان'],
    ],
  },
  {
    what: 'خرج رئيس الوزراء ليؤكد: a title between the two verbs',
    text: 'وقال الوزير سامي العلي إن «الأزمة انتهت». ثم خرج رئيس الوزراء ليؤكد أن «الحكومة باقية».',
    quotes: [
      ['الأزمة انتهت', 'partial', 'سامي العلي'],
      ['الحكومة باقية', 'partial', 'رئيس الوزراء'],
    ],
  },
  {
    what: 'عاد ليؤكد with no subject between: the speaker goes on',
    text: 'وقال الوزير سامي العلي إن «الأزمة انتهت». ثم عاد ليؤكد أن «الحكومة باقية».',
    quotes: [
      ['الأزمة انتهت', 'partial', 'سامي العلي'],
      ['الحكومة باقية', 'partial', 'سامي العلي'],
    ],
  },
];

/** An aside (بحسب ما, وفق ما) whose verb has no subject of its own. */
const asideRows: readonly Row[] = [
  {
    what: 'بحسب ما اعتبره: what the subject of the sentence (after كان) considers',
    text: 'وقال رئيس الاتحاد الدولي سامي العلي: «لا تعليق». وكان الاتحاد الآسيوي أصدر قرارا بإيقاف اللاعب بحسب ما اعتبره «مخالفات جسيمة لقواعد اللعب النظيف».',
    quotes: [
      ['لا تعليق', 'direct', 'سامي العلي'],
      ['مخالفات جسيمة لقواعد اللعب النظيف', 'partial', 'الاتحاد الآسيوي'],
    ],
  },
  {
    what: 'بحسب ما وصفه after a sentence opened by its verb and subject',
    text: 'وقال رئيس الاتحاد الدولي سامي العلي: «لا تعليق». وأوقفت اللجنة الأولمبية المدرب بحسب ما وصفته «تجاوزات مالية».',
    quotes: [
      ['لا تعليق', 'direct', 'سامي العلي'],
      ['تجاوزات مالية', 'partial', 'اللجنة الأولمبية'],
    ],
  },
];

/** A carrier (agency, newspaper, channel) and the source it names after the quote. */
const carrierRows: readonly Row[] = [
  {
    what: 'the agency is credited, but بحسب ما أفادت after the quote names where it took the words',
    text: 'وذكرت وكالة "سبوتنيك" الروسية عن الرئيس قوله إن «القتال مستمر». وأشارت الوكالة إلى أنه «لم يحضر الوفد محادثات السلام»، بحسب ما أفادت قناة ZBC التلفزيونية.',
    quotes: [
      ['سبوتنيك', 'mention', null],
      ['القتال مستمر', 'partial', 'الرئيس'],
      ['لم يحضر الوفد محادثات السلام', 'partial', 'قناة ZBC التلفزيونية'],
    ],
  },
  {
    what: 'a newspaper, then نقلا عن after the quote: the sources speak',
    text: 'ونشرت صحيفة الأخبار تقريرا قالت فيه إن «الحكومة ستستقيل»، نقلا عن مصادر مطلعة.',
    quotes: [['الحكومة ستستقيل', 'partial', 'مصادر مطلعة']],
  },
  {
    what: 'a person who speaks keeps his words when an agency is named after the quote',
    text: 'وقال الوزير سامي العلي إن «الأزمة انتهت»، بحسب وكالة الأنباء الرسمية.',
    quotes: [['الأزمة انتهت', 'partial', 'سامي العلي']],
  },
];

/** A source named between two quotes, with no cue of its own. */
const sourceBetweenRows: readonly Row[] = [
  {
    what: 'وفق بيان الخارجية between two quotes: the issuer of the statement speaks the second',
    text: 'وشدد الطرفان، خلال اتصال هاتفي، على «ضرورة التهدئة»، وبحث الجانبان، وفق بيان الخارجية الأميركية، «تهدئة التوترات في المنطقة».',
    quotes: [
      ['ضرورة التهدئة', 'partial', 'الطرفان'],
      ['تهدئة التوترات في المنطقة', 'partial', 'الخارجية الأميركية'],
    ],
  },
  {
    what: 'with no source between, the second quote goes on with the first one’s speaker',
    text: 'وشدد وزير الخارجية سامي العلي على «ضرورة التهدئة»، و«تهدئة التوترات في المنطقة».',
    quotes: [
      ['ضرورة التهدئة', 'partial', 'سامي العلي'],
      ['تهدئة التوترات في المنطقة', 'partial', 'سامي العلي'],
    ],
  },
];

/** A relay of what someone said, named by a verbal noun of saying (نقلت الجريدة نفي فلان). */
const relayedNounRows: readonly Row[] = [
  {
    what: 'نقلت الجريدة نفي فلان: the one who denies speaks, and the noun is no part of his name',
    text: 'ونقلت الجريدة الناطقة باسم الحزب نفي زهير عطوف، مدير المركز، أن يكون المركز «نظم أي لقاء». وقال عطوف: «هذا كذب وافتراء».',
    quotes: [
      ['نظم أي لقاء', 'partial', 'زهير عطوف'],
      ['هذا كذب وافتراء', 'direct', 'زهير عطوف'],
    ],
  },
  {
    what: 'نقلت الوكالة تأكيد الوزير: the minister speaks',
    text: 'ونقلت الوكالة تأكيد وزير الطاقة سامي العلي أن «الأسعار ستستقر».',
    quotes: [['الأسعار ستستقر', 'partial', 'سامي العلي']],
  },
];

/** Groups named by a sound plural: the nominative, their description, and who else they take in. */
const groupNameRows: readonly Row[] = [
  {
    what: 'a group relayed in the genitive is named in the nominative, and المسؤولون refers back to it',
    text: 'ونقلت شبكة «أن بي سي نيوز» عن مسؤولين أميركيين وأجانب قولهم إن «الشروط تعقدت». وأوضح المسؤولون أن «الخلاف على الحدود».',
    quotes: [
      ['أن بي سي نيوز', 'mention', null],
      ['الشروط تعقدت', 'partial', 'مسؤولون أميركيون وأجانب'],
      ['الخلاف على الحدود', 'partial', 'مسؤولون أميركيون وأجانب'],
    ],
  },
  {
    what: 'حاليون وسابقون describes a group; a group without the coordinated nationality is another one',
    text: 'وأكد مسؤولون أميركيون وإسرائيليون حاليون وسابقون أن الهدف «لا يمكن تحقيقه بالقوة». ونقلت الصحيفة أيضا عن مسؤولين أميركيين أن الاحتمال «تضاءل».',
    quotes: [
      ['لا يمكن تحقيقه بالقوة', 'partial', 'مسؤولون أميركيون وإسرائيليون'],
      ['تضاءل', 'partial', 'مسؤولون أميركيون'],
    ],
  },
  {
    what: 'an office with a coordinated field is still the office (وزير الخارجية والمغتربين)',
    text: 'وقال وزير الخارجية والمغتربين فيصل المقداد إن «الحصار ظالم». وأضاف وزير الخارجية: «سنواجهه».',
    quotes: [
      ['الحصار ظالم', 'partial', 'فيصل المقداد'],
      ['سنواجهه', 'direct', 'فيصل المقداد'],
    ],
  },
];

/** A part of a body and the body it belongs to, after في. */
const bodyPartRows: readonly Row[] = [
  {
    what: 'a department in a ministry speaks under the whole name',
    text: 'وتوقع قسم إعادة التأهيل في وزارة الدفاع أن عدد المصابين «سيتضاعف خلال خمس سنوات».',
    quotes: [['سيتضاعف خلال خمس سنوات', 'partial', 'قسم إعادة التأهيل في وزارة الدفاع']],
  },
  {
    what: 'في بيان after a body says where it spoke, not which body',
    text: 'وقالت وزارة الصحة في بيان إن «الوضع تحت السيطرة».',
    quotes: [['الوضع تحت السيطرة', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'في تقرير after a body is where it wrote, not part of its name',
    text: 'وقالت لجنة التحقيق في تقرير لها إن «الأدلة كافية».',
    quotes: [['الأدلة كافية', 'partial', 'لجنة التحقيق']],
  },
];

/** Role nouns of news before a name, in any of their four forms (مهندس, المهندسة, …): a title, not a name. */
const roleRows: readonly Row[] = [
  {
    what: 'a feminine role with the article before a name',
    text: 'وقالت المذيعة لينا الزعبي في ختام البرنامج: «سنعود بعد أسبوع».',
    quotes: [['سنعود بعد أسبوع', 'direct', 'لينا الزعبي']],
  },
  {
    what: 'a role without the article governs its noun (سائق الحافلة) before the name',
    text: 'وقال سائق الحافلة رامي الخطيب: «كانت السرعة عادية».',
    quotes: [['كانت السرعة عادية', 'direct', 'رامي الخطيب']],
  },
  {
    what: 'the feminine of a role listed in the masculine, without the article (مهندسة البلدية)',
    text: 'وقالت مهندسة البلدية نور القيسي إن «الجسر آمن تماما».',
    quotes: [['الجسر آمن تماما', 'partial', 'نور القيسي']],
  },
  {
    what: 'a sports position and its club before the player’s name',
    text: 'وقال مهاجم الوحدات فراس العمري بعد المباراة: «الفوز للجماهير».',
    quotes: [['الفوز للجماهير', 'direct', 'فراس العمري']],
  },
];

/** A title's field, seat or place between the title and the name: the title, not the name. */
const titleComplementRows: readonly Row[] = [
  {
    what: 'في and a field after a title, then the name',
    text: 'وقال الخبير في الشؤون الاقتصادية مازن الحوراني: «الأسعار سترتفع في الربع المقبل».',
    quotes: [['الأسعار سترتفع في الربع المقبل', 'direct', 'مازن الحوراني']],
  },
  {
    what: 'عن and a constituency after a title, then the name',
    text: 'وقالت النائبة عن كتلة الإصلاح سهى الجابري: «المياه المالحة وصلت إلى البيوت».',
    quotes: [['المياه المالحة وصلت إلى البيوت', 'direct', 'سهى الجابري']],
  },
  {
    what: 'ب and a city after a title’s adjective, then the name',
    text: 'وقال القنصل المصري بجدة هشام عبد الرؤوف إن «الجالية بخير».',
    quotes: [['الجالية بخير', 'partial', 'هشام عبد الرؤوف']],
  },
  {
    what: 'after a name, عن starts what the speaker spoke of, not a title',
    text: 'ودافع وزير الزراعة خالد السبيعي عن قرار رفع الدعم وقال إن «الخزينة لا تحتمل».',
    quotes: [['الخزينة لا تحتمل', 'partial', 'خالد السبيعي']],
  },
];

describe('speakers: where the speaker phrase ends', () => runRows(objectRows));
describe('speakers: a part of a body', () => runRows(bodyPartRows));
describe('speakers: names of groups', () => runRows(groupNameRows));
describe('speakers: relays named by a verbal noun', () => runRows(relayedNounRows));
describe('speakers: a source named between two quotes', () => runRows(sourceBetweenRows));
describe('speakers: carriers and their sources', () => runRows(carrierRows));
describe('speakers: asides with no subject of their own', () => runRows(asideRows));
describe('speakers: a verb with ل of purpose', () => runRows(purposeRows));
describe('speakers: unnamed members speak for their group', () => runRows(memberRows));
describe('speakers: groups named before a plural verb', () => runRows(groupRows));
describe('speakers: proper nouns as subjects', () => runRows(properNounRows));
describe('speakers: long subjects before the verb', () => runRows(longSubjectRows));
describe('speakers: a quoted name in the subject', () => runRows(quotedNameRows));
describe('speakers: fuller names', () => runRows(fullerNameRows));
describe('speakers: role nouns as titles', () => runRows(roleRows));
describe('speakers: a title’s complement before the name', () => runRows(titleComplementRows));
