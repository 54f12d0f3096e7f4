/**
 * Attribution after the quote (issue 3): «…»، قال فلان, with what newsrooms write after the speaker. A
 * short quote after ل that ends the sentence (لـ«عكاظ».), perhaps after a circumstance (لـ«الوطن» أمس.,
 * لـ«الاقتصادية» طلب عدم ذكر اسمه.), is the outlet the words were told when the cue and its subject come
 * right after a quote they report: the words are said already, so what follows ل is whom they were told.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (words given after a participle, a quote after ل inside a clause about the speaker).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const outletRows: readonly Row[] = [
  {
    what: '«…»، قال فلان لـ«الرياض». with a health director and his long title (Saudi style)',
    text: '«المستشفى استقبل أكثر من أربعين مصابا منذ الصباح»، قال مدير الشؤون الصحية بمنطقة جازان الدكتور عبدالله بن علي الزهراني لـ«الرياض».',
    quotes: [
      ['المستشفى استقبل أكثر من أربعين مصابا منذ الصباح', 'direct', 'عبدالله بن علي الزهراني'],
      ['الرياض', 'mention', null],
    ],
  },
  {
    what: '«…»، قال النائب فلان لـ«الجزيرة نت». (an outlet of two words)',
    text: '«هذه الخطوة تأخرت كثيرا، والمواطن ينتظرها منذ سنوات»، قال النائب الكويتي عبدالله الطريجي لـ«الجزيرة نت».',
    quotes: [
      ['هذه الخطوة تأخرت كثيرا، والمواطن ينتظرها منذ سنوات', 'direct', 'عبدالله الطريجي'],
      ['الجزيرة نت', 'mention', null],
    ],
  },
  {
    what: '«…»، بحسب ما صرح به فلان لـ«عكاظ». (the cue two words after the comma)',
    text: '«نتائج التحقيق في الحادث ستعلن خلال أيام»، بحسب ما صرح به مدير شرطة منطقة الرياض اللواء فهد الهذال لـ«عكاظ».',
    quotes: [
      ['نتائج التحقيق في الحادث ستعلن خلال أيام', 'direct', 'فهد الهذال'],
      ['عكاظ', 'mention', null],
    ],
  },
  {
    what: '«…»، قالت فلانة لـ«الوطن» أمس. (a time word before the full stop)',
    text: '«المرأة السعودية أثبتت جدارتها في كل موقع تولته»، قالت عضو مجلس الشورى الدكتورة ثريا العريض لـ«الوطن» أمس.',
    quotes: [
      ['المرأة السعودية أثبتت جدارتها في كل موقع تولته', 'direct', 'ثريا العريض'],
      ['الوطن', 'mention', null],
    ],
  },
  {
    what: '«…»، قال الوزير لـ«سي إن إن». (an international channel spelt out)',
    text: '«اقتصادنا قادر على امتصاص تراجع أسعار النفط»، قال وزير المالية الإماراتي عبيد الطاير لـ«سي إن إن».',
    quotes: [
      ['اقتصادنا قادر على امتصاص تراجع أسعار النفط', 'direct', 'عبيد الطاير'],
      ['سي إن إن', 'mention', null],
    ],
  },
  {
    what: '«…»، قال أحد المعتصمين لـ«فرانس برس» في الساحة. (a place before the full stop)',
    text: '«سنبقى هنا حتى تتحقق مطالبنا كاملة»، قال أحد المعتصمين لـ"فرانس برس" في ساحة الشهداء.',
    quotes: [
      ['سنبقى هنا حتى تتحقق مطالبنا كاملة', 'direct', 'أحد المعتصمين'],
      ['فرانس برس', 'mention', null],
    ],
  },
  {
    what: 'guard: a participle after the speaker gives its own words after ل (داعيا لـ«…»)',
    text: '«الحوار هو الطريق الوحيد للخروج من الأزمة»، قال وزير الخارجية الأردني ناصر جودة، داعيا لـ«وقف فوري لإطلاق النار».',
    quotes: [
      ['الحوار هو الطريق الوحيد للخروج من الأزمة', 'direct', 'ناصر جودة'],
      ['وقف فوري لإطلاق النار', 'partial', 'ناصر جودة'],
    ],
  },
  {
    what: 'guard: the outlet before a colon, the cue before the quote (قال فلان لـ«عكاظ»: «…»)',
    text: 'وقال مدير شرطة منطقة مكة المكرمة اللواء عبدالعزيز الصولي لـ«عكاظ»: «نتائج التحقيق ستعلن قريبا».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['نتائج التحقيق ستعلن قريبا', 'direct', 'عبدالعزيز الصولي'],
    ],
  },
  {
    what: 'guard: words after ل that open a clause (لـ«لن …») stay words said',
    text: '«سنعود أقوى»، قال قائد المنتخب أسامة هوساوي، ثم عاد وقال لـ«لن نستسلم أبدا».',
    quotes: [
      ['سنعود أقوى', 'direct', 'أسامة هوساوي'],
      ['لن نستسلم أبدا', 'partial', 'أسامة هوساوي'],
    ],
  },
];

describe('after the quote: the outlet told, after ل at the sentence end', () => runRows(outletRows));
