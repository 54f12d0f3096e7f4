/**
 * Foreign names in transliteration (issue 3): firms, bodies and people written in plain Arabic letters,
 * where the reader tells the firm's name from the person's and a foreign first name from a word of the
 * title by the lexicon and the shape of the words:
 * - after a title's في or لدى, a foreign firm's plain name (كابيتال إيكونوميكس, جي بي مورغان) is the
 *   title's complement, read whole when the lexicon holds it, else up to a given name with more of a name
 *   after it; the officer's name starts there;
 * - a trade's title with the article right after a whole name, before في, لدى or a body with ب (فلان
 *   الفلاني المحلل في …), is in apposition: the name ends before it;
 * - a first name written with a hamza on its alef (ألكسيس, إلياس) after a title is no article: the name
 *   starts there;
 * - a given name that begins with ب (بيتر, بيير) after a title's definite word is the name, not ب and a
 *   place;
 * - an adjective of origin alone (الياباني, الأمريكي) or with its half (الكوري الجنوبي) before plain
 *   words describes the person named after it.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a place after في, a family name of a trade's shape before في بيان, ألعاب القوى, a
 * place with ب).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const firmRows: readonly Row[] = [
  {
    what: 'an analyst لدى جي بي مورغان and his name before إن: the bank’s three words are the title’s',
    text: 'وقال المحلل لدى جي بي مورغان ديفيد مارتن إن أسعار النفط "لن تتعافى قبل نهاية العام".',
    quotes: [['لن تتعافى قبل نهاية العام', 'partial', 'ديفيد مارتن']],
  },
  {
    what: 'a researcher في هيومن رايتس ووتش with a name the lists do not hold: the body’s name from the lexicon ends first',
    text: 'وقالت الباحثة في هيومن رايتس ووتش بلقيس ويلي إن المدنيين "يدفعون الثمن الأكبر في هذه الحرب".',
    quotes: [['يدفعون الثمن الأكبر في هذه الحرب', 'partial', 'بلقيس ويلي']],
  },
  {
    what: 'an economist في ستاندرد تشارترد, a colon after his name (international outlet)',
    text: 'وقال الخبير الاقتصادي في ستاندرد تشارترد مارك موبيوس: "الأسواق الناشئة تمر بمرحلة صعبة".',
    quotes: [['الأسواق الناشئة تمر بمرحلة صعبة', 'direct', 'مارك موبيوس']],
  },
  {
    what: 'a firm the lexicon does not hold (لدى أرقام كابيتال), then a given name and a family name: the plain words are the firm’s (Saudi business page)',
    text: 'وقال المحلل لدى أرقام كابيتال محمد الشمري إن أرباح البنوك "جاءت أفضل من التوقعات".',
    quotes: [['جاءت أفضل من التوقعات', 'partial', 'محمد الشمري']],
  },
  {
    what: 'an analyst في مورغان ستانلي, then the family name alone in the next paragraph',
    text: [
      'وقال محلل النفط في مورغان ستانلي آدم لونغسون إن الطلب "أضعف مما كان متوقعا".',
      'وأضاف لونغسون: "المخزونات الأمريكية ما زالت مرتفعة".',
    ].join('\n\n'),
    quotes: [
      ['أضعف مما كان متوقعا', 'partial', 'آدم لونغسون'],
      ['المخزونات الأمريكية ما زالت مرتفعة', 'direct', 'آدم لونغسون'],
    ],
  },
  {
    what: 'guard: a city after في, then a given name: the name starts right after the city',
    text: 'وقال المحلل في دبي إبراهيم خياط إن السوق "ما زالت متماسكة".',
    quotes: [['ما زالت متماسكة', 'partial', 'إبراهيم خياط']],
  },
  {
    what: 'guard: a field with the article after في, then the name',
    text: 'وقال الباحث في شؤون الخليج سامي الفرج إن طهران "تصعد في المنطقة".',
    quotes: [['تصعد في المنطقة', 'partial', 'سامي الفرج']],
  },
];

describe('name rules 6: a foreign firm’s plain name after a title’s في or لدى', () => {
  runRows(firmRows);
});

const tradeRows: readonly Row[] = [
  {
    what: 'a name, then المحلل في and a bank, no comma, before a colon',
    text: 'وقال كارستن فريتش المحلل في كومرتس بنك: "التخمة ستستمر حتى منتصف العام المقبل".',
    quotes: [['التخمة ستستمر حتى منتصف العام المقبل', 'direct', 'كارستن فريتش']],
  },
  {
    what: 'a woman’s name, then المحللة في بنك before إن',
    text: 'وقالت إيرين زاو المحللة في بنك نومورا إن الطلب الآسيوي "يتراجع بوتيرة أسرع".',
    quotes: [['يتراجع بوتيرة أسرع', 'partial', 'إيرين زاو']],
  },
  {
    what: 'a Saudi name, then الخبير في الشؤون and the field',
    text: 'وقال محمد العلي الخبير في الشؤون الأمنية إن الهجوم "كان مدبرا منذ أشهر".',
    quotes: [['كان مدبرا منذ أشهر', 'partial', 'محمد العلي']],
  },
  {
    what: 'a name, then المحلل بشركة and the firm',
    text: 'وقال توماس بوغ المحلل بشركة ميرابو إن الأرباح "تراجعت بأكثر من المتوقع".',
    quotes: [['تراجعت بأكثر من المتوقع', 'partial', 'توماس بوغ']],
  },
  {
    what: 'guard: a family name of a trade’s shape before في تصريح: the whole name speaks',
    text: 'وقال عبدالله الخبير في تصريح صحفي إن المشروع "سينتهي قبل موعده".',
    quotes: [['سينتهي قبل موعده', 'partial', 'عبدالله الخبير']],
  },
  {
    what: 'guard: a family name of a trade’s shape before في حديثه',
    text: 'وقال سعيد الباحث في حديثه للقناة إن المشروع "متأخر عن جدوله".',
    quotes: [['متأخر عن جدوله', 'partial', 'سعيد الباحث']],
  },
];

describe('name rules 6: a trade’s title after a whole name, before the body it serves', () => {
  runRows(tradeRows);
});

const firstNameRows: readonly Row[] = [
  {
    what: 'a prime minister with a first name written with a hamza on its alef (ألكسيس)',
    text: 'وقال رئيس الوزراء اليوناني ألكسيس تسيبراس إن الاتفاق "مؤلم لكنه ضروري".',
    quotes: [['مؤلم لكنه ضروري', 'partial', 'ألكسيس تسيبراس']],
  },
  {
    what: 'a club’s coach, ألفارو and his family name, before إن (Saudi sport page)',
    text: 'وقال مدرب الفريق ألفارو أربيلوا إن اللاعبين "قدموا كل ما لديهم في الشوط الثاني".',
    quotes: [['قدموا كل ما لديهم في الشوط الثاني', 'partial', 'ألفارو أربيلوا']],
  },
  {
    what: 'a commission’s chairman with a three-word African name opening with ألفا',
    text: 'وقال رئيس المفوضية ألفا عمر كوناري إن القارة "تحتاج إلى حلول أفريقية".',
    quotes: [['تحتاج إلى حلول أفريقية', 'partial', 'ألفا عمر كوناري']],
  },
  {
    what: 'a government spokesman with a first name in ب (بيتر) and a three-word name, then the family name alone',
    text: [
      'وقال المتحدث باسم الحكومة بيتر لام بوث إن الاتفاق "خطوة أولى نحو السلام".',
      'وأضاف بوث: "ننتظر التزام الطرف الآخر".',
    ].join('\n\n'),
    quotes: [
      ['خطوة أولى نحو السلام', 'partial', 'بيتر لام بوث'],
      ['ننتظر التزام الطرف الآخر', 'direct', 'بيتر لام بوث'],
    ],
  },
  {
    what: 'a foreign minister with a first name in ب (بيير) and a three-word Italian name',
    text: 'وقال وزير الخارجية بيير كارلو بادوان إن روما "تدعم الاتفاق دون تحفظ".',
    quotes: [['تدعم الاتفاق دون تحفظ', 'partial', 'بيير كارلو بادوان']],
  },
  {
    what: 'a ministry spokesman named بيتر with two more words, to a colon',
    text: 'وقال المتحدث باسم وزارة الدفاع بيتر أوكيلو أودونغ: "قواتنا انسحبت من المدينة".',
    quotes: [['قواتنا انسحبت من المدينة', 'direct', 'بيتر أوكيلو أودونغ']],
  },
  {
    what: 'guard: ألعاب before its definite genitive is the body’s, not a name',
    text: 'وقال رئيس اتحاد ألعاب القوى سعد العسيري إن المنتخب "جاهز للبطولة".',
    quotes: [['جاهز للبطولة', 'partial', 'سعد العسيري']],
  },
  {
    what: 'guard: a city with ب after a title’s adjective, then the ambassador’s name',
    text: 'وقال السفير السعودي ببيروت علي عواض عسيري إن المملكة "تقف مع لبنان".',
    quotes: [['تقف مع لبنان', 'partial', 'علي عواض عسيري']],
  },
];

describe('name rules 6: a foreign first name after a title (ألكسيس, بيتر)', () => {
  runRows(firstNameRows);
});

const originRows: readonly Row[] = [
  {
    what: 'a player described by his country alone (الإيفواري) before a name the lists do not hold',
    text: 'وقال الإيفواري يايا توريه: "مانشستر سيتي بيتي الثاني".',
    quotes: [['مانشستر سيتي بيتي الثاني', 'direct', 'يايا توريه']],
  },
  {
    what: 'a Japanese player before إن',
    text: 'وقال الياباني كيسوكي هوندا إن فريقه "لم يستحق الخسارة".',
    quotes: [['لم يستحق الخسارة', 'partial', 'كيسوكي هوندا']],
  },
  {
    what: 'a statesman described by his country (الأمريكي) before his name',
    text: 'وقال الأمريكي جون كيري إن المحادثات "كانت بناءة".',
    quotes: [['كانت بناءة', 'partial', 'جون كيري']],
  },
  {
    what: 'a Korean player described by his country with its half (الكوري الجنوبي) and a three-word name',
    text: 'وقال الكوري الجنوبي كي سونغ يونغ إن الفريق "يستحق الفوز".',
    quotes: [['يستحق الفوز', 'partial', 'كي سونغ يونغ']],
  },
  {
    what: 'guard: a country’s name of a nisba’s shape with أمس after it speaks itself',
    text: 'وقالت السعودية أمس إن القرار "خاطئ ومرفوض".',
    quotes: [['خاطئ ومرفوض', 'partial', 'السعودية']],
  },
  {
    what: 'guard: a family name of a nisba’s shape before في بيان',
    text: 'وقال المصري في بيان إن الفريق "سيعود أقوى".',
    quotes: [['سيعود أقوى', 'partial', 'المصري']],
  },
];

describe('name rules 6: an adjective of origin before a foreign name', () => {
  runRows(originRows);
});

const syllableRows: readonly Row[] = [
  {
    what: 'a Chinese premier opening with لي right after the cue, his title in apposition after the name',
    text: 'وقال لي كه تشيانغ رئيس مجلس الدولة الصيني إن الاقتصاد "سيحقق نموا مستقرا هذا العام".',
    quotes: [['سيحقق نموا مستقرا هذا العام', 'partial', 'لي كه تشيانغ']],
  },
  {
    what: 'a ministry spokesman whose family name spells "if" (لو كانغ) after his title',
    text: 'وقال المتحدث باسم الخارجية الصينية لو كانغ إن بكين "تحترم سيادة الدول".',
    quotes: [['تحترم سيادة الدول', 'partial', 'لو كانغ']],
  },
  {
    what: 'a Korean president with كون in the middle of her name (Saudi paper’s world page)',
    text: 'وقالت رئيسة كوريا الجنوبية بارك كون هيه إن سيول "لن تتسامح مع الاستفزازات".',
    quotes: [['لن تتسامح مع الاستفزازات', 'partial', 'بارك كون هيه']],
  },
  {
    what: 'a company spokesman, تشانغ لي, then his title between commas',
    text: 'وقال تشانغ لي، المتحدث باسم الشركة، إن الإنتاج "سيرتفع في الربع المقبل".',
    quotes: [['سيرتفع في الربع المقبل', 'partial', 'تشانغ لي']],
  },
  {
    what: 'guard: لي after the cue is the hearer before an unnamed official',
    text: 'وقال لي أحد المسؤولين إن الوضع "تحت السيطرة".',
    quotes: [['تحت السيطرة', 'partial', 'أحد المسؤولين']],
  },
  {
    what: 'guard: لي after the cue is the hearer before an informed source',
    text: 'وقال لي مصدر مطلع إن الاتفاق "بات وشيكا".',
    quotes: [['بات وشيكا', 'partial', 'مصدر مطلع']],
  },
];

describe('name rules 6: a foreign name’s syllable that spells a function word (لي, لو, كون)', () => {
  runRows(syllableRows);
});

const bodyFirmRows: readonly Row[] = [
  {
    what: 'an executive director of a body behind ل whose foreign name has three plain words (لمنظمة هيومن رايتس ووتش)',
    text: 'وقال المدير التنفيذي لمنظمة هيومن رايتس ووتش كينيث روث: "الصمت على هذه الانتهاكات تواطؤ".',
    quotes: [['الصمت على هذه الانتهاكات تواطؤ', 'direct', 'كينيث روث']],
  },
  {
    what: 'a regional director of أطباء بلا حدود, a name of three words with a function word in it',
    text: 'وقال المدير الإقليمي لمنظمة أطباء بلا حدود ميغيل أنخيل إن المستشفيات "تتعرض للقصف بشكل متكرر".',
    quotes: [['تتعرض للقصف بشكل متكرر', 'partial', 'ميغيل أنخيل']],
  },
  {
    what: 'a chief economist في a bank whose name ends in بنك, then a three-word name',
    text: 'وقال كبير الاقتصاديين في دويتشه بنك ديفيد فولكرتس لانداو إن النمو "أضعف من المتوقع".',
    quotes: [['أضعف من المتوقع', 'partial', 'ديفيد فولكرتس لانداو']],
  },
  {
    what: 'guard: a university named for a king, then an honorific and the name',
    text: 'وقال الأستاذ في جامعة الملك سعود الدكتور محمد القحطاني إن الدراسة "مهمة للقطاع".',
    quotes: [['مهمة للقطاع', 'partial', 'محمد القحطاني']],
  },
  {
    what: 'guard: a Saudi bank with a definite name, then the manager’s name',
    text: 'وقال المدير في بنك الرياض طارق السدحان إن القروض "ارتفعت هذا العام".',
    quotes: [['ارتفعت هذا العام', 'partial', 'طارق السدحان']],
  },
];

describe('name rules 6: a foreign body’s plain name after its head, then the officer’s name', () => {
  runRows(bodyFirmRows);
});
