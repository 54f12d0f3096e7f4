/**
 * lastread21b: a read of the later part of this session's change (b34408d..a4c16e7: soleHolderWithoutOrigin
 * after describedHolder; the mends of 0a1fdc9, headNamedSpeakers taken out, هاجم/اعترض/تطرق out of the
 * cues, isPersonsFullName only with family names with the article and never right after إن/أن, respellAbd
 * only for a name with no title of its own; وتابع with one family name with the article) for what it
 * misreads.
 * 282 news-style sentences and short articles were written by reading (two coaches, two ministers, envoys at
 * the Security Council, courts, Gulf and Maghreb papers, وتابع after a speaker and before a quoted object,
 * names in marks after إن/أن, عبد written apart and joined) and run through the build before the change and
 * after it; 96 read differently: the new build right in 31, the old one right in 43, both wrong in 19 (most
 * of them وتابع before a quoted title or event, الجمهور/الحضور/الأهلي «…»: a mention the old build read as a
 * direct quote of no one and the new one as the collective's words), and 3 left undecided (an Arab-named
 * national coach and المدرب البلجيكي, مدرب الأهلي and المدرب التونسي, المبعوث الخاص and المبعوث الروسي:
 * which person only world knowledge says). These rows are the 43 confirmed misfires, where the old build
 * read right and the new one does not, the right reading written by reading:
 *   - soleHolderWithoutOrigin (12): the one holder named of a head (المندوب, المتحدث, الناطق, المحامي,
 *     القائد, المدرب, الناخب) with no nationality in his titles takes the words of the other side's man
 *     described by a nationality (ورد المندوب الروسي, المتحدث الإسرائيلي, فزنا after a defeat);
 *   - headNamedSpeakers taken out (2): وأضاف الوزير الكويتي after الوزير فلان is no longer him, وزير being a
 *     country's office that describedHolder and soleHolderWithoutOrigin leave alone;
 *   - the cues taken out (10): اعترض, تطرق and هاجم in their ordinary sense before a colon and the subject's
 *     own words (واعترض المحامي على قرار المحكمة: «…»); the speaker becomes null, or the title is cut
 *     (الأمين العام → الأمين);
 *   - isPersonsFullName (12): a name alone in marks right after إن/أن whose clause goes on outside them
 *     (إن «محمد صلاح» هو أفضل لاعب) is read as a quoted clause, a mention turned a partial;
 *   - respellAbd (7): the same man named again behind a title with عبد written the other way (الدكتور عبد
 *     الله الربيعة after الدكتور عبدالله الربيعة) becomes a second speaker.
 * Mended in the same session: soleHolderWithoutOrigin taken out, isPersonsFullName right after إن/أن again
 * (its words all given names, joiners or family names with the article), respellAbd behind a title for the
 * same whole name; وتابع with a nisba or a name the article knows only (not الجمهور). 30 rows pass; 13 stay
 * gaps: the two of headNamedSpeakers and the ten of the cues taken out (read as before the session, a trade
 * against the misfires lastread21 found), and a name in marks whose family name has no article (ياسين
 * بونو), which isPersonsFullName no longer takes (a plain word may be a verb: «محمود هرب»).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

// soleHolderWithoutOrigin (entities.ts, from describedHolder): the one named holder of the head, with no
// nationality or country in his titles, is given a description of another nationality that names the other
// side’s man (ورد, في المقابل, فزنا after خسر المنتخب الجزائري).
const sole: readonly Row[] = [
  {
    what: 'Israel’s envoy who answered is not the permanent representative named before him',
    text: 'وقال المندوب الدائم عبد الرحمن المطيري أمام مجلس الأمن: «نرفض العدوان». ورد المندوب الإسرائيلي: «هذا كذب».',
    quotes: [
      ['نرفض العدوان', 'direct', 'عبد الرحمن المطيري'],
      ['هذا كذب', 'direct', 'المندوب الإسرائيلي'],
    ],
  },
  {
    what: 'the Russian envoy who replied is not the Kingdom’s permanent representative',
    text: 'وقال المندوب الدائم للمملكة عبد العزيز الواصل: «نطالب بوقف إطلاق النار». ورد المندوب الروسي: «الغرب يكيل بمكيالين».',
    quotes: [
      ['نطالب بوقف إطلاق النار', 'direct', 'عبد العزيز الواصل'],
      ['الغرب يكيل بمكيالين', 'direct', 'المندوب الروسي'],
    ],
  },
  {
    what: 'the American envoy (في المقابل, Washington’s veto) is not the permanent representative',
    text: 'وقال المندوب الدائم سالم الكعبي أمام الجمعية العامة إن «الاحتلال يجب أن ينتهي». وفي المقابل، قال المندوب الأمريكي إن «واشنطن ستستخدم الفيتو».',
    quotes: [
      ['الاحتلال يجب أن ينتهي', 'partial', 'سالم الكعبي'],
      ['واشنطن ستستخدم الفيتو', 'partial', 'المندوب الأمريكي'],
    ],
  },
  {
    what: 'the British lawyer for the victims is not the defence lawyer',
    text: 'قال محامي الدفاع سالم القرني: «الأدلة ضعيفة». وقال المحامي البريطاني الذي يمثل الضحايا: «العدالة ستنتصر».',
    quotes: [
      ['الأدلة ضعيفة', 'direct', 'سالم القرني'],
      ['العدالة ستنتصر', 'direct', 'المحامي البريطاني'],
    ],
  },
  {
    what: 'the American lawyer for the injured company is not the accused’s lawyer',
    text: `نظرت محكمة الجنايات في قضية الاحتيال.\nوقال محامي المتهم سعيد الفارس: «موكلي ضحية».\nوقال المحامي الأمريكي الذي يمثل الشركة المتضررة: «لدينا أدلة دامغة».`,
    quotes: [
      ['موكلي ضحية', 'direct', 'سعيد الفارس'],
      ['لدينا أدلة دامغة', 'direct', 'المحامي الأمريكي'],
    ],
  },
  {
    what: 'the American spokesman is not the government’s spokesman',
    text: 'وقال المتحدث باسم الحكومة سعيد الشهري: «الأسعار مستقرة». وقال المتحدث الأمريكي: «نراقب الوضع».',
    quotes: [
      ['الأسعار مستقرة', 'direct', 'سعيد الشهري'],
      ['نراقب الوضع', 'direct', 'المتحدث الأمريكي'],
    ],
  },
  {
    what: 'the Israeli spokesman is not the foreign ministry’s spokesman named before him',
    text: 'وقال المتحدث باسم الخارجية ماجد الأنصاري: «الوساطة مستمرة». وقال المتحدث الإسرائيلي إن «حماس ترفض الصفقة».',
    quotes: [
      ['الوساطة مستمرة', 'direct', 'ماجد الأنصاري'],
      ['حماس ترفض الصفقة', 'partial', 'المتحدث الإسرائيلي'],
    ],
  },
  {
    what: 'the Algerian spokesman who answered is not Morocco’s government spokesman',
    text: 'وقال الناطق الرسمي باسم الحكومة مصطفى بايتاس: «الأسعار تحت السيطرة». ورد الناطق الجزائري: «المغرب يكذب».',
    quotes: [
      ['الأسعار تحت السيطرة', 'direct', 'مصطفى بايتاس'],
      ['المغرب يكذب', 'direct', 'الناطق الجزائري'],
    ],
  },
  {
    what: 'the Israeli commander is not the Lebanese army commander',
    text: 'وقال قائد الجيش جوزيف عون: «لن نسمح بالفوضى». وقال القائد الإسرائيلي: «سنواصل العمليات».',
    quotes: [
      ['لن نسمح بالفوضى', 'direct', 'جوزيف عون'],
      ['سنواصل العمليات', 'direct', 'القائد الإسرائيلي'],
    ],
  },
  {
    what: 'the Portuguese captain who speaks of Morocco is not Morocco’s captain',
    text: 'وقال قائد المنتخب رومان سايس: «سنقاتل». وقال القائد البرتغالي: «المغرب منظم».',
    quotes: [
      ['سنقاتل', 'direct', 'رومان سايس'],
      ['المغرب منظم', 'direct', 'القائد البرتغالي'],
    ],
  },
  {
    what: 'the Cameroonian coach who won is not Algeria’s coach who lost',
    text: `خسر المنتخب الجزائري أمام نظيره الكاميروني.\nوقال مدرب الخضر جمال بلماضي: «نتحمل المسؤولية».\nوقال المدرب الكاميروني: «فزنا بفضل الروح القتالية».`,
    quotes: [
      ['نتحمل المسؤولية', 'direct', 'جمال بلماضي'],
      ['فزنا بفضل الروح القتالية', 'direct', 'المدرب الكاميروني'],
    ],
  },
  {
    what: 'the Cameroonian selector who won is not Algeria’s national selector',
    text: `خسر المنتخب الجزائري أمام نظيره الكاميروني.\nوقال الناخب الوطني جمال بلماضي: «نتحمل المسؤولية».\nوقال الناخب الكاميروني: «فزنا بفضل الروح القتالية».`,
    quotes: [
      ['نتحمل المسؤولية', 'direct', 'جمال بلماضي'],
      ['فزنا بفضل الروح القتالية', 'direct', 'الناخب الكاميروني'],
    ],
  },
];

// headNamedSpeakers taken out (0a1fdc9, attribute.ts): وزير is a country’s office (COUNTRY_OFFICES), so
// describedHolder and soleHolderWithoutOrigin never reach it, and nothing now ties الوزير الكويتي (وأضاف) to
// the minister just named الوزير فلان.
const office: readonly Row[] = [
  {
    what: 'وأضاف الوزير الكويتي goes on for the minister just named',
    // engine gap: headNamedSpeakers taken out (0a1fdc9, attribute.ts)
    text: 'وقال الوزير ناصر العتيبي: «التعليم أولوية». وأضاف الوزير الكويتي: «سنطور المناهج».',
    quotes: [
      ['التعليم أولوية', 'direct', 'ناصر العتيبي'],
      ['سنطور المناهج', 'direct', 'ناصر العتيبي'],
    ],
    gaps: ['attribution'],
  },
  {
    what: 'وأضافت الوزيرة الكويتية goes on for the minister just named',
    // engine gap: headNamedSpeakers taken out (0a1fdc9, attribute.ts)
    text: 'وقالت الوزيرة نادية العتيبي: «التعليم أولوية». وأضافت الوزيرة الكويتية: «سنطور المناهج».',
    quotes: [
      ['التعليم أولوية', 'direct', 'نادية العتيبي'],
      ['سنطور المناهج', 'direct', 'نادية العتيبي'],
    ],
    gaps: ['attribution'],
  },
];

// VERBS in cues.ts (0a1fdc9): with هاجم, اعترض and تطرق out of the lexicon, the subject of one of them before
// a colon and a quote of his own words is no longer its speaker.
const cues: readonly Row[] = [
  {
    what: 'a lawyer objecting to a ruling, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'واعترض المحامي على قرار المحكمة: «هذا الحكم مخالف للقانون».',
    quotes: [['هذا الحكم مخالف للقانون', 'direct', 'المحامي']],
    gaps: ['attribution'],
  },
  {
    what: 'the prosecutor objecting, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'واعترض ممثل الادعاء على سؤال المحامي: «السؤال خارج الموضوع».',
    quotes: [['السؤال خارج الموضوع', 'direct', 'ممثل الادعاء']],
    gaps: ['attribution'],
  },
  {
    what: 'China objecting to a resolution, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'واعترضت الصين على القرار: «هذا تدخل سافر».',
    quotes: [['هذا تدخل سافر', 'direct', 'الصين']],
    gaps: ['attribution'],
  },
  {
    what: 'the football federation objecting to a referee’s call, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'واعترض الاتحاد السعودي لكرة القدم على قرار الحكم: «الهدف صحيح».',
    quotes: [['الهدف صحيح', 'direct', 'الاتحاد السعودي لكرة القدم']],
    gaps: ['attribution'],
  },
  {
    what: 'the president touching on the crisis in his speech, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'وتطرق الرئيس في كلمته إلى الأزمة الاقتصادية: «نحن نمر بمرحلة صعبة».',
    quotes: [['نحن نمر بمرحلة صعبة', 'direct', 'الرئيس']],
    gaps: ['attribution'],
  },
  {
    what: 'the coach touching on an injury, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'وتطرق المدرب إلى إصابة اللاعب: «سيغيب لأسبوعين».',
    quotes: [['سيغيب لأسبوعين', 'direct', 'المدرب']],
    gaps: ['attribution'],
  },
  {
    what: 'the writer touching on the crisis in his article, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'وتطرق الكاتب في مقاله إلى الأزمة: «لا حل إلا بالحوار».',
    quotes: [['لا حل إلا بالحوار', 'direct', 'الكاتب']],
    gaps: ['attribution'],
  },
  {
    what: 'the secretary-general who touched on Gaza and said is الأمين العام whole',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'وتطرق الأمين العام إلى الوضع في غزة، وقال: «الوضع كارثي».',
    quotes: [['الوضع كارثي', 'direct', 'الأمين العام']],
    gaps: ['attribution'],
  },
  {
    what: 'the opposition leader attacking the government, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'وهاجم زعيم المعارضة الحكومة في البرلمان: «أنتم تكذبون على الشعب».',
    quotes: [['أنتم تكذبون على الشعب', 'direct', 'زعيم المعارضة']],
    gaps: ['attribution'],
  },
  {
    what: 'the writer attacking young novelists, then a colon, is its speaker',
    // engine gap: VERBS in cues.ts (0a1fdc9)
    text: 'وهاجم الكاتب الروائيين الشباب: «لا يقرؤون شيئا».',
    quotes: [['لا يقرؤون شيئا', 'direct', 'الكاتب']],
    gaps: ['attribution'],
  },
];

// isPersonsFullName (attribute.ts, 0a1fdc9): never right after إن/أن, so a name alone in marks whose clause
// goes on outside them («محمد صلاح» هو …) is taken for a quoted clause (إن «محمد سيعود»).
const fullName: readonly Row[] = [
  {
    what: 'a goalkeeper’s name after إن, his praise outside the marks, is a mention',
    // engine gap: isPersonsFullName (attribute.ts, 0a1fdc9)
    text: 'وقال المدرب إن «ياسين بونو» هو أفضل حارس في العالم.',
    quotes: [['ياسين بونو', 'mention', null]],
    gaps: ['attribution'],
  },
  {
    what: 'a player’s name after إن, the predicate outside the marks, is a mention',
    text: 'وقال المحلل إن «محمد صلاح» هو أفضل لاعب في أفريقيا.',
    quotes: [['محمد صلاح', 'mention', null]],
  },
  {
    what: 'a name after أن, the predicate outside the marks, is a mention',
    text: 'وأكد المتحدث أن «أحمد الشريف» هو المسؤول عن الهجوم.',
    quotes: [['أحمد الشريف', 'mention', null]],
  },
  {
    what: 'a name after إن, the verb outside the marks, is a mention',
    text: 'وقال الشاهد إن «محمد العلي» كان في المكان.',
    quotes: [['محمد العلي', 'mention', null]],
  },
  {
    what: 'a name after أن with no speaker named, the verb outside the marks, is a mention',
    text: 'وأوضح أن «خالد الفيصل» سيحضر الحفل.',
    quotes: [['خالد الفيصل', 'mention', null]],
  },
  {
    what: 'a commander’s name after إن, قتل outside the marks, is a mention',
    text: 'وقال المتحدث إن «محمد الضيف» قتل في الغارة.',
    quotes: [['محمد الضيف', 'mention', null]],
  },
  {
    what: 'a leader’s name after أن, كان outside the marks, is a mention',
    text: 'وأكد الجيش أن «يحيى السنوار» كان في النفق.',
    quotes: [['يحيى السنوار', 'mention', null]],
  },
  {
    what: 'an athlete’s name after أن, فاز outside the marks, is a mention',
    text: 'وذكرت الوكالة أن «فهد المطيري» فاز بالميدالية الذهبية.',
    quotes: [['فهد المطيري', 'mention', null]],
  },
  {
    what: 'a player’s name (حمد الله) after أن, جدد outside the marks, is a mention',
    text: 'وأعلن النادي أن «حمد الله» جدد عقده.',
    quotes: [['حمد الله', 'mention', null]],
  },
  {
    what: 'two names in marks, the first right after إن, are both mentions',
    text: 'وقال إن «أحمد الشريف» و«محمد العلي» شاركا في الاجتماع.',
    quotes: [
      ['أحمد الشريف', 'mention', null],
      ['محمد العلي', 'mention', null],
    ],
  },
  {
    what: 'a name with بن after إن, the predicate outside the marks, is a mention',
    text: 'وقال إن «خالد بن الوليد» قائد عظيم.',
    quotes: [['خالد بن الوليد', 'mention', null]],
  },
  {
    what: 'a woman’s name after إن, the predicate outside the marks, is a mention',
    text: 'وقالت الوزيرة إن «سميرة موسى» أول عالمة ذرة عربية.',
    quotes: [['سميرة موسى', 'mention', null]],
  },
];

// findByName’s respellAbd only for a name with no title of its own (entities.ts, 0a1fdc9): the same man named
// again behind a title (المدير, الدكتور, الشيخ, المهندس, الكاتب, الأمير) with عبد written the other way
// becomes a second speaker.
const abd: readonly Row[] = [
  {
    what: 'المدير عبد الله السالم is عبدالله السالم, the company’s director',
    text: 'وقال عبدالله السالم، مدير الشركة: «الأرباح ارتفعت». وأضاف المدير عبد الله السالم: «نتوقع نموا أكبر».',
    quotes: [
      ['الأرباح ارتفعت', 'direct', 'عبدالله السالم'],
      ['نتوقع نموا أكبر', 'direct', 'عبدالله السالم'],
    ],
  },
  {
    what: 'الدكتور عبد الله الربيعة is الدكتور عبدالله الربيعة',
    text: 'قال الدكتور عبدالله الربيعة: «المساعدات وصلت». وقال الدكتور عبد الله الربيعة إن «الوضع الإنساني صعب».',
    quotes: [
      ['المساعدات وصلت', 'direct', 'عبدالله الربيعة'],
      ['الوضع الإنساني صعب', 'partial', 'عبدالله الربيعة'],
    ],
  },
  {
    what: 'الكاتب عبدالرحمن الراشد is عبد الرحمن الراشد',
    text: 'وقال عبد الرحمن الراشد: «الإعلام تغير». وتابع الكاتب عبدالرحمن الراشد: «الصحافة الورقية تتراجع».',
    quotes: [
      ['الإعلام تغير', 'direct', 'عبد الرحمن الراشد'],
      ['الصحافة الورقية تتراجع', 'direct', 'عبد الرحمن الراشد'],
    ],
  },
  {
    what: 'الشيخ عبد العزيز السديس is الشيخ عبدالعزيز السديس',
    text: 'وقال الشيخ عبدالعزيز السديس: «الحرم جاهز». وأكد الشيخ عبد العزيز السديس أن «الخدمات متكاملة».',
    quotes: [
      ['الحرم جاهز', 'direct', 'عبدالعزيز السديس'],
      ['الخدمات متكاملة', 'partial', 'عبدالعزيز السديس'],
    ],
  },
  {
    what: 'المهندس عبد الله العبدالكريم is المهندس عبدالله العبدالكريم',
    text: 'وصرح المهندس عبدالله العبدالكريم بأن «المشروع سيكتمل قريبا». وقال المهندس عبد الله العبدالكريم: «نحن في الموعد».',
    quotes: [
      ['المشروع سيكتمل قريبا', 'partial', 'عبدالله العبدالكريم'],
      ['نحن في الموعد', 'direct', 'عبدالله العبدالكريم'],
    ],
  },
  {
    what: 'المدرب عبد الله العنزي is the team’s coach عبدالله العنزي',
    text: 'وقال مدرب الفريق عبدالله العنزي: «مباراة صعبة». وقال المدرب عبد الله العنزي إن «اللاعبين قاتلوا».',
    quotes: [
      ['مباراة صعبة', 'direct', 'عبدالله العنزي'],
      ['اللاعبين قاتلوا', 'partial', 'عبدالله العنزي'],
    ],
  },
  {
    what: 'الأمير عبد العزيز بن سلمان is الأمير عبدالعزيز بن سلمان',
    text: 'وقال الأمير عبدالعزيز بن سلمان، وزير الطاقة: «السوق متوازنة». وأضاف الأمير عبد العزيز بن سلمان: «أوبك بلس موحدة».',
    quotes: [
      ['السوق متوازنة', 'direct', 'عبدالعزيز بن سلمان'],
      ['أوبك بلس موحدة', 'direct', 'عبدالعزيز بن سلمان'],
    ],
  },
];

describe('lastread21b: a bare post and a nationality given the other side’s named holder', () =>
  runRows(sole));
describe('lastread21b: a minister’s nationality after his post no longer calls him back', () =>
  runRows(office));
describe('lastread21b: اعترض, تطرق and هاجم before a colon no longer cue', () => runRows(cues));
describe('lastread21b: a quoted full name right after إن/أن read as a fragment', () => runRows(fullName));
describe('lastread21b: عبد written apart behind a title split from the same person joined', () =>
  runRows(abd));
