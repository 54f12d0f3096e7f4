// npm run bench: the core in process on the seed article repeated, and the CLI as a whole process.
// Figures are for comparing runs side by side on one machine, never asserted in tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../dist/index.js';
import { htmlToText } from '../dist/input/html.js';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
const mb = (s) => Buffer.byteLength(s) / 1e6;

function time(fn, rounds) {
  fn();
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) fn();
  return Number(process.hrtime.bigint() - start) / 1e9 / rounds;
}

const rows = [];
const perArticle = time(() => extract(seed), 300);
rows.push([
  'core, seed article',
  `${(1 / perArticle).toFixed(0)} articles/s`,
  `${(mb(seed) / perArticle).toFixed(2)} MB/s`,
]);
const big = Array.from({ length: 1200 }, () => seed).join('\n\n'); // about 12 MB
const bigTime = time(() => extract(big), 3);
rows.push(['core, one 12 MB text', `${bigTime.toFixed(2)} s`, `${(mb(big) / bigTime).toFixed(2)} MB/s`]);
const half = big.slice(0, big.length / 2);
const halfTime = time(() => extract(half), 3);
rows.push(['growth, 12 MB / 6 MB', `${(bigTime / halfTime).toFixed(2)}x`, '']);

// Web pages: parse5, linkedom and Readability before the core; Readability dominates on big pages.
const page = readFileSync(new URL('../fixtures/html/drought-plan.html', import.meta.url), 'utf8');
const pageTime = time(() => htmlToText(page), 50);
rows.push([
  'html to text, 3.6 KB page',
  `${(1 / pageTime).toFixed(0)} pages/s`,
  `${(pageTime * 1000).toFixed(1)} ms`,
]);
const story = page.slice(page.indexOf('<article'), page.indexOf('</article>') + '</article>'.length);
const bigPage = page.replace(
  '<main>',
  `<main>${`<div class="row"><div class="col">${story}</div></div>`.repeat(100)}`,
);
const bigPageTime = time(() => htmlToText(bigPage), 2);
rows.push([
  `html to text, ${(bigPage.length / 1000).toFixed(0)} K-char page`,
  `${bigPageTime.toFixed(2)} s`,
  `${(mb(bigPage) / bigPageTime).toFixed(2)} MB/s`,
]);

const dir = mkdtempSync(join(tmpdir(), 'iqtibas-bench-'));
const file = join(dir, 'big.txt');
writeFileSync(file, big);
const bin = new URL('../bin/quotes.js', import.meta.url).pathname;
const cli = time(
  () => execFileSync(process.execPath, [bin, 'extract', '--format', 'ndjson', file], { maxBuffer: 1 << 30 }),
  1,
);
rows.push(['CLI, 12 MB file, ndjson', `${cli.toFixed(2)} s`, `${(mb(big) / cli).toFixed(2)} MB/s`]);
// The HTML page of the same file: the page's size, and the time beside ndjson's.
let pageBytes = 0;
const cliHtml = time(() => {
  pageBytes = execFileSync(process.execPath, [bin, 'extract', '--format', 'html', file], {
    maxBuffer: 1 << 30,
  }).length;
}, 1);
rows.push([
  'CLI, 12 MB file, html',
  `${cliHtml.toFixed(2)} s`,
  `${(mb(big) / cliHtml).toFixed(2)} MB/s, page ${(pageBytes / 1e6).toFixed(1)} MB`,
]);
// The formats that lay text out: the report wraps the whole article in --narration; csv quotes every cell.
for (const flags of [
  ['--narration', '--no-color'],
  ['--format', 'csv'],
]) {
  const seconds = time(
    () => execFileSync(process.execPath, [bin, 'extract', ...flags, file], { maxBuffer: 1 << 30 }),
    1,
  );
  rows.push([
    `CLI, 12 MB file, ${flags[0]} ${flags[1]}`,
    `${seconds.toFixed(2)} s`,
    `${(mb(big) / seconds).toFixed(2)} MB/s`,
  ]);
}
const startup = time(
  () =>
    execFileSync(process.execPath, [
      bin,
      'extract',
      '--json',
      new URL('../fixtures/seed-article.txt', import.meta.url).pathname,
    ]),
  5,
);
const bare = time(() => execFileSync(process.execPath, ['-e', '0']), 5);
rows.push([
  'start-up, seed vs node -e 0',
  `${(startup * 1000).toFixed(0)} ms vs ${(bare * 1000).toFixed(0)} ms`,
  `${(startup / bare).toFixed(2)}x`,
]);

for (const [what, a, b] of rows) console.log(`${what.padEnd(30)} ${a.padEnd(22)} ${b}`);

// Hostile inputs (issue 4): quote marks, unclosed marks and cues at 1 and 2 MB; see bench-hostile.js.
await (await import('./bench-hostile.js')).benchHostile();
