/**
 * Long, hyphenated and joined foreign names (foreign11). A reader takes the whole of a foreign name as
 * the speaker, however many words it has and however they are joined, and ties the surname alone to it
 * later:
 * - a double given name written with a hyphen (هانز-يورغن فيبر, ماري-آن): the hyphen, tight between two
 *   words, joins the halves, the word after it is the name's whatever else it spells (جاي-إن), and the
 *   name keeps the hyphen as written;
 * - a middle word spelled like ف, ب or ك with the article (فرانك فالتر شتاينماير): a syllable of the name
 *   when a plain word follows it right before the words are given, not a clitic noun ending the name;
 * - the Portuguese and Spanish particles دا and ديل keep a name going (لويس إيناسيو لولا دا سيلفا);
 * - a number in words after a name is how often he said it (ألف مرة, ثلاث مرات), never a word of it;
 * - a Mauritanian name with ولد has room for a fifth plain word (إسلكو ولد أحمد إزيد بيه), read in
 *   after a title and read back after a nationality;
 * - ب and the article right after a name is the verb's complement (أشاد فلان بالجماهير), so the name
 *   before it is whole and the quote after وقال: is his;
 * - a country or a city right after a foreign name is where he went (زار فلان طهران), not his surname.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (dashes with spaces around an aside, a season's years, a surname that starts with
 * فال at the name's end, a number after a family name with the article, a definite object after a
 * name with ولد).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const hyphenRows: readonly Row[] = [
  {
    what: 'a chief executive with a hyphenated given name, then his surname alone after وتعهد',
    text: [
      'وقال الرئيس التنفيذي الجديد للمجموعة هانز-يورغن فيبر في مؤتمر صحفي إن الشركة "ستعيد هيكلة أقسامها".',
      'وتعهد فيبر بأن تكون السنة المقبلة "سنة النمو".',
    ].join('\n\n'),
    quotes: [
      ['ستعيد هيكلة أقسامها', 'partial', 'هانز-يورغن فيبر'],
      ['سنة النمو', 'partial', 'هانز-يورغن فيبر'],
    ],
  },
  {
    what: 'a French minister with a hyphenated woman’s given name, before a colon',
    text: 'وقالت الوزيرة الفرنسية ماري-آن مونشان: «الحكومة ستدعم المزارعين في مواجهة الجفاف».',
    quotes: [['الحكومة ستدعم المزارعين في مواجهة الجفاف', 'direct', 'ماري-آن مونشان']],
  },
  {
    what: 'a club chairman with a hyphenated given name, then وتابع with his surname',
    text: [
      'وصرح رئيس النادي كارل-هاينز رومينيغه بأن الإدارة "لن تبيع نجومها هذا الصيف".',
      'وتابع رومينيغه: "نريد الفوز بدوري الأبطال".',
    ].join('\n\n'),
    quotes: [
      ['لن تبيع نجومها هذا الصيف', 'partial', 'كارل-هاينز رومينيغه'],
      ['نريد الفوز بدوري الأبطال', 'direct', 'كارل-هاينز رومينيغه'],
    ],
  },
  {
    what: 'a Korean name whose hyphenated last syllable is إن, before the particle إن itself',
    text: 'وقال زعيم المعارضة الكورية الجنوبية مون جاي-إن إن الحوار مع الشمال "هو الطريق الوحيد".',
    quotes: [['هو الطريق الوحيد', 'partial', 'مون جاي-إن']],
  },
  {
    what: 'guard: dashes with spaces around an aside after the name join nothing',
    text: 'وقال وزير المالية إبراهيم العساف - في تصريح للصحفيين - إن الميزانية "ستحقق التوازن".',
    quotes: [['ستحقق التوازن', 'partial', 'إبراهيم العساف']],
  },
  {
    what: 'guard: a season’s years joined by a hyphen after the body’s statement',
    text: 'وقالت الرابطة في بيان إن موسم 2015-2016 "سيبدأ في موعده".',
    quotes: [['سيبدأ في موعده', 'partial', 'الرابطة']],
  },
];

const syllableRows: readonly Row[] = [
  {
    what: 'a German minister whose middle name reads as ف and the article, then his surname alone',
    text: [
      'وقال وزير الخارجية الألماني فرانك فالتر شتاينماير في برلين: "علينا أن نمنح الدبلوماسية فرصة".',
      'وأضاف شتاينماير أن بلاده "مستعدة للمساعدة".',
    ].join('\n\n'),
    quotes: [
      ['علينا أن نمنح الدبلوماسية فرصة', 'direct', 'فرانك فالتر شتاينماير'],
      ['مستعدة للمساعدة', 'partial', 'فرانك فالتر شتاينماير'],
    ],
  },
  {
    what: 'a German economist with such a middle name before إن',
    text: 'وقال الخبير الاقتصادي الألماني يوهان فالتر كراوس إن منطقة اليورو "تجاوزت أسوأ مراحل الأزمة".',
    quotes: [['تجاوزت أسوأ مراحل الأزمة', 'partial', 'يوهان فالتر كراوس']],
  },
  {
    what: 'a hyphenated double name with such a middle word, told to a paper after ل',
    text: [
      'صرح وزير الخارجية الألماني فرانك-فالتر شتاينماير لصحيفة "بيلد" بأن برلين "تدعم الحل السياسي".',
      'وأوضح شتاينماير أن "الوقت ينفد".',
    ].join('\n\n'),
    quotes: [
      ['بيلد', 'mention', null],
      ['تدعم الحل السياسي', 'partial', 'فرانك-فالتر شتاينماير'],
      ['الوقت ينفد', 'partial', 'فرانك-فالتر شتاينماير'],
    ],
  },
  {
    what: 'guard: a surname that starts with فال at the name’s end, before a colon',
    text: 'وقال رئيس الوزراء الفرنسي مانويل فالس: "فرنسا في حرب ضد الإرهاب".',
    quotes: [['فرنسا في حرب ضد الإرهاب', 'direct', 'مانويل فالس']],
  },
];

const particleRows: readonly Row[] = [
  {
    what: 'a Brazilian former president by his five words with دا',
    text: 'وقال الرئيس البرازيلي السابق لويس إيناسيو لولا دا سيلفا إن بلاده "تعيش أزمة سياسية خانقة".',
    quotes: [['تعيش أزمة سياسية خانقة', 'partial', 'لويس إيناسيو لولا دا سيلفا']],
  },
  {
    what: 'guard: دي in a UN envoy’s name, a name of three words',
    text: 'وقال المبعوث الدولي إلى سوريا ستافان دي ميستورا إن الهدنة "ممكنة إذا توفرت الإرادة".',
    quotes: [['ممكنة إذا توفرت الإرادة', 'partial', 'ستافان دي ميستورا']],
  },
];

const numberRows: readonly Row[] = [
  {
    what: 'a coach who said it a thousand times: ألف after his name is no word of it',
    text: 'وقال المدرب الإيطالي كارلو أنشيلوتي ألف مرة إن الفريق "يستحق الأفضل".',
    quotes: [['يستحق الأفضل', 'partial', 'كارلو أنشيلوتي']],
  },
  {
    what: 'a name with no title, then ثلاث مرات before the colon',
    text: 'وردد المهاجم ماريو غوميز ثلاث مرات: «أنا سعيد هنا».',
    quotes: [['أنا سعيد هنا', 'direct', 'ماريو غوميز']],
  },
  {
    what: 'guard: ثلاث after a family name with the article, the name already closed',
    text: 'وقال اللاعب الدولي ياسر القحطاني ثلاث كلمات فقط: "نحن الأفضل".',
    quotes: [['نحن الأفضل', 'direct', 'ياسر القحطاني']],
  },
];

const lineageRows: readonly Row[] = [
  {
    what: 'a Mauritanian minister by five words with ولد after الوزير',
    text: 'وقال الوزير إسلكو ولد أحمد إزيد بيه إن العلاقات مع المملكة "متميزة في كل المجالات".',
    quotes: [['متميزة في كل المجالات', 'partial', 'إسلكو ولد أحمد إزيد بيه']],
  },
  {
    what: 'a Mauritanian minister by five words with ولد after his nationality, read back whole',
    text: 'وقال وزير الخارجية الموريتاني إسلكو ولد أحمد إزيد بيه إن نواكشوط "تقف مع الشرعية في اليمن".',
    quotes: [['تقف مع الشرعية في اليمن', 'partial', 'إسلكو ولد أحمد إزيد بيه']],
  },
  {
    what: 'guard: a definite word after a four-word name with ولد is the verb’s object',
    text: 'وأكد المبعوث الأممي إسماعيل ولد الشيخ أحمد الحاجة إلى "وقف فوري لإطلاق النار".',
    quotes: [['وقف فوري لإطلاق النار', 'partial', 'إسماعيل ولد الشيخ أحمد']],
  },
];

const complementRows: readonly Row[] = [
  {
    what: 'a Brazilian coach who praised the fans with بالجماهير, then وقال:',
    text: 'وأشاد المدرب البرازيلي ماركوس باكيتا بالجماهير السعودية، وقال: "كانوا رائعين طوال المباراة".',
    quotes: [['كانوا رائعين طوال المباراة', 'direct', 'ماركوس باكيتا']],
  },
  {
    what: 'a German ambassador who praised the Saudi role, then وقال:',
    text: 'ونوه السفير الألماني ديتر هالر بالدور السعودي في المنطقة، وقال: «المملكة شريك مهم».',
    quotes: [['المملكة شريك مهم', 'direct', 'ديتر هالر']],
  },
  {
    what: 'a British minister who welcomed the decision, then قائلا:',
    text: 'ورحب وزير الخارجية البريطاني فيليب هاموند بالقرار قائلا: "هذا ما كنا ننتظره".',
    quotes: [['هذا ما كنا ننتظره', 'direct', 'فيليب هاموند']],
  },
];

const placeRows: readonly Row[] = [
  {
    what: 'a chancellor who visited a city right after her name, then وقالت:',
    text: 'وزارت المستشارة الألمانية أنغيلا ميركل برلين الشرقية، وقالت: "هنا بدأت حياتي السياسية".',
    quotes: [['هنا بدأت حياتي السياسية', 'direct', 'أنغيلا ميركل']],
  },
  {
    what: 'a British minister who visited a capital, then وقال إن',
    text: 'وزار وزير الخارجية البريطاني فيليب هاموند طهران، وقال إن السفارة "ستفتح أبوابها قريبا".',
    quotes: [['ستفتح أبوابها قريبا', 'partial', 'فيليب هاموند']],
  },
  {
    what: 'guard: the city after في where he spoke, before إن',
    text: 'وقال وزير الخارجية الأمريكي جون كيري في الرياض إن واشنطن "ملتزمة بأمن الخليج".',
    quotes: [['ملتزمة بأمن الخليج', 'partial', 'جون كيري']],
  },
];

describe('foreign rules 11: hyphenated given names', () => runRows(hyphenRows));
describe('foreign rules 11: a middle syllable spelled like ف and the article', () => runRows(syllableRows));
describe('foreign rules 11: particles that keep a name going', () => runRows(particleRows));
describe('foreign rules 11: a number in words after a name', () => runRows(numberRows));
describe('foreign rules 11: a Mauritanian name of five words', () => runRows(lineageRows));
describe('foreign rules 11: ب and the article after a name', () => runRows(complementRows));
describe('foreign rules 11: a place right after a name', () => runRows(placeRows));
