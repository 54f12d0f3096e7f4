/**
 * lastread19: a read of this session's change to the engine (a430c38..2ad0b7c: the post after an honorific
 * or a nationality and a name, whom the words were told after ل, لو in a French family name, a person's
 * name in marks or brackets after a title, a headline's statement after its speaker and colon, ذات/نفس
 * before the noun, بخصوص/خلاله/خلالها as stops, a body's plain name after ل behind a title, officeKey, على
 * after a verb of comment) for what it misreads. 360 news-style sentences and short articles were written
 * by reading and run through the build before the change and after it; 121 read differently: the new build
 * right in 58, the old one right in 43, both wrong in 20. These rows are the confirmed misfires, where the
 * old build read right and the new one does not, the right reading written by reading (36 of the 43; the
 * other 7 left out: a kind the old build also got wrong (3), odd punctuation (2), a spelling of a name no
 * desk uses (1), a repeat of a row's form (1)).
 * Every row fails on its attribution now:
 *   - learnTitleRightAfterName, its new honorific/nationality reach (6): a post learnt after الأمير,
 *     الشيخ or a nationality is called back by Entities.byTitle's older reading of a longer or looser title
 *     (وزير الطاقة الروسي, لاعب الاتحاد for لاعب الاتحاد السابق, إمام مسجد, حارس الهلال الثاني, عضو هيئة …);
 *     the same texts with a plain name were read so before the change too;
 *   - isFrenchArticleInName (2): the conditional لو, a verb and a comma after a name, read into the name;
 *   - titledPersonNameEnd through isTitledPersonName (8): a quote after a title that opens with a word
 *     that is also a given name (سعيد, كريم, جميل, محمد …) read as the person's name, a mention;
 *   - titledPersonNameEnd's bracketed path in readSubjectPhrase (4): a body named after a person, its name
 *     in brackets inside the title (جمعية (عبدالله بن زيد) الخيرية), read as the speaker;
 *   - headlineStatement (10): a line's label before the colon (الطقس, الشروط, المكان, الملخص, النتيجة,
 *     الحصيلة, التفاصيل, a round or a league) read as a speaker, or a name in marks inside a speaker's
 *     statement (على «هواوي») read as the speaker's fragment;
 *   - inStatementLine in isRecurringName (4): a name the headline's statement quotes and the body quotes
 *     once more no longer counts twice, and the body's is read as a fragment;
 *   - بخصوص in SUBJECT_STOPS (2): a title's complement with بخصوص cuts the subject before the name.
 * Mended after the read, 31 of the 36 (their gaps lines gone): Entities.byTitle no longer calls a former
 * holder back by the title without السابق, nor a holder by his post with an ordinal after it or by a
 * shorter indefinite post (qualifiesFurther); لو joins a name only after a given name; a name in marks
 * after a title wants the sentence to go on after it and no word with و but a given name; the bracketed
 * name is no body's namesake (after a body's head without the article, or before more of the title or a
 * name in apposition); headlineStatement takes a name, a post or a body before the colon, not a label (a
 * definite word alone that no name of the article or nisba spells), and not one word in marks after a
 * preposition; inStatementLine skips only a fragment's occurrence, not a name's after a naming noun, a
 * body's head, a preposition or an adverb of place; بخصوص and بشأن right after the verb drop its subject
 * instead of ending every subject, and خلاله/خلالها are passed over as فيه is. Left (5 gaps): another
 * country's minister of the same post (an adjective of origin may be the holder's own country's), a
 * member of a council (one of many), a league or a round before the colon (2), a season's name.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const postLearnt: readonly Row[] = [
  {
    what: 'another country’s minister of the same post (وزير الطاقة الروسي) is not the prince named before',
    text: 'قال الأمير عبدالعزيز بن سلمان وزير الطاقة، خلال المؤتمر، إن السوق متوازنة.\n\nوقال وزير الطاقة الروسي: «نتفق مع الرياض».',
    quotes: [['نتفق مع الرياض', 'direct', 'وزير الطاقة الروسي']],
    // engine gap: learnTitleRightAfterName (named path, after الأمير) learns وزير الطاقة for the prince, and
    // Entities.byTitle calls him back by the longer title with another nationality
    gaps: ['attribution'],
  },
  {
    what: 'a club’s player after its former player (لاعب الاتحاد السابق) is another man: ننتظره',
    text: 'قال السعودي فهد المولد لاعب الاتحاد السابق إن العودة قريبة.\n\nوقال لاعب الاتحاد: «ننتظره».',
    quotes: [['ننتظره', 'direct', 'لاعب الاتحاد']],
  },
  {
    what: 'the intelligence chief after the former chief named by his honorific is another man',
    text: 'قال الأمير تركي الفيصل رئيس الاستخبارات السابق إن «المنطقة تتغير».\n\nوقال رئيس الاستخبارات: «نتابع التهديدات».',
    quotes: [
      ['المنطقة تتغير', 'partial', 'تركي الفيصل'],
      ['نتابع التهديدات', 'direct', 'رئيس الاستخبارات'],
    ],
  },
  {
    what: 'an imam of a mosque (إمام مسجد, indefinite) is not the imam of Quba named before',
    text: 'قال الشيخ صالح المغامسي إمام مسجد قباء إن «الصلاة نور».\n\nوقال إمام مسجد: «نحث الناس على الصلاة».',
    quotes: [
      ['الصلاة نور', 'partial', 'صالح المغامسي'],
      ['نحث الناس على الصلاة', 'direct', 'إمام مسجد'],
    ],
  },
  {
    what: 'the club’s second goalkeeper (حارس الهلال الثاني) is not the keeper named before',
    text: 'قال المغربي ياسين بونو حارس الهلال إن «الفوز مهم».\n\nوقال حارس الهلال الثاني: «أنا جاهز».',
    quotes: [
      ['الفوز مهم', 'partial', 'ياسين بونو'],
      ['أنا جاهز', 'direct', 'حارس الهلال الثاني'],
    ],
  },
  {
    what: 'a member of the council of scholars (عضو هيئة كبار العلماء) is one of many, not the sheikh named before',
    text: 'قال الشيخ عبدالله المطلق عضو هيئة كبار العلماء إن «الفتوى واضحة».\n\nوقال عضو هيئة كبار العلماء: «لا خلاف في ذلك».',
    quotes: [
      ['الفتوى واضحة', 'partial', 'عبدالله المطلق'],
      ['لا خلاف في ذلك', 'direct', 'عضو هيئة كبار العلماء'],
    ],
    // engine gap: learnTitleRightAfterName (named path, after الشيخ) learns a membership as a one-holder
    // post; byTitle calls him back by it
    gaps: ['attribution'],
  },
];

const conditionalLaw: readonly Row[] = [
  {
    what: 'لو, a verb and a comma after a surname: “if we were late”, not a French family name',
    text: 'وأضاف العمري لو تأخرنا، لخسرنا كل شيء، مؤكدا أن «الفريق تعلم الدرس».',
    quotes: [['الفريق تعلم الدرس', 'partial', 'العمري']],
  },
  {
    what: 'لو سمحتم after a full name: “if you allow”, the speaker is the name before it',
    text: 'وقال فهد العلي لو سمحتم، «أريد أن أوضح أمرا».',
    quotes: [['أريد أن أوضح أمرا', 'direct', 'فهد العلي']],
  },
];

const saidAfterTitle: readonly Row[] = [
  {
    what: 'سعيد “happy” opening the player’s words is no given name: his words',
    text: 'وقال اللاعب «سعيد بهدفي الأول».',
    quotes: [['سعيد بهدفي الأول', 'direct', 'اللاعب']],
  },
  {
    what: 'the same with جدا after it',
    text: 'وقال اللاعب "سعيد جدا بالفوز".',
    quotes: [['سعيد جدا بالفوز', 'direct', 'اللاعب']],
  },
  {
    what: 'a sentence about a named man, said by the president, is his words, not a name',
    text: 'وقال الرئيس "محمد صلاح فخر مصر".',
    quotes: [['محمد صلاح فخر مصر', 'direct', 'الرئيس']],
  },
  {
    what: 'a minister’s tweet that opens with a name (سلمان قائدنا) is his words',
    text: 'وغرد الوزير «سلمان قائدنا».',
    quotes: [['سلمان قائدنا', 'direct', 'الوزير']],
  },
  {
    what: 'a player’s tweet that opens with سعيد is his words',
    text: 'وغرد اللاعب «سعيد بتجديد عقدي».',
    quotes: [['سعيد بتجديد عقدي', 'direct', 'اللاعب']],
  },
  {
    what: 'after a title with its nisba (المدرب الوطني) the same',
    text: 'وقال المدرب الوطني «سعيد بأداء اللاعبين».',
    quotes: [['سعيد بأداء اللاعبين', 'direct', 'المدرب الوطني']],
  },
  {
    what: 'كريم وشجاع, two adjectives joined by و, are the coach’s words',
    text: 'وقال المدرب «كريم وشجاع».',
    quotes: [['كريم وشجاع', 'direct', 'المدرب']],
  },
  {
    what: 'جميل جدا after a verb of comment and a role is the commentator’s words',
    text: 'وعلق الإعلامي «جميل جدا».',
    quotes: [['جميل جدا', 'direct', 'الإعلامي']],
  },
];

const bodyInBrackets: readonly Row[] = [
  {
    what: 'a movement named after a man, in brackets inside the title: the spokesman named after it speaks',
    text: 'قال المتحدث باسم حركة (أحمد شاه مسعود)، فهيم دشتي، إن «المقاومة مستمرة».',
    quotes: [['المقاومة مستمرة', 'partial', 'فهيم دشتي']],
  },
  {
    what: 'a charity named after a man, in brackets before الخيرية: the director named after it speaks',
    text: 'قال مدير جمعية (عبدالله بن زيد) الخيرية خالد العمري إن «التبرعات زادت».',
    quotes: [['التبرعات زادت', 'partial', 'خالد العمري']],
  },
  {
    what: 'the same with a foundation (مؤسسة (سلطان بن عبدالعزيز) الخيرية)',
    text: 'قال رئيس مؤسسة (سلطان بن عبدالعزيز) الخيرية فهد العلي إن «المشاريع مستمرة».',
    quotes: [['المشاريع مستمرة', 'partial', 'فهد العلي']],
  },
  {
    what: 'the same with a school (مدرسة (عمر بن الخطاب) الثانوية)',
    text: 'قال مدير مدرسة (عمر بن الخطاب) الثانوية خالد العمري إن «النتائج ممتازة».',
    quotes: [['النتائج ممتازة', 'partial', 'خالد العمري']],
  },
];

const labelBeforeColon: readonly Row[] = [
  {
    what: 'a weather line (الطقس:) has no speaker: a scare quote',
    text: 'الطقس: أمطار «غزيرة» على جدة',
    quotes: [['غزيرة', 'mention', null]],
  },
  {
    what: 'a company’s name in marks in a speaker’s headline statement is a name',
    text: 'ترامب: سأفرض رسوما على «هواوي»',
    quotes: [['هواوي', 'mention', null]],
  },
  {
    what: 'a list of conditions (الشروط:) has no speaker',
    text: 'الشروط: أن يكون المتقدم «سعوديا» وأن يحمل شهادة جامعية',
    quotes: [['سعوديا', 'mention', null]],
  },
  {
    what: 'a venue line (المكان:) and a hall’s name in marks',
    text: 'المكان: قاعة «الملك فيصل» للمؤتمرات',
    quotes: [['الملك فيصل', 'mention', null]],
  },
  {
    what: 'a summary line (الملخص:) and a team’s nickname',
    text: 'الملخص: الفريق «الأخضر» تأهل رغم الخسارة.',
    quotes: [['الأخضر', 'mention', null]],
  },
  {
    what: 'a result line (النتيجة:) and a treble in marks',
    text: 'النتيجة: الفريق حقق «الثلاثية» لأول مرة',
    quotes: [['الثلاثية', 'mention', null]],
  },
  {
    what: 'a toll line (الحصيلة:) and a scare quote',
    text: 'الحصيلة: 12 قتيلا في هجوم «إرهابي» بكابول',
    quotes: [['إرهابي', 'mention', null]],
  },
  {
    what: 'a details line (التفاصيل:) and a tower’s name',
    text: 'التفاصيل: الحادث وقع قرب «برج المملكة»',
    quotes: [['برج المملكة', 'mention', null]],
  },
  {
    what: 'a league round before the colon (الجولة الخامسة:) and a club’s nickname',
    text: 'الجولة الخامسة: الهلال يكتسح «العميد» بثلاثية',
    quotes: [['العميد', 'mention', null]],
    // engine gap: headlineStatement reads the round as a speaker (no time word in TIME_SET)
    gaps: ['attribution'],
  },
  {
    what: 'a league before the colon (الدوري الإنجليزي:) and a club’s nickname',
    text: 'الدوري الإنجليزي: ليفربول يهزم «الشياطين الحمر»',
    quotes: [['الشياطين الحمر', 'mention', null]],
    // engine gap: headlineStatement reads the league as a speaker
    gaps: ['attribution'],
  },
];

const nameTwice: readonly Row[] = [
  {
    what: 'a school’s name quoted in the headline’s statement and again in the body is a name both times',
    text: 'الوزير: مدرسة «الأمل» جاهزة\n\nأكد الوزير أن «الأمل» جاهزة للعام الدراسي.',
    quotes: [
      ['الأمل', 'mention', null],
      ['الأمل', 'mention', null],
    ],
  },
  {
    what: 'the same with a hospital’s name',
    text: 'وزير الصحة: مستشفى «الأمل» يفتتح قريبا\n\nوقال الوزير إن «الأمل» سيضم 300 سرير.',
    quotes: [
      ['الأمل', 'mention', null],
      ['الأمل', 'mention', null],
    ],
  },
  {
    what: 'the same with a club’s nickname',
    text: 'المدرب: سنلعب أمام «العميد» بكل قوة\n\nوقال المدرب إن «العميد» منافس قوي.',
    quotes: [
      ['العميد', 'mention', null],
      ['العميد', 'mention', null],
    ],
  },
  {
    what: 'the same with a season’s name',
    text: 'هيئة السياحة: موسم «الرياض» يحقق أرقاما قياسية\n\nوأكدت الهيئة أن «الرياض» استقبل ملايين الزوار.',
    quotes: [
      ['الرياض', 'mention', null],
      ['الرياض', 'mention', null],
    ],
    // engine gap: isRecurringName / inStatementLine
    gaps: ['attribution'],
  },
];

const aboutInTitle: readonly Row[] = [
  {
    what: 'بخصوص inside a committee’s title: the chairman named after it speaks',
    text: 'وقال رئيس اللجنة المختصة بخصوص المخالفات خالد العمري إن «العقوبات ستطبق».',
    quotes: [['العقوبات ستطبق', 'partial', 'خالد العمري']],
  },
  {
    what: 'the same with a department’s title and a colon',
    text: 'وقال مدير إدارة المتابعة بخصوص الشكاوى فهد العلي: «نعالج كل البلاغات».',
    quotes: [['نعالج كل البلاغات', 'direct', 'فهد العلي']],
  },
];

describe('lastread19: a post learnt after an honorific or a nationality', () => runRows(postLearnt));
describe('lastread19: the conditional لو after a name', () => runRows(conditionalLaw));
describe('lastread19: words after a title that open with a given name', () => runRows(saidAfterTitle));
describe('lastread19: a body named after a person, in brackets in the title', () => runRows(bodyInBrackets));
describe('lastread19: a label before a line’s colon', () => runRows(labelBeforeColon));
describe('lastread19: a name in the headline’s statement and the body', () => runRows(nameTwice));
describe('lastread19: بخصوص inside a title', () => runRows(aboutInTitle));
