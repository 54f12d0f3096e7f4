/**
 * Characters of an article that must never reach a terminal as they are: they could move the
 * cursor, recolour the screen (ESC, and the C1 CSI), or reorder the text around them (bidi
 * embeddings, overrides and isolates). Marks that only hint a direction (LRM, RLM, ALM) are
 * ordinary in Arabic text and are kept.
 */

/** Whether a code point is unsafe to print raw. Line feed and tab are not: callers lay out lines. */
export function isUnsafe(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x09 && codePoint !== 0x0a) || // C0 controls, CR and ESC included
    (codePoint >= 0x7f && codePoint <= 0x9f) || // DEL, C1 controls
    codePoint === 0x2028 || // line separator
    codePoint === 0x2029 || // paragraph separator
    (codePoint >= 0x202a && codePoint <= 0x202e) || // LRE, RLE, PDF, LRO, RLO
    (codePoint >= 0x2066 && codePoint <= 0x2069) // LRI, RLI, FSI, PDI
  );
}

/** `\u001b` for ESC: the escape JSON and JavaScript readers know. */
export function escapeCodePoint(codePoint: number): string {
  return `\\u${codePoint.toString(16).padStart(4, '0')}`;
}

/**
 * The characters of `isUnsafe`, as one class: all of them are in the BMP, so one UTF-16 unit each.
 * A search for them runs in the regex engine instead of a loop that rebuilds the string a
 * character at a time (most text has none, and comes back as it is).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replace every unsafe character by its `\uXXXX` escape; line feeds and tabs stay.
 *
 * @example
 * escapeUnsafe('قال \u202eسوكولوف') // 'قال \\u202eسوكولوف'
 */
export function escapeUnsafe(text: string): string {
  UNSAFE.lastIndex = 0;
  if (!UNSAFE.test(text)) return text;
  return text.replace(UNSAFE, (char) => escapeCodePoint(char.charCodeAt(0)));
}

/**
 * A name shown to people (a path, a URL, the source of a document) on one line: the characters of
 * `escapeUnsafe` and line feeds as `\u` escapes (a CR is already one of them). A file name may
 * hold a line break; a message or a heading must not be split by it.
 *
 * @example
 * escapeName('news\nمقال.txt') // 'news\\u000aمقال.txt'
 */
export function escapeName(name: string): string {
  return escapeUnsafe(name).replace(/\n/g, () => escapeCodePoint(0x0a));
}

/**
 * `JSON.stringify`, with the unsafe characters that it leaves raw (DEL, C1, bidi controls,
 * U+2028/U+2029) escaped too. Lossless: outside strings JSON has none of them, and inside a string
 * `\u202e` parses back to the same character.
 */
export function stringifyJson(value: unknown, indent?: number): string {
  return escapeUnsafe(JSON.stringify(value, null, indent));
}
