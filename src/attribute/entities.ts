import {
  type Agreement,
  DESCRIBED_POST_SETS,
  DROPPED_BODY_HEAD_SET,
  FIRM_ROLE_SET,
  GENERIC_BODY_ADJECTIVE_SET,
  GIVEN_NAME_SET,
  HONORIFIC_SET,
  hasArticle,
  KIN_SET,
  ORGANISATION_SET,
  ORIGIN_NISBA_SET,
  PATRONYM_SET,
  PLACE_SET,
  PLACED_SOURCE_SET,
  PORTFOLIO_BODY_HEAD_SET,
  PRESIDING_RANK_SET,
  PRONOUN_END,
  PRONOUN_ENDINGS_SHORT,
  pronounPattern,
  RANK_SET,
  TITLE_SET,
  titleKin,
  WOMAN_GIVEN_NAME_SET,
} from './lexicon.js';
import { ADDRESS_SET } from './subject.js';

/** A word ending in ه, ها or هم (PRONOUN_ENDINGS_SHORT). */
const SHORT_PRONOUN_END = pronounPattern('', PRONOUN_ENDINGS_SHORT);

/**
 * A form that describes a firm by what it does to a thing: a definite head, then a participle of
 * FIRM_ROLE_SET (الشركة المالكة, المصنع المالك للعلامة), not a name.
 */
export function describesFirm(form: { words: readonly string[] }): boolean {
  const [head, role] = form.words;
  return head?.startsWith('ال') === true && role !== undefined && FIRM_ROLE_SET.has(role);
}

/** One speaker of the article, learnt from the text: every form used for it, and its agreement. */
export interface Entity {
  id: number;
  /** Surface forms in order of first use, with their folded word lists. */
  forms: Array<{ text: string; words: string[]; isName: boolean; closed: boolean }>;
  agreements: Set<Agreement>;
  organisation: boolean;
  /** Named by a plural head (الخبراء, مسؤولون, مصادر): a verb before it is singular (ويتوقع الخبراء), a pronoun after it plural. */
  plural?: boolean;
}

export interface Mention {
  /** As written, whitespace collapsed. */
  text: string;
  /** Folded words. */
  words: string[];
  isName: boolean;
  /** Nothing but punctuation or a complementiser followed it: no object words ran into it. */
  closed: boolean;
  /**
   * A role read as a name: the folded words of the complement after في that follows it (في قضية المخدرات),
   * which roleHolder compares with the complement the role was given.
   */
  complement?: readonly string[];
}

/** A possessive pronoun on a kinship noun, folded (ه, ها, هم, هما). */
const KIN_POSSESSIVE = PRONOUN_END;
/** The ت a feminine noun's ة becomes before a pronoun (زوجته, شقيقتها). */
const TA_END = /ت$/u;

const isSubsequence = (short: readonly string[], long: readonly string[]): boolean => {
  if (short.length === 0 || short.length > long.length) return false;
  let j = 0;
  for (const word of long) if (word === short[j]) j++;
  return j === short.length;
};

/** How many of the bodies' names of one head the register looks back over (the last ones named). */
const MAX_REGISTER_LOOKS = 8;
/** The most readings of one head the register is looked through for a body's fuller name (a hostile text has thousands). */
const MAX_REGISTER_READINGS = 32;

/**
 * How many items of `list`, in ascending order of `position`, stand before `at` (the index of the first
 * at or after it), by bisection: the registers are looked up by position without a scan.
 */
export function countBefore<T>(list: readonly T[], at: number, position: (item: T) => number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (position(list[mid] as T) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
/** The most people one role learnt after a name is kept for (المتهم: the accused of one article). */
const MAX_ROLE_HOLDERS = 16;
/** The most forms one entity keeps (names and titles). */
const MAX_FORMS = 64;
/** Honorific nouns (folded) that a title holds whatever the gender of who holds it. */
const UNGENDERED_HONORIFICS = new Set(['سمو', 'معالي', 'فخامه', 'جلاله', 'سياده', 'سماحه', 'فضيله', 'سعاده']);
/** The most names of one dotless skeleton that a misspelling is looked for among. */
const MAX_SKELETON_NAMES = 4;
/** How many entities an honorific looks back over for one with its title. */
const MAX_HONOURED_LOOKS = 32;

/** The most words of a title looked up among TITLE_KIN's wordings (المتحدث باسم القوات المسلحة). */
const MAX_KIN_WORDS = 4;

/** Adjectives of an office that do not change which it is (المتحدث الرسمي باسم … ~ المتحدث باسم …), folded. */
const OFFICIAL = new Set(['الرسمي', 'الرسميه']);

const bare = (word: string) => (word.startsWith('ال') && word.length > 3 ? word.slice(2) : word);

/**
 * Epithets of sport for a player (النجم, اللاعب), folded, without the article: with a nationality after
 * them they call back the one person the article described by that nationality before the name.
 */
const SPORT_EPITHETS = new Set(['نجم', 'نجمه', 'لاعب', 'لاعبه']);

/** A coach's and a player's heads, folded and bare (soleHolderOfNoOrigin). */
const SPORT_POST_HEADS = new Set([...SPORT_EPITHETS, 'مدرب', 'مدربه', 'مهاجم', 'حارس', 'مدافع']);

/** True when one of a person's titles is a coach's (مدرب …, المدير الفني …, رئيس الجهاز الفني …). */
const holdsCoachPost = (entity: Entity): boolean =>
  entity.forms.some((f) => {
    if (f.isName) return false;
    const head = bare(f.words[0] ?? '');
    return COACH_HEADS.has(head) || ((head === 'مدير' || head === 'رئيس') && f.words.includes('الفني'));
  });

/** A coach's heads, folded and bare: only a coach is called by his side's nickname (مدرب الحمر). */
const COACH_HEADS = new Set(['مدرب', 'مدربه']);

/** A national side, folded, in a coach's or a player's post: his country is the side's. */
const NATIONAL_SIDES = new Set(['منتخب', 'المنتخب', 'لمنتخب']);

/** The bare words of a side a coach or a manager serves, folded (مدرب الفريق, مدرب المنتخب). */
const SIDE_WORDS = new Set(['الفريق', 'المنتخب', 'النادي']);

/**
 * Two names of two words or more, each ending with a family name the other does not have (فهد المطيري,
 * فهد بن سعد الشمري; فهد السبيعي, تركي بن فهد العتيبي): two people, whatever shorter form one of them was
 * also called by (the one word فهد of جامعة الملك فهد).
 */
const otherFamily = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length < 2 || b.length < 2) return false;
  // …compared without the article: الفيصل is the house of فيصل (خالد الفيصل ~ خالد بن فيصل).
  const has = (words: readonly string[], word: string) => words.some((w) => bare(w) === bare(word));
  return !has(b, a.at(-1) as string) && !has(a, b.at(-1) as string);
};

/**
 * A one-word given name that a name of three words or more holds only inside it, neither its first word
 * (the given name) nor its last (the family name), and with no بن before it: the father's given name
 * there in the Gulf's order (عبدالله in نوال عبدالله باحارث), another person than one called by that word
 * alone (الملك عبدالله of a road's name). Not a word of a compound family name (نظري in محمد رضا نظري فرد).
 */
const isMiddleWord = (short: readonly string[], long: readonly string[]): boolean => {
  const [word] = short;
  if (short.length !== 1 || word === undefined || long.length < 3 || !GIVEN_NAME_SET.has(word)) return false;
  if (long[0] === word || long.at(-1) === word) return false;
  return long.every((w, k) => w !== word || !PATRONYM_SET.has(long[k - 1] ?? ''));
};

/** A kinship noun with a possessive pronoun (والدها, شقيقه, زوجته), folded, as a whole title. */
const isKinTitle = (words: readonly string[]): boolean => {
  if (words.length !== 1) return false;
  const stem = (words[0] as string).replace(KIN_POSSESSIVE, '');
  return stem !== words[0] && (KIN_SET.has(stem) || KIN_SET.has(stem.replace(TA_END, 'ه')));
};

/**
 * A name of two words or more that is the father's inside a full name (خالد الزهراني in ريم بنت خالد
 * الزهراني; سعد العتيبي in عبدالله بن سعد العتيبي): its first word is the one right after بن or بنت, not
 * the full name's own first word, and its other words follow in order. Another person (وقال والدها خالد
 * الزهراني), never the full name's short form.
 */
const isFathersName = (short: readonly string[], long: readonly string[]): boolean => {
  if (short.length < 2 || long.length <= short.length || short[0] === long[0]) return false;
  // …and so, with no بن, is a name of two words or more that ends a full name after its given name
  // (ريم عبدالله الشهري: the Gulf's given name, father's name, family name), both given names: her father
  // (وقال والدها عبدالله الشهري), never her short form, which keeps her given name (ريم الشهري).
  const child = long.length - short.length - 1;
  if (
    GIVEN_NAME_SET.has(long[child] as string) &&
    GIVEN_NAME_SET.has(short[0] as string) &&
    short.every((w, i) => w === long[child + 1 + i])
  )
    return true;
  for (let k = 1; k + 1 < long.length; k++)
    if (PATRONYM_SET.has(long[k] as string) && long[k + 1] === short[0])
      return isSubsequence(short.slice(1), long.slice(k + 2));
  return false;
};

/**
 * A public body's name read whole (folded): its definite head, an adjective that says it is public or
 * national (العامة, الوطنية, العليا), its field after ل without the article (لتحلية, لرعاية) and only
 * definite words after it, the field's genitive and adjectives (المياه المالحة, الشباب): an object of the
 * verb (تشغيل, نتائج, برنامجا) is indefinite and does not run into it.
 */
const isPublicBodyName = (words: readonly string[]): boolean => {
  const [head, adjective, field] = words;
  if (head === undefined || adjective === undefined || field === undefined || !head.startsWith('ال'))
    return false;
  if (!GENERIC_BODY_ADJECTIVE_SET.has(adjective) || !field.startsWith('ل') || field.startsWith('لل'))
    return false;
  return words.length > 3 && words.slice(3).every((w) => w.startsWith('ال') || w.startsWith('وال'));
};

/** A title without the form of address before it (معالي وزير الصحة → وزير الصحة): how it is called back. */
const unaddressed = (words: readonly string[]): readonly string[] =>
  words.length > 2 && ADDRESS_SET.has(words[0] as string) ? words.slice(1) : words;

/** A title's head without the article, the spokesman's post under one noun (الناطق → متحدث). */
const postHead = (word: string): string => {
  const head = bare(word);
  return SPOKESMAN_NOUNS.has(head) ? (head.endsWith('ه') ? 'متحدثه' : 'متحدث') : head;
};

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
  // مسؤولون أميركيون and مسؤولون أميركيون وإسرائيليون: a coordinated word adds others to a group
  // (not to an office: وزير الخارجية والمغتربين is still وزير الخارجية).
  const coordinated = a[n]?.startsWith('و') || b[n]?.startsWith('و');
  if (prefix && coordinated && isPluralHead(bare(a[0] as string))) return false;
  if (prefix) return n >= 2 || a.length === b.length;
  // One word, with or without the article: الفيفا ~ فيفا.
  if (a.length === 1 && b.length === 1) return bare(a[0] as string) === bare(b[0] as string);
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || postHead(short[0] as string) !== postHead(long[0] as string)) return false;
  // رئيس الهيئة ~ رئيس هيئة النقل العام, مدير المستشفى ~ مدير مستشفى الملك فهد: the short title's
  // definite noun is the long one's, there in construct before the name that defines it.
  const [, noun] = short;
  if (short.length === 2 && long.length > 2 && noun !== long[1] && bare(noun as string) === long[1])
    return true;
  // مندوب الجزائر ~ المندوب الجزائري: a country in the genitive and its nisba are one title.
  return short.slice(1).every((w) => long.some((l) => l === w || isNisbaOf(w, l) || isNisbaOf(l, w)));
};

/** Ordinals after a post that make it another holder's (حارس المرمى الثاني, النائب الأول). */
const ORDINAL_QUALIFIERS = new Set(['الثاني', 'الثانيه', 'الثالث', 'الثالثه', 'الاحتياطي']);

/**
 * The title `query` says more than the holder's `held`, in ways that make another holder: it goes on
 * past the whole of it with an ordinal (حارس الهلال الثاني after حارس الهلال فلان), or stops short of it
 * on an indefinite word that the holder's defines (إمام مسجد after إمام مسجد قباء فلان: an imam of a
 * mosque, any). Persons' posts only: a body's name read short is the body. (An adjective of origin the holder's lacks may be his own country's, رئيس الاتحاد
 * السعودي after رئيس الاتحاد فلان, or another's, وزير الطاقة الروسي: not told apart here.)
 */
const qualifiesFurther = (query: readonly string[], held: readonly string[]): boolean => {
  const n = Math.min(query.length, held.length);
  for (let i = 0; i < n; i++) if (query[i] !== held[i]) return false;
  if (query.length > held.length) return query.slice(held.length).some((w) => ORDINAL_QUALIFIERS.has(w));
  return query.length < held.length && query.length >= 2 && !hasArticle(query.at(-1) as string);
};

/**
 * Two wordings of one office, word by word: the same head, and each word after it the same but for the
 * article and the feminine's ه, or a country's nisba against its name (ولي العهد البحريني, ولي عهد
 * البحرين: isNisbaOf); the head of diplomacy is the foreign minister news calls so (رئيس الدبلوماسية
 * الفرنسية = وزير الخارجية الفرنسي); the monarch is the king (عاهل البحرين = ملك مملكة البحرين), and a
 * kind of state before its name is left out (رئيس دولة الإمارات = رئيس الإمارات), and so is the kind of
 * club or firm right after the head (رئيس نادي النصر = رئيس النصر). Folded words.
 */
/** Kinds of state written before a state's name (مملكة البحرين, دولة الكويت), folded without the article. */
const STATE_KINDS = new Set(['مملكه', 'دوله', 'جمهوريه', 'سلطنه', 'اماره']);

/**
 * Kinds of club or firm that a post names before the body's own name and often leaves out (رئيس نادي
 * النصر = رئيس النصر, مدرب فريق الهلال = مدرب الهلال), folded without the article.
 */
const CLUB_KINDS = new Set(['نادي', 'فريق', 'شركه']);

/** The two nouns of a spokesman's post, folded without the article (الناطق, المتحدث; feminine in ه). */
const SPOKESMAN_NOUNS = new Set(['ناطق', 'ناطقه', 'متحدث', 'متحدثه']);

/** officeWords of each title array already read (forms keep their arrays): sameOffice runs over every holder. */
const officeCache = new WeakMap<readonly string[], readonly string[]>();

/** The words of an office in one wording (sameOffice), folded. */
const officeWords = (written: readonly string[]): readonly string[] => {
  const known = officeCache.get(written);
  if (known) return known;
  const words = readOffice(written);
  officeCache.set(written, words);
  return words;
};

const readOffice = (written: readonly string[]): readonly string[] => {
  // (an honorific after the office, before the name, is no word of it: رئيس الحكومة الشيخ فلان)
  let end = written.length;
  while (end > 1 && HONORIFIC_SET.has(written[end - 1] as string)) end--;
  const title = end === written.length ? written : written.slice(0, end);
  const head = bare(title[0] as string);
  if ((head === 'رئيس' || head === 'رئيسه') && bare(title[1] ?? '') === 'دبلوماسيه')
    return [head === 'رئيس' ? 'وزير' : 'وزيره', 'الخارجيه', ...title.slice(2)];
  // رئيس الحكومة = رئيس الوزراء = رئيس مجلس الوزراء: the head of government, three ways
  if (head === 'رئيس' || head === 'رئيسه') {
    const second = bare(title[1] ?? '');
    if (second === 'وزراء' || second === 'حكومه') return [head, 'الحكومه', ...title.slice(2)];
    if (second === 'مجلس' && bare(title[2] ?? '') === 'وزراء') return [head, 'الحكومه', ...title.slice(3)];
  }
  // عاهل البحرين = ملك مملكة البحرين, رئيس الإمارات = رئيس دولة الإمارات: the monarch is the king, and
  // the kind of state before its name adds nothing.
  // …and the spokesman is the same post whichever noun names it (الناطق باسم = المتحدث باسم).
  const words =
    head === 'عاهل' ? ['ملك', ...title.slice(1)] : [postHead(title[0] as string), ...title.slice(1)];
  return words.filter(
    (w, i) =>
      i === 0 ||
      i === words.length - 1 ||
      !(STATE_KINDS.has(bare(w)) || (i === 1 && CLUB_KINDS.has(bare(w)))),
  );
};

export const sameOffice = (a: readonly string[], b: readonly string[]): boolean => {
  const x = officeWords(a);
  let y = officeWords(b);
  // (the held wording `b` with the country's adjective, the one calling it back without: رئيس مجلس الوزراء
  // after رئيس الحكومة الكويتية فلان; never the other way, رئيس الحكومة التونسية after رئيس مجلس الوزراء
  // فلان, another country's)
  if (y.length === x.length + 1 && ORIGIN_NISBA_SET.has(y.at(-1) as string)) y = y.slice(0, -1);
  if (x.length < 2 || x.length !== y.length || bare(x[0] as string) !== bare(y[0] as string)) return false;
  const plainWord = (w: string) => bare(w).replace(/ه$/u, '');
  return x.slice(1).every((w, i) => {
    const v = y[i + 1] as string;
    return plainWord(w) === plainWord(v) || isNisbaOf(w, v) || isNisbaOf(v, w);
  });
};

/**
 * Two titles alike up to a word where each has a different adjective of origin (وزارة الخارجية الكوبية,
 * وزارة الخارجية الأميركية; السفير الفرنسي, السفير البريطاني), folded: two offices of two countries.
 */
const otherOrigin = (a: readonly string[], b: readonly string[]): boolean => {
  const n = Math.min(a.length, b.length);
  for (let i = 1; i < n; i++) {
    const x = a[i] as string;
    const y = b[i] as string;
    if (x !== y) return ORIGIN_NISBA_SET.has(x) && ORIGIN_NISBA_SET.has(y);
  }
  return false;
};

/**
 * A body's short name with its own head (هيئة الطيران المدني, مؤسسة التدريب التقني) against a longer
 * name of the same head (الهيئة العامة للطيران المدني, المؤسسة العامة للتدريب التقني والمهني), both
 * folded: the short name's words follow the long one's in order, a field with ل written with the article
 * or bare (للطيران ~ الطيران, لمكافحة ~ مكافحة); the long name may skip only adjectives that say the body
 * is public or national (العامة, الوطنية) before the short name's last word, and go on after it; at
 * least one word skipped or written otherwise (not a plain prefix).
 */
const isShortBodyName = (short: readonly string[], long: readonly string[]): boolean => {
  if (short.length < 2 || long.length <= short.length) return false;
  if (bare(short[0] as string) !== bare(long[0] as string)) return false;
  // A plain prefix (وزارة الداخلية ~ وزارة الداخلية السعودية) is sharesTitle's, with its own guards.
  let prefix = true;
  let j = 1;
  for (let i = 1; i < long.length && j < short.length; i++) {
    const word = long[i] as string;
    const said = short[j] as string;
    const field =
      (word.startsWith('لل') && said.startsWith('ال') && said.slice(2) === word.slice(2)) ||
      (word.startsWith('ل') && !word.startsWith('لل') && said === word.slice(1));
    if (said === word || field) j++;
    else if (!GENERIC_BODY_ADJECTIVE_SET.has(word)) return false;
    if (said !== word) prefix = false;
  }
  return j === short.length && !prefix;
};

/**
 * True when `adjective` is the nisba of the noun `place` (الجزائري of الجزائر, الألماني of ألمانيا,
 * الفرنسية of فرنسا, السعودي of السعودية; not the indefinite adjective أميركي), both folded: the adjective without its article and
 * feminine ending is the noun with ي, the noun's article or final ا/ة dropped.
 */
const isNisbaOf = (adjective: string, place: string): boolean => {
  // أميركي after مسؤول is the indefinite adjective itself, no place.
  if (!adjective.startsWith('ال') || place.startsWith('و') || place.endsWith('ي')) return false;
  const core = adjective.slice(2).replace(/ه$/u, '');
  if (core.length < 4 || !core.endsWith('ي')) return false;
  for (const noun of place.startsWith('ال') ? [place, place.slice(2)] : [place]) {
    const stem = noun.replace(/[اه]$/u, '');
    if (stem.length >= 3 && (core === `${noun}ي` || core === `${stem}ي` || core === stem)) return true;
  }
  return false;
};

/**
 * The people and bodies that speak in one article. A mention joins an entity when its name is a
 * part of a known name (سوكولوف → فلاديمير سوكولوف, or the other way round) or its title is one the
 * entity was given (الرئيس الروسي); the most recently active entity wins ties.
 */
export class Entities {
  readonly list: Entity[] = [];

  /** @param genericHeads heads of bodies' names that a definite noun alone refers back by (منظمة). */
  constructor(
    private readonly genericHeads: ReadonlySet<string> = new Set(),
    /** heads of unnamed sources that a definite title refers back to (المسؤول → مسؤول في …). */
    private readonly unnamedHeads: ReadonlySet<string> = new Set(),
    /**
     * How many times a folded word occurs in the text (counted to 2 is enough). Without it every word
     * counts once, and no misspelling is recognised. Given here, not set later: assigning it after
     * construction made V8 treat every Entities object more slowly (the engine ran ~1.7x slower).
     */
    private readonly occurrences: (word: string) => number = () => 1,
  ) {}
  /** Entity ids in the order they were touched, an id again each time; only its last place counts. */
  private readonly touches: number[] = [];
  /** Each entity's last place in `touches`, or -1. */
  private readonly lastTouch: number[] = [];
  /** The token each entity was first named at, or -1 when not known. */
  private readonly firstAt: number[] = [];
  /** Entities by each word of their name forms, by the bare first word of their titles, and by the
   * first word of any form of two words or more: look-ups that do not scan every entity. */
  private readonly byNameWord = new Map<string, Set<Entity>>();
  /** Entities with a name form of one word, by that word. */
  private readonly byOnlyWord = new Map<string, Set<Entity>>();
  /** Entities by the dotless skeleton of each name form of two words or more (ضرغام الزيدي → ضرعام الرىدى). */
  private readonly byNameSkeleton = new Map<string, Set<Entity>>();
  private readonly byTitleHead = new Map<string, Set<Entity>>();
  /** The entities of each title head in the order they were given it. */
  private readonly headOrder = new Map<string, Entity[]>();
  /** Entities by the folded words of each of their titles. */
  private readonly byTitleKey = new Map<string, Set<Entity>>();
  private readonly byFirstWord = new Map<string, Set<Entity>>();
  /**
   * Bodies by the folded words of a name of theirs after a head that news drops (وزارة الخارجية
   * الأمريكية under الخارجيه الامريكيه): the name again without its head.
   */
  private readonly byBodyTail = new Map<string, Set<Entity>>();

  /**
   * A definite body's head inside a title (رئيس الهيئة الوطنية للإعلام), by that head: the last token
   * it was named at and its words from the head on, so that the head alone later is not given to
   * another body of that head learnt before.
   */
  private readonly headInTitle = new Map<string, { at: number; words: string }>();

  /**
   * The register of bodies' names the text gives anywhere (as a subject, an object, after في or ل, in
   * the lede), by their bare folded head (وزاره, هيئه, قوات), each list in text order: the head alone
   * with the article (الوزارة) names the body when the text gave exactly one such name before it.
   */
  private readonly bodyNames = new Map<
    string,
    Array<{ at: number; mention: Mention; complement?: boolean; sentence: number }>
  >();

  /**
   * The bodies titles imply, by the body's bare head: وزير الخارجية at token `at` implies وزارة
   * الخارجية (its words after the head, joined), in text order. A body the register names (registeredBody)
   * that is not one of them has a second candidate for the head alone.
   */
  private readonly titleBodies = new Map<string, Array<{ at: number; rest: string }>>();

  /**
   * Bodies an unnamed member spoke for (مصدر مسؤول في وزارة المالية → the ministry), with the folded words
   * of his description (مصدر, مسؤول), in text order: المصدر, المسؤول after it call the body back.
   */
  private readonly memberSources: Array<{ entity: Entity; heads: ReadonlySet<string> }> = [];

  /** The last speaker spoke through a document (وأضاف البيان): a verb after it agrees with the document. */
  private floorThroughDocument = false;
  /**
   * Ids of people named only as the object of a preposition (واجتمع الوزير بالمدير فلان): never the
   * lede's protagonist whom a first dropped subject stands for.
   */
  private readonly objectsOnly = new Set<number>();
  /** People named with a title and a name, by the paragraph they were named in, in text order. */
  private readonly named: Array<{
    entity: Entity;
    paragraph: number;
    agreement: Agreement | null;
    /** The token the title starts at. */
    at: number;
  }> = [];

  /**
   * Registers a title seen in apposition with a name (`الرئيس الروسي فلاديمير سوكولوف`). With
   * `paragraph`, a person so named there may take up a dropped subject that no speaker agrees with.
   * With `object`, the pair stood after a preposition (بالمدير فلان): a new person so named is not
   * the lede's protagonist (continuing).
   */
  learn(
    title: Mention | null,
    name: Mention | null,
    organisation: boolean,
    paragraph?: number,
    at = -1,
    object = false,
  ): Entity | null {
    if (title && at >= 0) this.noteHeadInTitle(title, at);
    if (name) {
      // الضابط الفنزويلي, الدبلوماسي الروسي: an unnamed source's head and a nationality, read as a name,
      // call back the one person named with that nationality in his title (describedHolder).
      const described =
        !title &&
        !organisation &&
        name.words.length === 2 &&
        this.unnamedHeads.has(bare(name.words[0] as string))
          ? (name.words[0] as string).startsWith('ال') && ORIGIN_NISBA_SET.has(name.words[1] as string)
            ? this.describedHolder(name.words[0] as string, name.words[1] as string)
            : null
          : null;
      if (described) {
        this.namedAt(described, at);
        return described;
      }
      // A short name calls back the one of its names given before it (أيوب الإدريسي … وقال الإدريسي),
      // rather than one the article names only later (والدته، خديجة الإدريسي).
      // (…written the other way: with a title of its own only as the same whole name, الدكتور عبد الله
      // الربيعة = الدكتور عبدالله الربيعة; a lone compound only behind the same title, الملك عبد الله =
      // الملك عبدالله, while المقاول عبد الله is no المهندس عبدالله and الموظف عبد الله no حسن عبدالله)
      let found = this.findByName(name.words, at);
      if (!found) {
        const respelt = this.findRespelt(name.words, at, title !== null);
        const key = title?.words.join(' ');
        const sameTitle = (e: Entity) => e.forms.some((f) => !f.isName && f.words.join(' ') === key);
        if (respelt && (!title || nameSize(name.words) >= 2 || sameTitle(respelt))) found = respelt;
      }
      // …but a kinsman's name (والدها محمد القرشي) is never the tail of the full name it was read from,
      // his child's (جنى محمد القرشي), whatever her given name.
      const byName =
        found && title && isKinTitle(title.words) && this.endsLongerName(found, name.words) ? null : found;
      const shortened = byName ? null : this.bodyByTail(name.words, at);
      // وقال المتهم after فلان، المتهم بتمويل …،: a role read as a name calls back the one who holds it.
      const role =
        byName || shortened || title || organisation || !(name.words[0] as string).startsWith('ال')
          ? null
          : this.roleHolder(name.words, at, name.complement);
      if (role) {
        this.namedAt(role, at);
        this.addForm(role, { ...name, isName: false });
        return role;
      }
      // رئيس الهيئات الاقتصادية يحذر … in a headline, then رئيس الهيئات الاقتصادية فلان in the body: the one
      // holder of that very title, known by it alone so far, is the person now named with it.
      const holder =
        byName || shortened || organisation || !title || title.words.length < 2
          ? null
          : this.titleOnlyHolder(title.words);
      const known = byName ?? shortened ?? holder;
      const entity = known ?? this.create(organisation);
      if (object && known === null) this.objectsOnly.add(entity.id);
      this.namedAt(entity, at);
      // A body's short name is a part of its name, never the name it is known by.
      this.addForm(entity, shortened ? { ...name, closed: false } : name);
      if (title) {
        this.addForm(entity, title);
        if (paragraph !== undefined && !organisation)
          this.named.push({ entity, paragraph, agreement: titleAgreement(title.words[0] as string), at });
      }
      return entity;
    }
    if (title) {
      // A surname that is also a title (محمد الصياد … وأضاف الصياد): the person so named.
      const word = title.words.length === 1 ? (title.words[0] as string) : undefined;
      const named = word ? this.findByName([word]) : null;
      if (named?.forms.some((f) => f.isName && f.words.length > 1 && f.words[f.words.length - 1] === word))
        return named;
      const shortened = this.byTitleKey.has(title.words.join(' '))
        ? null
        : this.shortenedBody(title.words, at);
      const known = shortened ?? this.byTitle(title.words, at);
      // A new body's short name whose full name the text gave in narration before (مؤسسة النقد after
      // بدأت مؤسسة النقد العربي السعودي طرحها): that full name.
      const fuller = known || !organisation ? null : this.registeredFuller(title.words, at);
      const entity = known ?? this.create(organisation);
      this.namedAt(entity, at);
      if (fuller) this.addForm(entity, fuller);
      this.addForm(entity, shortened || fuller ? { ...title, closed: false } : title);
      return entity;
    }
    return null;
  }

  /**
   * The one person known so far by exactly these title words and by no name (a headline's speaker), or
   * null when none is or several are.
   */
  private titleOnlyHolder(words: readonly string[]): Entity | null {
    const same = this.byTitleKey.get(words.join(' '));
    if (same?.size !== 1) return null;
    const [entity] = same;
    if (!entity || entity.organisation || entity.forms.some((f) => f.isName)) return null;
    return entity;
  }

  /**
   * Roles learnt in apposition after a person's name (فلان، المتهم بتمويل …،: المتهم), by their first
   * word: who holds each, in text order.
   */
  private readonly roles = new Map<string, Array<{ entity: Entity; words: readonly string[] }>>();

  /**
   * The complement of each post or role learnt with one (رئيس النادي for نادي الوحدة, المدرب السابق for
   * لبورتو): the forms of its words (postForms), by the entity's id and the post's folded words; and
   * whether the post was just given (انتخب … رئيساً: الجديد, الحالي name its holder).
   */
  private readonly postComplements = new Map<
    string,
    { words: readonly string[]; forms: ReadonlySet<string>; given: boolean }
  >();

  /**
   * Notes that `entity`, a person, was given the role of these folded words after his or her name, or the
   * post (`given`: elected or set at a body's head), with the words of the complement the text gave it
   * (the body's name, the role's complement after ل or في): a longer title of that head later calls the
   * person back only with words of that complement (holdsPost).
   */
  noteRole(
    entity: Entity,
    words: readonly string[],
    complement: readonly string[] = [],
    given = false,
  ): void {
    const head = words[0];
    if (head === undefined) return;
    const key = `${entity.id} ${words.join(' ')}`;
    const known = this.postComplements.get(key);
    const forms = new Set(known?.forms);
    for (const word of complement) for (const form of postForms(word)) forms.add(form);
    const listed = [...(known?.words ?? []), ...complement];
    this.postComplements.set(key, { words: listed, forms, given: given || known?.given === true });
    const held = this.roles.get(head) ?? [];
    // (a hostile text with thousands of one role keeps the first few)
    if (held.length >= MAX_ROLE_HOLDERS) return;
    if (!held.some((r) => r.entity === entity && r.words.join(' ') === words.join(' ')))
      held.push({ entity, words });
    this.roles.set(head, held);
  }

  /**
   * The person a role alone calls back (وقال المتهم after فلان، المتهم بتمويل …،): one given that role
   * after the name, whose role has every other word of the mention (الشاهد الرئيسي ~ الشاهد الرئيسي في
   * القضية); of two, the one last active or named.
   */
  private roleHolder(
    words: readonly string[],
    at: number,
    complement: readonly string[] = [],
  ): Entity | null {
    const held = this.roles.get(words[0] as string);
    if (!held) return null;
    const rest = words.slice(1);
    return this.mostRecent(
      held
        .filter(
          (r) => rest.every((w) => r.words.includes(w)) && this.sameComplement(r.entity, r.words, complement),
        )
        .map((r) => r.entity),
      (entity) => !entity.organisation,
      at,
    );
  }

  /**
   * Whether a title (`words`) that shares the post or role `post` learnt for `entity` with a complement
   * (noteRole) names that post: every word it has beyond the post's is a word of the complement the text
   * gave (رئيس نادي الوحدة, رئيس الاتحاد السعودي for the post of نادي الوحدة, الاتحاد السعودي لكرة القدم),
   * or, for a post just given, an adjective of its present holder (رئيس النادي الجديد). Another body's
   * name (رئيس نادي الأهلي, رئيس الاتحاد الآسيوي, رئيس مجلس الشورى), another complement (المدرب السابق
   * للفريق after المدرب السابق لبورتو) or a former holder (رئيس النادي السابق, الأسبق) is another's post.
   * A form not learnt by noteRole holds whatever title shares it; one learnt with no complement (a role
   * read alone, المتهم) holds only titles whose extra words are its own.
   */
  private holdsPost(entity: Entity, post: readonly string[], words: readonly string[]): boolean {
    const complement = this.postComplements.get(`${entity.id} ${post.join(' ')}`);
    if (!complement) return true;
    const own = new Set(post.flatMap(postForms));
    for (let i = 1; i < words.length; i++) {
      const word = words[i] as string;
      const forms = postForms(word);
      if (forms.some((form) => own.has(form))) continue;
      if (FORMER_HOLDER.has(word)) return false;
      if (complement.given && PRESENT_HOLDER.has(word)) continue;
      if (!forms.some((form) => complement.forms.has(form))) return false;
    }
    return true;
  }

  /**
   * Whether the complement after a role read as a name (`complement`: في, its noun, the noun's genitive)
   * is the one the role was given (noteRole): when the role's complement has the same preposition and
   * the same noun (في قضية الرشوة ~ في قضية المخدرات, في القضية), every word after the noun must be one of
   * the role's (another case is another accused). A complement of another noun (في تصريح صحفي) tells where
   * the words were said, not who said them, and names no other role.
   */
  private sameComplement(entity: Entity, role: readonly string[], complement: readonly string[]): boolean {
    const [preposition, noun, ...rest] = complement;
    if (preposition === undefined || noun === undefined || rest.length === 0) return true;
    const given = this.postComplements.get(`${entity.id} ${role.join(' ')}`);
    if (!given) return true;
    const at = given.words.indexOf(preposition);
    const own = given.words[at + 1];
    if (at < 0 || own === undefined) return true;
    const forms = postForms(own);
    if (!postForms(noun).some((form) => forms.includes(form))) return true;
    return rest.every((word) => postForms(word).some((form) => given.forms.has(form)));
  }

  /** Notes that an unnamed member described by `heads` (folded, no article) spoke for `entity`. */
  noteMemberSource(entity: Entity, heads: readonly string[]): void {
    this.memberSources.push({ entity, heads: new Set(heads) });
  }

  /**
   * The body whose unnamed member a definite description calls back (وأضاف المصدر, وتابع المسؤول, المصدر
   * المسؤول after مصدر مسؤول في الوزارة, المسؤول الأوروبي): its head one of his words, each other word
   * one of his or an adjective of origin or field (الأوروبي, الأمني); the body last touched among them.
   */
  private memberSource(words: readonly string[]): Entity | null {
    if (words.length === 0 || words.length > 3 || !words.every((w) => w.startsWith('ال'))) return null;
    const bodies = this.memberSources
      .filter(
        (source) =>
          source.heads.has(bare(words[0] as string)) &&
          words.slice(1).every((w) => source.heads.has(bare(w)) || /^ال.{3,}يه?$/u.test(w)),
      )
      .map((source) => source.entity);
    return bodies.length > 0 ? this.mostRecent(bodies, () => true) : null;
  }

  /**
   * Notes a body's name read in narration at token `at` (وزارة التجارة والصناعة after في, قوات الدعم
   * السريع as an object), under its bare head; names must be noted in text order.
   */
  noteBodyName(
    mention: Mention,
    at: number,
    own: string | undefined,
    /** The name stands in a complement (بالتنسيق مع وزارة الدفاع, قرار هيئة الاتصالات): no nearer body. */
    complement: boolean,
    /** The sentence it stands in (Token.sentence). */
    sentence: number,
  ): void {
    const head = mention.words[0];
    // A firm's own name, quoted after its head (شركة «نستله»), goes under the head given (`own`).
    if (head === undefined || (own === undefined && mention.words.length < 2)) return;
    const key = own ?? bare(head);
    const list = this.bodyNames.get(key);
    if (list) list.push({ at, mention, complement, sentence });
    else this.bodyNames.set(key, [{ at, mention, complement, sentence }]);
  }

  /**
   * Notes the body a title at token `at` implies: `head`, the body's bare head (وزاره for وزير), and
   * `rest`, the words after it (الخارجيه for وزير الخارجية); titles must be noted in text order.
   */
  noteTitleBody(head: string, rest: readonly string[], at: number): void {
    const list = this.titleBodies.get(head);
    const entry = { at, rest: rest.join(' ') };
    if (list) list.push(entry);
    else this.titleBodies.set(head, [entry]);
  }

  /**
   * True when one of the last few titles before `at` implies a body of the head `head` other than the
   * one of `words` (وزير الخارجية … وفد من وزارة الخارجية الصينية): his own is a second candidate.
   */
  private otherTitleBody(head: string, words: readonly string[], at: number): boolean {
    const list = this.titleBodies.get(head);
    if (!list) return false;
    const rest = words.slice(1).join(' ');
    // The last title before `at`: the list is in text order.
    const lo = countBefore(list, at, (title) => title.at);
    for (let k = lo - 1; k >= 0 && k >= lo - MAX_REGISTER_LOOKS; k--)
      if ((list[k] as (typeof list)[number]).rest !== rest) return true;
    return false;
  }

  /**
   * The body a definite head alone at token `at` (الوزارة, الهيئة) names through the register: the
   * names of that head given before `at` (the last few), when they are one body's (one reading, or
   * one that starts the other: the fuller), or the nearer of two; a new entity of that name. Null when
   * none was given, or two bodies of that head were in one sentence (ممثلون عن وزارة الصحة ووزارة التعليم
   * … الوزارة).
   */
  private registeredBody(head: string, at: number): Entity | null {
    const found = this.registeredName(head, at);
    if (found === null) return null;
    const entity = this.create(true);
    this.namedAt(entity, at);
    this.addForm(entity, { ...found, isName: false, closed: true });
    return entity;
  }

  /**
   * Whether a definite head alone at token `at` (الهيئة, الوزارة) names a body the article gave before,
   * as a speaker or in narration: the body it would be resolved to, with nothing learnt.
   */
  namesKnownBody(head: string, at: number): boolean {
    return this.byTitle([head], at)?.organisation === true || this.registeredName(bare(head), at) !== null;
  }

  /**
   * Whether a name of a body of the definite head `head` the article gave (in the register or as an
   * entity's form) goes on with `word` right after the head (الهيئة العامة … for العامه): the word may be
   * its name's, not the verb's object.
   */
  knownNameGoesOn(head: string, word: string): boolean {
    const key = bare(head);
    if (this.bodyNames.get(key)?.some((entry) => entry.mention.words[1] === word)) return true;
    for (const first of [key, head])
      for (const entity of this.byFirstWord.get(first) ?? [])
        if (entity.forms.some((f) => f.words[1] === word)) return true;
    return false;
  }

  /** The one body name of bare head `head` the register gives before token `at`, or null (registeredBody). */
  private registeredName(head: string, at: number): Mention | null {
    const list = at >= 0 ? this.bodyNames.get(head) : undefined;
    if (!list) return null;
    // The last name before `at`: the list is in text order.
    const lo = countBefore(list, at, (name) => name.at);
    let found: Mention | null = null;
    // The last name is the nearer of two bodies of that head named in two sentences (وزارة الخارجية
    // الأميركية … استدعت وزارة الخارجية الكوبية … وقالت الوزارة; … وأشاد الرئيس بوزارة الصحة الأردنية.
    // وقالت الوزارة), as nearerBody reads a body that spoke; two in one sentence are two candidates alike
    // (ممثلون عن وزارة الصحة ووزارة التعليم … وقالت الوزارة).
    const near = list[lo - 1];
    for (let k = lo - 1; k >= 0 && k >= lo - MAX_REGISTER_LOOKS; k--) {
      const { mention, sentence } = list[k] as (typeof list)[number];
      if (found === null) {
        found = mention;
        continue;
      }
      const [short, long] =
        found.words.length <= mention.words.length
          ? [found.words, mention.words]
          : [mention.words, found.words];
      if (!short.every((w, j) => long[j] === w)) {
        if (near === undefined || sentence === near.sentence) return null;
        break;
      }
      if (long === mention.words) found = mention;
    }
    if (found === null || this.otherTitleBody(head, found.words, at)) return null;
    return found;
  }

  /**
   * The one fuller name of a body that the register gave before `at` (the last few of its head) and
   * that `words`, a name of two words or more, shortens: as a prefix (مؤسسة النقد ~ مؤسسة النقد العربي
   * السعودي) or by isShortBodyName; null when none was, or two different ones were.
   */
  private registeredFuller(words: readonly string[], at: number): Mention | null {
    const list = at >= 0 && words.length > 1 ? this.bodyNames.get(bare(words[0] as string)) : undefined;
    if (!list) return null;
    const lo = countBefore(list, at, (name) => name.at);
    let found: Mention | null = null;
    for (let k = lo - 1; k >= 0 && k >= lo - MAX_REGISTER_LOOKS; k--) {
      const { mention } = list[k] as (typeof list)[number];
      const long = mention.words;
      if (long.length <= words.length) continue;
      const prefix = words.every((w, j) => (j === 0 ? bare(w) === bare(long[0] as string) : long[j] === w));
      if (!prefix && !isShortBodyName(words, long)) continue;
      if (found && found.words.join(' ') !== long.join(' ')) return null;
      found = mention;
    }
    return found && { ...found, isName: false, closed: true };
  }

  /** Notes a definite word with a definite adjective after it inside a title (رئيس الهيئة الوطنية …). */
  private noteHeadInTitle(title: Mention, at: number): void {
    const k = title.words.findIndex((w, n) => n > 0 && w.startsWith('ال'));
    const next = title.words[k + 1];
    if (k < 1 || next === undefined || !next.startsWith('ال') || (title.words[0] as string).startsWith('ال'))
      return;
    this.headInTitle.set(title.words[k] as string, { at, words: title.words.slice(k, k + 2).join(' ') });
  }

  /**
   * True when, after `body` was named and before `at`, a title named another body of the head
   * `first` (الهيئة العليا للانتخابات … رئيس الهيئة الوطنية للإعلام … الهيئة): the head alone is then
   * not known to be `body`'s.
   */
  private otherBodySince(body: Entity, first: string, at: number): boolean {
    const seen = this.headInTitle.get(first);
    const since = this.firstAt[body.id] ?? -1;
    if (!seen || at < 0 || since < 0 || seen.at <= since || seen.at >= at) return false;
    return !body.forms.some((f) => f.words.slice(0, 2).join(' ') === seen.words);
  }

  /** Records that an entity is named at token `at` (-1: unknown), keeping the earliest place. */
  private namedAt(entity: Entity, at: number): void {
    const known = this.firstAt[entity.id] ?? -1;
    if (at >= 0 && (known < 0 || at < known)) this.firstAt[entity.id] = at;
  }

  /** The earliest token an entity was named at, or -1 when unknown. */
  firstNamedAt(entity: Entity): number {
    return this.firstAt[entity.id] ?? -1;
  }

  /** Marks an entity as the one that has just spoken, with the agreement of its verb. */
  touch(entity: Entity, agreement: Agreement | null, throughDocument = false): void {
    this.floorThroughDocument = throughDocument;
    if (agreement) entity.agreements.add(agreement);
    this.lastTouch[entity.id] = this.touches.length;
    this.touches.push(entity.id);
  }

  /**
   * The speaker a dropped subject continues: the last one to speak whose agreement fits (a feminine
   * verb skips speakers only ever seen with masculine verbs, and the other way round). `paragraph` and
   * `before` (a token: where the quote opens) bound the fallback on the article's first protagonist to one
   * met by then.
   */
  continuing(agreement: Agreement | null, paragraph?: number, before?: number): Entity | null {
    // وأضاف البيان … وتابع: the verb agrees with the document that spoke last, not with its issuer.
    if (this.floorThroughDocument && this.floor) return this.floor;
    for (const entity of this.touched()) {
      if (
        !agreement ||
        entity.agreements.size === 0 ||
        entity.agreements.has(agreement) ||
        (agreement === 'pl' && entity.plural)
      )
        return entity;
    }
    // No speaker agrees (a masculine verb after a ministry has spoken): the person last named with
    // a title in this paragraph or the one before whose title agrees (وأدلى رئيس الحكومة فلان
    // بصوته … وعبر عن أمله).
    if (agreement && agreement !== 'pl' && paragraph !== undefined) {
      for (let k = this.named.length - 1; k >= 0; k--) {
        const seen = this.named[k] as (typeof this.named)[number];
        if (seen.paragraph > paragraph) continue;
        if (seen.paragraph < paragraph - 1) break;
        const { entity } = seen;
        if (
          seen.agreement === agreement &&
          (entity.agreements.size === 0 || entity.agreements.has(agreement))
        )
          return entity;
      }
    }
    const last = this.touches[this.touches.length - 1];
    if (last !== undefined) return this.list[last] ?? null;
    // Nobody has spoken yet: the first one the article named with a title and a name (its lede's
    // protagonist, وزير البيئة الفرنسي فرانسوا دي روجي), if the verb agrees.
    const first = this.list.find(
      (entity) =>
        !this.objectsOnly.has(entity.id) &&
        entity.forms.some((f) => f.isName) &&
        entity.forms.some((f) => !f.isName),
    );
    if (!first) return null;
    // …named by then: a protagonist the article brings in only in a later paragraph (a law's label in the
    // lede, its minister a paragraph below) has not been met where the verb stands.
    if (paragraph !== undefined) {
      const met = this.named.find((seen) => seen.entity === first);
      if (met && met.paragraph > paragraph) return null;
    }
    // …and before the quote opens (`before`, its mark's token): not one the speaker names in his own quote
    // (وكتب العمري: «… ولا أنسى فضل الأستاذ فلان»).
    if (before !== undefined && this.firstNamedAt(first) >= before) return null;
    // Its title has the other gender (وزيرة البيئة فلانة ورئيس سلطة المياه فلان … وقالت: «…». وأضاف:
    // «…»): the first one named with a title of the verb's gender, among the first few so named.
    if (agreement && agreement !== 'pl' && first.agreements.size === 0) {
      const lede = this.named.slice(0, MAX_HONOURED_LOOKS);
      const own = lede.find((seen) => seen.entity === first);
      if (own?.agreement && own.agreement !== agreement) {
        const other = lede.find(
          (seen) =>
            (paragraph === undefined || seen.paragraph <= paragraph) &&
            seen.agreement === agreement &&
            (seen.entity.agreements.size === 0 || seen.entity.agreements.has(agreement)),
        );
        return other?.entity ?? null;
      }
    }
    return !agreement || first.agreements.size === 0 || first.agreements.has(agreement) ? first : null;
  }

  /**
   * The first person named with a title between tokens `from` and `to` whose title agrees and
   * stands where a subject does, or null:
   * a participle's subject in its own sentence (حمّل المدرب فلان الحكم المسؤولية، مؤكدا …).
   */
  namedBetween(
    from: number,
    to: number,
    agreement: Agreement,
    /** Whether a title starting at a token is where its clause's subject stands. */
    asSubject: (at: number) => boolean = () => true,
    /** Only a person, never a body. */
    person = false,
  ): Entity | null {
    // `named` is in text order: the first entry at or after `from`.
    for (let k = countBefore(this.named, from, (seen) => seen.at); k < this.named.length; k++) {
      const seen = this.named[k] as (typeof this.named)[number];
      if (seen.at >= to) break;
      if (person && seen.entity.organisation) continue;
      if (seen.agreement === agreement && asSubject(seen.at)) return seen.entity;
    }
    return null;
  }

  /** True when a title of exactly these folded words is known. */
  knowsTitle(words: readonly string[]): boolean {
    return this.byTitleKey.has(words.join(' '));
  }

  /**
   * True when `word` ends a name of two words or more of a person already known (البدر of ناصر البدر),
   * who, when `titleHead` is given, had a title of that head.
   */
  knowsSurname(word: string, titleHead?: string): boolean {
    const bucket = this.byNameWord.get(word);
    if (!bucket || bucket.size > MAX_NAME_CANDIDATES) return false;
    const head = titleHead === undefined ? undefined : bare(titleHead);
    for (const entity of bucket)
      if (
        !entity.organisation &&
        entity.forms.some((f) => f.isName && f.words.length > 1 && f.words.at(-1) === word) &&
        // With a title head asked for, the person must have had a title of that head (وزير, الوزير),
        // or a rank right before the name at the end of a longer title (الناطق … العقيد فلان).
        (head === undefined ||
          entity.forms.some(
            (f) => !f.isName && (bare(f.words[0] ?? '') === head || rankHead(f.words) === head),
          ))
      )
        return true;
    return false;
  }

  /**
   * The person an honorific with a pronoun stands for (وأكد سموه): the last to speak, else the last
   * named, else the first known, that has a title the honorific goes with (`titles`, bare folded
   * words: امير, شيخ). Null when nobody has one: the caller then continues as with any pronoun.
   */
  lastWithTitle(
    titles: ReadonlySet<string>,
    paragraph: number,
    agreement: Agreement,
    /** Bodies too (المصدر ذاته may be an unnamed source kept as a body); honorifics are for people. */
    bodies = false,
    /**
     * Where a title named at this token stands: `aside` goes with the dignitary (يرافقه مدير …, نيابة عن
     * …) and is passed over; `subject` follows its sentence's opening verb and is preferred to one
     * named later as an object (استقبل سعادة المحافظ فلان سعادة المدير فلان). With `later` (where the
     * last dignitary passed by was named), `subject` only when both stand in one sentence.
     */
    place: (at: number, later?: number) => 'aside' | 'subject' | 'other' = () => 'other',
  ): Entity | null {
    // The title word's gender agrees with the pronoun (سموها: الشيخة, not الشيخ); an honorific noun
    // (سمو, فخامة) has none of its own.
    const agrees = (word: string) =>
      UNGENDERED_HONORIFICS.has(word) || (word.endsWith('ه') ? 'f' : 'm') === agreement;
    const honoured = (entity: Entity) =>
      (bodies || !entity.organisation) &&
      (entity.agreements.size === 0 || entity.agreements.has(agreement)) &&
      entity.forms.some(
        (f) =>
          !f.isName &&
          f.words.some((w) => titles.has(bare(w)) && agrees(bare(w))) &&
          // …and so does the title's head, whose genitive the matched word may be (نائبة رئيس البنك is
          // a woman's title, never معاليه).
          agrees(bare(f.words[0] ?? '')),
      );
    // Bounded, as hostile text may name thousands: the one meant is among the last few.
    let looked = 0;
    for (const entity of this.touched()) {
      if (honoured(entity)) return entity;
      if (++looked >= MAX_HONOURED_LOOKS) break;
    }
    let other: { entity: Entity; at: number } | null = null;
    for (let k = this.named.length - 1; k >= 0 && k >= this.named.length - MAX_HONOURED_LOOKS; k--) {
      const seen = this.named[k] as (typeof this.named)[number];
      if (seen.paragraph > paragraph || !honoured(seen.entity)) continue;
      // A host opening an earlier sentence does not outrank a dignitary named since (وافتتح المدير …
      // ثم ألقى العميد كلمة. وقال سعادته).
      const where = place(seen.at, other?.at);
      if (where === 'subject') return seen.entity;
      if (where === 'other') other ??= seen;
    }
    if (other) return other.entity;
    return this.list.slice(0, MAX_HONOURED_LOOKS).find(honoured) ?? null;
  }

  /**
   * The canonical name: the fullest name form that nothing ran into (a closed form), else the
   * fullest closed title, else the shortest open title or name (object words may have run into it).
   */
  canonical(entity: Entity): string {
    const best = (pick: (f: Entity['forms'][number]) => boolean, shortest = false) => {
      let found: Entity['forms'][number] | null = null;
      for (const form of entity.forms) {
        if (!pick(form)) continue;
        if (
          !found ||
          (shortest
            ? nameSize(form.words) < nameSize(found.words)
            : nameSize(form.words) > nameSize(found.words))
        )
          found = form;
      }
      return found;
    };
    const longest = (pick: (f: Entity['forms'][number]) => boolean, shortest = false) =>
      best(pick, shortest)?.text;
    // A body is known by its full name (الاتحاد الدولي لكرة القدم) rather than a short one (فيفا).
    // A firm described by what it does to a thing (الشركة المالكة للسفينة, المصنع المالك) and named in
    // apposition (، «إيفرغرين مارين»،): the description is no name, the name is.
    if (entity.forms.some(describesFirm)) {
      const own = longest((f) => f.isName && f.closed && !describesFirm(f));
      if (own) return own;
    }
    if (entity.organisation) {
      const full = longest((f) => !f.isName && f.closed && f.words.length > 1);
      if (full) return full;
      // …and by its name read open rather than by its head alone, which is no name (المؤسسة after أعلنت
      // المؤسسة العامة لتحلية المياه المالحة تشغيل …), when that name has a public body's shape, which no
      // object runs into: see isPublicBodyName.
      const head = best((f) => !f.isName && f.closed);
      const [word] = head?.words ?? [];
      if (
        head?.words.length === 1 &&
        word?.startsWith('ال') &&
        !entity.forms.some((f) => f.isName && f.closed)
      ) {
        const named = longest(
          (f) => !f.isName && bare(f.words[0] as string) === bare(word) && isPublicBodyName(f.words),
          true,
        );
        if (named) return named;
        // …or by a name read open that the register read whole, the same words from the same head (كشفت
        // هيئة قناة السويس عن …: the words before عن were the body's name, as its reading found them).
        const read = longest(
          (f) =>
            !f.isName &&
            f.words.length > 1 &&
            bare(f.words[0] as string) === bare(word) &&
            this.registerHolds(f.words),
        );
        if (read) return read;
        // …or by its indefinite head and a firm's own name read open before the verb's object (شركة
        // يوروتانل after أعلنت شركة يوروتانل تعليق …): two words, the second plain, no pronoun on it.
        const firm = longest(
          (f) =>
            !f.isName &&
            f.words.length === 2 &&
            f.words[0] === bare(word) &&
            !(f.words[1] as string).startsWith('ال') &&
            !SHORT_PRONOUN_END.test(f.words[1] as string),
          true,
        );
        if (firm) return firm;
      }
    }
    const title = best((f) => !f.isName && f.closed);
    return (
      longest((f) => f.isName && f.closed) ??
      // A title ending in an honorific (محافظ بيشة الأستاذ) wants the name after it, open as that name
      // may be (الأستاذ فلان بن فلان مهرجان التمور: the reading could not tell the name from the object).
      (HONORIFIC_SET.has(title?.words.at(-1) ?? '') ? longest((f) => f.isName) : undefined) ??
      title?.text ??
      longest((f) => !f.isName, true) ??
      longest((f) => f.isName, true) ??
      ''
    );
  }

  /** True when the register of bodies' names (noteBodyName) holds a name of exactly `words`. */
  private registerHolds(words: readonly string[]): boolean {
    const list = this.bodyNames.get(bare(words[0] as string));
    const key = words.join(' ');
    return list?.some((entry) => entry.mention.words.join(' ') === key) === true;
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
    this.lastTouch.push(-1);
    this.firstAt.push(-1);
    return entity;
  }

  private addForm(entity: Entity, mention: Mention): void {
    const key = mention.words.join(' ');
    let forms = this.formsByKey.get(entity);
    if (!forms) {
      forms = new Map();
      this.formsByKey.set(entity, forms);
    }
    const known = forms.get(key);
    if (known) {
      if (mention.closed) known.closed = true;
      // The same name spelt with its hamzas (أسامة for اسامة) is the fuller spelling.
      if (hamzas(mention.text) > hamzas(known.text)) known.text = mention.text;
      return;
    }
    // One person goes by a handful of forms; thousands are names run together in a hostile text,
    // and every look-up would scan them all.
    if (forms.size >= MAX_FORMS) return;
    const form = { text: mention.text, words: mention.words, isName: mention.isName, closed: mention.closed };
    entity.forms.push(form);
    forms.set(key, form);
    if (mention.isName) {
      for (const word of mention.words) index(this.byNameWord, word, entity);
      if (mention.words.length > 1) index(this.byNameSkeleton, skeletonKey(mention.words), entity);
      if (mention.words.length === 1) index(this.byOnlyWord, mention.words[0] as string, entity);
    } else if (mention.words[0] !== undefined) {
      // A royal title or a rank right before the name, ending a longer title (خادم الحرمين الشريفين
      // الملك فلان, الناطق … العقيد فلان), is a head of its own: الملك alone later names him too.
      const last = rankHead(mention.words);
      const heads = [bare(mention.words[0])];
      // (الناطق باسم …: a head under the spokesman's other noun too, as postHead reads it)
      if (postHead(mention.words[0]) !== heads[0]) heads.push(postHead(mention.words[0]));
      if (mention.words.length > 1 && TITLES_BEFORE_NAME.has(last) && last !== heads[0]) heads.push(last);
      // معالي وزير الثقافة والإعلام: the title after a form of address is a head, and a key, of its own.
      const addressed = mention.words.length > 2 && ADDRESS_SET.has(mention.words[0] as string);
      if (addressed) heads.push(bare(mention.words[1] as string));
      for (const head of heads) {
        if (!this.byTitleHead.get(head)?.has(entity)) {
          const order = this.headOrder.get(head);
          if (order) order.push(entity);
          else this.headOrder.set(head, [entity]);
        }
        index(this.byTitleHead, head, entity);
      }
      index(this.byTitleKey, key, entity);
      if (entity.organisation && mention.words.length > 2 && DROPPED_BODY_HEAD_SET.has(mention.words[0])) {
        index(this.byBodyTail, mention.words.slice(1).join(' '), entity);
        // …or without its fields joined by و (الشؤون البلدية for وزارة الشؤون البلدية والقروية).
        const joined = mention.words.findIndex((w, i) => i > 2 && w.startsWith('وال'));
        if (joined > 0) index(this.byBodyTail, mention.words.slice(1, joined).join(' '), entity);
      }
      // …and a ministry by its portfolio alone, definite (التجارة for وزارة التجارة والصناعة).
      const portfolio = mention.words[1];
      if (entity.organisation && portfolio?.startsWith('ال') && PORTFOLIO_BODY_HEAD_SET.has(mention.words[0]))
        index(this.byBodyTail, portfolio, entity);
      if (isPluralHead(bare(mention.words[0]))) entity.plural = true;
    }
    if (mention.words.length > 1) index(this.byFirstWord, mention.words[0] as string, entity);
  }

  /**
   * Among `candidates`, the most recently active that `fits`; never active ones newest first. With
   * `at`, those never active and first named after token `at` come last (a title calls back one
   * named before it rather than one the article names later).
   */
  private mostRecent(
    candidates: Iterable<Entity>,
    fits: (entity: Entity) => boolean,
    at = -1,
  ): Entity | null {
    let best: Entity | null = null;
    let bestRank = Number.NEGATIVE_INFINITY;
    for (const entity of candidates) {
      const touched = this.lastTouch[entity.id] ?? -1;
      // Touched ones rank above all others, by their last touch; the rest by their id.
      const later = at >= 0 && (this.firstAt[entity.id] ?? -1) > at;
      const rank =
        touched >= 0 ? this.list.length + touched : later ? entity.id - this.list.length : entity.id;
      if (rank > bestRank && fits(entity)) {
        best = entity;
        bestRank = rank;
      }
    }
    return best;
  }

  /** Whether one of the entity's names is longer than `words` and ends with them (جنى محمد القرشي). */
  private endsLongerName(entity: Entity, words: readonly string[]): boolean {
    return entity.forms.some(
      (f) =>
        f.isName &&
        f.words.length > words.length &&
        words.every((w, i) => w === f.words[f.words.length - words.length + i]),
    );
  }

  /** Whether an entity other than `entity` has these folded words for one of its names. */
  namesAnother(entity: Entity, words: readonly string[]): boolean {
    return this.list.some(
      (other) =>
        other !== entity &&
        other.forms.some(
          (f) => f.isName && f.words.length === words.length && f.words.every((w, i) => w === words[i]),
        ),
    );
  }

  private findByName(words: readonly string[], at = -1): Entity | null {
    return this.findByExactName(words, at) ?? this.findBySkeleton(words) ?? this.findByBareFamily(words, at);
  }

  /**
   * The person these folded words name with a compound of عبد written the other way (نبيل عبدالله … وقال
   * عبد الله): any name that holds the words so respelt, or with `whole` only a name that is the same words
   * (الدكتور عبد الله الربيعة = الدكتور عبدالله الربيعة, not حسن عبدالله = عبد الله).
   */
  private findRespelt(words: readonly string[], at: number, whole: boolean): Entity | null {
    const respelt = respellAbd(words);
    const same = respelt ? this.findByExactName(respelt, at) : null;
    if (!same || !whole) return same;
    const key = joinAbd(words);
    return same.forms.some((f) => f.isName && joinAbd(f.words) === key) ? same : null;
  }

  /**
   * A family name written without its article (وأضاف زبارقة after المحامي خالد الزبارقة, as Levantine and
   * Palestinian copy writes it): the person whose full name ends with it and the article. One word of four
   * letters or more that is no given name (حسن is never الحسن's short form) nor a common noun's shape,
   * and only when no name has it as written.
   */
  private findByBareFamily(words: readonly string[], at: number): Entity | null {
    const [word] = words;
    if (words.length !== 1 || word === undefined || word.length < 4) return null;
    if (word.startsWith('ال')) return this.findByArticledFamily(word, at);
    if (GIVEN_NAME_SET.has(word)) return null;
    // …nor a word shaped as a common noun, فاعل (شاهد, ضابط) or فعّال (نجار, حداد), or a nisba (مصري): a
    // witness or an Egyptian, not the family of that name (خالد الشاهد).
    if (/^.ا..$|^..ا.$|ي$/u.test(word)) return null;
    const definite = `ال${word}`;
    return this.mostRecent(
      this.byNameWord.get(definite) ?? [],
      (entity) =>
        !entity.organisation &&
        entity.forms.some((f) => f.isName && f.words.length > 1 && f.words.at(-1) === definite),
      at,
    );
  }

  /**
   * A family name called back with the article that the full name wrote without it, the Gulf way (علي
   * زايد … وأضاف الزايد: the family of زايد): the one person whose full name ends with the bare word, when
   * no name has the article's form. The bare word a given name (a family named after a forebear) or no
   * common noun's shape, and no title (الرئيس is never رئيس's family).
   */
  private findByArticledFamily(word: string, at: number): Entity | null {
    const plain = word.slice(2);
    if (plain.length < 3 || TITLE_SET.has(word) || TITLE_SET.has(plain)) return null;
    if (!GIVEN_NAME_SET.has(plain) && /^.ا..$|^..ا.$|ي$/u.test(plain)) return null;
    // (…not a place's name, الرياض after أحمد رياض; and a man's family: a woman's name, سارة علي, is no
    // family's called back by العلي)
    if (PLACE_SET.has(word)) return null;
    const holders = [...(this.byNameWord.get(plain) ?? [])].filter(
      (entity) =>
        !entity.organisation &&
        entity.forms.some(
          (f) =>
            f.isName &&
            f.words.length > 1 &&
            f.words.at(-1) === plain &&
            !WOMAN_GIVEN_NAME_SET.has(f.words[0] as string),
        ),
    );
    if (holders.length !== 1) return null;
    return this.mostRecent(holders, () => true, at);
  }

  /**
   * A name of two words or more written with other dots on some letters (ضرعام الزيدي for ضرغام
   * الزيدي): the same person when one word is spelt alike and the others differ only by their dots.
   */
  private findBySkeleton(words: readonly string[]): Entity | null {
    if (words.length < 2) return null;
    const candidates = this.byNameSkeleton.get(skeletonKey(words));
    // Many names of one skeleton are many people (or a hostile text), not one misspelt.
    if (!candidates || candidates.size > MAX_SKELETON_NAMES) return null;
    // A misspelling is rare and the name it spoils is not: every word that differs is written once
    // in the text and its known spelling more often (ضرعام once, ضرغام seven times). Two real
    // names, each used with its own verb (تامر حسني, ثامر حسني), stay two people.
    const misspelt = (f: { words: string[] }) =>
      f.words.every(
        (w, i) => w === words[i] || (this.occurrences(words[i] as string) === 1 && this.occurrences(w) >= 2),
      );
    return this.mostRecent(candidates, (entity) =>
      entity.forms.some(
        (f) =>
          f.isName &&
          f.words.length === words.length &&
          f.words.some((w, i) => w === words[i]) &&
          skeletonKey(f.words) === skeletonKey(words) &&
          misspelt(f),
      ),
    );
  }

  private findByExactName(words: readonly string[], at = -1): Entity | null {
    // Either form holds the other: they share at least one word. A word that hundreds of known names
    // share (محمد in a text of thousands of people) is not looked through name by name.
    // Through such a word, only the names that are that word alone are looked at.
    const candidates = new Set<Entity>();
    for (const word of words) {
      const bucket = this.byNameWord.get(word);
      const chosen = bucket && bucket.size > MAX_NAME_CANDIDATES ? this.byOnlyWord.get(word) : bucket;
      for (const entity of chosen ?? []) candidates.add(entity);
    }
    const shared = this.sharedGivenName(words, candidates);
    if (shared !== undefined) return shared;
    return this.mostRecent(
      candidates,
      (entity) =>
        entity.forms.some(
          (f) =>
            f.isName &&
            ((isSubsequence(words, f.words) && !isMiddleWord(words, f.words)) ||
              (isSubsequence(f.words, words) && !isMiddleWord(f.words, words))),
        ) &&
        !entity.forms.some(
          (f) =>
            f.isName &&
            (otherFamily(words, f.words) || isFathersName(words, f.words) || isFathersName(f.words, words)),
        ),
      at,
    );
  }

  /**
   * A given name alone (وقال خالد) calls back the one full name that begins with it; when two people's
   * names begin with it (خالد العتيبي … خالد الشمري) and none was called by it alone, it names the one
   * of them who has spoken if only one has (يقول سعد القحطاني … ويتابع سعد), else neither (null);
   * undefined when the rule does not apply.
   */
  private sharedGivenName(
    words: readonly string[],
    candidates: ReadonlySet<Entity>,
  ): Entity | null | undefined {
    const [given] = words;
    if (words.length !== 1 || given === undefined || !GIVEN_NAME_SET.has(given)) return undefined;
    const full: Entity[] = [];
    for (const entity of candidates) {
      if (entity.forms.some((f) => f.isName && f.words.length === 1 && f.words[0] === given))
        return undefined;
      if (entity.forms.some((f) => f.isName && f.words.length > 1 && f.words[0] === given)) full.push(entity);
    }
    if (full.length < 2) return undefined;
    const spoken = full.filter((entity) => this.hasSpoken(entity));
    return spoken.length === 1 ? (spoken[0] as Entity) : null;
  }

  /**
   * The entity known by this title (or by the definite head of a body's name), if any; with `at`, the
   * token the title stands at, an office's head alone prefers one named before it.
   */
  byTitle(words: readonly string[], at = -1): Entity | null {
    const first = words[0];
    if (first === undefined) return null;
    // Titles that share one agree on their head, with or without the article.
    // The same title again (الوزير … الوزير): found by its words, however many titles share the head.
    const same = this.byTitleKey.get(words.join(' '));
    if (same) return this.mostRecent(same, () => true);
    // سمو أمير المنطقة, معالي الوزير: a form of address before a title calls back whom the title does.
    const addressed = words.length > 1 && ADDRESS_SET.has(first) ? this.byTitle(words.slice(1), at) : null;
    if (addressed) return addressed;
    // وأضاف المصدر after مصدر مسؤول في وزارة المالية: the body its unnamed member spoke for.
    const member = this.memberSource(words);
    if (member) return member;
    // الاتحاد القاري, المنظمة الأممية: an adjective that says only where a body works calls again the
    // body of that head named last.
    const marks = words.length === 2 && first.startsWith('ال') ? EPITHETS.get(words[1] as string) : undefined;
    if (marks) {
      // …a body whose own name says it works there: الاتحاد الآسيوي is continental, الاتحاد المصري is not.
      const body = this.mostRecent(
        this.recentOfHead(bare(first)),
        (entity) =>
          entity.organisation &&
          entity.forms.some((f) => !f.isName && f.words.length > 1 && f.words.some((w) => marks.has(w))),
      );
      if (body) return body;
    }
    const titled = this.mostRecent(
      this.recentOfHead(postHead(first)),
      (entity) =>
        entity.forms.some(
          (f) =>
            !f.isName &&
            sharesTitle(words, unaddressed(f.words)) &&
            this.holdsPost(entity, f.words, words) &&
            // …a former holder is another person (وزير الإعلام السابق after وزير الإعلام فلان), and the
            // holder is not the former one (لاعب الاتحاد after لاعب الاتحاد السابق فلان)
            words.some((w) => FORMER_HOLDER.has(w)) === f.words.some((w) => FORMER_HOLDER.has(w)) &&
            (entity.organisation || !qualifiesFurther(words, unaddressed(f.words))),
        ) &&
        // …not another country's office of the same head (وزارة الخارجية الكوبية after وزارة الخارجية
        // الأميركية and its short وزارة الخارجية): the adjectives of origin differ.
        !entity.forms.some((f) => !f.isName && otherOrigin(words, unaddressed(f.words))),
    );
    if (titled) return titled;
    // مدرب النصر, مدرب الفريق after المدير الفني لفريق النصر فلان: another form of the office (TITLE_KIN).
    if (words.length === 2 && !first.startsWith('ال')) {
      const holder = this.kinOfTeam(first, words[1] as string, at);
      if (holder) return holder;
    }
    // The body's name again without its head (الخارجية الأمريكية after وزارة الخارجية الأمريكية).
    // …or with its own head and fewer words (هيئة الطيران المدني after الهيئة العامة للطيران المدني).
    const shortened = this.shortenedBody(words, at);
    if (shortened) return shortened;
    // الوزير after وزير الخارجية فلان, السفير after السفير الفرنسي فلان: an office's head alone, with
    // the article, refers back to the person who holds one (not الرئيس, the president, after رئيس الوزراء).
    if (words.length === 1 && first.startsWith('ال') && !PRESIDING_HEADS.has(bare(first))) {
      const holder = this.mostRecent(
        this.recentOfHead(postHead(first)),
        (entity) =>
          !entity.organisation &&
          // …or one with the same head and an adjective or complement (السفير الفرنسي → السفير).
          entity.forms.some(
            (f) =>
              !f.isName &&
              f.words.length > 1 &&
              (postHead(unaddressed(f.words)[0] as string) === postHead(first) ||
                unaddressed(f.words)[0] === first ||
                f.words.at(-1) === first),
          ),
        at,
      );
      if (holder) return holder;
    }
    // الرئيس after رئيس الجمهورية فلان or الرئيس التونسي فلان, المدرب after المدير الفني فلان: the head
    // alone calls back the person last active or named with another form of the same office.
    if (words.length === 1 && first.startsWith('ال')) {
      const holder = this.kinHolder(first, at);
      if (holder) return holder;
    }
    // المتحدث العسكري, المتحدث باسم الجيش after المتحدث الرسمي باسم القوات المسلحة فلان: a title of
    // several words that TITLE_KIN gives other wordings of calls back who holds one of them.
    if (words.length > 1 && words.length <= MAX_KIN_WORDS && first.startsWith('ال')) {
      const holder = this.kinHolder([bare(first), ...words.slice(1)].join(' '), at, bare(first));
      if (holder) return holder;
      // …with an adjective of origin after it (المتحدث العسكري السوري).
      const origin = words.at(-1) as string;
      if (words.length > 2 && origin.startsWith('ال') && /يه?$/u.test(origin)) {
        // …the holder's own title of the same origin (وزارة الدفاع السورية), not another's.
        const kin = this.kinHolder([bare(first), ...words.slice(1, -1)].join(' '), at, bare(first), origin);
        if (kin) return kin;
      }
    }
    // المسؤول الأميركي after مسؤول في إدارة كولمان: the unnamed source introduced before.
    // A worker or a student only bare or with his description again (الطالب after طالب في كلية الطب):
    // other adjectives describe another (الطالب السعودي المبتعث).
    if (first.startsWith('ال') && this.unnamedHeads.has(bare(first))) {
      const placed = PLACED_SOURCE_SET.has(bare(first));
      const source = this.mostRecent(this.recentOfHead(bare(first)), (entity) =>
        entity.forms.some(
          (f) =>
            !f.isName &&
            f.words[0] === bare(first) &&
            (!placed || words.slice(1).every((word) => f.words.some((w) => bare(w) === bare(word)))),
        ),
      );
      if (source) return source;
    }
    // الضابط الفنزويلي after العقيد الفنزويلي فلان, الدبلوماسي الروسي after السفير الروسي فلان: a
    // description, a post and a nationality, calls back the one named person the article gave that
    // nationality in his title; none when it gave it to two.
    if (words.length === 2 && first.startsWith('ال') && ORIGIN_NISBA_SET.has(words[1] as string)) {
      const holder =
        this.describedHolder(first, words[1] as string) ??
        this.soleHolderOfNoOrigin(first, words[1] as string);
      if (holder) return holder;
    }
    // The definite head alone refers back to a named body: المحكمة → محكمة التحكيم الرياضي.
    const head = words.length === 1 && first.startsWith('ال') ? first.slice(2) : null;
    if (head) {
      // الموقعون → موقعو العريضة: a plural in construct drops its ن.
      const construct = head.endsWith('ون') ? head.slice(0, -1) : head;
      const bodies = [
        ...(this.byFirstWord.get(head) ?? []),
        ...(this.byFirstWord.get(first) ?? []),
        ...(construct === head ? [] : (this.byFirstWord.get(construct) ?? [])),
      ];
      const named = this.mostRecent(bodies, (entity) => entity.organisation);
      if (named && this.otherBodySince(named, first, at)) return null;
      // …the nearer of two bodies of that head (وزارة الداخلية … ثم أصدرت وزارة التجارة قرارا … وقالت الوزارة).
      const nearer = named ? this.nearerBody(named, head, bodies, at) : null;
      if (nearer) return nearer;
      if (named) return named;
      // A body named in full only in narration before (في وزارة التجارة … وكانت الوزارة).
      const registered = this.registeredBody(head, at);
      if (registered) return registered;
      // A generic head (المنظمة, الهيئة) with no body of that head: the body last named.
      if (this.genericHeads.has(head)) return this.mostRecent(this.list, (entity) => entity.organisation);
    }
    // ولي العهد البحريني after ولي عهد البحرين فلان, رئيس الدبلوماسية الفرنسية after وزير الخارجية
    // الفرنسي فلان: the same office worded another way (officeKey), held by one named person only.
    // (…another wording only: the same words but for the article are the other readings' to call back)
    const plain = (title: readonly string[]) => title.map((w) => bare(w)).join(' ');
    if (words.length >= 2) {
      const holders = this.list.filter(
        (entity) =>
          !entity.organisation &&
          entity.forms.some((f) => f.isName) &&
          entity.forms.some(
            (f) =>
              !f.isName &&
              sameOffice(words, unaddressed(f.words)) &&
              plain(unaddressed(f.words)) !== plain(words),
          ),
      );
      if (holders.length === 1) return holders[0] as Entity;
    }
    return null;
  }

  /**
   * The body a name names again without its head (الخارجية الأمريكية after وزارة الخارجية الأمريكية, العفو
   * الدولية after منظمة العفو الدولية), read as a title or as a name: the whole rest of the body's name,
   * not a part of it (الأمم المتحدة is not منظمة الأمم المتحدة للطفولة); or a ministry's portfolio alone
   * (التجارة after وزارة التجارة والصناعة).
   */
  private bodyByTail(words: readonly string[], at: number): Entity | null {
    const tail = this.byBodyTail.get(words.join(' '));
    // Hundreds of ministries of one portfolio (a hostile text) are no body the portfolio alone names.
    if (!tail || tail.size > MAX_TITLE_CANDIDATES) return null;
    return this.mostRecent(tail, (entity) => entity.organisation, at);
  }

  /**
   * The body a shorter name names again: without its head (bodyByTail), or with its head and fewer
   * words of a longer name of that head (isShortBodyName).
   */
  private shortenedBody(words: readonly string[], at: number): Entity | null {
    const untitled = this.bodyByTail(words, at);
    if (untitled || words.length < 2 || !ORGANISATION_SET.has(words[0] as string)) return untitled;
    return this.mostRecent(
      this.recentOfHead(bare(words[0] as string)),
      (entity) =>
        entity.organisation && entity.forms.some((f) => !f.isName && isShortBodyName(words, f.words)),
      at,
    );
  }

  /**
   * The person a definite head alone (الرئيس, المدرب) stands for through another form of its office
   * (TITLE_KIN), or, for a presiding head, through the head and an adjective of origin (الرئيس
   * التونسي, not الرئيس التنفيذي): the most recently active or named, of the head's gender.
   */
  private kinHolder(first: string, at: number, head = bare(first), origin = ''): Entity | null {
    const stem = origin.replace(/ه$/u, '');
    const kin = titleKin(bare(first));
    const presiding = PRESIDING_HEADS.has(head);
    const selector = bare(first) === 'ناخب الوطني';
    if (!kin && !presiding) return null;
    const holds = (f: Entity['forms'][number]) =>
      !f.isName &&
      ((presiding &&
        f.words.length === 2 &&
        f.words[0] === first &&
        (f.words[1] as string).startsWith('ال') &&
        /يه?$/u.test(f.words[1] as string) &&
        !PRESIDING_RANK_SET.has(f.words[1] as string)) ||
        (kin?.some((form) => {
          const words = f.words.length > 1 ? f.words.filter((w, i) => i === 0 || !OFFICIAL.has(w)) : f.words;
          const next = words[form.length];
          return (
            words.length >= form.length &&
            bare(words[0] as string) === form[0] &&
            form.every((word, i) => i === 0 || words[i] === word) &&
            !ofOtherBody(next) &&
            // (a former holder holds the office no more: مدرب المنتخب السابق; ولاعب الرجاء السابق later
            // in the title is another post)
            !(next !== undefined && FORMER_HOLDER.has(next)) &&
            // الناخب الوطني: the national team, not another (الإسباني, الأولمبي, المحلي)
            (!selector || next === undefined || SELECTOR_TEAM_WORDS.has(next))
          );
        }) ??
          false));
    // A man's title does not call back a woman already heard with a feminine verb, nor the other way.
    const agreement = titleAgreement(head);
    const candidates = new Set<Entity>(presiding ? this.recentOfHead(head) : []);
    for (const form of kin ?? [])
      for (const entity of this.recentOfHead(form[0] as string)) candidates.add(entity);
    return this.mostRecent(
      candidates,
      (entity) =>
        !entity.organisation &&
        (agreement === null || entity.agreements.size === 0 || entity.agreements.has(agreement)) &&
        entity.forms.some(holds) &&
        (stem === '' ||
          entity.forms.some((f) => !f.isName && f.words.some((w) => w.replace(/ه$/u, '') === stem))),
      at,
    );
  }

  /**
   * An office's head in construct with what it serves (مدرب النصر, مدربة الفريق) calls back the person who
   * holds another form of that office (TITLE_KIN: المدير الفني, رئيس الجهاز الفني) for the same side, its
   * name in the title (لفريق النصر, للنصر), or, for the bare word of a side (الفريق, المنتخب, النادي), the
   * one person of that office the article named; of the head's gender. Null otherwise.
   */
  /**
   * True when a definite word after a coach's head names no body, place or person the article knows
   * and occurs nowhere else in the text (الديوك, الحمر, الأسود): a side's nickname, which names one coach
   * only when the article named one.
   */
  private nicknameOfSide(genitive: string): boolean {
    const word = bare(genitive);
    if (!genitive.startsWith('ال') || word.length < 3) return false;
    if (ORGANISATION_SET.has(word) || ORGANISATION_SET.has(genitive) || PLACE_SET.has(genitive)) return false;
    if (this.byNameWord.has(genitive) || this.byNameWord.has(word)) return false;
    // (a word the text uses again names a side it told of, the other side: فريق الشباب … مدرب الشباب)
    if (this.occurrences(genitive) > 1) return false;
    return !this.list.some((entity) => entity.forms.some((f) => f.words.includes(genitive)));
  }

  private kinOfTeam(head: string, genitive: string, at: number): Entity | null {
    const kin = titleKin(head);
    if (!kin || !genitive.startsWith('ال')) return null;
    // …or a side's nickname the article names nothing else by (مدرب الديوك, مدرب الحمر): no body, place or
    // person of the article is called by it.
    const side = SIDE_WORDS.has(genitive) || (COACH_HEADS.has(bare(head)) && this.nicknameOfSide(genitive));
    const ofSide = (w: string) => w === genitive || w === `ل${genitive.slice(1)}`;
    const agreement = titleAgreement(head);
    // (a side's bare word or nickname calls back a holder of the head itself too: مدرب الحمر after مدرب
    // الوداد فلان)
    const forms = side ? [...kin, [bare(head)]] : kin;
    const holds = (f: Entity['forms'][number]) =>
      !f.isName &&
      forms.some(
        (form) =>
          f.words.length > form.length &&
          bare(f.words[0] as string) === form[0] &&
          form.every((word, i) => i === 0 || f.words[i] === word) &&
          (side || f.words.slice(form.length).some(ofSide)),
      );
    const candidates = new Set<Entity>();
    for (const form of forms)
      for (const entity of this.recentOfHead(form[0] as string)) candidates.add(entity);
    const fits = (entity: Entity) =>
      !entity.organisation &&
      (agreement === null || entity.agreements.size === 0 || entity.agreements.has(agreement)) &&
      entity.forms.some(holds);
    // (the bare word of a side names one coach only when the article named one)
    if (side && [...candidates].filter(fits).length !== 1) return null;
    return this.mostRecent(candidates, fits, at);
  }

  /**
   * The one named person (not a body) whose title's head has the nationality `origin` right after it
   * (العقيد الفنزويلي فلان; not المتحدث باسم سلاح الجو الأوكراني, whose nationality is the body's), in either gender,
   * of the gender of the description's head `first`; null when none or several.
   */
  /**
   * المدرب التونسي after مدرب الرجاء فلان, whose nationality the article never gave: sports copy varies
   * the name of the one coach or player it brought in by his nationality. Only for a club's coach or a
   * player (not a national side's, whose other side is another nationality), when he alone holds a post
   * of that head, none of his forms gives an origin, and the nationality appears no more often than the
   * head with the article (أمام نظيره الكاميروني … وقال المدرب الكاميروني is the other side's coach). Posts of diplomats,
   * lawyers, spokesmen and commanders are left to name no one: the other side's holder speaks there.
   */
  private soleHolderOfNoOrigin(first: string, origin: string): Entity | null {
    const head = postHead(first);
    // (the nationality used only in this title: as often as the title's head, counted to two — a second
    // use elsewhere, أمام نظيره الكاميروني, names the other side)
    if (!SPORT_POST_HEADS.has(head) || this.occurrences(origin) > this.occurrences(first)) return null;
    const holders = this.recentOfHead(head);
    const entity = holders[0];
    if (holders.length !== 1 || entity === undefined || entity.organisation) return null;
    if (!entity.forms.some((f) => f.isName)) return null;
    if (entity.forms.some((f) => f.words.some((w) => ORIGIN_NISBA_SET.has(w) || NATIONAL_SIDES.has(w))))
      return null;
    const agreement = titleAgreement(bare(first));
    return agreement === null || entity.agreements.size === 0 || entity.agreements.has(agreement)
      ? entity
      : null;
  }

  private describedHolder(first: string, origin: string): Entity | null {
    const head = bare(first);
    if (ORGANISATION_SET.has(head) || ORGANISATION_SET.has(first) || COUNTRY_OFFICES.has(head)) return null;
    // المسؤول الأميركي, المصدر المصري: an official or a source unnamed by nature, never the named one.
    if (ANONYMOUS_HEADS.has(head)) return null;
    // …nor when the article brought in an unnamed source of that head (ضابط في الجيش … الضابط الفنزويلي).
    if (this.recentOfHead(head).some((e) => !e.forms.some((f) => f.isName))) return null;
    const stem = origin.replace(/ه$/u, '');
    const posts = DESCRIBED_POST_SETS.get(head);
    const agreement = titleAgreement(bare(first));
    let found: Entity | null = null;
    const from = Math.max(0, this.list.length - MAX_TITLE_CANDIDATES);
    for (let k = from; k < this.list.length; k++) {
      const entity = this.list[k] as Entity;
      if (entity.organisation || !entity.forms.some((f) => f.isName)) continue;
      if (agreement !== null && entity.agreements.size > 0 && !entity.agreements.has(agreement)) continue;
      const of = (f: Entity['forms'][number]) =>
        f.words.length > 1 && (f.words[1] as string).replace(/ه$/u, '') === stem;
      // …or the nationality alone, written before the name (أقر البرتغالي فلان، مدرب فريق …،): any post
      // of the person's own then goes with it.
      const alone = entity.forms.some(
        (f) => !f.isName && f.words.length === 1 && (f.words[0] as string).replace(/ه$/u, '') === stem,
      );
      // …another one of that nationality, by a title or by a name read whole with it (الرائد التركي فلان)
      // or ending in it (فلان المصري), makes the description name neither.
      if (!alone && !entity.forms.some(of)) continue;
      if (found && found !== entity) return null;
      // …the holder by a title whose head is not a head of state's (الرئيس الأميركي فلان is no official),
      // and is the description's own or a post it stands for (DESCRIBED_POSTS): not another trade.
      const post = (f: Entity['forms'][number]) => {
        const held = bare(f.words[0] as string);
        return held === head || posts?.has(held) === true;
      };
      // …or, for a sport's epithet or a coach (النجم الفرنسي, اللاعب البرازيلي, المدرب الهولندي), the
      // nationality the article wrote before the person's name alone (أبدى الفرنسي فلان …, أكد الهولندي
      // فلان المدير الفني للأهلي): the player or the coach, whatever his post's wording.
      if (
        !(alone && (SPORT_EPITHETS.has(head) || (COACH_HEADS.has(head) && holdsCoachPost(entity)))) &&
        !entity.forms.some(
          (f) => !f.isName && (of(f) || alone) && post(f) && !STATE_HEADS_OF.has(bare(f.words[0] as string)),
        )
      )
        return null;
      found = entity;
    }
    return found;
  }

  /** Each entity's forms by their folded words, so that adding a form does not scan the others. */
  private readonly formsByKey = new Map<Entity, Map<string, Entity['forms'][number]>>();
  /** Speakers named together (وزير الخارجية فلان ورئيس الوزراء فلان), most recent last. */
  private readonly groups: Entity[] = [];
  /** The groups by the ids of their members. */
  private readonly groupByMembers = new Map<string, Entity>();

  /**
   * Two speakers named together as one subject: one entity named by both names joined with و. Its
   * form is not indexed by name word, so either name alone still finds its own speaker.
   */
  group(members: readonly Entity[], text: string): Entity {
    const key = members.map((m) => m.id).join(',');
    const known = this.groupByMembers.get(key);
    if (known) return known;
    const entity = this.create(false);
    entity.forms.push({ text, words: text.split(/\s+/u), isName: true, closed: true });
    entity.plural = true;
    this.groups.push(entity);
    this.groupByMembers.set(key, entity);
    return entity;
  }

  /** The group last named or active, for a dual that refers back to it (الطرفان, الجانبان). */
  lastGroup(): Entity | null {
    return this.mostRecent(this.groups, () => true);
  }

  /**
   * The entities whose titles start with this head, the last `MAX_TITLE_CANDIDATES` named: an article
   * of thousands of ministries (hostile text) must not make every look-up scan them all.
   */
  private recentOfHead(head: string): Entity[] {
    const order = this.headOrder.get(head) ?? [];
    return order.length > MAX_TITLE_CANDIDATES ? order.slice(-MAX_TITLE_CANDIDATES) : order;
  }

  /** True when a folded word is part of a name already known. */
  knowsNameWord(word: string): boolean {
    return this.byNameWord.has(word);
  }

  /**
   * True when a known person has a name form in which `second` comes right after `first` (فريدريش
   * ميرتس): the text goes on with a name it knows. A crowded bucket counts as no evidence.
   */
  followsInName(first: string, second: string): boolean {
    const bucket = this.byNameWord.get(first);
    if (!bucket || bucket.size > MAX_NAME_CANDIDATES) return false;
    for (const entity of bucket)
      if (
        !entity.organisation &&
        entity.forms.some((f) => f.isName && f.words.some((w, k) => w === first && f.words[k + 1] === second))
      )
        return true;
    return false;
  }

  /** True when `word` opens a name of two words or more already known (عادل of عادل الشمري); a crowded bucket counts as known. */
  knowsFirstName(word: string): boolean {
    const bucket = this.byFirstWord.get(word);
    if (!bucket) return false;
    if (bucket.size > MAX_NAME_CANDIDATES) return true;
    for (const entity of bucket)
      if (entity.forms.some((f) => f.isName && f.words.length > 1 && f.words[0] === word)) return true;
    return false;
  }

  /**
   * Another body than `named` whose name of bare head `head` the register noted last before token `at`
   * (a name that neither starts nor is started by one of `named`'s): the nearer one a head alone names,
   * one of `bodies` when it goes by that name, else a new entity of it. Null when the last is `named`'s.
   */
  private nearerBody(named: Entity, head: string, bodies: readonly Entity[], at: number): Entity | null {
    const last = at >= 0 ? this.bodyNames.get(head) : undefined;
    // …the last one named as a party, not in the complement of another in its sentence (أعلنت وزارة
    // الداخلية … بالتنسيق مع وزارة الدفاع. وقالت الوزارة: the ministry that acted); a complement of a
    // sentence of its own is the nearer (… وأشاد الرئيس بوزارة الصحة الأردنية. وقالت الوزارة).
    let n = last ? countBefore(last, at, (name) => name.at) - 1 : -1;
    const partyBefore = (k: number) => {
      const sentence = last?.[k]?.sentence;
      for (let m = k - 1; m >= 0 && m >= k - MAX_REGISTER_LOOKS && last?.[m]?.sentence === sentence; m--)
        if (!last?.[m]?.complement) return true;
      return false;
    };
    while (n >= 0 && last?.[n]?.complement && partyBefore(n)) n--;
    const entry = last?.[n];
    if (!entry) return null;
    const words = entry.mention.words;
    const starts = (short: readonly string[], long: readonly string[]) =>
      short.every((w, j) => (j === 0 ? bare(w) === bare(long[0] as string) : long[j] === w));
    const goesBy = (entity: Entity) =>
      entity.forms.some(
        (f) =>
          !f.isName &&
          f.words.length > 1 &&
          (f.words.length <= words.length ? starts(f.words, words) : starts(words, f.words)),
      );
    // A body read by a shorter name (وزارة الصحة) that the register gave another longer name before (وزارة
    // الصحة المصرية … وزارة الصحة الأردنية): the last name is another body's.
    const parted = (entity: Entity) => (f: { words: readonly string[]; isName: boolean }) =>
      !f.isName &&
      f.words.length < words.length &&
      last
        ?.slice(Math.max(0, n - MAX_REGISTER_LOOKS), n)
        .some(
          (e) =>
            e.mention.words.length > f.words.length &&
            starts(f.words, e.mention.words) &&
            !starts(e.mention.words.slice(0, words.length), words) &&
            (this.firstAt[entity.id] ?? -1) <= e.at,
        ) === true;
    const shorter = (entity: Entity) => {
      const forms = entity.forms.filter((f) => !f.isName && f.words.length > 1 && starts(f.words, words));
      return forms.length > 0 && forms.every(parted(entity));
    };
    if ((goesBy(named) && !shorter(named)) || !named.forms.some((f) => !f.isName && f.words.length > 1))
      return null;
    const other = bodies.find((entity) => entity !== named && entity.organisation && goesBy(entity));
    if (other) return other;
    const entity = this.create(true);
    this.namedAt(entity, entry.at);
    this.addForm(entity, { ...entry.mention, isName: false, closed: true });
    return entity;
  }

  /** True when the register read a body's name of exactly these folded words (Entities.noteBodyName). */
  readsBodyName(words: readonly string[]): boolean {
    const list = words.length > 1 ? this.bodyNames.get(bare(words[0] as string)) : undefined;
    return list !== undefined && list.length <= MAX_REGISTER_READINGS && this.registerHolds(words);
  }

  /** The last body name of bare head `head` noted before token `at`: its first token and its words; or null. */
  lastBodyName(head: string, at: number): { at: number; words: number } | null {
    const list = this.bodyNames.get(head);
    if (!list) return null;
    const last = list[countBefore(list, at, (name) => name.at) - 1];
    return last ? { at: last.at, words: last.mention.words.length } : null;
  }

  /**
   * A body known by a shorter name than the article gives it (صندوق النقد after رفع صندوق النقد الدولي
   * توقعاته, لجنة الانتخابات before its adjective, وزارة الموارد before البشرية والتنمية الاجتماعية): the
   * register's reading of that name from its head (Entities.noteBodyName) that goes on from one of the
   * body's closed forms of two words or more becomes its fuller name (the corpus rule: the fullest name
   * the article gives). Not when the register reads two different longer names from that form
   * (وزارة الخارجية السعودية … وزارة الخارجية الأمريكية), nor one another entity goes by; and only
   * with the words `extends_` accepts (words `from` to `to` of the reading noted at token `at`).
   */
  extendFromRegister(extends_: (at: number, from: number, to: number) => boolean): void {
    // One reading starts the other (the first word with the article or without).
    const starts = (short: readonly string[], long: readonly string[]) =>
      short.every((w, j) => (j === 0 ? bare(w) === bare(long[0] as string) : long[j] === w));
    for (const entity of this.list) {
      if (!entity.organisation) continue;
      this.closeFromRegister(entity);
      let best: Mention | null = null;
      // The longest reading, accepted or not: two that part ways are two bodies (مجلس الأمن الوطني
      // العراقي … مجلس الأمن الدولي), and the shorter name is left as it is.
      let widest: readonly string[] | null = null;
      let conflict = false;
      for (const form of entity.forms) {
        // (an open form too: a subject cut before its place's name, أمانة محافظة before جدة)
        if (form.isName || form.words.length < 2) continue;
        const list = this.bodyNames.get(bare(form.words[0] as string));
        if (!list || list.length > MAX_REGISTER_READINGS) continue;
        for (const { at, mention } of list) {
          const long = mention.words;
          if (long.length <= form.words.length || !starts(form.words, long)) continue;
          if (widest === null) widest = long;
          else {
            const known: readonly string[] = widest;
            const longer = known.length <= long.length ? long : known;
            if (!starts(longer === long ? known : long, longer)) conflict = true;
            else widest = longer;
          }
          if (
            (best === null || long.length > best.words.length) &&
            extends_(at, form.words.length, long.length)
          )
            best = mention;
        }
      }
      const fuller = best;
      if (fuller === null || conflict) continue;
      if (entity.forms.some((f) => !f.isName && f.words.length >= fuller.words.length)) continue;
      const key = fuller.words.join(' ');
      if (this.list.some((other) => other !== entity && other.forms.some((f) => f.words.join(' ') === key)))
        continue;
      this.addForm(entity, { ...fuller, isName: false, closed: true });
    }
  }

  /**
   * A body whose name a subject's reading left open (أعلنت هيئة الطرق والمواصلات أمس …: the reading
   * could not tell the name from an object after it) is known by that name when the register read the
   * same words from its head (bodyNameEnd, wherever it stood): the name is closed, and the body is called
   * by it rather than by its head alone (الهيئة). Only when no closed name of two words or more is known.
   */
  private closeFromRegister(entity: Entity): void {
    if (entity.forms.some((f) => !f.isName && f.closed && f.words.length > 1)) return;
    for (const form of entity.forms) {
      if (form.isName || form.closed || form.words.length < 2) continue;
      if (this.readsBodyName(form.words)) {
        this.addForm(entity, { ...form, closed: true });
        return;
      }
    }
  }

  /** Adds another form found elsewhere in the text: a fuller name (`زين الدين بلقاسم` for `بلقاسم`), a short name. */
  addFullerName(entity: Entity, mention: Mention): void {
    this.addForm(entity, mention);
  }

  /** The entity that spoke last, if any. */
  get floor(): Entity | null {
    const last = this.touches[this.touches.length - 1];
    return last === undefined ? null : (this.list[last] ?? null);
  }

  /** True once the entity has spoken. */
  hasSpoken(entity: Entity): boolean {
    return (this.lastTouch[entity.id] ?? -1) >= 0;
  }

  /** True when someone who has spoken is plural: a group, or seen with a plural verb. */
  pluralSpeaker(): boolean {
    for (const entity of this.touched()) if (entity.plural || entity.agreements.has('pl')) return true;
    return false;
  }

  /** True when someone who has spoken agrees with the verb, as `continuing` takes them. */
  agreeingSpeaker(agreement: Agreement): boolean {
    for (const entity of this.touched())
      if (
        entity.agreements.size === 0 ||
        entity.agreements.has(agreement) ||
        (agreement === 'pl' && entity.plural)
      )
        return true;
    return false;
  }

  /** Entities that have spoken, most recently active first, each once. */
  private *touched(): Generator<Entity> {
    for (let i = this.touches.length - 1; i >= 0; i--) {
      const id = this.touches[i] as number;
      if (this.lastTouch[id] === i) yield this.list[id] as Entity;
    }
  }
}

/**
 * Adjectives (folded) that say only where a body works, so that a head with one of them calls a body
 * named before by its own name (الاتحاد القاري for الاتحاد الآسيوي لكرة القدم), with the words one of
 * which that name must hold (آسيوي, not المصري).
 */
const CONTINENTAL = ['الاسيوي', 'الاسيويه', 'الافريقي', 'الافريقيه', 'الاوروبي', 'الاوروبيه', 'الاوربي'];
const WORLDWIDE = ['الامم', 'الدولي', 'الدوليه', 'العالمي', 'العالميه'];
const EPITHETS = new Map<string, ReadonlySet<string>>([
  ['القاري', new Set(CONTINENTAL)],
  ['القاريه', new Set(CONTINENTAL)],
  ['الاممي', new Set(WORLDWIDE)],
  ['الامميه', new Set(WORLDWIDE)],
]);

/** Bodies whose own office a title's kin form may still be (المدير الفني لنادي …, لفريق …, للمنتخب …). */
const SPORTING_BODIES = new Set(['نادي', 'فريق', 'منتخب', 'اتحاد']);

/** Adjectives of a post's former holder, folded (رئيس النادي السابق, الأسبق): another than the one who holds it. */
const FORMER_HOLDER = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه']);
/** What may follow المنتخب in the title of the coach الناخب الوطني calls back, folded. */
const SELECTOR_TEAM_WORDS = new Set(['الوطني', 'الاول', 'لكره']);
/** Adjectives of a post's present holder, folded (رئيس النادي الجديد, الحالي, المنتخب): the one just given it. */
const PRESENT_HOLDER = new Set(['الجديد', 'الجديده', 'الحالي', 'الحاليه', 'المنتخب', 'المنتخبه']);

/**
 * The forms a folded word of a post or its complement is compared by: as written, and without its و, its
 * article, its ل or لل (نادي ~ النادي, الكره ~ لكره, فريق ~ للفريق); none shorter than three letters but the word itself.
 */
function postForms(word: string): string[] {
  const forms = new Set<string>([word]);
  for (const stem of [word, word.replace(/^و/u, '')])
    for (const prefix of ['', 'ال', 'لل', 'ل']) {
      const form = stem.startsWith(prefix) ? stem.slice(prefix.length) : '';
      if (form.length >= 3) forms.add(form);
    }
  return [...forms];
}

/**
 * The word after a kin form of a title names, with ل, a body that is no sporting side (المدير الفني
 * لشركة …, للمستشفى …): the office is that body's, not the one the head alone stands for (المدرب).
 */
function ofOtherBody(word: string | undefined): boolean {
  if (word === undefined || !word.startsWith('ل')) return false;
  const body = word.startsWith('لل') ? word.slice(2) : word.slice(1);
  return ORGANISATION_SET.has(body) && !SPORTING_BODIES.has(body);
}

/**
 * Heads of a country's own offices (رئيس, ملك, وزير, سفير), folded and bare: with a nationality they name
 * that office (الرئيس الأوكراني), never another person of that nationality (describedHolder).
 */
const COUNTRY_OFFICES = new Set([
  'رئيس',
  'رئيسه',
  'ملك',
  'امير',
  'وزير',
  'وزيره',
  'سفير',
  'سفيره',
  'مستشار',
  'مستشاره',
]);

/** Heads of unnamed officials and sources (folded, bare) that a nationality never ties to a named person. */
const ANONYMOUS_HEADS = new Set(['مسؤول', 'مسؤوله', 'مصدر', 'مصادر', 'مسؤولون', 'مسؤولين']);

/** Heads of state (folded, bare): a description by post and nationality never calls one back. */
const STATE_HEADS_OF = new Set(['رئيس', 'رئيسه', 'ملك', 'ملكه', 'امير', 'اميره']);

/** Heads whose definite form alone names another office than their construct (الرئيس ≠ رئيس الوزراء). */
const PRESIDING_HEADS = new Set(['رئيس']);

/**
 * The last word of a title, bare, past the rank words that may follow it (… العميد الركن, … الفريق أول:
 * العميد, الفريق), two at most.
 */
function rankHead(words: readonly string[]): string {
  let k = words.length - 1;
  while (k > 0 && k >= words.length - 2 && RANK_SET.has(words[k] as string)) k--;
  return bare(words[k] ?? '');
}

/** Royal titles and ranks that stand right before a name at the end of a longer title, folded and bare. */
const TITLES_BEFORE_NAME = new Set(['ملك', 'امير', 'عقيد', 'مقدم', 'رائد', 'عميد', 'لواء', 'نقيب', 'ملازم']);

/**
 * The body a title's head heads, both folded and bare: a minister a ministry (وزير الخارجية → وزارة
 * الخارجية), an ambassador an embassy, a governor a governorate.
 */
const BODY_OF_AGENT: ReadonlyMap<string, string> = new Map([
  ['وزير', 'وزاره'],
  ['وزيره', 'وزاره'],
  ['سفير', 'سفاره'],
  ['سفيره', 'سفاره'],
  ['قنصل', 'قنصليه'],
  ['محافظ', 'محافظه'],
  ['نقيب', 'نقابه'],
]);

/** The bare head of the body a title's folded head (without the article) heads, if any (وزير → وزاره). */
export function bodyOfAgent(head: string): string | undefined {
  return BODY_OF_AGENT.get(head);
}

/** How many entities a name word may be shared by and still be looked through by `findByName`. */
const MAX_NAME_CANDIDATES = 256;

/** How many of the entities sharing a title head a look-up compares, the most recently named. */
const MAX_TITLE_CANDIDATES = 256;

/** Broken plurals that head groups of people (folded): خبراء, مصادر, رؤساء, قادة, زعماء, شهود, سكان. */
const BROKEN_PLURAL_HEADS = new Set([
  'خبراء',
  'مصادر',
  'رؤساء',
  'قاده',
  'زعماء',
  'شهود',
  'سكان',
  'نشطاء',
  'اشخاص',
]);

/** A head in the sound masculine plural (مسؤولون, محللين) or a broken plural of people. */
function isPluralHead(head: string): boolean {
  return BROKEN_PLURAL_HEADS.has(head) || (head.length > 4 && (head.endsWith('ون') || head.endsWith('ين')));
}

/** How many hamza-bearing letters a spelling writes (أ إ آ ؤ ئ ء), where web text often drops them. */
function hamzas(text: string): number {
  let count = 0;
  for (const ch of text) if ('أإآؤئء'.includes(ch)) count++;
  return count;
}

/** Heads that end like feminines but address or name men as often: عمدة (mayor), فخامة (Excellency). */
const COMMON_GENDER_HEADS = new Set(['عمده', 'فخامه']);

/** A title's grammatical gender, from its folded head: رئيسه, الوزيره, المتحدثه are feminine. */
function titleAgreement(head: string): Agreement | null {
  if (COMMON_GENDER_HEADS.has(head)) return null;
  return head.endsWith('ه') ? 'f' : 'm';
}

/** Letters that differ from another only by their dots, to the letter the pair is written with bare. */
const DOTLESS: Readonly<Record<string, string>> = {
  ب: 'ى',
  ت: 'ى',
  ث: 'ى',
  ن: 'ى',
  ي: 'ى',
  ج: 'ح',
  خ: 'ح',
  ذ: 'د',
  ز: 'ر',
  ش: 'س',
  ض: 'ص',
  ظ: 'ط',
  غ: 'ع',
  ق: 'ف',
};

/** A folded name with every compound of عبد joined (عبد الله → عبدالله), its words joined by spaces. */
function joinAbd(words: readonly string[]): string {
  return words.join(' ').replace(/(^| )عبد (?=\S)/gu, '$1عبد');
}

/** How many words a name has, a compound of عبد counted once however written (عبد الله, عبدالله). */
function nameSize(words: readonly string[]): number {
  let size = words.length;
  for (let i = 0; i < words.length - 1; i++) if (words[i] === 'عبد') size--;
  return size;
}

/**
 * A folded name with its compounds of عبد written the other way (عبد الله ↔ عبدالله, عبد الرحمن ↔
 * عبدالرحمن), as copy writes them either way within one article; null when it has none.
 */
function respellAbd(words: readonly string[]): string[] | null {
  const out: string[] = [];
  let changed = false;
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const next = words[i + 1];
    if (word === 'عبد' && next !== undefined) {
      out.push(word + next);
      i++;
      changed = true;
    } else if (word.startsWith('عبد') && word.length >= 6) {
      out.push('عبد', word.slice(3));
      changed = true;
    } else out.push(word);
  }
  return changed ? out : null;
}

/** A folded name's letters without their dots, words joined by a space: ضرغام الزيدي → ضرعام الرىدى. */
function skeletonKey(words: readonly string[]): string {
  let out = '';
  for (const word of words) {
    if (out) out += ' ';
    for (const ch of word) out += DOTLESS[ch] ?? ch;
  }
  return out;
}

/** Adds `entity` to the list of `key`, once. */
function index(map: Map<string, Set<Entity>>, key: string, entity: Entity): void {
  const entities = map.get(key);
  if (entities) entities.add(entity);
  else map.set(key, new Set([entity]));
}
