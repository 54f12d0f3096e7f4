// The bin's start: the one-file bundle dist/quotes.cjs compiled through V8's code cache
// dist/quotes.cache (scripts/bundle.js, bin/quotes.js). A copy of the built package in a temp dir, so
// that the cache can be taken away, spoilt and written again; `npm test` builds dist/ before vitest.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const exec = promisify(execFile);
const seed = resolve('fixtures/seed-article.txt');
const temp = mkdtempSync(join(tmpdir(), 'iqtibas-cache-'));
const bin = join(temp, 'bin', 'quotes.js');
const cache = join(temp, 'dist', 'quotes.cache');

/** Runs the copied bin; the exit code with what it printed. */
async function quotes(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await exec(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

/** The SHA-256 of the copied bundle, which a cache made from it opens with. */
function bundleDigest(): Buffer {
  return createHash('sha256')
    .update(readFileSync(join(temp, 'dist', 'quotes.cjs')))
    .digest();
}

let expected = '';
let buildCache = Buffer.alloc(0);

beforeAll(async () => {
  if (!existsSync('dist/quotes.cjs')) throw new Error('dist/ is missing: run `npm run build` first');
  for (const part of ['bin', 'dist', 'schema', 'package.json'])
    cpSync(part, join(temp, part), { recursive: true });
  symlinkSync(resolve('node_modules'), join(temp, 'node_modules'));
  buildCache = readFileSync(cache);
  // What the modules one by one print (dist/cli/main.js, no bundle, no cache).
  const { stdout } = await exec(process.execPath, ['dist/cli/main.js', 'extract', '--json', seed]);
  expected = stdout;
});

afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('the code cache', () => {
  test('the build leaves a cache made from its own bundle, and a run through it prints what the modules print', async () => {
    expect(readFileSync(cache).subarray(0, 32).equals(bundleDigest())).toBe(true);
    const run = await quotes(['extract', '--json', seed]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
  });

  test('a cache made from another bundle is not used; the first extraction writes one for this bundle', async () => {
    writeFileSync(cache, Buffer.concat([Buffer.alloc(32), Buffer.from('not a code cache')]));
    const run = await quotes(['extract', '--json', seed]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    const written = readFileSync(cache);
    expect(written.subarray(0, 32).equals(bundleDigest())).toBe(true);
    expect(written.length).toBeGreaterThan(100_000);
  });

  test('a valid cache is used as it is: not written again', async () => {
    const before = readFileSync(cache);
    const { mtimeMs } = statSync(cache);
    const run = await quotes(['extract', '--json', seed]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(readFileSync(cache).equals(before)).toBe(true);
    expect(statSync(cache).mtimeMs).toBe(mtimeMs);
  });

  test('a bundle changed to the same length is compiled from its source, not from the old cache', async () => {
    const bundle = join(temp, 'dist', 'quotes.cjs');
    const original = readFileSync(bundle, 'utf8');
    const changed = original.replace(' speech, ', ' SPEECH, ');
    expect(changed).not.toBe(original);
    expect(Buffer.byteLength(changed)).toBe(Buffer.byteLength(original));
    // (the cache the build made for the bundle as it was)
    writeFileSync(cache, buildCache);
    try {
      writeFileSync(bundle, changed);
      const run = await quotes(['extract', seed]);
      expect(run.code).toBe(0);
      expect(run.stdout.trimEnd().split('\n').at(-1)).toMatch(/^18 quotes \(16 SPEECH, 2 mentions\)/u);
    } finally {
      writeFileSync(bundle, original);
      writeFileSync(cache, buildCache);
    }
  });

  test('a cache whose V8 data was damaged (same length, bundle unchanged) is not given to V8', async () => {
    const good = readFileSync(cache);
    const damaged = Buffer.from(good);
    for (let k = good.length >> 1; k < (good.length >> 1) + 64; k++)
      damaged[k] = (damaged[k] as number) ^ 0x5a;
    writeFileSync(cache, damaged);
    const run = await quotes(['extract', '--json', seed]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(readFileSync(cache).equals(damaged)).toBe(false);
  });

  test('a cache of this bundle that V8 refuses (spoilt bytes) costs nothing but time, and is written again', async () => {
    writeFileSync(cache, Buffer.concat([bundleDigest(), Buffer.from('spoilt')]));
    const run = await quotes(['extract', '--json', seed]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(readFileSync(cache).length).toBeGreaterThan(100_000);
  });

  test('with no cache, --help writes none (the engine never ran); an extraction does', async () => {
    rmSync(cache, { force: true });
    const help = await quotes(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: quotes');
    expect(existsSync(cache)).toBe(false);
    const run = await quotes(['extract', '--json', seed]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
    expect(existsSync(cache)).toBe(true);
  });

  test('an extraction that fails (a missing file, exit 2) writes no cache', async () => {
    rmSync(cache, { force: true });
    const run = await quotes(['extract', join(temp, 'no-such-article.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/^quotes: .*no-such-article\.txt/u);
    expect(existsSync(cache)).toBe(false);
  });

  test('an HTML page reads through the compiled HTML module the bundle leaves apart', async () => {
    const page = join(temp, 'page.html');
    writeFileSync(
      page,
      '<html><head><title>خبر</title></head><body><article><p>قال وزير الصحة أحمد الزين: «الوضع مستقر».</p></article></body></html>',
    );
    const run = await quotes(['extract', '--json', page]);
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(
      document.quotes.map((q: { text: string; speaker: { name: string } | null }) => [
        q.text,
        q.speaker?.name,
      ]),
    ).toEqual([['الوضع مستقر', 'أحمد الزين']]);
  });

  test('an HTML page that cannot be decoded is one article’s error, as with the modules; the rest is read', async () => {
    const page = join(temp, 'binary.html');
    writeFileSync(page, Buffer.from('<html><body><p>a\0b</p></body></html>'));
    const args = ['extract', '--format', 'ndjson', page, seed];
    const modules = await exec(process.execPath, ['dist/cli/main.js', ...args]).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    const run = await quotes(args);
    expect(run).toEqual({ code: 2, stdout: modules.stdout, stderr: modules.stderr });
    expect(run.stderr).toMatch(/binary data/u);
    expect(run.stdout.trim().split('\n')).toHaveLength(1);
  });

  test('no file is left aside by the runs (each cache is written aside, then renamed)', () => {
    expect(readdirSync(join(temp, 'dist')).filter((name) => name.startsWith('quotes.cache.'))).toEqual([]);
  });

  test('without the bundle the bin runs the modules one by one', async () => {
    rmSync(join(temp, 'dist', 'quotes.cjs'));
    const run = await quotes(['extract', '--json', seed]);
    expect(run).toEqual({ code: 0, stdout: expected, stderr: '' });
  });
});
