/**
 * Rules that closed the Saudi-press gap rows of probes 13 and 17 (issue 3), each on passages of its own
 * written here in news style, Saudi and other: every rule row fails without its rule, and a guard row
 * keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRuleRows: readonly Row[] = [
  {
    what: 'a description then يدعى: the name after the verb is the speaker, the description is no part of it (أحد المارة يدعى فلان)',
    text: 'وقال شاهد عيان يدعى سلطان: «سمعنا دوي انفجار قوي ثم رأينا الدخان».',
    quotes: [['سمعنا دوي انفجار قوي ثم رأينا الدخان', 'direct', 'سلطان']],
  },
  {
    what: 'يدعى with a woman described (سيدة مسنة تدعى فلانة) gives her name alone',
    text: 'وقالت سيدة مسنة تدعى نورة وهي تنتظر دورها: «ننتظر هنا منذ الفجر».',
    quotes: [['ننتظر هنا منذ الفجر', 'direct', 'نورة']],
  },
  {
    what: 'guard: a name of two words with no يدعى stays whole (وقال المواطن سلطان العتيبي)',
    text: 'وقال المواطن سلطان العتيبي: «سمعنا دوي انفجار قوي».',
    quotes: [['سمعنا دوي انفجار قوي', 'direct', 'سلطان العتيبي']],
  },
  {
    what: 'والد أحد + a definite plural is a description (والد: a title that only looks like و + the article), named after ، ويدعى',
    text: 'وقال والد أحد الطلاب، ويدعى سعد، إن المدرسة «لم تبلغنا بتأخر الحافلة».',
    quotes: [['لم تبلغنا بتأخر الحافلة', 'partial', 'سعد']],
  },
  {
    what: 'والدة إحدى + a definite plural, named in apposition after the comma',
    text: 'وقالت والدة إحدى الطالبات، منى الحربي: «ابنتي عادت إلى البيت خائفة».',
    quotes: [['ابنتي عادت إلى البيت خائفة', 'direct', 'منى الحربي']],
  },
  {
    what: 'guard: والد + a name is the father of a named person, not one of a group (وقال والد الطفل محمد)',
    text: 'وقال والد اللاعب، خالد الشهري: «ابني يستحق الفرصة».',
    quotes: [['ابني يستحق الفرصة', 'direct', 'خالد الشهري']],
  },
  {
    what: 'ويدعى right after a description, with no comma, gives its name (أحد المصلين ويدعى فلان)',
    text: 'وقال أحد المصلين ويدعى عبدالعزيز: «المسجد يمتلئ قبل الأذان بساعة».',
    quotes: [['المسجد يمتلئ قبل الأذان بساعة', 'direct', 'عبدالعزيز']],
  },
  {
    what: 'وتدعى after a woman described as one of a group, with no comma',
    text: 'وقالت إحدى الناجيات وتدعى سلمى: «فقدنا كل شيء في ليلة واحدة».',
    quotes: [['فقدنا كل شيء في ليلة واحدة', 'direct', 'سلمى']],
  },
  {
    what: 'one of a group and where he lives, then ، ويدعى: the name is the speaker (أحد السكان في الحي المجاور، ويدعى فلان،)',
    text: 'وقال أحد السكان في الحي المجاور، ويدعى أبو خالد، إن المياه «وصلت إلى الطابق الأول».',
    quotes: [['وصلت إلى الطابق الأول', 'partial', 'أبو خالد']],
  },
  {
    what: 'guard: one of a group and where he works, with no name after it, is the description',
    text: 'وقال أحد العاملين في المستودع إن النيران «امتدت بسرعة».',
    quotes: [['امتدت بسرعة', 'partial', 'أحد العاملين']],
  },
  {
    what: 'guard: وهو with no comma after a name is a circumstantial clause, not who he is (وهو يغادر)',
    text: 'وقال المواطن سالم الدوسري وهو يغادر المستشفى: «الخدمة كانت ممتازة».',
    quotes: [['الخدمة كانت ممتازة', 'direct', 'سالم الدوسري']],
  },
  {
    what: 'a title through ب + a place head and the place (بمحافظة إربد) before a name with no honorific: the name is the speaker, the place none of it',
    text: 'وقال مدير مديرية الزراعة بمحافظة إربد أحمد الزعبي: «الموسم المطري أنقذ المحاصيل».',
    quotes: [['الموسم المطري أنقذ المحاصيل', 'direct', 'أحمد الزعبي']],
  },
  {
    what: 'a title ending in ب + a place head and the place, with no name after it, is the title whole, never the place (بمحافظة جدة)',
    text: 'وقال مدير الدفاع المدني بمحافظة جدة إن الفرق «سيطرت على الحريق».',
    quotes: [['سيطرت على الحريق', 'partial', 'مدير الدفاع المدني بمحافظة جدة']],
  },
  {
    what: 'so too after باسم (المتحدث باسم الشرطة بمنطقة جازان)',
    text: 'وقال المتحدث باسم الشرطة بمنطقة جازان: «القبض على الجناة تم خلال ساعات».',
    quotes: [['القبض على الجناة تم خلال ساعات', 'direct', 'المتحدث باسم الشرطة بمنطقة جازان']],
  },
  {
    what: 'guard: a place with its definite adjective (بمنطقة المدينة المنورة) then a name with بن',
    text: 'وقال مدير فرع وزارة التجارة بمنطقة المدينة المنورة فهد بن سالم الجهني: «ضبطنا أكثر من مئتي مخالفة خلال الشهر».',
    quotes: [['ضبطنا أكثر من مئتي مخالفة خلال الشهر', 'direct', 'فهد بن سالم الجهني']],
  },
  {
    what: 'a long title through a governorate (لإدارة مرور محافظة جدة) to the rank الرائد: the name after the rank is the speaker',
    text: 'وأوضح الناطق الإعلامي لإدارة مرور محافظة جدة الرائد سعود بن خالد الغامدي أن الحادث «وقع بسبب السرعة الزائدة».',
    quotes: [['وقع بسبب السرعة الزائدة', 'partial', 'سعود بن خالد الغامدي']],
  },
  {
    what: 'guard: a title through bodies and a governorate to العقيد, a rank the lexicon knows, keeps its name',
    text: 'وقال المتحدث الرسمي لإدارة شرطة محافظة الأحساء العقيد عبدالله بن ناصر المري إن الجاني «سلم نفسه فجر اليوم».',
    quotes: [['سلم نفسه فجر اليوم', 'partial', 'عبدالله بن ناصر المري']],
  },
  {
    what: 'guard: الرائد as an adjective (بالدور الرائد) is no rank',
    text: 'وأشاد الوزير بالدور الرائد للجمعية، وقال: «العمل التطوعي ركيزة».',
    quotes: [['العمل التطوعي ركيزة', 'direct', 'الوزير']],
  },
  {
    what: 'a rank and the family name of the man named in full, then the verb’s object (وحث العميد القحطاني الزوار على): the same man',
    text: [
      'وأكد قائد قوات أمن الحرم العميد ناصر بن سعد القحطاني أن الخطة «نجحت في تفويج المصلين».',
      'وحث العميد القحطاني الزوار على «الالتزام بالمسارات المخصصة».',
    ].join('\n\n'),
    quotes: [
      ['نجحت في تفويج المصلين', 'partial', 'ناصر بن سعد القحطاني'],
      ['الالتزام بالمسارات المخصصة', 'partial', 'ناصر بن سعد القحطاني'],
    ],
  },
  {
    what: 'so too in a non-Saudi story (وحث العقيد الخطيب السائقين على)',
    text: [
      'وقال قائد شرطة السير العقيد سامر الخطيب: «الطرق مزدحمة منذ الصباح».',
      'وحث العقيد الخطيب السائقين على «تجنب الطريق الصحراوي».',
    ].join('\n\n'),
    quotes: [
      ['الطرق مزدحمة منذ الصباح', 'direct', 'سامر الخطيب'],
      ['تجنب الطريق الصحراوي', 'partial', 'سامر الخطيب'],
    ],
  },
  {
    what: 'guard: a title and its adjective before the object (ودعا الرئيس الفرنسي الحكومة) is that title, no surname',
    text: [
      'وقال الرئيس الفرنسي إيمانويل ماكرون: «أوروبا يجب أن تستعد».',
      'ودعا الرئيس الفرنسي الحكومة إلى «خفض الضرائب».',
    ].join('\n\n'),
    quotes: [
      ['أوروبا يجب أن تستعد', 'direct', 'إيمانويل ماكرون'],
      ['خفض الضرائب', 'partial', 'إيمانويل ماكرون'],
    ],
  },
  {
    what: 'مساعد (assistant, also a first name) before a title in construct heads the title: the name after it speaks',
    text: 'وقال مساعد وزير الصحة للتخطيط الدكتور عبدالرحمن بن صالح الداود إن الوزارة «ستفتح ثلاثة مستشفيات جديدة».',
    quotes: [['ستفتح ثلاثة مستشفيات جديدة', 'partial', 'عبدالرحمن بن صالح الداود']],
  },
  {
    what: 'مساعد before a definite title (مساعد المدرب) in a sports story',
    text: 'وقال مساعد المدرب فيصل العنزي: «سنعود أقوى في المباراة المقبلة».',
    quotes: [['سنعود أقوى في المباراة المقبلة', 'direct', 'فيصل العنزي']],
  },
  {
    what: 'guard: مساعد as a first name with its family name stays the name',
    text: 'وقال مساعد الحربي، مدرب الفريق: «اللاعبون قدموا كل ما لديهم».',
    quotes: [['اللاعبون قدموا كل ما لديهم', 'direct', 'مساعد الحربي']],
  },
  {
    what: 'وبين without its shadda, a title and a name, then أن: the verb بيّن (explained), as Saudi papers write it',
    text: 'وبين مدير التعليم بمحافظة جدة الدكتور سعد بن علي الغامدي أن المدارس «جاهزة لاستقبال الطلاب».',
    quotes: [['جاهزة لاستقبال الطلاب', 'partial', 'سعد بن علي الغامدي']],
  },
  {
    what: 'وبين, a title and a name, then an outlet after لـ and أن',
    text: 'وبين رئيس الجامعة الدكتور نذير عبيدات لـ«الرأي» أن الجامعة «لن ترفع الرسوم هذا العام».',
    quotes: [
      ['الرأي', 'mention', null],
      ['لن ترفع الرسوم هذا العام', 'partial', 'نذير عبيدات'],
    ],
  },
  {
    what: 'guard: وبين that opens "between the ministry and the union" is no verb, and the quote after على أن is a term',
    text: [
      'وقال الوزير: «الحوار مستمر».',
      'وبين الوزارة والنقابة خلاف قديم على أن «بدل السكن» حق مكتسب.',
    ].join('\n\n'),
    quotes: [
      ['الحوار مستمر', 'direct', 'الوزير'],
      ['بدل السكن', 'mention', null],
    ],
  },
];

/** The second set (issue 3, the Saudi probes' remaining gap rows). */
const saudiRuleRows2: readonly Row[] = [
  {
    what: 'a participle of arrival after a first name (الطالبة سارة العائدة من لندن) describes her: no family name',
    text: 'وقالت الطالبة سارة العائدة من لندن بعد إكمال دراستها: «الغربة علمتني الصبر».',
    quotes: [['الغربة علمتني الصبر', 'direct', 'سارة']],
  },
  {
    what: 'so too after a full name (الحاج أحمد الزهراني القادم من الطائف)',
    text: 'وقال الحاج أحمد الزهراني القادم من الطائف: «الزحام هذا العام أخف من المعتاد».',
    quotes: [['الزحام هذا العام أخف من المعتاد', 'direct', 'أحمد الزهراني']],
  },
  {
    what: 'الجديد before a preposition after a first name (المدرب يوسف الجديد على الفريق) is an adjective',
    text: 'وقال المدرب يوسف الجديد على الفريق: «أمامنا عمل كثير قبل بداية الدوري».',
    quotes: [['أمامنا عمل كثير قبل بداية الدوري', 'direct', 'يوسف']],
  },
  {
    what: 'guard: المقبل closing the phrase is a family name (الكاتب سعد المقبل)',
    text: 'وقال الكاتب سعد المقبل: «القراءة عادة تبنى منذ الطفولة».',
    quotes: [['القراءة عادة تبنى منذ الطفولة', 'direct', 'سعد المقبل']],
  },
  {
    what: 'a body whose name joins two genitives with و and a nisba (وزارة الشؤون الإسلامية والدعوة والإرشاد), then ، وقالت',
    text: 'أعلنت وزارة الشؤون الإسلامية والدعوة والإرشاد إغلاق ثلاثة جوامع للصيانة، وقالت في بيان إن الأعمال «ستستغرق أسبوعين».',
    quotes: [['ستستغرق أسبوعين', 'partial', 'وزارة الشؤون الإسلامية والدعوة والإرشاد']],
  },
  {
    what: 'so too with a plain second genitive and the verb’s object after it (وزارة البيئة والمياه فتح باب …)',
    text: 'أعلنت وزارة البيئة والمياه فتح باب التسجيل للمزارعين، وقالت في بيان إن الدعم «يشمل كل المحافظات».',
    quotes: [['يشمل كل المحافظات', 'partial', 'وزارة البيئة والمياه']],
  },
  {
    what: 'guard: a second body joined with و (وزارة الصحة والجامعة) is another subject, no part of the name',
    text: [
      'وقعت وزارة الصحة والجامعة اتفاقية لتدريب الأطباء.',
      'وقالت وزارة الصحة في بيان إن الاتفاقية «تمتد خمس سنوات».',
    ].join('\n\n'),
    quotes: [['تمتد خمس سنوات', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'a kunya, then ، وهي and what she is with a verb and a count (أم سعد، وهي أرملة تربي ثلاث بنات:): the kunya speaks',
    text: 'وقالت أم سعد، وهي أرملة تربي ثلاث بنات: «الإيجار يأخذ نصف ما نحصل عليه».',
    quotes: [['الإيجار يأخذ نصف ما نحصل عليه', 'direct', 'أم سعد']],
  },
  {
    what: 'so too with أبو and وهو (أبو علي، وهو سائق أجرة يعيل خمسة أبناء:)',
    text: 'وقال أبو علي، وهو سائق أجرة يعيل خمسة أبناء: «ارتفاع البنزين أكل دخلنا».',
    quotes: [['ارتفاع البنزين أكل دخلنا', 'direct', 'أبو علي']],
  },
  {
    what: 'guard: a kunya, then ، وهي, a definite title and a name: the name given',
    text: 'وقالت أم فيصل، وهي الطبيبة نوال العتيبي: «المرضى يصلون في وقت متأخر».',
    quotes: [['المرضى يصلون في وقت متأخر', 'direct', 'نوال العتيبي']],
  },
  {
    what: 'guard: a description, then ، وهو, a title and a name, still names him',
    text: 'وقال أحد المتطوعين، وهو المهندس سامي الحربي: «عملنا طوال الليل».',
    quotes: [['عملنا طوال الليل', 'direct', 'سامي الحربي']],
  },
  {
    what: 'a university named after a king, behind ب (بجامعة الملك سعود), then an honorific and the dean: the name is the place’s',
    text: 'وقال عميد كلية الطب بجامعة الملك سعود الدكتور فهد العتيبي إن الكلية «ستقبل مئتي طالب هذا العام».',
    quotes: [['ستقبل مئتي طالب هذا العام', 'partial', 'فهد العتيبي']],
  },
  {
    what: 'a mosque named after a caliph with بن (إمام مسجد عمر بن عبدالعزيز), then الشيخ and the imam',
    text: 'وقال إمام وخطيب مسجد عمر بن عبدالعزيز الشيخ ناصر القحطاني: «المصلون التزموا بالتعليمات».',
    quotes: [['المصلون التزموا بالتعليمات', 'direct', 'ناصر القحطاني']],
  },
  {
    what: 'a school named after a woman with بنت in a non-Saudi story, then its adjective and the headmistress',
    text: 'وقالت مديرة مدرسة خديجة بنت خويلد الأساسية المعلمة ريم الخطيب إن الطالبات «عدن إلى الصفوف».',
    quotes: [['عدن إلى الصفوف', 'partial', 'ريم الخطيب']],
  },
  {
    what: 'a hospital named after a king with no name after it: the title whole, never the king (مدير مستشفى الملك فهد)',
    text: 'وقال مدير مستشفى الملك فهد: «الحالات مستقرة».',
    quotes: [['الحالات مستقرة', 'direct', 'مدير مستشفى الملك فهد']],
  },
  {
    what: 'guard: a definite school with a name after it (مدير المدرسة خالد العتيبي) keeps the name',
    text: 'وقال مدير المدرسة خالد العتيبي: «الطلاب متفوقون».',
    quotes: [['الطلاب متفوقون', 'direct', 'خالد العتيبي']],
  },
  {
    what: 'a definite noun and its adjective after حذر, then the people warned (وحذر الحرس الوطني السكان): the body speaks, after someone else spoke',
    text: [
      'وقال محافظ المنطقة إن الوضع «تحت السيطرة».',
      'وحذر الحرس الوطني السكان من «الاقتراب من مواقع التدريب».',
    ].join('\n\n'),
    quotes: [
      ['تحت السيطرة', 'partial', 'محافظ المنطقة'],
      ['الاقتراب من مواقع التدريب', 'partial', 'الحرس الوطني'],
    ],
  },
  {
    what: 'ناشد, a body, then those appealed to and the quote with no colon: what is asked, a fragment',
    text: [
      'وقال مدير الطوارئ إن الفرق «انتشرت في الأحياء».',
      'وناشد الهلال الأحمر السوري المتبرعين «التوجه إلى مراكز التبرع بالدم».',
    ].join('\n\n'),
    quotes: [
      ['انتشرت في الأحياء', 'partial', 'مدير الطوارئ'],
      ['التوجه إلى مراكز التبرع بالدم', 'partial', 'الهلال الأحمر السوري'],
    ],
  },
  {
    what: 'guard: a dropped subject after ودعا and a definite plural (ودعا الطلاب المتفوقين إلى …): the speaker so far goes on',
    text: ['وقال مدير الجامعة: «نفخر بطلابنا».', 'ودعا الطلاب المتفوقين إلى «مواصلة التميز».'].join('\n\n'),
    quotes: [
      ['نفخر بطلابنا', 'direct', 'مدير الجامعة'],
      ['مواصلة التميز', 'partial', 'مدير الجامعة'],
    ],
  },
  {
    what: 'حذر, a body, the people warned and a colon: the body speaks, and the colon keeps it direct speech',
    text: 'وحذر الدفاع المدني المواطنين: «الأمطار ستستمر حتى ساعات الليل».',
    quotes: [['الأمطار ستستمر حتى ساعات الليل', 'direct', 'الدفاع المدني']],
  },
];

describe('Saudi-press rules', () => {
  runRows(saudiRuleRows);
});

describe('Saudi-press rules, second set', () => {
  runRows(saudiRuleRows2);
});

/** Rules that closed the gap rows of probe 23 (issue 3). */
const saudiRuleRows3: readonly Row[] = [
  {
    what: 'a nisba family name after بن ends the name: the plain word after it opens the verb’s object (دعا مدير الشرطة فلان بن فلان الغامدي قائدي المركبات)',
    text: 'ودعا مدير الشرطة وليد بن سعيد المالكي قائدي المركبات إلى “الحذر على الطرق السريعة”.',
    quotes: [['الحذر على الطرق السريعة', 'partial', 'وليد بن سعيد المالكي']],
  },
  {
    what: 'so too after a rank that ends a long title (قائد دوريات الأمن بمنطقة القصيم العقيد فلان بن فلان الحربي قائدي الشاحنات)',
    text: 'وحث قائد دوريات الأمن بمنطقة القصيم العقيد بدر بن سعد الحربي قائدي الشاحنات على “عدم التجاوز في المنعطفات”.',
    quotes: [['عدم التجاوز في المنعطفات', 'partial', 'بدر بن سعد الحربي']],
  },
  {
    what: 'and with بنت after a woman’s honorific (نصحت استشارية طب الأطفال الدكتورة فلانة بنت فلان العتيبي ربات البيوت)',
    text: 'ونصحت استشارية طب الأطفال الدكتورة نوف بنت سالم العتيبي ربات البيوت بـ"مراجعة الطبيب عند ارتفاع الحرارة".',
    quotes: [['مراجعة الطبيب عند ارتفاع الحرارة', 'partial', 'نوف بنت سالم العتيبي']],
  },
  {
    what: 'guard: a nisba family name before a comma is no less whole, and the next sentence goes on with him',
    text: 'وقال مدير فرع الوزارة المهندس خالد بن عمر الزهراني، في تصريح صحفي: «الحملة مستمرة».\n\nوأضاف: «لن نتهاون مع المخالفين».',
    quotes: [
      ['الحملة مستمرة', 'direct', 'خالد بن عمر الزهراني'],
      ['لن نتهاون مع المخالفين', 'direct', 'خالد بن عمر الزهراني'],
    ],
  },
  {
    what: 'guard: a family name without the article after بن stays in the name (أحمد بن صالح مدني)',
    text: 'وقال رئيس النادي أحمد بن صالح مدني: «الفريق سيعود أقوى».',
    quotes: [['الفريق سيعود أقوى', 'direct', 'أحمد بن صالح مدني']],
  },
  {
    what: 'عميدة (a woman dean) is a title: the name after her honorific is the speaker (عميدة كلية الطب الدكتورة فلانة)',
    text: 'وأكدت عميدة كلية التمريض الدكتورة هند بنت علي القحطاني أن الكلية “ستضاعف عدد المقبولات”.',
    quotes: [['ستضاعف عدد المقبولات', 'partial', 'هند بنت علي القحطاني']],
  },
  {
    what: 'عميدة with a name and no honorific (عميدة شؤون الطالبات فلانة)',
    text: 'وقالت عميدة شؤون الطالبات سارة العنزي: "التسجيل يبدأ الأحد المقبل".',
    quotes: [['التسجيل يبدأ الأحد المقبل', 'direct', 'سارة العنزي']],
  },
  {
    what: 'an adverb of time with a pronoun (قال بعدها للحضور:) is no speaker: the subject of the clause before speaks',
    text: 'وقرأ الشاعر سعيد بن حسن العمري قصيدة عن أبها، قال بعدها للحضور: «المدينة علمتني الشعر».',
    quotes: [['المدينة علمتني الشعر', 'direct', 'سعيد بن حسن العمري']],
  },
  {
    what: 'the sentence’s own subject, not the last speaker: قرأ الشاعر فلان قصيدة …، قال بعدها:',
    text: 'وقال رئيس النادي الأدبي أحمد بن علي الحربي: «الأمسية مفتوحة للجميع».\n\nوقرأ الشاعر ماجد بن سالم القرني قصيدة عن الوطن، قال بعدها: «كتبتها في ليلة واحدة».',
    quotes: [
      ['الأمسية مفتوحة للجميع', 'direct', 'أحمد بن علي الحربي'],
      ['كتبتها في ليلة واحدة', 'direct', 'ماجد بن سالم القرني'],
    ],
  },
  {
    what: 'so too a speech noun as object, then قال فيها: (ألقى الخريج فلان كلمة الخريجين، قال فيها:)',
    text: 'وقال مدير الجامعة الدكتور سامي العبيدي: «نفخر بهذه الدفعة».\n\nوألقت الخريجة لمى بنت خالد الزهراني كلمة الخريجات، قالت فيها: “هذه الشهادة بداية الطريق”.',
    quotes: [
      ['نفخر بهذه الدفعة', 'direct', 'سامي العبيدي'],
      ['هذه الشهادة بداية الطريق', 'direct', 'لمى بنت خالد الزهراني'],
    ],
  },
  {
    what: 'and in other news: a minister’s speech at a summit (ألقى وزير الخارجية فلان كلمة …، قال فيها:)',
    text: 'وقال الأمين العام للجامعة العربية نبيل العربي: «الوضع خطير».\n\nوألقى وزير الخارجية المصري سامح شكري كلمة أمام القمة، قال فيها: «مصر لن تتخلى عن دورها».',
    quotes: [
      ['الوضع خطير', 'direct', 'نبيل العربي'],
      ['مصر لن تتخلى عن دورها', 'direct', 'سامح شكري'],
    ],
  },
  {
    what: 'guard: وقال فيها with a conjunction opens a sentence of its own and goes on with the last speaker',
    text: 'وقال وزير الصحة فهد الجلاجل: «افتتحنا المستشفى اليوم».\n\nوزار الوزير الأجنحة والتقى المرضى، وقال فيها: «الخدمة هنا ممتازة».',
    quotes: [
      ['افتتحنا المستشفى اليوم', 'direct', 'فهد الجلاجل'],
      ['الخدمة هنا ممتازة', 'direct', 'فهد الجلاجل'],
    ],
  },
  {
    what: 'so too قبلها and عقبها, in other news wordings',
    text: 'وقال وزير الخارجية ناصر جودة: «المحادثات كانت صريحة».\n\nوكان قد صرح قبلها للصحفيين: «لن نقبل بأي حل منقوص».\n\nثم أضاف عقبها: «الأردن ثابت على موقفه».',
    quotes: [
      ['المحادثات كانت صريحة', 'direct', 'ناصر جودة'],
      ['لن نقبل بأي حل منقوص', 'direct', 'ناصر جودة'],
      ['الأردن ثابت على موقفه', 'direct', 'ناصر جودة'],
    ],
  },
  {
    what: 'guard: بعد before a named noun is no adverb with a pronoun; the speaker after it is read (قال بعد الاجتماع فلان)',
    text: 'وقال بعد الاجتماع رئيس البلدية خالد العتيبي: «اتفقنا على كل البنود».',
    quotes: [['اتفقنا على كل البنود', 'direct', 'خالد العتيبي']],
  },
];

describe('Saudi-press rules, third set (probe 23)', () => {
  runRows(saudiRuleRows3);
});
