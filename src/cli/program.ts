/** The command line, as commander sees it: commands, options, help. Its only I/O reads package.json for --version. */
import { readFileSync } from 'node:fs';
import { Argument, Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { type FormatName, formatNames } from '../format/formatters.js';
import { encodingNames, encodingOf } from '../input/decode.js';
import { DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS } from '../input/fetch-url.js';
import { parseExtensions } from '../input/walk.js';
import type { QuoteKind } from '../types.js';
import { type InputMode, inputModes } from './articles.js';
import { kinds, normalizeName } from './filter.js';
import { type SchemaName, schemaNames } from './schemas.js';

/** The options of `quotes extract` and `quotes speakers`, parsed and checked. */
export interface CommandOptions {
  format: FormatName;
  /** Names given with `--speaker`, as typed. */
  speakers: string[];
  /** Kinds given with `--kind`; empty for all. */
  kinds: QuoteKind[];
  strict: boolean;
  minQuotes: number | undefined;
  /** `quotes extract --narration`; always false for `quotes speakers`. */
  narration: boolean;
  /** False for `--no-color`. */
  color: boolean;
  /** `--timeout`: how long a web page may take, in seconds. */
  timeout: number;
  /** `--encoding NAME`, as its standard name (`windows-1256` for `cp1256`); undefined to guess. */
  encoding: string | undefined;
  /** `--input`: plain articles, or JSON Lines with one article per line. */
  input: InputMode;
  /** `--ext`: extensions read in directories; undefined for the default of the input mode. */
  extensions: string[] | undefined;
  textField: string;
  idField: string;
  /** `--jobs`: undefined for one per core. */
  jobs: number | undefined;
  /** `--quiet`: no progress line. */
  quiet: boolean;
}

/** What the program does once the arguments are parsed: `run` provides it. */
export interface CommandHandlers {
  extract(files: string[], options: CommandOptions, command: Command): Promise<void>;
  speakers(files: string[], options: CommandOptions, command: Command): Promise<void>;
  schema(name: SchemaName): Promise<void>;
}

/** The exit code of a usage error, passed to `command.error`. */
export const USAGE_ERROR = 2;

/** What bare `quotes` says, instead of the whole help on stderr. */
export const NO_COMMAND = "no command given (try 'quotes extract FILE', or 'quotes --help')";

const exitCodes = `
Exit codes:
  0  done
  1  a check asked for failed (--strict, --min-quotes)
  2  usage error, an input that cannot be read, or a bad --input jsonl line
     (the others are still processed)
`;

const programExamples = `${exitCodes}
Examples:
  $ quotes extract article.txt
  $ quotes extract https://example.com/news/1234.html
  $ quotes extract --json article.txt | jq '.quotes[] | {speaker: .speaker.name, text}'
  $ quotes extract --format csv news/*.txt > quotes.csv
  $ quotes speakers article.txt
  $ quotes schema > document.schema.json`;

const formats = `
Formats (--format):
  report    for people: coloured by speaker, wrapped to the terminal, a legend (default)
  json      one document per input, an array for several (see 'quotes schema')
  ndjson    one document per line, written as each input finishes
  csv       one row per quote for spreadsheets; UTF-8 with a BOM, formulas neutralised
  markdown  a heading and a table per input, for a wiki or a pull request
  html      one standalone page: the article with each quote in its speaker's colour
`;

const extractExamples = `${formats}
Filters (--speaker, --kind) choose the quotes shown and, in JSON, the "quotes" array;
"segments" and "speakers" are left as extracted. --min-quotes counts the quotes shown.

Colour: only when standard output is a terminal; NO_COLOR turns it off, FORCE_COLOR on
(FORCE_COLOR=0 off), --no-color off whatever the environment says.

--format html writes one standalone page (nothing fetched, scripts limited by its own policy):
the article as it is, each quote in its speaker's colour, hover or focus a quote for speaker,
kind and cue, click a speaker in the legend to show only their quotes. Several inputs make one
page with a table of contents.

Web pages: an http:// or https:// address, a file ending .html or .htm, or a text starting
<!doctype html> or <html> is a page: its article text is taken out (the headline, then the
paragraphs, blank lines between) and quotes, offsets and --narration refer to that text.

Input: UTF-8 (with or without a BOM), UTF-16 with a BOM, or windows-1256 when the bytes are not
valid UTF-8; --encoding NAME forces one (the JSON says which in "encoding"). CRLF and CR line
endings are read as they are: offsets count code points of the decoded text. An input above
32 MiB or binary data is refused (exit 2); the other inputs are still processed.

Corpora: a directory is walked depth first, names in code-unit order (.txt and .md, or --ext).
With --input jsonl each line is an article; a bad line (not JSON, not an object, no text) is
reported with its line number and skipped, and the run then exits 2. Output keeps the input order
whatever --jobs says. On a terminal a progress line is drawn on stderr for long runs; --quiet
leaves it out.

${exitCodes}
Examples:
  $ quotes extract article.txt                      # the quotes and who said them
  $ quotes extract --narration article.txt          # the whole article, quotes coloured by speaker
  $ quotes extract page.html                        # a saved news page
  $ quotes extract --timeout 30 https://example.com/news/1234.html
  $ cat article.txt | quotes extract --json         # standard input, one JSON document
  $ quotes extract --encoding windows-1256 archive/*.txt   # old Arabic Windows files, not guessed
  $ quotes extract --format ndjson news/*.txt > quotes.ndjson
  $ quotes extract --format html article.txt > article.html   # open it in a browser
  $ quotes extract --format csv news/*.txt > quotes.csv
  $ quotes extract --speaker "الرئيس الروسي" --kind direct,partial article.txt
  $ quotes extract --json article.txt | jq -r '.quotes[] | "\\(.speaker.name // "-"): \\(.text)"'
  $ quotes extract --strict --min-quotes 1 --format ndjson news/*.txt   # a CI check
  $ quotes extract --format ndjson archive/ > quotes.ndjson       # every .txt and .md under archive/
  $ quotes extract --ext txt,html --jobs 4 --format ndjson archive/
  $ quotes extract --input jsonl --format ndjson articles.jsonl     # {"id": …, "text": …} per line
  $ zcat dump.jsonl.gz | quotes extract --input jsonl --text-field body --id-field url --format ndjson
  $ parallel --pipe --block 10M -j4 quotes extract --input jsonl --format ndjson < all.jsonl > out.ndjson`;

const speakersExamples = `
Each speaker is listed once under the fullest name the article uses, with the other names it
goes by, the number of speech quotes (direct and partial) and the first of them; mentions are
nobody's speech. Filters (--speaker, --kind) choose the quotes counted; --min-quotes counts them
too. Formats as for 'quotes extract': csv gives a row per speaker; json follows
'quotes schema speakers'.
${exitCodes}
Examples:
  $ quotes speakers article.txt
  $ quotes speakers --kind direct news/*.txt
  $ quotes speakers --format csv news/*.txt > speakers.csv
  $ quotes speakers https://example.com/news/1234.html
  $ quotes speakers --json article.txt | jq -r '.speakers[] | "\\(.quotes)\\t\\(.name)"'
  $ quotes speakers --speaker بوتين --min-quotes 3 article.txt     # fails unless Putin is quoted at least 3 times`;

const schemaExamples = `
The document schema describes what \`quotes extract --json\` prints for one input (and each line
of --format ndjson); the speakers schema, what \`quotes speakers --json\` prints. Several inputs
give an array of them.

Examples:
  $ quotes schema > document.schema.json
  $ quotes schema speakers
  $ quotes schema | jq '.properties.quotes.items'`;

/**
 * Build the `quotes` program. Errors exit through commander's `exitOverride`, so the caller gets a
 * `CommanderError` instead of a process exit; output goes where `configureOutput` says.
 */
export function createProgram(handlers: CommandHandlers, version: string): Command {
  const program = new Command('quotes')
    .description('Find every quote in an Arabic news article and say who said it.')
    .version(version)
    .exitOverride()
    .addHelpText('after', programExamples);
  // An unknown option or command names the closest one: "(Did you mean --format?)".
  program.showHelpAfterError("(see 'quotes --help')").showSuggestionAfterError(true);

  addCommonOptions(
    program
      .command('extract')
      .description('List the quotes of each article with their speakers.')
      .argument('[files...]', "articles or web pages (files, URLs); none, or '-', reads standard input"),
    { narration: true },
  )
    .addHelpText('after', extractExamples)
    .showHelpAfterError("(see 'quotes extract --help')")
    .action(async (files: string[], values: Record<string, unknown>, command: Command) => {
      const options = toCommandOptions(values);
      if (options.narration && options.format !== 'report') {
        command.error(
          `--narration is a view of the report; it cannot be used with --format ${options.format}`,
          {
            exitCode: USAGE_ERROR,
            code: 'quotes.narrationFormat',
          },
        );
      }
      await handlers.extract(files, options, command);
    });

  addCommonOptions(
    program
      .command('speakers')
      .description('List who is quoted in each article, how often, and under which names.')
      .argument('[files...]', "articles or web pages (files, URLs); none, or '-', reads standard input"),
    { narration: false },
  )
    .addHelpText('after', speakersExamples)
    .showHelpAfterError("(see 'quotes speakers --help')")
    .action(async (files: string[], values: Record<string, unknown>, command: Command) => {
      if (values.narration === true) {
        command.error("--narration is a view of 'quotes extract'; try 'quotes extract --narration'", {
          exitCode: USAGE_ERROR,
          code: 'quotes.narrationSpeakers',
        });
      }
      await handlers.speakers(files, { ...toCommandOptions(values), narration: false }, command);
    });

  program
    .command('schema')
    .description('Print the JSON Schema (draft 2020-12) of the JSON output.')
    .addArgument(
      new Argument('[name]', 'which schema: the document of extract, or the table of speakers')
        .choices(schemaNames)
        .default('document'),
    )
    .addHelpText('after', schemaExamples)
    .showHelpAfterError("(see 'quotes schema --help')")
    .action(async (name: SchemaName) => {
      await handlers.schema(name);
    });

  // Commander's own help command prints the whole help on stderr for a name it does not know;
  // this one says so in a line, with the closest command, as `quotes extrct` does.
  program.helpCommand(false);
  program
    .command('help')
    .description('Show the help of a command.')
    .argument('[command]', 'the command to explain')
    .action((name: string | undefined, _values: unknown, command: Command) => {
      const named = name === undefined ? program : program.commands.find((each) => each.name() === name);
      if (!named) {
        command.error(unknownCommand(program, name ?? ''), {
          exitCode: USAGE_ERROR,
          code: 'commander.unknownCommand',
        });
      }
      named.help();
    });

  return program;
}

/**
 * Commander's message for a command it does not know, with its suggestion of the closest:
 * `unknown command 'extrct' (Did you mean extract?)`. A program with the same command names is
 * asked, so that the wording and the choice are commander's, as for `quotes extrct`.
 */
function unknownCommand(program: Command, name: string): string {
  const probe = new Command('quotes')
    .exitOverride()
    .showSuggestionAfterError(true)
    .configureOutput({ outputError: () => {} });
  for (const command of program.commands) probe.command(command.name());
  try {
    probe.parse([name], { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) return error.message.replace(/^error: /, '');
  }
  return `unknown command '${name}'`;
}

/** The version of the package, read from package.json next to `src/` or `dist/`. */
export function readVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  const json: unknown = JSON.parse(readFileSync(url, 'utf8'));
  const version = typeof json === 'object' && json !== null && 'version' in json ? json.version : undefined;
  return typeof version === 'string' ? version : '0.0.0';
}

/** `--kind direct,partial`: a comma-separated list, repeatable. */
export function parseKinds(value: string, previous: QuoteKind[] = []): QuoteKind[] {
  const parsed = value.split(',').map((part) => part.trim().toLowerCase());
  const result = [...previous];
  for (const part of parsed) {
    const kind = kinds.find((candidate) => candidate === part);
    if (!kind) {
      throw new InvalidArgumentError(
        part
          ? `unknown kind '${part}' (choose from ${kinds.join(', ')})`
          : `empty kind (choose from ${kinds.join(', ')})`,
      );
    }
    if (!result.includes(kind)) result.push(kind);
  }
  return result;
}

/** `--speaker NAME`: repeatable; a name must keep some letters once normalised. */
export function parseSpeaker(value: string, previous: string[] = []): string[] {
  if (normalizeName(value) === '') throw new InvalidArgumentError('a speaker name cannot be empty');
  return [...previous, value];
}

/** The largest `--timeout`, in seconds: one day (see `MAX_TIMEOUT_MS`). */
export const MAX_TIMEOUT_SECONDS = MAX_TIMEOUT_MS / 1000;

/** `--timeout SECONDS`: a number above 0 and at most `MAX_TIMEOUT_SECONDS`, fractions allowed. */
export function parseSeconds(value: string): number {
  const seconds = Number(value.trim());
  if (!/^\d*\.?\d+$/.test(value.trim()) || !(seconds > 0)) {
    throw new InvalidArgumentError('expected a number of seconds above 0');
  }
  if (seconds > MAX_TIMEOUT_SECONDS) {
    throw new InvalidArgumentError(`expected at most ${MAX_TIMEOUT_SECONDS} seconds (one day)`);
  }
  return seconds;
}

/** `--encoding NAME`: any label Node can decode, returned as the encoding's standard name. */
export function parseEncoding(value: string): string {
  const encoding = encodingOf(value.trim());
  if (encoding === undefined) {
    throw new InvalidArgumentError(
      `unknown encoding '${value}' (choose from ${encodingNames.join(', ')}, or one of their aliases such as cp1256)`,
    );
  }
  return encoding;
}

/** `--jobs N`: a whole number, 1 or more. */
export function parseJobs(value: string): number {
  const jobs = /^\d+$/.test(value.trim()) ? Number.parseInt(value, 10) : 0;
  if (jobs < 1) throw new InvalidArgumentError('expected a whole number, 1 or more');
  return jobs;
}

/** `--ext txt,md`: at least one extension. */
export function parseExtensionList(value: string): string[] {
  const extensions = parseExtensions(value);
  if (extensions.length === 0) throw new InvalidArgumentError('expected extensions, such as txt,md');
  return extensions;
}

/** `--text-field`, `--id-field`: a field name, not empty. */
export function parseField(value: string): string {
  if (value === '') throw new InvalidArgumentError('a field name cannot be empty');
  return value;
}

/** `--min-quotes N`: a whole number, 0 or more. */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError('expected a whole number, 0 or more');
  return Number.parseInt(value, 10);
}

function addCommonOptions(command: Command, views: { narration: boolean }): Command {
  command
    .addOption(new Option('--format <format>', 'output format').choices(formatNames).default('report'))
    .addOption(new Option('--json', 'short for --format json').conflicts('format'))
    .addOption(
      new Option(
        '--speaker <name>',
        'show only the quotes of this speaker (any name the article uses; repeatable)',
      ).argParser(parseSpeaker),
    )
    .addOption(
      new Option('--kind <kinds>', `show only these kinds, comma-separated: ${kinds.join(', ')}`).argParser(
        parseKinds,
      ),
    );
  if (views.narration) {
    command.option('--narration', 'show the whole article: narration dimmed, quotes coloured by speaker');
  } else {
    // Known but hidden, so that the error can point to the command that has it.
    command.addOption(new Option('--narration').hideHelp());
  }
  return command
    .option('--strict', 'exit 1 when a quote mark is left unclosed or a closing mark is unmatched')
    .addOption(
      new Option('--min-quotes <n>', 'exit 1 when an input has fewer than n speech quotes shown').argParser(
        parseCount,
      ),
    )
    .addOption(
      new Option(
        '--timeout <seconds>',
        `how long a web page (an http:// or https:// input) may take, at most ${MAX_TIMEOUT_SECONDS}`,
      )
        .default(DEFAULT_TIMEOUT_MS / 1000)
        .argParser(parseSeconds),
    )
    .addOption(
      new Option(
        '--encoding <name>',
        'read the input in this encoding instead of guessing (utf-8, utf-16le, utf-16be, windows-1256, ...)',
      ).argParser(parseEncoding),
    )
    .option('--no-color', 'never colour the report')
    .addOption(
      new Option('--input <mode>', 'how files hold articles: text (one per file) or jsonl (one per line)')
        .choices(inputModes)
        .default('text'),
    )
    .addOption(
      new Option('--text-field <name>', 'with --input jsonl: the field holding the article')
        .argParser(parseField)
        .default('text'),
    )
    .addOption(
      new Option('--id-field <name>', 'with --input jsonl: the field copied to "source" (else file:line)')
        .argParser(parseField)
        .default('id'),
    )
    .addOption(
      new Option(
        '--ext <extensions>',
        'extensions read in directories, comma-separated (default: txt,md; jsonl,ndjson with --input jsonl)',
      ).argParser(parseExtensionList),
    )
    .addOption(
      new Option(
        '--jobs <n>',
        'articles processed in parallel: n-1 worker threads, this thread reading and writing (default: one per core)',
      ).argParser(parseJobs),
    )
    .option('--quiet', 'no progress line on stderr');
}

/** Commander's loosely typed values, as our options. Values were checked by the parsers above. */
function toCommandOptions(values: Record<string, unknown>): CommandOptions {
  const format = values.json === true ? 'json' : formatNames.find((name) => name === values.format);
  return {
    format: format ?? 'report',
    speakers: Array.isArray(values.speaker) ? values.speaker.map(String) : [],
    kinds: Array.isArray(values.kind) ? values.kind.filter(isKind) : [],
    strict: values.strict === true,
    minQuotes: typeof values.minQuotes === 'number' ? values.minQuotes : undefined,
    narration: values.narration === true,
    color: values.color !== false,
    timeout: typeof values.timeout === 'number' ? values.timeout : DEFAULT_TIMEOUT_MS / 1000,
    encoding: typeof values.encoding === 'string' ? values.encoding : undefined,
    input: inputModes.find((mode) => mode === values.input) ?? 'text',
    extensions: Array.isArray(values.ext) ? values.ext.map(String) : undefined,
    textField: typeof values.textField === 'string' ? values.textField : 'text',
    idField: typeof values.idField === 'string' ? values.idField : 'id',
    jobs: typeof values.jobs === 'number' ? values.jobs : undefined,
    quiet: values.quiet === true,
  };
}

function isKind(value: unknown): value is QuoteKind {
  return kinds.some((kind) => kind === value);
}
