import type { Token } from '../scan/tokenize.js';
import type { Entities } from './entities.js';
import { COMPLEMENTISER_SET, hasArticle, lookupCue, STOP_SET, stripToSet, TITLE_SET } from './lexicon.js';

const MAX_NAME_WORDS = 4;
const JOINERS = new Set(['بن', 'ابن', 'بنت', 'عبد', 'ابو', 'ال', 'ام']);

function isNameWord(norm: string): boolean {
  return (
    !STOP_SET.has(norm) &&
    !COMPLEMENTISER_SET.has(norm) &&
    stripToSet(norm, TITLE_SET) === undefined &&
    lookupCue(norm) === undefined &&
    norm.length > 1
  );
}

/**
 * Speakers are often quoted under a short name (`زيدان`, `سكوت`) while the article gives the full
 * name once, in narration (`النجم الفرنسي زين الدين زيدان`). For each name the attribution knows,
 * this looks at every other place its last word occurs and reads the name backwards from there:
 * plain words, an article word only inside a compound (زين الدين, منتظر الزيدي), and only where the
 * name starts after punctuation, a title, a title's adjective or a verb. The fullest reading that
 * contains the known name becomes a form of the same speaker.
 */
export function expandNames(text: string, tokens: readonly Token[], entities: Entities): void {
  const wanted = new Map<string, number[]>();
  for (const entity of entities.list) {
    for (const form of entity.forms) {
      const last = form.words[form.words.length - 1];
      if (form.isName && last && form.words.length < MAX_NAME_WORDS) wanted.set(last, []);
    }
  }
  if (wanted.size === 0) return;
  tokens.forEach((token, i) => {
    if (token.type === 'word') wanted.get(token.norm)?.push(i);
  });
  const slice = (from: number, to: number) => {
    const words: string[] = [];
    const norms: string[] = [];
    for (let k = from; k <= to; k++) {
      const token = tokens[k] as Token;
      words.push(text.slice(token.from, token.to));
      norms.push(token.norm);
    }
    return { text: words.join(' '), words: norms };
  };
  for (const entity of [...entities.list]) {
    const names = entity.forms.filter((f) => f.isName && f.words.length < MAX_NAME_WORDS);
    let best: { text: string; words: string[] } | null = null;
    for (const form of names) {
      const surname = form.words[form.words.length - 1] as string;
      for (const at of wanted.get(surname) ?? []) {
        let k = at;
        while (at - k + 1 < MAX_NAME_WORDS) {
          const prev = tokens[k - 1];
          if (prev?.type !== 'word' || !isNameWord(prev.norm)) break;
          if (hasArticle(prev.norm)) {
            // An article word joins only as the second half of a compound: زين الدين, عبد الله.
            const before = tokens[k - 2];
            if (before?.type !== 'word' || hasArticle(before.norm) || !isNameWord(before.norm)) break;
            if (at - k + 3 > MAX_NAME_WORDS) break;
            k -= 2;
            continue;
          }
          k--;
        }
        if (k === at) continue;
        const left = tokens[k - 1];
        // A name read backwards must start after a comma, a title, a title's adjective or a verb:
        // after a full stop it could as well have swallowed the verb of the sentence.
        const startsWell =
          left?.norm === '،' ||
          left?.norm === ',' ||
          (left?.type === 'word' && hasArticle(left.norm)) ||
          (left?.type === 'word' &&
            (stripToSet(left.norm, TITLE_SET) !== undefined ||
              lookupCue(left.norm) !== undefined ||
              JOINERS.has(left.norm)));
        if (!startsWell || hasArticle((tokens[k] as Token).norm)) continue;
        const candidate = slice(k, at);
        if (!containsInOrder(candidate.words, form.words)) continue;
        if (!best || candidate.words.length > best.words.length) best = candidate;
      }
    }
    if (best && !names.some((f) => f.words.length >= (best?.words.length ?? 0))) {
      entities.addFullerName(entity, { ...best, isName: true, closed: true });
    }
  }
}

function containsInOrder(long: readonly string[], short: readonly string[]): boolean {
  let j = 0;
  for (const word of long) if (word === short[j]) j++;
  return j === short.length;
}
