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
import { formatters } from '../format/formatters.js';
import { type ByteSource, STDIN } from '../input/read-input.js';
import { defaultExtensions, type Item, planArticles, readArticles } from './articles.js';
import { decideColorLevel } from './color.js';
import { EngineError, inProcess, type Outcome, workerPool } from './engine.js';
import { filterQuotes } from './filter.js';
import { mapOrdered } from './ordered.js';
import { type CommandOptions, createProgram, NO_COMMAND, readVersion, USAGE_ERROR } from './program.js';
import { ProgressLine } from './progress.js';
import { readSchema } from './schemas.js';

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

  const formatter = formatters[options.format];
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
  const engine = jobs > 1 ? workerPool(jobs) : inProcess();
  const work = (item: Item): Promise<[Item, Outcome | undefined]> =>
    item.ok
      ? engine
          .process({ text: item.text, source: item.source, encoding: item.encoding })
          .then((outcome) => [item, outcome])
      : Promise.resolve([item, undefined]);
  try {
    // A few articles per thread in flight keep every thread busy; more would only hold memory.
    for await (const [item, outcome] of mapOrdered(
      readArticles(plan.paths, articleOptions),
      work,
      jobs * 4,
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
      const result: Result = {
        document: outcome.document,
        text: item.text,
        quotes: filterQuotes(outcome.document, filter),
      };
      let output: string;
      try {
        output = formatter.item(result, written, formatOptions);
      } catch (error) {
        // Output too long for a string, say: this input is lost, not the others.
        say(`cannot process ${item.where}: internal error: ${describe(error)}`);
        code = Math.max(code, USAGE_ERROR);
        continue;
      }
      await write(io.stdout, output);
      written++;
      if (formatter.keepsResults) results.push(result);
      for (const failure of failedChecks(result, options)) {
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

/** The checks asked for on the command line that this input fails, as phrases. */
export function failedChecks(
  result: Result,
  options: Pick<CommandOptions, 'strict' | 'minQuotes'>,
): string[] {
  const failures: string[] = [];
  if (options.strict) {
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
  if (options.minQuotes !== undefined) {
    const speech = result.quotes.filter((quote) => quote.kind !== 'mention').length;
    if (speech < options.minQuotes) {
      failures.push(
        `${speech} speech ${speech === 1 ? 'quote' : 'quotes'}, fewer than --min-quotes ${options.minQuotes}`,
      );
    }
  }
  return failures;
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
