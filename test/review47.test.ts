/**
 * Opposite cases of the names11 rules (review47), and one regression of the same hour's merges:
 * - ل and people after a serving body in a genitive are its field when the body has a word of its own
 *   after it (إدارة الجمعية السعودية للمتقاعدين), and whom it spoke to only when the genitive is bare
 *   (قيادة التحالف للصحفيين);
 * - a family name in فعيه (فقيه, نزيه) is no noun with a pronoun: the plain word before it stays in the
 *   body's name (مجموعة مستشفيات فقيه), where a real pronoun still ends it (أكدت الحركة دعم مرشحها);
 * - a state in فعيلا after a foreign first name (بدا بيب مريضا في, سقط فلان قتيلا في) is how he was,
 *   not his family name;
 * - the word after عبد is the compound's second half even when it folds as a title (عبد ربه: ربة).
 * Each rule row fails without its fix; the guards keep the shapes the merged rules were written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'a serving body with its own adjective inside a genitive keeps its people after ل as its field',
    text: 'وقالت إدارة الجمعية السعودية للمتقاعدين في بيان إن مطالب الأعضاء "مشروعة".',
    quotes: [['مشروعة', 'partial', 'إدارة الجمعية السعودية للمتقاعدين']],
  },
  {
    what: 'guard: a bare genitive before ل and the press: the press is whom the command told',
    text: 'وقالت قيادة التحالف للصحفيين في الرياض إن الطلعات "حققت أهدافها".',
    quotes: [['حققت أهدافها', 'partial', 'قيادة التحالف']],
  },
  {
    what: "a family name in فعيه after a plain plural is the body's, not a pronoun's noun",
    text: 'وقالت إدارة مجموعة مستشفيات فقيه إن الحريق "محدود ولم يسفر عن إصابات".',
    quotes: [['محدود ولم يسفر عن إصابات', 'partial', 'إدارة مجموعة مستشفيات فقيه']],
  },
  {
    what: "guard: a plain noun before a noun with a pronoun is still the verb's object",
    text: 'وأكدت حركة النهضة التونسية دعم مرشحها، وقالت في بيان: "نثق في برنامجه".',
    quotes: [['نثق في برنامجه', 'direct', 'حركة النهضة التونسية']],
  },
  {
    what: 'a state in فعيلا after a foreign first name before في is how he looked, not his surname',
    text: 'وبدا المدرب الإسباني بيب مريضا في المؤتمر الصحفي، وقال: "أنا بخير".',
    quotes: [['أنا بخير', 'direct', 'بيب']],
  },
  {
    what: 'نحيفا after a foreign first name before في: how he looked, not his surname',
    text: 'وبدا الروائي البيروفي ماريو نحيفا في حفل التكريم، وقال: "الكتابة تبقيني حيا".',
    quotes: [['الكتابة تبقيني حيا', 'direct', 'ماريو']],
  },
  {
    what: 'guard: a foreign surname in فعيلا before a comma is still read as the surname',
    text: 'وقال الطبيب الغابوني جان نغيما، الذي يقود فريق الإغاثة، إن الوضع "مقلق".',
    quotes: [['مقلق', 'partial', 'جان نغيما']],
  },
  {
    what: 'عبد ربه after a title: the plain second half of the compound, though it folds as ربة',
    text: 'وقال الرئيس اليمني عبد ربه منصور هادي في كلمة متلفزة إن الانقلاب "لن يمر".',
    quotes: [['لن يمر', 'partial', 'عبد ربه منصور هادي']],
  },
  {
    what: 'عبد ربه with no title before it',
    text: 'وقال عبد ربه منصور هادي للصحفيين في الرياض: "سنعود إلى عدن".',
    quotes: [['سنعود إلى عدن', 'direct', 'عبد ربه منصور هادي']],
  },
  {
    what: 'guard: ربة before المنزل is still a title before the name',
    text: 'وقالت ربة المنزل أم خالد لمراسل عكاظ: "الأسعار ارتفعت كثيرا".',
    quotes: [['الأسعار ارتفعت كثيرا', 'direct', 'أم خالد']],
  },
];

describe('review47: opposite cases of the names11 rules', () => runRows(rows));
