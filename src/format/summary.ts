/** The one-line summary of an input, shared by the report and the HTML page. */
import type { Result } from './formatter.js';

/** "1 quote", "2 quotes". */
export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "18 quotes (16 speech, 2 mentions), 1 speaker, 0 warnings"; "3 of 18 quotes …" when filtered. */
export function summary(result: Result): string {
  const { document, quotes } = result;
  const mentions = quotes.filter((quote) => quote.kind === 'mention').length;
  const speakers = new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : []))).size;
  const count =
    quotes.length === document.quotes.length
      ? plural(quotes.length, 'quote')
      : `${quotes.length} of ${plural(document.quotes.length, 'quote')}`;
  return `${count} (${quotes.length - mentions} speech, ${plural(mentions, 'mention')}), ${plural(speakers, 'speaker')}, ${plural(document.warnings.length, 'warning')}`;
}
