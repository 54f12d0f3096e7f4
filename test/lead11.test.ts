/**
 * Mends made by the lead while merging the eleventh session's branches (issue 3). A described speaker read
 * whole (describedSource, one of a group with its definite adjectives) stops before whom he told when it is
 * written on the article's ل (للأناضول, للصحفيين): an adjective of the group never carries a preposition.
 * The rule row fails without the mend; the guards keep the neighbouring shapes (an outlet told with no aside
 * after it, a definite adjective of the group before the outlet). Then two mends a second read of the last
 * wave found (kinds12's rules): a verb joined by و after a quote that follows أن + a naming noun is a second
 * predicate, so the quote is the first, not the subject's name; and a level is named after إلى only when
 * nothing but the rank's definite genitive stands between the noun of rank and إلى. Each rule row fails
 * without its mend.
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

const kindRows: readonly Row[] = [
  {
    what: 'أن الخدمة «…» وتتاح …: a verb joined by و after the quote is a second predicate, so the quote is the first (partial), not the subject’s name',
    text: 'وأوضح مدير الفرع سعد القحطاني أن الخدمة «مجانية» وتتاح لجميع العملاء في المملكة.',
    quotes: [['مجانية', 'partial', 'سعد القحطاني']],
  },
  {
    what: 'إن تراجع مستوى المعيشة أدى إلى «…»: a verb between the noun of rank and إلى, so no level is named',
    text: 'وقال الخبير الاقتصادي فهد العنزي إن تراجع مستوى المعيشة أدى إلى «الانهيار الكامل» في بعض القطاعات.',
    quotes: [['الانهيار الكامل', 'partial', 'فهد العنزي']],
  },
  {
    what: 'guard: رفع مستوى التأهب إلى «…» still names the level',
    text: 'وقال المتحدث باسم الأرصاد إن الهيئة رفعت مستوى التأهب إلى «الدرجة القصوى» في المنطقة.',
    quotes: [['الدرجة القصوى', 'mention', null]],
  },
];

describe('lead11: the outlet told after one of a group', () => runRows(rows));
describe('lead11: kinds after the last wave, from its second read', () => runRows(kindRows));
