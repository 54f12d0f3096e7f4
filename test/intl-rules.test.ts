/**
 * Rules that closed the international-outlet gap rows of probes 14, 16 and 18 (issue 3), each on
 * passages of its own written here in news style: every rule row fails without its rule, and a guard
 * row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const intlRuleRows: readonly Row[] = [
  {
    what: 'an unnamed source and its place after في, then whom it told (مصدر عسكري في حلب للصحفيين): the place is its description',
    text: 'وقال مصدر عسكري في حلب للصحفيين إن «الطريق الدولي أغلق بالكامل».',
    quotes: [['الطريق الدولي أغلق بالكامل', 'partial', 'مصدر عسكري في حلب']],
  },
  {
    what: 'sources and their town, then a quoted site after لـ (مصادر محلية في درعا لـ«…»)',
    text: 'وقالت مصادر محلية في درعا لـ«عنب بلدي» إن «الحاجز انسحب من مدخل البلدة».',
    quotes: [
      ['عنب بلدي', 'mention', null],
      ['الحاجز انسحب من مدخل البلدة', 'partial', 'مصادر محلية في درعا'],
    ],
  },
  {
    what: 'a relayed source and the service it belongs to, before قوله (عن مصدر في الدفاع المدني قوله)',
    text: 'ونقلت صحيفة «الوطن» عن مصدر في الدفاع المدني قوله إن «فرق الإنقاذ انتشلت سبع جثث».',
    quotes: [
      ['الوطن', 'mention', null],
      ['فرق الإنقاذ انتشلت سبع جثث', 'partial', 'الدفاع المدني'],
    ],
  },
  {
    what: 'guard: when the source spoke (في وقت لاحق) is no place of his',
    text: 'وقال مصدر في وقت لاحق لرويترز إن «المفاوضات توقفت».',
    quotes: [['المفاوضات توقفت', 'partial', 'مصدر']],
  },
  {
    what: 'guard: how the source spoke (في اتصال هاتفي) is no place of his',
    text: 'وقال مصدر في اتصال هاتفي لـ«الشرق» إن «المفاوضات توقفت».',
    quotes: [
      ['الشرق', 'mention', null],
      ['المفاوضات توقفت', 'partial', 'مصدر'],
    ],
  },
  {
    what: 'رجل الأعمال is a calling before a name: the name speaks, and its surname later is the same man',
    text: [
      'وقال رجل الأعمال سمير الحداد إن «السوق لن تتعافى قبل عامين».',
      'وأضاف الحداد: «المستثمرون ينتظرون قانون الضرائب الجديد».',
    ].join('\n\n'),
    quotes: [
      ['السوق لن تتعافى قبل عامين', 'partial', 'سمير الحداد'],
      ['المستثمرون ينتظرون قانون الضرائب الجديد', 'direct', 'سمير الحداد'],
    ],
  },
  {
    what: 'guard: a man described, not named (رجل مسن كان يقف …), speaks as described',
    text: 'وقال رجل مسن كان يقف أمام المخبز: «لم نأكل الخبز منذ يومين».',
    quotes: [['لم نأكل الخبز منذ يومين', 'direct', 'رجل مسن']],
  },
  {
    what: 'a body named in full with its field (المفوضية العليا للانتخابات) by the verb that opens the story, then by its head alone',
    text: [
      'أعلنت المفوضية العليا للانتخابات، صباح الاثنين، موعد الاقتراع.',
      'وقالت المفوضية في بيان إن «التسجيل يبدأ مطلع الشهر المقبل».',
    ].join('\n\n'),
    quotes: [['التسجيل يبدأ مطلع الشهر المقبل', 'partial', 'المفوضية العليا للانتخابات']],
  },
  {
    what: 'any verb may open the story (قررت الهيئة الوطنية للإعلام،): الهيئة later is that body',
    text: [
      'قررت الهيئة الوطنية للإعلام، الأحد، وقف بث البرنامج.',
      'وأوضحت الهيئة أن القرار «مؤقت إلى حين انتهاء التحقيق».',
    ].join('\n\n'),
    quotes: [['مؤقت إلى حين انتهاء التحقيق', 'partial', 'الهيئة الوطنية للإعلام']],
  },
  {
    what: 'guard: a definite head and an adjective without a field (الحكومة الجديدة) is no name learnt',
    text: [
      'أعلنت الحكومة الجديدة، مساء الأحد، برنامجها.',
      'وقالت الحكومة في بيان إن «الإصلاح يبدأ من الموازنة».',
    ].join('\n\n'),
    quotes: [['الإصلاح يبدأ من الموازنة', 'partial', 'الحكومة']],
  },
  {
    what: "guard: a noun after the field is the verb's object (اللجنة المنظمة للبطولة الجدول), not the body's name",
    text: ['أعلنت اللجنة المنظمة للبطولة الجدول الكامل.', 'وقالت اللجنة إن «المباريات تقام بلا جمهور».'].join(
      '\n\n',
    ),
    quotes: [['المباريات تقام بلا جمهور', 'partial', 'اللجنة']],
  },
  {
    what: 'المتحدث العسكري with an origin after the spokesman of the defence ministry of that country (الليبية → الليبي)',
    text: [
      'وقال المتحدث باسم وزارة الدفاع الليبية، العقيد سالم المبروك، إن «القوات صدت الهجوم».',
      'وأضاف المتحدث العسكري الليبي أن «الطريق الساحلي آمن».',
    ].join('\n\n'),
    quotes: [
      ['القوات صدت الهجوم', 'partial', 'سالم المبروك'],
      ['الطريق الساحلي آمن', 'partial', 'سالم المبروك'],
    ],
  },
  {
    what: 'الناطق باسم الجيش after الناطق الرسمي باسم القوات المسلحة فلان: the same office in other words',
    text: [
      'وقال الناطق الرسمي باسم القوات المسلحة اليمنية، العميد يحيى سريع، إن «العملية استهدفت ميناء إيلات».',
      'وقال الناطق باسم الجيش في بيان لاحق: «سنواصل العمليات».',
    ].join('\n\n'),
    quotes: [
      ['العملية استهدفت ميناء إيلات', 'partial', 'يحيى سريع'],
      ['سنواصل العمليات', 'direct', 'يحيى سريع'],
    ],
  },
  {
    what: "guard: المتحدث العسكري is not the health ministry's spokesman",
    text: [
      'وقال المتحدث باسم وزارة الصحة، خالد عبد الغفار، إن «المستشفيات ممتلئة».',
      'وقال المتحدث العسكري في بيان: «لا علاقة لنا بالقصف».',
    ].join('\n\n'),
    quotes: [
      ['المستشفيات ممتلئة', 'partial', 'خالد عبد الغفار'],
      ['لا علاقة لنا بالقصف', 'direct', 'المتحدث العسكري'],
    ],
  },
  {
    what: "guard: the military spokesman of another country (اللبناني) is not the Israeli army's",
    text: [
      'وقال المتحدث باسم الجيش الإسرائيلي، أفيخاي أدرعي، إن «الغارات مستمرة».',
      'وقال المتحدث العسكري اللبناني في بيان: «سجلنا خرقا جديدا».',
    ].join('\n\n'),
    quotes: [
      ['الغارات مستمرة', 'partial', 'أفيخاي أدرعي'],
      ['سجلنا خرقا جديدا', 'direct', 'المتحدث العسكري اللبناني'],
    ],
  },
  {
    what: 'a post and the platform it is on (في منشور على «إنستغرام») with a time before the colon: the platform is a mention',
    text: 'وكتبت الوزيرة ريم الحسن، في منشور على «إنستغرام» مساء الجمعة: «لن نتراجع عن الإصلاح».',
    quotes: [
      ['إنستغرام', 'mention', null],
      ['لن نتراجع عن الإصلاح', 'direct', 'ريم الحسن'],
    ],
  },
  {
    what: 'guard: a tweet on a quoted phrase of several words (تغريدة على «ما يحدث في الجنوب») is her words',
    text: 'وعلقت الوزيرة في تغريدة على «ما يحدث في الجنوب» بالقول: «هذا عار».',
    quotes: [
      ['ما يحدث في الجنوب', 'partial', 'الوزيرة'],
      ['هذا عار', 'direct', 'الوزيرة'],
    ],
  },
];

describe('international-outlet rules (probes 14, 16, 18)', () => {
  runRows(intlRuleRows);
});

/** Rules that closed further gap rows of the probes (issue 3, second pass), each with a guard. */
const intlRuleRows2: readonly Row[] = [
  {
    what: 'a title through a body in construct after ب and its one-word name (الباحث بمعهد كارنيغي), then the name in apposition',
    text: [
      '«باريس لم تعد تملك أوراقا في الساحل»، يقول الباحث بمعهد كارنيغي، جان دوبوا.',
      'ويضيف دوبوا أن الانسحاب «كان متوقعا منذ عامين».',
    ].join('\n\n'),
    quotes: [
      ['باريس لم تعد تملك أوراقا في الساحل', 'direct', 'جان دوبوا'],
      ['كان متوقعا منذ عامين', 'partial', 'جان دوبوا'],
    ],
  },
  {
    what: 'a doctor at a hospital named by one word after بمستشفى, his name after the comma',
    text: 'وقال الطبيب بمستشفى ناصر، أحمد المصري، إن «غرف العمليات بلا كهرباء».',
    quotes: [['غرف العمليات بلا كهرباء', 'partial', 'أحمد المصري']],
  },
  {
    what: 'guard: a title and a name that opens with ب (المدرب بلال) is still the name before the comma',
    text: 'وقال المدرب بلال، الأحد، إن «الفريق جاهز للمباراة».',
    quotes: [['الفريق جاهز للمباراة', 'partial', 'بلال']],
  },
  {
    what: 'one of a group (إحدى منظمات الحملة), then a title and her name after the comma: the name speaks',
    text: 'وقالت إحدى منظمات الحملة، الناشطة سلمى العلي، إن الحملة «ستستمر حتى الإفراج عن المعتقلين».',
    quotes: [['ستستمر حتى الإفراج عن المعتقلين', 'partial', 'سلمى العلي']],
  },
  {
    what: 'one of the leaders (أحد قادة الفصائل), then a title and a kunya after the comma',
    text: 'وقال أحد قادة الفصائل، القيادي أبو محمد الشامي، للصحفيين: «لن ننسحب من المدينة».',
    quotes: [['لن ننسحب من المدينة', 'direct', 'أبو محمد الشامي']],
  },
  {
    what: 'guard: one of a group and a time between commas (أحد منظمي الاعتصام، أمس،) is no name',
    text: 'وقال أحد منظمي الاعتصام، أمس، إن التحرك «سيتواصل».',
    quotes: [['سيتواصل', 'partial', 'أحد منظمي الاعتصام']],
  },
  {
    what: 'a title with its field (المحلل في الشؤون العسكرية), then a compound first name (عبد الرحمن) and a surname, before إن',
    text: 'وقال المحلل في الشؤون العسكرية عبد الرحمن الشهري إن الهجوم «كان متوقعا».',
    quotes: [['كان متوقعا', 'partial', 'عبد الرحمن الشهري']],
  },
  {
    what: 'the same after أما … ف (أما الباحث في الشؤون الإيرانية نور الدين …): the verb with ف closes the name',
    text: 'أما الباحث في الشؤون الإيرانية نور الدين الموسوي فيرى أن طهران «لن تتنازل بسهولة».',
    quotes: [['لن تتنازل بسهولة', 'partial', 'نور الدين الموسوي']],
  },
  {
    what: 'guard: a one-word first name and a surname after the field still name him (محمد الكواري فيعتقد)',
    text: 'أما الخبير في الشؤون الخليجية محمد الكواري فيعتقد أن الدوحة «ستلعب دور الوسيط».',
    quotes: [['ستلعب دور الوسيط', 'partial', 'محمد الكواري']],
  },
  {
    what: "a hospital's director, the hospital named by a town of two words and its adjective (مستشفى كفر سعد المركزي), his name after the comma",
    text: 'وقال مدير مستشفى كفر سعد المركزي، الدكتور هاني علام، إن «الأسرة امتلأت منذ الفجر».',
    quotes: [['الأسرة امتلأت منذ الفجر', 'partial', 'هاني علام']],
  },
  {
    what: 'the same after the quote (، قال مدير مدرسة بيت حانون الثانوية، الأستاذ فلان،)',
    text: '«المياه لا تصل إلى نصف الأحياء»، قال مدير مدرسة بيت حانون الثانوية، الأستاذ سامر حمد، لوكالة الأناضول.',
    quotes: [['المياه لا تصل إلى نصف الأحياء', 'direct', 'سامر حمد']],
  },
  {
    what: 'guard: a first name and a surname shaped like an adjective (أحمد الزعبي) after the body, then a time, is his name',
    text: 'وقال مدير مكتب أوتشا أحمد الزعبي، الأحد، إن «القوافل توقفت».',
    quotes: [['القوافل توقفت', 'partial', 'أحمد الزعبي']],
  },
];

describe('international-outlet rules, second pass (probes 14-19)', () => {
  runRows(intlRuleRows2);
});

const intlRuleRows3: readonly Row[] = [
  {
    what: 'a counterpart (نظيره التونسي، فلان) holds the office of the titled man before him: الرئيس التونسي later is he',
    text: [
      'استقبل الرئيس المصري، حسن الشريف، أمس في القاهرة نظيره التونسي، منير الصغير، في زيارة رسمية تستمر يومين.',
      'وقال الرئيس التونسي في المؤتمر الصحفي: «بلدانا يواجهان التحديات نفسها».',
    ].join('\n\n'),
    quotes: [['بلدانا يواجهان التحديات نفسها', 'direct', 'منير الصغير']],
  },
  {
    what: 'the same with a construct office (وزير الدفاع السعودي … نظيره الفرنسي), then الوزير الفرنسي',
    text: [
      'التقى وزير الدفاع السعودي، فهد العتيبي، في الرياض نظيره الفرنسي، بيار مارتان، لبحث صفقة الطائرات.',
      'وأكد الوزير الفرنسي أن الصفقة «ستوقع قبل نهاية العام».',
    ].join('\n\n'),
    quotes: [['ستوقع قبل نهاية العام', 'partial', 'بيار مارتان']],
  },
  {
    what: 'guard: another office of the same country (وزير الداخلية الفرنسي) is not the counterpart',
    text: [
      'التقى وزير الدفاع السعودي، فهد العتيبي، في الرياض نظيره الفرنسي، بيار مارتان، لبحث صفقة الطائرات.',
      'وقال وزير الداخلية الفرنسي إن التعاون الأمني «يتوسع».',
    ].join('\n\n'),
    quotes: [['يتوسع', 'partial', 'وزير الداخلية الفرنسي']],
  },
  {
    what: 'a title with the country in the genitive (سفير اليابان، فلان) is the same as with its nisba (السفير الياباني)',
    text: [
      'وحضر سفير اليابان، كينجي تاناكا، حفل افتتاح المحطة.',
      'وقال السفير الياباني: «هذا المشروع ثمرة عشر سنوات من العمل المشترك».',
    ].join('\n\n'),
    quotes: [['هذا المشروع ثمرة عشر سنوات من العمل المشترك', 'direct', 'كينجي تاناكا']],
  },
  {
    what: 'the other way round: المندوبة الفرنسية, then مندوبة فرنسا',
    text: [
      'وقالت المندوبة الفرنسية، كلير دوبوا، إن القرار «خطوة أولى».',
      'وأضافت مندوبة فرنسا: «ننتظر التنفيذ على الأرض».',
    ].join('\n\n'),
    quotes: [
      ['خطوة أولى', 'partial', 'كلير دوبوا'],
      ['ننتظر التنفيذ على الأرض', 'direct', 'كلير دوبوا'],
    ],
  },
  {
    what: 'guard: another country (المندوب المصري) is not the delegate of Algeria',
    text: [
      'وقال مندوب الجزائر، عبد الحميد بلقاسم، إن «الحل سياسي».',
      'وقال المندوب المصري: «ندعم كل جهد للتهدئة».',
    ].join('\n\n'),
    quotes: [
      ['الحل سياسي', 'partial', 'عبد الحميد بلقاسم'],
      ['ندعم كل جهد للتهدئة', 'direct', 'المندوب المصري'],
    ],
  },
  {
    what: 'a freed man (المفرج عنه) is a role before his name: the name speaks, and his first name later is he',
    text: [
      'وقال المفرج عنه سامي الحلبي، بعد وصوله إلى المطار، إن «الأيام الأولى كانت الأصعب».',
      'وأضاف سامي: «لم أكن أعرف إن كانت عائلتي تعلم أنني حي».',
    ].join('\n\n'),
    quotes: [
      ['الأيام الأولى كانت الأصعب', 'partial', 'سامي الحلبي'],
      ['لم أكن أعرف إن كانت عائلتي تعلم أنني حي', 'direct', 'سامي الحلبي'],
    ],
  },
  {
    what: 'a freed woman after أما, the verb with ف (أما المفرج عنها فلانة فقالت)',
    text: 'أما المفرج عنها نادية كرم فقالت للصحفيين: «الحرية لا تقدر بثمن».',
    quotes: [['الحرية لا تقدر بثمن', 'direct', 'نادية كرم']],
  },
  {
    what: 'guard: عنه after another title is the verb’s (وتحدث المحامي عنه): no name is made of it',
    text: 'وتحدث المحامي عنه، وقال إن موكله «بريء».',
    quotes: [['بريء', 'partial', 'المحامي']],
  },
  {
    what: 'a second ل complement naming a region (لشمال أفريقيا) after the body’s, then the name after the comma',
    text: 'وقال المدير الإقليمي لليونيسف لشمال أفريقيا، كريم فارس، إن الأطفال «يدفعون الثمن الأكبر».',
    quotes: [['يدفعون الثمن الأكبر', 'partial', 'كريم فارس']],
  },
  {
    what: 'the same with a definite region (لجنوب السودان) and the surname later',
    text: [
      'وقالت ممثلة المفوضية لجنوب السودان، ماريا لوبيز، إن «آلاف الأسر عبرت الحدود».',
      'وأضافت لوبيز: «المخيمات امتلأت».',
    ].join('\n\n'),
    quotes: [
      ['آلاف الأسر عبرت الحدود', 'partial', 'ماريا لوبيز'],
      ['المخيمات امتلأت', 'direct', 'ماريا لوبيز'],
    ],
  },
  {
    what: 'guard: a first name with ل after the body’s complement (لطفي) still opens the name',
    text: 'وقال المدير الإقليمي للمنظمة لطفي الشمالي إن «التمويل تراجع».',
    quotes: [['التمويل تراجع', 'partial', 'لطفي الشمالي']],
  },
  {
    what: 'إن spelt as the letter N in a channel’s name (بي إن سبورتس) inside a title, then the name after the comma',
    text: 'وقال المعلق في شبكة بي إن سبورتس، عصام الشوالي، إن المباراة «كانت درسا في التكتيك».',
    quotes: [['كانت درسا في التكتيك', 'partial', 'عصام الشوالي']],
  },
  {
    what: 'the letters of سي إن إن are the channel’s name; the third إن opens what it said',
    text: 'وقالت شبكة سي إن إن إن الاجتماع «انتهى دون اتفاق».',
    quotes: [['انتهى دون اتفاق', 'partial', 'شبكة سي إن إن']],
  },
  {
    what: 'guard: إن after the letters of بي بي سي and before a definite noun is the complementiser',
    text: 'وذكرت قناة بي بي سي إن الحكومة «ستعلن خطة جديدة».',
    quotes: [['ستعلن خطة جديدة', 'partial', 'قناة بي بي سي']],
  },
  {
    what: 'a channel’s studio (في استوديو دبي سبورتس) is the body a pundit’s title sits in: the name after the comma speaks',
    text: 'وقال المحلل في استوديو دبي سبورتس، خالد بيومي، إن الحكم «أخطأ في تقدير اللعبة».',
    quotes: [['أخطأ في تقدير اللعبة', 'partial', 'خالد بيومي']],
  },
  {
    what: 'the same with a channel of three plain words (استوديو سكاي سبورتس عربية)',
    text: 'ويرى الخبير في استوديو سكاي سبورتس عربية، نادر السيد، أن الفريق «فقد هويته».',
    quotes: [['فقد هويته', 'partial', 'نادر السيد']],
  },
  {
    what: 'guard: a studio’s head with the article and no name after it (وأعلن الاستوديو) stays the speaker',
    text: 'وقال الاستوديو في بيان إن الفيلم «سيعرض في الصيف».',
    quotes: [['سيعرض في الصيف', 'partial', 'الاستوديو']],
  },
  {
    what: 'a first name, then ، وهو and an indefinite trade (صاحب محل خضار): the name speaks, the trade describes him',
    text: 'وقال سامي، وهو صاحب محل خضار منذ عشرين عاماً، إن الأسعار «تضاعفت في شهر واحد».',
    quotes: [['تضاعفت في شهر واحد', 'partial', 'سامي']],
  },
  {
    what: 'the same for a woman (، وهي معلمة لغة فرنسية منذ …،) before لـ and the channel',
    text: 'وتقول مريم، وهي معلمة لغة فرنسية منذ 15 عاماً، لسكاي نيوز عربية: «الرواتب لم تعد تكفي».',
    quotes: [['الرواتب لم تعد تكفي', 'direct', 'مريم']],
  },
  {
    what: 'guard: ، وهو and a definite title with a name (وهو وزير الخارجية فلان) still names him',
    text: 'وقال الضيف، وهو وزير الخارجية الأسبق عمرو حلمي، إن «الحل سياسي».',
    quotes: [['الحل سياسي', 'partial', 'عمرو حلمي']],
  },
  {
    what: 'a body named in full only in a person’s title after في (الباحث في المركز الوطني للأرصاد، فلان،), then by its head',
    text: [
      'وقال الباحث في المركز الوطني للأرصاد، سالم الهاشمي، إن العاصفة «ستبلغ ذروتها مساء الخميس».',
      'وحذر المركز من «رياح قوية تصل سرعتها إلى 70 كيلومتراً في الساعة».',
    ].join('\n\n'),
    quotes: [
      ['ستبلغ ذروتها مساء الخميس', 'partial', 'سالم الهاشمي'],
      ['رياح قوية تصل سرعتها إلى 70 كيلومتراً في الساعة', 'partial', 'المركز الوطني للأرصاد'],
    ],
  },
  {
    what: 'the same for a union in a woman’s title (العضوة في النقابة العامة للمعلمين), then النقابة',
    text: [
      'وقالت العضوة في النقابة العامة للمعلمين، هدى سالم، إن الإضراب «سيستمر».',
      'وطالبت النقابة الحكومة بـ«صرف المستحقات المتأخرة فوراً».',
    ].join('\n\n'),
    quotes: [
      ['سيستمر', 'partial', 'هدى سالم'],
      ['صرف المستحقات المتأخرة فوراً', 'partial', 'النقابة العامة للمعلمين'],
    ],
  },
  {
    what: 'guard: the head alone in a title (يعمل في الهيئة) learns no new body: الهيئة later is the one named before',
    text: [
      'أعلنت هيئة الدواء المصرية سحب دواء للسعال من الصيدليات.',
      'وقال صيدلي يعمل في الهيئة سابقاً، سامح عادل، إن الطلب «تراجع».',
      'وأكدت الهيئة أن القرار «احترازي».',
    ].join('\n\n'),
    quotes: [
      ['تراجع', 'partial', 'سامح عادل'],
      ['احترازي', 'partial', 'هيئة الدواء المصرية'],
    ],
  },
  {
    what: 'a second office in the same body with و and its pronoun (رئيسة الجمعية ومديرتها التنفيذية، فلانة،): the name after the comma speaks',
    text: 'وقالت رئيسة الجمعية ومديرتها التنفيذية، هالة يوسف، إن التبرعات «تراجعت إلى النصف».',
    quotes: [['تراجعت إلى النصف', 'partial', 'هالة يوسف']],
  },
  {
    what: 'the same with no name: the two offices are one speaker’s title, not a name',
    text: 'وأكدت رئيسة الجمعية ومديرتها التنفيذية في بيان أن التبرعات «تراجعت».',
    quotes: [['تراجعت', 'partial', 'رئيسة الجمعية ومديرتها التنفيذية']],
  },
  {
    what: 'مؤسسة before what a person founds (مؤسسة المنصة، فلانة،) is the founder: her name after the comma speaks',
    text: 'وقالت مؤسسة المنصة، لينا حداد، إن التطبيق «تجاوز مليون مستخدم».',
    quotes: [['تجاوز مليون مستخدم', 'partial', 'لينا حداد']],
  },
  {
    what: 'the same with the name right after (مؤسسة المبادرة فلانة), then her surname',
    text: [
      'وقالت مؤسسة المبادرة سلمى الراشد إن المتطوعين «وزعوا ألفي سلة غذائية».',
      'وأضافت الراشد: «نحتاج إلى مزيد من الدعم».',
    ].join('\n\n'),
    quotes: [
      ['وزعوا ألفي سلة غذائية', 'partial', 'سلمى الراشد'],
      ['نحتاج إلى مزيد من الدعم', 'direct', 'سلمى الراشد'],
    ],
  },
  {
    what: 'guard: an institution named after مؤسسة (مؤسسة الإذاعة والتلفزيون) stays a body',
    text: 'وقالت مؤسسة الإذاعة والتلفزيون في بيان إن البث «سيستأنف مساء اليوم».',
    quotes: [['سيستأنف مساء اليوم', 'partial', 'مؤسسة الإذاعة والتلفزيون']],
  },
  {
    what: 'عالم before a science (عالم الفلك) is a scientist: the name after the comma speaks',
    text: 'وقال عالم الفلك، سامي الحسن، إن الكسوف «سيرى بوضوح في المدن الساحلية».',
    quotes: [['سيرى بوضوح في المدن الساحلية', 'partial', 'سامي الحسن']],
  },
  {
    what: 'the same with a place after في (عالم الآثار في جامعة …، فلان،) and his surname later',
    text: [
      'وقال عالم الآثار في جامعة عين شمس، حسين عبد البصير، إن المقبرة «لم تفتح منذ ثلاثة آلاف عام».',
      'وأضاف عبد البصير: «النقوش في حالة ممتازة».',
    ].join('\n\n'),
    quotes: [
      ['لم تفتح منذ ثلاثة آلاف عام', 'partial', 'حسين عبد البصير'],
      ['النقوش في حالة ممتازة', 'direct', 'حسين عبد البصير'],
    ],
  },
  {
    what: 'guard: عالم before a field that is no science (عالم كرة القدم) is the world of it, no speaker',
    text: 'وقال مدرب الفريق، سامي الطرابلسي، إن عالم كرة القدم «لا يرحم أحدا».',
    quotes: [['لا يرحم أحدا', 'partial', 'سامي الطرابلسي']],
  },
];

describe('international-outlet rules, third pass (probes 20 and 22)', () => {
  runRows(intlRuleRows3);
});
