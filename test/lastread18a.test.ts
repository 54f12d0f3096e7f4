/**
 * lastread18a: a read of the eighteenth session's change to the engine (73a9469 → HEAD, src/attribute,
 * src/scan/tokenize.ts and the marks) for what it misreads, in four families: realbodies, realtitles,
 * posts and ties. 560 news-style sentences and short articles were written by reading and run through
 * the engine before the change (73a9469) and after it; 174 read differently. By reading: the new build
 * right in 120, the old right in 33 (32 texts here: one was run twice), both wrong in 13, 8 left
 * undecided (a shape that reads two ways). These rows are the confirmed misfires, where the old build
 * read right and the new one does not, the right reading written by reading (the old build's speaker
 * string, a description or a title the text gives). Every row fails on its attribution now:
 *   - learnTitleRightAfterName (6): a post learnt right after a name (no comma) calls back the same post
 *     with السابق/السابقة/الأسبق or with a nationality the first did not have (وزير الإعلام الكويتي);
 *   - the hashtag in the tokenizer (4): a tag after a tweet's closing mark («…» #السعودية) reads as a
 *     word run on from the quote, which turns a mention;
 *   - names between commas after a post (2): أمين المال, أمير الفوج read as a given name and a family;
 *   - Entities.findByBareFamily (7): an indefinite common noun or nisba (شاهد, ضابط, نجار, حداد, مصري,
 *     شامي) read as a family name without its article;
 *   - learnNationalityBeforeName (5): the name after the nationality cut (كريم for كريم بنزيمة) or run on
 *     into the verb's object (سالم الدوسري بزملائه, محمد صلاح اعتزاله دوليا);
 *   - tieOnTongue (8): the last quote before جاء ذلك على لسان is a titled person's (a post in construct:
 *     وزير الخارجية, رئيس الوزراء, أمير المنطقة, مديرة المدرسة), another statement stands between, or the
 *     description is a woman and the person a man.
 * Mended after the read (23 of the 32 pass now, unmarked): tieOnTongue takes only a description with no
 * definite word, no other statement's finite verb between, of the gender the title before the name shows
 * (8); a title with السابق/الأسبق calls back only a former holder (Entities.byTitle, 4); findByBareFamily
 * leaves the shapes of common nouns and nisbas (7); the hashtag's sign is dropped only after a word and a
 * space (4). Left as gaps (9): a nationality the first post lacked (2), أمين/أمير between commas (2),
 * learnNationalityBeforeName's name (5: using the name where the cue reads it broke grid-realtitles).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'a post after the name with no comma, then the same post with السابق: the former minister is another man',
    text: 'أكد سلمان الدوسري وزير الإعلام، أن «الحرية مصانة». وقال وزير الإعلام السابق إن «القنوات ملتزمة».',
    quotes: [
      ['الحرية مصانة', 'partial', 'سلمان الدوسري'],
      ['القنوات ملتزمة', 'partial', 'وزير الإعلام السابق'],
    ],
  },
  {
    what: 'a post after the name with no comma, then the same post with السابقة: the former deputy is another woman',
    text: 'قالت نورة الشمري نائبة رئيس الجمعية، إن «التبرعات زادت». وقالت نائبة رئيس الجمعية السابقة إن «الحملة فشلت».',
    quotes: [
      ['التبرعات زادت', 'partial', 'نورة الشمري'],
      ['الحملة فشلت', 'partial', 'نائبة رئيس الجمعية السابقة'],
    ],
  },
  {
    what: 'رئيس نادي الوحدة after أعرب فلان … ، عن, then رئيس نادي الوحدة السابق: another man',
    text: 'أعرب خالد الفيصل رئيس نادي الوحدة، عن سعادته بالفوز. وقال رئيس نادي الوحدة السابق إن «الإدارة أخطأت».',
    quotes: [['الإدارة أخطأت', 'partial', 'رئيس نادي الوحدة السابق']],
  },
  {
    what: 'رئيس نادي الوحدة, then رئيس نادي الوحدة الأسبق: another man',
    text: 'قال خالد الفيصل رئيس نادي الوحدة، إن «الفريق يستحق». وقال رئيس نادي الوحدة الأسبق إن «الإدارة أخطأت».',
    quotes: [
      ['الفريق يستحق', 'partial', 'خالد الفيصل'],
      ['الإدارة أخطأت', 'partial', 'رئيس نادي الوحدة الأسبق'],
    ],
  },
  {
    what: 'وزير الإعلام after the name, then وزير الإعلام الكويتي: a minister of another state',
    text: 'أكد سلمان الدوسري وزير الإعلام، أن «الحرية مصانة». وقال وزير الإعلام الكويتي إن «القنوات ملتزمة».',
    quotes: [
      ['الحرية مصانة', 'partial', 'سلمان الدوسري'],
      ['القنوات ملتزمة', 'partial', 'وزير الإعلام الكويتي'],
    ],
    // engine gap: learnTitleRightAfterName learns a post read right after the name with no comma (and closed by a comma before the complement) with no check of what the later post adds: a nationality the first post did not have narrows the later one to another state’s
    gaps: ['attribution'],
  },
  {
    what: 'رئيس نادي الوحدة, then رئيس نادي الوحدة الإماراتي: the Emirati club of that name',
    text: 'قال خالد الفيصل رئيس نادي الوحدة، إن «الفريق يستحق». وقال رئيس نادي الوحدة الإماراتي إن «الإدارة أخطأت».',
    quotes: [
      ['الفريق يستحق', 'partial', 'خالد الفيصل'],
      ['الإدارة أخطأت', 'partial', 'رئيس نادي الوحدة الإماراتي'],
    ],
    // engine gap: learnTitleRightAfterName learns a post read right after the name with no comma (and closed by a comma before the complement) with no check of what the later post adds: a nationality the first post did not have narrows the later one to another club
    gaps: ['attribution'],
  },
  {
    what: 'a tweet quoted with its hashtag glued after the closing mark: still the minister’s words',
    text: 'قال الوزير في تغريدة: «نعم للحوار»#السعودية',
    quotes: [['نعم للحوار', 'direct', 'الوزير']],
  },
  {
    what: 'a tweet quoted with its hashtag after a space',
    text: 'قال الوزير في تغريدة: «نعم للحوار» #السعودية',
    quotes: [['نعم للحوار', 'direct', 'الوزير']],
  },
  {
    what: 'a tweet quoted with two hashtags after it',
    text: 'قال الوزير في تغريدة: «نعم للحوار» #السعودية #الرياض',
    quotes: [['نعم للحوار', 'direct', 'الوزير']],
  },
  {
    what: 'a hashtag glued after the closing mark, then a full stop and the next quote',
    text: 'قال الوزير: «نعم للحوار»#السعودية. وأضاف: «لا للعنف».',
    quotes: [
      ['نعم للحوار', 'direct', 'الوزير'],
      ['لا للعنف', 'direct', 'الوزير'],
    ],
  },
  {
    what: 'أمين المال between commas after a post: the treasurer’s office, no name',
    text: 'قال نائب الرئيس، أمين المال، إن «الميزانية سليمة».',
    quotes: [['الميزانية سليمة', 'partial', 'نائب الرئيس']],
    // engine gap: the names between commas after a post (أمين/أمير as given names) read أمين/أمير with a genitive after it as a given name and a family name: المال is a noun with the article, the genitive of the office أمين المال
    gaps: ['attribution'],
  },
  {
    what: 'أمير الفوج between commas after a post: the regiment’s commander, no name',
    text: 'قال قائد الحرس، أمير الفوج، إن «الجنود جاهزون».',
    quotes: [['الجنود جاهزون', 'partial', 'قائد الحرس']],
    // engine gap: the names between commas after a post (أمين/أمير as given names) read أمين/أمير with a genitive after it as a given name and a family name: الفوج is a noun with the article, the genitive of the office أمير الفوج
    gaps: ['attribution'],
  },
  {
    what: 'شاهد (a witness) after خالد الشاهد: an unnamed witness',
    text: 'قال خالد الشاهد إن «الحادث مروع». وقال شاهد إن «السيارة انقلبت».',
    quotes: [
      ['الحادث مروع', 'partial', 'خالد الشاهد'],
      ['السيارة انقلبت', 'partial', 'شاهد'],
    ],
  },
  {
    what: 'ضابط (an officer) after علي الضابط: an unnamed officer',
    text: 'قال علي الضابط إن «الأمن مستتب». وقال ضابط إن «الدوريات منتشرة».',
    quotes: [
      ['الأمن مستتب', 'partial', 'علي الضابط'],
      ['الدوريات منتشرة', 'partial', 'ضابط'],
    ],
  },
  {
    what: 'ضابط في الدورية after العقيد علي الضابط, the police spokesman: another officer',
    text: 'قال العقيد علي الضابط، المتحدث باسم الشرطة، إن «الأمن مستتب». وقال ضابط في الدورية إن «الجاني هرب».',
    quotes: [
      ['الأمن مستتب', 'partial', 'علي الضابط'],
      ['الجاني هرب', 'partial', 'ضابط'],
    ],
  },
  {
    what: 'نجار (a carpenter) after الدكتور فهد النجار',
    text: 'قال الدكتور فهد النجار إن «العلاج متوفر». وقال نجار إن «الخشب غال».',
    quotes: [
      ['العلاج متوفر', 'partial', 'فهد النجار'],
      ['الخشب غال', 'partial', 'نجار'],
    ],
  },
  {
    what: 'حداد (a smith) after وليد الحداد',
    text: 'قال وليد الحداد إن «المشروع تأخر». وقال حداد إن «الحديد غال».',
    quotes: [
      ['المشروع تأخر', 'partial', 'وليد الحداد'],
      ['الحديد غال', 'partial', 'حداد'],
    ],
  },
  {
    what: 'مصري (an Egyptian) after عمر المصري',
    text: 'قال عمر المصري إن «السوق يتعافى». وقال مصري إن «الأسعار ترتفع».',
    quotes: [
      ['السوق يتعافى', 'partial', 'عمر المصري'],
      ['الأسعار ترتفع', 'partial', 'مصري'],
    ],
  },
  {
    what: 'شامي (a Levantine) after عبدالله الشامي',
    text: 'قال عبدالله الشامي إن «السوق يتعافى». وقال شامي إن «الأسعار ترتفع».',
    quotes: [
      ['السوق يتعافى', 'partial', 'عبدالله الشامي'],
      ['الأسعار ترتفع', 'partial', 'شامي'],
    ],
  },
  {
    what: 'أبدى الفرنسي كريم بنزيمة سعادته: the star is Karim Benzema, not كريم alone',
    text: 'أبدى الفرنسي كريم بنزيمة سعادته. وقال النجم الفرنسي إن «الجمهور رائع».',
    quotes: [['الجمهور رائع', 'partial', 'النجم الفرنسي']],
    // engine gap: learnNationalityBeforeName learns the nationality as the title of subjectAt’s name after the verb, which runs on into the verb’s object or stops short of a family name in ة: the name stops before بنزيمة (a family name in ة)
    gaps: ['attribution'],
  },
  {
    what: 'سجل الفرنسي كريم بنزيمة هدفين: the name cut to كريم',
    text: 'سجل الفرنسي كريم بنزيمة هدفين. وقال النجم الفرنسي إن «الفوز مهم».',
    quotes: [['الفوز مهم', 'partial', 'النجم الفرنسي']],
    // engine gap: learnNationalityBeforeName learns the nationality as the title of subjectAt’s name after the verb, which runs on into the verb’s object or stops short of a family name in ة: the name stops before بنزيمة (a family name in ة)
    gaps: ['attribution'],
  },
  {
    what: 'أشاد السعودي سالم الدوسري بزملائه: the name runs on into بزملائه',
    text: 'أشاد السعودي سالم الدوسري بزملائه. وقال اللاعب السعودي إن «الفوز للجماهير».',
    quotes: [['الفوز للجماهير', 'partial', 'اللاعب السعودي']],
    // engine gap: learnNationalityBeforeName learns the nationality as the title of subjectAt’s name after the verb, which runs on into the verb’s object or stops short of a family name in ة: the name read runs on into the verb’s ب-complement
    gaps: ['attribution'],
  },
  {
    what: 'أشاد السعودي سالم الدوسري بزملائه، وقال: the dropped subject is سالم الدوسري',
    text: 'أشاد السعودي سالم الدوسري بزملائه، وقال إن «الفوز للجماهير».',
    quotes: [['الفوز للجماهير', 'partial', 'سالم الدوسري']],
    // engine gap: learnNationalityBeforeName learns the nationality as the title of subjectAt’s name after the verb, which runs on into the verb’s object or stops short of a family name in ة: the name read runs on into the verb’s ب-complement, and the learnt name is the one called back
    gaps: ['attribution'],
  },
  {
    what: 'أعلن المصري محمد صلاح اعتزاله دوليا: the name runs on into the object',
    text: 'أعلن المصري محمد صلاح اعتزاله دوليا. وقال النجم المصري إن «القرار صعب».',
    quotes: [['القرار صعب', 'partial', 'النجم المصري']],
    // engine gap: learnNationalityBeforeName learns the nationality as the title of subjectAt’s name after the verb, which runs on into the verb’s object or stops short of a family name in ة: the name read runs on into the verb’s object and its adverb
    gaps: ['attribution'],
  },
  {
    what: 'جاء ذلك على لسان after a named minister’s quote: the official’s quote before stays his, the minister’s stays the minister’s',
    text: 'حذر مسؤول دولي من «كارثة إنسانية». وقال وزير الخارجية إن «الوضع صعب». جاء ذلك على لسان المتحدث باسم الأمم المتحدة، ستيفان دوجاريك.',
    quotes: [
      ['كارثة إنسانية', 'partial', 'مسؤول دولي'],
      ['الوضع صعب', 'partial', 'وزير الخارجية'],
    ],
  },
  {
    what: 'جاء ذلك refers to the kingdom’s unquoted statement in the next paragraph, not the official’s quote',
    text: 'قال مسؤول في الوزارة إن «الخطة جاهزة».\n\nمن جهة أخرى، أكدت المملكة أن الحل السياسي هو الأساس. جاء ذلك على لسان وزير الخارجية الأمير فيصل بن فرحان في مؤتمر صحفي.',
    quotes: [['الخطة جاهزة', 'partial', 'مسؤول في الوزارة']],
  },
  {
    what: 'جاء ذلك after وأكدت المملكة دعمها: the minister spoke for the kingdom, not the official quoted before',
    text: 'قال مسؤول في الوزارة إن «الخطة جاهزة». وأكدت المملكة دعمها للحل السياسي، جاء ذلك على لسان وزير الخارجية فيصل بن فرحان.',
    quotes: [['الخطة جاهزة', 'partial', 'مسؤول في الوزارة']],
  },
  {
    what: 'جاء ذلك after وأكد وزير الصحة دعم المستشفى: the hospital director’s quote stays his',
    text: 'قال مدير المستشفى إن «المصابين بخير». وأكد وزير الصحة دعم المستشفى، جاء ذلك على لسان الوزير فهد الجلاجل.',
    quotes: [['المصابين بخير', 'partial', 'مدير المستشفى']],
  },
  {
    what: 'رئيس الوزراء then the government spokesman: a prime minister is not his spokesman',
    text: 'قال رئيس الوزراء إن «الاقتصاد ينمو». جاء ذلك على لسان المتحدث باسم الحكومة، فهد السالم.',
    quotes: [['الاقتصاد ينمو', 'partial', 'رئيس الوزراء']],
  },
  {
    what: 'أمير المنطقة then أمين المنطقة: the governor is not the mayor',
    text: 'قال أمير المنطقة إن «المشاريع تسير». جاء ذلك على لسان أمين المنطقة صالح الجاسر.',
    quotes: [['المشاريع تسير', 'partial', 'أمير المنطقة']],
  },
  {
    what: 'مديرة المدرسة then معلمة الرياضيات: the headmistress is not the teacher',
    text: 'قالت مديرة المدرسة إن «الطالبات متفوقات». جاء ذلك على لسان معلمة الرياضيات نورة الزهراني.',
    quotes: [['الطالبات متفوقات', 'partial', 'مديرة المدرسة']],
  },
  {
    what: 'مسؤولة أممية (a woman) then وكيل الأمين العام مارتن غريفيث (a man)',
    text: 'حذرت مسؤولة أممية من «مجاعة». جاء ذلك على لسان وكيل الأمين العام مارتن غريفيث.',
    quotes: [['مجاعة', 'partial', 'مسؤولة أممية']],
  },
];

describe('lastread18a: the eighteenth session misfires', () => {
  runRows(rows);
});
