/**
 * Outlets named in quotes around a quote (issue 3): every Saudi paper writes its own name in the cue
 * (وذكر لـ«عكاظ», وبين لـ«الوطن» أن), and international outlets are told the same way (لـ«العربية.نت»,
 * لـ«سكاي نيوز عربية»). A reader knows the outlet by the preposition before it and the complement after:
 * - a verb that is also a noun (ذكر) is the verb when أنّ follows the outlet told after its subject
 *   (وذكر فلان لـ«عكاظ» أن): the outlet is passed over on the way to the complement;
 * - a verb that takes an object yet tells (ذكر, كشف, شرح, أعلن: TELLING_VERBS) keeps a subject of a bare
 *   name before the outlet told and أنّ, and an outlet right after it with the subject after that
 *   (وذكر لـ«عكاظ» الناطق … أن) is whom the words were told, not a fragment of them; so is one after
 *   the verb and its subject before عن (وكشف المتحدث لـ«سبق» عن «…»);
 * - وبين with no shadda, a name and the outlet told before أنّ is the verb بيّن.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a verb of calling whose لـ«…» is what it calls for, ذكر with a quoted object, وبين
 * "between" two quoted names).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const tellingRows: readonly Row[] = [
  {
    what: 'a Saudi paper told after a name: وذكر + name + لـ«عكاظ» أن … «…»',
    text: 'وذكر المواطن حمد السبيعي لـ«عكاظ» أن المياه «انقطعت عن الحي ثلاثة أيام متتالية».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام متتالية', 'partial', 'حمد السبيعي'],
    ],
  },
  {
    what: 'a Saudi paper told after a woman’s bare name: وذكرت + name + لـ«المدينة» أن',
    text: 'وذكرت هيا العتيبي لـ«المدينة» أن الفصول «مكتظة بالطالبات منذ بداية العام».',
    quotes: [
      ['المدينة', 'mention', null],
      ['مكتظة بالطالبات منذ بداية العام', 'partial', 'هيا العتيبي'],
    ],
  },
  {
    what: 'an international site told after a name: وكشف + name + لـ«العربية.نت» أن',
    text: 'وكشف وليد الحميري لـ«العربية.نت» أن الميليشيات «قصفت الأحياء السكنية في تعز».',
    quotes: [
      ['العربية.نت', 'mention', null],
      ['قصفت الأحياء السكنية في تعز', 'partial', 'وليد الحميري'],
    ],
  },
  {
    what: 'the paper right after ذكر, the spokesman and his name after it, then أن',
    text: 'وذكر لـ«سبق» الناطق الإعلامي لإدارة التعليم بجدة خالد الغامدي أن المدارس «ستفتح أبوابها الأحد».',
    quotes: [
      ['سبق', 'mention', null],
      ['ستفتح أبوابها الأحد', 'partial', 'خالد الغامدي'],
    ],
  },
  {
    what: 'an international channel right after ذكر, a spokesman after it, then أن',
    text: 'وذكر لـ«سكاي نيوز عربية» المتحدث باسم الجيش الليبي أحمد المسماري أن قواته «تقدمت نحو وسط بنغازي».',
    quotes: [
      ['سكاي نيوز عربية', 'mention', null],
      ['تقدمت نحو وسط بنغازي', 'partial', 'أحمد المسماري'],
    ],
  },
  {
    what: 'the paper after شرح and a name: وشرح + name + لـ«اليوم» أن',
    text: 'وشرح علي البراك لـ«اليوم» أن النخيل «تضررت من سوسة النخيل الحمراء».',
    quotes: [
      ['اليوم', 'mention', null],
      ['تضررت من سوسة النخيل الحمراء', 'partial', 'علي البراك'],
    ],
  },
  {
    what: 'guard: a verb of calling with لـ«…», what it calls for: a partial quote of its subject',
    text: 'ودعا رئيس الغرفة التجارية عبدالرحمن الزامل لـ«تسهيل إجراءات الاستثمار» أمام الشركات الصغيرة.',
    quotes: [['تسهيل إجراءات الاستثمار', 'partial', 'عبدالرحمن الزامل']],
  },
  {
    what: 'guard: ذكر with a name and أن and no outlet keeps its speaker',
    text: 'وذكر سلمان الدوسري أن الطريق «يشهد حوادث متكررة».',
    quotes: [['يشهد حوادث متكررة', 'partial', 'سلمان الدوسري']],
  },
  {
    what: 'guard: كشف and the outlet told, then عن and a quoted plan: the plan is the spokesman’s partial',
    text: 'وكشف المتحدث لـ«سبق» عن «خطة شاملة لتطوير الحدائق».',
    quotes: [
      ['سبق', 'mention', null],
      ['خطة شاملة لتطوير الحدائق', 'partial', 'المتحدث'],
    ],
  },
];

describe('kind rules 7: a verb that tells, its subject and the outlet told before أنّ', () => {
  runRows(tellingRows);
});

const betweenRows: readonly Row[] = [
  {
    what: 'وبين + a name + لـ«الوطن» أن: the verb بيّن, the name its subject',
    text: 'وبين سعيد القرني لـ«الوطن» أن الأمطار «أغرقت عددا من المنازل في القرية».',
    quotes: [
      ['الوطن', 'mention', null],
      ['أغرقت عددا من المنازل في القرية', 'partial', 'سعيد القرني'],
    ],
  },
  {
    what: 'وبين + a name + لـ«الاقتصادية» أن',
    text: 'وبين ناصر الحمدان لـ«الاقتصادية» أن العقود «تراجعت إلى النصف».',
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['تراجعت إلى النصف', 'partial', 'ناصر الحمدان'],
    ],
  },
  {
    what: 'وبين + a name + لـ«الجزيرة نت» أن, an international site',
    text: 'وبين زياد ماجد لـ«الجزيرة نت» أن المفاوضات «لم تحقق أي تقدم».',
    quotes: [
      ['الجزيرة نت', 'mention', null],
      ['لم تحقق أي تقدم', 'partial', 'زياد ماجد'],
    ],
  },
  {
    what: 'guard: وبين «…» و«…» is "between" two quoted names, no verb',
    text: 'وبين «الهلال» و«النصر» فارق ثلاث نقاط في صدارة الدوري.',
    quotes: [
      ['الهلال', 'mention', null],
      ['النصر', 'mention', null],
    ],
  },
];

describe('kind rules 7: وبين, a name and the outlet told before أنّ', () => {
  runRows(betweenRows);
});

/**
 * Places that armies and agencies report by a quoted name after their naming noun: a checkpoint (حاجز,
 * and كمين as Egyptian news calls one), a mountain (PLACE_NAMING_NOUNS): a quote after them shaped as a
 * place's name (a word with the article, or أبو first) is a mention; a partial quote of the same speaker
 * after it stays his, and an indefinite description after them (كمين «محكم») stays speech.
 */
const placeRows: readonly Row[] = [
  {
    what: 'a checkpoint by its name after هجوم على حاجز, in a spokesman’s indirect sentence, then his partial quote',
    text: 'وقال المتحدث باسم الجيش إن مسلحين هاجموا حاجز «المطاحن» شرق المدينة، وإن الجنود «ردوا على مصادر النيران».',
    quotes: [
      ['المطاحن', 'mention', null],
      ['ردوا على مصادر النيران', 'partial', 'المتحدث باسم الجيش'],
    ],
  },
  {
    what: 'an army checkpoint by its name after كمين, in a security source’s indirect sentence',
    text: 'وقال مصدر أمني إن مسلحين استهدفوا كمين «الوفاق» بقذائف الهاون جنوب الشيخ زويد.',
    quotes: [['الوفاق', 'mention', null]],
  },
  {
    what: 'a mountain by its name after استعادت جبل, in a reporter’s indirect sentence',
    text: 'وأفاد مراسل «الجزيرة» بأن قوات المقاومة استعادت جبل «العروس» المطل على مدينة تعز.',
    quotes: [
      ['الجزيرة', 'mention', null],
      ['العروس', 'mention', null],
    ],
  },
  {
    what: 'guard: an ambush described after كمين by indefinite adjectives is the officer’s partial quote',
    text: 'وقال مدير شرطة المحافظة إن الدورية وقعت في كمين «محكم ومعد مسبقا» على طريق المطار.',
    quotes: [['محكم ومعد مسبقا', 'partial', 'مدير شرطة المحافظة']],
  },
  {
    what: 'guard: the checkpoint with the article as a clause’s subject, then its predicate quoted: partial',
    text: 'وأكد قائد الشرطة أن الحاجز «سيبقى مغلقا حتى إشعار آخر».',
    quotes: [['سيبقى مغلقا حتى إشعار آخر', 'partial', 'قائد الشرطة']],
  },
  {
    what: 'guard: the commander of the checkpoint speaking after a colon: direct',
    text: 'وقال قائد الحاجز للصحفيين: «لن نسمح بمرور أي شاحنة دون تفتيش».',
    quotes: [['لن نسمح بمرور أي شاحنة دون تفتيش', 'direct', 'قائد الحاجز']],
  },
];

describe('kind rules 7: a checkpoint or a mountain by its quoted name', () => {
  runRows(placeRows);
});

/**
 * A paper or a channel named in quotes right after a feminine verb of publishing (PUBLISHING_VERBS: نشر,
 * أورد, ذكر, بث), then when it published (a time adverb, or a span of time with its qualifier): the
 * quote is the verb's subject, a name, not words said. A verb of saying before a short quote and a time
 * keeps the quote as speech.
 */
const publishedRows: readonly Row[] = [
  {
    what: 'a Saudi paper after ونشرت, then الأسبوع الماضي',
    text: 'ونشرت «المدينة» الأسبوع الماضي تحقيقا عن تأخر مشاريع الصرف الصحي في جدة.',
    quotes: [['المدينة', 'mention', null]],
  },
  {
    what: 'a Saudi paper after ونشرت, then أمس',
    text: 'ونشرت «عكاظ» أمس صورا للحريق الذي شب في أحد مستودعات المنطقة الصناعية.',
    quotes: [['عكاظ', 'mention', null]],
  },
  {
    what: 'an international site after ونشرت, then الخميس الماضي',
    text: 'ونشرت «العربية.نت» الخميس الماضي وثيقة مسربة عن خطط التنظيم في الموصل.',
    quotes: [['العربية.نت', 'mention', null]],
  },
  {
    what: 'guard: وقالت with the minister named before, a short quote, then اليوم: her words',
    text: [
      'أعلنت وزيرة الشؤون الاجتماعية جميلة المهيري خطة جديدة لدعم الأسر.',
      'وقالت «سنبدأ التطبيق» اليوم أمام الصحفيين.',
    ].join('\n\n'),
    quotes: [['سنبدأ التطبيق', 'direct', 'جميلة المهيري']],
  },
  {
    what: 'guard: وأضافت with the teacher named before, a short quote, then أمس: her words',
    text: [
      'وتحدثت المعلمة منيرة الدوسري عن بداية العام الدراسي.',
      'وأضافت «الطالبات متحمسات» أمس خلال الحفل.',
    ].join('\n\n'),
    quotes: [['الطالبات متحمسات', 'direct', 'منيرة الدوسري']],
  },
];

describe('kind rules 7: a paper or a channel after a verb of publishing, then a time', () => {
  runRows(publishedRows);
});

/**
 * A quote of two words that opens with a noun of an event, a campaign or a programme (EVENT_NOUNS) and its
 * definite genitive, after في or من, is the event's own name (في «مسيرة العودة», من «عملية الشهيد»);
 * a partial quote of the same speaker stays his. An indefinite word after the noun, or a third word,
 * describes it and stays speech.
 */
const eventRows: readonly Row[] = [
  {
    what: 'a campaign’s own name after المشاركة في, in an official’s indirect sentence, then his partial quote',
    text: 'وقال مدير التعليم إن المدارس ستشارك في «حملة النظافة» الأسبوع المقبل، وإن الطلاب «سيتطوعون في الأحياء».',
    quotes: [
      ['حملة النظافة', 'mention', null],
      ['سيتطوعون في الأحياء', 'partial', 'مدير التعليم'],
    ],
  },
  {
    what: 'an operation’s own name after المرحلة الثانية من, in a spokesman’s indirect sentence',
    text: 'وأعلن المتحدث باسم الجيش العراقي أن القوات بدأت المرحلة الثانية من «عملية الفجر» في محافظة الأنبار.',
    quotes: [['عملية الفجر', 'mention', null]],
  },
  {
    what: 'a festival’s own name after ستشارك في, told to a Saudi paper',
    text: 'وأوضح مدير الجمعية لـ«الوطن» أن الأسر المنتجة ستشارك في «مهرجان الربيع» بمنتجاتها.',
    quotes: [
      ['الوطن', 'mention', null],
      ['مهرجان الربيع', 'mention', null],
    ],
  },
  {
    what: 'guard: an operation described by indefinite adjectives after جزء من: the minister’s partial quote',
    text: 'ووصف وزير الداخلية ما جرى بأنه جزء من «عملية إرهابية جبانة».',
    quotes: [['عملية إرهابية جبانة', 'partial', 'وزير الداخلية']],
  },
  {
    what: 'guard: three words after يكمن في, the noun and a definite genitive with its adjective: speech',
    text: 'وقال الخبير الأمني إن الخطر يكمن في «عملية التهريب المنظمة» عبر الحدود.',
    quotes: [['عملية التهريب المنظمة', 'partial', 'الخبير الأمني']],
  },
];

describe('kind rules 7: an event’s own quoted name after في or من', () => {
  runRows(eventRows);
});

/**
 * An outlet called (في اتصال هاتفي مع «…», CALL_NOUNS) is whom the words were told when a complement of
 * saying follows it (إلى أن, أن, a colon); a call with «…» and no such complement is with whoever the
 * quote names, the speaker’s word for them (في اتصال مع «الخاطفين»).
 */
const callRows: readonly Row[] = [
  {
    what: 'a Saudi paper called, then إلى أن: وأشار + name في اتصال هاتفي مع «…» إلى أن',
    text: 'وأشار فهد الرويلي في اتصال هاتفي مع «اليوم» إلى أن الكهرباء «انقطعت عن القرية يومين».',
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن القرية يومين', 'partial', 'فهد الرويلي'],
    ],
  },
  {
    what: 'a Saudi paper called, then إلى أن after ولفت and a lawyer',
    text: 'ولفت المحامي عبدالعزيز القاسم في اتصال مع «الرياض» إلى أن العقد «باطل من أساسه».',
    quotes: [
      ['الرياض', 'mention', null],
      ['باطل من أساسه', 'partial', 'عبدالعزيز القاسم'],
    ],
  },
  {
    what: 'an international channel called, then إلى أن after وأشارت and a spokeswoman',
    text: 'وأشارت المتحدثة باسم برنامج الأغذية العالمي عبير عطيفة في اتصال هاتفي مع «بي بي سي عربي» إلى أن المخزون «يكفي لأسبوعين فقط».',
    quotes: [
      ['بي بي سي عربي', 'mention', null],
      ['يكفي لأسبوعين فقط', 'partial', 'عبير عطيفة'],
    ],
  },
  {
    what: 'guard: a call with the kidnappers in quotes, no complement after: the spokesman’s word',
    text: 'وأكد المتحدث باسم الحكومة أن السلطات في اتصال مع «الخاطفين» عبر وسطاء.',
    quotes: [['الخاطفين', 'partial', 'المتحدث باسم الحكومة']],
  },
  {
    what: 'guard: a call with «جهات خارجية» before the attack: the investigator’s words',
    text: 'وقال المحقق إن المتهم أجرى اتصالا مع «جهات خارجية» قبل الهجوم.',
    quotes: [['جهات خارجية', 'partial', 'المحقق']],
  },
];

describe('kind rules 7: an outlet called, before what it was told', () => {
  runRows(callRows);
});
