/**
 * Rules that closed the probes' gap rows (issue 3), each on a passage of its own written here in news
 * style: every rule row fails without its rule, and a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const gapRuleRows: readonly Row[] = [
  {
    what: 'an age after the subject (البالغ من العمر) ends it: the title alone goes back to the player named in the lede',
    text: [
      'سجل اللاعب الأردني سامر الحوراني هدفين في مرمى الفيصلي، مساء الجمعة.',
      'وقال اللاعب البالغ من العمر 21 عاما: «الهدف الثاني كان الأجمل في مسيرتي».',
    ].join('\n\n'),
    quotes: [['الهدف الثاني كان الأجمل في مسيرتي', 'direct', 'سامر الحوراني']],
  },
  {
    what: 'the age after a full name ends it too (فلان علان البالغة من العمر), the name keeps both its words',
    text: 'وقالت الطالبة ريم الساعدي البالغة من العمر 17 عاما: «درست عشر ساعات كل يوم».',
    quotes: [['درست عشر ساعات كل يوم', 'direct', 'ريم الساعدي']],
  },
  {
    what: 'مقدم before a definite noun is a presenter (مقدم النشرة، فلان), a title whose name follows the comma',
    text: 'وافتتح مقدم النشرة، وليد الحسيني، الحلقة بعبارة قصيرة: «مساء الخير من قلب العاصفة».',
    quotes: [['مساء الخير من قلب العاصفة', 'direct', 'وليد الحسيني']],
  },
  {
    what: 'guard: المقدم before a name is still the rank (وقال المقدم فلان)',
    text: 'وقال المقدم فارس الزعبي، قائد الكتيبة: «انسحب المسلحون من التلة».',
    quotes: [['انسحب المسلحون من التلة', 'direct', 'فارس الزعبي']],
  },
  {
    what: 'a final ى written ا before the pronoun (وهو ما نفاه فلان بقوله): the verb, so بقوله is his',
    text: 'وقالت المعارضة إن الانتخابات «شابها تزوير واسع»، وهو ما نفاه رئيس الهيئة المستقلة للانتخابات، كمال العابد، بقوله: «الصناديق كانت تحت أعين المراقبين».',
    quotes: [
      ['شابها تزوير واسع', 'partial', 'المعارضة'],
      ['الصناديق كانت تحت أعين المراقبين', 'direct', 'كمال العابد'],
    ],
  },
  {
    what: 'a final ى written ا before ها (نفاها … قائلا): the verb, its subject the title after it',
    text: 'واتهم النائب سعيد الراشد الوزارة بإخفاء الأرقام، غير أن وزير المالية نفاها قائلا: «كل الأرقام منشورة على الموقع».',
    quotes: [['كل الأرقام منشورة على الموقع', 'direct', 'وزير المالية']],
  },
  {
    what: 'guard: the same shape written with ة is a plural, not a verb (رواة السيرة, narrators)',
    text: 'ويقول رواة السيرة الهلالية في صعيد مصر إن «الحكاية تعيش ما دام هناك من يسمعها».',
    quotes: [['الحكاية تعيش ما دام هناك من يسمعها', 'partial', 'رواة السيرة الهلالية']],
  },
  {
    what: 'a document, where it was put, then قالت فيه (بيانا عبر موقعها … قالت فيه): the issuer before the document speaks',
    text: 'وأصدرت نقابة الأطباء بيانا عبر موقعها الإلكتروني قالت فيه إن «المستشفيات تعمل بنصف طاقتها».',
    quotes: [['المستشفيات تعمل بنصف طاقتها', 'partial', 'نقابة الأطباء']],
  },
  {
    what: 'guard: a document and where it was put, then a verb without فيه and a speaker of its own',
    text: 'وأصدرت نقابة الأطباء بيانا عبر موقعها الإلكتروني، وقال نقيب الأطباء، فؤاد الحلبي، في مؤتمر صحفي إن «المستشفيات تعمل بنصف طاقتها».',
    quotes: [['المستشفيات تعمل بنصف طاقتها', 'partial', 'فؤاد الحلبي']],
  },
  {
    what: 'ب and a verbal noun with a definite genitive (طالبت نقابة … بتعديل القانون) is the complement, not the body’s name',
    text: 'وطالبت نقابة المعلمين بتعديل القانون، وقالت في بيان إن «الرواتب لا تكفي لنصف الشهر».',
    quotes: [['الرواتب لا تكفي لنصف الشهر', 'partial', 'نقابة المعلمين']],
  },
  {
    what: 'guard: ب and a place after a body stays in its name (مديرية الصحة بتكريت)',
    text: 'وقالت مديرية الصحة بتكريت في بيان إن «المستشفى استقبل عشرين مصابا».',
    quotes: [['المستشفى استقبل عشرين مصابا', 'partial', 'مديرية الصحة بتكريت']],
  },
  {
    what: 'a title with the pronoun ه written (زميله, مستشاره) before the marks is possessed, so the quote is said of him',
    text: 'وقال النائب سامر الخطيب إن زميله «يتجاهل مطالب الناخبين».',
    quotes: [['يتجاهل مطالب الناخبين', 'partial', 'سامر الخطيب']],
  },
  {
    what: 'guard: the same title written with ة (زميلة) wants the name in the marks after it',
    text: 'وقالت الوزيرة هدى سالم إن زميلة «الوفد» في البرلمان غابت عن الجلسة.',
    quotes: [['الوفد', 'mention', null]],
  },
  {
    what: 'a document before its present verb (لكن تقرير ديوان … يقول إن) speaks for its issuer, as after the verb',
    text: 'وقال الوزير إن المشروع «يسير وفق الجدول». لكن تقرير ديوان المحاسبة يقول إن الوزارة «أنفقت ضعف الميزانية».',
    quotes: [
      ['يسير وفق الجدول', 'partial', 'الوزير'],
      ['أنفقت ضعف الميزانية', 'partial', 'ديوان المحاسبة'],
    ],
  },
  {
    what: 'guard: a title before its present verb keeps its head (لكن رئيس ديوان … يقول إن)',
    text: 'وقال الوزير إن المشروع «يسير وفق الجدول». لكن رئيس ديوان المحاسبة يقول إن الوزارة «أنفقت ضعف الميزانية».',
    quotes: [
      ['يسير وفق الجدول', 'partial', 'الوزير'],
      ['أنفقت ضعف الميزانية', 'partial', 'رئيس ديوان المحاسبة'],
    ],
  },
  {
    what: 'one of a definite plural after a title and its noun (ولي أمر أحد التلاميذ) is their genitive: the name is the apposition',
    text: 'وقال ولي أمر أحد التلاميذ، مراد الهاشمي، إن الحافلة «تتأخر كل صباح».',
    quotes: [['تتأخر كل صباح', 'partial', 'مراد الهاشمي']],
  },
  {
    what: 'guard: a title that governs أحد already reads it in (مدير أحد المستشفيات، فلان)',
    text: 'وقال مدير أحد المستشفيات الميدانية، سامر الخطيب، إن الأدوية «لا تكفي لأكثر من أسبوع».',
    quotes: [['لا تكفي لأكثر من أسبوع', 'partial', 'سامر الخطيب']],
  },
  {
    what: 'with no name after it, the title with أحد stands whole (ولي أمر أحد الطلاب)',
    text: 'وقال ولي أمر أحد الطلاب: «الصفوف مكتظة منذ بداية العام».',
    quotes: [['الصفوف مكتظة منذ بداية العام', 'direct', 'ولي أمر أحد الطلاب']],
  },
  {
    what: 'guard: a title’s definite complement, then the name with no comma (مدير مستشفى الأمل فلان)',
    text: 'وقال مدير مستشفى الأمل أحمد الطيب إن الأدوية «لا تكفي لأكثر من أسبوع».',
    quotes: [['لا تكفي لأكثر من أسبوع', 'partial', 'أحمد الطيب']],
  },
];

describe('gap rules: general rules that closed the probes’ gap rows', () => {
  runRows(gapRuleRows);
});

/** The second helper's rules (issue 3): same shape, one rule row and one guard per rule. */
const gapRuleRows2: readonly Row[] = [
  {
    what: 'فيه between a verb and its subject (في وقت أعلنت فيه وزارة …): the body after it speaks',
    text: 'وتواصلت الاحتجاجات أمام مقر البرلمان، في وقت أعلنت فيه وزارة الداخلية أن قواتها «لن تتدخل إلا لحماية المنشآت».',
    quotes: [['لن تتدخل إلا لحماية المنشآت', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: فيه after the verb with a document before it and no subject after (بيانا أكدت فيه أن) is still the issuer’s',
    text: 'وأصدرت هيئة الطيران المدني بيانا أكدت فيه أن الرحلات «ستستأنف صباح الغد».',
    quotes: [['ستستأنف صباح الغد', 'partial', 'هيئة الطيران المدني']],
  },
  {
    what: 'a plain word after a body’s definite adjective, then a definite noun, is the object (جبهة … المعارضة ميزانية العام)',
    text: 'ووصفت جبهة الإنقاذ الوطنية المعارضة ميزانية العام المقبل بأنها «ميزانية تقشف مقنع».',
    quotes: [['ميزانية تقشف مقنع', 'partial', 'جبهة الإنقاذ الوطنية']],
  },
  {
    what: 'guard: a plain word after a definite noun that is no adjective stays in the body’s name (مستشفى الملك فيصل التخصصي)',
    text: 'وقال مستشفى الملك فيصل التخصصي في بيان إن حالة المصاب «مستقرة».',
    quotes: [['مستقرة', 'partial', 'مستشفى الملك فيصل التخصصي']],
  },
  {
    what: 'a name’s last word that is a verb only with its hamza folded away (أحمد ولد سال، not سأل) is the name’s before a comma',
    text: 'وقال وزير الخارجية الموريتاني، أحمد ولد سال، إن بلاده «لن تغلق حدودها».',
    quotes: [['لن تغلق حدودها', 'partial', 'أحمد ولد سال']],
  },
  {
    what: 'guard: the same spelling opening its clause is still the verb (وسال النائب فلان الوزير)',
    text: 'وسال النائب فهد الدوسري وزير التعليم: «متى تنتهي أعمال الترميم؟».',
    quotes: [['متى تنتهي أعمال الترميم؟', 'direct', 'فهد الدوسري']],
  },
];

describe('gap rules 2: general rules that closed more of the probes’ gap rows', () => {
  runRows(gapRuleRows2);
});

/**
 * The third helper's rules (issue 3): a person named once with a full title, then called back by
 * another form of it (TITLE_KIN); one rule row and one guard per rule.
 */
const gapRuleRows3: readonly Row[] = [
  {
    what: 'الرئيس alone after رئيس الدولة، فلان: the head of state named in the lede',
    text: [
      'استقبل رئيس الدولة، كمال العيساوي، صباح الاثنين، وفدا من رجال الأعمال الخليجيين.',
      'وقال الرئيس في كلمة مقتضبة: «الاستثمار هو طريقنا الوحيد نحو التنمية».',
    ].join('\n\n'),
    quotes: [['الاستثمار هو طريقنا الوحيد نحو التنمية', 'direct', 'كمال العيساوي']],
  },
  {
    what: 'الرئيس alone after the head and an adjective of origin (الرئيس التونسي فلان)',
    text: [
      'زار الرئيس التونسي قيس المرابط مدينة صفاقس، أمس الأحد، والتقى ممثلين عن المجتمع المدني.',
      'وقال الرئيس أمام السكان: «لن نترك أي جهة خارج التنمية».',
    ].join('\n\n'),
    quotes: [['لن نترك أي جهة خارج التنمية', 'direct', 'قيس المرابط']],
  },
  {
    what: 'guard: الرئيس alone does not call back the prime minister (رئيس الوزراء فلان)',
    text: [
      'ترأس رئيس الوزراء، نبيل الساعدي، اجتماعا طارئا للحكومة مساء الخميس.',
      'وقال الرئيس في رسالة إلى البرلمان: «الحكومة مطالبة بخطة إنقاذ عاجلة».',
    ].join('\n\n'),
    quotes: [['الحكومة مطالبة بخطة إنقاذ عاجلة', 'direct', 'الرئيس']],
  },
  {
    what: 'guard: الرئيس alone does not call back a chief executive (الرئيس التنفيذي، فلان)',
    text: [
      'وقع الرئيس التنفيذي، مازن الحلبي، عقد الشراكة في حفل أقيم بمقر الشركة.',
      'وقال الرئيس في خطاب متلفز: «الاقتصاد الوطني يحتاج إلى مثل هذه الشراكات».',
    ].join('\n\n'),
    quotes: [['الاقتصاد الوطني يحتاج إلى مثل هذه الشراكات', 'direct', 'الرئيس']],
  },
  {
    what: 'recency: a second president who spoke since (الرئيس الفرنسي فلان) is the one الرئيس calls back',
    text: [
      'قال رئيس الجمهورية، سليم الحداد، إن المحادثات «كانت صريحة».',
      'من جهته، قال الرئيس الفرنسي إيمانويل دوران إن بلاده «ستدعم المشروع».',
      'وأضاف الرئيس: «سنرسل خبراءنا خلال أسبوعين».',
    ].join('\n\n'),
    quotes: [
      ['كانت صريحة', 'partial', 'سليم الحداد'],
      ['ستدعم المشروع', 'partial', 'إيمانويل دوران'],
      ['سنرسل خبراءنا خلال أسبوعين', 'direct', 'إيمانويل دوران'],
    ],
  },
  {
    what: 'المدرب after المدير الفني لفريق …، فلان: another form of the coach’s office',
    text: [
      'أعلن المدير الفني لفريق النصر، البرتغالي جواو سيلفا، قائمة اللاعبين للمباراة المقبلة.',
      'وقال المدرب للصحفيين: «نحتاج إلى الفوز بأي ثمن».',
    ].join('\n\n'),
    quotes: [['نحتاج إلى الفوز بأي ثمن', 'direct', 'جواو سيلفا']],
  },
  {
    what: 'المدرب after رئيس الجهاز الفني للمنتخب، فلان',
    text: [
      'كشف رئيس الجهاز الفني للمنتخب، حسام البدري، عن قائمة تضم 26 لاعبا.',
      'وقال المدرب في المؤتمر الصحفي: «اخترنا الأجهز بدنيا وليس الأشهر».',
    ].join('\n\n'),
    quotes: [['اخترنا الأجهز بدنيا وليس الأشهر', 'direct', 'حسام البدري']],
  },
  {
    what: 'guard: المدرب does not call back a woman coach (المديرة الفنية، فلانة)',
    text: [
      'قادت المديرة الفنية لمنتخب السيدات، سلمى الرفاعي، الحصة التدريبية الأخيرة.',
      'وقال المدرب في مؤتمر صحفي: «اللاعبات في أفضل حال».',
    ].join('\n\n'),
    quotes: [['اللاعبات في أفضل حال', 'direct', 'المدرب']],
  },
  {
    what: 'النائب after عضو مجلس النواب، فلان',
    text: [
      'قدم عضو مجلس النواب، خالد الفرا، طلب إحاطة حول أسعار الأدوية.',
      'وقال النائب في تصريحات صحفية: «الحكومة تتجاهل معاناة المرضى».',
    ].join('\n\n'),
    quotes: [['الحكومة تتجاهل معاناة المرضى', 'direct', 'خالد الفرا']],
  },
  {
    what: 'المتحدث after الناطق الرسمي باسم الحكومة، فلان',
    text: [
      'وصل الناطق الرسمي باسم الحكومة، محمد العمري، إلى مقر الاجتماع قبل الظهر.',
      'وقال المتحدث للصحفيين: «الوضع تحت السيطرة».',
    ].join('\n\n'),
    quotes: [['الوضع تحت السيطرة', 'direct', 'محمد العمري']],
  },
  {
    what: 'guard: المتحدث does not call back a woman spokesperson (الناطقة باسم …، فلانة)',
    text: [
      'وصلت الناطقة باسم الحكومة، هند العمري، إلى مقر الاجتماع قبل الظهر.',
      'وقال المتحدث للصحفيين: «الوضع تحت السيطرة».',
    ].join('\n\n'),
    quotes: [['الوضع تحت السيطرة', 'direct', 'المتحدث']],
  },
  {
    what: 'an indefinite document after a definite body (نشرت الوزارة بيانا … قالت فيه) is the object: الوزارة calls back the ministry',
    text: [
      'أصدرت وزارة النقل تعليمات جديدة لسائقي الحافلات بعد حادث الطريق الصحراوي.',
      'ونشرت الوزارة بيانا على صفحتها الرسمية قالت فيه إن المخالفين «سيحرمون من رخصهم».',
    ].join('\n\n'),
    quotes: [['سيحرمون من رخصهم', 'partial', 'وزارة النقل']],
  },
  {
    what: 'guard: the ministry that spoke last keeps its later statement (قالت وزارة … ثم نشرت الوزارة بيانا)',
    text: [
      'قالت وزارة الخارجية، في بيان مقتضب، إن السفير «غادر البلاد».',
      'ولاحقا، نشرت الوزارة بيانا على موقعها الرسمي قالت فيه إن القرار «لا يستهدف أي دولة».',
    ].join('\n\n'),
    quotes: [
      ['غادر البلاد', 'partial', 'وزارة الخارجية'],
      ['لا يستهدف أي دولة', 'partial', 'وزارة الخارجية'],
    ],
  },
  {
    what: 'a body in the genitive of the lede’s subject (أثار إعلان شركة … الوطنية إلغاء …), adjectives and all, is learnt: الشركة calls it back',
    text: [
      'أثار إعلان شركة الخطوط الجوية الوطنية إلغاء عشرات الرحلات غضب المسافرين.',
      'وقالت الشركة في بيان إن الإلغاء «سببه نقص الوقود».',
    ].join('\n\n'),
    quotes: [['سببه نقص الوقود', 'partial', 'شركة الخطوط الجوية الوطنية']],
  },
  {
    what: 'guard: a ministry that spoke since is the one الوزارة calls back, not the one named in the lede’s genitive',
    text: [
      'أثار قرار وزارة التربية الأردنية دمج المدارس الصغيرة جدلا واسعا بين الأهالي.',
      'وأعلنت وزارة الصحة أن المدارس «آمنة تماما».',
      'وقالت الوزارة إن الفحوص «لم تسجل أي إصابة».',
    ].join('\n\n'),
    quotes: [
      ['آمنة تماما', 'partial', 'وزارة الصحة'],
      ['لم تسجل أي إصابة', 'partial', 'وزارة الصحة'],
    ],
  },
  {
    what: 'guard: a body after a title is no genitive of the subject noun (مدير شركة …، فلان): the person speaks',
    text: [
      'أكد مدير شركة الكهرباء الوطنية، سامر النجار، أن الانقطاعات ستتراجع.',
      'وقال المدير في مؤتمر صحفي إن الشبكة «تعمل بكامل طاقتها».',
    ].join('\n\n'),
    quotes: [['تعمل بكامل طاقتها', 'partial', 'سامر النجار']],
  },
  {
    what: 'an office’s head alone calls back the holder named before it, not one the article names later',
    text: [
      'استقبل وزير الداخلية، سامي الحربي، وفدا من الشرطة الدولية في مقر الوزارة.',
      'وقال الوزير للصحفيين عقب اللقاء: «التعاون الأمني مع شركائنا في أفضل حالاته».',
      'من جهته، قال وزير المالية، خالد العنزي: «الميزانية تغطي كل احتياجات الأجهزة الأمنية».',
    ].join('\n\n'),
    quotes: [
      ['التعاون الأمني مع شركائنا في أفضل حالاته', 'direct', 'سامي الحربي'],
      ['الميزانية تغطي كل احتياجات الأجهزة الأمنية', 'direct', 'خالد العنزي'],
    ],
  },
  {
    what: 'guard: with no holder named before it, the head alone still calls back the one named after (a quote-first story)',
    text: [
      '«لن نرفع الضرائب هذا العام»، قال الوزير أمام البرلمان.',
      'وكان وزير المالية، خالد العنزي، قد قدم مشروع الموازنة الأسبوع الماضي.',
    ].join('\n\n'),
    quotes: [['لن نرفع الضرائب هذا العام', 'direct', 'خالد العنزي']],
  },
  {
    what: 'a title with a possessive pronoun before a name (مدربه المصري فلان, his coach) is that office: المدرب calls him back',
    text: [
      'فاز نادي الشباب على ضيفه الأهلي بثلاثة أهداف، في مباراة أشرف عليها من الدكة مدربه المصري حسام العشري.',
      'وقال المدرب في المؤتمر الصحفي: «اللاعبون نفذوا الخطة بحذافيرها».',
    ].join('\n\n'),
    quotes: [['اللاعبون نفذوا الخطة بحذافيرها', 'direct', 'حسام العشري']],
  },
  {
    what: 'guard: the same title written with ة (مدربة الفريق، فلانة) is a woman’s, whom المدرب does not call back',
    text: [
      'تأهلت لاعبات النادي إلى النهائي تحت إشراف مدربة الفريق، سلمى الرفاعي، بعد فوز صعب.',
      'وقال المدرب في المؤتمر الصحفي: «اللاعبات نفذن الخطة بحذافيرها».',
    ].join('\n\n'),
    quotes: [['اللاعبات نفذن الخطة بحذافيرها', 'direct', 'المدرب']],
  },
  {
    what: 'a verb with the document’s pronoun after it (في بيان نشرته الشركة) describes the document: the one who said it is the verb’s subject before',
    text: 'وقال المدير العام لشركة الموانئ، سامر الخطيب، في بيان نشرته الشركة على موقعها: «ضاعفنا عدد الحاويات هذا العام».',
    quotes: [['ضاعفنا عدد الحاويات هذا العام', 'direct', 'سامر الخطيب']],
  },
  {
    what: 'جاء في بيان أصدرته وزارة …: the issuer after the describing verb speaks, without the verb in its name',
    text: 'وجاء في بيان أصدرته وزارة الصحة: «الوضع الوبائي مستقر في كل المحافظات».',
    quotes: [['الوضع الوبائي مستقر في كل المحافظات', 'direct', 'وزارة الصحة']],
  },
  {
    what: 'بحسب بيان أصدرته وزارة …: the same after a source phrase',
    text: 'وبحسب بيان أصدرته وزارة الصحة، فإن الوضع الوبائي «مستقر في كل المحافظات».',
    quotes: [['مستقر في كل المحافظات', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: with no subject after the describing verb (في بيان نشرته على موقعها) the body before speaks',
    text: 'وقالت شركة الموانئ في بيان نشرته على موقعها الرسمي إن عدد الحاويات «تضاعف هذا العام».',
    quotes: [['تضاعف هذا العام', 'partial', 'شركة الموانئ']],
  },
  {
    what: 'guard: a document and a verb with فيه (بيانا قالت فيه) is still the issuer’s report',
    text: 'وأصدرت نقابة الصحفيين بيانا قالت فيه إن الاعتقالات «تهدد حرية الصحافة».',
    quotes: [['تهدد حرية الصحافة', 'partial', 'نقابة الصحفيين']],
  },
  {
    what: 'a body in a title whose name ends in a plain word (في شركة الأهلي كابيتال، فلان، قال): the name after the comma is the speaker',
    text: [
      'وقال وزير الاقتصاد سامي العبد إن الحكومة «لن تتراجع عن الإصلاحات».',
      'لكن المحلل في شركة الأهلي كابيتال، نواف الشمري، قال إن النمو «جاء أقل من التوقعات».',
    ].join('\n\n'),
    quotes: [
      ['لن تتراجع عن الإصلاحات', 'partial', 'سامي العبد'],
      ['جاء أقل من التوقعات', 'partial', 'نواف الشمري'],
    ],
  },
  {
    what: 'guard: a plain word after a title with no body in it is the name (الخبير الاقتصادي فلان، أستاذ …، قال)',
    text: 'وقال الخبير الاقتصادي نواف، أستاذ المالية في جامعة الملك سعود، إن النمو «جاء أقل من التوقعات».',
    quotes: [['جاء أقل من التوقعات', 'partial', 'نواف']],
  },
];

describe('gap rules 3: a title that comes back under another form', () => {
  runRows(gapRuleRows3);
});
