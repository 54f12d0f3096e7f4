// Same output, old build and new: a speed change must not change a byte of what the tool says.
//   node scripts/bench-same.js OLD [--big]
// OLD is a directory holding an earlier build (dist/, bin/, package.json, and node_modules or a link
// to them), for example made before the change with
//   npm run build && mkdir /tmp/old && cp -r dist bin package.json /tmp/old && ln -s "$PWD/node_modules" /tmp/old/
// The script runs `extract` of both builds over the bench corpus, the development corpus
// (../shared/corpus/articles, when there), the fixtures, the hostile inputs, texts in other
// languages and scripts, and thousands of seeded random texts (windows of the seed and of the other
// samples, mixed, with diacritics, tatweel, controls, presentation forms, surrogates, every quote
// mark and line end inserted), and compares the JSON documents. Then it runs both CLIs over a corpus
// directory and a JSON Lines file in several formats and compares stdout, stderr and exit codes.
// Exit 0 when everything is the same, 1 with the first differences otherwise.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extract } from '../dist/index.js';
import { corpusArticles, repeatTo, seed } from './bench-corpus.js';
import { hostileCases } from './bench-hostile.js';

const [oldArg, ...flags] = process.argv.slice(2);
if (!oldArg) {
  process.stderr.write('usage: node scripts/bench-same.js OLD_BUILD_DIR [--big]\n');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const old = resolve(oldArg);
const { extract: extractOld } = await import(pathToFileURL(join(old, 'dist', 'index.js')).href);

// --- Texts ---
const texts = [];
const add = (name, text) => {
  texts.push([name, text]);
};

for (const [n, text] of corpusArticles(12e6).entries()) add(`bench article ${n}`, text);
const shared = join(root, '..', 'shared', 'corpus', 'articles');
if (existsSync(shared)) {
  for (const name of readdirSync(shared).sort()) add(name, readFileSync(join(shared, name), 'utf8'));
}
const fixtures = join(root, 'fixtures');
for (const name of readdirSync(fixtures, { recursive: true }).sort()) {
  if (/\.(txt|html)$/.test(name)) add(`fixtures/${name}`, readFileSync(join(fixtures, name), 'utf8'));
}
for (const [name, make] of hostileCases) add(name, make(256e3));
add('the seed to 4 MB', repeatTo(4e6));
if (flags.includes('--big')) add('the seed to 20 MB', repeatTo(20e6));

// Other languages and scripts, written for this check, in news style.
const samples = {
  english:
    'The minister said on Tuesday that "no decision has been taken yet" on the new budget, adding that talks with the unions would go on next week. "We are listening," she told reporters in the capital.',
  french:
    "Le ministre a déclaré mardi qu'« aucune décision n'a encore été prise » sur le budget, ajoutant que les discussions avec les syndicats se poursuivraient la semaine prochaine.",
  persian:
    'وزیر امور خارجه روز سه‌شنبه گفت که «هیچ تصمیمی هنوز گرفته نشده است» و افزود که گفتگوها با کشورهای همسایه هفته آینده ادامه خواهد یافت. او به خبرنگاران گفت: «ما گوش می‌دهیم».',
  urdu: 'وزیر خارجہ نے منگل کو کہا کہ "ابھی تک کوئی فیصلہ نہیں کیا گیا ہے" اور مزید کہا کہ ہمسایہ ممالک کے ساتھ بات چیت اگلے ہفتے جاری رہے گی۔',
  russian:
    'Министр заявил во вторник, что «решение пока не принято», добавив, что переговоры с профсоюзами продолжатся на следующей неделе.',
  chinese: '外交部长周二表示，“尚未作出任何决定”，并补充说，与邻国的会谈将于下周继续。',
  hebrew: 'השר אמר ביום שלישי כי "טרם התקבלה החלטה" והוסיף כי השיחות יימשכו בשבוע הבא.',
  digits: '2024 - 15/06 - 1234567890 ... 3.14 %%% ### 00:00',
};
for (const [name, text] of Object.entries(samples)) add(name, text);
add('empty', '');
add('spaces', ' \n\t \r\n ');
add('nine letters', 'قال زيدان');
add('ten letters', 'قال زيدانٌ');

// Seeded random texts (mulberry32), the same at every run.
let state = 0x1f2e3d4c;
const random = () => {
  state = (state + 0x6d2b79f5) | 0;
  let t = Math.imul(state ^ (state >>> 15), 1 | state);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = (items) => items[Math.floor(random() * items.length)];
const windowOf = (text, max) => {
  const from = Math.floor(random() * text.length);
  return text.slice(from, from + Math.floor(random() * max));
};
const sources = [seed, seed, seed, ...Object.values(samples)];
const inserts = [
  ...'\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0670\u0640\u06d6\u061c\u200b\u200c\u200d\u200e\u200f\u202b\u202c\u2067\u2069\ufeff',
  ...'\ufe8d\ufe91\ufef5\ufefb\ufb50\ufdf2\ufe70أإآٱةىیکپچگژ٣۴',
  ...'"«»“”„‟‹›‘’＂\'',
  ...':،,.؟?!؛()[]-/',
  ' ',
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\u2028',
  '\u0085',
  '\u00a0',
  '\u3000',
  '\t',
  '😀',
  '𝐀',
  '\ud800',
  '\udc00',
  'a',
  'Z',
  '7',
  'é',
  'ß',
  '中',
  'я',
  'قال',
  'وقال',
  'وأضاف',
  'بحسب',
];
for (let n = 0; n < 4000; n++) {
  let text = '';
  const pieces = 1 + Math.floor(random() * 4);
  for (let p = 0; p < pieces; p++) text += windowOf(pick(sources), 900);
  const edits = Math.floor(random() * 40);
  for (let e = 0; e < edits; e++) {
    const at = Math.floor(random() * (text.length + 1));
    text = text.slice(0, at) + pick(inserts) + text.slice(at);
  }
  add(`random ${n}`, text);
}

// --- extract, old and new ---
let differences = 0;
const started = Date.now();
for (const [name, text] of texts) {
  const a = JSON.stringify(extractOld(text, { source: name }));
  const b = JSON.stringify(extract(text, { source: name }));
  if (a === b) continue;
  differences++;
  if (differences <= 5) {
    let at = 0;
    while (a[at] === b[at]) at++;
    process.stderr.write(
      `DIFFERENT: ${name}\n  old: …${a.slice(Math.max(0, at - 80), at + 120)}\n  new: …${b.slice(Math.max(0, at - 80), at + 120)}\n`,
    );
  }
}
process.stdout.write(
  `extract: ${texts.length} texts, ${differences} different (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
);

// --- the CLI, old and new ---
const dir = mkdtempSync(join(tmpdir(), 'iqtibas-same-'));
const corpusDir = join(dir, 'corpus');
const cliTexts = texts.filter(([name]) => !name.startsWith('the seed to')).slice(0, 6000);
cliTexts.forEach(([, text], n) => {
  const folder = join(corpusDir, String(Math.floor(n / 100)).padStart(3, '0'));
  if (n % 100 === 0) mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, `${String(n).padStart(5, '0')}.txt`), text);
});
const jsonl = join(dir, 'corpus.jsonl');
writeFileSync(
  jsonl,
  `${cliTexts.map(([name, text]) => JSON.stringify({ id: name, text })).join('\n')}\nnot json\n`,
);
const big = join(dir, 'big.txt');
writeFileSync(big, repeatTo(2e6));
const runs = [
  ['extract', '--jobs', '1', '--format', 'ndjson', corpusDir],
  ['extract', '--jobs', '2', '--format', 'ndjson', corpusDir],
  ['extract', '--jobs', '1', '--input', 'jsonl', '--format', 'ndjson', jsonl],
  ['extract', '--jobs', '2', '--input', 'jsonl', '--format', 'json', jsonl],
  ['extract', '--jobs', '1', '--format', 'report', '--no-color', '--narration', corpusDir],
  ['extract', '--jobs', '2', '--format', 'csv', corpusDir],
  ['extract', '--format', 'ndjson', big],
  ['extract', '--json', join(fixtures, 'seed-article.txt'), join(dir, 'missing.txt')],
  ['speakers', '--jobs', '2', '--format', 'json', corpusDir],
];
let cliDifferences = 0;
for (const args of runs) {
  const [a, b] = [join(old, 'bin', 'quotes.js'), join(root, 'bin', 'quotes.js')].map((bin) =>
    spawnSync(process.execPath, [bin, args[0], '--quiet', ...args.slice(1)], {
      maxBuffer: 2 ** 31 - 1,
      encoding: 'buffer',
    }),
  );
  const same =
    a.status === b.status &&
    Buffer.compare(a.stdout, b.stdout) === 0 &&
    Buffer.compare(a.stderr, b.stderr) === 0;
  if (!same) cliDifferences++;
  process.stdout.write(
    `${same ? 'same' : 'DIFFERENT'}: quotes ${args.map((arg) => arg.replace(dir, 'TMP')).join(' ')} (exit ${b.status}, ${(b.stdout.length / 1e6).toFixed(1)} MB)\n`,
  );
}
rmSync(dir, { recursive: true, force: true });
process.exit(differences + cliDifferences === 0 ? 0 : 1);
