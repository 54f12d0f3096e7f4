/**
 * Review of the saudi merge (issue 3): passages written here in news style on the shapes where its
 * rules read the opposite case. Each rule row fails without its fix; each guard row keeps the shape the
 * merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows29: readonly Row[] = [
  {
    what: 'إمام with a stray hamza below after the subject is أمام, in front of (وقال الرئيس إمام الصحفيين:)',
    text: 'وقال الرئيس إمام الصحفيين: «لا تعليق على ذلك».',
    quotes: [['لا تعليق على ذلك', 'direct', 'الرئيس']],
  },
  {
    what: 'another stray hamza after a title and its genitive (وقال وزير المالية إمام البرلمان:)',
    text: 'وقال وزير المالية إمام البرلمان: «العجز سينخفض العام المقبل».',
    quotes: [['العجز سينخفض العام المقبل', 'direct', 'وزير المالية']],
  },
  {
    what: 'guard: after فضيلة, إمام without وخطيب is the imam’s title before his name',
    text: 'وقال فضيلة إمام المسجد النبوي الشيخ علي الحذيفي: «الصبر مفتاح الفرج».',
    quotes: [['الصبر مفتاح الفرج', 'direct', 'علي الحذيفي']],
  },
  {
    what: 'a verbal noun of a body’s name bare after a definite subject, before its preposition, is the verb’s object (ووجه الوزير الأمر بالتحقيق)',
    text: 'ووجه الوزير الأمر بالتحقيق في الحادثة قائلا: «لن نتهاون مع أي مقصر».',
    quotes: [['لن نتهاون مع أي مقصر', 'direct', 'الوزير']],
  },
  {
    what: 'another after a title and its genitive, with على written apart (وأكد وزير الداخلية الحفاظ على الأمن)',
    text: 'وأكد وزير الداخلية الحفاظ على أمن الحجاج، وقال: «لا مكان للفوضى».',
    quotes: [['لا مكان للفوضى', 'direct', 'وزير الداخلية']],
  },
  {
    what: 'guard: after an indefinite head the verbal noun is the body’s field, through its preposition (هيئة الأمر بالمعروف)',
    text: 'وأوضحت هيئة الأمر بالمعروف والنهي عن المنكر في بيان أن «الجولات الميدانية مستمرة».',
    quotes: [['الجولات الميدانية مستمرة', 'partial', 'هيئة الأمر بالمعروف والنهي عن المنكر']],
  },
  {
    what: 'guard: after a title and a name the object is still cut from the name (النائب فلان الرقابة على)',
    text: 'وطالب النائب سعد الحربي الرقابة على أسعار الأدوية قائلا: «المريض يدفع الثمن».',
    quotes: [['المريض يدفع الثمن', 'direct', 'سعد الحربي']],
  },
];

describe('review29: the saudi merge on the opposite case', () => {
  runRows(reviewRows29);
});
