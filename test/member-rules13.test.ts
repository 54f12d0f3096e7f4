/**
 * An unnamed member of a named body is credited to the body (issue 3, member13): the corpus rule gives
 * the words of an anonymous source, official, spokesperson, representative or officer of a NAMED body
 * to that body (وقال مسؤول في وزارة الصحة، طلب عدم نشر اسمه، إن … → وزارة الصحة). The rows are news-style
 * sentences of Saudi papers and international outlets, written by hand, with invented people, before the
 * engine was run on them: the official with طلب عدم نشر اسمه after him (with and without commas), an
 * officer (ضابط) of an army or a police force, a representative (ممثل) in construct with his body, a
 * spokesperson of a firm whose name is quoted, a definite unnamed spokesman (المتحدث باسم الحكومة …), a
 * body whose name begins with هيئة or runs on with في and its city, a body named in full in the lede and
 * then by its head alone. The guards keep places, fields, former officials and named people as they are.
 * Before the change: 17 failing of 44 (16 of the 34 class rows, and the officer in a town, written as a
 * guard but read «ضابط»); the 10 guards that pass hold. After the first change (ضابط, ممثل in construct,
 * a quoted name after باسم, a mission's city, مصلحة/جمرك/ملحقية as bodies, the outlet told on ل): 5.
 * Twelve rows more written after it (ten of the class, two guards), before running them: 5 failed of the
 * 12, two of them (a quoted firm's name before the outlet told on ل, an officer named after يدعى) mended
 * by the second change, one (أحد الضباط في الجيش) by the third; 2 left, and the actor (written as a guard)
 * fails as it did before: 8 failing of 56.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'قال مسؤول في وزارة …، طلب عدم نشر اسمه، إن … «…»: the ministry',
    text: 'وقال مسؤول في وزارة الصحة، طلب عدم نشر اسمه، إن المستشفيات في المنطقة الشرقية «تعمل فوق طاقتها منذ أسبوع».',
    quotes: [['تعمل فوق طاقتها منذ أسبوع', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'أوضح مسؤول في هيئة … طلب عدم ذكر اسمه أن «…» (no commas): the body',
    text: 'وأوضح مسؤول في هيئة الهلال الأحمر السعودي طلب عدم ذكر اسمه أن الفرق الإسعافية «وصلت إلى الموقع خلال سبع دقائق».',
    quotes: [['وصلت إلى الموقع خلال سبع دقائق', 'partial', 'هيئة الهلال الأحمر السعودي']],
  },
  {
    what: 'كشفت مسؤولة في وزارة …، فضلت عدم ذكر اسمها، أن …: the ministry (feminine)',
    text: 'وكشفت مسؤولة في وزارة التعليم، فضلت عدم ذكر اسمها، أن الوزارة «ستعيد النظر في جداول الاختبارات النهائية».',
    quotes: [['ستعيد النظر في جداول الاختبارات النهائية', 'partial', 'وزارة التعليم']],
  },
  {
    what: 'قال مسؤولون في شركة …، طلبوا عدم نشر أسمائهم، إن "…": the firm (plural)',
    text: 'وقال مسؤولون في شركة الزيت العربية السعودية، طلبوا عدم نشر أسمائهم، إن الإنتاج "لم يتأثر بالحريق".',
    quotes: [['لم يتأثر بالحريق', 'partial', 'شركة الزيت العربية السعودية']],
  },
  {
    what: 'قال ضابط في الجيش … لوكالة … إن "…": the army',
    text: 'وقال ضابط في الجيش اللبناني لوكالة فرانس برس إن الوحدات "انتشرت على طول الحدود الجنوبية".',
    quotes: [['انتشرت على طول الحدود الجنوبية', 'partial', 'الجيش اللبناني']],
  },
  {
    what: 'قال ضابط كبير في الشرطة … طلب عدم الكشف عن هويته إن "…": the police',
    text: 'وقال ضابط كبير في الشرطة العراقية طلب عدم الكشف عن هويته إن المسلحين "فروا باتجاه الصحراء بعد الهجوم".',
    quotes: [['فروا باتجاه الصحراء بعد الهجوم', 'partial', 'الشرطة العراقية']],
  },
  {
    what: 'أكدت ضابطة في الشرطة … أن «…»: the police (feminine officer)',
    text: 'وأكدت ضابطة في الشرطة البريطانية أن التحقيق «ما زال في مراحله الأولى».',
    quotes: [['ما زال في مراحله الأولى', 'partial', 'الشرطة البريطانية']],
  },
  {
    what: 'قال ضابط في الجيش … طلب عدم نشر اسمه لأنه غير مخول بالحديث … إن "…": the army',
    text: 'وقال ضابط في الجيش المصري طلب عدم نشر اسمه لأنه غير مخول بالحديث إلى وسائل الإعلام إن الطريق "سيبقى مغلقا حتى إشعار آخر".',
    quotes: [['سيبقى مغلقا حتى إشعار آخر', 'partial', 'الجيش المصري']],
  },
  {
    what: 'قال متحدث باسم «firm» إن … «…»: the firm, its quoted name a mention',
    text: 'وقال متحدث باسم «أمازون» إن الشركة «تراجع شكاوى العملاء بعناية».',
    quotes: [
      ['أمازون', 'mention', null],
      ['تراجع شكاوى العملاء بعناية', 'partial', 'أمازون'],
    ],
  },
  {
    what: 'قالت متحدثة باسم "firm" لوكالة رويترز إن "…": the firm',
    text: 'وقالت متحدثة باسم "غوغل" لوكالة رويترز إن الخدمة "عادت إلى العمل بشكل طبيعي في معظم الدول".',
    quotes: [
      ['غوغل', 'mention', null],
      ['عادت إلى العمل بشكل طبيعي في معظم الدول', 'partial', 'غوغل'],
    ],
  },
  {
    what: 'قال متحدث باسم شركة … إن "…": the firm, its name unquoted',
    text: 'وقال متحدث باسم شركة تويوتا إن المصانع "ستستأنف العمل يوم الاثنين".',
    quotes: [['ستستأنف العمل يوم الاثنين', 'partial', 'شركة تويوتا']],
  },
  {
    what: 'قال المتحدث باسم الحكومة … إن "…": a definite unnamed spokesman, the government',
    // Held, not fixed: the suite reads an unnamed definite spokesman as his title in 33 rows (probes 1, 14, 15, 68 among
    // them) and the corpus gold has no definite spokesman with a quote; reading him as the body is for the lead to rule.
    text: 'وقال المتحدث باسم الحكومة الأردنية إن القرار "نهائي ولا رجعة فيه".',
    quotes: [['نهائي ولا رجعة فيه', 'partial', 'الحكومة الأردنية']],
  },
  {
    what: 'أكدت المتحدثة باسم وزارة … أن «…»: a definite unnamed spokeswoman, the ministry',
    // Held, not fixed: the suite reads an unnamed definite spokesman as his title in 33 rows (probes 1, 14, 15, 68 among
    // them) and the corpus gold has no definite spokesman with a quote; reading him as the body is for the lead to rule.
    text: 'وأكدت المتحدثة باسم وزارة الخارجية الفرنسية أن باريس «تتابع الوضع عن كثب».',
    quotes: [['تتابع الوضع عن كثب', 'partial', 'وزارة الخارجية الفرنسية']],
  },
  {
    what: 'قال الناطق باسم الجيش …: «…»: a definite unnamed spokesman, colon and direct quote',
    // Held, not fixed: the suite reads an unnamed definite spokesman as his title in 33 rows (probes 1, 14, 15, 68 among
    // them) and the corpus gold has no definite spokesman with a quote; reading him as the body is for the lead to rule.
    text: 'وقال الناطق باسم الجيش الليبي: «قواتنا تتقدم على كل المحاور ولن نتوقف».',
    quotes: [['قواتنا تتقدم على كل المحاور ولن نتوقف', 'direct', 'الجيش الليبي']],
  },
  {
    what: 'كتب المتحدث باسم الحكومة … على صفحته أن "…": the government',
    // Held, not fixed: the suite reads an unnamed definite spokesman as his title in 33 rows (probes 1, 14, 15, 68 among
    // them) and the corpus gold has no definite spokesman with a quote; reading him as the body is for the lead to rule.
    text: 'من جهته، كتب المتحدث باسم الحكومة العراقية على صفحته الرسمية أن الاتفاق "خطوة أولى نحو الاستقرار".',
    quotes: [['خطوة أولى نحو الاستقرار', 'partial', 'الحكومة العراقية']],
  },
  {
    what: 'قال مسؤول في هيئة قناة … إن "…": the body with its head هيئة',
    text: 'وقال مسؤول في هيئة قناة السويس إن الإيرادات الشهرية "تجاوزت التوقعات".',
    quotes: [['تجاوزت التوقعات', 'partial', 'هيئة قناة السويس']],
  },
  {
    what: 'طالب ممثل هيئة … بـ«…»: the body the representative stands for',
    text: 'وطالب ممثل هيئة التحقيق والادعاء العام بـ«تشديد العقوبة على المتهمين الثلاثة».',
    quotes: [['تشديد العقوبة على المتهمين الثلاثة', 'partial', 'هيئة التحقيق والادعاء العام']],
  },
  {
    what: 'قال ممثل وزارة … في الاجتماع إن «…»: the ministry',
    text: 'وقال ممثل وزارة العمل في الاجتماع إن الوزارة «لن تتهاون مع المخالفين».',
    quotes: [['لن تتهاون مع المخالفين', 'partial', 'وزارة العمل']],
  },
  {
    what: 'أكدت ممثلة المفوضية … أن "…": the body (feminine representative)',
    text: 'وأكدت ممثلة المفوضية الأوروبية أن الاتحاد "ملتزم بكل تعهداته المالية".',
    quotes: [['ملتزم بكل تعهداته المالية', 'partial', 'المفوضية الأوروبية']],
  },
  {
    what: 'ذكر مصدر في الرئاسة العامة … أن «…»: the presidency, named in full',
    text: 'وذكر مصدر في الرئاسة العامة لرعاية الشباب أن النادي «لم يقدم الوثائق المطلوبة في الموعد».',
    quotes: [['لم يقدم الوثائق المطلوبة في الموعد', 'partial', 'الرئاسة العامة لرعاية الشباب']],
  },
  {
    what: 'the lede names the body in full, then قال مصدر في الهيئة إن "…": the body’s full name',
    text: [
      'أعلنت الهيئة العامة للطيران المدني تعليق الرحلات الداخلية إلى مطار أبها يومين بسبب الأحوال الجوية.',
      'وقال مصدر في الهيئة إن القرار "مؤقت وسيراجع مساء الغد".',
    ].join('\n\n'),
    quotes: [['مؤقت وسيراجع مساء الغد', 'partial', 'الهيئة العامة للطيران المدني']],
  },
  {
    what: 'the lede names a ministry with و in its name, then أشار مصدر في الوزارة إلى أن "…": the full name',
    text: [
      'أطلقت وزارة الشؤون الإسلامية والدعوة والإرشاد أمس برنامجا لتأهيل أئمة المساجد في المناطق النائية.',
      'وأشار مصدر في الوزارة إلى أن البرنامج "سيشمل أكثر من ألف إمام هذا العام".',
    ].join('\n\n'),
    quotes: [['سيشمل أكثر من ألف إمام هذا العام', 'partial', 'وزارة الشؤون الإسلامية والدعوة والإرشاد']],
  },
  {
    what: 'قال مسؤول في وزارة …: «…»: colon and direct quote',
    text: 'وقال مسؤول في وزارة الداخلية الكويتية: «لن نسمح بأي تجاوز للقانون».',
    quotes: [['لن نسمح بأي تجاوز للقانون', 'direct', 'وزارة الداخلية الكويتية']],
  },
  {
    what: '«…»، قال مسؤول في الهيئة العامة …: attribution after the quote',
    text: '«المطار سيعمل بكامل طاقته الأسبوع المقبل»، قال مسؤول في الهيئة العامة للطيران المدني.',
    quotes: [['المطار سيعمل بكامل طاقته الأسبوع المقبل', 'direct', 'الهيئة العامة للطيران المدني']],
  },
  {
    what: '…«…»، بحسب مسؤول في الشركة …: the firm after بحسب',
    text: 'وارتفع الطلب على الكهرباء «بنسبة غير مسبوقة»، بحسب مسؤول في الشركة السعودية للكهرباء.',
    quotes: [['بنسبة غير مسبوقة', 'partial', 'الشركة السعودية للكهرباء']],
  },
  {
    what: 'the official, then وأضاف المسؤول أن «…»: both to the ministry',
    text: 'وقال مسؤول في وزارة الصحة، طلب عدم نشر اسمه، إن الحالات «تحت السيطرة»، وأضاف المسؤول أن الوزارة «وزعت اللقاحات على كل المناطق».',
    quotes: [
      ['تحت السيطرة', 'partial', 'وزارة الصحة'],
      ['وزعت اللقاحات على كل المناطق', 'partial', 'وزارة الصحة'],
    ],
  },
  {
    what: 'ذكرت مصادر في الجيش … أن "…": the army (plural sources)',
    text: 'وذكرت مصادر في الجيش الإسرائيلي أن الهجوم "كان متوقعا منذ أيام".',
    quotes: [['كان متوقعا منذ أيام', 'partial', 'الجيش الإسرائيلي']],
  },
  {
    what: 'قال مسؤول في القنصلية … في مدينة، طلب عدم نشر اسمه، إن «…»: the consulate with its city',
    text: 'وقال مسؤول في القنصلية السعودية في إسطنبول، طلب عدم نشر اسمه، إن القنصلية «استقبلت عشرات العالقين».',
    quotes: [['استقبلت عشرات العالقين', 'partial', 'القنصلية السعودية في إسطنبول']],
  },
  {
    what: 'أكد مسؤول في الملحقية … في مدينة، طلب عدم نشر اسمه، أن «…»: the attaché office with its city',
    text: 'وأكد مسؤول في الملحقية الثقافية السعودية في لندن، طلب عدم نشر اسمه، أن الملحقية «صرفت المكافآت المتأخرة».',
    quotes: [['صرفت المكافآت المتأخرة', 'partial', 'الملحقية الثقافية السعودية في لندن']],
  },
  {
    what: 'قالت متحدثة باسم المفوضية … إن "…": the UN body',
    text: 'وقالت متحدثة باسم المفوضية السامية للأمم المتحدة لشؤون اللاجئين إن المخيمات "لم تعد تتسع لمزيد من الأسر".',
    quotes: [['لم تعد تتسع لمزيد من الأسر', 'partial', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين']],
  },
  {
    what: 'أفاد ناطق باسم الشرطة … بأن "…": the police',
    text: 'وأفاد ناطق باسم الشرطة الفرنسية بأن المشتبه به "اعتقل قرب محطة القطارات".',
    quotes: [['اعتقل قرب محطة القطارات', 'partial', 'الشرطة الفرنسية']],
  },
  {
    what: 'أوضح مسؤول في جمرك …، طلب عدم نشر اسمه، أن «…»: the customs post',
    text: 'وأوضح مسؤول في جمرك ميناء جدة الإسلامي، طلب عدم نشر اسمه، أن الحاويات «تفرج خلال يومين فقط».',
    quotes: [['تفرج خلال يومين فقط', 'partial', 'جمرك ميناء جدة الإسلامي']],
  },
  {
    what: 'صرح مسؤول في أمانة …، فضل عدم ذكر اسمه، بأن «…»: the municipality',
    text: 'وصرح مسؤول في أمانة منطقة الرياض، فضل عدم ذكر اسمه، بأن الأعمال «ستنتهي قبل بداية العام الدراسي».',
    quotes: [['ستنتهي قبل بداية العام الدراسي', 'partial', 'أمانة منطقة الرياض']],
  },
  // more of the class, written after the first change (before running them)
  {
    what: 'نقلت وكالة … عن مسؤول في وزارة … قوله إن "…": relayed, the ministry',
    text: 'ونقلت وكالة رويترز عن مسؤول في وزارة النفط العراقية قوله إن الصادرات "ستعود إلى مستواها الطبيعي خلال أيام".',
    quotes: [['ستعود إلى مستواها الطبيعي خلال أيام', 'partial', 'وزارة النفط العراقية']],
  },
  {
    what: 'قالت مصادر في شركة … لـ«paper» إن «…»: the firm, the paper a mention',
    text: 'وقالت مصادر في شركة طيران الإمارات لـ«الاقتصادية» إن الشركة «تدرس زيادة رحلاتها إلى الرياض».',
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['تدرس زيادة رحلاتها إلى الرياض', 'partial', 'شركة طيران الإمارات'],
    ],
  },
  {
    what: 'أكد ضابط في الحرس …، فضل عدم ذكر اسمه، أن «…»: the guard',
    text: 'وأكد ضابط في الحرس الوطني، فضل عدم ذكر اسمه، أن الوحدات «في جاهزية تامة».',
    quotes: [['في جاهزية تامة', 'partial', 'الحرس الوطني']],
  },
  {
    what: 'قال ممثل عن وزارة … إن «…»: the ministry after عن',
    // (read since the twenty-fourth session: a representative's body after عن, describedSource)
    text: 'وقال ممثل عن وزارة البيئة والمياه والزراعة إن الوزارة «رصدت عشرات المخالفات في الأسواق».',
    quotes: [['رصدت عشرات المخالفات في الأسواق', 'partial', 'وزارة البيئة والمياه والزراعة']],
  },
  {
    what: 'قالت متحدثة باسم «firm» لـ outlet: "…": the firm, direct',
    text: 'وقالت متحدثة باسم «نتفليكس» لهيئة الإذاعة البريطانية: "لا نعلق على الشائعات".',
    quotes: [
      ['نتفليكس', 'mention', null],
      ['لا نعلق على الشائعات', 'direct', 'نتفليكس'],
    ],
  },
  {
    what: '"…"، قال ضابط في الشرطة … لوكالة …: attribution after the quote, the police',
    // engine gap: the quote is credited to «الشرطة الكينية لوكالة أسوشيتد برس»: the body is read right, but the trailing subject’s plain reading, run to the full stop, gives the entity its name
    gaps: ['attribution'],
    text: '"الوضع تحت السيطرة تماما"، قال ضابط في الشرطة الكينية لوكالة أسوشيتد برس.',
    quotes: [['الوضع تحت السيطرة تماما', 'direct', 'الشرطة الكينية']],
  },
  {
    what: 'ذكر مسؤولون في السفارة … في مدينة أن "…": the embassy with its city (plural)',
    text: 'وذكر مسؤولون في السفارة الأمريكية في بغداد أن الموظفين "غادروا المبنى قبل الهجوم".',
    quotes: [['غادروا المبنى قبل الهجوم', 'partial', 'السفارة الأمريكية في بغداد']],
  },
  {
    what: 'أوضحت مسؤولة في مصلحة …، طلبت عدم نشر اسمها، أن «…»: the مصلحة (feminine)',
    text: 'وأوضحت مسؤولة في مصلحة الزكاة والدخل، طلبت عدم نشر اسمها، أن المهلة «لن تمدد مرة أخرى».',
    quotes: [['لن تمدد مرة أخرى', 'partial', 'مصلحة الزكاة والدخل']],
  },
  {
    what: 'قال أحد الضباط في الجيش … إن "…": one of the officers, the army',
    text: 'وقال أحد الضباط في الجيش السوداني إن الاشتباكات "توقفت منذ الفجر".',
    quotes: [['توقفت منذ الفجر', 'partial', 'الجيش السوداني']],
  },
  {
    what: 'قال مسؤول في الملحقية … إن «…»: the attaché office without a city',
    text: 'وقال مسؤول في الملحقية الثقافية السعودية إن المكافآت «صرفت كاملة».',
    quotes: [['صرفت كاملة', 'partial', 'الملحقية الثقافية السعودية']],
  },
  {
    what: 'guard: ضابط في الجيش … يدعى فلان: the officer named after يدعى speaks',
    text: 'وقال ضابط في الجيش اللبناني يدعى فادي الحاج إن الوحدات "انتشرت على الحدود".',
    quotes: [['انتشرت على الحدود', 'partial', 'فادي الحاج']],
  },
  {
    what: 'ممثل مسرحي, an actor described, no body (written as a guard; it failed, not by this change)',
    // engine gap: the fragment is credited to «شاب», the last adjective alone, not to the whole description
    gaps: ['attribution'],
    text: 'وقال ممثل مسرحي شاب إن العرض «لاقى نجاحا كبيرا».',
    quotes: [['لاقى نجاحا كبيرا', 'partial', 'ممثل مسرحي شاب']],
  },
  // guards: the current reading is right and must stay
  {
    what: 'guard: مصدر عسكري في حلب, a place: the source keeps his description',
    text: 'وقال مصدر عسكري في حلب إن المعارك "ما زالت مستمرة في الأحياء الشرقية".',
    quotes: [['ما زالت مستمرة في الأحياء الشرقية', 'partial', 'مصدر عسكري في حلب']],
  },
  {
    what: 'guard: مسؤول في قطاع النفط, a field: the official keeps his description',
    text: 'وقال مسؤول في قطاع النفط إن الأسعار "ستبقى مستقرة حتى نهاية العام".',
    quotes: [['ستبقى مستقرة حتى نهاية العام', 'partial', 'مسؤول في قطاع النفط']],
  },
  {
    what: 'guard: مسؤول في الوزارة فلان: the named official speaks',
    text: 'وقال مسؤول في وزارة الصحة عبدالرحمن الغامدي إن الحملة «حققت أهدافها».',
    quotes: [['حققت أهدافها', 'partial', 'عبدالرحمن الغامدي']],
  },
  {
    what: 'guard: المتحدث باسم الحكومة فلان: the named spokesman speaks',
    text: 'وقال المتحدث باسم الحكومة الأردنية ماهر النعيمات إن القرار "نهائي".',
    quotes: [['نهائي', 'partial', 'ماهر النعيمات']],
  },
  {
    what: 'guard: ممثل النيابة، المستشار فلان،: the named representative speaks',
    text: 'وقال ممثل النيابة العامة، المستشار هشام البدري، إن المتهمين «اعترفوا بكل التهم».',
    quotes: [['اعترفوا بكل التهم', 'partial', 'هشام البدري']],
  },
  {
    what: 'guard: الممثلة المصرية فلانة, an actress, named',
    text: 'وقالت الممثلة المصرية نادين فؤاد إن الدور «كان الأصعب في مسيرتها».',
    quotes: [['كان الأصعب في مسيرتها', 'partial', 'نادين فؤاد']],
  },
  {
    what: 'guard: العقيد فلان، الضابط في الجيش …: the named officer speaks',
    text: 'وقال العقيد فادي الحاج، الضابط في الجيش اللبناني، إن الوحدات "انتشرت على الحدود".',
    quotes: [['انتشرت على الحدود', 'partial', 'فادي الحاج']],
  },
  {
    what: 'guard: a body’s own statement (قالت الوزارة في بيان إن)',
    text: 'وقالت وزارة الصحة في بيان إن الحالات «في تراجع مستمر».',
    quotes: [['في تراجع مستمر', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: مسؤول سابق في وزارة …, a former official speaks for himself',
    text: 'وقال مسؤول سابق في وزارة الخارجية الأمريكية إن الاتفاق "لن يصمد طويلا".',
    quotes: [['لن يصمد طويلا', 'partial', 'مسؤول سابق في وزارة الخارجية الأمريكية']],
  },
  {
    what: 'ضابط في مدينة, a place after في: the officer keeps his description (written as a guard; it failed)',
    // engine gap: the fragment is credited to «ضابط», the head alone, not to the officer’s whole description. Reading
    // the town into every unnamed source’s phrase broke source-rules11’s guard (دبلوماسي غربي في بيروت: the town is
    // where he is, not who) and four more rows, so the suite reads it both ways (مصدر عسكري في حلب keeps it); left
    gaps: ['attribution'],
    text: 'وقال ضابط في حمص إن الطريق "أعيد فتحه صباح اليوم".',
    quotes: [['أعيد فتحه صباح اليوم', 'partial', 'ضابط في حمص']],
  },
];

describe('member13: an unnamed member of a named body, credited to the body', () => {
  runRows(rows);
});
