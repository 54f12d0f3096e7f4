/**
 * The real process around `run`: the only module that touches `process`. `main` is what both entry
 * points call: `dist/cli/main.js` (the compiled modules) and the one-file bundle `bin/quotes.js` loads
 * (`scripts/bundle.js`).
 */
import { isatty } from 'node:tty';
import { run } from './run.js';

export { articlesReadInProcess } from './finish.js';

/** Runs the command line of this process and returns its exit code; never throws. */
export async function main(): Promise<number> {
  let exitCode = 0;

  // A reader that goes away (`quotes extract a.txt | head -1`) is not an error: stop quietly.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE')
      process.stderr.write(`quotes: cannot write output: ${error.code ?? error.message}\n`);
    process.exit(error.code === 'EPIPE' ? exitCode : 2);
  });
  process.stderr.on('error', () => process.exit(exitCode || 2));

  // Standard input is created only when it is read, so that an unused terminal does not hold the
  // process. Its descriptor lets the reader refuse a directory (`quotes extract < /tmp`).
  const stdin = {
    fd: 0,
    get isTTY() {
      return isatty(0);
    },
    [Symbol.asyncIterator]: () => process.stdin[Symbol.asyncIterator](),
  };

  try {
    exitCode = await run(process.argv.slice(2), {
      stdout: process.stdout,
      stderr: process.stderr,
      stdin,
      env: process.env,
    });
  } catch (error) {
    // run() does not throw; this is the last guard against a stack trace.
    process.stderr.write(
      `quotes: internal error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    exitCode = 2;
  }
  return exitCode;
}
