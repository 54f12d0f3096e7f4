/**
 * A relative clause between the speaker and the quote is an aside (issue relclause12): in «وقال فلان،
 * الذي + a verb + its object …، لـ«…»: «…»» the one who speaks is the name before الذي, and no noun inside
 * the clause (the verb's object, a place, a group it serves) is read as the speaker. Two rules:
 * - a verb of the object-taking kind (أبلغ، دعا، حذر، طالب …) right after الذي/التي/الذين and agreeing
 *   with it has the noun after it for object even when no name stands between commas before the
 *   relative: the antecedent speaks;
 * - so does a verb of relaying (نقل، ينقل) with no عن after it: it carries people or goods, not words
 *   (الذي ينقل الركاب بين …);
 * - the opposite case: a verb of saying after the relative with عن and a pronoun back to the antecedent
 *   (الذي قال عنه فلان إنه «…») has its own subject after the pronoun, who speaks when what was said
 *   follows him (إنه, أن, a colon, a mark); not a relay (الذي نقلت عنه الوكالة: the antecedent speaks).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps the
 * opposite case (a relative clause whose verb is the cue, a different subject with a pronoun back to the
 * antecedent, a relay with عن, a person named in the clause who speaks after a full stop).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const objectRows: readonly Row[] = [
  {
    what: 'a titled object after أبلغ in the relative clause, then لـ«…»: the air traffic controller speaks',
    text: 'وقال المراقب الجوي سلمان الرويلي، الذي أبلغ قائد الطائرة بالعطل الفني، لـ«عكاظ»: «تعامل الطاقم مع الموقف باحترافية عالية».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['تعامل الطاقم مع الموقف باحترافية عالية', 'direct', 'سلمان الرويلي'],
    ],
  },
  {
    what: 'a group of demonstrators (الذين) who called on the government, then إن: the demonstrators speak',
    text: 'وقال المعتصمون، الذين طالبوا الحكومة بتحسين الخدمات، إن «الوعود لم تتحقق منذ سنوات».',
    quotes: [['الوعود لم تتحقق منذ سنوات', 'partial', 'المعتصمون']],
  },
];

const carryRows: readonly Row[] = [
  {
    what: 'الذي ينقل الركاب بين … و…، لـ«…»: the boatman speaks, not his passengers',
    text: 'وقال البحار حسن الفيفي، الذي ينقل الركاب بين ميناء جازان وجزيرة فرسان، لـ«الوطن»: «الإقبال يتضاعف في الإجازات».',
    quotes: [
      ['الوطن', 'mention', null],
      ['الإقبال يتضاعف في الإجازات', 'direct', 'حسن الفيفي'],
    ],
  },
  {
    what: 'no comma before الذي نقل + an object with a possessive, then a colon: the citizen speaks',
    text: 'وقال المواطن مشاري العتيبي الذي نقل والده المريض إلى المستشفى بسيارته الخاصة: «لم يكن هناك وقت لانتظار الإسعاف».',
    quotes: [['لم يكن هناك وقت لانتظار الإسعاف', 'direct', 'مشاري العتيبي']],
  },
  {
    what: 'a reporter who ينقل أخبار … من داخل …, then ل + a channel: the reporter speaks, not the news',
    text: 'وقال الصحفي سامر الإدلبي، الذي ينقل أخبار المعارك من داخل المدينة، لقناة الجزيرة: «القصف لم يتوقف طوال الليل».',
    quotes: [['القصف لم يتوقف طوال الليل', 'direct', 'سامر الإدلبي']],
  },
];

const aboutRows: readonly Row[] = [
  {
    what: 'الذي قال عنه + a title and a name + إنه «…»: the one who spoke of the antecedent speaks',
    text: 'وأشاد الحضور بالشاعر محمد الثبيتي، الذي قال عنه الناقد الدكتور عبدالله الغذامي إنه «شاعر سابق لعصره».',
    quotes: [['شاعر سابق لعصره', 'partial', 'عبدالله الغذامي']],
  },
  {
    what: 'التي قالت عنها + a body + إنها «…»: the body speaks, not the athlete',
    text: 'وعادت العداءة السعودية نورة المطيري، التي قالت عنها اللجنة الأولمبية الآسيوية إنها «موهبة واعدة»، إلى الرياض.',
    quotes: [['موهبة واعدة', 'partial', 'اللجنة الأولمبية الآسيوية']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a conference at which (الذي دعا … خلاله إلى «…») a minister spoke: the pronoun after his name makes him the subject',
    text: 'وفي المؤتمر الصحفي الذي دعا وزير الخارجية عادل الجبير خلاله إلى «تسوية سياسية شاملة»، أكد أن المملكة تدعم الحوار.',
    quotes: [['تسوية سياسية شاملة', 'partial', 'عادل الجبير']],
  },
  {
    what: 'guard: a session in which (التي انتقد … فيها) an MP spoke, then قال إن: the MP speaks',
    text: 'وخلال الجلسة التي انتقد النائب عبدالله الطريجي فيها أداء الوزارة، قال إن «الخدمات الصحية متردية».',
    quotes: [['الخدمات الصحية متردية', 'partial', 'عبدالله الطريجي']],
  },
  {
    what: 'guard: الذي تحدث عنه الوزير في كلمته، لـ«…»: with nothing said after the minister, the engineer speaks',
    text: 'وقال المهندس ناصر القحطاني، الذي تحدث عنه وزير الشؤون البلدية في كلمته، لـ«عكاظ»: «أشكر الوزير على ثقته».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['أشكر الوزير على ثقته', 'direct', 'ناصر القحطاني'],
    ],
  },
  {
    what: 'guard: the relative clause’s verb is the cue (الذي قال إن «…»): the antecedent speaks through it',
    text: 'واستقبل أمير المنطقة المزارع سالم القحطاني، الذي قال إن «موسم التمور هذا العام استثنائي».',
    quotes: [['موسم التمور هذا العام استثنائي', 'partial', 'سالم القحطاني']],
  },
  {
    what: 'guard: a different subject with a pronoun on the verb (الذي وصفه المدير بأنه «…»): the director speaks',
    text: 'وكرمت الجامعة الطالب فهد الشمري، الذي وصفه مدير الجامعة الدكتور سليمان العثيمين بأنه «نموذج يحتذى».',
    quotes: [['نموذج يحتذى', 'partial', 'سليمان العثيمين']],
  },
  {
    what: 'guard: a relay with عن in the relative clause (التي نقلت عنه …): the one relayed speaks',
    text: 'وقال المتحدث باسم الشرطة العقيد ناصر الدوسري، الذي نقلت عنه وكالة الأنباء السعودية تصريحاته، إن «الجناة سيقدمون للعدالة».',
    quotes: [['الجناة سيقدمون للعدالة', 'partial', 'ناصر الدوسري']],
  },
  {
    what: 'guard: a person named in the relative clause speaks himself after a full stop',
    text: 'وحضر الحفل المهندس خالد الحمدان، الذي التقى وزير النقل عبدالله المقبل أمس. وقال المقبل: «المشروع سيكتمل في موعده».',
    quotes: [['المشروع سيكتمل في موعده', 'direct', 'عبدالله المقبل']],
  },
  {
    what: 'guard: a body as the antecedent (الشركة، التي تدير …، إن): the company speaks',
    text: 'وقالت الشركة، التي تدير محطات تحلية المياه في المنطقة الشرقية، إن «الضخ سيعود خلال ساعات».',
    quotes: [['الضخ سيعود خلال ساعات', 'partial', 'الشركة']],
  },
];

describe('relclause12: a relative clause’s object is never the speaker', () => {
  runRows(objectRows);
  runRows(carryRows);
  runRows(aboutRows);
});

describe('relclause12: guards for the opposite cases', () => runRows(guardRows));
