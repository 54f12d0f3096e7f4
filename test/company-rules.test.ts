/**
 * Companies and their officers (issue 3): where a company's name ends and its officer's name starts.
 * A body's head behind ل or ب (لشركة, لمجموعة, بمصرف) is no word of a person's name: a name read back
 * from its surname stops there, so the company's own name stays the title's (الرئيس التنفيذي لشركة
 * سابك يوسف البنيان). A title's head with عام (مدير عام, أمين عام) governs a body as its genitive like
 * the head alone does (مدير عام شركة الكهرباء فلان), and the name starts after the body's name.
 * A company's name in plain words the title's walk stops inside (لشركة جنرال موتورز ماري بارا) ends
 * where a given name opens the officer's.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (the company speaking, a title with no name, a given name in ل or ب).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const lamBodyRows: readonly Row[] = [
  {
    what: 'الرئيس التنفيذي لشركة and a one-word Arabic company, then the officer and إن',
    text: 'وقال الرئيس التنفيذي لشركة معادن خالد المديفر إن الشركة «ستضاعف إنتاجها من الفوسفات خلال عامين».',
    quotes: [['ستضاعف إنتاجها من الفوسفات خلال عامين', 'partial', 'خالد المديفر']],
  },
  {
    what: 'الرئيس التنفيذي لشركة and a transliterated company, a foreign officer and للصحفيين:',
    text: 'وقال الرئيس التنفيذي لشركة بوينغ دينيس مولنبرغ للصحفيين على هامش معرض دبي للطيران: «الطلب على طائراتنا من الخليج لا يزال قويا».',
    quotes: [['الطلب على طائراتنا من الخليج لا يزال قويا', 'direct', 'دينيس مولنبرغ']],
  },
  {
    what: 'الرئيس التنفيذي لمجموعة and a company, then a time word before the colon',
    text: 'وقال الرئيس التنفيذي لمجموعة زين سكوت غيغنهايمر أمس: «نستهدف نموا في الأرباح بنهاية العام المالي».',
    quotes: [['نستهدف نموا في الأرباح بنهاية العام المالي', 'direct', 'سكوت غيغنهايمر']],
  },
  {
    what: 'a feminine officer of a company after لشركة, then لـ«الاقتصادية»:',
    text: 'وقالت المديرة التنفيذية لشركة نون هند الشمري لـ«الاقتصادية»: «نوسع مستودعاتنا في الرياض وجدة».',
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['نوسع مستودعاتنا في الرياض وجدة', 'direct', 'هند الشمري'],
    ],
  },
];

const generalManagerRows: readonly Row[] = [
  {
    what: 'مدير عام شركة and its definite name, then the manager and إن',
    text: 'وقال مدير عام شركة الكهرباء زياد الشيحة إن الشركة «أنهت تجهيز محطاتها لمواجهة أحمال الصيف».',
    quotes: [['أنهت تجهيز محطاتها لمواجهة أحمال الصيف', 'partial', 'زياد الشيحة']],
  },
  {
    what: 'مدير عام مجموعة and a one-word company, then the manager and a colon',
    text: 'وأوضح مدير عام مجموعة صافولا سامي الهاجري: «نركز في العام المقبل على أسواق الخليج ومصر».',
    quotes: [['نركز في العام المقبل على أسواق الخليج ومصر', 'direct', 'سامي الهاجري']],
  },
  {
    what: 'مدير عام مصرف and its name, then the manager and لـ«الرياض»:',
    text: 'وقال مدير عام مصرف الإنماء عبدالمحسن الفارس لـ«الرياض»: «المصرف حقق أرباحا قياسية في الربع الثالث».',
    quotes: [
      ['الرياض', 'mention', null],
      ['المصرف حقق أرباحا قياسية في الربع الثالث', 'direct', 'عبدالمحسن الفارس'],
    ],
  },
  {
    what: 'أمين عام and a body with its definite genitive, in wire copy',
    text: 'وقال أمين عام اتحاد الغرف الخليجية عبدالرحيم نقي للصحفيين: «التجارة البينية ما زالت دون الطموح».',
    quotes: [['التجارة البينية ما زالت دون الطموح', 'direct', 'عبدالرحيم نقي']],
  },
];

const tailRows: readonly Row[] = [
  {
    what: 'a company of two transliterated words after لشركة, then a foreign officer and للصحفيين:',
    text: 'وقالت الرئيسة التنفيذية لشركة جنرال موتورز ماري بارا للصحفيين في ديترويت: «السيارات الكهربائية هي مستقبل صناعتنا».',
    quotes: [['السيارات الكهربائية هي مستقبل صناعتنا', 'direct', 'ماري بارا']],
  },
  {
    what: 'رئيس شركة and a two-word company, then a Korean officer and إن',
    text: 'وقال رئيس شركة هيونداي موتورز جيمس كيم إن الطلب على سيارات الشركة «تضاعف في أسواق الخليج».',
    quotes: [['تضاعف في أسواق الخليج', 'partial', 'جيمس كيم']],
  },
  {
    what: 'an analyst in a company whose name ends in a plain word (كابيتال), then an Arabic name and a colon',
    text: 'وقال المحلل في شركة أرقام كابيتال طارق فضل الله: «الأسواق الخليجية ستبقى تحت الضغط حتى نهاية العام».',
    quotes: [['الأسواق الخليجية ستبقى تحت الضغط حتى نهاية العام', 'direct', 'طارق فضل الله']],
  },
  {
    what: 'guard: an officer whose given name the lexicon does not hold, then his father’s given name',
    text: 'وقال الرئيس التنفيذي لشركة أسمنت اليمامة جهز عبدالله الوادعي: «الطلب على الإسمنت ضعيف هذا الموسم».',
    quotes: [['الطلب على الإسمنت ضعيف هذا الموسم', 'direct', 'جهز عبدالله الوادعي']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: the company itself speaks, in a statement',
    text: 'وقالت شركة سابك في بيان نشرته على موقع تداول إن أرباحها «تراجعت بسبب انخفاض أسعار المنتجات».',
    quotes: [['تراجعت بسبب انخفاض أسعار المنتجات', 'partial', 'شركة سابك']],
  },
  {
    what: 'guard: the officer of a company named by title alone',
    text: 'وقال الرئيس التنفيذي لشركة الاتصالات السعودية إن الشركة «ستطرح خدمات الجيل الخامس العام المقبل».',
    quotes: [
      ['ستطرح خدمات الجيل الخامس العام المقبل', 'partial', 'الرئيس التنفيذي لشركة الاتصالات السعودية'],
    ],
  },
  {
    what: 'guard: a given name in ب after a title (بشير), read as the name',
    text: 'وقال الرئيس التنفيذي للشركة المهندس بشير الحربي: «سنوزع أرباحا نقدية على المساهمين».',
    quotes: [['سنوزع أرباحا نقدية على المساهمين', 'direct', 'بشير الحربي']],
  },
  {
    what: 'guard: المدير العام with the article before its body behind ل',
    text: 'وقال المدير العام للجمارك أحمد الحقباني: «ضبطنا كميات كبيرة من المواد المهربة في المنافذ».',
    quotes: [['ضبطنا كميات كبيرة من المواد المهربة في المنافذ', 'direct', 'أحمد الحقباني']],
  },
];

describe('a body behind ل before its officer’s name', () => runRows(lamBodyRows));
describe('مدير عام and a body as its genitive', () => runRows(generalManagerRows));
describe('a company’s plain words up to its officer’s given name', () => runRows(tailRows));
describe('guards: a company speaking, a title without a name', () => runRows(guardRows));
