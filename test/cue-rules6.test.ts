/**
 * Cue forms of real newsroom copy (issue 3), in the order desks write them rather than the tidy one:
 * - the outlet told, right after the verb and before its subject (وقال لـ"الشرق الأوسط" مصدر مطلع إن,
 *   وذكر لـ«سبق» العقيد فلان أن, وقال لوكالة فرانس برس مسؤول: …): the outlet in marks, or after a news
 *   head (لوكالة, لصحيفة, لقناة) by its name, is whom the subject spoke to; the subject follows it, and
 *   the outlet's name in marks is a mention.
 * - a noun of one's own speech with a pronoun back to the speaker after a verb of ending or going on
 *   (وختم حديثه بالقول:, واختتم الوزير كلمته قائلا:, حديثها, تصريحه) is the verb's object, never its
 *   subject: the subject ends before it, or was dropped and the speaker so far goes on.
 * - the occasion of the words between the verb and its subject (وقال في تصريح صحفي أمس وزير الصحة إن,
 *   وقال خلال المؤتمر الصحفي رئيس اللجنة إن, وقال في بيان أصدره أمس مكتب …): the title, body or source
 *   after في/خلال + an occasion noun, its adjectives and a time, ending right before إنّ or a colon,
 *   is the subject; after a preposition, ل/ب or a relative it is no subject, and the speaker so far goes on.
 * - the cue after the quote with على ما (…»، على ما قال فلان; as he put it), read as كما: the quote is a
 *   clause or a predicate said by the subject; not a preposition's object (ضد «…»، على ما أفادت الوكالة).
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (the subject dropped after the outlet, with a word of time or manner after it, the
 * outlet's adjective after its marks, a verb whose ل points to a topic).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const earlier = 'وأكد وزير النقل سليمان الحمدان أن المشروع "يسير وفق الخطة الزمنية".';

const toldRows: readonly Row[] = [
  {
    what: 'Saudi paper: وقال لـ"الشرق الأوسط" + an unnamed source + إن: the source speaks, the paper is a mention',
    text: 'وقال لـ"الشرق الأوسط" مصدر مطلع إن المفاوضات "وصلت إلى طريق مسدود".',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['وصلت إلى طريق مسدود', 'partial', 'مصدر مطلع'],
    ],
  },
  {
    what: 'Saudi paper: وذكر لـ"سبق" + a rank and a name + أن: ذكر is the cue past the outlet',
    text: 'وذكر لـ"سبق" الناطق الإعلامي بشرطة الرياض العقيد فواز الميمان أن الجاني "اعترف بجريمته خلال التحقيق".',
    quotes: [
      ['سبق', 'mention', null],
      ['اعترف بجريمته خلال التحقيق', 'partial', 'فواز الميمان'],
    ],
  },
  {
    what: 'Saudi paper: وأكد لـ"الوطن" + a source in a ministry + أن',
    text: 'وأكد لـ"الوطن" مصدر في وزارة التعليم أن القرار "نهائي ولا رجعة فيه".',
    quotes: [
      ['الوطن', 'mention', null],
      ['نهائي ولا رجعة فيه', 'partial', 'وزارة التعليم'],
    ],
  },
  {
    what: 'Saudi paper: وقال لـ"الاقتصادية" + a name + his post between commas + إن',
    text: 'وقال لـ"الاقتصادية" محمد العمران، عضو مجلس إدارة الغرفة التجارية، إن السوق "تعاني ركودا منذ أشهر".',
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['تعاني ركودا منذ أشهر', 'partial', 'محمد العمران'],
    ],
  },
  {
    what: 'international: وقال لوكالة فرانس برس + an official + a colon: the agency after its head is whom he told',
    text: 'وقال لوكالة فرانس برس مسؤول أمني: "الهجوم استهدف نقطة تفتيش عند مدخل المدينة".',
    quotes: [['الهجوم استهدف نقطة تفتيش عند مدخل المدينة', 'direct', 'مسؤول أمني']],
  },
  {
    what: 'international: وقال لوكالة الأناضول + a military source + a colon',
    text: 'وقال لوكالة الأناضول مصدر عسكري: "القوات استعادت السيطرة على الحي الشرقي".',
    quotes: [['القوات استعادت السيطرة على الحي الشرقي', 'direct', 'مصدر عسكري']],
  },
  {
    what: 'international: وقال لقناة العربية + a spokesman by his title + a colon',
    text: 'وقال لقناة العربية المتحدث باسم الجيش الليبي: "العملية العسكرية مستمرة حتى تطهير المدينة".',
    quotes: [['العملية العسكرية مستمرة حتى تطهير المدينة', 'direct', 'الجيش الليبي']],
  },
  {
    what: 'international: وقال لـ«الشرق الأوسط» + a Western diplomat + إن, in guillemets',
    text: 'وقال لـ«الشرق الأوسط» دبلوماسي غربي إن الاتفاق «بات قريبا أكثر من أي وقت مضى».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['بات قريبا أكثر من أي وقت مضى', 'partial', 'دبلوماسي غربي'],
    ],
  },
  {
    what: 'after an earlier speaker, a new one after لـ"الجزيرة نت": the new one speaks',
    text: `${earlier} وقال لـ"الجزيرة نت" المحلل السياسي ياسر الزعاترة إن التفاهمات "هشة".`,
    quotes: [
      ['يسير وفق الخطة الزمنية', 'partial', 'سليمان الحمدان'],
      ['الجزيرة نت', 'mention', null],
      ['هشة', 'partial', 'ياسر الزعاترة'],
    ],
  },
  {
    what: 'guard: the subject dropped after لـ"عكاظ" and a word of manner (هاتفيا): the earlier speaker goes on',
    text: `${earlier} وقال لـ"عكاظ" هاتفيا إن المحطات "جاهزة للتشغيل".`,
    quotes: [
      ['يسير وفق الخطة الزمنية', 'partial', 'سليمان الحمدان'],
      ['عكاظ', 'mention', null],
      ['جاهزة للتشغيل', 'partial', 'سليمان الحمدان'],
    ],
  },
  {
    what: 'guard: the subject dropped after لـ"الوطن" and أمس',
    text: `${earlier} وأضاف لـ"الوطن" أمس أن التكلفة "في حدود المبلغ المعتمد".`,
    quotes: [
      ['يسير وفق الخطة الزمنية', 'partial', 'سليمان الحمدان'],
      ['الوطن', 'mention', null],
      ['في حدود المبلغ المعتمد', 'partial', 'سليمان الحمدان'],
    ],
  },
  {
    what: 'guard: the outlet’s adjective after its marks (لصحيفة «الحياة» اللندنية) is no subject',
    text: `${earlier} وقال لصحيفة «الحياة» اللندنية إن الشركات "ملتزمة بالعقود".`,
    quotes: [
      ['يسير وفق الخطة الزمنية', 'partial', 'سليمان الحمدان'],
      ['الحياة', 'mention', null],
      ['ملتزمة بالعقود', 'partial', 'سليمان الحمدان'],
    ],
  },
  {
    what: 'guard: the subject dropped after لقناة العربية and a colon',
    text: `${earlier} وقال لقناة العربية: "سنفتتح الخط الأول قبل نهاية العام".`,
    quotes: [
      ['يسير وفق الخطة الزمنية', 'partial', 'سليمان الحمدان'],
      ['سنفتتح الخط الأول قبل نهاية العام', 'direct', 'سليمان الحمدان'],
    ],
  },
  {
    what: 'guard: the subject before the outlet (قال فلان لـ"اليوم" إن) keeps its reading',
    text: 'وقال مدير المرور العميد علي الرشيد لـ"اليوم" إن الحوادث "تراجعت بنسبة 30 في المئة".',
    quotes: [
      ['اليوم', 'mention', null],
      ['تراجعت بنسبة 30 في المئة', 'partial', 'علي الرشيد'],
    ],
  },
];

describe('cue rules 6: the outlet told between the verb and its subject', () => {
  runRows(toldRows);
});

const ownSpeechRows: readonly Row[] = [
  {
    what: 'Saudi paper: وختمت حديثها بالقول: after her quote with إن: the activist goes on, حديثها is no speaker',
    text: 'وقالت الناشطة الحقوقية سمر بدوي إن القرار "طال انتظاره". وختمت حديثها بالقول: "هذا يوم تاريخي للمرأة السعودية".',
    quotes: [
      ['طال انتظاره', 'partial', 'سمر بدوي'],
      ['هذا يوم تاريخي للمرأة السعودية', 'direct', 'سمر بدوي'],
    ],
  },
  {
    what: 'Saudi paper: وختم + a title + حديثه بالقول: the title speaks',
    text: 'وختم رئيس الهيئة العامة للرياضة حديثه بالقول: "الرياضة السعودية تدخل مرحلة جديدة".',
    quotes: [['الرياضة السعودية تدخل مرحلة جديدة', 'direct', 'رئيس الهيئة العامة للرياضة']],
  },
  {
    what: 'international: واختتم حديثه قائلا: after a coach’s quote with إن',
    text: 'وقال المدرب البرتغالي خورخي جيسوس إن الفريق "جاهز للمواجهة". واختتم حديثه قائلا: "سنقاتل على اللقب حتى النهاية".',
    quotes: [
      ['جاهز للمواجهة', 'partial', 'خورخي جيسوس'],
      ['سنقاتل على اللقب حتى النهاية', 'direct', 'خورخي جيسوس'],
    ],
  },
  {
    what: 'Saudi paper: وختم تصريحه بالقول: after a coach’s quote with أن, the subject dropped',
    text: 'وأكد مدرب الفريق عبدالله العامر أن اللاعبين "سيعودون أقوى". وختم تصريحه بالقول: "الجمهور يستحق الفوز".',
    quotes: [
      ['سيعودون أقوى', 'partial', 'عبدالله العامر'],
      ['الجمهور يستحق الفوز', 'direct', 'عبدالله العامر'],
    ],
  },
  {
    what: 'guard: a family name before تصريحه قائلا (the name was read as the subject before this rule too)',
    text: 'وأكد مدرب الفريق عبدالله العامر أن اللاعبين "سيعودون أقوى". واختتم العامر تصريحه قائلا: "الجمهور يستحق الفوز".',
    quotes: [
      ['سيعودون أقوى', 'partial', 'عبدالله العامر'],
      ['الجمهور يستحق الفوز', 'direct', 'عبدالله العامر'],
    ],
  },
  {
    what: 'guard: في خطابه after the subject is where he spoke; the president speaks',
    text: 'وقال الرئيس الأمريكي باراك أوباما في خطابه: "أمريكا لن تتراجع عن التزاماتها".',
    quotes: [['أمريكا لن تتراجع عن التزاماتها', 'direct', 'باراك أوباما']],
  },
  {
    what: 'guard: a speech noun with the article in a title’s genitive (صاحبة الرسالة) is part of the subject',
    text: 'وقالت صاحبة الرسالة إن الرد "تأخر كثيرا".',
    quotes: [['تأخر كثيرا', 'partial', 'صاحبة الرسالة']],
  },
];

describe('cue rules 6: a noun of one’s own speech with a pronoun is the object of ختم, اختتم', () => {
  runRows(ownSpeechRows);
});

const minister = 'وأكد وزير الخارجية عادل الجبير أن المملكة "تدعم الحل السياسي".';

const occasionRows: readonly Row[] = [
  {
    what: 'Saudi paper: وقال في تصريح صحفي أمس + a minister by his title + إن',
    text: 'وقال في تصريح صحفي أمس وزير الصحة إن الوزارة "لن تتهاون مع المقصرين".',
    quotes: [['لن تتهاون مع المقصرين', 'partial', 'وزير الصحة']],
  },
  {
    what: 'Saudi paper: وأكد في تصريحات صحفية + a minister named + أن',
    text: 'وأكد في تصريحات صحفية وزير العمل مفرج الحقباني أن البرنامج "سيطبق على جميع المنشآت".',
    quotes: [['سيطبق على جميع المنشآت', 'partial', 'مفرج الحقباني']],
  },
  {
    what: 'international: وقال خلال المؤتمر الصحفي + a title + إن: الصحفي is the occasion’s adjective',
    text: 'وقال خلال المؤتمر الصحفي رئيس اللجنة الأولمبية الدولية إن الاستعدادات "مكتملة".',
    quotes: [['مكتملة', 'partial', 'رئيس اللجنة الأولمبية الدولية']],
  },
  {
    what: 'international: وقال في بيان أصدره أمس + an office + إن',
    text: 'وقال في بيان أصدره أمس مكتب رئيس الوزراء الإسرائيلي إن إسرائيل "ستدافع عن نفسها".',
    quotes: [['ستدافع عن نفسها', 'partial', 'مكتب رئيس الوزراء الإسرائيلي']],
  },
  {
    what: 'guard: في تصريح صحفي أمس then إن, no subject: the minister goes on',
    text: `${minister} وقال في تصريح صحفي أمس إن الرياض "لن تتراجع عن موقفها".`,
    quotes: [
      ['تدعم الحل السياسي', 'partial', 'عادل الجبير'],
      ['لن تتراجع عن موقفها', 'partial', 'عادل الجبير'],
    ],
  },
  {
    what: 'guard: the peer after مع in the occasion is no subject',
    text: `${minister} وقال في مؤتمر صحفي مشترك مع نظيره الفرنسي لوران فابيوس إن الأسد "لا مكان له في مستقبل سوريا".`,
    quotes: [
      ['تدعم الحل السياسي', 'partial', 'عادل الجبير'],
      ['لا مكان له في مستقبل سوريا', 'partial', 'عادل الجبير'],
    ],
  },
  {
    what: 'guard: a title in a relative clause of the occasion (الذي عقده الوزير الفرنسي) is no subject',
    text: `${minister} وقال خلال المؤتمر الصحفي الذي عقده الوزير الفرنسي إن باريس "تتفق مع الرياض".`,
    quotes: [
      ['تدعم الحل السياسي', 'partial', 'عادل الجبير'],
      ['تتفق مع الرياض', 'partial', 'عادل الجبير'],
    ],
  },
  {
    what: 'guard: a title right after an indefinite occasion is its genitive (في تصريح وزير الخارجية الفرنسي)',
    text: `${minister} وقال في تصريح وزير الخارجية الفرنسي لوران فابيوس إن باريس "تتفق مع الرياض".`,
    quotes: [
      ['تدعم الحل السياسي', 'partial', 'عادل الجبير'],
      ['تتفق مع الرياض', 'partial', 'عادل الجبير'],
    ],
  },
  {
    what: 'guard: في تصريحات صحفية then a colon: صحفية is no speaker',
    text: 'وقال وزير التجارة توفيق الربيعة إن الأسعار "مستقرة". وأضاف في تصريحات صحفية: "نراقب الأسواق يوميا".',
    quotes: [
      ['مستقرة', 'partial', 'توفيق الربيعة'],
      ['نراقب الأسواق يوميا', 'direct', 'توفيق الربيعة'],
    ],
  },
];

describe('cue rules 6: the occasion of the words between the verb and its subject', () => {
  runRows(occasionRows);
});

const asRows: readonly Row[] = [
  {
    what: 'international: a predicate in marks, then ، على ما قال + a coach named',
    text: 'وكانت المباراة "الأصعب هذا الموسم"، على ما قال المدرب البرتغالي خورخي جيسوس.',
    quotes: [['الأصعب هذا الموسم', 'partial', 'خورخي جيسوس']],
  },
  {
    what: 'international: a sentence in marks, then ، على ما قال + a president named: direct',
    text: '"لا نريد الحرب مع أحد"، على ما قال الرئيس الروسي فلاديمير بوتين أمس.',
    quotes: [['لا نريد الحرب مع أحد', 'direct', 'فلاديمير بوتين']],
  },
  {
    what: 'Saudi paper: a predicate in marks, then ، على ما يقول + a trader named',
    text: 'وتبقى أسعار الخضار "مرتفعة جدا"، على ما يقول التاجر سعد العتيبي.',
    quotes: [['مرتفعة جدا', 'partial', 'سعد العتيبي']],
  },
  {
    what: 'guard: a law’s name after ضد, then ، على ما أفادت + an agency: a mention',
    text: 'وتظاهر الآلاف ضد "قانون الطوارئ"، على ما أفادت وكالة رويترز.',
    quotes: [['قانون الطوارئ', 'mention', null]],
  },
  {
    what: 'guard: ، على ما يبدو is no cue: the minister of إن speaks',
    text: 'وقال الوزير إن الوضع "مستقر"، على ما يبدو.',
    quotes: [['مستقر', 'partial', 'الوزير']],
  },
];

describe('cue rules 6: ، على ما قال فلان after the quote', () => {
  runRows(asRows);
});
