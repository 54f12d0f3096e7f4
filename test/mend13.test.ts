/**
 * A mend of the thirteenth session from a last read's confirmed misfires: rules added this session that
 * fired on ordinary news sentences (a club's quoted name after واصل, a descriptive phrase after حالة or
 * قائمة, …). Each misfire's sentences are rows with what a reader finds in them; each rule keeps a guard
 * row of the shape it was made for. Sentences written here in news style, with invented people.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const mendRows13: readonly Row[] = [
  // 1. واصل "kept on" with a quoted name for its object is no cue.
  {
    what: "ويواصل «النادي» صدارة …: the quoted club is واصل's object, a mention",
    text: 'ويواصل «الهلال» صدارة الدوري بفارق خمس نقاط، وقال مدربه خالد العمري إن الفريق «في أفضل حالاته».',
    quotes: [
      ['الهلال', 'mention', null],
      ['في أفضل حالاته', 'partial', 'خالد العمري'],
    ],
  },
  {
    what: 'وواصل «النادي» انتصاراته: a quoted name then the rest of the object, a mention',
    text: 'وواصل «النصر» انتصاراته في الدوري بفوزه على الشباب بهدفين نظيفين.',
    quotes: [['النصر', 'mention', null]],
  },
  {
    what: 'guard: وتواصل «…» with a sentence after a woman spoke: she goes on',
    text: 'وقالت الطبيبة منى السالم إن الوضع «مقلق». وتواصل «نحتاج إلى مزيد من الأسرة في المستشفى».',
    quotes: [
      ['مقلق', 'partial', 'منى السالم'],
      ['نحتاج إلى مزيد من الأسرة في المستشفى', 'direct', 'منى السالم'],
    ],
  },
  // 2. حالة names a declared state (حالة «الطوارئ»), not any state the speaker describes.
  {
    what: "حذر من حالة «…» التي …: the speaker's own words for a state, his partial",
    text: 'وحذر وزير الداخلية سامي الفهد من حالة «الاحتقان الشديد» التي يعيشها الشارع بعد قرار رفع الأسعار.',
    quotes: [['الاحتقان الشديد', 'partial', 'سامي الفهد']],
  },
  {
    what: "وصف النائب حالة «…» في المستشفيات: a described state, the speaker's partial",
    text: 'ووصف النائب خالد المري حالة «الفوضى الإدارية» في المستشفيات الحكومية بأنها غير مقبولة.',
    quotes: [['الفوضى الإدارية', 'partial', 'خالد المري']],
  },
  {
    what: 'guard: أعلنت الحكومة حالة «الطوارئ القصوى»: a declared state by its name, a mention',
    text: 'وأعلنت الحكومة الإندونيسية حالة «الطوارئ القصوى» في الجزيرة بعد ثوران البركان.',
    quotes: [['الطوارئ القصوى', 'mention', null]],
  },
  // 3. قائمة before a definite phrase that a relative clause goes on to describe: a list the speaker
  // describes, not a list's name.
  {
    what: "انتقد النائب قائمة «…» التي أعلنتها الحكومة: the speaker's words for the list, his partial",
    text: 'وانتقد النائب فهد الدوسري قائمة «الإصلاحات الشكلية» التي أعلنتها الحكومة أمس.',
    quotes: [['الإصلاحات الشكلية', 'partial', 'فهد الدوسري']],
  },
  {
    what: "رفضت النقابة قائمة «…» التي …: a described list, the body's partial",
    text: 'ورفضت نقابة المعلمين قائمة «الشروط المجحفة» التي وضعتها الوزارة للتعيين.',
    quotes: [['الشروط المجحفة', 'partial', 'نقابة المعلمين']],
  },
  {
    what: 'guard: المرشحة ضمن قائمة «…»، an electoral list by its name, a mention',
    text: 'وقالت المرشحة سعاد الحربي، المرشحة ضمن قائمة «التجديد»، إن حملتها «ستركز على الشباب».',
    quotes: [
      ['التجديد', 'mention', null],
      ['ستركز على الشباب', 'partial', 'سعاد الحربي'],
    ],
  },
  // 4. A noun with a pronoun suffix after the cue's preposition is whom or what the words are about,
  // never in construct with the quote.
  {
    what: 'وقالت فلانة عن زوجها «…»: a sentence said about him, direct',
    text: 'وقالت فاطمة الزهراني عن زوجها «كان رجلا طيبا يحب الجميع».',
    quotes: [['كان رجلا طيبا يحب الجميع', 'direct', 'فاطمة الزهراني']],
  },
  {
    what: 'وقال فلان عن ابنه محمد «…»: the son by his name, then what was said of him, direct',
    text: 'وقال الأب سالم القحطاني عن ابنه محمد «كان يحلم بأن يصبح طبيبا».',
    quotes: [['كان يحلم بأن يصبح طبيبا', 'direct', 'سالم القحطاني']],
  },
  {
    what: 'guard: لافتا إلى تسجيل «…»: a noun without the article in construct with the quote, partial',
    text: 'وقال مدير الصحة خالد الشمري إن الوضع مستقر، لافتا إلى تسجيل «حالات إصابة محدودة» في المدينة.',
    quotes: [['حالات إصابة محدودة', 'partial', 'خالد الشمري']],
  },
  // 5. After a body as a cue's subject, an object phrase that opens on a quantifier (أي, كل) is the
  // verb's object, the body's words; never the body's own name.
  {
    what: "ونفت الشرطة البريطانية «أي تورط» لعناصرها: the denied thing, the police's partial",
    text: 'ونفت الشرطة البريطانية «أي تورط» لعناصرها في الحادث.',
    quotes: [['أي تورط', 'partial', 'الشرطة البريطانية']],
  },
  {
    what: "ونفت وزارة الدفاع الفرنسية «أي علاقة» لها بالهجوم: the ministry's partial",
    text: 'ونفت وزارة الدفاع الفرنسية «أي علاقة» لها بالهجوم على القاعدة.',
    quotes: [['أي علاقة', 'partial', 'وزارة الدفاع الفرنسية']],
  },
  {
    what: "guard: وأعلنت هيئة الأرصاد البريطانية «…» إصدار …: the body's quoted name, then its object",
    text: 'وأعلنت هيئة الأرصاد الجوية البريطانية «ميت أوفيس» إصدار تحذير من العواصف في اسكتلندا.',
    quotes: [['ميت أوفيس', 'mention', null]],
  },
  // 6. يعتبر X «…» labels a thing in a text (قانون جديد يعتبر …) only after an indefinite noun and its
  // adjective; after a possessed noun or a name it is a speaker's view, said.
  {
    what: "وقال الوزير إن بلاده تعتبر القرار «…»: the minister's partial",
    text: 'وقال وزير الخارجية ماجد العتيبي إن بلاده تعتبر القرار «خطوة تاريخية».',
    quotes: [['خطوة تاريخية', 'partial', 'ماجد العتيبي']],
  },
  {
    what: "وأضاف الوزير أن موسكو تعتبر التوسع «…»: the minister's partial",
    text: 'وأضاف نائب وزير الخارجية الروسي أندريه فولكوف في كلمته أمس أن موسكو تعتبر التوسع «تهديدا مباشرا لأمنها».',
    quotes: [['تهديدا مباشرا لأمنها', 'partial', 'أندريه فولكوف']],
  },
  {
    what: "guard: أقر البرلمان قانونا جديدا يعتبر التنمر «…»: a law's label, a mention",
    text: 'وأقر البرلمان الأردني قانونا جديدا يعتبر التنمر الإلكتروني «جريمة يعاقب عليها القانون».',
    quotes: [['جريمة يعاقب عليها القانون', 'mention', null]],
  },
  // 7. After كان/كانت a family name may open with ت or ي (تواتي, يحياوي): the present verb that is the
  // predicate comes right after it.
  {
    what: 'كانت فلانة تواتي تنتظر …. وقالت: «…»: the surname in ت, then the verb',
    text: 'كانت فاطمة تواتي تنتظر ابنها أمام باب المستشفى منذ الصباح. وقالت: «لم يخبرنا أحد بشيء».',
    quotes: [['لم يخبرنا أحد بشيء', 'direct', 'فاطمة تواتي']],
  },
  {
    what: 'كان فلان يازجي يجلس …. وقال: «…»: the surname in ي, then the verb',
    text: 'كان أحمد يازجي يجلس في مقهى الحي. وقال: «الأسعار ارتفعت كثيرا».',
    quotes: [['الأسعار ارتفعت كثيرا', 'direct', 'أحمد يازجي']],
  },
  {
    what: 'guard: كانت فلانة نوري تحاول …: the name ends before the verb',
    text: 'كانت سلوى نوري تحاول الوصول إلى بيتها عبر الطريق المغلق. وقالت: «لا أحد يساعدنا».',
    quotes: [['لا أحد يساعدنا', 'direct', 'سلوى نوري']],
  },
  // 8. A quote between commas after a cue's subject names the subject only when the subject is a firm
  // described by what it does; an adverbial or an interjection there is the speaker's own word.
  {
    what: 'وقالت الوزيرة، «بصراحة»، إن …: an adverbial the minister said, hers',
    text: 'وقالت وزيرة الصحة نوال العبدالله، «بصراحة»، إن الوضع صعب في المستشفيات.',
    quotes: [['بصراحة', 'direct', 'نوال العبدالله']],
  },
  {
    what: 'وقال الأمين العام، «للأسف»، إن …: an interjection, his',
    text: 'وقال الأمين العام للاتحاد سامي الخطيب، «للأسف»، إن الاجتماع لم يحقق أي تقدم.',
    quotes: [['للأسف', 'direct', 'سامي الخطيب']],
  },
  {
    what: "وقالت الحكومة، «مرة أخرى»، إن …: the government's words",
    text: 'وقالت الحكومة الكويتية، «مرة أخرى»، إن الانتخابات ستجرى في موعدها.',
    quotes: [['مرة أخرى', 'direct', 'الحكومة الكويتية']],
  },
  {
    what: "guard: وقالت الشركة المالكة للموقع، «…»، في بيان إن: the firm's name, then its partial",
    text: 'وقالت الشركة المالكة للموقع، «ديجيتال ميديا»، في بيان إن الخلل «تم إصلاحه بالكامل».',
    quotes: [
      ['ديجيتال ميديا', 'mention', null],
      ['تم إصلاحه بالكامل', 'partial', 'ديجيتال ميديا'],
    ],
  },
  // 9. ردد with a crowd for subject is a chant, nobody's speech (a mention); a named or titled person
  // repeating his words keeps it a cue.
  {
    what: 'ويردد المتظاهرون «…»: a crowd chanting, a mention',
    text: 'ويردد المتظاهرون «الشعب يريد إسقاط الفساد» في شوارع العاصمة منذ ثلاثة أيام.',
    quotes: [['الشعب يريد إسقاط الفساد', 'mention', null]],
  },
  {
    what: 'وردد الحضور «…»: the audience chanting, a mention',
    text: 'وردد الحضور «عاش الوطن» عند دخول المنتخب إلى أرض الملعب.',
    quotes: [['عاش الوطن', 'mention', null]],
  },
  {
    what: 'guard: ويردد فلان دائما: «…»: a named man repeating, his words',
    text: 'ويردد الصياد سالم البلوشي دائما: «البحر لا يخون أهله».',
    quotes: [['البحر لا يخون أهله', 'direct', 'سالم البلوشي']],
  },
  // 10. المدرسة / المنظمة / المؤسسة before a woman's name is her role only as the subject of a cue
  // that takes no object; after another verb the body is the subject and the name its object.
  {
    what: 'وكرمت المنظمة فلانة، وقالت في بيان إن …: the organisation honoured her, and speaks',
    text: 'وكرمت المنظمة سلمى النجار، وقالت في بيان إن عملها «ملهم».',
    quotes: [['ملهم', 'partial', 'المنظمة']],
  },
  {
    what: 'واستقبلت المؤسسة فلانة، وأكدت أن …: the foundation received her, and speaks',
    text: 'واستقبلت المؤسسة هدى الزعبي في مقرها، وأكدت أن مشروعها «يستحق الدعم».',
    quotes: [['يستحق الدعم', 'partial', 'المؤسسة']],
  },
  {
    what: 'guard: وقالت المدرسة فلانة: «…»: the teacher speaks',
    text: 'وقالت المدرسة ريم العتيبي: «الطالبات عدن إلى الفصول بحماس».',
    quotes: [['الطالبات عدن إلى الفصول بحماس', 'direct', 'ريم العتيبي']],
  },
];

/**
 * The lead's, from a second last read (waves D and E): relay13's rule for a quote after a preposition and
 * its noun (constructAfterPreposition) took a demonstrative or a person for that noun, and the words said
 * of them turned partial. Both rows failed before the mend; the guard is the rule's own shape.
 */
const secondReadRows: readonly Row[] = [
  {
    what: 'ورد … على ذلك «…»: a demonstrative, the words said of it are direct',
    text: 'ورد الوزير على ذلك «هذا كلام لا أساس له من الصحة».',
    quotes: [['هذا كلام لا أساس له من الصحة', 'direct', 'الوزير']],
  },
  {
    what: 'وتحدث … عن فلان «…»: a person, the words said of him are direct',
    text: 'وتحدث المدرب عن يوسف «إنه لاعب استثنائي لا يتكرر كثيرا».',
    quotes: [['إنه لاعب استثنائي لا يتكرر كثيرا', 'direct', 'المدرب']],
  },
  {
    what: 'guard: تساءل عن مصير «…»: the quote is the noun’s genitive, a fragment',
    text: 'وتساءل الكاتب عن مصير «المشاريع المتعثرة».',
    quotes: [['المشاريع المتعثرة', 'partial', 'الكاتب']],
  },
];

describe('mend 13: confirmed misfires of the thirteenth session', () => {
  runRows(mendRows13);
});

describe('mend 13: a second read', () => {
  runRows(secondReadRows);
});
