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
];

describe('review 22: the names4 merge on the opposite case', () => {
  runRows(reviewRows22);
});
