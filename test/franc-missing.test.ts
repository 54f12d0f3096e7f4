// When franc cannot be loaded, an article not in Arabic script fails alone; the others go on.
import { describe, expect, test, vi } from 'vitest';
import { inProcess, workerPool } from '../src/cli/engine.js';

vi.mock('../src/language/load-franc.js', () => ({
  loadFranc: () => Promise.reject(new Error("Cannot find package 'franc'")),
}));
vi.mock('../src/language/detect.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/language/detect.js')>();
  // As in a fresh command line: franc not given yet, so a text in another script needs it.
  return {
    ...actual,
    needsFranc: (text: string) => actual.arabicScriptCode(text.slice(0, 400)) === undefined,
  };
});

const english = {
  text: 'The minister told reporters that the talks would resume next week.',
  source: 'en.txt',
};
const arabic = { text: 'وقال الوزير: «المحادثات ستستأنف الأسبوع المقبل».', source: 'ar.txt' };
const failure = {
  ok: false,
  error: "cannot load the language detector (franc): Cannot find package 'franc'",
};

describe('franc missing', () => {
  test('in this thread: the article in another script fails, the Arabic one is done', async () => {
    const engine = inProcess();
    expect(await engine.process(english)).toEqual(failure);
    expect((await engine.process(arabic)).ok).toBe(true);
  });

  test('with this thread working beside the workers: the same, nothing unhandled', async () => {
    // The workers cannot start here (no such file), so this thread takes every article.
    const pool = workerPool(1, { inline: true, url: new URL('./workers/broken.js', import.meta.url) });
    try {
      const [first, second] = await Promise.all([pool.process(english), pool.process(arabic)]);
      expect(first).toEqual(failure);
      expect(second?.ok).toBe(true);
    } finally {
      await pool.close();
    }
  });
});
