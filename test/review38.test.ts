/**
 * Review of the long names of bodies merge (issue 3): sentences written here in news style on the shapes
 * where the new heads (ملتقى, منتدى, مبادرة, غرفة, مرصد, تنسيقية) and the members' plural adjectives read
 * the opposite case: a body's head as the verb's object, an office's word of place, a body's plural
 * members as the object of its verb.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows38: readonly Row[] = [
  {
    what: 'a construct title, then an initiative as the verb’s object, then وقال (أطلق ولي العهد مبادرة … وقال)',
    text: 'وأطلق ولي العهد مبادرة السعودية الخضراء وقال إن «المملكة ملتزمة بخفض الانبعاثات».',
    quotes: [['المملكة ملتزمة بخفض الانبعاثات', 'partial', 'ولي العهد']],
  },
  {
    what: 'a construct title, then a forum he opened, then وقال (افتتح وزير الثقافة ملتقى الشعر العربي)',
    text: 'وافتتح وزير الثقافة ملتقى الشعر العربي، وقال إن «الشعر ديوان العرب».',
    quotes: [['الشعر ديوان العرب', 'partial', 'وزير الثقافة']],
  },
  {
    what: 'a construct title, then a ministry he visited, then وقال (زار وزير التعليم وزارة الصحة)',
    text: 'وزار وزير التعليم وزارة الصحة وقال إن «التنسيق بين الجهات ضروري».',
    quotes: [['التنسيق بين الجهات ضروري', 'partial', 'وزير التعليم']],
  },
  {
    what: 'guard: a definite title, then its object, then وقال (افتتح الوزير المعرض)',
    text: 'وافتتح الوزير المعرض، وقال إن «الكتاب ما زال حاضرا».',
    quotes: [['الكتاب ما زال حاضرا', 'partial', 'الوزير']],
  },
  {
    what: 'guard: a forum speaking, its name’s adjective kept (وقال منتدى الإعلام السعودي)',
    text: 'وقال منتدى الإعلام السعودي في بيان إن «الدورة المقبلة تنطلق في فبراير».',
    quotes: [['الدورة المقبلة تنطلق في فبراير', 'partial', 'منتدى الإعلام السعودي']],
  },
  {
    what: 'guard: the members’ plural adjective stays in the body’s name (رابطة الأسرى المحررين)',
    text: 'وقالت رابطة الأسرى المحررين في بيان إن «الأسرى يعانون ظروفا قاسية».',
    quotes: [['الأسرى يعانون ظروفا قاسية', 'partial', 'رابطة الأسرى المحررين']],
  },
  {
    what: 'a forum, then in its recommendations, a plural document (منتدى الرياض الاقتصادي في توصياته)',
    text: 'وقال منتدى الرياض الاقتصادي في توصياته إن «القطاع الخاص شريك أساسي في التنمية».',
    quotes: [['القطاع الخاص شريك أساسي في التنمية', 'partial', 'منتدى الرياض الاقتصادي']],
  },
  {
    what: 'a council, then in its statements, a plural document (مجلس الأعمال السعودي في تصريحاته)',
    text: 'وقال مجلس الأعمال السعودي في تصريحاته إن «الصادرات إلى الهند تتضاعف».',
    quotes: [['الصادرات إلى الهند تتضاعف', 'partial', 'مجلس الأعمال السعودي']],
  },
  {
    what: 'a forum, then at the close of its sessions (ملتقى الشباب الخليجي في ختام أعماله)',
    text: 'وقال ملتقى الشباب الخليجي في ختام أعماله إن «المشاركة فاقت التوقعات».',
    quotes: [['المشاركة فاقت التوقعات', 'partial', 'ملتقى الشباب الخليجي']],
  },
  {
    what: 'guard: a body and its place after في keeps the place (لجان المقاومة في فلسطين)',
    text: 'وقالت لجان المقاومة في فلسطين إن «الرد سيكون حاسما».',
    quotes: [['الرد سيكون حاسما', 'partial', 'لجان المقاومة في فلسطين']],
  },
  {
    what: 'a title whose genitive is a body with its members’ plural adjective, then the name (رئيس رابطة الأسرى المحررين فلان)',
    text: 'وقال رئيس رابطة الأسرى المحررين أحمد سعيد إن «الاحتلال يماطل في الإفراج».',
    quotes: [['الاحتلال يماطل في الإفراج', 'partial', 'أحمد سعيد']],
  },
  {
    what: 'a spokesman for a body with its members’ plural adjective (المتحدث باسم نقابة الأطباء المصريين)',
    text: 'وقال المتحدث باسم نقابة الأطباء المصريين إن «الوزارة لم تستجب للمطالب».',
    quotes: [['الوزارة لم تستجب للمطالب', 'partial', 'نقابة الأطباء المصريين']],
  },
  {
    what: 'guard: a body’s members repeated as the verb’s object keep out of its name (حذر اتحاد الطلاب الطلاب المتظاهرين)',
    text: 'وحذر اتحاد الطلاب الطلاب المتظاهرين من العنف، وقال إن «الحوار هو الحل».',
    quotes: [['الحوار هو الحل', 'partial', 'اتحاد الطلاب']],
  },
  {
    what: 'a body’s members said again as the verb’s object (دعت نقابة الأطباء الأطباء المقيمين)',
    text: 'ودعت نقابة الأطباء الأطباء المقيمين إلى العودة للعمل، وقالت إن «الإضراب يضر بالمرضى».',
    quotes: [['الإضراب يضر بالمرضى', 'partial', 'نقابة الأطباء']],
  },
  {
    what: 'a body’s members said again as the verb’s object, a sound plural (ناشدت نقابة المعلمين المعلمين المضربين)',
    text: 'وناشدت نقابة المعلمين المعلمين المضربين العودة، وقالت إن «الحوار مفتوح».',
    quotes: [['الحوار مفتوح', 'partial', 'نقابة المعلمين']],
  },
];

describe('review of the long names of bodies merge', () => runRows(reviewRows38));
