/**
 * Mends made by the lead while merging the eleventh session's branches (issue 3). A described speaker read
 * whole (describedSource, one of a group with its definite adjectives) stops before whom he told when it is
 * written on the article's ل (للأناضول, للصحفيين): an adjective of the group never carries a preposition.
 * The rule row fails without the mend; the guards keep the neighbouring shapes (an outlet told with no aside
 * after it, a definite adjective of the group before the outlet).
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const rows: readonly Row[] = [
  {
    what: 'أحد الصيادين للأناضول، وهو يشير …: the agency told is no word of the description',
    text: 'وقال أحد الصيادين للأناضول، وهو يشير إلى قاربه المتوقف: "لم نعد نصطاد ما يكفي لإطعام عائلاتنا".',
    quotes: [['لم نعد نصطاد ما يكفي لإطعام عائلاتنا', 'direct', 'أحد الصيادين']],
  },
  {
    what: 'guard: أحد المزارعين للصحفيين with no aside after it was read right before the mend too',
    text: 'وقال أحد المزارعين للصحفيين أمام مبنى المحافظة: "خسرنا محصول الموسم كله بسبب السيول".',
    quotes: [['خسرنا محصول الموسم كله بسبب السيول', 'direct', 'أحد المزارعين']],
  },
  {
    what: 'guard: one of a group with a definite adjective before the outlet keeps the adjective',
    text: 'وقال أحد السكان المحليين لـ«عكاظ»: «المياه لم تصل إلى الحي منذ ثلاثة أيام».',
    quotes: [
      ['عكاظ', 'mention', null],
      ['المياه لم تصل إلى الحي منذ ثلاثة أيام', 'direct', 'أحد السكان المحليين'],
    ],
  },
];

describe('lead11: the outlet told after one of a group', () => runRows(rows));
