// A file name may hold a line feed or a carriage return. Wherever a name is shown to people (an
// error line, the report's heading, the Markdown heading, the HTML title and heading, the CSV
// source cell) the break is written as its escape, `\u000a` or `\u000d`, so that it can split
// neither the line nor the heading. JSON keeps the source exactly.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { escapeName } from '../src/format/escape.js';
import type { QuoteDocument } from '../src/types.js';
import { runQuotes } from './support/run-quotes.js';

const article = 'وقال وزير المالية سمير الحداد: «الموازنة الجديدة تحمي الأجور».\n';
const name = 'بيان\nالوزارة\r.txt';
const shown = 'بيان\\u000aالوزارة\\u000d.txt';

let dir = '';
let file = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-names-'));
  file = join(dir, name);
  await writeFile(file, article);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('escapeName', () => {
  test.each([
    ['a\nb.txt', 'a\\u000ab.txt'],
    ['a\rb.txt', 'a\\u000db.txt'],
    ['a\r\nb.txt', 'a\\u000d\\u000ab.txt'],
    ['news\u001b[31m.txt', 'news\\u001b[31m.txt'],
    ['مقال\t1.txt', 'مقال\t1.txt'],
  ])('%j is shown as %j', (raw, escaped) => {
    expect(escapeName(raw)).toBe(escaped);
  });
});

describe('a line break in a file name', () => {
  test('an error about it is one line', async () => {
    const { code, stderr } = await runQuotes(['extract', join(dir, 'غائب\nmissing.txt')]);
    expect(code).toBe(2);
    expect(stderr).toBe(`quotes: cannot read '${join(dir, 'غائب\\u000amissing.txt')}': no such file\n`);
  });

  test('a failed check names it on one line', async () => {
    const { code, stderr } = await runQuotes(['extract', '--min-quotes', '5', file]);
    expect(code).toBe(1);
    expect(stderr).toBe(`quotes: '${join(dir, shown)}': 1 speech quote, fewer than --min-quotes 5\n`);
  });

  test.each([['extract'], ['speakers']])(
    'report (%s): the heading is its first line, whole',
    async (command) => {
      const { code, stdout } = await runQuotes([command, file]);
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe(join(dir, shown));
    },
  );

  test('markdown: one heading line', async () => {
    const { stdout } = await runQuotes(['extract', '--format', 'markdown', file]);
    // Markdown escapes the backslash of the escape.
    expect(stdout.split('\n')[0]).toBe(`## ${join(dir, shown).replaceAll('\\', '\\\\')}`);
  });

  test('html: the title and the heading show the escape, still escaped for HTML', async () => {
    const { stdout } = await runQuotes(['extract', '--format', 'html', file]);
    expect(stdout).toContain(`<title>${join(dir, shown)} — quotes</title>`);
    expect(stdout).toContain(`<bdi>${join(dir, shown)}</bdi></h2>`);
    expect(stdout).not.toContain('الوزارة&#13;');
    expect(stdout).not.toContain('بيان\nالوزارة');
  });

  test('html: a name with markup and a line break is escaped both ways', async () => {
    const hostile = join(dir, '<i>\nعاجل.txt');
    await writeFile(hostile, article);
    const { stdout } = await runQuotes(['extract', '--format', 'html', hostile]);
    expect(stdout).toContain(`<title>${join(dir, '&lt;i&gt;\\u000aعاجل.txt')} — quotes</title>`);
    expect(stdout).not.toContain('<i>');
  });

  test.each([['extract'], ['speakers']])('csv (%s): the source cell is on the row', async (command) => {
    const { stdout } = await runQuotes([command, '--format', 'csv', file]);
    const rows = stdout.split('\r\n').filter((row) => row !== '');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.startsWith(`${join(dir, shown)},`)).toBe(true);
  });

  test('json keeps the source as it is', async () => {
    const { stdout } = await runQuotes(['extract', '--json', file]);
    expect((JSON.parse(stdout) as QuoteDocument).source).toBe(file);
  });
});
