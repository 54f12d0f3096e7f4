/**
 * Where a body's long name ends (issue 3), read the way a careful reader does:
 * - a body headed by a forum, a coordination, an observatory, an initiative or a chamber (ملتقى, منتدى,
 *   تنسيقية, مرصد, مبادرة, غرفة) runs through its genitive and adjectives as any other body's name does,
 *   rather than stopping at the head;
 * - a definite plural participle or nisba after the broken plural of the people a body is named for
 *   (رابطة الأسرى المحررين, نقابة الأطباء المصريين, حركة الشباب المجاهدين) agrees with them: it is the
 *   name's last word, not the verb's object.
 * Each rule row is a passage written here in news style and fails without its rule; a guard row keeps
 * the opposite case (a plural of people that is the verb's object after a title, a naming noun before
 * a quoted name, the people as the subject with their own adjective).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const headRows: readonly Row[] = [
  {
    what: 'a Gulf youth forum with إن, then called back as الملتقى with وأضاف:',
    text: 'وقال ملتقى الشباب الخليجي إن "الشباب شركاء أساسيون في خطط التنمية". وأضاف الملتقى: "نحتاج إلى برامج عملية لا إلى شعارات".',
    quotes: [
      ['الشباب شركاء أساسيون في خطط التنمية', 'partial', 'ملتقى الشباب الخليجي'],
      ['نحتاج إلى برامج عملية لا إلى شعارات', 'direct', 'ملتقى الشباب الخليجي'],
    ],
  },
  {
    what: 'a coordination of opposition parties with في بيان إن',
    text: 'وقالت تنسيقية الأحزاب المعارضة في بيان إن "الانتخابات المقبلة فاقدة للشرعية".',
    quotes: [['الانتخابات المقبلة فاقدة للشرعية', 'partial', 'تنسيقية الأحزاب المعارضة']],
  },
  {
    what: 'an Arab reform initiative with إن',
    text: 'وقالت مبادرة الإصلاح العربي إن "الإصلاح الحقيقي يبدأ من المدرسة".',
    quotes: [['الإصلاح الحقيقي يبدأ من المدرسة', 'partial', 'مبادرة الإصلاح العربي']],
  },
  {
    what: 'an Arab media forum, then called back as المنتدى with وأضاف … أن',
    text: 'وقال منتدى الإعلام العربي إن "الإعلام التقليدي يواجه تحديات غير مسبوقة". وأضاف المنتدى أن "المصداقية هي رأس المال الحقيقي".',
    quotes: [
      ['الإعلام التقليدي يواجه تحديات غير مسبوقة', 'partial', 'منتدى الإعلام العربي'],
      ['المصداقية هي رأس المال الحقيقي', 'partial', 'منتدى الإعلام العربي'],
    ],
  },
  {
    what: 'guard: a forum’s quoted name after افتتح is a name, not the forum’s speech',
    text: 'وافتتح أمير المنطقة أمس منتدى «الاستثمار الأول» بحضور عدد من رجال الأعمال.',
    quotes: [['الاستثمار الأول', 'mention', null]],
  },
  {
    what: 'guard: the chamber’s head by name speaks, not the chamber',
    text: 'وقال رئيس غرفة الشرقية عبدالرحمن العطيشان إن "المعرض حقق نجاحا لافتا".',
    quotes: [['المعرض حقق نجاحا لافتا', 'partial', 'عبدالرحمن العطيشان']],
  },
];

const memberRows: readonly Row[] = [
  {
    what: 'a league of freed prisoners with إن: the adjective in ين after الأسرى is the name’s',
    text: 'وقالت رابطة الأسرى المحررين إن "الاحتلال يواصل سياسة الاعتقال الإداري بحق المئات".',
    quotes: [['الاحتلال يواصل سياسة الاعتقال الإداري بحق المئات', 'partial', 'رابطة الأسرى المحررين']],
  },
  {
    what: 'a Palestinian prisoners’ authority with a colon: the nisba plural after الأسرى is the name’s',
    text: 'وقالت هيئة الأسرى الفلسطينيين: "ظروف المعتقلين في سجن النقب صعبة للغاية".',
    quotes: [['ظروف المعتقلين في سجن النقب صعبة للغاية', 'direct', 'هيئة الأسرى الفلسطينيين']],
  },
  {
    what: 'a Somali armed movement named for its fighters with إن',
    text: 'وقالت حركة الشباب المجاهدين في بيان إن "الهجوم استهدف قاعدة عسكرية للقوات الأفريقية".',
    quotes: [['الهجوم استهدف قاعدة عسكرية للقوات الأفريقية', 'partial', 'حركة الشباب المجاهدين']],
  },
  {
    what: 'an Egyptian doctors’ union, then called back as النقابة with وأضافت … أن',
    text: 'وقالت نقابة الأطباء المصريين إن "الأطباء يتعرضون لاعتداءات متكررة". وأضافت النقابة أن "القانون الحالي لا يحميهم".',
    quotes: [
      ['الأطباء يتعرضون لاعتداءات متكررة', 'partial', 'نقابة الأطباء المصريين'],
      ['القانون الحالي لا يحميهم', 'partial', 'نقابة الأطباء المصريين'],
    ],
  },
  {
    what: 'guard: a society calling on offending traders: التجار المخالفين is the object of دعت, the society speaks',
    text: 'ودعت الجمعية التجار المخالفين إلى "تصحيح أوضاعهم قبل نهاية المهلة".',
    quotes: [['تصحيح أوضاعهم قبل نهاية المهلة', 'partial', 'الجمعية']],
  },
  {
    what: 'guard: a minister hosting young volunteers: الشباب المتطوعين is his object, he speaks',
    text: 'واستقبل الوزير الشباب المتطوعين، وقال إن "العمل التطوعي قيمة وطنية".',
    quotes: [['العمل التطوعي قيمة وطنية', 'partial', 'الوزير']],
  },
];

describe('body rules 6: heads of forums, coordinations, initiatives and chambers', () => {
  runRows(headRows);
});

describe('body rules 6: a plural adjective agreeing with the people a body is named for', () => {
  runRows(memberRows);
});
