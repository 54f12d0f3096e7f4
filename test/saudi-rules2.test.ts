/**
 * Rules found by counting misreadings over many passages written here in the shapes Saudi papers, واس and
 * the international Arabic outlets use to bring in speakers (issue 3): ranks that are also words, forms
 * of address before a royal title. Every rule row fails without its rule; a guard row keeps the
 * opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const saudiRuleRows4: readonly Row[] = [
  {
    what: 'الرائد (the major) heading the subject before a name is a rank, as العقيد is: the name speaks',
    text: 'وقال الرائد فهد الشمري: «المركبة انقلبت عدة مرات قبل أن تستقر في الوادي».',
    quotes: [['المركبة انقلبت عدة مرات قبل أن تستقر في الوادي', 'direct', 'فهد الشمري']],
  },
  {
    what: 'الرائد before a name with أن, as a Saudi paper writes a civil-defence officer',
    text: 'وأوضح الرائد سلطان الدوسري في تصريح صحفي أن «المصابين نقلوا إلى مستشفى الملك خالد».',
    quotes: [['المصابين نقلوا إلى مستشفى الملك خالد', 'partial', 'سلطان الدوسري']],
  },
  {
    what: 'الرائد before a name after the quote (، قال الرائد فلان.)',
    text: '«الحريق كان محدودا ولم يمتد إلى المباني المجاورة»، قال الرائد ماجد العنزي.',
    quotes: [['الحريق كان محدودا ولم يمتد إلى المباني المجاورة', 'direct', 'ماجد العنزي']],
  },
  {
    what: 'الرائد before a name with بن and a post after it, then the later reference by the family name',
    text: [
      'وقال الرائد محمد بن عبدالله الحارثي قائد فريق الإنقاذ: «انتشلنا جثتين من تحت الأنقاض».',
      'وأضاف الحارثي: «البحث مستمر عن مفقود ثالث».',
    ].join('\n\n'),
    quotes: [
      ['انتشلنا جثتين من تحت الأنقاض', 'direct', 'محمد بن عبدالله الحارثي'],
      ['البحث مستمر عن مفقود ثالث', 'direct', 'محمد بن عبدالله الحارثي'],
    ],
  },
  {
    what: 'guard: الرائد before an adverb is the pioneer, and the whole phrase the subject',
    text: 'وقال الرائد محليا في صناعة البتروكيماويات: «نرحب بالمستثمرين الأجانب».',
    quotes: [['نرحب بالمستثمرين الأجانب', 'direct', 'الرائد محليا']],
  },
  {
    what: 'guard: الرائد, the club, after its president’s title stays in the title (رئيس نادي الرائد فلان)',
    text: 'وقال رئيس نادي الرائد فهد المطوع: «المدرب باق حتى نهاية الموسم».',
    quotes: [['المدرب باق حتى نهاية الموسم', 'direct', 'فهد المطوع']],
  },
  {
    what: 'سمو الأمير + a name: the form of address and the royal title, then the prince speaks',
    text: 'وقال سمو الأمير خالد بن سلطان: «القوات المسلحة جاهزة لأي طارئ».',
    quotes: [['القوات المسلحة جاهزة لأي طارئ', 'direct', 'خالد بن سلطان']],
  },
  {
    what: 'سمو الأمير + a name with أن, as واس writes a prince’s statement',
    text: 'وأكد سمو الأمير الوليد بن طلال أن «الاستثمار في المملكة آمن ومجز».',
    quotes: [['الاستثمار في المملكة آمن ومجز', 'partial', 'الوليد بن طلال']],
  },
  {
    what: 'جلالة الملك + a name, as the international outlets write a king',
    text: 'وقال جلالة الملك عبدالله الثاني في كلمته أمام البرلمان: «الأردن سيبقى صامدا».',
    quotes: [['الأردن سيبقى صامدا', 'direct', 'عبدالله الثاني']],
  },
  {
    what: 'guard: سمو الأمير with no name after it is the speaker as titled',
    text: 'وقال سمو الأمير: «نرحب بضيوف المنطقة».',
    quotes: [['نرحب بضيوف المنطقة', 'direct', 'سمو الأمير']],
  },
  {
    what: 'سمو الأمير + a name, then سموه in the next paragraph: the same prince',
    text: [
      'وقال سمو الأمير سلطان بن سلمان في افتتاح المعرض: «التراث ذاكرة الوطن».',
      'وأضاف سموه: «سنعيد تأهيل القرى التراثية».',
    ].join('\n\n'),
    quotes: [
      ['التراث ذاكرة الوطن', 'direct', 'سلطان بن سلمان'],
      ['سنعيد تأهيل القرى التراثية', 'direct', 'سلطان بن سلمان'],
    ],
  },
];

describe('Saudi press: ranks and forms of address (issue 3)', () => {
  runRows(saudiRuleRows4);
});
