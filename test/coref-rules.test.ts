/**
 * Short references tied to the fullest name the article gives (issue 3): a body's head alone with the
 * article (الوزارة, الهيئة, القوات, الشركة, الجبهة) names the body the text named in full before it,
 * wherever that was (an object, after في or ل, the lede), through the article's register of bodies'
 * names; and a description quoted before the paragraph that names the person (الرجل الخمسيني, الأم).
 * Each rule row is a passage written here in news style and fails without its rule; a guard
 * row keeps the opposite case (two bodies of one head, a head used for no named body, a name given
 * only after the short reference; a next person with a role, another verb, or someone named between).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

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

const descriptionRows: readonly Row[] = [
  {
    what: 'a young man quoted as الشاب, then named in the next paragraph with ويضيف (he spoke before)',
    text: [
      'يقف الشاب العشريني كل صباح أمام مكتب العمل في حي الملز منذ ثلاثة أشهر.',
      'يقول الشاب، الذي تخرج في كلية الهندسة عام 2013: «أرسلت أكثر من مئتي طلب توظيف ولم يصلني رد واحد».',
      'ويضيف فيصل عبدالله المطيري، وهو الابن الأكبر لأسرة من سبعة أفراد: «تقاعد والدي العام الماضي، وأصبحت أنا المسؤول عن البيت».',
    ].join('\n\n'),
    quotes: [
      ['أرسلت أكثر من مئتي طلب توظيف ولم يصلني رد واحد', 'direct', 'فيصل عبدالله المطيري'],
      ['تقاعد والدي العام الماضي، وأصبحت أنا المسؤول عن البيت', 'direct', 'فيصل عبدالله المطيري'],
    ],
  },
  {
    what: 'a refugee woman quoted as السيدة الستينية, then named with وتضيف and a comma aside',
    text: [
      'في خيمة على أطراف مخيم الزعتري، تعد امرأة في الستين من عمرها الخبز لأحفادها.',
      'تقول السيدة الستينية: «فقدت ولدين في الحرب، ولم يبق لي غير هؤلاء الصغار».',
      'وتضيف سعاد المحاميد، وهي أرملة منذ عشر سنوات: «نعيش على ما تقدمه المنظمات، وهو لا يكفي».',
    ].join('\n\n'),
    quotes: [
      ['فقدت ولدين في الحرب، ولم يبق لي غير هؤلاء الصغار', 'direct', 'سعاد المحاميد'],
      ['نعيش على ما تقدمه المنظمات، وهو لا يكفي', 'direct', 'سعاد المحاميد'],
    ],
  },
  {
    what: 'guard: the next one quoted has a role of his own (ويضيف الشرطي فلان): الرجل stays himself',
    text: [
      'يقول الرجل: «انتظرت الإسعاف ساعة كاملة».',
      'ويضيف الشرطي أحمد علي السالم: «وصلنا بعد البلاغ بعشر دقائق».',
    ].join('\n\n'),
    quotes: [
      ['انتظرت الإسعاف ساعة كاملة', 'direct', 'الرجل'],
      ['وصلنا بعد البلاغ بعشر دقائق', 'direct', 'أحمد علي السالم'],
    ],
  },
  {
    what: 'guard: the next one quoted speaks with قال, not a verb that goes on: another man',
    text: [
      'يقول الرجل الأربعيني: «خسرت تجارتي كلها في الحريق».',
      'وقال سمير حداد، صاحب المحل المجاور: «النيران امتدت إلى خمسة محلات».',
    ].join('\n\n'),
    quotes: [
      ['خسرت تجارتي كلها في الحريق', 'direct', 'الرجل الأربعيني'],
      ['النيران امتدت إلى خمسة محلات', 'direct', 'سمير حداد'],
    ],
  },
  {
    what: 'guard: another person is named between the description and the next one quoted (زوجها فلان)',
    text: [
      'تقول الأم: «ابني لم يعد من المدرسة منذ يومين».',
      'وكان زوجها خالد العتيبي قد أبلغ الشرطة مساء الأحد.',
      'وتضيف نورة العتيبي: «لم يتصل بنا أحد حتى الآن».',
    ].join('\n\n'),
    quotes: [
      ['ابني لم يعد من المدرسة منذ يومين', 'direct', 'الأم'],
      ['لم يتصل بنا أحد حتى الآن', 'direct', 'نورة العتيبي'],
    ],
  },
];

describe('coref rules: a description quoted before the paragraph that names the person', () => {
  runRows(descriptionRows);
});

const surnameRows: readonly Row[] = [
  {
    what: 'a surname calls back the name given before it (الملاكم … جوشوا سيمبا … وقال سيمبا), not a sister named after',
    text: [
      'فاز الملاكم الأوغندي جوشوا سيمبا بلقب بطولة أفريقيا للوزن الخفيف مساء السبت.',
      'وقال سيمبا للصحفيين عقب النزال: «هذا اللقب لأمي التي لم تفوت أي نزال».',
      'وكانت شقيقته روث سيمبا قد حضرت النزال في الصف الأول.',
    ].join('\n\n'),
    quotes: [['هذا اللقب لأمي التي لم تفوت أي نزال', 'direct', 'جوشوا سيمبا']],
  },
  {
    what: 'guard: two men of one surname named before, the one who spoke keeps the surname (وأضاف العتيبي)',
    text: [
      'قال المهندس خالد العتيبي، مدير المشروع: «التأخير سببه الأمطار».',
      'وفي المقابل، نفى أخوه سلطان العتيبي، المقاول الرئيسي، ذلك.',
      'وأضاف العتيبي: «سنعوض التأخير خلال شهرين».',
    ].join('\n\n'),
    quotes: [
      ['التأخير سببه الأمطار', 'direct', 'خالد العتيبي'],
      ['سنعوض التأخير خلال شهرين', 'direct', 'خالد العتيبي'],
    ],
  },
];

describe('coref rules: a surname calls back the fullest name given before it', () => {
  runRows(surnameRows);
});
