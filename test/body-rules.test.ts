/**
 * Where a body's name ends (issue 3), read once (bodyNameEnd) and shared by the subject's readings: an
 * adjective of stance after the name's own adjective describes the body (الحركة الوطنية الديمقراطية
 * المعارضة); a second adjective in ة agrees with the genitive (الدول النامية الكبيرة); a field after ل
 * stays in the name before في بيان, a bracket or a second field (للأمم المتحدة لشؤون اللاجئين, لمدينة
 * الدمام); a place's name ends a municipality's before the verb's object; a deputy's field after the
 * body's genitive is the deputy's (وكيل وزارة الإسكان للدعم السكني); an adjective that is also a body's
 * word agrees with the head (رابطة … البلدية), and a second adjective joins with و (البلدية والقروية);
 * a description by a participle, then a name in marks (الشركة المشغلة للمطار «فرابورت»): the name speaks. Each rule row is a passage written
 * here in news style and fails without the rule; a guard row keeps the opposite case (a time word or a
 * place after the body, a stance adjective of the genitive, the complement of a verb of appeal).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const bodyRows: readonly Row[] = [
  {
    what: 'an adjective of stance after the name’s own adjectives describes the movement (… الديمقراطية المعارضة في بيان إن)',
    text: 'وقالت الحركة الوطنية الديمقراطية المعارضة في بيان إن القرار «يعمق الانقسام في البلاد».',
    quotes: [['يعمق الانقسام في البلاد', 'partial', 'الحركة الوطنية الديمقراطية']],
  },
  {
    what: 'a group of states named with two adjectives in ة of its genitive, closed by a comma, accuses بـ',
    text: 'وانتقدت مجموعة الدول النامية الكبيرة، في بيان، الدول الصناعية بـ«التقاعس عن الوفاء بوعودها».',
    quotes: [['التقاعس عن الوفاء بوعودها', 'partial', 'مجموعة الدول النامية الكبيرة']],
  },
  {
    what: 'a Saudi federation with its field after لل before في بيان, read back from بما وصفه بـ',
    text: 'وأشاد الاتحاد السعودي للدراجات في بيان بما وصفه بـ«التتويج المستحق» للمنتخب الوطني.',
    quotes: [['التتويج المستحق', 'partial', 'الاتحاد السعودي للدراجات']],
  },
  {
    what: 'a regional body with a field of plain words after ل before its abbreviation in brackets, then ، وقالت في بيان',
    text: 'ودانت الهيئة الحكومية لدول شرق أفريقيا (إيغاد) الهجوم، وقالت في بيان إنه «يهدد مسار التسوية».',
    quotes: [['يهدد مسار التسوية', 'partial', 'الهيئة الحكومية لدول شرق أفريقيا']],
  },
  {
    what: 'a UN agency by its long name (two fields after ل) before من, then ، وقالت في بيان',
    text: 'وحذرت المفوضية السامية للأمم المتحدة لشؤون اللاجئين من تفاقم الأزمة، وقالت في بيان إن المخيمات «لم تعد تتسع لمزيد من الأسر».',
    quotes: [['لم تعد تتسع لمزيد من الأسر', 'partial', 'المفوضية السامية للأمم المتحدة لشؤون اللاجئين']],
  },
  {
    what: 'a city’s municipal council (لمدينة الدمام) before a time word and the verb’s object, then ، وأكد أن',
    text: 'وناقش المجلس البلدي لمدينة الدمام أمس مشاريع الطرق، وأكد أن العمل فيها «سينتهي قبل موسم الأمطار».',
    quotes: [['سينتهي قبل موسم الأمطار', 'partial', 'المجلس البلدي لمدينة الدمام']],
  },
  {
    what: 'a deputy minister’s field after ل is his (وكيل وزارة الإسكان للدعم السكني): the ministry alone speaks later, and so does الوزارة',
    text: [
      'وقال وكيل وزارة الإسكان للدعم السكني خالد العتيبي إن البرنامج «سيغطي جميع المناطق».',
      'وأضافت وزارة الإسكان في بيان أن الطلبات «تجاوزت التوقعات».',
      'وقالت الوزارة إن الدفعة الأولى «ستصرف الشهر المقبل».',
    ].join('\n\n'),
    quotes: [
      ['سيغطي جميع المناطق', 'partial', 'خالد العتيبي'],
      ['تجاوزت التوقعات', 'partial', 'وزارة الإسكان'],
      ['ستصرف الشهر المقبل', 'partial', 'وزارة الإسكان'],
    ],
  },
  {
    what: 'a municipality named by its region (أمانة منطقة الرياض) before the verb’s definite object, then ، وقالت في بيان',
    text: 'وأعلنت أمانة منطقة الرياض الخطة الجديدة، وقالت في بيان إنها «ستطبق على مراحل».',
    quotes: [['ستطبق على مراحل', 'partial', 'أمانة منطقة الرياض']],
  },
  {
    what: 'an adjective in ة that is also a body’s word (البلدية) agrees with the association’s head, read back from وهو ما وصفته … بأنه',
    text: 'وهو ما وصفته رابطة مقاولي الطرق البلدية بأنه «قرار متسرع».',
    quotes: [['قرار متسرع', 'partial', 'رابطة مقاولي الطرق البلدية']],
  },
  {
    what: 'a Saudi ministry’s two adjectives joined with و (الشؤون البلدية والقروية) before the verb’s object, then ، وقالت',
    text: 'وانتقدت وزارة الشؤون البلدية والقروية الخطة، وقالت إنها «غير مدروسة».',
    quotes: [['غير مدروسة', 'partial', 'وزارة الشؤون البلدية والقروية']],
  },
  {
    what: 'a developer described by what it does, then its name in marks before في بيان: the name speaks',
    text: 'وقالت الشركة المطورة للمشروع «روشن» في بيان إن الوحدات السكنية «ستسلم قبل نهاية العام».',
    quotes: [
      ['روشن', 'mention', null],
      ['ستسلم قبل نهاية العام', 'partial', 'روشن'],
    ],
  },
  {
    what: 'a ship’s owner described, then its name in marks before أن; the name alone in marks speaks next',
    text: [
      'وأكدت الشركة المالكة للسفينة «ميرسك» أن أفراد الطاقم «بخير ولم يصب أحد منهم بأذى».',
      'وتوقعت «ميرسك» أن تستأنف السفينة رحلتها «خلال أيام».',
    ].join('\n\n'),
    quotes: [
      ['ميرسك', 'mention', null],
      ['بخير ولم يصب أحد منهم بأذى', 'partial', 'ميرسك'],
      ['ميرسك', 'mention', null],
      ['خلال أيام', 'partial', 'ميرسك'],
    ],
  },
  {
    what: 'guard: a body’s own name with an adjective in ة, then its abbreviation in marks: the name speaks',
    text: 'وقالت الهيئة الملكية لمدينة الرياض «ريكس» في بيان إن المشروع «يسير وفق الجدول».',
    quotes: [
      ['ريكس', 'mention', null],
      ['يسير وفق الجدول', 'partial', 'الهيئة الملكية لمدينة الرياض'],
    ],
  },
  {
    what: 'guard: a ministry’s head alone before a time word (وقالت الوزارة الأربعاء إن)',
    text: 'وقالت الوزارة الأربعاء إن الأسعار «ستبقى مستقرة».',
    quotes: [['ستبقى مستقرة', 'partial', 'الوزارة']],
  },
  {
    what: 'guard: an authority’s head alone before the city it spoke in (وأعلنت الهيئة في جدة أن)',
    text: 'وأعلنت الهيئة في جدة أن الموسم «سيبدأ مبكرا».',
    quotes: [['سيبدأ مبكرا', 'partial', 'الهيئة']],
  },
  {
    what: 'guard: an adjective of stance right after the genitive is the genitive’s (تحالف القوى المعارضة)',
    text: 'وقال تحالف القوى المعارضة في بيان إن الانتخابات «فقدت شرعيتها».',
    quotes: [['فقدت شرعيتها', 'partial', 'تحالف القوى المعارضة']],
  },
  {
    what: 'guard: after a verb of appeal, ل and its genitive are the appeal (ودعت الجامعة العربية لوقف إطلاق النار)',
    text: 'ودعت الجامعة العربية لوقف إطلاق النار، وقالت إن المدنيين «يدفعون الثمن».',
    quotes: [['يدفعون الثمن', 'partial', 'الجامعة العربية']],
  },
  {
    what: 'guard: a municipality’s region without the article, then the object (إغلاق ثلاثة مطاعم)',
    text: 'وأعلنت أمانة منطقة تبوك إغلاق ثلاثة مطاعم، وقالت في بيان إن المخالفات «تهدد سلامة المستهلكين».',
    quotes: [['تهدد سلامة المستهلكين', 'partial', 'أمانة منطقة تبوك']],
  },
];

describe('body rules: where a body’s name ends', () => {
  runRows(bodyRows);
});
