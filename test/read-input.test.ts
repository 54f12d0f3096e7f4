import { closeSync, openSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { InputError, readInput } from '../src/input/read-input.js';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-read-'));
  await writeFile(join(dir, 'article.txt'), 'قال الوزير: «نعم».\n');
  await writeFile(
    join(dir, 'image.png'),
    Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]),
  );
  await writeFile(join(dir, 'locked.txt'), 'سر');
  await chmod(join(dir, 'locked.txt'), 0o000);
  await mkdir(join(dir, 'folder'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function* chunks(...parts: Array<Uint8Array | string>) {
  yield* parts;
}

describe('readInput', () => {
  test('a file', async () => {
    const path = join(dir, 'article.txt');
    expect(await readInput(path)).toEqual({ source: path, text: 'قال الوزير: «نعم».\n', encoding: 'utf-8' });
  });

  test("'-' reads standard input, however it is chunked", async () => {
    const bytes = new TextEncoder().encode('وأضاف: «لا»');
    // Cut inside a two-byte letter: decoding must happen after the chunks are joined.
    const stdin = chunks(bytes.subarray(0, 3), bytes.subarray(3));
    expect(await readInput('-', { stdin })).toEqual({ source: '-', text: 'وأضاف: «لا»', encoding: 'utf-8' });
  });

  test('string chunks from a stream set to an encoding', async () => {
    expect(await readInput('-', { stdin: chunks('قال', ' نعم') })).toMatchObject({ text: 'قال نعم' });
  });

  test('a forced encoding', async () => {
    const stdin = chunks(Uint8Array.from([0xe4, 0xda, 0xe3]));
    expect(await readInput('-', { stdin, encoding: 'windows-1256' })).toMatchObject({
      text: 'نعم',
      encoding: 'windows-1256',
    });
  });

  test.each([
    ['a missing file', 'missing.txt', 'NOT_FOUND', 'no such file'],
    ['a path through a file', 'article.txt/more.txt', 'NOT_FOUND', 'no such file'],
    ['a directory', 'folder', 'IS_DIRECTORY', 'is a directory'],
    ['an image', 'image.png', 'BINARY_INPUT', 'binary data'],
  ])('%s', async (_name, name, code, reason) => {
    const path = join(dir, name);
    await expect(readInput(path)).rejects.toEqual(
      expect.objectContaining({ name: 'InputError', code, path, reason }),
    );
  });

  // root reads any file whatever its mode.
  test.skipIf(process.getuid?.() === 0)('permission denied', async () => {
    await expect(readInput(join(dir, 'locked.txt'))).rejects.toMatchObject({
      code: 'PERMISSION_DENIED',
      reason: 'permission denied',
    });
  });

  test('standard input reading a directory (`< folder`) is refused, not an empty article', async () => {
    const fd = openSync(join(dir, 'folder'), 'r');
    try {
      // What Node gives for a directory on fd 0: a stream that ends at once.
      const stdin = Object.assign(chunks(), { fd });
      await expect(readInput('-', { stdin })).rejects.toMatchObject({
        name: 'InputError',
        code: 'IS_DIRECTORY',
        path: '-',
        reason: 'is a directory',
      });
    } finally {
      closeSync(fd);
    }
  });

  test('standard input reading a file (`< article.txt`) is read', async () => {
    const fd = openSync(join(dir, 'article.txt'), 'r');
    try {
      const stdin = Object.assign(chunks('قال الوزير: «نعم».\n'), { fd });
      expect(await readInput('-', { stdin })).toMatchObject({ source: '-', text: 'قال الوزير: «نعم».\n' });
    } finally {
      closeSync(fd);
    }
  });

  test('a failing stream is an InputError, not a crash', async () => {
    async function* broken(): AsyncGenerator<Uint8Array> {
      yield new Uint8Array([0x61]);
      throw Object.assign(new Error('boom'), { code: 'EIO' });
    }
    const error = await readInput('-', { stdin: broken() }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect(error).toMatchObject({ code: 'READ_FAILED', path: '-', reason: 'read error (EIO)' });
  });
});
