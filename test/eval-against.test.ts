/**
 * `npm run eval -- --against READING`: a second person's reading of some articles scored in the engine's
 * place, by the rules that score the engine, so that the figure two readers reach can stand beside the
 * engine's. A corpus of two articles written here; the reading covers one of them.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
let dir = '';

const write = (path: string, value: unknown) =>
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'iqtibas-against-'));
  for (const sub of ['corpus/articles', 'corpus/gold', 'reading'])
    mkdirSync(join(dir, sub), { recursive: true });
  write(
    join(dir, 'corpus/articles/a1.txt'),
    'قال وزير المالية سامر الحداد إن «العجز سيتراجع هذا العام».\nوأضاف مسؤول في الوزارة أن «الرواتب ستصرف في موعدها».',
  );
  write(join(dir, 'corpus/gold/a1.json'), {
    id: 'a1',
    quotes: [
      { text: 'العجز سيتراجع هذا العام', kind: 'partial', speaker: 'سامر الحداد' },
      { text: 'الرواتب ستصرف في موعدها', kind: 'partial', speaker: 'مسؤول في الوزارة' },
    ],
  });
  write(join(dir, 'corpus/articles/a2.txt'), 'وقالت النائبة ريم العلي: «لن نصوت على الموازنة».');
  write(join(dir, 'corpus/gold/a2.json'), {
    id: 'a2',
    quotes: [{ text: 'لن نصوت على الموازنة', kind: 'direct', speaker: 'ريم العلي' }],
  });
  // The second reader credits the official's words to his ministry: one speaker of two differs.
  write(join(dir, 'reading/a1.gold.json'), {
    quotes: [
      ['العجز سيتراجع هذا العام', 'partial', 'سامر الحداد'],
      ['الرواتب ستصرف في موعدها', 'partial', 'وزارة المالية'],
    ],
  });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const evalRun = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'scripts/eval.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
  });

describe('eval --against', () => {
  it('scores only the articles read twice, the reading in the engine’s place', () => {
    const run = evalRun(join(dir, 'corpus'), '--against', join(dir, 'reading'), '--json');
    expect(run.status).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.articles).toBe(1);
    expect(out.against).toBe(join(dir, 'reading'));
    // Both spans found with their kinds, one speaker of two right: end-to-end 1/2 each way.
    expect(out.metrics.speech.f1).toBe(1);
    expect(out.metrics.endToEnd.tp).toBe(1);
    expect(out.metrics.endToEnd.f1).toBe(0.5);
  });

  it('says so in the table', () => {
    const run = evalRun(join(dir, 'corpus'), '--against', join(dir, 'reading'));
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('a second reading');
    expect(run.stdout).toContain('end-to-end F1 0.500');
  });

  it('a missing reading folder is a usage error of one line', () => {
    const run = evalRun(join(dir, 'corpus'), '--against', join(dir, 'nowhere'));
    expect(run.status).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toContain('no such directory');
  });
});
