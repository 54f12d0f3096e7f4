import { fold } from '../text/normalize.js';
import {
  BACK_REFERENCES,
  CUE_PROCLITICS,
  type CueClass,
  DESCRIBING_BY,
  FRAGMENT_OBJECT,
  GOING_ON,
  OBJECT_TAKING,
  SAYING_BY,
  SOURCE_PHRASES,
  VERBS,
} from './cues.js';
import {
  COMPOUND_NAME_HEAD_ENDS,
  COMPOUND_NAME_STOP_HEADS,
  FEMALE_GIVEN_NAMES,
  FOREIGN_GIVEN_NAMES,
  GIVEN_NAMES_ALSO_WORDS,
  MALE_GIVEN_NAMES,
} from './given-names.js';
import {
  ABBREVIATED_TITLES,
  ACCUSING_VERBS,
  ACT_NAMING_NOUNS,
  ACTIVITY_GENITIVES,
  ADDRESSED_NOUNS,
  ADDRESSED_PEOPLE,
  ADDRESSEE_COMPLEMENTS,
  ADDRESSEES,
  ADDRESSING_VERBS,
  AGE_NOUNS,
  ANIMAL_NOUNS,
  ANNA_GOVERNING_SYLLABLES,
  ANSWER_LABELS,
  APP_NOUNS,
  APPOSED_TRADE_TITLES,
  ARAB_NISBAS,
  AUDIENCES,
  BA_GOVERNING_VERBS,
  BODY_DIVISIONS,
  BODY_MEMBER_ADJECTIVES,
  BODY_MEMBER_HEADS,
  BODY_MEMBER_PLURALS,
  BODY_PART_HEADS,
  BODY_PARTICIPLES,
  BODY_PLURALS,
  BODY_VERBAL_NOUNS,
  BUSINESS_OWNERS,
  CALL_NOUNS,
  CALLING_WORDS,
  CLASS_ELATIVES,
  CLAUSE_OPENERS,
  CLOSENESS_PARTICIPLES,
  COMPANION_WORDS,
  COMPLEMENT_NOUNS,
  COMPLEMENTISERS,
  COMPOUND_NAME_ENDS,
  CONTRAST_BEFORE_THAT,
  COUNT_NOUNS,
  COUNTERPARTS,
  COURT_HEADS,
  DECLARED_STATE_NOUNS,
  DEFINITE_BODY_HEADS,
  DELIVERING_VERBS,
  DESCRIBED_POSTS,
  DESCRIPTION_HEADS,
  DESCRIPTION_PLACES,
  DEVICE_NOUNS,
  DISCLOSING_NOUNS,
  DOCUMENT_NOUNS,
  DOCUMENT_QUALIFIERS,
  DOMAIN_SUFFIXES,
  DROPPED_BODY_HEADS,
  DUAL_REFERENTS,
  EVENT_NOUNS,
  FAEEL_ADVERBS,
  FIELD_BODY_HEADS,
  FIELDS_WITH_AN,
  FIRM_ROLE_PARTICIPLES,
  FOREIGN_FIRM_NAMES,
  FOREIGN_NAME_SYLLABLES,
  FOREIGN_NISBAS,
  FOUNDING_NOUNS,
  GATHERING_NOUNS,
  GENERIC_BODY_ADJECTIVES,
  GENERIC_BODY_HEADS,
  GENITIVE_NOUNS,
  GLOSS_NOUNS,
  GOODS_NOUNS,
  GROUP_SOURCE_HEADS,
  HEADED_WORKS,
  HEARD_WORKS,
  HONORIFICS,
  HONOURED_TITLES,
  INTERVIEW_LABELS,
  INTERVIEW_NOUNS,
  KIN_NOUNS,
  KIND_ONLY_NAMING_NOUNS,
  KNOWN_AS_VERBS,
  KUNYA_WORDS,
  LEVEL_NOUNS,
  LINEAGE_WORDS,
  LIST_OPENERS,
  MANNER_PHRASES,
  MEDIA_HEADS,
  MEDIA_NAMES,
  MEETING_REPORTERS,
  MEETING_TEAMS,
  MEETING_VERBS,
  MEMBER_HEADS,
  MEMBERS_BODY_HEADS,
  MEMBERS_GROUP_HEADS,
  MISSION_HEADS,
  MONTHS,
  NAME_JOINERS,
  NAMED_CLASS_NOUNS,
  NAMING_ADJECTIVES,
  NAMING_NOUNS,
  NAMING_VERBS,
  NISBA_SHAPED_PLURALS,
  NOT_BODY_HEADS,
  NOTE_FRAMES,
  NUMBER_WORDS,
  OBJECT_BEFORE_COMPLEMENT,
  OBJECT_NOUNS,
  OBJECT_VERBAL_NOUNS,
  OCCASION_HOST_VERBS,
  OCCASION_NOUNS,
  OFFICE_HEADS,
  ONE_MEMBER_PLURALS,
  ONE_OF_FORMS,
  ONE_OF_QUANTIFIERS,
  ONE_WORD_BODIES,
  ORGANISATIONS,
  ORIGIN_HALVES,
  OWN_SPEECH_NOUNS,
  OWNED_NOUNS,
  PART_OF_DAY_QUALIFIERS,
  PARTICIPLE_TITLES,
  PATRONYMS,
  PEOPLE_IN_CONSTRUCT,
  PEOPLE_PLURALS,
  PEOPLE_SERVING_HEADS,
  PEOPLES_PLURALS,
  PLACE_ADVERBS,
  PLACE_GOVERNORS,
  PLACE_HEAD_NOUNS,
  PLACE_NAMING_NOUNS,
  PLACE_SUBJECTS,
  PLACED_SOURCE_HEADS,
  PLACES,
  PLACES_IN_YN,
  PLURAL_NAMED_HEADS,
  POINTED_NOUNS,
  POINTERS,
  POINTERS_ALONE,
  POINTERS_WHAT,
  POINTING_VERBS,
  PORTFOLIO_BODY_HEADS,
  POSTER_HEADS,
  PRESIDING_RANKS,
  PUBLISHING_VERBS,
  QUALIFIED_TIME_NOUNS,
  QUANTITY_NOUNS,
  RANK_CORPS,
  RANK_FOLLOWERS,
  RANKS,
  READING_VERBS,
  REGION_HEAD_NOUNS,
  REGION_NISBAS,
  REMARKS_NOUNS,
  REPORTERS_TOLD,
  REPRESENTATIVES,
  RETIRED_WORDS,
  RIVAL_NOUNS,
  ROLE_FORMS_LEFT_OUT,
  ROLES,
  RULING_NOUNS,
  SAYING_NOUNS,
  SEATED_BODY_HEADS,
  SOURCE_ACCESS_VERBS,
  SPOKEN_WHERE_NOUNS,
  STANCE_NOUNS,
  STANCE_OBJECT_NOUNS,
  SUBJECT_STOPS,
  TELLING_VERBS,
  TEXT_HEADS,
  TIME_ADVERBS,
  TIME_PHRASE_HEADS,
  TIME_QUALIFIERS,
  TITLE_IN_NAME_GENITIVES,
  TITLE_KIN,
  TITLED_WORK_NOUNS,
  TITLES,
  TITLES_IN_NAMES,
  TOPIC_NOUNS,
  TURN_MARKERS,
  UNNAMED_SOURCE_HEADS,
  VERB_NEGATIONS,
  VOICE_MANNERS,
  WITHHELD_NOUNS,
  WITHHOLDING_VERBS,
  WOMEN_NAMES_MASCULINE_WORDS,
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
  /** The verb goes on with what its speaker said before (see GOING_ON). */
  goesOn: boolean;
  /** A dual form (أضافا, أكدتا): a dropped subject is a pair. */
  dual?: true;
}

/**
 * Prepositions and nouns that collide with a verb form: such forms are cues only after قد (see
 * COLLIDED) or where what follows proves them cues. مدينة, the feminine participle of أدان, is far
 * more often "city"; جاء and ورد ("came") report only in جاء في البيان; ذهب ("went") only in ذهب … إلى أن;
 * زاد ("increased", "added") only before a colon or أن; أظهر ("showed") and قدّر ("estimated") only before
 * أن, or with a speaker for subject before بـ and the quote (قدّر الخبير الخسائر بـ«…»); عدّ ("deemed",
 * "counted", and وعد "promised") only bare with a speaker for subject; يبلغ and تبلغ ("informs", and
 * "reaches", "amounts to") only before a colon or أن; وجه ("directed", and the noun "face") only with a speech noun for object (وجه سؤالا); أصدر,
 * أطلق and أذاع ("issued") only with a warning or an appeal for object before a quote (WARNING_ISSUERS); عزت ("put
 * down to", and a man's given name) only with a body or a woman's title for subject (وعزت الوزارة …);
 * تردد ("she repeats", and "hesitated", "was rumoured", the noun "hesitation") only with a person for
 * subject right before what she says (وتردد الأم فلانة «…»); so too every form of ردد, whose subject
 * is as often a crowd chanting (ويردد المتظاهرون «…», الذين رددوا «…»), its words a slogan's, no one's
 * speech, and
 * كرر's (تكرر is also "recurred"). واصل ("went on"; also "kept on" with any object, واصل الجيش قصفه, and
 * a man's given name) goes on with what was said only right before the colon or the quote, or after
 * حديثه and the like: all its forms; so do أكمل and the other verbs of COMPLETING (also "completed", أكمل
 * المشروع, استكملت الوزارة إجراءاتها, أتم الفريق استعداداته, أنهى الموسم, استأنف الحكم).
 */
const COLLISIONS = new Set(
  [
    'بين',
    'عبر',
    'ردا',
    'يعد',
    'ذكر',
    'مدينة',
    'جاء',
    'ورد',
    'أبرز',
    'ذهب',
    'ذهبت',
    'ذهبوا',
    'يذهب',
    'تذهب',
    ...['زاد', 'زادت', 'زادوا', 'زادا'],
    ...['أظهر', 'أظهرت', 'أظهروا', 'أظهرا'],
    ...['قدر', 'قدرت', 'قدروا', 'يقدر', 'تقدر', 'يقدرون'],
    ...['عد', 'عدت', 'عدوا'],
    // the present of أبلغ ("informs") spells that of بلغ ("reaches", "amounts to": يبلغ قطره, أن تبلغ الخسائر)
    ...['يبلغ', 'تبلغ'],
    ...['وجه', 'وجهت', 'وجهوا', 'يوجه', 'موجها'],
    ...['أصدر', 'أصدرت', 'أصدروا', 'يصدر', 'تصدر', 'يصدرون'],
    ...['أطلق', 'أطلقت', 'أطلقوا', 'يطلق', 'تطلق', 'يطلقون'],
    ...['أذاع', 'أذاعت', 'أذاعوا', 'يذيع', 'تذيع', 'يذيعون'],
    'عزت',
    'أثنى',
    ...['ردد', 'رددت', 'يردد', 'مرددا', 'تردد', 'رددوا', 'يرددون', 'تكرر', 'كرروا', 'يكررون'],
    ...['واصل', 'واصلت', 'واصلوا', 'يواصل', 'تواصل', 'يواصلون', 'مواصلا', 'مواصلة'],
    ...['أكمل', 'أكملت', 'أكملوا', 'يكمل', 'تكمل', 'يكملون', 'مكملا', 'مكملة'],
    ...['استكمل', 'استكملت', 'استكملوا', 'يستكمل', 'تستكمل', 'يستكملون', 'مستكملا', 'مستكملة'],
    ...['أتم', 'أتمت', 'أتموا'],
    ...['استأنف', 'استأنفت', 'استأنفوا', 'يستأنف', 'تستأنف', 'يستأنفون', 'مستأنفا', 'مستأنفة'],
    ...['أنهى', 'أنهت', 'أنهوا', 'ينهي', 'تنهي', 'ينهون', 'منهيا', 'منهية'],
  ].map(fold),
);

/**
 * Forms that collide with a common noun or preposition (ذكر, بين): cues after قد, or where the
 * attribution proves them verbs (`lookupCollided`, and `collidedVerbAt` in attribute.ts).
 */
const COLLIDED = new Map<string, CueForm>();

function buildVerbs(): Map<string, CueForm> {
  const map = new Map<string, CueForm>();
  const add = (form: string, entry: CueForm) => {
    const key = fold(form);
    if (key && COLLISIONS.has(key)) {
      if (!COLLIDED.has(key)) COLLIDED.set(key, entry);
    } else if (key && !map.has(key)) {
      map.set(key, entry);
    }
  };
  const objectTaking = new Set(OBJECT_TAKING.map(fold));
  const fragmentObject = new Set(FRAGMENT_OBJECT.map(fold));
  const goingOn = new Set(GOING_ON.map(fold));
  const titleForms = new Set([...TITLES, ...ROLES.flatMap(roleForms)].map(fold));
  for (const { forms, cls, dual } of VERBS) {
    const [m, f, pl, present, participle] = forms;
    const lemma = m || present;
    const base = {
      lemma,
      cls,
      takesObject: objectTaking.has(fold(lemma)),
      fragmentObject: fragmentObject.has(fold(lemma)),
      goesOn: goingOn.has(fold(lemma)),
      ...(dual ? { dual } : {}),
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
      // قائلا → قائلة, داعيا → داعية; one that is also a title (متحدثة, كاتبة) collides with it.
      const feminine = `${participle.slice(0, -1)}ة`;
      const entry = { ...base, agreement: 'f', tense: 'participle' } as const;
      if (participle.endsWith('ا') && titleForms.has(fold(feminine))) {
        if (!COLLIDED.has(fold(feminine))) COLLIDED.set(fold(feminine), entry);
      } else if (participle.endsWith('ا')) add(feminine, entry);
    }
  }
  const sayingBy = {
    lemma: 'قال',
    cls: 'say',
    takesObject: false,
    fragmentObject: false,
    goesOn: false,
  } as const;
  for (const [form, agreement] of SAYING_BY) add(form, { ...sayingBy, agreement, tense: 'participle' });
  const describingBy = {
    lemma: 'وصف',
    cls: 'verb',
    takesObject: true,
    fragmentObject: true,
    goesOn: false,
  } as const;
  for (const form of DESCRIBING_BY) add(form, { ...describingBy, agreement: 'm', tense: 'participle' });
  return map;
}

const VERB_FORMS = buildVerbs();
const PROCLITICS = CUE_PROCLITICS.map(fold);
const foldSet = (words: readonly string[]) => new Set(words.map(fold));

/** A role noun's four titles: with and without the article, masculine and feminine (مهندس → المهندسة). */
function roleForms(role: string): string[] {
  return [role, `ال${role}`, `${role}ة`, `ال${role}ة`];
}

const LEFT_OUT = foldSet(ROLE_FORMS_LEFT_OUT);
export const TITLE_SET = new Set([
  ...foldSet(TITLES),
  ...ROLES.flatMap(roleForms)
    .map(fold)
    .filter((form) => !LEFT_OUT.has(form)),
]);
/**
 * Heads that name a body only without the article, in construct: القوى is powers at large or a genitive
 * (القوى الكبرى, ألعاب القوى), قوى الأمن a body; المنتخب is also "elected" (النائب المنتخب عن الحزب), منتخب
 * مصر a national side.
 */
const HEADS_ONLY_IN_CONSTRUCT = new Set(['قوى', 'متحف', 'منتخب'].map(fold));
/** Heads of bodies, with and without the article (نقابة, النقابة). */
export const ORGANISATION_SET = new Set(
  ORGANISATIONS.map(fold).flatMap((head) =>
    head.startsWith('ال') || HEADS_ONLY_IN_CONSTRUCT.has(head) ? [head] : [head, `ال${head}`],
  ),
);
/** Heads of bodies in the plural (جمعيات, نقابات): after ل, the bodies a federation gathers. */
export const BODY_PLURAL_SET = foldSet(BODY_PLURALS);
export const COMPLEMENTISER_SET = foldSet(COMPLEMENTISERS);
export const CLAUSE_OPENER_SET = foldSet(CLAUSE_OPENERS);
export const COMPLEMENT_NOUN_SET = foldSet(COMPLEMENT_NOUNS);
export const STANCE_NOUN_SET = foldSet(STANCE_NOUNS);
/** Adverbs of place that open a sentence's adverbial (وأمام …، وقف فلان). */
export const PLACE_ADVERB_SET = foldSet(PLACE_ADVERBS);
/** Titles whose genitive is a place (والي, محافظ): the words after them are the place's, not a name. */
export const PLACE_GOVERNOR_SET = foldSet(PLACE_GOVERNORS);
/** Verbs of accusing (اتهم, يتهم): the body after them and before ب is the accused. */
export const ACCUSING_VERB_SET = foldSet(ACCUSING_VERBS);
/** Verbs that take an object yet tell an outlet (ذكر, كشف): TELLING_VERBS, folded. */
export const TELLING_VERB_SET = foldSet(TELLING_VERBS);
/** Verbs of publishing (نشر, أورد): PUBLISHING_VERBS, folded. */
export const PUBLISHING_VERB_SET = foldSet(PUBLISHING_VERBS);
/** Nouns of events that open their quoted name (مسيرة, حملة, عملية): EVENT_NOUNS, folded. */
export const EVENT_NOUN_SET = foldSet(EVENT_NOUNS);
/** Undertakings a post heads by their quoted name (مشروع, مؤتمر): HEADED_WORKS, folded. */
export const HEADED_WORK_SET = foldSet(HEADED_WORKS);
/** A body's divisions a post heads by the body's quoted name (عمليات, فرع): BODY_DIVISIONS, folded. */
export const BODY_DIVISION_SET = foldSet(BODY_DIVISIONS);
/** BODY_PART_HEADS folded, with the article (اللجنه, الاداره, المكتب). */
export const BODY_PART_HEAD_SET = foldSet(BODY_PART_HEADS.map((head) => `ال${head}`));
/** Titles that are also participles agreeing with a definite noun (العامل): PARTICIPLE_TITLES, folded. */
export const PARTICIPLE_TITLE_SET = foldSet(PARTICIPLE_TITLES);
/** Nouns of a call (اتصال): CALL_NOUNS, folded. */
export const CALL_NOUN_SET = foldSet(CALL_NOUNS);
export const TIME_SET = foldSet(TIME_ADVERBS);
/** MONTHS folded. */
export const MONTH_SET = foldSet(MONTHS);
/** A noun of a span of time and its qualifier (الشهر الماضي): a time after a verb, never its subject. */
export const QUALIFIED_TIME_NOUN_SET = foldSet(QUALIFIED_TIME_NOUNS);
export const TIME_QUALIFIER_SET = foldSet(TIME_QUALIFIERS);
/** MANNER_PHRASES folded (بحسرة, بصوت), and their nouns of voice (VOICE_MANNERS). */
export const MANNER_SET = foldSet(MANNER_PHRASES);
export const VOICE_MANNER_SET = foldSet(VOICE_MANNERS);
export const STOP_SET = new Set([...foldSet(SUBJECT_STOPS), ...TIME_SET, ...MANNER_SET]);
export const TURN_SET = foldSet(TURN_MARKERS);
export const NAMING_SET = foldSet(NAMING_NOUNS);
/** Heads of a body named by its field, also a field's plain noun (الشؤون): FIELD_BODY_HEADS, folded. */
export const FIELD_BODY_HEAD_SET = foldSet(FIELD_BODY_HEADS);
/**
 * NAMING_SET, the animals (ANIMAL_NOUNS) and KIND_ONLY_NAMING_NOUNS, folded: the nouns whose name may follow right after them
 * in quotes, for the rules of kind that read the noun before the mark (isNamed, subjectNamed).
 */
export const KIND_NAMING_SET = new Set([
  ...NAMING_SET,
  ...foldSet(ANIMAL_NOUNS),
  ...foldSet(KIND_ONLY_NAMING_NOUNS),
]);
/** PLURAL_NAMED_HEADS folded (مناطق, صحف). */
export const PLURAL_NAMED_HEAD_SET = foldSet(PLURAL_NAMED_HEADS);
/** NAMING_VERBS folded (سمي, اطلق, يلقب), as written before an object pronoun. */
export const NAMING_VERB_SET = foldSet(NAMING_VERBS);
/** Indefinite nouns of a work named by a text (حملة, كتاب, لافتات), folded. */
export const TITLED_WORK_SET = foldSet(TITLED_WORK_NOUNS);
/** Nouns of places named in quotes only by a name's shape (حاجز, كمين, جبل): PLACE_NAMING_NOUNS, folded. */
export const PLACE_NAMING_SET = foldSet(PLACE_NAMING_NOUNS);
/** Nouns of a rank or a level (مستوى, درجة, فئة): LEVEL_NOUNS, folded. */
export const LEVEL_SET = foldSet(LEVEL_NOUNS);
/** The states an authority declares by name after حالة (طوارئ, تأهب): DECLARED_STATE_NOUNS, folded. */
export const DECLARED_STATE_SET = foldSet(DECLARED_STATE_NOUNS);
/** Nouns of goods sold under a brand (منتج, عبوات, سيارات): GOODS_NOUNS, folded. */
export const GOODS_SET = foldSet(GOODS_NOUNS);
/** Nouns of apps and programs (تطبيق, برنامج): APP_NOUNS, folded. */
export const APP_NOUN_SET = foldSet(APP_NOUNS);
/** Devices and stores an app runs on (هواتف, أجهزة, متجر): DEVICE_NOUNS, folded. */
export const DEVICE_SET = foldSet(DEVICE_NOUNS);
/** Plurals of things known by a name (تطبيقات, مواقع): NAMED_CLASS_NOUNS, folded. */
export const NAMED_CLASS_SET = foldSet(NAMED_CLASS_NOUNS);
export const LIST_OPENER_SET = foldSet(LIST_OPENERS);
export const RANK_FOLLOWER_SET = foldSet(RANK_FOLLOWERS);
export const CLASS_ELATIVE_SET = foldSet(CLASS_ELATIVES);
/** Works that hear a speaker after ل (برنامج): HEARD_WORKS, folded. */
export const HEARD_WORK_SET = foldSet(HEARD_WORKS);
/** Verbs of being known as, before بـ and a name (يعرف, تعرف): KNOWN_AS_VERBS, folded. */
export const KNOWN_AS_SET = foldSet(KNOWN_AS_VERBS);
/** Naming nouns that are also verbal nouns (تطبيق): ACT_NAMING_NOUNS, folded. */
export const ACT_NAMING_SET = foldSet(ACT_NAMING_NOUNS);
/** FOUNDING_NOUNS folded: founding a body (تشكيل, تأسيس, إنشاء). */
export const FOUNDING_SET = foldSet(FOUNDING_NOUNS);
export const GENITIVE_NOUN_SET = foldSet(GENITIVE_NOUNS);
export const GLOSS_SET = foldSet(GLOSS_NOUNS);
export const DOCUMENT_SET = foldSet(DOCUMENT_NOUNS);
/** Rulings, opinions and fatwas, a document after جاء في or نص only (وجاء في الحكم, نص الفتوى). */
export const RULING_SET = foldSet(RULING_NOUNS);
/** TEXT_HEADS folded: نص, حيثيات, منطوق. */
export const TEXT_HEAD_SET = foldSet(TEXT_HEADS);
/** What نص governs as its document: a document, a ruling, an opinion, a fatwa (نص الحكم). */
export const TEXT_OF_DOCUMENT_SET = new Set([...DOCUMENT_SET, ...RULING_SET]);
export const REMARKS_SET = foldSet(REMARKS_NOUNS);
export const DUAL_SET = foldSet(DUAL_REFERENTS);
export const GENERIC_BODY_SET = foldSet(GENERIC_BODY_HEADS);
/** Adjectives of a body's name that its short name drops (العامة, الوطنية), folded. */
export const GENERIC_BODY_ADJECTIVE_SET = foldSet(GENERIC_BODY_ADJECTIVES);
/** Body heads folded, each with the article and without (وزاره, الوزاره). */
const headsWithArticle = (heads: readonly string[]): ReadonlySet<string> =>
  new Set(heads.map(fold).flatMap((head) => [head, `ال${head}`]));
/** Heads a body's name again drops (وزارة, منظمة), folded, with the article and without. */
export const DROPPED_BODY_HEAD_SET = headsWithArticle(DROPPED_BODY_HEADS);
/** Heads of bodies named again by their portfolio alone (وزارة), folded, with the article and without. */
export const PORTFOLIO_BODY_HEAD_SET = headsWithArticle(PORTFOLIO_BODY_HEADS);
export const DESCRIPTION_SET = foldSet(DESCRIPTION_HEADS);
/** DESCRIPTION_HEADS and POSTER_HEADS folded: people described, not named (شاب, سيدة, مغرد). */
export const DESCRIBED_PERSON_SET = foldSet([...DESCRIPTION_HEADS, ...POSTER_HEADS]);
export const UNNAMED_SOURCE_SET = foldSet(UNNAMED_SOURCE_HEADS);
/** DESCRIBED_POSTS folded, by the description's folded head (ضابط → عقيد, لواء …). */
export const DESCRIBED_POST_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries(DESCRIBED_POSTS).map(([head, posts]) => [fold(head), foldSet(posts)]),
);
/** PLACED_SOURCE_HEADS folded (عامل, طالبه): unnamed sources called back bare or by their description. */
export const PLACED_SOURCE_SET = foldSet(PLACED_SOURCE_HEADS);
export const QUANTITY_SET = foldSet(QUANTITY_NOUNS);
export const COUNT_NOUN_SET = foldSet(COUNT_NOUNS);
export const SOURCE_ACCESS_VERB_SET = foldSet(SOURCE_ACCESS_VERBS);
export const MEETING_VERB_SET = foldSet(MEETING_VERBS);
/** MEETING_REPORTERS and MEDIA_HEADS folded: who meets someone for a paper. */
export const MEETING_REPORTER_SET = foldSet([...MEETING_REPORTERS, ...MEDIA_HEADS]);
/** MEETING_TEAMS folded: a team meets for a paper only with the outlet after it. */
export const MEETING_TEAM_SET = foldSet(MEETING_TEAMS);
export const BA_GOVERNING_VERB_SET = foldSet(BA_GOVERNING_VERBS);
export const DOMAIN_SUFFIX_SET = foldSet(DOMAIN_SUFFIXES);
export const WITHHOLDING_VERB_SET = foldSet(WITHHOLDING_VERBS);
export const DISCLOSING_NOUN_SET = foldSet(DISCLOSING_NOUNS);
export const WITHHELD_NOUN_SET = foldSet(WITHHELD_NOUNS);
export const HONORIFIC_SET = foldSet(HONORIFICS);
export const ABBREVIATED_TITLE_SET = foldSet(ABBREVIATED_TITLES);
export const INTERVIEW_LABEL_SET = foldSet(INTERVIEW_LABELS);
export const CONTRAST_THAT_SET = foldSet(CONTRAST_BEFORE_THAT);
export const NOTE_FRAME_SET = foldSet(NOTE_FRAMES);
export const READING_SET = foldSet(READING_VERBS);
export const ANSWER_LABEL_SET = foldSet(ANSWER_LABELS);
export const INTERVIEW_NOUN_SET = foldSet(INTERVIEW_NOUNS);
export const POINTER_SET = foldSet(POINTERS);
export const POINTER_ALONE_SET = foldSet(POINTERS_ALONE);
export const POINTER_WHAT_SET = foldSet(POINTERS_WHAT);
export const POINTED_NOUN_SET = foldSet(POINTED_NOUNS);
export const DELIVERING_SET = foldSet(DELIVERING_VERBS);
export const MEMBER_SET = foldSet(MEMBER_HEADS);
/** BODY_MEMBER_HEADS folded (مصدر, متحدثه, موظف): unnamed people inside a body who speak for it. */
export const BODY_MEMBER_SET = foldSet(BODY_MEMBER_HEADS);
/** REPRESENTATIVES folded (ممثل, ممثله). */
export const REPRESENTATIVE_SET = foldSet(REPRESENTATIVES);
/** MEMBERS_BODY_HEADS folded (مصلحه). */
export const MEMBERS_BODY_HEAD_SET = foldSet(MEMBERS_BODY_HEADS);
/** MISSION_HEADS folded (سفاره, قنصليه, ملحقيه, بعثه). */
export const MISSION_HEAD_SET = foldSet(MISSION_HEADS);
/** ONE_MEMBER_PLURALS folded (مسؤولي, موظفي): one of them after احد/احدى. */
export const ONE_MEMBER_PLURAL_SET = foldSet(ONE_MEMBER_PLURALS);
/** BODY_MEMBER_ADJECTIVES folded (مسؤول, مطلع, رفيعه). */
export const BODY_MEMBER_ADJECTIVE_SET = foldSet(BODY_MEMBER_ADJECTIVES);
/** NOT_BODY_HEADS folded, with the article and without (قطاع, القطاع, اوساط). */
export const NOT_BODY_HEAD_SET = new Set(NOT_BODY_HEADS.map(fold).flatMap((head) => [head, `ال${head}`]));
/** ONE_WORD_BODIES folded (الشرطه, الكرملين). */
export const ONE_WORD_BODY_SET = foldSet(ONE_WORD_BODIES);
/** DEFINITE_BODY_HEADS folded (الدفاع, الخطوط): with their adjective, an unnamed member's body. */
export const DEFINITE_BODY_HEAD_SET = foldSet(DEFINITE_BODY_HEADS);
/** MEMBERS_GROUP_HEADS folded (حركه, الحزب): groups whose unnamed source is a member. */
export const MEMBERS_GROUP_SET = foldSet(MEMBERS_GROUP_HEADS);
/** GROUP_SOURCE_HEADS folded (مصدر, مصادر, مسؤول). */
export const GROUP_SOURCE_SET = foldSet(GROUP_SOURCE_HEADS);
export const OBJECT_NOUN_SET = foldSet(OBJECT_NOUNS);
export const OBJECT_VERBAL_NOUN_SET = foldSet(OBJECT_VERBAL_NOUNS);
/** STANCE_OBJECT_NOUNS folded (دعم, جهود, اهميه). */
export const STANCE_OBJECT_NOUN_SET = foldSet(STANCE_OBJECT_NOUNS);
/** OBJECT_BEFORE_COMPLEMENT by the folded verb, with و or ف before it too. */
export const OBJECT_BEFORE_COMPLEMENT_MAP: ReadonlyMap<string, 'to' | 'ba' | 'quote'> = new Map(
  OBJECT_BEFORE_COMPLEMENT.flatMap(([verb, complement]) =>
    ['', 'و', 'ف'].map((clitic) => [fold(`${clitic}${verb}`), complement] as const),
  ),
);
/** ONE_OF_QUANTIFIERS folded (احد, احدي). */
export const ONE_OF_SET = foldSet(ONE_OF_QUANTIFIERS);
/** ONE_OF_SET and ONE_OF_FORMS folded (احد, احدي, واحد, احدهم): "one of", a description, not a name. */
export const ONE_OF_FORM_SET = new Set([...ONE_OF_SET, ...foldSet(ONE_OF_FORMS)]);
/** PLACE_HEAD_NOUNS folded (منطقه, محافظه): a place's head inside a body's name. */
export const BODY_PLACE_HEAD_SET = foldSet(PLACE_HEAD_NOUNS);
/** PLACE_HEAD_NOUNS and REGION_HEAD_NOUNS folded (منطقه, اماره, اقليم): a place's head after a title or ب. */
export const PLACE_HEAD_SET = new Set([...BODY_PLACE_HEAD_SET, ...foldSet(REGION_HEAD_NOUNS)]);
export const PLACE_SUBJECT_SET = foldSet(PLACE_SUBJECTS);
export const PEOPLES_PLURAL_SET = foldSet(PEOPLES_PLURALS);
export const MEDIA_SET = foldSet(MEDIA_HEADS);
/** OFFICE_HEADS folded, without the article (رئيس, مدير, مراسل). */
export const OFFICE_HEAD_SET = foldSet(OFFICE_HEADS);
/** PLACES_IN_YN folded (البحرين). */
export const PLACE_IN_YN_SET = foldSet(PLACES_IN_YN);
/** The gazetteer (PLACES), folded; a place of several words is one entry, its words joined by a space. */
export const PLACE_SET = foldSet(PLACES);
/** The most words of one place in the gazetteer (جنوب شرق آسيا). */
export const MAX_PLACE_WORDS = Math.max(...PLACES.map((place) => place.split(' ').length));
/** ADDRESSEE_COMPLEMENTS folded (من, الى, علي). */
export const ADDRESSEE_COMPLEMENT_SET = foldSet(ADDRESSEE_COMPLEMENTS);
/** ADDRESSED_NOUNS and ADDRESSED_PEOPLE folded (السكان, المواطنين, الحكومه): the people or body a call is addressed to. */
export const ADDRESSED_SET = foldSet([...ADDRESSED_NOUNS, ...ADDRESSED_PEOPLE]);
/** ADDRESSED_PEOPLE folded (السكان, الاهالي, التجار). */
export const ADDRESSED_PEOPLE_SET = foldSet(ADDRESSED_PEOPLE);
/** FIELDS_WITH_AN folded (الدفاع, البحث): a body's field that governs عن. */
export const FIELD_WITH_AN_SET = foldSet(FIELDS_WITH_AN);
/** A folded field after لل that governs عن (للدفاع, للبحث): FIELD_WITH_AN_SET with its ل read as the article. */
export const isFieldWithAn = (norm: string): boolean =>
  norm.startsWith('لل') && FIELD_WITH_AN_SET.has(`ا${norm.slice(1)}`);
/** SEATED_BODY_HEADS folded (بعثه, النيابه, مكتب): bodies named with their seat after في. */
export const SEATED_BODY_SET = foldSet(SEATED_BODY_HEADS);
/** COURT_HEADS folded (المحكمه, النيابه): courts and prosecutors named with their city after في. */
export const COURT_HEAD_SET = foldSet(COURT_HEADS);
/** ADDRESSING_VERBS as lemmas (دعا, حذر, طالب). */
export const ADDRESSING_SET: ReadonlySet<string> = new Set(ADDRESSING_VERBS);
/** POINTING_VERBS as lemmas (أشار, لفت, دعا): their ل is no hearer. */
export const POINTING_SET: ReadonlySet<string> = new Set(POINTING_VERBS);
export const SAYING_SET = foldSet(SAYING_NOUNS);
/** OCCASION_NOUNS folded (بيان, تصريح, مؤتمر). */
export const OCCASION_SET = foldSet(OCCASION_NOUNS);
/** OCCASION_HOST_VERBS folded (اجرت, نظم, نشرت): before a pronoun, a host's verb, not the speaker's. */
export const OCCASION_HOST_SET = foldSet(OCCASION_HOST_VERBS);
/** OWN_SPEECH_NOUNS folded as written before a pronoun (حديث, كلمت, مداخلت): حديثه, كلمتها. */
export const OWN_SPEECH_STEM_SET = foldSet(
  OWN_SPEECH_NOUNS.map((w) => (w.endsWith('ة') ? `${w.slice(0, -1)}ت` : w)),
);
/** OWNED_NOUNS folded: what a body owns, offers or takes, in construct with its name (عرض, قرار). */
export const OWNED_NOUN_SET = foldSet(OWNED_NOUNS);
/** TOPIC_NOUNS folded: events and matters reported on (حادثه, اجتماع). */
export const TOPIC_NOUN_SET = foldSet(TOPIC_NOUNS);
/** CALLING_WORDS folded (دعوه, الداعي, المطالبه). */
export const CALLING_SET = foldSet(CALLING_WORDS);
export const NAME_JOINER_SET = foldSet(NAME_JOINERS);
export const PATRONYM_SET = foldSet(PATRONYMS);
export const LINEAGE_SET = foldSet(LINEAGE_WORDS);
/** NUMBER_WORDS folded: a number in words, which no name has among its words. */
export const NUMBER_WORD_SET = foldSet(NUMBER_WORDS);
export const KUNYA_SET = foldSet(KUNYA_WORDS);
export const DESCRIPTION_PLACE_SET = foldSet(DESCRIPTION_PLACES);
export const VERB_NEGATION_SET = foldSet(VERB_NEGATIONS);
export const COMPOUND_END_SET = foldSet(COMPOUND_NAME_ENDS);
/** TITLES_IN_NAMES folded (امين, امير, ولي). */
export const TITLE_IN_NAME_SET = foldSet(TITLES_IN_NAMES);
/** TITLE_IN_NAME_GENITIVES folded (عام, السر, العهد). */
export const TITLE_IN_NAME_GENITIVE_SET = foldSet(TITLE_IN_NAME_GENITIVES);
/** BODY_VERBAL_NOUNS folded: each verbal noun to the preposition it governs. */
export const BODY_VERBAL_NOUN_MAP: ReadonlyMap<string, string> = new Map(
  BODY_VERBAL_NOUNS.map(([noun, preposition]) => [fold(noun), fold(preposition)]),
);
/** RANKS folded: words that go on a rank wherever they stand (الفريق أول), never a word of a name. */
export const RANK_WORD_SET = foldSet(RANKS);
/** RANKS and RANK_CORPS folded: the words that go on a rank right after it (العقيد بحري, الفريق أول). */
export const RANK_SET = foldSet([...RANKS, ...RANK_CORPS]);
export const RETIRED_SET = foldSet(RETIRED_WORDS);
export const ACTIVITY_GENITIVE_SET = foldSet(ACTIVITY_GENITIVES);
export const TIME_PHRASE_HEAD_SET = foldSet(TIME_PHRASE_HEADS);
export const AGE_NOUN_SET = foldSet(AGE_NOUNS);
export const NAMING_ADJECTIVE_SET = foldSet(NAMING_ADJECTIVES);
export const ADDRESSEE_SET = foldSet(ADDRESSEES);
export const AUDIENCE_SET = foldSet(AUDIENCES);
export const REPORTER_TOLD_SET = foldSet(REPORTERS_TOLD);
export const BUSINESS_OWNER_SET = foldSet(BUSINESS_OWNERS);
/** Counterparts with their pronoun, folded (نظيره, نظرائهم, زملائه): ء before a pronoun sits on ي. */
export const COUNTERPART_SET = foldSet(
  COUNTERPARTS.flatMap((noun) =>
    ['ه', 'ها', 'هم', 'هما', 'كم', 'نا'].map((pronoun) =>
      noun.endsWith('اء') ? `${noun.slice(0, -1)}ئ${pronoun}` : `${noun}${pronoun}`,
    ),
  ),
);
export const PEOPLE_IN_CONSTRUCT_SET = foldSet(PEOPLE_IN_CONSTRUCT);
export const PEOPLE_PLURAL_SET = foldSet(PEOPLE_PLURALS);
export const BODY_MEMBER_PLURAL_SET = foldSet(BODY_MEMBER_PLURALS);
export const PEOPLE_SERVING_SET = foldSet(PEOPLE_SERVING_HEADS);
export const KIN_SET = foldSet(KIN_NOUNS);
/** RIVAL_NOUNS folded: خصم, غريم. */
export const RIVAL_SET = foldSet(RIVAL_NOUNS);
/** Given names, Arabic and foreign, folded (given-names.ts): where a name may begin. */
export const GIVEN_NAME_SET = foldSet([...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES, ...FOREIGN_GIVEN_NAMES]);
/** Arabic given names alone: a name they open is written in Arabic shapes, its last word no foreign one in ا. */
export const ARABIC_GIVEN_NAME_SET = foldSet([...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES]);
/** A woman's given name, none that men bear too (سارة, منى; not نور): FEMALE_GIVEN_NAMES, folded. */
const MALE_GIVEN_NAME_FOLDED = foldSet(MALE_GIVEN_NAMES);
export const WOMAN_GIVEN_NAME_SET = new Set(
  [...foldSet(FEMALE_GIVEN_NAMES)].filter((name) => !MALE_GIVEN_NAME_FOLDED.has(name)),
);
/**
 * Given names that are also common words, folded: a name's start only in a name's context. So is every
 * given name written with the article (الطاهر, الوليد: the shape of a definite adjective).
 */
export const GIVEN_NAME_WORD_SET = foldSet([
  ...GIVEN_NAMES_ALSO_WORDS,
  ...[...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES, ...FOREIGN_GIVEN_NAMES].filter((name) =>
    name.startsWith('ال'),
  ),
]);
/** Stop words that open a compound given name (فجر الدين, حسب الله), and the halves after them, folded. */
export const COMPOUND_NAME_STOP_HEAD_SET = foldSet(COMPOUND_NAME_STOP_HEADS);
export const COMPOUND_NAME_HEAD_END_SET = foldSet(COMPOUND_NAME_HEAD_ENDS);
/** Women's names that are masculine nouns and stop words (صباح, بيان), folded: a name only after her verb or title. */
export const WOMAN_NAME_WORD_SET = foldSet(WOMEN_NAMES_MASCULINE_WORDS);
/** Adjectives of a statement or a promise (بيان صادر, وعد رسمي), folded: the noun, not a woman's name. */
export const DOCUMENT_QUALIFIER_SET = foldSet(DOCUMENT_QUALIFIERS);
/** Words after صباح or فجر that keep it a time of day (صباح أول أمس, صباح باكر), folded. */
export const PART_OF_DAY_QUALIFIER_SET = foldSet(PART_OF_DAY_QUALIFIERS);
/** A folded word is a given name, whether or not it is also a common word (a name's father, محمد in بن محمد). */
export const isGivenName = (norm: string): boolean =>
  GIVEN_NAME_SET.has(norm) || GIVEN_NAME_WORD_SET.has(norm);
/** Adjectives of origin, foreign and Arab, folded, masculine and feminine (السوري, الأميركيه). */
export const ORIGIN_NISBA_SET = foldSet(
  [...ARAB_NISBAS, ...FOREIGN_NISBAS].flatMap((nisba) => [nisba, `${nisba}ة`]),
);
/** GATHERING_NOUNS folded (منتدي, قمه, ندوه). */
export const GATHERING_SET = foldSet(GATHERING_NOUNS);
/** CLOSENESS_PARTICIPLES folded (مقربه, مطلعين). */
export const CLOSENESS_SET = foldSet(CLOSENESS_PARTICIPLES);
/** REGION_NISBAS folded, masculine and feminine (الغربي, الاوروبيه). */
export const REGION_NISBA_SET = foldSet(REGION_NISBAS.flatMap((nisba) => [nisba, `${nisba}ة`]));
/** FAEEL_ADVERBS folded: adverbs that are never a foreign family name. */
export const FAEEL_ADVERB_SET = foldSet(FAEEL_ADVERBS);
/** FOREIGN_NISBAS folded, masculine and feminine (الهولندي, الهولنديه). */
export const FOREIGN_NISBA_SET = foldSet(FOREIGN_NISBAS.flatMap((nisba) => [nisba, `${nisba}ة`]));
/** COMPANION_WORDS folded (يرافقه, بحضور, نيابه). */
export const COMPANION_SET = foldSet(COMPANION_WORDS);
/** The titles an honorific with a pronoun goes with (سموه → أمير, شيخ), folded, by folded honorific. */
const HONOURED = new Map(Object.entries(HONOURED_TITLES).map(([h, titles]) => [fold(h), foldSet(titles)]));
export function honouredTitles(pronoun: string): ReadonlySet<string> | undefined {
  for (const [honorific, titles] of HONOURED)
    if (pronoun.startsWith(honorific.replace(/ه$/u, ''))) return titles;
  return undefined;
}
/** Adjectives after الرئيس that name another office (folded): التنفيذي, السابق. */
export const PRESIDING_RANK_SET = foldSet(PRESIDING_RANKS);
const bareHead = (word: string) => (word.startsWith('ال') && word.length > 3 ? word.slice(2) : word);
/** TITLE_KIN folded, by head without the article; each form's first word without it too. */
const KIN = new Map(
  Object.entries(TITLE_KIN).map(([head, forms]) => [
    head
      .split(' ')
      .map((word, i) => (i === 0 ? bareHead(fold(word)) : fold(word)))
      .join(' '),
    forms.map((form) => form.split(' ').map((word, i) => (i === 0 ? bareHead(fold(word)) : fold(word)))),
  ]),
);
/** The other forms of the office a folded head (without the article) names, if any (رئيس → رئيس الجمهوريه). */
export function titleKin(head: string): readonly (readonly string[])[] | undefined {
  return KIN.get(head);
}
export const MEDIA_NAME_LIST = MEDIA_NAMES.map((p) => p.split(' ').map(fold));
/** ORIGIN_HALVES folded: the half of an adjective of origin after its first word (الكوري الجنوبي). */
export const ORIGIN_HALF_SET = foldSet(ORIGIN_HALVES);
/** APPOSED_TRADE_TITLES folded: a trade's title after a whole name (فلان الفلاني المحلل في …). */
export const APPOSED_TRADE_SET = foldSet(APPOSED_TRADE_TITLES);
/** FOREIGN_FIRM_NAMES and MEDIA_NAMES, each as its folded words: a firm's plain name after a title's في or لدى. */
export const FOREIGN_FIRM_LIST = [...FOREIGN_FIRM_NAMES, ...MEDIA_NAMES].map((p) => p.split(' ').map(fold));
export const SOURCE_PHRASE_LIST = SOURCE_PHRASES.map((p) => p.split(' ').map(fold));
/** Source words that govern ل, glued to the name after them (وفقا لفلان, طبقا للوزير). */
export const LAM_SOURCES: ReadonlySet<string> = new Set(['وفقا', 'طبقا'].map(fold));
export const BACK_REFERENCE_LIST = BACK_REFERENCES.map((p) => p.split(' ').map(fold));

/** A folded word is a one-word place, bare or behind ل, the article's ا dropped after it (لليمن). */
const isPlaceForm = (norm: string): boolean =>
  PLACE_SET.has(norm) ||
  (norm.startsWith('ل') && PLACE_SET.has(norm.slice(1))) ||
  (norm.startsWith('لل') && PLACE_SET.has(`ال${norm.slice(2)}`));

/**
 * A folded word is a one-word place of the gazetteer (إيطاليا, جدة), or one behind ل (لآسيا, لسوريا,
 * لليمن), or one of those behind و (وليبيا, ولبنان: a second place joined to the first), and no given
 * name: never a word of a person's name.
 */
export const isPlaceWord = (norm: string): boolean =>
  (isPlaceForm(norm) || (norm.startsWith('و') && isPlaceForm(norm.slice(1)))) && !isGivenName(norm);

/**
 * A folded word is a body's head (شركة, مجموعة, وزارة) alone or behind ل or ب (لشركة, بمجموعة): a
 * body's name starts there, never a person's.
 */
export const isBodyHeadWord = (norm: string): boolean =>
  ORGANISATION_SET.has(norm) || (/^[لب]/u.test(norm) && ORGANISATION_SET.has(norm.slice(1)));

export interface CueMatch extends CueForm {
  /** The proclitic the word carried (و, ف) or ''. */
  clitic: string;
}

/** Object pronouns a past verb may carry: وصفها، دعاهم، اتهمه. */
const OBJECT_SUFFIXES = ['هما', 'هم', 'هن', 'ها', 'ه', 'نا', 'ني', 'كم'];

/**
 * The folded word is a cue verb that carries its object as a pronoun (وصفها, ووصفه, اتهمهم): the verb's
 * object is given, so no noun after it is the object.
 */
export function isCueWithObjectPronoun(norm: string): boolean {
  if (lookupCue(norm) === undefined) return false;
  for (const suffix of OBJECT_SUFFIXES)
    if (
      norm.length > suffix.length + 2 &&
      norm.endsWith(suffix) &&
      lookupCue(norm.slice(0, -suffix.length)) !== undefined
    )
      return true;
  return false;
}

/** A verb with a final ى and the pronoun ه (نفاه): its folded shape is also that of a plural in ة. */
const WITH_WRITTEN_HA = new Map<string, CueMatch>();

/**
 * Every written shape of every cue, built once: the form, the form after one conjunction proclitic,
 * and a finite past verb (not قال's row: قوله, تعبيره are nouns) with an object pronoun, with or
 * without the proclitic. A look-up is then one `Map.get`, with nothing allocated.
 */
function buildShapes(): Map<string, CueMatch> {
  const shapes = new Map<string, CueMatch>();
  const add = (word: string, match: CueMatch) => {
    if (!shapes.has(word)) shapes.set(word, match);
  };
  const bare = [...VERB_FORMS].map(([form, cue]) => [form, { ...cue, clitic: '' }] as const);
  for (const [form, match] of bare) add(form, match);
  for (const [form, cue] of VERB_FORMS)
    for (const clitic of PROCLITICS) add(`${clitic}${form}`, { ...cue, clitic });
  // A present verb after ل of purpose (عاد الوزير ليقول, خرج ليؤكد): its subject is the main verb's.
  for (const [form, cue] of VERB_FORMS)
    if (cue.tense === 'present' && /^[يت]/u.test(form)) add(`ل${form}`, { ...cue, clitic: 'ل' });
  // The suffixed shapes come after every plain one, so that a plain word is never read as a verb
  // with a pronoun.
  const plain = [...shapes];
  for (const [word, match] of plain) {
    // قال takes its words as object only in the shape that refers back to a quote (قالها, قالتها,
    // قالوها, يقولها, تقولها: «…»، قالها فلان); قاله stays out (ما قاله الوزير is a relative clause).
    if (match.cls === 'say' && match.tense !== 'participle' && word.length >= 3) {
      add(`${match.agreement === 'pl' && word.endsWith('وا') ? word.slice(0, -1) : word}ها`, match);
      continue;
    }
    if (match.tense !== 'past' || match.cls === 'say' || word.length < 3) continue;
    // The plural's silent alif goes before a pronoun: وصفوا, وصفوه. A final ى is written ا before
    // one: نفى, نفاه, نفاها; أبدى, أبداها.
    const defective = word.endsWith('ى');
    const stem = defective
      ? `${word.slice(0, -1)}ا`
      : match.agreement === 'pl' && word.endsWith('وا')
        ? word.slice(0, -1)
        : word;
    for (const suffix of OBJECT_SUFFIXES) {
      // ا + ه folds like ا + ة: حياه is حياة (life), دعاه is دعاة (preachers) far more often. A final
      // ى's shape with ه (نفاه, ادعاه, رواه) is kept apart, a verb only where ه is written (not رواة).
      if (suffix === 'ه' && stem.endsWith('ا')) {
        if (defective) WITH_WRITTEN_HA.set(`${stem}${suffix}`, match);
        continue;
      }
      add(`${stem}${suffix}`, match);
    }
  }
  return shapes;
}

const CUE_SHAPES = buildShapes();

/**
 * The reporting verb a folded word is, if any: the word itself, or the word without one
 * conjunction proclitic, or with an object pronoun. Only the verb list is tried, so names starting
 * with و or ف are safe. The match returned is shared: do not change it.
 */
export function lookupCue(norm: string): CueMatch | undefined {
  return CUE_SHAPES.get(norm);
}

/**
 * A verb whose final ى is written ا before the pronoun ه (نفاه, ادعاه, رواه): a cue only where the
 * caller has seen ه written, not ة (رواة, narrators, folds the same).
 */
export function lookupCueWithHa(norm: string): CueMatch | undefined {
  return WITH_WRITTEN_HA.get(norm);
}

/** After قد a word is a verb: the forms that collide with a noun (قد ذكر, قد بين) are cues there. */
export function lookupCueAfterQad(norm: string): CueMatch | undefined {
  const cue = CUE_SHAPES.get(norm);
  if (cue) return cue;
  const collided = COLLIDED.get(norm);
  return collided ? { ...collided, clitic: '' } : undefined;
}

/**
 * A form that collides with a noun or a preposition (ذكر, عبر), bare or after one conjunction
 * (وذكر, فعبر): a verb only where what follows proves it, which the caller checks. بين is left to
 * قد: `بين X وبين Y … أن` is too common.
 */
export function lookupCollided(norm: string, written = ''): CueMatch | undefined {
  // بين is "between" far too often, even after و; بيّن with its shadda written is the verb.
  if (norm.endsWith('بين') && !written.includes('\u0651')) return undefined;
  const bare = COLLIDED.get(norm);
  if (bare) return { ...bare, clitic: '' };
  const clitic = norm.charAt(0);
  const form = PROCLITICS.includes(clitic) ? COLLIDED.get(norm.slice(1)) : undefined;
  return form ? { ...form, clitic } : undefined;
}

/** Proclitics `stripToSet` tries, one conjunction and one preposition at most. */
const STRIPPED_PREFIXES = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];
const PROCLITIC_FIRST = new Set(STRIPPED_PREFIXES.map((prefix) => prefix.charCodeAt(0)));

/**
 * `stripToSet`'s answers for the words that start like a proclitic, by set (null for none). A memo
 * is emptied when it reaches `STRIP_MEMO_LIMIT` words, so that a long run does not grow it forever.
 */
const stripMemos = new WeakMap<ReadonlySet<string>, Map<string, string | null>>();
const STRIP_MEMO_LIMIT = 50_000;

/**
 * The word without a conjunction or preposition proclitic, when what is left is in `set`. Answers
 * are remembered by set: a set must not change once looked up in (the lexicon's never do).
 */
export function stripToSet(norm: string, set: ReadonlySet<string>): string | undefined {
  if (set.has(norm)) return norm;
  // Most words carry none of the proclitics: no slice for them.
  if (!PROCLITIC_FIRST.has(norm.charCodeAt(0))) return undefined;
  let memo = stripMemos.get(set);
  if (!memo) {
    memo = new Map();
    stripMemos.set(set, memo);
  }
  const known = memo.get(norm);
  if (known !== undefined) return known ?? undefined;
  if (memo.size >= STRIP_MEMO_LIMIT) memo.clear();
  const stripped = stripProclitic(norm, set);
  memo.set(norm, stripped ?? null);
  return stripped;
}

function stripProclitic(norm: string, set: ReadonlySet<string>): string | undefined {
  for (const prefix of STRIPPED_PREFIXES) {
    if (norm.length > prefix.length + 1 && norm.startsWith(prefix)) {
      const rest = norm.slice(prefix.length);
      if (set.has(rest)) return rest;
      // ل + ال contracts to لل: للرئيس is ل + الرئيس
      if (prefix.endsWith('ل') && rest.startsWith('ل') && set.has(`ا${rest}`)) return `ا${rest}`;
    }
  }
  return undefined;
}

/**
 * The pronouns a folded word ends in when it is possessed or takes an object (كتابه, روايتها, فيلمهم,
 * بيانهما): the alternation every pronoun pattern shares, through pronounPattern. Readers that take
 * more endings or fewer name them after it (PRONOUN_ENDINGS_HN, PRONOUN_ENDINGS_SHORT, or the list
 * and an extra at the pattern's definition: ً, ني, نا).
 */
export const PRONOUN_ENDINGS = 'ه|ها|هم|هما';
/**
 * An honorific with a possessive pronoun, folded (سعادته, سموه, معاليها): a word that stands for a person
 * named before, or the verb's object when it is also a noun (أبدى …، سعادته بالفوز: his happiness), never
 * a name's first word.
 */
export const HONORIFIC_WITH_PRONOUN = new RegExp(
  `^(?:${[...HONOURED.keys()].map((h) => h.replace(/ه$/u, 'ت')).join('|')})(?:${PRONOUN_ENDINGS})$`,
  'u',
);
/** PRONOUN_ENDINGS and the feminine plural هن (فيهن, أبلغهن): after a preposition or a verb. */
export const PRONOUN_ENDINGS_HN = `${PRONOUN_ENDINGS}|هن`;
/** ه, ها and هم only, no dual: the readers written for a work's or a body's own (روايته, مقرها, بلدهم). */
export const PRONOUN_ENDINGS_SHORT = 'ه|ها|هم';
/**
 * A pattern of a word that ends in one of `endings` (PRONOUN_ENDINGS unless given) after `before`, a
 * regex source (with ^ when it reads the whole word: pronounPattern('^(.{3,})') captures the stem; an
 * empty alternative in `endings` makes the pronoun optional). Built once, at module level.
 */
export function pronounPattern(before = '', endings = PRONOUN_ENDINGS): RegExp {
  return new RegExp(`${before}(?:${endings})$`, 'u');
}
/** A folded word that ends in a possessive pronoun (كتابه, روايتها, فيلمهم, بيانهما). */
export const PRONOUN_END = pronounPattern();
/** The stem of three letters or more before a possessive pronoun, captured (تقرير of تقريره). */
export const PRONOUN_STEM = pronounPattern('^(.{3,})');

/** True when a folded word carries the article (ال, or لل for ل + ال, or وال/بال/فال/كال). */
export function hasArticle(norm: string): boolean {
  return /^(?:[وفبك]?ال|و?لل)/u.test(norm) && norm.length > 3;
}
export const BODY_PARTICIPLE_SET = foldSet(BODY_PARTICIPLES);
/** FIRM_ROLE_PARTICIPLES folded: what a firm does to a thing (المشغلة لـ, المسؤولة عن), no word of its name. */
export const FIRM_ROLE_SET = foldSet(FIRM_ROLE_PARTICIPLES);
/**
 * Heads of a firm that the article names by its own plain or quoted name (مجموعة فولكسفاغن, شركة
 * «نستله», بنك باركليز): a closed class of common nouns of trade, folded. The name after them is no
 * genitive of theirs, so the register reads it as the firm's whole name.
 */
export const FIRM_NAME_HEAD_SET = foldSet(['شركة', 'مجموعة', 'بنك', 'مصرف']);
/** Plain adjectives of size, age or rank a firm's head takes, masculine (بنك كبير, شركة عملاق), folded. */
export const FIRM_ADJECTIVE_SET = foldSet([
  'كبير',
  'صغير',
  'جديد',
  'قديم',
  'واحد',
  'آخر',
  'عملاق',
  'ضخم',
  'رائد',
  'ناشئ',
]);
/** NISBA_SHAPED_PLURALS folded: nouns shaped like a nisba (الاغذيه), no adjective. */
export const NISBA_SHAPED_PLURAL_SET = foldSet(NISBA_SHAPED_PLURALS);
/** The shape of a definite adjective of origin, folded: the article, two letters or more, ي or يه. */
const NISBA_SHAPE = /^ال.{2,}(?:ي|يه)$/u;
/**
 * True for a definite adjective of origin or field, folded (الهولندي, الأرجنتينيه, الصحيه), but not a
 * broken plural of that shape (NISBA_SHAPED_PLURAL_SET: منظمة الأغذية والزراعة), a noun that nothing
 * qualifies: the one test subject.ts, attribute.ts and expand-names.ts share.
 */
export function isNisba(norm: string): boolean {
  return NISBA_SHAPE.test(norm) && !NISBA_SHAPED_PLURAL_SET.has(norm);
}
export const FOREIGN_SYLLABLE_SET = foldSet(FOREIGN_NAME_SYLLABLES);
/** ANNA_GOVERNING_SYLLABLES folded: a name's syllable that before أن is the particle (لو أن). */
export const ANNA_SYLLABLE_SET = foldSet(ANNA_GOVERNING_SYLLABLES);
/** SPOKEN_WHERE_NOUNS folded: where in a talk or an event words were given (في ختام, في محاضرة). */
export const SPOKEN_WHERE_SET = foldSet(SPOKEN_WHERE_NOUNS);
