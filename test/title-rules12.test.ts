/**
 * A post before a name, with its party, its region, its university or its role (titles12): the name
 * speaks, not the post. Each rule row is a passage written here in news style that fails without its rule:
 * - post words that were missing from the titles, so that the name after them was read as the post's or
 *   lost to it: a woman senator (السيناتورة الديمقراطية عن ولاية …), a mayor with the article (العمدة
 *   الجمهوري لمدينة …), a woman academic before her university and an honorific (الأكاديمية في جامعة …
 *   الدكتورة فلانة), a mother by her role before her kunya (ولية الأمر أم فلان, ولية أمر الطالبة أم فلان).
 * - a specialist by his field (المتخصص/المختص في …, المهتم ب…) and vox-pop people by what they do
 *   (المتسوقة, المستأجر, الجزار, الراعي, الجدة, الأم) before an honorific, a name or a kunya.
 * - a given name read back before a post between commas (تسكن منى، المعلمة …، وتقول): the verb that opens
 *   the sentence is no first name, with الأم now a post as with any other (expand-names).
 * - a state as a place head as its city is (ولاية in ORGANISATIONS: الحاكم السابق لولاية … فلان, النائب
 *   الجمهوري لولاية … فلان), and a title that opens with و and ال (والي, والد) read as no definite word, so
 *   that a body's word after it (والي المدينة فلان) is its genitive, not the verb's object.
 * - where the bearer comes from after his nationality (الزائر الكويتي القادم من … فلان), and a town glued to
 *   ب after the complement's definite word (ولية الأمر في حي النسيم بالرياض أم فلان): both the post's.
 * - a foreign institute's plain name and its field behind ل with a definite word (معهد واشنطن لسياسة الشرق
 *   الأدنى فلان, صندوق كارنيغي لتعزيز السلام الدولي فلان): the body's name goes on to the holder's name.
 *   A kunya that is a place's name (أبو عريش, أم القرى) inside the post's complement is no speaker: the name
 *   after it speaks (these rows fail without the rule too).
 * Guard rows keep the opposite cases: the academy as a body (في بيان, with its nationality), each post
 * alone with no name after it, the name first and the post between commas after it.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const postRows: readonly Row[] = [
  {
    what: 'a woman senator, her party and her state after عن, then her name (السيناتورة الديمقراطية عن ولاية …)',
    text: 'وقالت السيناتورة الديمقراطية عن ولاية مينيسوتا إيمي كلوبوشار لشبكة "إن بي سي": "المزارعون يحتاجون إلى أسواق جديدة".',
    quotes: [
      ['إن بي سي', 'mention', null],
      ['المزارعون يحتاجون إلى أسواق جديدة', 'direct', 'إيمي كلوبوشار'],
    ],
  },
  {
    what: 'a mayor with the article, his party and his city after ل, then his name; العمدة alone calls him back',
    text: [
      'وقال العمدة الديمقراطي لمدينة شيكاغو رام إيمانويل إن "الشرطة ستنشر ألف عنصر إضافي".',
      'وأضاف العمدة: "الأحياء الجنوبية أولويتنا".',
    ].join('\n\n'),
    quotes: [
      ['الشرطة ستنشر ألف عنصر إضافي', 'partial', 'رام إيمانويل'],
      ['الأحياء الجنوبية أولويتنا', 'direct', 'رام إيمانويل'],
    ],
  },
  {
    what: 'a woman academic, في and her university, then الدكتورة and her name (الأكاديمية في جامعة … الدكتورة فلانة)',
    text: 'وأوضحت الأكاديمية في جامعة الملك فيصل الدكتورة منيرة السبيعي لـ"اليوم" أن "الطالبات يقبلن على التخصصات الهندسية".',
    quotes: [
      ['اليوم', 'mention', null],
      ['الطالبات يقبلن على التخصصات الهندسية', 'partial', 'منيرة السبيعي'],
    ],
  },
  {
    what: 'the same with ب glued to the university and the quote before the verb (…»، قالت الأكاديمية بجامعة …)',
    text: '«الرواية السعودية وجدت قارئها»، قالت الأكاديمية بجامعة طيبة الدكتورة سهام العبودي.',
    quotes: [['الرواية السعودية وجدت قارئها', 'direct', 'سهام العبودي']],
  },
  {
    what: 'a mother by her role before her kunya (ولية الأمر أم فلان): the kunya speaks, and وأضافت goes on with it',
    text: [
      'وتقول ولية الأمر أم عبدالإله إن الحافلة "تتأخر كل صباح نصف ساعة".',
      'وأضافت: "كتبنا للإدارة مرتين".',
    ].join('\n\n'),
    quotes: [
      ['تتأخر كل صباح نصف ساعة', 'partial', 'أم عبدالإله'],
      ['كتبنا للإدارة مرتين', 'direct', 'أم عبدالإله'],
    ],
  },
  {
    what: 'the role in construct with its pupil (ولية أمر الطالبة أم فلان), then the kunya',
    text: 'وقالت ولية أمر إحدى الطالبات أم شهد لـ"سبق": "النتائج لم تظهر على النظام".',
    quotes: [
      ['سبق', 'mention', null],
      ['النتائج لم تظهر على النظام', 'direct', 'أم شهد'],
    ],
  },
];

const postGuards: readonly Row[] = [
  {
    what: 'guard: the academy as a body, speaking in a statement (وقالت الأكاديمية في بيان)',
    text: 'وقالت الأكاديمية في بيان إن لجنة التحكيم "اختارت العمل بالإجماع".',
    quotes: [['اختارت العمل بالإجماع', 'partial', 'الأكاديمية']],
  },
  {
    what: 'guard: the academy with its nationality and its field is a body’s name',
    text: 'وأكدت الأكاديمية الأمريكية لعلوم وفنون الصور المتحركة أن الحفل "سيقام في موعده".',
    quotes: [['سيقام في موعده', 'partial', 'الأكاديمية الأمريكية لعلوم وفنون الصور المتحركة']],
  },
  {
    what: 'guard: each post alone, with no name after it, stays the post',
    text: [
      'وقالت الأكاديمية: "البحث يحتاج إلى تمويل".',
      'وقال العمدة في مؤتمر صحفي: "الثلوج ستتوقف غدا".',
      'وقالت السيناتورة: "لن أصوت للمشروع".',
      'وقالت ولية الأمر: "ابنتي لم تتسلم جدولها".',
    ].join('\n\n'),
    quotes: [
      ['البحث يحتاج إلى تمويل', 'direct', 'الأكاديمية'],
      ['الثلوج ستتوقف غدا', 'direct', 'العمدة'],
      ['لن أصوت للمشروع', 'direct', 'السيناتورة'],
      ['ابنتي لم تتسلم جدولها', 'direct', 'ولية الأمر'],
    ],
  },
  {
    what: 'guard: the name first, the post with its university between commas after it',
    text: 'وقالت هند الخثيلة، الأكاديمية في جامعة الملك سعود، إن "المرأة صوتت بكثافة".',
    quotes: [['المرأة صوتت بكثافة', 'partial', 'هند الخثيلة']],
  },
];

/** A kunya that is a place’s name (a town, a university) inside the post’s complement is no speaker. */
const placeKunyaRows: readonly Row[] = [
  {
    what: 'a kunya that is a town’s name (أبو عريش) inside the post’s complement; the name after it speaks',
    text: 'وقالت ولية الأمر في محافظة أبو عريش نورة المدخلي إن "المدرسة بلا حارس".',
    quotes: [['المدرسة بلا حارس', 'partial', 'نورة المدخلي']],
  },
  {
    what: 'أم القرى, a university’s name, after the academic; the name after the honorific speaks',
    text: 'وقالت الأكاديمية في جامعة أم القرى الدكتورة عائشة الحكمي: "المكتبات تغيرت".',
    quotes: [['المكتبات تغيرت', 'direct', 'عائشة الحكمي']],
  },
];

/** A specialist by his field, vox-pop people by what they do, before an honorific, a name or a kunya. */
const specialistRows: readonly Row[] = [
  {
    what: 'a specialist by his field (المتخصص في الشأن …), then الدكتور and his name',
    text: 'وقال المتخصص في الشأن التركي الدكتور سعيد الحاج لـ"الجزيرة نت" إن "أنقرة لن تتدخل بريا".',
    quotes: [
      ['الجزيرة نت', 'mention', null],
      ['أنقرة لن تتدخل بريا', 'partial', 'سعيد الحاج'],
    ],
  },
  {
    what: 'a woman specialist by her field with no honorific, then her name (المختصة في …)',
    text: 'وأوضحت المختصة في طب الأسنان ريم الجهني أن "الحلويات في العيد تضاعف التسوس".',
    quotes: [['الحلويات في العيد تضاعف التسوس', 'partial', 'ريم الجهني']],
  },
  {
    what: 'one interested in a field after ب (المهتم بالتراث), then a second title and the name',
    text: 'وقال المهتم بالتراث العمراني المهندس خالد العقيل: "البيوت الطينية تنهار كل شتاء".',
    quotes: [['البيوت الطينية تنهار كل شتاء', 'direct', 'خالد العقيل']],
  },
  {
    what: 'a shopper and a tenant of a vox-pop before their kunyas (المتسوقة أم فلان, المستأجر أبو فلان)',
    text: [
      'وقالت المتسوقة أم هتان: "الملابس أغلى من العام الماضي".',
      'أما المستأجر أبو تركي فقال إن المالك "رفع الإيجار مرتين".',
    ].join('\n\n'),
    quotes: [
      ['الملابس أغلى من العام الماضي', 'direct', 'أم هتان'],
      ['رفع الإيجار مرتين', 'partial', 'أبو تركي'],
    ],
  },
  {
    what: 'a grandmother and a mother before their kunyas (الجدة أم فلان, الأم أم فلان)',
    text: [
      'وتقول الجدة أم صالح: "كنا نخبز في التنور".',
      'وقالت الأم أم جود لـ"الوطن" إن ابنتها "تخاف من المدرسة".',
    ].join('\n\n'),
    quotes: [
      ['كنا نخبز في التنور', 'direct', 'أم صالح'],
      ['الوطن', 'mention', null],
      ['تخاف من المدرسة', 'partial', 'أم جود'],
    ],
  },
];

const specialistGuards: readonly Row[] = [
  {
    what: 'guard: المختصة after a body’s plural head is its adjective (الجهات المختصة)',
    text: 'وأكدت الجهات المختصة أن المصنع "خالف اشتراطات السلامة".',
    quotes: [['خالف اشتراطات السلامة', 'partial', 'الجهات المختصة']],
  },
  {
    what: 'guard: المتخصصة after a court’s head and adjective is part of its name',
    text: 'وقالت المحكمة الجزائية المتخصصة في الرياض إن الحكم "قابل للاستئناف".',
    quotes: [['قابل للاستئناف', 'partial', 'المحكمة الجزائية المتخصصة']],
  },
  {
    what: 'guard: الأم after a firm is its adjective (الشركة الأم)',
    text: 'وقالت الشركة الأم في بيان إن الصفقة "ستكتمل قبل نهاية العام".',
    quotes: [['ستكتمل قبل نهاية العام', 'partial', 'الشركة الأم']],
  },
  {
    what: 'guard: the mother and the specialist alone, with no name after them, stay the description',
    text: [
      'وقالت الأم: "لم ينم طوال الليل".',
      'وقال المختص في الشأن الإيراني إن "طهران تراهن على الوقت".',
    ].join('\n\n'),
    quotes: [
      ['لم ينم طوال الليل', 'direct', 'الأم'],
      ['طهران تراهن على الوقت', 'partial', 'المختص'],
    ],
  },
  {
    what: 'guard: the name first, the specialist’s field between commas after it',
    text: 'وقال عبدالله الشمري، المتخصص في الشأن التركي، إن "الانتخابات ستعاد".',
    quotes: [['الانتخابات ستعاد', 'partial', 'عبدالله الشمري']],
  },
];

/** A newcomer brought in by the sentence's first verb, a post in apposition after her given name. */
const newcomerRows: readonly Row[] = [
  {
    what: 'the verb that opens the sentence is not read into her name before a post between commas (تسكن منى، المعلمة …)',
    text: [
      'وقال مدير التعليم إن المدارس "جاهزة لاستقبال الطالبات".',
      'تسكن منى، المعلمة في مدرسة القرية، على بعد أربعين كيلومترا، وتقول: «أخرج قبل الفجر كل يوم».',
    ].join('\n\n'),
    quotes: [
      ['جاهزة لاستقبال الطالبات', 'partial', 'مدير التعليم'],
      ['أخرج قبل الفجر كل يوم', 'direct', 'منى'],
    ],
  },
];

/** A state or a governor's city after the post, then the holder's name. */
const stateRows: readonly Row[] = [
  {
    what: 'a former governor of a state after ل (الحاكم السابق لولاية …), then his name: the state is the post’s',
    text: 'وقال الحاكم السابق لولاية أركنساس مايك هاكابي لشبكة "فوكس نيوز" إن الاتفاق "يفتح الطريق أمام القنبلة".',
    quotes: [
      ['فوكس نيوز', 'mention', null],
      ['يفتح الطريق أمام القنبلة', 'partial', 'مايك هاكابي'],
    ],
  },
  {
    what: 'a congressman, his party and his state after ل, then his name and a colon',
    text: 'وقال النائب الجمهوري لولاية ميسيسيبي بيني تومسون: "الإعصار كشف ضعف السدود".',
    quotes: [['الإعصار كشف ضعف السدود', 'direct', 'بيني تومسون']],
  },
  {
    what: 'a Turkish provincial governor before a definite body word (والي المدينة): والي is no definite word',
    text: 'وقال والي المدينة إسماعيل جتين لوكالة الأناضول إن "الحياة عادت إلى طبيعتها".',
    quotes: [['الحياة عادت إلى طبيعتها', 'partial', 'إسماعيل جتين']],
  },
];

const stateGuards: readonly Row[] = [
  {
    what: 'guard: a state speaking as a body in a statement (وقالت ولاية …)',
    text: 'وقالت ولاية أوريغون في بيان إن "الحرائق أتت على عشرة آلاف هكتار".',
    quotes: [['الحرائق أتت على عشرة آلاف هكتار', 'partial', 'ولاية أوريغون']],
  },
  {
    what: 'guard: an unnamed official in a state stays the description',
    text: 'وقال مسؤول في ولاية نيفادا إن "المياه تكفي حتى الخريف".',
    quotes: [['المياه تكفي حتى الخريف', 'partial', 'مسؤول في ولاية نيفادا']],
  },
  {
    what: 'guard: a father before his child’s definite word is no definite word either; the title speaks',
    text: 'وقال والد الطالبة إن ابنته "نالت المركز الأول".',
    quotes: [['نالت المركز الأول', 'partial', 'والد الطالبة']],
  },
];

/** Where the bearer comes from or where his body is, between the post and the name. */
const whereRows: readonly Row[] = [
  {
    what: 'a visitor’s nationality, then القادم من and a city, then his kunya (الزائر الكويتي القادم من … أبو فلان)',
    text: 'وقال الزائر الكويتي القادم من الجهراء أبو مشعل لـ"الوطن": "الأجواء في أبها لا تقارن".',
    quotes: [
      ['الوطن', 'mention', null],
      ['الأجواء في أبها لا تقارن', 'direct', 'أبو مشعل'],
    ],
  },
  {
    what: 'a pilgrim’s nationality, then القادمة من and her city, then her name',
    text: 'وقالت الحاجة النيجيرية القادمة من كانو عائشة بيلو إن "الرحلة استغرقت يومين".',
    quotes: [['الرحلة استغرقت يومين', 'partial', 'عائشة بيلو']],
  },
  {
    what: 'a town glued to ب after the district or the school in the complement (في حي … بجدة), then the kunya',
    text: 'وقالت ولية الأمر في حي النسيم بالرياض أم بندر: "الحديقة مغلقة منذ شهرين".',
    quotes: [['الحديقة مغلقة منذ شهرين', 'direct', 'أم بندر']],
  },
  {
    what: 'the same after a numbered school and its town (في المدرسة المتوسطة الثانية بحائل), then the kunya',
    text: 'وقالت المعلمة في المدرسة المتوسطة الثانية بحائل أم لين: "الطالبات أنهين المنهج قبل موعده".',
    quotes: [['الطالبات أنهين المنهج قبل موعده', 'direct', 'أم لين']],
  },
  {
    what: 'a town after the complement with no name after it is no name (بجدة): the post speaks',
    text: 'وقال المسؤول في البلدية بجدة: "الحملة مستمرة حتى نهاية الشهر".',
    quotes: [['الحملة مستمرة حتى نهاية الشهر', 'direct', 'المسؤول']],
  },
];

const whereGuards: readonly Row[] = [
  {
    what: 'guard: a delegation with its nationality and القادم من is a body with no name after it',
    text: 'وقال الوفد الأردني القادم من عمان إن المحادثات "كانت مثمرة".',
    quotes: [['كانت مثمرة', 'partial', 'الوفد الأردني']],
  },
  {
    what: 'guard: a pilgrim with his nationality and where from, and no name: the post stays',
    text: 'وقال الحاج الماليزي القادم من كوالالمبور في حديثه لـ"عكاظ" إن "التنظيم تحسن".',
    quotes: [
      ['عكاظ', 'mention', null],
      ['التنظيم تحسن', 'partial', 'الحاج الماليزي القادم'],
    ],
  },
];

/** A foreign institute's name with its field behind ل, inside the post, then the holder's name. */
const instituteRows: readonly Row[] = [
  {
    what: 'an institute’s plain name and its field behind ل (معهد واشنطن لسياسة الشرق الأدنى), then the name',
    text: 'وقال الباحث في معهد واشنطن لسياسة الشرق الأدنى مايكل نايتس لـ"الحرة" إن "الجيش العراقي يحتاج إلى وقت".',
    quotes: [
      ['الحرة', 'mention', null],
      ['الجيش العراقي يحتاج إلى وقت', 'partial', 'مايكل نايتس'],
    ],
  },
  {
    what: 'an endowment’s name and its field behind ل with an adjective (صندوق كارنيغي لتعزيز السلام الدولي), then the name',
    text: 'وقال الخبير في صندوق كارنيغي لتعزيز السلام الدولي آرون ميلر: "واشنطن مترددة في سوريا".',
    quotes: [['واشنطن مترددة في سوريا', 'direct', 'آرون ميلر']],
  },
];

const instituteGuards: readonly Row[] = [
  {
    what: 'guard: an agency behind ل after the institute is whom he told; no name, the post speaks',
    text: 'وقال الخبير في معهد واشنطن لوكالة فرانس برس إن "الضربات الجوية لن تكفي".',
    quotes: [['الضربات الجوية لن تكفي', 'partial', 'الخبير']],
  },
  {
    what: 'guard: a paper behind ل after a centre whose field has the article; the post speaks',
    text: 'وقال الباحث في مركز الأهرام للدراسات السياسية والاستراتيجية لصحيفة "الشرق الأوسط" إن "القاهرة حذرة".',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['القاهرة حذرة', 'partial', 'الباحث'],
    ],
  },
];

describe('titles12: post words before a name (السيناتورة, العمدة, الأكاديمية, ولية الأمر, المتخصص, المتسوقة …)', () => {
  runRows(postRows);
  runRows(postGuards);
  runRows(placeKunyaRows);
  runRows(specialistRows);
  runRows(specialistGuards);
  runRows(newcomerRows);
  runRows(stateRows);
  runRows(stateGuards);
  runRows(whereRows);
  runRows(whereGuards);
  runRows(instituteRows);
  runRows(instituteGuards);
});
