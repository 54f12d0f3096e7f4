/**
 * The second naming (issue 3): news names a body or a person in full once and then shorter, and the
 * speaker is the fullest name the article gave it, and only its own.
 * - Without its head: وزارة الخارجية البريطانية then الخارجية البريطانية, منظمة العفو الدولية then العفو
 *   الدولية, شركة أرامكو السعودية then أرامكو السعودية: the whole rest of the name after a head news drops
 *   (وزارة, منظمة, شركة, مؤسسة, حركة) names the same body.
 * - With its head and fewer words: الهيئة العامة للطيران المدني then هيئة الطيران المدني, الهيئة الوطنية
 *   لمكافحة الفساد then هيئة مكافحة الفساد: the short name's words follow the long one's in order, the field
 *   after ل written with the article or bare, the long name skipping only an adjective that says the body
 *   is public or national (العامة, الوطنية, العليا).
 * - By its portfolio: وزارة التجارة والصناعة then التجارة, وزارة الداخلية السعودية then الداخلية: the one
 *   definite word after وزارة; and a name without its head stops before a field joined by و (الشؤون
 *   البلدية for وزارة الشؤون البلدية والقروية).
 * - A body quoted first by a short name (مؤسسة النقد) after the narration named it in full where it did
 *   not speak (التعليمات التي أصدرتها مؤسسة النقد العربي السعودي): the one fuller name of that head the
 *   text gave before, which the short name starts or shortens; none when two were given.
 * - A person: a name of two words or more does not join a known person whose name of two words or more
 *   ends with a family name it does not have, and the other way round (فهد القرني is not عبدالرحمن بن فهد
 *   الدوسري, even after جامعة الملك فهد gave that person the one word فهد); compared without the article
 *   (الفيصل, the house of فيصل: خالد الفيصل ~ خالد بن فيصل).
 * - A quote paragraph with no cue after one paragraph of background that reports no one (no reporting
 *   verb, no colon: وكان الرئيس فلان قد أمر …): the speaker before the background goes on.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case: a part of the name that is another body (الأمم المتحدة after منظمة الأمم المتحدة
 * للطفولة), a body of another country or field with the same head (الخارجية الروسية beside the American
 * ministry, هيئة الترفيه beside الهيئة العامة للرياضة), and a skipped word that is no generic adjective.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const headlessRows: readonly Row[] = [
  {
    what: 'a ministry with its country in the lede, then its name without وزارة after وأوضحت',
    text: [
      'أعلنت وزارة الخارجية البريطانية أن السفارة في طهران "ستعيد فتح أبوابها خلال أيام".',
      'وأوضحت الخارجية البريطانية أن القرار "جاء بعد تقييم دقيق للوضع الأمني".',
    ].join('\n\n'),
    quotes: [
      ['ستعيد فتح أبوابها خلال أيام', 'partial', 'وزارة الخارجية البريطانية'],
      ['جاء بعد تقييم دقيق للوضع الأمني', 'partial', 'وزارة الخارجية البريطانية'],
    ],
  },
  {
    what: 'a rights group in full, then without منظمة after وأضافت, in the international outlets’ style',
    text: [
      'اتهمت منظمة العفو الدولية قوات الأمن بأنها "استخدمت الرصاص الحي ضد المتظاهرين".',
      'وأضافت العفو الدولية أن عشرات المعتقلين "حرموا من الاتصال بمحاميهم".',
    ].join('\n\n'),
    quotes: [
      ['استخدمت الرصاص الحي ضد المتظاهرين', 'partial', 'منظمة العفو الدولية'],
      ['حرموا من الاتصال بمحاميهم', 'partial', 'منظمة العفو الدولية'],
    ],
  },
  {
    what: 'a Saudi company in full with أن, then without شركة with a colon',
    text: [
      'أكدت شركة أرامكو السعودية أن إمداداتها لعملائها "لم تتأثر بالحريق".',
      'وقالت أرامكو السعودية في بيان: «تمت السيطرة على الحريق خلال ساعة واحدة».',
    ].join('\n\n'),
    quotes: [
      ['لم تتأثر بالحريق', 'partial', 'شركة أرامكو السعودية'],
      ['تمت السيطرة على الحريق خلال ساعة واحدة', 'direct', 'شركة أرامكو السعودية'],
    ],
  },
  {
    what: 'a medical charity named after حذرت … من أن, then by its name without منظمة: the full name, open after من, stays the canonical one',
    text: [
      'حذرت منظمة أطباء بلا حدود من أن المستشفى الوحيد في البلدة "لم يعد قادرا على استقبال الجرحى".',
      'وقالت أطباء بلا حدود إن فرقها "أجرت ثلاثين عملية جراحية في يومين".',
    ].join('\n\n'),
    quotes: [
      ['لم يعد قادرا على استقبال الجرحى', 'partial', 'منظمة أطباء بلا حدود'],
      ['أجرت ثلاثين عملية جراحية في يومين', 'partial', 'منظمة أطباء بلا حدود'],
    ],
  },
  {
    what: 'guard: الأمم المتحدة after منظمة الأمم المتحدة للطفولة is a part of the name, another body',
    text: [
      'قالت منظمة الأمم المتحدة للطفولة إن آلاف الأطفال "انقطعوا عن الدراسة هذا العام".',
      'وقالت الأمم المتحدة إن خطة الاستجابة "تعاني نقصا كبيرا في التمويل".',
    ].join('\n\n'),
    quotes: [
      ['انقطعوا عن الدراسة هذا العام', 'partial', 'منظمة الأمم المتحدة للطفولة'],
      ['تعاني نقصا كبيرا في التمويل', 'partial', 'الأمم المتحدة'],
    ],
  },
  {
    what: 'two ministries of one portfolio: the name without وزارة goes to the one whose whole rest it is, named first',
    text: [
      'قالت وزارة الخارجية الروسية إن موسكو "لن تغير موقفها من الأزمة".',
      'وردت وزارة الخارجية الأمريكية بأن واشنطن "تنتظر أفعالا لا أقوالا".',
      'وأضافت الخارجية الروسية أن الحوار "هو السبيل الوحيد".',
    ].join('\n\n'),
    quotes: [
      ['لن تغير موقفها من الأزمة', 'partial', 'وزارة الخارجية الروسية'],
      ['تنتظر أفعالا لا أقوالا', 'partial', 'وزارة الخارجية الأمريكية'],
      ['هو السبيل الوحيد', 'partial', 'وزارة الخارجية الروسية'],
    ],
  },
  {
    what: 'guard: وزارة الدفاع, then الدفاع المدني: not the rest of the ministry’s name, another body',
    text: [
      'أعلنت وزارة الدفاع الأمريكية أن الغارة "استهدفت مخزنا للأسلحة".',
      'وقال الدفاع المدني السوري إن فرقه "انتشلت جثث ستة مدنيين".',
    ].join('\n\n'),
    quotes: [
      ['استهدفت مخزنا للأسلحة', 'partial', 'وزارة الدفاع الأمريكية'],
      ['انتشلت جثث ستة مدنيين', 'partial', 'الدفاع المدني السوري'],
    ],
  },
];

const shorterRows: readonly Row[] = [
  {
    what: 'الهيئة العامة للطيران المدني, then هيئة الطيران المدني: العامة dropped, للطيران written الطيران',
    text: [
      'أعلنت الهيئة العامة للطيران المدني أن مطار الملك عبدالعزيز الجديد "سيستقبل أولى رحلاته في الربع الأول".',
      'وأوضحت هيئة الطيران المدني أن الصالات "ستخدم ثلاثين مليون مسافر سنويا".',
    ].join('\n\n'),
    quotes: [
      ['سيستقبل أولى رحلاته في الربع الأول', 'partial', 'الهيئة العامة للطيران المدني'],
      ['ستخدم ثلاثين مليون مسافر سنويا', 'partial', 'الهيئة العامة للطيران المدني'],
    ],
  },
  {
    what: 'الهيئة الوطنية لمكافحة الفساد, then هيئة مكافحة الفساد: الوطنية dropped, لمكافحة written مكافحة',
    text: [
      'كشفت الهيئة الوطنية لمكافحة الفساد أن مشاريع في ثلاث مناطق "تأخرت بسبب ضعف الرقابة".',
      'وقالت هيئة مكافحة الفساد إن الجهات المعنية "ملزمة بالرد خلال ثلاثين يوما".',
    ].join('\n\n'),
    quotes: [
      ['تأخرت بسبب ضعف الرقابة', 'partial', 'الهيئة الوطنية لمكافحة الفساد'],
      ['ملزمة بالرد خلال ثلاثين يوما', 'partial', 'الهيئة الوطنية لمكافحة الفساد'],
    ],
  },
  {
    what: 'المؤسسة العامة للتدريب التقني والمهني, then مؤسسة التدريب التقني with the coordinated field left off',
    text: [
      'قالت المؤسسة العامة للتدريب التقني والمهني إن كلياتها "ستفتح أبوابها لعشرين ألف متدربة".',
      'وأكدت مؤسسة التدريب التقني أن التخصصات الجديدة "صممت مع الشركات".',
    ].join('\n\n'),
    quotes: [
      ['ستفتح أبوابها لعشرين ألف متدربة', 'partial', 'المؤسسة العامة للتدريب التقني والمهني'],
      ['صممت مع الشركات', 'partial', 'المؤسسة العامة للتدريب التقني والمهني'],
    ],
  },
  {
    what: 'الهيئة العامة للغذاء والدواء, then هيئة الغذاء والدواء with a colon',
    text: [
      'أعلنت الهيئة العامة للغذاء والدواء أن مستحضرا للتخسيس "يحتوي على مادة محظورة".',
      'وقالت هيئة الغذاء والدواء: «سحبنا جميع الكميات من الصيدليات».',
    ].join('\n\n'),
    quotes: [
      ['يحتوي على مادة محظورة', 'partial', 'الهيئة العامة للغذاء والدواء'],
      ['سحبنا جميع الكميات من الصيدليات', 'direct', 'الهيئة العامة للغذاء والدواء'],
    ],
  },
  {
    what: 'guard: هيئة الترفيه after الهيئة العامة للرياضة: another field, another body',
    text: [
      'قالت الهيئة العامة للرياضة إن الأندية "ملزمة بسداد مستحقات اللاعبين".',
      'وقالت هيئة الترفيه إن الموسم "سيضم أكثر من مئة فعالية".',
    ].join('\n\n'),
    quotes: [
      ['ملزمة بسداد مستحقات اللاعبين', 'partial', 'الهيئة العامة للرياضة'],
      ['سيضم أكثر من مئة فعالية', 'partial', 'هيئة الترفيه'],
    ],
  },
  {
    what: 'guard: مؤسسة الملك فيصل after مؤسسة الملك خالد الخيرية: the word that differs is no generic adjective',
    text: [
      'قالت مؤسسة الملك خالد الخيرية إن برامجها "تستهدف خمسة آلاف أسرة".',
      'وقالت مؤسسة الملك فيصل إن الجائزة "ستعلن في يناير".',
    ].join('\n\n'),
    quotes: [
      ['تستهدف خمسة آلاف أسرة', 'partial', 'مؤسسة الملك خالد الخيرية'],
      ['ستعلن في يناير', 'partial', 'مؤسسة الملك فيصل'],
    ],
  },
  {
    what: 'guard: مجلس الأمن الدولي after المجلس الأعلى للأمن القومي الإيراني: after the skipped الأعلى, the country differs',
    text: [
      'قال المجلس الأعلى للأمن القومي الإيراني إن طهران "لن تقبل بأي شروط جديدة".',
      'وقال مجلس الأمن الدولي في بيان إن الأطراف "مطالبة بضبط النفس".',
    ].join('\n\n'),
    quotes: [
      ['لن تقبل بأي شروط جديدة', 'partial', 'المجلس الأعلى للأمن القومي الإيراني'],
      ['مطالبة بضبط النفس', 'partial', 'مجلس الأمن الدولي'],
    ],
  },
];

const portfolioRows: readonly Row[] = [
  {
    what: 'a ministry with its country, then its portfolio alone after وأوضحت (Saudi papers)',
    text: [
      'أعلنت وزارة الداخلية السعودية أن رجال الأمن "ضبطوا شحنة من الأقراص المخدرة في ميناء جدة".',
      'وأوضحت الداخلية أن المقبوض عليهم "ثلاثة مقيمين ومواطن".',
    ].join('\n\n'),
    quotes: [
      ['ضبطوا شحنة من الأقراص المخدرة في ميناء جدة', 'partial', 'وزارة الداخلية السعودية'],
      ['ثلاثة مقيمين ومواطن', 'partial', 'وزارة الداخلية السعودية'],
    ],
  },
  {
    what: 'وزارة التجارة والصناعة, then التجارة alone: the portfolio, not a ministry of that one word',
    text: [
      'قالت وزارة التجارة والصناعة إن أسعار الأرز "عادت إلى مستوياتها قبل رمضان".',
      'وأوضحت التجارة أن فرقها "أغلقت عشرين محلا في أسبوع".',
    ].join('\n\n'),
    quotes: [
      ['عادت إلى مستوياتها قبل رمضان', 'partial', 'وزارة التجارة والصناعة'],
      ['أغلقت عشرين محلا في أسبوع', 'partial', 'وزارة التجارة والصناعة'],
    ],
  },
  {
    what: 'a Gulf foreign ministry in full, then الخارجية alone with a colon (international outlets)',
    text: [
      'دانت وزارة الخارجية الكويتية الهجوم، وقالت إنه "عمل إجرامي جبان".',
      'وأضافت الخارجية في بيانها: «نقف إلى جانب الأشقاء في هذا المصاب».',
    ].join('\n\n'),
    quotes: [
      ['عمل إجرامي جبان', 'partial', 'وزارة الخارجية الكويتية'],
      ['نقف إلى جانب الأشقاء في هذا المصاب', 'direct', 'وزارة الخارجية الكويتية'],
    ],
  },
  {
    what: 'a ministry of two fields joined by و, then its first field alone without وزارة',
    text: [
      'أعلنت وزارة الشؤون البلدية والقروية أن اللائحة الجديدة "تمنع البناء في مجاري السيول".',
      'وأكدت الشؤون البلدية أن الأمانات "ستتابع تطبيقها بدقة".',
    ].join('\n\n'),
    quotes: [
      ['تمنع البناء في مجاري السيول', 'partial', 'وزارة الشؤون البلدية والقروية'],
      ['ستتابع تطبيقها بدقة', 'partial', 'وزارة الشؤون البلدية والقروية'],
    ],
  },
  {
    what: 'guard: الصحة العالمية after وزارة الصحة: the portfolio with more words is another body',
    text: [
      'قالت وزارة الصحة إن حالات الإنفلونزا "في حدودها الموسمية المعتادة".',
      'وقالت الصحة العالمية إن الفيروس "لم يتحور حتى الآن".',
    ].join('\n\n'),
    quotes: [
      ['في حدودها الموسمية المعتادة', 'partial', 'وزارة الصحة'],
      ['لم يتحور حتى الآن', 'partial', 'الصحة العالمية'],
    ],
  },
  {
    what: 'guard: the minister named with his portfolio, then his surname: the person, not the ministry',
    text: [
      'قال وزير الداخلية الفرنسي برنار كازنوف إن الشرطة "اعتقلت خمسة مشتبه بهم".',
      'وأضاف كازنوف أن التحقيق "سيشمل شبكات التمويل".',
    ].join('\n\n'),
    quotes: [
      ['اعتقلت خمسة مشتبه بهم', 'partial', 'برنار كازنوف'],
      ['سيشمل شبكات التمويل', 'partial', 'برنار كازنوف'],
    ],
  },
];

const registerRows: readonly Row[] = [
  {
    what: 'the central bank named in full in narration (the object of أصدرتها), then its statement by its first two words',
    text: [
      'تستعد البنوك لتطبيق التعليمات التي أصدرتها مؤسسة النقد العربي السعودي الشهر الماضي.',
      'وقالت مؤسسة النقد في بيان إن القواعد الجديدة "تحمي حقوق العملاء".',
    ].join('\n\n'),
    quotes: [['تحمي حقوق العملاء', 'partial', 'مؤسسة النقد العربي السعودي']],
  },
  {
    what: 'a UN agency named after وفد من, then by its head and first word (international outlets)',
    text: [
      'زار وفد من منظمة الصحة العالمية مستشفيات المدينة أمس.',
      'وقالت منظمة الصحة في بيان إن الوضع "تحت السيطرة".',
    ].join('\n\n'),
    quotes: [['تحت السيطرة', 'partial', 'منظمة الصحة العالمية']],
  },
  {
    what: 'a foreign ministry with its country after أداء, then وزارة الخارجية without the country',
    text: [
      'انتقد نواب في الكونغرس أداء وزارة الخارجية الأمريكية في الملف السوري.',
      'وقالت وزارة الخارجية إن الانتقادات "لا تستند إلى وقائع".',
    ].join('\n\n'),
    quotes: [['لا تستند إلى وقائع', 'partial', 'وزارة الخارجية الأمريكية']],
  },
  {
    what: 'المؤسسة العامة للتأمينات الاجتماعية in narration, then مؤسسة التأمينات: العامة dropped, the field written bare',
    text: [
      'تلقت المؤسسة العامة للتأمينات الاجتماعية آلاف الطلبات هذا العام.',
      'وقالت مؤسسة التأمينات إن الصرف "سيتم في موعده".',
    ].join('\n\n'),
    quotes: [['سيتم في موعده', 'partial', 'المؤسسة العامة للتأمينات الاجتماعية']],
  },
  {
    what: 'guard: two health ministries in narration and in the quote, the quoted one named in full itself',
    text: [
      'تعاونت وزارة الصحة الفلسطينية مع منظمات دولية في حملة التطعيم.',
      'وقالت وزارة الصحة الإسرائيلية إن الحملة "لا تخصها".',
    ].join('\n\n'),
    quotes: [['لا تخصها', 'partial', 'وزارة الصحة الإسرائيلية']],
  },
  {
    what: 'guard: two councils of one name in narration: مجلس الأمن alone is left as it is written',
    text: [
      'حضر الاجتماع ممثلون عن مجلس الأمن الوطني العراقي ومجلس الأمن الدولي.',
      'وقال مجلس الأمن في بيان إن الأطراف "مطالبة بالتهدئة".',
    ].join('\n\n'),
    quotes: [['مطالبة بالتهدئة', 'partial', 'مجلس الأمن']],
  },
];

const familyRows: readonly Row[] = [
  {
    what: 'an analyst whose father’s name is فهد, a university named after King فهد, then a trader named فهد with another family name',
    text: [
      'قال المحلل المالي عبدالرحمن بن فهد الدوسري إن المؤشر "يختبر مستوى دعم مهما".',
      'وفي جامعة الملك فهد للبترول والمعادن، قال أستاذ الاقتصاد سالم الحربي إن الأسعار "مغرية للمستثمر".',
      'وقال المتداول فهد القرني: «بعت نصف محفظتي هذا الصباح».',
    ].join('\n\n'),
    quotes: [
      ['يختبر مستوى دعم مهما', 'partial', 'عبدالرحمن بن فهد الدوسري'],
      ['مغرية للمستثمر', 'partial', 'سالم الحربي'],
      ['بعت نصف محفظتي هذا الصباح', 'direct', 'فهد القرني'],
    ],
  },
  {
    what: 'a poet whose father’s name is فيصل, a park named after King فيصل, then a visitor named فيصل',
    text: [
      'قال الشاعر مشعل بن فيصل العتيبي إن الأمسية "جمعت شعراء من كل المناطق".',
      'وفي حديقة الملك فيصل، قال الزائر فيصل الغامدي: «المكان مناسب للعائلات».',
    ].join('\n\n'),
    quotes: [
      ['جمعت شعراء من كل المناطق', 'partial', 'مشعل بن فيصل العتيبي'],
      ['المكان مناسب للعائلات', 'direct', 'فيصل الغامدي'],
    ],
  },
  {
    what: 'a businessman whose father’s name is عبدالعزيز, a road named after King عبدالعزيز, then a driver named عبدالعزيز',
    text: [
      'قال رجل الأعمال ماجد بن عبدالعزيز الحكير إن قطاع التجزئة "بدأ يتعافى".',
      'وعلى طريق الملك عبدالعزيز، قال السائق عبدالعزيز المالكي: «الزحام لا يطاق في ساعات الذروة».',
    ].join('\n\n'),
    quotes: [
      ['بدأ يتعافى', 'partial', 'ماجد بن عبدالعزيز الحكير'],
      ['الزحام لا يطاق في ساعات الذروة', 'direct', 'عبدالعزيز المالكي'],
    ],
  },
  {
    what: 'guard: الفيصل is the house of فيصل: خالد بن فيصل after الأمير خالد الفيصل is the same prince',
    text: [
      'قال أمير منطقة مكة المكرمة الأمير خالد الفيصل إن المشاريع "تسير وفق الخطة".',
      'وأضاف الأمير خالد: «نريد مكة أجمل مدن العالم».',
      'وقال خالد بن فيصل في ختام الجولة: «شكرا لكل العاملين».',
    ].join('\n\n'),
    quotes: [
      ['تسير وفق الخطة', 'partial', 'خالد الفيصل'],
      ['نريد مكة أجمل مدن العالم', 'direct', 'خالد الفيصل'],
      ['شكرا لكل العاملين', 'direct', 'خالد الفيصل'],
    ],
  },
  {
    what: 'guard: a fuller name with the father’s name between (عادل أحمد الجبير) is the same minister',
    text: [
      'قال وزير الخارجية عادل الجبير إن المملكة "حريصة على أمن المنطقة".',
      'وأضاف عادل أحمد الجبير في المؤتمر: «لن نسمح بالتدخل في شؤوننا».',
    ].join('\n\n'),
    quotes: [
      ['حريصة على أمن المنطقة', 'partial', 'عادل أحمد الجبير'],
      ['لن نسمح بالتدخل في شؤوننا', 'direct', 'عادل أحمد الجبير'],
    ],
  },
  {
    what: 'guard: the preacher named again with his father’s name (سلمان بن فهد العودة) is the same man',
    text: [
      'قال الداعية سلمان العودة إن الشباب "بحاجة إلى الحوار".',
      'وقال سلمان بن فهد العودة في محاضرته: «الحوار يبني ولا يهدم».',
    ].join('\n\n'),
    quotes: [
      ['بحاجة إلى الحوار', 'partial', 'سلمان بن فهد العودة'],
      ['الحوار يبني ولا يهدم', 'direct', 'سلمان بن فهد العودة'],
    ],
  },
];

const backgroundRows: readonly Row[] = [
  {
    what: 'a minister, a paragraph of background naming the king, then a quote paragraph with no cue: the minister goes on',
    text: [
      'قال وزير الإسكان ماجد الحقيل إن الوزارة "ستسلم آلاف الوحدات هذا العام".',
      'ويأتي ذلك بعد أشهر من إقرار مجلس الوزراء نظام رسوم الأراضي البيضاء برئاسة خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز.',
      '"الرسوم ستدفع الملاك إلى تطوير أراضيهم خلال سنوات قليلة".',
    ].join('\n\n'),
    quotes: [
      ['ستسلم آلاف الوحدات هذا العام', 'partial', 'ماجد الحقيل'],
      ['الرسوم ستدفع الملاك إلى تطوير أراضيهم خلال سنوات قليلة', 'direct', 'ماجد الحقيل'],
    ],
  },
  {
    what: 'a UN spokeswoman, then وكان + another leader قد أمر (background), then her quote paragraph (international outlets)',
    text: [
      'قالت المتحدثة باسم المفوضية ميليسا فليمنغ إن الأعداد "غير مسبوقة".',
      'وكان رئيس الوزراء المجري فيكتور أوربان قد أمر بإغلاق الحدود الأسبوع الماضي.',
      '"نحن أمام أزمة إنسانية تتطلب استجابة أوروبية موحدة وعاجلة".',
    ].join('\n\n'),
    quotes: [
      ['غير مسبوقة', 'partial', 'ميليسا فليمنغ'],
      ['نحن أمام أزمة إنسانية تتطلب استجابة أوروبية موحدة وعاجلة', 'direct', 'ميليسا فليمنغ'],
    ],
  },
  {
    what: 'a civil defence director, a paragraph on the rain, then his quote paragraph',
    text: [
      'قال مدير الدفاع المدني بجدة العميد عبدالله جداوي إن الفرق "أخلت المباني المهددة".',
      'وشهدت المدينة أمطارا غزيرة أغرقت عددا من الأنفاق والأحياء الشرقية.',
      '"نطلب من السكان الابتعاد عن مجاري السيول حتى إشعار آخر".',
    ].join('\n\n'),
    quotes: [
      ['أخلت المباني المهددة', 'partial', 'عبدالله جداوي'],
      ['نطلب من السكان الابتعاد عن مجاري السيول حتى إشعار آخر', 'direct', 'عبدالله جداوي'],
    ],
  },
  {
    what: 'guard: the paragraph between gives the floor to another (وأضاف … في مؤتمر صحفي:): the quote is his',
    text: [
      'قالت المتحدثة باسم المفوضية ميليسا فليمنغ إن الأعداد "غير مسبوقة".',
      'وأضاف رئيس الوزراء المجري فيكتور أوربان في مؤتمر صحفي:',
      '"لن نسمح بعبور المهاجرين غير الشرعيين عبر أراضينا".',
    ].join('\n\n'),
    quotes: [
      ['غير مسبوقة', 'partial', 'ميليسا فليمنغ'],
      ['لن نسمح بعبور المهاجرين غير الشرعيين عبر أراضينا', 'direct', 'فيكتور أوربان'],
    ],
  },
];

describe('resolve rules 5: a body without its head', () => {
  runRows(headlessRows);
});

describe('resolve rules 5: a body by its head and fewer words', () => {
  runRows(shorterRows);
});

describe('resolve rules 5: a ministry by its portfolio', () => {
  runRows(portfolioRows);
});

describe('resolve rules 5: a short name of a body the narration named in full', () => {
  runRows(registerRows);
});

describe('resolve rules 5: one given name, two families', () => {
  runRows(familyRows);
});

describe('resolve rules 5: a quote paragraph after a paragraph of background', () => {
  runRows(backgroundRows);
});
