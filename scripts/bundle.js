// Builds the one file the `quotes` command runs, after tsc has compiled src/ into dist/:
//   node scripts/bundle.js
// dist/quotes.cjs bundles the command line (dist/cli/start.js), the engine and the packages they load
// at start (commander, chalk, franc when needed) into one script. bin/quotes.js compiles it through
// V8's code cache, dist/quotes.cache, which this script writes by running the command once on the
// seed fixture: a fresh process then skips most of compiling the engine (start-up about 140 ms against
// 230 ms for the modules one by one; `npm run bench` measures it). HTML input (linkedom, parse5,
// Readability) stays in its own modules (dist/input/html.js), imported only for HTML through the import
// function bin/quotes.js passes in; workers (--jobs) run dist/cli/worker.js.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: ['dist/cli/start.js'],
  outfile: 'dist/quotes.cjs',
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Paths the modules build from their own address (package.json, schema/, the worker) resolve from
  // the address bin/quotes.js gives, dist/cli/main.js's.
  define: { 'import.meta.url': '__iqtibas_url' },
  // Smaller source, same code: less for V8 to read and hash at each start. Names stay.
  minifyWhitespace: true,
  minifySyntax: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'html-input-apart',
      setup(build) {
        // The HTML reader stays the compiled module dist/input/html.js, loaded through the import
        // function bin/quotes.js passes in (a script compiled by vm has no import() of its own).
        build.onLoad({ filter: /[\\/]input[\\/]load-html\.js$/ }, () => ({
          contents: "export const loadHtml = () => __iqtibas_import('./input/html.js');",
          loader: 'js',
        }));
      },
    },
  ],
});
if (/(?<![\w$])import\(/u.test(readFileSync(new URL('../dist/quotes.cjs', import.meta.url), 'utf8'))) {
  process.stderr.write('bundle: dist/quotes.cjs has an import() left, which a vm script cannot run\n');
  process.exit(1);
}
rmSync(new URL('../dist/quotes.cache', import.meta.url), { force: true });
// One run writes the code cache (bin/quotes.js does after an extraction when there is none).
execFileSync(process.execPath, ['bin/quotes.js', 'extract', 'fixtures/seed-article.txt'], {
  cwd: root,
  stdio: 'ignore',
});
