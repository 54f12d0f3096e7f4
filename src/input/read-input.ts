/** Files, standard input and web pages: the only place that reads them. */
import { closeSync, createReadStream, fstatSync, openSync, readFileSync, type Stats } from 'node:fs';
import { decode, decodeAs, isDecodeError } from './decode.js';
import { FetchError, type FetchErrorCode, fetchPage, isUrl, type Page } from './fetch-url.js';
import { loadHtml } from './load-html.js';
import { contentTypeCharset, looksLikeHtml } from './page-type.js';

/** The path that means standard input. */
export const STDIN = '-';

/**
 * The largest input read, in bytes: 32 MiB, some thousands of articles in one file. Measured, the
 * whole command needs about 60 bytes of memory per byte of input (a 42 MB file took 2.6 GB with
 * `--json`, and one of 84 MB ran out of Node's default heap of 4 GB); above the limit an input is
 * refused with a message rather than left to crash.
 */
export const MAX_INPUT_BYTES = 32 * 1024 * 1024;

/** Why an input could not be read. */
export type InputErrorCode =
  | 'NOT_FOUND'
  | 'IS_DIRECTORY'
  | 'PERMISSION_DENIED'
  | 'BINARY_INPUT'
  | 'INVALID_BYTES'
  | 'TOO_LARGE'
  | 'READ_FAILED'
  | FetchErrorCode;

/**
 * An input that could not be read or decoded. `reason` is a short phrase for the one-line error
 * (`cannot read 'x.txt': no such file`); programs should test `code`.
 */
export class InputError extends Error {
  override name = 'InputError';
  readonly code: InputErrorCode;
  /** The path as given, `-` for standard input. */
  readonly path: string;
  readonly reason: string;

  constructor(code: InputErrorCode, path: string, reason: string) {
    super(`cannot read '${path}': ${reason}`);
    this.code = code;
    this.path = path;
    this.reason = reason;
  }
}

export interface Input {
  /** The path or URL as given, `-` for standard input. */
  source: string;
  /** The text; for a page (HTML), the article text taken out of it (see `htmlToText`). */
  text: string;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1256`, ...). */
  encoding: string;
}

/**
 * A byte stream such as `process.stdin`. `fd`, when the stream has one, is the file descriptor it
 * reads: a directory behind it is refused (see `refuseDirectoryStream`).
 */
export type ByteSource = AsyncIterable<Uint8Array | string> & { readonly fd?: number | null | undefined };

export interface ReadOptions {
  /** Where `-` reads from; `process.stdin` by default. */
  stdin?: ByteSource;
  /** Decode as this encoding (a WHATWG label) instead of guessing. */
  encoding?: string;
  /** How long a web page may take, in milliseconds (see `fetchPage`). */
  timeoutMs?: number;
  /** Refuse an input of more bytes than this; `MAX_INPUT_BYTES` by default. */
  maxBytes?: number;
}

/** Errors of the file system, by their `code`, with the reason we print. */
const fileErrors: Readonly<Record<string, { code: InputErrorCode; reason: string }>> = {
  ENOENT: { code: 'NOT_FOUND', reason: 'no such file' },
  ENOTDIR: { code: 'NOT_FOUND', reason: 'no such file' },
  EISDIR: { code: 'IS_DIRECTORY', reason: 'is a directory' },
  EACCES: { code: 'PERMISSION_DENIED', reason: 'permission denied' },
  EPERM: { code: 'PERMISSION_DENIED', reason: 'permission denied' },
};

/**
 * Read a file, standard input for `-`, or a web page for an `http://` or `https://` address, and
 * decode it (see `decode`). A page, or a file that is one (`looksLikeHtml`), becomes its article
 * text (see `readHtml`). Never exits the process: every failure is an `InputError`.
 *
 * @example
 * await readInput('fixtures/seed-article.txt') // {source: 'fixtures/seed-article.txt', text: 'بوتين: …', encoding: 'utf-8'}
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<Input> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const page = isUrl(path) ? await readUrl(path, options) : undefined;
  const bytes =
    page?.bytes ??
    (path === STDIN ? await readStdin(options.stdin, maxBytes) : await readPath(path, maxBytes));
  try {
    if (page || looksLikeHtml(path, bytes)) {
      const declared = page && contentTypeCharset(page.contentType);
      const { readHtml } = await loadHtml();
      const { text, encoding } = readHtml(bytes, { forced: options.encoding, declared });
      return { source: path, text, encoding };
    }
    const { text, encoding } = options.encoding ? decodeAs(bytes, options.encoding) : decode(bytes);
    return { source: path, text, encoding };
  } catch (error) {
    if (isDecodeError(error) && error.code === 'BINARY_INPUT') {
      throw new InputError('BINARY_INPUT', path, 'binary data');
    }
    if (isDecodeError(error) && error.code === 'INVALID_BYTES') {
      throw new InputError('INVALID_BYTES', path, `not valid ${error.encoding}`);
    }
    // An unknown encoding label is a mistake of the caller, not of the input.
    throw error;
  }
}

async function readUrl(url: string, options: ReadOptions): Promise<Page> {
  try {
    return await fetchPage(url, { timeoutMs: options.timeoutMs });
  } catch (error) {
    if (error instanceof FetchError) throw new InputError(error.code, url, error.reason);
    throw error;
  }
}

/**
 * Files up to this size are read in one synchronous call: for the small files of a corpus, the
 * trips through the event loop of an asynchronous open, stat, stream and close cost more than the
 * read itself (they were about 45% of the main thread's time over a directory of articles).
 */
const SMALL_FILE = 4 << 20;

async function readPath(path: string, maxBytes: number): Promise<Uint8Array> {
  let fd: number;
  // Once a stream reads the descriptor, the stream closes it (also when destroyed early, after its
  // pending read): closing it here as well could close a descriptor opened meanwhile under the same
  // number (a later read then failed with EBADF).
  let streamed = false;
  try {
    fd = openSync(path, 'r');
  } catch (error) {
    throw toInputError(error, path);
  }
  // Checked and read through one descriptor: a file renamed or replaced meanwhile cannot slip in.
  try {
    const stats = fstatSync(fd);
    refuseDirectory(stats, path);
    if (stats.size > maxBytes) throw tooLarge(path, maxBytes);
    if (stats.isFile() && stats.size <= SMALL_FILE) {
      const bytes = readFileSync(fd);
      // Counted again: a file that grew while it was read can hold more than its size said.
      if (bytes.length > maxBytes) throw tooLarge(path, maxBytes);
      return bytes;
    }
    // Counted while reading: a device or a growing file can hold more than its size says.
    streamed = true;
    return await readStream(
      path,
      createReadStream('', { fd, autoClose: true, highWaterMark: 1 << 20 }),
      maxBytes,
    );
  } catch (error) {
    throw error instanceof InputError ? error : toInputError(error, path);
  } finally {
    if (!streamed) {
      try {
        closeSync(fd);
      } catch {
        // already closed, nothing to release
      }
    }
  }
}

/**
 * A directory where an article was expected. The one place that decides it: reading a directory
 * as a corpus of articles would replace this check.
 */
function refuseDirectory(stats: Stats, path: string): void {
  if (stats.isDirectory()) throw new InputError('IS_DIRECTORY', path, 'is a directory');
}

/** Standard input (`process.stdin` when no stream is given), refused when it is a directory. */
async function readStdin(stream: ByteSource | undefined, maxBytes: number): Promise<Uint8Array> {
  // process.stdin reads descriptor 0, whatever kind of stream Node makes of it.
  refuseDirectoryFd(stream ? stream.fd : 0, STDIN);
  return readStream(STDIN, stream ?? process.stdin, maxBytes);
}

/**
 * Throw `IS_DIRECTORY` when the stream reads a directory (`quotes extract < /tmp`): Node reads one
 * as an empty file, which would pass for an empty article. A stream without a descriptor (a fake
 * of the tests, an iterator) is not checked; neither is one whose descriptor cannot be examined,
 * which reading then reports.
 */
export function refuseDirectoryStream(stream: ByteSource, path: string): void {
  refuseDirectoryFd(stream.fd, path);
}

function refuseDirectoryFd(fd: number | null | undefined, path: string): void {
  if (typeof fd !== 'number') return;
  let stats: Stats;
  try {
    stats = fstatSync(fd);
  } catch {
    return;
  }
  refuseDirectory(stats, path);
}

async function readStream(path: string, stream: ByteSource, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      size += bytes.length;
      // Leaving the loop stops the stream: the rest is never read.
      if (size > maxBytes) throw tooLarge(path, maxBytes);
      chunks.push(bytes);
    }
  } catch (error) {
    throw error instanceof InputError ? error : toInputError(error, path);
  }
  return Buffer.concat(chunks, size);
}

/** `larger than 32 MiB (the limit for one input)`. */
function tooLarge(path: string, maxBytes: number): InputError {
  return new InputError('TOO_LARGE', path, `larger than ${formatBytes(maxBytes)} (the limit for one input)`);
}

/** Bytes in the largest binary unit that divides them: `32 MiB`, `1 KiB`, `100 bytes`. */
function formatBytes(bytes: number): string {
  for (const [unit, size] of [
    ['GiB', 2 ** 30],
    ['MiB', 2 ** 20],
    ['KiB', 2 ** 10],
  ] as const) {
    if (bytes >= size && bytes % size === 0) return `${bytes / size} ${unit}`;
  }
  return `${bytes} bytes`;
}

/** A file-system or stream error as the `InputError` we report (`no such file`, `permission denied`, …). */
export function toInputError(error: unknown, path: string): InputError {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const known = fileErrors[code];
  if (known) return new InputError(known.code, path, known.reason);
  const detail = code || (error instanceof Error ? error.message : String(error));
  return new InputError('READ_FAILED', path, `read error (${detail})`);
}
