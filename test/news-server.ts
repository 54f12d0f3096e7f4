/**
 * A news site on 127.0.0.1 for the tests of web pages: saved pages, and the ways a server fails
 * (404, a PDF, a page too large, a server that never answers). Listens on a free port.
 */
import { readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface NewsServer {
  /** The address of a path on the server. */
  url(path: string): string;
  /** An address where nothing listens: a refused connection. */
  refusedUrl: string;
  close(): Promise<void>;
}

const drought = readFileSync('fixtures/html/drought-plan.html');
/** The fixtures in a single-byte charset, without their `<meta>`: only the server says the charset. */
const withoutMeta = (path: string) =>
  Buffer.from(
    readFileSync(path)
      .toString('latin1')
      .replace(/<meta [^>]*charset[^>]*>\n?/i, ''),
    'latin1',
  );
const rain1256 = withoutMeta('fixtures/html/rain-windows-1256.html');
const fairIso = withoutMeta('fixtures/html/book-fair-iso-8859-6.html');

type Route = (response: ServerResponse) => void;

const html = (body: Uint8Array | string, contentType = 'text/html; charset=utf-8'): Route => {
  return (response) => {
    response.writeHead(200, { 'content-type': contentType }).end(body);
  };
};

export async function startNewsServer(): Promise<NewsServer> {
  const timers = new Set<NodeJS.Timeout>();
  const routes: Record<string, Route> = {
    '/news/drought-plan': html(drought),
    '/news/rain': html(rain1256, 'text/html; charset=windows-1256'),
    '/news/book-fair': html(fairIso, 'text/html; charset=ISO-8859-6'),
    '/news/no-type': (response) => response.end(drought),
    '/notes.txt': (response) => response.end('قال الوزير: «نعم»'),
    '/report.pdf': html('%PDF-1.7', 'application/pdf'),
    '/moved': (response) => response.writeHead(301, { location: '/news/drought-plan' }).end(),
    '/broken': (response) => response.writeHead(500, 'Internal Server Error').end('oops'),
    '/huge': (response) =>
      response.writeHead(200, { 'content-type': 'text/html', 'content-length': '50000000' }).write('<p>'),
    // No length said: the page goes on, a kilobyte at a time, until the reader stops.
    '/endless': (response) => {
      response.writeHead(200, { 'content-type': 'text/html' });
      const more = () => {
        if (response.destroyed) return;
        response.write(`<p>${'خبر '.repeat(250)}</p>`, () => setImmediate(more));
      };
      more();
    },
    // Headers at once, the page after two seconds: longer than the timeouts the tests set.
    '/slow': (response) => {
      response.writeHead(200, { 'content-type': 'text/html' }).write('<p>قال');
      const timer = setTimeout(() => response.end(' الوزير</p>'), 2000);
      timers.add(timer);
    },
  };
  const server = createServer((request, response) => {
    const route = routes[request.url ?? ''];
    if (route) return route(response);
    response.writeHead(404, 'Not Found', { 'content-type': 'text/html' }).end('<h1>Not Found</h1>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  // A port that was free a moment ago, and is again.
  const spare = createServer();
  await new Promise<void>((resolve) => spare.listen(0, '127.0.0.1', resolve));
  const sparePort = (spare.address() as AddressInfo).port;
  await new Promise((resolve) => spare.close(resolve));

  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    refusedUrl: `http://127.0.0.1:${sparePort}/news`,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
