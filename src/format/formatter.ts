/** What every output format receives, and what it must provide. */
import type { Quote, QuoteDocument } from '../types.js';

/** One processed input. */
export interface Result {
  /** The document `extract` returned, untouched. */
  document: QuoteDocument;
  /** The decoded text that the offsets of `document` point into. */
  text: string;
  /** The quotes to show: `document.quotes` after the `--speaker` and `--kind` filters. */
  quotes: readonly Quote[];
}

/** Colour support, as chalk counts it: 0 none, 1 basic, 2 256 colours, 3 truecolor. */
export type ColorLevel = 0 | 1 | 2 | 3;

export interface FormatOptions {
  /** What is printed: the quotes (`quotes extract`) or who is quoted (`quotes speakers`). */
  view: 'quotes' | 'speakers';
  /** Decided once by the command line; only the report uses it. */
  color: ColorLevel;
  /** The report shows the whole article, narration dimmed, instead of the list of quotes. */
  narration: boolean;
  /** More than one input was named: `json` prints an array even if only one could be read. */
  several: boolean;
  /** Columns of the terminal, for the report to wrap to (80 when standard output is not one). */
  width: number;
}

/**
 * An output format. `item` is written as soon as an input is processed (so `ndjson` streams),
 * after `before` of its place in the output; `end` once after the last input (so `json` can print
 * one value). Only a format that sets `keepsResults` is given the results at the end; the others
 * get none, so a run over a corpus holds one result at a time.
 *
 * `item` does not depend on where the input falls in the output: `--jobs` makes it in the worker
 * thread that processed the input, before the order is known; `before` is added in the main thread.
 */
export interface Formatter {
  /** What goes before the item written at `index` (0 the first): a header, a blank line between two. */
  before(index: number, options: FormatOptions): string;
  item(result: Result, options: FormatOptions): string;
  end(results: readonly Result[], options: FormatOptions): string;
  keepsResults: boolean;
}
