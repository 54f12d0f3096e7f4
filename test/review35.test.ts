/**
 * Review of the transliteration merge (issue 3): sentences written here in the style of Saudi papers and
 * international outlets on the shapes where the foreign-name rules read the opposite case. Each row beside
 * a guard that the rule still fires on its own shape.
 */
import { describe } from 'vitest';
import { type Row, runRows } from './support/rows.js';

const reviewRows35: readonly Row[] = [
  {
    what: 'لو before أن after a foreign name is "if", not the name’s last syllable (وقال وانغ لو أن)',
    text: 'وقال وانغ لو أن «الأمر بيده لتغير».',
    quotes: [['الأمر بيده لتغير', 'partial', 'وانغ']],
  },
  {
    what: 'لو أن after a name of two syllables (وقال تشانغ لو أن)',
    text: 'وقال تشانغ لو أن «الشركة خفضت أسعارها لزادت مبيعاتها».',
    quotes: [['الشركة خفضت أسعارها لزادت مبيعاتها', 'partial', 'تشانغ']],
  },
  {
    what: 'كون before أن after a foreign name is "being that" (هوا تشون ينغ كون أن)',
    text: 'وقالت المتحدثة هوا تشون ينغ كون أن «الصين لن تتراجع».',
    quotes: [['الصين لن تتراجع', 'partial', 'هوا تشون ينغ']],
  },
  {
    what: 'guard: لو before إن (said that) stays the name’s last syllable (وقال وانغ لو إن)',
    text: 'وقال وانغ لو إن «بكين تدعم الحوار».',
    quotes: [['بكين تدعم الحوار', 'partial', 'وانغ لو']],
  },
  {
    what: 'guard: لو opening a name after a title, أن after it (المتحدث لو كانغ أن)',
    text: 'وقال المتحدث لو كانغ أن «الصين ترفض العقوبات».',
    quotes: [['الصين ترفض العقوبات', 'partial', 'لو كانغ']],
  },
];

describe('review35: the transliteration merge on the opposite cases', () => {
  runRows(reviewRows35);
});
