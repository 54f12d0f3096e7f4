// The package as a user gets it: `npm pack`, installed into an empty project without dev
// dependencies, then run with `npx quotes` and imported as a library. Uses dist/ as `npm test`
// built it; the runtime dependencies come from the npm cache (`npm ci` put them there).
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';

const exec = promisify(execFile);
const root = resolve('.');
const seed = resolve('fixtures/seed-article.txt');
const temp = mkdtempSync(join(tmpdir(), 'iqtibas-pack-'));

afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** The environment of this test run without what `npm test` tells its children about our package. */
function npmEnv(): NodeJS.ProcessEnv {
  return Object.fromEntries(
    Object.entries(process.env).filter(
      ([key]) => !key.startsWith('npm_package_') && !key.startsWith('npm_lifecycle_'),
    ),
  );
}

async function sh(command: string, args: string[], cwd: string): Promise<string> {
  const { stdout } = await exec(command, args, { cwd, env: npmEnv(), maxBuffer: 64 * 1024 * 1024 });
  return stdout;
}

/** Installs from the cache alone; falls back to the registry only for what the cache lacks. */
async function install(tarball: string, cwd: string): Promise<void> {
  const flags = ['install', '--omit=dev', '--no-audit', '--no-fund', '--no-package-lock'];
  try {
    await sh('npm', [...flags, '--offline', tarball], cwd);
  } catch {
    await sh('npm', [...flags, '--prefer-offline', tarball], cwd);
  }
}

test('npm pack installs into an empty project and runs without dev dependencies', {
  timeout: 120_000,
}, async () => {
  if (!existsSync('dist/cli/main.js')) throw new Error('dist/ is missing: run `npm run build` first');

  // What goes into the tarball: the bin, the compiled code, the schemas, package.json, README.
  const packDir = join(temp, 'pack');
  mkdirSync(packDir);
  const packed = JSON.parse(
    await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], root),
  ) as { filename: string; files: { path: string }[] }[];
  const files = packed[0]?.files.map((file) => file.path) ?? [];
  expect(files).toContain('bin/quotes.js');
  expect(files).toContain('dist/index.js');
  expect(files).toContain('dist/quotes.cjs');
  expect(files).toContain('dist/index.d.ts');
  expect(files).toContain('schema/document.schema.json');
  expect(files.filter((path) => !/^(bin|dist|schema)\/|^(package\.json|README\.md)$/.test(path))).toEqual([]);

  const app = join(temp, 'app');
  mkdirSync(app);
  writeFileSync(join(app, 'package.json'), '{ "name": "app", "private": true, "type": "module" }\n');
  await install(join(packDir, packed[0]?.filename ?? ''), app);

  // Only the runtime dependencies: no TypeScript, no tsx, no test tools.
  const installed = readdirSync(join(app, 'node_modules'));
  expect(installed).toContain('iqtibas');
  for (const dev of ['typescript', 'tsx', 'vitest', '@biomejs', 'esbuild'])
    expect(installed).not.toContain(dev);

  // The command, as `npx quotes` finds it in node_modules/.bin.
  const report = await sh('npx', ['--no', 'quotes', 'extract', '--no-color', seed], app);
  expect(report).toContain('فلاديمير بوتين');
  expect(report.trimEnd().split('\n').at(-1)).toMatch(/^\d+ quotes \(\d+ speech, \d+ mentions?\)/);
  const schema = JSON.parse(await sh('npx', ['--no', 'quotes', 'schema'], app));
  expect(schema.title).toBe('iqtibas document, schemaVersion 1');
  const cli = JSON.parse(await sh('npx', ['--no', 'quotes', 'extract', '--json', seed], app));

  // The library, imported by its package name: the same document as the command line gives.
  const script = `import { readFileSync } from 'node:fs';
import { extract } from 'iqtibas';
process.stdout.write(JSON.stringify(extract(readFileSync(process.argv[1], 'utf8'))));`;
  const library = JSON.parse(await sh('node', ['--input-type=module', '-e', script, seed], app));
  const { source: _source, encoding: _encoding, ...cliRest } = cli;
  const { source: _none, ...libraryRest } = library;
  expect(library.source).toBeNull();
  expect(libraryRest).toEqual(cliRest);
  expect(libraryRest.quotes.length).toBeGreaterThan(0);

  // The types, through `exports`: a strict consumer compiles against dist/index.d.ts.
  writeFileSync(
    join(app, 'consumer.ts'),
    `import { extract, type Quote, type QuoteDocument } from 'iqtibas';
const document: QuoteDocument = extract('وقال الوزير: «نعم».');
const first: Quote | undefined = document.quotes[0];
const name: string | undefined = first?.speaker?.name;
// @ts-expect-error: kind is a closed union
const kind: typeof document.quotes[number]['kind'] = 'quote';
export { name, kind };
`,
  );
  writeFileSync(
    join(app, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'nodenext',
        moduleResolution: 'nodenext',
        noEmit: true,
        types: [],
      },
      files: ['consumer.ts'],
    }),
  );
  await sh(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', '.'], app);
});
