/** `--format ndjson`: one JSON document per line, written as each input finishes. */
import { stringifyJson } from './escape.js';
import type { FormatOptions, Formatter, Result } from './formatter.js';
import { toJsonValue } from './json.js';

/**
 * One input as one line of JSON (no line break inside: JSON escapes them in strings).
 *
 * @example
 * formatNdjsonLine(result, {view: 'quotes'}) // '{"schemaVersion":1,"source":"article.txt",…}\n'
 */
export function formatNdjsonLine(result: Result, options: Pick<FormatOptions, 'view'>): string {
  return `${stringifyJson(toJsonValue(result, options))}\n`;
}

/** The ndjson format: a line per input, nothing at the end. */
export const ndjson: Formatter = {
  before: () => '',
  item: (result, options) => formatNdjsonLine(result, options),
  end: () => '',
  keepsResults: false,
};
