// The built command, spawned as a user runs it: `npm test` builds dist/ before vitest.
import { execFile, spawn } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { franc } from 'franc';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';

const bin = 'bin/quotes.js';
const seed = 'fixtures/seed-article.txt';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns `node bin/quotes.js …`, feeding `input` on stdin (closed at once when there is none). */
function quotes(args: string[], input?: Buffer): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

/** Spawns `node bin/quotes.js …` with standard input opened on `path` (`quotes … < path`). */
function quotesFrom(path: string, args: string[]): Promise<Run> {
  const fd = openSync(path, 'r');
  return new Promise<Run>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], {
      env: { ...process.env, NO_COLOR: '1' },
      stdio: [fd, 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  }).finally(() => closeSync(fd));
}

beforeAll(() => {
  if (!existsSync('dist/cli/main.js'))
    throw new Error('dist/ is missing: run `npm run build` before these tests');
});

describe('the built bin', () => {
  test('--help', async () => {
    const { code, stdout, stderr } = await quotes(['--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('Usage: quotes');
    expect(stdout).toContain('Examples:');
  });

  test('is executable with its shebang', async () => {
    const { stdout } = await promisify(execFile)(bin, ['--version']);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+/);
  });

  test('a missing file: exit 2, exactly one line on stderr, no stack', async () => {
    const { code, stdout, stderr } = await quotes(['extract', 'fixtures/missing.txt']);
    expect({ code, stdout, stderr }).toEqual({
      code: 2,
      stdout: '',
      stderr: "quotes: cannot read 'fixtures/missing.txt': no such file\n",
    });
  });

  test.each([
    [['extract', '--json']],
    [['extract', '--json', '-']],
    [['extract', '--input', 'jsonl', '--format', 'ndjson']],
  ])('%j < a directory: refused in one line, exit 2', async (args) => {
    const { code, stderr } = await quotesFrom('fixtures', args);
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: 'quotes: cannot read standard input: is a directory\n',
    });
  });

  test('< a file: read as standard input', async () => {
    const { code, stdout, stderr } = await quotesFrom(seed, ['extract', '--json']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout)).toMatchObject({ source: '-' });
    expect((JSON.parse(stdout) as { quotes: unknown[] }).quotes.length).toBeGreaterThan(0);
  });

  test("standard input through '-'", async () => {
    const { code, stdout } = await quotes(['extract', '--json', '-'], readFileSync(seed));
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 1, source: '-' });
  });

  test('--format json on the seed parses, schemaVersion 1', async () => {
    const { code, stdout } = await quotes(['extract', '--format', 'json', seed]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ schemaVersion: 1, source: seed, language: { code: 'arb' } });
  });

  test('ndjson with two files: two lines', async () => {
    const { code, stdout } = await quotes(['extract', '--format', 'ndjson', seed, 'fixtures/no-quotes.txt']);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines.map((line) => JSON.parse(line).source)).toEqual([seed, 'fixtures/no-quotes.txt']);
  });

  test('a saved web page: the HTML parser loads from dist/, the article text is read', async () => {
    const { code, stdout, stderr } = await quotes(['extract', '--json', 'fixtures/html/hostile.html']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).quotes.map((quote: { text: string }) => quote.text)).toEqual([
      'هذا الجسر سيختصر ساعة كاملة من طريق الموظفين كل يوم',
    ]);
  });

  // Waits for the engine to report the unclosed «.
  test('an article not in Arabic script loads franc when it comes, with one thread or two', async () => {
    // The command line loads franc only for such an article (src/language/load-franc.ts).
    const dir = await mkdtemp(join(tmpdir(), 'iqtibas-franc-'));
    const english = join(dir, 'english.txt');
    const text = 'The minister told reporters that the talks would resume in Geneva next week.\n';
    await writeFile(english, text);
    try {
      for (const jobs of ['1', '2']) {
        const run = await quotes(['extract', '--format', 'ndjson', '--jobs', jobs, seed, english]);
        expect(run.code).toBe(0);
        const languages = run.stdout
          .trim()
          .split('\n')
          .map((line) => JSON.parse(line).language.code);
        // What franc says of it (short English may read as Scots: franc's answer, whatever it is).
        expect(languages).toEqual(['arb', franc(text, { minLength: 10 })]);
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  test('--strict on an unclosed quote: exit 1', async () => {
    const { code, stderr } = await quotes(['extract', '--strict', 'fixtures/unclosed.txt']);
    expect(code).toBe(1);
    expect(stderr).toContain('--strict');
  });

  test('a reader that closes the pipe early (| head -1): a quiet end', async () => {
    const child = spawn(process.execPath, [bin, 'extract', '--narration', ...Array(40).fill(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });

  test('`quotes extract a.txt | head -1` in a shell: the first line, then a quiet end', async () => {
    // Forty copies of the seed are far more than a pipe holds, so writing goes on after head exits.
    const files = Array(40).fill(seed).join(' ');
    const script = `node ${bin} extract --format ndjson ${files} | head -1; echo "quotes exited $\{PIPESTATUS[0]}" >&2`;
    const { stdout, stderr } = await promisify(execFile)('bash', ['-c', script], { maxBuffer: 1 << 24 });
    expect(stdout.split('\n')).toHaveLength(2);
    expect(JSON.parse(stdout)).toMatchObject({ source: seed });
    expect(stderr).toBe('quotes exited 0\n');
  });
});

describe('the bin without its compiled code', () => {
  const missing = "quotes: the compiled code is missing (dist/); run 'npm run build'\n";
  let root = '';
  beforeAll(async () => {
    // A copy of the package's bin next to a dist/ that is missing, partly built, or broken.
    root = await mkdtemp(join(tmpdir(), 'iqtibas-bin-'));
    await mkdir(join(root, 'bin'));
    await copyFile(bin, join(root, 'bin', 'quotes.js'));
    await writeFile(join(root, 'package.json'), '{"type": "module"}\n');
  });
  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  const runCopy = async (main: string | undefined) => {
    await rm(join(root, 'dist'), { recursive: true, force: true });
    if (main !== undefined) {
      await mkdir(join(root, 'dist', 'cli'), { recursive: true });
      await writeFile(join(root, 'dist', 'cli', 'main.js'), main);
    }
    return new Promise<Run>((resolve, reject) => {
      execFile(
        process.execPath,
        [join(root, 'bin', 'quotes.js'), 'extract', seed],
        (error, stdout, stderr) => {
          if (error && typeof error.code !== 'number') reject(error);
          else resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
        },
      );
    });
  };

  test('no dist/: one line, exit 2', async () => {
    expect(await runCopy(undefined)).toEqual({ code: 2, stdout: '', stderr: missing });
  });

  test('a dist/ half rebuilt (main.js without run.js): the same line', async () => {
    expect(await runCopy("import './run.js';\n")).toEqual({ code: 2, stdout: '', stderr: missing });
  });

  test('a package missing from node_modules is not blamed on dist/', async () => {
    const { code, stderr } = await runCopy("import 'iqtibas-no-such-package';\n");
    expect(code).not.toBe(0);
    expect(stderr).not.toContain('compiled code is missing');
    expect(stderr).toContain("Cannot find package 'iqtibas-no-such-package'");
  });
});
