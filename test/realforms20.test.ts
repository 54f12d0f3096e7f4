/**
 * Forms met in real pages read this session (issue 3), each written here anew in news style: زاد
 * ("added") right before a quote that is a sentence of its own, and a quote set out as a sentence of its
 * own right after a sentence whose reporting verb has its subject but gives no quote (an indirect
 * report, a verb with a noun for object); a verb the lexicon lacks before a title, a name and a colon
 * (امتدح النائب فلان: «…»); صباح as a man's given name after الشيخ; a queen's and a monarch's post (ملكة,
 * عاهل) and a kind of state before its name. Each beside a guard that the older reading still holds.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const addedRightBefore: readonly Row[] = [
  {
    what: 'وزاد right before a quote of a sentence goes on with the one who spoke (its subject dropped)',
    text: 'قال عضو مجلس الإدارة فهد السالم «الإدارة تعمل بجد». وزاد «نحن كمجلس إدارة سنقدم عملا احترافيا يليق بالنادي».',
    quotes: [
      ['الإدارة تعمل بجد', 'direct', 'فهد السالم'],
      ['نحن كمجلس إدارة سنقدم عملا احترافيا يليق بالنادي', 'direct', 'فهد السالم'],
    ],
  },
  {
    what: 'the feminine form, a woman going on (وزادت «…»)',
    text: 'قالت مديرة المستشفى ريم العتيبي: «الأقسام تعمل بكامل طاقتها». وزادت «لن نغلق أي قسم قبل نهاية العام».',
    quotes: [
      ['الأقسام تعمل بكامل طاقتها', 'direct', 'ريم العتيبي'],
      ['لن نغلق أي قسم قبل نهاية العام', 'direct', 'ريم العتيبي'],
    ],
  },
  {
    what: 'guard: زاد with a quoted word for object and words going on is "increased", a name',
    text: 'وزاد «الطلب» على الوقود خلال الشتاء.',
    quotes: [['الطلب', 'mention', null]],
  },
  {
    what: 'guard: وما زاد before a quote is the idiom’s relative, no one going on',
    text: 'قال الوزير: «الوضع صعب». وما زاد «الأزمة الحالية» تعقيدا ارتفاع الأسعار.',
    quotes: [
      ['الوضع صعب', 'direct', 'الوزير'],
      ['الأزمة الحالية', 'mention', null],
    ],
  },
];

const quoteAfterReport: readonly Row[] = [
  {
    what: 'a quote paragraph right after an indirect report (قال فلان إن …) is the reporter’s',
    text: 'وقال وزير الصحة خالد العمر إن الوضع مستقر في المستشفيات.\n«نحن نتابع الحالة عن كثب وسنعلن كل جديد».',
    quotes: [['نحن نتابع الحالة عن كثب وسنعلن كل جديد', 'direct', 'خالد العمر']],
  },
  {
    what: 'the same after a verb with a noun for object (وأكد فلان تمسك الإدارة بالمدرب)',
    text: 'وأكد رئيس النادي سعد الفهد تمسك الإدارة بالمدرب.\n«المدرب باق حتى نهاية عقده ولن نلتفت إلى الشائعات».',
    quotes: [['المدرب باق حتى نهاية عقده ولن نلتفت إلى الشائعات', 'direct', 'سعد الفهد']],
  },
  {
    what: 'the same for a woman, after قالت … إن',
    text: 'قالت مديرة المدرسة سلمى الحربي إن الطالبات حققن نتائج متميزة.\n«الفضل يعود إلى جهود المعلمات والأسر معا».',
    quotes: [['الفضل يعود إلى جهود المعلمات والأسر معا', 'direct', 'سلمى الحربي']],
  },
  {
    what: 'the same for a body, its statement reported in the paragraph before',
    text: 'أعلنت وزارة التعليم موعد بدء العام الدراسي.\nوأوضحت الوزارة في بيان أن الطلاب سيعودون إلى المدارس الأحد المقبل.\n«نسعى إلى عام دراسي مستقر يعوض ما فات الطلاب».',
    quotes: [['نسعى إلى عام دراسي مستقر يعوض ما فات الطلاب', 'direct', 'وزارة التعليم']],
  },
  {
    what: 'the same with the quote a sentence of its own right after the report, on its line',
    text: 'وقال وزير النقل فيصل الدوسري إن الطريق سيفتتح قريبا وإن العمل يسير وفق الخطة. «نعمل على مدار الساعة لإنجاز المشروع».',
    quotes: [['نعمل على مدار الساعة لإنجاز المشروع', 'direct', 'فيصل الدوسري']],
  },
  {
    what: 'guard: a short quoted name on its own line after the report is a name, not words',
    text: 'وقال وزير النقل إن الطريق سيفتتح قريبا.\n«طريق الحرير الجديد»',
    quotes: [['طريق الحرير الجديد', 'mention', null]],
  },
  {
    what: 'guard: a quote that a sentence goes on after is a name in it (شعار المرحلة)',
    text: 'وقال وزير النقل إن الطريق سيفتتح قريبا. «نعمل على مدار الساعة» شعار المرحلة.',
    quotes: [['نعمل على مدار الساعة', 'mention', null]],
  },
];

const familyChainBeforeThat: readonly Row[] = [
  {
    what: 'a chain of family names with the article right before أن after a verb taking an object is whole (الخالد الصباح)',
    text: 'أعلن وزير الداخلية الشيخ محمد الخالد الصباح أن الحكومة ستقطع «أيدي الشر التي تتدخل في أمن الوطن».',
    quotes: [['أيدي الشر التي تتدخل في أمن الوطن', 'partial', 'محمد الخالد الصباح']],
  },
  {
    what: 'the same with another house’s name (خالد السالم الحمد أن)',
    text: 'أعلن الوزير خالد السالم الحمد أن الوضع «مستقر تماما».',
    quotes: [['مستقر تماما', 'partial', 'خالد السالم الحمد']],
  },
  {
    what: 'guard: those told in the plural before أن are the object (أبلغ الوزير فلان الصحفيين أن)',
    text: 'وأبلغ الوزير محمد العلي الصحفيين أن الوضع «مستقر تماما».',
    quotes: [['مستقر تماما', 'partial', 'محمد العلي']],
  },
  {
    what: 'guard: a title before أن is the object, not a family name (أبلغ الوزير فلان المراسل أن)',
    text: 'وأبلغ الوزير فهد العلي المراسل أن الوضع «مستقر تماما».',
    quotes: [['مستقر تماما', 'partial', 'فهد العلي']],
  },
];

describe('a chain of family names before أن (real forms, session 20)', () => {
  runRows(familyChainBeforeThat);
});

const subjectBeforePresent: readonly Row[] = [
  {
    what: 'a headline’s title before a bare present verb is its subject; the noun after the verb its object',
    text: 'وزير الصحة يطالب الحكومة بـ«زيادة ميزانية المستشفيات»',
    quotes: [['زيادة ميزانية المستشفيات', 'partial', 'وزير الصحة']],
  },
  {
    what: 'the same with an object before إلى (يدعو المواطنين إلى «…»)',
    text: 'وزير الصحة يدعو المواطنين إلى «الالتزام بالإجراءات الوقائية»',
    quotes: [['الالتزام بالإجراءات الوقائية', 'partial', 'وزير الصحة']],
  },
  {
    what: 'the same inside a clause after إن: the body before the verb, not the firms after it',
    text: 'وقال الوزير إن الحكومة تطالب الشركات بـ«الالتزام الكامل».',
    quotes: [['الالتزام الكامل', 'partial', 'الحكومة']],
  },
  {
    what: 'guard: a present verb opening its sentence has its subject after it',
    text: 'يطالب الوزير الشركات بـ«الالتزام الكامل».',
    quotes: [['الالتزام الكامل', 'partial', 'الوزير']],
  },
];

const headlineTitleNamedAfter: readonly Row[] = [
  {
    what: 'a headline’s title alone, then the very title with a name in the body: one person',
    text: 'وزير الخارجية: «لن نقبل بالتدخل»\n\nالتقى وزير الخارجية فيصل بن فرحان نظيره الأمريكي.',
    quotes: [['لن نقبل بالتدخل', 'direct', 'فيصل بن فرحان']],
  },
  {
    what: 'the same for a headline statement before a verb, its holder named in the lede',
    text: 'رئيس الهيئات الاقتصادية يحذر السياسيين من «التمادي في تضييع الفرص»\n\nدعا رئيس الهيئات الاقتصادية عدنان القصار السياسيين إلى التهدئة.',
    quotes: [['التمادي في تضييع الفرص', 'partial', 'عدنان القصار']],
  },
  {
    what: 'guard: another wording of the title (a former holder) in the body is another person',
    text: 'وزير الخارجية: «لن نقبل بالتدخل»\n\nقال وزير الخارجية السابق خالد العلي إن المرحلة صعبة.',
    quotes: [['لن نقبل بالتدخل', 'direct', 'وزير الخارجية']],
  },
];

describe('a subject before a bare present verb (real forms, session 20)', () => {
  runRows(subjectBeforePresent);
});

describe('a headline’s title named in the body (real forms, session 20)', () => {
  runRows(headlineTitleNamedAfter);
});

const officeToldAfterLam: readonly Row[] = [
  {
    what: 'an office after ل behind a whole office (الرئيس لوزير الخارجية) is whom the words were told',
    text: 'وقال الرئيس لوزير الخارجية سامي العلي: «المفاوضات متوقفة».',
    quotes: [['المفاوضات متوقفة', 'direct', 'الرئيس']],
  },
  {
    what: 'the same behind a king (الملك لولي العهد)',
    text: 'وقال الملك لولي العهد: «المفاوضات متوقفة».',
    quotes: [['المفاوضات متوقفة', 'direct', 'الملك']],
  },
  {
    what: 'the same behind a minister and his nationality (وزير الخارجية الفرنسي للرئيس الأمريكي)',
    text: 'وقال وزير الخارجية الفرنسي للرئيس الأمريكي: «المفاوضات متوقفة».',
    quotes: [['المفاوضات متوقفة', 'direct', 'وزير الخارجية الفرنسي']],
  },
  {
    what: 'guard: a post that takes ل and an office (النائب الأول لرئيس الوزراء فلان) keeps its holder',
    text: 'وقال النائب الأول لرئيس الوزراء سامي العلي: «المفاوضات متوقفة».',
    quotes: [['المفاوضات متوقفة', 'direct', 'سامي العلي']],
  },
  {
    what: 'guard: the same for an adviser to the king (المستشار الخاص للملك فلان)',
    text: 'وقال المستشار الخاص للملك سامي العلي: «المفاوضات متوقفة».',
    quotes: [['المفاوضات متوقفة', 'direct', 'سامي العلي']],
  },
];

describe('an office told after ل (real forms, session 20)', () => {
  runRows(officeToldAfterLam);
});

const goingOnWithName: readonly Row[] = [
  {
    what: 'أكمل with a name the article gave before, then the colon: she goes on (no name ran into the verb)',
    text: 'نفت الدكتورة منار غانم عضو المركز الإعلامي ما أشيع. وقالت منار غانم: «الطقس مستقر».\n\nوأكملت منار غانم: «ستكون هناك رياح نشطة».',
    quotes: [
      ['الطقس مستقر', 'direct', 'منار غانم'],
      ['ستكون هناك رياح نشطة', 'direct', 'منار غانم'],
    ],
  },
  {
    what: 'a colon line opening with a verb of the lexicon the rules did not take for a cue reads its subject after it',
    text: 'وأكملت الفرقة الموسيقية: «نشيد الوطن».',
    quotes: [['نشيد الوطن', 'direct', 'الفرقة الموسيقية']],
  },
  {
    what: 'guard: a given name opening with و before the colon is read whole (وليد)',
    text: 'وليد العلي: «نعمل بجد».',
    quotes: [['نعمل بجد', 'direct', 'وليد العلي']],
  },
];

describe('a verb going on with a known name before the colon (real forms, session 20)', () => {
  runRows(goingOnWithName);
});

const titledSpeakerNamedInNarration: readonly Row[] = [
  {
    what: 'a speaker known by a title that the narration gave a name, the title closed by الحالي and a comma',
    text: 'طالب حسين لبيب رئيس نادي الزمالك الحالي، عبر مداخلته الهاتفية، الحكومة بالنظر في أزمة النادي.\n\nوقال رئيس نادي الزمالك: «نناشد الحكومة التدخل».',
    quotes: [['نناشد الحكومة التدخل', 'direct', 'حسين لبيب']],
  },
  {
    what: 'the same after a preposition, the name and title in narration (التقى الوزير مع فلان رئيس …)',
    text: 'التقى الوزير مع حسين لبيب رئيس نادي الزمالك أمس.\n\nوقال رئيس نادي الزمالك: «نناشد الحكومة التدخل».',
    quotes: [['نناشد الحكومة التدخل', 'direct', 'حسين لبيب']],
  },
  {
    what: 'the same with the title in apposition between commas after a titled name (السفير فلان، مدير …،)',
    text: 'قالت الوزارة إن السفير سامي العلي، مدير التواصل في الوزارة، غادر إلى باريس.\n\nوقال مدير التواصل: «نتابع الوضع».',
    quotes: [['نتابع الوضع', 'direct', 'سامي العلي']],
  },
  {
    what: 'the same after إن, the name the clause’s subject (إن فلان مدير التواصل غادر)',
    text: 'قالت الوزارة إن سامي العلي مدير التواصل في الوزارة غادر إلى باريس.\n\nوقال مدير التواصل: «نتابع الوضع».',
    quotes: [['نتابع الوضع', 'direct', 'سامي العلي']],
  },
  {
    what: 'the same after a verb whose own object follows the title (شرّف الأمير فلان أمير المنطقة حفل …), and سمو before the title',
    text: 'شرّف الأمير فيصل بن بندر أمير منطقة الرياض حفل السفارة.\nوكان في استقبال سموه الشيخ شخبوط بن نهيان سفير الإمارات لدى المملكة.\nوأعرب سمو أمير منطقة الرياض في تصريح صحفي عن خالص التهاني، مؤكدا أن الاحتفال مهم.\nوقال سموه: «الحمد لله الذي جمعنا».',
    quotes: [['الحمد لله الذي جمعنا', 'direct', 'فيصل بن بندر']],
    // engine gap: after the verb opening its clause a title right after its subject's name is as often the
    // verb's object (سلّم السفير فلان وزير الخارجية نسخة …): nameTitledSpeakers takes the name there only
    // with a comma before the title or الحالي and a comma after it.
    gaps: ['attribution'],
  },
  {
    what: 'guard: a name then a title right after a verb taking an object is its subject and object, two people',
    text: 'استقبل الأمير فيصل بن خالد وزير الداخلية في مكتبه أمس.\n\nوقال وزير الداخلية: «بحثنا التعاون».',
    quotes: [['بحثنا التعاون', 'direct', 'وزير الداخلية']],
  },
  {
    what: 'guard: two people named with the same title leave the title alone',
    text: 'التقى الوزير في الرياض مع حسين لبيب رئيس النادي، ثم التقى في جدة مع سامي العلي رئيس النادي، كل على حدة.\n\nوقال رئيس النادي: «نناشد الحكومة التدخل».',
    quotes: [['نناشد الحكومة التدخل', 'direct', 'رئيس النادي']],
  },
];

describe('a titled speaker named in narration (real forms, session 20)', () => {
  runRows(titledSpeakerNamedInNarration);
});

const pluralDroppedSubject: readonly Row[] = [
  {
    what: 'a plural verb with its subject dropped, no plural having spoken: the people the narration brought in',
    text: 'استقبل الأمير تركي بن عبدالله أمير المنطقة في مكتبه أمس عددا من أهالي محافظة القطيف. وقالوا في كلمة لهم: «نرفع لسموكم الشكر». وأضافوا: «نشكر سموكم على استقبالكم».',
    quotes: [
      ['نرفع لسموكم الشكر', 'direct', 'أهالي محافظة القطيف'],
      ['نشكر سموكم على استقبالكم', 'direct', 'أهالي محافظة القطيف'],
    ],
  },
  {
    what: 'guard: a plural that has spoken keeps the floor for a plural verb',
    text: 'قال المتظاهرون أمام حشد من أهالي الحي: «نريد العدالة». وقالوا أيضا: «لن نتراجع عن مطالبنا».',
    quotes: [
      ['نريد العدالة', 'direct', 'المتظاهرون'],
      ['لن نتراجع عن مطالبنا', 'direct', 'المتظاهرون'],
    ],
  },
];

describe('a plural verb after people brought in by the narration (real forms, session 20)', () => {
  runRows(pluralDroppedSubject);
});

const namedAfterColonOrKept: readonly Row[] = [
  {
    what: 'a title after بعنوان and a colon is a name, not the words of the sentence’s subject',
    text: 'ونظمت الجمعية ندوة بعنوان: «الشباب والمستقبل».',
    quotes: [['الشباب والمستقبل', 'mention', null]],
  },
  {
    what: 'a slogan after تحت شعار and a colon is a name even after a verb of saying',
    text: 'وقال الوزير في ختام حملة تحت شعار: «معا نبني الوطن» إن الحملة نجحت.',
    quotes: [['معا نبني الوطن', 'mention', null]],
  },
  {
    what: 'the paper that keeps a source’s name (تحتفظ «الحياة» باسمه) is a name; the source speaks',
    text: 'وقال مسؤول (تحتفظ «الحياة» باسمه) إن «الوضع مستقر».',
    quotes: [
      ['الحياة', 'mention', null],
      ['الوضع مستقر', 'partial', 'مسؤول'],
    ],
  },
  {
    what: 'guard: a body’s title before the colon (رئيس المشروع:) still speaks',
    text: 'وقال رئيس المشروع: «العمل مستمر».',
    quotes: [['العمل مستمر', 'direct', 'رئيس المشروع']],
  },
];

describe('names after بعنوان: and a kept name (real forms, session 20)', () => {
  runRows(namedAfterColonOrKept);
});

const nationalSide: readonly Row[] = [
  {
    what: 'a national side in construct after ل is the title’s body, not the start of the coach’s name',
    text: 'وقال المدير الفني لمنتخب مصر حسام حسن: «المباراة صعبة».',
    quotes: [['المباراة صعبة', 'direct', 'حسام حسن']],
  },
  {
    what: 'guard: المنتخب after a post is "elected", no body (النائب المنتخب عن الحزب، فلان،)',
    text: 'ووصف النائب المنتخب عن الحزب، أحمد أوزدمير، النتيجة بأنها «ليلة تاريخية».',
    quotes: [['ليلة تاريخية', 'partial', 'أحمد أوزدمير']],
  },
];

describe('a national side after a title (real forms, session 20)', () => {
  runRows(nationalSide);
});

const ownSpeechAfterPlace: readonly Row[] = [
  {
    what: 'one’s own speech with its pronoun after a governor’s title and place is the verb’s object, no name',
    text: 'وختم محافظ حلب حديثه بأن «المدينة ستنهض من جديد».',
    quotes: [['المدينة ستنهض من جديد', 'partial', 'محافظ حلب']],
  },
];

const passiveBeforeName: readonly Row[] = [
  {
    what: 'the passive’s auxiliary and its verbal noun before a known surname (تم سؤال فلانة) are no words of her name',
    text: 'وقالت زاخاروفا في برنامج تلفزيوني: «نتحدث عن الإدارة الأمريكية».\nخلال البرنامج التلفزيوني تم سؤال زاخاروفا عما إذا كانت المحاولة إهانة، فأجابت: «بالتأكيد».',
    quotes: [
      ['نتحدث عن الإدارة الأمريكية', 'direct', 'زاخاروفا'],
      ['بالتأكيد', 'direct', 'زاخاروفا'],
    ],
  },
];

describe('the passive before a name (real forms, session 20)', () => {
  runRows(passiveBeforeName);
});

describe('own speech after a title and its place (real forms, session 20)', () => {
  runRows(ownSpeechAfterPlace);
});

const mendGuards: readonly Row[] = [
  {
    what: 'guard: وزاد before a quoted noun phrase after an indirect report is "increased", no one’s words',
    text: 'وقال وزير الصحة إن عدد الإصابات ارتفع.\n\nوزاد «عدد الوفيات إلى مئة حالة حتى مساء أمس».',
    quotes: [['عدد الوفيات إلى مئة حالة حتى مساء أمس', 'mention', null]],
    // engine gap: زاد right before a quote is read as "added" wherever someone has just spoken, in a quote
    // or a report (reportedJustBefore): a quoted noun phrase that increased is taken for his words.
    gaps: ['attribution'],
  },
  {
    what: 'guard: وزاد before a definite noun after a quote is "increased" (the investment), not the analyst going on',
    text: 'وقال المحلل سامر ديب: «السوق مضطرب». وزاد «الاستثمار الأجنبي المباشر بنسبة عشرة بالمئة».',
    quotes: [
      ['السوق مضطرب', 'direct', 'سامر ديب'],
      ['الاستثمار الأجنبي المباشر بنسبة عشرة بالمئة', 'mention', null],
    ],
    // engine gap: زاد right before a quote is read as "added" wherever someone has just spoken, in a quote
    // or a report (reportedJustBefore): a quoted noun phrase that increased is taken for his words.
    gaps: ['attribution'],
  },
  {
    what: 'guard: a slogan paragraph that the narration after it takes up (بهذا الشعار) is no reporter’s words',
    text: 'وقال النائب سالم الدوسري إن الفساد يجب أن يحاسب.\n\n«لا للفساد ولا للمحسوبية في مؤسسات الدولة».\n\nبهذا الشعار خرج المئات إلى الشوارع.',
    quotes: [['لا للفساد ولا للمحسوبية في مؤسسات الدولة', 'mention', null]],
  },
  {
    what: 'guard: a noun in construct before a title and the colon speaks (مؤيدو الرئيس فلان:), not the title’s holder',
    text: 'مؤيدو الرئيس قيس سعيد: «نحن مع الرئيس».',
    quotes: [['نحن مع الرئيس', 'direct', 'مؤيدو الرئيس قيس سعيد']],
  },
];

describe('guards for the mends of this session’s last read (real forms, session 20)', () => {
  runRows(mendGuards);
});

const verbBeforeTitledColon: readonly Row[] = [
  {
    what: 'a verb the lexicon lacks before a title, a name and the colon is no word of the speaker (امتدح النائب فلان:)',
    text: 'امتدح النائب صالح الملا: «الحيادية المهنية التي ميزت الصحيفة منذ البداية».',
    quotes: [['الحيادية المهنية التي ميزت الصحيفة منذ البداية', 'direct', 'صالح الملا']],
  },
  {
    what: 'the same with a nationality after the title (هاجم الرئيس الأمريكي فلان:)',
    text: 'هاجم الرئيس الأمريكي جون بيكر: «الاتفاق سيئ ولن نلتزم به».',
    quotes: [['الاتفاق سيئ ولن نلتزم به', 'direct', 'جون بيكر']],
  },
  {
    what: 'guard: a title and a name before the colon are read whole as before',
    text: 'الوزير خالد العلي: «الأداء ضعيف في كل القطاعات».',
    quotes: [['الأداء ضعيف في كل القطاعات', 'direct', 'خالد العلي']],
  },
];

const monarchsAndSabah: readonly Row[] = [
  {
    what: 'صباح after الشيخ is a man’s given name, not the morning: the post after the name calls him back',
    text: 'قال الشيخ صباح خالد الحمد الصباح ولي عهد الكويت، أمام الجمعية العامة، إن المنطقة شهدت تصعيدا.\n\nوأضاف ولي عهد الكويت: «نتضامن مع دولة قطر».',
    quotes: [['نتضامن مع دولة قطر', 'direct', 'صباح خالد الحمد الصباح']],
  },
  {
    what: 'the same after a post and الشيخ (أمير الكويت الشيخ صباح …)',
    text: 'قال أمير الكويت الشيخ صباح الأحمد الجابر الصباح إن المنطقة تمر بظروف صعبة.\n\nوأضاف أمير الكويت: «نتضامن مع الأشقاء».',
    quotes: [['نتضامن مع الأشقاء', 'direct', 'صباح الأحمد الجابر الصباح']],
  },
  {
    what: 'guard: صباح before a time word after الشيخ stays the morning',
    text: 'وقال الشيخ صباح اليوم: «نتضامن مع الأشقاء».',
    quotes: [['نتضامن مع الأشقاء', 'direct', 'الشيخ']],
  },
  {
    what: 'the monarch of a country is its king: عاهل البحرين calls back ملك مملكة البحرين فلان',
    text: 'أعرب الشيخ حمد بن عيسى آل خليفة ملك مملكة البحرين، عن أسفه لما حدث.\n\nوقال عاهل البحرين: «يؤسفنا ما تعرضت له بلادنا».',
    quotes: [['يؤسفنا ما تعرضت له بلادنا', 'direct', 'حمد بن عيسى آل خليفة']],
  },
  {
    what: 'عاهل with the country after a name is his post; the monarch with the nisba calls him back',
    text: 'وقال الملك سلمان بن عبدالعزيز عاهل السعودية إن المملكة ماضية في الإصلاح.\n\nوأضاف العاهل السعودي: «نعمل من أجل المواطن».',
    quotes: [['نعمل من أجل المواطن', 'direct', 'سلمان بن عبدالعزيز']],
  },
  {
    what: 'a king’s post after his name ends the name (محمد السادس ملك المغرب)',
    text: 'قال الملك محمد السادس ملك المغرب إن المنطقة تمر بظروف صعبة.\n\nوأضاف ملك المغرب: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'محمد السادس']],
  },
  {
    what: 'a queen’s title with its genitive before a name (ملكة جمال لبنان فلانة) is no part of the name',
    text: 'وقالت ملكة جمال لبنان سارة الخوري: «أشكر الجمهور على دعمه».',
    quotes: [['أشكر الجمهور على دعمه', 'direct', 'سارة الخوري']],
  },
  {
    what: 'guard: ملك as "property" in a partial quote keeps the reporter',
    text: 'قال الوزير إن الأرض «ملك للدولة» وحدها.',
    quotes: [['ملك للدولة', 'partial', 'الوزير']],
  },
  {
    what: 'a kind of state before its name adds nothing to the post (رئيس دولة الإمارات = رئيس الإمارات)',
    text: 'قال الشيخ خليفة بن زايد رئيس دولة الإمارات إن المنطقة تمر بظروف صعبة.\n\nوأضاف رئيس الإمارات: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'خليفة بن زايد']],
  },
];

describe('monarchs’ posts and صباح as a given name (real forms, session 20)', () => {
  runRows(monarchsAndSabah);
});

describe('a verb before a titled speaker and the colon (real forms, session 20)', () => {
  runRows(verbBeforeTitledColon);
});

describe('زاد right before a quote of a sentence (real forms, session 20)', () => {
  runRows(addedRightBefore);
});

describe('a quote of a sentence right after an indirect report (real forms, session 20)', () => {
  runRows(quoteAfterReport);
});
