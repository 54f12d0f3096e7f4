/**
 * The kind of a quote read from the clause it stands in (issue 3, kinds 6). A one-word quote right after a
 * governed noun phrase whose indefinite head is a body or a naming noun (a virus, a syndrome) is the
 * thing's short name in apposition, a mention (بعثة الأمم المتحدة في مالي «مينوسما»، …, بفيروس …
 * التنفسية «ميرس»، …). A platform's name after one's own place to post and its adjective is a mention
 * (على حسابه الرسمي في «تويتر»). After a cue with no colon or complementiser, a quote that opens with a
 * noun phrase in the narrator's grammar, the verb's object, is a fragment: a noun whose possessive pronoun
 * is the cue's subject (أكدت الحكومة «دعمها …»), or after a verb that takes an object an indefinite
 * verbal noun in construct (توقعت الرئاسة «هطول أمطار …»). A cue inside a relative clause on the subject
 * of an إن/أن clause (إن الإصلاحات التي وعدت بها الدوحة «…») is no cue of the quote: the verb before
 * إن says it, a fragment. وبين that opens its sentence right before أنّ is the verb بيّن, its subject
 * dropped (وبين أن المشروع «…»). قدّر before أنّ is a verb of judging, a cue (ويقدّر البنك الدولي أن …).
 * A definite naming noun that ends the subject of an إن/أن clause, the clause ending after the mark, takes
 * no name: the quote is the predicate (إن حركة الشاحنات عبر المعبر «توقفت تماما»). Each rule row is a passage written here in news style and fails without its
 * rule; a guard row keeps the opposite case (a one-word predicate after إن, a quote that is no platform,
 * a clause the speaker says in the first person, a relative clause with no complementiser before it,
 * وبين as "between", يقدر as "can", a name after a naming noun with the predicate after the mark).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const shortNameRows: readonly Row[] = [
  {
    what: 'a virus’s short name after its long name governed by a verbal noun, a comma after it',
    text: 'وحذرت منظمة الصحة العالمية من انتشار فيروس الحمى الاستوائية «زيكا»، الذي ينقله البعوض، في دول أمريكا اللاتينية.',
    quotes: [['زيكا', 'mention', null]],
  },
  {
    what: 'a Saudi paper: a syndrome’s short name after بفيروس and its long name',
    text: 'وسجلت المملكة 4 إصابات جديدة بفيروس متلازمة الشرق الأوسط التنفسية «ميرس»، بينها حالتان في الرياض.',
    quotes: [['ميرس', 'mention', null]],
  },
  {
    what: 'a strain’s short name after مرض and its name in construct, then بحسب',
    text: 'وتراجعت أعداد الطيور المهاجرة بسبب انتشار مرض إنفلونزا الطيور «إتش5»، بحسب الهيئة.',
    quotes: [['إتش5', 'mention', null]],
  },
  {
    what: 'a UN mission’s acronym after its head’s title and a two-word country, then the head’s name',
    text: 'وأعلن رئيس بعثة الأمم المتحدة في جنوب السودان «أنميس»، ديفيد شيرر، تعليق الدوريات الليلية.',
    quotes: [['أنميس', 'mention', null]],
  },
  {
    what: 'a UN mission’s acronym after its name as the subject of أكدت, then في بيان، أن and its words',
    text: 'وأكدت بعثة الأمم المتحدة للدعم في ليبيا «أونسميل»، في بيان، أن المحادثات «ستستأنف الأسبوع المقبل في جنيف».',
    quotes: [
      ['أونسميل', 'mention', null],
      ['ستستأنف الأسبوع المقبل في جنيف', 'partial', 'بعثة الأمم المتحدة للدعم في ليبيا'],
    ],
  },
  {
    what: 'guard: a one-word predicate after إن and a mission’s name is words said',
    text: 'وقال المتحدث باسم الخارجية الفرنسية إن بعثة الأمم المتحدة في مالي «منحازة».',
    quotes: [['منحازة', 'partial', 'الخارجية الفرنسية']],
  },
  {
    what: 'guard: a one-word predicate after a long إن subject that holds a mission’s name is words said',
    text: 'وقال المحلل السياسي سامي النصف إن احتمال نجاح وساطة بعثة الأمم المتحدة في ليبيا «تراجع»، بعد انهيار الهدنة.',
    quotes: [['تراجع', 'partial', 'سامي النصف']],
  },
  {
    what: 'guard: a one-word quote after a cue’s subject, a body in the genitive, nothing after the mark, is said',
    text: 'وقال رئيس نادي الهلال «مبروك».',
    quotes: [['مبروك', 'direct', 'رئيس نادي الهلال']],
  },
];

describe('kind rules 6: a short name after a noun phrase', () => {
  runRows(shortNameRows);
});

const platformRows: readonly Row[] = [
  {
    what: 'a ministry’s own account with its adjective, then في «تويتر» and the verb’s object',
    text: 'ونشرت الوزارة على حسابها الرسمي في «تويتر» مقطعا مصورا يوثق وصول الدفعة الأولى من الحجاج.',
    quotes: [['تويتر', 'mention', null]],
  },
  {
    what: 'a club’s own page with its adjective, then على «فيسبوك»',
    text: 'وأعلن النادي عبر صفحته الرسمية على «فيسبوك» تعاقده مع المدرب الجديد.',
    quotes: [['فيسبوك', 'mention', null]],
  },
  {
    what: 'a prince’s own account with its adjective, then في «إنستغرام» and the verb’s object',
    text: 'وكتب الأمير على حسابه الشخصي في «إنستغرام» كلمة مؤثرة بمناسبة تخرج ابنه.',
    quotes: [['إنستغرام', 'mention', null]],
  },
  {
    what: 'guard: a word that is no platform after حسابه الرسمي في is words said',
    text: 'وقال اللاعب فهد المولد إن حسابه الرسمي في «خطر» بعد اختراقه.',
    quotes: [['خطر', 'partial', 'فهد المولد']],
  },
];

describe('kind rules 6: a platform after one’s own account', () => {
  runRows(platformRows);
});

const objectRows: readonly Row[] = [
  {
    what: 'a Saudi cabinet’s renewed rejection, his possessive pronoun on the first noun',
    text: 'وجدد مجلس الوزراء «رفضه القاطع لأي تدخل في الشؤون الداخلية للمملكة».',
    quotes: [['رفضه القاطع لأي تدخل في الشؤون الداخلية للمملكة', 'partial', 'مجلس الوزراء']],
  },
  {
    what: 'a minister’s affirmed support, the pronoun agreeing with أكد',
    text: 'وأكد وزير الخارجية الأردني أيمن الصفدي «دعمه الكامل لجهود الوساطة المصرية».',
    quotes: [['دعمه الكامل لجهود الوساطة المصرية', 'partial', 'أيمن الصفدي']],
  },
  {
    what: 'a forecast after يتوقع-type verb: an indefinite verbal noun in construct (انكماش)',
    text: 'وتوقع صندوق النقد الدولي في تقريره الأخير «انكماش اقتصادات المنطقة بنسبة 3 في المائة هذا العام».',
    quotes: [['انكماش اقتصادات المنطقة بنسبة 3 في المائة هذا العام', 'partial', 'صندوق النقد الدولي']],
  },
  {
    what: 'a ministry’s announcement: an indefinite verbal noun in construct (ترحيل) after أعلنت',
    text: 'وكانت وزارة الداخلية قد أعلنت في بيان «ترحيل أكثر من 20 ألف مخالف لنظام الإقامة خلال شهر».',
    quotes: [['ترحيل أكثر من 20 ألف مخالف لنظام الإقامة خلال شهر', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: a clause opened by a verb in the first person after أكد is said whole',
    text: 'وأكد وزير الزراعة «سنواصل دعم المزارعين حتى تتجاوز المنطقة آثار الجفاف».',
    quotes: [['سنواصل دعم المزارعين حتى تتجاوز المنطقة آثار الجفاف', 'direct', 'وزير الزراعة']],
  },
  {
    what: 'guard: a noun with the speaker’s own pronoun (حمايتنا) opens words said',
    text: 'وأكدت وزيرة الأسرة «حمايتنا للأطفال أولوية لا نقاش فيها».',
    quotes: [['حمايتنا للأطفال أولوية لا نقاش فيها', 'direct', 'وزيرة الأسرة']],
  },
];

describe('kind rules 6: a noun phrase in the narrator’s grammar', () => {
  runRows(objectRows);
});

const relativeRows: readonly Row[] = [
  {
    what: 'a Saudi minister with إن, a relative clause with وعدت بها before the quote',
    text: 'وقال وزير الإسكان ماجد الحقيل إن الوحدات التي وعدت بها الوزارة «ستسلم لأصحابها قبل نهاية العام».',
    quotes: [['ستسلم لأصحابها قبل نهاية العام', 'partial', 'ماجد الحقيل']],
  },
  {
    what: 'an education director with أن, a relative clause with أعلنتها before the quote',
    text: 'وأكد مدير التعليم بمنطقة الرياض محمد بن سعد المرشد أن الخطة التي أعلنتها الوزارة «تراعي ظروف الطلاب في القرى».',
    quotes: [['تراعي ظروف الطلاب في القرى', 'partial', 'محمد بن سعد المرشد']],
  },
  {
    what: 'a European commissioner with إن, a relative clause with تعهد بها before the quote',
    text: 'وقالت المفوضة الأوروبية إليزابيث مولر إن المساعدات التي تعهد بها المانحون «لم يصل منها سوى الربع».',
    quotes: [['لم يصل منها سوى الربع', 'partial', 'إليزابيث مولر']],
  },
  {
    what: 'an economist with إن, a relative clause with نشرتها before the quote',
    text: 'وقال المحلل الاقتصادي خالد الجاسر إن الأرقام التي نشرتها الهيئة «لا تعكس الواقع في الأسواق».',
    quotes: [['لا تعكس الواقع في الأسواق', 'partial', 'خالد الجاسر']],
  },
  {
    what: 'guard: a relative clause on the speaker, no complementiser before it, then a colon',
    text: 'وقال الرئيس الذي تحدث في مؤتمر صحفي بعد لقائه نظيره الفرنسي: «لن نقبل بأي حل لا يضمن عودة اللاجئين».',
    quotes: [['لن نقبل بأي حل لا يضمن عودة اللاجئين', 'direct', 'الرئيس']],
  },
];

describe('kind rules 6: a cue in a relative clause', () => {
  runRows(relativeRows);
});

const bayyanaRows: readonly Row[] = [
  {
    what: 'a Saudi civil defence chief with إن, then وبين أن with no subject and a fragment after على أن …',
    text: [
      'وقال مدير الدفاع المدني العميد سعد الغامدي إن الفرق «أنقذت 40 شخصا».',
      'وبين أن الأمطار ستستمر حتى مساء الغد، على أن تنحسر تدريجيا «مع دخول الكتلة الباردة».',
    ].join('\n\n'),
    quotes: [
      ['أنقذت 40 شخصا', 'partial', 'سعد الغامدي'],
      ['مع دخول الكتلة الباردة', 'partial', 'سعد الغامدي'],
    ],
  },
  {
    what: 'a minister with أن, then وبين أن with no subject and a partial quote',
    text: [
      'وأوضحت الوزيرة ليلى الشريف أن الحكومة «ستطرح المناقصة قريبا».',
      'وبين أن المشروع «سيوفر أكثر من ثلاثة آلاف وظيفة للشباب».',
    ].join('\n\n'),
    quotes: [
      ['ستطرح المناقصة قريبا', 'partial', 'ليلى الشريف'],
      ['سيوفر أكثر من ثلاثة آلاف وظيفة للشباب', 'partial', 'ليلى الشريف'],
    ],
  },
  {
    what: 'an international outlet: a UN envoy with إن, then وبين أن and the words of the same envoy',
    text: [
      'وقال المبعوث الأممي مارتن غريفيث إن الطرفين «وافقا على تبادل الأسرى».',
      'وبين أن التنفيذ «سيبدأ خلال أسبوعين بإشراف الصليب الأحمر».',
    ].join('\n\n'),
    quotes: [
      ['وافقا على تبادل الأسرى', 'partial', 'مارتن غريفيث'],
      ['سيبدأ خلال أسبوعين بإشراف الصليب الأحمر', 'partial', 'مارتن غريفيث'],
    ],
  },
  {
    what: 'guard: وبين as "between" before a noun is no cue; the quote has no utterer',
    text: 'وبين الطرفين خلاف قديم على أن «الحدود يجب أن ترسم من جديد».',
    quotes: [['الحدود يجب أن ترسم من جديد', 'mention', null]],
  },
];

describe('kind rules 6: وبين أن with its subject dropped', () => {
  runRows(bayyanaRows);
});

const estimateRows: readonly Row[] = [
  {
    what: 'an international outlet: the World Bank with يقدّر … أن',
    text: 'ويقدّر البنك الدولي أن الاقتصاد اليمني «خسر نصف حجمه منذ اندلاع الحرب».',
    quotes: [['خسر نصف حجمه منذ اندلاع الحرب', 'partial', 'البنك الدولي']],
  },
  {
    what: 'the ILO with the feminine present تقدّر … أن',
    text: 'وتقدّر منظمة العمل الدولية أن عدد العاطلين «سيتجاوز 200 مليون شخص هذا العام».',
    quotes: [['سيتجاوز 200 مليون شخص هذا العام', 'partial', 'منظمة العمل الدولية']],
  },
  {
    what: 'a Saudi paper: an oil analyst with the past قدر … أن',
    text: 'وقدر المحلل النفطي سالم الهاجري أن الأسعار «ستستقر فوق 60 دولارا».',
    quotes: [['ستستقر فوق 60 دولارا', 'partial', 'سالم الهاجري']],
  },
  {
    what: 'guard: يقدر as "can" (لا يقدر على) names no speaker; the next sentence’s speaker holds',
    text: 'ولا يقدر المزارعون على دفع الرسوم الجديدة، وقال رئيس الجمعية إن الوزارة «لم تستمع لمطالبهم».',
    quotes: [['لم تستمع لمطالبهم', 'partial', 'رئيس الجمعية']],
  },
];

describe('kind rules 6: an estimate with قدّر … أن', () => {
  runRows(estimateRows);
});

const predicateRows: readonly Row[] = [
  {
    what: 'a port spokesman with إن, the clause’s subject ending on عبر المعبر, the quote its predicate',
    text: 'وقال المتحدث باسم هيئة الموانئ فهد الشمري إن حركة الشاحنات عبر المعبر «توقفت تماما».',
    quotes: [['توقفت تماما', 'partial', 'فهد الشمري']],
  },
  {
    what: 'a Saudi chamber head with إن, the subject ending on في فنادق الحي',
    text: 'وقال رئيس غرفة الرياض عجلان العجلان إن نسبة الإشغال في فنادق الحي «تراجعت كثيرا».',
    quotes: [['تراجعت كثيرا', 'partial', 'عجلان العجلان']],
  },
  {
    what: 'a body with إن, the subject ending on في مطاعم الشارع',
    text: 'وقالت المنظمة إن نسبة الإشغال في مطاعم الشارع «تراجعت بنسبة النصف».',
    quotes: [['تراجعت بنسبة النصف', 'partial', 'المنظمة']],
  },
  {
    what: 'guard: a quoted name after تطبيق inside an إن subject, its predicate after the mark',
    text: 'وقالت الشركة إن الإقبال على تطبيق «توكلنا» كبير.',
    quotes: [['توكلنا', 'mention', null]],
  },
];

describe('kind rules 6: a predicate after a naming noun that ends an إن subject', () => {
  runRows(predicateRows);
});
