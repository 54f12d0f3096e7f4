/** `quotes` run in process with fake streams, for the tests that need the whole command line. */
import { type Io, run } from '../../src/cli/run.js';

export interface FakeProcess {
  /** What standard input yields, as one chunk (nothing by default), or the chunks themselves. */
  stdin?: Uint8Array | string | AsyncIterable<Uint8Array>;
  stdoutIsTTY?: boolean;
  /** Columns of the fake terminal. */
  columns?: number;
  env?: Record<string, string>;
}

export interface Ran {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `quotes argv…`; the exit code and everything written to stdout and stderr. */
export async function runQuotes(argv: string[], fake: FakeProcess = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const input = fake.stdin ?? '';
  const chunks: AsyncIterable<Uint8Array> =
    typeof input === 'string' || input instanceof Uint8Array
      ? (async function* () {
          yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
        })()
      : input;
  const io: Io = {
    stdout: {
      write: (chunk: string) => (stdout += chunk),
      isTTY: fake.stdoutIsTTY ?? false,
      columns: fake.columns,
    },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: { isTTY: false, [Symbol.asyncIterator]: () => chunks[Symbol.asyncIterator]() },
    env: fake.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

/** The non-empty lines of an output. */
export const linesOf = (text: string): string[] => text.split('\n').filter((line) => line !== '');
