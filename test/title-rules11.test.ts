/**
 * A title's piece, a description or a quoted name taken as the speaker instead of the person named after
 * it (titles11). Each rule row is a passage written here in news style that fails without its rule:
 * - a quoted name inside a post, of a campaign, an operation, a festival (EVENT_NOUNS) or a project
 *   (HEADED_WORKS): منسقة حملة «…»، فلانة،, المتحدث باسم عملية «…» العسكرية، العقيد فلان،, مدير مشروع «…»
 *   المهندس فلان: the quote is the post's and the holder is named after it;
 * Guard rows keep the opposite cases: a campaign as the verb's object, a quoted subject or poem that is no
 * post.
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

describe('a quoted name inside a post: the holder named after it', () => runRows(quotedNameRows));
describe('a quoted name that is no post', () => runRows(quotedNameGuards));
