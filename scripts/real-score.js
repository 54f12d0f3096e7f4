// Scores a build of the engine on real news excerpts kept OUTSIDE the project (real articles are not
// copied into it), each read by a person before the engine ran on it:
//   node scripts/real-score.js [--dist DIR] [-v] [--json OUT] EXCERPTS_DIR ...
// Each EXCERPTS_DIR holds NN.txt (an excerpt, UTF-8) and NN.gold.json:
//   {"quotes": [[text between the marks, "direct"|"partial"|"mention", speaker or null], ...],
//    "excluded": [indices of quotes left out of the score], "aliases": {speaker: [other strings]}}
// A gold speaker may give equal alternatives joined by "|" (a fuller and a shorter form the article uses).
// A speech quote (direct or partial) is right when the engine finds the same span with a speech kind and
// the same speaker, compared without diacritics, tatweel, bidi marks, hamza seats or a leading honorific
// (a name of two words or more after it); a mention is right
// when the span is found as a mention. Besides that recall of speech, end-to-end precision and F1 count
// every speech quote the engine gives (on a gold mention, or on a span the gold does not hold) as given.
// --dist scores another build (default: this tree's dist/); --against DIR2 scores a second reading instead
// of the engine (DIR2/NN.gold.json, written by another reader of the same NN.txt: how far two people agree);
// -v lists every quote the engine gets wrong; --json writes each scored quote. Printed, never asserted.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at < 0 ? undefined : args.splice(at, 2)[1];
};
const dist = resolve(option('--dist') ?? new URL('../dist', import.meta.url).pathname);
const jsonOut = option('--json');
const against = option('--against');
const verbose = args.includes('-v');
const dirs = args.filter((a) => a !== '-v');
if (dirs.length === 0) {
  process.stderr.write('real-score: give one or more directories of NN.txt and NN.gold.json\n');
  process.exit(2);
}
const { extract } = against ? { extract: null } : await import(pathToFileURL(join(dist, 'index.js')).href);
// A second reading's quotes as the engine's would be: [text, kind, speaker], the first of "|" alternatives.
const secondReading = (id) => {
  const file = join(against, `${id}.gold.json`);
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')).quotes.map(([text, kind, speaker]) => [
    text,
    kind,
    speaker == null ? null : String(speaker).split('|')[0],
  ]);
};

const MARKS = /[\u064B-\u065F\u0670\u0640\u200c-\u200f\u202a-\u202e\u2066-\u2069]/gu;
// A leading honorific (الأمير, الشيخة, الدكتور, د.) is no part of a name, as the development corpus's gold
// writes speakers (محمد بن عبد الرحمن آل ثاني, not الشيخ …): it is dropped on both sides before comparing.
const HONORIFIC =
  /^(?:الامير|الاميره|الاميرة|الشيخ|الشيخه|الشيخة|الدكتور|الدكتوره|الدكتورة|د ?\.) ?(?=\S+ \S)/u;
const name = (s) =>
  s == null
    ? null
    : s
        .replace(MARKS, '')
        .replace(/[أإآ]/gu, 'ا')
        .replace(/[#_]/gu, ' ')
        .replace(/\s+/gu, ' ')
        .trim()
        .replace(HONORIFIC, '');
const span = (s) => s.replace(MARKS, '').replace(/\s+/gu, ' ').trim();

const share = (a, b) => (a / Math.max(1, b)).toFixed(3);
/** Speech right of the gold's (recall), end-to-end precision and F1 over the speech quotes given, mentions. */
const summary = (c) => {
  const f1 = (2 * c.right) / Math.max(1, c.speech + c.given);
  return (
    `speech ${c.right}/${c.speech} (${share(c.right, c.speech)}), precision ${c.right}/${c.given} ` +
    `(${share(c.right, c.given)}), e2e F1 ${f1.toFixed(3)}, mentions ${c.mentionsRight}/${c.mentions}`
  );
};
const total = { speech: 0, right: 0, mentions: 0, mentionsRight: 0, given: 0 };
const scored = [];
for (const dir of dirs) {
  const sub = { speech: 0, right: 0, mentions: 0, mentionsRight: 0, given: 0 };
  for (const file of readdirSync(dir)
    .filter((f) => /^\d+\.gold\.json$/u.test(f))
    .sort()) {
    const id = file.replace('.gold.json', '');
    const gold = JSON.parse(readFileSync(join(dir, file), 'utf8'));
    const found = against
      ? secondReading(id)
      : extract(readFileSync(join(dir, `${id}.txt`), 'utf8')).quotes.map((q) => [
          q.text,
          q.kind,
          q.speaker?.name ?? null,
        ]);
    if (found === null) {
      process.stderr.write(`real-score: no ${id}.gold.json in ${against}; ${basename(dir)}/${id} left out\n`);
      continue;
    }
    const excluded = new Set(gold.excluded ?? []);
    const used = new Set();
    // Speech quotes given, but not those on a span the gold leaves out of the score.
    const left = new Set(
      gold.quotes.filter((q, i) => excluded.has(i) || q.length > 3).map((q) => span(q[0])),
    );
    sub.given += found.filter((e) => e[1] !== 'mention' && !left.has(span(e[0]))).length;
    gold.quotes.forEach((quote, i) => {
      const [text, kind, speaker] = quote;
      const j = found.findIndex((e, k) => !used.has(k) && span(e[0]) === span(text));
      if (j >= 0) used.add(j);
      const engine = j >= 0 ? found[j] : null;
      if (excluded.has(i) || quote.length > 3) return;
      let ok;
      if (kind === 'mention') {
        ok = engine !== null && engine[1] === 'mention';
        sub.mentions++;
        if (ok) sub.mentionsRight++;
      } else {
        const names = String(speaker).split('|');
        for (const n of [...names]) names.push(...(gold.aliases?.[n] ?? []));
        ok = engine !== null && engine[1] !== 'mention' && names.some((n) => name(n) === name(engine[2]));
        sub.speech++;
        if (ok) sub.right++;
      }
      scored.push({
        dir: basename(dir),
        id,
        i,
        text,
        gold: [kind, speaker],
        engine: engine?.slice(1) ?? null,
        ok,
      });
      if (verbose && !ok) {
        const got = engine ? `${engine[1]} ${engine[2]}` : 'not found';
        console.log(
          `${basename(dir)}/${id} ${i} | ${text.slice(0, 40)} | gold ${kind} ${speaker} | got ${got}`,
        );
      }
    });
  }
  console.log(`${basename(dir)}: ${summary(sub)}`);
  for (const key of Object.keys(total)) total[key] += sub[key];
}
if (dirs.length > 1) console.log(`all: ${summary(total)}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(scored, null, 1));
