import { ARABIC_MODELS, ARABIC_SCRIPT_SOURCE } from './arabic-models.js';

/** franc's function (`franc(text, {minLength})`), given by `useFranc`. */
export type Franc = (text: string, options: { minLength: number }) => string;
let franc: Franc | undefined;

/**
 * Gives the language check franc, for texts not mostly in Arabic script. franc's module holds the
 * data of every language it knows (238 KB of JavaScript, ~20 ms to load): the package's entry
 * (`src/index.ts`) loads it at once; the command line and its workers only when an article needs it
 * (`needsFranc`), so that a run over Arabic articles never waits for it.
 */
export function useFranc(fn: Franc): void {
  franc = fn;
}

/** True when `detectLanguage(text)` needs franc and has not been given it yet. */
export function needsFranc(text: string): boolean {
  if (franc) return false;
  const prefix = prefixOf(text);
  return prefix.length >= MIN_LENGTH && arabicScriptCode(prefix) === undefined;
}

/**
 * franc needs a few hundred characters; more only costs time, and on short news articles franc
 * was most of the time spent per article. 800 gave the same code as 2000 on the 50 corpus
 * articles, 300 articles cut from the seed and English, French and Persian samples; 400 gives the
 * same code as 800 on the corpus and the seed cuts (and so do 200 and 300) in half the time
 * (91 -> 51 ms of CPU for those 350 texts).
 */
const PREFIX = 400;
/** franc's own constants: shorter texts are `und`; a trigram a model lacks costs this much. */
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

const NAMES: Record<string, string> = {
  arb: 'Arabic',
  ary: 'Moroccan Arabic',
  arz: 'Egyptian Arabic',
  apc: 'Levantine Arabic',
  pes: 'Persian',
  urd: 'Urdu',
  eng: 'English',
  fra: 'French',
  und: 'undetermined',
};

/** Arabic short vowels, shadda, sukun, the dagger alef and tatweel. */
const VOWELS = /[\u064B-\u0652\u0670\u0640]/gu;

/**
 * Letters of the Arabic script that Arabic does not write and Persian, Dari, Urdu, Pashto, Sindhi,
 * Uyghur or Malay (Jawi) do: پ چ ژ ڤ گ ک ی ۀ ٹ ڈ ڑ ں ہ ھ ے ۓ ښ ږ ځ څ ډ ړ ۍ ې ۆ ۈ ۋ ڭ ڠ ڽ and the
 * like (U+0679–U+06D3 apart from the Arabic letters there, U+06D5–U+06FF's letters, U+0750–U+077F).
 */
const OTHER_ARABIC_SCRIPT_LETTERS = /[\u0679-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FF\u0750-\u077F]/u;

/** Codes franc gives to Arabic text (Standard Arabic and the dialects it knows). */
const ARABIC = new Set(['arb', 'ary', 'arz', 'apc', 'acm', 'ajp', 'ayl']);

/**
 * Detects the language on a bounded prefix of the text; `und` when there is too little. The answer
 * is franc's (`franc(prefix, {minLength: 10})`); only the way to it is shorter when more than half
 * of the prefix is Arabic script (see `arabicScriptCode`).
 */
export function detectLanguage(text: string): { code: string; name: string; arabic: boolean } {
  const prefix = prefixOf(text);
  let code = arabicScriptCode(prefix);
  // On a sentence or two franc's trigrams may say Dari, Persian or Malay of plain Arabic; a text in
  // Arabic script with no letter that only those languages write (پ چ ژ گ ک ی ے …) is Arabic.
  if (code !== undefined && !ARABIC.has(code) && !OTHER_ARABIC_SCRIPT_LETTERS.test(prefix)) code = 'arb';
  if (code === undefined) {
    // franc says `und` below its minimum length, whatever the text.
    if (prefix.length < MIN_LENGTH) code = 'und';
    else if (franc) code = franc(prefix, { minLength: MIN_LENGTH });
    else throw new Error('detectLanguage: franc was not given (useFranc) for a text not in Arabic script');
  }
  return { code, name: NAMES[code] ?? code, arabic: ARABIC.has(code) };
}

/**
 * What the language is detected on: the first characters, without short vowels and tatweel (franc's
 * models are of unvowelled text, and a fully vowelled Arabic sentence read as it is looks like Dari).
 */
function prefixOf(text: string): string {
  return text.slice(0, PREFIX).replace(VOWELS, '');
}

/**
 * franc's answer for a text mostly in Arabic script, computed without franc's allocations; undefined
 * when fewer than half of the UTF-16 units are Arabic script (franc then decides).
 *
 * franc takes the script whose expression matches most characters. Its script expressions do not
 * share a character (test/language.test.ts checks every code point), so when the Arabic one matches
 * more than half of the units, no other script can match as many: the script is Arabic. franc then
 * cleans the text (ASCII punctuation and digits to spaces, white space collapsed, trimmed, lower
 * case), counts its trigrams of UTF-16 units, and gives each of the Arabic-script languages the sum,
 * over the distinct trigrams, of |count - rank - 1| for a trigram in the language's model and 300
 * for one not in it; the smallest sum wins, the first in franc's order on a tie. The same here, with
 * tables instead of strings and objects, and counting only the trigrams some model has: one that no
 * model has adds 300 to every language alike.
 */
export function arabicScriptCode(text: string): string | undefined {
  // The command line asks first whether franc is needed, then extract asks again for the same text.
  if (text === last.text) return last.code;
  const code = computeArabicScriptCode(text);
  last.text = text;
  last.code = code;
  return code;
}

/** The last text asked about and its answer. */
const last: { text: string | undefined; code: string | undefined } = { text: undefined, code: undefined };

function computeArabicScriptCode(text: string): string | undefined {
  if (text.length < MIN_LENGTH) return undefined;
  let arabic = 0;
  let simple = true;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (isArabicScript(unit)) arabic++;
    if (unit >= 0x80 && simple) simple = isSimpleUnit(unit);
  }
  if (arabic * 2 <= text.length) return undefined;

  // A trigram in no model adds 300 to every language alike: only those in some model are counted.
  const models = arabicModels();
  const seen: number[] = [];
  if (simple) countSimply(text, models, seen);
  else countCleaned(text, models, seen);
  const { codes, ranks, counts } = models;
  const languages = codes.length;
  const distances = new Float64Array(languages);
  for (const id of seen) {
    const count = counts[id] ?? 0;
    counts[id] = 0;
    for (let l = 0; l < languages; l++) {
      const rank = ranks[id * languages + l] ?? -1;
      distances[l] = (distances[l] ?? 0) + (rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1));
    }
  }
  let best = 0;
  for (let l = 1; l < languages; l++) if ((distances[l] ?? 0) < (distances[best] ?? 0)) best = l;
  return codes[best];
}

/**
 * Counts the trigrams of franc's cleaned text (below) in `models.counts`, each id once in `seen`,
 * reading the text once without building the cleaned string: ASCII punctuation, digits and white
 * space (tab to carriage return, space) are one space between two words, A–Z their lower case, and
 * every other unit itself. Only for a text whose units from U+0080 up are all simple
 * (`isSimpleUnit`); for any other, `countCleaned` does it franc's way.
 */
function countSimply(text: string, models: Models, seen: number[]): void {
  const { unitIndex, trigramId, counts, size } = models;
  // The cleaned text starts with a space; a space is never written twice, nor at the end but once.
  let a = 0;
  let b = unitIndex[SPACE] ?? 0;
  let space = true;
  for (let i = 0; i <= text.length; i++) {
    let unit = i === text.length ? SPACE : text.charCodeAt(i);
    if ((unit >= 0x20 && unit <= 0x40) || (unit >= 0x09 && unit <= 0x0d)) unit = SPACE;
    else if (unit >= 0x41 && unit <= 0x5a) unit += 0x20;
    if (unit === SPACE) {
      if (space) continue;
      space = true;
    } else space = false;
    const c = unitIndex[unit] ?? 0;
    const id = a === 0 || b === 0 || c === 0 ? -1 : (trigramId[(a * size + b) * size + c] ?? 0) - 1;
    a = b;
    b = c;
    if (id < 0) continue;
    if (counts[id] === 0) seen.push(id);
    counts[id] = (counts[id] ?? 0) + 1;
  }
}

/** The same count over franc's cleaned text, built as franc builds it. */
function countCleaned(text: string, models: Models, seen: number[]): void {
  const cleaned = ` ${text
    .replace(/[\u0021-\u0040]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()} `;
  const { unitIndex, trigramId, counts, size } = models;
  let a = 0;
  let b = unitIndex[cleaned.charCodeAt(0)] ?? 0;
  for (let i = 1; i < cleaned.length; i++) {
    const c = unitIndex[cleaned.charCodeAt(i)] ?? 0;
    const id = a === 0 || b === 0 || c === 0 ? -1 : (trigramId[(a * size + b) * size + c] ?? 0) - 1;
    a = b;
    b = c;
    if (id < 0) continue;
    if (counts[id] === 0) seen.push(id);
    counts[id] = (counts[id] ?? 0) + 1;
  }
}

const SPACE = 0x20;

/**
 * Whether a unit from U+0080 up is its own lower case in any text and is not white space (JavaScript's
 * `\s`); filled as units are met (0 unknown, 1 no, 2 yes). Surrogates are not: a pair may have a
 * lower case.
 */
const simpleUnits = new Uint8Array(0x10000);

function isSimpleUnit(unit: number): boolean {
  let known = simpleUnits[unit] as number;
  if (known === 0) {
    const char = String.fromCharCode(unit);
    // Σ is σ or ς by its neighbours: a letter is simple only when no neighbour can change it.
    const simple =
      !(unit >= 0xd800 && unit <= 0xdfff) &&
      !/\s/.test(char) &&
      `a${char}a`.toLowerCase() === `a${char}a` &&
      `${char} `.toLowerCase() === `${char} `;
    known = simple ? 2 : 1;
    simpleUnits[unit] = known;
  }
  return known === 2;
}

/** Whether franc's Arabic expression matches this UTF-16 unit alone; filled as units are met. */
const arabicUnits = new Uint8Array(0x10000);
let arabicExpression: RegExp | undefined;

function isArabicScript(unit: number): boolean {
  let known = arabicUnits[unit] as number;
  if (known === 0) {
    arabicExpression ??= new RegExp(ARABIC_SCRIPT_SOURCE);
    known = arabicExpression.test(String.fromCharCode(unit)) ? 2 : 1;
    arabicUnits[unit] = known;
  }
  return known === 2;
}

interface Models {
  /** franc's Arabic-script languages, in its order (arb, urd, pes, …). */
  codes: string[];
  /** 1 + the index of each UTF-16 unit in the models' alphabet; 0 for a unit no model has. */
  unitIndex: Uint8Array;
  /** The alphabet's size plus one: trigram (a, b, c) of unit indices is at (a * size + b) * size + c. */
  size: number;
  /** 1 + the id of each trigram that some model has; 0 for the others. */
  trigramId: Uint16Array;
  /** The rank of trigram `id` in language `l` at id * codes.length + l, or -1. */
  ranks: Int16Array;
  /** Scratch: the count of each trigram id in the text being detected, back to 0 after each text. */
  counts: Uint16Array;
}

let models: Models | undefined;

/**
 * franc's Arabic-script models, made into tables at first use, which every text in Arabic script
 * is. Built with typed arrays only, no `Map` and no growing list: this runs once per process, cold,
 * and took ~4 ms of CPU the other way (~2 ms this way).
 */
function arabicModels(): Models {
  if (models) return models;
  const codes = Object.keys(ARABIC_MODELS);
  const languages = codes.length;
  const lists = codes.map((code) => (ARABIC_MODELS[code] as string).split('|'));
  // The alphabet: each unit of a trigram, numbered from 1 as met. Trigrams of three units only:
  // any other is never equal to a trigram of the text.
  const unitIndex = new Uint8Array(0x10000);
  let units = 0;
  let trigrams = 0;
  for (const list of lists) {
    for (const trigram of list) {
      if (trigram.length !== 3) continue;
      trigrams++;
      for (let k = 0; k < 3; k++) {
        const unit = trigram.charCodeAt(k);
        if (unitIndex[unit] === 0) unitIndex[unit] = ++units;
      }
    }
  }
  const size = units + 1;
  const trigramId = new Uint16Array(size * size * size);
  // Room for every trigram being distinct; cut to the ids given at the end.
  const ranks = new Int16Array(trigrams * languages).fill(-1);
  let ids = 0;
  for (let l = 0; l < languages; l++) {
    const list = lists[l] as string[];
    // From the end, as franc fills its table: a trigram listed twice keeps its first rank.
    for (let r = list.length - 1; r >= 0; r--) {
      const trigram = list[r] as string;
      if (trigram.length !== 3) continue;
      const a = unitIndex[trigram.charCodeAt(0)] as number;
      const b = unitIndex[trigram.charCodeAt(1)] as number;
      const at = (a * size + b) * size + (unitIndex[trigram.charCodeAt(2)] as number);
      let id = (trigramId[at] as number) - 1;
      if (id < 0) {
        id = ids++;
        trigramId[at] = ids;
      }
      ranks[id * languages + l] = r;
    }
  }
  models = {
    codes,
    unitIndex,
    size,
    trigramId,
    ranks: ranks.slice(0, ids * languages),
    counts: new Uint16Array(ids),
  };
  return models;
}
