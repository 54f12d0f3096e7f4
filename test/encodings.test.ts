// The seed article saved as other systems save it: every encoding and line ending gives the same
// quotes. The bytes are made here from fixtures/seed-article.txt, so no binary copy is committed.
import { readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Io, run } from '../src/cli/run.js';
import { extract } from '../src/extract.js';
import type { QuoteDocument } from '../src/types.js';

const seed = readFileSync('fixtures/seed-article.txt', 'utf8');

/** windows-1256 has no encoder in Node: invert its decoder, byte by byte. */
const cp1256 = new Map(
  Array.from({ length: 256 }, (_, byte) => [
    new TextDecoder('windows-1256').decode(Uint8Array.of(byte)),
    byte,
  ]),
);
function windows1256(text: string): Buffer {
  return Buffer.from(
    Array.from(text, (char) => {
      const byte = cp1256.get(char);
      if (byte === undefined)
        throw new Error(`no windows-1256 byte for U+${char.codePointAt(0)?.toString(16)}`);
      return byte;
    }),
  );
}
const utf16le = (text: string) => Buffer.from(text, 'utf16le');
const utf16be = (text: string) => Buffer.from(text, 'utf16le').swap16();
const BOM = '\ufeff';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-encodings-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** `quotes extract --json` on `bytes` saved as a file, in process; the document it printed. */
async function extractFile(name: string, bytes: Buffer, flags: string[] = []) {
  const path = join(dir, name);
  await writeFile(path, bytes);
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: { isTTY: true, async *[Symbol.asyncIterator]() {} },
    env: {},
  };
  const code = await run(['extract', '--json', ...flags, path], io);
  return { code, stderr, document: stdout ? (JSON.parse(stdout) as QuoteDocument) : undefined };
}

/** What must not change with the bytes: every quote, where it is, its kind and its speaker. */
const quotesOf = (document: QuoteDocument | undefined) =>
  document?.quotes.map((quote) => ({
    text: quote.text,
    start: quote.start,
    end: quote.end,
    paragraph: quote.paragraph,
    kind: quote.kind,
    speaker: quote.speaker?.name ?? null,
  }));

describe('the seed in every encoding gives the same quotes', () => {
  const expected = quotesOf(extract(seed));

  test('the reference: the 18 quotes of the seed', () => {
    expect(expected).toHaveLength(18);
  });

  test.each([
    ['UTF-8', Buffer.from(seed), [], 'utf-8'],
    ['UTF-8 with a BOM', Buffer.from(BOM + seed), [], 'utf-8'],
    ['UTF-16 LE with a BOM', utf16le(BOM + seed), [], 'utf-16le'],
    ['UTF-16 BE with a BOM', utf16be(BOM + seed), [], 'utf-16be'],
    ['windows-1256, guessed', windows1256(seed), [], 'windows-1256'],
    ['UTF-8, forced', Buffer.from(seed), ['--encoding', 'utf-8'], 'utf-8'],
    ['UTF-16 LE without a BOM, forced', utf16le(seed), ['--encoding', 'utf-16le'], 'utf-16le'],
    ['UTF-16 BE without a BOM, forced', utf16be(seed), ['--encoding', 'utf-16be'], 'utf-16be'],
    ['UTF-16 LE with a BOM, forced', utf16le(BOM + seed), ['--encoding', 'UTF-16LE'], 'utf-16le'],
    ['windows-1256, forced', windows1256(seed), ['--encoding', 'windows-1256'], 'windows-1256'],
    ['windows-1256, forced by an alias', windows1256(seed), ['--encoding', 'cp1256'], 'windows-1256'],
  ])('%s', async (name, bytes, flags, encoding) => {
    const { code, stderr, document } = await extractFile(`${name}.txt`, bytes, flags);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(document?.encoding).toBe(encoding);
    expect(quotesOf(document)).toEqual(expected);
  });
});

describe('--encoding is obeyed, not a hint', () => {
  test('UTF-8 read as windows-1256 gives other text, not the seed', async () => {
    const { code, document } = await extractFile('mojibake.txt', Buffer.from(seed), [
      '--encoding',
      'windows-1256',
    ]);
    expect(code).toBe(0);
    expect(document?.encoding).toBe('windows-1256');
    expect(quotesOf(document)).not.toEqual(quotesOf(extract(seed)));
  });

  test('windows-1256 bytes forced as UTF-8: exit 2, not valid utf-8', async () => {
    const { code, stderr, document } = await extractFile('cp1256-as-utf8.txt', windows1256(seed), [
      '--encoding',
      'utf8',
    ]);
    expect({ code, document }).toEqual({ code: 2, document: undefined });
    expect(stderr).toMatch(/^quotes: cannot read '.+cp1256-as-utf8\.txt': not valid utf-8\n$/);
  });
});

describe('CRLF and CR line endings', () => {
  const lf = extract(seed);

  test.each([
    ['CRLF', '\r\n'],
    ['CR', '\r'],
  ])('%s: the same quotes, with offsets into the text as it is', async (_name, ending) => {
    const text = seed.replace(/\n/g, ending);
    const { code, document } = await extractFile(`${_name}.txt`, Buffer.from(text));
    expect(code).toBe(0);
    const points = Array.from(text);
    const lfPoints = Array.from(seed);
    expect(document?.quotes).toHaveLength(lf.quotes.length);
    for (const [index, quote] of (document?.quotes ?? []).entries()) {
      const plain = lf.quotes[index];
      // Each line ending before the quote is one code point longer with CRLF, the same with CR.
      const before = lfPoints.slice(0, plain?.start).filter((char) => char === '\n').length;
      const shift = ending.length - 1;
      expect(quote.start).toBe((plain?.start ?? 0) + before * shift);
      expect(points.slice(quote.start, quote.end).join('')).toBe(quote.text);
      expect(quote.text.replace(/\r\n?/g, '\n')).toBe(plain?.text);
      expect([quote.kind, quote.paragraph, quote.speaker?.name]).toEqual([
        plain?.kind,
        plain?.paragraph,
        plain?.speaker?.name,
      ]);
    }
    expect(document?.segments.at(-1)?.end).toBe(points.length);
  });
});

describe('--encoding on the command line', () => {
  test('an unknown name: a usage error, exit 2, listing the accepted names', async () => {
    const { code, stderr, document } = await extractFile('seed.txt', Buffer.from(seed), [
      '--encoding',
      'klingon-8',
    ]);
    expect({ code, document }).toEqual({ code: 2, document: undefined });
    expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
    expect(stderr).toMatch(
      /^quotes: .*unknown encoding 'klingon-8' \(choose from utf-8, utf-16le, utf-16be, windows-1256, /,
    );
  });
});
