/**
 * Names cut, run on or taken from the wrong words (issue 3, class names13): the speaker is found but the
 * name credited is wrong — a family name cut off (a participle-shaped surname in ون, المرهون, read as a
 * group; a transliterated surname in ة before «، التي», read as the verb's object), a verb taken into it
 * (يدعى أبو ماجد), a clause's verb phrase taken for it (وهي مقيمة … تسكن حي …), the description kept
 * where a name follows it (شاهد عيان، وهو حاج … يدعى فلان), a body's two-word name cut to its head
 * (البيت الأبيض after وصفها), a name cut at a dot (إي.أون), a verb read as a name after an object
 * (الحكم، وجاء في نص الحكم).
 *
 * The rows were written by me, with invented people, and their quotes and speakers read as a person reads
 * them before the engine ran on them. Rows the engine got wrong carry `gaps` and an `// engine gap:`
 * comment. Before any mend: 20 of 36 rule rows failed, the 10 guards passing.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  // --- A family name shaped as a participle's plural in ون after a person's given names ---
  {
    // engine gap: the speaker read is 'حسين علي'
    what: 'الصياد الستيني فلان فلان المرهون، الذي …: a surname in ون after two given names is the name’s',
    gaps: ['attribution'],
    text: 'وفي سوق السمك بالدمام، قال الصياد الستيني حسين علي المرهون، الذي يبيع صيده هنا منذ ثلاثين عاماً: «الأسعار هذا الموسم أفضل من العام الماضي».',
    quotes: [['الأسعار هذا الموسم أفضل من العام الماضي', 'direct', 'حسين علي المرهون']],
  },
  {
    // engine gap: the speaker read is 'زهراء جعفر'
    what: 'المعلمة فلانة فلان المرهون: before a colon, a woman',
    gaps: ['attribution'],
    text: 'وقالت المعلمة زهراء جعفر المرهون: «الطالبات تأقلمن مع المنصة بسرعة لم نتوقعها».',
    quotes: [['الطالبات تأقلمن مع المنصة بسرعة لم نتوقعها', 'direct', 'زهراء جعفر المرهون']],
  },
  {
    // engine gap: the speaker read is 'منصور حسن'
    what: 'وأوضح فلان فلان المرهون لـ«اليوم» أن: the surname before the outlet',
    gaps: ['attribution'],
    text: 'وأوضح المزارع منصور حسن المرهون لـ«اليوم» أن محصول التمور «تضرر من موجة الحر الأخيرة».',
    quotes: [
      ['اليوم', 'mention', null],
      ['تضرر من موجة الحر الأخيرة', 'partial', 'منصور حسن المرهون'],
    ],
  },
  {
    // engine gap: the speaker read is 'عادل سلمان'
    what: 'فلان فلان المحسون، وهو …، إن: the surname before a circumstantial clause',
    gaps: ['attribution'],
    text: 'وقال المواطن عادل سلمان المحسون، وهو أب لأربعة أطفال، إن المدرسة «بعيدة عن الحي ولا توجد حافلات».',
    quotes: [['بعيدة عن الحي ولا توجد حافلات', 'partial', 'عادل سلمان المحسون']],
  },
  {
    // engine gap: the speaker read is 'عبدالعزيز محمد'
    what: 'no title: فلان فلان المرهون إن, the surname before إن',
    gaps: ['attribution'],
    text: 'وأكد عبدالعزيز محمد المرهون أن الجمعية «ستوزع السلال الغذائية قبل رمضان».',
    quotes: [['ستوزع السلال الغذائية قبل رمضان', 'partial', 'عبدالعزيز محمد المرهون']],
  },
  // --- A transliterated surname written with ة after a foreign nationality, before «، التي» / «، وهي» ---
  {
    // engine gap: the speaker read is 'نور'
    what: 'الزائرة الإندونيسية فلانة فلانة حليزة، التي …: the surname in ة before the relative clause',
    gaps: ['attribution'],
    text: 'وفي ساحات المسجد النبوي، قالت الزائرة الإندونيسية نور عائشة حليزة، التي وصلت أمس مع زوجها: "المظلات خففت علينا حرارة الشمس كثيراً".',
    quotes: [['المظلات خففت علينا حرارة الشمس كثيراً', 'direct', 'نور عائشة حليزة']],
  },
  {
    // engine gap: the speaker read is 'سري'
    what: 'الطالبة الماليزية فلانة عزيزة، وهي …، إن: the surname in ة before a circumstantial clause',
    gaps: ['attribution'],
    text: 'وقالت الطالبة الماليزية سري فضيلة، وهي تدرس الطب في جامعة الملك عبدالعزيز، إن الغربة «صعبة في الأشهر الأولى فقط».',
    quotes: [['صعبة في الأشهر الأولى فقط', 'partial', 'سري فضيلة']],
  },
  {
    // engine gap: the speaker read is 'سانتوسو رحمة'
    what: 'الحاج الإندونيسي فلان فلان رحمة، الذي …: a man, the surname in ة',
    gaps: ['attribution'],
    text: 'وقال الحاج الإندونيسي بودي سانتوسو رحمة، الذي ينتظر هذه الرحلة منذ سبع سنوات: "لا أستطيع وصف شعوري الآن".',
    quotes: [['لا أستطيع وصف شعوري الآن', 'direct', 'بودي سانتوسو رحمة']],
  },
  // --- A name given, then وهو/وهي and a description whose verb phrase is no name ---
  {
    what: 'الحاجة فلانة فلان، وهي مقيمة … تسكن حي …، إن: the name before the clause speaks',
    text: 'وقالت الحاجة خديجة يوسف، وهي مقيمة باكستانية تسكن حي النزهة، إن الطابور "يبدأ قبل أذان الفجر بساعة".',
    quotes: [['يبدأ قبل أذان الفجر بساعة', 'partial', 'خديجة يوسف']],
  },
  {
    what: 'المواطن فلان فلان، وهو موظف متقاعد يقيم في …، إن: not «يقيم في حي …»',
    text: 'وقال المواطن سعد فالح الدوسري، وهو موظف متقاعد يقيم في حي الريان، إن الحفريات «أغلقت مدخل الحي منذ شهرين».',
    quotes: [['أغلقت مدخل الحي منذ شهرين', 'partial', 'سعد فالح الدوسري']],
  },
  {
    what: 'الممرضة فلانة فلان، وهي أم … تعمل في مستشفى …، إن',
    text: 'وتقول الممرضة هند عايض القحطاني، وهي أم لطفلين تعمل في مستشفى الملك فهد، إن المناوبات الليلية «لا تترك لها وقتاً لأسرتها».',
    quotes: [['لا تترك لها وقتاً لأسرتها', 'partial', 'هند عايض القحطاني']],
  },
  {
    what: 'العامل فلان فلان، وهو عامل … يعمل في البلدية …: «…»: a colon, not «يعمل في البلدية»',
    text: 'وقال العامل البنغلاديشي محمد رفيق، وهو عامل نظافة يعمل في البلدية منذ عشر سنوات: «لم أر مثل هذه الأمطار من قبل».',
    quotes: [['لم أر مثل هذه الأمطار من قبل', 'direct', 'محمد رفيق']],
  },
  {
    what: 'وهي طالبة تدرس في …: a student’s clause after her name, with « »',
    text: 'وأضافت الطالبة ريم سعود العتيبي، وهي طالبة تدرس في جامعة الأميرة نورة، أن النقل الجامعي «يتأخر كل صباح».',
    quotes: [['يتأخر كل صباح', 'partial', 'ريم سعود العتيبي']],
  },
  {
    what: 'الحاج فلان فلان، وهو مقيم هندي يعمل في …، إن: not «يعمل في مكة …»',
    text: 'وقال الحاج عبدالله رحيم خان، وهو مقيم هندي يعمل في مكة منذ عشرين عاماً، إن الزحام «أخف من العام الماضي».',
    quotes: [['أخف من العام الماضي', 'partial', 'عبدالله رحيم خان']],
  },
  {
    what: 'الممرضة فلانة فلان، وهي مقيمة هندية تقيم في …: «…»: a colon',
    text: 'وقالت الممرضة مريم جوزيف، وهي مقيمة هندية تقيم في جدة منذ طفولتها: «هذه المدينة بيتي الثاني».',
    quotes: [['هذه المدينة بيتي الثاني', 'direct', 'مريم جوزيف']],
  },
  {
    what: 'المواطن فلان فلان، وهو متقاعد يسكن حي …، إن: a verb and its object in construct, no name',
    text: 'وقال المواطن فيصل ناصر الحربي، وهو متقاعد يسكن حي الملز، إن الحديقة «تحولت إلى موقف للشاحنات».',
    quotes: [['تحولت إلى موقف للشاحنات', 'partial', 'فيصل ناصر الحربي']],
  },
  {
    // engine gap: the speaker read is 'سيارة العائلة'
    what: 'المواطنة فلانة فلان، وهي معلمة تقود سيارة العائلة …، إن: feminine',
    gaps: ['attribution'],
    text: 'وقالت المواطنة نورة سعد البقمي، وهي معلمة تقود سيارة العائلة يومياً، إن الطريق «يحتاج إلى إنارة».',
    quotes: [['يحتاج إلى إنارة', 'partial', 'نورة سعد البقمي']],
  },
  {
    what: 'العامل الفلبيني فلان فلان، وهو فني يصلح أجهزة التكييف: «…»',
    text: 'وقال العامل الفلبيني خوسيه رييس، وهو فني يصلح أجهزة التكييف في المجمع: "الصيف هنا أطول مما توقعت".',
    quotes: [['الصيف هنا أطول مما توقعت', 'direct', 'خوسيه رييس']],
  },
  // --- A description, then وهو/وهي and what he is called after يدعى/تدعى ---
  {
    // engine gap: the speaker read is 'شاهد عيان'
    what: 'نقلت قناة "…" عن شاهد عيان، وهو حاج … يدعى فلان، قوله: the name after يدعى',
    gaps: ['attribution'],
    text: 'ونقلت قناة "الإخبارية" عن شاهد عيان، وهو حاج مغربي يدعى عبدالكريم بناني، قوله: "رأينا الدخان يتصاعد من الخيام قبل وصول الدفاع المدني".',
    quotes: [
      ['الإخبارية', 'mention', null],
      ['رأينا الدخان يتصاعد من الخيام قبل وصول الدفاع المدني', 'direct', 'عبدالكريم بناني'],
    ],
  },
  {
    // engine gap: the speaker read is 'شاهد عيان'
    what: 'وقال شاهد عيان، وهو سائق شاحنة يدعى فلان، إن',
    gaps: ['attribution'],
    text: 'وقال شاهد عيان، وهو سائق شاحنة يدعى ماجد سالم العتيبي، إن السيارة «كانت تسير بسرعة جنونية».',
    quotes: [['كانت تسير بسرعة جنونية', 'partial', 'ماجد سالم العتيبي']],
  },
  {
    what: 'وروت إحدى الطالبات، وهي فتاة سورية تدعى فلانة، أن: feminine',
    text: 'وروت إحدى الطالبات، وهي فتاة سورية تدعى رهف الخطيب، أن المعلمات «ساعدننا على تعويض ما فاتنا».',
    quotes: [['ساعدننا على تعويض ما فاتنا', 'partial', 'رهف الخطيب']],
  },
  {
    what: 'نقلت وكالة … عن أحد السكان، وهو رجل خمسيني يدعى فلان، قوله: relayed',
    text: 'ونقلت وكالة رويترز عن أحد السكان، وهو رجل خمسيني يدعى حسن عمر الفقي، قوله: «لم ننم طوال الليل بسبب القصف».',
    quotes: [['لم ننم طوال الليل بسبب القصف', 'direct', 'حسن عمر الفقي']],
  },
  {
    what: 'وقالت شاهدة عيان، وهي ممرضة تدعى فلانة، لـ«…»: a woman witness, an outlet',
    text: 'وقالت شاهدة عيان، وهي ممرضة تدعى سلمى الراشد، لـ«الوطن»: «حملنا المصابين إلى الطابق الأرضي».',
    quotes: [
      ['الوطن', 'mention', null],
      ['حملنا المصابين إلى الطابق الأرضي', 'direct', 'سلمى الراشد'],
    ],
  },
  // --- A business owner, then يدعى/تدعى and a kunya ---
  {
    // engine gap: the speaker read is 'شعبي في حي البلد'
    what: 'صاحب مطعم في حي …، يدعى أبو فلان، إن: the kunya without the verb',
    gaps: ['attribution'],
    text: 'ويقول صاحب مقهى شعبي في حي البلد، يدعى أبو سامي، إن الزبائن «قلوا بعد رفع أسعار الشاي».',
    quotes: [['قلوا بعد رفع أسعار الشاي', 'partial', 'أبو سامي']],
  },
  {
    // engine gap: the speaker read is 'خضار'
    what: 'صاحب محل خضار في سوق …، يدعى أبو فلان، لـ«…»: «…»',
    gaps: ['attribution'],
    text: 'وقال صاحب محل خضار في سوق العزيزية، يدعى أبو سعد، لـ«عكاظ»: «البيع هذا الأسبوع أقل من نصف المعتاد».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['البيع هذا الأسبوع أقل من نصف المعتاد', 'direct', 'أبو سعد'],
    ],
  },
  {
    // engine gap: the speaker read is 'صاحبة مشغل نسائي'
    what: 'صاحبة مشغل نسائي في حي …، تدعى أم فلان، إن: feminine',
    gaps: ['attribution'],
    text: 'وتقول صاحبة مشغل نسائي في حي الروضة، تدعى أم خالد، إن الطلب على الخياطة «يرتفع قبل العيد بأسابيع».',
    quotes: [['يرتفع قبل العيد بأسابيع', 'partial', 'أم خالد']],
  },
  {
    // engine gap: the speaker read is 'سيارات في', 'سيارات في'
    what: 'صاحب ورشة في …، يدعى أبو فلان، مضيفاً: two quotes to the kunya',
    gaps: ['attribution'],
    text: 'وقال صاحب ورشة سيارات في المنطقة الصناعية، يدعى أبو عمر، إن قطع الغيار «ارتفعت بنسبة الثلث»، مضيفاً: «لا نستطيع تحميل الزبون كل الزيادة».',
    quotes: [
      ['ارتفعت بنسبة الثلث', 'partial', 'أبو عمر'],
      ['لا نستطيع تحميل الزبون كل الزيادة', 'direct', 'أبو عمر'],
    ],
  },
  // --- A body's name of two words after a verb with its object pronoun (وصفها البيت الأبيض بأنها) ---
  {
    // engine gap: the speaker read is 'البيت'
    what: 'في خطوة وصفها البيت الأبيض بأنها "…": the body’s whole name',
    gaps: ['attribution'],
    text: 'ووقع الرئيس الأميركي الجمعة مرسوماً يخفض الرسوم على واردات الصلب، في خطوة وصفها البيت الأبيض بأنها "ضرورية لحماية الوظائف الأميركية".',
    quotes: [['ضرورية لحماية الوظائف الأميركية', 'partial', 'البيت الأبيض']],
  },
  {
    // engine gap: the speaker read is 'الإدارة تعليق المساعدات'
    what: 'قرار وصفه البيت الأبيض بأنه «…»',
    gaps: ['attribution'],
    text: 'وأعلنت الإدارة تعليق المساعدات، وهو قرار وصفه البيت الأبيض بأنه «مؤقت إلى حين مراجعة البرامج».',
    quotes: [['مؤقت إلى حين مراجعة البرامج', 'partial', 'البيت الأبيض']],
  },
  {
    what: 'اتفاق وصفه الكرملين بأنه "…": a body of one word after وصفه',
    text: 'ووقع الجانبان اتفاقاً للتعاون في مجال الطاقة، وصفه الكرملين بأنه "خطوة تاريخية".',
    quotes: [['خطوة تاريخية', 'partial', 'الكرملين']],
  },
  // --- A company's Latin name written with a dot ---
  {
    // engine gap: the speaker read is 'إي'
    what: 'وقالت إي.أون، الشركة …، في بيان إن: the name across the dot',
    gaps: ['attribution'],
    text: 'وقالت إي.أون، الشركة الألمانية المشغلة للشبكة، في بيان إن الانقطاع «نجم عن عطل في محطة التحويل».',
    quotes: [['نجم عن عطل في محطة التحويل', 'partial', 'إي.أون']],
  },
  // --- A ruling's text after a verb and its object ---
  {
    // engine gap: the speaker read is 'وجاء'
    what: 'ورفض محامي المتهم الحكم، وجاء في نص الحكم أن «…»: no speaker, not «وجاء»',
    gaps: ['attribution'],
    text: 'ورفض محامي المتهم الحكم، وجاء في نص الحكم أن «المتهم استغل وظيفته لتحقيق مكاسب شخصية».',
    quotes: [['المتهم استغل وظيفته لتحقيق مكاسب شخصية', 'partial', null]],
  },
  {
    // engine gap: the speaker read is null
    what: 'وقضت المحكمة …، وجاء في نص الحكم أن «…»: the court that issued it',
    gaps: ['attribution'],
    text: 'وقضت المحكمة الجزائية المتخصصة بسجن المتهم عشر سنوات، وجاء في نص الحكم أن المتهم «تواصل مع جهات خارجية».',
    quotes: [['تواصل مع جهات خارجية', 'partial', 'المحكمة الجزائية المتخصصة']],
  },
  {
    what: 'واستأنف الدفاع القرار، وجاء في حيثيات الحكم أن «…»: no speaker',
    text: 'واستأنف الدفاع القرار، وجاء في حيثيات الحكم أن الأدلة «كافية لإدانة المتهمين الثلاثة».',
    quotes: [['كافية لإدانة المتهمين الثلاثة', 'partial', null]],
  },
  // --- A name whose given name a place in the lede shares ---
  {
    what: 'a lede with شارع الملك عبدالعزيز, then المواطنة فلانة عبدالعزيز فلان: her whole name',
    text: [
      'تشهد التقاطعات على شارع الملك عبدالعزيز في الخبر زحاماً خانقاً في ساعات الذروة منذ إغلاق الجسر للصيانة.',
      'وقالت المواطنة منيرة عبدالعزيز الشمري، وهي معلمة في مدرسة قريبة، إن الرحلة إلى المدرسة «صارت تستغرق ساعة كاملة».',
    ].join('\n\n'),
    quotes: [['صارت تستغرق ساعة كاملة', 'partial', 'منيرة عبدالعزيز الشمري']],
  },
  {
    what: 'a lede with طريق الملك فهد, then المواطن فلان فهد فلان: his whole name',
    text: [
      'بدأت أمانة الرياض أعمال توسعة طريق الملك فهد بين تقاطعي العليا والتخصصي، وسط تحويلات مرورية.',
      'أما المواطن ناصر فهد العنزي، وهو موظف في وزارة المالية، فقال إن التحويلات «غير واضحة للسائقين ليلاً».',
    ].join('\n\n'),
    quotes: [['غير واضحة للسائقين ليلاً', 'partial', 'ناصر فهد العنزي']],
  },

  // --- Guards: near shapes read right now, to keep ---
  {
    what: 'guard: a plural participle in ين after a whole name is the verb’s object (حيا الوزير فلان المشاركين)',
    text: 'وحيا الوزير فهد سالم العلي المشاركين، مؤكداً أن المملكة «ماضية في دعم الرياضة النسائية».',
    quotes: [['ماضية في دعم الرياضة النسائية', 'partial', 'فهد سالم العلي']],
  },
  {
    what: 'guard: a surname in ون after one given name before إن (the rule of old)',
    text: 'وقال حسن المرهون إن الصيادين «يعانون من قلة الدعم».',
    quotes: [['يعانون من قلة الدعم', 'partial', 'حسن المرهون']],
  },
  {
    what: 'guard: الروسي فلان فلان and the verb’s object in ة with its genitive, no comma',
    text: 'وانتقد الدبلوماسي الروسي فلاديمير كوزلوف سياسة العقوبات، وقال إن الغرب «يعاقب نفسه».',
    quotes: [['يعاقب نفسه', 'partial', 'فلاديمير كوزلوف']],
  },
  {
    what: 'guard: a foreign name in ا before a relative clause, whole as it is',
    text: 'وقالت السائحة الإيطالية ماريا روسا، التي تزور المدينة للمرة الأولى: «لم أتخيل أن تكون الأسواق بهذا الجمال».',
    quotes: [['لم أتخيل أن تكون الأسواق بهذا الجمال', 'direct', 'ماريا روسا']],
  },
  {
    what: 'guard: أحد السكان، وهو المعلم المتقاعد فلان، إن: a title and a name after وهو',
    text: 'وقال أحد السكان، وهو المعلم المتقاعد فهد علي الزهراني، إن الشارع «لم يصلح منذ سنوات».',
    quotes: [['لم يصلح منذ سنوات', 'partial', 'فهد علي الزهراني']],
  },
  {
    what: 'guard: a name given, then وهو and a place of work: the name speaks',
    text: 'وقال خالد سعد المطيري، وهو موظف في شركة أرامكو، إن الدوام المرن «خفف الزحام».',
    quotes: [['خفف الزحام', 'partial', 'خالد سعد المطيري']],
  },
  {
    what: 'guard: قال البيت الأبيض إن «…»: the body as subject',
    text: 'وقال البيت الأبيض في بيان إن الرئيس «سيلتقي نظيره الفرنسي الأسبوع المقبل».',
    quotes: [['سيلتقي نظيره الفرنسي الأسبوع المقبل', 'partial', 'البيت الأبيض']],
  },
  {
    what: 'guard: في خطوة وصفتها وزارة … بأنها "…": a body of three words after وصفتها',
    text: 'وأغلقت السلطات المعبر، في خطوة وصفتها وزارة الخارجية التركية بأنها "غير مقبولة".',
    quotes: [['غير مقبولة', 'partial', 'وزارة الخارجية التركية']],
  },
  {
    what: 'guard: مواطن يدعى فلان: the name after يدعى with no comma',
    text: 'وقال مواطن يدعى سالم الشهري إن المياه «انقطعت ثلاثة أيام».',
    quotes: [['انقطعت ثلاثة أيام', 'partial', 'سالم الشهري']],
  },
  {
    what: 'guard: أحد الركاب، يدعى فلان، إن (lead12’s shape)',
    text: 'وقال أحد المسافرين، يدعى فيصل الحربي، إن الرحلة «ألغيت دون إشعار».',
    quotes: [['ألغيت دون إشعار', 'partial', 'فيصل الحربي']],
  },
];

describe('names-rules13: a speaker’s name cut, run on or taken from the wrong words', () => runRows(rows));
