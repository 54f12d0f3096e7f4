// Corpus scale, in process: directories, JSON Lines, --jobs, streaming. The articles are generated
// from a few sentences written for these tests, so that many inputs differ from one another.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Io, run } from '../src/cli/run.js';
import type { QuoteDocument } from '../src/types.js';

const speakers = [
  'وزير الخارجية سامح شكري',
  'المتحدث باسم الحكومة محمد الحمصاني',
  'رئيس الوزراء مصطفى مدبولي',
];
const statements = [
  'الاتفاق خطوة أولى نحو حل شامل',
  'لن نقبل بأي مساس بأمننا المائي',
  'المفاوضات ستستأنف الأسبوع المقبل',
  'الحكومة ملتزمة بدعم الأسر الأكثر احتياجا',
];

/** Article `n`: a few paragraphs, each a speaker and a quote, in varying order and marks. */
function article(n: number): string {
  const paragraphs: string[] = [`القاهرة - أعلنت الحكومة المصرية اليوم نتائج اجتماعها رقم ${n}.`];
  for (let k = 0; k <= n % 4; k++) {
    const speaker = speakers[(n + k) % speakers.length];
    const statement = statements[(n * 3 + k) % statements.length];
    paragraphs.push(
      k % 2 === 0
        ? `وقال ${speaker}: «${statement}».`
        : `وأضاف ${speaker} أن "${statement}"، مشيرا إلى أهمية التنسيق.`,
    );
  }
  return `${paragraphs.join('\n\n')}\n`;
}

interface Fake {
  stdin?: AsyncIterable<Uint8Array>;
  stderrIsTTY?: boolean;
}

async function quotes(argv: string[], fake: Fake = {}) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk), isTTY: fake.stderrIsTTY ?? false },
    stdin: fake.stdin ?? {
      async *[Symbol.asyncIterator]() {
        yield new Uint8Array();
      },
    },
    env: {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const documents = (ndjson: string) =>
  ndjson
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as QuoteDocument);

let dir = '';
const count = 40;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-corpus-'));
  // Two levels, names that a locale would sort differently: 10 before 9 in code-unit order.
  for (let n = 0; n < count; n++) {
    const folder = join(dir, 'news', n % 2 === 0 ? 'even' : 'odd');
    await mkdir(folder, { recursive: true });
    await writeFile(join(folder, `${n}.${n % 5 === 0 ? 'md' : 'txt'}`), article(n));
  }
  await writeFile(join(dir, 'news', 'index.html'), '<p>ليس مقالا</p>');
  await mkdir(join(dir, 'empty'));
  const lines = Array.from({ length: count }, (_, n) => JSON.stringify({ id: `eg-${n}`, text: article(n) }));
  lines.splice(7, 0, '{"id": "broken", "text": ');
  await writeFile(join(dir, 'articles.jsonl'), `${lines.join('\n')}\n`);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('directories', () => {
  test('walked depth first in code-unit order, .txt and .md only; the source is the path', async () => {
    const { code, stdout, stderr } = await quotes([
      'extract',
      '--jobs',
      '1',
      '--format',
      'ndjson',
      join(dir, 'news'),
    ]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const names = (parity: string, numbers: number[]) =>
      numbers
        .map((n) => `${n}.${n % 5 === 0 ? 'md' : 'txt'}`)
        .sort()
        .map((name) => join(dir, 'news', parity, name));
    const even = Array.from({ length: count / 2 }, (_, k) => 2 * k);
    const odd = even.map((n) => n + 1);
    expect(documents(stdout).map((document) => document.source)).toEqual([
      ...names('even', even),
      ...names('odd', odd),
    ]);
    expect(documents(stdout)[0]?.source).toBe(join(dir, 'news', 'even', '0.md'));
    expect(documents(stdout)[1]?.source).toBe(join(dir, 'news', 'even', '10.md'));
  });

  test('each document is the one of its own file', async () => {
    const { stdout } = await quotes(['extract', '--jobs', '1', '--json', join(dir, 'news', 'odd', '3.txt')]);
    const document = JSON.parse(stdout) as QuoteDocument;
    // Article 3: four paragraphs of speech; the first quote is the first statement chosen for n = 3.
    expect(document.quotes.map((quote) => quote.text)).toEqual([
      statements[(3 * 3) % 4],
      statements[(3 * 3 + 1) % 4],
      statements[(3 * 3 + 2) % 4],
      statements[(3 * 3 + 3) % 4],
    ]);
  });

  test('--ext chooses the files', async () => {
    const { stdout } = await quotes(['extract', '--format', 'ndjson', '--ext', 'html', join(dir, 'news')]);
    expect(documents(stdout).map((document) => document.source)).toEqual([join(dir, 'news', 'index.html')]);
  });

  test('an empty directory is said on stderr and costs nothing to the others', async () => {
    const file = join(dir, 'news', 'odd', '1.txt');
    const { code, stdout, stderr } = await quotes([
      'extract',
      '--format',
      'ndjson',
      join(dir, 'empty'),
      file,
    ]);
    expect(code).toBe(0);
    expect(stderr).toBe(`quotes: no .txt or .md files in '${join(dir, 'empty')}'\n`);
    expect(documents(stdout).map((document) => document.source)).toEqual([file]);
  });

  test('json: a directory gives an array, even of one document', async () => {
    const { stdout } = await quotes(['extract', '--json', '--ext', 'html', join(dir, 'news')]);
    expect(JSON.parse(stdout)).toHaveLength(1);
  });
});

describe('--input jsonl', () => {
  test('one document per good line, ids as sources; the bad line reported with its number; exit 2', async () => {
    const file = join(dir, 'articles.jsonl');
    const { code, stdout, stderr } = await quotes([
      'extract',
      '--input',
      'jsonl',
      '--format',
      'ndjson',
      file,
    ]);
    expect(code).toBe(2);
    expect(stderr).toBe(`quotes: '${file}' line 8: not JSON (skipped)\n`);
    const sources = documents(stdout).map((document) => document.source);
    expect(sources).toEqual(Array.from({ length: count }, (_, n) => `eg-${n}`));
  });

  test('a directory: its .jsonl and .ndjson files, not its .txt', async () => {
    const { code, stdout } = await quotes(['extract', '--input', 'jsonl', '--format', 'ndjson', dir]);
    expect(code).toBe(2); // articles.jsonl has its bad line
    const sources = documents(stdout).map((document) => document.source);
    expect(sources).toEqual(Array.from({ length: count }, (_, n) => `eg-${n}`));
  });

  test('no id field: the source is file:line', async () => {
    const stdin = (async function* () {
      yield new TextEncoder().encode('{"text": "قال الوزير: «نعم»."}\n{"text": "وأضاف: «لا»."}\n');
    })();
    const { stdout } = await quotes(['extract', '--input', 'jsonl', '--format', 'ndjson'], { stdin });
    expect(documents(stdout).map((document) => document.source)).toEqual(['-:1', '-:2']);
  });

  test('a jsonl file that cannot be read is one line, exit 2', async () => {
    const { code, stderr } = await quotes(['extract', '--input', 'jsonl', join(dir, 'nope.jsonl')]);
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: `quotes: cannot read '${join(dir, 'nope.jsonl')}': no such file\n`,
    });
  });

  test('streams: the first document is written before the second line arrives', async () => {
    let written = '';
    let release: () => void = () => {};
    const secondLine = new Promise<void>((resolve) => (release = resolve));
    const io: Io = {
      stdout: {
        write: (chunk: string) => {
          written += chunk;
          release();
        },
      },
      stderr: { write: () => {} },
      stdin: {
        async *[Symbol.asyncIterator]() {
          yield new TextEncoder().encode('{"id": "first", "text": "قال الوزير: «نعم»."}\n');
          await secondLine; // would wait forever if the first document were held back
          expect(documents(written).map((document) => document.source)).toEqual(['first']);
          yield new TextEncoder().encode('{"id": "second", "text": "وأضاف: «لا»."}\n');
        },
      },
      env: {},
    };
    const code = await run(['extract', '--jobs', '1', '--input', 'jsonl', '--format', 'ndjson'], io);
    expect(code).toBe(0);
    expect(documents(written).map((document) => document.source)).toEqual(['first', 'second']);
  });
});

describe('--jobs', () => {
  test('worker threads give byte for byte the output of --jobs 1, on a directory', async () => {
    const one = await quotes(['extract', '--jobs', '1', '--format', 'ndjson', join(dir, 'news')]);
    const two = await quotes(['extract', '--jobs', '3', '--format', 'ndjson', join(dir, 'news')]);
    expect(documents(one.stdout)).toHaveLength(count);
    expect(two).toEqual(one);
  });

  test('and on JSON Lines with a bad line, in every format', async () => {
    for (const format of ['ndjson', 'json', 'report']) {
      const args = ['extract', '--input', 'jsonl', '--format', format, join(dir, 'articles.jsonl')];
      const one = await quotes([...args, '--jobs', '1']);
      const two = await quotes([...args, '--jobs', '2']);
      expect(two).toEqual(one);
      expect(two.code).toBe(2);
    }
  });

  test('formats made in the workers: the csv header, the blank lines between sections, as --jobs 1', async () => {
    for (const format of ['csv', 'markdown', 'report']) {
      const args = ['extract', '--format', format, '--no-color', join(dir, 'news')];
      const one = await quotes([...args, '--jobs', '1']);
      const two = await quotes([...args, '--jobs', '2']);
      expect(two).toEqual(one);
    }
    const { stdout } = await quotes(['extract', '--format', 'csv', '--jobs', '2', join(dir, 'news')]);
    // One byte order mark and one header, at the very start, for the whole run.
    expect(stdout.startsWith('\uFEFFsource,id,kind,')).toBe(true);
    expect(stdout.split('source,id,kind,')).toHaveLength(2);
  });

  test('the csv header goes before the first input written, when the first named cannot be read', async () => {
    const args = ['extract', '--format', 'csv', join(dir, 'missing.txt'), join(dir, 'news')];
    const one = await quotes([...args, '--jobs', '1']);
    const two = await quotes([...args, '--jobs', '2']);
    expect(two).toEqual(one);
    expect(two.code).toBe(2);
    expect(two.stdout.startsWith('\uFEFFsource,id,kind,')).toBe(true);
  });

  test('checks made in the workers: the same lines and exit code as --jobs 1', async () => {
    // Articles 0 and 4 have one speech quote (n % 4 === 0): fewer than 2.
    const args = ['extract', '--format', 'ndjson', '--min-quotes', '2', join(dir, 'news')];
    const one = await quotes([...args, '--jobs', '1']);
    const two = await quotes([...args, '--jobs', '2']);
    expect(two).toEqual(one);
    expect(two.code).toBe(1);
    expect(two.stderr).toContain(
      `${join(dir, 'news', 'even', '0.md')}': 1 speech quote, fewer than --min-quotes 2`,
    );
    const speakers = [
      'speakers',
      '--format',
      'csv',
      '--speaker',
      'سامح شكري',
      '--min-quotes',
      '1',
      join(dir, 'news'),
    ];
    expect(await quotes([...speakers, '--jobs', '2'])).toEqual(await quotes([...speakers, '--jobs', '1']));
  });

  test('--jobs must be a whole number of 1 or more', async () => {
    const { code, stderr } = await quotes(['extract', '--jobs', '0', 'x.txt']);
    expect(code).toBe(2);
    expect(stderr).toContain('--jobs');
  });
});
