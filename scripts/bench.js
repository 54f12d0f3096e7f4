// npm run bench: the core in process on the seed article repeated, and the CLI as a whole process.
// Figures are for comparing runs side by side on one machine, never asserted in tests.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { extract } from '../dist/index.js';

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

const dir = mkdtempSync(join(tmpdir(), 'iqtibas-bench-'));
const file = join(dir, 'big.txt');
writeFileSync(file, big);
const bin = new URL('../bin/quotes.js', import.meta.url).pathname;
const cli = time(
  () => execFileSync(process.execPath, [bin, 'extract', '--format', 'ndjson', file], { maxBuffer: 1 << 30 }),
  1,
);
rows.push(['CLI, 12 MB file, ndjson', `${cli.toFixed(2)} s`, `${(mb(big) / cli).toFixed(2)} MB/s`]);
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
