/**
 * Titles and descriptions found by probes 24 and 25 (issue 3): a rank after a title's comma, a relative
 * clause between a title and its name, an anonymous source's relative verb, titles the lexicon lacked, a
 * body's field of two words, a quoted company inside a title. Each rule row is a passage written here in
 * news style and fails without its rule; a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const titleRuleRows2: readonly Row[] = [
  {
    what: 'a rank that is also a word (الرائد) after a title’s comma, before a name: the name holds the title',
    text: 'وقال قائد فرقة الغطس، الرائد سمير بن علي الكعبي، للصحفيين: «انتشلنا جثتين من قاع البحيرة».',
    quotes: [['انتشلنا جثتين من قاع البحيرة', 'direct', 'سمير بن علي الكعبي']],
  },
  {
    what: 'the same with العريف after a squad leader’s title, the quote after إن',
    text: 'وقال رئيس دورية الحراسة، العريف ناصر الحمادي، إن الحريق «بدأ من المستودع الخلفي».',
    quotes: [['بدأ من المستودع الخلفي', 'partial', 'ناصر الحمادي']],
  },
  {
    what: 'guard: الرائد after a comma with في after it is the pioneer, no rank before a name: the title speaks',
    text: 'وقال مؤسس الجمعية، الرائد في العمل التطوعي منذ عقود، إن المبادرة «ستشمل كل الأحياء».',
    quotes: [['ستشمل كل الأحياء', 'partial', 'مؤسس الجمعية']],
  },
  {
    what: 'a relative clause on the title’s body between the title and the name in commas (المتحدثة باسم النقابة، التي تمثل …، فلانة،)',
    text: 'وقالت المتحدثة باسم النقابة، التي تمثل عمال الموانئ، سلوى بن عمر، إن الإضراب «سيستمر حتى تلبية المطالب».',
    quotes: [['سيستمر حتى تلبية المطالب', 'partial', 'سلوى بن عمر']],
  },
  {
    what: 'the same with الذي and an honorific before the name, after أكد … أن',
    text: 'وأكد رئيس اللجنة، الذي يضم ممثلين عن الوزارات الثلاث، الدكتور ماهر العتيبي، أن التقرير «سيصدر الشهر المقبل».',
    quotes: [['سيصدر الشهر المقبل', 'partial', 'ماهر العتيبي']],
  },
  {
    what: 'guard: a relative clause on the title’s holder, then إن: no name, the title speaks',
    text: 'وقال رئيس الوزراء، الذي يزور باريس حاليا، إن المحادثات «كانت مثمرة».',
    quotes: [['كانت مثمرة', 'partial', 'رئيس الوزراء']],
  },
  {
    what: 'guard: a relative clause, then the outlet told (، لرويترز إن): no name, the title speaks',
    text: 'وقال المتحدث باسم الجيش، الذي طلب عدم نشر اسمه، لرويترز إن القوات «انسحبت من المدينة».',
    quotes: [['انسحبت من المدينة', 'partial', 'المتحدث باسم الجيش']],
  },
  {
    what: 'an unnamed source’s description ends before a verb of its access, a relative clause without الذي (مصدر حكومي اطلع على …)',
    text: 'وقال مصدر حكومي اطلع على التقرير إن الخسائر «أكبر بكثير مما أعلن رسميا».',
    quotes: [['أكبر بكثير مما أعلن رسميا', 'partial', 'مصدر حكومي']],
  },
  {
    what: 'the same with a woman’s description and a feminine verb (مسؤولة أممية شاركت في …), the quote after a colon',
    text: 'وقالت مسؤولة أممية شاركت في توزيع المساعدات، للصحفيين: «المخزون لن يكفي لأكثر من أسبوعين».',
    quotes: [['المخزون لن يكفي لأكثر من أسبوعين', 'direct', 'مسؤولة أممية']],
  },
  {
    what: 'guard: a participle of access (مصدر مطلع على …) is part of the description',
    text: 'وقال مصدر مطلع على المفاوضات إن الجولة المقبلة «ستعقد في الدوحة».',
    quotes: [['ستعقد في الدوحة', 'partial', 'مصدر مطلع']],
  },
  {
    what: 'a secretary is a role (السكرتير الصحفي للرئاسة، فلان،): the name after the comma holds the title',
    text: 'وقال السكرتير الصحفي للرئاسة، جون ميلر، للصحفيين: «الرئيس سيزور المنطقة الأسبوع المقبل».',
    quotes: [['الرئيس سيزور المنطقة الأسبوع المقبل', 'direct', 'جون ميلر']],
  },
  {
    what: 'the same for a woman, the secretary-general of a union, with إن',
    text: 'وقالت السكرتيرة العامة لنقابة الممرضين، هدى المراكشي، إن الإضراب «سيبدأ يوم الإثنين».',
    quotes: [['سيبدأ يوم الإثنين', 'partial', 'هدى المراكشي']],
  },
  {
    what: 'guard: a secretary with no name, then where he spoke: the title speaks, the place is not a name',
    text: 'وقال السكرتير العام للحزب في مؤتمر صحفي إن الحزب «لن يشارك في الحكومة».',
    quotes: [['لن يشارك في الحكومة', 'partial', 'السكرتير العام للحزب']],
  },
  {
    what: 'a novelist is a writer: الكاتب alone after the novelist named calls him back (TITLE_KIN)',
    text: 'وقال الروائي السوداني عثمان الطيب في حفل التكريم: «الكتابة منفاي الجميل». وأضاف الكاتب أن الجائزة «تكريم للأدب السوداني كله».',
    quotes: [
      ['الكتابة منفاي الجميل', 'direct', 'عثمان الطيب'],
      ['تكريم للأدب السوداني كله', 'partial', 'عثمان الطيب'],
    ],
  },
  {
    what: 'the same for a woman novelist and الكاتبة, after another woman spoke',
    text: [
      'وقالت الروائية اللبنانية ريما الحسيني: «كتبت هذه الرواية في سنوات الحرب».',
      'وقالت المترجمة سلمى عيسى إن الطبعة الأولى «نفدت خلال أسبوع».',
      'وأضافت الكاتبة أن الترجمة الفرنسية «ستصدر العام المقبل».',
    ].join('\n\n'),
    quotes: [
      ['كتبت هذه الرواية في سنوات الحرب', 'direct', 'ريما الحسيني'],
      ['نفدت خلال أسبوع', 'partial', 'سلمى عيسى'],
      ['ستصدر العام المقبل', 'partial', 'ريما الحسيني'],
    ],
  },
  {
    what: 'guard: الكاتب, a man’s title, does not call back a woman novelist: he is another, unnamed',
    text: 'وقالت الروائية الجزائرية سعاد بلقاسم: «الكتابة منفاي الجميل». وقال الكاتب إن الجائزة «تأخرت كثيرا».',
    quotes: [
      ['الكتابة منفاي الجميل', 'direct', 'سعاد بلقاسم'],
      ['تأخرت كثيرا', 'partial', 'الكاتب'],
    ],
  },
  {
    what: 'a sports field of two words after ل (لألعاب القوى) is part of a federation’s name, before في بيان',
    text: 'وقالت الجامعة الملكية المغربية لألعاب القوى في بيان إن الإنجاز «ثمرة عمل طويل».',
    quotes: [['ثمرة عمل طويل', 'partial', 'الجامعة الملكية المغربية لألعاب القوى']],
  },
  {
    what: 'the same with لرياضة before إن',
    text: 'وقال الاتحاد الدولي لرياضة السيارات إن السباق «أُلغي بسبب العاصفة».',
    quotes: [['أُلغي بسبب العاصفة', 'partial', 'الاتحاد الدولي لرياضة السيارات']],
  },
  {
    what: 'guard: ل and a verbal noun after a body and its adjective is what it called for, not its field',
    text: 'ودعت الجامعة العربية لرفع الحصار، وقالت في بيان إن الوضع «لم يعد يحتمل».',
    quotes: [['لم يعد يحتمل', 'partial', 'الجامعة العربية']],
  },
  {
    what: 'a speech noun with the subject’s pronoun (وختم الوزير حديثه بالقول) is the verb’s object: the title calls back the minister',
    text: [
      'وقال وزير الصحة الدكتور فهد بن سالم العمري إن المستشفيات «جاهزة لموسم الشتاء».',
      'وختم الوزير حديثه بالقول: «صحة الناس قبل كل شيء».',
    ].join('\n\n'),
    quotes: [
      ['جاهزة لموسم الشتاء', 'partial', 'فهد بن سالم العمري'],
      ['صحة الناس قبل كل شيء', 'direct', 'فهد بن سالم العمري'],
    ],
  },
  {
    what: 'the same for a woman, her speech (كلمتها), the ة written as ت before the pronoun',
    text: [
      'وقالت وزيرة التعليم منى الخطيب إن المدارس «ستفتح في موعدها».',
      'وختمت الوزيرة كلمتها بالقول: «المعلم هو أساس الإصلاح».',
    ].join('\n\n'),
    quotes: [
      ['ستفتح في موعدها', 'partial', 'منى الخطيب'],
      ['المعلم هو أساس الإصلاح', 'direct', 'منى الخطيب'],
    ],
  },
  {
    what: 'guard: a name ending in ه after an honorific (الشيخ عبدالله بالقول) is still the name',
    text: 'وختم الشيخ عبدالله بالقول: «لن نتراجع عن مطالبنا».',
    quotes: [['لن نتراجع عن مطالبنا', 'direct', 'عبدالله']],
  },
];

describe('titles and descriptions: who holds the title', () => {
  runRows(titleRuleRows2);
});
