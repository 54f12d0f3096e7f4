import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FetchError, fetchPage, isUrl } from '../src/input/fetch-url.js';
import { type NewsServer, startNewsServer } from './news-server.js';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
});

describe('isUrl', () => {
  test.each([
    ['http://example.com/news', true],
    ['HTTPS://example.com/news', true],
    ['news/http://x.html', false],
    ['ftp://example.com/news', false],
    ['page.html', false],
    ['-', false],
  ])('%s: %s', (argument, url) => {
    expect(isUrl(argument)).toBe(url);
  });
});

describe('fetchPage', () => {
  test('a page: its bytes as sent, and its content type', async () => {
    const page = await fetchPage(server.url('/news/drought-plan'));
    expect(page.contentType).toBe('text/html; charset=utf-8');
    expect(Buffer.from(page.bytes).equals(readFileSync('fixtures/html/drought-plan.html'))).toBe(true);
  });

  test('a redirect is followed', async () => {
    const page = await fetchPage(server.url('/moved'));
    expect(Buffer.from(page.bytes).toString('utf8')).toContain('خالد العمري');
  });

  test('no content type: a page that says it is HTML is taken', async () => {
    expect((await fetchPage(server.url('/news/no-type'))).contentType).toBe('');
  });

  test.each([
    ['/missing', 'HTTP_STATUS', 'HTTP 404 Not Found'],
    ['/broken', 'HTTP_STATUS', 'HTTP 500 Internal Server Error'],
    ['/report.pdf', 'NOT_HTML', 'not an HTML page (application/pdf)'],
    ['/notes.txt', 'NOT_HTML', 'not an HTML page (no content type)'],
    ['/huge', 'TOO_LARGE', 'larger than 20 MB'],
  ])('%s: %s', async (path, code, reason) => {
    const error = await fetchPage(server.url(path)).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(FetchError);
    expect(error).toMatchObject({ code, reason });
  });

  test('a page that goes on and on is cut at the cap', async () => {
    await expect(fetchPage(server.url('/endless'), { maxBytes: 100_000 })).rejects.toMatchObject({
      code: 'TOO_LARGE',
      reason: 'larger than 100000 bytes',
    });
  });

  test('a server that is too slow: TIMEOUT, with the time allowed', async () => {
    await expect(fetchPage(server.url('/slow'), { timeoutMs: 200 })).rejects.toMatchObject({
      code: 'TIMEOUT',
      reason: 'no answer within 0.2 s',
    });
  });

  test('a time beyond what a timer holds is cut to one day, not turned into 1 ms', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      const page = await fetchPage(server.url('/news/drought-plan'), { timeoutMs: 3_000_000_000 });
      expect(page.contentType).toBe('text/html; charset=utf-8');
      // Warnings are emitted on a later tick.
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(warnings).not.toContain('TimeoutOverflowWarning');
  });

  test('nobody listening: connection refused', async () => {
    await expect(fetchPage(server.refusedUrl)).rejects.toMatchObject({
      code: 'NETWORK',
      reason: 'connection refused',
    });
  });

  test('not a URL at all', async () => {
    await expect(fetchPage('http://')).rejects.toMatchObject({
      code: 'INVALID_URL',
      reason: 'not a valid URL',
    });
  });
});
