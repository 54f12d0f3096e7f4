/**
 * What the review of the names, coref and kinds4 merges left (issue 3), fixed by general rules:
 * passages written here in news style, Saudi and international. Each rule row fails without its rule;
 * each guard row keeps the opposite case (a real family name after a chain of given names).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const fixRows13: readonly Row[] = [
  // A broken plural after a chain of given names is the verb's object, never the family name.
  {
    what: 'أفاعل without the article after a chain (فيصل بن خالد أهالي القرية): the object',
    text: 'والتقى الأمير فيصل بن خالد أهالي القرية، وقال إن مطالبهم «محل اهتمام».',
    quotes: [['محل اهتمام', 'partial', 'فيصل بن خالد']],
  },
  {
    what: 'فعلى written with ى after a chain (فهد بن عبدالرحمن الجرحى): the object',
    text: 'وزار وزير الصحة فهد بن عبدالرحمن الجرحى في مستشفى الملك فهد، وقال إن حالتهم «مستقرة».',
    quotes: [['مستقرة', 'partial', 'فهد بن عبدالرحمن']],
  },
  {
    what: 'أفاعل with the article after a chain (ناصر بن محمد الأراضي الزراعية): the object',
    text: 'وتفقد الوزير ناصر بن محمد الأراضي الزراعية المتضررة من السيول، وقال إن التعويضات «ستصرف قريبا».',
    quotes: [['ستصرف قريبا', 'partial', 'ناصر بن محمد']],
  },
  {
    what: 'أفعال after a chain (حمدان بن راشد الأطفال الفائزين): the object',
    text: 'وكرم الشيخ حمدان بن راشد الأطفال الفائزين في المسابقة، وقال إنهم «فخر للوطن».',
    quotes: [['فخر للوطن', 'partial', 'حمدان بن راشد']],
  },
  {
    what: 'فعالى with ى after a chain (محمد بن زايد اليتامى): the object',
    text: 'وزار الرئيس محمد بن زايد اليتامى في دار الرعاية وقال: «أنتم أبناؤنا».',
    quotes: [['أنتم أبناؤنا', 'direct', 'محمد بن زايد']],
  },
  {
    what: 'فعالي without the article after a chain (محمد بن علي كراسي المدرسة): the object',
    text: 'وقدم المدير محمد بن علي كراسي المدرسة للطلاب، وقال إن التوزيع «سيكتمل غدا».',
    quotes: [['سيكتمل غدا', 'partial', 'محمد بن علي']],
  },
  {
    what: 'a broken plural with the article after a given name alone (المتطوعة أمل الأهالي): the object',
    text: 'وأجلت المتطوعة أمل الأهالي من المبنى، وقالت إن الحريق «بدأ في الطابق الأرضي».',
    quotes: [['بدأ في الطابق الأرضي', 'partial', 'أمل']],
  },
  {
    what: 'guard: a nisba family name shaped فعالي, repeated after the same given name, stays the name',
    text: 'واستقبل الأمير سلطان بن أحمد الحمادي في مكتبه وفدا من التجار. وقال سلطان بن أحمد الحمادي إن السوق «تتعافى».',
    quotes: [['تتعافى', 'partial', 'سلطان بن أحمد الحمادي']],
  },
  {
    what: 'guard: a given name with the article written with ى is a family name (عبدالله بن محمد العيسى)',
    text: 'وقال رئيس المجلس عبدالله بن محمد العيسى إن الميزانية «متوازنة».',
    quotes: [['متوازنة', 'partial', 'عبدالله بن محمد العيسى']],
  },
  {
    what: 'guard: an Iraqi nisba shaped فعالي after a chain stays the name (خالد بن سعد الجنابي)',
    text: 'وقال المهندس خالد بن سعد الجنابي إن المشروع «في مراحله الأخيرة».',
    quotes: [['في مراحله الأخيرة', 'partial', 'خالد بن سعد الجنابي']],
  },
  // A given name alone calls back the one full name that begins with it; two such names: neither.
  {
    what: 'a given name alone after two full names that begin with it names neither (خالد … خالد … ويقول خالد)',
    text: [
      'وقال خالد العتيبي، أحد سكان الحي، إن الطريق «مغلق منذ الصباح».',
      'وقال خالد الشمري، وهو سائق شاحنة، إن السيول «جرفت السيارات».',
      'ويقول خالد إن الأهالي «ينتظرون المساعدة».',
    ].join('\n\n'),
    quotes: [
      ['مغلق منذ الصباح', 'partial', 'خالد العتيبي'],
      ['جرفت السيارات', 'partial', 'خالد الشمري'],
      ['ينتظرون المساعدة', 'partial', 'خالد'],
    ],
  },
  {
    what: 'a foreign given name alone after two full names that begin with it names neither (ماريا)',
    text: [
      'وقالت ماريا لوبيز، المتحدثة باسم المفوضية، إن اللاجئين «يحتاجون إلى مأوى».',
      'وقالت ماريا غارسيا، مديرة المخيم، إن الشتاء «سيكون قاسيا».',
      'وأضافت ماريا أن المساعدات «لم تصل بعد».',
    ].join('\n\n'),
    quotes: [
      ['يحتاجون إلى مأوى', 'partial', 'ماريا لوبيز'],
      ['سيكون قاسيا', 'partial', 'ماريا غارسيا'],
      ['لم تصل بعد', 'partial', 'ماريا'],
    ],
  },
  {
    what: 'guard: a given name alone calls back the one full name that begins with it, past another speaker',
    text: [
      'وقال جون سميث، مدير المنظمة، إن الوضع «كارثي».',
      'وقال مسؤول حكومي إن الحكومة «تبذل جهدها».',
      'وأضاف جون أن المنظمة «ستوسع عملها».',
    ].join('\n\n'),
    quotes: [
      ['كارثي', 'partial', 'جون سميث'],
      ['تبذل جهدها', 'partial', 'مسؤول حكومي'],
      ['ستوسع عملها', 'partial', 'جون سميث'],
    ],
  },
  {
    what: 'guard: a Saudi given name alone calls back his full name with بن (عبدالله … وتابع عبدالله)',
    text: [
      'وقال عبدالله بن محمد الغامدي إن الجمعية «وزعت ألف سلة غذائية».',
      'وتابع عبدالله: «العمل مستمر حتى نهاية الشهر».',
    ].join('\n\n'),
    quotes: [
      ['وزعت ألف سلة غذائية', 'partial', 'عبدالله بن محمد الغامدي'],
      ['العمل مستمر حتى نهاية الشهر', 'direct', 'عبدالله بن محمد الغامدي'],
    ],
  },
  // A short speech quote before قبل أن / بعد أن, its subject before it: the أن after a preposition is
  // no complement of the cue, so the quote is no name read into the subject.
  {
    what: 'a word said before بعد أن, after a title (وقال اللاعب «شكرا» بعد أن): speech, not his name',
    text: 'وقال اللاعب «شكرا» بعد أن تسلم الجائزة من أمير المنطقة.',
    quotes: [['شكرا', 'direct', 'اللاعب']],
  },
  {
    what: 'a word said before قبل أن, after a title and a name (ماكرون «وداعا» قبل أن): speech',
    text: 'وقال الرئيس الفرنسي إيمانويل ماكرون «وداعا» قبل أن يغادر القاعة.',
    quotes: [['وداعا', 'direct', 'إيمانويل ماكرون']],
  },
  {
    what: 'guard: a quoted name after a title before a bare إن is the name (وقال الكاتب «…» في برنامجه إن)',
    text: 'وقال الكاتب «أحمد الشقيري» في برنامجه إن الشباب «يحتاجون إلى قدوة».',
    quotes: [
      ['أحمد الشقيري', 'mention', null],
      ['يحتاجون إلى قدوة', 'partial', 'أحمد الشقيري'],
    ],
  },
  {
    what: 'guard: من أن after a verb of saying still brings the words said: the quote before it is the name',
    text: 'ويقول الباحث البريطاني «جون كارتر» في كتابه الأخير من أن «الاقتصاد العالمي يدخل مرحلة ركود».',
    quotes: [
      ['جون كارتر', 'mention', null],
      ['الاقتصاد العالمي يدخل مرحلة ركود', 'partial', 'جون كارتر'],
    ],
  },
  // An acronym after a body's name is no indefinite noun in the accusative: that is the verb's object.
  {
    what: 'an indefinite verbal noun after a body, the subject of نشر, is no acronym (جمعية حماية المستهلك «تحذيرا»)',
    text: 'ونشرت جمعية حماية المستهلك «تحذيرا» للتجار من رفع الأسعار.',
    quotes: [['تحذيرا', 'partial', 'جمعية حماية المستهلك']],
  },
  {
    what: 'an indefinite noun with tanween after a body is no acronym (هيئة حماية البيئة «تحذيراً»)',
    text: 'ونشرت هيئة حماية البيئة «تحذيراً» للسكان من تلوث الهواء.',
    quotes: [['تحذيراً', 'partial', 'هيئة حماية البيئة']],
  },
  {
    what: 'an indefinite إفعال after a body in a ل genitive is no acronym (الهيئة العامة للأرصاد «إنذارا»)',
    text: 'ونشرت الهيئة العامة للأرصاد «إنذارا» للمزارعين من موجة الصقيع.',
    quotes: [['إنذارا', 'partial', 'الهيئة العامة للأرصاد']],
  },
  {
    what: 'guard: an acronym ending in ا after a body’s ل genitive stays its name (للبيانات … «سدايا»)',
    text: 'وأطلقت الهيئة السعودية للبيانات والذكاء الاصطناعي «سدايا» منصة جديدة، وقالت إنها «تخدم المستفيدين».',
    quotes: [
      ['سدايا', 'mention', null],
      ['تخدم المستفيدين', 'partial', 'الهيئة السعودية للبيانات والذكاء الاصطناعي'],
    ],
  },
  // A title that implies a body of the same head is a second candidate for the head alone.
  {
    what: 'a minister’s own ministry beside another ministry named after him: الوزارة stays unresolved',
    text: 'واستقبل وزير الخارجية وفدا من وزارة الخارجية الصينية. وقالت الوزارة في بيان إن اللقاء «كان مثمرا».',
    quotes: [['كان مثمرا', 'partial', 'الوزارة']],
  },
  {
    what: 'a minister with her adjective of origin beside another country’s ministry (وزيرة الخارجية الإسبانية)',
    text: 'واستقبلت وزيرة الخارجية الإسبانية نظيرها الإيطالي، بحضور ممثلين عن وزارة الخارجية الإيطالية. وقالت الوزارة إن المحادثات «كانت صريحة».',
    quotes: [['كانت صريحة', 'partial', 'الوزارة']],
  },
  {
    what: 'guard: the minister’s title implies the same ministry as the one named: الوزارة is it',
    text: 'والتقى وزير الصحة الأردني وفدا من وزارة الصحة الأردنية في عمّان. وقالت الوزارة إن اللقاء «بحث خطط التطعيم».',
    quotes: [['بحث خطط التطعيم', 'partial', 'وزارة الصحة الأردنية']],
  },
  {
    what: 'guard: the minister of health and the ministry of health, both unqualified: الوزارة is the ministry',
    text: 'واستقبل وزير الصحة في مكتبه مسؤولين من وزارة الصحة. وقالت الوزارة إن الحملة «ستبدأ الأحد».',
    quotes: [['ستبدأ الأحد', 'partial', 'وزارة الصحة']],
  },
];

describe('fix13: what the review of the merges left', () => {
  runRows(fixRows13);
});
