/**
 * JSON Lines: one article per line, `{"id": "…", "text": "…"}`, as archives and Spark, Hadoop
 * Streaming or GNU parallel hand them over. Read as a stream: one line in memory at a time.
 */
import { TextDecoder } from 'node:util';
import type { ByteSource } from './read-input.js';

/** Which fields of a line hold the article and its name. */
export interface JsonLineFields {
  /** The field with the article's text (`--text-field`, default `text`). */
  textField: string;
  /** The field whose value becomes the document's `source` (`--id-field`, default `id`). */
  idField: string;
}

/** One line of the stream: an article, or the reason it is not one. Blank lines are not lines of data. */
export type JsonLine =
  | {
      ok: true;
      /** 1-based line number in the stream. */
      line: number;
      text: string;
      /** The id field as a string (a number is written in JSON's way); undefined when absent. */
      id: string | undefined;
      /** Bytes of the line, line break included. */
      bytes: number;
    }
  | { ok: false; line: number; reason: string; bytes: number };

const LF = 0x0a;
const CR = 0x0d;

/**
 * Split a byte stream into lines (LF or CRLF; a last line without a break counts) without ever
 * holding more than the current line, and decode each as UTF-8.
 */
export async function* splitLines(
  source: ByteSource,
): AsyncGenerator<{ line: number; bytes: Uint8Array; length: number }> {
  let pending: Uint8Array[] = [];
  let number = 0;
  for await (const chunk of source) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let from = 0;
    for (let at = bytes.indexOf(LF); at !== -1; at = bytes.indexOf(LF, from)) {
      const piece = bytes.subarray(from, at);
      const whole = pending.length > 0 ? Buffer.concat([...pending, piece]) : piece;
      pending = [];
      number++;
      yield { line: number, bytes: trimCr(whole), length: whole.length + 1 };
      from = at + 1;
    }
    // The chunk's buffer may be reused by the stream: keep a copy of the unfinished line.
    if (from < bytes.length) pending.push(Uint8Array.prototype.slice.call(bytes, from));
  }
  if (pending.length > 0) {
    const whole = Buffer.concat(pending);
    number++;
    yield { line: number, bytes: trimCr(whole), length: whole.length };
  }
}

function trimCr(bytes: Uint8Array): Uint8Array {
  return bytes.length > 0 && bytes[bytes.length - 1] === CR ? bytes.subarray(0, -1) : bytes;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The articles of a JSON Lines stream, in order. A line that is not JSON, not an object, or whose
 * text field is missing or not a string comes back as `{ok: false, reason}` and the stream goes
 * on; blank lines are skipped.
 *
 * @example
 * for await (const line of readJsonLines(stream, {textField: 'text', idField: 'id'})) …
 * // {ok: true, line: 1, text: 'قال الوزير: «نعم».', id: 'a-1', bytes: 52}
 * // {ok: false, line: 2, reason: 'not JSON', bytes: 7}
 */
export async function* readJsonLines(source: ByteSource, fields: JsonLineFields): AsyncGenerator<JsonLine> {
  for await (const { line, bytes, length } of splitLines(source)) {
    let raw: string;
    try {
      raw = utf8.decode(bytes);
    } catch {
      yield { ok: false, line, reason: 'not valid UTF-8', bytes: length };
      continue;
    }
    if (raw.trim() === '') continue;
    yield parseLine(raw, line, length, fields);
  }
}

/** One line of text as an article, or why not. */
export function parseLine(raw: string, line: number, bytes: number, fields: JsonLineFields): JsonLine {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return { ok: false, line, reason: 'not JSON', bytes };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, line, reason: 'not a JSON object', bytes };
  }
  const record = value as Record<string, unknown>;
  const text = Object.hasOwn(record, fields.textField) ? record[fields.textField] : undefined;
  if (text === undefined) return { ok: false, line, reason: `no "${fields.textField}" field`, bytes };
  if (typeof text !== 'string') {
    return { ok: false, line, reason: `"${fields.textField}" is not a string`, bytes };
  }
  const id = Object.hasOwn(record, fields.idField) ? record[fields.idField] : undefined;
  return {
    ok: true,
    line,
    text,
    id: typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id)) ? String(id) : undefined,
    bytes,
  };
}
