// The inputs of `npm run bench`, shared with `scripts/bench-same.js`: thousands of articles of
// different lengths cut from the fixtures (about 12 MB), and the seed repeated to any size.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const fixture = (name) => readFileSync(join(root, 'fixtures', name), 'utf8');

/** The seed article of the fixtures. */
export const seed = fixture('seed-article.txt');
const others = ['two-speakers.txt', 'unclosed.txt', 'no-quotes.txt'].map(fixture);
const paragraphs = seed.split(/\n\s*\n/).filter((p) => p.trim());

/** Article `n`: a title, 4 to 15 paragraphs of the seed, and every third one another fixture. */
export function article(n) {
  const length = 4 + ((n * 7) % 12);
  const parts = [`خبر رقم ${n}`];
  for (let k = 0; k < length; k++) parts.push(paragraphs[(n * 5 + k) % paragraphs.length]);
  if (n % 3 === 0) parts.push(others[n % others.length]);
  return `${parts.join('\n\n')}\n`;
}

/** Articles 0, 1, 2, … until they add up to `bytes` bytes of UTF-8 (12 MB: 3,773 articles). */
export function corpusArticles(bytes = 12e6) {
  const articles = [];
  for (let n = 0, size = 0; size < bytes; n++) {
    articles.push(article(n));
    size += Buffer.byteLength(articles[n]);
  }
  return articles;
}

/** The seed repeated to at least `bytes` bytes. */
export const repeatTo = (bytes) => seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed)));
