/**
 * Web pages by their address: the only place that goes to the network. Node's own `fetch`, with a
 * time limit on the whole exchange and a cap on the size of the page, so that a slow or endless
 * server cannot hold the command or fill the memory.
 */
import { looksLikeHtml } from './page-type.js';

/** Why a page could not be fetched. */
export type FetchErrorCode = 'INVALID_URL' | 'NETWORK' | 'TIMEOUT' | 'HTTP_STATUS' | 'NOT_HTML' | 'TOO_LARGE';

/** Thrown by `fetchPage`; `code` is for programs, `reason` a short phrase for people. */
export class FetchError extends Error {
  override name = 'FetchError';
  readonly code: FetchErrorCode;
  readonly reason: string;

  constructor(code: FetchErrorCode, reason: string) {
    super(reason);
    this.code = code;
    this.reason = reason;
  }
}

/** A page as the server sent it. */
export interface Page {
  bytes: Uint8Array;
  /** The Content-Type header, '' when the server sent none. */
  contentType: string;
}

export interface FetchOptions {
  /**
   * The whole exchange, body included, in milliseconds; `DEFAULT_TIMEOUT_MS` by default. A longer
   * time than `MAX_TIMEOUT_MS` is cut to it.
   */
  timeoutMs?: number | undefined;
  /** The largest page read, in bytes; `MAX_PAGE_BYTES` by default. */
  maxBytes?: number | undefined;
}

/** 15 seconds: a news page that takes longer is not coming. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * One day: the longest time a page is given. Node's timers hold at most 2^31 - 1 ms (about 24.8
 * days) and turn anything longer into 1 ms, so a larger value must never reach `AbortSignal.timeout`.
 */
export const MAX_TIMEOUT_MS = 86_400_000;

/** 20 MB: a news page with its inline scripts is rarely above 3. */
export const MAX_PAGE_BYTES = 20_000_000;

/** Content types of HTML pages. */
const htmlTypes: readonly string[] = ['text/html', 'application/xhtml+xml'];

/** System errors of a failed connection, by their `code`, with the reason we print. */
const networkErrors: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host not found',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
};

/**
 * Whether a command-line argument is a web address rather than a file name.
 *
 * @example
 * isUrl('https://example.com/news/1.html') // true
 * isUrl('news/1.html') // false
 */
export function isUrl(argument: string): boolean {
  return /^https?:\/\//i.test(argument);
}

/**
 * Fetch an HTML page. Redirects are followed. Throws a `FetchError` when the address is not a
 * valid URL, the server cannot be reached or does not answer in time, answers with a status of 400
 * or more, sends something other than HTML, or more than `maxBytes`.
 *
 * @example
 * await fetchPage('https://example.com/news/1.html') // {bytes: Uint8Array […], contentType: 'text/html; charset=utf-8'}
 */
export async function fetchPage(url: string, options: FetchOptions = {}): Promise<Page> {
  const timeoutMs = Math.min(options.timeoutMs ?? DEFAULT_TIMEOUT_MS, MAX_TIMEOUT_MS);
  const maxBytes = options.maxBytes ?? MAX_PAGE_BYTES;
  if (!URL.canParse(url)) throw new FetchError('INVALID_URL', 'not a valid URL');
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, {
      signal,
      headers: { accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1', 'user-agent': 'iqtibas' },
    });
    try {
      if (response.status >= 400) {
        throw new FetchError('HTTP_STATUS', `HTTP ${response.status}${` ${response.statusText}`.trimEnd()}`);
      }
      const contentType = response.headers.get('content-type')?.trim() ?? '';
      const essence = contentType.split(';')[0]?.trim().toLowerCase() ?? '';
      if (contentType && !htmlTypes.includes(essence)) {
        throw new FetchError('NOT_HTML', `not an HTML page (${essence || contentType})`);
      }
      const length = Number(response.headers.get('content-length'));
      if (length > maxBytes) throw new FetchError('TOO_LARGE', `larger than ${describeSize(maxBytes)}`);
      const bytes = await readBody(response, maxBytes);
      // Without a content type, the page must say what it is.
      if (!contentType && !looksLikeHtml('', bytes)) {
        throw new FetchError('NOT_HTML', 'not an HTML page (no content type)');
      }
      return { bytes, contentType };
    } finally {
      // Let the connection go when the body was not read to its end.
      if (!response.bodyUsed) await response.body?.cancel().catch(() => undefined);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw new FetchError('TIMEOUT', `no answer within ${describeSeconds(timeoutMs)}`);
    throw new FetchError('NETWORK', networkReason(error));
  }
}

/** The body, stopped as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new FetchError('TOO_LARGE', `larger than ${describeSize(maxBytes)}`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** `fetch` fails with a bare `TypeError('fetch failed')`; the system error is its cause. */
function networkReason(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code =
    cause instanceof Error && 'code' in cause && typeof cause.code === 'string' ? cause.code : undefined;
  const known = code ? networkErrors[code] : undefined;
  if (known) return known;
  const detail = code ?? (cause instanceof Error ? cause.message : String(cause));
  return `network error (${detail})`;
}

function describeSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${bytes / 1_000_000} MB` : `${bytes} bytes`;
}

function describeSeconds(ms: number): string {
  return `${Number((ms / 1000).toFixed(3))} s`;
}
