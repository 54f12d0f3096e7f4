/**
 * Where a person's name starts and ends, by the given-name lexicon (src/attribute/given-names.ts):
 * a description the lexicon holds as no title (a trade, a nationality, a definite adjective, a noun in
 * construct) before a given name; given names that are also common words (هيا, مالك, أمل) only in a
 * name's context. Each rule row is a sentence written here in news style and fails without the
 * lexicon; a guard row keeps a body's name that holds a given name, or a common noun after a title.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const givenNameRows: readonly Row[] = [
  {
    what: 'a trade and a nationality before the name (يرى الاقتصادي السعودي فلان بن فلان أن)',
    text: 'ويرى الاقتصادي السعودي فضل بن سعد البوعينين أن «السيولة في السوق ما زالت مرتفعة».',
    quotes: [['السيولة في السوق ما زالت مرتفعة', 'partial', 'فضل بن سعد البوعينين']],
  },
  {
    what: 'a resident and his nationality, then a name of three words (المقيم اليمني فلان فلان فلان)',
    text: 'وأكد المقيم اليمني عبدالرحمن سالم باوزير أن «الإجراءات أصبحت أسهل».',
    quotes: [['الإجراءات أصبحت أسهل', 'partial', 'عبدالرحمن سالم باوزير']],
  },
  {
    what: 'a noun in construct (صاحبة المشروع) before أمل, a given name that is also a word, with بنت',
    text: 'وقالت صاحبة المشروع أمل بنت حمد العتيبي: «بدأنا من المطبخ قبل أن نفتح المحل».',
    quotes: [['بدأنا من المطبخ قبل أن نفتح المحل', 'direct', 'أمل بنت حمد العتيبي']],
  },
  {
    what: 'a fan and his club’s adjective before مالك with بن (المشجع الهلالي مالك بن فهد الدوسري)',
    text: 'وقال المشجع الهلالي مالك بن فهد الدوسري: «الفريق يستحق الدعم حتى نهاية الموسم».',
    quotes: [['الفريق يستحق الدعم حتى نهاية الموسم', 'direct', 'مالك بن فهد الدوسري']],
  },
  {
    what: 'a mother described by a participle before هيا with بنت (الأم المكلومة هيا بنت ناصر العنزي)',
    text: 'وتقول الأم المكلومة هيا بنت ناصر العنزي: «أريد العدالة لابني، ولا شيء غيرها».',
    quotes: [['أريد العدالة لابني، ولا شيء غيرها', 'direct', 'هيا بنت ناصر العنزي']],
  },
  {
    what: 'a Sudanese governor (والي, which only looks definite) and his state in construct, then the name',
    text: 'وقال والي ولاية الخرطوم أحمد عثمان حمزة إن «الكهرباء ستعود إلى الأحياء خلال ساعات».',
    quotes: [['الكهرباء ستعود إلى الأحياء خلال ساعات', 'partial', 'أحمد عثمان حمزة']],
  },
  {
    what: 'a first name with the article (الطاهر) after a title and its nationality, before the father’s name',
    text: 'وقال وزير الشؤون الدينية التونسي الطاهر علي الجلاصي: «المساجد ستفتح أبوابها للمصلين».',
    quotes: [['المساجد ستفتح أبوابها للمصلين', 'direct', 'الطاهر علي الجلاصي']],
  },
  {
    what: 'a first name with the article (الحسن) after a title with its genitive (رئيس الجامعة الحسن محمد الفاسي)',
    text: 'وقال رئيس الجامعة الحسن محمد الفاسي إن «الدراسة تستأنف الاثنين المقبل».',
    quotes: [['الدراسة تستأنف الاثنين المقبل', 'partial', 'الحسن محمد الفاسي']],
  },
  {
    what: 'guard: الأمين before العام is a title’s word, no first name',
    text: 'وقال الأمين العام للحزب في مؤتمر صحفي: «لن نشارك في الحكومة المقبلة».',
    quotes: [['لن نشارك في الحكومة المقبلة', 'direct', 'الأمين العام للحزب']],
  },
  {
    what: 'where a name ends: given name, بن, the father’s given name and a nisba, then the object (الجهود), then وقال',
    text: 'وثمن المهندس صالح بن محمد العمري الجهود المبذولة، وقال: «الإنجاز جماعي ولا يُنسب إلى شخص».',
    quotes: [['الإنجاز جماعي ولا يُنسب إلى شخص', 'direct', 'صالح بن محمد العمري']],
  },
  {
    what: 'where a name ends: a sheikh’s chain (حمد بن خليفة النعيمي) before the object of استقبل (الوفد)',
    text: 'واستقبل الشيخ حمد بن خليفة النعيمي الوفد الزائر، وقال: «نرحب بضيوفنا في الإمارة».',
    quotes: [['نرحب بضيوفنا في الإمارة', 'direct', 'حمد بن خليفة النعيمي']],
  },
  {
    what: 'where a name ends: a brother named after his kin noun with a pronoun, his chain ending in a plain nisba before his tears',
    text: 'ولم يتمالك شقيقها عبدالله بن أحمد مدخلي دموعه أمام المحكمة، وقال: «أختي بريئة وسنثبت ذلك».',
    quotes: [['أختي بريئة وسنثبت ذلك', 'direct', 'عبدالله بن أحمد مدخلي']],
  },
  {
    what: 'where a name ends: a teacher’s whole chain before ب and the verb’s complement (أشاد … بالقرار), then وقال',
    text: 'وأشاد المعلم سعد بن محمد الشهراني بالقرار، وقال: «الطلاب سيستفيدون كثيرا من الحصص الإضافية».',
    quotes: [['الطلاب سيستفيدون كثيرا من الحصص الإضافية', 'direct', 'سعد بن محمد الشهراني']],
  },
  {
    what: 'guard: a body with no name (الأسر) before ب and the complement keeps the dropped subject of وقالت',
    text: 'ورحبت الأسر بالقرار، وقالت: «كنا ننتظر هذا منذ سنوات».',
    quotes: [['كنا ننتظر هذا منذ سنوات', 'direct', 'الأسر']],
  },
  {
    what: 'a Maghrebi first name with the article shaped as a nisba (الهادي) after a role and a nationality, before بن',
    text: 'وقال الصياد الليبي الهادي بن عمر إن «البحر لم يعد يعطي كما كان».',
    quotes: [['البحر لم يعد يعطي كما كان', 'partial', 'الهادي بن عمر']],
  },
  {
    what: 'a quote before its speaker, then بهذه الكلمات وصف and a farmer whose first name is المهدي',
    text: '«لم نر مثل هذا الجفاف منذ عقود». بهذه الكلمات وصف المزارع المغربي المهدي بن علي حال حقله.',
    quotes: [['لم نر مثل هذا الجفاف منذ عقود', 'direct', 'المهدي بن علي']],
  },
  {
    what: 'guard: العربي after a title is the adjective (Arab), not a first name',
    text: 'وقال المدرب العربي محمد الكبير: «المباراة صعبة على الفريقين».',
    quotes: [['المباراة صعبة على الفريقين', 'direct', 'محمد الكبير']],
  },
  {
    what: 'باسم as “in the name of” before an indefinite noun and a foreign surname, the spokeswoman in apposition',
    text: 'وقالت المتحدثة باسم حملة كولينز، إيميلي رود، إن «المرشحة ستزور ولاية ميشيغان الأسبوع المقبل».',
    quotes: [['المرشحة ستزور ولاية ميشيغان الأسبوع المقبل', 'partial', 'إيميلي رود']],
  },
  {
    what: 'باسم before a campaign and a candidate already quoted: a title of its own, not a name with her surname',
    text: 'قالت كولينز في تجمع انتخابي: «سننتصر في ميشيغان». وقال المتحدث باسم حملة كولينز إن «الأرقام مشجعة».',
    quotes: [
      ['سننتصر في ميشيغان', 'direct', 'كولينز'],
      ['الأرقام مشجعة', 'partial', 'المتحدث باسم حملة كولينز'],
    ],
  },
  {
    what: 'باسم before بن after a title is a first name (المحامي باسم بن علي الزين)',
    text: 'وقال المحامي باسم بن علي الزين: «موكلي بريء من كل التهم».',
    quotes: [['موكلي بريء من كل التهم', 'direct', 'باسم بن علي الزين']],
  },
  {
    what: 'guard: a university named after a king speaks as a body (جامعة الملك سعود)',
    text: 'وقالت جامعة الملك سعود في بيان إن «التسجيل في البرامج الصيفية يبدأ الأحد».',
    quotes: [['التسجيل في البرامج الصيفية يبدأ الأحد', 'partial', 'جامعة الملك سعود']],
  },
  {
    what: 'guard: a foundation named after a ruler keeps his name in its own (مؤسسة محمد بن راشد آل مكتوم للمعرفة)',
    text: 'وأعلنت مؤسسة محمد بن راشد آل مكتوم للمعرفة أن «المؤشر يصدر الشهر المقبل».',
    quotes: [['المؤشر يصدر الشهر المقبل', 'partial', 'مؤسسة محمد بن راشد آل مكتوم للمعرفة']],
  },
  {
    what: 'guard: a common noun that is also a given name (كمال) inside a title, the name after it',
    text: 'وقال مدرب كمال الأجسام سامي الحربي: «البطولة مفتوحة للجميع هذا العام».',
    quotes: [['البطولة مفتوحة للجميع هذا العام', 'direct', 'سامي الحربي']],
  },
  {
    what: 'guard: a given name with the article after another speaker is his family name (الشريف)',
    text: 'وقال المحامي أحمد الشريف: «موكلي بريء». وأضاف الشريف: «سنستأنف الحكم».',
    quotes: [
      ['موكلي بريء', 'direct', 'أحمد الشريف'],
      ['سنستأنف الحكم', 'direct', 'أحمد الشريف'],
    ],
  },
];

describe('given names: where a name starts after a description', () => {
  runRows(givenNameRows);
});
