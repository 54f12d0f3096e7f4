import type { Row } from './rows.js';

/**
 * Every convention of quote marks that Arabic newsrooms produce, each in a sentence of its own.
 * The sentences are written here in news style; the expectations come from reading them.
 */
export const scanRows: readonly Row[] = [
  {
    what: 'guillemets «…»',
    text: 'وقال وزير الصحة خالد المنصوري: «سنفتح ثلاثة مستشفيات جديدة قبل نهاية العام».',
    quotes: [['سنفتح ثلاثة مستشفيات جديدة قبل نهاية العام', 'direct', 'خالد المنصوري']],
  },
  {
    what: 'straight quotes "…"',
    text: 'وقالت المتحدثة باسم البلدية ريم الشامي: "أعمال الصيانة ستنتهي الأسبوع المقبل".',
    quotes: [['أعمال الصيانة ستنتهي الأسبوع المقبل', 'direct', 'ريم الشامي']],
  },
  {
    what: 'curly quotes in LTR orientation “…”',
    text: 'وقال رئيس الاتحاد عمر الدباغ: “المباراة ستقام في موعدها”.',
    quotes: [['المباراة ستقام في موعدها', 'direct', 'عمر الدباغ']],
  },
  {
    what: 'curly quotes in Arabic (CLDR) orientation ”…“',
    text: 'وأكد المدير التنفيذي للشركة نبيل حداد: ”لن نسرح أي موظف هذا العام“.',
    quotes: [['لن نسرح أي موظف هذا العام', 'direct', 'نبيل حداد']],
  },
  {
    what: 'guillemets typed visually »…«',
    text: 'وقال محافظ المدينة سليم العطار: »الطرق ستفتح صباح الغد«.',
    quotes: [['الطرق ستفتح صباح الغد', 'direct', 'سليم العطار']],
  },
  {
    what: 'low-high quotes „…“',
    text: 'وصرح السفير مازن القاسم: „العلاقات بين البلدين في أفضل حالاتها“.',
    quotes: [['العلاقات بين البلدين في أفضل حالاتها', 'direct', 'مازن القاسم']],
  },
  {
    what: 'single angle quotes ‹…›',
    text: 'وقال المدرب هشام بركات: ‹اللاعبون قدموا كل ما لديهم›.',
    quotes: [['اللاعبون قدموا كل ما لديهم', 'direct', 'هشام بركات']],
  },
  {
    what: 'single curly quotes ’…‘ nested in «…» around a term',
    text: 'وقال النائب فادي الخوري: «لن نصوت على ما يسمى ’قانون الطوارئ‘ بصيغته الحالية».',
    quotes: [
      ['لن نصوت على ما يسمى ’قانون الطوارئ‘ بصيغته الحالية', 'direct', 'فادي الخوري'],
      ['قانون الطوارئ', 'mention', null],
    ],
  },
  {
    what: 'straight quotes nested in «…» around a slogan',
    text: 'وقالت الناشطة سلمى العبيدي: «حملة "لا للعنف" وصلت إلى كل المدارس».',
    quotes: [
      ['حملة "لا للعنف" وصلت إلى كل المدارس', 'direct', 'سلمى العبيدي'],
      ['لا للعنف', 'mention', null],
    ],
  },
  {
    what: 'three mark styles in one text',
    text: 'وقال الوزير طارق السالم: «الميزانية جاهزة». وأضاف: "سنعرضها على البرلمان يوم الأحد". وتابع: ”لا تأجيل بعد اليوم“.',
    quotes: [
      ['الميزانية جاهزة', 'direct', 'طارق السالم'],
      ['سنعرضها على البرلمان يوم الأحد', 'direct', 'طارق السالم'],
      ['لا تأجيل بعد اليوم', 'direct', 'طارق السالم'],
    ],
  },
  {
    what: 'a quote opened in one paragraph and closed in the next, with no reopening mark',
    text: 'وقال رئيس البلدية ياسر النعيمي: «لقد عملنا طوال الصيف على إصلاح الشبكة.\n\nوالآن نستطيع القول إن المياه ستصل إلى كل بيت». وأشار إلى أن العمل سيستمر.',
    quotes: [
      [
        'لقد عملنا طوال الصيف على إصلاح الشبكة.\n\nوالآن نستطيع القول إن المياه ستصل إلى كل بيت',
        'direct',
        'ياسر النعيمي',
      ],
    ],
  },
  {
    what: 'straight quotes glued to the letters on both sides',
    text: 'قال الناطق باسم الشرطة وائل العمري"لا إصابات بين المدنيين"وأضاف أن "التحقيق مستمر".',
    quotes: [
      ['لا إصابات بين المدنيين', 'direct', 'وائل العمري'],
      ['التحقيق مستمر', 'partial', 'وائل العمري'],
    ],
  },
  {
    what: 'a straight pair nested in a straight quote: spaced before, glued to the word after',
    text: 'وقال المسؤول إن "الصفقة تشمل صواريخ من طراز "ستورم" بعيدة المدى" وفق الوكالة.',
    quotes: [
      ['الصفقة تشمل صواريخ من طراز "ستورم" بعيدة المدى', 'partial', 'المسؤول'],
      ['ستورم', 'mention', null],
    ],
  },
  {
    what: 'a straight closer with a stray space before it, glued to the next word, closes when the sentence ends first',
    text: 'وقال الوزير "لا نقبل بهذا القرار "ثم غادر القاعة. وقال النائب "سنصوت ضده".',
    quotes: [
      ['لا نقبل بهذا القرار ', 'direct', 'الوزير'],
      ['سنصوت ضده', 'direct', 'النائب'],
    ],
  },
  {
    what: 'a straight closer with a stray space before it and a comma after it does not nest',
    text: 'وقال الوزير: "لن نتراجع "، مضيفا أن الحكومة "ماضية في خطتها".',
    quotes: [
      ['لن نتراجع ', 'direct', 'الوزير'],
      ['ماضية في خطتها', 'partial', 'الوزير'],
    ],
  },
  {
    what: 'two straight pairs in one indirect sentence: the roles alternate',
    text: 'وقال وزير النقل رائد الحمد إن "المرحلة الأولى" انتهت وإن "الثانية ستبدأ في أيار".',
    quotes: [
      ['المرحلة الأولى', 'partial', 'رائد الحمد'],
      ['الثانية ستبدأ في أيار', 'partial', 'رائد الحمد'],
    ],
  },
  {
    what: 'RLM (U+200F) inside the marks stays in the text',
    text: 'وقال رئيس الوفد سامر النجار: «\u200fالاتفاق سيوقع غدا\u200f».',
    quotes: [['\u200fالاتفاق سيوقع غدا\u200f', 'direct', 'سامر النجار']],
  },
  {
    what: 'ALM (U+061C) between the colon and a straight quote, and after it',
    text: 'وقالت الوزيرة هالة الزين:\u061C"سنرفع الأجور"\u061C، وأضافت أن "القرار نهائي".',
    quotes: [
      ['سنرفع الأجور', 'direct', 'هالة الزين'],
      ['القرار نهائي', 'partial', 'هالة الزين'],
    ],
  },
  {
    what: 'RLM between a straight quote and the words it encloses',
    text: 'وقال المتحدث باسم الجامعة منصور العلي: "\u200fالتسجيل يبدأ الأحد\u200f"، وأضاف أن "الأماكن محدودة".',
    quotes: [
      ['\u200fالتسجيل يبدأ الأحد\u200f', 'direct', 'منصور العلي'],
      ['الأماكن محدودة', 'partial', 'منصور العلي'],
    ],
  },
];
