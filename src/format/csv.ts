/**
 * `--format csv`: one row per quote (or per speaker for `quotes speakers`), for spreadsheets.
 * RFC 4180: comma-separated, CRLF line ends, a cell in double quotes when it holds a comma, a
 * quote or a line break, its quotes doubled; one header row for the whole run.
 *
 * The output starts with a UTF-8 byte order mark: Excel, the spreadsheet most newsrooms open a
 * CSV with, reads a file without one in the local ANSI code page and turns Arabic into mojibake;
 * LibreOffice, Google Sheets, pandas and Python's `utf-8-sig` skip the mark.
 */
import { escapeName, escapeUnsafe } from './escape.js';
import type { FormatOptions, Formatter, Result } from './formatter.js';
import { summarizeSpeakers } from './speakers.js';

/** A value of a cell: text, a number, or nothing (an empty cell). */
export type Cell = string | number | null;

/** The byte order mark written once before the header. */
export const BOM = '\uFEFF';

/** The columns of `quotes extract --format csv`. */
export const quoteColumns = [
  'source',
  'id',
  'kind',
  'speaker',
  'mention',
  'resolution',
  'cue',
  'paragraph',
  'start',
  'end',
  'text',
] as const;

/** The columns of `quotes speakers --format csv`. */
export const speakerColumns = [
  'source',
  'speaker',
  'aliases',
  'quotes',
  'direct',
  'partial',
  'first_quote_id',
  'first_quote',
] as const;

/**
 * A text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage
 * return before one) gets a leading `'`, which spreadsheets show as text (OWASP's advice).
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * One cell as RFC 4180 writes it. Text is neutralised against formulas; its line breaks become
 * LF; control characters are written as `\u` escapes, as in the report.
 *
 * @example
 * csvCell('قال: "لا"، ثم غادر') // '"قال: ""لا""، ثم غادر"'
 * csvCell('=1+1') // "'=1+1"
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = neutralizeFormula(escapeUnsafe(value.replace(/\r\n?/g, '\n')));
  return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A row: the cells joined by commas, ended by CRLF. */
export function csvRow(cells: readonly Cell[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** The rows of one input, without the header. */
export function csvRows(result: Result, options: Pick<FormatOptions, 'view'>): string {
  // The source cell is a name, on one line: a line break in it is shown as its escape.
  const source = result.document.source === null ? null : escapeName(result.document.source);
  if (options.view === 'speakers') {
    return summarizeSpeakers(result)
      .speakers.map((row) =>
        csvRow([
          source,
          row.name,
          row.aliases.join('; '),
          row.quotes,
          row.direct,
          row.partial,
          row.firstQuote?.id ?? null,
          row.firstQuote?.text ?? null,
        ]),
      )
      .join('');
  }
  return result.quotes
    .map((quote) =>
      csvRow([
        source,
        quote.id,
        quote.kind,
        quote.speaker?.name ?? null,
        quote.speaker?.mention ?? null,
        quote.speaker?.resolution ?? null,
        quote.cue,
        quote.paragraph,
        quote.start,
        quote.end,
        quote.text,
      ]),
    )
    .join('');
}

/** The csv format: the mark and the header before the first input's rows, then rows as inputs finish. */
export const csv: Formatter = {
  keepsResults: false,
  before(index, options) {
    const header = options.view === 'speakers' ? speakerColumns : quoteColumns;
    return index === 0 ? BOM + csvRow(header) : '';
  },
  item: (result, options) => csvRows(result, options),
  end: () => '',
};
