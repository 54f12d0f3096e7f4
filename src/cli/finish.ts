/**
 * One article from text to what is written for it: the same steps in this thread (`--jobs 1`) and
 * in a worker thread (`worker.ts`). For a format that writes as it goes, the article is filtered,
 * formatted and checked where it was extracted, so that only strings cross between threads; for
 * `json` and `html`, which need every document at the end, the document itself comes back.
 */
import { extract } from '../extract.js';
import type { FormatOptions } from '../format/formatter.js';
import { type FormatName, loadedFormatter } from '../format/formatters.js';
import type { QuoteDocument } from '../types.js';
import { type Checks, failedChecks } from './checks.js';
import { filterQuotes, type QuoteFilter } from './filter.js';

/** One article to process. */
export interface Task {
  text: string;
  source: string;
  encoding?: string | undefined;
}

/**
 * How an article of a format that does not keep results is finished where it is extracted; the
 * thread loads the format (`loadFormatter`) before its first article.
 */
export interface Rendering {
  format: FormatName;
  options: FormatOptions;
  filter: QuoteFilter;
  checks: Checks;
}

/**
 * The document (no rendering asked), or the item text of the format and the checks it failed
 * (`before` of its place is the writer's), or the message of the error raised on that article.
 */
export type Outcome =
  | { ok: true; document: QuoteDocument }
  | { ok: true; output: string; failures: string[] }
  | { ok: false; error: string };

let finishedHere = 0;

/**
 * How many articles this thread has finished (with --jobs too: the first ones are finished here while
 * the workers start): bin/quotes.js writes its code cache only after the engine's code has run in its
 * own thread.
 */
export function articlesReadInProcess(): number {
  return finishedHere;
}

/**
 * Extract, and with a rendering filter, format and check. Never throws: an error of the engine or
 * of the format (output too long for a string, say) is the outcome of this article only.
 *
 * @example
 * finishArticle({text: 'قال الوزير: «نعم».', source: 'a.txt'}) // {ok: true, document: {…}}
 */
export function finishArticle(task: Task, rendering?: Rendering): Outcome {
  finishedHere++;
  try {
    const document = extract(task.text, { source: task.source, encoding: task.encoding });
    if (!rendering) return { ok: true, document };
    const result = { document, text: task.text, quotes: filterQuotes(document, rendering.filter) };
    return {
      ok: true,
      output: loadedFormatter(rendering.format).item(result, rendering.options),
      failures: failedChecks(result, rendering.checks),
    };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** The error of an article whose language could not be checked: franc did not load. */
export function francError(error: unknown): string {
  return `cannot load the language detector (franc): ${error instanceof Error ? error.message : String(error)}`;
}
