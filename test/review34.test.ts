/**
 * Review of the bodies merge (issue 3): sentences written here in news style on the shapes where the
 * rules for those a call addresses, a body's seat, a member's group and a field with عن read the
 * opposite case. Each fixed regression has its row, one more of the same shape, and a guard that the
 * rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows34: readonly Row[] = [
  {
    what: 'a naming noun in construct with a word of the addressed (ودعا منتدى الشباب العربي إلى)',
    text: 'ودعا منتدى الشباب العربي إلى «الحوار بين الأجيال».',
    quotes: [['الحوار بين الأجيال', 'partial', 'منتدى الشباب العربي']],
  },
  {
    what: 'the same after حذر … من (وحذر منتدى الشباب الخليجي من)',
    text: 'وحذر منتدى الشباب الخليجي من «البطالة المقنعة».',
    quotes: [['البطالة المقنعة', 'partial', 'منتدى الشباب الخليجي']],
  },
  {
    what: 'guard: a plain foreign name, then the body addressed (منظمة هيومن رايتس ووتش الحكومة بـ)',
    text: 'وطالبت منظمة هيومن رايتس ووتش الحكومة بـ«الإفراج عن المعتقلين».',
    quotes: [['الإفراج عن المعتقلين', 'partial', 'منظمة هيومن رايتس ووتش']],
  },
  {
    what: 'guard: a body with the article, then the parties addressed and their adjective (الأمم المتحدة الأطراف المتحاربة)',
    text: 'ودعت الأمم المتحدة الأطراف المتحاربة إلى «وقف فوري لإطلاق النار».',
    quotes: [['وقف فوري لإطلاق النار', 'partial', 'الأمم المتحدة']],
  },
  {
    what: 'a source in حركة as the movement of traffic, not a group of members (مصدر في حركة المرور)',
    text: 'وقال مصدر في حركة المرور إن «الطريق سيغلق ثلاثة أيام».',
    quotes: [['الطريق سيغلق ثلاثة أيام', 'partial', 'مصدر في حركة المرور']],
  },
  {
    what: 'the same with تنظيم as the organising of a tournament (مسؤول في تنظيم كأس العالم)',
    text: 'وقال مسؤول في تنظيم كأس العالم إن «الملاعب جاهزة لاستقبال الجماهير».',
    quotes: [['الملاعب جاهزة لاستقبال الجماهير', 'partial', 'مسؤول في تنظيم كأس العالم']],
  },
  {
    what: 'guard: a source in a movement of members speaks for it (مصدر في حركة النهضة)',
    text: 'وقال مصدر في حركة النهضة إن «الحركة ستشارك في الانتخابات».',
    quotes: [['الحركة ستشارك في الانتخابات', 'partial', 'حركة النهضة']],
  },
  {
    what: 'a word of the addressed as the genitive of في (وطالب مسؤولون في الوزارة بـ)',
    text: 'وطالب مسؤولون في الوزارة بـ«زيادة الميزانية».',
    quotes: [['زيادة الميزانية', 'partial', 'مسؤولون في الوزارة']],
  },
  {
    what: 'the same after حذر … من (وحذر مسؤولون في الحكومة من)',
    text: 'وحذر مسؤولون في الحكومة من «انهيار العملة».',
    quotes: [['انهيار العملة', 'partial', 'مسؤولون في الحكومة']],
  },
  {
    what: 'guard: a one-word foreign name, then the authorities addressed (وطالبت أمنستي السلطات بـ)',
    text: 'وطالبت أمنستي السلطات بـ«الإفراج عن الناشطين».',
    quotes: [['الإفراج عن الناشطين', 'partial', 'أمنستي']],
  },
  {
    what: 'a participle’s plural in construct before a word of the addressed (ودعا ممثلو الدول إلى)',
    text: 'ودعا ممثلو الدول إلى «التعاون في مكافحة الإرهاب».',
    quotes: [['التعاون في مكافحة الإرهاب', 'partial', 'ممثلو الدول']],
  },
  {
    what: 'the same with حذر … من (وحذر مسؤولو الحكومة من)',
    text: 'وحذر مسؤولو الحكومة من «الشائعات المغرضة».',
    quotes: [['الشائعات المغرضة', 'partial', 'مسؤولو الحكومة']],
  },
  {
    what: 'guard: a body with the article, then the citizens addressed (وحثت وزارة الصحة المواطنين على)',
    text: 'وحثت وزارة الصحة المواطنين على «أخذ اللقاح قبل الشتاء».',
    quotes: [['أخذ اللقاح قبل الشتاء', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'a plural in ات in construct with المجتمع (ودعت منظمات المجتمع المدني إلى)',
    text: 'ودعت منظمات المجتمع المدني إلى «المشاركة الواسعة في الانتخابات».',
    quotes: [['المشاركة الواسعة في الانتخابات', 'partial', 'منظمات المجتمع المدني']],
  },
  {
    what: 'the same in ات with الدول and its adjective (ودعت حكومات الدول الأعضاء إلى)',
    text: 'ودعت حكومات الدول الأعضاء إلى «التضامن مع المتضررين».',
    quotes: [['التضامن مع المتضررين', 'partial', 'حكومات الدول الأعضاء']],
  },
  {
    what: 'guard: a body with the article, then the states addressed (ودعا مجمع الفقه الإسلامي الدول إلى)',
    text: 'ودعا مجمع الفقه الإسلامي الدول إلى «توحيد الأهلة».',
    quotes: [['توحيد الأهلة', 'partial', 'مجمع الفقه الإسلامي']],
  },
  {
    what: 'a council in construct, then the city where it met (وقال مجلس الوزراء في الرياض إن)',
    text: 'وقال مجلس الوزراء في الرياض إن «الميزانية أقرت بالإجماع».',
    quotes: [['الميزانية أقرت بالإجماع', 'partial', 'مجلس الوزراء']],
  },
  {
    what: 'the same with an adjective of the council (وقال مجلس التعاون الخليجي في الرياض إن)',
    text: 'وقال مجلس التعاون الخليجي في الرياض إن «الوحدة الاقتصادية ضرورية».',
    quotes: [['الوحدة الاقتصادية ضرورية', 'partial', 'مجلس التعاون الخليجي']],
  },
  {
    what: 'guard: an office named with its seat (وقال مكتب الأمم المتحدة في جنيف إن)',
    text: 'وقال مكتب الأمم المتحدة في جنيف إن «المفاوضات ستستأنف الأسبوع المقبل».',
    quotes: [['المفاوضات ستستأنف الأسبوع المقبل', 'partial', 'مكتب الأمم المتحدة في جنيف']],
  },
  {
    what: 'people with an adjective in the nominative after a calling verb are its subject (وحذر الأهالي الغاضبون من)',
    text: 'وقالت الشرطة إن «الحادث وقع فجرا». وحذر الأهالي الغاضبون من «تكرار الحوادث».',
    quotes: [
      ['الحادث وقع فجرا', 'partial', 'الشرطة'],
      ['تكرار الحوادث', 'partial', 'الأهالي الغاضبون'],
    ],
  },
  {
    what: 'the same with طالب … بـ (وطالب السكان المتضررون بـ)',
    text: 'وقال المتحدث باسم البلدية إن «العمل مستمر». وطالب السكان المتضررون بـ«تعويض عاجل».',
    quotes: [
      ['العمل مستمر', 'partial', 'المتحدث باسم البلدية'],
      ['تعويض عاجل', 'partial', 'السكان المتضررون'],
    ],
  },
  {
    what: 'guard: people alone after a calling verb while the police hold the floor are its object (وحذر السكان من)',
    text: 'وقال المتحدث باسم الشرطة إن «التحقيق جار». وحذر السكان من «الاقتراب من موقع الحادث».',
    quotes: [
      ['التحقيق جار', 'partial', 'المتحدث باسم الشرطة'],
      ['الاقتراب من موقع الحادث', 'partial', 'المتحدث باسم الشرطة'],
    ],
  },
];

describe('review of the bodies merge', () => runRows(reviewRows34));
