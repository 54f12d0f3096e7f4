// The engine's CPU time over the bench corpus (scripts/bench-corpus.js, 3,773 articles) in one process:
// the first pass (cold: V8 has not optimised the engine yet) and three passes after it (warm). With
// two or more builds, each is run in turn, twice, so that they can be compared on a shared machine.
//   node scripts/bench-warm.js [DIST ...]      (default: ./dist; an old build: a copy of its dist/)
// Figures are printed, never asserted.
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const dists = process.argv.slice(2).map((d) => resolve(d));
if (process.env.BENCH_WARM_CHILD) {
  const { corpusArticles } = await import('./bench-corpus.js');
  const articles = corpusArticles(12e6);
  const { extract } = await import(pathToFileURL(resolve(process.env.BENCH_WARM_CHILD, 'index.js')).href);
  const cpu = () => {
    const usage = process.cpuUsage();
    return (usage.user + usage.system) / 1e3;
  };
  const passes = [];
  for (let pass = 0; pass < 4; pass++) {
    const start = cpu();
    for (const text of articles) extract(text);
    passes.push(Math.round(cpu() - start));
  }
  console.log(
    `${process.env.BENCH_WARM_CHILD}: cold ${passes[0]} ms, warm ${passes.slice(1).join(', ')} ms CPU`,
  );
} else {
  const builds = dists.length > 0 ? dists : [resolve('dist')];
  for (let round = 0; round < 2; round++)
    for (const dist of builds)
      spawnSync(process.execPath, [new URL(import.meta.url).pathname], {
        stdio: 'inherit',
        env: { ...process.env, BENCH_WARM_CHILD: dist },
      });
}
