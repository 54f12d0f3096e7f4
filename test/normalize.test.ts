/**
 * fold, the matching form of Arabic text: letters that fold (hamza seats of alef, ة, Persian twins),
 * marks that vanish (harakat, tatweel, bidi and zero-width controls), presentation forms NFKC takes
 * apart, and plain strings returned as they are.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../src/text/normalize.js';

describe('fold', () => {
  it.each([
    ['plain letters and ASCII stay as they are', 'قال الوزير BBC 2015', 'قال الوزير BBC 2015'],
    ['hamza on waw and yeh is kept', 'مؤسسة رئيس', 'مؤسسه رئيس'],
    ['hamza seats of alef become a bare alef', 'أكد إن آخر ٱسم', 'اكد ان اخر اسم'],
    ['ta marbuta becomes ha', 'الهيئة', 'الهيئه'],
    ['ى stays apart from ي', 'رأى', 'راى'],
    ['harakat, shadda and tatweel vanish', 'قَالَ الـمُتَحَدِّث', 'قال المتحدث'],
    ['bidi and zero-width controls vanish', '\u200fقال\u200e \u2067بوتين\u2069\u200d', 'قال بوتين'],
    ['Persian yeh and keheh become Arabic', 'کارگری', 'كارگري'],
    ['presentation forms are taken apart (lam-alef, full-width Latin)', 'ﻻ Ａ', 'لا A'],
  ])('%s', (_what, text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});
