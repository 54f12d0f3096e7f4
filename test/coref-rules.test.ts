/**
 * Short references tied to the fullest name the article gives (issue 3): a body's head alone with the
 * article (الوزارة, الهيئة, القوات, الشركة, الجبهة) names the body the text named in full before it,
 * wherever that was (an object, after في or ل, the lede), through the article's register of bodies'
 * names. Each rule row is a passage written here in news style and fails without the register; a guard
 * row keeps the opposite case (two bodies of one head, a head used for no named body, a name given
 * only after the short reference).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const corefRows: readonly Row[] = [
  {
    what: 'a ministry named after في in the lede (فرق الرقابة في وزارة …), then وقالت الوزارة في بيان إن',
    text: [
      'نفذت فرق الرقابة في وزارة البيئة والمياه والزراعة أمس جولات على أسواق النفع العام في محافظة الأحساء، وصادرت كميات من الخضار المخالفة.',
      'وقالت الوزارة في بيان إن الجولات «ستتواصل طوال شهر رمضان في جميع المحافظات».',
    ].join('\n\n'),
    quotes: [['ستتواصل طوال شهر رمضان في جميع المحافظات', 'partial', 'وزارة البيئة والمياه والزراعة']],
  },
  {
    what: 'forces named as the object of another verb (وتتهم منظمات حقوقية قوات …), then وهو ما نفته القوات، مؤكدة أنها',
    text: 'وتتهم منظمات حقوقية قوات الأمن المركزي باستخدام القوة المفرطة ضد المحتجين، وهو ما نفته القوات، مؤكدة أنها «التزمت بضبط النفس».',
    quotes: [['التزمت بضبط النفس', 'partial', 'قوات الأمن المركزي']],
  },
  {
    what: 'a Saudi authority named in a genitive after ب (بجهود هيئة …), then وأكدت الهيئة أن',
    text: [
      'ونوه المشاركون في الملتقى بجهود هيئة تنمية الصادرات السعودية في فتح أسواق جديدة للمنتجات الوطنية.',
      'وأكدت الهيئة أن الصادرات غير النفطية «سجلت نموا قياسيا خلال الربع الأخير».',
    ].join('\n\n'),
    quotes: [['سجلت نموا قياسيا خلال الربع الأخير', 'partial', 'هيئة تنمية الصادرات السعودية']],
  },
  {
    what: 'a company named after مع, the object of another body’s verb, then وقالت الشركة في بيان إن',
    text: [
      'ووقعت وزارة الطاقة أمس اتفاقية مع شركة أرامكو السعودية لتطوير حقل الجافورة للغاز.',
      'وقالت الشركة في بيان إن المشروع «سيرفع إنتاج الغاز بنسبة كبيرة خلال خمس سنوات».',
    ].join('\n\n'),
    quotes: [['سيرفع إنتاج الغاز بنسبة كبيرة خلال خمس سنوات', 'partial', 'شركة أرامكو السعودية']],
  },
  {
    what: 'an opposition front named as the object of the government’s verb, then وقالت الجبهة: in the next paragraph',
    text: [
      'واتهمت الحكومة الأردنية جبهة العمل الإسلامي بعرقلة الحوار الوطني حول قانون الانتخاب.',
      'وقالت الجبهة في بيان: «لم نرفض الحوار، بل رفضنا أن تفرض علينا نتائجه مسبقا».',
    ].join('\n\n'),
    quotes: [['لم نرفض الحوار، بل رفضنا أن تفرض علينا نتائجه مسبقا', 'direct', 'جبهة العمل الإسلامي']],
  },
  {
    what: 'guard: two ministries named before (وزارة الصحة ووزارة التعليم), then الوزارة alone stays itself',
    text: [
      'وشارك في الاجتماع ممثلون عن وزارة الصحة ووزارة التعليم لبحث عودة الطلاب إلى المدارس.',
      'وقالت الوزارة في بيان إن «العودة ستكون تدريجية».',
    ].join('\n\n'),
    quotes: [['العودة ستكون تدريجية', 'partial', 'الوزارة']],
  },
  {
    what: 'guard: a company that the article never names (شركة ناشئة), then وقالت الشركة, stays الشركة',
    text: [
      'وأسس ثلاثة مهندسين سعوديين شركة ناشئة في جدة لتوصيل الطلبات بالطائرات المسيرة.',
      'وقالت الشركة في بيان إن «التجربة الأولى نجحت في حي الشاطئ».',
    ].join('\n\n'),
    quotes: [['التجربة الأولى نجحت في حي الشاطئ', 'partial', 'الشركة']],
  },
  {
    what: 'guard: the body named in full only after the short reference is not its name',
    text: [
      'وقالت الوزارة إن «الامتحانات ستعقد في موعدها».',
      'وكانت وزارة التربية الوطنية قد نفت أمس شائعات التأجيل.',
    ].join('\n\n'),
    quotes: [['الامتحانات ستعقد في موعدها', 'partial', 'الوزارة']],
  },
];

describe('coref rules: a body’s head alone names the body the article named in full before', () => {
  runRows(corefRows);
});
