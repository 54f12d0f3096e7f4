/**
 * `--format markdown`: a heading and a table per input, for a newsroom wiki or a pull request.
 * Cells are escaped so that the text of an article can neither break the table (`|`, line
 * breaks) nor turn into markup or HTML (`*`, `_`, `` ` ``, `[`, `<`, `&`, …).
 */
import { escapeName, escapeUnsafe } from './escape.js';
import type { FormatOptions, Formatter, Result } from './formatter.js';
import { summarizeSpeakers } from './speakers.js';

/**
 * Text made safe for one cell of a GitHub-flavoured Markdown table: markup characters escaped by
 * a backslash, `<`, `>` and `&` as entities, line breaks as `<br>`, control characters as `\u`
 * escapes.
 *
 * @example
 * markdownCell('قال: "نعم | لا"\nثم غادر') // 'قال: "نعم \\| لا"<br>ثم غادر'
 */
export function markdownCell(text: string): string {
  return escapeUnsafe(text.replace(/\r\n?/g, '\n'))
    .replace(/[\\`*_[\]|~#]/g, (char) => `\\${char}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\n/g, '<br>');
}

/** One row of a table. */
function row(cells: readonly (string | number)[]): string {
  return `| ${cells.map((cell) => (typeof cell === 'number' ? String(cell) : cell)).join(' | ')} |`;
}

function heading(result: Result): string {
  const source = result.document.source;
  // A heading is one line: a line break in the name is shown as its escape, not as `<br>`.
  const name =
    source === null ? '(text)' : source === '-' ? '(standard input)' : markdownCell(escapeName(source));
  return `## ${name}`;
}

/**
 * One input as Markdown: `## source`, then the table of quotes (number, speaker, kind, quote with
 * its marks) or, for `quotes speakers`, of speakers.
 *
 * @example
 * formatMarkdown(result, {view: 'quotes'})
 * // '## article.txt\n\n| # | speaker | kind | quote |\n|---:|---|---|---|\n| 2 | فلاديمير بوتين | direct | "لم تكن …" |\n'
 */
export function formatMarkdown(result: Result, options: Pick<FormatOptions, 'view'>): string {
  const lines = [heading(result), ''];
  if (options.view === 'speakers') {
    const view = summarizeSpeakers(result);
    if (view.speakers.length === 0) lines.push('_No speaker quoted._');
    else {
      lines.push(row(['speaker', 'aliases', 'quotes', 'direct', 'partial', 'first quote']));
      lines.push('|---|---|---:|---:|---:|---|');
      for (const speaker of view.speakers) {
        lines.push(
          row([
            markdownCell(speaker.name),
            markdownCell(speaker.aliases.join('، ')),
            speaker.quotes,
            speaker.direct,
            speaker.partial,
            speaker.firstQuote ? markdownCell(`«${speaker.firstQuote.text}»`) : '',
          ]),
        );
      }
    }
    if (view.unattributed > 0) lines.push('', `${view.unattributed} speech quote(s) without a speaker.`);
    return `${lines.join('\n')}\n`;
  }
  if (result.quotes.length === 0) {
    lines.push('_No quotes._');
    return `${lines.join('\n')}\n`;
  }
  lines.push(row(['#', 'speaker', 'kind', 'quote']), '|---:|---|---|---|');
  for (const quote of result.quotes) {
    const speaker =
      quote.kind === 'mention'
        ? '_narration_'
        : quote.speaker
          ? markdownCell(quote.speaker.name)
          : '_unknown_';
    lines.push(
      row([quote.id, speaker, quote.kind, markdownCell(`${quote.open}${quote.text}${quote.close}`)]),
    );
  }
  return `${lines.join('\n')}\n`;
}

/** The markdown format: a section per input, a blank line between sections. */
export const markdown: Formatter = {
  keepsResults: false,
  before: (index) => (index > 0 ? '\n' : ''),
  item: (result, options) => formatMarkdown(result, options),
  end: () => '',
};
