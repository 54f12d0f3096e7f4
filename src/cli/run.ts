/**
 * The command line as a function: arguments and streams in, exit code out. Exit codes are decided
 * here and nowhere else: 0 done, 1 a check asked for failed, 2 usage error or unreadable input.
 */
import { type Command, CommanderError } from 'commander';
import { extract } from '../extract.js';
import { escapeUnsafe } from '../format/escape.js';
import type { FormatOptions, Result } from '../format/formatter.js';
import { formatters } from '../format/formatters.js';
import { type ByteSource, type Input, InputError, readInput, STDIN } from '../input/read-input.js';
import type { QuoteDocument } from '../types.js';
import { decideColorLevel } from './color.js';
import { filterQuotes } from './filter.js';
import { type CommandOptions, createProgram, readVersion, USAGE_ERROR } from './program.js';
import { readSchema } from './schemas.js';

export const OK = 0;
export const CHECK_FAILED = 1;

/** Somewhere to write text, such as `process.stdout`. */
export interface OutputStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  /** Width of the terminal, when the stream is one. */
  columns?: number;
}

/** The process as `run` sees it; tests pass fakes. */
export interface Io {
  stdout: OutputStream;
  stderr: OutputStream;
  /** Read only for `-` or when no file is named; `isTTY` true means nobody is piping text in. */
  stdin: ByteSource & { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
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
  const paths = files.length > 0 ? files : [STDIN];
  const formatter = formatters[options.format];
  const formatOptions: FormatOptions = {
    view,
    color: decideColorLevel({ color: options.color, env: io.env, isTTY: io.stdout.isTTY === true }),
    narration: options.narration,
    several: paths.length > 1,
    width: reportWidth(io.stdout.columns),
  };
  const filter = { speakers: options.speakers, kinds: options.kinds };
  const results: Result[] = [];
  let code = OK;
  // Standard input can be read once; '-' named twice gets the same text.
  let stdin: Promise<Input> | undefined;
  const read = (path: string): Promise<Input> => {
    if (path !== STDIN)
      return readInput(path, { encoding: options.encoding, timeoutMs: options.timeout * 1000 });
    stdin ??= readInput(STDIN, { stdin: io.stdin, encoding: options.encoding });
    return stdin;
  };
  for (const path of paths) {
    let input: Input;
    try {
      input = await read(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      io.stderr.write(`quotes: cannot read ${describeSource(path)}: ${error.reason}\n`);
      code = Math.max(code, USAGE_ERROR);
      continue;
    }
    let document: QuoteDocument;
    try {
      document = extract(input.text, { source: input.source, encoding: input.encoding });
    } catch (error) {
      // A bug of the engine on one input should not cost the others.
      io.stderr.write(`quotes: cannot process ${describeSource(path)}: internal error: ${describe(error)}\n`);
      code = Math.max(code, USAGE_ERROR);
      continue;
    }
    const result: Result = { document, text: input.text, quotes: filterQuotes(document, filter) };
    let output: string;
    try {
      output = formatter.item(result, results.length, formatOptions);
    } catch (error) {
      // Output too long for a string (quotes nested in quotes, each to the end of the text), say.
      io.stderr.write(`quotes: cannot process ${describeSource(path)}: internal error: ${describe(error)}\n`);
      code = Math.max(code, USAGE_ERROR);
      continue;
    }
    write(io.stdout, output);
    results.push(result);
    for (const failure of failedChecks(result, options)) {
      io.stderr.write(`quotes: ${describeSource(path)}: ${failure}\n`);
      code = Math.max(code, CHECK_FAILED);
    }
  }
  write(io.stdout, formatter.end(results, formatOptions));
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

function write(stream: OutputStream, text: string): void {
  if (text) stream.write(text);
}

function describeSource(path: string): string {
  return path === STDIN ? 'standard input' : `'${escapeUnsafe(path)}'`;
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
