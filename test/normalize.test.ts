/**
 * fold, the matching form of Arabic text: letters that fold (hamza seats of alef, ة, Persian twins),
 * marks that vanish (harakat, tatweel, bidi and zero-width controls), presentation forms NFKC takes
 * apart, and plain strings returned as they are.
 */
import { describe, expect, it } from 'vitest';
import { fold, foldCodePoint, isIgnorable } from '../src/text/normalize.js';

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

/** fold by its general way, NFKC then a code point at a time, for the strings its short way takes. */
function foldByNfkc(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (!isIgnorable(cp)) out += String.fromCodePoint(foldCodePoint(cp));
  }
  return out;
}

describe('fold of strings NFKC leaves alone but for the order of harakat', () => {
  const units: string[] = [];
  for (let unit = 0x20; unit <= 0x7e; unit++) units.push(String.fromCharCode(unit));
  for (let unit = 0x0621; unit <= 0x0652; unit++) units.push(String.fromCharCode(unit));
  units.push('\u0640', '\u0670', '\u0671', '\u06A9', '\u06CC');

  it('is the general way on every pair of their characters', () => {
    for (const a of units) for (const b of units) expect(fold(a + b)).toBe(foldByNfkc(a + b));
  });

  it('is the general way on random strings of them, harakat and hamza seats frequent', () => {
    const marks = [...'\u064B\u064C\u064D\u064E\u064F\u0650\u0651\u0652\u0670\u0640'];
    const seats = [...'\u0622\u0623\u0625\u0671\u0629\u06A9\u06CC'];
    let seed = 1;
    const next = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    for (let i = 0; i < 20000; i++) {
      let text = '';
      const length = 1 + next(12);
      for (let k = 0; k < length; k++) {
        const pool = [units, marks, seats][next(3)] as string[];
        text += pool[next(pool.length)];
      }
      expect(fold(text)).toBe(foldByNfkc(text));
    }
  });
});
