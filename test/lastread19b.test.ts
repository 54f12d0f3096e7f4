/**
 * lastread19b: a read of this session's change to the engine (6639d33..dcfa0dc: a Gulf family name called
 * back with the article (findByArticledFamily), a body's account, page or site for the body (accountOwner),
 * a companion after و with a possessive cutting a name in learnAppositions, a name after a foreign
 * nationality not cut before time phrases then أن (afterTimePhrases), expandNames stopping where a باسم
 * title ends; fragmentPosition keeping fragments out of isRecurringName, isShortName after بأنه, إليه no
 * naming noun, cues after a comma-closed subject and a platform's head noun, خلالها after a relative's
 * verb, a noun of saying after a governing preposition then بأن, quotes after ب and a verb of describing
 * or a noun of words (بعبارة), a name ending before ضرورة/أهمية, a known surname then a title after a verb
 * that takes an object) for what it misreads. 349 news-style sentences and short articles were written by
 * reading and run through the build before the change and after it; 126 read differently: the new build
 * right in 63, the old one right in 46, both wrong or unclear in 17. These rows are the confirmed misfires,
 * where the old build read right and the new one does not, the right reading written by reading (31 of
 * the 46; the other 15 left out as repeats of a row's form: findByArticledFamily 9 (النصر again, الرياض
 * the paper, الوحدة, الخليج, الحزم, القادسية, a woman's family called back by a masculine verb twice more,
 * the apposition's other role once more), afterTimePhrases 2, wordsOfCue 1, fragmentPosition 3 (برنامج
 * سكني, أكاديمية مهد, مبادرة حياة كريمة after أشاد بـ)), and 2 rows from the both-wrong texts where the new
 * build mends one quote and breaks the other (sayingNounAt).
 * Every row fails on its attribution now:
 *   - Entities.findByArticledFamily (12): a word with the article whose bare form ends a named person's
 *     full name is read as his family called back, though it is a club (النصر, الهلال, الفتح, الرائد),
 *     a city or a channel with a feminine verb (وقالت الرياض, وقالت الجزيرة), a ruler's title (السلطان),
 *     another man given another role in apposition (الخالد، رئيس المحكمة), or the verb's gender is not
 *     the named person's (قالت … سارة علي then وقال العلي; فهد ناصر then وقالت الناصر);
 *   - afterTimePhrases in readSubjectPhrase (6): after a foreign nationality, a verb's definite object
 *     before a time phrase and أن/بأن/a colon (أخبر تشافي اللاعبين مساء أمس أن) is kept in the name;
 *   - wordsOfCue (6): بعبارة «…» on a banner, a chant, a note or a campaign inside a reported clause (قال
 *     الشاهد إن المتظاهرين رفعوا لافتات بعبارة «ارحل») is read as the reporter's words, partial; a cue
 *     whose subject is an event (واختتم الحفل بعبارة «…») gives a run-on speaker (الحفل بعبارة);
 *   - fragmentPosition in isRecurringName (6): a body's, an initiative's, an app's, a festival's or a person's name
 *     quoted twice is no longer counted as a recurring name when one of its places is after a cue's
 *     preposition (أشاد بـ«مبادرة مسك»), after إن and a definite noun in apposition (إن المستشفى «مستشفى
 *     الملك فهد»), or after a headline's colon and a definite title (الاتحاد: المدرب «جيسوس»), and the
 *     first is read as a fragment, partial;
 *   - sayingNounAt's governed path (3): a noun of saying after على inside an adverbial aside (تعليقا على
 *     تصريحات فلان, ردا على تصريح فلان) takes the main cue's own أن/إن clause for the agent's words.

 * Mended after the read, 23 of the 33 (their gaps lines gone): afterTimePhrases spares past a time phrase
 * only a word that merely looks definite (فالس), not a definite object; findByArticledFamily calls back no
 * woman's name by an articled family word and no place; wordsOfCue wants the noun of words right after a
 * noun of one's own speech or the cue's subject, and stops at a complementiser; indefinitePhrase leaves
 * out a quote that opens with a naming noun, a body's head or a work's (مبادرة, تطبيق, مهرجان, مؤسسة);
 * awaitsPredicate not after a title or before the subject's own noun; sayingNounAt's governed path not
 * when a finite verb of saying stands before in the clause. Left (10 gaps): clubs called by their name
 * after a person with that word as family name (4), a capital, a channel, a ruler, a role in apposition,
 * a woman's verb with a man's family name, and the replies after a quoted claim (2).
*/
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const articledFamily: readonly Row[] = [
  {
    what: 'النصر in a statement is the club, not the player عماد نصر',
    text: 'قال لاعب الوسط عماد نصر إن «الفريق جاهز».\n\nوأعلن النصر في بيان أن «اللاعب مصاب».',
    quotes: [
      ['الفريق جاهز', 'partial', 'عماد نصر'],
      ['اللاعب مصاب', 'partial', 'النصر'],
    ],
    // engine gap: Entities.findByArticledFamily reads النصر as the family of عماد نصر called back the Gulf
    // way; a club's name after a verb and في بيان is the body
    gaps: ['attribution'],
  },
  {
    what: 'الهلال in a statement is the club, not the striker سعد هلال',
    text: 'قال المهاجم سعد هلال إن «الفوز مهم».\n\nوقال الهلال في بيان: «نرحب باللاعب».',
    quotes: [
      ['الفوز مهم', 'partial', 'سعد هلال'],
      ['نرحب باللاعب', 'direct', 'الهلال'],
    ],
    // engine gap: Entities.findByArticledFamily (الهلال read as the family of سعد هلال)
    gaps: ['attribution'],
  },
  {
    what: 'الفتح in a statement is the club, not the coach أحمد فتح',
    text: 'قال المدرب أحمد فتح إن «الفريق يتحسن».\n\nوقال الفتح في بيان: «نشكر المدرب».',
    quotes: [
      ['الفريق يتحسن', 'partial', 'أحمد فتح'],
      ['نشكر المدرب', 'direct', 'الفتح'],
    ],
    // engine gap: Entities.findByArticledFamily (الفتح read as the family of أحمد فتح)
    gaps: ['attribution'],
  },
  {
    what: 'الرائد in a statement is the club, not the coach فيصل رائد',
    text: 'قال المدرب فيصل رائد إن «الفريق جاهز».\n\nوقال الرائد في بيان: «ننفي الخبر».',
    quotes: [
      ['الفريق جاهز', 'partial', 'فيصل رائد'],
      ['ننفي الخبر', 'direct', 'الرائد'],
    ],
    // engine gap: Entities.findByArticledFamily (الرائد read as the family of فيصل رائد)
    gaps: ['attribution'],
  },
  {
    what: 'وقالت الرياض (a feminine verb) is the capital, not the analyst أحمد رياض',
    text: 'قال المحلل المصري أحمد رياض إن «الاتفاق مهم».\n\nوقالت الرياض إنها «ترفض التدخل».',
    quotes: [
      ['الاتفاق مهم', 'partial', 'أحمد رياض'],
      ['ترفض التدخل', 'partial', 'الرياض'],
    ],
  },
  {
    what: 'وقالت الجزيرة is the channel, not the poet سامي جزيرة',
    text: 'قال الشاعر سامي جزيرة إن «الشعر حياة».\n\nوقالت الجزيرة: «ننشر القصيدة».',
    quotes: [
      ['الشعر حياة', 'partial', 'سامي جزيرة'],
      ['ننشر القصيدة', 'direct', 'الجزيرة'],
    ],
    // engine gap: Entities.findByArticledFamily (الجزيرة read as the family of سامي جزيرة)
    gaps: ['attribution'],
  },
  {
    what: 'السلطان who orders is the ruler, not the citizen فهد سلطان',
    text: 'قال المواطن فهد سلطان إن «الطريق خطر».\n\nوقال السلطان: «نأمر بإصلاحه».',
    quotes: [
      ['الطريق خطر', 'partial', 'فهد سلطان'],
      ['نأمر بإصلاحه', 'direct', 'السلطان'],
    ],
    // engine gap: Entities.findByArticledFamily (السلطان is no title in TITLE_SET there, read as the family
    // of فهد سلطان)
    gaps: ['attribution'],
  },
  {
    what: 'الخالد، رئيس المحكمة is another man than the lawyer ماجد خالد',
    text: 'قال المحامي ماجد خالد إن «القضية قوية».\n\nوقال الخالد، رئيس المحكمة: «سننظر فيها».',
    quotes: [
      ['القضية قوية', 'partial', 'ماجد خالد'],
      ['سننظر فيها', 'direct', 'الخالد'],
    ],
    // engine gap: Entities.findByArticledFamily calls back the lawyer though the apposition gives another
    // post
    gaps: ['attribution'],
  },
  {
    what: 'وقال العلي (a man) is not the student سارة علي',
    text: 'قالت الطالبة سارة علي إن «الاختبار سهل».\n\nوقال العلي: «نتائج جيدة».',
    quotes: [
      ['الاختبار سهل', 'partial', 'سارة علي'],
      ['نتائج جيدة', 'direct', 'العلي'],
    ],
  },
  {
    what: 'وقال الخالد (a man) is not the doctor نورة خالد',
    text: 'قالت الطبيبة نورة خالد إن «اللقاح آمن».\n\nوقال الخالد: «نتابع الحالات».',
    quotes: [
      ['اللقاح آمن', 'partial', 'نورة خالد'],
      ['نتابع الحالات', 'direct', 'الخالد'],
    ],
  },
  {
    what: 'وقالت الناصر (a woman) is not the engineer فهد ناصر',
    text: 'قال المهندس فهد ناصر إن «المشروع جاهز».\n\nوقالت الناصر: «نحتاج وقتا».',
    quotes: [
      ['المشروع جاهز', 'partial', 'فهد ناصر'],
      ['نحتاج وقتا', 'direct', 'الناصر'],
    ],
    // engine gap: Entities.findByArticledFamily calls back a man for a feminine verb
    gaps: ['attribution'],
  },
  {
    what: 'السالم proud of her is not the artist ريم سالم herself',
    text: 'قالت الفنانة ريم سالم إن «المعرض رائع».\n\nوأضاف السالم: «نحن فخورون بها».',
    quotes: [
      ['المعرض رائع', 'partial', 'ريم سالم'],
      ['نحن فخورون بها', 'direct', 'السالم'],
    ],
  },
];

const objectBeforeTime: readonly Row[] = [
  {
    what: 'أخبر تشافي اللاعبين مساء أمس أن: the players are the object',
    text: 'وأخبر المدرب الإسباني تشافي اللاعبين مساء أمس أن «المباراة حاسمة».',
    quotes: [['المباراة حاسمة', 'partial', 'تشافي']],
  },
  {
    what: 'أكد ماكرون الالتزام أمس بأن: the commitment is the object',
    text: 'وأكد الرئيس الفرنسي ماكرون الالتزام أمس بأن «فرنسا لن تتخلى».',
    quotes: [['فرنسا لن تتخلى', 'partial', 'ماكرون']],
  },
  {
    what: 'وعد بايدن الناخبين الأحد أن: the voters are the object',
    text: 'ووعد الرئيس الأمريكي بايدن الناخبين الأحد أن «الاقتصاد سيتحسن».',
    quotes: [['الاقتصاد سيتحسن', 'partial', 'بايدن']],
  },
  {
    what: 'قال رونار المنتخب أمس: the team is no part of the name',
    text: 'وقال المدرب الفرنسي هيرفي رونار المنتخب أمس: «جاهز».',
    quotes: [['جاهز', 'direct', 'هيرفي رونار']],
  },
  {
    what: 'أبلغ هايكو ماس النواب الثلاثاء أن: the deputies are the object',
    text: 'وأبلغ وزير الخارجية الألماني هايكو ماس النواب الثلاثاء أن «برلين ستساعد».',
    quotes: [['برلين ستساعد', 'partial', 'هايكو ماس']],
  },
  {
    what: 'وعد جيسوس الجمهور الليلة: the crowd is the object',
    text: 'ووعد المدرب البرتغالي جيسوس الجمهور الليلة: «سنفوز».',
    quotes: [['سنفوز', 'direct', 'جيسوس']],
  },
];

const phraseOfOthers: readonly Row[] = [
  {
    what: 'a banner’s slogan inside a witness’s clause is no words of his',
    text: 'وقال الشاهد إن المتظاهرين رفعوا لافتات بعبارة «ارحل».',
    quotes: [['ارحل', 'mention', null]],
  },
  {
    what: 'a crowd’s chant inside a reporter’s clause is no words of his',
    text: 'وقال المراسل إن الجماهير رددت هتافات بعبارة «يا هلال».',
    quotes: [['يا هلال', 'mention', null]],
  },
  {
    what: 'a thief’s note inside a policeman’s clause is no words of the policeman',
    text: 'وقال الشرطي إن اللص ترك رسالة بعبارة «آسف».',
    quotes: [['آسف', 'mention', null]],
  },
  {
    what: 'a campaign’s slogan inside a source’s clause is no words of the source',
    text: 'وذكر مصدر أن الشركة أطلقت حملة بعبارة «وطني أولا».',
    quotes: [['وطني أولا', 'mention', null]],
  },
  {
    what: 'a conference closing with a phrase has no speaker',
    text: 'واختتم المؤتمر أعماله بعبارة «نلتقي العام المقبل».',
    quotes: [['نلتقي العام المقبل', 'mention', null]],
  },
  {
    what: 'a ceremony closing with a phrase has no speaker',
    text: 'واختتم الحفل بعبارة «شكرا للحضور».',
    quotes: [['شكرا للحضور', 'mention', null]],
  },
];

const nameTwice: readonly Row[] = [
  {
    what: 'an initiative’s name after أشاد بـ and again is a name',
    text: 'وأشاد الوزير بـ«مبادرة مسك» التي أطلقها ولي العهد.\n\nوتهدف «مبادرة مسك» إلى دعم الشباب.',
    quotes: [
      ['مبادرة مسك', 'mention', null],
      ['مبادرة مسك', 'mention', null],
    ],
  },
  {
    what: 'an app’s name after أشاد بـ and again is a name',
    text: 'وأشاد الوزير بـ«تطبيق توكلنا».\n\nوساعد «تطبيق توكلنا» الملايين.',
    quotes: [
      ['تطبيق توكلنا', 'mention', null],
      ['تطبيق توكلنا', 'mention', null],
    ],
  },
  {
    what: 'a foundation’s name after أشاد بـ and again is a name',
    text: 'وأشاد المدير بـ«مؤسسة مسك».\n\nوتعمل «مؤسسة مسك» منذ سنوات.',
    quotes: [
      ['مؤسسة مسك', 'mention', null],
      ['مؤسسة مسك', 'mention', null],
    ],
  },
  {
    what: 'a festival’s name after أشادت بـ and again is a name',
    text: 'وأشادت الوزارة بـ«مهرجان جدة».\n\nويستمر «مهرجان جدة» شهرا.',
    quotes: [
      ['مهرجان جدة', 'mention', null],
      ['مهرجان جدة', 'mention', null],
    ],
  },
  {
    what: 'a hospital’s name in apposition after إن المستشفى and again is a name',
    text: 'وقال المتحدث إن المستشفى «مستشفى الملك فهد» جاهز.\n\nوأضاف أن «مستشفى الملك فهد» يستقبل المرضى.',
    quotes: [
      ['مستشفى الملك فهد', 'mention', null],
      ['مستشفى الملك فهد', 'mention', null],
    ],
  },
  {
    what: 'a coach’s name in a headline after the club’s colon and his title is a name',
    text: 'الاتحاد: المدرب «جيسوس» باق.\n\nوقال «جيسوس» إنه سعيد.',
    quotes: [
      ['جيسوس', 'mention', null],
      ['جيسوس', 'mention', null],
    ],
  },
];

const sayingNoun: readonly Row[] = [
  {
    what: 'أن after أكد and an adverbial تعليقا على تصريحات is the spokesman’s, not the Iranian minister’s',
    text: 'وأكد المتحدث تعليقا على تصريحات الوزير الإيراني أن «المملكة لن تقبل».',
    quotes: [['المملكة لن تقبل', 'partial', 'المتحدث']],
  },
  {
    what: 'the spokesman’s own reply after the minister’s quoted claim stays his',
    text: 'وقال المتحدث، ردا على تصريح الوزير بأن «الرياض تتدخل»، إن «هذا غير صحيح».',
    quotes: [
      ['الرياض تتدخل', 'partial', 'الوزير'],
      ['هذا غير صحيح', 'partial', 'المتحدث'],
    ],
    // engine gap: sayingNounAt's governed path gives the minister the cue's own إن clause after the aside
    // too (the first quote was the spokesman's before the change, the second right; now the reverse)
    gaps: ['attribution'],
  },
  {
    what: 'the ministry’s own reply after the deputy’s quoted claim stays the ministry’s',
    text: 'وقالت الوزارة ردا على تصريح النائب بأن «الأسعار مرتفعة» إن «الأسعار مستقرة».',
    quotes: [
      ['الأسعار مرتفعة', 'partial', 'النائب'],
      ['الأسعار مستقرة', 'partial', 'الوزارة'],
    ],
    // engine gap: sayingNounAt's governed path (as above; the second quote now the deputy's)
    gaps: ['attribution'],
  },
];

describe('lastread19b: a word with the article called back as a family', () => runRows(articledFamily));
describe('lastread19b: a verb’s object before a time phrase', () => runRows(objectBeforeTime));
describe('lastread19b: بعبارة in someone else’s clause', () => runRows(phraseOfOthers));
describe('lastread19b: a name quoted twice', () => runRows(nameTwice));
describe('lastread19b: a noun of saying after a preposition', () => runRows(sayingNoun));
