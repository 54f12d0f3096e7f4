/**
 * A title's body after ل, before its holder's name (issue 3): `الأمين العام لـX فلان`, `المدير العام
 * لوكالة X فلان`. ل + a noun in construct with a definite word after a definite title is the title's
 * genitive (a name never opens with the preposition); ل + a news agency, a network or a body that is
 * also heard (لوكالة, لشبكة) is the title's genitive when a given name follows the body's words; a
 * prize, an airport or a foundation named after a king (جائزة الملك فيصل) keeps the king's name out of
 * the holder's. Guard rows keep the hearer after ل when no name follows, and the first names that open
 * with ل. Each rule row is a sentence written here in news style and fails without its rule.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const titleGenitiveRows: readonly Row[] = [
  {
    what: 'an alliance in construct after a definite title (لحلف شمال الأطلسي), then the name',
    text: 'وقال الأمين العام لحلف شمال الأطلسي ينس ستولتنبرغ في مؤتمر صحفي إن «الحلف سيعزز وجوده شرقاً».',
    quotes: [['الحلف سيعزز وجوده شرقاً', 'partial', 'ينس ستولتنبرغ']],
  },
  {
    what: 'a festival in construct after a definite title (لمهرجان الجنادرية)',
    text: 'وقال المدير التنفيذي لمهرجان الجنادرية عبدالرحمن الخريجي: «أعددنا برنامجاً ثقافياً لكل الأعمار».',
    quotes: [['أعددنا برنامجاً ثقافياً لكل الأعمار', 'direct', 'عبدالرحمن الخريجي']],
  },
  {
    what: 'a campaign in construct after a definite title (لحملة النظافة)',
    text: 'وأوضح المنسق العام لحملة النظافة الشاملة ماجد الشهري لـ«المدينة» أن «الحملة ستشمل 40 حياً».',
    quotes: [
      ['المدينة', 'mention', null],
      ['الحملة ستشمل 40 حياً', 'partial', 'ماجد الشهري'],
    ],
  },
  {
    what: 'an agency after a definite title with a name after it (لوكالة الأونروا فلان): the title’s body',
    text: 'وقال المفوض العام لوكالة الأونروا بيير كرينبول إن «العجز المالي يهدد مدارس الوكالة».',
    quotes: [['العجز المالي يهدد مدارس الوكالة', 'partial', 'بيير كرينبول']],
  },
  {
    what: 'a network after a definite title with a name after it (لشبكة الجزيرة فلان)',
    text: 'وقال المدير العام لشبكة الجزيرة ياسر أبو هلالة: «نعمل في ظروف صعبة».',
    quotes: [['نعمل في ظروف صعبة', 'direct', 'ياسر أبو هلالة']],
  },
  {
    what: 'a prize named after a king: the king’s name is the prize’s, the holder’s name follows',
    text: 'وقال الأمين العام لجائزة الملك فيصل عبدالعزيز السبيل إن «المحكمين أنهوا أعمالهم».',
    quotes: [['المحكمين أنهوا أعمالهم', 'partial', 'عبدالعزيز السبيل']],
  },
  {
    what: 'a university named after a king, the holder’s name read back from its surname later',
    text: [
      'وقال مدير جامعة الملك سعود بدران العمر إن «الجامعة ستفتتح كلية جديدة».',
      'وأضاف العمر: «القبول يبدأ في شوال».',
    ].join('\n\n'),
    quotes: [
      ['الجامعة ستفتتح كلية جديدة', 'partial', 'بدران العمر'],
      ['القبول يبدأ في شوال', 'direct', 'بدران العمر'],
    ],
  },
  {
    what: 'guard: an agency after ل with no name after it is whom the words were told',
    text: 'وقال المتحدث العسكري لوكالة الأنباء الفرنسية إن «الهجوم أحبط قبل وصوله».',
    quotes: [['الهجوم أحبط قبل وصوله', 'partial', 'المتحدث العسكري']],
  },
  {
    what: 'guard: a channel after a title with its genitive and a name is the hearer',
    text: 'وقال وزير الإعلام عادل الطريفي لقناة العربية إن «الحكومة ماضية في خططها».',
    quotes: [['الحكومة ماضية في خططها', 'partial', 'عادل الطريفي']],
  },
  {
    what: 'guard: first names that open with ل after a title stay names (لقمان, ليث)',
    text: 'وقال المدرب لقمان الحربي: «الفريق جاهز». وقال الحارس ليث العنزي: «سنقاتل حتى النهاية».',
    quotes: [
      ['الفريق جاهز', 'direct', 'لقمان الحربي'],
      ['سنقاتل حتى النهاية', 'direct', 'ليث العنزي'],
    ],
  },
];

/**
 * The event or work an official opens, visits or sponsors (المؤتمر, المعرض, المهرجان, المشروع, الحفل):
 * shaped like a participle in م but a noun, the verb's object after the title, not the title's
 * adjective; the dropped subject of the next cue is the title with its whole genitive chain.
 */
const openedEventRows: readonly Row[] = [
  {
    what: 'a head in construct opens an exhibition, then ، وقال: the whole title speaks',
    text: 'ودشن رئيس هيئة السياحة المعرض السنوي للحرف اليدوية في الأحساء، وقال: «الحرفيون ثروة وطنية».',
    quotes: [['الحرفيون ثروة وطنية', 'direct', 'رئيس هيئة السياحة']],
  },
  {
    what: 'a minister visits a project, then ، وأكد أن',
    text: 'وتفقد وزير الإسكان المشروع الجديد شمال الرياض، وأكد أن «الوحدات تسلم في موعدها».',
    quotes: [['الوحدات تسلم في موعدها', 'partial', 'وزير الإسكان']],
  },
  {
    what: 'a governor of a town sponsors a ceremony: the town closed his title',
    text: 'ورعى محافظ الطائف الحفل الختامي لمسابقة القرآن الكريم، وقال إن «المتسابقين شرفوا المحافظة».',
    quotes: [['المتسابقين شرفوا المحافظة', 'partial', 'محافظ الطائف']],
  },
  {
    what: 'guard: the same noun as a title’s genitive (رئيس المؤتمر) stays in the title',
    text: 'وقال رئيس المؤتمر خالد الزهراني إن «الأوراق المقدمة تجاوزت مئة ورقة».',
    quotes: [['الأوراق المقدمة تجاوزت مئة ورقة', 'partial', 'خالد الزهراني']],
  },
];

describe('a title’s body after ل, before its holder’s name', () => {
  runRows(titleGenitiveRows);
});

describe('the event an official opens is the verb’s object', () => {
  runRows(openedEventRows);
});
