/** Files and standard input: the only place that reads them. */
import { readFile } from 'node:fs/promises';
import { DecodeError, decode, decodeAs } from './decode.js';

/** The path that means standard input. */
export const STDIN = '-';

/** Why an input could not be read. */
export type InputErrorCode =
  | 'NOT_FOUND'
  | 'IS_DIRECTORY'
  | 'PERMISSION_DENIED'
  | 'BINARY_INPUT'
  | 'INVALID_BYTES'
  | 'READ_FAILED';

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
  /** The path as given, `-` for standard input. */
  source: string;
  text: string;
  /** The encoding the bytes were decoded from (`utf-8`, `utf-16le`, `windows-1256`, ...). */
  encoding: string;
}

/** A byte stream such as `process.stdin`. */
export type ByteSource = AsyncIterable<Uint8Array | string>;

export interface ReadOptions {
  /** Where `-` reads from; `process.stdin` by default. */
  stdin?: ByteSource;
  /** Decode as this encoding (a WHATWG label) instead of guessing. */
  encoding?: string;
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
 * Read a file, or standard input for `-`, and decode it (see `decode`).
 * Never exits the process: every failure is an `InputError`.
 *
 * @example
 * await readInput('fixtures/seed-article.txt') // {source: 'fixtures/seed-article.txt', text: 'بوتين: …', encoding: 'utf-8'}
 */
export async function readInput(path: string, options: ReadOptions = {}): Promise<Input> {
  const bytes =
    path === STDIN ? await readStream(path, options.stdin ?? process.stdin) : await readPath(path);
  try {
    const { text, encoding } = options.encoding ? decodeAs(bytes, options.encoding) : decode(bytes);
    return { source: path, text, encoding };
  } catch (error) {
    if (error instanceof DecodeError && error.code === 'BINARY_INPUT') {
      throw new InputError('BINARY_INPUT', path, 'binary data');
    }
    if (error instanceof DecodeError && error.code === 'INVALID_BYTES') {
      throw new InputError('INVALID_BYTES', path, `not valid ${error.encoding}`);
    }
    // An unknown encoding label is a mistake of the caller, not of the input.
    throw error;
  }
}

async function readPath(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw toInputError(error, path);
  }
}

async function readStream(path: string, stream: ByteSource): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  try {
    for await (const chunk of stream) {
      chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
    }
  } catch (error) {
    throw toInputError(error, path);
  }
  return Buffer.concat(chunks);
}

/** A file-system or stream error as the `InputError` we report (`no such file`, `permission denied`, …). */
export function toInputError(error: unknown, path: string): InputError {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : '';
  const known = fileErrors[code];
  if (known) return new InputError(known.code, path, known.reason);
  const detail = code || (error instanceof Error ? error.message : String(error));
  return new InputError('READ_FAILED', path, `read error (${detail})`);
}
