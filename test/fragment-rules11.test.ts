/**
 * The kind of a quoted fragment inside reported speech (partial, direct or mention), in the shapes news
 * writes most:
 * - a noun of a stance or a bond in construct (تضامن الدولة, دعم المملكة, متانة العلاقات, استياءهم) as
 *   the object of أكد, جدد, أبدى with no أن: a fragment in the narrator's grammar (partial), not a
 *   sentence said; a nominal sentence with its predicate (موقف المملكة ثابت) stays direct;
 * - the same noun phrase after في بيان: the statement's words, not the statement's name;
 * - a short fragment that opens with ب and a quantifier or a noun of manner (بكل جدية, بشكل يومي) after
 *   a definite naming noun and its adjective (ملحق الدوري الأوروبي, الملف الإيراني): how the reported act
 *   is done (partial), not the name of the league or the file; after an indefinite naming noun (حملة «بكل
 *   فخر») it is still a title;
 * - a verb of saying inside the complement (إن الولايات المتحدة تتابع الوضع، أن المتهم اعترف بجريمته)
 *   with its own object and a comma before the quote: it says nothing of the quote, which goes on with
 *   the complement of the cue before (partial, that cue's speaker); قال with a time, a verb before a
 *   preposition and a colon keep the quote the inner speaker's or direct.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const stanceRows: readonly Row[] = [
  {
    what: 'جدد مجلس الوزراء «دعم المملكة الكامل …»: a noun of support in construct, the verb’s object',
    text: 'وجدد مجلس الوزراء في جلسته أمس «دعم المملكة الكامل للحكومة الشرعية في اليمن».',
    quotes: [['دعم المملكة الكامل للحكومة الشرعية في اليمن', 'partial', 'مجلس الوزراء']],
  },
  {
    what: 'أكد ولي العهد "متانة العلاقات بين البلدين": a noun of a bond with its genitive and a place phrase',
    text: 'وأكد ولي العهد الأمير محمد بن نايف خلال لقائه السفير الفرنسي "متانة العلاقات التاريخية بين البلدين".',
    quotes: [['متانة العلاقات التاريخية بين البلدين', 'partial', 'محمد بن نايف']],
  },
  {
    what: 'أبدى سكان الحي "استياءهم …": the noun with its pronoun after a singular verb before a plural subject',
    text: 'وأبدى سكان حي النسيم "استياءهم الشديد من تأخر الحافلات المدرسية".',
    quotes: [['استياءهم الشديد من تأخر الحافلات المدرسية', 'partial', 'سكان حي النسيم']],
  },
  {
    what: 'أكدت الرئاسة في بيان "عمق العلاقات …": a short noun phrase after في بيان is the statement’s words',
    text: 'وأكدت الرئاسة التونسية في بيان "عمق الروابط الأخوية بين الشعبين".',
    quotes: [['عمق الروابط الأخوية بين الشعبين', 'partial', 'الرئاسة التونسية']],
  },
  {
    what: 'أكدت الوزارة "وقوف دولة الكويت …": the genitive after a second noun in construct',
    text: 'وأكدت وزارة الخارجية الكويتية في بيان "وقوف دولة الكويت إلى جانب المملكة في كل ما تتخذه من إجراءات".',
    quotes: [
      ['وقوف دولة الكويت إلى جانب المملكة في كل ما تتخذه من إجراءات', 'partial', 'وزارة الخارجية الكويتية'],
    ],
  },
  {
    what: 'أكد الوزير «استعداد بلاده …»: a genitive with its own pronoun',
    text: 'وأكد وزير الدفاع الفرنسي جان إيف لودريان «استعداد بلاده لتقديم الدعم اللازم للجيش اللبناني».',
    quotes: [['استعداد بلاده لتقديم الدعم اللازم للجيش اللبناني', 'partial', 'جان إيف لودريان']],
  },
  {
    what: 'guard: a genitive with its pronoun, then an indefinite predicate (ثقة بلاده كبيرة): a sentence said',
    text: 'وأكد وزير الخارجية الأردني ناصر جودة "ثقة بلاده كبيرة بقدرة الأشقاء على تجاوز الأزمة".',
    quotes: [['ثقة بلاده كبيرة بقدرة الأشقاء على تجاوز الأزمة', 'direct', 'ناصر جودة']],
  },
  {
    what: 'guard: a nominal sentence with its predicate after أكد (موقف … ثابت) is said whole',
    text: 'وأكد وزير الخارجية عادل الجبير "موقف المملكة من الأزمة السورية ثابت ولن يتغير".',
    quotes: [['موقف المملكة من الأزمة السورية ثابت ولن يتغير', 'direct', 'عادل الجبير']],
  },
  {
    what: 'guard: a noun of a stance as a sentence’s subject with a predicate after its ل-phrase',
    text: 'وأكد وزير الخارجية عادل الجبير «دعم المملكة للشعب السوري مستمر حتى ينال حريته».',
    quotes: [['دعم المملكة للشعب السوري مستمر حتى ينال حريته', 'direct', 'عادل الجبير']],
  },
  {
    what: 'guard: a noun of a thing (مستوى) heads a sentence after أكد, whatever follows it',
    text: 'وأكد مدرب الفريق "مستوى اللاعبين في تحسن مستمر".',
    quotes: [['مستوى اللاعبين في تحسن مستمر', 'direct', 'مدرب الفريق']],
  },
  {
    what: 'guard: after قال in a statement, with a colon, the noun phrase opens a sentence said',
    text: 'وقالت وزارة الصحة في بيان: «جاهزية المستشفيات عالية لاستقبال الحالات».',
    quotes: [['جاهزية المستشفيات عالية لاستقبال الحالات', 'direct', 'وزارة الصحة']],
  },
];

const mannerRows: readonly Row[] = [
  {
    what: 'أن الفريق سيخوض نهائي الدوري الأوروبي «بكل قوة»: ب and a quantifier after a naming noun and its adjective',
    text: 'وأعلن نادي إشبيلية الإسباني أن الفريق سيخوض نهائي الدوري الأوروبي «بكل قوة وإصرار».',
    quotes: [['بكل قوة وإصرار', 'partial', 'نادي إشبيلية']],
  },
  {
    what: 'إن الأجهزة ستتعامل مع الملف الأمني «بكل حزم»: after a definite naming noun and its adjective',
    text: 'وقال وزير الداخلية البحريني الفريق الركن الشيخ راشد بن عبدالله آل خليفة إن الأجهزة الأمنية ستتعامل مع الملف الأمني «بكل حزم».',
    quotes: [['بكل حزم', 'partial', 'راشد بن عبدالله آل خليفة']],
  },
  {
    what: 'guard: an indefinite naming noun (حملة) takes a title that opens with بكل',
    text: 'وأطلقت جمعية البر بالدمام حملة «بكل حب» لدعم الأسر المحتاجة.',
    quotes: [['بكل حب', 'mention', null]],
  },
  {
    what: 'guard: a definite naming noun and its adjective still take a name that opens otherwise',
    text: 'وقال وزير الطاقة إن المملكة ستشارك في المؤتمر الدولي «مستقبل الطاقة» الشهر المقبل.',
    quotes: [['مستقبل الطاقة', 'mention', null]],
  },
];

const innerVerbRows: readonly Row[] = [
  {
    what: 'إن الولايات المتحدة تتابع الوضع عن كثب، "…": تابع with its object inside the complement says nothing of the quote',
    text: 'وقال المتحدث باسم وزارة الخارجية الأمريكية جون كيربي إن بلاده تتابع التطورات في عدن عن كثب، "ونحن على تواصل مع حكومة الرئيس هادي".',
    quotes: [['ونحن على تواصل مع حكومة الرئيس هادي', 'partial', 'جون كيربي']],
  },
  {
    what: 'أن المتهم اعترف بجريمته، «…»: the object after ب is no subject, and the quote is the spokesman’s',
    text: 'وأوضح الناطق الإعلامي لشرطة منطقة مكة المكرمة العقيد عاطي القرشي أن الجاني اعترف بجريمته، «وسيحال إلى هيئة التحقيق والادعاء العام».',
    quotes: [['وسيحال إلى هيئة التحقيق والادعاء العام', 'partial', 'عاطي القرشي']],
  },
  {
    what: 'أن الفرق كشفت عشرات المخالفات، "…": a body’s statement goes on after the verb’s object',
    text: 'وذكرت أمانة منطقة الرياض أن فرقها الرقابية كشفت عشرات المخالفات في المطاعم، "وستطبق العقوبات النظامية بحق أصحابها".',
    quotes: [['وستطبق العقوبات النظامية بحق أصحابها', 'partial', 'أمانة منطقة الرياض']],
  },
  {
    what: 'guard: an inner verb with the noun phrase right after it governs the quote (partial, its subject)',
    text: 'وأضافت الخارجية الأمريكية في بيان أن الوزير جون كيري أكد "ضرورة وقف الغارات على المدنيين".',
    quotes: [['ضرورة وقف الغارات على المدنيين', 'partial', 'جون كيري']],
  },
  {
    what: 'guard: an inner verb before a preposition and a comma, then a quote opening with إن, is the inner speaker’s words',
    text: 'وقالت وكالة الأنباء السعودية إن الأمير خالد الفيصل أكد في كلمته، «إن خدمة الحجاج شرف لهذه البلاد».',
    quotes: [['إن خدمة الحجاج شرف لهذه البلاد', 'direct', 'خالد الفيصل']],
  },
  {
    what: 'guard: a participle with a colon after the إن clause opens a sentence said',
    text: 'وقال وزير العمل مفرج الحقباني إن الوزارة ستواصل حملات التفتيش، مضيفا: «لا تهاون مع المخالفين».',
    quotes: [['لا تهاون مع المخالفين', 'direct', 'مفرج الحقباني']],
  },
];

describe('fragments 11: a noun of a stance as the object of أكد, جدد, أبدى', () => runRows(stanceRows));
describe('fragments 11: a fragment of manner after a naming noun', () => runRows(mannerRows));
describe('fragments 11: a verb of saying inside the complement, before a comma', () =>
  runRows(innerVerbRows));
