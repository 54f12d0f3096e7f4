import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { listFiles, parseExtensions } from '../src/input/walk.js';

let dir = '';
const errors: string[] = [];
const note = (path: string) => errors.push(path);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-walk-'));
  // Created out of order, with names whose code-unit order differs from a locale's.
  for (const path of ['b', 'a/inner', 'B', '.git', 'a-b']) await mkdir(join(dir, path), { recursive: true });
  for (const path of [
    'b/2.txt',
    'a/inner/1.md',
    'B/0.TXT',
    'a.txt',
    '.git/x.txt',
    'a-b/3.txt',
    'c.html',
    'Z.txt',
  ]) {
    await writeFile(join(dir, path), 'قال الوزير: «نعم».');
  }
  await symlink(join(dir, 'a.txt'), join(dir, 'link.txt'));
  await symlink(join(dir, 'b'), join(dir, 'loop.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('listFiles', () => {
  test('depth first, each directory in code-unit order (upper case before lower, - before /)', async () => {
    const files = await listFiles(dir, ['txt', 'md'], note);
    expect(files.map((file) => file.slice(dir.length + 1))).toEqual([
      'B/0.TXT',
      'Z.txt',
      'a/inner/1.md',
      'a-b/3.txt',
      'a.txt',
      'b/2.txt',
      'link.txt',
    ]);
    expect(errors).toEqual([]);
  });

  test('only the extensions asked for', async () => {
    const files = await listFiles(dir, ['html'], note);
    expect(files).toEqual([join(dir, 'c.html')]);
  });

  test('a directory that cannot be read is reported, not thrown', async () => {
    const seen: string[] = [];
    expect(await listFiles(join(dir, 'missing'), ['txt'], (path) => seen.push(path))).toEqual([]);
    expect(seen).toEqual([join(dir, 'missing')]);
  });
});

describe('parseExtensions', () => {
  test.each([
    ['txt,md', ['txt', 'md']],
    [' .TXT , md ,txt', ['txt', 'md']],
    [',,', []],
  ])('%j → %j', (value, expected) => {
    expect(parseExtensions(value)).toEqual(expected);
  });
});
