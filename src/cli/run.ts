/**
 * The command line as a function: arguments and streams in, exit code out. Exit codes are decided
 * here and nowhere else: 0 done, 1 a check asked for failed, 2 usage error, unreadable input or a
 * bad JSON line.
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { type Command, CommanderError } from 'commander';
import { escapeUnsafe } from '../format/escape.js';
import type { FormatOptions, Result } from '../format/formatter.js';
import { loadFormatter } from '../format/formatters.js';
import { type ByteSource, STDIN } from '../input/read-input.js';
import { defaultExtensions, type Item, planArticles, readArticles } from './articles.js';
import { failedChecks } from './checks.js';
import { decideColorLevel } from './color.js';
import { AHEAD, EngineError, inProcess, type Outcome, type Rendering, workerPool } from './engine.js';
import { filterQuotes } from './filter.js';
import { mapOrdered } from './ordered.js';
import { type CommandOptions, createProgram, NO_COMMAND, readVersion, USAGE_ERROR } from './program.js';
import { ProgressLine } from './progress.js';
import { readSchema } from './schemas.js';

/** Bytes of articles in flight per thread, beyond which no more is read ahead. */
const IN_FLIGHT_BYTES = 16 << 20;

export const OK = 0;
export const CHECK_FAILED = 1;

/** Somewhere to write text, such as `process.stdout`. */
export interface OutputStream {
  /** False when the stream wants the writer to wait for `drain` (Node streams). */
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Width of the terminal, when the stream is one. */
  columns?: number;
  once?(event: 'drain', listener: () => void): unknown;
}

/** The process as `run` sees it; tests pass fakes. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read only for `-` or when no file is named; `isTTY` true means nobody is piping text in. */
  stdin: ByteSource & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
  /** Milliseconds from any origin, for the progress line; `performance.now` when absent. */
  now?: () => number;
}

/**
 * Run `quotes` with the arguments after the program name.
 * Never throws and never exits the process: every error is one line on `io.stderr`.
 *
 * @example
 * await run(['extract', '--json', 'article.txt'], io) // 0, and the document on io.stdout
 */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  const stderr = trackLineEnd(io.stderr);
  let code = OK;
  try {
    const program = createProgram(
      {
        extract: async (files, options, command) => {
          code = await processInputs(files, options, 'quotes', io, command);
        },
        speakers: async (files, options, command) => {
          code = await processInputs(files, options, 'speakers', io, command);
        },
        schema: async (name) => {
          io.stdout.write(readSchema(name));
        },
      },
      readVersion(),
    );
    configureOutput(program, io, stderr);
    if (argv.length === 0) {
      // Commander would print the whole help on stderr; one line says what is missing.
      stderr.write(`quotes: ${NO_COMMAND}\n`);
      return USAGE_ERROR;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help and version exit with 0; every other way out of commander is a usage error.
      if (!stderr.atLineStart()) stderr.write('\n');
      return error.exitCode === 0 ? OK : USAGE_ERROR;
    }
    stderr.write(`quotes: internal error: ${describe(error)}\n`);
    return USAGE_ERROR;
  }
}

/** Commander's output into `io`; its error becomes our one line: `quotes: <message> (see …)`. */
function configureOutput(program: Command, io: Io, stderr: OutputStream): void {
  const configuration = {
    writeOut: (text: string) => io.stdout.write(text),
    writeErr: (text: string) => stderr.write(text),
    // The line is finished by the hint of showHelpAfterError, written right after it.
    outputError: (text: string, write: (text: string) => void) =>
      write(`quotes: ${oneLine(text.replace(/^error: /, ''))} `),
  };
  for (const command of [program, ...program.commands]) command.configureOutput(configuration);
}

async function processInputs(
  files: string[],
  options: CommandOptions,
  view: FormatOptions['view'],
  io: Io,
  command: Command,
): Promise<number> {
  if (files.length === 0 && io.stdin.isTTY) {
    command.error('no input: name a file, or pipe an article into standard input', {
      exitCode: USAGE_ERROR,
      code: 'quotes.noInput',
    });
  }
  let code = OK;
  const progressing = !options.quiet && io.stderr.isTTY === true;
  let progress: ProgressLine | undefined;
  /** A line on stderr, the progress line out of its way. */
  const say = (line: string) => {
    progress?.clear();
    io.stderr.write(`quotes: ${line}\n`);
  };

  const articleOptions = {
    input: options.input,
    extensions: options.extensions ?? defaultExtensions[options.input],
    fields: { textField: options.textField, idField: options.idField },
    stdin: io.stdin,
    read: { encoding: options.encoding, timeoutMs: options.timeout * 1000 },
  };
  const plan = await planArticles(files.length > 0 ? files : [STDIN], articleOptions, (line, failed) => {
    say(line);
    if (failed) code = Math.max(code, USAGE_ERROR);
  });
  if (progressing) {
    progress = new ProgressLine(io.stderr, {
      now: io.now ?? (() => performance.now()),
      total: plan.total,
      totalBytes: plan.totalBytes,
    });
  }

  const formatter = await loadFormatter(options.format);
  const formatOptions: FormatOptions = {
    view,
    color: decideColorLevel({ color: options.color, env: io.env, isTTY: io.stdout.isTTY === true }),
    narration: options.narration,
    several: plan.several,
    width: reportWidth(io.stdout.columns),
  };
  const filter = { speakers: options.speakers, kinds: options.kinds };
  const results: Result[] = [];
  let written = 0;

  // One known article gains nothing from a thread that takes longer to start than the work takes.
  const jobs = plan.total === 1 ? 1 : (options.jobs ?? availableParallelism());
  // A format that writes as it goes gets each article's text where the article is extracted; json
  // and html need the documents themselves at the end.
  const rendering: Rendering | undefined = formatter.keepsResults
    ? undefined
    : {
        format: options.format,
        options: formatOptions,
        filter,
        checks: { strict: options.strict, minQuotes: options.minQuotes },
      };
  // --jobs N: N-1 workers run the engine and this thread reads and writes, working on articles
  // only while no worker is ready. Each thread that runs the engine compiles it afresh, and V8's
  // compiler and collector threads already take a share of a second core when one runs it: this
  // thread working beside one worker cost more CPU than it saved (README, Speed).
  const engine =
    jobs > 1 ? workerPool(jobs - 1, { rendering, inline: true, untilReady: true }) : inProcess(rendering);
  const work = (item: Item): Promise<[Item, Outcome | undefined]> =>
    item.ok
      ? engine
          .process({ text: item.text, source: item.source, encoding: item.encoding })
          .then((outcome) => [item, outcome])
      : Promise.resolve([item, undefined]);
  try {
    // In flight, more articles than the workers hold (`AHEAD` each): a worker that finishes its
    // batch while the oldest article is still in another's finds the next ones waiting, rather
    // than idling until the output moves on. Big articles are held back by their bytes, so that
    // memory does not grow with --jobs.
    for await (const [item, outcome] of mapOrdered(
      readArticles(plan.paths, articleOptions),
      work,
      jobs > 1 ? jobs * AHEAD * 4 : 4,
      { weigh: (item) => (item.ok ? item.bytes : 0), limit: IN_FLIGHT_BYTES * jobs },
    )) {
      if (!item.ok) {
        say(
          `${item.kind === 'bad-line' ? `${item.where}: ${item.reason} (skipped)` : `cannot read ${item.where}: ${item.reason}`}`,
        );
        code = Math.max(code, USAGE_ERROR);
        continue;
      }
      progress?.advance(item.bytes);
      if (!outcome?.ok) {
        // A bug of the engine on one input should not cost the others.
        say(
          `cannot process ${item.where}: internal error: ${oneLine(outcome?.error ?? '') || 'unknown error'}`,
        );
        code = Math.max(code, USAGE_ERROR);
        continue;
      }
      // Formatted and checked where it was extracted (see `finishArticle`), or here from its document.
      let { output, failures } = 'output' in outcome ? outcome : { output: '', failures: [] as string[] };
      if ('document' in outcome) {
        const result: Result = {
          document: outcome.document,
          text: item.text,
          quotes: filterQuotes(outcome.document, filter),
        };
        try {
          output = formatter.item(result, formatOptions);
        } catch (error) {
          // Output too long for a string, say: this input is lost, not the others.
          say(`cannot process ${item.where}: internal error: ${describe(error)}`);
          code = Math.max(code, USAGE_ERROR);
          continue;
        }
        if (formatter.keepsResults) results.push(result);
        failures = failedChecks(result, options);
      }
      await write(io.stdout, formatter.before(written, formatOptions) + output);
      written++;
      for (const failure of failures) {
        say(`${item.where}: ${failure}`);
        code = Math.max(code, CHECK_FAILED);
      }
    }
  } catch (error) {
    if (!(error instanceof EngineError)) throw error;
    say(`${oneLine(error.message)}`);
    code = Math.max(code, USAGE_ERROR);
  } finally {
    progress?.clear();
    await engine.close();
  }
  await write(io.stdout, formatter.end(results, formatOptions));
  return code;
}

/** The terminal's columns (80 when not a terminal), never fewer than 40: the narrowest the report's columns fit. */
export function reportWidth(columns: number | undefined): number {
  return columns !== undefined && Number.isFinite(columns) && columns > 0
    ? Math.max(40, Math.floor(columns))
    : 80;
}

/** Write, and wait while the reader is behind, so a slow pipe does not make the output pile up in memory. */
async function write(stream: OutputStream, text: string): Promise<void> {
  if (!text) return;
  if (stream.write(text) === false && stream.once) {
    await new Promise<void>((resolve) => stream.once?.('drain', () => resolve()));
  }
}

function describe(error: unknown): string {
  return oneLine(error instanceof Error ? error.message : String(error)) || 'unknown error';
}

/** Message text on one line, harmless to a terminal. */
function oneLine(text: string): string {
  return escapeUnsafe(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** A stream that remembers whether its last write ended a line. */
function trackLineEnd(stream: OutputStream): OutputStream & { atLineStart(): boolean } {
  let atLineStart = true;
  return {
    write(chunk: string) {
      if (chunk) atLineStart = chunk.endsWith('\n');
      return stream.write(chunk);
    },
    atLineStart: () => atLineStart,
  };
}
