/**
 * A person's name after descriptions in apposition (appos14): news puts one or more descriptions before a
 * name — a role with a participle and an adverb in -اً (المنضم حديثاً), a title with an origin phrase (من
 * أصل …، من مواليد …، ذو الأصول …، المولود في …), a chain of posts between commas, a role noun before a
 * kunya (المستهلكة أم فهد), a place phrase before the clause (وأمام إحدى المدارس، وقفت أم فلان) — and
 * foreign names carry particles (فان، دير، دي، فون، دا، دو، لا). The speaker is the name, whole, without
 * the descriptions; a kunya's name ends before the verb's object (يقضي أبو فلان الفلاني لياليه …).
 * Every row is a passage written here in news style, Saudi papers' and international outlets' ways, with
 * invented people; its quotes and speakers were written down before the engine was run on it.
 * Guard rows keep the near shapes the engine already reads right: a name then the verb's object or
 * لـ/للصحفيين, an adverb after the name, من أصل inside what was said, a kunya alone.
 * Count: the first 41 rows (31 of the class, 10 guards), written before any rule: 19 failed (their speakers). After
 * the first rule (descriptions — an adverb in -اً, من أصل / من مواليد, ذو الأصول, المولود في — between a
 * role's words and a name that follows them are the title's; an adverb is never read back into a name;
 * an origin in the description tells a foreign name, which ends at its first definite word): 6 fail
 * (a chain of posts between commas, a role noun before a kunya, a kunya then واسمه / واسمها). The second
 * rules (a kunya after a role's definite words opens the name; a plural with his pronoun written ه after
 * a whole name is the verb's object; one of a group after a preposition of place opening the sentence is
 * where, not who; a word after a European particle is the family name, whatever it spells) fixed the
 * kunya row: 5 fail, all marked. secondRows (9, written before they were run, on the second rules): 1
 * failed (عند with و before إحدى), fixed by reading the preposition under its و. 50 rows (40 of the
 * class, 10 guards), 5 failing (marked: the chains of posts, واسمه / واسمها). The third rule (a second
 * post between commas, then a name opened by an honorific, a given name or a kunya, is passed over)
 * fixed the three chain rows; chainRows2 (3, one a guard, written before they were run): 1 fails (a
 * participle post and a foreign name no list holds, marked). 53 rows (42 of the class, 11 guards), 3
 * failing (marked).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const adverbRows: readonly Row[] = [
  {
    what: 'a defender joined lately, the adverb حديثاً between the role and his name, then إن «…»',
    text: 'وقال المدافع المنضم حديثاً ماجد بن سعد الحربي إن الفريق «يملك كل مقومات المنافسة على اللقب».',
    quotes: [['يملك كل مقومات المنافسة على اللقب', 'partial', 'ماجد بن سعد الحربي']],
  },
  {
    what: 'a mayor elected lately, مؤخراً before his name, أكد أن «…»',
    text: 'أكد رئيس البلدية المنتخب مؤخراً كريم الزهراني أن المشروع «سيكتمل قبل نهاية العام».',
    quotes: [['سيكتمل قبل نهاية العام', 'partial', 'كريم الزهراني']],
  },
  {
    what: 'a woman player retired lately, حديثاً then her name and a colon',
    text: 'وقالت اللاعبة المعتزلة حديثاً ريم العنزي: «كرة القدم النسائية في المملكة تحتاج إلى دوري للناشئات».',
    quotes: [['كرة القدم النسائية في المملكة تحتاج إلى دوري للناشئات', 'direct', 'ريم العنزي']],
  },
  {
    what: 'an executive appointed lately, المعين مؤخراً then his name, in " " with لـ and a paper',
    text: 'وقال الرئيس التنفيذي المعين مؤخراً سامي الدوسري لـ"الاقتصادية": "لن نرفع الأسعار هذا العام".',
    quotes: [
      ['الاقتصادية', 'mention', null],
      ['لن نرفع الأسعار هذا العام', 'direct', 'سامي الدوسري'],
    ],
  },
  {
    what: 'the quote first, then ، قال with a goalkeeper loaned lately (المعار حديثاً) and his name',
    text: '«سأقاتل من أجل مكاني في التشكيلة»، قال حارس المرمى المعار حديثاً نواف العمري بعد التدريب.',
    quotes: [['سأقاتل من أجل مكاني في التشكيلة', 'direct', 'نواف العمري']],
  },
  {
    what: 'a role and an adverb, then عبر عن … and وقال: with no subject',
    text: 'عبر الجناح العائد مجدداً عبدالرحمن القرني عن فرحته بالعودة، وقال: «اشتقت إلى جماهير النادي كثيراً».',
    quotes: [['اشتقت إلى جماهير النادي كثيراً', 'direct', 'عبدالرحمن القرني']],
  },
  {
    what: 'a doctor retired lately, يقول … لـ«…»: in the present',
    text: 'يقول الطبيب المتقاعد أخيراً فهد السبيعي لـ«الرياض»: «المستشفيات الطرفية تعاني نقصاً في الكوادر».',
    quotes: [
      ['الرياض', 'mention', null],
      ['المستشفيات الطرفية تعاني نقصاً في الكوادر', 'direct', 'فهد السبيعي'],
    ],
  },
];

const originRows: readonly Row[] = [
  {
    what: 'a doctor with his origin (من أصل لبناني) before his name, then لـ and a paper and إن',
    text: 'وقال الطبيب الأمريكي من أصل لبناني جورج حداد لـ«الشرق الأوسط» إن الوضع «أسوأ مما تنقله الشاشات».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['أسوأ مما تنقله الشاشات', 'partial', 'جورج حداد'],
    ],
  },
  {
    what: 'a woman MP of Pakistani origin, her name after من أصل باكستاني, then a colon in " "',
    text: 'وقالت النائبة البريطانية من أصل باكستاني نادية شودري: "هذا القانون يستهدف المهاجرين قبل غيرهم".',
    quotes: [['هذا القانون يستهدف المهاجرين قبل غيرهم', 'direct', 'نادية شودري']],
  },
  {
    what: 'a writer born in a city (من مواليد الجزائر) before her name',
    text: 'قالت الروائية الفرنسية من مواليد الجزائر ليلى بن عيسى إن روايتها الجديدة «رسالة إلى أمي قبل كل شيء».',
    quotes: [['رسالة إلى أمي قبل كل شيء', 'partial', 'ليلى بن عيسى']],
  },
  {
    what: 'a striker of Moroccan roots (ذو الأصول المغربية) before his name',
    text: 'وقال المهاجم الهولندي ذو الأصول المغربية ياسين العلمي للصحفيين إنه «فخور باللعب لمنتخب بلاده».',
    quotes: [['فخور باللعب لمنتخب بلاده', 'partial', 'ياسين العلمي']],
  },
  {
    what: 'a chef born in Beirut (المولود في بيروت) before his name, then أضاف أن',
    text: 'وأوضح الطاهي الأسترالي المولود في بيروت مارك خوري أن المطبخ اللبناني «لا يزال مجهولاً في سيدني».',
    quotes: [['لا يزال مجهولاً في سيدني', 'partial', 'مارك خوري']],
  },
  {
    what: 'an engineer of Egyptian origin, feminine, the quote first and then ، تقول',
    text: '«الأبحاث لا تعرف الحدود»، تقول المهندسة الكندية من أصل مصري هبة عبدالحميد في حديثها للقناة.',
    quotes: [['الأبحاث لا تعرف الحدود', 'direct', 'هبة عبدالحميد']],
  },
];

const chainRows: readonly Row[] = [
  {
    what: 'a chain of posts between commas, then the doctor’s title and his name between commas',
    text: 'وقال قائد فريق التنقيب، أستاذ علم الآثار في جامعة الملك سعود، الدكتور خالد بن فهد العتيبي، إن القطع المكتشفة «تعود إلى أكثر من ألفي عام».',
    quotes: [['تعود إلى أكثر من ألفي عام', 'partial', 'خالد بن فهد العتيبي']],
  },
  {
    what: 'two posts in apposition with commas and a woman’s name, then a colon',
    text: 'وقالت رئيسة الجمعية، الأستاذة المشاركة في كلية التربية، منى الشهري: «نستقبل أكثر من مئتي أسرة كل شهر».',
    quotes: [['نستقبل أكثر من مئتي أسرة كل شهر', 'direct', 'منى الشهري']],
  },
  {
    what: 'a post, then a second post with في, then the engineer’s title and his name, أكد أن',
    text: 'أكد مدير المشروع، كبير المهندسين في الشركة، المهندس طارق الغامدي، أن الجسر «سيفتح أمام الحركة في مارس».',
    quotes: [['سيفتح أمام الحركة في مارس', 'partial', 'طارق الغامدي']],
  },
];

const kunyaRows: readonly Row[] = [
  {
    what: 'a role noun before a kunya (المستهلكة أم فهد) and a colon',
    text: 'وقالت المستهلكة أم فهد: «الأسعار تضاعفت خلال شهر واحد، ولا أحد يراقب».',
    quotes: [['الأسعار تضاعفت خلال شهر واحد، ولا أحد يراقب', 'direct', 'أم فهد']],
  },
  {
    what: 'a farmer’s kunya after his trade (المزارع أبو سالم) with لـ and a paper',
    text: 'ويقول المزارع أبو سالم لـ«عكاظ»: «الأمطار هذا الموسم أنقذت محصول النخيل».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الأمطار هذا الموسم أنقذت محصول النخيل', 'direct', 'أبو سالم'],
    ],
  },
  {
    what: 'a place phrase first, then a woman by her kunya stands waiting, and وقالت:',
    text: 'وعند بوابة مستشفى الولادة في جدة، جلست أم خالد تنتظر دورها منذ الفجر، وقالت: «لم يتصل بي أحد رغم حجزي المسبق».',
    quotes: [['لم يتصل بي أحد رغم حجزي المسبق', 'direct', 'أم خالد']],
  },
  {
    what: 'a market place phrase, a man by his kunya stands at his stall, and قال:',
    text: 'وفي سوق الخضار المركزي بالدمام، وقف أبو ناصر أمام بسطته، وقال: «البيع تراجع إلى النصف منذ رمضان».',
    quotes: [['البيع تراجع إلى النصف منذ رمضان', 'direct', 'أبو ناصر']],
  },
  {
    what: 'a kunya and family name as subject, the verb’s object after the name (يمضي أبو فلان الفلاني ساعاته)',
    text: 'يمضي أبو سامي النجار ساعاته أمام مخبزه المغلق منذ أسبوع. ويقول: «لا طحين ولا وقود، فكيف نخبز؟».',
    quotes: [['لا طحين ولا وقود، فكيف نخبز؟', 'direct', 'أبو سامي النجار']],
  },
  {
    what: 'a woman’s kunya and family name, the verb’s object after it (تقضي أم فلان الفلانية أيامها)',
    text: 'وفي مخيم النصيرات، تقضي أم رامي الأسطل أيامها في طوابير المياه، وتقول: «ننتظر ثلاث ساعات من أجل غالونين».',
    quotes: [['ننتظر ثلاث ساعات من أجل غالونين', 'direct', 'أم رامي الأسطل']],
  },
  {
    what: 'a kunya, then واسمها and her full name between commas, then قالت إن',
    text: 'وقالت أم سعد، واسمها نورة بنت علي القحطاني، إن ابنها «ينتظر وظيفة منذ أربع سنوات».',
    quotes: [['ينتظر وظيفة منذ أربع سنوات', 'partial', 'نورة بنت علي القحطاني']],
  },
  {
    what: 'a kunya, then واسمه and his full name between commas, then a colon',
    text: 'ويقول أبو عمر، واسمه عمر حسن الخطيب، للمراسل: «خسرت متجري في القصف الأخير».',
    quotes: [['خسرت متجري في القصف الأخير', 'direct', 'عمر حسن الخطيب']],
  },
];

const particleRows: readonly Row[] = [
  {
    what: 'a Dutch minister, his name with the particle دي (يان دي فريس), then للصحفيين إن',
    text: 'وقال وزير المالية الهولندي يان دي فريس للصحفيين إن الميزانية «لن تتحمل مزيداً من الدعم».',
    quotes: [['لن تتحمل مزيداً من الدعم', 'partial', 'يان دي فريس']],
  },
  {
    what: 'a woman spokesperson between commas, فان دير and her family name, then أمام',
    text: 'وقالت المتحدثة باسم المنظمة، آنا فان دير برغ، أمام الصحفيين: «سنستأنف الحكم خلال أسبوعين».',
    quotes: [['سنستأنف الحكم خلال أسبوعين', 'direct', 'آنا فان دير برغ']],
  },
  {
    what: 'a German historian with فون in his name, then a colon',
    text: 'وقال المؤرخ الألماني لودفيغ فون هارتمان: «الأرشيف يكشف وجهاً آخر للحرب».',
    quotes: [['الأرشيف يكشف وجهاً آخر للحرب', 'direct', 'لودفيغ فون هارتمان']],
  },
  {
    what: 'a Portuguese coach with دا in his name, the quote first then ، قال',
    text: '"الفريق لعب بروح عالية حتى الدقيقة الأخيرة"، قال المدرب البرتغالي جواو دا كوستا بعد المباراة.',
    quotes: [['الفريق لعب بروح عالية حتى الدقيقة الأخيرة', 'direct', 'جواو دا كوستا']],
  },
  {
    what: 'a French researcher with دو لا in her name, أكدت أن',
    text: 'وأكدت الباحثة الفرنسية كلير دو لا روش أن الدراسة «لم تجد أي أثر جانبي خطير».',
    quotes: [['لم تجد أي أثر جانبي خطير', 'partial', 'كلير دو لا روش']],
  },
  {
    what: 'a Belgian name with فان alone after the post, a colon',
    text: 'وقال عمدة المدينة، توماس فان دام: "الطرق ستغلق طوال عطلة نهاية الأسبوع".',
    quotes: [['الطرق ستغلق طوال عطلة نهاية الأسبوع', 'direct', 'توماس فان دام']],
  },
  {
    what: 'a Dutch name with فان دير and the verb’s object after it (أبلغ … الصحفيين أن)',
    text: 'وأبلغ رئيس الاتحاد بيتر فان دير مولن الصحفيين أن اللاعبين «سيحصلون على مكافآتهم كاملة».',
    quotes: [['سيحصلون على مكافآتهم كاملة', 'partial', 'بيتر فان دير مولن']],
  },
];

const secondRows: readonly Row[] = [
  {
    what: 'a role and an age adjective before a kunya and family name (الموظف المتقاعد أبو فلان الفلاني), a colon',
    text: 'ويقول الموظف المتقاعد أبو خالد المطيري: «الراتب لم يعد يكفي حتى منتصف الشهر».',
    quotes: [['الراتب لم يعد يكفي حتى منتصف الشهر', 'direct', 'أبو خالد المطيري']],
  },
  {
    what: 'a woman by her role and kunya (الأرملة أم فلان), إن and a fragment',
    text: 'وقالت الأرملة أم يوسف إن المساعدات «توقفت منذ ثلاثة أشهر».',
    quotes: [['توقفت منذ ثلاثة أشهر', 'partial', 'أم يوسف']],
  },
  {
    what: 'a place phrase with عند and إحدى, then a woman named, and وقالت:',
    text: 'وعند إحدى محطات الوقود في حي النسيم، وقفت ريم الشمري في طابور طويل، وقالت: «انتظرت ساعة كاملة».',
    quotes: [['انتظرت ساعة كاملة', 'direct', 'ريم الشمري']],
  },
  {
    what: 'a place phrase with أمام and أحد, then a man by his kunya, and وقال:',
    text: 'وأمام أحد المخابز في مخيم جباليا، وقف أبو رامي ينتظر دوره، وقال: «لم نأكل الخبز منذ يومين».',
    quotes: [['لم نأكل الخبز منذ يومين', 'direct', 'أبو رامي']],
  },
  {
    what: 'a kunya and family name, the verb’s plural object with his pronoun (يقضي … ساعاته)',
    text: 'يقضي أبو ماهر الحلو ساعاته في إصلاح شباك الصيد. ويقول: «البحر مغلق أمامنا منذ شهور».',
    quotes: [['البحر مغلق أمامنا منذ شهور', 'direct', 'أبو ماهر الحلو']],
  },
  {
    what: 'a Dutch name ending in فان دير and a word that spells a function word, between commas',
    text: 'وقال رئيس البلدية، هانس فان دير لان، للصحفيين إن الجسر «سيغلق ثلاثة أيام».',
    quotes: [['سيغلق ثلاثة أيام', 'partial', 'هانس فان دير لان']],
  },
  {
    what: 'a player of Turkish origin, his foreign name then the verb’s object with the article',
    text: 'ويدرس اللاعب الألماني من أصل تركي جنكيز أوزتورك الهندسة إلى جانب الكرة، وقال: «أريد شهادة بعد الاعتزال».',
    quotes: [['أريد شهادة بعد الاعتزال', 'direct', 'جنكيز أوزتورك']],
  },
  {
    what: 'a resident living in a city (المقيم في جدة) before his name, then إن',
    text: 'وقال المواطن اليمني المقيم في جدة صالح باعلوي إن الإجراءات الجديدة «سهلت تجديد الإقامة».',
    quotes: [['سهلت تجديد الإقامة', 'partial', 'صالح باعلوي']],
  },
  {
    what: 'a minister appointed lately, feminine, the quote first then ، قالت',
    text: '«سنراجع كل العقود الموقعة»، قالت وزيرة المالية المعينة حديثاً كاترين مولر في أول مؤتمر صحفي لها.',
    quotes: [['سنراجع كل العقود الموقعة', 'direct', 'كاترين مولر']],
  },
];

const chainRows2: readonly Row[] = [
  {
    what: 'a hospital’s director, then a consultant’s post, then the doctor’s title and his name before a colon',
    text: 'وقال مدير المستشفى، استشاري جراحة القلب، الدكتور ماجد العنزي: «أجرينا ثلاثين عملية هذا الشهر».',
    quotes: [['أجرينا ثلاثين عملية هذا الشهر', 'direct', 'ماجد العنزي']],
  },
  {
    what: 'a woman spokesperson, a second post with عن and في, then her foreign name between commas and إن',
    text: 'وقالت المتحدثة باسم البعثة، المسؤولة عن ملف اللاجئين في المنظمة، آنا كوفاتش، إن الوضع «يتدهور يوماً بعد يوم».',
    quotes: [['يتدهور يوماً بعد يوم', 'partial', 'آنا كوفاتش']],
    gaps: ['attribution'],
    // engine gap: credits the first post «المتحدثة باسم البعثة»: a second post opened by a participle with
    // its complement (المسؤولة عن …) is not passed over, and آنا is in no list of given names
  },
  {
    what: 'guard: two posts between commas and no name after them: the first post speaks',
    text: 'وقال رئيس الجمعية، أستاذ علم الاجتماع في الجامعة، إن الجمعية «تستقبل الجميع دون تمييز».',
    quotes: [['تستقبل الجميع دون تمييز', 'partial', 'رئيس الجمعية']],
  },
];

const guardRows: readonly Row[] = [
  {
    what: 'guard: a name then للصحفيين إن: the name ends before للصحفيين',
    text: 'وقال لاعب الوسط فيصل الحربي للصحفيين إن المباراة «كانت صعبة على الجميع».',
    quotes: [['كانت صعبة على الجميع', 'partial', 'فيصل الحربي']],
  },
  {
    what: 'guard: a name then the verb’s object (أبلغ فلان الصحفيين)',
    text: 'أبلغ الوزير سالم القحطاني الصحفيين أن القرار «نهائي ولا رجعة فيه».',
    quotes: [['نهائي ولا رجعة فيه', 'partial', 'سالم القحطاني']],
  },
  {
    what: 'guard: an adverb in -اً after the name (مبتسماً) is not part of it',
    text: 'وقال المدرب نبيل الشمري مبتسماً: «الفوز جاء في الوقت المناسب».',
    quotes: [['الفوز جاء في الوقت المناسب', 'direct', 'نبيل الشمري']],
  },
  {
    what: 'guard: من أصل inside what was said, after the name',
    text: 'وقال مدير التعليم عادل المالكي إن «ثلاثين مدرسة من أصل أربعين» أنهت أعمال الصيانة.',
    quotes: [['ثلاثين مدرسة من أصل أربعين', 'partial', 'عادل المالكي']],
  },
  {
    what: 'guard: a kunya alone after وقالت and لـ a paper',
    text: 'وقالت أم فيصل لـ«عكاظ»: «أبنائي يدرسون عن بعد منذ شهرين».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['أبنائي يدرسون عن بعد منذ شهرين', 'direct', 'أم فيصل'],
    ],
  },
  {
    what: 'guard: a ministry’s spokesman with no name: the ministry speaks',
    text: 'وقال متحدث باسم وزارة الداخلية إن التحقيقات «ما زالت جارية».',
    quotes: [['ما زالت جارية', 'partial', 'وزارة الداخلية']],
  },
  {
    what: 'guard: a name in بن with the place after it (في مؤتمر صحفي)',
    text: 'وقال محمد بن عبدالله الغامدي في مؤتمر صحفي: «سنعلن التفاصيل الأسبوع المقبل».',
    quotes: [['سنعلن التفاصيل الأسبوع المقبل', 'direct', 'محمد بن عبدالله الغامدي']],
  },
  {
    what: 'guard: a place phrase and a named official after the verb',
    text: 'وفي مقر الهيئة بالرياض، قال المتحدث الرسمي باسم الهيئة سعد الدوسري: «الحملة مستمرة».',
    quotes: [['الحملة مستمرة', 'direct', 'سعد الدوسري']],
  },
  {
    what: 'guard: a foreign name with no particle and a verb’s object after it',
    text: 'وانتقد النائب الهولندي مارك يانسن الحكومة، وقال: «هذا القرار سيضر بالمزارعين».',
    quotes: [['هذا القرار سيضر بالمزارعين', 'direct', 'مارك يانسن']],
  },
  {
    what: 'guard: حديثاً after the verb and the name, not before it',
    text: 'وصرح سلطان العتيبي حديثاً لـ«سبق» بأن النادي «لم يتلق أي عرض رسمي».',
    quotes: [
      ['سبق', 'mention', null],
      ['لم يتلق أي عرض رسمي', 'partial', 'سلطان العتيبي'],
    ],
  },
];

describe('appos14: a role and an adverb before a name', () => {
  runRows(adverbRows);
});
describe('appos14: an origin phrase before a name', () => {
  runRows(originRows);
});
describe('appos14: a chain of posts before a name', () => {
  runRows(chainRows);
});
describe('appos14: kunyas after roles and places', () => {
  runRows(kunyaRows);
});
describe('appos14: particles of European names', () => {
  runRows(particleRows);
});
describe('appos14: second rows (kunyas, places, particles, origins)', () => {
  runRows(secondRows);
});
describe('appos14: more chains of posts', () => {
  runRows(chainRows2);
});
describe('appos14: guards', () => {
  runRows(guardRows);
});
