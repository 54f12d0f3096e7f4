// Grids of sentences: frames (the shapes a desk writes) crossed with fillers (people, titles, verbs), each
// combination read by the rule its frames state, so that a rule is tried on many words in many orders
// rather than on the one sentence it was written for. A module of its own, registering no test.
import { expect, it } from 'vitest';
import { extract } from '../../src/extract.js';
import { type Row, said } from './rows.js';

/**
 * Every combination of the `frames` slots, each with one value of every `fillers` slot, turned in order
 * (the n-th combination takes the n-th value of the first filler, and each later filler moves on one more
 * at every round of those before it, so that two fillers of one length do not go in step): every frame
 * meets every other, and every filler comes round, without the full product of all slots.
 */
export function crossed<
  F extends Record<string, readonly unknown[]>,
  V extends Record<string, readonly unknown[]>,
>(frames: F, fillers: V): Array<{ [K in keyof F]: F[K][number] } & { [K in keyof V]: V[K][number] }> {
  let combos: Array<Record<string, unknown>> = [{}];
  for (const [slot, values] of Object.entries(frames))
    combos = combos.flatMap((combo) => values.map((value) => ({ ...combo, [slot]: value })));
  return combos.map((combo, n) => {
    const filled: Record<string, unknown> = { ...combo };
    let turn = n;
    for (const [slot, values] of Object.entries(fillers)) {
      filled[slot] = values[turn % values.length];
      turn += Math.floor(n / values.length);
    }
    return filled as { [K in keyof F]: F[K][number] } & { [K in keyof V]: V[K][number] };
  });
}

/** A man or a woman: a grid's speakers come in both, and their verbs, pronouns and titles agree. */
export type Gender = 'm' | 'f';

/** The word for `gender`: the masculine or the feminine form (قال/قالت, مكتبه/مكتبها). */
export const gendered = (gender: Gender, m: string, f: string): string => (gender === 'm' ? m : f);

/**
 * One test per row of a grid (a grid holds hundreds): the spans, the warnings and who said each, read from
 * one extraction. A row with `gaps` runs as an expected failure, as runRows runs its attribution half;
 * a grid's gaps are all in attribution, its spans plain quotes between marks.
 */
export function runGrid(rows: readonly Row[]): void {
  for (const row of rows) {
    (row.gaps ? it.fails : it)(row.what, () => {
      const doc = extract(row.text);
      expect(doc.quotes.map((q) => q.text)).toEqual(row.quotes.map(([text]) => text));
      expect(doc.warnings.map((w) => w.code)).toEqual(row.warnings ?? []);
      expect(said(doc)).toEqual(row.quotes);
    });
  }
}
