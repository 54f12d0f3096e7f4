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
];

describe('review29: the saudi merge on the opposite case', () => {
  runRows(reviewRows29);
});
