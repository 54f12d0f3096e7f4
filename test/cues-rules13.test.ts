/**
 * Cues the engine does not take, and feminine continuation (issue 3, thirteenth session, class cues13).
 *
 * Vox-pop and feature copy tells what people say in the present (يروي، تروي، يحكي، تحكي، يستذكر، يتذكر،
 * تتساءل، يردد), often with the person's age in brackets or commas between the name and أن or the colon,
 * then carries on with a cue of going on and no colon before the mark (ويضيف «…», وتتابع «…», ويمضي
 * قائلا «…»). A woman brought in by the narration as a sentence's subject (كانت الأفغانية فلانة تحاول …)
 * speaks in the next sentence with a bare وقالت / وتقول: she, not the man who spoke before, is the speaker.
 *
 * The rows are news-style sentences with invented people, written (quotes, kinds and speakers) before the
 * engine was run on them; rows the engine got wrong then carry `gaps` and an `// engine gap:` comment. The
 * guard rows are near shapes the engine reads right and must keep reading right.
 *
 * Count: before the first change 13 of the 31 rule rows failed (the 10 guards written with them passed);
 * after it, 0 of 31. Two guards were added on the way, for a chant after هتاف and the plural of ردد (a
 * crowd's slogan, a mention), when the first version of the change read them as speech. The second batch
 * (below): 9 of its 14 rule rows failed after the first change (one, طالب after ، وهو, broken by it), 0
 * after the second; its 5 guards passed throughout. The third batch: 6 of its 6 rule rows failed after the
 * second change, 0 after the third; its 3 guards passed throughout. The fourth batch: 3 of its 5 rule
 * rows failed after the third change, 1 after the fourth (marked: a trade noun no list holds, not a cue);
 * its guard passed throughout.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const presentCues: readonly Row[] = [
  {
    what: 'يروي فلان (52 عاما) أن «…»: the age in brackets after the name, then أن (Saudi paper)',
    text: 'وفي سوق الخضار بالدمام، يروي بائع التمور سالم الدوسري (52 عاما) أن الإقبال «تراجع إلى النصف منذ بداية الصيف».',
    quotes: [['تراجع إلى النصف منذ بداية الصيف', 'partial', 'سالم الدوسري']],
  },
  {
    what: 'يروي فلان (61 عاما) أن «…» without a title: a name then his age in brackets is who tells',
    text: 'يروي عبدالرحمن القرني (61 عاما) أن الوادي «لم يفض بهذه القوة منذ أربعين سنة».',
    quotes: [['لم يفض بهذه القوة منذ أربعين سنة', 'partial', 'عبدالرحمن القرني']],
  },
  {
    what: 'تروي فلانة (45 عاما) أنها … «…»: a woman, her age, أنها and words before the fragment',
    text: 'وتروي هدى المالكي (45 عاما) أنها انتظرت موعد العملية أكثر من عام «دون أن يتصل بي أحد من المستشفى».',
    quotes: [['دون أن يتصل بي أحد من المستشفى', 'partial', 'هدى المالكي']],
  },
  {
    what: 'يروي فلان، 60 عاما، أنه … "…": the age between commas (international outlet)',
    text: 'ويروي بشير حمدان، 60 عاما، أنه فقد محصول الزيتون كله هذا الموسم "بعد أن منعونا من الوصول إلى أرضنا".',
    quotes: [['بعد أن منعونا من الوصول إلى أرضنا', 'partial', 'بشير حمدان']],
  },
  {
    what: 'يروي فلان (52 عاما) أنه … "…"، ويضيف "…": the shepherd shape of probe 69, with a background paragraph before',
    text: [
      'وتقول منظمات محلية إن مئات الأسر ما زالت تعيش في ظروف صعبة في ضواحي المدينة، وهو ما تنفيه السلطات.',
      'وفي أحد الأحياء الشعبية، يروي مختار ولد سيدي (52 عاما) أنه عمل في الحقول منذ طفولته "دون أجر ودون أن أعرف أن لي حقا في الرحيل"، ويضيف "أولادي اليوم في المدرسة، وهذا يكفيني".',
    ].join('\n\n'),
    quotes: [
      ['دون أجر ودون أن أعرف أن لي حقا في الرحيل', 'partial', 'مختار ولد سيدي'],
      ['أولادي اليوم في المدرسة، وهذا يكفيني', 'direct', 'مختار ولد سيدي'],
    ],
  },
  {
    what: 'تروي فلانة للجزيرة نت أن «…»: the outlet told between the name and أن',
    text: 'تروي سناء الخطيب للجزيرة نت أن المياه «دخلت البيوت في أقل من ساعة، ولم نتمكن من إنقاذ شيء».',
    quotes: [['دخلت البيوت في أقل من ساعة، ولم نتمكن من إنقاذ شيء', 'partial', 'سناء الخطيب']],
  },
  {
    what: 'يحكي فلان: «…»: the present of حكى before a colon',
    text: 'يحكي الصياد علي البحراني: «خرجت إلى البحر قبل الفجر، وعدت بعد الظهر بلا سمكة واحدة».',
    quotes: [['خرجت إلى البحر قبل الفجر، وعدت بعد الظهر بلا سمكة واحدة', 'direct', 'علي البحراني']],
  },
  {
    what: 'تحكي فلانة أن «…»: the feminine present of حكى before أن',
    text: 'وتحكي المعلمة نوال الشمري أن الطالبات «كن يحضرن إلى المدرسة رغم الأمطار».',
    quotes: [['كن يحضرن إلى المدرسة رغم الأمطار', 'partial', 'نوال الشمري']],
  },
  {
    what: 'وحكى فلان لـ«…» أن «…»: the past of حكى, an outlet told, then أن',
    text: 'وحكى المواطن فهد العتيبي لـ«سبق» أن السيول «جرفت سيارته وهو بداخلها».',
    quotes: [
      ['سبق', 'mention', null],
      ['جرفت سيارته وهو بداخلها', 'partial', 'فهد العتيبي'],
    ],
  },
  {
    what: 'يستذكر فلان (70 عاما): «…»: the age in brackets before the colon',
    text: 'يستذكر محمد الغامدي (70 عاما): «كنا نمشي إلى المدرسة ساعة كاملة في الصباح».',
    quotes: [['كنا نمشي إلى المدرسة ساعة كاملة في الصباح', 'direct', 'محمد الغامدي']],
  },
  {
    what: 'ويتذكر فلان أن «…»',
    text: 'ويتذكر المزارع حسن الزهراني أن المطر «كان يهطل أسبوعا كاملا دون توقف».',
    quotes: [['كان يهطل أسبوعا كاملا دون توقف', 'partial', 'حسن الزهراني']],
  },
  {
    what: 'تتذكر فلانة: «…» after a man spoke: the woman named after the verb',
    text: [
      'قال خالد الحربي: «تغير الحي كثيرا في السنوات الأخيرة».',
      'وتتذكر جارته منيرة السبيعي: «كان الأطفال يلعبون في الشارع حتى منتصف الليل».',
    ].join('\n\n'),
    quotes: [
      ['تغير الحي كثيرا في السنوات الأخيرة', 'direct', 'خالد الحربي'],
      ['كان الأطفال يلعبون في الشارع حتى منتصف الليل', 'direct', 'منيرة السبيعي'],
    ],
  },
  {
    what: 'تتساءل فلانة (35 عاما): «…»: the age in brackets before the colon',
    text: 'وتتساءل ريم العبدالله (35 عاما): «من سيعوضنا عن خسائرنا بعد إغلاق المحل؟».',
    quotes: [['من سيعوضنا عن خسائرنا بعد إغلاق المحل؟', 'direct', 'ريم العبدالله']],
  },
  {
    what: 'ويتساءل فلان «…» with no colon',
    text: 'ويتساءل سائق الأجرة ماجد العنزي «كيف أدفع الإيجار إذا لم أعمل شهرا كاملا؟».',
    quotes: [['كيف أدفع الإيجار إذا لم أعمل شهرا كاملا؟', 'direct', 'ماجد العنزي']],
  },
  {
    what: 'يردد فلان: «…»: the present of ردد before a colon',
    text: 'ويردد الحاج صالح القحطاني: «الحمد لله، عدنا سالمين إلى بيوتنا».',
    quotes: [['الحمد لله، عدنا سالمين إلى بيوتنا', 'direct', 'صالح القحطاني']],
  },
  {
    what: 'تردد فلانة «…» with no colon: the feminine present of ردد',
    text: 'وتردد الأم سعاد الحربي «لن أغادر قبل أن أرى ابني».',
    quotes: [['لن أغادر قبل أن أرى ابني', 'direct', 'سعاد الحربي']],
  },
  {
    what: 'تروي فلانة: «…» (present of روى before a colon, BBC style)',
    text: 'تروي الطالبة ليلى حداد: «كنا ندرس على ضوء الشموع طوال الشتاء».',
    quotes: [['كنا ندرس على ضوء الشموع طوال الشتاء', 'direct', 'ليلى حداد']],
  },
];

const goingOn: readonly Row[] = [
  {
    what: 'قال فلان إن … «…»، ويضيف «…»: ويضيف with no colon after a partial',
    text: 'قال التاجر عادل الشهري إن الوضع «صعب جدا هذا العام»، ويضيف «لا نعرف متى تعود الحركة إلى السوق».',
    quotes: [
      ['صعب جدا هذا العام', 'partial', 'عادل الشهري'],
      ['لا نعرف متى تعود الحركة إلى السوق', 'direct', 'عادل الشهري'],
    ],
  },
  {
    what: 'تقول فلانة إن «…»، وتتابع «…»: the feminine present of تابع with no colon',
    text: 'تقول الممرضة سلمى العمري إن الأقسام «مكتظة منذ أسبوعين»، وتتابع «نعمل ست عشرة ساعة في اليوم».',
    quotes: [
      ['مكتظة منذ أسبوعين', 'partial', 'سلمى العمري'],
      ['نعمل ست عشرة ساعة في اليوم', 'direct', 'سلمى العمري'],
    ],
  },
  {
    what: 'ويمضي قائلا «…» after a man spoke',
    text: 'يقول المهندس طارق السالم إن المشروع «تأخر بسبب نقص المواد»، ويمضي قائلا «لكننا سننهيه قبل نهاية العام».',
    quotes: [
      ['تأخر بسبب نقص المواد', 'partial', 'طارق السالم'],
      ['لكننا سننهيه قبل نهاية العام', 'direct', 'طارق السالم'],
    ],
  },
  {
    what: 'وتمضي قائلة «…» after a woman spoke',
    text: 'وتقول الناشطة دعاء الحسن إن المساعدات «لا تصل إلى القرى البعيدة»، وتمضي قائلة «الناس هناك يأكلون مرة واحدة في اليوم».',
    quotes: [
      ['لا تصل إلى القرى البعيدة', 'partial', 'دعاء الحسن'],
      ['الناس هناك يأكلون مرة واحدة في اليوم', 'direct', 'دعاء الحسن'],
    ],
  },
  {
    what: 'يروي فلان (40 عاما) أن «…»، ويتابع «…»: a vox-pop cue then a continuation with no colon',
    text: 'ويروي فيصل المطيري (40 عاما) أن الرحلة «استغرقت ثماني ساعات بدل ثلاث»، ويتابع «نمنا في السيارة على الطريق».',
    quotes: [
      ['استغرقت ثماني ساعات بدل ثلاث', 'partial', 'فيصل المطيري'],
      ['نمنا في السيارة على الطريق', 'direct', 'فيصل المطيري'],
    ],
  },
  {
    what: 'تروي فلانة (33 عاما) أنها … «…»، وتضيف «…»: a woman with her age, then وتضيف with no colon',
    text: 'وتروي أمل يوسف (33 عاما) أنها فقدت عملها في المصنع «بعد عشر سنوات من الخدمة»، وتضيف «لم يعطونا حتى رسالة شكر».',
    quotes: [
      ['بعد عشر سنوات من الخدمة', 'partial', 'أمل يوسف'],
      ['لم يعطونا حتى رسالة شكر', 'direct', 'أمل يوسف'],
    ],
  },
  {
    what: 'وتستطرد «…» and ويردف «…» with no colon, in two paragraphs',
    text: [
      'قالت الطبيبة رنا الخوري: «الأدوية تنفد من الصيدليات».',
      'وتستطرد «بعض المرضى يقطعون علاجهم لأنهم لا يجدونه».',
    ].join('\n\n'),
    quotes: [
      ['الأدوية تنفد من الصيدليات', 'direct', 'رنا الخوري'],
      ['بعض المرضى يقطعون علاجهم لأنهم لا يجدونه', 'direct', 'رنا الخوري'],
    ],
  },
  {
    what: 'a body in the feminine goes on with وتضيف «…» and no colon',
    text: 'وتقول جمعية حماية المستهلك إن الأسعار «ارتفعت بنسبة عشرين في المئة»، وتضيف «على الوزارة أن تتدخل».',
    quotes: [
      ['ارتفعت بنسبة عشرين في المئة', 'partial', 'جمعية حماية المستهلك'],
      ['على الوزارة أن تتدخل', 'direct', 'جمعية حماية المستهلك'],
    ],
  },
];

const feminineContinuation: readonly Row[] = [
  {
    what: 'the Röszke shape: a man speaks, then وبعيدا منه، كانت الأفغانية فلانة تحاول …. وقالت «…»',
    text: [
      'وقرب محطة القطار، قال كريم، وهو مهندس عراقي في الأربعين جاء من الموصل: "مشينا أياما طويلة، ولا نعرف أين سننام الليلة".',
      'وبعيدا منه، كانت الإيرانية شيرين رضائي تحاول إقناع متطوع بإعطاء ابنتها بطانية. وقالت بالإنجليزية "نريد فقط أن نصل إلى النمسا".',
    ].join('\n\n'),
    quotes: [
      ['مشينا أياما طويلة، ولا نعرف أين سننام الليلة', 'direct', 'كريم'],
      ['نريد فقط أن نصل إلى النمسا', 'direct', 'شيرين رضائي'],
    ],
  },
  {
    what: 'وبعيدا عنه، كانت فلانة (no description) … . وقالت: «…»',
    text: [
      'قال سامي عبدالله: «انتظرنا هنا منذ الفجر».',
      'وبعيدا عنه، كانت مريم حسين تبحث عن ابنها بين الخيام. وقالت: «لم أره منذ ليلة أمس».',
    ].join('\n\n'),
    quotes: [
      ['انتظرنا هنا منذ الفجر', 'direct', 'سامي عبدالله'],
      ['لم أره منذ ليلة أمس', 'direct', 'مريم حسين'],
    ],
  },
  {
    what: 'وقريبا منها، تجلس السورية فلانة …. وتقول «…»: the present, no colon',
    text: [
      'تقول فاطمة الأحمد: «وصلنا قبل ثلاثة أيام».',
      'وقريبا منها، تجلس السورية هالة الشيخ مع أطفالها الثلاثة على الرصيف. وتقول «الأطفال مرضى ولا نجد طبيبا».',
    ].join('\n\n'),
    quotes: [
      ['وصلنا قبل ثلاثة أيام', 'direct', 'فاطمة الأحمد'],
      ['الأطفال مرضى ولا نجد طبيبا', 'direct', 'هالة الشيخ'],
    ],
  },
  {
    what: 'a man speaks, then وفي الخيمة المجاورة، تقف فلانة …. وتقول: «…»',
    text: [
      'وقال المتطوع حسام ناصر: «نوزع ألف وجبة كل يوم».',
      'وفي الخيمة المجاورة، تقف نجلاء سعيد أمام قدر كبير من الأرز. وتقول: «نطبخ لمئتي عائلة».',
    ].join('\n\n'),
    quotes: [
      ['نوزع ألف وجبة كل يوم', 'direct', 'حسام ناصر'],
      ['نطبخ لمئتي عائلة', 'direct', 'نجلاء سعيد'],
    ],
  },
  {
    what: 'كانت فلانة تنتظر …. وقالت «…»: a two-word name right before the present verb كانت carries',
    text: [
      'قال يوسف إبراهيم: «الطابور طويل جدا اليوم».',
      'وأمام الشباك، كانت سلوى مراد تنتظر دورها منذ ساعتين. وقالت «جئت لأجدد جواز سفري فقط».',
    ].join('\n\n'),
    quotes: [
      ['الطابور طويل جدا اليوم', 'direct', 'يوسف إبراهيم'],
      ['جئت لأجدد جواز سفري فقط', 'direct', 'سلوى مراد'],
    ],
  },
  {
    what: 'وعلى بعد أمتار، جلست الطالبة فلانة …. وقالت «…»: a woman who has not spoken yet, after a man’s partial',
    text: [
      'قال الطالب عمر خليل إن الامتحان «كان صعبا».',
      'وعلى بعد أمتار، جلست الطالبة جود الحربي على درج الكلية. وقالت «لم أنم طوال الليل».',
    ].join('\n\n'),
    quotes: [
      ['كان صعبا', 'partial', 'عمر خليل'],
      ['لم أنم طوال الليل', 'direct', 'جود الحربي'],
    ],
  },
];

const guards: readonly Row[] = [
  {
    what: 'guard: قال فلان: «…». وأضاف «…» (a plain continuation)',
    text: 'قال المدرب سعد الدوسري: «اللاعبون قدموا كل ما لديهم». وأضاف «سنعود أقوى في المباراة المقبلة».',
    quotes: [
      ['اللاعبون قدموا كل ما لديهم', 'direct', 'سعد الدوسري'],
      ['سنعود أقوى في المباراة المقبلة', 'direct', 'سعد الدوسري'],
    ],
  },
  {
    what: 'guard: a man speaks, his wife sits by him unnamed, then وأضاف «…»: still the man',
    text: 'قال ناصر العلي: «خسرنا البيت والسيارة». وكانت زوجته تجلس بجانبه صامتة. وأضاف «لكننا أحياء».',
    quotes: [
      ['خسرنا البيت والسيارة', 'direct', 'ناصر العلي'],
      ['لكننا أحياء', 'direct', 'ناصر العلي'],
    ],
  },
  {
    what: 'guard: a woman speaks, her daughter unnamed in the next sentence, then وأضافت «…»: the woman',
    text: 'قالت سميرة الخالدي: «نحتاج إلى خيمة أخرى». وكانت ابنتها تبكي إلى جانبها. وأضافت «البرد شديد في الليل».',
    quotes: [
      ['نحتاج إلى خيمة أخرى', 'direct', 'سميرة الخالدي'],
      ['البرد شديد في الليل', 'direct', 'سميرة الخالدي'],
    ],
  },
  {
    what: 'guard: the age of the object (ويروي معاناة طفليه (8 و10 أعوام) مع …) names no one: the speaker goes on',
    text: 'قال عماد الراشد إن العلاج «مكلف جدا»، ويروي معاناة ابنه (12 عاما) مع المرض، مؤكدا أن الأسرة «باعت كل ما تملك».',
    quotes: [
      ['مكلف جدا', 'partial', 'عماد الراشد'],
      ['باعت كل ما تملك', 'partial', 'عماد الراشد'],
    ],
  },
  {
    what: 'guard: يحكي فيلم «…» قصة …: a film named after يحكي is a mention',
    text: 'ويحكي فيلم «الطريق إلى الشمال» قصة عائلة تهاجر من الريف إلى المدينة.',
    quotes: [['الطريق إلى الشمال', 'mention', null]],
  },
  {
    what: 'guard: ردد المتظاهرون شعار «…»: a slogan chanted is a mention',
    text: 'وردد المتظاهرون شعار «الخبز والكرامة» أمام مبنى البرلمان.',
    quotes: [['الخبز والكرامة', 'mention', null]],
  },
  {
    what: 'guard: وردد أنصاره هتاف «…» after their leader spoke: a chant named after its noun is a mention',
    text: 'وقال المرشح فارس الجبوري لأنصاره: «سنحتفل معا غدا». ورددت الجماهير هتافات «نعم للتغيير» حتى منتصف الليل.',
    quotes: [
      ['سنحتفل معا غدا', 'direct', 'فارس الجبوري'],
      ['نعم للتغيير', 'mention', null],
    ],
  },
  {
    what: 'guard: a crowd chanting with the plural of ردد (وهم يرددون «…») is a slogan, a mention',
    text: 'وخرج مئات الطلاب إلى ساحة الجامعة، وهم يرددون «لا لرفع الرسوم».',
    quotes: [['لا لرفع الرسوم', 'mention', null]],
  },
  {
    what: 'guard: تقول فلانة (28 عاما) إن «…»: the plain say verb with an age, already read',
    text: 'تقول نهى الصالح (28 عاما) إن الرواتب «لا تكفي لنصف الشهر».',
    quotes: [['لا تكفي لنصف الشهر', 'partial', 'نهى الصالح']],
  },
  {
    what: 'guard: وتقول فلانة إن «…»، وتضيف «…» (a continuation with no colon already read)',
    text: 'وتقول المعلمة عبير السيد إن الصفوف «مزدحمة»، وتضيف «في كل صف أكثر من أربعين طالبا».',
    quotes: [
      ['مزدحمة', 'partial', 'عبير السيد'],
      ['في كل صف أكثر من أربعين طالبا', 'direct', 'عبير السيد'],
    ],
  },
  {
    what: 'guard: a woman brought in as the object (زار الوزير فلانة …) does not take وقال',
    text: 'قال الوزير خالد المنصور: «سنعيد بناء المدارس». وزار المنصور بعد ذلك مدرسة البنات في الحي. وقال «التعليم أولويتنا».',
    quotes: [
      ['سنعيد بناء المدارس', 'direct', 'خالد المنصور'],
      ['التعليم أولويتنا', 'direct', 'خالد المنصور'],
    ],
  },
  {
    what: 'guard: وفي الخيمة، كانت الأفغانية فلانة …. وقالت «…» (a prepositional opener, already read)',
    text: 'وفي الخيمة، كانت الأفغانية زينب كريمي تحاول تهدئة طفلها. وقالت "نريد الوصول إلى ألمانيا".',
    quotes: [['نريد الوصول إلى ألمانيا', 'direct', 'زينب كريمي']],
  },
];

/**
 * A second batch, written after the first change (commit c3c0799) and before the second: more verbs
 * (كرر, واصل), a name right before أنّ or a colon with no age mid-article, the age between the name and
 * the quote with no colon, a كان whose name runs into its predicate, and a description after ، وهو whose
 * noun is also a past verb (طالب).
 */
const secondBatch: readonly Row[] = [
  {
    what: 'mid-article يروي فلان أن «…» (no age, no title): who tells, not the speaker before',
    text: [
      'قال رئيس البلدية ناصر الغامدي إن الفرق «تعمل على مدار الساعة».',
      'ويروي بندر السهلي أن الماء «وصل إلى الطابق الثاني خلال دقائق».',
    ].join('\n\n'),
    quotes: [
      ['تعمل على مدار الساعة', 'partial', 'ناصر الغامدي'],
      ['وصل إلى الطابق الثاني خلال دقائق', 'partial', 'بندر السهلي'],
    ],
  },
  {
    what: 'mid-article تحكي فلانة أنها … «…» after a man spoke',
    text: 'قال المزارع عيسى الحمدان: «خسرنا نصف المحصول». وتحكي جارته وفاء السالم أنها باعت أغنامها «بنصف ثمنها».',
    quotes: [
      ['خسرنا نصف المحصول', 'direct', 'عيسى الحمدان'],
      ['بنصف ثمنها', 'partial', 'وفاء السالم'],
    ],
  },
  {
    what: 'ويقول فلان (29 عاما) «…»: the age in brackets, then the quote with no colon, direct',
    text: 'ويقول زياد الحكمي (29 عاما) «لم أجد عملا منذ تخرجي».',
    quotes: [['لم أجد عملا منذ تخرجي', 'direct', 'زياد الحكمي']],
  },
  {
    what: 'وتتساءل فلانة، 41 عاما، «…»: the age between commas, then a short question, direct',
    text: 'وتتساءل منال القرشي، 41 عاما، «من يحمي أطفالنا؟».',
    quotes: [['من يحمي أطفالنا؟', 'direct', 'منال القرشي']],
  },
  {
    what: 'ويردد فلان دائما: «…»: a name, an adverb, then the colon',
    text: 'ويردد المسن عبدالله الشمراني دائما: «البحر أعطانا كل شيء».',
    quotes: [['البحر أعطانا كل شيء', 'direct', 'عبدالله الشمراني']],
  },
  {
    what: 'يردد فلان: «…» with no title: the name before the colon is who says',
    text: 'يردد خالد البقمي: «ما زلت أنتظر التعويض».',
    quotes: [['ما زلت أنتظر التعويض', 'direct', 'خالد البقمي']],
  },
  {
    what: 'ويكرر فلان: «…»: the present of كرر',
    text: 'ويكرر سالم الهاجري: «لن أبيع أرض أجدادي».',
    quotes: [['لن أبيع أرض أجدادي', 'direct', 'سالم الهاجري']],
  },
  {
    what: 'وتكرر فلانة «…» with no colon: the feminine present of كرر',
    text: 'قالت الأم ليلى العنزي إن ابنها «ما زال مفقودا». وتكرر «أريد أن أعرف أين هو».',
    quotes: [
      ['ما زال مفقودا', 'partial', 'ليلى العنزي'],
      ['أريد أن أعرف أين هو', 'direct', 'ليلى العنزي'],
    ],
  },
  {
    what: 'وواصل: «…» after a man spoke (Gulf papers): who spoke goes on',
    text: 'وقال المدرب يوسف الخليفة: «الفريق قدم مباراة كبيرة». وواصل: «نحتاج إلى التركيز في المباراة المقبلة».',
    quotes: [
      ['الفريق قدم مباراة كبيرة', 'direct', 'يوسف الخليفة'],
      ['نحتاج إلى التركيز في المباراة المقبلة', 'direct', 'يوسف الخليفة'],
    ],
  },
  {
    what: 'وتواصل «…» with no colon after a woman spoke',
    text: 'تقول الباحثة هند العمر إن النتائج «مشجعة جدا»، وتواصل «لكننا نحتاج إلى عينة أكبر».',
    quotes: [
      ['مشجعة جدا', 'partial', 'هند العمر'],
      ['لكننا نحتاج إلى عينة أكبر', 'direct', 'هند العمر'],
    ],
  },
  {
    what: 'وواصل حديثه: «…»: the noun of his own speech between the verb and the colon',
    text: 'وقال الوزير ماجد الفهد: «المشروع سيكتمل العام المقبل». وواصل حديثه: «التمويل متوفر بالكامل».',
    quotes: [
      ['المشروع سيكتمل العام المقبل', 'direct', 'ماجد الفهد'],
      ['التمويل متوفر بالكامل', 'direct', 'ماجد الفهد'],
    ],
  },
  {
    what: 'كانت فلانة تبحث …. وقالت «…»: the name ends before the present verb after كانت',
    text: [
      'قال المسعف طلال العمري: «أنقذنا عشرين شخصا».',
      'كانت نوال حمدي تبحث عن أوراقها بين الركام. وقالت «ضاع كل شيء».',
    ].join('\n\n'),
    quotes: [
      ['أنقذنا عشرين شخصا', 'direct', 'طلال العمري'],
      ['ضاع كل شيء', 'direct', 'نوال حمدي'],
    ],
  },
  {
    what: 'ويقول فلان، وهو طالب جامعي (22 عاما)، إن «…»: طالب after ، وهو is a noun, not "demanded"',
    text: 'ويقول مازن، وهو طالب جامعي (22 عاما)، إن الجامعة «أغلقت أبوابها منذ شهر».',
    quotes: [['أغلقت أبوابها منذ شهر', 'partial', 'مازن']],
  },
  {
    what: 'تروي فلانة، وهي أم لأربعة أطفال، أن «…»',
    text: 'وتروي سعاد، وهي أم لأربعة أطفال، أن البيت «انهار فوق رؤوسنا».',
    quotes: [['انهار فوق رؤوسنا', 'partial', 'سعاد']],
  },
];

const secondGuards: readonly Row[] = [
  {
    what: 'guard: ويواصل الجيش عمليته في «…»: واصل with an object is "kept on", no cue; the place is a mention',
    text: 'ويواصل الجيش عمليته في «جنين» لليوم الثالث على التوالي.',
    quotes: [['جنين', 'mention', null]],
  },
  {
    what: 'guard: وقال واصل فلان: «…»: the given name واصل is no verb',
    text: 'وقال واصل الدوسري: «سنفتتح الفرع الجديد الشهر المقبل».',
    quotes: [['سنفتتح الفرع الجديد الشهر المقبل', 'direct', 'واصل الدوسري']],
  },
  {
    what: 'guard: ودعا إلى مواصلة «…»: the noun مواصلة is no participle cue',
    text: 'ودعا وزير الخارجية فيصل الراشد إلى مواصلة «الحوار الوطني» حتى نهايته.',
    quotes: [['الحوار الوطني', 'partial', 'فيصل الراشد']],
  },
  {
    what: 'guard: وتكرر الحادث في حي «…»: تكرر "recurred", no cue',
    text: 'وتكرر الحادث في حي «النسيم» مرتين خلال أسبوع.',
    quotes: [['النسيم', 'mention', null]],
  },
  {
    what: 'guard: ووصف القرار بأنه «…» after a minister spoke: the object after a verb that takes one, the subject dropped',
    text: 'قال الوزير سامي الراجحي إن الحكومة «لن تتراجع». ووصف القرار بأنه «تاريخي».',
    quotes: [
      ['لن تتراجع', 'partial', 'سامي الراجحي'],
      ['تاريخي', 'partial', 'سامي الراجحي'],
    ],
  },
];

/**
 * A third batch, written after the second commit (7cfb614) and before the third change: how something is
 * said between the cue and the quote (ضاحكا, بحسرة, بصوت منخفض), and a woman brought in by a paragraph
 * of one sentence of narration before the paragraph of her bare وتقول, after a man spoke.
 */
const thirdBatch: readonly Row[] = [
  {
    what: 'ويضيف ضاحكا «…»: an accusative of manner before a short quote, direct',
    text: 'قال الصياد جابر المري إن البحر «كان كريما». ويضيف ضاحكا «إلا هذا العام».',
    quotes: [
      ['كان كريما', 'partial', 'جابر المري'],
      ['إلا هذا العام', 'direct', 'جابر المري'],
    ],
  },
  {
    what: 'وتضيف بحسرة «…»: ب and a noun of feeling is no subject',
    text: 'قالت ريما الشهري إن المحل «أغلق نهائيا»، وتضيف بحسرة «عملت فيه عشرين سنة».',
    quotes: [
      ['أغلق نهائيا', 'partial', 'ريما الشهري'],
      ['عملت فيه عشرين سنة', 'direct', 'ريما الشهري'],
    ],
  },
  {
    what: 'ويتابع بصوت منخفض «…»: a noun of voice and its adjective',
    text: 'قال المسن حمود الشهراني إن أبناءه «هاجروا جميعا». ويتابع بصوت منخفض «بقيت وحدي».',
    quotes: [
      ['هاجروا جميعا', 'partial', 'حمود الشهراني'],
      ['بقيت وحدي', 'direct', 'حمود الشهراني'],
    ],
  },
  {
    what: 'يروي فلان بمرارة أن «…»: the manner phrase ends the name before أن',
    text: 'قال المحافظ علي السبيعي إن الأضرار «محدودة». ويروي ماجد الحارثي بمرارة أن السيل «أخذ كل ما نملك».',
    quotes: [
      ['محدودة', 'partial', 'علي السبيعي'],
      ['أخذ كل ما نملك', 'partial', 'ماجد الحارثي'],
    ],
  },
  {
    what: 'a man speaks; a paragraph brings a woman in (وفي زاوية الخيمة، تجلس فلانة …); the next opens وتقول «…»',
    text: [
      'وقال منسق الإغاثة وليد جابر: «نستقبل مئة عائلة كل يوم».',
      'وفي زاوية الخيمة، تجلس عفاف نور مع أطفالها الخمسة.',
      'وتقول «لم نأكل شيئا منذ أمس».',
    ].join('\n\n'),
    quotes: [
      ['نستقبل مئة عائلة كل يوم', 'direct', 'وليد جابر'],
      ['لم نأكل شيئا منذ أمس', 'direct', 'عفاف نور'],
    ],
  },
  {
    what: 'a woman speaks; a paragraph brings a man in (وعلى الرصيف المقابل، يقف فلان …); the next opens ويقول: «…»',
    text: [
      'قالت الممرضة دانة سليم: «المرضى ينتظرون في الممرات».',
      'وعلى الرصيف المقابل، يقف عمار الخطيب أمام بقايا متجره.',
      'ويقول: «لم يبق لي شيء».',
    ].join('\n\n'),
    quotes: [
      ['المرضى ينتظرون في الممرات', 'direct', 'دانة سليم'],
      ['لم يبق لي شيء', 'direct', 'عمار الخطيب'],
    ],
  },
];

const thirdGuards: readonly Row[] = [
  {
    what: 'guard: a narration paragraph names a woman, then وأضاف (masculine): the man who spoke goes on',
    text: [
      'قال الطبيب فراس عودة: «الحالات في ازدياد».',
      'وتعمل معه في القسم الممرضة هبة منصور منذ خمس سنوات.',
      'وأضاف: «نحتاج إلى أسرة إضافية».',
    ].join('\n\n'),
    quotes: [
      ['الحالات في ازدياد', 'direct', 'فراس عودة'],
      ['نحتاج إلى أسرة إضافية', 'direct', 'فراس عودة'],
    ],
  },
  {
    what: 'guard: ويقول وزير … : a named subject after the cue is not replaced by the woman of the paragraph before',
    text: [
      'قالت المواطنة رهف العلي: «البيوت تضررت كثيرا».',
      'وفي مقر البلدية، يجتمع المسؤولون منذ الصباح.',
      'ويقول رئيس البلدية نادر الحسن: «سنعوض المتضررين».',
    ].join('\n\n'),
    quotes: [
      ['البيوت تضررت كثيرا', 'direct', 'رهف العلي'],
      ['سنعوض المتضررين', 'direct', 'نادر الحسن'],
    ],
  },
  {
    what: 'guard: وقال أيضا إن «…»: an adverb before إن, no word of manner; the fragments stay partial',
    text: 'قال المدير سلطان الفارس إن الشركة «ستتوسع». وقال أيضا إن الفروع «ستزيد».',
    quotes: [
      ['ستتوسع', 'partial', 'سلطان الفارس'],
      ['ستزيد', 'partial', 'سلطان الفارس'],
    ],
  },
];

/**
 * A fourth batch, written after the third commit (4b69ef6) and before the fourth change: verbs of
 * complaint and regret of vox-pop copy (يشكو, تشكو … من أن, اشتكى, يتحسر على).
 */
const fourthBatch: readonly Row[] = [
  {
    what: 'وتشكو فلانة من أن «…»',
    text: 'وتشكو ربة المنزل عائشة البلوي من أن فاتورة الكهرباء «تضاعفت هذا الصيف».',
    quotes: [['تضاعفت هذا الصيف', 'partial', 'عائشة البلوي']],
  },
  {
    what: 'ويشكو فلان (38 عاما): «…»',
    text: 'ويشكو سائق الشاحنة مبارك اليامي (38 عاما): «ننتظر يومين على الحدود في كل رحلة».',
    quotes: [['ننتظر يومين على الحدود في كل رحلة', 'direct', 'مبارك اليامي']],
  },
  {
    what: 'واشتكى فلان من «…» then وقال: «…»',
    text: 'واشتكى المزارع راشد الكعبي من «غياب الدعم الحكومي»، وقال: «بعنا المحصول بأقل من كلفته».',
    quotes: [
      ['غياب الدعم الحكومي', 'partial', 'راشد الكعبي'],
      ['بعنا المحصول بأقل من كلفته', 'direct', 'راشد الكعبي'],
    ],
  },
  {
    what: 'ويتحسر فلان على أيام «…»: what is regretted, a fragment after على',
    text: 'ويتحسر بائع الكتب منصور الفهيد على أيام «كان فيها الناس يقرؤون».',
    quotes: [['كان فيها الناس يقرؤون', 'partial', 'منصور الفهيد']],
  },
  {
    what: 'وتتحسر فلانة: «…» (with a colon, direct)',
    text: 'وتتحسر الخياطة أم ياسر: «كان المحل مليئا بالزبائن قبل الحرب».',
    quotes: [['كان المحل مليئا بالزبائن قبل الحرب', 'direct', 'أم ياسر']],
  },
];

const fourthGuards: readonly Row[] = [
  {
    what: 'guard: شكاوى «…» (the noun of complaint before a quoted name) is no cue: a mention',
    text: 'وتلقت البلدية عشرات الشكاوى من سكان حي «الروضة» خلال الأسبوع.',
    quotes: [['الروضة', 'mention', null]],
  },
];

describe('cues13: present narrative cues of vox-pop copy', () => runRows(presentCues));
describe('cues13: continuation cues without a colon', () => runRows(goingOn));
describe('cues13: the newest woman narrated takes a bare feminine cue', () => runRows(feminineContinuation));
describe('cues13: guards', () => runRows(guards));
describe('cues13: a second batch', () => runRows(secondBatch));
describe('cues13: guards of the second batch', () => runRows(secondGuards));
describe('cues13: a third batch', () => runRows(thirdBatch));
describe('cues13: guards of the third batch', () => runRows(thirdGuards));
describe('cues13: a fourth batch', () => runRows(fourthBatch));
describe('cues13: guards of the fourth batch', () => runRows(fourthGuards));
