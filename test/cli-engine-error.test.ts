// An engine bug on one input must cost that input only, as one line, never a stack trace.
import { expect, test, vi } from 'vitest';
import { type Io, run } from '../src/cli/run.js';

vi.mock('../src/extract.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/extract.js')>();
  return {
    ...actual,
    extract: (...args: Parameters<typeof actual.extract>) => {
      if (args[0].includes('انهيار')) throw new TypeError('boom\n    at scan (src/scan/tokenize.ts:1:1)');
      return actual.extract(...args);
    },
  };
});

test('an input that crashes the engine is reported on one line; the others are printed; exit 2', async () => {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: { write: (chunk: string) => (stdout += chunk) },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: {
      async *[Symbol.asyncIterator]() {
        yield new TextEncoder().encode('انهيار');
      },
    },
    env: {},
  };
  // In this thread: the mock above does not reach worker threads (see engine.test.ts for those).
  const code = await run(['extract', '--jobs', '1', '--format', 'ndjson', '-', 'fixtures/no-quotes.txt'], io);
  expect(code).toBe(2);
  expect(stderr).toBe(
    'quotes: cannot process standard input: internal error: boom at scan (src/scan/tokenize.ts:1:1)\n',
  );
  expect(JSON.parse(stdout)).toMatchObject({ source: 'fixtures/no-quotes.txt' });
});
