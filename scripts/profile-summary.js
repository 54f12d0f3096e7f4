// Self time per function of a V8 .cpuprofile (from `node --cpu-prof`), most first:
//   node scripts/profile-summary.js CPU.cpuprofile [rows]
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

const [file, rowsArg] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node scripts/profile-summary.js PROFILE.cpuprofile [rows]\n');
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map();
// timeDeltas[i] is the time before samples[i]: charge it to the function sampled.
profile.samples.forEach((id, i) => {
  const { callFrame } = byId.get(id);
  const where = callFrame.url ? relative(process.cwd(), new URL(callFrame.url).pathname) : '';
  const key = `${callFrame.functionName || '(anonymous)'}  ${where}${where ? `:${callFrame.lineNumber + 1}` : ''}`;
  self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
});
const total = [...self.values()].reduce((sum, t) => sum + t, 0);
const rows = [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(rowsArg ?? 25));
for (const [key, time] of rows) {
  process.stdout.write(
    `${((100 * time) / total).toFixed(1).padStart(5)}%  ${(time / 1000).toFixed(0).padStart(7)} ms  ${key}\n`,
  );
}
