/**
 * Bodyfull13 (issue 3): a body's full name cut short. The speaker is a body and it is found, but its name
 * is cut: before في + its seat or country (السفارة الفرنسية في الرياض), before ب + its region or city
 * (بمنطقة، بمحافظة، بالدمام), before a field after ل (لحقوق الإنسان), before a second noun joined with و
 * (للعلوم والتقنية), before the given name after الملك, after جمعية before its own name. The corpus rule is
 * the fullest name the article gives, and the dev corpus keeps في + place in a body's name.
 *
 * The rows were written before the engine was run on them, by reading each sentence as a person would:
 * Saudi papers' and international outlets' styles, verbs masculine and feminine, bodies singular and
 * plural, with and without a colon, in « » and " ". Guard rows (near shapes the engine must keep: في + a
 * document or a time, في + the verb's complement, a place where the speaking happened, the verb's object
 * after the name) close the table; two near shapes the engine missed before any change for other reasons
 * stay marked. Before any change: 9 of the 38 rows failed (one row, a council in construct with its
 * country, was replaced by a union with its country: a council in construct before في is where it met,
 * review34's rule); after the seat rule (placeAfterFi: في + a place's head and its name, a country
 * written with the article, a verb's preposition before a quote after the seat), 5. Five rows were added
 * after (written before the engine ran on them: a field after ل after a verb of appeal whose إلى comes
 * later, an occasion of speaking after the name, and two guards); after the second rule (an appeal's
 * إلى later in the clause; في + an occasion of speaking ends a name), 6 of the 43. Two rows more of a
 * field named for a king (لمستشفى الملك خالد, لجائزة الملك فيصل: both cut at الملك on main); after the
 * third rule (a field's genitive الملك read on to the given name), 6 of the 45. One row and one guard
 * more of a field that governs عن (the row cut at الجمعية اللبنانية on main); after the fourth rule (the
 * verb's preposition before a quote, or ب on a definite noun, ends such a field), 5 of the 47. Two rows
 * more of العام after a genitive joined by و (the first read on into the object on main; the second, the
 * year, wrong on main and after); after the fifth rule, 6 of the 49 fail (marked below).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'أكدت السفارة … في + city (an embassy with its seat), then أن «…»',
    // engine gap: the fragment is credited to «السفارة الفرنسية»: the engine's rule (guards in body-rules2, body-rules5, mend12b) reads the city after an embassy named with its adjective of origin as where it spoke
    gaps: ['attribution'],
    text: 'وأكدت السفارة الفرنسية في الرياض أن مواعيد التأشيرات «ستعود إلى طبيعتها مطلع الشهر المقبل».',
    quotes: [['ستعود إلى طبيعتها مطلع الشهر المقبل', 'partial', 'السفارة الفرنسية في الرياض']],
  },
  {
    what: 'قالت القنصلية … في + city في بيان إن "…"',
    // engine gap: the fragment is credited to «القنصلية الأمريكية», the same rule as the embassy's (the adjective of origin says where it is from, the city read as where it spoke)
    gaps: ['attribution'],
    text: 'وقالت القنصلية الأمريكية في جدة في بيان إن المواطنين الأمريكيين "ليسوا بحاجة إلى مغادرة المدينة في الوقت الراهن".',
    quotes: [['ليسوا بحاجة إلى مغادرة المدينة في الوقت الراهن', 'partial', 'القنصلية الأمريكية في جدة']],
  },
  {
    what: 'حذر اتحاد … في + country من «…»',
    text: 'وحذر اتحاد المزارعين في فرنسا من «موسم كارثي إذا استمر الجفاف حتى نهاية الشهر».',
    quotes: [['موسم كارثي إذا استمر الجفاف حتى نهاية الشهر', 'partial', 'اتحاد المزارعين في فرنسا']],
  },
  {
    what: 'أعلنت نقابة … في + country أن … «…»',
    text: 'وأعلنت نقابة الأطباء في تونس أن الإضراب «سيشمل جميع المستشفيات العمومية يومي الأربعاء والخميس».',
    quotes: [['سيشمل جميع المستشفيات العمومية يومي الأربعاء والخميس', 'partial', 'نقابة الأطباء في تونس']],
  },
  {
    what: 'ذكرت إدارة … في + ministry (a department inside a ministry), colon and a direct quote',
    text: 'وذكرت إدارة الإحصاء في وزارة التخطيط: «ارتفع معدل التضخم إلى 3 في المئة خلال الربع الثاني».',
    quotes: [
      ['ارتفع معدل التضخم إلى 3 في المئة خلال الربع الثاني', 'direct', 'إدارة الإحصاء في وزارة التخطيط'],
    ],
  },
  {
    what: 'أوضحت المديرية … بمنطقة + region أن "…"',
    text: 'وأوضحت المديرية العامة للدفاع المدني بمنطقة عسير أن فرقها "أخلت 40 أسرة من الأحياء المنخفضة".',
    quotes: [['أخلت 40 أسرة من الأحياء المنخفضة', 'partial', 'المديرية العامة للدفاع المدني بمنطقة عسير']],
  },
  {
    what: 'أعلنت الإدارة العامة … بمنطقة + region (feminine verb), في بيان، أن «…»',
    text: 'وأعلنت الإدارة العامة للتعليم بمنطقة الجوف في بيان أن الدراسة «ستعلق غداً في جميع المدارس بسبب الغبار».',
    quotes: [['ستعلق غداً في جميع المدارس بسبب الغبار', 'partial', 'الإدارة العامة للتعليم بمنطقة الجوف']],
  },
  {
    what: 'قالت بلدية … بمحافظة + governorate إن «…»',
    text: 'وقالت بلدية الخبر بمحافظة الخبر إن أعمال الصيانة «ستنتهي قبل بداية العام الدراسي».',
    quotes: [['ستنتهي قبل بداية العام الدراسي', 'partial', 'بلدية الخبر بمحافظة الخبر']],
  },
  {
    what: 'بينت جمعية … بـ + city (ب on the city itself) أن "…"',
    text: 'وبينت جمعية البر الخيرية بالأحساء أن السلال الغذائية "وصلت إلى أكثر من ثلاثة آلاف أسرة".',
    quotes: [['وصلت إلى أكثر من ثلاثة آلاف أسرة', 'partial', 'جمعية البر الخيرية بالأحساء']],
  },
  {
    what: 'أكد فرع … بـ + city, colon and a direct quote',
    text: 'وأكد فرع وزارة الزراعة بالقصيم: "لا توجد إصابات بمرض أنفلونزا الطيور في مزارع المنطقة".',
    quotes: [['لا توجد إصابات بمرض أنفلونزا الطيور في مزارع المنطقة', 'direct', 'فرع وزارة الزراعة بالقصيم']],
  },
  {
    what: 'طالبت الجمعية الوطنية لحقوق الإنسان بـ«…» (a field after ل)',
    text: 'وطالبت الجمعية الوطنية لحقوق الإنسان بـ«الإفراج عن جميع الموقوفين دون محاكمة».',
    quotes: [['الإفراج عن جميع الموقوفين دون محاكمة', 'partial', 'الجمعية الوطنية لحقوق الإنسان']],
  },
  {
    what: 'قالت الهيئة العامة للغذاء والدواء إن … "…" (a field after ل with a second noun joined by و)',
    text: 'وقالت الهيئة العامة للغذاء والدواء إن المنتج "لا يحمل ترخيصاً ولا يجوز تداوله في الأسواق".',
    quotes: [['لا يحمل ترخيصاً ولا يجوز تداوله في الأسواق', 'partial', 'الهيئة العامة للغذاء والدواء']],
  },
  {
    what: 'أعلنت مدينة الملك … للعلوم والتقنية أن «…»',
    text: 'وأعلنت مدينة الملك عبدالعزيز للعلوم والتقنية أن القمر الصناعي «يعمل بكفاءة تامة منذ إطلاقه».',
    quotes: [['يعمل بكفاءة تامة منذ إطلاقه', 'partial', 'مدينة الملك عبدالعزيز للعلوم والتقنية']],
  },
  {
    what: 'أوضحت جامعة الملك + given name أن "…"',
    text: 'وأوضحت جامعة الملك سعود أن نتائج القبول "ستعلن عبر البوابة الإلكترونية مساء الخميس".',
    quotes: [['ستعلن عبر البوابة الإلكترونية مساء الخميس', 'partial', 'جامعة الملك سعود']],
  },
  {
    what: 'أكد مستشفى الملك + given name التخصصي, colon and a direct quote',
    text: 'وأكد مستشفى الملك فيصل التخصصي: «أجرينا أكثر من مئتي عملية زراعة كبد منذ بداية العام».',
    quotes: [['أجرينا أكثر من مئتي عملية زراعة كبد منذ بداية العام', 'direct', 'مستشفى الملك فيصل التخصصي']],
  },
  {
    what: 'قالت المؤسسة العامة لجسر الملك + given name إن «…»',
    text: 'وقالت المؤسسة العامة لجسر الملك فهد إن حركة العبور «عادت إلى معدلها الطبيعي صباح اليوم».',
    quotes: [['عادت إلى معدلها الطبيعي صباح اليوم', 'partial', 'المؤسسة العامة لجسر الملك فهد']],
  },
  {
    what: 'نددت جمعية + a name of three words بما وصفته «…»',
    text: 'ونددت جمعية أطباء بلا حدود بما وصفته «استهدافاً متعمداً للمرافق الطبية في المدينة».',
    quotes: [['استهدافاً متعمداً للمرافق الطبية في المدينة', 'partial', 'جمعية أطباء بلا حدود']],
  },
  {
    what: 'دعت جمعية + a foreign name + its aim إلى «…»',
    text: 'ودعت جمعية غرينبيس للدفاع عن البيئة إلى «وقف التنقيب عن النفط في القطب الشمالي فوراً».',
    quotes: [['وقف التنقيب عن النفط في القطب الشمالي فوراً', 'partial', 'جمعية غرينبيس للدفاع عن البيئة']],
  },
  {
    what: 'قالت منظمة … للأمم المتحدة … (a UN agency’s long name) في بيان إن "…"',
    text: 'وقالت منظمة الأغذية والزراعة للأمم المتحدة في بيان إن أسعار القمح "ارتفعت بنسبة 12 في المئة خلال شهر".',
    quotes: [['ارتفعت بنسبة 12 في المئة خلال شهر', 'partial', 'منظمة الأغذية والزراعة للأمم المتحدة']],
  },
  {
    what: 'حذرت المفوضية السامية للأمم المتحدة لحقوق الإنسان من «…»',
    text: 'وحذرت المفوضية السامية للأمم المتحدة لحقوق الإنسان من «موجة جديدة من الاعتقالات التعسفية».',
    quotes: [
      ['موجة جديدة من الاعتقالات التعسفية', 'partial', 'المفوضية السامية للأمم المتحدة لحقوق الإنسان'],
    ],
  },
  {
    what: 'متحدث باسم مكتب … في محافظة + city (an unnamed spokesman to the body’s full name)',
    text: 'وقال متحدث باسم مكتب التعليم في محافظة الطائف إن المدارس «ستفتح أبوابها في الموعد المحدد».',
    quotes: [['ستفتح أبوابها في الموعد المحدد', 'partial', 'مكتب التعليم في محافظة الطائف']],
  },
  {
    what: 'أصدرت المحكمة … في محافظة + city … وقالت إن «…» (a court with its seat)',
    text: 'وأصدرت المحكمة الجزائية في محافظة جدة حكماً بسجن المتهمين، وقالت إن الأدلة «كانت كافية لإدانتهم».',
    quotes: [['كانت كافية لإدانتهم', 'partial', 'المحكمة الجزائية في محافظة جدة']],
  },
  {
    what: 'أعلن اتحاد … في + a country written with the article أن «…»',
    text: 'وأعلن اتحاد الصناعات في ألمانيا أن الطلبيات «تراجعت للشهر الثالث على التوالي».',
    quotes: [['تراجعت للشهر الثالث على التوالي', 'partial', 'اتحاد الصناعات في ألمانيا']],
  },
  {
    what: 'قالت هيئة … والادعاء العام بمنطقة … إن «…»',
    text: 'وقالت هيئة التحقيق والادعاء العام بمنطقة مكة المكرمة إن المتهمين «اعترفوا بجميع التهم المنسوبة إليهم».',
    quotes: [
      ['اعترفوا بجميع التهم المنسوبة إليهم', 'partial', 'هيئة التحقيق والادعاء العام بمنطقة مكة المكرمة'],
    ],
  },
  {
    what: 'أوضحت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي أن «…»',
    text: 'وأوضحت الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي أن التوسعة «ستستوعب مليون مصل إضافي».',
    quotes: [['ستستوعب مليون مصل إضافي', 'partial', 'الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي']],
  },
  {
    what: 'أكدت غرفة … في + region (a chamber of commerce with its seat), colon and a direct quote',
    text: 'وأكدت غرفة التجارة والصناعة في المنطقة الشرقية: «نعمل مع الجهات المعنية لحل مشكلة التأشيرات».',
    quotes: [
      ['نعمل مع الجهات المعنية لحل مشكلة التأشيرات', 'direct', 'غرفة التجارة والصناعة في المنطقة الشرقية'],
    ],
  },
  {
    what: 'اعتبرت لجنة … في + parliament (a committee inside a parliament) أن "…"',
    text: 'واعتبرت لجنة الشؤون الخارجية في مجلس الشورى أن الاتفاقية "تخدم مصالح البلدين".',
    quotes: [['تخدم مصالح البلدين', 'partial', 'لجنة الشؤون الخارجية في مجلس الشورى']],
  },
  {
    what: 'قالت الإدارة العامة للمرور بمنطقة … في تغريدة إن "…" (region then a document)',
    text: 'وقالت الإدارة العامة للمرور بمنطقة الرياض في تغريدة إن الطريق "أغلق مؤقتاً بسبب حادث مروري".',
    quotes: [['أغلق مؤقتاً بسبب حادث مروري', 'partial', 'الإدارة العامة للمرور بمنطقة الرياض']],
  },
  {
    what: 'دعت منظمة … لحقوق الإنسان في تعليق … إلى «…» (a field after ل after a verb of appeal whose إلى comes later)',
    text: 'ودعت المنظمة العربية لحقوق الإنسان في تعليق على الأحكام إلى «إعادة المحاكمات أمام قضاء مدني».',
    quotes: [['إعادة المحاكمات أمام قضاء مدني', 'partial', 'المنظمة العربية لحقوق الإنسان']],
  },
  {
    what: 'دعت الهيئة العامة للأرصاد وحماية البيئة المواطنين إلى "…" (the verb’s object, then إلى)',
    text: 'ودعت الهيئة العامة للأرصاد وحماية البيئة المواطنين إلى "الابتعاد عن مجاري السيول والأودية".',
    quotes: [['الابتعاد عن مجاري السيول والأودية', 'partial', 'الهيئة العامة للأرصاد وحماية البيئة']],
  },
  {
    what: 'ناشد مكتب … في + city في حديث لـ«…» (the seat, then an occasion of speaking)',
    // engine gap: the paper’s name is made a partial and both are credited to «مكتب الأمم», the name cut inside الأمم المتحدة after ناشد
    gaps: ['attribution'],
    text: 'وناشد مكتب الأمم المتحدة في جنيف في حديث لـ«الشرق الأوسط» الدول المانحة «الوفاء بتعهداتها».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['الوفاء بتعهداتها', 'partial', 'مكتب الأمم المتحدة في جنيف'],
    ],
  },
  {
    what: 'أعلنت المؤسسة العامة لـ… الملك + given name أنها «…» (a verb that takes an object, the field named for a king)',
    text: 'وأعلنت المؤسسة العامة لمستشفى الملك خالد أنها «افتتحت قسماً جديداً لطوارئ الأطفال».',
    quotes: [['افتتحت قسماً جديداً لطوارئ الأطفال', 'partial', 'المؤسسة العامة لمستشفى الملك خالد']],
  },
  {
    what: 'كشف المجلس الأعلى لجائزة الملك + given name في بيان أن "…"',
    text: 'وكشف المجلس الأعلى لجائزة الملك فيصل في بيان أن عدد المرشحين "بلغ 300 مرشح من 40 دولة".',
    quotes: [['بلغ 300 مرشح من 40 دولة', 'partial', 'المجلس الأعلى لجائزة الملك فيصل']],
  },
  {
    what: 'حذرت الجمعية … للدفاع عن الحريات من «…» (a field that governs عن, then the verb’s preposition before a quote)',
    text: 'وحذرت الجمعية اللبنانية للدفاع عن الحريات من «تحويل قانون الجرائم الإلكترونية إلى أداة لملاحقة الصحفيين».',
    quotes: [
      [
        'تحويل قانون الجرائم الإلكترونية إلى أداة لملاحقة الصحفيين',
        'partial',
        'الجمعية اللبنانية للدفاع عن الحريات',
      ],
    ],
  },
  {
    what: 'أعلنت هيئة التحقيق والادعاء العام + the verb’s object, then وقالت إن «…» (العام after a genitive joined by و)',
    text: 'وأعلنت هيئة التحقيق والادعاء العام إحالة المتهمين إلى المحكمة، وقالت إن الأدلة «دامغة ولا تقبل الشك».',
    quotes: [['دامغة ولا تقبل الشك', 'partial', 'هيئة التحقيق والادعاء العام']],
  },
  {
    what: 'near shape: أعلنت وزارة … والصناعة العام الماضي أن «…» (العام the year, no part of the name)',
    // engine gap: the fragment is credited to «وزارة التجارة والصناعة العام الماضي», the time phrase kept in the name (so on main too)
    gaps: ['attribution'],
    text: 'وأعلنت وزارة التجارة والصناعة العام الماضي أن الصادرات «ارتفعت بنسبة عشرة في المئة».',
    quotes: [['ارتفعت بنسبة عشرة في المئة', 'partial', 'وزارة التجارة والصناعة']],
  },
  // Guards: near shapes the engine must keep.
  {
    what: 'guard: قالت الوزارة في بيان إن «…» (في + a document, no part of the name)',
    text: 'وقالت وزارة الصحة في بيان إن الحالات الجديدة «مرتبطة بمخالطين لحالات سابقة».',
    quotes: [['مرتبطة بمخالطين لحالات سابقة', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: أكدت الهيئة في تصريح لـ«…» أن "…" (في + a statement, the paper a mention)',
    text: 'وأكدت هيئة الزكاة والضريبة في تصريح لـ«عكاظ» أن المخالفين "سيحالون إلى الجهات المختصة".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['سيحالون إلى الجهات المختصة', 'partial', 'هيئة الزكاة والضريبة'],
    ],
  },
  {
    what: 'guard: قالت الوزارة في مؤتمر صحفي (في + an event)',
    text: 'وقالت وزارة الخارجية في مؤتمر صحفي إن المفاوضات «وصلت إلى طريق مسدود».',
    quotes: [['وصلت إلى طريق مسدود', 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'guard: أعلنت الوزارة في وقت سابق (في + a time)',
    text: 'وكانت وزارة الداخلية أعلنت في وقت سابق أن الحدود «ستبقى مغلقة حتى إشعار آخر».',
    quotes: [['ستبقى مغلقة حتى إشعار آخر', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: أكدت الوزارة في ردها (في + the verb’s complement)',
    text: 'وأكدت وزارة التعليم في ردها على الاستفسارات أن الاختبارات «ستكون حضورية».',
    quotes: [['ستكون حضورية', 'partial', 'وزارة التعليم']],
  },
  {
    what: 'near shape: المتحدث باسم الوزارة في الرياض أمس (a place where the speaking happened)',
    text: 'وقال المتحدث باسم وزارة الخارجية في الرياض أمس إن المملكة «ترحب بأي مبادرة لوقف القتال».',
    quotes: [['ترحب بأي مبادرة لوقف القتال', 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'guard: نفت وزارة التجارة وجود … (the object after the name)',
    text: 'ونفت وزارة التجارة وجود أي نقص في الأسواق، مؤكدة أن المخزون «يكفي لستة أشهر».',
    quotes: [['يكفي لستة أشهر', 'partial', 'وزارة التجارة']],
  },
  {
    what: 'near shape: حذرت الأمم المتحدة في تقرير (في + a document after a short name)',
    // engine gap: the fragment gets no speaker (حذرت … في تقرير من أن not tied to the body; another class)
    gaps: ['attribution'],
    text: 'وحذرت الأمم المتحدة في تقرير من أن الجوع «يهدد ملايين الأطفال في المنطقة».',
    quotes: [['يهدد ملايين الأطفال في المنطقة', 'partial', 'الأمم المتحدة']],
  },
  {
    what: 'guard: قالت الشرطة في مؤتمر صحفي عقدته أمس (in + an event and a relative clause)',
    text: 'وقالت الشرطة الفرنسية في مؤتمر صحفي عقدته أمس إن المشتبه به «كان معروفاً لدى الأجهزة الأمنية».',
    quotes: [['كان معروفاً لدى الأجهزة الأمنية', 'partial', 'الشرطة الفرنسية']],
  },
  {
    what: 'guard: أعلنت الوزارة بالتعاون مع … (ب + a verbal noun, no place)',
    text: 'وأعلنت وزارة الصحة بالتعاون مع الهلال الأحمر أن الحملة «ستصل إلى القرى النائية».',
    quotes: [['ستصل إلى القرى النائية', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: دعت الجامعة العربية لوقف القتال (ل the appeal’s complement, no إلى after)',
    text: 'ودعت الجامعة العربية لوقف القتال فوراً، مؤكدة أن الحل «لن يكون إلا سياسياً».',
    quotes: [['لن يكون إلا سياسياً', 'partial', 'الجامعة العربية']],
  },
  {
    what: 'guard: قالت الهيئة في حديث لـ"…" (an occasion after a one-word body)',
    text: 'وقالت الهيئة في حديث لـ"الوطن" إن المخالفات "تضاعفت خلال الصيف".',
    quotes: [
      ['الوطن', 'mention', null],
      ['تضاعفت خلال الصيف', 'partial', 'الهيئة'],
    ],
  },
  {
    what: 'guard: نددت الرابطة … للدفاع عن حقوق الإنسان بالأحكام، معتبرة أنها «…» (ب on a definite noun after the field)',
    text: 'ونددت الرابطة التونسية للدفاع عن حقوق الإنسان بالأحكام، معتبرة أنها «قاسية وغير مبررة».',
    quotes: [['قاسية وغير مبررة', 'partial', 'الرابطة التونسية للدفاع عن حقوق الإنسان']],
  },
];

describe('bodyfull13: a body’s full name cut short', () => runRows(rows));
