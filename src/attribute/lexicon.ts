import { fold } from '../text/normalize.js';
import {
  BACK_REFERENCES,
  CUE_PROCLITICS,
  type CueClass,
  FRAGMENT_OBJECT,
  OBJECT_TAKING,
  SOURCE_PHRASES,
  VERBS,
} from './cues.js';
import {
  COMPLEMENTISERS,
  DOCUMENT_NOUNS,
  GENERIC_BODY_HEADS,
  GENITIVE_NOUNS,
  HONORIFICS,
  NAMING_NOUNS,
  ORGANISATIONS,
  SUBJECT_STOPS,
  TIME_ADVERBS,
  TITLES,
  TURN_MARKERS,
} from './words.js';

/** Grammatical person a cue form agrees with: masculine, feminine, plural (or dual). */
export type Agreement = 'm' | 'f' | 'pl';
export type Tense = 'past' | 'present' | 'participle';

export interface CueForm {
  /** The past masculine form, as a name for the verb. */
  lemma: string;
  cls: CueClass;
  agreement: Agreement;
  tense: Tense;
  /** The verb often has its object where a subject would stand (see OBJECT_TAKING). */
  takesObject: boolean;
  /** A quote that is the verb's object is a fragment, not the utterance (see FRAGMENT_OBJECT). */
  fragmentObject: boolean;
}

/** Prepositions and short words that collide with a verb form; such forms are left out of the lexicon. */
const COLLISIONS = new Set(['بين', 'عبر', 'ردا', 'يعد', 'ذكر'].map(fold));

function buildVerbs(): Map<string, CueForm> {
  const map = new Map<string, CueForm>();
  const add = (form: string, entry: CueForm) => {
    const key = fold(form);
    if (key && !COLLISIONS.has(key) && !map.has(key)) map.set(key, entry);
  };
  const objectTaking = new Set(OBJECT_TAKING.map(fold));
  const fragmentObject = new Set(FRAGMENT_OBJECT.map(fold));
  for (const { forms, cls } of VERBS) {
    const [m, f, pl, present, participle] = forms;
    const lemma = m || present;
    const base = {
      lemma,
      cls,
      takesObject: objectTaking.has(fold(lemma)),
      fragmentObject: fragmentObject.has(fold(lemma)),
    };
    add(m, { ...base, agreement: 'm', tense: 'past' });
    add(f, { ...base, agreement: 'f', tense: 'past' });
    add(pl, { ...base, agreement: 'pl', tense: 'past' });
    if (present) {
      add(present, { ...base, agreement: 'm', tense: 'present' });
      if (present.startsWith('ي')) {
        add(`ت${present.slice(1)}`, { ...base, agreement: 'f', tense: 'present' });
        add(`${present}ون`, { ...base, agreement: 'pl', tense: 'present' });
      }
    }
    if (participle) {
      add(participle, { ...base, agreement: 'm', tense: 'participle' });
      // قائلا → قائلة, داعيا → داعية
      if (participle.endsWith('ا'))
        add(`${participle.slice(0, -1)}ة`, { ...base, agreement: 'f', tense: 'participle' });
    }
  }
  return map;
}

const VERB_FORMS = buildVerbs();
const PROCLITICS = CUE_PROCLITICS.map(fold);
const foldSet = (words: readonly string[]) => new Set(words.map(fold));

export const TITLE_SET = foldSet(TITLES);
export const ORGANISATION_SET = foldSet(ORGANISATIONS);
export const COMPLEMENTISER_SET = foldSet(COMPLEMENTISERS);
export const TIME_SET = foldSet(TIME_ADVERBS);
export const STOP_SET = new Set([...foldSet(SUBJECT_STOPS), ...TIME_SET]);
export const TURN_SET = foldSet(TURN_MARKERS);
export const NAMING_SET = foldSet(NAMING_NOUNS);
export const GENITIVE_NOUN_SET = foldSet(GENITIVE_NOUNS);
export const DOCUMENT_SET = foldSet(DOCUMENT_NOUNS);
export const GENERIC_BODY_SET = foldSet(GENERIC_BODY_HEADS);
export const HONORIFIC_SET = foldSet(HONORIFICS);
export const SOURCE_PHRASE_LIST = SOURCE_PHRASES.map((p) => p.split(' ').map(fold));
export const BACK_REFERENCE_LIST = BACK_REFERENCES.map((p) => p.split(' ').map(fold));

export interface CueMatch extends CueForm {
  /** The proclitic the word carried (و, ف) or ''. */
  clitic: string;
}

/**
 * The reporting verb a folded word is, if any: the word itself, or the word without one
 * conjunction proclitic. Only the verb list is tried, so names starting with و or ف are safe.
 */
export function lookupCue(norm: string): CueMatch | undefined {
  return lookupBare(norm) ?? lookupWithObject(norm);
}

function lookupBare(norm: string): CueMatch | undefined {
  const direct = VERB_FORMS.get(norm);
  if (direct) return { ...direct, clitic: '' };
  if (norm.length > 2) {
    for (const clitic of PROCLITICS) {
      if (norm.startsWith(clitic)) {
        const hit = VERB_FORMS.get(norm.slice(clitic.length));
        if (hit) return { ...hit, clitic };
      }
    }
  }
  return undefined;
}

/** Object pronouns a past verb may carry: وصفها، دعاهم، اتهمه. */
const OBJECT_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا', 'ني', 'كم'];

function lookupWithObject(norm: string): CueMatch | undefined {
  for (const suffix of OBJECT_SUFFIXES) {
    if (norm.length > suffix.length + 2 && norm.endsWith(suffix)) {
      const hit = lookupBare(norm.slice(0, -suffix.length));
      // Only finite past verbs take the pronoun this way; قوله, تعبيره are nouns.
      if (hit && hit.tense === 'past' && hit.cls !== 'say') return hit;
    }
  }
  return undefined;
}

/** The word without a conjunction or preposition proclitic, when what is left is in `set`. */
export function stripToSet(norm: string, set: ReadonlySet<string>): string | undefined {
  if (set.has(norm)) return norm;
  for (const prefix of ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل']) {
    if (norm.length > prefix.length + 1 && norm.startsWith(prefix)) {
      const rest = norm.slice(prefix.length);
      if (set.has(rest)) return rest;
      // ل + ال contracts to لل: للرئيس is ل + الرئيس
      if (prefix.endsWith('ل') && rest.startsWith('ل') && set.has(`ا${rest}`)) return `ا${rest}`;
    }
  }
  return undefined;
}

/** True when a folded word carries the article (ال, or لل for ل + ال, or وال/بال/فال/كال). */
export function hasArticle(norm: string): boolean {
  return /^(?:[وفبك]?ال|و?لل)/u.test(norm) && norm.length > 3;
}
