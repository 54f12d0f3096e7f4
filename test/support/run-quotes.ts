/** `quotes` run in process with fake streams, for the tests of the command line. */
import { type Io, run } from '../../src/cli/run.js';

export interface Fake {
  stdin?: Uint8Array | string;
  stdoutIsTTY?: boolean;
  /** Columns of the fake terminal. */
  columns?: number;
  env?: Record<string, string>;
}

/** Runs `quotes argv…`; returns the exit code and what was written to stdout and stderr. */
export async function runQuotes(argv: string[], fake: Fake = {}) {
  let stdout = '';
  let stderr = '';
  const input = fake.stdin ?? '';
  const io: Io = {
    stdout: {
      write: (chunk: string) => (stdout += chunk),
      isTTY: fake.stdoutIsTTY ?? false,
      columns: fake.columns,
    },
    stderr: { write: (chunk: string) => (stderr += chunk) },
    stdin: {
      isTTY: false,
      async *[Symbol.asyncIterator]() {
        yield typeof input === 'string' ? new TextEncoder().encode(input) : input;
      },
    },
    env: fake.env ?? {},
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}
