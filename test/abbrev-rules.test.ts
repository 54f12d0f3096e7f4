/**
 * Titles written as one letter and a dot before a name (issue 3), as Saudi papers and Arab outlets write
 * them: د. (الدكتور), م. (المهندس), أ. (الأستاذ), أ.د. (الأستاذ الدكتور), with or without a space after the
 * dot. Between a word and a name the dot is the title's, not a full stop: a cue before it still governs the
 * quote after the name (وأوضح د. فلان أن «…», «…»، قال م. فلان), the name opens after the letter (وقال وزير
 * الصحة د. فلان:), and a long title runs to it (مدير عام صحة منطقة القصيم د. فلان). Guard rows keep the dot
 * that ends a sentence after a one-letter word (فيتامين د., المجموعة أ., عام 2015 م.).
 * Each row of `cueRows` and the last of `nameRows` fails without the change; the other `nameRows` passed
 * before only because the read back stopped at the dot, and keep the split of the title from the name now
 * that the cue reads past it.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const cueRows: readonly Row[] = [
  {
    what: 'وأوضح د. فلان أن «…»: the cue governs the quote past the title’s dot',
    text: 'وأوضح د. خالد بن سعد العتيبي أن «المستشفى سيستقبل المراجعين على مدار الساعة خلال شهر رمضان».',
    quotes: [['المستشفى سيستقبل المراجعين على مدار الساعة خلال شهر رمضان', 'partial', 'خالد بن سعد العتيبي']],
  },
  {
    what: 'وأكد م. فلان أن «…» (المهندس written م.)',
    text: 'وأكد م. فهد بن عبدالله الدوسري أن «أعمال المشروع تسير وفق الجدول الزمني المعتمد».',
    quotes: [['أعمال المشروع تسير وفق الجدول الزمني المعتمد', 'partial', 'فهد بن عبدالله الدوسري']],
  },
  {
    what: 'وقالت أ. فلانة إن «…» (الأستاذة written أ.)',
    text: 'وقالت أ. نورة بنت علي الشهري إن «المدارس ستفتح أبوابها للطالبات يوم الأحد المقبل».',
    quotes: [['المدارس ستفتح أبوابها للطالبات يوم الأحد المقبل', 'partial', 'نورة بنت علي الشهري']],
  },
  {
    what: 'وأشار أ.د. فلان إلى أن «…» (two letters, no space between them)',
    text: 'وأشار أ.د. عبدالرحمن بن ناصر السديس إلى أن «الجامعة ستطلق ثلاثة برامج جديدة للدراسات العليا».',
    quotes: [['الجامعة ستطلق ثلاثة برامج جديدة للدراسات العليا', 'partial', 'عبدالرحمن بن ناصر السديس']],
  },
  {
    what: '«…»، قال م. فلان: the cue after the quote, its subject past the dot',
    text: '«الخطة تستهدف خفض الحوادث بنسبة ثلاثين في المئة»، قال م. طارق الفارس.',
    quotes: [['الخطة تستهدف خفض الحوادث بنسبة ثلاثين في المئة', 'direct', 'طارق الفارس']],
  },
  {
    what: 'وأكد م.فلان أن «…»: no space after the dot',
    text: 'وأكد م.سعود الحربي أن «الطريق سيفتح للحركة قبل نهاية العام».',
    quotes: [['الطريق سيفتح للحركة قبل نهاية العام', 'partial', 'سعود الحربي']],
  },
  {
    what: 'an international outlet: وأوضح الخبير الاقتصادي د. فلان أن «…»',
    text: 'وأوضح الخبير الاقتصادي د. محمد العسومي أن «أسعار النفط ستتعافى ببطء خلال العام المقبل».',
    quotes: [['أسعار النفط ستتعافى ببطء خلال العام المقبل', 'partial', 'محمد العسومي']],
  },
  {
    what: 'a later reference by the surname after م. فلان',
    text: 'وأكد م. سالم القرني أن «العمل متواصل في الموقع». وأضاف القرني أن «المشروع سيسلم في موعده».',
    quotes: [
      ['العمل متواصل في الموقع', 'partial', 'سالم القرني'],
      ['المشروع سيسلم في موعده', 'partial', 'سالم القرني'],
    ],
  },
];

const nameRows: readonly Row[] = [
  {
    what: 'a title, then د. and the name: the name opens after the letter (وزير الصحة د. فلان)',
    text: 'وقال وزير الصحة د. توفيق الربيعة: «سنفتح مراكز صحية جديدة في القرى». وأضاف: «التمويل متوفر».',
    quotes: [
      ['سنفتح مراكز صحية جديدة في القرى', 'direct', 'توفيق الربيعة'],
      ['التمويل متوفر', 'direct', 'توفيق الربيعة'],
    ],
  },
  {
    what: 'وقال م. فلان: (م. alone before the name, then a colon)',
    text: 'وقال م. أحمد بن علي الزهراني: «نحتاج إلى ستة أشهر لإكمال شبكة تصريف الأمطار».',
    quotes: [['نحتاج إلى ستة أشهر لإكمال شبكة تصريف الأمطار', 'direct', 'أحمد بن علي الزهراني']],
  },
  {
    what: 'وقالت أ. فلانة: (أ. alone before a woman’s name)',
    text: 'وقالت أ. منيرة الدوسري: «المبادرة تستهدف ألف أسرة في المنطقة».',
    quotes: [['المبادرة تستهدف ألف أسرة في المنطقة', 'direct', 'منيرة الدوسري']],
  },
  {
    what: 'a long title closed by م. before the name (المدير التنفيذي للشركة م. فلان)',
    text: 'وقال المدير التنفيذي للشركة م. زياد الشيحة: «سنوسع الشبكة في المدن الصغيرة».',
    quotes: [['سنوسع الشبكة في المدن الصغيرة', 'direct', 'زياد الشيحة']],
  },
  {
    what: 'a title closed by أ.د. before the name (عميد كلية الطب أ.د. فلان)',
    text: 'وقال عميد كلية الطب أ.د. حسن الزهراني: «قبلنا مئتي طالب هذا العام».',
    quotes: [['قبلنا مئتي طالب هذا العام', 'direct', 'حسن الزهراني']],
  },
  {
    what: 'an international outlet: وقال المتحدث باسم وزارة الصحة د. فلان:',
    text: 'وقال المتحدث باسم وزارة الصحة د. محمد العبدالعالي: «الحالات المسجلة مستقرة».',
    quotes: [['الحالات المسجلة مستقرة', 'direct', 'محمد العبدالعالي']],
  },
  {
    what: 'a long title of a region’s office runs to د. (مدير إدارة المرور في جدة م. فلان)',
    text: 'وأوضح مدير إدارة المرور في جدة م. محمد القحطاني أن «الإشارات الذكية خفضت الحوادث».',
    quotes: [['الإشارات الذكية خفضت الحوادث', 'partial', 'محمد القحطاني']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: فيتامين د. ends a sentence; the next one’s cue governs',
    text: 'وقال الطبيب إن كثيرا من المرضى يعانون نقص فيتامين د. وأضاف: «ننصح بالتعرض للشمس صباحا».',
    quotes: [['ننصح بالتعرض للشمس صباحا', 'direct', 'الطبيب']],
  },
  {
    what: 'guard: المجموعة أ. ends a sentence before the coach speaks',
    text: 'وتلعب السعودية في المجموعة أ. وقال المدرب: «نحترم جميع المنافسين».',
    quotes: [['نحترم جميع المنافسين', 'direct', 'المدرب']],
  },
  {
    what: 'guard: a year with م. ends a sentence',
    text: 'افتتح المشروع في عام 2015 م. وقال مدير المشروع: «العمل استغرق ثلاث سنوات».',
    quotes: [['العمل استغرق ثلاث سنوات', 'direct', 'مدير المشروع']],
  },
  {
    what: 'guard: فيتامين د. then a new sentence with its own cue and speaker',
    text: 'وأشار التقرير إلى نقص فيتامين د. وقالت الباحثة نورة العتيبي إن «النتائج مقلقة».',
    quotes: [['النتائج مقلقة', 'partial', 'نورة العتيبي']],
  },
  {
    what: 'guard: the full title الدكتور before a title’s name keeps working',
    text: 'وقال وزير الصحة الدكتور توفيق الربيعة: «سنفتح مراكز جديدة».',
    quotes: [['سنفتح مراكز جديدة', 'direct', 'توفيق الربيعة']],
  },
];

/** The letter is no title of its own: a name with its post after it keeps the name (found after the merge). */
const postAfterRows: readonly Row[] = [
  {
    what: 'د. and a name with its post after it, no comma, before a colon',
    text: 'وقال د. عبدالعزيز بن صقر رئيس مركز الخليج للأبحاث: «المنطقة تمر بمرحلة دقيقة».',
    quotes: [['المنطقة تمر بمرحلة دقيقة', 'direct', 'عبدالعزيز بن صقر']],
  },
  {
    what: 'د. and a name with a hospital post after it',
    text: 'وقال د. سامي الحربي مدير مستشفى الولادة بجدة: «الحالة مستقرة ولا داعي للقلق».',
    quotes: [['الحالة مستقرة ولا داعي للقلق', 'direct', 'سامي الحربي']],
  },
  {
    what: 'م. and a name with a company post after it, before إن',
    text: 'وقال م. خالد العتيبي مدير المشروع إن «الأعمال ستنتهي قبل موعدها».',
    quotes: [['الأعمال ستنتهي قبل موعدها', 'partial', 'خالد العتيبي']],
  },
];

describe('abbreviated title before a cue’s subject (د. / م. / أ. / أ.د.)', () => runRows(cueRows));
describe('abbreviated title splits the title from the name', () => runRows(nameRows));
describe('guards: a dot after a one-letter word that ends a sentence', () => runRows(guardRows));
describe('abbreviated title, then a name with its post after it', () => runRows(postAfterRows));
