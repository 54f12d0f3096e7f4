// The contract of Spark's RDD.pipe, Hadoop Streaming and GNU parallel, on the built bin: JSON Lines
// in on stdin, one document per line out on stdout, in the same order; a bad line is reported on
// stderr with its number and skipped. `npm test` builds dist/ before vitest.
import { spawn } from 'node:child_process';
import { describe, expect, test } from 'vitest';
import type { QuoteDocument } from '../src/types.js';

const reports = [
  'وقال وزير المالية محمد معيط: «العجز سينخفض العام المقبل».',
  'وأكدت وزارة الصحة أن "الوضع الوبائي مستقر"، مشيرة إلى تراجع الإصابات.',
  'ولم يصدر أي تعليق رسمي حتى الآن.',
  'وصرح المتحدث باسم الجيش: «أحبطنا محاولة تسلل على الحدود».',
];

describe('quotes extract --input jsonl --format ndjson, as a pipe', () => {
  test('lines in, one document per line out, same order; a bad line reported and skipped; exit 2', async () => {
    const lines = reports.map((text, n) => JSON.stringify({ id: `wire-${n + 1}`, text }));
    lines.splice(2, 0, '{"id": "wire-x", "text": "لم يكتمل'); // cut off, as a broken upstream writes it
    const child = spawn(
      process.execPath,
      ['bin/quotes.js', 'extract', '--input', 'jsonl', '--format', 'ndjson', '--jobs', '2'],
      { env: { ...process.env, NO_COLOR: '1' } },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    // Written a line at a time, as an upstream process would.
    for (const line of lines) child.stdin.write(`${line}\n`);
    child.stdin.end();
    const code = await new Promise((resolve) => child.on('close', resolve));

    expect(code).toBe(2);
    expect(stderr).toBe('quotes: standard input line 3: not JSON (skipped)\n');
    const documents = stdout
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as QuoteDocument);
    expect(documents.map((document) => document.source)).toEqual(['wire-1', 'wire-2', 'wire-3', 'wire-4']);
    expect(documents.map((document) => document.quotes.map((quote) => quote.text))).toEqual([
      ['العجز سينخفض العام المقبل'],
      ['الوضع الوبائي مستقر'],
      [],
      ['أحبطنا محاولة تسلل على الحدود'],
    ]);
  });
});
