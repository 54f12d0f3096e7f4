/**
 * Review of titles11 by its opposite cases. Each rule row is a passage written here in news style that
 * failed on the merged build:
 * - a member in a body known by a plain name opens his name at a plain given name past the body's name
 *   (قيادي في حركة حماس فلان); not at the name the body is named after, behind its head and a royal title
 *   (جمعية الأمير فهد بن سلمان, مؤسسة الملك خالد, جامعة الملك سعود) or inside a chain of بن, where an unnamed
 *   member stands for the body again; and a given name that is also a word (سعيد) opens it behind an
 *   honorific (الدكتور سعيد فلان);
 * - the accusative object after a name takes a relative adjective in يا too (مشروعا سكنيا), not only فعيلا;
 * - قائدة, a woman heading a school (قائدة المدرسة، فلانة،), is a title as قائد is;
 * - مؤتمر, a subject stop (في مؤتمر صحفي), reads on in construct after a title before its quoted name (مدير
 *   مؤتمر «…» الدكتور فلان), as مشروع does (HEADED_WORKS);
 * - باسمها, باسمه go on a title as باسم does (المتحدث باسمها العقيد فلان: its spokesman).
 * Guard rows keep the opposite cases: a member named behind الأمير past the body's name (هيئة البيعة الأمير
 * فلان), a member behind الشيخ in a movement, a conference after في where a minister spoke.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const memberRows: readonly Row[] = [
  {
    what: 'an unnamed member of a society named after a prince (جمعية الأمير فهد بن سلمان): the society speaks',
    text: 'وقال عضو في جمعية الأمير فهد بن سلمان لرعاية مرضى الفشل الكلوي إن "المرضى يحتاجون إلى دعم دائم".',
    quotes: [
      ['المرضى يحتاجون إلى دعم دائم', 'partial', 'جمعية الأمير فهد بن سلمان لرعاية مرضى الفشل الكلوي'],
    ],
  },
  {
    what: 'an unnamed member of a foundation named after a king with his chain of بن: no name opens inside it',
    text: 'وقال عضو في مؤسسة الملك عبدالله بن عبدالعزيز العالمية للأعمال الإنسانية إن "القوافل وصلت إلى القرى".',
    quotes: [
      ['القوافل وصلت إلى القرى', 'partial', 'مؤسسة الملك عبدالله بن عبدالعزيز العالمية للأعمال الإنسانية'],
    ],
  },
  {
    what: 'an unnamed member of a foundation named after a king (مؤسسة الملك خالد الخيرية)',
    text: 'وقال عضو في مؤسسة الملك خالد الخيرية إن "البرنامج سيشمل القرى".',
    quotes: [['البرنامج سيشمل القرى', 'partial', 'مؤسسة الملك خالد الخيرية']],
  },
  {
    what: 'a member of a university named after a king, then the doctor’s name: his name, not the king’s',
    text: 'وقال عضو في جامعة الملك سعود الدكتور خالد الرشيد إن "الدراسة اكتملت".',
    quotes: [['الدراسة اكتملت', 'partial', 'خالد الرشيد']],
  },
  {
    what: 'a given name that is also a word (سعيد) opens the member’s name behind an honorific',
    text: 'وقال عضو في جامعة الملك عبدالعزيز الدكتور سعيد الغامدي إن "البحث نشر في مجلة علمية".',
    quotes: [['البحث نشر في مجلة علمية', 'partial', 'سعيد الغامدي']],
  },
];

const memberGuards: readonly Row[] = [
  {
    what: 'guard: a prince named past the body’s own name (هيئة البيعة الأمير فلان) is the member',
    text: 'وقال عضو في هيئة البيعة الأمير مشعل بن عبدالعزيز إن "البيعة تمت بسلاسة".',
    quotes: [['البيعة تمت بسلاسة', 'partial', 'مشعل بن عبدالعزيز']],
  },
  {
    what: 'guard: a sheikh named past a movement’s name is the member',
    text: 'وقال قيادي في حركة حماس الشيخ حسن يوسف إن "الاحتلال يماطل".',
    quotes: [['الاحتلال يماطل', 'partial', 'حسن يوسف']],
  },
];

const objectRows: readonly Row[] = [
  {
    what: 'an accusative noun with a relative adjective in يا after a prince’s name (مشروعا سكنيا): the object',
    text: 'ودشن الأمير فيصل بن سلمان مشروعا سكنيا في المدينة المنورة، وقال إن "المشروع يخدم ألف أسرة".',
    quotes: [['المشروع يخدم ألف أسرة', 'partial', 'فيصل بن سلمان']],
  },
];

const titleRows: readonly Row[] = [
  {
    what: 'قائدة المدرسة, her name between commas',
    text: 'وقالت قائدة المدرسة، منيرة السبيعي، إن "الطالبات متفوقات".',
    quotes: [['الطالبات متفوقات', 'partial', 'منيرة السبيعي']],
  },
  {
    what: 'قائدة of a numbered school in a town, her name between commas before the colon',
    text: 'وقالت قائدة المدرسة الابتدائية 30 بجدة، نوال الحربي: "أكملنا الاستعداد للعام الدراسي".',
    quotes: [['أكملنا الاستعداد للعام الدراسي', 'direct', 'نوال الحربي']],
  },
  {
    what: 'a conference’s quoted name inside the director’s title (مدير مؤتمر «…»), then the doctor’s name',
    text: 'وقال مدير مؤتمر «مستقبل الطاقة» الدكتور سامي الحربي إن "المؤتمر يستقبل خمسين باحثا".',
    quotes: [
      ['مستقبل الطاقة', 'mention', null],
      ['المؤتمر يستقبل خمسين باحثا', 'partial', 'سامي الحربي'],
    ],
  },
  {
    what: 'a conference’s head with no name after: the whole post, the conference’s name in it, speaks',
    text: 'وقال رئيس مؤتمر «الحوار الوطني» في صنعاء: "لن نقبل بالعودة إلى الوراء".',
    quotes: [
      ['الحوار الوطني', 'mention', null],
      ['لن نقبل بالعودة إلى الوراء', 'direct', 'رئيس مؤتمر الحوار الوطني'],
    ],
  },
  {
    what: 'guard: a conference after في, where the minister spoke, is no part of his name',
    text: 'وقال وزير الخارجية عادل الجبير في مؤتمر «أصدقاء سوريا» إن "الأسد لا مكان له".',
    quotes: [
      ['أصدقاء سوريا', 'mention', null],
      ['الأسد لا مكان له', 'partial', 'عادل الجبير'],
    ],
  },
];

const pronounRows: readonly Row[] = [
  {
    what: 'باسمها, the body’s spokesman by its pronoun, then a rank and his name: the name speaks',
    text: 'وضبطت الجمارك 300 كيلوغرام من الحشيش، وقال المتحدث باسمها العقيد عيسى العيسى إن "المهربين أوقفوا".',
    quotes: [['المهربين أوقفوا', 'partial', 'عيسى العيسى']],
  },
  {
    what: 'باسمها right before the name with no rank between',
    text: 'وضبطت الجمارك 300 كيلوغرام من الحشيش، وقال المتحدث باسمها عيسى العيسى إن "المهربين أوقفوا".',
    quotes: [['المهربين أوقفوا', 'partial', 'عيسى العيسى']],
  },
];

describe('review46: a member’s name in a body named after a person', () =>
  runRows([...memberRows, ...memberGuards]));
describe('review46: the object after a name', () => runRows(objectRows));
describe('review46: titles', () => runRows(titleRows));
describe('review46: a spokesman by the body’s pronoun', () => runRows(pronounRows));
