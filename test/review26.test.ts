/**
 * Review of the titles5 merge (issue 3): passages written here in news style on the shapes where its
 * rules (a body's participle in ة after a definite feminine noun, a foreign name's short word after a
 * title) read the opposite case. Each rule row fails without its fix; each guard row keeps the shape
 * the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows26: readonly Row[] = [
  {
    what: 'المنظمة after a body and before على is the object of شكر, not its adjective (وشكرت الوزارة المنظمة على جهودها)',
    text: 'وشكرت الوزارة المنظمة على جهودها في إغاثة النازحين، وقالت في بيان: «نقدر هذا الدعم الكبير».',
    quotes: [['نقدر هذا الدعم الكبير', 'direct', 'الوزارة']],
  },
  {
    what: 'المنظمة before من after a cue that takes an object is the one warned (وحذرت الحكومة المنظمة من «…»)',
    text: 'وحذرت الحكومة المنظمة من «تسييس العمل الإنساني في المخيمات».',
    quotes: [['تسييس العمل الإنساني في المخيمات', 'partial', 'الحكومة']],
  },
  {
    what: 'المؤسسة with a definite adjective in ة of its own (العامة) is another body, the object (وطالبت الحكومة المؤسسة العامة للتأمينات)',
    text: 'وطالبت الحكومة المؤسسة العامة للتأمينات الاجتماعية بـ«مراجعة لوائح التقاعد المبكر».',
    quotes: [['مراجعة لوائح التقاعد المبكر', 'partial', 'الحكومة']],
  },
  {
    what: 'guard: after a cue that takes no object, المنظمة before على is the committee’s adjective (وشددت اللجنة المنظمة على)',
    text: 'وشددت اللجنة المنظمة على «ضرورة وصول المشاركين قبل موعد الانطلاق بساعة».',
    quotes: [['ضرورة وصول المشاركين قبل موعد الانطلاق بساعة', 'partial', 'اللجنة المنظمة']],
  },
  {
    what: 'guard: اللجنة المنظمة من جهتها إن «…» after قالت stays the organising committee',
    text: 'وقالت اللجنة المنظمة من جهتها إن «التسجيل في البطولة سيغلق نهاية الأسبوع».',
    quotes: [['التسجيل في البطولة سيغلق نهاية الأسبوع', 'partial', 'اللجنة المنظمة']],
  },
];

describe('review26: the titles5 rules on the opposite case', () => runRows(reviewRows26));
