/**
 * Review of the subjects and bodies merges (issue 3): passages written here in news style on the
 * shapes where those rules read the opposite case. Each rule row fails without its fix; each guard
 * row keeps the shape the merged rule was written for.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './scan.test.js';

const reviewRows14: readonly Row[] = [
  {
    what: 'a cue of saying in a clause of time carries the quote (حين قال الرئيس: «…»), not the cue before it',
    text: 'وذكر المراسل أن القاعة ضجت بالتصفيق حين قال الرئيس: «سنبني مستقبلا أفضل».',
    quotes: [['سنبني مستقبلا أفضل', 'direct', 'الرئيس']],
  },
  {
    what: 'a cue of announcing after بعدما carries the partial quote (بعدما أعلن الوزير أن «…»)',
    text: 'وقال المحلل إن الأسهم ارتفعت بعدما أعلن الوزير أن الشركة «ستوزع أرباحا استثنائية».',
    quotes: [['ستوزع أرباحا استثنائية', 'partial', 'الوزير']],
  },
  {
    what: 'a feminine cue of saying after عندما carries the quote (عندما أكدت الوزيرة: «…»)',
    text: 'وأفاد النائب بأن الجلسة هدأت عندما أكدت الوزيرة: «لن يمس أحد رواتب الموظفين».',
    quotes: [['لن يمس أحد رواتب الموظفين', 'direct', 'الوزيرة']],
  },
  {
    what: 'guard: a cue of asking in a clause of time is what was asked (وقالت الوزيرة حين سألتها صحفية)',
    text: 'وقالت الوزيرة حين سألتها صحفية عن الأسعار: «الدعم مستمر».',
    quotes: [['الدعم مستمر', 'direct', 'الوزيرة']],
  },
];

describe('review14: regressions of the subjects and bodies merges', () => {
  runRows(reviewRows14);
});
