import { describe, expect, test } from 'vitest';
import { type JsonLine, readJsonLines, splitLines } from '../src/input/jsonl.js';

const fields = { textField: 'text', idField: 'id' };
const encode = (text: string) => new TextEncoder().encode(text);

async function* chunks(...parts: Array<Uint8Array | string>) {
  yield* parts;
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('splitLines', () => {
  test('LF and CRLF, a last line without a break, lines cut across chunks and inside a letter', async () => {
    const bytes = encode('أ\r\nبت\nث');
    // Cut inside the two-byte ت and between CR and LF.
    const lines = await collect(
      splitLines(chunks(bytes.subarray(0, 3), bytes.subarray(3, 7), bytes.subarray(7))),
    );
    expect(lines.map((line) => [line.line, new TextDecoder().decode(line.bytes), line.length])).toEqual([
      [1, 'أ', 4],
      [2, 'بت', 5],
      [3, 'ث', 2],
    ]);
  });
});

describe('readJsonLines', () => {
  test('articles with their ids; bad lines with their line numbers and reasons; blank lines skipped', async () => {
    const text = [
      '{"id": "wire-1", "text": "قال المتحدث باسم الوزارة: «لا تعليق»."}',
      'not json',
      '',
      '["an", "array"]',
      '{"id": 7, "text": "وأضاف: «سنرد في الوقت المناسب»."}',
      '{"id": "wire-3"}',
      '{"text": 42}',
      '{"id": null, "text": "ونقلت الوكالة عن مصدر قوله: «انتهى الاجتماع»."}',
    ].join('\n');
    const lines = await collect(readJsonLines(chunks(encode(text)), fields));
    const summary = lines.map((line: JsonLine) =>
      line.ok ? [line.line, line.id, line.text.slice(0, 6)] : [line.line, line.reason],
    );
    expect(summary).toEqual([
      [1, 'wire-1', 'قال ال'],
      [2, 'not JSON'],
      [4, 'not a JSON object'],
      [5, '7', 'وأضاف:'],
      [6, 'no "text" field'],
      [7, '"text" is not a string'],
      [8, undefined, 'ونقلت '],
    ]);
  });

  test('other field names', async () => {
    const line = '{"url": "https://example.com/a", "body": "صرح الوزير: «نعم»."}\n';
    const [first] = await collect(readJsonLines(chunks(line), { textField: 'body', idField: 'url' }));
    expect(first).toEqual({
      ok: true,
      line: 1,
      id: 'https://example.com/a',
      text: 'صرح الوزير: «نعم».',
      bytes: Buffer.byteLength(line),
    });
  });

  test('a line that is not UTF-8 is a bad line, the next one is read', async () => {
    const bytes = Buffer.concat([Buffer.from([0xc7, 0xe1, 0x0a]), Buffer.from('{"text": "نعم"}\n')]);
    const lines = await collect(readJsonLines(chunks(bytes), fields));
    expect(lines.map((line) => (line.ok ? line.text : line.reason))).toEqual(['not valid UTF-8', 'نعم']);
  });
});
