/**
 * Folding of Arabic for matching only: the output is never shown, offsets always refer to the
 * original text. Diacritics, tatweel and invisible format controls vanish; hamza seats of alef
 * become a bare alef (web text often drops hamzas); ة becomes ه and Persian letters their Arabic
 * twins. ى is kept apart from ي on purpose: folding it makes رأى (opined) collide with رأي (opinion).
 */

/** True for characters that carry no letter: harakat, tatweel, Quranic marks, bidi and zero-width controls. */
export function isIgnorable(cp: number): boolean {
  return (
    (cp >= 0x064b && cp <= 0x065f) || // harakat, shadda, sukun, hamza above/below
    cp === 0x0670 || // dagger alef
    cp === 0x0640 || // tatweel
    (cp >= 0x06d6 && cp <= 0x06ed) || // Quranic annotation marks
    cp === 0x061c || // Arabic letter mark
    (cp >= 0x200b && cp <= 0x200f) || // zero-width space/joiners, LRM, RLM
    (cp >= 0x202a && cp <= 0x202e) || // embeddings and overrides
    (cp >= 0x2066 && cp <= 0x2069) || // isolates
    cp === 0xfeff
  );
}

/** The folded form of one code point, as a code point (the same one when nothing folds). */
export function foldCodePoint(cp: number): number {
  switch (cp) {
    case 0x0622: // آ
    case 0x0623: // أ
    case 0x0625: // إ
    case 0x0671: // ٱ
      return 0x0627; // ا
    case 0x0629: // ة
      return 0x0647; // ه
    case 0x06cc: // Persian yeh
      return 0x064a;
    case 0x06a9: // Persian keheh
      return 0x0643;
    default:
      return cp;
  }
}

/**
 * Strings made only of letters that neither fold nor change under NFKC (Arabic letters other than
 * alef's hamza seats and ة, printable ASCII): folding returns them as they are.
 */
const FOLDED_ALREADY = /^[\u0621\u0624\u0626-\u0628\u062A-\u063A\u0641-\u064A\x20-\x7E]*$/u;

/**
 * Strings of Arabic letters, harakat (not the hamza and madda marks U+0653–U+0655, which NFKC
 * composes with the letter before them), tatweel, the dagger alef, ٱ, Persian yeh and keheh and
 * printable ASCII: NFKC changes nothing in them but the order of the harakat, which folding drops,
 * so folding is a few replaces (test/normalize.test.ts compares the two ways).
 */
const NFKC_STABLE = /^[\u0621-\u0652\u0640\u0670\u0671\u06A9\u06CC\x20-\x7E]*$/u;
/** The ignorable characters (`isIgnorable`) an `NFKC_STABLE` string can hold. */
const STABLE_IGNORABLE = /[\u064B-\u0652\u0640\u0670]/g;
/** The hamza seats of alef and ٱ, folded to a bare alef (`foldCodePoint`). */
const ALEF_SEAT = /[\u0622\u0623\u0625\u0671]/g;

/** Folds a whole string for matching (lexicon entries, names, titles). */
export function fold(text: string): string {
  if (FOLDED_ALREADY.test(text)) return text;
  // The same as the loop below, without its NFKC and its string built a character at a time: the
  // lexicon folds some 2,300 such words when the engine loads (~8 ms of start-up by this path).
  if (NFKC_STABLE.test(text)) {
    return text
      .replace(STABLE_IGNORABLE, '')
      .replace(ALEF_SEAT, '\u0627')
      .replace(/\u0629/g, '\u0647')
      .replace(/\u06CC/g, '\u064A')
      .replace(/\u06A9/g, '\u0643');
  }
  let out = '';
  for (const ch of text.normalize('NFKC')) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isIgnorable(cp)) continue;
    out += String.fromCodePoint(foldCodePoint(cp));
  }
  return out;
}
