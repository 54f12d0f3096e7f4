/**
 * Review of the names4 merge (issue 3): passages written here in news style on the shapes where its
 * rules read the opposite case. Each rule row fails without its fix; each guard row keeps the shape the
 * merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows22: readonly Row[] = [
  {
    what: 'an adverb of time with its pronoun after a nationality adjective starts no name (الطرف الأفغاني حينها)',
    text: 'وقال الطرف الأفغاني حينها: «لا اتفاق قبل الانسحاب».',
    quotes: [['لا اتفاق قبل الانسحاب', 'direct', 'الطرف الأفغاني']],
  },
  {
    what: 'another adverb with its pronoun after the adjective of origin (الطرف الإيراني وقتها)',
    text: 'وقال الطرف الإيراني وقتها: «الاتفاق انتهى».',
    quotes: [['الاتفاق انتهى', 'direct', 'الطرف الإيراني']],
  },
  {
    what: 'guard: a plain word after a definite description ending in a nationality still starts the name (العامل النيبالي رام)',
    text: 'وقال العامل النيبالي رام ثابا: «الحر شديد في الموقع».',
    quotes: [['الحر شديد في الموقع', 'direct', 'رام ثابا']],
  },
  {
    what: 'a surname quoted alone before the text gives it a first name is a man the reader knows, not the one named later (أردوغان … بلال أردوغان)',
    text: 'وقال أردوغان: «تركيا قوية». واستقبل بلال أردوغان الوفد. وأضاف أردوغان: «سنرد».',
    quotes: [
      ['تركيا قوية', 'direct', 'أردوغان'],
      ['سنرد', 'direct', 'أردوغان'],
    ],
  },
  {
    what: 'another surname written alone before a relative named with his first name (عباس … ياسر عباس)',
    text: 'وقال عباس للصحفيين: «القدس عاصمتنا». وكان ياسر عباس في الوفد. وأضاف عباس: «لا تنازل».',
    quotes: [
      ['القدس عاصمتنا', 'direct', 'عباس'],
      ['لا تنازل', 'direct', 'عباس'],
    ],
  },
  {
    what: 'guard: a surname quoted alone takes the first name the text gave it where it first wrote it (سامي حداد … حداد)',
    text: 'وشارك في الندوة سامي حداد. وقال حداد: «الأسعار سترتفع».',
    quotes: [['الأسعار سترتفع', 'direct', 'سامي حداد']],
  },
];

describe('review 22: the names4 merge on the opposite case', () => {
  runRows(reviewRows22);
});
