import { describe, expect, test } from 'vitest';
import { escapeCodePoint, escapeUnsafe, isUnsafe } from '../src/format/escape.js';

describe('escapeUnsafe', () => {
  test('escapes exactly the code points isUnsafe names, over the whole BMP and beyond', () => {
    const mismatches: number[] = [];
    for (let cp = 0; cp <= 0x1ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue; // lone surrogates are not characters
      const char = String.fromCodePoint(cp);
      const expected = isUnsafe(cp) ? escapeCodePoint(cp) : char;
      if (escapeUnsafe(`ا${char}ب`) !== `ا${expected}ب`) mismatches.push(cp);
    }
    expect(mismatches).toEqual([]);
  });

  test.each([
    ['وقال الوزير: «نعم»', 'وقال الوزير: «نعم»'],
    ['سطر\nوسطر\tبعد مسافة', 'سطر\nوسطر\tبعد مسافة'],
    ['\u001b[31mأحمر\u202e', '\\u001b[31mأحمر\\u202e'],
    ['\r\n', '\\u000d\n'],
    ['\u200fعلامة اتجاه تبقى', '\u200fعلامة اتجاه تبقى'],
  ])('%j', (text, expected) => {
    expect(escapeUnsafe(text)).toBe(expected);
    expect(escapeUnsafe(text)).toBe(expected); // the same twice: no state left in the search
  });
});
