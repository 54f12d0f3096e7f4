/** `--speaker` and `--kind`: which quotes are shown. */
import { fold } from '../text/normalize.js';
import type { Quote, QuoteDocument, QuoteKind } from '../types.js';

/** Every kind, in the order help lists them. */
export const kinds: readonly QuoteKind[] = ['direct', 'partial', 'mention'];

export interface QuoteFilter {
  /** Names as typed; a quote is kept when its speaker answers to any of them. Empty: no filter. */
  speakers: readonly string[];
  /** Kinds kept. Empty: no filter. */
  kinds: readonly QuoteKind[];
}

/**
 * A name as it is compared: folded as the engine folds names (no diacritics, tatweel or invisible
 * marks; hamza seats of alef as bare alef; see `fold`), lower case, single spaces.
 *
 * @example
 * normalizeName('الرئيسُ  الروســي') === normalizeName('الرئيس الروسي') // true
 * normalizeName('إبراهيم') === normalizeName('ابراهيم') // true
 */
export function normalizeName(name: string): string {
  return fold(name).toLowerCase().replace(/\s+/g, ' ').trim();
}

/**
 * The quotes of a document that pass the filter, in document order. A speaker matches by its
 * canonical name, any alias in `document.speakers`, or the words that named it at that quote.
 */
export function filterQuotes(document: QuoteDocument, filter: QuoteFilter): Quote[] {
  const wanted = new Set(filter.speakers.map(normalizeName));
  const aliases = new Map(document.speakers.map((speaker) => [speaker.name, speaker.aliases]));
  return document.quotes.filter((quote) => {
    if (filter.kinds.length > 0 && !filter.kinds.includes(quote.kind)) return false;
    if (wanted.size === 0) return true;
    if (!quote.speaker) return false;
    const names = [quote.speaker.name, quote.speaker.mention, ...(aliases.get(quote.speaker.name) ?? [])];
    return names.some((name) => wanted.has(normalizeName(name)));
  });
}
