import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extract } from '../src/extract.js';
import type { QuoteDocument } from '../src/types.js';
import { attributionRows } from './support/attribution-rows.js';
import { scanRows } from './support/scan-rows.js';

const seedText = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');

/** Inputs on the edges of the scan, besides the sentences of the scan and attribution tables. */
const edgeTexts: ReadonlyArray<readonly [string, string]> = [
  [
    'an unclosed guillemet',
    'أعلنت الحكومة خطة جديدة للنقل العام.\nوقال المسؤول جمال الحسن: «لن نتراجع عن القرار.',
  ],
  ['a stray closer', 'وأوضح المصدر أن المفاوضات توقفت» منذ يومين.'],
  ['CRLF line endings', 'وقال الوزير باسل الراشد: «الموازنة جاهزة».\r\n\r\nوأضاف: «سنعرضها غدا».\r\n'],
  ['emoji before and inside a quote', '🇸🇦 وقال المتحدث فهد الغامدي: «الموسم بدأ بنجاح 🎉».'],
  ['an empty quote', 'وقال: «».'],
  ['a lone straight quote', 'وقال الوزير: "'],
  ['an opener as the last character', 'وقال الوزير: «'],
  ['marks only', '«»"“”'],
  ['blank lines only', '\n\n\r\n'],
  ['a text with no quote', 'افتتح رئيس البلدية الحديقة العامة بعد ترميمها.'],
];

const cases: ReadonlyArray<readonly [string, string]> = [
  ['the seed article', seedText],
  ...scanRows.map((row) => [`scan: ${row.what}`, row.text] as const),
  ...attributionRows.map((row) => [`attribution: ${row.what}`, row.text] as const),
  ...edgeTexts.map(([what, text]) => [`edge: ${what}`, text] as const),
];

/** 1-based line and column of a code-point offset; CRLF, LF and CR each end one line. */
function lineColumn(points: readonly string[], offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = points[i];
    if (c === '\n' || (c === '\r' && points[i + 1] !== '\n')) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The properties every document must have, whatever the text. */
function expectWellFormed(text: string, doc: QuoteDocument): void {
  const points = [...text];
  const slice = (start: number, end: number) => points.slice(start, end).join('');

  // Segments tile [0, length) in order, without gap or overlap.
  let at = 0;
  for (const segment of doc.segments) {
    expect(segment.start, 'a segment starts where the previous one ends').toBe(at);
    expect(segment.end, 'a segment is not empty').toBeGreaterThan(segment.start);
    at = segment.end;
  }
  expect(at, 'the segments reach the end of the text').toBe(points.length);

  // Ids are 1..n in order of the opening mark.
  expect(doc.quotes.map((q) => q.id)).toEqual(doc.quotes.map((_, i) => i + 1));
  for (let i = 1; i < doc.quotes.length; i++) {
    expect(doc.quotes[i]?.start).toBeGreaterThan(doc.quotes[i - 1]?.start ?? -1);
  }

  for (const quote of doc.quotes) {
    expect(slice(quote.start, quote.end), `quote ${quote.id} is the slice of its offsets`).toBe(quote.text);
    expect(points[quote.start - 1], `quote ${quote.id} starts right after its opening mark`).toBe(quote.open);
    if (quote.close !== '') expect(points[quote.end]).toBe(quote.close);
    expect(quote.paragraph).toBeGreaterThanOrEqual(1);
    if (quote.kind === 'mention') expect(quote.speaker, 'a mention has no speaker').toBeNull();

    const segments = doc.segments.filter((s) => s.type === 'quote' && s.quote === quote.id);
    if (quote.parent === null) {
      // A top-level quote has one segment, its marks included.
      expect(segments).toEqual([
        {
          type: 'quote',
          start: quote.start - 1,
          end: quote.close === '' ? quote.end : quote.end + 1,
          quote: quote.id,
        },
      ]);
    } else {
      // A nested quote lies inside its parent and has no segment of its own.
      const parent = doc.quotes[quote.parent - 1];
      expect(quote.parent).toBeLessThan(quote.id);
      expect(quote.start).toBeGreaterThan(parent?.start ?? Number.POSITIVE_INFINITY);
      expect(quote.end).toBeLessThanOrEqual(parent?.end ?? -1);
      expect(segments).toEqual([]);
    }
  }

  for (const segment of doc.segments.filter((s) => s.type === 'quote')) {
    expect(doc.quotes[(segment.quote ?? 0) - 1]?.parent, 'a quote segment is a top-level quote').toBeNull();
  }

  // The speakers summary counts the attributed speech quotes.
  const attributed = doc.quotes.filter((q) => q.kind !== 'mention' && q.speaker !== null);
  expect(doc.speakers.reduce((sum, s) => sum + s.quotes, 0)).toBe(attributed.length);
  for (const quote of attributed) {
    expect(doc.speakers.map((s) => s.name)).toContain(quote.speaker?.name);
  }

  for (const warning of doc.warnings) {
    expect(warning.offset).toBeGreaterThanOrEqual(0);
    expect(warning.offset).toBeLessThanOrEqual(points.length);
    expect({ line: warning.line, column: warning.column }).toEqual(lineColumn(points, warning.offset));
  }
}

describe('invariants over every sentence of the tables, the seed and edge inputs', () => {
  it.each(cases)('%s', (_, text) => {
    const doc = extract(text);
    expectWellFormed(text, doc);
    expect(extract(text), 'the same input gives the same document').toEqual(doc);
  });
});

describe('invariants: special inputs', () => {
  it('the empty string gives an empty document', () => {
    const doc = extract('');
    expect(doc.quotes).toEqual([]);
    expect(doc.segments).toEqual([]);
    expect(doc.speakers).toEqual([]);
    expect(doc.warnings).toEqual([]);
    expect(doc.schemaVersion).toBe(1);
  });

  it('a BOM at the start is removed and offsets count from after it', () => {
    const text = 'وقال وزير الصحة خالد المنصوري: «سنفتح ثلاثة مستشفيات جديدة».';
    const withBom = extract(`\uFEFF${text}`);
    expect(withBom).toEqual(extract(text));
    // « is the 32nd code point of the text without the BOM, so the quote starts at 32.
    expect(withBom.quotes[0]?.start).toBe(32);
    expect(withBom.segments.at(-1)?.end).toBe([...text].length);
    expectWellFormed(text, withBom);
  });

  it('the seed with a BOM and CRLF line endings gives the same quotes and speakers', () => {
    const doc = extract(`\uFEFF${seedText.replace(/\n/gu, '\r\n')}`);
    const plain = extract(seedText);
    expect(doc.quotes.map((q) => [q.text.replace(/\r\n/gu, '\n'), q.kind, q.speaker?.name])).toEqual(
      plain.quotes.map((q) => [q.text, q.kind, q.speaker?.name]),
    );
    expect(doc.speakers).toEqual(plain.speakers);
  });

  it('source is copied from the options, null without it', () => {
    expect(extract('نص', { source: 'a.txt' }).source).toBe('a.txt');
    expect(extract('نص').source).toBeNull();
  });
});
