/**
 * Rules found by counting misreadings over many passages written here in the shapes Saudi papers, واس and
 * the international Arabic outlets use to bring in speakers (issue 3): ranks that are also words, forms
 * of address before a royal title, bodies named by a verbal noun and its preposition. Every rule row fails without its rule; a guard row keeps the
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

const saudiBodyRows: readonly Row[] = [
  {
    what: 'هيئة الأمر بالمعروف والنهي عن المنكر: the verbal nouns’ prepositions and their nouns are the body’s name',
    text: 'وقالت هيئة الأمر بالمعروف والنهي عن المنكر في بيان: «الأعضاء ملتزمون بالأنظمة والتعليمات».',
    quotes: [['الأعضاء ملتزمون بالأنظمة والتعليمات', 'direct', 'هيئة الأمر بالمعروف والنهي عن المنكر']],
  },
  {
    what: 'the body’s spokesman: the whole body in his title, then his name speaks',
    text: 'وقال المتحدث الرسمي لهيئة الأمر بالمعروف والنهي عن المنكر تركي الشليل: «الواقعة قيد التحقيق».',
    quotes: [['الواقعة قيد التحقيق', 'direct', 'تركي الشليل']],
  },
  {
    what: 'معالي الرئيس العام لهيئة … الشيخ فلان with أن, as واس writes the head of the body',
    text: 'وأوضح معالي الرئيس العام لهيئة الأمر بالمعروف والنهي عن المنكر الشيخ عبدالرحمن السند أن «الهيئة تعمل وفق الأنظمة».',
    quotes: [['الهيئة تعمل وفق الأنظمة', 'partial', 'عبدالرحمن السند']],
  },
  {
    what: 'a branch director: the body and its region in the title (مدير فرع هيئة … بمنطقة الرياض الشيخ فلان)',
    text: 'وقال مدير فرع هيئة الأمر بالمعروف والنهي عن المنكر بمنطقة الرياض الشيخ عبدالله الحمود: «نعمل بالتنسيق مع الشرطة».',
    quotes: [['نعمل بالتنسيق مع الشرطة', 'direct', 'عبدالله الحمود']],
  },
  {
    what: 'guard: الأمر after a definite subject is the verb’s object (وحسم رئيس النادي الأمر بالقول)',
    text: 'وحسم رئيس النادي الأمر بالقول: «المدرب باق حتى نهاية الموسم».',
    quotes: [['المدرب باق حتى نهاية الموسم', 'direct', 'رئيس النادي']],
  },
  {
    what: 'guard: النهي عن المنكر inside the reported clause is no part of the speaker',
    text: 'وأكد الرئيس العام للهيئة أن «الأمر بالمعروف مهمة الجميع».',
    quotes: [['الأمر بالمعروف مهمة الجميع', 'partial', 'الرئيس العام للهيئة']],
  },
];

describe('Saudi press: ranks and forms of address (issue 3)', () => {
  runRows(saudiRuleRows4);
});

describe('Saudi press: bodies named by a verbal noun and its preposition (issue 3)', () => {
  runRows(saudiBodyRows);
});

const imamRows: readonly Row[] = [
  {
    what: 'فضيلة إمام وخطيب المسجد الحرام الشيخ فلان: إمام with its hamza below is the imam, not أمام (in front of)',
    text: 'وقال فضيلة إمام وخطيب المسجد الحرام الشيخ ماهر المعيقلي في خطبة الجمعة: «احفظوا ألسنتكم».',
    quotes: [['احفظوا ألسنتكم', 'direct', 'ماهر المعيقلي']],
  },
  {
    what: 'إمام وخطيب + a mosque named after a king, with أن (Saudi papers’ Friday-sermon copy)',
    text: 'وأوضح فضيلة إمام وخطيب جامع الملك خالد الشيخ خالد المصلح أن «الصيام مدرسة للصبر».',
    quotes: [['الصيام مدرسة للصبر', 'partial', 'خالد المصلح']],
  },
  {
    what: 'امام written without its hamza is still the imam before وخطيب',
    text: 'وقال فضيلة امام وخطيب المسجد النبوي الشيخ صلاح البدير: «الأمن نعمة عظيمة».',
    quotes: [['الأمن نعمة عظيمة', 'direct', 'صلاح البدير']],
  },
  {
    what: 'an imam of a neighbourhood mosque with no name speaks by his title',
    text: 'وأكد إمام مسجد الحي أن «المصلين تضاعفوا في رمضان».',
    quotes: [['المصلين تضاعفوا في رمضان', 'partial', 'إمام مسجد الحي']],
  },
  {
    what: 'guard: أمام (in front of) after the verb opens no subject: the dropped subject, none named',
    text: 'وقال أمام الصحفيين في مطار الرياض: «الزيارة كانت ناجحة».',
    quotes: [['الزيارة كانت ناجحة', 'direct', null]],
  },
  {
    what: 'guard: أمام after a named subject is where he spoke (وقال الوزير أمام مجلس الشورى)',
    text: 'وقال الوزير أمام مجلس الشورى: «الميزانية تكفي المشاريع المعتمدة».',
    quotes: [['الميزانية تكفي المشاريع المعتمدة', 'direct', 'الوزير']],
  },
];

describe('Saudi press: the imam and the preposition أمام (issue 3)', () => {
  runRows(imamRows);
});

const abdRows: readonly Row[] = [
  {
    what: 'عبد الملك written apart after a title: the compound name, not الملك (the king) ending it',
    text: 'وقال زعيم جماعة الحوثي عبد الملك الحوثي في خطاب متلفز: «لن نستسلم للعدوان».',
    quotes: [['لن نستسلم للعدوان', 'direct', 'عبد الملك الحوثي']],
  },
  {
    what: 'عبد الملك apart with إن, as the international outlets write a Yemeni minister',
    text: 'وقال وزير الخارجية اليمني عبد الملك المخلافي إن «الحوثيين يرفضون الحل السياسي».',
    quotes: [['الحوثيين يرفضون الحل السياسي', 'partial', 'عبد الملك المخلافي']],
  },
  {
    what: 'عبد الأمير apart after a description: the compound name, not الأمير (the prince)',
    text: 'وقال المواطن عبد الأمير حسن: «فقدنا بيوتنا في السيول».',
    quotes: [['فقدنا بيوتنا في السيول', 'direct', 'عبد الأمير حسن']],
  },
  {
    what: 'guard: الملك not after عبد stays the king’s title before his name (خادم الحرمين الشريفين الملك فلان)',
    text: 'وقال خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز: «المملكة ماضية في الإصلاح».',
    quotes: [['المملكة ماضية في الإصلاح', 'direct', 'سلمان بن عبدالعزيز']],
  },
];

describe('Saudi and international press: عبد and a compound end written apart (issue 3)', () => {
  runRows(abdRows);
});
