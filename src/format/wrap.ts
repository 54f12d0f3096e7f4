/**
 * Laying text out in a terminal of a given width. Width is counted in code points, not UTF-16
 * units, and the marks that draw over the letter before them (Arabic harakat, shadda) or draw
 * nothing (RLM, ALM, zero-width joiners) count as nothing. Lines break between words; a word is
 * split only when it alone is wider than the line.
 */

/** A run of text and how to draw it (a chalk colour, say); the style is applied line by line. */
export interface Piece {
  text: string;
  style?: (text: string) => string;
}

const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}]$/u;

/**
 * Columns that a text takes.
 *
 * @example
 * textWidth('قالَ') // 3: the fatha sits on the lam
 * textWidth('😀') // 1: one code point, where `'😀'.length` is 2
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) if (!zeroWidth.test(char)) width++;
  return width;
}

/**
 * The text on one line of at most `width` columns: cut at the last space that fits, or inside the
 * word when none does, and ended by `…`. Line breaks become spaces.
 *
 * @example
 * truncate('لم تكن لدى روسيا أي نية', 12) // 'لم تكن لدى…'
 */
export function truncate(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (textWidth(flat) <= width) return flat;
  const room = Math.max(0, width - 1);
  const chars = Array.from(flat);
  let cut = 0;
  let used = 0;
  let lastSpace = -1;
  for (const [index, char] of chars.entries()) {
    const next = used + (zeroWidth.test(char) ? 0 : 1);
    if (next > room) break;
    used = next;
    cut = index + 1;
    if (char === ' ') lastSpace = index;
  }
  // A cut right before a space is a cut between words too.
  const end = chars[cut] === ' ' || lastSpace <= 0 ? cut : lastSpace;
  return `${chars.slice(0, end).join('').trimEnd()}…`;
}

/**
 * Lines of at most `width` columns, each a list of pieces. The text of the pieces is one paragraph
 * (no line break). Spaces between words on a line are kept as written; at a break they go.
 *
 * @example
 * wrapPieces([{text: 'وقال الوزير: '}, {text: '«نعم»', style: chalk.cyan}], 12)
 * // [[{text: 'وقال'}, {text: ' '}, {text: 'الوزير:'}], [{text: '«نعم»', style: chalk.cyan}]]
 */
export function wrapPieces(pieces: readonly Piece[], width: number): Piece[][] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let lineWidth = 0;
  const flush = () => {
    if (line.length > 0) lines.push(line);
    line = [];
    lineWidth = 0;
  };
  for (const { gap, pieces: word } of wordsOf(pieces)) {
    const wordWidth = word.reduce((sum, piece) => sum + textWidth(piece.text), 0);
    if (lineWidth > 0 && lineWidth + gap.length + wordWidth <= width) {
      line.push({ text: gap }, ...word);
      lineWidth += gap.length + wordWidth;
      continue;
    }
    flush();
    if (wordWidth <= width) {
      line.push(...word);
      lineWidth = wordWidth;
      continue;
    }
    // A word wider than the line: cut it into full lines, the rest starts the next line.
    for (const chunk of splitWord(word, width)) {
      flush();
      line.push(...chunk.pieces);
      lineWidth = chunk.width;
    }
  }
  flush();
  return lines;
}

/**
 * Plain text as lines of at most `width` columns; line breaks in the text are kept, and an empty
 * line stays empty.
 *
 * @example
 * wrapText('سنفتتح عشرة مستشفيات', 12) // ['سنفتتح عشرة', 'مستشفيات']
 */
export function wrapText(text: string, width: number): string[] {
  return text.split('\n').flatMap((paragraph) => {
    const lines = wrapPieces([{ text: paragraph }], width);
    return lines.length === 0 ? [''] : lines.map(renderLine);
  });
}

/**
 * A line of pieces as a string. Neighbouring pieces of one style, and the spaces between them,
 * are drawn as one run, so a coloured quote costs one pair of escape sequences per line.
 */
export function renderLine(line: readonly Piece[]): string {
  const runs: Piece[] = [];
  for (const [index, piece] of line.entries()) {
    const style =
      piece.style === undefined &&
      piece.text.trim() === '' &&
      line[index - 1]?.style === line[index + 1]?.style
        ? line[index - 1]?.style
        : piece.style;
    const last = runs.at(-1);
    if (last && last.style === style) last.text += piece.text;
    else runs.push({ text: piece.text, style });
  }
  return runs.map((run) => (run.style ? run.style(run.text) : run.text)).join('');
}

/** The words of a paragraph, each as the pieces it is made of (a word can change style midway) and the spaces before it. */
function wordsOf(pieces: readonly Piece[]): { gap: string; pieces: Piece[] }[] {
  const words: { gap: string; pieces: Piece[] }[] = [];
  let word: Piece[] = [];
  let gap = '';
  let nextGap = '';
  for (const piece of pieces) {
    for (const part of piece.text.split(/( +)/)) {
      if (part === '') continue;
      if (part.startsWith(' ')) {
        if (word.length > 0) words.push({ gap, pieces: word });
        word = [];
        gap = '';
        nextGap += part;
      } else {
        if (word.length === 0) {
          gap = nextGap || ' ';
          nextGap = '';
        }
        word.push(piece.style ? { text: part, style: piece.style } : { text: part });
      }
    }
  }
  if (word.length > 0) words.push({ gap, pieces: word });
  return words;
}

/** A word cut into chunks of `width` columns (the last one shorter), keeping each piece's style. */
function splitWord(word: readonly Piece[], width: number): { pieces: Piece[]; width: number }[] {
  const chunks: { pieces: Piece[]; width: number }[] = [];
  let current: Piece[] = [];
  let used = 0;
  for (const piece of word) {
    let text = '';
    for (const char of piece.text) {
      const charWidth = zeroWidth.test(char) ? 0 : 1;
      if (used + charWidth > width && used > 0) {
        if (text) current.push({ ...piece, text });
        chunks.push({ pieces: current, width: used });
        current = [];
        used = 0;
        text = '';
      }
      text += char;
      used += charWidth;
    }
    if (text) current.push({ ...piece, text });
  }
  if (current.length > 0) chunks.push({ pieces: current, width: used });
  return chunks;
}
