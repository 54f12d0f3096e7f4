/**
 * Rules that closed the probes' gap rows (issue 3), each on a passage of its own written here in news
 * style: every rule row fails without its rule, and a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const gapRuleRows: readonly Row[] = [
  {
    what: 'an age after the subject (البالغ من العمر) ends it: the title alone goes back to the player named in the lede',
    text: [
      'سجل اللاعب الأردني سامر الحوراني هدفين في مرمى الفيصلي، مساء الجمعة.',
      'وقال اللاعب البالغ من العمر 21 عاما: «الهدف الثاني كان الأجمل في مسيرتي».',
    ].join('\n\n'),
    quotes: [['الهدف الثاني كان الأجمل في مسيرتي', 'direct', 'سامر الحوراني']],
  },
  {
    what: 'the age after a full name ends it too (فلان علان البالغة من العمر), the name keeps both its words',
    text: 'وقالت الطالبة ريم الساعدي البالغة من العمر 17 عاما: «درست عشر ساعات كل يوم».',
    quotes: [['درست عشر ساعات كل يوم', 'direct', 'ريم الساعدي']],
  },
];

describe('gap rules: general rules that closed the probes’ gap rows', () => {
  runRows(gapRuleRows);
});
