/**
 * Rules for the gaps probes 27 and 28 left open (issue 3), each written on sentences of its own in news
 * style: a rule row fails without its rule, and a guard row keeps the opposite case.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const gapRuleRows8: readonly Row[] = [
  {
    what: 'an indefinite spokeswoman (قالت متحدثة باسم …) is the speaker, as the masculine متحدث باسم is',
    text: 'وقال المحامي إن «الحكم جاء منصفا». وقالت متحدثة باسم وزارة الداخلية إن الوزارة «ستطعن في الحكم».',
    quotes: [
      ['الحكم جاء منصفا', 'partial', 'المحامي'],
      ['ستطعن في الحكم', 'partial', 'متحدثة باسم وزارة الداخلية'],
    ],
  },
  {
    what: 'an indefinite spokeswoman before a colon, after another speaker',
    text: 'وأكد رئيس البلدية أن «العمل مستمر». وأضافت متحدثة باسم الشركة المنفذة: «سنسلم المشروع قبل الصيف».',
    quotes: [
      ['العمل مستمر', 'partial', 'رئيس البلدية'],
      ['سنسلم المشروع قبل الصيف', 'direct', 'متحدثة باسم الشركة المنفذة'],
    ],
  },
  {
    what: 'guard: a feminine participle that is also a title, after a comma and before أن, is still a cue (، مدعية أن)',
    text: 'ونفت الشركة الاتهامات، مدعية أن «المنافسين يروجون الشائعات».',
    quotes: [['المنافسين يروجون الشائعات', 'partial', 'الشركة']],
  },
];

describe('gap rules 8: the open gaps of probes 27 and 28', () => {
  runRows(gapRuleRows8);
});
