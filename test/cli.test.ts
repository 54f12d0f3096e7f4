import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Io, run } from '../src/cli/run.js';
import type { QuoteDocument } from '../src/types.js';

const seed = 'fixtures/seed-article.txt';
const twoSpeakers = 'fixtures/two-speakers.txt';
const noQuotes = 'fixtures/no-quotes.txt';
const unclosed = 'fixtures/unclosed.txt';
const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

interface Fake {
  stdin?: Uint8Array | string;
  stdinIsTTY?: boolean;
  stdoutIsTTY?: boolean;
  env?: Record<string, string>;
}

/** Runs `quotes` in process with fake streams; returns the exit code and what was written. */
async function quotes(argv: string[], fake: Fake = {}) {
  let stdout = '';
  let stderr = '';
  const input = fake.stdin ?? '';
  const io: Io = {
    stdout: { write: (chunk: string) => (stdout += chunk), isTTY: fake.stdoutIsTTY ?? false },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: {
      isTTY: fake.stdinIsTTY ?? false,
      async *[Symbol.asyncIterator]() {
        yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
      },
    },
    env: fake.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');
const quoteIds = (stdout: string) => (JSON.parse(stdout) as QuoteDocument).quotes.map((quote) => quote.id);

describe('formats', () => {
  test('--format json: one document, schemaVersion 1, with the source and the encoding', async () => {
    const { code, stdout, stderr } = await quotes(['extract', '--format', 'json', seed]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 1, source: seed, encoding: 'utf-8' });
    expect(stdout.startsWith('{\n  "schemaVersion": 1,\n')).toBe(true);
  });

  test('--json is --format json', async () => {
    const short = await quotes(['extract', '--json', seed]);
    const long = await quotes(['extract', '--format', 'json', seed]);
    expect(short.stdout).toBe(long.stdout);
  });

  test('json: an array for several inputs', async () => {
    const { stdout } = await quotes(['extract', '--json', seed, noQuotes]);
    expect((JSON.parse(stdout) as QuoteDocument[]).map((document) => document.source)).toEqual([
      seed,
      noQuotes,
    ]);
  });

  test('ndjson: one document per line, in order', async () => {
    const { code, stdout } = await quotes(['extract', '--format', 'ndjson', seed, noQuotes]);
    expect(code).toBe(0);
    expect(lines(stdout).map((line) => (JSON.parse(line) as QuoteDocument).source)).toEqual([seed, noQuotes]);
  });

  test('report: a header and a summary line per input', async () => {
    const { code, stdout } = await quotes(['extract', noQuotes]);
    expect(code).toBe(0);
    expect(stdout).toBe(`${noQuotes}\n\n0 quotes (0 speech, 0 mentions), 0 speakers, 0 warnings\n`);
  });

  test('narration: the whole article comes back, wrapped between words', async () => {
    const { stdout } = await quotes(['extract', '--narration', noQuotes]);
    const words = (text: string) => text.trim().split(/\s+/).join(' ');
    expect(words(stdout)).toContain(words(readFileSync(noQuotes, 'utf8')));
  });

  test('speakers --json: one summary per input', async () => {
    const { code, stdout } = await quotes(['speakers', '--json', noQuotes]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual({ schemaVersion: 1, source: noQuotes, speakers: [], unattributed: 0 });
  });
});

describe('standard input', () => {
  test("no file reads standard input, named '-'", async () => {
    const { code, stdout } = await quotes(['extract', '--json'], { stdin: 'لا اقتباس هنا.' });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ source: '-', encoding: 'utf-8' });
  });

  test("'-' among files", async () => {
    const { stdout } = await quotes(['extract', '--format', 'ndjson', noQuotes, '-'], { stdin: 'نص.' });
    expect(lines(stdout).map((line) => (JSON.parse(line) as QuoteDocument).source)).toEqual([noQuotes, '-']);
  });

  test('windows-1256 bytes', async () => {
    // «قال» in the Arabic code page of Windows: not valid UTF-8.
    const { stdout } = await quotes(['extract', '--json', '-'], {
      stdin: Uint8Array.from([0xde, 0xc7, 0xe1]),
    });
    expect(JSON.parse(stdout)).toMatchObject({ encoding: 'windows-1256' });
  });

  test('--encoding applies to standard input too', async () => {
    // UTF-16 without a BOM: guessing would take its NUL bytes for binary data.
    const { code, stdout } = await quotes(['extract', '--json', '--encoding', 'utf-16le'], {
      stdin: Buffer.from('قال: «نعم»', 'utf16le'),
    });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ encoding: 'utf-16le', quotes: [{ text: 'نعم' }] });
  });

  test('binary data: one line, exit 2', async () => {
    const result = await quotes(['extract', '-'], { stdin: Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0]) });
    expect(result).toEqual({
      code: 2,
      stdout: '',
      stderr: 'quotes: cannot read standard input: binary data\n',
    });
  });

  test('nothing piped in and no file: a usage error instead of waiting', async () => {
    const { code, stderr } = await quotes(['extract'], { stdinIsTTY: true });
    expect(code).toBe(2);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^quotes: no input/);
  });
});

describe('several inputs, one unreadable', () => {
  test('the readable one is printed, the other reported on one line, exit 2', async () => {
    const { code, stdout, stderr } = await quotes(['extract', 'fixtures/nope.txt', noQuotes]);
    expect(code).toBe(2);
    expect(stderr).toBe("quotes: cannot read 'fixtures/nope.txt': no such file\n");
    expect(stdout).toContain('0 quotes (0 speech, 0 mentions)');
  });

  test('json keeps the array shape with the documents that could be read', async () => {
    const { code, stdout } = await quotes(['extract', '--json', noQuotes, 'fixtures/nope.txt']);
    expect(code).toBe(2);
    expect((JSON.parse(stdout) as QuoteDocument[]).map((document) => document.source)).toEqual([noQuotes]);
  });

  test('one unreadable input alone prints nothing on stdout', async () => {
    expect(await quotes(['extract', '--json', 'fixtures/nope.txt'])).toEqual({
      code: 2,
      stdout: '',
      stderr: "quotes: cannot read 'fixtures/nope.txt': no such file\n",
    });
  });

  test('a path with an escape character is shown escaped', async () => {
    const { stderr } = await quotes(['extract', 'no\u001b[31m.txt']);
    expect(stderr).toBe("quotes: cannot read 'no\\u001b[31m.txt': no such file\n");
  });
});

describe('usage errors: exit 2, one line on stderr, nothing on stdout', () => {
  test.each([
    [['extract', '--bogus', seed], 'unknown option'],
    [['extract', '--jsn', seed], 'unknown option'],
    [['extract', '--format', 'xml', seed], 'xml'],
    [['extract', '--kind', 'quote', seed], 'quote'],
    [['extract', '--kind', 'direct,,partial', seed], 'empty kind'],
    [['extract', '--speaker', '', seed], 'speaker'],
    [['extract', '--speaker', 'ـــ', seed], 'speaker'],
    [['extract', '--min-quotes', 'many', seed], 'whole number'],
    [['extract', '--min-quotes', '-1', seed], 'whole number'],
    [['extract', '--min-quotes'], 'argument missing'],
    [['extract', '--json', '--format', 'ndjson', seed], 'cannot be used with'],
    [['extract', '--narration', '--json', seed], '--narration'],
    [['speakers', '--narration', seed], "try 'quotes extract --narration'"],
    [['extract', '--fromat', 'json', seed], "unknown option '--fromat' (Did you mean --format?)"],
    [['extrct', seed], '(Did you mean extract?)'],
    [['extract', '--format', 'xml', seed], 'Allowed choices are report, json, ndjson, csv, markdown'],
    [['speakers', '--format', 'yaml', seed], 'Allowed choices are report, json, ndjson, csv, markdown'],
    [['schema', 'speaker'], 'Allowed choices are document, speakers'],
    [['frobnicate'], 'unknown command'],
    [['help', 'nope'], "unknown command 'nope'"],
    [['help', 'extrct'], "unknown command 'extrct' (Did you mean extract?)"],
  ])('%j', async (argv, words) => {
    const { code, stdout, stderr } = await quotes(argv);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(/^quotes: .+\n$/);
    expect(stderr).toContain(words);
  });

  test('no command: one line saying so, exit 2', async () => {
    expect(await quotes([])).toEqual({
      code: 2,
      stdout: '',
      stderr: "quotes: no command given (try 'quotes extract FILE', or 'quotes --help')\n",
    });
  });
});

describe('help and version', () => {
  test.each([
    [['--help'], '$ quotes extract article.txt'],
    [['extract', '--help'], '$ quotes extract --narration article.txt'],
    [['speakers', '--help'], '$ quotes speakers article.txt'],
    [['help', 'extract'], '--min-quotes <n>'],
    [['schema', '--help'], '$ quotes schema speakers'],
    [['help', 'schema'], '$ quotes schema > document.schema.json'],
    [['help'], '$ quotes extract article.txt'],
    [['speakers', '--help'], '$ quotes speakers --format csv news/*.txt > speakers.csv'],
  ])('%j prints examples on stdout, exit 0', async (argv, example) => {
    const { code, stdout, stderr } = await quotes(argv);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Examples:');
    expect(stdout).toContain(example);
  });

  test.each([[[]], [['extract']], [['speakers']], [['schema']]])(
    '%j --help ends with its examples, each one a quotes command',
    async (command) => {
      const { stdout } = await quotes([...command, '--help']);
      const examples = stdout.slice(stdout.lastIndexOf('Examples:\n') + 'Examples:\n'.length).trimEnd();
      expect(stdout).toContain('Examples:\n');
      const lines = examples.split('\n');
      expect(lines.length).toBeGreaterThan(2);
      // A quotes command, maybe at the end of a pipe (cat …, zcat …) or under GNU parallel.
      for (const line of lines) expect(line).toMatch(/^ {2}\$ (\S+ [^|]*\| )?(parallel .*)?quotes /);
      expect(examples).toContain(`$ quotes ${command[0] ?? ''}`.trimEnd());
    },
  );

  test('extract --help names every format', async () => {
    const { stdout } = await quotes(['extract', '--help']);
    for (const format of ['report', 'json', 'ndjson', 'csv', 'markdown']) {
      expect(stdout).toMatch(new RegExp(`^  ${format} +\\S`, 'm'));
    }
  });

  test('--version is the version of package.json', async () => {
    expect(await quotes(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('colour', () => {
  const ESC = '\u001b';
  test.each([
    ['a terminal', [], {}, true, true],
    ['a pipe', [], {}, false, false],
    ['NO_COLOR on a terminal', [], { NO_COLOR: '1' }, true, false],
    ['an empty NO_COLOR is unset', [], { NO_COLOR: '' }, true, true],
    ['FORCE_COLOR into a pipe', [], { FORCE_COLOR: '1' }, false, true],
    ['FORCE_COLOR over NO_COLOR', [], { FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    ['FORCE_COLOR=0 on a terminal', [], { FORCE_COLOR: '0' }, true, false],
    ['--no-color over FORCE_COLOR', ['--no-color'], { FORCE_COLOR: '3' }, true, false],
    ['TERM=dumb', [], { TERM: 'dumb' }, true, false],
    ['never in JSON', ['--json'], { FORCE_COLOR: '1' }, true, false],
  ])('%s', async (_name, flags, env, stdoutIsTTY, coloured) => {
    const { stdout } = await quotes(['extract', ...flags, noQuotes], { env, stdoutIsTTY });
    expect(stdout.includes(ESC)).toBe(coloured);
  });
});

describe('checks', () => {
  test('--min-quotes fails an input with fewer speech quotes: exit 1, output still printed', async () => {
    const { code, stdout, stderr } = await quotes(['extract', '--min-quotes', '1', noQuotes]);
    expect(code).toBe(1);
    expect(stdout).toContain(noQuotes);
    expect(stderr).toBe(`quotes: '${noQuotes}': 0 speech quotes, fewer than --min-quotes 1\n`);
  });

  test('--min-quotes 0 always passes', async () => {
    expect((await quotes(['extract', '--min-quotes', '0', noQuotes])).code).toBe(0);
  });

  test('--strict passes a text without quote marks', async () => {
    expect((await quotes(['extract', '--strict', noQuotes])).code).toBe(0);
  });

  test('an unreadable input outranks a failed check: exit 2', async () => {
    const { code } = await quotes(['extract', '--min-quotes', '1', noQuotes, 'fixtures/nope.txt']);
    expect(code).toBe(2);
  });
});

// These read the quotes the engine finds: they wait for `extract` to get the articles right.
describe('with the engine', () => {
  test('the seed: 18 quotes, 16 speech all Putin, 2 mentions of the channel', async () => {
    const document = JSON.parse((await quotes(['extract', '--json', seed])).stdout) as QuoteDocument;
    expect(document.quotes).toHaveLength(18);
    const speech = document.quotes.filter((quote) => quote.kind !== 'mention');
    expect(speech.map((quote) => quote.speaker?.name)).toEqual(Array(16).fill('فلاديمير بوتين'));
    expect(document.quotes.filter((quote) => quote.kind === 'mention').map((quote) => quote.text)).toEqual([
      'أن بي سي',
      'أن بي سي',
    ]);
  });

  test.each([
    ['بوتين', 16],
    ['فلاديمير بوتين', 16],
    ['الرئيس الروسي', 16],
    ['فلاديمير بوتـــين', 16],
    ['بُوتِين', 16],
    ['ترامب', 0],
  ])('--speaker %s on the seed: %i quotes', async (name, count) => {
    const { code, stdout } = await quotes(['extract', '--json', '--speaker', name, seed]);
    expect(code).toBe(0);
    const document = JSON.parse(stdout) as QuoteDocument;
    expect(document.quotes).toHaveLength(count);
    expect(document.quotes.every((quote) => quote.speaker?.name === 'فلاديمير بوتين')).toBe(true);
  });

  test('filters leave segments and speakers as extracted', async () => {
    const all = JSON.parse((await quotes(['extract', '--json', seed])).stdout) as QuoteDocument;
    const some = JSON.parse(
      (await quotes(['extract', '--json', '--kind', 'mention', seed])).stdout,
    ) as QuoteDocument;
    expect(some.quotes.map((quote) => quote.text)).toEqual(['أن بي سي', 'أن بي سي']);
    expect(some.segments).toEqual(all.segments);
    expect(some.speakers).toEqual(all.speakers);
  });

  test.each([
    ['16', 0],
    ['17', 1],
  ])('--min-quotes %s on the seed: exit %i', async (count, code) => {
    expect((await quotes(['extract', '--min-quotes', count, seed])).code).toBe(code);
  });

  test('--strict on an unclosed quote: exit 1 and one line naming the place', async () => {
    const { code, stderr } = await quotes(['extract', '--strict', unclosed]);
    expect(code).toBe(1);
    expect(lines(stderr)).toHaveLength(1);
    expect(stderr).toMatch(
      /^quotes: 'fixtures\/unclosed\.txt': 1 malformed quote mark, the first at 1:\d+ \(--strict\)\n$/,
    );
  });

  test('without --strict the unclosed quote is only a warning', async () => {
    const { code, stdout } = await quotes(['extract', unclosed]);
    expect(code).toBe(0);
    expect(stdout).toContain('UNCLOSED_QUOTE');
  });

  test('speakers of the seed', async () => {
    const { stdout } = await quotes(['speakers', '--json', seed]);
    const [putin, ...others] = JSON.parse(stdout).speakers;
    expect(others).toEqual([]);
    expect(putin).toMatchObject({ name: 'فلاديمير بوتين', quotes: 16 });
    expect(putin.aliases).toEqual(expect.arrayContaining(['بوتين', 'الرئيس الروسي']));
  });

  test('two speakers named with their titles', async () => {
    const { stdout } = await quotes(['speakers', '--json', twoSpeakers]);
    expect(JSON.parse(stdout).speakers).toMatchObject([
      { name: 'سامي الخطيب', quotes: 2, direct: 2, partial: 0 },
      { name: 'ليلى حداد', quotes: 1, direct: 0, partial: 1 },
    ]);
  });

  test.each([
    [
      ['--speaker', 'سامي الخطيب'],
      [1, 2],
    ],
    [
      ['--speaker', 'وزير الصحة'],
      [1, 2],
    ],
    [['--speaker', 'ليلى حداد'], [4]],
    [['--kind', 'mention'], [3]],
    [
      ['--kind', 'partial,mention'],
      [3, 4],
    ],
  ])('%j on two speakers', async (flags, expected) => {
    expect(quoteIds((await quotes(['extract', '--json', ...flags, twoSpeakers])).stdout)).toEqual(expected);
  });
});
