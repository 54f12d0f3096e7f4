import type { Agreement } from './lexicon.js';

/** One speaker of the article, learnt from the text: every form used for it, and its agreement. */
export interface Entity {
  id: number;
  /** Surface forms in order of first use, with their folded word lists. */
  forms: Array<{ text: string; words: string[]; isName: boolean; closed: boolean }>;
  agreements: Set<Agreement>;
  organisation: boolean;
}

export interface Mention {
  /** As written, whitespace collapsed. */
  text: string;
  /** Folded words. */
  words: string[];
  isName: boolean;
  /** Nothing but punctuation or a complementiser followed it: no object words ran into it. */
  closed: boolean;
}

const isSubsequence = (short: readonly string[], long: readonly string[]): boolean => {
  if (short.length === 0 || short.length > long.length) return false;
  let j = 0;
  for (const word of long) if (word === short[j]) j++;
  return j === short.length;
};

const bare = (word: string) => (word.startsWith('ال') && word.length > 3 ? word.slice(2) : word);

/**
 * Two titles name the same office when one is a word-level prefix of the other (وزير الخارجية ~
 * وزير الخارجية الأفغاني), or when their heads agree without the article and every other word of
 * the shorter is in the longer (الوزير الأفغاني ~ وزير الخارجية الأفغاني).
 */
const sharesTitle = (a: readonly string[], b: readonly string[]): boolean => {
  const n = Math.min(a.length, b.length);
  if (n === 0) return false;
  let prefix = true;
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) prefix = false;
  if (prefix) return n >= 2 || a.length === b.length;
  // One word, with or without the article: الفيفا ~ فيفا.
  if (a.length === 1 && b.length === 1) return bare(a[0] as string) === bare(b[0] as string);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || bare(short[0] as string) !== bare(long[0] as string)) return false;
  return short.slice(1).every((w) => long.includes(w));
};

/**
 * The people and bodies that speak in one article. A mention joins an entity when its name is a
 * part of a known name (بوتين → فلاديمير بوتين, or the other way round) or its title is one the
 * entity was given (الرئيس الروسي); the most recently active entity wins ties.
 */
export class Entities {
  readonly list: Entity[] = [];

  /** @param genericHeads heads of bodies' names that a definite noun alone refers back by (منظمة). */
  constructor(private readonly genericHeads: ReadonlySet<string> = new Set()) {}
  /** Entity ids, most recently active last. */
  private readonly recency: number[] = [];

  /** Registers a title seen in apposition with a name (`الرئيس الروسي فلاديمير بوتين`). */
  learn(title: Mention | null, name: Mention | null, organisation: boolean): Entity | null {
    if (name) {
      const entity = this.findByName(name.words) ?? this.create(organisation);
      this.addForm(entity, name);
      if (title) this.addForm(entity, title);
      return entity;
    }
    if (title) {
      const entity = this.byTitle(title.words) ?? this.create(organisation);
      this.addForm(entity, title);
      return entity;
    }
    return null;
  }

  /** Marks an entity as the one that has just spoken, with the agreement of its verb. */
  touch(entity: Entity, agreement: Agreement | null): void {
    if (agreement) entity.agreements.add(agreement);
    const at = this.recency.indexOf(entity.id);
    if (at >= 0) this.recency.splice(at, 1);
    this.recency.push(entity.id);
  }

  /**
   * The speaker a dropped subject continues: the last one to speak whose agreement fits (a feminine
   * verb skips speakers only ever seen with masculine verbs, and the other way round).
   */
  continuing(agreement: Agreement | null): Entity | null {
    for (let i = this.recency.length - 1; i >= 0; i--) {
      const entity = this.list[this.recency[i] as number] as Entity;
      if (!agreement || entity.agreements.size === 0 || entity.agreements.has(agreement)) return entity;
    }
    const last = this.recency[this.recency.length - 1];
    if (last !== undefined) return this.list[last] ?? null;
    // Nobody has spoken yet: the first one the article named with a title and a name (its lede's
    // protagonist, وزير البيئة الفرنسي فرانسوا دي روجي), if the verb agrees.
    const first = this.list.find(
      (entity) => entity.forms.some((f) => f.isName) && entity.forms.some((f) => !f.isName),
    );
    if (!first) return null;
    return !agreement || first.agreements.size === 0 || first.agreements.has(agreement) ? first : null;
  }

  /**
   * The canonical name: the fullest name form that nothing ran into (a closed form), else the
   * fullest closed title, else the shortest open title or name (object words may have run into it).
   */
  canonical(entity: Entity): string {
    const longest = (pick: (f: Entity['forms'][number]) => boolean, shortest = false) => {
      let best: Entity['forms'][number] | null = null;
      for (const form of entity.forms) {
        if (!pick(form)) continue;
        if (
          !best ||
          (shortest ? form.words.length < best.words.length : form.words.length > best.words.length)
        )
          best = form;
      }
      return best?.text;
    };
    // A body is known by its full name (الاتحاد الدولي لكرة القدم) rather than a short one (فيفا).
    if (entity.organisation) {
      const full = longest((f) => !f.isName && f.closed && f.words.length > 1);
      if (full) return full;
    }
    return (
      longest((f) => f.isName && f.closed) ??
      longest((f) => !f.isName && f.closed) ??
      longest((f) => !f.isName, true) ??
      longest((f) => f.isName, true) ??
      ''
    );
  }

  /** Every other form used for the entity, without open forms that only add object words to a closed one. */
  aliases(entity: Entity): string[] {
    const name = this.canonical(entity);
    const closedForms = entity.forms.filter((f) => f.closed);
    const out: string[] = [];
    for (const form of entity.forms) {
      if (form.text === name || out.includes(form.text)) continue;
      const runOn =
        !form.closed &&
        closedForms.some((c) => c.isName === form.isName && isSubsequence(c.words, form.words));
      if (!runOn) out.push(form.text);
    }
    return out;
  }

  private create(organisation: boolean): Entity {
    const entity: Entity = { id: this.list.length, forms: [], agreements: new Set(), organisation };
    this.list.push(entity);
    return entity;
  }

  private addForm(entity: Entity, mention: Mention): void {
    const key = mention.words.join(' ');
    if (!entity.forms.some((f) => f.words.join(' ') === key)) {
      entity.forms.push({
        text: mention.text,
        words: mention.words,
        isName: mention.isName,
        closed: mention.closed,
      });
    } else if (mention.closed) {
      for (const f of entity.forms) if (f.words.join(' ') === key) f.closed = true;
    }
  }

  private findByName(words: readonly string[]): Entity | null {
    let found: Entity | null = null;
    for (const entity of this.byRecency()) {
      for (const form of entity.forms) {
        if (!form.isName) continue;
        if (isSubsequence(words, form.words) || isSubsequence(form.words, words)) {
          found = entity;
          break;
        }
      }
      if (found) break;
    }
    return found;
  }

  /** The entity known by this title (or by the definite head of a body's name), if any. */
  byTitle(words: readonly string[]): Entity | null {
    for (const entity of this.byRecency()) {
      for (const form of entity.forms) {
        if (form.isName) continue;
        if (sharesTitle(words, form.words)) return entity;
      }
    }
    // The definite head alone refers back to a named body: المحكمة → محكمة التحكيم الرياضي.
    const head = words.length === 1 && words[0]?.startsWith('ال') ? words[0].slice(2) : null;
    if (head) {
      for (const entity of this.byRecency()) {
        if (!entity.organisation) continue;
        if (entity.forms.some((f) => f.words.length > 1 && (f.words[0] === head || f.words[0] === words[0])))
          return entity;
      }
      // A generic head (المنظمة, الهيئة) with no body of that head: the body last named.
      if (this.genericHeads.has(head)) {
        for (const entity of this.byRecency()) if (entity.organisation) return entity;
      }
    }
    return null;
  }

  /** True when a folded word is part of a name already known. */
  knowsNameWord(word: string): boolean {
    return this.list.some((e) => e.forms.some((f) => f.isName && f.words.includes(word)));
  }

  /** Adds another form found elsewhere in the text: a fuller name (`زين الدين زيدان` for `زيدان`), a short name. */
  addFullerName(entity: Entity, mention: Mention): void {
    this.addForm(entity, mention);
  }

  /** Recently active entities first, then the rest newest first. */
  private *byRecency(): Generator<Entity> {
    const seen = new Set<number>();
    for (let i = this.recency.length - 1; i >= 0; i--) {
      const id = this.recency[i] as number;
      seen.add(id);
      yield this.list[id] as Entity;
    }
    for (let id = this.list.length - 1; id >= 0; id--) if (!seen.has(id)) yield this.list[id] as Entity;
  }
}
