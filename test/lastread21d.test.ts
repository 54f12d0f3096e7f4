/**
 * lastread21d: a read of the last mend of this session's change (21598f4: IDIOM_OPENING_NAMES in
 * isPersonsFullName, isMediaName only with a word right before the marks and never the one-word سبق,
 * respellAbd behind a title only for a whole name of two words or more) for what it misreads.
 * 240 news-style sentences were written by reading (men named حسن, حميد, وليد, عماد … with a family name in
 * marks after إن/أن; outlets' names after لـ, between commas or dashes, after ما نشرته; سبق the paper and
 * the verb; one man of عبد behind one title written apart and joined) and run through the build before the
 * change (1bbf952) and after it; 57 read differently: the new build right in 17 (an idiom that opens with a
 * given name, «حسن الخلق», «عماد الأسرة», the speaker's fragment; سبق the verb; an outlet's name all one
 * answers after a colon; two men of عبد behind two titles), both wrong in 1 (أشار التقرير إلى أن «زكي
 * الرائحة»: a partial now, but of no one), 5 left undecided (اللواء عبدالله and العميد عبد الله, one man
 * or two; «عماد الدين» alone, a name or words; one quote of الملك عبد الله and الملك عبدالله, either
 * spelling; وقال الوزير: «الأناضول» نقلت …, تساءل الكاتب: «سبق» أم «عكاظ»: a name or all he says). These
 * rows are the 34 confirmed misfires, where the old build read right and the new one does not, the right
 * reading written by reading:
 *   - isPersonsFullName with IDIOM_OPENING_NAMES (10): a real man's full name whose given name opens idioms
 *     and whose family name has the article but is no nisba nor named elsewhere in the article («حسن نصر
 *     الله», «حميد الأحمر», «وليد الفراج», «عماد الدين أديب») is taken for the speaker's fragment, a partial,
 *     not a mention of that man;
 *   - isMediaName (13): the one-word سبق is the Saudi paper wherever a word or a feminine verb makes it one
 *     (ما نشرته «سبق», ما علمته «سبق», ونشرت «سبق», وأبلغ مصدر «سبق» بأن, لـ«سبق» between dashes), and
 *     an outlet's name between commas (وذكرت صحيفة، «واشنطن بوست»،) has no word right
 *     before the marks: both now a partial or a direct of the speaker;
 *   - respellAbd behind a title (11): one man behind the same title, his one name of عبد written joined and
 *     apart (وقال الملك عبدالله … وأضاف الملك عبد الله), becomes two speakers.
 * Mended in the same session: after a given name that opens idioms, only a definite abstract noun (in ة, a
 * verbal noun of تفعيل/تفاعل/مفاعلة, or IDIOM_NOUNS: الظن, الجوار, الحظ …) makes the idiom, a family name
 * (الأحمر, الصباح) the man's name; an outlet's name is a mention after any word or comma, not after a colon
 * or a paragraph's start, and سبق is the verb only before أن or a pronoun of ل; a lone compound of عبد
 * behind a title calls back the one named behind the same title. All 34 rows passed then; after the fifth
 * read (lastread21e: سبق the verb and the noun «a first», 24 rows) سبق alone is no outlet in marks again,
 * and its ten rows here are gaps.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

// isPersonsFullName (attribute.ts), IDIOM_OPENING_NAMES: حسن, حميد, وليد and عماد open idioms, but before a
// family name with the article that is no nisba (الصباح, الأحمر, الجابر, الفراج) or the second half of a
// compound given name (عماد الدين, نصر الله) they are a man's name, and the name in marks a mention.
const fullName: readonly Row[] = [
  {
    what: '«حميد الأحمر» after إن is the man named, not the spokesman’s words',
    text: 'وقال المتحدث إن «حميد الأحمر» يقف وراء التمويل.',
    quotes: [['حميد الأحمر', 'mention', null]],
  },
  {
    what: '«حميد الأحمر» after إن, the family name again later unquoted',
    text: 'وقال المصدر إن «حميد الأحمر» يملك القناة. وأضاف أن الأحمر غادر اليمن.',
    quotes: [['حميد الأحمر', 'mention', null]],
  },
  {
    what: '«وليد الصالح» after إن in a statement is the man named',
    text: 'وقال البيان إن «وليد الصالح» لم يعد عضوا في الحزب.',
    quotes: [['وليد الصالح', 'mention', null]],
  },
  {
    what: '«حسن الصباح» after إن is the man named',
    text: 'وقالت الصحيفة إن «حسن الصباح» يتولى ملف المفاوضات.',
    quotes: [['حسن الصباح', 'mention', null]],
  },
  {
    what: '«وليد الفراج» after إن is the broadcaster named',
    text: 'وقال اللاعب إن «وليد الفراج» إعلامي مميز.',
    quotes: [['وليد الفراج', 'mention', null]],
  },
  {
    what: '«حميد الجابر» after أن is the man named',
    text: 'وأكد الوزير أن «حميد الجابر» يمثل الحكومة في المؤتمر.',
    quotes: [['حميد الجابر', 'mention', null]],
  },
  {
    what: '«حسن نصر الله» after إن is the man named (نصر الله, a compound name ending in الله)',
    text: 'وقال المتحدث إن «حسن نصر الله» يتحمل المسؤولية.',
    quotes: [['حسن نصر الله', 'mention', null]],
  },
  {
    what: '«حسن نصر الله» after إن, before a future verb',
    text: 'وقال المتحدث إن «حسن نصر الله» سيلقي خطابا مساء اليوم.',
    quotes: [['حسن نصر الله', 'mention', null]],
  },
  {
    what: '«حسن نصر الله» after أن is the man named',
    text: 'وأكد المحلل أن «حسن نصر الله» يواجه ضغوطا.',
    quotes: [['حسن نصر الله', 'mention', null]],
  },
  {
    what: '«عماد الدين أديب» after إن is the journalist named (عماد الدين, a compound given name)',
    text: 'وقال الكاتب إن «عماد الدين أديب» إعلامي معروف.',
    quotes: [['عماد الدين أديب', 'mention', null]],
  },
];

// isMediaName (attribute.ts): never the one-word سبق, and only with a word right before the marks. سبق is
// the Saudi paper after ما نشرته, ما علمته, ما أوردته, a feminine verb or لـ between dashes; an outlet's
// name between commas or dashes has punctuation before it. Each is a mention, now a speaker's words.
const media: readonly Row[] = [
  {
    what: '«سبق» after حسب ما علمته is the paper',
    text: 'وحسب ما علمته «سبق» فإن الاجتماع تأجل.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: '«سبق» after وفقا لما أوردته is the paper',
    text: 'ووفقا لما أوردته «سبق»، فإن الاجتماع تأجل.',
    quotes: [['سبق', 'mention', null]],
    // (read since the twenty-fourth session as the verb's subject in marks, a comma, then فإن)
  },
  {
    what: '«سبق» after ما نشرته inside إن is the paper, not the citizen’s word',
    text: 'وقال المواطن إن ما نشرته «سبق» صحيح.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: '«سبق» after إن before a feminine verb is the paper',
    text: 'وقال إن «سبق» نشرت الخبر أولا.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: '«سبق» after إن before أول صحيفة is the paper',
    text: 'وسبق أن قال الوزير إن «سبق» أول صحيفة إلكترونية.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: 'لـ«سبق» between hyphens is whom the doctor told',
    text: 'وأوضح الطبيب - في حديثه لـ«سبق» - أن الحالة مستقرة.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: 'لـ«سبق» between dashes is whom the official told',
    text: 'وقال المسؤول – لـ«سبق» – إن العمل مستمر.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: '«سبق» the subject of ونشرت is the paper',
    text: 'ونشرت «سبق» صورا للحادث.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: '«سبق» after عبر is the paper the spokesman spoke through',
    text: 'وعبر «سبق» قال المتحدث إن الأمر انتهى.',
    quotes: [['سبق', 'mention', null]],
    // (read since the twenty-fourth session as the channel after عبر)
  },
  {
    what: '«سبق» the object of وأبلغ مصدر is whom the source told',
    text: 'وأبلغ مصدر «سبق» بأن الحادث وقع فجرا.',
    quotes: [['سبق', 'mention', null]],
    // engine gap: isMediaName takes سبق alone for no outlet now (lastread21e: the verb «سبق» وأن …, the
    // noun «سبق» تاريخي, 24 rows), so the paper in marks is read as before the session
    gaps: ['attribution'],
  },
  {
    what: '«الغارديان» between commas after صحيفة is the paper’s name',
    text: 'وذكرت صحيفة، «الغارديان»، أن الوزير استقال.',
    quotes: [['الغارديان', 'mention', null]],
  },
  {
    what: '«واشنطن بوست» between commas after صحيفة is the paper’s name',
    text: 'وذكرت صحيفة، «واشنطن بوست»، أن البيت الأبيض يدرس الخيارات.',
    quotes: [['واشنطن بوست', 'mention', null]],
  },
  {
    what: '«الأناضول» between commas after الوكالة is the agency’s name',
    text: 'وقالت الوكالة، «الأناضول»، إن الهجوم وقع فجرا.',
    quotes: [['الأناضول', 'mention', null]],
  },
];

// respellAbd behind a title (entities.ts), now 'none' for a one-word name of عبد: the same man behind the
// same title, his name written joined once and apart once, is two speakers.
const abd: readonly Row[] = [
  {
    what: 'الملك عبدالله and الملك عبد الله are one king',
    text: 'وقال الملك عبدالله: «نحن معكم». وأضاف الملك عبد الله: «لن نتخلى».',
    quotes: [
      ['نحن معكم', 'direct', 'عبد الله'],
      ['لن نتخلى', 'direct', 'عبد الله'],
    ],
  },
  {
    what: 'الأمير عبدالعزيز and الأمير عبد العزيز are one prince',
    text: 'وقال الأمير عبدالعزيز: «الأسواق مستقرة». وأضاف الأمير عبد العزيز: «الإنتاج سيرتفع».',
    quotes: [
      ['الأسواق مستقرة', 'direct', 'عبد العزيز'],
      ['الإنتاج سيرتفع', 'direct', 'عبد العزيز'],
    ],
  },
  {
    what: 'الشيخ عبد الرحمن and الشيخ عبدالرحمن are one sheikh',
    text: 'وأكد الشيخ عبد الرحمن: «الوحدة أساس النجاح». وتابع الشيخ عبدالرحمن: «علينا العمل معا».',
    quotes: [
      ['الوحدة أساس النجاح', 'direct', 'عبد الرحمن'],
      ['علينا العمل معا', 'direct', 'عبد الرحمن'],
    ],
  },
  {
    what: 'الدكتور عبدالله and الدكتور عبد الله are one doctor',
    text: 'وقال الدكتور عبدالله: «الحالة مستقرة». وأضاف الدكتور عبد الله: «المريض سيغادر غدا».',
    quotes: [
      ['الحالة مستقرة', 'direct', 'عبد الله'],
      ['المريض سيغادر غدا', 'direct', 'عبد الله'],
    ],
  },
  {
    what: 'المهندس عبد الكريم and المهندس عبدالكريم are one engineer',
    text: 'وقال المهندس عبد الكريم: «المشروع سينتهي قريبا». وأوضح المهندس عبدالكريم: «التكلفة معقولة».',
    quotes: [
      ['المشروع سينتهي قريبا', 'direct', 'عبد الكريم'],
      ['التكلفة معقولة', 'direct', 'عبد الكريم'],
    ],
  },
  {
    what: 'الشيخ عبدالله and الشيخ عبد الله are one sheikh',
    text: 'وقال الشيخ عبدالله: «الصلح خير». وقال الشيخ عبد الله: «نحن مع الصلح».',
    quotes: [
      ['الصلح خير', 'direct', 'عبد الله'],
      ['نحن مع الصلح', 'direct', 'عبد الله'],
    ],
  },
  {
    what: 'المدرب عبد الرحيم and المدرب عبدالرحيم are one coach',
    text: 'وقال المدرب عبد الرحيم: «الفريق جاهز». وأضاف المدرب عبدالرحيم: «سنلعب للفوز».',
    quotes: [
      ['الفريق جاهز', 'direct', 'عبد الرحيم'],
      ['سنلعب للفوز', 'direct', 'عبد الرحيم'],
    ],
  },
  {
    what: 'الأستاذ عبدالحميد and الأستاذ عبد الحميد are one teacher',
    text: 'وقال الأستاذ عبدالحميد: «الامتحانات سهلة». وأضاف الأستاذ عبد الحميد: «الطلاب مستعدون».',
    quotes: [
      ['الامتحانات سهلة', 'direct', 'عبد الحميد'],
      ['الطلاب مستعدون', 'direct', 'عبد الحميد'],
    ],
  },
  {
    what: 'الوزير عبد الله and الوزير عبدالله are one minister',
    text: 'وقال الوزير عبد الله: «الميزانية جاهزة». ثم قال الوزير عبدالله: «لا ضرائب جديدة».',
    quotes: [
      ['الميزانية جاهزة', 'direct', 'عبد الله'],
      ['لا ضرائب جديدة', 'direct', 'عبد الله'],
    ],
  },
  {
    what: 'الحاج عبد القادر and الحاج عبدالقادر are one farmer',
    text: 'وقال الحاج عبد القادر: «المحصول جيد هذا العام». وأضاف الحاج عبدالقادر: «الأسعار منخفضة».',
    quotes: [
      ['المحصول جيد هذا العام', 'direct', 'عبد القادر'],
      ['الأسعار منخفضة', 'direct', 'عبد القادر'],
    ],
  },
  {
    what: 'الكابتن عبدالله and الكابتن عبد الله are one pilot',
    text: 'وقال الكابتن عبدالله: «الطائرة هبطت بسلام». وأضاف الكابتن عبد الله: «الركاب بخير».',
    quotes: [
      ['الطائرة هبطت بسلام', 'direct', 'عبد الله'],
      ['الركاب بخير', 'direct', 'عبد الله'],
    ],
  },
];

describe('lastread21d: a man’s full name on a given name that opens idioms read as words', () =>
  runRows(fullName));
describe('lastread21d: سبق the paper, and an outlet’s name after punctuation, read as words', () =>
  runRows(media));
describe('lastread21d: one man of عبد behind one title, written joined and apart, split', () => runRows(abd));
