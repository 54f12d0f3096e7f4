/**
 * A post or a description, then the person's name in apposition (issue 3): the name speaks, never the
 * description before it.
 * - after the comma of an apposition, a rank or an honorific with the words of its rank or its
 *   retirement (، اللواء المتقاعد فلان،, ، العميد الركن فلان،): two such words at most are passed over,
 *   the name after them is the holder's;
 * - a title's field, then the body where it is studied or served with a second في (الباحث في شؤون …
 *   في معهد …, الخبيرة في شؤون … في منظمة …): the body goes on the title's complement, the name after
 *   it speaks.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a rank with no name after it, a retirement said with وهو, a second في that says
 * where or when the words were said).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const retiredRows: readonly Row[] = [
  {
    what: 'a military analyst, then ، العقيد المتقاعد + name، to a channel with a colon',
    text: 'وقال المحلل العسكري، العقيد المتقاعد أحمد رحال، لقناة الجزيرة: "الطيران لا يحسم المعارك على الأرض".',
    quotes: [['الطيران لا يحسم المعارك على الأرض', 'direct', 'أحمد رحال']],
  },
  {
    what: 'a security expert, then ، العميد المتقاعد + name، with يرى … أن',
    text: 'ويرى الخبير الأمني، العميد المتقاعد صفوت الزيات، أن العملية "تحمل بصمات تنظيم محترف".',
    quotes: [['تحمل بصمات تنظيم محترف', 'partial', 'صفوت الزيات']],
  },
  {
    what: 'a military expert, then ، العميد الركن + name، with إن, named again by the family name',
    text: [
      'وقال الخبير العسكري، العميد الركن خليل الحلو، إن الجيش "يمسك الحدود الشرقية بإحكام".',
      'وأضاف الحلو: "المعابر غير الشرعية أغلقت كلها".',
    ].join('\n\n'),
    quotes: [
      ['يمسك الحدود الشرقية بإحكام', 'partial', 'خليل الحلو'],
      ['المعابر غير الشرعية أغلقت كلها', 'direct', 'خليل الحلو'],
    ],
  },
  {
    what: 'an education expert (feminine), then ، الدكتورة المتقاعدة + name، with إن',
    text: 'وقالت الخبيرة التربوية، الدكتورة المتقاعدة هند الشمري، إن المدارس الحكومية "تحتاج إلى آلاف المعلمين".',
    quotes: [['تحتاج إلى آلاف المعلمين', 'partial', 'هند الشمري']],
  },
  {
    what: 'guard: a retired rank with no name after it speaks by its title',
    text: 'وقال اللواء المتقاعد إن الخطة "ناجحة وتحتاج إلى وقت".',
    quotes: [['ناجحة وتحتاج إلى وقت', 'partial', 'اللواء المتقاعد']],
  },
  {
    what: 'guard: a retirement said with ، وهو لواء متقاعد، names nobody: the title speaks',
    text: 'وقال الخبير العسكري، وهو لواء متقاعد، إن الهجوم "معقد ومخطط له".',
    quotes: [['معقد ومخطط له', 'partial', 'الخبير العسكري']],
  },
  {
    what: 'guard: a title, then ، العقيد المتقاعد، with no name: the title speaks',
    text: 'وقال المتحدث باسم الجيش، العقيد المتقاعد، إن العملية "انتهت بنجاح".',
    quotes: [['انتهت بنجاح', 'partial', 'المتحدث باسم الجيش']],
  },
];

describe('appos rules 5: a rank and its retirement in apposition before the name', () => {
  runRows(retiredRows);
});

const secondFiRows: readonly Row[] = [
  {
    what: 'a researcher in a field, then في معهد … and the name, with إن',
    text: 'وقالت الباحثة في شؤون الهجرة في معهد الدراسات الدولية لورا ماركس إن أوروبا "منقسمة حول حصص اللاجئين".',
    quotes: [['منقسمة حول حصص اللاجئين', 'partial', 'لورا ماركس']],
  },
  {
    what: 'an energy expert, then في منظمة … with its field after ل, and the name, with يرى … أن',
    text: 'ويرى الخبير في شؤون الطاقة في منظمة الخليج للاستشارات الصناعية عبدالعزيز العويشق أن الأسعار "ستتعافى مع نهاية العام".',
    quotes: [['ستتعافى مع نهاية العام', 'partial', 'عبدالعزيز العويشق']],
  },
  {
    what: 'an analyst of a region at a think tank, then the name, with إن, named again by the family name',
    text: [
      'وقال المحلل في شؤون الشرق الأوسط في مجموعة الأزمات الدولية بيتر هارلينغ إن دمشق "لن تتنازل عن شيء".',
      'وأضاف هارلينغ: "الحرب غيرت موازين القوى".',
    ].join('\n\n'),
    quotes: [
      ['لن تتنازل عن شيء', 'partial', 'بيتر هارلينغ'],
      ['الحرب غيرت موازين القوى', 'direct', 'بيتر هارلينغ'],
    ],
  },
  {
    what: 'an expert on a movement at a Cairo centre, then the name, with a colon',
    text: 'وقال الباحث في شؤون الحركات الإسلامية في مركز الأهرام للدراسات ماهر فرغلي: "الجماعة تعيش أزمة قيادة".',
    quotes: [['الجماعة تعيش أزمة قيادة', 'direct', 'ماهر فرغلي']],
  },
  {
    what: 'guard: a second في that says where he spoke (في مقابلة), after the name: the name speaks',
    text: 'وقال الباحث في الشؤون الإيرانية حسن أحمديان في مقابلة مع الجزيرة إن طهران "تراهن على الوقت".',
    quotes: [['تراهن على الوقت', 'partial', 'حسن أحمديان']],
  },
  {
    what: 'guard: a second في that says where the words were given (في حديث لفرانس 24), no name: the title speaks',
    text: 'وقالت الباحثة في الشؤون الأوروبية في حديث لفرانس 24 إن القرار "جاء متأخرا".',
    quotes: [['جاء متأخرا', 'partial', 'الباحثة']],
  },
  {
    what: 'guard: a second في and a body with no name after it, then a named expert in the next clause',
    text: 'وقال الباحث في الشؤون الخليجية في مركز الخليج للأبحاث إن المنطقة "تتغير بسرعة"، فيما قال الخبير عادل مرزوق إن "شيئا لم يتغير".',
    quotes: [
      ['تتغير بسرعة', 'partial', 'الباحث'],
      ['شيئا لم يتغير', 'partial', 'عادل مرزوق'],
    ],
  },
];

describe('appos rules 5: a field, then the body with a second في, before the name', () => {
  runRows(secondFiRows);
});

const describedRows: readonly Row[] = [
  {
    what: 'a tour guide named by his trade and its genitive (مرشد الرحلات), a place after في, then ، name، إن',
    text: 'وقال مرشد الرحلات في ماساي مارا، جوزيف كاماو، إن الفيلة "تقترب من المخيمات ليلا بحثا عن الماء".',
    quotes: [['تقترب من المخيمات ليلا بحثا عن الماء', 'partial', 'جوزيف كاماو']],
  },
  {
    what: 'a museum guide (مرشدة المتحف), then ، name، إن, named again by the family name',
    text: [
      'وقالت مرشدة المتحف، سارة لوبيز، إن عدد الزوار "تضاعف منذ افتتاح الجناح الجديد".',
      'وأضافت لوبيز: "أغلب الزوار من طلاب المدارس".',
    ].join('\n\n'),
    quotes: [
      ['تضاعف منذ افتتاح الجناح الجديد', 'partial', 'سارة لوبيز'],
      ['أغلب الزوار من طلاب المدارس', 'direct', 'سارة لوبيز'],
    ],
  },
  {
    what: 'a patient’s companion at a Saudi hospital (مرافق المريض), then ، name، إن',
    text: 'وفي مستشفى الملك خالد بحائل، قال مرافق المريض، سعد العنزي، إن الانتظار في الطوارئ "تجاوز ست ساعات".',
    quotes: [['تجاوز ست ساعات', 'partial', 'سعد العنزي']],
  },
  {
    what: 'guard: the description with no name after the comma (a relative clause): the description speaks',
    text: 'وقال مرشد الرحلات، الذي رافق السياح طوال اليوم، إن الأسد "كان هادئا".',
    quotes: [['كان هادئا', 'partial', 'مرشد الرحلات']],
  },
  {
    what: 'guard: a group named by its plural, then two names joined with و: the group speaks',
    text: 'وقال حراس المرمى، محمد العويس وياسر المسيليم، إن المباراة "ستكون صعبة على الجميع".',
    quotes: [['ستكون صعبة على الجميع', 'partial', 'حراس المرمى']],
  },
  {
    what: 'guard: whom the words were told between commas (، لوسائل الإعلام،) is no name',
    text: 'وقال جيران الضحية، لوسائل الإعلام، إن الرجل "كان هادئا ولا يختلط بأحد".',
    quotes: [['كان هادئا ولا يختلط بأحد', 'partial', 'جيران الضحية']],
  },
  {
    what: 'guard: a compound given name (عز الدين) with a title in apposition after it: the name speaks',
    text: 'وقال عز الدين، المتحدث باسم الحركة، إن المفاوضات "متوقفة منذ أسبوع".',
    quotes: [['متوقفة منذ أسبوع', 'partial', 'عز الدين']],
  },
];

describe('appos rules 5: a description the lexicon holds as no title, then ، name،', () => {
  runRows(describedRows);
});

const honorificTailRows: readonly Row[] = [
  {
    what: 'a sales manager in one of a city’s hotels, then ، الأستاذ + name، with إن',
    text: 'وقال مدير المبيعات في أحد فنادق مكة المكرمة، الأستاذ ماجد العمري، إن الحجوزات "اكتملت قبل شهر من الموسم".',
    quotes: [['اكتملت قبل شهر من الموسم', 'partial', 'ماجد العمري']],
  },
  {
    what: 'the supervisor of one of the pilgrims’ camps in Mina, then ، المهندس + name، with أوضح … أن',
    text: 'من جهته، أوضح المشرف على أحد مخيمات الحجاج في منى، المهندس فيصل الحارثي، أن الخيام "جاهزة لاستقبال ضيوف الرحمن".',
    quotes: [['جاهزة لاستقبال ضيوف الرحمن', 'partial', 'فيصل الحارثي']],
  },
  {
    what: 'the head of emergency in one of a city’s hospitals, then ، الدكتور + name، with a colon, named again by the family name',
    text: [
      'وقال رئيس قسم الطوارئ في أحد مستشفيات مدينة الرياض، الدكتور خالد المطيري: «الحالات تضاعفت منذ بداية موجة الغبار».',
      'وأضاف المطيري: «أغلب المراجعين من كبار السن والأطفال».',
    ].join('\n\n'),
    quotes: [
      ['الحالات تضاعفت منذ بداية موجة الغبار', 'direct', 'خالد المطيري'],
      ['أغلب المراجعين من كبار السن والأطفال', 'direct', 'خالد المطيري'],
    ],
  },
  {
    what: 'guard: a clause on the place between commas after the post (، المطل على الحرم،) names nobody: the post speaks',
    text: 'وقال مدير الفندق في مكة المكرمة، المطل على الحرم، إن الغرف "محجوزة حتى نهاية الموسم".',
    quotes: [['محجوزة حتى نهاية الموسم', 'partial', 'مدير الفندق']],
  },
  {
    what: 'guard: the post in one of a city’s hotels with no name after it: the post speaks',
    text: 'وقال مدير المبيعات في أحد فنادق المدينة المنورة إن الحجوزات "اكتملت".',
    quotes: [['اكتملت', 'partial', 'مدير المبيعات']],
  },
];

describe('appos rules 5: a title’s tail, then ، honorific + name، after a cue of saying', () => {
  runRows(honorificTailRows);
});

const editorRows: readonly Row[] = [
  {
    what: 'a Saudi paper’s editor-in-chief (رئيس تحرير صحيفة + its plain name) and his name, with إن, then وأضاف + family name:',
    text: [
      'وقال رئيس تحرير صحيفة عكاظ هاشم الجحدلي إن الصحيفة "ستطلق نسختها الرقمية الجديدة مطلع العام".',
      'وأضاف الجحدلي: «القارئ اليوم يريد الخبر على هاتفه».',
    ].join('\n\n'),
    quotes: [
      ['ستطلق نسختها الرقمية الجديدة مطلع العام', 'partial', 'هاشم الجحدلي'],
      ['القارئ اليوم يريد الخبر على هاتفه', 'direct', 'هاشم الجحدلي'],
    ],
  },
  {
    what: 'a managing editor (مدير تحرير صحيفة + its definite name) and his name, with a colon',
    text: 'وقال مدير تحرير صحيفة الجزيرة محمد الشهري: «الإعلان الورقي تراجع إلى النصف».',
    quotes: [['الإعلان الورقي تراجع إلى النصف', 'direct', 'محمد الشهري']],
  },
  {
    what: 'an Arab paper’s editor-in-chief with a name of two definite words (صحيفة الشرق الأوسط), with أكد … أن',
    text: 'وأكد رئيس تحرير صحيفة الشرق الأوسط سلمان الدوسري أن الصحيفة "لن تتخلى عن طبعتها الورقية".',
    quotes: [['لن تتخلى عن طبعتها الورقية', 'partial', 'سلمان الدوسري']],
  },
  {
    what: 'guard: the editor of the paper with no name after it speaks by his title',
    text: 'وقال رئيس تحرير الصحيفة إن العدد "سيصدر غدا".',
    quotes: [['سيصدر غدا', 'partial', 'رئيس تحرير الصحيفة']],
  },
  {
    what: 'guard: تحرير in a group’s name (هيئة تحرير الشام) before في بيان: the group speaks',
    text: 'وقالت هيئة تحرير الشام في بيان إن الهجوم "رد على القصف".',
    quotes: [['رد على القصف', 'partial', 'هيئة تحرير الشام']],
  },
  {
    what: 'guard: the managing editor of the paper, then the verb’s object (وزارة الإعلام) and وقال إن: the editor speaks',
    text: 'وانتقد مدير تحرير الصحيفة وزارة الإعلام، وقال إن القرار "متسرع".',
    quotes: [['متسرع', 'partial', 'مدير تحرير الصحيفة']],
  },
];

describe('appos rules 5: an editor’s title with the paper’s head after تحرير, then the name', () => {
  runRows(editorRows);
});

const definiteDescribedRows: readonly Row[] = [
  {
    what: 'a Western diplomat (a definite noun no title list holds and its adjective of origin), a place, then ، name، إن',
    text: 'وقال الدبلوماسي الغربي في بيروت، جون باول، إن المحادثات "متعثرة منذ أسابيع".',
    quotes: [['متعثرة منذ أسابيع', 'partial', 'جون باول']],
  },
  {
    what: 'a Kurdish fighter, then ، name، to the agency with a colon',
    text: 'وقال المقاتل الكردي، آزاد عثمان، لوكالة الأناضول: «الجبهة هادئة منذ الفجر».',
    quotes: [['الجبهة هادئة منذ الفجر', 'direct', 'آزاد عثمان']],
  },
  {
    what: 'a Saudi diplomat, then ، name، with أوضح … أن, named again by the family name',
    text: [
      'وأوضح الدبلوماسي السعودي، نواف العتيبي، أن السفارة "تتابع أوضاع المواطنين ساعة بساعة".',
      'وأضاف العتيبي: «لم تسجل أي إصابات بين السعوديين».',
    ].join('\n\n'),
    quotes: [
      ['تتابع أوضاع المواطنين ساعة بساعة', 'partial', 'نواف العتيبي'],
      ['لم تسجل أي إصابات بين السعوديين', 'direct', 'نواف العتيبي'],
    ],
  },
  {
    what: 'guard: the diplomat with no name after him speaks by his description',
    text: 'وقال الدبلوماسي الغربي إن المحادثات "متعثرة".',
    quotes: [['متعثرة', 'partial', 'الدبلوماسي الغربي']],
  },
  {
    what: 'guard: a definite description, then a relative clause between commas: the description speaks',
    text: 'وقال المسؤول الأمريكي، الذي طلب عدم ذكر اسمه، إن واشنطن "قلقة".',
    quotes: [['قلقة', 'partial', 'المسؤول الأمريكي']],
  },
  {
    what: 'guard: a delegation with برئاسة between commas names nobody: the delegation speaks',
    text: 'وقال الوفد السعودي، برئاسة وزير الخارجية، إن الاجتماع "مثمر".',
    quotes: [['مثمر', 'partial', 'الوفد السعودي']],
  },
];

describe('appos rules 5: a definite description with adjectives of origin, then ، name،', () => {
  runRows(definiteDescribedRows);
});

const alanRows: readonly Row[] = [
  {
    what: 'a French journalist, then ، ألان + family name، with إن: ألان (Alan) is no الآن (now)',
    text: 'وقال الصحفي الفرنسي، ألان جريش، إن دمشق "تعيش حياة شبه طبيعية في أحيائها الغربية".',
    quotes: [['تعيش حياة شبه طبيعية في أحيائها الغربية', 'partial', 'ألان جريش']],
  },
  {
    what: 'a French doctor in a city, then ، ألان + family name، with a colon',
    text: 'وقال الطبيب الفرنسي في حلب، ألان دوبوا، لفرانس 24: «نعمل في قبو منذ شهرين».',
    quotes: [['نعمل في قبو منذ شهرين', 'direct', 'ألان دوبوا']],
  },
  {
    what: 'a coach of a Saudi club, then ، آلان + family name، with إن',
    text: 'وقال مدرب نادي الاتفاق، آلان بيران، إن الفريق "يحتاج إلى مهاجم صريح".',
    quotes: [['يحتاج إلى مهاجم صريح', 'partial', 'آلان بيران']],
  },
  {
    what: 'guard: الآن (now) between commas after the title names nobody',
    text: 'وقال المتحدث، الآن، إن الوضع "هادئ".',
    quotes: [['هادئ', 'partial', 'المتحدث']],
  },
];

describe('appos rules 5: ألان, آلان opening the name in apposition', () => {
  runRows(alanRows);
});

const captainRows: readonly Row[] = [
  {
    what: 'an airline’s operations manager, then ، الكابتن + name، with إن',
    text: 'وقال مدير العمليات في إحدى شركات الطيران الخاصة، الكابتن فهد الحربي، إن الرحلات "ستستأنف الأسبوع المقبل".',
    quotes: [['ستستأنف الأسبوع المقبل', 'partial', 'فهد الحربي']],
  },
  {
    what: 'the captain of the aircraft, then ، الكابتن + name، with إن, named again by the family name',
    text: [
      'وقال قائد الطائرة، الكابتن سعيد الغامدي، إن الهبوط الاضطراري "كان آمنا بفضل هدوء الركاب".',
      'وأضاف الغامدي: «أبلغنا برج المراقبة فور ظهور العطل».',
    ].join('\n\n'),
    quotes: [
      ['كان آمنا بفضل هدوء الركاب', 'partial', 'سعيد الغامدي'],
      ['أبلغنا برج المراقبة فور ظهور العطل', 'direct', 'سعيد الغامدي'],
    ],
  },
  {
    what: 'a club’s former coach, then ، الكابتن + name، with a colon',
    text: 'وقال المدرب السابق لنادي الوحدة، الكابتن يوسف خميس: «الفريق يحتاج إلى صبر الجماهير».',
    quotes: [['الفريق يحتاج إلى صبر الجماهير', 'direct', 'يوسف خميس']],
  },
  {
    what: 'guard: الكابتن alone between commas names nobody: the title speaks',
    text: 'وقال قائد الطائرة، الكابتن، إن الهبوط "آمن".',
    quotes: [['آمن', 'partial', 'قائد الطائرة']],
  },
  {
    what: 'guard: كابتن الطائرة with no name speaks by the title',
    text: 'وقال كابتن الطائرة إن الركاب "بخير".',
    quotes: [['بخير', 'partial', 'كابتن الطائرة']],
  },
];

describe('appos rules 5: الكابتن before the name in apposition', () => {
  runRows(captainRows);
});
