// An article and a file name that try to take over the terminal: escape sequences (CSI, OSC),
// C0 and C1 controls, bidi embeddings, overrides and isolates. The report shows them as `\u…`
// escapes in every view; JSON carries them exactly and parses back to the same text.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { extract } from '../src/extract.js';
import type { Result } from '../src/format/formatter.js';
import { formatNarration, formatQuotes } from '../src/format/report.js';
import type { Message, QuoteDocument } from '../src/types.js';
import { runQuotes } from './support/run-quotes.js';

const OSC_TITLE = '\u001b]0;title\u0007';
const RED = '\u001b[31m';
const CLEAR = '\u001b[2J';
const C1_CSI = '\u009b31m';
const EMBEDDINGS = '\u202a\u202b\u202c\u202d\u202e';
const ISOLATES = '\u2066\u2067\u2068\u2069';
const C0 = '\u0001\u0008\u000b\u000c\u007f';

/** The quotes, as written between their marks. */
const quoted = [
  `الأمن مستتب${OSC_TITLE} في كل المدن`,
  `لن نسمح${CLEAR} بالفوضى${EMBEDDINGS}${C1_CSI}`,
  `الأخبار${ISOLATES}`,
  `الوضع${C0} هادئ${RED}.`,
];
const text = [
  `وقال وزير الداخلية سامي الخطيب${RED}: «${quoted[0]}».`,
  `وأضاف الخطيب: «${quoted[1]}».`,
  `ونقلت صحيفة «${quoted[2]}» عن مصدر أمني قوله إن «${quoted[3]}`,
  '',
].join('\r\n');

/** Every payload, and how the report must show it. */
const payloads = [OSC_TITLE, RED, CLEAR, C1_CSI, EMBEDDINGS, ISOLATES, C0];
const escaped = (payload: string) =>
  Array.from(payload, (char) => {
    const codePoint = char.codePointAt(0) ?? 0;
    const visible = codePoint >= 0x20 && codePoint < 0x7f;
    return visible ? char : `\\u${codePoint.toString(16).padStart(4, '0')}`;
  }).join('');

/** Code points a terminal acts on, found in `output`, as hex so a failure shows them. Tab and LF are layout. */
function rawControls(output: string): string[] {
  return Array.from(output, (char) => char.codePointAt(0) ?? 0)
    .filter(
      (cp) =>
        (cp < 0x20 && cp !== 0x0a && cp !== 0x09) ||
        (cp >= 0x7f && cp <= 0x9f) ||
        (cp >= 0x202a && cp <= 0x202e) ||
        (cp >= 0x2066 && cp <= 0x2069),
    )
    .map((cp) => cp.toString(16));
}

/** The colours chalk writes: SGR sequences only, `ESC [ n ; … m`. */
const chalkColors = new RegExp(`${String.fromCharCode(0x1b)}\\[[0-9;]*m`, 'g');

let dir = '';
let file = '';
const fileName = `news${OSC_TITLE}${EMBEDDINGS}.txt`;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'iqtibas-hostile-'));
  file = join(dir, fileName);
  await writeFile(file, text);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the report never writes a control of the input raw', () => {
  test('the engine keeps the payloads in the quotes, so the report has them to show', async () => {
    const { stdout } = await runQuotes(['extract', '--json', file]);
    const document = JSON.parse(stdout) as QuoteDocument;
    expect(document.quotes.map((quote) => quote.text)).toEqual(quoted);
    expect(document.warnings.map((warning) => warning.code)).toEqual(['UNCLOSED_QUOTE']);
  });

  test.each([
    ['quotes', ['extract']],
    ['narration', ['extract', '--narration']],
    ['speakers', ['speakers']],
    ['quotes, --strict (a warning and a failed check on stderr)', ['extract', '--strict']],
  ])('%s, without colour', async (_view, command) => {
    const { stdout, stderr } = await runQuotes([...command, file]);
    expect(rawControls(stdout)).toEqual([]);
    expect(rawControls(stderr)).toEqual([]);
    expect(stdout).toContain(escaped(fileName));
  });

  test('the strict failure names the file escaped', async () => {
    const { code, stderr } = await runQuotes(['extract', '--strict', file]);
    expect(code).toBe(1);
    // The unclosed mark is the last « of the third line.
    const column = Array.from(text.split('\r\n')[2] ?? '').lastIndexOf('«') + 1;
    expect(stderr).toBe(
      `quotes: '${join(dir, escaped(fileName))}': 1 malformed quote mark, the first at 3:${column} (--strict)\n`,
    );
  });

  test.each([
    ['quotes', ['extract'], payloads],
    ['narration', ['extract', '--narration'], payloads],
  ])('%s: every payload is shown, as its escape', async (_view, command, shown) => {
    const { stdout } = await runQuotes([...command, file]);
    for (const payload of shown) expect(stdout).toContain(escaped(payload));
  });

  test.each([
    ['quotes', ['extract']],
    ['narration', ['extract', '--narration']],
    ['speakers', ['speakers']],
  ])('%s, coloured: only chalk colours are escape sequences', async (_view, command) => {
    const { stdout } = await runQuotes([...command, file], { env: { FORCE_COLOR: '3' } });
    expect(stdout).toMatch(chalkColors);
    // The payloads are escaped, so the only ESC left are the colours (a raw RED would hide among
    // them, but not its escaped form, checked above, nor the other payloads).
    expect(rawControls(stdout.replace(chalkColors, ''))).toEqual([]);
    expect(stdout).not.toContain(CLEAR);
    expect(stdout).not.toContain('\u001b]');
  });
});

describe('JSON carries the text exactly', () => {
  const points = Array.from(text);

  test.each([['json'], ['ndjson']])(
    '%s: parses, and every quote is the slice of its offsets',
    async (format) => {
      const { code, stdout } = await runQuotes(['extract', '--format', format, file]);
      expect(code).toBe(0);
      // Nothing a terminal acts on, even when the JSON is printed to one.
      expect(rawControls(stdout.trimEnd())).toEqual([]);
      if (format === 'ndjson') expect(stdout.trimEnd().split('\n')).toHaveLength(1);
      const document = JSON.parse(stdout) as QuoteDocument;
      expect(document.source).toBe(file);
      expect(document.quotes.map((quote) => quote.text)).toEqual(quoted);
      for (const quote of document.quotes) {
        expect(points.slice(quote.start, quote.end).join('')).toBe(quote.text);
      }
      const segments = document.segments.map((segment) => points.slice(segment.start, segment.end).join(''));
      expect(segments.join('')).toBe(text);
    },
  );

  test('standard input, several chunks: the same document', async () => {
    const bytes = new TextEncoder().encode(text);
    async function* chunks() {
      // Cut inside the ESC sequences and inside a two-byte Arabic letter.
      for (let i = 0; i < bytes.length; i += 7) yield bytes.subarray(i, i + 7);
    }
    const fromFile = JSON.parse((await runQuotes(['extract', '--json', file])).stdout) as QuoteDocument;
    const fromStdin = JSON.parse(
      (await runQuotes(['extract', '--json', '-'], { stdin: chunks() })).stdout,
    ) as QuoteDocument;
    expect({ ...fromStdin, source: file }).toEqual(fromFile);
  });
});

describe('a hostile number of quotes or warnings', () => {
  // 200,000 of them: a spread of that many arguments (`Math.max(...widths)`, `push(...lines)`)
  // overflows the stack, which a text of marks alone can cause.
  const count = 200_000;
  const sentence = 'وقال الوزير: «نعم».';
  const document = extract(sentence);
  const quote = document.quotes[0];
  const warning: Message = {
    code: 'UNMATCHED_CLOSE',
    message: 'closing » has no opening mark',
    offset: 0,
    line: 1,
    column: 1,
  };
  const manyQuotes = Array.from({ length: count }, (_, index) => ({
    ...(quote as NonNullable<typeof quote>),
    id: index + 1,
  }));
  const results: [[string, Result], [string, Result]] = [
    ['quotes', { document: { ...document, quotes: manyQuotes }, text: sentence, quotes: manyQuotes }],
    [
      'warnings',
      {
        document: { ...document, warnings: Array(count).fill(warning) },
        text: sentence,
        quotes: document.quotes,
      },
    ],
  ];

  test('quotes: the list shows the last one and counts them all', () => {
    const output = formatQuotes(results[0][1], { color: 0 });
    expect(output.endsWith(`\n${count} quotes (${count} speech, 0 mentions), 1 speaker, 0 warnings\n`)).toBe(
      true,
    );
    expect(output.match(/«نعم»/g)).toHaveLength(count);
  });

  test.each([
    ['quotes', formatQuotes],
    ['narration', formatNarration],
  ])('warnings: the %s view lists them all', (_name, render) => {
    const output = render(results[1][1], { color: 0 });
    expect(output.match(/UNMATCHED_CLOSE/g)).toHaveLength(count);
  });
});
