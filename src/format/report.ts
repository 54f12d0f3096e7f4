/**
 * The report for people: the only module that colours. The command line decides the colour level
 * once; a level of 0 gives the same text without any escape sequence.
 */
import { Chalk, type ChalkInstance, type ForegroundColorName } from 'chalk';
import type { Message, Quote, QuoteDocument } from '../types.js';
import { escapeUnsafe } from './escape.js';
import type { ColorLevel, Formatter, Result } from './formatter.js';
import { summarizeSpeakers } from './speakers.js';

/** Speaker colours, given in order of first appearance; red last, as it reads like an error. */
const palette: readonly ForegroundColorName[] = [
  'cyan',
  'magenta',
  'yellow',
  'green',
  'blue',
  'cyanBright',
  'magentaBright',
  'yellowBright',
  'greenBright',
  'blueBright',
  'red',
  'redBright',
];

export interface ReportOptions {
  color: ColorLevel;
}

/**
 * The quotes of one input, one per entry: number, paragraph, kind, speaker in its own colour, and
 * the text on the next line; mentions dimmed as narration; warnings; a summary line.
 *
 * @example
 * formatQuotes(result, {color: 0})
 * // '#2  ¶4  direct   فلاديمير بوتين (explicit)\n    "لم تكن لدى روسيا …"\n…'
 */
export function formatQuotes(result: Result, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color });
  const { document, quotes } = result;
  const colors = speakerColors(document);
  const idWidth = Math.max(0, ...quotes.map((quote) => String(quote.id).length)) + 1;
  const paragraphWidth = Math.max(0, ...quotes.map((quote) => String(quote.paragraph).length)) + 1;
  const lines = [chalk.bold(displaySource(document.source))];
  for (const quote of quotes) {
    const id = `#${quote.id}`.padEnd(idWidth);
    const paragraph = `¶${quote.paragraph}`.padEnd(paragraphWidth);
    const head = `  ${id}  ${paragraph}  ${quote.kind.padEnd(7)}  `;
    const text = `    ${escapeUnsafe(quote.open)}${oneLine(quote.text, chalk)}${escapeUnsafe(quote.close)}`;
    if (quote.kind === 'mention') {
      lines.push(chalk.dim(`${head}narration`), chalk.dim(text));
    } else {
      lines.push(`${chalk.dim(head)}${speakerLabel(quote, colors, chalk)}`, text);
    }
  }
  lines.push(...formatWarnings(document.warnings, chalk), '', summary(result));
  return `${lines.join('\n')}\n`;
}

/**
 * The whole article as "who speaks where": narration dimmed, each quote in its speaker's colour
 * and followed by the speaker's name; then the warnings and the summary line.
 */
export function formatNarration(result: Result, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color });
  const { document, text } = result;
  const chars = Array.from(text);
  const colors = speakerColors(document);
  const byId = new Map(document.quotes.map((quote) => [quote.id, quote]));
  const shown = new Set(result.quotes.map((quote) => quote.id));
  let out = '';
  let position = 0;
  const narrate = (end: number) => {
    if (end > position) out += chalk.dim(displayBlock(chars.slice(position, end).join('')));
  };
  for (const segment of document.segments) {
    const quote = segment.quote === undefined ? undefined : byId.get(segment.quote);
    if (segment.type !== 'quote' || !quote || quote.kind === 'mention' || !shown.has(quote.id)) continue;
    narrate(segment.start);
    const spoken = displayBlock(chars.slice(segment.start, segment.end).join(''));
    const color = quote.speaker ? colors.get(quote.speaker.name) : undefined;
    out += color ? chalk[color](spoken) : chalk.bold(spoken);
    out += ` ${color ? chalk[color](`[${escapeUnsafe(quote.speaker?.name ?? '')}]`) : chalk.dim('[speaker unknown]')}`;
    position = segment.end;
  }
  narrate(chars.length);
  const lines = [chalk.bold(displaySource(document.source)), '', out.replace(/\n+$/, ''), ''];
  const warnings = formatWarnings(document.warnings, chalk);
  if (warnings.length > 0) lines.push(...warnings, '');
  lines.push(summary(result));
  return `${lines.join('\n')}\n`;
}

/** `quotes speakers`: a table of who is quoted, how often, and under which other names. */
export function formatSpeakers(result: Result, options: ReportOptions): string {
  const chalk = new Chalk({ level: options.color });
  const view = summarizeSpeakers(result);
  const colors = speakerColors(result.document);
  const lines = [chalk.bold(displaySource(result.document.source))];
  if (view.speakers.length > 0) {
    lines.push(chalk.dim('  quotes  direct  partial  speaker'));
    for (const row of view.speakers) {
      const counts = `  ${String(row.quotes).padStart(6)}  ${String(row.direct).padStart(6)}  ${String(row.partial).padStart(7)}  `;
      const color = colors.get(row.name);
      const name = escapeUnsafe(row.name);
      const aliases = row.aliases.length ? chalk.dim(`  (${escapeUnsafe(row.aliases.join('، '))})`) : '';
      lines.push(`${counts}${color ? chalk[color](name) : name}${aliases}`);
    }
  }
  if (view.unattributed > 0) {
    lines.push(chalk.dim(`  ${plural(view.unattributed, 'speech quote')} without a speaker`));
  }
  const speech = view.speakers.reduce((sum, row) => sum + row.quotes, 0) + view.unattributed;
  lines.push('', `${plural(view.speakers.length, 'speaker')}, ${plural(speech, 'speech quote')}`);
  return `${lines.join('\n')}\n`;
}

/** The report format: the list of quotes, the narration view, or the speakers table. */
export const report: Formatter = {
  item(result, index, options) {
    const render =
      options.view === 'speakers' ? formatSpeakers : options.narration ? formatNarration : formatQuotes;
    return `${index > 0 ? '\n' : ''}${render(result, options)}`;
  },
  end: () => '',
  keepsResults: false,
};

/** A colour per speaker, by order of first appearance among all the quotes, so filters keep it. */
function speakerColors(document: QuoteDocument): Map<string, ForegroundColorName> {
  const colors = new Map<string, ForegroundColorName>();
  for (const quote of document.quotes) {
    const name = quote.speaker?.name;
    if (name !== undefined && !colors.has(name)) {
      colors.set(name, palette[colors.size % palette.length] ?? 'cyan');
    }
  }
  return colors;
}

function speakerLabel(quote: Quote, colors: Map<string, ForegroundColorName>, chalk: ChalkInstance): string {
  if (!quote.speaker) return chalk.dim('speaker unknown');
  const color = colors.get(quote.speaker.name) ?? 'cyan';
  return `${chalk[color](escapeUnsafe(quote.speaker.name))} ${chalk.dim(`(${quote.speaker.resolution})`)}`;
}

function formatWarnings(warnings: readonly Message[], chalk: ChalkInstance): string[] {
  return warnings.map(
    (warning) =>
      `  ${chalk.yellow(`${warning.line}:${warning.column}`)}  ${chalk.yellow('warning')}  ${escapeUnsafe(warning.message)}  ${chalk.dim(warning.code)}`,
  );
}

/** "18 quotes (16 speech, 2 mentions), 1 speaker, 0 warnings"; "3 of 18 quotes …" when filtered. */
function summary(result: Result): string {
  const { document, quotes } = result;
  const mentions = quotes.filter((quote) => quote.kind === 'mention').length;
  const speakers = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []))).size;
  const count =
    quotes.length === document.quotes.length
      ? plural(quotes.length, 'quote')
      : `${quotes.length} of ${plural(document.quotes.length, 'quote')}`;
  return `${count} (${quotes.length - mentions} speech, ${plural(mentions, 'mention')}), ${plural(speakers, 'speaker')}, ${plural(document.warnings.length, 'warning')}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

function displaySource(source: string | null): string {
  if (source === null) return '(text)';
  if (source === '-') return '(standard input)';
  return escapeUnsafe(source);
}

/** A quote on one line: its line breaks shown as a dimmed pilcrow. */
function oneLine(text: string, chalk: ChalkInstance): string {
  return text
    .split(/(?:\r\n|\r|\n)+/)
    .map(escapeUnsafe)
    .join(chalk.dim(' ¶ '));
}

/** A span of the article as lines: CRLF and CR become LF, the unsafe characters escaped. */
function displayBlock(text: string): string {
  return escapeUnsafe(text.replace(/\r\n?/g, '\n'));
}
