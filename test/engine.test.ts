import { describe, expect, test } from 'vitest';
import { AHEAD, BATCH, EngineError, inProcess, type Outcome, workerPool } from '../src/cli/engine.js';

const fragile = new URL('./workers/fragile.js', import.meta.url);
const broken = new URL('./workers/broken.js', import.meta.url);
const slow = new URL('./workers/slow.js', import.meta.url);

describe('workerPool', () => {
  test('the real worker (dist/) gives the documents of extract in this thread', async () => {
    const pool = workerPool(2);
    const local = inProcess();
    // The last is not in Arabic script: the worker loads franc for it.
    const texts = [
      'قال الوزير: «نعم».',
      'وأضاف المتحدث: «لا تعليق».',
      'وأكدت الوزارة أن "الوضع مستقر".',
      'The minister told reporters that "the talks will resume next week".',
    ];
    try {
      const remote = await Promise.all(texts.map((text, n) => pool.process({ text, source: `a${n}.txt` })));
      const here = await Promise.all(texts.map((text, n) => local.process({ text, source: `a${n}.txt` })));
      expect(remote).toEqual(here);
      expect(remote.every((outcome) => outcome.ok)).toBe(true);
    } finally {
      await pool.close();
    }
  });

  test('a worker that dies costs its article only; the next article gets a new worker', async () => {
    const pool = workerPool(1, { url: fragile });
    try {
      const outcomes = await Promise.all(
        ['first', 'die', 'third', 'throw', 'fifth'].map((text) => pool.process({ text, source: text })),
      );
      expect(outcomes).toEqual([
        { ok: true, document: { source: 'first', length: 5 } },
        { ok: false, error: 'worker thread stopped: exit code 3' },
        { ok: true, document: { source: 'third', length: 5 } },
        { ok: false, error: expect.stringMatching(/^worker thread stopped: unexpected state/) },
        { ok: true, document: { source: 'fifth', length: 5 } },
      ]);
    } finally {
      await pool.close();
    }
  });

  test('with this thread working too, the documents are those of extract here, whoever made them', async () => {
    const pool = workerPool(1, { inline: true });
    const local = inProcess();
    const texts = Array.from({ length: 400 }, (_, n) => `وقال المتحدث رقم ${n}: «الاجتماع غدا».`);
    try {
      // A first article, answered here while the worker loads; the rest once it may be ready.
      await pool.process({ text: 'قال الوزير: «نعم».', source: 'first.txt' });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const both = await Promise.all(texts.map((text, n) => pool.process({ text, source: `a${n}.txt` })));
      const here = await Promise.all(texts.map((text, n) => local.process({ text, source: `a${n}.txt` })));
      expect(both).toEqual(here);
    } finally {
      await pool.close();
    }
  });

  test('a worker gets at most BATCH articles a message, and the next batch before it answers one', async () => {
    const pool = workerPool(1, { url: slow });
    try {
      const outcomes = await Promise.all(
        Array.from({ length: 200 }, (_, n) => pool.process({ text: `article ${n}`, source: `a${n}.txt` })),
      );
      const documents = outcomes.map((outcome) =>
        outcome.ok && 'document' in outcome
          ? (outcome.document as unknown as { batch: number; held: number })
          : undefined,
      );
      expect(documents.every((document) => document !== undefined)).toBe(true);
      expect(Math.max(...documents.map((document) => document?.batch ?? 0))).toBe(BATCH);
      expect(Math.max(...documents.map((document) => document?.held ?? 0))).toBe(AHEAD / BATCH);
    } finally {
      await pool.close();
    }
  });

  test('with untilReady, this thread works while the worker loads, and leaves everything to it once ready', async () => {
    // The stand-in worker answers {source, length}; this thread answers extract's document.
    const byWorker = (outcome: Outcome) =>
      outcome.ok && 'document' in outcome && !('quotes' in outcome.document);
    const texts = Array.from({ length: 100 }, (_, n) => `وقال المتحدث رقم ${n}: «الاجتماع غدا».`);
    const run = async (untilReady: boolean) => {
      const pool = workerPool(1, { url: fragile, inline: true, untilReady });
      try {
        const first = await pool.process({ text: texts[0] as string, source: 'first.txt' });
        await new Promise((resolve) => setTimeout(resolve, 300));
        const rest = await Promise.all(texts.map((text, n) => pool.process({ text, source: `a${n}.txt` })));
        return { first, rest };
      } finally {
        await pool.close();
      }
    };
    const until = await run(true);
    expect(byWorker(until.first)).toBe(false);
    expect(until.rest.every(byWorker)).toBe(true);
    // Without it, this thread takes what the worker cannot hold yet.
    const always = await run(false);
    expect(always.rest.filter(byWorker).length).toBeGreaterThan(0);
    expect(always.rest.filter((outcome) => !byWorker(outcome)).length).toBeGreaterThan(0);
  });

  test('with this thread working too, workers that cannot start leave every article to it', async () => {
    const pool = workerPool(2, { url: broken, inline: true });
    const texts = ['قال الوزير: «نعم».', 'وأضاف المتحدث: «لا تعليق».', 'وأكدت الوزارة أن "الوضع مستقر".'];
    try {
      const outcomes = await Promise.all(texts.map((text, n) => pool.process({ text, source: `a${n}.txt` })));
      expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true, true]);
      // After the failure is known, later articles are taken too.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect((await pool.process({ text: texts[0] as string, source: 'later.txt' })).ok).toBe(true);
    } finally {
      await pool.close();
    }
  });

  test('workers that cannot start reject with an EngineError, once for every waiting article', async () => {
    const pool = workerPool(2, { url: broken });
    try {
      const settled = await Promise.allSettled(
        ['a', 'b', 'c'].map((text) => pool.process({ text, source: text })),
      );
      for (const result of settled) {
        expect(result.status).toBe('rejected');
        if (result.status === 'rejected') {
          expect(result.reason).toBeInstanceOf(EngineError);
          expect(String(result.reason.message)).toContain('cannot start a worker thread: cannot find module');
        }
      }
    } finally {
      await pool.close();
    }
  });
});
