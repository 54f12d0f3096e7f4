/**
 * What the command line names, as one ordered stream of articles: files as they are, directories
 * walked, JSON Lines split into one article per line. Failures (a file that cannot be read, a bad
 * line) take their place in the stream, so they are reported where they occur.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { escapeName } from '../format/escape.js';
import { type JsonLineFields, readJsonLines } from '../input/jsonl.js';
import {
  type ByteSource,
  type Input,
  InputError,
  type ReadOptions,
  readInput,
  refuseDirectoryStream,
  STDIN,
  toInputError,
} from '../input/read-input.js';
import { listFiles } from '../input/walk.js';

/** `--input`: how a file holds articles. */
export type InputMode = 'text' | 'jsonl';

/** The input modes, for `--input` choices. */
export const inputModes: readonly InputMode[] = ['text', 'jsonl'];

/** The extensions read in a directory, by input mode, when `--ext` is not given. */
export const defaultExtensions: Readonly<Record<InputMode, readonly string[]>> = {
  text: ['txt', 'md'],
  jsonl: ['jsonl', 'ndjson'],
};

export interface ArticleOptions {
  input: InputMode;
  /** Extensions read in directories, without the dot. */
  extensions: readonly string[];
  fields: JsonLineFields;
  stdin: ByteSource;
  /** How each text input is read: a forced encoding, the time a web page may take. */
  read?: Pick<ReadOptions, 'encoding' | 'timeoutMs'>;
}

/** One article read, or a failure in its place. `where` names it in messages: `'a.txt'`, `'a.jsonl' line 3`. */
export type Item =
  | { ok: true; where: string; source: string; text: string; encoding?: string | undefined; bytes: number }
  | {
      ok: false;
      where: string;
      /** `cannot read` (the input is lost) or `skipped` (a bad line; the stream goes on). */
      kind: 'unreadable' | 'bad-line';
      reason: string;
    };

/** The files to read, once directories are walked, and what is known of the work ahead. */
export interface Plan {
  paths: string[];
  /** More than one article may come (several paths, a directory, JSON Lines): `json` prints an array. */
  several: boolean;
  /** Number of articles, when known before reading (text input). */
  total: number | undefined;
  /** Bytes to read, when known (JSON Lines files, not standard input). */
  totalBytes: number | undefined;
}

/**
 * Expand the paths named on the command line: a directory becomes its files (see `listFiles`) in
 * place; `-` and every other path are kept as they are, to be read (and reported) in order.
 * `note` receives a line for an empty directory or a subdirectory that cannot be read.
 */
export async function planArticles(
  named: readonly string[],
  options: Pick<ArticleOptions, 'input' | 'extensions'>,
  note: (message: string, failed: boolean) => void,
): Promise<Plan> {
  const paths: string[] = [];
  let directories = 0;
  let totalBytes: number | undefined = 0;
  for (const path of named) {
    const info = path === STDIN ? undefined : await stat(path).catch(() => undefined);
    if (!info?.isDirectory()) {
      paths.push(path);
      if (info?.isFile() && totalBytes !== undefined) totalBytes += info.size;
      else totalBytes = undefined;
      continue;
    }
    directories++;
    const files = await listFiles(path, options.extensions, (where, error) =>
      note(`cannot read ${describePath(where)}: ${toInputError(error, where).reason}`, true),
    );
    if (files.length === 0) {
      note(`no ${options.extensions.map((e) => `.${e}`).join(' or ')} files in ${describePath(path)}`, false);
    }
    for (const file of files) {
      paths.push(file);
      if (options.input === 'jsonl' && totalBytes !== undefined) {
        totalBytes += (await stat(file).catch(() => undefined))?.size ?? 0;
      }
    }
  }
  return {
    paths,
    several: named.length > 1 || directories > 0 || options.input === 'jsonl',
    total: options.input === 'text' ? paths.length : undefined,
    totalBytes: options.input === 'jsonl' ? totalBytes : undefined,
  };
}

/**
 * Files read ahead of the one being processed: each read takes several trips through the event
 * loop (open, stat, read, close), which the thread would otherwise sit out between two articles.
 */
const READ_AHEAD = 8;

/**
 * The articles of the planned paths, in order. Text files are read a few ahead (`READ_AHEAD`);
 * JSON Lines are read as a stream, one file after the other.
 */
export async function* readArticles(paths: readonly string[], options: ArticleOptions): AsyncGenerator<Item> {
  if (options.input === 'jsonl') {
    // Standard input can be read once: '-' named twice reads nothing the second time.
    let stdinRead = false;
    for (const path of paths) {
      if (path === STDIN && stdinRead) continue;
      stdinRead ||= path === STDIN;
      yield* readJsonLinesOf(path, describePath(path), options);
    }
    return;
  }
  // Standard input can be read once: '-' named twice gets the same text.
  let stdin: Promise<Input> | undefined;
  const readOne = async (path: string): Promise<Item> => {
    const where = describePath(path);
    if (path === STDIN) stdin ??= readInput(STDIN, { ...options.read, stdin: options.stdin });
    try {
      const input = path === STDIN && stdin ? await stdin : await readInput(path, options.read);
      const { source, text, encoding } = input;
      return { ok: true, where, source, text, encoding, bytes: Buffer.byteLength(text) };
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      return { ok: false, where, kind: 'unreadable', reason: error.reason };
    }
  };
  const ahead: Array<Promise<Item>> = [];
  let next = 0;
  while (next < paths.length || ahead.length > 0) {
    while (ahead.length < READ_AHEAD && next < paths.length) {
      const reading = readOne(paths[next++] as string);
      reading.catch(() => {}); // an unexpected error is thrown when its turn comes, not reported unhandled
      ahead.push(reading);
    }
    yield await (ahead.shift() as Promise<Item>);
  }
}

async function* readJsonLinesOf(path: string, where: string, options: ArticleOptions): AsyncGenerator<Item> {
  const stream = path === STDIN ? options.stdin : createReadStream(path, { highWaterMark: 1 << 16 });
  try {
    if (path === STDIN) refuseDirectoryStream(stream, STDIN);
    for await (const line of readJsonLines(stream, options.fields)) {
      const at = `${where} line ${line.line}`;
      if (!line.ok) {
        yield { ok: false, where: at, kind: 'bad-line', reason: line.reason };
        continue;
      }
      yield {
        ok: true,
        where: at,
        source: line.id ?? `${path}:${line.line}`,
        text: line.text,
        bytes: line.bytes,
      };
    }
  } catch (error) {
    const reason = (error instanceof InputError ? error : toInputError(error, path)).reason;
    yield { ok: false, where, kind: 'unreadable', reason };
  } finally {
    if ('destroy' in stream && typeof stream.destroy === 'function') stream.destroy();
  }
}

/** A path as messages name it: quoted, on one line, harmless to a terminal, or `standard input`. */
export function describePath(path: string): string {
  return path === STDIN ? 'standard input' : `'${escapeName(path)}'`;
}
