/**
 * Courts, bodies and their documents by their full names (bodyname12):
 * - a court or a prosecutor's office and a city of the gazetteer after في is one name (المحكمة الجزائية
 *   في الرياض, النيابة العامة في روما), with the article too and whatever follows it in a lede (the verb's
 *   object or complement), so that its head alone later (وقالت المحكمة) names it whole; a city that
 *   looks like a nisba (في الإسكندرية) is no adjective left out of the name;
 * - a document the sentence before sent or issued as its object (رفعت الهيئة مذكرة, بعثت الوزارة رسالة,
 *   وجهت الوزارة خطابا) speaks for its issuer after جاء في / ورد في: a noun in ة as written, and the
 *   verbs that send it (وجه, بعث, أرسل) as well as those that issue it.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a ministry and a city, a court in its ruling or in a case, a document no body issued, a letter a person sent).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const seatRows: readonly Row[] = [
  {
    what: 'a criminal court and its city in the lede, then the court alone',
    text: 'قضت المحكمة الجزائية في الدمام بسجن مروج مخدرات عشر سنوات. وقالت المحكمة إن "المتهم ضبط متلبسا".',
    quotes: [['المتهم ضبط متلبسا', 'partial', 'المحكمة الجزائية في الدمام']],
  },
  {
    what: 'a prosecutor’s office and its city before its object, then its head alone',
    text: 'وفتحت النيابة العامة في روما تحقيقا في غرق القارب. وأوضحت النيابة أن «القارب كان يحمل ثلاثمئة مهاجر».',
    quotes: [['القارب كان يحمل ثلاثمئة مهاجر', 'partial', 'النيابة العامة في روما']],
  },
  {
    what: 'an indefinite court and a city shaped like a nisba',
    text: 'وأيدت محكمة النقض في الإسكندرية حكم الإعدام. وذكرت المحكمة أن "الجريمة ارتكبت عمدا".',
    quotes: [['الجريمة ارتكبت عمدا', 'partial', 'محكمة النقض في الإسكندرية']],
  },
  {
    what: 'two courts, each with its city',
    text: 'وقالت محكمة الجنح في تونس إن «الصحفي بريء». وقالت محكمة الاستئناف في القاهرة إن "الطعن مرفوض شكلا".',
    quotes: [
      ['الصحفي بريء', 'partial', 'محكمة الجنح في تونس'],
      ['الطعن مرفوض شكلا', 'partial', 'محكمة الاستئناف في القاهرة'],
    ],
  },
  {
    what: 'guard: a ministry and a city after في is where it spoke',
    text: 'وقالت وزارة الخارجية في موسكو إن "المفاوضات ستستأنف".',
    quotes: [['المفاوضات ستستأنف', 'partial', 'وزارة الخارجية']],
    // engine gap: a plain city after a ministry's name ends the phrase, so it is read as the ministry's
    // seat (وزارة الخارجية في موسكو); this change leaves ministries alone.
    gaps: ['attribution'],
  },
  {
    what: 'guard: a court in its ruling',
    text: 'وقالت المحكمة الإدارية في حكمها إن «القرار صدر دون سند».',
    quotes: [['القرار صدر دون سند', 'partial', 'المحكمة الإدارية']],
  },
  {
    what: 'guard: a court looking into a case, then the court alone',
    text: 'ونظرت المحكمة الجزائية في قضية الاختلاس أمس. وقالت المحكمة إن "المتهمين أنكروا التهم".',
    quotes: [['المتهمين أنكروا التهم', 'partial', 'المحكمة الجزائية']],
  },
];

const documentRows: readonly Row[] = [
  {
    what: 'a memorandum a body raised, then جاء في المذكرة',
    text: 'ورفعت هيئة الرقابة والتحقيق مذكرة إلى المقام السامي. وجاء في المذكرة أن «المشروع تعثر ثلاث سنوات».',
    quotes: [['المشروع تعثر ثلاث سنوات', 'partial', 'هيئة الرقابة والتحقيق']],
  },
  {
    what: 'a letter a ministry sent, then ورد في الرسالة',
    text: 'وبعثت وزارة التعليم رسالة إلى مديري المدارس. وورد في الرسالة أن "الدوام يبدأ السابعة صباحا".',
    quotes: [['الدوام يبدأ السابعة صباحا', 'partial', 'وزارة التعليم']],
  },
  {
    what: 'a letter a ministry addressed with وجه, then جاء في الخطاب',
    text: 'ووجهت وزارة الإسكان خطابا إلى المطورين. وجاء في الخطاب أن «الأراضي ستسلم قريبا».',
    quotes: [['الأراضي ستسلم قريبا', 'partial', 'وزارة الإسكان']],
  },
  {
    what: 'guard: a report no one issued keeps no speaker',
    text: 'وجاء في التقرير أن "البطالة تراجعت".',
    quotes: [['البطالة تراجعت', 'partial', null]],
  },
  {
    what: 'guard: a letter a citizen sent is his',
    text: 'وأرسل المواطن سعد رسالة إلى البلدية. وجاء في الرسالة أن «الحفريات أغلقت الشارع».',
    quotes: [['الحفريات أغلقت الشارع', 'partial', 'سعد']],
  },
];

describe('a court’s city after في', () => runRows(seatRows));
describe('a document sent or issued speaks for its issuer', () => runRows(documentRows));
