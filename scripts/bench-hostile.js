// Hostile inputs for linear time: 2 MB texts made of nothing but quote marks, unclosed marks or
// reporting cues, each against its 1 MB half. Time should double with the size (ratio ~2); a ratio
// near 4 means quadratic work. Figures are printed, never asserted (the machine is shared).
// Sizes double from 1/64 of 2 MB; a case slower than the budget (5 s) stops early and says so.
//   npm run build && node scripts/bench-hostile.js [--dist DIR] [NAME-PART ...]
// --dist times another build (a copy of its dist/); NAME-PARTs keep the cases whose name holds one
// ('chained', 'ministry'). Also exported, so that scripts/bench.js can call it after its own rows.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const distAt = args.indexOf('--dist');
const dist =
  distAt < 0
    ? new URL('../dist/', import.meta.url).href
    : pathToFileURL(`${resolve(args[distAt + 1] ?? '.')}/`).href;
const { extract } = await import(new URL('index.js', dist).href);

/** A text of about `bytes` bytes of UTF-8: `unit` repeated, then `tail`. */
function repeatTo(unit, bytes, tail = '') {
  return unit.repeat(Math.round(bytes / Buffer.byteLength(unit))) + tail;
}

const MB = 1e6;

/** Each case: a name, and the text of about `bytes` bytes. */
export const hostileCases = [
  // A million guillemets (2 bytes each), all paired: «»«»…
  ['a million paired marks «»', (bytes) => repeatTo('«»', bytes)],
  // Straight marks, whose direction must be inferred from their neighbours.
  ['a million straight marks " ', (bytes) => repeatTo('" ', bytes)],
  // A million openers that never close.
  ['a million unclosed marks «', (bytes) => repeatTo('«', bytes)],
  // A million closers without an opener: one warning each.
  ['a million stray closers »', (bytes) => repeatTo('»', bytes)],
  // Unclosed marks among words: each quote runs to the end of its paragraph.
  ['unclosed marks among words', (bytes) => repeatTo('قال «نعم ', bytes)],
  // About a hundred thousand cues with a short quote each.
  ['100k cues, each with a quote', (bytes) => repeatTo('وقال الوزير: «لا». ', bytes)],
  // About two hundred thousand cues and a single quote at the very end, for a look-back.
  ['200k cues, one quote at the end', (bytes) => repeatTo('وأضاف قائلا ', bytes, ': «نعم».')],
  // The same on one line per cue: paragraphs instead of one long sentence.
  ['200k cue lines, then a quote', (bytes) => repeatTo('وقال\n', bytes, 'وقال: «نعم».')],
  // Every quote by another person: the speakers known grow with the text.
  ['a different speaker per quote', (bytes) => distinctSpeakers(bytes)],
  // Every quote by another body under the same head: the bodies sharing a title head grow.
  [
    'a different ministry per quote',
    (bytes) => distinctSpeakers(bytes, (a, b) => `وقالت وزارة ${a} ${b}: «نعم». `),
  ],
  // Every quote by another person of one surname: each name is read back where it stands.
  ['one surname, many people', (bytes) => distinctSpeakers(bytes, (a) => `وقال الوزير ${a} محمد: «نعم». `)],
  // Speakers named together, a new pair each time.
  [
    'a different pair per quote',
    (bytes) => distinctSpeakers(bytes, (a, b) => `وقال وزير الخارجية ${a} ورئيس الوزراء ${b}: «نعم». `),
  ],
  // People whose names share a word with the next one's, after an honorific and before an object:
  // no chain of names may make one person of them all.
  [
    'names chained by a shared word',
    (bytes) =>
      distinctSpeakers(bytes, (a, b) => `قال السيد ${a}: «نعم». ودعا السيد ${a} ${b} الناس إلى «لا». `),
  ],
  // Every quote by another person whose name differs from the others only by its dots (one
  // dotless skeleton for all): a misspelling is looked for among a few of them only.
  ['names alike but for their dots', (bytes) => dottedNames(bytes)],
  // Every quote by another head of state, then الرئيس alone: each calls back one through another
  // form of the office (TITLE_KIN), among the holders of that form.
  [
    'many presidents, then الرئيس',
    (bytes) => distinctSpeakers(bytes, (a, b) => `قال رئيس الجمهورية ${a} ${b}: «نعم». وأضاف الرئيس: «لا». `),
  ],
  // Short quotes that all open with the same word: each is looked up where it recurs.
  [
    'short quotes, one first word',
    (bytes) => distinctSpeakers(bytes, (a) => `وقال الوزير إن «الحكومة ${a}» الجديدة. `),
  ],
];

/**
 * `وقال الوزير <name>: «نعم». ` (or another `sentence` of two words) with a new two-word name each
 * time, to about `bytes` bytes.
 */
function distinctSpeakers(bytes, sentence = (a, b) => `وقال الوزير ${a} ${b}: «نعم». `) {
  const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
  const name = (n) => {
    let word = '';
    do {
      word += letters[n % letters.length];
      n = Math.floor(n / letters.length);
    } while (n > 0);
    return `${word}ان`;
  };
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = sentence(name(i), name(i + 7));
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** `وقال <w> <w>: «نعم». ` with w a new word of ب/ت/ث/ن/ي each time (all alike without dots). */
function dottedNames(bytes) {
  const letters = 'بتثني';
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let word = '';
    for (let n = i, k = 0; k < 8; k++, n = Math.floor(n / 5)) word += letters[n % 5];
    const part = `وقال ${word} ${word}: «نعم». `;
    parts.push(part);
    size += Buffer.byteLength(part);
  }
  return parts.join('');
}

/** Seconds for one `extract(text)`: the best of `rounds`, or of fewer when one is over `budget`. */
function time(text, rounds, budget) {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < rounds && (i === 0 || best <= budget); i++) {
    const start = process.hrtime.bigint();
    extract(text);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e9);
  }
  return best;
}

const format = (seconds) => (seconds < 10 ? `${(seconds * 1000).toFixed(0)} ms` : `${seconds.toFixed(1)} s`);
const formatSize = (bytes) => (bytes >= MB ? `${bytes / MB} MB` : `${bytes / 1000} KB`);

/**
 * Time each hostile case at sizes doubling up to `bytes` (2 MB), and print one line per case: the
 * times at 1 MB and 2 MB and their ratio. A case whose time passes `budget` seconds at a smaller
 * size is stopped there, so that a quadratic case cannot hold the benchmark for hours: its line
 * gives the last two sizes reached and their ratio instead. Returns the rows.
 *
 * @param {{rounds?: number, bytes?: number, budget?: number, log?: (line: string) => void}} [options]
 */
export async function benchHostile({
  rounds = 2,
  bytes = 2 * MB,
  budget = 5,
  log = console.log,
  only = /** @type {string[]} */ ([]),
} = {}) {
  const sizes = [1, 2, 4, 8, 16, 32, 64].map((part) => bytes / part).reverse();
  const rows = [];
  log('hostile input (linear: each doubling of the size doubles the time)');
  for (const [name, make] of hostileCases) {
    if (only.length > 0 && !only.some((part) => name.includes(part))) continue;
    const times = [];
    for (const size of sizes) {
      const seconds = time(make(size), rounds, budget);
      times.push({ size, seconds });
      if (seconds > budget && size < bytes) break;
    }
    const [previous, last] = times.slice(-2);
    const ratio = (last?.seconds ?? 0) / (previous?.seconds ?? 1);
    const stopped = last?.size !== bytes;
    rows.push({ name, times, ratio, stopped });
    const figures = `${formatSize(previous?.size ?? 0)} ${format(previous?.seconds ?? 0)}, ${formatSize(last?.size ?? 0)} ${format(last?.seconds ?? 0)}`;
    log(
      `  ${name.padEnd(34)} ${figures.padEnd(30)} ${ratio.toFixed(2)}x${stopped ? `  (stopped: over ${budget} s before ${formatSize(bytes)})` : ''}`,
    );
  }
  return rows;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
  await benchHostile({ only: args.filter((arg, i) => arg !== '--dist' && args[i - 1] !== '--dist') });
