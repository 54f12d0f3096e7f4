import { foldCodePoint, isIgnorable } from '../text/normalize.js';
import { DatelineReader, DatelineStep } from './dateline.js';
import {
  APOSTROPHE,
  DOUBLE_PRIME,
  DOUBLED_APOSTROPHES,
  LONE_APOSTROPHE,
  MARKS,
  type MarkInfo,
} from './marks.js';

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
  /**
   * 1-based sentence the token is in: one more at each paragraph break and at each soft sentence
   * boundary (`.`, `!`, `؟` after a word or a closing mark, then a space), the scope the engine reads
   * a text without paragraph breaks by.
   */
  sentence: number;
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
  /**
   * The first sentence (Token.sentence) of each paragraph, by paragraph number, and an entry after
   * the last paragraph: paragraph `p` holds the sentences from `paragraphSentences[p]` to
   * `paragraphSentences[p + 1] - 1`.
   */
  paragraphSentences: number[];
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

/** The common Arabic letters (ء to ي), by UTF-16 unit. */
function isArabicLetter(unit: number): boolean {
  return unit >= 0x0621 && unit <= 0x064a;
}

function isPresentationForm(cp: number): boolean {
  return (cp >= 0xfb50 && cp <= 0xfdff) || (cp >= 0xfe70 && cp <= 0xfefe);
}

/**
 * Closed-class words as Egyptian and some Levantine desks spell them, with ى for a final ي (فى كلمته,
 * الذى يرأس, وهى المستهدفة): folded to the standard spelling, so that every rule that reads في, الذي,
 * التي or هي reads them too. Only these: a final ى is the standard spelling of many words (على, إلى,
 * مصطفى, الكبرى), and وفى ("fulfilled") is rare in news beside وفي.
 */
const EGYPTIAN_YA = new Map([
  ['فى', 'في'],
  ['وفى', 'وفي'],
  ['ففى', 'ففي'],
  ['الذى', 'الذي'],
  ['والذى', 'والذي'],
  ['التى', 'التي'],
  ['والتى', 'والتي'],
  ['هى', 'هي'],
  ['وهى', 'وهي'],
  ['فهى', 'فهي'],
]);

/** What `describe` says of a code point: its kind in the low bits, and two flags. */
const IGNORABLE = 4;
const MARK = 5;
const KIND = 7;
/** The letter folds to another (أ → ا, ة → ه): a word with one is not a slice of the text. */
const FOLDS = 8;
/** An Arabic presentation form: the word is normalised (NFKC) after folding. */
const FORM = 16;
/** Set on every entry of `described`, so that 0 means "not yet described". */
const KNOWN = 32;

/** `describe` of each BMP code point (lone surrogates included) met so far; 0 for not yet. */
const described = new Uint8Array(0x10000);

/**
 * The kind of a code point for the scanner, in the order the scanner asks: ignorable first (even a
 * mark or a letter could not be), then a quote mark, then space, letter, punctuation or line break.
 */
function describe(cp: number): number {
  let kind: number;
  if (isIgnorable(cp)) kind = IGNORABLE;
  else if (MARKS.has(cp)) kind = MARK;
  else kind = classify(cp);
  if (kind === Cls.Letter) {
    if (foldCodePoint(cp) !== cp) kind |= FOLDS;
    if (isPresentationForm(cp)) kind |= FORM;
  }
  return kind | KNOWN;
}

/**
 * One pass over the text: words (folded for matching), punctuation, quote marks with what their
 * neighbours allow, paragraph breaks, and the line starts needed for line:column positions.
 * A code point is described once (`described`), and a word is a few numbers until it ends: its
 * token and its folded form are made then.
 */
export function tokenize(text: string): Scan {
  const tokens: Token[] = [];
  const lineStarts = [0];
  const paragraphEnds = [0];
  const paragraphSentences = [0, 1];
  let paragraph = 1;
  let sentence = 1;
  // A soft sentence boundary on its way: 1 after a sentence end that follows a word or a closing mark
  // (and after the closing marks and sentence ends right after it: `.»`, `؟!`), 2 once a space follows.
  let sentenceEnd = 0;
  let lineHasContent = false;
  let lastContentEnd = 0;
  let prevClass: Cls = Cls.Space; // class of the last non-ignorable character
  // The word being read: its first code point and UTF-16 index (-1 for none), and its ends so far.
  let wordStart = -1;
  let wordFrom = 0;
  let wordEnd = 0;
  let wordTo = 0;
  let wordSpaceBefore = false;
  let wordHasForms = false;
  // Nothing in the word folds or is skipped: its folded form is a slice of the text.
  let wordVerbatim = true;
  let cpIndex = 0;
  // Doubled apostrophes read so far in the paragraph, and the token indices of lone apostrophes.
  let doubledInParagraph = 0;
  const apostrophes: number[] = [];
  let i = 0;
  const n = text.length;
  // A dateline at the start of the text (الرياض - واس) ends a sentence, as its lost line break would.
  const dateline = new DatelineReader();
  // A link being read (https://…, pic.twitter.com/…), and one just ended by a space: an Arabic word
  // after it opens a sentence, as after a tweet's caption whose line break was lost.
  let inLink = false;
  let afterLink = false;
  // The code point of the last tatweel inside a word: a mark right after it is glued to what follows.
  let tatweelAt = -1;

  const endWord = () => {
    if (wordStart < 0) return;
    let norm = wordVerbatim ? text.slice(wordFrom, wordTo) : foldRange(text, wordFrom, wordTo);
    if (wordHasForms) norm = norm.normalize('NFKC');
    // Egyptian spelling writes a final ي as ى: the closed-class words read as their standard form.
    if (norm.charCodeAt(norm.length - 1) === 0x0649) norm = EGYPTIAN_YA.get(norm) ?? norm;
    if (opensLink(text, norm, wordTo)) inLink = true;
    if (!dateline.done && dateline.step(norm, true, false) === DatelineStep.OpensLede) sentence++;
    tokens.push({
      type: 'word',
      start: wordStart,
      end: wordEnd,
      from: wordFrom,
      to: wordTo,
      norm,
      paragraph,
      sentence,
      spaceBefore: wordSpaceBefore,
    });
    wordStart = -1;
    wordHasForms = false;
    wordVerbatim = true;
  };

  while (i < n) {
    let cp = text.charCodeAt(i);
    let width = 1;
    let info: number;
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        width = 2;
      }
    }
    if (width === 1) {
      info = described[cp] as number;
      if (info === 0) {
        info = describe(cp);
        described[cp] = info;
      }
    } else {
      info = describe(cp);
    }
    // ''…'': two apostrophes, and only two, are one mark (DOUBLED_APOSTROPHES). After a digit they are
    // seconds or inches (15''), unless they follow a year, an odd number of them before it in the
    // paragraph and no letter after (… في 2019'' حسب تعبيرها): then they close the quote they opened.
    const doubled =
      cp === APOSTROPHE &&
      text.charCodeAt(i + 1) === APOSTROPHE &&
      text.charCodeAt(i + 2) !== APOSTROPHE &&
      text.charCodeAt(i - 1) !== APOSTROPHE &&
      (!isDigitCode(text.charCodeAt(i - 1)) ||
        (doubledInParagraph % 2 === 1 && classAhead(text, i + 2) !== Cls.Letter && endsYear(text, i)));
    // One apostrophe alone: a quote mark or a letter's sign, as its pair in the paragraph decides.
    const lone =
      cp === APOSTROPHE &&
      !doubled &&
      text.charCodeAt(i + 1) !== APOSTROPHE &&
      text.charCodeAt(i - 1) !== APOSTROPHE;
    if (doubled) {
      width = 2;
      doubledInParagraph++;
    }
    const kind = doubled || lone ? MARK : info & KIND;
    if (kind === IGNORABLE) {
      // Invisible inside a word (tatweel, harakat, bidi marks): the word goes on around it.
      if (wordStart >= 0) {
        if (cp === TATWEEL) tatweelAt = cpIndex;
        wordEnd = cpIndex + 1;
        wordTo = i + width;
        wordVerbatim = false;
      } else if (cp === 0x640 && prevClass === Cls.Space && !dateline.done) {
        // A tatweel standing alone between spaces is a dateline's dash (الرياض ـ واس), not a token.
        if (dateline.step('ـ', false, false) === DatelineStep.EndsDateline) sentenceEnd = 2;
      }
      i += width;
      cpIndex++;
      continue;
    }
    const cls = kind === MARK ? Cls.Punct : (kind as Cls);
    if (cls === Cls.Letter) {
      if (wordStart < 0) {
        wordStart = cpIndex;
        wordFrom = i;
        wordSpaceBefore = prevClass === Cls.Space || prevClass === Cls.Newline;
        if (sentenceEnd === 2 || (afterLink && cp >= 0x0600 && cp <= 0x06ff)) sentence++;
        sentenceEnd = 0;
        afterLink = false;
      }
      if (info & FOLDS) wordVerbatim = false;
      if (info & FORM) wordHasForms = true;
      wordEnd = cpIndex + 1;
      wordTo = i + width;
      lineHasContent = true;
      lastContentEnd = cpIndex + 1;
    } else {
      endWord();
      // A hashtag (#الأمم_المتحدة): its sign before an Arabic letter is no token, and an underscore
      // between Arabic letters parts the tag's words as a space does; the tag reads as what it spells.
      // The sign only after a word and a space (وقالت #الأمم_المتحدة: a subject); a tag after a quote's
      // closing mark (قال في تغريدة: «…» #السعودية) keeps it, or its word would run on from the quote.
      if (
        (cp === 0x23 || cp === 0x5f) &&
        !inLink &&
        isArabicLetter(text.charCodeAt(i + 1)) &&
        (cp === 0x23
          ? prevClass === Cls.Space && isArabicLetter(text.charCodeAt(lastNonSpace(text, i - 1)))
          : isArabicLetter(text.charCodeAt(i - 1)))
      ) {
        if (cp === 0x5f) prevClass = Cls.Space;
        i += width;
        cpIndex++;
        continue;
      }
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
            sentence,
            spaceBefore: true,
          });
          paragraphEnds[paragraph] = lastContentEnd;
          paragraph++;
          doubledInParagraph = 0;
          sentence++;
          paragraphSentences[paragraph] = sentence;
          sentenceEnd = 0;
          dateline.stop();
          lineHasContent = false;
        }
      } else if (cls === Cls.Punct) {
        // A double prime right after a number is a unit (بقياس 55″), no quote mark; after a word that
        // ends in a digit (”MI6″) it closes.
        const unit =
          cp === DOUBLE_PRIME &&
          tokens[tokens.length - 1]?.end === cpIndex &&
          isNumber(tokens[tokens.length - 1] as Token);
        const mark =
          kind === MARK && !unit
            ? doubled
              ? DOUBLED_APOSTROPHES
              : lone
                ? LONE_APOSTROPHE
                : MARKS.get(cp)
            : undefined;
        if (lone) apostrophes.push(tokens.length);
        afterLink = false;
        const last = tokens[tokens.length - 1];
        if (sentenceEnd === 2) {
          sentence++;
          sentenceEnd = 0;
        }
        const norm = doubled ? "''" : width === 1 ? String.fromCharCode(cp) : String.fromCodePoint(cp);
        const datelineStep = dateline.done
          ? DatelineStep.None
          : dateline.step(norm, false, mark !== undefined);
        if (datelineStep === DatelineStep.OpensLede) sentence++;
        const token: Token = {
          type: mark ? 'mark' : 'punct',
          start: cpIndex,
          end: doubled ? cpIndex + 2 : cpIndex + 1,
          from: i,
          to: i + width,
          norm,
          paragraph,
          sentence,
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
          // A tatweel stretches its letter toward what follows it: a clitic drawn out before a mark
          // (كـ«عكاظ», لـ«المواطن», بـ"…") is written onto the quote it opens, never onto one it closes.
          // So does a one-letter proclitic written alone before the mark (و"…", ب"…", ل"…"): a word of
          // one of these letters ends no quote.
          if (
            before === Cls.Letter &&
            after === Cls.Letter &&
            (tatweelAt === cpIndex - 1 ||
              (last?.type === 'word' && last.end === cpIndex && isProclitic(last)))
          ) {
            token.canOpen = true;
            token.canClose = false;
          }
        }
        sentenceEnd =
          datelineStep === DatelineStep.EndsDateline ? 2 : sentenceEndAfter(token, last, sentenceEnd);
        tokens.push(token);
        lineHasContent = true;
        lastContentEnd = token.end;
      }
    }
    if (cls === Cls.Space && sentenceEnd === 1) sentenceEnd = 2;
    if (inLink && (cls === Cls.Space || cls === Cls.Newline)) {
      inLink = false;
      afterLink = cls === Cls.Space;
    }
    prevClass = cls;
    i += width;
    cpIndex += doubled ? 2 : 1;
  }
  endWord();
  if (apostrophes.length > 0) resolveApostrophes(tokens, apostrophes, text);
  if (lineHasContent) paragraphEnds[paragraph] = lastContentEnd;
  paragraphSentences[paragraph + 1] = sentence + 1;
  return { tokens, lineStarts, length: cpIndex, paragraphEnds, paragraphSentences };
}

/**
 * The word `norm`, ending at UTF-16 index `to`, opens a link: http or https before ://, or pic before
 * .twitter.com/ (the photo link that ends a tweet's caption).
 */
function opensLink(text: string, norm: string, to: number): boolean {
  if (norm === 'http' || norm === 'https') return text.startsWith('://', to);
  return norm === 'pic' && text.startsWith('.twitter.com/', to);
}

/**
 * Keeps a lone apostrophe as a quote mark only in a pair of one paragraph: an opener its sides allow only
 * to open with an Arabic letter right after it ('الحرية, بـ'…), and the next lone apostrophe that is no
 * word's inside, typed after something other than a space and before no letter (…مهددة'، …الفساد؟'،).
 * One inside a word (l'Etat) is skipped; every other one, and an opener before Latin letters or digits
 * (al-'Arabiya, '73, the players'), becomes punctuation again.
 */
function resolveApostrophes(tokens: Token[], apostrophes: readonly number[], text: string): void {
  let opener: Token | undefined;
  const unmark = (token: Token) => {
    token.type = 'punct';
    token.mark = undefined;
    token.canOpen = undefined;
    token.canClose = undefined;
  };
  for (const index of apostrophes) {
    const token = tokens[index] as Token;
    const after = classAhead(text, token.to);
    const inWord =
      !token.spaceBefore && token.canOpen === true && token.canClose === true && after === Cls.Letter;
    if (inWord) {
      unmark(token);
      continue;
    }
    if (
      opener !== undefined &&
      opener.paragraph === token.paragraph &&
      !token.spaceBefore &&
      after !== Cls.Letter
    ) {
      // (a closer between two punctuation marks, الفساد؟'،, could open as well: here it closes)
      token.canOpen = false;
      token.canClose = true;
      opener = undefined;
      continue;
    }
    if (opener !== undefined) unmark(opener);
    opener =
      token.canOpen && !token.canClose && isArabicLetter(text.charCodeAt(token.to)) ? token : undefined;
    if (opener === undefined) unmark(token);
  }
  if (opener !== undefined) unmark(opener);
}

/** Four digits right before `at` and none before them: a year (… في 2019''), no measure. */
function endsYear(text: string, at: number): boolean {
  for (let k = at - 4; k < at; k++) if (!isDigitCode(text.charCodeAt(k))) return false;
  return !isDigitCode(text.charCodeAt(at - 5));
}

/** A Western or Arabic-Indic digit: after one, two apostrophes are seconds or inches (15''), no mark. */
function isDigitCode(code: number): boolean {
  return (
    (code >= 0x30 && code <= 0x39) || (code >= 0x660 && code <= 0x669) || (code >= 0x6f0 && code <= 0x6f9)
  );
}

/** A word of digits, Western or Arabic-Indic, alone or after a one-letter proclitic (55, و65). */
function isNumber(token: Token): boolean {
  if (token.type !== 'word') return false;
  const from = PROCLITICS.has(token.norm.charAt(0)) ? 1 : 0;
  if (token.norm.length === from) return false;
  for (let k = from; k < token.norm.length; k++) if (!isDigitCode(token.norm.charCodeAt(k))) return false;
  return true;
}

/** The one-letter proclitics: and, with, for, like, so (و ب ل ك ف). */
const PROCLITICS = new Set(['و', 'ب', 'ل', 'ك', 'ف']);

/** A word of one proclitic letter standing alone after a space (or the text's start): و"…". */
function isProclitic(word: Token): boolean {
  return word.spaceBefore && PROCLITICS.has(word.norm);
}

/** The tatweel (kashida), which draws a letter out. */
const TATWEEL = 0x640;

/** Code points that end a sentence: . ! ؟ ? and the Urdu full stop. */
const SENTENCE_END_CODES = new Set([0x2e, 0x21, 0x61f, 0x3f, 0x6d4]);

/**
 * The state of a soft sentence boundary (see `sentenceEnd` in tokenize) after the punctuation
 * `token`, glued to `last`: a sentence end after a word of two letters or more (not an initial, د.
 * محمد) or after a closing mark begins one, and a closing mark or another sentence end right after
 * it keeps it (`.»`, `؟!`); anything else ends it.
 */
function sentenceEndAfter(token: Token, last: Token | undefined, state: number): number {
  if (token.spaceBefore || last === undefined) return 0;
  if (SENTENCE_END_CODES.has(token.norm.codePointAt(0) as number)) {
    if (state === 1 || (last.type === 'word' && last.norm.length > 1)) return 1;
    return last.type === 'mark' && last.canClose === true ? 1 : 0;
  }
  return state === 1 && token.type === 'mark' && token.canClose === true ? 1 : 0;
}

/**
 * The folded form of the letters and ignorable characters of `text` from `from` to `to` (UTF-16):
 * the runs of letters that stay as they are are sliced, not rebuilt a character at a time.
 */
function foldRange(text: string, from: number, to: number): string {
  let out = '';
  let run = from; // start of the run of unchanged units not yet copied
  for (let i = from; i < to; ) {
    const cp = codePointAt(text, i);
    const width = cp > 0xffff ? 2 : 1;
    if (isIgnorable(cp)) {
      out += text.slice(run, i);
      run = i + width;
    } else {
      const folded = foldCodePoint(cp);
      if (folded !== cp) {
        out += text.slice(run, i) + String.fromCharCode(folded); // every fold is within the BMP
        run = i + width;
      }
    }
    i += width;
  }
  return out + text.slice(run, to);
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

/**
 * The index of the last character at or before `from` that is no space, tab or no-break space, or -1 (a
 * rarer space, a thin one, before a hashtag's sign keeps the sign as a token).
 */
function lastNonSpace(text: string, from: number): number {
  let at = from;
  while (at >= 0) {
    const code = text.charCodeAt(at);
    if (code !== 0x20 && code !== 0x09 && code !== 0xa0) break;
    at--;
  }
  return at;
}
