/**
 * Probing generality: short passages written here in the styles of newsrooms the development corpus
 * does not come from (wire services, Gulf official agencies, Egyptian, Maghrebi and Levantine papers,
 * sports, economy, courts, health, opinion, interviews). No row was tuned on the corpus and no engine
 * rule was written for them; the expectations come from reading each passage as a person would, under
 * the annotation rules of ../shared/corpus/README.md (speaker = the fullest name the passage gives,
 * without title, rank or honorific; a body for its statement; Y for a relay «نقلت X عن Y»).
 *
 * Rows the engine gets wrong carry `gaps` and an `// engine gap:` comment saying what it does instead,
 * so the suite passes and the gaps stay visible: when a gap is closed, vitest reports the row as an
 * unexpected pass and the mark comes off.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

/** Wire services: datelines, «في تصريح لوكالة», relays, sources who ask not to be named. */
const wireRows: readonly Row[] = [
  {
    what: 'wire: في تصريح لوكالة «…» between the speaker and the colon',
    text: 'وقال المتحدث باسم الجيش العقيد خالد المراغي في تصريح لوكالة «رويترز»: «القوات أحكمت سيطرتها على الطريق الساحلي».',
    quotes: [
      ['رويترز', 'mention', null],
      ['القوات أحكمت سيطرتها على الطريق الساحلي', 'direct', 'خالد المراغي'],
    ],
  },
  {
    what: 'wire: «…»، قال فلان لرويترز',
    text: '«لا نية لدينا لرفع أسعار الفائدة هذا العام»، قال محافظ البنك المركزي هشام الدباغ لرويترز.',
    quotes: [['لا نية لدينا لرفع أسعار الفائدة هذا العام', 'direct', 'هشام الدباغ']],
  },
  {
    what: 'wire: a dateline and agency in brackets before the lede',
    text: 'عمان (أ ف ب) - قالت وزيرة السياحة رلى الحديدي يوم الأحد إن القطاع «تعافى بالكامل» من آثار الجائحة.',
    quotes: [['تعافى بالكامل', 'partial', 'رلى الحديدي']],
  },
  {
    what: 'wire: an official who asked not to be named tells the agency, with أن',
    text: 'وأبلغ مسؤول أمني كبير وكالة فرانس برس، طالبا عدم كشف اسمه، أن «الهجوم كان منسقا ومن عدة محاور».',
    quotes: [['الهجوم كان منسقا ومن عدة محاور', 'partial', 'مسؤول أمني كبير']],
  },
  {
    what: 'wire: an agency abbreviation in brackets after the agency, then the colon',
    text: 'وقال الناطق باسم الشرطة المقدم سعيد الوافي في تصريح لوكالة الأنباء الألمانية (د ب أ): «تم توقيف ثلاثة مشتبه بهم».',
    quotes: [['تم توقيف ثلاثة مشتبه بهم', 'direct', 'سعيد الوافي']],
  },
  {
    what: 'wire: a title with no name (المتحدث باسم الكرملين) speaks to reporters',
    text: 'وقال المتحدث باسم الكرملين للصحفيين: «لا خطط لعقد قمة في الوقت الحالي».',
    quotes: [['لا خطط لعقد قمة في الوقت الحالي', 'direct', 'المتحدث باسم الكرملين']],
  },
  {
    what: 'wire: a time between the verb and its subject (وقال أمس الأربعاء وزير …)',
    text: 'وقال أمس الأربعاء وزير الزراعة حمد الكعبي: «المخزون الاستراتيجي من القمح يكفي ستة أشهر».',
    quotes: [['المخزون الاستراتيجي من القمح يكفي ستة أشهر', 'direct', 'حمد الكعبي']],
  },
  {
    what: 'relay: a channel relays an unnamed military official, with قوله and a colon',
    text: 'ونقلت قناة «العربية» عن مسؤول عسكري قوله: «القوات مستعدة لكل الاحتمالات».',
    quotes: [
      ['العربية', 'mention', null],
      ['القوات مستعدة لكل الاحتمالات', 'direct', 'مسؤول عسكري'],
    ],
  },
  {
    what: 'relay: a newspaper relays a government source, with أن',
    text: 'ونقلت صحيفة «الوطن» عن مصدر حكومي أن «القرار نهائي ولا رجعة فيه».',
    quotes: [
      ['الوطن', 'mention', null],
      ['القرار نهائي ولا رجعة فيه', 'partial', 'مصدر حكومي'],
    ],
  },
  {
    what: 'relay: a news site relays an American official',
    text: 'ونقل موقع «أكسيوس» عن مسؤول أميركي أن «واشنطن أبلغت حلفاءها بالقرار مسبقا».',
    quotes: [
      ['أكسيوس', 'mention', null],
      ['واشنطن أبلغت حلفاءها بالقرار مسبقا', 'partial', 'مسؤول أميركي'],
    ],
  },
  {
    what: 'relay: the official agency relays a named minister, قوله إن',
    text: 'ونقلت وكالة الأنباء الرسمية عن وزير النقل فهد القحطاني قوله إن «المطار الجديد سيستقبل أولى رحلاته في مارس».',
    quotes: [['المطار الجديد سيستقبل أولى رحلاته في مارس', 'partial', 'فهد القحطاني']],
  },
];

/** Gulf official news: honorifics (صاحب السمو, معالي, فخامة), pronoun honorifics (سموه, معاليه), long titles. */
const gulfRows: readonly Row[] = [
  {
    what: 'gulf: صاحب السمو الشيخ, a long name with بن and آل, a title after it, then سموه',
    text: 'وأكد صاحب السمو الشيخ حمدان بن سالم آل فارس ولي عهد الإمارة أن «الاستثمار في الإنسان هو أولويتنا الأولى». وقال سموه: «نفخر بما حققه أبناؤنا في هذا المجال».',
    quotes: [
      ['الاستثمار في الإنسان هو أولويتنا الأولى', 'partial', 'حمدان بن سالم آل فارس'],
      ['نفخر بما حققه أبناؤنا في هذا المجال', 'direct', 'حمدان بن سالم آل فارس'],
    ],
  },
  {
    what: 'gulf: صرح معالي الوزير بأن, then معاليه with قائلا',
    text: 'صرح معالي وزير الصحة الدكتور ناصر العتيبي بأن «المستشفيات الحكومية جاهزة لاستقبال الحالات كافة». وأشاد معاليه بجهود الكوادر الطبية، قائلا: «إنهم خط الدفاع الأول عن المجتمع».',
    quotes: [
      ['المستشفيات الحكومية جاهزة لاستقبال الحالات كافة', 'partial', 'ناصر العتيبي'],
      ['إنهم خط الدفاع الأول عن المجتمع', 'direct', 'ناصر العتيبي'],
    ],
  },
  {
    what: 'gulf: فخامة الرئيس receives a delegation, then وقال فخامته',
    text: 'استقبل فخامة الرئيس سليم الحداد في قصر الرئاسة اليوم وفدا برلمانيا، وقال فخامته: «أبواب الحوار مفتوحة دائما».',
    quotes: [['أبواب الحوار مفتوحة دائما', 'direct', 'سليم الحداد']],
  },
  {
    what: 'gulf: a security spokesman with a rank, a comma, then أن',
    text: 'وأوضح المتحدث الأمني لوزارة الداخلية اللواء مشعل الدوسري، أن «الجهات المختصة باشرت التحقيق فور وقوع الحادث».',
    quotes: [['الجهات المختصة باشرت التحقيق فور وقوع الحادث', 'partial', 'مشعل الدوسري']],
  },
  {
    what: 'gulf: سمو الشيخة, a woman named with بنت, and her title after the name',
    text: 'وأكدت سمو الشيخة مريم بنت راشد رئيسة مؤسسة الأسرة أن «تمكين المرأة ركيزة أساسية للتنمية».',
    quotes: [['تمكين المرأة ركيزة أساسية للتنمية', 'partial', 'مريم بنت راشد']],
  },
  {
    what: 'gulf: stacked titles without commas after the name (نائب رئيس مجلس الوزراء وزير الداخلية)',
    text: 'وقال سمو الشيخ خالد بن حمد آل سالم نائب رئيس مجلس الوزراء وزير الداخلية: «أمن الوطن خط أحمر».',
    quotes: [['أمن الوطن خط أحمر', 'direct', 'خالد بن حمد آل سالم']],
  },
  {
    what: 'gulf: a minister named in the lede, then معاليه in a later paragraph, to the agency',
    text: 'افتتح معالي وزير التعليم عبدالرحمن الشهري اليوم المعرض الدولي للتعليم العالي.\n\nوأوضح معاليه في تصريح لوكالة الأنباء الرسمية أن المعرض «فرصة لتبادل الخبرات بين الجامعات».',
    quotes: [['فرصة لتبادل الخبرات بين الجامعات', 'partial', 'عبدالرحمن الشهري']],
  },
  {
    what: 'gulf: رفع … أسمى آيات الشكر, then a participle with the words',
    text: 'ورفع رئيس الهيئة العامة للرياضة سعود المطيري أسمى آيات الشكر للقيادة، مؤكدا أن «الرياضة السعودية تعيش عصرها الذهبي».',
    quotes: [['الرياضة السعودية تعيش عصرها الذهبي', 'partial', 'سعود المطيري']],
  },
];

/** Egyptian papers: خلال كلمته, المستشار, اللواء, في تصريحات لـ«…», colloquial words inside the marks. */
const egyptianRows: readonly Row[] = [
  {
    what: 'egyptian: وأضاف الدكتور …، خلال كلمته …، أن',
    text: 'وأضاف الدكتور عاطف المنشاوي، خلال كلمته في افتتاح المؤتمر، أن «مصر تمتلك كل المقومات لتصبح مركزا إقليميا للطاقة».',
    quotes: [['مصر تمتلك كل المقومات لتصبح مركزا إقليميا للطاقة', 'partial', 'عاطف المنشاوي']],
  },
  {
    what: 'egyptian: المستشار, his post in apposition, خلال جلسة, then the colon',
    text: 'وقال المستشار حسام الجندي، رئيس محكمة الجنايات، خلال جلسة اليوم: «المحكمة قررت تأجيل القضية إلى الشهر المقبل».',
    quotes: [['المحكمة قررت تأجيل القضية إلى الشهر المقبل', 'direct', 'حسام الجندي']],
  },
  {
    what: 'egyptian: اللواء, an apposition, في تصريحات لـ«paper»، على أن',
    text: 'وشدد اللواء طارق عبد الرازق، مساعد وزير الداخلية، في تصريحات لـ«الشروق»، على أن «الأمن لن يتهاون مع أي خارج على القانون».',
    quotes: [
      ['الشروق', 'mention', null],
      ['الأمن لن يتهاون مع أي خارج على القانون', 'partial', 'طارق عبد الرازق'],
    ],
  },
  {
    what: 'egyptian: النائب, عضو مجلس النواب, في بيان صحفي، إلى أن',
    text: 'وأشار النائب محمود الشربيني، عضو مجلس النواب، في بيان صحفي، إلى أن «الموازنة الجديدة تنحاز للفقراء».',
    quotes: [['الموازنة الجديدة تنحاز للفقراء', 'partial', 'محمود الشربيني']],
  },
  {
    what: 'egyptian: a street vendor described after his name, colloquial words, لـ«paper»:',
    text: 'وقال الحاج سيد عبد الغني، بائع خضار في سوق العتبة، لـ«المصري اليوم»: «الأسعار نار والناس مش قادرة تشتري».',
    quotes: [
      ['المصري اليوم', 'mention', null],
      ['الأسعار نار والناس مش قادرة تشتري', 'direct', 'سيد عبد الغني'],
    ],
  },
  {
    what: 'egyptian: a woman minister, then وتابعت after a man is named as an object',
    text: 'وقالت وزيرة التضامن الاجتماعي نيفين عبد الحميد: «الدعم النقدي سيصل إلى مليون أسرة». والتقت الوزيرة محافظ أسيوط عصام سعد، وتابعت: «نراجع قوائم المستحقين كل ثلاثة أشهر».',
    quotes: [
      ['الدعم النقدي سيصل إلى مليون أسرة', 'direct', 'نيفين عبد الحميد'],
      ['نراجع قوائم المستحقين كل ثلاثة أشهر', 'direct', 'نيفين عبد الحميد'],
    ],
  },
];

/** Maghrebi papers: French names in Arabic script, في تصريح لـ"…", Algerian and Tunisian titles, straight quotes. */
const maghrebiRows: readonly Row[] = [
  {
    what: 'maghrebi: a French name, his post, في تصريح لـ"site"، أن',
    text: 'وأوضح فرانسوا لوبيك، مدير الوكالة الفرنسية للتنمية بالرباط، في تصريح لـ"هسبريس"، أن "التعاون بين البلدين يعرف دينامية جديدة".',
    quotes: [
      ['هسبريس', 'mention', null],
      ['التعاون بين البلدين يعرف دينامية جديدة', 'partial', 'فرانسوا لوبيك'],
    ],
  },
  {
    what: 'maghrebi: a compound French name (جان بيير) before his description and a colon',
    text: 'وقال جان بيير مولان، الخبير في الشؤون المغاربية: "الانتخابات المقبلة ستكون اختبارا حقيقيا للأحزاب".',
    quotes: [['الانتخابات المقبلة ستكون اختبارا حقيقيا للأحزاب', 'direct', 'جان بيير مولان']],
  },
  {
    what: 'maghrebi: رئيس جماعة (a Moroccan commune) and في تصريح لجريدة "…"',
    text: 'وأكد عبد الصمد الإدريسي، رئيس جماعة تطوان، في تصريح لجريدة "العمق"، أن "المشروع سينطلق قبل نهاية السنة".',
    quotes: [
      ['العمق', 'mention', null],
      ['المشروع سينطلق قبل نهاية السنة', 'partial', 'عبد الصمد الإدريسي'],
    ],
  },
  {
    what: 'maghrebi: الوزير الأول (Algeria) with a name starting with ك, للصحافة and an aside, بأن',
    text: 'وصرح الوزير الأول كمال بن عيسى للصحافة، على هامش زيارته لولاية وهران، بأن "الدولة ستتكفل بكل المتضررين".',
    quotes: [['الدولة ستتكفل بكل المتضررين', 'partial', 'كمال بن عيسى']],
  },
  {
    what: 'maghrebi: بيّنت (with shadda) and a body’s president, a fragment after the body',
    text: 'وبيّنت رئيسة الجمعية التونسية للأمهات ليلى الورتاني أن الجمعية "لن تسكت عن أي تجاوز".',
    quotes: [['لن تسكت عن أي تجاوز', 'partial', 'ليلى الورتاني']],
  },
  {
    what: 'maghrebi: a French woman’s compound name (ماري كلود), her post in apposition',
    text: 'وقالت ماري كلود دوبون، سفيرة فرنسا في تونس: "نحن هنا لنستمع ونتعلم".',
    quotes: [['نحن هنا لنستمع ونتعلم', 'direct', 'ماري كلود دوبون']],
  },
  {
    what: 'maghrebi: a Moroccan ministry statement, then وأضاف البلاغ',
    text: 'وأعلنت وزارة الصحة والحماية الاجتماعية، في بلاغ لها، أن "الحالة الوبائية مستقرة". وأضاف البلاغ: "ننصح المواطنين بمواصلة الحذر".',
    quotes: [
      ['الحالة الوبائية مستقرة', 'partial', 'وزارة الصحة والحماية الاجتماعية'],
      ['ننصح المواطنين بمواصلة الحذر', 'direct', 'وزارة الصحة والحماية الاجتماعية'],
    ],
  },
];

/** Levantine papers and eyewitness reports. */
const levantineRows: readonly Row[] = [
  {
    what: 'levantine: a deputy with a compound surname (عطا الله) tells a paper',
    text: 'وقال النائب في البرلمان اللبناني جورج عطا الله لـ«النهار»: «الحكومة عاجزة عن اتخاذ أي قرار».',
    quotes: [
      ['النهار', 'mention', null],
      ['الحكومة عاجزة عن اتخاذ أي قرار', 'direct', 'جورج عطا الله'],
    ],
  },
  {
    what: 'levantine: وتابع with a name starting with و, then مضيفا with a colon',
    text: 'وتابع الوزير الأسبق وليد سكرية: «المطلوب اليوم تسوية شاملة»، مضيفا: «لا أحد يستطيع أن يلغي أحدا».',
    quotes: [
      ['المطلوب اليوم تسوية شاملة', 'direct', 'وليد سكرية'],
      ['لا أحد يستطيع أن يلغي أحدا', 'direct', 'وليد سكرية'],
    ],
  },
  {
    what: 'levantine: الناطق الرسمي باسم الحكومة and أن',
    text: 'وأكد الناطق الرسمي باسم الحكومة مهند الرواشدة أن «الأردن لن يقبل بأي حل على حساب الفلسطينيين».',
    quotes: [['الأردن لن يقبل بأي حل على حساب الفلسطينيين', 'partial', 'مهند الرواشدة']],
  },
  {
    what: 'eyewitnesses: قال شهود عيان إن',
    text: 'وقال شهود عيان إن «الجرافات هدمت ثلاثة منازل في القرية فجر اليوم».',
    quotes: [['الجرافات هدمت ثلاثة منازل في القرية فجر اليوم', 'partial', 'شهود عيان']],
  },
  {
    what: 'a well-informed source tells a paper, with a colon',
    text: 'وقال مصدر مطلع لـ«الشرق»: «الاتفاق سيوقع خلال أيام».',
    quotes: [
      ['الشرق', 'mention', null],
      ['الاتفاق سيوقع خلال أيام', 'direct', 'مصدر مطلع'],
    ],
  },
  {
    what: 'diplomatic sources: ذكرت مصادر دبلوماسية أن',
    text: 'وذكرت مصادر دبلوماسية أن «المحادثات تعثرت عند نقطة ترسيم الحدود».',
    quotes: [['المحادثات تعثرت عند نقطة ترسيم الحدود', 'partial', 'مصادر دبلوماسية']],
  },
  {
    what: 'a resident described, then named with ويدعى',
    text: 'قال أحد السكان، ويدعى أبو محمود، إن «المياه لم تصل إلى الحي منذ أسبوع».',
    quotes: [['المياه لم تصل إلى الحي منذ أسبوع', 'partial', 'أبو محمود']],
  },
  {
    what: 'levantine: من جهته hands the floor from one named speaker to another',
    text: 'وقال مدير المستشفى الحكومي خليل البزري: «النفايات الطبية ستزال خلال يومين». من جهته، قال محافظ الجنوب منصور ضو: «الخطة تحتاج إلى تمويل إضافي».',
    quotes: [
      ['النفايات الطبية ستزال خلال يومين', 'direct', 'خليل البزري'],
      ['الخطة تحتاج إلى تمويل إضافي', 'direct', 'منصور ضو'],
    ],
  },
];

/** Titles as Levantine, Gulf and Maghrebi papers write them before a name. */
const titleRows: readonly Row[] = [
  {
    what: 'title: رئيس بلدية + a town, then the name',
    text: 'وقال رئيس بلدية طرابلس مروان الأيوبي: «أعمال الترميم ستنتهي في الصيف».',
    quotes: [['أعمال الترميم ستنتهي في الصيف', 'direct', 'مروان الأيوبي']],
  },
  {
    what: 'title: محافظ + a town without the article, then the name',
    text: 'وقال محافظ إربد رضوان العتوم: «المدارس ستفتح أبوابها الأحد».',
    quotes: [['المدارس ستفتح أبوابها الأحد', 'direct', 'رضوان العتوم']],
  },
  {
    what: 'title: a definite title, في and the body he works in, then the name',
    text: 'وقال الباحث في مركز الدراسات الاستراتيجية مازن الفارس: «التضخم بلغ ذروته».',
    quotes: [['التضخم بلغ ذروته', 'direct', 'مازن الفارس']],
  },
  {
    what: 'title: سعادة before a woman ambassador',
    text: 'وأكدت سعادة السفيرة منى الكعبي أن «العلاقات بين البلدين في أفضل حالاتها».',
    quotes: [['العلاقات بين البلدين في أفضل حالاتها', 'partial', 'منى الكعبي']],
  },
  {
    what: 'title: صاحب السمو الملكي الأمير, then a name with بن',
    text: 'وأكد صاحب السمو الملكي الأمير فيصل بن خالد أن «الأمن مستتب في المنطقة».',
    quotes: [['الأمن مستتب في المنطقة', 'partial', 'فيصل بن خالد']],
  },
  {
    what: 'title: an unnamed security source tells a paper, then المصدر ذاته goes on',
    text: 'وقال مصدر أمني لجريدة "الصباح" إن "التحقيق ما زال جاريا". وأضاف المصدر ذاته أن "الموقوفين سيحالون على النيابة العامة".',
    quotes: [
      ['الصباح', 'mention', null],
      ['التحقيق ما زال جاريا', 'partial', 'مصدر أمني'],
      ['الموقوفين سيحالون على النيابة العامة', 'partial', 'مصدر أمني'],
    ],
  },
  {
    what: 'title: plural unnamed officials (مسؤولون أميركيون)',
    text: 'وقال مسؤولون أميركيون إن «الإدارة تدرس كل الخيارات».',
    quotes: [['الإدارة تدرس كل الخيارات', 'partial', 'مسؤولون أميركيون']],
  },
];

/** Bodies that speak: ministries, companies, armies, the UN, banks. */
const bodyRows: readonly Row[] = [
  {
    what: 'body: a ministry with an adjective of origin, في بيان and a colon',
    text: 'وقالت وزارة الخارجية القطرية في بيان: «ندين بشدة استهداف المدنيين».',
    quotes: [['ندين بشدة استهداف المدنيين', 'direct', 'وزارة الخارجية القطرية']],
  },
  {
    what: 'body: a company announces with أن',
    text: 'وأعلنت الشركة الوطنية للنفط أن «الإنتاج عاد إلى مستواه الطبيعي».',
    quotes: [['الإنتاج عاد إلى مستواه الطبيعي', 'partial', 'الشركة الوطنية للنفط']],
  },
  {
    what: 'body: جاء في بيان للجيش: the army speaks',
    text: 'وجاء في بيان للجيش: «نفذنا ضربات دقيقة على مواقع المسلحين».',
    quotes: [['نفذنا ضربات دقيقة على مواقع المسلحين', 'direct', 'الجيش']],
  },
  {
    what: 'body: جاء في بيان صادر عن …: the issuer speaks',
    text: 'وجاء في بيان صادر عن وزارة الدفاع: «لن نسمح بأي خرق للهدنة».',
    quotes: [['لن نسمح بأي خرق للهدنة', 'direct', 'وزارة الدفاع']],
  },
  {
    what: 'body: a definite naming noun (المشروع) as the subject after أن, its predicate quoted',
    text: 'وأوضح وزير الإسكان فهد الحربي أن المشروع «سيوفر عشرة آلاف وحدة سكنية».',
    quotes: [['سيوفر عشرة آلاف وحدة سكنية', 'partial', 'فهد الحربي']],
  },
  {
    what: 'a quoted predicate that opens with a body’s head noun (منصة) is still words said',
    text: 'وقال مدير المعرض هشام الكبيسي إن المعرض «منصة لتبادل الخبرات بين الجامعات».',
    quotes: [['منصة لتبادل الخبرات بين الجامعات', 'partial', 'هشام الكبيسي']],
  },
  {
    what: 'body: دعت الأمم المتحدة إلى «…» is partial',
    text: 'ودعت الأمم المتحدة إلى «وقف فوري لإطلاق النار» في المدينة.',
    quotes: [['وقف فوري لإطلاق النار', 'partial', 'الأمم المتحدة']],
  },
  {
    what: 'body: a bank in its report, إن',
    text: 'وقال البنك الدولي في تقريره الأخير إن «النمو سيتباطأ في المنطقة خلال العامين المقبلين».',
    quotes: [['النمو سيتباطأ في المنطقة خلال العامين المقبلين', 'partial', 'البنك الدولي']],
  },
  {
    what: 'body: a union asks for something after بـ, with وفقا لبيانها',
    text: 'وطالبت نقابة المعلمين، وفقا لبيانها، بـ«زيادة عاجلة في الأجور».',
    quotes: [['زيادة عاجلة في الأجور', 'partial', 'نقابة المعلمين']],
  },
  {
    what: 'body: a presidency with a feminine verb, then أضافت continues it',
    text: 'وقالت الرئاسة التونسية في بيان نشرته على صفحتها: «الرئيس تلقى اتصالا من نظيره الجزائري». وأضافت: «الاتصال تناول الوضع على الحدود».',
    quotes: [
      ['الرئيس تلقى اتصالا من نظيره الجزائري', 'direct', 'الرئاسة التونسية'],
      ['الاتصال تناول الوضع على الحدود', 'direct', 'الرئاسة التونسية'],
    ],
  },
];

/** بحسب, وفق, حسب, على حد تعبيره: before, after and inside the sentence. */
const sourcePhraseRows: readonly Row[] = [
  {
    what: 'بحسب … ، فإن «…»',
    text: 'وبحسب المتحدث باسم الدفاع المدني نادر الحسيني، فإن «فرق الإنقاذ انتشلت جثث خمسة أشخاص».',
    quotes: [['فرق الإنقاذ انتشلت جثث خمسة أشخاص', 'partial', 'نادر الحسيني']],
  },
  {
    what: '«…»، وفق ما صرح به …',
    text: '«الوضع تحت السيطرة»، وفق ما صرح به قائد الشرطة العميد رامز الخياط.',
    quotes: [['الوضع تحت السيطرة', 'direct', 'رامز الخياط']],
  },
  {
    what: 'حسب …، فإن المنتخب «…»',
    text: 'وحسب رئيس الاتحاد المحلي لكرة القدم بشير الطرابلسي، فإن المنتخب «جاهز للمواجهة».',
    quotes: [['جاهز للمواجهة', 'partial', 'بشير الطرابلسي']],
  },
  {
    what: '«…»، على حد تعبيره, the speaker named in the sentence before',
    text: 'وبدا المدرب أنور السباعي متفائلا بعد المباراة. «سنعود أقوى في مباراة الإياب»، على حد تعبيره.',
    quotes: [['سنعود أقوى في مباراة الإياب', 'direct', 'أنور السباعي']],
  },
  {
    what: '«…»، بحسب ما أفادت به مديرة المدرسة',
    text: '«لم يصب أي طالب بأذى»، بحسب ما أفادت به مديرة المدرسة سهام القيسي.',
    quotes: [['لم يصب أي طالب بأذى', 'direct', 'سهام القيسي']],
  },
  {
    what: '«…»، وفق ما قاله: the verb carries its object pronoun',
    text: '«الوضع تحت السيطرة»، وفق ما قاله قائد الشرطة العميد رامز الخياط.',
    quotes: [['الوضع تحت السيطرة', 'direct', 'رامز الخياط']],
  },
  {
    what: '«…»، وفقا لما ذكره …',
    text: '«لم يصب أي طالب بأذى»، وفقا لما ذكره مدير المدرسة سامي القيسي.',
    quotes: [['لم يصب أي طالب بأذى', 'direct', 'سامي القيسي']],
  },
  {
    what: 'على لسان: a quote credited with على لسان',
    text: 'وجاء على لسان رئيس الوفد الحكومي عمار الصافي: «لن نوقع على اتفاق منقوص».',
    quotes: [['لن نوقع على اتفاق منقوص', 'direct', 'عمار الصافي']],
  },
];

/** Sports, economy, courts, health, opinion. */
const beatRows: readonly Row[] = [
  {
    what: 'sports: a Spanish coach in the press conference after the match',
    text: 'وقال مدرب الفريق الإسباني خوسيه مارتينيث في المؤتمر الصحفي عقب المباراة: «اللاعبون قدموا كل ما لديهم».',
    quotes: [['اللاعبون قدموا كل ما لديهم', 'direct', 'خوسيه مارتينيث']],
  },
  {
    what: 'sports: علق على … قائلا',
    text: 'وعلق قائد المنتخب ياسين الحمداوي على الخسارة قائلا: «لم نكن في يومنا».',
    quotes: [['لم نكن في يومنا', 'direct', 'ياسين الحمداوي']],
  },
  {
    what: 'sports: a player writes on a platform named in quotes',
    text: 'وكتب نجم الفريق عمر السالم عبر حسابه على «إنستغرام»: «شكرا للجماهير على الدعم».',
    quotes: [
      ['إنستغرام', 'mention', null],
      ['شكرا للجماهير على الدعم', 'direct', 'عمر السالم'],
    ],
  },
  {
    what: 'sports: a club statement, then its coach with a nickname in quotes',
    text: 'وأعلن نادي الوحدة تعاقده مع المهاجم البرازيلي رافائيل سيلفا الملقب بـ«القناص». وقال المدير الرياضي للنادي حازم العبدالله: «سيلفا سيضيف الكثير لخط الهجوم».',
    quotes: [
      ['القناص', 'mention', null],
      ['سيلفا سيضيف الكثير لخط الهجوم', 'direct', 'حازم العبدالله'],
    ],
  },
  {
    what: 'economy: numbers with Arabic decimal and percent signs inside the quote',
    text: 'وقال وزير الاقتصاد رامي الزعبي: «ارتفعت الصادرات بنسبة 12٫5٪ خلال عام 2025».',
    quotes: [['ارتفعت الصادرات بنسبة 12٫5٪ خلال عام 2025', 'direct', 'رامي الزعبي']],
  },
  {
    what: 'economy: a chief economist of a bank, the cue after the quote',
    text: '«التضخم بلغ ذروته وسيبدأ بالتراجع»، قال كبير الاقتصاديين في بنك الخليج الأول مازن الفارس.',
    quotes: [['التضخم بلغ ذروته وسيبدأ بالتراجع', 'direct', 'مازن الفارس']],
  },
  {
    what: 'economy: توقع … أن with a fragment',
    text: 'وتوقعت الخبيرة الاقتصادية دينا الشامي أن تشهد الأسواق «تقلبات حادة» خلال الربع المقبل.',
    quotes: [['تقلبات حادة', 'partial', 'دينا الشامي']],
  },
  {
    what: 'courts: a defence lawyer says his client is «…»',
    text: 'وقال محامي الدفاع نبيل فرحات إن موكله «بريء من كل التهم» وإنه سيستأنف الحكم.',
    quotes: [['بريء من كل التهم', 'partial', 'نبيل فرحات']],
  },
  {
    what: 'courts: a charge in quotes is a mention',
    text: 'ووجهت النيابة العامة إلى المتهمين تهمة «الإضرار العمدي بالمال العام».',
    quotes: [['الإضرار العمدي بالمال العام', 'mention', null]],
  },
  {
    what: 'courts: a judge with القاضي before his name, reading the verdict',
    text: 'وقال رئيس المحكمة القاضي فؤاد الساعدي عند النطق بالحكم: «المتهم استغل منصبه لتحقيق منافع شخصية».',
    quotes: [['المتهم استغل منصبه لتحقيق منافع شخصية', 'direct', 'فؤاد الساعدي']],
  },
  {
    what: 'health: a woman doctor, her specialty in apposition',
    text: 'وقالت الدكتورة هالة منصور، استشارية الأمراض المعدية: «التطعيم يقلل خطر الإصابة الشديدة».',
    quotes: [['التطعيم يقلل خطر الإصابة الشديدة', 'direct', 'هالة منصور']],
  },
  {
    what: 'health: a ministry spokeswoman, then نبهت with من',
    text: 'ونبهت المتحدثة باسم وزارة الصحة سناء الجبوري من أن «الأدوية المهربة تشكل خطرا على حياة المرضى».',
    quotes: [['الأدوية المهربة تشكل خطرا على حياة المرضى', 'partial', 'سناء الجبوري']],
  },
  {
    what: 'opinion: يرى الكاتب أن with a fragment',
    text: 'ويرى الكاتب منير الشامي أن الحكومة «تسير في الاتجاه الصحيح» رغم الانتقادات.',
    quotes: [['تسير في الاتجاه الصحيح', 'partial', 'منير الشامي']],
  },
  {
    what: 'opinion: ما يسمى «…» is the writer’s scare quote',
    text: 'ما يسمى «الإصلاح الإداري» لم يغير شيئا في حياة المواطن البسيط.',
    quotes: [['الإصلاح الإداري', 'mention', null]],
  },
  {
    what: 'opinion: وصف … بـ«…» is partial',
    text: 'ووصف المعارض خالد الأيوبي الانتخابات بـ«المسرحية الهزلية».',
    quotes: [['المسرحية الهزلية', 'partial', 'خالد الأيوبي']],
  },
];

/** Layouts: headlines with a colon, interviews, quotes over paragraphs, continuation. */
const layoutRows: readonly Row[] = [
  {
    what: 'headline with a colon: a title, then the quote; the lede names him',
    text: 'وزير المالية: «لا ضرائب جديدة في موازنة العام المقبل»\n\nأكد وزير المالية جمال الحسيني أن الحكومة لن تفرض ضرائب جديدة.',
    quotes: [['لا ضرائب جديدة في موازنة العام المقبل', 'direct', 'جمال الحسيني']],
  },
  {
    what: 'headline with a colon: a name, then the quote',
    text: 'ليلى الحسن: «المرأة شريكة في صنع القرار»\n\nشاركت الناشطة ليلى الحسن في ندوة عن المشاركة السياسية.',
    quotes: [['المرأة شريكة في صنع القرار', 'direct', 'ليلى الحسن']],
  },
  {
    what: 'interview: س and ج, the answer in quotes is the interviewee’s',
    text: 'أجرت «الأيام» حوارا مع المخرجة ريم السعدي بمناسبة فوز فيلمها بالجائزة.\n\nس: ما رسالتك للشباب؟\n\nج: «لا تيأسوا، فالطريق طويل لكنه ممكن».',
    quotes: [
      ['الأيام', 'mention', null],
      ['لا تيأسوا، فالطريق طويل لكنه ممكن', 'direct', 'ريم السعدي'],
    ],
  },
  {
    what: 'interview: a novel’s title in the answer is a mention',
    text: 'تحدث الروائي سليم بركة عن روايته الجديدة.\n\nس: متى بدأت كتابتها؟\n\nج: قبل ثلاث سنوات، وكان عنوانها المؤقت «البيت الأخير».',
    quotes: [['البيت الأخير', 'mention', null]],
  },
  {
    what: 'a quote over two paragraphs, then وأضاف in a third',
    text: 'وقال رئيس الجامعة منير الكردي: «بدأنا العام بخطة طموحة لتحديث المختبرات.\n\nوسنفتتح كلية جديدة للهندسة في الخريف المقبل».\n\nوأضاف: «الطلاب هم محور كل ما نفعله».',
    quotes: [
      [
        'بدأنا العام بخطة طموحة لتحديث المختبرات.\n\nوسنفتتح كلية جديدة للهندسة في الخريف المقبل',
        'direct',
        'منير الكردي',
      ],
      ['الطلاب هم محور كل ما نفعله', 'direct', 'منير الكردي'],
    ],
  },
  {
    what: 'a paragraph of quote alone goes on with the speaker before',
    text: 'وقالت رئيسة اللجنة الانتخابية سمر الدباس: «الاقتراع جرى بهدوء في كل المراكز».\n\n«نسبة المشاركة تجاوزت التوقعات».',
    quotes: [
      ['الاقتراع جرى بهدوء في كل المراكز', 'direct', 'سمر الدباس'],
      ['نسبة المشاركة تجاوزت التوقعات', 'direct', 'سمر الدباس'],
    ],
  },
  {
    what: 'continuation: a surname alone resolves to the full name',
    text: 'وقال وزير الطاقة عماد الصالح: «سنرفع القدرة الإنتاجية للمحطات». وأضاف الصالح: «الانقطاعات ستنتهي قبل الصيف».',
    quotes: [
      ['سنرفع القدرة الإنتاجية للمحطات', 'direct', 'عماد الصالح'],
      ['الانقطاعات ستنتهي قبل الصيف', 'direct', 'عماد الصالح'],
    ],
  },
  {
    what: 'continuation: a feminine verb skips the man who spoke in between',
    text: 'وقالت النائبة رنا الخطيب: «القانون يحتاج إلى تعديل». ورد رئيس اللجنة فارس العمري: «التعديل سيأتي لاحقا». وأضافت الخطيب: «لا يمكن الانتظار أكثر».',
    quotes: [
      ['القانون يحتاج إلى تعديل', 'direct', 'رنا الخطيب'],
      ['التعديل سيأتي لاحقا', 'direct', 'فارس العمري'],
      ['لا يمكن الانتظار أكثر', 'direct', 'رنا الخطيب'],
    ],
  },
  {
    what: 'continuation: بدورها gives the floor to a woman named after it',
    text: 'وقال المدير العام للمستشفى هاني العطار: «استقبلنا عشرين مصابا». بدورها، قالت رئيسة قسم الطوارئ رغد الناصر: «حالة ثلاثة منهم حرجة».',
    quotes: [
      ['استقبلنا عشرين مصابا', 'direct', 'هاني العطار'],
      ['حالة ثلاثة منهم حرجة', 'direct', 'رغد الناصر'],
    ],
  },
  {
    what: 'a question quote with تساءل and ؟',
    text: 'وتساءل النائب عصام الحلو: «من يتحمل مسؤولية هذا الانهيار؟».',
    quotes: [['من يتحمل مسؤولية هذا الانهيار؟', 'direct', 'عصام الحلو']],
  },
  {
    what: 'a cue with no colon before a whole quoted sentence is direct',
    text: 'وقال رئيس البلدية نزار الحمصي "سنصلح الطريق قبل الشتاء".',
    quotes: [['سنصلح الطريق قبل الشتاء', 'direct', 'نزار الحمصي']],
  },
  {
    what: 'a quoted fragment after شدد على is partial, the speaker from the sentence before',
    text: 'واجتمع محافظ البصرة ضياء الموسوي بممثلي الشركات. وشدد على «ضرورة الإسراع في تنفيذ المشاريع المتلكئة».',
    quotes: [['ضرورة الإسراع في تنفيذ المشاريع المتلكئة', 'partial', 'ضياء الموسوي']],
  },
  {
    what: 'a quote that opens with إن inside the marks after a colon is direct',
    text: 'وقال رئيس الحكومة عادل القباني: «إن الحكومة ماضية في الإصلاح مهما كانت الكلفة».',
    quotes: [['إن الحكومة ماضية في الإصلاح مهما كانت الكلفة', 'direct', 'عادل القباني']],
  },
];

/** Marks and spelling: mixed marks, nesting, diacritics, tatweel, Latin words, bidi marks. */
const markRows: readonly Row[] = [
  {
    what: 'mixed marks in one passage: «…», "…" and “…”',
    text: 'وقال وزير الإعلام بسام الكيلاني: «الإعلام الرسمي سيتغير». وأضاف: "نريد صحافة حرة". ثم قال: “الرقابة انتهت”.',
    quotes: [
      ['الإعلام الرسمي سيتغير', 'direct', 'بسام الكيلاني'],
      ['نريد صحافة حرة', 'direct', 'بسام الكيلاني'],
      ['الرقابة انتهت', 'direct', 'بسام الكيلاني'],
    ],
  },
  {
    what: 'curly marks in the Arabic orientation ”…“',
    text: 'وقالت المديرة التنفيذية للصندوق نادية الفاسي: ”سنمول مئة مشروع صغير هذا العام“.',
    quotes: [['سنمول مئة مشروع صغير هذا العام', 'direct', 'نادية الفاسي']],
  },
  {
    what: 'a campaign name nested in a quote is a mention',
    text: 'وقال محافظ المدينة كريم الجبوري: «حملة "بلدي أجمل" ستشمل كل الأحياء».',
    quotes: [
      ['حملة "بلدي أجمل" ستشمل كل الأحياء', 'direct', 'كريم الجبوري'],
      ['بلدي أجمل', 'mention', null],
    ],
  },
  {
    what: 'full diacritics on the cue, the name and the quote',
    text: 'وقالَ رئيسُ الوزراءِ عُمَر النجّار: «سنُعلِنُ الخطّةَ غدًا».',
    quotes: [['سنُعلِنُ الخطّةَ غدًا', 'direct', 'عُمَر النجّار']],
  },
  {
    what: 'tatweel in the cue and the title',
    text: 'وأكــد وزيـر الداخلية صالح الزين: «لا تهاون مع المخالفين».',
    quotes: [['لا تهاون مع المخالفين', 'direct', 'صالح الزين']],
  },
  {
    what: 'Latin words inside an Arabic quote',
    text: 'وقال الرئيس التنفيذي لشركة الاتصالات وائل الحربي: «سنطلق خدمة 5G وتطبيق Smart City قبل نهاية العام».',
    quotes: [['سنطلق خدمة 5G وتطبيق Smart City قبل نهاية العام', 'direct', 'وائل الحربي']],
  },
  {
    what: 'an RLM between the colon and the opening mark',
    text: 'وقال المتحدث باسم البلدية ماهر العلي:\u200F «سنفتح الحدائق العامة مجانا».',
    quotes: [['سنفتح الحدائق العامة مجانا', 'direct', 'ماهر العلي']],
  },
  {
    what: 'hamzas dropped in the cue and the name (web spelling)',
    text: 'واكد امين عام الحزب احمد السقا: «الحزب سيشارك في الانتخابات».',
    quotes: [['الحزب سيشارك في الانتخابات', 'direct', 'احمد السقا']],
  },
  {
    what: 'a slogan chanted by protesters (هتف)',
    text: 'وهتف المتظاهرون: «الشعب يريد إسقاط الفساد».',
    quotes: [['الشعب يريد إسقاط الفساد', 'direct', 'المتظاهرون']],
  },
];

describe('probe: wire services', () => {
  runRows(wireRows);
});
describe('probe: Gulf official news', () => {
  runRows(gulfRows);
});
describe('probe: Egyptian papers', () => {
  runRows(egyptianRows);
});
describe('probe: Maghrebi papers', () => {
  runRows(maghrebiRows);
});
describe('probe: Levantine papers and sources', () => {
  runRows(levantineRows);
});
describe('probe: titles', () => {
  runRows(titleRows);
});
describe('probe: bodies', () => {
  runRows(bodyRows);
});
describe('probe: بحسب, وفق, حسب, على حد تعبيره', () => {
  runRows(sourcePhraseRows);
});
describe('probe: beats', () => {
  runRows(beatRows);
});
describe('probe: layouts', () => {
  runRows(layoutRows);
});
describe('probe: marks and spelling', () => {
  runRows(markRows);
});
