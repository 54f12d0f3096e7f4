/**
 * Whom the speaker told, after ل (issue 3): after a cue's subject, a ل-phrase whose noun is people
 * (an audience, a counterpart by his pronoun, people in the plural or in construct, member states) or
 * a site named with digits is the hearer, never part of the speaker's name. Guard rows keep a body's
 * own field after ل, even when it is people, when the body is one named for those it serves.
 * Each rule row is a sentence written here in news style and fails without its rule.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const hearerRows: readonly Row[] = [
  {
    what: 'a government and its nationality, then the press as plural people after لل',
    text: 'وقالت الحكومة الإيطالية للصحفيين إن الخطة «لن تمس رواتب المتقاعدين».',
    quotes: [['لن تمس رواتب المتقاعدين', 'partial', 'الحكومة الإيطالية']],
  },
  {
    what: 'a commission, then member states (للدول الأعضاء)',
    text: 'وقالت المفوضية الأوروبية للدول الأعضاء إن قواعد اللجوء الجديدة «يجب أن تطبق دون تأخير».',
    quotes: [['يجب أن تطبق دون تأخير', 'partial', 'المفوضية الأوروبية']],
  },
  {
    what: 'a president by his title, then his counterpart by a pronoun (لنظيره المصري)',
    text: 'وقال الرئيس الفرنسي لنظيره المصري خلال اتصال هاتفي إن باريس «تدعم كل جهود التهدئة في غزة».',
    quotes: [['تدعم كل جهود التهدئة في غزة', 'partial', 'الرئيس الفرنسي']],
  },
  {
    what: 'a sheikh, then people in construct with their genitive (لأبناء القبيلة)',
    text: 'قال الشيخ لأبناء القبيلة في مجلسه بمحافظة الخرج إن الصلح «خير للجميع».',
    quotes: [['خير للجميع', 'partial', 'الشيخ']],
  },
  {
    what: 'a dropped subject, then a site named with digits (لعربي21): the person named before',
    text: [
      'أفرجت السلطات عن الناشط الحقوقي سامي الدباغ بعد احتجاز دام ثلاثة أشهر.',
      'وقال لعربي21 إن المحققين «لم يوجهوا إليه أي تهمة».',
    ].join('\n\n'),
    quotes: [['لم يوجهوا إليه أي تهمة', 'partial', 'سامي الدباغ']],
  },
  {
    what: 'a minister, then an audience (للحضور) in a Saudi forum',
    text: 'وقال وزير الاستثمار خالد الفالح للحضور في منتدى الرياض الاقتصادي: «الفرص أمامكم كبيرة».',
    quotes: [['الفرص أمامكم كبيرة', 'direct', 'خالد الفالح']],
  },
  {
    what: 'a team captain by his title alone, then his fellows by a pronoun (لزملائه) before the colon',
    text: 'وقال قائد المنتخب لزملائه بعد المباراة: «ما زال أمامنا الكثير».',
    quotes: [['ما زال أمامنا الكثير', 'direct', 'قائد المنتخب']],
  },
  {
    what: 'a region’s emir, then citizens as plural people (للمواطنين)',
    text: 'وقال أمير المنطقة للمواطنين خلال استقباله الأسبوعي: «أبوابنا مفتوحة للجميع».',
    quotes: [['أبوابنا مفتوحة للجميع', 'direct', 'أمير المنطقة']],
  },
  {
    what: 'a national coach by his title, then the players as a broken plural with the article (للاعبين)',
    text: 'وقال مدرب المنتخب السعودي للاعبين بعد الحصة التدريبية: «المباراة لم تنته بعد».',
    quotes: [['المباراة لم تنته بعد', 'direct', 'مدرب المنتخب السعودي']],
  },
  {
    what: 'a prime minister by his title, then the deputies (للنواب) before إن',
    text: 'وقال رئيس الوزراء البريطاني للنواب في جلسة المساءلة إن حكومته «لن تستقيل».',
    quotes: [['لن تستقيل', 'partial', 'رئيس الوزراء البريطاني']],
  },
  // Guards: a body's field after ل stays in its name; a name the hearer does not cut.
  {
    what: 'guard: a national body with an abstract field (الهيئة الوطنية لحقوق الإنسان)',
    text: 'وقالت الهيئة الوطنية لحقوق الإنسان إن زيارتها للسجون «كانت مثمرة».',
    quotes: [['كانت مثمرة', 'partial', 'الهيئة الوطنية لحقوق الإنسان']],
  },
  {
    what: 'guard: an association named for people it serves (الجمعية السعودية للمتقاعدين)',
    text: 'وقالت الجمعية السعودية للمتقاعدين إن المعاشات الحالية «لا تكفي لمواجهة الغلاء».',
    quotes: [['لا تكفي لمواجهة الغلاء', 'partial', 'الجمعية السعودية للمتقاعدين']],
  },
  {
    what: 'a federation named for the press keeps its field before في بيان (الاتحاد الدولي للصحفيين)',
    text: 'وقال الاتحاد الدولي للصحفيين في بيان إن العاملين في غزة «يواجهون مخاطر غير مسبوقة».',
    quotes: [['يواجهون مخاطر غير مسبوقة', 'partial', 'الاتحاد الدولي للصحفيين']],
  },
  {
    what: 'guard: a sports federation with its field (الاتحاد السعودي لكرة القدم)',
    text: 'وقال الاتحاد السعودي لكرة القدم إن المباراة «ستقام في موعدها».',
    quotes: [['ستقام في موعدها', 'partial', 'الاتحاد السعودي لكرة القدم']],
  },
  {
    what: 'guard: an authority named for the youth it serves (الهيئة العامة للشباب)',
    text: 'وقالت الهيئة العامة للشباب إن البرنامج الصيفي «يستهدف مئة ألف شاب وفتاة».',
    quotes: [['يستهدف مئة ألف شاب وفتاة', 'partial', 'الهيئة العامة للشباب']],
  },
  {
    what: 'guard: the head of an association for people, by his title and name',
    text: 'وقال رئيس الجمعية السعودية للمتقاعدين عبدالله الشهري إن المعاشات «لا تكفي».',
    quotes: [['لا تكفي', 'partial', 'عبدالله الشهري']],
  },
];

/**
 * A name the article already knows ends where its known form ends (issue 3): what runs on after it is
 * the verb's object, unless the text shows the name goes on (a known fuller form, بن, a family name).
 */
const knownNameRows: readonly Row[] = [
  {
    what: 'a chancellor known by his full name, then his surname alone before the object (يلتقي ميرتس قادة)',
    text: [
      'وصل المستشار الألماني فريدريش ميرتس إلى بروكسل أمس للمشاركة في القمة الأوروبية.',
      'ويلتقي ميرتس قادة الأحزاب الحاكمة مساء اليوم، وقال: «علينا أن نتفق على الميزانية».',
    ].join('\n\n'),
    quotes: [['علينا أن نتفق على الميزانية', 'direct', 'فريدريش ميرتس']],
  },
  {
    what: 'a Saudi minister known by his full name, then his family name before the place he visited',
    text: [
      'افتتح وزير الصحة فهد الجلاجل أمس مركزا جديدا للطوارئ في محافظة الأحساء.',
      'وزار الجلاجل مستشفى الملك فهد بالهفوف، وقال: «سنضاعف عدد الأسرة خلال عامين».',
    ].join('\n\n'),
    quotes: [['سنضاعف عدد الأسرة خلال عامين', 'direct', 'فهد الجلاجل']],
  },
  {
    what: 'a president known by his full name, then his surname before another man as object (وهاجم ترامب بايدن)',
    text: [
      'وقال الرئيس الأمريكي دونالد ترامب في تجمع انتخابي بولاية أريزونا إن الاقتصاد يتعافى.',
      'وهاجم ترامب بايدن في الكلمة نفسها قائلا إن سياساته «دمرت الطبقة الوسطى».',
    ].join('\n\n'),
    quotes: [['دمرت الطبقة الوسطى', 'partial', 'دونالد ترامب']],
  },
  // Guards: the name goes on.
  {
    what: 'guard: a new person whose family name the text had not given (محمد, then محمد العتيبي)',
    text: [
      'قال المدرب خالد العطوي إن الفريق تدرب جيدا بعد عودة اللاعب محمد من الإصابة.',
      'وأكد محمد العتيبي أن اللاعبين «جاهزون للمباراة».',
    ].join('\n\n'),
    quotes: [['جاهزون للمباراة', 'partial', 'محمد العتيبي']],
  },
  {
    what: 'guard: a known surname that goes on with بن (ابن) into a longer known name',
    text: [
      'استقبل الأمير خالد الفيصل وفد الغرفة التجارية في جدة.',
      'وقال الأمير خالد الفيصل بن عبدالعزيز: «جدة تستحق الأفضل».',
    ].join('\n\n'),
    quotes: [['جدة تستحق الأفضل', 'direct', 'خالد الفيصل بن عبدالعزيز']],
  },
];

describe('a known name before the verb’s object', () => {
  runRows(knownNameRows);
});

describe('hearers after ل: whom the words were told, not the name', () => {
  runRows(hearerRows);
});
