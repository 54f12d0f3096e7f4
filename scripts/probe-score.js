// The probes' articles scored quote by quote, by the engine of this tree and, given revisions, by the
// engine of each: a figure of generality, since a probe scored by an engine from before it was written
// is text that engine never saw. Every table of test/probe*.test.ts is scored except `ruleRows` (the
// short rows written while fixing what the articles showed).
//   node scripts/probe-score.js [--variant flat|headline|latin-comma|tight|straight] [REV ...]
// (REV: e.g. the commit before a probe was added; a variant feeds every engine the articles as another
// system might deliver them: paragraph breaks lost, the first paragraph alone over the others joined
// into one line (a headline over a flattened body), ، as a Latin comma, no space after punctuation,
// straight marks only.)
// For each probe file and engine: the rows wholly right, the speech quotes with their speaker right
// (direct and partial alike, as npm run eval's end-to-end), and the mentions right. Printed, never asserted.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--variant');
const variant = at >= 0 ? args.splice(at, 2)[1] : '';
if (at >= 0 && !['flat', 'headline', 'latin-comma', 'tight', 'straight'].includes(variant ?? '')) {
  process.stderr.write(`probe-score: --variant wants flat, headline, latin-comma, tight or straight\n`);
  process.exit(2);
}
const root = resolve(new URL('..', import.meta.url).pathname);
const probes = readdirSync(join(root, 'test'))
  .filter((f) => /^probe\d*\.test\.ts$/.test(f))
  .sort((a, b) => Number(a.match(/\d+/)?.[0] ?? 1) - Number(b.match(/\d+/)?.[0] ?? 1));

function run(command, args, cwd) {
  const result = spawnSync(command, args, {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
    env: { ...process.env, PROBE_SCORE_VARIANT: variant ?? '' },
  });
  if (result.status !== 0) {
    process.stderr.write(`probe-score: ${command} ${args.join(' ')} failed:\n${result.stderr}`);
    process.exit(1);
  }
  return result.stdout;
}

/** Scores of every probe by the engine in `tree` (its src/), from copies of this tree's probes. */
function scoreIn(tree) {
  const dir = join(tree, '.probe-score', 'run');
  rmSync(join(tree, '.probe-score'), { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  try {
    cpSync(join(root, 'scripts', 'probe-score', 'rows.ts'), join(dir, 'rows.ts'));
    cpSync(join(root, 'scripts', 'probe-score', 'main.ts'), join(dir, 'main.ts'));
    for (const file of probes) {
      const source = readFileSync(join(root, 'test', file), 'utf8')
        .replace(
          "import { describe } from 'vitest';",
          'const describe = (_: string, body: () => void) => body();',
        )
        // The row module's path as probes import it now, and as the first commits of probes 1-40 did.
        .replace(/'\.\/(?:support\/rows|scan\.test)\.js'/, "'./rows.js'")
        .replace(/^\s*runRows\(ruleRows\);$/gm, '');
      writeFileSync(join(dir, file), source);
    }
    const tsx = join(root, 'node_modules', '.bin', 'tsx');
    const out = run(tsx, [join(dir, 'main.ts'), ...probes.map((f) => join(dir, f))], tree);
    return new Map(
      out
        .trim()
        .split('\n')
        .map((line) => {
          const figures = JSON.parse(line);
          return [figures.file, figures];
        }),
    );
  } finally {
    rmSync(join(tree, '.probe-score'), { recursive: true, force: true });
  }
}

const engines = [{ name: 'this tree', scores: scoreIn(root) }];
for (const rev of args) {
  const tree = join(tmpdir(), `iqtibas-probe-score-${process.pid}-${engines.length}`);
  run('git', ['worktree', 'add', '--detach', '--quiet', tree, rev], root);
  try {
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'), 'dir');
    engines.push({ name: rev, scores: scoreIn(tree) });
  } finally {
    run('git', ['worktree', 'remove', '--force', tree], root);
  }
}

const cell = (f) =>
  `${f.rowsRight}/${f.rows} rows, ${f.speechRight}/${f.speech} speech, ${f.mentionsRight}/${f.mentions} mentions`;
const total = (scores) => {
  const sum = { rows: 0, rowsRight: 0, speech: 0, speechRight: 0, mentions: 0, mentionsRight: 0 };
  for (const f of scores.values()) for (const key of Object.keys(sum)) sum[key] += f[key];
  return sum;
};
console.log(['probe', ...engines.map((e) => e.name)].join(' | '));
for (const file of probes) console.log([file, ...engines.map((e) => cell(e.scores.get(file)))].join(' | '));
console.log(
  [
    'all',
    ...engines.map((e) => {
      const sum = total(e.scores);
      return `${cell(sum)} (speech ${(sum.speechRight / sum.speech).toFixed(3)})`;
    }),
  ].join(' | '),
);
