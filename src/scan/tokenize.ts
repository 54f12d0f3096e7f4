import { foldCodePoint, isIgnorable } from '../text/normalize.js';
import { MARKS, type MarkInfo } from './marks.js';

export type TokenType = 'word' | 'punct' | 'mark' | 'break';

/**
 * One token of the text. Offsets are code points (`start`, `end`) and UTF-16 units (`from`, `to`,
 * for slicing the JavaScript string); ends are exclusive.
 */
export interface Token {
  type: TokenType;
  start: number;
  end: number;
  from: number;
  to: number;
  /** Folded form for matching: a word without diacritics, tatweel or controls; the punctuation itself. */
  norm: string;
  /** 1-based paragraph (non-blank line) the token is in. */
  paragraph: number;
  /** Marks only: what the mark is, and whether its neighbours let it open or close a quote. */
  mark?: MarkInfo;
  canOpen?: boolean;
  canClose?: boolean;
  /** Whitespace (or the start of the text) lies right before the token. */
  spaceBefore: boolean;
}

export interface Scan {
  tokens: Token[];
  /** Code-point offset of the first character of each line. */
  lineStarts: number[];
  /** Length of the text in code points. */
  length: number;
  /** Code-point offset just after the last non-space character of each paragraph, by paragraph number. */
  paragraphEnds: number[];
}

enum Cls {
  Space = 0,
  Letter = 1,
  Punct = 2,
  Newline = 3,
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

function classify(cp: number): Cls {
  if (cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029 || cp === 0x85) return Cls.Newline;
  if (
    cp === 0x20 ||
    cp === 0x09 ||
    cp === 0xa0 ||
    cp === 0x0b ||
    cp === 0x0c ||
    (cp >= 0x2000 && cp <= 0x200a)
  )
    return Cls.Space;
  if (cp === 0x3000 || cp === 0x202f || cp === 0x205f || cp === 0x1680) return Cls.Space;
  if (cp < 0x80) {
    if ((cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a))
      return Cls.Letter;
    return Cls.Punct;
  }
  if (cp >= 0x0621 && cp <= 0x064a) return Cls.Letter; // the common Arabic letters, without a regex
  if (cp > 0xffff) return LETTER.test(String.fromCodePoint(cp)) ? Cls.Letter : Cls.Punct;
  // The rest of the BMP through a table filled as characters are met: no string per character.
  let known = bmpClasses[cp] ?? 0;
  if (known === 0) {
    known = LETTER.test(String.fromCharCode(cp)) ? Cls.Letter + 1 : Cls.Punct + 1;
    bmpClasses[cp] = known;
  }
  return known - 1;
}

/** Letter or punctuation of each BMP code point seen so far, plus one; 0 for not yet seen. */
const bmpClasses = new Uint8Array(0x10000);

function codePointAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/** The class of the next character that is not ignorable, from UTF-16 index `i` on. */
function classAhead(text: string, i: number): Cls {
  while (i < text.length) {
    const cp = codePointAt(text, i);
    if (!isIgnorable(cp)) return MARKS.has(cp) ? Cls.Punct : classify(cp);
    i += cp > 0xffff ? 2 : 1;
  }
  return Cls.Space;
}

function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe);
}

/**
 * One pass over the text: words (folded for matching), punctuation, quote marks with what their
 * neighbours allow, paragraph breaks, and the line starts needed for line:column positions.
 */
export function tokenize(text: string): Scan {
  const tokens: Token[] = [];
  const lineStarts = [0];
  const paragraphEnds = [0];
  let paragraph = 1;
  let lineHasContent = false;
  let lastContentEnd = 0;
  let prevClass: Cls = Cls.Space; // class of the last non-ignorable character
  let word: Token | null = null;
  let wordHasForms = false;
  // Nothing in the word folds or is skipped: its folded form is a slice of the text.
  let wordVerbatim = true;
  let cpIndex = 0;
  let i = 0;
  const n = text.length;

  const endWord = () => {
    if (word === null) return;
    word.norm = wordVerbatim ? text.slice(word.from, word.to) : foldRange(text, word.from, word.to);
    if (wordHasForms) word.norm = word.norm.normalize('NFKC');
    tokens.push(word);
    word = null;
    wordHasForms = false;
    wordVerbatim = true;
  };

  while (i < n) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    if (isIgnorable(cp)) {
      // Invisible inside a word (tatweel, harakat, bidi marks): the word goes on around it.
      if (word !== null) {
        word.end = cpIndex + 1;
        word.to = i + width;
        wordVerbatim = false;
      }
      i += width;
      cpIndex++;
      continue;
    }
    const mark = MARKS.get(cp);
    const cls = mark ? Cls.Punct : classify(cp);
    if (cls === Cls.Letter) {
      if (word === null) {
        word = {
          type: 'word',
          start: cpIndex,
          end: cpIndex + 1,
          from: i,
          to: i + width,
          norm: '',
          paragraph,
          spaceBefore: prevClass === Cls.Space || prevClass === Cls.Newline,
        };
      }
      if (foldCodePoint(cp) !== cp) wordVerbatim = false;
      if (isPresentationForm(cp)) wordHasForms = true;
      word.end = cpIndex + 1;
      word.to = i + width;
      lineHasContent = true;
      lastContentEnd = cpIndex + 1;
    } else {
      endWord();
      if (cls === Cls.Newline) {
        if (cp === 0x0d && text.charCodeAt(i + 1) === 0x0a) {
          // CRLF: one line break of two code points
          i++;
          cpIndex++;
        }
        lineStarts.push(cpIndex + 1);
        if (lineHasContent) {
          tokens.push({
            type: 'break',
            start: lastContentEnd,
            end: lastContentEnd,
            from: i,
            to: i,
            norm: '\n',
            paragraph,
            spaceBefore: true,
          });
          paragraphEnds[paragraph] = lastContentEnd;
          paragraph++;
          lineHasContent = false;
        }
      } else if (cls === Cls.Punct) {
        const token: Token = {
          type: mark ? 'mark' : 'punct',
          start: cpIndex,
          end: cpIndex + 1,
          from: i,
          to: i + width,
          norm: String.fromCodePoint(cp),
          paragraph,
          spaceBefore: prevClass === Cls.Space || prevClass === Cls.Newline,
        };
        if (mark) {
          const after = classAhead(text, i + width);
          const before = prevClass;
          const openSide = before !== Cls.Letter; // space, start, punctuation or another mark
          const closeSide = after !== Cls.Letter;
          token.mark = mark;
          // A mark between two letters, or between two non-letters, could be either: let pairing decide.
          // After a colon a mark opens, even with a stray space inside it (تل أبيب:" ولهذا …").
          const afterColon = tokens[tokens.length - 1]?.norm === ':' && after !== Cls.Newline;
          token.canOpen =
            afterColon || (after !== Cls.Space && after !== Cls.Newline && (openSide || !closeSide));
          token.canClose = before !== Cls.Space && before !== Cls.Newline && (closeSide || !openSide);
        }
        tokens.push(token);
        lineHasContent = true;
        lastContentEnd = cpIndex + 1;
      }
    }
    prevClass = cls;
    i += width;
    cpIndex++;
  }
  endWord();
  if (lineHasContent) paragraphEnds[paragraph] = lastContentEnd;
  return { tokens, lineStarts, length: cpIndex, paragraphEnds };
}

/** The folded form of the letters and ignorable characters of `text` from `from` to `to` (UTF-16). */
function foldRange(text: string, from: number, to: number): string {
  let out = '';
  for (let i = from; i < to; ) {
    const cp = codePointAt(text, i);
    if (!isIgnorable(cp)) out += String.fromCodePoint(foldCodePoint(cp));
    i += cp > 0xffff ? 2 : 1;
  }
  return out;
}

/** 1-based line and column (in code points) of a code-point offset. */
export function locate(lineStarts: readonly number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
}
