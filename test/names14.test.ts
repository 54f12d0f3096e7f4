/**
 * Names14 (issue 3): a person's name cut short or run long.
 *
 * The speaker is the fullest name the article gives. The engine cut names at a word that also spells a
 * particle or a clitic and the article (a family name opening with بال, a Chinese given name لي that spells
 * "to me"), dropped the family name after a compound given name (فاطمة الزهراء, نور الهدى) or after a
 * hyphenated one (جان-لوك, ماري-كلير), dropped a given name with the article before بن (المنجي بن سالم),
 * and made one person of two whose full names share only their last word (two Chinese names ending in
 * مينغ). The guard rows are near shapes the engine reads right and must keep reading right: ب and the
 * article on an adverbial verbal noun (بالقول), on a place (بالرياض) or on an object (بالقرار) after a
 * name; لي as "to me" after the verb; بن after a nationality (المدافع المغربي بن حمو); a body's head after
 * a name; three-syllable Chinese names.
 *
 * The rows were written by reading each passage as a person would, before the engine was run on them:
 * Saudi papers' and international outlets' styles, masculine and feminine, « » and " ", with and without
 * a colon, quote first and cue first.
 *
 * Count: before any change, 16 of the 25 rule rows failed; the 11 guards passed. After the change, 0 of
 * 25 fail and the guards pass: (1) nameOf in attribute.ts counts a hyphenated given name as one word
 * and keeps whole a name that a verb of saying's phrase closes right after it (a mark, a colon, a
 * complementiser, a hearer after ل), and subjectBefore steps over a name's hyphen; (2) splitSubject
 * opens the name at a definite given name before بن/بنت after the title's adjective of origin;
 * (3) isForeignNameSyllable reads a run of short words before a person's age as a name (لي kept);
 * (4) learnTitleAfterName reads back a name whose last word a known name shares only when no word of
 * another name stands before it; (5) expandNames runs a name on to the word the article gives alone
 * as a cue's subject elsewhere (وأضاف بالتاجي:).
 *
 * A second batch (moreRows, moreGuards) was written after that change, before the engine was run on
 * it: 3 of its 11 rows failed, its 3 guards passed. After (6) isForeignNameSyllable closing a
 * transliterated run at its comma (وقالت وانغ لي هوا، إحدى السكان،) and (7) loneSurnameAt in
 * attribute.ts reading the lone word after a cue as the surname of the known name it followed before
 * (… وقال الحكم فلان … وأضاف بالكايا:), 0 of 11 fail.
 *
 * A third batch (thirdRows, thirdGuards), written after that, before running: 7 of its 8 rows pass with
 * no further change and its 3 guards pass; the one left fails outside this class (a paper's name after
 * لـ read as a partial quote), marked.
 *
 * A fourth batch (fourthRows), written before running: 3 of its 5 rows failed; after (8) nameOf
 * keeping whole, after any cue, a name closed by whom the words were told (لـ«…») or a colon (وذكرت
 * الطبيبة فاطمة الزهراء بنحدو لـ«عكاظ» أن), 2 of 5 fail, marked.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  // A family name opening with بال, written alone after a verb of saying elsewhere in the article.
  {
    what: 'بال family name: أوضح المدرب المخضرم فلان فلان بالكايا، الذي …، أن "…" then وأضاف بالكايا:',
    text: [
      'أوضح المدرب المخضرم كمال رفعت بالكايا، الذي قاد الفريق إلى اللقب مرتين، أن "الموسم كان صعبا على الجميع".',
      'وأضاف بالكايا: "نحتاج إلى صبر الجماهير حتى نهاية الدور الأول".',
    ].join('\n\n'),
    quotes: [
      ['الموسم كان صعبا على الجميع', 'partial', 'كمال رفعت بالكايا'],
      ['نحتاج إلى صبر الجماهير حتى نهاية الدور الأول', 'direct', 'كمال رفعت بالكايا'],
    ],
  },
  {
    what: 'بال family name, a woman: وقالت الباحثة التركية فلانة فلانة بالجي لوكالة الأناضول إن "…" then وتابعت بالجي:',
    text: [
      'وقالت الباحثة التركية زينب أوزغه بالجي لوكالة الأناضول إن "المياه الجوفية تتراجع كل عام في سهل قونية".',
      'وتابعت بالجي: "لا بد من خطة وطنية لترشيد استهلاك المزارعين".',
    ].join('\n\n'),
    quotes: [
      ['المياه الجوفية تتراجع كل عام في سهل قونية', 'partial', 'زينب أوزغه بالجي'],
      ['لا بد من خطة وطنية لترشيد استهلاك المزارعين', 'direct', 'زينب أوزغه بالجي'],
    ],
  },
  {
    what: 'بال family name, quote first: «…»، قال المصارع فلان فلان بالكان، مضيفا أن «…» then وختم بالكان:',
    text: [
      '«سنعود أقوى في الموسم المقبل»، قال المصارع مراد يلماز بالكان، مضيفا أن «الخسارة درس لا بد منه».',
      'وختم بالكان: «شكرا للجماهير التي لم تتركنا».',
    ].join('\n\n'),
    quotes: [
      ['سنعود أقوى في الموسم المقبل', 'direct', 'مراد يلماز بالكان'],
      ['الخسارة درس لا بد منه', 'partial', 'مراد يلماز بالكان'],
      ['شكرا للجماهير التي لم تتركنا', 'direct', 'مراد يلماز بالكان'],
    ],
  },
  {
    what: 'بال family name after two given names then a full stop: ويقول الصياد فلان فلان بالطاجي إن "…" then واستطرد بالطاجي أن',
    text: [
      'ويقول الصياد أورهان جمال بالطاجي إن "البحر لم يعد كما كان قبل عشرين عاما".',
      'واستطرد بالطاجي أن "الأسماك الكبيرة اختفت من الساحل".',
    ].join('\n\n'),
    quotes: [
      ['البحر لم يعد كما كان قبل عشرين عاما', 'partial', 'أورهان جمال بالطاجي'],
      ['الأسماك الكبيرة اختفت من الساحل', 'partial', 'أورهان جمال بالطاجي'],
    ],
  },
  // لي, a Chinese given name that spells "to me".
  {
    what: 'لي in a Chinese name before the age in brackets: وقالت فلانة لي (38 عاما)، وهي …، لوكالة فرانس برس:',
    text: 'وقالت جانغ لي (38 عاما)، وهي بائعة في السوق، لوكالة فرانس برس: "فقدنا كل البضائع في ليلة واحدة".',
    quotes: [['فقدنا كل البضائع في ليلة واحدة', 'direct', 'جانغ لي']],
  },
  {
    what: 'لي in a Chinese name after a title, before the age: وقال المهندس ليو لي (52 عاما) إن "…"',
    text: 'وقال المهندس ليو لي (52 عاما) إن "الجسر صمد أمام الزلزال بفضل التصميم المرن".',
    quotes: [['الجسر صمد أمام الزلزال بفضل التصميم المرن', 'partial', 'ليو لي']],
  },
  {
    what: 'لي ending a three-syllable Chinese name before the age: وقالت الطالبة وانغ مي لي (21 عاما):',
    text: 'وقالت الطالبة الصينية وانغ مي لي (21 عاما): «نشعر بالخوف كل ليلة منذ الانفجار».',
    quotes: [['نشعر بالخوف كل ليلة منذ الانفجار', 'direct', 'وانغ مي لي']],
  },
  {
    what: 'لي ending a Chinese name before a comma and an aside: وقالت فلانة لي، التي …، إن «…»',
    text: 'وقالت تشين لي، التي تدير مطعما قرب الميناء، إن «الزبائن لم يعودوا بعد».',
    quotes: [['الزبائن لم يعودوا بعد', 'partial', 'تشين لي']],
  },
  // A compound given name (its second half with the article), then the family name.
  {
    what: 'compound given name then family name, quote first: «…»، تقول الحاجة المغربية نور الهدى بنعلي، التي …',
    text: '«انتظرنا الحافلة ساعتين تحت الشمس»، تقول الحاجة المغربية نور الهدى بنعلي، التي جاءت مع ابنتها.',
    quotes: [['انتظرنا الحافلة ساعتين تحت الشمس', 'direct', 'نور الهدى بنعلي']],
  },
  {
    what: 'compound given name then family name, colon: وقالت المعلمة فاطمة الزهراء بوزيد:',
    text: 'وقالت المعلمة فاطمة الزهراء بوزيد: "الأطفال يحتاجون إلى ساحات لعب آمنة".',
    quotes: [['الأطفال يحتاجون إلى ساحات لعب آمنة', 'direct', 'فاطمة الزهراء بوزيد']],
  },
  {
    what: 'compound given name then family name before لـ«…» and إن: وقالت الطبيبة نور الهدى عمراني لـ«الشرق الأوسط» إن',
    text: 'وقالت الطبيبة نور الهدى عمراني لـ«الشرق الأوسط» إن «المستشفى يعمل بنصف طاقته».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['المستشفى يعمل بنصف طاقته', 'partial', 'نور الهدى عمراني'],
    ],
  },
  {
    what: 'compound given name then family name, quote first, a comma after: "…"، تقول فاطمة الزهراء بوعزة، وهي …',
    text: '"كنا ننام في الشارع طوال أسبوع"، تقول فاطمة الزهراء بوعزة، وهي أم لثلاثة أطفال.',
    quotes: [['كنا ننام في الشارع طوال أسبوع', 'direct', 'فاطمة الزهراء بوعزة']],
  },
  {
    what: 'a man’s compound given name then family name: وقال المهندس صلاح الدين قاسمي لـ«عكاظ»:',
    text: 'وقال المهندس صلاح الدين قاسمي لـ«عكاظ»: «المشروع سينتهي قبل موسم الحج».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['المشروع سينتهي قبل موسم الحج', 'direct', 'صلاح الدين قاسمي'],
    ],
  },
  {
    what: 'a compound given name then family name, cue after the quote and a comma: «…»، يقول محيي الدين أوزجان، صاحب …',
    text: '«السياح عادوا هذا الصيف أكثر من أي وقت مضى»، يقول محيي الدين أوزجان، صاحب مطعم في إسطنبول.',
    quotes: [['السياح عادوا هذا الصيف أكثر من أي وقت مضى', 'direct', 'محيي الدين أوزجان']],
  },
  // A given name with the article before بن (Maghrebi style).
  {
    what: 'a given name with the article before بن after a nationality: وقال المدرب التونسي المنجي بن عمار:',
    text: 'وقال المدرب التونسي المنجي بن عمار: "الفريق دفع ثمن الإصابات طوال الموسم".',
    quotes: [['الفريق دفع ثمن الإصابات طوال الموسم', 'direct', 'المنجي بن عمار']],
  },
  {
    what: 'a given name with the article before بن after a nationality, with إن: وأكد الباحث الجزائري المكي بن حمودة أن',
    text: 'وأكد الباحث الجزائري المكي بن حمودة أن التصحر "يزحف نحو المدن الشمالية بسرعة".',
    quotes: [['يزحف نحو المدن الشمالية بسرعة', 'partial', 'المكي بن حمودة']],
  },
  {
    what: 'a woman’s given name with the article before بنت: وقالت الناشطة التونسية الزهرة بنت صالح إن',
    text: 'وقالت الناشطة التونسية الزهرة بنت صالح إن القانون "خطوة أولى فقط".',
    quotes: [['خطوة أولى فقط', 'partial', 'الزهرة بنت صالح']],
  },
  {
    what: 'a given name with the article before بن, a topic with أما: أما مدرب الفريق التونسي المنجي بن رمضان، فقال:',
    text: 'أما مدرب الفريق الليبي المنجي بن رمضان، فقال بعد المباراة: «لم نستحق الهزيمة».',
    quotes: [['لم نستحق الهزيمة', 'direct', 'المنجي بن رمضان']],
  },
  // A hyphenated given name, then the surname.
  {
    what: 'hyphenated given name then surname, before a verb: غير أن الناقدة ماري-كلير دوبون كتبت في صحيفة "…" أن "…"',
    text: 'غير أن الناقدة ماري-كلير دوبون كتبت في صحيفة "ليبراسيون" أن الفيلم "بطيء ومكرر".',
    quotes: [
      ['ليبراسيون', 'mention', null],
      ['بطيء ومكرر', 'partial', 'ماري-كلير دوبون'],
    ],
  },
  {
    what: 'hyphenated given name then surname, before في: وأكد المخرج الألماني هانز-يورغن كلاين في مؤتمر صحفي أن',
    text: 'وأكد المخرج الألماني هانز-يورغن كلاين في مؤتمر صحفي أن العمل "رسالة إلى أوروبا كلها".',
    quotes: [['رسالة إلى أوروبا كلها', 'partial', 'هانز-يورغن كلاين']],
  },
  {
    what: 'hyphenated given name then surname, ويرى … أن: ويرى الخبير الاقتصادي جان-مارك فيرنييه أن الأسواق "…"',
    text: 'ويرى الخبير الاقتصادي جان-مارك فيرنييه أن الأسواق "تبالغ في ردة فعلها على الأرقام".',
    quotes: [['تبالغ في ردة فعلها على الأرقام', 'partial', 'جان-مارك فيرنييه']],
  },
  {
    what: 'hyphenated given name then surname, before a verb of writing then a later surname alone: كتب … ثم وأضاف',
    text: [
      'وكتب المعلق الرياضي جان-لوي بيرنار في مقاله أن المنتخب "فقد هويته".',
      'وأضاف بيرنار: "المدرب لا يملك خطة بديلة".',
    ].join('\n\n'),
    quotes: [
      ['فقد هويته', 'partial', 'جان-لوي بيرنار'],
      ['المدرب لا يملك خطة بديلة', 'direct', 'جان-لوي بيرنار'],
    ],
  },
  // Two full names that share only their last word are two people.
  {
    what: 'two Chinese names ending alike, each with an aside: وقال فلان … مينغ، …، إن then ويرى فلان لي مينغ، …، أن',
    text: [
      'وقال تشانغ وي مينغ، المتحدث باسم شركة السكك الحديدية، إن القطار "يقطع المسافة في ساعة واحدة".',
      'ويرى سون لي مينغ، الأستاذ في جامعة بكين، أن المشروع "سيغير حياة سكان القرى".',
    ].join('\n\n'),
    quotes: [
      ['يقطع المسافة في ساعة واحدة', 'partial', 'تشانغ وي مينغ'],
      ['سيغير حياة سكان القرى', 'partial', 'سون لي مينغ'],
    ],
  },
  {
    what: 'two names sharing a family name, each with an aside: وقال فلان فلان العتيبي، …، إن then وقال فلان فلان العتيبي، …، إن',
    text: [
      'وقال خالد سعد العتيبي، مدير إدارة الطوارئ، إن الفرق "وصلت خلال عشر دقائق".',
      'وقال فهد ناصر العتيبي، أحد سكان الحي، إن الدخان "ملأ البيوت قبل وصولهم".',
    ].join('\n\n'),
    quotes: [
      ['وصلت خلال عشر دقائق', 'partial', 'خالد سعد العتيبي'],
      ['ملأ البيوت قبل وصولهم', 'partial', 'فهد ناصر العتيبي'],
    ],
  },
  {
    what: 'two Korean names ending alike, each with an aside: وقال فلان جي هون، …، إن then وقالت فلانة سو هون، …، إن',
    text: [
      'وقال بارك جي هون، رئيس بلدية المدينة، إن الأمطار "أغرقت ثلاثة أحياء".',
      'وقالت كيم سو هون، الباحثة في معهد المناخ، إن الفيضانات "ستتكرر كل صيف".',
    ].join('\n\n'),
    quotes: [
      ['أغرقت ثلاثة أحياء', 'partial', 'بارك جي هون'],
      ['ستتكرر كل صيف', 'partial', 'كيم سو هون'],
    ],
  },
];

const guards: readonly Row[] = [
  {
    what: 'guard: بالقول after a name is adverbial: واختتم المدرب فلان فلان بالقول:',
    text: 'واختتم المدرب خالد العمري بالقول: "الدوري لم ينته بعد".',
    quotes: [['الدوري لم ينته بعد', 'direct', 'خالد العمري']],
  },
  {
    what: 'guard: بالقول after a verb alone, the speaker named before: وختم بالقول:',
    text: [
      'وقال المدرب خالد العمري إن الفريق "قدم مباراة كبيرة".',
      'وختم بالقول: "الدوري لم ينته بعد".',
    ].join('\n\n'),
    quotes: [
      ['قدم مباراة كبيرة', 'partial', 'خالد العمري'],
      ['الدوري لم ينته بعد', 'direct', 'خالد العمري'],
    ],
  },
  {
    what: 'guard: ب and the article on the object after a name: وأشاد المحافظ فلان فلان بالقرار، وقال إن',
    text: 'وأشاد المحافظ محمد الغامدي بالقرار، وقال إن المشروع "سيخدم الأهالي".',
    quotes: [['سيخدم الأهالي', 'partial', 'محمد الغامدي']],
  },
  {
    what: 'guard: لي after the verb is "to me": وقال لي صاحب المتجر إن',
    text: 'وقال لي صاحب المتجر إن الأسعار "ارتفعت مرتين هذا الشهر".',
    quotes: [['ارتفعت مرتين هذا الشهر', 'partial', 'صاحب المتجر']],
  },
  {
    what: 'guard: بن after a nationality with no given name: وقال المدافع المغربي بن حمو:',
    text: 'وقال المدافع المغربي بن حمو: "سنقاتل حتى آخر مباراة".',
    quotes: [['سنقاتل حتى آخر مباراة', 'direct', 'بن حمو']],
  },
  {
    what: 'guard: a body’s head after a name and a comma: وقال نور الدين بن سالم، رئيس هيئة المهندسين، إن',
    text: 'وقال نور الدين بن سالم، رئيس هيئة المهندسين، إن المباني "لم تخضع للفحص".',
    quotes: [['لم تخضع للفحص', 'partial', 'نور الدين بن سالم']],
  },
  {
    what: 'guard: a three-syllable Chinese name with لي inside: وقال تشانغ لي هوا، مدير المصنع، إن',
    text: 'وقال تشانغ لي هوا، مدير المصنع، إن الإنتاج "عاد إلى مستواه".',
    quotes: [['عاد إلى مستواه', 'partial', 'تشانغ لي هوا']],
  },
  {
    what: 'guard: a surname alone with an aside calls back the full name: وقال الوزير فلان الحربي … وأكد الحربي، رئيس …، أن',
    text: [
      'وقال الوزير خالد الحربي إن الخطة "جاهزة للتنفيذ".',
      'وأكد الحربي، رئيس اللجنة الوطنية، أن التمويل "متوفر بالكامل".',
    ].join('\n\n'),
    quotes: [
      ['جاهزة للتنفيذ', 'partial', 'خالد الحربي'],
      ['متوفر بالكامل', 'partial', 'خالد الحربي'],
    ],
  },
  {
    what: 'guard: a hyphenated given name before إن: وقال المدرب الفرنسي جان-بيير لوران إن',
    text: 'وقال المدرب الفرنسي جان-بيير لوران إن فريقه "لم يستحق الخسارة".',
    quotes: [['لم يستحق الخسارة', 'partial', 'جان-بيير لوران']],
  },
  {
    what: 'guard: a name with a surname with the article after a saying verb, then the verb’s time: وقال المهندس فلان الفلاني أمس:',
    text: 'وقال المهندس سامي الدوسري أمس: "الطريق سيفتح الأسبوع المقبل".',
    quotes: [['الطريق سيفتح الأسبوع المقبل', 'direct', 'سامي الدوسري']],
  },
  {
    what: 'guard: a place with بال after a name: وقال المهندس فلان فلان بالرياض إن',
    text: 'وقال المهندس محمد علي بالرياض إن المشروع "تأخر ستة أشهر".',
    quotes: [['تأخر ستة أشهر', 'partial', 'محمد علي']],
  },
];

// Written after the first change, before the engine was run on them: more verbs, orders and outlets.
const moreRows: readonly Row[] = [
  {
    what: 'بال family name, the lone surname after another speaker: … ثم وأضاف بالكايا: goes back to him',
    text: [
      'أوضح المدرب كمال رفعت بالكايا أن الفريق "لم يكن في يومه".',
      'وقال الحكم سامي الدوسري إن القرار "كان صحيحا".',
      'وأضاف بالكايا: "سنراجع الأخطاء قبل المباراة المقبلة".',
    ].join('\n\n'),
    quotes: [
      ['لم يكن في يومه', 'partial', 'كمال رفعت بالكايا'],
      ['كان صحيحا', 'partial', 'سامي الدوسري'],
      ['سنراجع الأخطاء قبل المباراة المقبلة', 'direct', 'كمال رفعت بالكايا'],
    ],
  },
  {
    what: 'بال family name, a woman, quote first and a feminine cue with أن later: «…»، قالت الممرضة فلانة فلانة بالجان. وأضافت بالجان أن «…»',
    text: [
      '«لم ننم منذ ثلاثة أيام»، قالت الممرضة ليلى أوزدمير بالجان.',
      'وأضافت بالجان أن المستشفى «يحتاج إلى أطباء من المدن الأخرى».',
    ].join('\n\n'),
    quotes: [
      ['لم ننم منذ ثلاثة أيام', 'direct', 'ليلى أوزدمير بالجان'],
      ['يحتاج إلى أطباء من المدن الأخرى', 'partial', 'ليلى أوزدمير بالجان'],
    ],
  },
  {
    what: 'a family name opening with كال (كالديرون) after a title and two given names: وقالت الوزيرة ماريا إيلينا كالديرون إن',
    text: 'وقالت الوزيرة ماريا إيلينا كالديرون إن الحكومة "ستدعم المزارعين المتضررين".',
    quotes: [['ستدعم المزارعين المتضررين', 'partial', 'ماريا إيلينا كالديرون']],
  },
  {
    what: 'hyphenated given name, quote first with a feminine cue and a post in apposition: «…»، قالت آن-صوفي موريل، مديرة …',
    text: '«البرنامج هذا العام أكثر جرأة»، قالت آن-صوفي موريل، مديرة المهرجان.',
    quotes: [['البرنامج هذا العام أكثر جرأة', 'direct', 'آن-صوفي موريل']],
  },
  {
    what: 'hyphenated given name, then the surname alone later: وقال فلان-فلان دوما لوكالة فرانس برس إن … وتابع دوما:',
    text: [
      'وقال الصياد جان-فرانسوا دوما لوكالة فرانس برس إن الموسم "الأسوأ منذ عشرين عاما".',
      'وتابع دوما: «لم نعد نجد السردين قرب الشاطئ».',
    ].join('\n\n'),
    quotes: [
      ['الأسوأ منذ عشرين عاما', 'partial', 'جان-فرانسوا دوما'],
      ['لم نعد نجد السردين قرب الشاطئ', 'direct', 'جان-فرانسوا دوما'],
    ],
  },
  {
    what: 'compound given name with no title before إن: وتقول فاطمة الزهراء بوعلام إن …',
    text: 'وتقول فاطمة الزهراء بوعلام إن الرحلة "كلفتها مدخرات عامين".',
    quotes: [['كلفتها مدخرات عامين', 'partial', 'فاطمة الزهراء بوعلام']],
  },
  {
    what: 'compound given name after a title, a comma and an aside: وقالت الطالبة نور الهدى بلقاسم، التي …، إن',
    text: 'وقالت الطالبة نور الهدى بلقاسم، التي تدرس الطب في الرباط، إن السكن "أغلى من الرسوم".',
    quotes: [['أغلى من الرسوم', 'partial', 'نور الهدى بلقاسم']],
  },
  {
    what: 'لي in a Chinese name before the age between commas: وقال تشو لي، 45 عاما، إن',
    text: 'وقال المزارع تشو لي، 45 عاما، إن المحصول "ضاع كله في الفيضان".',
    quotes: [['ضاع كله في الفيضان', 'partial', 'تشو لي']],
  },
  {
    what: 'هي ending a Korean name before the age: وقالت بارك سو هي (30 عاما):',
    text: 'وقالت بارك سو هي (30 عاما): «خسرت عملي في يوم واحد».',
    quotes: [['خسرت عملي في يوم واحد', 'direct', 'بارك سو هي']],
  },
  {
    what: 'two Chinese names opening alike: وقال وانغ جيان مينغ، …، إن then وقالت وانغ لي هوا، …، إن',
    text: [
      'وقال وانغ جيان مينغ، مدير المحطة، إن الكهرباء "ستعود خلال يومين".',
      'وقالت وانغ لي هوا، إحدى السكان، إن الانقطاع "أفسد الطعام في كل البيوت".',
    ].join('\n\n'),
    quotes: [
      ['ستعود خلال يومين', 'partial', 'وانغ جيان مينغ'],
      ['أفسد الطعام في كل البيوت', 'partial', 'وانغ لي هوا'],
    ],
  },
  {
    what: 'two names ending alike, the second with a title before it: وقال فلان … مينغ، …، إن then وقال الباحث فلان لي مينغ، …، إن',
    text: [
      'وقال تشانغ وي مينغ، المتحدث باسم الشركة، إن القطار "آمن تماما".',
      'وقال الباحث سون لي مينغ، من جامعة بكين، إن الاختبارات "لم تكتمل بعد".',
    ].join('\n\n'),
    quotes: [
      ['آمن تماما', 'partial', 'تشانغ وي مينغ'],
      ['لم تكتمل بعد', 'partial', 'سون لي مينغ'],
    ],
  },
];

const moreGuards: readonly Row[] = [
  {
    what: 'guard: an adverb in the accusative after a lone verb and after a name: وقال فلان فلان مبتسماً: … وأضاف مبتسماً:',
    text: ['وقال اللاعب خالد سعد مبتسماً: «الفوز للجماهير».', 'وأضاف مبتسماً: «سنحتفل الليلة».'].join('\n\n'),
    quotes: [
      ['الفوز للجماهير', 'direct', 'خالد سعد'],
      ['سنحتفل الليلة', 'direct', 'خالد سعد'],
    ],
  },
  {
    what: 'guard: a given name alone after a cue elsewhere is a new person, not a surname: التقى الوزير فلان فلان فهد … وقال فهد:',
    text: ['وقال المدير خالد العمري: «المشروع بدأ».', 'وقال فهد: «أنا سعيد بالمشروع».'].join('\n\n'),
    quotes: [
      ['المشروع بدأ', 'direct', 'خالد العمري'],
      ['أنا سعيد بالمشروع', 'direct', 'فهد'],
    ],
  },
  {
    what: 'guard: بالتأكيد after a lone verb and after a name: وختم الوزير فلان فلان بالتأكيد على … وأضاف بالتأكيد أن',
    text: [
      'وختم الوزير سالم الحربي بالتأكيد على أن الخطة "ستنفذ في موعدها".',
      'وأضاف بالتأكيد أن التمويل "مضمون".',
    ].join('\n\n'),
    quotes: [
      ['ستنفذ في موعدها', 'partial', 'سالم الحربي'],
      ['مضمون', 'partial', 'سالم الحربي'],
    ],
  },
];

// A third batch, written after the second change, before the engine was run on it.
const thirdRows: readonly Row[] = [
  {
    what: 'a Chinese name opening with لي right after the cue, then a comma and a post: وقال لي وي مينغ، …، إن',
    text: 'وقال لي وي مينغ، مدير الميناء، إن الصادرات "تضاعفت هذا العام".',
    quotes: [['تضاعفت هذا العام', 'partial', 'لي وي مينغ']],
  },
  {
    what: 'a Chinese name with لي, quote first, then its age: «…»، يقول لي هاو (40 عاما)',
    text: '«لم أر مثل هذا الزحام من قبل»، يقول لي هاو (40 عاما) وهو سائق أجرة.',
    quotes: [['لم أر مثل هذا الزحام من قبل', 'direct', 'لي هاو']],
  },
  {
    what: 'a Vietnamese name with فان in the middle before its age: وقال نغوين فان لونغ (60 عاما) إن',
    text: 'وقال الصياد نغوين فان لونغ (60 عاما) إن العاصفة "دمرت القوارب كلها".',
    quotes: [['دمرت القوارب كلها', 'partial', 'نغوين فان لونغ']],
  },
  {
    what: 'a hyphenated family name after a given name: وقالت الباحثة ماريا لوبيز-غارسيا إن',
    text: 'وقالت الباحثة الإسبانية ماريا لوبيز-غارسيا إن الجفاف "يهدد ثلث المحاصيل".',
    quotes: [['يهدد ثلث المحاصيل', 'partial', 'ماريا لوبيز-غارسيا']],
  },
  {
    what: 'a hyphenated given name before لـ«…» and a colon: وقال المدرب جان-بيير لوران لـ«…»:',
    text: 'وقال المدرب الفرنسي جان-بيير لوران لـ«الرياضية»: «الفريق يحتاج إلى وقت».',
    quotes: [
      ['الرياضية', 'mention', null],
      ['الفريق يحتاج إلى وقت', 'direct', 'جان-بيير لوران'],
    ],
    gaps: ['attribution'],
    // engine gap: not of this class (the name is read whole): the paper’s name «الرياضية» after لـ is taken
    // for a partial quote of the coach, and his direct quote after the colon for a partial
  },
  {
    what: 'a compound given name with الدين then a family name opening with بو, after a rank: وقال العقيد نور الدين بوشامة:',
    text: 'وقال العقيد نور الدين بوشامة: «الطريق أغلق بسبب الثلوج».',
    quotes: [['الطريق أغلق بسبب الثلوج', 'direct', 'نور الدين بوشامة']],
  },
  {
    what: 'a definite given name before بن after a region’s nisba: وأوضح الخبير المغربي الحبيب بن عيسى أن',
    text: 'وأوضح الخبير المغربي الحبيب بن عيسى أن السدود "لم تمتلئ إلا بنسبة الربع".',
    quotes: [['لم تمتلئ إلا بنسبة الربع', 'partial', 'الحبيب بن عيسى']],
  },
  {
    what: 'بال family name written alone first with قال then in full later: وقال بالكايا … after المدرب كمال رفعت بالكايا',
    text: [
      'قاد المدرب كمال رفعت بالكايا الفريق إلى الفوز على أرضه.',
      'وقال بالكايا: «اللاعبون قدموا كل ما لديهم».',
    ].join('\n\n'),
    quotes: [['اللاعبون قدموا كل ما لديهم', 'direct', 'كمال رفعت بالكايا']],
  },
];

const thirdGuards: readonly Row[] = [
  {
    what: 'guard: a field adjective before بن, no nationality: وقال المدير الفني بن عمارة إن',
    text: 'وقال المدير الفني بن عمارة إن الفريق "سيعود أقوى".',
    quotes: [['سيعود أقوى', 'partial', 'بن عمارة']],
  },
  {
    what: 'guard: لي as "to me" after a cue with a title after it and a comma later: وقال لي المدير، بعد …، إن',
    text: 'وقال لي المدير، بعد انتهاء الاجتماع، إن القرار "نهائي".',
    quotes: [['نهائي', 'partial', 'المدير']],
  },
  {
    what: 'guard: ب and the article on a place after a lone cue: وقال بالرياض … a name before it written elsewhere',
    text: ['وقال المهندس محمد علي إن المشروع "تأخر".', 'وأضاف بالرياض أمس أن الأعمال "ستستأنف".'].join(
      '\n\n',
    ),
    quotes: [
      ['تأخر', 'partial', 'محمد علي'],
      ['ستستأنف', 'partial', 'محمد علي'],
    ],
  },
];

// A fourth batch, written after the third, before the engine was run on it.
const fourthRows: readonly Row[] = [
  {
    what: 'a compound given name (محمد الأمين) then a family name, أكد … أن: وأكد الأستاذ الجامعي محمد الأمين بوخبزة أن',
    text: 'وأكد الأستاذ الجامعي محمد الأمين بوخبزة أن الإصلاح "يحتاج إلى جيل كامل".',
    quotes: [['يحتاج إلى جيل كامل', 'partial', 'محمد الأمين بوخبزة']],
    gaps: ['attribution'],
    // engine gap: reads الأمين as a title (الأمين العام) and leaves only محمد as the name, so the title الأستاذ الجامعي is the speaker
  },
  {
    what: 'a compound given name then a family name, ذكر … لـ«…» أن: وذكرت الطبيبة فاطمة الزهراء العلوي لـ«…» أن',
    text: 'وذكرت الطبيبة فاطمة الزهراء بنحدو لـ«عكاظ» أن الحالات "تراجعت منذ بداية الشهر".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['تراجعت منذ بداية الشهر', 'partial', 'فاطمة الزهراء بنحدو'],
    ],
  },
  {
    what: 'a definite given name before بن after a body in construct: وقال رئيس النادي المنجي بن عمار:',
    text: 'وقال رئيس النادي المنجي بن عمار: «سنحترم قرار الاتحاد».',
    quotes: [['سنحترم قرار الاتحاد', 'direct', 'المنجي بن عمار']],
    // (once a gap: المنجي was read as an adjective of النادي; it reads as a given name since session 20 added it)
  },
  {
    what: 'a hyphenated given name, the surname alone before the name in full later: وأضاف مارتان … after الناقد جان-لوك مارتان كتب',
    text: [
      'وكتب الناقد جان-لوك مارتان في مقاله أن العرض "جريء".',
      'وأضاف مارتان أن الممثلين "أنقذوا النص".',
    ].join('\n\n'),
    quotes: [
      ['جريء', 'partial', 'جان-لوك مارتان'],
      ['أنقذوا النص', 'partial', 'جان-لوك مارتان'],
    ],
  },
  {
    what: 'two women whose names end alike, the second after a title with a comma aside: وقالت فلانة الشهري، … then وقالت المعلمة فلانة الشهري، …',
    text: [
      'وقالت نورة سعد الشهري، مديرة المدرسة، إن الدوام "سيبدأ الأحد".',
      'وقالت المعلمة هند علي الشهري، من الحي نفسه، إن الطالبات "ينتظرن بفارغ الصبر".',
    ].join('\n\n'),
    quotes: [
      ['سيبدأ الأحد', 'partial', 'نورة سعد الشهري'],
      ['ينتظرن بفارغ الصبر', 'partial', 'هند علي الشهري'],
    ],
  },
];

describe('names14: a name cut short or run long', () => {
  runRows(rows);
});

describe('names14: guards', () => {
  runRows(guards);
});

describe('names14: more of the class', () => {
  runRows(moreRows);
});

describe('names14: more guards', () => {
  runRows(moreGuards);
});

describe('names14: a third batch', () => {
  runRows(thirdRows);
});

describe('names14: third guards', () => {
  runRows(thirdGuards);
});

describe('names14: a fourth batch', () => {
  runRows(fourthRows);
});
