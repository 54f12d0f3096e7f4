/** `--strict` and `--min-quotes`: the checks an input can fail, which make the exit code 1. */
import type { Result } from '../format/formatter.js';

/** The checks asked for on the command line. */
export interface Checks {
  strict: boolean;
  minQuotes: number | undefined;
}

/**
 * The checks that this input fails, as phrases for `quotes: <where>: <phrase>`.
 *
 * @example
 * failedChecks(result, {strict: false, minQuotes: 2}) // ['1 speech quote, fewer than --min-quotes 2']
 */
export function failedChecks(result: Result, checks: Checks): string[] {
  const failures: string[] = [];
  if (checks.strict) {
    const malformed = result.document.warnings.filter(
      (warning) => warning.code === 'UNCLOSED_QUOTE' || warning.code === 'UNMATCHED_CLOSE',
    );
    const first = malformed[0];
    if (first) {
      const count =
        malformed.length === 1 ? '1 malformed quote mark' : `${malformed.length} malformed quote marks`;
      failures.push(`${count}, the first at ${first.line}:${first.column} (--strict)`);
    }
  }
  if (checks.minQuotes !== undefined) {
    const speech = result.quotes.filter((quote) => quote.kind !== 'mention').length;
    if (speech < checks.minQuotes) {
      failures.push(
        `${speech} speech ${speech === 1 ? 'quote' : 'quotes'}, fewer than --min-quotes ${checks.minQuotes}`,
      );
    }
  }
  return failures;
}
