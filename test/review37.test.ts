/**
 * Review of the outlets merge (issue 3): passages written here in news style on the shapes where the
 * outlet, place and event rules read the opposite case. Each regression row beside a guard that the
 * rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows37: readonly Row[] = [
  {
    what: 'an event’s noun before a derived verbal noun after a verb of warning and من is the act warned of (حذر من «عملية التصعيد»)',
    text: 'وحذر وزير الخارجية من «عملية التصعيد» في المنطقة.',
    quotes: [['عملية التصعيد', 'partial', 'وزير الخارجية']],
  },
  {
    what: 'the same after في inside what a speaker said (ماضية في «عملية التطوير»)',
    text: 'وقال وزير الاقتصاد إن المملكة ماضية في «عملية التطوير» دون توقف.',
    quotes: [['عملية التطوير', 'partial', 'وزير الاقتصاد']],
  },
  {
    what: 'a campaign’s noun and a verbal noun of the second form after من (حذرت الخارجية من «حملة التضليل»)',
    text: 'وحذرت وزارة الخارجية من «حملة التضليل» ضد المملكة.',
    quotes: [['حملة التضليل', 'partial', 'وزارة الخارجية']],
  },
  {
    what: 'guard: an event’s noun and a plain definite genitive after في is the event’s name (في «مسيرة العودة»)',
    text: 'وشارك آلاف الفلسطينيين في «مسيرة العودة» على حدود غزة.',
    quotes: [['مسيرة العودة', 'mention', null]],
  },
  {
    what: 'guard: a festival’s name after في inside what a speaker said stays a name (في «مهرجان الجنادرية»)',
    text: 'وقال مدير المهرجان إن المشاركين في «مهرجان الجنادرية» تجاوزوا المليون.',
    quotes: [['مهرجان الجنادرية', 'mention', null]],
  },
  {
    what: 'a feminine verb of publishing after أنّ and its pronoun, then a quote and a time: the quote is what was published (إنها نشرت «…» أمس)',
    text: 'وقالت وزارة الصحة إنها نشرت «إرشادات السلامة» أمس على حساباتها.',
    quotes: [['إرشادات السلامة', 'partial', 'وزارة الصحة']],
  },
  {
    what: 'the same with أنها and a time of two words (أنها نشرت «قائمة المخالفين» الأسبوع الماضي)',
    text: 'وأكدت هيئة الزكاة والضريبة أنها نشرت «قائمة المخالفين» الأسبوع الماضي.',
    quotes: [['قائمة المخالفين', 'partial', 'هيئة الزكاة والضريبة']],
  },
  {
    what: 'guard: a paper named right after a feminine verb of publishing, then a time, is its subject (ونشرت «عكاظ» أمس)',
    text: 'ونشرت «عكاظ» أمس تقريرا عن ارتفاع أسعار الإيجارات في جدة.',
    quotes: [['عكاظ', 'mention', null]],
  },
];

describe('review37: the outlets merge, opposite cases', () => {
  runRows(reviewRows37);
});
