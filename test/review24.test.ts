/**
 * Review of the posts4 merge and of the adverb rule in nameBeforeObject (issue 3): passages written here
 * in news style on the shapes where those rules read the opposite case. Each rule row fails without its
 * fix; each guard row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows24: readonly Row[] = [
  {
    what: 'a feminine verb of accusing after a man’s quote has the body after it as its subject (قال المتحدث …، واتهمت الوزارة الروسية بـ«…»)',
    text: 'وقال المتحدث باسم الجيش الأوكراني: «صددنا الهجوم على خاركيف». واتهمت الوزارة الروسية بـ«استهداف المدنيين».',
    quotes: [
      ['صددنا الهجوم على خاركيف', 'direct', 'الجيش الأوكراني'],
      ['استهداف المدنيين', 'partial', 'الوزارة الروسية'],
    ],
  },
  {
    what: 'the same in a new paragraph (قال وزير الخارجية …\\n\\nواتهمت الحكومة الأمريكية بـ«…»)',
    text: 'وقال وزير الخارجية الإيراني: «لن نفاوض تحت الضغط».\n\nواتهمت الحكومة الأمريكية بـ«دعم الإرهاب في المنطقة».',
    quotes: [
      ['لن نفاوض تحت الضغط', 'direct', 'وزير الخارجية الإيراني'],
      ['دعم الإرهاب في المنطقة', 'partial', 'الحكومة الأمريكية'],
    ],
  },
  {
    what: 'a masculine verb of accusing after a woman’s quote has the body after it as its subject (قالت الوزيرة …، واتهم الاتحاد الأوروبي بـ«…»)',
    text: 'وقالت وزيرة الخارجية الألمانية: «نطالب بوقف فوري لإطلاق النار». واتهم الاتحاد الأوروبي بـ«التقاعس».',
    quotes: [
      ['نطالب بوقف فوري لإطلاق النار', 'direct', 'وزيرة الخارجية الألمانية'],
      ['التقاعس', 'partial', 'الاتحاد الأوروبي'],
    ],
  },
  {
    what: 'guard: a verb of accusing that agrees with the man who spoke keeps him, the body is the accused (واتهم الحكومة الإسرائيلية بـ«…»)',
    text: 'وقال وزير الخارجية السعودي: «ندعم الحل السياسي». واتهم الحكومة الإسرائيلية بـ«تقويض جهود السلام».',
    quotes: [
      ['ندعم الحل السياسي', 'direct', 'وزير الخارجية السعودي'],
      ['تقويض جهود السلام', 'partial', 'وزير الخارجية السعودي'],
    ],
  },
  {
    what: 'guard: a feminine verb of accusing after a woman’s quote keeps her (قالت المتحدثة …، واتهمت الحكومة السورية بـ«…»)',
    text: 'وقالت المتحدثة باسم الخارجية الأمريكية: «ندين الهجوم بشدة». واتهمت الحكومة السورية بـ«استخدام الأسلحة الكيميائية».',
    quotes: [
      ['ندين الهجوم بشدة', 'direct', 'الخارجية الأمريكية'],
      ['استخدام الأسلحة الكيميائية', 'partial', 'الخارجية الأمريكية'],
    ],
  },
  {
    what: 'a body before بأن and a clause naming another party is the one who accuses (واتهم الجيش الإسرائيلي بأن حركة حماس «…»)',
    text: 'وقال رئيس الوزراء: «لن نتراجع». واتهم الجيش الإسرائيلي بأن حركة حماس «تستخدم المستشفيات».',
    quotes: [
      ['لن نتراجع', 'direct', 'رئيس الوزراء'],
      ['تستخدم المستشفيات', 'partial', 'الجيش الإسرائيلي'],
    ],
  },
  {
    what: 'the same with the quote right after بأن (واتهم الكرملين بأن «القوات الأوكرانية …»)',
    text: 'وقال وزير الدفاع الأوكراني: «قواتنا صامدة». واتهم الكرملين بأن «القوات الأوكرانية تقصف المدن».',
    quotes: [
      ['قواتنا صامدة', 'direct', 'وزير الدفاع الأوكراني'],
      ['القوات الأوكرانية تقصف المدن', 'partial', 'الكرملين'],
    ],
  },
  {
    what: 'guard: بأن and a subject that points back to the body keeps it the accused (واتهم الاتحاد الأوروبي بأن عقوباته «…»)',
    text: 'وقال وزير الخارجية الإيراني: «لن نفاوض تحت الضغط». واتهم الاتحاد الأوروبي بأن عقوباته «تستهدف الشعب».',
    quotes: [
      ['لن نفاوض تحت الضغط', 'direct', 'وزير الخارجية الإيراني'],
      ['تستهدف الشعب', 'partial', 'وزير الخارجية الإيراني'],
    ],
  },
];

describe('review24: posts4 and the adverb after a name', () => {
  runRows(reviewRows24);
});
