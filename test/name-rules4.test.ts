/**
 * Where a person's name starts (issue 3): أما opens a topic, not a name, and the phrase after it ends at
 * the verb with ف that answers it, so its last plain word is the name's, not an object run in (أما
 * الخبير فلان فيرى أن); a definite description ending in an adjective of origin (المقيم الهندي, العامل
 * الباكستاني) ends there, and the plain word after it starts a name the given-name lists do not hold; a
 * noun with a quantifier and a definite plural (مالك إحدى العمائر, صاحب أحد المحال) is a description
 * before the name, as a definite genitive is. A surname quoted alone takes the one first name the text
 * gives it: a given name right before it, or a word after an adjective of origin (من أصل إيراني فلان).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row
 * keeps the opposite case (a body's field after its adjective, a topic with no name, a description
 * after the name).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const topicRows: readonly Row[] = [
  {
    what: 'an Indian worker after أما with a relative clause between commas, then فقال إنه and مضيفاً:',
    text: 'أما العامل الهندي سانجاي كومار، الذي يعمل في الورشة منذ سنوات، فقال إنه لم يتسلم راتبه، مضيفاً: «ننتظر منذ ثلاثة أشهر».',
    quotes: [['ننتظر منذ ثلاثة أشهر', 'direct', 'سانجاي كومار']],
  },
  {
    what: 'guard: a Filipino nurse after وأما, her feminine relative and فقالت إن then مضيفة: (read already)',
    text: 'وأما الممرضة الفلبينية ماريسول رييس، التي تعمل في قسم الطوارئ، فقالت إن المستشفى «يعمل بطاقته القصوى»، مضيفة: «لم نأخذ إجازة منذ أسابيع».',
    quotes: [
      ['يعمل بطاقته القصوى', 'partial', 'ماريسول رييس'],
      ['لم نأخذ إجازة منذ أسابيع', 'direct', 'ماريسول رييس'],
    ],
  },
  {
    what: 'a Spanish-speaking professor of three plain words after أما, closed by فيعتقد أن',
    text: 'أما الأستاذ الجامعي خوان كارلوس مارتينيز فيعتقد أن الأزمة «ستطول أكثر مما يتوقع الجميع».',
    quotes: [['ستطول أكثر مما يتوقع الجميع', 'partial', 'خوان كارلوس مارتينيز']],
  },
  {
    what: 'a columnist of three plain words after أما, closed by فيرى أن',
    text: 'أما الكاتب الصحفي مير حسين موسوي فيرى أن الحكومة «أضاعت فرصة ثمينة للإصلاح».',
    quotes: [['أضاعت فرصة ثمينة للإصلاح', 'partial', 'مير حسين موسوي']],
  },
  {
    what: 'guard: a topic that is a title alone (أما الوزير فقال إن)',
    text: 'أما الوزير فقال إن الحكومة «ستعلن خطتها الأسبوع المقبل».',
    quotes: [['ستعلن خطتها الأسبوع المقبل', 'partial', 'الوزير']],
  },
];

const originRows: readonly Row[] = [
  {
    what: 'a Pakistani worker by his description and a name the lists do not hold, with ويقول …، الذي …:',
    text: 'ويقول العامل الباكستاني رحمت شاه، الذي يعمل في المزرعة منذ سنوات: «الحر هذا الصيف أشد من أي عام مضى».',
    quotes: [['الحر هذا الصيف أشد من أي عام مضى', 'direct', 'رحمت شاه']],
  },
  {
    what: 'a Nepalese worker, the same shape in another wording',
    text: 'وفي موقع البناء، يقول العامل النيبالي رام بهادور، الذي وصل إلى المملكة قبل عامين: «نبدأ العمل قبل شروق الشمس ونتوقف عند الظهر».',
    quotes: [['نبدأ العمل قبل شروق الشمس ونتوقف عند الظهر', 'direct', 'رام بهادور']],
  },
  {
    what: 'an Indian resident by his description, with وقال … لـ«اليوم»:',
    text: 'وقال المقيم الهندي سوريش ناير لـ«اليوم»: «أنتظر تجديد الإقامة منذ شهرين، ولا أستطيع السفر لرؤية أسرتي».',
    quotes: [
      ['اليوم', 'mention', null],
      ['أنتظر تجديد الإقامة منذ شهرين، ولا أستطيع السفر لرؤية أسرتي', 'direct', 'سوريش ناير'],
    ],
  },
  {
    what: 'guard: a body’s adjective of origin before its field (المرصد السوري لحقوق الإنسان) is no description',
    text: 'وقال المرصد السوري لحقوق الإنسان إن الاشتباكات «استمرت حتى ساعات الفجر».',
    quotes: [['استمرت حتى ساعات الفجر', 'partial', 'المرصد السوري لحقوق الإنسان']],
  },
];

const oneOfRows: readonly Row[] = [
  {
    what: 'a neighbour described as ساكن إحدى العمائر المجاورة before his name, with إن',
    text: 'وقال ساكن إحدى العمائر المجاورة خالد بن عبدالله القرشي إن الانفجار «هز المبنى كله».',
    quotes: [['هز المبنى كله', 'partial', 'خالد بن عبدالله القرشي']],
  },
  {
    what: 'a restaurant owner described as مالك أحد المطاعم الشعبية, with إن',
    text: 'وفي السوق الشعبي، قال مالك أحد المطاعم الشعبية يوسف بن علي الحربي إن الزبائن «ينتظرون حتى الفجر».',
    quotes: [['ينتظرون حتى الفجر', 'partial', 'يوسف بن علي الحربي']],
  },
  {
    what: 'a tenant described as مستأجر إحدى الشقق المتضررة, to a paper with a colon',
    text: 'وقال مستأجر إحدى الشقق المتضررة ماجد بن سعيد الغامدي لـ«المدينة»: «لم يبلغنا أحد بموعد الإخلاء».',
    quotes: [
      ['المدينة', 'mention', null],
      ['لم يبلغنا أحد بموعد الإخلاء', 'direct', 'ماجد بن سعيد الغامدي'],
    ],
  },
  {
    what: 'guard: the description after the name in apposition (فلان، مالك إحدى العمائر في الحي،)',
    text: 'وقال فهد بن سالم الدوسري، مالك إحدى العمائر في الحي، إن البلدية «لم ترد على شكاوانا».',
    quotes: [['لم ترد على شكاوانا', 'partial', 'فهد بن سالم الدوسري']],
  },
];

const surnameRows: readonly Row[] = [
  {
    what: 'a doctor brought in after من أصل جزائري with his full name, then ويقول + surname لـ«…»:',
    text: 'ويعمل الطبيب الفرنسي من أصل جزائري كريم بلقاسم في مستشفى بمدينة مرسيليا منذ عشرين عاماً. ويقول بلقاسم لـ«العربي الجديد»: «المرضى لا يسألون عن أصلي، يسألون فقط عن الدواء».',
    quotes: [
      ['العربي الجديد', 'mention', null],
      ['المرضى لا يسألون عن أصلي، يسألون فقط عن الدواء', 'direct', 'كريم بلقاسم'],
    ],
  },
  {
    what: 'a businesswoman after من أصل أرمني, then وتقول + surname:',
    text: 'وتدير سيدة الأعمال الكندية من أصل أرمني نورا بوغوصيان مصنعاً للحلويات في مونتريال. وتقول بوغوصيان: «بدأت من مطبخ صغير قبل خمسة عشر عاماً».',
    quotes: [['بدأت من مطبخ صغير قبل خمسة عشر عاماً', 'direct', 'نورا بوغوصيان']],
  },
  {
    what: 'a student after من أصل تركي, then وقال + surname لـDW عربية:',
    text: 'ويدرس الشاب الألماني من أصل تركي أوغور يلدز الطب في جامعة هايدلبرغ منذ ثلاث سنوات. وقال يلدز لـDW عربية: «أعمل في المساء في مطعم والدي لأدفع إيجار السكن».',
    quotes: [['أعمل في المساء في مطعم والدي لأدفع إيجار السكن', 'direct', 'أوغور يلدز']],
  },
  {
    what: 'guard: two brothers share the surname (سامي حداد ونبيل حداد): the surname alone stays as it is',
    text: 'وشارك في الجلسة المحاميان سامي حداد ونبيل حداد عن عائلة الضحية. وقال حداد للصحفيين: «سنطلب إعادة التحقيق من البداية».',
    quotes: [['سنطلب إعادة التحقيق من البداية', 'direct', 'حداد']],
  },
];

describe('name rules 4: أما opens a topic, not a name', () => {
  runRows(topicRows);
});
describe('name rules 4: a description of origin before a name', () => {
  runRows(originRows);
});
describe('name rules 4: a description of one among many (إحدى/أحد + a plural) before a name', () => {
  runRows(oneOfRows);
});
describe('name rules 4: a surname alone resolved to the one first name the text gives it', () => {
  runRows(surnameRows);
});
