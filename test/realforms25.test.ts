/**
 * Forms met in the twenty-fifth session (issue 3), each written here anew in news style: words that go on
 * a clause after a comma or after a cue, read before as a person's name in apposition or as the
 * subject: a particle with its conjunction (، ولا بطلبه, ، فلم يعترض, ، ولم يحضر) and ب with a noun of
 * manner (، بشكل مطول،, تحدثت النائبة بشكل مسهب); and a verb's subject taking the floor when an aside
 * between commas stands before its object (وتحدث فلان، مساء أمس، عن …); relative clauses: a site that
 * published the words (والتي نشرها الموقع) carried them, a plural of things after a masculine verb after
 * a relative (الذي يختتم فعاليات دورته) is its object; and a noun that governs the complement (أكد فيها
 * أهمية …) opens no subject; و after a title opens a clause (، وبدأ الاجتماع) or a second person (الوزير
 * وحسين فلان), no name of the title's; and words no name holds, read into one before: a participle of
 * addressing (موجها), a noun of speech with a pronoun (كلامه), a sister of كان, وخاصة, the head of a time
 * phrase (قبيل), a noun of stance with a pronoun (عزمها), a verbal noun after قرار (قرار نقل). Each beside
 * guards that the older reading still holds. Headlines: the words, then تصريحات … من فلان; and فلان
 * doing something, then «…» after "..". A turn marker with no comma before an SVO speaker (من جانبه
 * فلان قال), كابتن, a relay's form after على (على نقل), a firm after لـ in a title (الرئيس التنفيذي
 * لـ«أرامكو» فلان), whom he told after ل (لمخاطبيه) and a manner (بقوة) as no subject; a definite noun
 * after a complete title is the verb's object (ووصف الأمين العام الوضع بأنه, وأهدى المدرب الفوز).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const namelessOpeners: readonly Row[] = [
  {
    what: 'a particle with و after a title and a comma goes on the clause: the coach keeps the floor',
    text: 'ولم يعلق المدرب على قرار الحكم، ولم يحضر المؤتمر الصحفي.\nوقال لاحقا: «سنعود أقوى في المباراة المقبلة».',
    quotes: [['سنعود أقوى في المباراة المقبلة', 'direct', 'المدرب']],
  },
  {
    what: 'ولا after a title and a comma names no one: no speaker rather than «ولا …»',
    text: 'ولم يكترث المحامي بمداخلة الوزير، ولا بطلبه سحب الدعوى.\nوقال: «القضاء وحده يفصل في هذا».',
    quotes: [['القضاء وحده يفصل في هذا', 'direct', null]],
  },
  {
    what: 'فلم after a title and a comma names no one',
    text: 'ورحب الأمين العام بمبادرة الوزير، فلم يعترض عليها أحد.\nوقال: «نحن ندعم كل جهد للسلام».',
    quotes: [['نحن ندعم كل جهد للسلام', 'direct', null]],
  },
  {
    what: 'a manner between commas after a title is no name of two plain words',
    text: 'وتحدث المدير التنفيذي، بشكل مطول، عن خطط الشركة.\nوقال: «سنوسع أعمالنا في الخارج».',
    quotes: [['سنوسع أعمالنا في الخارج', 'direct', 'المدير التنفيذي']],
  },
  {
    what: 'a manner right after a title is no name',
    text: 'وفي المؤتمر تحدثت النائبة بشكل مسهب عن أوضاع المعلمين، وقالت: «الرواتب لا تكفي».',
    quotes: [['الرواتب لا تكفي', 'direct', 'النائبة']],
  },
  {
    what: 'guard: a name in apposition that opens with ب is still the name',
    text: 'وقال المتحدث باسم الشرطة، بشير الخالدي، إن «التحقيقات مستمرة».',
    quotes: [['التحقيقات مستمرة', 'partial', 'بشير الخالدي']],
  },
  {
    what: 'guard: a foreign name of two plain words between commas is still the name',
    text: 'وقالت المتحدثة باسم المفوضية، ماري كلود، إن «المساعدات وصلت إلى المخيمات».',
    quotes: [['المساعدات وصلت إلى المخيمات', 'partial', 'ماري كلود']],
  },
  {
    what: 'guard: a given name with و in apposition (وليد) is still the name',
    text: 'وقال مدير الإدارة، وليد السعدي، إن «العمل يسير وفق الخطة».',
    quotes: [['العمل يسير وفق الخطة', 'partial', 'وليد السعدي']],
  },
];

const floorAfterAside: readonly Row[] = [
  {
    what: 'a verb, its subject, an aside of time between commas, then its object: the subject takes the floor',
    text: 'وتحدث خالد العتيبي، مساء أمس، عن خطط الشركة للعام المقبل.\nوقال: «سنفتتح ثلاثة فروع جديدة».',
    quotes: [['سنفتتح ثلاثة فروع جديدة', 'direct', 'خالد العتيبي']],
  },
  {
    what: 'the same after a title, an aside of where',
    text: 'وتحدثت مديرة المستشفى، في كلمتها، عن نقص الكوادر.\nوقالت: «نحتاج إلى مئة ممرض على الأقل».',
    quotes: [['نحتاج إلى مئة ممرض على الأقل', 'direct', 'مديرة المستشفى']],
  },
  {
    what: 'guard: a sentence of background with no verb of speech gives no one the floor',
    text: 'وكان خالد العتيبي، مساء أمس، في زيارة للمصنع.\nوقال: «سنفتتح ثلاثة فروع جديدة».',
    quotes: [['سنفتتح ثلاثة فروع جديدة', 'direct', null]],
  },
];

const relatives: readonly Row[] = [
  {
    what: 'a site that published the words, in a relative clause after them, carried them: the speaker is the one who said',
    text: 'وقال المدرب في تصريحاته عقب المباراة، والتي نشرها الموقع الإلكتروني للنادي: «كنا الأفضل في الشوط الأول».',
    quotes: [['كنا الأفضل في الشوط الأول', 'direct', 'المدرب']],
  },
  {
    what: 'the same with a paper after نقلتها and a relative',
    text: 'وقال رئيس الاتحاد في تصريحاته، التي نقلتها صحيفة «الرياضية»: «سنعلن القرار الأسبوع المقبل».',
    quotes: [
      ['الرياضية', 'mention', null],
      ['سنعلن القرار الأسبوع المقبل', 'direct', 'رئيس الاتحاد'],
    ],
  },
  {
    what: 'guard: one who published his own words and said in them still speaks',
    text: 'ونقلت صحيفة «الرياضية» التصريحات التي نشرها المدرب على حسابه، وقال فيها: «الفريق جاهز».',
    quotes: [
      ['الرياضية', 'mention', null],
      ['الفريق جاهز', 'direct', 'المدرب'],
    ],
  },
  {
    what: 'a plural of things after a masculine verb after a relative is its object: the participle goes back to the speaker',
    text: 'وأكدت الفنانة منى زكي أنها حريصة على حضور المهرجان الذي يختتم فعاليات دورته الليلة، مضيفة: «الأفلام هذا العام مميزة».',
    quotes: [['الأفلام هذا العام مميزة', 'direct', 'منى زكي']],
  },
  {
    what: 'a noun that governs the complement after a verb and فيها is its object, not a subject',
    text: 'وافتتح الوزير المؤتمر بكلمة أكد فيها أهمية التعاون، مضيفا: «لم نحقق سوى القليل حتى الآن».',
    quotes: [['لم نحقق سوى القليل حتى الآن', 'direct', 'الوزير']],
  },
  {
    what: 'guard: a health directorate named by صحة and its city still speaks',
    text: 'وأكدت صحة جدة أن «الحالات مستقرة».',
    quotes: [['الحالات مستقرة', 'partial', 'صحة جدة']],
  },
];

const conjunctions: readonly Row[] = [
  {
    what: 'a clause with و after a title and a comma is no name in apposition: the title keeps its own speaker',
    text: 'وكان في استقبال الوفد قائد القوات البرية، وبدأ الاجتماع بكلمة ترحيبية.\nوقال قائد القوات البرية: «نرحب بالتعاون مع الأشقاء».',
    quotes: [['نرحب بالتعاون مع الأشقاء', 'direct', 'قائد القوات البرية']],
  },
  {
    what: 'a given name behind و after a title is a second person, named without the و',
    text: 'وحضر اللقاء الوزير وحسين العمري مدير الإدارة.\nوقال العمري: «سنبدأ التنفيذ الشهر المقبل».',
    quotes: [['سنبدأ التنفيذ الشهر المقبل', 'direct', 'حسين العمري']],
  },
  {
    what: 'guard: a foreign name opening with و between commas is still the name',
    text: 'وقالت وكيلة وزارة الخارجية، ويندي شيرمان، إن «المحادثات مثمرة».',
    quotes: [['المحادثات مثمرة', 'partial', 'ويندي شيرمان']],
  },
  {
    what: 'guard: a dual title before two names joined by و: the pair speaks',
    text: 'وقال الباحثان خالد الفهد وسامي العلي إن النتائج «مشجعة».',
    quotes: [['مشجعة', 'partial', 'خالد الفهد وسامي العلي']],
  },
];

const notNames: readonly Row[] = [
  {
    what: 'a participle of addressing after the subject is how he spoke, no word of his name',
    text: 'وأضاف الرئيس موجها كلامه للصحفيين: «عقدنا صفقات جيدة».',
    quotes: [['عقدنا صفقات جيدة', 'direct', 'الرئيس']],
  },
  {
    what: 'a noun of speech with the speaker’s pronoun after his name is the object',
    text: 'ووجه المستشار خالد عبد الرحمن كلامه للأعضاء قائلا: «الحضور كبير اليوم».',
    quotes: [['الحضور كبير اليوم', 'direct', 'خالد عبد الرحمن']],
  },
  {
    what: 'a sister of كان opening the sentence is no word of the name after it',
    text: 'أصبح سام ألتمان، مؤسس الشركة، شخصية معروفة في الوادي.\nوقال سام ألتمان خلال المؤتمر: «سنتوسع في آسيا».',
    quotes: [['سنتوسع في آسيا', 'direct', 'سام ألتمان']],
  },
  {
    what: 'وخاصة before one of a group named is no word of his name',
    text: 'وقال المدرب إن الجهاز الطبي جهز اللاعبين وخاصة ماجد العتيبي.\nمن جانبه، أعرب لاعب الوسط ماجد العتيبي عن شكره للجماهير، مضيفا: «نعدكم بالفوز».',
    quotes: [['نعدكم بالفوز', 'direct', 'ماجد العتيبي']],
  },
  {
    what: 'the head of a time phrase after a verb is when, no subject',
    text: 'وقالت مديرة الصندوق، في مدونة نشرتها قبيل اجتماع الوزراء: «الاقتصاد يتباطأ».',
    quotes: [['الاقتصاد يتباطأ', 'direct', 'مديرة الصندوق']],
  },
  {
    what: 'a noun of stance with the speaker’s pronoun after the verb is its object',
    text: 'وجددت الوزيرة موقفها، حيث أكدت عزمها طرح «خطة بديلة» على البرلمان.',
    quotes: [['خطة بديلة', 'partial', 'الوزيرة']],
  },
  {
    what: 'a relay’s past form after قرار is its verbal noun (قرار نقل), no cue',
    text: 'ورأى رئيس الاتحاد أن قرار نقل مباراة المنتخب «ظالم وغير مبرر».',
    quotes: [['ظالم وغير مبرر', 'partial', 'رئيس الاتحاد']],
  },
  {
    what: 'guard: an adjective in ة that folds like a noun of speech with a pronoun (دراسة حديثة)',
    text: 'وأظهرت دراسة حديثة أن «نصف الأسر تعاني من الديون».',
    quotes: [['نصف الأسر تعاني من الديون', 'partial', 'دراسة حديثة']],
  },
  {
    what: 'guard: خاصة as the adjective “private” after a noun stays in the source',
    text: 'وذكرت قناة «الشرق» نقلا عن مصادر خاصة أن «المفاوضات ستستأنف الأسبوع المقبل».',
    quotes: [
      ['الشرق', 'mention', null],
      ['المفاوضات ستستأنف الأسبوع المقبل', 'partial', 'مصادر خاصة'],
    ],
  },
];

const headlines: readonly Row[] = [
  {
    what: 'a headline’s words, then “statements from” and who made them',
    text: '«الوضع صعب».. تصريحات صادمة من هيرفي رينارد بعد الخسارة\nتحدث المدرب الفرنسي هيرفي رينارد بعد خسارة المنتخب أمام البحرين.',
    quotes: [['الوضع صعب', 'partial', 'هيرفي رينارد']],
  },
  {
    what: 'a headline that names the speaker first, what he did, then the words after ".."',
    text: 'ماكرون خلال زيارته للمستشفى.. «الأطباء أبطال حقيقيون»\nأكد الرئيس الفرنسي إيمانويل ماكرون أن «الطواقم الطبية تستحق التقدير».',
    quotes: [
      ['الأطباء أبطال حقيقيون', 'partial', 'إيمانويل ماكرون'],
      ['الطواقم الطبية تستحق التقدير', 'partial', 'إيمانويل ماكرون'],
    ],
  },
  {
    what: 'guard: a place before ".." and a quoted name in the headline is no speaker',
    text: 'الرياض.. «موسم الرياض» ينطلق الليلة\nأعلنت الهيئة العامة للترفيه انطلاق الموسم.',
    quotes: [['موسم الرياض', 'mention', null]],
  },
  {
    what: 'guard: a quoted name before “statements from” a body is the name of a thing',
    text: '«موسم الرياض».. تصريحات جديدة من الهيئة حول المواعيد\nأعلنت الهيئة العامة للترفيه مواعيد الموسم.',
    quotes: [['موسم الرياض', 'mention', null]],
  },
];

const turnsAndGenitives: readonly Row[] = [
  {
    what: 'a turn marker with no comma, then the new speaker before his verb (SVO)',
    text: 'وأضاف المدرب: «نحن جاهزون».\nمن جانبه قائد المنتخب سامر الخطيب قال إن «التعادل لم يكن عادلا».',
    quotes: [
      ['نحن جاهزون', 'direct', 'المدرب'],
      ['التعادل لم يكن عادلا', 'partial', 'سامر الخطيب'],
    ],
  },
  {
    what: 'كابتن in construct is a title (a side’s captain)',
    text: 'وأضاف المدرب: «نحن جاهزون».\nمن جانبه كابتن المنتخب سامر الخطيب قال: «التعادل لم يكن عادلا».',
    quotes: [
      ['نحن جاهزون', 'direct', 'المدرب'],
      ['التعادل لم يكن عادلا', 'direct', 'سامر الخطيب'],
    ],
  },
  {
    what: 'a relay’s past form after على is its verbal noun: the participle goes back to the subject',
    text: 'وعلق الرئيس على نقل السفارة، قائلا: «هذا قرار خاطئ».',
    quotes: [['هذا قرار خاطئ', 'direct', 'الرئيس']],
  },
  {
    what: 'a firm’s quoted name after لـ and a definite title, its holder named right after',
    text: 'وأضاف الرئيس التنفيذي لـ«أرامكو» خالد الفالح: «مررنا بأزمات كثيرة».',
    quotes: [
      ['أرامكو', 'mention', null],
      ['مررنا بأزمات كثيرة', 'direct', 'خالد الفالح'],
    ],
  },
  {
    what: 'guard: a paper after لـ and a title, no name after it, is the outlet told',
    text: 'وقال الرئيس التنفيذي لـ«عكاظ»: «مررنا بأزمات كثيرة».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['مررنا بأزمات كثيرة', 'direct', 'الرئيس التنفيذي'],
    ],
  },
  {
    what: 'whom he told after ل (لمخاطبيه) is no subject: the speaker goes on',
    text: 'وقال بنكيران إن المؤتمر سيفرز «قيادة جديدة»، وأوضح لمخاطبيه أن «القيادة الجديدة لا تعني الإقصاء».',
    quotes: [
      ['قيادة جديدة', 'partial', 'بنكيران'],
      ['القيادة الجديدة لا تعني الإقصاء', 'partial', 'بنكيران'],
    ],
  },
  {
    what: 'a manner (بقوة) after the verb is no subject',
    text: 'وخرج المدرب عن صمته، ورد بقوة على المنتقدين قائلا: «الفريق قدم كل ما لديه».',
    quotes: [['الفريق قدم كل ما لديه', 'direct', 'المدرب']],
  },
  {
    what: 'guard: a body whose head opens with ل (لجنة) still speaks',
    text: 'وقالت لجنة الانتخابات إن «النتائج نهائية».',
    quotes: [['النتائج نهائية', 'partial', 'لجنة الانتخابات']],
  },
];

const reviewGuards: readonly Row[] = [
  {
    what: 'guard: سيما alone is a given name, not ولا سيما',
    text: 'وقالت المديرة التنفيذية لهيئة الأمم المتحدة للمرأة سيما بحوث إن «النساء يدفعن الثمن».',
    quotes: [['النساء يدفعن الثمن', 'partial', 'سيما بحوث']],
  },
  {
    what: 'guard: بات alone is a given name after a title, not كان’s sister',
    text: 'وقال قائد المنتخب الأسترالي بات كامينز إن «الفريق مستعد للسلسلة».',
    quotes: [['الفريق مستعد للسلسلة', 'partial', 'بات كامينز']],
  },
  {
    what: 'guard: وهبة is a name of its own, no و and هبة',
    text: 'وقال الشيخ وهبة الزحيلي في محاضرته: «الاجتهاد باب مفتوح».\nوأضاف الزحيلي: «العلم لا يعرف الحدود».',
    quotes: [
      ['الاجتهاد باب مفتوح', 'direct', 'وهبة الزحيلي'],
      ['العلم لا يعرف الحدود', 'direct', 'وهبة الزحيلي'],
    ],
  },
  {
    what: 'guard: a surname in و after a given name alone stays in the name',
    text: 'وقالت بسمة وهبة: «البرنامج سيعود».',
    quotes: [['البرنامج سيعود', 'direct', 'بسمة وهبة']],
  },
  {
    what: 'guard: two people after a title with a one-word name speak together',
    text: 'وقالت الفنانة يسرا وهند صبري في تصريح مشترك: «المهرجان رائع».',
    quotes: [['المهرجان رائع', 'direct', 'يسرا وهند صبري']],
  },
  {
    what: 'guard: a given name in و in apposition before إن (no comma after it)',
    text: 'وقال المحافظ، وجيه عبد الصادق إن «الطرق ستفتح غدا».',
    quotes: [['الطرق ستفتح غدا', 'partial', 'وجيه عبد الصادق']],
  },
  {
    what: 'guard: a foreign name in و in apposition before إن',
    text: 'وقال وزير الخارجية الصيني، وانغ يي إن «بكين تدعم الحوار».',
    quotes: [['بكين تدعم الحوار', 'partial', 'وانغ يي']],
  },
  {
    what: 'guard: a verb with an object pronoun after خطة is a relative clause’s, its subject the minister',
    text: 'وفي خطة كشفها وزير المالية، أكد أن «العجز سينخفض».',
    quotes: [['العجز سينخفض', 'partial', 'وزير المالية']],
  },
  {
    what: 'guard: one who posted his own video on his account speaks',
    text: 'وقال في مقطع مصور، والذي نشره النجم محمد صلاح عبر حسابه الرسمي: «سنعود أقوى».',
    quotes: [['سنعود أقوى', 'direct', 'محمد صلاح']],
  },
  {
    what: 'guard: a headline whose subject receives something: the quote is the award’s name',
    text: 'ميسي يتوج بجائزة جديدة.. «الأفضل في العالم»\nقال النجم الأرجنتيني ليونيل ميسي إن «الجائزة للفريق».',
    quotes: [
      ['الأفضل في العالم', 'mention', null],
      ['الجائزة للفريق', 'partial', 'ليونيل ميسي'],
    ],
  },
  {
    what: 'guard: a question before a reply is what was asked, not the reply',
    text: '«متى تعود الكهرباء؟».. رد من وزير الطاقة على المواطنين\nقال وزير الطاقة إن «الإصلاحات مستمرة».',
    quotes: [
      ['متى تعود الكهرباء؟', 'mention', null],
      ['الإصلاحات مستمرة', 'partial', 'وزير الطاقة'],
    ],
  },
];

const objectsAfterTitles: readonly Row[] = [
  {
    what: 'a definite noun after a complete definite title, after a verb that takes an object, is the object',
    text: 'وقال الأمين العام للأمم المتحدة أنطونيو غوتيريش إن المساعدات «لا تكفي».\nووصف الأمين العام الوضع في القطاع بأنه «هش للغاية».',
    quotes: [
      ['لا تكفي', 'partial', 'أنطونيو غوتيريش'],
      ['هش للغاية', 'partial', 'أنطونيو غوتيريش'],
    ],
  },
  {
    what: 'guard: a title’s own adjective (الجديد) after it stays in the title',
    text: 'وأكد المدرب الجديد أن «الفريق جاهز للموسم».',
    quotes: [['الفريق جاهز للموسم', 'partial', 'المدرب الجديد']],
  },
  {
    what: 'guard: after قال a definite word after the title is not read as an object',
    text: 'وقال الرئيس السابق إن «الوضع صعب».',
    quotes: [['الوضع صعب', 'partial', 'الرئيس السابق']],
  },
];

const reviewGuards2: readonly Row[] = [
  {
    what: 'guard: a title’s adjective of فعيل shape (الجديد) stays in the title after a verb that takes an object',
    text: 'وانتقد الوزير الجديد أداء الحكومة السابقة، وقال: «لن نقبل بالتقصير».',
    quotes: [['لن نقبل بالتقصير', 'direct', 'الوزير الجديد']],
  },
  {
    what: 'guard: الخاص after المبعوث stays in the title',
    text: 'وكشف المبعوث الخاص للأمم المتحدة إلى اليمن أن «المحادثات متعثرة».',
    quotes: [['المحادثات متعثرة', 'partial', 'المبعوث الخاص للأمم المتحدة']],
  },
  {
    what: 'guard: after بحسب the title is read whole',
    text: '«الأسعار ستنخفض»، بحسب المتحدث الجديد للوزارة.',
    quotes: [['الأسعار ستنخفض', 'direct', 'المتحدث الجديد للوزارة']],
  },
  {
    what: 'guard: two full names after a title speak together when no third follows',
    text: 'وقال الممثل أحمد حلمي ومحمد هنيدي: «نعود معا».',
    quotes: [['نعود معا', 'direct', 'أحمد حلمي ومحمد هنيدي']],
  },
  {
    what: 'guard: reports a site published: the site speaks, not the reports',
    text: 'وأشارت التقارير التي نشرها الموقع إلى أن «الإنتاج تراجع».',
    quotes: [['الإنتاج تراجع', 'partial', 'الموقع']],
  },
];

const authorAfterThat: readonly Row[] = [
  {
    what: 'جاء ذلك في بيان لـ a titled person: she keeps the floor for the feminine verb after it',
    text: 'قالت المنظمة إن الوضع صعب.\nجاء ذلك في بيان للمديرة التنفيذية للمنظمة كاثرين راسل، اليوم الأحد.\nوأكدت أن «الأطفال يدفعون الثمن».',
    quotes: [['الأطفال يدفعون الثمن', 'partial', 'كاثرين راسل']],
  },
  {
    what: 'جاء ذلك في كلمة ألقتها a titled person (a feminine verb of delivering)',
    text: 'قالت المنظمة إن الوضع صعب.\nجاء ذلك في كلمة ألقتها المديرة التنفيذية للمنظمة كاثرين راسل، اليوم الأحد.\nوأكدت أن «الأطفال يدفعون الثمن».',
    quotes: [['الأطفال يدفعون الثمن', 'partial', 'كاثرين راسل']],
  },
  {
    what: 'جاء ذلك في تصريح صحفي لـ a club president, after the body had spoken',
    text: 'قال الاتحاد إن الوضع صعب.\nجاء ذلك في تصريح صحفي لرئيس الاتحاد خالد العمري، اليوم.\nوأضاف: «الأندية تعاني».',
    quotes: [['الأندية تعاني', 'direct', 'خالد العمري']],
  },
  {
    what: 'guard: a paper after تصريح لـ is the outlet told, the speaker goes on',
    text: 'قال الوزير خالد العمري إن الوضع صعب.\nجاء ذلك في تصريح لصحيفة «عكاظ»، اليوم.\nوأضاف: «الأندية تعاني».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['الأندية تعاني', 'direct', 'خالد العمري'],
    ],
  },
];

describe('particles and manners after a comma or a cue open no name', () => runRows(namelessOpeners));
describe('a subject past an aside between commas takes the floor', () => runRows(floorAfterAside));
describe('relative clauses after the words and after the speaker', () => runRows(relatives));
describe('و after a title: a clause or a second person', () => runRows(conjunctions));
describe('words read into a speaker’s name that no name holds', () => runRows(notNames));
describe('headlines that name the speaker around the words', () => runRows(headlines));
describe('turn markers, titles’ genitives and words after ل or ب', () => runRows(turnsAndGenitives));
describe('guards from the review of this session’s change', () => runRows(reviewGuards));
describe('a definite object after a complete title', () => runRows(objectsAfterTitles));
describe('guards from the second review', () => runRows(reviewGuards2));
describe('جاء ذلك في … and the author who keeps the floor', () => runRows(authorAfterThat));
