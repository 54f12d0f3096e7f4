/**
 * The opposite cases of the fragment rules of fragments11, read again:
 * - a quoted noun phrase of a stance (دعم القيادة, حرص الطلاب, دعم المملكة لمصر) has its predicate when
 *   a word after it opens with و or ل but is no conjunct or phrase (واضح, وفير, لافت, لازمة), when it
 *   follows a place's name, which is definite with no article (لمصر ثابت), or when a second predicate is
 *   joined with ولن/ولم: the quote is a sentence said (direct), not the verb's object;
 * - a place's name, or a noun with the pronoun نا, after the stance noun is its definite genitive
 *   (التزام واشنطن بأمن الخليج, استعداد قواتنا), and حتى or an adverb of place after a definite word is
 *   no predicate (حتى تطهير, خلف رجال الأمن);
 * - after في تقرير, a quote that the sentence goes on after (الصادر عن …, توقعاته) is the report's
 *   title (mention), not its words;
 * - a quote opening with بكل after a work named by a text (فيلمه الجديد, كتابه الأخير) is its title.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the shape the merged rules read right.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const predicateRows: readonly Row[] = [
  {
    what: 'أكد «دعم الدولة للمزارعين واضح للجميع»: a predicate that opens with و is no conjunct',
    text: 'وأكد وزير الزراعة عبدالرحمن الفضلي «دعم الدولة للمزارعين واضح للجميع».',
    quotes: [['دعم الدولة للمزارعين واضح للجميع', 'direct', 'عبدالرحمن الفضلي']],
  },
  {
    what: 'أكد «اهتمام القيادة بالرياضة وفير»: a predicate with و at the quote’s end',
    text: 'وأكد رئيس هيئة الرياضة الأمير عبدالله بن مساعد «اهتمام القيادة بالأندية الرياضية وفير».',
    quotes: [['اهتمام القيادة بالأندية الرياضية وفير', 'direct', 'عبدالله بن مساعد']],
  },
  {
    what: 'أكد «حرص الأهالي على المشاركة لافت»: a participle that opens with ل is the predicate',
    text: 'وأكد محافظ الأحساء الأمير بدر بن محمد بن جلوي «حرص الأهالي على المشاركة في المهرجان لافت».',
    quotes: [['حرص الأهالي على المشاركة في المهرجان لافت', 'direct', 'بدر بن محمد بن جلوي']],
  },
  {
    what: 'أكد «مشاركة السودان في التحالف لازمة»: a feminine participle with ل',
    text: 'وأكد وزير الخارجية السوداني إبراهيم غندور «مشاركة السودان في عاصفة الحزم لازمة».',
    quotes: [['مشاركة السودان في عاصفة الحزم لازمة', 'direct', 'إبراهيم غندور']],
  },
  {
    what: 'أكد «دعم المملكة لتونس ثابت»: after a place’s name, definite with no article, the predicate',
    text: 'وأكد السفير السعودي في تونس عبدالعزيز الصقر «دعم المملكة لتونس ثابت».',
    quotes: [['دعم المملكة لتونس ثابت', 'direct', 'عبدالعزيز الصقر']],
  },
  {
    what: 'أكد «رفض الكويت لأي تدخل خارجي قاطع ولن يتغير»: a second predicate joined by ولن after an indefinite word',
    text: 'وأكد نائب وزير الخارجية الكويتي خالد الجارالله «رفض الكويت لأي تدخل خارجي قاطع ولن يتغير».',
    quotes: [['رفض الكويت لأي تدخل خارجي قاطع ولن يتغير', 'direct', 'خالد الجارالله']],
  },
  {
    what: 'أكد «التزام واشنطن بأمن الخليج»: a place’s name is the definite genitive (partial)',
    text: 'وأكد وزير الدفاع الأمريكي آشتون كارتر «التزام واشنطن بأمن حلفائها في الخليج».',
    quotes: [['التزام واشنطن بأمن حلفائها في الخليج', 'partial', 'آشتون كارتر']],
  },
  {
    what: 'جدد «التزام حكومته بمحاربة الإرهاب حتى تحرير …»: حتى after a definite word is no predicate',
    text: 'وجدد رئيس الوزراء العراقي حيدر العبادي "التزام حكومته بملاحقة عناصر التنظيم حتى تطهير محافظة الأنبار".',
    quotes: [['التزام حكومته بملاحقة عناصر التنظيم حتى تطهير محافظة الأنبار', 'partial', 'حيدر العبادي']],
  },
  {
    what: 'أكد «استعداد قواتنا …»: a genitive with the pronoun نا is definite',
    text: 'وأكد قائد حرس الحدود اللواء عواد البلوي «استعداد قواتنا للتصدي لأي محاولة تسلل».',
    quotes: [['استعداد قواتنا للتصدي لأي محاولة تسلل', 'partial', 'عواد البلوي']],
  },
  {
    what: 'أكد «وقوف المواطنين خلف رجال الأمن»: an adverb of place after a definite word is no predicate',
    text: 'وأكد أمير المنطقة الشرقية الأمير سعود بن نايف «وقوف المواطنين خلف رجال الأمن في مواجهة الإرهاب».',
    quotes: [['وقوف المواطنين خلف رجال الأمن في مواجهة الإرهاب', 'partial', 'سعود بن نايف']],
  },
  {
    what: 'guard: a genitive with نا, then an indefinite predicate (حرص بلادنا كبير): a sentence said',
    text: 'وأكد وزير الخارجية اليمني رياض ياسين «حرص بلادنا كبير على إنجاح مشاورات جنيف».',
    quotes: [['حرص بلادنا كبير على إنجاح مشاورات جنيف', 'direct', 'رياض ياسين']],
  },
  {
    what: 'guard: و with the article or a definite genitive after it is a conjunct (partial)',
    text: 'وجدد مجلس الوزراء «دعم المملكة وتأييدها للحكومة الشرعية وتعزيز الأمن في اليمن».',
    quotes: [['دعم المملكة وتأييدها للحكومة الشرعية وتعزيز الأمن في اليمن', 'partial', 'مجلس الوزراء']],
  },
  {
    what: 'guard: a place’s name, then a pair of accusatives (حكومة وشعبا), is no predicate',
    text: 'وأكد وزير الخارجية عادل الجبير «وقوف المملكة مع مصر حكومة وشعبا».',
    quotes: [['وقوف المملكة مع مصر حكومة وشعبا', 'partial', 'عادل الجبير']],
  },
  {
    what: 'guard: a place’s name, then a phrase with ل (لمصر في حربها), is no predicate',
    text: 'وأكد السفير السعودي في القاهرة أحمد قطان «دعم المملكة لمصر في حربها على الإرهاب».',
    quotes: [['دعم المملكة لمصر في حربها على الإرهاب', 'partial', 'أحمد قطان']],
  },
];

const titleRows: readonly Row[] = [
  {
    what: 'تقدمت في تقرير «التنافسية العالمية» الصادر عن …: a report goes on after its title',
    text: 'وأوضح وزير الاقتصاد والتخطيط عادل فقيه أن المملكة تقدمت في تقرير «التنافسية العالمية» الصادر عن المنتدى الاقتصادي العالمي.',
    quotes: [['التنافسية العالمية', 'mention', null]],
  },
  {
    what: 'نشر البنك في تقرير «آفاق الاقتصاد العالمي» توقعاته: the object after the title',
    text: 'ونشر صندوق النقد الدولي في تقرير «آفاق الاقتصاد الإقليمي» توقعاته لنمو اقتصادات الخليج.',
    quotes: [['آفاق الاقتصاد الإقليمي', 'mention', null]],
  },
  {
    what: 'guard: في بيان «…» then a time: the statement’s words (partial)',
    text: 'وأكدت وزارة الخارجية البحرينية في بيان «تضامن مملكة البحرين الكامل مع الكويت» مساء أمس.',
    quotes: [['تضامن مملكة البحرين الكامل مع الكويت', 'partial', 'وزارة الخارجية البحرينية']],
  },
  {
    what: 'إن فيلمه الجديد «بكل بساطة» سيعرض: بكل after a work with its pronoun and adjective is its title',
    text: 'وقال المخرج السعودي عبدالله آل عياف إن فيلمه الجديد «بكل بساطة» سيعرض في مهرجان دبي السينمائي.',
    quotes: [['بكل بساطة', 'mention', null]],
  },
  {
    what: 'إن كتابه «بكل الألوان» يتناول …: after a possessed work noun',
    text: 'وقالت الروائية السعودية رجاء عالم إن كتابها «بكل الألوان» يتناول قصص المغتربين في الخليج.',
    quotes: [['بكل الألوان', 'mention', null]],
  },
];

describe('review43: a quoted stance phrase with its predicate is a sentence said', () =>
  runRows(predicateRows));
describe('review43: a report’s or a work’s title after في تقرير, فيلمه', () => runRows(titleRows));
