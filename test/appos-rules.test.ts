/**
 * Names in apposition and the person a paragraph is about (issue 3). A name between commas after a
 * title joins it as one person, however long the title's description before the comma (a seat, a
 * chief in construct, a ship by its quoted name and the body it belongs to), and that person holds
 * the floor: a later cue with a dropped subject is theirs, whether the verb that brought them in
 * carried a quote or not. A feature's paragraph that opens on a person by a verb that reports nothing
 * (يبتسم فلان حين …) gives him its bare cue after a quote («…»، يقول) or its ويضيف when he spoke before.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a time or a clause after the comma, no name; a paragraph that opens on a place;
 * a cue that names its own speaker).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const appositionRows: readonly Row[] = [
  {
    what: 'an Iraqi MP with a long seat (النائب عن ائتلاف … في البرلمان العراقي، فلان،) who demands of the government بـ«…»',
    text: 'وطالب النائب عن ائتلاف دولة القانون في البرلمان العراقي، علي حسين الزبيدي، الحكومة بـ"محاسبة المقصرين في ملف الكهرباء".',
    quotes: [['محاسبة المقصرين في ملف الكهرباء', 'partial', 'علي حسين الزبيدي']],
  },
  {
    what: 'a media adviser in construct with his chief, his name after the comma opening with the article (، الطيب محمد عثمان،), a verb with no quote, then وقال',
    text: 'ونفى المستشار الإعلامي لرئيس المجلس العسكري، الطيب محمد عثمان، صحة التسريبات، وقال في بيان مصور: "هذه الوثائق مزورة بالكامل".',
    quotes: [['هذه الوثائق مزورة بالكامل', 'direct', 'الطيب محمد عثمان']],
  },
  {
    what: 'a woman captain, her ship by its quoted name and its NGO with التابعة لـ between title and name, a verb with no quote, then وقالت in the next sentence after another speaker',
    text: [
      'وقال المتحدث باسم خفر السواحل الإيطالي، ماريو روسي، إن القارب "غرق على بعد عشرين ميلا من الشاطئ".',
      'وانتقدت قبطانة السفينة «سي ووتش 4»، التابعة لمنظمة «سي ووتش» الألمانية، كارولا ريكيته، قرار إغلاق الموانئ. وقالت في مؤتمر صحفي: «لن نترك الناس يغرقون في البحر».',
    ].join('\n\n'),
    quotes: [
      ['غرق على بعد عشرين ميلا من الشاطئ', 'partial', 'ماريو روسي'],
      ['سي ووتش 4', 'mention', null],
      ['سي ووتش', 'mention', null],
      ['لن نترك الناس يغرقون في البحر', 'direct', 'كارولا ريكيته'],
    ],
  },
  {
    what: 'a candidate of a quoted party (مرشح حزب «…» المعارض، فلان،) who wins, then …، وقال after another speaker',
    text: [
      'وقال رئيس اللجنة العليا للانتخابات، القاضي محمود عبد الله، إن النتائج "ستعلن رسميا مساء الغد".',
      'وفاز مرشح حزب «العدالة» المعارض، يوسف الشامي، بمقعد الدائرة الأولى، وقال أمام أنصاره: «هذا انتصار للتغيير».',
    ].join('\n\n'),
    quotes: [
      ['ستعلن رسميا مساء الغد', 'partial', 'محمود عبد الله'],
      ['العدالة', 'mention', null],
      ['هذا انتصار للتغيير', 'direct', 'يوسف الشامي'],
    ],
  },
  {
    what: 'guard: a time between commas after a title with a long seat (، أمس،) is no name',
    text: 'وقال النائب عن حزب الأحرار في مجلس النواب، أمس، إن الحكومة "تأخرت كثيرا في إصلاح المستشفيات".',
    quotes: [['تأخرت كثيرا في إصلاح المستشفيات', 'partial', 'النائب']],
  },
  {
    what: 'guard: a ship by its quoted name then a clause that goes on after the comma (تعمل …) names no captain',
    text: [
      'وقال المتحدث باسم خفر السواحل الإيطالي، ماريو روسي، إن القارب "غرق على بعد عشرين ميلا من الشاطئ".',
      'ووصل قبطان السفينة «أوشن فايكنغ»، تحمل أكثر من مئتي مهاجر، إلى ميناء باليرمو. وقال في اتصال هاتفي: «الوضع على متن السفينة صعب».',
    ].join('\n\n'),
    quotes: [
      ['غرق على بعد عشرين ميلا من الشاطئ', 'partial', 'ماريو روسي'],
      ['أوشن فايكنغ', 'mention', null],
      ['الوضع على متن السفينة صعب', 'direct', 'ماريو روسي'],
    ],
  },
];

describe('appos rules: a name in apposition joins its title and takes the floor', () => {
  runRows(appositionRows);
});

/** A feature's paragraph that opens on a person (a verb that reports nothing and his name). */
const fisherman = [
  '«البحر لم يعد كما كان»، يقول الصياد عبد الرحيم بوزيان، وهو يرتب شباكه على رصيف الميناء.',
  'ويؤكد رئيس جمعية الصيادين، محمد العلمي، أن الكميات "تراجعت إلى النصف خلال عشر سنوات".',
];
const trader = [
  '«بدأت بمحل صغير في حي البطحاء قبل ثلاثين عاما»، يقول التاجر سعد بن محمد القحطاني.',
  'ويقول الباحث الاقتصادي فهد الشهري إن الأسواق الشعبية "تواجه منافسة شرسة من المتاجر الإلكترونية".',
];

const paragraphRows: readonly Row[] = [
  {
    what: 'a Moroccan fisherman back by his family name (يصمت بوزيان … .), then «…»، يقول with no subject after another speaker',
    text: [
      ...fisherman,
      'يصمت بوزيان قليلا وهو ينظر إلى القوارب الراسية. «أبنائي لن يعملوا في هذه المهنة»، يقول.',
    ].join('\n\n'),
    quotes: [
      ['البحر لم يعد كما كان', 'direct', 'عبد الرحيم بوزيان'],
      ['تراجعت إلى النصف خلال عشر سنوات', 'partial', 'محمد العلمي'],
      ['أبنائي لن يعملوا في هذه المهنة', 'direct', 'عبد الرحيم بوزيان'],
    ],
  },
  {
    what: 'a Riyadh trader back by his family name (يعود القحطاني …), then ويضيف: after another man spoke',
    text: [...trader, 'يعود القحطاني إلى دفتر حساباته القديم. ويضيف: «الزبائن تغيروا، لكن الثقة بقيت».'].join(
      '\n\n',
    ),
    quotes: [
      ['بدأت بمحل صغير في حي البطحاء قبل ثلاثين عاما', 'direct', 'سعد بن محمد القحطاني'],
      ['تواجه منافسة شرسة من المتاجر الإلكترونية', 'partial', 'فهد الشهري'],
      ['الزبائن تغيروا، لكن الثقة بقيت', 'direct', 'سعد بن محمد القحطاني'],
    ],
  },
  {
    what: 'guard: a paragraph that opens on a place, not a person (تزدحم السوق …), then «…»، يقول: the last speaker goes on',
    text: [...trader, 'تزدحم السوق بالزوار في ليالي رمضان. «المتاجر الصغيرة لن تصمد طويلا»، يقول.'].join(
      '\n\n',
    ),
    quotes: [
      ['بدأت بمحل صغير في حي البطحاء قبل ثلاثين عاما', 'direct', 'سعد بن محمد القحطاني'],
      ['تواجه منافسة شرسة من المتاجر الإلكترونية', 'partial', 'فهد الشهري'],
      ['المتاجر الصغيرة لن تصمد طويلا', 'direct', 'فهد الشهري'],
    ],
  },
  {
    what: 'guard: a paragraph that opens on one person, its يقول naming the last speaker as its subject',
    text: [
      ...trader,
      'يعود القحطاني إلى دفتر حساباته القديم. «المتاجر الصغيرة لن تصمد طويلا»، يقول الشهري.',
    ].join('\n\n'),
    quotes: [
      ['بدأت بمحل صغير في حي البطحاء قبل ثلاثين عاما', 'direct', 'سعد بن محمد القحطاني'],
      ['تواجه منافسة شرسة من المتاجر الإلكترونية', 'partial', 'فهد الشهري'],
      ['المتاجر الصغيرة لن تصمد طويلا', 'direct', 'فهد الشهري'],
    ],
  },
];

describe('appos rules: a bare cue in a paragraph goes to the person the paragraph opens on', () => {
  runRows(paragraphRows);
});
