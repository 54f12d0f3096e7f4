/**
 * Quoted names told from partial quotes (issue 3): where a quote stands in its sentence says whether
 * it is words said or a name. Each rule row is a passage written here in news style, Saudi or
 * international, and fails without its rule; a guard row keeps a short quote of a speaker speech.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/** The cue's preamble: between the verb and its إن/أن clause or colon stand who, where and to whom. */
const preambleRows: readonly Row[] = [
  {
    what: 'a paper by phone, Saudi style (في اتصال هاتفي مع «…» إن)',
    text: 'وقال المتحدث باسم وزارة الصحة في اتصال هاتفي مع «عكاظ» إن «الحالات المسجلة لا تتجاوز العشرين».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الحالات المسجلة لا تتجاوز العشرين', 'partial', 'وزارة الصحة'],
    ],
  },
  {
    what: 'a paper in a call with no adjective, straight marks, أن (في اتصال مع "…" أن)',
    text: 'وأكدت المتحدثة باسم الخارجية الأمريكية في اتصال مع "الشرق الأوسط" أن واشنطن "لن تقبل بأي تصعيد جديد".',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['لن تقبل بأي تصعيد جديد', 'partial', 'الخارجية الأمريكية'],
    ],
  },
  {
    what: 'a channel after عبر in a spokesman’s statement (في تصريح عبر «…» إن)',
    text: 'وقال الناطق باسم الجيش العراقي في تصريح عبر «الفضائية العراقية» إن القوات «تقدمت نحو وسط المدينة».',
    quotes: [
      ['الفضائية العراقية', 'mention', null],
      ['تقدمت نحو وسط المدينة', 'partial', 'الجيش العراقي'],
    ],
  },
  {
    what: 'a four-word channel name by phone after a named expert (في اتصال مع «بي بي سي عربي» إن)',
    text: 'وقالت الخبيرة الاقتصادية سلوى العنزي في اتصال مع «بي بي سي عربي» إن الأسواق «ستتعافى ببطء».',
    quotes: [
      ['بي بي سي عربي', 'mention', null],
      ['ستتعافى ببطء', 'partial', 'سلوى العنزي'],
    ],
  },
  {
    what: 'a league’s short name after its full name with عن, then أن (الرابطة … لحقوق الإنسان «…» أن)',
    text: 'واعتبرت الرابطة المغربية للدفاع عن حقوق الإنسان «رابطة» أن القرار خطوة إلى الوراء.',
    quotes: [['رابطة', 'mention', null]],
  },
  {
    what: 'an association’s short name after من أجل, then إن',
    text: 'وقالت الجمعية الوطنية من أجل حقوق المستهلك «حماية» إن الأسعار ارتفعت بلا مبرر.',
    quotes: [['حماية', 'mention', null]],
  },
  {
    what: 'two outlets on the way: an agency after في حديث مع, then the paper told with لـ, then إن',
    text: 'وقال وزير الطاقة خالد الفالح في حديث مع «بلومبرغ» لـ«الشرق الأوسط» إن الأسعار «ستستقر قريبا».',
    quotes: [
      ['بلومبرغ', 'mention', null],
      ['الشرق الأوسط', 'mention', null],
      ['ستستقر قريبا', 'partial', 'خالد الفالح'],
    ],
  },
  {
    what: 'a paper by phone, then the city quoted after من, then أن (Saudi style)',
    text: 'وأكد عبدالله الغامدي في اتصال مع «الوطن» من «جدة» أن المشروع «سيكتمل العام المقبل».',
    quotes: [
      ['الوطن', 'mention', null],
      ['جدة', 'mention', null],
      ['سيكتمل العام المقبل', 'partial', 'عبدالله الغامدي'],
    ],
  },
  {
    what: 'two channels told, joined by و«…», then إن (international)',
    text: 'وقالت المتحدثة باسم الخارجية الأميركية لـ«الحرة» و«سكاي نيوز عربية» إن واشنطن «تراقب الوضع».',
    quotes: [
      ['الحرة', 'mention', null],
      ['سكاي نيوز عربية', 'mention', null],
      ['تراقب الوضع', 'partial', 'الخارجية الأميركية'],
    ],
  },
  {
    what: 'guard: the paper told before a colon, then the words said stay direct',
    text: 'وقال مدير الشرطة العقيد فهد الشهري لـ«الحياة»: «القبض على المتهمين تم فجر اليوم».',
    quotes: [
      ['الحياة', 'mention', null],
      ['القبض على المتهمين تم فجر اليوم', 'direct', 'فهد الشهري'],
    ],
  },
  {
    what: 'the paper told, as the object of أبلغ before its أن clause',
    text: 'وأبلغ السفير «الحياة» أن المفاوضات ستستأنف الأسبوع المقبل.',
    quotes: [['الحياة', 'mention', null]],
  },
  {
    what: 'guard: a one-word partial quote of a speaker after بأنها stays speech',
    text: 'ووصف وزير الخارجية عادل الجبير الخطة بأنها «كارثية».',
    quotes: [['كارثية', 'partial', 'عادل الجبير']],
  },
  {
    what: 'guard: the quoted object of وصف before بأنه is the speaker’s word, not a name',
    text: 'ووصف الوزير «الاتفاق» بأنه تاريخي.',
    quotes: [['الاتفاق', 'partial', 'الوزير']],
  },
  {
    what: 'guard: the quoted object of انتقد before لأن stays speech',
    text: 'وانتقد النائب «التأخير المتكرر» لأن المشروع تجاوز موعده بعامين.',
    quotes: [['التأخير المتكرر', 'partial', 'النائب']],
  },
];

describe('kinds 4: a quote in the cue’s preamble is a name', () => {
  runRows(preambleRows);
});

/** A naming noun, definite or not, governed by a noun or a preposition: the quote after it is its name. */
const namingHeadRows: readonly Row[] = [
  {
    what: 'a moon by its quoted name after إلى القمر, in a clause of أوضح أن',
    text: 'وأوضح مدير المرصد أن المسبار سيصل إلى القمر «غانيميد» عام 2031.',
    quotes: [['غانيميد', 'mention', null]],
  },
  {
    what: 'a mechanism’s name after ، ضمن آلية, past the body’s partial quote (international)',
    text: 'وقالت الأمم المتحدة إن اللقاحات «ستصل خلال أيام»، ضمن آلية «كوفاكس» للتوزيع العادل.',
    quotes: [
      ['ستصل خلال أيام', 'partial', 'الأمم المتحدة'],
      ['كوفاكس', 'mention', null],
    ],
  },
  {
    what: 'a response mechanism’s name after ، ضمن آلية, past a Saudi body’s partial quote',
    text: 'وأكد الدفاع المدني أن فرقه «باشرت عملها فورا»، ضمن آلية «فزعة» للاستجابة السريعة.',
    quotes: [
      ['باشرت عملها فورا', 'partial', 'الدفاع المدني'],
      ['فزعة', 'mention', null],
    ],
  },
  {
    what: 'a hotel by its quoted name after في الفندق',
    text: 'وأكد المتحدث الأمني أن الحريق اندلع في الفندق «هيلتون» وسط المدينة.',
    quotes: [['هيلتون', 'mention', null]],
  },
  {
    what: 'guard: after إن the phrase with في before a definite naming noun is the subject, the quote its predicate',
    text: 'وقال المخرج إن دورها في الفيلم «كان محوريا».',
    quotes: [['كان محوريا', 'partial', 'المخرج']],
  },
  {
    what: 'guard: a definite naming noun right after أن is the subject of the words said',
    text: 'وأكد الوزير أن الحملة «مستمرة حتى نهاية الشهر».',
    quotes: [['مستمرة حتى نهاية الشهر', 'partial', 'الوزير']],
  },
  {
    what: 'guard: a construct after إن ending in a definite noun, then words that open a clause',
    text: 'وقال المتحدث إن مدة تنفيذ الجسر «لن تتجاوز عامين».',
    quotes: [['لن تتجاوز عامين', 'partial', 'المتحدث']],
  },
];

describe('kinds 4: a naming noun in a governed slot names the quote after it', () => {
  runRows(namingHeadRows);
});

/** وجه with a speech noun for object (a question, a letter, criticism) reports: the quote after is partial. */
const directedRows: readonly Row[] = [
  {
    what: 'a Shura member’s question to a minister about a quoted matter (ووجهت … سؤالا إلى … عن "…")',
    text: 'ووجهت عضو مجلس الشورى لطيفة الشعلان سؤالا إلى وزير التعليم عن "تأخر صرف مكافآت الطلاب".',
    quotes: [['تأخر صرف مكافآت الطلاب', 'partial', 'لطيفة الشعلان']],
  },
  {
    what: 'a body’s criticism directed at a company, the quote after بسبب',
    text: 'ووجهت هيئة حقوق الإنسان انتقادات إلى الشركة بسبب «ظروف العمل القاسية».',
    quotes: [['ظروف العمل القاسية', 'partial', 'هيئة حقوق الإنسان']],
  },
  {
    what: 'guard: وجه with strikes for object reports nothing; the group’s name stays a mention',
    text: 'ووجه الجيش ضربات إلى مواقع «داعش» في الرقة.',
    quotes: [['داعش', 'mention', null]],
  },
  {
    what: 'guard: وجه as the noun "face" after إن, the quote its predicate',
    text: 'وقال المحافظ إن وجه المدينة «تغير تماما».',
    quotes: [['تغير تماما', 'partial', 'المحافظ']],
  },
];

describe('kinds 4: وجه … سؤالا reports what the quote after it asks about', () => {
  runRows(directedRows);
});

/** A body's full name of any shape, back to its head, then a one-word short name: its acronym. */
const acronymRows: readonly Row[] = [
  {
    what: 'an association’s acronym after a name with من أجل and و, then بـ (no أن: not the preamble)',
    text: 'وطالبت الجمعية التونسية من أجل نزاهة وديمقراطية الانتخابات «عتيد» بمراجعة القانون الانتخابي.',
    quotes: [['عتيد', 'mention', null]],
  },
  {
    what: 'a consumer body’s short name after its name in construct, then its object (Saudi style)',
    text: 'ودعت جمعية حماية المستهلك «مستهلك» التجار إلى الالتزام بالأسعار المعلنة.',
    quotes: [['مستهلك', 'mention', null]],
  },
  {
    what: 'guard: a definite head, its adjective of origin and its object, then a one-word quote, stays speech',
    text: 'وطالبت الجمعية التونسية السلطات «فورا» بالتحرك.',
    quotes: [['فورا', 'partial', 'الجمعية التونسية']],
  },
];

describe('kinds 4: a body’s full name, then its short name in marks', () => {
  runRows(acronymRows);
});
