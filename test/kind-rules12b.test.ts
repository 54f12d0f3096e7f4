/**
 * The kind of a quoted span in reporting sentences, second part (kinds12b): outlets, lists of names,
 * acronyms in brackets and asides between a cue and its أن clause.
 * - a word that picks examples out of a class of named things before it (LIST_OPENERS: أبرزها, منها …,
 *   after أصنافا عدة من التمور, فرقا عدة, برامج جديدة) takes names in quotes; so does an elative before
 *   the class, or with the article after it, at the head of a list (CLASS_ELATIVES: أبرز الأصناف المعروضة
 *   «…» و«…», الفرق الأكثر تتويجا هي «…» و«…»); not when a nearer
 *   plural is the class picked from (تحديات كبيرة، أبرزها «…» is what the speaker names them), nor one
 *   quote alone after an elative and its class (the predicate said of it);
 * - a ranking goes on after a quoted name (RANK_FOLLOWERS: يليه, تلاه «…»): the next name;
 * - varieties, concessions and fields are naming nouns (أصناف «…», امتياز «…», حقل «…»);
 * - the outlet called or spoken to is a mention with a comma after it or before إلى أن (في اتصال مع
 *   «…»، إن, في حديث إلى «…» إلى أن);
 * - an aside of where the words were given (في تغريدة على «تويتر»، في تصريح لـ«…») between a telling
 *   verb's subject and أن leaves the أن clause the verb's, and the name before it its subject;
 * - a time word and a comma may stand between the outlet told and أن (لـ«…» أمس، أن); a news
 *   conference, a testimony or a speech that a channel carried (في مؤتمر صحفي نقلته قناة «…») is the
 *   speaker's, the channel relays it;
 * - a short name alone in brackets (آفاد, spelt as the verb أفاد) is no cue;
 * - a hashtag («#…») is shaped as a name.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const listRows: readonly Row[] = [
  {
    what: 'varieties picked out of a class by أبرزها after a comma, three names joined by و',
    text: 'وقال رئيس لجنة مهرجان عنيزة للتمور إن السوق يستقبل أصنافا كثيرة من التمور، أبرزها «السكري» و«الخلاص» و«نبوت سيف».',
    quotes: [
      ['السكري', 'mention', null],
      ['الخلاص', 'mention', null],
      ['نبوت سيف', 'mention', null],
    ],
  },
  {
    what: 'teams picked out by منها after فرقا عدة',
    text: 'وأوضح مدير المنتخب الأولمبي أن الفريق سيواجه في معسكر النمسا فرقا عدة، منها «الأهلي» و«الزمالك».',
    quotes: [
      ['الأهلي', 'mention', null],
      ['الزمالك', 'mention', null],
    ],
  },
  {
    what: 'the first of a class picked by an elative (أبرز البرامج «…»)',
    text: 'وذكرت مديرة البرامج في الإذاعة أن أبرز البرامج الجديدة «همسة» و«ليالي الخليج».',
    quotes: [
      ['همسة', 'mention', null],
      ['ليالي الخليج', 'mention', null],
    ],
  },
  {
    what: 'a ranking going on after a quoted name (تلاه «…»), hashtags in quotes',
    text: 'وأفاد التقرير أن هاشتاغ «#اليوم_الوطني_85» تصدر قائمة الأكثر تداولا في المملكة، تلاه «#الحج».',
    quotes: [
      ['#اليوم_الوطني_85', 'mention', null],
      ['#الحج', 'mention', null],
    ],
  },
  {
    what: 'a class with a definite elative after it, a copula, then a list of names (الفرق الأكثر … هي «…» و«…»)',
    text: 'وقال الناقد الرياضي إن الفرق الأكثر تتويجا بالبطولة هي «الهلال» و«الاتحاد» و«الشباب».',
    quotes: [
      ['الهلال', 'mention', null],
      ['الاتحاد', 'mention', null],
      ['الشباب', 'mention', null],
    ],
  },
  {
    what: 'varieties in construct with أصناف',
    text: 'وأشار بائع في سوق التمور بالأحساء إلى أن الطلب يتركز على أصناف «الخلاص» و«الرزيز».',
    quotes: [
      ['الخلاص', 'mention', null],
      ['الرزيز', 'mention', null],
    ],
  },
  {
    what: 'a gas concession and a field named in quotes after أن',
    text: 'وقالت شركة بي بي إنها تملك حصة في امتياز «غرب النيل» وإن حقل «أتول» سيبدأ الإنتاج العام المقبل.',
    quotes: [
      ['غرب النيل', 'mention', null],
      ['أتول', 'mention', null],
    ],
  },
];

const listGuardRows: readonly Row[] = [
  {
    what: 'guard: أبرزها after a nearer plural of things that is no class of names (تحديات): the speaker’s words',
    text: 'وقال رئيس اتحاد المقاولين إن الشركات تواجه صعوبات متزايدة، أبرزها «تأخر صرف المستحقات».',
    quotes: [['تأخر صرف المستحقات', 'partial', 'رئيس اتحاد المقاولين']],
  },
  {
    what: 'guard: an elative and a class, then a quote that holds a clause: the predicate said',
    text: 'وأكد تاجر الجملة أن أكثر الأصناف طلبا «لم تعد متوفرة منذ أسبوع».',
    quotes: [['لم تعد متوفرة منذ أسبوع', 'partial', 'تاجر الجملة']],
  },
  {
    what: 'guard: an elative and a class, then one quote with no list after it: the predicate said',
    text: 'وأوضح مدير فرع التجارة أن أبرز السلع الغذائية «شهدت ارتفاعا ملحوظا في الأسعار».',
    quotes: [['شهدت ارتفاعا ملحوظا في الأسعار', 'partial', 'مدير فرع التجارة']],
  },
  {
    what: 'guard: a class with a definite elative after it, then a list of clauses: partials',
    text: 'وأكد رئيس الغرفة التجارية أن الشركات الأكثر تضررا «تحتاج إلى دعم عاجل» و«تستحق التعويض».',
    quotes: [
      ['تحتاج إلى دعم عاجل', 'partial', 'رئيس الغرفة التجارية'],
      ['تستحق التعويض', 'partial', 'رئيس الغرفة التجارية'],
    ],
  },
  {
    what: 'guard: two quoted fragments joined by و after أن, no class before: partials',
    text: 'وأضاف وزير الإسكان أن الوزارة «ستسرع تسليم الوحدات» و«ستراجع آلية الاستحقاق».',
    quotes: [
      ['ستسرع تسليم الوحدات', 'partial', 'وزير الإسكان'],
      ['ستراجع آلية الاستحقاق', 'partial', 'وزير الإسكان'],
    ],
  },
  {
    what: 'guard: حقل as a domain with the predicate said after it',
    text: 'وقال الباحث إن العمل في هذا الحقل «يحتاج إلى صبر طويل».',
    quotes: [['يحتاج إلى صبر طويل', 'partial', 'الباحث']],
  },
];

const outletRows: readonly Row[] = [
  {
    what: 'the outlet called, a comma, then إن (في اتصال مع «…»، إن)',
    text: 'وقال قائد قوات الطوارئ العقيد صالح العمري، في اتصال مع «الحياة»، إن الوحدات «انتشرت في جميع المواقع».',
    quotes: [
      ['الحياة', 'mention', null],
      ['انتشرت في جميع المواقع', 'partial', 'صالح العمري'],
    ],
  },
  {
    what: 'the outlet spoken to after حديث إلى, then إلى أن',
    text: 'وأشار الخبير النفطي محمد الصبان في حديث إلى «العربية» إلى أن الأسعار «ستتعافى تدريجيا».',
    quotes: [
      ['العربية', 'mention', null],
      ['ستتعافى تدريجيا', 'partial', 'محمد الصبان'],
    ],
  },
];

const carrierRows: readonly Row[] = [
  {
    what: 'a time word and a comma between the outlet told and أن (في تصريح لـ«…» أمس، أن)',
    text: 'وأكد مدير مطار الملك فهد الدولي في تصريح لـ«اليوم» أمس، أن الصالة الجديدة «ستعمل بكامل طاقتها».',
    quotes: [
      ['اليوم', 'mention', null],
      ['ستعمل بكامل طاقتها', 'partial', 'مدير مطار الملك فهد الدولي'],
    ],
  },
  {
    what: 'a news conference a channel carried (في مؤتمر صحفي نقلته قناة «…»): the channel relays the speaker',
    text: 'وقال وزير الداخلية الفرنسي برنار كازنوف في مؤتمر صحفي نقلته قناة «بي إف إم» إن المشتبه به «كان معروفا لدى أجهزة الأمن».',
    quotes: [
      ['بي إف إم', 'mention', null],
      ['كان معروفا لدى أجهزة الأمن', 'partial', 'برنار كازنوف'],
    ],
  },
];

const asideRows: readonly Row[] = [
  {
    what: 'a telling verb, a titled name, an aside with a platform in quotes, then أن: the name’s partial',
    text: 'ذكر مدير جامعة الملك عبدالعزيز الدكتور عبدالرحمن اليوبي، في تغريدة على «تويتر»، أن الطالب الزهراني «رفع اسم الجامعة عاليا».',
    quotes: [
      ['تويتر', 'mention', null],
      ['رفع اسم الجامعة عاليا', 'partial', 'عبدالرحمن اليوبي'],
    ],
  },
  {
    what: 'ذكر, a name with no title, an aside of a post, then أن: who tells',
    text: 'وذكر فهد العصيمي في تغريدة أن المبادرة «لاقت تفاعلا كبيرا».',
    quotes: [['لاقت تفاعلا كبيرا', 'partial', 'فهد العصيمي']],
  },
  {
    what: 'وبين (no shadda), a titled subject, an aside with the outlet told, then أن',
    text: 'وبين مدير إدارة المياه بمحافظة الأحساء في تصريح لـ«اليوم» أن الشبكة «ستغطي الأحياء الجديدة».',
    quotes: [
      ['اليوم', 'mention', null],
      ['ستغطي الأحياء الجديدة', 'partial', 'مدير إدارة المياه بمحافظة الأحساء'],
    ],
  },
  {
    what: 'a short name in brackets spelt as a verb (آفاد) between a body and its fragment after أن',
    text: 'وأكد وزير الداخلية التركي أن رئاسة إدارة الكوارث (آفاد) «أقامت مخيمين جديدين على الحدود».',
    quotes: [['أقامت مخيمين جديدين على الحدود', 'partial', 'وزير الداخلية التركي']],
  },
];

const asideGuardRows: readonly Row[] = [
  {
    what: 'guard: an aside with a platform in quotes before a colon: the words after it are direct',
    text: 'وكتب الأمير عبدالرحمن بن مساعد في تغريدة على «تويتر»: «النصر سيعود أقوى».',
    quotes: [
      ['تويتر', 'mention', null],
      ['النصر سيعود أقوى', 'direct', 'عبدالرحمن بن مساعد'],
    ],
  },
  {
    what: 'guard: the outlet told before a colon: the words after it are direct',
    text: 'وقال مدير الشؤون الصحية لـ«عكاظ»: «لا صحة لما تردد عن انتشار المرض».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['لا صحة لما تردد عن انتشار المرض', 'direct', 'مدير الشؤون الصحية'],
    ],
  },
  {
    what: 'guard: دعا في حديثه إلى «…» then a participle: the quote is what he called for',
    text: 'ودعا المبعوث الأممي في حديثه إلى «وقف فوري لإطلاق النار»، مشددا على أهمية الحل السياسي.',
    quotes: [['وقف فوري لإطلاق النار', 'partial', 'المبعوث الأممي']],
  },
  {
    what: 'guard: a quoted slogan after لـ that is the object of دعا',
    text: 'ودعا الشيخ سعود الشريم لـ«نبذ الفرقة والتمسك بالوحدة الوطنية».',
    quotes: [['نبذ الفرقة والتمسك بالوحدة الوطنية', 'partial', 'سعود الشريم']],
  },
];

describe('kinds12b: names in lists and picked from a class', () => runRows(listRows));
describe('kinds12b: lists, guards', () => runRows(listGuardRows));
describe('kinds12b: the outlet told with a comma or إلى أن after it', () => runRows(outletRows));
describe('kinds12b: the outlet told before a time word, a channel carrying remarks', () =>
  runRows(carrierRows));
describe('kinds12b: asides between a cue and its أن clause, brackets', () => runRows(asideRows));
describe('kinds12b: asides, guards', () => runRows(asideGuardRows));
