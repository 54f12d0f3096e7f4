/**
 * Datelines as sentence ends in a text whose paragraph breaks were lost (issue 3): Saudi papers and
 * international wires open an article with a dateline (الرياض - واس, جدة - «عكاظ», باريس (رويترز) -,
 * الدمام - فلان الفلاني) that ends without a full stop, so that once its line break is lost it runs
 * into the lede, whose verb and subject no longer open a sentence. Each article is written here in
 * news style and read as written and joined into one line, with the same quotes and speakers; the
 * rows joined into one line fail without the rule their table's comment names.
 */
import { describe, expect, it } from 'vitest';
import { tokenize } from '../src/scan/tokenize.js';
import { type Row, runRows, type Said } from './support/rows.js';

/** An article as written (paragraphs apart) and the same article joined into one line. */
function asWrittenAndFlat(what: string, paragraphs: readonly string[], quotes: readonly Said[]): Row[] {
  return [
    { what: `${what} (as written)`, text: paragraphs.join('\n\n'), quotes },
    { what: `${what} (joined into one line)`, text: paragraphs.join(' '), quotes },
  ];
}

/** The words of each sentence of a text (Token.sentence), joined by spaces. */
function sentences(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text).tokens) {
    if (token.type !== 'word') continue;
    const i = token.sentence - 1;
    out[i] = out[i] === undefined ? token.norm : `${out[i]} ${token.norm}`;
  }
  return out.filter((s) => s !== undefined);
}

/**
 * A body named in the lede with the place it sits in (أصدرت المحكمة الإدارية بأبها أمس حكما): its full
 * name is learnt only where its verb opens a sentence, and after a dateline run into the lede the verb
 * opened none (opensSentence, DatelineReader). One row per kind of dateline.
 */
const bodyRows: readonly Row[] = [
  ...asWrittenAndFlat(
    'a Saudi agency dateline (أبها - واس) before a court named with its city',
    [
      'أبها - واس',
      'أصدرت المحكمة الإدارية بأبها أمس حكما بإلغاء قرار فصل عشرين موظفا من إحدى الجهات الحكومية في المنطقة.',
      'وقالت المحكمة في حيثيات حكمها: «القرار صدر دون تحقيق نظامي مع الموظفين».',
    ],
    [['القرار صدر دون تحقيق نظامي مع الموظفين', 'direct', 'المحكمة الإدارية بأبها']],
  ),
  ...asWrittenAndFlat(
    'a paper’s quoted name (ينبع - «عكاظ») before a court named with its city',
    [
      'ينبع - «عكاظ»',
      'أصدرت المحكمة الجزائية بينبع أمس حكما بسجن مقاول خمس سنوات بعد إدانته بالتلاعب في مواصفات مشروع مدرسي.',
      'وقالت المحكمة في حيثيات حكمها: «ثبت أن المقاول استخدم مواد مخالفة للمواصفات».',
    ],
    [
      ['عكاظ', 'mention', null],
      ['ثبت أن المقاول استخدم مواد مخالفة للمواصفات', 'direct', 'المحكمة الجزائية بينبع'],
    ],
  ),
  ...asWrittenAndFlat(
    'an international wire dateline in brackets (بيروت (رويترز) -) before a court named with its city',
    [
      'بيروت (رويترز) -',
      'أصدرت المحكمة العسكرية ببيروت أمس أحكاما بسجن سبعة متهمين بالانتماء إلى خلية خططت لتفجيرات في العاصمة.',
      'وقالت المحكمة في بيان: «المتهمون اعترفوا بالتخطيط لاستهداف مراكز تجارية».',
    ],
    [['المتهمون اعترفوا بالتخطيط لاستهداف مراكز تجارية', 'direct', 'المحكمة العسكرية ببيروت']],
  ),
  ...asWrittenAndFlat(
    'an acronym wire dateline (طنطا - أ ف ب) before a court named with its city',
    [
      'طنطا - أ ف ب',
      'أصدرت المحكمة الاقتصادية بطنطا أمس حكما بحبس صاحب شركة للاستثمار العقاري ثلاث سنوات بعد إدانته بجمع أموال المودعين.',
      'وقالت المحكمة في حيثيات حكمها: «المتهم أوهم المودعين بأرباح لا وجود لها».',
    ],
    [['المتهم أوهم المودعين بأرباح لا وجود لها', 'direct', 'المحكمة الاقتصادية بطنطا']],
  ),
  ...asWrittenAndFlat(
    'a reporter’s name (جازان - عبدالله الغامدي) before the verb that opens the lede',
    [
      'جازان - عبدالله الغامدي',
      'أصدرت المحكمة العامة بجازان أمس حكما بسجن ثلاثة متهمين بتهريب القات عبر الحدود عشر سنوات لكل منهم.',
      'وقالت المحكمة في حيثيات حكمها: «المتهمون اعترفوا بما نسب إليهم أمام المحقق».',
    ],
    [['المتهمون اعترفوا بما نسب إليهم أمام المحقق', 'direct', 'المحكمة العامة بجازان']],
  ),
  ...asWrittenAndFlat(
    'a paper’s name closed by a colon (تبوك – الجزيرة:) before the lede',
    [
      'تبوك – الجزيرة:',
      'أصدرت المحكمة الجزائية بتبوك أمس حكما بسجن موظف سابق في إحدى البلديات ثماني سنوات بعد إدانته بتلقي رشاوى من مقاولين.',
      'وقالت المحكمة في حيثيات حكمها: «المتهم استغل وظيفته لتحقيق مكاسب شخصية».',
    ],
    [['المتهم استغل وظيفته لتحقيق مكاسب شخصية', 'direct', 'المحكمة الجزائية بتبوك']],
  ),
];

describe('datelines: a dateline at the start of a flat text ends a sentence', () => {
  runRows(bodyRows);
});

/** Guards: a lede's person after a dateline, read alike as written and on one line. */
const personRows: readonly Row[] = [
  ...asWrittenAndFlat(
    'a Saudi agency dateline (الرياض - واس) before a lede whose minister goes on with وأضاف',
    [
      'الرياض - واس',
      'ترأس وزير الصحة الدكتور توفيق بن فوزان الربيعة أمس اجتماع مجلس الخدمات الصحية في مقر الوزارة بالرياض، بحضور وكلاء الوزارة ومديري الشؤون الصحية في المناطق.',
      'وقال الوزير في كلمته: «سنفتتح أربعة مستشفيات جديدة قبل نهاية العام في المناطق الشمالية».',
      'وأضاف الربيعة أن الوزارة «تعمل على خفض مدة انتظار المواعيد إلى أسبوعين».',
    ],
    [
      ['سنفتتح أربعة مستشفيات جديدة قبل نهاية العام في المناطق الشمالية', 'direct', 'توفيق بن فوزان الربيعة'],
      ['تعمل على خفض مدة انتظار المواعيد إلى أسبوعين', 'partial', 'توفيق بن فوزان الربيعة'],
    ],
  ),
  ...asWrittenAndFlat(
    'a paper’s quoted name (جدة - «عكاظ») before a lede whose governor speaks in the next sentence',
    [
      'جدة - «عكاظ»',
      'دشن محافظ جدة الأمير مشعل بن ماجد أمس مشروع تطوير الواجهة البحرية الشمالية بتكلفة تتجاوز ملياري ريال، بحضور أمين المحافظة وعدد من المسؤولين.',
      'وقال المحافظ للصحفيين: «المشروع سيكون متنفسا لسكان المدينة وزوارها».',
      'وأكد أن العمل «سينتهي خلال ثمانية عشر شهرا».',
    ],
    [
      ['عكاظ', 'mention', null],
      ['المشروع سيكون متنفسا لسكان المدينة وزوارها', 'direct', 'مشعل بن ماجد'],
      ['سينتهي خلال ثمانية عشر شهرا', 'partial', 'مشعل بن ماجد'],
    ],
  ),
  ...asWrittenAndFlat(
    'an international wire dateline (باريس (رويترز) -) before a lede whose minister goes on with وأضاف',
    [
      'باريس (رويترز) -',
      'أعلن وزير الخارجية الفرنسي جان نويل بارو أمس أن بلاده ستستضيف مؤتمرا دوليا لدعم لبنان الشهر المقبل، بمشاركة أكثر من ثلاثين دولة.',
      'وقال بارو في مؤتمر صحفي: «على المجتمع الدولي ألا يترك لبنان وحيدا في هذه الأزمة».',
      'وأضاف أن المؤتمر «سيركز على دعم الجيش اللبناني وإعادة الإعمار».',
    ],
    [
      ['على المجتمع الدولي ألا يترك لبنان وحيدا في هذه الأزمة', 'direct', 'جان نويل بارو'],
      ['سيركز على دعم الجيش اللبناني وإعادة الإعمار', 'partial', 'جان نويل بارو'],
    ],
  ),
  ...asWrittenAndFlat(
    'an acronym wire dateline (القاهرة - أ ف ب) before a lede whose spokesman goes on with وتابع',
    [
      'القاهرة - أ ف ب',
      'أكد المتحدث باسم وزارة الخارجية المصرية أحمد أبو زيد أمس أن القاهرة تواصل اتصالاتها مع جميع الأطراف للتوصل إلى وقف لإطلاق النار في غزة.',
      'وقال أبو زيد في بيان: «مصر لن تدخر جهدا لوقف نزيف الدم».',
      'وتابع أن الاتصالات «تشمل الأطراف الإقليمية والدولية المؤثرة».',
    ],
    [
      ['مصر لن تدخر جهدا لوقف نزيف الدم', 'direct', 'أحمد أبو زيد'],
      ['تشمل الأطراف الإقليمية والدولية المؤثرة', 'partial', 'أحمد أبو زيد'],
    ],
  ),
  ...asWrittenAndFlat(
    'a reporter’s name (الدمام - عبدالله الغامدي) before the verb that opens the lede',
    [
      'الدمام - عبدالله الغامدي',
      'كشف مدير عام التعليم في المنطقة الشرقية الدكتور عبدالرحمن بن محمد المديرس أمس عن خطة لافتتاح خمسين مدرسة جديدة مع بداية العام الدراسي المقبل.',
      'وقال المديرس في لقاء مع الصحفيين: «لن يبقى حي في الدمام بلا مدرسة ابتدائية».',
      'وأضاف أن الإدارة «ستنقل الطلاب من المباني المستأجرة خلال عامين».',
    ],
    [
      ['لن يبقى حي في الدمام بلا مدرسة ابتدائية', 'direct', 'عبدالرحمن بن محمد المديرس'],
      ['ستنقل الطلاب من المباني المستأجرة خلال عامين', 'partial', 'عبدالرحمن بن محمد المديرس'],
    ],
  ),
  ...asWrittenAndFlat(
    'a paper’s name closed by a colon (الرياض – الجزيرة:) before the lede',
    [
      'الرياض – الجزيرة:',
      'وافق مجلس الشورى أمس على مشروع نظام حماية المستهلك بعد مناقشة استمرت ثلاث جلسات، وأحاله إلى المقام السامي لاعتماده.',
      'وقال رئيس لجنة التجارة في المجلس الدكتور فهد بن عبدالله الحربي: «النظام يمنح الوزارة صلاحيات أوسع لمعاقبة المخالفين».',
      'وأضاف الحربي أن النظام «سيطبق بعد ستة أشهر من نشره».',
    ],
    [
      ['النظام يمنح الوزارة صلاحيات أوسع لمعاقبة المخالفين', 'direct', 'فهد بن عبدالله الحربي'],
      ['سيطبق بعد ستة أشهر من نشره', 'partial', 'فهد بن عبدالله الحربي'],
    ],
  ),
];

describe('datelines: guards with a person in the lede', () => {
  runRows(personRows);
});

describe('datelines: where the tokenizer ends a dateline', () => {
  it('ends it after an agency, a quoted paper, a bracket and its dash, a reporter before a verb, a colon', () => {
    expect(sentences('الرياض - واس أعلنت الوزارة أمس.')).toEqual(['الرياض واس', 'اعلنت الوزاره امس']);
    expect(sentences('القاهرة - أ ف ب قال مسؤول.')).toEqual(['القاهره ا ف ب', 'قال مسؤول']);
    expect(sentences('جدة - «عكاظ» دشن المحافظ.')).toEqual(['جده عكاظ', 'دشن المحافظ']);
    expect(sentences('باريس (رويترز) - أعلن الوزير.')).toEqual(['باريس رويترز', 'اعلن الوزير']);
    expect(sentences('الدمام - محمد بن سعد الغامدي كشف المدير.')).toEqual([
      'الدمام محمد بن سعد الغامدي',
      'كشف المدير',
    ]);
    expect(sentences('الرياض – الجزيرة: وافق المجلس.')).toEqual(['الرياض الجزيره', 'وافق المجلس']);
  });

  it('leaves a dash inside a sentence, a quote after a colon and a dateline not at the start alone', () => {
    expect(sentences('أكد الوزير - وهو يتحدث للصحفيين - أن الخطة جاهزة.')).toHaveLength(1);
    expect(sentences('الرياض - قال الوزير: «الخطة جاهزة».')).toHaveLength(1);
    expect(sentences('جدة - سجلت الأمطار الغزيرة أمس أعلى منسوب.')).toHaveLength(1);
    expect(sentences('وصل الوفد. الرياض - واس أعلنت الوزارة.')).toHaveLength(2);
  });
});

/**
 * A tweet's caption ends with its photo link (pic.twitter.com/…) or a link (https://…) and no full
 * stop: once the line break is lost, the Arabic word after the link opens a sentence (the tokenizer's
 * link rule), and a participle's subject is read back to that sentence's verb (readBack).
 */
const linkRows: readonly Row[] = [
  ...asWrittenAndFlat(
    'a caption ending in pic.twitter.com/… before a body that mourns, قائلة إن',
    [
      'وشيع آلاف المواطنين جثامين الشهداء في مدينة جنين وسط هتافات غاضبة.',
      'مشاهد من تشييع الشهداء في جنين #الضفة_الغربية pic.twitter.com/Ab12Cd34Ef',
      'ونعت حركة الجهاد الإسلامي الشهداء، قائلةً إن "دماءهم لن تذهب هدرا".',
      'وأكد مدير مستشفى جنين الحكومي وسام بكر أن المستشفى "استقبل عشرات الإصابات".',
    ],
    [
      ['دماءهم لن تذهب هدرا', 'partial', 'حركة الجهاد الإسلامي'],
      ['استقبل عشرات الإصابات', 'partial', 'وسام بكر'],
    ],
  ),
  ...asWrittenAndFlat(
    'a caption ending in https://… before a ministry that condemns, قائلة إن',
    [
      'اقتحم مستوطنون صباح أمس باحات المسجد الأقصى بحماية قوات الاحتلال، وأدوا طقوسا تلمودية.',
      'فيديو من باحات المسجد الأقصى صباح اليوم https://t.co/Xy12Ab34',
      'ودانت وزارة الخارجية الفلسطينية الاقتحام، قائلةً إن "الصمت الدولي يشجع على مزيد من الانتهاكات".',
    ],
    [['الصمت الدولي يشجع على مزيد من الانتهاكات', 'partial', 'وزارة الخارجية الفلسطينية']],
  ),
];

describe('links: a link that ends a caption ends a sentence', () => {
  runRows(linkRows);

  it('counts a sentence end after the link when an Arabic word follows, not a Latin one', () => {
    expect(sentences('مشاهد من جنين pic.twitter.com/Ab12 ونعت الحركة الشهداء.')).toEqual([
      'مشاهد من جنين pic twitter com Ab12',
      'ونعت الحركه الشهداء',
    ]);
    expect(sentences('لقطات من السيول https://t.co/Xy12 وحذر الدفاع المدني.')).toHaveLength(2);
    expect(sentences('see https://t.co/Xy12 via the agency')).toHaveLength(1);
    expect(sentences('زار الموقع www.example.com وقال إنه جيد.')).toHaveLength(1);
  });
});

/**
 * A paper's quoted name in the dateline, then a lede that opens with a reporting verb (جدة - «عكاظ»
 * أعلنت الوزارة …): on one line the verb after the closing mark read as the quote's cue (readAfter)
 * and made the paper's name a partial quote of the lede's subject.
 */
const quotedPaperRows: readonly Row[] = [
  ...asWrittenAndFlat(
    'a Saudi paper’s quoted name (أبها - «الوطن») before أعلنت and a ministry',
    [
      'أبها - «الوطن»',
      'أعلنت وزارة النقل أمس إغلاق طريق عقبة ضلع أمام الشاحنات ثلاثة أيام لأعمال الصيانة.',
      'وقالت الوزارة في بيان: «نهيب بالسائقين استخدام الطرق البديلة خلال فترة الإغلاق».',
    ],
    [
      ['الوطن', 'mention', null],
      ['نهيب بالسائقين استخدام الطرق البديلة خلال فترة الإغلاق', 'direct', 'وزارة النقل'],
    ],
  ),
  ...asWrittenAndFlat(
    'a pan-Arab paper’s quoted name (لندن - «الحياة») before قال and a minister',
    [
      'لندن - «الحياة»',
      'قال وزير الخارجية البريطاني ديفيد لامي أمس إن بلاده ستزيد مساعداتها الإنسانية للسودان خلال العام المقبل.',
      'وأضاف لامي في مؤتمر صحفي: «لا يمكن للعالم أن يغمض عينيه عن هذه المأساة».',
    ],
    [
      ['الحياة', 'mention', null],
      ['لا يمكن للعالم أن يغمض عينيه عن هذه المأساة', 'direct', 'ديفيد لامي'],
    ],
  ),
  {
    what: 'guard: a quote that ends with its own exclamation mark, then قال فلان with no comma',
    text: 'وصل رئيس المجلس إلى القاعة وسط هتافات المحتجين. «يا للعار!» قال النائب سالم الخطيب قبل أن يغادر الجلسة.',
    quotes: [['يا للعار!', 'direct', 'سالم الخطيب']],
  },
];

describe('datelines: a paper’s quoted name is not a quote of the lede’s cue', () => {
  runRows(quotedPaperRows);
});

/**
 * A tatweel set alone between spaces as the dateline's dash (الرياض ـ واس), as Saudi papers print it:
 * the tokenizer skips a tatweel as invisible, so the reader is told of it where it stands alone.
 */
const tatweelRows: readonly Row[] = [
  ...asWrittenAndFlat(
    'a tatweel as the dateline’s dash (حائل ـ واس) before a court named with its city',
    [
      'حائل ـ واس',
      'أصدرت المحكمة الإدارية بحائل أمس حكما بإلزام إحدى البلديات بتعويض مقاول عن تأخير صرف مستحقاته ثلاث سنوات.',
      'وقالت المحكمة في حيثيات حكمها: «البلدية لم تقدم ما يبرر تأخير الصرف».',
    ],
    [['البلدية لم تقدم ما يبرر تأخير الصرف', 'direct', 'المحكمة الإدارية بحائل']],
  ),
];

describe('datelines: a tatweel alone as the dash', () => {
  runRows(tatweelRows);

  it('ends the dateline at a lone tatweel, not at a tatweel inside a sentence', () => {
    expect(sentences('الرياض ـ واس أعلنت الوزارة.')).toEqual(['الرياض واس', 'اعلنت الوزاره']);
    expect(sentences('باريس (رويترز) ـ أعلن الوزير.')).toEqual(['باريس رويترز', 'اعلن الوزير']);
    expect(sentences('قال الوزير ـ وهو يبتسم ـ إن الخطة جاهزة.')).toHaveLength(1);
  });
});
