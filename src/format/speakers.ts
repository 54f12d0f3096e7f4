/** Who is quoted, how often, under which names: the data of `quotes speakers`. */
import type { Result } from './formatter.js';

export interface SpeakerRow {
  /** Canonical name. */
  name: string;
  /** Other names the article uses for this speaker. */
  aliases: string[];
  /** Speech quotes shown (direct and partial). */
  quotes: number;
  direct: number;
  partial: number;
  /** The first speech quote shown for this speaker (its id and whole text); null when none is shown. */
  firstQuote: { id: number; text: string } | null;
}

/** What `quotes speakers --json` prints for one input. */
export interface SpeakersView {
  schemaVersion: 1;
  source: string | null;
  /** Most quoted first; ties in the order the document lists them. */
  speakers: SpeakerRow[];
  /** Speech quotes shown whose speaker was not found. */
  unattributed: number;
}

/**
 * Count the shown speech quotes of each speaker. Speakers of the document with no quote shown are
 * left out when a filter hid some quotes.
 *
 * @example
 * summarizeSpeakers(result).speakers[0]
 * // {name: 'فلاديمير بوتين', aliases: ['بوتين', 'الرئيس', 'الرئيس الروسي'], quotes: 16, direct: 13,
 * //  partial: 3, firstQuote: {id: 2, text: 'لم تكن لدى روسيا …'}}
 */
export function summarizeSpeakers(result: Result): SpeakersView {
  const { document, quotes } = result;
  const rows = new Map<string, SpeakerRow>();
  for (const speaker of document.speakers) {
    rows.set(speaker.name, {
      name: speaker.name,
      aliases: [...speaker.aliases],
      quotes: 0,
      direct: 0,
      partial: 0,
      firstQuote: null,
    });
  }
  let unattributed = 0;
  for (const quote of quotes) {
    if (quote.kind === 'mention') continue;
    if (!quote.speaker) {
      unattributed++;
      continue;
    }
    let row = rows.get(quote.speaker.name);
    if (!row) {
      row = { name: quote.speaker.name, aliases: [], quotes: 0, direct: 0, partial: 0, firstQuote: null };
      rows.set(row.name, row);
    }
    row.quotes++;
    row[quote.kind]++;
    row.firstQuote ??= { id: quote.id, text: quote.text };
  }
  const filtered = quotes.length !== document.quotes.length;
  const speakers = [...rows.values()]
    .filter((row) => !filtered || row.quotes > 0)
    // Array.prototype.sort is stable: ties keep the document's order.
    .sort((a, b) => b.quotes - a.quotes);
  return { schemaVersion: 1, source: document.source, speakers, unattributed };
}
