/** `--format json`: one value for the whole run, pretty-printed for people and `jq` alike. */
import { stringifyJson } from './escape.js';
import type { FormatOptions, Formatter, Result } from './formatter.js';
import { summarizeSpeakers } from './speakers.js';

/**
 * What one input becomes in JSON: for `quotes extract` the document of PRODUCT.md with `quotes`
 * filtered (`segments` and `speakers` as extracted); for `quotes speakers` the speaker table.
 */
export function toJsonValue(result: Result, options: Pick<FormatOptions, 'view'>): unknown {
  if (options.view === 'speakers') return summarizeSpeakers(result);
  return { ...result.document, quotes: result.quotes };
}

/**
 * One document for one input (nothing if it could not be read); an array of the documents that
 * could be read when several inputs were named. Indented by two spaces; bidi and C1 controls are
 * written as `\u` escapes so that a terminal shows them harmlessly.
 *
 * @example
 * formatJson([result], {view: 'quotes', several: false}) // '{\n  "schemaVersion": 1,\n  …}\n'
 */
export function formatJson(
  results: readonly Result[],
  options: Pick<FormatOptions, 'view' | 'several'>,
): string {
  const values = results.map((result) => toJsonValue(result, options));
  if (options.several) return `${stringifyJson(values, 2)}\n`;
  // The one input could not be read: print nothing rather than a `null` that looks like a result.
  return values.length > 0 ? `${stringifyJson(values[0], 2)}\n` : '';
}

/** The json format: nothing until every input is done, then one value. */
export const json: Formatter = {
  before: () => '',
  item: () => '',
  end: (results, options) => formatJson(results, options),
  keepsResults: true,
};
