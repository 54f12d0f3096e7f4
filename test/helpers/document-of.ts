/** Documents written by hand, so that formatters are tested without the engine. */
import type { Result } from '../../src/format/formatter.js';
import type { Message, Quote, QuoteDocument, QuoteKind, Segment } from '../../src/types.js';

/** Narration as a string; a quote as its inner text, kind, speaker and the words that named it. */
export type Part =
  | string
  | {
      quote: string;
      kind: QuoteKind;
      speaker?: string;
      mention?: string;
      cue?: string;
      open?: string;
      close?: string;
    };

/**
 * The text made of `parts` and its document: quotes marked `«…»` (or the marks given), segments
 * tiling the text, speakers in order of first quote, offsets in code points.
 */
export function documentOf(
  parts: Part[],
  warnings: Message[] = [],
  source: string | null = 'article.txt',
): Result {
  let text = '';
  const quotes: Quote[] = [];
  const segments: Segment[] = [];
  const length = () => Array.from(text).length;
  for (const part of parts) {
    const start = length();
    if (typeof part === 'string') {
      text += part;
      segments.push({ type: 'narration', start, end: length() });
      continue;
    }
    const id = quotes.length + 1;
    const open = part.open ?? '«';
    const close = part.close ?? '»';
    text += open;
    const inner = length();
    text += part.quote;
    const innerEnd = length();
    text += close;
    segments.push({ type: 'quote', start, end: length(), quote: id });
    quotes.push({
      id,
      text: part.quote,
      kind: part.kind,
      start: inner,
      end: innerEnd,
      paragraph: text.split('\n').length,
      open,
      close,
      speaker: part.speaker
        ? {
            name: part.speaker,
            mention: part.mention ?? part.speaker,
            resolution: part.mention ? 'alias' : 'explicit',
          }
        : null,
      cue: part.cue ?? null,
      parent: null,
    });
  }
  const names = [...new Set(quotes.flatMap((quote) => (quote.speaker ? [quote.speaker.name] : [])))];
  const document: QuoteDocument = {
    schemaVersion: 1,
    source,
    language: { code: 'arb', name: 'Arabic' },
    quotes,
    speakers: names.map((name) => ({
      name,
      aliases: [
        ...new Set(
          quotes.flatMap((q) =>
            q.speaker?.name === name && q.speaker.mention !== name ? [q.speaker.mention] : [],
          ),
        ),
      ],
      quotes: quotes.filter((quote) => quote.speaker?.name === name && quote.kind !== 'mention').length,
    })),
    segments,
    warnings,
  };
  return { document, text, quotes };
}

/** The same result with only the quotes that `keep` accepts shown, as the CLI filters do. */
export function only(result: Result, keep: (quote: Quote) => boolean): Result {
  return { ...result, quotes: result.document.quotes.filter(keep) };
}
