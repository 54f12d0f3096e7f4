/**
 * Object14 (issue 3): the subject runs into the verb's object, and a quoted body in that object.
 *
 * A verb that takes an object, with its subject a title alone (وانتقد الوزير، وأشاد الأمين العام) or a
 * name (وانتقد الرئيس مارتينيز، يقضي أبو فهد العنزي), then its object (VSO): the object's first noun is no
 * word of the speaker's name. A noun with a preposition clitic (بجهود، لمواقف), a possessed noun (بلاده،
 * لياليه), a plural in ات, a feminine noun in ة after a masculine title, a noun in construct before a
 * definite or quoted genitive (قرارات «الاتحاد الآسيوي», دعم «أرامكو») all end the name. And the quoted
 * body, firm, club or country that is the genitive of such a noun in the object is a mention, not the
 * speaker's words (أرقام «البنك الدولي», جماهير «الوحدات»).
 *
 * The rows were written by reading each sentence as a person would, before the engine was run on them:
 * Saudi papers' and international outlets' styles, masculine and feminine, « » and " ", with and without
 * a colon. The guard rows are near shapes the engine reads right and must keep reading right (given names
 * that are also words, masculine names in ة, partials that are the speaker's own words).
 *
 * Count: before any change, 30 of the 35 rule rows failed (three of them first written as guards of given
 * names that are words, جمال, نضال, حيدر, which the engine turned out to miss: a bare name's clause closed by
 * ، وقال gets no speaker); the 10 guards passed. After the first change (objectInName in subject.ts: the
 * verb's object read into the name ends it, by its shape) and the second (isConstructName in
 * attribute.ts: a short quoted name in construct with the object's noun is a mention), 12 of 35; after the
 * third (firstVerbSubject in attribute.ts: a new name that opens with a given name and stops before a
 * word is the subject a later وقال in the sentence takes up), 9 of 35 (marked below); the guards pass
 * throughout.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'انتقد الوزير قرارات «…» الأخيرة: a plural in ات in construct with a quoted body',
    text: 'وانتقد الوزير قرارات «الاتحاد الآسيوي» الأخيرة، وقال إنها «ظالمة».',
    quotes: [
      ['الاتحاد الآسيوي', 'mention', null],
      ['ظالمة', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'أكد المدير أهمية «…»: a feminine verbal noun after a masculine title, a quoted term in its genitive',
    text: 'وأكد المدير أهمية «التحول الرقمي» في العمل.',
    // (revised at the merge, by the corpus's reading of a speaker's term in an indirect sentence: a noun of
    // stance toward a concept, أهمية, governs the speaker's words, a partial; gold d008, d003 do so)
    quotes: [['التحول الرقمي', 'partial', 'المدير']],
  },
  {
    what: 'أشاد الأمين العام بجهود «…»: a noun with the clitic ب before a quoted body',
    text: 'وأشاد الأمين العام بجهود «الهلال الأحمر» في الإغاثة، وقال إنها «مشرفة».',
    quotes: [
      ['الهلال الأحمر', 'mention', null],
      ['مشرفة', 'partial', 'الأمين العام'],
    ],
  },
  {
    what: 'ثمن المحافظ دعم «أرامكو»، مؤكدا أن «…»: a verbal noun in construct with a quoted firm',
    text: 'وثمن المحافظ دعم «أرامكو» للمشروع، مؤكدا أن «المرحلة المقبلة أهم».',
    quotes: [
      ['أرامكو', 'mention', null],
      ['المرحلة المقبلة أهم', 'partial', 'المحافظ'],
    ],
  },
  {
    what: 'انتقد الرئيس فلان قرار الكونغرس: a title and a one-word name, then the object in construct',
    text: 'وانتقد الرئيس مارتينيز قرار الكونغرس، وقال إنه «خطأ فادح».',
    quotes: [['خطأ فادح', 'partial', 'مارتينيز']],
  },
  {
    what: 'أعرب السفير عن تقدير بلاده لمواقف «…»: a possessed noun, then ل and a quoted country',
    text: 'وأعرب السفير عن تقدير بلاده لمواقف «المملكة» الداعمة، مضيفا أن «المرحلة تتطلب مزيدا من التنسيق».',
    quotes: [
      ['المملكة', 'mention', null],
      ['المرحلة تتطلب مزيدا من التنسيق', 'partial', 'السفير'],
    ],
  },
  // engine gap: a definite verbal noun right after a title alone (المدرب الفوز) is read as the title's adjective
  // (the club after جماهير, a broken plural, is a mention since the merge's mend)
  {
    what: 'أهدى المدرب الفوز إلى جماهير «…»: a definite object after the title, a quoted club',
    // engine gap: objectAfterTitle cuts a definite object only after a cue that takes an object and a
    // title of two words; أهدى is no cue and المدرب one word (المدرب الفوز read as the title).
    gaps: ['attribution'],
    text: 'وأهدى المدرب الفوز إلى جماهير «الوحدات»، وقال إنها «تستحق الفرح».',
    quotes: [
      ['الوحدات', 'mention', null],
      ['تستحق الفرح', 'partial', 'المدرب'],
    ],
  },
  {
    what: 'شكك النائب في أرقام «…»: a quoted body after في and a noun in construct',
    text: 'وشكك النائب في أرقام «البنك الدولي»، وقال إنها «غير دقيقة».',
    quotes: [
      ['البنك الدولي', 'mention', null],
      ['غير دقيقة', 'partial', 'النائب'],
    ],
  },
  {
    what: 'انتقدت الوزيرة سياسات «…»: feminine title, a plural in ات before a quoted body',
    text: 'وانتقدت الوزيرة سياسات «صندوق النقد الدولي»، وقالت إنها «تثقل كاهل الفقراء».',
    quotes: [
      ['صندوق النقد الدولي', 'mention', null],
      ['تثقل كاهل الفقراء', 'partial', 'الوزيرة'],
    ],
  },
  {
    what: 'يقضي أبو فلان الفلاني نهاره …، ويقول: «…»: a kunya and family name, then the possessed object',
    text: 'ويقضي أبو فهد العنزي نهاره في الرعي قرب الحدود، ويقول: «الإبل رزقنا الوحيد».',
    quotes: [['الإبل رزقنا الوحيد', 'direct', 'أبو فهد العنزي']],
  },
  {
    what: 'تمضي أم فلان ساعاتها …: a woman named by her kunya, a plural possessed object',
    text: 'وتمضي أم خالد ساعاتها في المطبخ منذ الفجر، وتقول: «الطلبات لا تتوقف في رمضان».',
    quotes: [['الطلبات لا تتوقف في رمضان', 'direct', 'أم خالد']],
  },
  {
    what: 'انتقد المهندس فلان الفلاني خطة الوزارة: a feminine noun in construct after the family name',
    text: 'وانتقد المهندس سامي الغامدي خطة الوزارة لتطوير الطرق، وقال إنها «لا تراعي الكثافة المرورية».',
    quotes: [['لا تراعي الكثافة المرورية', 'partial', 'سامي الغامدي']],
  },
  {
    what: 'انتقد فلان قرار الحكم: a one-word given name, then the object in construct',
    text: 'وانتقد ماجد قرار الحكم، وقال إنه «ظلم الفريق».',
    quotes: [['ظلم الفريق', 'partial', 'ماجد']],
  },
  // engine gap: a quoted foreign name of three words without the article after اتهامات is read as a partial
  {
    what: 'رفض الوزير اتهامات "…" ووصفها بأنها "…": a plural in ات before a quoted body (international outlet)',
    gaps: ['attribution'],
    text: 'ورفض الوزير اتهامات "هيومن رايتس ووتش"، ووصفها بأنها "مسيسة".',
    quotes: [
      ['هيومن رايتس ووتش', 'mention', null],
      ['مسيسة', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'نوه الرئيس التنفيذي بأداء «…»: a two-word title, a noun with ب before a quoted club',
    text: 'ونوه الرئيس التنفيذي بأداء «الأهلي» في الموسم الماضي، وقال إن الفريق «قدم مستوى رائعا».',
    quotes: [
      ['الأهلي', 'mention', null],
      ['قدم مستوى رائعا', 'partial', 'الرئيس التنفيذي'],
    ],
  },
  // engine gap: قدم is no cue and the title alone with its possessed object is not carried to وقال: the speaker is null
  {
    what: 'قدم السفير شكره لقيادة «…»: a possessed verbal noun then ل and a quoted country',
    gaps: ['attribution'],
    text: 'وقدم السفير شكره لقيادة «المملكة»، وقال إن العلاقات بين البلدين «في أفضل حالاتها».',
    quotes: [
      ['المملكة', 'mention', null],
      ['في أفضل حالاتها', 'partial', 'السفير'],
    ],
  },
  {
    what: 'أكد المحافظ حرص الإمارة …، وقال إن … «…»: a verbal noun in construct with a definite genitive',
    text: 'وأكد المحافظ حرص الإمارة على راحة الزوار، وقال إن الخطة «تشمل كل المواقع السياحية».',
    quotes: [['تشمل كل المواقع السياحية', 'partial', 'المحافظ']],
  },
  {
    what: 'انتقد المدرب أداء لاعبيه، وقال: «…»: the object then a colon',
    text: 'وانتقد المدرب أداء لاعبيه في الشوط الأول، وقال: «لم نكن في يومنا».',
    quotes: [['لم نكن في يومنا', 'direct', 'المدرب']],
  },
  {
    what: 'انتقد الرئيس فلان إجراءات "…": a one-word name, a plural in ات, a quoted body (international outlet)',
    text: 'وانتقد الرئيس غارسيا إجراءات "البنك المركزي"، وقال إنها "تضر بالنمو".',
    quotes: [
      ['البنك المركزي', 'mention', null],
      ['تضر بالنمو', 'partial', 'غارسيا'],
    ],
  },
  {
    what: 'أعرب الوزير عن رفض بلاده لقرار "…": a possessed noun, ل and a quoted body',
    text: 'وأعرب الوزير عن رفض بلاده لقرار "مجلس الأمن"، وقال إنه "لا يخدم السلام".',
    quotes: [
      ['مجلس الأمن', 'mention', null],
      ['لا يخدم السلام', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'أكدت السفيرة دعم بلادها لجهود «…»: feminine title, a possessed noun, a quoted body',
    text: 'وأكدت السفيرة دعم بلادها لجهود «الأمم المتحدة»، وقالت إن الحل «يجب أن يكون سياسيا».',
    quotes: [
      ['الأمم المتحدة', 'mention', null],
      ['يجب أن يكون سياسيا', 'partial', 'السفيرة'],
    ],
  },
  {
    what: 'انتقد فلان الفلاني تصريحات المدرب: a full name then a plural in ات',
    text: 'وانتقد عادل الشمري تصريحات المدرب بعد المباراة، وقال إنها «غير مسؤولة».',
    quotes: [['غير مسؤولة', 'partial', 'عادل الشمري']],
  },
  // engine gap: a noun in ة after a given name is read as a family name (محمد سلامة): credits «سعود طريقة التحكيم»
  {
    what: 'انتقد اللاعب فلان طريقة التحكيم، وقال: «…»: a one-word name then a feminine noun in construct',
    gaps: ['attribution'],
    text: 'وانتقد اللاعب سعود طريقة التحكيم، وقال: «الحكم ظلمنا في لقطتين».',
    quotes: [['الحكم ظلمنا في لقطتين', 'direct', 'سعود']],
  },
  // engine gap: a family name with the article alone after the title is read as the title's adjective: credits «الوزير الزهراني»
  {
    what: 'أكد الوزير فلان أهمية المشروع: a title and a family name, then a feminine verbal noun',
    gaps: ['attribution'],
    text: 'وأكد الوزير الزهراني أهمية المشروع، وقال إنه «سيغير وجه المنطقة».',
    quotes: [['سيغير وجه المنطقة', 'partial', 'الزهراني']],
  },
  {
    what: 'ثمنت الدكتورة فلانة جهود المتطوعين: a feminine title and a one-word name, then a plural object',
    text: 'وثمنت الدكتورة هيفاء جهود المتطوعين، وقالت إنهم «قدموا الكثير للمرضى».',
    quotes: [['قدموا الكثير للمرضى', 'partial', 'هيفاء']],
  },
  // engine gap: the second word of the title is lost: credits «المدير»
  {
    what: 'استعرض المدير العام خطط «…»: a two-word title, a noun in construct with a quoted firm',
    gaps: ['attribution'],
    text: 'واستعرض المدير العام خطط «نيوم» للتوسع، وقال إنها «طموحة وقابلة للتنفيذ».',
    quotes: [
      ['نيوم', 'mention', null],
      ['طموحة وقابلة للتنفيذ', 'partial', 'المدير العام'],
    ],
  },
  {
    what: 'أدان المندوب هجمات «…» على السفن: a plural in ات before a quoted group',
    text: 'وأدان المندوب هجمات «الحوثيين» على السفن التجارية، وقال إنها «تهدد الملاحة الدولية».',
    quotes: [
      ['الحوثيين', 'mention', null],
      ['تهدد الملاحة الدولية', 'partial', 'المندوب'],
    ],
  },
  {
    what: 'ثمن الشيخ فلان الفلاني دعم «…»: a title and a full name, then a quoted firm in the object',
    text: 'وثمن الشيخ عبدالله المطيري دعم «أرامكو» لأهالي القرية، وقال إن المبادرة «غيرت حياة كثيرين».',
    quotes: [
      ['أرامكو', 'mention', null],
      ['غيرت حياة كثيرين', 'partial', 'عبدالله المطيري'],
    ],
  },
  // engine gap: a one-word name that no list holds (ماهر) opens no name without a title: credits «ماهر تصرفات الحكم»
  {
    what: 'انتقد فلان تصرفات الحكم: a one-word name then a plural in ات',
    gaps: ['attribution'],
    text: 'وانتقد ماهر تصرفات الحكم، وقال إنها «أخرجت اللاعبين عن تركيزهم».',
    quotes: [['أخرجت اللاعبين عن تركيزهم', 'partial', 'ماهر']],
  },
  {
    what: 'يقضي فلان لياليه …. يقول لـ«…»: «…»: a name then the possessed object, an outlet as a mention',
    text: 'ويقضي أبو سامي الشوا لياليه في خيمة قرب البحر. يقول لـ«الشرق الأوسط»: «لم يبق لنا بيت نعود إليه».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['لم يبق لنا بيت نعود إليه', 'direct', 'أبو سامي الشوا'],
    ],
  },
  {
    what: 'رحب المتحدث بقرار «…»: a noun with ب in construct with a quoted body, then a partial',
    text: 'ورحب الوزير بقرار «منظمة الصحة العالمية»، وقال إنه «جاء في الوقت المناسب».',
    quotes: [
      ['منظمة الصحة العالمية', 'mention', null],
      ['جاء في الوقت المناسب', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'انتقدت النائبة فلانة أداء «…»: feminine title, a one-word name, a verbal noun and a quoted body',
    text: 'وانتقدت النائبة ريم أداء «هيئة الكهرباء» خلال الصيف، وقالت إن الانقطاعات «لم تعد تحتمل».',
    quotes: [
      ['هيئة الكهرباء', 'mention', null],
      ['لم تعد تحتمل', 'partial', 'ريم'],
    ],
  },
  {
    what: 'a given name that is also a word (جمال) before a family name with ال, then the object',
    text: 'وانتقد جمال الحربي القرار، وقال إنه «متسرع».',
    quotes: [['متسرع', 'partial', 'جمال الحربي']],
  },
  {
    what: 'نضال before a family name with ال, then an object in construct',
    text: 'وانتقد نضال العلي قرار البلدية، وقال إنه «لم يراع السكان».',
    quotes: [['لم يراع السكان', 'partial', 'نضال العلي']],
  },
  {
    what: 'حيدر before a family name with ال, then a plural object',
    text: 'وانتقد حيدر الساعدي تصريحات الوزير، وقال إنها «بعيدة عن الواقع».',
    quotes: [['بعيدة عن الواقع', 'partial', 'حيدر الساعدي']],
  },
];

/**
 * The second batch, written after the first commit, before the engine was run on it: other verbs (أبدى,
 * رفض … ووصفها, كتب), feminine and plural heads, bodies of several words, a kunya with ها: 10 of its 12
 * rows passed as written; the 2 that fail are marked.
 */
const second: readonly Row[] = [
  {
    what: 'انتقدت المتحدثة تصريحات «…» الأخيرة: feminine title, a plural in ات, a party’s quoted name',
    text: 'وانتقدت المتحدثة تصريحات «حزب الله» الأخيرة، وقالت إنها «تصعيد خطير».',
    quotes: [
      ['حزب الله', 'mention', null],
      ['تصعيد خطير', 'partial', 'المتحدثة'],
    ],
  },
  {
    what: 'ثمن السفير جهود «…» في المخيمات: a body of three definite words after a noun of the list',
    text: 'وثمن السفير جهود «الهلال الأحمر السعودي» في المخيمات، وقال إن فرقها «لم تتوقف عن العمل».',
    quotes: [
      ['الهلال الأحمر السعودي', 'mention', null],
      ['لم تتوقف عن العمل', 'partial', 'السفير'],
    ],
  },
  {
    what: 'أشادت الوزيرة بمبادرات «…»، مؤكدة أنها «…»: ب on a plural in ات, a participle after',
    text: 'وأشادت الوزيرة بمبادرات «الأمم المتحدة» في المنطقة، مؤكدة أنها «تستحق الدعم».',
    quotes: [
      ['الأمم المتحدة', 'mention', null],
      ['تستحق الدعم', 'partial', 'الوزيرة'],
    ],
  },
  {
    what: 'رفض المتحدث الرسمي ادعاءات «…»، ووصفها بأنها «…»: a title and its adjective, a group’s name',
    text: 'ورفض المتحدث الرسمي ادعاءات «الحوثيين»، ووصفها بأنها «كاذبة».',
    quotes: [
      ['الحوثيين', 'mention', null],
      ['كاذبة', 'partial', 'المتحدث الرسمي'],
    ],
  },
  {
    what: 'انتقد النائب قرارات «…» الأخيرة: a body’s definite name and its adjective, the plural’s adjective after',
    text: 'وانتقد النائب قرارات «الهيئة العامة» الأخيرة، وقال إنها «لم تراع مصالح الأندية».',
    quotes: [
      ['الهيئة العامة', 'mention', null],
      ['لم تراع مصالح الأندية', 'partial', 'النائب'],
    ],
  },
  {
    // engine gap: a firm's one-word name in the shape فاعل (سابك) is taken for an adjective the speaker chose: read as a partial
    what: 'ثمن الرئيس التنفيذي دعم «…» للمبادرة، مشيرا إلى أنها «…»: a firm’s one-word name',
    gaps: ['attribution'],
    text: 'وثمن الرئيس التنفيذي دعم «سابك» للمبادرة، مشيرا إلى أنها «ستخدم آلاف الأسر».',
    quotes: [
      ['سابك', 'mention', null],
      ['ستخدم آلاف الأسر', 'partial', 'الرئيس التنفيذي'],
    ],
  },
  {
    what: 'تقضي أم فلان أيامها في …، وتقول: «…»: a kunya, then the possessed object',
    text: 'وتقضي أم سعد أيامها في رعاية أحفادها، وتقول: «هم كل ما تبقى لي».',
    quotes: [['هم كل ما تبقى لي', 'direct', 'أم سعد']],
  },
  {
    what: 'أكد المدرب الوطني أهمية المباراة: a title and its adjective, then a feminine noun in construct',
    text: 'وأكد المدرب الوطني أهمية المباراة، وقال إن اللاعبين «جاهزون».',
    quotes: [['جاهزون', 'partial', 'المدرب الوطني']],
  },
  {
    what: 'انتقد الكاتب فلان الفلاني سياسات الحكومة، وكتب: «…»: a plural in ات after a full name',
    text: 'وانتقد الكاتب خالد المنصور سياسات الحكومة، وكتب: «الأرقام لا تكذب».',
    quotes: [['الأرقام لا تكذب', 'direct', 'خالد المنصور']],
  },
  {
    what: 'أبدى الوزير ارتياحه لنتائج «…»: a possessed object, then ل on a noun and a quoted name',
    text: 'وأبدى الوزير ارتياحه لنتائج «المؤتمر»، وقال إنها «فاقت التوقعات».',
    quotes: [
      ['المؤتمر', 'mention', null],
      ['فاقت التوقعات', 'partial', 'الوزير'],
    ],
  },
  {
    // engine gap: a feminine noun in ة that is no noun of the list (طريقة) before the quoted body: read as a partial
    what: 'انتقد المعلق طريقة «…» في إدارة المسابقة: a feminine noun in construct with a quoted body',
    gaps: ['attribution'],
    text: 'وانتقد المعلق طريقة «الاتحاد السعودي» في إدارة المسابقة، وقال إنها «عشوائية».',
    quotes: [
      ['الاتحاد السعودي', 'mention', null],
      ['عشوائية', 'partial', 'المعلق'],
    ],
  },
  {
    what: 'انتقد الرئيس فلان سياسات الحكومة الألمانية: a one-word foreign name, then a plural in ات',
    text: 'وانتقد الرئيس هوفمان سياسات الحكومة الألمانية، وقال إنها «فشلت في حماية الصناعة».',
    quotes: [['فشلت في حماية الصناعة', 'partial', 'هوفمان']],
  },
];

/**
 * The third batch, written after the second commit, before the engine was run on it (shadda on the verb,
 * a former minister's title, " " marks, a kunya with a plural object): 4 of its 7 rows passed as written;
 * بأداء لاعبيه (ب on a noun of the list before a possessed noun) passed after the fourth change; 2 marked.
 */
const third: readonly Row[] = [
  {
    what: 'نوّه المحافظ بدور «…» في …: shadda on the verb, ب on a noun before a body of two words',
    text: 'ونوّه المحافظ بدور «جمعية البر» في خدمة الأسر، وقال إن الجمعية «نموذج يحتذى».',
    quotes: [
      ['جمعية البر', 'mention', null],
      ['نموذج يحتذى', 'partial', 'المحافظ'],
    ],
  },
  {
    what: 'انتقد وزير … الأسبق فلان الفلاني سياسات "…": a former minister named in full, a plural in ات (" ")',
    text: 'وانتقد وزير المالية الأسبق سليمان الراشد سياسات "البنك المركزي"، وقال إنها "تفتقر إلى الرؤية".',
    quotes: [
      ['البنك المركزي', 'mention', null],
      ['تفتقر إلى الرؤية', 'partial', 'سليمان الراشد'],
    ],
  },
  {
    what: 'أشاد المدرب الإسباني بأداء لاعبيه، وقال: «…»: ب on a noun of the list before a possessed noun',
    text: 'وأشاد المدرب الإسباني بأداء لاعبيه، وقال: «قدمنا مباراة كبيرة».',
    quotes: [['قدمنا مباراة كبيرة', 'direct', 'المدرب الإسباني']],
  },
  {
    what: 'انتقدت الناشطة فلانة الفلانية إجراءات «وزارة …»: a woman named in full, a plural in ات',
    text: 'وانتقدت الناشطة سلمى العبيدي إجراءات «وزارة الداخلية»، وقالت إنها «تنتهك الحريات».',
    quotes: [
      ['وزارة الداخلية', 'mention', null],
      ['تنتهك الحريات', 'partial', 'سلمى العبيدي'],
    ],
  },
  {
    what: 'أبدت المديرة التنفيذية قلقها من …، وقالت: «…»: a feminine title of two words, a possessed object',
    text: 'وأبدت المديرة التنفيذية قلقها من تصاعد العنف، وقالت: «الوضع يزداد سوءا».',
    quotes: [['الوضع يزداد سوءا', 'direct', 'المديرة التنفيذية']],
  },
  {
    // engine gap: a plural in ات after a given name with an indefinite adjective after it (ساعات طويلة) is read into the name: credits «أبو خليل ساعات طويلة»
    what: 'يمضي أبو فلان ساعات طويلة أمام فرنه، ويقول: «…»: a kunya, then an indefinite plural object',
    gaps: ['attribution'],
    text: 'ويمضي أبو خليل ساعات طويلة أمام فرنه، ويقول: «الخبز لا ينتظر».',
    quotes: [['الخبز لا ينتظر', 'direct', 'أبو خليل']],
  },
  {
    // engine gap: a body's one-word name in the shape أفعل (أوبك) is taken for an adjective the speaker chose: read as a partial
    what: 'انتقد النائب المستقل قرارات «…» الأخيرة: a body’s one-word name after a plural in ات',
    gaps: ['attribution'],
    text: 'وانتقد النائب المستقل قرارات «أوبك» الأخيرة، وقال إنها «تضر بالمستهلكين».',
    quotes: [
      ['أوبك', 'mention', null],
      ['تضر بالمستهلكين', 'partial', 'النائب المستقل'],
    ],
  },
];

const guards: readonly Row[] = [
  {
    // (added at the merge: a foreign given name written with أ only folds to a verbal noun's pattern)
    what: 'a foreign given name in أ that folds like انفعال, then a family name in يه: a name, no object',
    text: 'وأوضح المحامي أنطوان ميرسييه أن الحكم «مجحف بحق موكلي».',
    quotes: [['مجحف بحق موكلي', 'partial', 'أنطوان ميرسييه']],
  },
  {
    what: 'guard: قال الوزير إن … «…»: a title alone before إن',
    text: 'وقال الوزير إن القرارات «ظالمة».',
    quotes: [['ظالمة', 'partial', 'الوزير']],
  },

  {
    what: 'guard: سليم before a family name with ال, then أن',
    text: 'وأكد سليم العمري أن الفريق «جاهز للمباراة».',
    quotes: [['جاهز للمباراة', 'partial', 'سليم العمري']],
  },
  {
    what: 'guard: صباح, a woman’s name that is also a word, before a family name',
    text: 'وقالت صباح الكعبي إن المدرسة «تحتاج إلى ترميم عاجل».',
    quotes: [['تحتاج إلى ترميم عاجل', 'partial', 'صباح الكعبي']],
  },

  {
    what: 'guard: وصف الوزير القرار بأنه «…»: the speaker’s own word as a partial',
    text: 'ووصف الوزير القرار بأنه «ظالم».',
    quotes: [['ظالم', 'partial', 'الوزير']],
  },
  {
    what: 'guard: حذر المدير من «…»: the speaker’s own words after من',
    text: 'وحذر المدير من «كارثة بيئية» في المنطقة.',
    quotes: [['كارثة بيئية', 'partial', 'المدير']],
  },
  {
    what: 'guard: a title with its genitive and a full name, then the object',
    text: 'وانتقد وزير الخارجية فيصل الدوسري قرار المجلس، وقال إنه «غير مقبول».',
    quotes: [['غير مقبول', 'partial', 'فيصل الدوسري']],
  },
  {
    what: 'guard: a masculine name in ة (أسامة) after a masculine title, with a family name',
    text: 'وانتقد المدرب أسامة الشهري قرار الحكم، وقال إنه «ظالم».',
    quotes: [['ظالم', 'partial', 'أسامة الشهري']],
  },
  {
    what: 'guard: a masculine name in ة (حمزة) alone after a title, then أن',
    text: 'وأكد الوزير حمزة أن المشروع «سيكتمل قريبا».',
    quotes: [['سيكتمل قريبا', 'partial', 'حمزة']],
  },

  {
    what: 'guard: the title’s holder named earlier, the title alone later with an object',
    text: 'وقال وزير الرياضة خالد الفهد إن الموسم «كان ناجحا». وانتقد الوزير قرارات اللجنة، وقال إنها «متسرعة».',
    quotes: [
      ['كان ناجحا', 'partial', 'خالد الفهد'],
      ['متسرعة', 'partial', 'خالد الفهد'],
    ],
  },
  {
    what: 'guard: a feminine name in ة after a feminine verb, then أن',
    text: 'وأكدت فاطمة الزهراني أن الحملة «حققت أهدافها».',
    quotes: [['حققت أهدافها', 'partial', 'فاطمة الزهراني']],
  },
];

describe('object14: the subject runs into the object', () => runRows(rows));
describe('object14: the second batch', () => runRows(second));
describe('object14: the third batch', () => runRows(third));
describe('object14: guards', () => runRows(guards));
