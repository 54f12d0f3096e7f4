/**
 * The quote's own sentence names its subject, and the engine sees it (subjects11). A reader gives a quote
 * to the subject its sentence names and carries the last speaker on only when the sentence names none:
 * - someone described, not named, right after a verb that may take an object (وكتب أحد المسافرين,
 *   وروت إحدى الناجيات ما جرى, وذكر شاهد عيان أن): who tells, not an object that drops the subject;
 * - a past form right after the إنّ/أنّ of a cue before it (قال … إن نقل الركاب «…», أكد أن نقل …): the
 *   verbal noun that opens the reported clause, no verb and no new attribution;
 * - a description, then the name it goes by in marks (مغردة تحمل اسم «…»): the description speaks;
 * - a reply's subject after what it comments on (وعلق على القضية المحامي فلان الذي كتب: «…»);
 * - an age in brackets between the speaker and the outlet told (فلان (27 عاماً) لـ«الوطن» إن): the outlet
 *   is a mention;
 * - a verb whose object stands between its subject and its complement (أرجع الدكتور فلان الهزات إلى …,
 *   وصف الوزير فلان اللقاء بأنه …): the object is no word of the name;
 * - one of a group read to its last word (إحدى الأمهات, أحد وجهاء القرية): the whole description;
 * - عزا and أرجع are cues whose quoted object after إلى is a fragment (عزا فلان التأخير إلى «…»);
 * - a past form right after قال is a noun, its subject (وقال طالب جامعي), not a second verb;
 * - a participle after a verb that reports nothing, one of a group its subject (واشتكى أحد الزوار …
 *   قائلا), speaks for that description.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a dropped subject with its object, a verb inside the quote, a document, a person as
 * the object, a name before أشار … إلى أن).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const describedRows: readonly Row[] = [
  {
    what: 'one of a definite plural after كتب, a verb that takes an object (وكتب أحد المسافرين على تويتر:): he tells, not the official before',
    text: [
      'وقال مدير عام الخطوط السعودية صالح الجاسر إن الرحلات "عادت إلى جدولها".',
      'وكتب أحد المسافرين على تويتر: «بقينا في المطار تسع ساعات دون وجبة».',
    ].join('\n\n'),
    quotes: [
      ['عادت إلى جدولها', 'partial', 'صالح الجاسر'],
      ['بقينا في المطار تسع ساعات دون وجبة', 'direct', 'أحد المسافرين'],
    ],
  },
  {
    what: 'one of the survivors after روت … ما جرى قائلة: she tells, not the spokeswoman before',
    text: [
      'وقالت المتحدثة باسم الهلال الأحمر الليبي إن الفرق "انتشلت عشرين جثة".',
      'وروت إحدى الناجيات ما جرى قائلة: «تمسكت بلوح خشب حتى الفجر».',
    ].join('\n\n'),
    quotes: [
      ['انتشلت عشرين جثة', 'partial', 'الهلال الأحمر الليبي'],
      ['تمسكت بلوح خشب حتى الفجر', 'direct', 'إحدى الناجيات'],
    ],
  },
  {
    what: 'a witness described (وذكر شاهد عيان أن): he tells, not the army spokesman before',
    text: [
      'وقال المتحدث باسم الجيش النيجيري إن القرية "حررت بالكامل".',
      'وذكر شاهد عيان أن المسلحين «أحرقوا السوق قبل فرارهم».',
    ].join('\n\n'),
    quotes: [
      ['حررت بالكامل', 'partial', 'الجيش النيجيري'],
      ['أحرقوا السوق قبل فرارهم', 'partial', 'شاهد عيان'],
    ],
  },
];

const verbalNounRows: readonly Row[] = [
  {
    what: 'نقل right after the إن of قال … لـ«…» is the verbal noun opening the clause, no relay: the quote is the driver’s',
    text: [
      'وقال رئيس لجنة النقل بالغرفة التجارية سعيد البسامي إن القطاع "يحتاج إلى تنظيم".',
      'وقال أحد سائقي الأجرة لـ«المدينة» إن نقل الركاب من المطار «صار حكرا على الشركات».',
    ].join('\n\n'),
    quotes: [
      ['يحتاج إلى تنظيم', 'partial', 'سعيد البسامي'],
      ['المدينة', 'mention', null],
      ['صار حكرا على الشركات', 'partial', 'أحد سائقي الأجرة'],
    ],
  },
  {
    what: 'نقل after the أن of أكد: the clause’s verbal noun, the quote the lawyer’s',
    text: [
      'وقال المتحدث باسم وزارة العمل تيسير المفرج إن اللائحة "دخلت حيز التنفيذ".',
      'وأكد المستشار القانوني ماجد قاروب أن نقل الخدمات «لا يتم دون موافقة العامل».',
    ].join('\n\n'),
    quotes: [
      ['دخلت حيز التنفيذ', 'partial', 'تيسير المفرج'],
      ['لا يتم دون موافقة العامل', 'partial', 'ماجد قاروب'],
    ],
  },
  {
    what: 'طلب after the أن of a pronoun subject’s أوضح: the clause’s noun; the member named before goes on',
    text: [
      'وقال عضو مجلس الشورى عطا السبيتي إن النظام "متأخر".',
      'وأوضح أن طلب اللجنة «ما زال على طاولة المجلس».',
    ].join('\n\n'),
    quotes: [
      ['متأخر', 'partial', 'عطا السبيتي'],
      ['ما زال على طاولة المجلس', 'partial', 'عطا السبيتي'],
    ],
  },
  {
    what: 'نقل after بعد أن inside a comma aside, before the إن of قال: no cue; the minister’s words',
    text: [
      'وقال وزير الصحة إن الكوادر "تعمل بلا توقف".',
      'وقال الوزير، بعد أن نقل تحيات القيادة للعاملين، إن جهودهم «محل فخر».',
    ].join('\n\n'),
    quotes: [
      ['تعمل بلا توقف', 'partial', 'وزير الصحة'],
      ['محل فخر', 'partial', 'وزير الصحة'],
    ],
  },
];

const handleRows: readonly Row[] = [
  {
    what: 'a tweeter described, then the name she goes by in marks (مغردة تحمل اسم «…»): the handle a mention, the description speaks',
    text: [
      'وقال المتحدث باسم وزارة التجارة عبدالرحمن الحسين إن المتجر "أغلق".',
      'وكتبت مغردة تحمل اسم «بنت الجنوب»: «أغلقوه بعد أن اشتكينا عشرات المرات».',
    ].join('\n\n'),
    quotes: [
      ['أغلق', 'partial', 'عبدالرحمن الحسين'],
      ['بنت الجنوب', 'mention', null],
      ['أغلقوه بعد أن اشتكينا عشرات المرات', 'direct', 'مغردة'],
    ],
  },
];

const commentRows: readonly Row[] = [
  {
    what: 'وعلق على القضية, then a title and a name and الذي كتب: the lawyer, not the prosecutor’s spokesman',
    text: [
      'وقال المتحدث باسم النيابة العامة إن المتهم "أحيل إلى المحكمة".',
      'وعلق على القضية المحامي أحمد الجطيلي الذي كتب: «العدالة تأخذ مجراها».',
    ].join('\n\n'),
    quotes: [
      ['أحيل إلى المحكمة', 'partial', 'النيابة العامة'],
      ['العدالة تأخذ مجراها', 'direct', 'أحمد الجطيلي'],
    ],
  },
];

const bracketRows: readonly Row[] = [
  {
    what: 'an age in brackets before the outlet told (فلان (27 عاماً) لـ«الوطن» إن): the outlet a mention',
    text: [
      'وقالت إدارة المستشفى إن المصابين "غادروا جميعا".',
      'وقال المصاب ناصر القرني (27 عاماً) لـ«الوطن» إن السيارة «انحرفت فجأة».',
    ].join('\n\n'),
    quotes: [
      ['غادروا جميعا', 'partial', 'إدارة المستشفى'],
      ['الوطن', 'mention', null],
      ['انحرفت فجأة', 'partial', 'ناصر القرني'],
    ],
  },
];

const objectRows: readonly Row[] = [
  {
    what: 'أرجع, a long title and a name, then the object before إلى (الهزات إلى): the object is no word of the name',
    text: [
      'وقال مدير الأرصاد بمنطقة مكة إن الأجواء "ستعتدل".',
      'وأرجع أستاذ الجيولوجيا بجامعة الملك سعود الدكتور عبدالعزيز بن لعبون الهزات إلى نشاط بركاني قديم، مؤكدا أن «الوضع لا يدعو للقلق».',
    ].join('\n\n'),
    quotes: [
      ['ستعتدل', 'partial', 'مدير الأرصاد بمنطقة مكة'],
      ['الوضع لا يدعو للقلق', 'partial', 'عبدالعزيز بن لعبون'],
    ],
  },
  {
    what: 'وصف, a title and a name, then the object before بأنه (اللقاء بأنه): the object is no word of the name',
    text: [
      'وقالت الخارجية الصينية إن بكين "تدعم الحوار".',
      'ووصف وزير الخارجية الياباني فوميو كيشيدا اللقاء بأنه «صريح ومفيد».',
    ].join('\n\n'),
    quotes: [
      ['تدعم الحوار', 'partial', 'الخارجية الصينية'],
      ['صريح ومفيد', 'partial', 'فوميو كيشيدا'],
    ],
  },
];

const oneOfRows: readonly Row[] = [
  {
    what: 'إحدى الأمهات, a definite plural read short as إحدى: the whole description speaks',
    text: [
      'وقال مدير الشؤون الصحية إن اللقاحات "متوفرة".',
      'وقالت إحدى الأمهات: «لم نجد اللقاح في ثلاثة مراكز».',
    ].join('\n\n'),
    quotes: [
      ['متوفرة', 'partial', 'مدير الشؤون الصحية'],
      ['لم نجد اللقاح في ثلاثة مراكز', 'direct', 'إحدى الأمهات'],
    ],
  },
  {
    what: 'أحد وجهاء القرية, a chain of genitives read short: the whole description speaks',
    text: [
      'وقال رئيس البلدية إن السفلتة "اكتملت".',
      'وقال أحد وجهاء القرية إن الطريق «لم يسفلت منه متر واحد».',
    ].join('\n\n'),
    quotes: [
      ['اكتملت', 'partial', 'رئيس البلدية'],
      ['لم يسفلت منه متر واحد', 'partial', 'أحد وجهاء القرية'],
    ],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a dropped subject after كتب في حسابه: the preacher named before goes on',
    text: [
      'وقال الداعية الشيخ سعد البريك إن الفتنة "نائمة".',
      'وكتب في حسابه على تويتر: «لا توقظوها بألسنتكم».',
    ].join('\n\n'),
    quotes: [
      ['نائمة', 'partial', 'سعد البريك'],
      ['لا توقظوها بألسنتكم', 'direct', 'سعد البريك'],
    ],
  },
  {
    what: 'guard: أرجع with a dropped subject and its object before إلى, then a participle: the lecturer before goes on',
    text: [
      'وقال عضو هيئة التدريس الدكتور ناصر الشهراني إن الظاهرة "موسمية".',
      'وأرجع الظاهرة إلى الرياح الشمالية، مبينا أن «الغبار يزول خلال يومين».',
    ].join('\n\n'),
    quotes: [
      ['موسمية', 'partial', 'ناصر الشهراني'],
      ['الغبار يزول خلال يومين', 'partial', 'ناصر الشهراني'],
    ],
  },
  {
    what: 'guard: ووصف القرار بأنه with a dropped subject: the committee head goes on',
    text: ['وقال رئيس اللجنة الاقتصادية إن الرسوم "مرتفعة".', 'ووصف القرار بأنه «عبء على صغار التجار».'].join(
      '\n\n',
    ),
    quotes: [
      ['مرتفعة', 'partial', 'رئيس اللجنة الاقتصادية'],
      ['عبء على صغار التجار', 'partial', 'رئيس اللجنة الاقتصادية'],
    ],
  },
  {
    what: 'guard: أشار … إلى أن after a name ending in a definite word: the name is whole (not a verb of OBJECT_BEFORE_COMPLEMENT)',
    text: [
      'وقال المتحدث باسم الشرطة إن الملف "أغلق".',
      'وأشار المحامي عبدالعزيز القاسم إلى أن «الملف ما زال مفتوحا».',
    ].join('\n\n'),
    quotes: [
      ['أغلق', 'partial', 'المتحدث باسم الشرطة'],
      ['الملف ما زال مفتوحا', 'partial', 'عبدالعزيز القاسم'],
    ],
  },
  {
    what: 'guard: كتب أحد المواطنين inside the quote: the speaker outside it',
    text: ['وقال مدير الدفاع المدني: «كتب أحد المواطنين إلينا يشكر الفرق، وهذا يكفينا».'].join('\n\n'),
    quotes: [['كتب أحد المواطنين إلينا يشكر الفرق، وهذا يكفينا', 'direct', 'مدير الدفاع المدني']],
  },
  {
    what: 'guard: وأضاف البيان: the body that issued it',
    text: [
      'وأصدرت وزارة الشؤون البلدية بيانا قالت فيه إن المخالفات "رصدت".',
      'وأضاف البيان أن الغرامات «ستطبق فورا».',
    ].join('\n\n'),
    quotes: [
      ['رصدت', 'partial', 'وزارة الشؤون البلدية'],
      ['ستطبق فورا', 'partial', 'وزارة الشؤون البلدية'],
    ],
  },
  {
    what: 'guard: وروى ما حدث قائلا with a dropped subject: the young man named before',
    text: [
      'وقال الشاب عبدالرحمن الحربي إن السيل "فاجأ الجميع".',
      'وروى ما حدث قائلا: «صعدنا إلى سطح المنزل وانتظرنا».',
    ].join('\n\n'),
    quotes: [
      ['فاجأ الجميع', 'partial', 'عبدالرحمن الحربي'],
      ['صعدنا إلى سطح المنزل وانتظرنا', 'direct', 'عبدالرحمن الحربي'],
    ],
  },
  {
    what: 'guard: a person as the object (واستقبل الأمير السفير …، وقال): the prince',
    text: [
      'وقال أمير منطقة الباحة إن الموسم السياحي "واعد".',
      'واستقبل الأمير السفير الكوري في مكتبه، وقال إن التعاون «في أفضل حالاته».',
    ].join('\n\n'),
    quotes: [
      ['واعد', 'partial', 'أمير منطقة الباحة'],
      ['في أفضل حالاته', 'partial', 'أمير منطقة الباحة'],
    ],
  },
];

const attributedToRows: readonly Row[] = [
  {
    what: 'عزا, a title and a name, its object, then إلى «…»: the cause he puts it down to, his fragment',
    text: [
      'وقال وكيل أمانة جدة للمشاريع إن الجسر "سيفتتح نهاية العام".',
      'وعزا مدير إدارة الطرق المهندس سامي الغامدي التأخير إلى «تعثر المقاول الأول».',
    ].join('\n\n'),
    quotes: [
      ['سيفتتح نهاية العام', 'partial', 'وكيل أمانة جدة للمشاريع'],
      ['تعثر المقاول الأول', 'partial', 'سامي الغامدي'],
    ],
  },
  {
    what: 'أرجعت, a title and a name, its object before إلى «…», then مضيفة أن «…»: both hers, the object no word of her name',
    text: [
      'وقال رئيس الاتحاد المصري لكرة القدم إن المنتخب "يمر بمرحلة انتقالية".',
      'وأرجعت الناقدة الرياضية منى حسن الهزيمة إلى «غياب التخطيط»، مضيفة أن الجهاز الفني «لم يقرأ المباراة».',
    ].join('\n\n'),
    quotes: [
      ['يمر بمرحلة انتقالية', 'partial', 'رئيس الاتحاد المصري لكرة القدم'],
      ['غياب التخطيط', 'partial', 'منى حسن'],
      ['لم يقرأ المباراة', 'partial', 'منى حسن'],
    ],
  },
  {
    what: 'وعزا with a dropped subject and its object before إلى «…»: the director named before goes on',
    text: [
      'وقال مدير الكهرباء بالمنطقة خالد الشهري إن الانقطاع "لم يتجاوز ساعة".',
      'وعزا الانقطاع إلى «عطل في المحطة الرئيسية».',
    ].join('\n\n'),
    quotes: [
      ['لم يتجاوز ساعة', 'partial', 'خالد الشهري'],
      ['عطل في المحطة الرئيسية', 'partial', 'خالد الشهري'],
    ],
  },
  {
    what: 'guard: يرجع (goes back to) is no cue: the quote after إلى is the economist’s by بحسب',
    text: [
      'وقال الخبير الاقتصادي عبدالحميد العمري إن التضخم "تحت السيطرة".',
      'ويرجع تاريخ السوق إلى «أيام الطفرة الأولى»، بحسب العمري.',
    ].join('\n\n'),
    quotes: [
      ['تحت السيطرة', 'partial', 'عبدالحميد العمري'],
      ['أيام الطفرة الأولى', 'partial', 'عبدالحميد العمري'],
    ],
  },
];

const nounAfterVerbRows: readonly Row[] = [
  {
    what: 'وقال طالب جامعي: طالب right after قال is no second verb (demanded) but the student, its subject',
    text: [
      'وقال وزير التعليم العالي التونسي إن المطاعم الجامعية "تعمل بشكل طبيعي".',
      'وقال طالب جامعي لـ«الشروق»: «الوجبة لا تكفي ونضطر للشراء من الخارج».',
    ].join('\n\n'),
    quotes: [
      ['تعمل بشكل طبيعي', 'partial', 'وزير التعليم العالي التونسي'],
      ['الشروق', 'mention', null],
      ['الوجبة لا تكفي ونضطر للشراء من الخارج', 'direct', 'طالب جامعي'],
    ],
  },
  {
    what: 'guard: طالب inside the quote after وقال: is the verb of the speaker’s words; the president goes on',
    text: ['وقال رئيس النادي إن المدرب "باق".', 'وقال: «طالب الجمهور برحيله، لكننا نثق به».'].join('\n\n'),
    quotes: [
      ['باق', 'partial', 'رئيس النادي'],
      ['طالب الجمهور برحيله، لكننا نثق به', 'direct', 'رئيس النادي'],
    ],
  },
];

const oneOfParticipleRows: readonly Row[] = [
  {
    what: 'واشتكى أحد الزوار … قائلا: a verb that reports nothing, one of a group for subject: the participle is his',
    text: [
      'وقال مدير الحديقة إن المرافق "تمت صيانتها".',
      'واشتكى أحد الزوار من قلة المظلات قائلا: «الأطفال لا يجدون مكانا يحتمون فيه من الشمس».',
    ].join('\n\n'),
    quotes: [
      ['تمت صيانتها', 'partial', 'مدير الحديقة'],
      ['الأطفال لا يجدون مكانا يحتمون فيه من الشمس', 'direct', 'أحد الزوار'],
    ],
  },
  {
    what: 'وتذمرت إحدى المراجعات …، مؤكدة أن: the feminine one of a group and a feminine participle',
    text: [
      'وقال المتحدث باسم المستشفى إن المواعيد "منتظمة".',
      'وتذمرت إحدى المراجعات من طول الانتظار، مؤكدة أن دورها «تأجل ثلاث مرات».',
    ].join('\n\n'),
    quotes: [
      ['منتظمة', 'partial', 'المتحدث باسم المستشفى'],
      ['تأجل ثلاث مرات', 'partial', 'إحدى المراجعات'],
    ],
  },
  {
    what: 'ووصف أحد أولياء الأمور الوضع بأنه: one of a group, then the object before بأنه, no word of the description',
    text: ['وقال مدير التعليم إن الحافلات "كافية".', 'ووصف أحد أولياء الأمور الوضع بأنه «فوضى يومية».'].join(
      '\n\n',
    ),
    quotes: [
      ['كافية', 'partial', 'مدير التعليم'],
      ['فوضى يومية', 'partial', 'أحد أولياء الأمور'],
    ],
  },
  {
    what: 'guard: one of a group as the object of a verb after فيما another subject: the coach speaks',
    text: [
      'وقال المدرب إن الفريق "جاهز".',
      'وقابل أحد اللاعبين الصحفيين بعد المباراة، فيما أكد المدرب أن النتيجة «عادلة».',
    ].join('\n\n'),
    quotes: [
      ['جاهز', 'partial', 'المدرب'],
      ['عادلة', 'partial', 'المدرب'],
    ],
  },
];

describe('subjects: someone described right after a verb that takes an object', () => runRows(describedRows));
describe('subjects: a verbal noun after a cue’s own إن/أن is no cue', () => runRows(verbalNounRows));
describe('subjects: a description and its handle in marks', () => runRows(handleRows));
describe('subjects: a reply’s subject after what it comments on', () => runRows(commentRows));
describe('subjects: an age in brackets before the outlet told', () => runRows(bracketRows));
describe('subjects: an object between the name and the complement', () => runRows(objectRows));
describe('subjects: one of a group, the whole description', () => runRows(oneOfRows));
describe('subjects: guards', () => runRows(guardRows));
describe('subjects: عزا and أرجع, their object before إلى', () => runRows(attributedToRows));
describe('subjects: a past form right after قال is its subject', () => runRows(nounAfterVerbRows));
describe('subjects: one of a group before a participle, or before an object', () =>
  runRows(oneOfParticipleRows));
