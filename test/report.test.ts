import { describe, expect, test } from 'vitest';
import { escapeUnsafe, stringifyJson } from '../src/format/escape.js';
import { loadFormatter } from '../src/format/formatters.js';
import { formatJson } from '../src/format/json.js';
import { formatNdjsonLine } from '../src/format/ndjson.js';
import { formatNarration, formatQuotes, formatSpeakers } from '../src/format/report.js';
import { documentOf, only } from './helpers/document-of.js';

const article = documentOf(
  [
    'وقال وزير الصحة سامي الخطيب لصحيفة ',
    { quote: 'المساء', kind: 'mention' },
    ': ',
    { quote: 'سنفتتح عشرة مستشفيات', kind: 'direct', speaker: 'سامي الخطيب' },
    '.\n\nمن جهتها، قالت ليلى حداد إن الخطة ',
    { quote: 'طموحة', kind: 'partial', speaker: 'ليلى حداد' },
    '، وأضاف الوزير: ',
    { quote: 'التمويل متوفر', kind: 'direct', speaker: 'سامي الخطيب', mention: 'الوزير' },
    '.\n',
  ],
  [{ code: 'UNMATCHED_CLOSE', message: 'a closing » has no opening mark', offset: 40, line: 3, column: 7 }],
);

const ESC = '\u001b';

/** The SGR colour code of each speaker in the legend of a coloured report. */
function legendColors(output: string): Map<string, string> {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape sequences are what is read
  const entries = [...output.matchAll(/\u001b\[(\d+)m■ ([^\u001b]+)\u001b/g)];
  return new Map(entries.map((match) => [match[2] ?? '', match[1] ?? '']));
}

describe('the report', () => {
  test('lists each quote with its number, paragraph, kind, speaker and text', () => {
    const lines = formatQuotes(article, { color: 0 }).split('\n');
    expect(lines).toEqual([
      'article.txt',
      '  #1  ¶1  mention  narration',
      '    «المساء»',
      '  #2  ¶1  direct   سامي الخطيب (explicit)',
      '    «سنفتتح عشرة مستشفيات»',
      '  #3  ¶3  partial  ليلى حداد (explicit)',
      '    «طموحة»',
      '  #4  ¶3  direct   سامي الخطيب (alias)',
      '    «التمويل متوفر»',
      '  3:7  warning  a closing » has no opening mark  UNMATCHED_CLOSE',
      '',
      'Speakers:',
      '  ■ سامي الخطيب',
      '  ■ ليلى حداد',
      '',
      '4 quotes (3 speech, 1 mention), 2 speakers, 1 warning',
      '',
    ]);
  });

  test.each([
    ['all', article, '4 quotes (3 speech, 1 mention), 2 speakers, 1 warning'],
    [
      'one speaker',
      only(article, (q) => q.speaker?.name === 'ليلى حداد'),
      '1 of 4 quotes (1 speech, 0 mentions), 1 speaker, 1 warning',
    ],
    ['nothing', documentOf(['لا اقتباس هنا.\n']), '0 quotes (0 speech, 0 mentions), 0 speakers, 0 warnings'],
  ])('summary line: %s', (_name, result, line) => {
    expect(formatQuotes(result, { color: 0 }).trimEnd().split('\n').at(-1)).toBe(line);
  });

  test('a speaker keeps its colour from one article to another, whatever the order of appearance', () => {
    const other = documentOf([
      'وقالت ',
      { quote: 'نرحب بالقرار', kind: 'direct', speaker: 'ليلى حداد' },
      ' ثم ',
      { quote: 'لا تعليق', kind: 'direct', speaker: 'منى سليم' },
      ' و',
      { quote: 'الخطة جاهزة', kind: 'direct', speaker: 'سامي الخطيب' },
      '.\n',
    ]);
    const first = legendColors(formatQuotes(article, { color: 1 }));
    const second = legendColors(formatQuotes(other, { color: 1 }));
    expect(second.get('سامي الخطيب')).toBe(first.get('سامي الخطيب'));
    expect(second.get('ليلى حداد')).toBe(first.get('ليلى حداد'));
    expect(first.get('سامي الخطيب')).toBeDefined();
  });

  test('a filter keeps the colours, and the name is drawn in its legend colour', () => {
    const colour = legendColors(formatQuotes(article, { color: 1 })).get('ليلى حداد');
    const filtered = formatQuotes(
      only(article, (q) => q.speaker?.name === 'ليلى حداد'),
      { color: 1 },
    );
    expect(legendColors(filtered).get('ليلى حداد')).toBe(colour);
    expect(filtered).toContain(`${ESC}[${colour}mليلى حداد`);
  });

  test('twelve speakers of one article get twelve colours', () => {
    const names = [
      'أحمد',
      'بشير',
      'جميل',
      'داود',
      'هاني',
      'وليد',
      'زياد',
      'حسن',
      'طارق',
      'يوسف',
      'كمال',
      'لؤي',
    ];
    const many = documentOf(
      names.flatMap((name) => [
        `وقال ${name}: `,
        { quote: 'نعم', kind: 'direct' as const, speaker: name },
        '.\n',
      ]),
    );
    const colours = legendColors(formatQuotes(many, { color: 1 }));
    expect(colours.size).toBe(12);
    expect(new Set(colours.values()).size).toBe(12);
  });

  test('level 0 writes no escape sequence at all', () => {
    for (const render of [formatQuotes, formatNarration, formatSpeakers]) {
      expect(render(article, { color: 0 })).not.toContain(ESC);
    }
  });

  test('a multi-paragraph quote stays on one line', () => {
    const result = documentOf([
      { quote: 'الفقرة الأولى\n\nالفقرة الثانية', kind: 'direct', speaker: 'سامي' },
    ]);
    expect(formatQuotes(result, { color: 0 })).toContain('    «الفقرة الأولى ¶ الفقرة الثانية»\n');
  });
});

describe('nothing from the article reaches the terminal raw', () => {
  const hostile = documentOf(
    [
      'قال \u001b[2J سامي: ',
      { quote: 'نص \u202eمقلوب\u2066 \u009b31m', kind: 'direct', speaker: 'سامي\u202e' },
      '\r\n',
    ],
    [{ code: 'UNCLOSED_QUOTE', message: 'an opening « at \u001b]0;x\u0007', offset: 0, line: 1, column: 1 }],
    'evil\u001b[31m.txt',
  );
  /** Controls in the output, written as code points so a failure message shows them. */
  const rawControls = (output: string) =>
    Array.from(output, (char) => char.codePointAt(0) ?? 0)
      .filter(
        (cp) =>
          (cp < 0x20 && cp !== 0x0a) ||
          (cp >= 0x7f && cp <= 0x9f) ||
          (cp >= 0x202a && cp <= 0x202e) ||
          (cp >= 0x2066 && cp <= 0x2069),
      )
      .map((cp) => cp.toString(16));

  test.each([
    ['quotes', formatQuotes],
    ['narration', formatNarration],
    ['speakers', formatSpeakers],
  ])('%s view', (_name, render) => {
    const output = render(hostile, { color: 0 });
    expect(rawControls(output)).toEqual([]);
    expect(output).toContain('\\u202e');
  });

  test('the quote and the source are shown escaped', () => {
    const output = formatQuotes(hostile, { color: 0 });
    expect(output).toContain('evil\\u001b[31m.txt');
    expect(output).toContain('«نص \\u202eمقلوب\\u2066 \\u009b31m»');
  });

  test.each([
    ['ESC', '\u001b[31m', '\\u001b[31m'],
    ['bidi override', 'a\u202eb', 'a\\u202eb'],
    ['isolate', '\u2068x\u2069', '\\u2068x\\u2069'],
    ['C1 CSI', '\u009b', '\\u009b'],
    ['carriage return', 'a\rb', 'a\\u000db'],
    ['line feed and tab stay', 'a\n\tb', 'a\n\tb'],
    ['RLM and ALM stay: they only hint a direction', 'قال\u200f\u061c', 'قال\u200f\u061c'],
  ])('escapeUnsafe: %s', (_name, input, output) => {
    expect(escapeUnsafe(input)).toBe(output);
  });

  test('JSON escapes them too, and parses back to the same text', () => {
    const json = stringifyJson({ text: 'a\u202eb\u2028c\u0085' }, 2);
    expect(json).not.toMatch(/[\u2028\u202e]/u);
    expect(json).toContain('\\u0085');
    expect(JSON.parse(json)).toEqual({ text: 'a\u202eb\u2028c\u0085' });
  });
});

describe('the narration view', () => {
  test('shows the whole article with the speaker after each speech quote, mentions unlabelled', () => {
    const output = formatNarration(article, { color: 0, width: 200 });
    expect(output).toContain(
      'وقال وزير الصحة سامي الخطيب لصحيفة «المساء»: «سنفتتح عشرة مستشفيات» [سامي الخطيب].\n\nمن جهتها، قالت ليلى حداد إن الخطة «طموحة» [ليلى حداد]، وأضاف الوزير: «التمويل متوفر» [سامي الخطيب].\n',
    );
    expect(output.trimEnd().split('\n').at(-1)).toBe('4 quotes (3 speech, 1 mention), 2 speakers, 1 warning');
  });

  test('quotes hidden by a filter read as narration', () => {
    const output = formatNarration(
      only(article, (q) => q.kind === 'partial'),
      { color: 0 },
    );
    expect(output).toContain('«طموحة» [ليلى حداد]');
    expect(output).not.toContain('[سامي الخطيب]');
  });

  test('colours quotes by speaker and dims narration', () => {
    const output = formatNarration(article, { color: 1, width: 200 });
    const colour = legendColors(output).get('سامي الخطيب');
    expect(output).toContain(`${ESC}[${colour}m«سنفتتح عشرة مستشفيات» [سامي الخطيب]${ESC}[39m`);
    expect(output).toContain(`${ESC}[2mوقال وزير الصحة سامي الخطيب لصحيفة «المساء»:${ESC}[22m `);
  });

  test('a speech quote whose speaker was not found is marked [؟], without a Latin word', () => {
    const output = formatNarration(
      documentOf(['وجاء في البيان: ', { quote: 'سنواصل العمل', kind: 'direct' }, '.\n']),
      { color: 0 },
    );
    expect(output).toContain('وجاء في البيان: «سنواصل العمل» [؟].\n');
  });
});

describe('the speakers table', () => {
  test('counts speech quotes per speaker, most quoted first', () => {
    expect(formatSpeakers(article, { color: 0 }).split('\n')).toEqual([
      'article.txt',
      '  quotes  direct  partial  speaker',
      '       2       2        0  سامي الخطيب  (الوزير)',
      '                           «سنفتتح عشرة مستشفيات»',
      '       1       0        1  ليلى حداد',
      '                           «طموحة»',
      '',
      '2 speakers, 3 speech quotes',
      '',
    ]);
  });
});

describe('json and ndjson', () => {
  test('json: one document for one input, with the filtered quotes and everything else as extracted', () => {
    const filtered = only(article, (q) => q.kind === 'direct');
    const value = JSON.parse(formatJson([filtered], { view: 'quotes', several: false }));
    expect(value).toEqual({ ...article.document, quotes: filtered.quotes });
  });

  test('json: an array when several inputs were named, pretty-printed with two spaces', () => {
    const output = formatJson([article], { view: 'quotes', several: true });
    expect(output.startsWith('[\n  {\n    "schemaVersion": 1,')).toBe(true);
    expect(JSON.parse(output)).toHaveLength(1);
  });

  test('ndjson: one line per document', () => {
    const line = formatNdjsonLine(article, { view: 'quotes' });
    expect(line.endsWith('\n')).toBe(true);
    expect(line.trimEnd()).not.toContain('\n');
    expect(JSON.parse(line)).toEqual(article.document);
  });

  test('speakers as json', () => {
    expect(JSON.parse(formatNdjsonLine(article, { view: 'speakers' }))).toEqual({
      schemaVersion: 1,
      source: 'article.txt',
      speakers: [
        {
          name: 'سامي الخطيب',
          aliases: ['الوزير'],
          quotes: 2,
          direct: 2,
          partial: 0,
          firstQuote: { id: 2, text: 'سنفتتح عشرة مستشفيات' },
        },
        {
          name: 'ليلى حداد',
          aliases: [],
          quotes: 1,
          direct: 0,
          partial: 1,
          firstQuote: { id: 3, text: 'طموحة' },
        },
      ],
      unattributed: 0,
    });
  });

  test('the formats loaded by name: json waits for the end, ndjson and report write as they go', async () => {
    const formatters = {
      json: await loadFormatter('json'),
      ndjson: await loadFormatter('ndjson'),
      report: await loadFormatter('report'),
    };
    const options = { view: 'quotes', color: 0, narration: false, several: true, width: 80 } as const;
    expect(formatters.json.before(0, options) + formatters.json.item(article, options)).toBe('');
    expect(formatters.ndjson.end([article], options)).toBe('');
    expect(formatters.report.before(1, options)).toBe('\n');
    expect(formatters.report.item(article, options).startsWith('article.txt\n')).toBe(true);
  });
});
