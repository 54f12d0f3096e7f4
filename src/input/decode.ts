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

/**
 * True for a DecodeError, also one thrown by another copy of this module: the command's bundle loads the
 * compiled HTML reader (dist/input/html.js), whose errors are the compiled module's class.
 */
export function isDecodeError(error: unknown): error is DecodeError {
  return (
    error instanceof DecodeError ||
    (error instanceof Error &&
      error.name === 'DecodeError' &&
      typeof (error as { code?: unknown }).code === 'string')
  );
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

/** The encodings of the WHATWG Encoding Standard by their names, the ones for Arabic first. */
const standardNames = [
  'utf-8',
  'utf-16le',
  'utf-16be',
  'windows-1256',
  'iso-8859-6',
  'ibm866',
  'iso-8859-2',
  'iso-8859-3',
  'iso-8859-4',
  'iso-8859-5',
  'iso-8859-7',
  'iso-8859-8',
  'iso-8859-8-i',
  'iso-8859-10',
  'iso-8859-13',
  'iso-8859-14',
  'iso-8859-15',
  'iso-8859-16',
  'koi8-r',
  'koi8-u',
  'macintosh',
  'windows-874',
  'windows-1250',
  'windows-1251',
  'windows-1252',
  'windows-1253',
  'windows-1254',
  'windows-1255',
  'windows-1257',
  'windows-1258',
  'x-mac-cyrillic',
  'gbk',
  'gb18030',
  'big5',
  'euc-jp',
  'iso-2022-jp',
  'shift_jis',
  'euc-kr',
];

/**
 * The names of the encodings this Node can decode (its ICU decides: some builds lack a few), in
 * the order of the standard with the Arabic ones first. Each also has aliases (`cp1256`, `utf8`).
 */
export const encodingNames: readonly string[] = standardNames.filter(
  (name) => encodingOf(name) !== undefined,
);

/**
 * The name of the encoding a label means (`cp1256` → `windows-1256`, `UTF8` → `utf-8`), or
 * undefined when Node cannot decode it.
 */
export function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

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
