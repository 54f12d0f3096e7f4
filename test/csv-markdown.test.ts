import { describe, expect, test } from 'vitest';
import { BOM, csvCell, neutralizeFormula, quoteColumns, speakerColumns } from '../src/format/csv.js';
import type { FormatOptions, Result } from '../src/format/formatter.js';
import { loadFormatter } from '../src/format/formatters.js';
import { markdownCell } from '../src/format/markdown.js';
import type { Quote, QuoteDocument } from '../src/types.js';
import { runQuotes } from './support/run-quotes.js';

const formatters = { csv: await loadFormatter('csv'), markdown: await loadFormatter('markdown') };

/**
 * RFC 4180 read back, written apart from the code under test: fields separated by commas, records
 * by CRLF, a quoted field may hold commas, CRLF, LF and doubled quotes.
 */
function parseCsv(input: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\r' && input[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (char === '"' || char === '\n' || char === '\r') {
      throw new Error(`a bare ${JSON.stringify(char)} outside quotes at ${i}`);
    } else {
      field += char;
    }
  }
  if (quoted) throw new Error('an unterminated quoted field');
  if (field !== '' || record.length > 0) throw new Error('the last record is not ended by CRLF');
  return records;
}

/** A result built by hand, with the quote texts given, so that the formats are tested alone. */
function resultOf(texts: { text: string; speaker?: string; kind?: Quote['kind'] }[]): Result {
  let offset = 0;
  const quotes: Quote[] = texts.map((entry, index) => {
    const start = offset + 1;
    offset = start + Array.from(entry.text).length + 1;
    return {
      id: index + 1,
      text: entry.text,
      kind: entry.kind ?? 'direct',
      start,
      end: offset - 1,
      paragraph: index + 1,
      open: '«',
      close: '»',
      speaker: entry.speaker ? { name: entry.speaker, mention: entry.speaker, resolution: 'explicit' } : null,
      cue: entry.speaker ? 'وقال' : null,
      parent: null,
    };
  });
  const document: QuoteDocument = {
    schemaVersion: 1,
    source: 'news, "today".txt',
    language: { code: 'arb', name: 'Arabic' },
    quotes,
    speakers: [],
    segments: [],
    warnings: [],
  };
  return { document, text: '', quotes };
}

const options: FormatOptions = { view: 'quotes', color: 0, narration: false, several: false, width: 80 };

const tricky = [
  { text: 'نعم، سنفعل ذلك، وبسرعة', speaker: 'سامي الخطيب' },
  { text: 'قال لي "لا تتأخر" ثم غادر', speaker: 'ليلى، حداد' },
  { text: 'الفقرة الأولى\n\nالفقرة الثانية', speaker: 'سامي الخطيب' },
  { text: 'سطر\r\nوسطر' },
  { text: '""', kind: 'mention' as const },
  { text: 'عادي' },
];

describe('csv', () => {
  test('one BOM, one header, one record per quote; texts with commas, quotes and line breaks come back', () => {
    const result = resultOf(tricky);
    const output =
      formatters.csv.before(0, options) +
      formatters.csv.item(result, options) +
      formatters.csv.end([result], options);
    expect(output.startsWith(BOM)).toBe(true);
    const [header, ...records] = parseCsv(output.slice(BOM.length));
    expect(header).toEqual([...quoteColumns]);
    expect(records.map((record) => record[10])).toEqual([
      'نعم، سنفعل ذلك، وبسرعة',
      'قال لي "لا تتأخر" ثم غادر',
      'الفقرة الأولى\n\nالفقرة الثانية',
      'سطر\nوسطر',
      '""',
      'عادي',
    ]);
    expect(records.map((record) => record[3])).toEqual([
      'سامي الخطيب',
      'ليلى، حداد',
      'سامي الخطيب',
      '',
      '',
      '',
    ]);
    expect(records[0]).toEqual([
      'news, "today".txt',
      '1',
      'direct',
      'سامي الخطيب',
      'سامي الخطيب',
      'explicit',
      'وقال',
      '1',
      '1',
      '23',
      'نعم، سنفعل ذلك، وبسرعة',
    ]);
    expect(records.every((record) => record.length === quoteColumns.length)).toBe(true);
  });

  test('a later input adds records only', () => {
    const result = resultOf([{ text: 'عادي' }]);
    const output = formatters.csv.before(1, options) + formatters.csv.item(result, options);
    expect(output.startsWith(BOM)).toBe(false);
    expect(parseCsv(output)).toHaveLength(1);
  });

  test.each([
    ['=HYPERLINK("http://x","y")', `'=HYPERLINK("http://x","y")`],
    ['+972 رقم', "'+972 رقم"],
    ['-5 درجات', "'-5 درجات"],
    ['@الحساب', "'@الحساب"],
    ['\t=1', "'\t=1"],
    ['نص = نص', 'نص = نص'],
    ['', ''],
  ])('formula injection: %j reads back as %j', (text, expected) => {
    expect(neutralizeFormula(text)).toBe(expected);
    const [record] = parseCsv(`${csvCell(text)}\r\n`);
    expect(record).toEqual([expected]);
  });

  test.each([
    [null, ''],
    [42, '42'],
    ['بسيط', 'بسيط'],
    ['a,b', '"a,b"'],
    ['قال "نعم"', '"قال ""نعم"""'],
    ['سطر\nسطر', '"سطر\nسطر"'],
    ['\u001b[31m', '\\u001b[31m'],
  ])('csvCell(%j) is %j', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  test('quotes extract --format csv: the records say what the JSON document says', async () => {
    const files = ['fixtures/seed-article.txt', 'fixtures/two-speakers.txt'];
    const { code, stdout } = await runQuotes(['extract', '--format', 'csv', ...files]);
    expect(code).toBe(0);
    expect(stdout.indexOf(BOM)).toBe(0);
    expect(stdout.lastIndexOf(BOM)).toBe(0);
    const [header, ...records] = parseCsv(stdout.slice(1));
    expect(header).toEqual([...quoteColumns]);
    const documents = JSON.parse(
      (await runQuotes(['extract', '--json', ...files])).stdout,
    ) as QuoteDocument[];
    const expected = documents.flatMap((document) =>
      document.quotes.map((quote) => [
        document.source,
        String(quote.id),
        quote.kind,
        quote.speaker?.name ?? '',
        quote.speaker?.mention ?? '',
        quote.speaker?.resolution ?? '',
        quote.cue ?? '',
        String(quote.paragraph),
        String(quote.start),
        String(quote.end),
        neutralizeFormula(quote.text),
      ]),
    );
    expect(expected.length).toBeGreaterThan(20);
    expect(records).toEqual(expected);
  });

  test('quotes speakers --format csv: a record per speaker with the first quote', async () => {
    const { stdout } = await runQuotes(['speakers', '--format', 'csv', 'fixtures/two-speakers.txt']);
    const [header, ...records] = parseCsv(stdout.slice(1));
    expect(header).toEqual([...speakerColumns]);
    const view = JSON.parse((await runQuotes(['speakers', '--json', 'fixtures/two-speakers.txt'])).stdout);
    expect(records).toEqual(
      view.speakers.map(
        (row: {
          name: string;
          aliases: string[];
          quotes: number;
          direct: number;
          partial: number;
          firstQuote: { id: number; text: string };
        }) => [
          'fixtures/two-speakers.txt',
          row.name,
          row.aliases.join('; '),
          String(row.quotes),
          String(row.direct),
          String(row.partial),
          String(row.firstQuote.id),
          row.firstQuote.text,
        ],
      ),
    );
    expect(records.map((record) => record[1])).toEqual(['سامي الخطيب', 'ليلى حداد']);
  });
});

describe('markdown', () => {
  test.each([
    ['a pipe', 'نعم | لا', 'نعم \\| لا'],
    ['line breaks', 'الأولى\n\nالثانية\r\nالثالثة', 'الأولى<br><br>الثانية<br>الثالثة'],
    ['HTML', '<script>alert(1)</script> & co', '&lt;script&gt;alert(1)&lt;/script&gt; &amp; co'],
    ['emphasis and code', '*مهم* و_هام_ و`كود`', '\\*مهم\\* و\\_هام\\_ و\\`كود\\`'],
    ['a link', '[اضغط](http://x)', '\\[اضغط\\](http://x)'],
    ['a backslash', 'a\\|b', 'a\\\\\\|b'],
    ['a control character', 'x\u202ey', 'x\\\\u202ey'],
  ])('%s', (_name, text, cell) => {
    expect(markdownCell(text)).toBe(cell);
  });

  test('a heading with the source, then a table with a row per quote', () => {
    const result = resultOf(tricky);
    const output = formatters.markdown.before(0, options) + formatters.markdown.item(result, options);
    const lines = output.split('\n');
    expect(lines.slice(0, 4)).toEqual([
      '## news, "today".txt',
      '',
      '| # | speaker | kind | quote |',
      '|---:|---|---|---|',
    ]);
    expect(lines[4]).toBe('| 1 | سامي الخطيب | direct | «نعم، سنفعل ذلك، وبسرعة» |');
    expect(lines[6]).toBe('| 3 | سامي الخطيب | direct | «الفقرة الأولى<br><br>الفقرة الثانية» |');
    expect(lines[7]).toBe('| 4 | _unknown_ | direct | «سطر<br>وسطر» |');
    expect(lines[8]).toBe('| 5 | _narration_ | mention | «""» |');
    // Every row has the four cells of the header: no cell text broke the table.
    const rows = lines.filter((line) => line.startsWith('|'));
    expect(rows).toHaveLength(2 + tricky.length);
    for (const line of rows) expect(line.split(/(?<!\\)\|/).length - 2).toBe(4);
  });

  test('quotes extract --format markdown on two inputs: a section each', async () => {
    const { code, stdout } = await runQuotes([
      'extract',
      '--format',
      'markdown',
      'fixtures/two-speakers.txt',
      'fixtures/no-quotes.txt',
    ]);
    expect(code).toBe(0);
    expect(stdout.match(/^## .+$/gm)).toEqual(['## fixtures/two-speakers.txt', '## fixtures/no-quotes.txt']);
    expect(stdout).toContain('| 4 | ليلى حداد | partial | «طموحة لكنها تحتاج إلى كوادر مدربة» |\n');
    expect(stdout).toContain('## fixtures/no-quotes.txt\n\n_No quotes._\n');
  });

  test('quotes speakers --format markdown', async () => {
    const { stdout } = await runQuotes(['speakers', '--format', 'markdown', 'fixtures/two-speakers.txt']);
    expect(stdout).toContain('| speaker | aliases | quotes | direct | partial | first quote |\n');
    expect(stdout).toContain(
      '| ليلى حداد | رئيسة نقابة الأطباء | 1 | 0 | 1 | «طموحة لكنها تحتاج إلى كوادر مدربة» |\n',
    );
  });
});
