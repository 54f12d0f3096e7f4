import type { Token } from '../scan/tokenize.js';
import { fold, isIgnorable } from '../text/normalize.js';
import {
  ABBREVIATED_TITLE_SET,
  ACTIVITY_GENITIVE_SET,
  ADDRESSEE_SET,
  AGE_NOUN_SET,
  ANNA_SYLLABLE_SET,
  APPOSED_TRADE_SET,
  ARABIC_GIVEN_NAME_SET,
  AUDIENCE_SET,
  BODY_DIVISION_SET,
  BODY_MEMBER_PLURAL_SET,
  BODY_PART_HEAD_SET,
  BODY_PARTICIPLE_SET,
  BODY_PLACE_HEAD_SET,
  BODY_PLURAL_SET,
  BODY_VERBAL_NOUN_MAP,
  BUSINESS_OWNER_SET,
  CLOSENESS_SET,
  COMPLEMENT_NOUN_SET,
  COMPLEMENTISER_SET,
  COMPOUND_END_SET,
  COMPOUND_NAME_HEAD_END_SET,
  COMPOUND_NAME_STOP_HEAD_SET,
  COUNTERPART_SET,
  DESCRIPTION_PLACE_SET,
  DISCLOSING_NOUN_SET,
  DOCUMENT_QUALIFIER_SET,
  DOCUMENT_SET,
  DOMAIN_SUFFIX_SET,
  DUAL_SET,
  EVENT_NOUN_SET,
  FAEEL_ADVERB_SET,
  FIRM_ROLE_SET,
  FOREIGN_FIRM_LIST,
  FOREIGN_NISBA_SET,
  FOREIGN_SYLLABLE_SET,
  GATHERING_SET,
  GENITIVE_NOUN_SET,
  GIVEN_NAME_SET,
  GIVEN_NAME_WORD_SET,
  GROUP_SOURCE_SET,
  HEADED_WORK_SET,
  HEARD_WORK_SET,
  HONORIFIC_SET,
  HONORIFIC_WITH_PRONOUN,
  hasArticle,
  isBodyHeadWord,
  isCueWithObjectPronoun,
  isGivenName,
  isNisba,
  KIN_SET,
  KIND_NAMING_SET,
  LINEAGE_SET,
  lookupCollided,
  lookupCue,
  MAX_PLACE_WORDS,
  MEDIA_NAME_LIST,
  MEDIA_SET,
  MEETING_REPORTER_SET,
  MEMBER_SET,
  MEMBERS_GROUP_SET,
  MISSION_HEAD_SET,
  MONTH_SET,
  NAME_JOINER_SET,
  NAMING_SET,
  NUMBER_WORD_SET,
  OBJECT_BEFORE_COMPLEMENT_MAP,
  OBJECT_NOUN_SET,
  OBJECT_VERBAL_NOUN_SET,
  OCCASION_SET,
  OFFICE_HEAD_SET,
  ONE_OF_FORM_SET,
  ONE_OF_SET,
  ORGANISATION_SET,
  ORIGIN_HALF_SET,
  ORIGIN_NISBA_SET,
  PART_OF_DAY_QUALIFIER_SET,
  PARTICIPLE_TITLE_SET,
  PATRONYM_SET,
  PEOPLE_IN_CONSTRUCT_SET,
  PEOPLE_PLURAL_SET,
  PEOPLE_SERVING_SET,
  PLACE_ADVERB_SET,
  PLACE_GOVERNOR_SET,
  PLACE_HEAD_SET,
  PLACE_SET,
  PLACE_SUBJECT_SET,
  PRONOUN_END,
  PRONOUN_ENDINGS,
  PRONOUN_STEM,
  pronounPattern,
  QUALIFIED_TIME_NOUN_SET,
  QUANTITY_SET,
  RANK_SET,
  REGION_NISBA_SET,
  REPORTER_TOLD_SET,
  RETIRED_SET,
  RIVAL_SET,
  SAYING_SET,
  SEATED_BODY_SET,
  SOURCE_ACCESS_VERB_SET,
  SPOKEN_WHERE_SET,
  STANCE_NOUN_SET,
  STANCE_OBJECT_NOUN_SET,
  STOP_SET,
  stripToSet,
  TIME_PHRASE_HEAD_SET,
  TIME_QUALIFIER_SET,
  TIME_SET,
  TITLE_IN_NAME_GENITIVE_SET,
  TITLE_IN_NAME_SET,
  TITLE_SET,
  TOPIC_NOUN_SET,
  TURN_SET,
  UNNAMED_SOURCE_SET,
  WITHHELD_NOUN_SET,
  WITHHOLDING_VERB_SET,
  WOMAN_NAME_WORD_SET,
} from './lexicon.js';

/** A noun phrase that names who speaks: a title part and a name part, as token index ranges. */
export interface Subject {
  /** Token indices of the words, first and last (inclusive). */
  first: number;
  last: number;
  /** Indices of the words of the title part (`الرئيس الروسي`), possibly empty. */
  title: number[];
  /** Indices of the words of the name part (`فلاديمير سوكولوف`), possibly empty. */
  name: number[];
  /** The phrase names a body (ministry, agency, party) rather than a person. */
  organisation: boolean;
  /**
   * The phrase ends at punctuation, a quote mark or a complementiser, so no object words can have
   * run into it (`نفى سوكولوف وجود قنوات` is open: `وجود قنوات` is the object, not the name).
   */
  closed: boolean;
  /** The first word carries a conjunction that is not part of the phrase (والمتحدث … يقول). */
  conjunction?: boolean;
  /**
   * The name was ended where the verb's object begins by the object's or the name's own shape
   * (objectInName): it is whole, and no later reading takes its last words for the object.
   */
  whole?: boolean;
}

const MAX_SUBJECT_WORDS = 10;
/** The cap once a title's complement was read in: a name is known to close the phrase. */
const MAX_TITLED_WORDS = 16;
/** The cap when a title's head in construct opens the phrase (نائب رئيس مجلس إدارة غرفة …). */
const MAX_CONSTRUCT_TITLED_WORDS = 13;
/** Prepositions that open a title's complement before the name (titleComplement). */
const COMPLEMENT_PREPOSITIONS = new Set(['في', 'عن', 'على', 'لدى', 'لدي']);
/**
 * Definite participles of overseeing whose preposition's noun is what they oversee (المشرف على, المسؤول عن,
 * القائم على), folded, both genders: never a person's title after them.
 */
const SUPERVISING_PARTICIPLES = new Set([
  ...['المشرف', 'المشرفه', 'المسؤول', 'المسؤوله', 'القائم', 'القائمه'],
  ...['المسئول', 'المسئوله'],
]);
/** إلى, folded: a delegation's or an envoy's destination (رئيس وفد الحكومة إلى المفاوضات فلان), a complement only before a given name; what a cause is put down to opens with it (causeBeforeToward in attribute.ts). */
export const TOWARD = new Set(['الى', 'الي']);
/** Prepositions that bring in, after a title's field, the body it serves or deals with, folded (في, لدى, مع). */
const BODY_AFTER_FIELD = new Set(['في', 'لدى', 'لدي', 'مع']);
/** The most words a title's complement may have, and a name after it. */
const MAX_COMPLEMENT_WORDS = 7;
const MAX_NAME_WORDS = 4;
/** A definite adjective of the فعيل pattern, folded (الحنيف, الكريم, العظيم). */
const DEFINITE_FAEEL = /^ال[^اوي\s]{2}ي[^اوي\s]$/u;
/**
 * The party of a Western holder, as the wires write it right after his title and before his name
 * (السيناتور الجمهوري فلان, النائبة الديمقراطية فلانة, الوزير العمالي فلان), folded: a closed set of
 * party labels that, like a foreign nationality, say the name after them is transliterated, so its plain
 * words end at the first definite one (هاجم السيناتور الجمهوري فلان الخطة: the plan is the object).
 */
const HOLDERS_PARTY_SET = new Set(
  ['الجمهوري', 'الديمقراطي', 'العمالي', 'الليبرالي'].flatMap((party) => [party, `${party}ه`]),
);

/**
 * The word at `at`, after the title's words `title`, is a foreign nationality of the title's holder:
 * of the head's gender (مدرب … البرازيلي, وزيرة … الألمانية), in no field or seat of the title (الباحث
 * في الشؤون الإيرانية فلان: the affairs are Iranian, not the man).
 */
function isHoldersNationality(tokens: readonly Token[], title: readonly number[], at: number): boolean {
  const nisba = (tokens[at] as Token).norm;
  const head = (tokens[title[0] ?? -1] as Token | undefined)?.norm ?? '';
  return (
    (FOREIGN_NISBA_SET.has(nisba) ||
      // …a party's label before a name that no Arab given name opens (النائب الديمقراطي أحمد العلي is
      // an Arab's, his family name with the article)
      (HOLDERS_PARTY_SET.has(nisba) && !ARABIC_GIVEN_NAME_SET.has(tokens[at + 1]?.norm ?? ''))) &&
    nisba.endsWith('ه') === head.endsWith('ه') &&
    !title.some((k) => k < at && COMPLEMENT_PREPOSITIONS.has((tokens[k] as Token).norm))
  );
}

/**
 * A word that cannot go on a foreign name after its first word: a definite one (not the second half of
 * a compound, زين الدين, nor the word after a joiner) or a noun written with ة, which transliterated
 * names spell with ا (ماريا, سيلفا).
 */
function isForeignNameEnd(tokens: readonly Token[], at: number, text: string): boolean {
  const token = tokens[at] as Token;
  if (NAME_JOINER_SET.has(tokens[at - 1]?.norm ?? '')) return false;
  // …not a family name written with a hamza on its alef (غوستافو ألفارو, إيزابيل أليندي): the article is
  // never written so, and a transliterated name keeps the hamza of its vowel.
  if (isHamzaAlWord(token, text)) return false;
  if (isSyllableLikeArticle(tokens, at)) return false;
  // …and a country or a city, which is where he went or what he named (زارت فلانة برلين الشرقية).
  if (PLACE_SET.has(token.norm) && !isGivenName(token.norm)) return true;
  if (hasArticle(token.norm)) return !COMPOUND_END_SET.has(token.norm);
  // …a given name in ة that is no common word (عائشة, خديجة) goes on a Malay or an Indonesian name.
  if (GIVEN_NAME_SET.has(token.norm) && !GIVEN_NAME_WORD_SET.has(token.norm)) return false;
  return /ة[\u064B-\u0652]*$/u.test(text.slice(token.from, token.to));
}

/** A name's syllable spelled as ف, ب or ك with the article (فالتر, بالتازار, كالديرون). */
const CLITIC_ARTICLE = /^[فبك]ال/u;

/**
 * A middle word of a foreign name spelled like ف, ب or ك and the article (يورغن فالتر هوفمان), when a
 * plain word follows it and the words are given right after that (a colon, a quote, إن, a comma, a
 * preposition of where he spoke, or whom he told): a clitic noun there (بالقرار) would have no name after it.
 */
export function isSyllableLikeArticle(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!CLITIC_ARTICLE.test((tokens[at] as Token).norm) || next?.type !== 'word') return false;
  if (hasArticle(next.norm) || isStopWord(next.norm) || COMPLEMENTISER_SET.has(next.norm)) return false;
  if (NAME_JOINER_SET.has(next.norm) || isTitleHead(next.norm)) return false;
  const after = tokens[at + 2];
  return (
    isSpeechOpener(tokens, at + 2) ||
    isComma(after) ||
    (after?.type === 'word' &&
      (COMPLEMENT_PREPOSITIONS.has(after.norm) ||
        // …or whom he told: the hearers or a paper or a channel after ل (لصحيفة «بيلد», للصحفيين)
        isHearerAfterLam(tokens, at + 2, []) ||
        (after.norm.startsWith('ل') && NEWS_HEADS.has(after.norm.slice(1)))))
  );
}
/**
 * The token at `at` opens what was said, so nothing before it is the verb's object: a colon, a quote
 * mark, a complementiser (إن, أن), an outlet or an addressee after ل (لرويترز, للصحفيين).
 */
function isSpeechOpener(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined) return false;
  if (token.type === 'mark') return true;
  if (token.type === 'punct') return token.norm === ':';
  if (token.type !== 'word') return false;
  return (
    COMPLEMENTISER_SET.has(token.norm) ||
    isOutletAfterLam(tokens, at) ||
    (token.norm.startsWith('ل') && stripToSet(token.norm, ADDRESSEE_SET) !== undefined)
  );
}
/** بخصوص ("regarding"), folded: after a name, what the words were about. */
const ABOUT = 'بخصوص';

/** بن and ابن between a first name and the father's: a word before them is a first name. */
const SON_OF = new Set(['بن', 'ابن', 'بنت']);
const NO_QUOTES: ReadonlyMap<number, number> = new Map();

/**
 * The word at `at` opens a person's name by its given name (given-names.ts): a given name of its own,
 * or one that is also a common word (هيا, مالك, باسم) or has the article (الطاهر) only in a name's
 * context: before بن or بنت, a joiner (آل, أبو, عبد), another given name or a family name shaped as a
 * nisba (هيا بنت محمد, الطاهر إبراهيم, مالك العتيبي). Evidence of where a name begins, not of a speaker.
 */
export function opensGivenName(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.type !== 'word') return false;
  // الطالبة بيان الحربي, المعلمة صباح: a woman's name that is a masculine noun, after her title.
  if (isWomansNameWord(tokens, at, tokens[at - 1]?.norm ?? '')) return true;
  const norm = token.norm;
  const plain = GIVEN_NAME_SET.has(norm) && !GIVEN_NAME_WORD_SET.has(norm);
  if (!plain && !GIVEN_NAME_WORD_SET.has(norm)) return false;
  const next = tokens[at + 1];
  const after = next?.type === 'word' ? next.norm : '';
  if (SON_OF.has(after)) return true;
  if (plain) return true;
  return (
    NAME_JOINER_SET.has(after) ||
    (GIVEN_NAME_SET.has(after) && !GIVEN_NAME_WORD_SET.has(after)) ||
    (isNisba(after) && !FOREIGN_NISBA_SET.has(after) && !TITLE_SET.has(after))
  );
}
/**
 * ل and a body after a title, then a given name before what was said (المفوض العام لوكالة الأونروا
 * بيير كرينبول إن, المدير الإقليمي لوكالة الفضاء الأوروبية فلان): the body is the title's genitive,
 * not whom the words were told, who would stand after the name (قال المدير فلان لوكالة …). Bounded:
 * the body's six words after ل.
 */
function isGenitiveBeforeName(tokens: readonly Token[], at: number): boolean {
  if (!/^ل[^ل]/u.test(tokens[at]?.norm ?? '')) return false;
  for (let j = at + 1; j <= at + 6; j++) {
    const token = tokens[j];
    if (token?.type !== 'word' || COMPLEMENTISER_SET.has(token.norm) || isPrepositional(token.norm))
      return false;
    if (opensGivenName(tokens, j)) return true;
  }
  return false;
}
/** قائمة, folded: an electoral list, a body when it opens a subject with its quoted name after it. */
const LIST_HEAD_SET = new Set([fold('قائمة')]);
/** The most words of a body's short quoted name read as a verb's subject (وقالت «رويترز» إن). */
const MAX_QUOTED_SUBJECT_WORDS = 3;
/** What closes a verb's subject given by its quoted name: what was said, or whom it was taken from. */
const AFTER_QUOTED_SUBJECT = new Set(['عن', 'في', 'على']);

/**
 * The closing mark of a short quoted name right at `from` that is the verb's subject (وقالت «رويترز»
 * إن, وأفادت «واس» بأن, ونقلت «رويترز» عن مسؤول, وقالت «الحياة» في عددها), or -1: one to three words in
 * the marks, then a complementiser, a colon, عن, في or على.
 */
function quotedSubjectEnd(
  tokens: readonly Token[],
  from: number,
  quotes: ReadonlyMap<number, number>,
): number {
  if (tokens[from]?.type !== 'mark') return -1;
  const close = quotes.get(from);
  if (close === undefined || close - from < 2 || close - from > MAX_QUOTED_SUBJECT_WORDS + 1) return -1;
  for (let k = from + 1; k < close; k++) if (tokens[k]?.type !== 'word') return -1;
  // …not a person's nickname that is a title or a rank (وأضاف «الجنرال»): whose it is, the text said before.
  const first = (tokens[from + 1] as Token).norm;
  if (stripToSet(first, TITLE_SET) !== undefined || RANK_SET.has(first) || HONORIFIC_SET.has(first))
    return -1;
  const after = tokens[close + 1];
  if (after === undefined) return -1;
  if (after.type === 'punct') return after.norm === ':' ? close : -1;
  if (after.type !== 'word') return -1;
  const norm = after.norm;
  return COMPLEMENTISER_SET.has(norm) || AFTER_QUOTED_SUBJECT.has(norm) || /^ب[اأ]ن/u.test(norm) ? close : -1;
}

/**
 * A person's full name in marks at `open` right after the title or role that describes the person
 * (الرئيس الأمريكي "دونالد ترامب", المتهم "بيتر جرين", رئيس الاستخبارات التركية "هاكان فيدان"), as some
 * desks write every name: the closing mark, or -1. Two to four plain words that open with a given name
 * (or a foreign name's, its surname a verb of saying's subject elsewhere), none of them a function word, a verb of saying, a title or a word with the article but the last (a
 * family name: "محمد العمري"); the word before the marks a title's head, an honorific or a definite
 * adjective of origin or field (الأمريكي, الإعلامي).
 */
export function titledPersonNameEnd(
  tokens: readonly Token[],
  open: number,
  close: number,
  /** In brackets after a phrase read as a title (المتحدث باسم الحكومة (فلان)): any word before. */
  bracketed = false,
): number {
  if (close < 0 || close - open < 3 || close - open > 5) return -1;
  // …the sentence going on after it (a word, or a comma and an aside): a quote that ends it after a title
  // is what was said (وقال المدرب «سعيد بأداء اللاعبين».)
  const after = tokens[close + 1];
  if (after === undefined || (after.type !== 'word' && !isComma(after))) return -1;
  for (let k = open + 1; k < close; k++) {
    const word = tokens[k] as Token;
    if (word.type !== 'word') return -1;
    // (no word of a name opens with و but a given name: «كريم وشجاع» are two adjectives)
    if (k > open + 1 && word.norm.startsWith('و') && !isGivenName(word.norm)) return -1;
    if (
      (hasArticle(word.norm) && k < close - 1) ||
      isStopWord(word.norm) ||
      COMPLEMENTISER_SET.has(word.norm) ||
      lookupCue(word.norm) !== undefined ||
      TITLE_SET.has(word.norm)
    )
      return -1;
  }
  // …a given name first, or a foreign name the lexicon lacks: no word with the article, its last word
  // the subject of a verb of saying elsewhere (“رامون دياز” … وقال دياز)
  const last = (tokens[close - 1] as Token).norm;
  let plain = true;
  for (let k = open + 1; k < close; k++) if (hasArticle((tokens[k] as Token).norm)) plain = false;
  const recurs = plain && isSpeakerWord(tokens, last);
  if (!isGivenName((tokens[open + 1] as Token).norm) && !recurs) return -1;
  const before = tokens[open - 1];
  if (before?.type !== 'word') return -1;
  if (bracketed) return close;
  // (a definite word only as a title's or a role's adjective of origin or field, الأمريكي, الإعلامي,
  // التركية, or when the name's last word speaks elsewhere (لكرة القدم “فلان علان” … وقال علان): after
  // any other the quote may be a nominal sentence's predicate, المدارس «آمنة تماما»)
  const titled =
    (hasArticle(before.norm) && (isNisba(before.norm) || recurs) && lookupCue(before.norm) === undefined) ||
    isTitleHead(before.norm) ||
    HONORIFIC_SET.has(before.norm);
  return titled ? close : -1;
}

/**
 * Words that go on a title without being a name: الفريق أول, الأمين العام, رئيس الوزراء السابق; باسم with
 * the body's pronoun too (وقال المتحدث باسمها فلان: its spokesman).
 */
const TITLE_CONTINUATIONS = new Set([
  ...RANK_SET,
  ...['باسم', 'باسمه', 'باسمها', 'باسمهم', 'باسمهما'],
  ...['عام', 'سابق', 'الاسبق', 'الاعلى', 'اعلى'],
]);
/**
 * A document or a speech with a possessive pronoun (تقريرها, بيانه, كلمته, مقابلتها): where a body
 * or a person said it (في تقريرها الأسبوعي), not a place after a body's name.
 */
export function isOwnDocument(norm: string): boolean {
  const match = TWO_LETTER_PRONOUN_STEM.exec(norm);
  if (!match) return false;
  const stem = (match[1] as string).replace(/ت$/u, 'ه');
  return DOCUMENT_SET.has(stem) || SAYING_SET.has(stem) || OWN_SPEECH_NOUNS.has(stem);
}

/** Occasions of speech that take the speaker's pronoun (في كلمته, في حديثها, في مقابلته). */
const OWN_SPEECH_NOUNS = new Set(['كلمه', 'حديث', 'مقابله', 'خطاب', 'خطبه', 'تقرير', 'دراسه']);

/** Words that open a town's name of two words (أبو عريش, خميس مشيط, رأس تنورة, بني مال), folded. */
const PLACE_JOINERS = new Set([
  'ابو',
  'ام',
  'بني',
  'راس',
  'عين',
  'خميس',
  'وادي',
  'حفر',
  'كفر',
  'دير',
  'بيت',
  'تل',
]);

/** Heads of a state or province whose name follows (ولاية بافاريا, إقليم كردستان), folded. */
const STATE_HEADS = new Set(['ولايه', 'مقاطعه', 'اقليم', 'اماره', 'محافظه']);

/** ب, with or without و, written on a word (وبمحافظة, بمنطقة). */
const BA_PREFIX = /^و?ب/u;

/** ب glued to a place's head (بمنطقة, بمحافظة): where a title's holder serves, never a name. */
export function isPlaceHeadAfterBa(norm: string): boolean {
  return BA_PREFIX.test(norm) && PLACE_HEAD_SET.has(norm.replace(BA_PREFIX, ''));
}

/** "Assistant", also a first name (مساعد), heading a title in construct: مساعد رئيس مجلس الشورى. */
const ASSISTANT = new Set(['مساعد', 'مساعده']);

/**
 * مساعد before a title in construct (مساعد رئيس, مساعدة مدير, مساعد المدرب): the title's head, not a
 * name; an honorific after it (مساعد الدكتور) is left alone.
 */
function isAssistantBeforeTitle(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  return (
    ASSISTANT.has((tokens[at] as Token).norm) &&
    next?.type === 'word' &&
    TITLE_SET.has(next.norm) &&
    !HONORIFIC_SET.has(next.norm)
  );
}

/** A number written in digits, Western or Arabic-Indic (42, ٤٢, 2.1). */
function isNumber(norm: string | undefined): boolean {
  return norm !== undefined && /^[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(norm);
}

/**
 * Where a time phrase that opens at `at` ends (the token after it), or `at` when none opens there: a time
 * word and its qualifier (أمس, الأسبوع الماضي, العام الجاري), يوم and its day (يوم الأحد, يوم أمس), the
 * head of a span before one (مطلع العام الجاري, نهاية الشهر), or في and a month with a day's number
 * before it or a qualifier or a year after it (في فبراير الماضي, في 12 مارس الجاري, في مارس 2015).
 */
export function timePhraseEnd(tokens: readonly Token[], at: number): number {
  const word = (k: number) => (tokens[k]?.type === 'word' ? (tokens[k] as Token).norm : '');
  if (word(at) === 'في') {
    const day = isNumber(word(at + 1));
    const month = at + (day ? 2 : 1);
    if (!MONTH_SET.has(word(month))) return at;
    const next = word(month + 1);
    if (TIME_QUALIFIER_SET.has(next) || isNumber(next)) return month + 2;
    return day ? month + 1 : at;
  }
  let k = at;
  if (TIME_PHRASE_HEAD_SET.has(word(k)) || word(k) === 'يوم') k++;
  const time = word(k);
  if (k > at && isNumber(time)) return k + 1;
  if (!TIME_SET.has(time) && !QUALIFIED_TIME_NOUN_SET.has(time)) return at;
  // (a span's noun alone, العام, is a title's adjective: الأمين العام; only its qualifier makes it a time)
  const qualified = TIME_QUALIFIER_SET.has(word(k + 1));
  if (!TIME_SET.has(time) && !qualified && k === at) return at;
  return k + (qualified ? 2 : 1);
}

/** The most time phrases read one after the other (مساء أمس الثلاثاء). */
const MAX_TIME_PHRASES = 3;

/** The token after the time phrases that follow one another from `at` (مساء أمس), or `at` when none opens there. */
export function afterTimePhrases(tokens: readonly Token[], at: number): number {
  let k = at;
  for (let n = 0; n < MAX_TIME_PHRASES; n++) {
    const end = timePhraseEnd(tokens, k);
    if (end === k) break;
    k = end;
  }
  return k;
}

/**
 * A time phrase opens at `at` with في, يوم or the head of a span (في فبراير الماضي, يوم الأحد, مطلع العام
 * الجاري): one no name or title holds, unlike a bare time word that may be a name's (صباح, الجمعة).
 */
export function opensTimePhrase(tokens: readonly Token[], at: number): boolean {
  const norm = tokens[at]?.norm ?? '';
  return (
    (norm === 'في' || norm === 'يوم' || TIME_PHRASE_HEAD_SET.has(norm)) && timePhraseEnd(tokens, at) > at
  );
}

/** Verbal nouns with a pronoun that call the words the source's own: عن فلان قوله إن, folded. */
export const SAYING_NOUN_SET = new Set(['قوله', 'قولها', 'قولهم', 'تاكيده', 'تاكيدها', 'تصريحه', 'تصريحها']);

/** Forms of address (معالي, سمو, فخامة …): they take a title or a name, and govern no noun of a title. */
export const ADDRESS_SET = new Set(['سمو', 'فخامه', 'معالي', 'سعاده', 'جلاله', 'سياده', 'سماحه']);

/** آخر, أخرى after a description (صاحب محل آخر): the adjective 'another', folded; no name. */
const OTHER = new Set(['اخر', 'اخرى', 'اخري']);

/** يدعى and its forms (with ى and with ي, masculine and feminine): 'he is called'. */
const CALLING_FORMS = ['يدعى', 'تدعى', 'يدعي', 'تدعي'];
/** Verbs that give a described person's name without a comma: سيدة خمسينية تدعى فلانة. */
export const CALLED = new Set([...CALLING_FORMS, 'يسمى', 'تسمى', 'يسمي', 'تسمي']);
/** The most plain words between such a preposition and يدعى. */
const MAX_PLACE_BEFORE_CALLED = 4;

/** The index of يدعى (CALLED) among the next few plain words from `from`, or -1. */
function calledAfter(tokens: readonly Token[], from: number): number {
  for (let k = from; k <= from + MAX_PLACE_BEFORE_CALLED; k++) {
    const token = tokens[k];
    if (token?.type !== 'word') return -1;
    if (CALLED.has(token.norm)) return k > from ? k : -1;
    if (STOP_SET.has(token.norm) || lookupCue(token.norm) !== undefined) return -1;
  }
  return -1;
}

/**
 * A past form of a cue with no proclitic right after a finite verb of saying or a preposition (وقال طالب جامعي, وقالت
 * طالبة في الصف, طالبة the participle of طلب): two finite verbs do not stand in a row, so the second is a noun that spells the same
 * (طالب, student), the first verb's subject.
 */
export function isNounAfterVerb(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const verb = tokens[at - 1];
  if (word?.type !== 'word' || verb?.type !== 'word') return false;
  const cue = lookupCue(word.norm);
  if (cue === undefined || cue.clitic !== '' || STOP_SET.has(word.norm)) return false;
  // …or a participle of the bare verb with no ا of the accusative (وقالت طالبة, a student): a participle
  // of manner after قال is accusative or in م (قال ساخرا, قالت مؤكدة), never a plain noun.
  const bareParticiple = cue.tense === 'participle' && !word.norm.startsWith('م') && !word.norm.endsWith('ا');
  if (cue.tense !== 'past' && !bareParticiple) return false;
  // …or right after a preposition (نقلت الوكالة عن طالبة الحقوق فلانة): no verb stands there; nor,
  // for a role noun's shape (طالبة), after a bare أنّ that no word of time governs (ذكرت الصحيفة أن
  // طالبة الحقوق فلانة قالت; not بعد أن طالب …, a verb after أنْ).
  if (PREPOSITIONS_BEFORE_NOUNS.has(verb.norm)) return true;
  // …or after a noun that governs a verbal noun in construct, or the passive's auxiliary (قرار نقل
  // المباراة, عملية نشر القوات, تم نقل المصابين): the verbal noun that spells the verb (نقل, نشر, طلب).
  // (not a verb with an object pronoun after a noun, a relative clause's verb: خطة كشفها الوزير; after
  // the passive's auxiliary it is the verbal noun all the same: تم نقله)
  if (
    VERBAL_NOUN_GOVERNORS.has(verb.norm) &&
    cue.tense === 'past' &&
    (PASSIVE_AUXILIARIES.has(verb.norm) || !/(?:ه|ها|هم|هما)$/u.test(word.norm))
  )
    return true;
  if (
    BARE_THAT.has(verb.norm) &&
    ROLE_SHAPE.test(word.norm) &&
    !AN_VERB_GOVERNORS.has(tokens[at - 2]?.norm ?? '')
  )
    return true;
  const before = lookupCue(verb.norm);
  return before !== undefined && before.cls === 'say' && before.tense !== 'participle';
}

/** The passive's auxiliary, folded (تم نقل المصابين, تم نقله): a verbal noun follows it. */
const PASSIVE_AUXILIARIES = new Set(['تم', 'وتم', 'يتم', 'ويتم', 'سيتم']);
/**
 * Nouns that govern a verbal noun in construct, and the passive's auxiliary, folded (قرار نقل, إعادة
 * نشر, تم نقل): a past form of a cue after them is that verbal noun.
 */
const VERBAL_NOUN_GOVERNORS = new Set([
  ...['قرار', 'قرارات', 'عمليه', 'عمليات', 'خطه', 'طلب', 'اعاده', 'امكانيه', 'ضروره', 'اجراءات'],
  ...PASSIVE_AUXILIARIES,
]);

/** The complementisers إنّ, أنّ, بأنّ with no pronoun, folded: a noun opens the clause after them. */
export const BARE_THAT = new Set(['ان', 'بان']);

/** سبق, as in سبق أن قال, سبق وأن قال, سبق له أن قال: a past verb follows its أن, folded. */
export const PAST_BEFORE_THAT = new Set(['سبق', 'وسبق', 'فسبق']);

/**
 * Words that govern أنْ and a verb, folded: of time (بعد أن طالب, قبل أن, منذ أن, إلى أن), of manner (دون
 * أن), and سبق (وسبق أن طالب: it happened before that he asked).
 */
const AN_VERB_GOVERNORS = new Set([
  ...['بعد', 'قبل', 'منذ', 'الى', 'حتى', 'وبعد', 'وقبل', 'دون', 'بدون'],
  ...PAST_BEFORE_THAT,
]);

/**
 * Prepositions written apart that take a noun, never a finite verb: a cue's form after one is its verbal
 * noun (تصريحات حول نشر قوات, الحديث عن نشر, بشأن إعلان), folded. Not من, also "who".
 */
export const PREPOSITIONS_BEFORE_NOUNS = new Set(['عن', 'حول', 'بشان', 'الى', 'في', 'خلال', 'ضد', 'لدى']);

/**
 * ب with a noun of manner, folded (بشكل مسهب, بصورة مؤقتة, بكل وضوح): it says how, after a name as after a
 * title, and no name holds it.
 */
const MANNER_NOUNS = new Set(['بشكل', 'بصوره', 'بطريقه', 'بنحو', 'بكل']);

/**
 * True when the word at `i`, right after the phrase's words, is an Arabic given name behind the
 * conjunction و (الوزير وحسين عبدالغني, الممثل فلان بن فلان وعبدالله وفلان …), after a title or a word with
 * the article, or after a full name in a list of three or more, the phrase no dual's or plural's: a
 * second person joins there, and the first one's phrase is whole before it.
 */
function opensSecondPerson(tokens: readonly Token[], i: number, words: readonly number[]): boolean {
  const last = words.at(-1);
  const token = tokens[i];
  if (last === undefined || i !== last + 1 || token?.type !== 'word') return false;
  const norm = token.norm;
  if (!norm.startsWith('و') || isGivenName(norm) || NAMES_IN_WAW.has(norm)) return false;
  if (!ARABIC_GIVEN_NAME_SET.has(norm.slice(1))) return false;
  // (not after a dual or a plural head, the pair or the group named in full: الباحثان فلان وفلان)
  const head = (tokens[words[0] as number] as Token).norm;
  if (head.length > 4 && /(?:ان|ين|ون)$/u.test(head)) return false;
  // Right after a title or a definite word (الوزير وحسين), or after a full name that a singular title
  // opened (والممثل فلان بن فلان وعبدالله …, a list of people each with his post); not after a name alone
  // (بسمة وهبة; محمد بن سلمان وعبدالله بن زايد في بيان مشترك: a pair speaking together).
  const previous = (tokens[last] as Token).norm;
  if (isTitleHead(previous) || hasArticle(previous)) return true;
  // (a full name of two words or more after the title, in a list of three or more: a pair speaks together,
  // الفنانة يسرا وهند صبري, الممثل أحمد حلمي ومحمد هنيدي)
  return words.length > 2 && isTitleHead(head) && isGivenName(previous) && thirdPersonAfter(tokens, i);
}

/** True when another given name behind و follows the one at `i` within a name's length (فلان وفلان وفلان). */
function thirdPersonAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k <= i + 4; k++) {
    const token = tokens[k];
    if (token?.type !== 'word') return false;
    if (token.norm.startsWith('و') && !isGivenName(token.norm) && isGivenName(token.norm.slice(1)))
      return true;
  }
  return false;
}

/** Names written with an و of their own that is no conjunction, folded (وهبة, a family name). */
export const NAMES_IN_WAW = new Set(['وهبه', 'وهبي', 'وهيب']);

/**
 * True when the word at `i`, right after the phrase's words, is a noun of speech with a pronoun (كلامه)
 * after a name or a definite title.
 */
function speechAfterName(
  tokens: readonly Token[],
  i: number,
  words: readonly number[],
  text: string,
): boolean {
  const last = words.at(-1);
  const token = tokens[i];
  if (last === undefined || i !== last + 1 || token?.type !== 'word' || !SPEECH_WITH_PRONOUN.test(token.norm))
    return false;
  // (its ه written as a pronoun, not a folded ة: دراسة حديثة is a recent study)
  if (text === '' || text.slice(token.from, token.to).endsWith('ة')) return false;
  const previous = (tokens[last] as Token).norm;
  return hasArticle(previous) || !isTitleHead(previous);
}

/**
 * Words that never open a name, folded: a particle of negation, of what or of emphasis with و or ف (،
 * ولا بطلبه, ، فلم يرد), and ب with a noun of manner (، بشكل كبير, تحدثت فيه بشكل مسهب عن): they go on the
 * clause, after a comma or after a cue.
 */
const NAMELESS_OPENERS = new Set([
  ...['لا', 'لم', 'لن', 'ما', 'قد', 'لو'].flatMap((particle) => [`و${particle}`, `ف${particle}`]),
  ...MANNER_NOUNS,
]);

/**
 * The words that introduce who a description is: ، وهو …, ، وهي …, ، ويدعى …, and يدعى without و right
 * after a comma (أحد الركاب، يدعى فلان، إن).
 */
const IDENTIFYING = new Set([
  'وهو',
  'وهي',
  'هو',
  'هي',
  ...CALLING_FORMS.map((form) => `و${form}`),
  ...CALLING_FORMS,
  'واسمه',
  'واسمها',
]);

/** A pronoun with و that opens a circumstantial clause (ويضيف وهو يبتسم: …): no name starts or goes on there. */
export const CIRCUMSTANTIAL_PRONOUNS = new Set(['وهو', 'وهي', 'وهم', 'وهما', 'وهن']);

/**
 * A name's last word that reads as ف and a verb (نظري فرد: ف + رد, replied): after two words of a
 * name and before a comma or a noun of saying (عن فلان فرد قوله), it is the name's, not a verb.
 */
function isNameEndWithFa(tokens: readonly Token[], at: number, wordsBefore: number): boolean {
  const norm = (tokens[at] as Token).norm;
  if (wordsBefore < 2 || !norm.startsWith('ف') || lookupCue(norm)?.clitic !== 'ف') return false;
  const next = tokens[at + 1];
  return next === undefined || isComma(next) || SAYING_SET.has(next.norm);
}

/**
 * هو as a name's last word (كيم سونغ هو, the Korean given name): the pronoun opens a predicate and is
 * never the last word before a comma, so after two words of a name and before a comma it is the name's.
 * Not after a word with the article (رئيس النادي هو، وزير الخارجية هو،: a title), nor before a
 * turn marker after the comma (هو، بدوره، هو، من جهته،): the pronoun stressing the subject.
 */
function isNameEndWithHuwa(tokens: readonly Token[], at: number, wordsBefore: number): boolean {
  if (wordsBefore < 2 || (tokens[at] as Token).norm !== 'هو' || !isComma(tokens[at + 1])) return false;
  const before = tokens[at - 1];
  // بدوره, من جهته: a turn marker, after من at most; a place of speaking is the name's (ليو تشن هو، في حوار).
  const aside = tokens[at + 2]?.norm === 'من' ? tokens[at + 3] : tokens[at + 2];
  return (
    before?.type === 'word' &&
    !hasArticle(before.norm) &&
    !(aside?.type === 'word' && TURN_SET.has(aside.norm))
  );
}

/**
 * A name's last word that reads as a verb only once its hamza is folded away (مامادو لامين سال: سال,
 * not سأل, asked): a cue whose verb has a hamza inside it, written with none, after two words of a
 * name and before a comma, is the name's. The written word is looked at, so `text` is needed.
 */
function isNameEndWithoutHamza(
  tokens: readonly Token[],
  at: number,
  wordsBefore: number,
  text: string,
): boolean {
  const token = tokens[at] as Token;
  if (wordsBefore < 2 || text === '') return false;
  const cue = lookupCue(token.norm);
  if (!cue || !/^.+[ءأإؤئ]/u.test(cue.lemma)) return false;
  if (/[ءأإؤئآ]/u.test(text.slice(token.from, token.to))) return false;
  const next = tokens[at + 1];
  return isComma(next);
}

/** The word as written holds a hamza on or under its alef (بأن, أن, إن), which folding took away. */
function hasHamzaWritten(token: Token, text: string): boolean {
  return text !== '' && /[أإآ]/u.test(text.slice(token.from, token.to));
}

/**
 * A first name that reads as ف and a verb only once its hamza is folded away (النائب فرات الموسوي:
 * فرات, not فرأت, she saw): a ف-cue whose verb has a hamza inside it, written with none, is a first name
 * right after a definite word (a title's, its adjective's, a place's) and before a word that is no
 * function word, or between commas
 * before a definite family name (، فرات الموسوي،). A verb after a topic (أما النائب فرأى أن) keeps its
 * hamza or has its complement right after it.
 */
export function isFirstNameWithoutHamza(tokens: readonly Token[], at: number, text: string): boolean {
  const token = tokens[at] as Token;
  if (text === '' || token.type !== 'word') return false;
  const cue = lookupCue(token.norm);
  if (cue?.clitic !== 'ف' || !/^.+[ءأإؤئ]/u.test(cue.lemma)) return false;
  if (/[ءأإؤئآ]/u.test(text.slice(token.from, token.to))) return false;
  const before = tokens[at - 1];
  const next = tokens[at + 1];
  if (next?.type !== 'word' || isStopWord(next.norm)) return false;
  if (isComma(before)) return hasArticle(next.norm) && isComma(tokens[at + 2]);
  // Not the verb of a topic's answer (أما المعارضة فرات القرار «…»), nor a verb before a title, its
  // object or subject (الصحفي فسال الوزير): a family name is no title word.
  if (stripToSet(next.norm, TITLE_SET) !== undefined || afterTopic(tokens, at)) return false;
  return before?.type === 'word' && hasArticle(before.norm);
}

/** أما (or وأما), folded: it opens a topic, and the name after it starts past it. */
export const TOPIC_OPENERS = new Set(['اما', 'واما']);

/** The most words between أما and the ف that answers it (أما اللجنة الوزارية فرأت). */
const MAX_TOPIC_WORDS = 4;

/**
 * True when أما opens a topic within MAX_TOPIC_WORDS plain words before `at`, in the same clause, and
 * no verb with ف answers it within as many words after (أما النائب فرات الموسوي فقالت: the name's).
 */
function afterTopic(tokens: readonly Token[], at: number): boolean {
  let topic = false;
  for (let k = at - 1; k >= 0 && k >= at - MAX_TOPIC_WORDS; k--) {
    const token = tokens[k] as Token;
    if (token.type !== 'word') break;
    if (TOPIC_OPENERS.has(token.norm)) topic = true;
  }
  if (!topic) return false;
  for (let k = at + 1; k <= at + MAX_TOPIC_WORDS; k++) {
    const token = tokens[k];
    if (token?.type !== 'word') return true;
    if (lookupCue(token.norm)?.clitic === 'ف') return false;
  }
  return true;
}

/**
 * فان written without a hamza inside a name (يوريس فان بيرغن, لويس فان خال): the Dutch particle that
 * joins a surname, not فإن (so, indeed) with its hamza folded away. It must follow a word of the name
 * and come before a word without the article that is no function word (فان الحكومة, فان ذلك are فإن).
 * The written word is looked at, so `text` is needed.
 */
function isNameParticleFan(tokens: readonly Token[], at: number, wordsBefore: number, text: string): boolean {
  const token = tokens[at] as Token;
  if (token.norm !== 'فان' || text.slice(token.from, token.to) !== 'فان') return false;
  // …or open the name right after a verb of saying (وقال فان بيرغن), where فإن never stands, unless a
  // word of the two after it carries a possessive pronoun (وأضاف فان موقف بلاده, واوضح فان وزارته):
  // there فإن opens the clause said, written without its hamza.
  if (wordsBefore < 1 && lookupCue(tokens[at - 1]?.norm ?? '') === undefined) return false;
  if (wordsBefore < 1 && [1, 2].some((k) => isPossessedWord(tokens[at + k], text))) return false;
  const next = tokens[at + 1];
  return (
    next?.type === 'word' &&
    !hasArticle(next.norm) &&
    !isStopWord(next.norm) &&
    !NAME_JOINER_SET.has(next.norm)
  );
}

/** Particles of European names before a family name, folded (فان, فون, دير, دي, دو, دا, ديل, دن). */
const EUROPEAN_PARTICLES = new Set(['فان', 'فون', 'دير', 'دي', 'دو', 'دا', 'ديل', 'دن']);

/**
 * The word at `at` follows a European particle inside a name already read (ماريكه فان دير لان, يان دي لا):
 * the family name, whatever function word it spells (لان, لا, ما).
 */
function isAfterEuropeanParticle(tokens: readonly Token[], at: number, words: readonly number[]): boolean {
  const particle = tokens[at - 1];
  if (particle?.type !== 'word' || !EUROPEAN_PARTICLES.has(particle.norm) || words.at(-1) !== at - 1)
    return false;
  // …with a word of the name before the particle, and the word after it ends the phrase (a comma, a
  // mark, what was said): a name's last word, not the verb's complement.
  const before = words.at(-2);
  const next = tokens[at + 1];
  return (
    before === at - 2 &&
    hasArticle(tokens[at]?.norm ?? '') === false &&
    (next === undefined || next.type !== 'word' || isStopWord(next.norm))
  );
}

/**
 * لو at `at` as the French article of a family name (ستيفان لو فول, جان لو دريان): right after a given
 * name read as the name's last word so far, before one plain word that ends the phrase (a comma, a colon, a mark, a
 * complementiser), as the conditional لو never stands: it opens a clause with a verb or أن after it.
 */
function isFrenchArticleInName(tokens: readonly Token[], at: number, words: readonly number[]): boolean {
  if (tokens[at]?.norm !== 'لو' || words.length === 0 || words.at(-1) !== at - 1) return false;
  // (after a given name: فلان العمري لو تأخرنا، is the name, then the conditional)
  const given = tokens[at - 1] as Token;
  if (hasArticle(given.norm) || !isGivenName(given.norm)) return false;
  const family = tokens[at + 1];
  if (
    family?.type !== 'word' ||
    hasArticle(family.norm) ||
    isStopWord(family.norm) ||
    COMPLEMENTISER_SET.has(family.norm) ||
    lookupCue(family.norm) !== undefined ||
    family.norm.startsWith('ان')
  )
    return false;
  const end = tokens[at + 2];
  return end === undefined || end.type !== 'word' || COMPLEMENTISER_SET.has(end.norm);
}

/** The words that stand right after a verb of saying in a text (وقال دياز: دياز), read once per text. */
const speakerWords = new WeakMap<readonly Token[], ReadonlySet<string>>();

function isSpeakerWord(tokens: readonly Token[], norm: string): boolean {
  let words = speakerWords.get(tokens);
  if (!words) {
    const set = new Set<string>();
    for (let k = 1; k < tokens.length; k++) {
      const verb = tokens[k - 1] as Token;
      const word = tokens[k] as Token;
      if (word.type === 'word' && verb.type === 'word' && lookupCue(verb.norm) !== undefined)
        set.add(word.norm);
    }
    words = set;
    speakerWords.set(tokens, words);
  }
  return words.has(norm);
}

/** Every folded word a text's tokens hold, read once per text. */
const textWords = new WeakMap<readonly Token[], ReadonlySet<string>>();

function writesWord(tokens: readonly Token[], norm: string): boolean {
  let words = textWords.get(tokens);
  if (!words) {
    const set = new Set<string>();
    for (const t of tokens) if (t.type === 'word') set.add(t.norm);
    words = set;
    textWords.set(tokens, words);
  }
  return words.has(norm);
}

/**
 * ل glued at `at` to a word the text also writes alone (ترامب لميركل, with ميركل elsewhere), right after
 * a plain word of a name (no article, no title's head): ل and whom the words were told, as no name opens
 * with ل and a word of the text's own (a given name of the lexicon that opens with ل, ليلى, لؤي, is
 * one's own).
 */
function isNameToldAfterLam(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const before = tokens[at - 1];
  if (token?.type !== 'word' || before?.type !== 'word') return false;
  const norm = token.norm;
  if (!/^ل[^ل]/u.test(norm) || norm.length < 5 || isGivenName(norm)) return false;
  if (hasArticle(before.norm) || isTitleHead(before.norm) || isStopWord(before.norm)) return false;
  return writesWord(tokens, norm.slice(1));
}

/** A word of four letters in فعيه (فقيه, نزيه, وجيه): its ه is a root letter, not a pronoun, as a rule. */
const FAEEH_NAME = /^[^ا]{2}يه$/u;

/** A finite verb of saying behind و (وقال, وأكدت, ويضيف), folded: a second verb of the subject before it. */
function isConjoinedSaying(norm: string): boolean {
  const cue = lookupCue(norm);
  return cue?.clitic === 'و' && cue.tense !== 'participle';
}

/** A feminine noun in construct with a pronoun, as written (وزارته, حكومتها, قيادتهم): ة became ت. */
const TA_WITH_PRONOUN = /^([^\s]{2,})ت(?:ه|ها|هم|هما|هن)$/u;

/**
 * The word at `at` is a body's head with a pronoun, the ة written ت (وزارته, حكومتها, إدارتهم), and a
 * preposition, a stop word or a definite word follows it (وزارته على, حكومتها للخطة).
 */
function ownBodyThen(tokens: readonly Token[], at: number, text: string): boolean {
  const token = tokens[at];
  const after = tokens[at + 1];
  if (token?.type !== 'word' || after?.type !== 'word') return false;
  const written = text.slice(token.from, token.to).replace(/[\u064B-\u065F\u0640]/gu, '');
  const stem = TA_WITH_PRONOUN.exec(written)?.[1];
  if (stem === undefined || !ORGANISATION_SET.has(fold(`${stem}ة`))) return false;
  return isStopWord(after.norm) || isGluedPreposition(after.norm) || hasArticle(after.norm);
}

/** A word written with a possessive pronoun at its end (بلاده, وزارته, موقفها, حكومتهم); ة is not ه. */
function isPossessedWord(token: Token | undefined, text: string): boolean {
  if (token?.type !== 'word') return false;
  const written = text.slice(token.from, token.to);
  return written.length > 3 && PRONOUN_END.test(written);
}

/**
 * ب and a verbal noun of a derived verb, folded (بإقرار, باعتماد, باستئناف, بتوقيع, بمبادرة, بمشاركة):
 * the complement of a verb of stance (رحب, ندد, أشاد, طالب) when a definite genitive follows, never a
 * body's place or a title's holder.
 */
const VERBAL_NOUN_AFTER_BI =
  /^(?:با[^ا]{2}ا[^ا]|با[^ا]ت[^ا]ا[^ا]|باست[^ا]{2}ا[^ا]|بت[^ا]{2}ي[^ا]|بم[^ا]ا[^ا]{2}ه)$/u;

/**
 * A noun a verb of stance praises or welcomes after ب (STANCE_OBJECTS_AFTER_BI), not after قال: the
 * verb's complement, where a title's field would stand (أشاد الوزير بجهود المدير فلان).
 */
const praisedAfterTitle = (tokens: readonly Token[], from: number, norm: string): boolean =>
  STANCE_OBJECTS_AFTER_BI.has(norm.replace(/^و/u, '')) &&
  lookupCue(tokens[from - 1]?.norm ?? '')?.cls !== 'say';

/**
 * Nouns that a verb of stance takes after ب as what it praises or welcomes (أشاد الوزير بجهود …, رحب
 * الرئيس بموقف …, نوه بدور …), folded: after a title they open the verb's complement, never its field.
 */
const STANCE_OBJECTS_AFTER_BI = new Set(
  [
    ...['جهود', 'موقف', 'مواقف', 'دور', 'قرار', 'قرارات', 'مبادرة', 'مبادرات', 'انجاز', 'انجازات'],
    ...['نتائج', 'تصريحات', 'زيارة', 'مشاركة', 'اهتمام', 'دعم', 'اداء', 'تعاون', 'خطوة', 'نجاح'],
  ].map((noun) => `ب${noun.replace(/ة$/u, 'ه')}`),
);

/**
 * A noun with ب or ل glued to it and a definite genitive after it (بدعم القيادة, لإصلاح السيارات, لبيع
 * المواد): a preposition's object, which never opens or goes on with a person's name; a given name
 * that starts with those letters (بدر, ليلى) and بن are the name's. A time adverb (اليوم, الخميس) is no
 * genitive, nor is the end of a compound name (الدين, الله): a family name before them (بدوي اليوم, بكري
 * الخميس) or a compound given name (بهاء الدين) is still the name's.
 */
export function isObjectOfPreposition(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.type === 'word' ? (tokens[at + 1] as Token).norm : '';
  return (
    isGluedPreposition(tokens[at]?.norm ?? '') &&
    hasArticle(next) &&
    !TIME_SET.has(next) &&
    !COMPOUND_END_SET.has(next)
  );
}

/**
 * ب and a noun, then one plain word of its chain and a definite genitive (بقرار مجلس الأمن, بجهود رجال
 * الأمن): a preposition's object, as isObjectOfPreposition, never a word of a name; not a given name or
 * بن after ب (بدر, بن), nor a name's word after it.
 */
function isChainAfterBa(tokens: readonly Token[], at: number): boolean {
  const chain = tokens[at + 1];
  const genitive = tokens[at + 2];
  return (
    isGluedPreposition(tokens[at]?.norm ?? '') &&
    chain?.type === 'word' &&
    !hasArticle(chain.norm) &&
    chain.norm.length > 2 &&
    !isStopWord(chain.norm) &&
    !isGivenName(chain.norm) &&
    !PATRONYM_SET.has(chain.norm) &&
    !NAME_JOINER_SET.has(chain.norm) &&
    genitive?.type === 'word' &&
    hasArticle(genitive.norm) &&
    !TIME_SET.has(genitive.norm) &&
    !COMPOUND_END_SET.has(genitive.norm)
  );
}

/**
 * The definite word at `at`, after a definite word of the subject headed by `head`, is the verb's
 * object when the verb's complement in ب follows it (بأنه, بأنها, بـ«…»): a verb that describes or
 * accuses takes its object before ب (ووصف الاتحاد الأوروبي الاتفاق بأنه, واتهمت المعارضة الحكومة بـ«…»).
 * Only a body's head, whatever the subject, or any noun but an adjective after a body's name; never
 * after a person's title or honorific, where a family name stands (وطالب الدكتور الغامدي بـ«…»).
 */
function isObjectBeforeBa(tokens: readonly Token[], at: number, head: string, previous: string): boolean {
  const norm = tokens[at]?.norm ?? '';
  if (!hasArticle(previous) || !hasArticle(norm) || isDefiniteAdjective(norm) || isGivenName(norm))
    return false;
  // و and the article goes on the word before it (وزارة الشؤون البلدية والقروية بـ, الهيئة العامة للغذاء
  // والدواء بـ): a second adjective or genitive of the name, or a second subject, never the verb's object,
  // which follows the subject with no و; nor is a field after لل (اللجنة الوطنية للمحامين بـ«…») or a
  // town after ب (الغرفة التجارية الصناعية بالرياض بـ«…»), as the object takes no preposition.
  if (norm.startsWith('وال') || norm.startsWith('لل') || norm.startsWith('بال')) return false;
  const ba = tokens[at + 1];
  const complement =
    ba?.type === 'word' &&
    (BI_ANNA_ANY.test(ba.norm) || (ba.norm === 'ب' && tokens[at + 2]?.type === 'mark'));
  if (!complement) return false;
  if (ORGANISATION_SET.has(norm)) return true;
  return (
    stripToSet(head, ORGANISATION_SET) !== undefined &&
    !TITLE_SET.has(norm) &&
    !HONORIFIC_SET.has(norm) &&
    !TITLE_SET.has(previous) &&
    !HONORIFIC_SET.has(previous)
  );
}

/**
 * The word at `at`, و and the article, is a second genitive coordinated with the first of a body's name
 * (جمعية المتقاعدين والمسنين, جمعية مزارعي القمح والشعير), not the verb's object before its ب: the
 * body's head is indefinite and in construct with one definite genitive, directly or through a sound
 * plural in construct (مزارعي, موظفي). `words`: the subject's words read so far.
 */
function isCoordinatedGenitive(tokens: readonly Token[], words: readonly number[], at: number): boolean {
  const norm = tokens[at]?.norm ?? '';
  const head = (tokens[words[0] ?? -1] as Token | undefined)?.norm ?? '';
  if (!norm.startsWith('وال') || hasArticle(head) || !ORGANISATION_SET.has(head)) return false;
  if (words.length === 2) return true;
  const construct = (tokens[words[1] as number] as Token).norm;
  return words.length === 3 && !hasArticle(construct) && construct.length > 3 && construct.endsWith('ي');
}

/**
 * The subject's words read so far end in a person's name that opened with a given name (عمر باوزير, after
 * any title; two given names that are also words after a title: منى سامي) or holds بن or بنت (فلانة بن
 * علي): its given name, then at most one plain word (two after a foreign given name), or a chain
 * whose words each follow a joiner; and no body's head before it (جمعية الأمير فهد بن سلمان لرعاية …
 * names a body after a person, whose field follows).
 */
function isNameFromGivenName(tokens: readonly Token[], words: readonly number[]): boolean {
  let plain = 0;
  for (let n = words.length - 1; n >= 0; n--) {
    const norm = (tokens[words[n] as number] as Token).norm;
    const given = n < words.length - 1 && opensGivenName(tokens, words[n] as number);
    // (a foreign given name may have a second one before the family name: ماريا لويزا فرنانديز)
    if (given && plain > (ARABIC_GIVEN_NAME_SET.has(norm) ? 1 : 2)) return false;
    const start =
      given ||
      // …or a kunya (السيد أبو بكر الحسني)
      (n < words.length - 2 && KUNYA_HEADS.has(norm)) ||
      (n >= 1 && PATRONYM_SET.has(norm)) ||
      // …or two given names that are also words after a title (الطبيبة منى سامي: wishes, sublime)
      (n >= 1 &&
        n < words.length - 1 &&
        isGivenName(norm) &&
        isGivenName((tokens[words[n + 1] as number] as Token).norm) &&
        isTitleHead((tokens[words[n - 1] as number] as Token).norm));
    if (start) {
      for (let j = 0; j < n; j++)
        if (stripToSet((tokens[words[j] as number] as Token).norm, ORGANISATION_SET) !== undefined)
          return false;
      return true;
    }
    // (the family name with the article is the last word: أبو بكر الحسني)
    if (hasArticle(norm) && n < words.length - 1) return false;
    if (NAME_JOINER_SET.has(norm)) continue;
    if (!NAME_JOINER_SET.has((tokens[words[n - 1] ?? -1] as Token | undefined)?.norm ?? '')) plain++;
    if (plain > 2) return false;
  }
  return false;
}

/** A noun that ب or ل is glued to, no given name (بدر, ليلى), بن or باسم (a title's باسم فلان). */
function isGluedPreposition(norm: string): boolean {
  return /^و?[بل][^ل]/u.test(norm) && !isGivenName(norm) && !PATRONYM_SET.has(norm) && norm !== 'باسم';
}

/**
 * Definite participles that describe a body by what it does, folded (المعنية بحقوق اللاجئين, المتخصصة
 * في …): before their preposition they end the body's name. Not التابعة لـ, which says whose body it is.
 */
const DESCRIBING_PARTICIPLES = new Set([
  'المعني',
  'المعنيه',
  'المتخصص',
  'المتخصصه',
  'المختص',
  'المختصه',
  'المهتمه',
  'العامله',
]);

/** Words that make a time word a time phrase (الأسبوع الماضي, الشهر المقبل). */
const TIME_QUALIFIERS = new Set(['الماضي', 'المقبل', 'الجاري', 'القادم', 'الحالي']);
/** ما with a preposition (بما, مما, لما): "what", opening the object's relative clause, never a name. */
const RELATIVE_WHAT = new Set(['بما', 'مما', 'لما', 'عما', 'فيما']);

/** بعدها, قبله, عقبها, إثره: before or after it, an adverb of time with a pronoun; a stop word. */
const TIME_WITH_PRONOUN = pronounPattern('^(?:بعد|قبل|عقب|اثر)');
/** A noun of speech with its speaker's pronoun (كلامه, حديثها, كلمته, رسالته), folded: the object. */
const SPEECH_WITH_PRONOUN = pronounPattern('^(?:كلام|حديث|كلمت|رسالت|خطاب|سؤال)');
/** The stem of two letters or more before a possessive pronoun, the shortest read. */
const TWO_LETTER_PRONOUN_STEM = pronounPattern('^(.{2,}?)');
/** بأن, or بأن with a pronoun (بأنه, بأنهما), folded. */
const BI_ANNA_ANY = pronounPattern('^بان', `${PRONOUN_ENDINGS}|`);
/** A feminine noun's stem before its ت and a pronoun (مديرتها: مدير), and the same behind ب or ل. */
const FEMININE_PRONOUN_STEM = pronounPattern('^(.{3,})ت');
const FEMININE_PRONOUN_STEM_BEHIND = pronounPattern('^[بل](.{3,})ت');

/** بعدها, قبله, عقبها, إثره: an adverb of time with a pronoun back to something named before. */
export const isTimeWithPronoun = (norm: string): boolean => TIME_WITH_PRONOUN.test(norm);

function isStopWord(norm: string): boolean {
  return (
    STOP_SET.has(norm) ||
    MANNER_NOUNS.has(norm) ||
    CIRCUMSTANTIAL_PRONOUNS.has(norm) ||
    RELATIVE_WHAT.has(norm) || // وندد الحزب بما سماه «…»: what it named is the object
    SAYING_SET.has(norm) || // نقلت الجريدة نفي فلان: the object starts there
    COMPLEMENTISER_SET.has(norm) ||
    (norm.length === 1 && !ABBREVIATED_TITLE_SET.has(norm)) || // بـ«…», لـ"…": a preposition cut off by tatweel
    TIME_WITH_PRONOUN.test(norm) || // قال بعدها للحضور: an adverb of time with its pronoun, no name
    ADVERB_WITH_PRONOUN.test(norm) || // وقال السفير ذاته, الجانب السعودي حينئذ: emphasis or time, no name
    lookupCue(norm) !== undefined ||
    // A stop word behind a preposition or a conjunction: بتصريحات, وخلال; but not a body's head
    // that only looks like one (بلدية is no ب + لديه).
    (/^[بلو]/u.test(norm) && norm.length > 3 && STOP_SET.has(norm.slice(1)) && !ORGANISATION_SET.has(norm))
  );
}

/**
 * People named by what they do, in the plural of a participle or of an adjective of origin: المتظاهرون,
 * المشاركين, الفلسطينيون, or in construct before a definite noun: موقعو العريضة, ممثلو النقابات.
 */
export function isGroupPlural(norm: string, next?: Token): boolean {
  const word = /^[وف]ال/u.test(norm) ? norm.slice(1) : norm;
  const stem = word.startsWith('ال') ? word.slice(2) : word;
  if (stem.length < 5) return false;
  if (/(?:يون|يين)$/u.test(stem)) return true;
  if (!stem.startsWith('م')) return false;
  if (/(?:ون|ين)$/u.test(stem)) return word.startsWith('ال');
  // The construct plural drops its ن: موقعو العريضة.
  return stem.endsWith('و') && !word.startsWith('ال') && next?.type === 'word' && hasArticle(next.norm);
}

/**
 * إمام (the imam), which folds to امام like أمام (in front of): the hamza below tells them apart as
 * written, and so does وخطيب after it (إمام وخطيب المسجد الحرام) where the hamza was left off. Where
 * a title stands: at the head of the subject (`count` words before it), after a form of address
 * (فضيلة إمام المسجد) or with و; after a subject's own words it is أمام with a stray hamza (وقال وزير
 * المالية إمام البرلمان).
 */
function isImam(tokens: readonly Token[], at: number, text: string, count: number): boolean {
  const token = tokens[at] as Token;
  if (token.norm !== 'امام' && token.norm !== 'وامام') return false;
  if (tokens[at + 1]?.norm === 'وخطيب') return true;
  const first = text.charCodeAt(token.norm === 'امام' ? token.from : token.from + 1);
  const before = tokens[at - 1]?.norm ?? '';
  const titleStands = count === 0 || token.norm === 'وامام' || ADDRESS_SET.has(before) || before === 'فضيله';
  return first === 0x0625 && titleStands;
}

/** أمام (in front of) as written with its hamza above, never the imam's title (إمام), which folds alike. */
export function isInFrontOf(token: Token, text: string): boolean {
  if (token.norm !== 'امام' && token.norm !== 'وامام') return false;
  return text.charCodeAt(token.norm === 'امام' ? token.from : token.from + 1) === 0x0623;
}

/**
 * ألان, آلان (Alan, Alain), which fold to الان like الآن (now): a hamza or a madda on the first alef
 * tells them apart (now carries it on the second).
 */
export function isAlan(token: Token, text: string): boolean {
  const first = text.charCodeAt(token.from);
  return token.norm === 'الان' && (first === 0x0623 || first === 0x0622);
}

/**
 * A word that folds to the article's shape but is written with a hamza or a madda on its first alef
 * (ألفارو, إلياس, آلان), no place of the gazetteer (ألمانيا): the shape of a foreign name, never of the
 * article.
 */
function isHamzaAlWord(token: Token, text: string): boolean {
  const first = text.charCodeAt(token.from);
  return (
    (first === 0x0623 || first === 0x0625 || first === 0x0622) &&
    token.norm.startsWith('ال') &&
    token.norm.length > 3 &&
    !PLACE_SET.has(token.norm)
  );
}

/**
 * A word that folds to the article's shape but is written with a hamza or a madda on its first alef
 * (ألكسيس, ألبرتو, إلياس), before a plain word (no article, no function word): a foreign name and the
 * rest of it, not a definite word; not a place of the gazetteer (ألمانيا), nor a word before a definite
 * genitive (ألعاب القوى).
 */
export function isHamzaAlName(token: Token, text: string, next: string | undefined): boolean {
  return isHamzaAlWord(token, text) && next !== undefined && !hasArticle(next) && !isStopWord(next);
}

/**
 * A title with the pronoun ه as written (منافسه, نظيره: his rival, his counterpart), told from a
 * feminine ة (محافظة) by the text, which folding does not keep.
 */
export function hasTitleWithHe(token: Token, text: string): boolean {
  const norm = token.norm;
  if (norm.length < 4 || !norm.endsWith('ه')) return false;
  // …behind و too, the second of two named together (فلان ونجله فلان, ومساعده فلان)
  const stem = norm.slice(0, -1);
  if (!TITLE_SET.has(stem) && !(stem.startsWith('و') && stem.length > 3 && TITLE_SET.has(stem.slice(1))))
    return false;
  let end = token.to;
  while (end > token.from && isIgnorable(text.charCodeAt(end - 1))) end--;
  return text[end - 1] === 'ه';
}

/** A title, or a title with a possessive pronoun (رئيسها, مديرته: its head, his director). */
export function isTitleHead(norm: string): boolean {
  if (stripToSet(norm, TITLE_SET) !== undefined) return true;
  // A pronoun ends in ه, ا or م: most words end otherwise and need no more looking.
  const last = norm.charCodeAt(norm.length - 1);
  if (last !== 0x647 && last !== 0x627 && last !== 0x645) return false;
  // …with the conjunction too: the second of two named together (المواطنة فلانة ومحاميها فلان, وشقيقها).
  return isPossessedTitle(norm) || (norm.startsWith('و') && isPossessedTitle(norm.slice(1)));
}

/** A title with a possessive pronoun (محاميها, مديرتها, بنظيرته), folded, its last letter ه, ا or م. */
function isPossessedTitle(norm: string): boolean {
  // Not a bare ه: folding writes ة so too (محافظة, the governorate, is no محافظ + ه).
  for (const pronoun of ['ها', 'هم', 'هما']) {
    if (
      norm.length > pronoun.length + 2 &&
      norm.endsWith(pronoun) &&
      TITLE_SET.has(norm.slice(0, -pronoun.length))
    )
      return true;
  }
  // A feminine title before the pronoun keeps its ت as written: مخرجته, مديرتها (its director), with ب
  // or ل before it too (بنظيرته, لمديرتها).
  const feminine = FEMININE_PRONOUN_STEM.exec(norm);
  if (feminine !== null && TITLE_SET.has(`${feminine[1]}ه`)) return true;
  const behind = FEMININE_PRONOUN_STEM_BEHIND.exec(norm);
  return behind !== null && TITLE_SET.has(`${behind[1]}ه`);
}

/** ل and a kinsman (لوالد, لشقيقة): whom a title's holder spoke to, never the title's genitive (KIN_NOUNS). */
export function isKinAfterLam(norm: string): boolean {
  return /^ل[^ل]/u.test(norm) && KIN_SET.has(norm.slice(1));
}

/** The sound plural of فاعل without the article, folded (نازحين, زائرين, لاجئين): people by what they do. */
const AGENTS_PLURAL = /^[^ا]ا[^ا]{2}ين$/u;

/**
 * The word at `at` is ل and whom the words were told, not a name, a title's genitive or a body's
 * field: an audience (للحضور, للمشاركين), people tied by a pronoun (لنظيره, لزملائه), member states
 * (للدول الأعضاء); or people in the plural (للصحفيين, للمواطنين, للاعبين, للنواب) or in construct
 * before a definite genitive (لأبناء القبيلة), or bodies in the plural after a body (لجمعيات
 * المستثمرين), unless one of `before` (the folded words read so far, a handful) is the head of a body
 * named for the people it serves (الجمعية السعودية للمتقاعدين, الاتحاد الدولي للصحفيين) and no field
 * after ل was read yet (الهيئة العامة للطيران المدني لشركات الطيران: the second ل is the hearers').
 */
export function isHearerAfterLam(tokens: readonly Token[], at: number, before: readonly string[]): boolean {
  const token = tokens[at];
  if (token?.type !== 'word' || !token.norm.startsWith('ل') || token.norm.length < 4) return false;
  const norm = token.norm;
  const noun = norm.startsWith('لل') ? `ا${norm.slice(1)}` : norm.slice(1);
  const next = tokens[at + 1];
  const nextNorm = next?.type === 'word' ? next.norm : '';
  // …not the press as a field joined to another by و (مؤسسة عكاظ للصحافة والنشر, للإعلام والاتصال): the
  // press is told alone or with people (للصحافة والمراسلين), never with publishing.
  if (
    !noun.endsWith('ين') &&
    ADDRESSEE_SET.has(noun) &&
    nextNorm.startsWith('وال') &&
    !/(?:ين|ون)$/u.test(nextNorm) &&
    !AUDIENCE_SET.has(nextNorm.slice(1))
  )
    return false;
  if (AUDIENCE_SET.has(noun) || COUNTERPART_SET.has(noun) || (noun === 'الدول' && nextNorm === 'الاعضاء'))
    return true;
  // …or an outlet's reporter, the outlet after him (لمراسل «سبوتنيك», لمراسل الجزيرة نت).
  if (REPORTER_TOLD_SET.has(noun) && (next?.type === 'mark' || hasArticle(nextNorm) || nextNorm.length > 1))
    return true;
  // …with the article after لل (للنواب), or after لل that also stands for the article's ل (للاعبين).
  // …or people in a broken plural or a collective (للسياح, للأطفال, للعائلات), or in the sound plural of
  // فاعل (للنازحين, للزائرين, للاجئين), which isGroupPlural, reading participles in م, leaves out.
  const definite =
    norm.startsWith('لل') &&
    (PEOPLE_IN_CONSTRUCT_SET.has(norm.slice(2)) ||
      PEOPLE_IN_CONSTRUCT_SET.has(norm.slice(1)) ||
      PEOPLE_PLURAL_SET.has(norm.slice(2)) ||
      AGENTS_PLURAL.test(norm.slice(2)) ||
      AGENTS_PLURAL.test(norm.slice(1)));
  // …or bodies in the plural, in construct (لجمعيات المستثمرين, لشركات الطيران) or with the article
  // (للمصارف التجارية), after a body (before a person's title they may be its genitive: مستشار لشركات
  // التقنية).
  const bodies =
    before.length > 0 &&
    (norm.startsWith('لل')
      ? BODY_PLURAL_SET.has(norm.slice(2))
      : // …through one plain word of the chain (لجمعيات رجال الأعمال)
        BODY_PLURAL_SET.has(noun) && (hasArticle(nextNorm) || hasArticle(tokens[at + 2]?.norm ?? ''))) &&
    !before.some((word) => TITLE_SET.has(word.replace(/^و/u, '')));
  const people =
    (hasArticle(noun) && (isGroupPlural(noun) || ADDRESSEE_SET.has(noun) || definite)) ||
    // (…or the press in the plural without the article: لصحفيين, لمراسلين أجانب)
    (noun.endsWith('ين') && ADDRESSEE_SET.has(`ال${noun}`)) ||
    (PEOPLE_IN_CONSTRUCT_SET.has(noun) && hasArticle(nextNorm)) ||
    bodies;
  // A body's name has one field after ل: with it read (الهيئة العامة للطيران المدني), people or bodies
  // after a second ل are whom it spoke to, whatever the head serves.
  // (not a head or a name that opens with ل: لجنة, لواء, ليلى)
  const fielded = before.some(
    (word, k) =>
      k > 0 &&
      /^ل[^ا]/u.test(word) &&
      word.length > 3 &&
      !ORGANISATION_SET.has(word) &&
      !TITLE_SET.has(word) &&
      !isGivenName(word),
  );
  // A head that serves people may take them as its field (الاتحاد الدولي للصحفيين), unless it is itself
  // the genitive of another body's head (قيادة التحالف للصحفيين: the command's, which serves no one) or
  // its genitive already named the people it serves (جمعية المتقاعدين للصحفيين).
  // …and only by its name as such a body's is written: a definite head and its adjectives, which want the
  // field (الجمعية السعودية للمتقاعدين), or a head alone (مركز للأطفال, or a caller's lone head); after a
  // head in construct with its genitive or its own name (جامعة الملك سعود, مركز إثراء, هيئة الهلال الأحمر)
  // the name is whole and people after ل are whom it told, unless an adjective (a nisba, a participle)
  // comes right before them and they are no press (صندوق الأمم المتحدة للسكان; not مجلس الأمن الدولي
  // للصحفيين: the press is served by a body named by its head and adjectives alone).
  const last = before.length - 1;
  const press = stripToSet(noun, ADDRESSEE_SET) !== undefined;
  // …and the people as a field by the shape of what follows them: an adjective agreeing with them
  // (للأسر المنتجة) or more people joined by و (للنساء والأطفال); or a hospital's, which treats them and
  // tells no one (مستشفى بوسطن للأطفال).
  const nextPeople = nextNorm.startsWith('و') ? nextNorm.slice(1) : '';
  const asField =
    !press &&
    ((hasArticle(nextNorm) && (isNisba(nextNorm) || /^الم/u.test(nextNorm))) ||
      (nextPeople !== '' &&
        (PEOPLE_PLURAL_SET.has(nextPeople.replace(/^ال/u, '')) || isGroupPlural(nextPeople))));
  const lastWord = before[last];
  const lastDescribes = lastWord !== undefined && !press && (isNisba(lastWord) || /^الم.*ه$/u.test(lastWord));
  const named = (word: string, k: number) =>
    /^و?ال/u.test(word) || k === last || asField || word.replace(/^و?ال/u, '') === 'مستشفى' || lastDescribes;
  const serving = before.some(
    (word, k) =>
      PEOPLE_SERVING_SET.has(word.replace(/^و?ال/u, '')) &&
      named(word, k) &&
      // (…the bare genitive right before ل: with a word of its own after it, الجمعية السعودية, it is a
      // body's whole name again, whose field ل gives: إدارة الجمعية السعودية للمتقاعدين)
      !(
        k > 0 &&
        k === before.length - 1 &&
        ORGANISATION_SET.has(before[k - 1] as string) &&
        !hasArticle(before[k - 1] as string)
      ) &&
      !(
        k + 1 < before.length &&
        hasArticle(before[k + 1] as string) &&
        isGroupPlural(before[k + 1] as string)
      ),
  );
  return people && (fielded || !serving) && !(hasArticle(noun) && namesOnePerson(tokens, at + 1));
}

/**
 * A person's name opens at `at`: a given name or an honorific (الدكتور), or two words that end before a colon or a comma,
 * the first without the article, the second without it or a nisba (جياتو ويكراماناياكي:, شما
 * المزروعي،); never a particle (إن, عقب). People in the plural after ل
 * with such a name after them are a title's field (المنسق العام للمتطوعين أحمد الزهراني, وزيرة
 * الدولة للشباب شما المزروعي): many hearers are not named by one person's name.
 */
function namesOnePerson(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at];
  if (first?.type !== 'word' || STOP_SET.has(first.norm) || COMPLEMENTISER_SET.has(first.norm)) return false;
  if (GIVEN_NAME_SET.has(first.norm) || HONORIFIC_SET.has(first.norm)) return true;
  const second = tokens[at + 1];
  const end = tokens[at + 2]?.norm ?? '';
  return (
    second?.type === 'word' &&
    !hasArticle(first.norm) &&
    (!hasArticle(second.norm) || /^ال.{3,}ي$/u.test(second.norm)) &&
    !TIME_SET.has(first.norm) &&
    !isPrepositional(first.norm) &&
    (end === ':' || end === '،' || end === ',')
  );
}

/**
 * The preposition the verbal noun at `at` governs inside a body's name, or undefined: behind ل (للرقابة,
 * للحفاظ), in construct after a head without the article (هيئة الأمر, جمعية المحافظة), or after و and
 * another field (والنهي). After a definite word it is the verb's object (وحسم المدرب الأمر بالقول).
 */
function governedPreposition(tokens: readonly Token[], at: number): string | undefined {
  const token = tokens[at];
  const before = tokens[at - 1];
  if (token?.type !== 'word' || before?.type !== 'word') return undefined;
  const lam = /^و?لل/u.test(token.norm);
  if (!lam && !/^و/u.test(token.norm) && hasArticle(before.norm)) return undefined;
  const norm = token.norm.replace(/^و/u, '');
  return BODY_VERBAL_NOUN_MAP.get(lam ? `ال${norm.slice(2)}` : norm);
}

/**
 * A verbal noun of a body's name standing bare after a definite word, before the preposition it governs
 * (وأكد الوزير الأمر بالتحقيق, وأكد وزير الداخلية الحفاظ على الأمن): the verb's object, not the subject's.
 */
function isVerbalNounObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at] as Token;
  const before = tokens[at - 1];
  const next = tokens[at + 1];
  const preposition = BODY_VERBAL_NOUN_MAP.get(token.norm);
  if (preposition === undefined || before?.type !== 'word' || !hasArticle(before.norm)) return false;
  if (next?.type !== 'word') return false;
  return preposition === 'ب' ? /^ب.{2,}/u.test(next.norm) : next.norm === preposition;
}

/**
 * The word at `at` is the complement of the verbal noun before it in a body's name: ب glued to its noun
 * (الأمر بالمعروف), a preposition standing alone before a definite noun (النهي عن المنكر), or that noun.
 */
function isVerbalNounComplement(tokens: readonly Token[], at: number): boolean {
  const norm = (tokens[at] as Token).norm;
  if (/^و?بال/u.test(norm)) return governedPreposition(tokens, at - 1) === 'ب';
  const governed = governedPreposition(tokens, at - 1);
  if (governed !== undefined && governed !== 'ب' && norm === governed)
    return tokens[at + 1]?.type === 'word' && hasArticle((tokens[at + 1] as Token).norm);
  const before = governedPreposition(tokens, at - 2);
  return before !== undefined && before !== 'ب' && tokens[at - 1]?.norm === before && hasArticle(norm);
}

/** A preposition glued to a noun (لقناة, للصحفيين, بالوزير) starts a phrase that is not the subject. */
function isPrepositional(norm: string): boolean {
  if (norm.startsWith('لل') || norm.startsWith('بال') || norm.startsWith('وبال')) return true;
  if (!norm.startsWith('ل') && !norm.startsWith('ب')) return false;
  // The body's head behind the preposition (لقناة, بوزارة), not a head that starts with ل (لجان).
  const head = stripToSet(norm, ORGANISATION_SET);
  return head !== undefined && head !== norm;
}

/** Latin letters spelt out in the names of channels and firms (بي, سي, إم, إيه), folded; not في, أو. */
const LETTER_NAMES = new Set([
  'بي',
  'سي',
  'دي',
  'تي',
  'جي',
  'ايه',
  'ام',
  'اس',
  'اف',
  'اكس',
  'اتش',
  'كي',
  'ان',
]);

/** Words of a channel's name after its letters (بي إن سبورتس, إن بي سي نيوز), folded. */
const BRAND_WORDS = new Set(['سبورتس', 'سبورت', 'نيوز', 'سبورتز']);

/**
 * إن spelt as the letter N inside a spelt-out name (بي إن سبورتس, سي إن إن, سي إن بي سي), not the
 * complementiser: a letter stands before it and another letter or a brand's word (سبورتس) follows, or a
 * letter follows it (the complementiser opens a clause: سي إن إن إن الوضع …, or a quote); never a third N.
 */
function isLetterN(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (tokens[at]?.norm !== 'ان' || next?.type !== 'word' || hasArticle(next.norm)) return false;
  const prev = tokens[at - 1]?.norm ?? '';
  // The second N of سي إن إن, whatever follows it; a third is the complementiser.
  if (prev === 'ان') return tokens[at - 2]?.norm !== 'ان' && LETTER_NAMES.has(tokens[at - 2]?.norm ?? '');
  // After a letter, only another letter or a brand's word goes on the name (بي إن سبورتس, سي إن بي سي);
  // any other word opens the clause (إم بي سي إن برنامجا جديدا, بي بي سي إن مصادر).
  if (LETTER_NAMES.has(prev)) return LETTER_NAMES.has(next.norm) || BRAND_WORDS.has(next.norm);
  return next.norm !== 'ان' && LETTER_NAMES.has(next.norm);
}

/**
 * و and a title with a pronoun after a title and its definite genitive (مديرة الشركة ورئيستها,
 * مؤسس الموقع ومديره): the same person's second office in the same body, which the pronoun stands
 * for. Folded; the pronoun is ها or ه as folding leaves it after ت (رئيستها, مديرته).
 */
function isCoordinatedOffice(norm: string, prev: string, at: number): boolean {
  if (at < 2 || !norm.startsWith('و') || !hasArticle(prev) || !/(?:ها|ته)$/u.test(norm)) return false;
  return isTitleHead(norm.slice(1));
}

/** Sciences whose scholar is عالم + the science (عالم الكواكب, a planetary scientist), folded. */
const SCIENCES = new Set(
  [
    'الفلك',
    'الفيزياء',
    'الكيمياء',
    'الأحياء',
    'الآثار',
    'الأحافير',
    'الحفريات',
    'الاجتماع',
    'النفس',
    'الرياضيات',
    'الجيولوجيا',
  ]
    .concat(['الكواكب', 'الفيروسات', 'الأوبئة', 'الوراثة', 'الأعصاب', 'المناخ', 'اللسانيات', 'الحيوان'])
    .concat(['النبات', 'المصريات', 'الأنثروبولوجيا', 'الزلازل', 'البراكين', 'المحيطات', 'الأرصاد'])
    .map(fold),
);

/**
 * عالم (a scientist, or the world) before a science (عالم الكواكب, عالم الآثار): the scientist, a
 * title; before anything else it is "the world of" (عالم السياسة, عالم كرة القدم) and titles no one.
 */
function isScientist(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.norm === 'عالم' && SCIENCES.has(tokens[at + 1]?.norm ?? '');
}

/** رائد/رائدة before الفضاء: an astronaut, a title in construct (رائد الفضاء فلان), not the rank. */
function isAstronaut(tokens: readonly Token[], at: number): boolean {
  const norm = tokens[at]?.norm;
  return (norm === 'رائد' || norm === 'رائده') && tokens[at + 1]?.norm === 'الفضاء';
}

/** What a founder founds, definite and folded: مؤسسة الشركة is its founder, no institution. */
const FOUNDED = new Set(
  ['الشركة', 'المنصة', 'الجمعية', 'المبادرة', 'الموقع', 'الحملة', 'المنظمة', 'المجموعة', 'المجلة']
    .concat(['الصحيفة', 'الفرقة', 'المشروع', 'التطبيق'])
    .map(fold),
);

/**
 * مؤسسة (a woman founder, or an institution) before what a person founds, with the article or without
 * (مؤسسة الشركة, مؤسسة المبادرة, مؤسسة شركة ناشئة): the founder, a title; an institution's name follows its head otherwise
 * (مؤسسة قطر, مؤسسة الإذاعة والتلفزيون).
 */
function isFounder(head: string, next: string): boolean {
  // …or without the article, one such thing among others (مؤسسة شركة ناشئة للتقنية, مؤسسة مبادرة لتعليم …).
  return head === 'مؤسسه' && (FOUNDED.has(next) || FOUNDED.has(`ال${next}`));
}

/** Roles of the freed, folded, that take عن and a pronoun before a name (المفرج عنه فلان). */
const FREED_ROLES = new Set(['المفرج', 'مفرج']);
/** عن with the pronoun of who was freed, folded. */
const RELEASED_FROM = new Set(['عنه', 'عنها', 'عنهم', 'عنهما', 'عنهن']);

/** Adjectives of rank after an indefinite title (مسؤول كبير, مصدر رفيع, دبلوماسي بارز), folded. */
const RANK_ADJECTIVES = new Set([
  'كبير',
  'كبيره',
  'رفيع',
  'رفيعه',
  'بارز',
  'بارزه',
  'سابق',
  'سابقه',
  'مطلع',
  'مطلعه',
]);

/** A folded definite adjective of a country's or a region's people, masculine or feminine (العراقي, الغربيه). */
const isOriginNisba = (norm: string): boolean => ORIGIN_NISBA_SET.has(norm) || REGION_NISBA_SET.has(norm);

/**
 * The word at `words[k]` is an indefinite adjective of origin (عراقي, أمريكية, غربي) after an indefinite
 * title and its indefinite adjectives in ي (مسؤول أمني عراقي, متحدث عسكري إسرائيلي, مسؤولة حكومية
 * يمنية): a description has no name inside, and the nationality of a country or a region is no name.
 */
function isOriginAfterField(tokens: readonly Token[], words: readonly number[], k: number): boolean {
  const norm = (tokens[words[k] as number] as Token).norm;
  if (k < 2 || hasArticle(norm) || !isOriginNisba(`ال${norm}`)) return false;
  for (let j = 0; j < k; j++) {
    const word = (tokens[words[j] as number] as Token).norm;
    if (hasArticle(word) || (j > 0 && !/يه?$/u.test(word) && !RANK_ADJECTIVES.has(word))) return false;
  }
  return true;
}

/**
 * `words` are an indefinite unnamed source's head and its indefinite adjectives only, of field, origin
 * or rank (مسؤول رفيع, مصدر أمني عراقي, دبلوماسي غربي), and the body at `body` after في is named by
 * more than a definite head that points back (وزارة الدفاع, الحكومة العراقية; not في الوزارة): a
 * description whose body is part of it.
 */
function isDescribedSource(tokens: readonly Token[], words: readonly number[], body: number): boolean {
  const head = (tokens[words[0] as number] as Token).norm;
  if (!UNNAMED_SOURCE_SET.has(head)) return false;
  const named = !hasArticle(tokens[body]?.norm ?? '') || hasArticle(tokens[body + 1]?.norm ?? '');
  if (!named || tokens[body + 1]?.type !== 'word') return false;
  // …not a gathering he spoke at (في منتدى دافوس, في ملتقى الاستثمار): no body of his.
  const bodyNorm = tokens[body]?.norm ?? '';
  if (GATHERING_SET.has(hasArticle(bodyNorm) ? bodyNorm.slice(2) : bodyNorm)) return false;
  return words.slice(1).every((k) => {
    const word = (tokens[k] as Token).norm;
    return !hasArticle(word) && (RANK_ADJECTIVES.has(word) || /يه?$/u.test(word)) && !isGivenName(word);
  });
}

/** The prepositions that join an unnamed source to the body or place he is in (مسؤول في, موظف لدى). */
const SOURCE_WITHIN = new Set(['في', 'داخل', 'لدى', 'لدي']);

/** A representative, who speaks for the body after عن (ممثل عن الوزارة), folded. */
const REPRESENTATIVES = new Set(['ممثل', 'ممثله', 'ممثلو', 'ممثلون', 'ممثلين']);

/** True when a representative's head at `from` has عن at `at`. */
const representsAt = (tokens: readonly Token[], from: number, at: number): boolean =>
  REPRESENTATIVES.has(tokens[from]?.norm ?? '') && tokens[at]?.norm === 'عن';

/** The most words of a described source's body or place after في (مستشفى الملك خالد الجامعي بالرياض). */
const MAX_DESCRIBED_BODY_WORDS = 6;

/** The most indefinite words read between a described source's head and في (مسؤول أمني رفيع, مدير صناديق). */
const MAX_DESCRIBED_HEAD_WORDS = 3;

/**
 * A speaker given by a description only, read whole: one of a group with its genitive (أحد سكان الحي,
 * إحدى المعلمات, أحد الناجين من الحادث), or an indefinite title or unnamed source with its adjectives and
 * the body or place after في (مستثمر في قطاع الاستقدام, مسؤول في الهلال الأحمر السعودي, مدير صناديق في
 * شركة استثمار بالرياض). Only where the phrase ends at the sentence's next part: a complementiser, a
 * mark or colon, whom it told (لـ«…», للصحفيين), the relayed قوله, or a comma before an aside that names
 * no one (فضل عدم ذكر اسمه, وهو يحمل حقيبة, عبر الهاتف). A name after it (فلان, ، ويدعى فلان) is left to
 * the plain reading, where the name speaks.
 */
function describedSource(
  tokens: readonly Token[],
  from: number,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject | null {
  const head = tokens[from];
  if (head?.type !== 'word' || hasArticle(head.norm)) return null;
  const owner = ownerOfOneInPlace(tokens, from);
  if (owner > 0) {
    if (!endsDescription(tokens, owner + 1, quotes, text)) return null;
    const title = range(from, owner).filter((j) => (tokens[j] as Token).type === 'word');
    return { first: from, last: owner, title, name: [], organisation: true, closed: true };
  }
  let k = from + 1;
  const oneOf = ONE_OF_SET.has(head.norm);
  if (oneOf) {
    // The group: a definite plural (السكان), or indefinite nouns in construct up to a definite genitive
    // (سكان الحي, طالبات جامعة الملك سعود).
    while (k - from <= 2 && isIndefiniteDescribing(tokens[k])) k++;
    const group = tokens[k];
    if (group?.type !== 'word' || !hasArticle(group.norm) || isStopWord(group.norm)) return null;
    k++;
    // …and its definite adjectives (الفصائل المعارضة, المعتمرين القادمين), no title of a name after it,
    // or the name a king or a princess gives a university (جامعة الأميرة نورة).
    while (
      k < from + 6 &&
      tokens[k]?.type === 'word' &&
      (isDescribingWord(tokens[k] as Token) ||
        (NAMING_TITLES.has((tokens[k - 1] as Token).norm) && !isStopWord((tokens[k] as Token).norm)))
    )
      k++;
    // …then his name with no comma (أحد سكان الحي فلان الفلاني إن): the name speaks, the description is
    // his title.
    const named = opensGivenName(tokens, k) ? readSubject(tokens, k, quotes, false, text, false) : null;
    if (named && named.first === k && named.title.length === 0 && named.name.length > 0)
      return { ...named, first: from, title: range(from, k - 1), organisation: false };
  } else {
    if (!UNNAMED_SOURCE_SET.has(head.norm) && !GROUP_SOURCE_SET.has(head.norm) && !TITLE_SET.has(head.norm))
      return null;
    // Indefinite adjectives or a genitive of field (مسؤول أمني رفيع, مدير صناديق), never a name.
    while (k - from < MAX_DESCRIBED_HEAD_WORDS && isIndefiniteDescribing(tokens[k])) k++;
    if (
      !SOURCE_WITHIN.has(tokens[k]?.norm ?? '') &&
      !isGluedBody(tokens[k]) &&
      !representsAt(tokens, from, k)
    )
      return null;
  }
  // The body or the place after في (or after من for one of a group: أحد الناجين من الحادث; after عن for
  // a representative: ممثل عن وزارة الكهرباء).
  const within = tokens[k]?.norm ?? '';
  /** Where the body's head is, after في or glued ب; -1 when none was read. */
  let bodyAt = -1;
  if (SOURCE_WITHIN.has(within) || (oneOf && within === 'من') || representsAt(tokens, from, k)) {
    // (After من one word is enough: what one of a group came from or survived, أحد الناجين من الحادث.)
    const end = describedBodyEnd(tokens, k + 1, within === 'من');
    // …but what one of a group did something from, closed by a comma, is the verb's complement (وتذمرت
    // إحدى المراجعات من طول الانتظار، مؤكدة): the plain reading's.
    if (oneOf && within === 'من' && end >= 0 && isComma(tokens[end + 1])) return null;
    // No body: the plain reading's, but for one of a group the town he is in may still end the phrase
    // (أحد قادة الجيش الحر في حلب إن), as endsDescription tells.
    if (end >= 0) {
      bodyAt = k + 1;
      k = end + 1;
    } else if (!oneOf) return null;
  } else if (isGluedBody(tokens[k])) {
    // …or the body after ب written on it (موظف بأمانة منطقة الرياض, مسؤول بوزارة الصحة).
    const end = describedBodyEnd(tokens, k);
    if (end < 0) return null;
    bodyAt = k;
    k = end + 1;
  }
  // A mission abroad and its city, which is its name's (مسؤول في القنصلية السعودية في إسطنبول).
  const bodyHead = tokens[bodyAt]?.norm.replace(/^ب?(?:ال)?/u, '') ?? '';
  if (
    bodyAt >= 0 &&
    MISSION_HEAD_SET.has(bodyHead) &&
    tokens[k]?.norm === 'في' &&
    PLACE_SET.has(tokens[k + 1]?.norm ?? '')
  )
    k += 2;
  if (!endsDescription(tokens, k, quotes, text)) return null;
  const title = range(from, k - 1).filter((j) => (tokens[j] as Token).type === 'word');
  return { first: from, last: k - 1, title, name: [], organisation: true, closed: true };
}

/**
 * A head in construct with one of a group, then where the group is after في (صاحب أحد مكاتب الاستقدام في
 * بريدة, مدير أحد الفنادق في مكة المكرمة, صاحب إحدى الورش في المنطقة الصناعية): the place says which
 * offices, shops or hotels, a word of who he is. The last token of the place, or -1: a town, or a place of
 * two words or more (حي العليا, المنطقة الصناعية), not a lone word pointed back to (في الشارع).
 */
function ownerOfOneInPlace(tokens: readonly Token[], from: number): number {
  const quantifier = tokens[from + 1];
  if (quantifier?.type !== 'word' || !ONE_OF_SET.has(quantifier.norm)) return -1;
  let k = from + 2;
  while (k - from <= 3 && isIndefiniteDescribing(tokens[k])) k++;
  const group = tokens[k];
  if (group?.type !== 'word' || !hasArticle(group.norm) || isStopWord(group.norm)) return -1;
  k++;
  while (k < from + 7 && tokens[k]?.type === 'word' && isDescribingWord(tokens[k] as Token)) k++;
  if (tokens[k]?.norm !== 'في') return -1;
  const place = tokens[k + 1];
  if (place?.type !== 'word') return -1;
  const end = describedBodyEnd(tokens, k + 1, true);
  if (end > k + 1) return end;
  return PLACE_SET.has(place.norm) ? k + 1 : -1;
}

/**
 * An owner's head, then the business without the article (صاحب ورشة, صاحبة مشغل, مالك محل): a description
 * whose genitives (زجاج السيارات) read as no name; مالك as a given name is followed by its father's.
 */
function ownsBusiness(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at];
  const business = tokens[at + 1];
  return (
    head?.type === 'word' &&
    BUSINESS_OWNER_SET.has(head.norm) &&
    business?.type === 'word' &&
    !hasArticle(business.norm) &&
    !isGivenName(business.norm) &&
    !isStopWord(business.norm) &&
    (ORGANISATION_SET.has(business.norm) || GATHERING_SET.has(business.norm) || !opensGivenName(tokens, at))
  );
}

/**
 * One of a group opening a clause before its own verb (غير أن أحد سكان حي البادية شكك …، وقال; لكن إحدى
 * الأمهات اعترضت …، وقالت): the description as a speaker's phrase — أحد/إحدى, at most two indefinite words
 * in construct, the definite group and its definite plural adjectives — when a word follows it that is
 * neither a name nor a preposition; null otherwise.
 */
export function oneOfBeforeVerb(tokens: readonly Token[], from: number): Subject | null {
  const head = tokens[from];
  if (head?.type !== 'word' || !ONE_OF_SET.has(head.norm)) return null;
  let k = from + 1;
  while (k - from <= 2 && isIndefiniteDescribing(tokens[k])) k++;
  const group = tokens[k];
  if (group?.type !== 'word' || !hasArticle(group.norm) || isStopWord(group.norm)) return null;
  k++;
  while (k < from + 6 && tokens[k]?.type === 'word' && PLURAL_ENDING.test((tokens[k] as Token).norm)) {
    if (!isDescribingWord(tokens[k] as Token)) break;
    k++;
  }
  const next = tokens[k];
  if (next?.type !== 'word' || isStopWord(next.norm) || hasArticle(next.norm) || isGivenName(next.norm))
    return null;
  return { first: from, last: k - 1, title: range(from, k - 1), name: [], organisation: true, closed: true };
}

/**
 * The word after وهو/وهي opens a clause about the source (وهو يحمل حقيبة, وهي تبكي, وهو في السبعين),
 * not who he is (وهو رجل الأعمال فلان, وهو اللواء فلان): a preposition, or an imperfect that is no title.
 */
function opensClause(token: Token | undefined): boolean {
  if (token?.type !== 'word') return false;
  if (STOP_SET.has(token.norm)) return true;
  return /^[يت].{2,}/u.test(token.norm) && !TITLE_SET.has(token.norm) && !isGivenName(token.norm);
}

/** A body's head with ب written on it (بأمانة, بوزارة, بالهيئة): where a described source works. */
function isGluedBody(token: Token | undefined): boolean {
  return (
    token?.type === 'word' &&
    token.norm.startsWith('ب') &&
    token.norm.length > 3 &&
    ORGANISATION_SET.has(token.norm.slice(1))
  );
}

/** The most words of what a source is, after وهو, with no name (وهو رجل أعمال سعودي). */
const MAX_ASIDE_WORDS = 5;

/**
 * The words from `at` to the next comma say what the source is with no name and no title before one
 * (وهو رجل أعمال سعودي, وهي أم لطفلين, وهو طالب جامعي): indefinite words, none a given name. Not وهو
 * رجل الأعمال فلان, وهو اللواء فلان, وهو سعد الغامدي: who he is.
 */
function describesWithoutName(tokens: readonly Token[], at: number): boolean {
  let k = at;
  for (; k < at + MAX_ASIDE_WORDS && tokens[k]?.type === 'word'; k++) {
    const norm = (tokens[k] as Token).norm;
    if (hasArticle(norm) || isGivenName(norm) || isStopWord(norm) || lookupCue(norm) !== undefined) break;
    if (k > at && opensClause(tokens[k])) break;
  }
  if (k === at) return false;
  if (isComma(tokens[k])) return true;
  // …or what he is (شاب سعودي, مقيم هندي, متقاعد, أم), then what he does or where (يبيع …, يعمل في …,
  // رفض الكشف عن اسمه, في …), up to the colon or the comma before the quote (وقال أحد الباعة، وهو شاب
  // سعودي يبيع البطيخ:): no title before a name, which an article or a given name would follow.
  if (k - at > 3) return false;
  const next = tokens[k];
  if (next?.norm === ':') return true;
  if (next?.type !== 'word') return false;
  if (!isStopWord(next.norm) && lookupCue(next.norm) === undefined && !opensClause(next)) return false;
  return asideCloses(tokens, k);
}

/** The most tokens from a source's aside to the colon or comma that closes it. */
const MAX_ASIDE_TOKENS = 16;

/** A colon or a comma closes the aside at `from` before any mark, break or complementiser. */
function asideCloses(tokens: readonly Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j - from < MAX_ASIDE_TOKENS; j++) {
    const token = tokens[j] as Token;
    if (token.norm === ':' || isComma(token)) return true;
    // (…but not one that names him: وهو شاب سوداني يدعى آدم)
    if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm) || IDENTIFYING.has(token.norm))
      return false;
    if (CALLED.has(token.norm)) return false;
  }
  return false;
}

/** A definite word that describes a group (المعارضة, القادمين), no title that a name would follow. */
function isDescribingWord(token: Token): boolean {
  return (
    hasArticle(token.norm) &&
    !GOVERNED_DEFINITE.test(token.norm) &&
    !TITLE_SET.has(token.norm) &&
    !isStopWord(token.norm)
  );
}

/** A definite word a preposition is written on (للأناضول, للصحفيين): whom he told, no adjective. */
const GOVERNED_DEFINITE = /^(?:لل|كال)/u;

/** An indefinite adjective or genitive after a source's head (رفيع, أمني, صناديق): no name, no verb. */
function isIndefiniteDescribing(token: Token | undefined): boolean {
  if (token?.type !== 'word' || hasArticle(token.norm) || isStopWord(token.norm)) return false;
  if (SOURCE_WITHIN.has(token.norm) || lookupCue(token.norm) !== undefined) return false;
  // دبلوماسي غربي شارك في المحادثات: a verb of his access opens a clause, no description's word.
  if (SOURCE_ACCESS_VERB_SET.has(token.norm) || isGluedBody(token)) return false;
  return !isGivenName(token.norm) && !WITHHOLDING_VERB_SET.has(token.norm);
}

/**
 * The last token of the body or place that opens at `at` after a described source's في (وزارة الصحة,
 * قطاع الاستقدام, مستشفى الملك فهد, شركة استثمار بالرياض, بنك محلي), or -1: not when or how he spoke
 * (في تصريح, في وقت سابق, في بيان), and no name in it.
 */
function describedBodyEnd(tokens: readonly Token[], at: number, alone = false): number {
  const first = tokens[at];
  if (first?.type !== 'word' || isStopWord(first.norm) || lookupCue(first.norm) !== undefined) return -1;
  const bare = hasArticle(first.norm) ? first.norm.slice(2) : first.norm;
  if (
    SPEECH_OCCASIONS.has(bare) ||
    DOCUMENT_SET.has(bare) ||
    isOwnDocument(first.norm) ||
    TIME_SET.has(first.norm) ||
    GATHERING_SET.has(bare) ||
    TITLE_SET.has(first.norm) ||
    isGivenName(first.norm) ||
    // …nor the town he is in (دبلوماسي أوروبي في بروكسل, عضو بارز في الرياض): where, not who; the
    // town one of a group came from is who (أحد المعتمرين القادمين من إندونيسيا).
    (PLACE_SET.has(first.norm) && !alone)
  )
    return -1;
  let last = at;
  for (let j = at + 1; j < tokens.length && j - at < MAX_DESCRIBED_BODY_WORDS; j++) {
    const word = tokens[j] as Token;
    if (word.type !== 'word' || isStopWord(word.norm) || COMPLEMENTISER_SET.has(word.norm)) break;
    if (lookupCue(word.norm) !== undefined || withheldNameEnd(tokens, j) > 0 || endsRelayedSource(tokens, j))
      break;
    const prev = (tokens[j - 1] as Token).norm;
    const fits =
      // a definite genitive or adjective (وزارة الصحة, الهلال الأحمر), not a title before a name
      (hasArticle(word.norm) && !TITLE_SET.has(word.norm)) ||
      // an indefinite adjective (بنك محلي, مصادر حكومية)
      (/^.{2,}يه?$/u.test(word.norm) && !isGivenName(word.norm)) ||
      // a place after glued ب (بالرياض, بجدة)
      /^ب.{3,}$/u.test(word.norm) ||
      // an indefinite genitive after an indefinite head (شركة استثمار, ريف إدلب), never a name
      (!hasArticle(prev) && !isGivenName(word.norm)) ||
      // the name a king's or a prince's hospital or university bears (مستشفى الملك فهد)
      NAMING_TITLES.has(prev);
    if (!fits) break;
    last = j;
  }
  // A lone word is a body or a place already named, pointed back to (في الوزارة, في المستودع): the
  // plain reading leaves it out.
  return last > at || alone ? last : -1;
}

/**
 * The described source's phrase ends before `at`: a complementiser, a mark or punctuation, whom it told
 * or its relayed words, a wish not to be named, a circumstantial clause (وهو يحمل), or a comma before an
 * aside that names no one. A name after the comma (، المقيم فلان،, ، ويدعى عمر،) is the plain reading's.
 */
function endsDescription(
  tokens: readonly Token[],
  at: number,
  quotes: ReadonlyMap<number, number>,
  text: string,
): boolean {
  const next = tokens[at];
  if (!next) return true;
  if (next.type === 'word') {
    return (
      COMPLEMENTISER_SET.has(next.norm) ||
      // إلى and a complementiser: a cue's complement (وأشار مسؤول في الوزارة إلى أن)
      ((next.norm === 'الى' || next.norm === 'الي') && COMPLEMENTISER_SET.has(tokens[at + 1]?.norm ?? '')) ||
      endsRelayedSource(tokens, at) ||
      withheldNameEnd(tokens, at) > 0 ||
      isHearerAfterLam(tokens, at, []) ||
      // the outlet told, on ل (ضابط في الجيش اللبناني لوكالة فرانس برس إن): whom, not who.
      isMediaHeadAfterLam(next.norm) ||
      // a time word, then the next part (أحد سكان الحي أمس إن): when, not who.
      (TIME_SET.has(next.norm) && endsDescription(tokens, at + 1, quotes, text)) ||
      // the town where the body sits, then the next part (مسؤول في الأمم المتحدة في جنيف إن): not his.
      (next.norm === 'في' &&
        PLACE_SET.has(tokens[at + 1]?.norm ?? '') &&
        endsDescription(tokens, at + 2, quotes, text)) ||
      (CIRCUMSTANTIAL_PRONOUNS.has(next.norm) && opensClause(tokens[at + 1]))
    );
  }
  if (!isComma(next)) return true;
  const aside = tokens[at + 1];
  if (aside?.type !== 'word') return false;
  // ، وهو يحمل حقيبة: a clause; ، وهو اللواء فلان, ، ويدعى عمر: who he is, the plain reading's.
  if (IDENTIFYING.has(aside.norm))
    return (
      CIRCUMSTANTIAL_PRONOUNS.has(aside.norm) &&
      (opensClause(tokens[at + 2]) || describesWithoutName(tokens, at + 2))
    );
  if (withheldNameEnd(tokens, at + 1) > 0 || COMPLEMENTISER_SET.has(aside.norm)) return true;
  const probe: Subject = {
    first: at - 1,
    last: at - 1,
    title: [at - 1],
    name: [],
    organisation: false,
    closed: true,
  };
  return !appendApposition(tokens, at, probe, quotes, text);
}

/** An Arabic or a Latin comma. */
export const isComma = (token: Token | undefined): boolean => token?.norm === '،' || token?.norm === ',';

/**
 * The last token of a source's wish not to be named that opens at `at` (طلب عدم الكشف عن اسمه, فضل
 * عدم ذكر اسمه, رافضا نشر هويته), or -1: the verb, عدم at most once, the verbal noun of telling, عن
 * at most once, and what is withheld. Five words at most.
 */
export function withheldNameEnd(tokens: readonly Token[], at: number): number {
  if (!WITHHOLDING_VERB_SET.has(tokens[at]?.norm ?? '')) return -1;
  let k = at + 1;
  if (tokens[k]?.norm === 'عدم') k++;
  if (!DISCLOSING_NOUN_SET.has(tokens[k]?.norm ?? '')) return -1;
  k++;
  if (tokens[k]?.norm === 'عن') k++;
  return WITHHELD_NOUN_SET.has(tokens[k]?.norm ?? '') ? k : -1;
}

/**
 * آن (Anne), which folds to ان like the complementisers, and آنا (Anna), which folds to انا like the
 * pronoun أنا: the madda tells them apart.
 */
function isAnne(token: Token, text: string, next?: Token): boolean {
  // آن الأوان (the time has come) is the verb before a definite noun.
  if (next?.type === 'word' && hasArticle(next.norm)) return false;
  return (token.norm === 'ان' || token.norm === 'انا') && text.charCodeAt(token.from) === 0x0622;
}

/** Outlets named without a head, by their first folded word (رويترز, بي بي سي). */
const OUTLETS_BY_FIRST = new Map<string, string[][]>();
for (const words of MEDIA_NAME_LIST) {
  const first = words[0] as string;
  OUTLETS_BY_FIRST.set(first, [...(OUTLETS_BY_FIRST.get(first) ?? []), words]);
}

/** ل before an outlet written by its name alone (لرويترز, لبي بي سي, للأناضول): whom one speaks to. */
function isOutletAfterLam(tokens: readonly Token[], at: number): boolean {
  return outletAfterLam(tokens, at) > 0;
}

/**
 * ل glued to a name in Latin letters at `at` that is a title's genitive, not whom it was said to: the
 * title read from `from` is its head and adjectives alone (الرئيس التنفيذي, مدير عام), with no
 * genitive yet, and a name follows the Latin words (الرئيس التنفيذي لـSTC فلان), or the title is
 * indefinite with an adjective, which an office of a body takes (مدير عام لـAramco Digital أن).
 * Bounded: the title's few words and the Latin words after ل.
 */
function isLatinGenitiveOfTitle(tokens: readonly Token[], from: number, at: number): boolean {
  const lam = tokens[at] as Token;
  if (!/^ل[A-Za-z]/u.test(lam.norm) || at - from < 2 || at - from > 3) return false;
  const head = (tokens[from] as Token).norm;
  const definite = hasArticle(head);
  for (let k = from + 1; k < at; k++) {
    const word = tokens[k] as Token;
    if (word.type !== 'word') return false;
    const adjective = definite ? hasArticle(word.norm) : TITLE_CONTINUATIONS.has(word.norm);
    if (!adjective || isPrepositional(word.norm) || isTitleHead(word.norm)) return false;
  }
  let j = at + 1;
  while (j < tokens.length && j - at <= 4 && /^[A-Za-z]/u.test((tokens[j] as Token).norm)) j++;
  const next = tokens[j];
  if (!definite) return true;
  return (
    next?.type === 'word' &&
    !/^[A-Za-z]/u.test(next.norm) &&
    !isStopWord(next.norm) &&
    !COMPLEMENTISER_SET.has(next.norm) &&
    !isPrepositional(next.norm) &&
    !hasArticle(next.norm)
  );
}

/**
 * لـ and a firm's short name in marks at `at` that is a definite title's genitive, not the outlet told:
 * the title read from `from` is a head with the article and its adjectives alone (الرئيس التنفيذي), and
 * a given name opens a name right after the closing mark (الرئيس التنفيذي لـ«أرامكو» فلان علان:).
 */
function isQuotedGenitiveOfTitle(
  tokens: readonly Token[],
  from: number,
  at: number,
  quotes: ReadonlyMap<number, number>,
): boolean {
  // (لـ folds to ل: tatweel is no part of a token's norm)
  if (tokens[at]?.norm !== 'ل' || tokens[at + 1]?.type !== 'mark' || at - from < 2 || at - from > 3)
    return false;
  if (!hasArticle((tokens[from] as Token).norm)) return false;
  for (let k = from + 1; k < at; k++) {
    const word = tokens[k] as Token;
    if (word.type !== 'word' || !hasArticle(word.norm) || isTitleHead(word.norm)) return false;
  }
  const close = quotes.get(at + 1);
  return close !== undefined && close - at <= MAX_SHORT_NAME + 1 && opensGivenName(tokens, close + 1);
}

/** A given name, a title or an honorific at `token`: a person named after the words before it. */
function namedAfter(token: Token | undefined): boolean {
  return (
    token?.type === 'word' &&
    !COMPLEMENTISER_SET.has(token.norm) && // إن, not the given name آن
    (isGivenName(token.norm) || TITLE_SET.has(token.norm) || HONORIFIC_SET.has(token.norm))
  );
}

/** ل glued to an outlet's head (لصحيفة, لوكالة, لقناة; not the article's لل): whom the words were told. */
export function isMediaHeadAfterLam(norm: string): boolean {
  return /^ل[^ل]/u.test(norm) && MEDIA_SET.has(norm.slice(1));
}

/** How many words an outlet after ل takes (لبي بي سي: 3), or 0. */
export function outletAfterLam(tokens: readonly Token[], at: number): number {
  const norm = tokens[at]?.type === 'word' ? (tokens[at] as Token).norm : '';
  if (!norm.startsWith('ل')) return 0;
  // لسبق.نت, لعكاظ.كوم: a site by its domain, the dot written with no space around it (3 tokens).
  const dot = tokens[at + 1];
  const suffix = tokens[at + 2];
  if (
    norm.length > 2 &&
    dot?.norm === '.' &&
    dot.from === (tokens[at] as Token).to &&
    suffix?.type === 'word' &&
    suffix.from === dot.to &&
    DOMAIN_SUFFIX_SET.has(suffix.norm.toLowerCase())
  )
    return 3;
  // لـCNN, لـBBC: ل glued to a name in Latin letters is always a preposition, whatever the outlet;
  // the outlet's Latin words go on after it (لـDW News), and its Arabic edition (لـDW عربية).
  // لعربي21: a name with digits glued to it is a site's or a channel's, never a person's.
  if (/^ل[\u0621-\u064A]{3,}[0-9]+$/u.test(norm)) return 1;
  if (/^ل[A-Za-z]/u.test(norm)) {
    let n = 1;
    while (n <= 4 && tokens[at + n]?.type === 'word' && /^[A-Za-z]/u.test((tokens[at + n] as Token).norm))
      n++;
    return n + editionAfter(tokens, at + n);
  }
  // لبرنامج «الثامنة»: a programme told, its name in marks (a few words), the marks taken in.
  if (/^ل[^ل]/u.test(norm) && HEARD_WORK_SET.has(norm.slice(1)) && tokens[at + 1]?.type === 'mark')
    for (let k = at + 2; k <= at + 2 + MAX_OUTLET_WORDS && k < tokens.length; k++) {
      const token = tokens[k] as Token;
      // Not a programme in the speaker's title, his name after it (المدير التنفيذي لبرنامج «سند» محمد
      // العتيبي): the name goes on past the marks.
      if (token.type === 'mark') return namedAfter(tokens[k + 1]) ? 0 : k - at + 1;
      if (token.type !== 'word') break;
    }
  // للأناضول is ل with the article; للوموند is ل before a name that starts with ل.
  const rests = norm.startsWith('لل') ? [`ا${norm.slice(1)}`, norm.slice(1)] : [norm.slice(1)];
  for (const rest of rests) {
    for (const words of OUTLETS_BY_FIRST.get(rest) ?? []) {
      const whole = words.every(
        (word, k) => k === 0 || (tokens[at + k]?.type === 'word' && tokens[at + k]?.norm === word),
      );
      if (whole) return words.length + editionAfter(tokens, at + words.length);
    }
  }
  return 0;
}

/** News media heads whose name after them is an outlet's, never an office's body (وكالة only as وكالة الأنباء). */
const NEWS_HEADS = new Set(['صحيفه', 'جريده', 'مجله', 'قناه', 'اذاعه', 'موقع']);
/** The most words of an outlet's name after its head (وكالة الأنباء السعودية الرسمية). */
const MAX_OUTLET_WORDS = 4;

/**
 * The last token of an outlet after ل at `at` when a person's name opens right after it, after a
 * person's title read as `words` (وقال السفير لصحيفة «عكاظ» فلان, وقال المحامي لوكالة الأنباء الفرنسية
 * فلان, وقال المتحدث لقناة الجزيرة فلان): the outlet is whom the title's holder spoke to, and the name
 * is his, as no outlet's name goes on with a person's. Else -1. The outlet: one known by name
 * (outletAfterLam), or a news head (لصحيفة, لقناة, لوكالة الأنباء) and its quoted name, one plain
 * word, or up to MAX_OUTLET_WORDS definite words. Not after a body (the body's field) nor an office's
 * head, which governs the outlet as its genitive (رئيس تحرير, مدير, المدير العام لقناة …).
 */
function heardOutletEnd(
  tokens: readonly Token[],
  at: number,
  words: readonly number[],
  quotes: ReadonlyMap<number, number>,
): number {
  const norm = tokens[at]?.norm ?? '';
  if (!/^ل[^ل]/u.test(norm)) return -1;
  const title = words.map((k) => (tokens[k] as Token).norm);
  const office = (word: string) =>
    ORGANISATION_SET.has(word) || OFFICE_HEAD_SET.has(word.replace(/^ال/u, ''));
  if (!isTitleHead(title[0] as string) || title.some(office)) return -1;
  let end = -1;
  const known = outletAfterLam(tokens, at);
  const head = norm.slice(1);
  if (known > 0) end = at + known - 1;
  else if (NEWS_HEADS.has(head) || (head === 'وكاله' && /^(?:ال)?انباء$/u.test(tokens[at + 1]?.norm ?? ''))) {
    const close = quotes.get(at + 1);
    if (close !== undefined && close - at <= MAX_OUTLET_WORDS + 2) end = close;
    // …or its definite words (الجزيرة, الأنباء الفرنسية), or one plain word (عكاظ)
    else if (tokens[at + 1]?.type === 'word' && !hasArticle(tokens[at + 1]?.norm ?? '')) end = at + 1;
    else
      for (let k = at + 1; k <= at + MAX_OUTLET_WORDS && hasArticle(tokens[k]?.norm ?? ''); k++) {
        if (tokens[k]?.type !== 'word' || opensGivenName(tokens, k)) break;
        end = k;
      }
  }
  // …a given name, or one that is also a common word (سامي, كريم) with a second word of the name after it
  const given = tokens[end + 1]?.norm ?? '';
  const second = tokens[end + 2];
  const named =
    opensGivenName(tokens, end + 1) ||
    (GIVEN_NAME_SET.has(given) &&
      second?.type === 'word' &&
      !isStopWord(second.norm) &&
      !isPrepositional(second.norm));
  return end > at && named ? end : -1;
}

/** How many words an outlet known by name takes from `at`, with no ل before it (فرانس برس: 2), or 0. */
function knownOutletAt(tokens: readonly Token[], at: number): number {
  const first = tokens[at]?.type === 'word' ? (tokens[at] as Token).norm : '';
  for (const words of OUTLETS_BY_FIRST.get(first) ?? []) {
    if (words.every((word, k) => tokens[at + k]?.type === 'word' && tokens[at + k]?.norm === word))
      return words.length + editionAfter(tokens, at + words.length);
  }
  return 0;
}

/**
 * How many tokens the outlet told takes right after a reporting verb, when the subject follows it (the
 * hearer before the subject, as Saudi papers and agencies write: وقال لـ"الشرق الأوسط" مصدر مطلع, وذكر
 * لـ«سبق» العقيد فلان, وقال لوكالة فرانس برس مسؤول): ل and an outlet's name in marks (a few words), or
 * ل with a news head (لوكالة, لصحيفة, لقناة) and the outlet's name in marks, known by name, or in its
 * definite words up to a title or a given name (لوكالة الأنباء الألمانية). 0 when no word that may
 * open a subject follows (وقال لـ"الرياض" إن): the subject was dropped. Bounded: the outlet's words.
 */
export function toldOutletAfter(
  tokens: readonly Token[],
  at: number,
  quotes: ReadonlyMap<number, number>,
  /** The verb takes the one told as its object, with no ل (أفاد «عكاظ» مصدر …): marks alone will do. */
  bare = false,
): number {
  const norm = tokens[at]?.type === 'word' ? (tokens[at] as Token).norm : '';
  const inMarks = (open: number) => {
    const close = quotes.get(open);
    return close !== undefined && close - open >= 2 && close - open <= MAX_OUTLET_WORDS + 1 ? close : -1;
  };
  let end = -1;
  if (norm === 'ل') end = inMarks(at + 1);
  else if (bare && tokens[at]?.type === 'mark') end = inMarks(at);
  else if (NEWS_HEADS.has(norm.slice(1)) || norm === 'لوكاله') {
    const known = knownOutletAt(tokens, at + 1);
    end = inMarks(at + 1);
    if (end < 0 && known > 0) end = at + known;
    else if (end < 0)
      for (let k = at + 1; k <= at + MAX_OUTLET_WORDS; k++) {
        const word = tokens[k];
        if (
          word?.type !== 'word' ||
          !hasArticle(word.norm) ||
          isTitleHead(word.norm) ||
          opensGivenName(tokens, k)
        )
          break;
        end = k;
      }
  }
  // …and the outlet's adjective of origin or kind after its marks (لصحيفة «الحياة» اللندنية).
  const adjective = tokens[end + 1];
  if (
    end >= 0 &&
    tokens[end]?.type === 'mark' &&
    adjective?.type === 'word' &&
    hasArticle(adjective.norm) &&
    adjective.norm.endsWith('يه') &&
    !isTitleHead(adjective.norm) &&
    !ORGANISATION_SET.has(adjective.norm)
  )
    end++;
  const next = tokens[end + 1];
  if (end < 0 || next?.type !== 'word') return 0;
  const opens =
    !COMPLEMENTISER_SET.has(next.norm) &&
    !isStopWord(next.norm) &&
    !isPrepositional(next.norm) &&
    !TIME_SET.has(next.norm);
  return opens ? end - at + 1 : 0;
}

/** The words that name an outlet's Arabic edition after its name (سكاي نيوز عربية, DW عربية, بي بي سي عربي). */
const EDITION_WORDS = new Set(['عربيه', 'عربي', 'بالعربيه', 'بالعربي']);

/** 1 when the word at `at` names the Arabic edition of the outlet just read (لـDW عربية), else 0. */
function editionAfter(tokens: readonly Token[], at: number): number {
  return tokens[at]?.type === 'word' && EDITION_WORDS.has((tokens[at] as Token).norm) ? 1 : 0;
}

/**
 * صباح, بيان, فجر, وعد: a woman's given name that is also a masculine noun news stops at (morning, a
 * statement, dawn, a promise). Where only a woman can stand it is her name: right after a feminine
 * reporting verb (وقالت صباح، 44 عاما، …; the noun itself takes قال), after a feminine title
 * (المعلمة بيان المطيري) or after تدعى; not before a time word, where it is the time of the verb
 * (وقالت صباح اليوم وزارة الصحة, صباح الأحد) or a body's name.
 */
export function isWomansNameWord(tokens: readonly Token[], at: number, previous: string): boolean {
  const token = tokens[at];
  if (token?.type !== 'word' || !WOMAN_NAME_WORD_SET.has(token.norm)) return false;
  const next = tokens[at + 1];
  // …nor before a body's name, whose document it is (وقالت بيان الوزارة, an error for قال).
  if (
    next?.type === 'word' &&
    (TIME_SET.has(next.norm) ||
      next.norm === 'يوم' ||
      PART_OF_DAY_QUALIFIER_SET.has(next.norm) ||
      DOCUMENT_QUALIFIER_SET.has(next.norm) ||
      ORGANISATION_SET.has(next.norm))
  )
    return false;
  // …nor a document a verb then says things in (ونشرت الناطقة بيان جاء فيه أن): a woman is not what words are in.
  if (tokens[at + 2]?.norm === 'فيه') return false;
  if (previous === '') return lookupCue((tokens[at - 1] as Token | undefined)?.norm ?? '')?.agreement === 'f';
  // صباح is also a man's name in the Gulf, after a man's honorific (الشيخ صباح خالد الحمد الصباح).
  if (token.norm === 'صباح' && MAN_HONORIFIC_BEFORE_SABAH.has(previous)) return true;
  return previous === 'تدعى' || (previous.endsWith('ه') && stripToSet(previous, TITLE_SET) !== undefined);
}

/**
 * Offices that take no ل and a title after them as their own complement (الرئيس, الملك, the minister):
 * after them ل and an office's head (لوزير, للرئيس, لولي) is whom the words were told. Folded. Posts that
 * do take one (النائب الأول لرئيس الوزراء, المستشار الخاص للملك, مساعد الوزير) are left out.
 */
const WHOLE_OFFICES = new Set([
  'الرئيس',
  'الرئيسه',
  'الملك',
  'الملكه',
  'الامير',
  'الاميره',
  'العاهل',
  'السلطان',
  'الوزير',
  'الوزيره',
]);
/** The heads of offices a ل before them makes the hearers (لوزير, للرئيس, لولي), folded, without ل. */
const TOLD_OFFICE_HEADS = new Set([
  'رئيس',
  'رئيسه',
  'الرئيس',
  'الرئيسه',
  'وزير',
  'وزيره',
  'الوزير',
  'الوزيره',
  'ولي',
  'ملك',
  'الملك',
  'امير',
  'الامير',
  'سفير',
  'السفير',
]);

/**
 * ل and an office's head (لوزير الخارجية, للرئيس الأمريكي, لولي العهد) after a subject that is a whole
 * office and its adjectives only (الرئيس, الملك الأردني, وزير الخارجية): whom the words were told.
 */
function isOfficeToldAfterLam(tokens: readonly Token[], words: readonly number[], norm: string): boolean {
  if (!norm.startsWith('ل') || norm.length < 4) return false;
  const head = norm.startsWith('لل') ? `ا${norm.slice(1)}` : norm.slice(1);
  if (!TOLD_OFFICE_HEADS.has(head)) return false;
  const [first, ...rest] = words.map((k) => (tokens[k] as Token).norm);
  if (first === undefined) return false;
  // وزير الخارجية لوزير الدفاع: an indefinite minister's head and his portfolio is whole too.
  const minister =
    (first === 'وزير' || first === 'وزيره') && rest.length >= 1 && hasArticle(rest[0] as string);
  if (!WHOLE_OFFICES.has(first) && !minister) return false;
  // …its other words adjectives of origin or the portfolio alone (الرئيس الأمريكي, وزير الخارجية الفرنسي)
  return rest.every((w, n) => isNisba(w) || (minister && n === 0));
}

/** Honorifics of a man before صباح as his given name (الشيخ صباح الأحمد, سمو الأمير صباح), folded. */
const MAN_HONORIFIC_BEFORE_SABAH = new Set(['الشيخ', 'شيخ', 'الامير', 'امير']);

/** Hyphens that join the halves of a double given name. */
const NAME_HYPHENS = new Set(['-', '\u2010', '\u2011']);

/** A hyphen at `at` written tight between two words (هانز-يورغن): no space before it nor after it. */
export function isNameHyphen(tokens: readonly Token[], at: number): boolean {
  const hyphen = tokens[at];
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    hyphen !== undefined &&
    (NAME_HYPHENS.has(hyphen.norm) || isNameDot(tokens, at)) &&
    !hyphen.spaceBefore &&
    before?.type === 'word' &&
    after?.type === 'word' &&
    !after.spaceBefore
  );
}

/**
 * A dot tight between a transliterated letter's syllable and a word (إي.أون, the firm E.ON): one name, as
 * a hyphen joins one. The syllable is two letters, no word of the lists (في, من, عن, a one-letter title's
 * abbreviation), after a space or the text's start, so that a sentence run into the next with no space
 * after its full stop (… الاتفاق.وأضاف) is not joined.
 */
function isNameDot(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  return (
    tokens[at]?.norm === '.' &&
    before?.type === 'word' &&
    before.norm.length === 2 &&
    (before.spaceBefore || at === 1) &&
    !isStopWord(before.norm) &&
    !ABBREVIATED_TITLE_SET.has(before.norm) &&
    after?.type === 'word' &&
    !after.spaceBefore &&
    !isStopWord(after.norm)
  );
}

/**
 * Reads the subject that follows a reporting verb (VSO order): words up to punctuation, a
 * complementiser, a preposition or another cue. A title part is split from the name that follows it
 * (`المتحدث باسم الخارجية الأميركية ريتشارد باوتشر`); a title alone may take its name from an
 * apposition after a comma (`السفير الأميركي، جيرالد فايرستاين،`).
 */
export function readSubject(
  tokens: readonly Token[],
  from: number,
  quotes: ReadonlyMap<number, number> = NO_QUOTES,
  /** The first word may carry a preposition (للممثل علاء النعيمي), as when it is read back from a later verb. */
  leadingPreposition = false,
  /** The text the tokens come from, to tell ة from ه where folding joined them. */
  text = '',
  /** Whether an unnamed member may stand for his group (memberOf); false for the plain reading. */
  members = true,
): Subject | null {
  // غير, سوى ("other than", "but") open no one's name (الواقع يقول غير ذلك), nor does an aside that
  // names where the words were found (وأضافت حسبما نقلت الوكالة، أن …).
  const first = tokens[from]?.norm ?? '';
  if (EXCEPTION_WORDS.has(first) || ASIDE_WORDS.has(first) || NAMELESS_OPENERS.has(first)) return null;
  // …nor a noun that governs the verb's complement (أكد فيها أهمية التعاون): the object, the subject
  // dropped; not صحة, which heads a health directorate's name too (وقالت صحة جدة).
  if (COMPLEMENT_NOUN_SET.has(first) && first !== 'صحه') return null;
  // …nor the head of a time phrase (نشرتها قبيل اجتماع …, عشية الانتخابات): when, not who.
  if (TIME_PHRASE_HEAD_SET.has(first)) return null;
  // …nor a word behind ل that its own letters show a noun (لمخاطبيه): a subject is never behind a
  // preposition, and no foreign surname so spelt (لافروف) has that shape.
  if (!leadingPreposition && isPrepositionalNoun(tokens[from], text)) return null;
  // …nor a noun of stance with the speaker's pronoun (أكدت عزمها طرح …, جدد رفضه): the verb's object.
  const stance = PRONOUN_STEM.exec(first)?.[1];
  if (stance !== undefined && STANCE_NOUN_SET.has(stance)) return null;
  const subject = readSubjectPhrase(tokens, from, quotes, leadingPreposition, text, members);
  if (subject === null) return null;
  const named = objectAfterTitle(tokens, from, objectInName(tokens, from, subject, text));
  if (named === null) return null;
  const read = objectBeforeQuote(tokens, from, named, quotes, text);
  const further =
    namedAfterDescription(tokens, read, quotes, text) ?? namedAfterAnchor(tokens, read, quotes, text);
  if (further) return further;
  return namedInApposition(tokens, namedInAside(tokens, read, quotes, text), quotes, text);
}

/**
 * A body's phrase cut before a noun that governs the verb's complement (وأكد مسؤول في إدارة مستشفى الملك
 * فهد صحة الخبر), after a verb that takes one (not قال): past its second word, and not right after a head
 * that takes it in construct as the body's field (مديرية صحة الرياض, مدير صحة جدة).
 */
function stanceInBody(tokens: readonly Token[], subject: Subject): Subject {
  const cut = subject.title.findIndex((k, n) => {
    if (n < 2 || !COMPLEMENT_NOUN_SET.has((tokens[k] as Token).norm)) return false;
    // …after a word that closes a name (a definite word, a given name, a place, an adjective of origin:
    // مصدر أمني مصري صحة …), not one that governs the noun in the body's own name (جمعية حماية صحة
    // المستهلك, إدارة رعاية صحة الأم)
    const before = (tokens[subject.title[n - 1] as number] as Token).norm;
    return (
      !ORGANISATION_SET.has(before) &&
      !TITLE_SET.has(before) &&
      (hasArticle(before) || isGivenName(before) || PLACE_SET.has(before) || /.{2}ي$/u.test(before))
    );
  });
  if (cut < 0) return subject;
  const title = subject.title.slice(0, cut);
  return { ...subject, title, last: title.at(-1) as number, closed: true };
}

/**
 * A word glued to ل whose letters show a noun after the preposition: a participle's plural with its
 * pronoun (لمخاطبيه); never a given name.
 */
function isPrepositionalNoun(token: Token | undefined, text: string): boolean {
  if (token?.type !== 'word' || text === '' || !token.norm.startsWith('لم') || isGivenName(token.norm))
    return false;
  // (the pronoun as written, ه not a folded ة; no wider test: ل, ب, ك open nouns of their own, لجنة,
  // بلدية, and foreign names, بالوتيلي; لل opens an issuer's title after a document, بيان للمديرة)
  const written = text.slice(token.from, token.to).replace(/[\u064B-\u065F\u0640]/gu, '');
  return /^لم.{3,}ي(?:ه|ها|هم)$/u.test(written);
}

/** Words of exception, folded: no subject opens with them. */
const EXCEPTION_WORDS = new Set(['غير', 'سوى']);
/** Conjunctions that open an aside on the words' source ("as", "according to what"), folded. */
const ASIDE_WORDS = new Set(['حسبما', 'بحسبما', 'وفقما', 'وحسبما']);

/** The most tokens read past a description to the word that anchors its holder's name (namedAfterAnchor). */
const MAX_ANCHOR_REACH = 12;
/** The most tokens of a body's quoted short name inside a description (لجمعية حماية المستهلك «حماية»). */
const MAX_SHORT_NAME = 6;
/** The most definite nisbas between an honorific or a rank and the name (الرائد الروسي فلان). */
const MAX_ANCHOR_NISBAS = 2;
/**
 * Prepositions that open another's phrase inside a description, folded (في اتصال مع الدكتور فلان, القادم
 * من, الموجه إلى, المشرف على): a name after them is not the holder's, and the clause's own complement
 * (على أن, من أن) opens with them too.
 */
const ANCHOR_STOPS = new Set(['مع', 'من', 'الى', 'الي', 'على', 'علي']);

/** An honorific, a rank or a title with the article (الدكتورة, العقيد, الرائد, المهندس), folded. */
function isAnchoringTitle(norm: string): boolean {
  return hasArticle(norm) && (HONORIFIC_SET.has(norm) || TITLE_SET.has(norm) || RANKS_ALSO_WORDS.has(norm));
}

/**
 * A definite word behind ب or ل (بالرياض, للنقل), folded: a phrase that governs nothing after it; not a
 * title (بالمدير فلان: the name is his, the object of ب).
 */
const isGluedDefinite = (norm: string): boolean =>
  /^و?(?:بال|لل)/u.test(norm) && stripToSet(norm, TITLE_SET) === undefined;

/** anchoredNameStart's answer when the word is another person's title with no name after it. */
const OTHERS_TITLE = -2;

/**
 * Where the name starts when the word at `at` anchors a holder's name after a description, or -1: an
 * honorific, a rank or a title with the article (الدكتورة, العقيد, المهندس) and, after it, its rank
 * words and up to two nisbas of nationality (الرائد الروسي) before a plain word; or a given name
 * (opensGivenName: a chain with بن/بنت, a given name of the lexicon, آن). Not a namesake's title or given
 * name in a body's or a place's name (مستشفى الملك فهد, بجامعة محمد الخامس), nor a name right after a
 * preposition or a verbal noun, whose object it is (في حفل تكريم الدكتور فلان). OTHERS_TITLE for a title
 * with the article and no name right after it (السفير البريطاني، فلان،, المبعوث الأممي): the verb's
 * object with its own title, another person.
 */
function anchoredNameStart(tokens: readonly Token[], at: number, text: string): number {
  const word = tokens[at] as Token;
  const prev = tokens[at - 1];
  if (isNamesakeTitle(tokens, at)) return -1;
  if (prev?.type === 'word') {
    const head = /^[بل]/u.test(prev.norm) ? prev.norm.slice(1) : prev.norm;
    if (NAMESAKE_TITLES.has(prev.norm) || isNamedHead(head)) return -1;
    // (a preposition, bare or glued to a body's head that governs what follows, بوزارة: not a definite
    // word behind it, بالرياض, whose phrase is whole)
    if (
      (isPrepositional(prev.norm) && !isGluedDefinite(prev.norm)) ||
      COMPLEMENT_PREPOSITIONS.has(prev.norm) ||
      ANCHOR_STOPS.has(prev.norm) ||
      DERIVED_VERBAL_NOUN.test(prev.norm) ||
      OBJECT_VERBAL_NOUN_SET.has(prev.norm)
    )
      return isAnchoringTitle(word.norm) || opensGivenName(tokens, at) ? OTHERS_TITLE : -1;
  }
  if (isAnchoringTitle(word.norm)) {
    let start = at + 1;
    while (start < at + 3 && tokens[start]?.type === 'word' && RANK_SET.has((tokens[start] as Token).norm))
      start++;
    for (let n = 0; n < MAX_ANCHOR_NISBAS; n++) {
      const nisba = tokens[start];
      if (nisba?.type !== 'word' || !hasArticle(nisba.norm) || !isNisba(nisba.norm)) break;
      start++;
    }
    const next = tokens[start];
    return next?.type === 'word' &&
      !hasArticle(next.norm) &&
      !isStopWord(next.norm) &&
      !isPrepositional(next.norm) &&
      stripToSet(next.norm, TITLE_SET) === undefined &&
      !ORGANISATION_SET.has(next.norm)
      ? start
      : OTHERS_TITLE;
  }
  // An abbreviated honorific and its dot (د. فلان): the name after the dot.
  if (ABBREVIATED_TITLE_SET.has(word.norm) && tokens[at + 1]?.norm === '.') {
    const next = tokens[at + 2];
    return next?.type === 'word' && !hasArticle(next.norm) && !isStopWord(next.norm) ? at + 2 : -1;
  }
  // A joiner before a compound's end opens a given name written in two words (عبد الله, عبد الرحمن), and
  // a kunya's head before a given name opens the kunya (أبو سعد, أم فيصل).
  const next = tokens[at + 1];
  if (
    next?.type === 'word' &&
    ((NAME_JOINER_SET.has(word.norm) && COMPOUND_END_SET.has(next.norm)) ||
      (KUNYA_HEADS.has(word.norm) && (opensGivenName(tokens, at + 1) || isGivenName(next.norm))))
  )
    return at;
  return opensGivenName(tokens, at) || isGivenName(word.norm) || isAnne(word, text, next) ? at : -1;
}

/**
 * The name read from an anchor ends where the clause's own complement starts: punctuation or a mark, a
 * complementiser, a preposition (على أن, من أن, في حديث), ب and the verb's object (بالقرار), whom the
 * words were told after ل (لـ«الوطن», للصحفيين), or the verb's object the name's reading cut off.
 */
function closesAnchoredName(tokens: readonly Token[], named: Subject): boolean {
  if (named.whole) return true;
  const at = (named.name.at(-1) as number) + 1;
  const after = tokens[at];
  return (
    after === undefined ||
    after.type !== 'word' ||
    COMPLEMENTISER_SET.has(after.norm) ||
    ANCHOR_STOPS.has(after.norm) ||
    COMPLEMENT_PREPOSITIONS.has(after.norm) ||
    isStopWord(after.norm) || // (خلال ندوة, أمس, قد قال)
    /^ب/u.test(after.norm) ||
    /^ل[ـ]?$/u.test(after.norm) ||
    isOutletAfterLam(tokens, at) ||
    isHearerAfterLam(tokens, at, []) ||
    named.last > at - 1
  );
}

/**
 * A description read as the subject with no name (a post with its body and field, a researcher with her
 * university, a seat with its district, a party with its state), then, past the description's
 * complements (في/عن/ب/ل and their noun phrases, a body's quoted short name, a second role noun, a
 * comma), the holder's name anchored by an honorific or a rank (الدكتورة, العقيد, الرائد الروسي), a
 * given name or a chain with بن/بنت, or a foreign name of plain words between commas; before the clause's
 * own complement (a colon, أنّ/إنّ, على أن, من أن, لـ«outlet», the verb's object). The name speaks, the
 * description with its complements and the honorific is its title. Null when no anchor comes first:
 * the description then speaks alone. Bounded: MAX_ANCHOR_REACH tokens past the description.
 */
function namedAfterAnchor(
  tokens: readonly Token[],
  subject: Subject,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject | null {
  if (subject.organisation || subject.title.length === 0) return null;
  // (a second role noun in construct read as a one-word name before its definite genitive: بجدة سيدة
  // الأعمال, the description going on)
  const one = subject.name[0];
  const oneNorm = one === undefined ? '' : (tokens[one] as Token).norm;
  const construct =
    one !== undefined &&
    // (or a namesake's name after a king's or a prince's title that an indefinite noun governs: مدير
    // مشروع الملك فلان لسقيا زمزم المهندس فلان — the project's name, not the director's)
    (isNamesakeInConstruct(tokens, one - 1) ||
      (!opensGivenName(tokens, one) &&
        ((subject.name.length === 1 &&
          subject.last > one &&
          range(one + 1, subject.last).every((k) => hasArticle((tokens[k] as Token).norm))) ||
          // (or the description's complement behind ب or ل read as the name, a noun in construct with a
          // definite genitive or a quoted name: بكلية الشريعة, لأمراض القلب, لعلامة «…»; not a foreign
          // name that opens with ل or ب, ليزا أبو خالد, nor a syllable, لي مي لينغ)
          (/^[بل]/u.test(oneNorm) &&
            oneNorm.length > 3 &&
            !hasArticle(oneNorm.slice(1)) &&
            !isGivenName(oneNorm) &&
            (hasArticle(tokens[one + 1]?.norm ?? '') || quotes.has(one + 1))) ||
          // (or a noun joined with و and its pronoun back to the title's genitive: أستاذ الفقه وأصوله)
          (oneNorm.startsWith('و') && !isGivenName(oneNorm) && isPossessedWord(tokens[one], text)))));
  if (subject.name.length > 0 && !construct) return null;
  // (from the title's end: a reading with no name may have run on past it, over the name)
  const from = construct ? (one as number) + 1 : (subject.title.at(-1) as number) + 1;
  const limit = from + MAX_ANCHOR_REACH - 1;
  for (let p = from; p <= limit && p < tokens.length; p++) {
    const token = tokens[p] as Token;
    if (token.type === 'mark') {
      // A body's short name between marks after a word of its name (لجمعية حماية المستهلك «حماية»).
      const close = quotes.get(p);
      const before = tokens[p - 1];
      if (
        close === undefined ||
        close - p > MAX_SHORT_NAME ||
        before?.type !== 'word' ||
        /^ل[ـ]?$/u.test(before.norm) ||
        isOutletAfterLam(tokens, p - 1)
      )
        return null;
      p = close;
      continue;
    }
    if (isComma(token)) {
      // A foreign name of plain words between commas (، جان لوك مورو،).
      const named = plainNameBetweenCommas(tokens, p);
      if (named > 0) return anchoredSubject(tokens, subject, range(p + 1, named));
      continue;
    }
    if (token.type !== 'word') return null;
    const norm = token.norm;
    // (a function word other than a complement's preposition stops the reading too: a relative clause,
    // another's phrase — أشاد الرئيس بالوساطة التي قادها وزير الخارجية، فلان،; not آن, a name's)
    const anne = isAnne(token, text, tokens[p + 1]);
    if (
      (!anne && (COMPLEMENTISER_SET.has(norm) || (isStopWord(norm) && !COMPLEMENT_PREPOSITIONS.has(norm)))) ||
      lookupCue(norm) !== undefined ||
      TIME_SET.has(norm) ||
      CIRCUMSTANCE_WORDS.has(norm) ||
      ANCHOR_STOPS.has(norm) ||
      // (a source's wish not to be named: مسؤول في الشركة، فضل عدم ذكر اسمه،)
      withheldNameEnd(tokens, p) >= 0 ||
      // (a conjunct after a comma, another person or another phrase: ، وفلان بن فلان، وزير …)
      (isComma(tokens[p - 1]) && norm.startsWith('و') && !isGivenName(norm)) ||
      // (a word of lineage: the chain of a name already passed, not its start)
      LINEAGE_SET.has(norm) ||
      SON_OF.has(norm) ||
      // (where or at what it was said, في بيان, في حفل تكريم, في افتتاح: whom it honours is no holder)
      (norm === 'في' && isOccasionAfterFi(tokens, p)) ||
      // (a word with a pronoun or tanween: the verb's act or an adverb, لدى استقباله, حاليا; a word with
      // the article has no pronoun, المياه)
      (!hasArticle(norm) &&
        isPossessedWord(token, text) &&
        // (not a noun joined with و whose pronoun goes back to the description, الفقه وأصوله; a title so
        // joined is another person, ونائبه)
        !(norm.startsWith('و') && !isTitleHead(norm) && p === from)) ||
      hasTanween(token, text) ||
      // (a kinsman after ل is whom the words were told: لوالد الطفل الشيخ فلان)
      isKinAfterLam(norm) ||
      // (an office's head in construct opens another person's title, the verb's object: طالبت النائبة عن
      // حزب … رئيس الحكومة فلان بـ…; a calling goes on the description: … بجدة رجل الأعمال فلان)
      (TITLE_SET.has(norm) &&
        !hasArticle(norm) &&
        !CALLING_HEADS.has(norm) &&
        !ABBREVIATED_TITLE_SET.has(norm)) ||
      // (a title behind ب or ل is another person, the object of the preposition: اجتمع الوزير بالمدير
      // التنفيذي للشركة فلان, المستشار الإعلامي لرئيس الوزراء)
      (/^و?[بل]/u.test(norm) && !TITLE_SET.has(norm) && stripToSet(norm, TITLE_SET) !== undefined) ||
      isInOccasion(tokens, p) ||
      isOutletAfterLam(tokens, p) ||
      isHearerAfterLam(tokens, p, []) ||
      // (a circumstantial participle: what the speaker did, مستشهدا بقول فلان, ممتدحا بحث فلان)
      CIRCUMSTANTIAL_PARTICIPLE.test(norm) ||
      // (what a verb of stance praises: أشاد الوزير بجهود المدير فلان, the director's efforts)
      praisedAfterTitle(tokens, subject.first, norm) ||
      // (the occasion of the words: بمناسبة الذكرى … لتولي الملك فلان)
      OCCASION_OPENERS.has(norm)
    )
      return null;
    const start = anchoredNameStart(tokens, p, text);
    if (start === OTHERS_TITLE) return null;
    // (a name in the genitive of a noun that opens a complement is that noun's: في مكتب الدكتور فلان, عن
    // دراسة الدكتور فلان, بإشراف الدكتور فلان, بدعم الأمير فلان; not a place's, بجامعة طيبة الدكتورة فلانة, في جدة الدكتور فلان)
    if (start >= 0 && governedAfterPreposition(tokens, start)) return null;
    // (after a comma the anchor comes at once, or the clause goes on: …، تقوم فلانة بمهام, …، تدعى فلانة)
    if (start < 0 && isComma(tokens[p - 1])) return null;
    if (start < 0) continue;
    const read = readSubjectPhrase(tokens, start, quotes, false, text, false);
    const named = read && objectInName(tokens, start, read, text);
    if (
      !named ||
      named.organisation ||
      named.title.length > 0 ||
      named.name[0] !== start ||
      named.name.length < 2 ||
      !closesAnchoredName(tokens, named)
    )
      return null;
    return { ...anchoredSubject(tokens, subject, named.name), last: named.last, whole: named.whole };
  }
  return null;
}

/**
 * A king's, a prince's or a saint's title at `at` (NAMESAKE_TITLES) that an indefinite common noun governs
 * (مشروع الملك, جائزة الأمير, كرسي الشيخ): the namesake of the thing named, whose name follows; a person's
 * own such title follows a definite word or a place (ولي العهد الأمير, أمير منطقة الرياض الأمير).
 */
function isNamesakeInConstruct(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at - 1];
  return (
    NAMESAKE_TITLES.has(tokens[at]?.norm ?? '') &&
    head?.type === 'word' &&
    !hasArticle(head.norm) &&
    !PLACE_SET.has(head.norm) &&
    stripToSet(head.norm, TITLE_SET) === undefined &&
    !isStopWord(head.norm)
  );
}

/** An indefinite participle in the accusative (مستشهدا, ممتدحا, متحدثا): a circumstance, not a name. */
const CIRCUMSTANTIAL_PARTICIPLE = /^(?:مست|مت|من|مم).{2,}ا$/u;

/**
 * True when the word before `at` is an indefinite common noun that opens a complement, after في or عن or
 * with ب on it (في مكتب, عن دراسة, بإشراف, برعاية): the name at `at` is its genitive.
 */
function governedAfterPreposition(tokens: readonly Token[], at: number): boolean {
  // (back over the holder's own titles: الدكتور, الأمير, الطالب)
  let k = at - 1;
  while (
    k > at - 4 &&
    tokens[k]?.type === 'word' &&
    hasArticle((tokens[k] as Token).norm) &&
    isTitleHead((tokens[k] as Token).norm)
  )
    k--;
  at = k + 1;
  const noun = tokens[at - 1];
  if (
    noun?.type !== 'word' ||
    hasArticle(noun.norm) ||
    isGivenName(noun.norm) ||
    isTitleHead(noun.norm) ||
    PLACE_SET.has(noun.norm)
  )
    return false;
  const before = tokens[at - 2]?.norm ?? '';
  return (
    before === 'في' ||
    before === 'عن' ||
    (/^ب/u.test(noun.norm) && !/^بال/u.test(noun.norm) && noun.norm.length > 3)
  );
}

/** The subject with `name` for its name and every word before it from the description on for its title. */
function anchoredSubject(tokens: readonly Token[], subject: Subject, name: number[]): Subject {
  const first = name[0] as number;
  const title = range(subject.first, first - 1).filter((k) => (tokens[k] as Token).type === 'word');
  return { ...subject, title, name, last: name.at(-1) as number, closed: true };
}

/** في before where or at what something was said: a document, an occasion, an event (titleRunEnd, namedAfterAnchor). */
function isOccasionAfterFi(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1]?.norm ?? '';
  const bare = hasArticle(next) ? next.slice(2) : next;
  return (
    isInDocument(tokens, at) || SPEECH_OCCASIONS.has(bare) || isOwnDocument(next) || EVENT_NOUNS.has(bare)
  );
}

/** The most words of a foreign name between commas after a description. */
const MAX_APPOSED_FOREIGN = 3;

/**
 * The last word of a foreign name between the comma at `comma` and the next one: two or three plain
 * words, none with the article, none a function word, a title, a place or a body. -1 otherwise.
 */
function plainNameBetweenCommas(tokens: readonly Token[], comma: number): number {
  let k = comma + 1;
  for (; k <= comma + MAX_APPOSED_FOREIGN + 1; k++) {
    const token = tokens[k];
    if (isComma(token)) break;
    if (
      token?.type !== 'word' ||
      // (a second person joined with و, ، ومنى سامي،: no name opens with the conjunction, bar a given
      // name of the lexicon, وليد)
      (k === comma + 1 && token.norm.startsWith('و') && !isGivenName(token.norm)) ||
      (k === comma + 1 && NAMELESS_OPENERS.has(token.norm)) ||
      hasArticle(token.norm) ||
      isStopWord(token.norm) ||
      isTitleHead(token.norm) ||
      COMPLEMENTISER_SET.has(token.norm) ||
      lookupCue(token.norm) !== undefined ||
      PLACE_SET.has(token.norm) ||
      ORGANISATION_SET.has(token.norm) ||
      TIME_SET.has(token.norm) ||
      // (an age in words, ، ثلاثون عاما،: no name; a verb of calling, ، تدعى فلانة،: namedInAside's)
      CALLED.has(token.norm) ||
      NUMBER_WORD_SET.has(token.norm) ||
      isAgeWord(token.norm)
    )
      return -1;
  }
  const words = k - comma - 1;
  return isComma(tokens[k]) && words >= 2 && words <= MAX_APPOSED_FOREIGN ? k - 1 : -1;
}

/**
 * After a title and its complement, the name between the comma at `comma` and a comma, a colon or أنّ/إنّ
 * (المحللة في شؤون الطيران لدى مكتب استشاري فرنسي، فلانة، أن): the name opens with a given name and reads
 * two words or more. The subject with the complement in its title, or null.
 */
function apposedAfterComplement(
  tokens: readonly Token[],
  subject: Subject,
  comma: number,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject | null {
  const at = comma + 1;
  const first = tokens[at];
  if (first?.type !== 'word') return null;
  // (not after the subject's own act told with لدى/عند/خلال/أثناء and its pronoun: وقال ولي العهد لدى
  // استقباله رئيس الوزراء الباكستاني، فلان، إن: the name is the guest's, the object's apposition)
  for (let k = subject.first; k < comma - 1; k++)
    if (CIRCUMSTANCE_WORDS.has(tokens[k]?.norm ?? '') && /(?:ه|ها)$/u.test(tokens[k + 1]?.norm ?? ''))
      return null;
  const named = readSubjectPhrase(tokens, at, quotes, false, text, false);
  const after = named ? tokens[named.last + 1] : undefined;
  // (not a second person joined with و: مديرة التمريض في المستشفى، وفلان، مدير …)
  // What was said follows the name (a colon, أنّ/إنّ, or those after its closing comma), or the answer of
  // أما with ف (أما صاحب …، اللاعب فلان، فأهدى): not a name that is an object's apposition (كرم الوزير في
  // حفل …، الطالبة فلانة، الفائزة …).
  const beyond = after && isComma(after) ? tokens[named ? named.last + 2 : 0] : after;
  const said =
    beyond !== undefined &&
    (beyond.norm === ':' ||
      COMPLEMENTISER_SET.has(beyond.norm) ||
      (after !== beyond && tokens[subject.first - 1]?.norm === 'اما' && beyond.norm.startsWith('ف')));
  if (
    !named ||
    named.organisation ||
    named.conjunction ||
    first.norm.startsWith('و') ||
    named.first !== at ||
    named.name.length < 2 ||
    !said
  )
    return null;
  const opening = named.name[0] as number;
  // The name opens with a given name, perhaps after its own title (، اللاعب فلان،); or, with no title,
  // it is two or three plain words closed by the second comma (، كلير دوبوا،): a foreign name.
  const given = opensGivenName(tokens, opening) || isGivenName((tokens[opening] as Token).norm);
  const plain =
    named.title.length === 0 &&
    isComma(after) &&
    named.name.length <= 3 &&
    named.name.every((k) => {
      const norm = (tokens[k] as Token).norm;
      return (
        !hasArticle(norm) &&
        !isStopWord(norm) &&
        !isTitleHead(norm) &&
        !PLACE_SET.has(norm) &&
        !CALLING_FORMS.includes(norm) // (، تدعى فلانة،: the name after the verb, read where يدعى is)
      );
    });
  if (!(given || plain) || (named.title.length > 0 && !given)) return null;
  const title = range(subject.first, opening - 1).filter((k) => (tokens[k] as Token).type === 'word');
  return { ...subject, title, name: named.name, last: named.last, closed: true };
}

/** Words that tell the circumstance of the subject's act with its verbal noun (لدى استقباله), folded. */
const CIRCUMSTANCE_WORDS = new Set(['لدى', 'لدي', 'عند', 'خلال', 'اثناء']);

/** The words a description's complement may hold before the name it describes (تحت 67 كيلوغراماً). */
const MAX_DESCRIPTION_COMPLEMENT = 7;

/**
 * A description read as the subject, stopped at its complement, then the person's name right before what
 * was said (وقال صاحب ذهبية وزن تحت 67 كيلوغراماً فلان:, أكدت صاحبة مشروع لتعبئة التمور في بريدة فلانة
 * أن, قال مالك مطعم شعبي في الرياض فلان:): the name speaks, the description with its complement is its
 * title. The description is an owner's or a role's indefinite noun with its genitive (isDescribedName),
 * or a title whose one word of name opens no given name (صاحب ذهبية وزن); the name opens with a given
 * name, reads two words or more, and a colon, أنّ/إنّ or a comma follows it. Null otherwise.
 */
function namedAfterDescription(
  tokens: readonly Token[],
  subject: Subject,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject | null {
  if (subject.organisation) return null;
  const one = subject.name[0];
  const oneNorm = one === undefined ? '' : (tokens[one] as Token).norm;
  // …or a title alone before its complement's preposition, or with a complement behind ب or ل read as
  // its name (المحللة لدى مكتب استشاري فرنسي، فلانة،, المعلم في مدرسة ابتدائية بإحدى قرى عفيف، فلان:):
  // the name then stands between commas after the complement.
  const bareTitle =
    subject.title.length > 0 &&
    (one === undefined
      ? COMPLEMENT_PREPOSITIONS.has(tokens[subject.last + 1]?.norm ?? '')
      : /^[بل]/u.test(oneNorm) && !hasArticle(oneNorm.slice(1)) && !isGivenName(oneNorm));
  const described =
    one === undefined
      ? bareTitle
      : subject.title.length === 0
        ? isDescribedName(tokens, subject)
        : bareTitle ||
          (subject.name.length === 1 &&
            !opensGivenName(tokens, one) &&
            !isGivenName(oneNorm) &&
            !hasArticle(oneNorm));
  if (!described) return null;
  for (let p = subject.last + 1; p <= subject.last + MAX_DESCRIPTION_COMPLEMENT + 1; p++) {
    const token = tokens[p];
    // (a description's comma, too, before its holder's title and name: أما صاحب ذهبية وزن تحت 67
    // كيلوغراماً، اللاعب فلان، فأهدى)
    // (a person's title inside the complement takes the apposition after it: في لقاء مع المبعوث، فلان،)
    if (isComma(token) && (bareTitle || p > subject.last + 1))
      return range(subject.last + 1, p - 1).some((k) => {
        const norm = (tokens[k] as Token).norm;
        return hasArticle(norm) && isTitleHead(norm);
      })
        ? null
        : apposedAfterComplement(tokens, subject, p, quotes, text);
    if (token?.type !== 'word' || COMPLEMENTISER_SET.has(token.norm) || lookupCue(token.norm) !== undefined)
      return null;
    if (bareTitle) continue;
    // (a given name that is also a word, منى, سامي, holds here only as a whole name up to what was said)
    if (p === subject.last + 1 || !(opensGivenName(tokens, p) || isGivenName(token.norm))) continue;
    const named = readSubjectPhrase(tokens, p, quotes, false, text, false);
    const after = named ? tokens[named.last + 1] : undefined;
    if (
      !named ||
      named.organisation ||
      named.first !== p ||
      named.title.length > 0 ||
      named.name.length < 2 ||
      after === undefined ||
      !(after.norm === ':' || isComma(after) || COMPLEMENTISER_SET.has(after.norm))
    ) {
      if (opensGivenName(tokens, p)) return null;
      continue;
    }
    const title = range(subject.first, p - 1).filter((k) => (tokens[k] as Token).type === 'word');
    return { ...subject, title, name: named.name, last: named.last, closed: true };
  }
  return null;
}

/** A head without the article that a body or a place is named after a person by (جامعة, مستشفى, طريق). */
function isNamedHead(norm: string): boolean {
  return (
    !hasArticle(norm) && (NAMED_PLACE_HEADS.has(norm) || STREET_HEADS.has(norm) || ORGANISATION_SET.has(norm))
  );
}

/**
 * A royal or religious title right after such a head (طريق الملك, بجامعة الإمام, ساحة القديس): the
 * namesake's title in a place's name, not a person's own (أمير منطقة الرياض الأمير فلان).
 */
function isNamesakeTitle(tokens: readonly Token[], at: number): boolean {
  if (!NAMESAKE_TITLES.has(tokens[at]?.norm ?? '')) return false;
  const place = tokens[at - 1]?.norm ?? '';
  return isNamedHead(/^[بل]/u.test(place) ? place.slice(1) : place);
}

/**
 * Whether the words read as a subject's name are no person's (namedInApposition): the namesake of a
 * body or a place in the title (طريق الملك عبدالله, بجامعة محمد الخامس, ساحة القديس بطرس: after a
 * royal or religious title, or right after a named place's or a body's head), or, with no title read, a
 * description (صاحبة فندق صغير, أحد سكان حي الشاطئ: an indefinite noun that opens no given name, with
 * its genitive; not a kunya).
 */
function isDescribedName(tokens: readonly Token[], subject: Subject): boolean {
  const first = subject.name[0];
  if (first === undefined) return false;
  if (subject.title.length > 0) {
    const before = tokens[first - 1]?.norm ?? '';
    const head = /^[بل]/u.test(before) ? before.slice(1) : before;
    // …the title then right after such a head (طريق الملك, بجامعة الإمام, ساحة القديس), not a person's
    // own (أمير منطقة الرياض الأمير فلان).
    return isNamesakeTitle(tokens, first - 1) || isNamedHead(head);
  }
  const norm = (tokens[first] as Token).norm;
  const bare = subject.conjunction ? norm.slice(1) : norm;
  // …or a lone indefinite noun of a role's shape, a participle فاعل or a feminine in ة (طالبة, عامل),
  // that a complement with في or من follows (عامل في مصنع السيارات، فلان،): no given name.
  const complement = tokens[subject.last + 1]?.norm;
  if (
    subject.name.length === 1 &&
    (complement === 'في' || complement === 'من') &&
    ROLE_SHAPE.test(bare) &&
    !isGivenName(bare) &&
    !GIVEN_NAME_SET.has(bare) &&
    !opensGivenName(tokens, first)
  )
    return true;
  // …a description by its head: one of a group, an owner of a business, a title's word.
  return (
    subject.name.length > 1 &&
    (ONE_OF_FORM_SET.has(bare) || TITLE_SET.has(bare) || ownsBusiness(tokens, first)) &&
    !opensGivenName(tokens, first)
  );
}

/**
 * A description read as the subject's name, then the person's name in apposition after a comma
 * (وقال المهندس في طريق الملك عبدالله، فلان، إن, تنظر صاحبة فندق صغير، فلانة، إلى …، وتقول): the name
 * in apposition is the speaker, the description its title. The name must open as a person's does: a
 * given name, a kunya, an honorific or a rank before a name (appendApposition passes over it), or two
 * plain words or more without the article and no time (a foreign name).
 */
function namedInApposition(
  tokens: readonly Token[],
  subject: Subject,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject {
  if (subject.organisation || !isDescribedName(tokens, subject)) return subject;
  const apposed: Subject = { ...subject, title: [...subject.title, ...subject.name], name: [] };
  if (!appendApposition(tokens, subject.last + 1, apposed, quotes, text)) return subject;
  const at = apposed.name[0] as number;
  const opener = tokens[at] as Token;
  const person =
    !isComma(tokens[at - 1]) ||
    opensGivenName(tokens, at) ||
    GIVEN_NAME_SET.has(opener.norm) ||
    (KUNYA_HEADS.has(opener.norm) && apposed.name.length > 1) ||
    (apposed.name.length > 1 &&
      apposed.name.every(
        (k) => !hasArticle((tokens[k] as Token).norm) && !TIME_SET.has((tokens[k] as Token).norm),
      ));
  return person ? apposed : subject;
}

/** The most words between a description's reading and the comma of its ، يدعى aside (namedInAside). */
const MAX_WORDS_BEFORE_ASIDE = 6;

/**
 * An indefinite description and who it is in an aside after its comma (بائع في ساحة القديس مرقس، يدعى
 * فلان،, طالبة في الصف الثالث، تدعى فلانة،, إحدى الأمهات أمام المدرسة، وتدعى أم فلان،, راهبة في دير قرب
 * المدينة، تدعى فلانة، قولها): يدعى/تدعى/يسمى (with or without و) and واسمه/واسمها name the one just
 * described, so the name after it is the speaker, whatever the description's own words were read as (a
 * saint's or a king's name in a place's, a place word, the description alone). The description opens
 * with a word without the article that opens no given name (a person's own name needs no aside), and
 * reaches the comma over a few plain words: no mark, complementiser or cue between.
 */
function namedInAside(
  tokens: readonly Token[],
  subject: Subject,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject {
  const first = tokens[subject.first];
  if (first?.type !== 'word' || subject.organisation) return subject;
  const firstNorm = subject.conjunction ? first.norm.slice(1) : first.norm;
  if (hasArticle(firstNorm) || opensGivenName(tokens, subject.first)) return subject;
  let k = subject.last + 1;
  for (let words = 0; k < tokens.length && !isComma(tokens[k]); k++) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || ++words > MAX_WORDS_BEFORE_ASIDE) return subject;
    if (COMPLEMENTISER_SET.has(token.norm) || lookupCue(token.norm) !== undefined) return subject;
  }
  const called = tokens[k + 1];
  if (called?.type !== 'word') return subject;
  const verb = called.norm.startsWith('و') && !CALLED.has(called.norm) ? called.norm.slice(1) : called.norm;
  if (!CALLED.has(verb) && verb !== 'اسمه' && verb !== 'اسمها') return subject;
  const named = readSubject(tokens, k + 2, quotes, false, text, false);
  if (named === null || named.name.length === 0 || named.title.length > 0 || named.organisation)
    return subject;
  if (named.name[0] !== k + 2) return subject;
  return {
    ...subject,
    title: range(subject.first, k - 1).filter((j) => (tokens[j] as Token).type === 'word'),
    name: named.name,
    last: named.last,
    closed: named.closed,
    organisation: false,
  };
}

/** An abstract noun in ية of five letters or more (أهمية, مسؤولية) or a verbal noun مفاعلة (مشاركة, متابعة), folded. */
const ABSTRACT_IN_TA = /^(?:.{3,}يه|م[^ا]ا[^ا]{2}ه)$/u;

/**
 * The rest of a word after its ب or ل has a noun's shape that a verb's object takes, folded: a noun of
 * STANCE_OBJECT_NOUNS or OBJECT_VERBAL_NOUNS, a derived verbal noun, a plural in ات, or a broken plural
 * مفاعل, مفاعيل, فعاليل, فعول, أفعال, أفعلاء (بجهود, لمواقف, بجماهير, بمشاريع, بأولياء); a surname's rest has
 * none (باسيل, بوش).
 */
function isObjectNounShape(rest: string): boolean {
  return (
    STANCE_OBJECT_NOUN_SET.has(rest) ||
    OBJECT_VERBAL_NOUN_SET.has(rest) ||
    DERIVED_VERBAL_NOUN.test(rest) ||
    (rest.length >= 5 && rest.endsWith('ات')) ||
    isBrokenPluralShape(rest)
  );
}

/** A broken plural's shape, folded: مفاعل, مفاعيل, فعاليل, فعول, أفعال, أفعلاء (مواقف, مشاريع, جماهير, جهود, أعمال, أولياء). */
export function isBrokenPluralShape(norm: string): boolean {
  return /^(?:م[^ا]ا[^ا]{2}|م[^ا]ا[^ا]ي[^ا]|[^ا]{2}ا[^ا]ي[^ا]|[^ا]{2}و[^ا]|ا[^ا]{2}ا[^ا]|ا[^ا]{3}اء)$/u.test(
    norm,
  );
}

/**
 * A word that by its own letters is a verb's object and no word of a name, wherever it stands after the
 * verb's subject (after بن and the father's name too: منير بن عمارة موقفه): a noun with a possessive
 * pronoun no name ends with (ها, هم, هما; ه after a plural's ي or after ء: بموظفيه, زملاءه, but not ييه:
 * بارنييه; ه on a noun of an object's shape), before the clause's end, a preposition or a definite word;
 * or ب or ل on a broken plural or a noun of the lists before its genitive (بجهود «…», بجهود المتطوعين).
 */
function isPlainObject(tokens: readonly Token[], at: number, text: string): boolean {
  const token = tokens[at] as Token;
  const norm = token.norm;
  const glued = isGluedPreposition(norm) && !norm.startsWith('و');
  const bare = glued ? norm.slice(1) : norm;
  const next = tokens[at + 1];
  const nextWord = next?.type === 'word' ? next.norm : '';
  if (text !== '' && isPossessedWord(token, text) && !FAEEH_NAME.test(norm)) {
    const ends =
      next === undefined ||
      next.type !== 'word' ||
      isStopWord(nextWord) ||
      isGluedPreposition(nextWord) ||
      (hasArticle(nextWord) && !isNisba(nextWord));
    if (!ends) return false;
    const written = text.slice(token.from, token.to);
    if (/(?:ها|هم|هما)$/u.test(written) && bare.length >= 4) return true;
    const stem = bare.slice(0, -1);
    return (
      stem.length >= 4 &&
      // (a plural's ي after a singular of four letters or more: لاعبيه, موظفيه; not ماسيه, بارنييه)
      ((stem.endsWith('ي') && stem.length >= 5 && !stem.endsWith('يي')) ||
        stem.endsWith('ء') ||
        isObjectNounShape(stem))
    );
  }
  if (!glued) return false;
  // (ب on a word with the article, بالمبادرة: a preposition's object, never a name's word; لل is no glued
  // preposition here)
  if (norm.startsWith('بال') && norm.length >= 6) return true;
  // (ب on أفعال is written with its hamza, بأعمال; باعباد, باعشن are family names)
  if (bare.startsWith('ا') && text !== '' && text.charCodeAt(token.from + 1) === 0x0627) return false;
  const genitive =
    (next?.type === 'mark' && next.canOpen === true) ||
    (hasArticle(nextWord) &&
      !isNisba(nextWord) &&
      !TIME_SET.has(nextWord) &&
      !COMPOUND_END_SET.has(nextWord));
  return (
    genitive &&
    (isBrokenPluralShape(bare) || STANCE_OBJECT_NOUN_SET.has(bare) || OBJECT_VERBAL_NOUN_SET.has(bare))
  );
}

/**
 * A word after a title, or after a word of a name, that by its shape is no word of a person's name but
 * the head of the verb's object (VSO: وانتقد الوزير قرارات «الاتحاد», وأشاد الأمين العام بجهود …, وأعرب
 * السفير عن تقدير بلاده لمواقف …, يقضي فلان الفلاني لياليه …). After a verb that takes an object (or no
 * cue at all: يقضي, تمضي), a noun with a possessive pronoun, unless a given name stands before it (نجيب
 * عبده: the father's name). Before a genitive (a definite word that is no nisba, which would be a family
 * name; a possessed noun; an opening mark): a noun with ب or ل glued to it, a plural in ات, a feminine
 * noun in ة after a man's title, or a noun news gives as a verb's object (STANCE_OBJECT_NOUNS,
 * OBJECT_VERBAL_NOUNS, a derived verbal noun). Never a given name (حمزة, أسامة, بدر, بلال), a word with
 * the article, or the word after بن, أبو (the father's name) or after بن and the father's name (the
 * family name: بن عمر باعشن).
 */
function isObjectHeadInName(
  tokens: readonly Token[],
  at: number,
  text: string,
  masculine: boolean,
  objectVerb: boolean,
  first: boolean,
): boolean {
  const token = tokens[at];
  if (token?.type !== 'word') return false;
  const norm = token.norm;
  if (hasArticle(norm) || isGivenName(norm) || isStopWord(norm) || norm.length < 3) return false;
  if (NAME_JOINER_SET.has(norm) || KUNYA_HEADS.has(norm) || PATRONYM_SET.has(norm)) return false;
  const before = tokens[at - 1]?.norm ?? '';
  const joiner = (n: string) => NAME_JOINER_SET.has(n) || KUNYA_HEADS.has(n) || PATRONYM_SET.has(n);
  if (joiner(before)) return false;
  if (objectVerb && isPlainObject(tokens, at, text)) return true;
  if (joiner(tokens[at - 2]?.norm ?? '')) return false;
  const next = tokens[at + 1];
  const nextWord = next?.type === 'word' ? next.norm : '';
  // A definite word right after (not ف or و with the article: فالدنر is a name), no nisba (a family
  // name), no time word, no end of a compound name.
  const definite =
    nextWord.startsWith('ال') &&
    !isNisba(nextWord) &&
    !isStopWord(nextWord) &&
    !TIME_SET.has(nextWord) &&
    !COMPOUND_END_SET.has(nextWord);
  // …a possessed noun is followed by a preposition, a noun with one glued to it or a definite word (نهاره
  // في, بلاده لمواقف), never by a plain word or a comma as a name's ه is (أندريه سيدوروف, شتاينكه،).
  if (objectVerb && text !== '' && isPossessedWord(token, text) && !FAEEH_NAME.test(norm))
    return (
      (!isGivenName(before) || hasArticle(before)) &&
      (definite || (nextWord !== '' && (isStopWord(nextWord) || isGluedPreposition(nextWord))))
    );
  const genitive = definite || (next?.type === 'mark' && next.canOpen === true);
  // After a given name, a word with ب, a plural's ات or ة is the family name (عثمان بكري, محمد بركات,
  // محمد سلامة); a noun of the closed list below is not (الدكتورة فلانة جهود المتطوعين).
  const afterGiven = isGivenName(before) && !hasArticle(before);
  if (genitive && !afterGiven) {
    // (ب or ل on a noun of an object's shape, or after a family name with the article, which ends a name
    // (المقدم القحطاني بأولياء الأمور); after a plain word a word in ب or ل is a surname, and right after a
    // title too when its rest has no noun's shape: جبران باسيل, أفيغدور ليبرمان, الرئيس بوش, الرئيس بوتفليقة)
    if (
      isGluedPreposition(norm) &&
      !norm.startsWith('و') &&
      (definite || first) &&
      (isObjectNounShape(norm.slice(1)) || (!first && hasArticle(before)))
    )
      return true;
    if (norm.length >= 5 && norm.endsWith('ات')) return true;
    // (a noun in ة after a man's title before a quote (طريقة «…»), or before a definite word when it is an
    // abstract noun in ية or a verbal noun مفاعلة, not a surname in ة such as خوجة or سلامة)
    if (
      masculine &&
      text !== '' &&
      text.slice(token.from, token.to).endsWith('ة') &&
      (ABSTRACT_IN_TA.test(norm) || !definite)
    )
      return true;
  }
  // …or a noun of the list before a definite word, a mark or a possessed noun (دعم بلادها, أداء لاعبيه).
  const possessedNext =
    next?.type === 'word' &&
    text !== '' &&
    isPossessedWord(next, text) &&
    !isStopWord(nextWord) &&
    !BI_ANNA_ANY.test(nextWord) &&
    !isGivenName(nextWord);
  if (!genitive && !possessedNext) return false;
  // …or any noun before a body of the speaker's with its pronoun, then a preposition or a definite word
  // (عزم وزارته على, دعم حكومتها للخطة): no name's word governs a body. Not the name's first word after the
  // title (the noun may be the object itself: أردوغان رغبته), not a family name after a given name (محمد
  // شحاته), nor before a noun of feeling or intent with its pronoun (كوبر سعادته: the object).
  if (possessedNext && !first && !afterGiven && !isGivenName(norm) && ownBodyThen(tokens, at + 1, text))
    return true;
  return (
    // (ب or ل on a noun of the list before a possessed noun: بأداء لاعبيه, لجهود رجاله)
    (possessedNext && /^[بل]/u.test(norm) && STANCE_OBJECT_NOUN_SET.has(norm.slice(1))) ||
    STANCE_OBJECT_NOUN_SET.has(norm) ||
    OBJECT_VERBAL_NOUN_SET.has(norm) ||
    // (a verbal noun of a derived verb opens with a bare alif, its hamza of joining unwritten; a word
    // written with أ that only folds to the pattern is a foreign name: أنطوان ميرسييه)
    (next?.type === 'word' && DERIVED_VERBAL_NOUN.test(norm) && text.charCodeAt(token.from) !== 0x0623)
  );
}

/**
 * ب or ل glued to a noun in construct at `at` (بحضور الصحفيين, لتفقد سير العمل), after `before`, the last
 * word of a name that opened with a given name (`words`): the verb's complement, where the name ends. Not
 * after a joiner or a word of lineage (بن, ولد), nor one of those itself (ولد, بنت: no preposition glued
 * to a noun).
 */
function gluedComplementAfterName(
  tokens: readonly Token[],
  at: number,
  before: string,
  words: readonly number[],
): boolean {
  const norm = tokens[at]?.norm ?? '';
  return (
    /^و?[بل][^ال]/u.test(norm) &&
    !NAME_JOINER_SET.has(before) &&
    !LINEAGE_SET.has(before) &&
    !LINEAGE_SET.has(norm) &&
    !NAME_JOINER_SET.has(norm) &&
    (isObjectOfPreposition(tokens, at) || isChainAfterBa(tokens, at)) &&
    isNameFromGivenName(tokens, words)
  );
}

/** The `n`-th word of `name` is its family name: the word after آل, or one with the article (closedNameEnd). */
function isFamilyWord(tokens: readonly Token[], name: readonly number[], n: number, text: string): boolean {
  const token = tokens[name[n] as number] as Token;
  const before = (tokens[name[n - 1] as number] as Token).norm;
  return (
    before === 'ال' ||
    // (the article as written: إليزابيث only folds to it)
    (text.startsWith('ال', token.from) &&
      token.norm !== 'ال' && // آل written without its madda (طلال ال الشيخ) is a joiner, no family name
      !COMPOUND_END_SET.has(token.norm) &&
      !NAME_JOINER_SET.has(before) &&
      !KUNYA_HEADS.has(before) &&
      !LINEAGE_SET.has(before))
  );
}

/**
 * A comma at `at`, then the preposition that opens a verb's complement (عن, على, or a word glued to ب:
 * أعرب … ، عن; أشاد … ، بالعلاقات).
 */
export function closesBeforeComplement(tokens: readonly Token[], at: number): boolean {
  const next = tokens[at + 1];
  if (!isComma(tokens[at]) || next?.type !== 'word') return false;
  return (
    next.norm === 'عن' || next.norm === 'على' || (/^ب/u.test(next.norm) && hasArticle(next.norm.slice(1)))
  );
}

/**
 * The definite word at `at` stands right before أن, إن, بأن or the colon, and has no plural's ending
 * (ون, ين, ات), and is no title, body or people's noun: a family name there closes the name; an object
 * there would be those told.
 */
export function lastBeforeThat(tokens: readonly Token[], at: number): boolean {
  const norm = (tokens[at] as Token).norm;
  const next = tokens[at + 1];
  if (!hasArticle(norm) || /(?:ون|ين|ات)$/u.test(norm) || next === undefined) return false;
  // (nor a title, a body or a people's noun: أبلغ الوزير فلان المراسل أن, السفارة أن)
  if (isTitleHead(norm) || ORGANISATION_SET.has(norm) || isPeopleHead(norm)) return false;
  return next.norm === ':' || (next.type === 'word' && THAT_AFTER_NAME.has(next.norm));
}

/** Complementisers a name's last word may stand right before (أن, إن, بأن), folded. */
const THAT_AFTER_NAME = new Set(['ان', 'بان']);

/**
 * Where a name read after a verb that takes an object is complete by its shape, so that the next word is
 * the verb's object (أبو خالد الشمري الفائزين, جعفر آل مهنا موقفه, نضال الحسيني بجهود): after its family
 * name, the word after آل, or a word with the article that is no first word, no end of a compound name
 * (الدين, الله) and no word right after a joiner (أبو الفضل, عبد الرحمن, بن الحسين). Only a definite nisba
 * (الهاشمي), a word of lineage (ولد) or آل goes on after it. The position in `name` of the first word
 * past the end, or -1.
 */
function closedNameEnd(tokens: readonly Token[], name: readonly number[], text: string): number {
  for (let n = 1; n < name.length - 1; n++) {
    const before = (tokens[name[n - 1] as number] as Token).norm;
    if (!isFamilyWord(tokens, name, n, text)) continue;
    const next = (tokens[name[n + 1] as number] as Token).norm;
    if (isNisba(next) || LINEAGE_SET.has(next) || NAME_JOINER_SET.has(next)) continue;
    // …nor a last definite word that a comma closes before the verb's own preposition (أعرب الشيخ فلان
    // السالم المبارك ، عن …, نوه فلان المحمد الصباح، بـ…): an object stands before its complement with
    // no comma; a chain of family names with the article (Kuwaiti, Emirati names) closes so.
    if (n + 1 === name.length - 1 && closesBeforeComplement(tokens, (name[n + 1] as number) + 1)) continue;
    // …nor one right before أن, إن or the colon, no plural's shape (أعلن الشيخ محمد الخالد الصباح أن …): the
    // verb's object would be what it tells before أن, a people in the plural (أبلغ الوزير فلان الصحفيين أن).
    if (n + 1 === name.length - 1 && lastBeforeThat(tokens, name[n + 1] as number)) continue;
    // A definite second word may be a compound given name's second half (فاطمة الزهراء بنحدو, محمد
    // الأمين): then only a definite word after it, or an object no name spells, is past the name.
    if (
      n === 1 &&
      before !== 'ال' &&
      !hasArticle(next) &&
      !isPlainObject(tokens, name[n + 1] as number, text)
    )
      continue;
    return n + 1;
  }
  return -1;
}

/**
 * Verbs of judging and estimating, which take an object and then what is said of it: directly (اعتبر
 * الخطة «…», عدّ القرار «…») or with بـ (وصف الاتفاق بـ«…», قدّر الخسائر بـ«…»). A closed class.
 */
const JUDGED_DIRECTLY = new Set(['اعتبر', 'عد']);
const JUDGED_WITH_BA = new Set(['وصف', 'قدر']);

/** Whether a cue's lemma is a verb of judging or estimating (JUDGED_DIRECTLY, JUDGED_WITH_BA). */
export function isJudgingLemma(lemma: string): boolean {
  return JUDGED_DIRECTLY.has(lemma) || JUDGED_WITH_BA.has(lemma);
}

/**
 * A verb of judging or estimating (اعتبر, عدّ; وصف, قدّر with بـ: its object is what the quote says of it)
 * whose subject's name runs up to the quote, or to بـ and the quote, with no object between: the object was
 * read into the name (واعتبر المحلل كريم داود الخطة «هشة», وقدّر فلان قيمة الصفقة بـ«…»). The verb wants
 * one, so the name's last definite word is it, with the noun in construct before it when that is
 * written with ة (قيمة الصفقة), or the name's last word is that noun when only its definite genitive
 * stands after the name (فلان كلفة | المشروع بـ«…»); what stays is a name of two words or more. A verb
 * carrying its object's pronoun (واعتبره فلان) has it already, and is not read here.
 */
function objectBeforeQuote(
  tokens: readonly Token[],
  from: number,
  subject: Subject,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject {
  if (subject.organisation || from !== subject.first || subject.name.length < 3) return subject;
  const verb = tokens[from - 1];
  if (verb?.type !== 'word') return subject;
  const lemma = (lookupCue(verb.norm) ?? lookupCollided(verb.norm))?.lemma ?? '';
  // (اعتبر and عدّ take the quote right after their object, وصف and قدّر after its بـ)
  const direct = JUDGED_DIRECTLY.has(lemma);
  if (!direct && !JUDGED_WITH_BA.has(lemma)) return subject;
  const quotedAt = (k: number) => (direct ? quotes.has(k) : tokens[k]?.norm === 'ب' && quotes.has(k + 1));
  const last = subject.name.at(-1) as number;
  if (last !== subject.last) return subject;
  const inConstruct = (k: number) =>
    /ة[\u064B-\u0652\u0640]*$/u.test(text.slice((tokens[k] as Token).from, (tokens[k] as Token).to));
  let cut = 0;
  if (quotedAt(last + 1) && hasArticle((tokens[last] as Token).norm)) {
    const before = subject.name.at(-2) as number;
    cut = subject.name.length >= 4 && before === last - 1 && inConstruct(before) ? 2 : 1;
  } else if (
    quotedAt(last + 2) &&
    tokens[last + 1]?.type === 'word' &&
    hasArticle((tokens[last + 1] as Token).norm) &&
    inConstruct(last)
  )
    cut = 1;
  if (cut === 0) return subject;
  const name = subject.name.slice(0, -cut);
  return { ...subject, name, last: name.at(-1) as number, closed: true, whole: true };
}

/**
 * The verb's object read into the name after a title or a name (isObjectHeadInName): the name ends
 * before it, and a title's complement after عن that ran in with it (وأعرب السفير عن تقدير بلاده) goes
 * too. A verb of saying (قال, يقول) takes no object: what follows its subject is never one.
 */
function objectInName(tokens: readonly Token[], from: number, subject: Subject, text: string): Subject {
  // (a person's name, or a body's phrase with no name read: the words an object may have run into)
  if (text === '' || subject.organisation !== (subject.name.length === 0)) return subject;
  // …right after its verb (not a phrase read in apposition or after a preposition)
  const verb = tokens[from - 1];
  if (verb?.type !== 'word' || from !== subject.first) return subject;
  const cue = lookupCue(verb.norm);
  if (cue?.cls === 'say') return subject;
  if (subject.organisation) return stanceInBody(tokens, subject);
  const objectVerb = cue === undefined || cue.takesObject;
  const titled = subject.title.length > 0;
  const head = (tokens[subject.name[0] as number] as Token).norm;
  // A place's name alone for the subject (a country, a city), then an indefinite word that no place or
  // given name spells (أشارت الصين أصابع الاتهام إلى …, وجهت إيران أصابع اللوم): a place's name takes no
  // indefinite word after it (its adjectives have the article, كوريا الجنوبية; its longer names are the
  // gazetteer's, بوركينا فاسو, سري لانكا), so the word opens the verb's object.
  const [place, second] = subject.name;
  if (!titled && second !== undefined && PLACE_SET.has(head) && !isGivenName(head)) {
    const next = (tokens[second] as Token).norm;
    if (
      !hasArticle(next) &&
      !PLACE_SET.has(next) &&
      !isGivenName(next) &&
      !PLACE_SET.has(`${head} ${next}`) &&
      !NAME_JOINER_SET.has(next) &&
      !PATRONYM_SET.has(next)
    )
      return { ...subject, name: [place as number], last: place as number, closed: true };
  }
  // A noun that governs a complement (وأكد الحلبي ضرورة الانتقال إلى …, أهمية …, وجود …) after the name's
  // first word: no name spells those nouns; the name ends before it.
  // (after a title, its first word too: وأكد مسؤول في الوزارة صحة الخبر)
  const stance = subject.name.findIndex(
    (k, n) => (n > 0 || titled) && COMPLEMENT_NOUN_SET.has((tokens[k] as Token).norm),
  );
  if (stance === 0) return { ...subject, name: [], last: subject.title.at(-1) as number, closed: true };
  if (stance > 0) {
    const name = subject.name.slice(0, stance);
    return { ...subject, name, last: name.at(-1) as number, closed: true };
  }
  // Without a title, the name opens with a given name or a kunya (وانتقد ماجد قرار الحكم).
  if (!titled && !isGivenName(head) && !KUNYA_HEADS.has(head)) return subject;
  // The title is a man's: none of its words written with ة.
  const written = (k: number) => text.slice((tokens[k] as Token).from, (tokens[k] as Token).to);
  const masculine = titled && subject.title.every((k) => !written(k).endsWith('ة'));
  const found = subject.name.findIndex(
    (k, n) => (n > 0 || titled) && isObjectHeadInName(tokens, k, text, masculine, objectVerb, n === 0),
  );
  const closed = objectVerb ? closedNameEnd(tokens, subject.name, text) : -1;
  const cut = found < 0 ? closed : closed < 0 ? found : Math.min(found, closed);
  // A name that runs on past a family name with the article (جميلة المهيري خطة جديدة) may hold more of
  // the object than the word where it was cut: it is not known whole.
  const runsOn = (end: number) =>
    subject.name
      .slice(0, end)
      .some((_, n) => n > 0 && n < end - 1 && isFamilyWord(tokens, subject.name, n, text));
  if (cut < 0) {
    // …the name stands right before an object no name spells (بموظفيه, زملاءه, بالمبادرة), whether or not
    // the phrase read on into it: the name is whole, and the phrase ends with it.
    const after = (subject.name.at(-1) as number) + 1;
    return objectVerb &&
      !runsOn(subject.name.length) &&
      tokens[after]?.type === 'word' &&
      isPlainObject(tokens, after, text)
      ? { ...subject, last: after - 1, closed: true, whole: true }
      : subject;
  }
  // (a cut by the name's closed shape, or by an object no name spells, leaves the name whole, unless what
  // stays runs on past a family name with the article: جميلة المهيري خطة جديدة لدعم …)
  const whole = cut === closed || (isPlainObject(tokens, subject.name[cut] as number, text) && !runsOn(cut));
  // …and what stays of the name is no object itself (قصة نجاتها: not قصة alone).
  const objectLike = (k: number) => {
    const norm = (tokens[k] as Token).norm;
    if (isGivenName(norm) || hasArticle(norm)) return false;
    return (
      written(k).endsWith('ة') ||
      (norm.length >= 5 && norm.endsWith('ات')) ||
      STANCE_OBJECT_NOUN_SET.has(norm) ||
      OBJECT_VERBAL_NOUN_SET.has(norm) ||
      // (a name's يه is no pronoun: أندريه, رينيه)
      (isPossessedWord(tokens[k], text) && !norm.endsWith('يه'))
    );
  };
  // (a word in ة right after a joiner or a given name is a father's or a family name: بن عمارة, محمد سلامة)
  const named = (k: number) => {
    const before = tokens[k - 1]?.norm ?? '';
    return NAME_JOINER_SET.has(before) || (isGivenName(before) && !hasArticle(before));
  };
  if (subject.name.slice(0, cut).some((k, n) => objectLike(k) && (n === 0 || !named(k)))) return subject;
  const name = subject.name.slice(0, cut);
  let title = subject.title;
  if (name.length === 0) {
    const an = title.findIndex((k, n) => n > 0 && (tokens[k] as Token).norm === 'عن');
    if (an > 0) title = title.slice(0, an);
  }
  const last = name.at(-1) ?? title.at(-1);
  if (last === undefined) return subject;
  return { ...subject, title, name, last, closed: true, ...(whole && name.length > 0 ? { whole } : {}) };
}

function readSubjectPhrase(
  tokens: readonly Token[],
  from: number,
  quotes: ReadonlyMap<number, number>,
  leadingPreposition: boolean,
  text: string,
  members: boolean,
): Subject | null {
  const member = members ? memberOf(tokens, from, quotes, text) : null;
  if (member) return member;
  const source = members ? describedSource(tokens, from, quotes, text) : null;
  if (source) return objectAfterName(tokens, from, source);
  const words: number[] = [];
  let i = from;
  let inTitle = false;
  /** Where في was read into a title that must then be followed by a name, or -1. */
  let fi = -1;
  /** The last token of a title's complement read in before its name (titleComplement), or -1. */
  let titleUntil = -1;
  /** A clause describes the people named (أشخاص شاركوا في …): the whole phrase is who they are. */
  let described = false;
  /** The description is an unnamed source's closeness to a body (مصدر مقرب من الحكومة). */
  let sourceClose = false;
  /** Where يدعى was reached through a description's place (شاب من كينيا يدعى), or -1. */
  let calledPast = -1;
  /** The phrase stopped at the verb's object before its ب complement (isObjectBeforeBa): nothing ran in. */
  let objectBeforeBa = false;
  /** The phrase stopped at a number in words after the name (ألف مرة): nothing ran in. */
  let countedAfter = false;
  /** The name was read whole between marks or brackets after the title: nothing ran in. */
  let markedName = false;
  // وقالت «رويترز» إن, وأفادت «واس» بأن, ونقلت «رويترز» عن: a body known by its short quoted name, right
  // after the verb and closed by what was said or whom it was taken from, is the verb's subject.
  const quotedName = quotedSubjectEnd(tokens, from, quotes);
  if (quotedName > 0) {
    for (let k = from + 1; k < quotedName; k++) words.push(k);
    i = quotedName + 1;
  }
  // A title's head in construct opens the phrase (عضو مجلس إدارة غرفة تجارة وصناعة جدة فلان): its chain
  // of genitives may run long before the name, so a longer cap holds the name.
  const opener = tokens[from];
  const constructTitle = opener?.type === 'word' && !hasArticle(opener.norm) && isTitleHead(opener.norm);
  const cap = () =>
    titleUntil >= 0 ? MAX_TITLED_WORDS : constructTitle ? MAX_CONSTRUCT_TITLED_WORDS : MAX_SUBJECT_WORDS;
  while (quotedName < 0 && i < tokens.length && words.length < cap()) {
    const token = tokens[i] as Token;
    // A long title, then an honorific or a first name before بن: the title runs to it (titleRunEnd).
    // …headed by مساعد before a title in construct too (مساعد مدير التعليم للشؤون المدرسية بالمنطقة …).
    const titleAt = isTitleHead((tokens[from] as Token).norm) || isAssistantBeforeTitle(tokens, from);
    if (words.length === 1 && titleUntil < 0 && inTitle && titleAt) {
      const end = titleRunEnd(tokens, from, quotes, text);
      if (end >= i) {
        for (let k = i; k <= end; k++) if ((tokens[k] as Token).type === 'word') words.push(k);
        titleUntil = end;
        i = end + 1;
        continue;
      }
    }
    // One word that is no title, no body's head and no given name, then a derived verbal noun that no
    // given name spells and a word after it, after a verb that takes an object (وأعلنت ناسا اكتشاف كوكب …,
    // وأعلن ماكرون تشكيل حكومة …): the verbal noun opens the object; a one-word name or short name ends.
    if (
      words.length === 1 &&
      i === from + 1 &&
      opensDerivedObject(tokens, i) &&
      !isTitleHead((tokens[from] as Token).norm) &&
      stripToSet((tokens[from] as Token).norm, ORGANISATION_SET) === undefined &&
      !hasArticle((tokens[from] as Token).norm) &&
      !isGivenName((tokens[from] as Token).norm) &&
      lookupCue(tokens[from - 1]?.norm ?? '')?.takesObject === true
    ) {
      objectBeforeBa = true; // as before ب: the object stands after the phrase, nothing ran in
      break;
    }
    if (token.type === 'mark' && words.length > 0) {
      // A quoted name inside a title or after a body's head: الناطق باسم “الحوثيين”, صحيفة «الأهالي»,
      // رئيس مكتب "أوتشا".
      const close = quotes.get(i);
      const prev = (tokens[i - 1] as Token).norm;
      // …or the holder's own name in marks after the title (وقال الرئيس الأمريكي "دونالد ترامب" …): the
      // name, which ends the phrase.
      if (close !== undefined && titledPersonNameEnd(tokens, i, close) > 0) {
        // (what stands before the marks is the title, a nationality too: أكد الأرجنتيني “فلان علان”)
        titleUntil = Math.max(titleUntil, i - 1);
        markedName = true;
        for (let k = i + 1; k < close; k++) words.push(k);
        i = close + 1;
        break;
      }
      // صحيفة «الأهرام»: a head without the article wants its name; with it (وأعلنت الحكومة «خطة …»)
      // the head is complete and the quote is the verb's object.
      // …and so does an electoral list as the subject (وقالت قائمة «…» إن): a body by its quoted name.
      const afterHead =
        words.length === 1 &&
        !hasArticle(prev) &&
        (stripToSet(prev, ORGANISATION_SET) !== undefined || LIST_HEAD_SET.has(prev));
      // …or a title's head in construct with a firm's quoted name, its holder named in apposition after
      // it, past where (مدير «أوبر» في فرنسا، فلان،, رئيس «…»، فلان،): with no name, the firm speaks.
      const headOfQuoted =
        words.length === 1 &&
        close !== undefined &&
        close - i <= 6 &&
        !hasArticle(prev) &&
        isTitleHead(prev) &&
        (apposedAfterQuote(tokens, from, close, quotes, text) ||
          // …or named right after the marks, from a given name or by a name of plain words that runs to
          // what was said (رئيس «الفيفا» جياني إنفانتينو إن, رئيس «الفاف» خير الدين زطشي:)
          opensGivenName(tokens, close + 1) ||
          (tokens[close + 1]?.type === 'word' &&
            !hasArticle((tokens[close + 1] as Token).norm) &&
            nameRunsToSaying(tokens, close + 1)));
      if (
        close !== undefined &&
        close - i <= 6 &&
        (prev === 'باسم' ||
          afterHead ||
          headOfQuoted ||
          (inTitle && !hasArticle(prev) && namesQuotedThing(prev)) ||
          // …or any head that names an instance right after the title's head, the holder's name still
          // to come (مدير تجربة «…» فلان, منسقة جائزة «…» فلانة): not after a name already read.
          (inTitle &&
            words.length === 2 &&
            !hasArticle(prev) &&
            isTitleHead((tokens[words[0] as number] as Token).norm) &&
            stripToSet(prev, KIND_NAMING_SET) !== undefined) ||
          // …or a body by its quoted name alone after في, the name in apposition after the comma
          // (المحلل في «الراجحي المالية»، فلان،)
          (inTitle && prev === 'في' && fi >= 0 && isComma(tokens[close + 1])) ||
          // …or a firm's after لـ and a definite title, its holder's name right after (الرئيس التنفيذي
          // لـ«أرامكو» فلان علان)
          (inTitle && prev === 'ل' && isQuotedGenitiveOfTitle(tokens, from, i - 1, quotes)))
      ) {
        for (let k = i + 1; k < close; k++) if ((tokens[k] as Token).type === 'word') words.push(k);
        // Inside a person's title the quoted name is the title's, whatever its words look like
        // (كبير المحللين في شركة “Gulf Ridge Capital”، فلان): no name starts inside it.
        if (inTitle) titleUntil = Math.max(titleUntil, close);
        i = close + 1;
        continue;
      }
      break;
    }
    if (token.type !== 'word') {
      // A hyphen between two words with no space about it joins a double given name (هانز-يورغن,
      // ماري-آن): the name goes on after it, with the word it joins, whatever else that word spells
      // (بارك جاي-إن: إن there is no particle).
      if (isNameHyphen(tokens, i) && words.length > 0 && words.at(-1) === i - 1) {
        words.push(i + 1);
        i += 2;
        continue;
      }
      // A dot after a one-letter title is an abbreviation (د. فلان), not the end of the phrase.
      if (token.norm === '.' && words.length && ABBREVIATED_TITLE_SET.has((tokens[i - 1] as Token).norm)) {
        i++;
        continue;
      }
      // A gloss in brackets inside a person's title: الرئيس السابق للاحتياطي الفيدرالي (البنك المركزي) الأمريكي;
      // or a body's short name ending the title before the name in apposition: المتحدث باسم الحزب
      // الديمقراطي الكردستاني (البارتي)، فلان.
      // …but the holder's own name in brackets after the title (قال الرئيس السوري (فلان علان) في …): the
      // name, which ends the phrase.
      // Not a body's namesake inside the title (جمعية (فلان) الخيرية فلان, المتحدث باسم حركة (فلان)، فلان،):
      // after a body's head that wants its name (no article), or before more of the title or a name in
      // apposition.
      const bracketed = token.norm === '(' && words.length > 0 ? bracketClosing(tokens, i) : -1;
      const beforeBracket = bracketed > 0 ? (tokens[i - 1]?.norm ?? '') : '';
      const afterBracket = bracketed > 0 ? tokens[bracketed + 1] : undefined;
      const namesake =
        (!hasArticle(beforeBracket) && stripToSet(beforeBracket, ORGANISATION_SET) !== undefined) ||
        (afterBracket?.type === 'word' &&
          (hasArticle(afterBracket.norm) || isGivenName(afterBracket.norm))) ||
        (isComma(afterBracket) &&
          isGivenName(tokens[bracketed + 2]?.norm ?? '') &&
          !COMPLEMENTISER_SET.has(tokens[bracketed + 2]?.norm ?? ''));
      if (bracketed > 0 && inTitle && !namesake && titledPersonNameEnd(tokens, i, bracketed, true) > 0) {
        titleUntil = Math.max(titleUntil, i - 1);
        markedName = true;
        for (let k = i + 1; k < bracketed; k++) words.push(k);
        i = bracketed + 1;
        break;
      }
      const gloss = token.norm === '(' && inTitle ? bracketClosing(tokens, i) : -1;
      const after = tokens[gloss + 1];
      if (
        gloss > 0 &&
        isTitleHead((tokens[words[0] as number] as Token).norm) &&
        (after?.type === 'word' || isComma(after))
      ) {
        i = gloss + 1;
        continue;
      }
      break;
    }
    const norm = token.norm;
    const head = words.length > 0 ? (tokens[words[0] as number] as Token).norm : '';
    // في and a month (الذي أعلنته إدارة الغابات في فبراير الماضي, في 12 مارس), or a span's head and
    // its time (مطلع العام الجاري, يوم الأحد): when, never where the subject is or works, nor a word of
    // its name; the phrase ends there.
    if (words.length > 0 && opensTimePhrase(tokens, i)) break;
    // A number in words after a name is how often or how much (قال فلان ألف مرة, ثلاث مرات): no name
    // goes on into it. Not after a title's head, which a number may complete (مدير ثلاث مدارس).
    if (words.length > 0 && NUMBER_WORD_SET.has(norm)) {
      const previous = (tokens[i - 1] as Token).norm;
      if (!hasArticle(previous) && !isTitleHead(previous)) {
        countedAfter = true;
        break;
      }
    }
    // An outlet after ل, then a person's name (وقال السفير لصحيفة «عكاظ» فلان, وقال المتحدث لقناة الجزيرة
    // فلان): the outlet is whom the title's holder spoke to, the name is his; read on past the outlet.
    const heard = inTitle && words.length > 0 ? heardOutletEnd(tokens, i, words, quotes) : -1;
    if (heard > 0) {
      i = heard + 1;
      continue;
    }
    // A title's field, seat or place and then the name: الباحث في الشؤون الإيرانية فلان, النائب عن
    // تحالف البناء فلان, الناطق باسم المحكمة بصفاقس فلان. Without a name after it, في is read below.
    // …and so after a title stacked on a definite description (المتبرع الطالب في جامعة حائل فلان).
    const stackedTitle =
      words.length >= 2 &&
      words.at(-1) === i - 1 &&
      isTitleHead((tokens[words.at(-1) as number] as Token).norm) &&
      words.every((k) => hasArticle((tokens[k] as Token).norm));
    const titleHead = isTitleHead(head) || isScientist(tokens, words[0] ?? -1) || stackedTitle;
    if (
      inTitle &&
      titleHead &&
      (COMPLEMENT_PREPOSITIONS.has(norm) || TOWARD.has(norm) || /^و?ب/u.test(norm)) &&
      !praisedAfterTitle(tokens, from, norm) &&
      !OCCASION_OPENERS.has(norm)
    ) {
      // …only while no name was read (هوبير فيدرين عن مبدأ … is a name, then what it spoke of); words
      // with a body's head or a conjoined noun are the title's (لجان المقاومة, فرع وزارة البيئة والمياه).
      // (definite descriptions alone, the last a title, name no one: المتبرع الطالب في …)
      const named = stackedTitle ? [] : splitSubject(tokens, words, false, text, titleUntil).name;
      const untitled =
        named.length > 0 &&
        named.every((k) => {
          const word = (tokens[k] as Token).norm;
          return !ORGANISATION_SET.has(word) && !/^وال/u.test(word);
        });
      const end = untitled ? -1 : titleComplement(tokens, i, quotes, text);
      if (end >= i) {
        for (let k = i; k <= end; k++) if ((tokens[k] as Token).type === 'word') words.push(k);
        titleUntil = end;
        i = end + 1;
        continue;
      }
    }
    // A noun of quantity closing a title in construct wants its من and a definite plural (محامي عدد من
    // المتضررين, ممثلة مجموعة من الأهالي): the partitive is the title's, with a name after it or none.
    const quantity = words.at(-1) === i - 1 ? (tokens[i - 1] as Token).norm : '';
    if (inTitle && norm === 'من' && words.length >= 2 && !hasArticle(head) && QUANTITY_SET.has(quantity)) {
      let end = i;
      while (end - i < MAX_PARTITIVE_WORDS && tokens[end + 1]?.type === 'word') {
        const word = (tokens[end + 1] as Token).norm;
        if (!hasArticle(word) || isTitleHead(word) || opensGivenName(tokens, end + 1)) break;
        end++;
      }
      if (end > i) {
        for (let k = i; k <= end; k++) words.push(k);
        titleUntil = end;
        i = end + 1;
        continue;
      }
    }
    // A title's head in construct, then من and whom it serves, then a title with the article that
    // announces the name (محامي عدد من المتضررين المحامي فلان): the من phrase is the title's.
    if (inTitle && titleHead && norm === 'من' && words.length >= 2 && !hasArticle(head)) {
      const end = titleComplement(tokens, i, quotes, text, true);
      const announcer = tokens[end + 1];
      const opening = tokens[end + 2];
      if (
        end > i &&
        announcer?.type === 'word' &&
        hasArticle(announcer.norm) &&
        TITLE_SET.has(announcer.norm) &&
        opening?.type === 'word' &&
        !hasArticle(opening.norm) &&
        !isStopWord(opening.norm) &&
        stripToSet(opening.norm, TITLE_SET) === undefined
      ) {
        for (let k = i; k <= end; k++) if ((tokens[k] as Token).type === 'word') words.push(k);
        titleUntil = end;
        i = end + 1;
        continue;
      }
    }
    // A description of where the bearer comes from between the title and the name (الزائر القادم من
    // الرياض فلان, الحاجة القادمة من إندونيسيا فلانة): the participle and its complement are the title's.
    // …after the bearer's nationality too (الزائر السعودي القادم من الرياض فلان, الحاج التركي القادم من
    // إسطنبول فلان): a definite nisba between the title and the participle is the title's adjective.
    const nationality =
      words.length === 2 && isNisba((tokens[words[1] as number] as Token).norm) && words[1] === i - 1;
    if (inTitle && titleHead && (words.length === 1 || nationality) && ARRIVING.has(norm)) {
      const end = titleComplement(tokens, i + 1, quotes, text, true);
      if (end > i) {
        for (let k = i; k <= end; k++) if ((tokens[k] as Token).type === 'word') words.push(k);
        titleUntil = end;
        i = end + 1;
        continue;
      }
    }
    // Descriptions between a role and the name (لاعب الوسط المنضم حديثاً فلان, الممرضة البريطانية من
    // أصل عراقي فلانة, المهاجم ذو الأصول المغربية فلان, الطاهي المولود في بيروت فلان): an adverb, an
    // origin or a birthplace after the role's definite words are the title's when a name follows them.
    if (words.length > 0 && (inTitle || words.every((k) => hasArticle((tokens[k] as Token).norm)))) {
      const end = describedUntilName(tokens, i, text);
      if (end >= i) {
        for (let k = i; k <= end; k++) if ((tokens[k] as Token).type === 'word') words.push(k);
        titleUntil = end;
        i = end + 1;
        continue;
      }
    }
    const indefiniteHead = head !== '' && !hasArticle(head) && ORGANISATION_SET.has(head);
    // …not when or how it spoke (في وقت سابق, في بيان): no place.
    const occasion = tokens[i + 1]?.norm ?? '';
    if (norm === 'في' && indefiniteHead && !SPEECH_OCCASIONS.has(occasion) && !isInDocument(tokens, i)) {
      // A body and where it is, when that ends the phrase: لجان المقاومة في فلسطين «…»; a definite
      // head is complete (الحكومة في مؤتمر صحفي). An unnamed source's place or body also ends before
      // whom it told or its relayed words (مصدر محلي في ذيبان لـ«…», عن مصدر في أجهزة الطوارئ قوله).
      const place = placeAfter(tokens, i + 1, UNNAMED_SOURCE_SET.has(head) || head === 'مصادر');
      if (place > i) {
        for (let k = i; k <= place; k++) words.push(k);
        i = place + 1;
        continue;
      }
    }
    // An unnamed official and the body he serves (مسؤول في إدارة كولمان, مصدر في وزارة الخارجية), a
    // title, the body and then the name (الباحث في مركز الدراسات فلان, كبير الاقتصاديين في بنك …),
    // or a part of a body and the body (قسم إعادة التأهيل في وزارة الأمن).
    const titled = fi < 0 && inTitle && words.length <= 3 && titleHead;
    // …or a definite part's head with its adjective or field (اللجنة الوطنية للاستقدام في مجلس الغرف, المكتب
    // الإعلامي في وزارة الداخلية), no whole body's origin among them (الإدارة الأمريكية في …: where it spoke).
    const definitePart =
      BODY_PART_HEAD_SET.has(head) &&
      words.length >= 2 &&
      !words.some((k) => ORIGIN_NISBA_SET.has((tokens[k] as Token).norm));
    const noFi = !words.some((k) => (tokens[k] as Token).norm === 'في');
    const partOfBody = (indefiniteHead || definitePart) && noFi;
    // An unnamed source inside a body (مسؤول داخل الحزب الحاكم) is one in it, as with في.
    const within = norm === 'في' || (norm === 'داخل' && UNNAMED_SOURCE_SET.has(head));
    // A body and the state or province it serves, by its head and name (وزارة الصحة في ولاية ساكسونيا,
    // الشرطة في ولاية بافاريا, وزارة الداخلية في إقليم كردستان): the place is the name's, as بمنطقة is;
    // a definite head alone only when it is named with its seat (SEATED_BODY_SET), not an army.
    const placed =
      norm === 'في' &&
      noFi &&
      (indefiniteHead ||
        // …its adjectives too (النيابة العامة في ولاية هيسن).
        (words.length <= 3 &&
          SEATED_BODY_SET.has(head) &&
          words.every((k) => hasArticle((tokens[k] as Token).norm)))) &&
      STATE_HEADS.has(tokens[i + 1]?.norm ?? '') &&
      tokens[i + 2]?.type === 'word' &&
      // …a place's name, not a title (في ولاية الرئيس: his term of office) nor a pronoun or a stop word.
      stripToSet(tokens[i + 2]?.norm ?? '', TITLE_SET) === undefined &&
      !isStopWord(tokens[i + 2]?.norm ?? '');
    // …but after a name read from its given name (ويعمل الطبيب أحمد فوزي في الموقع), في is where the
    // person is or works, the verb's complement: a title's body comes before the name, not after it.
    // (Only a name of a given name and one plain word; a chain with ولد or بن keeps its old reading.)
    const afterName =
      titled &&
      !partOfBody &&
      !placed &&
      words.length >= 3 &&
      !words.some(
        (k) => LINEAGE_SET.has((tokens[k] as Token).norm) || NAME_JOINER_SET.has((tokens[k] as Token).norm),
      ) &&
      isNameFromGivenName(tokens, words);
    if (within && (titled || partOfBody || placed) && !afterName) {
      const body = tokens[i + 1];
      // A body, not a document (في بيان, في تقرير: where it said so).
      const bodyHead = placed
        ? (body as Token).norm
        : body?.type === 'word'
          ? stripToSet(body.norm, ORGANISATION_SET)
          : undefined;
      // …or a body by its short quoted name, the name in apposition after it (في «الراجحي المالية»، فلان،).
      const close = body?.type === 'mark' ? (quotes.get(i + 1) ?? -1) : -1;
      const quotedBody = titled && close > i + 1 && close - i <= 7 && isComma(tokens[close + 1]);
      if (
        quotedBody ||
        (bodyHead !== undefined && !DOCUMENT_SET.has(hasArticle(bodyHead) ? bodyHead.slice(2) : bodyHead))
      ) {
        // Only the one-word indefinite official keeps في without a name after it, or one described by
        // adjectives alone (مسؤول رفيع في وزارة الدفاع, مصدر أمني في الشرطة): an unnamed source still.
        if (
          titled &&
          !partOfBody &&
          (hasArticle(head) || (words.length > 1 && !isDescribedSource(tokens, words, i + 1)))
        )
          fi = words.length;
        words.push(i);
        i++;
        continue;
      }
    }
    // منظمة برو أزول المعنية بحقوق اللاجئين: a participle that governs a preposition describes the
    // body named before it; the name ends there. Only a body already named: by three words or more, or
    // by a word without the article (منظمة أوكسفام); after a head and its adjective the participle is
    // part of the name (المحكمة الجزائية المتخصصة في الرياض is not المحكمة الجزائية).
    const governed = tokens[i + 1]?.norm ?? '';
    if (
      words.length > 1 &&
      (words.length > 2 ||
        !hasArticle((tokens[words.at(-1) as number] as Token).norm) ||
        // …or a foreign name whose first letters only look like the article (شركة ألستوم المصنعة للقطارات)
        isHamzaAlWord(tokens[words.at(-1) as number] as Token, text)) &&
      // …and so does a firm's role toward a thing (شركة تيبكو المشغلة لمحطة فوكوشيما, المسؤولة عن)
      (DESCRIBING_PARTICIPLES.has(norm) || FIRM_ROLE_SET.has(norm)) &&
      (governed === 'في' || governed === 'عن' || /^[بل].{3,}/u.test(governed)) &&
      stripToSet(head, ORGANISATION_SET) !== undefined
    )
      break;
    // دبلوماسي أوروبي شارك في المحادثات: an unnamed source's description ends before a verb of its
    // access, a relative clause without الذي.
    if (
      words.length > 0 &&
      !hasArticle(head) &&
      UNNAMED_SOURCE_SET.has(head) &&
      SOURCE_ACCESS_VERB_SET.has(norm)
    )
      break;
    // مسؤول طلب عدم الكشف عن اسمه, مصدر فضل عدم ذكر اسمه: so does his wish not to be named.
    if (words.length > 0 && withheldNameEnd(tokens, i) > 0) break;
    // ويختم الوزير حديثه بالقول, وختمت وزيرة التعليم كلمتها: a speech or document with a possessive
    // pronoun right after a title alone (its head and one definite genitive at most) is the verb's
    // object, never a name. After a name the object is cut where the name is trimmed (trimName).
    if (
      words.length > 0 &&
      words.length <= 2 &&
      isTitleHead(head) &&
      hasArticle((tokens[words.at(-1) as number] as Token).norm) &&
      isPossessedWord(token, text) &&
      isOwnDocument(norm)
    )
      break;
    if (words.length > 0 && isVerbalNounObject(tokens, i)) break;
    // هيئة الأمر بالمعروف والنهي عن المنكر: a verbal noun's preposition and its noun inside a body's name.
    if (inTitle && words.length > 0 && isVerbalNounComplement(tokens, i)) {
      words.push(i);
      i++;
      continue;
    }
    // رئيس هذا القسم: a demonstrative before a definite noun inside a title.
    if (inTitle && (norm === 'هذا' || norm === 'هذه')) {
      const noun = tokens[i + 1];
      if (noun?.type === 'word' && hasArticle(noun.norm)) {
        words.push(i);
        i++;
        continue;
      }
    }
    // ناشط شاب من كينيا يدعى فلان, مواطن من حي النسيم يدعى فلان: an indefinite description's origin or
    // place after من / في is the description's when يدعى follows it within a few plain words.
    const called =
      words.length > 0 && !hasArticle(head) && DESCRIPTION_PLACE_SET.has(norm)
        ? calledAfter(tokens, i + 1)
        : -1;
    if (called > 0) {
      for (let k = i; k < called; k++) words.push(k);
      i = called;
      calledPast = called;
      continue;
    }
    // آن (Anne) folds to ان like the complementisers أن/إن, آنا (Anna) to انا like the pronoun; the
    // madda tells them apart (before a plain word: آن الأوان is a verb).
    const anne =
      (norm === 'ان' ||
        (norm === 'انا' && tokens[i + 1]?.type === 'word' && !hasArticle(tokens[i + 1]?.norm ?? ''))) &&
      text.charCodeAt(token.from) === 0x0622;
    const alan = isAlan(token, text);
    const letterN = words.length > 0 && isLetterN(tokens, i);
    // أشخاص شاركوا في الجهود الدبلوماسية: people described by a clause with a plural verb go on
    // through the verb's preposition and its noun.
    // Only the verb's first phrase: a second preposition (في اتصال هاتفي) is where they spoke.
    const clause =
      !described &&
      words.length >= 2 &&
      CLAUSE_PREPOSITIONS.has(norm) &&
      !hasArticle(head) &&
      isPeopleHead(head) &&
      words.slice(1).some((k) => (tokens[k] as Token).norm.endsWith('وا'));
    // مصادر مقربة من الحكومة, مصدر قريب من التحقيق: an unnamed source's closeness and its من go on
    // through the noun, part of who the source is.
    const close =
      !described &&
      words.length >= 2 &&
      norm === 'من' &&
      !hasArticle(head) &&
      (UNNAMED_SOURCE_SET.has(head) || GROUP_SOURCE_SET.has(head) || isPeopleHead(head)) &&
      CLOSENESS_SET.has((tokens[words[words.length - 1] as number] as Token).norm) &&
      tokens[i + 1]?.type === 'word';
    // The word after آل, بن, أبو is the name's whatever else it may be (آل مرة, بن كذلك).
    const joined = words.length > 0 && NAME_JOINER_SET.has((tokens[i - 1] as Token).norm);
    // لما is also a woman's name, right after a feminine title (الممثلة لما حمدان); after a man's it is
    // "when" (وقال الرئيس لما سئل).
    const previous = words.length > 0 ? (tokens[words[words.length - 1] as number] as Token).norm : '';
    const lamaName =
      norm === 'لما' && previous.endsWith('ه') && stripToSet(previous, TITLE_SET) !== undefined;
    const womansName = isWomansNameWord(tokens, i, previous);
    // فجر الدين فلان, حسب الله فلان: a stop word that opens a compound given name, before the compound's
    // second half and a family name, is the name's first word, not "at dawn" or "according to".
    const compoundHead =
      COMPOUND_NAME_STOP_HEAD_SET.has(norm) &&
      COMPOUND_NAME_HEAD_END_SET.has(tokens[i + 1]?.norm ?? '') &&
      tokens[i + 2]?.type === 'word' &&
      !isStopWord((tokens[i + 2] as Token).norm) &&
      // …not an adjective of الدين or الله (حسب الدين الإسلامي, حسب الدين الحنيف): "according to".
      !isNisba((tokens[i + 2] as Token).norm) &&
      !DEFINITE_FAEEL.test((tokens[i + 2] as Token).norm);
    const namedByTime =
      words.length === 1 &&
      !hasArticle(head) &&
      ORGANISATION_SET.has(head) &&
      STOP_SET.has(norm) &&
      hasArticle(norm) &&
      // …not a time phrase (مجلة الأسبوع الماضي إن …)
      !TIME_QUALIFIERS.has(tokens[i + 1]?.norm ?? '');
    // المفرج عنه فلان: the freed man's عن and pronoun belong to his role, not to what follows it.
    const freed = words.length === 1 && FREED_ROLES.has(head) && RELEASED_FROM.has(norm);
    // ولي أمر طالب يدعى فلان, قال طالب يدعى فلان: a word right before يدعى is the description's noun,
    // whatever verb it also spells (طالب: demanded); a finite verb is never followed by who it is called.
    const beforeCalled =
      (lookupCue(norm) !== undefined && !STOP_SET.has(norm) && CALLED.has(tokens[i + 1]?.norm ?? '')) ||
      // وقال طالب جامعي, وقالت طالبة: a past form right after a finite verb of saying is its subject.
      (words.length === 0 && isNounAfterVerb(tokens, i));
    // خطيب ليلة القدر, منظمو ليلة …: after a head in construct (no article: a title, a body, a feminine
    // noun in ة, a plural in و) ليلة is its genitive, an event's name; after a name (هاريسون ليلة الانتخابات)
    // or a definite word, or before a time word (فلان ليلة أمس), a time phrase.
    const nightOf =
      norm === 'ليله' &&
      words.length > 0 &&
      !hasArticle(previous) &&
      !isGivenName(previous) &&
      (isTitleHead(previous) || ORGANISATION_SET.has(previous) || /[هو]$/u.test(previous)) &&
      !TIME_SET.has(tokens[i + 1]?.norm ?? '');
    // مدير مؤتمر «…», رئيس مؤتمر «…»: an undertaking by its quoted name, in construct after a title, is
    // the post's (not في مؤتمر صحفي, where the subject has ended).
    const headedWork =
      HEADED_WORK_SET.has(norm) &&
      words.length > 0 &&
      !hasArticle(previous) &&
      isTitleHead(previous) &&
      quotes.has(i + 1);
    // أطباء بلا حدود, مراسلون بلا حدود: بلا after a plural (أفعلاء, فاعلون) goes on a body's or a group's
    // name; after a person's name it is how he spoke (قال فلان بلا تردد).
    // (…and after an indefinite plural in ين or ات: مراسلين بلا حدود, صحفيات بلا قيود)
    if (norm === 'بلا' && words.length > 0) {
      const plural = /(?:اء|ون)$/u.test(previous) || (/(?:ين|ات)$/u.test(previous) && !hasArticle(previous));
      if (!(plural && !isGivenName(previous))) break;
    }
    // التحالف الدولي ضد داعش, حركة عدم الانحياز: ضد and عدم, which stop a subject elsewhere (ضد إيران, عدم
    // صحة الأنباء), go on the name of a body read so far.
    const inBodyName =
      (norm === 'ضد' || norm === 'عدم') &&
      words.some((k) => stripToSet((tokens[k] as Token).norm, ORGANISATION_SET) !== undefined);
    if (
      isStopWord(norm) &&
      !inBodyName &&
      !freed &&
      !headedWork &&
      !beforeCalled &&
      !lamaName &&
      !womansName &&
      !compoundHead &&
      !(inTitle && isGenitiveBeforeName(tokens, i)) &&
      !anne &&
      !alan &&
      !letterN &&
      !clause &&
      !close &&
      !joined &&
      !namedByTime &&
      !nightOf &&
      !isNameEndWithFa(tokens, i, words.length) &&
      !isNameEndWithHuwa(tokens, i, words.length) &&
      !isNameEndWithoutHamza(tokens, i, words.length, text) &&
      !isFirstNameWithoutHamza(tokens, i, text) &&
      !isNameParticleFan(tokens, i, words.length, text) &&
      !isAfterEuropeanParticle(tokens, i, words) &&
      !isFrenchArticleInName(tokens, i, words) &&
      // (a syllable spelt as a complementiser is one when its hamza is written, بأن, أن: no foreign
      // name's syllable carries a hamza)
      !(
        isForeignNameSyllable(tokens, i, words.length, from) &&
        !governsAnna(tokens, i, text) &&
        !(COMPLEMENTISER_SET.has(norm) && hasHamzaWritten(token, text))
      ) &&
      !isImam(tokens, i, text, words.length) &&
      !(inTitle && isQuotedGenitiveOfTitle(tokens, from, i, quotes))
    )
      break;
    // وقف فلان فلاني طويلا, قال … هاتفيا: an adverb in the accusative after two words ends the phrase.
    if (isAdverbAfterName(tokens, i, words, text)) break;
    // حضر الوزير وحسين عبدالغني: a given name behind و after a title or a name is a second person's.
    if (opensSecondPerson(tokens, i, words)) break;
    // ووجه المستشار فلان كلامه للأعضاء, وختم الوزير فلان حديثه بجملة: a noun of speech with the speaker's
    // pronoun after his name or title is the words he directed, the verb's object (not after an indefinite
    // head that governs it: كاتب رسالته).
    if (speechAfterName(tokens, i, words, text)) break;
    // وقال الوزير الفلاني بمناسبة …: the occasion of the words, none of the title and surname before it (a
    // name read from a given name is closed by its own chain, the occasion trimmed later).
    if (
      words.length > 0 &&
      OCCASION_OPENERS.has(norm) &&
      !words.some((k) => isGivenName((tokens[k] as Token).norm))
    )
      break;
    // وقال فلان بعربية متكسرة:, وقال لـ«…» بلغة إنجليزية ركيكة: how it is said, no word of a name.
    // (after the verb itself a word of ب and ة may be a name: وقالت بهية عطية)
    if ((words.length > 0 || tokens[i - 1]?.type !== 'word') && isMannerPhrase(tokens, i, text)) break;
    if (clause || close) described = true;
    if (close) sourceClose = true;
    if (freed) titleUntil = Math.max(titleUntil, i);
    // قال فلان لرويترز, قالت لبي بي سي: an outlet after ل is the hearer, never a name or its start;
    // not the company a title's head and adjectives still wait for (الرئيس التنفيذي لـSTC فلان).
    if (
      isOutletAfterLam(tokens, i) &&
      !(
        inTitle &&
        (isLatinGenitiveOfTitle(tokens, from, i) || isQuotedGenitiveOfTitle(tokens, from, i, quotes))
      )
    )
      break;
    // وقال ترامب لميركل: ل glued to a word the text writes alone elsewhere (a name: ميركل), right after a
    // plain word of a name, is whom the words were told, not the name going on.
    if (words.at(-1) === i - 1 && isNameToldAfterLam(tokens, i)) break;
    // A title stacked on definite descriptions (المتبرع الطالب في جامعة حائل فلان) heads a title too.
    if (
      !inTitle &&
      words.length > 0 &&
      words.at(-1) === i - 1 &&
      hasArticle(norm) &&
      isTitleHead(norm) &&
      stripToSet(head, ORGANISATION_SET) === undefined &&
      words.every((k) => hasArticle((tokens[k] as Token).norm))
    )
      inTitle = true;
    if (words.length === 0) {
      if (isPrepositional(norm) && !leadingPreposition) break;
      // وأكد مجدداً, وأضاف لاحقاً: an adverb with tanween opens no subject; an indefinite title may
      // carry it (وقال مسؤولٌ أمني), and so may any noun in the nominative (وقالت امرأةٌ, وقال شابٌ).
      if (hasTanween(token, text, true) && !isTitleHead(norm) && !ORGANISATION_SET.has(norm)) break;
      // نجم الدين, سيف الله: a compound name, not a title (نجم, the sports star) before its name.
      const compound = COMPOUND_END_SET.has(tokens[i + 1]?.norm ?? '');
      inTitle =
        ((isTitleHead(norm) ||
          hasTitleWithHe(token, text) ||
          isAssistantBeforeTitle(tokens, i) ||
          isScientist(tokens, i)) &&
          !compound) ||
        ORGANISATION_SET.has(norm);
    } else if (!inTitle && isPrepositional(norm) && !isFamilyNameWithBal(tokens, i, words)) {
      break; // قال سوكولوف للصحفيين
    } else if (
      isObjectBeforeBa(tokens, i, head, previous) &&
      !isCoordinatedGenitive(tokens, words, i) &&
      // …not after a verb that carries its object as a pronoun (في خطوة وصفها البيت الأبيض بأنها «…»):
      // the word is the subject's (its adjective), no second object.
      !isCueWithObjectPronoun(tokens[from - 1]?.norm ?? '')
    ) {
      objectBeforeBa = true;
      break; // ووصف الاتحاد الأوروبي الاتفاق بأنه «…», واتهمت المعارضة الحكومة بـ«…»: the verb's object
    } else if (
      words.length >= 2 &&
      ORGANISATION_SET.has(head) &&
      !hasArticle(norm) &&
      norm.length > 2 &&
      !/^[لب]/u.test(norm) &&
      !isGivenName(norm) &&
      isPossessedWord(tokens[i + 1], text) &&
      // …not a family name in فعيه whose ه is its own (مستشفيات فقيه, نزيه, وجيه)
      !FAEEH_NAME.test(tokens[i + 1]?.norm ?? '') &&
      !isPossessedWord(token, text) &&
      // …not the relay's own word after a source (عن مسؤولين أميركيين وأجانب قولهم)
      !RELAYED_SAYING.has(tokens[i + 1]?.norm ?? '')
    ) {
      break; // أكدت حركة طالبان الأفغانية وفاة زعيمها: a plain noun before one with a pronoun is the verb's object
    } else if (
      gluedComplementAfterName(tokens, i, previous, words) &&
      !isPlaceHeadAfterBa(norm) &&
      !isPrepositional(norm)
    ) {
      // وقال الخبير عمر باوزير بحضور الصحفيين, ووصلت السيدة فلانة بن علي لتفقد سير العمل: after a name
      // that opened with a given name, ب or ل glued to a noun in construct is the verb's complement.
      break;
    } else if (
      !inTitle &&
      hasArticle(previous) &&
      /^و?ب[^ا]/u.test(norm) &&
      !isPlaceHeadAfterBa(norm) &&
      !isPrepositional(norm) &&
      (isObjectOfPreposition(tokens, i) || isChainAfterBa(tokens, i))
    ) {
      // ونوه الرشيدي بدعم القيادة: after a family name, ب + a noun in construct is the verb's object;
      // not a body's place (المرصد … بمحافظة …, بجامعة …), and ل after a name is a body's field.
      break;
    } else if (
      words.length === 1 &&
      hasArticle(head) &&
      ORGANISATION_SET.has(head) &&
      /^ل[^ل]/u.test(norm) &&
      stripToSet(norm, ORGANISATION_SET) === undefined
    ) {
      break; // ودعت الوزارة لوقف إطلاق النار: a lone definite head is whole; ل + a noun is the complement
    } else if (
      words.length === 1 &&
      hasArticle(head) &&
      ORGANISATION_SET.has(head) &&
      !hasArticle(norm) &&
      ORGANISATION_SET.has(norm)
    ) {
      break; // وطالبت الهيئة أمانة محافظة جدة بـ: a definite head governs no genitive; the other body is the object
    } else if (inTitle && /^و?بال/u.test(norm) && !isParentBody(tokens, words, i, text)) {
      break; // ونددت المنظمة بالخطة: ب + a definite noun is the verb's complement
    } else if (
      inTitle &&
      (VERBAL_NOUN_AFTER_BI.test(norm) || STANCE_OBJECTS_AFTER_BI.has(norm.replace(/^و/u, ''))) &&
      !isPlaceHeadAfterBa(norm) && // بمحافظة has the shape of مفاعلة: the title's place
      (hasArticle(tokens[i + 1]?.norm ?? '') ||
        // …or a plain noun in construct with a definite one after it (فردت قوات الأمن باستخدام خراطيم
        // المياه): the verbal noun's object, a chain no title's field has after ب
        (tokens[i + 1]?.type === 'word' &&
          !isStopWord(tokens[i + 1]?.norm ?? '') &&
          !isGivenName(tokens[i + 1]?.norm ?? '') &&
          tokens[i + 2]?.type === 'word' &&
          hasArticle(tokens[i + 2]?.norm ?? ''))) &&
      // قال takes no such complement: after it, it is the title's field (رئيس قسم بمعالجة المياه فلان)
      lookupCue(tokens[from - 1]?.norm ?? '')?.cls !== 'say'
    ) {
      break; // رحبت حكومة الإقليم بإقرار القانون: so is ب + a verbal noun and its definite genitive
    } else if (
      norm.startsWith('ل') &&
      stripToSet(norm, ADDRESSEE_SET) !== undefined &&
      !(inTitle && isGenitiveBeforeName(tokens, i)) &&
      // …not the field of a body that serves them (الاتحاد الدولي للصحفيين)
      (!norm.startsWith('لل') ||
        isHearerAfterLam(
          tokens,
          i,
          words.map((k) => (tokens[k] as Token).norm),
        ))
    ) {
      break; // وقالت الهيئة لوسائل الإعلام: whom it speaks to
    } else if (
      !(inTitle && isGenitiveBeforeName(tokens, i)) &&
      isHearerAfterLam(
        tokens,
        i,
        words.map((k) => (tokens[k] as Token).norm),
      )
    ) {
      break; // وقال الرئيس الفرنسي لنظيره المصري, قال الشيخ لأبناء القبيلة: whom he spoke to
    } else if (inTitle && isKinAfterLam(norm)) {
      break; // وقال مدير المستشفى لوالد الطفل الشيخ فلان: whom he spoke to, and the name is the kinsman's
    } else if (inTitle && isOfficeToldAfterLam(tokens, words, norm)) {
      break; // وقال الرئيس لوزير الخارجية فلان, وقال الملك لولي العهد: whom he spoke to
    }
    // A definite honorific or title deep in a long title, a plain word after it: the name follows
    // (وكيل الوزارة لشؤون المياه المهندس فلان, أمير منطقة الجوف الأمير فلان), so the title runs to
    // it and the longer cap holds the name.
    // Only while no name was read: خاطبه رئيسها فلان النقيب فلان names two people.
    // A "name" that opens with ل after the title is its genitive (المدير التنفيذي لتجمع الشرقية الصحي
    // الدكتور فلان): the body's head is not in the lexicon, but the honorific tells where the name is.
    if (inTitle && words.length >= 2 && isHonorificBeforeName(tokens, i)) {
      const [nameStart] = splitSubject(tokens, words, false, text, titleUntil).name;
      const genitive =
        nameStart !== undefined &&
        nameStart > from &&
        /^ل[^ل]/u.test((tokens[nameStart] as Token).norm) &&
        // …after a definite word of the title (التنفيذي لتجمع), not after a title with a pronoun
        // (رئيسها لحسن الطلفي النقيب فلان names two people, لحسن a first name).
        hasArticle((tokens[nameStart - 1] as Token).norm);
      // So is a place's head in construct (لإدارة مرور محافظة جدة الرائد فلان): no name starts with it.
      const place = nameStart !== undefined && PLACE_HEAD_SET.has((tokens[nameStart] as Token).norm);
      if (nameStart === undefined || genitive || place) titleUntil = Math.max(titleUntil, i);
    }
    // A title that ends in a foreign nationality, a plain word after it (المدير الفني للمنتخب … الهولندي
    // ماركو فان لير): the name starts there, so the title runs to the nationality and the longer cap
    // holds the name (isForeignNameEnd says where it ends).
    // Only while no name was read (وزير الخارجية الفرنسي فلان ووزير الخارجية الألماني فلان names two).
    if (
      inTitle &&
      words.length >= 2 &&
      words.at(-1) === i - 1 &&
      isTitleHead(head) &&
      !hasArticle(norm) &&
      isHoldersNationality(tokens, words, i - 1) &&
      splitSubject(tokens, words, false, text, titleUntil).name.length === 0
    )
      titleUntil = Math.max(titleUntil, i - 1);
    words.push(i);
    i++;
  }
  if (words.length === 0) return null;
  const next = tokens[i];
  // A phrase that ends at punctuation, a complementiser, a preposition or a time word is whole; one
  // cut by the word limit, another verb or a glued preposition (قنوات للاتصال) may hold object words.
  // A preposition written apart before a quote mark (سامي العلي بـ«…») ends the phrase as a mark does.
  const hardEnd =
    objectBeforeBa ||
    countedAfter ||
    markedName ||
    next?.type !== 'word' ||
    COMPLEMENTISER_SET.has(next.norm) ||
    CIRCUMSTANTIAL_PRONOUNS.has(next.norm) ||
    // …or the outlet told by its head after ل where the phrase stopped (وقالت طالبة الحقوق فلانة لصحيفة
    // «…»; the relayed words called the source's, عن طالبة الحقوق فلانة قولها, are SAYING_NOUN_SET's below)
    isMediaHeadAfterLam(next.norm) ||
    isOutletAfterLam(tokens, i) ||
    isHearerAfterLam(
      tokens,
      i,
      words.map((k) => (tokens[k] as Token).norm),
    ) ||
    (next.norm.length === 1 && tokens[i + 1]?.type === 'mark') ||
    isInDocument(tokens, i) ||
    isTalkAfterFi(tokens, i) ||
    // …or the words called the source's after it (عن المؤرخ الرياضي فلان قوله إن): the name is whole.
    SAYING_NOUN_SET.has(next.norm) ||
    opensTimePhrase(tokens, i) ||
    withheldNameEnd(tokens, i) > 0 ||
    isVerbalNounObject(tokens, i) ||
    isAdverbAfterName(tokens, i, words, text) ||
    opensSecondPerson(tokens, i, words) ||
    speechAfterName(tokens, i, words, text) ||
    (isFeminineMannerParticiple(next, text) && !/(?:ها|هم|هما|هن)$/u.test((tokens[i - 1] as Token).norm));
  const softEnd =
    next?.type === 'word' &&
    (STOP_SET.has(next.norm) ||
      // …or a reporting verb behind و, a second verb of the same subject (خرج المدرب فلان وقال): no name
      // runs on into a verb.
      isConjoinedSaying(next.norm) ||
      // …or a stop word behind ب or ل (بعدم رضاه, لعدم وجود): the verb's complement, as its bare form is
      (/^[بل]/u.test(next.norm) &&
        next.norm.length > 3 &&
        STOP_SET.has(next.norm.slice(1)) &&
        !ORGANISATION_SET.has(next.norm)) ||
      isKinAfterLam(next.norm) ||
      (/^[لب]/u.test(next.norm) &&
        (stripToSet(next.norm, ORGANISATION_SET) !== undefined ||
          stripToSet(next.norm, ADDRESSEE_SET) !== undefined)) ||
      // …or ب and the article, the verb's complement (أشاد فلان بالجماهير, طالب فلان بالتحقيق)
      (/^بال/u.test(next.norm) && next.norm.length > 4 && !isSyllableLikeArticle(tokens, i)) ||
      // …or ب or ل glued to a noun in construct after a name from its given name (بحضور الصحفيين,
      // لتفقد سير العمل), where the walk stopped for it.
      gluedComplementAfterName(tokens, i, (tokens[i - 1] as Token).norm, words));
  // (…and one that reached the limit right before punctuation ran into nothing either: وقال الناطق
  // الإعلامي في الأمانة مدير العلاقات العامة والإعلام فلان:)
  let subject = splitSubject(
    tokens,
    words,
    (words.length < cap() || (next?.type === 'punct' && words.at(-1) === i - 1)) && hardEnd,
    text,
    titleUntil,
  );
  if (described) {
    const whole: Subject = {
      first: from,
      last: words.at(-1) as number,
      title: words,
      name: [],
      organisation: true,
      closed: hardEnd,
    };
    // A source close to a body, then his name in apposition (مسؤول مطلع على الملف، وهو اللواء فلان،):
    // the name speaks.
    const person: Subject = { ...whole, organisation: false };
    if (sourceClose && appendApposition(tokens, i, person, quotes, text)) return person;
    return whole;
  }
  // وقال الرئيس في البرلمان: with no name after the body, في was where he spoke, not his title.
  // …unless a name stands after a comma: then the body was the title's (القيادي في حركة التغيير
  // (كوران)، فلان، إن …).
  if (fi > 0 && subject.name.length === 0 && !appendApposition(tokens, i, { ...subject }, quotes)) {
    subject = splitSubject(tokens, words.slice(0, fi), true, text);
    i = words[fi] as number;
  }
  // After a title, a name is short and a preposition ends it (وزير المالية خالد منصور في …).
  // …and so does a name with no title that opens with a given name (وأوضح أحمد فوزي صباح أمس:, ووصل
  // كريم عادل إلى الموقع): the given name says a person's name starts there, the preposition or the time
  // word that no name holds says where it ends.
  if (
    !subject.closed &&
    softEnd &&
    subject.name.length > 0 &&
    (subject.title.length > 0 ||
      (opensGivenName(tokens, subject.name[0] as number) &&
        // (a chain with بن read bare is left open: الأمير خالد الفيصل, later خالد بن فيصل في …)
        !subject.name.some((k) => PATRONYM_SET.has((tokens[k] as Token).norm))))
  ) {
    // (A quoted name in the title has marks that are no words: the name's last word is what counts.)
    subject.closed = subject.name.at(-1) === subject.last;
  }
  // A name that بخصوص ends (trimName: وقال رئيس الاتحاد فلان بخصوص القائمة:) is whole: what follows is
  // what he spoke about.
  const named = subject.name.at(-1);
  if (!subject.closed && named !== undefined && tokens[named + 1]?.norm === ABOUT) {
    subject.closed = true;
    subject.last = named;
  }
  // A topic after أما ends at the verb with ف that answers it (أما الخبير فلان فيرى أن): nothing ran in.
  if (
    !subject.closed &&
    subject.name.at(-1) === subject.last &&
    TOPIC_OPENERS.has(tokens[from - 1]?.norm ?? '') &&
    next?.type === 'word' &&
    lookupCue(next.norm)?.clitic === 'ف'
  )
    subject.closed = true;
  // A whole chain read by its given names (المواطن فهد بن عايض العتيبي بالتعميم), where the phrase
  // stopped before the word limit: nothing ran into it.
  if (
    !subject.closed &&
    subject.name.at(-1) === subject.last &&
    words.length < MAX_SUBJECT_WORDS &&
    isWholeChain(tokens, subject.name)
  )
    subject.closed = true;
  // After a foreign nationality the name is its plain words (مدرب الاتحاد البرازيلي ماركوس سيلفا
  // التحكيم مسؤولية الخسارة): the first definite word or noun in ة is the verb's object.
  const titleEnd = subject.title.at(-1);
  // …and after one followed by an outgoing holder's participle (الرئيسة التشيلية المنتهية ولايتها فلانة).
  const outgoing =
    titleEnd !== undefined &&
    subject.title.includes(titleEnd - 2) &&
    isCausalAdjectiveNoun(tokens[titleEnd] as Token, tokens[titleEnd - 1]?.norm ?? '', text);
  const nationality = titleEnd !== undefined && outgoing ? titleEnd - 2 : titleEnd;
  if (
    nationality !== undefined &&
    titleEnd !== undefined &&
    !subject.organisation &&
    subject.name[0] === titleEnd + 1 &&
    (isHoldersNationality(tokens, subject.title, nationality) ||
      describedForeignHolder(tokens, subject.title, titleEnd + 1, text))
  ) {
    const end = subject.name.findIndex((k, n) => n > 0 && isForeignNameEnd(tokens, k, text));
    // A last word right before the words are given (a colon, a quote, إن, لرويترز, للصحفيين) is no
    // object: the holder is an Arab with his family name (عضو الكنيست الإسرائيلي أحمد الحاج:,
    // المهاجم الفرنسي كريم منصوري:). Before a comma it may be (منصوري الجائزة، قائلا).
    // …nor is a plain last word before a comma and a relative or circumstantial pronoun (سيتي نور
    // حليزة، التي …, سري فضيلة، وهي …): an indefinite object takes no الذي/التي, and وهي tells of the
    // holder; a transliterated surname may be written with ة (حليزة, فضيلة) as Malay names are.
    const last = end === subject.name.length - 1 ? (tokens[subject.name[end] as number] as Token) : undefined;
    const aside =
      last !== undefined &&
      !hasArticle(last.norm) &&
      isComma(tokens[subject.last + 1]) &&
      (RELATIVE_PRONOUNS.has(tokens[subject.last + 2]?.norm ?? '') ||
        CIRCUMSTANTIAL_PRONOUNS.has(tokens[subject.last + 2]?.norm ?? ''));
    // …nor is a definite nisba ending a name an Arab given name opens, before a preposition or a mark
    // (المدون البريطاني فلان الشافعي على حسابه:, الكاتب الفرنسي فلان العتيبي لـ«…»): a holder of Arab
    // birth and his family name, as in the Arab press; an object takes no preposition after it.
    const after = tokens[subject.last + 1];
    // …or any definite word after a kunya and its name (المدون البريطاني أبو عمر فلان).
    const opener = (tokens[subject.name[0] as number] as Token).norm;
    const arabFamily =
      last !== undefined &&
      ((isNisba(last.norm) && ARABIC_GIVEN_NAME_SET.has(opener)) ||
        (KUNYA_HEADS.has(opener) && subject.name.length >= 3)) &&
      (after?.type !== 'word' || isStopWord(after.norm) || /^ل/u.test(after.norm));
    if (
      end > 0 &&
      !aside &&
      !arabFamily &&
      // (…past a time phrase too, when it was said: المهاجم الفرنسي كريم منصوري أمس إن, مساء الثلاثاء أن)
      !(
        end === subject.name.length - 1 &&
        isSpeechOpener(tokens, afterTimePhrases(tokens, subject.last + 1)) &&
        // (past a time phrase only a word that merely looks definite, فالس, or an Arab family name after
        // an Arab given name, سمير الخطيب; any other definite word there is the verb's object: أخبر
        // المدرب الإسباني فلان اللاعبين مساء أمس أن)
        (afterTimePhrases(tokens, subject.last + 1) === subject.last + 1 ||
          !(tokens[subject.name[end] as number] as Token).norm.startsWith('ال') ||
          ARABIC_GIVEN_NAME_SET.has(opener))
      )
    ) {
      // The article proves where the name ended; a noun in ة only after two words or a joiner (ماركو فان
      // لير قائمة): a third plain word may be the object's (الروسي فلاديمير سوكولوف وجود أية قنوات), left
      // to the name's own reading (nameOf).
      subject.closed =
        hasArticle((tokens[subject.name[end] as number] as Token).norm) ||
        end <= 2 ||
        NAME_JOINER_SET.has((tokens[subject.name[1] as number] as Token).norm);
      subject.name = subject.name.slice(0, end);
      subject.last = subject.name.at(-1) as number;
    }
  }
  // A description read through its place to يدعى (مواطن من حي النسيم يدعى فلان), which the title's
  // walk may have split elsewhere: the words before يدعى are the title, those after it the name.
  if (calledPast > 0 && !subject.name.includes(calledPast) && words.at(-1) !== calledPast) {
    const name = trimName(
      tokens,
      words.filter((k) => k > calledPast),
      text,
    );
    subject.title = words.filter((k) => k < calledPast);
    subject.name = name;
    subject.organisation = false;
    subject.closed = (hardEnd || softEnd) && words.length < MAX_SUBJECT_WORDS && name.at(-1) === words.at(-1);
    subject.last = Math.max(subject.last, name.at(-1) ?? calledPast);
  }
  // A title read on through يدعى and a name of two words (مواطن يدعى خالد الشهري): the words after the
  // verb are the name, as after any other description; the title ends at يدعى.
  const calledInTitle =
    subject.name.length === 0 ? subject.title.findIndex((k) => CALLED.has((tokens[k] as Token).norm)) : -1;
  if (calledInTitle > 0 && calledInTitle < subject.title.length - 1) {
    const name = trimName(tokens, subject.title.slice(calledInTitle + 1), text);
    if (name.length > 0 && name[0] === subject.title[calledInTitle + 1]) {
      subject.name = name;
      subject.title = subject.title.slice(0, calledInTitle + 1);
      subject.last = name.at(-1) as number;
    }
  }
  // An indefinite description, then who it is with يدعى (سيدة خمسينية تدعى فلانة): the words after
  // the verb are the name, the description before it stands as the title.
  const called = subject.name.findIndex((k) => CALLED.has((tokens[k] as Token).norm));
  // …or right after the description's last word (مواطن آخر يدعى ناصر: آخر closed the title).
  if ((called > 0 || (called === 0 && subject.title.length > 0)) && called < subject.name.length - 1) {
    const calledAt = subject.name[called] as number;
    subject.title = [...subject.title, ...subject.name.slice(0, called)];
    subject.name = subject.name.slice(called + 1);
    // …read as one with the description (طالبة تدعى نورة سعد القحطاني), its words counted against the
    // name's length: the words after يدعى, up to where the phrase was read, are trimmed as a name alone.
    if ((subject.name.at(-1) as number) < subject.last && subject.last - calledAt <= MAX_SUBJECT_WORDS) {
      const rest = range(calledAt + 1, subject.last).filter((k) => (tokens[k] as Token).type === 'word');
      const name = trimName(tokens, rest, text);
      if (name.length > subject.name.length) {
        subject.name = name;
        // …closed as the phrase was: it ended at punctuation, a complementiser, a hearer or (as after a
        // title) a preposition.
        subject.closed =
          (hardEnd || softEnd) && words.length < MAX_SUBJECT_WORDS && name.at(-1) === words.at(-1);
      }
    }
  }
  // A definite description, then a relative clause and who it is after the clause's comma (الشاب الذي
  // أنقذ …، ويدعى فلان:, المريضة التي تقدمت بالبلاغ، وتدعى أم ريان،): the name is read past the clause.
  const relativeComma =
    subject.name.length === 0 && subject.title.length > 0 && !subject.organisation
      ? calledPastRelative(tokens, i)
      : -1;
  // A description, then who it is after a comma: أحد رعاة المشروع، وهو السير كريسبن تيكل، …
  const comma = tokens[i];
  const pronoun = tokens[i + 1];
  // …or ويدعى right after the description, with no comma (شقيق إحدى الضحايا ويدعى ماجد), or after
  // where one of a group works or lives (أحد العاملين في مستودع مجاور، ويدعى أحمد).
  const placeEnd = ONE_OF_FORM_SET.has((tokens[subject.first] as Token).norm)
    ? placeBeforeCalled(tokens, i)
    : -1;
  // …or one of a group and then, after a comma, a title and the name (أحد منظمي التظاهرة، الناشط فلان،).
  const oneOf = ONE_OF_FORM_SET.has((tokens[subject.first] as Token).norm) && subject.title.length === 0;
  // …or a head in construct with one of a group (مالك إحدى مؤسسات المقاولات المنفذة للبرنامج، المهندس
  // فلان،): the same description, whose words may run on to its comma; no name is followed by إحدى.
  const ownerOf =
    (!ONE_OF_FORM_SET.has((tokens[subject.first] as Token).norm) &&
      ONE_OF_FORM_SET.has(tokens[subject.first + 1]?.norm ?? '') &&
      !opensGivenName(tokens, subject.first)) ||
    // …or an owner of a business with no article (صاحب ورشة زجاج السيارات في حي …، الباكستاني فلان،):
    // the business's genitives are no name.
    ownsBusiness(tokens, subject.first);
  const calledAtRead =
    relativeComma > 0
      ? relativeComma + 1
      : isComma(comma) && pronoun?.type === 'word' && IDENTIFYING.has(pronoun.norm)
        ? i + 1
        : isCalledWithAnd(comma)
          ? i
          : placeEnd > 0
            ? placeEnd + 1
            : oneOf && isComma(comma)
              ? i
              : oneOf
                ? placeBeforeComma(tokens, i)
                : ownerOf
                  ? isComma(comma)
                    ? i
                    : Math.max(wordsToComma(tokens, i), placeBeforeComma(tokens, i))
                  : -1;
  // …where the description's comma is followed by يدعى/تدعى or ويدعى (صاحب مطعم في حي …، يدعى أبو ماجد،): the
  // name is read after the verb, which is no word of it.
  const afterComma =
    calledAtRead > 0 && isComma(tokens[calledAtRead]) ? (tokens[calledAtRead + 1]?.norm ?? '') : '';
  const calledAt =
    CALLING_FORMS.includes(afterComma) ||
    (afterComma.startsWith('و') && CALLING_FORMS.includes(afterComma.slice(1)))
      ? calledAtRead + 1
      : calledAtRead;
  /** The name is read after يدعى/تدعى or ويدعى, which names whatever the description is (a kunya too). */
  const calledWord = calledAt > 0 ? (tokens[calledAt]?.norm ?? '') : '';
  const afterCalled =
    CALLED.has(calledWord) || (calledWord.startsWith('و') && CALLED.has(calledWord.slice(1)));
  /** The one of a group was read on through where the group is (أحد المتطوعين في الهلال الأحمر، فلان،). */
  const throughPlace = calledAt > i && oneOf && placeEnd < 0 && !isComma(comma);
  if (calledAt > 0) {
    const named = readSubject(tokens, calledAt + 1, quotes, false, text);
    // Only a description is so named (أحد رعاة المشروع، وهو السير فلان); after a name, what follows
    // describes it (سعاد المهيري، وهي أم لثلاثة أطفال; الشاب فلان، وهو عاطل عن العمل), unless it gives
    // a title and a name.
    // A kunya is a name: only a definite title and a name after it (أم محمد، وهي الطبيبة فلانة) name her.
    const kunya = isKunya(tokens, subject) && !hasArticle(tokens[named?.title[0] ?? -1]?.norm ?? '');
    // …or a name alone of two words or more that opens with a given name (also a common word: كريم) and
    // closes with a comma of its own (أحد منظمي الحملة، كريم فارس، لـ…): a name in apposition, which a
    // time (، أمس،) never opens.
    const givenApposed =
      named !== null &&
      named.name.length > 1 &&
      named.name[0] === calledAt + 1 &&
      (opensGivenName(tokens, calledAt + 1) || GIVEN_NAME_SET.has((tokens[calledAt + 1] as Token).norm)) &&
      isComma(tokens[named.last + 1]);
    // …or a description and what he is called after يدعى (شاهد عيان، وهو حاج مغربي يدعى فلان،): the
    // clause names whoever the words before it describe, whatever they were read as.
    const calledName =
      named !== null &&
      named.name.length > 0 &&
      (named.name[0] as number) - 1 > calledAt + 1 &&
      CALLED.has(tokens[(named.name[0] as number) - 1]?.norm ?? '');
    const described =
      !kunya &&
      // (a body named by its head is no description: وقالت أكاديمية العلوم، وهي أكبر رابطة … says what it is)
      ((subject.name.length === 0 && subject.title.length > 0 && !subject.organisation) ||
        // …a description ending in آخر, which names no one (صاحب محل آخر، ويدعى فلان)
        (subject.title.length > 0 &&
          subject.name.length === 1 &&
          isCalledWithAnd(tokens[calledAt]) &&
          OTHER.has((tokens[subject.name[0] as number] as Token).norm)) ||
        (ownerOf && calledAt >= i && ((named?.title.length ?? 0) > 0 || givenApposed || afterCalled)) ||
        (ONE_OF_FORM_SET.has((tokens[subject.first] as Token).norm) &&
          // …after a bare comma only a title and a name (، الناشط فلان،), not a time (، أمس،)
          (throughPlace
            ? givenApposed
            : !isComma(comma) || calledAt > i || (named?.title.length ?? 0) > 0 || givenApposed)) ||
        // a title and the name right after it (، وهو وزير الخارجية فلان), not a description that a
        // comma and a stray word follow (، وهي لاجئة في الثمانين من عمرها، حديثها)
        // …but not a title with في, where a word of the place reads as a name (سعاد، وهي متطوعة في غرفة
        // طوارئ الحي: طوارئ is the room's).
        (named !== null &&
          named.title.length > 0 &&
          named.name[0] === (named.title.at(-1) ?? -2) + 1 &&
          // …a definite word in it: all indefinite, it says what he is (، وهو سائق سيارة أجرة منذ …)
          [...named.title, ...named.name].some((k) => hasArticle((tokens[k] as Token).norm)) &&
          !named.title.some((k) => (tokens[k] as Token).norm === 'في') &&
          // …nor a preposition's object after an indefinite title (، وهو صاحب ورشة لإصلاح السيارات،), or
          // its genitive (، وهي مديرة مركز لتأهيل ذوي الإعاقة،): what the work is for, no name.
          !isObjectOfPreposition(tokens, named.name[0] as number) &&
          !isGluedPreposition(tokens[(named.name[0] as number) - 1]?.norm ?? '') &&
          // …nor a verb of the description's own clause and its object (، وهي مقيمة هندية تسكن حي
          // الهجرة،, ، وهي معلمة تقود سيارة العائلة،): what she does, read as a name after her title.
          ![named.name[0] as number, ...named.title.slice(1)].some((k) => opensWithImperfect(tokens, k))));
    if (named && named.name.length > 0 && (described || calledName)) {
      subject.title = [...subject.title, ...subject.name];
      subject.name = named.name;
      subject.closed = named.closed;
      subject.last = named.last;
      subject.organisation = false;
      return subject;
    }
  }
  // صاحب محل آخر and no name given: آخر is the description's adjective, and the description speaks.
  if (
    subject.title.length > 0 &&
    subject.name.length === 1 &&
    OTHER.has((tokens[subject.name[0] as number] as Token).norm)
  ) {
    subject.title = [...subject.title, ...subject.name];
    subject.name = [];
  }
  // A title, or a title and a place (السفير الأميركي بصنعاء), may be followed by the name after a comma.
  const placeOnly =
    subject.name.length === 1 && /^[بل]/u.test((tokens[subject.name[0] as number] as Token).norm);
  // …or a title whose body's name ends in a plain word (المحلل في شركة الأهلي كابيتال، فلان،): that
  // word is the body's, when a name follows the comma.
  const [only] = subject.name;
  // …or a body's head in construct after ب (الباحث في مركز … بجامعة طهران، فلان): the head wants
  // its genitive, so the plain word after it is the body's.
  const before = tokens[(only as number) - 1]?.norm ?? '';
  const bodyWord =
    subject.name.length === 1 &&
    ((hasArticle(before) && subject.title.some((k) => ORGANISATION_SET.has((tokens[k] as Token).norm))) ||
      (/^ب[^ا]/u.test(before) && ORGANISATION_SET.has(before.slice(1))));
  // …or a body's head in construct with a town of two words and the body's adjective (مدير مستشفى ود
  // مدني التعليمي، الطبيب فلان،): a nisba after the plain word is the body's, when a name follows.
  const bodyAdjective =
    subject.name.length === 2 &&
    !hasArticle((tokens[only as number] as Token).norm) &&
    isNisba((tokens[subject.name[1] as number] as Token).norm) &&
    subject.title.some((k) => {
      const norm = (tokens[k] as Token).norm;
      return !hasArticle(norm) && ORGANISATION_SET.has(norm);
    });
  // A body has no personal name in apposition (جماعة الحوثي، أمس، تأييدها …); nor has a title that the
  // verb's object closed before the comma (الوزير السفير البريطاني، فلان،: the name is the object's).
  const objectBefore = subject.name.length === 0 && isSecondPerson(tokens, subject.last + 1);
  if (
    !subject.organisation &&
    subject.title.length > 0 &&
    !objectBefore &&
    (subject.name.length === 0 || placeOnly || bodyWord || bodyAdjective || isTitleTail(tokens, subject, i))
  ) {
    const title = [...subject.title, ...subject.name];
    if (appendApposition(tokens, i, subject, quotes, text)) {
      // A nationality right before the name (مدرب ليفربول، الهولندي فلان،) describes the holder of
      // the title: المدرب الهولندي later is the same person.
      const nisba = (subject.name[0] as number) - 1;
      const norm = (tokens[nisba] as Token).norm;
      const described = isComma(tokens[nisba - 1]) && isNisba(norm) && !TITLE_SET.has(norm);
      subject.title = described ? [...title, nisba] : title;
    }
  }
  // A title head in construct before a foreign proper name (مدرب أستون فيلا، الإسباني فلان،, رئيسة
  // وزراء توفالو، فلانة،): a head without the article wants a genitive, so the plain words read as the
  // name were it when a name stands in apposition after the comma.
  // …or a body's head in a title's complement (المحلل في مؤسسة مورنينغ ستار، فلان،): the last one.
  let head = subject.title[0] as number;
  for (const k of subject.title) {
    const norm = (tokens[k] as Token).norm;
    // …or the noun right after باسم, in construct whatever it is (المتحدث باسم حملة فلان، فلان،).
    const afterBism = (tokens[k - 1] as Token | undefined)?.norm === 'باسم';
    // …or a place's head in the title's complement (قائد فرق الإطفاء في مقاطعة ألب ماريتيم، العقيد فلان،).
    const placeHead = BODY_PLACE_HEAD_SET.has(norm);
    if (k > head && !hasArticle(norm) && (ORGANISATION_SET.has(norm) || afterBism || placeHead)) head = k;
  }
  const headNorm = (tokens[head] as Token | undefined)?.norm ?? '';
  const genitive = [...subject.title.filter((k) => k > head), ...subject.name];
  if (
    !subject.organisation &&
    subject.name.length > 0 &&
    genitive.length <= 3 &&
    subject.last === head + genitive.length &&
    genitive.every((k) => !hasArticle((tokens[k] as Token).norm)) &&
    !hasArticle(headNorm) &&
    !HONORIFIC_SET.has(headNorm) &&
    headNorm !== 'د' &&
    isComma(tokens[subject.last + 1])
  ) {
    const apposed = { ...subject, name: [] as number[] };
    if (appendApposition(tokens, subject.last + 1, apposed, quotes, text)) {
      const nisba = isNisba(tokens[subject.last + 2]?.norm ?? '') ? [subject.last + 2] : [];
      subject.title = [...subject.title, ...subject.name, ...nisba];
      subject.name = apposed.name;
      subject.last = apposed.last;
      subject.closed = apposed.closed;
    }
  }
  // A description the lexicon holds as no title, read as the name: a plain noun and its definite
  // genitive and adjectives (مرشد الرحلات, مرافق المريض, مرشدة المتحف), then a name in apposition
  // after a comma, past a short complement (مرشد السفاري في هوانغي، فلان،). A name never opens with a
  // plain noun in construct with a definite word, unless it is a given name, a kunya, a joiner or a
  // compound (عبد الرحمن, أبو بكر): the description is the title, the name after the comma speaks.
  const [noun, ...genitives] = subject.name;
  const nounNorm = (tokens[noun ?? -1] as Token | undefined)?.norm ?? '';
  if (
    !subject.organisation &&
    subject.title.length === 0 &&
    noun !== undefined &&
    genitives.length >= 1 &&
    genitives.length <= 2 &&
    subject.last === (genitives.at(-1) as number) &&
    // …or a definite noun with adjectives of origin only (الدبلوماسي الغربي، فلان،): a description too
    (!hasArticle(nounNorm) ||
      genitives.every(
        (k) => isNisba((tokens[k] as Token).norm) && !isGivenName((tokens[k] as Token).norm),
      )) &&
    !isGivenName(nounNorm) &&
    !isGivenName(nounNorm.replace(/^[وفبك]?ال/u, '')) &&
    !opensGivenName(tokens, noun) &&
    !NAME_JOINER_SET.has(nounNorm) &&
    !KUNYA_HEADS.has(nounNorm) &&
    !isStopWord(nounNorm) &&
    // …a noun of one person: a group (حراس المرمى، فلان وفلان،) is named by its plural, not by one of them
    !isBrokenPlural(nounNorm) &&
    !isPeopleHead(nounNorm) &&
    // …the genitive with the article alone: ف, ب or ك before it is a foreign name's syllable, not a
    // genitive's (يورغن فالتر، المتحدث باسم …،: a name, then his post)
    genitives.every(
      (k, n) =>
        k === noun + n + 1 &&
        hasArticle((tokens[k] as Token).norm) &&
        !CLITIC_ARTICLE.test((tokens[k] as Token).norm),
    ) &&
    !COMPOUND_END_SET.has((tokens[genitives[0] as number] as Token).norm)
  ) {
    const apposed = { ...subject, name: [] as number[] };
    // …a name closed by a comma of its own, that opens with a given name or with no preposition (not
    // whom the words were told: جيران الضحية، لوسائل الإعلام،).
    const appended = appendApposition(tokens, subject.last + 1, apposed, quotes, text);
    const opener = apposed.name[0] ?? -1;
    // …one person's: no given name joined with و inside it (حراس المرمى، محمد العويس وياسر المسيليم،).
    const joined = apposed.name.some((k, n) => {
      const norm = (tokens[k] as Token).norm;
      return n > 0 && norm.startsWith('و') && isGivenName(norm.slice(1));
    });
    const named =
      appended &&
      !joined &&
      // …and no time phrase said between commas (، عشية الانتخابات،, ، قبيل الاجتماع،, ، منتصف الليل،)
      !TIME_PHRASE_HEAD_SET.has(tokens[opener]?.norm ?? '') &&
      // …nor an outlet that carried the words (، رويترز،, ، وكالة الأنباء،): the source, not the speaker
      !OUTLETS_BY_FIRST.has(tokens[opener]?.norm ?? '') &&
      !MEDIA_SET.has(tokens[opener]?.norm ?? '') &&
      isComma(tokens[apposed.last + 1]) &&
      (opensGivenName(tokens, opener) || !/^و?[لب]/u.test(tokens[opener]?.norm ?? ''));
    if (named) {
      subject.title = [...subject.name];
      subject.name = apposed.name;
      subject.last = apposed.last;
      subject.closed = apposed.closed;
    }
  }
  // محافظة before a place's head (محافظة مقاطعة با دو كاليه، فلانة،, محافظة إقليم …): no governorate
  // is so named, it is a woman governor's post, read as a name; the name in apposition after the
  // comma, closed by a comma of its own, is hers.
  const [post, region] = subject.name;
  if (
    !subject.organisation &&
    subject.title.length === 0 &&
    post !== undefined &&
    region === post + 1 &&
    subject.name.length >= 3 &&
    (tokens[post] as Token).norm === 'محافظه' &&
    PLACE_HEAD_SET.has((tokens[region] as Token).norm) &&
    (tokens[region] as Token).norm !== 'محافظه' &&
    isComma(tokens[subject.last + 1])
  ) {
    const apposed = { ...subject, name: [] as number[] };
    if (
      appendApposition(tokens, subject.last + 1, apposed, quotes, text) &&
      apposed.name.length >= 2 &&
      isComma(tokens[apposed.last + 1]) &&
      isApposedPersonOpener(tokens[apposed.name[0] as number]?.norm ?? '')
    ) {
      subject.title = [...subject.name];
      subject.name = apposed.name;
      subject.last = apposed.last;
      subject.closed = apposed.closed;
    }
  }
  return objectAfterName(tokens, from, oneOfWhole(tokens, subject));
}

/** Where a place lies, folded (شرقي فرنسا, جنوب البلاد): a place said between commas, no name. */
const DIRECTIONS = new Set(['شرق', 'غرب', 'شمال', 'جنوب', 'وسط', 'شرقي', 'غربي', 'شمالي', 'جنوبي']);

/** The first word of a person's name in apposition: no preposition, direction, place or body. */
export function isApposedPersonOpener(norm: string): boolean {
  return (
    !/^و?[لب]/u.test(norm) &&
    !DIRECTIONS.has(norm) &&
    !PLACE_SET.has(norm) &&
    !PLACE_HEAD_SET.has(norm) &&
    !ORGANISATION_SET.has(norm) &&
    !hasArticle(norm)
  );
}

/** The endings of a sound plural, masculine and feminine, folded (المعلمين, المسافرون, الممرضات). */
const PLURAL_ENDING = /(?:ين|ون|ات)$/u;

/**
 * One of a group, read to its last word but named short of it (إحدى الأمهات read as إحدى, أحد أعيان الحي
 * as أحد أعيان): the description is the whole phrase, a chain of genitives, no preposition in it.
 */
function oneOfWhole(tokens: readonly Token[], subject: Subject): Subject {
  const end = subject.name.at(-1);
  if (
    subject.title.length > 0 ||
    end === undefined ||
    end >= subject.last ||
    subject.name[0] !== subject.first ||
    !ONE_OF_FORM_SET.has((tokens[subject.first] as Token).norm)
  )
    return subject;
  for (let k = end + 1; k <= subject.last; k++) {
    const token = tokens[k] as Token;
    if (token.type !== 'word' || isStopWord(token.norm) || isPrepositional(token.norm)) return subject;
    // …each in construct with the word before it, which has no article (أحد أعيان الحي), or a plural
    // adjective agreeing with a definite plural (أحد الطلاب المبتعثين); another definite word after a
    // definite one is the verb's object (وانتقد أحد المعلمين القرار).
    if (hasArticle((tokens[k - 1] as Token).norm) && !PLURAL_ENDING.test(token.norm)) return subject;
  }
  return { ...subject, name: range(subject.first, subject.last) };
}

/**
 * After a verb whose object stands before its complement (OBJECT_BEFORE_COMPLEMENT: أرجع, عزا, وصف), a
 * title and a name of two words or more (or a name alone that opens with a given name: وعزت سارة فلان
 * الارتفاع إلى …; or one of a group: ووصف أحد أولياء الأمور الوضع بأنه), then a definite word that is no nisba right before that
 * complement (أرجع أستاذ علوم البحار الدكتور فلان الفلاني الظاهرة إلى …, ووصف الوزير فلان الفلاني
 * المحادثات بأنها …): that word is the verb's object; the name ends before it.
 */
function objectAfterName(tokens: readonly Token[], from: number, subject: Subject): Subject {
  const complement = OBJECT_BEFORE_COMPLEMENT_MAP.get(tokens[from - 1]?.norm ?? '');
  if (complement === 'ba' && subject.organisation && subject.name.length === 0)
    return objectAfterBody(tokens, subject);
  const last = tokens[subject.last];
  const oneOf = ONE_OF_FORM_SET.has((tokens[subject.first] as Token).norm);
  // One of a group read whole as a description (describedSource: its words are all title, no name).
  const described = oneOf && subject.name.length === 0;
  // A title alone whose last word is definite after a definite word, so no genitive of it (وأرجع الخبير
  // الظاهرة إلى …, وعزا المدير التأخير إلى …; not وزير الخارجية) and no title of its own: the verb's object.
  const bareTitle =
    !oneOf &&
    subject.name.length === 0 &&
    subject.title.length >= 2 &&
    hasArticle(tokens[subject.last - 1]?.norm ?? '') &&
    !TITLE_SET.has(last?.norm ?? '');
  const words = described ? subject.title : bareTitle ? subject.title : subject.name;
  if (
    complement === undefined ||
    // …or a name alone that opens with a given name (وعزت سارة فلان الارتفاع إلى …): a person's.
    (subject.title.length === 0 && !oneOf && !opensGivenName(tokens, subject.first)) ||
    (words.length < 3 && !bareTitle) ||
    words.at(-1) !== subject.last ||
    last?.type !== 'word' ||
    !hasArticle(last.norm) ||
    isNisba(last.norm)
  )
    return subject;
  // …or a quote that opens with إلى (وأرجع الخبير الظاهرة «إلى التغير المناخي»): the cause in quotes.
  const marked = complement === 'to' && tokens[subject.last + 1]?.type === 'mark';
  const next = tokens[subject.last + (marked ? 2 : 1)];
  if (next?.type !== 'word') return subject;
  const opens =
    complement === 'to'
      ? TOWARD.has(next.norm)
      : // بأنه, بالفشل; not an adverb in ب (بعد لقائه, بين): the name may go on before it.
        next.norm.startsWith('ب') &&
        next.norm.length > 1 &&
        (COMPLEMENTISER_SET.has(next.norm) || !isStopWord(next.norm));
  if (
    !opens ||
    (complement === 'to' && COMPLEMENTISER_SET.has(tokens[subject.last + (marked ? 3 : 2)]?.norm ?? ''))
  )
    return subject;
  const kept = words.slice(0, -1);
  const end = kept.at(-1) as number;
  return described || bareTitle
    ? { ...subject, title: kept, last: end, closed: true }
    : { ...subject, name: kept, last: end, closed: true };
}

/** Prepositions that put a place or a part after a verb's object (الوضع في المستشفى, الأوضاع على الحدود). */
const OBJECT_PLACE_PREPOSITIONS = new Set(['في', 'على', 'داخل']);

/** A definite adjective by its shape, folded: a nisba, a participle in ة, فعيل or أفعل (السريع, الأحمر). */
const isDefiniteAdjectiveShape = (norm: string): boolean =>
  isNisba(norm) ||
  (norm.startsWith('الم') && norm.endsWith('ه')) ||
  /^ال(?:..ي.ه?|ا[^ا]{2}[^اه])$/u.test(norm);

/**
 * After وصف and the verbs whose object stands before ب (OBJECT_BEFORE_COMPLEMENT), a body read up to بأن or
 * بـ«: the verb's object is the last definite noun that is no adjective, with a place after في or على of its
 * own (ووصفت منظمة أطباء بلا حدود الوضع في المستشفى بأنه …, ووصف اتحاد الكتاب القرار بأنه): the body's
 * name ends before it, when two words of it stay.
 */
function objectAfterBody(tokens: readonly Token[], subject: Subject): Subject {
  // …its place: a preposition and one definite word before the complement, read in or not (على stops
  // the reading: الوضع على الحدود بأنه)
  const placeAfter =
    OBJECT_PLACE_PREPOSITIONS.has(tokens[subject.last + 1]?.norm ?? '') &&
    tokens[subject.last + 2]?.type === 'word' &&
    hasArticle(tokens[subject.last + 2]?.norm ?? '');
  const at = subject.last + (placeAfter ? 3 : 1);
  const next = tokens[at];
  const opens =
    next?.type === 'word' &&
    (BI_ANNA_ANY.test(next.norm) || (next.norm === 'ب' && tokens[at + 1]?.type === 'mark'));
  if (!opens) return subject;
  const words = subject.title;
  let k = words.length - 1;
  if (
    !placeAfter &&
    k >= 3 &&
    hasArticle((tokens[words[k] as number] as Token).norm) &&
    OBJECT_PLACE_PREPOSITIONS.has((tokens[words[k - 1] as number] as Token).norm)
  )
    k -= 2;
  const object = tokens[words[k] as number] as Token;
  const before = tokens[words[k - 1] ?? -1];
  if (
    k < 2 ||
    !object.norm.startsWith('ال') ||
    isDefiniteAdjectiveShape(object.norm) ||
    before?.type !== 'word' ||
    isPrepositional(before.norm) ||
    isStopWord(before.norm) ||
    words[k - 1] !== (words[k] as number) - 1
  )
    return subject;
  const kept = words.slice(0, k);
  return { ...subject, title: kept, last: kept.at(-1) as number, closed: true };
}

/** أم, أبو and their spellings, folded: before a plain word, a kunya (أم محمد, أبو خالد). */
const KUNYA_HEADS = new Set(['ام', 'ابو', 'ابي', 'ابا']);

/**
 * The subject is a kunya, read as a title or a name (أم محمد, أبو خالد): a name, so what a comma and وهي/وهو
 * bring after it describes her or him (أم محمد، وهي أرملة تعول أربعة أطفال:), and names nobody.
 */
function isKunya(tokens: readonly Token[], subject: Subject): boolean {
  const words = [...subject.title, ...subject.name];
  const [head, word] = words;
  if (words.length !== 2 || head === undefined || word === undefined) return false;
  const norm = (tokens[word] as Token).norm;
  return (
    KUNYA_HEADS.has((tokens[head] as Token).norm) &&
    !hasArticle(norm) &&
    stripToSet(norm, TITLE_SET) === undefined
  );
}

/** The most words of a relative clause between a description and ، ويدعى (calledPastRelative). */
const MAX_RELATIVE_WORDS = 12;

/**
 * A relative clause opening at `at` (الذي, التي, with or without a comma before it) whose comma is
 * followed by ويدعى, وتدعى, واسمه or واسمها: that comma's index, or -1. The clause is plain words: a
 * quote mark, a full stop or a colon ends the search.
 */
function calledPastRelative(tokens: readonly Token[], at: number): number {
  const start = isComma(tokens[at]) ? at + 1 : at;
  if (!RELATIVE_PRONOUNS.has(tokens[start]?.norm ?? '')) return -1;
  for (let k = start + 1; k <= start + MAX_RELATIVE_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined) return -1;
    if (isComma(token)) return isCalledWithAnd(tokens[k + 1]) ? k : -1;
    if (token.type !== 'word') return -1;
  }
  return -1;
}

/** ويدعى, وتسمى, واسمه: و and a word that gives who a description is, with no comma before it. */
function isCalledWithAnd(token: Token | undefined): boolean {
  if (token?.type !== 'word' || !token.norm.startsWith('و')) return false;
  return CALLED.has(token.norm.slice(1)) || token.norm === 'واسمه' || token.norm === 'واسمها';
}

/**
 * Where a description's place ends when ، ويدعى follows it (أحد العاملين في مستودع مجاور، ويدعى أحمد):
 * the comma's index, or -1. A preposition and at most five plain words are looked at (placeBeforeComma).
 */
function placeBeforeCalled(tokens: readonly Token[], at: number): number {
  const k = placeBeforeComma(tokens, at);
  if (k < 0) return -1;
  // …or وهو/وهي and what he is, then يدعى (إحدى المشاركات في المسيرة، وهي طالبة تدعى فلانة:).
  const aside = tokens[k + 1];
  const calledInAside =
    aside?.type === 'word' && CIRCUMSTANTIAL_PRONOUNS.has(aside.norm) && calledInWords(tokens, k + 2);
  return isCalledWithAnd(tokens[k + 1]) || calledInAside ? k : -1;
}

/**
 * يدعى (CALLED) among the next few plain words from `from`, after one at least (طالبة تدعى, شاب سوري
 * يدعى): a noun that spells a verb (طالبة) is passed over, a function word ends the search.
 */
function calledInWords(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k <= from + MAX_PLACE_BEFORE_CALLED; k++) {
    const token = tokens[k];
    if (token?.type !== 'word') return false;
    if (CALLED.has(token.norm)) return k > from;
    if (STOP_SET.has(token.norm)) return false;
  }
  return false;
}

/**
 * Where one of a group is, from في (or another preposition) at `at` to the comma that closes it within five
 * plain words (أحد المتطوعين في الهلال الأحمر،): the comma, or -1.
 */
function placeBeforeComma(tokens: readonly Token[], at: number): number {
  const opener = tokens[at];
  if (opener?.type !== 'word' || !COMPLEMENT_PREPOSITIONS.has(opener.norm)) return -1;
  const k = wordsToComma(tokens, at + 1);
  return k > at + 1 ? k : -1;
}

/** The comma that ends a description's last words from `at`, within five plain words (المنفذة للبرنامج،), or -1. */
function wordsToComma(tokens: readonly Token[], at: number): number {
  let k = at;
  while (k < at + 5 && tokens[k]?.type === 'word' && !isStopWord((tokens[k] as Token).norm)) k++;
  return isComma(tokens[k]) ? k : -1;
}

/**
 * Military ranks that are also common words, so not in the title lexicon (الرائد: the major, and the
 * pioneering; العريف: the corporal, and the monitor): a rank only before a name, inside a title.
 */
const RANKS_ALSO_WORDS = new Set(['الرائد', 'العريف']);

/**
 * An adverb of manner or extent (محليا, عالمياً, تقنيا): a nisba in ـيا or a word with fathatan or
 * kasratan. After الرائد it makes the pioneer (الرائد محليا), never the major before his name; a name in
 * ـيا after the rank (زكريا) is lost with it, the title then speaking.
 */
function isAdverbAfterWord(token: Token | undefined, text: string): boolean {
  return token?.type === 'word' && (hasTanween(token, text, true) || /^.{3,}يا$/u.test(token.norm));
}

/**
 * A rank that is also a word heading the subject, then a plain word that opens a name (وقال الرائد فلان
 * الفلاني, بحسب العريف فلان): the rank is the title, as العقيد is; before an adverb (الرائد محليا) or a
 * preposition (الرائد في مجاله) it is the pioneer, and the whole phrase the subject.
 */
function isRankBeforeName(tokens: readonly Token[], words: readonly number[], text: string): boolean {
  const first = words[0] as number;
  return (
    RANKS_ALSO_WORDS.has((tokens[first] as Token).norm) &&
    words[1] === first + 1 &&
    isHonorificBeforeName(tokens, first) &&
    !isAdverbAfterWord(tokens[first + 1], text)
  );
}

/**
 * A definite honorific or title (المهندس, الدكتورة, الأمير, العميد) with a plain word after it, or after
 * its rank words (العميد الركن فلان, الفريق أول فلان: two at most).
 */
function isHonorificBeforeName(tokens: readonly Token[], at: number): boolean {
  const norm = (tokens[at] as Token).norm;
  if (!hasArticle(norm) || (!HONORIFIC_SET.has(norm) && !TITLE_SET.has(norm) && !RANKS_ALSO_WORDS.has(norm)))
    return false;
  let after = at + 1;
  while (after < at + 3 && tokens[after]?.type === 'word' && RANK_SET.has((tokens[after] as Token).norm))
    after++;
  const next = tokens[after];
  return (
    next?.type === 'word' &&
    !hasArticle(next.norm) &&
    !isStopWord(next.norm) &&
    !isPrepositional(next.norm) &&
    stripToSet(next.norm, TITLE_SET) === undefined &&
    !ORGANISATION_SET.has(next.norm)
  );
}

/** The most tokens a title may run through before the honorific or the first name that ends it. */
const MAX_TITLE_RUN = 12;

/**
 * A head whose name a quote inside a title gives: a body's (رئيس مكتب "أوتشا") or a named campaign's,
 * project's, operation's or festival's (مدير مشروع «بيتي», المتحدث باسم عملية «…», منسقة حملة «…»), or a
 * division's of a body (مدير عمليات «أوبر», مدير فرع «…»).
 */
function namesQuotedThing(norm: string): boolean {
  return (
    stripToSet(norm, ORGANISATION_SET) !== undefined ||
    stripToSet(norm, EVENT_NOUN_SET) !== undefined ||
    stripToSet(norm, HEADED_WORK_SET) !== undefined ||
    BODY_DIVISION_SET.has(norm)
  );
}

/**
 * Where a long title that opens at `from` ends, when a mark of its holder's name ends it within reach:
 * an honorific or a rank before a plain word (المهندس, العقيد, الدكتور …) or a first name before بن
 * (فلان بن فلان). Everything before the mark is the title, whatever genitives, ل-phrases, places after
 * في and bodies it runs through (المدير التنفيذي لفرع الهيئة في منطقة عسير المهندس فلان, رئيس فريق
 * الترائي في مرصد حوطة سدير فلان بن فلان). Each word before it must be shaped as a title's: a plain word
 * only after a word that governs it (an indefinite noun, في), never after a definite word, a title with
 * a pronoun or an honorific, where a name starts (رئيسها لحسن الطلفي النقيب فلان names two people).
 * Returns the title's last token (the honorific and its ranks, or the word before the first name), or -1.
 */
function titleRunEnd(
  tokens: readonly Token[],
  from: number,
  quotes: ReadonlyMap<number, number>,
  text: string,
): number {
  const head = tokens[from] as Token;
  let prev = head.norm;
  // The word before governs no plain word after it: it is definite, or a title with a pronoun (رئيسها,
  // مديره), or a body's quoted name; a name follows it.
  let closedBefore =
    hasArticle(prev) ||
    (isTitleHead(prev) && stripToSet(prev, TITLE_SET) === undefined) ||
    hasTitleWithHe(head, text);
  /** A participle's preposition was read into the title (المشرف على …). */
  let complemented = false;
  for (let j = from + 1; j < tokens.length && j - from <= MAX_TITLE_RUN; j++) {
    const token = tokens[j] as Token;
    // A body's own name quoted after its head (الكاتب في صحيفة "الشرق"): a definite genitive.
    const close = token.type === 'mark' ? quotes.get(j) : undefined;
    if (close !== undefined && close - j <= 6 && !hasArticle(prev) && namesQuotedThing(prev)) {
      j = close;
      prev = (tokens[close - 1] as Token).norm;
      closedBefore = true;
      continue;
    }
    if (token.type !== 'word') return -1;
    const norm = token.norm;
    // لوالد الطفل الشيخ فلان: the honorific and the name are the hearer's, not the title's holder's;
    // أشاد الوزير بجهود المدير فلان: what the verb praises, the director's.
    // (…nor the occasion of the words: بمناسبة الذكرى … لتولي الملك فلان)
    if (isKinAfterLam(norm) || praisedAfterTitle(tokens, from, norm) || OCCASION_OPENERS.has(norm)) return -1;
    // …or a title written as a letter and its dot (مدير عام صحة منطقة القصيم د. فلان, أ.د. فلان).
    if (ABBREVIATED_TITLE_SET.has(norm) && isGluedDot(tokens[j + 1])) {
      let end = j + 1;
      while (ABBREVIATED_TITLE_SET.has(tokens[end + 1]?.norm ?? '') && isGluedDot(tokens[end + 2])) end += 2;
      return tokens[end + 1]?.type === 'word' ? end : -1;
    }
    // …or a given name of its own after the title's definite word, whose name then runs to what was
    // said (… مدير إدارة الاتصال المؤسسي والإعلام فهد الحربي: «…»): the title ran to it.
    // (…not the second word of a name that opened before it, رئيس الجامعة الحسن محمد الفاسي, nor after a
    // title behind ل, whom the words were told: الرئيس لوزير الخارجية فلان)
    if (
      closedBefore &&
      j > from + 2 &&
      opensGivenName(tokens, j) &&
      !isGivenName(prev) &&
      !toldTitleBetween(tokens, from, j) &&
      nameRunsToSaying(tokens, j)
    )
      return j - 1;
    if (isHonorificBeforeName(tokens, j)) {
      let end = j;
      while (end < j + 2 && RANK_SET.has(tokens[end + 1]?.norm ?? '')) end++;
      return end;
    }
    // A first name before بن; one that opens with عبد or أبو starts there (عبد الله بن فلان).
    // …not a body's head before بن (مجموعة بن لادن, شركة بن داود): a family's name in the body's, whose
    // words the title runs through to the honorific.
    if (
      SON_OF.has(tokens[j + 1]?.norm ?? '') &&
      j > from + 1 &&
      stripToSet(norm, ORGANISATION_SET) === undefined
    ) {
      // …not a person's name inside a place's (مدير مدرسة عمر بن الخطاب): no title ends there.
      const place = prev.replace(/^و?[بل]/u, '');
      if (NAMED_PLACE_HEADS.has(place) || NAMED_PLACE_HEADS.has(prev) || NAMING_TITLES.has(prev)) return -1;
      return prev === 'عبد' || prev === 'ابو' ? j - 2 : j - 1;
    }
    // A participle's preposition and its definite noun (المشرف على البرنامج, المسؤول عن الملف): the
    // title's complement, as في is.
    // …after the head's own adjective too (المشرف العام على المهرجان): the participle governs past it.
    const governing =
      norm !== 'في' &&
      COMPLEMENT_PREPOSITIONS.has(norm) &&
      hasArticle(prev) &&
      (j === from + 1 || (j === from + 2 && isTitleAdjective(prev)));
    if (governing && !hasArticle(tokens[j + 1]?.norm ?? '')) return -1;
    // …but a title for that noun (ورد المتحدث على الصحفي فلان) is another person, whom the name after
    // it names: the preposition is the verb's complement.
    // …unless the title's head is a participle whose complement the preposition brings (المشرف على,
    // المسؤول عن, القائم على): the noun after it is that complement even when a title spells it (المشرف
    // على الفريق الدكتور فلان: the team, not the rank).
    if (
      governing &&
      !SUPERVISING_PARTICIPLES.has(prev) &&
      stripToSet(tokens[j + 1]?.norm ?? '', TITLE_SET) !== undefined
    )
      return -1;
    // A second title stacked on the first after its definite word (المشرف على البرنامج استشاري أمراض
    // الكلى الدكتور فلان): a title head, never a name, governs what follows it.
    const stacked = closedBefore && !hasArticle(norm) && TITLE_SET.has(norm) && !HONORIFIC_SET.has(norm);
    // …and after it a title behind ل is whom the words were told (المشرف على المشروع لوزير النقل
    // المهندس فلان), not the title's genitive.
    if (complemented && /^ل[^ل]/u.test(norm) && TITLE_SET.has(norm.slice(1))) return -1;
    complemented ||= governing;
    if (governing || stacked) {
      prev = norm;
      closedBefore = false;
      continue;
    }
    if (norm === 'في') {
      // في بيان, في كلمة, في مؤتمر: where the words were said, not the title's place; في حفل تكريم, في عزاء,
      // في استقبال: an event, whose honoured or received person is not the title's.
      if (isOccasionAfterFi(tokens, j)) return -1;
    } else if (isStopWord(norm) || isPossessedWord(token, text) || hasTanween(token, text)) {
      return -1;
    } else if (!hasArticle(norm)) {
      const glued = /^و?[بل]/u.test(norm) && norm.length > 3;
      // ل or ب glued to a noun after a definite word (الرسمي لإدارة, التنفيذي لفرع); a plain word only in
      // construct after an indefinite noun or after في (فرع الهيئة في منطقة عسير, مرور جدة).
      const governed = prev === 'في' || (!closedBefore && !HONORIFIC_SET.has(prev) && !ADDRESS_SET.has(prev));
      // …or a second field of the body with و after its definite word (للأرصاد وحماية البيئة): in
      // construct with the definite word after it, as its first field was; in a run that an honorific
      // and a name end, whatever came before (مدير عام الحدائق وعمارة البيئة بالأمانة المهندس فلان).
      const coordinated = closedBefore && opensCoordinatedField(tokens, j, true);
      if (!coordinated && (glued ? !hasArticle(prev) && !governed : !governed)) return -1;
    }
    prev = norm;
    closedBefore = hasArticle(norm);
  }
  return -1;
}

/** A title behind ل (لوزير, للمدير) stands between `from` and `to`: whom the words were told. */
function toldTitleBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) {
    const norm = (tokens[k] as Token).norm;
    if (/^ل/u.test(norm) && stripToSet(norm.replace(/^لل?/u, ''), TITLE_SET) !== undefined) return true;
  }
  return false;
}

/**
 * The name that opens at `at` runs through words of a name only (no stop word, cue or title) to a colon
 * or a complementiser within MAX_NAME_WORDS words: where what was said starts.
 */
function nameRunsToSaying(tokens: readonly Token[], at: number): boolean {
  for (let k = at + 1; k <= at + MAX_NAME_WORDS; k++) {
    const token = tokens[k];
    if (token === undefined) return false;
    if (token.type !== 'word') return token.type === 'punct' && token.norm === ':' && k > at + 1;
    if (COMPLEMENTISER_SET.has(token.norm)) return k > at + 1;
    if (isStopWord(token.norm) || lookupCue(token.norm) || stripToSet(token.norm, TITLE_SET) !== undefined)
      return false;
  }
  return false;
}

/** Prepositions a verb in a clause that describes its subject governs (شاركوا في, اطلعوا على). */
const CLAUSE_PREPOSITIONS = new Set(['في', 'على', 'علي', 'عن', 'مع', 'من', 'الى', 'الي']);

/** An indefinite plural of people (أشخاص, دبلوماسيون, مسؤولين), folded. */
export function isPeopleHead(norm: string): boolean {
  // Indefinite participles in the sound plural too (محتجون, متظاهرين), which a clause follows.
  return isGroupPlural(norm) || BROKEN_PEOPLE.has(norm) || /^م.{3,}(?:ون|ين)$/u.test(norm);
}

/** Broken plurals of people that a clause may describe (أشخاص شاركوا في …), folded. */
const BROKEN_PEOPLE = new Set(['اشخاص', 'خبراء', 'شهود', 'سكان', 'نشطاء', 'قاده']);

/** A member head (قيادي, عضو), indefinite, in the nominative or the accusative (قيادياً). */
export function isMemberHead(norm: string): boolean {
  return MEMBER_SET.has(norm) || (norm.endsWith('ا') && MEMBER_SET.has(norm.slice(0, -1)));
}

/**
 * An unnamed member and the group he belongs to (قيادياً في المقاومة الفلسطينية, عضو في حماس, and an
 * unnamed source in a group of members: مصدر في الحركة): the
 * subject names the group, its title words are the group's name, the phrase starts at the member.
 */
function memberOf(
  tokens: readonly Token[],
  from: number,
  quotes: ReadonlyMap<number, number>,
  text: string,
): Subject | null {
  const head = tokens[from];
  // The member may be described first, by up to MAX_MEMBER_ADJECTIVES adjectives of rank or field (قيادي
  // بارز في حركة حماس, مسؤول أمني كبير في الحزب): he is one of them still.
  let at = from + 1;
  while (at - from <= MAX_MEMBER_ADJECTIVES && isMemberAdjective(tokens[at])) at++;
  if (head?.type !== 'word' || tokens[at]?.norm !== 'في') return null;
  // …or an unnamed source in a group of members (مصدر في الحركة, مسؤول في حزب النهضة): one of them.
  // Not a source in an activity (مصدر في حركة المرور, مسؤول في تنظيم كأس العالم).
  const source =
    GROUP_SOURCE_SET.has(head.norm) &&
    MEMBERS_GROUP_SET.has(tokens[at + 1]?.norm ?? '') &&
    !ACTIVITY_GENITIVE_SET.has(tokens[at + 2]?.norm ?? '');
  if (!isMemberHead(head.norm) && !source) return null;
  const group = readSubject(tokens, at + 1, quotes, false, text);
  if (!group || group.title.length + group.name.length === 0) return null;
  // A place after في is where the member spoke or lives, not his group (قيادي حوثي في صنعاء, قيادي بارز
  // في مدينة غزة): he speaks as himself.
  const groupHead = (tokens[group.first] as Token).norm;
  if (
    PLACE_SET.has(groupHead) ||
    PLACE_SUBJECT_SET.has(hasArticle(groupHead) ? groupHead.slice(2) : groupHead)
  )
    return null;
  // A described member, his body, then his name (عضو بارز في مجلس الشيوخ الأمريكي ليندسي غراهام): the
  // plain reading ends at the same word or later with a name, and the name speaks, not the body.
  if (at > from + 1) {
    const plain = readSubject(tokens, from, quotes, false, text, false);
    if (plain && !plain.organisation && plain.name.length > 0 && plain.last >= group.last) return plain;
  }
  // …or a body known by a plain name (قيادي بارز في حركة حماس فلان الفلاني, في جماعة الإخوان فلان): the
  // body's reading ran into the name after it; a plain given name past the body's own name, not right
  // after a body's head (كتائب عز الدين القسام, مؤسسة محمد بن راشد), opens the member's name. Nor does a
  // name the body is named after, behind its head and a royal title (جمعية الأمير فهد بن سلمان, جامعة
  // الملك سعود), nor one inside a chain of بن (مؤسسة الملك عبدالله بن عبدالعزيز).
  if (group.organisation) {
    const words = [...group.title, ...group.name];
    const norm = (k: number) => tokens[k]?.norm ?? '';
    const namesake = (k: number) =>
      SON_OF.has(norm(k - 1)) ||
      (NAMING_TITLES.has(norm(k - 1)) &&
        (namesPlaceAt(tokens, k) || stripToSet(norm(k - 2), ORGANISATION_SET) !== undefined));
    const opens = words.findIndex(
      (k, n) =>
        n >= 2 &&
        k < group.last &&
        GIVEN_NAME_SET.has(norm(k)) &&
        // a given name that is also a word opens only behind an honorific (الدكتور سعيد, الشيخ صالح)
        (!GIVEN_NAME_WORD_SET.has(norm(k)) || HONORIFIC_SET.has(norm(k - 1))) &&
        stripToSet(norm(k - 1), ORGANISATION_SET) === undefined &&
        !namesake(k),
    );
    const at = words[opens];
    if (at !== undefined)
      return {
        first: from,
        last: group.last,
        title: range(from, at - 1),
        name: range(at, group.last),
        organisation: false,
        closed: group.closed,
      };
  }
  const member: Subject = {
    first: from,
    last: group.last,
    title: [...group.title, ...group.name],
    name: [],
    organisation: true,
    closed: group.closed,
  };
  // The member named after a comma (عضو في مجلس الشيوخ، السيناتور فلان،) speaks for himself.
  const person: Subject = { ...member, title: range(from, group.last), organisation: false };
  if (appendApposition(tokens, group.last + 1, person)) return person;
  return member;
}

/** The most adjectives read between a member's head and في (قيادي بارز في, مسؤول أمني كبير في). */
const MAX_MEMBER_ADJECTIVES = 2;

/**
 * An indefinite adjective of rank or field after a member's head (بارز, كبير, أمني, عسكري), no name;
 * not سابق: a former member no longer speaks for the group.
 */
function isMemberAdjective(token: Token | undefined): boolean {
  if (token?.type !== 'word' || hasArticle(token.norm) || /^سابقه?$/u.test(token.norm)) return false;
  return RANK_ADJECTIVES.has(token.norm) || (/^.{3,}ي$/u.test(token.norm) && !isGivenName(token.norm));
}

/** The indices from `first` to `last`. */
export function range(first: number, last: number): number[] {
  const out: number[] = [];
  for (let i = first; i <= last; i++) out.push(i);
  return out;
}

/**
 * ب glued to a word that is neither definite nor a body's head may be a name's first letter (بدر,
 * بكري): it is a place (بصنعاء, بصفاقس) only after a title's adjective or genitive (السفير الأميركي
 * بصنعاء, المحكمة الابتدائية بصفاقس), where a name cannot start.
 */
export function isPlaceAfterTitle(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  const before = tokens[at - 1];
  return (
    word?.type === 'word' &&
    /^و?ب/u.test(word.norm) &&
    word.norm.length > 3 &&
    before?.type === 'word' &&
    hasArticle(before.norm) &&
    !isTitleHead(before.norm) &&
    // …but a given name of the lexicon whose letters after ب make no place is the holder's first name
    // (وزير الخارجية بيتر فلان, المتحدث باسم الحكومة بيير فلان): ب is its own first letter.
    !(isGivenName(word.norm) && stripToSet(word.norm, PLACE_SET) === undefined)
  );
}

/**
 * The last token of a title's complement that starts at `at` when a name follows it, or -1: في, عن or
 * على and a noun phrase (في الشؤون الإيرانية, عن تحالف البناء, على المشروع), or ب glued to a place
 * (بصفاقس, بمنطقة القصيم), then a name of two to four words that ends the phrase (at punctuation, a
 * mark, a complementiser, a preposition or a verb). Bounded: a few words are looked at, whatever
 * the length of the text.
 */
function titleComplement(
  tokens: readonly Token[],
  at: number,
  quotes: ReadonlyMap<number, number> = NO_QUOTES,
  /** The text the tokens come from, to see how a word is written. */
  text = '',
  /** After a participle of coming (القادم, الوافدة): من and where from open the complement too. */
  arriving = false,
): number {
  const opener = tokens[at] as Token;
  const glued =
    /^و?ب/u.test(opener.norm) &&
    opener.norm.length > 3 &&
    !isStopWord(opener.norm) &&
    !TITLE_CONTINUATIONS.has(opener.norm); // باسم goes on the title itself
  const toward = TOWARD.has(opener.norm);
  const from = arriving && opener.norm === 'من';
  if (!COMPLEMENT_PREPOSITIONS.has(opener.norm) && !toward && !glued && !from) return -1;
  const bare = glued && !hasArticle(opener.norm) && stripToSet(opener.norm, ORGANISATION_SET) === undefined;
  if (bare && !isPlaceAfterTitle(tokens, at)) return -1;
  let j = glued ? at : at + 1;
  const first = tokens[j];
  // …or a body by its quoted name alone (الرئيس التنفيذي للبتروكيماويات في «سابك» فلان): the quote.
  const quoted = !glued && first?.type === 'mark' ? (quotes.get(j) ?? -1) : -1;
  if (quoted > j && quoted - j <= 6) j = quoted;
  else if (first?.type !== 'word' || isStopWord(first.norm) || isTitleHead(first.norm)) return -1;
  // The phrase: its head, then definite words (adjectives, genitives), a noun that governs the next
  // (لجان المقاومة), and ب or و with a definite noun (بالخرطوم, والزراعة).
  let last = j;
  /** How far the phrase may run: one more phrase's length once a second في phrase is read in. */
  let reach = MAX_COMPLEMENT_WORDS;
  for (j++; j < tokens.length && j - at < reach; j++) {
    const word = tokens[j] as Token;
    const prev = (tokens[j - 1] as Token).norm;
    // A field, then the body where it is studied or served (الباحث في شؤون الساحل في معهد الدراسات
    // الأمنية فلان, الخبيرة في شؤون اللاجئين في منظمة العفو الدولية فلانة), or that the office deals
    // with (الوزير المكلف بالعلاقات مع مجلس النواب فلان, الخبير في شؤون الطاقة لدى صندوق النقد فلان):
    // في, لدى or مع after the field's definite word and before a body's head goes on the complement, once.
    const body = tokens[j + 1];
    if (
      BODY_AFTER_FIELD.has(word.norm) &&
      reach === MAX_COMPLEMENT_WORDS &&
      hasArticle(prev) &&
      body?.type === 'word' &&
      ORGANISATION_SET.has(body.norm)
    ) {
      reach = j - at + MAX_COMPLEMENT_WORDS;
      last = j + 1;
      j++;
      continue;
    }
    // A body's own name quoted after its head (النائب عن حزب «الوفد» فلان): the quote is the phrase's.
    const close = word.type === 'mark' ? quotes.get(j) : undefined;
    if (close !== undefined && close - j <= 6 && !hasArticle(prev) && namesQuotedThing(prev)) {
      last = close;
      j = close;
      continue;
    }
    // The town a seat or district is in, when an honorific then announces the name (المرشحة عن الدائرة
    // الثانية في أبها الدكتورة فلانة): في and one word go on the complement.
    const town = tokens[j + 1];
    const announced = tokens[j + 2];
    if (
      word.norm === 'في' &&
      hasArticle(prev) &&
      town?.type === 'word' &&
      !isStopWord(town.norm) &&
      announced?.type === 'word' &&
      hasArticle(announced.norm) &&
      TITLE_SET.has(announced.norm)
    ) {
      last = j + 1;
      j++;
      continue;
    }
    if (word.type !== 'word' || isStopWord(word.norm) || isTitleHead(word.norm)) break;
    // A foreign first name with a hamza on its alef (الخبيرة في شؤون الهجرة إليزابيث فلان) is no definite
    // word of the phrase: the name starts there.
    if (isHamzaAlName(word, text, tokens[j + 1]?.norm)) break;
    // …a head glued to its ب governs too (بمنطقة مكة المكرمة); a place's head always has the place's
    // name after it, whatever follows (بمحافظة إربد فلان).
    const bare = j - 1 === at && glued ? prev.replace(/^و?ب/u, '') : prev;
    const governs = !hasArticle(bare) && (ORGANISATION_SET.has(bare) || GENITIVE_NOUN_SET.has(bare));
    // …or ب glued to a town of the gazetteer after a definite word (في حي الصفا بجدة, في المدرسة
    // الثالثة بتبوك): where the body or the district is, still the complement's.
    const bTown =
      /^و?ب/u.test(word.norm) && hasArticle(prev) && PLACE_SET.has(word.norm.replace(/^و?ب/u, ''));
    const place = bTown || (/^و?ب/u.test(word.norm) && stripToSet(word.norm, ORGANISATION_SET) !== undefined);
    const placeName = j - 1 === at && glued && PLACE_HEAD_SET.has(bare);
    // …or a body's field behind ل and its definite words (في معهد واشنطن لسياسة الشرق الأدنى, في معهد
    // ستوكهولم الدولي لأبحاث السلام): the body's name goes on, its plain word before it too.
    const bodyField =
      (isLamGenitive(tokens, j) && phraseHasBody(tokens, at, j)) || (governs && isLamGenitive(tokens, j + 1));
    if (
      !hasArticle(word.norm) &&
      !place &&
      !placeName &&
      !bodyField &&
      !(governs && hasArticle(tokens[j + 1]?.norm ?? ''))
    )
      break;
    last = j;
  }
  // A foreign firm in plain words (كبير الاقتصاديين في كابيتال إيكونوميكس فلان, المحلل لدى جي بي مورغان
  // فلان): its whole name is the complement's; the holder's name starts after it.
  if (!glued && quoted < 0) last = Math.max(last, plainFirmEnd(tokens, at + 1, last));
  // The name, perhaps after an honorific or two (المهندس سلطان الحربي, الأستاذ الدكتور فلان): words
  // without the article at first, then a closer.
  let start = last + 1;
  for (let honorific = tokens[start]; start <= last + 2; honorific = tokens[start]) {
    if (honorific?.type !== 'word' || !hasArticle(honorific.norm) || !TITLE_SET.has(honorific.norm)) break;
    start++;
  }
  const town = PLACE_SET.has(opener.norm.replace(/^و?ب/u, ''));
  let n = start;
  while (n < tokens.length && n - start < MAX_NAME_WORDS) {
    const word = tokens[n] as Token;
    // (…a foreign name's short word that spells a function word goes on it: لي شياو يان; after a word
    // with ب only when it is a town of the gazetteer, not a name's own ب: رئيسة كوريا بارك غن هي)
    const syllable = (!bare || town) && isForeignNameSyllable(tokens, n, n - start + 1, -1, true);
    if (word.type !== 'word' || (isStopWord(word.norm) && !syllable) || COMPLEMENTISER_SET.has(word.norm))
      break;
    // …and at the hearers after ل (أحمد طعمة للصحفيين) or the outlet (نبيل الشعيبي للجزيرة نت): whom
    // he spoke to, after the name.
    if (n > start && (isHearerAfterLam(tokens, n, []) || isOutletAfterLam(tokens, n))) break;
    if (
      n === start &&
      ((hasArticle(word.norm) && !isHamzaAlName(word, text, tokens[n + 1]?.norm)) ||
        ORGANISATION_SET.has(word.norm))
    )
      return -1;
    // بدر عبد العاطي: a joiner after the place word says it was the first name; not after a town of the
    // gazetteer behind its ب (بتونس أبو فلان الفلاني: the kunya opens the name).
    if (
      n === start &&
      bare &&
      NAME_JOINER_SET.has(word.norm) &&
      !PLACE_SET.has(opener.norm.replace(/^و?ب/u, ''))
    )
      return -1;
    const lineage = n > start && LINEAGE_SET.has((tokens[n - 1] as Token).norm);
    if ((isTitleHead(word.norm) && !lineage) || isPrepositional(word.norm)) return -1;
    // A word with the article ends a name (a surname); with more name words after it, it was the
    // complement going on (في مجال حقوق الإنسان خالد علي).
    // …but the second word of a compound first name (عبد العزيز, نور الدين) opens no surname.
    const next = tokens[n + 1];
    // …nor the father's name after a word of lineage (إسماعيل ولد الشيخ أحمد).
    if (
      n > start &&
      hasArticle(word.norm) &&
      !COMPOUND_END_SET.has(word.norm) &&
      !lineage &&
      next?.type === 'word' &&
      !isStopWord(next.norm) &&
      !COMPLEMENTISER_SET.has(next.norm) &&
      !isHearerAfterLam(tokens, n + 1, []) &&
      !isOutletAfterLam(tokens, n + 1)
    )
      return -1;
    n++;
  }
  const after = tokens[n];
  const closes =
    after === undefined ||
    after.type !== 'word' ||
    isStopWord(after.norm) ||
    COMPLEMENTISER_SET.has(after.norm) ||
    // …or the hearers or the outlet after ل (… عبد الرحيم حامد الطيب للصحفيين إن, … للأناضول إن)
    isHearerAfterLam(tokens, n, []) ||
    isOutletAfterLam(tokens, n);
  // …or a first name alone that a comma closes, after a definite complement, with no name in apposition
  // after the comma (الطالبة في الصف الثالث الثانوي ريم، من مدرسة …; not المتداول في بورصة نيويورك، فلان):
  // not a word with a pronoun or tanween, which is no name (في المدرسة نفسها،, في الحي سابقاً،).
  const only = tokens[start];
  const beyond = tokens[n + 1];
  const firstName =
    n - start === 1 &&
    start === last + 1 &&
    hasArticle((tokens[last] as Token).norm) &&
    isComma(after) &&
    beyond?.type === 'word' &&
    (isStopWord(beyond.norm) || IDENTIFYING.has(beyond.norm)) &&
    only !== undefined &&
    !isPossessedWord(only, text) &&
    !hasTanween(only, text) &&
    !isNumber(only.norm);
  // After إلى only a name the lexicon opens (إلى المفاوضات عبد الرحيم حامد الطيب), never what a cue points to;
  // or, after an envoy's country alone (المبعوث الأممي إلى ليبيا برناردينو ليون،), plain words the lexicon
  // lacks that a comma, إن or whom he told closes: a cue's إلى points to a thing, not a country and a name.
  const envoy =
    last === at + 1 &&
    PLACE_SET.has((tokens[last] as Token).norm) &&
    !hasArticle(tokens[start]?.norm ?? '') &&
    (isComma(after) ||
      (after?.type === 'word' && COMPLEMENTISER_SET.has(after.norm)) ||
      isOutletAfterLam(tokens, n) ||
      isHearerAfterLam(tokens, n, []));
  if (toward && !envoy && !opensGivenName(tokens, start) && !NAME_JOINER_SET.has(tokens[start]?.norm ?? ''))
    return -1;
  return (n - start >= 2 || firstName) && closes ? last : -1;
}

/**
 * ل glued to an indefinite noun with a definite word after it (لسياسة الشرق, لأبحاث السلام): a body's
 * field in its name, not whom the words were told (an outlet, hearers, a kinsman) nor a title's holder.
 */
function isLamGenitive(tokens: readonly Token[], at: number): boolean {
  const word = tokens[at];
  if (word?.type !== 'word' || !/^ل[^ل]/u.test(word.norm) || word.norm.length <= 3 || hasArticle(word.norm))
    return false;
  const next = tokens[at + 1];
  return (
    next?.type === 'word' &&
    hasArticle(next.norm) &&
    !TITLE_SET.has(word.norm.slice(1)) &&
    !isKinAfterLam(word.norm) &&
    !isOutletAfterLam(tokens, at) &&
    !isHearerAfterLam(tokens, at, [])
  );
}

/** A body's head without the article among the complement's words from `from` up to `to`. */
function phraseHasBody(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const norm = (tokens[k] as Token).norm.replace(/^و?ب/u, '');
    if (!hasArticle(norm) && ORGANISATION_SET.has(norm)) return true;
  }
  return false;
}

/** The most plain words a foreign firm's name may have before its officer's given name. */
const MAX_FIRM_WORDS = 4;

/**
 * The last word of a foreign firm's name written in plain words from `from`, after a title's في or لدى
 * (في غولدمان ساكس, لدى جي بي مورغان, في شركة مورغان ستانلي), when it runs past `last`, where the
 * complement's walk stopped; else -1. A name of the lexicon (FOREIGN_FIRM_LIST) is read whole; one it
 * does not hold runs over plain words (no article, function word, title or given name) up to a given
 * name with another word of a name after it: the officer's name (المحلل في بتروماتريكس أوليفر جاكوب). Not after
 * a place (في جدة), where a plain word opens the name. Bounded: a few words from `from`.
 */
function plainFirmEnd(tokens: readonly Token[], from: number, last: number): number {
  const head = tokens[from];
  if (head?.type !== 'word' || hasArticle(head.norm)) return -1;
  // …after a body's head without the article (في شركة, لدى بنك), the name is the head's genitive.
  const s = ORGANISATION_SET.has(head.norm) ? from + 1 : from;
  let known = -1;
  for (const firm of FOREIGN_FIRM_LIST)
    if (s + firm.length - 1 > known && firm.every((word, i) => tokens[s + i]?.norm === word))
      known = s + firm.length - 1;
  if (known > last) return known;
  if (known >= 0 || PLACE_SET.has(tokens[s]?.norm ?? '')) return -1;
  for (let p = s; p < tokens.length && p - s <= MAX_FIRM_WORDS; p++) {
    const word = tokens[p] as Token;
    if (word.type !== 'word' || hasArticle(word.norm) || isStopWord(word.norm) || isTitleHead(word.norm))
      return -1;
    if (COMPLEMENTISER_SET.has(word.norm) || isPrepositional(word.norm)) return -1;
    if (!isGivenName(word.norm)) continue;
    const next = tokens[p + 1];
    const named = next?.type === 'word' && !isStopWord(next.norm) && !COMPLEMENTISER_SET.has(next.norm);
    return p > s && p - 1 > last && named ? p - 1 : -1;
  }
  return -1;
}

/**
 * في and a document noun at `at` (في بيان, في تقريرها), or its plural in ات (في توصياته, في تصريحاتها):
 * where the subject said it, so the subject ends before.
 */
export function isInDocument(tokens: readonly Token[], at: number): boolean {
  const document = tokens[at + 1];
  if (tokens[at]?.norm !== 'في' || document?.type !== 'word') return false;
  const bare = hasArticle(document.norm) ? document.norm.slice(2) : document.norm;
  const unpossessed = bare.replace(/(?:ها|ه|هم)$/u, '');
  const plural = /.{2,}ات$/u.test(unpossessed) ? unpossessed.slice(0, -2) : '';
  return (
    DOCUMENT_SET.has(bare) ||
    DOCUMENT_SET.has(unpossessed) ||
    (plural !== '' && (DOCUMENT_SET.has(plural) || DOCUMENT_SET.has(`${plural}ه`)))
  );
}

/** حديث and مقابلة, bare or with a pronoun, folded: a talk in which words were given. */
const TALK_NOUN = /^(?:حديث|مقابله)(?:ه|ها)?$/u;

/**
 * في and a talk at `at` (في حديث لـ…, في حديثها, في مقابلة مع …): where the words were given, which ends a
 * subject as a document does (isInDocument).
 */
function isTalkAfterFi(tokens: readonly Token[], at: number): boolean {
  return tokens[at]?.norm === 'في' && TALK_NOUN.test(tokens[at + 1]?.norm ?? '');
}

/** The index of the `)` that closes the `(` at `open` over one to four words only, or -1. */
function bracketClosing(tokens: readonly Token[], open: number): number {
  for (let i = open + 1; i < tokens.length && i - open <= 5; i++) {
    const token = tokens[i] as Token;
    if (token.norm === ')') return i > open + 1 ? i : -1;
    if (token.type !== 'word') return -1;
  }
  return -1;
}

/**
 * The last token of one or two place words at `from` that end a phrase (a mark, punctuation or a
 * complementiser follows), or -1.
 */
function placeAfter(tokens: readonly Token[], from: number, relayed = false): number {
  for (let end = from; end < from + 2; end++) {
    const token = tokens[end];
    if (
      token?.type !== 'word' ||
      isStopWord(token.norm) ||
      stripToSet(token.norm, TITLE_SET) !== undefined ||
      isOwnDocument(token.norm) ||
      (relayed && end === from && (DOCUMENT_SET.has(token.norm) || SPEECH_OCCASIONS.has(token.norm)))
    )
      return -1;
    const next = tokens[end + 1];
    if (next?.type !== 'word' || COMPLEMENTISER_SET.has(next.norm)) return end;
    if (relayed && endsRelayedSource(tokens, end + 1)) return end;
    // …not whom the words were told after the place (وقال متحف اللوفر في باريس للزوار إن): no word of a
    // place, and the place does not end the phrase, so it is where the body is, not its name.
    if (isHearerAfterLam(tokens, end + 1, []) || isOutletAfterLam(tokens, end + 1)) return -1;
  }
  return -1;
}

/** Relayed words as the source's (قوله), or whom it told after ل (لـ«…», لرويترز, للصحفيين), at `at`. */
function endsRelayedSource(tokens: readonly Token[], at: number): boolean {
  const norm = (tokens[at] as Token).norm;
  return (
    RELAYED_SAYING.has(norm) ||
    (norm === 'ل' && tokens[at + 1]?.type === 'mark') ||
    isOutletAfterLam(tokens, at) ||
    (norm.startsWith('ل') && stripToSet(norm, ADDRESSEE_SET) !== undefined)
  );
}

/**
 * True when the token at `at` is في before an occasion of speaking (في اتصال هاتفي, في حديث, في كلمة, في
 * تعليق على القرار, في وقت سابق): when or how a body spoke, so no more of its name.
 */
export function isInOccasion(tokens: readonly Token[], at: number): boolean {
  const noun = tokens[at + 1];
  if (tokens[at]?.norm !== 'في' || noun?.type !== 'word') return false;
  return SPEECH_OCCASIONS.has(noun.norm) || noun.norm === 'تعليق';
}

/** Words that open the occasion of the words (بمناسبة, احتفاء ب), folded: a name after them is not the speaker's. */
const OCCASION_OPENERS = new Set(['بمناسبه', 'وبمناسبه', 'لمناسبه', 'احتفاء', 'احتفالا']);

/** When or how a source spoke, not where it is (في وقت لاحق, في اتصال هاتفي, في مقابلة), folded. */
const SPEECH_OCCASIONS = new Set([
  'وقت',
  'اتصال',
  'مقابله',
  'حديث',
  'لقاء',
  'كلمه',
  'خطاب',
  'مؤتمر',
  'تصريحات',
  // at the close of its meeting (في ختام أعماله, في ختام اجتماعها)
  'ختام',
]);

/**
 * Events and occasions after في in a title run (في حفل تكريم, في جنازة, في افتتاح), folded: the person
 * named after them is honoured, mourned or received there, not the title's holder.
 */
const EVENT_NOUNS = new Set([
  'حفل',
  'احتفال',
  'تكريم',
  'عزاء',
  'جنازه',
  'تشييع',
  'قضيه',
  'استقبال',
  'وداع',
  'ختام',
  'افتتاح',
  'تدشين',
  'زياره',
  'مراسم',
  'مناسبه',
  'ذكرى',
  'ذكري',
  'تابين',
]);

/** The verbal noun with a pronoun that calls relayed words the source's (عن مصدر … قوله إن), folded. */
const RELAYED_SAYING = new Set(['قوله', 'قولها', 'قولهم']);

/**
 * في, and داخل after an unnamed source (مسؤول كبير داخل الحزب): readSubject lets them in only before a
 * body's head, so in a subject's words they go on its title.
 */
const WITHIN = new Set(['في', 'داخل']);

/** في and a body's head after it (في الغرفة التجارية, في مجلس الغرف): the body a part belongs to. */
function isWithinBody(norm: string, following: string | undefined): boolean {
  return WITHIN.has(norm) && following !== undefined && stripToSet(following, ORGANISATION_SET) !== undefined;
}

/**
 * Heads of places and bodies named after people (مدرسة, جامعة, مستشفى, مسجد; جائزة الملك فيصل, مطار
 * الملك خالد, مؤسسة الملك عبدالعزيز, مكتبة الملك فهد), folded.
 */
const NAMED_PLACE_HEADS = new Set([
  'جائزه',
  'مؤسسه',
  'مكتبه',
  'مطار',
  'مجمع',
  'ميناء',
  'جسر',
  'داره',
  'استاد',
  'ملعب',
  'كرسي',
  'صندوق',
  'مدرسه',
  'ثانويه',
  'متوسطه',
  'جامعه',
  'كليه',
  'معهد',
  'مستشفي',
  'مستشفى',
  'مسجد',
  'جامع',
  'مدينه',
  'مركز',
]);
/** Royal and religious titles inside a place's name (جامعة الملك سعود, جامعة الإمام محمد بن سعود), folded. */
export const NAMING_TITLES = new Set(['الملك', 'الملكه', 'الامير', 'الاميره', 'الامام', 'الشيخ']);
/** Titles of the one a place or a body is named after (جامعة الملك سعود, ساحة القديس بطرس), folded. */
const NAMESAKE_TITLES = new Set([...NAMING_TITLES, 'القديس', 'القديسه']);
/** A role noun's shape, folded: a participle فاعل (طالب, عامل, سائق) or one in ة (طالبه, عامله). */
const ROLE_SHAPE = /^(?:[^ا]ا[^ا][^اوي]|[^ا]ا[^ا][^اوي]ه)$/u;

/** A role noun of a participle's shape that also spells a verb, folded (طالب, طالبه): a cue's form too. */
export function isRoleVerb(norm: string): boolean {
  return ROLE_SHAPE.test(norm) && lookupCue(norm) !== undefined;
}
/** Heads of a street or a square, which news names after a person (طريق الملك فهد, ساحة القديس بطرس), folded. */
const STREET_HEADS = new Set(['طريق', 'شارع', 'ساحه', 'ميدان', 'كورنيش', 'حي']);
/** The most words of a person's name inside a place's name (عبدالرحمن بن فيصل بن عبدالعزيز). */
const MAX_PLACE_NAME_WORDS = 7;

/**
 * The word at `at` comes right after a royal or religious title inside a place's name (جامعة الملك
 * سعود, لجائزة الملك فيصل, بمطار الملك خالد): it is the person the place is named after.
 */
export function namesPlaceAt(tokens: readonly Token[], at: number): boolean {
  const title = tokens[at - 1];
  const head = tokens[at - 2];
  if (title?.type !== 'word' || head?.type !== 'word' || !NAMING_TITLES.has(title.norm)) return false;
  return (
    NAMED_PLACE_HEADS.has(head.norm) ||
    (/^[بل]/u.test(head.norm) && NAMED_PLACE_HEADS.has(head.norm.slice(1)))
  );
}

/**
 * Where a person's name inside a place's name ends, when the words from `k` on are one (a plain first
 * name after مدرسة or after مدرسة الملك, and its chain of بن, ابن, آل): the index after it, else `k`.
 */
function afterNamedPlace(tokens: readonly Token[], words: readonly number[], k: number): number {
  const norm = (n: number) => (words[n] === undefined ? '' : (tokens[words[n] as number] as Token).norm);
  const head = NAMING_TITLES.has(norm(k - 1)) ? k - 2 : k - 1;
  const first = norm(k);
  // …also behind ب or ل (عميد كلية الطب بجامعة الملك سعود).
  const place = /^[بل]/u.test(norm(head)) ? norm(head).slice(1) : norm(head);
  if (head < 0 || !NAMED_PLACE_HEADS.has(place) || first === '' || hasArticle(first)) return k;
  if (isStopWord(first) || stripToSet(first, TITLE_SET) !== undefined || ORGANISATION_SET.has(first))
    return k;
  let end = k + 1;
  while (
    end + 1 < words.length &&
    end - k < MAX_PLACE_NAME_WORDS &&
    (SON_OF.has(norm(end)) || norm(end) === 'ال')
  )
    end += 2;
  // …and the place's town behind ب before the holder's rank (مستشفى الملك فهد بجدة الدكتور فلان).
  const town = norm(end);
  if (
    /^ب/u.test(town) &&
    town.length > 3 &&
    !SON_OF.has(town) &&
    stripToSet(norm(end + 1), TITLE_SET) !== undefined
  )
    end++;
  return end;
}

/**
 * حينها, وقتئذ, كله, ذاته: an adverb of time or a word of emphasis with its pronoun, which stands after a
 * subject (وقال الطرف الأفغاني حينها); no name starts there.
 */
const ADVERB_WITH_PRONOUN =
  /^(?:(?:حين|وقت|يوم|ساعت|عند)ئذ|(?:حين|وقت)(?:ه|ها)|(?:كل|جميع|ذات|نفس|عين)(?:ه|ها|هم|هما|هن)|كلاهما|كلتاهما)$/u;

/** The most words of a description before the given name that opens a name (describedName). */
const MAX_DESCRIPTION_WORDS = 4;

/**
 * The words after a description's first word and its definite adjectives of a field (المؤرخ الرياضي) are
 * two to five plain words in a row, or joined by a name's hyphen (جان-لوك): no article, function word,
 * joiner, time, preposition, title, body or place. The index in `words` where they start, or 0.
 */
function plainNameAfterRole(tokens: readonly Token[], words: readonly number[]): number {
  // …past the role's definite adjectives of a field (المؤرخ الرياضي, الناقدة الفنية): two at most.
  let start = 1;
  while (
    start < 3 &&
    start < words.length &&
    (words[start] as number) === (words[start - 1] as number) + 1 &&
    hasArticle((tokens[words[start] as number] as Token).norm) &&
    isNisba((tokens[words[start] as number] as Token).norm)
  )
    start++;
  if (words.length - start < 2 || words.length - start > MAX_NAME_WORDS) return 0;
  for (let n = start; n < words.length; n++) {
    const at = words[n] as number;
    const before = words[n - 1] as number;
    if (at !== before + 1 && !(at === before + 2 && isNameHyphen(tokens, before + 1))) return 0;
    const norm = (tokens[at] as Token).norm;
    // After a role's adjective (المؤرخ الرياضي), a joiner or a word of lineage before a word of the
    // name is the name's (عبد الحق بنسعيد, مسفر بن حمد آل سدران), and so is the word after the joiner.
    const joins =
      start > 1 &&
      n < words.length - 1 &&
      (NAME_JOINER_SET.has(norm) || SON_OF.has(norm) || LINEAGE_SET.has(norm));
    const joined = start > 1 && n > start && NAME_JOINER_SET.has((tokens[before] as Token).norm);
    if (
      (hasArticle(norm) && !joined) ||
      isStopWord(norm) ||
      (NAME_JOINER_SET.has(norm) && !joins) ||
      (SON_OF.has(norm) && !joins) ||
      // …nor a lineage (السالك ولد امبارك, فاطمة منت …): the first word was a given name with the article
      (LINEAGE_SET.has(norm) && !joins) ||
      TIME_SET.has(norm) ||
      isPrepositional(norm) ||
      stripToSet(norm, TITLE_SET) !== undefined ||
      stripToSet(norm, ORGANISATION_SET) !== undefined ||
      PLACE_SET.has(norm)
    )
      return 0;
  }
  return start;
}

/**
 * Where a name starts after a description the lexicon holds as no title, by the given name that opens
 * it: the description a definite word and its definite adjectives (الاقتصادي, المشتري الكويتي), or a
 * noun in construct with its definite genitive (رائدة الأعمال, مالك الإبل). The index in `words` of
 * the given name, or 0 when the words do not so divide (a name of its own, مالك العتيبي; a compound,
 * شمس الدين محمد; no given name after the description).
 */
function describedName(
  tokens: readonly Token[],
  words: readonly number[],
  closed = false,
  /** The text the tokens come from, to see a hamza on a foreign name's أل (ألونسو). */
  text = '',
): number {
  const norm = (n: number) => (tokens[words[n] as number] as Token).norm;
  if (words.length < 2 || opensGivenName(tokens, words[0] as number)) return 0;
  const head = norm(0);
  // A role noun of a participle's shape that also spells a verb (طالب: a student, or "demanded"; طالبة)
  // heads a description like any noun: in a subject, before its definite genitive, it is no verb.
  const roleVerb = isRoleVerb(head);
  if (NAME_JOINER_SET.has(head) || (isStopWord(head) && !roleVerb)) return 0;
  // A given name with the article (الشريف, السعيد, الأمين) is a family name as often as a description.
  const bare = hasArticle(head) ? head.replace(/^[وفبك]?ال/u, '') : '';
  if (isGivenName(bare)) return 0;
  if (hasArticle(head) && isGivenName(head)) return 0;
  // …or of a quantifier and a definite plural, one among many (مالك إحدى العمائر, صاحب أحد المحال).
  const oneOf = !hasArticle(head) && words.length > 3 && ONE_OF_SET.has(norm(1)) && hasArticle(norm(2));
  // A noun without the article heads a description only in construct with a definite genitive.
  if (!hasArticle(head) && !oneOf && !(hasArticle(norm(1)) && !COMPOUND_END_SET.has(norm(1)))) return 0;
  // A definite role noun the lexicon does not hold as a title (النقابية, المؤرخ), then two to four plain
  // words to where the phrase closed (a comma, a colon, what was said): a name the lists do not hold,
  // after its role (النقابية إيزابيل روشا،, المؤرخ جان-لوك مارتينو،).
  // …and after its adjectives of a field (المؤرخ الرياضي خايمي سوتو،).
  const role = closed && hasArticle(head) ? plainNameAfterRole(tokens, words) : 0;
  if (role > 0) return role;
  // A second description stacked on the first, bare or with و (الفائز رجل الأعمال, الصيدلانية وأم
  // الطفلين): its words in construct are read past, and so many more words may stand before the name.
  let stacked = 0;
  let stackedHead = false;
  for (let k = oneOf ? 2 : 1; k < words.length && k <= MAX_DESCRIPTION_WORDS + stacked; k++) {
    if ((words[k] as number) !== (words[k - 1] as number) + 1) return 0;
    if (opensGivenName(tokens, words[k] as number)) return k;
    const word = norm(k);
    // A kunya after definite words of a role (المستهلكة أم فهد, المزارع الستيني أبو سالم): the kunya
    // opens the name; the definite words before it describe its bearer, no name ever starts so.
    const kunya = tokens[(words[k] as number) + 1];
    if (
      (word === 'ابو' || word === 'ام') &&
      hasArticle(head) &&
      words.slice(0, k).every((w) => hasArticle((tokens[w] as Token).norm)) &&
      kunya?.type === 'word' &&
      !hasArticle(kunya.norm) &&
      !isStopWord(kunya.norm)
    )
      return k;
    // A definite description ending in an adjective of origin (المقيم الهندي, العامل البنغلاديشي), then a
    // plain word that is no function word and no joiner: a name the lists do not hold starts there; not
    // a noun in construct with a definite genitive (المرصد السوري لحقوق الإنسان: the body's field).
    // The adjective alone describes too, with its half (الياباني فلان, الكوري الجنوبي فلان: the player).
    const origin =
      ORIGIN_NISBA_SET.has(norm(k - 1)) ||
      (k >= 2 && ORIGIN_NISBA_SET.has(norm(k - 2)) && ORIGIN_HALF_SET.has(norm(k - 1)));
    if (
      (k >= 2 || ORIGIN_NISBA_SET.has(head)) &&
      hasArticle(head) &&
      origin &&
      !hasArticle(word) &&
      // (a family name whose أل carries a hamza, ألونسو, has no article)
      (!hasArticle((tokens[(words[k] as number) + 1] as Token | undefined)?.norm ?? '') ||
        isHamzaAlWord(tokens[(words[k] as number) + 1] as Token, text)) &&
      !isStopWord(word) &&
      !NAME_JOINER_SET.has(word) &&
      !SON_OF.has(word) &&
      stripToSet(word, TITLE_SET) === undefined
    )
      return k;
    // A noun in construct with its definite genitive and adjectives (عامل المناجم السابق, سائق الشاحنة
    // المتقاعد), then plain words alone to the phrase's end (what was said, whom he told, a comma): a
    // name the lists do not hold; a name never runs a plain word on after two definite ones, but an
    // object does (انتقد عامل المناجم السابق قرارات …), so only where the phrase closed.
    // …and so after a stacked description's genitive (الفائز رجل الأعمال جون ميلر:).
    if (
      closed &&
      k >= 2 &&
      (!hasArticle(head) || (stackedHead && hasArticle(norm(k - 1)))) &&
      !oneOf &&
      words.length - k <= MAX_NAME_WORDS &&
      words.slice(k).every((w, n) => {
        const plain = (tokens[w] as Token).norm;
        return (
          w === (words[k] as number) + n &&
          !hasArticle(plain) &&
          !isStopWord(plain) &&
          !NAME_JOINER_SET.has(plain) &&
          !TIME_SET.has(plain) &&
          !isPrepositional(plain) &&
          stripToSet(plain, TITLE_SET) === undefined
        );
      })
    )
      return k;
    if (COMPOUND_END_SET.has(word) || (SON_OF.has(word) && !KUNYA_WORDS.has(word))) return 0;
    if (!hasArticle(word)) {
      // …a second description after a definite one: a noun in construct with a definite genitive.
      const genitive = hasArticle(head) ? stackedDescriptionEnd(tokens, words, k) : 0;
      if (genitive === 0) return 0;
      stacked += genitive - k;
      stackedHead = isStackedHead(tokens, words[k]);
      k = genitive;
    }
  }
  return 0;
}

/**
 * A name opens at `words[k]`: a given name (opensGivenName), or two to four plain words in a row to
 * where the phrase closed (a foreign name the lists do not hold: جون ميلر:).
 */
function opensNameAfter(
  tokens: readonly Token[],
  words: readonly number[],
  k: number,
  closed: boolean,
): boolean {
  if (k >= words.length) return false;
  if (opensGivenName(tokens, words[k] as number)) return true;
  if (!closed || words.length - k < 2 || words.length - k > MAX_NAME_WORDS) return false;
  return words.slice(k).every((w, n) => {
    const plain = (tokens[w] as Token).norm;
    return (
      w === (words[k] as number) + n &&
      !hasArticle(plain) &&
      !isStopWord(plain) &&
      !NAME_JOINER_SET.has(plain) &&
      !TIME_SET.has(plain) &&
      !isPrepositional(plain) &&
      stripToSet(plain, TITLE_SET) === undefined &&
      stripToSet(plain, ORGANISATION_SET) === undefined &&
      !PLACE_SET.has(plain) &&
      !PLACE_HEAD_SET.has(plain)
    );
  });
}

/**
 * A stacked description's head is a known calling before plain words that are a name the lists do not
 * hold (الفائز رجل الأعمال جون ميلر:): a title's word, a kunya's or سيدة (of سيدة الأعمال, رجل's
 * feminine); after any other noun (إيفا لندبرغ السلطات بفتح …) plain words are no evidence of a name.
 */
function isStackedHead(tokens: readonly Token[], at: number | undefined): boolean {
  const norm = tokens[at ?? -1]?.norm ?? '';
  const bare = /^و../u.test(norm) ? norm.slice(1) : norm;
  return KUNYA_WORDS.has(bare) || bare === 'سيده' || TITLE_SET.has(bare);
}

/** How many definite words a title's partitive after من may hold (من الأسر المتضررة). */
const MAX_PARTITIVE_WORDS = 3;

/** The words of a kunya, folded, and ابن: before a definite word, a description (أم الطفلين, ابن الحي). */
const KUNYA_WORDS = new Set(['ابو', 'ام', 'ابن']);

/** How many plain nouns in construct a stacked description may run through (عضو مجلس إدارة الجمعية). */
const MAX_STACKED_CONSTRUCT = 3;

/**
 * A second description stacked after a definite one, before a name (الفائز رجل الأعمال, الصيدلانية وأم
 * الطفلين, المتضررة وعضوة مجلس إدارة الجمعية): one to three plain nouns in a row, the first maybe with و,
 * none a function word, joiner, time, preposition or given name, then a definite genitive that is no
 * given name and no joiner. The index in `words` of that genitive, or 0. A kunya before a plain word
 * (أم فيصل) is a name, read before this; a kunya before a definite word (أم الطفلين) describes.
 */
function stackedDescriptionEnd(tokens: readonly Token[], words: readonly number[], k: number): number {
  for (let j = k; j < words.length && j - k <= MAX_STACKED_CONSTRUCT; j++) {
    const at = words[j] as number;
    if (j > k && at !== (words[j - 1] as number) + 1) return 0;
    const norm = (tokens[at] as Token).norm;
    if (hasArticle(norm)) {
      if (j === k || COMPOUND_END_SET.has(norm) || opensGivenName(tokens, at)) return 0;
      return j;
    }
    const bare = j === k && /^و../u.test(norm) ? norm.slice(1) : norm;
    // (a kunya's word opens the description only before the definite word: أبو الأيتام, not أبو سليم)
    const kunya = j === k && KUNYA_WORDS.has(bare) && hasArticle(tokens[at + 1]?.norm ?? '');
    if (kunya) continue;
    if (
      isStopWord(norm) ||
      NAME_JOINER_SET.has(bare) ||
      SON_OF.has(norm) ||
      TIME_SET.has(norm) ||
      isPrepositional(norm) ||
      opensGivenName(tokens, at) ||
      // (a given name, even one that is also a noun, opens a name, not a description: قيس المرابط)
      (j === k && (isGivenName(bare) || isStopWord(bare)))
    )
      return 0;
  }
  return 0;
}

/**
 * How many of `words` from `k` on a place of the gazetteer takes (رئيس وزراء إيطاليا, وزير خارجية كوريا
 * الجنوبية, رئيس جنوب أفريقيا, مدير تعليم جدة), when it stands in construct after a title's word
 * without the article, or behind ل after any word of the title (المدير الإقليمي لآسيا, المبعوث الأممي
 * لسوريا): the title's genitive, read whole, before the holder's name. 0 when no place stands there, or
 * the word after ل is whom the words were told (لروسيا اليوم, the outlet). A place that is also a given
 * name is read so only when a given name opens right after it. Bounded by the longest place.
 */
function placeGenitiveSpan(
  tokens: readonly Token[],
  words: readonly number[],
  k: number,
  text: string,
): number {
  const at = words[k];
  const before = words[k - 1];
  if (at === undefined || before === undefined) return 0;
  const prev = (tokens[before] as Token).norm;
  const norm = (tokens[at] as Token).norm;
  const construct = !(
    hasArticle(prev) ||
    HONORIFIC_SET.has(prev) ||
    ADDRESS_SET.has(prev) ||
    isStopWord(prev) ||
    hasTitleWithHe(tokens[before] as Token, text)
  );
  // لبنان, ليبيا: a place that opens with ل is read whole before ل is read as the preposition.
  const bare = construct ? placeSpan(tokens, words, k, norm) : 0;
  if (bare > 0) return bare + coordinatedPlaces(tokens, words, k + bare);
  // …and ل before it, also before a place that opens with ل itself (لليبيا, للبنان).
  // Behind ل the place is the title's only with a name or more of the title after it: ل and a place
  // that ends the subject may be whom it was told (لروسيا اليوم, the outlet; لمصر).
  if (!/^ل/u.test(norm) || isOutletAfterLam(tokens, at)) return 0;
  // …and ل with the article's ا dropped before a place that has it (لليمن, للسودان).
  const place =
    placeSpan(tokens, words, k, norm.slice(1)) ||
    (norm.startsWith('لل') ? placeSpan(tokens, words, k, `ال${norm.slice(2)}`) : 0);
  const span = place > 0 ? place + coordinatedPlaces(tokens, words, k + place) : 0;
  return k + span < words.length ? span : 0;
}

/** The most places joined by و to one place of a title's genitive that are read with it. */
const MAX_COORDINATED_PLACES = 3;

/**
 * How many of `words` from `k` on the places joined by و to the title's place take (المبعوث الأمريكي
 * لسوريا ولبنان, منسق الأمم المتحدة لليمن وليبيا, سفير مصر والسودان): the genitive's, never a name's
 * first word (no name opens with و). Each read whole, bare or behind ل; bounded by MAX_COORDINATED_PLACES.
 */
function coordinatedPlaces(tokens: readonly Token[], words: readonly number[], k: number): number {
  let span = 0;
  for (let n = 0; n < MAX_COORDINATED_PLACES; n++) {
    const at = words[k + span];
    if (at === undefined) break;
    const norm = (tokens[at] as Token).norm;
    if (!norm.startsWith('و')) break;
    const rest = norm.slice(1);
    const more =
      placeSpan(tokens, words, k + span, rest) ||
      (rest.startsWith('ل') ? placeSpan(tokens, words, k + span, rest.slice(1)) : 0);
    if (more === 0) break;
    span += more;
  }
  return span;
}

/** How many of `words` from `k` on the gazetteer's longest place takes, its first word read as `head`. */
function placeSpan(tokens: readonly Token[], words: readonly number[], k: number, head: string): number {
  const at = words[k] as number;
  let place = head;
  let span = 0;
  for (let n = 1; n <= MAX_PLACE_WORDS && k + n <= words.length; n++) {
    if (n > 1) {
      if (words[k + n - 1] !== at + n - 1) break;
      place += ` ${(tokens[at + n - 1] as Token).norm}`;
    }
    if (PLACE_SET.has(place)) span = n;
  }
  // A place that is also a given name, alone: a place only when a given name opens right after it.
  if (span === 1 && isGivenName(head) && !opensGivenName(tokens, at + 1)) return 0;
  return span;
}

/**
 * Where the name opens after a title written as a letter and its dot (د. فلان, أ.د. فلان, وزير الصحة
 * د. فلان), as a count of `words`, or 0: the first such letter, with the dot glued to it, and the
 * letters of the same kind right after it; a word must follow for the name.
 */
function abbreviatedTitleEnd(tokens: readonly Token[], words: readonly number[]): number {
  const k = words.findIndex(
    (at) => ABBREVIATED_TITLE_SET.has((tokens[at] as Token).norm) && isGluedDot(tokens[at + 1]),
  );
  if (k < 0) return 0;
  let end = k + 1;
  while (
    end < words.length &&
    ABBREVIATED_TITLE_SET.has((tokens[words[end] as number] as Token).norm) &&
    isGluedDot(tokens[(words[end] as number) + 1])
  )
    end++;
  return end < words.length ? end : 0;
}

function isGluedDot(token: Token | undefined): boolean {
  return token?.norm === '.' && !token.spaceBefore;
}

/** Title heads of a calling, titles only before their definite genitive (folded). */
const CALLING_HEADS = new Set(['رجل']);

/**
 * A feminine noun with the pronoun of the title's holder after a definite feminine participle that
 * agrees with it (الرئيس المنتهية ولايته, الرئيسة المنتهية ولايتها): the participle's subject, the
 * title's still, never the first word of the name after it.
 */
export function isCausalAdjectiveNoun(token: Token, prev: string, text: string): boolean {
  return /^الم.{2,}ه$/u.test(prev) && isPossessedWord(token, text) && /ته(?:ا|م|ما)?$/u.test(token.norm);
}

/**
 * A person's subject: `title` (the words before `from`, or some of them), then the name read from
 * `from` to the phrase's end, trimmed; closed when the phrase was and the trim cut nothing.
 */
function personFrom(
  tokens: readonly Token[],
  words: readonly number[],
  from: number,
  title: number[],
  closed: boolean,
  text: string,
): Subject {
  const name = trimName(tokens, words.slice(from), text);
  return {
    first: words[0] as number,
    last: words[words.length - 1] as number,
    title,
    name,
    organisation: false,
    closed:
      (closed && name.length === words.length - from) ||
      (name.length >= 2 && endsWholeName(tokens, words[from + name.length] ?? -1, name[0] as number)) ||
      // …or cut where a plain pair's clause goes on (كانت السائحة فلانة فلان تمر بالمكان): it ended there.
      (name.length < words.length - from && endsPlainPair(tokens, name, words[from + name.length] as number)),
  };
}

/**
 * Body heads that are also a woman's role (المدرسة: the school and the teacher, المنظمة: the organisation
 * and the organiser, المؤسسة: the foundation and the founder), folded, with the article.
 */
const ROLE_LIKE_BODIES = new Set(['المدرسه', 'المنظمه', 'المؤسسه']);

/**
 * Such a head with the article, then a name: a given name, or plain words alone up to the phrase's end
 * (وقالت المدرسة إيليني باباذوبولو،): a definite body is never in construct with a plain word, so it is
 * her role, in apposition with her name. Its adjective (المدرسة الثانوية), a time (أمس) or a stop word
 * (المنظمة غير الحكومية) keeps it a body.
 */
function isRoleLikeBody(tokens: readonly Token[], words: readonly number[], closed: boolean): boolean {
  if (!ROLE_LIKE_BODIES.has((tokens[words[0] as number] as Token).norm) || words.length < 2) return false;
  // …only as the subject of a cue that takes no object (وقالت المدرسة فلانة, وأضافت): after another verb
  // the body is its subject and the name its object (وكرمت المنظمة سلمى النجار، وقالت …).
  const verb = tokens[(words[0] as number) - 1];
  if (verb?.type === 'word') {
    const cue = lookupCue(verb.norm);
    if (!cue || cue.takesObject) return false;
  }
  const rest = words.slice(1);
  if (opensGivenName(tokens, rest[0] as number)) return true;
  return (
    closed &&
    rest.length >= 2 &&
    rest.length <= MAX_NAME_WORDS &&
    rest.every((k, n) => {
      const norm = (tokens[k] as Token).norm;
      return (
        k === (words[0] as number) + n + 1 &&
        !hasArticle(norm) &&
        !isStopWord(norm) &&
        !TIME_SET.has(norm) &&
        !isPrepositional(norm) &&
        stripToSet(norm, ORGANISATION_SET) === undefined &&
        !PLACE_SET.has(norm)
      );
    })
  );
}

/**
 * A person opens at `words[k]` right after a definite body's head and its definite adjectives (الجمعية,
 * النيابة العامة), none a title (not الملك, الأمير): a given name without the article, an honorific (الدكتورة), or a person's
 * title with a given name a word or two after it (المواطن سامي, رجل الأعمال خالد).
 */
function personAfterDefiniteBody(tokens: readonly Token[], words: readonly number[], k: number): boolean {
  const at = words[k] as number;
  const prev = (tokens[words[k - 1] as number] as Token).norm;
  if (words[k - 1] !== at - 1 || stripToSet(prev, TITLE_SET) !== undefined) return false;
  // …the head and its adjectives alone, each with the article (الهيئة العامة; not حزب النور, whose
  // member's name may follow, nor الجريدة الناطقة باسم الحزب)
  for (let n = 0; n < k; n++)
    if (words[n] !== (words[0] as number) + n || !hasArticle((tokens[words[n] as number] as Token).norm))
      return false;
  const norm = (tokens[at] as Token).norm;
  if (!hasArticle(norm) && opensGivenName(tokens, at)) return true;
  if (HONORIFIC_SET.has(norm)) return true;
  // (after the title any given name is one, a word that is also an adjective too: المواطن سامي)
  const named = (j: number) => {
    const word = tokens[j]?.type === 'word' ? (tokens[j] as Token).norm : '';
    // (باسم after a title is "in the name of": الجريدة الناطقة باسم الحزب)
    if (word === 'باسم') return false;
    return opensGivenName(tokens, j) || (word.length >= 3 && !isStopWord(word) && isGivenName(word));
  };
  return stripToSet(norm, TITLE_SET) !== undefined && (named(at + 1) || (!hasArticle(norm) && named(at + 2)));
}

function splitSubject(
  tokens: readonly Token[],
  words: number[],
  closed: boolean,
  text: string,
  /** The title runs at least to this token (a complement read in before the name), or -1. */
  titleUntil = -1,
): Subject {
  const first = words[0] as number;
  const last = words[words.length - 1] as number;
  // A title written as a letter and a dot (د. / م. / أ. / أ.د.), alone or closing a title (مدير صحة
  // القصيم د. فلان): the name opens after it.
  const abbreviated = abbreviatedTitleEnd(tokens, words);
  if (abbreviated > 0)
    // …the letters themselves are no title to learn or to name anyone by (a lone «د» once became the
    // canonical name of «د. فلان مدير المستشفى»).
    return personFrom(
      tokens,
      words,
      abbreviated,
      words.slice(0, abbreviated).filter((k) => !ABBREVIATED_TITLE_SET.has((tokens[k] as Token).norm)),
      closed,
      text,
    );
  const firstNorm = (tokens[first] as Token).norm;
  const secondNorm = (tokens[words[1] ?? -1] as Token | undefined)?.norm ?? '';
  // A title stacked on a definite description (المتبرع الطالب في جامعة حائل فلان): the pair is a title.
  const stackedOnDescription =
    words.length > 2 &&
    words[1] === first + 1 &&
    hasArticle(firstNorm) &&
    hasArticle(secondNorm) &&
    !opensGivenName(tokens, first) &&
    !isGivenName(firstNorm.replace(/^[وفبك]?ال/u, '')) &&
    // (a body's head is the verb's subject, the title its object's: وكرمت الجمعية الطبيبة فلانة)
    stripToSet(firstNorm, ORGANISATION_SET) === undefined &&
    !isGroupPlural(firstNorm) &&
    isTitleHead(secondNorm);
  const titled =
    stackedOnDescription ||
    isRoleLikeBody(tokens, words, closed) ||
    ((isTitleHead(firstNorm) ||
      isFounder(firstNorm, secondNorm) ||
      isScientist(tokens, first) ||
      hasTitleWithHe(tokens[first] as Token, text) ||
      isAssistantBeforeTitle(tokens, first) ||
      isRankBeforeName(tokens, words, text)) &&
      // عبد الأمير, عبد الملك are one name; after a form of address (سمو الأمير, جلالة الملك) the word is a title
      !(COMPOUND_END_SET.has(secondNorm) && !ADDRESS_SET.has(firstNorm)) &&
      // رجل titles only a calling, before its definite genitive (رجل الأعمال فلان); a man described
      // (رجل خمسيني ينتظر دوره) is named by the description, not by the words after it.
      !(CALLING_HEADS.has(stripToSet(firstNorm, TITLE_SET) ?? '') && !hasArticle(secondNorm)));
  // وقالت بيان: a document's noun after a feminine verb, with no body after it, is a woman's name.
  const womansName = isWomansNameWord(tokens, first, '');
  const organisation =
    !titled &&
    !womansName &&
    (ORGANISATION_SET.has(firstNorm) ||
      // an electoral list by its quoted name (قائمة «صوت المدينة»), read as a body
      (LIST_HEAD_SET.has(firstNorm) && tokens[first + 1]?.type === 'mark') ||
      isGroupPlural(firstNorm, words.length > 1 ? tokens[words[1] as number] : undefined));
  if (!titled && !organisation) {
    // A description the lexicon does not hold as a title, then a given name: the name starts there
    // (الاقتصادي عبدالله بن حمد الرميح, المشتري الكويتي فهد العنزي, رائدة الأعمال مريم عبدالعزيز).
    // …and a description read in before the name (المنضم حديثاً, من أصل عراقي) is the title's.
    const past = titleUntil >= 0 ? words.findIndex((k) => k > titleUntil) : -1;
    const described = Math.max(describedName(tokens, words, closed, text), past);
    return personFrom(tokens, words, described, words.slice(0, described), closed, text);
  }
  // Walk the title: its modifiers carry the article, or follow باسم / a genitive with ل.
  let k = 1;
  let objectAt = false;
  while (k < words.length && (words[k] as number) <= titleUntil) k++;
  // A complement read in before the name, ending in a plain word, ends where a given name opens (كبير
  // الاقتصاديين في دويتشه بنك ديفيد فلان): the body's word before it governs no name; after a definite
  // word the name may be the body's (جامعة الملك سعود), which the walk reads.
  const named =
    titleUntil >= 0 &&
    words[k - 1] === titleUntil &&
    !hasArticle(tokens[titleUntil]?.norm ?? '') &&
    opensGivenName(tokens, words[k] ?? -1);
  while (!named && k < words.length) {
    const norm = (tokens[words[k] as number] as Token).norm;
    const prev = (tokens[words[k - 1] as number] as Token).norm;
    const following = words[k + 1] === undefined ? undefined : (tokens[words[k + 1] as number] as Token).norm;
    // A school, mosque, university or hospital named after a person (مدير مدرسة عمر بن الخطاب
    // الابتدائية, عميد جامعة الملك سعود): the person's name is the place's, never the speaker's.
    const namedPlace = afterNamedPlace(tokens, words, k);
    if (namedPlace > k) {
      k = namedPlace;
      continue;
    }
    // A second genitive with و, then the town of the body's name (غرفة تجارة وصناعة جدة فلان): both the
    // body's, the name after them.
    if (isCoordinatedBeforeTown(tokens, words, k)) {
      k += 2;
      continue;
    }
    // A country, a region or a city in construct after the title's word, or behind ل: the title's
    // genitive (رئيس وزراء إيطاليا ماتيو رينزي, المدير الإقليمي لآسيا في المنظمة فلان).
    const placeSpan = placeGenitiveSpan(tokens, words, k, text);
    if (placeSpan > 0) {
      k += placeSpan;
      continue;
    }
    // An adjective of rank after the head's adjective governs nothing (مسؤول أمني كبير وكالة …: the
    // agency is the object), unlike كبير heading a title (كبير المفاوضين).
    if (k >= 2 && RANK_ADJECTIVES.has(prev) && !hasArticle(norm) && !WITHIN.has(norm) && !isGenitiveLam(norm))
      break;
    // An indefinite noun inside a title governs the next one until a definite noun closes the chain:
    // مدير إدارة شؤون المجلس التنفيذي.
    // …through a noun that governs (a body's head, a genitive noun, a title), not a place or a
    // first name (محافظ إربد رضوان العتوم: رضوان العتوم is the name).
    // …and the indefinite noun right after باسم, which can only be in construct (باسم أهالي ضحايا الانفجار).
    // …or the head of a named thing, whose name follows (في سوق دبي المالي, مدير حملة فلان الانتخابية).
    const governs =
      ORGANISATION_SET.has(prev) ||
      GENITIVE_NOUN_SET.has(prev) ||
      NAMING_SET.has(prev) ||
      stripToSet(prev, TITLE_SET) !== undefined ||
      (k >= 2 && (tokens[words[k - 2] as number] as Token).norm === 'باسم') ||
      // …or a body's members in construct after its indefinite head, who govern in turn (نقابة سائقي
      // سيارات الأجرة, اتحاد ملاك شاحنات النقل): a chain of indefinite nouns runs to its definite end.
      (k >= 2 &&
        !isGivenName(prev) &&
        !isGivenName(norm) &&
        ORGANISATION_SET.has((tokens[words[k - 2] as number] as Token).norm));
    const construct =
      k >= 2 &&
      governs &&
      !hasArticle(prev) &&
      !TITLE_CONTINUATIONS.has(prev) &&
      !hasArticle(norm) &&
      following !== undefined &&
      hasArticle(following);
    const continues =
      construct ||
      isCausalAdjectiveNoun(tokens[words[k] as number] as Token, prev, text) ||
      hasArticle(norm) ||
      TITLE_CONTINUATIONS.has(norm) ||
      stripToSet(norm, TITLE_SET) !== undefined ||
      // a second office of the same body, with و and its pronoun (مديرة الشركة ورئيستها التنفيذية)
      isCoordinatedOffice(norm, prev, k) ||
      // a second field of the body's name with و, in construct with a definite word or before the
      // body's field after لل (الرئاسة العامة للأرصاد وحماية البيئة, مؤسسة … ورجاله للموهبة): no name opens with و
      isCoordinatedField(tokens, words, k) ||
      // a verbal noun's preposition and its noun in the body's name (لهيئة الأمر بالمعروف والنهي عن المنكر)
      isVerbalNounComplement(tokens, words[k] as number) ||
      prev === 'باسم' ||
      // …and the genitive of the indefinite noun after باسم, in construct whatever it is, a name or a
      // body's (المتحدث باسم حملة ويتفيلد، فلان،)
      (k >= 2 &&
        (tokens[words[k - 2] as number] as Token).norm === 'باسم' &&
        !hasArticle(prev) &&
        !isStopWord(norm)) ||
      // ب and a body's head: the body the title sits in (عضو لجنة الصحة بمجلس النواب، فلان)
      (/^ب/u.test(norm) && stripToSet(norm, ORGANISATION_SET) !== undefined) ||
      // ب and a place's head, then the place's name (مدير الدفاع المدني بمحافظة جدة)
      isPlaceHeadAfterBa(norm) ||
      // a school's or a branch's number after its definite noun (مدير المدرسة الابتدائية 45, مديرة الروضة 14)
      (isNumber(norm) && hasArticle(prev)) ||
      (isPlaceHeadAfterBa(prev) && !isStopWord(norm)) ||
      // …with the second word of a town's name after a joiner (بمحافظة خميس مشيط, بمحافظة أبو عريش)
      (k >= 2 &&
        PLACE_JOINERS.has(prev) &&
        isPlaceHeadAfterBa((tokens[words[k - 2] as number] as Token).norm) &&
        !isStopWord(norm)) ||
      // …and so does a place's head in construct without ب, when a name of two words or more follows the
      // place's (وكيل محافظة عدن فلان فلان): the plain word after the head is the place, not the name
      (k >= 2 && PLACE_HEAD_SET.has(prev) && !isStopWord(norm) && words.length - k >= 3) ||
      // a body's head in construct after a governing noun of the title (رئيس تحرير صحيفة عكاظ فلان): the
      // head wants the body's name after it, as after the title's own word
      (!hasArticle(prev) && GENITIVE_NOUN_SET.has(prev) && !hasArticle(norm) && ORGANISATION_SET.has(norm)) ||
      // a spelt-out channel's letters after a title's genitive letter (محلل سي إن بي سي): the body's name
      (LETTER_NAMES.has(norm) && LETTER_NAMES.has(prev) && k >= 2) ||
      WITHIN.has(prev) || // مسؤول في إدارة …: read in only before a body's head (readSubject)
      WITHIN.has(norm) ||
      // a head without the article governs the next noun: رئيسة نقابة, وزير خارجية, نائب رئيس; not
      // one with a possessive ه written, already definite, before a name in apposition (زميله فلان)
      // (a title that only looks like و + the article, والي or والد, is as indefinite: والي ولاية الجزيرة)
      ((!hasArticle(prev) || (k === 1 && prev.startsWith('وال') && TITLE_SET.has(prev))) &&
        !HONORIFIC_SET.has(prev) &&
        // …not a rank's second word, a calling too (المقدم طيار فلان, العميد مهندس فلان): it governs nothing.
        !RANK_SET.has(prev) &&
        !hasTitleWithHe(tokens[words[k - 1] as number] as Token, text) &&
        // معالي الوزير, سمو الأمير take a title; before a plain word (معالي مريم الكعبي) the name starts.
        // …nor مساعد, a given name too, before a title of its own (سعادة مساعد وكيل الوزارة, معالي
        // مساعد وزير الدفاع): the assistant's post, whose holder is named after it.
        !(
          ADDRESS_SET.has(prev) &&
          stripToSet(norm, TITLE_SET) === undefined &&
          !isAssistantBeforeTitle(tokens, words[k] as number)
        ) &&
        (stripToSet(prev, TITLE_SET) !== undefined || ORGANISATION_SET.has(prev))) ||
      // …and so does a head with عام, مدير عام as one title (مدير عام شركة الكهرباء فلان, مدير عام
      // مصرف الإنماء فلان): the body is its genitive, not the object; a given name after it is the name.
      (k >= 2 &&
        prev === 'عام' &&
        !hasArticle((tokens[words[k - 2] as number] as Token).norm) &&
        stripToSet((tokens[words[k - 2] as number] as Token).norm, TITLE_SET) !== undefined &&
        !hasArticle(norm) &&
        !isStopWord(norm) &&
        !isGivenName(norm)) ||
      // ل + an indefinite body wants its genitive after it (لإمارة دبي); للفريق is complete
      (isGenitiveLam(prev) && !prev.startsWith('لل')) ||
      isGenitiveLam(norm) ||
      // …and so does ل + any noun in construct with a definite word after a definite title (الأمين
      // العام لحلف الناتو, المدير التنفيذي لصندوق التنمية): a name never opens with the preposition
      isLamConstruct(tokens, words, k) ||
      (k >= 2 && isLamConstruct(tokens, words, k - 1)) ||
      // ل and a town's or a body's plain name with its adjective or a second genitive with و (المدير
      // التنفيذي لجدة التاريخية فلان, أمين لجنة الإسكان لجدة والمنطقة فلان): the title's genitive
      isPlaceAfterLam(tokens, words, k, text) ||
      (k >= 2 && /^وال/u.test(norm) && isPlaceAfterLam(tokens, words, k - 1, text)) ||
      // a company in Latin letters after ل that the title's head waits for (الرئيس التنفيذي لـSTC فلان)
      (/^ل[A-Za-z]/u.test(norm) && isLatinGenitiveOfTitle(tokens, first, words[k] as number)) ||
      // …or a body's one-word name after ل, an Arabic given name right after it (الرئيس التنفيذي لأرامكو
      // سالم …): the title's genitive, the name opening at the given name (not a foreign given name that
      // opens with ل before a foreign surname: بنظيرته الإسبانية لوسيا مارتين)
      (/^ل[^ل]/u.test(norm) &&
        hasArticle(prev) &&
        following !== undefined &&
        words[k + 1] === (words[k] as number) + 1 &&
        ARABIC_GIVEN_NAME_SET.has(following) &&
        !isGivenName(norm) &&
        !isStopWord(norm)) ||
      (/^[A-Za-z]/u.test(norm) && /^ل?[A-Za-z]/u.test(prev)) ||
      // an indefinite title's adjective of rank: مسؤول أمني كبير, دبلوماسي غربي رفيع
      (!hasArticle(prev) && RANK_ADJECTIVES.has(norm)) ||
      // …and its adjective of origin after its adjective of field: مسؤول أمني عراقي, متحدث عسكري إسرائيلي
      isOriginAfterField(tokens, words, k) ||
      // one of a definite plural, the title's genitive, never a name: ولي أمر أحد الطلاب, والد إحدى الضحايا
      // (a title that only looks like و + the article, والد or والي, is as indefinite as any other)
      ((!hasArticle(prev) || (prev.startsWith('وال') && TITLE_SET.has(prev))) &&
        ONE_OF_FORM_SET.has(norm) &&
        following !== undefined &&
        hasArticle(following)) ||
      organisation; // a body's name has no person inside: وزارة الدفاع اليمنية
    // ألان, آلان (Alan) open the name, though they look like the article; so does a first name with
    // the article before بن (وزير الثقافة الطاهر بن علي), but not one shaped as a nationality, which
    // is the title's (الرئيس التونسي بن علي).
    // ف and the article never go on a title (ف opens a clause): a word that reads so is a foreign first
    // name (المتحدث باسم الشركة فاليري غوردييف, المديرة فالنتينا روسي).
    // A second description stacked on a whole title, bare or with و, then a name (الطبيبة سيدة الأعمال
    // فلانة, الطبيب وأبو الطفلين فلان): its words are the title's, the name opens after its genitive.
    if (!continues && !organisation && hasArticle(prev)) {
      const genitive = stackedDescriptionEnd(tokens, words, k);
      if (
        genitive > 0 &&
        opensNameAfter(tokens, words, genitive + 1, closed && isStackedHead(tokens, words[k]))
      ) {
        k = genitive + 1;
        break;
      }
    }
    if (!continues || isAlan(tokens[words[k] as number] as Token, text) || /^فال/u.test(norm)) break;
    // A definite body's head or adjective is in construct with nothing: a person right after it is the
    // verb's object (ودعت المؤسسة هند الكبيسي إلى, وكرمت الجمعية الطبيبة فلانة, واستدعت النيابة العامة
    // رجل الأعمال فلان), not a word of the body's name. Not after a title's word (جامعة الملك سعود).
    if (organisation && personAfterDefiniteBody(tokens, words, k)) break;
    // الطالبة بيان الحربي: a woman's name that is a body's noun opens the name after her title.
    if (isWomansNameWord(tokens, words[k] as number, prev)) break;
    // …and so does a plain foreign first name written with a hamza on its alef (رئيس الوزراء ألكسيس فلان,
    // إلياس فلان): no article is written so; a plain word after it is the rest of the name. Only after a
    // definite word, where the title is whole: a head without the article governs it as its genitive, the
    // name of a body or a unit (لشركة ألفابت فلان, قائد ألوية فلان).
    if (
      !organisation &&
      hasArticle(prev) &&
      isHamzaAlName(tokens[words[k] as number] as Token, text, following)
    )
      break;
    // …even one shaped as a nisba when the title's adjective of origin stands right before it (المدرب
    // التونسي المنجي بن سالم): a title takes one such adjective, the word after it opens the name.
    if (
      !organisation &&
      hasArticle(norm) &&
      (!isNisba(norm) || (isOriginNisba(prev) && !isOriginNisba(norm))) &&
      !TITLE_SET.has(norm) &&
      !isTitleAdjective(norm) &&
      SON_OF.has(following ?? '')
    )
      break;
    // …and so does a given name with the article in a name's context (والي ولاية الجزيرة الطاهر إبراهيم
    // الخير): the lexicon knows الطاهر as a first name, not an adjective of the title.
    if (!organisation && hasArticle(norm) && opensGivenName(tokens, words[k] as number)) break;
    // …and so does باسم before بن: a first name (المحامي باسم بن علي الزين), not "in the name of".
    if (!organisation && GIVEN_NAME_WORD_SET.has(norm) && SON_OF.has(following ?? '')) break;
    // …and so does a title word that is also a given name before another given name (مدير المهرجان
    // أمين حسن الناصر): a title in construct takes a body or a place as its genitive, never a given name.
    if (!organisation && GIVEN_NAME_WORD_SET.has(norm) && TITLE_SET.has(norm) && isGivenName(following ?? ''))
      break;
    // …or before the phrase's last word, a family name with the article that the text sets alone right
    // after a verb of saying (رئيس شركة أرامكو أمين الناصر … وقال الناصر) or a nisba (رئيس الهيئة أمين
    // الحربي): the keeper of a thing (أمين الصندوق, أمين العاصمة) takes no such genitive.
    if (
      !organisation &&
      GIVEN_NAME_WORD_SET.has(norm) &&
      TITLE_SET.has(norm) &&
      k === words.length - 2 &&
      following !== undefined &&
      hasArticle(following) &&
      !TITLE_SET.has(following) &&
      !PLACE_SET.has(following) &&
      (isNisba(following) || isSpeakerWord(tokens, following))
    )
      break;
    // A group named by its plural with the article ends before a plain word: المتظاهرون غاضبين.
    if (
      organisation &&
      k === 1 &&
      prev.startsWith('ال') &&
      isGroupPlural(prev) &&
      !hasArticle(norm) &&
      !isGenitiveLam(norm)
    )
      break;
    // A word with a possessive pronoun (زميلها, موقفهم) is the object, in no body's name or title.
    if (organisation && isPossessed(norm)) break;
    // …and so is a document without the article after the body's definite word (وأقر مجلس الشورى
    // توصية تدعو …, أصدرت الهيئة العامة لائحة): what the body issued, not a word of its name.
    if (organisation && hasArticle(prev) && !hasArticle(norm) && DOCUMENT_SET.has(norm.replace(/ا$/u, '')))
      break;
    // A plain word after a definite one, then a number: the object's head and its count (وأعلنت
    // وزارة الصحة تسجيل 42 إصابة), not a word of the body's name (الفرقة 17 has no plain word between).
    if (organisation && hasArticle(prev) && !hasArticle(norm) && !isGenitiveLam(norm) && isNumber(following))
      break;
    // A plain word after the body's definite adjective, with a definite genitive after it, is the
    // object's head (وصف حزب الشعب الجمهوري المعارض سياسة الحكومة): a name goes on past an
    // adjective only with more adjectives, ل or a preposition (مستشفى الملك فيصل: الملك is no adjective).
    if (
      organisation &&
      k >= 2 &&
      isDefiniteAdjective(prev) &&
      !hasArticle(norm) &&
      !isGenitiveLam(norm) &&
      !gathersBodies(firstNorm, norm) &&
      // …not في and the body a part belongs to, which readSubject read in (اللجنة العقارية في الغرفة
      // التجارية): no object opens with a preposition; a place after في still ends the name
      !isWithinBody(norm, following) &&
      // …not ب and a place's head or a body's (إدارة المرور بمحافظة الطائف, الشؤون الصحية بوزارة الدفاع):
      // where the body serves or whose part it is, a word of its name
      !isPlaceHeadAfterBa(norm) &&
      !(norm.startsWith('ب') && stripToSet(norm, ORGANISATION_SET) !== undefined) &&
      following !== undefined &&
      hasArticle(following) &&
      // …not when a nisba follows: the plain word is part of the name (مطار الملكة علياء الدولي)
      !isNisba(following)
    )
      break;
    // …and so is one after the definite genitive of the body's indefinite head (شددت وزارة التعليم شروط
    // الإلحاق): a head in construct takes one genitive, whose own name after it has an adjective, ل or
    // a preposition; not after a royal or religious title that names the body for a person (مستشفى
    // الملك فيصل, جامعة الإمام محمد).
    if (
      organisation &&
      k === 2 &&
      !hasArticle(firstNorm) &&
      hasArticle(prev) &&
      !NAMING_TITLES.has(prev) &&
      !HONORIFIC_SET.has(prev) &&
      /^[^وبل]/u.test(norm) &&
      !isWithinBody(norm, following) &&
      !hasArticle(norm) &&
      !isGivenName(norm) &&
      // ذوي, ذات after the genitive qualify it (جمعية الأشخاص ذوي الإعاقة): the name goes on
      !POSSESSOR_NOUNS.has(norm) &&
      stripToSet(norm, ORGANISATION_SET) === undefined &&
      following !== undefined &&
      words[k + 1] === (words[k] as number) + 1 &&
      hasArticle(following) &&
      !isNisba(following)
    )
      break;
    // A body's word shaped like an adjective in ة after the genitive of an indefinite feminine head
    // agrees with that head: the name's adjective (رابطة أصحاب العمل البلدية), not another body; not
    // when an adjective of its own follows it, a body's noun (خاطبت رابطة الأندية المفوضية الأوروبية,
    // الجمعية العامة).
    const agreeingBody =
      organisation &&
      k >= 2 &&
      !hasArticle(firstNorm) &&
      firstNorm.endsWith('ه') &&
      isNisba(norm) &&
      norm.endsWith('ه') &&
      !(
        following !== undefined &&
        (OWN_BODY_ADJECTIVES.has(following) ||
          (isNisba(following) && following.startsWith('ال') && following.endsWith('ه')))
      );
    // …and so is one after a plain word that closed the title's genitive (ورعى محافظ جدة الحفل الختامي):
    // a place's or a name's word governs no noun; a word that goes on the title does (أمين عام
    // المؤتمر, المتحدث باسم المؤتمر): the event is then the title's genitive.
    if (
      k >= 2 &&
      !hasArticle(prev) &&
      !governs &&
      !TITLE_CONTINUATIONS.has(prev) &&
      !organisation &&
      OBJECT_NOUN_SET.has(norm)
    ) {
      objectAt = true;
      break;
    }
    // انتقد اتحاد المتاجر الصغيرة استثناء المحال: after the body's head and its genitive, a verbal noun
    // the verb took (OBJECT_VERBAL_NOUNS) opens the verb's object, not more of the name.
    if (organisation && k >= 2 && opensVerbalNounObject(tokens, words[k] as number)) {
      objectAt = true;
      break;
    }
    // A body's definite word said again right after it opens the verb's object, its people
    // addressed (دعت نقابة الأطباء الأطباء المقيمين إلى …): a name never repeats its word.
    if (organisation && k >= 2 && hasArticle(norm) && norm === prev) {
      objectAt = true;
      break;
    }
    if (
      !agreeingBody &&
      // …inside a body's name, or a body's name that is a title's genitive (رئيس رابطة الأسرى المحررين)
      !(
        (organisation ||
          (k >= 2 &&
            stripToSet((tokens[words[k - 2] as number] as Token).norm, ORGANISATION_SET) !== undefined)) &&
        agreesWithMembers(prev, norm)
      ) &&
      !isParticipleOfBody(prev, norm, following, tokens[(words[k] as number) + 1], tokens[first - 1]) &&
      isObjectAfterDefinite(prev, norm)
    ) {
      objectAt = true;
      break;
    }
    if (!organisation && isSecondPerson(tokens, words[k] as number)) {
      objectAt = true;
      break;
    }
    k++;
  }
  // A company's name in plain words the walk cannot read (لشركة جنرال موتورز ماري بارا, في شركة
  // الأهلي كابيتال فلان) ends where a given name opens the officer's: those words are the company's.
  if (!objectAt && !organisation) k = companyNameEnd(tokens, words, k);
  // حث الأمين العام الطرفين: the phrase ends before the object, so nothing else ran into it. The
  // rest after a body's name is the object too, neither name nor title; so is a body's head without
  // the article where a name would start after an unnamed official's title (وأبلغ مسؤول أمني كبير
  // وكالة فرانس برس): no name opens with one. Only the first is known to be closed.
  const opening = words[k] === undefined ? '' : (tokens[words[k] as number] as Token).norm;
  const objectBody = k > 1 && !hasArticle(opening) && ORGANISATION_SET.has(opening);
  const titleOnly = objectAt || (k < words.length && (organisation || objectBody));
  // النائبة قدمت مرافعة فعلية: the title's verb and its object, not her name; the title stands alone.
  if (titleOnly || (k < words.length && isVerbAfterTitle(tokens, firstNorm, words[k] as number, text)))
    return {
      first,
      last: words[k - 1] as number,
      title: words.slice(0, k),
      name: [],
      organisation,
      closed: titleOnly ? objectAt : true,
    };
  const name = trimName(tokens, words.slice(k), text);
  return {
    first,
    last,
    title: words.slice(0, k),
    name,
    organisation,
    // An addressee after the name (فريد منصور للصحفيين) does not open it: it ends at the preposition;
    // an object with a possessive pronoun after it (حازم الشريف كلمته) proves where it ends.
    // Another title right after the name starts another person (خاطبه رئيسها فلان النقيب فلان).
    closed:
      endsAtObject(tokens, words, k + name.length, text) ||
      // A whole chain read by its given names (عبدالله بن موسى النعمي العفو): the given name, بن, the
      // father's given name and the family name; the word after it, cut off, is the verb's object.
      (k + name.length < words.length && isWholeChain(tokens, name)) ||
      (name.length > 0 && isObjectNounPhrase(tokens[words[k + name.length] as number]?.norm ?? '')) ||
      // …and so does a broken plural after a chain of given names (فلان بن فلان الأهالي, أهالي المدينة),
      // or one with the article after a given name alone (المتطوعة أمل الأهالي).
      (((name.length > 2 && PATRONYM_SET.has((tokens[name.at(-2) as number] as Token).norm)) ||
        isPlainPair(tokens, name) ||
        (name.length === 1 &&
          opensGivenNameAlone(tokens, name[0] as number) &&
          hasArticle(tokens[words[k + 1] ?? -1]?.norm ?? ''))) &&
        isBrokenPlural(tokens[words[k + name.length] ?? -1]?.norm ?? '')) ||
      (name.length > 2 &&
        PATRONYM_SET.has((tokens[name.at(-2) as number] as Token).norm) &&
        (headsOwnPhrase(tokens, words[k + name.length] ?? -1) ||
          (k + name.length < words.length &&
            opensObjectAfterChain(tokens, words[k + name.length] as number)))) ||
      // فلان بن فلان الغامدي قائدي المركبات: a nisba family name after a patronymic chain ends the
      // name; a plain word after it, no joiner, opens the verb's object (بن سالم الحكم: الحكم is no nisba).
      (name.length > 3 &&
        PATRONYM_SET.has((tokens[name.at(-3) as number] as Token).norm) &&
        isNisba((tokens[name.at(-1) as number] as Token).norm) &&
        isPlainWordAfterName(tokens[words[k + name.length] ?? -1])) ||
      // …and so does a third plain word in construct or a present verb after a plain pair (جون ماكين
      // سياسة الإدارة, علي حسين يقف أمام), cut off by trimName.
      (k + name.length < words.length && endsPlainPair(tokens, name, words[k + name.length] as number)) ||
      (name.length > 0 && isTitleAsPredicate(tokens[words[k + name.length] as number]?.norm ?? '')) ||
      (name.length >= 2 && isConjunct(tokens[words[k + name.length] ?? -1]?.norm ?? '')) ||
      (name.length >= 2 && endsWholeName(tokens, words[k + name.length] ?? -1, name[0] as number)) ||
      // …and so does a word with tanween after it (الأمير فلان صباحاً, the adverb; مقالاً, the object).
      (name.length > 0 && hasTanween(tokens[words[k + name.length] ?? -1], text)) ||
      // الحاج إبراهيم القادم من …: an adjective of its bearer ends the name.
      (name.length > 0 && describesBearer(tokens, words[k + name.length] ?? -1)) ||
      (name.length >= 2 &&
        k + name.length < words.length &&
        isTitleHead((tokens[words[k + name.length] as number] as Token).norm)) ||
      (closed && (k + name.length === words.length || afterNameIsAddressee(tokens, words, k + name.length))),
  };
}

/** How many words back from where a title stopped its body's head may stand (شركة الأهلي كابيتال). */
const MAX_COMPANY_NAME_WORDS = 3;
/** How many plain words of a company's name may follow where the title stopped (جنرال موتورز). */
const MAX_COMPANY_TAIL = 2;

/**
 * Where the officer's name starts when a title's walk stopped inside a company's name (الرئيسة
 * التنفيذية لشركة جنرال موتورز ماري بارا): a body's head, bare or behind ل, ب or في, at most three
 * words before `k`; then at most two plain words (no article, no given name, no joiner, no title),
 * written on; then a given name (opensGivenName) with a word of the name after it. The plain
 * words are the company's, the given name opens the person's; `k` unchanged otherwise.
 */
function companyNameEnd(tokens: readonly Token[], words: readonly number[], k: number): number {
  if (k < 2 || k >= words.length) return k;
  let head = -1;
  for (let j = k - 1; j >= 1 && k - j <= MAX_COMPANY_NAME_WORDS; j--) {
    const norm = (tokens[words[j] as number] as Token).norm;
    if (isBodyHeadWord(norm)) {
      head = j;
      break;
    }
  }
  if (head < 0) return k;
  // …a foreign firm's name the lexicon holds, or plain words up to a given name, right after the head
  // (لمنظمة هيومن رايتس ووتش فلان): the name starts after it.
  const firm = plainFirmEnd(tokens, (words[head] as number) + 1, words[k - 1] as number);
  const after = words.indexOf(firm) + 1;
  if (firm >= 0 && after > k && after < words.length && words[after] === firm + 1) return after;
  for (let j = k; j < words.length && j - k <= MAX_COMPANY_TAIL; j++) {
    if ((words[j] as number) !== (words[j - 1] as number) + 1) return k;
    const norm = (tokens[words[j] as number] as Token).norm;
    if (opensGivenName(tokens, words[j] as number))
      return j > k && words[j + 1] === (words[j] as number) + 1 ? j : k;
    if (
      hasArticle(norm) ||
      isStopWord(norm) ||
      isTitleHead(norm) ||
      SON_OF.has(norm) ||
      NAME_JOINER_SET.has(norm) ||
      GIVEN_NAME_WORD_SET.has(norm) ||
      ORGANISATION_SET.has(norm)
    )
      return k;
  }
  return k;
}

/** The word at `at` is in the lexicon of given names, plain or also a common word (أمل, نور). */
function opensGivenNameAlone(tokens: readonly Token[], at: number): boolean {
  const norm = tokens[at]?.norm ?? '';
  return isGivenName(norm);
}

/**
 * A name of four words read as a whole chain by the lexicon's given names: a given name, بن or بنت,
 * the father's given name and a family name shaped as a nisba, no nationality (عبدالله بن موسى النعمي;
 * not منير بن سالم الحكم, where الحكم is the object).
 */
function isWholeChain(tokens: readonly Token[], name: readonly number[]): boolean {
  if (name.length !== 4) return false;
  const [given, son, father, family] = name.map((k) => (tokens[k] as Token).norm) as [
    string,
    string,
    string,
    string,
  ];
  return (
    GIVEN_NAME_SET.has(given) &&
    PATRONYM_SET.has(son) &&
    isGivenName(father) &&
    isNisba(family) &&
    !FOREIGN_NISBA_SET.has(family) &&
    stripToSet(family, TITLE_SET) === undefined
  );
}

/** An adjective of age by decade, folded, without the article: ستيني, اربعينيه. */
export const DECADE_ADJECTIVE = /^(?:عشرين|ثلاثين|اربعين|خمسين|ستين|سبعين|ثمانين|تسعين)(?:ي|يه)$/u;

/**
 * A word of a person's age or of a count, never of a name (مرشد الرحلات، 45 عاما،, ، ثلاثون عاما،,
 * مرافق المريض، أربعيني،): a numeral in digits, a noun of years, or an adjective of one's decade.
 */
function isAgeWord(norm: string): boolean {
  return /[0-9\u0660-\u0669]/u.test(norm) || AGE_NOUN_SET.has(norm) || DECADE_ADJECTIVE.test(norm);
}

/**
 * The index right after a person's age given as an aside at `at`, in brackets or between commas (فلان
 * (52 عاما) أن, فلانة، 35 عاما، إن, فلان (أربعيني):), or -1: two to four words of age (isAgeWord) in
 * brackets, or between commas, no other word. A count of years says who someone is, never what.
 */
export function ageAsideEnd(tokens: readonly Token[], at: number): number {
  const open = tokens[at];
  const brackets = open?.norm === '(';
  if (!brackets && !isComma(open)) return -1;
  for (let i = at + 1; i < tokens.length && i <= at + 4; i++) {
    const token = tokens[i] as Token;
    if ((brackets ? token.norm === ')' : isComma(token)) && i > at + 1) return i + 1;
    if (token.type !== 'word' || !isAgeWord(token.norm)) return -1;
  }
  return -1;
}

/** Definite ordinals, adjectives of an event (الملتقى الأول, الدورة الثالثة). */
const ORDINALS = /^ال(?:اول|اولى|اولي|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع|عاشر)[هة]?$/u;

/**
 * A definite word that is no family name, since a definite adjective or a genitive with لل follows it
 * (افتتح الأمير فلان بن فلان المعرض الدولي للتمور, دشن … المشروع الوطني): the verb's object after a
 * name. Saudi family names are nisbas (الغامدي, السديري), come after آل, or stand alone (المنيف).
 */
function headsOwnPhrase(tokens: readonly Token[], index: number): boolean {
  const norm = tokens[index]?.norm ?? '';
  const next = tokens[index + 1];
  if (!hasArticle(norm) || isNisba(norm) || next?.type !== 'word') return false;
  if (isNisba(next.norm) || ORDINALS.test(next.norm)) return stripToSet(next.norm, TITLE_SET) === undefined;
  // A broken plural of people (فعلاء) before a plural participle with the article, which agrees
  // with it: the object (استقبل الأمير فلان بن فلان بن فلان السفراء المعتمدين). A family name
  // (المنيف) before such a participle stays the name's.
  if (/^ال[^ا]{3}اء$/u.test(norm) && hasArticle(next.norm) && isGroupPlural(next.norm)) return true;
  return next.norm.startsWith('لل') && stripToSet(next.norm, ADDRESSEE_SET) === undefined;
}

/**
 * The Hadrami family name's shape (باعشن, باوزير, باحارث: أبو shortened to با, then three letters or
 * more): after a father's name, the family name, never a noun in construct (a nisba's shape may be one:
 * بن خالد مساعي المملكة).
 */
export const HADRAMI_FAMILY = /^با[^ا].{2,}$/u;

/**
 * After a patronymic chain, a plain word in construct with a definite word (inConstructAfterChain) that
 * opens the verb's object (وروى فلان بن فلان تفاصيل الحادثة); not a Hadrami family name, the chain's
 * last word before the verb's definite object (وأعلن فلان بن فلان باعشن النتائج).
 */
function opensObjectAfterChain(tokens: readonly Token[], index: number): boolean {
  return inConstructAfterChain(tokens, index) && !HADRAMI_FAMILY.test(tokens[index]?.norm ?? '');
}

/** A plain word at `index`, no joiner nor given name, before a definite word (تفاصيل الحادثة, قصة الرحلة). */
function inConstructAfterChain(tokens: readonly Token[], index: number): boolean {
  const norm = tokens[index]?.norm ?? '';
  const next = tokens[index + 1];
  return (
    !hasArticle(norm) &&
    !NAME_JOINER_SET.has(norm) &&
    !isGivenName(norm) &&
    next?.type === 'word' &&
    hasArticle(next.norm)
  );
}

/**
 * The word at `index`, after a given name and a plain family name (`name`), is no third word of the
 * name: a present verb with its place (علي حسين يقف أمام), or, after a foreign given name, whose names
 * news writes in two words (جون ماكين, جوزيه غوميز), a plain word in construct with a definite noun,
 * the verb's object (سياسة الإدارة, جدول المباريات). An Arabic name of three plain words goes on (كمال
 * آدم كوكو الحكومة: the object is the definite word after it).
 */
function endsPlainPair(tokens: readonly Token[], name: readonly number[], index: number): boolean {
  if (!isPlainPair(tokens, name)) return false;
  if (isPresentVerbAfterName(tokens, index)) return true;
  const given = (tokens[name[0] as number] as Token).norm;
  return (
    !ARABIC_GIVEN_NAME_SET.has(given) &&
    inConstructAfterChain(tokens, index) &&
    /^ال/u.test(tokens[index + 1]?.norm ?? '')
  );
}

/**
 * A plain word at `index` shaped as a present verb (يقف, تمر, يجلس) that no given name spells, then a
 * preposition, a word with ب or ل glued to it, or an adverb of place (أمام, خلف, قرب): a verb after the
 * name, the clause going on, never a third word of the name.
 */
function isPresentVerbAfterName(tokens: readonly Token[], index: number): boolean {
  const norm = tokens[index]?.norm ?? '';
  const next = tokens[index + 1];
  if (!/^[يت].{2,4}$/u.test(norm) || isGivenName(norm) || next?.type !== 'word') return false;
  return CLAUSE_PREPOSITIONS.has(next.norm) || PLACE_ADVERB_SET.has(next.norm) || /^[بل]ال/u.test(next.norm);
}

/**
 * A definite word that goes on a title (السابق, الأسبق, العام, الأعلى, الأول): never a first name,
 * even before بن (الرئيس السابق بن علي, المدير العام بن سالم).
 */
function isTitleAdjective(norm: string): boolean {
  return TITLE_CONTINUATIONS.has(norm) || TITLE_CONTINUATIONS.has(norm.slice(2)) || ORDINALS.test(norm);
}

/**
 * A title alone after a verb that takes an object, its last words a definite noun after a definite word
 * (ووصف الأمين العام الوضع في غزة بأنه …, وأهدى المدرب الفوز): the noun is the object, no adjective of the
 * title; an adjective is a nisba, a participle or an elative, or one of the title's own (السابق, الجديد).
 */
function objectAfterTitle(tokens: readonly Token[], from: number, subject: Subject): Subject {
  if (subject.title.length < 2 || subject.name.length > 0 || subject.organisation || from !== subject.first)
    return subject;
  // (after a cue that takes an object only: not after a source's word, بحسب, على لسان, عن)
  const verb = tokens[from - 1];
  const cue = verb?.type === 'word' ? lookupCue(verb.norm) : undefined;
  if (cue?.cls === 'say' || cue?.takesObject !== true) return subject;
  // (within the title's own words, before a body's name or باسم opens its complement: المتحدثة باسم
  // الهيئة العامة, ممثل هيئة التحقيق والادعاء العام)
  let object = -1;
  for (let n = 1; n < subject.title.length; n++) {
    const norm = (tokens[subject.title[n] as number] as Token).norm;
    const before = (tokens[subject.title[n - 1] as number] as Token).norm;
    if (norm === 'باسم' || stripToSet(before, ORGANISATION_SET) !== undefined || !before.startsWith('ال'))
      break;
    if (isPlainDefiniteNoun(norm)) {
      object = n;
      break;
    }
  }
  // (a title of two words at least before it: after one, the word may be a family name, الرئيس البشير)
  if (object < 2) return subject;
  const title = subject.title.slice(0, object);
  return { ...subject, title, last: title.at(-1) as number, closed: true };
}

/**
 * A definite noun that no title takes as its adjective, folded: not a nisba (الرسمي), a participle or a
 * مفعل noun (المساعد, المكلف), an elative (الأول, الأعلى), a title's own continuation (السابق, العام), a
 * title, a body's head or a place; three letters or more after the article (الوضع, القرار, الخطوة).
 */
function isPlainDefiniteNoun(norm: string): boolean {
  if (!norm.startsWith('ال') || norm.length < 5) return false;
  const bare = norm.slice(2);
  // (the feminine of a title's adjective too: العامة, السابقة)
  if (bare.endsWith('ه') && isTitleAdjective(norm.slice(0, -1))) return false;
  // (nor an adjective of a person's or an office's shape, فعيل or فاعل, and their feminine: الجديد,
  // الكبير, الرفيع, الراحل, البارز, الفائز, القديرة; nor the few of other shapes: الخاص, الشاب, الضيف)
  const stem = bare.endsWith('ه') ? bare.slice(0, -1) : bare;
  if (/^[^ا]{2}ي[^ا]$/u.test(stem) || /^[^ا]ا[^ا]{2}$/u.test(stem) || PERSON_ADJECTIVES.has(stem))
    return false;
  return (
    !isNisba(norm) &&
    !bare.startsWith('م') &&
    !bare.startsWith('ا') &&
    !isTitleAdjective(norm) &&
    !isTitleHead(norm) &&
    stripToSet(norm, ORGANISATION_SET) === undefined &&
    !PLACE_SET.has(norm) &&
    !PLACE_SET.has(bare) &&
    !/(?:يه|ات|ون|ين)$/u.test(bare)
  );
}

/** Adjectives of persons and offices of no فعيل or فاعل shape, without the article, folded. */
const PERSON_ADJECTIVES = new Set(['خاص', 'شاب', 'ضيف', 'ثكلي', 'ثكلى', 'عام', 'حر']);

/** A plain word (no article, no joiner, no preposition) that no name goes on into after its family name. */
function isPlainWordAfterName(token: Token | undefined): boolean {
  return (
    token?.type === 'word' &&
    !hasArticle(token.norm) &&
    !NAME_JOINER_SET.has(token.norm) &&
    !COMPOUND_END_SET.has(token.norm) &&
    !isStopWord(token.norm)
  );
}

/** Adjectives of rank in ة that follow a body's noun in its own name (الجمعية العامة, الهيئة العليا), folded. */
const OWN_BODY_ADJECTIVES = new Set(['العامه', 'العليا']);

/** A definite nisba or participle, an adjective: الجمهوري, الوطنية, المعارض, المستقلة. */
function isDefiniteAdjective(norm: string): boolean {
  return (
    isNisba(norm) ||
    // …but not a royal or honorific title in a name (مطار الملكة علياء, مستشفى الملك فيصل)
    (/^الم.{3,}$/u.test(norm) && !HONORIFIC_SET.has(norm) && norm !== 'الملكه')
  );
}

/**
 * A definite noun that cannot describe the definite word before it: a body (الحكومة), a dual (الطرفين)
 * or a group of people (المتظاهرين). Two definite nouns make one phrase only when the second is an
 * adjective (الرئيس الروسي, الأمين العام); these start the verb's object (حث الأمين العام الطرفين,
 * ودعا الرئيس الحكومة إلى …). A plural before it may take a plural adjective (المسؤولون الأمنيون).
 */
function isObjectAfterDefinite(prev: string, norm: string): boolean {
  // …not a title whose own letters open with و and ال (والي, والد, والدة): it governs its genitive
  // (والي المدينة فلان, والد الطفل), it is no definite word.
  if (!hasArticle(prev) || (!prev.startsWith('ال') && TITLE_SET.has(prev))) return false;
  // A noun news gives as the object (رفضت نقابة المعلمين القرار), whatever the word before it.
  if (OBJECT_NOUN_SET.has(norm)) return true;
  // A broken plural of people after a definite title (نصح الطبيب المرضى, حث المدير الطلاب): those
  // addressed, never an adjective of one person. Not after a plural (المسؤولون الأهالي is no phrase).
  if (PEOPLE_PLURALS.has(norm)) return !/(?:ون|ين|ان)$/u.test(prev) && !isGroupPlural(prev);
  // A plural adjective of origin after a group's head agrees with it: الخبراء الاقتصاديون.
  if (ORGANISATION_SET.has(prev) && /(?:يون|يين)$/u.test(norm)) return false;
  return !/(?:ون|ين|ان)$/u.test(prev) && !isGroupPlural(prev) && isObjectNounPhrase(norm);
}

/**
 * A definite plural participle or nisba (المحررين, الفلسطينيين, المجاهدين) after the broken plural of the
 * people a body is named for (رابطة الأسرى المحررين, نقابة الأطباء المصريين): it agrees with them, so the
 * body's name goes on; read only inside a body's name, where those people are its genitive.
 */
function agreesWithMembers(prev: string, norm: string): boolean {
  return (
    prev.startsWith('ال') &&
    BODY_MEMBER_PLURAL_SET.has(prev.slice(2)) &&
    norm.startsWith('ال') &&
    /(?:ين|ون)$/u.test(norm) &&
    isGroupPlural(norm)
  );
}

/**
 * A body's noun that is also a participle in ة (المنظمة) after a definite feminine noun (اللجنة, العليا)
 * agrees with it as its adjective: اللجنة المنظمة, اللجنة العليا المنظمة; not when a definite adjective in
 * ة of its own follows, a body's name (ودعت الحكومة المنظمة الدولية, وطالبت الحكومة المؤسسة العامة
 * للتأمينات), nor when the phrase ends on the preposition a verb's object takes (وشكرت الوزارة المنظمة
 * على جهودها, وحذرت الوزارة المنظمة من): the body is then the object, unless the verb before it is a
 * cue that takes none (وشددت اللجنة المنظمة على, وقالت اللجنة المنظمة من جهتها).
 */
function isParticipleOfBody(
  prev: string,
  norm: string,
  following: string | undefined,
  after: Token | undefined,
  verb: Token | undefined,
): boolean {
  return (
    BODY_PARTICIPLE_SET.has(norm) &&
    hasArticle(prev) &&
    (prev.endsWith('ه') || OWN_BODY_ADJECTIVES.has(prev)) &&
    !(following?.startsWith('ال') && following.endsWith('ه')) &&
    !(
      following === undefined &&
      after?.type === 'word' &&
      OBJECT_COMPLEMENT_PATTERN.test(after.norm) &&
      !(verb?.type === 'word' && lookupCue(verb.norm)?.takesObject === false)
    )
  );
}

/** The prepositions, folded, that a verb's object takes after it: على, إلى, من, بـ and ب with the article. */
const OBJECT_COMPLEMENT_PATTERN = /^(?:على|الى|الي|من|ب|بال.+)$/u;

/** Definite broken plurals of people that news addresses (advice, warnings, calls), folded. */
const PEOPLE_PLURALS = new Set([
  'المرضى',
  'الحجاج',
  'الطلاب',
  'الزوار',
  'السكان',
  'الاهالي',
  'الناس',
  'السياح',
  'العمال',
  'الاطفال',
  'النساء',
  'الشباب',
  'الاباء',
]);

/**
 * A second definite title and its adjective of origin right after a definite word (واستقبل الوزير
 * السفير البريطاني): another person, the verb's object (the host, then his guest). Not an honorific
 * (الوزير الدكتور فلان), nor a title before a name (وزير الخارجية السفير فلان).
 */
function isSecondPerson(tokens: readonly Token[], at: number): boolean {
  const [prev, title, adjective] = [tokens[at - 1], tokens[at], tokens[at + 1]];
  return (
    prev?.type === 'word' &&
    title?.type === 'word' &&
    adjective?.type === 'word' &&
    hasArticle(prev.norm) &&
    hasArticle(title.norm) &&
    !HONORIFIC_SET.has(title.norm) &&
    TITLE_SET.has(title.norm) &&
    // …not a participle agreeing with the definite noun before it (الفريق العامل المعني)
    !PARTICIPLE_TITLE_SET.has(title.norm) &&
    isNisba(adjective.norm)
  );
}

/** A definite body, dual or group of people (الحكومة, الطرفين, المتظاهرين): never a title's adjective or a name's word. */
function isObjectNounPhrase(norm: string): boolean {
  if (!norm.startsWith('ال') || stripToSet(norm, TITLE_SET) !== undefined) return false;
  // …or a noun news gives as the object (رفع الأمير فلان بن فلان الشكر): no surname either.
  return ORGANISATION_SET.has(norm) || DUAL_SET.has(norm) || isGroupPlural(norm) || OBJECT_NOUN_SET.has(norm);
}

/** The words from `at` on are one or two words of a prepositional phrase (للصحفيين, لوكالة الأنباء). */
function afterNameIsAddressee(tokens: readonly Token[], words: readonly number[], at: number): boolean {
  const rest = words.length - at;
  const first = words[at];
  return rest >= 1 && rest <= 2 && first !== undefined && isPrepositional((tokens[first] as Token).norm);
}

/**
 * A foreign family name spelt with بال at its start (بالاسيوس, بالمر) at `at`, right after a
 * lone plain word, the given name: the name's last word, not ب and the article, when what the subject says follows it
 * at once (إن, أن) or the holder's post in apposition with no comma (وقالت كارمن بالاسيوس
 * مديرة مكتب الطوارئ إن). A complement with ب goes on otherwise (وأشاد محمد بالقرار، وقال).
 */
function isFamilyNameWithBal(tokens: readonly Token[], at: number, words: readonly number[]): boolean {
  const norm = (tokens[at] as Token).norm;
  const [given] = words;
  if (!norm.startsWith('بال') || norm.length < 5 || words.length !== 1 || given === undefined) return false;
  // …not a time (بالأمس) nor a word of the lists behind ب
  if (TIME_SET.has(norm) || isStopWord(norm)) return false;
  // …a plain word, a foreign given name the lexicon may not hold (لورينا): no Arabic given name (وقال محمد
  // بالأمس إن), title, body or article before it
  const first = (tokens[given] as Token).norm;
  if (
    ARABIC_GIVEN_NAME_SET.has(first) ||
    hasArticle(first) ||
    isTitleHead(first) ||
    ORGANISATION_SET.has(first) ||
    isStopWord(first)
  )
    return false;
  const next = tokens[at + 1];
  if (next === undefined) return false;
  if (COMPLEMENTISER_SET.has(next.norm)) return true;
  return next.type === 'word' && !hasArticle(next.norm) && isTitleHead(next.norm);
}

/** Words read on each side of a foreign name's short word for the run it stands in. */
const MAX_SYLLABLE_RUN = 3;

/**
 * A plain short word (six letters at most, no article) that no Arabic name or function word spells, nor
 * an adverb in the accusative with its alif (يوما, لاحقا, ضاحكا: وقال المدير لي يوما:).
 */
function isShortForeignWord(token: Token | undefined): boolean {
  if (token?.type !== 'word') return false;
  const norm = token.norm;
  return (
    norm.length <= 6 &&
    !(norm.length >= 4 && norm.endsWith('ا')) &&
    !hasArticle(norm) &&
    !ARABIC_GIVEN_NAME_SET.has(norm) &&
    !GIVEN_NAME_WORD_SET.has(norm) &&
    stripToSet(norm, TITLE_SET) === undefined &&
    (FOREIGN_SYLLABLE_SET.has(norm) || !isStopWord(norm))
  );
}

/** The most tokens of an aside after a name (، وهي مديرة في الشركة،). */
const MAX_ASIDE = 10;

/**
 * A comma at `at`, an aside (a title with the article or a clause with وهو/وهي) closed by a comma of its
 * own, then ل and whom the words were told (لمراسل, لوكالة, للصحفيين, لـ«…»): a hearer after the
 * subject and its aside.
 */
function toldAfterAside(tokens: readonly Token[], at: number): boolean {
  const open = tokens[at + 1];
  if (!isComma(tokens[at]) || open?.type !== 'word') return false;
  if (!CIRCUMSTANTIAL_PRONOUNS.has(open.norm) && !(hasArticle(open.norm) && isTitleHead(open.norm)))
    return false;
  let comma = at + 2;
  while (comma < at + MAX_ASIDE && tokens[comma]?.type === 'word') comma++;
  const told = tokens[comma + 1];
  if (!isComma(tokens[comma]) || told?.type !== 'word') return false;
  const norm = told.norm;
  return (
    norm === 'ل' ||
    MEETING_REPORTER_SET.has(norm.slice(1)) ||
    NEWS_HEADS.has(norm.slice(1)) ||
    norm === 'لوكاله' ||
    outletAfterLam(tokens, comma + 1) > 0 ||
    isHearerAfterLam(tokens, comma + 1, [])
  );
}

/** A short given name with no article (جان, بيير, لي's neighbours in a foreign name's run). */
function isShortGivenName(token: Token | undefined): boolean {
  return (
    token?.type === 'word' &&
    token.norm.length <= 6 &&
    (GIVEN_NAME_SET.has(token.norm) || GIVEN_NAME_WORD_SET.has(token.norm))
  );
}

/**
 * Where a subject certainly ends: a time word, إن / أن, a colon, or a prepositional phrase of up to
 * three words (في الرياض, لـ«الرياض», للصحفيين) right before إن / أن or a colon; a comma or a full stop
 * only after a quote's cue («…»، قال المتحدث هونغ لي.): before the quote, a clause after بأن written
 * without its hamza runs to one (وصرح المتحدث بان ثلاثة أشخاص أصيبوا، مضيفا:).
 */
function endsSubjectAt(tokens: readonly Token[], at: number, afterQuote: boolean): boolean {
  const token = tokens[at];
  if (token === undefined) return true;
  if (token.type !== 'word')
    return token.norm === ':' || (afterQuote && (token.norm === '.' || isComma(token)));
  if (TIME_SET.has(token.norm) || COMPLEMENTISER_SET.has(token.norm)) return true;
  if (!isPrepositional(token.norm) && !COMPLEMENT_PREPOSITIONS.has(token.norm)) return false;
  for (let j = at + 1; j <= at + 4 && j < tokens.length; j++) {
    const norm = (tokens[j] as Token).norm;
    if (norm === ':' || COMPLEMENTISER_SET.has(norm)) return true;
    if (norm === '.' || isComma(tokens[j])) return false;
  }
  return false;
}

/** Foreign names' syllables that spell a particle opening a clause (بأن, لأن without the hamza, لو, كون), folded. */
const CLAUSE_SYLLABLES = new Set(['بان', 'لان', 'لو', 'كون']);

/**
 * Where a run of short foreign words ends as a name does (isForeignNameSyllable): a mark, a stop word
 * (في, على, إلى, إن), a preposition glued to its noun (لـ, للصحفيين, لوكالة) or a verb with ف (فقالت).
 */
function endsForeignRun(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  // (a mark of punctuation, not a quote's: وأكد فلان «…» has the quote for its object)
  if (token?.type !== 'word') return token === undefined || token.type !== 'mark';
  const norm = token.norm;
  return (
    isStopWord(norm) ||
    isPrepositional(norm) ||
    RELAYED_SAYING.has(norm) ||
    (norm.startsWith('ف') && lookupCue(norm.slice(1)) !== undefined)
  );
}

/**
 * A foreign name's short word that also spells a function word (بان, لي, هي) right after a title that
 * ends on a definite word is the name's when it stands in a run of two to four short plain words (بان كي
 * مون, هونغ لي, بارك غن هي, لي كه تشيانغ) that runs to where a subject certainly ends (endsSubjectAt): a
 * clause after بأن goes on to its predicate and the quote, and a pronoun or preposition after a title
 * (وقال الوزير لي) stands alone.
 */
function isForeignNameSyllable(
  tokens: readonly Token[],
  at: number,
  wordsBefore: number,
  from: number,
  /** The run follows a title's complement read whole (titleComplement), whatever its last word is. */
  complemented = false,
): boolean {
  if (!FOREIGN_SYLLABLE_SET.has(tokens[at]?.norm ?? '')) return false;
  let first = at;
  // (…back to a town of the gazetteer, which ends the title before the name: غرفة تجارة جدة وانغ لي)
  while (
    first > at - MAX_SYLLABLE_RUN &&
    isShortForeignWord(tokens[first - 1]) &&
    !PLACE_SET.has(tokens[first - 1]?.norm ?? '')
  )
    first--;
  // (after a complement read whole, the run opens no earlier than the name: بتونس is the complement's)
  if (complemented) first = Math.max(first, at - wordsBefore + 1);
  let last = at;
  // (…a short given name inside the run goes on it when a short foreign word follows: لي مي لينغ)
  while (
    last < at + MAX_SYLLABLE_RUN &&
    (isShortForeignWord(tokens[last + 1]) ||
      (isShortGivenName(tokens[last + 1]) &&
        !isStopWord(tokens[last + 1]?.norm ?? '') &&
        isShortForeignWord(tokens[last + 2])))
  )
    last++;
  // …with the name's given names before the run when a plain word follows the syllable too (جان بيير لو
  // مارشان: Le, a French particle); a given name and لي alone stay "to me" (وقال الطبيب أحمد لي إن).
  // (…and so before a person's age right after the syllable: وانغ مي لي (21 عاما).)
  const agedAfter = ageAsideEnd(tokens, last + 1) >= 0;
  while (
    (last > at || agedAfter) &&
    first > at - MAX_SYLLABLE_RUN - 1 &&
    (isShortGivenName(tokens[first - 1]) || (agedAfter && isShortForeignWord(tokens[first - 1])))
  )
    first--;
  // …or a run that opens the subject right after its cue and is spelt as a transliteration (وقال وانغ لي،
  // وهو …, وقال لي كه تشيانغ إن): a pronoun after the cue takes no such word (وقال لي صديق إن).
  // (a town of the gazetteer is as definite as a word with the article: … غرفة تجارة جدة وانغ لي; so is
  // the namesake's name in a place's: … في مستشفى الملك فهد تشانغ هوي لان)
  const before = tokens[first - 1]?.norm ?? '';
  const afterTitle =
    first > at - wordsBefore &&
    (complemented || hasArticle(before) || PLACE_SET.has(before) || isNamesakeTitle(tokens, first - 2));
  // …or spelt otherwise when an aside after its comma (، وهي مديرة في الشركة،, ، المتحدثة باسم …،) is
  // followed by whom the words were told (لمراسل شينخوا, لوكالة, للصحفيين): لي is then no hearer.
  const afterCue =
    first === from &&
    (range(first, last).some((k) => isTransliterated(tokens[k] as Token)) ||
      toldAfterAside(tokens, last + 1));
  // …or the name's own title in apposition after it, with a comma or none (لي كه تشيانغ رئيس مجلس الدولة,
  // جوليان لي، المحلل في …).
  const apposed = isComma(tokens[last + 1]) ? last + 2 : last + 1;
  const title = tokens[apposed];
  // …or, after its cue or a title, a person's age as an aside right after the run (وقالت جانغ لي (45 عاما),
  // المهندس ليو لي، 52 عاما،): a count of years tells of a person, so the run before it is his name.
  // (right after the cue only when the run opens before the syllable, is spelt as a transliteration or
  // the words came first: وقالت لي امرأة (40 عاما): is "to me"; وقال لي هونغ (57 عاما), «…»، يقول لي هاو
  // (40 عاما) name him)
  const aged =
    (afterTitle ||
      (first === from &&
        (first < at ||
          isCueAfterQuote(tokens, from) ||
          range(first, last).some((k) => isTransliterated(tokens[k] as Token))))) &&
    agedAfter;
  // …or a run of three words or more after a title's definite word, which "to me" and what follows it never
  // make, before any word that opens no name's part (a preposition, a particle, a verb with ف, a mark):
  // الباحثة في الأكاديمية … لي شياو يان لـ«…»:, الوزيرة المكلفة بالشؤون … لي مي لينغ في تصريح.
  // Not a run that a particle opening a clause heads (وأكد المسؤول بان كل شيء «…»: بأن and its clause), nor
  // one with a quantifier (كل, بعض), which no transliterated name spells.
  const long =
    afterTitle &&
    last - first >= 2 &&
    !CLAUSE_SYLLABLES.has(tokens[first]?.norm ?? '') &&
    !range(first, last).some((k) => QUANTITY_SET.has((tokens[k] as Token).norm)) &&
    endsForeignRun(tokens, last + 1);
  return (
    last > first &&
    (afterTitle || afterCue || aged) &&
    (aged ||
      long ||
      endsSubjectAt(tokens, last + 1, isCueAfterQuote(tokens, from)) ||
      opensCircumstantial(tokens, last + 1) ||
      // …or a relative clause after its comma (قائد السفينة لي شياو قانغ، الذي …): it tells of the name's holder
      (isComma(tokens[last + 1]) && RELATIVE_PRONOUNS.has(tokens[last + 2]?.norm ?? '')) ||
      // …or a comma right after a run spelt as a transliteration (وقالت وانغ لي هوا، إحدى السكان،, الباحث
      // سون لي مينغ، من جامعة …،): the comma closes a name, "to me" would run on to whoever spoke
      (isComma(tokens[last + 1]) && range(first, last).some((k) => isTransliterated(tokens[k] as Token))) ||
      // …or the relayed words' noun, with a comma or none (عن بطلة التزلج لي شياو يان، قولها:)
      RELAYED_SAYING.has(tokens[apposed]?.norm ?? '') ||
      (title?.type === 'word' && isTitleHead(title.norm)))
  );
}

/**
 * A foreign name's short word that also spells a function word (لي, هي, بان) at `at`, inside a name in
 * apposition that opens at `open` after a comma: the name is two to four short plain words closed by a
 * comma of its own (المتحدث باسم الخارجية الصينية، وانغ لي، إن; …في الشرق الأوسط، جون لي، للعربية.نت):
 * the title's holder, not "to me" after him.
 */
function isSyllableInApposition(tokens: readonly Token[], at: number, open: number): boolean {
  if (!FOREIGN_SYLLABLE_SET.has(tokens[at]?.norm ?? '')) return false;
  // Any short plain word, a given name too (جون لي, كيم لي): the commas say it is a name.
  const plain = (token: Token | undefined): boolean =>
    token?.type === 'word' &&
    token.norm.length <= 6 &&
    !(token.norm.length >= 4 && token.norm.endsWith('ا')) && // an adverb (وقد بدا لي متعبا)
    !hasArticle(token.norm) &&
    stripToSet(token.norm, TITLE_SET) === undefined &&
    (FOREIGN_SYLLABLE_SET.has(token.norm) || !isStopWord(token.norm));
  let end = open;
  let words = 0;
  // …a hyphen tight between two of them joins a syllable to the one before (، لو شو-مين،).
  while (words < MAX_SYLLABLE_RUN + 1 && plain(tokens[end])) {
    words++;
    end += isNameHyphen(tokens, end + 1) && plain(tokens[end + 2]) ? 3 : 1;
  }
  // (…or by the full stop that ends a sentence whose quote came first: «…»، قالت المسؤولة، فلانة لي.)
  return words >= 2 && at < end && (isComma(tokens[end]) || tokens[end]?.norm === '.');
}

/**
 * A run of short foreign words opens at `at`, right after a cue, with a syllable that also spells a
 * function word (وقال لي كه تشيانغ رئيس مجلس الدولة إن): a name, not the hearer "to me".
 */
export function opensForeignNameRun(tokens: readonly Token[], at: number): boolean {
  return isForeignNameSyllable(tokens, at, 0, at);
}

/**
 * A name's syllable that is also a particle governing أنّ (لو, كون) at `at`, right before أن written with
 * the hamza above: the particle opening a clause (وقال وانغ لو أن …: if), not the name's last word; before
 * إن (said that) it stays the name's (وقال وانغ لو إن …).
 */
function governsAnna(tokens: readonly Token[], at: number, text: string): boolean {
  const next = tokens[at + 1];
  return (
    ANNA_SYLLABLE_SET.has(tokens[at]?.norm ?? '') &&
    next?.norm === 'ان' &&
    text.charCodeAt(next.from) === 0x0623
  );
}

/** Letters Arabic words rarely hold and transliterated East Asian names often do: نغ at the end, تش at the start. */
function isTransliterated(token: Token): boolean {
  return token.norm.endsWith('نغ') || token.norm.startsWith('تش');
}

/** A comma and و with a pronoun (، وهو موظف …): a circumstantial clause after a whole subject. */
function opensCircumstantial(tokens: readonly Token[], at: number): boolean {
  return isComma(tokens[at]) && CIRCUMSTANTIAL_PRONOUNS.has(tokens[at + 1]?.norm ?? '');
}

/** The subject starting at `from` follows its cue right after a quote's closing mark and a comma: «…»، قال. */
function isCueAfterQuote(tokens: readonly Token[], from: number): boolean {
  const before = isComma(tokens[from - 2]) ? from - 3 : from - 2;
  return tokens[before]?.type === 'mark';
}

/** The word at `at` is a noun with a possessive pronoun: the object, after a whole name. */
function endsAtObject(tokens: readonly Token[], words: readonly number[], at: number, text: string): boolean {
  const index = words[at];
  return index !== undefined && at >= 2 && isObjectNoun(tokens[index] as Token, text);
}

/**
 * A rival with the pronoun ه (هزم فلان فلاني خصمه الإيراني): the verb's object, never a word of the
 * name before it; no foreign name ends so. (With ها, هم, هما or ته, isPossessed and the ته rule tell it.)
 */
function isRivalWithPronoun(norm: string): boolean {
  return norm.endsWith('ه') && RIVAL_SET.has(norm.slice(0, -1));
}

/**
 * A noun with a possessive pronoun (زميلها, موقفهم, استقالته): an object, in no name. The ه of
 * استقالته is read from the text, since folding writes ة as ه too (شحاتة is a name).
 */
function isObjectNoun(token: Token, text: string): boolean {
  const norm = token.norm;
  if (isPossessed(norm) || isRivalWithPronoun(norm)) return true;
  // …a derived verbal noun with a pronoun (تقديمه, إطلاقها, استقبالهم): what he did, never a name's word
  const pronoun = /(?:ها|هم|هما)$/u.exec(norm)?.[0] ?? (text[token.to - 1] === 'ه' ? 'ه' : '');
  if (pronoun && !hasArticle(norm) && DERIVED_VERBAL_NOUN.test(norm.slice(0, -pronoun.length))) return true;
  if (hasArticle(norm) || norm.length <= 4 || text[token.to - 1] !== 'ه') return false;
  // …a plural with his pronoun written ه (لياليه, ساعاته, أيامه): what he spends, never a name's word.
  const stem = norm.slice(0, -1);
  return norm.endsWith('ته') || stem.endsWith('ات') || isBrokenPlural(stem);
}

/**
 * A title in the accusative with its tanween alif (أميراً, وزيراً, سفيراً): what someone is appointed
 * or named as (بتعيين الأمير فلان أميراً لمنطقة الجوف), never a word of the name before it.
 */
function isTitleAsPredicate(norm: string): boolean {
  return norm.length > 3 && norm.endsWith('ا') && !hasArticle(norm) && TITLE_SET.has(norm.slice(0, -1));
}

/**
 * ب or ل before a noun with a possessive pronoun (بمهاجمه, بزيارته, لزملائهم, بفريقها), read from the
 * text. With ه alone only a participle in م or a noun in ته: foreign names end in ه too (جوزيف بيكيه).
 */
function isPrepositionalPossessed(token: Token, text: string): boolean {
  const norm = token.norm;
  const stem = norm.slice(1);
  if (!/^[بل]/u.test(norm) || hasArticle(stem) || norm.length < 5) return false;
  if (isPossessed(stem)) return true;
  return text[token.to - 1] === 'ه' && (stem.startsWith('م') || stem.endsWith('ته'));
}

/**
 * Nouns of possession (ذوي, ذات: "having") that qualify the definite noun before them, the genitive of
 * a body's head (جمعية الأشخاص ذوي الإعاقة, مركز الأطفال ذوي الاحتياجات الخاصة): a word of its name.
 */
const POSSESSOR_NOUNS = new Set(['ذوي', 'ذوو', 'ذو', 'ذات', 'ذوات']);

/**
 * The word `k` of the phrase is و and a plain noun after an indefinite genitive of a body's head, and a town
 * of the gazetteer follows it (غرفة تجارة وصناعة جدة): a second genitive of the body's name and its town,
 * no name opening with و.
 */
function isCoordinatedBeforeTown(tokens: readonly Token[], words: readonly number[], k: number): boolean {
  const at = words[k] as number;
  const norm = (tokens[at] as Token).norm;
  const prev = tokens[at - 1]?.norm ?? '';
  return (
    k >= 2 &&
    words[k - 1] === at - 1 &&
    words[k + 1] === at + 1 &&
    /^و[^ا]/u.test(norm) &&
    norm.length >= 4 &&
    !isGivenName(norm.slice(1)) &&
    !hasArticle(prev) &&
    !isGivenName(prev) &&
    PLACE_SET.has(tokens[at + 1]?.norm ?? '') &&
    words.slice(0, k - 1).some((w) => ORGANISATION_SET.has((tokens[w] as Token).norm))
  );
}

/**
 * The title's word at `k` is و and a plain noun that is no given name (وحماية, ورجاله), in construct with
 * the definite word right after it or before a field after لل: a second field or part of the body the
 * title names (المتحدث باسم الرئاسة العامة للأرصاد وحماية البيئة فلان), never the name, which opens
 * with no و. Only a word the title's walk reached: every word before it was read as the title's.
 */
function isCoordinatedField(tokens: readonly Token[], words: readonly number[], k: number): boolean {
  const at = words[k] as number;
  return k >= 2 && words[k + 1] === at + 1 && opensCoordinatedField(tokens, at);
}

/**
 * The word at `at` is و and a plain noun, no given name, in construct with a definite word that is no
 * family name's nisba (وحماية البيئة, وشؤون الوافدين), after the body's field behind ل within two words
 * (للأرصاد, لمكافحة الفساد); or before the field itself after لل (ورجاله للموهبة); or anywhere in a
 * long title that an honorific ends (beforeHonorific). A name after a body with no field (وزارة الصحة
 * وضاح الحمادي) is left a name.
 */
function opensCoordinatedField(
  tokens: readonly Token[],
  at: number,
  /** No field needed before it: the title runs on to an honorific and a name (titleRunEnd). */
  beforeHonorific = false,
): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token?.type !== 'word' || next?.type !== 'word') return false;
  const norm = token.norm;
  const field = (k: number) => /^ل.{3,}/u.test(tokens[k]?.norm ?? '');
  return (
    /^و[^ا]/u.test(norm) &&
    norm.length >= 4 &&
    !hasArticle(norm) &&
    !isGivenName(norm) &&
    !isGivenName(norm.slice(1)) &&
    hasArticle(next.norm) &&
    !isGivenName(next.norm) &&
    !isNisba(next.norm) &&
    (beforeHonorific || next.norm.startsWith('لل') || field(at - 1) || field(at - 2))
  );
}

/**
 * The word at `i` is ب and a definite noun with its adjective of origin (بالحرس الوطني, بالقوات
 * المسلحة) after a body's part named by an indefinite head and its definite genitive (إدارة الشؤون
 * الصحية), or by a definite head and its adjective (الشؤون الصحية بالحرس الوطني), or a town with the article
 * where the phrase ends (الغرفة التجارية الصناعية بالقصيم.): the body the part belongs to, or its town, a
 * word of its name. After a verb that governs ب (أشادت إدارة الجامعة بالجهود الوطنية) the attribution cuts
 * the ب word off as the verb's complement.
 */
function isParentBody(tokens: readonly Token[], words: readonly number[], i: number, text: string): boolean {
  const head = (tokens[words[0] ?? -1] as Token | undefined)?.norm ?? '';
  const last = (tokens[words.at(-1) ?? -1] as Token | undefined)?.norm ?? '';
  const token = tokens[i] as Token;
  const adjective = tokens[i + 1];
  // …or a definite head's own adjective of origin (الشؤون الصحية بالحرس الوطني, الغرفة التجارية
  // الصناعية بالقصيم), whose place or parent a definite noun after ب then names
  const headed = !hasArticle(head) || isNisba(last);
  if (
    words.length >= 2 &&
    words.at(-1) === i - 1 &&
    headed &&
    ORGANISATION_SET.has(head) &&
    hasArticle(last) &&
    /^بال/u.test(token.norm) &&
    PLACE_SET.has(token.norm.slice(1)) &&
    // …not after an adjective of origin, a country's body, whose town is where it is (السفارة الأمريكية
    // بالرياض, الحكومة المصرية بالقاهرة)
    !ORIGIN_NISBA_SET.has(last) &&
    // …a town with the article, where the phrase ends (الغرفة التجارية الصناعية بالقصيم.)
    (adjective?.type !== 'word' ||
      COMPLEMENTISER_SET.has(adjective.norm) ||
      isInDocument(tokens, i + 1) ||
      // …or ب cut off before the quote a verb of demanding takes (بالرياض بـ«…»)
      (adjective.norm === 'ب' && tokens[i + 2]?.type === 'mark'))
  )
    return true;
  return (
    words.length >= 2 &&
    words.at(-1) === i - 1 &&
    headed &&
    ORGANISATION_SET.has(head) &&
    hasArticle(last) &&
    token.norm.startsWith('بال') &&
    // …a noun, not a verbal noun in إ, ا or ت (بالإفراج الفوري, بالالتزام, بالتعاون): those are a demand
    !/^بال[إاآت]/u.test(text.slice(token.from, token.to)) &&
    // …and a body's or a place's head (بالحرس, بالقوات, بالمنطقة), not what a cue that governs ب says
    // (أفادت وزارة الصحة بالعدد الإجمالي, صرحت … بالأرقام الرسمية, أبلغت … بالقرار الأمريكي)
    (ORGANISATION_SET.has(token.norm.slice(1)) || PLACE_SUBJECT_SET.has(token.norm.slice(3))) &&
    adjective?.type === 'word' &&
    isDefiniteAdjective(adjective.norm) &&
    !GIVEN_NAME_SET.has(adjective.norm)
  );
}

/**
 * ل and bodies in the plural after the head of a body that gathers others (الاتحاد الدولي لجمعيات
 * الصليب الأحمر, الاتحاد العربي لغرف التجارة): the bodies it federates, a genitive of its name. After
 * any other head (الحكومة المصرية لجمعيات المستثمرين) they are whom it spoke to.
 */
function gathersBodies(head: string, norm: string): boolean {
  return (
    /^ل[^ل]/u.test(norm) &&
    BODY_PLURAL_SET.has(norm.slice(1)) &&
    PEOPLE_SERVING_SET.has(head.replace(/^و?ال/u, ''))
  );
}

/** A noun with a possessive pronoun suffix: زميلها, موقفهم, بلادهما. */
function isPossessed(norm: string): boolean {
  return !hasArticle(norm) && norm.length > 4 && /(?:ها|هم|هما|هن)$/u.test(norm);
}

/**
 * The title's word at `k` is ل and a plain feminine noun as written (لجدة, لغزة) followed by a feminine
 * adjective of origin (التاريخية) or a definite genitive with و (والمنطقة): a place or a body the title
 * is over, never a name, as a woman's family name takes no ـية and no name goes on with و.
 */
function isPlaceAfterLam(
  tokens: readonly Token[],
  words: readonly number[],
  k: number,
  text: string,
): boolean {
  const token = tokens[words[k] as number] as Token;
  const following = tokens[words[k + 1] ?? -1];
  if (!/^ل[^ل]/u.test(token.norm) || following?.type !== 'word' || words[k + 1] !== (words[k] as number) + 1)
    return false;
  if (following.norm.startsWith('وال')) return true;
  return (
    /ة[\u064B-\u0652]*$/u.test(text.slice(token.from, token.to)) &&
    isNisba(following.norm) &&
    following.norm.endsWith('يه')
  );
}

/**
 * ل on a word without the article, in construct with the definite word right after it, after a
 * definite word of a title (الأمين العام لحلف الناتو, الرئيس التنفيذي لشركة الاتصالات): the title's
 * genitive. Not a first name that opens with ل (الوزير لطفي الحسيني, المديرة لمياء العتيبي).
 */
function isLamConstruct(tokens: readonly Token[], words: readonly number[], k: number): boolean {
  if (k < 1) return false;
  const at = words[k] as number;
  const norm = (tokens[at] as Token).norm;
  if (!/^ل[\u0621-\u064A]/u.test(norm) || norm.startsWith('لل') || norm.length < 4 || isGivenName(norm))
    return false;
  if (!hasArticle((tokens[words[k - 1] as number] as Token).norm)) return false;
  // …through one indefinite word of the chain (لحلف شمال الأطلسي, لمجلس إدارة الشركة).
  const chained = tokens[at + 1]?.type === 'word' && !hasArticle(tokens[at + 1]?.norm ?? '') ? 1 : 0;
  const next = tokens[at + 1 + chained];
  return (
    words[k + 1 + chained] === at + 1 + chained &&
    next?.type === 'word' &&
    hasArticle(next.norm) &&
    !isGivenName(next.norm) &&
    !isGivenName(tokens[at + 1]?.norm ?? '')
  );
}

/** ل before a noun with the article or before a body (للمجلس, لحزب): a genitive, not a name (ليلى). */
function isGenitiveLam(norm: string): boolean {
  return (
    norm.startsWith('لل') ||
    (norm.startsWith('ل') &&
      (ORGANISATION_SET.has(norm.slice(1)) ||
        TITLE_SET.has(norm.slice(1)) ||
        GENITIVE_NOUN_SET.has(norm.slice(1))))
  );
}

/**
 * A word written with tanween (شهرياً, مقالاً, جديدٌ, بعضٍ): an indefinite noun, adjective or adverb, never
 * a word of a name, which is definite by itself. Folding drops the mark, so the written word is read.
 * `oblique`: fathatan or kasratan only (شهرياً, بعضٍ), an adverb, an object or a genitive, never the
 * subject, which an indefinite noun carries dammatan for (امرأةٌ, شابٌ, مسؤولٌ).
 */
export function hasTanween(token: Token | undefined, text: string, oblique = false): boolean {
  if (token?.type !== 'word' || text === '') return false;
  for (let k = token.from; k < token.to; k++) {
    const code = text.charCodeAt(k);
    if (oblique ? code === 0x064b || code === 0x064d : code >= 0x064b && code <= 0x064d) return true;
  }
  return false;
}

/** An imperfect that agrees with an indefinite head: in ت after a feminine one (امرأة تقف), in ي after another. */
function agreesAsImperfect(head: string, norm: string): boolean {
  return norm.length >= 3 && !hasArticle(norm) && norm.startsWith(head.endsWith('ه') ? 'ت' : 'ي');
}

/**
 * The word after a title is the title's verb, not the holder's name, when it agrees with the title as
 * a verb does and what follows is the verb's object, which no name is followed by: a perfect in ت or an
 * imperfect in ت after a feminine title (النائبة قدمت مرافعة فعلية), an imperfect in ي after another,
 * an imperfect dual in ان after any (النائبة تبدوان أختين). The object: an indefinite noun and its
 * adjective of the same ending (مرافعة فعلية), a dual or plural accusative after a dual verb (أختين), a
 * body, dual or group with the article (انتقدت الحكومة). Names so shaped (ميرفت التلاوي, يزيد بن فيصل,
 * تامر حسني) have a surname or a joiner there.
 */
function isVerbAfterTitle(tokens: readonly Token[], head: string, at: number, text: string): boolean {
  const word = tokens[at] as Token;
  const next = tokens[at + 1];
  if (hasArticle(word.norm) || next?.type !== 'word' || hasTanween(word, text)) return false;
  const norm = word.norm;
  const dual = norm.length >= 6 && /^[يت].{3,}ان$/u.test(norm);
  const feminine = head.endsWith('ه');
  const agrees = dual || (norm.length >= 4 && (feminine ? /^ت|ت$/u.test(norm) : norm.startsWith('ي')));
  if (!agrees) return false;
  if (isObjectNounPhrase(next.norm)) return true;
  if (hasArticle(next.norm)) return false;
  if (dual && /(?:ين|يين)$/u.test(next.norm)) return true;
  const adjective = tokens[at + 2];
  // The object's noun and adjective run on into the clause (مرافعة فعلية عن حقوق المرأة); a three-word
  // name in ية ends the phrase, at punctuation or before what she said (ميرفت سلامة عطية: / إن).
  const after = tokens[at + 3];
  return (
    next.norm.length > 3 &&
    next.norm.endsWith('ه') &&
    adjective?.type === 'word' &&
    !hasArticle(adjective.norm) &&
    adjective.norm.length > 3 &&
    adjective.norm.endsWith('يه') &&
    after?.type === 'word' &&
    !COMPLEMENTISER_SET.has(after.norm)
  );
}

/**
 * ب or ل before an indefinite noun of a person (بسيدة, لرجل, بمواطنة): the verb's complement, never a
 * name, whose first letters the preposition would be (بسام, لبنى, بشير: ال + the rest is no title).
 */
function isPersonAfterPreposition(token: Token): boolean {
  const norm = token.norm;
  return /^[بل][^ا]/u.test(norm) && norm.length > 3 && TITLE_SET.has(`ال${norm.slice(1)}`);
}

/**
 * Definite participles of arrival (القادم, الوافد, العائد), folded: after a name they describe the
 * man (الحاج إبراهيم القادم من نيجيريا), never his family name.
 */
const ARRIVING = new Set(['القادم', 'القادمه', 'الوافد', 'الوافده', 'العائد', 'العائده']);
/**
 * Adverbs of when a role was taken up, folded, without their tanween (المنضم حديثاً, المعين مؤخراً,
 * العائد مجدداً): after a definite participle, before a name.
 */
const ROLE_ADVERBS = new Set(['حديثا', 'مؤخرا', 'اخيرا', 'مجددا', 'سابقا', 'حاليا', 'رسميا', 'مبدئيا']);
/** The word is an adverb in the accusative (حديثاً, مؤخرا): written with its tanween, or one of ROLE_ADVERBS. */
export function isAccusativeAdverb(token: Token | undefined, text: string): boolean {
  if (token?.type !== 'word' || hasArticle(token.norm)) return false;
  return ROLE_ADVERBS.has(token.norm) || (hasTanween(token, text, true) && token.norm.endsWith('ا'));
}
/** Nouns of origin after من (من أصل عراقي, من مواليد جدة, من أصول مغربية), folded. */
const ORIGIN_NOUNS = new Set(['اصل', 'مواليد', 'اصول']);
/** ذو / ذات / ذوو before الأصول or الأصل (ذو الأصول المغربية), folded. */
const OWNER_OF = new Set(['ذو', 'ذات', 'ذوي', 'ذوو']);
const ORIGINS = new Set(['الاصل', 'الاصول']);
/** Definite participles of birth and residence before في or ب and a place (المولود في بيروت), folded. */
const BORN_OR_LIVING = new Set(['المولود', 'المولوده', 'المقيم', 'المقيمه']);
/** The most words of an origin's or a birthplace's place (من مواليد مدينة جدة). */
const MAX_ORIGIN_WORDS = 2;

/** One description at `at` after a role's definite word, its last token, or -1. */
function descriptionEnd(tokens: readonly Token[], at: number, text: string): number {
  const token = tokens[at];
  if (token?.type !== 'word') return -1;
  const norm = token.norm;
  const previous = tokens[at - 1];
  if (
    previous?.type === 'word' &&
    hasArticle(previous.norm) &&
    !hasArticle(norm) &&
    (ROLE_ADVERBS.has(norm) || (hasTanween(token, text, true) && norm.endsWith('ا') && !isGivenName(norm)))
  )
    return at;
  let place = -1;
  if (norm === 'من' && ORIGIN_NOUNS.has(tokens[at + 1]?.norm ?? '')) place = at + 2;
  else if (OWNER_OF.has(norm) && ORIGINS.has(tokens[at + 1]?.norm ?? '')) place = at + 2;
  else if (BORN_OR_LIVING.has(norm) && tokens[at + 1]?.norm === 'في') place = at + 2;
  else if (BORN_OR_LIVING.has(norm) && /^ب.{3,}/u.test(tokens[at + 1]?.norm ?? '')) return at + 1;
  if (place < 0) return -1;
  const first = tokens[place];
  if (first?.type !== 'word' || isStopWord(first.norm) || isTitleHead(first.norm)) return -1;
  return place;
}

/**
 * The title's words end in descriptions read before the name at `name` (describedUntilName) and name
 * the holder foreign: a foreign nationality among the title's words, or an origin (من أصل تركي, ذو
 * الأصول المغربية) — الشاب الألماني من أصل تركي فلان فلاني الطب: the name is its plain words.
 */
function describedForeignHolder(
  tokens: readonly Token[],
  title: readonly number[],
  name: number,
  text: string,
): boolean {
  const start = title.find((k) => describedUntilName(tokens, k, text) === name - 1);
  if (start === undefined) return false;
  // An origin given in the description decides (البريطانية من أصل عراقي فلانة الفلانية: an Arab's name,
  // its family name with the article); without one, the holder's nationality before it.
  const origins = title.filter((k) => {
    const norm = (tokens[k] as Token).norm;
    return k > start && (isNisba(norm) || isNisba(`ال${norm}`));
  });
  if (origins.length > 0)
    return origins.some((k) => {
      const norm = (tokens[k] as Token).norm;
      return FOREIGN_NISBA_SET.has(norm) || FOREIGN_NISBA_SET.has(`ال${norm}`);
    });
  return title.some((k) => k < start && isHoldersNationality(tokens, title, k));
}

/** A name opens at `at`: a given name, a kunya, an honorific before a name, or a foreign name's plain words. */
function opensNameAfterDescription(tokens: readonly Token[], at: number, text: string): boolean {
  const token = tokens[at];
  if (token?.type !== 'word') return false;
  if (opensGivenName(tokens, at) || isHonorificBeforeName(tokens, at)) return true;
  const norm = token.norm;
  const next = tokens[at + 1];
  if (KUNYA_HEADS.has(norm)) return next?.type === 'word' && !hasArticle(next.norm) && !isStopWord(next.norm);
  return (
    !hasArticle(norm) &&
    !isStopWord(norm) &&
    !isPrepositional(norm) &&
    !isTitleHead(norm) &&
    !ORGANISATION_SET.has(norm) &&
    !hasTanween(token, text) &&
    lookupCue(norm) === undefined &&
    next?.type === 'word' &&
    !isStopWord(next.norm) &&
    lookupCue(next.norm) === undefined
  );
}

/**
 * Descriptions at `at` between a role and its holder's name (المنضم حديثاً فلان, من أصل عراقي فلانة,
 * ذو الأصول المغربية فلان, المولود في بيروت فلان), with the definite adjectives between them (من أصل
 * عراقي المقيمة في لندن): the last token before the name, or -1 when no name follows.
 */
function describedUntilName(tokens: readonly Token[], at: number, text: string): number {
  let end = descriptionEnd(tokens, at, text);
  if (end < 0) return -1;
  for (let rounds = 0; rounds < 3; rounds++) {
    // The place's second word (من مواليد مدينة جدة, من أصل عراقي كردي), a nisba or a plain word.
    let k = end + 1;
    if (opensNameAfterDescription(tokens, k, text)) return end;
    if (end - at < MAX_ORIGIN_WORDS + 2 && tokens[k]?.type === 'word') {
      const word = (tokens[k] as Token).norm;
      if ((isNisba(word) || hasArticle(word)) && opensNameAfterDescription(tokens, k + 1, text)) return k;
    }
    // …a definite adjective, then another description (البريطانية من أصل عراقي المقيمة في لندن).
    while (tokens[k]?.type === 'word' && hasArticle((tokens[k] as Token).norm) && k - end <= 2) k++;
    const more = descriptionEnd(tokens, k, text);
    if (more < 0) return -1;
    end = more;
  }
  return -1;
}

/** Adjectives that are also Saudi family names (المقبل, الجديد), folded: adjectives only before a preposition. */
const ADJECTIVES_BEFORE_PREPOSITION = new Set(['المقبل', 'المقبله', 'الجديد', 'الجديده']);
const ADJECTIVE_PREPOSITIONS = new Set(['من', 'الى', 'الي', 'على', 'علي', 'في']);

/** The word at `index`, after a name, describes its bearer (القادم من …, المقبل على …). */
function describesBearer(tokens: readonly Token[], index: number): boolean {
  const norm = tokens[index]?.norm ?? '';
  if (ARRIVING.has(norm)) return true;
  return ADJECTIVES_BEFORE_PREPOSITION.has(norm) && ADJECTIVE_PREPOSITIONS.has(tokens[index + 1]?.norm ?? '');
}

/** Indefinite things a speaker delivers (قصيدة, كلمة, محاضرة), folded: no family name, the verb's object. */
const DELIVERED = new Set(['قصيده', 'كلمه', 'محاضره', 'خطبه', 'مداخله', 'قصه']);

/** An occasion of speech with the article that a speaker ends (ختم المقابلة بالقول), folded; no surname. */
const OCCASIONS_ENDED = new Set(['المقابله', 'اللقاء', 'الحوار', 'الحديث']);
/** Verbs that end an occasion (ختم, اختتم, أنهى), folded, without و or ف. */
const ENDING_VERBS = new Set([
  'ختم',
  'ختمت',
  'اختتم',
  'اختتمت',
  'يختتم',
  'تختتم',
  'انهى',
  'انهت',
  'ينهي',
  'تنهي',
]);

/**
 * The occasion at `index`, after the name's first word, is the object of a verb that ends it: such a
 * verb stands right before the name (وختم الكعبي المقابلة), or بالقول follows (… اللقاء بالقول), or
 * anything but the words said (وأضاف الكعبي الحديث عن …). A surname shaped like one is kept after
 * any other verb right before them (وقال سالم الحديث إن, وقال عبدالله اللقاء:, لـ«عكاظ»).
 */
function endsOccasion(tokens: readonly Token[], first: number, index: number): boolean {
  if (tokens[index + 1]?.norm === 'بالقول') return true;
  // What the verb does with the occasion goes on after it (وأضاف الكعبي الحديث عن المشروع بقوله):
  // a surname stands right before the words said (إن, a colon) or the outlet told (لـ«عكاظ», لوكالة).
  const told = tokens[index + 1];
  const toPaper =
    (told?.norm === 'ل' && tokens[index + 2]?.type === 'mark') ||
    (told?.type === 'word' && /^ل[^ل]/u.test(told.norm) && isPrepositional(told.norm));
  if (!isSpeechOpener(tokens, index + 1) && !toPaper) return true;
  const verb = tokens[first - 1];
  return verb?.type === 'word' && ENDING_VERBS.has(verb.norm.replace(/^[وف]/u, ''));
}

/**
 * و and a definite noun (والوفد, والسفير): another phrase joined to the one before, never a name's
 * word; not و and an adjective, which goes on a body's name (المجلس الاقتصادي والاجتماعي).
 */
function isConjunct(norm: string): boolean {
  return (
    norm.length > 4 &&
    norm.startsWith('وال') &&
    !TITLE_SET.has(norm) &&
    !COMPOUND_END_SET.has(norm.slice(1)) &&
    !isNisba(norm.slice(1))
  );
}

/**
 * Broken plurals written with ى, فُعْلى and فَعالى, folded and without the article (جرحى, يتامى): a
 * list, since the shape is also a nisba's where final ي is written ى (الحربى, المصرى, الجنابى).
 */
const PLURALS_IN_ALIF_MAQSURA = new Set([
  'جرحى',
  'قتلى',
  'مرضى',
  'اسرى',
  'صرعى',
  'غرقى',
  'موتى',
  'هلكى',
  'زمنى',
  'حمقى',
  'يتامى',
  'ايامى',
  'حيارى',
  'سكارى',
  'كسالى',
  'نصارى',
  'عذارى',
  'صحارى',
  'ثكالى',
  'اسارى',
]);

/**
 * A word shaped as a broken plural, with or without the article, that no given name is: the plurals
 * in ى of PLURALS_IN_ALIF_MAQSURA (الجرحى, اليتامى; by shape alone فُعْلى and فَعالى are a nisba
 * as Egyptian papers spell it, الحربى, الشافعى), أفاعل with its ي (الأهالي,
 * الأراضي), أفعال (الأطفال), and فعالي without the article (كراسي, أهالي). After a chain of given
 * names it is the verb's object, never the family name: family names are nisbas (الحمادي, with the
 * article, keeps فعالي), come after آل, or are given names (العيسى, اليحيى).
 */
export function isBrokenPlural(norm: string): boolean {
  const definite = hasArticle(norm);
  const stem = definite ? norm.replace(/^[وفبك]?ال/u, '') : norm;
  if (isGivenName(stem)) return false;
  return (
    PLURALS_IN_ALIF_MAQSURA.has(stem) ||
    /^ا[^ا]ا[^ا]ي$/u.test(stem) ||
    /^ا[^ا]{2}ا[^اويه]$/u.test(stem) ||
    (!definite && /^[^ا]{2}ا[^ا]ي$/u.test(stem))
  );
}

/**
 * A given name and a second plain word (عثمان بكري): no joiner and no family name with the article yet,
 * so a definite broken plural after them (الأجواء) is the verb's object, never their family name.
 */
function isPlainPair(tokens: readonly Token[], name: readonly number[]): boolean {
  if (name.length !== 2 || !isGivenName((tokens[name[0] as number] as Token).norm)) return false;
  return name.every((k) => {
    const norm = (tokens[k] as Token).norm;
    return !hasArticle(norm) && !NAME_JOINER_SET.has(norm);
  });
}

/**
 * The word at `at`, shaped as فعيلا, is a foreign family name (الطبيبة الغابونية سيلفي نغيما، التي …):
 * right after a foreign given name or after the first word that follows a foreign nationality, and right
 * before what closes the subject (punctuation, a quote mark, إن, an outlet after ل, a relative pronoun,
 * a circumstantial وهو/وهي, في). An adverb stands after the whole name, not between a foreign first name and what was said.
 */
function isForeignSurnameBeforeSaying(tokens: readonly Token[], at: number): boolean {
  const first = tokens[at - 1];
  if (first?.type !== 'word' || FAEEL_ADVERB_SET.has((tokens[at] as Token).norm)) return false;
  const foreignFirst =
    (GIVEN_NAME_SET.has(first.norm) && !ARABIC_GIVEN_NAME_SET.has(first.norm)) ||
    FOREIGN_NISBA_SET.has(tokens[at - 2]?.norm ?? '');
  if (!foreignFirst) return false;
  const next = tokens[at + 1];
  return (
    next === undefined ||
    next.type === 'punct' ||
    isSpeechOpener(tokens, at + 1) ||
    RELATIVE_PRONOUNS.has(next.norm) ||
    CIRCUMSTANTIAL_PRONOUNS.has(next.norm) ||
    next.norm === 'في'
  );
}

/** An indefinite adjective in the accusative: فعيلا (جديدا, كبيرا) or a relative one in يا (سكنيا, رسميا). */
const ACCUSATIVE_ADJECTIVE = /^(?:[^ا]{2}ي[^اي]|[^ا]{2,}ي)ا$/u;

/** A word written with ة (the text's letter where it is given; folding made it ه). */
function endsInTa(token: Token, text: string): boolean {
  return text ? text.slice(token.from, token.to).endsWith('ة') : token.norm.endsWith('ه');
}

/**
 * An adjective of quality in ة, folded: a participle (متكسرة, متقنة, منخفضة), فعيلة (ركيكة, فصيحة) or
 * فاعلة (حادة, واثقة, خافتة); not a nisba (بحثية), nor a town (جدة, طنجة), whose shapes these are not.
 */
const QUALITY_ADJECTIVE = /^(?:م.{3,}|[^ا]{2}ي[^ا]|[^ا]ا[^ا]{1,2})ه$/u;

/**
 * ب glued to an indefinite feminine noun, nisbas after it perhaps, then an indefinite adjective of
 * quality agreeing with it in ة (بعربية متكسرة, بلغة إنجليزية ركيكة, بإنجليزية متقنة, بنبرة حادة): the
 * manner of speaking after the verb, its subject or its hearer, never a name. Not a body's or a place's
 * head behind ب (بلدية, بمحافظة: a place follows), nor a given name behind ب (بهية, بثينة).
 */
function isMannerPhrase(tokens: readonly Token[], at: number, text: string): boolean {
  const token = tokens[at];
  if (token?.type !== 'word') return false;
  const norm = token.norm;
  // (the folded tests first: a ة folds to ه, and endsInTa slices the text)
  if (
    !norm.startsWith('ب') ||
    !norm.endsWith('ه') ||
    norm.length < 4 ||
    !endsInTa(token, text) ||
    hasArticle(norm.slice(1)) ||
    isGivenName(norm) ||
    isPlaceHeadAfterBa(norm) ||
    stripToSet(norm, ORGANISATION_SET) !== undefined
  )
    return false;
  let k = at + 1;
  while (tokens[k]?.type === 'word' && (tokens[k] as Token).norm.endsWith('يه') && k - at <= 2) k++;
  const adjective = tokens[k];
  return (
    adjective?.type === 'word' &&
    endsInTa(adjective, text) &&
    QUALITY_ADJECTIVE.test(adjective.norm) &&
    !PLACE_SET.has(adjective.norm) &&
    !isGivenName(adjective.norm)
  );
}

/**
 * An adverb or a state in the indefinite accusative after a name of two words or more (وظل فلان فلاني
 * صامتا, وقف … طويلا, رد … مبتسما, قال … هاتفيا): how or when he did it, never a name's word. Written
 * with its tanween; without it, in the shapes such words take and a name's last word rarely does: a
 * participle in م (مبكرا, مسرعا, متأخرا, مبتسما) or فعيلا (طويلا, حزينا); after a name opened by an
 * Arabic given name also فاعلا (صامتا, واقفا) and a nisba in ـيا (هاتفيا, شخصيا), which a foreign
 * surname may spell (شارما, غارسيا), not in ها (بأبها). Not a given name (رانيا, ماريا, رضا) nor a word with the article.
 * `name`: the words read before it, a title's among them.
 */
export function isAdverbAfterName(
  tokens: readonly Token[],
  at: number,
  name: readonly number[],
  text: string,
): boolean {
  const token = tokens[at];
  if (token?.type !== 'word' || name.length < 2 || hasArticle(token.norm)) return false;
  if (hasTanween(token, text, true)) return true;
  const norm = token.norm;
  if (!norm.endsWith('ا') || isGivenName(norm)) return false;
  // رئيس سوريا, بلدية فيينا: after a title's or a body's head in construct (no article: a title, a
  // feminine noun in ة) the word is its genitive, a place's name, whatever its shape.
  const before = tokens[at - 1];
  if (
    before?.type === 'word' &&
    !hasArticle(before.norm) &&
    (isTitleHead(before.norm) || ORGANISATION_SET.has(before.norm) || before.norm.endsWith('ه'))
  )
    return false;
  // معلمة تدعى فريبا, رجل يدعى ميرزا: after يدعى the word is the name she or he is called by, whatever its shape.
  if (before?.type === 'word' && CALLED.has(before.norm)) return false;
  // محمد عبد الله حميدا, علي حسن ماجدا: after a given name, a given name with ا (حميد, ماجد) is the
  // chain's next name, not a state.
  if (
    before?.type === 'word' &&
    (isGivenName(before.norm) || COMPOUND_END_SET.has(before.norm)) &&
    isGivenName(norm.slice(0, -1))
  )
    return false;
  const participle = /^م[^ا]{3}ا$/u.test(norm) || /^م(?:ت.|[^ا]ت).{2}ا$/u.test(norm);
  const faeel = /^[^ا]{2}ي[^اي]ا$/u.test(norm);
  if (faeel && isForeignSurnameBeforeSaying(tokens, at)) return false;
  // ماريا لويزا فرنانديز: after a foreign given name and before a plain word, a word in فعيلا is her
  // second given name (لويزا, like ماريا), not an adjective in the accusative: foreign names end in ا as
  // Arabic adverbs do.
  const following = tokens[at + 1];
  if (
    faeel &&
    before?.type === 'word' &&
    isGivenName(before.norm) &&
    !ARABIC_GIVEN_NAME_SET.has(before.norm) &&
    // …before her family name, a plain word (not ماريو نحيفا في: how he looked)
    following?.type === 'word' &&
    !hasArticle(following.norm) &&
    !isStopWord(following.norm)
  )
    return false;
  // جمعية أمهات سربرنيتسا وجيبا: after a body's head in construct, و and a plain word is a second place
  // or member of its name, not how it acted.
  const opener = (tokens[name[0] as number] as Token).norm;
  if (norm.startsWith('و') && !hasArticle(opener) && ORGANISATION_SET.has(opener)) return false;
  if (participle || faeel) return true;
  // نشر الشيخ فلان مقالا يهاجم فيه …: a noun in the accusative with a verb in the present after it that
  // describes it (an article attacking), the verb's object, not the name's last word.
  const described = tokens[at + 1];
  if (
    described?.type === 'word' &&
    norm.length >= 4 &&
    /^[يت]/u.test(described.norm) &&
    described.norm.length >= 4 &&
    !isGivenName(described.norm) &&
    lookupCue(described.norm) === undefined
  )
    return true;
  if (!name.some((k) => ARABIC_GIVEN_NAME_SET.has((tokens[k] as Token).norm))) return false;
  // دشن الأمير فلان بن فلان مشروعا جديدا, أعلن الوزير فلان برنامجا واسعا, مشروعا سكنيا: a noun in the
  // accusative with its indefinite adjective (فعيلا, or a relative adjective in يا) after it, the verb's
  // object, not the name's last word.
  const adjective = tokens[at + 1];
  if (adjective?.type === 'word' && ACCUSATIVE_ADJECTIVE.test(adjective.norm) && !isGivenName(adjective.norm))
    return true;
  // …not a word in ها, a pronoun's or a place's (بأبها: in Abha).
  return (/^[^ا]ا[^ا]{2}ا$/u.test(norm) && !norm.endsWith('ها')) || /^[^ا]{3,}يا$/u.test(norm);
}

/**
 * The definite word at `at` ends a compound given name (نور الإسلام, محمد منير الإسلام, سيف الإسلام خان)
 * after a plain first half, though shaped as a broken plural (أفعال): not before ب or a quote mark,
 * where it is the object of the verb (ووصف فلان الإسلام بأنه …, وأكد فلان الإسلام «…»).
 */
function isCompoundEndAfterName(tokens: readonly Token[], name: readonly number[], at: number): boolean {
  const last = tokens[name.at(-1) ?? -1];
  return (
    COMPOUND_END_SET.has((tokens[at] as Token).norm) &&
    last?.type === 'word' &&
    !hasArticle(last.norm) &&
    !(tokens[at + 1]?.norm ?? '').startsWith('ب') &&
    tokens[at + 1]?.type !== 'mark' &&
    !opensVerbClause(tokens[at + 1])
  );
}

/**
 * A feminine participle of a cue after the subject (وأضافت المغنية فلانة حداد قائلة, مؤكدة, مشيرة): the
 * state she spoke in, which ends her name as قائلا ends his (isAdverbAfterName reads his by its ا of the
 * accusative; hers has none). Of قال, or in م; not a bare participle of another verb, which is as often
 * a noun (داعية, a preacher; لافتة, a banner), nor a given name (مشيرة). (hardEnd reads it only after a
 * word with no possessive pronoun: وروت الناجية قصة نجاتها قائلة, the story is the verb's object.)
 */
function isFeminineMannerParticiple(token: Token | undefined, text: string): boolean {
  // (written with ة: مطالبه folds as مطالبة does, but is his demands)
  if (token?.type !== 'word' || isGivenName(token.norm) || !text.slice(token.from, token.to).endsWith('ة'))
    return false;
  const cue = lookupCue(token.norm);
  return (
    cue !== undefined &&
    cue.tense === 'participle' &&
    cue.agreement === 'f' &&
    cue.clitic === '' &&
    (cue.cls === 'say' || token.norm.startsWith('م'))
  );
}

/**
 * A cue verb in the present, or in the past behind و, at `token` (الإسلام يدعو إلى …, اعتنق فلان الإسلام
 * وقال): the word before it is that verb's subject or the object of the verb before, no name's end; not
 * a participle (قائلا) or the ف that answers أما (أما فلان الإسلام فقال), which follow a whole name.
 */
function opensVerbClause(token: Token | undefined): boolean {
  if (token?.type !== 'word') return false;
  const cue = lookupCue(token.norm);
  return cue !== undefined && (cue.tense === 'present' || (cue.tense === 'past' && cue.clitic === 'و'));
}

/** Possessive pronouns a title's genitive may carry: ولي أمرها, أمين سرهم. */
const GENITIVE_PRONOUNS = ['هما', 'هم', 'هن', 'ها', 'ه', 'كم', 'نا'];

/** A title's genitive with a possessive pronoun (أمرها, أمره, سرهم): the title governs it, no name goes on. */
function isGenitiveWithPronoun(norm: string): boolean {
  return GENITIVE_PRONOUNS.some(
    (pronoun) => norm.endsWith(pronoun) && TITLE_IN_NAME_GENITIVE_SET.has(norm.slice(0, -pronoun.length)),
  );
}

/**
 * The title word at `at` (أمين, أمير; TITLES_IN_NAMES) opens a name in apposition after a comma: one
 * definite word follows it that a title governs never (no place, body, title, genitive of the title such
 * as السر or العهد, nor a nationality: أمير المنطقة, أمين الصندوق, أمين السر), and the name closes right
 * after that word, at a comma or a mark (، أمين الحمود،, ، أمير القحطاني «…»).
 */
function isGivenTitleInApposition(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.type !== 'word' || !TITLE_IN_NAME_SET.has(token.norm)) return false;
  const next = tokens[at + 1];
  if (next?.type !== 'word' || !hasArticle(next.norm)) return false;
  const norm = next.norm;
  const bare = norm.slice(2);
  if (
    TITLE_IN_NAME_GENITIVE_SET.has(norm) ||
    stripToSet(norm, TITLE_SET) !== undefined ||
    ORGANISATION_SET.has(norm) ||
    ORGANISATION_SET.has(bare) ||
    PLACE_SET.has(norm) ||
    PLACE_SET.has(bare) ||
    PLACE_HEAD_SET.has(norm) ||
    PLACE_HEAD_SET.has(bare) ||
    ORIGIN_NISBA_SET.has(norm) ||
    isStopWord(norm)
  )
    return false;
  const close = tokens[at + 2];
  return close === undefined || close.type !== 'word';
}

/**
 * The title word at `at` (أمين, أمير, ولي) is the middle word of a name right after its given name
 * (محمد أمين بنعلي, حسين أمير عبداللهيان, أحمد ولي رحيمي): the word after it is none a title governs —
 * no genitive of the title (عام, السر, العهد), no body, place, title or feminine noun (أمير منطقة),
 * no particle — but a plain word, a given name, or a definite nisba or given name (الرحماني, الحسن).
 */
function isTitleInName(tokens: readonly Token[], name: readonly number[], at: number, text: string): boolean {
  const first = tokens[name[0] ?? -1];
  if (name.length !== 1 || first?.type !== 'word' || !isGivenName(first.norm)) return false;
  if (!TITLE_IN_NAME_SET.has((tokens[at] as Token).norm)) return false;
  const next = tokens[at + 1];
  if (next?.type !== 'word') return false;
  const norm = next.norm;
  if (
    TITLE_IN_NAME_GENITIVE_SET.has(norm) ||
    isGenitiveWithPronoun(norm) ||
    stripToSet(norm, TITLE_SET) !== undefined ||
    ORGANISATION_SET.has(norm) ||
    PLACE_SET.has(norm) ||
    COMPLEMENTISER_SET.has(norm) ||
    isStopWord(norm) ||
    isPrepositional(norm)
  )
    return false;
  if (hasArticle(norm))
    return isGivenName(norm.slice(2)) || (norm.endsWith('ي') && !ORIGIN_NISBA_SET.has(norm));
  // ولي أمر الطالب, أمين مكتبة الجامعة: a plain word in construct with a definite one is the title's
  // genitive; a compound name's halves are not (عبد الله).
  const after = tokens[at + 2]?.norm ?? '';
  if (after.startsWith('ال') && !COMPOUND_END_SET.has(after)) return false;
  return text[next.to - 1] !== 'ة' || isGivenName(norm);
}

/**
 * A definite title word right after a lone given name and before another person joined by و with his
 * title (مدير الشرطة سامي الخطيب ووزير الصحة فلان, الطبيب حسن الصياد والمهندس فلان), before إن/أن
 * (وقال المحامي سامي القاضي إن …), or before a definite noun that is no adjective, title or name, then
 * a plain word (وتتابع الوزيرة هدى القاضي الملف منذ …: the verb's object): a title there would govern
 * no name, genitive or field, so the word is the given name's family name (الخطيب, القاضي, الصياد).
 */
function isTitleWordSurname(tokens: readonly Token[], name: readonly number[], at: number): boolean {
  const first = tokens[name[0] ?? -1];
  if (name.length !== 1 || first?.type !== 'word' || !isGivenName(first.norm)) return false;
  if (name[0] !== at - 1 || !hasArticle((tokens[at] as Token).norm)) return false;
  const next = tokens[at + 1];
  if (next?.type !== 'word') return false;
  const norm = next.norm;
  if (COMPLEMENTISER_SET.has(norm) || (norm.startsWith('و') && isTitleHead(norm.slice(1)))) return true;
  const then = tokens[at + 2];
  return (
    hasArticle(norm) &&
    !norm.startsWith('وال') &&
    !isNisba(norm) &&
    !norm.endsWith('ه') &&
    stripToSet(norm, TITLE_SET) === undefined &&
    // (a title's own adjective, السابق, الأسبق, العام: the definite word is a title, خالد السفير السابق)
    !isTitleAdjective(norm) &&
    !isGivenName(norm.slice(2)) &&
    then?.type === 'word' &&
    !hasArticle(then.norm)
  );
}

/**
 * A definite passive participle of one man (المرهون: مفعول, not a plural in ون, whose stem is longer)
 * right after a given name and before the words said (إن, أن, a colon, an outlet, لـ«…») or the cue with ف
 * that answers أما (أما البائع فلان المرهون فقال): his family name; not before a quote mark, where the
 * plural (المسنون) may open what was said.
 * …and after a given name and his father's, plain (حسين علي المرهون, زهراء جعفر المرهون): a whole name
 * but for its family name, which the word in ون, a nominative that is never the verb's object, gives
 * before what closes the subject — a comma (، الذي …, ، وهو …) or a quote mark as well.
 */
function isParticipleSurname(tokens: readonly Token[], name: readonly number[], at: number): boolean {
  const first = tokens[name[0] ?? -1];
  // (the father's given name is evidence enough of a person's name when hers is not in the lists: زهراء جعفر)
  const father = name.length === 2 ? (tokens[name[1] as number] as Token).norm : '';
  if (
    first?.type !== 'word' ||
    !(isGivenName(first.norm) || (isGivenName(father) && !hasArticle(first.norm))) ||
    !/^الم[^ا]{2}ون$/u.test((tokens[at] as Token).norm)
  )
    return false;
  const saying =
    isSpeechOpener(tokens, at + 1) ||
    (tokens[at + 1]?.norm === 'ل' && tokens[at + 2]?.type === 'mark') ||
    lookupCue(tokens[at + 1]?.norm ?? '')?.clitic === 'ف';
  if (name.length === 1) return tokens[at + 1]?.type !== 'mark' && saying;
  return (
    name.length === 2 &&
    at === (name[1] as number) + 1 &&
    !hasArticle(father) &&
    !NAME_JOINER_SET.has(father) &&
    (saying || isComma(tokens[at + 1]))
  );
}

/**
 * The word at `at` is a genitive after a plain plural (أهالي المدينة, أهالي جازان, ليالي رمضان): a word,
 * with the article or none that closes a name — no preposition, time word, title or words said after it.
 */
function isInConstruct(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token?.type !== 'word') return false;
  if (token.norm.startsWith('ال')) return true;
  return !(
    isPrepositional(token.norm) ||
    TIME_SET.has(token.norm) ||
    stripToSet(token.norm, TITLE_SET) !== undefined ||
    isSpeechOpener(tokens, at)
  );
}

/**
 * A trade's title with the article at `at` (المحلل, الباحثة, الخبير) before في, لدى or من and the body
 * or the field it serves, or before ب or ل glued to a body's head (بشركة, لبنك): the title in
 * apposition after a name; not before في and where or how it was said (في بيان, في تصريح, في حديثه),
 * where a family name of that shape (الخبير) ended the name.
 */
function isTradeAfterName(tokens: readonly Token[], at: number, text: string): boolean {
  if (!APPOSED_TRADE_SET.has(tokens[at]?.norm ?? '')) return false;
  const next = tokens[at + 1];
  const served = tokens[at + 2];
  // …or a firm by its quoted name (فلان المحلل لدى "…"): the title's body, whatever its words.
  if (next?.type === 'word' && served?.type === 'mark' && TRADE_PREPOSITIONS.has(next.norm)) return true;
  if (next?.type !== 'word' || served?.type !== 'word') return false;
  // …but an outlet after ل is whom the words were told (فلان الفلاني المحلل لقناة …), unless the title is an
  // office held in it (المراسل لوكالة …).
  if (/^[بل]/u.test(next.norm) && next.norm.length > 3) {
    const body = stripToSet(next.norm, ORGANISATION_SET);
    if (body === undefined) return false;
    const outlet = MEDIA_SET.has(hasArticle(body) ? body.slice(2) : body);
    return !(
      next.norm.startsWith('ل') &&
      outlet &&
      !OFFICE_HEAD_SET.has((tokens[at] as Token).norm.slice(2))
    );
  }
  if (!TRADE_PREPOSITIONS.has(next.norm)) return false;
  const bare = hasArticle(served.norm) ? served.norm.slice(2) : served.norm;
  // Nor a place (في الرياض, من جدة), an occasion or a matter (في ندوة, في الاجتماع, في حفل), or where in
  // a talk (في هذا الصدد, في ختام …): where or when the name's holder spoke, the name ended in الخبير.
  return (
    !isInDocument(tokens, at + 1) &&
    !PLACE_SET.has(served.norm) &&
    !PLACE_SET.has(bare) &&
    !OCCASION_SET.has(bare) &&
    !TOPIC_NOUN_SET.has(bare) &&
    !EVENT_NOUN_SET.has(bare) &&
    !SPOKEN_WHERE_SET.has(bare) &&
    !isStopWord(served.norm) &&
    !SPEECH_OCCASIONS.has(bare) &&
    !SPEECH_OCCASIONS.has(served.norm) &&
    !isOwnDocument(served.norm) &&
    !isPossessedWord(served, text) &&
    !TIME_SET.has(served.norm)
  );
}

/** في, لدى, من, folded: what a trade's title after a name is exercised in or for. */
const TRADE_PREPOSITIONS = new Set(['في', 'لدى', 'لدي', 'من']);

/**
 * An imperfect verb, folded, by its shape: ي or ت and three letters (يبيع, تحمل, يرفع), or the prefixes
 * of the derived forms (يتحدث, تنتظر, تستعد). A family name rarely has it (يونس, تركي, توما are told apart by
 * the given names, a long vowel after the prefix, or a last ي or ا).
 */
const IMPERFECT_SHAPE =
  /^(?:[يت][^اويى][^ا][^ايىه]|[يت][^اويى]ت[^ا][^ايىه]|[يت]ت[^ا]{1,2}[^ايىه]|[يت]ست[^ا]{2}[^ايىه]?)$/u;

/** The word at `at` is an imperfect verb by its shape, no given name (تسكن, يعمل, تقود): no name or title holds one. */
function opensWithImperfect(tokens: readonly Token[], at: number): boolean {
  const norm = tokens[at]?.norm ?? '';
  return IMPERFECT_SHAPE.test(norm) && !isGivenName(norm);
}

/**
 * An imperfect verb after a whole name at `at` (كانت منى عبدالعزيز تحمل لافتة, إبراهيم يوسف يرفع يديه):
 * its shape, no given name, and a word after it that is no function word, its object: the name ended
 * before it.
 */
function isImperfectAfterName(tokens: readonly Token[], at: number, first: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return (
    // …the name a person's, opened by a given name or a kunya (not شابا سوريا ينتظر, a description)
    (opensGivenName(tokens, first) || KUNYA_HEADS.has(tokens[first]?.norm ?? '')) &&
    token?.type === 'word' &&
    IMPERFECT_SHAPE.test(token.norm) &&
    !isGivenName(token.norm) &&
    !PLACE_SET.has(token.norm) &&
    next?.type === 'word' &&
    !COMPLEMENTISER_SET.has(next.norm) &&
    !NAME_JOINER_SET.has(next.norm) &&
    // …its object, not a preposition or a function word, which a family name may stand before as well
    // (عبد المجيد تبون في كلمة)
    !STOP_SET.has(next.norm)
  );
}

/**
 * A whole name from `first` ends before `at`: a verbal noun its verb took, an imperfect verb of its
 * clause, a number.
 */
function endsWholeName(tokens: readonly Token[], at: number, first: number): boolean {
  return (
    opensVerbalNounObject(tokens, at) || isImperfectAfterName(tokens, at, first) || isNumber(tokens[at]?.norm)
  );
}

/**
 * A derived verbal noun without the article, folded: تفعيل (تشديد, تأخير with its hamza folded),
 * استفعال (استقبال), افتعال (احتجاز), انفعال (انسحاب). Given names of these shapes (توفيق, تيسير, انتصار, ابتسام) are told by the lists.
 */
const DERIVED_VERBAL_NOUN = /^(?:ت[^ا]{2}ي[^ا]|تا[^ا]ي[^ا]|ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا]|ان[^ا]{2}ا[^ا])$/u;

/**
 * A verbal noun without the article that news gives as a verb's object at `at`: one of
 * OBJECT_VERBAL_NOUNS (إرسال, تمديد, مقتل) with a word or a number after it (إرسال 120 طنا, تمديد
 * البرنامج), not the first half of a compound (فتح الله); or any derived verbal noun no given name
 * spells, with its definite object or a number after it (تشديد الإجراءات, استقبال المزيد). The object
 * of the verb the phrase before it is the subject of.
 */
export function opensVerbalNounObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token?.type !== 'word' || next === undefined) return false;
  if (OBJECT_VERBAL_NOUN_SET.has(token.norm))
    return (
      (next.type === 'word' && !COMPOUND_END_SET.has(next.norm) && !isStopWord(next.norm)) ||
      isNumber(next.norm)
    );
  return (
    DERIVED_VERBAL_NOUN.test(token.norm) &&
    // …not the article before فعّال (التواب, after عبد), which folds to the shape of افتعال
    !hasArticle(token.norm) &&
    !isGivenName(token.norm) &&
    ((next.type === 'word' && hasArticle(next.norm) && !COMPOUND_END_SET.has(next.norm)) ||
      isNumber(next.norm) ||
      // (a number in words: تسجيل ثلاث إصابات)
      NUMBER_WORD_SET.has(next.norm) ||
      // …or a noun in construct with a definite word (تأخير محاكمة الموقوفين)
      (next.type === 'word' &&
        !isStopWord(next.norm) &&
        !isGivenName(next.norm) &&
        tokens[at + 2]?.type === 'word' &&
        hasArticle(tokens[at + 2]?.norm ?? '')))
  );
}

/**
 * A derived verbal noun that no given name spells at `at`, a word after it that is no particle (اكتشاف
 * كوكب, تشكيل حكومة): after a one-word subject and a verb that takes an object, that object's head.
 */
export function opensDerivedObject(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  return (
    token?.type === 'word' &&
    DERIVED_VERBAL_NOUN.test(token.norm) &&
    !isGivenName(token.norm) &&
    next?.type === 'word' &&
    !isStopWord(next.norm)
  );
}

/** Verbal nouns news gives as objects that are also women's given names (الدكتورة اعتماد الزعبي), folded. */
const VERBAL_NOUN_GIVEN_NAMES = new Set(['اعتماد']);

/**
 * The words of a name read word by word, cut where the name ends: after four words (five with ولد), at a
 * title or a trade's title in apposition, a preposition, an adjective of its bearer, a number, or the
 * verb's object (a possessed noun, a verbal noun, a broken plural, a body, a phrase in construct after a
 * patronymic chain or a plain pair). Joiners and words of lineage keep it going.
 */
function trimName(tokens: readonly Token[], words: number[], text: string): number[] {
  const [only] = words;
  if (
    only !== undefined &&
    words.length === 1 &&
    (hasTanween(tokens[only], text, true) || isPersonAfterPreposition(tokens[only] as Token))
  )
    return [];
  // أعلن الوزير إطلاق مبادرات جديدة, تسجيل ثلاث إصابات: a verbal noun news gives as a verb's object
  // (OBJECT_VERBAL_NOUNS), with its object, opens the verb's object, no name, even right after the title.
  // (Only those: a given name of a verbal noun's shape no list holds, اعتماد, افتخار, استيفان, or a
  // foreign surname, توخيل, توريس, follows a title just as well.)
  if (
    only !== undefined &&
    OBJECT_VERBAL_NOUN_SET.has((tokens[only] as Token).norm) &&
    !VERBAL_NOUN_GIVEN_NAMES.has((tokens[only] as Token).norm) &&
    opensVerbalNounObject(tokens, only)
  )
    return [];
  if (words.length <= 1) return words;
  const out: number[] = [];
  for (const index of words) {
    const norm = (tokens[index] as Token).norm;
    // A long name goes on only through joiners and the word each one governs (… بن عبد الرحمن آل ثاني).
    const afterJoiner =
      out.length > 0 && NAME_JOINER_SET.has((tokens[out[out.length - 1] as number] as Token).norm);
    // After a patronymic chain (فلان بن فلان بن فلان) a definite word is the family name (الغامدي,
    // المنيف) unless the words after it show that it heads a phrase of its own: the thing opened.
    const afterPatronym = out.length >= 2 && PATRONYM_SET.has((tokens[out.at(-2) as number] as Token).norm);
    if (afterPatronym && headsOwnPhrase(tokens, index)) break;
    // …and a plain word there, no joiner nor given name, in construct with a definite word opens the
    // verb's object (وروى فلان بن فلان تفاصيل الحادثة), not a family name.
    if (afterPatronym && opensObjectAfterChain(tokens, index)) break;
    // …and so, after a given name and a plain family name (جوزيه بيسيرو, جون ماكين), does a third plain
    // word in construct (وانتقد المدرب فلان جدول المباريات, سياسة الإدارة), or a present verb with its
    // preposition or place after it (كان الشاب فلان يقف أمام منزله, كانت فلانة تمر بالمكان): what he did.
    if (endsPlainPair(tokens, out, index)) break;
    // …and so does a word shaped as a broken plural, never a family name (فلان بن فلان الأهالي,
    // الجرحى, أهالي المدينة), or one with the article after a given name alone (أمل الأهالي).
    // …or after a given name and a second plain word, no family name read yet (عثمان بكري الأجواء).
    // A plain word after the pair is such a plural only in construct (مباني المدرسة, أهالي جازان): a
    // family name in فعالي ends the name or stands before the words said (محمد علي حجازي للصحفيين).
    const plainPlural = isPlainPair(tokens, out) && (hasArticle(norm) || isInConstruct(tokens, index + 1));
    if (
      (afterPatronym || plainPlural || (out.length === 1 && hasArticle(norm))) &&
      isBrokenPlural(norm) &&
      !isCompoundEndAfterName(tokens, out, index)
    )
      break;
    // …a Mauritanian name with ولد after its given name has room for a fifth plain word (سيدي ولد محمد
    // سالم بيه); a definite one there is what the verb took (ولد الشيخ أحمد الحاجة إلى …).
    const second = (tokens[out[1] ?? -1] as Token | undefined)?.norm ?? '';
    const lineageName = LINEAGE_SET.has(second) && !PATRONYM_SET.has(second);
    const cap = lineageName && !hasArticle(norm) ? 5 : 4;
    if (
      out.length >= cap &&
      !NAME_JOINER_SET.has(norm) &&
      !afterJoiner &&
      !(afterPatronym && hasArticle(norm))
    )
      break;
    // عبدالله بن حيدر رئيس المجلس; but a definite title word that ends the phrase is a surname
    // (عماد السيد, أحمد الشيخ).
    // So is a title word without the article there (نبيل سعادة: سعادة is also an honorific).
    // A definite honorific right after a first name is a surname too, whatever follows it (رئيس
    // الوزراء عماد السيد موقف حكومته): an honorific stands before the name it honours, never after.
    // محمد الأمين ولد سيدي, محمد الأمين بن سالم: a definite title word between a given name and a word
    // of lineage is the second half of a compound first name (الأمين: also the secretary), never a title.
    const compoundHalf =
      out.length === 1 &&
      hasArticle(norm) &&
      isGivenName((tokens[out[0] as number] as Token).norm) &&
      LINEAGE_SET.has(tokens[index + 1]?.norm ?? '');
    // عبد الملك, عبد الأمير written apart: the second half of the compound, not the king or the prince.
    // …and so is any definite word after عبد, a divine name the lists may lack (عبد الحي, عبد الوكيل),
    // whatever else it spells (the neighbourhood, the deputy); and so is a plain word there (عبد ربه,
    // which folds as ربة, a housewife's title): عبد governs the word after it, as every joiner does.
    const afterAbd = out.length === 1 && (tokens[out[0] as number] as Token).norm === 'عبد';
    // هاري فلان المحلل في بي إن بي باريبا, فلانة الفلانية الباحثة لدى …: a trade's title after a whole
    // name and before the body or the field it serves is in apposition; the name ended before it.
    if (out.length >= 2 && isTradeAfterName(tokens, index, text)) break;
    // إسماعيل ولد الشيخ أحمد: the word after a word of lineage is the father's name, a title word too.
    const afterLineage =
      out.length > 0 && LINEAGE_SET.has((tokens[out[out.length - 1] as number] as Token).norm);
    // تركي آل الشيخ رئيس الهيئة: the word after آل is the family's name, a title word too.
    const afterAal = out.length > 0 && (tokens[out[out.length - 1] as number] as Token).norm === 'ال';
    const surname =
      compoundHalf ||
      afterAbd ||
      afterLineage ||
      afterAal ||
      index === words[words.length - 1] ||
      (out.length === 1 && hasArticle(norm) && HONORIFIC_SET.has(norm));
    // A joiner that is also a kinship title (ابن) keeps the name going: أسامة ابن كيران.
    if (
      out.length > 0 &&
      !surname &&
      !NAME_JOINER_SET.has(norm) &&
      stripToSet(norm, TITLE_SET) !== undefined &&
      !isTitleInName(tokens, out, index, text) &&
      !isTitleWordSurname(tokens, out, index)
    )
      break;
    if (out.length > 0 && isPrepositional(norm) && !isFamilyNameWithBal(tokens, index, out)) break; // نوال الصباغ للصحفيين
    // بخصوص ("regarding") after a name ends it (وقال فلان بخصوص القائمة:); inside a title it is the
    // title's (رئيس اللجنة المختصة بخصوص المخالفات فلان), read before the name.
    if (out.length > 0 && norm === ABOUT) break;
    // الحاج إبراهيم القادم من نيجيريا, الطالب فهد الجديد على المدرسة: an adjective of its bearer, no family name.
    if (out.length > 0 && describesBearer(tokens, index)) break;
    // بتعيين الأمير فلان أميراً لمنطقة …: with its complement after it; a last word (أحمد أميرا:) is a name.
    const goesOn = tokens[index + 1]?.type === 'word';
    if (out.length > 0 && goesOn && isTitleAsPredicate(norm)) break;
    // يستقبل شهرياً, تبدو أماً: a word with tanween is no name's; the name, if any, ended before it. An
    // indefinite subject in the nominative (امرأةٌ, شابٌ) is the phrase's head, not a name's end.
    if (out.length > 0 ? hasTanween(tokens[index], text) : hasTanween(tokens[index], text, true)) break;
    // …and so is a state or an adverb in the accusative after a name of two words (isAdverbAfterName).
    if (isAdverbAfterName(tokens, index, out, text)) break;
    // امرأةٌ تقف أمام المخبز: after such a head, an imperfect that agrees with it opens its relative clause.
    const head = tokens[out[0] ?? -1];
    if (out.length === 1 && hasTanween(head, text) && agreesAsImperfect((head as Token).norm, norm)) break;
    // النائبة بسيدة متقدمة: ب or ل and a noun of a person is the clause's, before any word of a name.
    if (isPersonAfterPreposition(tokens[index] as Token)) break;
    // أنطونيو فيريرا الطرفين: a body, a dual or a group after the name is the verb's object; after
    // "one of" it is the group he is one of (أحد السكان, إحدى المواطنات).
    const oneOf = out.length === 1 && ONE_OF_FORM_SET.has((tokens[out[0] as number] as Token).norm);
    if (
      out.length > 0 &&
      !oneOf &&
      !afterAbd &&
      isObjectNounPhrase(norm) &&
      !isParticipleSurname(tokens, out, index)
    )
      break;
    // …and a definite noun with و after a whole name joins another (فلان الشناوي والوفد المرافق له).
    if (out.length >= 2 && isConjunct(norm)) break;
    // جيل فابر إرسال 120 طنا, سيرغي بوريسوف استئناف المحادثات: a verbal noun the verb took after a whole name.
    if (out.length >= 2 && opensVerbalNounObject(tokens, index)) break;
    // وقال فلان الفلاني 45 عاما: a number after a whole name is his age or a count, no word of the name.
    if (out.length >= 2 && isNumber(norm)) break;
    // كانت فلانة الفلانية تحمل لافتة: an imperfect verb with its object or complement after a whole name
    // is the clause's predicate, no family name.
    if (out.length >= 2 && isImperfectAfterName(tokens, index, out[0] as number)) break;
    // قرأ الشاعر جاسم قصيدة جميلة, ألقى الخريج فهد كلمة: what a speaker delivers is the verb's object.
    if (out.length > 0 && DELIVERED.has(norm)) break;
    // وختم بونيني حديثه بالقول, وختم الكعبي المقابلة بالقول: the speaker's own speech, with his pronoun or
    // the article, is the verb's object after a surname alone (after more, the phrase's end tells it).
    if (
      out.length === 1 &&
      ((isOwnDocument(norm) && isPossessedWord(tokens[index], text)) ||
        (OCCASIONS_ENDED.has(norm) && endsOccasion(tokens, out[0] as number, index)))
    )
      break;
    // A noun with a possessive pronoun is the object after a name: فرانسوا دي روجي استقالته.
    if (out.length >= 2 && isObjectNoun(tokens[index] as Token, text)) break;
    // …and so is one behind ب or ل: وأشاد سانتوس بمهاجمه, شكر فلان لزملائه.
    // Not a last word before punctuation with ها (محمد بوعزها:), where a surname in بو is likelier.
    const lastHa = !goesOn && norm.endsWith('ها') && norm.startsWith('بو');
    if (out.length > 0 && !lastHa && isPrepositionalPossessed(tokens[index] as Token, text)) break;
    out.push(index);
  }
  return out;
}

/** الذي and التي: a relative clause on the title's body between a title and its name. */
const RELATIVE_PRONOUNS = new Set(['الذي', 'التي']);

/** The most words a title's complement may hold between the title and the comma before its name. */
const MAX_APPOSED_COMPLEMENT = 9;
/** The most words of stacked titles after an apposition's comma before the name (، الكاتب والمحلل السياسي فلان،). */
const MAX_STACKED_TITLES = 4;

/**
 * A definite word of a person's stacked titles (appendApposition): a title or an honorific, bare or after
 * و (والمحلل), or a definite nisba (الجيولوجي, السياسي), folded.
 */
function isStackedTitle(norm: string): boolean {
  if (!hasArticle(norm)) return false;
  const bare = norm.startsWith('و') ? norm.slice(1) : norm;
  return TITLE_SET.has(bare) || HONORIFIC_SET.has(bare) || isNisba(bare);
}

/** The most words a relative clause between a title and its name may hold. */
const MAX_CLAUSE_WORDS = 8;

/**
 * The comma that ends a short relative clause of words from `from` (no stop; a body's short quoted name
 * in it is stepped over: التابعة لمنظمة «…»،), or -1.
 */
function clauseComma(tokens: readonly Token[], from: number, quotes: ReadonlyMap<number, number>): number {
  for (let k = from; k < from + MAX_CLAUSE_WORDS + 1; k++) {
    const token = tokens[k];
    if (isComma(token)) return k > from ? k : -1;
    const close = token?.type === 'mark' ? quotes.get(k) : undefined;
    if (close !== undefined && close > k && close - k <= 6 && k > from) {
      k = close;
      continue;
    }
    if (token?.type !== 'word') return -1;
  }
  return -1;
}

/**
 * A definite participle that describes the title's body and governs a preposition (، التابعة لمنظمة
 * «…»،, ، المعنية بحقوق اللاجئين،): a clause on the body, as a relative one is, not a name.
 */
function isDescribingClause(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const next = tokens[at + 1];
  if (token?.type !== 'word' || next?.type !== 'word') return false;
  const norm = token.norm;
  if (!hasArticle(norm) || TITLE_SET.has(norm) || isNisba(norm) || opensGivenName(tokens, at)) return false;
  // A participle of the derived stems opens with م after the article (المعنية, التابعة is a form I one
  // with ا after its first letter); it governs a preposition written apart or glued to a noun.
  const participle = /^ال(?:م..|.ا.)/u.test(norm) && /[ةه]$/u.test(norm);
  const governed = ['في', 'عن', 'من', 'على', 'الى'].includes(next.norm) || /^[لب][^ا].{2,}/u.test(next.norm);
  return participle && governed;
}

/**
 * The words read as the name after a long title are the title's own tail (المتحدث الرسمي لشركة تطوير
 * لخدمات النقل التعليمي، فلان،, نائب والي شانلي أورفا، فلان،): none is a given name, and after the
 * comma at `at` (past a short complement, في الخبر) a name that does open one stands closed by a comma
 * of its own. That name is the holder's; the tail goes back on the title. A place or a time after the
 * comma (، أمس،) opens no given name, so the words stay as they were read.
 */
function isTitleTail(tokens: readonly Token[], subject: Subject, at: number): boolean {
  // …no word of them in the lexicon at all (رئيس المحكمة نبيل عودة: نبيل is a name even with no nisba after it).
  // (a word past the last token, the text ending on the title, is none)
  const given = (k: number): boolean => {
    const norm = tokens[k]?.norm;
    return norm !== undefined && isGivenName(norm);
  };
  if (subject.name.length === 0 || subject.name.some(given)) return false;
  let comma = at;
  while (comma < at + MAX_APPOSED_COMPLEMENT && tokens[comma]?.type === 'word') comma++;
  // …after a governor's title whose place runs to the name (والي شانلي أورفا، جلال أكدوغان،): the plain
  // words are the place, so a given name that is also a common word (جلال, أمل) opens the holder's name.
  const governor = subject.title.findIndex((k) => PLACE_GOVERNOR_SET.has((tokens[k] as Token).norm));
  const placeRuns =
    governor >= 0 &&
    [...subject.title.slice(governor + 1), ...subject.name].every(
      (k) => !hasArticle((tokens[k] as Token).norm),
    );
  // …or an honorific before a plain word (، المهندس فلان،, ، الأستاذ فلان،), which only a name follows,
  // after a cue of saying: after another verb the words after the title are its object, and the
  // person after the comma is the object's (استقبل مدير الجامعة وفد جامعة …، الدكتور فلان،).
  const honorific =
    HONORIFIC_SET.has(tokens[comma + 1]?.norm ?? '') &&
    isHonorificBeforeName(tokens, comma + 1) &&
    lookupCue(tokens[subject.first - 1]?.norm ?? '') !== undefined;
  // …or a given name that is also a word before a family name of any shape, the two closed by a comma
  // (، هيا المطلق،, ، لطيفة الدخيل،, ، أسماء باحارث،): between commas after a title, a name's.
  const wordName =
    GIVEN_NAME_WORD_SET.has(tokens[comma + 1]?.norm ?? '') &&
    tokens[comma + 2]?.type === 'word' &&
    (isComma(tokens[comma + 3]) || tokens[comma + 3]?.norm === ':');
  // …or a compound name's head (، عبد القادر فلان،, ، أبو بكر فلان،): عبد before a definite word, a kunya's
  // head before a word that is no place (، أبو ظبي،).
  const opener = tokens[comma + 1]?.norm ?? '';
  const second = tokens[comma + 2];
  const compound =
    second?.type === 'word' &&
    ((opener === 'عبد' && hasArticle(second.norm)) ||
      ((opener === 'ابو' || opener === 'ام') && !PLACE_SET.has(second.norm) && !isStopWord(second.norm)));
  const opens =
    opensGivenName(tokens, comma + 1) || (placeRuns && given(comma + 1)) || honorific || wordName || compound;
  if (!isComma(tokens[comma]) || !opens) return false;
  // The holder's name is closed by its own comma within a name's length (، ناصر بن محمد الشهري،), or
  // by the colon before his words (، الدكتور فلان: «…»).
  for (let k = comma + 2; k <= comma + 1 + MAX_NAME_WORDS + 1; k++) {
    const token = tokens[k];
    if (isComma(token) || token?.norm === ':') return true;
    if (token?.type !== 'word') return false;
  }
  return false;
}

/**
 * A place's name that spells a particle (وان: Van, folded as وأن), in construct right after a place's or
 * a body's head without the article and closing the post before the comma (في ولاية وان، فلان،, رئيس
 * بلدية وان، فلان،): a head there wants its genitive, so the word is the place's, not what was said.
 */
function isPlaceNameLikeParticle(tokens: readonly Token[], at: number): boolean {
  const head = tokens[at - 1];
  return (
    head?.type === 'word' &&
    !hasArticle(head.norm) &&
    (PLACE_HEAD_SET.has(head.norm) || ORGANISATION_SET.has(head.norm)) &&
    isComma(tokens[at + 1])
  );
}

/**
 * A name in apposition after a title's quoted genitive that ends at `close` (مدير «أوبر» في فرنسا، فلان،):
 * past where, between commas, or before a colon, or a given name right after where; not a clause that
 * goes on after the comma (مقاولة «…»، تنشط فلانة أيضا).
 */
function apposedAfterQuote(
  tokens: readonly Token[],
  from: number,
  close: number,
  quotes: ReadonlyMap<number, number>,
  text: string,
): boolean {
  // …or with no commas, past a place of one word after في or ب, a given name right there (مدير «أوبر»
  // في فرنسا فلان إن).
  let at = close + 1;
  const where = tokens[at]?.norm ?? '';
  if (where === 'في' && PLACE_SET.has(tokens[at + 1]?.norm ?? '')) at += 2;
  else if (/^ب/u.test(where) && PLACE_SET.has(where.slice(1))) at += 1;
  if (at > close + 1 && opensGivenName(tokens, at)) return true;
  // …or two or three plain words there, a name the lists lack, right before what was said (مدير «أمازون»
  // بألمانيا فلان فلان إن): no time, preposition, title or body among them.
  if (at > close + 1) {
    let end = at;
    while (end < at + 3) {
      const word = tokens[end];
      if (
        word?.type !== 'word' ||
        hasArticle(word.norm) ||
        isStopWord(word.norm) ||
        TIME_SET.has(word.norm) ||
        isPrepositional(word.norm) ||
        COMPLEMENTISER_SET.has(word.norm) ||
        stripToSet(word.norm, TITLE_SET) !== undefined ||
        stripToSet(word.norm, ORGANISATION_SET) !== undefined
      )
        break;
      end++;
    }
    if (end - at >= 2 && isSpeechOpener(tokens, end)) return true;
  }
  const apposed: Subject = {
    first: from,
    last: close,
    title: [from],
    name: [],
    organisation: false,
    closed: false,
  };
  if (!appendApposition(tokens, close + 1, apposed, quotes, text)) return false;
  const after = tokens[apposed.last + 1];
  return isComma(after) || after?.norm === ':';
}

/**
 * A second post in apposition after the first one's comma, then the name after a comma of its own (قائد
 * فريق التنقيب، أستاذ علم الآثار في جامعة …، الدكتور فلان،, رئيسة الجمعية، الأستاذة المشاركة في …،
 * فلانة،): the comma that closes the post, or -1. The post opens with a title's head that no name follows
 * (not ، الدكتور فلان، itself), and a name opens after its comma: an honorific before a name, a given
 * name or a kunya.
 */
function secondPostComma(tokens: readonly Token[], at: number, quotes: ReadonlyMap<number, number>): number {
  const head = tokens[at];
  // …a scientist's post too (، عالم الأحافير في جامعة …،: عالم before a science).
  if (head?.type !== 'word' || (!isTitleHead(head.norm) && !isScientist(tokens, at))) return -1;
  if (isHonorificBeforeName(tokens, at)) return -1;
  if (opensGivenName(tokens, at + 1)) return -1;
  const comma = clauseComma(tokens, at + 1, quotes);
  if (comma < 0) return -1;
  const name = comma + 1;
  const opener = tokens[name];
  // ، إن …: what was said after a name in commas (ان folds like Anne), no second name.
  if (opener?.type !== 'word' || isStopWord(opener.norm) || COMPLEMENTISER_SET.has(opener.norm)) return -1;
  const kunya =
    opener?.type === 'word' &&
    KUNYA_HEADS.has(opener.norm) &&
    tokens[name + 1]?.type === 'word' &&
    !hasArticle((tokens[name + 1] as Token).norm);
  return isHonorificBeforeName(tokens, name) || opensGivenName(tokens, name) || kunya ? comma : -1;
}

function appendApposition(
  tokens: readonly Token[],
  after: number,
  subject: Subject,
  quotes: ReadonlyMap<number, number> = NO_QUOTES,
  /** The text the tokens come from, to see how a word is written. */
  text = '',
): boolean {
  let comma = after;
  // The holder's ship, paper or party by its quoted name right after the title (قبطان سفينة الإنقاذ
  // «…»، فلان،): the name is the title's.
  // …the name then between commas of its own (not مقاولة «…»، تنشط فلانة أيضا: a clause goes on).
  const named = tokens[after]?.type === 'mark' ? quotes.get(after) : undefined;
  const quotedName = named !== undefined && named > after && named - after <= 6 && isComma(tokens[named + 1]);
  if (quotedName) comma = named + 1;
  // A prepositional complement of the title may stand before the comma, as long as a seat's or an
  // office's description runs (النائب عن فريق التجمع الوطني للأحرار بمجلس النواب، فلان،).
  while (comma < after + MAX_APPOSED_COMPLEMENT) {
    // …with a body's quoted name in it (المحلل في شركة «الأفق للاستثمار»، فلان،).
    const close = tokens[comma]?.type === 'mark' ? quotes.get(comma) : undefined;
    const head = tokens[comma - 1];
    if (
      close !== undefined &&
      close - comma <= 6 &&
      comma > after &&
      head?.type === 'word' &&
      !hasArticle(head.norm) &&
      stripToSet(head.norm, ORGANISATION_SET) !== undefined
    ) {
      comma = close + 1;
      break;
    }
    if (
      tokens[comma]?.type !== 'word' ||
      (COMPLEMENTISER_SET.has(tokens[comma]?.norm ?? '') && !isPlaceNameLikeParticle(tokens, comma))
    )
      break;
    // …unless the word stands in construct right after an indefinite title word with no name read (ولي أمر
    // طالب في الخبر، فلان،): a genitive, whatever verb it also spells (طالب: demanded), when a word follows it.
    const headWord = tokens[after - 1];
    const genitive =
      comma === after &&
      subject.name.length === 0 &&
      headWord?.type === 'word' &&
      !hasArticle(headWord.norm) &&
      tokens[comma + 1]?.type === 'word' &&
      !COMPLEMENTISER_SET.has(tokens[comma + 1]?.norm ?? '');
    if (lookupCue(tokens[comma]?.norm ?? '') && !genitive) return false;
    // A time adverb there (كرم محافظ جدة في حفل أقيم مساء أمس، الطالبة فلانة،) says when the verb's act
    // was, no seat's description: after any verb but a cue of saying, the name after the comma is its object.
    const norm = tokens[comma]?.norm ?? '';
    if (TIME_SET.has(norm) && !hasArticle(norm) && !lookupCue(tokens[subject.first - 1]?.norm ?? ''))
      return false;
    // Another title there is another person's (نائب الأمين العام إلى زيارة المبعوث الأميركي، فلان):
    // the name after the comma is that one's.
    // …but not a definite title word right after a definite word of the complement and right before the
    // comma: the body's adjective (النائبة عن حزب الديمقراطية الجديدة المعارض، فلانة،, الحزب الحاكم،).
    const bodyAdjective =
      hasArticle(norm) && hasArticle(tokens[comma - 1]?.norm ?? '') && isComma(tokens[comma + 1]);
    // …nor the title of the one a street or a body is named after (في شارع الملك فيصل، فلانة،).
    if (comma > after && isTitleHead(norm) && !bodyAdjective && !isNamesakeTitle(tokens, comma)) return false;
    comma++;
  }
  const at = tokens[comma];
  if (!at || (at.norm !== '،' && at.norm !== ',')) return false;
  after = comma;
  const names: number[] = [];
  let i = after + 1;
  // ، وهو من الحزب الحاكم،: who it is, described, not named.
  if (IDENTIFYING.has(tokens[i]?.norm ?? '')) return false;
  // ، ولا بطلبه, ، بشكل كبير: a particle with its conjunction, or a manner's noun, goes on the clause;
  // no name opens with one.
  if (NAMELESS_OPENERS.has(tokens[i]?.norm ?? '')) return false;
  // ، وفلان فلاني، مدير …: a given name behind و after the comma (not one that opens with و itself, وليد)
  // joins the next person of a list (فلان، وزير الصحة، وفلانة، وزيرة …), whom this title does not name.
  const opener = tokens[i]?.norm ?? '';
  if (opener.startsWith('و') && !GIVEN_NAME_SET.has(opener) && GIVEN_NAME_SET.has(opener.slice(1)))
    return false;
  // ، وجاء في نص الحكم …, ، وورد في البيان: a verb that reports only before في opens a clause, no name.
  if (tokens[i + 1]?.norm === 'في' && lookupCollided(tokens[i]?.norm ?? '') !== undefined) return false;
  // ، فضل عدم ذكر اسمه،: the source's wish not to be named, whatever given name its verb spells (فضل).
  if (withheldNameEnd(tokens, i) > 0) return false;
  // A relative clause on the title's body, then the name (المتحدث باسم الحزب، الذي ينتمي إليه الرئيس،
  // فلان،): the clause is passed over, and the name must close with a comma of its own.
  const relative = RELATIVE_PRONOUNS.has(tokens[i]?.norm ?? '')
    ? clauseComma(tokens, i + 1, quotes)
    : isDescribingClause(tokens, i)
      ? clauseComma(tokens, i + 1, quotes)
      : secondPostComma(tokens, i, quotes);
  /** The comma closed a second post (secondPostComma), not a relative clause: a colon may end the name. */
  const post =
    relative > 0 && !RELATIVE_PRONOUNS.has(tokens[i]?.norm ?? '') && !isDescribingClause(tokens, i);
  if (relative > 0) {
    after = relative;
    i = after + 1;
  }
  /** Whether a run of stacked titles was passed over (، الجيولوجي الدكتور فلان،). */
  let stacked = false;
  while (i < tokens.length && names.length < 5) {
    const token = tokens[i] as Token;
    // An abbreviated honorific and its dot right after the comma (، د. فلان،): the name after the dot.
    if (
      names.length === 0 &&
      i === after + 1 &&
      ABBREVIATED_TITLE_SET.has(token.norm) &&
      tokens[i + 1]?.norm === '.' &&
      tokens[i + 2]?.type === 'word' &&
      !hasArticle((tokens[i + 2] as Token).norm)
    ) {
      i += 2;
      continue;
    }
    // An honorific with its pronoun after the comma (، سعادته بالفوز): the verb's object or a callback, no name.
    if (names.length === 0 && token.type === 'word' && HONORIFIC_WITH_PRONOUN.test(token.norm)) return false;
    // A title that is also a given name (أمين, أمير) opening the name after the comma, before one family
    // name that closes it (، أمين الحمود،, ، أمير القحطاني «…»): the name (isGivenTitleInApposition).
    if (names.length === 0 && isGivenTitleInApposition(tokens, i)) {
      names.push(i);
      i++;
      continue;
    }
    // A hyphen tight between two words joins a double given name in apposition too (، جان-لوك بريسون،,
    // ، وانغ تشي-مينغ،): the word after it is the name's, whatever else it spells.
    if (isNameHyphen(tokens, i) && names.length > 0 && names.at(-1) === i - 1) {
      names.push(i + 1);
      i += 2;
      continue;
    }
    if (
      token.type !== 'word' ||
      (isStopWord(token.norm) &&
        !isAnne(token, text, tokens[i + 1]) &&
        // ألان, آلان (Alan) open the name in apposition, though they fold to الان (now)
        !(names.length === 0 && isAlan(token, text)) &&
        !isNameEndWithFa(tokens, i, names.length) &&
        !isNameEndWithHuwa(tokens, i, names.length) &&
        !isNameEndWithoutHamza(tokens, i, names.length, text) &&
        !isFirstNameWithoutHamza(tokens, i, text) &&
        !isNameParticleFan(tokens, i, names.length, text) &&
        !isAfterEuropeanParticle(tokens, i, names) &&
        !isSyllableInApposition(tokens, i, names[0] ?? i))
    )
      break;
    // أليخاندرو, ألبرتو: a name whose أل carries a hamza, which the article never does.
    const hamzaAl = text !== '' && /^[أإ]ل/u.test(text.slice(token.from, token.from + 2));
    // A first name with the article before بن (، المهدي بن سليمان،) starts the name: no title is so followed.
    const firstBeforeSon =
      hasArticle(token.norm) &&
      !TITLE_SET.has(token.norm) &&
      !isTitleAdjective(token.norm) &&
      SON_OF.has(tokens[i + 1]?.norm ?? '');
    // …and so does a given name with the article in a name's context (، الطاهر أبو شامة،).
    const givenName = hasArticle(token.norm) && !TITLE_SET.has(token.norm) && opensGivenName(tokens, i);
    // …and so does a foreign given name spelled like ف, ب or ك and the article before a plain word and
    // what was said or the name's closing comma (، فالنتين كوزلوف،, ، كالوم ماكنزي، لوكالة …): a clitic
    // noun there (، بالنيابة عن …) has no plain word after it.
    const syllable = names.length === 0 && isSyllableLikeArticle(tokens, i);
    if (
      names.length === 0 &&
      !hamzaAl &&
      !firstBeforeSon &&
      !givenName &&
      !syllable &&
      (hasArticle(token.norm) ||
        stripToSet(token.norm, TITLE_SET) !== undefined ||
        isScientist(tokens, i) ||
        isAstronaut(tokens, i))
    ) {
      // An honorific before the name (، الدكتور حمد الحمادي) is skipped; another title is not a name.
      const next = tokens[i + 1];
      // So is a nationality before it, as sports pages write it (مدرب الفريق، الأرجنتيني ماركوس فيدال،).
      const nisba = isNisba(token.norm);
      // …with the words of its rank or of its retirement after it (الخبير الأمني، اللواء المتقاعد فلان،,
      // العميد الركن فلان): two at most, the name after them.
      let past = i + 1;
      while (
        past < i + 3 &&
        hasArticle(token.norm) &&
        (TITLE_SET.has(token.norm) || RANKS_ALSO_WORDS.has(token.norm)) &&
        (RANK_SET.has(tokens[past]?.norm ?? '') || RETIRED_SET.has(tokens[past]?.norm ?? ''))
      )
        past++;
      const bearer = tokens[past];
      // …and a rank that is also a word (قائد فريق الإنقاذ، الرائد فلان،): before a plain word, a rank.
      const honorific =
        hasArticle(token.norm) &&
        (TITLE_SET.has(token.norm) || RANKS_ALSO_WORDS.has(token.norm) || nisba) &&
        bearer?.type === 'word' &&
        !(RANKS_ALSO_WORDS.has(token.norm) && isAdverbAfterWord(bearer, text)) &&
        // …a foreign given name spelled like ف/ب/ك and the article too (، الرائد فالنتين فلان،)
        (!hasArticle(bearer.norm) || isSyllableLikeArticle(tokens, past)) &&
        // …a foreign name's short word too, in a run the commas close (، الدكتورة لي شياو يان،)
        (!isStopWord(bearer.norm) ||
          isAnne(bearer, text, tokens[past + 1]) ||
          isSyllableInApposition(tokens, past, past)) &&
        stripToSet(bearer.norm, TITLE_SET) === undefined;
      // A second title with its nationality (، الممثلة التونسية هند العياري،) is skipped as one.
      const third = tokens[i + 2];
      const titleAndNisba =
        hasArticle(token.norm) &&
        TITLE_SET.has(token.norm) &&
        next?.type === 'word' &&
        isNisba(next.norm) &&
        third?.type === 'word' &&
        !hasArticle(third.norm) &&
        !isStopWord(third.norm) &&
        stripToSet(third.norm, TITLE_SET) === undefined;
      if (titleAndNisba && i === after + 1) {
        i += 2;
        continue;
      }
      // …and so is a second title in construct with its definite genitive and adjectives (رئيس
      // القمة، وزير البيئة التركي فلان،): the plain word after them starts the name.
      let plain = i + 1;
      while (plain < i + 4 && tokens[plain]?.type === 'word' && hasArticle((tokens[plain] as Token).norm))
        plain++;
      const named = tokens[plain];
      // (an astronaut or a scientist too: رائد الفضاء, عالم الآثار, whose head is no title alone)
      const constructTitle =
        !hasArticle(token.norm) &&
        (TITLE_SET.has(token.norm) || isScientist(tokens, i) || isAstronaut(tokens, i)) &&
        !HONORIFIC_SET.has(token.norm) &&
        plain > i + 1 &&
        named?.type === 'word' &&
        !hasArticle(named.norm) &&
        !isStopWord(named.norm) &&
        stripToSet(named.norm, TITLE_SET) === undefined;
      if (constructTitle && i === after + 1) {
        i = plain;
        continue;
      }
      // …and so is a run of definite titles, nisbas and honorifics, each before another (، الجيولوجي
      // الدكتور فلان،, ، الكاتب والمحلل السياسي فلان،, ، الأكاديمي الدكتور فلان،): the titles of one
      // person stacked, the name after the last of them.
      if (i < after + MAX_STACKED_TITLES && isStackedTitle(token.norm) && isStackedTitle(next?.norm ?? '')) {
        stacked = true;
        i++;
        continue;
      }
      if (!honorific || (i !== after + 1 && !stacked)) return false;
      i = past;
      // A rank goes on its title: ، الفريق أول عبد الفتاح البرهان.
      while (tokens[i]?.type === 'word' && TITLE_CONTINUATIONS.has(tokens[i]?.norm ?? '')) i++;
      continue;
    }
    // An age or a count after the comma (، 45 عاما،, ، ثلاثون عاما،, ، أربعيني،) describes, never names.
    if (isAgeWord(token.norm)) return false;
    names.push(i);
    i++;
  }
  // The name ends at punctuation, or at a preposition or a verb (، شاهار بير عن «…»).
  const next = tokens[i];
  const closed = next?.type !== 'word' || isStopWord(next.norm);
  // After a relative clause only a name in commas (، فلان،), never a hearer (، لرويترز إن).
  const apposed =
    (relative < 0 && !quotedName) ||
    ((isComma(next) || (post && next?.norm === ':')) &&
      !isPrepositional((tokens[names[0] ?? i] as Token).norm));
  // ، وبدأ الأمير فلان الحديث: a word with و that is no given name opens a clause more often than a
  // foreign name (، ويندي شيرمان،), which a comma or a colon closes, or إن/أن after a few plain words.
  const conjoined = opener.startsWith('و') && !isGivenName(opener);
  const foreign = names.length <= 3 && names.every((k) => !hasArticle((tokens[k] as Token).norm));
  if (
    conjoined &&
    !isComma(next) &&
    next?.norm !== ':' &&
    !(foreign && COMPLEMENTISER_SET.has(next?.norm ?? ''))
  )
    return false;
  if (names.length > 0 && closed && apposed) {
    subject.name = names;
    subject.closed = true;
    subject.last = names[names.length - 1] as number;
    return true;
  }
  return false;
}
