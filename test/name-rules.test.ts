/**
 * Rules that tell who a name or a title is (issue 3: names and titles the probes of whole articles
 * misread), each on passages of its own written here in news style: every rule row fails without its
 * rule, and a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const nameRuleRows: readonly Row[] = [
  {
    what: 'a foreign name after a nationality that ends the title, the verb’s objects after it: the name is its plain words',
    text: 'وحمّل وزير الاقتصاد الألماني كلاوس برانت التضخم المرتفع مسؤولية تراجع النمو، قائلا: «رفع الفائدة جاء متأخرا».',
    quotes: [['رفع الفائدة جاء متأخرا', 'direct', 'كلاوس برانت']],
  },
  {
    what: 'a coach by club, nationality and a foreign name, then the object and its second object (حمّل … الحكم مسؤولية)',
    text: 'وحمّل مدرب نادي الوحدة البرتغالي جوزيه فيريرا الحكم مسؤولية الهزيمة، قائلا: «ألغى هدفا صحيحا».',
    quotes: [['ألغى هدفا صحيحا', 'direct', 'جوزيه فيريرا']],
  },
  {
    what: 'a definite title, a nationality and a foreign name, then a definite object and إلى',
    text: 'ونسب المدرب الإيطالي ماركو روسي الخسارة إلى الإرهاق، مضيفا: «لعبنا ثلاث مباريات في أسبوع».',
    quotes: [['لعبنا ثلاث مباريات في أسبوع', 'direct', 'ماركو روسي']],
  },
  {
    what: 'a long title, a nationality and a foreign name with a joiner before the object in ة, then the surname and the title alone',
    text: [
      'كشف المدير الفني للمنتخب الكويتي الأول لكرة القدم البرتغالي جوزيه دي سوزا قائمة تضم 23 لاعبا لمعسكر الإعداد في النمسا.',
      'وقال دي سوزا في مؤتمر صحفي: «اخترت من يستحق».',
      'وأضاف المدرب: «أمامنا مباراتان صعبتان».',
    ].join('\n\n'),
    quotes: [
      ['اخترت من يستحق', 'direct', 'جوزيه دي سوزا'],
      ['أمامنا مباراتان صعبتان', 'direct', 'جوزيه دي سوزا'],
    ],
  },
  {
    what: 'guard: a third plain word after a foreign name, before a noun in ة, is the object’s (the seed’s بوتين وجود أية قنوات)',
    text: 'ونفى الرئيس الفرنسي جان مورو وجود أية خطة لسحب القوات، وقال: «قواتنا باقية».',
    quotes: [['قواتنا باقية', 'direct', 'جان مورو']],
  },
  {
    what: 'guard: after an Arab nationality the definite family name stays in the name',
    text: 'وقال وزير الخارجية المصري محمد عبدالحميد الشناوي: «الحوار هو الطريق الوحيد».',
    quotes: [['الحوار هو الطريق الوحيد', 'direct', 'محمد عبدالحميد الشناوي']],
  },
  {
    what: 'guard: a nationality of the title’s field (في الشؤون الروسية) is not the holder’s: the definite family name stays',
    text: 'وقال المحلل في الشؤون الروسية فادي حسن الموسوي إن موسكو «لن تتراجع عن شروطها».',
    quotes: [['لن تتراجع عن شروطها', 'partial', 'فادي حسن الموسوي']],
  },
  {
    what: 'a compound name after a foreign nationality keeps its definite half (زين الدين), the object after it',
    text: 'وتسلم مدرب المنتخب الفرنسي زين الدين زيدان الجائزة، قائلا: «أهديها للاعبين».',
    quotes: [['أهديها للاعبين', 'direct', 'زين الدين زيدان']],
  },
  {
    what: 'a court named with its city after its adjective in a lede (المحكمة الإدارية بأبها أمس): المحكمة later is that court',
    text: [
      'أصدرت المحكمة الإدارية بأبها أمس حكما بإلغاء قرار فصل موظف.',
      'وقالت المحكمة في حيثيات الحكم إن القرار «صدر دون تحقيق نظامي».',
    ].join('\n\n'),
    quotes: [['صدر دون تحقيق نظامي', 'partial', 'المحكمة الإدارية بأبها']],
  },
  {
    what: 'a generic body (هيئة) with its adjective and its city before the verb’s object (حملتها): الهيئة later is that body',
    text: [
      'أطلقت هيئة الإغاثة الإنسانية بجازان حملتها الشتوية لتوزيع البطانيات على الأسر.',
      'وقالت الهيئة في بيان إن الحملة «ستصل إلى 40 قرية في المحافظات الجبلية».',
    ].join('\n\n'),
    quotes: [['ستصل إلى 40 قرية في المحافظات الجبلية', 'partial', 'هيئة الإغاثة الإنسانية بجازان']],
  },
  {
    what: 'guard: ب and a noun with its genitive after a body is the verb’s complement, no place (رحبت الهيئة … بقرار الحكومة أمس)',
    text: [
      'رحبت هيئة الإغاثة الإنسانية بقرار الحكومة أمس، مؤكدة أنه «خطوة في الاتجاه الصحيح».',
      'وقالت الهيئة في بيان إن الأسر «تنتظر التنفيذ».',
    ].join('\n\n'),
    quotes: [
      ['خطوة في الاتجاه الصحيح', 'partial', 'هيئة الإغاثة الإنسانية'],
      ['تنتظر التنفيذ', 'partial', 'هيئة الإغاثة الإنسانية'],
    ],
  },
  {
    what: 'guard: nor is a verbal noun after ب (رحبت المحكمة العليا بتعديل النظام اليوم)',
    text: [
      'رحبت المحكمة العليا بتعديل النظام اليوم، وقالت في بيان إن التعديل «يسرع البت في القضايا».',
      'وأضافت المحكمة: «سنعمل على تطبيقه فورا».',
    ].join('\n\n'),
    quotes: [
      ['يسرع البت في القضايا', 'partial', 'المحكمة العليا'],
      ['سنعمل على تطبيقه فورا', 'direct', 'المحكمة العليا'],
    ],
  },
  {
    what: 'a president named as the object of a verb that reports nothing, his name before والوفد, later الرئيس + surname',
    text: [
      'التقى وزير الخارجية فيصل بن سعد الخريجي في جدة أمس الرئيس اليمني صالح عبده الحكيمي والوفد المرافق له.',
      'وقال الرئيس الحكيمي إن المباحثات «كانت صريحة ومثمرة».',
    ].join('\n\n'),
    quotes: [['كانت صريحة ومثمرة', 'partial', 'صالح عبده الحكيمي']],
  },
  {
    what: 'the second of two subjects joined with و (والرئيس التونسي فلان), the object after his family name, later الرئيس + surname',
    text: [
      'وبحث ولي العهد الأمير فهد بن سلطان آل مقرن والرئيس التونسي منصف علي الدريدي آفاق التعاون بين البلدين أمس.',
      'وأكد الرئيس الدريدي أن بلاده «ترحب بالاستثمارات الخليجية».',
    ].join('\n\n'),
    quotes: [['ترحب بالاستثمارات الخليجية', 'partial', 'منصف علي الدريدي']],
  },
  {
    what: 'guard: the first of the two keeps his own name (الأمير فهد)',
    text: [
      'وبحث ولي العهد الأمير فهد بن سلطان آل مقرن والرئيس التونسي منصف علي الدريدي آفاق التعاون بين البلدين أمس.',
      'وقال الأمير فهد إن المملكة «تقف مع تونس».',
    ].join('\n\n'),
    quotes: [['تقف مع تونس', 'partial', 'فهد بن سلطان آل مقرن']],
  },
  {
    what: 'a known surname before the verb’s definite object and its adjective (وختم شتاينر الجولة الأوروبية بالقول)',
    text: [
      'وقال وزير المالية الألماني يورغ شتاينر في افتتاح المنتدى: «التضخم تحت السيطرة».',
      'وختم شتاينر الجولة الأوروبية بالقول: «لن نرفع الضرائب هذا العام».',
    ].join('\n\n'),
    quotes: [
      ['التضخم تحت السيطرة', 'direct', 'يورغ شتاينر'],
      ['لن نرفع الضرائب هذا العام', 'direct', 'يورغ شتاينر'],
    ],
  },
  {
    what: 'the same with a participle after the object (وافتتح بوغرارة الجلسة الثانية قائلا)',
    text: [
      'وأكد رئيس الوفد التفاوضي كمال بوغرارة أن الجولة «حققت تقدما».',
      'وافتتح بوغرارة الجلسة الثانية قائلا: «نحن أقرب إلى اتفاق من أي وقت مضى».',
    ].join('\n\n'),
    quotes: [
      ['حققت تقدما', 'partial', 'كمال بوغرارة'],
      ['نحن أقرب إلى اتفاق من أي وقت مضى', 'direct', 'كمال بوغرارة'],
    ],
  },
  {
    what: 'guard: a known surname that opens another man’s name before his definite family name (عادل الجبير)',
    text: [
      'وقال الناطق باسم الوزارة خالد عادل: «الخدمة ستعود غدا».',
      'وقال عادل الجبير في تصريح منفصل: «نتابع الملف عن قرب».',
    ].join('\n\n'),
    quotes: [
      ['الخدمة ستعود غدا', 'direct', 'خالد عادل'],
      ['نتابع الملف عن قرب', 'direct', 'عادل الجبير'],
    ],
  },
  {
    what: 'guard: nor before a family name shaped as a nisba (سالم الحربي، عضو المجلس البلدي)',
    text: [
      'وقال رئيس البلدية محمد سالم: «المشروع سينتهي في الموعد».',
      'وأكد سالم الحربي، عضو المجلس البلدي، أن الأهالي «ينتظرون منذ سنوات».',
    ].join('\n\n'),
    quotes: [
      ['المشروع سينتهي في الموعد', 'direct', 'محمد سالم'],
      ['ينتظرون منذ سنوات', 'partial', 'سالم الحربي'],
    ],
  },
  {
    what: 'a first name alone after a title with a place phrase, closed by a comma and a relative clause',
    text: 'وقال الموظف في قسم الطوارئ بالمستشفى سامي، الذي رفض ذكر اسمه كاملا: «نعمل بنصف الطاقم منذ أشهر».',
    quotes: [['نعمل بنصف الطاقم منذ أشهر', 'direct', 'سامي']],
  },
  {
    what: 'the same for a woman, before من and where she lives',
    text: 'وقالت الممرضة في قسم الأطفال بالمستشفى الجامعي نورة، من سكان الحي المجاور: «نستقبل عشرات الحالات كل ليلة».',
    quotes: [['نستقبل عشرات الحالات كل ليلة', 'direct', 'نورة']],
  },
  {
    what: 'guard: a word with tanween after the place phrase is no first name (في الجامعة سابقاً،)',
    text: 'وقال الطالب في الجامعة سابقاً، الذي يعمل اليوم سائقا: «لم أجد وظيفة في تخصصي».',
    quotes: [['لم أجد وظيفة في تخصصي', 'direct', 'الطالب']],
  },
  {
    what: 'guard: the plain word after a body’s head is the body’s, and the name stands after the comma',
    text: 'وقال المحلل في بورصة عمان، أحمد ماجد الفلاسي، إن الأسعار «ستواصل الارتفاع».',
    quotes: [['ستواصل الارتفاع', 'partial', 'أحمد ماجد الفلاسي']],
  },
  {
    what: 'a counterpart after ب with his name (بنظيره الألماني فلان), later called back as الوزير الألماني',
    text: [
      'والتقى وزير الخارجية الأردني سامر الخصاونة في عمان أمس بنظيره الألماني كلاوس فيبر.',
      'وقال الوزير الألماني في مؤتمر صحفي: «ندعم حل الدولتين».',
    ].join('\n\n'),
    quotes: [['ندعم حل الدولتين', 'direct', 'كلاوس فيبر']],
  },
  {
    what: 'a counterpart after ب right after the peer’s name, a comma after his (الرئيس الجزائري later)',
    text: [
      'واتصل الرئيس التونسي منصف علي الدريدي بنظيره الجزائري عبد الحميد بوزيان، وبحثا الوضع على الحدود.',
      'وقال الرئيس الجزائري في بيان: «الحدود آمنة».',
    ].join('\n\n'),
    quotes: [['الحدود آمنة', 'direct', 'عبد الحميد بوزيان']],
  },
  {
    what: 'a woman counterpart as the object (نظيرتها الفنلندية فلانة), later الوزيرة الفنلندية',
    text: [
      'واستقبلت وزيرة الخارجية السويدية آنا ليندبرغ في ستوكهولم أمس نظيرتها الفنلندية ماريا كوسكينن.',
      'وقالت الوزيرة الفنلندية في مؤتمر صحفي: «نتقاسم المخاوف نفسها».',
    ].join('\n\n'),
    quotes: [['نتقاسم المخاوف نفسها', 'direct', 'ماريا كوسكينن']],
  },
  {
    what: 'a woman counterpart of a man after ب (بنظيرته الإسبانية فلانة): she holds his office in the feminine',
    text: [
      'واجتمع وزير الدفاع الإيطالي ماركو بيلّي في روما بنظيرته الإسبانية لوسيا مارتين.',
      'وقالت الوزيرة الإسبانية: «التعاون البحري أولوية».',
    ].join('\n\n'),
    quotes: [['التعاون البحري أولوية', 'direct', 'لوسيا مارتين']],
  },
  {
    what: 'guard: a counterpart not named leaves the peer his own name',
    text: [
      'والتقى وزير الخارجية الأردني سامر الخصاونة بنظيره الألماني في برلين أمس.',
      'وقال الخصاونة في مؤتمر صحفي: «بحثنا ملف اللاجئين».',
    ].join('\n\n'),
    quotes: [['بحثنا ملف اللاجئين', 'direct', 'سامر الخصاونة']],
  },
  {
    what: 'a hearer after ل before a title (لوالد الطفل الشيخ فلان): the director speaks, the name is the father’s, who speaks later',
    text: [
      'وقال مدير المستشفى لوالد الطفل الشيخ حمد بن علي المري إن حالة ابنه «مستقرة ولا تدعو للقلق».',
      'وقال والد الطفل: «الحمد لله على سلامته».',
    ].join('\n\n'),
    quotes: [
      ['مستقرة ولا تدعو للقلق', 'partial', 'مدير المستشفى'],
      ['الحمد لله على سلامته', 'direct', 'حمد بن علي المري'],
    ],
  },
  {
    what: 'the same after the speaker’s own name, a woman hearer (لوالدة الطفلة السيدة فلانة)',
    text: [
      'وقال مدير مستشفى الملك فهد الدكتور خالد سعيد العمري لوالدة الطفلة السيدة منى الحربي إن العملية «نجحت».',
      'وقالت والدة الطفلة: «لم أنم منذ ثلاثة أيام».',
    ].join('\n\n'),
    quotes: [
      ['نجحت', 'partial', 'خالد سعيد العمري'],
      ['لم أنم منذ ثلاثة أيام', 'direct', 'منى الحربي'],
    ],
  },
  {
    what: 'guard: ل and an office is the title’s genitive (المستشار الإعلامي لوزير الخارجية فلان): the name is the adviser’s',
    text: 'وقال المستشار الإعلامي لوزير الخارجية أحمد سالم الكبيسي إن الزيارة «أجلت لأسباب فنية».',
    quotes: [['أجلت لأسباب فنية', 'partial', 'أحمد سالم الكبيسي']],
  },
  {
    what: 'guard: the kinsman as the subject himself (وقال والد الطفلة الشيخ فلان)',
    text: 'وقال والد الطفلة الشيخ ناصر بن سعد القحطاني إن ابنته «تتعافى ببطء».',
    quotes: [['تتعافى ببطء', 'partial', 'ناصر بن سعد القحطاني']],
  },
];

describe('name rules: who a name or a title is', () => {
  runRows(nameRuleRows);
});
