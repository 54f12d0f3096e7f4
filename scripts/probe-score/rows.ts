// Stands in for test/support/rows.ts when scripts/probe-score.js runs the probes outside vitest: the probe
// files' `runRows` only collects their rows here, and score() runs each row's text through the engine
// of the tree this file is copied into.
import { extract } from '../../src/extract.js';

type Said = readonly [text: string, kind: string, speaker: string | null];
export interface Row {
  what: string;
  text: string;
  quotes: readonly Said[];
}

const collected: Row[] = [];

/**
 * The same articles as another newsroom's system might deliver them (PROBE_SCORE_VARIANT): `flat`, the
 * paragraph breaks lost; `headline`, the first paragraph kept on its own line (a headline or a lede
 * over a body whose breaks were lost) and the others joined into one line; `latin-comma`, ، typed as
 * a Latin comma; `tight`, no space after punctuation; `straight`, every mark a straight one. The
 * expected quotes' texts are changed alike (for `headline`, joined as in `flat`: a quote running from
 * the first paragraph into the second then counts wrong).
 */
const VARIANTS: Record<string, (text: string) => string> = {
  flat: (text) => text.replace(/\s*\n+\s*/g, ' '),
  headline: (text) => {
    const [first = '', ...rest] = text.split(/\s*\n+\s*/);
    return rest.length === 0 ? text : `${first}\n\n${rest.join(' ')}`;
  },
  'latin-comma': (text) => text.replaceAll('،', ','),
  tight: (text) => text.replace(/([،,.:؛]) +/g, '$1'),
  straight: (text) => text.replace(/[«»“”]/g, '"'),
};
const variant = VARIANTS[process.env.PROBE_SCORE_VARIANT ?? ''] ?? ((text: string) => text);
/** The variant of an expected quote's text: a quote is in the body, joined, under a headline. */
const quoteVariant = process.env.PROBE_SCORE_VARIANT === 'headline' ? (VARIANTS.flat ?? variant) : variant;

export function runRows(rows: readonly Row[]): void {
  collected.push(...rows);
}

export const said = (text: string): Said[] =>
  extract(text).quotes.map((q) => [q.text, q.kind, q.speaker?.name ?? null]);

/** The collected rows scored and forgotten: articles wholly right, speech quotes and mentions right. */
export function score(): Record<string, number> {
  const figures = { rows: 0, rowsRight: 0, speech: 0, speechRight: 0, mentions: 0, mentionsRight: 0 };
  for (const row of collected.splice(0)) {
    const got = said(variant(row.text));
    const unused = [...got];
    let wrong = got.length !== row.quotes.length;
    for (const [written, kind, speaker] of row.quotes) {
      const text = quoteVariant(written);
      // The quote with the same text (a span the engine misses counts wrong, never shifts the others).
      const at = unused.findIndex((q) => q[0] === text);
      const found = at >= 0 ? (unused.splice(at, 1)[0] as Said) : null;
      if (kind === 'mention') {
        figures.mentions++;
        if (found?.[1] === 'mention') figures.mentionsRight++;
        else wrong = true;
      } else {
        figures.speech++;
        // As npm run eval's end-to-end: a speech span with its speaker (direct and partial alike).
        if (found && found[1] !== 'mention' && found[2] === speaker) figures.speechRight++;
        else wrong = true;
      }
      if (found && found[1] !== kind) wrong = true;
    }
    figures.rows++;
    if (!wrong) figures.rowsRight++;
  }
  return figures;
}
