import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type Io, run } from '../src/cli/run.js';
import { readInput } from '../src/input/read-input.js';
import type { QuoteDocument } from '../src/types.js';
import { type NewsServer, startNewsServer } from './news-server.js';

const droughtFile = 'fixtures/html/drought-plan.html';
const noQuotes = 'fixtures/no-quotes.txt';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
});

/** Runs `quotes` in process with fake streams; returns the exit code and what was written. */
async function quotes(argv: string[], stdin: Uint8Array = new Uint8Array()) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: {
      isTTY: false,
      async *[Symbol.asyncIterator]() {
        yield stdin;
      },
    },
    env: {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const json = (stdout: string) => JSON.parse(stdout) as QuoteDocument;
const speakerOf = (document: QuoteDocument) =>
  document.quotes.map((quote) => [quote.text, quote.kind, quote.speaker?.name ?? null]);

/** The quotes of the drought page, as its reader sees them: who said what. */
const droughtQuotes = [
  ['لن نقطع المياه عن القرى', 'direct', 'خالد العمري'],
  ['لن نقطع المياه عن أي قرية، وسنوزع الحصص بالعدل بين المحافظات', 'direct', 'خالد العمري'],
  ['ميزانية استثنائية', 'partial', 'خالد العمري'],
  ['الوادي', 'mention', null],
  ['جاءت متأخرة', 'partial', 'نادية السعدي'],
  ['خسر المزارعون نصف محصول القمح هذا الموسم', 'direct', 'نادية السعدي'],
  ['نحتاج إلى حلول دائمة، لا إلى مسكنات', 'direct', 'نادية السعدي'],
];

describe('an HTML file', () => {
  test('the quotes of the article, none of the menu, sidebar or scripts', async () => {
    const { code, stdout, stderr } = await quotes(['extract', '--json', droughtFile]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const document = json(stdout);
    expect(document).toMatchObject({ source: droughtFile, encoding: 'utf-8' });
    expect(speakerOf(document)).toEqual(droughtQuotes);
    // The headline is paragraph 1, the minister's statement paragraph 3.
    expect(document.quotes.map((quote) => quote.paragraph)).toEqual([1, 3, 4, 5, 5, 5, 6]);
  });

  test('offsets, segments and --narration all refer to the article text', async () => {
    const { text } = await readInput(droughtFile);
    const document = json((await quotes(['extract', '--json', droughtFile])).stdout);
    const points = [...text];
    for (const quote of document.quotes) {
      expect(points.slice(quote.start, quote.end).join('')).toBe(quote.text);
    }
    expect(document.segments.at(-1)?.end).toBe(points.length);
    const narration = (await quotes(['extract', '--narration', '--no-color', droughtFile])).stdout;
    expect(narration).toContain('وأضاف العمري أن الوزارة رصدت "ميزانية استثنائية" [خالد العمري] للخطة');
    expect(narration).not.toContain('الأكثر قراءة');
  });

  test('a hostile page: the one quote of its text, nothing from its scripts or handlers', async () => {
    const { code, stdout } = await quotes(['extract', '--json', 'fixtures/html/hostile.html']);
    expect(code).toBe(0);
    expect(speakerOf(json(stdout))).toEqual([
      ['هذا الجسر سيختصر ساعة كاملة من طريق الموظفين كل يوم', 'direct', 'ماجد الحسن'],
    ]);
  });

  test('a page on standard input is known by its <!doctype html>', async () => {
    const { stdout } = await quotes(['extract', '--json'], readFileSync(droughtFile));
    expect(json(stdout).source).toBe('-');
    expect(speakerOf(json(stdout))).toEqual(droughtQuotes);
  });

  test('a page in ISO-8859-6, said by its <meta charset>', async () => {
    const document = json(
      (await quotes(['extract', '--json', 'fixtures/html/book-fair-iso-8859-6.html'])).stdout,
    );
    expect(document.encoding).toBe('iso-8859-6');
    expect(speakerOf(document)).toEqual([
      ['نتوقع نصف مليون زائر هذا العام، وهو رقم قياسي', 'direct', 'سلمى الراشد'],
    ]);
  });
});

describe('a URL', () => {
  test('the same document as the saved page, with the URL as its source', async () => {
    const url = server.url('/news/drought-plan');
    const { code, stdout, stderr } = await quotes(['extract', '--json', url]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const fromFile = json((await quotes(['extract', '--json', droughtFile])).stdout);
    expect(json(stdout)).toEqual({ ...fromFile, source: url });
  });

  test('the report names the URL', async () => {
    const url = server.url('/news/drought-plan');
    const { stdout } = await quotes(['extract', '--no-color', url]);
    expect(stdout.split('\n')[0]).toBe(url);
    expect(stdout).toContain('7 quotes (6 speech, 1 mention), 2 speakers');
  });

  test('speakers of a page', async () => {
    const { stdout } = await quotes(['speakers', '--json', server.url('/moved')]);
    expect(JSON.parse(stdout).speakers).toMatchObject([
      { name: 'خالد العمري', quotes: 3 },
      { name: 'نادية السعدي', quotes: 3 },
    ]);
  });

  test.each([
    ['/news/rain', 'windows-1256', 'فرقنا تعمل منذ منتصف الليل، ولم نسجل أي إصابات حتى الآن'],
    ['/news/book-fair', 'iso-8859-6', 'نتوقع نصف مليون زائر هذا العام، وهو رقم قياسي'],
  ])('%s: the charset of the Content-Type header (%s)', async (path, encoding, first) => {
    const document = json((await quotes(['extract', '--json', server.url(path)])).stdout);
    expect(document.encoding).toBe(encoding);
    expect(document.quotes[0]?.text).toBe(first);
  });
});

describe('a URL that fails: one line, exit 2, the other inputs still done', () => {
  test.each([
    ['/missing', 'HTTP 404 Not Found'],
    ['/report.pdf', 'not an HTML page (application/pdf)'],
    ['/huge', 'larger than 20 MB'],
  ])('%s', async (path, reason) => {
    const url = server.url(path);
    const { code, stdout, stderr } = await quotes(['extract', '--format', 'ndjson', url, noQuotes]);
    expect(code).toBe(2);
    expect(stderr).toBe(`quotes: cannot read '${url}': ${reason}\n`);
    expect(
      stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as QuoteDocument).source),
    ).toEqual([noQuotes]);
  });

  test('readInput: an InputError whose code says what failed', async () => {
    const url = server.url('/missing');
    await expect(readInput(url)).rejects.toMatchObject({
      name: 'InputError',
      code: 'HTTP_STATUS',
      path: url,
      reason: 'HTTP 404 Not Found',
    });
  });

  test('nobody listening', async () => {
    const { code, stderr } = await quotes(['extract', server.refusedUrl]);
    expect(code).toBe(2);
    expect(stderr).toBe(`quotes: cannot read '${server.refusedUrl}': connection refused\n`);
  });

  test('--timeout: a server slower than the time given', async () => {
    const url = server.url('/slow');
    const { code, stderr } = await quotes(['extract', '--timeout', '0.2', url]);
    expect(code).toBe(2);
    expect(stderr).toBe(`quotes: cannot read '${url}': no answer within 0.2 s\n`);
  });

  test.each([['0'], ['-1'], ['soon'], ['1e3']])('--timeout %s is a usage error', async (value) => {
    const { code, stdout, stderr } = await quotes(['extract', '--timeout', value, droughtFile]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^quotes: .*--timeout.*seconds above 0/);
  });

  // Node's timers turn anything above 2^31 - 1 ms into 1 ms: such a value must be refused, not obeyed.
  test.each([['86400.5'], ['3000000']])('--timeout %s, above one day, is a usage error', async (value) => {
    const { code, stdout, stderr } = await quotes(['extract', '--timeout', value, droughtFile]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^quotes: .*--timeout.*at most 86400 seconds \(one day\)/);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('--timeout 86400, one day, is accepted', async () => {
    const { code, stderr } = await quotes(['extract', '--timeout', '86400', droughtFile]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});

describe('help', () => {
  test.each([
    [['--help'], '$ quotes extract https://'],
    [['extract', '--help'], '$ quotes extract page.html'],
    [['speakers', '--help'], '$ quotes speakers https://'],
  ])('%j shows a web page among its examples', async (argv, example) => {
    const { code, stdout } = await quotes(argv);
    expect(code).toBe(0);
    expect(stdout).toContain(example);
  });
});
