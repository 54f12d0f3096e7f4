/**
 * Bytes to text. Arabic news reaches us as UTF-8 (with or without a BOM), as UTF-16 with a BOM
 * (Windows tools), and as windows-1256 (older Arabic sites and archives).
 */
import { TextDecoder } from 'node:util';

/** Why bytes could not be turned into text. */
export type DecodeErrorCode = 'BINARY_INPUT' | 'INVALID_BYTES' | 'UNKNOWN_ENCODING';

/** Thrown by `decode` and `decodeAs`; `code` is for programs, `message` for people. */
export class DecodeError extends Error {
  override name = 'DecodeError';
  readonly code: DecodeErrorCode;
  /** The encoding that was tried, as a WHATWG name (`utf-8`, `windows-1256`), or the label given. */
  readonly encoding: string;

  constructor(code: DecodeErrorCode, encoding: string, message: string) {
    super(message);
    this.code = code;
    this.encoding = encoding;
  }
}

export interface Decoded {
  /** The text, without a byte order mark. */
  text: string;
  /** WHATWG name of the encoding the bytes were read as: `utf-8`, `utf-16le`, `utf-16be`, `windows-1256`. */
  encoding: string;
}

/** Byte order marks, longest first. */
const boms: ReadonlyArray<{ bytes: readonly number[]; encoding: string }> = [
  { bytes: [0xef, 0xbb, 0xbf], encoding: 'utf-8' },
  { bytes: [0xff, 0xfe], encoding: 'utf-16le' },
  { bytes: [0xfe, 0xff], encoding: 'utf-16be' },
];

/** The single-byte encoding tried when the bytes are not UTF-8: Arabic Windows. */
const fallback = 'windows-1256';

/**
 * Decode bytes, guessing the encoding: a BOM decides (and is removed); otherwise UTF-8 when the
 * bytes are valid UTF-8, windows-1256 when they are not.
 *
 * Throws a `DecodeError` with code `BINARY_INPUT` when the text would contain NUL characters.
 *
 * @example
 * decode(new Uint8Array([0xc7, 0xe1, 0xd3, 0xe1, 0xc7, 0xe3])) // {text: 'السلام', encoding: 'windows-1256'}
 */
export function decode(bytes: Uint8Array): Decoded {
  const bom = boms.find((candidate) => candidate.bytes.every((byte, index) => bytes[index] === byte));
  // TextDecoder removes the BOM of its own encoding (one, not a second).
  if (bom) return decodeAs(bytes, bom.encoding);
  try {
    return decodeAs(bytes, 'utf-8');
  } catch (error) {
    if (error instanceof DecodeError && error.code === 'INVALID_BYTES') return decodeAs(bytes, fallback);
    throw error;
  }
}

/**
 * Decode bytes in a named encoding: any WHATWG label that Node knows (`utf-8`, `utf-16le`,
 * `cp1256`, `windows-1256`, `iso-8859-6`, ...). A leading BOM of that encoding is removed.
 *
 * Throws a `DecodeError`: `UNKNOWN_ENCODING` for a label Node does not know, `INVALID_BYTES`
 * when the bytes are not valid in that encoding, `BINARY_INPUT` when the text has NUL characters.
 *
 * @example
 * decodeAs(new Uint8Array([0xc7, 0xe1]), 'cp1256') // {text: 'ال', encoding: 'windows-1256'}
 */
export function decodeAs(bytes: Uint8Array, label: string): Decoded {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(label, { fatal: true });
  } catch {
    throw new DecodeError('UNKNOWN_ENCODING', label, `unknown encoding '${label}'`);
  }
  const encoding = decoder.encoding;
  let text: string;
  try {
    text = decoder.decode(bytes);
  } catch {
    throw new DecodeError('INVALID_BYTES', encoding, `not valid ${encoding}`);
  }
  // NUL never occurs in a text file; it does in images, archives, and UTF-16 read as UTF-8.
  if (text.includes('\0')) throw new DecodeError('BINARY_INPUT', encoding, 'binary data');
  return { text, encoding };
}
