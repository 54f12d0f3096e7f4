/**
 * Where a person's name starts and ends (issue 3, second round): rules the probes of unseen Saudi and
 * international articles asked for, each on passages of its own written here in news style. Every rule
 * row fails without its rule; a guard row keeps the opposite case the rule must not touch.
 *
 * - A word that also spells a reporting verb, right before يدعى / تدعى, is the description's noun
 *   (ولي أمر طالب يدعى فلان: طالب is a student, not "demanded"): the name after يدعى speaks.
 * - The name after يدعى is trimmed as a name alone: the description before it (رجل خمسيني, سيدة
 *   سبعينية) does not count against the name's length, and the name is closed where the phrase was.
 * - A cue negated in a relative clause (، الذي لم يرد اسمه في القائمة:) reports nothing said: the quote
 *   after it is the outer cue's.
 * - A definite broken plural (الأجواء, الأطراف) after a given name and a second plain word, no family
 *   name read yet, is the verb's object: the name is the two words, closed there.
 * - A first name that spells ف and a verb only once its hamza is folded away (فرات: ف + رأت), written
 *   without the hamza after a definite word or between commas, before a word of the name, is no cue.
 * - A first name read forward once in the narration, a comma and وهو/وهي right after (يقف الحسين أوعلي،
 *   وهو فلاح …; a nisba family name too), is that person's full name: a later ويقول الحسين is tied to it.
 * - A kunya (أبو أحمد, أم خالد) read back for its fuller form takes in the word before it only when that
 *   word is a given name (سامي أبو زهري), never the verb of the narration (يعيش أبو أحمد، وهو …).
 * - An indefinite description's origin or place after من / في (شاب من كينيا, مواطن من حي النسيم), with
 *   يدعى within a few plain words after it, is the description's: the name after يدعى speaks.
 * - A definite title word between a given name and a word of lineage (بن, بنت, ولد, منت) is the second
 *   half of a compound first name (محمد الأمين ولد سيدي), not a title that ends the name.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const calledRows: readonly Row[] = [
  {
    what: 'a student (طالب, also the verb "demanded") opening the subject, then يدعى and his full name before the colon',
    text: 'وأمام بوابة الجامعة، قال طالب يدعى فهد بن سعد العتيبي: «انتظرنا النتائج أسبوعين كاملين دون أي رد».',
    quotes: [['انتظرنا النتائج أسبوعين كاملين دون أي رد', 'direct', 'فهد بن سعد العتيبي']],
  },
  {
    what: 'a woman student (طالبة) then تدعى and her name, and the paper after لـ before the colon',
    text: 'وقالت طالبة تدعى نورة سعد القحطاني لـ«عكاظ»: «كنت أتمنى كلية الطب، لكن النسبة لم تسعفني».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['كنت أتمنى كلية الطب، لكن النسبة لم تسعفني', 'direct', 'نورة سعد القحطاني'],
    ],
  },
  {
    what: 'a brother of a student (شقيق طالب) then يدعى and a name, in an international wire style with للصحفيين',
    text: 'وفي الموصل، قال شقيق طالب يدعى أحمد حسين الجبوري للصحفيين: «لم نسمع عنه شيئاً منذ أسبوع».',
    quotes: [['لم نسمع عنه شيئاً منذ أسبوع', 'direct', 'أحمد حسين الجبوري']],
  },
  {
    what: 'a pupil’s father (ولي أمر طالبة) then يدعى and his name, with إن and a partial quote',
    text: 'وقال ولي أمر طالبة يدعى سعد بن علي الزهراني إن المدرسة «لم تبلغنا بأي تغيير في مواعيد الاختبارات».',
    quotes: [['لم تبلغنا بأي تغيير في مواعيد الاختبارات', 'partial', 'سعد بن علي الزهراني']],
  },
  {
    what: 'guard: طالب as the cue itself, its subject a description with يدعى and a name, then the object',
    text: 'وطالب ولي أمر يدعى فهد العتيبي الوزارة بـ«إعادة النظر في قرار دمج المدارس».',
    quotes: [['إعادة النظر في قرار دمج المدارس', 'partial', 'فهد العتيبي']],
  },
  {
    what: 'guard: طالب as the verb of a relative clause after the name, no يدعى: the name before it speaks',
    text: 'وقال رئيس الاتحاد فهد العتيبي، الذي طالب بتأجيل المباراة: «لا يمكن أن نلعب في هذا الحر».',
    quotes: [['لا يمكن أن نلعب في هذا الحر', 'direct', 'فهد العتيبي']],
  },
];

const calledNameRows: readonly Row[] = [
  {
    what: 'a man described by his age (رجل خمسيني), then يدعى and three plain names, and a circumstantial clause before the colon',
    text: 'وقال رجل خمسيني يدعى سالم مبارك العامري وهو يقف أمام منزله المهدم: «خسرنا كل شيء في ليلة واحدة».',
    quotes: [['خسرنا كل شيء في ليلة واحدة', 'direct', 'سالم مبارك العامري']],
  },
  {
    what: 'an old woman (سيدة سبعينية) then تدعى and three names, in the style of a Saudi paper’s flood report',
    text: 'وفي حي الربوة، قالت سيدة سبعينية تدعى فاطمة علي الحربي: «لم أر سيلاً كهذا منذ أربعين عاماً».',
    quotes: [['لم أر سيلاً كهذا منذ أربعين عاماً', 'direct', 'فاطمة علي الحربي']],
  },
  {
    what: 'a young man (شاب عشريني) then يدعى and three names, then the agency he spoke to (لوكالة فرانس برس)',
    text: 'وقال شاب عشريني يدعى كريم محمود السيد لوكالة فرانس برس: «ننتظر في الطابور منذ الفجر ولم نحصل على شيء».',
    quotes: [['ننتظر في الطابور منذ الفجر ولم نحصل على شيء', 'direct', 'كريم محمود السيد']],
  },
  {
    what: 'a woman (امرأة) then تدعى and three names, then للصحفيين',
    text: 'وقالت امرأة تدعى زينب حسن الموسوي للصحفيين: «أطفالي لم يأكلوا شيئاً منذ يومين».',
    quotes: [['أطفالي لم يأكلوا شيئاً منذ يومين', 'direct', 'زينب حسن الموسوي']],
  },
  {
    what: 'guard: a one-word name after يدعى, before للصحفيين: the name stays one word',
    text: 'وقال شاب يدعى كريم للصحفيين: «لا أحد يسمعنا هنا».',
    quotes: [['لا أحد يسمعنا هنا', 'direct', 'كريم']],
  },
  {
    what: 'guard: a name after يدعى that goes on through عبد الله, before إن: read as it was',
    text: 'وقال مزارع يدعى حسن عبد الله المحمد إن المحصول «ضاع بالكامل هذا العام».',
    quotes: [['ضاع بالكامل هذا العام', 'partial', 'حسن عبد الله المحمد']],
  },
];

const relativeRows: readonly Row[] = [
  {
    what: 'a citizen, then ، الذي لم يرد اسمه (يرد also "replies") in a relative clause before the colon: the citizen speaks',
    text: 'وقال المواطن سعد بن علي الغامدي، الذي لم يرد اسمه في كشوف المستحقين: «راجعت الفرع ثلاث مرات دون أي نتيجة».',
    quotes: [['راجعت الفرع ثلاث مرات دون أي نتيجة', 'direct', 'سعد بن علي الغامدي']],
  },
  {
    what: 'a singer, then ، التي لم تؤكد مشاركتها … before the colon: the negated cue reports nothing',
    text: 'وقالت المغنية اللبنانية ريما حداد، التي لم تؤكد مشاركتها في المهرجان حتى الآن: «الأمر مرتبط بالظروف الأمنية».',
    quotes: [['الأمر مرتبط بالظروف الأمنية', 'direct', 'ريما حداد']],
  },
  {
    what: 'a coach, then ، الذي لا يعلق عادة على التحكيم: (a present negated with لا) before the colon',
    text: 'وقال المدرب البرتغالي جوزيه سيلفا، الذي لا يعلق عادة على التحكيم: «ما حدث اليوم لا يمكن السكوت عنه».',
    quotes: [['ما حدث اليوم لا يمكن السكوت عنه', 'direct', 'جوزيه سيلفا']],
  },
  {
    what: 'guard: a relative clause whose cue is not negated (الذي قال للصحفيين:), after a verb that is no cue: the antecedent speaks through it',
    text: 'وكان الوزير قد التقى الناشط فهد العلي، الذي قال للصحفيين بعد اللقاء: «الوزير وعد بحل المشكلة».',
    quotes: [['الوزير وعد بحل المشكلة', 'direct', 'فهد العلي']],
  },
  {
    what: 'guard: an affirmed cue in the relative clause (الذي أكد أنه …) before the outer cue’s colon',
    text: 'وقال المواطن سعد بن علي الغامدي، الذي أكد أنه راجع الفرع ثلاث مرات: «لم أحصل على أي رد».',
    quotes: [['لم أحصل على أي رد', 'direct', 'سعد بن علي الغامدي']],
  },
];

const pluralObjectRows: readonly Row[] = [
  {
    what: 'a committee chairman named by a given name and a plain second word, then the object as a definite broken plural (الأوضاع)',
    text: 'وانتقد رئيس اللجنة المالية في البرلمان خالد سعيد الأوضاع الاقتصادية، وقال إن الحكومة «لم تقدم أي خطة واضحة».',
    quotes: [['لم تقدم أي خطة واضحة', 'partial', 'خالد سعيد']],
  },
  {
    what: 'a minister with a nationality, a two-word name, then the object (الأطراف المتنازعة) and مؤكداً أن',
    text: 'وحمّل وزير الداخلية الليبي سالم مبارك الأطراف المتنازعة مسؤولية التصعيد، مؤكداً أن الوزارة «لن تقف مكتوفة الأيدي».',
    quotes: [['لن تقف مكتوفة الأيدي', 'partial', 'سالم مبارك']],
  },
  {
    what: 'a coach by his role and two names, then the object (الأخطاء التحكيمية) بأنها «…»',
    text: 'ووصف المدير الفني للمنتخب حسام حسن الأخطاء التحكيمية بأنها «كارثية وغير مقبولة».',
    quotes: [['كارثية وغير مقبولة', 'partial', 'حسام حسن']],
  },
  {
    what: 'a Saudi mayor (أمين منطقة) with two names, then the object (الأمطار الأخيرة) بأنها «…»',
    text: 'ووصف أمين منطقة القصيم فهد سليمان الأمطار الأخيرة بأنها «الأغزر منذ عشرين عاماً».',
    quotes: [['الأغزر منذ عشرين عاماً', 'partial', 'فهد سليمان']],
  },
  {
    what: 'guard: a nisba family name after two plain names (الأحمدي), then the object: the family name stays',
    text: 'ووصف وزير المالية خالد سعيد الأحمدي القرار بأنه «خطوة ضرورية لضبط الإنفاق».',
    quotes: [['خطوة ضرورية لضبط الإنفاق', 'partial', 'خالد سعيد الأحمدي']],
  },
  {
    what: 'guard: a family name of the shape أفعل (الأطرش), not a broken plural, before إن',
    text: 'وقال رئيس الوزراء الأردني فيصل عادل الأطرش إن بلاده «لن تتخلى عن دورها».',
    quotes: [['لن تتخلى عن دورها', 'partial', 'فيصل عادل الأطرش']],
  },
];

const hamzaRows: readonly Row[] = [
  {
    what: 'an oil expert by title, nationality and فرات (ف + رأت once its hamza is folded away) and a family name, then لـ«…» إن',
    text: 'وقال الخبير النفطي العراقي فرات الجبوري لـ«الشرق الأوسط» إن الاتفاق «لا يضمن حقوق الدولة في الحقل».',
    quotes: [
      ['الشرق الأوسط', 'mention', null],
      ['لا يضمن حقوق الدولة في الحقل', 'partial', 'فرات الجبوري'],
    ],
  },
  {
    what: 'a political analyst named before his verb (لكن المحلل السياسي فرات العبيدي قال إن)',
    text: 'لكن المحلل السياسي فرات العبيدي قال إن الحكومة «تحاول كسب الوقت قبل الانتخابات».',
    quotes: [['تحاول كسب الوقت قبل الانتخابات', 'partial', 'فرات العبيدي']],
  },
  {
    what: 'a company director with فرات and a family name in apposition between commas, then إن',
    text: 'وقال مدير شركة نفط البصرة، فرات الساعدي، إن الإنتاج «سيعود إلى مستواه الطبيعي خلال أسبوع».',
    quotes: [['سيعود إلى مستواه الطبيعي خلال أسبوع', 'partial', 'فرات الساعدي']],
  },
  {
    what: 'guard: أما … فرأت أن with its hamza written: the verb of the topic, who speaks',
    text: 'أما الوزيرة فرأت أن الخطة «تحتاج إلى تمويل إضافي».',
    quotes: [['تحتاج إلى تمويل إضافي', 'partial', 'الوزيرة']],
  },
  {
    what: 'guard: أما … فرات أن without its hamza but with أن right after it: still the verb',
    text: 'أما الوزيرة فرات أن الخطة «تحتاج إلى تمويل إضافي».',
    quotes: [['تحتاج إلى تمويل إضافي', 'partial', 'الوزيرة']],
  },
];

const introducedRows: readonly Row[] = [
  {
    what: 'a Saudi market seller brought in by his full name (a nisba family name) and ، وهو …, then ويقول + first name لـ«اليوم»:',
    text: 'وفي سوق الخضار بالدمام، يقف سالم الدوسري، وهو بائع في الستين من عمره، خلف بسطته. ويقول سالم لـ«اليوم»: «الأسعار ارتفعت والزبائن قلوا».',
    quotes: [
      ['اليوم', 'mention', null],
      ['الأسعار ارتفعت والزبائن قلوا', 'direct', 'سالم الدوسري'],
    ],
  },
  {
    what: 'a refugee mother brought in with ، وهي أم …, then وتقول + her first name:',
    text: 'وفي مخيم الزعتري، تجلس فاطمة حمدان، وهي أم لأربعة أطفال، أمام خيمتها. وتقول فاطمة: «لم نعد نحلم إلا بالعودة».',
    quotes: [['لم نعد نحلم إلا بالعودة', 'direct', 'فاطمة حمدان']],
  },
  {
    what: 'a former teacher brought in with ، وهو مدرس سابق، then ويقول + first name لبي بي سي:',
    text: 'وفي ريف إدلب، يعمل خالد عبيد، وهو مدرس سابق، في حقل للزيتون. ويقول خالد لبي بي سي: «فقدنا كل شيء إلا الأرض».',
    quotes: [['فقدنا كل شيء إلا الأرض', 'direct', 'خالد عبيد']],
  },
  {
    what: 'guard: what a man works as (سائقا) after his first name, then ، وهو: no family name, the first name stays',
    text: 'قال محمد: «سأبقى هنا». ويعمل محمد سائقا، وهو في الأربعين من عمره. وقال محمد: «لا أملك غير هذه السيارة».',
    quotes: [
      ['سأبقى هنا', 'direct', 'محمد'],
      ['لا أملك غير هذه السيارة', 'direct', 'محمد'],
    ],
  },
  {
    what: 'guard: a first name with no ، وهو after it in the narration (يقف فلان وسط حقل): not tied on one reading',
    text: 'وفي ضواحي أكادير، يقف إبراهيم أمزيان وسط حقل. ويقول إبراهيم: «لم أر جفافاً كهذا».',
    quotes: [['لم أر جفافاً كهذا', 'direct', 'إبراهيم']],
  },
];

const kunyaRows: readonly Row[] = [
  {
    what: 'a taxi driver by his kunya after a present verb of narration (يقف أبو محمد، وهو …), then ويقول أبو محمد:',
    text: 'وفي حي الشجاعية، يقف أبو محمد، وهو سائق أجرة فقد سيارته في القصف، أمام ركام منزله. ويقول أبو محمد: «لم يبق لنا شيء هنا».',
    quotes: [['لم يبق لنا شيء هنا', 'direct', 'أبو محمد']],
  },
  {
    what: 'a widow by her kunya after تعيش, with ، وهي أرملة …, then وتقول أم خالد:',
    text: 'وفي أحد أحياء الموصل القديمة، تعيش أم خالد، وهي أرملة في الستين، مع أحفادها الخمسة. وتقول أم خالد: «ننتظر المساعدات منذ شهرين».',
    quotes: [['ننتظر المساعدات منذ شهرين', 'direct', 'أم خالد']],
  },
  {
    what: 'a fisherman by his kunya after يجلس, then ويقول أبو سالم لـ«عكاظ»:',
    text: 'وعلى أطراف المدينة، يجلس أبو سالم، وهو صياد منذ ثلاثين عاماً، قرب قاربه. ويقول أبو سالم لـ«عكاظ»: «البحر لم يعد كما كان».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['البحر لم يعد كما كان', 'direct', 'أبو سالم'],
    ],
  },
  {
    what: 'guard: a family name in أبو after a given name (سامي أبو زهري), later by the family name alone: tied to the full name',
    text: 'وقال القيادي في حركة حماس سامي أبو زهري في بيان: «الاحتلال يتحمل المسؤولية». وأضاف أبو زهري: «لن نقبل بأي شروط».',
    quotes: [
      ['الاحتلال يتحمل المسؤولية', 'direct', 'سامي أبو زهري'],
      ['لن نقبل بأي شروط', 'direct', 'سامي أبو زهري'],
    ],
  },
  {
    what: 'guard: a spokesman in apposition with a family name in أبو (حازم أبو شنب), then وتابع أبو شنب:',
    text: 'وقال المتحدث باسم الحركة، حازم أبو شنب، للصحفيين: «الحوار هو الطريق الوحيد». وتابع أبو شنب: «ننتظر رد الطرف الآخر».',
    quotes: [
      ['الحوار هو الطريق الوحيد', 'direct', 'حازم أبو شنب'],
      ['ننتظر رد الطرف الآخر', 'direct', 'حازم أبو شنب'],
    ],
  },
];

const placeCalledRows: readonly Row[] = [
  {
    what: 'a citizen from a district (مواطن من حي النسيم) then يدعى and his name, then لـ«الرياض»:',
    text: 'وقال مواطن من حي النسيم يدعى فهد العتيبي لـ«الرياض»: «المياه مقطوعة منذ يومين ولم يتواصل معنا أحد».',
    quotes: [
      ['الرياض', 'mention', null],
      ['المياه مقطوعة منذ يومين ولم يتواصل معنا أحد', 'direct', 'فهد العتيبي'],
    ],
  },
  {
    what: 'a farmer from a countryside (مزارع من ريف درعا) then يدعى and his name before the colon',
    text: 'وقال مزارع من ريف درعا يدعى حسن المحاميد: «خسرنا موسم القمح بالكامل».',
    quotes: [['خسرنا موسم القمح بالكامل', 'direct', 'حسن المحاميد']],
  },
  {
    what: 'a construction worker from a country then يدعى, his compound name, and a place adverbial after the comma',
    text: 'وقال عامل بناء من بنغلاديش يدعى رحيم الدين، خارج مقر الشركة: «لم نتسلم رواتبنا منذ أربعة أشهر».',
    quotes: [['لم نتسلم رواتبنا منذ أربعة أشهر', 'direct', 'رحيم الدين']],
  },
  {
    what: 'guard: an unnamed official in a ministry (مسؤول في وزارة الصحة), no يدعى: the description speaks',
    text: 'وقال مسؤول في وزارة الصحة إن الوزارة «تتابع الحالات عن كثب».',
    quotes: [['تتابع الحالات عن كثب', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'guard: a man from the residents (رجل من سكان الحي), no يدعى: the description stays as it was read',
    text: 'وقال رجل من سكان الحي: «سمعنا انفجارين متتاليين».',
    quotes: [['سمعنا انفجارين متتاليين', 'direct', 'رجل']],
  },
];

const compoundRows: readonly Row[] = [
  {
    what: 'a minister with a compound first name (محمد الأمين: الأمين is also "the secretary") and ولد, at a press conference',
    text: 'وقال وزير الصيد والاقتصاد البحري محمد الأمين ولد الشيخ في مؤتمر صحفي بنواكشوط إن الحكومة «ستراجع رخص الصيد الأجنبية».',
    quotes: [['ستراجع رخص الصيد الأجنبية', 'partial', 'محمد الأمين ولد الشيخ']],
  },
  {
    what: 'a secretary-general (الأمين العام) whose own first name is محمد الأمين, then بن and his father’s name',
    text: 'وأوضح الأمين العام للحزب محمد الأمين بن عمر أن الحزب «لن يشارك في الانتخابات البلدية المقبلة».',
    quotes: [['لن يشارك في الانتخابات البلدية المقبلة', 'partial', 'محمد الأمين بن عمر']],
  },
  {
    what: 'a woman activist with a compound first name (عائشة المختار) and the Mauritanian منت (daughter of)',
    text: 'وقالت الناشطة الحقوقية عائشة المختار منت أحمد: «النساء هن أول من يدفع ثمن الجفاف في الريف».',
    quotes: [['النساء هن أول من يدفع ثمن الجفاف في الريف', 'direct', 'عائشة المختار منت أحمد']],
  },
  {
    what: 'a state company’s director general by مديرها العام, then محمد الأمين ولد and his surname, with إن',
    text: 'وتدير شركة “سنيم” مناجم الحديد في الشمال. وقال مديرها العام محمد الأمين ولد بوبكر للصحفيين إن الإنتاج “سيرتفع هذا العام”.',
    quotes: [
      ['سنيم', 'mention', null],
      ['سيرتفع هذا العام', 'partial', 'محمد الأمين ولد بوبكر'],
    ],
  },
  {
    what: 'guard: a definite surname after a first name, then a plain word (the visited hospital): the object, not a name',
    text: 'وزار وزير الصحة سامر الحداد مستشفى المدينة، وقال إن المستشفى «يحتاج إلى مئة سرير إضافي».',
    quotes: [['يحتاج إلى مئة سرير إضافي', 'partial', 'سامر الحداد']],
  },
  {
    what: 'guard: the secretary-general (الأمين العام) before a name with no lineage word: the title stays a title',
    text: 'وقال الأمين العام لمجلس التعاون جاسم محمد البديوي إن دول المجلس «تدعم كل جهد لخفض التصعيد».',
    quotes: [['تدعم كل جهد لخفض التصعيد', 'partial', 'جاسم محمد البديوي']],
  },
];

describe('name rules 2: a noun that spells a cue before يدعى is the description’s, the name after it speaks', () => {
  runRows(calledRows);
});

describe('name rules 2: the name after يدعى is trimmed alone, not with the description before it', () => {
  runRows(calledNameRows);
});

describe('name rules 2: a negated cue in a relative clause (الذي لم يرد) reports nothing; the outer cue’s subject speaks', () => {
  runRows(relativeRows);
});

describe('name rules 2: a definite broken plural after a given name and a plain word is the object, not a family name', () => {
  runRows(pluralObjectRows);
});

describe('name rules 2: a first name that spells ف and a verb once its hamza is folded away (فرات) is a name', () => {
  runRows(hamzaRows);
});

describe('name rules 2: a full name the narration introduces with ، وهو/وهي is the fuller form of the first name', () => {
  runRows(introducedRows);
});

describe('name rules 2: a kunya read back takes in a word before it only if that word is a given name', () => {
  runRows(kunyaRows);
});

describe('name rules 2: a description’s place after من / في, then يدعى: the name after يدعى speaks', () => {
  runRows(placeCalledRows);
});

describe('name rules 2: a title word between a given name and a word of lineage is a compound first name', () => {
  runRows(compoundRows);
});
