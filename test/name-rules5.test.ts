/**
 * Where a person's name ends when the name lists do not hold it (issue 3): a title that is also a name
 * (أمين, أمير, ولي) right after a given name and before a word no title governs is the name's middle
 * word (محمد أمين بنعلي); the end of a compound name shaped as a broken plural (الإسلام) after a plain
 * word is the name's (محمد منير الإسلام, سيف الإسلام خان); a family name in فعالي after two plain words
 * (محمد علي حجازي) is a plural only in construct; a definite passive participle of one man (المرهون)
 * right after a given name and before the words said is his family name; a foreign name's word that spells
 * لي is the name's in a transliterated run (نغ, تش) right after the cue, or before ، وهو. Each rule row is a passage
 * written here in news style and fails without its rule; a guard row keeps the opposite case (a title
 * with its genitive, a verb's object, a plural in construct, a description after the name).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const titleInNameRows: readonly Row[] = [
  {
    what: 'a Maghreb name with أمين as its middle word and a surname no list holds, with إن',
    text: 'وقال محمد أمين بنعلي، عضو المكتب السياسي للحزب، إن الحزب «سيدخل الانتخابات بقوائم في كل الدوائر».',
    quotes: [['سيدخل الانتخابات بقوائم في كل الدوائر', 'partial', 'محمد أمين بنعلي']],
  },
  {
    what: 'an Iranian name with أمير as its middle word, then وأضاف + surname:',
    text: [
      'وقال مساعد وزير الخارجية الإيراني حسين أمير عبداللهيان للصحفيين إن طهران «لا تريد التصعيد في المنطقة».',
      'وأضاف عبداللهيان: «الحوار هو الطريق الوحيد لحل الأزمة».',
    ].join('\n\n'),
    quotes: [
      ['لا تريد التصعيد في المنطقة', 'partial', 'حسين أمير عبداللهيان'],
      ['الحوار هو الطريق الوحيد لحل الأزمة', 'direct', 'حسين أمير عبداللهيان'],
    ],
  },
  {
    what: 'an Afghan name with ولي as its middle word after a title, with إن',
    text: 'وقال المحلل السياسي الأفغاني أحمد ولي رحيمي إن المفاوضات «لن تنجح ما لم تشارك فيها كل الأطراف».',
    quotes: [['لن تنجح ما لم تشارك فيها كل الأطراف', 'partial', 'أحمد ولي رحيمي']],
  },
  {
    what: 'a Saudi name with أمين before a definite nisba, to the paper with لـ«…»:',
    text: 'وقال المواطن أحمد أمين الرحماني لـ«المدينة»: «ننتظر إصلاح الطريق منذ عامين».',
    quotes: [
      ['المدينة', 'mention', null],
      ['ننتظر إصلاح الطريق منذ عامين', 'direct', 'أحمد أمين الرحماني'],
    ],
  },
  {
    what: 'guard: أمير with its place after a given name is his post (أمير منطقة), not a word of his name',
    text: 'وقال فيصل أمير منطقة الحدود الشمالية إن المشاريع «ستنجز في مواعيدها».',
    quotes: [['ستنجز في مواعيدها', 'partial', 'فيصل']],
  },
  {
    what: 'guard: ولي with its genitive in construct (ولي أمر الطالبة) is what the man is, not his name',
    text: 'وقال علي ولي أمر الطالبة إن المدرسة «لم تبلغه بغياب ابنته».',
    quotes: [['لم تبلغه بغياب ابنته', 'partial', 'علي']],
  },
  {
    what: 'guard: أمين عام after a given name is a post (read already)',
    text: 'وقال خالد أمين عام الجمعية إن التبرعات «تضاعفت هذا العام».',
    quotes: [['تضاعفت هذا العام', 'partial', 'خالد']],
  },
];

const compoundEndRows: readonly Row[] = [
  {
    what: 'a Bangladeshi name of three words ending in الإسلام after a title, with إن',
    text: 'وقال مفوض شرطة دكا محمد شفيق الإسلام إن المشتبه بهم «اعترفوا بالتخطيط للهجوم».',
    quotes: [['اعترفوا بالتخطيط للهجوم', 'partial', 'محمد شفيق الإسلام']],
  },
  {
    what: 'a compound given name in الإسلام with a surname after it, to reporters then إن',
    text: 'وقال سيف الإسلام خان للصحفيين إن حزبه «سيقاطع الانتخابات المقبلة».',
    quotes: [['سيقاطع الانتخابات المقبلة', 'partial', 'سيف الإسلام خان']],
  },
  {
    what: 'a two-word name in الإسلام, then وهو and his job between commas and a colon',
    text: 'وقال نور الإسلام، وهو عامل في المصنع: «المصنع أغلق أبوابه دون أن يدفع لنا رواتب الشهر».',
    quotes: [['المصنع أغلق أبوابه دون أن يدفع لنا رواتب الشهر', 'direct', 'نور الإسلام']],
  },
  {
    what: 'guard: الإسلام after إن, the subject of what was said, is no word of the name before it',
    text: 'وقال الشيخ سعد إن الإسلام «دين الوسطية والاعتدال».',
    quotes: [['دين الوسطية والاعتدال', 'partial', 'سعد']],
  },
];

const nisbaShapedRows: readonly Row[] = [
  {
    what: 'an Egyptian name of three words ending in حجازي, to reporters with a colon',
    text: 'وقال الطبيب محمد علي حجازي للصحفيين: «استقبلنا أكثر من أربعين مصابا خلال ساعتين».',
    quotes: [['استقبلنا أكثر من أربعين مصابا خلال ساعتين', 'direct', 'محمد علي حجازي']],
  },
  {
    what: 'a retired general of three words ending in حجازي after his rank, with أن',
    text: 'ويرى اللواء المتقاعد سامي حسن حجازي أن الهجوم «كشف ثغرات في التنسيق بين الأجهزة».',
    quotes: [['كشف ثغرات في التنسيق بين الأجهزة', 'partial', 'سامي حسن حجازي']],
  },
  {
    what: 'a Syrian name of three words ending in قباني, with إن',
    text: 'وقال المهندس خالد محمد قباني إن المبنى «لم يعد صالحا للسكن».',
    quotes: [['لم يعد صالحا للسكن', 'partial', 'خالد محمد قباني']],
  },
  {
    what: 'guard: a plural in فعالي in construct after إن is no word of the name of two words',
    text: 'وقال محمد علي، مدير المدرسة، إن مباني المدرسة «تحتاج إلى ترميم عاجل».',
    quotes: [['تحتاج إلى ترميم عاجل', 'partial', 'محمد علي']],
  },
];

const participleRows: readonly Row[] = [
  {
    what: 'a seller by given name and a family name shaped مفعول after أما, closed by فقال:',
    text: 'أما البائع سعيد المرهون فقال: «الإقبال هذا العام أقل من المواسم الماضية».',
    quotes: [['الإقبال هذا العام أقل من المواسم الماضية', 'direct', 'سعيد المرهون']],
  },
  {
    what: 'an analyst by given name and a family name shaped مفعول, with أن',
    text: 'ويرى المحلل الاقتصادي حسن المرهون أن السوق «تحتاج إلى وقت لاستيعاب القرار».',
    quotes: [['تحتاج إلى وقت لاستيعاب القرار', 'partial', 'حسن المرهون']],
  },
  {
    what: 'a family name shaped مفعول to the paper with لـ«…» and إن',
    text: 'وقال علي الميمون لـ«اليوم» إن المزارعين «ينتظرون الدعم منذ شهور».',
    quotes: [
      ['اليوم', 'mention', null],
      ['ينتظرون الدعم منذ شهور', 'partial', 'علي الميمون'],
    ],
  },
  {
    what: 'guard: a plural in ون shaped مفعول before a quote mark opens what was said, no family name',
    text: 'وقال أحمد المسنون «يحتاجون إلى رعاية».',
    quotes: [['يحتاجون إلى رعاية', 'partial', 'أحمد']],
  },
];

const syllableRows: readonly Row[] = [
  {
    what: 'a Chinese name whose second word spells لي, right after قال, then a comma and وهو …:',
    text: 'وقال هونغ لي، وهو صاحب مصنع للأحذية في قوانغتشو: «الطلبات من أوروبا تراجعت إلى النصف».',
    quotes: [['الطلبات من أوروبا تراجعت إلى النصف', 'direct', 'هونغ لي']],
  },
  {
    what: 'a Chinese name in لي right after قال, to reporters with إن',
    text: 'وقال تشن لي للصحفيين إن الشركة «ستعوض أسر الضحايا خلال أسبوع».',
    quotes: [['ستعوض أسر الضحايا خلال أسبوع', 'partial', 'تشن لي']],
  },
  {
    what: 'a Chinese name in لي after a title, then a comma and وهي … لوكالة …:',
    text: 'وقالت المعلمة تشانغ لي، وهي من سكان الحي القديم، لوكالة الأنباء الفرنسية: «لم نعرف ماذا حدث إلا من التلفزيون».',
    quotes: [['لم نعرف ماذا حدث إلا من التلفزيون', 'direct', 'تشانغ لي']],
  },
  {
    what: 'guard: لي after قال and before a plain noun is the pronoun of the hearer (read already)',
    text: 'وقال لي أحد السكان: «لم ننم طوال الليل بسبب القصف».',
    quotes: [['لم ننم طوال الليل بسبب القصف', 'direct', 'أحد السكان']],
  },
  {
    what: 'guard: لي after a title and before إن is the hearer, not a name (read already)',
    text: 'وقال المدير لي إن الشركة «ستوظف مئة عامل جديد».',
    quotes: [['ستوظف مئة عامل جديد', 'partial', 'المدير']],
  },
];

describe('name rules 5: a title that is also a name, after a given name', () => {
  runRows(titleInNameRows);
});
describe('name rules 5: a compound name’s end shaped as a plural', () => {
  runRows(compoundEndRows);
});
describe('name rules 5: a family name shaped as a plural in فعالي', () => {
  runRows(nisbaShapedRows);
});
describe('name rules 5: a family name shaped as a passive participle', () => {
  runRows(participleRows);
});
describe('name rules 5: a transliterated name’s word that spells لي', () => {
  runRows(syllableRows);
});
