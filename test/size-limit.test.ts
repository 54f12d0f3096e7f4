// One input may not exceed a limit (MAX_INPUT_BYTES, 32 MiB): above it, a one-line refusal rather
// than a crash out of memory. The tests pass a small limit instead of writing a huge file.
import { closeSync, existsSync, fstatSync, openSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InputError, MAX_INPUT_BYTES, readInput } from '../src/input/read-input.js';
import { runQuotes } from './support/run-quotes.js';

const sentence = 'وقال المتحدث: «الاجتماع غدا».\n';
const article = sentence.repeat(20);
const size = Buffer.byteLength(article);
let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-size-'));
  await writeFile(join(dir, 'article.txt'), article);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const refusal = (limit: string) => ({
  name: 'InputError',
  code: 'TOO_LARGE',
  reason: `larger than ${limit} (the limit for one input)`,
});

describe('a file above the limit is refused before it is read', () => {
  const path = () => join(dir, 'article.txt');

  test.each([
    ['one byte less than the file', size - 1, `${size - 1} bytes`],
    ['1 KiB', 1024, '1 KiB'],
    ['nothing', 0, '0 bytes'],
  ])('limit %s: refused', async (_name, maxBytes, limit) => {
    expect(size).toBeGreaterThan(1024);
    await expect(readInput(path(), { maxBytes })).rejects.toMatchObject(refusal(limit));
  });

  test.each([
    ['the size of the file', size],
    ['the default', MAX_INPUT_BYTES],
  ])('limit %s: read in full', async (_name, maxBytes) => {
    expect((await readInput(path(), { maxBytes })).text).toBe(article);
  });

  test('the default limit is 32 MiB', () => {
    expect(MAX_INPUT_BYTES).toBe(32 * 2 ** 20);
  });
});

describe('standard input is counted while it is read', () => {
  test('refused as soon as the limit is passed; the rest is not read', async () => {
    const bytes = new TextEncoder().encode(sentence);
    let yielded = 0;
    async function* endless() {
      for (;;) {
        yielded++;
        yield bytes;
      }
    }
    const error = await readInput('-', { stdin: endless(), maxBytes: 1024 }).catch((caught) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ ...refusal('1 KiB'), path: '-' });
    // The chunk that passes 1,024 bytes is the last one asked for.
    expect(yielded).toBe(Math.floor(1024 / bytes.length) + 1);
  });

  test('at the limit exactly: read', async () => {
    const stdin = (async function* () {
      yield new Uint8Array(1024).fill(0x61);
    })();
    expect((await readInput('-', { stdin, maxBytes: 1024 })).text).toBe('a'.repeat(1024));
  });
});

// A device says its size is 0 and never ends: only the count while reading stops it.
describe.skipIf(!existsSync('/dev/zero'))('a file that is larger than stat says', () => {
  test('/dev/zero with a limit of 1 MiB', async () => {
    await expect(readInput('/dev/zero', { maxBytes: 2 ** 20 })).rejects.toMatchObject(refusal('1 MiB'));
  });

  test('a refused read leaves alone a descriptor opened after it under the same number', async () => {
    await expect(readInput('/dev/zero', { maxBytes: 2 ** 20 })).rejects.toMatchObject(refusal('1 MiB'));
    // The refused stream may still have a read pending; its descriptor must be closed once only.
    const fd = openSync(join(dir, 'article.txt'), 'r');
    try {
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(fstatSync(fd).size).toBe(size);
    } finally {
      closeSync(fd);
    }
  });

  test('the command line: exit 2 and one line, at the real limit', async () => {
    expect(await runQuotes(['extract', '/dev/zero'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "quotes: cannot read '/dev/zero': larger than 32 MiB (the limit for one input)\n",
    });
    // 32 MiB read before the refusal: well under a second alone, longer on a loaded machine.
  }, 20_000);
});
