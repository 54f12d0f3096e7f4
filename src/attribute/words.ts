/**
 * Word lists the attribution reads, as data: titles that stand before a name, heads of organisation
 * names, nouns that introduce a quoted name (narration), and the function words that end a subject.
 * Written without diacritics and with the article where news writes it; folded on lookup.
 */

/**
 * Kinship words said to an elder as a title, as الحاج is (العم صالح, الخالة أم محمد, الجدة أم سعيد): with
 * the article they head no genitive, so the name after them is the one who speaks. Both a title and an
 * honorific.
 */
const KINSHIP_TITLES: readonly string[] = ['العم', 'العمة', 'الخال', 'الخالة', 'الجد', 'الجدة'];

/** Titles and roles that stand before a person's name (`الرئيس الروسي فلاديمير سوكولوف`). */
export const TITLES: readonly string[] = [
  'الرئيس',
  'رئيس',
  'رئيسة',
  'الرئيسة',
  'نائب',
  'النائب',
  'النائبة',
  'نائبة',
  // the feminine only: مساعد is also a first name (مساعد بن فلان)
  'مساعدة',
  'محامي',
  'محامية',
  'نجم',
  'كبير',
  'كبيرة',
  'الوزير',
  'وزير',
  'وزيرة',
  'الوزيرة',
  'الناطق',
  'الناطقة',
  'المتحدث',
  'المتحدثة',
  'متحدث',
  'متحدثة',
  'السفير',
  'السفيرة',
  'سفير',
  'الأمين',
  'أمين',
  'المدير',
  'مدير',
  'مديرة',
  'المديرة',
  'المستشار',
  'مستشار',
  'المستشارة',
  'الشيخ',
  'الشيخة',
  'اللواء',
  'العميد',
  'الفريق',
  'العقيد',
  'المقدم',
  'الجنرال',
  'الدكتور',
  'الدكتورة',
  'د',
  'المهندس',
  'الأستاذ',
  'الأستاذة',
  // a pilot's or a coach's honorific in the Gulf press (قائد الطائرة، الكابتن فلان،), and a side's captain
  // in construct (كابتن منتخب سوريا فلان)
  'الكابتن',
  'كابتن',
  'البروفيسور',
  'البروفيسورة',
  'السيد',
  'السيدة',
  // رجل الأعمال, رجل الدين: the head of a calling before a name (رجل الأعمال فلان); a man alone is
  // described, not named (وقال رجل مسن)
  'رجل',
  'زعيم',
  'الزعيم',
  'قائد',
  // a woman who heads a school, as Saudi schools name the post since 2015 (قائدة المدرسة), or a unit
  'قائدة',
  'القائد',
  // an officer before his rank and name (الضابط في الشرطة …، العقيد فلان،); alone, unnamed (ضابط في
  // الجيش), he stays his body's member (memberOf reads him first)
  'الضابط',
  'الضابطة',
  // a firm's or a project's partner before a name in apposition (الشريك المؤسس للمشروع، فلان،)
  'الشريك',
  'الشريكة',
  'الملك',
  'الملكة',
  // the Saudi king's title: خادم الحرمين الشريفين الملك فلان
  'خادم',
  'الأمير',
  'الأميرة',
  'ولي',
  // a mother by her role before her kunya (ولية الأمر أم فلان, ولية أمر الطالبة أم فلان)
  'ولية',
  'المفوض',
  'المفوضة',
  'المبعوث',
  'المبعوثة',
  'مبعوث',
  'الممثل',
  'الممثلة',
  'ممثل',
  'المحامي',
  'المحامية',
  'الصحفي',
  'الصحفية',
  'الصحافي',
  'الصحافية',
  'الكاتب',
  'الكاتبة',
  'الكاتبين',
  'اللاعب',
  'اللاعبة',
  'لاعب',
  'لاعبة',
  'المدرب',
  'مدرب',
  'الفنان',
  'الفنانة',
  'الممثل',
  'عضو',
  'العضو',
  'عضوة',
  'العضوة',
  // A woman scientist before a field (عالمة الفلك فلانة). Not عالم: without the article it is far more
  // often "the world of" (عالم السياسة, عالم كرة القدم), and with it "the world".
  'عالمة',
  'العالمة',
  'القيادي', // the definite form names a person (القيادي في الحركة، فلان،); قيادي alone is a member (MEMBER_HEADS)
  'القيادية',
  'المرشح',
  'المرشحة',
  'مرشح',
  'الناشط',
  'الناشطة',
  'المعارض', // not المعارضة: also the opposition, a body
  'الفاعل', // Maghrebi news: الفاعل الجمعوي, الفاعل السياسي (an activist)
  'الفاعلة',
  'ناشط',
  'الخبير',
  'الخبيرة',
  'خبير',
  'الباحث',
  'الباحثة',
  'باحث',
  'القاضي',
  'القاضية',
  'المدعي',
  'الإمام',
  'البابا',
  'السيناتور',
  // a woman senator (السيناتورة الديمقراطية عن ولاية كاليفورنيا فلانة)
  'السيناتورة',
  'المرشد',
  'الحاخام',
  'عمدة',
  // a mayor by his post with the article, then his party and his city (العمدة الديمقراطي لمدينة نيويورك فلان)
  'العمدة',
  'محافظ',
  'المحافظ',
  'حاكم',
  'الحاكم',
  // a woman governor of a state (حاكمة ولاية ألاسكا); الحاكمة is mostly the ruling (الأسرة الحاكمة)
  'حاكمة',
  'الوالي',
  'المفتي',
  'الأسقف',
  'البطريرك',
  'الكاردينال',
  'المطران',
  'رئيسي',
  'مؤسس',
  'المؤسس',
  'الأمينة',
  'المنسق',
  'منسق',
  'المنسقة',
  'المسؤول',
  'مسؤول',
  'المسؤولة',
  'مسؤولة',
  // المكلف بالإعلام, المكلفة بالتواصل: the officer in charge of a brief (Maghreb usage)
  'المكلف',
  'المكلفة',
  'الأكاديمي',
  // a woman academic before her university and her name (الأكاديمية في جامعة الملك سعود الدكتورة فلانة);
  // the academy as a body (وقالت الأكاديمية في بيان) is read as it was: the speaker is still its word
  'الأكاديمية',
  'المحلل',
  'محلل',
  'الطبيب',
  'الطبيبة',
  'المخرج',
  'المخرجة',
  'المؤلف',
  'الشاعر',
  'الشاعرة',
  'المغني',
  'المغنية',
  'النجم',
  'النجمة',
  'شقيق',
  'شقيقة',
  'والد',
  'والدة',
  'زوجة',
  'زوج',
  'أرملة',
  // a neighbour, a colleague before a genitive or a pronoun (جاره التركي، فلان، فقال)
  'جار',
  'جارة',
  'ابن',
  'ابنة',
  'نجل',
  'كريمة',
  'القطري',
  'الحاج',
  'الحاجة',
  // kinship words said to an elder as a title, as الحاج is (KINSHIP_TITLES)
  ...KINSHIP_TITLES,
  'المواطن',
  'المواطنة',
  // a voter, in election stories (قالت الناخبة فلانة)
  'الناخب',
  'الناخبة',
  // people of features: a visitor, a scholarship student, a craftsman (ويرى الزائر فلان، وتقول المبتعثة فلانة)
  'الزائر',
  'الزائرة',
  // a pilgrim of the Umrah, in Saudi season stories (وقال المعتمر القادم من مصر فلان)
  'المعتمر',
  'المعتمرة',
  'المبتعث',
  'المبتعثة',
  'الحرفي',
  'الحرفية',
  // a graduate, in graduation stories (وألقى الخريج فلان كلمة الخريجين)
  'الخريج',
  'الخريجة',
  // a shopper, in market and price stories (وتجول المتسوق فلان بين المحلات، وقال)
  'المتسوق',
  'المتسوقة',
  // a patient, in health stories (وقال المريض فلان، الذي …:)
  'المريض',
  'المريضة',
  // a freed prisoner or hostage, with عن and the pronoun (المفرج عنه فلان, المفرج عنها فلانة)
  'المفرج',
  'الشاب',
  'الشابة',
  'الفتاة',
  'الطفل',
  'الطفلة',
  'الطالب',
  'الطالبة',
  'الموظف',
  'الموظفة',
  'المحقق',
  'المراسل',
  'المراسلة',
  'مراسل',
  // the outlet's own correspondent, as BBC, Sky and Al Jazeera write it (مراسلنا في أنطاكيا، فلان)
  'مراسلنا',
  'مراسلتنا',
  'الأب',
  'الراهب',
  'العاهل',
  // in construct with the country (عاهل البحرين), the monarch
  'عاهل',
  'ملكة',
  'سمو',
  'فخامة',
  'معالي',
  'سعادة',
  'جلالة',
  'سيادة',
  'سماحة',
  'فضيلة',
  'صاحب',
  'المدعية',
  'المندوب',
  'مندوب',
  'المندوبة',
  'القنصل',
  'الملحق',
  'الجنرال',
  'الكولونيل',
  'الرقيب',
  'النقيب',
  'الملازم',
  'الشهيد',
  'المعلق',
  'المحرر',
  'رئيس',
  'مخرج',
  'مؤلف',
  'كاتب',
  'أستاذ',
  'عميد',
  // a woman dean (عميدة كلية الطب); العميد, the rank, stays with the ranks
  'عميدة',
  // people of vox-pops, before a name the given-name lexicon may not hold (وقالت المتقاعدة فلانة
  // لمراسل RT, وتقول ربة المنزل أم فلان); those made from ROLES (معلم, سائق, مزارع, مقيم, لاجئ, تاجر,
  // صياد, ممرض: وقال اللاجئ السوري فلان) are titles already
  'المتقاعد',
  'المتقاعدة',
  'ربة',
  'المهاجر',
  'المهاجرة',
  'المسن',
  'المسنة',
  'الأرملة',
  'المشجع',
  'المشجعة',
  // a worker, in labour stories (وقال العامل البنغالي فلان); not عامل alone, a factor (عامل مهم). After a
  // definite noun it is that noun's adjective (PARTICIPLE_TITLES).
  'العامل',
  'العاملة',
  // more people of vox-pops, before a kunya or a name (وقالت المتسوقة أم فلان, listed above, وقال المستأجر أبو
  // فلان, وقالت الجدة أم فلان); the mother herself before her kunya (وقالت الأم أم فلان)
  'المستأجر',
  'المستأجرة',
  'الجزار',
  'الراعي',
  'الجدة',
  'الأم',
  // a specialist by his field before his honorific and his name (المتخصص في الشأن الإيراني الدكتور فلان,
  // المختصة في التغذية فلانة, المهتم بالشأن التاريخي الباحث فلان); after a body's name the participle still
  // ends it (المنظمة المتخصصة في …: DESCRIBING_PARTICIPLES)
  'المتخصص',
  'المتخصصة',
  'المختص',
  'المختصة',
  'المهتم',
  'المهتمة',
  'مفوض',
  'ناطق',
  'الرجل',
  'المرأة',
  'المقاولة',
  'سير',
  'السير',
];

/**
 * Role nouns of news (offices, professions, sports positions, local officials), each written once,
 * masculine and without the article: the lexicon makes four titles of each (مهندس, المهندس, مهندسة,
 * المهندسة), leaving out the forms in ROLE_FORMS_LEFT_OUT.
 */
export const ROLES: readonly string[] = [
  // relations that stand for a title before a name (ونظيره الأميركي فلان, ورد منافسه فلان)
  'نظير',
  'منافس',
  'زميل',
  // offices
  'رئيس',
  'نائب',
  'وزير',
  'وكيل',
  'سفير',
  'قنصل',
  'مدير',
  'مستشار',
  'مفوض',
  'مبعوث',
  'مندوب',
  'ممثل',
  'مقرر',
  'منسق',
  'مسؤول',
  'ناطق',
  'متحدث',
  'مشرف',
  'نقيب', // the head of a syndicate (نقيب المعلمين، فلان); النقيب alone is also a rank (TITLES)
  'مفتش',
  'أمين',
  'سكرتير', // a secretary (السكرتير الدائم للأكاديمية، فلان; سكرتيرة التحرير)
  'أمير',
  // local officials
  'والي',
  'محافظ',
  // law and scholarship
  'محامي',
  'موكل', // a lawyer's client, before her name with a pronoun (المحامي فلان وموكلته فلانة)
  'قاضي',
  'مدعي',
  // …and as news writes them indefinite, the defective ي dropped (قاض في محكمة …, محام عن الأسرة)
  'قاض',
  'محام',
  'محقق',
  'خبير',
  'باحث',
  'مشارك', // a co-author (المشارك في الدراسة، فلان); مشاركة (taking part) is left out
  'محلل',
  'مصرفي', // a banker (مصرفي في بنك محلي)
  'أستاذ',
  'محاضر',
  'مفتي',
  'إمام',
  'خطيب',
  'راهب',
  // professions
  'طبيب',
  'استشاري',
  'أخصائي',
  'اختصاصي',
  'ممرض',
  'مسعف',
  'صيدلي',
  'مهندس',
  'معلم',
  'مدرس',
  'محاسب',
  'صحفي',
  'صحافي',
  'مراسل',
  'مذيع',
  'مقدم', // the presenter of a programme (مقدم البرنامج، فلان); المقدم alone is also a rank (TITLES)
  'إعلامي',
  'مدون',
  'مصور',
  'محرر',
  'كاتب',
  'شاعر',
  'فنان',
  'مخرج',
  'روائي',
  'ناقد',
  'مفكر',
  'مترجم',
  'رسام',
  'نحات',
  'مطرب',
  'مغني',
  'مزارع',
  'فلاح',
  'صياد',
  'تاجر',
  'سائق',
  'بائع',
  'طيار',
  'بحار',
  'قبطان', // a ship's captain (قبطان سفينة الإنقاذ «…»، فلان،)
  'ربان',
  'مقاول',
  'مطور', // a developer (المطور العقاري فلان); المطورة is mostly an adjective (الأراضي المطورة), left out
  'مستثمر',
  'متداول', // a trader on an exchange (قال المتداول في بورصة نيويورك، فلان)
  'متعامل', // …as Gulf copy calls him (قال المتعامل في سوق دبي المالي، فلان)
  'موظف',
  'جندي',
  'شرطي',
  // sports
  'لاعب',
  'مدرب',
  'حارس',
  'مهاجم',
  'مدافع',
  'هداف',
  'عداء',
  'سباح',
  'ملاكم',
  'بطل', // a champion or a film's lead (بطل العالم في الملاكمة، فلان; بطلة الفيلم، الممثلة فلانة)
  // people in the news
  'ناشط',
  'متطوع',
  'مرشح',
  'مواطن',
  'مقيم', // a foreign resident (المقيم الباكستاني فلان, مقيم في الرياض)
  'لاجئ',
  'نازح',
  'ناجي',
  'متظاهر', // a protester (وقال المتظاهر فلان)
  'محتج',
  'مغرد', // a tweeter (وكتب مغرد يدعى فلان, وغردت المغردة فلانة)
];

/**
 * Forms of ROLES that are mostly something else: a body (مؤسسة, محافظة, مدرسة, صيدلية), an activity
 * (مراقبة, محاسبة, محاضرة, سباحة, ملاكمة, مهاجمة, الفلاحة), a first name (أمينة, أميرة, ناجي, ناجية: a
 * survivor is الناجي with the article), a verb (طالب) or a common noun (مقدمة, an introduction or the front).
 */
export const ROLE_FORMS_LEFT_OUT: readonly string[] = [
  'مطورة',
  'المطورة',
  'منافسة',
  'المنافسة',
  'محافظة',
  'المحافظة',
  'مدرسة',
  'المدرسة',
  'صيدلية',
  'الصيدلية',
  'محاسبة',
  'المحاسبة',
  'محاضرة',
  'المحاضرة',
  'سباحة',
  'السباحة',
  'ملاكمة',
  'الملاكمة',
  'مهاجمة',
  'المهاجمة',
  'فلاحة',
  'الفلاحة',
  'طيارة',
  'الطيارة',
  'أمينة',
  'أميرة',
  'إمامة',
  'الإمامة',
  'ناجي',
  'ناجية',
  'مقدمة',
  'المقدمة',
  'مشاركة',
  'المشاركة',
  'متداولة', // circulating (الفتاوى المتداولة), an adjective far more than a woman trader
  'المتداولة',
];

/**
 * Heads of bodies in the plural that speak as one (نقابات المزارعين, منظمات الإغاثة): heads of bodies
 * (ORGANISATIONS) and plurals of bodies after ل (BODY_PLURALS), both lists built with them.
 */
export const ORGANISATION_PLURALS: readonly string[] = ['نقابات', 'جمعيات', 'اتحادات', 'منظمات', 'هيئات'];

/**
 * Heads of the names of bodies. A quoted span right after one of them (`صحيفة «الأهرام»`,
 * `لقناة "أن بي سي"`) is a name, not speech; as a subject they start the name of an organisation.
 */
export const ORGANISATIONS: readonly string[] = [
  'إدارة',
  // a command, in construct with the forces it commands (قيادة قوات التحالف, قيادة حرس الحدود)
  'قيادة',
  'مديرية', // a directorate (المديرية العامة للأمن الوطني); also a district in Yemen, named like a body
  'تنظيم',
  'حركة',
  'حزب',
  'جماعة',
  // a guard: خفر السواحل الإيطالي, حرس الحدود, الحرس الوطني, the body and its adjective of origin
  'خفر',
  'حرس',
  'منظمة',
  'صحيفة',
  'جريدة',
  'مجلة',
  'وكالة',
  'قناة',
  'محطة',
  'إذاعة',
  'شبكة',
  'موقع',
  'منصة',
  'تلفزيون',
  'راديو', // راديو سوا, راديو مونت كارلو
  'استوديو', // a channel's studio or a production house (المحلل في استوديو بي إن سبورتس، فلان)
  'استديو',
  'هيئة',
  'شركة',
  'مؤسسة',
  'جمعية',
  'رابطة',
  'اتحاد',
  'نادي',
  'فريق',
  // a national side (منتخب مصر, لمنتخب فرنسا), also "elected" after a post (الرئيس المنتخب)
  'منتخب',
  'مجموعة',
  'مجلس',
  'لجنة',
  // heads of forums, coordinations, observatories, initiatives and chambers (ملتقى الشباب الخليجي,
  // منتدى الرياض الاقتصادي, تنسيقية الأحزاب المعارضة, مرصد الأزهر, مبادرة الإصلاح العربي, غرفة الشرقية)
  'ملتقى',
  'منتدى',
  'تنسيقية',
  'مرصد',
  'مبادرة',
  'غرفة',
  'مفوضية',
  'بعثة',
  'مديرية',
  'وزارة',
  'مكتب',
  'قسم',
  'مركز',
  'معهد',
  'كرسي', // a university's research chair, as Saudi papers name it (كرسي أبحاث المياه بجامعة الملك سعود)
  'أكاديمية',
  'جامعة',
  'بنك',
  'مصرف',
  'محكمة',
  'جبهة',
  'تحالف',
  'ائتلاف',
  'كتائب',
  'سرايا',
  'ألوية',
  'لواء',
  'فصائل',
  'فصيل',
  'ميليشيا',
  'مليشيا',
  'قوات',
  // forces that speak as one body (قوى الأمن الداخلي, قوى الحرية والتغيير), as قوات do
  'قوى',
  'جيش',
  'شرطة',
  'سلطة',
  'دائرة',
  'برلمان',
  'حكومة',
  'بلدية',
  // a Saudi municipality (أمانة منطقة الرياض, أمانة محافظة جدة), called back as الأمانة
  'أمانة',
  'سفارة',
  'قنصلية',
  // a state's cultural or military attaché office abroad (الملحقية الثقافية السعودية في واشنطن)
  'ملحقية',
  // a customs post, by the port or crossing it serves (جمرك جسر الملك فهد, جمرك ميناء جدة الإسلامي)
  'جمرك',
  'نقابة',
  // bodies in the plural, in construct with their members or field (نقابات المزارعين, جمعيات حماية
  // المستهلك, اتحادات العمال, منظمات الإغاثة, هيئات الإغاثة): one speaker, the group of bodies
  ...ORGANISATION_PLURALS,
  'كتلة',
  'تيار',
  'صندوق',
  'برنامج',
  'مستشفى',
  'مطار',
  'ملعب',
  'سجن',
  'مخيم',
  'مدينة',
  'بلدة',
  'قرية',
  'منطقة',
  // a state, as its city is (الحاكم السابق لولاية فلوريدا فلان): the state's name is the title's, the name
  // after it the holder's
  'ولاية',
  'حي',
  'شارع',
  'ساحة',
  'مسجد',
  'كنيسة',
  'مدرسة',
  'صفحة',
  'حساب',
  'تطبيق',
  'فندق',
  'مطعم',
  'مسرح',
  // a museum and a religious authority, named by a plain name and a field (متحف جينتشو للحفريات) or an
  // adjective and its seat (المرجعية الدينية في النجف)
  'متحف',
  'مرجعية',
  'دار',
  'وسائل',
  'مصادر',
  'مصدر',
  'الكرملين',
  'البنتاغون',
  'البيت',
  'الخارجية',
  'الرئاسة',
  'رئاسة', // in construct: رئاسة الجمهورية, رئاسة الوزراء
  'الحكومة',
  'الشرطة',
  // a directorate of affairs by its field, with the article, and where it serves (الشؤون الصحية بالحرس
  // الوطني, الشؤون الصحية بمحافظة جدة)
  'الشؤون',
  'فرع', // a branch in construct with its body (فرع وزارة التجارة بمنطقة مكة المكرمة)
  'النيابة', // a prosecution service (النيابة العامة, النيابة الفيدرالية البلجيكية)
  'نيابة',
  'الجيش',
  'الوزارة',
  'المحكمة',
  'اللجنة',
  'الهيئة',
  'الصحيفة',
  'الوكالة',
  'القناة',
  'الحركة',
  'الحزب',
  'الجماعة',
  'المنظمة',
  'المجلس',
  'الاتحاد',
  'الفصائل',
  'مسؤولون',
  'مسؤولين',
  'المسؤولون',
  'خبراء',
  'الخبراء',
  'رؤساء',
  'قادة',
  'زعماء',
  'بعض',
  'شهود',
  'سكان',
  'ناشطون',
  'مواقع',
  'المواقع',
  'لجان',
  'بيان',
  'البيان',
  'تقرير',
  'التقرير',
];

/**
 * Heads of a body named by its field (الشؤون الصحية بمحافظة جدة), in ORGANISATIONS, which are also the
 * plain noun of a field (التعاون في الشؤون الأمنية, وزارة الشؤون الإسلامية): a body's head only when
 * it starts the phrase, not after a preposition nor in construct after another body's head.
 */
export const FIELD_BODY_HEADS: readonly string[] = ['الشؤون'];

/**
 * Nouns that introduce a name, a title or a term rather than speech: a quote right after them is
 * narration (`بطولة «…»`, `مشروع «…»`, `عملية «…»`, `تحت شعار «…»`, `مسرحية «…»`, `هاشتاغ «…»`).
 */
export const NAMING_NOUNS: readonly string[] = [
  'الملقب',
  'الملقبة',
  'المعروف',
  'المعروفة',
  'المكنى',
  'بطولة',
  'كأس',
  'دوري',
  'مهرجان',
  'فعاليات', // the events of a festival or a season by its name (ضمن فعاليات «أبها تبهج»)
  'معرض',
  'مؤتمر',
  'منتدى',
  'مشروع',
  'عملية',
  'حملة',
  'مبادرة',
  'اتفاق',
  'اتفاقية',
  'خطة',
  'قانون',
  'مسرحية',
  'فيلم',
  'مسلسل',
  'كتاب',
  'كتيب', // a booklet, as health and awareness campaigns hand out (كتيب «صحتك في رمضان»)
  'مذكرات', // memoirs (في مذكراته «…»)
  'رواية',
  'ديوان',
  'قصيدة',
  'قصائد',
  'أغنية',
  'لافتة',
  'لافتات',
  'يافطة',
  'ألبوم',
  'برنامج',
  'اسم',
  'عنوان',
  'بعنوان',
  'شعار',
  // a chant named as a slogan is (وردد أنصاره هتاف «…»): its words are no one's speech
  'هتاف',
  'هتافات',
  'لقب',
  'هاشتاغ',
  'وسم',
  'مصطلح',
  'كلمة',
  'عبارة',
  'مقولة',
  'ملف',
  'قضية',
  'تهمة',
  'تهم',
  'جنحة',
  'جناية',
  'مسابقة',
  'قائمة', // a list by its name: an electoral list, a blacklist (قائمة «معا من أجل نعم», على قائمة «…»)
  'جائزة',
  'وثيقة',
  'صفقة',
  'تطبيق',
  'بوابة', // a portal, a platform (بوابة «جدارة», منصة «طاقات»)
  'منصة',
  'مناورات', // a military exercise (مناورات «درع الاتحاد», تمرين «سيف عبدالله»)
  'مناورة',
  'تمرين',
  'هاتف', // a phone model (هاتفها الجديد «غالاكسي نوت 5»)
  'جهاز', // a device, and a security body (جهاز «الموساد»)
  'طراز', // a model (طراز «…»)
  'موديل', // a model year or a make's model (الموديل «…»)
  'رقم', // a number given to call, a hotline (خصصت الرقم «…», رقم الطوارئ «…»)
  'رمز', // a code (الرمز «…»)
  'رحلة', // a flight by its number (الرحلة «…»)
  'مسبار', // a space probe (المسبار «…»)
  // (not تجربة nor مسودة: an experience or a draft is described after it far more often than named,
  // تجربة «قاسية», مسودة «لا تلبي المطالب», in words describesHead does not all tell)
  'حاملة', // a carrier (حاملة الطائرات «…»)
  'خدمة', // a named service (خدمة «…»), as a portal
  'باقة', // a package of services (باقة «…»)
  'صنف', // a variety (أصناف «السكري» و«الخلاص»)
  'أصناف',
  'امتياز', // an oil or gas concession (امتياز «شروق»), as a field (حقل «ظهر»)
  'حقل',
  'مبدأ',
  'نظرية',
  'فيروس', // a virus and its short name (بفيروس كورونا «ميرس», فيروس «زيكا»)
  'متلازمة', // a syndrome (متلازمة الشرق الأوسط التنفسية «ميرس»)
  'مرض', // a disease (مرض «جنون البقر»)
  'آلية', // a mechanism (ضمن آلية «ريسك إي يو»)
  'قمر', // a moon or a satellite (القمر «أوروبا», قمر «عربسات»)
  'مقال',
  'مقالة',
  'دورية',
  'سفينة',
  'مسيرة',
  'جمعة',
  'عيد',
  'يوم',
  'ليلة',
  'مقر',
  'فندق',
  'مطعم',
  'مسرح',
  'مجمع',
  'سوق',
  'شارع',
  'حي',
  'ساحة',
  'ميدان',
  'معبر',
  'جسر',
  'قاعدة',
  'ثكنة',
  'صاروخ',
  'طائرة',
  'مروحية',
  'دبابة',
  'منظومة',
  'نظام',
  'صحيفتي',
  'مركز',
  'لوحة',
  'معزوفة',
  'مقطع',
  'فيديو',
  'تغريدة',
  'صورة',
  'بوست',
  'منشور',
  'تسمية',
  'ماركة',
  'علامة',
  'محلة',
  'مجموعة',
  'شركتي',
  'اسمه',
  'اسمها',
  'يدعى',
  'تدعى',
  'المسماة',
  'المسمى',
  'المعروف',
  'المعروفة',
  'بـ',
  'ب',
  'مسمى',
  'تسمى',
  'يسمى',
  'يلقب', // a nickname (الذي يلقب بـ«…»), as الملقب
  'تلقب',
  'إعصار', // a storm is named (الإعصار «…», العاصفة الاستوائية «…»)
  'عاصفة',
  'مادة', // a school subject or a substance by its name (مادة «التربية الوطنية»)
  'سمى',
  'سمت',
  'أسمى',
  'أسمت',
  'يسمي',
  'تسمي',
  'عنون',
  'عنونه',
  'عنونها',
  'عنونت',
  'يعنون',
  'تعنون',
];

/**
 * Nouns of things known by a name in quotes, read only by the naming nouns' rules of kind (KIND_NAMING_SET:
 * the quote right after them, الكويكب «فيستا», مسار «درب زبيدة»), not by the readers of NAMING_SET that
 * look for a named thing anywhere near a quote: مسار is as often a course that a speaker's words go on
 * to describe (أما المسار الثاني فهو مسار وقف إطلاق النار، وبموجبه «…»).
 */
export const KIND_ONLY_NAMING_NOUNS: readonly string[] = ['كويكب', 'مذنب', 'مسار'];

/**
 * Places and media in the plural or the dual, each then named in quotes right after the noun (في مناطق
 * «فيا رياض» و«البوليفارد», منطقتي «…» و«…», صحف «…» و«…»), and a satellite channel (عبر فضائية «…»);
 * read only right before the mark, never as a body's head (قناة الجزيرة الفضائية is one name).
 */
export const PLURAL_NAMED_HEADS: readonly string[] = [
  ...['مناطق', 'منطقتي', 'مدن', 'مدينتي', 'أحياء', 'ملاعب', 'فنادق', 'مطاعم', 'مسارح'],
  ...['قنوات', 'صحف', 'منصات', 'تطبيقات', 'فضائية'],
];

/**
 * Nouns of animals known by a name in quotes (الأسد «…», الكلب البوليسي «…», للفيل «…»): the naming
 * nouns' rules of kind read them too (KIND_NAMING_SET), but not the readers of NAMING_SET that look
 * for a work or a named thing anywhere near a quote (clauseInTurn's look-back, a place's or a title's
 * reading), since أسد is also a family name (الأسد), a man's given name and a word of praise (أسود
 * الرافدين), and نمر or فيل are surnames too.
 */
export const ANIMAL_NOUNS: readonly string[] = [
  'أسد',
  'لبؤة',
  'نمر',
  'دب',
  'فيل',
  'كلب',
  'حصان',
  'غوريلا',
  'حوت',
  'دلفين',
  'بعوض', // a mosquito by its species' name (ينقله بعوض «الزاعجة المصرية»)
  'بعوضة',
];

/**
 * Nouns of places that armies and agencies report by a quoted name: a checkpoint (حاجز, and كمين as
 * Egyptian news calls an army checkpoint), a mountain (جبل). Also common nouns with a description after
 * them (كمين «محكم», جبل «من الديون»), so only a name-shaped quote follows them as a name (isNamed).
 */
export const PLACE_NAMING_NOUNS: readonly string[] = ['حاجز', 'كمين', 'جبل'];

/**
 * Nouns of a rank, a level or a category, which take the name of the level in quotes (مستوى «الإنذار
 * البرتقالي», الدرجة «الحمراء», فئة «المهددة بالانقراض»), but as often an adjective that the speaker
 * gives (مستوى «مقلق», درجة «خطيرة»): only a quote that opens with the article is a level's name.
 */
export const LEVEL_NOUNS: readonly string[] = ['مستوى', 'درجة', 'مرتبة', 'فئة', 'تصنيف'];

/**
 * The states an authority declares by name after حالة (حالة «الطوارئ القصوى», في حالة «الإنذار
 * البرتقالي», حالة «التأهب القصوى»): a closed class of alerts. After حالة any other quote is a state the
 * speaker describes in his own words (حذر من حالة «الاحتقان الشديد» التي …), not a name.
 */
export const DECLARED_STATE_NOUNS: readonly string[] = [
  'طوارئ',
  'تأهب',
  'إنذار',
  'استنفار',
  'كارثة',
  'حصار',
  'حرب',
];

/**
 * Nouns of goods sold under a brand, which take the plain noun of what they are in construct and then
 * the brand in quotes (منتج طحينة «…», عبوات مياه «…», سيارات جيب «…», مستحضر تجميل «…»).
 */
export const GOODS_NOUNS: readonly string[] = [
  'منتج',
  'منتجات',
  'عبوة',
  'عبوات',
  'علبة',
  'علب',
  'مستحضر',
  'مستحضرات',
  'مشروب',
  'مشروبات',
  'مسحوق',
  'سيارة',
  'سيارات',
  'أجهزة',
  'هواتف',
  'ماركة',
  'علامة',
];

/** Nouns of apps and programs, named in quotes after the devices they run on (تطبيقها على الهواتف الذكية «…»). */
export const APP_NOUNS: readonly string[] = ['تطبيق', 'برنامج', 'لعبة'];

/** Devices and stores an app runs on, after على or في (تطبيقها على الهواتف الذكية «…»), without the article. */
export const DEVICE_NOUNS: readonly string[] = [
  ...['هواتف', 'هاتف', 'أجهزة', 'جهاز', 'جوال', 'جوالات', 'حواسيب', 'حاسوب', 'كمبيوتر', 'آيفون'],
  ...['متجر', 'متاجر', 'أندرويد', 'إنترنت', 'شبكة', 'منصات'],
];

/**
 * Plurals of things known by a name, whose examples follow مثل in quotes (تطبيقات مثل «فايبر» و«تانغو»,
 * مواقع التواصل مثل «تويتر»), also in the accusative (صحفا مثل «…»).
 */
export const NAMED_CLASS_NOUNS: readonly string[] = [
  'تطبيقات',
  'مواقع',
  'منصات',
  'شبكات',
  'برامج',
  'قنوات',
  'صحف',
  'مجلات',
  'شركات',
  'علامات',
  'ماركات',
  'منتجات',
  'أجهزة',
  'هواتف',
  'أفلام',
  'مسلسلات',
  'ألعاب',
  'خدمات',
  'حملات',
  'مبادرات',
  'أندية', // bodies known by a name too (الأندية مثل «الهلال», جماعات مثل «داعش»)
  'جماعات',
  'تنظيمات',
  'فصائل',
  'أحزاب',
  'أصناف', // varieties and kinds (أصنافا عدة من التمور، أبرزها «…»)
  'أنواع',
  'أسماء',
  'مهرجانات',
  'فرق',
  'منتخبات',
  'فئات',
  'أدوية',
  'فيروسات',
  'وسوم',
];

/**
 * Words that pick examples out of a class of named things before them (أصنافا عدة من التمور، أبرزها
 * «…», فرقا عدة، منها «…»): the quotes after them are names.
 */
export const LIST_OPENERS: readonly string[] = [
  ...['أبرزها', 'وأبرزها', 'أشهرها', 'وأشهرها', 'أهمها', 'وأهمها', 'منها', 'ومنها', 'بينها'],
];

/** Words of what comes next in a ranking (تصدر «…» القائمة، يليه «…»): the next name of the list. */
export const RANK_FOLLOWERS: readonly string[] = [
  ...['يليه', 'ويليه', 'يليها', 'ويليها', 'تليه', 'وتليه', 'تليها', 'وتليها', 'ثم'],
  ...['تلاه', 'وتلاه', 'تلاها', 'وتلاها', 'تلته', 'وتلته', 'تلتها', 'وتلتها'],
];

/** Elatives that pick the first of a class (أبرز الأصناف «…», أشهر البرامج «…»). */
export const CLASS_ELATIVES: readonly string[] = ['أبرز', 'أشهر', 'أهم', 'أكثر'];

/** Works that hear a speaker like an outlet, after ل and their name in marks (لبرنامج «…»: a broadcast). */
export const HEARD_WORKS: readonly string[] = ['برنامج'];

/**
 * Verbal nouns of founding a body (وتشكيل «المجلس الوطني …», تأسيس «الائتلاف …»): a quote right after them
 * that opens with a body's head is the new body's name.
 */
export const FOUNDING_NOUNS: readonly string[] = ['تشكيل', 'تأسيس', 'إنشاء', 'إطلاق', 'تدشين'];

/** Naming nouns that are also verbal nouns (تطبيق: an app, and applying a rule), which a cue may govern. */
export const ACT_NAMING_NOUNS: readonly string[] = ['تطبيق'];

/** Verbs of being known as, before بـ and a name (ما يعرف بـ«…», التي تعرف بـ«…»). */
export const KNOWN_AS_VERBS: readonly string[] = ['يعرف', 'تعرف', 'عرف', 'عرفت', 'يعرفون'];

/** Complementisers: after a cue, a clause of reported (indirect) speech begins. */
export const COMPLEMENTISERS: readonly string[] = [
  'إن',
  'أن',
  'بأن',
  'لأن',
  'إنه',
  'أنه',
  'بأنه',
  'إنها',
  'أنها',
  'بأنها',
  'إنهم',
  'أنهم',
  'بأنهم',
  'إنهما',
  'أنهما',
  'بأنهما',
  'إنني',
  'أنني',
  'بأنني',
  'إني',
  'أني',
  'بأني',
  'إننا',
  'أننا',
  'بأننا',
  'إنا',
  'أنا',
  'إنك',
  'أنك',
  'إنهن',
  'أنهن',
  'كون',
  'بكون',
  'فإن',
  'وإن',
  'فإنه',
  'فإنها',
  'فإنهم',
  'وأن',
  'وأنه',
  'وأنها',
];

/**
 * How someone says it, ب and a noun of feeling or of voice, between the cue and what is said (وتضيف
 * بحسرة «…», يروي فلان بحسرة أن …, ويتابع بصوت منخفض: «…»): never a name, and no word of what is said.
 * A noun of voice takes one adjective after it (VOICE_MANNERS).
 */
export const MANNER_PHRASES: readonly string[] = [
  ...['بحسرة', 'بحزن', 'بمرارة', 'بألم', 'بأسى', 'بأسف', 'بحرقة', 'بفخر', 'بثقة', 'بهدوء', 'بغضب'],
  ...['بحماس', 'بابتسامة', 'بتأثر', 'بانفعال', 'بسخرية', 'بصراحة', 'بصوت', 'بلهجة', 'بنبرة'],
  // …and of firmness, clarity and care, as news writes them after a titled subject (قالها الوزير بحزم,
  // يقول الرئيس التنفيذي بوضوح إن …): verbal nouns with ب, none of them a name
  ...['بحزم', 'بوضوح', 'بصرامة', 'بشدة', 'بإصرار', 'بجدية', 'بحذر', 'بتفاؤل', 'بقلق', 'بدهشة'],
  ...['بارتياح', 'بامتعاض', 'بانزعاج', 'بعصبية', 'بتواضع', 'باقتضاب', 'بإيجاز', 'بلطف', 'بحدة'],
  // …and of force and ease (رد الإيطالي بقوة على …, وقال ماسك ببساطة إن …)
  ...['بقوة', 'ببساطة', 'بشجاعة', 'بسرعة', 'بدقة'],
];

/** The nouns of voice among MANNER_PHRASES, which an adjective follows (بصوت منخفض, بنبرة حادة). */
export const VOICE_MANNERS: readonly string[] = ['بصوت', 'بلهجة', 'بنبرة'];

/** Words that end a subject noun phrase after a cue verb (prepositions, adverbs of time, conjunctions). */
export const SUBJECT_STOPS: readonly string[] = [
  // "addressing", the ḥāl of turning one's words to someone (وأضاف فلان موجها كلامه للصحفيين, متوجها
  // إلى رئيس الحكومة): how the speaker spoke, never a word of his name
  ...['موجها', 'موجهة', 'متوجها', 'متوجهة'],
  // "as follows" before what is said (وقال فلان كالتالي:): no word of a name
  'كالتالي',
  'كالآتي',
  // the passive's auxiliary (تم سؤال فلان, يتم تعيين …): no word of a name
  'تم',
  'وتم',
  'يتم',
  'ويتم',
  // who a description is: أحد السكان، ويدعى أبو محمود (see IDENTIFYING in subject.ts)
  'ويدعى',
  'وتدعى',
  'واسمه',
  'واسمها',
  // the predicate after a name (فلانة واحدة من آلاف المنتظرين): no name goes on with "one"
  'واحد',
  'واحدة',
  'في',
  'إزاء',
  'تجاه',
  // against, in regard to: a verb's complement (أعلن الجيش انتهاء العملية ضد إيران, فرض عقوبات بحق تركيا),
  // no name goes on through them
  'ضد',
  'بحق',
  'حيال',
  'على',
  'عن',
  'إلى',
  'الى',
  'من',
  'مع',
  'خلال',
  'إبان',
  'كان',
  'وكان',
  'كانت',
  'وكانت',
  // كان's sisters before the sentence's subject (أصبح فلان …, وبات الفريق …, وظل الوزير …): the verb,
  // no word of the name after it
  // (not بات alone, a foreign given name: قائد المنتخب بات كامينز)
  ...['أصبح', 'وأصبح', 'أصبحت', 'وأصبحت', 'وبات', 'باتت', 'وباتت', 'ظل', 'وظل', 'ظلت', 'وظلت'],
  ...['صار', 'وصار', 'صارت', 'وصارت', 'أمسى', 'وأمسى', 'أضحى', 'وأضحى'],
  // "especially", before one of a group named (اللاعبين وخاصة فلان, ولاسيما فلان): no word of a name
  // (not خاصة alone, "private" after a noun: مصادر خاصة; nor سيما alone, a given name: سيما بحوث)
  ...['وخاصة', 'خصوصا', 'وخصوصا', 'لاسيما', 'ولاسيما'],
  'ابان',
  'أمام',
  // inside, outside, as أمام (وقف فلان داخل قفص الاتهام وقال)
  'داخل',
  'خارج',
  // without, on condition of: an exception or a condition after the subject or the outlet it speaks to
  // (وقال فلان دون تردد, تحدث لـ«…» شريطة عدم نشر اسمه، بشرط عدم ذكر اسمه): a preposition or a noun of
  // condition that only opens a clause, no name (بلا, which bodies' names hold, أطباء بلا حدود, ends a
  // person's name in readSubjectPhrase)
  'دون',
  'بدون',
  'شريطة',
  'شرط',
  'بشرط',
  // under, above, even: the clause goes on (وكتبت النائبة تحت الصورة, حتى لتخالها), no name starts there
  'تحت',
  'فوق',
  'حتى',
  // the negating noun (أكد فلان لصحيفة «…»، عدم صحة الأنباء; واعترف المدرب بعدم رضاه): it opens the verb's
  // object, never a name
  'عدم',
  // the nouns of existing and occurring (نفت الوزارة وجود …, وأقر البيان بوجود ما قال إنه خطأ, اعترف
  // بحدوث تأخير, بوقوع أخطاء): the verb's complement, never a name's word
  'وجود',
  'حدوث',
  'وقوع',
  'حصول',
  'لدى',
  'عبر',
  'حول',
  'بعد',
  'قبل',
  'منذ',
  'حيث',
  'و',
  'ثم',
  'أو',
  'لكن',
  'لكنه',
  'ولكن',
  'الذي',
  'التي',
  'الذين',
  'اللذين',
  'اللتين',
  'كما',
  'ظهر',
  'فجر',
  'غداة',
  'عقب',
  'إثر',
  'اثر',
  'لدي',
  'بشأن',
  'حين',
  'يوم',
  'سابقا',
  'لاحقا',
  'هذا',
  'هذه',
  'ذلك',
  'تلك',
  'هنا',
  'هناك',
  'إذ',
  'إذا',
  'لو',
  'ما',
  'لا',
  'لم',
  'لن',
  'قد',
  'بل',
  'ل',
  'لـ',
  'بهذا',
  'بهذه',
  'بذلك',
  'بدوره',
  'بدورها',
  'نفسه',
  'نفسها',
  'أنفسهم',
  'تعليقا',
  'ردا',
  'بيان',
  'تصريح',
  'تصريحات',
  'حديث',
  'مقابلة',
  'كلمة',
  'مؤتمر',
  'بينما',
  'فيما',
  'وسط',
  'بعدما',
  'عندما',
  'قائلا',
  'مضيفا',
  'بالقول',
  'بحسب',
  'وفق',
  'وفقا',
  'حسب',
  'نقلا',
  'لوكالة',
  'لصحيفة',
  'لقناة',
  'لموقع',
  'لشبكة',
  'لإذاعة',
  'لتلفزيون',
  'لمجلة',
  'لجريدة',
  'أثناء',
  'اثناء',
  'بين',
  'عند',
  'بعيد',
  'إن',
  'أن',
  'له',
  'لها',
  'لهم',
  'لهما',
  'لنا',
  'لي',
  'لك',
  'عليه',
  'عليها',
  'عليهم',
  'فيه',
  'فيها',
  'فيهم',
  'منه',
  'منها',
  'منهم',
  'عنه',
  'عنها',
  'عنهم',
  'إليه',
  'إليها',
  'إليهم',
  'إياه',
  'إياها',
  'إياهم',
  'معه',
  'معها',
  'معهم',
  'به',
  'بها',
  'بهم',
  'لديه',
  'لديها',
  'هو',
  'هي',
  'هم',
  'نحن',
  'أنا',
  'وبالتالي',
  'بالتالي',
  'استنادا',
  'وفي',
  'وعلى',
  'ومن',
  'وعن',
  'قوله',
  'قولها',
  'قولهم',
  'قولهما',
  // an age after the subject (المهاجم البالغ من العمر 24 عاما): a description, never part of a name
  'البالغ',
  'البالغة',
  // the manner of speaking after the subject (وأضاف فلان ممازحا:): a circumstantial participle, no name
  'ممازحا',
  'ممازحة',
  'مازحا',
  'مازحة',
  'مبتسما',
  'مبتسمة',
  'ضاحكا',
  'ضاحكة',
  'ساخرا',
  'ساخرة',
  'متهكما',
  'متهكمة',
  'غاضبا',
  'غاضبة',
  'منفعلا',
  'منفعلة',
  'متأثرا',
  'متأثرة',
  'باكيا',
  'باكية',
];

/** Words after which a subject phrase is a pronoun continuation: `ومن جهته`, `بدوره`. */
export const TURN_MARKERS: readonly string[] = [
  'جهته',
  'جهتها',
  'جانبه',
  'جانبها',
  'بدوره',
  'بدورها',
  'ناحيته',
  'ناحيتها',
];

/**
 * Adverbs of place that open a sentence's adverbial before its verb and subject (وأمام صراف آلي في
 * وسط أثينا، وقف فلان …): where the person stood, never who; the verb and its subject follow the comma.
 */
export const PLACE_ADVERBS: readonly string[] = [
  'أمام',
  'خلف',
  'وراء',
  'قرب',
  'داخل',
  'خارج',
  'فوق',
  'تحت',
  'وسط',
  'بجوار',
  'بجانب',
  'قبالة',
  // …and the accusative adverbs of distance, with من or عن and a pronoun (وبعيدا منه، كانت فلانة …,
  // وقريبا منها، تجلس …, وبالقرب من الخيمة، يقف …)
  'بعيدا',
  'قريبا',
  'بالقرب',
];

/**
 * Nouns of a span of time that a qualifier after them makes an adverb (العام الماضي, الشهر المقبل,
 * السنة الجارية), and those qualifiers: after a verb, the pair says when, never who (حذرت الشهر الماضي
 * من …, أكدت العام الماضي أن …). A qualifier after any other word (الرئيس الحالي) is no time.
 */
export const QUALIFIED_TIME_NOUNS: readonly string[] = [
  'الشهر',
  'الأسبوع',
  'العام',
  'السنة',
  'الموسم',
  'الصيف',
  'الشتاء',
  'الربيع',
  'الخريف',
];
/**
 * The months of the calendar as the Arab press writes them (the Egyptian and Gulf names, the Levantine and
 * Iraqi ones, the Maghrebi spellings, and the Hijri months): a closed class. After في, with a day's
 * number or a qualifier (في فبراير الماضي, في 12 مارس الجاري), they say when, never a word of a name.
 */
export const MONTHS: readonly string[] = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'ابريل',
  'مايو',
  'يونيو',
  'يونيه',
  'يوليو',
  'يوليه',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
  'جانفي',
  'فيفري',
  'أفريل',
  'ماي',
  'جوان',
  'جويلية',
  'أوت',
  'شباط',
  'آذار',
  'نيسان',
  'أيار',
  'حزيران',
  'تموز',
  'آب',
  'أيلول',
  'كانون',
  'تشرين',
  'محرم',
  'ربيع',
  'جمادى',
  'رجب',
  'شعبان',
  'رمضان',
  'شوال',
];

export const TIME_QUALIFIERS: readonly string[] = [
  'الماضي',
  'الماضية',
  'المقبل',
  'المقبلة',
  'الجاري',
  'الجارية',
  'القادم',
  'القادمة',
  'الحالي',
  'الحالية',
  'المنصرم',
  'المنصرمة',
];

/**
 * Women's given names that are also masculine nouns news uses as stop words (صباح morning, بيان
 * statement, فجر dawn, وعد promise): a name only where a woman stands, after a feminine verb or title,
 * since the noun itself takes قال (see isWomansNameWord in subject.ts).
 */
export const WOMEN_NAMES_MASCULINE_WORDS: readonly string[] = ['صباح', 'بيان', 'فجر', 'وعد'];

/**
 * Words after صباح or فجر that keep it the time of day, besides the time adverbs (صباح أول أمس, صباح
 * باكر, صباح هذا اليوم, فجر الغد): a demonstrative or a day's rank, never a family name.
 */
export const PART_OF_DAY_QUALIFIERS: readonly string[] = [
  'أول',
  'باكر',
  'الباكر',
  'الغد',
  'غد',
  'هذا',
  'ذلك',
];

/**
 * Adjectives of a statement or a promise after بيان or وعد (بيان صادر عن, بيان مشترك, وعد رسمي): the
 * document, named by its gender-blind adjective, never a woman's family name.
 */
export const DOCUMENT_QUALIFIERS: readonly string[] = [
  'صادر',
  'الصادر',
  'مشترك',
  'المشترك',
  'رسمي',
  'الرسمي',
  'صحفي',
  'الصحفي',
  'ختامي',
  'الختامي',
];

/** Time adverbs that may stand between a verb and its subject (أعلن أمس وزير …); they end a name too. */
export const TIME_ADVERBS: readonly string[] = [
  'أمس',
  'اليوم',
  'الليلة',
  'الأحد',
  'الاثنين',
  'الإثنين',
  'الثلاثاء',
  'الأربعاء',
  'الخميس',
  'الجمعة',
  'السبت',
  'مساء',
  'صباح',
  'مؤخرا',
  // the head of a time phrase (قال الوزير الأسبوع الماضي إن …); not العام, which ends titles (الأمين العام)
  'الأسبوع',
  'الشهر',
  'أيضا',
  'كذلك',
  'الآن',
  // adverbs of manner that stand between a verb and its subject or object as time words do
  'حرفيا',
  'رسميا',
  'شخصيا',
  'علنا',
  'صراحة',
  'مجددا',
  'مرارا',
  'مرة', // مرة أخرى, مرة ثانية after a name (يقول فلان مرة أخرى)
  'دائما',
  'هاتفيا', // قال فلان هاتفيا: how he was reached, after a title alone too (المقيم الباكستاني هاتفيا)
  // the head of a time phrase after a name (قال فلان ليلة أمس) and adverbs of a time gone (قال السفير آنذاك)
  'ليلة',
  'آنذاك',
  'حينذاك',
  'وقتذاك',
  // …and the same with a pronoun for the time the article told of (أوضح متحدثها المقدم فلان حينها أن)
  'حينها',
  'وقتها',
  'يومها',
  // …and a time told only as once, before or after (وقال فيها يوما «…», كما صرح سابقا)
  'يوما',
  'سابقا',
  'لاحقا',
];

/**
 * Indefinite nouns, besides the heads of bodies (ORGANISATIONS, checked first), that names of offices
 * and bodies govern with ل (المجلس الوطني لحقوق الإنسان,
 * الأمين العام للمجلس التنفيذي لإمارة دبي, مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية): after ل they
 * carry the title on, where a person's name that starts with ل (ليلى, لينا) would end it.
 */
export const GENITIVE_NOUNS: readonly string[] = [
  'كرة',
  // sports fields of two words (الجامعة الملكية المغربية لألعاب القوى, الاتحاد الدولي لرياضة السيارات)
  'ألعاب',
  'رياضة',
  'رياضات',
  'حقوق',
  'شؤون',
  'تنسيق',
  'مكافحة',
  'إغاثة',
  'تشغيل',
  'رعاية',
  'تنمية',
  'دراسات',
  'بحوث',
  'أبحاث',
  'إمارة',
  'ولاية',
  'محافظة',
  'حماية',
  'دعم',
  'مراقبة',
  'إعادة',
  // a body's field after its quoted name (مشروع «…» لصون المخطوطات, مركز «…» لتوثيق التراث)
  ...['صون', 'حفظ', 'تأهيل', 'توثيق', 'تطوير', 'تعزيز', 'رصد', 'إنقاذ'],
  // a region a body's office serves (المديرة الإقليمية للمنظمة لشرق المتوسط, المكتب الإقليمي لشمال أفريقيا)
  'شرق',
  'غرب',
  'شمال',
  'جنوب',
  // the editing of a paper, in an editor's title (رئيس تحرير صحيفة عكاظ فلان, مدير تحرير مجلة اليمامة)
  'تحرير',
];

/**
 * Documents that "say" in news (وأضاف البيان, وتابع التقرير): the words belong to whoever issued
 * the document, the body named after an indefinite head (بيان الاتحاد) or the last speaker.
 */
export const DOCUMENT_NOUNS: readonly string[] = [
  'بيان',
  'تقرير',
  'رسالة',
  'وثيقة',
  'مذكرة',
  'نص',
  'إعلان',
  'تصريح',
  'منشور',
  'تغريدة',
  'تدوينة',
  'بلاغ',
  // a letter, a circular, a cable sent or issued (أرسل الوزير خطابا …، قال فيه)
  'خطاب',
  'تعميم',
  'برقية',
  // a regulation, a recommendation, a decision adopted or issued (أقر المجلس توصية تدعو …)
  'لائحة',
  'توصية',
  'قرار',
  // a paper's editorial, its own words (قالت صحيفة «الوطن» في افتتاحيتها إن)
  'افتتاحية',
];

/**
 * Rulings and opinions a court, a council or a mufti gives, that نص ("the text of") governs as it
 * governs a document (وجاء في نص الحكم, نص الرأي الاستشاري, نص الفتوى): the issuer speaks.
 */
export const RULING_NOUNS: readonly string[] = ['حكم', 'رأي', 'فتوى'];

/**
 * Heads over a document or a ruling in construct (نص الحكم, حيثيات الحكم, منطوق القرار): the document
 * is the genitive, its issuer speaks; the genitive is never the issuer.
 */
export const TEXT_HEADS: readonly string[] = ['نص', 'حيثيات', 'منطوق'];

/**
 * Duals that refer back to two speakers named together (وشدد الطرفان, وبحث الجانبان); after another
 * definite noun (حث الأمين العام الطرفين) they are the verb's object.
 */
export const DUAL_REFERENTS: readonly string[] = [
  'الطرفان',
  'الجانبان',
  'الطرفين',
  'الجانبين',
  'الوزيران',
  'الزعيمان',
  'الرئيسان',
];

/** Heads that, definite and alone (المنظمة, الهيئة), refer back to the body last named, whatever its own head. */
export const GENERIC_BODY_HEADS: readonly string[] = ['منظمة', 'هيئة', 'مؤسسة', 'جمعية', 'جهة'];

/**
 * Adjectives that only say a body is public or national (الهيئة العامة للرياضة, الهيئة الوطنية لمكافحة
 * الفساد, المجلس الأعلى للقضاء): the body's short name drops them (هيئة الرياضة, هيئة مكافحة الفساد).
 */
export const GENERIC_BODY_ADJECTIVES: readonly string[] = [
  'العام',
  'العامة',
  'الوطني',
  'الوطنية',
  'الأعلى',
  'العليا',
];

/**
 * Heads that news drops before a body's own name when it names the body again (وزارة الخارجية الأمريكية
 * → الخارجية الأمريكية, منظمة العفو الدولية → العفو الدولية, شركة أرامكو السعودية → أرامكو السعودية).
 */
export const DROPPED_BODY_HEADS: readonly string[] = ['وزارة', 'منظمة', 'شركة', 'مؤسسة', 'حركة'];

/**
 * Heads of bodies that news names again by the one word after the head, their portfolio (وزارة التجارة
 * والصناعة → التجارة, وزارة الخارجية الأمريكية → الخارجية).
 */
export const PORTFOLIO_BODY_HEADS: readonly string[] = ['وزارة'];

/**
 * Nouns that describe a person by sex, age or kinship, not by a role (الرجل الخمسيني, الأم, المواطنة):
 * a feature quotes someone so described before the paragraph that names them.
 */
export const DESCRIPTION_HEADS: readonly string[] = [
  'رجل',
  'امرأة',
  'سيدة',
  'شاب',
  'شابة',
  'فتاة',
  'فتى',
  'طفل',
  'طفلة',
  'أم',
  'أب',
  'والد',
  'والدة',
  'جد',
  'جدة',
  'مسن',
  'مسنة',
  'عجوز',
  'أرملة',
  'مواطن',
  'مواطنة',
];

/**
 * Verbs whose object stands between their subject and what is said of it, with the word that opens that
 * complement: `to` إلى (أرجع الخبير فلان الظاهرة إلى …, عزا المدير التأخير إلى …), `ba` a word in ب
 * (وصف الوزير فلان المحادثات بأنها …), `quote` the quote itself, the second object of a verb of judging
 * (اعتبرت فلانة الخطوة «رسالة إيجابية»). A definite word right after the subject's name and before that
 * complement is the object, no word of the name.
 */
export const OBJECT_BEFORE_COMPLEMENT: readonly (readonly [
  verb: string,
  complement: 'to' | 'ba' | 'quote',
])[] = [
  ['أرجع', 'to'],
  ['أرجعت', 'to'],
  ['يرجع', 'to'],
  ['ترجع', 'to'],
  ['عزا', 'to'],
  ['عزت', 'to'],
  ['يعزو', 'to'],
  ['تعزو', 'to'],
  ['أعاد', 'to'],
  ['أعادت', 'to'],
  ['وصف', 'ba'],
  ['وصفت', 'ba'],
  ['يصف', 'ba'],
  ['تصف', 'ba'],
  ['اعتبر', 'quote'],
  ['اعتبرت', 'quote'],
  ['يعتبر', 'quote'],
  ['تعتبر', 'quote'],
];

/**
 * Nouns of people known by what they post, do or saw in public (مغرد, ناشطة, مدون, شاهد): indefinite,
 * with no name, they describe who speaks (وكتب مغرد سعودي, وذكر شاهد عيان), as DESCRIPTION_HEADS do.
 */
export const POSTER_HEADS: readonly string[] = [
  'شاهد',
  'شهود',
  'مغرد',
  'مغردة',
  'مغردون',
  'ناشط',
  'ناشطة',
  'ناشطون',
  'نشطاء',
  'مدون',
  'مدونة',
  'مدونون',
];

/**
 * Verbal nouns of saying whose genitive is the sayer (نقلت الجريدة نفي فلان, نقلت الوكالة تأكيد
 * الوزير): they start the object of the verb before them, never a subject or a name.
 */
export const SAYING_NOUNS: readonly string[] = [
  'نفي',
  'تأكيد',
  'تأكيدات',
  'تصريح',
  'تصريحات',
  'قول',
  'إعلان',
  'تحذير',
  'تحذيرات',
  'انتقاد',
  'انتقادات',
  'ترحيب',
  'إدانة',
  'رواية',
];

/**
 * Occasions of speech that news sets between a reporting verb and its subject after في or خلال (وقال في
 * تصريح صحفي أمس وزير الصحة إن, وقال خلال المؤتمر الصحفي رئيس اللجنة إن): where and how the words were
 * given, the subject after them. Without the article.
 */
export const OCCASION_NOUNS: readonly string[] = [
  'بيان',
  'تصريح',
  'تصريحات',
  'مؤتمر',
  'حديث',
  'كلمة',
  'لقاء',
  'مقابلة',
  'اتصال',
  'ندوة',
  'خطاب',
  'مداخلة',
];

/**
 * Verbs of hosting, publishing or meeting, as written before a pronoun back to an occasion of speech
 * (مقابلة أجرتها معه صحيفة, ندوة نظمها مركز, حديث نشرته صحيفة, لقاء جمعه ورئيس): their subject is the
 * host, the outlet or the other party, never the speaker, unlike a verb of issuing or holding (بيان
 * أصدره مكتب, مؤتمر عقده الوزير). Past, masculine and feminine.
 */
export const OCCASION_HOST_VERBS: readonly string[] = [
  'أجرا',
  'أجرت',
  'نظم',
  'نظمت',
  'نشر',
  'نشرت',
  'بث',
  'بثت',
  'استضاف',
  'استضافت',
  'جمع',
  'جمعت',
  'رعا',
  'رعت',
  'أدار',
  'أدارت',
  'نقل',
  'نقلت',
];

/**
 * Verbs of naming, as written before an object pronoun (سماها, أطلقوا عليها, يلقبونه): the quote after
 * them and their subject is the name given (وسماها المحللون «صفقة القرن»), not words said.
 */
export const NAMING_VERBS: readonly string[] = [
  'سمى',
  'سما',
  'سمت',
  'سمو',
  'سموا',
  'يسمي',
  'يسمو',
  'يسمون',
  'تسمي',
  'أطلق',
  'أطلقت',
  'أطلقو',
  'أطلقوا',
  'يطلق',
  'يطلقون',
  'تطلق',
  'لقب',
  'لقبت',
  'لقبو',
  'لقبوا',
  'يلقب',
  'يلقبون',
];

/**
 * Nouns of one's own speech that a verb of ending or going on takes as its object with a pronoun back
 * to the speaker (وختم حديثه بالقول, واختتم الوزير كلمته قائلا, وختمت تصريحها بـ): never the subject.
 */
export const OWN_SPEECH_NOUNS: readonly string[] = [
  'حديث',
  'كلمة',
  'تصريح',
  'تصريحات',
  'خطاب',
  'مداخلة',
  'كلام',
  'تعليق',
  'رسالة',
];

/**
 * Events and matters, without the article: after a relaying verb and عن (وأوردت الصحيفة عن الحادث أن),
 * the one definite word of them is what is reported on, not the source of the words.
 */
export const TOPIC_NOUNS: readonly string[] = [
  ...['حادث', 'حادثة', 'اجتماع', 'قمة', 'مؤتمر', 'اتفاق', 'اتفاقية', 'قرار', 'هجوم', 'انفجار', 'حريق'],
  ...['زيارة', 'مفاوضات', 'أزمة', 'وضع', 'أوضاع', 'موضوع', 'قضية', 'خطة', 'مشروع', 'تحقيق', 'تحقيقات'],
  ...['انتخابات', 'حرب', 'مباراة', 'صفقة', 'جلسة', 'حفل'],
];

/**
 * Nouns a body or a person owns, offers or takes, in construct with its name (عرض لوفتهانزا, موقف
 * تويوتا, أسهم نوكيا, قرار أرامكو): a word before a name that is no word of it, as a given name would
 * be. Alone or behind ب, ل or و (بقرار أرامكو).
 */
export const OWNED_NOUNS: readonly string[] = [
  ...['عرض', 'عروض', 'موقف', 'مواقف', 'قرار', 'قرارات', 'خطة', 'خطط', 'صفقة', 'أسهم', 'سهم', 'أرباح'],
  ...['خسائر', 'مبيعات', 'إيرادات', 'منتجات', 'مقر', 'مصنع', 'مصانع', 'استحواذ', 'طلب', 'رد', 'إعلان'],
  ...['تقرير', 'بيان', 'تصريحات', 'مشروع', 'شراء', 'عقد', 'نتائج', 'حصة', 'رفض', 'موافقة', 'انسحاب'],
];

/**
 * Nouns and participles of calling or demanding: the لـ«…» after them is what is called for (قال الوزير
 * في دعوة لـ«التهدئة», الوزير الداعي لـ«الحوار»), not whom the words were told.
 */
export const CALLING_WORDS: readonly string[] = [
  ...['دعوة', 'دعوته', 'دعوتها', 'دعوتهم', 'دعوات', 'نداء', 'ندائه', 'ندائها', 'مطالبة', 'مطالبته'],
  ...['مطالبتها', 'مطالبات', 'الدعوة', 'الداعي', 'الداعية', 'الداعين', 'الداعون', 'المطالب', 'المطالبة'],
  ...['المطالبين', 'المطالبون'],
];

/**
 * Heads of the media that carry others' words: after a quote they are credited with, a source named
 * («…»، بحسب ما أفادت قناة …) is where they took the words from.
 */
export const MEDIA_HEADS: readonly string[] = [
  'صحيفة',
  'جريدة',
  'مجلة',
  'وكالة',
  'قناة',
  'فضائية', // a satellite channel (المذاع على فضائية «…»)
  'محطة',
  'إذاعة',
  'شبكة',
  'موقع',
  'تلفزيون',
  'راديو',
];

/**
 * Heads of an office held in a body, which govern the body after ل as their genitive (المدير العام
 * لقناة …, رئيس التحرير لصحيفة …, المراسل لوكالة …): an outlet after them is the office's, not whom the
 * holder spoke to (a role such as السفير, المحامي, المتحدث holds no office in the outlet).
 */
export const OFFICE_HEADS: readonly string[] = [
  'رئيس',
  'رئيسة',
  'مدير',
  'مديرة',
  'نائب',
  'أمين',
  'مفوض',
  'مراسل',
  'مراسلة',
  'محرر',
  'محررة',
  'مذيع',
  'مذيعة',
  'كاتب',
  'كاتبة',
  'مؤسس',
  'مالك',
  'صاحب',
  'ممثل',
  'مستشار',
];

/**
 * Places whose name with the article ends in ين like a plural in the accusative (وحذرت البحرين من):
 * a subject, never the people a verb addresses.
 */
export const PLACES_IN_YN: readonly string[] = ['البحرين', 'الفلبين', 'النهرين', 'الرافدين', 'الحرمين'];

/** Prepositions after the people a verb addresses (حذر … من, دعا … إلى, حث … على). */
export const ADDRESSEE_COMPLEMENTS: readonly string[] = ['من', 'إلى', 'الى', 'على'];

/**
 * Verbs of calling, urging, appealing, warning, demanding and accusing: their object is the people or
 * the body addressed (دعت الرئاسة السكان إلى, حذرت الإدارة السائقين من, طالبت المنظمة الحكومة بـ), then
 * what they are called to, warned of or accused of. The one who calls is the subject, never the object.
 */
export const ADDRESSING_VERBS: readonly string[] = ['دعا', 'حث', 'ناشد', 'حذر', 'طالب', 'اتهم', 'نصح'];

/**
 * Reporting verbs whose ل governs what they point to or call for, not whom they told (أشار لـ"…",
 * لفت لـ"…", دعا لـ"…"): a name in marks after their ل is no outlet spoken to, with the subject after it.
 */
export const POINTING_VERBS: readonly string[] = ['أشار', 'لفت', 'نوه', 'تطرق', 'دعا', 'طالب', 'حث', 'ناشد'];

/**
 * Heads of bodies that news names with their seat after في (النيابة العامة في باريس, بعثة الاتحاد
 * الأفريقي في الصومال, مكتب الأمم المتحدة في جنيف, اللجنة الوطنية لحقوق الإنسان في قطر): the place is
 * part of the body's name, the fullest the article gives. Not armies or governments, whose place after
 * في is more often where they acted; not courts, whose place placeAfterFi (attribute.ts) reads. Not
 * مجلس in construct (مجلس الوزراء في الرياض, مجلس التعاون الخليجي في الرياض), a whole body whose place
 * is where it met; المجلس with its adjective (المجلس المحلي في تل أبيض) keeps its seat.
 */
export const SEATED_BODY_HEADS: readonly string[] = [
  ...['بعثة', 'مكتب', 'نيابة', 'النيابة', 'المجلس', 'سفارة', 'السفارة'],
  ...['قنصلية', 'القنصلية', 'مركز', 'المركز', 'لجنة', 'اللجنة', 'رابطة', 'الرابطة', 'جمعية', 'الجمعية'],
  ...['منظمة', 'المنظمة', 'مفوضية', 'المفوضية', 'هيئة', 'الهيئة', 'مرصد', 'المرصد', 'شرطة', 'الشرطة'],
];

/**
 * Heads of courts and prosecutors, whose city after في news always gives as their seat (المحكمة
 * الإدارية في جدة, محكمة الاستئناف في القاهرة, النيابة العامة في ميلانو): a place of the gazetteer
 * after في is part of the name, whatever follows it (the verb's object or complement in a lede: قضت
 * المحكمة الجزائية في الرياض بسجن …, أدانت المحكمة العليا في لندن المتهم).
 */
export const COURT_HEADS: readonly string[] = ['محكمة', 'المحكمة', 'نيابة', 'النيابة'];

/**
 * Verbal nouns of a body's field after لل that govern عن (الرابطة التونسية للدفاع عن حقوق الإنسان, اللجنة
 * الوطنية للبحث عن المفقودين, الهيئة المستقلة للكشف عن الحقيقة): عن and its genitive are the field's.
 */
export const FIELDS_WITH_AN: readonly string[] = ['الدفاع', 'البحث', 'الكشف', 'الإفراج', 'التعبير'];

/**
 * The people and bodies news has a call, a warning or a demand addressed to (دعت الوزارة المواطنين
 * إلى, ناشد الدفاع المدني الأهالي, طالبت المنظمة السلطات بـ, دعا الاتحاد الأطراف إلى): right after a
 * complete definite subject they open the object, as none of them is an adjective.
 */
export const ADDRESSED_NOUNS: readonly string[] = [
  ...['المواطنين', 'المواطنات', 'المقيمين', 'السائقين', 'المستهلكين', 'المسافرين', 'المعتمرين'],
  ...['المزارعين', 'المستثمرين', 'الشركات', 'المنشآت', 'الجهات', 'الشباب'],
  ...['الحكومة', 'السلطات', 'الأطراف', 'الطرفين', 'المجتمع', 'الدول', 'المنظمات', 'الكونغرس'],
  ...['الأمانة', 'الوزارة', 'البلدية', 'الهيئة', 'رعاياها', 'رعاياه', 'مواطنيها', 'مواطنيه'],
  // …and people in construct with what they drive, use, own or frequent (حثت الهيئة العامة للأرصاد وحماية
  // البيئة قائدي المركبات على, دعت الأمانة ملاك المحلات إلى, ناشد الدفاع المدني مرتادي الشواطئ)
  ...['قائدي', 'سائقي', 'مرتادي', 'مستخدمي', 'سالكي', 'ملاك', 'أصحاب', 'مربي'],
  // …and the media (دعت الوزارة وسائل الإعلام إلى تحري الدقة)
  'وسائل',
];

/**
 * People in a broken plural whom a call or a warning addresses (ودعا السكان إلى, وحذر الأهالي من, وحث
 * التجار على): right after the verb, while someone holds the floor, the object; the subject is dropped.
 * Also ADDRESSED_NOUNS' people.
 */
export const ADDRESSED_PEOPLE: readonly string[] = [
  ...['السكان', 'الأهالي', 'الزوار', 'الحجاج', 'التجار', 'الطلاب', 'الطالبات', 'أولياء', 'الآباء'],
  ...['الأسر', 'العائلات', 'الجميع', 'الرعايا'],
  // a body's own people with its pronoun (عملاءها, أنصاره): ownPeopleAddressed
  ...['العملاء', 'الأنصار'],
];

/**
 * Members of a group, unnamed, who speak for it: قيادي في المقاومة, عضو في الحزب. Their words are
 * the group's (the corpus rule: an anonymous member of a named group is credited to the group).
 */
export const MEMBER_HEADS: readonly string[] = ['قيادي', 'قيادية', 'عضو', 'عضوة'];

/**
 * Groups whose unnamed source is one of their members (مصدر في الحركة, مسؤول في حزب النهضة, مصادر في
 * الجماعة): a movement, a party, a group, an organisation of members; the words are the group's, as a
 * member's are (MEMBER_HEADS). A source in any other named body speaks for it too (BODY_MEMBER_HEADS).
 */
export const MEMBERS_GROUP_HEADS: readonly string[] = [
  ...['حركة', 'الحركة', 'حزب', 'الحزب', 'جماعة', 'الجماعة', 'تنظيم', 'التنظيم'],
];

/**
 * Unnamed people inside a body who speak for it: a source, an official, a spokesperson, an employee, a
 * member (مصدر مسؤول في وزارة الصحة, متحدثة باسم الخارجية البريطانية, موظف بشركة الكهرباء, عضو في اللجنة
 * المنظمة). Indefinite, before في, لدى, داخل, باسم or a body written on ب, their words are the body's (the
 * corpus rule: an anonymous member of a named group is credited to the group).
 */
export const BODY_MEMBER_HEADS: readonly string[] = [
  ...['مصدر', 'مصادر', 'مسؤول', 'مسؤولة', 'مسؤولون', 'مسؤولين', 'متحدث', 'متحدثة', 'ناطق', 'ناطقة'],
  ...['موظف', 'موظفة', 'موظفون', 'عضو', 'عضوة', 'قيادي', 'قيادية'],
  // an officer of an army or a police force (ضابط كبير في الجيش الكولومبي, ضابطة في الشرطة البريطانية)
  ...['ضابط', 'ضابطة'],
  // a judge of a named court (قاض في محكمة الأحوال الشخصية): unnamed, he speaks for the court. Not a
  // diplomat: one at a council or a league speaks for his own state (دبلوماسي في مجلس الأمن)
  ...['قاض', 'قاضي', 'قاضية'],
];

/** The plurals in construct after أحد/إحدى that make one unnamed member of a body (أحد مسؤولي الشركة). */
export const ONE_MEMBER_PLURALS: readonly string[] = [
  'مسؤولي',
  'موظفي',
  'أعضاء',
  'عضوات',
  'منسوبي',
  'قياديي',
];

/**
 * Words that describe such a member between his head and the body, besides adjectives in ي (مصدر
 * مسؤول, مسؤول كبير, مصدر مطلع, مصدر طبي): never سابق, a former member no longer speaks for the body.
 */
export const BODY_MEMBER_ADJECTIVES: readonly string[] = [
  ...['مسؤول', 'مسؤولة', 'كبير', 'كبيرة', 'رفيع', 'رفيعة', 'بارز', 'بارزة', 'مطلع', 'مطلعة'],
  ...['رسمي', 'رسمية', 'مخول', 'مخولة'],
];

/**
 * Heads after في that are a field, a circle, a market or a stretch of land, no body (مصدر في قطاع النفط,
 * مصادر في الأوساط السياسية, مسؤول في الوسط الرياضي, مصدر في ريف إدلب): the source keeps his description.
 */
export const NOT_BODY_HEADS: readonly string[] = [
  ...['قطاع', 'مجال', 'وسط', 'أوساط', 'سوق', 'ريف', 'محافظة', 'حي', 'شارع', 'ساحة', 'مخيم', 'مخيمات'],
  // places, not bodies: an official in a state or town is described by where he serves (مسؤول في ولاية …)
  ...['ولاية', 'إقليم', 'بلدة', 'قرية'],
  ...['دوائر', 'صفوف', 'محيط', 'مصدر', 'مصادر', 'وسائل', 'صفحة', 'حساب', 'تطبيق', 'موقع'],
];

/**
 * Bodies named by one definite word (مصدر في الشرطة, مسؤول في البنتاغون): a head alone that is no
 * generic noun pointing back (في الوزارة, في الشركة names a body only when the article gave it in full).
 */
export const ONE_WORD_BODIES: readonly string[] = [
  ...['الشرطة', 'الكرملين', 'البنتاغون', 'الإليزيه', 'الفاتيكان', 'الرئاسة', 'الخارجية', 'الداخلية'],
];

/**
 * Definite heads of bodies named by the head and its adjective, no body's noun by themselves (مصدر في
 * الدفاع المدني, مسؤول في الخطوط السعودية, مسؤول في الصليب الأحمر الدولي): an unnamed member's body,
 * where any other definite noun and its adjective is a matter or a place (مصدر في الملف النووي).
 */
export const DEFINITE_BODY_HEADS: readonly string[] = [
  ...['الدفاع', 'الخطوط', 'الصليب', 'الهلال', 'الحرس', 'الأمن', 'الطيران', 'البريد'],
  'الأمم', // the nations, united (مسؤول في الأمم المتحدة): never a place or a matter
];

/** A representative in construct with the body he stands for (ممثل هيئة التحقيق والادعاء العام). */
export const REPRESENTATIVES: readonly string[] = ['ممثل', 'ممثلة'];

/**
 * Heads of bodies an unnamed member serves in, besides ORGANISATIONS, read so only after him, where no
 * other sense fits (مسؤول في مصلحة الجمارك العامة): مصلحة is also an interest (لمصلحة الوطن).
 */
export const MEMBERS_BODY_HEADS: readonly string[] = ['مصلحة'];

/**
 * A state's missions abroad, whose city is part of their name (القنصلية السعودية في إسطنبول, الملحقية
 * الثقافية السعودية في واشنطن, بعثة الأمم المتحدة في ليبيا), where another body's city is only its seat.
 */
export const MISSION_HEADS: readonly string[] = ['سفارة', 'قنصلية', 'ملحقية', 'بعثة'];

/** Heads of unnamed sources that a group of members has (مصدر, مصادر, مسؤول في الحركة). */
export const GROUP_SOURCE_HEADS: readonly string[] = ['مصدر', 'مصادر', 'مسؤول'];

/**
 * The posts a description by head and nationality may stand for when it calls back the one person named
 * with that nationality (الضابط الفنزويلي → العقيد الفنزويلي فلان, الدبلوماسي الروسي → السفير الروسي
 * فلان): besides its own head, these. Any other head is another trade (الصحفي الفرنسي is no ambassador).
 */
export const DESCRIBED_POSTS: Readonly<Record<string, readonly string[]>> = {
  ضابط: ['عقيد', 'مقدم', 'رائد', 'عميد', 'لواء', 'نقيب', 'ملازم', 'فريق', 'جنرال', 'مشير', 'قائد'],
  ضابطة: ['عقيد', 'مقدم', 'رائد', 'عميد', 'لواء', 'نقيب', 'ملازم'],
  دبلوماسي: ['سفير', 'قنصل', 'مبعوث', 'مندوب', 'وزير'],
  دبلوماسية: ['سفيرة', 'قنصل', 'مبعوثة', 'مندوبة', 'وزيرة'],
};

/**
 * A worker or a student, an unnamed source known by where he works or studies (عامل في مصنع الطوب,
 * طالبة في كلية الطب): the definite head refers back to him bare (الطالب) or with his own description
 * again, never with other adjectives (الطالب السعودي المبتعث is another student).
 */
export const PLACED_SOURCE_HEADS: readonly string[] = ['عامل', 'عاملة', 'طالب', 'طالبة'];

/**
 * Heads of unnamed sources: an indefinite one introduces a source (مسؤول في إدارة كولمان), the same
 * head with the article refers back to it whatever its adjectives (المسؤول الأميركي); a worker's or a
 * student's only bare or with his description (PLACED_SOURCE_HEADS).
 */
export const UNNAMED_SOURCE_HEADS: readonly string[] = [
  ...['مسؤول', 'مسؤولة', 'مصدر', 'دبلوماسي', 'ضابط', 'ضابطة'],
  ...PLACED_SOURCE_HEADS,
];

/**
 * Plurals of tens, hundreds, thousands and millions (عشرات, مئات, آلاف, ملايين): numbers in words
 * (NUMBER_WORDS) and nouns of number that head a group (QUANTITY_NOUNS), both lists built with them.
 */
export const COUNTING_PLURALS: readonly string[] = ['عشرات', 'مئات', 'آلاف', 'ملايين'];

/**
 * Counts of tens, hundreds, thousands (عشرات الجرحى, مئات الأسر): after a relative's verb they are what
 * it acted on (الذي نقل عشرات المصابين), not whose words follow. Not كل, جميع, بعض: an object of a verb
 * of opinion (الذي يعتبر كل النساء «…») is what the antecedent said something of.
 */
export const COUNT_NOUNS: readonly string[] = [...COUNTING_PLURALS, 'ألوف'];

/**
 * Nouns of number or part that head a group, not one person (تنتظر عشرات العائلات, يقف مئات الطلاب,
 * تجلس بعض النساء): the subject a narrative verb brings in is then no newcomer who speaks.
 */
export const QUANTITY_NOUNS: readonly string[] = [
  ...COUNT_NOUNS,
  'بضع',
  'بضعة',
  'بعض',
  'معظم',
  'أغلب',
  'أكثر',
  'جميع',
  'كل',
  'كثير',
  'عدد',
  'مجموعة',
  'حشد',
  'حشود',
];

/**
 * A source's wish not to be named, a clause after his description without الذي (مسؤول طلب عدم الكشف
 * عن اسمه, مصدر فضل عدم ذكر اسمه, رفض الكشف عن هويته, طالبا عدم نشر اسمه): the verb or participle
 * that opens it, the verbal noun of telling after it (عدم may stand between), what is withheld. The
 * clause ends the description and is no reporting cue (withheldNameEnd).
 */
export const WITHHOLDING_VERBS: readonly string[] = [
  'طلب',
  'طلبت',
  'طلبوا',
  'فضل',
  'فضلت',
  'فضلوا',
  'رفض',
  'رفضت',
  'رفضوا',
  'اشترط',
  'اشترطت',
  'آثر',
  'آثرت',
  'طالبا',
  'طالبة',
  'مفضلا',
  'مفضلة',
  'رافضا',
  'رافضة',
  'مشترطا',
  'مشترطة',
  // …and the nouns of a condition that open it the same way (شريطة عدم الكشف عن هويته, بشرط عدم ذكر اسمه).
  'شريطة',
  'بشرط',
];

/** Verbal nouns of telling a name, after a withholding verb: عدم الكشف, عدم ذكر, حجب, إخفاء. */
export const DISCLOSING_NOUNS: readonly string[] = [
  'الكشف',
  'كشف',
  'ذكر',
  'نشر',
  'الإفصاح',
  'الافصاح',
  'إعلان',
  'الإعلان',
  'حجب',
  'إخفاء',
  'تحديد',
  'الإشارة',
];

/** What a source withholds, with its pronoun: اسمه, هويتها, أسماءهم. */
export const WITHHELD_NOUNS: readonly string[] = [
  'اسمه',
  'اسمها',
  'اسمهما',
  'اسميهما',
  'أسماءهم',
  'أسمائهم',
  'أسماءهن',
  'هويته',
  'هويتها',
  'هويتهما',
  'هوياتهم',
  'هويتهم',
];

/**
 * Verbs of a reporter's meeting (والتقت «واس» المزارع فلان, التقينا السيدة فلانة, التقى مراسل … بالمواطن
 * فلان), with its و, كما or ف taken off: when an outlet, its reporter or the writer (التقينا) is the
 * subject, the person met is whom the paper quotes next in the sentence (، الذي …، وقال; التي بينت أن).
 */
export const MEETING_VERBS: readonly string[] = [
  'التقى',
  'التقت',
  'التقينا',
  'التقيت',
  'قابل',
  'قابلت',
  'قابلنا',
  'حاور',
  'حاورت',
  'حاورنا',
];

/**
 * A paper's team (فريق «سبق», فريق الصحيفة): meets for the paper only with the outlet after it; a team
 * otherwise is a side or a crew, which goes on speaking (التقى فريق الهلال بالمدرب …، وقال).
 */
export const MEETING_TEAMS: readonly string[] = ['فريق'];

/**
 * Who meets for a paper, as the subject of a verb of MEETING_VERBS: the reporter, the envoy, the
 * writer, the paper and its heads (صحيفة, وكالة, قناة come from MEDIA_HEADS); unnamed (a named writer
 * who meets someone goes on speaking himself: التقى الكاتب فلان بـ…، وقال).
 */
export const MEETING_REPORTERS: readonly string[] = [
  'مراسل',
  'مراسلة',
  'مراسلو',
  'مندوب',
  'مندوبة',
  'موفد',
  'موفدة',
  'محرر',
  'محررة',
  'كاتب',
  'كاتبة',
  ...MEETING_TEAMS,
];

/**
 * Verbs of an unnamed source's access, which open a relative clause without الذي after its description
 * (دبلوماسي أوروبي شارك في المحادثات, مسؤول حضر الاجتماع): the description ends before them. Only
 * perfect verbs no adjective shares a spelling with (تابع is also "affiliated", left out).
 */
export const SOURCE_ACCESS_VERBS: readonly string[] = [
  'شارك',
  'شاركت',
  'حضر',
  'حضرت',
  'اطلع',
  'اطلعت',
  'رافق',
  'رافقت',
  'واكب',
  'واكبت',
  'التقى',
  'التقت',
  'زار',
  'زارت',
  'عاين',
  'عاينت',
];

/**
 * Verbs whose complement takes ب and is often a country or a party (أشاد بـ, ندد بـ, رحب بـ, اعترف بـ,
 * اتصل بـ), perfect and imperfect, masculine and feminine: a ب word right after a body's name is what
 * the verb governs (وأشادت المنظمة الدولية بمصر), not the town the body sits in. Not طالب, whose
 * complement is a demand (طالبت الجمعية الخيرية بجازان أمس: the town is the body's).
 */
export const BA_GOVERNING_VERBS: readonly string[] = [
  ...['أشاد', 'ندد', 'رحب', 'نوه', 'احتفى', 'اعترف', 'اتصل', 'استعان', 'استنجد', 'اعتز'].flatMap((verb) => [
    verb,
    `${verb.replace(/ى$/u, '')}ت`,
  ]),
  ...['يشيد', 'تشيد', 'يندد', 'تندد', 'يرحب', 'ترحب', 'ينوه', 'تنوه', 'يعترف', 'تعترف'],
];

/**
 * Other forms of an office that its definite head alone refers back to, by that head: الرئيس after
 * رئيس الجمهورية فلان, المدرب after المدير الفني للفريق فلان, النائب after عضو مجلس النواب فلان.
 * Each form is matched at the start of a title, its first word with or without the article; the
 * masculine and feminine heads have their own rows, so that a title calls back only one of its gender.
 */
export const TITLE_KIN: Readonly<Record<string, readonly string[]>> = {
  رئيس: ['رئيس الجمهورية', 'رئيس الدولة', 'رئيس البلاد'],
  رئيسة: ['رئيسة الجمهورية', 'رئيسة الدولة', 'رئيسة البلاد'],
  مدرب: ['المدير الفني', 'رئيس الجهاز الفني'],
  مدربة: ['المديرة الفنية', 'رئيسة الجهاز الفني'],
  نائب: ['عضو مجلس النواب', 'عضو البرلمان', 'عضو مجلس الشعب', 'عضو مجلس الأمة', 'البرلماني'],
  نائبة: ['عضوة مجلس النواب', 'عضوة البرلمان', 'عضوة مجلس الشعب', 'عضوة مجلس الأمة', 'البرلمانية'],
  متحدث: ['الناطق'],
  متحدثة: ['الناطقة'],
  ناطق: ['المتحدث'],
  ناطقة: ['المتحدثة'],
  // a novelist is a writer: الكاتبة after the novelist named (الروائية الكينية فلانة) is she
  كاتب: ['الروائي'],
  كاتبة: ['الروائية'],
  // A title of several words (its head written with the article, looked up without) calls back its
  // other wordings too: the army's spokesman by the army's names or as the military one; الرسمي
  // inside the longer title is skipped.
  'المتحدث العسكري': ['المتحدث باسم الجيش', 'المتحدث باسم القوات المسلحة', 'المتحدث باسم وزارة الدفاع'],
  'المتحدث باسم الجيش': ['المتحدث العسكري', 'المتحدث باسم القوات المسلحة', 'المتحدث باسم وزارة الدفاع'],
  'الناطق العسكري': ['الناطق باسم الجيش', 'الناطق باسم القوات المسلحة', 'الناطق باسم وزارة الدفاع'],
  'الناطق باسم الجيش': ['الناطق العسكري', 'الناطق باسم القوات المسلحة', 'الناطق باسم وزارة الدفاع'],
  // the national team's coach, as the Maghreb's press calls him (الناخب الوطني جمال بلماضي): the home
  // side's, with nothing after المنتخب but الوطني, الأول or لكرة القدم (not مدرب المنتخب الإسباني, the
  // Olympic or local team's: SELECTOR_TEAM_WORDS; nor المدرب الوطني, a home-grown coach)
  'الناخب الوطني': ['مدرب المنتخب', 'المدير الفني للمنتخب'],
};

/**
 * Adjectives after الرئيس that make it another office than the head of state (الرئيس التنفيذي, the
 * chief executive; الرئيس السابق): الرئيس alone does not call back one so titled.
 */
export const PRESIDING_RANKS: readonly string[] = [
  'التنفيذي',
  'التنفيذية',
  'الفخري',
  'الشرفي',
  'السابق',
  'الأسبق',
  'المشارك',
];

/**
 * Titles written as one letter and a dot before a name, as Saudi papers and Arab outlets write them:
 * د. (الدكتور), م. (المهندس), أ. (الأستاذ), and أ.د. (الأستاذ الدكتور) as two of them. Between a word and a
 * name such a dot is the title's, not a full stop (وأوضح د. فلان أن, وقال مدير المستشفى م.فلان:).
 */
export const ABBREVIATED_TITLES: readonly string[] = ['د', 'م', 'أ'];

/**
 * Honorifics: titles that stand before a name and govern nothing (سير كريسبن, الشيخ حمد, د. سعاد),
 * unlike the heads of offices (وزير خارجية, رئيس وزراء).
 */
export const HONORIFICS: readonly string[] = [
  'سير',
  'السير',
  'سيد',
  'السيد',
  'السيدة',
  'شيخ',
  'الشيخ',
  'الشيخة',
  'د',
  'الدكتور',
  'الدكتورة',
  'المهندس',
  'الأستاذ',
  'الأستاذة',
  'الكابتن',
  'الحاج',
  'الحاجة',
  // an elder by a kinship word (KINSHIP_TITLES)
  ...KINSHIP_TITLES,
  'مستر',
  'مسيو',
  'مدام',
  'الآنسة',
];

/**
 * Adverbs in the shape فعيلا that news writes after a subject (تحدث فلان طويلا، ثم قال; فكر قليلا):
 * never a foreign family name, whatever stands before them (see isForeignSurnameBeforeSaying).
 */
export const FAEEL_ADVERBS: readonly string[] = [
  'طويلا',
  'قليلا',
  'كثيرا',
  'سريعا',
  'بعيدا',
  'قريبا',
  'جديدا',
  'مليا',
  'شديدا',
  'كبيرا',
  'صغيرا',
  'جميلا',
  'حزينا',
  'صريحا',
  'وحيدا',
  'بسيطا',
  'عميقا',
  'سعيدا',
  // states news writes after a subject in the same shape (بدا فلان مريضا في, سقط فلان قتيلا في, عاد
  // فلان سليما): how he was, never his family name
  'مريضا',
  'ضعيفا',
  'نحيفا',
  'غريبا',
  'حريصا',
  'سليما',
  'قتيلا',
  'جريحا',
  'أسيرا',
  'شهيدا',
  'طليقا',
  'سجينا',
  'رهينا',
  'غريقا',
  'عنيفا',
  'ثقيلا',
  'خفيفا',
  'بطيئا',
];

/**
 * Words that keep a name going: عبد الله, أبو خالد, محمد بن سالم, آل ثاني, دي روجي, فان هوتن; and the
 * Portuguese, Spanish and Italian particles before a family name (ماريا دا سيلفا, خوان ديل ريو).
 */
export const NAME_JOINERS: readonly string[] = [
  'عبد',
  'أبو',
  'ابن',
  'بن',
  'بنت',
  'آل',
  'أب',
  'أم',
  'دي',
  'دو',
  'فان',
  'فون',
  'دا',
  'ديل',
];

/** بن, بنت, ابن: the father's name follows. */
export const PATRONYMS: readonly string[] = ['بن', 'بنت', 'ابن'];

/**
 * Words of lineage that go on after a first name: the PATRONYMS, and the Mauritanian ولد and منت (son,
 * daughter of: محمد الأمين ولد سيدي, مريم منت أحمد).
 */
export const LINEAGE_WORDS: readonly string[] = [...PATRONYMS, 'ولد', 'منت'];

/**
 * Cardinal numbers written as words before what they count (ألف مرة, ثلاث مرات, عشرات المرات): never a
 * word of a name, so one after a name ends it (قال فلان ألف مرة).
 */
export const NUMBER_WORDS: readonly string[] = [
  'ثلاث',
  'ثلاثة',
  'أربع',
  'أربعة',
  'خمس',
  'خمسة',
  'ست',
  'ستة',
  'سبع',
  'سبعة',
  'ثماني',
  'ثمانية',
  'تسع',
  'تسعة',
  'عشر',
  'عشرة',
  'مئة',
  'مائة',
  'ألف',
  'مليون',
  ...COUNTING_PLURALS,
];

/** Heads of a kunya, a name by one's child (أبو أحمد, أم محمد). */
export const KUNYA_WORDS: readonly string[] = ['أبو', 'أم', 'أبي', 'أبا'];

/** Prepositions of a described person's origin or place before يدعى (شاب من كينيا يدعى فلان). */
export const DESCRIPTION_PLACES: readonly string[] = ['من', 'في'];

/** Particles that negate the verb after them (الذي لم يرد اسمه, التي لا تعلق): it reports nothing said. */
export const VERB_NEGATIONS: readonly string[] = ['لم', 'لا', 'لن'];

/**
 * Titles that are also a name's middle word after a given name (محمد أمين بنعلي, حسين أمير عبداللهيان,
 * أحمد ولي رحيمي): there they stand between two words of one name, where a title's genitive would follow.
 */
export const TITLES_IN_NAMES: readonly string[] = ['أمين', 'أمير', 'ولي'];

/** Genitives those titles take (أمين عام, أمين السر, ولي العهد, ولي أمر): after them the word is a title's. */
export const TITLE_IN_NAME_GENITIVES: readonly string[] = [
  'عام',
  'العام',
  'سر',
  'السر',
  'العهد',
  'عهد',
  'أمر',
];

/** Second halves of compound names, definite after a first half (زين الدين, عبد الله, نصر الله). */
export const COMPOUND_NAME_ENDS: readonly string[] = [
  'الدين',
  'الله',
  'الرحمن',
  'الرحيم',
  'العزيز',
  'الكريم',
  'الحق',
  'الحميد',
  'المجيد',
  'الملك',
  'الإله',
  'القادر',
  'الهادي',
  'اللطيف',
  'الفتاح',
  'الرزاق',
  'الغني',
  'الناصر',
  'السلام',
  'الحسن',
  'الحسين',
  'النبي',
  'الأمير',
  'الإسلام',
  // names that follow عبد only (عبد الواحد, عبد المنعم), never a surname of their own
  'الواحد',
  'الصمد',
  'الجبار',
  'الغفار',
  'الستار',
  'الباسط',
  'الوهاب',
  'المنعم',
  'الرؤوف',
  'القدوس',
  'المعطي',
  'العاطي',
  'الحليم',
  'الباري',
  'السميع',
  'المطلب',
  'الحفيظ',
  'الخالق',
];

/**
 * Verbal nouns inside a body's name with the preposition each governs: the body's field runs through the
 * preposition and its noun (هيئة الأمر بالمعروف والنهي عن المنكر, جمعية المحافظة على البيئة).
 */
export const BODY_VERBAL_NOUNS: readonly (readonly [noun: string, preposition: string])[] = [
  ['الأمر', 'ب'],
  ['النهي', 'عن'],
  ['المحافظة', 'على'],
  ['الحفاظ', 'على'],
  ['الرقابة', 'على'],
  ['الإشراف', 'على'],
];

/**
 * Adjectives that are part of a party's or a body's own name rather than describing where it is
 * from: حزب التجمع الوطني, الحزب الديمقراطي, جبهة العمل الإسلامي.
 */
export const NAMING_ADJECTIVES: readonly string[] = [
  'الوطني',
  'الوطنية',
  'الديمقراطي',
  'الديمقراطية',
  'الشعبي',
  'الشعبية',
  'الاشتراكي',
  'الاشتراكية',
  'الإسلامي',
  'الإسلامية',
  'الجمهوري',
  'الدستوري',
  'القومي',
  'الاتحادي',
  'الفيدرالي',
  'الفدرالي',
  'الاجتماعي',
  'الليبرالي',
  'التقدمي',
  'الموحد',
];

/**
 * Arab nationalities, masculine: with FOREIGN_NISBAS, the adjectives of origin that already say where a
 * body is (وزارة الخارجية السورية), so that في and a city after it is where it spoke, not its name. The
 * neighbours' (التركي, الإيراني, الإسرائيلي) are in FOREIGN_NISBAS.
 */
export const ARAB_NISBAS: readonly string[] = [
  'المصري',
  'السوري',
  'اللبناني',
  'العراقي',
  'الأردني',
  'الفلسطيني',
  'السعودي',
  'الإماراتي',
  'الكويتي',
  'القطري',
  'البحريني',
  'العماني',
  'اليمني',
  'السوداني',
  'الليبي',
  'التونسي',
  'الجزائري',
  'المغربي',
  'الموريتاني',
  'الصومالي',
];

/**
 * Nationalities whose people are not named with the article (الهولندي ماركو فان لير, البرازيلي ماركوس
 * سيلفا, التركي مراد أكتاش), masculine and with the article; the feminine is made from each. After such
 * an adjective ends a title, the name is its plain words: a definite word or a noun in ة after them is
 * the verb's object (حمّل المدرب البرازيلي فلان التحكيم المسؤولية). Arab nationalities are not here:
 * an Arab name may end in a definite family name (الرئيس المصري محمد عبدالحميد الشناوي).
 */
export const FOREIGN_NISBAS: readonly string[] = [
  'الأمريكي',
  'الأميركي',
  'البريطاني',
  'الإنجليزي',
  'الإنكليزي',
  'الاسكتلندي',
  'الإيرلندي',
  'الأيرلندي',
  'الفرنسي',
  'الألماني',
  'الإيطالي',
  'الإسباني',
  'البرتغالي',
  'الهولندي',
  'البلجيكي',
  'السويسري',
  'النمساوي',
  'السويدي',
  'النرويجي',
  'الدنماركي',
  'الفنلندي',
  'اليوناني',
  'الروسي',
  'الأوكراني',
  'البولندي',
  'التشيكي',
  'المجري',
  'الروماني',
  'البلغاري',
  'الصربي',
  'الكرواتي',
  'البوسني',
  'السلوفيني',
  'التركي',
  'الإيراني',
  'الإسرائيلي',
  'البرازيلي',
  'الأرجنتيني',
  'الأوروغوياني',
  'التشيلي',
  'الكولومبي',
  'البيروفي',
  'الفنزويلي',
  'المكسيكي',
  'الكندي',
  'الأسترالي',
  'الصيني',
  'الياباني',
  'الكوري',
  'الهندي',
  // the South and South-East Asian workers and residents of Gulf copy (العامل الباكستاني فلان)
  'الباكستاني',
  'البنغلاديشي',
  'الفلبيني',
  'النيبالي',
  'السريلانكي',
  'الإندونيسي',
  'الأفغاني',
  'النيجيري',
  'الغاني',
  'الكاميروني',
  'الإيفواري',
  'الكيني',
  'الإثيوبي',
  // the rest of Africa south of the Sahara, named as the wires name its doctors, activists and ministers
  // (الطبيبة الغابونية فلانة, الناشط الأوغندي فلان); not المالي, which is first "financial"
  'الغابوني',
  'السنغالي',
  'الأوغندي',
  'التنزاني',
  'الرواندي',
  'البوروندي',
  'الليبيري',
  'الغيني',
  'البنيني',
  'التوغولي',
  'الكونغولي',
  'الزيمبابوي',
  'الزامبي',
  'الأنغولي',
  'الموزمبيقي',
  'الإريتري',
  'المدغشقري',
  'الناميبي',
  // South-East and Central Asia, the Caucasus
  'الماليزي',
  'التايلاندي',
  'الفيتنامي',
  'الكمبودي',
  'الميانماري',
  'السنغافوري',
  'البنغالي',
  'الكازاخي',
  'الأوزبكي',
  'الجورجي',
  'الأرميني',
  'الأذربيجاني',
  // the rest of Latin America and Europe
  'الكوبي',
  'البوليفي',
  'الإكوادوري',
  'الباراغواياني',
  'الهايتي',
  'الليتواني',
  'السلوفاكي',
  'الإستوني',
  'البيلاروسي',
  'القبرصي',
  'الآيسلندي',
  'النيوزيلندي',
];

/**
 * Rivals named after a possessive pronoun (هزم فلان خصمه فلان, تغلب على غريمه فلان), beside the relations
 * ROLES holds (منافس, نظير, زميل): read back from a surname, the name after them is the rival's. Not
 * titles: الخصم is also a discount, and no one speaks as خصم.
 */
export const RIVAL_NOUNS: readonly string[] = ['خصم', 'غريم'];

/**
 * Kin of one person (والد الطفل, شقيقة الضحية): behind ل after a title they are whom its holder spoke to
 * (وقال مدير المستشفى لوالد الطفل الشيخ فلان إن …), never the title's genitive, as no office is held
 * over someone's kin; and the name after them is the kinsman's. Not جدة (a grandmother), which news
 * writes far more often as Jeddah (المدير التنفيذي لجدة التاريخية فلان).
 */
export const KIN_NOUNS: readonly string[] = [
  'والد',
  'والدة',
  'شقيق',
  'شقيقة',
  'زوج',
  'زوجة',
  'أرملة',
  'ابن',
  'ابنة',
  'نجل',
  'كريمة',
  'جد',
  'عم',
  'عمة',
  'خال',
  'خالة',
];

/** Words that go on a military or civil rank, not on a name: الفريق أول, اللواء ركن, العميد الركن. */
export const RANKS: readonly string[] = ['أول', 'ركن', 'أركان', 'الركن'];

/**
 * The corps or the calling written right after a military rank, as a second word of it (العقيد بحري,
 * المقدم طيار, العميد مهندس, اللواء طبيب, الفريق جوي): after the rank they go on the rank, never on the
 * name; after a given name they are a family name (العقيد جمال بحري), so they are rank words only there.
 * Not ثاني (الملازم ثاني): a Gulf given name too (ثاني الزيودي, آل ثاني), and RANK_SET is read everywhere.
 */
export const RANK_CORPS: readonly string[] = ['بحري', 'جوي', 'طيار', 'مهندس', 'طبيب'];

/**
 * Words that say a rank or an honorific is held no more, between it and the name: اللواء المتقاعد فلان,
 * العميد المتقاعد فلان. They go on the rank, never on the name.
 */
export const RETIRED_WORDS: readonly string[] = ['المتقاعد', 'المتقاعدة', 'متقاعد'];

/**
 * Whom a speaker addresses after ل, never part of a name or a title: وقالت الهيئة لوسائل الإعلام,
 * للصحفيين.
 */
export const ADDRESSEES: readonly string[] = [
  'وسائل',
  'الصحفيين',
  'الصحافيين',
  'الصحافة',
  'المراسلين',
  'الإعلام',
  'الإعلاميين',
];

/**
 * An audience a speaker addresses after ل (للحضور, للمشاركين, للجماهير): whom the words were told,
 * never a body's field or a title's genitive, whatever head stands before it.
 */
export const AUDIENCES: readonly string[] = [
  'الحضور',
  'الحاضرين',
  'المشاركين',
  'المجتمعين',
  'المحتشدين',
  'الجماهير',
  'الجمهور',
  'الزوار',
];

/**
 * The owners of a business (صاحب ورشة, صاحبة مشغل, مالك محل): what follows them without the article is
 * what they own and its genitives (صاحب ورشة زجاج السيارات), no name.
 */
export const BUSINESS_OWNERS: readonly string[] = ['صاحب', 'صاحبة', 'مالك', 'مالكة'];

/**
 * An outlet's reporter after ل, then the outlet (لمراسل «سبوتنيك», لمراسلة الجزيرة نت, لمندوب "عكاظ"):
 * whom the words were told, no word of the speaker's description (أحد سكان المدينة لمراسل …).
 */
export const REPORTERS_TOLD: readonly string[] = ['مراسل', 'مراسلة', 'مندوب', 'مندوبة'];

/**
 * People tied to the speaker by a pronoun after ل (لنظيره المصري, لزملائه, لأنصاره): whom the words
 * were told. The bare nouns; a pronoun (ه, ها, هم, هما, كم, نا) always follows them.
 */
export const COUNTERPARTS: readonly string[] = [
  'نظير',
  'نظيرت',
  'نظراء',
  'زميل',
  'زميلت',
  'زملاء',
  'ضيف',
  'ضيوف',
  'أنصار',
  'مؤيدي',
  'مستمعي',
  'أبناء',
  'مواطني',
];

/**
 * Broken plurals of the people a body is named for, without the article (رابطة الأسرى المحررين, نقابة
 * الأطباء المصريين, حركة الشباب المجاهدين, هيئة كبار العلماء): a definite plural participle or nisba
 * after them in a body's name agrees with them, the name's word, not the verb's object.
 */
export const BODY_MEMBER_PLURALS: readonly string[] = [
  'أسرى',
  'أطباء',
  'علماء',
  'شباب',
  'طلاب',
  'طلبة',
  'عمال',
  'كتاب',
  'أدباء',
  'فقهاء',
  'تجار',
  'قضاة',
  'أئمة',
  'شعراء',
  'أساتذة',
  'ضباط',
  'جنود',
  'أحرار',
  'ثوار',
  'أنصار',
  'رجال',
];

/**
 * People in the plural that are no participle's (isGroupPlural reads those), in construct before a
 * definite genitive (لأبناء القبيلة, لأهالي الضحايا, لأعضاء المجلس) or with the article (للاعبين,
 * للنواب, للطلاب): after ل, whom the words were told, unless a body named for the people it serves
 * heads the name (الهيئة العامة للشباب).
 */
export const PEOPLE_IN_CONSTRUCT: readonly string[] = [
  'أبناء',
  'أهالي',
  'أهل',
  'سكان',
  'أعضاء',
  'ممثلي',
  'طلاب',
  'قادة',
  'زعماء',
  'وفد',
  'وفود',
  'لاعبي',
  'لاعبين',
  'نواب',
  'سفراء',
  'شباب',
  'عمال',
  'حجاج',
  // owners, producers and users in construct (لأصحاب المحلات, لمنتجي السيارات, لمستخدمي المنصة)
  'أصحاب',
  'ملاك',
  'مالكي',
  'منتجي',
  'مستوردي',
  'مصدري',
  'مستخدمي',
  'مستثمري',
  'تجار',
  'أولياء',
  // heads and staff in construct (لرؤساء الأحياء, لمديري المدارس, لمسؤولي الشركة, لموظفي الوزارة), and
  // the men of a force (لأفراد الشرطة)
  'أفراد',
  'رؤساء',
  'مديري',
  'مسؤولي',
  'موظفي',
  'منسوبي',
];

/**
 * People in a broken plural or a collective, with no participle's or nisba's shape that isGroupPlural
 * reads (للسياح, للأطفال, للطلبة, للعائلات): after ل with the article, whom a speaker told, unless a body
 * named for the people it serves heads the name (isHearerAfterLam). A closed class: the people a
 * speaker, a body or an outlet addresses in news; not a plural that is also a thing (الكتاب, the book:
 * معرض الرياض الدولي للكتاب) nor a sector's noun in the singular (للسياحة, للطفولة).
 */
export const PEOPLE_PLURALS: readonly string[] = [
  'سياح',
  'أطفال',
  'طلبة',
  'تلاميذ',
  'ركاب',
  'زبائن',
  'عملاء',
  'نساء',
  'ناس',
  'أسر',
  'عائلات',
  'جنود',
  'أطباء',
  'أساتذة',
  'آباء',
  'أمهات',
  'أجانب',
];

/**
 * Heads of bodies in the plural: after ل, the bodies a federation or a union gathers (الاتحاد الدولي
 * لجمعيات الصليب الأحمر, الاتحاد العام لغرف التجارة, المجلس الأعلى لهيئات الإغاثة), a genitive of the
 * body's name; after any other body (الحكومة المصرية لجمعيات المستثمرين, البنك المركزي للمصارف
 * التجارية), whom it spoke to.
 */
export const BODY_PLURALS: readonly string[] = [
  ...ORGANISATION_PLURALS,
  'غرف',
  'شركات',
  'مؤسسات',
  'أندية',
  'روابط',
  'مجالس',
  'بنوك',
  'مصارف',
  'جامعات',
  'حكومات',
];

/**
 * Heads of bodies named for the people they serve or gather, whose field after ل may be people
 * (الجمعية السعودية للمتقاعدين, الاتحاد الدولي للصحفيين, الهيئة الوطنية للصحفيين). After any other
 * head (a government, a ministry, a person's title), people after ل are whom the words were told.
 */
export const PEOPLE_SERVING_HEADS: readonly string[] = [
  'جمعية',
  'اتحاد',
  'نقابة',
  'رابطة',
  'هيئة',
  'منظمة',
  'مجلس',
  'مفوضية',
  'مركز',
  'مؤسسة',
  'صندوق',
  'نادي',
  'لجنة',
  'برنامج',
  'معهد',
  'أكاديمية',
  'جامعة',
  'مستشفى',
  'مدرسة',
  'دار',
  'مكتب',
  'وكالة',
  'شبكة',
  'تحالف',
  'ائتلاف',
  'حركة',
  'حزب',
  'تجمع',
  'منتدى',
];

/**
 * Domain suffixes of news sites, written after a dot with no space (لسبق.نت, لعكاظ.كوم): the word
 * before the dot is a site, whom the words were given to after ل, whatever its name.
 */
export const DOMAIN_SUFFIXES: readonly string[] = ['نت', 'كوم', 'أورغ', 'أورج', 'net', 'com', 'org'];

/**
 * Outlets that newsrooms name without a head noun (لرويترز, لبي بي سي, لفرانس برس): after ل they are
 * whom the words were given to, never the start of a name (وقال فلان لرويترز إن …). Transliterated
 * names of agencies, channels and papers, as Arabic newsrooms write them.
 */
export const MEDIA_NAMES: readonly string[] = [
  'رويترز',
  'فرانس برس',
  'فرانس 24',
  'أسوشيتد برس',
  'أسوشييتد برس',
  'بي بي سي',
  'سي إن إن',
  'سي بي إس',
  'إن بي سي',
  'إيه بي سي',
  'فوكس نيوز',
  'سكاي نيوز',
  'بلومبرغ',
  'بلومبيرغ',
  'أكسيوس',
  'بوليتيكو',
  'الأناضول',
  'الجزيرة نت',
  'سبوتنيك',
  'نوفوستي',
  'تاس',
  'إنترفاكس',
  'شينخوا',
  'يورونيوز',
  'دويتشه فيله',
  'نيويورك تايمز',
  'واشنطن بوست',
  'وول ستريت جورنال',
  'فايننشال تايمز',
  'الغارديان',
  'لوموند',
  'لوفيغارو',
  // Saudi papers whose names are no common word after ل (لعكاظ, لسبق), as their own reporters write them
  'عكاظ',
  'سبق',
];

/**
 * Participles of an unnamed source's closeness, which take من and a noun that is part of the
 * description (مصادر مقربة من الحكومة, مصدر قريب من التحقيق). Not مطلع على: the rows keep a source
 * of access by his participle alone (مصدر مطلع على المفاوضات is مصدر مطلع).
 */
export const CLOSENESS_PARTICIPLES: readonly string[] = [
  'مقرب',
  'مقربة',
  'مقربون',
  'مقربين',
  'قريب',
  'قريبة',
  'قريبون',
  'قريبين',
];

/**
 * Gatherings where an official speaks, without the article: after في they are the occasion of his words
 * (مسؤول رفيع في منتدى دافوس, دبلوماسي غربي في ندوة), not the body he serves.
 */
export const GATHERING_NOUNS: readonly string[] = [
  'منتدى',
  'ملتقى',
  'قمة',
  'ندوة',
  'مؤتمر',
  'اجتماع',
  'جلسة',
  'ورشة',
  'معرض',
  'مهرجان',
  'حفل',
  'احتفال',
];

/**
 * Adjectives of a region's or the world's people, masculine, with the article: like a nationality, they
 * describe an unnamed source (مسؤول أمني غربي, دبلوماسي عسكري أوروبي) and never start a name.
 */
export const REGION_NISBAS: readonly string[] = [
  'الغربي',
  'العربي',
  'الأوروبي',
  'الخليجي',
  'الأفريقي',
  'الإفريقي',
  'الآسيوي',
  'الأممي',
  'الدولي',
  'الكردي',
];

/**
 * The second word of a country's adjective of origin (الكوري الجنوبي, السوداني الجنوبي): with the first
 * it describes a player or a worker by his country before his name.
 */
export const ORIGIN_HALVES: readonly string[] = ['الجنوبي', 'الجنوبية', 'الشمالي', 'الشمالية'];

/**
 * Titles of a trade that Arabic business and international pages put right after a person's whole
 * name, without a comma, before the body or the field served (وقال فلان الفلاني المحلل في كومرتس بنك,
 * فلانة الفلانية الباحثة لدى …): in apposition to the name, never its last word.
 */
export const APPOSED_TRADE_TITLES: readonly string[] = [
  'المحلل',
  'المحللة',
  'الخبير',
  'الخبيرة',
  'الباحث',
  'الباحثة',
  'المستشار',
  'المستشارة',
  'الشريك',
  'الشريكة',
  'الاقتصادي',
  'الاقتصادية',
  'المراسل',
  'المراسلة',
  'الأستاذ',
  'الأستاذة',
  // an official, a doctor, an employee, a member in the body served, as wires put them after the name
  // (وقال فلان المسؤول في إدارة الطيران, فلانة الطبيبة في مستشفى …)
  'المسؤول',
  'المسؤولة',
  'الطبيب',
  'الطبيبة',
  'الموظف',
  'الموظفة',
  'العضو',
  'العضوة',
];

/**
 * Foreign firms, banks, agencies and bodies that Arabic business and international pages write in
 * plain transliterated words, with no Arabic head word (كبير الاقتصاديين في كابيتال إيكونوميكس فلان,
 * المحلل لدى جي بي مورغان فلان): after a title's في or لدى the reader knows where the firm's name
 * ends and the person's begins. Common spellings of each.
 */
export const FOREIGN_FIRM_NAMES: readonly string[] = [
  'كابيتال إيكونوميكس',
  'كابيتال ايكونوميكس',
  'غولدمان ساكس',
  'جولدمان ساكس',
  'جي بي مورغان',
  'جيه بي مورغان',
  'جي بي مورجان',
  'مورغان ستانلي',
  'مورجان ستانلي',
  'ستاندرد آند بورز',
  'ستاندرد أند بورز',
  'ستاندرد تشارترد',
  'سيتي غروب',
  'سيتي جروب',
  'سيتي بنك',
  'بنك أوف أمريكا',
  'بنك أوف أميركا',
  'ميريل لينش',
  'دويتشه بنك',
  'كومرتس بنك',
  'كوميرتس بنك',
  'سوسيتيه جنرال',
  'بي إن بي باريبا',
  'كريدي سويس',
  'يو بي إس',
  'باركليز',
  'نومورا',
  'إتش إس بي سي',
  'إتش إس بي سي القابضة',
  'بلاك روك',
  'فرانكلين تمبلتون',
  'موديز',
  'فيتش',
  'فيتش ريتينغز',
  'إنرجي أسبكتس',
  'بي في إم',
  'بتروماتريكس',
  'وود ماكنزي',
  'آي إتش إس',
  'أكسفورد إيكونوميكس',
  'برايس ووترهاوس كوبرز',
  'ديلويت',
  'إرنست آند يونغ',
  'كي بي إم جي',
  'ماكنزي',
  'ماكينزي',
  'بريتيش بتروليوم',
  'رويال داتش شل',
  'إكسون موبيل',
  'شيفرون',
  'توتال',
  'غازبروم',
  'روسنفت',
  'تويوتا',
  'سامسونغ',
  'سامسونج',
  'أبل',
  'آبل',
  'مايكروسوفت',
  'فيسبوك',
  'غوغل',
  'جوجل',
  'أمازون',
  'هواوي',
  'بوينغ',
  'إيرباص',
  'جنرال موتورز',
  'جنرال إلكتريك',
  'هيومن رايتس ووتش',
  'هيومان رايتس ووتش',
  'أمنستي',
  'أمنستي إنترناشونال',
  'أوكسفام',
  'أطباء بلا حدود',
  'ريبورترز ويذاوت بوردرز',
  'بلومبرغ إنتليجنس',
  'بلومبرغ نيو إنرجي فاينانس',
];

/**
 * The titles each honorific goes with, by the honorific: سموه stands for the prince or the sheikh
 * named before (صاحب السمو الأمير فلان … وأكد سموه), معاليه for the minister, فخامته for the
 * president, سعادته for a governor, an under-secretary, an ambassador, a director or a mayor. The protocol of Arab official news; an honorific not listed goes with anyone.
 */
export const HONOURED_TITLES: Readonly<Record<string, readonly string[]>> = {
  سمو: ['سمو', 'أمير', 'أميرة', 'شيخ', 'شيخة', 'ولي'],
  معالي: ['معالي', 'وزير', 'وزيرة', 'رئيس', 'رئيسة', 'محافظ', 'محافظة', 'أمين', 'أمينة'],
  فخامة: ['فخامة', 'رئيس', 'رئيسة'],
  جلالة: ['جلالة', 'ملك', 'ملكة', 'سلطان'],
  سيادة: ['سيادة', 'رئيس', 'رئيسة', 'سيد'],
  سعادة: [
    'سعادة',
    'محافظ',
    'محافظة',
    'وكيل',
    'وكيلة',
    'سفير',
    'سفيرة',
    'قنصل',
    'مدير',
    'مديرة',
    'أمين',
    'أمينة',
    'رئيس',
    'رئيسة',
    'نائب',
    'نائبة',
    'مساعد',
    'مساعدة',
    'عميد',
    'عميدة',
    'مستشار',
    'مستشارة',
  ],
  سماحة: ['سماحة', 'شيخ', 'مفتي', 'إمام', 'سيد', 'مرجع'],
  فضيلة: ['فضيلة', 'شيخ', 'مفتي', 'إمام', 'خطيب', 'قاضي'],
};

/**
 * Words that bring in the one who goes with a dignitary, or on whose behalf he acts (يرافقه مدير …,
 * بحضور وكيل …, نيابة عن صاحب السمو …): a title named right after them is not the one an honorific
 * with a pronoun later stands for (وأوضح سعادته).
 */
export const COMPANION_WORDS: readonly string[] = [
  'يرافقه',
  'يرافقها',
  'ترافقه',
  'ترافقها',
  'يرافقهم',
  'يرافقهما',
  'يصحبه',
  'يصحبها',
  'برفقة',
  'بمرافقة',
  'بحضور',
  'وبحضور',
  'بمشاركة',
  'وبمشاركة',
  'نيابة',
  'ونيابة',
];

/**
 * Nouns that, after في, open the writer's own gloss on what was just said (`… ، في إشارة إلى
 * «الحراك الجنوبي»`): a quote after them is the writer's, whatever cue stands before.
 */
export const GLOSS_NOUNS: readonly string[] = ['إشارة', 'تلميح', 'إيحاء'];

/**
 * Remarks and the occasions they were made on, that a carrier's clause may follow with the remarks as
 * its object pronoun (في تصريحات نقلتها وكالة رويترز, في مقابلة نشرتها الصحيفة, في حديث نقلته قناة …):
 * the carrier relays what the speaker of the sentence said.
 */
export const REMARKS_NOUNS: readonly string[] = [
  'تصريحات',
  'تصريح',
  'مقابلة',
  'حديث',
  'كلمة',
  'لقاء',
  'بيان',
  'مقال',
  'تغريدة',
  'رسالة',
  'مؤتمر', // a news conference or testimony a channel carried (في مؤتمر صحفي نقلته قناة «…»)
  'شهادة',
  'خطاب',
];

/** Particles and pronouns that open a clause, never a name: a quote that starts with one is words said. */
export const CLAUSE_OPENERS: readonly string[] = [
  'لا',
  'لن',
  'لم',
  'ليس',
  'قد',
  'لقد',
  'ما',
  'سوف',
  'هذا',
  'هذه',
  'هناك',
  'نحن',
  'أنا',
  'إننا',
  'إنني',
];

/**
 * Nouns that govern what follows them as their complement (على ضرورة «…», من وجود «…»): a quote right
 * after one is a fragment inside the sentence, not an utterance of its own.
 */
export const COMPLEMENT_NOUNS: readonly string[] = [
  'ضرورة',
  'أهمية',
  'وجوب',
  'وجود',
  'إمكانية',
  'احتمال',
  'خطورة',
  'مواصلة',
  'استمرار',
  // the truth of a report (أكد فلان صحة الخبر, نفى صحة ما نشر): validity here, not health
  'صحة',
  'دقة',
];

/**
 * Nouns of a stance or a bond that news quotes as the object of أكد, جدد, أبدى, أعلن with no أن (أكدت
 * الوزارة «تضامن الدولة مع …», جدد المجلس «دعم المملكة الكامل …», أكد الطرفان «متانة العلاقات …»): a
 * quote that opens with one in construct is the verb's object, not a sentence said. Nouns of things
 * (مستوى, نسبة, مهمة) head sentences as often and are left out.
 */
export const STANCE_NOUNS: readonly string[] = [
  ...['تضامن', 'دعم', 'مساندة', 'تأييد', 'وقوف', 'حرص', 'تمسك', 'رفض', 'إدانة', 'استنكار', 'ترحيب'],
  ...['تقدير', 'اعتزاز', 'ثقة', 'شكر', 'ارتياح', 'قلق', 'أسف', 'تعاطف', 'استعداد', 'جاهزية', 'عزم'],
  ...['رغبة', 'سعي', 'متانة', 'عمق', 'قوة', 'أهمية', 'ضرورة', 'حاجة', 'أولوية', 'مواصلة', 'استمرار'],
  ...['حق', 'أحقية', 'تطلع', 'اهتمام', 'التزام', 'مشاركة', 'عدم', 'استياء', 'تفاؤل', 'امتنان'],
];

/**
 * A sentence after a quote that points back to it and names who said it: «…». بهذه الكلمات علق
 * الوزير فلان على …; هكذا لخص …; جاء ذلك في كلمة ألقاها …. The pointers, each with the word after it
 * when it takes one (a noun of words, from POINTED_NOUNS); هكذا stands alone before its verb.
 */
export const POINTERS: readonly string[] = ['بهذه', 'بهذا', 'بتلك', 'بذلك'];
export const POINTERS_ALONE: readonly string[] = ['هكذا', 'وهكذا'];
/**
 * Demonstratives before ما and a cue with the quote's pronoun: «…»، هذا ما أكده المتحدث فلان; ذلك ما
 * قالته الوزيرة. The subject after the verb said the quote.
 */
export const POINTERS_WHAT: readonly string[] = ['هذا', 'وهذا', 'ذلك', 'وذلك'];
/** Nouns of words said that a pointer names (بهذه الكلمات, بهذا الوعد, بهذه العبارة). */
export const POINTED_NOUNS: readonly string[] = [
  'الكلمات',
  'الكلمة',
  'العبارة',
  'العبارات',
  'الجملة',
  'الجمل',
  'الوعد',
  'الرسالة',
  'التصريح',
  'التصريحات',
  'الرد',
  'التعليق',
  'السؤال',
  'الموقف',
  'التحذير',
];
/**
 * Verbs with the pronoun of the speech they deliver, after جاء ذلك في كلمة / خلال مؤتمر: the subject
 * after them gave it (ألقاها المحافظ فلان, عقده الوزير فلان, أدلى بها …).
 */
export const DELIVERING_VERBS: readonly string[] = [
  'ألقاها',
  'ألقاه',
  // …and by a woman (ألقتها الوزيرة فلانة, عقدته المتحدثة)
  ...['ألقتها', 'ألقته', 'عقدته', 'عقدتها', 'أجرته', 'أجرتها'],
  'عقده',
  'عقدها',
  'أدلى',
  'أجراه',
  'أجراها',
  'نشره',
  'نشرها',
  'كتبه',
  'كتبها',
  // Documents issued (بيان أصدرته الوزارة, تقرير نشرته المنظمة): the subject after them issued it.
  ...['أصدره', 'أصدرها', 'أصدرته', 'أصدرتها', 'نشرته', 'نشرتها', 'وزعه', 'وزعها', 'وزعته', 'وزعتها'],
];

/**
 * Verbs with the document's pronoun that say who read it out (البيان الذي قرأه العقيد فلان, تلته
 * المتحدثة): the reader, who may read it in the name of its issuer (باسم «المجلس …»).
 */
export const READING_VERBS: readonly string[] = [
  'قرأه',
  'قرأها',
  'قرأته',
  'قرأتها',
  'تلاه',
  'تلاها',
  'تلته',
  'تلتها',
];

/**
 * Labels of an interview laid out as questions and answers (س: … ج: «…», سؤال: … جواب: «…»): the
 * word before the colon names the turn, not a speaker; the answer is the interviewee's.
 */
export const INTERVIEW_LABELS: readonly string[] = ['س', 'ج', 'سؤال', 'جواب', 'السؤال', 'الجواب'];

/** The labels of those turns that open an answer: the interviewee has the floor there. */
export const ANSWER_LABELS: readonly string[] = ['ج', 'جواب', 'الجواب'];

/**
 * Nouns of an interview before مع and the one interviewed (أجرت الصحيفة حوارا مع الوزيرة فلانة, في
 * مقابلة مع …): in the answers of a question-and-answer layout, that person speaks.
 */
export const INTERVIEW_NOUNS: readonly string[] = [
  'حوار',
  'حوارا',
  'مقابلة',
  'لقاء',
  'لقاءً',
  'حديث',
  'حديثا',
];

/**
 * Nouns of a call (في اتصال هاتفي مع «…»): the outlet called is told the words only when a complement
 * of saying follows it (إلى أن, أن, a colon); a call with «…» is otherwise with whoever the quote names.
 */
export const CALL_NOUNS: readonly string[] = ['اتصال', 'اتصالا', 'اتصالات'];

/**
 * Words of contrast before أن that open a sentence of their own (غير أن الوزير رد, إلا أن اللجنة
 * قالت): أن after them is a connective, not the complement of a verb of saying, and the clause's
 * subject is the sentence's, not someone named inside another's words.
 */
export const CONTRAST_BEFORE_THAT: readonly string[] = ['غير', 'وغير', 'إلا', 'بيد', 'سوى'];

/**
 * The narrator's frames of background before أن (يذكر أن, يشار إلى أن, والجدير بالذكر أن, تجدر الإشارة إلى
 * أن): "it is worth noting that". The clause after them is the sentence's own, not a complement of
 * someone's saying: its subject is the sentence's subject, which a participle or a verb after فيما goes on
 * with (يشار إلى أن الشركة أعلنت …، داعية المشتركين إلى «…»).
 */
export const NOTE_FRAMES: readonly string[] = ['يذكر', 'ويذكر', 'يشار', 'ويشار', 'بالذكر', 'الإشارة'];

/**
 * Definite nouns that news puts as a verb's object right after its subject (رفضت نقابة المعلمين القرار،
 * رحب الحزب الحاكم بالخطوة): never an adjective of the definite word before them, so a body's name or a
 * title ends there. Not الدعوة, الاتفاق, المبادرة: bodies are named by them (حزب الدعوة, نادي الاتفاق).
 */
export const OBJECT_NOUNS: readonly string[] = [
  'القرار',
  'القرارات',
  'الخطوة',
  'المقترح',
  'الاقتراح',
  'الهجوم',
  'الاتهامات',
  'التصريحات',
  'الأنباء',
  // رفع الأمير فلان الشكر للقيادة, قدم الوزير فلان التهنئة: the thanks and wishes of official news
  'الشكر',
  'التهنئة',
  'التعازي',
  // رفض المتحدث الكشف عن …, امتنع المسؤول التعليق: the telling a source declines
  'الكشف',
  'الإفصاح',
  'التعليق',
  // افتتح وزير الصحة المؤتمر السنوي, دشن الأمير المهرجان: the event or the work an official opens,
  // shaped like a participle in م but a noun, the verb's object
  'المؤتمر',
  'المعرض',
  'المهرجان',
  'الملتقى',
  'المنتدى',
  'الندوة',
  'الحفل',
  'المشروع',
  'المبادرة',
];

/**
 * Nouns without the article that news puts as the object of a verb of stance or praise right after its
 * subject, in construct with what they are of (وثمن المحافظ دعم «أرامكو», وانتقد الرئيس فلان قرار
 * الكونغرس, وأكد المحافظ حرص الإمارة, وثمنت الدكتورة فلانة جهود المتطوعين): a closed few, none of them a
 * given name, never a word of a name before its genitive (isObjectHeadInName).
 */
export const STANCE_OBJECT_NOUNS: readonly string[] = [
  'قرار',
  'دعم',
  'جهود',
  'حرص',
  'أداء',
  'دور',
  'موقف',
  'مواقف',
  'خطط',
  'رفض',
  'تقدير',
  'مساعي',
  'أرقام',
  'نتائج',
  'أهمية',
  'ضرورة',
];

/**
 * Verbal nouns without the article that news puts as the object of أعلن, قرر, طلب, رفض, انتقد right after
 * the subject (أعلن المتحدث فلان إرسال 120 طنا, ورفض الحزب تشكيل حكومة, وانتقد الاتحاد استثناء المحال):
 * never a word of a whole name before them, nor of a body's name after its genitive (a body named for its
 * work has its verbal noun right after its head: هيئة تحرير, حركة تحرير). Not نصر, فرج, فتحي: family names.
 */
export const OBJECT_VERBAL_NOUNS: readonly string[] = [
  // a count or a place announced (أعلن الوزير تسجيل ثلاث إصابات, افتتاح المستشفى, توقيع الاتفاقية), a
  // course stressed (أكد الوزير استمرار نمو الاقتصاد, ارتفاع الأسعار)
  'تسجيل',
  'افتتاح',
  'توقيع',
  'إنشاء',
  'استمرار',
  'ارتفاع',
  'انخفاض',
  'إرسال',
  'إغلاق',
  'إلغاء',
  'إطلاق',
  'إيقاف',
  'إخلاء',
  'إقرار',
  'إعدام',
  'تمديد',
  'تشكيل',
  'تأجيل',
  'تعليق',
  'تحرير',
  'تعديل',
  'تنفيذ',
  'توفير',
  'تخصيص',
  'تسليم',
  'تقديم',
  'تعيين',
  'تدشين',
  'تجميد',
  'تخفيض',
  'استئناف',
  'استثناء',
  'استكمال',
  'استقبال',
  'اعتماد',
  'احتجاز',
  'افتتاح',
  'اعتقال',
  'انسحاب',
  'ضبط',
  'رفع',
  'خفض',
  'منح',
  'سحب',
  'وقف',
  'بدء',
  'مقتل',
  'وفاة',
];

/**
 * Places that a clause may have for subject but that say nothing themselves: after قال فلان إن, a verb
 * with one of these alone for subject reports what the place saw (إن المنطقة سجلت «40 هزة»), and the
 * quote is the outer speaker's words. Without the article; a body that speaks for a place has its own
 * head (البلدية, الأمانة, المحافظة).
 */
export const PLACE_SUBJECTS: readonly string[] = [
  'منطقة',
  'مدينة',
  'بلدة',
  'قرية',
  'إقليم',
  'جزيرة',
  'بلاد',
  'عاصمة',
  'أسواق',
  'سوق',
];

/**
 * Titles of the one who governs a place, without the article: their genitive is the place, whatever its
 * words (والي شانلي أورفا, محافظ حفر الباطن), never the holder's name, which stands after it or in
 * apposition after a comma (والي شانلي أورفا، جلال أكدوغان،).
 */
export const PLACE_GOVERNORS: readonly string[] = ['والي', 'محافظ', 'حاكم', 'عمدة'];

/**
 * Verbs of accusing, in the forms news writes them: they take the accused as object, then what he is
 * accused of after ب (واتهم البعثة الأممية بـ«الانحياز»), so one body between the verb and ب is the
 * accused, never the one who accuses.
 */
export const ACCUSING_VERBS: readonly string[] = ['اتهم', 'اتهمت', 'اتهموا', 'يتهم', 'تتهم', 'يتهمون'];

/**
 * Undertakings a post heads by their quoted name, besides the events (EVENT_NOUNS) and bodies: مدير مشروع
 * «…», رئيس مؤتمر «…». Inside a title the quote is the undertaking's name and the holder is named after it.
 */
export const HEADED_WORKS: readonly string[] = ['مشروع', 'مؤتمر'];

/**
 * Titles that are also active participles: right after a definite noun they agree with it as its
 * adjective (الفريق العامل المعني بـ…, القوى العاملة, المرأة العاملة), not a second person's title.
 */
export const PARTICIPLE_TITLES: readonly string[] = [
  ...['العامل', 'العاملة'],
  // a specialised or competent body (المحكمة الجزائية المتخصصة, اللجنة المختصة), the specialist's title alone
  ...['المتخصص', 'المتخصصة', 'المختص', 'المختصة'],
];

/**
 * A firm's or a body's divisions and functions a post heads, in construct with the body's quoted name
 * (مدير عمليات «…» في المملكة فلان, مدير فرع «…» بجدة, مدير مبيعات «…»): the quote is the body's, the
 * holder is named after it.
 */
export const BODY_DIVISIONS: readonly string[] = ['عمليات', 'فرع', 'فروع', 'مبيعات', 'تسويق'];

/**
 * Heads of a part of a body, a committee, a department, a branch or an office, that news names with the
 * body it belongs to after في (اللجنة الوطنية للاستقدام في مجلس الغرف السعودية, المكتب الإعلامي في
 * وزارة الداخلية): with the article and its adjective or field, في and that body are the part's name.
 */
export const BODY_PART_HEADS: readonly string[] = ['لجنة', 'إدارة', 'قسم', 'فرع', 'مكتب', 'وحدة', 'شعبة'];

/**
 * Nouns of events, campaigns and programmes that open their own quoted name (في «مسيرة العودة», من
 * «عملية الشهيد», في «حملة المقاطعة»): with a definite genitive after them, inside the marks after في or
 * من, the quote is the name one takes part in, not words said.
 */
export const EVENT_NOUNS: readonly string[] = [
  ...['مسيرة', 'حملة', 'عملية', 'مبادرة', 'مهرجان', 'مسابقة', 'بطولة', 'معرض', 'منتدى', 'برنامج'],
];

/**
 * Verbs of publishing: a paper or a channel is their subject, and one named in quotes right after them
 * may be followed by when it published (ونشرت «الوطن» الأحد الماضي, وأوردت «عكاظ» أمس).
 */
export const PUBLISHING_VERBS: readonly string[] = ['نشر', 'أورد', 'ذكر', 'بث'];

/**
 * Verbs that take an object yet tell it to an outlet: their object is the clause after أنّ, so a
 * quoted name after لـ and before the subject is the outlet told (وذكر لـ«عكاظ» الناطق … أن, وكشف
 * لـ«الشرق» مصدر مطلع أن), unlike a verb of calling whose لـ«…» is what it calls for.
 */
export const TELLING_VERBS: readonly string[] = ['ذكر', 'بين', 'كشف', 'أورد', 'أعلن', 'شرح', 'روى', 'حكى'];

/**
 * Peoples named by a broken plural with the article, which stand as a plural genitive's adjective in a
 * body's name (اتحاد الكتاب العرب, نقابة المحامين الأكراد), as a nisba does; a noun after them is the
 * verb's object (ونعى اتحاد الكتاب العرب الراحل).
 */
export const PEOPLES_PLURALS: readonly string[] = [
  'العرب',
  'الأكراد',
  'الأتراك',
  'الأفارقة',
  'الأفغان',
  'الأرمن',
  'الأمازيغ',
  'الفرس',
  'الروس',
  'الألمان',
  'الإنجليز',
  'الأقباط',
];

/**
 * Quantifiers that take a definite plural after a noun without the article: a description of one among
 * many (مالك إحدى العمائر, صاحب أحد المحال), which stands before a name as a genitive would.
 */
export const ONE_OF_QUANTIFIERS: readonly string[] = ['أحد', 'إحدى'];

/**
 * More forms of "one of" that subject.ts reads as a description, not a name (ONE_OF_FORM_SET): إحدى
 * written with ي, the number (واحد من السكان), and the quantifier with a pronoun (أحدهم, إحداهما).
 */
export const ONE_OF_FORMS: readonly string[] = [
  'إحدي',
  'واحد',
  'واحدة',
  'أحدهم',
  'إحداهن',
  'أحدهما',
  'إحداهما',
];

/**
 * Heads of a place in construct with its name (شرطة منطقة الرياض, أمانة محافظة جدة, ولاية أوهايو): inside a
 * body's name (attribute.ts) and after a title or ب (subject.ts: بمنطقة مكة المكرمة).
 */
export const PLACE_HEAD_NOUNS: readonly string[] = ['منطقة', 'محافظة', 'مدينة', 'مقاطعة', 'ولاية'];

/**
 * Heads of a region that subject.ts reads as PLACE_HEAD_NOUNS too (حاكم إقليم أوبوك, بإمارة الشارقة), but
 * attribute.ts does not take into a body's name (PLACE_HEAD_SET against BODY_PLACE_HEAD_SET).
 */
export const REGION_HEAD_NOUNS: readonly string[] = ['إمارة', 'إقليم'];

/**
 * Bodies' nouns that are also active participles in ة: after a definite feminine noun they agree with
 * it as its adjective (اللجنة المنظمة, رئيس اللجنة المنظمة للمهرجان, الهيئة المؤسسة), not another body.
 */
export const BODY_PARTICIPLES: readonly string[] = ['المنظمة', 'المؤسسة'];

/**
 * Broken plurals in أفعلة whose last letters are those of an adjective of origin (الأغذية, الأدوية,
 * الأندية): nouns, a body's genitive (منظمة الأغذية والزراعة, رابطة الأندية), never an adjective.
 */
export const NISBA_SHAPED_PLURALS: readonly string[] = [
  'الأغذية',
  'الأدوية',
  'الأندية',
  'الأودية',
  'الأبنية',
  'الأحذية',
  'الأغطية',
  'الأوعية',
];

/**
 * Definite participles that say what a firm or a body does to a thing, run, own, make, carry out, develop,
 * import, produce, distribute or answer for (شركة يوروتانل المشغلة للنفق, الشركة المالكة للفريق, شركة إيرباص
 * المصنعة للطائرة, شركة بن لادن المسؤولة عن المشروع, الشركة المستوردة للشحنة): before their ل or عن they
 * describe the body already named, no word of its name.
 */
export const FIRM_ROLE_PARTICIPLES: readonly string[] = [
  'المشغلة',
  'المشغل',
  'المالكة',
  'المالك',
  'المصنعة',
  'المصنع',
  'المسؤولة',
  'المسئولة',
  'المنفذة',
  'المنفذ',
  'المطورة',
  'المطور',
  'المستوردة',
  'المستورد',
  'المنتجة',
  'الموزعة',
  'الموزع',
];

/**
 * Short words of East Asian and other foreign names that also spell an Arabic function word: بأن without
 * its hamza, "to me", "she", "if", "being", لأن without its hamza (بان كي يونغ, هونغ لي, بارك مين هي, لو
 * كانغ, كيم سون هيه, وانغ هوي لان). Read as a name's only inside a run of short foreign words after a title
 * (subject.ts, isForeignNameSyllable).
 */
export const FOREIGN_NAME_SYLLABLES: readonly string[] = ['بان', 'لي', 'هي', 'لو', 'كون', 'لان'];

/**
 * Those syllables that are also particles governing أنّ (لو أن: if; كون أن: being that): right before أن
 * they open a clause after the subject (وقال وانغ لو أن …), not the last word of its name.
 */
export const ANNA_GOVERNING_SYLLABLES: readonly string[] = ['لو', 'كون'];

/**
 * Nouns after في that say where in a talk, a text or an event words were given (في ختام اللقاء, في
 * السياق ذاته, في المقابل, في محاضرة, في مقال), without the article: after a name ending in a trade's
 * word (فلان الفلاني الخبير في ختام …) they end the name, they are no body the trade serves.
 */
export const SPOKEN_WHERE_NOUNS: readonly string[] = [
  ...['ختام', 'أثناء', 'اثناء', 'سياق', 'مقابل', 'إطار', 'مستهل', 'نهاية', 'بداية', 'أعقاب', 'حوار'],
  ...['محاضرة', 'دراسة', 'مقال', 'ورقة', 'منشور', 'تغريدة', 'رسالة', 'ندوة', 'منتدى', 'جلسة', 'اجتماع'],
];

/**
 * A gazetteer: the world's countries as Arabic newsrooms write them (with their common variants),
 * continents and regions, the major capitals and large cities, and the Saudi and Arab cities and
 * regions a Saudi paper names. Written as news writes them, with the article where it has one; a name of
 * several words is one entry (كوريا الجنوبية, جنوب أفريقيا). In construct after a title's word it is the
 * title's genitive (رئيس وزراء إيطاليا, مدير تعليم جدة), never the start of the holder's name.
 */
export const PLACES: readonly string[] = [
  // Arab countries
  'السعودية',
  'المملكة العربية السعودية',
  'مصر',
  'العراق',
  'سوريا',
  'سورية',
  'لبنان',
  'الأردن',
  'فلسطين',
  'اليمن',
  // عُمان the country and عمّان the capital, one word once unvowelled
  'عمان',
  'سلطنة عمان',
  'الإمارات',
  'قطر',
  'الكويت',
  'البحرين',
  'ليبيا',
  'تونس',
  'الجزائر',
  'المغرب',
  'موريتانيا',
  'السودان',
  'جنوب السودان',
  'الصومال',
  'جيبوتي',
  'جزر القمر',
  // Europe
  'بريطانيا',
  'المملكة المتحدة',
  'إنجلترا',
  'إنكلترا',
  'اسكتلندا',
  'أيرلندا',
  'إيرلندا',
  'فرنسا',
  'ألمانيا',
  'المانيا',
  'إيطاليا',
  'ايطاليا',
  'إسبانيا',
  'اسبانيا',
  'البرتغال',
  'هولندا',
  'بلجيكا',
  'لوكسمبورغ',
  'سويسرا',
  'النمسا',
  'السويد',
  'النرويج',
  'الدنمارك',
  'الدانمارك',
  'فنلندا',
  'أيسلندا',
  'بولندا',
  'التشيك',
  'سلوفاكيا',
  'المجر',
  'هنغاريا',
  'رومانيا',
  'بلغاريا',
  'اليونان',
  'قبرص',
  'مالطا',
  'صربيا',
  'كرواتيا',
  'سلوفينيا',
  'البوسنة والهرسك',
  'البوسنة',
  'الجبل الأسود',
  'ألبانيا',
  'كوسوفو',
  'مقدونيا الشمالية',
  'مقدونيا',
  'أوكرانيا',
  'روسيا',
  'بيلاروسيا',
  'مولدوفا',
  'ليتوانيا',
  'لاتفيا',
  'إستونيا',
  'استونيا',
  'جورجيا',
  'أرمينيا',
  'أذربيجان',
  'تركيا',
  // Asia
  'إيران',
  'ايران',
  'أفغانستان',
  'باكستان',
  'الهند',
  'بنغلاديش',
  'سريلانكا',
  'سري لانكا',
  'نيبال',
  'الصين',
  'اليابان',
  'كوريا الجنوبية',
  'كوريا الشمالية',
  'كوريا',
  'تايوان',
  'منغوليا',
  'فيتنام',
  'تايلاند',
  'ميانمار',
  'كمبوديا',
  'لاوس',
  'ماليزيا',
  'سنغافورة',
  'إندونيسيا',
  'اندونيسيا',
  'الفلبين',
  'كازاخستان',
  'أوزبكستان',
  'تركمانستان',
  'طاجيكستان',
  'قرغيزستان',
  'إسرائيل',
  // Africa
  'إثيوبيا',
  'اثيوبيا',
  'إريتريا',
  'كينيا',
  'أوغندا',
  'تنزانيا',
  'رواندا',
  'بوروندي',
  'نيجيريا',
  'النيجر',
  'مالي',
  'تشاد',
  'السنغال',
  'غانا',
  'الكاميرون',
  'غينيا',
  'ساحل العاج',
  'كوت ديفوار',
  'بوركينا فاسو',
  'الكونغو',
  'أنغولا',
  'زامبيا',
  'زيمبابوي',
  'موزمبيق',
  'مدغشقر',
  'ناميبيا',
  'بوتسوانا',
  'جنوب أفريقيا',
  'جنوب إفريقيا',
  // the Americas and Oceania
  'الولايات المتحدة',
  'أمريكا',
  'أميركا',
  'كندا',
  'المكسيك',
  'كوبا',
  'البرازيل',
  'الأرجنتين',
  'تشيلي',
  'بيرو',
  'كولومبيا',
  'فنزويلا',
  'الإكوادور',
  'بوليفيا',
  'الباراغواي',
  'باراغواي',
  'الأوروغواي',
  'أوروغواي',
  'أستراليا',
  'استراليا',
  'نيوزيلندا',
  'نيوزيلاندا',
  // continents and regions
  'آسيا',
  'أوروبا',
  'أفريقيا',
  'إفريقيا',
  'أمريكا اللاتينية',
  'أميركا اللاتينية',
  'أمريكا الشمالية',
  'أمريكا الجنوبية',
  'الشرق الأوسط',
  'الخليج',
  'شمال أفريقيا',
  'شمال إفريقيا',
  'غرب أفريقيا',
  'شرق أفريقيا',
  'جنوب آسيا',
  'جنوب شرق آسيا',
  'آسيا الوسطى',
  'شرق المتوسط',
  'الاتحاد الأوروبي',
  // capitals and large cities
  'واشنطن',
  'نيويورك',
  'لوس أنجلوس',
  'شيكاغو',
  'لندن',
  'باريس',
  'برلين',
  'روما',
  'مدريد',
  'برشلونة',
  'لشبونة',
  'أمستردام',
  'بروكسل',
  'جنيف',
  'فيينا',
  'أثينا',
  'ستوكهولم',
  'أوسلو',
  'كوبنهاغن',
  'وارسو',
  'براغ',
  'بودابست',
  'بلغراد',
  'موسكو',
  'كييف',
  'مينسك',
  'أنقرة',
  'إسطنبول',
  'اسطنبول',
  'طهران',
  'كابول',
  'إسلام آباد',
  'كراتشي',
  'نيودلهي',
  'مومباي',
  'بكين',
  'شنغهاي',
  'طوكيو',
  'سيول',
  'بيونغ يانغ',
  'هونغ كونغ',
  'جاكرتا',
  'كوالالمبور',
  'مانيلا',
  'بانكوك',
  'أوتاوا',
  'تورونتو',
  'مكسيكو',
  'برازيليا',
  'بوينس آيرس',
  'سيدني',
  'كانبرا',
  'أديس أبابا',
  'نيروبي',
  'لاغوس',
  'أبوجا',
  'داكار',
  'كيب تاون',
  'جوهانسبرغ',
  'القاهرة',
  'الإسكندرية',
  'بغداد',
  'البصرة',
  'النجف',
  'كربلاء',
  'الموصل',
  'أربيل',
  'دمشق',
  'حلب',
  'حمص',
  'بيروت',
  'طرابلس',
  'بنغازي',
  'القدس',
  'غزة',
  'رام الله',
  'الخليل',
  'نابلس',
  'صنعاء',
  'عدن',
  'تعز',
  'الحديدة',
  'مسقط',
  'أبوظبي',
  'أبو ظبي',
  'دبي',
  'الشارقة',
  'الدوحة',
  'المنامة',
  'الخرطوم',
  'مقديشو',
  'الرباط',
  'الدار البيضاء',
  'الجزائر العاصمة',
  'نواكشوط',
  // Saudi cities and regions
  'الرياض',
  'جدة',
  'مكة المكرمة',
  'مكة',
  'المدينة المنورة',
  'الدمام',
  'الخبر',
  'الظهران',
  'الأحساء',
  'الاحساء',
  'القطيف',
  'الجبيل',
  'الطائف',
  'القصيم',
  'بريدة',
  'عنيزة',
  'حائل',
  'تبوك',
  'جازان',
  'جيزان',
  'نجران',
  'أبها',
  'عسير',
  'خميس مشيط',
  'الباحة',
  'الجوف',
  'سكاكا',
  'عرعر',
  'ينبع',
  'رابغ',
  'العلا',
  'حفر الباطن',
  'بيشة',
  'القنفذة',
  'الخرج',
  'المجمعة',
  'الدرعية',
  'نيوم',
  // Saudi governorates whose names hold a word that is also a given name or a joiner (سراة عبيدة, وادي
  // الدواسر, أحد رفيدة): after محافظ they are the place, the name in apposition after them the holder's
  'سراة عبيدة',
  'أحد رفيدة',
  'أحد المسارحة',
  'رجال ألمع',
  'وادي الدواسر',
  'وادي فاطمة',
  'أبو عريش',
  'بني حسن',
  'بني عمرو',
  'ظهران الجنوب',
  'محايل عسير',
  'حوطة بني تميم',
  'حوطة سدير',
  'رأس تنورة',
  'بلقرن',
  'تنومة',
  'النماص',
  'المخواة',
  'بلجرشي',
  'صبيا',
  'صامطة',
  'بيش',
  'خيبر',
  'أملج',
  'ضباء',
  'تيماء',
  'الحناكية',
  'الرس',
  'البكيرية',
  'الزلفي',
  'شقراء',
  'الدوادمي',
  'عفيف',
  'الأفلاج',
  'السليل',
  'الخفجي',
  'النعيرية',
  'بقيق',
  'طريف',
  'رفحاء',
  'شرورة',
  'تثليث',
  // US states and cities whose police, courts and agencies news names with them (الشرطة في تكساس)
  ...['كاليفورنيا', 'تكساس', 'فلوريدا', 'أوهايو', 'ميشيغان', 'أريزونا', 'فرجينيا', 'ماساتشوستس'],
  ...['كولورادو', 'ميسوري', 'لويزيانا', 'بنسلفانيا', 'إلينوي', 'مينيسوتا', 'كارولينا الشمالية'],
  ...['كارولينا الجنوبية', 'بوسطن', 'هيوستن', 'دالاس', 'سان فرانسيسكو', 'فيلادلفيا', 'أتلانتا'],
  ...['ميامي', 'سياتل', 'مانشستر', 'برمنغهام'],
  // Moroccan towns with courts of first instance and appeal (المحكمة الابتدائية في إنزكان)
  ...['إنزكان', 'تطوان', 'أكادير', 'مراكش', 'فاس', 'طنجة', 'مكناس', 'القنيطرة', 'آسفي', 'الناظور'],
];

/**
 * Indefinite nouns of a work whose name is a text (a campaign, a banner, a book, a slogan): a paragraph of
 * background that brings in one (وأطلقت الوزارة حملة وطنية, وصدر له كتاب جديد) is what the quote paragraph
 * after it names, not a pause in someone's speech. Also in the accusative (كتابا, شعارا).
 */
export const TITLED_WORK_NOUNS: readonly string[] = [
  'حملة',
  'مبادرة',
  'شعار',
  'شعارات',
  'لافتة',
  'لافتات',
  'يافطة',
  'يافطات',
  'كتاب',
  'كتيب',
  'رواية',
  'ديوان',
  'قصيدة',
  'أغنية',
  'مسرحية',
  'فيلم',
  'مسلسل',
  'ألبوم',
  'عنوان',
  'بعنوان',
  'هاشتاغ',
  'وسم',
];

/**
 * What a movement or an organising carries or holds, after حركة or تنظيم as verbal nouns (حركة المرور,
 * حركة الطيران, تنظيم كأس العالم): the head is an activity, not a group of members, and a source in it
 * is not one of them.
 */
export const ACTIVITY_GENITIVES: readonly string[] = [
  ...['المرور', 'السير', 'الطيران', 'الملاحة', 'النقل', 'الشحن', 'التجارة', 'الأسواق', 'القطارات'],
  ...['المسافرين', 'الحجاج', 'السفن', 'البضائع', 'السياحة', 'الانتخابات', 'الحج', 'كأس', 'بطولة'],
  ...['البطولة', 'المؤتمر', 'مؤتمر', 'المهرجان', 'مهرجان', 'الفعاليات', 'المعرض', 'معرض'],
];

/**
 * Nouns that head a time phrase (عشية الانتخابات, قبيل الاجتماع, منتصف الليل): between commas
 * after a description, when the words were said, never who said them.
 */
export const TIME_PHRASE_HEADS: readonly string[] = [
  'عشية',
  'قبيل',
  'بعيد',
  'إبان',
  'منتصف',
  'أواخر',
  'أوائل',
  'مطلع',
  'نهاية',
  'بداية',
  'طيلة',
  'طوال',
  'صبيحة',
];

/** Nouns of years and of one's age (، 45 عاما،, عمره): a word of a person's age, never of a name. */
export const AGE_NOUNS: readonly string[] = ['عاما', 'عام', 'سنة', 'سنوات', 'سنين', 'أعوام', 'عمره', 'عمرها'];
