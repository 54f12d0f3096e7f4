import { describe, expect, test } from 'vitest';
import { DecodeError, decode, decodeAs } from '../src/input/decode.js';

/** windows-1256, the Arabic code page of Windows, for the characters our rows use: runs from a first byte. */
const runs: ReadonlyArray<[string, number]> = [
  ['ءآأؤإئابةتثجحخدذرزسشصض', 0xc1],
  ['طظعغـفقك', 0xd8],
  ['ل', 0xe1],
  ['منهو', 0xe3],
  ['ىي', 0xec],
  ['،', 0xa1],
  ['«', 0xab],
  ['»', 0xbb],
  ['؟', 0xbf],
];
const cp1256 = new Map(
  runs.flatMap(([run, first]) => Array.from(run, (char, index) => [char, first + index] as const)),
);

function windows1256(text: string): Uint8Array {
  return Uint8Array.from(Array.from(text), (char) => {
    const byte = char.codePointAt(0) ?? 0;
    if (byte < 0x80) return byte;
    const mapped = cp1256.get(char);
    if (mapped === undefined) throw new Error(`no windows-1256 byte for ${char} in the test table`);
    return mapped;
  });
}

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes: number[] = order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff];
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(order === 'le' ? pair : pair.reverse()));
  }
  return Uint8Array.from(bytes);
}

const bytes = (...values: number[]) => Uint8Array.from(values);
const sentence = 'وقال بوتين: «لا أعلم».';

describe('decode guesses the encoding', () => {
  test.each([
    ['UTF-8 without a BOM', utf8(sentence), sentence, 'utf-8'],
    ['UTF-8 with a BOM, removed', bytes(0xef, 0xbb, 0xbf, ...utf8(sentence)), sentence, 'utf-8'],
    ['only the first BOM is removed', bytes(0xef, 0xbb, 0xbf, 0xef, 0xbb, 0xbf, 0x61), '\ufeffa', 'utf-8'],
    ['ASCII is UTF-8', utf8('Putin said "no".'), 'Putin said "no".', 'utf-8'],
    ['nothing at all', bytes(), '', 'utf-8'],
    ['UTF-16 LE with a BOM', utf16(sentence, 'le'), sentence, 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16(sentence, 'be'), sentence, 'utf-16be'],
    ['UTF-16 LE, astral character', utf16('قال 🙂', 'le'), 'قال 🙂', 'utf-16le'],
    ['windows-1256 when not UTF-8', windows1256(sentence), sentence, 'windows-1256'],
    [
      'windows-1256 with tatweel and Arabic comma',
      windows1256('قــال، أضاف؟'),
      'قــال، أضاف؟',
      'windows-1256',
    ],
    ['windows-1256 with CRLF', windows1256('قال\r\nأضاف'), 'قال\r\nأضاف', 'windows-1256'],
  ])('%s', (_name, input, text, encoding) => {
    expect(decode(input)).toEqual({ text, encoding });
  });
});

describe('decode refuses what is not text', () => {
  test.each([
    ['a NUL in UTF-8', utf8('قال\0بوتين'), 'BINARY_INPUT'],
    ['a NUL in windows-1256', bytes(...windows1256('قال'), 0, ...windows1256('بوتين')), 'BINARY_INPUT'],
    ['a PNG header', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d), 'BINARY_INPUT'],
    ['UTF-16 without a BOM (NULs as UTF-8)', utf16('abc', 'le').subarray(2), 'BINARY_INPUT'],
    ['a UTF-16 NUL character', utf16('a\0b', 'le'), 'BINARY_INPUT'],
    ['a UTF-16 BOM with an odd byte count', bytes(0xff, 0xfe, 0x27, 0x06, 0x44), 'INVALID_BYTES'],
  ])('%s', (_name, input, code) => {
    expect(() => decode(input)).toThrow(expect.objectContaining({ name: 'DecodeError', code }));
  });
});

describe('decodeAs forces an encoding by name', () => {
  test.each([
    ['windows-1256', windows1256('السلام'), 'السلام', 'windows-1256'],
    ['cp1256', windows1256('السلام'), 'السلام', 'windows-1256'],
    ['utf-8', bytes(0xef, 0xbb, 0xbf, ...utf8('سلام')), 'سلام', 'utf-8'],
    ['UTF-16LE', utf16('سلام', 'le'), 'سلام', 'utf-16le'],
    ['iso-8859-6', bytes(0xd3, 0xe4), 'سل', 'iso-8859-6'],
  ])('%s', (label, input, text, encoding) => {
    expect(decodeAs(input, label)).toEqual({ text, encoding });
  });

  test.each([
    ['an unknown label', utf8('سلام'), 'klingon-8', 'UNKNOWN_ENCODING'],
    ['windows-1256 bytes as UTF-8', windows1256('سلام'), 'utf-8', 'INVALID_BYTES'],
    ['a NUL', bytes(0x61, 0), 'windows-1256', 'BINARY_INPUT'],
  ])('%s', (_name, input, label, code) => {
    const error = (() => {
      try {
        decodeAs(input, label);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(DecodeError);
    expect(error).toMatchObject({ code });
  });
});
