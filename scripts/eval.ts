/**
 * Evaluate the engine on an annotated corpus:
 * `npm run eval [-- DIR] [--details] [--json] [--min-f1 X] [--flat] [--against READING]`.
 *
 * DIR (default ../shared/corpus from the repo root) holds articles/NAME.txt and gold/NAME.json
 * ({"id","quotes":[{"text","kind","speaker"}]}). The corpus is read at run time, never copied here.
 * --flat feeds each article with its paragraph breaks lost (every run of line breaks one space), as a
 * crawler's one line per article would, and expects the gold quotes' texts joined alike.
 * --against READING scores a second person's reading instead of the engine, by the same rules: READING
 * holds NAME.json or NAME.gold.json for some articles ({"quotes": [{text, kind, speaker}] or
 * [[text, kind, speaker], …]}), and only those articles are scored. How far two careful readers agree
 * is the most an engine can be asked to agree with one of them.
 * Exit codes: 0 ok, 1 end-to-end F1 below --min-f1 (or the engine threw on an article), 2 usage error
 * or unreadable corpus. Scoring rules: scripts/eval-lib.ts.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extract } from '../src/index.js';
import type { QuoteKind } from '../src/types.js';
import {
  type ArticleScore,
  addCounts,
  type Counts,
  emptyCounts,
  type GoldQuote,
  type Metrics,
  metrics,
  type PredictedQuote,
  type SpanMetrics,
  scoreArticle,
} from './eval-lib.js';

const REPO = dirname(dirname(fileURLToPath(import.meta.url)));
const DEFAULT_CORPUS = resolve(REPO, '../shared/corpus');
const KINDS: readonly QuoteKind[] = ['direct', 'partial', 'mention'];

class UsageError extends Error {}

function fail(message: string, code: number): never {
  process.stderr.write(`eval: ${message}\n`);
  process.exit(code);
}

interface Options {
  dir: string;
  details: boolean;
  json: boolean;
  minF1: number | null;
  flat: boolean;
  against: string | null;
}

function parseOptions(argv: string[]): Options {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      details: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      'min-f1': { type: 'string' },
      flat: { type: 'boolean', default: false },
      against: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'usage: npm run eval [-- DIR] [--details] [--json] [--min-f1 X] [--flat] [--against READING]\n',
    );
    process.exit(0);
  }
  if (positionals.length > 1)
    throw new UsageError(`one corpus directory expected, got ${positionals.length}`);
  let minF1: number | null = null;
  if (values['min-f1'] !== undefined) {
    minF1 = Number(values['min-f1']);
    if (values['min-f1'].trim() === '' || !Number.isFinite(minF1) || minF1 < 0 || minF1 > 1) {
      throw new UsageError(`--min-f1 wants a number between 0 and 1, got '${values['min-f1']}'`);
    }
  }
  return {
    dir: positionals[0] === undefined ? DEFAULT_CORPUS : resolve(positionals[0]),
    details: values.details,
    json: values.json,
    minF1,
    flat: values.flat,
    against: values.against === undefined ? null : resolve(values.against),
  };
}

function isDir(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/**
 * The quotes of a gold or a reading file (`what` names it in errors): {"quotes": [...]}, each quote an
 * object {text, kind, speaker} or, when `arrays`, also [text, kind, speaker].
 */
function readQuotes(path: string, what: string, arrays: boolean): GoldQuote[] {
  let doc: unknown;
  try {
    doc = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    throw new UsageError(`cannot read ${what} '${path}': ${(e as Error).message}`);
  }
  const quotes = (doc as { quotes?: unknown } | null)?.quotes;
  if (!Array.isArray(quotes)) throw new UsageError(`${what} '${path}' has no "quotes" array`);
  return quotes.map((q: unknown, i) => {
    const fields = (q ?? {}) as Record<string, unknown>;
    const [text, kind, speaker] = arrays && Array.isArray(q) ? q : [fields.text, fields.kind, fields.speaker];
    if (
      typeof text !== 'string' ||
      !KINDS.includes(kind as QuoteKind) ||
      (speaker !== null && typeof speaker !== 'string')
    ) {
      throw new UsageError(
        `${what} '${path}' quote ${i + 1} is not ${arrays ? '[text, kind, speaker]' : '{text, kind, speaker}'}`,
      );
    }
    return { text, kind: kind as QuoteKind, speaker };
  });
}

function readGold(path: string, name: string): GoldQuote[] {
  if (!existsSync(path)) throw new UsageError(`no gold for article '${name}' (${path})`);
  return readQuotes(path, 'gold', false);
}

interface ArticleResult extends ArticleScore {
  name: string;
  error: string | null;
}

/** A text with its paragraph breaks lost: every run of line breaks, with the spaces around it, one space. */
function joinLines(text: string): string {
  return text.replace(/\s*\n+\s*/g, ' ');
}

/** A second reading of an article, as the engine's quotes would be; null when READING has none for it. */
function readSecond(reading: string, name: string): PredictedQuote[] | null {
  const path = [join(reading, `${name}.json`), join(reading, `${name}.gold.json`)].find((p) => existsSync(p));
  if (path === undefined) return null;
  return readQuotes(path, 'reading', true).map((q) => ({
    ...q,
    speaker: q.speaker === null ? null : { name: q.speaker },
  }));
}

function evaluate(dir: string, flat: boolean, against: string | null): ArticleResult[] {
  const articlesDir = join(dir, 'articles');
  const goldDir = join(dir, 'gold');
  if (!isDir(dir)) throw new UsageError(`cannot read corpus '${dir}': no such directory`);
  if (!isDir(articlesDir)) throw new UsageError(`cannot read corpus '${dir}': no articles/ directory`);
  if (!isDir(goldDir)) throw new UsageError(`cannot read corpus '${dir}': no gold/ directory`);
  const files = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  if (files.length === 0) throw new UsageError(`cannot read corpus '${dir}': no .txt files in articles/`);
  if (against !== null && !isDir(against))
    throw new UsageError(`cannot read reading '${against}': no such directory`);
  const second = new Map<string, PredictedQuote[]>();
  if (against !== null) {
    for (const file of files) {
      const reading = readSecond(against, basename(file, '.txt'));
      if (reading) second.set(file, reading);
    }
    if (second.size === 0) throw new UsageError(`no reading in '${against}' of an article of '${dir}'`);
  }

  return files
    .filter((file) => against === null || second.has(file))
    .map((file) => {
      const name = basename(file, '.txt');
      const written = readGold(join(goldDir, `${name}.json`), name);
      const read = readFileSync(join(articlesDir, file), 'utf8').replace(/^\uFEFF/, '');
      const text = flat ? joinLines(read).trim() : read;
      // A quote over a paragraph break is expected as the joined text gives it.
      const gold = flat ? written.map((q) => ({ ...q, text: joinLines(q.text) })) : written;
      let predicted: PredictedQuote[] = [];
      let error: string | null = null;
      try {
        predicted = second.get(file) ?? extract(text, { source: file }).quotes;
      } catch (e) {
        error = e instanceof Error ? e.message : String(e);
      }
      return { name, error, ...scoreArticle(gold, predicted) };
    });
}

// ---------------------------------------------------------------- output

const fmt = (x: number | null): string => (x === null ? '    –' : x.toFixed(3));

/** Quote text for one line of the details: no invisible marks or line breaks, at most ~60 characters. */
function shorten(text: string, max = 60): string {
  const flat = text
    .replace(/[\u200B-\u200F\u061C\u202A-\u202E\u2066-\u2069\uFEFF]/gu, '')
    .replace(/\s+/gu, ' ')
    .trim();
  const chars = [...flat];
  return chars.length <= max ? flat : `${chars.slice(0, max - 1).join('')}…`;
}

const who = (speaker: string | null): string => speaker ?? 'null';

function table(m: Metrics, articles: number, dir: string): string {
  const rel = relative(process.cwd(), dir) || '.';
  const shown = rel.length < dir.length ? rel : dir;
  const head = `${'spans'.padEnd(19)}${['gold', 'pred', 'tp', 'fp', 'fn'].map((h) => h.padStart(6)).join('')}    P      R      F1`;
  const row = (label: string, s: SpanMetrics): string =>
    `${label.padEnd(19)}${[s.gold, s.predicted, s.tp, s.fp, s.fn].map((n) => String(n).padStart(6)).join('')}` +
    `  ${fmt(s.precision)}  ${fmt(s.recall)}  ${fmt(s.f1)}`;
  const acc = (label: string, a: { correct: number; total: number; accuracy: number | null }): string =>
    `${label.padEnd(19)}${`${a.correct}/${a.total}`.padStart(12)}  ${fmt(a.accuracy)}`;
  return [
    `iqtibas eval: ${articles} articles in ${shown}`,
    head,
    row('speech (dir+part)', m.speech),
    row('end-to-end', m.endToEnd),
    row('mention', m.mention),
    row('all spans', m.all),
    acc('speaker accuracy', m.speaker),
    acc('kind accuracy', m.kind),
    `end-to-end F1 ${fmt(m.endToEnd.f1)}`,
  ].join('\n');
}

function detailLines(r: ArticleResult): string[] {
  const d = r.details;
  const lines: string[] = [];
  if (r.error) lines.push(`  ! extract threw: ${r.error}`);
  for (const x of d.missedSpeech) {
    const got = x.predicted ? `predicted ${x.predicted.kind} / ${who(x.predicted.speaker)}` : 'not found';
    lines.push(
      `  missed     "${shorten(x.gold.text)}"  gold ${x.gold.kind} / ${who(x.gold.speaker)}; ${got}`,
    );
  }
  for (const x of d.spuriousSpeech) {
    const gold = x.gold ? `gold ${x.gold.kind} / ${who(x.gold.speaker)}` : 'not in gold';
    lines.push(
      `  spurious   "${shorten(x.predicted.text)}"  predicted ${x.predicted.kind} / ${who(x.predicted.speaker)}; ${gold}`,
    );
  }
  for (const x of d.wrongSpeaker) {
    lines.push(
      `  speaker    "${shorten(x.gold.text)}"  gold ${who(x.gold.speaker)}; predicted ${who(x.predicted)}`,
    );
  }
  for (const x of d.kindConfusion) {
    lines.push(`  kind       "${shorten(x.gold.text)}"  gold ${x.gold.kind}; predicted ${x.predicted}`);
  }
  for (const g of d.missedMention) lines.push(`  missed-mention   "${shorten(g.text)}"`);
  for (const p of d.spuriousMention) lines.push(`  spurious-mention "${shorten(p.text)}"`);
  return lines;
}

function articleHeader(r: ArticleResult): string {
  const m = metrics(r.counts);
  return `${r.name}  speech ${m.speech.tp}/${m.speech.gold} found, ${m.speech.fp} spurious; speaker ${m.speaker.correct}/${m.speaker.total}; e2e F1 ${fmt(m.endToEnd.f1)}; mention ${m.mention.tp}/${m.mention.gold}, ${m.mention.fp} spurious`;
}

function main(): void {
  // `npm run eval -- --details | head`: stop quietly when the reader goes away.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
  let options: Options;
  let results: ArticleResult[];
  try {
    options = parseOptions(process.argv.slice(2));
    results = evaluate(options.dir, options.flat, options.against);
  } catch (e) {
    if (e instanceof UsageError) fail(e.message, 2);
    // node:util parseArgs errors: keep the first sentence ("Unknown option '--x'").
    if ((e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS'))
      fail((e as Error).message.split('. ')[0] ?? '', 2);
    throw e;
  }

  const total: Counts = results.reduce((acc, r) => addCounts(acc, r.counts), emptyCounts());
  const m = metrics(total);
  const errors = results.filter((r) => r.error !== null);

  if (options.json) {
    const out = {
      corpus: options.dir,
      ...(options.against !== null ? { against: options.against } : {}),
      articles: results.length,
      metrics: m,
      ...(errors.length ? { errors: errors.map((r) => ({ article: r.name, message: r.error })) } : {}),
      ...(options.details
        ? {
            perArticle: results.map((r) => ({
              article: r.name,
              metrics: metrics(r.counts),
              details: r.details,
            })),
          }
        : {}),
    };
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    if (options.details) {
      for (const r of results) {
        const lines = detailLines(r);
        if (lines.length === 0) continue;
        process.stdout.write(`${articleHeader(r)}\n${lines.join('\n')}\n\n`);
      }
    }
    if (options.against !== null)
      process.stdout.write(`a second reading (${options.against}) scored in the engine's place:\n`);
    process.stdout.write(`${table(m, results.length, options.dir)}\n`);
  }

  let code = 0;
  for (const r of errors) {
    process.stderr.write(`eval: extract threw on ${r.name}: ${r.error}\n`);
    code = 1;
  }
  if (options.minF1 !== null) {
    const f1 = m.endToEnd.f1;
    // null F1: no speech quote in gold nor predicted, nothing was missed.
    if (f1 !== null && f1 < options.minF1) {
      process.stderr.write(`eval: end-to-end F1 ${f1.toFixed(3)} is below the floor ${options.minF1}\n`);
      code = 1;
    }
  }
  process.exitCode = code;
}

main();
