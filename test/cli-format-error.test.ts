// A formatter that fails on one input (a report longer than a string can be) costs that input
// only, as one line; the other inputs are printed. In this thread (--jobs 1): the mock does not
// reach a worker thread, which runs dist/.
import { expect, test, vi } from 'vitest';
import { linesOf, runQuotes } from './support/run-quotes.js';

vi.mock('../src/format/ndjson.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/format/ndjson.js')>();
  return {
    ...actual,
    ndjson: {
      ...actual.ndjson,
      item: (...args: Parameters<typeof actual.ndjson.item>) => {
        if (args[0].text.includes('انهيار')) throw new RangeError('Invalid string length');
        return actual.ndjson.item(...args);
      },
    },
  };
});

test('an input whose output cannot be made: one line, the others printed, exit 2', async () => {
  const { code, stdout, stderr } = await runQuotes(
    ['extract', '--jobs', '1', '--format', 'ndjson', '-', 'fixtures/no-quotes.txt'],
    { stdin: 'وقال: «انهيار».' },
  );
  expect(code).toBe(2);
  expect(stderr).toBe('quotes: cannot process standard input: internal error: Invalid string length\n');
  expect(linesOf(stdout).map((line) => JSON.parse(line).source)).toEqual(['fixtures/no-quotes.txt']);
});
