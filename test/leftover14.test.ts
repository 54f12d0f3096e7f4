/**
 * Leftover misreadings of who is named (leftover14): six shapes where the words before a quote name
 * someone, and the engine takes too much or too little of them as the speaker's name.
 *  1. A titled newcomer whose family name is shaped like a present verb (a Maghrebi surname in ي that
 *     opens with ي or ت: يحياوي, تيجاني) before the verb that is his predicate (كان العامل فلان يحياوي
 *     يحتمي …): the name ends at the verb, not at the surname; the verb agrees with the subject's gender.
 *  2. An electoral list or a coalition by its quoted name (قائمة «…», ائتلاف «…») that speaks: the body
 *     is the head with its name; with a verb that is not one of saying the name stays a mention.
 *  3. A body as the subject of a verb with a person as its object (ودعت المؤسسة هند الكبيسي إلى …):
 *     the body speaks after, the person is not part of its name.
 *  4. Kinship words used as titles before a name (العم صالح, الخالة أم محمد): the name is the speaker.
 *  5. A manner adverb with ب after a titled subject (قالها الوزير بحزم): not a name.
 *  6. A definite unnamed spokesman of a named body (المتحدث باسم الخارجية الأمريكية): first kept as the
 *     title the article gives; since re-expected to the body he speaks for, by the corpus rule (an
 *     anonymous member of a named group to the group), as real-text readers and probe writers credit it
 *     (guards only).
 * Every row was written here, in news style with invented people, its expectation set by reading before
 * the engine was run on it. Count: 19 of the first 44 rows failed before the rules below (all guards
 * passed); 1 fails now (ذكر with a coalition's quoted name). One row added after (the same worker in one
 * paragraph) fails too. Of the 14 later rows (moreRows, written before running the engine on them), 4
 * failed on the engine before these rules and 1 on the engine with the first of them (a list's name
 * shaped as a construct, قائمة «صوت المدينة»); none fails now. Three guards added last, and one row
 * with them (a verb that folds as a given name, يحيي) fails, as it did before. Failing rows are marked.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const surnameRows: readonly Row[] = [
  {
    what: 'كان العامل فلان يحياوي يحتمي …، وقال: a surname in ي before the verb, after a manager',
    text: [
      'وقال مدير الشركة سعد الغامدي إن العمال «يعملون في ظروف صعبة».',
      'وكان العامل كريم يحياوي يحتمي بظل جدار من الشمس، وقال: «الحرارة لا تطاق في الظهيرة».',
    ].join('\n\n'),
    quotes: [
      ['يعملون في ظروف صعبة', 'partial', 'سعد الغامدي'],
      ['الحرارة لا تطاق في الظهيرة', 'direct', 'كريم يحياوي'],
    ],
  },
  {
    what: 'وقف الحارس فلان يعقوبي يراقب …، ثم قال: no كان, a titled newcomer after a verb of standing',
    text: [
      'وقالت إدارة السوق في بيان إن الحراسة «مشددة منذ الحادث».',
      'ووقف الحارس مراد يعقوبي يراقب المدخل، ثم قال: «لم يدخل أحد بعد منتصف الليل».',
    ].join('\n\n'),
    quotes: [
      ['مشددة منذ الحادث', 'partial', 'إدارة السوق'],
      ['لم يدخل أحد بعد منتصف الليل', 'direct', 'مراد يعقوبي'],
    ],
  },
  {
    what: 'a woman: كانت المعلمة فلانة تيجاني تراقب …، وقالت (a surname in ت before a verb in ت)',
    text: [
      'وقال مدير المدرسة إن الدوام «سيستمر كالمعتاد».',
      'وكانت المعلمة سهام تيجاني تراقب التلاميذ في الساحة، وقالت: «الأطفال خائفون من الصوت».',
    ].join('\n\n'),
    quotes: [
      ['سيستمر كالمعتاد', 'partial', 'مدير المدرسة'],
      ['الأطفال خائفون من الصوت', 'direct', 'سهام تيجاني'],
    ],
  },
  {
    what: 'a man whose surname opens with ت (تيجاني) before his verb in ي: the verb agrees with him',
    text: [
      'وقالت البلدية إن الترميم «سيكتمل قبل الصيف».',
      'وكان الشيخ علي تيجاني يتوكأ على عصاه أمام المسجد، وقال: «هذا المسجد أقدم من الحي كله».',
    ].join('\n\n'),
    quotes: [
      ['سيكتمل قبل الصيف', 'partial', 'البلدية'],
      ['هذا المسجد أقدم من الحي كله', 'direct', 'علي تيجاني'],
    ],
  },
  {
    what: 'جلس البائع فلان يوسفي يرتب …، وقال إن … «…»: a partial after the newcomer',
    text: [
      'وقال رئيس الغرفة التجارية إن الأسعار «مستقرة».',
      'وجلس البائع رشيد يوسفي يرتب بضاعته على الرصيف، وقال إن الزبائن «قلوا هذا الشهر».',
    ].join('\n\n'),
    quotes: [
      ['مستقرة', 'partial', 'رئيس الغرفة التجارية'],
      ['قلوا هذا الشهر', 'partial', 'رشيد يوسفي'],
    ],
  },
  {
    what: 'a woman: وكانت الطالبة فلانة تومي تنتظر …، وقالت',
    text: [
      'وقالت شركة النقل إن الحافلات «تأخرت بسبب الازدحام».',
      'وكانت الطالبة نادية تومي تنتظر الحافلة منذ ساعة، وقالت: «سأتأخر عن الامتحان».',
    ].join('\n\n'),
    quotes: [
      ['تأخرت بسبب الازدحام', 'partial', 'شركة النقل'],
      ['سأتأخر عن الامتحان', 'direct', 'نادية تومي'],
    ],
  },
  // engine gap: in the same paragraph as the manager's quote, the dropped subject of وقال goes on with
  // the manager (the floor) instead of the worker the new sentence brought in.
  {
    what: 'the same in one paragraph: وكان العامل فلان يحياوي يحتمي …، وقال after a quote',
    text: 'وقال مدير الشركة سعد الغامدي إن العمال «يعملون في ظروف صعبة». وكان العامل كريم يحياوي يحتمي بظل جدار، وقال: «الحرارة لا تطاق».',
    quotes: [
      ['يعملون في ظروف صعبة', 'partial', 'سعد الغامدي'],
      ['الحرارة لا تطاق', 'direct', 'كريم يحياوي'],
    ],
    gaps: ['attribution'],
  },
  {
    what: 'guard: كان الموظف فلان بلعيدي يجلس …: a surname no verb shape, cut at the verb',
    text: 'كان الموظف سمير بلعيدي يجلس على الرصيف، وقال: «لم نتقاض رواتبنا منذ شهرين».',
    quotes: [['لم نتقاض رواتبنا منذ شهرين', 'direct', 'سمير بلعيدي']],
  },
  {
    what: 'guard: كانت الممرضة فلانة الزواوي تنتظر …: a definite surname, cut at the verb',
    text: 'وكانت الممرضة سعاد الزواوي تنتظر دورها أمام المخبز، وقالت: «لا نملك إلا الصبر».',
    quotes: [['لا نملك إلا الصبر', 'direct', 'سعاد الزواوي']],
  },
];

const listRows: readonly Row[] = [
  {
    what: 'وقالت قائمة «…» في بيان إنها «…»: the list speaks by its quoted name',
    text: 'وقالت قائمة «الوفاء الوطني» في بيان إنها «ستطعن في نتائج الدائرة الثالثة».',
    quotes: [
      ['الوفاء الوطني', 'mention', null],
      ['ستطعن في نتائج الدائرة الثالثة', 'partial', 'قائمة الوفاء الوطني'],
    ],
  },
  {
    what: 'وأكدت قائمة "…" أن … "…": plain marks',
    text: 'وأكدت قائمة "المستقبل" أن برنامجها "يضع الشباب أولا".',
    quotes: [
      ['المستقبل', 'mention', null],
      ['يضع الشباب أولا', 'partial', 'قائمة المستقبل'],
    ],
  },
  {
    what: 'وأوضحت قائمة «…»: «…»: a colon, a direct quote',
    text: 'وأوضحت قائمة «التحالف المدني»: «لن ندخل أي حكومة لا تلتزم بالإصلاح».',
    quotes: [
      ['التحالف المدني', 'mention', null],
      ['لن ندخل أي حكومة لا تلتزم بالإصلاح', 'direct', 'قائمة التحالف المدني'],
    ],
  },
  // engine gap: ذكر with a body and its quoted name after it reads the name as ذكر's object (it
  // "mentioned" «…»), so the partial is taken for a mention; وقال ائتلاف «…» is read right. Reading past a
  // body's head and its quoted name in the ذكر check fixes it, but then وذكر موقع "…" الاستقصائي … أن takes
  // the floor in the dev corpus and two later quotes of the minister go to the site (F1 0.879 → 0.873).
  {
    what: 'وذكر ائتلاف «…» في بيان أن … «…»: a coalition by its quoted name',
    gaps: ['attribution'],
    text: 'وذكر ائتلاف «دولة القانون» في بيان أن الحكومة «فشلت في إدارة الأزمة».',
    quotes: [
      ['دولة القانون', 'mention', null],
      ['فشلت في إدارة الأزمة', 'partial', 'ائتلاف دولة القانون'],
    ],
  },
  {
    what: 'guard: قائمة «…» ستقدم …: the list by its name with a verb not of saying, a mention',
    text: 'قائمة «الوفاء الوطني» ستقدم طعنا أمام المحكمة الإدارية غدا.',
    quotes: [['الوفاء الوطني', 'mention', null]],
  },
  {
    what: 'guard: وأعلنت قائمة «…» أنها ستقدم …: no quote of speech, the name a mention',
    text: 'وأعلنت قائمة «التجديد» أنها ستقدم مرشحيها في الأسبوع المقبل.',
    quotes: [['التجديد', 'mention', null]],
  },
  {
    what: 'guard: فازت قائمة «…»، وقال رئيسها فلان: the head of the list speaks',
    text: 'وفازت قائمة «الوفاء الوطني» بأغلبية المقاعد، وقال رئيسها سمير الهاشمي: «هذا فوز للناخبين».',
    quotes: [
      ['الوفاء الوطني', 'mention', null],
      ['هذا فوز للناخبين', 'direct', 'سمير الهاشمي'],
    ],
  },
  {
    what: 'guard: وقال حزب «…» في بيان إن … «…»: a party by its quoted name',
    text: 'وقال حزب «الأمة» في بيان إن الانتخابات «لم تكن نزيهة».',
    quotes: [
      ['الأمة', 'mention', null],
      ['لم تكن نزيهة', 'partial', 'حزب الأمة'],
    ],
  },
];

const objectRows: readonly Row[] = [
  {
    what: 'ودعت المؤسسة فلانة إلى …، وقالت في بيان إن … «…»: the body speaks, the woman its object',
    text: 'ودعت المؤسسة هند الكبيسي إلى تقديم شهادتها، وقالت في بيان إن الشهادة «ستساعد التحقيق».',
    quotes: [['ستساعد التحقيق', 'partial', 'المؤسسة']],
  },
  {
    what: 'ودعت الوزارة المواطن فلان إلى …، وقالت إن … «…»: a title before the object’s name',
    text: 'ودعت الوزارة المواطن سامي الرشيد إلى مراجعة الفرع، وقالت إن ملفه «مكتمل».',
    quotes: [['مكتمل', 'partial', 'الوزارة']],
  },
  {
    what: 'وكلفت اللجنة الدكتورة فلانة ب…، وقالت إن … «…»',
    text: 'وكلفت اللجنة الدكتورة منى الحربي بإعداد التقرير، وقالت إن النتائج «ستعلن قريبا».',
    quotes: [['ستعلن قريبا', 'partial', 'اللجنة']],
  },
  {
    what: 'وهنأت الهيئة فلانة ب…، مؤكدة أن … «…»: a participle',
    text: 'وهنأت الهيئة نورة السبيعي بالفوز، مؤكدة أن الإنجاز «مشرف للوطن».',
    quotes: [['مشرف للوطن', 'partial', 'الهيئة']],
  },
  {
    what: 'واستدعت النيابة العامة رجل الأعمال فلان، وقالت إن … «…»: a body with its adjective',
    text: 'واستدعت النيابة العامة رجل الأعمال خالد الفهد، وقالت إن التحقيق «ما زال في بدايته».',
    quotes: [['ما زال في بدايته', 'partial', 'النيابة العامة']],
  },
  {
    what: 'وعينت الشركة فلانة رئيسة تنفيذية، وقالت في بيان إن … «…»',
    text: 'وعينت الشركة سارة القحطاني رئيسة تنفيذية لها، وقالت في بيان إن القحطاني «تملك خبرة واسعة».',
    quotes: [['تملك خبرة واسعة', 'partial', 'الشركة']],
  },
  {
    what: 'وكرمت الجمعية الطبيبة فلانة، وقالت: «…»: the body, then a direct quote',
    text: 'وكرمت الجمعية الطبيبة ليلى العنزي في حفلها السنوي، وقالت: «نكرم من خدموا المرضى بصمت».',
    quotes: [['نكرم من خدموا المرضى بصمت', 'direct', 'الجمعية']],
  },
  {
    what: 'guard: ودعت رئيسة الجمعية فلانة إلى …، وقالت: a person’s title, the woman speaks',
    text: 'ودعت رئيسة الجمعية هند الكبيسي إلى دعم الأسر المحتاجة، وقالت: «الشتاء قاس هذا العام».',
    quotes: [['الشتاء قاس هذا العام', 'direct', 'هند الكبيسي']],
  },
  {
    what: 'guard: وقالت مؤسسة الملك خالد في بيان إن …: a title and a name inside a body’s name',
    text: 'وقالت مؤسسة الملك خالد في بيان إن المنح «ستشمل ثلاث مناطق».',
    quotes: [['ستشمل ثلاث مناطق', 'partial', 'مؤسسة الملك خالد']],
  },
  {
    what: 'guard: وأعلنت جامعة الأمير سلطان أن … «…»',
    text: 'وأعلنت جامعة الأمير سلطان أن البرنامج الجديد «يبدأ في الفصل المقبل».',
    quotes: [['يبدأ في الفصل المقبل', 'partial', 'جامعة الأمير سلطان']],
  },
];

const kinRows: readonly Row[] = [
  {
    what: 'وقال العم صالح: «…»: a kinship word as a title before a given name alone',
    text: 'وقال العم صالح: «عشت في هذا الحي خمسين عاما».',
    quotes: [['عشت في هذا الحي خمسين عاما', 'direct', 'صالح']],
  },
  {
    what: 'ويقول العم أبو سالم، وهو صياد …: «…»: before a kunya',
    text: 'ويقول العم أبو سالم، وهو صياد منذ صغره: «البحر لم يعد كما كان».',
    quotes: [['البحر لم يعد كما كان', 'direct', 'أبو سالم']],
  },
  {
    what: 'وتقول الخالة أم محمد: «…»: a woman by her kunya',
    text: 'وتقول الخالة أم محمد: «لم يبق لنا شيء بعد السيل».',
    quotes: [['لم يبق لنا شيء بعد السيل', 'direct', 'أم محمد']],
  },
  {
    what: 'أما العم فلان فقال: «…»',
    text: 'أما العم سعيد فقال: «الأرض لا تخون أهلها».',
    quotes: [['الأرض لا تخون أهلها', 'direct', 'سعيد']],
  },
  {
    what: 'وأضاف العم فلان وهو يشير …: «…»: a predicate clause before the colon',
    text: 'وأضاف العم حمدان وهو يشير إلى القارب: «هذا القارب ورثته عن أبي».',
    quotes: [['هذا القارب ورثته عن أبي', 'direct', 'حمدان']],
  },
  {
    what: 'وقال العم فلان الفلاني إن … «…»: a full name after the kinship title',
    text: 'وقال العم صالح الزهراني إن المزرعة «كانت تسقى من البئر».',
    quotes: [['كانت تسقى من البئر', 'partial', 'صالح الزهراني']],
  },
  {
    what: 'قالت الجدة أم سعيد: «…»',
    text: 'قالت الجدة أم سعيد: «لم نر مثل هذا المطر».',
    quotes: [['لم نر مثل هذا المطر', 'direct', 'أم سعيد']],
  },
  {
    what: 'وقالت العمة فلانة إن … «…»',
    text: 'وقالت العمة نورة إن الحي «تغير كثيرا».',
    quotes: [['تغير كثيرا', 'partial', 'نورة']],
  },
  {
    what: 'guard: وقال عم الضحية، فلان، إن …: a kinsman by his relation, his name in apposition',
    text: 'وقال عم الضحية، سالم المطيري، إن العائلة «تنتظر نتائج التحقيق».',
    quotes: [['تنتظر نتائج التحقيق', 'partial', 'سالم المطيري']],
  },
];

const mannerRows: readonly Row[] = [
  {
    what: '«…»، قالها فلان بحزم: a manner adverb after a family name',
    text: [
      'ورفض وزير المالية خالد الراشد الانتقادات الموجهة إلى الموازنة.',
      '«لن نتراجع عن القرار»، قالها الراشد بحزم.',
    ].join('\n\n'),
    quotes: [['لن نتراجع عن القرار', 'direct', 'خالد الراشد']],
  },
  {
    what: 'وقالها الوزير بحزم: «…»: after a title alone',
    text: 'وقالها الوزير بحزم: «لن نتراجع».',
    quotes: [['لن نتراجع', 'direct', 'الوزير']],
  },
  {
    what: 'وقالتها المديرة بهدوء: «…»: a woman',
    text: 'وقالتها المديرة بهدوء: «سنعيد فتح المدرسة غدا».',
    quotes: [['سنعيد فتح المدرسة غدا', 'direct', 'المديرة']],
  },
  {
    what: 'وقال المدرب بثقة: «…»',
    text: 'وقال المدرب بثقة: «سنفوز في المباراة المقبلة».',
    quotes: [['سنفوز في المباراة المقبلة', 'direct', 'المدرب']],
  },
  {
    what: 'ويقول الرئيس التنفيذي بوضوح إن … «…»',
    text: 'ويقول الرئيس التنفيذي بوضوح إن الشركة «لن تبيع أصولها».',
    quotes: [['لن تبيع أصولها', 'partial', 'الرئيس التنفيذي']],
  },
  {
    what: 'guard: وقال الوزير بشار العلي: «…»: a given name in ب after the title',
    text: 'وقال الوزير بشار العلي: «الموازنة متوازنة».',
    quotes: [['الموازنة متوازنة', 'direct', 'بشار العلي']],
  },
  {
    what: 'guard: وقال المدير بدر الشمري إن … «…»',
    text: 'وقال المدير بدر الشمري إن المشروع «سينجز في موعده».',
    quotes: [['سينجز في موعده', 'partial', 'بدر الشمري']],
  },
];

const spokesmanRows: readonly Row[] = [
  {
    what: 'guard: وقال المتحدث باسم الخارجية الأمريكية إن …: the definite unnamed spokesman, for his body',
    text: 'وقال المتحدث باسم الخارجية الأمريكية إن واشنطن «تتابع الوضع عن كثب».',
    quotes: [['تتابع الوضع عن كثب', 'partial', 'الخارجية الأمريكية']],
  },
  {
    what: 'guard: وقالت المتحدثة باسم الحكومة اليمنية: «…»',
    text: 'وقالت المتحدثة باسم الحكومة اليمنية: «الهدنة ما زالت صامدة».',
    quotes: [['الهدنة ما زالت صامدة', 'direct', 'الحكومة اليمنية']],
  },
];

/** Rows written after the rules above, before running the engine on them: the same classes, other shapes. */
const moreRows: readonly Row[] = [
  {
    what: 'a woman, no كان: وجلست الحرفية فلانة يحياوي تنسج …، وقالت إن … «…»',
    text: [
      'وقالت مديرة المعرض إن الإقبال «فاق التوقعات».',
      'وجلست الحرفية زهرة يحياوي تنسج سجادة صغيرة، وقالت إن الصنعة «تحتاج إلى صبر طويل».',
    ].join('\n\n'),
    quotes: [
      ['فاق التوقعات', 'partial', 'مديرة المعرض'],
      ['تحتاج إلى صبر طويل', 'partial', 'زهرة يحياوي'],
    ],
  },
  {
    what: 'وظل المزارع فلان تواتي يتفقد …، ثم قال: "…": another verb of staying, plain marks',
    text: [
      'وقالت وزارة الزراعة إن الموسم "واعد".',
      'وظل المزارع عمر تواتي يتفقد نخيله حتى المساء، ثم قال: "المطر تأخر هذا العام".',
    ].join('\n\n'),
    quotes: [
      ['واعد', 'partial', 'وزارة الزراعة'],
      ['المطر تأخر هذا العام', 'direct', 'عمر تواتي'],
    ],
  },
  {
    what: 'وعينت الجامعة الدكتور فلان عميدا، وقالت في بيان إن … «…»: a man by an honorific as the object',
    text: 'وعينت الجامعة الدكتور ماجد العتيبي عميدا لكلية الطب، وقالت في بيان إن التعيين «يأتي ضمن خطة التطوير».',
    quotes: [['يأتي ضمن خطة التطوير', 'partial', 'الجامعة']],
  },
  {
    what: 'وكرمت الوزارة المعلمة فلانة، مؤكدة أن … «…»: a feminine title before the object’s name',
    text: 'وكرمت الوزارة المعلمة سلوى الشهري، مؤكدة أن جهودها «تستحق التقدير».',
    quotes: [['تستحق التقدير', 'partial', 'الوزارة']],
  },
  {
    what: 'واستقبلت الهيئة الملكية الطالب فلان، وقالت: «…»: a body with its adjective, a student',
    text: 'واستقبلت الهيئة الملكية الطالب فيصل الدوسري بعد فوزه، وقالت: «نفخر بأبنائنا المبدعين».',
    quotes: [['نفخر بأبنائنا المبدعين', 'direct', 'الهيئة الملكية']],
  },
  {
    what: 'guard: وقالت الجمعية الخيرية في بيان إن … «…»: a body and its adjective, no person',
    text: 'وقالت الجمعية الخيرية في بيان إن السلال «وزعت على ألف أسرة».',
    quotes: [['وزعت على ألف أسرة', 'partial', 'الجمعية الخيرية']],
  },
  {
    what: 'guard: وقال مستشفى الملك فيصل التخصصي إن … «…»: a hospital named after a king',
    text: 'وقال مستشفى الملك فيصل التخصصي إن العملية «تكللت بالنجاح».',
    quotes: [['تكللت بالنجاح', 'partial', 'مستشفى الملك فيصل التخصصي']],
  },
  {
    what: 'وتروي الخالة فلانة، وهي …: «…»: a kinship title before a given name, after an aside',
    text: 'وتروي الخالة مريم، وهي أرملة تعيل خمسة أطفال: «بعت ذهبي لأدفع الإيجار».',
    quotes: [['بعت ذهبي لأدفع الإيجار', 'direct', 'مريم']],
  },
  {
    what: 'ويتذكر الجد فلان أن … «…»: a grandfather by his title',
    text: 'ويتذكر الجد عبدالرحمن أن الوادي «كان يفيض كل شتاء».',
    quotes: [['كان يفيض كل شتاء', 'partial', 'عبدالرحمن']],
  },
  {
    what: '«…»، يقول العم أبو فلان: a kunya after a kinship title, the cue after the quote',
    text: '«كنا نصطاد بالشباك اليدوية»، يقول العم أبو خليل.',
    quotes: [['كنا نصطاد بالشباك اليدوية', 'direct', 'أبو خليل']],
  },
  {
    what: 'وأكد المدير بشدة أن … «…»: another manner phrase after a title',
    text: 'وأكد المدير بشدة أن المخالفين «سيحاسبون».',
    quotes: [['سيحاسبون', 'partial', 'المدير']],
  },
  {
    what: '«…»، قالتها الوزيرة فلانة بإصرار: a manner phrase after a woman’s full name',
    text: '«لن نسمح بتكرار ما حدث»، قالتها الوزيرة هالة المنصوري بإصرار.',
    quotes: [['لن نسمح بتكرار ما حدث', 'direct', 'هالة المنصوري']],
  },
  {
    what: 'وقالت قائمة «…» المستقلة في بيان إن … «…»: a list with an adjective after its name',
    text: 'وقالت قائمة «صوت المدينة» المستقلة في بيان إن حملتها «ستركز على الخدمات».',
    quotes: [
      ['صوت المدينة', 'mention', null],
      ['ستركز على الخدمات', 'partial', 'قائمة صوت المدينة'],
    ],
  },
  {
    what: 'guard: وتصدرت قائمة «…» النتائج الأولية: a list not saying anything, a mention',
    text: 'وتصدرت قائمة «صوت المدينة» النتائج الأولية في الدائرة الثانية.',
    quotes: [['صوت المدينة', 'mention', null]],
  },
  {
    what: 'guard: a foreign woman’s name with a word in ت (ماري تيريز دوبوا) and no verb after it: not cut',
    text: 'وقالت الممثلة ماري تيريز دوبوا إن الفيلم «غير حياتها».',
    quotes: [['غير حياتها', 'partial', 'ماري تيريز دوبوا']],
  },
  {
    what: 'guard: وقال المدرب يورغن تيمان في …: a foreign name, a preposition after it',
    text: 'وقال المدرب يورغن تيمان في المؤتمر الصحفي: «سنلعب للفوز».',
    quotes: [['سنلعب للفوز', 'direct', 'يورغن تيمان']],
  },
  {
    what: 'guard: وكرمت الجمعية الخيرية السعودية المتطوعين، وقالت: a body, a plural object, no name',
    text: 'وكرمت الجمعية الخيرية السعودية المتطوعين، وقالت: «أنتم فخرنا».',
    quotes: [['أنتم فخرنا', 'direct', 'الجمعية الخيرية السعودية']],
  },
  // engine gap: the verb يحيي folds as the given name يحيى, so it is no verb's shape and the name runs on
  // to the object; the titled newcomer is dropped and the bare title speaks (as before these rules).
  {
    what: 'ووقف اللاعب فلان يحيي الجماهير، وقال: a verb that folds as a given name',
    text: 'ووقف اللاعب سعيد العمري يحيي الجماهير، وقال: «هذا الفوز لكم».',
    quotes: [['هذا الفوز لكم', 'direct', 'سعيد العمري']],
    gaps: ['attribution'],
  },
];

describe('leftover14: a name that runs into a verb shaped like a surname', () => runRows(surnameRows));
describe('leftover14: a list or a coalition by its quoted name', () => runRows(listRows));
describe('leftover14: a body with a person as its object', () => runRows(objectRows));
describe('leftover14: kinship words as titles', () => runRows(kinRows));
describe('leftover14: a manner adverb after the subject', () => runRows(mannerRows));
describe('leftover14: an unnamed spokesman of a named body', () => runRows(spokesmanRows));
describe('leftover14: more rows of the same classes', () => runRows(moreRows));
