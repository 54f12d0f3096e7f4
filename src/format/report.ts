/**
 * The report for people: the only module that colours. The command line decides the colour level
 * once; a level of 0 gives the same text without any escape sequence. Lines are wrapped to the
 * width of the terminal, and the text of a quote always has lines of its own, with no Latin label
 * beside it, so that a terminal with bidi support lays each of them out right to left.
 */
import { Chalk, type ChalkInstance, type ForegroundColorName } from 'chalk';
import type { Message, Quote } from '../types.js';
import { escapeName, escapeUnsafe } from './escape.js';
import type { ColorLevel, Formatter, Result } from './formatter.js';
import { speakerColors } from './palette.js';
import { summarizeSpeakers } from './speakers.js';
import { plural, summary } from './summary.js';
import { type Piece, renderLine, textWidth, truncate, wrapPieces } from './wrap.js';

export interface ReportOptions {
  color: ColorLevel;
  /** Columns to wrap to; 80 when not given. */
  width?: number;
}

/** The indent of a quote's text under its heading line. */
const quoteIndent = '    ';

/**
 * The quotes of one input, one per entry: a line with number, paragraph, kind and speaker in its
 * own colour, then the text on lines of its own, wrapped; mentions dimmed as narration; warnings;
 * the legend of speakers; a summary line.
 *
 * @example
 * formatQuotes(result, {color: 0, width: 80})
 * // '#2  ¶4  direct   فلاديمير بوتين (explicit)\n    "لم تكن لدى روسيا …"\n…'
 */
export function formatQuotes(result: Result, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color });
  const width = options.width ?? 80;
  const { document, quotes } = result;
  const colors = speakerColors(document);
  const idWidth = widest(quotes, (quote) => quote.id) + 1;
  const paragraphWidth = widest(quotes, (quote) => quote.paragraph) + 1;
  // The source is a path or a URL: one line, never broken inside a name or an escape.
  const lines = [chalk.bold(displaySource(document.source))];
  for (const quote of quotes) {
    const id = `#${quote.id}`.padEnd(idWidth);
    const paragraph = `¶${quote.paragraph}`.padEnd(paragraphWidth);
    const head = `  ${id}  ${paragraph}  ${quote.kind.padEnd(7)}  `;
    const label =
      quote.kind === 'mention'
        ? [{ text: 'narration', style: chalk.dim }]
        : speakerLabel(quote, colors, chalk);
    const labelWidth = label.reduce((sum, piece) => sum + textWidth(piece.text), 0);
    if (textWidth(head) + labelWidth <= width) {
      lines.push(`${chalk.dim(head)}${renderLine(label)}`);
    } else {
      // A narrow terminal: the speaker goes under the number, wrapped like the text.
      lines.push(chalk.dim(head.trimEnd()));
      appendAll(lines, layout(label, width, quoteIndent));
    }
    const style = quote.kind === 'mention' ? chalk.dim : undefined;
    appendAll(lines, layout(quotePieces(quote, chalk, style), width, quoteIndent));
  }
  appendAll(lines, formatWarnings(document.warnings, chalk, width));
  const legend = formatLegend(quotes, colors, chalk, width);
  if (legend.length > 0) {
    lines.push('');
    appendAll(lines, legend);
  }
  lines.push('');
  appendAll(lines, layout([{ text: summary(result) }], width));
  return `${lines.join('\n')}\n`;
}

/**
 * The whole article as "who speaks where", wrapped: narration dimmed, each quote in its speaker's
 * colour and followed by the speaker's name in brackets (`[؟]` when nobody was found); then the
 * warnings, the legend of speakers and the summary line.
 */
export function formatNarration(result: Result, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color });
  const width = options.width ?? 80;
  const { document, text } = result;
  // Offsets count code points; segments come in order, so one cursor walks the text once.
  const at = codePointCursor(text);
  const colors = speakerColors(document);
  const byId = new Map(document.quotes.map((quote) => [quote.id, quote]));
  const shown = new Set(result.quotes.map((quote) => quote.id));
  // Each line of the article is wrapped as soon as it is complete.
  const body: string[] = [];
  let paragraph: Piece[] = [];
  const add = (piece: Piece) => {
    const parts = piece.text.split('\n');
    for (const [index, part] of parts.entries()) {
      if (index > 0) {
        const wrapped = wrapPieces(paragraph, width);
        if (wrapped.length === 0) body.push('');
        else for (const line of wrapped) body.push(renderLine(line));
        paragraph = [];
      }
      if (part) paragraph.push({ text: part, style: piece.style });
    }
  };
  let position = 0;
  const narrate = (end: number) => {
    if (end > position) add({ text: displayBlock(text.slice(at(position), at(end))), style: chalk.dim });
  };
  for (const segment of document.segments) {
    const quote = segment.quote === undefined ? undefined : byId.get(segment.quote);
    if (segment.type !== 'quote' || !quote || quote.kind === 'mention' || !shown.has(quote.id)) continue;
    narrate(segment.start);
    const color = quote.speaker ? colors.get(quote.speaker.name) : undefined;
    const style = color ? chalk[color] : chalk.bold;
    add({ text: displayBlock(text.slice(at(segment.start), at(segment.end))), style });
    add(
      quote.speaker
        ? { text: ` [${escapeUnsafe(quote.speaker.name)}]`, style }
        : { text: ' [؟]', style: chalk.dim },
    );
    position = segment.end;
  }
  narrate(Number.POSITIVE_INFINITY);
  add({ text: '\n' });
  while (body.at(-1) === '') body.pop();
  // The source is a path or a URL: one line, never broken inside a name or an escape.
  const lines = [chalk.bold(displaySource(document.source))];
  lines.push('');
  appendAll(lines, body);
  lines.push('');
  const warnings = formatWarnings(document.warnings, chalk, width);
  if (warnings.length > 0) {
    appendAll(lines, warnings);
    lines.push('');
  }
  const legend = formatLegend(result.quotes, colors, chalk, width);
  if (legend.length > 0) {
    appendAll(lines, legend);
    lines.push('');
  }
  appendAll(lines, layout([{ text: summary(result) }], width));
  return `${lines.join('\n')}\n`;
}

/**
 * `quotes speakers`: a table of who is quoted, how often, and under which other names, with the
 * first quote of each speaker on a line of its own below, cut to the width.
 */
export function formatSpeakers(result: Result, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color });
  const width = options.width ?? 80;
  const view = summarizeSpeakers(result);
  const colors = speakerColors(result.document);
  const lines = [chalk.bold(displaySource(result.document.source))];
  const columns = '  quotes  direct  partial  ';
  // Names and first quotes sit in the last column when there is room for them there.
  const at = width - columns.length >= 30 ? ' '.repeat(columns.length) : quoteIndent;
  if (view.speakers.length > 0) {
    lines.push(chalk.dim(`${columns}speaker`));
    for (const row of view.speakers) {
      const counts = `  ${String(row.quotes).padStart(6)}  ${String(row.direct).padStart(6)}  ${String(row.partial).padStart(7)}`;
      const color = colors.get(row.name);
      const name: Piece[] = [{ text: escapeUnsafe(row.name), style: color ? chalk[color] : undefined }];
      if (row.aliases.length > 0) {
        name.push({ text: '  ' }, { text: `(${escapeUnsafe(row.aliases.join('، '))})`, style: chalk.dim });
      }
      if (at === quoteIndent) lines.push(counts, ...layout(name, width, at));
      else lines.push(...layout(name, width, `${counts}  `, at));
      if (row.firstQuote) {
        lines.push(`${at}«${truncate(escapeUnsafe(row.firstQuote.text), width - at.length - 2)}»`);
      }
    }
  }
  if (view.unattributed > 0) {
    const text = `${plural(view.unattributed, 'speech quote')} without a speaker`;
    lines.push(...layout([{ text, style: chalk.dim }], width, '  '));
  }
  const speech = view.speakers.reduce((sum, row) => sum + row.quotes, 0) + view.unattributed;
  const total = `${plural(view.speakers.length, 'speaker')}, ${plural(speech, 'speech quote')}`;
  lines.push('', ...layout([{ text: total }], width));
  return `${lines.join('\n')}\n`;
}

/** The report format: the list of quotes, the narration view, or the speakers table. */
export const report: Formatter = {
  before: (index) => (index > 0 ? '\n' : ''),
  item(result, options) {
    const render =
      options.view === 'speakers' ? formatSpeakers : options.narration ? formatNarration : formatQuotes;
    return render(result, options);
  },
  end: () => '',
  keepsResults: false,
};

/** The speaker of a quote in its colour, and how it was found. */
function speakerLabel(quote: Quote, colors: Map<string, ForegroundColorName>, chalk: ChalkInstance): Piece[] {
  if (!quote.speaker) return [{ text: 'speaker unknown', style: chalk.dim }];
  const color = colors.get(quote.speaker.name) ?? 'cyan';
  return [
    { text: escapeUnsafe(quote.speaker.name), style: chalk[color] },
    { text: ' ' },
    { text: `(${quote.speaker.resolution})`, style: chalk.dim },
  ];
}

/**
 * Pieces wrapped to the width: the first line after `first`, the others after `rest` (both spaces,
 * so that the indent counts as it is drawn).
 */
function layout(pieces: readonly Piece[], width: number, first = '', rest = first): string[] {
  const lines = wrapPieces(pieces, Math.max(1, width - Math.max(first.length, rest.length)));
  return lines.map((line, index) => `${index === 0 ? first : rest}${renderLine(line)}`);
}

/** A quote with its marks, its paragraphs joined by a dimmed pilcrow, ready to wrap. */
function quotePieces(quote: Quote, chalk: ChalkInstance, style?: (text: string) => string): Piece[] {
  const paragraphs = quote.text.split(/(?:\r\n|\r|\n)+/).map(escapeUnsafe);
  const pieces: Piece[] = [];
  for (const [index, paragraph] of paragraphs.entries()) {
    const open = index === 0 ? escapeUnsafe(quote.open) : '';
    const close = index === paragraphs.length - 1 ? escapeUnsafe(quote.close) : '';
    if (index > 0) pieces.push({ text: ' ¶ ', style: chalk.dim });
    pieces.push(
      style ? { text: `${open}${paragraph}${close}`, style } : { text: `${open}${paragraph}${close}` },
    );
  }
  return pieces;
}

/** The speakers of the quotes shown, each in its colour, one per line. */
function formatLegend(
  quotes: readonly Quote[],
  colors: Map<string, ForegroundColorName>,
  chalk: ChalkInstance,
  width: number,
): string[] {
  const names = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : [])))];
  if (names.length === 0) return [];
  return [
    chalk.dim('Speakers:'),
    ...names.flatMap((name) => {
      const style = chalk[colors.get(name) ?? 'cyan'];
      return layout([{ text: `■ ${escapeUnsafe(name)}`, style }], width, '  ', '    ');
    }),
  ];
}

function formatWarnings(warnings: readonly Message[], chalk: ChalkInstance, width: number): string[] {
  return warnings.flatMap((warning) =>
    layout(
      [
        { text: `${warning.line}:${warning.column}  warning`, style: chalk.yellow },
        { text: `  ${escapeUnsafe(warning.message)}  ` },
        { text: warning.code, style: chalk.dim },
      ],
      width,
      '  ',
      '      ',
    ),
  );
}

/** Digits of the largest number among the quotes; a loop, as a spread of 10⁵ arguments overflows the stack. */
function widest(quotes: readonly Quote[], number: (quote: Quote) => number): number {
  let width = 0;
  for (const quote of quotes) width = Math.max(width, String(number(quote)).length);
  return width;
}

/** `lines.push(...more)` without the spread, which overflows the stack for a hostile number of warnings. */
function appendAll(lines: string[], more: readonly string[]): void {
  for (const line of more) lines.push(line);
}

function displaySource(source: string | null): string {
  if (source === null) return '(text)';
  if (source === '-') return '(standard input)';
  return escapeName(source);
}

/**
 * The UTF-16 index of a code-point offset, for offsets asked in increasing order (an offset past
 * the end gives the length of the text).
 */
function codePointCursor(text: string): (offset: number) => number {
  let offset = 0;
  let index = 0;
  return (wanted) => {
    while (offset < wanted && index < text.length) {
      index += (text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1;
      offset++;
    }
    return index;
  };
}

/** A span of the article as lines: CRLF and CR become LF, the unsafe characters escaped. */
function displayBlock(text: string): string {
  return escapeUnsafe(text.replace(/\r\n?/g, '\n'));
}
