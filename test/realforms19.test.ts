/**
 * Forms met in real pages read by hand this session (issue 3), each written here anew in news style: a
 * post after an honorific and a name with no comma, whom the words were told after ل (reporters in the
 * plural without the article, a radio station), the French article لو inside a family name, and a
 * person's name in marks after the title that describes the person; a headline's statement after its
 * speaker and colon, whose short quote the body repeats. Each beside a guard that the older reading still
 * holds on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const postAfterHonorific: readonly Row[] = [
  {
    what: 'a post right after الأمير and a name with بن, no comma, is the person’s: the post alone calls him back',
    text: 'قال الأمير ناصر بن فهد وزير الداخلية إن المنطقة تمر بظروف صعبة.\n\nوأضاف وزير الداخلية: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'ناصر بن فهد']],
  },
  {
    what: 'the same after الشيخ, the post closed by a comma and an aside (ولي عهد …، أمام …، إن)',
    text: 'قال الشيخ منصور فهد الحمد ولي عهد البحرين، أمام المؤتمر، إن المنطقة تمر بظروف صعبة.\n\nوأضاف ولي عهد البحرين: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'منصور فهد الحمد']],
  },
  {
    what: 'the same after الدكتورة, a woman’s verb and post (قالت الدكتورة فلانة علان وزيرة الصحة إن)',
    text: 'قالت الدكتورة هند العلي وزيرة الصحة إن الوضع مستقر.\n\nوأضافت الوزيرة: «لا داعي للقلق».',
    quotes: [['لا داعي للقلق', 'direct', 'هند العلي']],
  },
  {
    what: 'guard: after a verb that takes an object the post is another person (استقبل الأمير فلان وزير الداخلية)',
    text: 'استقبل الأمير ناصر بن فهد وزير الداخلية في مكتبه أمس.\n\nوقال وزير الداخلية: «بحثنا التعاون».',
    quotes: [['بحثنا التعاون', 'direct', 'وزير الداخلية']],
  },
  {
    what: 'guard: a post after a plain name with no honorific is learnt as before (قال فلان رئيس البلدية إن)',
    text: 'قال ناصر العلي رئيس البلدية إن المدينة تمر بظروف صعبة.\n\nوأضاف رئيس البلدية: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'ناصر العلي']],
  },
];

const toldAfterLam: readonly Row[] = [
  {
    what: 'reporters in the plural without the article after ل are whom he told (وقال فلان لمراسلين)',
    text: 'وقال العمري لمراسلين في الرياض إن «العمل سيتواصل حتى نهاية العام».',
    quotes: [['العمل سيتواصل حتى نهاية العام', 'partial', 'العمري']],
  },
  {
    what: 'the same with لصحفيين',
    text: 'وقالت الوزيرة سارة الدوسري لصحفيين إن «الخطة جاهزة».',
    quotes: [['الخطة جاهزة', 'partial', 'سارة الدوسري']],
  },
  {
    what: 'a radio station after ل, its name in brackets, is whom she told (وقالت فلانة لراديو (…))',
    text: 'وقالت دوفال لراديو (آر.إف.إي) «الوضع مقلق».',
    quotes: [['الوضع مقلق', 'partial', 'دوفال']],
  },
  {
    what: 'راديو heads a body as إذاعة does: the person after its title is the speaker',
    text: 'وقال مدير راديو الشرق خالد العمري إن «البث مستمر».',
    quotes: [['البث مستمر', 'partial', 'خالد العمري']],
  },
  {
    what: 'guard: a body that serves the press keeps its field (الاتحاد الدولي للصحفيين)',
    text: 'وقال الاتحاد الدولي للصحفيين إن «سلامة المراسلين أولوية».',
    quotes: [['سلامة المراسلين أولوية', 'partial', 'الاتحاد الدولي للصحفيين']],
  },
];

const frenchArticle: readonly Row[] = [
  {
    what: 'لو inside a French family name, a comma and the person’s post after it (جان لو بران، المتحدث …،)',
    text: 'قال جان لو بران، المتحدث باسم الشرطة، إن «التحقيق مستمر».',
    quotes: [['التحقيق مستمر', 'partial', 'جان لو بران']],
  },
  {
    what: 'the same before إن',
    text: 'وقالت ماري لو فيفر إن «الحكومة ستقدم مشروعها الشهر المقبل».',
    quotes: [['الحكومة ستقدم مشروعها الشهر المقبل', 'partial', 'ماري لو فيفر']],
  },
  {
    what: 'guard: لو then أن after a name is "if" (وقال جان بران لو أن)',
    text: 'قال جان بران لو أن «التحقيق انتهى لأعلنا النتائج».',
    quotes: [['التحقيق انتهى لأعلنا النتائج', 'partial', 'جان بران']],
  },
  {
    what: 'guard: لو then a verb after a title is "if" (وقال الوزير لو كان)',
    text: 'وقال الوزير لو كان «التحقيق مكتملا» لأعلناه.',
    quotes: [['التحقيق مكتملا', 'partial', 'الوزير']],
  },
];

const nameInMarks: readonly Row[] = [
  {
    what: 'a person’s full name in marks after the title is a mention, and the person speaks after it',
    text: 'وأكد رئيس الاستخبارات التركية «هاكان فيدان» أن «الوضع تحت السيطرة».',
    quotes: [
      ['هاكان فيدان', 'mention', null],
      ['الوضع تحت السيطرة', 'partial', 'هاكان فيدان'],
    ],
  },
  {
    what: 'the same after a verb that takes an object: the name is no object of the verb',
    text: 'انتقد الوزير "خالد العمري" التقرير الأخير.',
    quotes: [['خالد العمري', 'mention', null]],
  },
  {
    what: 'the same after a role’s adjective of field (الإعلامي «فلان»)',
    text: 'وهاجم الإعلامي «أحمد مجدي» البرنامج في حلقة أمس.',
    quotes: [['أحمد مجدي', 'mention', null]],
  },
  {
    what: 'guard: a predicate that opens with a word that is also a given name (المدارس «آمنة تماما»)',
    text: 'وأعلنت الوزارة أن المدارس «آمنة تماما».',
    quotes: [['آمنة تماما', 'partial', 'الوزارة']],
  },
  {
    what: 'guard: words after a title that open with a verb are said (وقال الوزير «سنعمل بجد»)',
    text: 'وقال الوزير خالد العمري: «سنعمل بجد».',
    quotes: [['سنعمل بجد', 'direct', 'خالد العمري']],
  },
];

const headlineStatement: readonly Row[] = [
  {
    what: 'a headline’s statement after its speaker and colon: the short quote in it is the speaker’s fragment',
    text: 'وزير المالية: عجز الموازنة «مؤقت» ولا يستدعي القلق',
    quotes: [['مؤقت', 'partial', 'وزير المالية']],
  },
  {
    what: 'the headline’s quote repeated in the body is no name used twice: both fragments, the title resolved',
    text: 'وزير الصحة: الوضع الوبائي «مطمئن»\n\nقال وزير الصحة سالم الحربي إن الوضع الوبائي «مطمئن» ولا يستدعي إجراءات جديدة.',
    quotes: [
      ['مطمئن', 'partial', 'سالم الحربي'],
      ['مطمئن', 'partial', 'سالم الحربي'],
    ],
  },
  {
    what: 'the same with two words, the speaker by name in the headline and after the verb in the body',
    text: 'هند العلي: الشركة تمارس «لعبة خطرة»\nأكدت الوزيرة هند العلي أن الشركة تقوم بـ«لعبة خطرة» في السوق.',
    quotes: [
      ['لعبة خطرة', 'partial', 'هند العلي'],
      ['لعبة خطرة', 'partial', 'هند العلي'],
    ],
  },
  {
    what: 'the same when the body’s quote takes a negation the headline left out (ليست «حرجة», «ليست حرجة»)',
    text: 'الوزيرة: الحالة ليست «حرجة»\n\nقالت وزيرة الصحة هند العلي إن الحالة «ليست حرجة».',
    quotes: [
      ['حرجة', 'partial', 'هند العلي'],
      ['ليست حرجة', 'partial', 'هند العلي'],
    ],
  },
  {
    what: 'guard: a dateline before the colon is no speaker (الرياض: مهرجان «…»)',
    text: 'الرياض: مهرجان «ليالي الشتاء» يبدأ غدا في حديقة الملك عبدالله',
    quotes: [['ليالي الشتاء', 'mention', null]],
  },
  {
    what: 'guard: a time before the colon is no speaker (الأمس: الجلسة «…»)',
    text: 'الأمس: الجلسة «عاصفة»',
    quotes: [['عاصفة', 'mention', null]],
  },
  {
    what: 'guard: an outlet before the colon is the byline, not a speaker (صحيفة المرصد: …)',
    text: 'صحيفة المرصد: بيع صقر من نوع «الحر» بمبلغ كبير في مزاد أمس.',
    quotes: [['الحر', 'mention', null]],
  },
  {
    what: 'guard: a name in the headline’s statement that the body quotes twice more is still a name',
    text: 'الهيئة: «سار» تبدأ التشغيل غدا\n\nأعلنت الهيئة أن قطارات «سار» ستبدأ التشغيل. وتملك «سار» أسطولا حديثا.',
    quotes: [
      ['سار', 'mention', null],
      ['سار', 'mention', null],
      ['سار', 'mention', null],
    ],
  },
];

describe('a post after an honorific and a name', () => runRows(postAfterHonorific));
describe('a headline’s statement after its speaker', () => runRows(headlineStatement));
describe('whom the words were told, after ل', () => runRows(toldAfterLam));
describe('لو in a French family name', () => runRows(frenchArticle));
describe('a person’s name in marks after the title', () => runRows(nameInMarks));
