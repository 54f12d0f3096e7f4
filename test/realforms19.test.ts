/**
 * Forms met in real pages read by hand this session (issue 3), each written here anew in news style: a
 * post after an honorific and a name with no comma, whom the words were told after ل (reporters in the
 * plural without the article, a radio station), the French article لو inside a family name, and a
 * person's name in marks after the title that describes the person; a headline's statement after its
 * speaker and colon, whose short quote the body repeats; "the same" written before its noun (ذات المصدر);
 * prepositions of topic and time with a pronoun after a verb (بخصوص, خلالها); whom the words were told
 * after ل by a name the text gives alone or by people in construct; a body's plain name after ل behind a
 * title; the same office worded another way (a nisba for the country, the head of diplomacy); the
 * holder's name in brackets after the title. Each beside a guard that the older reading still holds on
 * its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const postAfterHonorific: readonly Row[] = [
  {
    what: 'a post right after الأمير and a name with بن, no comma, is the person’s: the post alone calls him back',
    text: 'قال الأمير ناصر بن فهد وزير الداخلية إن المنطقة تمر بظروف صعبة.\n\nوأضاف وزير الداخلية: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'ناصر بن فهد']],
  },
  {
    what: 'the same after الشيخ, the post closed by a comma and an aside (ولي عهد …، أمام …، إن)',
    text: 'قال الشيخ منصور فهد الحمد ولي عهد البحرين، أمام المؤتمر، إن المنطقة تمر بظروف صعبة.\n\nوأضاف ولي عهد البحرين: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'منصور فهد الحمد']],
  },
  {
    what: 'the same after الدكتورة, a woman’s verb and post (قالت الدكتورة فلانة علان وزيرة الصحة إن)',
    text: 'قالت الدكتورة هند العلي وزيرة الصحة إن الوضع مستقر.\n\nوأضافت الوزيرة: «لا داعي للقلق».',
    quotes: [['لا داعي للقلق', 'direct', 'هند العلي']],
  },
  {
    what: 'guard: after a verb that takes an object the post is another person (استقبل الأمير فلان وزير الداخلية)',
    text: 'استقبل الأمير ناصر بن فهد وزير الداخلية في مكتبه أمس.\n\nوقال وزير الداخلية: «بحثنا التعاون».',
    quotes: [['بحثنا التعاون', 'direct', 'وزير الداخلية']],
  },
  {
    what: 'guard: a post after a plain name with no honorific is learnt as before (قال فلان رئيس البلدية إن)',
    text: 'قال ناصر العلي رئيس البلدية إن المدينة تمر بظروف صعبة.\n\nوأضاف رئيس البلدية: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'ناصر العلي']],
  },
];

const toldAfterLam: readonly Row[] = [
  {
    what: 'reporters in the plural without the article after ل are whom he told (وقال فلان لمراسلين)',
    text: 'وقال العمري لمراسلين في الرياض إن «العمل سيتواصل حتى نهاية العام».',
    quotes: [['العمل سيتواصل حتى نهاية العام', 'partial', 'العمري']],
  },
  {
    what: 'the same with لصحفيين',
    text: 'وقالت الوزيرة سارة الدوسري لصحفيين إن «الخطة جاهزة».',
    quotes: [['الخطة جاهزة', 'partial', 'سارة الدوسري']],
  },
  {
    what: 'a radio station after ل, its name in brackets, is whom she told (وقالت فلانة لراديو (…))',
    text: 'وقالت دوفال لراديو (آر.إف.إي) «الوضع مقلق».',
    quotes: [['الوضع مقلق', 'partial', 'دوفال']],
  },
  {
    what: 'راديو heads a body as إذاعة does: the person after its title is the speaker',
    text: 'وقال مدير راديو الشرق خالد العمري إن «البث مستمر».',
    quotes: [['البث مستمر', 'partial', 'خالد العمري']],
  },
  {
    what: 'guard: a body that serves the press keeps its field (الاتحاد الدولي للصحفيين)',
    text: 'وقال الاتحاد الدولي للصحفيين إن «سلامة المراسلين أولوية».',
    quotes: [['سلامة المراسلين أولوية', 'partial', 'الاتحاد الدولي للصحفيين']],
  },
];

const frenchArticle: readonly Row[] = [
  {
    what: 'لو inside a French family name, a comma and the person’s post after it (جان لو بران، المتحدث …،)',
    text: 'قال جان لو بران، المتحدث باسم الشرطة، إن «التحقيق مستمر».',
    quotes: [['التحقيق مستمر', 'partial', 'جان لو بران']],
  },
  {
    what: 'the same before إن',
    text: 'وقالت ماري لو فيفر إن «الحكومة ستقدم مشروعها الشهر المقبل».',
    quotes: [['الحكومة ستقدم مشروعها الشهر المقبل', 'partial', 'ماري لو فيفر']],
  },
  {
    what: 'guard: لو then أن after a name is "if" (وقال جان بران لو أن)',
    text: 'قال جان بران لو أن «التحقيق انتهى لأعلنا النتائج».',
    quotes: [['التحقيق انتهى لأعلنا النتائج', 'partial', 'جان بران']],
  },
  {
    what: 'guard: لو then a verb after a title is "if" (وقال الوزير لو كان)',
    text: 'وقال الوزير لو كان «التحقيق مكتملا» لأعلناه.',
    quotes: [['التحقيق مكتملا', 'partial', 'الوزير']],
  },
];

const nameInMarks: readonly Row[] = [
  {
    what: 'a person’s full name in marks after the title is a mention, and the person speaks after it',
    text: 'وأكد رئيس الاستخبارات التركية «هاكان فيدان» أن «الوضع تحت السيطرة».',
    quotes: [
      ['هاكان فيدان', 'mention', null],
      ['الوضع تحت السيطرة', 'partial', 'هاكان فيدان'],
    ],
  },
  {
    what: 'the same after a verb that takes an object: the name is no object of the verb',
    text: 'انتقد الوزير "خالد العمري" التقرير الأخير.',
    quotes: [['خالد العمري', 'mention', null]],
  },
  {
    what: 'the same after a role’s adjective of field (الإعلامي «فلان»)',
    text: 'وهاجم الإعلامي «أحمد مجدي» البرنامج في حلقة أمس.',
    quotes: [['أحمد مجدي', 'mention', null]],
  },
  {
    what: 'a foreign name the lexicon lacks, in marks after a nationality: its surname speaks later, the full name',
    text: 'أكد الأرجنتيني “رامون دياز” المدير الفني للفريق الأول بنادي الوحدة جاهزية فريقه.\nو قال دياز في تصريحاته: ”مواجهة الغد ستكون صعبة”.',
    quotes: [
      ['رامون دياز', 'mention', null],
      ['مواجهة الغد ستكون صعبة', 'direct', 'رامون دياز'],
    ],
  },
  {
    what: 'the same after a long title that ends on a definite genitive (لكرة القدم «فلان علان»)',
    text: 'أشار مدير الجهاز الفني لفريق الوحدة الأول لكرة القدم "رامون دياز" في المؤتمر الصحافي إلى جاهزية الفريق.\n\nوقال دياز: "جميع اللاعبين جاهزون".',
    quotes: [
      ['رامون دياز', 'mention', null],
      ['جميع اللاعبين جاهزون', 'direct', 'رامون دياز'],
    ],
  },
  {
    what: 'guard: words in marks after a definite noun whose last word never speaks are said (الوكالة «حدث تخلف»)',
    text: 'وأعلنت وكالة التصنيف أن الإقليم «حدث تخلف» عن السداد، وأن التخلف سيؤثر في الأسواق.',
    quotes: [['حدث تخلف', 'partial', 'وكالة التصنيف']],
  },
  {
    what: 'guard: an age in brackets after a name is no name (فلان (67 عاما))',
    text: 'وقال الحاج محمد أسلم (67 عاما): «انتظرت هذه اللحظة طويلا».',
    quotes: [['انتظرت هذه اللحظة طويلا', 'direct', 'محمد أسلم']],
  },
  {
    what: 'guard: a predicate that opens with a word that is also a given name (المدارس «آمنة تماما»)',
    text: 'وأعلنت الوزارة أن المدارس «آمنة تماما».',
    quotes: [['آمنة تماما', 'partial', 'الوزارة']],
  },
  {
    what: 'guard: words after a title that open with a verb are said (وقال الوزير «سنعمل بجد»)',
    text: 'وقال الوزير خالد العمري: «سنعمل بجد».',
    quotes: [['سنعمل بجد', 'direct', 'خالد العمري']],
  },
];

const headlineStatement: readonly Row[] = [
  {
    what: 'a headline’s statement after its speaker and colon: the short quote in it is the speaker’s fragment',
    text: 'وزير المالية: عجز الموازنة «مؤقت» ولا يستدعي القلق',
    quotes: [['مؤقت', 'partial', 'وزير المالية']],
  },
  {
    what: 'the headline’s quote repeated in the body is no name used twice: both fragments, the title resolved',
    text: 'وزير الصحة: الوضع الوبائي «مطمئن»\n\nقال وزير الصحة سالم الحربي إن الوضع الوبائي «مطمئن» ولا يستدعي إجراءات جديدة.',
    quotes: [
      ['مطمئن', 'partial', 'سالم الحربي'],
      ['مطمئن', 'partial', 'سالم الحربي'],
    ],
  },
  {
    what: 'the same with two words, the speaker by name in the headline and after the verb in the body',
    text: 'هند العلي: الشركة تمارس «لعبة خطرة»\nأكدت الوزيرة هند العلي أن الشركة تقوم بـ«لعبة خطرة» في السوق.',
    quotes: [
      ['لعبة خطرة', 'partial', 'هند العلي'],
      ['لعبة خطرة', 'partial', 'هند العلي'],
    ],
  },
  {
    what: 'the same when the body’s quote takes a negation the headline left out (ليست «حرجة», «ليست حرجة»)',
    text: 'الوزيرة: الحالة ليست «حرجة»\n\nقالت وزيرة الصحة هند العلي إن الحالة «ليست حرجة».',
    quotes: [
      ['حرجة', 'partial', 'هند العلي'],
      ['ليست حرجة', 'partial', 'هند العلي'],
    ],
  },
  {
    what: 'guard: a dateline before the colon is no speaker (الرياض: مهرجان «…»)',
    text: 'الرياض: مهرجان «ليالي الشتاء» يبدأ غدا في حديقة الملك عبدالله',
    quotes: [['ليالي الشتاء', 'mention', null]],
  },
  {
    what: 'guard: a time before the colon is no speaker (الأمس: الجلسة «…»)',
    text: 'الأمس: الجلسة «عاصفة»',
    quotes: [['عاصفة', 'mention', null]],
  },
  {
    what: 'guard: an outlet before the colon is the byline, not a speaker (صحيفة المرصد: …)',
    text: 'صحيفة المرصد: بيع صقر من نوع «الحر» بمبلغ كبير في مزاد أمس.',
    quotes: [['الحر', 'mention', null]],
  },
  {
    what: 'guard: a definite phrase in marks in the statement that the article writes unquoted too is a name',
    text: 'الجيش: سنجبر "الدعم السريع" على الانسحاب\n\nوقال الجيش إنه سيواصل مواجهة ميليشيا الدعم السريع.',
    quotes: [['الدعم السريع', 'mention', null]],
  },
  {
    what: 'guard: a name in the headline’s statement that the body quotes twice more is still a name',
    text: 'الهيئة: «سار» تبدأ التشغيل غدا\n\nأعلنت الهيئة أن قطارات «سار» ستبدأ التشغيل. وتملك «سار» أسطولا حديثا.',
    quotes: [
      ['سار', 'mention', null],
      ['سار', 'mention', null],
      ['سار', 'mention', null],
    ],
  },
];

const sameBefore: readonly Row[] = [
  {
    what: 'ذات المصدر: the same source, written before its noun, is the last speaker',
    text: 'قال مصدر أمني لوكالة الأنباء إن «الوضع تحت السيطرة».\n\nوأضاف ذات المصدر أن «التحقيقات مستمرة».',
    quotes: [
      ['الوضع تحت السيطرة', 'partial', 'مصدر أمني'],
      ['التحقيقات مستمرة', 'partial', 'مصدر أمني'],
    ],
  },
  {
    what: 'نفس المتحدث: the same spokesman, though another man spoke between',
    text: 'قال المتحدث باسم الوزارة خالد العمري إن «الوضع تحت السيطرة». وقال الوزير سالم الحربي إن «الخطة جاهزة».\n\nوأضاف نفس المتحدث أن «التحقيقات مستمرة».',
    quotes: [
      ['الوضع تحت السيطرة', 'partial', 'خالد العمري'],
      ['الخطة جاهزة', 'partial', 'سالم الحربي'],
      ['التحقيقات مستمرة', 'partial', 'خالد العمري'],
    ],
  },
  {
    what: 'ذات البيان: the same statement speaks for its issuer, as البيان ذاته does',
    text: 'قالت وزارة الداخلية في بيان إن «الوضع تحت السيطرة».\n\nوأضاف ذات البيان أن «التحقيقات مستمرة».',
    quotes: [
      ['الوضع تحت السيطرة', 'partial', 'وزارة الداخلية'],
      ['التحقيقات مستمرة', 'partial', 'وزارة الداخلية'],
    ],
  },
  {
    what: 'ذات الوزارة: the same ministry',
    text: 'قالت وزارة الداخلية إن «الوضع تحت السيطرة».\n\nوأكدت ذات الوزارة أن «التحقيقات مستمرة».',
    quotes: [
      ['الوضع تحت السيطرة', 'partial', 'وزارة الداخلية'],
      ['التحقيقات مستمرة', 'partial', 'وزارة الداخلية'],
    ],
  },
];

const topicAfterVerb: readonly Row[] = [
  {
    what: 'بخصوص and its noun after the verb is what he spoke about: the one who has the floor speaks',
    text: 'تحدث المدرب خالد العمري بعد المباراة.\n\nوقال بخصوص فريقه: «قدمنا مباراة كبيرة».',
    quotes: [['قدمنا مباراة كبيرة', 'direct', 'خالد العمري']],
  },
  {
    what: 'خلالها back to the occasion after the verb: no speaker’s name',
    text: 'عقد الوزير خالد العمري مؤتمرا صحفيا أمس.\n\nوقال خلالها إن «الخطة جاهزة».',
    quotes: [['الخطة جاهزة', 'partial', 'خالد العمري']],
  },
  {
    what: 'خلاله in a clause after the sentence’s subject',
    text: 'عقد الوزير خالد العمري مؤتمرا صحفيا أمس، قال خلاله إن «الخطة جاهزة».',
    quotes: [['الخطة جاهزة', 'partial', 'خالد العمري']],
  },
];

const toldByName: readonly Row[] = [
  {
    what: 'ل glued to a name the text gives alone is whom he told (وقال ترامب لميركل)',
    text: 'التقى ترامب المستشارة ميركل في البيت الأبيض.\n\nوقال ترامب لميركل: «لدينا أرضية مشتركة».',
    quotes: [['لدينا أرضية مشتركة', 'direct', 'ترامب']],
  },
  {
    what: 'heads in construct after ل are whom he told (وقال المحافظ لرؤساء الأحياء)',
    text: 'وقال المحافظ لرؤساء الأحياء: «اعملوا بجد».',
    quotes: [['اعملوا بجد', 'direct', 'المحافظ']],
  },
  {
    what: 'the same with لمديري',
    text: 'وقال الوزير لمديري المدارس: «اعملوا بجد».',
    quotes: [['اعملوا بجد', 'direct', 'الوزير']],
  },
  {
    what: 'people in construct after ل right after the verb are whom he told: the one with the floor speaks',
    text: 'تفقد مدير الشرطة خالد العمري المواقع.\n\nوقال لأفراد الشرطة: "كونوا على أهبة الاستعداد".',
    quotes: [['كونوا على أهبة الاستعداد', 'direct', 'خالد العمري']],
  },
  {
    what: 'the same with لأبناء القبيلة',
    text: 'تفقد الشيخ خالد العمري المواقع.\n\nوقال لأبناء القبيلة: «كونوا يدا واحدة».',
    quotes: [['كونوا يدا واحدة', 'direct', 'خالد العمري']],
  },
  {
    what: 'the hearers after the verb, then the subject (وقال لأعضاء المجلس رئيس الجلسة فلان:)',
    text: 'وقال لأعضاء المجلس رئيس الجلسة خالد العمري: "نبدأ الآن".',
    quotes: [['نبدأ الآن', 'direct', 'خالد العمري']],
  },
  {
    what: 'guard: a foreign given name that opens with ل after a title is hers (بنظيرته الإسبانية لوسيا مارتين)',
    text: 'واجتمع وزير الدفاع في روما بنظيرته الإسبانية لوسيا مارتين.\n\nوقالت الوزيرة الإسبانية: «التعاون أولوية».',
    quotes: [['التعاون أولوية', 'direct', 'لوسيا مارتين']],
  },
];

const bodyAfterLam: readonly Row[] = [
  {
    what: 'a body’s plain name after ل behind a definite title is the title’s: the name opens after it',
    text: 'قال الرئيس التنفيذي لأرامكو سالم الناصر: «الشركة ستتوسع».',
    quotes: [['الشركة ستتوسع', 'direct', 'سالم الناصر']],
  },
  {
    what: 'the same before أن',
    text: 'أكد الرئيس التنفيذي لسابك فهد الدوسري أن «الشركة ستتوسع».',
    quotes: [['الشركة ستتوسع', 'partial', 'فهد الدوسري']],
  },
  {
    what: 'guard: a body’s head after ل is the title’s as before (لشركة أرامكو)',
    text: 'قال الرئيس التنفيذي لشركة أرامكو سالم الناصر إن «الشركة ستتوسع».',
    quotes: [['الشركة ستتوسع', 'partial', 'سالم الناصر']],
  },
];

const officeWorded: readonly Row[] = [
  {
    what: 'a post after a nationality and a name, then على after a verb of comment: the post is his',
    text: 'علق البرتغالي جورجي فارس المدير الفني لنادي الوحدة على فوز الفريق.\n\nوقال مدرب الوحدة: «كنا أفضل».',
    quotes: [['كنا أفضل', 'direct', 'جورجي فارس']],
  },
  {
    what: 'the same with قال and إن',
    text: 'قال البرتغالي جورجي فارس المدير الفني لنادي الوحدة إن الفوز مستحق.\n\nوقال مدرب الوحدة: «كنا أفضل».',
    quotes: [['كنا أفضل', 'direct', 'جورجي فارس']],
  },
  {
    what: 'a country’s nisba for its name in the same office (ولي العهد البحريني after ولي عهد البحرين فلان)',
    text: 'قال الشيخ ناصر فهد الحمد ولي عهد البحرين، أمام المؤتمر، إن المنطقة تمر بظروف صعبة.\n\nوأضاف ولي العهد البحريني: «نسعى إلى التهدئة».',
    quotes: [['نسعى إلى التهدئة', 'direct', 'ناصر فهد الحمد']],
  },
  {
    what: 'the head of diplomacy is the foreign minister named before',
    text: 'اعترف وزير الخارجية الفرنسي لوران دوفال، اليوم، بوقوع خلل.\n\nوقال رئيس الدبلوماسية الفرنسية: «نأمل أن تهدأ الأمور».',
    quotes: [['نأمل أن تهدأ الأمور', 'direct', 'لوران دوفال']],
  },
  {
    what: 'a country’s name for its nisba (وزير الخارجية الفرنسي after وزير خارجية فرنسا فلان)',
    text: 'قال وزير خارجية فرنسا لوران دوفال إن الوضع معقد.\n\nوأضاف وزير الخارجية الفرنسي: «نأمل أن تهدأ الأمور».',
    quotes: [['نأمل أن تهدأ الأمور', 'direct', 'لوران دوفال']],
  },
  {
    what: 'guard: another nationality in the title is someone else (المدرب الأردني after the Iraqi team’s coach)',
    text: 'أكد مدرب المنتخب الوطني العراقي خالد العمري أن المنافسة مستمرة.\n\nوقال المدرب الأردني: «سنقاتل».',
    quotes: [['سنقاتل', 'direct', 'المدرب الأردني']],
  },
];

const nameInBrackets: readonly Row[] = [
  {
    what: 'the holder’s name in brackets after the title is the speaker',
    text: 'قال الرئيس السوري (بشار الحسن) في مقابلة مع قناة محلية، إن «الاحتجاجات لم تكن سلمية».',
    quotes: [['الاحتجاجات لم تكن سلمية', 'partial', 'بشار الحسن']],
  },
  {
    what: 'the same after a title with باسم, a comma after the brackets',
    text: 'قال المتحدث باسم الحكومة (خالد العمري)، إن «العجز مؤقت».',
    quotes: [['العجز مؤقت', 'partial', 'خالد العمري']],
  },
  {
    what: 'guard: a gloss in brackets inside the title is skipped, the name after it',
    text: 'قال الرئيس السابق للاحتياطي الفيدرالي (البنك المركزي) الأمريكي خالد العمري إن «العجز مؤقت».',
    quotes: [['العجز مؤقت', 'partial', 'خالد العمري']],
  },
  {
    what: 'guard: a body’s short name in brackets ends the title before the name in apposition',
    text: 'قال المتحدث باسم الحزب الديمقراطي الكردستاني (البارتي)، خالد العمري، إن «العجز مؤقت».',
    quotes: [['العجز مؤقت', 'partial', 'خالد العمري']],
  },
];

describe('a post after an honorific and a name', () => runRows(postAfterHonorific));
describe('the same office worded another way', () => runRows(officeWorded));
describe('the holder’s name in brackets', () => runRows(nameInBrackets));
describe('the same, written before its noun', () => runRows(sameBefore));
describe('a topic or an occasion after the verb', () => runRows(topicAfterVerb));
describe('whom the words were told, by name or in construct', () => runRows(toldByName));
describe('a body after ل behind a title', () => runRows(bodyAfterLam));
describe('a headline’s statement after its speaker', () => runRows(headlineStatement));
describe('whom the words were told, after ل', () => runRows(toldAfterLam));
describe('لو in a French family name', () => runRows(frenchArticle));
describe('a person’s name in marks after the title', () => runRows(nameInMarks));
