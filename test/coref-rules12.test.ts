/**
 * The title alone and the one named with it before (coref12). A later sentence that names its speaker
 * by a title alone or a short reference speaks for the person or body the article named with it, under
 * the fullest name it gave:
 * - a title in apposition between commas whose workplace or field runs on after في (، الباحث في شؤون
 *   الطاقة،, ، المديرة في برنامج الأمم المتحدة الإنمائي،, ، رئيس لجنة المقاولين في الغرفة التجارية في
 *   مكة المكرمة،) is the named person's, so the title alone later (وأضاف الباحث، وقالت المديرة، وأشار
 *   رئيس اللجنة) finds that person;
 * - a body named in the lede as the subject of a verb whose object follows (أعلنت المؤسسة العامة …
 *   تشغيل), its name so read open, then by its head alone (وقالت المؤسسة): the name, not the head;
 * - a relative named with a relation noun (وقال والدها فلان الفلاني) whose name is the father's inside
 *   a full name given before (فلانة بنت فلان الفلاني) is another person, not the child's short name.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a prince's بن in his short name, her own given and family name, two bodies of one
 * head, a head alone with no body named, a second holder of the title).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const appositionRows: readonly Row[] = [
  {
    what: 'a researcher in apposition with his field after في شؤون, then الباحث alone after وأضاف',
    text: [
      'قال مارك ديفيدسون، الباحث في شؤون الخليج العربي، إن الاتفاق يقلق دول المنطقة.',
      'وأضاف الباحث أن "العواصم الخليجية تنتظر ضمانات مكتوبة".',
    ].join('\n\n'),
    quotes: [['العواصم الخليجية تنتظر ضمانات مكتوبة', 'partial', 'مارك ديفيدسون']],
  },
  {
    what: 'a woman expert in apposition with her field after في, then الخبيرة alone with a colon',
    text: [
      'توقعت كارين يونغ، الخبيرة في أسواق الطاقة العالمية، أن تتراجع أسعار النفط خلال الربع الثالث.',
      'وقالت الخبيرة: «المخزونات الأمريكية ما زالت مرتفعة».',
    ].join('\n\n'),
    quotes: [['المخزونات الأمريكية ما زالت مرتفعة', 'direct', 'كارين يونغ']],
  },
  {
    what: 'a director in a UN programme in apposition, then المديرة alone after أوضحت',
    text: [
      'قالت إليزابيث بيرد، المديرة في برنامج الأغذية العالمي، إن المساعدات وصلت إلى تعز.',
      'وأوضحت المديرة أن "الطرق ما زالت مغلقة أمام الشاحنات".',
    ].join('\n\n'),
    quotes: [['الطرق ما زالت مغلقة أمام الشاحنات', 'partial', 'إليزابيث بيرد']],
  },
  {
    what: 'a committee head in apposition with his chamber and its city after two في, then رئيس اللجنة alone',
    text: [
      'قال عبدالله العمري، رئيس لجنة المقاولين في الغرفة التجارية في مكة المكرمة، إن المشروعات تأخرت.',
      'وأشار رئيس اللجنة إلى أن «المقاولين ينتظرون مستحقاتهم منذ أشهر».',
    ].join('\n\n'),
    quotes: [['المقاولين ينتظرون مستحقاتهم منذ أشهر', 'partial', 'عبدالله العمري']],
  },
  {
    what: 'guard: a second researcher named with the title is the one who speaks',
    text: [
      'قال مارك ديفيدسون، الباحث في شؤون الخليج، إن الاتفاق يقلق دول المنطقة.',
      'وقال الباحث الأمريكي جيمس دورسي: "الخليج سيتكيف مع الواقع الجديد".',
    ].join('\n\n'),
    quotes: [['الخليج سيتكيف مع الواقع الجديد', 'direct', 'جيمس دورسي']],
  },
  {
    what: 'guard: a title alone with no one named with it stays the title',
    text: [
      'انهار مبنى سكني قديم في حي البلد بجدة.',
      'وقال المهندس: "المبنى لم يخضع للصيانة منذ سنوات".',
    ].join('\n\n'),
    quotes: [['المبنى لم يخضع للصيانة منذ سنوات', 'direct', 'المهندس']],
  },
];

const bodyRows: readonly Row[] = [
  {
    what: 'a public corporation named in the lede before its object, then المؤسسة alone after وأضافت',
    text: [
      'أعلنت المؤسسة العامة لتحلية المياه المالحة تشغيل محطة رأس الخير بطاقتها الكاملة.',
      'وأضافت المؤسسة أن "المحطة ستغطي حاجة الرياض في الصيف".',
    ].join('\n\n'),
    quotes: [['المحطة ستغطي حاجة الرياض في الصيف', 'partial', 'المؤسسة العامة لتحلية المياه المالحة']],
  },
  {
    what: 'a presidency named in the lede before عن, then الرئاسة alone after قالت إن',
    text: [
      'كشفت الرئاسة العامة لرعاية الشباب عن خطة لتأهيل الملاعب قبل انطلاق الموسم.',
      'وقالت الرئاسة إن «العمل سينتهي قبل نهاية أغسطس».',
    ].join('\n\n'),
    quotes: [['العمل سينتهي قبل نهاية أغسطس', 'partial', 'الرئاسة العامة لرعاية الشباب']],
  },
  {
    what: 'guard: two corporations of one head named in turn, the head alone after them is the last',
    text: [
      'أعلنت المؤسسة العامة للتقاعد صرف معاشات شهر رمضان.',
      'كما أعلنت المؤسسة العامة للتأمينات الاجتماعية رفع نسبة الاشتراك.',
      'وقالت المؤسسة: "القرار يطبق مطلع العام".',
    ].join('\n\n'),
    quotes: [['القرار يطبق مطلع العام', 'direct', 'المؤسسة العامة للتأمينات الاجتماعية']],
  },
  {
    what: 'guard: a head alone with no body of that head named stays the head',
    text: [
      'اندلع حريق في مستودع بالمنطقة الصناعية الثانية.',
      'وقالت الشركة: "لم تقع إصابات بين العمال".',
    ].join('\n\n'),
    quotes: [['لم تقع إصابات بين العمال', 'direct', 'الشركة']],
  },
];

const relativeRows: readonly Row[] = [
  {
    what: 'a girl named with بنت and her father’s name, then the father after والدها with a colon',
    text: [
      'حصدت الطالبة جود بنت ناصر الحربي المركز الأول في أولمبياد الرياضيات.',
      'وقال والدها ناصر الحربي: "جود تقضي ساعات في حل المسائل".',
    ].join('\n\n'),
    quotes: [['جود تقضي ساعات في حل المسائل', 'direct', 'ناصر الحربي']],
  },
  {
    what: 'a young man named with بن and his father’s name, then the father after والده with إن',
    text: [
      'أنقذ الشاب تركي بن مبارك السبيعي أسرة من الغرق في وادي حنيفة.',
      'وقال والده مبارك السبيعي لـ«سبق» إن "ابنه لم يتردد لحظة".',
    ].join('\n\n'),
    quotes: [
      ['سبق', 'mention', null],
      ['ابنه لم يتردد لحظة', 'partial', 'مبارك السبيعي'],
    ],
  },
  {
    what: 'the son quoted under his full name with بن, then the father after والده: each under his own name',
    text: [
      'قال اللاعب فيصل بن عبدالله الغامدي: "أهدي الهدف لوالدتي".',
      'وقال والده عبدالله الغامدي: «فيصل تعب حتى وصل».',
    ].join('\n\n'),
    quotes: [
      ['أهدي الهدف لوالدتي', 'direct', 'فيصل بن عبدالله الغامدي'],
      ['فيصل تعب حتى وصل', 'direct', 'عبدالله الغامدي'],
    ],
  },
  {
    what: 'guard: a prince called back by بن and his father’s name is the prince himself',
    text: [
      'قال ولي ولي العهد الأمير محمد بن سلمان إن الإصلاحات ستستمر.',
      'وأضاف بن سلمان: "نعمل على تنويع الاقتصاد".',
    ].join('\n\n'),
    quotes: [['نعمل على تنويع الاقتصاد', 'direct', 'محمد بن سلمان']],
  },
  {
    what: 'guard: her own short name (her given name and family name) is still hers',
    text: ['قالت الطالبة لمى بنت سعد العنزي: "سأدرس الهندسة".', 'وأضافت لمى العنزي: «حلمي منذ الصغر».'].join(
      '\n\n',
    ),
    quotes: [
      ['سأدرس الهندسة', 'direct', 'لمى بنت سعد العنزي'],
      ['حلمي منذ الصغر', 'direct', 'لمى بنت سعد العنزي'],
    ],
  },
];

describe('coref12: a title alone in apposition after في', () => runRows(appositionRows));
describe('coref12: a body’s head alone after its name read open', () => runRows(bodyRows));
describe('coref12: a father named after a relation noun', () => runRows(relativeRows));
