import { Chalk } from 'chalk';
import { describe, expect, test } from 'vitest';
import { reportWidth } from '../src/cli/run.js';
import { extract } from '../src/extract.js';
import { formatNarration, formatQuotes, formatSpeakers } from '../src/format/report.js';
import { renderLine, textWidth, truncate, wrapPieces, wrapText } from '../src/format/wrap.js';
import { runQuotes } from './support/run-quotes.js';

describe('textWidth: columns, not UTF-16 units', () => {
  test.each([
    ['plain Arabic', 'قال الوزير', 10],
    ['harakat draw over their letter', 'قَالَ', 3],
    ['shadda and tanwin', 'مؤكّداً', 5],
    ['RLM and ALM draw nothing', 'نعم\u200f\u061c', 3],
    ['an astral character is one code point', '𝔸ب', 2],
    ['tatweel is a letter-wide stroke', 'قــال', 5],
    ['empty', '', 0],
  ])('%s', (_name, text, width) => {
    expect(textWidth(text)).toBe(width);
  });
});

describe('wrapText', () => {
  test.each([
    ['fits', 'سنفتتح عشرة مستشفيات', 30, ['سنفتتح عشرة مستشفيات']],
    ['breaks between words', 'سنفتتح عشرة مستشفيات جديدة', 12, ['سنفتتح عشرة', 'مستشفيات', 'جديدة']],
    ['a word exactly the width', 'مستشفيات جديدة', 8, ['مستشفيات', 'جديدة']],
    ['a word wider than the line is cut', 'أ مستشفيات', 4, ['أ', 'مستش', 'فيات']],
    ['spaces between words stay, at the ends they go', '  قال   الوزير  ', 20, ['قال   الوزير']],
    ['spaces go at a break', 'سنفتتح   عشرة', 8, ['سنفتتح', 'عشرة']],
    ['line breaks stay, an empty line stays', 'الأولى\n\nالثانية', 20, ['الأولى', '', 'الثانية']],
    ['diacritics do not use up the line', 'قَالَ الوَزِيرُ', 10, ['قَالَ الوَزِيرُ']],
  ])('%s', (_name, text, width, lines) => {
    expect(wrapText(text, width)).toEqual(lines);
  });
});

describe('truncate', () => {
  test.each([
    ['fits', 'لا تعليق', 10, 'لا تعليق'],
    ['at the last space that fits', 'لم تكن لدى روسيا أي نية', 12, 'لم تكن لدى…'],
    ['inside a word when no space fits', 'مستشفيات', 5, 'مستش…'],
    ['line breaks become spaces', 'الأولى\nالثانية', 20, 'الأولى الثانية'],
  ])('%s', (_name, text, width, expected) => {
    expect(truncate(text, width)).toBe(expected);
    expect(textWidth(expected)).toBeLessThanOrEqual(width);
  });
});

test('styles survive a wrap, one escape pair per run of a style on each line', () => {
  const chalk = new Chalk({ level: 1 });
  const lines = wrapPieces(
    [
      { text: 'وقال الوزير: ', style: chalk.dim },
      { text: '«سنفتتح عشرة مستشفيات»', style: chalk.cyan },
    ],
    20,
  ).map(renderLine);
  expect(lines).toEqual([
    `${chalk.dim('وقال الوزير:')} ${chalk.cyan('«سنفتتح')}`,
    chalk.cyan('عشرة مستشفيات»'),
  ]);
});

describe('the report at a given width', () => {
  const text =
    'وقال وزير الصحة سامي الخطيب في مؤتمر صحفي عقده في العاصمة صباح اليوم: «سنفتتح عشرة مستشفيات جديدة قبل نهاية العام، والتمويل متوفر بالكامل لهذا المشروع».\n\nوأضاف: «العمل بدأ بالفعل في ثلاث محافظات».\n';
  const document = extract(text, { source: 'article.txt' });
  const result = { document, text, quotes: document.quotes };
  const latin = /[A-Za-z]/;

  test('the engine found the two quotes this test is about', () => {
    expect(document.quotes.map((quote) => quote.kind)).toEqual(['direct', 'direct']);
  });

  test.each([40, 50, 64, 80])('no line is wider than %i columns, in every view', (width) => {
    for (const render of [formatQuotes, formatNarration, formatSpeakers]) {
      for (const line of render(result, { color: 0, width }).split('\n')) {
        expect(textWidth(line), line).toBeLessThanOrEqual(width);
      }
    }
  });

  test('the text of a quote has lines of its own: no Latin letter on a line of Arabic quote text', () => {
    const output = formatQuotes(result, { color: 0, width: 40 });
    const quoted = document.quotes.map((quote) => `${quote.open}${quote.text}${quote.close}`);
    // The lines that hold words of a quote are the lines made of a piece of one quote and nothing else.
    const quoteLines = output.split('\n').filter((line) => /[؀-ۿ]/.test(line) && !line.includes('■'));
    const pieceOfAQuote = (line: string) => quoted.some((quote) => quote.includes(line.trim()));
    expect(quoteLines.filter(pieceOfAQuote).length).toBeGreaterThan(3);
    for (const line of quoteLines) expect(pieceOfAQuote(line) || !/«|»/.test(line), line).toBe(true);
    for (const line of quoteLines.filter(pieceOfAQuote)) expect(line, line).not.toMatch(latin);
    expect(output).toContain('\n    «سنفتتح عشرة مستشفيات جديدة قبل\n    نهاية العام،');
  });

  test('the whole quote comes back from its wrapped lines', () => {
    const output = formatQuotes(result, { color: 0, width: 40 });
    const lines = output.split('\n');
    const first = lines.findIndex((line) => line.includes('«سنفتتح'));
    const last = lines.findIndex((line) => line.includes('المشروع»'));
    const joined = lines
      .slice(first, last + 1)
      .map((line) => line.trim())
      .join(' ');
    expect(joined).toBe(`«${document.quotes[0]?.text}»`);
  });

  test('a speakers table cuts the first quote to the width, with an ellipsis', () => {
    const output = formatSpeakers(result, { color: 0, width: 60 });
    expect(output).toMatch(/\n {27}«سنفتتح عشرة مستشفيات جديدة قبل[^\n]*…»\n/);
  });
});

describe('the width comes from the terminal', () => {
  test.each([
    [undefined, 80],
    [120, 120],
    [45.5, 45],
    [5, 40],
    [0, 80],
  ])('columns %s: width %i', (columns, width) => {
    expect(reportWidth(columns)).toBe(width);
  });

  test('quotes extract on a 40-column terminal wraps to 40', async () => {
    const { stdout } = await runQuotes(['extract', '--narration', 'fixtures/two-speakers.txt'], {
      stdoutIsTTY: true,
      columns: 40,
      env: { NO_COLOR: '1' },
    });
    const lines = stdout.split('\n');
    expect(Math.max(...lines.map(textWidth))).toBeLessThanOrEqual(40);
    expect(Math.max(...lines.map(textWidth))).toBeGreaterThan(30);
  });
});
