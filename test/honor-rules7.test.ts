/**
 * Honorific pronouns as subjects (issue 3): Saudi copy, SPA's above all, names a dignitary once with his
 * chain and then makes him the subject of the cue by an honorific with a pronoun (وأوضح سعادته أن …).
 * The speaker is the one of that rank the honorific points to:
 * - سعادته, سعادتها stand for a governor, an under-secretary, an ambassador, a director: the titles the
 *   form of address سعادة goes with, of either gender (سعادة is no feminine title word);
 * - one named right after a companion word (يرافقه, بحضور, نيابة عن) only goes with the dignitary and is
 *   passed over;
 * - one named after the sentence's opening verb (تفقد وكيل الإمارة …, ، دشن سعادة المحافظ …) is preferred to
 *   a guest of the same rank named later as the verb's object (استقبل … في مكتبه سعادة المدير …).
 * Each rule row is a passage written here in news style and fails without its rule; guard rows keep the
 * opposite case (سعادته as happiness, an honorific as an object, another official taking the floor).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rankRows: readonly Row[] = [
  {
    what: 'a governor named with سعادة محافظ … الأستاذ, then وأوضح سعادته أن "…": the governor',
    text: [
      'دشن سعادة محافظ عنيزة الأستاذ فهد بن عبدالرحمن العتيبي مساء أمس مشروع تأهيل الطرق في المحافظة.',
      'وأوضح سعادته أن المشروع "يمثل نقلة نوعية في الخدمات المقدمة للمواطنين".',
    ].join('\n\n'),
    quotes: [['يمثل نقلة نوعية في الخدمات المقدمة للمواطنين', 'partial', 'فهد بن عبدالرحمن العتيبي']],
  },
  {
    what: 'an ambassador, then a businessman with وقال …:, then وأكد سعادته أن "…": the ambassador, not the last speaker',
    text: [
      'استقبل سفير خادم الحرمين الشريفين لدى الأردن سعادة الدكتور سامي بن عبدالله الصالح أمس في عمان وفدا من رجال الأعمال الأردنيين.',
      'وقال رجل الأعمال الأردني زياد بن خالد المومني: "السوق السعودية واعدة".',
      'وأكد سعادته أن العلاقات بين البلدين "تشهد تطورا كبيرا".',
    ].join('\n\n'),
    quotes: [
      ['السوق السعودية واعدة', 'direct', 'زياد بن خالد المومني'],
      ['تشهد تطورا كبيرا', 'partial', 'سامي بن عبدالله الصالح'],
    ],
  },
  {
    what: 'a woman under-secretary with سعادة وكيلة, then a student with وقالت …:, then وأكدت سعادتها أن "…": the under-secretary',
    text: [
      'افتتحت سعادة وكيلة وزارة التعليم لتعليم البنات الدكتورة هيا بنت عبدالعزيز العواد أمس الملتقى الأول للقيادات.',
      'وقالت الطالبة ريم بنت سعد الحربي: "تعلمنا الكثير في الملتقى".',
      'وأكدت سعادتها أن الوزارة "ستواصل دعم القيادات النسائية".',
    ].join('\n\n'),
    quotes: [
      ['تعلمنا الكثير في الملتقى', 'direct', 'ريم بنت سعد الحربي'],
      ['ستواصل دعم القيادات النسائية', 'partial', 'هيا بنت عبدالعزيز العواد'],
    ],
  },
  {
    what: 'نيابة عن صاحب السمو الملكي … دشن سعادة محافظ … then وأكد سعادته أن "…": the governor, not the prince',
    text: [
      'نيابة عن صاحب السمو الملكي أمير منطقة القصيم، دشن سعادة محافظ بقعاء الأستاذ خالد بن حمد القحطاني مساء أمس مهرجان التمور، بحضور عدد من المسؤولين والأهالي.',
      'وأكد سعادته أن الجهات المعنية "تعمل على مدار الساعة لخدمة المزارعين".',
    ].join('\n\n'),
    quotes: [['تعمل على مدار الساعة لخدمة المزارعين', 'partial', 'خالد بن حمد القحطاني']],
  },
];

describe('honor rules 7: سعادته stands for the governor, the under-secretary, the ambassador', () => {
  runRows(rankRows);
});

const companionRows: readonly Row[] = [
  {
    what: 'a deputy governor with يرافقه + a director general, then وبين سعادته أن "…": the deputy, not the companion',
    text: [
      'تفقد وكيل إمارة منطقة جازان سعادة الأستاذ علي بن يحيى العسيري اليوم، يرافقه مدير عام الدفاع المدني بالمنطقة العميد سعد بن مبارك الحارثي، مراكز الإيواء في المحافظة.',
      'وبين سعادته أن الدولة "لم تدخر جهدا في توفير السكن للأسر".',
    ].join('\n\n'),
    quotes: [['لم تدخر جهدا في توفير السكن للأسر', 'partial', 'علي بن يحيى العسيري']],
  },
  {
    what: 'a director of education with بحضور سعادة وكيل الإمارة …, then وقال سعادته: "…": the director',
    text: [
      'افتتح سعادة مدير التعليم بالمنطقة الأستاذ ناصر بن محمد الدوسري أمس معرض الموهوبين، بحضور سعادة وكيل الإمارة الأستاذ سلطان بن فهد المطيري.',
      'وقال سعادته: "المعرض يبرز مواهب الطلاب في العلوم والتقنية".',
    ].join('\n\n'),
    quotes: [['المعرض يبرز مواهب الطلاب في العلوم والتقنية', 'direct', 'ناصر بن محمد الدوسري']],
  },
  {
    what: 'a deputy governor with يرافقه, then وأشاد سعادته …، مشيرا سعادته إلى أن "…": the participle’s honorific too',
    text: [
      'تفقد وكيل إمارة منطقة تبوك سعادة الأستاذ محمد بن ناصر الشهري أمس، يرافقه المهندس عمر بن صالح الغامدي، سير العمل في مشروع السد.',
      'وأشاد سعادته بجهود العاملين، مشيرا سعادته إلى أن الفرق "تعمل بروح الفريق الواحد".',
    ].join('\n\n'),
    quotes: [['تعمل بروح الفريق الواحد', 'partial', 'محمد بن ناصر الشهري']],
  },
];

describe('honor rules 7: one named after يرافقه or بحضور is not whom the honorific stands for', () => {
  runRows(companionRows);
});

const hostRows: readonly Row[] = [
  {
    what: 'a governor receives a director in his office, then وأوضح سعادته أن "…": the host, not the guest',
    text: [
      'استقبل سعادة محافظ شرورة الأستاذ سعيد بن علي آل مفرح في مكتبه أمس سعادة مدير فرع وزارة الزراعة بالمحافظة المهندس ناصر بن محمد الدوسري.',
      'وأوضح سعادته أن اللقاء "بحث سبل دعم المزارعين في المحافظة".',
    ].join('\n\n'),
    quotes: [['بحث سبل دعم المزارعين في المحافظة', 'partial', 'سعيد بن علي آل مفرح']],
  },
  {
    what: 'a director receives a consul, then وقال سعادته: "…": the host',
    text: [
      'استقبل سعادة مدير جامعة الجوف الأستاذ الدكتور علي بن يحيى العسيري في مكتبه اليوم سعادة القنصل العام للفلبين في الرياض السيد خوسيه ريس.',
      'وقال سعادته: "نرحب بالتعاون مع الجامعات الفلبينية".',
    ].join('\n\n'),
    quotes: [['نرحب بالتعاون مع الجامعات الفلبينية', 'direct', 'علي بن يحيى العسيري']],
  },
  {
    what: 'a police chief receives a director general, then وأكد سعادته أن "…": the host',
    text: [
      'استقبل سعادة مدير شرطة منطقة حائل اللواء سلطان بن فهد المطيري في مكتبه أمس سعادة مدير عام فرع وزارة النقل بالمنطقة المهندس فهد بن عبدالرحمن العتيبي.',
      'وأكد سعادته أن الشرطة "ستتعاون مع الوزارة في سلامة الطرق".',
    ].join('\n\n'),
    quotes: [['ستتعاون مع الوزارة في سلامة الطرق', 'partial', 'سلطان بن فهد المطيري']],
  },
];

describe('honor rules 7: the host, subject of the opening verb, before a guest of the same rank', () => {
  runRows(hostRows);
});

const guardRows: readonly Row[] = [
  {
    what: 'guard: عبر المواطن … عن سعادته بالزيارة، وقال: سعادته is his happiness; the citizen speaks',
    text: [
      'زار سعادة محافظ صبيا الأستاذ فهد بن عبدالرحمن العتيبي القرية أمس.',
      'وعبر المواطن سعد بن مبارك الحارثي عن سعادته بالزيارة، وقال: "هذه لفتة كريمة من المحافظ".',
    ].join('\n\n'),
    quotes: [['هذه لفتة كريمة من المحافظ', 'direct', 'سعد بن مبارك الحارثي']],
  },
  {
    what: 'guard: وقدم مدير الإدارة … شكره لمعاليه، مؤكدا: the honorific is an object; the director speaks',
    text: [
      'رعى معالي وزير الصحة الدكتور توفيق بن فوزان الربيعة أمس حفل التخريج.',
      'وقدم مدير الإدارة الدكتور ماجد بن سليمان الزهراني شكره لمعاليه، مؤكدا أن الإدارة "ستواصل العمل".',
    ].join('\n\n'),
    quotes: [['ستواصل العمل', 'partial', 'ماجد بن سليمان الزهراني']],
  },
  {
    what: 'guard: after the governor, another official takes the floor with من جانبه, then وأضاف: the official',
    text: [
      'دشن سعادة محافظ ضباء الأستاذ عبدالله بن سعيد آل حيدر أمس المشروع.',
      'من جانبه، قال مدير فرع المياه المهندس خالد بن حمد القحطاني: "المشروع يخدم عشرة آلاف نسمة".',
      'وأضاف أن العمل "سينتهي خلال عام".',
    ].join('\n\n'),
    quotes: [
      ['المشروع يخدم عشرة آلاف نسمة', 'direct', 'خالد بن حمد القحطاني'],
      ['سينتهي خلال عام', 'partial', 'خالد بن حمد القحطاني'],
    ],
  },
  {
    what: 'guard: وفي أعقاب كلمة سموه، قال رئيس اللجنة …: a possessive honorific; the chairman speaks',
    text: [
      'افتتح صاحب السمو الملكي الأمير فيصل بن بندر بن عبدالعزيز أمير منطقة الرياض أمس الملتقى.',
      'وفي أعقاب كلمة سموه، قال رئيس اللجنة المنظمة الدكتور ماجد بن سليمان الزهراني: "الملتقى ثمرة عام من العمل".',
    ].join('\n\n'),
    quotes: [['الملتقى ثمرة عام من العمل', 'direct', 'ماجد بن سليمان الزهراني']],
  },
  {
    what: 'guard: a minister with بحضور سعادة مدير …, then وقال معاليه: the minister, as before',
    text: [
      'رعى معالي وزير التعليم الدكتور عزام بن محمد الدخيل مساء أمس حفل التخريج، بحضور سعادة مدير التعليم بالمنطقة الأستاذ سلطان بن فهد المطيري.',
      'وقال معاليه: "سنتابع تنفيذ التوجيهات بشكل يومي".',
    ].join('\n\n'),
    quotes: [['سنتابع تنفيذ التوجيهات بشكل يومي', 'direct', 'عزام بن محمد الدخيل']],
  },
];

describe('honor rules 7: guards', () => {
  runRows(guardRows);
});
