/**
 * The progress line of long runs on a terminal: articles done (of how many, when known), MB/s and
 * time left, redrawn in place on stderr. Time comes from a clock passed in, so tests need no timers.
 */

/** Where the line is drawn: stderr when it is a terminal. */
export interface ProgressStream {
  write(chunk: string): unknown;
}

/** What the line shows. */
export interface ProgressState {
  done: number;
  /** Articles in all, when known before the end. */
  total: number | undefined;
  /** Bytes of input processed. */
  bytes: number;
  /** Bytes of input in all, when known (JSON Lines files). */
  totalBytes: number | undefined;
  /** Milliseconds since the start. */
  elapsed: number;
}

/**
 * The progress line, without control characters.
 *
 * @example
 * formatProgress({done: 120, total: 480, bytes: 2e6, totalBytes: undefined, elapsed: 4000})
 * // 'quotes: 120/480 articles, 0.5 MB/s, 0:12 left'
 */
export function formatProgress(state: ProgressState): string {
  const seconds = state.elapsed / 1000;
  const parts = [
    state.total === undefined
      ? `${state.done} ${state.done === 1 ? 'article' : 'articles'}`
      : `${state.done}/${state.total} articles`,
  ];
  if (seconds > 0) parts.push(`${(state.bytes / 1e6 / seconds).toFixed(1)} MB/s`);
  const fraction =
    state.totalBytes !== undefined && state.totalBytes > 0
      ? state.bytes / state.totalBytes
      : state.total !== undefined && state.total > 0
        ? state.done / state.total
        : undefined;
  if (fraction !== undefined && fraction > 0 && seconds > 0) {
    parts.push(`${clock(Math.max(0, (seconds * (1 - fraction)) / fraction))} left`);
  }
  return `quotes: ${parts.join(', ')}`;
}

/** 75 → '1:15'; 3725 → '1:02:05'. */
function clock(seconds: number): string {
  const whole = Math.round(seconds);
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const s = String(whole % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export interface ProgressOptions {
  /** Milliseconds, from any origin. */
  now: () => number;
  total: number | undefined;
  totalBytes: number | undefined;
  /** Nothing is drawn before this many milliseconds: short runs never show a line. */
  delay?: number;
  /** At least this many milliseconds between two draws. */
  interval?: number;
}

/** Carriage return, then erase to the end of the line. */
const CLEAR = '\r\u001b[K';

/**
 * A progress line on a terminal stream. `advance` after each article redraws the line at most
 * every `interval` ms once `delay` ms have passed; `clear` removes it (before another message is
 * written, and at the end), and the next `advance` draws it again.
 */
export class ProgressLine {
  private readonly stream: ProgressStream;
  private readonly options: Required<ProgressOptions>;
  private readonly started: number;
  private done = 0;
  private bytes = 0;
  private drawnAt: number | undefined;
  private shown = false;

  constructor(stream: ProgressStream, options: ProgressOptions) {
    this.stream = stream;
    this.options = { delay: 1000, interval: 100, ...options };
    this.started = options.now();
  }

  /** One more article done, of `bytes` bytes. */
  advance(bytes: number): void {
    this.done++;
    this.bytes += bytes;
    const now = this.options.now();
    if (now - this.started < this.options.delay) return;
    if (this.drawnAt !== undefined && now - this.drawnAt < this.options.interval) return;
    this.drawnAt = now;
    this.shown = true;
    const line = formatProgress({
      done: this.done,
      total: this.options.total,
      bytes: this.bytes,
      totalBytes: this.options.totalBytes,
      elapsed: now - this.started,
    });
    this.stream.write(`\r${line}\u001b[K`);
  }

  /** Remove the line, if it is on the screen. */
  clear(): void {
    if (!this.shown) return;
    this.stream.write(CLEAR);
    this.shown = false;
    this.drawnAt = undefined;
  }
}
