// Start-up side by side: a fresh `quotes extract --json` on the seed article for each build given,
// alternating with a bare `node -e 0`, round after round, so that the machine's drift falls on all alike:
//   node scripts/bench-startup.js [--rounds N] DIR ...
// Each DIR holds a build (bin/quotes.js and its dist/, as bench-same.js's OLD does; `.` for this tree).
// Prints each one's median time and its ratio to the bare node's. Printed, never asserted.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--rounds');
const rounds = at < 0 ? 21 : Number(args.splice(at, 2)[1]);
if (args.length === 0 || !Number.isInteger(rounds) || rounds < 1) {
  process.stderr.write('bench-startup: give one or more build directories (and --rounds N, N ≥ 1)\n');
  process.exit(2);
}
const seed = resolve(new URL('../fixtures/seed-article.txt', import.meta.url).pathname);
const runs = [
  { name: 'node -e 0', argv: ['-e', '0'] },
  ...args.map((dir) => ({
    name: dir,
    argv: [join(resolve(dir), 'bin', 'quotes.js'), 'extract', '--json', seed],
  })),
];
const times = runs.map(() => []);
for (let round = 0; round < rounds; round++) {
  runs.forEach((run, k) => {
    const start = process.hrtime.bigint();
    const { status } = spawnSync(process.execPath, run.argv, { stdio: 'ignore' });
    if (status !== 0) {
      process.stderr.write(`bench-startup: ${run.name} exited with ${status}\n`);
      process.exit(1);
    }
    times[k].push(Number(process.hrtime.bigint() - start) / 1e6);
  });
}
const median = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const bare = median(times[0]);
runs.forEach((run, k) => {
  const ms = median(times[k]);
  process.stdout.write(
    `${run.name}: ${ms.toFixed(0)} ms${k === 0 ? '' : `, ${(ms / bare).toFixed(2)}x the bare node`}\n`,
  );
});
process.stdout.write(`(median of ${rounds} rounds, in turn)\n`);
