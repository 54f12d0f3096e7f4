import { describe, expect, test } from 'vitest';
import { formatProgress, ProgressLine } from '../src/cli/progress.js';
import { type Io, run } from '../src/cli/run.js';

describe('formatProgress', () => {
  test.each([
    [
      { done: 120, total: 480, bytes: 2e6, totalBytes: undefined, elapsed: 4000 },
      'quotes: 120/480 articles, 0.5 MB/s, 0:12 left',
    ],
    [
      { done: 1, total: undefined, bytes: 5e5, totalBytes: undefined, elapsed: 1000 },
      'quotes: 1 article, 0.5 MB/s',
    ],
    // JSON Lines files: the bytes say how far along we are.
    [
      { done: 9000, total: undefined, bytes: 3e7, totalBytes: 1.2e8, elapsed: 10000 },
      'quotes: 9000 articles, 3.0 MB/s, 0:30 left',
    ],
    [
      { done: 10, total: 5000, bytes: 1e5, totalBytes: undefined, elapsed: 9000 },
      'quotes: 10/5000 articles, 0.0 MB/s, 1:14:51 left',
    ],
    [{ done: 0, total: 10, bytes: 0, totalBytes: undefined, elapsed: 0 }, 'quotes: 0/10 articles'],
  ])('%j', (state, line) => {
    expect(formatProgress(state)).toBe(line);
  });
});

/** A terminal that keeps what was written, and a clock moved by hand. */
function fakes() {
  const writes: string[] = [];
  let time = 0;
  return {
    writes,
    stream: { write: (chunk: string) => writes.push(chunk), isTTY: true },
    now: () => time,
    tick: (ms: number) => {
      time += ms;
    },
  };
}

describe('ProgressLine', () => {
  test('silent during the delay, then redrawn in place at most every interval, cleared at the end', () => {
    const { writes, stream, now, tick } = fakes();
    const progress = new ProgressLine(stream, {
      now,
      total: 100,
      totalBytes: undefined,
      delay: 1000,
      interval: 100,
    });
    for (let n = 0; n < 30; n++) {
      tick(50);
      progress.advance(1000);
    }
    // 30 articles over 1.5 s: drawn at 1.0 s, 1.1 s, … 1.5 s, not at each article.
    expect(writes).toHaveLength(6);
    expect(writes[0]).toBe('\rquotes: 20/100 articles, 0.0 MB/s, 0:04 left\u001b[K');
    expect(writes.every((write) => write.startsWith('\r') && write.endsWith('\u001b[K'))).toBe(true);
    progress.clear();
    expect(writes.at(-1)).toBe('\r\u001b[K');
    progress.clear();
    expect(writes).toHaveLength(7); // nothing more to clear
  });

  test('a short run draws nothing', () => {
    const { writes, stream, now, tick } = fakes();
    const progress = new ProgressLine(stream, { now, total: 3, totalBytes: undefined });
    for (let n = 0; n < 3; n++) {
      tick(10);
      progress.advance(10);
    }
    progress.clear();
    expect(writes).toEqual([]);
  });
});

describe('the progress line in a run', () => {
  const files = Array(6).fill('fixtures/two-speakers.txt');
  async function quotes(argv: string[], isTTY: boolean) {
    let stderr = '';
    let time = 0;
    const io: Io = {
      stdout: { write: () => true },
      stderr: { write: (chunk: string) => (stderr += chunk), isTTY },
      stdin: { async *[Symbol.asyncIterator]() {} },
      env: {},
      // Each look at the clock is 400 ms later: a slow run.
      now: () => (time += 400),
    };
    const code = await run(argv, io);
    return { code, stderr };
  }

  test('on a terminal: drawn, then cleared, so the screen ends clean', async () => {
    const { code, stderr } = await quotes(['extract', '--jobs', '1', '--format', 'ndjson', ...files], true);
    expect(code).toBe(0);
    expect(stderr).toContain('\rquotes: 6/6 articles');
    expect(stderr.endsWith('\r\u001b[K')).toBe(true);
  });

  test('--quiet, or stderr not a terminal: nothing at all', async () => {
    expect(await quotes(['extract', '--quiet', '--jobs', '1', '--format', 'ndjson', ...files], true)).toEqual(
      {
        code: 0,
        stderr: '',
      },
    );
    expect(await quotes(['extract', '--jobs', '1', '--format', 'ndjson', ...files], false)).toEqual({
      code: 0,
      stderr: '',
    });
  });

  test('a message clears the line first, so it is not written over the progress', async () => {
    const { stderr } = await quotes(
      ['extract', '--jobs', '1', '--format', 'ndjson', ...files, 'nope.txt'],
      true,
    );
    expect(stderr).toContain("\r\u001b[Kquotes: cannot read 'nope.txt': no such file\n");
  });
});
