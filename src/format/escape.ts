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
 * Replace every unsafe character by its `\uXXXX` escape; line feeds and tabs stay.
 *
 * @example
 * escapeUnsafe('قال \u202eبوتين') // 'قال \\u202eبوتين'
 */
export function escapeUnsafe(text: string): string {
  let out = '';
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += isUnsafe(codePoint) ? escapeCodePoint(codePoint) : char;
  }
  return out;
}

/**
 * `JSON.stringify`, with the unsafe characters that it leaves raw (DEL, C1, bidi controls,
 * U+2028/U+2029) escaped too. Lossless: outside strings JSON has none of them, and inside a string
 * `\u202e` parses back to the same character.
 */
export function stringifyJson(value: unknown, indent?: number): string {
  return escapeUnsafe(JSON.stringify(value, null, indent));
}
