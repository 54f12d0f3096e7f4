/**
 * Opposite cases of kinds11 (review44): shapes next to the rules that read quoted names of things as
 * mentions, where the quote is still the words of the speaker.
 * - goods (GOODS_NOUNS): one word in ة agreeing with the goods (مستحضرات تجميل «خطرة», علامة ضعف
 *   «واضحة»), a first word with a preposition written on it (أجهزة الدولة «بالتحرك العاجل»), and one
 *   definite word after a definite genitive (مسحوق الغسيل «الجديد», and after a naming noun: منتج العسل
 *   «الجديد») describe or ask, they name no brand;
 * - ما يعرف بـ«…» names a thing, but a negation or a complementiser with its pronoun before the verb
 *   (إنه لا يعرف بـ«…», بأنه عرف بـ«…») is someone knowing of it;
 * - an app on its devices (تطبيقها على الهواتف الذكية «…»): the word after على/في must be a device or a
 *   store (DEVICE_NOUNS), not a place or a time (تطبيقه على الأرض «صعب للغاية»);
 * - مثل after a plural of named things gives examples, but as the predicate of an إن/أن subject, the
 *   clause ending at the quote or going on with a preposition, it says what the subject is like (إن
 *   الأندية مثل «الأسرة الواحدة» في …);
 * - لبرنامج «…» with a given name or a title after it is the programme in the speaker's title, not the
 *   programme told (المدير التنفيذي لبرنامج «سند» محمد العتيبي إن);
 * - a quote after an إن/أن subject with a comma and a relative pronoun or a definite participle after
 *   it (أن برنامج الإسكان «سكني»، الذي …، سيخدم; روايتها «…»، الفائزة) is no predicate: the subject goes
 *   on, the quote names it;
 * - a naming noun and one indefinite feminine nisba (مناورات «استفزازية»): an adjective, not a name;
 * - a work with its pronoun and an adjective, then a definite elative (مشروعها الاستثماري «الأضخم في
 *   المنطقة»): the description goes on, no title.
 * Each rule row is a passage written here in news style and fails without its fix; a guard row keeps
 * the rule's own case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const goodsRows: readonly Row[] = [
  {
    what: 'one word in ة after a noun of goods and its noun (مستحضرات تجميل «خطرة»): an adjective',
    text: 'وحذرت الهيئة العامة للغذاء والدواء من مستحضرات تجميل «خطرة» تباع عبر الإنترنت.',
    quotes: [['خطرة', 'partial', 'الهيئة العامة للغذاء والدواء']],
  },
  {
    what: 'one word in ة after علامة and its noun (علامة ضعف «واضحة») is what the economist calls it',
    text: 'وقال الخبير الاقتصادي محمد القحطاني إن ارتفاع الأسعار علامة ضعف «واضحة» في الرقابة.',
    quotes: [['واضحة', 'partial', 'محمد القحطاني']],
  },
  {
    what: 'a quote with ب written on its first word after أجهزة الدولة: what is asked of them',
    text: 'وطالب عضو مجلس الشورى فهد العنزي أجهزة الدولة «بالتحرك العاجل» لوقف التلاعب بالأسعار.',
    quotes: [['بالتحرك العاجل', 'partial', 'فهد العنزي']],
  },
  {
    what: 'one definite word after مسحوق and its definite genitive (مسحوق الغسيل «الجديد»): an adjective',
    text: 'وأوضح مدير المبيعات في الشركة ناصر السبيعي أن مسحوق الغسيل «الجديد» نفد من الأسواق خلال أيام.',
    quotes: [['الجديد', 'partial', 'ناصر السبيعي']],
  },
  {
    what: 'one definite word after منتج and its definite genitive (منتج العسل «الجديد»): an adjective',
    text: 'وقال مدير التسويق في الشركة سامي الحربي إن منتج العسل «الجديد» لاقى إقبالا واسعا.',
    quotes: [['الجديد', 'partial', 'سامي الحربي']],
  },
  {
    what: 'guard: a brand with the article after منتج and a plain noun (منتج ألبان «المراعي لايت»)',
    text: 'وأعلنت شركة المراعي طرح منتج ألبان «المراعي لايت» في الأسواق الأسبوع المقبل.',
    quotes: [['المراعي لايت', 'mention', null]],
  },
  {
    what: 'guard: a brand after علب and a plain noun (علب حليب «نيدو»)',
    text: 'وسحبت الهيئة من الأسواق علب حليب «نيدو» بعد اكتشاف تلوث في إحدى الدفعات.',
    quotes: [['نيدو', 'mention', null]],
  },
  {
    // engine gap: reads the verb-first quote as the name of the taxis (mention, no speaker).
    what: 'a verb-first quote after سيارات الأجرة as the subject of إن, words after it: the predicate',
    text: 'وقالت الشرطة إن سيارات الأجرة «تستغل الزحام» لرفع الأجرة.',
    quotes: [['تستغل الزحام', 'partial', 'الشرطة']],
    gaps: ['attribution'],
  },
];

const knownRows: readonly Row[] = [
  {
    what: 'لا يعرف بـ«…» after إنه: the minister knows of no agreement, his words',
    text: 'وقال وزير الخارجية السوداني إبراهيم غندور إنه لا يعرف بـ«وجود أي اتفاق سري» بين الطرفين.',
    quotes: [['وجود أي اتفاق سري', 'partial', 'إبراهيم غندور']],
  },
  {
    what: 'بأنه عرف بـ«…»: the prime minister learnt of the breach, his word',
    text: 'وأقر رئيس الوزراء الأسترالي توني أبوت بأنه عرف بـ«الاختراق» بعد أسبوع من وقوعه.',
    quotes: [['الاختراق', 'partial', 'توني أبوت']],
  },
  {
    what: 'guard: كان يعرف بـ«…» after a place is the name it was known by',
    text: 'وأوضح أستاذ التاريخ عبدالعزيز الهلابي أن الحي كان يعرف بـ«حارة الشام» قبل قرن.',
    quotes: [['حارة الشام', 'mention', null]],
  },
];

const appRows: readonly Row[] = [
  {
    what: 'تطبيقه على الأرض «…»: applying it on the ground, no app on a device',
    text: 'وأقر وزير الصحة خالد الفالح بأن تطبيقه على الأرض «صعب للغاية» في المرحلة الأولى.',
    quotes: [['صعب للغاية', 'partial', 'خالد الفالح']],
  },
  {
    what: 'برنامجه في الانتخابات المقبلة «…»: a programme in an election, described',
    text: 'وقال المرشح الرئاسي إن برنامجه في الانتخابات المقبلة «واقعي وقابل للتنفيذ».',
    quotes: [['واقعي وقابل للتنفيذ', 'partial', 'المرشح الرئاسي']],
  },
  {
    what: 'guard: an app on the phones it runs on, then its name (تطبيقها على الهواتف الذكية «أبشر»)',
    text: 'وأطلقت وزارة الداخلية خدمة جديدة عبر تطبيقها على الهواتف الذكية «أبشر»، بحسب بيان للوزارة.',
    quotes: [['أبشر', 'mention', null]],
  },
];

const likeRows: readonly Row[] = [
  {
    what: 'مثل as the predicate of an أن subject, a preposition after the quote (الأندية مثل «…» في)',
    text: 'وأكد رئيس رابطة دوري المحترفين محمد النويصر أن الأندية مثل «الأسرة الواحدة» في مواجهة الأزمات.',
    quotes: [['الأسرة الواحدة', 'partial', 'محمد النويصر']],
  },
  {
    what: 'مثّل after an إن subject with a plural genitive, the quote ending the sentence',
    text: 'وقال المحلل السياسي خالد الدخيل إن فوز الأحزاب الإسلامية مثل «صدمة للجميع».',
    quotes: [['صدمة للجميع', 'partial', 'خالد الدخيل']],
  },
  {
    what: 'مثل after an إن subject, ل written on the word after the quote',
    text: 'وقال رئيس مجلس الغرف السعودية عبدالرحمن الزامل إن الشركات الصغيرة مثل «العمود الفقري» للاقتصاد الوطني.',
    quotes: [['العمود الفقري', 'partial', 'عبدالرحمن الزامل']],
  },
  {
    what: 'guard: examples after مثل in an إن subject, joined by و, a verb after them',
    text: 'وقال مدير هيئة الاتصالات إن تطبيقات الاتصال المجانية مثل «سكايب» و«فايبر» ستبقى متاحة.',
    quotes: [
      ['سكايب', 'mention', null],
      ['فايبر', 'mention', null],
    ],
  },
  {
    what: 'guard: one example after مثل in an أن subject, a verb after it',
    text: 'وأوضح الباحث في شؤون الجماعات المتطرفة حسن أبو هنية أن جماعات مثل «داعش» تستغل مواقع التواصل.',
    quotes: [['داعش', 'mention', null]],
  },
];

const titleRows: readonly Row[] = [
  {
    what: 'لبرنامج «…» with a given name after it: the programme in the speaker’s title, the name goes on',
    text: 'وقال المدير التنفيذي لبرنامج «سند» محمد العتيبي إن البرنامج «دعم أكثر من ألف أسرة».',
    quotes: [
      ['سند', 'mention', null],
      ['دعم أكثر من ألف أسرة', 'partial', 'محمد العتيبي'],
    ],
  },
  {
    what: 'guard: لبرنامج «…» after the name, before أن: the programme told',
    text: 'وأوضحت مديرة برنامج «الأمان الأسري» الدكتورة مها المنيف لبرنامج «الثامنة» أن حالات العنف «في ازدياد».',
    quotes: [
      ['الأمان الأسري', 'mention', null],
      ['الثامنة', 'mention', null],
      ['في ازدياد', 'partial', 'مها المنيف'],
    ],
  },
];

const clauseRows: readonly Row[] = [
  {
    what: 'a name after an أن subject with a comma and a relative clause after it: the subject goes on',
    text: 'وأوضح وزير الإسكان ماجد الحقيل أن برنامج الإسكان «سكني»، الذي أطلق هذا العام، سيخدم 280 ألف أسرة.',
    quotes: [['سكني', 'mention', null]],
  },
  {
    what: 'guard: the quote ending an إن clause after a construct subject is its predicate',
    text: 'وقال مدير الدفاع المدني بمنطقة الرياض اللواء عبدالله الجاسر إن عملية الإخلاء «تمت بنجاح».',
    quotes: [['تمت بنجاح', 'partial', 'عبدالله الجاسر']],
  },
  {
    what: 'one indefinite feminine nisba after مناورات: what the ministry calls the exercise',
    text: 'وانتقدت وزارة الخارجية الإيرانية مناورات «استفزازية» تجريها القوات الأمريكية في الخليج.',
    quotes: [['استفزازية', 'partial', 'وزارة الخارجية الإيرانية']],
  },
  {
    what: 'a definite elative after a work with its pronoun and a nisba: the description goes on',
    text: 'وأعلنت الشركة عن مشروعها الاستثماري «الأضخم في المنطقة» بتكلفة ملياري ريال.',
    quotes: [['الأضخم في المنطقة', 'partial', 'الشركة']],
  },
  {
    what: 'guard: a film’s title after its noun with her pronoun and a nisba',
    text: 'وقالت المخرجة هيفاء المنصور إن فيلمها الروائي «وجدة» فتح الباب أمام السينما السعودية.',
    quotes: [['وجدة', 'mention', null]],
  },
  {
    what: 'a novel’s title after an إن subject, a participle apposed after a comma',
    text: 'وقالت دار النشر إن روايتها «ساق البامبو»، الفائزة بجائزة البوكر، ترجمت إلى عشر لغات.',
    quotes: [['ساق البامبو', 'mention', null]],
  },
];

describe('review44: goods and their brands', () => runRows(goodsRows));
describe('review44: known as and knowing of', () => runRows(knownRows));
describe('review44: an app on its devices', () => runRows(appRows));
describe('review44: examples after مثل and likeness', () => runRows(likeRows));
describe('review44: a programme in a title', () => runRows(titleRows));
describe('review44: clause subjects, nisbas and elatives', () => runRows(clauseRows));
