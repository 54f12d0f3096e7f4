/**
 * Where a body's name ends (issue 3). A body that gathers other bodies names them after ل in the plural
 * (الاتحاد الدولي لجمعيات الصليب الأحمر والهلال الأحمر): the genitive and its adjectives are the name's,
 * not the object's head after the body's adjective. A body's name in a title goes on through a second
 * field with و in construct with a definite word (الرئاسة العامة للأرصاد وحماية البيئة), after its
 * first field behind ل: no name opens with و, so the name of the title's holder comes after it. A part
 * of a body named by an indefinite head and its genitive (إدارة الشؤون الصحية) goes on through ب and
 * the body it belongs to with its adjective (بالحرس الوطني), unless the verb governs ب or the ب word is
 * a verbal noun (a demand). A body's indefinite head takes one definite genitive (وزارة العمل): a plain
 * word and a definite word after it are the verb's object (شددت وزارة العمل ضوابط الاستقدام), unless a
 * royal or religious title names the body for a person (مستشفى الملك فيصل). A body that takes the floor
 * before its verb (يذكر أن منظمة … حذرت) is its subject: a span of time and its qualifier after the verb
 * (الشهر الماضي) says when, never who; the verb closes the body's name, so no object is cut from it; and
 * its short name in brackets may stand between the name and the verb (… (يونيسف) أكدت). A seat's party
 * may end in a definite adjective that is also a title (حزب … المعارض، الحزب الحاكم،): before the comma,
 * after a definite word, it is the party's, and the name in apposition after the comma is the holder's.
 * A dropped subject (وقال) takes the newcomer the sentence before brought in: after an adverbial of place
 * (وأمام صراف آلي …، وقف فلان) the place is where, not who; a verb whose root opens with و (وقف, وصل,
 * وضع) keeps its و, which is no conjunction on a verb of three letters. A name right after a verb of
 * warning and right before what is warned of (تحذر فلانة من أن, من «…»), perhaps after the body it is
 * from (من منظمة … (يونيسف) من أن), is who warns, not the verb's object. A guard (خفر السواحل, حرس
 * الحدود, الحرس الوطني) is a body's head: its adjective of origin stays in its name, and its head alone
 * later calls the full name back.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row
 * keeps the opposite case (a name that opens with و after a body with no field, companies a government
 * spoke to).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const federationRows: readonly Row[] = [
  {
    what: 'a world league of Red Crescent societies (الرابطة العالمية لجمعيات الهلال الأحمر) with أكدت … في تقرير أن',
    text: 'وأكدت الرابطة العالمية لجمعيات الهلال الأحمر في تقرير أن النازحين «يواجهون شتاء قاسيا بلا وقود».',
    quotes: [['يواجهون شتاء قاسيا بلا وقود', 'partial', 'الرابطة العالمية لجمعيات الهلال الأحمر']],
  },
  {
    what: 'an Arab union of volleyball federations (الاتحاد العربي لاتحادات الكرة الطائرة) with وكان … قد أعلن أن',
    text: 'وكان الاتحاد العربي لاتحادات الكرة الطائرة قد أعلن أن البطولة «ستقام في موعدها رغم الظروف».',
    quotes: [['ستقام في موعدها رغم الظروف', 'partial', 'الاتحاد العربي لاتحادات الكرة الطائرة']],
  },
  {
    what: 'an international league of seafarers’ unions (الرابطة الدولية لنقابات النقل البحري) with وكانت … قد أكدت أن',
    text: 'وكانت الرابطة الدولية لنقابات النقل البحري قد أكدت أن البحارة «عالقون على السفن منذ أشهر».',
    quotes: [['عالقون على السفن منذ أشهر', 'partial', 'الرابطة الدولية لنقابات النقل البحري']],
  },
  {
    what: 'a council of medical relief bodies (المجلس الدولي لمنظمات الإغاثة الطبية) with وكان … قد حذر من أن',
    text: 'وكان المجلس الدولي لمنظمات الإغاثة الطبية قد حذر من أن المستشفيات «تعمل بنصف طاقتها».',
    quotes: [['تعمل بنصف طاقتها', 'partial', 'المجلس الدولي لمنظمات الإغاثة الطبية']],
  },
  {
    what: 'guard: a government (no body that gathers others) and companies after ل, whom it spoke to (لشركات الطاقة الكبرى)',
    text: 'وقالت الحكومة الفرنسية لشركات الطاقة الكبرى إن الأسعار «يجب أن تنخفض فورا».',
    quotes: [['يجب أن تنخفض فورا', 'partial', 'الحكومة الفرنسية']],
  },
];

const fieldRows: readonly Row[] = [
  {
    what: 'a passports spokesman whose directorate has a second field (للجوازات وشؤون الوافدين) before his rank and name, with أوضح … أن',
    text: 'وأوضح المتحدث الرسمي باسم المديرية العامة للجوازات وشؤون الوافدين العقيد سالم بن محمد القحطاني أن المنافذ «جاهزة لاستقبال الحجاج».',
    quotes: [['جاهزة لاستقبال الحجاج', 'partial', 'سالم بن محمد القحطاني']],
  },
  {
    what: 'a programmes director at an anti-corruption body (لمكافحة الفساد وحماية النزاهة) and her name, with قالت … إن',
    text: 'وقالت مديرة البرامج في الهيئة الوطنية لمكافحة الفساد وحماية النزاهة سلوى بنت عبدالله الدوسري إن البلاغات «تضاعفت هذا العام».',
    quotes: [['تضاعفت هذا العام', 'partial', 'سلوى بنت عبدالله الدوسري']],
  },
  {
    what: 'the director general of a weather centre (للأرصاد ومراقبة الطقس), then الدكتور and his name, with قال … إن',
    text: 'وقال المدير العام للمركز الوطني للأرصاد ومراقبة الطقس الدكتور أيمن بن سالم غلام إن الحرارة «ستتجاوز 48 درجة في المنطقة الشرقية».',
    quotes: [['ستتجاوز 48 درجة في المنطقة الشرقية', 'partial', 'أيمن بن سالم غلام']],
  },
  {
    what: 'guard: a name that opens with و right after a ministry with no field (وزارة الصحة وضاح الحمادي)',
    text: 'وقال المتحدث باسم وزارة الصحة وضاح الحمادي إن المستشفيات «استقبلت 40 مصابا خلال ساعات».',
    quotes: [['استقبلت 40 مصابا خلال ساعات', 'partial', 'وضاح الحمادي']],
  },
  {
    what: 'guard: a name that opens with و after a title’s place (بالمنطقة ونيس العنزي), its family name a nisba',
    text: 'وقال مدير عام التعليم بالمنطقة ونيس العنزي إن المدارس «جاهزة لاستقبال الطلاب».',
    quotes: [['جاهزة لاستقبال الطلاب', 'partial', 'ونيس العنزي']],
  },
];

const parentRows: readonly Row[] = [
  {
    what: 'a medical services department and its navy (إدارة الخدمات الطبية بالقوات البحرية) with أكدت … أن',
    text: 'وأكدت إدارة الخدمات الطبية بالقوات البحرية أن المصابين «في حالة مستقرة، وسيغادرون المستشفى خلال أيام».',
    quotes: [
      ['في حالة مستقرة، وسيغادرون المستشفى خلال أيام', 'partial', 'إدارة الخدمات الطبية بالقوات البحرية'],
    ],
  },
  {
    what: 'a public relations department and its armed forces (بالقوات المسلحة, a participle adjective) with قالت … في بيان إن',
    text: 'وقالت إدارة العلاقات العامة بالقوات المسلحة في بيان إن التدريبات المشتركة «ستستمر حتى نهاية الشهر».',
    quotes: [['ستستمر حتى نهاية الشهر', 'partial', 'إدارة العلاقات العامة بالقوات المسلحة']],
  },
  {
    what: 'an emergency department and its university hospital (قسم الطوارئ بالمستشفى الجامعي) with أوضح … في بيان أن',
    text: 'وأوضح قسم الطوارئ بالمستشفى الجامعي في بيان أن جميع الحالات «تلقت العلاج اللازم وغادرت».',
    quotes: [['تلقت العلاج اللازم وغادرت', 'partial', 'قسم الطوارئ بالمستشفى الجامعي']],
  },
  {
    what: 'guard: after a verb that governs ب (أشادت), ب + a definite noun and its adjective is what it praised',
    text: 'وأشادت إدارة الجامعة بالجهود الوطنية، وقالت إن الطلاب «أثبتوا كفاءتهم في الظروف الصعبة».',
    quotes: [['أثبتوا كفاءتهم في الظروف الصعبة', 'partial', 'إدارة الجامعة']],
  },
  {
    what: 'guard: a verbal noun after ب (طالبت … بالإفراج الفوري) is the demand, not the body the part belongs to',
    text: 'وطالبت هيئة حقوق الإنسان بالإفراج الفوري عن المعتقلين، وقالت إن احتجازهم «مخالف للقانون».',
    quotes: [['مخالف للقانون', 'partial', 'هيئة حقوق الإنسان']],
  },
];

const objectRows: readonly Row[] = [
  {
    what: 'a labour ministry in a lede’s بعد أن clause with its object (شددت وزارة العمل ضوابط الاستقدام), then its statement by the same name',
    text: [
      'يواجه أصحاب مكاتب الاستقدام أزمة، بعد أن شددت وزارة العمل ضوابط الاستقدام وأوقفت التأشيرات من ثلاث دول.',
      'وقالت وزارة العمل في بيان إن الضوابط «تحمي حقوق العامل وصاحب العمل معا».',
    ].join('\n\n'),
    quotes: [['تحمي حقوق العامل وصاحب العمل معا', 'partial', 'وزارة العمل']],
  },
  {
    what: 'an aviation authority suspending permits in the lede (علقت هيئة الطيران تصاريح التشغيل), then أوضحت هيئة الطيران أن',
    text: [
      'توقفت رحلات الشركة الجديدة إلى أوروبا، بعد أن علقت هيئة الطيران تصاريح التشغيل ومنعت طائراتها من الإقلاع.',
      'وأوضحت هيئة الطيران أن الطائرات «لن تعود إلى الخدمة قبل فحص شامل».',
    ].join('\n\n'),
    quotes: [['لن تعود إلى الخدمة قبل فحص شامل', 'partial', 'هيئة الطيران']],
  },
  {
    what: 'a health ministry suspending appointments in the lede (علقت وزارة الصحة مواعيد العمليات), then its statement with أوضحت … في بيان أن',
    text: [
      'يشكو المرضى من طول الانتظار، بعد أن علقت وزارة الصحة مواعيد العمليات غير العاجلة وحولت الأطباء إلى الطوارئ.',
      'وأوضحت وزارة الصحة في بيان أن القرار «مؤقت حتى تنحسر موجة الإصابات».',
    ].join('\n\n'),
    quotes: [['مؤقت حتى تنحسر موجة الإصابات', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a hospital named for a king (مستشفى الملك فيصل التخصصي): the plain word after الملك is the name’s',
    text: 'وأعلن مستشفى الملك فيصل التخصصي أن العملية «نجحت بالكامل، والطفلة بصحة جيدة».',
    quotes: [['نجحت بالكامل، والطفلة بصحة جيدة', 'partial', 'مستشفى الملك فيصل التخصصي']],
  },
  {
    what: 'guard: a university named for an imam (جامعة الإمام محمد بن سعود الإسلامية) with قالت … إن',
    text: 'وقالت جامعة الإمام محمد بن سعود الإسلامية إن التسجيل «يبدأ الأحد المقبل».',
    quotes: [['يبدأ الأحد المقبل', 'partial', 'جامعة الإمام محمد بن سعود الإسلامية']],
  },
];

const floorRows: readonly Row[] = [
  {
    what: 'a statistics authority after يذكر أن, then أعلنت الأسبوع الماضي أن: the span of time after the verb is no subject',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'يذكر أن الهيئة العامة للإحصاء أعلنت الأسبوع الماضي أن معدل البطالة «تراجع إلى 11 في المئة».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['تراجع إلى 11 في المئة', 'partial', 'الهيئة العامة للإحصاء'],
    ],
  },
  {
    what: 'a water company after ويشار إلى أن, then أكدت الشهر الماضي أن',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'ويشار إلى أن شركة المياه الوطنية أكدت الشهر الماضي أن المشروع «سينتهي قبل الصيف».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['سينتهي قبل الصيف', 'partial', 'شركة المياه الوطنية'],
    ],
  },
  {
    what: 'a consumer association after يذكر أن, then حذرت الشهر الماضي من «…»',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'يذكر أن جمعية حماية المستهلك حذرت الشهر الماضي من «ارتفاع أسعار المياه المعبأة».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['ارتفاع أسعار المياه المعبأة', 'partial', 'جمعية حماية المستهلك'],
    ],
  },
  {
    what: 'a ministry after ويذكر أن, then أكدت الأسبوع الماضي أن',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'ويذكر أن وزارة الصحة أكدت الأسبوع الماضي أن المستشفيات «لم تسجل أي إصابة جديدة».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['لم تسجل أي إصابة جديدة', 'partial', 'وزارة الصحة'],
    ],
  },
  {
    what: 'a body named with و before its verb (SVO, يذكر أن منظمة الأغذية والزراعة دعت إلى): no object of the verb ran into it',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'يذكر أن منظمة الأغذية والزراعة دعت إلى «خفض استهلاك المياه في الري».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['خفض استهلاك المياه في الري', 'partial', 'منظمة الأغذية والزراعة'],
    ],
  },
  {
    what: 'a ministry with two fields before its verb (يذكر أن وزارة الشؤون البلدية والقروية حذرت من)',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'يذكر أن وزارة الشؤون البلدية والقروية حذرت من «البناء في مجاري السيول».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['البناء في مجاري السيول', 'partial', 'وزارة الشؤون البلدية والقروية'],
    ],
  },
  {
    what: 'the Red Cross federation before قد دعا (وكان … قد دعا إلى «…»)',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'وكان الاتحاد الدولي للصليب الأحمر والهلال الأحمر قد دعا إلى «تقديم مساعدات عاجلة للنازحين».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['تقديم مساعدات عاجلة للنازحين', 'partial', 'الاتحاد الدولي للصليب الأحمر والهلال الأحمر'],
    ],
  },
  {
    what: 'UNICEF with its short name in brackets right before the verb (يذكر أن منظمة … (يونيسف) أكدت أن)',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'يذكر أن منظمة الأمم المتحدة للطفولة (يونيسف) أكدت أن ملايين الأطفال «محرومون من المياه النظيفة».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['محرومون من المياه النظيفة', 'partial', 'منظمة الأمم المتحدة للطفولة'],
    ],
  },
  {
    what: 'the migration organisation with an Arabic short name in brackets (ويشار إلى أن … (الهجرة الدولية) ذكرت أن)',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'ويشار إلى أن المنظمة الدولية للهجرة (الهجرة الدولية) ذكرت أن آلاف العائلات «نزحت خلال أسبوع».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['نزحت خلال أسبوع', 'partial', 'المنظمة الدولية للهجرة'],
    ],
  },
  {
    what: 'the food programme with a Latin short name in brackets (يذكر أن برنامج الأغذية العالمي (WFP) حذر من أن)',
    text: [
      'وقال المواطن سعد بن علي الحربي لـ«اليوم» إن المياه «انقطعت عن الحي ثلاثة أيام».',
      'يذكر أن برنامج الأغذية العالمي (WFP) حذر من أن المخزون «لن يكفي أكثر من شهر».',
    ].join('\n\n'),
    quotes: [
      ['اليوم', 'mention', null],
      ['انقطعت عن الحي ثلاثة أيام', 'partial', 'سعد بن علي الحربي'],
      ['لن يكفي أكثر من شهر', 'partial', 'برنامج الأغذية العالمي'],
    ],
  },
  {
    what: 'guard: a body after its verb that takes an object (ونفت وزارة الداخلية وجود …) still ends before the object',
    text: 'ونفت وزارة الداخلية وجود معتقلين سياسيين، وقالت في بيان إن السجون «تخضع لرقابة القضاء».',
    quotes: [['تخضع لرقابة القضاء', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: a qualifier after a title (الرئيس الحالي), no span of time, stays the title’s',
    text: 'وقال الرئيس الحالي للاتحاد الآسيوي الشيخ سلمان بن إبراهيم إن البطولة «ستقام في موعدها».',
    quotes: [['ستقام في موعدها', 'partial', 'سلمان بن إبراهيم']],
  },
  {
    what: 'guard: a short name in brackets inside a title, the name after it (مدير مكتب منظمة … (يونيسف) في اليمن فلان)',
    text: 'وقال مدير مكتب منظمة الأمم المتحدة للطفولة (يونيسف) في اليمن خالد الصالح إن الأطفال «يدفعون الثمن الأكبر».',
    quotes: [['يدفعون الثمن الأكبر', 'partial', 'خالد الصالح']],
  },
];

const seatRows: readonly Row[] = [
  {
    what: 'an MP for a ruling party (النائب عن حزب العدالة والتنمية الحاكم، فلان،) with قال … إن',
    text: 'وقال النائب عن حزب العدالة والتنمية الحاكم، أحمد يلدز، إن الحكومة «لن تتراجع عن الإصلاحات الاقتصادية».',
    quotes: [['لن تتراجع عن الإصلاحات الاقتصادية', 'partial', 'أحمد يلدز']],
  },
  {
    what: 'an MP for an opposition party (النائبة عن حزب الشعب الجمهوري المعارض، فلانة،) with قالت … إن',
    text: 'وقالت النائبة عن حزب الشعب الجمهوري المعارض، زينب أوزتورك، إن البرلمان «لم يناقش القانون بشكل كاف».',
    quotes: [['لم يناقش القانون بشكل كاف', 'partial', 'زينب أوزتورك']],
  },
  {
    what: 'an MP for the ruling party by its head alone (النائب عن الحزب الحاكم، فلان،) with أكد … أن',
    text: 'وأكد النائب عن الحزب الحاكم، خالد المنصوري، أن الحكومة «ستعرض الموازنة خلال أيام».',
    quotes: [['ستعرض الموازنة خلال أيام', 'partial', 'خالد المنصوري']],
  },
  {
    what: 'a candidate for a ruling coalition (المرشح عن ائتلاف دولة القانون الحاكم، فلان،) with حذر … من أن',
    text: 'وحذر المرشح عن ائتلاف دولة القانون الحاكم، حيدر الساعدي، من أن التأخير «سيعطل تشكيل الحكومة».',
    quotes: [['سيعطل تشكيل الحكومة', 'partial', 'حيدر الساعدي']],
  },
  {
    what: 'guard: a title after a word without the article before the comma (في لقاء مع المبعوث، فلان،) is another person’s',
    text: 'وقال نائب الأمين العام في لقاء مع المبعوث، يان كوبيتش، إن الحوار «سيستأنف قريبا».',
    quotes: [['سيستأنف قريبا', 'partial', 'نائب الأمين العام']],
  },
];

const narratedRows: readonly Row[] = [
  {
    what: 'a pilgrim brought in by وصل (a root in و, no conjunction) and his description, then وقال لـ«عكاظ»:',
    text: 'وصل المعتمر الإندونيسي أحمد سوريانتو إلى المدينة المنورة بعد رحلة طويلة. وقال لـ«عكاظ»: «انتظرت هذه اللحظة منذ طفولتي».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['انتظرت هذه اللحظة منذ طفولتي', 'direct', 'أحمد سوريانتو'],
    ],
  },
  {
    what: 'a pensioner brought in by وقف and his description, then وقال لـ«سكاي نيوز عربية»:',
    text: 'وقف المتقاعد اليوناني ستافروس بابادوبولوس طويلا أمام المصرف المغلق. وقال لـ«سكاي نيوز عربية»: «أموالي كلها هنا، ولا أستطيع سحبها».',
    quotes: [
      ['سكاي نيوز عربية', 'mention', null],
      ['أموالي كلها هنا، ولا أستطيع سحبها', 'direct', 'ستافروس بابادوبولوس'],
    ],
  },
  {
    what: 'a baker brought in by وضع and his description, then وقال لـ«الصباح»:',
    text: 'وضع الخباز التونسي منجي الورغمي الرغيف الأخير في الفرن. وقال لـ«الصباح»: «سعر الطحين تضاعف، والخبز بقي بالسعر نفسه».',
    quotes: [
      ['الصباح', 'mention', null],
      ['سعر الطحين تضاعف، والخبز بقي بالسعر نفسه', 'direct', 'منجي الورغمي'],
    ],
  },
  {
    what: 'a barber after an adverbial of place (وأمام متجره المغلق في حي الحمراء،) and جلس, then وقال لـ«النهار»:',
    text: 'وأمام متجره المغلق في حي الحمراء، جلس الحلاق اللبناني جورج حداد يدخن سيجارته. وقال لـ«النهار»: «لم يدخل زبون واحد منذ أسبوع».',
    quotes: [
      ['النهار', 'mention', null],
      ['لم يدخل زبون واحد منذ أسبوع', 'direct', 'جورج حداد'],
    ],
  },
  {
    what: 'a mother after وأمام بوابة المستشفى، and جلست, then وقالت لـ«الحياة»:',
    text: 'وأمام بوابة المستشفى، جلست الأم السورية فاطمة حسن الأحمد تنتظر خروج ابنها. وقالت لـ«الحياة»: «لم أنم منذ ثلاثة أيام».',
    quotes: [
      ['الحياة', 'mention', null],
      ['لم أنم منذ ثلاثة أيام', 'direct', 'فاطمة حسن الأحمد'],
    ],
  },
  {
    what: 'a displaced man after وداخل خيمة مهترئة على أطراف المخيم، (the tent is where, not who), then وقال:',
    text: 'وداخل خيمة مهترئة على أطراف المخيم، جلس النازح العراقي علي حسين الجبوري مع أطفاله. وقال لـ«العربية.نت»: «لا نملك حتى ثمن الدواء».',
    quotes: [
      ['العربية.نت', 'mention', null],
      ['لا نملك حتى ثمن الدواء', 'direct', 'علي حسين الجبوري'],
    ],
  },
  {
    what: 'guard: a verb with its conjunction (ووقف) still loses it, the engineer brought in speaks',
    text: 'ووقف المهندس عادل بن سعيد القرني أمام المشروع المتعثر. وقال لـ«الوطن»: «المقاول اختفى منذ عامين».',
    quotes: [
      ['الوطن', 'mention', null],
      ['المقاول اختفى منذ عامين', 'direct', 'عادل بن سعيد القرني'],
    ],
  },
  {
    what: 'guard: after an adverbial of place a cue with its own subject (وأمام مقر وزارة العمل، قال المتحدث …) is read as before',
    text: 'وأمام مقر وزارة العمل، قال المتحدث باسم الوزارة خالد أبا الخيل إن المكاتب «ستعمل يوم السبت».',
    quotes: [['ستعمل يوم السبت', 'partial', 'خالد أبا الخيل']],
  },
];

const warnerRows: readonly Row[] = [
  {
    what: 'a foreign name alone after وحذرت, right before من أن: who warns, not whom',
    text: 'وحذرت لورا مارتينيز من أن المخيمات «لن تتحمل موجة نزوح جديدة قبل الشتاء».',
    quotes: [['لن تتحمل موجة نزوح جديدة قبل الشتاء', 'partial', 'لورا مارتينيز']],
  },
  {
    what: 'a name after من جانبه، حذر, right before من «…»',
    text: 'من جانبه، حذر توماس بيكر من «انهيار كامل للنظام الصحي في المدينة».',
    quotes: [['انهيار كامل للنظام الصحي في المدينة', 'partial', 'توماس بيكر']],
  },
  {
    what: 'a doctor after بدوره، يحذر with the body he is from (من منظمة أطباء بلا حدود) before من أن',
    text: 'بدوره، يحذر ماركوس فيبر من منظمة أطباء بلا حدود من أن المستشفيات «على وشك الانهيار».',
    quotes: [['على وشك الانهيار', 'partial', 'ماركوس فيبر']],
  },
  {
    what: 'guard: a government and then its object before من أن (حذرت الحكومة المواطنين من أن) stays the government',
    text: 'وحذرت الحكومة المواطنين من أن الأسعار «سترتفع مطلع العام».',
    quotes: [['سترتفع مطلع العام', 'partial', 'الحكومة']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'a border guard named with its adjective of origin after وفق ما أعلن, then by its head alone (وقال حرس الحدود في بيان إن)',
    text: [
      'أوقفت السلطات التركية 300 شخص على الحدود مع سوريا، وفق ما أعلن حرس الحدود التركي صباح اليوم.',
      'وقال حرس الحدود في بيان إن المتسللين «حاولوا العبور تحت جنح الظلام».',
    ].join('\n\n'),
    quotes: [['حاولوا العبور تحت جنح الظلام', 'partial', 'حرس الحدود التركي']],
  },
  {
    what: 'a coast guard that announced in the lede (أعلن خفر السواحل الليبي), then وقال خفر السواحل في بيان إن',
    text: [
      'أعلن خفر السواحل الليبي انتشال 40 جثة قرب زوارة.',
      'وقال خفر السواحل في بيان إن الزورق «غرق على بعد 20 ميلا من الساحل».',
    ].join('\n\n'),
    quotes: [['غرق على بعد 20 ميلا من الساحل', 'partial', 'خفر السواحل الليبي']],
  },
  {
    what: 'a national guard that announced in the lede (أعلن الحرس الوطني الأمريكي), then وقال الحرس الوطني في بيان إن',
    text: [
      'أعلن الحرس الوطني الأمريكي نشر ألفي جندي في ولاية لويزيانا بعد الإعصار.',
      'وقال الحرس الوطني في بيان إن الجنود «سيساعدون في إجلاء السكان».',
    ].join('\n\n'),
    quotes: [['سيساعدون في إجلاء السكان', 'partial', 'الحرس الوطني الأمريكي']],
  },
  {
    what: 'guard: a commander of the national guard with his rank and name speaks himself (قائد الحرس الوطني اللواء فلان)',
    text: ['وقال قائد الحرس الوطني اللواء سعد بن محمد العتيبي إن القوات «جاهزة لأي طارئ».'].join('\n\n'),
    quotes: [['جاهزة لأي طارئ', 'partial', 'سعد بن محمد العتيبي']],
  },
];

describe('a body that gathers bodies, named after ل in the plural', () => {
  runRows(federationRows);
});

describe('a body’s second field with و inside a title, before the name', () => {
  runRows(fieldRows);
});

describe('a part of a body, then the body after ب with its adjective', () => {
  runRows(parentRows);
});

describe('a body’s name in construct ends before the object of its verb', () => {
  runRows(objectRows);
});

describe('a body takes the floor before its verb (يذكر أن …): a span of time after the verb, a gloss before it', () => {
  runRows(floorRows);
});

describe('a seat’s party with its adjective (المعارض, الحاكم) before the name in apposition', () => {
  runRows(seatRows);
});

describe('a newcomer brought in after an adverbial of place, or by a verb whose root opens with و', () => {
  runRows(narratedRows);
});

describe('a name right before what is warned of (من أن, من «…») warns, perhaps after the body it is from', () => {
  runRows(warnerRows);
});

describe('a guard (خفر, حرس) is a body, named in full with its adjective of origin', () => {
  runRows(guardRows);
});
