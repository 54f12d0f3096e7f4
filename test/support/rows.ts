// The row shape every table test shares: a sentence or an article, the quotes a reader finds in it
// (text, kind, speaker), and `runRows`, which makes two tests of each row. A module of its own, registering
// no test, so that the many files that import it can share one worker's module cache.
import { expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import type { MessageCode, QuoteDocument, QuoteKind } from '../../src/types.js';

/** One quote as a reader sees it: its text between the marks, its kind, its speaker's canonical name. */
export type Said = readonly [text: string, kind: QuoteKind, speaker: string | null];

export interface Row {
  /** What the row shows, as the test's name. */
  what: string;
  text: string;
  /** Every quoted span, in order of the opening mark (an outer quote before the one nested in it). */
  quotes: readonly Said[];
  /** Warning codes expected; none when absent. */
  warnings?: readonly MessageCode[];
  /**
   * What the engine does not do yet (see the `engine gap` comment on the row): that half of the row runs
   * with `it.fails`. `spans`: the quoted texts and warnings; `attribution`: the kinds and speakers.
   */
  gaps?: readonly Aspect[];
}

export type Aspect = 'spans' | 'attribution';

export const said = (doc: QuoteDocument): Said[] =>
  doc.quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]);

/** Code-point slice of a text, the unit of every offset in the document. */
export const slice = (text: string, start: number, end: number): string =>
  [...text].slice(start, end).join('');

/**
 * Two tests per row: the spans the scan finds, then who said each (kind and speaker). Both read one
 * document: the core is pure, so the row's text is extracted once, by whichever test runs first.
 */
export function runRows(rows: readonly Row[]): void {
  const test = (row: Row, aspect: Aspect) => (row.gaps?.includes(aspect) ? it.fails : it);
  for (const row of rows) {
    let doc: QuoteDocument | undefined;
    const read = (): QuoteDocument => {
      doc ??= extract(row.text);
      return doc;
    };
    test(row, 'spans')(`${row.what} — spans`, () => {
      const { quotes, warnings } = read();
      expect(quotes.map((q) => q.text)).toEqual(row.quotes.map(([text]) => text));
      expect(warnings.map((w) => w.code)).toEqual(row.warnings ?? []);
    });
    test(row, 'attribution')(`${row.what} — kinds and speakers`, () => {
      expect(said(read())).toEqual(row.quotes);
    });
  }
}
