import type { MarkFamily } from './marks.js';
import type { Scan, Token } from './tokenize.js';

/** A quoted span found by pairing marks. Offsets are code points; `open`/`close` index `tokens`. */
export interface Span {
  open: number;
  /** Token index of the closing mark, or -1 when the quote was never closed. */
  close: number;
  /** Code-point offsets of the inner text. */
  start: number;
  end: number;
  /** Index (in the returned array) of the span this one is nested in, or -1. */
  parent: number;
  /** Token index of the second mark of a doubled opener (“”نص”), the text starting after it, or -1. */
  inner: number;
}

export interface Pairing {
  /** In document order of the opening mark. */
  spans: Span[];
  /** Token indices of closing marks that had no opening mark. */
  unmatched: number[];
}

/** How many paragraph breaks one quote may run over before an open mark is taken as unclosed. */
const MAX_PARAGRAPHS_SPANNED = 3;

interface OpenEntry {
  token: number;
  span: number;
  family: MarkFamily;
  char: string;
}

/**
 * Pairs the quote marks of a scan with a stack, in one pass over the tokens. Two marks of one family
 * pair whatever their orientation («…», »…«, “…”, ”…“, ”…”); a mark identical to the opener closes it
 * unless only its left side is free (a nested quote; for a straight mark, spaced from the word
 * before and glued to the word after). A quote still open at the end of a paragraph
 * goes on into the next one only when the next mark of its family looks like a closer; otherwise it
 * ends, unclosed, with the paragraph. (Reopening a mark at each paragraph, the English convention,
 * is not assumed: it cannot be told from a new straight quote, and merging two quotes loses more.)
 */
export function pairQuotes(scan: Scan): Pairing {
  const { tokens } = scan;
  const nextSame = nextOfFamily(tokens);
  // The same question asked from a mark ahead (the mark after the next one of a family), in its own order.
  const nextAhead = nextOfFamily(tokens);
  const spans: Span[] = [];
  const unmatched: number[] = [];
  const stack: OpenEntry[] = [];
  // How many quotes of each family the stack holds, so that a mark need not search it for its own.
  const openOf: Record<MarkFamily, number> = {
    straight: 0,
    guillemet: 0,
    curly: 0,
    angle: 0,
    single: 0,
    apostrophe: 0,
  };
  const drop = (entry: OpenEntry) => {
    openOf[entry.family]--;
  };

  const closeAt = (entry: OpenEntry, closeToken: number) => {
    const span = spans[entry.span];
    const token = tokens[closeToken];
    if (span && token) {
      span.close = closeToken;
      span.end = token.start;
    }
  };
  const leaveUnclosed = (entry: OpenEntry, end: number) => {
    const span = spans[entry.span];
    if (span) span.end = Math.max(span.start, end);
  };
  /**
   * Leaves the entries above `keep` in the stack unclosed, ending at `end`. An unclosed quote with
   * an unclosed quote of the same mark opened inside it was most likely never closed before that
   * one began (قال «نعم … قال «لا): it ends there, and the later one is its sibling, not its child,
   * so that a run of unclosed marks makes quotes whose lengths add up to the text, not its square.
   */
  const unwind = (keep: number, end: number) => {
    let inner: OpenEntry | undefined;
    // The later quotes of a run of cut ones, and the earliest quote of the run: they all become
    // children of that one's parent.
    let run: number[] = [];
    let bottom: OpenEntry | undefined;
    const flush = () => {
      const parent = bottom ? (spans[bottom.span]?.parent ?? -1) : -1;
      for (const member of run) (spans[member] as Span).parent = parent;
      run = [];
    };
    for (let s = stack.length - 1; s > keep; s--) {
      const entry = stack[s] as OpenEntry;
      drop(entry);
      const cut = inner !== undefined && inner.char === entry.char;
      leaveUnclosed(entry, cut && inner ? (tokens[inner.token] as Token).start : end);
      if (cut && inner) {
        run.push(inner.span);
        bottom = entry;
      } else if (run.length > 0) {
        flush();
      }
      inner = entry;
    }
    if (run.length > 0) flush();
    stack.length = keep + 1;
  };
  const push = (index: number, token: Token, family: MarkFamily) => {
    const parent = stack.length ? (stack[stack.length - 1]?.span ?? -1) : -1;
    spans.push({ open: index, close: -1, start: token.end, end: token.end, parent, inner: -1 });
    stack.push({ token: index, span: spans.length - 1, family, char: token.norm });
    openOf[family]++;
  };

  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as Token;
    if (token.type === 'break') {
      // Decide, from the inside out, which open quotes run on into the next paragraph.
      let keep = -1;
      for (let s = stack.length - 1; s >= 0; s--) {
        const entry = stack[s] as OpenEntry;
        const next = nextSame(entry.family, index);
        const nextToken = tokens[next];
        if (
          nextToken !== undefined &&
          nextToken.paragraph <= token.paragraph + MAX_PARAGRAPHS_SPANNED &&
          looksLikeCloser(tokens, next, entry.char)
        ) {
          keep = s; // quotes outside this one are open across the break as well
          break;
        }
      }
      unwind(keep, token.start);
      continue;
    }
    if (token.type !== 'mark') continue;
    const mark = token.mark;
    if (!mark) continue;
    const top = stack[stack.length - 1];
    const previous = tokens[index - 1];
    // A mark typed twice (“”نص”, نص””): glued to a mark of its family right before it, the two are one.
    const doubledMark =
      previous?.type === 'mark' && previous.mark?.family === mark.family && previous.end === token.start;
    if (doubledMark && top && top.token === index - 1 && gluedToWordAfter(tokens, index)) {
      // A doubled opener: the quote starts after the second mark, not empty before it.
      const span = spans[top.span] as Span;
      span.start = token.end;
      span.inner = index;
      continue;
    }
    if (doubledMark && openOf[mark.family] === 0 && !gluedToWordAfter(tokens, index)) continue; // a doubled closer
    if (top && top.family === mark.family) {
      const sameChar = token.norm === top.char;
      // A straight mark nests only when it is glued to the word after it and spaced from the one
      // before (من نوع "JASSM" إلى): `نتراجع "،` is a closer with a stray space.
      // (nor a mark spaced from its words with only a sentence's punctuation after it, لدينا “.: the
      // opener typed again to close, it encloses nothing)
      // A mark of another character that can only open, glued to the word after it, nests when a mark of
      // the family that can close follows before the sentence ends (برنامج ”…” inside “…”, و"…" or
      // ''…'' inside "…"): otherwise it closes the quote with a stray space (“… ”وأضاف).
      const nests =
        token.canOpen &&
        !token.canClose &&
        !closesPunctuation(tokens, index) &&
        (sameChar
          ? mark.family !== 'straight' || gluedToNextWord(tokens, index, true)
          : (mark.family === 'straight' || mark.family === 'curly') && gluedToNextWord(tokens, index, false));
      if (!nests) {
        closeAt(top, index);
        drop(top);
        stack.pop();
        continue;
      }
      push(index, token, mark.family);
      continue;
    }
    // A closer for a quote deeper in the stack: the quotes above it were never closed.
    let deeper = -1;
    if (token.canClose && !token.canOpen && openOf[mark.family] > 0) {
      for (let s = stack.length - 2; s >= 0; s--) {
        if (stack[s]?.family === mark.family) {
          deeper = s;
          break;
        }
      }
    }
    if (deeper >= 0) {
      unwind(deeper, token.start);
      closeAt(stack[deeper] as OpenEntry, index);
      drop(stack[deeper] as OpenEntry);
      stack.length = deeper;
      continue;
    }
    // A closer of one style for a quote opened in another («…”, “…», "…”): when no quote of its own
    // family is open and the open quote's family has no closer left in its paragraph, it closes that quote.
    if (
      top &&
      token.canClose &&
      !token.canOpen &&
      openOf[mark.family] === 0 &&
      !mark.innerOnly &&
      top.family !== 'single' &&
      !hasOwnCloser(tokens, top, nextSame(top.family, index), token)
    ) {
      closeAt(top, index);
      drop(top);
      stack.pop();
      continue;
    }
    if (mark.innerOnly && stack.length === 0) continue; // an apostrophe, not a quote
    if (
      (token.canOpen && !(token.canClose && endsParagraph(tokens, index))) ||
      (mark.natural === 'open' && !token.canClose) ||
      (openOf[mark.family] === 0 &&
        opensWithSpaceInside(tokens, index, nextSame(mark.family, index), (at) => nextAhead(mark.family, at)))
    ) {
      push(index, token, mark.family);
    } else {
      unmatched.push(index);
    }
  }
  unwind(-1, lastContentEnd(tokens));
  return { spans, unmatched };
}

/** How far ahead a nested straight quote's closing mark is looked for. */
const MAX_NESTED_TOKENS = 64;

/** Punctuation that ends a sentence. */
const SENTENCE_END = new Set(['.', '!', '?', '؟']);

/**
 * A mark spaced from the token before it (or written onto a proclitic, و"…", بـ”…”) and touching the
 * word after it, whose own closing mark comes before the sentence ends (من نوع "JASSM" إلى …): the same
 * character when `same`, else the next mark of its family, if it can close; a mark followed by the end of the
 * sentence first closes the quote with a stray space before it (بهذا القرار "ثم غادر القاعة.).
 */
function gluedToNextWord(tokens: readonly Token[], index: number, same: boolean): boolean {
  const mark = tokens[index] as Token;
  const previous = tokens[index - 1];
  if (
    !gluedToWordAfter(tokens, index) ||
    (previous !== undefined && previous.end >= mark.start && previous.type !== 'word')
  )
    return false;
  for (let k = index + 1; k < tokens.length && k <= index + MAX_NESTED_TOKENS; k++) {
    const token = tokens[k] as Token;
    if (token.type === 'break' || SENTENCE_END.has(token.norm)) return false;
    if (token.type !== 'mark') continue;
    if (same) {
      if (token.norm === mark.norm) return true;
    } else if (token.mark?.family === mark.mark?.family) {
      return token.canClose === true; // the next mark of the family, which closes it or not
    }
  }
  return false;
}

/** The word after a mark touches it. */
function gluedToWordAfter(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next?.type === 'word' && next.start === (tokens[index] as Token).end;
}

/**
 * The open quote `top` has a closer of its own family ahead (`next`, the family's next mark): one that
 * can close in the paragraph of `mark`, or any mark of the family when the quote already runs over a
 * paragraph break.
 */
function hasOwnCloser(tokens: readonly Token[], top: OpenEntry, next: number, mark: Token): boolean {
  const closer = tokens[next];
  if (closer === undefined) return false;
  if ((tokens[top.token] as Token).paragraph < mark.paragraph) return true;
  return closer.paragraph === mark.paragraph && closer.canClose === true;
}

/** A word of digits only, Western or Arabic-Indic. */
const DIGITS = /^\p{Nd}+$/u;

/**
 * A mark its sides do not let open (glued to the word before it, or spaced on both sides), with no
 * quote of its family open, whose next mark of the family is in the same paragraph and can only
 * close: the space was typed on the wrong side of the opener (بروز« أزمة …»، موكله " تعرض …."),
 * and the two enclose a quote. A lone closer, one followed by a mark that can open, or one glued to a
 * number stays unmatched.
 */
function opensWithSpaceInside(
  tokens: readonly Token[],
  index: number,
  next: number,
  after: (at: number) => number,
): boolean {
  const mark = tokens[index] as Token;
  // After a number the mark is a unit (بقياس 55" و65"), inches or seconds, not a quote mark.
  const before = tokens[index - 1];
  if (before?.type === 'word' && before.end === mark.start && DIGITS.test(before.norm)) return false;
  // A mark with a clause's punctuation inside it (معهم"، قائلا") has no space typed on the wrong side.
  if (closesPunctuation(tokens, index)) return false;
  const closer = tokens[next];
  if (closer === undefined) return false;
  const inside = tokens[index + 1];
  if (closer.paragraph === mark.paragraph + 1 && inside?.type === 'word' && inside.spaceBefore) {
    // …or the next mark is the last thing of the next line (كلماتي " هذا …\n… الحي "): a quote over a
    // line break, its closer spaced from its last word.
    return !closer.canOpen && endsParagraph(tokens, next);
  }
  if (closer.paragraph !== mark.paragraph) return false;
  // …or a padded mark whose next mark is glued to the word after it and is the paragraph's last of the
  // family (ترخيص " سكاي نيوز "وسط): that one has nothing to close but this quote.
  if (spacedBothSides(mark) && closer.canOpen && !closer.canClose && gluedToWordAfter(tokens, next)) {
    const third = tokens[after(next)];
    if (third === undefined || third.paragraph !== mark.paragraph) return true;
  }
  if (closer.canClose === true && !closer.canOpen) return true;
  // …or one followed by a clause's punctuation, which it can only close (لوسائل الإعلام " لا يوجد … "،
  // مطالبا): it encloses nothing after it.
  if (closesPunctuation(tokens, next)) return true;
  // …or two marks each spaced on both sides (عبر ” تويتر ” ، ” …”): a desk that pads every mark
  // with spaces, the first of a pair opening.
  return spacedBothSides(mark) && spacedBothSides(closer);
}

/** A mark its sides let neither open nor close: spaced from the words on both sides. */
function spacedBothSides(mark: Token): boolean {
  return mark.canOpen === false && mark.canClose === false && mark.spaceBefore;
}

/** Punctuation that ends a clause or a sentence, after which a mark that closes stands. */
const CLOSING_PUNCTUATION = new Set(['.', '!', '?', '؟', '،', ',', '؛', ';']);

/**
 * A mark followed by one clause's or sentence's punctuation, then a space, a line break or the text's
 * end (النجاح “. , النجاح “، ثم): it has nothing after it to enclose.
 */
function closesPunctuation(tokens: readonly Token[], index: number): boolean {
  const mark = tokens[index] as Token;
  const next = tokens[index + 1];
  if (next?.type !== 'punct' || next.start !== mark.end || !CLOSING_PUNCTUATION.has(next.norm)) return false;
  const after = tokens[index + 2];
  return after === undefined || after.type === 'break' || after.start > next.end;
}

/** How many tokens after a mark are read to see whether its paragraph ends with punctuation alone. */
const MAX_TRAILING_PUNCTUATION = 4;

/**
 * Nothing but a few punctuation marks between a mark and the end of its paragraph (بنفسه.".): the
 * mark encloses nothing after it, so it cannot open a quote, whatever its sides allow.
 */
function endsParagraph(tokens: readonly Token[], index: number): boolean {
  for (let k = index + 1; k <= index + MAX_TRAILING_PUNCTUATION; k++) {
    const token = tokens[k];
    if (token === undefined || token.type === 'break') return true;
    if (token.type !== 'punct') return false;
  }
  return false;
}

function looksLikeCloser(tokens: readonly Token[], index: number, openChar: string): boolean {
  const token = tokens[index];
  if (token === undefined) return false;
  if (token.canClose && (!token.canOpen || endsParagraph(tokens, index))) return true;
  // A mark spaced from its last word at the end of its paragraph (… الحي "): it encloses nothing after it.
  if (token.spaceBefore && !token.canOpen && endsParagraph(tokens, index)) return true;
  // The mirror of the opener («→», »→«, “→”, ”→“) closes when its sides do not say otherwise.
  return token.norm !== openChar && token.canClose === true && token.mark?.family !== 'straight';
}

function lastContentEnd(tokens: readonly Token[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const token = tokens[i] as Token;
    if (token.type !== 'break') return token.end;
  }
  return 0;
}

const FAMILIES: readonly MarkFamily[] = ['straight', 'guillemet', 'curly', 'angle', 'single', 'apostrophe'];

/**
 * The index of the next mark of a family after a token (`tokens.length` when there is none), for
 * tokens asked in increasing order: each family keeps the last answer and searches on from it only
 * when asked past it, so that all the questions together read the tokens once per family.
 */
function nextOfFamily(tokens: readonly Token[]): (family: MarkFamily, after: number) => number {
  const answers = new Map<MarkFamily, number>(FAMILIES.map((family) => [family, -1]));
  return (family, after) => {
    let next = answers.get(family) ?? -1;
    if (next > after) return next;
    next = after + 1;
    while (next < tokens.length) {
      const token = tokens[next] as Token;
      if (token.type === 'mark' && token.mark?.family === family) break;
      next++;
    }
    answers.set(family, next);
    return next;
  };
}
