/**
 * A title's piece, a description or a quoted name taken as the speaker instead of the person named after
 * it (titles11). Each rule row is a passage written here in news style that fails without its rule:
 * - a quoted name inside a post, of a campaign, an operation, a festival (EVENT_NOUNS) or a project
 *   (HEADED_WORKS): منسقة حملة «…»، فلانة،, المتحدث باسم عملية «…» العسكرية، العقيد فلان،, مدير مشروع «…»
 *   المهندس فلان: the quote is the post's and the holder is named after it;
 * - vox-pop descriptions held as titles (المتقاعد/ة, ربة المنزل, المعلم/ة, السائق, اللاجئ …) before a name the
 *   given-name lexicon may not hold (تاتيانا سوكولوفا, أم فيصل, بيتر شميت);
 * - Saudi governorates whose names hold a given name or a joiner (أحد رفيدة, رجال ألمع, سراة عبيدة) in the
 *   gazetteer, so that the word after محافظ is the place's, not the holder's; and a title ending in an
 *   honorific (محافظ النماص الأستاذ) is no one's name: the name after it, even one the reading could not
 *   close before the verb's object, is the person's (then …، وقال, or سعادته);
 * - a given name that is also a word (هيا, لطيفة) before a family name of any shape, the two between commas
 *   after a long post with a number or a place, is the holder's name;
 * - an accusative noun with its indefinite adjective after a name (مشروعا كبيرا) is the verb's object;
 * - a member described in a body known by a plain name, then a plain given name past that name (قيادي بارز
 *   في حركة حماس فلان): the member's name, not the body's;
 * - a paper after ل, after the name in apposition, is whom the words were told past a name quoted in the
 *   title (منسقة حملة «…» في …، فلانة، لـ«اليوم»:);
 * - a number after a definite word of a post (المدرسة الابتدائية 63) is the school's, not a name.
 * Guard rows keep the opposite cases: a campaign as the verb's object, a quoted subject or poem that is no
 * post; المعلم as a family name, a retired rank, a description with no name; a governor's town without such
 * words, a prince, a municipality with no name; a post with a time between commas, a plain given name; a
 * foreign name in ا; an unnamed member, a brigade named after a person; a fragment after ل in an إن clause; a
 * number inside the quote, a numbered school with its head named between commas.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const quotedNameRows: readonly Row[] = [
  {
    what: 'a campaign’s quoted name inside a coordinator’s title, her name between commas after it (منسقة حملة «…» في جدة، فلانة،)',
    text: 'وقالت منسقة حملة «صحتي في يدي» في جدة، ريم باعشن: "تجاوز عدد المشاركات ثلاثة آلاف سيدة".',
    quotes: [
      ['صحتي في يدي', 'mention', null],
      ['تجاوز عدد المشاركات ثلاثة آلاف سيدة', 'direct', 'ريم باعشن'],
    ],
  },
  {
    what: 'an operation’s quoted name after المتحدث باسم, its adjective, then the colonel between commas',
    text: 'وقال المتحدث باسم عملية «الفجر الجديد» العسكرية، العقيد مراد الهاشمي، إن "القوات استعادت ثلاث قرى".',
    quotes: [
      ['الفجر الجديد', 'mention', null],
      ['القوات استعادت ثلاث قرى', 'partial', 'مراد الهاشمي'],
    ],
  },
  {
    what: 'a project’s quoted name after مدير مشروع, then an honorific and the name',
    text: 'وأوضح مدير مشروع «مسكن» في وزارة الإسكان المهندس طارق الدوسري أن "الوحدات ستسلم على ثلاث مراحل".',
    quotes: [
      ['مسكن', 'mention', null],
      ['الوحدات ستسلم على ثلاث مراحل', 'partial', 'طارق الدوسري'],
    ],
  },
  {
    what: 'a festival’s quoted name after مديرة مهرجان, then her name with no honorific',
    text: 'وقالت مديرة مهرجان «ليالي الشارقة المسرحية» نجلاء الكعبي إن "الدورة تستقبل عشرين عرضا".',
    quotes: [
      ['ليالي الشارقة المسرحية', 'mention', null],
      ['الدورة تستقبل عشرين عرضا', 'partial', 'نجلاء الكعبي'],
    ],
  },
];

const quotedNameGuards: readonly Row[] = [
  {
    what: 'guard: a campaign the ministry launched is the verb’s object; the ministry speaks after …، وقالت',
    text: 'وأطلقت وزارة الصحة حملة «رمضان بصحة» في المدارس، وقالت إن "الحملة تستهدف الأسر".',
    quotes: [
      ['رمضان بصحة', 'mention', null],
      ['الحملة تستهدف الأسر', 'partial', 'وزارة الصحة'],
    ],
  },
  {
    what: 'guard: the name first and the post with its project’s quoted name between commas after it',
    text: 'وقال تركي الشمري، مدير مشروع «نور»، إن "الإنارة ستكتمل قبل الشتاء".',
    quotes: [
      ['نور', 'mention', null],
      ['الإنارة ستكتمل قبل الشتاء', 'partial', 'تركي الشمري'],
    ],
  },
  {
    what: 'guard: a quoted school subject after the verb’s object (بإدراج مادة "…"), not inside a title',
    text: 'وطالبت المعلمة نوف بنت سعد الحربي بإدراج مادة "الخط العربي" في المناهج، قائلة: "الخط هوية".',
    quotes: [
      ['الخط العربي', 'mention', null],
      ['الخط هوية', 'direct', 'نوف بنت سعد الحربي'],
    ],
  },
  {
    what: 'guard: a poem’s quoted title after بعنوان is no post; the poet speaks after it',
    text: 'وألقى الشاعر حسن بن علي الزهراني قصيدة بعنوان «أحد رفيدة»، قال بعدها: "كتبتها لأهلي".',
    quotes: [
      ['أحد رفيدة', 'mention', null],
      ['كتبتها لأهلي', 'direct', 'حسن بن علي الزهراني'],
    ],
  },
];

const voxPopRows: readonly Row[] = [
  {
    what: 'a pensioner by her description, a Russian name the lexicon does not hold, then لمراسل RT:',
    text: 'وقالت المتقاعدة تاتيانا سوكولوفا لمراسل RT في فولغوغراد: "لم نعد نشتري اللحم إلا نادرا".',
    quotes: [['لم نعد نشتري اللحم إلا نادرا', 'direct', 'تاتيانا سوكولوفا']],
  },
  {
    what: 'a housewife by her description ربة المنزل, then her kunya',
    text: 'وتقول ربة المنزل أم فيصل: "الخضار تضاعف سعرها في أسبوع".',
    quotes: [['الخضار تضاعف سعرها في أسبوع', 'direct', 'أم فيصل']],
  },
  {
    what: 'a retired man by his description, a foreign name, then وأضاف المتقاعد calls him back',
    text: ['وقال المتقاعد بيتر شميت لـDW: "المعاش يكفي بالكاد".', 'وأضاف المتقاعد: "أبنائي يساعدونني".'].join(
      '\n\n',
    ),
    quotes: [
      ['المعاش يكفي بالكاد', 'direct', 'بيتر شميت'],
      ['أبنائي يساعدونني', 'direct', 'بيتر شميت'],
    ],
  },
];

const voxPopGuards: readonly Row[] = [
  {
    what: 'guard: المعلم as a family name after a given name, then the family name alone',
    text: ['وقال الكاتب ياسر المعلم إن الرواية "كتبت في المنفى".', 'وأضاف المعلم: "لم أجد ناشرا".'].join(
      '\n\n',
    ),
    quotes: [
      ['كتبت في المنفى', 'partial', 'ياسر المعلم'],
      ['لم أجد ناشرا', 'direct', 'ياسر المعلم'],
    ],
  },
  {
    what: 'guard: a retired general, المتقاعد after his rank, before his name',
    text: 'وقال الخبير العسكري اللواء المتقاعد محمود الحربي إن "المعركة ستطول".',
    quotes: [['المعركة ستطول', 'partial', 'محمود الحربي']],
  },
  {
    what: 'guard: a teacher by her description alone, with no name in the article',
    text: 'وقالت المعلمة: "الطالبات تأقلمن مع الجدول".',
    quotes: [['الطالبات تأقلمن مع الجدول', 'direct', 'المعلمة']],
  },
];

const governorateRows: readonly Row[] = [
  {
    what: 'a governor of a governorate whose second word is a given name (أحد رفيدة), then his name',
    text: 'وقال محافظ أحد رفيدة سعد آل جابر إن "المحافظة تستعد لموسم الصيف".',
    quotes: [['المحافظة تستعد لموسم الصيف', 'partial', 'سعد آل جابر']],
  },
  {
    what: 'a governor with الأستاذ and a chain of بن after the verb that opens the sentence, then وقال after his object',
    text: 'دشن محافظ النماص الأستاذ علي بن سعيد الحمدان مهرجان الورد، وقال: "القراءة حياة".',
    quotes: [['القراءة حياة', 'direct', 'علي بن سعيد الحمدان']],
  },
  {
    what: 'a governor with الأستاذ, then سعادته in the next paragraph',
    text: [
      'رعى محافظ رجال ألمع الأستاذ محمد بن عبدالله المفرح حملة النظافة.',
      'وأكد سعادته أن "المحافظة تستحق الأفضل".',
    ].join('\n\n'),
    quotes: [['المحافظة تستحق الأفضل', 'partial', 'محمد بن عبدالله المفرح']],
  },
];

const governorateGuards: readonly Row[] = [
  {
    what: 'guard: a governor named after a town without such words, with his honorific',
    text: 'وقال محافظ الخرج الأستاذ سعود الدوسري إن "السدود امتلأت".',
    quotes: [['السدود امتلأت', 'partial', 'سعود الدوسري']],
  },
  {
    what: 'guard: a prince who governs, سموه in the next paragraph',
    text: ['ودشن محافظ جدة الأمير مشعل بن ماجد مهرجان الصيف.', 'وقال سموه إن "جدة وجهة العائلات".'].join(
      '\n\n',
    ),
    quotes: [['جدة وجهة العائلات', 'partial', 'مشعل بن ماجد']],
  },
  {
    what: 'guard: a municipality’s head with no name after the governorate',
    text: 'وقال رئيس بلدية محافظة أبو عريش إن "الطرق ستفتتح قريبا".',
    quotes: [['الطرق ستفتتح قريبا', 'partial', 'رئيس بلدية محافظة أبو عريش']],
  },
];

const apposedNameRows: readonly Row[] = [
  {
    what: 'a numbered school’s headmistress in a long post, her name هيا between commas (أما …، فلانة، فقالت)',
    text: 'أما مديرة الثانوية 31 للبنات بحي الملقا، هيا الخضير، فقالت إن "الحافلات تأخرت أسبوعا".',
    quotes: [['الحافلات تأخرت أسبوعا', 'partial', 'هيا الخضير']],
  },
  {
    what: 'a supervisor after a post with a place, her name لطيفة between commas (من جهتها، قالت …)',
    text: 'من جهتها، قالت مشرفة النشاط بمكتب التعليم بجنوب الرياض، لطيفة الخضير، إن "المسابقة شهدت إقبالا".',
    quotes: [['المسابقة شهدت إقبالا', 'partial', 'لطيفة الخضير']],
  },
];

const apposedNameGuards: readonly Row[] = [
  {
    what: 'guard: a post with a time between commas, no name',
    text: 'أما مدير المدرسة، أمس، فقال إن "الدوام انتظم".',
    quotes: [['الدوام انتظم', 'partial', 'مدير المدرسة']],
  },
  {
    what: 'guard: a plain given name between commas',
    text: 'أما مديرة الروضة 9 بحي الفيصلية، نورة الحربي، فقالت: "التسجيل اكتمل".',
    quotes: [['التسجيل اكتمل', 'direct', 'نورة الحربي']],
  },
];

const accusativeObjectRows: readonly Row[] = [
  {
    what: 'a prince’s name, then an accusative object with its indefinite adjective (مشروعا كبيرا), then …، وقال',
    text: 'ودشن أمير منطقة القصيم الأمير فيصل بن مشعل مشروعا كبيرا للمياه، وقال: "الماء أولوية".',
    quotes: [['الماء أولوية', 'direct', 'فيصل بن مشعل']],
  },
];

const accusativeObjectGuards: readonly Row[] = [
  {
    what: 'guard: a foreign name in ا after a title, with no adjective after it',
    text: 'وقالت اللاعبة ماريا شارابوفا: "كانت مباراة صعبة".',
    quotes: [['كانت مباراة صعبة', 'direct', 'ماريا شارابوفا']],
  },
];

const memberNameRows: readonly Row[] = [
  {
    what: 'a described member of a movement known by a plain name, then his name (قيادي بارز في حركة حماس فلان)',
    text: 'وقال قيادي بارز في حركة حماس إسماعيل رضوان إن الحركة "لن تفرط في الثوابت".',
    quotes: [['لن تفرط في الثوابت', 'partial', 'إسماعيل رضوان']],
  },
  {
    what: 'a member of a party known by a definite name, then his name (قيادي في حزب النور فلان)',
    text: 'وقال قيادي في حزب النور سامح عبدالعليم إن الحزب "سيخوض الانتخابات منفردا".',
    quotes: [['سيخوض الانتخابات منفردا', 'partial', 'سامح عبدالعليم']],
  },
];

const memberNameGuards: readonly Row[] = [
  {
    what: 'guard: an unnamed member speaks for his movement',
    text: 'وقال قيادي في حركة حماس إن الحركة "ترفض الشروط".',
    quotes: [['ترفض الشروط', 'partial', 'حركة حماس']],
  },
  {
    what: 'guard: a brigade named after a person (كتائب عز الدين القسام) holds no member’s name',
    text: 'وقال قيادي في كتائب عز الدين القسام إن "المعركة مستمرة".',
    quotes: [['المعركة مستمرة', 'partial', 'كتائب عز الدين القسام']],
  },
];

const outletRows: readonly Row[] = [
  {
    what: 'a paper told after the name in apposition, past a campaign’s quoted name in the title (…، فلانة، لـ«المدينة»:)',
    text: 'وقالت منسقة حملة «أمان» في الأحساء، منى العفالق، لـ«اليوم»: "البلاغات تضاعفت هذا العام".',
    quotes: [
      ['أمان', 'mention', null],
      ['اليوم', 'mention', null],
      ['البلاغات تضاعفت هذا العام', 'direct', 'منى العفالق'],
    ],
  },
];

const outletGuards: readonly Row[] = [
  {
    what: 'guard: a fragment after ل that follows an initiative’s quoted name in an إن clause is partial',
    text: 'وقال الوزير إن مبادرة «وطني» جاءت لـ«تعزيز الانتماء لدى الشباب».',
    quotes: [
      ['وطني', 'mention', null],
      ['تعزيز الانتماء لدى الشباب', 'partial', 'الوزير'],
    ],
  },
];

const numberedPostRows: readonly Row[] = [
  {
    what: 'a numbered school after its definite noun, no name: the whole post speaks (مدير المدرسة الابتدائية 45)',
    text: 'وقال مدير المدرسة الابتدائية 63 إن "الفصول المتنقلة ستزال هذا العام".',
    quotes: [['الفصول المتنقلة ستزال هذا العام', 'partial', 'مدير المدرسة الابتدائية 63']],
  },
];

const numberedPostGuards: readonly Row[] = [
  {
    what: 'guard: a number inside the quote after the speaker’s title stays in the quote',
    text: 'وقال المدرب إن اللاعب "سيغيب 3 أسابيع".',
    quotes: [['سيغيب 3 أسابيع', 'partial', 'المدرب']],
  },
  {
    what: 'guard: a numbered school, then the headmaster’s name between commas',
    text: 'وقال قائد المتوسطة 17 بحي العزيزية، فهد الحارثي، إن "المدرسة جاهزة".',
    quotes: [['المدرسة جاهزة', 'partial', 'فهد الحارثي']],
  },
];

describe('a quoted name inside a post: the holder named after it', () => runRows(quotedNameRows));
describe('a quoted name that is no post', () => runRows(quotedNameGuards));
describe('vox-pop descriptions before a name', () => runRows(voxPopRows));
describe('vox-pop words that are not the description', () => runRows(voxPopGuards));
describe('governorates with given-name words, and a title ending in an honorific', () =>
  runRows(governorateRows));
describe('governors and towns otherwise named', () => runRows(governorateGuards));
describe('a given name that is also a word, between commas after a long post', () =>
  runRows(apposedNameRows));
describe('what else stands between commas after a post', () => runRows(apposedNameGuards));
describe('an accusative object and its adjective after a name', () => runRows(accusativeObjectRows));
describe('a foreign name in ا is no object', () => runRows(accusativeObjectGuards));
describe('a described member of a plainly named body, then his name', () => runRows(memberNameRows));
describe('members with no name of their own', () => runRows(memberNameGuards));
describe('a paper told after a title with a quoted name', () => runRows(outletRows));
describe('a fragment after ل is no paper', () => runRows(outletGuards));
describe('a numbered school in a post', () => runRows(numberedPostRows));
describe('numbers elsewhere', () => runRows(numberedPostGuards));
