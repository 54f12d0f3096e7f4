// Input that is not an article: one line on stderr naming it and the reason, exit 2, and the
// other inputs still printed in full. An empty article is not bad input: zero quotes, exit 0.
import { existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, rm, symlink, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { QuoteDocument } from '../src/types.js';
import { linesOf, runQuotes } from './support/run-quotes.js';

const article = 'وقال وزير النقل سامي الخطيب: «سنفتتح الخط الجديد في الربيع».\n';
const second = 'وأعلنت الوزارة أن الأعمال بدأت، وقال المهندس كريم داود: «نحن في الموعد».\n';
let dir = '';
const at = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-bad-'));
  await writeFile(at('article.txt'), article);
  await writeFile(at('second.txt'), second);
  await writeFile(at('nul.txt'), `وقال الوزير:\0 «نعم».\n`);
  await writeFile(at('empty.txt'), '');
  await writeFile(at('bom-only.txt'), '\ufeff');
  await mkdir(at('folder'));
  await writeFile(at('locked.txt'), article);
  await chmod(at('locked.txt'), 0o000);
  await symlink(at('gone.txt'), at('dangling.txt'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

test('a directory without articles is walked: a note on stderr, nothing on stdout, exit 0', async () => {
  expect(await runQuotes(['extract', '--format', 'json', at('folder')])).toEqual({
    code: 0,
    stdout: '[]\n',
    stderr: `quotes: no .txt or .md files in '${at('folder')}'\n`,
  });
});

describe('bad input: exit 2, one line naming the input and the reason, nothing on stdout', () => {
  test.each([
    ['a NUL byte in the text', 'nul.txt', 'binary data'],
    ['a missing file', 'missing.txt', 'no such file'],
    ['a link to nothing', 'dangling.txt', 'no such file'],
  ])('%s', async (_name, name, reason) => {
    for (const format of ['report', 'json', 'ndjson']) {
      expect(await runQuotes(['extract', '--format', format, at(name)])).toEqual({
        code: 2,
        stdout: '',
        stderr: `quotes: cannot read '${at(name)}': ${reason}\n`,
      });
    }
  });

  // root reads a file whatever its mode, so chmod 000 proves nothing there: skipped when run as root.
  test.skipIf(process.getuid?.() === 0)('a file without read permission', async () => {
    expect(await runQuotes(['extract', at('locked.txt')])).toEqual({
      code: 2,
      stdout: '',
      stderr: `quotes: cannot read '${at('locked.txt')}': permission denied\n`,
    });
  });

  test('a file that vanishes after it was named: the others are still printed', async () => {
    await writeFile(at('vanishing.txt'), second);
    expect(existsSync(at('vanishing.txt'))).toBe(true);
    // Standard input is read first; reading it deletes the file named after it.
    async function* stdin() {
      await unlink(at('vanishing.txt'));
      yield new TextEncoder().encode(article);
    }
    // Files are read a few ahead of the one being processed (8): named after nine others, the file
    // is read only once standard input, which deletes it, has been read.
    const before = Array.from({ length: 9 }, () => at('article.txt'));
    const { code, stdout, stderr } = await runQuotes(
      ['extract', '--format', 'ndjson', '-', ...before, at('vanishing.txt'), at('article.txt')],
      { stdin: stdin() },
    );
    expect(code).toBe(2);
    expect(stderr).toBe(`quotes: cannot read '${at('vanishing.txt')}': no such file\n`);
    expect(linesOf(stdout).map((line) => (JSON.parse(line) as QuoteDocument).source)).toEqual([
      '-',
      ...before,
      at('article.txt'),
    ]);
  });
});

describe('an empty file is an article without quotes', () => {
  test.each([['empty.txt'], ['bom-only.txt']])('%s: json, zero quotes, exit 0', async (name) => {
    const { code, stdout, stderr } = await runQuotes(['extract', '--json', at(name)]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toMatchObject({
      source: at(name),
      encoding: 'utf-8',
      quotes: [],
      segments: [],
      warnings: [],
    });
  });

  test('report and speakers', async () => {
    expect(await runQuotes(['extract', at('empty.txt')])).toEqual({
      code: 0,
      stdout: `${at('empty.txt')}\n\n0 quotes (0 speech, 0 mentions), 0 speakers, 0 warnings\n`,
      stderr: '',
    });
    expect(await runQuotes(['speakers', at('empty.txt')])).toEqual({
      code: 0,
      stdout: `${at('empty.txt')}\n\n0 speakers, 0 speech quotes\n`,
      stderr: '',
    });
  });

  test('empty standard input', async () => {
    const { code, stdout } = await runQuotes(['extract', '--json', '-'], { stdin: '' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: '-', quotes: [] });
  });
});

describe('several inputs, some bad: every good one in full, one stderr line per failure, exit 2', () => {
  const mixed = () => [at('article.txt'), at('missing.txt'), at('nul.txt'), at('second.txt'), at('folder')];
  // A directory is walked (corpus input), so an empty one is a note, said when the inputs are
  // planned, before any is read; it is not a failure.
  const failures = () => [
    `quotes: no .txt or .md files in '${at('folder')}'`,
    `quotes: cannot read '${at('missing.txt')}': no such file`,
    `quotes: cannot read '${at('nul.txt')}': binary data`,
  ];

  test.each([[['extract']], [['extract', '--narration']], [['speakers']]])(
    'report %j: the two good outputs, as each prints alone',
    async (command) => {
      const one = await runQuotes([...command, at('article.txt')]);
      const two = await runQuotes([...command, at('second.txt')]);
      expect(one.stdout).toContain('1 speech');
      const { code, stdout, stderr } = await runQuotes([...command, ...mixed()]);
      expect(code).toBe(2);
      expect(stdout).toBe(`${one.stdout}\n${two.stdout}`);
      expect(linesOf(stderr)).toEqual(failures());
    },
  );

  test.each([['json'], ['ndjson']])('%s: the two good documents, as each prints alone', async (format) => {
    const alone = async (name: string) =>
      JSON.parse((await runQuotes(['extract', '--format', format, at(name)])).stdout) as QuoteDocument;
    const expected = [await alone('article.txt'), await alone('second.txt')];
    expect(expected.map((document) => document.quotes.length)).toEqual([1, 1]);
    const { code, stdout, stderr } = await runQuotes(['extract', '--format', format, ...mixed()]);
    expect(code).toBe(2);
    const documents =
      format === 'json' ? JSON.parse(stdout) : linesOf(stdout).map((line) => JSON.parse(line));
    expect(documents).toEqual(expected);
    expect(linesOf(stderr)).toEqual(failures());
  });
});
