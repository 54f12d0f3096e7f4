/**
 * The dropped subject of a cue (issue 3): who speaks when the cue names no one, or names someone who
 * is not its subject. An outlet after ل (لـDW عربية, لسكاي نيوز عربية) is whom it was said to, never
 * the subject: the dropped subject is the person the sentence before brought in, by a name or by a
 * description and a name (جلس المسافر المصري فلان …. وقال). A coordinated ، وقال after a clause whose verb is no
 * cue takes that verb’s subject: a known name cut at its last known word, a name closed by a comma, or
 * the subject of the verb after an impersonal من المقرر أن. A document opening its sentence (وجاء في التعميم) is
 * the issuer's named after the verb that opens the sentence before: the document's own verb (عممت, أعلنت) or
 * one that issues it as its object (أصدرت … بيانا). A cue in a clause of time (وقال فلان عندما سأله الصحفيون:)
 * is what was asked: the quote is the outer cue's.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row
 * keeps the opposite case (a subject named after the cue before the outlet, an outlet that speaks).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const outletRows: readonly Row[] = [
  {
    what: 'a student brought in by a description and her name, then وقالت لـBBC عربي: in the next sentence',
    text: 'وانتظرت الطالبة السعودية نورة بنت فهد القحطاني نتيجة القبول أسبوعين كاملين. وقالت لـBBC عربي: «كنت أتصفح موقع الجامعة كل ساعة، ولم أصدق اسمي حين ظهر أخيراً».',
    quotes: [
      ['كنت أتصفح موقع الجامعة كل ساعة، ولم أصدق اسمي حين ظهر أخيراً', 'direct', 'نورة بنت فهد القحطاني'],
    ],
  },
  {
    what: 'a farmer brought in by a description and his name, then وقال لسكاي نيوز عربية: (an outlet known by name, with its edition)',
    text: 'ووقف المزارع التونسي محمد بن عمر الطرابلسي بين أشجار الزيتون التي أتلفها الجفاف. وقال لسكاي نيوز عربية: «خسرنا محصول عامين، والديون تتراكم علينا من كل جهة».',
    quotes: [['خسرنا محصول عامين، والديون تتراكم علينا من كل جهة', 'direct', 'محمد بن عمر الطرابلسي']],
  },
  {
    what: 'a man by his name alone, then وقال لـRT عربي: (the Latin name and its Arabic edition)',
    text: 'وعاد خالد يوسف المطيري إلى منزله في حي النسيم بعد ثلاثة أيام قضاها في المستشفى. وقال لـRT عربي: «أشكر فرق الإسعاف التي وصلت إلينا خلال دقائق من الحادث».',
    quotes: [['أشكر فرق الإسعاف التي وصلت إلينا خلال دقائق من الحادث', 'direct', 'خالد يوسف المطيري']],
  },
  {
    what: 'guard: a person named in the sentence before, then another subject named before لـ«الرياض»',
    text: 'وأوضح مدير مرور المنطقة الشرقية العقيد سعد بن محمد الغامدي أن الدوريات ستنتشر على الطرق السريعة طوال الإجازة. وقال مدير الدفاع المدني العميد فهد بن علي الشهري لـ«الرياض»: «فرقنا جاهزة للتعامل مع أي طارئ على مدار الساعة».',
    quotes: [
      ['الرياض', 'mention', null],
      ['فرقنا جاهزة للتعامل مع أي طارئ على مدار الساعة', 'direct', 'فهد بن علي الشهري'],
    ],
  },
  {
    what: 'guard: an outlet that speaks itself (وقالت رويترز إن) after a sentence that brings in a prime minister',
    text: 'ووصل رئيس الوزراء اللبناني نجيب الحسيني إلى باريس مساء الأحد في زيارة رسمية تستمر يومين. وقالت رويترز إن الزيارة «ستتناول ملف المساعدات الأوروبية للجيش اللبناني».',
    quotes: [['ستتناول ملف المساعدات الأوروبية للجيش اللبناني', 'partial', 'رويترز']],
  },
];

const clauseRows: readonly Row[] = [
  {
    what: 'a known foreign minister by surname after من المقرر أن يلتقي, his name cut before the object (قادة الأحزاب), then ، وقال إن after another speaker',
    text: [
      'وصل وزير الخارجية الألماني يوهان كروس إلى بيروت مساء أمس في زيارة تستمر يومين.',
      'وقال رئيس الحكومة اللبنانية سمير حداد في مؤتمر صحفي: «نرحب بأي دعم يساعد الجيش على بسط سلطته في الجنوب».',
      'ومن المقرر أن يلتقي كروس قادة الأحزاب اليوم، وقال إن بلاده «مستعدة لتمويل إعادة إعمار المرفأ».',
    ].join('\n\n'),
    quotes: [
      ['نرحب بأي دعم يساعد الجيش على بسط سلطته في الجنوب', 'direct', 'سمير حداد'],
      ['مستعدة لتمويل إعادة إعمار المرفأ', 'partial', 'يوهان كروس'],
    ],
  },
  {
    what: 'a Saudi striker brought in after ومن المتوقع أن يقود, then ، وقال إنه, not the coach quoted before',
    text: [
      'قال المدرب الوطني سعد بن علي الشهري إن الفريق «جاهز للبطولة».',
      'ومن المتوقع أن يقود المهاجم فهد بن ناصر الدوسري هجوم المنتخب في المباراة الافتتاحية، وقال إنه «في أفضل حالاته البدنية».',
    ].join('\n\n'),
    quotes: [
      ['جاهز للبطولة', 'partial', 'سعد بن علي الشهري'],
      ['في أفضل حالاته البدنية', 'partial', 'فهد بن ناصر الدوسري'],
    ],
  },
  {
    what: 'a runner named in the lede, then by surname as the subject of واحتفل …، وقال: after the organiser spoke',
    text: [
      'فاز العداء الكيني ديفيد كيبروتيتش بسباق ماراثون دبي صباح الجمعة، متقدما على مواطنه بيتر موانغي.',
      'وقال مدير السباق أحمد بن سالم الكعبي إن المشاركة هذا العام «الأكبر في تاريخ الماراثون».',
      'واحتفل كيبروتيتش مع أسرته عند خط النهاية، وقال: «أهدي هذا الفوز لابنتي التي ولدت الشهر الماضي».',
    ].join('\n\n'),
    quotes: [
      ['الأكبر في تاريخ الماراثون', 'partial', 'أحمد بن سالم الكعبي'],
      ['أهدي هذا الفوز لابنتي التي ولدت الشهر الماضي', 'direct', 'ديفيد كيبروتيتش'],
    ],
  },
];

describe('subject rules: …، وقال takes the subject of the clause’s first verb, or of the verb after من المقرر أن', () => {
  runRows(clauseRows);
});

const issuerRows: readonly Row[] = [
  {
    what: 'a union issues a statement (أصدرت نقابة … بيانا), then وجاء في البيان: in the next paragraph',
    text: [
      'أصدرت نقابة الصحفيين التونسيين بيانا شديد اللهجة مساء الاثنين بعد توقيف مراسل إذاعة محلية في صفاقس.',
      'وجاء في البيان: «توقيف الصحفيين بسبب عملهم انتهاك صريح للدستور ولن نسكت عنه».',
    ].join('\n\n'),
    quotes: [
      ['توقيف الصحفيين بسبب عملهم انتهاك صريح للدستور ولن نسكت عنه', 'direct', 'نقابة الصحفيين التونسيين'],
    ],
  },
  {
    what: "a Saudi authority announces (أعلنت الهيئة …), then وجاء في الإعلان: the announcement is its own verb's noun",
    text: [
      'أعلنت الهيئة العامة للطيران المدني تعليق الرحلات الداخلية إلى مطار أبها لمدة ثلاثة أيام بسبب الأحوال الجوية.',
      'وجاء في الإعلان: «على المسافرين مراجعة شركات الطيران لتعديل حجوزاتهم دون رسوم إضافية».',
    ].join('\n\n'),
    quotes: [
      [
        'على المسافرين مراجعة شركات الطيران لتعديل حجوزاتهم دون رسوم إضافية',
        'direct',
        'الهيئة العامة للطيران المدني',
      ],
    ],
  },
  {
    what: 'a director general sends a circular (عمم المدير العام … على المدارس) after a parent spoke, then وجاء في التعميم:',
    text: [
      'وقال ولي أمر أحد الطلاب، سعد بن فهد القرشي، إن الأسر «تنتظر قرارا واضحا بشأن موعد الاختبارات».',
      'عمم المدير العام للتعليم بمنطقة مكة المكرمة الدكتور أحمد بن محمد الزهراني على المدارس تقديم موعد الاختبارات أسبوعاً.',
      'وجاء في التعميم: «يبدأ الطلاب اختبارات الفصل الدراسي الثاني يوم الأحد الموافق العاشر من الشهر».',
    ].join('\n\n'),
    quotes: [
      ['تنتظر قرارا واضحا بشأن موعد الاختبارات', 'partial', 'سعد بن فهد القرشي'],
      [
        'يبدأ الطلاب اختبارات الفصل الدراسي الثاني يوم الأحد الموافق العاشر من الشهر',
        'direct',
        'أحمد بن محمد الزهراني',
      ],
    ],
  },
];

describe('subject rules: a document that opens its sentence is its issuer’s, named after the verb that issued it in the sentence before', () => {
  runRows(issuerRows);
});

const askedRows: readonly Row[] = [
  {
    what: 'a Saudi minister named after وقال, then عندما سأله الصحفيون عن …: the journalists asked, he answers',
    text: 'وقال وزير الداخلية عبدالله بن سعد العمري عندما سأله الصحفيون عن موعد فتح المنفذ: «سيفتح المنفذ خلال أيام قليلة بعد استكمال الإجراءات».',
    quotes: [['سيفتح المنفذ خلال أيام قليلة بعد استكمال الإجراءات', 'direct', 'عبدالله بن سعد العمري']],
  },
  {
    what: 'an Austrian chancellor named after وقالت, then حين سألها صحفي عن …: the reporter asked, she answers',
    text: 'وقالت المستشارة النمساوية كلارا هوبر حين سألها صحفي عن موقفها من اللاجئين: «لن نغلق حدودنا في وجه الفارين من الحرب».',
    quotes: [['لن نغلق حدودنا في وجه الفارين من الحرب', 'direct', 'كلارا هوبر']],
  },
  {
    what: 'guard: no cue before the clause of time (قاطع النائب … الوزير عندما سأله:): the question is the asker’s',
    text: 'وفي الجلسة، قاطع النائب سالم بن خالد الهاجري الوزير عندما سأله: «متى سترى هذه المشاريع النور؟».',
    quotes: [['متى سترى هذه المشاريع النور؟', 'direct', 'سالم بن خالد الهاجري']],
  },
];

describe('subject rules: a cue in a clause of time (عندما سأله) is what was asked, the quote is the outer cue’s', () => {
  runRows(askedRows);
});

describe('subject rules: an outlet after ل is the hearer, the subject is the one brought in before', () => {
  runRows(outletRows);
});
