import type { Span } from '../scan/pair-quotes.js';
import type { Token } from '../scan/tokenize.js';
import { fold, isIgnorable } from '../text/normalize.js';
import type { QuoteKind, Resolution } from '../types.js';
import { COMPLETING, type CueClass, DESCRIBING_BY } from './cues.js';
import {
  bodyOfAgent,
  countBefore,
  describesFirm,
  Entities,
  type Entity,
  type Mention,
  sameOffice,
} from './entities.js';
import { expandBodies, expandBodyHeads, expandNames, isDeputyTitle, loneSubjects } from './expand-names.js';
import {
  ABBREVIATED_TITLE_SET,
  ACCUSING_VERB_SET,
  ACT_NAMING_SET,
  ACTIVITY_GENITIVE_SET,
  ADDRESSED_PEOPLE_SET,
  ADDRESSED_SET,
  ADDRESSEE_COMPLEMENT_SET,
  ADDRESSEE_SET,
  ADDRESSING_SET,
  type Agreement,
  ANSWER_LABEL_SET,
  APP_NOUN_SET,
  APPOSED_TRADE_SET,
  BA_GOVERNING_VERB_SET,
  BACK_REFERENCE_LIST,
  BODY_MEMBER_ADJECTIVE_SET,
  BODY_MEMBER_SET,
  BODY_PLACE_HEAD_SET,
  CALL_NOUN_SET,
  CALLING_SET,
  CLASS_ELATIVE_SET,
  CLAUSE_OPENER_SET,
  COMPANION_SET,
  COMPLEMENT_NOUN_SET,
  COMPLEMENTISER_SET,
  COMPOUND_END_SET,
  CONTRAST_THAT_SET,
  COUNT_NOUN_SET,
  COURT_HEAD_SET,
  type CueMatch,
  DECLARED_STATE_SET,
  DEFINITE_BODY_HEAD_SET,
  DELIVERING_SET,
  DESCRIBED_PERSON_SET,
  DESCRIPTION_SET,
  DEVICE_SET,
  DOCUMENT_SET,
  DOMAIN_SUFFIX_SET,
  DUAL_SET,
  EVENT_NOUN_SET,
  FIELD_BODY_HEAD_SET,
  FIRM_ADJECTIVE_SET,
  FIRM_NAME_HEAD_SET,
  FIRM_ROLE_SET,
  FOREIGN_NISBA_SET,
  FOUNDING_SET,
  GENERIC_BODY_SET,
  GIVEN_NAME_SET,
  GIVEN_NAME_WORD_SET,
  GLOSS_SET,
  GOODS_SET,
  HONORIFIC_SET,
  hasArticle,
  honouredTitles,
  INTERVIEW_LABEL_SET,
  INTERVIEW_NOUN_SET,
  isCueWithObjectPronoun,
  isFieldWithAn,
  isGivenName,
  isNisba,
  KIN_SET,
  KIND_NAMING_SET,
  KNOWN_AS_SET,
  KUNYA_SET,
  LAM_SOURCES,
  LEVEL_SET,
  LINEAGE_SET,
  LIST_OPENER_SET,
  lookupCollided,
  lookupCue,
  lookupCueAfterQad,
  lookupCueWithHa,
  MANNER_SET,
  MAX_PLACE_WORDS,
  MEDIA_NAME_LIST,
  MEDIA_SET,
  MEETING_REPORTER_SET,
  MEETING_TEAM_SET,
  MEETING_VERB_SET,
  MEMBERS_BODY_HEAD_SET,
  MEMBERS_GROUP_SET,
  MISSION_HEAD_SET,
  NAME_JOINER_SET,
  NAMED_CLASS_SET,
  NAMING_ADJECTIVE_SET,
  NAMING_SET,
  NAMING_VERB_SET,
  NOT_BODY_HEAD_SET,
  NOTE_FRAME_SET,
  NUMBER_WORD_SET,
  OBJECT_BEFORE_COMPLEMENT_MAP,
  OBJECT_NOUN_SET,
  OBJECT_VERBAL_NOUN_SET,
  OCCASION_HOST_SET,
  OCCASION_SET,
  ONE_MEMBER_PLURAL_SET,
  ONE_OF_SET,
  ONE_WORD_BODY_SET,
  ORGANISATION_SET,
  ORIGIN_NISBA_SET,
  OWN_SPEECH_STEM_SET,
  OWNED_NOUN_SET,
  PARTICIPLE_TITLE_SET,
  PATRONYM_SET,
  PEOPLE_IN_CONSTRUCT_SET,
  PEOPLE_PLURAL_SET,
  PEOPLES_PLURAL_SET,
  PLACE_ADVERB_SET,
  PLACE_IN_YN_SET,
  PLACE_NAMING_SET,
  PLACE_SET,
  PLACE_SUBJECT_SET,
  PLURAL_NAMED_HEAD_SET,
  POINTED_NOUN_SET,
  POINTER_ALONE_SET,
  POINTER_SET,
  POINTER_WHAT_SET,
  POINTING_SET,
  PORTFOLIO_BODY_HEAD_SET,
  PRONOUN_END,
  PRONOUN_ENDINGS,
  PRONOUN_ENDINGS_HN,
  PRONOUN_ENDINGS_SHORT,
  PRONOUN_STEM,
  PUBLISHING_VERB_SET,
  pronounPattern,
  QUALIFIED_TIME_NOUN_SET,
  QUANTITY_SET,
  RANK_FOLLOWER_SET,
  READING_SET,
  REGION_NISBA_SET,
  REMARKS_SET,
  REPRESENTATIVE_SET,
  RULING_SET,
  SAYING_SET,
  SEATED_BODY_SET,
  SOURCE_PHRASE_LIST,
  STANCE_NOUN_SET,
  STANCE_OBJECT_NOUN_SET,
  STOP_SET,
  stripToSet,
  TELLING_VERB_SET,
  TEXT_HEAD_SET,
  TEXT_OF_DOCUMENT_SET,
  TIME_QUALIFIER_SET,
  TIME_SET,
  TITLE_SET,
  TITLED_WORK_SET,
  TOPIC_NOUN_SET,
  TURN_SET,
  UNNAMED_SOURCE_SET,
  VERB_NEGATION_SET,
  VOICE_MANNER_SET,
  WOMAN_GIVEN_NAME_SET,
} from './lexicon.js';
import {
  ADDRESS_SET,
  afterTimePhrases,
  ageAsideEnd,
  BARE_THAT,
  CALLED,
  CIRCUMSTANTIAL_PRONOUNS,
  closesBeforeComplement,
  DECADE_ADJECTIVE,
  HADRAMI_FAMILY,
  hasTanween,
  hasTitleWithHe,
  isAlan,
  isApposedPersonOpener,
  isBrokenPlural,
  isBrokenPluralShape,
  isComma,
  isFirstNameWithoutHamza,
  isGroupPlural,
  isHamzaAlName,
  isHearerAfterLam,
  isInDocument,
  isInFrontOf,
  isInOccasion,
  isJudgingLemma,
  isKinAfterLam,
  isMediaHeadAfterLam,
  isMemberHead,
  isNameHyphen,
  isNounAfterVerb,
  isOwnDocument,
  isPeopleHead,
  isPlaceHeadAfterBa,
  isRoleVerb,
  isSyllableLikeArticle,
  isTimeWithPronoun,
  isTitleHead,
  isWomansNameWord,
  lastBeforeThat,
  NAMING_TITLES,
  oneOfBeforeVerb,
  opensDerivedObject,
  opensForeignNameRun,
  opensGivenName,
  opensTimePhrase,
  opensVerbalNounObject,
  outletAfterLam,
  PAST_BEFORE_THAT,
  PREPOSITIONS_BEFORE_NOUNS,
  range,
  readSubject,
  SAYING_NOUN_SET,
  type Subject,
  TOPIC_OPENERS,
  TOWARD,
  timePhraseEnd,
  titledPersonNameEnd,
  toldOutletAfter,
  withheldNameEnd,
} from './subject.js';

/**
 * Heads of bodies that are plurals of things (وسائل الإعلام): as subjects they take a feminine verb, so
 * after a masculine one they are its object. Not مصادر: sources speak after a masculine verb too (وذكر
 * مصادر مطلعة أن …).
 */
const THINGS_PLURAL_HEADS = new Set(['وسائل']);

/** The most tokens between a relaying نقل and the عن of its source (وتنقل الصحيفة البريطانية اليوم عن …). */
const MAX_RELAY_REACH = 10;
/** عن with or without its pronoun, as a relay's source follows it (عن, عنه, عنها, عنهم). */
const ABOUT_SOURCE = /^عن(?:ه|ها|هم|هما)?$/u;

/** The verbs of going on that also complete any object (COMPLETING), as lemmas. */
const COMPLETING_SET = new Set(COMPLETING);

/** What the attribution says of one quoted span. */
export interface Attribution {
  kind: QuoteKind;
  speaker: { entity: Entity; mention: string; resolution: Resolution } | null;
  /** The cue as written, or null. */
  cue: string | null;
}

/** A reporting cue in the text with what it says about who speaks. */
interface Cue {
  index: number;
  match: CueMatch;
  subject: Subject | null;
  /** The token after the cue phrase (verb, subject, relayed source). */
  end: number;
  entity: Entity | null;
  mention: string;
  /** What follows: a colon, a complementiser (indirect speech), a quote, or nothing speech-like. */
  complement: 'colon' | 'that' | 'quote' | 'none';
  /** The subject was a document (البيان): a dropped subject continues whatever its agreement. */
  issued: boolean;
  /** The document was a court's ruling (الحكم, حيثيات الحكم): only a court speaks on through it. */
  ruling?: true;
  /** The subject was an honorific with a pronoun (سموه, معاليه), folded: whom it may stand for. */
  honorific: string | null;
  /** The subject was a noun with ذاته/نفسه (المصدر ذاته), folded: the last speaker of that title. */
  sameAs: string | null;
  /**
   * Who tells, when the words are relayed from someone else (أفادت الصحيفة نقلا عن مصادر): a later
   * verb or participle without a subject (مضيفة) goes on with the teller, not the source.
   */
  teller: { entity: Entity; mention: string; subject: Subject } | null;
}

/** Prepositions that say where a subject said something of its own (في افتتاحيتها, على صفحته). */
const SUBJECT_STOPS_BEFORE_OWN = new Set(['في', 'على', 'عبر']);
/** An unnamed source's head in narration, folded (عن مصدر مسؤول في …, على لسان مسؤول في …). */
const RELAYED_SOURCE_SET = new Set(['مصدر', 'مصادر', 'مسؤول']);
/** What relays an unnamed source in narration: عن (نقلا عن, نقلته عن), على لسان. */
const RELAY_BEFORE_SOURCE = new Set(['عن', 'لسان']);
/** A source's head, folded (المصدر, المصادر after the article): one the article introduced, definite. */
const DEFINITE_SOURCE_SET = new Set(['مصدر', 'مصادر']);
/** A spokesman's head, folded (المتحدث باسم …, الناطقة باسم …): one office of a body, definite. */
const SPOKESMAN_SET = new Set(['متحدث', 'متحدثه', 'ناطق', 'ناطقه']);
/** A body's regional branch or office in construct with its head (فرع الهيئة, مكتب المنظمة), folded. */
const BRANCH_SET = new Set(['فرع', 'مكتب', 'مديريه']);
/** The adjective a spokesman's office takes (المتحدث الرسمي باسم …, الناطق الإعلامي لشرطة …), folded. */
const OFFICIAL_ADJECTIVE_SET = new Set(['الرسمي', 'الرسميه', 'الاعلامي', 'الاعلاميه']);
/** What follows العام when it is the year, not an adjective (العام الماضي, العام المقبل), folded. */
const YEAR_EPITHETS = new Set(['الماضي', 'المقبل', 'الجاري', 'الحالي', 'القادم', 'المنصرم']);
/**
 * Adjectives that say when a thing came or where it stands in a series (قرار الوزارة الأخير, اجتماعها
 * السابق), folded: they describe the noun a body's name is the genitive of, never the body, so a body's
 * name ends before them (قرار جامعة طيبة الأخير: جامعة طيبة). A closed class.
 */
const WHEN_EPITHETS = new Set([
  ...YEAR_EPITHETS,
  ...[...YEAR_EPITHETS].map((word) => `${word}ه`),
  'الاخير',
  'الاخيره',
  'السابق',
  'السابقه',
]);
/**
 * Prepositions of the cause or the time of what a verb tells (بسبب, خلال, بعد, إثر), folded: after a
 * body's name and its city they close the noun phrase (انتقد ناشطون هيئة … في دبي بسبب …).
 */
const CIRCUMSTANCE_PREPOSITIONS = new Set(['بسبب', 'خلال', 'بعد', 'قبل', 'منذ', 'عقب', 'اثر', 'جراء']);
/** Prepositions of a verb's complement that may follow a body's seat before a quote or أن (من «…», إلى أن). */
const SEAT_COMPLEMENT_PREPOSITIONS = new Set(['من', 'الى', 'الي', 'على', 'علي', 'ب']);
/**
 * Nouns of figures a body counts or foresees (تقديرات, أرقام, بيانات, إحصاءات, توقعات), folded: before the
 * body's name they are its own, and the body speaks (بحسب تقديرات غرفة تجارة لندن). A closed class of
 * common nouns, not documents a body issues (DOCUMENT_SET).
 */
const FIGURE_NOUNS = new Set(
  ['تقديرات', 'تقدير', 'أرقام', 'بيانات', 'إحصاءات', 'إحصائيات', 'توقعات', 'معطيات', 'حسابات'].map(fold),
);
/**
 * A body's channels on a network, folded, without the article (الحساب الرسمي لوزارة …, الصفحة الرسمية
 * لرئاسة …, موقع الاتحاد …): what the account, the page or the site posts, the body that runs it says. A
 * closed class of common nouns; their gender-blind adjective الرسمي/الرسمية may stand between.
 */
const ACCOUNT_NOUNS = new Set(['حساب', 'صفحة', 'موقع', 'منصة'].map(fold));
// (الرسمى: the final ى that Egyptian copy writes for ي)
const OFFICIAL_ADJECTIVES = new Set(['الرسمي', 'الرسمى', 'الرسمية'].map(fold));
/**
 * Participles of belonging, ownership and stance, folded, that take ل (التابعة للوزارة, المملوكة للدولة,
 * الموالية للحكومة, المناهضة للاستيطان): after a body's name they describe it, no field of its name. A
 * closed class; a participle of what the body is (المستقلة للانتخابات) keeps its field.
 */
const BELONGING_PARTICIPLES = new Set(
  [
    'التابعة',
    'التابع',
    'المملوكة',
    'المملوك',
    'الموالية',
    'الموالي',
    'المناهضة',
    'المناهض',
    'المؤيدة',
    'المؤيد',
    'الداعمة',
    'الداعم',
    'المقربة',
    'المقرب',
  ].map(fold),
);
/** A definite nisba in the plural of persons, folded (الأمريكيين, الزراعيين, السعوديون). */
const PERSONS_NISBA = /^ال.{2,}ي(?:ين|ون)$/u;
/** A definite word in the sound masculine plural, folded (المزارعين, المحترفين, المستقلون). */
const SOUND_PLURAL = /^ال.{3,}(?:ين|ون)$/u;
/** Colours, folded, masculine and feminine: with a genitive they name one thing (الهلال الأحمر). */
const COLOURS = new Set(
  [
    'الأحمر',
    'الحمراء',
    'الأخضر',
    'الخضراء',
    'الأبيض',
    'البيضاء',
    'الأسود',
    'السوداء',
    'الأزرق',
    'الزرقاء',
    'الأصفر',
    'الصفراء',
  ].map(fold),
);
/** Those who work in a sector (العاملين, العاملات, المشتغلين), folded without the article: a field after لل that takes ب. */
const WORKERS = new Set(['عاملين', 'عاملات', 'مشتغلين', 'منتسبين']);
/**
 * Verbal nouns of a body's field that govern a preposition, folded, with it (للحد من الطلاق, للوقاية من
 * المخدرات, للدفاع عن حقوق الإنسان, للقضاء على الفقر, للرفق بالحيوان): the noun after the preposition is
 * the field's complement and the name's. A closed class: what bodies are set up to curb, guard, seek or
 * foster; ب is glued to its noun.
 */
const FIELD_GOVERNING = new Map<string, string>(
  [
    ...['حد', 'وقاية', 'حماية', 'تخلص', 'تعافي'].map((w) => [w, 'من']),
    ...['دفاع', 'كشف', 'بحث', 'تنقيب', 'إبلاغ'].map((w) => [w, 'عن']),
    ...['قضاء', 'محافظة', 'حفاظ', 'رقابة', 'سيطرة', 'تغلب', 'إشراف'].map((w) => [w, 'على']),
    ...['رفق', 'عناية', 'توعية', 'نهوض', 'تعريف', 'اهتمام', 'ارتقاء'].map((w) => [w, 'ب']),
  ].map(([w, p]) => [fold(w as string), p as string]),
);
/** صادر, issued, with the article or not, folded: a document or figures issued by (عن) a body. */
const ISSUED = new Set(['صادر', 'صادره', 'الصادر', 'الصادره']);
/** Prepositions a describing participle governs after a body's name (المدافعة عن, المسؤولة عن), folded. */
const DESCRIBED_PREPOSITIONS = new Set(['عن', 'على', 'علي', 'من', 'الى', 'الي', 'مع']);
/** حالة ("a state"), folded: a level noun only before a declared state (DECLARED_STATE_SET). */
const STATE_NOUN_SET = new Set([fold('حالة')]);
/** قائمة ("a list"), folded: a naming noun unless a relative clause describes the quote after it. */
const LIST_NOUN_SET = new Set([fold('قائمة')]);

/** Pronouns that say who a subject just named is (حيث قالت «…» وهي …). */
const SUBJECT_PRONOUNS = new Set(['وهي', 'وهو', 'هي', 'هو', 'وهم', 'هم']);
/**
 * Given names that are also an adjective or a noun opening idioms in construct with a definite noun (حسن
 * النية, عماد الاقتصاد, وليد اللحظة, زكي الرائحة, جميل الصنع), folded: in marks before a definite word
 * that is no nisba nor a name the article knows, the idiom, not a person.
 */
const IDIOM_OPENING_NAMES = new Set(
  [
    'حسن',
    'عماد',
    'وليد',
    'زكي',
    'جميل',
    'كريم',
    'سعيد',
    'نبيل',
    'شريف',
    'حميد',
    'رشيد',
    'صالح',
    'عادل',
    'فاضل',
    'طيب',
    'حليم',
    'عزيز',
    'رحيم',
    'سليم',
  ].map(fold),
);

/** Definite abstract nouns of idioms that a given name opens (حسن الظن, حسن الجوار, حسن الحظ), folded. */
const IDIOM_NOUNS = new Set([
  'الظن',
  'الجوار',
  'الحظ',
  'الاداء',
  'الاقتصاد',
  'الخلق',
  'الصنع',
  'الطالع',
  'السلوك',
  'الصيام',
  'الدعاء',
]);

/**
 * A definite noun that completes an idiom after حسن, عماد … rather than a family name: a feminine noun in
 * ة (النية, الخاتمة, الدولة), a verbal noun of تفعيل, تفعّل or تفاعل (التنظيم, التصرف, التعامل) or of
 * مفاعلة (المعاملة), or one of IDIOM_NOUNS. Folded.
 */
function isIdiomNoun(norm: string): boolean {
  // (a nisba is a family's name, التونسي, التكريتي, whatever it opens with)
  if (isNisba(norm)) return false;
  return (
    (norm.endsWith('ه') && norm !== 'الله') ||
    /^الت/u.test(norm) ||
    // …or of إفعال, افتعال, انفعال, استفعال (الإعداد, الاستماع, الانضباط, الاستثمار)
    /^الا.{2,4}ا.$/u.test(norm) ||
    /^الم.ا..ه$/u.test(norm) ||
    IDIOM_NOUNS.has(norm)
  );
}

/** تابع with the pronoun of what it followed (وتابعه, تابعته, وتابعتها), folded: the outlet that covered it. */
const FOLLOWED_IT = /^و?تابع(?:ه|ته|ها|تها)$/u;

/** عشر, عشرة folded: the number اثني عشر, which أثنى's past spells. */
const TENS = new Set(['عشر', 'عشره']);

/** Verbs of expressing a feeling or a stance, whose complement comes with عن (أعرب عن, عبّر عن), as lemmas. */
const EXPRESSING_LEMMAS = new Set(['أعرب', 'عبر']);

/** "The other" after a pronoun that repeats the subject: هو الآخر, هي الأخرى ("he too", "she too"). */
const OTHER_WORDS = new Set(['الاخر', 'الاخرى', 'الاخري', 'الاخرون', 'الاخرين', 'الاخريان', 'الاخريات']);

/** The decade each adjective of age stands for (DECADE_ADJECTIVE's stems, folded): ستيني → 6. */
const DECADE_OF: ReadonlyMap<string, number> = new Map([
  ['عشرين', 2],
  ['ثلاثين', 3],
  ['اربعين', 4],
  ['خمسين', 5],
  ['ستين', 6],
  ['سبعين', 7],
  ['ثمانين', 8],
  ['تسعين', 9],
]);
/** An adjective of age's stem before its ي or يه (ستيني, اربعينيه → ستين, اربعين). */
const DECADE_STEM = /^(.+?)يه?$/u;
/**
 * Descriptions of a person that say an age with no number, folded with the article (DESCRIPTION_HEADS):
 * the young (الشاب, الفتاة, الطفل) are under forty, the old (المسن, العجوز) sixty or more.
 */
const YOUNG_DESCRIPTION_SET = new Set(['الشاب', 'الشابه', 'الفتى', 'الفتاه', 'الطفل', 'الطفله'].map(fold));
const OLD_DESCRIPTION_SET = new Set(['المسن', 'المسنه', 'العجوز'].map(fold));
/** الذي, التي: a relative clause after a name, which says who the person is. */
const RELATIVE_SET = new Set(['الذي', 'التي']);
/**
 * Adjectives that set a place or a case apart from the one before (وفي حي آخر، وفي المحل المجاور، وفي قضية
 * منفصلة), folded, with and without the article: a sentence that opens on في and one of them is another
 * scene, with other people in it.
 */
const OTHER_SCENE_SET = new Set(
  ['آخر', 'أخرى', 'مجاور', 'مجاورة', 'مقابل', 'مقابلة', 'منفصل', 'منفصلة']
    .flatMap((word) => [word, `ال${word}`])
    .map(fold),
);
/** A ة at a written word's end, before any diacritics: the folded ه it becomes is no pronoun (الجلسة). */
const TA_MARBUTA_END = /ة[\u064B-\u0652\u0640]*$/u;
/** A number of years in digits, Western or Arabic-Indic (30, ٣٠). */
const YEARS_DIGITS = /^[0-9\u0660-\u0669]{1,3}$/u;
const INDIC_DIGIT = /[\u0660-\u0669]/gu;

/** ما and its forms with a preposition, standing for the thing a naming verb names (بما سماه). */
const WHAT_SET = new Set(['ما', 'بما', 'لما', 'مما', 'وما']);
/** Past naming verbs with the object pronoun for ما, and who their dropped subject is (سماه, أسمته). */
const COINING_VERBS = new Map<string, Agreement>([
  ['سماه', 'm'],
  ['اسماه', 'm'],
  ['سمته', 'f'],
  ['اسمته', 'f'],
  ['سموه', 'pl'],
  ['اسموه', 'pl'],
]);

/** Words that head a phrase of time or cause before a verbal noun: بعد إعلان, عقب تأكيد, إثر نفي. */
const ADVERBIAL_HEADS = new Set([
  'من',
  'بعد',
  'وبعد',
  'عقب',
  'وعقب',
  'اثر',
  'واثر',
  'غداة',
  'قبل',
  'وقبل',
  'منذ',
  'رغم',
  'مع',
]);

/**
 * How a verbal noun of saying (إعلان, تأكيد, نفي) reports, read as a cue: past and finite, what it
 * governs a fragment of the words (sayingNounAt).
 */
const SAYING_NOUN_MATCH: CueMatch = {
  lemma: 'قال',
  cls: 'say',
  agreement: 'm',
  tense: 'past',
  takesObject: false,
  fragmentObject: true,
  goesOn: false,
  clitic: '',
};

/** Prepositions written apart that a reporting verb governs its complement with (تعهد بـ, دعا إلى). */
const VERB_PREPOSITIONS = new Set(['ب', 'الى', 'على']);

/** Marks of a list item before a quote at the start of a line. */
const BULLETS = new Set(['-', '–', '—', '•', '*', '·', '▪']);
/**
 * A web page's line of links to other stories (اقرأ أيضاً: …, طالع المزيد, شاهد أيضا), folded: its verb
 * and the word after it. No one says it; a quote set out after it belongs to the colon before it.
 */
const READ_ALSO_VERBS = new Set(['اقرا', 'طالع', 'شاهد']);
const READ_ALSO_WORDS = new Set(['ايضا', 'المزيد']);
/** Verbs of a document arriving (بيان ورد للوكالة, رسالة وصلت إلى الصحيفة), folded. */
const ARRIVING_VERBS = new Set(['ورد', 'وردت', 'وصل', 'وصلت']);
/** Where a document arrived (ورد الى), folded: الى has the shape of a definite word. */
const ARRIVING_PREPOSITIONS = new Set(['الى']);
/** سابق, سابقة folded: a former official, no member speaking for the body. */
const FORMER = /^سابقه?$/u;
/** An adjective of relation, folded (طبي, أمنية): a member's indefinite description. */
const NISBA_ADJECTIVE = /^.{2,}يه?$/u;
/** A body written on ب (بشركة المياه): where an unnamed member serves. */
const BA_BODY = /^ب.{3,}/u;
/** A body glued to ل after a spokesman's title (لوزارة, للهيئة), folded: three letters at least after it. */
const LAM_BODY = /^ل.{3,}/u;
/** How many listed quotes a colon may introduce. */
const MAX_LISTED_QUOTES = 20;

/** Warnings and appeals that are also directed at someone (وجه تحذيرا, أطلق نداء), folded. */
const WARNINGS_DIRECTED = ['نداء', 'نداءات', 'تحذيرا', 'تحذيرات', 'انذارا'];
/**
 * Nouns of speech that وجه ("directed") takes for object, indefinite and accusative as news writes
 * them, folded: وجه سؤالا, وجهت رسالة, وجهوا انتقادات.
 */
const DIRECTED_SPEECH = new Set([
  ...['سؤالا', 'سؤال', 'اسئله', 'رساله', 'رسائل', 'دعوه', 'انتقادات', 'انتقادا'],
  ...['اتهامات', 'اتهاما', 'تهديدا', 'تهديدات', 'اسئلته', 'رسالته'],
  ...WARNINGS_DIRECTED,
]);
/**
 * Verbs that issue a warning, a notice or an appeal (lemmas): cues only with such a noun for object and a
 * quote right after it (أصدر المركز تنبيها من «…», أطلقت الهيئة نداء إلى «…», أذاعت بيانا تحذيريا).
 */
const WARNING_ISSUERS = new Set(['أصدر', 'أطلق', 'أذاع']);
/** Warnings, notices and appeals a body issues, indefinite and accusative, folded (تنبيها من «…»). */
const WARNING_NOUNS = new Set([...WARNINGS_DIRECTED, 'تنبيها', 'تنبيهات', 'انذارات', 'تعميما']);
/**
 * Prepositions that join a warning noun to its quoted matter, folded, ب as written before «: nothing
 * else may stand between them (تنبيها من «…», نداء إلى «…», تعميما بشأن «…»).
 */
const WARNING_PREPOSITIONS = new Set(['من', 'الى', 'الي', 'ب', 'بشان']);
/** Whom a warning is for, ل written on a noun, before its preposition (تحذيرا لرعاياها من «…»). */
const RECIPIENT_WORD = /^ل(?!ا$)\p{L}{2,}$/u;
/** Nouns of speech after which لـ names whom the words were given to (في تصريح لـ«…»). */
const SPEECH_NOUN_SET = new Set([
  'تصريح',
  'تصريحات',
  'تصريحه',
  'تصريحها',
  'حديث',
  'حديثه',
  'حديثها',
  'مقابله',
  'مقابلته',
  'مقابلتها',
  'لقاء',
]);
/** How many words before a quote a verb of naming may stand for the quote to be the name (namedBy). */
const MAX_NAMING_LOOKBACK = 4;
/** The most words of a wish not to be named (طلب عدم الكشف عن اسمه). */
const MAX_WITHHELD_WORDS = 5;
/** The most words between a companion word (يرافقه, بحضور, نيابة عن) and the title it brings in. */
const MAX_COMPANION_GAP = 3;
/** The most tokens between a host opening a sentence and a guest named later in it (dignitaryPlace). */
const MAX_DIGNITARY_SPAN = 40;
/** The most words of an occasion's phrase between a verb and its subject (في مؤتمر صحفي مشترك أمس). */
const MAX_OCCASION_WORDS = 5;
/** How many words before في a title's head may stand for a body after it to be the title's (learnDefiniteBody). */
const MAX_TITLE_BEFORE_FI = 4;
/** How many tokens back a counterpart (نظيره) looks for the titled person he is the peer of. */
const MAX_PEER_LOOKBACK = 24;
/** How far back a cue may stand from the word its subject ends on. */
const MAX_SUBJECT_SPAN = 14;
/** The most words of a phrase set between a quoted subject and its predicate (، والجامعة العربية،). */
const MAX_INSERT_WORDS = 6;
/** The most words of a place or a workplace after a title in apposition (، الباحث في شؤون الجماعات الإسلامية،). */
const MAX_APPOSED_PLACE_WORDS = 8;
/** جاء ذلك على لسان, folded: what was said came from whom it names next (tieOnTongue). */
const ON_TONGUE = ['جاء', 'ذلك', 'على', 'لسان'].map(fold);
/** ON_TONGUE's verb with و and without it, folded. */
const ON_TONGUE_VERB = new Set([ON_TONGUE[0] as string, `و${ON_TONGUE[0]}`]);
/** The most words of an envoy's destination after إلى in a post after a name, with the envoy's own name (نائبة المبعوث إلى الشرق الأوسط فلان فلان،). */
const MAX_DESTINATION_WORDS = 6;
/** The most words of a role in apposition after a name (فلان، المتهم بتمويل شبكة لتهريب المهاجرين عبر …،). */
const MAX_ROLE_WORDS = 12;
/** The most words looked back over from برئاسة for the bodies its sentence names. */
const MAX_PRESIDED_WORDS = 30;
/** The most words of a body's name read after its head for the complement of a post (bodyNameAfter). */
const MAX_BODY_NAME_WORDS = 5;
/** The words that give a person a body's head (learnPresidency), folded: برئاسة فلان, فلاناً رئيساً لـ. */
const PRESIDING_WORDS = new Set(['برئاسه', 'رئيسا', 'رئيسه']);

/** Honorifics with a pronoun that stand for a speaker already named (سموه, معاليه, فخامته), folded. */
const HONORIFIC_PRONOUNS = new Set(
  [
    'سموه',
    'سموها',
    'معاليه',
    'معاليها',
    'فخامته',
    'سعادته',
    'سعادتها',
    'جلالته',
    'سيادته',
    'سماحته',
    'فضيلته',
  ].map((w) => w.replace(/ة/gu, 'ه')),
);

/** ذاته, نفسه: "the same" after a noun that stands for the last speaker (المتحدث ذاته). */
const SAME_WORDS = new Set(['ذاته', 'ذاتها', 'نفسه', 'نفسها']);
/** ذات, نفس: "the same" written before the noun (ذات المصدر, نفس المتحدث). */
const SAME_BEFORE = new Set(['ذات', 'نفس']);
/** Nouns that, with ذاته/نفسه, stand for whoever spoke last, whatever his title (المصدر نفسه). */
const SAME_SPEAKER_NOUNS = new Set(['المتحدث', 'المتحدثه', 'المصدر', 'المسؤول', 'المسؤوله']);
/** The noun of "the one speaking", which alone (وأضاف المتحدث) stands for the last speaker as with ذاته. */
const SPEAKING_NOUNS = new Set(['المتحدث', 'المتحدثه']);

/** Resumptive pronouns after ب that stand between a verb and its subject (وفق ما صرح به فلان). */
const RESUMPTIVE_PRONOUNS = new Set(['به', 'بها', 'بهم', 'بهما']);
/** في with a pronoun back to a time or a document, between a verb and its subject (في وقت أكدت فيه …). */
const IN_IT = new Set(['فيه', 'فيها']);
/** خلال with a pronoun back to an occasion, between a verb and its subject (قال خلالها رئيس الوفد). */
const DURING_IT = new Set(['خلاله', 'خلالها']);
/** About, right after a verb, before what it was about (وقال بخصوص فريقه:): no subject. */
const ABOUT_TOPIC = new Set(['بخصوص', 'بشان']);
/**
 * Impersonal predicates after من and before أن and a verb (ومن المقرر أن يمثل فلان …): the clause's
 * subject is the subject of the verb after أن. Folded.
 */
const IMPERSONAL_PREDICATES = new Set([
  'المقرر',
  'المتوقع',
  'المنتظر',
  'المفترض',
  'المرجح',
  'المزمع',
  'المؤمل',
]);
/** Negations and particles of speech, in no body's name in marks (الشركة المنظمة «لا تأجيل»), folded. */
const SPEECH_PARTICLES = new Set(['لا', 'لن', 'لم', 'ليس', 'ما', 'قد', 'نعم', 'كلا', 'يا']);
/** Words that open a clause of time inside a sentence (قال عندما سئل, أضاف حين سأله), folded. */
const TIME_CLAUSE_OPENERS = new Set(['عندما', 'حين', 'حينما', 'لما', 'بعدما']);
/**
 * Cues of asking (lemmas): in a clause of time they ask what the quote answers (عندما سأله الصحفيون);
 * any other cue there says the quote itself (حين قال الرئيس: «…», بعدما أعلن الوزير أن «…»).
 */
const ASKING_LEMMAS = new Set(['سأل', 'تساءل']);
/** Participles that name a document's issuer after them (بيان صادر عن …). */
const ISSUED_BY = new Set(['صادر', 'صادره']);
/**
 * Verbs that issue a document (أصدرت الهيئة تقريرها, نشرت المنظمة تقريرا, رفعت اللجنة تقريرها), folded,
 * without و or ف: only their subject is the document's issuer, not one who received, read or discussed
 * it (تسلم الوزير تقريرا من الديوان, استعرض الوزير تقريرا).
 */
const ISSUING_VERBS = new Set(
  // …and the verbs that send it (وجهت الهيئة رسالة, بعثت الوزارة مذكرة, أرسل المجلس خطابا)
  ['اصدر', 'نشر', 'اعد', 'وزع', 'رفع', 'اطلق', 'اقر', 'اعتمد', 'وجه', 'بعث', 'ارسل']
    .flatMap((verb) => [verb, `${verb}ت`])
    .concat(['يصدر', 'تصدر', 'ينشر', 'تنشر']),
);

/**
 * Verbs whose noun is the document they issue (عمم → تعميم, أعلن → إعلان), keyed by the folded noun:
 * their subject is its issuer. Folded, without و or ف.
 */
const DOCUMENT_VERBS = new Map<string, ReadonlySet<string>>(
  [
    ['تعميم', 'عمم'],
    ['اعلان', 'اعلن'],
    ['تصريح', 'صرح'],
    ['تغريده', 'غرد'],
    ['تدوينه', 'دون'],
    ['برقيه', 'ابرق'],
    ['منشور', 'نشر'],
    // a court's ruling and a mufti's fatwa (قضت المحكمة بـ…. وجاء في نص الحكم أن): the verbs that give it,
    // the noun first and the verb حكم after it; a ruling only from a court's subject (issuedInSentenceBefore)
    ['حكم', 'قضى', 'قضت', 'حكم', 'ايد', 'الغى', 'الغت', 'ادان', 'برا', 'رفض', 'امر'],
    ['فتوى', 'افتى', 'افتت'],
  ].map(([noun, ...verbs]) => [noun as string, new Set(verbs.flatMap((verb) => [verb, `${verb}ت`]))]),
);

/** Bidi and zero-width controls: kept in quotes, dropped from speaker names. */
const FORMAT_CONTROLS = /[\u061C\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const SENTENCE_ENDS = new Set(['.', '!', '؟', '?', '۔']);

/**
 * A sentence ends after the word `token` with no mark of its own (a link that ends a tweet's caption,
 * a dateline's agency or reporter): the tokenizer counted one there (Token.sentence).
 */
function unmarkedSentenceEnd(token: Token, next: Token | undefined): boolean {
  return next !== undefined && next.sentence > token.sentence && token.type === 'word';
}

/**
 * The token `token` opens a sentence after `before`: nothing, a paragraph break or a sentence end
 * before it, or a sentence boundary with no mark of its own (a dateline's end: الرياض - واس أعلنت …).
 */
function opensSentence(before: Token | undefined, token: Token): boolean {
  return (
    before === undefined ||
    before.type === 'break' ||
    SENTENCE_ENDS.has(before.norm) ||
    before.sentence < token.sentence
  );
}
/** Heads of bodies that speak (مصادر مطلعة) but are never followed by a quoted name. */
const UNNAMED_HEADS = new Set(['وسائل', 'مصادر', 'مصدر']);
/** Words before ما that open an aside naming a source (وفق ما, بحسب ما), and one-word openers. */
const ASIDE_HEADS = new Set(['وفق', 'بحسب', 'حسب', 'وفقا', 'طبقا', 'على', 'وبحسب', 'وحسب', 'ووفق', 'ووفقا']);
const ASIDE_OPENERS = new Set(['حسبما', 'وفقما', 'بحسبما']);
/** Naming nouns that are times (يوم الأربعاء, ليلة الجمعة): the quote after their genitive is no name. */
const TIME_NOUNS = new Set(['يوم', 'ليله', 'جمعه', 'عيد', 'صباح', 'مساء']);
const MAX_LOOKBACK_WORDS = 45;
/** Tokens of any kind read back from a quote: words, punctuation, and the quotes jumped over. */
const MAX_LOOKBACK_STEPS = 200;
const MAX_STEPS_WITHOUT_WORD = 16;
/**
 * Sentences a text without paragraph breaks needs to be read as an article whose breaks were lost:
 * one or two sentences on a line are a paragraph (a brief, a lede), read as before; three are already
 * a short article joined (a lede, a narrative sentence that names the next speaker, his quote). So
 * does the last paragraph under at most MAX_HEADLINES paragraphs of one sentence (a headline, a
 * dateline). Two would be too few: a paragraph of two sentences still holds a host who spoke and the
 * guest he received (test/attribution.test.ts, test/form-rules.test.ts).
 */
const MIN_FLAT_SENTENCES = 3;
/** Paragraphs of one sentence (a headline, a dateline) over a body still read as a text on one line. */
const MAX_HEADLINES = 2;
/**
 * Sentences a paragraph among others needs to be read by sentence: more than a news paragraph holds
 * (several paragraphs run together, a body whose breaks were lost). Measured: the probes' paragraphs
 * hold one to four sentences; the dev corpus's, one to six where the outlet set them out, seven to
 * ten where paragraphs were run together.
 */
const MIN_FLAT_PARAGRAPH_SENTENCES = 7;
/** Quotes looked back over for the speaker a paragraph of speech carries on. */
const MAX_CARRIED_SPANS = 20;
const MAX_PREVERBAL_WORDS = 6;
/** قد and its clitics before a verb (فقد جدد, وقد أكد), folded. */
const QAD_FORMS = new Set(['قد', 'فقد', 'وقد', 'لقد']);
/** The most words of an opening adverbial before a narrative verb (وفي أحد …، تجلس فلانة). */
const MAX_ADVERBIAL_WORDS = 12;
/** The most tokens of the body a person is from, after من (من منظمة الأمم المتحدة للطفولة (يونيسف)). */
const MAX_AFFILIATION_WORDS = 10;
/** The most words of a subject read back from its verb (SVO), a gloss in brackets apart. */
const MAX_SVO_WORDS = 8;
/** The most words of an adverbial with no comma before the كان that opens its clause (وفي حديقة الحي كان …). */
const MAX_KANA_ADVERBIAL_WORDS = 4;
/** The most words a quoted name has. */
const MAX_NAME_WORDS = 5;
/** The longest body's name read back from its short name in brackets. */
const MAX_BODY_WORDS = 8;
/** Adjectives of a body's stance, which describe it and end its name (الجبهة … المعارضة, الحزب … الحاكم). */
const STANCE_ADJECTIVES = new Set(
  ['المعارض', 'الموالي', 'الحاكم', 'المنحل', 'المحظور', 'المتشدد'].flatMap((w) => [w, `${w}ه`]),
);
/** Words of a circumstance between an outlet told and the colon (لـ«…» عقب رفع الجلسة: «…»). */
const MAX_CIRCUMSTANCE_WORDS = 5;
/** Words between a quote's comma and a cue that follows it (كما, بحسب ما, وفقا لما). */
const MAX_AFTER_CUE_LEAD = 3;
/** Words between a class of named things and the word or the quote that picks from it (أصنافا عدة من التمور، أبرزها). */
const MAX_CLASS_REACH = 5;
/** Tokens between a quoted name and the next of its ranking (تصدر «…» قائمة الأكثر تداولا، تلاه «…»). */
const MAX_RANK_GAP = 12;
/** Prepositions before a platform or a place named in quotes inside an aside (في تغريدة على «تويتر»). */
const PLATFORM_PREPOSITIONS = new Set(['على', 'عبر', 'في']);
/** Tokens of an aside of where words were given, between a cue's subject and its complement (asideBeforeThat). */
const MAX_ASIDE_TOKENS = 14;
/** How far back أما may stand from the verb with ف that closes its topic. */
const MAX_TOPIC_DISTANCE = 20;
/** How many words a document's adjectives and genitive may hold before the verb that describes it. */
const MAX_DOCUMENT_PHRASE = 6;
/** The passive of سأل (was asked), with و: its subject is the one who answers (… فأجاب). */
const ASKED = new Set(['سئل', 'سئلت', 'وسئل', 'وسئلت']);
/** كان and its forms, whose subject a later verb after قد takes: وكان الوزير قد قال. */
const KANA = new Set(['كان', 'وكان', 'فكان', 'كانت', 'وكانت', 'فكانت', 'كانوا', 'وكانوا']);
/** Words of an indirect question, folded: ويروي فلان كيف …, ويشرح لماذا … (reported, as after أن). */
const INDIRECT_QUESTIONS = new Set(['كيف', 'وكيف', 'لماذا', 'ولماذا', 'متى', 'ومتى', 'عما']);
/** Particles of negation and future between a complementiser and its verb (إنه لم يتوقع), folded. */
const VERB_PARTICLES = new Set(['لم', 'لن', 'لا', 'قد', 'سوف']);
/** A possessive pronoun at the end of a noun as written (حسابه, صفحتها, أملهم, بلادنا). */
const POSSESSED_END = /(?:ه|ها|هم|هما|هن|كم|نا)$/u;
/** A complementiser that carries its clause's subject as a pronoun (إنه, أنها, بأنهم). */
const THAT_PRONOUN_END = /ه(?:ا|م|ما)?$/u;
/**
 * Quantifiers that head a group of speakers (بعض المسؤولين) but never a body's name: a quote that
 * opens with one describes a group (و«بعض المجموعات المتطرفة»), it does not name one.
 */
const QUANTIFIERS = new Set(['بعض', 'معظم', 'اغلب', 'جميع', 'كل']);
/**
 * Words that open a description, not a name, folded: a quantifier (QUANTIFIERS, كافة, عدة) or an
 * adjective in construct that negates or leaves unknown (غير مرخصة, مجهول الهوية, عديم الجدوى).
 */
const DESCRIBING_OPENERS = new Set([
  ...QUANTIFIERS,
  ...['كافه', 'عده', 'غير', 'مجهول', 'مجهوله', 'عديم', 'عديمه'],
]);
/**
 * Words that open with an indefinite noun in the accusative (no article, ending in ا, four letters or
 * more) and go on with a preposition (تحريضا على العنف, انتهاكا لـ…, خطرا على المنطقة): a second object
 * or a predicate, never a name.
 */
const accusativePredicate = (words: readonly string[]): boolean => {
  const [first, second] = words;
  const accusative = (word: string, min: number) =>
    word.length >= min && word.endsWith('ا') && !hasArticle(word);
  // (or an adjective in the accusative that agrees with it: «انتهاكا صريحا للقانون»)
  return (
    first !== undefined &&
    second !== undefined &&
    accusative(first, 4) &&
    (PREPOSITIONS.has(second) || accusative(second, 4))
  );
};
/**
 * Two words with no article, the second in ة (folded ه): a noun and its indefinite adjective agreeing with
 * it (مصادر موثوقة, رسائل حازمة, جهات رسمية), a description; a name in construct has a genitive that
 * is definite or a proper name (وكالة الأنباء, نايل لايف).
 */
const indefiniteDescription = (words: readonly string[]): boolean => {
  const [first, second] = words;
  return (
    words.length === 2 &&
    first !== undefined &&
    second !== undefined &&
    !hasArticle(first) &&
    !hasArticle(second) &&
    second.endsWith('ه')
  );
};
/** Adverbs of degree that grade an adjective (حرجة جدا, خطيرة للغاية), folded: a description's words. */
const DEGREE_ADVERBS = new Set(['جدا', 'للغايه']);
/** Nouns of manner after ب (بشكل يومي, بصورة عاجلة, بطريقة سلمية), folded. */
const MANNER_NOUNS = new Set(['شكل', 'صوره', 'طريقه']);
/** Adjectives in construct that negate the definite adjective after them (غير الربحي), folded. */
/** Prepositions that open an aside of where or when a subject spoke, folded (asideThenTold). */
const SUBJECT_ASIDE_OPENERS = new Set([
  'خلال',
  'في',
  'اثناء',
  'عبر',
  'على',
  'علي',
  'لدى',
  'لدي',
  'عقب',
  'ضمن',
]);
/** The most tokens of that aside before the complement of saying. */
const MAX_SUBJECT_ASIDE = 40;
/** The most tokens read after a relay for its source's عن (relayDescribesNoun). */
const MAX_RELAY_CARRIER_TOKENS = 10;
/** Words after من that say what a call is for or by whom (من أجل, من خلال, من قبل), folded. */
const CALL_PURPOSE_WORDS = new Set(['اجل', 'خلال', 'قبل', 'جانب']);
/** The most tokens read back from a relative pronoun to the start of its antecedent's phrase. */
const MAX_ANTECEDENT_WORDS = 8;
/** The most words after a document's noun that say whose it is (بيان صادر عن وزارة الداخلية). */
const MAX_DOCUMENT_OWNER_WORDS = 6;
/**
 * Verbs of chanting and calling out that the cue lexicon does not read as verbs here (ردد, نادى), folded,
 * with و or ف; هتف and صرخ are its cues already.
 */
const CHANTING = /^[وف]?(?:ردد|رددت|نادى|نادي|نادت)$/u;
/** Definite nouns of a person whose given name may follow in quotes (الطفلة «دعاء»), folded. */
const NAMED_PERSON_NOUNS = new Set(
  [
    ...['الطفل', 'الطفلة', 'الفتاة', 'الفتى', 'الشاب', 'الشابة', 'السيدة', 'الرضيع', 'الرضيعة'],
    ...['المواطن', 'المواطنة', 'الطالب', 'الطالبة', 'المريض', 'المريضة', 'الشهيد', 'الشهيدة', 'الضحية'],
    ...['الأسير', 'الأسيرة', 'المعتقل', 'المعتقلة', 'الراحل', 'الراحلة', 'المغدور', 'المغدورة', 'الحاج'],
  ].map((w) => w.replace(/ة$/u, 'ه').replace(/[أإآ]/gu, 'ا')),
);
/** The most words of a name in Latin letters (inLatinOnly). */
const MAX_LATIN_NAME_WORDS = 4;
/** A word of Latin letters and digits (CNN, MI6, A380). */
const LATIN_WORD = /^[\p{Script=Latin}\d]+$/u;
const NEGATING_ADJECTIVES = new Set(['غير', 'عديم', 'عديمه']);
/** Words a quote needs to be a sentence carried over from the speaker before, not a name. */
const MIN_CARRIED_WORDS = 4;
/** Adjectives of a former holder after a post (وزير الخارجية الأسبق), folded. */
const FORMER_HOLDER = new Set(['السابق', 'السابقه', 'الاسبق', 'الاسبقه']);
/** The verb of a paper keeping a source's name (تحتفظ «الحياة» باسمه), folded. */
const KEEPS_NAME = new Set(['تحتفظ', 'يحتفظ']);
/** Nouns of a title or a slogan before a colon (بعنوان:, تحت شعار:, وسم:), folded: what follows is named. */
const TITLE_BEFORE_COLON = new Set([
  'بعنوان',
  'عنوان',
  'عنوانه',
  'عنوانها',
  'شعار',
  'بشعار',
  'وسم',
  'بوسم',
  'هاشتاغ',
  'هاشتاق',
]);
/** Demonstratives behind ب or و that take up the words before them (بهذا الشعار, بهذه الكلمات), folded. */
const TAKEN_UP = new Set([
  'بهذا',
  'بهذه',
  'بهذين',
  'وبهذا',
  'وبهذه',
  'هكذا',
  'وهكذا',
  'هذا',
  'هذه',
  'تلك',
  'بتلك',
]);

/** A noun of a work named by a text, bare or in the accusative, with its clitics (وأطلقت حملة, كتابا). */
const introducesWork = (norm: string): boolean =>
  stripToSet(norm, TITLED_WORK_SET) !== undefined ||
  (norm.endsWith('ا') && stripToSet(norm.slice(0, -1), TITLED_WORK_SET) !== undefined);
/** How many of the speaker's own sentences with a dropped subject a carried-over quote may follow. */
const MAX_DROPPED_SENTENCES = 3;
/** Words of a quoted clause that stands in a speaker's turn with no verb of saying (clauseInTurn). */
const MIN_CLAUSE_WORDS = 8;
/** Verbs that put words on a page or a stone, not in a mouth: عنونت الصحيفة «…», نقش على النصب «…». */
const INSCRIBING_VERBS = new Set(['عنونت', 'وعنونت', 'عنون', 'وعنون', 'نقش', 'ونقش', 'نقشت', 'ونقشت']);
/** Words a quote standing as a whole sentence in a paragraph of speech needs to be speech too. */
const MIN_SENTENCE_WORDS = 4;
/** Words read on either side of a quoted clause for the noun of a work it may be the title of. */
const TITLE_LOOKBACK = 3;
/**
 * Present verbs that label their first object as their second (يعتبر العبودية «جريمة …», تصنف التحرش
 * «…»), folded, with the pronoun of the thing they may describe (a law, a text).
 */
const LABELLING_VERBS = new Set(['يعتبر', 'تعتبر', 'يصنف', 'تصنف', 'يعد', 'تعد', 'يصف', 'تصف']);
/** The longest definite object between a labelling verb and its quoted label (العبودية, الاغتيالات السياسية). */
const MAX_LABELLED_WORDS = 3;
/** The longest name in quotes read in apposition to a cue's subject (إيفرغرين مارين, أفيد لايف ميديا). */
const MAX_APPOSED_NAME_WORDS = 4;
/** A word that is a number in digits, Latin or Arabic-Indic. */
const NUMBER_ONLY = /^[0-9٠-٩۰-۹]+$/u;
/** Words of an approximate quantity before a number (نحو 300, قرابة 50): a count, no name. */
const APPROXIMATOR_SET: ReadonlySet<string> = new Set(
  ['نحو', 'حوالي', 'قرابة', 'زهاء', 'أكثر', 'أقل', 'فقط', 'قرابه'].map((w) => fold(w)),
);
/**
 * A complementiser that brings the words said (أن, بأن, إن and their pronouns, folded), not one of cause,
 * being or contrast (لأن, كون, فإن, وإن).
 */
const BRINGS_WORDS = /^ب?ان(?:ه|ها|هم|هما|هن|ني|ي|نا|ك)?$/u;
/**
 * Verbs whose first object is the one told, with no ل (أفاد, أبلغ, أخبر: أفاد فلان «عكاظ» بأن), by lemma:
 * a quoted name right after them, before their subject, is the outlet told.
 */
const HEARER_OBJECT_VERBS = new Set(['أفاد', 'أبلغ', 'أخبر']);
/**
 * How far back from a quote in an aside its cue is looked for (namedBeforeComplement): a title and a
 * name, then an aside of an interview, a programme and its channel (، في حوار مع الإعلامي فلان، مقدم
 * برنامج «…»، المذاع عبر شاشة «…»،).
 */
const MAX_ASIDE_BEFORE_COMPLEMENT = 32;
/** Words that go on with a figure outside its marks (مليار, ألفا, بالمائة), folded: no noun it counts. */
const FIGURE_GOES_ON = new Set(['مليار', 'مليارات', 'الفا', 'بالمئه', 'بالمائه', 'درجه', 'و', 'او']);
/** The most words of a time between commas after an aside's quote (مساء أمس الاثنين). */
const MAX_TIME_WORDS = 4;
/** The verbal noun of وصف after ب with its object's pronoun (DESCRIBING_BY), folded. */
const DESCRIBING_BY_SET = new Set(DESCRIBING_BY.map(fold));
/** How far back the verb that opens a sentence is looked for (openingAgreement). */
const MAX_OPENING_LOOKBACK = 24;
/** Particles that may stand before a sentence's first verb, folded. */
const OPENING_PARTICLES = new Set(['كما', 'ثم', 'لكن', 'ولكن', 'وقد', 'قد', 'فيما', 'بينما']);
/** Words that join the items of a list, folded (و, أو): a quoted item after a quoted name is a name. */
const JOINING_WORDS = new Set(['و', 'او']);
/**
 * Nouns that open a line crediting the article, folded (المصدر: «الأناضول», تصوير: «…»): the source, the
 * photographs, the writing, the translation. A closed class of a page's furniture.
 */
const CREDIT_NOUNS = new Set(['المصدر', 'مصدر', 'المصادر', 'تصوير', 'اعداد', 'ترجمه', 'تحرير']);
/** Prepositions after which a reporting cue names whom or where its words were given (لـ, مع, إلى, عبر, على). */
const TAIL_PREPOSITIONS = new Set(['ل', 'مع', 'الى', 'الي', 'عبر', 'على', 'علي']);
/**
 * Heads of a place online that take the name after them (بوابة, منصة, تطبيق, folded): a quote after على,
 * في or عبر that opens with one is the portal's name (على «بوابة الطالب»). A closed class of nouns.
 */
const ONLINE_PLACE_HEADS = new Set(['بوابه', 'منصه', 'تطبيق']);
/** Those of TAIL_PREPOSITIONS that name whom words were told (لـ, مع, إلى). */
const TOLD_PREPOSITIONS = new Set(['ل', 'مع', 'الى', 'الي']);
/** Heads of bodies whose own name follows them, so that adjectives after it only describe it. */
const NAMED_BODY_SET = new Set(['صحيفه', 'جريده', 'مجله', 'حزب', 'جماعه', 'موقع', 'نادي']);
/** A branch of a body, in construct with it (فرع الهيئة, فروع الوزارة), folded: a region after is the branch's. */
const BRANCH_HEADS = new Set(['فرع', 'فروع']);
const MAX_COMPLEMENT_DISTANCE = 14;
/** The most tokens of an outlet's quoted name with its marks (لـ«سكاي نيوز عربية»). */
const MAX_OUTLET_TOKENS = 6;
/**
 * A derived verbal noun with the article, folded: تفعيل, إفعال, افتعال, انفعال, استفعال (التصعيد, الإصلاح,
 * الابتزاز, الاستنزاف). After an event's noun it names the act (عملية التصعيد), not the event.
 */
const DEFINITE_DERIVED_VERBAL_NOUN =
  /^ال(?:ت[^ا]{2}ي[^ا]|ا[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا])$/u;
/** The same verbal nouns of derived verbs without the article (تسليم, إلغاء, استكمال), folded: no فعول (حمود). */
const DERIVED_VERBAL_NOUN =
  /^(?:ت[^ا]{2}ي[^ا]|ا[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|ان[^ا]{2}ا[^ا]|است[^ا]{2}ا[^ا])$/u;
/**
 * The folded rest of a word after لل is a noun that begins with ل whose first ل was written once with the
 * article's (للجنة = ل + اللجنة): the body's or title's head with ل, not the rest alone (جنه).
 */
const lamNoun = (rest: string): boolean =>
  (ORGANISATION_SET.has(`ل${rest}`) || TITLE_SET.has(`ل${rest}`)) &&
  !ORGANISATION_SET.has(rest) &&
  !TITLE_SET.has(rest);

/** وأنّ, بأنّ, لأنّ, folded: a noun or a pronoun follows them, never a verb in the past. */
const NOUN_BEFORE_THAT = new Set(['وان', 'بان', 'لان']);

/** Words after which a verb's form is its verbal noun: without, but for, non- (دون ذكر, عدم نشر), folded. */
const MASDAR_GOVERNORS = new Set(['دون', 'بدون', 'بلا', 'عدم']);

/** Prepositions: a quote right after one is its object (إلى «أن يكون …»), never a whole utterance. */
const PREPOSITIONS = new Set([
  ...['الى', 'على', 'عن', 'من', 'في', 'مع', 'حول', 'نحو', 'بين', 'عند', 'لدى', 'بشان', 'منذ', 'خلال'],
  ...['بعد', 'قبل', 'عبر', 'ضد', 'دون', 'تجاه', 'ازاء', 'بسبب', 'وعلى', 'وعن', 'وفي', 'ومن', 'والى'],
]);
/** A preposition written on a word (بظل, لأطفاله), folded. */
const PREPOSITION_PREFIX = /^[بل]/u;
/** A preposition joined to a definite noun (بالزحام, للجهات), folded. */
const PREPOSITION_ARTICLE = /^(?:بال|لل)/u;
/** Prepositions of time, folded: أن after one opens a clause of time (قبل أن, بعد أن), never the words said. */
const TIME_PREPOSITIONS = new Set(['قبل', 'بعد', 'منذ', 'وقبل', 'وبعد']);
/** How many words after a quote a relative clause's pronoun back to its antecedent may stand (على نسخة منه). */
const MAX_RESUMPTIVE_WORDS = 4;
/** How many words back from a definite noun an إن/أن makes it part of a subject (إن مدة تنفيذ الجسر). */
const MAX_PREDICATE_SUBJECT_WORDS = 3;
/** A preposition with a pronoun (فيه, لها, عنهم), which may stand between a verb and its subject. */
const PREPOSITIONAL_PRONOUN = pronounPattern('^(?:في|ل|عن|ب|الي|علي|من|منه)', PRONOUN_ENDINGS_HN);
/** Words after a verb of saying that mark scripture: تعالى, عز (وجل), سبحانه. */
const SCRIPTURE_MARKS = new Set(['تعالي', 'تعالى', 'سبحانه']);
/** عز and جل mark scripture only with the word that completes them (عز وجل, جل جلاله, جل شأنه). */
const SCRIPTURE_PAIRS = new Map([
  ['عز', new Set(['وجل'])],
  ['جل', new Set(['جلاله', 'شانه'])],
]);
/**
 * ب/ل with the article or a derived verb's verbal noun, folded (بالإفراج, للمحكمة, بتوقيع, لاستئناف):
 * the clause after a subject, never the first word of a name.
 */
const CLAUSE_AFTER_SURNAME =
  /^(?:بال|لل|[بل](?:ا[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا]|ت[^ا]{2}ي[^ا])$)/u;
/** إنّ/أنّ with a pronoun, folded: the subject of the verb right after them. */
/** Nouns of words said, folded, that a cue completes with ب before the quote (بعبارة «…»). */
const SAID_WORDS_NOUNS = new Set(['عباره', 'عبارات', 'جمله', 'مقوله', 'كلمات']);
/** Verbs of judging or describing whose second object is the speaker's predicate (اعتبر الاتهامات «…»), folded. */
const JUDGING_LEMMAS = new Set(['اعتبر', 'عد', 'وصف']);
/** isRecurringName's count for words quoted as a fragment somewhere (fragmentPosition): never a name. */
const FRAGMENT_COUNT = -1;
const PRONOUN_THAT = new Set(['انه', 'انها', 'انهم', 'انهما', 'بانه', 'بانها', 'بانهم', 'لانه', 'لانها']);
/**
 * لكن with a pronoun of the third person, folded (لكنه أقر بتحفظ فلان على …, ولكنها انتقدت …): the
 * pronoun is the subject of the verb after it, and whoever is named after that verb its object.
 */
const CONTRAST_WITH_PRONOUN = new Set(
  ['لكنه', 'لكنها', 'لكنهم', 'لكنهما'].flatMap((word) => [word, `و${word}`]),
);
/** جاء, as in جاء ذلك في كلمة …: one set, so that stripToSet's memo of it is kept. */
const JAA = new Set(['جاء']);
/** Cues with no subject but the document they stand in (وجاء في البيان, وورد في التقرير). */
const IMPERSONAL_CUES = new Set(['جاء', 'ورد']);
/** ما, مما, كما before ورد: "what appeared" (ما ورد في التقرير), no reply (و and رد). */
const WHAT_BEFORE_APPEARED: ReadonlySet<string> = new Set(['ما', 'مما', 'كما', 'وما', 'بما']);
/** جاء and ورد ("appeared", "came") in their forms, folded: ما ورد في «…», بحسب ما جاء في «…». */
const APPEARED_SET: ReadonlySet<string> = new Set(
  ['جاء', 'وجاء', 'ورد', 'وورد', 'جاءت', 'وردت', 'يرد', 'ترد', 'يجيء'].map((w) => fold(w)),
);
/** The hearer, a pronoun after ل, between a verb and its subject: قالت لي سيدة. */
const HEARER_PRONOUNS = new Set(['لي', 'لنا', 'له', 'لها', 'لهم', 'لك', 'لكم']);
/**
 * An accusative participle of manner (ضاحكا, ساخرا, مبتسما, متأثرا): فاعل or a participle in م, with
 * its alif of tanween. Between a cue and the quote it says how, not what (ويضيف ضاحكا «…»).
 */
const MANNER_ACCUSATIVE = /^(?:.ا..|م.{3,})ا$/u;
/** Cues of a reply, whose addressee may stand as على with a pronoun before the subject (رد عليه فلان). */
const REPLYING_CUES = new Set(['رد', 'علق']);
/** Verbs of appeal (their lemmas): the quote after those appealed to is what is asked, a fragment. */
const APPEALING = new Set(['ناشد', 'دعا', 'حث', 'طالب']);
/** على with a pronoun after كُتب: what an inscription is written on (كتب عليها «…»). */
const INSCRIBED_ON = new Set(['عليه', 'عليها', 'عليهما', 'عليهم']);
/** A noun glued to ب (بالالتزام, بعدم): what a verb of calling calls to. */
const BI_NOUN = /^ب[^ب]{3,}/u;
/** كما (and وكما, فكما) opening a sentence before its verb (كما التقت «واس» …), folded. */
const AS_ALSO = /^[وف]?كما$/u;
/** Whom a verb of saying is about, as عن with a pronoun: الذي قال عنه الوزير إنه …, كتبت عنها الصحيفة. */
const ABOUT_PRONOUNS = new Set(['عنه', 'عنها', 'عنهما', 'عنهم']);
/** A third person's possessive pronoun at a word's end, folded (تأكيده, نفيها, ترحيبهم). */
const THIRD_PERSON_SUFFIX = /(?:هما|هم|ها|ه)$/u;
/** The agreement of a relay's source given as a pronoun after عن (عنه, عنها, عنهم), folded. */
const PRONOUN_AGREEMENT = new Map<string, Agreement>([
  ['عنه', 'm'],
  ['عنها', 'f'],
  ['عنهم', 'pl'],
  ['عنهما', 'pl'],
]);
/** A pronoun suffix on a preposition or an adverb (خلاله, بعدها), folded. */
const PRONOUN_SUFFIX = pronounPattern('', PRONOUN_ENDINGS_HN);
/** Nouns of a told story (يروي الفيلم قصة امرأة): what the verb tells is narrated, not quoted; folded. */
const STORY_NOUNS = new Set(['قصه', 'حكايه', 'سيره']);
/** How many of the last known entities may be the one a description named at last stands for. */
const MAX_DESCRIBED_LOOKS = 6;
/**
 * Definite plurals of a body's officers and officials after أحد/إحدى and before في (أحد الضباط في الجيش,
 * إحدى المسؤولات في الوزارة), folded: one of those who speak for it. Not its employees: one of them keeps
 * his description, as the suite reads him (أحد الموظفين في بلدية الخبر).
 */
const DEFINITE_MEMBER_PLURALS = new Set(['الضباط', 'المسؤولين', 'المسؤولات'].map((w) => fold(w)));

/** The most tokens a body's quoted name after باسم or في runs to (متحدث باسم «يوروتانل»). */
const MAX_QUOTED_BODY_WORDS = 8;

/** What gives a described person's name after a comma: ، وتدعى فلانة, ، واسمه فلان (folded). */
const CALLED_AFTER = new Set(['ويدعى', 'وتدعى', 'ويدعي', 'وتدعي', 'واسمه', 'واسمها']);
/** Verbs whose subject says nothing after them: a coordinated وقال is someone else's (folded). */
const SILENT_SUBJECT_VERBS = new Set([
  'توفي',
  'توفيت',
  'توفى',
  'مات',
  'ماتت',
  'قتل',
  'قتلت',
  'استشهد',
  'استشهدت',
]);
/** Relative pronouns after a definite noun: واقترحت فرنسا التي …. */
const RELATIVES = new Set(['الذي', 'التي', 'الذين']);
/** Relatives right before a verb, with or without و (والتي نشرها, الذي يختتم), folded. */
const CARRYING_RELATIVES = new Set(['الذي', 'التي', 'والذي', 'والتي']);
/** A definite active participle, الفاعل or الفاعلة (الفائزة, الصادر), folded. */
const ACTIVE_PARTICIPLE = /^ال[^ا\s]ا[^اوي\s][^اوي\s]ه?$/u;
/** A definite elative, الأفعل (الأضخم, الأكبر, الأفضل), folded: a description, not a name. */
const DEFINITE_ELATIVE = /^الا[^اوي\s]{3}$/u;

/** Words that open a clause of comparison after a quote: «…»، كما قال فلان. */
const AS_WORDS = new Set(['كما', 'مثلما']);
/** The most tokens of a كما clause read for the comma that would make it an aside (namingOrAside). */
const MAX_AS_ASIDE = 12;
/** A plain family name's shape after a father's name: a nisba (حكمي) or the Hadrami با (باعشن). */
const FAMILY_AFTER_FATHER = /^(?:[^ا].{2,}ي|با[^ا].{2,})$/u;
/** The pointers that stand for the words alone, with no noun after them (بهذا أوضح, بذلك ختم). */
const POINTER_BARE = new Set(['بهذا', 'بذلك']);
/** Demonstratives that stand for what was said: كما عبّر عن ذلك فلان. */
const DEMONSTRATIVE_SET = new Set(['ذلك', 'هذا', 'بذلك', 'بهذا']);
/**
 * Cue verbs that, with a noun for object, name an act done to a thing, not words: نشر (published, and
 * deployed: نشرت الهيئة فرقا). Reported inside someone's words with the quote as their object, the quote
 * is the reporter's words for what was done (objectInsideReport), as with a verb that goes on (أضاف).
 */
const ACT_OBJECT_LEMMAS = new Set(['نشر']);

/** What links an unnamed official to the body named after him (متحدثا باسم الوزارة, مسؤولا في الهيئة). */
const OF_BODY_AFTER_OFFICIAL = new Set(['باسم', 'في', 'من']);
/** Words of contrast that open a clause whose subject comes before its verb: لكن الوزير قال. */
const CONTRAST_OPENERS = new Set(['لكن', 'ولكن', 'بينما', 'وبينما', 'فيما', 'وفيما']);
/** قبل and بعد before أن and a verb whose subject was dropped (…، قبل أن تضيف:): a clause of the sentence. */
const TIME_BEFORE_THAT = new Set(['قبل', 'بعد']);
/** How many words an aside between commas after a name may hold (، وهي أم لثلاثة أطفال،). */
const MAX_ASIDE_WORDS = 16;
/** The most words of an aside between commas after a subject that still leaves the verb's object (pastPlainAside). */
const MAX_FLOOR_ASIDE = 6;
/** Plurals of documents and figures a publisher issues, folded (التقارير التي نشرها الموقع). */
const DOCUMENT_PLURALS = new Set([
  'تقارير',
  'احصاءات',
  'احصائيات',
  'بيانات',
  'ارقام',
  'معطيات',
  'وثائق',
  'دراسات',
]);
/** Plurals in ات of people or of bodies, folded: a masculine verb before them may have them as subject. */
const PEOPLE_PLURALS_IN_AT = new Set([
  ...['قيادات', 'شخصيات', 'جهات', 'سلطات', 'منظمات', 'هيئات', 'نقابات', 'جمعيات', 'وزارات', 'قوات'],
]);
/** Words of circumstance after a headline's subject, before what he did (فلان خلال …, أثناء, عقب), folded. */
const CIRCUMSTANCE_HEADS = new Set(['خلال', 'اثناء', 'عقب', 'بعد', 'قبل', 'امام', 'لدى', 'عند']);
/** Spoken forms a sentence after the words names their author by (جاء ذلك في كلمة لفلان), folded. */
const SPOKEN_FORMS = new Set(['كلمه', 'تصريح', 'تصريحات', 'حديث', 'مقابله', 'خطاب', 'مداخله', 'تغريده']);
/** Nouns of statements a headline names after its quote (تصريحات صادمة من فلان), folded. */
const STATEMENT_HEADS = new Set(['تصريحات', 'تصريح', 'رساله', 'رسائل', 'حديث', 'كلمه', 'رد']);
/** و or ف written on a word's start. */
const CONJUNCTION_START = /^[وف]/u;
/** A word of four letters or more in م, as an active or passive participle is (مطلعة, مسؤول). */
const PARTICIPLE_IN_MIM = /^م.{3,}/u;
/** A possessive pronoun of the third person singular written with ه (قلقه, قلقها), as written. */
const HA_PRONOUN_END = /(?:ه|ها)$/u;
/** وهو, وهي before a present verb: a clause of the state its sentence's subject was in, by gender. */
const STATE_PRONOUN_AGREEMENT: ReadonlyMap<string, Agreement> = new Map([
  ['وهو', 'm'],
  ['وهي', 'f'],
]);
/** Words that open a clause of explanation (إذ, حيث), folded. */
const CLAUSE_OPENERS = new Set(['اذ', 'حيث']);
/** Nouns that say what a person is after وهو/وهي (صاحب متجر, أم لثلاثة أطفال), folded. */
const PERSON_NOUNS = new Set(
  [
    'صاحب',
    'صاحبة',
    'أم',
    'أب',
    'والد',
    'والدة',
    'ابن',
    'ابنة',
    'رجل',
    'امرأة',
    'شاب',
    'شابة',
    'أحد',
    'إحدى',
  ].map((w) => w.replace(/ة/gu, 'ه').replace(/[أإآ]/gu, 'ا')),
);
/** Adjectives a title takes that are also surnames (المسؤول الكبير, الرئيس السابق), folded. */
const TITLE_ADJECTIVES = new Set(
  [
    'الكبير',
    'الكبيرة',
    'الصغير',
    'الجديد',
    'الجديدة',
    'الأول',
    'الأخير',
    'السابق',
    'السابقة',
    'الحالي',
    'العام',
  ].map((w) => w.replace(/ة/gu, 'ه').replace(/[أإآ]/gu, 'ا')),
);
/** The most tokens inside brackets passed over before an outlet told (addressedOutlet). */
const MAX_BRACKET_WORDS = 4;
/** Verbs of bearing a name, folded: مغرد يحمل اسم «…» (handleIn). */
const BEARING_SET = new Set(['يحمل', 'تحمل', 'يحملون', 'يحملان', 'تحملان']);
/** Nouns of the name borne, folded (يحمل اسم «…», يحمل لقب «…»). */
const NAME_NOUN_SET = new Set(['اسم', 'لقب', 'اسما', 'لقبا']);
/** How far back, in tokens, a cue is looked for before a complementiser (verbalNounAfterThat). */
const MAX_CLAUSE_LOOKBACK = 16;
/** Heads of a described woman with no ة, folded (أم, إحدى): with a masculine verb, its object. */
const FEMININE_DESCRIBED = new Set(['أم', 'إحدى'].map(fold));
const ONE_MASCULINE = fold('أحد');

/**
 * Whether a described person's head agrees with the verb before it: a feminine head (سيدة, ناشطة, إحدى)
 * after a masculine verb (وسأل سيدة مسنة عن حالها, وهنأ إحدى الفائزات) is its object, and so is أحد after
 * a feminine verb; plurals take either.
 */
function describedAgrees(head: Token, agreement: CueMatch['agreement']): boolean {
  const feminine = head.norm.endsWith('ه') || FEMININE_DESCRIBED.has(head.norm);
  if (feminine) return agreement !== 'm';
  return !(head.norm === ONE_MASCULINE && agreement === 'f');
}
/** An object pronoun at the end of a verb (وصفه, انتقدها, دعاهم). */
const OBJECT_PRONOUN_END = pronounPattern('', PRONOUN_ENDINGS_HN);
/** A possessive pronoun or the tanween of an adverb at a word's end, as written (بلده, يوما). */
const PRONOUN_OR_TANWEEN_END = pronounPattern('', `${PRONOUN_ENDINGS}|ً`);
/** The stem of three letters or more before ه, ها or هم (PRONOUN_ENDINGS_SHORT), the shortest read. */
const SHORT_PRONOUN_STEM = pronounPattern('^(.{3,}?)', PRONOUN_ENDINGS_SHORT);
/** The stem of three letters or more before a possessive pronoun, the shortest read. */
const LAZY_PRONOUN_STEM = pronounPattern('^(.{3,}?)');
/** The stem before a pronoun of any person, the first's too (ني, نا: زميلي, بلدنا). */
const ANY_PERSON_PRONOUN_STEM = pronounPattern('^(.+?)', `${PRONOUN_ENDINGS}|ني|نا`);
/** Diacritics and tatweel, taken off a word's original letters to read its last ones. */
const HARAKAT_TATWEEL = /[\u064B-\u0652\u0640]/gu;
/** A possessive pronoun written on a noun, in the original letters (ه, not a folded ة). */
const POSSESSIVE_SUFFIX = pronounPattern();
/** أن, إن, بأن, لأن with or without a pronoun (بأنه, أنها), folded or not. */
const THAT_WITH_PRONOUN = /^[بل]?[اأإ]ن/u;
/** The writer's own meeting (التقينا, التقيت): a first person ending. */
const WRITER_ENDING = /(?:نا|يت)$/u;
/** بأن with or without a pronoun, folded (بأن, بأنه, بأنها, بأنهم): a verb's complement in ب. */
const BI_ANNA = pronounPattern('^بان', `${PRONOUN_ENDINGS_SHORT}|`);
/** Possessive pronouns at the end of a noun (وعودها, موقفهم, بلادنا). */
const POSSESSIVE_END = /(?:ها|هم|هما|هن)$/u;
/** A dual's or a sound plural's ending, folded (الطرفين, المواطنون, الجانبان). */
const PLURAL_OR_DUAL_END = /(?:ين|ون|ان|ات)$/u;
/** A pronoun of possession on people addressed (رعاياها, مواطنيه, أنصارهم). */
const POSSESSIVE_PEOPLE_END = /(?:ها|هما|هم|هن|ه)$/u;

/**
 * Says, for every quoted span, whether it is speech (direct or partial) or a mention, and who speaks.
 * Works on tokens and spans only: the text is read once more only to copy the names out.
 */
export function attribute(
  text: string,
  tokens: readonly Token[],
  spans: readonly Span[],
  paragraphSentences: readonly number[],
): {
  attributions: Attribution[];
  nameOf: (entity: Entity) => string;
  aliasesOf: (entity: Entity) => string[];
} {
  const attributor = new Attributor(text, readKingsTitle(tokens), spans, paragraphSentences);
  const attributions = attributor.run();
  return {
    attributions,
    nameOf: (entity) => attributor.entities.canonical(entity),
    aliasesOf: (entity) => attributor.entities.aliases(entity),
  };
}

/** What names a realm after ملك: a kind of state (مملكة البحرين), folded, or a place of the gazetteer. */
const REALM_KINDS = new Set(['مملكه', 'المملكه']);

/**
 * The tokens with ملك right before a realm (ملك البحرين, وملك مملكة البحرين, ملك إسبانيا) read as the
 * monarch's title, عاهل, its other word: ملك alone is no title, being a woman's given name and a family
 * name as well (الطالبة ملك فلان, رحمن ملك), but no name stands before a state's. The written text is
 * untouched. The same array when no ملك is there.
 */
function readKingsTitle(tokens: readonly Token[]): readonly Token[] {
  let out: Token[] | null = null;
  for (let k = 0; k + 1 < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.norm !== 'ملك' && token.norm !== 'وملك') continue;
    const next = tokens[k + 1] as Token;
    if (next.type !== 'word' || !(REALM_KINDS.has(next.norm) || PLACE_SET.has(next.norm))) continue;
    out ??= [...tokens];
    out[k] = { ...token, norm: token.norm === 'ملك' ? 'عاهل' : 'وعاهل' };
  }
  return out ?? tokens;
}

/**
 * The paragraphs (1 each, by number) that hold the sentences of an article rather than of a
 * paragraph, from the sentences each holds (`first`: Scan.paragraphSentences), or null when none
 * does: one of MIN_FLAT_PARAGRAPH_SENTENCES or more, longer than a news paragraph; and the last
 * one, of MIN_FLAT_SENTENCES or more, when every paragraph before it (MAX_HEADLINES at most, none
 * for a text on one line) is a single sentence, a headline or a dateline over a body on one line.
 */
function flatParagraphs(first: readonly number[], paragraphs: number): Uint8Array | null {
  let flat: Uint8Array | null = null;
  let headlines = 0;
  for (let p = 1; p <= paragraphs; p++) {
    const sentences = (first[p + 1] as number) - (first[p] as number);
    const body = p === paragraphs && headlines === p - 1 && headlines <= MAX_HEADLINES;
    if (sentences >= (body ? MIN_FLAT_SENTENCES : MIN_FLAT_PARAGRAPH_SENTENCES)) {
      flat ??= new Uint8Array(paragraphs + 1);
      flat[p] = 1;
    }
    if (sentences === 1 && headlines === p - 1) headlines++;
  }
  return flat;
}

/**
 * The scope (Attributor.paragraphOf) of the first sentence of each paragraph: one more than the
 * paragraph before, or than its last sentence when that paragraph is flat.
 */
function scopesOf(first: readonly number[], flat: Uint8Array, paragraphs: number): Int32Array {
  const scopes = new Int32Array(paragraphs + 1);
  let scope = 1;
  for (let p = 1; p <= paragraphs; p++) {
    scopes[p] = scope;
    scope += flat[p] === 1 ? (first[p + 1] as number) - (first[p] as number) : 1;
  }
  return scopes;
}

class Attributor {
  readonly entities: Entities;
  /** The cue at each token, once computed (undefined before); most words are no cue at all. */
  private readonly cues: Array<Cue | null | undefined>;
  /** Top-level spans by the token index of their closing mark, to jump over them when reading back. */
  private readonly spanByClose = new Map<number, number>();
  /** Closing-mark token of each quote by its opening-mark token. */
  private readonly closeOf = new Map<number, number>();
  /** The words the article gives alone as a cue's whole subject (loneSubjects), read when first needed. */
  private lone: Set<string> | undefined;
  /** The closing marks of top-level quotes in text order, read when first needed (quotedJustBefore). */
  private closes: number[] | undefined;
  private readonly results: Attribution[] = [];
  /** The token of the last reporting verb outside quotes that gave its subject the floor, and that subject. */
  private reportCue = -1;
  private reporter: Entity | null = null;
  /** The agreement of the reporter's verb (أكدت: feminine), which a verb going on with it shares. */
  private reporterAgreement: Agreement | null = null;
  /** 1 for each token inside a top-level quote (its marks included). */
  private readonly quoted: Uint8Array;
  /**
   * 1 for each paragraph that holds the sentences of an article, not of a paragraph (a crawler's one
   * line per article, a body under its headline, paragraphs run together: flatParagraphs), by
   * paragraph number; null when there is none. The rules that read by paragraph read such a
   * paragraph by sentence instead (paragraphOf).
   */
  private readonly flat: Uint8Array | null;
  /** The scope (paragraphOf) of the first sentence of each paragraph, when a paragraph is flat. */
  private readonly scopes: Int32Array | null;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly spans: readonly Span[],
    /** The first sentence of each paragraph (Scan.paragraphSentences). */
    private readonly paragraphSentences: readonly number[],
  ) {
    this.cues = new Array(tokens.length);
    this.quoted = new Uint8Array(tokens.length);
    const paragraphs = tokens[tokens.length - 1]?.paragraph ?? 0;
    this.flat = flatParagraphs(paragraphSentences, paragraphs);
    this.scopes = this.flat ? scopesOf(paragraphSentences, this.flat, paragraphs) : null;
    this.entities = new Entities(GENERIC_BODY_SET, UNNAMED_SOURCE_SET, (word) =>
      this.occurrencesUpToTwo(word),
    );
    spans.forEach((span, i) => {
      if (span.parent === -1 && span.close >= 0) this.quoted.fill(1, span.open, span.close + 1);
      if (span.parent === -1 && span.close >= 0) this.spanByClose.set(span.close, i);
      if (span.close >= 0) this.closeOf.set(span.open, span.close);
    });
  }

  /**
   * The scope of the rules that read by paragraph: the token's paragraph, or its sentence in a flat
   * paragraph. Scopes count up by one from a paragraph or a sentence of a flat paragraph to the next:
   * the paragraph numbers themselves when no paragraph is flat.
   */
  private paragraphOf(token: Token): number {
    if (this.flat === null || this.scopes === null) return token.paragraph;
    const scope = this.scopes[token.paragraph] as number;
    if (this.flat[token.paragraph] !== 1) return scope;
    return scope + token.sentence - (this.paragraphSentences[token.paragraph] as number);
  }

  /** True when the token is in a flat paragraph, read by sentence (see `flat`). */
  private inFlat(token: Token): boolean {
    return this.flat !== null && this.flat[token.paragraph] === 1;
  }

  /**
   * True when the token at `index` opens a paragraph: a paragraph break before it, or in a flat
   * paragraph a sentence boundary (the previous sentence ended: `«…». «…»`).
   */
  private opensParagraph(index: number): boolean {
    const before = this.tokens[index - 1];
    if (before?.type === 'break') return true;
    const token = this.tokens[index] as Token;
    return this.inFlat(token) && before !== undefined && before.sentence < token.sentence;
  }

  /**
   * Paragraphs from the quote `k` to the token `at`, counted from where the quote opens. From a quote
   * that ends in a flat paragraph, counted from where it ends, by sentences: the quote's own sentence
   * and the one after it are its paragraph, the next one the paragraph after, and so on.
   */
  private paragraphsSince(k: number, at: Token): number {
    const span = this.spans[k] as Span;
    const end = this.tokens[span.close >= 0 ? span.close : span.open] as Token;
    if (!this.inFlat(end)) return this.paragraphOf(at) - this.paragraphOf(this.tokens[span.open] as Token);
    return Math.max(0, this.paragraphOf(at) - this.paragraphOf(end) - 1);
  }

  /** True when a closed quote ends its sentence: a sentence end or a break after it, or inside it. */
  private endsSentence(span: Span): boolean {
    if (span.close < 0) return false;
    const after = this.tokens[span.close + 1];
    const inside = this.tokens[span.close - 1];
    return (
      after === undefined ||
      after.type === 'break' ||
      SENTENCE_ENDS.has(after.norm) ||
      (inside !== undefined && SENTENCE_ENDS.has(inside.norm))
    );
  }

  run(): Attribution[] {
    this.learnAppositions();
    this.learnSentenceBodies();
    this.learnAcronyms();
    const openers = new Map<number, number>();
    this.spans.forEach((span, i) => {
      openers.set(span.open, i);
    });
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'word') {
        // A verb inside a quote reports what the speaker tells, not who has the floor.
        if (this.quoted[i]) continue;
        // An answer of a question-and-answer layout (ج: …): the one interviewed has the floor.
        if (this.opensAnswer(i)) {
          const interviewee = this.intervieweeBefore(i);
          if (interviewee) this.entities.touch(interviewee, null);
        }
        // An unnamed source relayed in narration (على لسان مصدر مسؤول في وزارة …, نقلته الوكالة عن مصدر
        // مسؤول بوزارة …): the body he speaks for, which وقال المصدر calls back.
        if (RELAYED_SOURCE_SET.has(token.norm) && RELAY_BEFORE_SOURCE.has(this.tokens[i - 1]?.norm ?? ''))
          this.noteRelayedSource(i);
        // جاء ذلك في بيان للمديرة التنفيذية فلانة, في كلمة ألقاها الوزير فلان: whose words the sentences
        // before were, who keeps the floor for the verbs after it.
        if (stripToSet(token.norm, JAA) !== undefined && this.tokens[i + 1]?.norm === 'ذلك') {
          const author = this.authorAfterThat(i + 2);
          if (author) this.entities.touch(author, null);
        }
        const cue = this.cueAt(i);
        // …nor one reported inside another's words (وأوضحت أن المنظمة طلبت …): named in passing, its
        // subject takes the floor only when a quote is its own (below).
        if (cue?.entity && !this.isSourceAside(i) && !this.reportedInside(cue)) {
          const floor = cue.complement !== 'none' || this.handsOver(i);
          // A verb with a noun for complement reports too (وأكد الوزير أهمية …, أعرب فلان عن …), when its
          // object is left after the subject: a subject read to the clause's end (أعلن الناطق فلان استهداف
          // سفينة.) may have swallowed it.
          // (…or left after an aside between commas: وتحدث المدير، مساء أمس، عن خطط الشركة.)
          const last = cue.subject?.last ?? -1;
          if (floor || (last >= 0 && this.tokens[this.pastPlainAside(last + 1)]?.type === 'word')) {
            this.reportCue = i;
            this.reporter = cue.entity;
            this.reporterAgreement = cue.teller ? null : cue.match.agreement;
          }
          if (floor) {
            this.entities.touch(cue.entity, cue.teller ? null : cue.match.agreement);
            // The verb agrees with who tells (أفادت الصحيفة نقلا عن مصادر), not with the source.
            if (cue.teller) cue.teller.entity.agreements.add(cue.match.agreement);
          }
        }
      } else if (token.type === 'mark') {
        const span = openers.get(i);
        if (span !== undefined) {
          const result = this.attributeSpan(span);
          this.results[span] = result;
          // A speaker named for this very quote has the floor, even when its cue had no complement.
          // Not a speaker quoted inside another's quote: the outer speaker keeps the floor.
          if (
            result.speaker?.resolution === 'explicit' &&
            result.kind !== 'mention' &&
            (this.spans[span] as Span).parent === -1
          )
            this.entities.touch(result.speaker.entity, null);
        }
      }
    }
    expandNames(this.text, this.tokens, this.entities);
    expandBodies(this.text, this.tokens, this.entities);
    expandBodyHeads(this.text, this.tokens, this.entities);
    this.entities.extendFromRegister((at, from, to) => this.extendsBodyName(at, at + from, at + to - 1));
    this.tieDescriptions();
    this.tieDescriptionsAfter();
    this.tieOnTongue();
    this.nameTitledSpeakers();
    return this.results;
  }

  /**
   * A speaker known only by a title of two words or more (وقال رئيس نادي الزمالك:) whom the narration
   * names with that very title right after the name, or after it and a comma (طالب حسين لبيب رئيس نادي
   * الزمالك الحالي، …; السفير فلان، مدير التواصل …): that name, when one person only is so named. The name
   * opens with a given name, two words or more; and it is not the subject of the verb opening its clause,
   * whose object the title may be (استقبل الأمير فلان وزير الداخلية: the minister is whom he received),
   * unless a comma stands between name and title or الحالي and a comma follow the title. A former
   * holder's title (الأسبق, السابق) names no one.
   */
  private nameTitledSpeakers(): void {
    const spoken = new Set<Entity>();
    for (const result of this.results) if (result?.speaker) spoken.add(result.speaker.entity);
    let index: Map<string, number[]> | null = null;
    for (const entity of spoken) {
      if (entity.organisation || entity.forms.some((f) => f.isName)) continue;
      // (the title without a form of address before it: سمو أمير منطقة الرياض is أمير منطقة الرياض)
      const titles = entity.forms
        .map((f) =>
          f.words.length > 2 && ADDRESS_SET.has(f.words[0] as string) ? f.words.slice(1) : f.words,
        )
        .filter((words) => words.length >= 2);
      if (titles.length === 0) continue;
      if (index === null) {
        index = new Map();
        for (let i = 0; i < this.tokens.length; i++) {
          const token = this.tokens[i] as Token;
          if (token.type !== 'word' || this.quoted[i]) continue;
          const list = index.get(token.norm);
          if (list) list.push(i);
          else index.set(token.norm, [i]);
        }
      }
      let found: Mention | null = null;
      let several = false;
      for (const title of titles) {
        for (const at of index.get(title[0] as string) ?? []) {
          // (the very title, or the same office with the club's or firm's kind written: رئيس نادي النصر
          // for رئيس النصر)
          let length = title.length;
          if (!title.every((w, n) => this.tokens[at + n]?.norm === w)) {
            const longer = range(at, at + title.length).map((k) => this.tokens[k]?.norm ?? '');
            if (!sameOffice(title, longer)) continue;
            length++;
          }
          // (…or after the name and a comma, the title in apposition: السفير فلان، مسؤول التواصل …)
          const comma = isComma(this.tokens[at - 1]);
          const nameEnd = comma ? at - 2 : at - 1;
          const start = this.givenNameStartBefore(nameEnd);
          if (start < 0 || nameEnd - start < 1) continue;
          // (the word before the name's titles and honorifics: استقبل الأمير فلان: the verb)
          let b = start - 1;
          while (
            this.tokens[b]?.type === 'word' &&
            (isTitleHead((this.tokens[b] as Token).norm) ||
              HONORIFIC_SET.has((this.tokens[b] as Token).norm) ||
              // (and their adjectives of origin: السفير البريطاني فلان)
              ORIGIN_NISBA_SET.has((this.tokens[b] as Token).norm))
          )
            b--;
          const before = this.tokens[b];
          const end = at + length;
          // (a former holder, الأسبق or السابق after the title, is another person than the one who holds it)
          if (FORMER_HOLDER.has(this.tokens[end]?.norm ?? '')) continue;
          // (…and an indefinite title that runs on in construct is another, longer one: إمام مسجد قباء is
          // not the إمام مسجد who spoke)
          const after = this.tokens[end];
          if (!hasArticle(title.at(-1) as string) && after?.type === 'word' && !STOP_SET.has(after.norm))
            continue;
          // After the verb opening its clause (VSO), the name is its subject and a title right after it is
          // as often the verb's object (وكرم الوزير فلان رئيس الاتحاد، …, سلّم السفير فلان وزير الخارجية
          // نسخة …): only a comma between name and title, or الحالي and a comma after the title, make it
          // the name's own post. A name further into the clause (after another's name: وكرم الأمير فلان
          // الدكتور علان رئيس الجامعة.) is the object, the title after it his.
          let cs = start - 1;
          while (cs > 0 && start - cs < MAX_SUBJECT_SPAN && this.tokens[cs - 1]?.type === 'word') cs--;
          let another = false;
          for (let k = cs + 1; k < start && !another; k++)
            another = isGivenName((this.tokens[k] as Token).norm);
          const subjectOfVerb =
            before?.type === 'word' &&
            !PREPOSITIONS.has(before.norm) &&
            !COMPLEMENTISER_SET.has(before.norm) &&
            !another;
          const current = this.tokens[end]?.norm === 'الحالي' && isComma(this.tokens[end + 1]);
          // …nor after a verb that takes no person for object (أكد, أوضح, تحدث; أعرب and عبّر, whose
          // complement comes with عن): the title after its subject's name is his (أعرب فلان رئيس النادي عن …).
          const cue = subjectOfVerb ? lookupCue(before.norm) : undefined;
          const noPersonObject = cue !== undefined && (!cue.takesObject || EXPRESSING_LEMMAS.has(cue.lemma));
          if (subjectOfVerb && !comma && !current && !noPersonObject) continue;
          const name = this.mentionOf(range(start, nameEnd), true, true);
          if (!name) continue;
          if (found && found.words.join(' ') !== name.words.join(' ')) several = true;
          found = name;
        }
      }
      if (found && !several) this.entities.addFullerName(entity, found);
    }
  }

  /**
   * The nearest people the narration names in the plural before the verb at `index`, within a paragraph's
   * reach and outside quotes (عددا من أهالي محافظة القطيف, وفد من رجال الأعمال): the plural noun and its
   * genitive up to its first definite word, learnt as a group. Null when none.
   */
  private peopleBefore(index: number): Entity | null {
    for (
      let k = index - 1, words = 0;
      k >= 0 && words < MAX_LOOKBACK_WORDS && index - k <= MAX_LOOKBACK_STEPS;
      k--
    ) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' && this.tokens[k - 1]?.type === 'break') return null;
      if (token.type !== 'word' || this.quoted[k]) continue;
      words++;
      // (behind و or not, with the article or not, in the accusative too: وفدا من …)
      const people = (word: string) => {
        const bare = word.startsWith('ال') ? word.slice(2) : word;
        return [bare, bare.replace(/ا$/u, '')].some(
          (w) => PEOPLE_IN_CONSTRUCT_SET.has(w) || PEOPLE_PLURAL_SET.has(w),
        );
      };
      const plain = people(token.norm) ? token.norm : token.norm.replace(/^و/u, '');
      if (!people(plain)) continue;
      let end = k;
      if (!hasArticle(plain))
        for (let n = k + 1; n <= k + 4; n++) {
          const word = this.tokens[n];
          // (…through من right after the noun: وفدا من رجال الأعمال)
          if (n === k + 1 && word?.norm === 'من') continue;
          if (word?.type !== 'word' || this.quoted[n] || STOP_SET.has(word.norm)) break;
          end = n;
          if (hasArticle(word.norm)) break;
        }
      if (end === k && !hasArticle(plain)) return null;
      const group = this.mentionOf(range(k, end), false, true);
      if (!group) return null;
      const entity = this.entities.learn(group, null, false);
      if (entity) entity.plural = true;
      return entity;
    }
    return null;
  }

  /**
   * Where a name that ends at `end` starts at its given name: the earliest given name within a name's
   * length back, before a title, an honorific, a stop word or anything but a word; -1 when none.
   */
  private givenNameStartBefore(end: number): number {
    let start = -1;
    for (let k = end; k >= 0 && end - k < MAX_NAME_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || STOP_SET.has(token.norm) || isTitleHead(token.norm)) break;
      if (HONORIFIC_SET.has(token.norm) || COMPLEMENTISER_SET.has(token.norm) || lookupCue(token.norm)) break;
      if (isGivenName(token.norm)) start = k;
    }
    return start;
  }

  /**
   * The subject is a place of the gazetteer alone (الكويت, مصر, المملكة العربية السعودية), no title, and
   * a time word or a comma follows it, not a relative after the comma (نفت الكويت، الأحد،; not انتقدت
   * فرنسا، التي …, the object).
   */
  private placeBeforeAside(subject: Subject): boolean {
    if (subject.title.length > 0 || subject.name.length === 0 || subject.name.length > 3) return false;
    const words = subject.name.map((k) => (this.tokens[k] as Token).norm);
    if (!PLACE_SET.has(words.join(' '))) return false;
    const after = this.tokens[subject.last + 1];
    if (after?.type === 'word') return TIME_SET.has(after.norm);
    return isComma(after) && !RELATIVES.has(this.tokens[subject.last + 2]?.norm ?? '');
  }

  /** The word at `at` is a plain definite word glued to ب (بالمطلع), unquoted. */
  private describedAsWord(at: number): boolean {
    const word = this.tokens[at];
    return word?.type === 'word' && !this.quoted[at] && /^بال.{2,}/u.test(word.norm);
  }

  /**
   * The one a relay's عنه, عنها or عنهم at `at` stands for: the speaker last heard whose agreement fits the
   * pronoun, not the carrier itself (`carrier`, the verb's subject); null otherwise.
   */
  private pronounSource(at: number, carrier: Entity): Entity | null {
    const agreement = PRONOUN_AGREEMENT.get(this.tokens[at]?.norm ?? '');
    if (agreement === undefined) return null;
    const entity = this.entities.continuing(agreement);
    return entity && entity !== carrier && this.entities.hasSpoken(entity) ? entity : null;
  }

  /** Notes the body an unnamed source relayed at `i` speaks for (memberBody), for its callbacks. */
  private noteRelayedSource(i: number): void {
    const subject = this.subjectAt(i);
    const member = subject ? this.memberBody(subject) : null;
    const resolved = member ? this.resolveSubject(member.body) : null;
    if (member && resolved) this.entities.noteMemberSource(resolved.entity, member.heads);
  }

  /**
   * A statement told by an unnamed description (حذر مسؤول دولي من «…»), then the one it came from named
   * with جاء ذلك على لسان (that was said by the tongue of …) in the same paragraph or the next (جاء ذلك على
   * لسان المتحدث باسم …، فلان،): the description is that person, and its quotes (and the bare cues that
   * went on with it, وقال:) are his or hers. Only a description with no name of its own, nobody quoted
   * between, a person named with two words or more, of the description's gender when both are known.
   */
  private tieOnTongue(): void {
    if (this.results.length === 0) return;
    for (let i = 0; i + ON_TONGUE.length < this.tokens.length; i++) {
      const verb = this.tokens[i] as Token;
      if (verb.type !== 'word' || this.quoted[i] || !ON_TONGUE_VERB.has(verb.norm)) continue;
      if (ON_TONGUE.some((word, n) => n > 0 && this.tokens[i + n]?.norm !== word)) continue;
      const subject = this.subjectAt(i + ON_TONGUE.length);
      if (!subject || subject.organisation || subject.name.length < 2) continue;
      // The last speech quote before it, in the same paragraph or the one before.
      let last = -1;
      for (let k = 0; k < this.results.length; k++) {
        const span = this.spans[k] as Span;
        if (span.open > i) break;
        const result = this.results[k];
        if (result?.speaker && result.kind !== 'mention' && span.parent === -1) last = k;
      }
      const before = this.results[last];
      const description = before?.speaker?.entity;
      if (!description || description.organisation) continue;
      const paragraph = this.paragraphOf(verb);
      if (this.paragraphOf(this.tokens[(this.spans[last] as Span).open] as Token) < paragraph - 1) continue;
      // …a description: no name, no word with the article (مسؤول دولي; not المتحدث باسم الوزارة, nor a post
      // in construct with a definite genitive, وزير الخارجية, مديرة المدرسة: an office of its own)
      if (description.forms.some((f) => f.isName || f.words.some((w) => w.startsWith('ال')))) continue;
      // …and ذلك points back to that quote: no other statement's finite verb between it and جاء (أكدت
      // المملكة أن …، جاء ذلك على لسان: that statement's).
      let between = false;
      for (let k = (this.spans[last] as Span).close + 1; k < i && !between; k++) {
        const token = this.tokens[k] as Token;
        // (a participle goes on with the same statement: داعيا إلى …)
        between =
          token.type === 'word' &&
          !this.quoted[k] &&
          (lookupCue(token.norm)?.tense ?? 'participle') !== 'participle';
      }
      if (between) continue;
      // …of the description's gender when the title before the name shows its own (مسؤولة أممية, then
      // وكيل الأمين العام فلان: another person).
      const feminine = (description.forms[0]?.words[0] ?? '').endsWith('ه');
      const titleHead =
        subject.title.length > 0 ? (this.tokens[subject.title[0] as number] as Token).norm : '';
      if (titleHead !== '' && titleHead.endsWith('ه') !== feminine) continue;
      const person = this.resolveSubject(subject)?.entity;
      if (!person || person === description || person.organisation) continue;
      if (
        description.agreements.size > 0 &&
        person.agreements.size > 0 &&
        ![...description.agreements].some((a) => person.agreements.has(a))
      )
        continue;
      for (const form of description.forms) this.entities.addFullerName(person, { ...form, isName: false });
      this.results.forEach((result, k) => {
        if (result?.speaker?.entity === description)
          this.results[k] = { ...result, speaker: { ...result.speaker, entity: person } };
      });
    }
  }

  /**
   * The word at `i` labels an answer at the head of its paragraph (ج: …, الجواب - …): ANSWER_LABEL_SET,
   * then a colon or a dash.
   */
  private opensAnswer(i: number): boolean {
    const before = this.tokens[i - 1];
    if (before !== undefined && before.type !== 'break') return false;
    const label = this.tokens[i] as Token;
    const after = this.tokens[i + 1]?.norm;
    return ANSWER_LABEL_SET.has(label.norm) && (after === ':' || after === '-' || after === '–');
  }

  /**
   * The person an interview was held with, named after an interview noun and مع before `at` (أجرت
   * «الشرق» حوارا مع وزيرة البيئة، فلانة): a title or a name of two words. Read once, from the text's
   * start to the first answer, MAX_LOOKBACK_STEPS tokens at most.
   */
  private intervieweeBefore(at: number): Entity | null {
    if (this.interviewee !== undefined) return this.interviewee;
    this.interviewee = null;
    for (let k = 0; k + 2 < at && k <= MAX_LOOKBACK_STEPS; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || !INTERVIEW_NOUN_SET.has(token.norm) || this.tokens[k + 1]?.norm !== 'مع')
        continue;
      // Not the press met (لقاء مع الصحفيين) nor the outlet that held it (مقابلة مع قناة العربية).
      const met = this.tokens[k + 2]?.norm ?? '';
      if (ADDRESSEE_SET.has(met) || MEDIA_SET.has(met)) continue;
      const subject = this.subjectAt(k + 2);
      if (!subject || (subject.title.length === 0 && subject.name.length < 2)) continue;
      this.interviewee = this.resolveSubject(subject)?.entity ?? null;
      break;
    }
    return this.interviewee;
  }

  /**
   * Whether `description` is known only by a title with a possessive pronoun (محاميها, مدربه) whose head
   * `person` holds with the article (المحامي فلان): the same office, named.
   */
  private heldWithPronoun(description: Entity, person: Entity): boolean {
    const [form, ...others] = description.forms;
    if (!form || others.length > 0 || form.isName || form.words.length !== 1) return false;
    const word = form.words[0] as string;
    let stem = word.replace(OBJECT_PRONOUN_END, '');
    // (a woman's title keeps her ت before the pronoun: محاميتها → محاميه)
    if (stem !== word && stem.endsWith('ت') && !TITLE_SET.has(stem)) stem = `${stem.slice(0, -1)}ه`;
    if (stem === word || !TITLE_SET.has(stem)) return false;
    return (
      person.forms.some((f) => f.isName && f.words.length > 1) &&
      // (the head alone or with a complement, not another post of it: المحامي العام, الطبيب الشرعي, المدرب
      // المساعد; a nationality is no post, المحامي المصري)
      person.forms.some((f) => {
        const next = f.words[1];
        return (
          !f.isName &&
          f.words[0] === `ال${stem}` &&
          (next === undefined || !next.startsWith('ال') || ORIGIN_NISBA_SET.has(next))
        );
      })
    );
  }

  /**
   * A person named and heard, then a definite description of his or her sex and age with no name as the
   * next quote's speaker (ويقول عيسى: «…». ويضيف الرجل الستيني أن «…»; وتقول يوسف … «…»، تقول السيدة
   * الستينية): the description is the person who held the floor, when the two agree in gender, the
   * description stands in the paragraph of that person's quote or the next, and no other person with a
   * name was named between. Only a description of one head (DESCRIPTION_SET, no kinship noun) with its
   * adjective (الرجل الستيني, not الرجل alone, which may be anyone), never met before that quote.
   */
  private tieDescriptionsAfter(): void {
    const namedAt = this.entities.list
      .filter((e) => !e.organisation && e.forms.some((f) => f.isName && f.words.length > 1))
      .map((e) => this.entities.firstNamedAt(e))
      // (not one named inside a quote: the speaker's words)
      .filter((at) => at >= 0 && !this.quoted[at])
      .sort((a, b) => a - b);
    const namedBefore = (at: number) => countBefore(namedAt, at, (named) => named);
    const tied = new Map<Entity, Entity>();
    let previous: { entity: Entity; at: number } | null = null;
    this.results.forEach((result, k) => {
      const span = this.spans[k] as Span;
      if (!result?.speaker || result.kind === 'mention' || span.parent !== -1) return;
      const entity = result.speaker.entity;
      const person = previous?.entity;
      const since = previous?.at ?? -1;
      previous = { entity: tied.get(entity) ?? entity, at: span.open };
      if (!person || person === entity || tied.has(entity) || entity.organisation || person.organisation)
        return;
      const [form, ...others] = entity.forms;
      if (!form || others.some((f) => f.words.join(' ') !== form.words.join(' ')) || form.words.length < 2)
        return;
      const head = form.words[0] as string;
      // (المرأة is امرأة with the article: its alif goes)
      const noun = head.slice(2);
      if (
        !head.startsWith('ال') ||
        KIN_SET.has(noun) ||
        !(DESCRIPTION_SET.has(noun) || DESCRIPTION_SET.has(`ا${noun}`))
      )
        return;
      // (the head and one adjective of age, الرجل الستيني, السيدة الأربعينية: not الرجل الستيني الآخر,
      // السيدة الأولى, الرجل المصاب, which may be anyone else)
      const adjective = form.words[1] as string;
      if (form.words.length !== 2 || !hasArticle(adjective) || !DECADE_ADJECTIVE.test(adjective.slice(2)))
        return;
      const gender = head.endsWith('ه') ? 'f' : 'm';
      if (!person.agreements.has(gender) || person.agreements.has(gender === 'f' ? 'm' : 'f')) return;
      // (a person's name, not a body's that reads like one: الأمم المتحدة)
      if (!person.forms.some((f) => f.isName && f.words.length > 1 && !hasArticle(f.words[0] as string)))
        return;
      // (the text gives the person another age: فلان (30 عاما), الشاب فلان, against الرجل الستيني)
      if (this.ageContradicts(person, DECADE_OF.get(adjective.slice(2).replace(DECADE_STEM, '$1')) ?? 0))
        return;
      const from = this.entities.firstNamedAt(entity);
      if (from < 0 || from < since) return;
      const paragraph = this.paragraphOf(this.tokens[from] as Token);
      if (paragraph > this.paragraphOf(this.tokens[since] as Token) + 1) return;
      if (namedBefore(from) - namedBefore(since) > 0) return;
      // (the description closes at once, before أنّ, a colon or the end: not a relative clause or an aside,
      // الرجل الستيني الذي …, الرجل الستيني، وهو جاره)
      const after = this.tokens[from + 2];
      if (
        after !== undefined &&
        after.type !== 'break' &&
        !COMPLEMENTISER_SET.has(after.norm) &&
        !SENTENCE_ENDS.has(after.norm) &&
        after.norm !== ':' &&
        !/^ل/u.test(after.norm)
      )
        return;
      // (another scene: a paragraph that opens on a place, وفي المحل المجاور، قال الرجل …)
      if (paragraph > this.paragraphOf(this.tokens[since] as Token)) {
        let open = from;
        while (open > 0 && this.paragraphOf(this.tokens[open - 1] as Token) === paragraph) open--;
        const first = (this.tokens[open] as Token).norm;
        if (first === 'في' || first === 'وفي') return;
      }
      // (another scene in the same paragraph: وفي المحل المجاور، قال الشاب العشريني)
      if (this.opensOnOtherScene(from)) return;
      // (a man the person spoke of: «ضبطنا رجلا أربعينيا», then الرجل الأربعيني)
      const stem = noun.replace(/ه$/u, '');
      for (let k = since; k < from; k++)
        if (this.quoted[k] && (this.tokens[k] as Token).norm.replace(/^[وف]?(?:ال)?/u, '').startsWith(stem))
          return;
      // (the description's own quote names the person: one speaks of the other, «خالد بطل», «العتيبي بطل»)
      if (this.quoteNames(span, person)) return;
      tied.set(entity, person);
      previous = { entity: person, at: span.open };
    });
    if (tied.size === 0) return;
    for (const [description, person] of tied)
      for (const form of description.forms) this.entities.addFullerName(person, { ...form, isName: false });
    this.results.forEach((result, k) => {
      const person = result?.speaker ? tied.get(result.speaker.entity) : undefined;
      if (result?.speaker && person)
        this.results[k] = { ...result, speaker: { ...result.speaker, entity: person } };
    });
  }

  /**
   * The token of the last word of `entity`'s name (its first name form of two words or more), given at
   * `at` or a few words after it (a title before it: الشاب فلان, المحامي فلان), or -1.
   */
  private nameEndFrom(entity: Entity, at: number): number {
    const form = entity.forms.find((f) => f.isName && f.words.length > 1);
    if (!form || at < 0) return -1;
    for (let k = at; k < this.tokens.length && k <= at + 8; k++)
      if (form.words.every((word, n) => this.tokens[k + n]?.norm === word)) return k + form.words.length - 1;
    return -1;
  }

  /**
   * The age the text gives a person right after the name at `end`, in years: an aside (ageAsideEnd: فلان
   * (30 عاما), ، 45 عاما،, (أربعيني), read as the decade's first year) or البالغ من العمر 30 عاما; 0 when none.
   */
  private ageAfterName(end: number): number {
    let from = end + 1;
    let to = ageAsideEnd(this.tokens, from);
    if (to < 0) {
      const word = (n: number) => this.tokens[end + n]?.norm;
      if ((word(1) !== 'البالغ' && word(1) !== 'البالغه') || word(2) !== 'من' || word(3) !== 'العمر')
        return 0;
      from = end + 4;
      to = end + 5;
    }
    for (let k = from; k < to; k++) {
      const norm = (this.tokens[k] as Token).norm;
      if (YEARS_DIGITS.test(norm))
        return Number(norm.replace(INDIC_DIGIT, (digit) => String(digit.charCodeAt(0) - 0x660)));
      const decade = DECADE_ADJECTIVE.test(norm) ? DECADE_OF.get(norm.replace(DECADE_STEM, '$1')) : undefined;
      if (decade) return decade * 10;
    }
    return 0;
  }

  /**
   * Whether what the text says of a person's age contradicts a description of the `decade` (6 for الستيني):
   * a description of youth or of old age with the name (الشاب فلان against الستيني, المسن فلان against
   * العشريني), or an age after the name where the person is first named, of another decade.
   */
  private ageContradicts(person: Entity, decade: number): boolean {
    if (decade === 0) return false;
    for (const form of person.forms) {
      if (form.isName) continue;
      const head = form.words[0] ?? '';
      if ((YOUNG_DESCRIPTION_SET.has(head) && decade >= 4) || (OLD_DESCRIPTION_SET.has(head) && decade <= 4))
        return true;
    }
    const end = this.nameEndFrom(person, this.entities.firstNamedAt(person));
    const age = end < 0 ? 0 : this.ageAfterName(end);
    return age >= 10 && Math.floor(age / 10) !== decade;
  }

  /**
   * Whether the quote `span` names `person`, by the given name or the family name (وقال الرجل الستيني إن
   * «خالد بطل», «العتيبي بطل»): its speaker speaks of the person and is someone else. A given name that is
   * also a common word (سعيد, أمل) counts for nothing, nor a family name with the article right after a
   * definite word, where it may be that word's adjective (الخطر الكبير), nor الله after عبد.
   */
  private quoteNames(span: Span, person: Entity): boolean {
    const form = person.forms.find((f) => f.isName && f.words.length > 1);
    if (!form || span.close < 0) return false;
    const names = new Set<string>();
    const given = form.words[0] as string;
    if (!GIVEN_NAME_WORD_SET.has(given)) names.add(given);
    const family = form.words[form.words.length - 1] as string;
    if (
      form.words[form.words.length - 2] !== 'عبد' &&
      (family.startsWith('ال') || (isGivenName(family) && !GIVEN_NAME_WORD_SET.has(family)))
    )
      names.add(family);
    for (let k = span.open + 1; k < span.close; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') continue;
      const norm = names.has(token.norm) ? token.norm : token.norm.startsWith('و') ? token.norm.slice(1) : '';
      if (!names.has(norm)) continue;
      const before = this.tokens[k - 1];
      if (norm.startsWith('ال') && before?.type === 'word' && hasArticle(before.norm)) continue;
      return true;
    }
    return false;
  }

  /**
   * Whether the sentence of the token `at` opens on في and a place or a case set apart from the one before
   * (وفي المحل المجاور، وفي حي آخر، وفي قضية أخرى،: OTHER_SCENE_SET) before its first comma: another scene,
   * whose people are others than those just heard.
   */
  private opensOnOtherScene(at: number): boolean {
    const sentence = this.tokens[at]?.sentence;
    let open = at;
    while (
      open > 0 &&
      at - open < MAX_LOOKBACK_STEPS &&
      this.tokens[open - 1]?.sentence === sentence &&
      this.tokens[open - 1]?.type !== 'break'
    )
      open--;
    const first = this.tokens[open]?.norm;
    if (first !== 'في' && first !== 'وفي') return false;
    for (let k = open + 1; k < at && k <= open + 5; k++) {
      const token = this.tokens[k] as Token;
      if (isComma(token)) break;
      if (OTHER_SCENE_SET.has(token.norm)) return true;
    }
    return false;
  }

  /**
   * Whether the person named at `at` (a title, then the name) is said by a relative clause after the name
   * to stand for someone the clause names (المحامي فلان، الذي يمثل المدعي،), rather than for someone before
   * (الذي يتولى الدفاع عنه): a clause of الذي/التي with no pronoun in it, up to its comma or أنّ.
   */
  private standsForAnother(person: Entity, at: number): boolean {
    const end = this.nameEndFrom(person, at);
    if (end < 0) return false;
    const k0 = isComma(this.tokens[end + 1]) ? end + 2 : end + 1;
    if (!RELATIVE_SET.has(this.tokens[k0]?.norm ?? '')) return false;
    for (let k = k0 + 1; k < this.tokens.length && k <= k0 + 12; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm)) return true;
      if (PRONOUN_END.test(token.norm) && !TA_MARBUTA_END.test(this.text.slice(token.from, token.to)))
        return false;
    }
    return true;
  }

  /**
   * A feature quotes someone by a description (يقول الرجل الخمسيني, تقول الأم) and names them a
   * paragraph later (ويروي فلان …، مضيفا:, والمواطنة فلانة … وتضيف فلانة:): the quotes of the description
   * go to the person when that person is the next one quoted, is named after the description, in its
   * paragraph or the next, with no role but a description, agrees with it, first speaks with a verb that
   * goes on (أضاف, تابع: they spoke before), and nobody else is named in between.
   */
  private tieDescriptions(): void {
    // Speakers in the order of their first quote.
    const firstQuote = new Map<Entity, Attribution>();
    for (const result of this.results)
      if (result?.speaker && result.kind !== 'mention' && !firstQuote.has(result.speaker.entity))
        firstQuote.set(result.speaker.entity, result);
    const speakers = [...firstQuote.keys()];
    // The tokens people with a name of two words or more were first named at, in order: who is named
    // between a description and a person is counted by bisection, not by a scan of everyone.
    const namedAt = this.entities.list
      .filter((e) => !e.organisation && e.forms.some((f) => f.isName && f.words.length > 1))
      .map((e) => this.entities.firstNamedAt(e))
      .filter((at) => at >= 0)
      .sort((a, b) => a - b);
    const namedBefore = (at: number) => countBefore(namedAt, at, (named) => named);
    const described = (entity: Entity) =>
      entity.forms.every(
        (f) => DESCRIPTION_SET.has(bareWord(f.words[0] ?? '')) && (!f.isName || f.words.length === 1),
      );
    const tied = new Map<Entity, Entity>();
    for (let k = 0; k + 1 < speakers.length; k++) {
      const description = speakers[k] as Entity;
      const person = speakers[k + 1] as Entity;
      const from = this.entities.firstNamedAt(description);
      const at = this.entities.firstNamedAt(person);
      const cue = (firstQuote.get(person) as Attribution).cue;
      // وصفه محاميها بأنه «…» … وقال المحامي فلان: a title with a possessive pronoun, then the next speaker
      // named with that title and a name in the next paragraph, none named between: the same person.
      if (
        !description.organisation &&
        !person.organisation &&
        from >= 0 &&
        at > from &&
        this.heldWithPronoun(description, person) &&
        this.paragraphOf(this.tokens[at] as Token) === this.paragraphOf(this.tokens[from] as Token) + 1 &&
        namedBefore(at) - namedBefore(from + 1) === 0 &&
        // (not a holder of another party, المحامي فلان، الذي يمثل المدعي، nor of another case, وفي قضية أخرى)
        !this.standsForAnother(person, at) &&
        !this.opensOnOtherScene(at)
      ) {
        tied.set(description, person);
        for (const form of description.forms) this.entities.addFullerName(person, { ...form, isName: false });
        continue;
      }
      if (
        description.organisation ||
        person.organisation ||
        from < 0 ||
        at <= from ||
        !described(description) ||
        !person.forms.some((f) => f.isName && f.words.length > 1) ||
        !person.forms.every((f) => f.isName || DESCRIPTION_SET.has(bareWord(f.words[0] ?? ''))) ||
        this.paragraphOf(this.tokens[at] as Token) > this.paragraphOf(this.tokens[from] as Token) + 1 ||
        namedBefore(at) - namedBefore(from + 1) > 0 ||
        cue === null ||
        lookupCue(fold(cue))?.goesOn !== true ||
        (description.agreements.size > 0 &&
          person.agreements.size > 0 &&
          ![...description.agreements].some((a) => person.agreements.has(a)))
      )
        continue;
      tied.set(description, person);
      // …and the description becomes one of the person's aliases.
      for (const form of description.forms) this.entities.addFullerName(person, { ...form });
    }
    if (tied.size === 0) return;
    this.results.forEach((result, k) => {
      const person = result?.speaker ? tied.get(result.speaker.entity) : undefined;
      if (result?.speaker && person)
        this.results[k] = { ...result, speaker: { ...result.speaker, entity: person } };
    });
  }

  /**
   * True when the subject opens with a plural of things in ات, not a name's word: with the article
   * (الفعاليات) or in construct before another word (فعاليات دورته), five letters or more, no given name
   * or title (عرفات, بركات are names; a title's plural speaks as its holders do).
   */
  private thingsPluralHead(subject: Subject): boolean {
    const head = this.tokens[subject.first] as Token;
    const bare = hasArticle(head.norm) ? head.norm.slice(2) : head.norm;
    if (bare.length < 5 || !bare.endsWith('ات') || isGivenName(bare) || isTitleHead(head.norm)) return false;
    // (nor a plural of people or of bodies, which take a masculine verb too: قيادات, شخصيات, جهات)
    if (PEOPLE_PLURALS_IN_AT.has(bare)) return false;
    if (stripToSet(head.norm, ORGANISATION_SET) !== undefined) return false;
    return hasArticle(head.norm) || subject.last > subject.first;
  }

  /**
   * Past an aside of a few plain words between commas at `at` (، مساء أمس،, ، في كلمته،): the token after
   * its closing comma; `at` itself when no such aside opens there.
   */
  private pastPlainAside(at: number): number {
    if (!isComma(this.tokens[at])) return at;
    for (let k = at + 1; k <= at + MAX_FLOOR_ASIDE + 1; k++) {
      const token = this.tokens[k];
      if (isComma(token)) return k > at + 1 ? k + 1 : at;
      if (token?.type !== 'word' || lookupCue(token.norm) !== undefined || COMPLEMENTISER_SET.has(token.norm))
        return at;
    }
    return at;
  }

  /**
   * A cue whose sentence goes on to a cue without a subject (`وتحدثت الوزيرة … عن الحملة، فأكدت: …`)
   * hands its subject over: the speaker takes the floor even though its own verb has no complement.
   */
  private handsOver(index: number): boolean {
    // From the end of the cue's own subject, which may hold a quoted name (جمعية «الأرض الخضراء»).
    const from = this.cueAt(index)?.end ?? index + 1;
    for (let i = from; i < this.tokens.length && i < from + MAX_COMPLEMENT_DISTANCE + 6; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm) || token.type === 'mark') return false;
      if (token.type !== 'word') continue;
      const cue = this.verbAt(i);
      if (cue && cue.tense === 'past' && cue.clitic) return this.cueAt(i)?.subject === null;
    }
    return false;
  }

  /**
   * A body's name followed by its short name in brackets (الاتحاد الدولي لكرة القدم (فيفا)): the
   * short name becomes another name of the same body.
   */
  private learnAcronyms(): void {
    for (let i = 1; i < this.tokens.length; i++) {
      if ((this.tokens[i] as Token).norm !== '(') continue;
      let close = i + 1;
      while (close <= i + 3 && this.tokens[close]?.type === 'word') close++;
      if (close === i + 1 || close > i + 3 || this.tokens[close]?.norm !== ')') continue;
      // Back over the body's name to its head: definite words and ل genitives only.
      let start = -1;
      for (let j = i - 1; j >= 0 && i - j <= MAX_BODY_WORDS; j--) {
        const token = this.tokens[j] as Token;
        if (token.type !== 'word') break;
        if (stripToSet(token.norm, ORGANISATION_SET) !== undefined) {
          start = j;
          break;
        }
        if (!hasArticle(token.norm) && !token.norm.startsWith('ل')) break;
      }
      if (start < 0 || start === i - 1) continue;
      const body = this.mentionOf(range(start, i - 1), false, true);
      const short = this.mentionOf(range(i + 1, close - 1), true, true);
      const entity = body ? this.entities.learn(body, null, true) : null;
      if (!entity || !short) continue;
      this.entities.addFullerName(entity, short);
      // The short name is also written with the article: فيفا, الفيفا.
      const [word] = short.words;
      if (short.words.length === 1 && word && !hasArticle(word))
        this.entities.addFullerName(entity, { ...short, text: `ال${short.text}`, words: [`ال${word}`] });
    }
  }

  /**
   * A body named right after the verb that opens a sentence, whatever the verb (وقضت محكمة الاستئناف
   * بسجن …, وأصدرت وزارة الصحة تعليمات …): the body is learnt, not given the floor, so that its
   * head alone later (وقالت المحكمة) names it. Only an indefinite head and the definite words of its
   * construct chain (محكمة الاستئناف, وزارة الصحة العامة): anything after them may be the object.
   */
  private learnSentenceBodies(): void {
    for (let i = 1; i < this.tokens.length; i++) {
      const head = this.tokens[i] as Token;
      if (head.type !== 'word' || this.quoted[i]) continue;
      const noted = this.registerBodyName(i);
      this.registerTitleBody(i);
      if (hasArticle(head.norm)) {
        this.learnDefiniteBody(i);
        continue;
      }
      if (!ORGANISATION_SET.has(head.norm)) continue;
      // A generic head (جمعية, هيئة) only with the place its body sits in (placeTail, below).
      const generic = GENERIC_BODY_SET.has(head.norm);
      let verb = this.tokens[i - 1] as Token;
      // …or in the genitive of the noun that is that verb's subject (أثار قرار وزارة التربية المصرية
      // إلغاء …): the body then governs nothing, so an adjective of origin after it is its own.
      const construct = this.isConstructBefore(i) ? verb : null;
      if (construct) verb = this.tokens[i - 2] as Token;
      const before = this.tokens[construct ? i - 3 : i - 2];
      const opens = opensSentence(before, verb);
      if (verb.type !== 'word' || !opens || STOP_SET.has(verb.norm) || PREPOSITIONS.has(verb.norm)) continue;
      let end = i;
      while (end - i < MAX_BODY_WORDS && this.tokens[end + 1]?.type === 'word') {
        const norm = (this.tokens[end + 1] as Token).norm;
        // In a genitive, every word shaped like an adjective is the body's (وزارة التربية المصرية), when
        // it agrees with the body's head or the noun before it (هيئة الطيران المدني) and says more than
        // when or how final: قرار وزارة الصحة النهائي is the decision's.
        if (construct && isNisba(norm) && this.agreesInBody(head.norm, end, norm)) {
          end++;
          continue;
        }
        // An adjective of origin that punctuation closes is the body's (أيدت محكمة النقض المصرية، …).
        if (isNisba(norm) && this.tokens[end + 2] !== undefined && this.tokens[end + 2]?.type !== 'word') {
          end++;
          break;
        }
        // A genitive joined with و to the one before it (وزارة الحج والعمرة, وزارة الشؤون الإسلامية
        // والدعوة والإرشاد): the body's name goes on, as an object never opens with و.
        if (end > i && this.isJoinedGenitive(end + 1)) {
          end++;
          continue;
        }
        if (isNisba(norm) && end > i && this.isJoinedGenitive(end + 2)) {
          end++;
          continue;
        }
        // …and one that agrees with the head before the place the body sits in (جمعية البر الخيرية
        // بمكة المكرمة).
        if (
          isNisba(norm) &&
          end > i &&
          this.agreesInBody(head.norm, end, norm) &&
          this.placeTail(end + 1, verb) > end + 1
        ) {
          end++;
          continue;
        }
        // A place's head in construct and the place's name (أمانة محافظة جدة, شرطة منطقة الرياض): both
        // the body's, whether the place is definite or not.
        const place = this.tokens[end + 2];
        if (
          end === i &&
          BODY_PLACE_HEAD_SET.has(norm) &&
          place?.type === 'word' &&
          !STOP_SET.has(place.norm) &&
          !COMPLEMENTISER_SET.has(place.norm)
        ) {
          end += 2;
          continue;
        }
        if (!hasArticle(norm) || norm.startsWith('وال') || isNisba(norm) || OBJECT_NOUN_SET.has(norm)) break;
        // One definite genitive, then only genitives with ل (شركة الخليج للطيران): a second definite
        // noun may be the verb's object (وأيدت محكمة النقض الحكم).
        if (end > i && !norm.startsWith('لل')) break;
        // …not whom the body spoke to (وأكدت وزارة الصحة للمواطنين, وقال البنك المركزي للمصارف).
        if (
          end > i &&
          isHearerAfterLam(
            this.tokens,
            end + 1,
            lookupCue(verb.norm) !== undefined
              ? range(i, end).map((k) => (this.tokens[k] as Token).norm)
              : [head.norm],
          )
        )
          break;
        end++;
      }
      if (end === i) continue;
      const placed = this.placeTail(end, verb);
      if (generic && placed === end) continue;
      // The register read on past an adjective that is no nisba (قوات الدعم السريع): its reading. Not
      // past a nisba, which the name here leaves out (صحيفة الوطن الكويتية → صحيفة الوطن).
      end =
        noted > placed &&
        // …a city's name after في, which may look like one (في الإسكندرية), is no nisba; nor is one after a
        // field after ل the reading went through, the field's own (لشؤون المسجد النبوي, للعلوم والتقنية).
        !range(placed + 1, noted).some((k) => {
          const norm = (this.tokens[k] as Token).norm;
          return (
            isNisba(norm) &&
            !(PLACE_SET.has(norm) && this.tokens[k - 1]?.norm === 'في') &&
            !range(i + 1, k - 1).some((j) => /^ل/u.test((this.tokens[j] as Token).norm))
          );
        })
          ? noted
          : placed;
      const body = this.mentionOf(range(i, end), false, true);
      const entity = body ? this.entities.learn(body, null, true) : null;
      // حسم نادي الزمالك …: the word after a named body's head is its own name, which the article
      // may use alone later (وأعلن الزمالك).
      const own = this.mentionOf([i + 1], true, true);
      const ownWord = (this.tokens[i + 1] as Token).norm;
      if (
        entity &&
        own &&
        end === i + 1 &&
        head.norm === 'نادي' &&
        ownWord !== 'الله' &&
        !this.entities.knowsNameWord(ownWord)
      )
        this.entities.addFullerName(entity, own);
    }
  }

  /**
   * Notes the body a title at token `i` implies (Entities.noteTitleBody): a body's agent noun without
   * the article, then its definite genitive and an adjective of origin (وزير الخارجية, وزيرة الصحة
   * الأردنية → وزارة الخارجية, وزارة الصحة الأردنية; the adjective in the body's feminine).
   */
  private registerTitleBody(i: number): void {
    const norm = (this.tokens[i] as Token).norm;
    const head = bodyOfAgent(norm) ?? (/^[وفل]/u.test(norm) ? bodyOfAgent(norm.slice(1)) : undefined);
    const genitive = this.tokens[i + 1];
    if (head === undefined || genitive?.type !== 'word' || this.quoted[i + 1] || !hasArticle(genitive.norm))
      return;
    const rest = [genitive.norm];
    const adjective = this.tokens[i + 2];
    if (adjective?.type === 'word' && !this.quoted[i + 2] && isNisba(adjective.norm))
      rest.push(adjective.norm.endsWith('ه') ? adjective.norm : `${adjective.norm}ه`);
    this.entities.noteTitleBody(head, rest, i);
  }

  /**
   * Notes in the article's register of bodies' names (Entities.noteBodyName) the body's name that
   * bodyNameEnd reads from token `i`, wherever it stands (subject, object, after في or ل, in the lede),
   * so that its head alone later (وقالت الوزارة) names it. Returns the name's last token, or -1 when none
   * was noted.
   */
  private registerBodyName(i: number): number {
    const end = this.bodyNameEnd(i);
    if (end < 0) {
      const quoted = this.registerQuotedBodyName(i);
      if (quoted >= 0) return quoted;
      const firm = this.registerFirmName(i);
      return firm < 0 ? this.registerOwnName(i) : firm;
    }
    const token = this.tokens[i] as Token;
    const clitic = stripToSet(token.norm, ORGANISATION_SET) !== token.norm;
    const body = this.mentionOf(range(i, end), false, true, clitic);
    if (body) this.entities.noteBodyName(body, i, undefined, this.inComplement(i), token.sentence);
    return body ? end : -1;
  }

  /**
   * Notes in the register a body named by its head at `i` and its own name in quotes right after it
   * (منظمة «تيما», جمعية «الأمل» الخيرية), with the adjectives of its kind after the quote, as
   * withoutDescription reads the name (one of origin describes it: منظمة «تيما» البيئية التركية): the
   * head, the quoted words and those adjectives, so that the head alone later (وقالت المنظمة) names it. Not a
   * firm's head (registerFirmName notes the quoted words alone) nor an outlet's. Returns the name's last
   * token, or -1.
   */
  private registerQuotedBodyName(i: number): number {
    const token = this.tokens[i] as Token;
    const head = stripToSet(token.norm, ORGANISATION_SET);
    if (
      head === undefined ||
      this.quoted[i] ||
      token.norm.length - head.length > 1 ||
      hasArticle(head) ||
      stripToSet(token.norm, FIRM_NAME_HEAD_SET) !== undefined ||
      MEDIA_SET.has(head) ||
      this.tokens[i + 1]?.type !== 'mark'
    )
      return -1;
    const close = this.closingMarkAfter(i + 1);
    const inside = range(i + 2, close - 1);
    if (
      close <= i + 2 ||
      close > i + 6 ||
      this.tokens[close]?.type !== 'mark' ||
      inside.some((k) => this.tokens[k]?.type !== 'word')
    )
      return -1;
    const adjectives: number[] = [];
    for (let k = close + 1; k <= close + 2; k++) {
      const next = this.tokens[k];
      if (next?.type !== 'word' || this.quoted[k]) break;
      if (!isKindAdjective(next.norm)) break;
      adjectives.push(k);
    }
    const name = this.mentionOf([i, ...inside, ...adjectives], false, true, token.norm !== head);
    if (!name) return -1;
    this.entities.noteBodyName(name, i, undefined, this.inComplement(i), token.sentence);
    return adjectives.at(-1) ?? close;
  }

  /**
   * The body's name at token `i` stands in a complement, not as a party that acts: after a preposition
   * (مع وزارة الدفاع, على شركة المقاولات), with ب, ل or ك on its head (بوزارة), or in construct after a noun
   * of what a party does or a plural of its people (قرار هيئة الاتصالات, مسؤولي هيئة الطيران).
   */
  private inComplement(i: number): boolean {
    const token = this.tokens[i] as Token;
    if (/^[بلك]/u.test(token.norm) && stripToSet(token.norm, ORGANISATION_SET) !== token.norm) return true;
    const prev = this.tokens[i - 1];
    if (prev?.type !== 'word') return false;
    const norm = prev.norm;
    if (PREPOSITIONS.has(norm)) return true;
    if (hasArticle(norm) || lookupCue(norm) !== undefined) return false;
    return (
      STANCE_OBJECT_NOUN_SET.has(norm) || (norm.length >= 5 && norm.endsWith('ات')) || /^م.{3,}ي$/u.test(norm)
    );
  }

  /**
   * True when the words from token `from` to `to` may go on a body's name read shorter before them (see
   * Entities.extendFromRegister), after the head at `head`: adjectives (الدولي, المركزية, البشرية; of a
   * country only after a ministry's head), genitives
   * joined with و (والتنمية), and the given name after a title that names a man (مستشفى الملك فيصل
   * التخصصي); no definite noun that may be the verb's object (منظمة غرينبيس السلطات), no word with a
   * proclitic (حماس بالدعوة), and no participle governing a preposition after it (المعنية بـ).
   */
  private extendsBodyName(head: number, from: number, to: number): boolean {
    // An adjective of origin names a ministry's country (وزارة الدفاع اليمنية); after a paper's, a club's
    // or a party's own name it describes (صحيفة الوطن الكويتية, نادي إشبيلية الإسباني).
    const ministry = stripToSet(this.tokens[head]?.norm ?? '', PORTFOLIO_BODY_HEAD_SET) !== undefined;
    for (let k = from; k <= to; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word' || this.quoted[k]) return false;
      const norm = token.norm;
      // A body's own head shaped like a nisba with its own adjective (المفوضية الأوروبية, الجمعية العامة)
      // is the verb's object; alone it may be an adjective (الانتخابات البلدية).
      const next = this.tokens[k + 1];
      if (ORGANISATION_SET.has(norm) && next?.type === 'word' && hasArticle(next.norm)) return false;
      if (!ministry && ORIGIN_NISBA_SET.has(norm)) return false;
      const named = NAMING_TITLES.has(this.tokens[k - 1]?.norm ?? '') || this.tokens[k - 1]?.norm === 'بن';
      if (isNisba(norm) || (norm.startsWith('وال') && k > from)) continue;
      if (named && !hasArticle(norm) && GIVEN_NAME_SET.has(norm)) continue;
      // …and a place's name after a place's head in construct (أمانة محافظة جدة).
      if (k === from && BODY_PLACE_HEAD_SET.has(this.tokens[k - 1]?.norm ?? '')) continue;
      if (norm === 'بن' && k > from && GIVEN_NAME_SET.has(this.tokens[k - 1]?.norm ?? '')) continue;
      return false;
    }
    const last = (this.tokens[to] as Token).norm;
    const after = this.tokens[to + 1];
    return !(
      last.startsWith('الم') &&
      after?.type === 'word' &&
      (after.norm.startsWith('ب') || PREPOSITIONS.has(after.norm))
    );
  }

  /**
   * Notes in the register a firm named by its own name after a head of trade at `i` (FIRM_NAME_HEAD_SET,
   * one proclitic at most): a quoted name right after the head (شركة «نستله», وشركة "ترانسبورت فور
   * لندن"), the quoted words alone; or one or two plain words that govern nothing (مجموعة فولكسفاغن,
   * خفضت مجموعة سيمنس توقعاتها), the head with them. Its head alone later (وقالت الشركة) names it. The
   * plain words are no adjective agreeing with the head (شركة ناشئة, بنك محلي, شركة أخرى, بنك كبير), no
   * particle, verb or definite word, and a boundary ends them: punctuation, a definite word, a particle, a
   * word with a proclitic ب or ل or a pronoun (بأكثر, توقعاتها). Returns the name's last token, or -1.
   */
  private registerFirmName(i: number): number {
    const token = this.tokens[i] as Token;
    const head = stripToSet(token.norm, FIRM_NAME_HEAD_SET);
    if (head === undefined || this.quoted[i] || token.norm.length - head.length > 1) return -1;
    const open = this.tokens[i + 1];
    if (open?.type === 'mark') {
      const close = this.closingMarkAfter(i + 1);
      const words = range(i + 2, close - 1);
      if (
        close <= i + 2 ||
        this.tokens[close]?.type !== 'mark' ||
        words.some((k) => this.tokens[k]?.type !== 'word')
      )
        return -1;
      const name = this.mentionOf(words, false, true);
      if (name) this.entities.noteBodyName(name, i, head, false, (this.tokens[i] as Token).sentence);
      return name ? close : -1;
    }
    const feminine = head.endsWith('ه');
    const plain = (k: number): boolean => {
      const next = this.tokens[k];
      if (next?.type !== 'word' || this.quoted[k]) return false;
      const norm = next.norm;
      return (
        norm.length >= 3 &&
        /^[\u0621-\u064a]+$/u.test(norm) &&
        !hasArticle(norm) &&
        !(feminine ? norm.endsWith('ه') : norm.endsWith('ي')) &&
        !norm.endsWith('ى') &&
        !FIRM_ADJECTIVE_SET.has(norm) &&
        stripToSet(norm, STOP_SET) === undefined &&
        stripToSet(norm, ORGANISATION_SET) === undefined &&
        !PREPOSITIONS.has(norm) &&
        !COMPLEMENTISER_SET.has(norm) &&
        !PRONOUN_END.test(norm) &&
        lookupCue(norm) === undefined
      );
    };
    const boundary = (k: number): boolean => {
      const next = this.tokens[k];
      if (next?.type !== 'word' || this.quoted[k]) return true;
      const norm = next.norm;
      return (
        hasArticle(norm) ||
        PREPOSITIONS.has(norm) ||
        COMPLEMENTISER_SET.has(norm) ||
        stripToSet(norm, STOP_SET) !== undefined ||
        /^[بل\d]/u.test(norm) ||
        PRONOUN_END.test(norm)
      );
    };
    let end = i;
    // A second word with a proclitic is more often the verb's complement (فولكسفاغن بأكثر من …).
    while (
      end - i < 2 &&
      plain(end + 1) &&
      (end === i || !/^[وفبلك]/u.test((this.tokens[end + 1] as Token).norm))
    )
      end++;
    while (end > i && !boundary(end + 1)) end--;
    if (end === i) return -1;
    const name = this.mentionOf(range(i, end), false, true, token.norm !== head);
    if (name) this.entities.noteBodyName(name, i, head, false, (this.tokens[i] as Token).sentence);
    return name ? end : -1;
  }

  /**
   * Notes in the register a body named by its own name, one plain word after an indefinite head that is
   * no firm's (حركة طالبان, منظمة أوبك), when the phrase visibly ends after it: punctuation, a
   * complementiser or a time word (closesBodyName), a preposition, or what closesSeat takes after a seat:
   * a particle before a verb (قد after كان, لم, لن), an adjective of when the noun the name is the
   * genitive of takes (قرار حركة طالبان الأخير), the verb's object (جددت حركة طالبان تحذيرها). The word is
   * none that agrees with the head as its adjective would (حركة احتجاجية, مجلس محلي), no verbal noun (لجنة
   * تحقيق), particle, cue or word with a pronoun. Returns the name's last token, or -1.
   */
  private registerOwnName(i: number): number {
    const token = this.tokens[i] as Token;
    const head = stripToSet(token.norm, ORGANISATION_SET);
    if (head === undefined || hasArticle(head) || this.quoted[i] || token.norm.length - head.length > 1)
      return -1;
    const own = this.tokens[i + 1];
    if (own?.type !== 'word' || this.quoted[i + 1]) return -1;
    const norm = own.norm;
    const after = this.tokens[i + 2];
    const ends =
      this.closesBodyName(i + 2) ||
      this.closesSeat(i + 2) ||
      (after?.type === 'word' && PREPOSITIONS.has(after.norm));
    if (
      !ends ||
      norm.length < 3 ||
      !/^[\u0621-\u064a]+$/u.test(norm) ||
      hasArticle(norm) ||
      /^[وفبلك]/u.test(norm) ||
      (head.endsWith('ه') ? norm.endsWith('ه') : norm.endsWith('ي')) ||
      norm.endsWith('ى') ||
      FIRM_ADJECTIVE_SET.has(norm) ||
      DERIVED_VERBAL_NOUN.test(norm) ||
      stripToSet(norm, STOP_SET) !== undefined ||
      stripToSet(norm, ORGANISATION_SET) !== undefined ||
      stripToSet(norm, TITLE_SET) !== undefined ||
      PREPOSITIONS.has(norm) ||
      COMPLEMENTISER_SET.has(norm) ||
      TIME_SET.has(norm) ||
      PRONOUN_END.test(norm) ||
      lookupCue(norm) !== undefined
    )
      return -1;
    const name = this.mentionOf([i, i + 1], false, true, token.norm !== head);
    if (name) this.entities.noteBodyName(name, i, undefined, this.inComplement(i), token.sentence);
    return name ? i + 1 : -1;
  }

  /**
   * The one reading of a body's name from its head at `i` to where it stops: an indefinite head in a
   * construct chain up to a definite genitive (وزارة التجارة, هيئة تطوير منطقة الرياض) or up to a place
   * named after a place's head (أمانة محافظة جدة), or a definite head; then genitives joined with و
   * (والصناعة), up to two adjectives of origin or rank agreeing with the head or the genitive (الوطنية,
   * العليا, الجزرية الصغيرة), and after an adjective or a genitive a field after ل (لتطوير مدينة الرياض,
   * للإغاثة, لدول غرب أفريقيا before punctuation). It stops before a describing adjective of stance
   * (المعارضة, الحاكم), a second adjective that agrees with neither, and whatever else follows. A
   * definite head with none of these is no name: -1. Reads MAX_BODY_WORDS words at most.
   */
  private bodyNameEnd(i: number): number {
    const token = this.tokens[i] as Token;
    const stripped = stripToSet(token.norm, ORGANISATION_SET);
    if (stripped === undefined) return -1;
    const lam = token.norm.startsWith('لل') && stripped.startsWith('ال');
    // One proclitic at most (بوزارة, للهيئة), left out of the name.
    if (stripped !== token.norm && !lam && token.norm.length - stripped.length !== 1) return -1;
    const definite = hasArticle(stripped);
    const head = definite ? stripped.slice(2) : stripped;
    const word = (at: number): string | null => {
      const next = this.tokens[at];
      return next?.type === 'word' && !this.quoted[at] ? next.norm : null;
    };
    // A plain word that a construct chain may go on through (تطوير, منطقة), not a particle or a verb.
    const chainWord = (norm: string) =>
      !hasArticle(norm) &&
      norm.length > 2 &&
      stripToSet(norm, STOP_SET) === undefined &&
      !PREPOSITIONS.has(norm) &&
      !COMPLEMENTISER_SET.has(norm) &&
      lookupCue(norm) === undefined;
    // The definite genitive that ends a construct chain from `from`, or -1; with `closed`, plain words
    // that punctuation or a bracket ends (لدول غرب أفريقيا).
    const chainEnd = (from: number, closed = false): number => {
      for (let k = from; k < from + 3; k++) {
        const norm = word(k);
        if (norm === null) return closed && k > from && this.tokens[k]?.type !== 'word' ? k - 1 : -1;
        // …a participle that describes the body by what it does (منظمة غرينبيس المدافعة عن البيئة) is no
        // genitive: the plain name before it ends the chain.
        // (…not a place's epithet: مكة المكرمة)
        // (…agreeing with the head: after جمعية حماية the masculine المستهلك is the genitive, جمعية حماية
        // المستهلك من «…»)
        if (
          hasArticle(norm) &&
          k > from &&
          !this.isPlaceName(k - 1) &&
          head.endsWith('ه') === norm.endsWith('ه') &&
          this.describesBody(k)
        )
          return k - 1;
        // …nor one that says when the noun the name is the genitive of came (قرار جامعة طيبة الأخير).
        if (WHEN_EPITHETS.has(norm)) return k > from ? k - 1 : -1;
        if (hasArticle(norm)) return norm.startsWith('وال') ? -1 : k;
        // (…a verb's shape in a field's chain is its verbal noun: أنظمة نقل الكهرباء)
        if (!chainWord(norm) && !this.verbalNounInField(k)) return -1;
        // …or a plain name of its own right after the head, then the body's field after لل (متحف جينتشو
        // للحفريات, معهد ماكس للفيزياء): the name ends there and the field goes on it. Not an adjective
        // agreeing with an indefinite head (مركز متخصص للأبحاث, هيئة جديدة للرقابة, مستشفى ميداني) nor an
        // indefinite object (برنامجاً للتوعية).
        const field = word(k + 1);
        if (
          k === from &&
          field !== null &&
          field.startsWith('لل') &&
          field.length > 4 &&
          this.plainOwnName(k)
        )
          return k;
        // …or, after two nouns in construct joined by و (تجارة وصناعة), the plain name they are of
        // (غرفة تجارة وصناعة ريزه): both nouns want a genitive, so the chain goes on to it whatever follows.
        const joined = word(k - 1);
        if (
          k >= from + 2 &&
          joined !== null &&
          /^و[^ا]/u.test(joined) &&
          chainWord(joined.slice(1)) &&
          !norm.startsWith('و') &&
          !hasTanween(this.tokens[k] as Token, this.text)
        )
          return k;
        // A place's own name (بلدية دبي, محكمة مقاطعة لاهاي) is definite and governs no genitive: a
        // definite noun after it that is no adjective is the verb's object (ألزمت بلدية دبي المطاعم).
        if (this.isPlaceName(k) && this.opensObject(k + 1)) return k;
        // …and a city or country of the gazetteer ends it whatever follows (بلدية دبي خطة …, جامعة دمشق
        // أمس), unless it opens a place of two words (عين شمس).
        const next = word(k + 1);
        if (PLACE_SET.has(norm) && !(next !== null && PLACE_SET.has(`${norm} ${next}`))) return k;
      }
      return -1;
    };
    let end = i;
    if (!definite) {
      end = chainEnd(i + 1);
      // …or a place's head and the place's name without the article (أمانة محافظة جدة): the name ends
      // there, as a second plain word may be the verb's object (إغلاق المطعم).
      const place = word(i + 2);
      if (end < 0 && BODY_PLACE_HEAD_SET.has(word(i + 1) ?? '') && place !== null && chainWord(place))
        end = i + 2;
      if (end < 0) return -1;
      // A firm's own plain name, then what it does to a thing (شركة يوروتانل المشغلة للنفق, شركة إيرباص
      // المصنعة للطائرة): the participle describes the firm named, it is no genitive of its name.
      if (end > i + 1 && FIRM_ROLE_SET.has(word(end) ?? '')) return end - 1;
      // A title that names a man (الملك, الأمير, الإمام), then his given name and his father's after بن:
      // the body is named for him (جامعة الملك سعود, جامعة الإمام عبدالرحمن بن فيصل), and a plain word after
      // the name is the verb's object (صحة ما نشر).
      if (NAMING_TITLES.has(word(end) ?? '')) end = this.honouredNameEnd(end);
      // A genitive that is a body's definite head with its own name read after it (وكالة الرئاسة العامة
      // لشؤون المسجد النبوي, مجلس إدارة الهيئة العامة للطيران المدني): the inner name is all the outer's.
      const genitive = word(end) ?? '';
      if (hasArticle(genitive) && ORGANISATION_SET.has(genitive.slice(2))) {
        const inner = this.bodyNameEnd(end);
        if (inner > end) return inner;
      }
    }
    // After دعا, the one verb of appeal whose complement ل may be, the ل is its complement (ودعت الجامعة
    // العربية لوقف إطلاق النار); طالب, ناشد and حث take ب, an object and على, so after them a field after ل
    // is the body's (طالبت اللجنة الوطنية للمقاولين بمنح …). After a deputy's title, a field after the
    // body's genitive is the deputy's (وكيل وزارة الإسكان للدعم السكني).
    const before = this.tokens[i - 1];
    // …unless the verb's own complement, إلى, comes later in the clause (ودعت الجمعية الوطنية لحقوق الإنسان
    // في تعليق … إلى «…»): then the ل is the body's field.
    const appeal =
      before?.type === 'word' && lookupCue(before.norm)?.lemma === 'دعا' && !this.appealedToLater(i);
    const deputy = before?.type === 'word' && isDeputyTitle(before.norm);
    let adjectives = 0;
    while (end - i < MAX_BODY_WORDS) {
      const norm = word(end + 1);
      if (norm === null) break;
      if (WHEN_EPITHETS.has(norm)) break;
      if (end > i && this.isJoinedGenitive(end + 1)) {
        end++;
        continue;
      }
      // A participle that governs a preposition describes the body (المدافعة عن, المعنية ب, المسؤولة
      // عن, المتخصصة في): the name ends before it; one in the feminine after a masculine head, agreeing
      // with a feminine or plural genitive, describes the genitive, a word of the name with its
      // complement (مركز إكثار الحيوانات العربية المهددة بالانقراض).
      if (this.describesBody(end + 1)) {
        end = this.genitiveParticipleEnd(i, head, end);
        break;
      }
      // An adjective of stance after the name's own adjective describes the body, it does not name it
      // (جبهة الخلاص الوطني المعارضة); right after a genitive it may be the genitive's (قادة الأحزاب المعارضة).
      if (adjectives > 0 && STANCE_ADJECTIVES.has(norm)) return end;
      // …and so does one right after a genitive in the singular, agreeing with the head (حزب المؤتمر
      // المعارض): a plural genitive may take it as its own (تنسيقية الأحزاب المعارضة).
      if (
        end > i &&
        adjectives === 0 &&
        STANCE_ADJECTIVES.has(norm) &&
        head.endsWith('ه') === norm.endsWith('ه') &&
        !isBrokenPlural(word(end) ?? '') &&
        !/(?:ات|ين|ون)$/u.test(word(end) ?? '')
      )
        return end;
      // …and so does what a firm named does to a thing (شركة طيران الخليج المالكة للطائرة).
      if (end > i && FIRM_ROLE_SET.has(norm)) return end;
      const previous = (this.tokens[end] as Token).norm;
      // A second adjective of origin joined with و to the first (الشؤون البلدية والقروية).
      if (adjectives > 0 && norm.startsWith('وال') && isNisba(norm.slice(1)) && isNisba(previous)) {
        end++;
        continue;
      }
      // العام after a genitive joined by و (هيئة التحقيق والادعاء العام), not the year (العام الماضي, العام 2015).
      if (
        end > i &&
        adjectives === 0 &&
        norm === 'العام' &&
        previous.startsWith('وال') &&
        !previous.endsWith('ه')
      ) {
        const after = word(end + 2);
        if (after === null || !(YEAR_EPITHETS.has(after) || /^\d/u.test(after))) {
          end++;
          continue;
        }
      }
      // An adjective of origin (الوطنية), or of rank in فعلى (العليا), agreeing with the head.
      if (
        adjectives < 2 &&
        ((isNisba(norm) && this.agreesInBody(head, end, norm)) ||
          // …or a nisba in the plural of persons (الأمريكيين, الزراعيين) after a genitive of persons in the
          // plural (جمعية منتجي الفحم الأمريكيين, اتحاد المزارعين الفرنسيين): no body is a plural, so it
          // agrees with the genitive and names the body's members.
          (end > i && PERSONS_NISBA.test(norm) && this.personsInName(i, end)) ||
          // …or a colour after the genitive, which with it names one thing (هيئة الهلال الأحمر, جمعية
          // الصليب الأحمر, لجنة القبعات الخضراء): no body is described by its colour.
          (end > i && adjectives === 0 && COLOURS.has(norm)) ||
          // …or a definite adjective in the sound plural right after a genitive in the same plural
          // (اتحاد الصيادين المحترفين, جمعية الصحفيين المستقلين), when the name visibly ends after it: a
          // seat after في, the clause or punctuation (not an object: اتهمت نقابة المعلمين المسؤولين بـ…).
          (end > i &&
            SOUND_PLURAL.test(norm) &&
            SOUND_PLURAL.test(previous) &&
            (this.closesBodyName(end + 2) ||
              this.clauseAfterBody(end + 2) ||
              (word(end + 2) === 'في' && PLACE_SET.has(word(end + 3) ?? '')))) ||
          (end === i && (/^ال.{2,}(?:ى|يا)$/u.test(norm) || BODY_RANK_ADJECTIVES.has(norm))) ||
          // …or one of rank after the first genitive, agreeing with it, when the body's field follows
          // (وكالة الرئاسة العامة لشؤون المسجد النبوي): not the year (أعلنت الوزارة العام الماضي).
          (!definite &&
            end === i + 1 &&
            BODY_RANK_ADJECTIVES.has(norm) &&
            previous.endsWith('ه') === norm.endsWith('ه') &&
            this.fieldAfterLam(end + 2)) ||
          // …or, after the genitive, a participle (المسلحة) or an adjective in فعيل (السريع) agreeing
          // with it, no title (قوات الدعم السريع, القوات الجوية الملكية); after an adjective in ة, one
          // more in ة (الدول الجزرية الصغيرة); after the head's adjective of rank, one agreeing with the
          // head (الهيئة العليا المستقلة).
          (end > i &&
            (isParticiple(norm) || /^ال..ي.ه?$/u.test(norm)) &&
            stripToSet(norm, TITLE_SET) === undefined &&
            (((adjectives === 0 || (previous.endsWith('ه') && norm.endsWith('ه'))) &&
              previous.endsWith('ه') === norm.endsWith('ه')) ||
              (definite && end === i + 1 && adjectives === 1 && head.endsWith('ه') === norm.endsWith('ه')) ||
              // …or a participle in ة after a genitive that is a broken plural, which takes the feminine
              // (بعثة الأمم المتحدة, قوات الدول المشاركة), when the body's field after ل follows it
              // (للدعم, لحفظ السلام): a field shows the name goes on.
              (adjectives === 0 && isParticiple(norm) && this.fieldAfterLam(end + 2)))))
      ) {
        adjectives++;
        end++;
        continue;
      }
      if (appeal || (deputy && adjectives === 0)) break;
      // The field after ل, only after an adjective or a genitive (ودعت الوزارة لوقف …: the verb's).
      // …not whom the words were told (وقالت الحكومة الإيطالية للصحفيين, المفوضية الأوروبية للدول الأعضاء).
      // (…after a cue whose subject the body is, read with the words of its name so far, which say whether
      // the field completes it: جامعة الملك سعود is whole, so قالت جامعة الملك سعود للطلاب told them; elsewhere
      // with its head alone: افتتح الأمير مركز الملك سلمان للشباب names the centre with its field)
      if (
        norm.startsWith('ل') &&
        isHearerAfterLam(
          this.tokens,
          end + 1,
          before?.type === 'word' && lookupCue(before.norm) !== undefined
            ? [definite ? `ال${head}` : head, ...range(i + 1, end).map((k) => (this.tokens[k] as Token).norm)]
            : [head],
        )
      )
        break;
      // (…a field whose verbal noun governs a preposition, of any length: للحد من, للرفق ب)
      const governs = norm.startsWith('لل') ? FIELD_GOVERNING.get(norm.slice(2)) : undefined;
      if (end > i && governs !== undefined) {
        end = this.fieldComplement(end + 1, governs);
        break;
      }
      if (end > i && norm.startsWith('لل') && norm.length > 4) {
        end++;
        // …those who work in a sector, then the sector after ب and its adjective (النقابة العامة للعاملين
        // بالسكك الحديدية, للعاملين بالبنوك): the field's own complement.
        const sector = word(end + 1);
        if (WORKERS.has(norm.slice(2)) && sector?.startsWith('بال') && sector.length > 4) {
          end++;
          const own = word(end + 1);
          if (own !== null && (isNisba(own) || isParticiple(own) || /^ال..ي.ه?$/u.test(own))) end++;
          break;
        }
        const adjective = word(end + 1);
        if (adjective !== null && isNisba(adjective)) end++;
        // …or a participle of the field's own (للأمم المتحدة), then a second field (لشؤون اللاجئين).
        else if (adjective !== null && isParticiple(adjective)) {
          end++;
          const second = word(end + 1);
          const field =
            second !== null && /^ل[^ل]/u.test(second) && chainWord(second.slice(1)) ? chainEnd(end + 2) : -1;
          if (field >= 0) end = field;
        }
        const joined = this.coordinatedField(end);
        // …and the joined genitive's own adjective (للسياحة والتراث الوطني).
        end =
          joined > end && isNisba(word(joined + 1) ?? '') && this.fieldAdjective(joined)
            ? joined + 1
            : joined;
        break;
      }
      // (…a noun of two letters too before its definite genitive: لطب الأسنان)
      const short =
        norm.length === 3 &&
        stripToSet(norm.slice(1), STOP_SET) === undefined &&
        !PREPOSITIONS.has(norm.slice(1)) &&
        hasArticle(word(end + 2) ?? '');
      if (adjectives > 0 && norm.startsWith('ل') && (chainWord(norm.slice(1)) || short)) {
        const field = chainEnd(end + 2, true);
        if (field >= 0) end = field;
        // …and the man the field's genitive is named for after a title of his (لجسر الملك فهد).
        if (field >= 0 && NAMING_TITLES.has(word(end) ?? '')) end = this.honouredNameEnd(end);
        // …and the field's own adjective agreeing with its genitive (لإدارة الحالات الطارئة, لمكافحة
        // الأمراض المعدية, لأبحاث الطاقة المتجددة).
        if (field >= 0 && this.fieldAdjective(end)) end++;
        if (field >= 0) end = this.coordinatedField(end);
        break;
      }
      break;
    }
    return end === i ? -1 : this.placeAfterBa(i, this.placeAfterFi(i, this.nameUpToAcronym(i, end)));
  }

  /**
   * A body's name read up to `end` from its head at `i`, with the town or region after ب that it serves
   * (الإدارة العامة للتعليم بالأحساء, المجلس البلدي بمحافظة الخرج, الغرفة التجارية بمدينة بريدة): a
   * place of the gazetteer glued to ب, or ب and a place's head with one or two words of the place's name.
   * Not when the name already says where the body is from (السفارة السعودية بواشنطن: where it is), nor
   * after a field's own ب (للعاملين بالسكك: the field's complement, read by the field). Returns the
   * place's last token, or `end`.
   */
  private placeAfterBa(i: number, end: number): number {
    if (end <= i) return end;
    const token = this.tokens[end + 1];
    if (token?.type !== 'word' || this.quoted[end + 1] || !token.norm.startsWith('ب')) return end;
    for (let k = i; k <= end; k++) if (ORIGIN_NISBA_SET.has((this.tokens[k] as Token).norm)) return end;
    // …nor after a branch's head (مدير فرع الهيئة العامة للسياحة بمنطقة نجران): the region is the branch's,
    // which the register reads from فرع, not the body's.
    const branch = this.tokens[i - 1]?.norm ?? '';
    if (BRANCH_HEADS.has(branch) || BRANCH_HEADS.has(branch.slice(1))) return end;
    if (PLACE_SET.has(token.norm.slice(1))) return end + 1;
    const word = (at: number) => {
      const next = this.tokens[at];
      return next?.type === 'word' && !this.quoted[at] ? next.norm : '';
    };
    // …or a place of two words with ب on the first (بالمدينة المنورة, بمكة المكرمة).
    if (PLACE_SET.has(`${token.norm.slice(1)} ${word(end + 2)}`)) return end + 2;
    if (!isPlaceHeadAfterBa(token.norm)) return end;
    if (PLACE_SET.has(`${word(end + 2)} ${word(end + 3)}`)) return end + 3;
    const place = word(end + 2);
    return place !== '' &&
      !COMPLEMENTISER_SET.has(place) &&
      stripToSet(place, STOP_SET) === undefined &&
      !PREPOSITIONS.has(place) &&
      lookupCue(place) === undefined
      ? end + 2
      : end;
  }

  /**
   * True when the name read from its head at `i` to `end` holds a genitive of persons in the plural: a
   * sound plural (المزارعين, المصدرين), a plural in construct before a definite genitive (منتجي الفحم,
   * مربي الماشية), or a definite broken plural at its end that is neither feminine nor a nisba (الأطباء,
   * الكتاب, رجال الأعمال).
   */
  private personsInName(i: number, end: number): boolean {
    for (let k = i + 1; k <= end; k++) {
      const norm = (this.tokens[k] as Token).norm;
      if (/^ال.{3,}(?:ين|ون)$/u.test(norm)) return true;
      const next = this.tokens[k + 1];
      if (k < end && !hasArticle(norm) && /ي$/u.test(norm) && next !== undefined && hasArticle(next.norm))
        return true;
      if (
        (k === end || k === end - 1) &&
        !norm.endsWith('ه') &&
        !isNisba(norm) &&
        (isBrokenPlural(norm) ||
          // (a definite last word that is no singular: not a noun of three letters, a participle in م or a
          // derived verbal noun, which name a field: وزارة العمل, جمعية حماية المستهلك)
          (k === end &&
            hasArticle(norm) &&
            !/^(?:ال.{3}|الم.*)$/u.test(norm) &&
            !DEFINITE_DERIVED_VERBAL_NOUN.test(norm)) ||
          (k === end - 1 && !hasArticle(norm)))
      )
        return true;
    }
    return false;
  }

  /**
   * The end of a body's field read from its verbal noun after لل at `field`, which governs `preposition`
   * (FIELD_GOVERNING): with the noun's own adjective (للكشف المبكر عن), the preposition and its noun,
   * definite or in construct up to a definite genitive (من الطلاق, عن سرطان الثدي, بالحيوان), the noun's
   * adjective (من العنف الأسري, عن اللغة العربية), and a noun joined to it by و, definite (والإدمان) or
   * with a pronoun that refers back (وآثاره, ومكافحتها). A mark or أن after the preposition is the
   * verb's complement: the field alone, `field`.
   */
  private fieldComplement(field: number, preposition: string): number {
    const word = (at: number): string | null => {
      const next = this.tokens[at];
      return next?.type === 'word' && !this.quoted[at] ? next.norm : null;
    };
    const adjective = (at: number) => {
      const norm = word(at);
      // (a nisba, a participle in م of either gender, or فعيل: الأسري, المبكر, الخطيرة)
      return (
        norm !== null &&
        /^ال/u.test(norm) &&
        (isNisba(norm) || /^الم.{3,}$/u.test(norm) || /^ال..ي.ه?$/u.test(norm))
      );
    };
    const opens = (norm: string | null) =>
      norm !== null &&
      (preposition === 'ب'
        ? /^بال/u.test(norm) && norm.length > 5
        : norm === preposition || (preposition === 'على' && norm === 'علي'));
    let k = field;
    if (!opens(word(k + 1)) && adjective(k + 1) && opens(word(k + 2))) k++;
    if (!opens(word(k + 1))) return field;
    let end = preposition === 'ب' ? k + 1 : k + 2;
    // …one or two plain nouns in construct before the definite genitive (حوادث المرور, سرطان الثدي).
    for (let n = 0; n < 3; n++) {
      const norm = word(end);
      if (norm === null) return field;
      if (/^(?:ب?ال)/u.test(norm) && norm.length > 3) break;
      if (n === 2 || norm.length < 3 || !/^[\u0621-\u064a]+$/u.test(norm) || lookupCue(norm) !== undefined)
        return field;
      if (stripToSet(norm, STOP_SET) !== undefined || PREPOSITIONS.has(norm) || COMPLEMENTISER_SET.has(norm))
        return field;
      end++;
    }
    if (adjective(end + 1)) end++;
    const joined = this.tokens[end + 1];
    if (
      joined?.type === 'word' &&
      !this.quoted[end + 1] &&
      /^و/u.test(joined.norm) &&
      joined.norm.length > 4
    ) {
      const written = this.text.slice(joined.from, joined.to);
      // …and the joined noun's own adjective (وآثاره الاجتماعية)
      if (/^وال/u.test(joined.norm) || (/(?:ه|ها)$/u.test(written) && lookupCue(joined.norm) === undefined))
        end += adjective(end + 2) ? 2 : 1;
    }
    return end;
  }

  /**
   * True when the word at `at`, right after a body's field after ل, is a preposition a verb governs (عن,
   * من, على, إلى; not في, before a seat, nor من أجل, a purpose in a name): no name goes on by a bare
   * preposition after its field (a field that governs عن is read before), so the verb's complement opens.
   */
  private governedAfterField(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at] || !GOVERNED_PREPOSITIONS.has(token.norm)) return false;
    return !(token.norm === 'من' && this.tokens[at + 1]?.norm === 'اجل');
  }

  /**
   * True when the word at `at` is a definite participle in م (المدافعة, المعنية, المسؤولة, المتخصص) that
   * governs a preposition after it: عن, على, من, إلى, مع, في before no place, or ب glued to a noun that
   * is no place (بسرطان, برصد). It says what the body named before it does: a description, no word of
   * its name (ل is left out: a field after a participle is often the name's, الهيئة المستقلة للانتخابات).
   */
  private describesBody(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at] || !/^الم.{3,}$/u.test(token.norm)) return false;
    const next = this.tokens[at + 1];
    if (next?.type !== 'word' || this.quoted[at + 1]) return false;
    // …or ل after a participle of belonging or stance (التابعة لـ, المملوكة للدولة, الموالية للحكومة)
    if (next.norm.startsWith('ل') && next.norm.length > 3 && BELONGING_PARTICIPLES.has(token.norm))
      return true;
    // …singular, as the body it describes (المسلمين, المستهلكين are a genitive's people, not its deeds)
    if (isNisba(token.norm) || /(?:ين|ون|ات)$/u.test(token.norm)) return false;
    if (DESCRIBED_PREPOSITIONS.has(next.norm)) return true;
    if (next.norm === 'في') {
      const place = this.tokens[at + 2];
      return (
        place?.type === 'word' &&
        !this.closesBodyName(at + 1) &&
        !PLACE_SET.has(place.norm) &&
        !BODY_PLACE_HEAD_SET.has(place.norm)
      );
    }
    // …ب glued to a noun, not a verbal noun in إ or in ت…ي, which is the verb's own complement after the
    // body's adjective (وقضت المحكمة الإدارية المختصة بإلغاء القرار).
    const written = this.text.slice(next.from, next.to);
    return (
      next.norm.length > 3 &&
      !/^بإ/u.test(written) &&
      !/^بت..ي/u.test(next.norm) &&
      this.opensBaComplement(at + 1)
    );
  }

  /**
   * True when the word at `at`, after a body's name, opens the verb's complement after ب: ب alone before a
   * quote mark (بـ«…»), بأن, or ب glued to a noun that is no place, place's head or body (بمنح الشركات,
   * بإعادة المباراة, بضرورة …): what a verb of demand or praise takes, never a word of the name.
   */
  private opensBaComplement(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at] || !token.norm.startsWith('ب')) return false;
    const norm = token.norm;
    if (norm === 'ب') return this.tokens[at + 1]?.type === 'mark';
    if (BI_ANNA.test(norm)) return true;
    const rest = norm.slice(1);
    return (
      norm.length > 3 &&
      !PLACE_SET.has(rest) &&
      !isPlaceHeadAfterBa(norm) &&
      stripToSet(norm, ORGANISATION_SET) === undefined &&
      stripToSet(norm, STOP_SET) === undefined &&
      !PREPOSITIONS.has(norm) &&
      !isGivenName(rest)
    );
  }

  /**
   * True when إلى, an appeal's own complement, follows the body's head at `i` within the clause: a word
   * among the next twelve tokens before any mark or punctuation.
   */
  private appealedToLater(i: number): boolean {
    for (let k = i + 1; k < i + 13; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word') return false;
      if (token.norm === 'الى' || token.norm === 'الي') return true;
    }
    return false;
  }

  /**
   * The last word of the man's name after a title that names him at `title` (الملك سعود, الإمام عبدالرحمن
   * بن فيصل, الأمير عبد العزيز): a given name (or عبد and its definite half), and بن with another as
   * long as they go on; `title` when no given name follows.
   */
  private honouredNameEnd(title: number): number {
    const at = (k: number): string => {
      const token = this.tokens[k];
      return token?.type === 'word' && !this.quoted[k] ? token.norm : '';
    };
    const given = (k: number): number =>
      at(k) === 'عبد' && hasArticle(at(k + 1)) ? k + 1 : isGivenName(at(k)) ? k : -1;
    let end = given(title + 1);
    if (end < 0) return title;
    for (let n = 0; n < 3 && at(end + 1) === 'بن'; n++) {
      const father = given(end + 2);
      if (father < 0) break;
      end = father;
    }
    return end;
  }

  /**
   * True when the plain word at `at` names a place: the gazetteer's, or the name after a place's head
   * (مقاطعة لاهاي, ولاية أوهايو).
   */
  private isPlaceName(at: number): boolean {
    const norm = (this.tokens[at] as Token).norm;
    return PLACE_SET.has(norm) || BODY_PLACE_HEAD_SET.has(this.tokens[at - 1]?.norm ?? '');
  }

  /** True when the word at `at` is a definite noun that no name goes on into: no adjective, no و, no field. */
  private opensObject(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at]) return false;
    const norm = token.norm;
    return hasArticle(norm) && !norm.startsWith('وال') && !isNisba(norm) && !isParticiple(norm);
  }

  /**
   * True when the subject at `first` stands right after a verb that governs ب (أشاد, ندد, رحب), or after
   * such a verb and فيه (في وقت أشادت فيه الوزارة): the ب word after the body is the verb's complement.
   */
  private afterBaVerb(first: number): boolean {
    const governs = (at: number) => {
      const verb = this.tokens[at];
      return verb?.type === 'word' && BA_GOVERNING_VERB_SET.has(verb.norm.replace(/^[وف]/u, ''));
    };
    const before = this.tokens[first - 1]?.norm ?? '';
    return governs(first - 1) || ((before === 'فيه' || before === 'فيها') && governs(first - 2));
  }

  /**
   * True when the words after a subject's reading at `read`, up to the end of the body's name `end` as
   * bodyNameEnd reads it from its head at `first`, are bound to the reading by the name's grammar: the
   * reading ends on a field whose verbal noun governs a preposition (للحد, للدفاع) and the rest is its
   * complement (fieldComplement), or a nisba of persons in the plural follows a plural genitive of
   * persons (personsInName).
   */
  private boundPastReading(first: number, read: number, end: number): boolean {
    const last = (this.tokens[read] as Token).norm;
    // (…the field's verbal noun read last, or before its own adjective read last: للكشف المبكر)
    const before = (this.tokens[read - 1] as Token).norm;
    const field = last.startsWith('لل') ? read : before.startsWith('لل') && read - 1 > first ? read - 1 : -1;
    const governs =
      field > first ? FIELD_GOVERNING.get((this.tokens[field] as Token).norm.slice(2)) : undefined;
    if (governs !== undefined) return this.fieldComplement(field, governs) >= end;
    // …or a second field joined by و read last, whose verbal noun governs what follows (والحماية → من
    // الحرائق).
    const joined = read > first + 1 ? this.joinedFieldGoverning(read) : undefined;
    if (joined !== undefined) return this.fieldComplement(read, joined) >= end;
    // …or a field's chain read past a verbal noun in it, to its definite genitive (أنظمة → نقل الكهرباء).
    if (end === read + 2 && this.verbalNounInField(read + 1)) return true;
    // …or the genitive read last, its adjective and a parallel genitive (المسجد → الحرام والمسجد النبوي).
    if (read > first + 1 && this.parallelGenitiveEnd(read) === end) return true;
    // …or a participle of the genitive read last, with its complement (المهددة → بالانقراض).
    const head = stripToSet((this.tokens[first] as Token).norm, ORGANISATION_SET) ?? '';
    if (
      read > first + 1 &&
      this.describesBody(read) &&
      this.genitiveParticipleEnd(first, head.replace(/^ال/u, ''), read - 1) === end
    )
      return true;
    const next = this.tokens[read + 1];
    return (
      next?.type === 'word' &&
      !this.quoted[read + 1] &&
      PERSONS_NISBA.test(next.norm) &&
      read > first &&
      this.personsInName(first, read)
    );
  }

  /**
   * True when the words after a subject's reading at `read` up to `end` hold a body's field after ل
   * and no addressee (لوسائل الإعلام, للصحفيين: whom the words were told), as its head at `first` reads
   * them (النقابة العامة لعمال النقل: the people a union serves are its field).
   */
  private fieldPastReading(first: number, read: number, end: number): boolean {
    const head = [(this.tokens[first] as Token).norm];
    let field = false;
    for (let k = read + 1; k <= end; k++) {
      const norm = (this.tokens[k] as Token).norm;
      if (!norm.startsWith('ل')) continue;
      if (stripToSet(norm, ADDRESSEE_SET) !== undefined || isHearerAfterLam(this.tokens, k, head))
        return false;
      field = true;
    }
    return field;
  }

  /**
   * True when the word at `at` is a body's field after ل: a definite noun after لل (للدعم, للسكان) or a
   * plain noun in construct with a definite genitive (لحفظ السلام, لشؤون اللاجئين).
   */
  private fieldAfterLam(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at]) return false;
    const norm = token.norm;
    if (norm.startsWith('لل')) return norm.length > 4;
    const genitive = this.tokens[at + 1];
    return (
      /^ل[^ل]/u.test(norm) &&
      norm.length > 3 &&
      stripToSet(norm.slice(1), STOP_SET) === undefined &&
      lookupCue(norm.slice(1)) === undefined &&
      genitive?.type === 'word' &&
      !this.quoted[at + 1] &&
      hasArticle(genitive.norm)
    );
  }

  /**
   * A body's name read up to `end` from its head at `i`, with the city or region after في that names
   * which one it is (وزارة الصحة في غزة, المحكمة الإدارية في كولونيا): a plain word after في, written
   * with no possessive pronoun, tanween or article, that is no document, saying, time, naming
   * noun, title or body, then what shows the name ended: punctuation, a complementiser, a time word, في
   * before a document (في بيان), or the verb's complement after ب, a verbal noun in إ or ت…ي (قضت …
   * بإلغاء). Not when
   * the name already says where the body is from (الخارجية الأميركية في واشنطن: where it spoke).
   * Returns the place's token, or `end`.
   */
  private placeAfterFi(i: number, end: number): number {
    const place = this.tokens[end + 2];
    if (this.tokens[end + 1]?.norm !== 'في' || place?.type !== 'word' || this.quoted[end + 2]) return end;
    const norm = place.norm;
    const written = this.text.slice(place.from, place.to);
    // A court or a prosecutor and a city of the gazetteer (المحكمة الجزائية في الرياض بسجن …): its seat,
    // with the article too, whatever follows.
    const head = stripToSet((this.tokens[i] as Token).norm, COURT_HEAD_SET);
    const court = head !== undefined && end > i;
    const origin = () => {
      for (let k = i; k <= end; k++) if (ORIGIN_NISBA_SET.has((this.tokens[k] as Token).norm)) return true;
      return false;
    };
    // …or a place's head and its name (مكتب العمل في محافظة جدة, المحكمة العامة في محافظة حفر الباطن):
    // a court's seat whatever follows, another body's when the phrase ends after it.
    if (BODY_PLACE_HEAD_SET.has(norm) && end > i && !origin()) {
      for (let n = 2; n >= 1; n--) {
        const words = this.tokens.slice(end + 3, end + 3 + n);
        if (words.length < n || words.some((t, k) => t.type !== 'word' || this.quoted[end + 3 + k])) continue;
        const last = words.at(-1) as Token;
        if (COMPLEMENTISER_SET.has(last.norm) || stripToSet(last.norm, STOP_SET) !== undefined) continue;
        // (…a court's seat whatever follows: a place of the gazetteer, or one plain word with no tanween)
        const named =
          PLACE_SET.has(words.map((t) => t.norm).join(' ')) ||
          (n === 1 && !PRONOUN_OR_TANWEEN_END.test(this.text.slice(last.from, last.to)));
        if ((court && named) || this.endsSeat(end + 3 + n)) return end + 2 + n;
      }
      return end;
    }
    if (court && PLACE_SET.has(norm)) return origin() ? end : end + 2;
    // …or a body named by its definite head and adjectives alone (المجلس البلدي, المرجعية الدينية, الشرطة
    // المحلية), a kind of body every city has: the city of the gazetteer after في says which one, whatever
    // follows (ورحب المجلس البلدي في جدة بالقرار).
    if (PLACE_SET.has(norm) && this.namedByKind(i, end) && !origin()) return end + 2;
    // A place of the gazetteer written with the article (في ألمانيا, في النرويج) is the body's seat only
    // when the phrase ends after it on no time word (في الرياض أمس: where and when it spoke), and the body
    // is no council in construct (مجلس الوزراء في الرياض, مجلس التعاون الخليجي في الرياض: where it met).
    const council = (this.tokens[i] as Token).norm.replace(/^[وف]/u, '') === 'مجلس';
    const articled = hasArticle(norm) && PLACE_SET.has(norm) && !council;
    if (articled) {
      const after = this.tokens[end + 3];
      return !origin() && this.endsSeat(end + 3) && !(after?.type === 'word' && TIME_SET.has(after.norm))
        ? end + 2
        : end;
    }
    if (
      norm.length < 3 ||
      hasArticle(norm) ||
      PRONOUN_OR_TANWEEN_END.test(written) ||
      stripToSet(norm, STOP_SET) !== undefined ||
      PREPOSITIONS.has(norm) ||
      COMPLEMENTISER_SET.has(norm) ||
      TIME_SET.has(norm) ||
      DOCUMENT_SET.has(norm) ||
      SAYING_SET.has(norm) ||
      NAMING_SET.has(norm) ||
      INTERVIEW_NOUN_SET.has(norm) ||
      ORGANISATION_SET.has(norm) ||
      stripToSet(norm, TITLE_SET) !== undefined ||
      lookupCue(norm) !== undefined
    )
      return end;
    for (let k = i; k <= end; k++) if (ORIGIN_NISBA_SET.has((this.tokens[k] as Token).norm)) return end;
    // …or the verb's complement, a verbal noun in إ or in ت…ي after ب (قضت … في كولونيا بإلغاء, بتعديل).
    const after = this.tokens[end + 3];
    const complement =
      after?.type === 'word' &&
      (/^بإ/u.test(this.text.slice(after.from, after.to)) || /^بت..ي/u.test(after.norm));
    // (…a public body's: a firm's place after في is where a branch of it works, شركة جنرال إلكتريك في مصر)
    const firm = stripToSet((this.tokens[i] as Token).norm, FIRM_NAME_HEAD_SET) !== undefined;
    return this.endsSeat(end + 3) || complement || (PLACE_SET.has(norm) && !firm && this.closesSeat(end + 3))
      ? end + 2
      : end;
  }

  /**
   * True when the word at `at`, after a body's name and a city of the gazetteer after في, shows the city
   * is the body's seat, the phrase a noun phrase that goes on to its clause: a particle before the verb
   * (وكانت هيئة … في دبي قد أطلقت, لم), an adjective of when that the noun the name is the genitive of takes
   * (قرار هيئة … في دبي الأخير), a preposition of the cause or the time of what the verb tells (بسبب,
   * خلال), or the verb's object right after the subject, a verbal noun, a noun in the accusative, a noun
   * with a pronoun, an indefinite noun and its adjective (أعلنت هيئة … في دبي إنجاز …, جددت … في دبي
   * تحذيرها, أعلنت … في دبي خطة جديدة): a place where the body acted comes after the object, not
   * between it and the subject.
   */
  private closesSeat(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at]) return false;
    const norm = token.norm;
    if (VERB_PARTICLES.has(norm) || WHEN_EPITHETS.has(norm) || CIRCUMSTANCE_PREPOSITIONS.has(norm))
      return true;
    if (hasArticle(norm) || /^[وفبلك]/u.test(norm) || lookupCue(norm) !== undefined) return false;
    const written = this.text.slice(token.from, token.to);
    const next = this.tokens[at + 1];
    return (
      opensVerbalNounObject(this.tokens, at) ||
      this.indefiniteAccusative(token) ||
      // (…a verbal noun in إفعال with a number or its definite object: إنجاز 40 في المئة, إطلاق الحملة)
      (/^إ[^ا]{2}ا[^ا]$/u.test(written) &&
        !isGivenName(norm) &&
        next?.type === 'word' &&
        (/^\d/u.test(next.norm) || hasArticle(next.norm))) ||
      (norm.length > 4 && /(?:ها|هم|ه)$/u.test(written)) ||
      // (…an indefinite noun in ة and its adjective agreeing: خطة جديدة, حملة واسعة)
      (/ة$/u.test(written) &&
        next?.type === 'word' &&
        !this.quoted[at + 1] &&
        /^[^وفبلك].{2,}ة$/u.test(this.text.slice(next.from, next.to)) &&
        !hasArticle(next.norm) &&
        stripToSet(norm, STOP_SET) === undefined &&
        stripToSet(norm, ORGANISATION_SET) === undefined)
    );
  }

  /**
   * True when the body's name from its head at `i` to `end` is a definite head and one or two adjectives
   * of kind, no genitive (المجلس البلدي, المرجعية الدينية, المحكمة الجزائية).
   */
  private namedByKind(i: number, end: number): boolean {
    const head = (this.tokens[i] as Token).norm;
    if (end <= i || end > i + 2 || !hasArticle(stripToSet(head, ORGANISATION_SET) ?? '')) return false;
    for (let k = i + 1; k <= end; k++) {
      const norm = (this.tokens[k] as Token).norm;
      if (!isNisba(norm) || isParticiple(norm) || STANCE_ADJECTIVES.has(norm)) return false;
    }
    return true;
  }

  /**
   * True when the token at `at`, after a body's seat, ends the body's name: what closesBodyName takes,
   * or the verb's complement, a preposition before a quote mark or أن (حذر اتحاد المزارعين في فرنسا من
   * «…», دعت … إلى «…», من أن).
   */
  private endsSeat(at: number): boolean {
    if (this.closesBodyName(at)) return true;
    const token = this.tokens[at] as Token;
    if (!SEAT_COMPLEMENT_PREPOSITIONS.has(token.norm)) return false;
    const next = this.tokens[at + 1];
    return next?.type === 'mark' || (next?.type === 'word' && COMPLEMENTISER_SET.has(next.norm));
  }

  /**
   * A body's name read up to `end` from its head at `i`, run on to its own short name or acronym when
   * one follows in quotes or brackets (الجمعية التونسية من أجل نزاهة وديمقراطية الانتخابات «عتيد»): a
   * writer gives the acronym right after the whole name, so the plain words between are the name's when
   * they open on its purpose or its field (من أجل, عن, ل), and hold no place (في), time, cue or clause. The short name is one to three words.
   * Reads up to MAX_BODY_WORDS words from the head.
   */
  private nameUpToAcronym(i: number, end: number): number {
    // The name goes on by its purpose or its field (من أجل, عن, a word after ل), not by the verb's object
    // (وطالبت الجمعية التونسية السلطات «فورا») nor a document (تقريرا بعنوان «…»).
    const first = this.tokens[end + 1];
    if (
      first?.type !== 'word' ||
      !(
        (first.norm === 'من' && this.tokens[end + 2]?.norm === 'اجل') ||
        first.norm === 'عن' ||
        /^ل[^ا]/u.test(first.norm)
      )
    )
      return end;
    let k = end + 1;
    for (; k < i + MAX_BODY_WORDS; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word' || this.quoted[k]) break;
      const norm = token.norm;
      // …من أجل and عن in a body's purpose (من أجل نزاهة الانتخابات, للدفاع عن حقوق الإنسان).
      const inPhrase = (norm === 'من' && this.tokens[k + 1]?.norm === 'اجل') || norm === 'عن';
      if (
        !inPhrase &&
        (PREPOSITIONS.has(norm) ||
          stripToSet(norm, STOP_SET) !== undefined ||
          COMPLEMENTISER_SET.has(norm) ||
          TIME_SET.has(norm) ||
          lookupCue(norm) !== undefined ||
          stripToSet(norm, ORGANISATION_SET) !== undefined)
      )
        return end;
    }
    const open = this.tokens[k];
    // …the mark right after a word of the name, not after عن (نقلت الوكالة الوطنية للإعلام عن «مصدر»),
    // and a name's phrase ends on a definite genitive (نزاهة وديمقراطية الانتخابات «عتيد»): a plain or
    // possessed word before the mark is the verb's complement, the quote its qualifier (وكشفت الهيئة عن
    // بيانات «مقلقة», وأعربت المنظمة عن قلقها «البالغ»).
    const last = (this.tokens[k - 1] as Token).norm;
    if (
      k === end + 1 ||
      PREPOSITIONS.has(last) ||
      !hasArticle(last) ||
      open === undefined ||
      !(open.type === 'mark' || open.norm === '(')
    )
      return end;
    // The short name: one to three words, then the closing mark or bracket.
    for (let n = k + 1; n <= k + 4; n++) {
      const token = this.tokens[n];
      if (token === undefined) return end;
      if (token.type !== 'word')
        return n > k + 1 && (token.type === 'mark' || token.norm === ')') ? k - 1 : end;
    }
    return end;
  }

  /**
   * True when the word after the genitive at `at` that ends a body's field is the genitive's adjective:
   * an adjective of origin, a participle in م, or an adjective in فاعل or فعيل not followed by its own
   * definite adjective, feminine after a
   * feminine genitive or a plural in ات (الحالات الطارئة); not an adjective of stance (المعارضة), a title, a body's head, nor one that qualifies a
   * decision (الحالي).
   */
  private fieldAdjective(at: number): boolean {
    const next = this.tokens[at + 1];
    if (next?.type !== 'word' || this.quoted[at + 1] || !next.norm.startsWith('ال')) return false;
    // …not a participle that describes the body by what it does (المقرب من المعارضة)
    if (this.describesBody(at + 1)) return false;
    const norm = next.norm;
    const genitive = (this.tokens[at] as Token).norm;
    // A word in فاعل or فعيل may be a noun, the verb's object: not when a definite word, its own
    // adjective, follows it (الحالة القصوى).
    const after = this.tokens[at + 2];
    // …and only in the feminine after a feminine genitive or a plural in ات, as a masculine one is as
    // often the verb's object (نعى الاتحاد العام لنقابات العمال الفقيد).
    const described = after?.type === 'word' && hasArticle(after.norm);
    const feminine = genitive.endsWith('ه') || genitive.endsWith('ات');
    const shaped =
      isNisba(norm) ||
      /^الم.{3,}$/u.test(norm) ||
      (!described && feminine && (/^ال.ا.{1,2}ه$/u.test(norm) || /^ال..ي.ه$/u.test(norm)));
    // A feminine genitive wants a feminine adjective; a masculine-looking one may be a broken plural of
    // things, which takes one too (الأوبئة الخطيرة).
    return (
      shaped &&
      (norm.endsWith('ه') || !feminine) &&
      !/(?:ون|ين|ان)$/u.test(norm) &&
      !STANCE_ADJECTIVES.has(norm) &&
      !QUALIFYING_ADJECTIVES.has(norm.replace(/ه$/u, '')) &&
      !ORGANISATION_SET.has(norm) &&
      stripToSet(norm, TITLE_SET) === undefined
    );
  }

  /**
   * A body's words as a subject's reading left them (`words`, from the subject's head), set to the
   * name bodyNameEnd reads when the subject holds it and the text shows where it ends: the name read
   * further when punctuation, a complementiser, a time word or في بيان follows it (وأشاد الاتحاد
   * التونسي للتنس في بيان, اتهمت مجموعة الدول الجزرية الصغيرة، …); cut shorter before a describing
   * adjective of stance (جبهة الخلاص الوطني المعارضة), or before the verb's object after a place's name
   * (أعلنت أمانة محافظة جدة إغلاق المطعم).
   */
  private bodyNameIn(subject: Subject, words: number[], takesObject: boolean): number[] {
    const first = subject.title[0];
    const last = words.at(-1);
    if (first === undefined || last === undefined || words[0] !== first) return words;
    const end = this.bodyNameEnd(first);
    const at = subject.title.indexOf(end);
    // …or run on past the subject's reading to the body's own acronym after it (nameUpToAcronym), or
    // to the place after في that names it (placeAfterFi).
    const close = this.tokens[end + 1];
    const read = subject.title.at(-1) ?? end;
    if (
      at < 0 &&
      end > read &&
      (close?.type === 'mark' ||
        // …or to what the name's own grammar binds to the reading whatever follows: the complement of a
        // field's verbal noun read last (للحد → من الطلاق وآثاره), or a nisba of persons in the plural that
        // agrees with the name's plural genitive (منتجي الفحم → الأمريكيين).
        this.boundPastReading(first, read, end) ||
        // …or the town it serves after ب, as placeAfterBa reads it, closed by punctuation or the clause
        // (في وقت أكدت فيه الإدارة العامة للتعليم بالأحساء أن …).
        // Not after a verb that governs ب (وأشادت المنظمة الدولية بمصر أمس: what it praised).
        (this.placeAfterBa(first, read) === end &&
          // (…after a verb that governs ب, when its own complement after ب follows the town: ونوهت
          // الإدارة … بالمدينة المنورة بالقرار)
          (!this.afterBaVerb(first) || this.opensBaComplement(end + 1)) &&
          (this.closesBodyName(end + 1) ||
            this.clauseAfterBody(end + 1) ||
            this.opensBaComplement(end + 1) ||
            (this.tokens[end + 1]?.norm === 'يوم' && opensTimePhrase(this.tokens, end + 1)))) ||
        close?.norm === '(' ||
        // …or a noun joined by و to the chain read and the plain name both are of (غرفة تجارة → وصناعة
        // ريزه), as chainEnd reads it: both nouns want the genitive, whatever follows.
        (end === read + 2 &&
          !hasArticle((this.tokens[read] as Token).norm) &&
          /^و[^ا]/u.test((this.tokens[read + 1] as Token).norm) &&
          !hasArticle((this.tokens[end] as Token).norm)) ||
        // (…a place's head and its name, one or two words: في محافظة جدة, في منطقة حفر الباطن)
        (end >= read + 2 && end <= read + 4 && this.tokens[read + 1]?.norm === 'في') ||
        // …or to the end of a field after ل read past the subject's reading, when the text shows the
        // name ends there (النقابة الوطنية المستقلة لمستخدمي الإدارة العمومية في بيان); not whom the
        // body speaks to (الهيئة الوطنية لوسائل الإعلام:, مسؤولون أميركيون للصحفيين إن).
        ((this.closesBodyName(end + 1) ||
          this.clauseAfterBody(end + 1) ||
          this.endsSeat(end + 1) ||
          // (…or the verb's complement after ب: ونوهت جمعية بيتا للدفاع عن حقوق الحيوان بالقرار; not
          // after a word shaped like an adjective, which may be a participle governing it: المعني بإغاثة)
          (this.opensBaComplement(end + 1) && !isNisba((this.tokens[end] as Token).norm))) &&
          (this.fieldPastReading(first, read, end) ||
            // …or the sector after ب of a field of workers read last (للعاملين بالسكك الحديدية)
            WORKERS.has((this.tokens[read] as Token).norm.replace(/^لل/u, '')) ||
            // …or the field's own adjective alone past it (للانتخابات البلدية في بيانها).
            (end === read + 1 &&
              /^ل/u.test((this.tokens[read] as Token).norm) &&
              isNisba((this.tokens[end] as Token).norm)))))
    )
      return range(first, end);
    if (end < 0 || at < 0 || end === last) return words;
    const next = this.tokens[end + 1];
    // …or before a participle that describes the body by what it does (المدافعة عن حقوق الإنسان).
    if (end < last && this.describesBody(end + 1)) return words.filter((k) => k <= end);
    // …or before a time word, the name read whole ending there (جمعية بيتا للدفاع عن حقوق الحيوان يوم
    // الأحد).
    if (
      end < last &&
      (TIME_SET.has(next?.type === 'word' ? next.norm : '') ||
        (next?.norm === 'يوم' && opensTimePhrase(this.tokens, end + 1)))
    )
      return words.filter((k) => k <= end);
    // …or before the town after ب of a body whose name says where it is from (السفارة السعودية بواشنطن):
    // where it is, as placeAfterBa reads it, no word of its name.
    if (
      end < last &&
      next?.type === 'word' &&
      /^ب/u.test(next.norm) &&
      // (…a region after a place's head only when the origin is the head's own, السفارة السعودية: after
      // a genitive's, هيئة الهلال الأحمر السعودي بمنطقة القصيم, the subject read it as its branch's)
      (PLACE_SET.has(next.norm.slice(1)) ||
        (isPlaceHeadAfterBa(next.norm) && ORIGIN_NISBA_SET.has((this.tokens[first + 1] as Token).norm))) &&
      this.placeAfterBa(first, end) === end
    )
      return words.filter((k) => k <= end);
    // …or, whatever follows, when the name read has two fields after ل (للأمم المتحدة لشؤون اللاجئين).
    // …or before a definite noun, the verb's object, when no field after ل was read on (وزارة الشؤون
    // البلدية والقروية الخطة).
    const fields = range(last, end).filter((k) => /^ل/u.test((this.tokens[k] as Token).norm)).length;
    const object = next?.type === 'word' && hasArticle(next.norm) && fields === 0;
    // …or, whatever follows, when the name read goes on by the field genitive's own adjective alone
    // (اللجنة الوطنية لإدارة الحالات الطارئة رفع …).
    const fieldAdjective = end === last + 1 && fields === 0 && this.fieldAdjective(last);
    if (end > last)
      return this.closesBodyName(end + 1) ||
        fields >= 2 ||
        object ||
        fieldAdjective ||
        // …or before the verb's complement after ب (بمنح الشركات, بإعادة المباراة), or a preposition
        // before a quote or أن (من «…»), no word of a name.
        (fields > 0 &&
          (this.opensBaComplement(end + 1) || this.endsSeat(end + 1) || this.governedAfterField(end + 1)))
        ? subject.title.slice(0, at + 1)
        : words;
    // …or before the verb's object, an indefinite word after a name read whole up to its field (أعلن
    // الصندوق الوطني لدعم الأسر الفقيرة زيادة …, نفت الهيئة العامة لمكافحة الأوبئة وجود …).
    const after = this.tokens[end + 1];
    if (
      takesObject &&
      (range(first + 1, end).some((k) => /^ل/u.test((this.tokens[k] as Token).norm)) ||
        // …or a name whose chain ends at a definite genitive or a second one joined by و (نفت وزارة التجارة
        // والصناعة وجود …, نفى مصدر في وزارة الصحة صحة ما …): no indefinite word goes on a definite one but
        // a man's name after a title of his (جامعة الملك سعود, مؤسسة الأمير محمد بن فهد).
        this.endsAtGenitive(end)) &&
      after?.type === 'word' &&
      !this.quoted[end + 1] &&
      !hasArticle(after.norm) &&
      after.norm.length > 2 &&
      // …not a place after ب or a field after ل, which placeTail and the field read (بمحافظة الأحساء).
      !/^[بل]/u.test(after.norm) &&
      // …nor an adjective in construct that negates the field's own (القطاع غير الربحي, غير الحكومية).
      !(NEGATING_ADJECTIVES.has(after.norm) && hasArticle(this.tokens[end + 2]?.norm ?? '')) &&
      !TIME_SET.has(after.norm) &&
      !PREPOSITIONS.has(after.norm) &&
      stripToSet(after.norm, STOP_SET) === undefined &&
      lookupCue(after.norm) === undefined
    )
      return words.filter((k) => k <= end);
    // …or before one definite noun that ends the phrase, no adjective of the name (no nisba, participle in
    // ة, فعيل or أفعل), after a name closed by a definite word or by a place after في, when the verb's
    // complement follows it: a quote (واعتبر اتحاد الكتاب الجائزة «…») or بأن, بـ«…» (ووصف اتحاد مزارعي
    // الزيتون في تونس القرار بأنه …). An adjective the shapes miss (العامة, الطائرة) stands before other
    // words (رفضت وزارة الصحة العامة القرار، وقالت), never before what a verb of calling takes.
    const inPlace =
      this.tokens[end + 1]?.norm === 'في' &&
      this.tokens[end + 2]?.type === 'word' &&
      PLACE_SET.has(this.tokens[end + 2]?.norm ?? '');
    const nameEnd = inPlace ? end + 2 : end;
    const object1 = this.tokens[nameEnd + 1];
    const complement = this.tokens[nameEnd + 2];
    if (
      takesObject &&
      last === nameEnd + 1 &&
      object1?.type === 'word' &&
      !this.quoted[nameEnd + 1] &&
      object1.norm.startsWith('ال') &&
      (complement?.type === 'mark' ||
        // …بأن or بـ«…» only after a verb whose object stands before its ب (وصف); طالب and أشاد take ب
        // themselves (وطالب ممثل هيئة التحقيق والادعاء العام بـ«…»: العام is the name's).
        (complement?.type === 'word' &&
          OBJECT_BEFORE_COMPLEMENT_MAP.get(this.tokens[subject.first - 1]?.norm ?? '') === 'ba' &&
          (BI_ANNA.test(complement.norm) ||
            (complement.norm === 'ب' && this.tokens[nameEnd + 3]?.type === 'mark')))) &&
      !isNisba(object1.norm) &&
      !isParticiple(object1.norm) &&
      !ADJECTIVE_SHAPE.test(object1.norm) &&
      // …nor a people's broken plural, which stands as one (اتحاد الكتاب العرب)
      !PEOPLES_PLURAL_SET.has(object1.norm) &&
      (inPlace || hasArticle((this.tokens[end] as Token).norm)) &&
      !NAMING_TITLES.has((this.tokens[end] as Token).norm)
    )
      return words.filter((k) => k <= nameEnd);
    const placed = BODY_PLACE_HEAD_SET.has((this.tokens[first + 1] as Token).norm) && end === first + 2;
    const ownAdjective = isNisba((this.tokens[end] as Token).norm);
    if (
      next?.type === 'word' &&
      ((ownAdjective && STANCE_ADJECTIVES.has(next.norm)) || (placed && takesObject))
    )
      return words.filter((k) => k <= end);
    return words;
  }

  /**
   * True when the body's name read ends at `end` on a definite genitive (وزارة الصحة) or one joined to it by
   * و (وزارة التجارة والصناعة), no title that names a man after it (الملك, الأمير, الإمام) and with no given
   * name after it nor a second genitive joined by و: an indefinite word after it cannot be more of the
   * name.
   */
  private endsAtGenitive(end: number): boolean {
    const last = (this.tokens[end] as Token).norm;
    const after = this.tokens[end + 1];
    return (
      (hasArticle(last) || (last.startsWith('وال') && last.length > 4)) &&
      !NAMING_TITLES.has(last) &&
      stripToSet(last, TITLE_SET) === undefined &&
      after?.type === 'word' &&
      !isGivenName(after.norm) &&
      !GIVEN_NAME_SET.has(after.norm) &&
      // …nor a second genitive joined by و, a noun of four letters or more (هيئة الاتصالات وتقنية
      // المعلومات); وجود, وقوع are the object's own و.
      !(after.norm.startsWith('و') && after.norm.length >= 5)
    );
  }

  /**
   * True when the words at `at` open the clause after a body's name that its field after ل ran to: a
   * preposition and a complementiser, the verb's complement (وحذرت الجمعية الأمريكية لطب الأسنان من أن),
   * or a cue, the verb after its subject (لكن الجمعية الأمريكية لمهندسي الجيولوجيا حذرت).
   */
  private clauseAfterBody(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at]) return false;
    if (PREPOSITIONS.has(token.norm)) return COMPLEMENTISER_SET.has(this.tokens[at + 1]?.norm ?? '');
    return lookupCue(token.norm) !== undefined && !hasArticle(token.norm);
  }

  /**
   * True when the token at `at` ends a body's name: punctuation, a bracket or a quote mark, a
   * complementiser, a time word, or في before a document (في بيان) or an occasion of speaking (في تعليق).
   */
  private closesBodyName(at: number): boolean {
    const token = this.tokens[at];
    return (
      token?.type !== 'word' ||
      COMPLEMENTISER_SET.has(token.norm) ||
      TIME_SET.has(token.norm) ||
      isInDocument(this.tokens, at) ||
      isInOccasion(this.tokens, at)
    );
  }

  /**
   * A body's field after ل, read up to `end`, with a second field joined by و: a definite noun
   * (للغذاء والدواء) or a plain noun and its definite genitive (للأرصاد وحماية البيئة). The end of
   * the second field, or `end`.
   */
  private coordinatedField(end: number): number {
    // The field's genitive, its adjective, then the same noun joined by و and its own adjective (لشؤون
    // المسجد الحرام والمسجد النبوي): two parallel genitives, both the field's.
    const parallel = this.parallelGenitiveEnd(end);
    if (parallel > end) return parallel;
    // …a second field whose verbal noun governs a preposition, with its complement (للغابات والحماية من
    // الحرائق): a verbal noun in ية is no nisba there.
    const governs = this.joinedFieldGoverning(end + 1);
    if (governs !== undefined) return this.fieldComplement(end + 1, governs);
    if (this.isJoinedGenitive(end + 1)) return end + 1;
    // …or a noun shaped like a nisba joined to a field that is no adjective (للعلوم والتقنية): an
    // adjective joined by و follows an adjective (الشؤون البلدية والقروية), never a noun alone.
    const joined = this.tokens[end + 1];
    const field = (this.tokens[end] as Token).norm;
    if (
      joined?.type === 'word' &&
      !this.quoted[end + 1] &&
      joined.norm.startsWith('وال') &&
      joined.norm.length > 6 &&
      isNisba(joined.norm.slice(1)) &&
      !ORIGIN_NISBA_SET.has(joined.norm.slice(1)) &&
      field.startsWith('لل') &&
      !isNisba(field.slice(1))
    )
      return end + 1;
    const conjunct = this.tokens[end + 1];
    const genitive = this.tokens[end + 2];
    if (
      conjunct?.type !== 'word' ||
      genitive?.type !== 'word' ||
      this.quoted[end + 1] ||
      this.quoted[end + 2] ||
      !/^و[^ا]/u.test(conjunct.norm) ||
      conjunct.norm.length < 4 ||
      !hasArticle(genitive.norm) ||
      ORGANISATION_SET.has(conjunct.norm.slice(1)) ||
      stripToSet(conjunct.norm.slice(1), STOP_SET) !== undefined ||
      lookupCue(conjunct.norm) !== undefined ||
      OBJECT_NOUN_SET.has(genitive.norm)
    )
      return end;
    return end + 2;
  }

  /**
   * The end of a describing participle after a body's words up to `end` (describesBody at `end` + 1)
   * when it describes the name's genitive and not the body: in the feminine after a masculine `head`,
   * after a genitive or its adjective in the feminine or a plural in ات, then ب glued to a definite noun
   * or a preposition and a definite noun (المهددة بالانقراض). Otherwise `end`.
   */
  private genitiveParticipleEnd(i: number, head: string, end: number): number {
    const participle = (this.tokens[end + 1] as Token).norm;
    const previous = (this.tokens[end] as Token).norm;
    if (end <= i || head.endsWith('ه') || !participle.endsWith('ه') || !hasArticle(previous)) return end;
    if (!(previous.endsWith('ه') || previous.endsWith('ات'))) return end;
    const word = (at: number) => {
      const next = this.tokens[at];
      return next?.type === 'word' && !this.quoted[at] ? next.norm : '';
    };
    const complement = word(end + 2);
    if (/^بال.{3,}/u.test(complement)) return end + 2;
    return DESCRIBED_PREPOSITIONS.has(complement) && hasArticle(word(end + 3)) ? end + 3 : end;
  }

  /**
   * True when the verb-shaped word at `index` is a verbal noun in a body's field after ل, in construct
   * between a plain noun of the field and a definite genitive (الشبكة الأوروبية لمشغلي أنظمة نقل
   * الكهرباء): a word with no proclitic, after an indefinite noun that no verb follows, itself after ل
   * and a noun, in a body's name whose head stands a few words before.
   */
  private verbalNounInField(index: number): boolean {
    const word = (at: number) => {
      const token = this.tokens[at];
      return token?.type === 'word' && !this.quoted[at] ? token : null;
    };
    const verb = word(index);
    const noun = word(index - 1);
    const field = word(index - 2);
    const genitive = word(index + 1);
    if (!verb || !noun || !field || !genitive || /^[وف]/u.test(verb.norm)) return false;
    // (a particle is no verbal noun: بيان لشركة سامسونغ أن الخطة)
    if (verb.norm.length < 3 || COMPLEMENTISER_SET.has(verb.norm)) return false;
    if (!hasArticle(genitive.norm) || genitive.norm.startsWith('وال')) return false;
    if (
      hasArticle(noun.norm) ||
      noun.norm.length < 3 ||
      hasTanween(noun, this.text) ||
      stripToSet(noun.norm, STOP_SET) !== undefined ||
      PREPOSITIONS.has(noun.norm) ||
      lookupCue(noun.norm) !== undefined
    )
      return false;
    if (!/^ل[^ال]/u.test(field.norm) || field.norm.length < 4) return false;
    for (let k = index - 3; k >= 0 && k >= index - 6; k--) {
      const token = word(k);
      if (!token) return false;
      if (stripToSet(token.norm, ORGANISATION_SET) !== undefined) return true;
    }
    return false;
  }

  /**
   * True when the word at `at` may be a body's own plain name after its indefinite head: written with no
   * proclitic, tanween or pronoun, and shaped like no adjective (no ة, no nisba in ي, no ى, no فعيل, no
   * participle in م).
   */
  private plainOwnName(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at]) return false;
    const norm = token.norm;
    return (
      norm.length >= 4 &&
      /^[^وفم]/u.test(norm) &&
      !/^(?:[بلك]ال|لل)/u.test(norm) &&
      !/[هيى]$/u.test(norm) &&
      !/^..ي.$/u.test(norm) &&
      !hasTanween(token, this.text) &&
      !FIRM_ADJECTIVE_SET.has(norm) &&
      !ORGANISATION_SET.has(norm) &&
      stripToSet(norm, TITLE_SET) === undefined &&
      !PLACE_SET.has(norm)
    );
  }

  /**
   * The end of a second genitive parallel to the definite genitive at `end`: its adjective, then the same
   * noun joined by و, then that noun's own adjective (المسجد الحرام والمسجد النبوي, الطب البشري والطب
   * البيطري). `end` when the words after it are not that.
   */
  private parallelGenitiveEnd(end: number): number {
    const word = (at: number) => {
      const next = this.tokens[at];
      return next?.type === 'word' && !this.quoted[at] ? next.norm : '';
    };
    const genitive = word(end);
    const adjective = word(end + 1);
    const second = word(end + 3);
    if (
      !hasArticle(genitive) ||
      genitive.startsWith('وال') ||
      !hasArticle(adjective) ||
      adjective.startsWith('وال') ||
      word(end + 2) !== `و${genitive}` ||
      !hasArticle(second) ||
      second.startsWith('وال') ||
      ORGANISATION_SET.has(adjective) ||
      ORGANISATION_SET.has(second)
    )
      return end;
    return end + 3;
  }

  /**
   * The preposition the verbal noun at `at` governs when it is a second field joined by و (والحماية,
   * والكشف: FIELD_GOVERNING), or undefined.
   */
  private joinedFieldGoverning(at: number): string | undefined {
    const token = this.tokens[at];
    if (token?.type !== 'word' || this.quoted[at] || !token.norm.startsWith('وال')) return undefined;
    return FIELD_GOVERNING.get(token.norm.slice(3));
  }

  /**
   * True when the word at `at` is a definite noun with و that is no body, title, group or dual (والعمرة,
   * والإرشاد, والسكان is a group): a second genitive of a body's name, not a second subject (وزارة
   * الصحة والجامعة: two bodies).
   */
  private isJoinedGenitive(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || !token.norm.startsWith('وال') || this.quoted[at]) return false;
    const noun = token.norm.slice(1);
    return (
      noun.length > 4 &&
      !isNisba(noun) &&
      !ORGANISATION_SET.has(noun) &&
      !OBJECT_NOUN_SET.has(noun) &&
      !DUAL_SET.has(noun) &&
      !isGroupPlural(noun) &&
      stripToSet(noun, TITLE_SET) === undefined
    );
  }

  /**
   * True when a nisba-shaped word after a body's words up to `end` may be the body's adjective: not one
   * of those that qualify a decision or a report (النهائي, الحالي, السنوي), and agreeing in gender with
   * the body's head or with the word before it (ة folds to ه).
   */
  private agreesInBody(head: string, end: number, nisba: string): boolean {
    if (QUALIFYING_ADJECTIVES.has(nisba.replace(/ه$/u, ''))) return false;
    const feminine = nisba.endsWith('ه');
    const before = (this.tokens[end] as Token).norm;
    // …or in the feminine after a genitive that is a plural of things (الغرف, الدول, الأسواق), which takes
    // it (اتحاد الغرف التجارية): a definite broken plural by shape, or فُعَل of three letters.
    // …or a sound feminine plural (الحيوانات, المنظمات), which takes it too (الحيوانات العربية).
    const thingsPlural =
      hasArticle(before) &&
      (isBrokenPlural(before) || /^ال[^اويه]{3}$/u.test(before) || /^ال.{3,}ات$/u.test(before));
    return head.endsWith('ه') === feminine || before.endsWith('ه') === feminine || (feminine && thingsPlural);
  }

  /**
   * A definite head's name as bodyNameEnd reads it, with a field after لل and closed by punctuation
   * or a complementiser, right after the verb that opens a sentence (أعلنت الهيئة العليا المستقلة
   * للانتخابات، …): a body's own name, learnt so that its head alone later (وردت الهيئة) names it.
   * Without the field (أعلنت الحكومة الجديدة) the words may be anything, and nothing is learnt.
   */
  private learnDefiniteBody(i: number): void {
    const head = this.tokens[i] as Token;
    const verb = this.tokens[i - 1] as Token;
    const before = this.tokens[i - 2];
    if (!ORGANISATION_SET.has(head.norm) || verb.type !== 'word') return;
    // …or after في in a person's title (خبير الأرصاد في الهيئة العامة للأنواء الجوية، فلان،): the body
    // he works for is named there once, and its head alone later (ودعت الهيئة) names it.
    const inTitle = verb.norm === 'في' && this.titleBefore(i - 1);
    if (!inTitle && (STOP_SET.has(verb.norm) || PREPOSITIONS.has(verb.norm))) return;
    if (!inTitle && !opensSentence(before, verb)) return;
    let end = Math.max(i, this.bodyNameEnd(i));
    const field = range(i + 1, end).some((k) => (this.tokens[k] as Token).norm.startsWith('لل'));
    // …or a court's city after في, which bodyNameEnd read (قضت المحكمة الإدارية في جدة بإلغاء …).
    const seated = end > i + 2 && this.tokens[end - 1]?.norm === 'في' && COURT_HEAD_SET.has(head.norm);
    // …or the place it sits in after its adjectives (أصدرت المحكمة الجزائية بجدة أمس حكماً).
    // …not when the name says where the body is from (السفارة السعودية بواشنطن): where it sits is no part
    // of its name, as placeAfterBa reads it.
    const origin = range(i, end).some((k) => ORIGIN_NISBA_SET.has((this.tokens[k] as Token).norm));
    const placed = field || seated || end === i || origin ? end : this.placeTail(end, verb);
    // …a bare time word may stand before the complementiser (نفى الاتحاد الدولي للصحفيين أمس أن …),
    // as resolveSubject reads it: two at most.
    let clause = end + 1;
    while (
      clause <= end + 2 &&
      this.tokens[clause]?.type === 'word' &&
      TIME_SET.has(this.tokens[clause]?.norm ?? '')
    )
      clause++;
    const next = this.tokens[clause];
    if (
      !seated &&
      placed === end &&
      (!field || (next?.type === 'word' && !COMPLEMENTISER_SET.has(next.norm)))
    )
      return;
    end = placed;
    const body = this.mentionOf(range(i, end), false, true);
    if (body) this.entities.learn(body, null, true, undefined, i);
  }

  /**
   * The place a body named up to `end` sits in, read into its name when what follows shows the name
   * ended there (جمعية البر الخيرية بمكة المكرمة حملتها, المحكمة الجزائية بجدة أمس): ب and a plain word,
   * with at most one definite word after it, then a complementiser, a time word, a word with tanween
   * or a noun with a possessive pronoun (the verb's object). Returns the place's last token, or `end`.
   */
  private placeTail(end: number, verb?: Token): number {
    // After a verb that governs ب (وأشادت المنظمة الدولية بمصر) the ب word is its complement.
    if (
      verb !== undefined &&
      BA_GOVERNING_VERB_SET.has(verb.norm.replace(/^[وف]/u, '')) &&
      !this.baComplementAfter(end + 2)
    )
      return end;
    const place = this.tokens[end + 1];
    // ب and a plain word as written (بأبها, بجدة), not the article (بالقرار) nor a verbal noun in إ (بإلغاء)
    // or in ت…ي (بتعديل): those are the verb's complement.
    const written = place ? this.text.slice(place.from, place.to) : '';
    if (
      place?.type !== 'word' ||
      this.quoted[end + 1] ||
      !/^ب[^اإ]./u.test(written) ||
      /^بت..ي.$/u.test(place.norm)
    )
      return end;
    if (STOP_SET.has(place.norm) || STOP_SET.has(place.norm.slice(1)) || lookupCue(place.norm) !== undefined)
      return end;
    // …nor a document the body issues, in the accusative (أصدرت وزارة النقل بيانا مساء الاثنين: بيانا is no
    // ب and a place), nor any word with its tanween written.
    if (
      hasTanween(place, this.text) ||
      (place.norm.endsWith('ا') && DOCUMENT_SET.has(place.norm.slice(0, -1)))
    )
      return end;
    const closes = (at: number) => {
      const token = this.tokens[at];
      return (
        token?.type === 'word' &&
        !this.quoted[at] &&
        (COMPLEMENTISER_SET.has(token.norm) ||
          TIME_SET.has(token.norm) ||
          hasTanween(token, this.text) ||
          this.isPossessed(at))
      );
    };
    if (closes(end + 2)) return end + 1;
    // …or a place with its epithet, a participle of its gender (بمكة المكرمة), not a noun's genitive
    // (بقرار الحكومة).
    const adjective = this.tokens[end + 2];
    if (
      adjective?.type === 'word' &&
      adjective.norm.startsWith('الم') &&
      adjective.norm.endsWith('ه') === place.norm.endsWith('ه') &&
      closes(end + 3)
    )
      return end + 2;
    return end;
  }

  /**
   * True when one of the three words from `at`, before punctuation, opens with ب (أمس بالمتطوعين): the
   * complement of a verb that governs ب comes there, so a ب word before it was where its subject sits.
   * So is إلى right at `at`, the complement of نوه, نبه in its other construction (نوهت جامعة الملك
   * عبدالعزيز بجدة إلى أن).
   */
  private baComplementAfter(at: number): boolean {
    const first = this.tokens[at]?.norm;
    if (first === 'الى' || first === 'الي') return true;
    for (let k = at; k < at + 3 && this.tokens[k]?.type === 'word'; k++)
      if ((this.tokens[k] as Token).norm.startsWith('ب') && !this.quoted[k]) return true;
    return false;
  }

  /**
   * True when a title's head stands among the MAX_TITLE_BEFORE_FI words before في at `fi`, with no
   * punctuation between (خبير الأرصاد الجوية في …, الباحث في …).
   */
  private titleBefore(fi: number): boolean {
    for (let k = fi - 1; k >= 0 && fi - k <= MAX_TITLE_BEFORE_FI; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || this.quoted[k]) return false;
      if (isTitleHead(token.norm)) return true;
    }
    return false;
  }

  /**
   * True when the word before the head of a body at `head` is a noun it is the genitive of, right
   * after the word that opens the sentence (أثار قرار وزارة …, كشف تقرير منظمة …): a word without the
   * article that is neither a function word, a cue, nor a title or a body's head.
   */
  private isConstructBefore(head: number): boolean {
    const noun = this.tokens[head - 1];
    const verb = this.tokens[head - 2];
    if (noun?.type !== 'word' || verb?.type !== 'word') return false;
    const norm = noun.norm;
    return (
      !hasArticle(norm) &&
      !STOP_SET.has(norm) &&
      !PREPOSITIONS.has(norm) &&
      !COMPLEMENTISER_SET.has(norm) &&
      lookupCue(norm) === undefined &&
      stripToSet(norm, TITLE_SET) === undefined &&
      stripToSet(norm, ORGANISATION_SET) === undefined
    );
  }

  /** Titles in apposition with names anywhere in the text, so that a title alone can be resolved. */
  private learnAppositions(): void {
    for (let i = 0; i < this.tokens.length; i++) {
      const token = this.tokens[i] as Token;
      // …a title with a possessive pronoun too (وتعمل زوجته، أم أحمد، …، وتقول: his wife, named); not
      // one with a bare ه (شقيقه), which folds as a feminine ة would and would be learnt as a woman.
      // …and one with a bare ه as written, told from a feminine ة by the text, in the narration and right
      // before a given name (ويقيم معه نجله فلان: his son), learnt without the pronoun (withoutPossessive),
      // so in the title's own gender.
      if (token.type !== 'word') continue;
      if (!this.quoted[i] && !isTitleHead(token.norm)) this.learnRoleAfterName(i);
      if (!this.quoted[i] && ORIGIN_NISBA_SET.has(token.norm)) this.learnNationalityBeforeName(i);
      if (!this.quoted[i] && PRESIDING_WORDS.has(token.norm)) this.learnPresidency(i);
      if (
        !isTitleHead(token.norm) &&
        !(
          hasTitleWithHe(token, this.text) &&
          !this.quoted[i] &&
          GIVEN_NAME_SET.has(this.tokens[i + 1]?.type === 'word' ? (this.tokens[i + 1] as Token).norm : '')
        )
      )
        continue;
      // وأمام إحدى المدارس، وقفت فلانة: the place in front of which, no imam's title (إمام).
      if (isInFrontOf(token, this.text)) continue;
      // ابن, بنت inside a name (معاذ ابن جبل) join it; they title no one there.
      if (NAME_JOINER_SET.has(token.norm)) continue;
      // بنظيره الألماني فلان, لنظيرته الفنلندية فلانة: a counterpart after ب or ل is named after it all the
      // same; the preposition is no part of the title.
      // …and so is a kinsman whom a title's holder spoke to (وقال مدير المستشفى لوالد الطفل الشيخ فلان).
      // …and so is any holder of a title with the article after ل or ب (فاز الفيلم «…» للمخرج فلان, يتعلق
      // الحكم بالشاب السوري فلان): the later title alone (وأضاف المخرج, ويضيف الشاب) calls him back.
      const counterpart =
        /^[بل]نظير/u.test(token.norm) ||
        isKinAfterLam(token.norm) ||
        (token.norm.startsWith('لل') && TITLE_SET.has(`ا${token.norm.slice(1)}`)) ||
        (token.norm.startsWith('بال') && TITLE_SET.has(token.norm.slice(1)));
      const afterPreposition = counterpart && /^[بل]/u.test(token.norm);
      let subject = counterpart
        ? readSubject(this.tokens, i, this.closeOf, true, this.text)
        : this.subjectAt(i);
      // …، فلان ومواطنه البرتغالي فلان،: a second person joined by و and a title with his pronoun (his
      // compatriot, ونجله, ومحاميها) is another; the first one's name ends before it.
      if (subject && subject.name.length > 1) {
        const cut = subject.name.findIndex((k, n) => {
          const word = this.tokens[k] as Token;
          return (
            n > 0 && word.norm.startsWith('و') && (hasTitleWithHe(word, this.text) || isTitleHead(word.norm))
          );
        });
        if (cut > 0) {
          subject.name = subject.name.slice(0, cut);
          subject.last = subject.name.at(-1) as number;
        }
      }
      // …، عضو جمعية «…»، يتفقد البضائع: after the comma that closes an aside's title, a present verb of
      // that title's gender (no given name) goes on with the clause of the one the aside is about.
      const [opening] = subject?.name ?? [];
      if (
        subject &&
        opening !== undefined &&
        isComma(this.tokens[opening - 1]) &&
        presentVerbShaped(this.tokens[opening], token.norm.endsWith('ه') ? 'ت' : 'ي')
      )
        subject = null;
      // A title with a complement after a name (فلان، الناشط في مجال حقوق الإنسان،; فلانة، الناجية الوحيدة
      // من الحادث،): read as a role when the title's own reading does not close at the comma there (its
      // complement's words taken for a name, or a complement after من).
      // …or a body in its complement (وهو موظف في شركة الكهرباء،).
      const [named] = subject?.name ?? [];
      if (
        !this.quoted[i] &&
        (!subject ||
          subject.organisation ||
          (named !== undefined && !GIVEN_NAME_SET.has((this.tokens[named] as Token).norm)) ||
          (named === undefined && !this.closesTitleAfterName(subject)))
      )
        this.learnRoleAfterName(i);
      if (subject && subject.title.length > 0 && subject.name.length > 0) {
        // فلانة نائبة المبعوث … فلان: the post is the one named before it, the name after it another's.
        if (this.learnTitleRightAfterName(i, subject)) {
          i = subject.last;
          continue;
        }
        const verb = this.tokens[i - 1];
        const takesObject = verb?.type === 'word' && lookupCue(verb.norm)?.takesObject === true;
        // A one-word name must recur to be one: اللاعبة الإسرائيلية يأتي … is a title and a verb.
        // After a verb that takes an object the name may be the object (ولاحظ المحقق غياب …): the
        // cue decides when its turn comes, knowing the speakers before it.
        const single =
          subject.name.length === 1 ? (this.tokens[subject.name[0] as number] as Token).norm : null;
        const recurs = single === null || this.positionsOf(single).length >= 2;
        // السيدة، وتدعى فلانة: whom the description named earlier is, decided where it is read in order
        // (namedAfterDescription), not here ahead of it.
        const calledAfter = isComma(this.tokens[i + 1]) && CALLED_AFTER.has(this.tokens[i + 2]?.norm ?? '');
        // A verbal noun with ب or ل after the title is the verb's complement (وجه المحافظ بتشكيل لجنة).
        const clause = CLAUSE_AFTER_SURNAME.test((this.tokens[subject.name[0] as number] as Token).norm);
        // والرئيس المصري فلان: the second of two people named together; its و is no part of the title.
        const joined =
          /^و/u.test(token.norm) &&
          !TITLE_SET.has(token.norm) &&
          (isTitleHead(token.norm.slice(1)) ||
            (hasTitleWithHe(token, this.text) && !TITLE_SET.has(token.norm.slice(0, -1))));
        // …its name cut before the verb of its predicate when the name ran on into it (ووقف الحارس فلان
        // يعقوبي يراقب المدخل، ثم قال): the verb and its complement are no part of his name.
        if (!joined && !counterpart) subject = this.titledBeforePredicate(subject);
        // …and closed by its predicate after a word of contrast (لكن المحلل فلان انتقد …, غير أن الخبيرة
        // فلانة لم تخف …): the clause's subject stands before its verb there, and the word after the name
        // is that verb, no more of the name.
        if (!joined && !counterpart && this.isContrastAt(i - 1) && subject.name.length >= 2)
          subject = { ...subject, closed: subject.closed || this.tokens[subject.last + 1]?.type === 'word' };
        // …and after أما, cut before the ف of its predicate that the name ran into (أما الخبيرة فلانة علان
        // فلم تتمالك …: فلم, no word of the name).
        const topicHead = this.tokens[i - 1]?.norm;
        if (!joined && !counterpart && (topicHead === 'اما' || topicHead === 'واما')) {
          const prefix = token.norm.endsWith('ه') ? 'ت' : 'ي';
          const cut = subject.name.findIndex((k, n) => n > 0 && this.predicateOpens(k, prefix, true));
          if (cut > 0) {
            const name = subject.name.slice(0, cut);
            subject = { ...subject, name, last: name.at(-1) as number, closed: true };
          }
        }
        // «…»، هكذا لخص فلان موقفه: the subject of a frame's verb ends before that verb's object.
        if (!joined && !counterpart && this.framedVerb(i - 1)) subject = this.nameBeforeFrameObject(subject);
        if (!takesObject && recurs && !calledAfter && !clause)
          this.entities.learn(
            this.asCounterpart(
              this.withoutPossessive(
                this.mentionOf(subject.title, false, true, joined || counterpart),
                subject.title[0] as number,
              ),
              subject.title[0] as number,
            ),
            // The second of a pair shares the first one's verb: its object may follow his name.
            this.nameOf(joined ? this.nameBeforeObject(subject) : subject, false),
            false,
            // Named in narration, a person may take up a later verb; named inside a quote, not, nor
            // after ب or ل, the object of someone else's verb (واجتمع الوزير بالمدير فلان، وقال:).
            this.quoted[i] || afterPreposition ? undefined : this.paragraphOf(token),
            i,
            afterPreposition,
          );
        // …so after the first one's name, a title with و starts the next person (الملك فلان والرئيس
        // المصري فلان), read in turn; so does a counterpart with ب or ل (الرئيس فلان بنظيره فلان).
        const nameEnd = subject.name.at(-1) ?? subject.last;
        const next = this.tokens[nameEnd + 1];
        const another =
          next?.type === 'word' &&
          ((/^و/u.test(next.norm) &&
            !TITLE_SET.has(next.norm) &&
            (isTitleHead(next.norm.slice(1)) || hasTitleWithHe(next, this.text))) ||
            /^[بل]نظير/u.test(next.norm));
        // …and a companion word after the name brings in one named in turn (… المشروع يرافقه مدير
        // البلدية فلان), whose title a later سعادته may call back.
        let companion = false;
        for (let k = nameEnd + 1; k <= subject.last && !another; k++) {
          const word = this.tokens[k] as Token;
          if (word.type === 'word' && COMPANION_SET.has(word.norm)) companion = true;
        }
        const resume = (another || companion) && nameEnd < subject.last ? nameEnd : subject.last;
        // …and a post right after that name, read with it (قال الشيخ فلان علان ولي عهد …، إن), is the
        // person's too, as learnTitleRightAfterName reads it after a name with no title before.
        if (!another && !companion && nameEnd < subject.last && subject.name.length > 0) {
          const post = this.subjectAt(nameEnd + 1);
          if (post && !post.organisation && post.name.length === 0)
            this.learnTitleRightAfterName(nameEnd + 1, post, {
              start: subject.name[0] as number,
              verb: (subject.title[0] as number) - 1,
            });
        }
        // …a body's head given by name inside the words passed over (هيئة استشارية برئاسة فلان: استشارية
        // read as a title) is learnt all the same.
        for (let k = i + 1; k <= resume; k++)
          if (!this.quoted[k] && PRESIDING_WORDS.has((this.tokens[k] as Token).norm)) this.learnPresidency(k);
        i = resume;
      } else if (subject && subject.title.length > 0 && !subject.organisation)
        this.learnTitleAfterName(i, subject);
    }
  }

  /**
   * A title whose head carries a possessive pronoun (مدربه التونسي فلان, his coach; ه written, not
   * the ة of مدربة) names the office of the head without it: the title alone (المدرب) calls him back,
   * and his gender is the head's (مدرب), not a feminine's.
   */
  private withoutPossessive(title: Mention | null, head: number): Mention | null {
    if (!title || !this.isPossessed(head)) return title;
    const [first, ...rest] = title.words;
    let stem = first?.replace(OBJECT_PRONOUN_END, '');
    // A woman counterpart keeps her ت before the pronoun (نظيرته, نظيرتها): her ة comes back without it.
    if (stem === 'نظيرت') stem = 'نظيره';
    if (!stem || stem === first || !TITLE_SET.has(stem)) return title;
    return { ...title, words: [stem, ...rest] };
  }

  /**
   * نظيره الألماني، فلان (his German counterpart): the counterpart holds the office of the titled
   * person the sentence named before him (وزير الخارجية الأردني، فلان، …), of his own origin, so his
   * title is that office with his adjective for the other's (وزير الخارجية الألماني) and الوزير
   * الألماني later calls him back. Only a masculine counterpart, and only within MAX_PEER_LOOKBACK
   * words of the same sentence; otherwise the title is kept as it is.
   */
  private asCounterpart(title: Mention | null, head: number): Mention | null {
    const feminine = title?.words[0] === 'نظيره';
    if ((title?.words[0] !== 'نظير' && !feminine) || !this.isPossessed(head)) return title;
    const origin = title.words.slice(1);
    if (origin.length !== 1 || !isNisba(origin[0] as string)) return title;
    for (let k = head - 1; k >= 0 && head - k <= MAX_PEER_LOOKBACK; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') {
        if (token.norm === '.' || this.quoted[k]) return title;
        continue;
      }
      if (!isTitleHead(token.norm) || this.isPossessed(k) || NAME_JOINER_SET.has(token.norm)) continue;
      const peer = this.subjectAt(k);
      // (The peer's phrase may run on past its name into the counterpart: its name must end before.)
      if (!peer || peer.title.length === 0 || (peer.name.at(-1) ?? peer.last) >= head) continue;
      // The peer's own adjectives of origin go (الأردني); a construct head keeps its genitive (الخارجية).
      const first = (this.tokens[peer.title[0] as number] as Token).norm;
      let end = peer.title.length;
      while (
        end > (first.startsWith('ال') ? 1 : 2) &&
        isNisba((this.tokens[peer.title[end - 1] as number] as Token).norm)
      )
        end--;
      const office = this.mentionOf(peer.title.slice(0, end), false, true);
      if (!office || !title) return title;
      // A woman counterpart of a man holds the office in the feminine (نظيرته → وزيرة الخارجية).
      const [officeHead, ...officeRest] = office.words as [string, ...string[]];
      const held =
        feminine && !officeHead.endsWith('ه') && TITLE_SET.has(`${officeHead}ه`)
          ? [`${officeHead}ه`, ...officeRest]
          : office.words;
      return {
        ...office,
        text: `${office.text} ${title.text.split(' ').slice(1).join(' ')}`,
        words: [...held, ...origin],
      };
    }
    return title;
  }

  /**
   * What stands right after a name whose comma is at `comma`: the comma, or the opening bracket of his
   * age between them (فلان (34 عاما)،).
   */
  private pastAgeAside(comma: number): number {
    if (this.tokens[comma - 1]?.norm !== ')') return comma;
    for (let open = comma - 3; open >= comma - 5 && open >= 0; open--)
      if (ageAsideEnd(this.tokens, open) === comma) return open;
    return comma;
  }

  /**
   * A title in apposition after a known name, between commas (مريم الكعبي، وزيرة التغير المناخي،
   * أن …): the title is that person's, so that the title alone later (وتابعت الوزيرة) finds her.
   */
  private learnTitleAfterName(at: number, subject: Subject): void {
    // ، وهو مهندس مصري،: the aside's pronoun stands between the comma and a title written without the
    // article, which is learnt with it (المهندس المصري) so that the title alone later calls him back.
    const pronoun = this.tokens[at - 1]?.norm;
    const identifies = pronoun === 'وهو' || pronoun === 'وهي';
    const comma = this.tokens[identifies ? at - 2 : at - 1];
    // فلان (45 عاما)، المهندس …،: his age in brackets between the name and the comma; `nameAfter` is the
    // index of what stands right after the name (the comma, or the age's opening bracket).
    const nameAfter = this.pastAgeAside(identifies ? at - 2 : at - 1);
    const before = this.tokens[nameAfter - 1];
    const end = this.titleAfterNameEnd(subject);
    const after = this.tokens[end];
    if (comma?.norm !== '،' && comma?.norm !== ',') {
      if (!identifies) this.learnTitleRightAfterName(at, subject);
      return;
    }
    if (before?.type !== 'word') return;
    // A name not yet known is one when a verb or an honorific stands right before it (أكد الدكتور
    // فلان، رئيس هيئة …،): the whole name is then learnt with the title.
    // A known name's word calls that name back, unless a word of another name stands before it that no
    // known name has there (تشانغ وي مينغ … سون لي مينغ، الأستاذ …): two full names that share their last
    // word are two people, and the name before the comma is read back whole, or not at all.
    const other = this.tokens[nameAfter - 2];
    const anotherName =
      other?.type === 'word' &&
      !isTitleHead(other.norm) &&
      lookupCue(other.norm) === undefined &&
      !HONORIFIC_SET.has(other.norm) &&
      !this.entities.followsInName(other.norm, before.norm);
    // (…closed by a comma, or by the colon before what was said, after a whole name read back from
    // its given name: وقال فلان علان، مدرب الوداد: «…»)
    const colon = after?.norm === ':';
    const start =
      this.entities.knowsNameWord(before.norm) && !anotherName && !colon
        ? nameAfter - 1
        : this.nameStartBefore(nameAfter - 1, true);
    if (start < 0 || (colon && (start === nameAfter - 1 || !isGivenName((this.tokens[start] as Token).norm))))
      return;
    if (after?.norm !== '،' && after?.norm !== ',' && !colon) return;
    const title = this.mentionOf([...subject.title, ...subject.name], false, true);
    const joined = isComma(this.tokens[start - 1]) && !GIVEN_NAME_SET.has((this.tokens[start] as Token).norm);
    const name = this.mentionOf(
      range(start, nameAfter - 1),
      true,
      true,
      joined && (this.tokens[start] as Token).norm.startsWith('و'),
    );
    this.entities.learn(identifies ? withArticle(title) : title, name, false);
    // فلان، النجم السنغالي السابق والمدرب الحالي للوداد،: a second post joined by و inside the aside is
    // the same person's, learnt on its own too, so that its head alone (المدرب) calls him back.
    const joinedPost = subject.name.length === 0 ? this.joinedPostIn(subject.title) : -1;
    if (joinedPost > 0)
      this.entities.learn(this.mentionOf(subject.title.slice(joinedPost), false, true, true), name, false);
    // …and the nationality before the name (أقر البرتغالي فلان، مدرب فريق …،) is the holder's too, so that
    // the post's word and the nationality later (وأضاف المدرب البرتغالي) call the person back.
    const nisba = this.tokens[start - 1];
    if (nisba?.type === 'word' && ORIGIN_NISBA_SET.has(nisba.norm) && !this.quoted[start - 1])
      this.entities.learn(this.mentionOf([start - 1], false, true), name, false);
  }

  /**
   * A nationality right after a verb, before a name of two words or more (أبدى الفرنسي فلان …, أقر البرتغالي
   * فلان …): the nationality describes that person, and is learnt as his or her title, so that a sport's
   * epithet and the nationality later (وقال النجم الفرنسي) call the person back (describedHolder).
   */
  private learnNationalityBeforeName(at: number): void {
    const verb = this.tokens[at - 1];
    if (verb?.type !== 'word') return;
    const cue = lookupCue(verb.norm);
    if (cue === undefined || cue.tense === 'participle') return;
    const subject = this.subjectAt(at);
    if (!subject || subject.organisation || subject.title.length !== 1 || subject.name.length < 2) return;
    if (subject.title[0] !== at || subject.name[0] !== at + 1) return;
    const title = this.mentionOf([at], false, true);
    const name = this.mentionOf(subject.name, true, true);
    if (title && name) this.entities.learn(title, name, false);
  }

  /**
   * A post right after the name of a verb's subject, with no comma between (قالت فلانة فلان نائبة المبعوث
   * الأممي إلى ليبيا، إن; أعرب فلان رئيس نادي الوحدة، عن سعادته): the post is that person's, so that the
   * post alone later (وأوضحت نائبة المبعوث الأممي) calls him or her back, as learnTitleAfterName does for
   * the post between commas. The shape must say apposition, not the verb's object: the post's head agrees
   * with the verb (a feminine verb, a head written with ة), and the post closes at a comma, a complementiser
   * or a colon; after a verb that may take an object (استقبل فلان رئيس الوفد، وبحث معه) only at a comma
   * followed by a complementiser or عن (what such a verb's object never stands before with a comma).
   */
  private learnTitleRightAfterName(
    at: number,
    subject: Subject,
    named?: { readonly start: number; readonly verb: number },
  ): boolean {
    if (this.quoted[at] || subject.title[0] !== at) return false;
    // A name read after the post is another office's holder when the post's genitive is that office
    // (نائبة المبعوث الأممي إلى ليبيا فلان, مستشار الرئيس الفرنسي فلان): the post is still the first one's.
    const genitive = this.tokens[subject.title[1] ?? -1];
    if (
      subject.name.length > 0 &&
      !(
        genitive?.type === 'word' &&
        hasArticle(genitive.norm) &&
        isTitleHead(genitive.norm) &&
        !hasArticle((this.tokens[at] as Token).norm)
      )
    )
      return false;
    // (`named`: the name and its verb as the phrase before the post read them, a title or an honorific
    // between them: قال الأمير فلان بن فلان وزير …، قالت الدكتورة فلانة علان وزيرة …; otherwise an
    // honorific or a nationality the name was read without may stand there: قال الشيخ فلان علان ولي
    // عهد …، قال البرتغالي فلان علان المدير الفني …)
    const start = named ? named.start : this.nameStartBefore(at - 1, true);
    if (start < 0 || start === at - 1) return false;
    let before = named ? named.verb : start - 1;
    while (
      !named &&
      before > 0 &&
      (HONORIFIC_SET.has(this.tokens[before]?.norm ?? '') ||
        ORIGIN_NISBA_SET.has(this.tokens[before]?.norm ?? ''))
    )
      before--;
    const verb = this.tokens[before];
    if (verb?.type !== 'word') return false;
    const cue = lookupCue(verb.norm);
    if (cue !== undefined && cue.tense === 'participle') return false;
    // …agreeing: a woman's verb with a head written with ة, a man's with one written without.
    const head = this.tokens[at] as Token;
    const feminine = this.text.slice(head.from, head.to).endsWith('ة');
    const verbFeminine = cue ? cue.agreement === 'f' : null;
    if (verbFeminine !== null && verbFeminine !== feminine) return false;
    // …closed: after its place or field (titleAfterNameEnd), and an envoy's destination after إلى.
    let end = this.titleAfterNameEnd(subject);
    if (TOWARD.has(this.tokens[end]?.norm ?? ''))
      for (let k = end + 1; k <= end + MAX_DESTINATION_WORDS; k++) {
        const word = this.tokens[k];
        if (word?.type !== 'word') {
          if (isComma(word) || word?.norm === ':') end = k;
          break;
        }
        if (COMPLEMENTISER_SET.has(word.norm) || lookupCue(word.norm) !== undefined) {
          end = k;
          break;
        }
      }
    // …and past when it happened (علق فلان الناطق باسم الحركة صباح اليوم على …)
    end = afterTimePhrases(this.tokens, end);
    const after = this.tokens[end];
    const next = this.tokens[end + 1];
    const clauseOpens = (token: Token | undefined) =>
      token?.type === 'word' && (COMPLEMENTISER_SET.has(token.norm) || token.norm === 'عن');
    const free = cue !== undefined && !cue.takesObject;
    // (…or على after a verb of comment, what it was on: علق فلان المدير الفني لنادي … على الفوز; also
    // عن, as some desks write it: علق فلان الناطق باسم الحركة عن العملية)
    const closes = isComma(after)
      ? free || clauseOpens(next)
      : free &&
        (after?.norm === ':' ||
          (after?.type === 'word' &&
            (COMPLEMENTISER_SET.has(after.norm) ||
              ((after.norm === 'على' || after.norm === 'عن') && REPLYING_CUES.has(cue.lemma)))));
    if (!closes) return false;
    const title = this.mentionOf(subject.title, false, true);
    const name = this.mentionOf(range(start, at - 1), true, true);
    if (!title || !name) return false;
    this.entities.learn(title, name, false);
    return true;
  }

  /**
   * A role in apposition after a person's name, between commas (فلان، المتهم بتمويل شبكة …،; فلانة، الطالبة
   * في كلية الطب،; فلان (34 عاما)، الشاهد الرئيسي في القضية،; فلان، وهو متهم بـ…،): the role's head and
   * its definite adjectives are learnt as that person's role, so that the role alone later (وقال المتهم,
   * وأضافت الطالبة أن) calls him or her back. Any noun, not only a known title: the shape says it, a
   * definite word right after the comma that closes a name that opens with a given name, the phrase
   * closed by a comma or a full stop with no verb, complementiser or mark in it.
   */
  private learnRoleAfterName(at: number): void {
    const token = this.tokens[at] as Token;
    const pronoun = this.tokens[at - 1]?.norm;
    const identifies = pronoun === 'وهو' || pronoun === 'وهي';
    const commaAt = identifies ? at - 2 : at - 1;
    if (!isComma(this.tokens[commaAt])) return;
    const definite = token.norm.startsWith('ال') && token.norm.length > 3;
    if (identifies === definite) return;
    const head = identifies ? `ال${token.norm}` : token.norm;
    // (a verb, not a participle: وهو يقول, وهي تعمل; a participle is a noun, متهمة, مطالب; nor an
    // indefinite noun after وهو that is also a past verb's form: وهو طالب)
    const verb = (norm: string, head = false) => {
      const cue = lookupCue(norm);
      return cue !== undefined && cue.tense !== 'participle' && !(head && identifies && cue.tense === 'past');
    };
    if (
      head.length < 5 ||
      STOP_SET.has(token.norm) ||
      RELATIVES.has(token.norm) ||
      COMPLEMENTISER_SET.has(token.norm) ||
      verb(token.norm, true) ||
      ORGANISATION_SET.has(head) ||
      ORGANISATION_SET.has(head.slice(2)) ||
      PLACE_SET.has(head) ||
      PLACE_SET.has(head.slice(2)) ||
      ORIGIN_NISBA_SET.has(head)
    )
      return;
    // The phrase: plain words up to the comma or the full stop that closes it.
    let end = at + 1;
    while (end <= at + MAX_ROLE_WORDS) {
      const word = this.tokens[end];
      if (word?.type !== 'word' || this.quoted[end]) break;
      if (COMPLEMENTISER_SET.has(word.norm) || RELATIVES.has(word.norm) || verb(word.norm)) return;
      end++;
    }
    if (!isComma(this.tokens[end]) && this.tokens[end]?.norm !== '.') return;
    // The name before the comma, his age in brackets between (فلان (34 عاما)،).
    const nameAfter = this.pastAgeAside(commaAt);
    const before = this.tokens[nameAfter - 1];
    if (before?.type !== 'word') return;
    const start = this.nameStartBefore(nameAfter - 1, true);
    if (start < 0 || start === nameAfter - 1) return;
    if (!GIVEN_NAME_SET.has((this.tokens[start] as Token).norm)) return;
    // The role's head and the definite adjectives right after it (الشاهد الرئيسي في …): what calls back.
    let last = at;
    while (last + 1 < end && (this.tokens[last + 1] as Token).norm.startsWith('ال')) last++;
    // A known title closed by the comma after its adjectives is learnTitleAfterName's (فلان، المقاول الرئيسي،).
    if (isTitleHead(token.norm) && last + 1 === end) return;
    const written = this.mentionOf(range(at, last), false, true);
    const role = identifies ? withArticle(defectiveWhole(written)) : written;
    const name = this.mentionOf(range(start, nameAfter - 1), true, true);
    if (!role || !name) return;
    const entity = this.entities.learn(role, name, false);
    // …with the complement after its adjectives (لبورتو, في قضية الرشوة): the same head with another
    // complement later (المدرب السابق للفريق) is another's role.
    const complement = range(last + 1, end - 1).map((k) => (this.tokens[k] as Token).norm);
    if (entity && !entity.organisation) this.entities.noteRole(entity, role.words, complement);
  }

  /**
   * A body given a head by name (لجنة تحقيق برئاسة فلان; انتخبت الجمعية العمومية لنادي الوحدة مجلساً برئاسة
   * فلان) or a person elected its head (وانتخب الأعضاء فلاناً رئيساً لنادي الوحدة): the person holds the post
   * of head of each body the sentence names before برئاسة, or of the body after رئيساً لـ, so that the post
   * alone later (وقال رئيس اللجنة, وأضافت رئيسة النادي أن) calls him or her back. The body the verb's subject
   * names (وشكلت الحكومة لجنة …) is another's: its head is not learnt.
   */
  private learnPresidency(at: number): void {
    const token = this.tokens[at] as Token;
    const bodies: string[] = [];
    // The words of each body's name the sentence gives (نادي الوحدة, لجنة تحقيق مستقلة, اتحاد الكرة), by
    // the body: a longer post later calls the person back only with them (Entities.holdsPost).
    const names = new Map<string, string[]>();
    const named = (body: string, k: number) =>
      names.set(body, [...(names.get(body) ?? []), ...this.bodyNameAfter(k)]);
    let start = -1;
    let end = -1;
    if (token.norm === 'برئاسه') {
      const subject = this.subjectAt(at + 1);
      if (!subject || subject.organisation || subject.name.length < 2) return;
      start = subject.name[0] as number;
      end = subject.name.at(-1) as number;
      // The sentence's bodies before برئاسة, back to its start; the first word is its verb, and the body
      // right after it the verb's subject.
      for (let k = at - 1; k >= 0 && at - k <= MAX_PRESIDED_WORDS; k--) {
        const word = this.tokens[k] as Token;
        if (word.type !== 'word') {
          if (word.type === 'break' || SENTENCE_ENDS.has(word.norm)) break;
          continue;
        }
        const body = bodyNoun(word.norm);
        const verb = this.tokens[k - 1];
        const ofVerb = verb?.type === 'word' && opensSentence(this.tokens[k - 2], verb);
        if (body && !ofVerb) {
          bodies.push(body);
          named(body, k);
        }
      }
    } else {
      // فلاناً رئيساً لنادي …: the body after ل, the name right before.
      const body = /^ل/u.test(this.tokens[at + 1]?.norm ?? '')
        ? bodyNoun(this.tokens[at + 1]?.norm ?? '')
        : null;
      if (!body) return;
      bodies.push(body);
      end = at - 1;
      start = this.nameStartBefore(end, true);
      if (start < 0 || start === end || !GIVEN_NAME_SET.has((this.tokens[start] as Token).norm)) return;
      named(body, at + 1);
      // …and the name the sentence gave the body before (مجلس إدارة نادي الاتحاد فلاناً رئيساً للنادي).
      for (let k = start - 1; k >= 0 && at - k <= MAX_PRESIDED_WORDS; k--) {
        const word = this.tokens[k] as Token;
        if (word.type !== 'word') {
          if (word.type === 'break' || SENTENCE_ENDS.has(word.norm)) break;
          continue;
        }
        if (bodyNoun(word.norm) === body) named(body, k);
      }
    }
    if (bodies.length === 0) return;
    const name = this.mentionOf(range(start, end), true, true);
    if (!name) return;
    for (const body of bodies)
      for (const head of ['رئيس', 'رئيسه']) {
        const post = { text: `${head} ${body}`, words: [head, body], isName: false, closed: true };
        const entity = this.entities.learn(post, name, false);
        if (entity && !entity.organisation) this.entities.noteRole(entity, post.words, names.get(body), true);
      }
  }

  /**
   * The complement after في that follows a role read as a name ending at `last` (المتهم الأول في قضية
   * المخدرات: في قضية المخدرات), MAX_BODY_NAME_WORDS at most after في: plain words up to a mark, a given
   * name, a preposition, a function word or a verb. None when no في follows.
   */
  private roleComplementAfter(last: number): string[] {
    if (this.tokens[last + 1]?.norm !== 'في' || this.quoted[last + 1]) return [];
    return ['في', ...this.bodyNameAfter(last + 1)];
  }

  /**
   * The words of a body's name after its head at `head` (نادي الوحدة, لجنة تحقيق مستقلة, الاتحاد السعودي
   * لكرة القدم), MAX_BODY_NAME_WORDS at most: plain words up to a mark, a given name, a preposition, a
   * function word, a verb or the word of the post (برئاسة, رئيساً). Time words may run in (لمدة أربع
   * سنوات): they name no other body.
   */
  private bodyNameAfter(head: number): string[] {
    const words: string[] = [];
    for (let k = head + 1; k <= head + MAX_BODY_NAME_WORDS; k++) {
      const word = this.tokens[k];
      if (word?.type !== 'word' || this.quoted[k]) break;
      const norm = word.norm;
      if (
        GIVEN_NAME_SET.has(norm) ||
        PREPOSITIONS.has(norm) ||
        STOP_SET.has(norm) ||
        PRESIDING_WORDS.has(norm) ||
        lookupCue(norm) !== undefined
      )
        break;
      words.push(norm);
    }
    return words;
  }

  /**
   * Whether a title read with no name closes where learnTitleAfterName reads it to: a comma right after it,
   * or after the place or the field after في that it runs on to.
   */
  private closesTitleAfterName(subject: Subject): boolean {
    return isComma(this.tokens[this.titleAfterNameEnd(subject)]);
  }

  /**
   * Where a title read after a name ends: at a place the subject does not read in (رئيس هيئة النقل العام
   * بالقاهرة،), and after في, the workplace or field's genitives and adjectives run on to the comma (الباحث
   * في شؤون الطاقة، رئيس لجنة المقاولين في الغرفة التجارية في الرياض،): plain words and places, no verb,
   * complementiser or other particle. The token after the title.
   */
  /**
   * Where a second post joined by و opens inside a title's words (النجم السابق والمدرب الحالي للوداد:
   * at والمدرب), past the first word; -1 when none does.
   */
  private joinedPostIn(title: readonly number[]): number {
    return title.findIndex((k, n) => {
      const norm = (this.tokens[k] as Token).norm;
      return n > 0 && norm.startsWith('و') && !TITLE_SET.has(norm) && isTitleHead(norm.slice(1));
    });
  }

  private titleAfterNameEnd(subject: Subject): number {
    let end = subject.last + 1;
    while (end <= subject.last + 3 && this.tokens[end]?.type === 'word' && this.isPlaceWord(end)) end++;
    if (this.tokens[subject.last + 1]?.norm === 'في')
      while (
        end <= subject.last + MAX_APPOSED_PLACE_WORDS &&
        (this.isGenitiveWord(end) || (this.tokens[end]?.type === 'word' && this.isPlaceWord(end)))
      )
        end++;
    return end;
  }

  /** A plain word of a name or a noun phrase: no stop word, cue or complementiser. */
  private isGenitiveWord(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word') return false;
    return (
      !STOP_SET.has(token.norm) && !COMPLEMENTISER_SET.has(token.norm) && lookupCue(token.norm) === undefined
    );
  }

  /** A word of a place after a title: ب or في and a noun (بالقاهرة, في القاهرة), or the noun after في. */
  private isPlaceWord(at: number): boolean {
    const norm = (this.tokens[at] as Token).norm;
    if (norm === 'في') return true;
    if (this.tokens[at - 1]?.norm === 'في')
      return !COMPLEMENTISER_SET.has(norm) && lookupCue(norm) === undefined;
    return /^ب.{3,}/u.test(norm) && !STOP_SET.has(norm.slice(1)) && lookupCue(norm) === undefined;
  }

  /**
   * Where a name of at most MAX_NAME_WORDS words that ends at `end` starts, when a reporting verb or an
   * honorific stands right before it (قال فلان، أكد الدكتور فلان); -1 when nothing marks it as a name.
   * With `given` (a title after the name, learnTitleAfterName), the name's own shape marks it too: a given
   * name or a kunya opening it at a sentence's start or after any other word, a kunya anywhere, a given
   * name behind و after a comma, and the word after a title with its pronoun (زوجها خالد).
   */
  private nameStartBefore(end: number, given = false): number {
    for (let k = end; k >= 0 && end - k < MAX_NAME_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || STOP_SET.has(token.norm) || lookupCue(token.norm) !== undefined) return -1;
      const prev = this.tokens[k - 1];
      // (a title word is the family name after a given name that opens the name: سامي الخطيب، مدير …)
      const familyTitle =
        given && k === end && prev?.type === 'word' && GIVEN_NAME_SET.has(prev.norm.replace(/^و/u, ''));
      if (stripToSet(token.norm, TITLE_SET) !== undefined && !familyTitle) return -1;
      // (a nationality with the article before the name is its bearer's description, no word of it: أقر
      // البرتغالي فلان، مدرب …،; a family name in ي closes a name, it never opens one)
      if (given && k < end && ORIGIN_NISBA_SET.has(token.norm)) return k + 1;
      // With `given`, a name of two words or more that opens with a given name or a kunya (أبو, أم) also
      // starts at a sentence's start (أحمد فوزي، المهندس …، يعمل), after any other word (ويعمل أحمد فوزي،
      // …: the verb of the sentence, whatever it is, before its subject), and a kunya wherever it stands
      // (وروت المساهمة أم فيصل، وهي …); a given name goes on in the name after بن, a kunya or another.
      // …and the second of a pair joined by و after a comma (فلان، وزير الصحة، وفلانة الجبوري، وزيرة …):
      // the name opens at the given name behind its و, which the caller leaves out.
      if (
        given &&
        k < end &&
        isComma(prev) &&
        token.norm.startsWith('و') &&
        GIVEN_NAME_SET.has(token.norm.slice(1))
      )
        return k;
      // (a title with its pronoun, زوجها, شقيقه, before the name is no word of it: وقال زوجها خالد، وهو …;
      // a title without one returned above)
      if (given && k < end && isTitleHead(token.norm)) return k + 1;
      if (given && k < end && (GIVEN_NAME_SET.has(token.norm) || KUNYA_SET.has(token.norm))) {
        if (KUNYA_SET.has(token.norm)) return k;
        if (prev === undefined || prev.type === 'break' || SENTENCE_ENDS.has(prev.norm)) return k;
        if (
          prev.type === 'word' &&
          !GIVEN_NAME_SET.has(prev.norm) &&
          !KUNYA_SET.has(prev.norm) &&
          !NAME_JOINER_SET.has(prev.norm) &&
          !isTitleHead(prev.norm) &&
          !HONORIFIC_SET.has(prev.norm)
        )
          return k;
      }
      if (prev?.type !== 'word') return -1;
      if (lookupCue(prev.norm) !== undefined || HONORIFIC_SET.has(prev.norm)) return k;
    }
    return -1;
  }

  /**
   * The word at `k` stands alone after a cue, or a cue and a title, and before what closes the subject
   * (وقال خوري:, وأضاف الدكتور خوري إن, يقول خوري.): a person called back by it.
   */
  private standsAsCallback(k: number): boolean {
    const cue = (at: number) => {
      const token = this.tokens[at];
      return token?.type === 'word' && lookupCue(token.norm) !== undefined;
    };
    const before = this.tokens[k - 1];
    const after = this.tokens[k + 1];
    // (a title not after a cue may be a namesake's in a place's name: طريق الملك فهد بين …)
    if (!cue(k - 1) && !(before?.type === 'word' && isTitleHead(before.norm) && cue(k - 2))) return false;
    return after?.type !== 'word' || COMPLEMENTISER_SET.has(after.norm);
  }

  /**
   * The عن (or نقلا of نقلا عن) that names a relay's source after a carrier and a relative clause or an
   * aside between commas (ونقلت وكالة «سبأ» التي يسيطر عليها الحوثيون عن المتحدث …, وأفادت الصحيفة، في
   * تقرير من الموقع، نقلا عن …), or -1. The carrier's closing mark or quoted short name may come first. An
   * aside's عن is the word right after its closing comma; a relative clause has no comma, and its own عن
   * (التي تحدثت عن الأزمة) counts only when the words after it are called the source's (عن فلان قوله).
   * Neither runs over a mark, a full stop or a complementiser (التي قالت إن: the clause speaks).
   */
  private relayAfterCarrier(at: number): number {
    let k = at;
    const named = this.closeOf.get(k);
    if (named !== undefined && named - k <= 5) k = named + 1;
    else if (this.tokens[k]?.type === 'mark') k++;
    const first = this.tokens[k];
    const aside = isComma(first);
    if (!aside && !(first?.type === 'word' && RELATIVES.has(first.norm))) return -1;
    const relayed = (an: number) =>
      this.tokens[an]?.norm === 'عن' ||
      (this.tokens[an]?.norm === 'نقلا' && this.tokens[an + 1]?.norm === 'عن');
    for (let j = k + 1; j <= k + 12; j++) {
      const token = this.tokens[j];
      if (!token) return -1;
      if (isComma(token)) return aside && j > k + 1 && relayed(j + 1) ? j + 1 : -1;
      if (token.type !== 'word' || BARE_THAT.has(token.norm) || token.norm === 'انه' || token.norm === 'انها')
        return -1;
      if (aside || !relayed(j)) continue;
      if (token.norm === 'نقلا') return j;
      const source = this.subjectAt(j + 1);
      if (source && this.calledSaid(source.last + 1)) return j;
    }
    return -1;
  }

  /**
   * Whether the words at `at` call what follows the source's own: a verbal noun of saying right after it
   * (عن فلان قوله), or after an apposition or a relative clause between commas (عن فلانة، المحامية في
   * الرياض، قولها; عن فلانة، التي شاركت في الاحتجاجات، قولها), before any mark or full stop.
   */
  private calledSaid(at: number): boolean {
    if (SAYING_NOUN_SET.has(this.tokens[at]?.norm ?? '')) return true;
    if (!isComma(this.tokens[at])) return false;
    if (SAYING_NOUN_SET.has(this.tokens[at + 1]?.norm ?? '')) return true;
    for (let k = at + 1; k <= at + 12; k++) {
      const token = this.tokens[k];
      if (!token || (token.type !== 'word' && !isComma(token))) return false;
      if (isComma(token)) return SAYING_NOUN_SET.has(this.tokens[k + 1]?.norm ?? '');
    }
    return false;
  }

  private subjectAt(from: number): Subject | null {
    return this.nameEndedByCallback(readSubject(this.tokens, from, this.closeOf, false, this.text));
  }

  /**
   * A name read on into definite words after it (ويتابع الدكتور فلان خوري الملف منذ …, ويتابع المواطن
   * أبو محمد الغامدي الملف): when the article calls the person back elsewhere by a word of the name
   * that is not its first, alone as a cue's or a title's subject (وقال خوري:, وأضاف الدكتور خوري إن),
   * that word is the family name, and the definite words after it, which the text never repeats, are the
   * verb's object, no part of the name. Not the word after بن or بنت (a father's name), nor one of a
   * compound or a lineage (عبد الله, ولد الشيخ), nor when the first definite word recurs too (منى سامي
   * الخطيب … وقالت الخطيب).
   */
  private nameEndedByCallback(subject: Subject | null): Subject | null {
    if (!subject || subject.organisation || subject.name.length < 3) return subject;
    const { name } = subject;
    const norm = (n: number) => (this.tokens[name[n] as number] as Token).norm;
    for (let j = name.length - 2; j >= 1; j--) {
      if (!hasArticle(norm(j + 1))) return subject;
      if (name[j + 1] !== (name[j] as number) + 1 || NAME_JOINER_SET.has(norm(j - 1))) continue;
      if (NAME_JOINER_SET.has(norm(j)) || LINEAGE_SET.has(norm(j)) || COMPOUND_END_SET.has(norm(j + 1)))
        continue;
      if (this.positionsOf(norm(j + 1)).length !== 1) continue;
      // …nor a last word that a comma closes before the verb's own preposition (أعرب الشيخ فلان العبدالله
      // المبارك ، عن …, then وقال العبدالله): a chain of family names, no object after it.
      if (j + 2 === name.length && closesBeforeComplement(this.tokens, (name[j + 1] as number) + 1)) continue;
      if (!this.positionsOf(norm(j)).some((k) => k !== name[j] && this.standsAsCallback(k))) continue;
      const own = name.slice(0, j + 1);
      return { ...subject, name: own, last: own.at(-1) as number, closed: true };
    }
    return subject;
  }

  /** The subject read from a word that carries the preposition ل (لسامر الخطيب, للمحلل فلان), without it. */
  private lamSubject(from: number): Subject | null {
    const subject = readSubject(this.tokens, from, this.closeOf, true, this.text);
    if (subject?.first === from) subject.conjunction = true;
    return subject;
  }

  private mentionOf(
    indices: readonly number[],
    isName: boolean,
    closed = false,
    conjunction = false,
  ): Mention | null {
    if (indices.length === 0) return null;
    const words = indices.map((i) => (this.tokens[i] as Token).norm);
    // The first word's conjunction or preposition is left out; لل (ل with the article) gives ال back.
    const lam = conjunction && (words[0] as string).startsWith('لل');
    // …and both lams back when the noun itself begins with ل (للجنة: ل and اللجنة, not الجنة).
    const article = lam && lamNoun((words[0] as string).slice(2)) ? 'ال' : 'ا';
    if (conjunction)
      words[0] = lam ? `${article}${(words[0] as string).slice(1)}` : (words[0] as string).slice(1);
    // Words joined by one space: quote marks around a body's name and stray spacing are left out; the
    // halves of a double given name keep the hyphen they were written with (هانز-يورغن).
    const text = indices
      .map((i, k) => {
        const token = this.tokens[i] as Token;
        const word = this.text.slice(token.from, token.to);
        if (k === 0) return word;
        const joined = indices[k - 1] === i - 2 && isNameHyphen(this.tokens, i - 1);
        return `${joined ? (this.tokens[i - 1] as Token).norm : ' '}${word}`;
      })
      .join('')
      .replace(FORMAT_CONTROLS, '');
    return {
      text: lam ? `${article}${text.slice(1)}` : conjunction ? text.slice(1) : text,
      words,
      isName,
      closed,
    };
  }

  /** The word at `at` (if any) has the article and is no title (الافتتاحية, الصحفي; not المتحدث). */
  private isDefiniteNonTitle(at: number | undefined): boolean {
    const norm = at === undefined ? '' : (this.tokens[at] as Token).norm;
    return hasArticle(norm) && stripToSet(norm, TITLE_SET) === undefined;
  }

  /**
   * Where a name the article already knows ends inside a subject's `name` words, when words run on
   * after it: its words are read while a known person's name has them one after the other (فريدريش
   * ميرتس), and the last word read ends a known name of two words or more (knowsSurname), so a plain
   * word after it (قادة, كولمان, مستشفى, الجماهير) is the verb's object. The name goes on, and -1 is
   * returned, when the word after it is a joiner (بن, آل), the end of a compound (الدين), or a family
   * name's nisba (الشهري), when a given name or a joiner further on opens another man's name (الشريف
   * حسين بن علي), or when the name is one word that is also a given name (عبدالله): a new person's
   * first name, whose family name the text had not given yet. Bounded by the subject's few words.
   */
  private knownNameEnd(name: readonly number[]): number {
    const word = (k: number) => (this.tokens[name[k] as number] as Token).norm;
    if (name.length < 2) return -1;
    let k = 0;
    while (k + 1 < name.length && this.entities.followsInName(word(k), word(k + 1))) k++;
    if (k + 1 >= name.length) return -1;
    const end = word(k);
    const next = word(k + 1);
    if (!this.entities.knowsSurname(end) || (k === 0 && GIVEN_NAME_SET.has(end))) return -1;
    if (NAME_JOINER_SET.has(next) || COMPOUND_END_SET.has(next) || isNisba(next)) return -1;
    // …nor before the name's last definite word that a comma closes before the verb's own preposition (أعرب
    // الشيخ فلان السالم المبارك ، عن …, then وقال السالم): a chain of family names (closesBeforeComplement).
    if (
      k + 2 === name.length &&
      hasArticle(next) &&
      closesBeforeComplement(this.tokens, (name.at(-1) as number) + 1)
    )
      return -1;
    // …nor before a given name or a name with بن further on: another man's name (الشريف حسين بن علي).
    if (
      GIVEN_NAME_SET.has(next) ||
      name.slice(k + 1).some((i) => NAME_JOINER_SET.has((this.tokens[i] as Token).norm))
    )
      return -1;
    return k;
  }

  /** The subject's name opens it and carries the preposition its reader left out (لسامر الخطيب). */
  private nameLam(subject: Subject): boolean {
    return subject.conjunction === true && subject.title.length === 0 && subject.name[0] === subject.first;
  }

  /**
   * A subject that opens with the family name of someone already named in full (باعشن, آل سدران,
   * الغامدي), then ب or ل glued to a noun (وتعهد باعشن بإطلاق حملة …, وطالب الغامدي بتوفير …): the
   * verb's complement, which no name of his holds; the subject ends at the family name.
   */
  private endAtKnownSurname(subject: Subject): void {
    if (subject.organisation) return;
    const first = subject.first;
    const family = this.tokens[first]?.norm === 'ال' ? first + 1 : first;
    const surname = this.tokens[family];
    const next = this.tokens[family + 1];
    if (
      surname?.type !== 'word' ||
      next?.type !== 'word' ||
      family + 1 > subject.last ||
      next.norm.length < 4 ||
      NAME_JOINER_SET.has(next.norm) ||
      LINEAGE_SET.has(next.norm) ||
      // (ب or ل glued to the article or to a derived verb's verbal noun, never to a name: وقال سالم
      // بلحاج, وأكد خالد بندر name a new man whose given name is another's family name)
      !CLAUSE_AFTER_SURNAME.test(next.norm.replace(/^و/u, '')) ||
      isGivenName(next.norm) ||
      !this.entities.knowsSurname(surname.norm) ||
      this.entities.knowsNameWord(next.norm)
    )
      return;
    subject.title = [];
    subject.name = range(first, family);
    subject.last = family;
    subject.closed = true;
  }

  /**
   * A subject read as a title that opens with the surname of someone already named (كما وصف ترمب المراسل
   * فلان بأنه «…»), then a definite title: after a verb that takes an object, the surname is the whole
   * subject, and the title with the name after it the verb's object, another person.
   */
  private endBeforeTitledObject(subject: Subject): void {
    const [first, second] = subject.title;
    if (subject.organisation || first !== subject.first || second === undefined) return;
    const surname = this.tokens[first] as Token;
    const title = (this.tokens[second] as Token).norm;
    if (
      stripToSet(surname.norm, TITLE_SET) !== undefined ||
      !this.entities.knowsSurname(surname.norm) ||
      !hasArticle(title) ||
      !TITLE_SET.has(title)
    )
      return;
    subject.title = [];
    subject.name = [first];
    subject.last = first;
    subject.closed = true;
  }

  /**
   * The name part of a subject. After a title, a name of three words or more has most likely
   * swallowed the object when it is open, or ends in a definite noun after a verb taking an object,
   * and its third word is plain (وأعلن وزير الطاقة فؤاد بكري خطة …); or, after a verb taking an
   * object, when a definite noun follows a definite surname (ووصف النائب عصام الديري القرار): its
   * first two words are then the name. A joiner (بن, عبد, أبو) or a compound (نصر الله) keeps it long.
   */
  private nameOf(subject: Subject, takesObject: boolean): Mention | null {
    // ووجه النائب سؤالا إلى …, ووجهت الوزيرة رسالة إلى …: a noun of speech is the verb's object, never
    // a name: the subject ends before it (the title, or the name before it).
    const object = subject.name.findIndex((k) => DIRECTED_SPEECH.has((this.tokens[k] as Token).norm));
    if (object >= 0 && (object > 0 || subject.title.length > 0)) {
      subject.name = subject.name.slice(0, object);
      subject.last = (subject.name.at(-1) ?? subject.title.at(-1)) as number;
      if (subject.name.length === 0) return null;
    }
    // وأبدى الوزير قلقه: after a title, one word with a possessive pronoun is the verb's object.
    const [only] = subject.name;
    // …and so is one's own speech with its pronoun after any verb (وختم محافظ حلب حديثه بأن …, كلمته).
    const ownSpeech = only !== undefined && isOwnDocument((this.tokens[only] as Token).norm);
    if (
      (takesObject || ownSpeech) &&
      subject.title.length > 0 &&
      only !== undefined &&
      subject.name.length === 1
    ) {
      const word = (this.tokens[only] as Token).norm;
      if (this.isPossessed(only) && !word.endsWith('يه') && !this.entities.knowsNameWord(word)) {
        subject.name = [];
        subject.last = subject.title.at(-1) as number;
        return null;
      }
    }
    // ويلتقي ميرتس قادة الأحزاب, وزار الربيعة مستشفى: a name the article knows ends where its known form
    // ends, and what follows is the verb's object (knownNameEnd).
    // A cue of saying takes no such object: what follows a known name after it is more of the name
    // (وقال روبرت هاريسون جونيور, وقال جورج كولمان الأب, وقال لويس دا كوستا).
    const verb = this.tokens[subject.first - 1];
    const saying = verb?.type === 'word' && lookupCue(verb.norm)?.takesObject === false;
    const knownEnd = saying ? -1 : this.knownNameEnd(subject.name);
    if (knownEnd >= 0) {
      subject.name = subject.name.slice(0, knownEnd + 1);
      subject.last = subject.name.at(-1) as number;
      return this.mentionOf(subject.name, true, true, this.nameLam(subject));
    }
    // وطالب البنا بتوقيع …: a known person's surname with the article opens the subject; a word after it
    // that cannot start a name (ب/ل and a verbal noun or the article, a preposition) is the rest of the
    // clause, not his name. A plain word after it opens another man's name (وقال الطيب مصطفى).
    const [surname, next] = subject.name;
    if (subject.title.length === 0 && surname !== undefined && next !== undefined) {
      const word = (this.tokens[surname] as Token).norm;
      const after = (this.tokens[next] as Token).norm;
      if (
        (hasArticle(word) &&
          this.entities.knowsSurname(word) &&
          !this.entities.knowsNameWord(after) &&
          (PREPOSITIONS.has(after) || STOP_SET.has(after) || CLAUSE_AFTER_SURNAME.test(after))) ||
        // وختم أكتاش الجلسة الافتتاحية: a known surname without the article, then a definite noun that is
        // no family name (no nisba, no word of a known name) and a definite word after it that is no
        // title (its adjective or genitive): the verb's object. The surname must be no known first
        // name, and a definite word alone after it may be a family name (وقال عادل الشمري في …).
        (!hasArticle(word) &&
          this.entities.knowsSurname(word) &&
          !this.entities.knowsFirstName(word) &&
          hasArticle(after) &&
          !isNisba(after) &&
          !COMPOUND_END_SET.has(after) &&
          !this.entities.knowsNameWord(after) &&
          this.isDefiniteNonTitle(subject.name[2]))
      ) {
        subject.name = [surname];
        subject.last = surname;
        return this.mentionOf(subject.name, true, true, this.nameLam(subject));
      }
    }
    // A number joined with و after the name (المقاول فلان و4 مهندسين, المتهم فلان و3 آخرين) starts the
    // others tried or named with him: the name before it is whole.
    const joinedNumber = /^و[0-9٠-٩۰-۹]/u.test(this.tokens[(subject.name.at(-1) ?? -2) + 1]?.norm ?? '');
    const name = this.mentionOf(subject.name, true, subject.closed || joinedNumber, this.nameLam(subject));
    // A compound first name (سعد الدين, نصر الله) counts as one word: what follows is read after it.
    // With عبد, never a name alone, so does a name of three words (عبد الكريم الوشلي، في تصريح …),
    // unless a comma and a cue close the clause after a third word that is no family name (no masculine
    // nisba: المسؤولية is a noun; no word of a known name): the verb's object then ran in (ونفى الوزير
    // عبد الله الخبر، وقال …).
    const nameEnd = subject.name.at(-1) ?? -2;
    const clauseClosed =
      isComma(this.tokens[nameEnd + 1]) && lookupCue(this.tokens[nameEnd + 2]?.norm ?? '') !== undefined;
    const objectThird =
      name?.words.length === 3 &&
      clauseClosed &&
      !(isNisba(name.words[2] as string) && name.words[2]?.endsWith('ي')) &&
      !this.entities.knowsNameWord(name.words[2] as string);
    // (After عبد any definite word is the compound's second half, a divine name the lists may lack: عبد الحي.)
    const abd = name?.words[0] === 'عبد';
    // A given name of two halves written with a hyphen between them (جان-لوك, ماري-كلير) is one word too.
    const [opening, second] = subject.name;
    const hyphened =
      opening !== undefined && second === opening + 2 && isNameHyphen(this.tokens, opening + 1);
    // A kunya (أبو محمد, أم فيصل) counts as one word too: its second word is no father's or family name.
    const kunya = name !== null && name.words.length >= 4 && KUNYA_SET.has(name.words[0] as string);
    const joined =
      name &&
      (hyphened ||
        kunya ||
        ((name.words.length >= 4 || (abd && !objectThird)) &&
          (COMPOUND_END_SET.has(name.words[1] as string) || (abd && hasArticle(name.words[1] as string)))))
        ? 1
        : 0;
    // After a verb of saying, which takes no object, a name its phrase closes right after it (by a mark, a
    // complementiser, a colon) is whole: no object ran into it, and a plain word after a definite one is
    // the family name after a compound given name (فاطمة الزهراء بوعلام، التي …, نور الهدى عمراني لـ«…» إن).
    // (Closed there means: a mark or a colon right after the name, a complementiser, or whom the words
    // were told after ل; not a noun with a possessive pronoun, which an object is: ختم فلان حديثه بالقول.)
    const lastName = subject.name.at(-1) as number;
    const closer = this.tokens[lastName + 1];
    // After any other cue, only whom the words were told (لـ«…», للصحفيين) or a colon closes it so: a
    // complementiser or a comma may follow an object (وأكد فلان فلاني ضرورة أن, وانتقد فلان القرار،).
    const told =
      closer !== undefined &&
      (closer.norm === ':' || closer.norm === 'ل' || isHearerAfterLam(this.tokens, lastName + 1, []));
    const whole =
      subject.whole === true ||
      (subject.closed &&
        subject.last === lastName &&
        !this.isPossessed(lastName) &&
        // (not a time adverb in the accusative that ended the phrase: غازي القصيبي يوما:, فلان صباحا إن)
        !TIME_ACCUSATIVE_SET.has((this.tokens[lastName] as Token).norm) &&
        (told ||
          (saying &&
            (closer === undefined || closer.type !== 'word' || COMPLEMENTISER_SET.has(closer.norm)))));
    if (name && subject.title.length > 0 && name.words.length - joined >= 3 && !whole) {
      const [second, third] = name.words.slice(1 + joined) as [string, string];
      // A phrase closed by punctuation keeps a third plain word (خليل باشا سائرين) unless a definite
      // noun follows it, as in an object (طارق المصري أداء الحكومة).
      const objectLike = !name.closed || (takesObject && name.words.slice(3 + joined).some(hasArticle));
      const plainThird =
        objectLike && !NAME_JOINER_SET.has(second) && !NAME_JOINER_SET.has(third) && !hasArticle(third);
      // A surname with the article, then another definite noun after a verb taking an object: the
      // object (ووصف النائب عصام الديري القرار بأنه …), unless the two make a compound (سيف الدين).
      // So too when more of the clause follows in the phrase, whatever the verb (ورفع الدكتور هلال
      // العمري الشكر للقيادة); a name of three definite-ended words ends its phrase (ناصر المحمد الأحمد،).
      const goesOn = subject.last > (subject.name.at(-1) as number);
      // A name between commas (المتحدث باسم الجماعة، عبد الله الشامي، …) is whole: no object ran in.
      const firstAt = subject.name[0] as number;
      const lastAt = subject.name.at(-1) as number;
      const apposed = isComma(this.tokens[firstAt - 1]) && isComma(this.tokens[lastAt + 1]);
      // …nor a chain of family names that a comma closes before the verb's own preposition (أعرب الشيخ
      // فلان السالم المبارك ، عن …): the object never stands so (closesBeforeComplement).
      // …or right before أن or the colon (أعلن الشيخ فلان الخالد الصباح أن …: lastBeforeThat).
      const chained =
        name.words.length - joined === 3 &&
        (closesBeforeComplement(this.tokens, lastAt + 1) || lastBeforeThat(this.tokens, lastAt));
      const definiteThird =
        (takesObject || goesOn) &&
        !apposed &&
        !chained &&
        hasArticle(second) &&
        hasArticle(third) &&
        !COMPOUND_END_SET.has(third);
      // A surname with the article ends a name; a plain word after it starts what follows (وزار
      // وزير الصحة سامر الحداد مستشفى المدينة), unless the two make a compound (زين الدين بلقاسم).
      const afterSurname =
        hasArticle(second) &&
        !COMPOUND_END_SET.has(second) &&
        // …not a middle syllable spelled like ف and the article (يورغن فالتر هوفمان)
        !isSyllableLikeArticle(this.tokens, subject.name[1 + joined] as number) &&
        // …nor a foreign given name written with a hamza on its alef (لويس ألبرتو ريفاس): no article
        !isHamzaAlName(this.tokens[subject.name[1 + joined] as number] as Token, this.text, third) &&
        !hasArticle(third) &&
        !NAME_JOINER_SET.has(third) &&
        // …nor a compound first name before a word of lineage (محمد الأمين ولد سيدي)
        !LINEAGE_SET.has(third);
      // A name with بن and the father's name, then a plain word: the object (وثمن الأمير بدر بن خالد
      // جهود …), unless the chain goes on (بن زايد آل نهيان, بن عبد العزيز, بن سعد الغامدي).
      const fourth = name.words[3 + joined];
      // A family name without the article shaped as a nisba after the father's given name (إبراهيم بن محمد
      // حكمي دموعه) is the name's last word, unless a definite genitive makes it a noun in construct
      // (بن خالد مساعي المملكة).
      // The Hadrami با (باعشن) is a family name whatever follows (بن سعيد باعشن النتائج).
      const familyAfterFather =
        fourth !== undefined &&
        isGivenName(third) &&
        (HADRAMI_FAMILY.test(fourth) ||
          (/^[^ا].{2,}ي$/u.test(fourth) &&
            !hasArticle(this.tokens[(subject.name[3 + joined] as number) + 1]?.norm ?? '')));
      const afterPatronym =
        objectLike &&
        PATRONYM_SET.has(second) &&
        !NAME_JOINER_SET.has(third) &&
        third !== 'ابي' &&
        fourth !== undefined &&
        !hasArticle(fourth) &&
        !NAME_JOINER_SET.has(fourth) &&
        !familyAfterFather;
      // A definite family name after a first name and a father's, then a plain word: the object (والرئيس
      // المصري محمد عبدالحميد الشناوي جلسة مباحثات), as after a definite second word (afterSurname).
      const afterFamilyName =
        !name.closed &&
        name.words.length - joined === 4 &&
        !hasArticle(second) &&
        !NAME_JOINER_SET.has(second) &&
        second !== 'ولد' && // محمد ولد الشيخ سيديا: the Mauritanian chain goes on
        hasArticle(third) &&
        !COMPOUND_END_SET.has(third) &&
        fourth !== undefined &&
        !hasArticle(fourth) &&
        !NAME_JOINER_SET.has(fourth);
      // …and the name ends after it: what follows is the object (دموعه).
      if (objectLike && PATRONYM_SET.has(second) && familyAfterFather) {
        subject.name = subject.name.slice(0, 4 + joined);
        return this.mentionOf(subject.name, true, true);
      }
      if (afterPatronym || afterFamilyName) {
        subject.name = subject.name.slice(0, 3 + joined);
        return this.mentionOf(subject.name, true, true);
      }
      if (plainThird || definiteThird || afterSurname) {
        // The subject gives the words back: its mention and its end no longer cover the object.
        subject.name = subject.name.slice(0, 2 + joined);
        return this.mentionOf(subject.name, true, true);
      }
    }
    return name;
  }

  /**
   * A newspaper's or a party's name without the adjectives that describe it: صحيفة فايننشال تايمز
   * البريطانية is صحيفة فايننشال تايمز, حزب الليكود الإسرائيلي is حزب الليكود, جماعة الحوثي المسلحة
   * is جماعة الحوثي. The name is the first word after the head and the plain words after it; the
   * first definite adjective of origin or participle ends it. After a body's quoted name, an adjective of
   * its kind stays in it (منظمة «تيما» البيئية), one of origin does not.
   */
  private withoutDescription(words: number[]): number[] {
    const head = words[0] === undefined ? '' : (this.tokens[words[0]] as Token).norm;
    if (words.length < 3) return words;
    // Any body whose own name was quoted: the adjectives of origin and the participles after the quote
    // describe it (منظمة «السلام الآن» الإسرائيلية المناهضة للاستيطان); an adjective of its kind right
    // after the quote is its name's (جمعية «البر» الخيرية, منظمة «تيما» البيئية التركية).
    for (let k = 2; k < words.length; k++) {
      const quotedBefore = this.tokens[(words[k] as number) - 1]?.type === 'mark';
      const norm = (this.tokens[words[k] as number] as Token).norm;
      if (
        quotedBefore &&
        (stripToSet(head, ORGANISATION_SET) !== undefined || LIST_NOUN_SET.has(head)) &&
        (isNisba(norm) || isParticiple(norm))
      ) {
        let end = k;
        // …one after another, nothing between them; not after a paper's or a channel's head, whose
        // masthead in marks is its whole name (صحيفة «الأهالي» الأهلية)
        while (
          !MEDIA_SET.has(stripToSet(head, ORGANISATION_SET) ?? head) &&
          end < words.length &&
          (end === k || words[end] === (words[end - 1] as number) + 1) &&
          isKindAdjective((this.tokens[words[end] as number] as Token).norm)
        )
          end++;
        return words.slice(0, end);
      }
    }
    if (stripToSet(head, NAMED_BODY_SET) === undefined) return words;
    // …past its quoted name, whose words are all its own (حزب «صوت المدينة»: المدينة is no participle).
    const close = this.closeOf.get((words[1] as number) - 1) ?? -1;
    for (let k = 2; k < words.length; k++) {
      if ((words[k] as number) < close) continue;
      const norm = (this.tokens[words[k] as number] as Token).norm;
      // Adjectives that name what a party is (حزب التجمع الوطني, الحزب الديمقراطي الاشتراكي) stay.
      if (NAMING_ADJECTIVE_SET.has(norm)) continue;

      // …an adjective of stance too (حزب المؤتمر المعارض, الحاكم), which no participle's shape shows.
      if (isNisba(norm) || isParticiple(norm) || STANCE_ADJECTIVES.has(norm)) return words.slice(0, k);
      if (hasArticle(norm) && !norm.startsWith('وال')) return words;
    }
    return words;
  }

  /**
   * A second subject joined with و right after the first (ورئيس الوزراء القطري فلان): a title, then a
   * name. The two become one group speaker, named by both names.
   */
  private coordinated(
    at: number,
    first: Entity,
  ): { resolved: { entity: Entity; mention: string }; last: number } | null {
    const and = this.tokens[at];
    if (and?.type !== 'word' || !and.norm.startsWith('و') || !isTitleHead(and.norm.slice(1))) return null;
    const second = this.subjectAt(at);
    if (!second || second.title.length === 0 || second.name.length === 0 || second.organisation) return null;
    second.conjunction = true;
    const other = this.resolveSubject(second);
    if (!other || other.entity === first) return null;
    const entity = this.entities.group(
      [first, other.entity],
      `${this.entities.canonical(first)} و${this.entities.canonical(other.entity)}`,
    );
    return { resolved: { entity, mention: this.entities.canonical(entity) }, last: second.last };
  }

  /**
   * A described person named at last (قالت سيدة ستينية: «…». وأضافت السيدة، وتدعى فلانة: «…»): the title
   * with the article, then ، وتدعى (، ويدعى، واسمها) and a name no one has, is the one last described
   * by that title without a name, who now has it.
   */
  private namedAfterDescription(subject: Subject): { entity: Entity; mention: string } | null {
    const [titleAt] = subject.title;
    if (
      subject.title.length !== 1 ||
      titleAt === undefined ||
      subject.name.length === 0 ||
      subject.organisation
    )
      return null;
    const head = (this.tokens[titleAt] as Token).norm;
    const called = this.tokens[titleAt + 2];
    if (!hasArticle(head) || !isComma(this.tokens[titleAt + 1]) || called?.type !== 'word') return null;
    if (!CALLED_AFTER.has(called.norm)) return null;
    const name = this.mentionOf(subject.name, true, true);
    // …a name not yet known (its surname is no one's word; a first name may be shared).
    if (!name || this.entities.knowsNameWord(name.words.at(-1) as string)) return null;
    // The description was read as a phrase of its own (سيدة ستينية): among the last few known, one that
    // has spoken and has no other form, each form opening with the title's word.
    const word = head.slice(2);
    const { list } = this.entities;
    for (let k = list.length - 1; k >= 0 && k >= list.length - MAX_DESCRIBED_LOOKS; k--) {
      const entity = list[k] as Entity;
      if (entity.organisation || !this.entities.hasSpoken(entity)) continue;
      if (entity.forms.length === 0 || !entity.forms.every((f) => f.words[0] === word)) continue;
      // The description is no name of hers: the name given now is.
      for (const form of entity.forms) form.isName = false;
      this.entities.addFullerName(entity, name);
      return { entity, mention: name.text };
    }
    return null;
  }

  /**
   * An unnamed source, official, spokesperson, employee or member of a named body (مصدر مسؤول في وزارة
   * الصحة, مسؤول كبير في البيت الأبيض, متحدثة باسم الخارجية البريطانية, موظف بشركة الكهرباء, أحد مسؤولي
   * الشركة المنفذة): the body, as the subject that speaks (the corpus rule: an anonymous member of a named
   * group is credited to the group), and the folded words of his description, which a definite
   * description later calls back (وأضاف المصدر). Not a place, a field or a circle after في (مصدر عسكري
   * في حلب, مصدر في قطاع النفط, مسؤول في حركة المرور), not a name (مسؤول في الوزارة عبدالله الشهري), and
   * not a generic head alone (مسؤول في الوزارة) unless the article named that body in full.
   */
  private memberBody(subject: Subject): { body: Subject; heads: string[] } | null {
    const words = [...subject.title, ...subject.name];
    // A member read alone before the body's definite head glued to ب (مصدر بالوزارة): the head is his.
    const after = (words[0] ?? -2) + 1;
    if (words.length === 1 && /^بال/u.test(this.tokens[after]?.norm ?? '') && !this.quoted[after])
      words.push(after);
    const norm = (n: number) => {
      const word = this.tokens[words[n] ?? -1]?.norm ?? '';
      // The first word's conjunction or preposition is not the description's (لمسؤول في الوزارة).
      if (n > 0 || !subject.conjunction || words[0] !== subject.first) return word;
      return word.startsWith('لل') ? `ا${word.slice(1)}` : word.slice(1);
    };
    // A definite source (المصدر المسؤول في وزارة الخارجية, المصادر الأمنية بوزارة الداخلية): the one the
    // article introduced, called back with the body he serves spelled out again; the subject read stops
    // before في or a body glued to ب after definite words, so the body is read on from there.
    const definiteSource = hasArticle(norm(0)) && DEFINITE_SOURCE_SET.has(norm(0).slice(2));
    if (definiteSource && words.every((w, n) => n === 0 || w === (words[n - 1] as number) + 1)) {
      const next = (words.at(-1) as number) + 1;
      const at = this.tokens[next]?.norm === 'في' && !this.quoted[next] ? next + 1 : next;
      const end = this.quoted[at] ? -1 : this.bodyNameEnd(at);
      // …or a body's bare definite head, which the article named in full before (بالوزارة, في الهيئة)
      const head = (this.tokens[at]?.norm ?? '').replace(/^ب/u, '');
      if (end >= at) words.push(...range(next, end));
      else if (!this.quoted[at] && hasArticle(head) && ORGANISATION_SET.has(head.slice(2)))
        words.push(...range(next, at));
    }
    // (two words when the body's definite head is glued to ب: مصدر بالوزارة, موظف بالشركة)
    const glued2 = words.length === 2 && /^بال/u.test(norm(1));
    if ((words.length < 3 && !glued2) || words.some((k, n) => n > 0 && k <= (words[n - 1] as number)))
      return null;
    const heads: string[] = [];
    let k = 1;
    /** A representative in construct with his body (ممثل هيئة التحقيق): no في, no ب of the body. */
    let construct = false;
    /** A definite spokesman (المتحدث باسم الوزارة): only for a body named in full before, by its bare head. */
    let spokesman = false;
    /** A branch in construct with the body's bare head (فرع الهيئة): the head alone is the body. */
    let branch = false;
    /** The spokesman's body glued to ل (المتحدث الرسمي لوزارة الصحة): his office's genitive. */
    let lam = false;
    if (ONE_OF_SET.has(norm(0)) && ONE_MEMBER_PLURAL_SET.has(norm(1))) {
      // أحد مسؤولي الشركة: the body is the plural's genitive.
      heads.push(norm(1));
      k = 2;
    } else if (ONE_OF_SET.has(norm(0)) && DEFINITE_MEMBER_PLURALS.has(norm(1)) && norm(2) === 'في') {
      // أحد الضباط في الجيش السوداني, أحد المسؤولين في الوزارة: one of its members, the body after في.
      heads.push(norm(1).slice(2));
      k = 3;
    } else if (REPRESENTATIVE_SET.has(norm(0))) {
      // ممثل هيئة التحقيق والادعاء العام, ممثلة المفوضية الأوروبية, ممثل عن وزارة العمل: a body's head in
      // construct (an actor, ممثل مسرحي, has none), no name after it.
      if (subject.name.length > 0) return null;
      heads.push(norm(0));
      if (norm(1) === 'عن') k = 2;
      else if (stripToSet(norm(1), ORGANISATION_SET) === undefined) return null;
      construct = true;
    } else if (BRANCH_SET.has(norm(0)) && hasArticle(norm(1)) && ORGANISATION_SET.has(norm(1).slice(2))) {
      // A regional branch or office of a body the article named in full, its bare head in construct (فرع
      // الهيئة بمنطقة نجران, مكتب المنظمة في اليمن, مديرية الوزارة في محافظة إربد): it speaks for the body,
      // as its unnamed official does; the place is the branch's, not the body's name.
      if (subject.name.length > 0) return null;
      heads.push(norm(0));
      branch = true;
    } else {
      // The body's spokesman, definite (المتحدث باسم الوزارة, الناطق الرسمي باسم الهيئة), speaks for a body
      // the article named in full before, its bare head alone after باسم (checked below): its one office.
      spokesman = hasArticle(norm(0)) && SPOKESMAN_SET.has(norm(0).slice(2));
      const definite = spokesman || definiteSource;
      if (!BODY_MEMBER_SET.has(definite ? norm(0).slice(2) : norm(0))) return null;
      heads.push(definite ? norm(0).slice(2) : norm(0));
      if (spokesman && OFFICIAL_ADJECTIVE_SET.has(norm(k))) heads.push(norm(k++).slice(2));
      // (the definite source's adjectives are definite: المصدر المسؤول, المصادر الأمنية)
      while (
        definiteSource &&
        k <= 3 &&
        hasArticle(norm(k)) &&
        (BODY_MEMBER_ADJECTIVE_SET.has(norm(k).slice(2)) || NISBA_ADJECTIVE.test(norm(k)))
      )
        heads.push(norm(k++).slice(2));
      // …described first (مصدر مسؤول, مصدر طبي, مسؤول أمني كبير): indefinite words, no name.
      while (
        k <= 3 &&
        !hasArticle(norm(k)) &&
        !isGivenName(norm(k)) &&
        !FORMER.test(norm(k)) &&
        // …not the body written on ب (موظف ببلدية محافظة الخرج)
        !(norm(k).startsWith('ب') && ORGANISATION_SET.has(norm(k).slice(1))) &&
        (BODY_MEMBER_ADJECTIVE_SET.has(norm(k)) || NISBA_ADJECTIVE.test(norm(k)))
      )
        heads.push(norm(k++));
      const within = norm(k);
      if (within === 'في' || within === 'لدى' || within === 'لدي' || within === 'داخل' || within === 'باسم')
        k++;
      else if (spokesman && LAM_BODY.test(within)) lam = true;
      else if (!BA_BODY.test(within)) return null;
    }
    const first = norm(k);
    // …its name quoted after باسم or في (متحدث باسم «يوروتانل»): a body's name, one mark between.
    const quoted =
      words[k] === (words[k - 1] as number) + 2 && this.tokens[(words[k] as number) - 1]?.type === 'mark';
    if (first === '' || (words[k] !== (words[k - 1] as number) + 1 && !quoted)) return null;
    const glued =
      lam || (!ONE_OF_SET.has(norm(0)) && !construct && k === heads.length && first.startsWith('ب'));
    // (لل is ل on the article: للهيئة العامة, للأمم المتحدة)
    const head = lam && first.startsWith('لل') ? `ا${first.slice(1)}` : glued ? first.slice(1) : first;
    const bareHead = hasArticle(head) ? head.slice(2) : head;
    const rest = words.length - k;
    if (
      NOT_BODY_HEAD_SET.has(head) ||
      PLACE_SET.has(head) ||
      PLACE_SET.has(bareHead) ||
      PLACE_SUBJECT_SET.has(bareHead) ||
      (MEMBERS_GROUP_SET.has(head) && ACTIVITY_GENITIVE_SET.has(norm(k + 1)))
    )
      return null;
    // The name of a person after the body (مسؤول في الوزارة عبدالله الشهري, عضو في هيئة البيعة الأمير
    // فلان, عضو بارز في مجلس الشيوخ الأمريكي فلان): he speaks, not the body.
    if (words.slice(k + 1).some((w) => GIVEN_NAME_SET.has(this.tokens[w]?.norm ?? '') && !this.namesBody(w)))
      return null;
    const named = subject.name[0];
    const beforeName = named === undefined ? '' : (this.tokens[named - 1]?.norm ?? '');
    if (
      named !== undefined &&
      (isGivenName(this.tokens[named]?.norm ?? '') ||
        HONORIFIC_SET.has(beforeName) ||
        NAMING_TITLES.has(beforeName) ||
        TITLE_SET.has(beforeName) ||
        // …or after يدعى (ضابط في الجيش اللبناني يدعى فلان): named, he speaks
        CALLED.has(beforeName) ||
        // …or after the body's complete name, closed by a definite word (مجلس الشيوخ الأمريكي فلان)
        (hasArticle(beforeName) && !beforeName.startsWith('لل')))
    )
      return null;
    const organisation =
      stripToSet(head, ORGANISATION_SET) !== undefined || MEMBERS_BODY_HEAD_SET.has(bareHead);
    // The spokesman speaks for a body spelled out after باسم or ل (المتحدث باسم وزارة الصحة, الناطقة
    // الرسمية لهيئة الأرصاد الجوية), or named in full before and called back by its bare head after باسم.
    if (spokesman && !lam && norm(k - 1) !== 'باسم') return null;
    if (lam && rest === 1) return null;
    if ((spokesman || definiteSource) && !this.spellsOnlyBody(subject, words, k)) return null;
    if (branch) {
      const body: Subject = {
        first: words[k] as number,
        last: words[k] as number,
        title: [words[k] as number],
        name: [],
        organisation: true,
        closed: true,
        conjunction: false,
      };
      return this.entities.namesKnownBody(head, words[k] as number) ? { body, heads } : null;
    }
    // After باسم ("in the name of") the words are whom the spokesman speaks for, never a place or a matter
    // as after في: a name of two words or more is the body's (متحدثة باسم مهرجان القاهرة السينمائي,
    // متحدث باسم الأمم المتحدة), unless its head is a title (متحدث باسم الرئيس الفرنسي: a person's office)
    // or a given name (متحدث باسم دونالد ترامب: a person's spokesman, as the office's).
    const inNameOf =
      norm(k - 1) === 'باسم' && stripToSet(head, TITLE_SET) === undefined && !isGivenName(head);
    const isBody =
      quoted ||
      (rest > 1
        ? organisation || inNameOf || (DEFINITE_BODY_HEAD_SET.has(head) && hasArticle(norm(k + 1)))
        : (ONE_WORD_BODY_SET.has(head) && !spokesman) ||
          (hasArticle(head) && organisation && this.entities.namesKnownBody(head, words[k] as number)));
    if (!isBody) return null;
    // …told to an outlet after ل (مسؤول في السلطة الفلسطينية لوكالة الأناضول), or the town where the body
    // sits after في (منظمة الصحة العالمية في جنيف): the body ends before it.
    // (A mission's city is its name's: القنصلية السعودية في إسطنبول.)
    const mission = MISSION_HEAD_SET.has(bareHead);
    const told = words.findIndex(
      (w, n) =>
        n > k &&
        ((this.tokens[w]?.norm === 'في' && !mission && PLACE_SET.has(this.tokens[w + 1]?.norm ?? '')) ||
          isMediaHeadAfterLam(this.tokens[w]?.norm ?? '')),
    );
    // …or a comma the subject was read across: a body's name runs through none, what follows it is an
    // apposition that says what the body is (شركة الخليج للنقل المدرسي، إحدى الشركتين المتعاقدتين،).
    const comma = words.findIndex(
      (w, n) =>
        n > k && w !== (words[n - 1] as number) + 1 && isComma(this.tokens[(words[n - 1] as number) + 1]),
    );
    const cut = told > 0 && (comma < 0 || told < comma) ? told : comma;
    // A quoted name is the body's whole name (متحدثة باسم «نتفليكس» لهيئة الإذاعة البريطانية): its words.
    const quoteEnd = quoted ? this.closingMarkAfter(words[k] as number) : -1;
    const title = quoted
      ? words.slice(k).filter((w) => w < quoteEnd)
      : cut > 0
        ? words.slice(k, cut)
        : words.slice(k);
    const body: Subject = {
      first: words[k] as number,
      last: title.at(-1) as number,
      title,
      name: [],
      organisation: true,
      closed: subject.closed,
      conjunction: glued,
    };
    return { body, heads };
  }

  /**
   * A definite spokesman's or source's words from `k` on (words, contiguous) spell a body and nothing
   * after it: no holder of the office named anywhere in the article (المتحدث باسم الوزارة after فلان،
   * المتحدث باسم الوزارة،), no name after a comma (المتحدثة باسم الوزارة، فلانة،) nor after the body's
   * name (المتحدث باسم وزارة الداخلية النيبالية فلان فلان: every word after the body's reading, or after
   * its head when it reads none, definite and no title). The office is one person's: once named, he speaks.
   */
  private spellsOnlyBody(subject: Subject, words: readonly number[], k: number): boolean {
    const title = this.mentionOf(subject.title, false);
    const holder = title ? this.entities.byTitle(title.words, subject.first) : null;
    if (holder && !holder.organisation) return false;
    if (words.some((w, n) => n > 0 && w !== (words[n - 1] as number) + 1)) return false;
    const first = words[k] as number;
    const last = words.at(-1) as number;
    const read = this.bodyNameEnd(first);
    if (read > last) return false;
    for (let w = Math.max(read, first) + 1; w <= last; w++) {
      const norm = (this.tokens[w] as Token).norm.replace(/^و/u, '');
      if (!hasArticle(norm) || stripToSet(norm, TITLE_SET) !== undefined || HONORIFIC_SET.has(norm))
        return false;
    }
    return true;
  }

  /**
   * Where the verb's definite object starts in a subject's words read on after a definite head and its
   * definite adjective, a participle or a nisba (الأمم المتحدة الروهنغيا, المحكمة الجزائية المتخصصة القضية):
   * the first definite word, right after such an adjective, of no adjective's shape and no field after ل
   * or genitive joined by و; -1 when none.
   */
  private objectAfterAdjective(words: readonly number[]): number {
    const norm = (n: number) => this.tokens[words[n] ?? -1]?.norm ?? '';
    if (!hasArticle(norm(0)) || words.length < 3) return -1;
    for (let n = 2; n < words.length; n++) {
      if (words[n] !== (words[n - 1] as number) + 1) return -1;
      const before = norm(n - 1);
      const word = norm(n);
      if (!hasArticle(before) || !(isParticiple(before) || isNisba(before))) return -1;
      // (the article alone, no preposition or و before it: بالحرس الوطني, للسياحة, والتراث go on the name)
      if (!word.startsWith('ال')) return -1;
      if (isNisba(word) || isParticiple(word) || ADJECTIVE_SHAPE.test(word)) continue;
      // …the last word read, the verb's complement right after it (بأنهم, بـ«…», «…»): an adjective the
      // shapes miss (الحزب الوطني المتحد) has no complement after it.
      const after = this.tokens[(words[n] as number) + 1];
      const complement =
        after?.type === 'mark' ||
        (after?.type === 'word' &&
          (BI_ANNA.test(after.norm) ||
            (after.norm === 'ب' && this.tokens[(words[n] as number) + 2]?.type === 'mark')));
      return n === words.length - 1 && complement ? n : -1;
    }
    return -1;
  }

  /** The first mark after the word at `at` (the close of the quoted name it opens), a few tokens on at most. */
  private closingMarkAfter(at: number): number {
    for (let j = at + 1; j < this.tokens.length && j <= at + MAX_QUOTED_BODY_WORDS; j++)
      if (this.tokens[j]?.type === 'mark') return j;
    return at + 1;
  }

  /** The given name at `at` names a body after its head and a royal title (مستشفى الملك فهد), no speaker. */
  private namesBody(at: number): boolean {
    const before = this.tokens[at - 1]?.norm ?? '';
    // …or a firm's indefinite head in construct with its founder's name (شركة عبداللطيف جميل).
    return (
      NAMING_TITLES.has(before) ||
      before === 'بن' ||
      GIVEN_NAME_SET.has(before) ||
      FIRM_NAME_HEAD_SET.has(before)
    );
  }

  /**
   * The body whose account, page or site the subject is (الحساب الرسمي لوزارة الخارجية, الصفحة الرسمية
   * لرئاسة مجلس الوزراء, موقع الاتحاد السعودي): the body, after ل glued to its head or in construct; null
   * when no body's head follows (حساب الوزير, موقع الحادث).
   */
  private accountOwner(subject: Subject): Subject | null {
    const head = this.tokens[subject.first];
    if (head?.type !== 'word') return null;
    const noun = head.norm.replace(/^[وف]/u, '');
    if (!ACCOUNT_NOUNS.has(hasArticle(noun) ? noun.slice(2) : noun)) return null;
    let at = subject.first + 1;
    if (OFFICIAL_ADJECTIVES.has(this.tokens[at]?.norm ?? '')) at++;
    const body = this.tokens[at];
    if (body?.type !== 'word' || at > subject.last + 1 || this.quoted[at]) return null;
    const organisation = stripToSet(body.norm, ORGANISATION_SET);
    // …or a person's, after ل glued to his title (الحساب الرسمي للوزير فلان): the person.
    const title = stripToSet(body.norm, TITLE_SET);
    if (organisation === undefined && title !== undefined && title !== body.norm && /^ل/u.test(body.norm)) {
      const owner = this.lamSubject(at);
      return owner && owner.name.length > 0 && !owner.organisation ? owner : null;
    }
    if (organisation === undefined) return null;
    // …after ل glued to the body's head (لوزارة, للاتحاد): the body, read without its preposition.
    if (organisation !== body.norm && /^ل/u.test(body.norm)) {
      const owner = this.issuerSubject(at);
      return owner?.organisation ? owner : null;
    }
    // …or the body in construct, the account the head of its genitive (موقع الاتحاد السعودي).
    if (organisation !== body.norm || hasArticle(noun)) return null;
    const owner = this.subjectAt(at);
    return owner?.organisation ? owner : null;
  }

  /**
   * The entity a subject names. A title with a name after it is whole; a title alone after a verb
   * that takes an object may have swallowed it (رفض الاتحاد الطعن).
   */
  private resolveSubject(subject: Subject, takesObject = false): { entity: Entity; mention: string } | null {
    // الطرفان, الجانبان: the two speakers last named together.
    if (subject.first === subject.last && DUAL_SET.has((this.tokens[subject.first] as Token).norm)) {
      const group = this.entities.lastGroup();
      if (group) return { entity: group, mention: this.cueText(subject.first) };
    }
    // تقديرات غرفة تجارة لندن, أرقام الهيئة العامة للإحصاء: a noun of figures before a body is the body's
    // own count; the body says it.
    const figure = this.tokens[subject.first];
    // …or issued by it (بيانات صادرة عن وزارة المالية)
    const issuedBy =
      ISSUED.has(this.tokens[subject.first + 1]?.norm ?? '') && this.tokens[subject.first + 2]?.norm === 'عن';
    const bodyAt = subject.first + (issuedBy ? 3 : 1);
    if (
      figure?.type === 'word' &&
      // …behind و, or the ل that وفقا governs (ووفقا لأرقام المديرية العامة للجوازات)
      FIGURE_NOUNS.has(figure.norm.replace(/^و?ل?/u, '')) &&
      stripToSet(this.tokens[bodyAt]?.norm ?? '', ORGANISATION_SET) !== undefined &&
      this.tokens[bodyAt]?.type === 'word'
    ) {
      const body = this.subjectAt(bodyAt);
      if (body?.organisation) return this.resolveSubject(body, takesObject);
    }
    const account = this.accountOwner(subject);
    if (account) {
      const resolved = this.resolveSubject(account, takesObject);
      if (resolved) return resolved;
    }
    const described = this.namedAfterDescription(subject);
    if (described) return described;
    // مصدر مسؤول في وزارة الصحة, متحدثة باسم الخارجية البريطانية: the body its unnamed member speaks for.
    const member = this.memberBody(subject);
    if (member) {
      const resolved = this.resolveSubject(member.body, takesObject);
      if (resolved) this.entities.noteMemberSource(resolved.entity, member.heads);
      if (resolved) return resolved;
    }
    // وتصف الأمم المتحدة الروهنغيا بأنهم …: a body read as a name, its definite adjective, then the object.
    const nameObject =
      takesObject && subject.title.length === 0 ? this.objectAfterAdjective(subject.name) : -1;
    if (nameObject > 0) {
      subject.name = subject.name.slice(0, nameObject);
      subject.last = subject.name.at(-1) as number;
    }
    this.endAtKnownSurname(subject);
    if (takesObject) this.endBeforeTitledObject(subject);
    let name = this.nameOf(subject, takesObject);
    if (takesObject && name && subject.title.length > 0 && name.words.length <= 2) {
      // ولاحظ المحقق غياب …: a title already known with another name; the word after it is the object.
      const known = this.entities.byTitle(this.mentionOf(subject.title, false)?.words ?? []);
      const named = known?.forms.some((f) => f.isName && f.closed);
      // An honorific (السيد, الدكتور) goes before many names: a new one after it is a new person.
      const honorificOnly = subject.title.every((k) => HONORIFIC_SET.has((this.tokens[k] as Token).norm));
      if (named && !honorificOnly && !name.words.some((w) => this.entities.knowsNameWord(w))) {
        name = null;
        subject.name = [];
        subject.last = subject.title[subject.title.length - 1] as number;
      }
    }
    // القاضي البدر, الرئيس الحمدان: a title word, then the surname of someone already named with a
    // name of two words or more: that person, with a title the article had not given him.
    // …and before the verb's object, which ran into the title (ودعا العميد المطيري الحجاج إلى …).
    const lastTitle =
      takesObject &&
      subject.title.length === 3 &&
      hasArticle((this.tokens[subject.title[2] as number] as Token).norm)
        ? subject.title[1]
        : subject.title.at(-1);
    if (
      name === null &&
      !subject.organisation &&
      (subject.title.length === 2 || lastTitle === subject.title[1]) &&
      lastTitle !== undefined &&
      hasArticle((this.tokens[lastTitle] as Token).norm) &&
      // Not an adjective that is also a surname (السفير المصري, المسؤول الكبير), unless after an
      // honorific, which takes no adjective (الدكتور المري is Dr al-Murri).
      (!isNisba((this.tokens[lastTitle] as Token).norm) ||
        HONORIFIC_SET.has((this.tokens[subject.title[0] as number] as Token).norm) ||
        // …or when the person bearing it had this very title head (وزير الطاقة سعد الكعبي … الوزير الكعبي)
        this.entities.knowsSurname(
          (this.tokens[lastTitle] as Token).norm,
          (this.tokens[subject.title[0] as number] as Token).norm,
        )) &&
      !TITLE_ADJECTIVES.has((this.tokens[lastTitle] as Token).norm) &&
      this.entities.knowsSurname((this.tokens[lastTitle] as Token).norm)
    ) {
      subject.title = subject.title.slice(0, 1);
      subject.name = [lastTitle];
      subject.last = lastTitle;
      name = this.mentionOf([lastTitle], true, true);
    }
    let titleWords = subject.title;
    let titleClosed = true;
    // …after a time word, bare or between commas (أعلن الاتحاد الدولي لكرة القدم، الأحد، أن …): four
    // tokens at most.
    // …or after a time phrase (أعلنت الجبهة … يوم الأحد أن, في 12 مارس الجاري أن, مطلع العام الجاري أن).
    let clauseAt = subject.last + 1;
    let timed = false;
    while (clauseAt <= subject.last + 6) {
      if (isComma(this.tokens[clauseAt])) {
        clauseAt++;
        continue;
      }
      const end = timePhraseEnd(this.tokens, clauseAt);
      if (end === clauseAt) break;
      timed = true;
      clauseAt = end;
    }
    const after = this.tokens[clauseAt];
    // …or where it said so first, then the clause (أعلن الاتحاد التونسي لكرة القدم في بيان أن …).
    // …or a body's name, then a time phrase or the document it spoke in, then the verb's definite object
    // (ووصفت الجبهة … في بيان الخطوة بأنها, ودعت الهيئة … يوم الأحد المواطنين إلى): the object comes
    // after them, so none ran into the words read (وهنأت الجامعة … البطل في بيان، has none after).
    const documented = isInDocument(this.tokens, clauseAt);
    const objectAfter = this.tokens[documented ? clauseAt + 2 : clauseAt];
    const beforeClause =
      (after?.type === 'word' &&
        (COMPLEMENTISER_SET.has(after.norm) ||
          (documented && COMPLEMENTISER_SET.has(this.tokens[clauseAt + 2]?.norm ?? '')))) ||
      (subject.organisation &&
        (timed || documented) &&
        objectAfter?.type === 'word' &&
        hasArticle(objectAfter.norm) &&
        !objectAfter.norm.startsWith('لل'));
    // نشرت الوزارة بيانا …: an indefinite document after a definite word is no genitive of it (a
    // definite noun governs none), but the verb's object.
    const document = titleWords.findIndex(
      (k, n) =>
        n > 0 &&
        !hasArticle((this.tokens[k] as Token).norm) &&
        DOCUMENT_SET.has((this.tokens[k] as Token).norm.replace(/ا$/u, '')) &&
        hasArticle((this.tokens[titleWords[n - 1] as number] as Token).norm),
    );
    if (takesObject && subject.name.length === 0 && document > 0) titleWords = titleWords.slice(0, document);
    // …nor is a warning or an appeal after it (أصدرت الأمم المتحدة نداء إلى, ونشرت هيئة الغذاء والدواء
    // تحذيرا من), whatever the verb: the body ends before it, and its adjectives are all its own.
    const warning = titleWords.findIndex(
      (k, n) =>
        n > 0 &&
        WARNING_NOUNS.has((this.tokens[k] as Token).norm) &&
        hasArticle((this.tokens[titleWords[n - 1] as number] as Token).norm),
    );
    if (subject.name.length === 0 && warning > 0) titleWords = titleWords.slice(0, warning);
    // A body's definite head alone that calls back a body the article named in full (وتصف الوزارة
    // الإجراءات الجديدة بأنها …, ورفضت الهيئة الطلب): a definite word after it that is no adjective and no
    // word of a name of that head given before is the verb's object; a definite noun governs no genitive.
    const headAt = titleWords[0] ?? -1;
    const head = this.tokens[headAt]?.norm ?? '';
    const objectAt = titleWords[1] ?? -1;
    const objectWord = this.tokens[objectAt]?.norm ?? '';
    // (where a definite noun after a body's definite adjective starts its verb's object, or 0)
    const cutAt =
      takesObject && subject.name.length === 0 && warning < 0 ? this.objectAfterAdjective(titleWords) : 0;
    if (
      takesObject &&
      subject.name.length === 0 &&
      warning < 0 &&
      headAt === subject.first &&
      objectAt === headAt + 1 &&
      hasArticle(head) &&
      ORGANISATION_SET.has(head.slice(2)) &&
      hasArticle(objectWord) &&
      !objectWord.startsWith('لل') &&
      !isNisba(objectWord) &&
      !isParticiple(objectWord) &&
      !ADJECTIVE_SHAPE.test(objectWord) &&
      !this.entities.knownNameGoesOn(head, objectWord) &&
      this.entities.namesKnownBody(head, headAt)
    )
      titleWords = [headAt];
    else if (cutAt > 0)
      // وتصف الأمم المتحدة الروهنغيا بأنهم …: a definite noun after the body's definite adjective is no
      // word of its name (an adjective would have an adjective's shape): the verb's object.
      titleWords = titleWords.slice(0, cutAt);
    else if (takesObject && subject.name.length === 0 && !beforeClause && warning < 0) {
      // Unless a clause follows (اعتبر المجلس الوطني أن …), a body ends at its last adjective of
      // origin (رفض الاتحاد الأوروبي الطلب); without one, the object may be any of its later words.
      // …or at a second one joined to it by و (وزارة الشؤون البلدية والقروية, اتحاد الغرف التجارية والصناعية).
      let last = titleWords.findLastIndex((i, n) => {
        const norm = (this.tokens[i] as Token).norm;
        const prev = n > 0 ? (this.tokens[titleWords[n - 1] as number] as Token).norm : '';
        // (…not the body's own head shaped like one, when a name goes on from it: المديرية العامة للسجون;
        // alone, it ends before the object: وحملت الجمعية الدولة …)
        if (n === 0 && subject.organisation && this.bodyNameEnd(i) > i) return false;
        return isNisba(norm) || (norm.startsWith('وال') && isNisba(norm.slice(1)) && isNisba(prev));
      });
      // …with a title that is a participle right after it, the body's adjective (المحكمة الجزائية
      // المتخصصة, اللجنة الوطنية المختصة): no person's title ran in.
      while (
        last >= 0 &&
        titleWords[last + 1] === (titleWords[last] as number) + 1 &&
        PARTICIPLE_TITLE_SET.has(this.tokens[titleWords[last + 1] as number]?.norm ?? '')
      )
        last++;
      // …with the genitives after ل and the article that follow it (المركز الوطني للأرصاد, المجلس
      // الأعلى للقضاء): a field of the body, not an object (ودعت الوزارة لوقف … has no article).
      let kept = last;
      while (kept >= 0 && (this.tokens[titleWords[kept + 1] ?? -1]?.norm ?? '').startsWith('لل')) kept++;
      // …with the field's own adjective and a second field after ل in construct with its definite genitive
      // (المفوضية السامية للأمم المتحدة لشؤون اللاجئين): the body's name as bodyNameEnd reads it.
      if (kept > last) {
        const word = (n: number) => this.tokens[titleWords[n] ?? -1]?.norm ?? '';
        const adjective = word(kept + 1);
        if (
          titleWords[kept + 1] === (titleWords[kept] as number) + 1 &&
          hasArticle(adjective) &&
          !adjective.startsWith('لل') &&
          !adjective.startsWith('وال') &&
          (isNisba(adjective) || isParticiple(adjective)) &&
          /^ل[^ل]/u.test(word(kept + 2)) &&
          hasArticle(word(kept + 3)) &&
          !word(kept + 3).startsWith('لل')
        )
          kept += 3;
      }
      // …and a field that governs عن, with عن and its genitive (للدفاع عن حقوق الإنسان): the body's
      // field whatever follows, as no verb's complement is so shaped.
      let withAn = false;
      while (kept >= 0 && kept + 1 < titleWords.length && this.inFieldWithAn(titleWords, kept + 1)) {
        kept++;
        withAn = true;
      }
      // …or one ل before a noun in construct with its definite genitive (الجمعية الوطنية لحقوق الإنسان,
      // الاتحاد السعودي لكرة القدم), closed as below and not by an adjective (لوقف القتال الفوري).
      if (kept >= 0 && kept === last) {
        const field = this.tokens[titleWords[kept + 1] ?? -1]?.norm ?? '';
        const genitive = this.tokens[titleWords[kept + 2] ?? -1]?.norm ?? '';
        const beyond = this.tokens[(titleWords[kept + 2] ?? -2) + 1];
        if (
          /^ل[^ل]/u.test(field) &&
          stripToSet(field, ADDRESSEE_SET) === undefined &&
          titleWords[kept + 2] === (titleWords[kept + 1] as number) + 1 &&
          // (a place is a definite genitive by itself: الجبهة الشعبية لتحرير فلسطين)
          (hasArticle(genitive) || PLACE_SET.has(genitive)) &&
          !genitive.startsWith('لل') &&
          !(beyond?.type === 'word' && isNisba(beyond.norm))
        )
          kept += 2;
      }
      // …and ب with the town the body serves, the last word read (وطالبت الغرفة التجارية الصناعية بجدة
      // بـ«…»): the body's place, no object.
      const town = this.tokens[titleWords[kept + 1] ?? -1]?.norm ?? '';
      const townAt = /^ب/u.test(town) && PLACE_SET.has(town.slice(1));
      // …or after the body's field whatever follows, the town closing the name (وناشدت الجمعية الخيرية
      // لرعاية الأيتام بجازان رجال الأعمال «…»): what comes after it is the verb's object.
      const seat =
        townAt &&
        kept > last &&
        titleWords[kept + 1] === (titleWords[kept] as number) + 1 &&
        this.placeAfterBa(subject.first, titleWords[kept] as number) === titleWords[kept + 1];
      if (kept >= 0 && ((kept + 2 === titleWords.length && townAt) || seat)) kept++;
      // …or ب and a place's head, then the place it names, right after the body's last adjective or
      // field (هيئة الهلال الأحمر السعودي بمنطقة جازان المواطنين, المديرية العامة للدفاع المدني بمنطقة
      // تبوك جهود …): where the body serves, part of its name; what follows is the object.
      const region =
        !seat &&
        kept >= 0 &&
        titleWords[kept + 1] === (titleWords[kept] as number) + 1 &&
        titleWords[kept + 2] === (titleWords[kept] as number) + 2 &&
        isPlaceHeadAfterBa(town) &&
        PLACE_SET.has(this.tokens[titleWords[kept + 2] ?? -1]?.norm ?? '');
      if (region) kept += 2;
      // …only when punctuation closes them: دعا الاتحاد الأوروبي للحوار بين … is the verb's complement.
      // …and before a definite noun, the object (ودعت الهيئة الوطنية للانتخابات الناخبين إلى …), or an
      // indefinite one in the accusative (وأصدر المركز الوطني للأرصاد تنبيها أحمر).
      const afterKept = this.tokens[(titleWords[kept] as number) + 1];
      if (
        kept > last &&
        (withAn ||
          seat ||
          region ||
          afterKept?.type !== 'word' ||
          // …or ب cut off before a quote, what the body demands (وطالبت الجمعية الوطنية لحقوق الإنسان بـ«…»)
          // …or ب glued to what the body demands (طالب الاتحاد السعودي لكرة القدم بإعادة المباراة)
          this.opensBaComplement((titleWords[kept] as number) + 1) ||
          // …or the verb's complement, a preposition before a quote or أن (وحذر المركز الوطني للأرصاد من «…»),
          // or one the verb governs before anything (وأعربت الجمعية الوطنية لحقوق الإنسان عن قلقها)
          this.endsSeat((titleWords[kept] as number) + 1) ||
          this.governedAfterField((titleWords[kept] as number) + 1) ||
          (hasArticle(afterKept.norm) && !afterKept.norm.startsWith('لل')) ||
          this.indefiniteAccusative(afterKept) ||
          // …or a verbal noun the verb took (وأعلن الاتحاد السعودي لكرة القدم تأجيل انطلاق الدوري)
          opensVerbalNounObject(this.tokens, (titleWords[kept] as number) + 1))
      )
        last = kept;
      if (last >= 0) titleWords = titleWords.slice(0, last + 1);
      // An indefinite head governs the noun after it (موقعو العريضة): ended by punctuation, it is
      // whole; after a definite head (رفض الاتحاد الطعن) that noun may be the object.
      else
        titleClosed =
          titleWords.length === 1 ||
          (subject.closed && !hasArticle((this.tokens[titleWords[0] as number] as Token).norm));
    }
    if (subject.organisation && subject.name.length === 0)
      titleWords = this.bodyNameIn(subject, titleWords, takesObject);
    titleWords = this.withoutDescription(titleWords);
    // وأعلن نادي الزمالك فوز فريقه: a body already known by the first words of the phrase ends there
    // when a plain word follows them; the rest is the verb's object (an adjective would have the article).
    // Not when the clause follows the words read (وأعلنت جامعة الملك سعود أن …): no object ran in.
    if (takesObject && !beforeClause && subject.organisation && titleWords.length > 2) {
      const words = titleWords.map((i) => (this.tokens[i] as Token).norm);
      for (let n = 2; n < words.length; n++) {
        // ب and a place's head, then the place (إدارة التعليم بمحافظة جدة, بمنطقة مكة المكرمة): where the
        // body serves, no object; the gazetteer's longest place (one word when it lacks it) ends the name,
        // and what follows it is the object (إدارة التعليم بمحافظة جدة بدء الدراسة).
        if (isPlaceHeadAfterBa(words[n] as string)) {
          let place = 1;
          for (let m = 2; m <= 3; m++) if (PLACE_SET.has(words.slice(n + 1, n + 1 + m).join(' '))) place = m;
          const end = n + 1 + place;
          if (end < words.length) titleWords = titleWords.slice(0, end);
          break;
        }
        if (
          !hasArticle(words[n] as string) &&
          !PREPOSITIONS.has(words[n] as string) &&
          // a nisba after the plain word makes it part of the name (مطار الملكة علياء الدولي)
          !words.slice(n + 1).some(isNisba) &&
          // (…known as a body, or read as a body's name from its head: شركة سامسونغ, بلدية دبي خطة …, not
          // before a word with a proclitic: its field after ل, a genitive joined by و, الجامعة … لألعاب القوى)
          (this.entities.knowsTitle(words.slice(0, n)) ||
            (!/^[وفلبك]/u.test(words[n] as string) && this.entities.readsBodyName(words.slice(0, n))))
        ) {
          titleWords = titleWords.slice(0, n);
          break;
        }
      }
    }
    // A description by what the body does, a participle (الشركة المشغلة للمطار), then the body's own
    // name in marks, one to three words, before a complementiser, a time word or في بيان («فرابورت» في
    // بيان): the name in marks names the body; the description is left open, so that the name is the
    // canonical one. A name with an abbreviation after it (الهيئة العامة للإحصاء «جاستات») keeps its name.
    const open = (titleWords.at(-1) ?? -2) + 1;
    const close = this.closeOf.get(open) ?? -1;
    const following = this.tokens[close + 1];
    if (
      subject.organisation &&
      name === null &&
      open === subject.last + 1 &&
      close - open >= 2 &&
      close - open <= 4 &&
      hasArticle((this.tokens[subject.first] as Token).norm) &&
      // …a participle that governs what follows it (المشغلة للمطار), not one that qualifies a field's
      // genitive (المؤسسة العامة لتحلية المياه المالحة «التحلية»: the name in marks is its short name)
      titleWords.some(
        (k, n) =>
          n > 0 &&
          isParticiple(this.tokens[k]?.norm ?? '') &&
          !isNisba(this.tokens[k]?.norm ?? '') &&
          (n === 1 || /^ل/u.test(this.tokens[titleWords[n + 1] ?? -1]?.norm ?? '')),
      ) &&
      following?.type === 'word' &&
      this.closesBodyName(close + 1) &&
      // …words of a name: no negation, particle or preposition, which a short speech has (الشركة
      // المنظمة للبطولة «لا تأجيل» في بيان, الجهة المشرفة «لن نتراجع عن القرار» أمس).
      range(open + 1, close - 1).every((k) => {
        const token = this.tokens[k];
        return token?.type === 'word' && !SPEECH_PARTICLES.has(token.norm) && !STOP_SET.has(token.norm);
      })
    ) {
      name = this.mentionOf(range(open + 1, close - 1), true, true);
      titleClosed = false;
    }
    const written = this.mentionOf(titleWords, false, titleClosed, subject.conjunction);
    // (a person's title with a possessive pronoun is learnt without it, as learnAppositions does: ويتابع
    // محاميها فلان الملف … وأكد المحامي)
    const title =
      written && subject.organisation
        ? nominative(written)
        : name && titleWords.length > 0
          ? this.withoutPossessive(written, titleWords[0] as number)
          : written;
    // المتهم الأول في قضية المخدرات: a role read as a name, with the complement after في it is given in.
    const complement =
      name && !title && !subject.organisation ? this.roleComplementAfter(subject.name.at(-1) ?? -1) : [];
    const entity = this.entities.learn(
      title,
      name && complement.length > 0 ? { ...name, complement } : name,
      subject.organisation,
      undefined,
      subject.first,
    );
    if (!entity) return null;
    // Words cut from the name or the title (an object, a describing adjective) are not the speaker's.
    const lastUsed = Math.max(titleWords.at(-1) ?? -1, subject.name.at(-1) ?? -1);
    if (lastUsed >= subject.first && lastUsed < subject.last) subject.last = lastUsed;
    const words: number[] = [];
    for (let i = subject.first; i <= subject.last; i++)
      if ((this.tokens[i] as Token).type === 'word') words.push(i);
    return { entity, mention: this.mentionOf(words, true, false, subject.conjunction)?.text ?? '' };
  }

  /**
   * An indefinite noun in the accusative, the object of a verb: with tanween written (تنبيهاً), or the
   * alif it is written on (بيانا, تنبيها) on a word of four letters or more that is no particle.
   */
  private indefiniteAccusative(token: Token): boolean {
    if (hasArticle(token.norm) || STOP_SET.has(token.norm) || PREPOSITIONS.has(token.norm)) return false;
    return hasTanween(token, this.text, true) || (token.norm.length >= 4 && token.norm.endsWith('ا'));
  }

  /**
   * True when the verb at `index` carries an object pronoun right after an indefinite document noun
   * (في بيان نشرته الشركة, a statement the company published): a relative clause describing the
   * document, not a report, so its subject is not the speaker.
   */
  private describesDocument(index: number): boolean {
    const verb = (this.tokens[index] as Token).norm;
    const document = this.tokens[index - 1];
    if (document?.type !== 'word' || hasArticle(document.norm)) return false;
    if (!DOCUMENT_SET.has(document.norm.replace(/ا$/u, ''))) return false;
    if (DELIVERING_SET.has(verb)) return true;
    // في بيان ورد لوكالة …, وردت نسخة منه: the statement came, ورد being (folded) also و + رد, and
    // replied, with whom it answered or who replied after it (ورد عليه الوزير, ورد النادي بأن)
    if (ARRIVING_VERBS.has(verb) && !this.replierAt(index + 1)) return true;
    const bare = verb.replace(OBJECT_PRONOUN_END, '');
    return bare !== verb && lookupCue(bare) !== undefined;
  }

  /**
   * True when the words at `at` read as a reply's (ورد عليه, ورد الوزير, ورد رئيس البرلمان): على or its
   * pronoun, a definite word, a title or a given name; not where or what arrived (ورد للوكالة, إلى, نسخة
   * منه, نصه, فيه).
   */
  private replierAt(at: number): boolean {
    const next = this.tokens[at];
    if (next?.type !== 'word') return false;
    const norm = next.norm;
    return (
      /^علي?(?:ه|ها|هم|هما)?$/u.test(norm) ||
      (hasArticle(norm) && !ARRIVING_PREPOSITIONS.has(norm)) ||
      TITLE_SET.has(norm) ||
      GIVEN_NAME_SET.has(norm)
    );
  }

  /**
   * True when a past cue's form with no clitic stands right after the comma that closes a name in
   * apposition, in a clause a verb already opened before that name's title (فقد جدد نائب رئيسه، فلان،
   * رفض الحزب …; وأكد المتحدث باسم الحكومة، فلان، رفض الحكومة …): the clause's verb has its subject,
   * so the form is its verbal noun, the object, and no second verb. Not after a subject that opens its
   * clause (لكن النائب …، فلان، قال: SVO), nor a participle or a present verb after the name, nor
   * after a complementiser that opens the name's own clause (وقالت مصادر إن الوزير، فلان، أبلغ: SVO).
   */
  private objectAfterApposition(index: number, match: CueMatch): boolean {
    if (match.tense !== 'past' || match.clitic !== '' || !isComma(this.tokens[index - 1])) return false;
    // The comma that opens the apposition, a name of a few words before the closing one.
    let open = -1;
    for (let k = index - 2; k >= 0 && index - k <= MAX_NAME_WORDS + 2; k--) {
      const token = this.tokens[k] as Token;
      if (isComma(token)) {
        open = k;
        break;
      }
      if (token.type !== 'word') return false;
    }
    if (open < 0 || open === index - 2) return false;
    // The clause before it, back to its start: opened by قد with its verb, or by a reporting cue.
    let start = -1;
    for (let k = open - 1; k >= 0 && open - k <= MAX_SVO_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || isComma(token) || SENTENCE_ENDS.has(token.norm)) {
        start = k + 1;
        break;
      }
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm)) return false;
      if (k === 0) start = 0;
    }
    if (start < 0 || start >= open - 1) return false;
    const first = (this.tokens[start] as Token).norm;
    if (QAD_FORMS.has(first)) return start + 1 < open - 1;
    const verb = this.verbAt(start);
    return verb !== undefined && verb.tense === 'past';
  }

  /**
   * True when the word at a cue's end `end` (the cue's words stop before it), or past a comma there, and
   * before `open`, is a cue's verbal noun, the object (objectAfterApposition).
   */
  private verbalNounObject(end: number, open: number): boolean {
    // The comma that closes the subject's apposition may be the cue's end.
    const from = isComma(this.tokens[end]) ? end + 1 : end;
    if (from >= open || this.tokens[from]?.type !== 'word') return false;
    const match = this.verbAt(from);
    return match !== undefined && this.objectAfterApposition(from, match);
  }

  /** The word at `index` is inside a source's wish not to be named, after its verb (رفضت ذكر اسمها). */
  private insideWithheldName(index: number): boolean {
    for (let k = Math.max(0, index - 2); k < index; k++)
      if (withheldNameEnd(this.tokens, k) >= index) return true;
    return false;
  }

  /**
   * After the verb at `index`: في, a document of a few words, then أن/إن or a colon (ورد في بيان الوزارة
   * أن, جاء في التقرير:): the document's words follow as a clause. Bounded: MAX_SUBJECT_SPAN tokens.
   */
  private documentThenClause(index: number): boolean {
    if (this.tokens[index + 1]?.norm !== 'في') return false;
    for (let k = index + 2; k <= index + 2 + MAX_SUBJECT_SPAN; k++) {
      const token = this.tokens[k];
      if (token === undefined) return false;
      if (token.norm === ':' || (token.type === 'word' && COMPLEMENTISER_SET.has(token.norm)))
        return k > index + 2;
      if (token.type !== 'word') return false;
    }
    return false;
  }

  /**
   * نقل in the present or as a participle with no عن of a source after it in its clause: "carries",
   * "transports" (مركبة تنقل المخالفين, حافلات تنقل العمالة, «45» ناقلا), no relay; one relays only from
   * someone (وتنقل الصحيفة عن مسؤول, ناقلا عن مصدر). The past keeps its readings (ونقلت الوكالة تصريحات …).
   */
  private carriesGoods(index: number, match: { lemma: string; tense: string }): boolean {
    if (match.lemma !== 'نقل' || match.tense === 'past') return false;
    for (let k = index + 1; k < this.tokens.length && k <= index + MAX_RELAY_REACH; k++) {
      const token = this.tokens[k] as Token;
      // (the carrier's quoted name stands between: وتنقل صحيفة «…» عن فلان)
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      if (token.type === 'word' && ABOUT_SOURCE.test(token.norm)) return false;
      // (nor words it carries: وتنقل الصحيفة تصريحات الوزير التي قال فيها, a noun of saying its object)
      if (token.type === 'word' && stripToSet(token.norm, SAYING_SET) !== undefined) return false;
    }
    return true;
  }

  /** The cue at a word, computed once: the verb, its subject, its complement. */
  private cueAt(index: number): Cue | null {
    // (an index before the text's first token or past its last, as `open - 2` of a quote opening it: none)
    if (index < 0 || index >= this.tokens.length) return null;
    const cached = this.cues[index];
    if (cached !== undefined) return cached;
    const token = this.tokens[index] as Token;
    const qad = this.tokens[index - 1]?.norm;
    let match =
      qad === 'قد' || qad === 'وقد' || qad === 'لقد' || qad === 'فقد'
        ? this.cueAfterQad(index)
        : (this.verbAt(index) ?? this.collidedVerbAt(index));
    // ما ورد في التقرير, كما ورد في بيان الوزارة أن: "what appeared", not و and رد ("and replied"): the verb
    // ورد, a cue only before في and a document (see COLLISIONS), as وورد في البيان is.
    // Only when the document's words follow after أن or a colon (كما ورد في البيان أن «…»); before the
    // quote itself ما ورد في التقرير is a subject (إن ما ورد في التقرير «غير دقيق»), no cue.
    if (match?.lemma === 'رد' && match.clitic === 'و' && qad !== undefined && WHAT_BEFORE_APPEARED.has(qad))
      match = this.documentThenClause(index) ? this.collidedVerbAt(index) : undefined;
    // After عدم a verb's form is its verbal noun: طلب عدم نشر اسمه, رفض عدم ذكر هويته.
    // بقوله تعالى, قال عز وجل: scripture quoted, not the speaker's words.
    const markAfter = this.tokens[index + 1]?.norm ?? '';
    const scripture =
      SCRIPTURE_MARKS.has(markAfter) ||
      SCRIPTURE_PAIRS.get(markAfter)?.has(this.tokens[index + 2]?.norm ?? '') === true;
    const negated =
      qad === 'عدم' ||
      qad === 'بعدم' ||
      scripture ||
      // طلب عدم الكشف عن اسمه: a source's wish not to be named, no cue; nor the verbal noun inside it
      // (رفضت ذكر اسمها, رفض الكشف عن هويته).
      withheldNameEnd(this.tokens, index) > 0 ||
      this.insideWithheldName(index) ||
      (qad !== undefined && PREPOSITIONS_BEFORE_NOUNS.has(qad)) ||
      // (and على, a verb's complement: وعلق الرئيس على نقل السفارة, the verbal noun)
      qad === 'على' ||
      // فلان، الذي لم يرد اسمه في القائمة: a negated verb in a relative clause describes its antecedent;
      // it reports nothing said.
      (qad !== undefined &&
        VERB_NEGATION_SET.has(qad) &&
        RELATIVES.has(this.tokens[index - 2]?.norm ?? '')) ||
      // إدارة الكوارث والطوارئ التركية (آفاد): a short name alone in brackets, spelt like a verb, is no cue.
      (qad === '(' && this.tokens[index + 1]?.norm === ')') ||
      (match !== undefined && this.possessedThingAfterRelative(index)) ||
      // ونقلت وكالة سبأ التي تابعت الجلسة عن فلان قوله: a relative clause describing a relay's carrier,
      // which runs on to the relay's عن and its source, reports nothing said of its own.
      (match !== undefined &&
        qad !== undefined &&
        RELATIVES.has(qad) &&
        this.relayAfterCarrier(index - 1) >= 0) ||
      (match !== undefined && this.objectAfterApposition(index, match)) ||
      (match !== undefined && this.verbalNounAfterThat(index, match)) ||
      (match !== undefined && this.verbalNounInField(index)) ||
      // عن مصدر وصفته بالمطلع «…»: وصف with its object a pronoun and its ب-complement a plain definite
      // word describes the noun before it, its words complete; a quote after it is another cue's.
      (match?.lemma === 'وصف' && isCueWithObjectPronoun(token.norm) && this.describedAsWord(index + 1)) ||
      (match !== undefined && this.carriesGoods(index, match)) ||
      // في جلسة حوارية نقلتها قناة «…»: «…»: a relay with its object pronoun right after the noun it
      // describes, a cue of saying before it in the sentence: the carrier of the occasion, not the speaker.
      ((match?.cls === 'relay' || match?.lemma === 'نشر') && this.relayDescribesNoun(index)) ||
      isNounAfterVerb(this.tokens, index);
    // After إنه/أنها the verb's subject is that pronoun, the speaker himself (قال إنه نقل مواشيه …):
    // it names no one new.
    const pronounSubject = qad !== undefined && PRONOUN_THAT.has(qad);
    if (!match || negated || this.describesDocument(index)) {
      this.cues[index] = null;
      return null;
    }
    // Time adverbs often stand between the verb and its subject: أعلن أمس وزير الخارجية …
    // وجاء في البيان: the document stands where a subject would.
    let from = IMPERSONAL_CUES.has(match.lemma) ? index + 2 : index + 1;
    // So does the hearer as a pronoun after ل: قالت لي سيدة, قال لنا المسؤول.
    while (
      this.tokens[from]?.type === 'word' &&
      TIME_SET.has((this.tokens[from] as Token).norm) &&
      !isAlan(this.tokens[from] as Token, this.text) &&
      !isWomansNameWord(this.tokens, from, '') // وقالت صباح، 44 عاما: her name, not the morning
    )
      from++;
    // …and a span of time with its qualifier (حذرت الشهر الماضي من, أكدت العام الماضي أن): when, not who.
    if (
      TIME_SET.has(this.tokens[from - 1]?.norm ?? '') &&
      TIME_QUALIFIER_SET.has(this.tokens[from]?.norm ?? '')
    )
      from++;
    else if (
      QUALIFIED_TIME_NOUN_SET.has(this.tokens[from]?.norm ?? '') &&
      TIME_QUALIFIER_SET.has(this.tokens[from + 1]?.norm ?? '')
    )
      from += 2;
    // …but not a foreign name's first syllable (وقال لي كه تشيانغ): the name is the subject.
    if (HEARER_PRONOUNS.has(this.tokens[from]?.norm ?? '') && !opensForeignNameRun(this.tokens, from)) from++;
    // …and whom a reply answers, as على with a pronoun: فرد عليه فلان, وعلق عليها الوزير.
    else if (REPLYING_CUES.has(match.lemma) && INSCRIBED_ON.has(this.tokens[from]?.norm ?? '')) from++;
    // …and what it comments on, as على and one definite word or ذلك before a title (وعلق على الحادثة
    // الداعية فلان, وعلق على ذلك المتحدث باسم …): the subject stands after it.
    else if (REPLYING_CUES.has(match.lemma) && this.commentedBeforeTitle(from)) from += 2;
    // …and whom it is about, as عن with a pronoun back to the relative's antecedent (فلان، الذي قال عنه
    // أمير المنطقة إنه «…»): the one who speaks stands after it. Not after a relay, whose عنه is the
    // source (الذي نقلت عنه الوكالة أن: the antecedent speaks).
    const about =
      match.cls !== 'relay' &&
      ABOUT_PRONOUNS.has(this.tokens[from]?.norm ?? '') &&
      RELATIVES.has(this.tokens[index - 1]?.norm ?? '');
    if (about) from++;
    // …and an outlet named alone after ل: وقال لرويترز مسؤول أمريكي.
    from += outletAfterLam(this.tokens, from);
    // …and people in construct after ل, whom it was told (وقال لأبناء القبيلة:, لأفراد الشرطة): past them
    // and their genitive.
    if (this.lamPeopleInConstruct(from)) from += 2;
    // …and one in marks or after a news head (وقال لـ"الشرق الأوسط" مصدر مطلع, لوكالة فرانس برس مسؤول),
    // after a verb whose ل is whom it told, not what it points to (أشار لـ"…").
    // …or in marks with no ل after a verb whose object is the one told (وأفاد «عكاظ» مصدر مطلع بأن).
    if (!POINTING_SET.has(match.lemma))
      from += toldOutletAfter(this.tokens, from, this.closeOf, HEARER_OBJECT_VERBS.has(match.lemma));
    // And a resumptive pronoun after ب: وفق ما صرح به قائد الشرطة.
    if (RESUMPTIVE_PRONOUNS.has(this.tokens[from]?.norm ?? '')) from++;
    // And فيه / فيها back to a time or a document: في وقت أكدت فيه بلدية الشارقة أن ….
    // …or خلاله / خلالها back to an occasion (قال خلالها رئيس الوفد, وقال خلالها إن).
    else if (IN_IT.has(this.tokens[from]?.norm ?? '') || DURING_IT.has(this.tokens[from]?.norm ?? '')) from++;
    // …and بخصوص or بشأن right after the verb, what it was about (وقال بخصوص فريقه:): no subject there.
    const aboutFirst = ABOUT_TOPIC.has(this.tokens[from]?.norm ?? '');
    // …and ذات or نفس, "the same", written before a definite noun as Maghreb desks write it (وأضاف ذات
    // المصدر, ذات البيان, نفس الوزارة): the noun is read as it is with ذاته after it.
    const sameNoun = this.tokens[from + 1];
    const sameBefore =
      SAME_BEFORE.has(this.tokens[from]?.norm ?? '') &&
      sameNoun?.type === 'word' &&
      hasArticle(sameNoun.norm) &&
      !this.quoted[from + 1];
    if (sameBefore) from++;
    // وأضاف البيان: the document's issuer speaks, named after an indefinite head (بيان الاتحاد)
    // or, for البيان alone, the speaker so far, whatever the gender of the noun.
    const head = this.tokens[from];
    const document = head?.type === 'word' ? head.norm : '';
    // وجاء في نص الحكم، حيثيات الحكم، نص الفتوى: the noun after نص is the document, definite, never
    // its issuer; the issuer is read as for the document alone (البيان).
    const textOf = TEXT_HEAD_SET.has(document) ? this.tokens[from + 1] : undefined;
    const ofDocument =
      textOf?.type === 'word' && hasArticle(textOf.norm) && TEXT_OF_DOCUMENT_SET.has(textOf.norm.slice(2))
        ? textOf.norm.slice(2)
        : '';
    // …and a ruling after جاء في (وجاء في الحكم أن): the court's words.
    // …not a woman's name that is also a document's noun (وقالت بيان، 17 عاما).
    const issued =
      (DOCUMENT_SET.has(hasArticle(document) ? document.slice(2) : document) ||
        ofDocument !== '' ||
        (IMPERSONAL_CUES.has(match.lemma) && hasArticle(document) && RULING_SET.has(document.slice(2)))) &&
      !isWomansNameWord(this.tokens, from, '');
    // لائحة جديدة …، نصت على أن, توصية تدعو الوزارة إلى: a verb right after the document it describes
    // has that document as its subject; the words are its issuer's, a noun after the verb its object.
    // Not when a person is named after the verb (أعدت اللجنة تقريرا، قال رئيسها فلان; قال عنه فلان
    // فلان): the subject; nor when the verb or a preposition after it has a pronoun back to the
    // document (انتقده خبراء, قال عنه): the document is the object.
    const after = this.tokens[index + 1];
    const own = after?.type === 'word' ? this.subjectAt(index + 1) : null;
    const backTo = after?.type === 'word' && PREPOSITIONAL_PRONOUN.test(after.norm);
    const person = own && !own.organisation && (own.title.length > 0 || own.name.length > 1);
    const described =
      match.tense !== 'participle' &&
      match.clitic === '' &&
      !backTo &&
      !person &&
      !this.carriesObjectPronoun(index)
        ? this.issuerOfDescribed(index, match.agreement)
        : null;
    // A participle (داعيا رئيس الحكومة إلى …) has no subject after it: a noun there is its object.
    let subject =
      described ??
      (match.tense === 'participle' || aboutFirst
        ? null
        : issued
          ? ofDocument
            ? (this.definiteIssuer(from + 2) ??
              this.readInNameOf(from + 2) ??
              this.issuedEarlier(index, ofDocument) ??
              this.courtNamedBefore(index, ofDocument))
            : hasArticle(document)
              ? (this.definiteIssuer(from + 1) ??
                this.readInNameOf(from + 1) ??
                this.issuedEarlier(index, document.slice(2)) ??
                this.courtNamedBefore(index, document.slice(2)))
              : this.issuerSubject(from + 1)
          : (this.subjectAt(from) ?? this.subjectAfterOccasion(from) ?? this.loneSurnameAt(from)));
    // «…»، هكذا أوضح فلان موقف الوزارة: in a frame after a quote, the verb's object follows its subject.
    if (subject && subject.first === from && this.framedVerb(index))
      subject = this.nameBeforeFrameObject(subject, lookupCue(token.norm));
    // …when what was said follows that one right away (إنه, أن, a colon, a mark); otherwise the verb only
    // talks of the antecedent (الذي تحدث عنه الوزير في كلمته، لـ«…»:) and the antecedent speaks after it.
    if (about && subject && !this.saidRightAfter(subject.last + 1)) subject = null;
    // المهرجان الذي يختتم فعاليات دورته: right after a relative, a plural in ات after a masculine verb is
    // its object (its subject would take تختتم), the relative the verb's subject.
    if (
      subject?.first === from &&
      from === index + 1 &&
      match.agreement === 'm' &&
      CARRYING_RELATIVES.has(this.tokens[index - 1]?.norm ?? '') &&
      !this.carriesObjectPronoun(index) &&
      this.thingsPluralHead(subject)
    )
      subject = null;
    // تعهد بتسليم المرحلة الأولى, وجه بتشكيل لجنة: a verbal noun behind ب right after the verb is its
    // complement, no one's name; the subject, if any, stands before the verb.
    if (subject && subject.first === from && this.verbalNounWithBa(from)) subject = null;
    // ودعا وسائل الإعلام إلى «…», وحث مصادر …: a plural of things takes a feminine verb (دعت وسائل الإعلام);
    // after a masculine one it is the verb's object, the subject dropped.
    if (
      subject?.first === from &&
      subject.organisation &&
      match.agreement === 'm' &&
      match.takesObject &&
      THINGS_PLURAL_HEADS.has((this.tokens[from] as Token).norm)
    )
      subject = null;
    // وانتقدت موقف الدكتور فلان, وثمن جهود الوزارة: a noun of stance without the article right after a verb
    // that takes an object is that object, in construct with whose stance it is; the subject was dropped.
    const stance = (this.tokens[from] as Token | undefined)?.norm ?? '';
    if (
      subject?.first === from &&
      match.takesObject &&
      STANCE_OBJECT_NOUN_SET.has(stance) &&
      !isGivenName(stance) &&
      subject.title[0] === from
    )
      subject = null;
    // وزير الصحة يطالب الحكومة بـ«…», الوزارة تدعو المواطنين إلى «…»: a bare present verb right after the
    // noun phrase that opens its sentence (a headline's, or a clause's after إن) has it for subject; the
    // noun after the verb is its object.
    if (
      subject?.first === from &&
      match.tense === 'present' &&
      match.clitic === '' &&
      match.takesObject &&
      !described &&
      this.tokens[index - 1]?.type === 'word'
    ) {
      const before = this.subjectBefore(index, '');
      const opener = before ? this.tokens[before.first - 1] : undefined;
      const opens =
        opener === undefined ||
        opener.type === 'break' ||
        SENTENCE_ENDS.has(opener.norm) ||
        (opener.type === 'word' && COMPLEMENTISER_SET.has(opener.norm));
      // (words alone: not a quoted name before the verb, «آل ثاني» يكشف, which the quote's reading takes)
      let plain = before !== null;
      for (let k = before?.first ?? 0; plain && before && k <= before.last; k++)
        plain = this.tokens[k]?.type === 'word';
      // (a title, a body, or a name opening with a given name or known to the article: not a family's name
      // alone, آل ثاني يكشف, whom the article names in full only later)
      const head = before ? (this.tokens[before.first] as Token).norm : '';
      const who =
        before !== null &&
        (before.title.length > 0 ||
          before.organisation ||
          opensGivenName(this.tokens, before.first) ||
          (before.name.length === 1 && this.entities.knowsNameWord(head)));
      if (before && plain && who && before.last === index - 1 && opens) subject = before;
    }
    // A topic after أما is the subject of its verb with ف, before anything read after the verb.
    // وكان فلان قد قال: the subject stands before قد, and a noun after the verb is its object.
    const kana = described ? null : this.subjectOfKana(index, match.clitic);
    if (described) subject = described;
    else if (kana) subject = kana;
    else if (match.clitic === 'ف') subject = this.subjectBefore(index, 'ف') ?? subject;
    // أما الاتحاد فقد اعتبر: the ف on قد, the topic before it the subject, as before a verb with ف, when
    // none stands after the verb (أما الحزب، فقد جدد نائب رئيسه، فلان، …: the deputy).
    else if (qad === 'فقد' && !subject) subject = this.subjectBefore(index - 1, 'ف');
    else if (!subject && !issued)
      subject =
        // …، مضيفة:, …، قبل أن تضيف: after a clause whose subject is a person the sentence is about.
        ((match.agreement === 'm' || match.agreement === 'f') && this.droppedInSentence(index, match)
          ? (this.topicSubject(index, match.agreement) ?? this.subjectBefore(index, match.clitic))
          : this.subjectBefore(index, match.clitic)) ??
        // …or the clause's own verb after a name and its aside, what was said right after it (فلانة، وهي
        // …، تلاحظ أن …; not فلان قال عنه كثيرون, where the name is what is spoken of).
        (match.clitic === '' &&
        match.tense !== 'participle' &&
        (match.agreement === 'm' || match.agreement === 'f') &&
        this.saidRightAfter(index + 1)
          ? this.topicSubject(index, match.agreement, true)
          : null) ??
        // …أطلقت الوزارة حملة … وصفتها بـ«…»: a verb with its object pronoun and no و, right after the
        // indefinite noun it describes, has the subject of the sentence's first verb.
        (match.clitic === '' && match.tense === 'past' && this.carriesObjectPronoun(index)
          ? this.sentenceSubjectOf(index, match.agreement)
          : null);
    // …الذي وصف المهاجم بأنه: after a relative the subject is its antecedent, a noun after the verb
    // its object.
    // Not when the verb carries the relative's pronoun (الذي وصفه الرئيس): the noun after it is the
    // subject.
    // So for a verb of relaying, which without عن carries things, not words (الذي ينقل الركاب بين …).
    // When no name stands before the relative's comma, the noun after the verb is still its object, not
    // its subject, if the verb agrees with the relative and no pronoun after the noun points back to
    // the antecedent (الذي دعا الوزير فيه): the antecedent speaks, as the sentence's subject.
    else if (
      subject &&
      (match.takesObject || match.cls === 'relay') &&
      !backTo &&
      RELATIVES.has(this.tokens[index - 1]?.norm ?? '') &&
      !OBJECT_PRONOUN_END.test(token.norm)
    )
      subject =
        this.relativeAfterApposition(index) ??
        (this.objectInRelative(index, match, subject) ? null : subject);
    // …unless a speaker stands after the verb (أنه قال القاضي في الجلسة «…»).
    const speakerAfter =
      subject !== null &&
      (subject.title.length > 0 ||
        subject.organisation ||
        this.entities.knowsNameWord((this.tokens[subject.first] as Token).norm));
    // A verb that takes an object has it there (إنه أبلغ نظيره …): the pronoun stays the subject.
    if (pronounSubject && (!speakerAfter || match.takesObject)) subject = null;
    if (qad !== undefined && CONTRAST_WITH_PRONOUN.has(qad)) subject = null;
    const firstWord = subject ? (this.tokens[subject.first] as Token).norm : '';
    if (subject && TURN_SET.has(firstWord)) subject = null;
    // وقال سموه, وأشاد معاليه: the honorific with a pronoun refers back, like a dropped subject.
    let honorific: string | null = null;
    if (subject && subject.first === from && HONORIFIC_PRONOUNS.has(firstWord)) {
      subject = null;
      honorific = firstWord;
    }
    // وأضاف المتحدث ذاته, وأوضح المصدر نفسه: the one who just spoke, like a dropped subject.
    let same: string | null = null;
    if (
      subject &&
      ((subject.first === from &&
        (sameBefore || SAME_WORDS.has(this.tokens[from + 1]?.norm ?? '')) &&
        SAME_SPEAKER_NOUNS.has(firstWord)) ||
        // …and المتحدث alone after a verb of going on (وأضاف المتحدث أمام النواب, وتابع المتحدث), before or
        // after it, while one person of the verb's gender has the floor: "the one speaking" is that speaker.
        // Not when the article has a spokesman by his post (الناطق باسم الحكومة فلان, المتحدث الرسمي): he
        // is the one; nor after وقال, which brings the spokesman in (من جهته، قال المتحدث).
        (SPEAKING_NOUNS.has(firstWord) &&
          match.goesOn &&
          subject.last === subject.first &&
          subject.name.length === 0 &&
          this.speakerGoesOn(match.agreement)))
    ) {
      subject = null;
      same = firstWord;
    }
    // ودعت الأمم المتحدة الأطراف المتحاربة إلى, وحذرت الإدارة العامة للمرور السائقين من: a verb of calling
    // with its subject, then the people or body it addresses; the subject ends before them.
    const addressed = subject && subject.first === from ? this.addressedInSubject(subject, match.lemma) : -1;
    if (subject && addressed > subject.first) subject = this.endBefore(subject, addressed);
    // وختم حديثه بالقول, واختتم الوزير كلمته قائلا: a noun of one's own speech with a pronoun back to
    // the speaker is the verb's object; the subject ends before it, or was dropped when it stands first.
    const ownSpeech = subject && subject.first === from ? this.ownSpeechIn(subject) : -1;
    if (subject && ownSpeech >= 0)
      subject = ownSpeech === subject.first ? null : this.endBefore(subject, ownSpeech);
    // وكتب مغرد يحمل اسم «…»: a description, then the name it goes by in marks, a mention: who tells is
    // the description; the handle is no word of a name read on from it.
    const handle = subject ? this.handleIn(subject) : -1;
    if (subject && handle > subject.first) subject = this.endBefore(subject, handle);
    // وأصدرت الحركة بيانا طالبت فيه الحكومة بـ«…»: a verb of calling in a clause on a document (فيه back
    // to بيانا) has the document's issuer as its subject; the noun after فيه is whom it addresses.
    const documentIssuer =
      ADDRESSING_SET.has(match.lemma) && IN_IT.has(this.tokens[index + 1]?.norm ?? '')
        ? this.issuerOfDocument(index)
        : null;
    if (documentIssuer) subject = documentIssuer;
    // وقالت النيابة العامة في باريس في بيان إن: a body and its seat (في and a place) before what it said.
    const seat = subject ? this.seatAfterBody(subject) : -1;
    // وقالت الرابطة التونسية للدفاع عن حقوق الإنسان إن: the field's عن and its genitive are the name's.
    const field = subject ? this.fieldWithAn(subject) : -1;
    if (subject && field > subject.last) subject = this.runTo(subject, field);
    if (subject && seat > subject.last) subject = this.runTo(subject, seat);
    if (
      subject &&
      addressed < 0 &&
      subject.last > index &&
      match.takesObject &&
      subject.title.length === 0 &&
      !this.entities.knowsNameWord(firstWord) &&
      // A place's name is feminine: وانتقد فرنسا التي … has it as the object.
      !(match.agreement === 'f' && this.properNounBeforeRelative(subject)) &&
      // The article's first sentence has no one before it for a dropped subject to be: ودعت الأمم
      // المتحدة إلى …, ووصف المعارض فلان الانتخابات بـ«…» name the subject after the verb.
      // Not a verb coordinated after a comma (انتقد الاتحاد القرار، ووصف القانون بأنه …): it goes on with
      // its clause's subject, and a definite noun after it is its object, unless a given name opens it.
      !(
        this.entities.floor === null &&
        this.opensText(index) &&
        this.endsBeforeComplement(subject) &&
        !(isComma(this.tokens[index - 1]) && match.clitic === 'و' && !isGivenName(firstWord))
      ) &&
      // وعزت سارة فلان ذلك إلى …, ووصف محمد فلان القرار بأنه …: a verb whose object stands before its
      // complement, a name that opens with a given name, then that object and the complement: who says.
      !this.objectThenComplement(index, subject) &&
      // من جانبه، دعا الأزهر الشريف في بيان إلى …: a turn marker right before the verb announces who
      // takes the floor, named after the verb, when the phrase ends before the complement or a document.
      !(
        this.turnBeforeVerb(index, subject, match.agreement) && this.endsBeforeComplementOrDocument(subject)
      ) &&
      // وروى أحمد، وهو صاحب متجر، …: a name a clause then says who he is, not an object.
      !this.introducedAsPerson(subject, match.agreement) &&
      // نفت الكويت، الأحد، …, أعلنت مصر أمس …: a state or a capital named alone right after the verb, then an
      // aside of time: who speaks; an object runs on to the verb's complement or a relative clause.
      !this.placeBeforeAside(subject) &&
      // يروي فلان (52 عاما) أن …, وتتساءل فلانة، 35 عاما،: «…»: a name, the age of who tells, then what
      // is told: an object has no age.
      !this.agedBeforeTold(subject) &&
      // ويردد فلان دائما: «…», يروي العم فلان: «…»: a person's name, then the colon of what he says.
      !this.nameBeforeColon(subject) &&
      // وتابع العتيبي: «…», وتابع المكي «…»: a past verb that goes on (تابع, also "followed") opening its
      // clause with و, and one family name with the article right before the colon or a quote of a
      // sentence (three words or more, the sentence ending with it): who goes on, no object before his
      // words (not وهي تتابع الإطلاق: «…», nor وتابع الجمهور «المباراة» باهتمام).
      !(
        match.goesOn &&
        match.tense === 'past' &&
        match.clitic === 'و' &&
        subject.title.length === 0 &&
        subject.name.length === 1 &&
        hasArticle(firstWord) &&
        // (a family's nisba or a name the article knows, not a crowd: وتابع الجمهور «…»)
        (isNisba(firstWord) || this.entities.knowsNameWord(firstWord)) &&
        (this.tokens[subject.last + 1]?.norm === ':' || this.sentenceQuoteAt(subject.last + 1))
      ) &&
      // وكتب أحد المغردين, وروت سيدة خمسينية, وذكر مغرد سعودي: someone described, not named, right after
      // the verb is who tells; an object would be the thing told.
      !(subject.first === from && this.describedPerson(subject)) &&
      // تحذر فلانة من أن …, حذر فلان من «…»: a name right before what is warned of is who warns.
      !this.endsBeforeWarned(subject) &&
      // وذكر فلان لـ«عكاظ» أن …: a verb that tells, a name, then the outlet told and أنّ: who tells; so
      // too an outlet named without marks (وتروي فلانة للجزيرة نت أن, ويحكي فلان لبي بي سي أن), or
      // nothing before أنّ (ويروي فلان أن …): what such a verb tells is the clause after أنّ, so the name
      // before it is no object.
      !(
        TELLING_VERB_SET.has(fold(match.lemma)) &&
        (this.toldBeforeThat(subject.last + 1) ||
          this.unmarkedOutletBeforeThat(subject) ||
          (COMPLEMENTISER_SET.has(this.tokens[this.pastManner(subject.last + 1)]?.norm ?? '') &&
            this.nameBeforeThat(subject)))
      ) &&
      // وذكر فلان، في تغريدة على «…»، أن …, وبين فلان في تصريح لـ«…» أن: a name, then an aside of where
      // the words were given, then what is told: who tells.
      !(
        TELLING_VERB_SET.has(fold(match.lemma)) && this.asideBeforeThat((subject.name.at(-1) as number) + 1)
      ) &&
      // وروى حسين بن علي آل سالم لحظات الانفجار: a given name and بن open a person's name, never an object.
      !(
        subject.name[0] === subject.first &&
        PATRONYM_SET.has(this.tokens[subject.first + 1]?.norm ?? '') &&
        opensGivenName(this.tokens, subject.first)
      ) &&
      // وأعلن فلان فلاني تشديد الإجراءات: a given name and a second word, then a verbal noun the verb took:
      // a whole name before its object, the subject.
      !(
        subject.name[0] === subject.first &&
        subject.name.length >= 2 &&
        opensGivenName(this.tokens, subject.first) &&
        opensVerbalNounObject(this.tokens, (subject.name.at(-1) as number) + 1)
      ) &&
      // ناشد الدفاع المدني المواطنين «…»: a definite noun and its adjective, then the object.
      !this.definiteBeforeObject(subject) &&
      // وأعلنت «إيرباص» في بيان أن …: a short quoted name right after the verb, then (after where it was
      // said) the complement that is the verb's one object: the name is who announces.
      !this.quotedNameBeforeThat(index, subject) &&
      // وأعلنت ناسا اكتشاف كوكب …: one word that is no given name, closed by the derived verbal noun the
      // verb took (readSubject): who announces, as a dropped subject leaves the object first.
      !(
        subject.name.length === 1 &&
        subject.title.length === 0 &&
        subject.closed &&
        !isGivenName(firstWord) &&
        opensDerivedObject(this.tokens, subject.last + 1)
      )
    ) {
      subject = null; // ووصف تصرفات أخيه: an object, the subject was dropped
    } else if (
      subject &&
      subject.last > index &&
      match.takesObject &&
      // no title, or only an honorific (ودعا السيد حمادي الفلاحين)
      subject.title.every((k) => HONORIFIC_SET.has((this.tokens[k] as Token).norm)) &&
      subject.name.length > 1
    ) {
      // ودعا منصور السكان: the known name, then its object.
      let known = 0;
      while (
        known < subject.name.length &&
        this.entities.knowsNameWord((this.tokens[subject.name[known] as number] as Token).norm)
      )
        known++;
      // …an object noun: with the article or a possessive (السكان, جهوده), not another plain word of a
      // new name (السيد فلان علان), which would make one person of many.
      const next = known < subject.name.length ? (this.tokens[subject.name[known] as number] as Token) : null;
      const objectNext = next !== null && (hasArticle(next.norm) || POSSESSIVE_END.test(next.norm));
      if (known > 0 && known < subject.name.length && objectNext) {
        subject.name = subject.name.slice(0, known);
        subject.last = subject.name[known - 1] as number;
        subject.closed = true;
      }
    }
    // واتهم البعثة الأممية بـ«…»: a verb of accusing has the accused right after it and what he is accused
    // of after ب; one body there, a head and its adjectives of origin, is the object, and the subject
    // was dropped (two bodies, واتهمت الوزارة الحكومة الإسرائيلية بـ, name the accuser first).
    if (subject && subject.first === from && this.accusedBeforeBa(token.norm, match.agreement, subject))
      subject = null;
    // وسأل سيدة مسنة عن حالها, وهنأ إحدى الفائزات: a described woman right after a masculine verb (or أحد
    // after a feminine one) cannot be its subject; she is its object, and the subject was dropped.
    if (
      subject &&
      subject.first === from &&
      match.takesObject &&
      this.describedPerson(subject) &&
      !describedAgrees(this.tokens[from] as Token, match.agreement)
    )
      subject = null;
    // وحذر المواطنين من أن, ودعت المستثمرين إلى: a definite sound plural in ين right after the verb is in
    // the accusative, the people the verb addresses, and the subject was dropped.
    if (subject && subject.first === from && this.addresseesAfterVerb(subject)) subject = null;
    // وقالت الشرطة إن …، وحذر السكان من «…»: people in a broken plural right after a verb of calling, while
    // someone holds the floor, are those it addresses; the subject was dropped.
    if (subject && subject.first === from && this.peopleAddressed(subject, match.lemma)) subject = null;
    // ودعت رعاياها إلى, وحثت مواطنيها على: the people of the one who speaks, by a pronoun back to it, right
    // after a verb of calling: those it addresses; the subject was dropped.
    if (subject && subject.first === from && this.ownPeopleAddressed(subject, match.lemma)) subject = null;
    // A quoted name in the subject (يقول الكاتب «فلان» …); after a verb that takes an object only
    // before a colon, as the quote is the object before a complementiser (ووصف الوزير «الاتفاق» بأنه …).
    if (subject && subject.last > index) this.readQuotedName(subject, match.takesObject);
    // ونددت المنظمة الحقوقية بقطر, ورحبت الجامعة العربية بتونس: after a verb that governs ب, a body's
    // ب word is the verb's complement, not the town it sits in.
    if (
      subject?.organisation &&
      subject.last > index &&
      subject.name.length === 0 &&
      BA_GOVERNING_VERB_SET.has(token.norm.replace(/^[وف]/u, ''))
    ) {
      const complement = subject.title.findIndex(
        (k, n) =>
          n > 0 && /^ب/u.test((this.tokens[k] as Token).norm) && (this.tokens[k] as Token).norm !== 'باسم',
      );
      if (complement > 0 && !this.baComplementAfter((subject.title[complement] as number) + 1)) {
        const title = subject.title.slice(0, complement);
        subject = { ...subject, title, last: title.at(-1) as number, closed: true };
      }
    }
    // The cue phrase ends after a subject that follows the verb, or after the verb itself when its
    // subject stood before it (SVO, أما, كان … قد).
    let end =
      subject && subject.last > index ? subject.last + 1 : same ? from + 2 : honorific ? from + 1 : index + 1;
    // نقلت وكالة X عن Y: the words are Y's.
    // نقلته الصحيفة، عن مسؤول …: a comma may stand before the source.
    const told = subject;
    const comma = isComma(this.tokens[end]);
    if (comma && this.tokens[end + 1]?.norm === 'عن') end++;
    // ونقلت قناة «العربية» عن مسؤول: the closing mark of the carrier's quoted name comes first.
    if (this.tokens[end]?.type === 'mark' && this.tokens[end + 1]?.norm === 'عن') end++;
    // … or the whole quoted short name after the carrier's own (وكالة الأنباء الإماراتية «وام» عن …).
    const named = this.closeOf.get(end);
    if (named !== undefined && named - end <= 5 && this.tokens[named + 1]?.norm === 'عن') end = named + 1;
    // … or its short name in brackets (ونقلت وكالة الأنباء الإيرانية (إرنا) عن …), its letters
    // perhaps parted by full stops (أ.ف.ب, د.ب.أ).
    if (this.tokens[end]?.norm === '(') {
      let close = end + 1;
      while (
        close <= end + 6 &&
        (this.tokens[close]?.type === 'word' ||
          (this.tokens[close]?.norm === '.' && this.tokens[close - 1]?.type === 'word'))
      )
        close++;
      const after = this.tokens[close + 1]?.norm ?? '';
      if (this.tokens[close]?.norm === ')' && (after === 'عن' || ABOUT_PRONOUNS.has(after))) end = close + 1;
    }
    // ونقلت وكالة «سبأ» التي يسيطر عليها الحوثيون عن فلان قوله, ونقلت الوكالة، في تقرير من الموقع، عن
    // فلان: a relative clause or an aside after the carrier does not end the relay; its عن still names
    // the source.
    if (subject && subject.last > index) {
      const an = this.relayAfterCarrier(end);
      if (an >= 0) end = an;
    }
    // أفادت الصحيفة، اليوم الأربعاء، نقلا عن مصادر دبلوماسية أنّ …: the words are the sources'. A verb
    // that takes an object (ذكرت قناة «العربية» نقلا عن مصادر) has none in نقلا, an adverb of its own.
    if (subject) {
      let j = end;
      while (j < end + 6) {
        const token = this.tokens[j];
        // The closing mark of a quoted name ends the subject: أفادت صحيفة «الأيام»، نقلا عن …; or the
        // whole quoted short name after the carrier's own: وأفادت وكالة الأنباء السعودية «واس» نقلا عن …
        const named = j === end ? this.closeOf.get(j) : undefined;
        if (named !== undefined && named - j <= 5) j = named + 1;
        else if (token?.type === 'mark' && j === end) j++;
        else if (
          token?.norm === '،' ||
          token?.norm === ',' ||
          (token?.type === 'word' && TIME_SET.has(token.norm))
        )
          j++;
        else break;
      }
      if (this.tokens[j]?.norm === 'نقلا' && this.tokens[j + 1]?.norm === 'عن') {
        const source = this.subjectAt(j + 2);
        if (source) {
          subject = source;
          end = source.last + 1;
        }
      }
    }
    // ونقلت الصحيفة أيضاً عن مسؤولين: an adverb, or the closing mark of a quoted name (نقلت شبكة
    // «أن بي سي» عن …), may stand before عن.
    const beforeAn = this.tokens[end];
    if (
      subject &&
      (beforeAn?.type === 'mark' || (beforeAn?.type === 'word' && TIME_SET.has(beforeAn.norm))) &&
      this.tokens[end + 1]?.norm === 'عن'
    )
      end++;
    // نقلت الجريدة نفي زهير عطوف: a relay of what someone said, named by a verbal noun of saying.
    if (match.cls === 'relay' && subject && SAYING_SET.has(this.tokens[end]?.norm ?? '')) {
      const source = this.subjectAt(end + 1);
      if (source) {
        subject = source;
        end = source.last + 1;
      }
    }
    if (this.tokens[end]?.norm === 'عن') {
      // وذكرت الوكالة عن البرهان قوله: any cue relays when the words are called the source's.
      // نقلت الوكالة عن بيان لوزارة الخارجية: a relayed document is its issuer's words.
      const document = this.tokens[end + 1];
      const relayedDocument =
        match.cls === 'relay' &&
        document?.type === 'word' &&
        !hasArticle(document.norm) &&
        DOCUMENT_SET.has(document.norm);
      const source = relayedDocument ? this.issuerSubject(end + 2) : this.subjectAt(end + 1);
      const after = source ? this.tokens[source.last + 1] : undefined;
      const attributed = after?.type === 'word' && SAYING_NOUN_SET.has(after.norm);
      // وأوردت الصحيفة عن الحادث أن …: one definite word that names an event or a matter (TOPIC_NOUN_SET) is
      // what the words are about, not whom they came from (unless called the source's: عن فلان قوله).
      const only = source?.name.length === 1 ? (this.tokens[source.name[0] as number] as Token).norm : '';
      const topic =
        source !== null &&
        !attributed &&
        source.title.length === 0 &&
        !source.organisation &&
        hasArticle(only) &&
        TOPIC_NOUN_SET.has(only.slice(2));
      if (source && !topic && (match.cls === 'relay' || attributed)) {
        subject = source;
        end = source.last + 1;
      }
    }
    // A subject read before its verb (SVO, كان … قد) is closed by the verb: no object of it ran into the
    // subject, which is read as a subject that takes none (منظمة الأغذية والزراعة … حذرت من).
    let resolved = subject ? this.resolveSubject(subject, match.takesObject && subject.last > index) : null;
    // دعا وزير الخارجية فلان ورئيس الوزراء فلان …: two speakers named together speak as one.
    if (resolved && subject && subject === told && subject.last > index && subject.name.length > 0) {
      const together = this.coordinated(subject.last + 1, resolved.entity);
      if (together) {
        resolved = together.resolved;
        subject.last = together.last;
        end = together.last + 1;
      }
    }
    // ونقلت وكالة الأنباء (بترا) عنه القول إن …: a relay's source as a pronoun after the carrier is the
    // one who spoke last of the pronoun's gender; the words are his, the carrier tells them.
    const relayedTo =
      match.cls === 'relay' && resolved && subject && subject === told && subject.last > index
        ? this.pronounSource(end, resolved.entity)
        : null;
    if (relayedTo) end++;
    const tellerResolved =
      told && (told !== subject || relayedTo)
        ? relayedTo
          ? resolved
          : this.resolveSubject(told, false)
        : null;
    const teller = told && tellerResolved ? { ...tellerResolved, subject: told } : null;
    if (relayedTo) resolved = { entity: relayedTo, mention: this.entities.canonical(relayedTo) };
    if (subject && subject.last > index) end = subject.last + 1; // resolving may give words back to the object or a description
    // ويقول الرجل الستيني after a sentence that brought a man in by his name (يقف فلان أمام …): a definite
    // description of a person, with no name, is the one the narration just named; it becomes his alias.
    if (resolved && subject && !teller && this.describesOnly(subject)) {
      const bare = { index, match, subject: null, end, entity: null, mention: '' } as const;
      const person = this.broughtInBefore(
        { ...bare, complement: 'none', issued: false, honorific: null, sameAs: null, teller: null },
        match.agreement,
      );
      if (person && person !== resolved.entity && !person.organisation) {
        for (const form of resolved.entity.forms) this.entities.addFullerName(person, { ...form });
        resolved = { entity: person, mention: resolved.mention };
      }
    }
    const cue: Cue = {
      index,
      match,
      subject,
      end,
      entity: resolved?.entity ?? null,
      mention: resolved?.mention ?? '',
      complement: this.complementAfter(end),
      issued,
      ...((ofDocument || (hasArticle(document) ? document.slice(2) : '')) === 'حكم'
        ? { ruling: true as const }
        : {}),
      honorific,
      sameAs: same,
      teller,
    };
    this.cues[index] = cue;
    return cue;
  }

  /**
   * After a verb of calling, urging, warning, demanding or accusing (دعا, حث, ناشد, حذر, طالب, اتهم), the
   * subject read on into those it addresses (وحذرت الإدارة العامة للمرور السائقين من «…», ودعت الأمم
   * المتحدة الأطراف المتحاربة إلى, وطالبت منظمة هيومن رايتس ووتش الحكومة بـ«…»): a word of the addressed
   * (ADDRESSED_SET, or a definite sound plural in ين not agreeing with a plural before it), the last one
   * after a word that governs no genitive (one with the article, a field after لل, a plain foreign word),
   * at most two definite adjectives, then what they are called to, warned of or accused of (إلى, على, من, ب, a
   * quote). Returns where those addressed start, or -1.
   */
  private addressedInSubject(subject: Subject, lemma: string): number {
    if (!ADDRESSING_SET.has(lemma)) return -1;
    const words = [...subject.title, ...subject.name];
    const norm = (at: number) => (this.tokens[at] as Token).norm;
    const after = this.tokens[subject.last + 1];
    const complement =
      after?.type === 'mark' ||
      (after?.type === 'word' &&
        (ADDRESSEE_COMPLEMENT_SET.has(after.norm) ||
          (after.norm === 'ب' && this.tokens[subject.last + 2]?.type === 'mark') ||
          /^ب[^ب]{3,}/u.test(after.norm)));
    // A title after the subject's own definite title is the addressee's post (وحث الوزير والي العاصمة
    // والولاة على …): the one called on, another person.
    const other = words.findIndex((k, n) => {
      if (n === 0) return false;
      const prev = norm(words[n - 1] as number);
      // (والي is a governor, no و and article: the bare word is the title)
      return (
        !norm(k).startsWith('ال') &&
        (!hasArticle(norm(k)) || TITLE_SET.has(norm(k))) &&
        // …in construct with its definite genitive (والي العاصمة; not المقدم طيار فلان, a rank's field),
        // and others joined to it by و (والولاة …): those called on, not one person's two posts (اللواء
        // قائد القوات البحرية, المستشار رئيس المحكمة فلان)
        words[n + 1] !== undefined &&
        hasArticle(norm(words[n + 1] as number)) &&
        words.slice(n + 2).some((j) => norm(j).startsWith('وال')) &&
        isTitleHead(norm(k)) &&
        stripToSet(norm(k), ORGANISATION_SET) === undefined &&
        hasArticle(prev) &&
        isTitleHead(prev)
      );
    });
    if (other > 0) return words[other] as number;
    if (!complement) return -1;
    // The last such word: a body's name may hold a plural of people (حركة الشباب المجاهدين السكان).
    for (let n = words.length - 1; n >= Math.max(1, words.length - 3); n--) {
      const k = words[n] as number;
      const word = norm(k);
      const prev = norm(words[n - 1] as number);
      const plural = /^ال.{3,}ين$/u.test(word) && !PLACE_IN_YN_SET.has(word) && !isNisba(word);
      if (!ADDRESSED_SET.has(word) && !plural) continue;
      // …not an adjective of origin with a second one joined to it by و (وزارة الشؤون البلدية والقروية
      // بـ«…»): two coordinated adjectives go on the name's noun before them, they address no one.
      const joined = words[n + 1] === undefined ? '' : norm(words[n + 1] as number);
      if (isNisba(word) && joined.startsWith('وال') && isNisba(joined.slice(1))) continue;
      // …not an adjective agreeing with a plural before it (المواطنين المقيمين).
      if (word.endsWith('ين') && prev.endsWith('ين')) continue;
      // …after a word that governs no genitive (a construct head would make it one: نقابة المعلمين,
      // هيئة علماء المسلمين); a plain foreign word before a group or a body (هيومن رايتس ووتش الحكومة).
      const closedBefore =
        hasArticle(prev) ||
        prev.startsWith('لل') ||
        (!plural &&
          !/^[بل]/u.test(prev) &&
          !prev.endsWith('ه') &&
          !ORGANISATION_SET.has(prev) &&
          // …nor a naming noun, which heads its name in construct (منتدى الشباب العربي).
          !NAMING_SET.has(prev) &&
          // …nor a preposition, whose genitive it is (مسؤولون في الوزارة).
          !PREPOSITIONS.has(prev) &&
          // …nor a participle's sound plural in construct, its ن dropped (ممثلو الدول, مسؤولو الحكومة).
          !/^م.{3,}و$/u.test(prev) &&
          // …nor an indefinite plural in ات, a head in construct (منظمات المجتمع, حكومات الدول).
          !/.{3,}ات$/u.test(prev) &&
          stripToSet(prev, TITLE_SET) === undefined);
      // …and its adjectives only, each with the article, up to the complement.
      const adjectives = words.slice(n + 1).every((j) => hasArticle(norm(j)));
      if (closedBefore && adjectives) return k;
    }
    return -1;
  }

  /**
   * A body of two words or more whose head names it with its seat (SEATED_BODY_SET: بعثة, مكتب, النيابة,
   * اللجنة), not with its own adjective of origin after it, then في and
   * a place of the gazetteer (النيابة العامة في باريس, بعثة الاتحاد الأفريقي في الصومال) or ب and a
   * place's head with its name (هيئة الهلال الأحمر بمنطقة القصيم), and then the end of the phrase (a
   * mark, punctuation, a complementiser, في and a document, whom it told after ل): the seat is part of
   * the name. Returns the place's last token, or -1.
   */
  private seatAfterBody(subject: Subject): number {
    if (subject.closed && this.tokens[subject.last + 1]?.type !== 'word') return -1;
    const head = (this.tokens[subject.first] as Token).norm.replace(/^[وف]/u, '');
    if (!SEATED_BODY_SET.has(head) || stripToSet(head, TITLE_SET) !== undefined) return -1;
    // A head alone (وأعلنت الهيئة في جدة) or with its own adjective of origin (السفارة البريطانية في
    // عمان): the place is where it spoke, as the name says where the body is from.
    if (subject.last === subject.first) return -1;
    if (hasArticle(head) && ORIGIN_NISBA_SET.has((this.tokens[subject.first + 1] as Token).norm)) return -1;
    if (subject.name.length > 0 && !subject.name.every((k) => hasArticle((this.tokens[k] as Token).norm)))
      return -1;
    const at = subject.last + 1;
    const word = this.tokens[at];
    if (word?.type !== 'word') return -1;
    const ends = (k: number) => {
      const next = this.tokens[k];
      return (
        next?.type !== 'word' ||
        COMPLEMENTISER_SET.has(next.norm) ||
        isInDocument(this.tokens, k) ||
        (next.norm === 'ل' && this.tokens[k + 1]?.type === 'mark') ||
        outletAfterLam(this.tokens, k) > 0
      );
    };
    if (word.norm === 'في') {
      for (let n = MAX_PLACE_WORDS; n >= 1; n--) {
        const words = this.tokens.slice(at + 1, at + 1 + n);
        if (words.length < n || words.some((t) => t.type !== 'word')) continue;
        if (PLACE_SET.has(words.map((t) => t.norm).join(' ')) && ends(at + 1 + n)) return at + n;
      }
      return -1;
    }
    if (!isPlaceHeadAfterBa(word.norm)) return -1;
    for (let n = 1; n <= 2; n++) {
      const place = this.tokens[at + n];
      if (place?.type !== 'word' || COMPLEMENTISER_SET.has(place.norm)) return -1;
      if (ends(at + n + 1)) return at + n;
    }
    return -1;
  }

  /**
   * A body's name that ends on its field after لل, a verbal noun that governs عن (للدفاع, للبحث,
   * للكشف), then عن and one to three words of its genitive (حقوق الإنسان, المعتقلين, الحقوق والحريات)
   * before the end of the phrase (a mark, punctuation, a complementiser, في and a document, بـ and a
   * mark, a preposition before a mark or أن, ب on a definite noun): عن and its genitive are the field's. Returns the genitive's last token, or -1.
   */
  private fieldWithAn(subject: Subject): number {
    const last = (this.tokens[subject.last] as Token).norm;
    if (!isFieldWithAn(last)) return -1;
    if (this.tokens[subject.last + 1]?.norm !== 'عن') return -1;
    for (let k = subject.last + 2; k <= subject.last + 4; k++) {
      const word = this.tokens[k];
      if (word?.type !== 'word' || COMPLEMENTISER_SET.has(word.norm) || PREPOSITIONS.has(word.norm))
        return -1;
      const next = this.tokens[k + 1];
      if (
        next?.type !== 'word' ||
        COMPLEMENTISER_SET.has(next.norm) ||
        isInDocument(this.tokens, k + 1) ||
        (next.norm === 'ب' && this.tokens[k + 2]?.type === 'mark') ||
        // …or the verb's complement: a preposition before a quote mark or أن (إلى «…»), ب on a definite
        // noun (نددت … بالاحتفالات).
        this.endsSeat(k + 1) ||
        (/^بال/u.test(next.norm) && !this.quoted[k + 1])
      )
        return k;
    }
    return -1;
  }

  /**
   * The word `words[n]` is عن after a field that governs it (للدفاع عن), or the first or second word of
   * عن's genitive (حقوق الإنسان): part of the body's field.
   */
  private inFieldWithAn(words: readonly number[], n: number): boolean {
    const norm = (m: number) => (m < 0 ? '' : (this.tokens[words[m] as number] as Token).norm);
    const field = (m: number) => isFieldWithAn(norm(m));
    if (norm(n) === 'عن') return field(n - 1);
    if (norm(n - 1) === 'عن') return field(n - 2);
    return norm(n - 2) === 'عن' && field(n - 3) && !hasArticle(norm(n - 1)) && hasArticle(norm(n));
  }

  /** The subject run on to the token at `last` (its place after it), closed. */
  private runTo(subject: Subject, last: number): Subject {
    const added = range(subject.last + 1, last);
    return subject.name.length > 0
      ? { ...subject, name: [...subject.name, ...added], last, closed: true }
      : { ...subject, title: [...subject.title, ...added], last, closed: true };
  }

  /**
   * The subject after the occasion of the words, between the verb and it (وقال في تصريح صحفي أمس وزير
   * الصحة إن, وقال خلال المؤتمر الصحفي رئيس اللجنة الأولمبية إن, وقال في بيان أصدره أمس مكتب …: إن):
   * في or خلال and an occasion noun (OCCASION_SET) not possessed (في كلمته: the speaker is named before),
   * then its adjectives, a time or a verb with a pronoun back to it (صحفي, أمس, أصدره), up to
   * MAX_OCCASION_WORDS words, then a title, a body or an unnamed source whose reading ends right before
   * إنّ/أنّ or a colon. Any preposition, ل/ب or a relative before it (مع نظيره, أمام مجلس, للوزارة,
   * الذي عقده), or the title right after an indefinite occasion (في تصريح وزير الصحة), makes the noun a
   * genitive or another clause's, and the subject dropped: null.
   */
  private subjectAfterOccasion(from: number): Subject | null {
    const opener = this.tokens[from]?.norm ?? '';
    const noun = this.tokens[from + 1];
    if ((opener !== 'في' && opener !== 'خلال') || noun?.type !== 'word') return null;
    if (!OCCASION_SET.has(hasArticle(noun.norm) ? noun.norm.slice(2) : noun.norm)) return null;
    const definite = hasArticle(noun.norm);
    let adjectives = true;
    for (let k = from + 2; k <= from + 1 + MAX_OCCASION_WORDS; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word') return null;
      const norm = token.norm;
      if (
        COMPLEMENTISER_SET.has(norm) ||
        PREPOSITIONS.has(norm) ||
        RELATIVES.has(norm) ||
        /^[لب]/u.test(norm)
      )
        return null;
      // A verb of hosting or publishing with a pronoun back to the occasion (مقابلة أجرتها معه صحيفة,
      // ندوة نظمها مركز): the noun after it is the host, not the speaker.
      if (OCCASION_HOST_SET.has(norm.replace(/(?:ها|ه)$/u, ''))) return null;
      // The occasion's adjectives of relation right after it, of its definiteness (تصريح صحفي, المؤتمر
      // الصحفي): never the subject, though صحفي is also a title.
      adjectives = adjectives && hasArticle(norm) === definite && /(?:ي|يه)$/u.test(norm);
      if (adjectives) continue;
      const head =
        isTitleHead(norm) || stripToSet(norm, ORGANISATION_SET) !== undefined || UNNAMED_SOURCE_SET.has(norm);
      if (!head) continue;
      // Right after an indefinite occasion, the title is its genitive (في تصريح وزير الصحة): no subject.
      if (k === from + 2 && !definite) return null;
      const subject = this.subjectAt(k);
      const after = this.tokens[(subject?.last ?? k) + 1];
      const ends = after?.norm === ':' || (after?.type === 'word' && COMPLEMENTISER_SET.has(after.norm));
      return subject && subject.first === k && ends ? subject : null;
    }
    return null;
  }

  /**
   * A verb of naming (NAMING_VERB_SET, its object pronoun and و/ف aside) among the few words before the
   * quote opening at `open`, in its clause (وسماها المحللون «…», وأطلق عليها الإعلام «…»): the quote is
   * the name given. Bounded: MAX_NAMING_LOOKBACK words back, stopping at any mark or punctuation.
   */
  private namedBy(open: number): boolean {
    for (let k = open - 1; k >= 0 && open - k <= MAX_NAMING_LOOKBACK; k--) {
      const token = this.tokens[k];
      if (token?.type !== 'word') return false;
      const bare = token.norm.replace(/^[وف]/u, '');
      for (const word of [token.norm, bare])
        if (NAMING_VERB_SET.has(word) || NAMING_VERB_SET.has(word.replace(/(?:ه|ها|هم|ونه|ونها)$/u, '')))
          return true;
    }
    return false;
  }

  /**
   * The first word of a subject that is a noun of one's own speech with a possessive pronoun (حديثه,
   * كلمتها, تصريحاته; OWN_SPEECH_STEM_SET, the pronoun as written, not ة) after a complete subject, or -1.
   */
  private ownSpeechIn(subject: Subject): number {
    for (let k = subject.first; k <= subject.last; k++) {
      if (!this.ownSpeechAt(k)) continue;
      // After a bare noun in construct it is that noun's genitive, part of the subject (متابعو تصريحاته,
      // كاتب رسالته); after a definite word or a name's second word the subject is whole (الوزير كلمته,
      // فلان الفلاني حديثه). A bare word alone before it may be either: the subject is kept whole.
      const before = this.tokens[k - 1] as Token;
      const named = subject.name.includes(k - 1) && subject.name.includes(k - 2);
      if (k > subject.first && !hasArticle(before.norm) && !named) continue;
      return k;
    }
    return -1;
  }

  /** The word at `k` is a noun of one's own speech with a possessive pronoun (حديثه, كلمتها). */
  private ownSpeechAt(k: number): boolean {
    const token = this.tokens[k];
    if (token?.type !== 'word') return false;
    const written = this.text
      .slice(token.from, token.to)
      .replace(FORMAT_CONTROLS, '')
      .replace(/[\u0640\u064B-\u0652]/gu, '');
    const pronoun = PRONOUN_END.exec(written)?.[0];
    return pronoun !== undefined && OWN_SPEECH_STEM_SET.has(token.norm.slice(0, -pronoun.length));
  }

  /** The subject cut before the word at `at` (one of its words): the words before it, closed. */
  private endBefore(subject: Subject, at: number): Subject {
    const title = subject.title.filter((k) => k < at);
    const name = subject.name.filter((k) => k < at);
    return { ...subject, title, name, last: at - 1, closed: true };
  }

  /**
   * True when a subject read as a name is a definite noun and its definite adjectives, the last of
   * origin (الدفاع المدني, الهلال الأحمر السوري), and the word after them is a group, a body or a dual with the
   * article (المواطنين, الحكومة, الطرفين): two definite phrases in a row, the verb's subject then its
   * object, as no adjective is so shaped (ناشد الدفاع المدني المواطنين «…»).
   */
  private definiteBeforeObject(subject: Subject): boolean {
    const [noun] = subject.name;
    const adjective = subject.name.at(-1);
    if (subject.name.length < 2 || subject.name.length > 3 || noun === undefined || adjective === undefined)
      return false;
    const words = subject.name.map((k) => (this.tokens[k] as Token).norm);
    if (!words.every(hasArticle) || isNisba(words[0] as string) || !isNisba(words.at(-1) as string))
      return false;
    const next = this.tokens[adjective + 1];
    if (next?.type !== 'word' || !hasArticle(next.norm) || isNisba(next.norm)) return false;
    return (
      isGroupPlural(next.norm) ||
      ORGANISATION_SET.has(next.norm) ||
      DUAL_SET.has(next.norm) ||
      OBJECT_NOUN_SET.has(next.norm)
    );
  }

  /**
   * A past form right after a bare إنّ/أنّ/بأنّ that is a cue's own complement (قال لـ«عكاظ» إن نقل الركاب
   * «…», أكد أن نقل الكفالة «…»): the complementiser wants a noun, so the word is the verbal noun that
   * opens the reported clause (نقل, ذكر, طلب), no verb and no new attribution. After أنْ of a time (بعد
   * أن نقل) only inside the clause of a cue still waiting for its إنّ (وقال الوزير، بعد أن نقل …، إن):
   * the verb there reports nothing said either; with no cue before it (بعد أن نقل عنه) it stays a verb.
   */
  private verbalNounAfterThat(index: number, match: CueMatch): boolean {
    if (match.tense !== 'past' || match.clitic !== '') return false;
    const that = this.tokens[index - 1];
    if (that?.type !== 'word' || !BARE_THAT.has(that.norm)) return false;
    for (let k = index - 2; k >= 0 && index - k <= MAX_CLAUSE_LOOKBACK; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) return false;
      if (token.type !== 'word' || this.quoted[k]) continue;
      // …the cue's own: one whose إنّ already stands before it (قال فلان إن …، بعد أن قال فلان إن) has
      // its clause; this أنْ is of a time, and a verb follows it.
      if (COMPLEMENTISER_SET.has(token.norm)) return false;
      const cue = this.cueAt(k);
      if (cue) return cue.complement === 'that';
    }
    return false;
  }

  /**
   * A verb of putting down to (عزا, أرجع: OBJECT_BEFORE_COMPLEMENT with إلى) whose quote stands before any
   * إلى: the quote is in the object, what is returned or put down, not the cause it is put down to. A quote
   * that opens with إلى or ل (وأرجع الخبير الظاهرة «إلى التغير المناخي», «للتغير المناخي») is that cause.
   */
  private causeBeforeToward(cue: Cue, open: number): boolean {
    if (OBJECT_BEFORE_COMPLEMENT_MAP.get(fold(cue.match.lemma)) !== 'to') return false;
    const first = this.tokens[open + 1];
    if (
      first?.type === 'word' &&
      (TOWARD.has(first.norm) || first.norm === 'ل' || first.norm.startsWith('لل'))
    )
      return false;
    for (let k = cue.end; k < open; k++) {
      const norm = this.tokens[k]?.norm ?? '';
      if (TOWARD.has(norm)) return false;
    }
    return true;
  }

  /**
   * على or عن at `at`, then one definite word or a demonstrative (الحادثة, القرار, ذلك), then a title
   * and a name: what a reply comments on, before its subject.
   */
  private commentedBeforeTitle(at: number): boolean {
    const on = this.tokens[at]?.norm ?? '';
    const what = this.tokens[at + 1];
    const head = this.tokens[at + 2];
    if ((on !== 'على' && on !== 'علي' && on !== 'عن') || what?.type !== 'word' || head?.type !== 'word')
      return false;
    if (!hasArticle(what.norm) && !DEMONSTRATIVE_SET.has(what.norm)) return false;
    // …not a title: ورد على الشيخ الدكتور فلان, ورد على المتحدث الحوثي فلان name whom the reply answers.
    if (isTitleHead(what.norm)) return false;
    if (!hasArticle(head.norm)) return false;
    const named = this.subjectAt(at + 2);
    return named !== null && !named.organisation && named.title.length > 0 && named.name.length > 0;
  }

  /**
   * Where a verb of bearing a name (يحمل, تحمل) stands in the subject, right before اسم or لقب and a
   * quoted name (مغردة تحمل اسم «…», حساب يحمل اسم «…»); -1 when none does.
   */
  private handleIn(subject: Subject): number {
    for (let k = subject.first + 1; k <= subject.last; k++) {
      if (!BEARING_SET.has((this.tokens[k] as Token).norm)) continue;
      if (!NAME_NOUN_SET.has(this.tokens[k + 1]?.norm ?? '')) continue;
      if (this.closeOf.has(k + 2)) return k;
    }
    return -1;
  }

  /**
   * A subject that describes a person with no name: one of a definite plural (أحد المغردين, إحدى
   * الممرضات) or an indefinite noun of a person described (شاب, سيدة, مغرد, ناشطة).
   */
  private describedPerson(subject: Subject): boolean {
    const head = (this.tokens[subject.first] as Token).norm;
    // …the plural with the article or in construct with a definite word (أحد أقارب الضحية); not a number
    // (أحد عشر).
    if (ONE_OF_SET.has(head)) {
      const next = this.tokens[subject.first + 1];
      const last = this.tokens[Math.min(subject.last, subject.first + 2)];
      return (
        next?.type === 'word' &&
        last?.type === 'word' &&
        hasArticle(last.norm) &&
        subject.last > subject.first
      );
    }
    return DESCRIBED_PERSON_SET.has(head);
  }

  /**
   * A name without the article, then a comma and وهو/وهي agreeing with the verb: a person being
   * introduced (وروى أحمد، وهو صاحب متجر). Not a noun of the other gender (وانتقد خطة، وهي …), one
   * with the article (القرار، وهو …) or an accusative (قرارا، وهو …): objects.
   */
  private introducedAsPerson(subject: Subject, agreement: Agreement): boolean {
    const first = (this.tokens[subject.first] as Token).norm;
    const who = this.tokens[subject.last + 2]?.norm;
    const agrees = (who === 'وهو' && agreement === 'm') || (who === 'وهي' && agreement === 'f');
    // …and what follows says what a person is: a title or role, or a word of people (صاحب متجر, أم
    // لثلاثة), not the noun again (اتفاق السلام، وهو اتفاق هش).
    const what = this.tokens[subject.last + 3]?.norm ?? '';
    const personal = stripToSet(what, TITLE_SET) !== undefined || PERSON_NOUNS.has(what);
    // …or a name of two words or more, then his role between commas and the verb's complementiser
    // (وتوقع فلان بن فلان، مدير الأصول في إحدى الشركات، أن …): the role in apposition says who he is.
    if (isComma(this.tokens[subject.last + 1]) && subject.name.length > 1 && !hasArticle(first)) {
      const role = this.tokens[subject.last + 2]?.norm ?? '';
      if (stripToSet(role, TITLE_SET) !== undefined && !ORGANISATION_SET.has(role))
        for (let k = subject.last + 3; k <= subject.last + 2 + MAX_SVO_WORDS; k++) {
          const token = this.tokens[k];
          if (token?.type !== 'word' && !isComma(token)) break;
          if (isComma(token)) {
            if (COMPLEMENTISER_SET.has(this.tokens[k + 1]?.norm ?? '')) return true;
            break;
          }
        }
    }
    return (
      isComma(this.tokens[subject.last + 1]) &&
      agrees &&
      personal &&
      what !== first &&
      !hasArticle(first) &&
      !first.endsWith('ا')
    );
  }

  /**
   * The subject is a person's name, opening with a given name (or a word with the article before one:
   * العم صالح, الخالة أم علي), then a colon, perhaps after an adverb of time (ويردد فلان دائما: «…»): who
   * says it; a verb's object stands before no colon of speech.
   */
  private nameBeforeColon(subject: Subject): boolean {
    const first = subject.name[0];
    if (first === undefined || !this.nameBeforeThat(subject)) return false;
    const opens =
      opensGivenName(this.tokens, first) ||
      (hasArticle((this.tokens[first] as Token).norm) && opensGivenName(this.tokens, first + 1));
    return opens && this.tokens[this.pastManner(subject.last + 1)]?.norm === ':';
  }

  /** A quote opens at `at` that is a sentence: three words or more, nothing going on after its close. */
  private sentenceQuoteAt(at: number): boolean {
    const close = this.closeOf.get(at);
    return close !== undefined && close - at > 3 && this.tokens[close + 1]?.type !== 'word';
  }

  /**
   * The index after an adverb of time or a phrase of manner at `at` (دائما, بحسرة, بصوت منخفض: MANNER_SET
   * and its nouns of voice with their adjective), or `at` when there is none.
   */
  private pastManner(at: number): number {
    const word = this.tokens[at];
    if (word?.type !== 'word') return at;
    if (TIME_SET.has(word.norm)) return at + 1;
    if (!MANNER_SET.has(word.norm)) return at;
    return VOICE_MANNER_SET.has(word.norm) && this.tokens[at + 1]?.type === 'word' ? at + 2 : at + 1;
  }

  /**
   * The subject's name, then an age as an aside (ageAsideEnd: (52 عاما), ، 35 عاما،), then a complement
   * of saying (toldAfter: أنّ, إنّ, a colon): the one whose age is given tells it.
   */
  private agedBeforeTold(subject: Subject): boolean {
    const end = subject.name.at(-1);
    if (end === undefined) return false;
    const after = ageAsideEnd(this.tokens, end + 1);
    return after >= 0 && this.toldAfter(after);
  }

  /**
   * The word after an aside between commas that opens at `at` (، من منظمة «…»، / ، الخبير في …،), quoted
   * names inside it stepped over; `at` itself when no comma opens there or the aside does not close
   * within MAX_ASIDE_WORDS words, at a break, a full stop or a quote of more than a name.
   */
  private pastCommaAside(at: number): number {
    if (!isComma(this.tokens[at])) return at;
    let words = 0;
    for (let k = at + 1; k < this.tokens.length && words <= MAX_ASIDE_WORDS; k++) {
      const token = this.tokens[k] as Token;
      if (isComma(token)) return k + 1;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) return at;
      if (token.type === 'mark') {
        const close = this.closeOf.get(k);
        const span = close === undefined ? undefined : this.spans[this.spanByClose.get(close) ?? -1];
        if (!span || !this.nameShaped(span)) return at;
        k = close as number;
      }
      words++;
    }
    return at;
  }

  /**
   * After the verb at `index` whose object stands before its complement (OBJECT_BEFORE_COMPLEMENT_MAP),
   * the subject is a name that opens with a given name, then one demonstrative or definite word (the
   * object), then the complement (إلى, or a word in ب, or the quote that is a verb of judging's second
   * object): وعزت سارة فلان ذلك إلى …, ووصف محمد فلان القرار بأنه …, واعتبرت فلانة الخطوة «…».
   */
  private objectThenComplement(index: number, subject: Subject): boolean {
    const complement = OBJECT_BEFORE_COMPLEMENT_MAP.get((this.tokens[index] as Token).norm);
    if (complement === undefined || subject.name.length < 2) return false;
    const nameEnd = (subject.name.at(-1) as number) + 1;
    // …or a foreign name of two plain words closed by the comma of an aside (فيما وصف فلان علان، من
    // منظمة «…»، الخطوة بأنها): an aside says who a person is.
    const named =
      opensGivenName(this.tokens, subject.first) ||
      (isComma(this.tokens[nameEnd]) && this.personNameAt(subject.first) === subject.first);
    if (!named) return false;
    const end = this.pastCommaAside(nameEnd) - 1;
    const object = this.tokens[end + 1];
    const next = this.tokens[end + 2];
    if (object?.type !== 'word' || next === undefined) return false;
    if (!DEMONSTRATIVE_SET.has(object.norm) && !hasArticle(object.norm)) return false;
    // اعتبرت فلانة الخطوة «…»: the quote, the verb's second object, right after the first.
    if (complement === 'quote') return next.type === 'mark' && next.canOpen === true;
    if (next.type !== 'word') return false;
    return complement === 'to' ? TOWARD.has(next.norm) : next.norm.startsWith('ب') && next.norm.length > 1;
  }

  /**
   * A phrase that ends right before the verb's preposition or complementiser, written apart (الأمم
   * المتحدة إلى, … أن): no object word ran into it.
   */
  private endsBeforeComplement(subject: Subject): boolean {
    const next = this.tokens[(subject.name.at(-1) as number) + 1];
    return (
      next?.type === 'word' &&
      (COMPLEMENTISER_SET.has(next.norm) || next.norm === 'الى' || next.norm === 'على' || next.norm === 'عن')
    );
  }

  /**
   * A turn marker and its comma stand right before the verb at `index` (من جانبه، دعا, بدورها، حذرت),
   * and the subject's head agrees with the verb: a masculine verb takes no head in ة for subject (من
   * جهته، دعا الحكومة: the government is the object).
   */
  private turnBeforeVerb(index: number, subject: Subject, agreement: Agreement): boolean {
    const marker = this.tokens[index - 2];
    const head = (this.tokens[subject.first] as Token).norm;
    return (
      isComma(this.tokens[index - 1]) &&
      marker?.type === 'word' &&
      TURN_SET.has(marker.norm) &&
      !(agreement === 'm' && head.endsWith('ه'))
    );
  }

  /**
   * The phrase ends before من and what is warned of, a clause (من أن) or a quote (من «…»), perhaps
   * after the body its holder is from (فلانة من منظمة الأمم المتحدة للطفولة (يونيسف) من أن): no object
   * of the verb stands between, so the name is its subject. The affiliation is read over a few tokens.
   */
  private endsBeforeWarned(subject: Subject): boolean {
    // A person's name of two words or more, none joined by و but a given name (وليد): one word alone
    // there, or two joined (وحذر إيران من أن, حذر روسيا وأوكرانيا من «…»), is as often a country or a
    // movement warned, the object of a dropped subject.
    const words = subject.name.map((k) => (this.tokens[k] as Token).norm);
    if (words.length < 2 || words.slice(1).some((w) => w.startsWith('و') && !isGivenName(w))) return false;
    const at = (subject.name.at(-1) ?? subject.last) + 1;
    const warned = (k: number): boolean =>
      this.tokens[k]?.norm === 'من' &&
      (this.tokens[k + 1]?.norm === 'ان' || (this.tokens[k + 1]?.type === 'mark' && this.closeOf.has(k + 1)));
    if (warned(at)) return true;
    const body = this.tokens[at + 1];
    if (this.tokens[at]?.norm !== 'من' || body?.type !== 'word' || !ORGANISATION_SET.has(body.norm))
      return false;
    for (let k = at + 2; k <= at + MAX_AFFILIATION_WORDS; k++) {
      const token = this.tokens[k];
      if (warned(k)) return true;
      if (token === undefined || token.type === 'break' || isComma(token) || SENTENCE_ENDS.has(token.norm))
        return false;
    }
    return false;
  }

  /**
   * The body read after a verb of accusing (ACCUSING_VERB_SET) is the accused: a body's head alone or
   * with adjectives of origin (البعثة الأممية, الحكومة الإسرائيلية), right before ب and a quote, بأنه, or
   * بأن and a subject that points back to it.
   * Only where someone held the floor before, whom the dropped subject then is, and who agrees with the
   * verb: after قال الوزير, واتهمت الشركة بأنها has the company accuse, as the minister is no subject of
   * a feminine verb.
   */
  private accusedBeforeBa(verb: string, agreement: Agreement, subject: Subject): boolean {
    const floor = this.entities.floor;
    if (!ACCUSING_VERB_SET.has(verb.replace(/^[وف]/u, '')) || floor === null) return false;
    if (floor.agreements.size > 0 && !floor.agreements.has(agreement)) return false;
    if (!subject.organisation || subject.name.length > 0 || subject.title.length > 3) return false;
    if (!subject.title.slice(1).every((k) => isNisba((this.tokens[k] as Token).norm))) return false;
    const next = this.tokens[subject.last + 1];
    if (next?.norm === 'ب') return this.tokens[subject.last + 2]?.type === 'mark';
    if (next?.type !== 'word' || !BI_ANNA.test(next.norm)) return false;
    if (next.norm !== 'بان') return true;
    // بأن alone opens a clause with a subject of its own: the body is the accused only when that subject
    // points back to it (بأن عقوباته «…»); another party there (بأن حركة حماس «…», بأن «القوات
    // الأوكرانية …») is the accused, and the body the one who accuses.
    const at = this.tokens[subject.last + 2]?.type === 'mark' ? subject.last + 3 : subject.last + 2;
    const word = this.tokens[at];
    if (word?.type !== 'word' || !OBJECT_PRONOUN_END.test(word.norm)) return false;
    let end = word.to;
    while (end > word.from && isIgnorable(this.text.charCodeAt(end - 1))) end--;
    return this.text[end - 1] !== 'ة';
  }

  /**
   * The subject read right after a verb opens with a definite sound plural in ين (المواطنين, الناخبين,
   * المقاولين), the accusative, then the complement of a verb that addresses people (من, إلى, على, ب, a
   * quote): those warned, called on or urged, the verb's object; the nominative (المواطنون) would be its
   * subject. Not a body's or a person's word, nor a place so spelt (البحرين).
   */
  private addresseesAfterVerb(subject: Subject): boolean {
    const word = (this.tokens[subject.first] as Token).norm;
    if (!/^ال.{5,}$/u.test(word) || !word.endsWith('ين') || PLACE_IN_YN_SET.has(word)) return false;
    if (ORGANISATION_SET.has(word) || TITLE_SET.has(word) || isGivenName(word)) return false;
    // …with at most one adjective after it (المواطنين المقيمين)
    if (subject.last > subject.first + 1) return false;
    const next = this.tokens[subject.last + 1];
    if (next === undefined) return false;
    if (next.type === 'mark') return true;
    return (
      next.type === 'word' &&
      (ADDRESSEE_COMPLEMENT_SET.has(next.norm) ||
        (next.norm === 'ب' && this.tokens[subject.last + 2]?.type === 'mark') ||
        BI_ANNA.test(next.norm))
    );
  }

  /**
   * The subject read right after a verb of calling, urging, warning or demanding (ADDRESSING_SET) is
   * people in a broken plural (ADDRESSED_PEOPLE_SET: السكان, الأهالي, التجار) with at most one adjective,
   * then what they are called to (إلى, على, من, ب, a quote), and someone holds the floor: those
   * addressed, the verb's object (وحث الأهالي على «…»), as the speaker goes on.
   */
  private peopleAddressed(subject: Subject, lemma: string): boolean {
    if (!ADDRESSING_SET.has(lemma) || this.entities.floor === null || subject.last > subject.first + 1)
      return false;
    if (!ADDRESSED_PEOPLE_SET.has((this.tokens[subject.first] as Token).norm)) return false;
    if (subject.last > subject.first && !hasArticle((this.tokens[subject.last] as Token).norm)) return false;
    // An adjective in the nominative (الأهالي الغاضبون) marks the people as the subject.
    if (subject.last > subject.first && (this.tokens[subject.last] as Token).norm.endsWith('ون'))
      return false;
    return this.calledToAfter(subject.last);
  }

  /**
   * The subject read right after a verb of calling (ADDRESSING_SET) is one word, people with a pronoun
   * back to someone named before (رعاياها, مواطنيها, منتسبيه): a sound plural in construct in the
   * accusative (مواطني, not مواطنو) or a broken plural of ADDRESSED_PEOPLE_SET, then what they are
   * called to (إلى, على, من, ب, a quote): those addressed, the verb's object.
   */
  private ownPeopleAddressed(subject: Subject, lemma: string): boolean {
    if (!ADDRESSING_SET.has(lemma) || subject.last !== subject.first) return false;
    const word = (this.tokens[subject.first] as Token).norm;
    const stem = word.replace(POSSESSIVE_PEOPLE_END, '');
    if (stem === word || stem.length < 3 || hasArticle(stem)) return false;
    const people = (stem.endsWith('ي') && stem.length >= 5) || ADDRESSED_PEOPLE_SET.has(`ال${stem}`);
    if (!people) return false;
    return this.calledToAfter(subject.last);
  }

  /** What people are called to right after the word at `last`: إلى, على, من, ب + a noun, or a quote. */
  private calledToAfter(last: number): boolean {
    const next = this.tokens[last + 1];
    return (
      next?.type === 'mark' ||
      (next?.type === 'word' &&
        (ADDRESSEE_COMPLEMENT_SET.has(next.norm) ||
          (next.norm === 'ب' && this.tokens[last + 2]?.type === 'mark') ||
          BI_NOUN.test(next.norm)))
    );
  }

  /** endsBeforeComplement, or the phrase ends before a document after في (… في بيان إلى). */
  private endsBeforeComplementOrDocument(subject: Subject): boolean {
    return (
      this.endsBeforeComplement(subject) || isInDocument(this.tokens, (subject.name.at(-1) as number) + 1)
    );
  }

  /** The word at `index` stands in the text's first sentence (looked back over a bounded stretch). */
  private opensText(index: number): boolean {
    if (index > MAX_LOOKBACK_STEPS) return false;
    for (let i = index - 1; i >= 0; i--) {
      const token = this.tokens[i] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) return false;
    }
    return true;
  }

  /**
   * One word without the article, then الذي or التي: a proper noun (واقترحت فرنسا التي …), since an
   * indefinite noun takes no relative pronoun and a noun in construct has more words.
   */
  private properNounBeforeRelative(subject: Subject): boolean {
    const word = this.tokens[subject.first] as Token;
    const next = this.tokens[(subject.name.at(-1) as number) + 1];
    // ألمانيا folds to المانيا: the hamza as written says it has no article.
    const definite = hasArticle(word.norm) && !/^[أإآ]/u.test(this.text.slice(word.from, word.to));
    return (
      subject.first === subject.last &&
      !definite &&
      !this.isPossessed(subject.first) &&
      next?.type === 'word' &&
      RELATIVES.has(next.norm)
    );
  }

  /**
   * The subject of وبين is a person's name alone (الزامل, أحمد الحميدان): name words only, none
   * joined by و, and a single word not shaped as a dual or a plural (بين الطرفين, بين المواطنين)
   * unless the article named it before.
   */
  private nameBeforeThat(subject: Subject): boolean {
    if (
      subject.title.length > 0 ||
      subject.name.length === 0 ||
      subject.last - subject.first >= MAX_NAME_WORDS
    )
      return false;
    for (let k = subject.first; k <= subject.last; k++) {
      const word = this.tokens[k] as Token;
      if (word.type !== 'word' || (k > subject.first && word.norm.startsWith('و'))) return false;
    }
    const first = (this.tokens[subject.first] as Token).norm;
    if (this.entities.knowsNameWord(first)) return true;
    return subject.first < subject.last || !PLURAL_OR_DUAL_END.test(first);
  }

  /**
   * True when a reporting verb gave its subject the floor in the paragraph of `index` or the one before
   * (وقال الوزير إن … . وزاد «…»): someone has just spoken, in indirect speech.
   */
  private reportedJustBefore(index: number): boolean {
    if (this.reportCue < 0 || this.reportCue >= index) return false;
    const at = this.paragraphOf(this.tokens[index] as Token);
    return this.paragraphOf(this.tokens[this.reportCue] as Token) >= at - 1;
  }

  /**
   * True when a quote closed before the token at `index`, in its paragraph or the one before: someone has
   * just been quoted, whom a verb going on with its subject dropped (وزاد «…») goes on with.
   */
  private quotedJustBefore(index: number): boolean {
    // (the last top-level closing mark before `index`, by binary search over them all, read once)
    if (this.closes === undefined) this.closes = [...this.spanByClose.keys()].sort((a, b) => a - b);
    const closes = this.closes;
    let lo = 0;
    let hi = closes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((closes[mid] as number) < index) lo = mid + 1;
      else hi = mid;
    }
    const last = closes[lo - 1];
    if (last === undefined) return false;
    return this.paragraphOf(this.tokens[last] as Token) >= this.paragraphOf(this.tokens[index] as Token) - 1;
  }

  /** A cue after قد: any form, but a verb that issues a warning still wants its noun and quote. */
  private cueAfterQad(index: number): CueMatch | undefined {
    const match = lookupCueAfterQad((this.tokens[index] as Token).norm);
    return match && WARNING_ISSUERS.has(match.lemma) ? this.collidedVerbAt(index) : match;
  }

  /**
   * True when a comma and an opening mark end the subject after a verb at `from`: a speaker read whole, or
   * a document and a few words of whose it is (بيان للمديرية، «…»), which the subject reading leaves out.
   */
  private wordsAfterComma(subject: Subject | null, from: number): boolean {
    // (not a name between commas: وذكر الموقع، «الوطن»، أن …)
    const quoteAfter = (comma: number) => {
      const close = this.closeOf.get(comma + 1);
      return isComma(this.tokens[comma]) && close !== undefined && !isComma(this.tokens[close + 1]);
    };
    if (subject) return this.speakerSubject(subject) && quoteAfter(subject.last + 1);
    if (!DOCUMENT_SET.has(this.tokens[from]?.norm ?? '')) return false;
    for (let k = from + 1; k <= from + MAX_DOCUMENT_OWNER_WORDS; k++) {
      if (quoteAfter(k)) return true;
      if (this.tokens[k]?.type !== 'word') return false;
    }
    return false;
  }

  /**
   * True when the relay at `index` carries its object as a pronoun (نقلتها, نقلته), stands right after a
   * noun with no complementiser or relative between (في جلسة حوارية نقلتها قناة …), or it or نشر does so
   * right after a relative (والتي نشرها الموقع), and a finite verb of saying stands before it in the
   * sentence: a clause describing the occasion or the words, whose carrier is no speaker.
   */
  private relayDescribesNoun(index: number): boolean {
    const token = this.tokens[index] as Token;
    const noun = this.tokens[index - 1];
    if (noun?.type !== 'word') return false;
    // …and a relay or a publishing verb with its pronoun after a relative that takes up the words (في
    // تصريحاته، والتي نشرها الموقع الإلكتروني للنادي: «…»): the publisher carried them, no more.
    const relative = CARRYING_RELATIVES.has(noun.norm);
    if (!(relative ? /^(?:نقل|نشر)ت?(?:ه|ها)$/u : /^نقلت?(?:ه|ها)$/u).test(token.norm)) return false;
    if (!relative && (COMPLEMENTISER_SET.has(noun.norm) || RELATIVES.has(noun.norm))) return false;
    // (…not a relay with its source after the carrier: نقلتها صحيفة «…» عن الوزير)
    for (let k = index + 1; k < this.tokens.length && k - index <= MAX_RELAY_CARRIER_TOKENS; k++) {
      const token = this.tokens[k] as Token;
      if (token.norm === 'عن') return false;
      if (token.norm === ':' || token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
    }
    for (let k = index - 2; k >= 0 && index - k <= MAX_SUBJECT_SPAN * 2; k--) {
      const word = this.tokens[k] as Token;
      if (word.type === 'break' || SENTENCE_ENDS.has(word.norm)) return false;
      if (word.type !== 'word') continue;
      const cue = lookupCue(word.norm);
      // (after a relative, only when that verb named its own speaker: وقال المدرب في تصريحاته، والتي
      // نشرها الموقع; وقال في مقطع، والذي نشره النجم فلان على حسابه: the one who posted it speaks)
      if (cue && cue.cls !== 'relay' && cue.tense !== 'participle') {
        if (!relative) return true;
        // (…and that speaker no document the publisher issued: وأشارت التقارير التي نشرها الموقع)
        const said = this.cueAt(k)?.subject;
        if (!said) return false;
        const first = (this.tokens[said.first] as Token).norm;
        const bare = hasArticle(first) ? first.slice(2) : first;
        return !DOCUMENT_SET.has(bare) && !DOCUMENT_PLURALS.has(bare);
      }
    }
    return false;
  }

  /**
   * True when the subject read after a verb is one who speaks: a title before it, a body, or a word of a
   * name the article knows (as زاد wants).
   */
  private speakerSubject(subject: Subject): boolean {
    const first = (this.tokens[subject.first] as Token).norm;
    return subject.title.length > 0 || subject.organisation || this.entities.knowsNameWord(first);
  }

  /**
   * True when a quote after ب (بـ«…», the mark right after the preposition) stands in the clause that
   * opens at `from`, a few words on: the sum an estimate gives (الخسائر بـ«…»).
   */
  private sumAfter(from: number): boolean {
    for (let k = from; k < this.tokens.length && k - from <= MAX_SUM_OBJECT_WORDS; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'mark') return this.closeOf.has(k) && this.tokens[k - 1]?.norm === 'ب';
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm)) return false;
    }
    return false;
  }

  /**
   * A form that is also a noun or a preposition (ذكر, عبر, جاء) is a verb when its complement
   * follows: أنّ or a colon after ذكر (وذكر المفوض أنّ …), عن after عبر, right after it or
   * after a subject that is clearly one (وعبر الوزير عن …; عبر موقعه is "via"), في and a document
   * after جاء and ورد (وجاء في البيان).
   */
  private collidedVerbAt(index: number): CueMatch | undefined {
    const token = this.tokens[index] as Token;
    // After دون, بدون, بلا or عدم a form that spells a verb is its verbal noun (من دون ذكر اسمه, شريطة
    // عدم ذكر اسمها): a noun governed by a preposition or in construct, no finite verb.
    if (MASDAR_GOVERNORS.has(this.tokens[index - 1]?.norm ?? '')) return undefined;
    // The text as written only where it can matter (بيّن with its shadda): no slice per word.
    const written = token.norm.endsWith('بين') ? this.text.slice(token.from, token.to) : '';
    // وبين with no shadda written, then a title or a body and أنّ (وبين الناطق الإعلامي … أن): the
    // verb بيّن (explained) as Saudi papers write it, not "and between".
    // …and bare بين opening its sentence or after an opening adverbial's comma (وفي السياق ذاته، بين
    // أستاذ … الدكتور فلان أن), read by the same tests.
    const previous = this.tokens[index - 1];
    const bare =
      token.norm === 'بين' &&
      (previous === undefined ||
        previous.type === 'break' ||
        SENTENCE_ENDS.has(previous.norm) ||
        isComma(previous));
    if ((token.norm === 'وبين' || bare) && !written.includes('\u0651')) {
      const subject = this.subjectAt(index + 1);
      const head = subject ? (this.tokens[subject.first] as Token).norm : '';
      // (…or a description with its complement before the name: بين صاحب مطعم في الرياض فلان أن)
      const titled =
        subject !== null &&
        (isTitleHead(head) || subject.organisation || (subject.title.length > 1 && subject.name.length >= 2));
      // أنّ right after the subject, or after whom it spoke to (لـ"سبق" أن): not the clause of a
      // sentence that only starts with "between" (وبين الوزارة والنقابة خلاف على أن …).
      let k = (subject?.last ?? index) + 1;
      const close = this.tokens[k]?.norm === 'ل' ? this.closeOf.get(k + 1) : undefined;
      if (close !== undefined && close - k <= 6) k = close + 1;
      else if (this.tokens[k]?.norm.startsWith('ل')) k++;
      // …or after a time word (وبين مدير الفرع المهندس فلان حينها أن, … أمس أن).
      if (subject !== null && TIME_SET.has(this.tokens[k]?.norm ?? '')) k++;
      const that = COMPLEMENTISER_SET.has(this.tokens[k]?.norm ?? '');
      // …or أنّ right after وبين that opens its sentence, the subject dropped (وبين أن المركز سيبدأ …):
      // "and between that" opens no sentence.
      const before = this.tokens[index - 1];
      const opening = before === undefined || before.type === 'break' || SENTENCE_ENDS.has(before.norm);
      if (opening && COMPLEMENTISER_SET.has(this.tokens[index + 1]?.norm ?? ''))
        return lookupCollided(token.norm, 'بيّن');
      // A name with no title before the outlet told (وبين فلان لـ«الوطن» أن): the verb too.
      const told = subject !== null && close !== undefined && k === close + 1;
      // …or after an aside of where the words were given (وبين الرئيس التنفيذي … في تصريح لـ«…» أن).
      const aside = titled && subject !== null && this.asideBeforeThat(subject.last + 1);
      // …or a name with no title right before أنّ (وبين الزامل أن, وبين فلان الفلاني أن): "between"
      // joins two things with و, and a dual or a plural (بين الطرفين) is no one's name.
      const named = subject !== null && that && !subject.organisation && this.nameBeforeThat(subject);
      return ((titled || told || named) && that) || aside ? lookupCollided(token.norm, 'بيّن') : undefined;
    }
    const match = lookupCollided(token.norm, written);
    if (!match) return undefined;
    if (IMPERSONAL_CUES.has(match.lemma)) return this.inDocument(index + 1) ? match : undefined;
    // بيّن with its shadda written is the verb, whatever follows.
    if (match.lemma === 'بين' && this.text.slice(token.from, token.to).includes('\u0651')) return match;
    // أبرز is also the superlative: ومن أبرز الشعارات, أبرز ما قاله; the verb takes أنّ.
    if (match.lemma === 'أبرز') {
      const before = this.tokens[index - 1]?.norm;
      if (before === 'من' || before === 'ومن' || this.tokens[index + 1]?.norm === 'ما') return undefined;
      // …and in apposition after a comma (حزب …، أبرز أحزاب المعارضة، إن): the word after it is no
      // subject a verb would take (a title, a body, an honorific with the article, a name seen before).
      const next = this.tokens[index + 1];
      if (
        isComma(this.tokens[index - 1]) &&
        token.norm === 'ابرز' &&
        next?.type === 'word' &&
        !hasArticle(next.norm) &&
        !isTitleHead(next.norm) &&
        stripToSet(next.norm, ORGANISATION_SET) === undefined &&
        !HONORIFIC_SET.has(next.norm) &&
        !this.entities.knowsNameWord(next.norm)
      )
        return undefined;
      return this.complementAfter(index + 1) === 'that' ? match : undefined;
    }
    // عزت ("she put down to") is also a man's given name (وقال الدكتور عزت فلان): the verb only with a body,
    // a woman's title or a woman's given name for its subject (وعزت الوزارة الحادث إلى …, وعزت الطبيبة …,
    // وعزت سارة فلان ذلك إلى …: a man's name has no woman's name after it).
    if (match.lemma === 'عزا') {
      const subject = this.subjectAt(index + 1);
      const head = subject ? (this.tokens[subject.first] as Token).norm : '';
      return subject !== null &&
        (subject.organisation || (isTitleHead(head) && head.endsWith('ه')) || WOMAN_GIVEN_NAME_SET.has(head))
        ? match
        : undefined;
    }
    // تردد ("she repeats") is also "hesitated", "was rumoured" (وتردد أن …) and the noun (دون تردد); رددوا,
    // يرددون have a crowd chanting for dropped subject (الذين رددوا «…»): the verb only with a person for
    // subject after it, a title or a woman's given name, then a colon or the quote (so تكرر, كرروا).
    if (match.lemma === 'ردد' || match.lemma === 'كرر') {
      // …or, with its subject dropped, one person going on (وتكرر: «…», وتردد «أريد أن أعرف …»): the colon,
      // or a quote of a sentence, three words or more, right after the singular verb.
      const next = this.tokens[index + 1];
      const close = next?.type === 'mark' ? this.closeOf.get(index + 1) : undefined;
      if (match.agreement !== 'pl' && (next?.norm === ':' || (close !== undefined && close - index > 4)))
        return match;
      const subject = this.subjectAt(index + 1);
      const head = subject ? (this.tokens[subject.first] as Token).norm : '';
      // (ردد with a crowd for subject is a chant, no one's speech: ويردد المتظاهرون «…», وردد الحضور «…»;
      // only a titled person or one named, given name first, repeats his words)
      const person =
        subject !== null &&
        !subject.organisation &&
        (isTitleHead(head) ||
          WOMAN_GIVEN_NAME_SET.has(head) ||
          (match.lemma === 'ردد' && !hasArticle(head) && isGivenName(head)));
      const complement = subject ? this.complementAfter(subject.last + 1) : 'none';
      return person && (complement === 'colon' || complement === 'quote') ? match : undefined;
    }
    // واصل ("went on") right before the colon or the mark (وواصل: «…», وتواصل «…»), or after a noun of
    // one's own speech (وواصل حديثه: «…»); not the name (وقال واصل فلان), nor "kept on" with its object
    // (ويواصل الجيش عمليته في «…», تواصل الأمطار هطولها).
    // …and so does أكمل ("went on"; also "completed" with its object, أكمل الفريق المرحلة).
    if (match.lemma === 'واصل' || COMPLETING_SET.has(match.lemma)) {
      // (the participle only after a comma, as a ḥāl: مواصلة is also the noun, إلى مواصلة «…»)
      if (match.tense === 'participle' && !isComma(this.tokens[index - 1])) return undefined;
      const next = this.tokens[index + 1];
      const own = this.ownSpeechAt(index + 1);
      const at = own ? this.tokens[index + 2] : next;
      if (at?.norm === ':') return match;
      const close = at?.type === 'mark' ? this.closeOf.get(at === next ? index + 1 : index + 2) : undefined;
      // أكمل with its subject written, a person, then the colon (ويكمل فلان: «…»): what it completes is no
      // person, and no object stands before a colon.
      // …a person: a title or a given name opens it (not قبل أن يكمل الصعود قائلا:, the climb completed).
      if (close === undefined && COMPLETING_SET.has(match.lemma) && !own) {
        const subject = this.subjectAt(index + 1);
        const head = subject ? (this.tokens[subject.first] as Token).norm : '';
        // (…or a name the article gives elsewhere: وقالت منار غانم … وأكملت منار غانم:)
        const person =
          subject !== null &&
          !subject.organisation &&
          (isTitleHead(head) ||
            opensGivenName(this.tokens, subject.first) ||
            this.entities.knowsNameWord(head));
        return person && this.complementAfter((subject as Subject).last + 1) === 'colon' ? match : undefined;
      }
      if (close === undefined) return undefined;
      // Right after the bare verb the quote is its object unless it is a sentence of its own, three words
      // or more with no word going on after its close (ويواصل «الهلال» صدارة الدوري: the object).
      return own || (close - index > 4 && this.tokens[close + 1]?.type !== 'word') ? match : undefined;
    }
    // ذهب ("went") holds a view only before إلى أن in its own sentence: ويذهب الكاتب … إلى أن.
    if (match.lemma === 'ذهب') {
      for (let k = index + 1; k < this.tokens.length && k <= index + MAX_COMPLEMENT_DISTANCE; k++) {
        const token = this.tokens[k] as Token;
        if (token.type === 'break' || token.type === 'mark' || SENTENCE_ENDS.has(token.norm)) break;
        if (
          (token.norm === 'الى' || token.norm === 'الي') &&
          COMPLEMENTISER_SET.has(this.tokens[k + 1]?.norm ?? '')
        )
          return match;
      }
      return undefined;
    }
    // زاد is "increased" unless a speaker, or nothing, stands between it and a colon or أن: not an
    // idiom's noun (وزاد الطين بلة أن, وما زاد الأمر سوءا أن).
    if (match.lemma === 'زاد') {
      // …or right before the mark, its subject dropped, when the quote is a sentence of its own, three
      // words or more with no word going on after its close (وزاد «نحن كمجلس إدارة سنقوم …»); not the
      // object of "increased" (زاد «الطلب» على …).
      // Only where someone has just spoken (a quote closed, or a verb of saying gave its subject the floor,
      // in this paragraph or the one before): opening an article, زاد «التوتر …» is "increased".
      const close = this.tokens[index + 1]?.type === 'mark' ? this.closeOf.get(index + 1) : undefined;
      if (close !== undefined) {
        const before = this.tokens[index - 1]?.norm ?? '';
        const first = this.tokens[index + 2];
        const said =
          before !== 'ما' &&
          before !== 'مما' &&
          first?.type === 'word' &&
          (this.quotedJustBefore(index) || this.reportedJustBefore(index));
        return said && close - index > 4 && this.tokens[close + 1]?.type !== 'word' ? match : undefined;
      }
      const subject = this.subjectAt(index + 1);
      const first = subject ? (this.tokens[subject.first] as Token).norm : '';
      const speaker =
        !subject || subject.title.length > 0 || subject.organisation || this.entities.knowsNameWord(first);
      const after = this.tokens[(subject?.last ?? index) + 1];
      const complement =
        after?.norm === ':' || (after?.type === 'word' && COMPLEMENTISER_SET.has(after.norm));
      return speaker && complement && this.tokens[index - 1]?.norm !== 'ما' ? match : undefined;
    }
    // وجه النائب …، فلان، سؤالا كتابيا إلى الوزير حول «…»: "directed" a speech noun (a question, a
    // letter, a call, criticism) at someone, its subject the speaker; not the noun "face" (وجه المدينة).
    // The noun follows the subject and any apposition between commas, before the clause ends.
    // أصدر المركز الوطني للأرصاد تنبيها من «…»: issued a warning or an appeal whose matter is quoted
    // right after its preposition; not any document or decision (أصدرت الوزارة قرارا بإغلاق «…»).
    if (WARNING_ISSUERS.has(match.lemma)) {
      for (let k = index + 1; k < this.tokens.length && k <= index + MAX_SUBJECT_SPAN + 1; k++) {
        const token = this.tokens[k] as Token;
        if (token.type !== 'word') return undefined;
        if (!WARNING_NOUNS.has(token.norm)) continue;
        // The quote right after the noun's preposition, or after those it is for (تحذيرا لرعاياها من
        // «…»): not a word further (تحذيرا لرعاياها من السفر إلى «…», تحذيرات من عصابة «…» name a
        // place, a gang), nor a lone word without the article, a name (تحذيرا من «داعش»).
        const at = RECIPIENT_WORD.test(this.tokens[k + 1]?.norm ?? '') ? k + 2 : k + 1;
        const close = this.closeOf.get(at + 1);
        if (!WARNING_PREPOSITIONS.has(this.tokens[at]?.norm ?? '') || close === undefined) return undefined;
        const lone = close === at + 3 && this.tokens[at + 2]?.type === 'word';
        return lone && !hasArticle((this.tokens[at + 2] as Token).norm) ? undefined : match;
      }
      return undefined;
    }
    if (match.lemma === 'وجه') {
      for (let k = index + 1; k < this.tokens.length && k <= index + MAX_SUBJECT_SPAN + 1; k++) {
        const token = this.tokens[k] as Token;
        if (token.type === 'word' ? DIRECTED_SPEECH.has(token.norm) : !isComma(token))
          return token.type === 'word' ? match : undefined;
      }
      return undefined;
    }
    // أظهرت الدراسة أن …: a finding reported; أظهرت الصور «…» shows, and says nothing.
    if (match.lemma === 'أظهر') return this.complementAfter(index + 1) === 'that' ? match : undefined;
    // ويقدّر الخبير أن …: an estimate, a judgement said; قدرت الخسائر بـ, لا يقدر على are no saying, nor
    // is قدر negated before أن, "can" (ولا يقدر أحد أن يتنبأ …).
    // With a speaker for subject, the sum a judgement too, after بـ in its object (وقدّر الخبير فلان
    // الخسائر بـ«…»): قدرت الخسائر بـ, with no speaker, is the passive.
    if (match.lemma === 'قدر') {
      if (VERB_NEGATION_SET.has((this.tokens[index - 1]?.norm ?? '').replace(/^[وف]/u, ''))) return undefined;
      if (this.complementAfter(index + 1) === 'that') return match;
      const subject = this.subjectAt(index + 1);
      return subject && this.speakerSubject(subject) && this.sumAfter(subject.last + 1) ? match : undefined;
    }
    // عدّ الخبير فلان القرار «…»: "deemed", bare (وعد is "promised"), with a speaker for subject.
    if (match.lemma === 'عد') {
      const subject = match.clitic === '' ? this.subjectAt(index + 1) : null;
      return subject && this.speakerSubject(subject) ? match : undefined;
    }
    // يبلغ, تبلغ: "informs" before what is told (a colon, أن), not "reaches" (يبلغ قطره نحو …, أن تبلغ
    // الخسائر «…»).
    if (match.lemma === 'أبلغ') {
      const complement = this.complementAfter(index + 1);
      return complement === 'that' || complement === 'colon' ? match : undefined;
    }
    if (match.lemma === 'ذكر') {
      // In an aside that names a source after ما (بحسب ما ذكر المجلس, حسبما ذكر البنك), with its definite
      // subject after it: the verb, whatever follows (ما ذكر alone may be "what was mentioned").
      if (this.afterSourceWhat(index) && hasArticle(this.tokens[index + 1]?.norm ?? '')) return match;
      // (past the outlet told before the subject: وذكر لـ«سبق» العقيد فلان أن)
      const from = index + 1 + toldOutletAfter(this.tokens, index + 1, this.closeOf);
      let complement = this.complementAfter(from);
      // A body's quoted name inside a post that is the subject (وذكر مدير شركة «…» في المنطقة، فلان،
      // أن): the complement is read past the subject that holds it, not at its mark.
      if (complement === 'quote') {
        const subject = this.subjectAt(from);
        const open = subject ? range(from, subject.last - 1).find((k) => this.closeOf.has(k)) : undefined;
        // …a person's post (منسق, مدير), not a body named by the quote (وذكر موقع «…» أن), whose saying
        // its own verb reads elsewhere.
        if (subject !== null && open !== undefined && isTitleHead((this.tokens[subject.first] as Token).norm))
          complement = this.complementAfter(Math.max(subject.last, this.closeOf.get(open) as number) + 1);
        // …or the words themselves after the subject and a comma (وذكر الوزير، «…»; وذكر بيان للمديرية،
        // «…»), as after قال.
        else if (this.wordsAfterComma(subject, from)) complement = 'colon';
      }
      return complement === 'that' || complement === 'colon' ? match : undefined;
    }
    // A feminine participle that is also a title (متحدثة, مدعية): the participle only after a comma and
    // before أنّ, a colon, a quote or a preposition (، مدعية أن, ، متحدثة عن «…», ، كاتبة: «…»);
    // otherwise the title (قالت متحدثة باسم المكتب).
    if (match.tense === 'participle') {
      const next = this.tokens[index + 1];
      const complement =
        next?.type === 'mark' ||
        next?.norm === ':' ||
        (next?.type === 'word' && (COMPLEMENTISER_SET.has(next.norm) || PREPOSITIONS.has(next.norm)));
      return isComma(this.tokens[index - 1]) && complement ? match : undefined;
    }
    // أثنى ("praised") folds as the number اثني: not before عشر (اثني عشر لاعبا).
    if (match.lemma === 'أثنى') return TENS.has(this.tokens[index + 1]?.norm ?? '') ? undefined : match;
    if (match.lemma !== 'عبر') return undefined; // ردا, يعد: only after قد
    // وعبر هو الآخر عن …, وعبر الوزير هو الآخر عن …: "too" may stand before عن.
    if (this.tokens[this.afterToo(index + 1)]?.norm === 'عن') return match;
    const next = this.tokens[index + 1];
    const speakerLike =
      next?.type === 'word' &&
      (stripToSet(next.norm, TITLE_SET) !== undefined ||
        stripToSet(next.norm, ORGANISATION_SET) !== undefined);
    const subject = speakerLike ? this.subjectAt(index + 1) : null;
    // (a comma may close the subject before عن: وعبّر الأمين العام فلان، عن «ثقته …»)
    const after = subject ? subject.last + (isComma(this.tokens[subject.last + 1]) ? 2 : 1) : -1;
    if (subject && this.tokens[this.afterToo(after)]?.norm === 'عن') return match;
    // وعبر بعد التصويت ردا على أسئلة الصحفيين، عن أمله في …: عن and a feeling of the subject's own
    // (a noun with a possessive pronoun) later in the sentence.
    for (let k = index + 1; k < this.tokens.length && k <= index + MAX_SUBJECT_SPAN + 2; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || token.type === 'mark' || SENTENCE_ENDS.has(token.norm)) break;
      if (token.norm === 'عن' && this.tokens[k + 1]?.type === 'word' && this.isPossessed(k + 1)) return match;
    }
    return undefined;
  }

  /**
   * The word after a "too" at `at` (هو الآخر, هي الأخرى, هم الآخرون), else `at`: a pronoun that
   * repeats the subject and the word for "other", between a verb or its subject and its complement.
   */
  private afterToo(at: number): number {
    const pronoun = this.tokens[at];
    const other = this.tokens[at + 1];
    return pronoun?.type === 'word' &&
      SUBJECT_PRONOUNS.has(pronoun.norm) &&
      other?.type === 'word' &&
      OTHER_WORDS.has(other.norm)
      ? at + 2
      : at;
  }

  /** `في البيان`, `في بيان الوزارة` at `at`: the place a جاء or ورد reports from. */
  private inDocument(at: number): boolean {
    const document = this.tokens[at + 1]?.norm ?? '';
    // …or a ruling with the article (وجاء في الحكم, ورد في الفتوى), or the reasons of one (حيثيات الحكم)
    const of = this.tokens[at + 2]?.norm ?? '';
    return (
      this.tokens[at]?.norm === 'في' &&
      (DOCUMENT_SET.has(hasArticle(document) ? document.slice(2) : document) ||
        (hasArticle(document) && RULING_SET.has(document.slice(2))) ||
        (TEXT_HEAD_SET.has(document) && hasArticle(of) && TEXT_OF_DOCUMENT_SET.has(of.slice(2))))
    );
  }

  /**
   * The reporting verb the word at `index` is, if any. No past or present verb ends in ة: a word that
   * does is a noun (إشارة, إضافة, نشرة, ردة) that folding (ة to ه) made look like a verb with the
   * pronoun ه, so the final letter is read from the text.
   */
  private verbAt(index: number): CueMatch | undefined {
    const token = this.tokens[index] as Token;
    const match = lookupCue(token.norm) ?? lookupCueWithHa(token.norm);
    // النائب فرات الموسوي: a first name that spells ف and a verb once its hamza is folded away.
    if (match?.clitic === 'ف' && isFirstNameWithoutHamza(this.tokens, index, this.text)) return undefined;
    // بوصفها «…»: the pronoun is what is described; the speaker agrees with the verb the sentence opens
    // on (هاجمت الوزيرة الحركة، بوصفها «…»).
    if (match && DESCRIBING_BY_SET.has(token.norm))
      return { ...match, agreement: this.openingAgreement(index) };
    if (!match || match.tense === 'participle') return match;
    // ، وهو طالب جامعي, ، وهي كاتبة صحفية: after a comma and وهو/وهي a past form is the noun that says
    // what the person is (a student, not "demanded"); the clause a pronoun opens there is nominal.
    if (
      match.tense === 'past' &&
      match.clitic === '' &&
      CIRCUMSTANTIAL_PRONOUNS.has(this.tokens[index - 1]?.norm ?? '') &&
      isComma(this.tokens[index - 2])
    )
      return undefined;
    // وأن نقل المعلمات …, بأن ذكر …: a bare past form right after وأنّ, بأنّ or لأنّ is the clause's noun, its
    // subject (نقل, the transfer); أنّ takes a noun or a pronoun, never a verb (أنه نقل). (Not after أنْ
    // alone, which a past verb may follow: بعد أن قال.)
    // (But سبق وأن قال, the past told with سبق: the verb itself, أنّ there standing for أنْ.)
    if (
      match.tense === 'past' &&
      match.clitic === '' &&
      NOUN_BEFORE_THAT.has(this.tokens[index - 1]?.norm ?? '') &&
      !PAST_BEFORE_THAT.has(this.tokens[index - 2]?.norm ?? '') &&
      !PAST_BEFORE_THAT.has(this.tokens[index - 3]?.norm ?? '')
    )
      return undefined;
    let end = token.to;
    while (end > token.from && isIgnorable(this.text.charCodeAt(end - 1))) end--;
    return this.text[end - 1] === 'ة' ? undefined : match;
  }

  /**
   * The agreement of the verb that opens the sentence of the token at `index` (past in ت: feminine),
   * past the particles that may stand first (كما, ثم, لكن, وقد): whom a participle whose pronoun is
   * its object's goes with.
   */
  private openingAgreement(index: number): Agreement {
    let k = index - 1;
    while (k > 0 && index - k < MAX_OPENING_LOOKBACK) {
      const token = this.tokens[k - 1] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      k--;
    }
    while (k < index && OPENING_PARTICLES.has(this.tokens[k]?.norm ?? '')) k++;
    const verb = this.tokens[k]?.norm ?? '';
    return verb.length >= 4 && verb.endsWith('ت') ? 'f' : 'm';
  }

  private complementAfter(from: number): Cue['complement'] {
    // An outlet told, passed over, does not count towards the distance (في مقابلة مع إذاعة «…»، أن).
    let limit = from + MAX_COMPLEMENT_DISTANCE;
    for (let i = from; i < this.tokens.length && i < limit; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'break' || (SENTENCE_ENDS.has(token.norm) && !this.titleDot(i))) return 'none';
      if (token.norm === ':') return 'colon';
      if (token.type === 'mark') {
        // …and a platform or a place named in quotes after a preposition, with the complement right after
        // it (في تغريدة على «تويتر»، أن): passed over too.
        const close = this.closeOf.get(i);
        const before = this.tokens[i - 1]?.norm ?? '';
        // (or after an online place's head after such a preposition: عبر حسابه في منصة «إكس»، أنه; or
        // with ب on it, after one's account: على حسابه بموقع «تويتر»: «…»)
        const place =
          (ONLINE_PLACE_HEADS.has(before) && PLATFORM_PREPOSITIONS.has(this.tokens[i - 2]?.norm ?? '')) ||
          (/^ب(?:موقع|منصه)$/u.test(before) && /^حساب(?:ه|ها|هم)?$/u.test(this.tokens[i - 2]?.norm ?? ''));
        if (
          close !== undefined &&
          close - i <= MAX_OUTLET_TOKENS &&
          (PLATFORM_PREPOSITIONS.has(before) || place) &&
          this.toldAfter(close + 1)
        ) {
          limit += close - i;
          i = close;
          continue;
        }
        return 'quote';
      }
      if (token.type === 'word') {
        if (COMPLEMENTISER_SET.has(token.norm)) return 'that';
        // The outlet told, named in quotes after ل, إلى or مع (وذكر فلان لـ«عكاظ» أن, في حديثه إلى
        // «المدينة» أن): passed over to the complement after it.
        const outlet = this.outletTold(i);
        if (outlet >= 0) {
          limit += outlet - i;
          i = outlet;
          continue;
        }
        const cue = this.verbAt(i);
        if (
          cue &&
          cue.tense !== 'participle' &&
          cue.tense !== 'present' &&
          !this.isSourceAside(i) &&
          // (not a verb that describes a document, its relative clause: في بيان ورد للوكالة، أن)
          !this.describesDocument(i)
        )
          return 'none';
      }
    }
    return 'none';
  }

  /**
   * The closing mark of a short quoted name right after ل, إلى or مع at `index` (لـ«اليوم», إلى
   * «المدينة», مع «الرياض»), also with the outlet's head between (مع إذاعة «…», إلى صحيفة «…») or
   * carrying the ل (لصحيفة «…», لقناة «…»): the outlet whom the words were told; -1 when there is none.
   */
  private outletTold(index: number): number {
    const norm = this.tokens[index]?.norm ?? '';
    let mark = index + 1;
    if (norm === 'ل' || norm === 'الى' || norm === 'مع') {
      if (MEDIA_SET.has(this.tokens[mark]?.norm ?? '')) mark++;
    } else if (!isMediaHeadAfterLam(norm)) return -1;
    if (this.tokens[mark]?.type !== 'mark') return -1;
    const close = this.closeOf.get(mark);
    return close !== undefined && close - mark <= MAX_OUTLET_TOKENS ? close : -1;
  }

  /**
   * True when a verb that tells (TELLING_VERB_SET) or one that takes no object (تحدث), and its subject,
   * stand right before the ل of the quote, words only, within MAX_SUBJECT_SPAN words: وكشف المتحدث باسم
   * البلدية لـ«…», وتحدث المزارع فلان لـ«…» عن ….
   */
  private tellingCueBefore(span: Span): boolean {
    for (let k = span.open - 2; k >= 0 && span.open - 2 - k <= MAX_SUBJECT_SPAN; k--) {
      if (this.tokens[k]?.type !== 'word') return false;
      const cue = this.cueAt(k);
      // (a verb that tells, or one that takes no object, whose ل is always whom it spoke to: تحدث فلان
      // لـ«عكاظ» عن …)
      if (cue)
        return (
          (TELLING_VERB_SET.has(fold(cue.match.lemma)) || !cue.match.takesObject) && cue.end <= span.open - 1
        );
    }
    return false;
  }

  /**
   * True when a complement of saying starts at `index`, after at most one time word: a complementiser,
   * a colon, or إلى and a complementiser (إلى أن).
   */
  private toldAfter(index: number): boolean {
    // (a comma may close the aside first: في اتصال مع «…»، إن)
    const from = isComma(this.tokens[index]) ? index + 1 : index;
    const k = TIME_SET.has(this.tokens[from]?.norm ?? '') ? from + 1 : from;
    const norm = this.tokens[k]?.norm ?? '';
    if (norm === ':' || COMPLEMENTISER_SET.has(norm)) return true;
    return norm === 'الى' && COMPLEMENTISER_SET.has(this.tokens[k + 1]?.norm ?? '');
  }

  /**
   * True when an aside of where words were given opens at `index` (a comma before it or not): في and a
   * noun of speech, a post or a document (في تغريدة, في تصريح لـ«…», في بيان), then within
   * MAX_ASIDE_TOKENS words, commas and quoted names, a complement of saying (toldAfter).
   */
  private asideBeforeThat(index: number): boolean {
    const at = isComma(this.tokens[index]) ? index + 1 : index;
    const noun = this.tokens[at + 1];
    if (this.tokens[at]?.norm !== 'في' || noun?.type !== 'word') return false;
    if (!SPEECH_NOUN_SET.has(noun.norm) && !POSTS.has(noun.norm) && !isInDocument(this.tokens, at))
      return false;
    for (let k = at + 2; k < this.tokens.length && k - at <= MAX_ASIDE_TOKENS; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'word' ? this.toldAfter(k) : token.norm === ':') return true;
      if (token.type !== 'word' && token.type !== 'mark' && !isComma(token)) return false;
    }
    return false;
  }

  /** True when a word inside the quote is a word of a name the article already gave. */
  private holdsKnownName(span: Span): boolean {
    // (a final ي and ى are one letter in names as papers spell them: زكى, «زكي»)
    const spellings = (norm: string) => [norm, norm.replace(/ي$/u, 'ى'), norm.replace(/ى$/u, 'ي')];
    return this.wordsBetween(span).some((k) =>
      spellings((this.tokens[k] as Token).norm).some((w) => this.entities.knowsNameWord(w)),
    );
  }

  /**
   * True when, from `at` (right after a comma), a complement of saying comes (toldAfter), or an aside of
   * where or when the words were given (خلال, في, عبر, على, لدى, عقب, ضمن or a word with ب or ل on it)
   * runs on to a comma and that complement or to a colon, within the sentence and MAX_SUBJECT_ASIDE tokens.
   */
  private asideThenTold(at: number): boolean {
    if (this.toldAfter(at)) return true;
    const first = this.tokens[at];
    if (first?.type !== 'word' || (!SUBJECT_ASIDE_OPENERS.has(first.norm) && !/^[بل]/u.test(first.norm)))
      return false;
    for (let k = at + 1; k < this.tokens.length && k - at <= MAX_SUBJECT_ASIDE; k++) {
      const token = this.tokens[k] as Token;
      if (token.norm === ':') return true;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) return false;
      if (isComma(token) && this.toldAfter(k + 1)) return true;
    }
    return false;
  }

  /**
   * True when an outlet told with no marks (outletAfterLam: للجزيرة نت, لبي بي سي, لـCNN) stands right
   * after the subject's name, then a complementiser.
   */
  private unmarkedOutletBeforeThat(subject: Subject): boolean {
    const at = (subject.name.at(-1) ?? subject.last) + 1;
    const words = outletAfterLam(this.tokens, at);
    return words > 0 && COMPLEMENTISER_SET.has(this.tokens[at + words]?.norm ?? '');
  }

  /** True when an outlet told in quotes (outletTold) stands at `index`, then a complementiser. */
  private toldBeforeThat(index: number): boolean {
    const close = this.outletTold(index);
    return close >= 0 && COMPLEMENTISER_SET.has(this.tokens[close + 1]?.norm ?? '');
  }

  private attributeSpan(spanIndex: number): Attribution {
    const span = this.spans[spanIndex] as Span;
    const open = span.open;
    const coined = this.coinedBy(span);
    if (coined) return coined;
    // وقالت الشركة المشغلة للقطار، «سار»، في بيان إن …: the body's own name between commas after the
    // cue's subject, a mention; the body speaks by it.
    const apposed = this.apposedToSubject(span);
    if (apposed) {
      const entity = apposed.entity;
      const name = this.mentionOf(this.wordsBetween(span), true, true);
      const firm = entity?.forms.some(describesFirm);
      const holder = !entity?.organisation && apposed.subject?.name.length === 0;
      if (entity && name && (entity.organisation || firm || holder))
        this.entities.addFullerName(entity, name);
      return { kind: 'mention', speaker: null, cue: null };
    }
    // واتهمت الوزارة الشركة المشغلة للمستشفى، «…»، بالتقصير: a firm described by what it does, then its
    // name between commas, wherever the phrase stands.
    const described =
      this.nameInCommas(span) || this.nameWithTrade(span) ? this.firmDescribedBefore(span.open - 1) : -1;
    if (described >= 0) {
      // …and the firm so described, known by those words (ونقلت الوكالة عن الشركة المالكة للناقلة، «…»،
      // قولها), speaks by that name.
      const words: string[] = [];
      for (let k = described; k < span.open - 1; k++) {
        const token = this.tokens[k] as Token;
        words.push(k === described ? withoutLeadingPreposition(token) : token.norm);
      }
      const firm = this.entities.byTitle(words);
      const name = this.mentionOf(this.wordsBetween(span), true, true);
      if (firm && name && firm.forms.some(describesFirm)) this.entities.addFullerName(firm, name);
      return { kind: 'mention', speaker: null, cue: null };
    }
    if (
      this.labelOfThing(span.open) ||
      this.inLatinOnly(span) ||
      this.carriedVia(span) ||
      this.personNamed(span)
    )
      return { kind: 'mention', speaker: null, cue: null };
    // وأفاد فلان «عكاظ» بأن …, وأبلغت الوزارة «الرياض» أن …: whom the words were told, the cue's
    // complement still to come after the quote.
    if (this.toldBeforeComplement(span)) return { kind: 'mention', speaker: null, cue: null };
    if (
      this.isNamed(span) ||
      this.joinsNamed(spanIndex) ||
      this.isRecurringName(span) ||
      this.isShortName(span) ||
      this.isDescribed(span) ||
      this.isAppositeName(span) ||
      this.isTitledPersonName(span) ||
      this.isPersonsFullName(span) ||
      this.isMediaName(span) ||
      this.isPhraseShortName(span) ||
      this.isVerbSubject(span) ||
      this.isRelativeSubject(span) ||
      this.isConstructName(span) ||
      this.headedName(span) ||
      this.toldInAside(span) ||
      this.nameInUse(span) ||
      this.isNumberedName(span) ||
      this.documentAppearedIn(span) ||
      this.namesDefiniteNoun(span) ||
      this.subjectOfNextQuote(span) ||
      this.partnerNamed(span) ||
      this.namedBeforeComplement(span) ||
      this.firstOfAlternatives(span) ||
      this.placeNamed(span) ||
      this.countedFigure(span) ||
      this.creditLine(span)
    )
      return { kind: 'mention', speaker: null, cue: null };
    // A quote inside a quote is a name or a term that the speaker quotes, or the words of someone the
    // speaker names with a verb of saying inside the outer quote.
    if (span.parent !== -1) return this.quotedInQuote(span) ?? { kind: 'mention', speaker: null, cue: null };
    // ندوة بعنوان: «…», حملة تحت شعار: «…»: a noun that names what follows, bare before the colon: a name.
    if (this.tokens[open - 1]?.norm === ':' && TITLE_BEFORE_COLON.has(this.tokens[open - 2]?.norm ?? ''))
      return { kind: 'mention', speaker: null, cue: null };
    // مسؤول (تحتفظ «الحياة» باسمه): the paper that keeps a source's name, between the verb and باسمه.
    if (
      KEEPS_NAME.has((this.tokens[open - 1]?.norm ?? '').replace(/^و/u, '')) &&
      /^باسم(?:ه|ها|هم|هما)$/u.test(this.tokens[span.close + 1]?.norm ?? '')
    )
      return { kind: 'mention', speaker: null, cue: null };
    const back = this.readBack(open);
    if (
      back.cue &&
      (this.inSubject(span, back.cue) ||
        this.inPreamble(span, back.cue) ||
        this.isInscription(back.cue) ||
        this.tellsStory(back.cue, back.colon) ||
        this.noteFrame(back.cue) ||
        this.textStipulates(back.cue))
    )
      return { kind: 'mention', speaker: null, cue: null };
    // «…»، يقول فلان، لـ«يورونيوز».: a cue after the words it reports takes no words after it; a name
    // in its tail after a preposition is whom, or where, they were given.
    if (back.cue && this.inReportedCueTail(span, back.cue))
      return { kind: 'mention', speaker: null, cue: null };
    const answered = back.cue ? this.answeredSource(back.cue, open) : -1;
    if (answered >= 0) {
      const sourced = this.fromSource(answered, 'partial');
      if (sourced) return sourced;
    }
    if (back.cue) {
      const said = this.fromCue(back.cue, back, open);
      // وأشارت الوكالة إلى أن «…»، بحسب ما أفادت قناة …: the carrier relays the source named after.
      const carrier = said.speaker?.entity;
      if (carrier && this.isMedia(carrier)) {
        const source = this.sourceAfter(span, said.kind);
        if (source?.speaker && source.speaker.entity !== carrier) return { ...said, speaker: source.speaker };
      }
      return said;
    }
    if (back.previous !== undefined) {
      const previous = this.results[back.previous];
      // «…»، وبحث الجانبان، وفق بيان الخارجية، «…»: the source named between the two quotes.
      const sourced =
        previous && previous.kind !== 'mention' && back.source >= 0
          ? this.fromSource(back.source, 'partial')
          : null;
      if (sourced) return sourced;
      if (previous && previous.kind !== 'mention') {
        return { kind: 'partial', speaker: previous.speaker, cue: previous.cue };
      }
    }
    const after = this.readAfter(span);
    if (after) return after;
    const pointed = this.pointedAfter(span);
    if (pointed) return pointed;
    // وتأمل المؤسسة، وفق فلان، أن …«…»: a source between commas inside the sentence names whose account
    // the rest of it gives, the quote in it too.
    if (
      back.source > back.sentenceStart &&
      isComma(this.tokens[back.source - 1]) &&
      this.asideClosed(back.source, open)
    ) {
      const sourced = this.fromSource(back.source, 'partial');
      if (sourced) return sourced;
    }
    // وبحسب وسائل إعلام إسرائيلية، فإن «…»: a source phrase opens the sentence.
    const opening = this.tokens[back.sentenceStart];
    if (opening?.type === 'word' && back.sentenceStart < open) {
      const sourced = this.fromSource(back.sentenceStart, back.colon ? 'direct' : 'partial');
      if (sourced) return sourced;
    }
    if (back.colon) return this.headline(back.sentenceStart, open);
    const stated = this.headlineStatement(span, back.sentenceStart);
    if (stated) return stated;
    const interjected = this.interjected(span);
    if (interjected) return interjected;
    const carried = this.carriedOver(spanIndex) ?? this.reportedBefore(spanIndex);
    if (carried) return carried;
    const turn = this.clauseInTurn(spanIndex, back.sentenceStart);
    if (turn) return turn;
    const led = this.headlineLead(span) ?? this.headlineTail(span);
    if (led) return led;
    return { kind: 'mention', speaker: null, cue: null };
  }

  /**
   * A headline that opens with the words and names their speaker after them («فزنا في ملعبكم!».. رئيس
   * الأهلي يزلزل الهلال, «لن نتراجع».. فلان يرد على …): the quote opens its paragraph, holds a clause or a
   * sentence of two words or more (no name: «موسم الرياض».. انطلاق …), and after it, past ".." or a
   * dash, a title, a body or a known name stands as the subject of the headline's verb.
   */
  private headlineLead(span: Span): Attribution | null {
    const before = this.tokens[span.open - 1];
    if (span.close < 0 || span.parent !== -1 || (before !== undefined && before.type !== 'break'))
      return null;
    if (span.close - span.open - 1 < 2) return null;
    // (a name's shape unless a definite word and its predicate: «الفريق جاهز للقمة»; not a title or a
    // slogan, a preposition or أولا second, لا or نعم before ل: «الحرب على الفساد», «الوطن أولا»,
    // «لا للتمديد»)
    const [first, second] = this.wordsBetween(span).map((w) => (this.tokens[w] as Token).norm);
    if (first === undefined || second === undefined) return null;
    if ((first === 'لا' || first === 'نعم') && second.startsWith('ل')) return null;
    const predicate =
      hasArticle(first) &&
      !hasArticle(second) &&
      !isGivenName(second) &&
      !PLACE_SET.has(second) &&
      !PREPOSITIONS.has(second) &&
      second !== 'اولا';
    if (this.nameLike(span) && !predicate) return null;
    let k = span.close + 1;
    let dots = 0;
    while (this.tokens[k]?.type === 'punct' || this.tokens[k]?.norm === '.' || this.tokens[k]?.norm === '-') {
      if (this.tokens[k]?.norm === '.') dots++;
      k++;
      if (k - span.close > 4) return null;
    }
    const dash = this.tokens[k - 1]?.norm === '-';
    if (dots < 2 && !dash) return null;
    // «الوضع سيء».. تصريحات صادمة من فلان: a noun of statements, its adjectives, then من and who made them.
    const from = this.statementsFrom(k, span);
    if (from >= 0) {
      const maker = this.subjectAt(from);
      const resolved =
        maker?.first === from && this.speakerSubject(maker) ? this.resolveSubject(maker) : null;
      return resolved
        ? {
            kind: 'partial',
            speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
            cue: null,
          }
        : null;
    }
    let subject = this.tokens[k]?.type === 'word' ? this.subjectAt(k) : null;
    if (!subject || subject.first !== k) return null;
    if (!this.speakerSubject(subject) && !(subject.name.length >= 2 && opensGivenName(this.tokens, k)))
      return null;
    // (the headline's verb in the present read into the name: رئيس الأهلي يزلزل الهلال)
    // (…the first such word whose next is not one too: a surname in ت or ي stays, الرئيس تبون يرد)
    const presentLike = (w: number | undefined) => {
      const norm = w === undefined ? '' : (this.tokens[w]?.norm ?? '');
      return /^[يت].{2,}$/u.test(norm) && !isGivenName(norm);
    };
    // (a verb after it, not a noun in the accusative or with ة: يطلق تحذيرا, يدشن حملة)
    const verbAfter = (w: number) => presentLike(w) && !/(?:ا|ه|ات)$/u.test(this.tokens[w]?.norm ?? '');
    const verb = subject.name.findIndex(
      (w, n) => presentLike(w) && !verbAfter(subject?.name[n + 1] ?? (subject?.last ?? 0) + 1),
    );
    const cut = verb >= 0 ? subject.name.slice(verb).map((w) => (this.tokens[w] as Token).norm) : [];
    if (verb >= 0) {
      const name = subject.name.slice(0, verb);
      const last = (name.at(-1) ?? subject.title.at(-1)) as number | undefined;
      if (last === undefined) return null;
      subject = { ...subject, name, last, closed: true };
    }
    if (this.tokens[subject.last + 1]?.type !== 'word') return null;
    const resolved = this.resolveSubject(subject);
    if (!resolved) return null;
    // (a speaker learnt elsewhere with the headline's verb in his name is that misreading: none)
    if (cut.some((w) => resolved.entity.forms.some((f) => f.words.includes(w)))) return null;
    return {
      kind: 'direct',
      speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
      cue: null,
    };
  }

  /**
   * After a headline's quote `span`, a noun of statements at `at` (تصريحات, تصريح, رسالة, حديث), up to two
   * adjectives without the article (صادمة, نارية), then من: the token after من, who made them; -1 otherwise.
   */
  private statementsFrom(at: number, span: Span): number {
    const head = this.tokens[at]?.norm ?? '';
    if (!STATEMENT_HEADS.has(head)) return -1;
    // (a question before a reply is what was answered, not the reply: «أين الدولة؟».. رد من الوزير)
    if (head === 'رد' && /[؟?]$/u.test(this.tokens[span.close - 1]?.norm ?? '')) return -1;
    for (let k = at + 1; k <= at + 3; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word') return -1;
      if (token.norm === 'من') return this.tokens[k + 1]?.type === 'word' ? k + 1 : -1;
      if (hasArticle(token.norm) || STOP_SET.has(token.norm)) return -1;
    }
    return -1;
  }

  /**
   * A headline that names its speaker first, then what he did, then the words after "..": فلان خلال تأبين
   * ….. «…». The quote closes its line, the first in the text; the line opens with a person or a body
   * the article speaks of (a known name, a title or a body), read up to a word that is not his.
   */
  private headlineTail(span: Span): Attribution | null {
    const open = span.open;
    if (span.close < 0 || span.parent !== -1) return null;
    if ((this.tokens[open] as Token).paragraph !== 1) return null;
    const after = this.tokens[span.close + 1];
    if (after !== undefined && after.type !== 'break' && !SENTENCE_ENDS.has(after.norm)) return null;
    if (this.tokens[open - 1]?.norm !== '.' || this.tokens[open - 2]?.norm !== '.') return null;
    if (this.tokens[0]?.type !== 'word') return null;
    for (let k = 0; k < open - 2; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'mark' || token.type === 'break' || token.norm === ':') return null;
    }
    const subject = this.subjectAt(0);
    if (subject?.first !== 0 || !this.speakerSubject(subject)) return null;
    // (what he did is told after a preposition or a word of circumstance, خلال, في, أمام: not a verb,
    // whose object the quote may be, ميسي يتوج بجائزة.. «الأفضل», or whose doer is another's, فلان يتعرض
    // لهتافات.. «…»)
    const doing = this.tokens[subject.last + 1];
    if (doing?.type !== 'word' || !(PREPOSITIONS.has(doing.norm) || CIRCUMSTANCE_HEADS.has(doing.norm)))
      return null;
    const resolved = this.resolveSubject(subject);
    if (!resolved || !this.entities.knowsNameWord((this.tokens[0] as Token).norm)) return null;
    return {
      kind: 'partial',
      speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
      cue: null,
    };
  }

  /**
   * True when a short name-shaped quote (nameLike) stands where the hearer stands, the words still to
   * come: right after a cue's phrase (its verb and subject: وأفاد فلان «عكاظ» بأن …, وأخبرت الطالبة
   * فلانة «سبق» بأنها, وأفادت فلانة «الوطن»: «…»), with the cue's complement, a complementiser that
   * brings words (not لأن, كون, فإن) or a colon, right after its closing mark. Words said there would be
   * that complement themselves; a name of a thing there is the hearer, the paper or the channel told.
   */
  private toldBeforeComplement(span: Span): boolean {
    if (span.parent !== -1 || span.close < 0 || !this.nameLike(span)) return false;
    const open = span.open;
    // وأفاد «عكاظ» مصدر مطلع بأن …: the hearer before the subject (toldOutletAfter read the cue past it).
    const verb = this.tokens[open - 1]?.type === 'word' ? this.cueAt(open - 1) : null;
    if (verb?.subject && verb.subject.first > span.close) return true;
    const next = this.tokens[span.close + 1];
    if (next?.norm !== ':' && !(next?.type === 'word' && BRINGS_WORDS.test(next.norm))) return false;
    for (let k = open - 1; k >= 0 && open - 1 - k <= MAX_SUBJECT_SPAN; k--) {
      if (this.tokens[k]?.type !== 'word') return false;
      const cue = this.cueAt(k);
      if (!cue) continue;
      // A verb with an object of its own takes the quote for it (ووصف الوزير «الاتفاق» بأنه …), unless
      // that object is the one told (أبلغ, أخبر: HEARER_OBJECT_VERBS).
      if (cue.match.takesObject && !HEARER_OBJECT_VERBS.has(cue.match.lemma)) return false;
      return cue.subject !== null && cue.end === open;
    }
    return false;
  }

  /**
   * True when the cue a quote reads back to reports words quoted before it («…»، يقول فلان، …: a closing
   * mark, a comma, then at most MAX_AFTER_CUE_LEAD words before the verb), and the quote is a short
   * name-shaped one (nameLike) in the cue's own tail, after a preposition of whom or where words were given
   * (لـ, مع, إلى, عبر, على), with only words and commas between the cue and it, no complementiser or
   * colon, and no complement of saying after it: the words were given already, the quote is the
   * outlet told («…»، تقول فلانة، لـ«يورونيوز»., «…»، قال فلان، في حديث لـ«لوموند»., في اتصال مع «…»).
   */
  private inReportedCueTail(span: Span, cue: Cue): boolean {
    const open = span.open;
    if (span.parent !== -1 || span.close < 0 || cue.index >= open) return false;
    // …a verb with its subject (يقول فلان), not a participle going on after the quote (داعيا إلى «…»,
    // مشيرا إلى «…»), nor a verb whose preposition governs its own complement (دعا, أشار إلى «…»).
    if (!cue.subject || cue.subject.first < cue.index || POINTING_SET.has(cue.match.lemma)) return false;
    const preposition = this.tokens[open - 1];
    if (preposition?.type !== 'word' || !TAIL_PREPOSITIONS.has(preposition.norm)) return false;
    if (!this.nameLike(span) || this.toldAfter(span.close + 1)) return false;
    // على, عبر only before a platform's name (كتبت فلانة على «تيك توك»), whatever the verb: شدد فلان على
    // «الوحدة» is its complement. لـ, مع, إلى not after a verb that takes an object, whose object may
    // stand before the quote (فيما أعلنت الجماعة تأييدها لـ«انفصال» الجنوب).
    if (TOLD_PREPOSITIONS.has(preposition.norm) ? cue.match.takesObject : !this.platformNamed(span))
      return false;
    for (let k = cue.index + 1; k < open - 1; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') {
        if (isComma(token)) continue;
        return false;
      }
      // (no noun of calling: قال الوزير في دعوة لـ«التهدئة» is what he called for)
      if (COMPLEMENTISER_SET.has(token.norm) || stripToSet(token.norm, CALLING_SET) !== undefined)
        return false;
    }
    let j = cue.index - 1;
    while (j >= 0 && cue.index - j <= MAX_AFTER_CUE_LEAD && this.tokens[j]?.type === 'word') j--;
    return isComma(this.tokens[j]) && this.spanByClose.has(j - 1);
  }

  /**
   * A closed quote shaped as a name: at most MAX_APPOSED_NAME_WORDS words, name-shaped, no clause in it,
   * opening with no clause opener, complementiser, noun of a complement (ضرورة) or verb.
   */
  private nameLike(span: Span): boolean {
    if (span.close < 0 || span.close - span.open - 1 > MAX_APPOSED_NAME_WORDS) return false;
    if (!this.nameShaped(span) || this.holdsClause(span)) return false;
    const first = this.tokens[span.open + 1] as Token;
    return (
      first.type === 'word' &&
      !CLAUSE_OPENER_SET.has(first.norm) &&
      !COMPLEMENTISER_SET.has(first.norm) &&
      !COMPLEMENT_NOUN_SET.has(first.norm) &&
      this.verbAt(span.open + 1) === undefined
    );
  }

  /**
   * The cue whose subject the quote names in apposition, or null: the quote stands between commas right
   * after the subject (وقالت الشركة المالكة للسفينة، «…»، إن, وأكدت الشركة المطورة، «…»، أن), it is a
   * short name (name-shaped, no clause opener, no verb), and the words of the cue come after the second
   * comma: a complementiser or a colon, an aside of where they were given (في بيان إن) or the outlet
   * told (لـ«…» إن). Words said would stand after the comma with nothing of the cue's to come.
   */
  private apposedToSubject(span: Span): Cue | null {
    const open = span.open;
    if (!this.nameInCommas(span)) return null;
    // …only after a firm described by what it does (الشركة المالكة للموقع، الشركة المطورة،), which wants
    // its name, or for a kunya (وقال القيادي الميداني، «أبو عمر»،): after a plain subject the quote is a
    // word of the speaker's (وقالت الوزيرة، «بصراحة»، إن, وقالت الحكومة، «مرة أخرى»، إن).
    // …or after a title with no name, whose holder's name it is (قال محافظ المدينة، «فلان الفلاني»، خلال
    // مؤتمر صحفي، إن …): two words or more, the words said going on after an aside.
    const titled =
      this.firmDescribedBefore(open - 1) < 0 &&
      !KUNYA_SET.has((this.tokens[open + 1] as Token).norm) &&
      this.personNameShaped(span);
    if (
      this.firmDescribedBefore(open - 1) < 0 &&
      !KUNYA_SET.has((this.tokens[open + 1] as Token).norm) &&
      !titled
    )
      return null;
    // (a time word between commas may come first: «…»، أمس، أن)
    const timed =
      TIME_SET.has(this.tokens[span.close + 2]?.norm ?? '') && isComma(this.tokens[span.close + 3]);
    const after = timed ? span.close + 4 : span.close + 2;
    if (
      !this.toldAfter(after) &&
      !this.asideBeforeThat(after) &&
      !this.toldBeforeThat(after) &&
      !(titled && this.asideThenTold(after))
    )
      return null;
    for (let k = open - 2; k >= 0 && open - 2 - k <= MAX_SUBJECT_SPAN; k--) {
      if (this.tokens[k]?.type !== 'word') return null;
      const cue = this.cueAt(k);
      if (!cue) continue;
      if (!cue.subject || !cue.entity || cue.end > open - 1) return null;
      // …the subject read to the comma, or to a phrase that governs what the firm owns or runs (الشركة
      // المالكة للموقع، المصنع المالك للعلامة،), one or two words after ل, ب, عن or في.
      const rest = this.tokens[cue.end] as Token;
      const governs =
        open - 1 - cue.end <= 2 && (PREPOSITIONS.has(rest.norm) || /^(?:لل|[بل]ال)/u.test(rest.norm));
      if (
        titled &&
        (cue.subject.name.length > 0 || cue.subject.title.length === 0 || cue.subject.organisation)
      )
        return null;
      return cue.end === open - 1 || governs ? cue : null;
    }
    return null;
  }

  /**
   * True when a quote holds two to four words and nothing else, a given name first that is no title's
   * word: a person's name, not a phrase of the speaker's («مرة أخرى», «بكل صراحة»).
   */
  private personNameShaped(span: Span): boolean {
    const words = span.close - span.open - 1;
    const first = (this.tokens[span.open + 1] as Token).norm;
    return (
      words >= 2 &&
      words <= 4 &&
      isGivenName(first) &&
      !TITLE_SET.has(first) &&
      this.wordsBetween(span).every((k) => this.tokens[k]?.type === 'word')
    );
  }

  /**
   * True when a closed quote stands between commas and is a short name: name-shaped, at most
   * MAX_APPOSED_NAME_WORDS words, opening with no clause opener, complementiser or verb.
   */
  private nameInCommas(span: Span): boolean {
    const open = span.open;
    if (span.close < 0 || !isComma(this.tokens[open - 1]) || !isComma(this.tokens[span.close + 1]))
      return false;
    if (span.close - open - 1 > MAX_APPOSED_NAME_WORDS || !this.nameShaped(span)) return false;
    const first = this.tokens[open + 1] as Token;
    return (
      first.type === 'word' &&
      !CLAUSE_OPENER_SET.has(first.norm) &&
      !COMPLEMENTISER_SET.has(first.norm) &&
      this.verbAt(open + 1) === undefined
    );
  }

  /**
   * True when a closed quote after a comma is a short name (nameInCommas but for what ends it) followed by
   * the trade its firm is in, a genitive of one or two words opening with لل (للتجارة, للخدمات
   * اللوجستية), then a comma or the sentence's end: الشركة المستوردة للشحنة، «نجمة الشرق» للتجارة، …
   */
  private nameWithTrade(span: Span): boolean {
    if (span.close < 0 || !isComma(this.tokens[span.open - 1]) || !this.nameLike(span)) return false;
    const trade = this.tokens[span.close + 1];
    if (trade?.type !== 'word' || !trade.norm.startsWith('لل')) return false;
    let end = span.close + 2;
    if (this.tokens[end]?.type === 'word' && hasArticle((this.tokens[end] as Token).norm)) end++;
    const after = this.tokens[end];
    return after === undefined || after.type === 'break' || isComma(after) || SENTENCE_ENDS.has(after.norm);
  }

  /**
   * Where the words ending right before the comma at `comma` start when they describe a firm by what it
   * does, or -1: a definite head, a participle of FIRM_ROLE_SET, and what it owns or runs in one or two words after a
   * preposition (الشركة المشغلة للمستشفى, المصنع المالك للعلامة), or the participle last (الشركة المصنعة).
   */
  private firmDescribedBefore(comma: number): number {
    for (let k = comma - 1; k >= 1 && comma - 1 - k <= 2; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return -1;
      if (!FIRM_ROLE_SET.has(token.norm)) continue;
      const head = this.tokens[k - 1] as Token;
      if (head.type !== 'word' || !hasArticle(head.norm)) return -1;
      const next = (this.tokens[k + 1] as Token).norm;
      return k === comma - 1 || PREPOSITIONS.has(next) || /^(?:لل|[بل]ال)/u.test(next) ? k - 1 : -1;
    }
    return -1;
  }

  /**
   * True when the quote at `open` is the second object of a verb that labels (LABELLING_VERBS: يعتبر,
   * يصنف, يعد, يصف, in the present) opening a clause that describes an indefinite noun of a thing, the
   * verb's first object between (قانون جديد يعتبر العبودية «…», نظاما جديدا يصنف التحرش «…», لائحة
   * جديدة تعتبر الاغتيالات السياسية «…»): the label a law or a text gives, no one's words. The noun and
   * its adjectives carry no article, and none is a person's title or description (شاب يعتبر نفسه «…»).
   */
  private labelOfThing(open: number): boolean {
    let verb = open - 1;
    while (verb >= open - MAX_LABELLED_WORDS - 1 && hasArticle(this.tokens[verb]?.norm ?? '')) verb--;
    const token = this.tokens[verb];
    if (verb === open - 1 || token?.type !== 'word' || !LABELLING_VERBS.has(token.norm)) return false;
    // An indefinite noun of a thing with its indefinite adjective, agreeing (قانون جديد, نظاما جديدا,
    // لائحة جديدة): not a possessed noun or a name, whose view the clause gives (إن بلاده تعتبر القرار
    // «…», أن موسكو تعتبر التوسع «…»).
    const plain = (token: Token | undefined): token is Token =>
      token?.type === 'word' &&
      !hasArticle(token.norm) &&
      !STOP_SET.has(token.norm) &&
      !PREPOSITIONS.has(token.norm) &&
      !COMPLEMENTISER_SET.has(token.norm);
    const adjective = this.tokens[verb - 1];
    const noun = this.tokens[verb - 2];
    if (!plain(adjective) || !plain(noun) || this.isPossessed(verb - 1) || this.isPossessed(verb - 2))
      return false;
    const ending = (norm: string): string => (norm.endsWith('ه') ? 'ه' : norm.endsWith('ا') ? 'ا' : '');
    if (ending(adjective.norm) !== ending(noun.norm)) return false;
    if (PLACE_SET.has(noun.norm) || this.entities.knowsNameWord(noun.norm)) return false;
    for (let k = verb - 1; k >= 0 && verb - k <= 3; k--) {
      const word = this.tokens[k] as Token;
      if (word.type !== 'word' || hasArticle(word.norm)) break;
      if (
        stripToSet(word.norm, TITLE_SET) !== undefined ||
        DESCRIPTION_SET.has(word.norm) ||
        UNNAMED_SOURCE_SET.has(word.norm) ||
        this.cueAt(k) !== null
      )
        return false;
    }
    return true;
  }

  /** The indices of the words inside a closed quote. */
  private wordsBetween(span: Span): number[] {
    const words: number[] = [];
    for (let i = span.open + 1; i < span.close; i++) if (this.tokens[i]?.type === 'word') words.push(i);
    return words;
  }

  /**
   * A name-shaped quote joined by و right after a quoted name (مثل «فايبر» و«تانغو», صحيفتا «عكاظ»
   * و«الوطن»): the next name of the same list, a mention too.
   */
  private joinsNamed(spanIndex: number): boolean {
    const span = this.spans[spanIndex] as Span;
    const previous = this.spans[spanIndex - 1];
    // تصدر «…» القائمة، يليه «…»: the next of a ranking after a quoted name, in the same sentence.
    const follower = this.tokens[span.open - 1];
    if (
      previous !== undefined &&
      previous.parent === span.parent &&
      follower?.type === 'word' &&
      RANK_FOLLOWER_SET.has(follower.norm) &&
      this.results[spanIndex - 1]?.kind === 'mention' &&
      span.open - previous.close <= MAX_RANK_GAP &&
      (this.tokens[previous.close] as Token).sentence === follower.sentence &&
      this.nameShaped(span) &&
      !this.holdsClause(span)
    )
      return true;
    return (
      previous !== undefined &&
      previous.close === span.open - 2 &&
      previous.parent === span.parent &&
      JOINING_WORDS.has(this.tokens[span.open - 1]?.norm ?? '') &&
      this.results[spanIndex - 1]?.kind === 'mention' &&
      this.nameShaped(span) &&
      !this.holdsClause(span)
    );
  }

  /**
   * وبحسب الدراسة، التي نشرتها مجلة …، فإن «…»: فإن answers the source phrase that opens the
   * sentence, so a verb between the two belongs to an aside about the source. The source phrase's
   * token, or -1.
   */
  private answeredSource(cue: Cue, open: number): number {
    let fa = -1;
    for (let i = cue.index + 1; i < open && i <= cue.index + MAX_COMPLEMENT_DISTANCE; i++)
      if ((this.tokens[i] as Token).norm === 'فان') fa = i;
    if (fa < 0) return -1;
    let start = cue.index;
    while (start > 0 && cue.index - start < MAX_SUBJECT_SPAN) {
      const token = this.tokens[start - 1] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      start--;
    }
    return start < cue.index && this.matchPhrase(start, SOURCE_PHRASE_LIST) > 0 ? start : -1;
  }

  /**
   * A whole clause quoted where no verb of saying governs it (أما المسار الثاني، وبموجبه «…», a
   * sentence of its own after a line of narration), while a speaker holds the floor (speech in this
   * paragraph or the one before): that speaker's words, direct when the quote opens its sentence,
   * partial inside one. Names, titles and slogans are short; a clause of this length is speech.
   */
  private clauseInTurn(spanIndex: number, sentenceStart: number): Attribution | null {
    const span = this.spans[spanIndex] as Span;
    if (span.close < 0) return null;
    let words = 0;
    for (let i = span.open + 1; i < span.close && words < MIN_CLAUSE_WORDS; i++)
      if ((this.tokens[i] as Token).type === 'word') words++;
    // A shorter quote that is a whole sentence of its own («…». in a paragraph of speech) is speech
    // too, when the speech before it is in the same paragraph.
    const after = this.tokens[span.close + 1];
    const inside = this.tokens[span.close - 1];
    const wholeSentence =
      sentenceStart === span.open &&
      (after === undefined ||
        after.type === 'break' ||
        SENTENCE_ENDS.has(after.norm) ||
        (inside !== undefined && SENTENCE_ENDS.has(inside.norm)));
    const short = words < MIN_CLAUSE_WORDS;
    if (short && !(wholeSentence && words >= MIN_SENTENCE_WORDS)) return null;
    // …and only right after the sentence that ends the speech before it (no sentence of someone
    // else's between: وردت المعارضة ببيان. «…»).
    if (short && this.sentencesSinceQuote(span.open) > 1) return null;
    // Right after an indefinite noun the clause describes it (وأموال «لتنفيذ …», حديث «…»).
    const before = this.tokens[span.open - 1];
    if (
      before?.type === 'word' &&
      !hasArticle(before.norm) &&
      !COMPLEMENTISER_SET.has(before.norm) &&
      !this.isPossessed(span.open - 1)
    )
      return null;
    // A work named a few words before or after (كتابه الجديد «…», «…» رواية جديدة, «…» هو عنوان
    // روايته): the quote is its title.
    const names = (token: Token) =>
      stripToSet(token.norm, NAMING_SET) !== undefined || possessedNamingNoun(token.norm);
    // …anywhere in the sentence before it (وأطلقت الوزارة حملتها الوطنية الكبرى لهذا العام «…»,
    // ورفع العمال اللافتات «…»): the quote is what the work or the banner says.
    for (let k = span.open - 1; k >= sentenceStart && span.open - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') continue;
      const bare = hasArticle(token.norm) ? token.norm.slice(2) : token.norm;
      if (
        names(token) ||
        NAMING_SET.has(bare) ||
        QUESTION_NOUNS.has(bare) ||
        INSCRIBING_VERBS.has(token.norm)
      )
        return null;
    }
    for (let k = span.close + 1; k < this.tokens.length && k <= span.close + TITLE_LOOKBACK; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') break;
      if (names(token)) return null;
    }
    const opener = this.tokens[span.open] as Token;
    for (let k = spanIndex - 1; k >= 0 && spanIndex - k <= MAX_CARRIED_SPANS; k--) {
      const previous = this.results[k];
      if (this.paragraphsSince(k, opener) > (short ? 0 : 1)) return null;
      if (!previous || previous.kind === 'mention') continue;
      if (!previous.speaker) return null;
      return {
        kind: sentenceStart === span.open ? 'direct' : 'partial',
        speaker: {
          entity: previous.speaker.entity,
          mention: this.entities.canonical(previous.speaker.entity),
          resolution: 'continuation',
        },
        cue: null,
      };
    }
    return null;
  }

  /** Sentence ends between the last quote before `open` and `open`, counted up to 2. */
  private sentencesSinceQuote(open: number): number {
    let ends = 0;
    for (let k = open - 1; k >= 0 && open - k <= MAX_LOOKBACK_STEPS && ends < 2; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'mark' && this.spanByClose.has(k)) return ends;
      if (SENTENCE_ENDS.has(token.norm)) ends++;
    }
    return ends;
  }

  /**
   * What someone called a thing, in words of their own: [ب]ما سماه «…», ما أسمته «…» (a past naming
   * verb, its object pronoun standing for ما). The quote is the coinage of the verb's dropped
   * subject, the speaker so far, as partial speech; ما يسمى «…» ("so-called") has no one behind it.
   */
  private coinedBy(span: Span): Attribution | null {
    // ما سماه الرئيس «…», ما تسميه الصحيفة «…»: a subject of its own after the naming verb.
    const named = this.coinedWithSubject(span);
    if (named) return named;
    const verb = this.tokens[span.open - 1];
    const what = this.tokens[span.open - 2];
    if (verb?.type !== 'word' || what?.type !== 'word' || !WHAT_SET.has(what.norm)) return null;
    const agreement = COINING_VERBS.get(verb.norm);
    if (!agreement) return null;
    const cue = this.cueText(span.open - 1);
    // ودعا الوزير إلى … بما سماه «…»: the subject of the verb of saying before it, if they agree.
    const said = this.readBack(span.open).cue;
    if (said?.entity && said.subject && said.match.agreement === agreement)
      return {
        kind: 'partial',
        speaker: { entity: said.entity, mention: said.mention, resolution: 'explicit' },
        cue,
      };
    const entity = this.entities.continuing(agreement, this.paragraphOf(verb));
    if (!entity) return null;
    return {
      kind: 'partial',
      speaker: { entity, mention: this.entities.canonical(entity), resolution: 'continuation' },
      cue,
    };
  }

  /** ما سماه الرئيس «…»: the naming verb's own subject, one to four words between it and the quote. */
  private coinedWithSubject(span: Span): Attribution | null {
    for (let verb = span.open - 2; verb >= span.open - 5 && verb > 0; verb--) {
      const token = this.tokens[verb] as Token;
      if (token.type !== 'word') return null;
      const what = this.tokens[verb - 1];
      if (!COINING_VERBS.has(token.norm) || what?.type !== 'word' || !WHAT_SET.has(what.norm)) continue;
      const subject = this.subjectAt(verb + 1);
      if (!subject || subject.last !== span.open - 1) return null;
      subject.closed = true;
      const resolved = this.resolveSubject(subject);
      if (!resolved) return null;
      return {
        kind: 'partial',
        speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
        cue: this.cueText(verb),
      };
    }
    return null;
  }

  /**
   * A quote inside a quote after a verb of saying whose subject the outer quote names (قال النائب:
   * «رئيس الوزراء فلان قال لنا ’…‘»): that subject's words, direct or partial as after any cue.
   */
  private quotedInQuote(span: Span): Attribution | null {
    const parent = this.spans[span.parent] as Span;
    const back = this.readBack(span.open);
    if (!back.cue || back.cue.index <= parent.open) return null;
    // The verb's own subject: reading back may have lent it the outer speaker's.
    let cue = this.cueAt(back.cue.index) ?? back.cue;
    if (!cue.subject && cue.match.tense !== 'participle') {
      // «رئيس الوزراء فلان قال لنا ’…‘»: the outer quote opens with the verb's subject.
      const opening = this.subjectAt(parent.open + 1);
      if (opening?.last === cue.index - 1) {
        opening.closed = true; // the verb closes the phrase, as after a complementiser (subjectBefore)
        const resolved = this.resolveSubject(opening);
        if (resolved) cue = { ...cue, subject: opening, entity: resolved.entity, mention: resolved.mention };
      }
    }
    if (!cue.entity || !cue.subject || cue.subject.first <= parent.open) return null;
    return this.fromCue(cue, back, span.open);
  }

  /**
   * The passive كُتب with the thing written on (لافتات كتب عليها «…», قمصان كتب عليه «…»): an
   * inscription, written by no one the sentence names; its quotes are mentions. Right after an
   * indefinite noun, with no و, كتب is that passive in a clause describing the noun (ورفعوا لافتات كتب
   * عليها «…») even when the sentence has a subject that a dropped subject would take up; with و it is
   * the subject's own act (وأخذ ورقة وكتب عليها: «…»).
   */
  private isInscription(cue: Cue): boolean {
    const verb = this.tokens[cue.index] as Token;
    const before = this.tokens[cue.index - 1];
    const described =
      verb.norm === 'كتب' &&
      before?.type === 'word' &&
      !hasArticle(before.norm) &&
      stripToSet(before.norm, STOP_SET) === undefined &&
      !PREPOSITIONS.has(before.norm) &&
      (lookupCue(before.norm) === undefined ||
        // (a noun written with ة is none of the cue it spells, لافتة a banner, not the participle of لفت,
        // when the inscription follows right after: لافتة كتب عليها «…»)
        (/ة[\u064B-\u0652\u0640]*$/u.test(this.text.slice(before.from, before.to)) &&
          this.closeOf.has(cue.index + 2)));
    return (
      cue.match.lemma === 'كتب' &&
      cue.match.tense === 'past' &&
      (!cue.entity || described) &&
      INSCRIBED_ON.has(this.tokens[cue.index + 1]?.norm ?? '')
    );
  }

  /**
   * The narrator's frame of background (NOTE_FRAMES: يذكر أن, ويشار إلى أن) read as the nearest cue, with
   * no subject of its own: "it is worth noting that". No one says the clause after it; a quote in it, with
   * no verb of saying nearer, is a name or a term (يذكر أن الجمعية تتلقى الطلبات عبر حسابها على «تويتر»),
   * not the words of the speaker before.
   */
  private noteFrame(cue: Cue): boolean {
    const frame = this.tokens[cue.index] as Token;
    if (!NOTE_FRAME_SET.has(frame.norm) || cue.entity || cue.subject) return false;
    const next = this.tokens[cue.index + 1]?.norm ?? '';
    return COMPLEMENTISER_SET.has(next) || next === 'الي' || next === 'إلى';
  }

  /**
   * نص ("stipulated", ينص القانون على, تنص المادة 80 على) has a text for subject: a law, an article, an
   * agreement. With no body or person read as the one who speaks by it, a quote under it holds the
   * text's own words, quoted from a document, a mention (بعبارة في نص القانون تنص على دعم الأسواق «التي
   * …»: a phrase of the law, the verb's subject dropped). A text named as the subject speaks by it
   * (وينص الدستور على أن «…», the constitution's), and so does a decision's issuer (أصدر الوزير قرارا ينص
   * على «…») or a statement's (ونص البيان على أن «…»).
   */
  private textStipulates(cue: Cue): boolean {
    return cue.match.lemma === 'ينص' && !cue.issued && !cue.entity;
  }

  /**
   * جاء/ورد ("appeared") with في right before a short quoted name (وهو ما ورد في «إعلان …», بحسب ما
   * جاء في «اتفاق …»): the document the words appeared in, named, not words said.
   */
  private documentAppearedIn(span: Span): boolean {
    // (read as a cue or not: ورد is also و and رد, "and replied", and جاء a cue only before a document)
    const verb = this.tokens[span.open - 2];
    return (
      this.tokens[span.open - 1]?.norm === 'في' &&
      verb?.type === 'word' &&
      APPEARED_SET.has(verb.norm) &&
      // (not جاء في «إطار …», "came within the framework of": the speaker's words)
      !FRAMEWORK_NOUN_SET.has((this.tokens[span.open + 1] as Token | undefined)?.norm ?? '') &&
      this.nameLike(span)
    );
  }

  /**
   * روى with a story as its object and no colon (ويروي الفيلم قصة امرأة …، لتواجه ذكريات «…»): the
   * story is narrated, so a quote in it is a mention. With a colon the story is then told (روى قصته: «…»).
   */
  private tellsStory(cue: Cue, colon: boolean): boolean {
    if (colon || cue.match.lemma !== 'روى' || cue.match.tense === 'participle') return false;
    // The object right after the verb, or after a subject of up to two words (ويروي الفيلم قصة); not a
    // story behind a preposition, where the telling happened (وروى الوزير في قصة قصيرة أن «…»).
    for (let k = cue.index + 1; k <= cue.index + 3; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word' || PREPOSITIONS.has(token.norm)) return false;
      if (STORY_NOUNS.has(token.norm)) return true;
    }
    return false;
  }

  /**
   * An attribution set between commas inside the quote, as news writes it: «هذا سيمكننا، تقول فلانة،
   * من التواجد …». The quote is the speaker's own words (direct).
   */
  private interjected(span: Span): Attribution | null {
    if (span.close < 0) return null;
    for (let i = span.open + 2; i < span.close; i++) {
      if (!isComma(this.tokens[i - 1]) || this.tokens[i]?.type !== 'word') continue;
      const cue = this.verbAt(i) ? this.cueAt(i) : null;
      if (!cue?.entity || cue.match.tense === 'participle' || !isComma(this.tokens[cue.end])) continue;
      if (cue.end >= span.close) return null;
      return {
        kind: 'direct',
        speaker: { entity: cue.entity, mention: cue.mention, resolution: 'explicit' },
        cue: this.cueText(i),
      };
    }
    return null;
  }

  /**
   * A paragraph that opens with a whole quoted sentence and names no one goes on with the speaker of
   * the speech just before it, in the same or the previous paragraph (quotes set out paragraph by
   * paragraph).
   */
  private carriedOver(spanIndex: number): Attribution | null {
    const span = this.spans[spanIndex] as Span;
    const opener = this.tokens[span.open] as Token;
    if (!this.opensParagraph(span.open)) return null;
    // In a flat paragraph, a quote opening a sentence (not the paragraph) only when it is a sentence
    // of its own: «…» رواية جديدة is a title.
    const inSentence = this.inFlat(opener) && this.tokens[span.open - 1]?.type !== 'break';
    if (inSentence && !this.endsSentence(span)) return null;
    let words = 0;
    const end = span.close < 0 ? this.tokens.length : span.close;
    for (let i = span.open + 1; i < end && words < MIN_CARRIED_WORDS; i++)
      if ((this.tokens[i] as Token).type === 'word') words++;
    if (words < MIN_CARRIED_WORDS) return null;
    // A sentence is a weaker boundary than a break: in a flat paragraph the quote must come right after
    // the sentence of the speech before it (not after someone else's: «…». وردت المعارضة ببيان. «…»).
    // …except the speaker's own sentences whose verb drops its subject (وقال إن …, وتحدث عن …).
    const dropped = inSentence ? this.droppedSubjectSentences(span.open) : [];
    // …or across one paragraph of background that reports no one (وكان الرئيس فلان قد غادر …).
    const reach = inSentence ? dropped.length : this.followsBackground(span.open) ? 2 : 1;
    for (let k = spanIndex - 1; k >= 0 && spanIndex - k <= MAX_CARRIED_SPANS; k--) {
      const previous = this.results[k];
      if (this.paragraphsSince(k, opener) > reach) return null;
      if (!previous || previous.kind === 'mention') continue;
      if (!previous.speaker) return null;
      const agreements = previous.speaker.entity.agreements;
      if (agreements.size > 0 && dropped.some((a) => !agreements.has(a))) return null;
      return {
        kind: 'direct',
        speaker: {
          entity: previous.speaker.entity,
          mention: this.entities.canonical(previous.speaker.entity),
          resolution: 'continuation',
        },
        cue: null,
      };
    }
    return null;
  }

  /**
   * A quote of a sentence of its own, set out as a paragraph right after the one whose reporting verb
   * gave its subject the floor (a complement: إن, أن, a colon), no quote between (وقال وزير الصحة فلان إن الوضع مستقر. / «نحن نتابع
   * الحالة …».), or right after its sentence: the words that report goes on with, its subject's.
   */
  private reportedBefore(spanIndex: number): Attribution | null {
    const span = this.spans[spanIndex] as Span;
    const entity = this.reporter;
    if (!entity || !this.endsSentence(span)) return null;
    const previous = this.spans[spanIndex - 1];
    if (previous && previous.open > this.reportCue) return null;
    const opener = this.tokens[span.open] as Token;
    const verb = this.tokens[this.reportCue] as Token;
    const before = this.tokens[span.open - 1];
    // …or a sentence of its own right after the report's sentence, in its paragraph (وقال الوزير إن
    // الطريق سيفتتح قريبا. «نعمل على مدار الساعة …».)
    const next =
      before?.type === 'break'
        ? this.paragraphOf(opener) - this.paragraphOf(verb) === 1
        : before !== undefined &&
          SENTENCE_ENDS.has(before.norm) &&
          opener.paragraph === verb.paragraph &&
          opener.sentence - verb.sentence === 1;
    if (!next) return null;
    let words = 0;
    for (let i = span.open + 1; i < span.close && words < MIN_CARRIED_WORDS; i++)
      if ((this.tokens[i] as Token).type === 'word') words++;
    if (words < MIN_CARRIED_WORDS || this.nameLike(span)) return null;
    // …not when the narration right after it takes the words up (بهذا الشعار خرج …, بهذه الكلمات ختم
    // فلان …): it says whose they are, or what they were.
    const after = this.tokens[span.close + 1]?.type === 'word' ? span.close + 1 : span.close + 2;
    const taken = this.tokens[after];
    if (taken?.type === 'word' && TAKEN_UP.has(taken.norm)) return null;
    if (this.tokens[after]?.type === 'break') {
      let k = after;
      while (this.tokens[k]?.type === 'break') k++;
      if (TAKEN_UP.has(this.tokens[k]?.norm ?? '')) return null;
    }
    return {
      kind: 'direct',
      speaker: { entity, mention: this.entities.canonical(entity), resolution: 'continuation' },
      cue: null,
    };
  }

  /**
   * True when the quote opening a paragraph at `open` follows, across a break, one paragraph of
   * narration with no reporting verb, no source phrase (بحسب) and no colon (background: وكان الرئيس فلان
   * قد غادر إلى الرياض): it names people but gives no one the floor, and brings in no work by a noun of
   * one (حملة, كتاب: the quote may be its name). Bounded: a paragraph of a few dozen words.
   */
  private followsBackground(open: number): boolean {
    let at = open - 1;
    while (this.tokens[at]?.type === 'break') at--;
    if (at === open - 1) return false;
    for (let words = 0; at >= 0; at--) {
      const token = this.tokens[at] as Token;
      if (token.type === 'break') return words > 0;
      if (token.norm === ':' || (token.type === 'word' && lookupCue(token.norm) !== undefined)) return false;
      // …nor one that brings in a work the quote after it may name (وأطلقت الوزارة حملة وطنية).
      if (token.type === 'word' && introducesWork(token.norm)) return false;
      // …nor one that credits words to a source (وبحسب شهود عيان فإن …, نقلا عن مصادر): it reports someone.
      if (token.type === 'word' && this.matchPhrase(at, SOURCE_PHRASE_LIST) > 0) return false;
      if (token.type === 'word' && ++words > MAX_LOOKBACK_WORDS) return false;
    }
    return false;
  }

  /**
   * The genders of the sentences right before the one that opens at `open` (on one line) whose reporting
   * verb drops its subject, a preposition or a complementiser right after it (وتحدث عن البطالة. وقال إن
   * الأرقام مشجعة.): they go on with the speaker who has the floor and end no turn. The nearest first;
   * a sentence of other words ends them. Bounded: a few sentences of a few words each.
   */
  private droppedSubjectSentences(open: number): Agreement[] {
    const found: Agreement[] = [];
    let end = open - 1;
    while (found.length < MAX_DROPPED_SENTENCES && SENTENCE_ENDS.has(this.tokens[end]?.norm ?? '')) {
      let start = end - 1;
      while (start > 0 && end - start < MAX_LOOKBACK_WORDS) {
        const before = this.tokens[start - 1] as Token;
        if (before.type !== 'word' || SENTENCE_ENDS.has(before.norm)) break;
        start--;
      }
      const verb = this.tokens[start];
      const next = this.tokens[start + 1];
      if (verb?.type !== 'word' || next?.type !== 'word' || start + 1 >= end) break;
      const cue = lookupCue(verb.norm);
      if (cue === undefined || cue.tense === 'participle' || !/^[وف]/u.test(verb.norm)) break;
      if (!COMPLEMENTISER_SET.has(next.norm) && !PREPOSITIONS.has(next.norm)) break;
      if (this.tokens[start - 1] !== undefined && !SENTENCE_ENDS.has((this.tokens[start - 1] as Token).norm))
        break;
      found.push(cue.agreement);
      end = start - 1;
    }
    return found;
  }

  /**
   * The quote opening at `open` is only a verbal noun of the second form in the accusative, with at most
   * an adjective in the accusative (ونشرت الجمعية «تحذيرا»، دعت فيه …, ونشرت الشرطة «تحذيرا عاجلا»): the
   * act the verb performed, its object set off by the marks, a fragment in the narrator's grammar, not
   * an utterance standing alone, whatever punctuation follows it.
   */
  private isActObject(open: number): boolean {
    const close = this.closeOf.get(open);
    if (close === undefined || close - open > 3) return false;
    const noun = this.tokens[open + 1];
    if (noun?.type !== 'word' || !/^ت[^ا]{2}ي[^ا]ا$/u.test(noun.norm)) return false;
    const adjective = this.tokens[open + 2];
    return (
      close === open + 2 ||
      (adjective?.type === 'word' && !hasArticle(adjective.norm) && adjective.norm.endsWith('ا'))
    );
  }

  /**
   * A short quote that is itself a name: in brackets (محكمة التحكيم الرياضي («كاس»)), the name of a
   * body (وكالة «أنباء الإمارات» or «الحركة العربية من أجل التغيير»), or made only of words of
   * names already known in the article («حماس», «مايكل هيرش»).
   */
  private isShortName(span: Span): boolean {
    // (a quote that opens a description, «غير طبيعية», or grades one, «حرجة جدا», names no one,
    // whatever words the article knows)
    if (span.close < 0 || this.opensDescription(span)) return false;
    // (nor the predicate of a complementiser with its subject's pronoun: وصفها بأنها «مصدر إلهام»)
    if (PRONOUN_THAT.has(this.tokens[span.open - 1]?.norm ?? '')) return false;
    const words: string[] = [];
    for (let i = span.open + 1; i < span.close; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'word') words.push(token.norm);
      else if (token.norm !== '-' && token.norm !== '.') return false; // a clause has punctuation
      if (words.length > MAX_NAME_WORDS) return false;
    }
    if (words.length === 0 || words.some((w) => DEGREE_ADVERBS.has(w))) return false;
    if (this.tokens[span.open - 1]?.norm === '(' && this.tokens[span.close + 1]?.norm === ')') return true;
    // A head in construct (وكالة أنباء الإمارات) names a body; a definite one may start a sentence.
    const head = stripToSet(words[0] as string, ORGANISATION_SET);
    // (not a head and its indefinite adjective in the feminine, agreeing with it: «مصادر موثوقة»,
    // «جهات رسمية» describe whom, a genitive in construct names: «وكالة أنباء …»)
    const described = indefiniteDescription(words);
    if (
      head !== undefined &&
      !head.startsWith('ال') &&
      !QUANTIFIERS.has(head) &&
      !described &&
      words.length > 1 &&
      !this.awaitsPredicate(span.open) &&
      !this.verbComplement(span.open) &&
      !this.wholeClause(span, words.length)
    )
      return true;
    // Not a possessed noun, even one misread as a name after a title (وأبدى الوزير قلقه).
    let last = span.close - 1;
    while (this.tokens[last]?.type !== 'word') last--;
    return !this.isPossessed(last) && words.every((w, k) => this.knowsNameWord(w, k === 0));
  }

  /**
   * A short quote in construct with the noun before it (قرارات «الاتحاد الآسيوي», بجهود «الهلال الأحمر»,
   * دعم «أرامكو», لمواقف «المملكة», هجمات «الحوثيين»): the name of a body, a firm, a club or a country
   * whose acts or stance a verb's object speaks of, a mention, not words said. The noun: a plural in ات,
   * a noun with ب or ل glued to it (not a preposition's noun: بسبب, لصالح), or a noun of
   * STANCE_OBJECT_NOUNS; no article, no pronoun. The quote: one word with the article, or one without
   * (after a plural or a noun of the list) that has no adjective's shape (ظالم, مجحف, ظالمة say what the
   * speaker thinks of it); or a definite noun and its definite adjectives, three words at most.
   */
  private isConstructName(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1) return false;
    const noun = this.tokens[span.open - 1];
    if (noun?.type !== 'word' || !noun.spaceBefore) return false;
    const norm = noun.norm;
    if (norm.length < 3 || hasArticle(norm) || STOP_SET.has(norm) || this.isPossessed(span.open - 1))
      return false;
    const glued = /^[بل][^ل]/u.test(norm) && !isGivenName(norm) && !ADVERBIAL_NOUNS.has(norm.slice(1));
    // (or a broken plural of four letters or more: جماهير «الوحدات», مواقف «المملكة»)
    const listed = glued || (norm.length >= 5 && norm.endsWith('ات')) || STANCE_OBJECT_NOUN_SET.has(norm);
    if (!listed && !(norm.length >= 4 && isBrokenPluralShape(norm) && !isGivenName(norm))) return false;
    // A noun of a stance toward a thing (ضرورة «التكاتف», رفض «التدخل الإيراني», أهمية «الوسطية») governs
    // the speaker's concept, his words: only a noun of what a party does or owns governs its name.
    if (CONCEPT_HEAD_SET.has(glued ? norm.slice(1) : norm)) return false;
    const words: Token[] = [];
    for (let i = span.open + 1; i < span.close; i++) {
      const token = this.tokens[i] as Token;
      if (token.type !== 'word' || STOP_SET.has(token.norm) || this.isPossessed(i)) return false;
      words.push(token);
    }
    const [first] = words;
    if (first === undefined || words.length > 3) return false;
    // …nor a definite verbal noun of a derived verb that opens the quote (دعم «التحول الرقمي»): an act, no name.
    if (
      DEFINITE_DERIVED_VERBAL_NOUN.test(first.norm) &&
      stripToSet(first.norm, ORGANISATION_SET) === undefined
    )
      return false;
    if (words.length > 1) return words.every((w) => w.norm.startsWith('ال'));
    // (after a broken plural, not a definite noun of three letters, a concept: أعمال «العنف»)
    if (first.norm.startsWith('ال')) return listed || first.norm.length > 5;
    // (one word without the article only after the list's nouns and plurals: after ب or ل the word may be
    // a place's, and the quote the clause's predicate: في ليبيا «تراجع»)
    if (glued) return false;
    const written = this.text.slice(first.from, first.to);
    return !/[ةاىي]$/u.test(written) && !INDEFINITE_ADJECTIVE_SHAPE.test(first.norm);
  }

  /**
   * A short name-shaped quote whose last word is a number, its words before it plain words (بنزين «سوبر
   * 98», طراز «إيرباص 320», جهاز «آيفون 6», «رؤية المملكة 2030»): a product, a model, a grade or a plan
   * by its name and number, not words said. Not a quantity (نحو, أكثر, قرابة before the number: «نحو
   * 300»), nor a quote with a preposition or a complementiser (holdsClause: «أكثر من 300»), nor one that
   * opens with a verb or stands where a predicate is due (إن العدد «…»).
   */
  private isNumberedName(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || span.close - span.open - 1 > MAX_APPOSED_NAME_WORDS)
      return false;
    const last = this.tokens[span.close - 1] as Token;
    if (last.type !== 'word' || !NUMBER_ONLY.test(last.norm) || span.close - 1 === span.open + 1)
      return false;
    for (let i = span.open + 1; i < span.close - 1; i++) {
      const token = this.tokens[i] as Token;
      if (token.type !== 'word' || /[0-9٠-٩]/u.test(token.norm) || STOP_SET.has(token.norm)) return false;
      if (APPROXIMATOR_SET.has(token.norm) || NUMBER_WORD_SET.has(token.norm)) return false;
    }
    // …nor where the speaker's predicate stands (بأنه «انتهاك صريح للقرار 2216», إن هدفه «…», الأولوية هي
    // «…»), a quote opening with a derived verbal noun or a noun of framework (تحقيق, في «إطار خطة 2030»),
    // or one whose words carry the article with ب or ل (للقرار 2216)
    const before = this.tokens[span.open - 1];
    const first = (this.tokens[span.open + 1] as Token).norm;
    if (
      before?.type === 'word' &&
      (COMPLEMENTISER_SET.has(before.norm) ||
        /^(?:ب?[اأإ]ن(?:ه|ها|هم)|هو|هي|هذا|هذه)$/u.test(before.norm) ||
        this.isPossessed(span.open - 1))
    )
      return false;
    if (
      FRAMEWORK_NOUN_SET.has(first) ||
      VERBAL_NOUN_SHAPE.test(first) ||
      DEFINITE_DERIVED_VERBAL_NOUN.test(first)
    )
      return false;
    for (let i = span.open + 1; i < span.close - 1; i++)
      if (PREPOSITION_ARTICLE.test((this.tokens[i] as Token).norm)) return false;
    return this.nameLike(span) && !this.awaitsPredicate(span.open);
  }

  /**
   * True when a quote of three words or more right after إن/أن holds the whole clause, its subject
   * and its predicate: nothing goes on after the closing mark but punctuation or a second clause (قال
   * إن «لجان التحكيم أنهت أعمالها» وإن …). A body's name there would be followed by its predicate (أن
   * «هيئة الرقابة» ستبدأ …), or by a comma and another subject joined to it or its description, the
   * predicate still to come (أن «مجلس التعاون لدول الخليج العربية»، والجامعة العربية، سيشاركان).
   */
  private wholeClause(span: Span, words: number): boolean {
    const that = this.tokens[span.open - 1];
    if (words < 3 || that?.type !== 'word' || !COMPLEMENTISER_SET.has(that.norm)) return false;
    const next = this.tokens[span.close + 1];
    const joined = this.tokens[span.close + 2];
    if (
      isComma(next) &&
      joined?.type === 'word' &&
      ((joined.norm.startsWith('وال') && joined.norm.length > 4) ||
        CIRCUMSTANTIAL_PRONOUNS.has(joined.norm) ||
        RELATIVES.has(joined.norm)) &&
      this.insertClosed(span.close + 3)
    )
      return false;
    return next === undefined || next.type !== 'word' || COMPLEMENTISER_SET.has(next.norm);
  }

  /** True when a comma closes the plain words from `from` within MAX_INSERT_WORDS: an insert, not a clause. */
  private insertClosed(from: number): boolean {
    for (let k = from; k < from + MAX_INSERT_WORDS; k++) {
      const token = this.tokens[k];
      if (isComma(token)) return true;
      if (token?.type !== 'word') return false;
    }
    return false;
  }

  /**
   * A word of a known name; the first word of a quote also behind the preposition ل or ب written on
   * it («لعادل الشامي», «للشامي»: an article by him, not his words).
   */
  private knowsNameWord(word: string, first: boolean): boolean {
    if (this.entities.knowsNameWord(word)) return true;
    if (!first || word.length < 4 || (word[0] !== 'ل' && word[0] !== 'ب')) return false;
    const rest = word.startsWith('لل') ? `ا${word.slice(1)}` : word.slice(1);
    return this.entities.knowsNameWord(rest);
  }

  /**
   * The quote is what a cue's preposition governs (يتعهد بـ«حكومة كفاءات», دعا الوزير إلى «…»): the
   * preposition stands right after the verb or after the verb's subject.
   */
  private verbComplement(open: number): boolean {
    const preposition = this.tokens[open - 1];
    if (preposition?.type !== 'word' || !VERB_PREPOSITIONS.has(preposition.norm)) return false;
    for (let k = open - 2; k >= 0 && open - k <= MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return false;
      const cue = this.cueAt(k);
      if (cue) return cue.end === open - 1 || k === open - 2;
    }
    return false;
  }

  /**
   * The quote stands where a predicate is due: after إن/أن (or a statement line's colon) and a definite subject (إن المعرض «منصة
   * لتبادل الخبرات»), so it is words said, whatever noun it opens with.
   */
  private awaitsPredicate(open: number): boolean {
    const subject = this.tokens[open - 1];
    const that = this.tokens[open - 2];
    if (subject?.type !== 'word' || !hasArticle(subject.norm)) return false;
    // (not after a title, whose holder's name it is, المدرب «…»; nor a quote that opens with the subject's
    // own noun, its name, المستشفى «مستشفى …»)
    const first = this.tokens[open + 1];
    if (isTitleHead(subject.norm) || (first?.type === 'word' && first.norm === subject.norm.slice(2)))
      return false;
    // (or the colon of a line's statement after its speaker: فلان: الخطوة «مصدر إلهام»)
    if (that?.norm === ':') return this.inStatementLine(open);
    return that?.type === 'word' && COMPLEMENTISER_SET.has(that.norm);
  }

  /**
   * A short quote that an adjective of origin right after its closing mark describes is a name or a
   * term, not words said: «الجيش» الإسرائيلي, «الحراك الجنوبي» الانفصالي, «ميديا بارت» الإخباري. A
   * fragment of speech would hold its adjective inside the marks.
   */
  private isDescribed(span: Span): boolean {
    if (span.close < 0) return false;
    const next = this.tokens[span.close + 1];
    if (next?.type !== 'word' || !isNisba(next.norm)) return false;
    if (!this.nameShaped(span)) return false;
    // Words said open a clause: بلاده «لن تقبل التدخل» الأجنبي.
    const first = this.tokens[span.open + 1];
    if (first?.type === 'word' && (CLAUSE_OPENER_SET.has(first.norm) || COMPLEMENTISER_SET.has(first.norm)))
      return false;
    let last = span.close - 1;
    while (this.tokens[last]?.type !== 'word') last--;
    // A noun with a possessive pronoun is no name: «تخلت عن وعودها» الانتخابية is a fragment.
    return !this.isPossessed(last);
  }

  /**
   * A quote right after an organisation, a title or a naming noun is a name: صحيفة «الأهرام». A
   * naming noun may take a long title (بعنوان «…»); a body or a title takes a name, which is short
   * and has no clause punctuation (على منطقة «تشتهر بمدرجاتها …، وتضم …» is a fragment).
   */
  private isNamed(span: Span): boolean {
    const open = span.open;
    const before = this.tokens[open - 1];
    if (before?.type !== 'word') return false;
    const norm = before.norm;
    if ((norm === 'في' || norm === 'من') && this.opensWithEvent(span)) return true;
    // برنامج يطلق عليه «…», ما أطلق عليها «…»: a verb of naming with على and the pronoun of the thing
    // named, the quote its name (a subject between makes it someone's coinage: coinedBy).
    if (
      ON_PRONOUN.test(norm) &&
      NAMING_VERB_SET.has(this.tokens[open - 2]?.norm ?? '') &&
      this.nameLike(span)
    )
      return true;
    // حين التقته «…», بعدما زارتها «…»: a verb of meeting with the pronoun of whom it met, then the quote,
    // its subject: the paper or the channel that met the speaker, by its name.
    if (MET_VERB.test(norm) && this.meetingSubject(span)) return true;
    // فلان المحلل لدى «…», الباحثة في «…»: the firm or the body a trade's title serves, by its quoted name.
    if (
      (norm === 'لدى' || norm === 'لدي' || norm === 'في') &&
      APPOSED_TRADE_SET.has(this.tokens[open - 2]?.norm ?? '')
    )
      return true;
    // ما بات يعرف بخطبة «…», ما يعرف بمجزرة «…»: what a thing is known as, its class noun on the ب.
    if (
      norm.length > 3 &&
      norm.startsWith('ب') &&
      stripToSet(this.tokens[open - 2]?.norm ?? '', KNOWN_AS_SET) !== undefined &&
      !this.knowsOf(open - 2) &&
      this.nameLike(span)
    )
      return true;
    if (norm === 'ل' || norm === 'ب') {
      // لـ"بوليتيكو": the word before the preposition decides (وفقا لـ, بـ).
      // في تصريح لـ«الشروق»: what the speaker told, a short name closed by a colon or a comma.
      if (norm === 'ل' && this.addressedOutlet(span)) return true;
      const prior = this.tokens[open - 2];
      if (prior?.type !== 'word') return false;
      if (stripToSet(prior.norm, NAMING_SET) !== undefined) return true;
      // ما يعرف بـ«التطعيم الحلقي», التي باتت تعرف بـ«…»: what a thing is known as.
      // Not knowing of a thing (إنه لا يعرف بـ«…», بأنه عرف بـ«…»): a negation or a complementiser with
      // its pronoun before the verb makes it active, its object the words of the speaker.
      if (norm === 'ب' && stripToSet(prior.norm, KNOWN_AS_SET) !== undefined && !this.knowsOf(open - 2))
        return true;
      // A naming verb, its object, then بـ: تعنون خبرها بـ«…», سمى ابنه بـ«…».
      const verb = this.tokens[open - 3];
      if (norm === 'ب' && verb?.type === 'word' && this.isPossessed(open - 2) && NAMING_SET.has(verb.norm))
        return true;
      // A verb of naming with its object pronoun, its subject, then بـ (الذي يلقبه الجمهور بـ«…»,
      // ويطلق عليه الأهالي بـ«…»): the name given, even inside someone's words.
      return norm === 'ب' && this.namedBy(open - 1);
    }
    // في حديثها إلى «إرنا»، إن …, في تصريح إلى «المدينة» أن: after a noun of speech, إلى names whom the
    // words were given to, as لـ does, when the words follow (a complementiser or a colon, after a comma
    // or not); not what a calling verb asks for (ودعا في حديثه إلى «الحوار»، مؤكدا).
    const toldNext = this.tokens[isComma(this.tokens[span.close + 1]) ? span.close + 2 : span.close + 1];
    if (
      norm === 'الى' &&
      stripToSet(this.tokens[open - 2]?.norm ?? '', SPEECH_NOUN_SET) !== undefined &&
      (toldNext?.norm === ':' || (span.close >= 0 && this.toldAfter(span.close + 1))) &&
      this.addressedOutlet(span)
    )
      return true;
    // الذي تحدث إلى «اندبندنت عربية»: after تحدث, إلى names whom it spoke to, a paper or a channel by its
    // name (what was said comes with عن or a complementiser, never after إلى).
    if (norm === 'الى' && this.cueAt(open - 2)?.match.lemma === 'تحدث' && this.nameLike(span)) return true;
    // عبر «بوابة القبول الإلكتروني», من خلال «أبشر», عبر «سناب شات»: the means a service or words go
    // through, by its own name.
    if (
      (norm === 'عبر' || (norm === 'خلال' && this.tokens[open - 2]?.norm === 'من')) &&
      this.meansNamed(span)
    )
      return true;
    // على «بوابة الطالب», في «تطبيق موعد»: a portal or an app by its own name, its head inside the marks
    // (ONLINE_PLACE_HEADS) with the word that names it; no verbal noun (على «تعزيز التعاون»).
    if (
      (norm === 'على' || norm === 'في' || norm === 'عبر') &&
      ONLINE_PLACE_HEADS.has(this.tokens[open + 1]?.norm ?? '') &&
      span.close - open > 2 &&
      this.nameLike(span)
    )
      return true;
    // كتب فلان على «إنستغرام»: «…»: where the words were given, like لـ«…» after a cue.
    // Only before a colon: شدد على «ضرورة التهدئة»، is the verb's complement.
    if (
      (norm === 'على' || norm === 'عبر') &&
      this.tokens[span.close + 1]?.norm === ':' &&
      this.addressedOutlet(span)
    )
      return true;
    // عبر حسابه على «إكس», نشرته على قناتها في «تلغرام»: after one's own place to post (an account, a
    // page, a channel), the preposition names the platform it is on, with or without a colon.
    if ((norm === 'على' || norm === 'في') && this.nameShaped(span)) {
      const place = this.tokens[open - 2];
      const stem = place?.type === 'word' ? SHORT_PRONOUN_STEM.exec(place.norm)?.[1] : undefined;
      // (joined by و to what comes before: ورقمها الموحد «…» وحسابها على «تويتر»)
      const bare = stem?.replace(/^و(?=.{3})/u, '').replace(/ت$/u, 'ه');
      if (bare && POSTING_PLACES.has(bare) && this.isPossessed(open - 2)) return true;
      // …or in construct with its definite owner (على حساب النادي في «تويتر», عبر صفحة الوزارة على «فيسبوك»).
      // After على the construct is as often "at the expense of" (على حساب المواطن في «لقمة عيشه»): there
      // the quote must be a platform's own name.
      const owned = this.tokens[open - 3];
      if (
        place?.type === 'word' &&
        hasArticle(place.norm) &&
        owned?.type === 'word' &&
        POSTING_PLACES.has(owned.norm) &&
        span.close - open <= 3 &&
        (this.tokens[open - 4]?.norm !== 'على' || this.platformNamed(span))
      )
        return true;
      // في تدوينة على «فيسبوك», في منشور على «إنستغرام»: a post, and the platform it is on, one or
      // two words (تغريدة على «ما يحدث في الجنوب» comments on something said).
      if (norm === 'على' && place?.type === 'word' && POSTS.has(place.norm) && span.close - open <= 3)
        return true;
      // على حسابه الرسمي في «تويتر»: one's own place to post with its adjective, then a platform's own
      // name (a comment after على would not be one: تغريدة على «ما يحدث»).
      const own = this.tokens[open - 3];
      const ownStem = own?.type === 'word' ? SHORT_PRONOUN_STEM.exec(own.norm)?.[1] : undefined;
      if (
        place?.type === 'word' &&
        hasArticle(place.norm) &&
        ownStem &&
        POSTING_PLACES.has(ownStem.replace(/ت$/u, 'ه')) &&
        this.isPossessed(open - 3) &&
        span.close - open <= 3 &&
        this.platformNamed(span)
      )
        return true;
    }
    // صحيفة «الأهرام», لقناة "الجزيرة": a head that wants its name after it. A definite head is
    // complete (أن الوزارة "تسمح …" is speech about the ministry, not its name).
    // زميله «…» (his colleague, ه written) folds like زميلة, a title wanting a name: it is possessed, so
    // complete, and the quote is what is said of him.
    // A title behind ل or ب (متمنيا للاعب «…») is whom the words concern: people's names are not quoted.
    const titleBehindPreposition = /^[لب]/u.test(norm) && !TITLE_SET.has(norm);
    const head =
      stripToSet(norm, ORGANISATION_SET) ??
      (hasTitleWithHe(before, this.text) || titleBehindPreposition ? undefined : stripToSet(norm, TITLE_SET));
    if (
      stripToSet(norm, KIND_NAMING_SET) !== undefined &&
      !this.prepositionWithPronoun(open - 1) &&
      !this.wordsOfCue(open - 1) &&
      !this.describesHead(span, norm) &&
      !this.withheldNameAt(open - 1) &&
      !this.countedAt(open - 1) &&
      !this.opensDescription(span) &&
      !this.actCalledFor(open - 1) &&
      !this.lonePlainNisba(span) &&
      !this.describedList(span, norm)
    )
      return true;
    // في مناطق «فيا رياض» و«البوليفارد», عبر فضائية «…»: a plural or a dual of places or media, or a
    // satellite channel, right before the mark; not a phrase of manner (مطاعم «بأسعار مناسبة»).
    if (
      PLURAL_NAMED_HEAD_SET.has(norm) &&
      (this.nameLike(span) || (norm === 'فضائيه' && this.nameShaped(span))) &&
      !this.opensWithPreposition(span)
    )
      return true;
    // هجوم على حاجز «المطاحن», كمين «كرم القواديس», جبل «أبو رجيلة»: a place's name carries the article
    // or opens with أبو; an indefinite quote there describes the place (كمين «محكم ومعد مسبقا»).
    if (stripToSet(norm, PLACE_NAMING_SET) !== undefined && this.placeNameShaped(span)) return true;
    // مستوى «الإنذار البرتقالي», الدرجة «الحمراء», رفع مستوى التحذير إلى «الإنذار البرتقالي»: a level's
    // name opens with the article; an indefinite quote is what the speaker calls it (مستوى «مقلق»).
    if (this.rankNamed(span)) return true;
    // أن الرحلة «…» أقلعت, إن الأسد الشهير «…» قتل: a definite naming noun as the subject of إن/أن, its
    // name in quotes, and the predicate after the closing mark (إن الخطة «طموحة» is the predicate said).
    if (this.subjectNamed(span)) return true;
    // وتشكيل «المجلس الوطني للديمقراطية», تأسيس «الائتلاف الوطني …»: a verbal noun of founding, then a
    // name that opens with a body's head: the new body's name.
    if (stripToSet(norm, FOUNDING_SET) !== undefined && this.nameShaped(span) && this.opensWithBody(span))
      return true;
    // خصصت الرقم «937», أن الرحلة «SV 1020»: a code (digits, Latin letters) after a definite naming noun
    // is its number, wherever the noun stands, unless it closes an إن/أن clause as its predicate.
    if (
      hasArticle(norm) &&
      KIND_NAMING_SET.has(withoutArticle(norm)) &&
      this.codeShaped(span) &&
      !this.endsClauseSubject(span)
    )
      return true;
    // الرقم الموحد «940», الخط الساخن «1919», الرقم الموحد للوزارة «1900»: the same with the number's
    // adjective or its owner (a ل genitive) between the noun and the code.
    if (this.codeShaped(span) && this.numberNounBefore(open - 1) && !this.endsClauseSubject(span))
      return true;
    // تطبيقات الاتصال المجانية مثل «…», مواقع التواصل مثل «…»: an example of a class of named things.
    if (
      norm === 'مثل' &&
      this.namedClassBefore(open - 1) &&
      this.nameShaped(span) &&
      !this.holdsClause(span) &&
      !this.likenessPredicate(span)
    )
      return true;
    // أصنافا عدة من التمور، أبرزها «…», فرقا عدة، منها «…»: a word picking examples out of a class of
    // named things before it, a comma between or not.
    if (
      LIST_OPENER_SET.has(norm) &&
      this.namedClassBefore(isComma(this.tokens[open - 2]) ? open - 2 : open - 1, MAX_CLASS_REACH) &&
      this.nameShaped(span) &&
      !this.holdsClause(span)
    )
      return true;
    // أن أبرز الأصناف المعروضة «…» و«…», أن أكثر الأسماء انتشارا «…» و«…»: the first of a class of
    // named things, picked by an elative, is the name that follows.
    // Only at the head of a list (و«…» or ثم «…» after it): one quote there may be the predicate said of the class
    // (أن أكثر الأصناف طلبا «تشهد إقبالا»).
    if (
      this.classElativeBefore(open) &&
      (this.tokens[span.close + 1]?.norm === 'و' || this.tokens[span.close + 1]?.norm === 'ثم') &&
      this.tokens[span.close + 2]?.type === 'mark' &&
      this.nameShaped(span) &&
      !this.holdsClause(span)
    )
      return true;
    // عبر تطبيقها على الهواتف الذكية «…», برنامج على الأجهزة الذكية «…»: an app with the devices it runs
    // on between it and its name.
    if (this.appOnDevices(open) && this.nameShaped(span) && !this.holdsClause(span)) return true;
    // سفينة الإنقاذ «…», طائرة الشحن «…»: a naming noun in construct with the definite noun that says
    // which kind it is, then its name (not a day or a night: يوم الأربعاء «…» is when words were said).
    // Not the subject of an إن/أن clause that the quote ends (أن جهاز الشرطة «يقوم بواجبه», إن عملية
    // الإنقاذ «كانت صعبة»): the predicate due, words said of the thing.
    const kind = this.tokens[open - 2];
    if (
      hasArticle(norm) &&
      kind?.type === 'word' &&
      !hasArticle(kind.norm) &&
      !TIME_NOUNS.has(kind.norm) &&
      stripToSet(kind.norm, KIND_NAMING_SET) !== undefined &&
      this.nameShaped(span) &&
      !this.holdsClause(span) &&
      !this.endsClauseSubject(span) &&
      !this.actCalledFor(open - 2) &&
      !this.loneDefiniteAdjective(span)
    )
      return true;
    // منتج طحينة «…», عبوات مياه «…», مسحوق الغسيل «…», منتج حليب الأطفال «…»: a noun of goods in
    // construct with the noun of what they are, then the brand. A word of description there is no brand
    // (منتج وطني «…», أجهزة هاتف «مقلدة», عبوات مياه «مجهولة المصدر»), nor a predicate due.
    if (this.goodsBefore(open) && this.brandShaped(span) && !this.endsClauseSubject(span)) return true;
    // سطح القمر «أوروبا», عبر المنصة «…»: a definite naming noun takes its name after it too when it is
    // governed (by a noun or a preposition), not a clause's subject or object, whose predicate the quote
    // would be (إن الحملة «ستستمر», اعتبر الخطة «طموحة»); a name carries no article of its own.
    // Not at the end of an إن/أن subject with the clause ending after the mark (أن خسائر الاقتصاد من
    // إغلاق المعبر «تتجاوز 800 مليون دولار»): the predicate due.
    if (
      hasArticle(norm) &&
      KIND_NAMING_SET.has(withoutArticle(norm)) &&
      this.governedNoun(open - 1) &&
      !this.endsClauseSubject(span) &&
      this.nameShaped(span) &&
      !this.holdsClause(span) &&
      !hasArticle((this.tokens[open + 1] as Token).norm) &&
      !CLAUSE_OPENER_SET.has((this.tokens[open + 1] as Token).norm)
    )
      return true;
    // بالإعصار المداري «شكتي», على العاصفة الاستوائية «…»: the same governed naming noun with its own
    // adjective between it and its name.
    const named = this.tokens[open - 2];
    if (
      hasArticle(norm) &&
      isNisba(norm) &&
      named?.type === 'word' &&
      hasArticle(named.norm) &&
      KIND_NAMING_SET.has(withoutArticle(named.norm)) &&
      this.governedNoun(open - 2) &&
      !this.endsClauseSubject(span) &&
      this.nameShaped(span) &&
      !this.holdsClause(span) &&
      !hasArticle((this.tokens[open + 1] as Token).norm) &&
      !CLAUSE_OPENER_SET.has((this.tokens[open + 1] as Token).norm)
    )
      return true;
    // صعد مؤشر «ناسداك», فيما أضاف مؤشر «داو جونز» (gained): a market index and its name, even as the
    // subject of أضاف. Not مؤشر as a predicate after its subject (إن ارتفاع الأسعار مؤشر «خطير»,
    // وهذا مؤشر «إيجابي»): there the quote is what the speaker calls it.
    if (stripToSet(norm, INDEX_HEADS) !== undefined && this.nameShaped(span)) {
      const prior = this.tokens[open - 2];
      const predicate =
        prior?.type === 'word' && (hasArticle(prior.norm) || PREDICATE_SUBJECTS.has(prior.norm));
      if (!predicate) return true;
    }
    // على سؤال «الوطن»: the outlet that asked; a question quoted whole has its ؟ (not name-shaped).
    if (stripToSet(norm, QUESTION_NOUNS) !== undefined && this.nameShaped(span)) return true;
    // تقريره «…», روايتها «…»: a naming noun with a possessive pronoun names its own work, but a short
    // name only, and not a noun that holds words (في كلمته «…», في مقاله «…» quote from it).
    // Not the predicate due after an إن/أن subject (إن روايتها «حققت نجاحا»).
    if (this.nameShaped(span) && possessedNamingNoun(norm, KIND_NAMING_SET) && !this.endsClauseSubject(span))
      return true;
    // ألبومها الجديد «…», روايته الأخيرة «…», فيلمه الوثائقي «…», هاتفها الذكي «…»: the same with one
    // adjective between.
    // Not after في (في كتابه الجديد «…» quotes from it), nor a quote that opens a clause (بأنه, إن), nor
    // the predicate due after an إن/أن subject (إن روايته الأخيرة «حققت نجاحا»).
    const noun = this.tokens[open - 2];
    const opening = this.tokens[open + 1];
    if (
      hasArticle(norm) &&
      noun?.type === 'word' &&
      possessedNamingNoun(noun.norm, KIND_NAMING_SET) &&
      this.tokens[open - 3]?.norm !== 'في' &&
      !this.endsClauseSubject(span) &&
      !(
        opening?.type === 'word' &&
        (COMPLEMENTISER_SET.has(opening.norm) ||
          CLAUSE_OPENER_SET.has(opening.norm) ||
          // a definite elative goes on describing the work (مشروعها الاستثماري «الأضخم في المنطقة»)
          DEFINITE_ELATIVE.test(opening.norm))
      ) &&
      this.nameShaped(span)
    )
      return true;
    // في مقابلة مع «…», في حوار مع «…»: the outlet the speaker talked to; also with one adjective
    // between (في مقابلة خاصة مع «…», في حديث هاتفي مع «…»).
    const prior = this.tokens[open - 2];
    const interview =
      prior?.type === 'word' &&
      (INTERVIEW_NOUN_SET.has(prior.norm) ||
        (INTERVIEW_ADJECTIVES.has(prior.norm) && INTERVIEW_NOUN_SET.has(this.tokens[open - 3]?.norm ?? '')));
    if (norm === 'مع' && interview && this.nameShaped(span)) return true;
    // في اتصال هاتفي مع «…» إلى أن, في اتصال مع «…» أن: the outlet called, before what it was told.
    const call =
      prior?.type === 'word' &&
      (CALL_NOUN_SET.has(prior.norm) ||
        (INTERVIEW_ADJECTIVES.has(prior.norm) && CALL_NOUN_SET.has(this.tokens[open - 3]?.norm ?? '')));
    if (norm === 'مع' && call && this.nameShaped(span) && this.toldAfter(span.close + 1)) return true;
    // مؤتمر صحفي «…», لقاء تلفزيوني «…»: a title's word shaped as an adjective of origin after an
    // indefinite noun that is no title is that noun's adjective, wanting no name.
    const described =
      prior?.type === 'word' &&
      !hasArticle(prior.norm) &&
      !hasArticle(norm) &&
      /ي$/u.test(norm) &&
      stripToSet(prior.norm, TITLE_SET) === undefined &&
      stripToSet(prior.norm, ORGANISATION_SET) === undefined &&
      !PREPOSITIONS.has(prior.norm) &&
      lookupCue(prior.norm) === undefined;
    // وأكدت الرئاسة في بيان «عمق العلاقات …»: a document the words were given in, its words after it,
    // where the quote closes its clause. A report goes on after its title (في تقرير «التنافسية
    // العالمية» الصادر عن …, نشر البنك في تقرير «…» توقعاته): a name.
    const after = span.close < 0 ? undefined : this.tokens[span.close + 1];
    const givenIn =
      DOCUMENT_SET.has(norm) &&
      /^و?في$/u.test(prior?.type === 'word' ? prior.norm : '') &&
      (after?.type !== 'word' || TIME_SET.has(after.norm));
    return (
      head !== undefined &&
      !head.startsWith('ال') &&
      !UNNAMED_HEADS.has(head) &&
      !described &&
      !this.describesHead(span, norm) &&
      !givenIn &&
      !this.countedAt(open - 1) &&
      this.nameShaped(span) &&
      !this.actCalledFor(open - 1)
    );
  }

  /**
   * True when the quote is the name of the definite noun right before it, known by agreement: a definite
   * noun takes no word without the article for its adjective, so a short quote of such words (no verb,
   * no clause, no written tanween) right after one is its name in apposition, whatever the noun (زار
   * الكويكب «فيستا», الأسد «سيسل», المساعد الصوتي «كورتانا», حول المسبار «هوب»). Not where a
   * predicate or an object is due: a cue, a verb of being or of making (كان and its sisters, جعل, وجد)
   * in the clause before the noun, no complementiser between (قال الوزير «…», اعتبر المجلس الخطة «…»,
   * بات الوضع في المدينة «…»; كان … قد is the past told, not being). Inside an إن/أن clause the speaker's
   * words are the clause's predicate or its verb's object (أن الاتفاق «هش» لأنه, أن تشهد الأسواق «تقلبات
   * حادة» خلال, أن نحو 60% من العروض «…»،): there the quote names only with the predicate right after it,
   * a verb by its particle or its prefix (في المساعد الصوتي «كورتانا» سيأتي, أن الإعصار «شاهين» لم يخلف).
   * Nor a person's title.
   */
  private namesDefiniteNoun(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || !this.nameLike(span)) return false;
    const noun = this.tokens[span.open - 1];
    if (noun?.type !== 'word' || !hasArticle(noun.norm) || stripToSet(noun.norm, TITLE_SET) !== undefined)
      return false;
    for (const k of this.wordsBetween(span)) {
      const word = this.tokens[k] as Token;
      if (hasArticle(word.norm) || hasTanween(word, this.text) || STOP_SET.has(word.norm)) return false;
    }
    // (a future verb: «سيشكل لجنة», «ستعزز»)
    if (FUTURE_VERB.test((this.tokens[span.open + 1] as Token).norm)) return false;
    let clause = false;
    let qad = false;
    for (let k = span.open - 2, words = 0; k >= 0 && words < MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      // …a comma that closes a source phrase opening the sentence (وبحسب الوزير، الاتفاق «تاريخي» يفتح …,
      // ووفقا للبيان، …): what follows it is the source's account, read as the clause of an إنّ.
      if (isComma(token)) {
        const back = this.readBack(span.open);
        clause = back.source >= 0 && back.source === back.sentenceStart && back.source < k;
        break;
      }
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      // (a colon opens what someone states, as إنّ does: وزير المالية: عجز الموازنة «مؤقت»)
      if (token.norm === ':') {
        clause = true;
        break;
      }
      if (token.type !== 'word') continue;
      words++;
      if (COMPLEMENTISER_SET.has(token.norm)) {
        clause = true;
        break;
      }
      if (QAD_FORMS.has(token.norm)) qad = true;
      if (BEING_VERB.test(token.norm) && !qad) return false;
      if (this.cueAt(k)) return false;
    }
    // Inside someone's أنّ/إنّ clause the quote after a definite noun is what is said of it (إن الوضع «مستقر»
    // تماما, إن القوات «تتقدم» يوما بعد يوم, الاتفاق «هش» قد ينهار), unless a verb follows it, not an adverb
    // in ا, and the quote has no shape of a predicate (المساعد الصوتي «كورتانا» سيأتي).
    if (clause) {
      const next = this.tokens[span.close + 1];
      const first = (this.tokens[span.open + 1] as Token).norm;
      if (
        next?.type !== 'word' ||
        !IMPERFECT_VERB.test(next.norm) ||
        next.norm.endsWith('ا') ||
        PREDICATE_SHAPE.test(first) ||
        IMPERFECT_VERB.test(first)
      )
        return false;
    }
    // …nor the object of a cue read past an aside (واعتبر فلان، مدير …، القرار «…»), nor words credited
    // after them (وتبقى الأسعار «مرتفعة جدا»، على ما يقول فلان).
    const back = this.readBack(span.open);
    if (back.cue && !back.that) return false;
    const after = this.readAfter(span);
    return !after || after.kind === 'mention';
  }

  /**
   * True when the quote is whom a thing is done with or by: right after مع (بالتعاون مع «…», في منافسة
   * مباشرة مع «…») or after من that a noun with ب governs (بدعم من «…», بتمويل من «…»), a name of a
   * word or two that carries no article, no plural's ات and no adjective of origin after its noun: a
   * partner, a rival, a sponsor by its own name. A speaker's word there would be a class of people or a
   * thing with its article (لا حوار مع «الإرهابيين»); after a verb's من the quote is what it warns of
   * (حذر من «…»).
   */
  private partnerNamed(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || span.close - span.open - 1 > MAX_PARTNER_WORDS) return false;
    const before = this.tokens[span.open - 1];
    if (before?.type !== 'word') return false;
    // (the agent after من قبل, the state after لدى: من قبل «داعش», سفيرها لدى «…»)
    const agent =
      (before.norm === 'قبل' && this.tokens[span.open - 2]?.norm === 'من') || before.norm === 'لدى';
    const agentNamed = agent && this.nameLike(span);
    if (before.norm !== 'مع' && !agent) {
      const noun = this.tokens[span.open - 2];
      if (
        before.norm !== 'من' ||
        noun?.type !== 'word' ||
        !/^و?ب[^ا]{3,}$/u.test(noun.norm) ||
        PREPOSITIONS.has(noun.norm) ||
        this.cueAt(span.open - 2)
      )
        return false;
    }
    if (!this.nameLike(span)) return false;
    // (nor a class described in the speaker's words: a plural in ات, a noun and its adjective of origin,
    // اتصالا مع «جهات خارجية», مع «طرف ثالث»)
    // (one word: two are more often a noun and its adjective, «طرف ثالث», «دولة مجاورة», «ضابط كبير»; and
    // no plural in ين/ون/ات: «إرهابيين», «شركاء دوليين»)
    const words = this.wordsBetween(span).map((k) => (this.tokens[k] as Token).norm);
    const [word] = words;
    // (after من قبل or لدى a word with its article too: من قبل «القاعدة»; the doer or the seat is named)
    return (
      words.length === 1 &&
      word !== undefined &&
      (agentNamed || !hasArticle(word)) &&
      !/(?:ين|ون|ات)$/u.test(word)
    );
  }

  /**
   * True when a short name-shaped quote (nameLike, or an acronym spelt out) stands in an aside between a
   * cue and its complement, the complement still to come right after it: a comma (and a time between
   * commas) then أن, إن, بأن or إلى أن, or a colon (وقال فلان، في حوار مع برنامج «…»، المذاع عبر شاشة
   * «…»، أن …; وأشار فلان، خلال مداخلة ببرنامج «…»، إلى أن …; وقال فلان خلال «ندوة …»: إن …; وكتبت
   * فلانة على «تلجرام»، الثلاثاء: «…»). The words said are the complement; what the aside quotes, after a
   * preposition or a noun of its own, is the programme, the channel, the event or the platform where they
   * were said. Read back over words, commas and the aside's other quotes to the cue, in its sentence,
   * with no complementiser, colon or sentence end between (the quote is then in the speaker's words);
   * not when the quote stands right after the verb, its subject or its own preposition (ووصف الوزير
   * «الاتفاق» بأنه, toldBeforeComplement's hearer), where it may be what the verb governs.
   */
  private namedBeforeComplement(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1) return false;
    // (or any short name after an outlet's head, whatever its words: فضائية «أون تي في»)
    const head = this.tokens[span.open - 1];
    const outlet =
      head?.type === 'word' && stripToSet(head.norm, MEDIA_SET) !== undefined && this.nameShaped(span);
    if (!outlet && !this.nameLike(span) && !this.speltAcronym(span)) return false;
    let at = span.close + 1;
    if (isComma(this.tokens[at])) {
      at++;
      // (a time between commas, of a few words: ، الثلاثاء:, ، مساء أمس الاثنين، أن)
      const time = at;
      while (at - time < MAX_TIME_WORDS && TIME_SET.has(this.tokens[at]?.norm ?? '')) at++;
      if (at > time && isComma(this.tokens[at])) at++;
    }
    const next = this.tokens[at];
    if (next === undefined) return false;
    const brings = (token: Token | undefined) => token?.type === 'word' && BRINGS_WORDS.test(token.norm);
    const colon = next.norm === ':';
    if (!colon && !brings(next) && !(next.norm === 'الى' && brings(this.tokens[at + 1]))) return false;
    // (a comma or a colon right after the quote: the aside closes there; a bare أن right after it may
    // be the quote's own clause, حملة «…» أن)
    if (!colon && at === span.close + 1) return false;
    const before = this.tokens[span.open - 1];
    if (before?.type !== 'word' || this.cueAt(span.open - 1) !== null) return false;
    // (not a description after a bare ب, وصف الهجوم بـ«الجبان»: what it was called, said)
    if (before.norm === 'ب') return false;
    // (not the object of a relative's verb, في خطابه الذي تضمن «رسائل حازمة»، أن: what the speech held;
    // nor a noun and its indefinite adjective, «رسائل حازمة», a description)
    if (RELATIVES.has(this.tokens[span.open - 2]?.norm ?? '')) return false;
    const words = this.wordsBetween(span).map((k) => (this.tokens[k] as Token).norm);
    if (indefiniteDescription(words)) return false;
    for (let k = span.open - 1; k >= 0 && span.open - k <= MAX_ASIDE_BEFORE_COMPLEMENT; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'mark') continue;
      if (token.type !== 'word') {
        // (a comma, or the point of an abbreviated title, د.فلان)
        if (isComma(token) || (token.norm === '.' && this.tokens[k - 1]?.norm.length === 1)) continue;
        return false;
      }
      if (COMPLEMENTISER_SET.has(token.norm)) return false;
      const cue = this.cueAt(k);
      if (!cue) continue;
      // …a verb that brings its words by a complement, the quote past its subject and past what it
      // governs right after it (أشار إلى «…», شدد على «…» is the complement itself), but for a platform
      // right after its على or عبر (كتب فلان على «تلجرام»).
      if (cue.match.cls === 'relay' || cue.end >= span.open) return false;
      return cue.end < span.open - 1 || this.platformNamed(span);
    }
    return false;
  }

  /**
   * True when the quote opens a list of quoted alternatives after سواء (حلفاءها، سواء «…» أو «…» أو
   * غيرهم): a short name (nameLike, two words at most) joined by أو or و to another quote. Those the
   * list runs through are the parties, the groups or the channels named, each a mention; the items
   * after it follow it (joinsNamed).
   */
  private firstOfAlternatives(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || this.tokens[span.open - 1]?.norm !== 'سواء') return false;
    if (span.close - span.open - 1 > 2 || !this.nameLike(span)) return false;
    return JOINING_WORDS.has(this.tokens[span.close + 1]?.norm ?? '') && this.closeOf.has(span.close + 2);
  }

  /**
   * True when the quote is one place of the gazetteer, whole (سفيرها لدى «إسرائيل», في «القدس»): a
   * country or a city in marks is the writer's or a speaker's scare quotes on its name, no words said.
   * Not where a predicate is due (إن الخيار «مصر», هو «…»).
   */
  private placeNamed(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1) return false;
    const words = this.wordsBetween(span);
    if (words.length === 0 || words.length > MAX_PLACE_WORDS || span.close - span.open - 1 !== words.length)
      return false;
    const place = words.map((k) => (this.tokens[k] as Token).norm).join(' ');
    if (!PLACE_SET.has(place)) return false;
    const before = this.tokens[span.open - 1];
    // (not an answer after a colon, قال الرئيس: «القدس».: the place is what he said)
    if (before?.norm === ':') return false;
    if (before?.type !== 'word') return true;
    // (nor the predicate of a noun right after إنّ: predicateAfterThat)
    if (this.predicateAfterThat(span.open)) return false;
    return !(
      COMPLEMENTISER_SET.has(before.norm) ||
      PREDICATE_SUBJECTS.has(before.norm) ||
      SUBJECT_PRONOUNS.has(before.norm) ||
      this.awaitsPredicate(span.open)
    );
  }

  /**
   * True when the quote is a figure alone, digits, right before the plain noun it counts (أعيدت «9344»
   * مركبة, ضبط «12» مكتبا): the desk's marks on a count, as police and agency copy puts them, no words
   * said. Not before a number word or a percentage that goes on with the figure outside the marks
   * (بـ«300» مليون, «40» في المائة), nor where a predicate is due (إن عددهم «…»).
   */
  private countedFigure(span: Span): boolean {
    if (span.close !== span.open + 2 || span.parent !== -1) return false;
    const figure = this.tokens[span.open + 1] as Token;
    if (figure.type !== 'word' || !NUMBER_ONLY.test(figure.norm)) return false;
    const counted = this.tokens[span.close + 1];
    if (counted?.type !== 'word' || counted.spaceBefore !== true) return false;
    const norm = counted.norm;
    if (
      NUMBER_WORD_SET.has(norm) ||
      FIGURE_GOES_ON.has(norm) ||
      PREPOSITIONS.has(norm) ||
      COMPLEMENTISER_SET.has(norm) ||
      hasArticle(norm) ||
      // (a finite verb after it, not a participle's form that counts too: «9523» ناقلا)
      (this.verbAt(span.close + 1)?.tense ?? 'participle') !== 'participle'
    )
      return false;
    return !this.awaitsPredicate(span.open) && !this.predicateAfterThat(span.open);
  }

  /**
   * True when one or two nouns with the article or a pronoun stand between إنّ/أنّ and the mark at `open`
   * (إن حلمه «مدريد», إن العاصمة المؤقتة «عدن», إن عددهم «300» شخص): the quote is their predicate, said.
   */
  private predicateAfterThat(open: number): boolean {
    for (let k = open - 1; k >= open - 3; k--) {
      const word = this.tokens[k];
      if (word?.type !== 'word') return false;
      if (COMPLEMENTISER_SET.has(word.norm)) return k < open - 1;
      if (!hasArticle(word.norm) && !/(?:ه|ها|هم)$/u.test(word.norm)) return false;
    }
    return false;
  }

  /**
   * True when the quote ends a line that credits the article (المصدر: «الأناضول», تصوير: «…»): a
   * paragraph of one noun of credit (CREDIT_NOUNS), a colon and a short name, nothing after it but
   * punctuation. A source line names the agency or the page, it reports no words.
   */
  private creditLine(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || !(this.nameLike(span) || this.speltAcronym(span)))
      return false;
    const colon = this.tokens[span.open - 1];
    const noun = this.tokens[span.open - 2];
    if (colon?.norm !== ':' || noun?.type !== 'word' || !CREDIT_NOUNS.has(noun.norm)) return false;
    const first = this.tokens[span.open - 3];
    if (first !== undefined && first.type !== 'break') return false;
    for (let k = span.close + 1; k < this.tokens.length; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break') return true;
      if (token.type !== 'punct') return false;
    }
    return true;
  }

  /**
   * True when another quote opens right after this one, a short name (nameLike): the two stand as a
   * subject and its predicate (المقعد الواحد في «سويوز» «يكلف …», الاهتمام بتطبيق «…» «تضاعف …»), the
   * first naming the thing the words after it are said of.
   */
  private subjectOfNextQuote(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || !this.closeOf.has(span.close + 1)) return false;
    return this.nameLike(span) && span.close - span.open - 1 <= MAX_NAME_QUOTE_WORDS;
  }

  /**
   * True when the quote after a verb of meeting (MET_VERB) is its subject by its name: the verb feminine,
   * as a paper, a channel or an agency is (التقته «عكاظ», زارتها «الوطن»); the quote short, opening with
   * no preposition (التقتها «بالصدفة» is how), not one indefinite word in ا or ة, an adverb's accusative
   * (التقته «مصادفة», «مجددا»); and the clause closed after it (a comma, the sentence's end, a break, a
   * word joined by و) or going on with the verb's complement (وحين سألته «…» عن موعد الافتتاح).
   */
  private meetingSubject(span: Span): boolean {
    const verb = this.tokens[span.open - 1]?.norm ?? '';
    if (!/ت(?:ه|ها|هم|هما)$/u.test(verb) || !(this.nameLike(span) || this.speltAcronym(span))) return false;
    const words = this.wordsBetween(span).map((k) => (this.tokens[k] as Token).norm);
    const first = words[0] as string;
    if (/^(?:[بلك]ال|لل)/u.test(first) || PREPOSITIONS.has(first)) return false;
    if (words.length === 1 && !hasArticle(first) && /[اه]$/u.test(first)) return false;
    const next = this.tokens[span.close + 1];
    return (
      next === undefined ||
      next.type === 'break' ||
      isComma(next) ||
      SENTENCE_ENDS.has(next.norm) ||
      (next.type === 'word' && (/^و.{2}/u.test(next.norm) || PREPOSITIONS.has(next.norm)))
    );
  }

  /**
   * True when ما ("what") and a naming verb that gives no one's coinage stand before the quote: the
   * present, with the pronoun of ما and its subject (ما تسميه إسرائيل «…», ما يسميه السكان «…», ما
   * تطلق عليه السلطات «…»), the name in use, as «…»، كما تسميه الحكومة is; or the passive (لما سمي «…»,
   * ما سميت «…»), "so-called". The past with a subject (ما سماه الرئيس «…») is that person's coinage
   * (coinedBy). The subject: at most MAX_NAMING_LOOKBACK words, plain words only.
   */
  private nameInUse(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || !(this.nameLike(span) || this.speltAcronym(span)))
      return false;
    for (let k = span.open - 1; k >= 1 && span.open - k <= MAX_NAMING_LOOKBACK; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return false;
      const what = (at: number): boolean => WHAT_SET.has(this.tokens[at]?.norm ?? '');
      if (PRESENT_NAMING_VERB.test(token.norm)) return what(k - 1);
      if (PASSIVE_NAMING_VERB.test(token.norm)) return k === span.open - 1 && what(k - 1);
      if (ON_PRONOUN.test(token.norm) && /^[يت]طلق(?:ون)?$/u.test(this.tokens[k - 1]?.norm ?? ''))
        return what(k - 2);
    }
    return false;
  }

  /**
   * True when the quote is whom an aside of speech gave the words to: في, a noun of speech, a call, an
   * interview or a letter (في تصريح, في حديث, في اتصال, في رسالة; with an adjective of its kind or
   * not: في تصريحات خاصة, في اتصال هاتفي), the preposition of whom it was for (لـ, إلى, مع), then a
   * short name, and after it the words still to come: a colon or a complementiser (في رسالة إلى «…»:
   * «…»), or a comma and the verb of saying when the aside opens the sentence (وفي حديث إلى «…»، قال
   * فلان: «…»). A name there is the outlet; words said there would end the sentence.
   */
  private toldInAside(span: Span): boolean {
    // (a name spelt letter by letter may hold إن: «سي إن إن»)
    if (span.close < 0 || span.parent !== -1 || !(this.nameLike(span) || this.speltAcronym(span)))
      return false;
    const preposition = this.tokens[span.open - 1]?.norm ?? '';
    // …or the outlet that covered it, as Iraqi copy writes (في حديث صحفي، وتابعه «…»، إن): تابع with
    // the pronoun of what it followed is no verb of saying.
    if (FOLLOWED_IT.test(preposition)) return true;
    if (preposition !== 'ل' && preposition !== 'الى' && preposition !== 'مع') return false;
    let noun = span.open - 2;
    // (a verb that sends or gives it, with its ب and the pronoun, between: في رسالة بعث بها إلى «…»,
    // في تصريحات أدلى بها لـ«…»)
    if (/^ب(?:ه|ها)$/u.test(this.tokens[noun]?.norm ?? '') && this.tokens[noun - 1]?.type === 'word')
      noun -= 2;
    if (INTERVIEW_ADJECTIVES.has(this.tokens[noun]?.norm ?? '')) noun--;
    const head = this.tokens[noun];
    if (head?.type !== 'word') return false;
    const bare = head.norm.replace(/^و(?=.{3})/u, '');
    if (
      stripToSet(bare, SPEECH_NOUN_SET) === undefined &&
      !INTERVIEW_NOUN_SET.has(bare) &&
      !CALL_NOUN_SET.has(bare) &&
      !LETTER_NOUN_SET.has(bare)
    )
      return false;
    if (this.tokens[noun - 1]?.norm !== 'في' && this.tokens[noun - 1]?.norm !== 'وفي') return false;
    const next = this.tokens[span.close + 1];
    if (next?.norm === ':' || this.toldAfter(span.close + 1)) return true;
    // …or the complement of the verb before the aside, on its own preposition (محذرا في تصريح إلى «…» من
    // تجاوز الأودية): what is called for after إلى has none (ودعا في تصريح إلى «…» من أجل …).
    const after = this.tokens[span.close + 2]?.norm ?? '';
    if (
      preposition === 'الى' &&
      (next?.norm === 'من' || next?.norm === 'عن' || next?.norm === 'على') &&
      !CALL_PURPOSE_WORDS.has(after) &&
      !this.callsBefore(noun - 1)
    )
      return true;
    // (a time between commas first: في حديث إلى «…»، أمس، أن)
    if (
      isComma(next) &&
      TIME_SET.has(this.tokens[span.close + 2]?.norm ?? '') &&
      isComma(this.tokens[span.close + 3]) &&
      this.toldAfter(span.close + 4)
    )
      return true;
    // …or an aside between commas, with ل or مع (وأفاد المصدر، في اتصال مع «…»، …, وقال فلان، في تصريح
    // لـ«…»، …): whom the words were given to; إلى there may bring what was called for.
    if (preposition !== 'الى' && isComma(next) && isComma(this.tokens[noun - 2])) return true;
    // …a comma, then the verb of saying and its subject, the aside opening the sentence (وفي اتصال مع
    // «…»، قال فلان: «…»); not a participle going on after a verb's complement (ودعا في تصريحه إلى «…»،
    // مؤكدا أن).
    const opening = this.tokens[noun - 2];
    if (!isComma(next) || this.tokens[span.close + 2]?.type !== 'word') return false;
    if (opening !== undefined && opening.type !== 'break' && !SENTENCE_ENDS.has(opening.norm)) return false;
    const cue = this.cueAt(span.close + 2);
    return cue !== null && cue.match.tense !== 'participle';
  }

  /**
   * True when a verb that governs إلى (POINTING_SET: دعا, أشار, طالب …) stands before `at` in the same
   * sentence, words between: what follows إلى there is what it calls or points to (ودعا في حديث إلى «الكف»
   * عن التصعيد), no outlet told.
   */
  private callsBefore(at: number): boolean {
    for (let k = at; k >= 0 && at - k <= MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) return false;
      if (token.type !== 'word') continue;
      const cue = this.verbAt(k);
      if (cue) return POINTING_SET.has(cue.lemma);
    }
    return false;
  }

  /**
   * True when the quote holds a naming head of its own, indefinite, in construct with one to three
   * definite words or a number (عن تفاصيل «مسبار الأمل», المشرف على «مشروع الأفق الجديد», حول «مبادرة
   * الريادة»): the thing by its full name. An indefinite head is followed by definite words only as
   * their construct, never as its adjectives (which agree: «حملة ممنهجة», «مبادرة وطنية شاملة» describe).
   * Not where a predicate is due (بأنه «صفقة القرن», إن الاتفاق «…», هو «…») nor right after a verb of
   * saying, whose object words the quote may be; not a verbal noun (تطبيق «…» is also "applying").
   */
  private headedName(span: Span): boolean {
    if (span.close < 0 || span.parent !== -1 || !this.nameLike(span)) return false;
    const words = this.wordsBetween(span).map((k) => this.tokens[k] as Token);
    const [head, ...rest] = words;
    if (head === undefined || rest.length === 0 || rest.length > 3) return false;
    if (hasArticle(head.norm) || !KIND_NAMING_SET.has(head.norm) || ACT_NAMING_SET.has(head.norm))
      return false;
    if (!rest.every((w, k) => hasArticle(w.norm) || (k > 0 && NUMBER_ONLY.test(w.norm)))) return false;
    // (an act, not a thing named: a definite verbal noun of a derived verb as the genitive, عملية
    // «التهريب», حملة «التضليل»)
    if (DEFINITE_DERIVED_VERBAL_NOUN.test((rest[0] as Token).norm)) return false;
    const before = this.tokens[span.open - 1];
    if (before?.type !== 'word') return false;
    if (
      COMPLEMENTISER_SET.has(before.norm) ||
      PRONOUN_THAT.has(before.norm) ||
      PREDICATE_SUBJECTS.has(before.norm) ||
      SUBJECT_PRONOUNS.has(before.norm) ||
      this.awaitsPredicate(span.open) ||
      this.cueAt(span.open - 1) !== null ||
      this.describedWith(span.open)
    )
      return false;
    return true;
  }

  /**
   * True when the word at `index` is ب glued to a noun of words (SAID_WORDS_NOUNS: بعبارة, بجملة, بمقولة)
   * that completes a cue's clause, the cue and its subject and object before it, words only (واختتم
   * الوزير كلمته بعبارة «…», وعلق فلان على الحادث بعبارة «…»): the words the cue's subject said, no
   * name a head wants (رفع المتظاهرون لافتات بعبارة «…» has no cue: a slogan, a mention).
   */
  private wordsOfCue(index: number): boolean {
    const noun = this.tokens[index];
    if (noun?.type !== 'word' || !noun.norm.startsWith('ب') || !SAID_WORDS_NOUNS.has(noun.norm.slice(1)))
      return false;
    // (…right after a noun of one's own speech, كلمته بعبارة, or the cue's own subject: not past a
    // complementiser, whose clause has a verb of its own, إن المتظاهرين رفعوا لافتات بعبارة «…»)
    const own = this.ownSpeechAt(index - 1);
    for (let k = index - 1; k >= 0 && index - 1 - k < MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k];
      if (token?.type !== 'word' || COMPLEMENTISER_SET.has(token.norm)) return false;
      const cue = this.cueAt(k);
      if (cue)
        return cue.match.tense === 'participle'
          ? own || k === index - 1
          : cue.subject !== null && (own || cue.subject.last === index - 1);
    }
    return false;
  }

  /**
   * True when the quote at `open` follows the ب of a verb of describing within its clause (وصف الهجوم
   * بـ«…», واصفا ما حدث بـ«ليلة الرعب»): what the speaker calls the thing, his words, whatever their shape.
   * Words only between the verb and the ب (its subject and object), MAX_SUBJECT_SPAN at most.
   */
  private describedWith(open: number): boolean {
    if (this.tokens[open - 1]?.norm !== 'ب') return false;
    for (let k = open - 2; k >= 0 && open - 2 - k < MAX_SUBJECT_SPAN; k--) {
      if (this.tokens[k]?.type !== 'word') return false;
      const cue = this.cueAt(k);
      if (cue)
        return fold(cue.match.lemma) === 'وصف' && (cue.subject === null || cue.subject.last < open - 2);
    }
    return false;
  }

  /**
   * True when the quote after an indefinite naming head (مشروع, حملة, تجربة «…») describes the thing
   * rather than names it, by what agrees with the head: a verb in its gender, the future's س or not
   * (مشروع «سيغير وجه المدينة», مبادرة «تخدم الجميع»), a negation of a verb (لن, لم, ليس) or لا with a
   * pronoun that points back to the head (حملة «لا مثيل لها»), or an adjective of a participle's or an
   * adjective's shape in its gender, the first word or one joined by و (مشروع «رائد على مستوى المنطقة»,
   * حملة «ممنهجة», برنامج «طموح ومدروس»), or any word before جدا (مهرجان «مهم جدا»). A name agrees with
   * nothing: حملة «لا للعنف», تطبيق «توكلنا», منصة «طاقات», مسبار «الأمل» stay names.
   */
  private describesHead(span: Span, head: string): boolean {
    if (span.close < 0 || hasArticle(head) || span.close - span.open - 1 > MAX_APPOSED_NAME_WORDS + 2)
      return false;
    const words = this.wordsBetween(span).map((k) => (this.tokens[k] as Token).norm);
    const [first] = words;
    if (first === undefined || hasArticle(first)) return false;
    const feminine = head.endsWith('ه');
    // (a verb with its object or complement after it, a definite word or a preposition: the future's س
    // before its prefix, or a bare imperfect of three letters; a foreign name may spell either, شركة
    // «ستروي غاز مونتاج», with no article)
    const complement = words.slice(1).some((w) => hasArticle(w)) || this.holdsClause(span);
    const verb = complement && (FUTURE_VERB.test(first) || /^[يت][^ا]{3}$/u.test(first));
    if (verb && (feminine ? /^س?ت/u : /^س?ي/u).test(first)) return true;
    if (DESCRIBING_NEGATIONS.has(first)) return true;
    if (first === 'لا' && words.some((w) => PREPOSITIONAL_PRONOUN.test(w))) return true;
    if (words.includes('جدا')) return true;
    // An adjective in the head's gender: alone, only a participle's shape (ممنهجة, مدروس), for a word of
    // the shape فاعل or فعيل is as often a name (برنامج «حافز», نظام «ساهر»); any of the shapes with a
    // second adjective joined by و or a preposition after it (رائد على مستوى المنطقة, طموح ومدروس).
    const agrees = (word: string, shape: RegExp): boolean =>
      word.endsWith('ه') === feminine && shape.test(feminine ? word.slice(0, -1) : word);
    // (after a predicate's subject the head is itself what is said of something, بأنه تجربة «مريرة»: any
    // of the shapes)
    const predicate = PREDICATE_SUBJECTS.has(this.tokens[span.open - 2]?.norm ?? '');
    if (words.length === 1) return agrees(first, predicate ? ADJECTIVE_STEM_SHAPE : PARTICIPLE_STEM_SHAPE);
    const second = words[1] as string;
    if (/^و../u.test(second) && agrees(second.slice(1), ADJECTIVE_STEM_SHAPE)) return true;
    return agrees(first, ADJECTIVE_STEM_SHAPE) && this.holdsClause(span);
  }

  /**
   * True when a quote after عبر or من خلال is the name of the means (a portal, an app, a platform), not
   * the speaker's words for how a thing is done: name-like (nameLike), its first word with no article
   * (عبر «الحوار» is said), and one word (أبشر, إحسان), a head in construct with a definite genitive
   * (بوابة القبول الإلكتروني, منصة الخدمات الموحدة), a platform's name (سناب شات), or words in Latin
   * letters; not an indefinite noun and its adjective (عبر «حوار وطني شامل», «رسائل نصية»), a description.
   */
  private meansNamed(span: Span): boolean {
    if (!this.nameLike(span)) return false;
    if (this.platformNamed(span)) return true;
    const words = this.wordsBetween(span).map((k) => (this.tokens[k] as Token).norm);
    const first = words[0] as string;
    if (hasArticle(first) || /^[لبك]ال/u.test(first)) return false;
    if (words.length === 1) return !isNisba(first);
    if (words.every((w) => /^[A-Za-z0-9]/u.test(w))) return true;
    return hasArticle(words[1] as string) && !this.isPossessed(span.open + 1);
  }

  /**
   * A level's name after a noun of rank (LEVEL_SET), or after إلى with a noun of rank within three words
   * back (رفع مستوى التحذير إلى «…»): the quote opens with the article, name-shaped, no clause in it.
   */
  private rankNamed(span: Span): boolean {
    const first = this.tokens[span.open + 1];
    if (first?.type !== 'word' || !hasArticle(first.norm)) return false;
    if (!this.nameShaped(span) || this.holdsClause(span)) return false;
    const rank = (k: number): boolean => {
      const token = this.tokens[k];
      return token?.type === 'word' && stripToSet(withoutArticle(token.norm), LEVEL_SET) !== undefined;
    };
    if (rank(span.open - 1)) return true;
    // حالة only before a state an authority declares (حالة «الطوارئ القصوى»): not a state the speaker
    // describes in his own words (حذر من حالة «الاحتقان الشديد» التي …).
    const before = this.tokens[span.open - 1];
    if (
      before?.type === 'word' &&
      stripToSet(withoutArticle(before.norm), STATE_NOUN_SET) !== undefined &&
      DECLARED_STATE_SET.has(withoutArticle(first.norm))
    )
      return true;
    if (this.tokens[span.open - 1]?.norm !== 'الى') return false;
    for (let k = span.open - 2; k >= 0 && span.open - k <= 4; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm)) return false;
      if (rank(k)) return true;
      // …only the rank's definite genitive between it and إلى (مستوى التحذير إلى), no verb of the
      // speaker's clause (إن تراجع مستوى المعيشة أدى إلى «…»).
      if (!hasArticle(token.norm)) return false;
    }
    return false;
  }

  /**
   * True when the words ending at `at` are a definite noun of a number or a line to call (a naming noun,
   * or الخط: LINE_NOUNS) and one or two words that qualify it, definite adjectives or a ل genitive (الرقم
   * الموحد, الخط الساخن, الرقم المجاني للمركز, بالرقم الموحد للوزارة): where a code after it is its number.
   */
  private numberNounBefore(at: number): boolean {
    for (let k = at; k >= 0 && at - k < 2; k--) {
      const token = this.tokens[k];
      if (token?.type !== 'word' || !hasArticle(token.norm)) return false;
      const noun = this.tokens[k - 1];
      if (noun?.type !== 'word' || !hasArticle(noun.norm)) continue;
      const bare = withoutArticle(noun.norm);
      if (KIND_NAMING_SET.has(bare) || LINE_NOUNS.has(bare)) return true;
    }
    return false;
  }

  /**
   * A quote of one to three codes: every word holds a digit or is written in Latin letters (937, XJ7),
   * dashes between not counted (800-124-0000).
   */
  private codeShaped(span: Span): boolean {
    if (span.close < 0 || span.close - span.open > 6) return false;
    let words = 0;
    for (let i = span.open + 1; i < span.close; i++) {
      const token = this.tokens[i] as Token;
      if (token.type !== 'word') {
        if (token.norm !== '-') return false;
        continue;
      }
      if (!CODE_WORD.test(token.norm)) return false;
      words++;
    }
    return words > 0 && words <= 3;
  }

  /**
   * A definite naming noun, with one definite adjective or none, right after إن/أن, then the quote, then
   * a word that goes on to the predicate (a verb: أقلعت, سيطرح, قتل): the quote names the subject. Not
   * when a preposition, a stop word, an adverb in ا, a definite word, an adjective joined by و or a
   * negation of a noun predicate (غير, ليس) follows, which go on with a predicate the quote began (إن
   * الخدمة «نقلة نوعية» في الرعاية, إن الخطة «طموحة» أيضا, أن الرقم «10 آلاف» غير دقيق).
   */
  private subjectNamed(span: Span): boolean {
    if (span.close < 0) return false;
    let at = span.open - 1;
    const adjective = this.tokens[at];
    if (adjective?.type !== 'word' || !hasArticle(adjective.norm)) return false;
    if (!KIND_NAMING_SET.has(withoutArticle(adjective.norm))) at--;
    const noun = this.tokens[at];
    if (noun?.type !== 'word' || !hasArticle(noun.norm) || !KIND_NAMING_SET.has(withoutArticle(noun.norm)))
      return false;
    if (!COMPLEMENTISER_SET.has(this.tokens[at - 1]?.norm ?? '')) return false;
    if (!this.nameShaped(span) || this.holdsClause(span)) return false;
    const first = this.tokens[span.open + 1] as Token;
    if (CLAUSE_OPENER_SET.has(first.norm) || COMPLEMENTISER_SET.has(first.norm)) return false;
    const next = this.tokens[span.close + 1];
    return (
      next?.type === 'word' &&
      !PREPOSITIONS.has(next.norm) &&
      (!STOP_SET.has(next.norm) || /^و?كان/u.test(next.norm)) &&
      !hasArticle(next.norm) &&
      !/^(?:لل|[بلك]ال)/u.test(next.norm) &&
      !(/ا$/u.test(next.norm) && !/وا$/u.test(next.norm)) &&
      !isNisba(next.norm) &&
      !COMPLEMENTISER_SET.has(next.norm) &&
      // a second predicate or an adjective joined to the quote (إن الخدمة «مجانية» وتتاح للجميع, «سهلة»
      // وسريعة), a negated predicate (غير دقيق)
      !(next.norm.startsWith('و') && !/^وكان/u.test(next.norm)) &&
      !PREDICATE_NEGATIONS.has(next.norm) &&
      // a clause of cause or contrast after the predicate said (أن الاتفاق «هش» لأنه …, «إيجابي» لكنه …)
      !CLAUSE_LINKS.has(PRONOUN_STEM.exec(next.norm)?.[1] ?? next.norm)
    );
  }

  /**
   * True when the definite word at `at` stands where no predicate follows it: after a preposition (في
   * الحملة, بالمنصة), or after an indefinite word that is no reporting verb (سطح القمر, أطلقت الحملة);
   * not after a cue, a complementiser or a definite word, where it may be the subject or the object
   * that the quote after it is said of (قال الوزير «…», إن الحملة «…», اعتبر المجلس الخطة «…»).
   */
  private governedNoun(at: number): boolean {
    const word = this.tokens[at];
    const prior = this.tokens[at - 1];
    if (word?.type !== 'word' || prior?.type !== 'word') return false;
    // …but not inside the subject of an إن/أن clause, whose predicate is due (إن دورها في الفيلم «…»,
    // إن مدة تنفيذ الجسر «…»): a complementiser a few words back, before any relative pronoun.
    for (let k = at - 1; k >= 0 && at - k <= MAX_PREDICATE_SUBJECT_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || RELATIVES.has(token.norm)) break;
      if (COMPLEMENTISER_SET.has(token.norm)) return false;
    }
    if (PREPOSITIONS.has(prior.norm) || /^(?:ب|ل|وب|ول)ال/u.test(word.norm)) return true;
    return (
      !hasArticle(prior.norm) &&
      !COMPLEMENTISER_SET.has(prior.norm) &&
      !STOP_SET.has(prior.norm) &&
      !this.verbAt(at - 1) &&
      !this.cueAt(at - 1) &&
      !this.cueObjectAt(at)
    );
  }

  /**
   * True when the word at `at` may be the object of a verb of judging before it in its clause
   * (isJudgingLemma: its object is what the words after it speak of), with no complementiser, preposition
   * or punctuation between (اعتبر المحلل كريم داود الخطة «هشة»: the word before الخطة ends the subject's
   * name, no noun in construct that would govern it).
   */
  private cueObjectAt(at: number): boolean {
    for (let k = at - 1; k >= 0 && at - k <= MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return false;
      if (COMPLEMENTISER_SET.has(token.norm) || PREPOSITIONS.has(token.norm)) return false;
      const cue = this.cueAt(k);
      if (cue) return isJudgingLemma(cue.match.lemma);
    }
    return false;
  }

  /**
   * A short quote right after a body's name that ends in an adjective of origin is the body's own
   * name in apposition: وكالة الأنباء الإماراتية «وام», لحركة المقاومة الإسلامية الفلسطينية «حماس»,
   * الحزب العربي الإسرائيلي «الحركة العربية للتغيير». Words said after a body's name open a clause
   * (لا, لن, إن) or run longer than a name.
   */
  private isAppositeName(span: Span): boolean {
    const before = this.tokens[span.open - 1];
    // …or in a ل genitive, before a one-word short name and the rest of the clause (كشفت الهيئة
    // الوطنية لمكافحة الفساد «نزاهة» عن …, الهيئة العامة للإحصاء «جاستات» أن …).
    // A short name carries no article («الأسعار» ستنخفض is said) unless it repeats a word of the body's
    // name (الهيئة العامة للإحصاء «الإحصاء»), and is not the first word of a construct that goes on
    // after the mark («موسم» الرياض: a definite word that is no title or time), unless the body is the
    // subject of a cue that takes an object, which that word is (أعلنت الهيئة … «نزاهة» البدء في …:
    // checked below, at the body's head).
    const lam = before?.type === 'word' ? this.tokens[span.open - 2] : undefined;
    const short = this.tokens[span.open + 1];
    const after = this.tokens[span.close + 1];
    const construct =
      after?.type === 'word' &&
      hasArticle(after.norm) &&
      stripToSet(after.norm, TITLE_SET) === undefined &&
      !TIME_SET.has(after.norm);
    // (an acronym spelt letter by letter counts as one word: نقابة سائقي القطارات «جي دي إل»)
    const spelt = this.speltAcronym(span);
    const genitive =
      before?.type === 'word' &&
      (before.norm.startsWith('لل') ||
        (hasArticle(before.norm) && lam?.type === 'word' && /^ل[^ل]/u.test(lam.norm))) &&
      (spelt ||
        (span.close - span.open === 2 &&
          short?.type === 'word' &&
          (!hasArticle(short.norm) || this.repeatsBodyWord(short.norm, span.open)))) &&
      after?.type === 'word';
    // …or after a body's full name of another shape, back to its head over من أجل, و and nouns in
    // construct (الجمعية التونسية من أجل نزاهة وديمقراطية الانتخابات «عتيد» بـ«…»): the same one-word
    // short name, not a preposition with the article (بالتحرك is what a body asks for).
    const named =
      !genitive &&
      before?.type === 'word' &&
      hasArticle(before.norm) &&
      (spelt ||
        (span.close - span.open === 2 &&
          short?.type === 'word' &&
          !hasArticle(short.norm) &&
          !/^(?:و?[بل]ال|لل)/u.test(short.norm))) &&
      after?.type === 'word'
        ? this.bodyHeadBefore(span.open)
        : -1;
    // …its last adjective of origin may be the second of two joined by و (هيئة الرقابة البيطرية والزراعية
    // «…», وكالة الأمن الصحي والغذائي «…»).
    const nisba =
      before?.type === 'word' &&
      (isNisba(before.norm) ||
        (before.norm.startsWith('وال') &&
          isNisba(before.norm.slice(1)) &&
          isNisba((this.tokens[span.open - 2] as Token | undefined)?.norm ?? '')));
    if (before?.type !== 'word' || !(nisba || genitive || named >= 0) || !this.nameShaped(span)) return false;
    // Back over the body's name to its head: definite words and ل genitives only.
    let head = named;
    for (let j = span.open - 2; head < 0 && j >= 0 && span.open - j <= MAX_BODY_WORDS; j--) {
      const token = this.tokens[j] as Token;
      if (token.type !== 'word') break;
      const found = stripToSet(token.norm, ORGANISATION_SET);
      if (found !== undefined) {
        head = j;
        // A field's noun (الشؤون) heads a body only when it starts the phrase: after a preposition it is
        // the field spoken of (التعاون في الشؤون الأمنية «…»), and after a body's head in construct
        // (وزارة الشؤون الإسلامية) that head is the name's.
        if (FIELD_BODY_HEAD_SET.has(found)) {
          const prior = this.tokens[j - 1];
          const governed = found !== token.norm || (prior?.type === 'word' && PREPOSITIONS.has(prior.norm));
          if (governed) return false;
          if (
            prior?.type === 'word' &&
            !hasArticle(prior.norm) &&
            stripToSet(prior.norm, ORGANISATION_SET) !== undefined
          )
            head = j - 1;
        }
        break;
      }
      if (!hasArticle(token.norm) && !token.norm.startsWith('ل')) break;
    }
    if (head < 0) return false;
    if (
      (genitive || named >= 0) &&
      !nisba &&
      construct &&
      !(head > 0 && this.cueAt(head - 1)?.match.takesObject)
    )
      return false;
    const words: string[] = [];
    for (let i = span.open + 1; i < span.close; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'word') words.push(token.norm);
    }
    const first = words[0] as string;
    if (CLAUSE_OPENER_SET.has(first) || COMPLEMENTISER_SET.has(first)) return false;
    // An acronym is no indefinite noun in the accusative (ونشرت جمعية حماية المستهلك «تحذيرا» للتجار):
    // that is the verb's object after its subject, the body.
    if (words.length === 1 && this.indefiniteNounPattern(this.tokens[span.open + 1] as Token)) return false;
    // The body as a cue's subject (وأعلن الجيش الإسرائيلي «مقتل جنديين»): what follows is more often
    // the verb's object than the body's name; only one word (نقلت وكالة الأنباء الإماراتية «وام»).
    // …unless the verb's object comes after the quote (أعلنت هيئة الأرصاد الجوية الفرنسية «ميتيو فرانس»
    // وضع 47 مقاطعة …, أعلنت وكالة الفضاء الروسية «روس كوسموس»، الثلاثاء، تأجيل …): the quote, no verbal
    // noun itself, names the subject.
    if (head > 0 && this.cueAt(head - 1) && words.length > 1 && !this.objectAfterName(span, first))
      return false;
    // …and so is the body after a complementiser where the quote ends the clause (قال فلان إن الجيش
    // العراقي «يفتقر إلى الإرادة».): the subject of the clause it opens, and the quote that clause's
    // predicate, said. A name in apposition has the predicate after it (إن الحركة «أنصار الشريعة» تقف …).
    if (
      head > 0 &&
      words.length > 1 &&
      after?.type !== 'word' &&
      COMPLEMENTISER_SET.has((this.tokens[head - 1] as Token).norm)
    )
      return false;
    // A longer name starts with a head of its own (الحركة العربية من أجل التغيير), or is an acronym
    // spelt letter by letter (إس إن سي إف).
    return words.length <= 3 || stripToSet(first, ORGANISATION_SET) !== undefined || spelt;
  }

  /**
   * True when the quote is an acronym spelt letter by letter: two to MAX_NAME_WORDS words, none longer
   * than two letters (جي دي إل, إس إن سي إف, بي بي سي), with dots between or not (إس.تي.إم).
   */
  /**
   * ل glued to people in construct at `at`, a definite genitive after it (لأبناء القبيلة, لأفراد الشرطة,
   * لأعضاء المجلس): whom the words were told, as isHearerAfterLam reads it.
   */
  private lamPeopleInConstruct(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || !/^ل[^ل]/u.test(token.norm)) return false;
    const next = this.tokens[at + 1];
    return (
      PEOPLE_IN_CONSTRUCT_SET.has(token.norm.slice(1)) &&
      next?.type === 'word' &&
      hasArticle(next.norm) &&
      isHearerAfterLam(this.tokens, at, [])
    );
  }

  /**
   * A person's full name in marks inside a sentence (ضد «أسامة محمد مرسي», المحامي «محمد الجندي»): two to
   * four words, the first a given name of its own (no given name that is also a word: «باسم», «أمل»), the
   * others given names, joiners and the words they govern, or family names with the article.
   */
  private isPersonsFullName(span: Span): boolean {
    const words = span.close - span.open - 1;
    if (span.close < 0 || words < 2 || words > 4) return false;
    // (inside a sentence: words before the marks, no colon or paragraph's start, where a quote of one's
    // own words opens with a name as often: «سلمان قائدنا»)
    if (this.tokens[span.open - 1]?.type !== 'word' || this.quoted[span.open - 1]) return false;
    for (let k = span.open + 1; k < span.close; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return false;
      const norm = token.norm;
      if (k === span.open + 1) {
        if (!GIVEN_NAME_SET.has(norm) || GIVEN_NAME_WORD_SET.has(norm) || STOP_SET.has(norm)) return false;
        continue;
      }
      if (STOP_SET.has(norm) || lookupCue(norm) !== undefined || stripToSet(norm, TITLE_SET) !== undefined)
        return false;
      if (
        isGivenName(norm) ||
        NAME_JOINER_SET.has(norm) ||
        NAME_JOINER_SET.has(this.tokens[k - 1]?.norm ?? '')
      )
        continue;
      // (a family name with the article: a nisba or one the article's names hold, no pronoun on it; a plain
      // word may as well be a verb or an adjective of a clause, «محمد صلاح جاهز», «محمود هرب», and a
      // definite noun the second half of an idiom on a word that is also a given name, «حسن النية»,
      // «عماد الاقتصاد»)
      if (!hasArticle(norm) || /(?:ها|هم|نا)$/u.test(norm)) return false;
      // (after a given name that also opens idioms, a definite abstract noun is the idiom's: one in ة, a
      // verbal noun of تفعيل or تفاعل, or IDIOM_NOUNS; a family name is none of these, الأحمر, الصباح)
      const idiomatic = IDIOM_OPENING_NAMES.has((this.tokens[span.open + 1] as Token).norm);
      if (idiomatic && isIdiomNoun(norm) && !this.entities.knowsNameWord(norm)) return false;
    }
    return true;
  }

  /**
   * An outlet's name in marks, one news writes as no common word (وقال الوزير إن «بي بي سي» نشرت …,
   * «الأناضول», «رويترز»: MEDIA_NAMES): a mention wherever it stands.
   */
  private isMediaName(span: Span): boolean {
    const words = span.close - span.open - 1;
    if (span.close < 0 || words < 1 || words > 4) return false;
    // (inside a sentence: after a colon, or opening a paragraph, the name may be all one answered, فأجاب:
    // «رويترز»; and never سبق alone, also the verb "preceded" and the noun "a first": «سبق» وأن حذرت,
    // «سبق» تاريخي)
    const before = this.tokens[span.open - 1];
    if (before === undefined || before.type === 'break' || before.norm === ':' || this.quoted[span.open - 1])
      return false;
    if (words === 1 && this.tokens[span.open + 1]?.norm === 'سبق') return false;
    return MEDIA_NAME_LIST.some(
      (name) => name.length === words && name.every((w, i) => this.tokens[span.open + 1 + i]?.norm === w),
    );
  }

  /** A person's full name in marks right after a title or role (titledPersonNameEnd). */
  private isTitledPersonName(span: Span): boolean {
    return !this.quoted[span.open - 1] && titledPersonNameEnd(this.tokens, span.open, span.close) > 0;
  }

  private speltAcronym(span: Span): boolean {
    if (span.close < 0 || span.close - span.open - 1 > 2 * MAX_NAME_WORDS) return false;
    let words = 0;
    for (let i = span.open + 1; i < span.close; i++) {
      const token = this.tokens[i] as Token;
      if (token.type !== 'word') {
        if (token.norm === '.' && i > span.open + 1) continue;
        return false;
      }
      if (token.norm.length > 2) return false;
      words++;
    }
    return words >= 2 && words <= MAX_NAME_WORDS;
  }

  /**
   * True when the quote after a cue's subject is followed by the cue's object, so that the quote only
   * names the subject: its first word (`first`) no article and no verbal noun's shape, then, after the
   * closing mark or after a time word between commas (، الثلاثاء،), a plain word that opens a noun
   * phrase: no article, preposition, particle, complementiser, و before a word, verb or time word.
   */
  private objectAfterName(span: Span, first: string): boolean {
    if (hasArticle(first) || VERBAL_NOUN_SHAPE.test(first) || /^م.{3}$/u.test(first)) return false;
    // A quantifier opens an object phrase, never a name (ونفت الشرطة «أي تورط» لعناصرها).
    if (QUANTIFIERS.has(first) || first === 'اي' || first === 'ايه') return false;
    let at = span.close + 1;
    if (
      isComma(this.tokens[at]) &&
      TIME_SET.has(this.tokens[at + 1]?.norm ?? '') &&
      isComma(this.tokens[at + 2])
    )
      at += 3;
    const word = this.tokens[at];
    if (word?.type !== 'word') return false;
    // (the article as written: إلغاء folds to a word that only looks definite)
    const written = this.text.slice(word.from, word.to);
    return (
      !(hasArticle(word.norm) && /^(?:[وفبك]?ال|و?لل)/u.test(written)) &&
      !PREPOSITIONS.has(word.norm) &&
      !STOP_SET.has(word.norm) &&
      !COMPLEMENTISER_SET.has(word.norm) &&
      !TIME_SET.has(word.norm) &&
      // (و of a three-letter root is no conjunction: وضع)
      !(word.norm.startsWith('و') && word.norm.length > 3) &&
      !/^[بل]ال|^لل/u.test(word.norm) &&
      // (nor a possessed noun behind ل or ب, the quoted phrase's complement: «أي تورط» لعناصرها)
      !(/^[بل]/u.test(word.norm) && this.isPossessed(at)) &&
      this.verbAt(at) === undefined
    );
  }

  /**
   * A one-word quote right after a governed noun phrase whose indefinite head, a body or a naming noun,
   * stands in construct with the rest (رئيس بعثة الأمم المتحدة في مالي «مينوسما»، فلان, بفيروس متلازمة
   * الشرق الأوسط التنفسية «ميرس»، ليرتفع …): the thing's short name in apposition, not words said. Words
   * said there would be a clause (a particle, a verb, a possessed noun, an accusative) or go on as the
   * phrase's predicate (إن بعثة الأمم المتحدة «منحازة»: a complementiser before the head). Bounded by
   * MAX_BODY_WORDS; a place of one or two words after في may close the phrase.
   */
  private isPhraseShortName(span: Span): boolean {
    if (span.close !== span.open + 2) return false;
    const word = this.tokens[span.open + 1] as Token;
    const next = this.tokens[span.close + 1];
    // …a preposition may follow it only where the phrase stands behind ب or ل (below: «ميرس» في الرياض).
    const prepositionNext = next?.type === 'word' && PREPOSITIONS.has(next.norm);
    if (
      word.type !== 'word' ||
      word.norm.length < 3 ||
      (next?.type === 'word' && !prepositionNext) ||
      hasArticle(word.norm) ||
      /^(?:و?[بل]ال|لل)/u.test(word.norm) ||
      CLAUSE_OPENER_SET.has(word.norm) ||
      COMPLEMENTISER_SET.has(word.norm) ||
      this.isPossessed(span.open + 1) ||
      this.indefiniteNounPattern(word) ||
      this.verbAt(span.open + 1) !== undefined
    )
      return false;
    for (let j = span.open - 1; j >= 0 && span.open - j <= MAX_BODY_WORDS; j--) {
      const token = this.tokens[j] as Token;
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm) || RELATIVES.has(token.norm))
        return false;
      // في and the place the body serves, one or two words before the mark (بعثة الأمم المتحدة في مالي,
      // في جنوب السودان).
      if (token.norm === 'في' && j >= span.open - 3) continue;
      if (STOP_SET.has(token.norm) || this.cueAt(j)) return false;
      const head = stripToSet(token.norm, ORGANISATION_SET) ?? stripToSet(token.norm, NAMING_SET);
      // A definite body in the genitive (بعثة الاتحاد الأفريقي) is read past, to the phrase's head.
      if (head === undefined || hasArticle(head)) continue;
      if (j >= span.open - 2 || this.inClauseSubject(j)) return false;
      // A name in apposition goes on with a comma, after the cue's subject too (وأكدت قوة … في لبنان
      // «يونيفيل»، في بيان، أن); the phrase as a cue's subject with nothing after the mark (وقال مدير
      // مشروع الإسكان «ممتاز».) may be followed by what is said.
      if (isComma(next)) {
        if (!this.governedNoun(j) && this.cueAt(j - 1) === null) return false;
        // The phrase as a cue's subject: a name goes on with the cue's words to come (، في بيان، أن; a
        // colon) or with the person named (، ديفيد شيرر، تعليق …); a participle or a preposition after the
        // comma with neither to come (وقال رئيس لجنة … «مستحيل»، مشيرا إلى …) goes on from the words said.
        for (let k = j - 1; k >= 0 && j - k <= TITLE_LOOKBACK; k--) {
          if (!this.cueAt(k)) continue;
          const complement = this.complementAfter(span.close + 1);
          if (complement === 'that' || complement === 'colon') return true;
          const after = this.tokens[span.close + 2];
          return after?.type === 'word' && !PREPOSITIONS.has(after.norm) && !this.cueAt(span.close + 2);
        }
        return true;
      }
      // A head behind ب or ل (بفيروس كورونا المسبب لمتلازمة الشرق الأوسط التنفسية «ميرس».) stands in a
      // prepositional phrase, never a cue's subject: nothing said follows it.
      if (/^و?[بل]/u.test(token.norm) && token.norm.replace(/^و?[بل]/u, '') === head) return true;
      if (prepositionNext || !this.governedNoun(j)) return false;
      for (let k = j - 1; k >= 0 && j - k <= TITLE_LOOKBACK; k--) if (this.cueAt(k)) return false;
      return true;
    }
    return false;
  }

  /**
   * The word at `at` stands inside the subject of an إن/أن clause (بأن احتمال قيام الاحتلال بإضعاف حركة
   * حماس في قطاع غزة «تضاءل»): a complementiser before it, words only and no cue between, within
   * MAX_SUBJECT_SPAN words. A quote after that subject is its predicate, not a name. A relative pronoun
   * or قد between says a verb has come (أن محيطا قد يختبئ تحت الجليد الذي يغطي سطح القمر «أوروبا»), and so
   * does a bare word right after a definite noun that no noun phrase goes on with, not a preposition
   * nor a word with one attached (بأن العلماء رصدوا على سطح القمر «أوروبا»).
   */
  private inClauseSubject(at: number): boolean {
    for (let k = at - 1; k >= 0 && at - k <= MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || RELATIVES.has(token.norm) || QAD_FORMS.has(token.norm)) return false;
      if (COMPLEMENTISER_SET.has(token.norm)) return true;
      if (this.cueAt(k)) return false;
      const before = this.tokens[k - 1];
      if (
        before?.type === 'word' &&
        hasArticle(before.norm) &&
        !hasArticle(token.norm) &&
        !PREPOSITIONS.has(token.norm) &&
        !STOP_SET.has(token.norm) &&
        !/^[وفبلك]|\p{N}/u.test(token.norm)
      )
        return false;
    }
    return false;
  }

  /**
   * The quote closes an إن/أن clause whose subject ends right before it (inClauseSubject): nothing but
   * punctuation after the closing mark, so the quote is the predicate the subject awaits.
   */
  private endsClauseSubject(span: Span): boolean {
    return (
      span.close >= 0 &&
      this.tokens[span.close + 1]?.type !== 'word' &&
      // …and no quote opens right after it, which would be the predicate (إن فيلمه «عايش» «يحكي …»).
      !this.closeOf.has(span.close + 1) &&
      // …nor a relative clause or an apposed participle after a comma, the subject going on to its
      // predicate later (أن برنامج الإسكان «سكني»، الذي أطلق هذا العام، سيخدم; إن روايتها «…»، الفائزة).
      !(isComma(this.tokens[span.close + 1]) && this.apposedAfter(span.close + 2)) &&
      this.inClauseSubject(span.open - 1)
    );
  }

  /**
   * An indefinite noun in the accusative by its shape, which no acronym has: tanween written (تحذيراً),
   * or the alif of the accusative on a verbal noun's pattern, تفعيل, إفعال or افتعال (تحذيرا, إنذارا,
   * اعترافا). Unlike `indefiniteAccusative`, a short name ending in ا (سدايا, ساما) is none.
   */
  private indefiniteNounPattern(token: Token): boolean {
    if (token.type !== 'word' || hasArticle(token.norm)) return false;
    return (
      hasTanween(token, this.text) || /^(?:ت[^ا]{2}ي[^ا]|ا[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا])ا$/u.test(token.norm)
    );
  }

  /**
   * The head of a body's name that runs back to it from the word before the mark at `open` (الجمعية
   * التونسية من أجل نزاهة وديمقراطية الانتخابات), or -1: words only, no cue or complementiser, within
   * MAX_BODY_WORDS. The name holds a noun in construct (نزاهة, مجتمع: no article, no ل), which a
   * definite head's object has not (طالبت الجمعية التونسية السلطات), and the head is indefinite or
   * its name opens with an adjective of origin or a ل genitive.
   */
  private bodyHeadBefore(open: number): number {
    let construct = false;
    for (let j = open - 2; j >= 0 && open - j <= MAX_BODY_WORDS; j--) {
      const token = this.tokens[j] as Token;
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm) || this.cueAt(j)) return -1;
      if (stripToSet(token.norm, ORGANISATION_SET) !== undefined) {
        const next = (this.tokens[j + 1] as Token).norm;
        const opens = !hasArticle(token.norm) || isNisba(next) || next.startsWith('ل');
        return construct && opens ? j : -1;
      }
      const bare = token.norm.replace(/^و/u, '');
      if (!hasArticle(bare) && !bare.startsWith('ل') && bare !== 'من' && bare !== 'اجل') construct = true;
    }
    return -1;
  }

  /**
   * True when `short`, a definite word, repeats one of the MAX_BODY_WORDS words before the mark at
   * `open`, with or without ل (للإحصاء «الإحصاء», للتدريب «التدريب»): the body's short name.
   */
  private repeatsBodyWord(short: string, open: number): boolean {
    for (let j = open - 1; j >= 0 && open - j <= MAX_BODY_WORDS; j--) {
      const token = this.tokens[j] as Token;
      if (token.type !== 'word') return false;
      if (token.norm === short || (token.norm.startsWith('لل') && `ا${token.norm.slice(1)}` === short))
        return true;
    }
    return false;
  }

  /**
   * A short quote right after a finite reporting verb, with the clause going on after it, is the
   * verb's subject, a name, not the words said: حيث قالت «التجديد بريس» وهي …, تحدث فيه «المسيحيون
   * القدامى» عنهم, ويعتبر كل من «فرم» و… . Only a pronoun after a preposition (فيه) or كل من may
   * stand between. Words said would open a clause (وأضاف «لا أحبها …») or end the sentence.
   */
  private isVerbSubject(span: Span): boolean {
    if (span.close < 0 || !this.nameShaped(span)) return false;
    const next = this.tokens[span.close + 1];
    if (next === undefined || (next.type !== 'word' && !isComma(next))) return false;
    // What goes on after a subject named in quotes: who it is (وهي …), a preposition with a pronoun
    // (عنهم), or another quoted name (و«…»); not the rest of a complement (وانتقد «…» في التعامل).
    const after = this.tokens[span.close + 2];
    const goesOn =
      SUBJECT_PRONOUNS.has(next.norm) ||
      PREPOSITIONAL_PRONOUN.test(next.norm) ||
      COMPLEMENTISER_SET.has(next.norm) ||
      next.norm === 'عن' ||
      (next.norm === 'و' && after?.type === 'mark') ||
      // where the subject said it, its own (قالت «الأنباء» في افتتاحيتها, كتب «أبو علي» على صفحته)
      (SUBJECT_STOPS_BEFORE_OWN.has(next.norm) &&
        after?.type === 'word' &&
        this.isPossessed(span.close + 2)) ||
      // …or a comma, then where it spoke and the words' complement (وأضاف «زكي»، خلال لقاء ببرنامج «…»،
      // اليوم، أن …, وأوضح «مجاهد»، أن …), the quote a name the article gave before (not words said:
      // وقال «نعم»، في رده، إن), or after a verb that carries its object as a pronoun (وفقا لما أوردته
      // «سبق»، فإن: what the paper reported)
      (isComma(next) &&
        (this.holdsKnownName(span) ||
          (this.tokens[span.open - 1]?.type === 'word' && this.carriesObjectPronoun(span.open - 1))) &&
        this.asideThenTold(span.close + 2));
    // …or when it did so (ونشرت «الوطن» الأحد الماضي, وأوردت «عكاظ» أمس): a time after the quote.
    const timed = TIME_SET.has(next.norm) || QUALIFIED_TIME_NOUN_SET.has(next.norm);
    if (!goesOn && !timed) return false;
    let verb = span.open - 1;
    if (this.tokens[verb]?.norm === 'من' && this.tokens[verb - 1]?.norm === 'كل') verb -= 2;
    else if (PREPOSITIONAL_PRONOUN.test(this.tokens[verb]?.norm ?? '')) verb--;
    if (this.tokens[verb]?.type !== 'word') return false;
    const cue = this.verbAt(verb) ?? this.collidedVerbAt(verb);
    if (!cue || cue.tense === 'participle') return false;
    // Only a feminine verb of publishing has a paper or a channel for subject before a time: وقالت «لا»
    // أمس, وأضافت «…» اليوم are words said.
    if (!goesOn && (cue.agreement !== 'f' || !PUBLISHING_VERB_SET.has(fold(cue.lemma)))) return false;
    // وقالت الوزارة إنها نشرت «…» أمس: a pronoun after أنّ before the verb (قد between) is its subject.
    const pronoun = this.tokens[this.tokens[verb - 1]?.norm === 'قد' ? verb - 2 : verb - 1]?.norm ?? '';
    if (!goesOn && PRONOUN_THAT.has(pronoun)) return false;
    // ونقلت «العربية.نت» عن مصدر: عن after a relaying verb's quoted subject names its source.
    if (next.norm === 'عن' && cue.cls !== 'relay') return false;
    const words: string[] = [];
    for (let i = span.open + 1; i < span.close; i++)
      if ((this.tokens[i] as Token).type === 'word') words.push((this.tokens[i] as Token).norm);
    const first = words[0] as string;
    // A carrier's name may run longer (ونقلت «سي إن إن بالعربية» عن …): عن closes it.
    const most = next.norm === 'عن' ? 4 : 3;
    return words.length <= most && !CLAUSE_OPENER_SET.has(first) && !COMPLEMENTISER_SET.has(first);
  }

  /**
   * A short quote right after a relative pronoun and its verb, with the clause going on after it, is
   * that verb's subject, a name: وجاء في البيان الذي حصلت «الوطن» على نسخة منه, التقرير الذي اطلعت
   * عليه «الشرق الأوسط»: the paper that got the document, not its words.
   */
  private isRelativeSubject(span: Span): boolean {
    if (span.close < 0 || !this.nameShaped(span)) return false;
    const verb = this.tokens[span.open - 1];
    const relative = this.tokens[span.open - 2];
    // A preposition with a pronoun may stand between the verb and its subject (اطلعت عليه «…»).
    const withPronoun = verb?.type === 'word' && PREPOSITIONAL_PRONOUN.test(verb.norm);
    const verbAt = withPronoun ? span.open - 2 : span.open - 1;
    const rel = withPronoun ? this.tokens[span.open - 3] : relative;
    const next = this.tokens[span.close + 1];
    if (rel?.type !== 'word' || !RELATIVES.has(rel.norm)) return false;
    if (next?.type !== 'word' && next?.norm !== ':' && !isComma(next)) return false;
    // A verb of saying governs the words said (الذي قال «لن نتراجع»، …).
    const head = this.tokens[verbAt];
    if (head?.type !== 'word' || hasArticle(head.norm) || this.verbAt(verbAt)) return false;
    // The verb disagrees with the relative, so its subject is not the antecedent but the quote (الذي
    // حصلت «الوطن»); one that agrees has the antecedent for subject and the quote for object (الذين
    // يريدون «…», الذي يريد «…»).
    const feminine = /ت(?:ه|ها)?$/u.test(head.norm) || head.norm.startsWith('ت');
    if (rel.norm === 'الذين' || (rel.norm === 'الذي') !== feminine) return false;
    // A clause whose subject is not the antecedent refers back to it with a pronoun (حصلت «الوطن» على
    // نسخة منه, اطلعت عليه, تنشره): without one the antecedent is the subject after all, the verb only
    // shaped like a feminine one (الذي تضمن «رسائل حازمة», الذي أثبت «براءة المتهم»), the quote its object.
    if (!withPronoun && !/(?:ه|ها)$/u.test(head.norm) && !this.pronounAfter(span.close)) return false;
    let words = 0;
    for (let i = span.open + 1; i < span.close; i++) if ((this.tokens[i] as Token).type === 'word') words++;
    return words <= 3;
  }

  /**
   * True when a preposition with a pronoun (منه, عليه, فيها) stands among the MAX_RESUMPTIVE_WORDS words
   * after `close`, before any punctuation: a relative clause's pronoun back to its antecedent.
   */
  private pronounAfter(close: number): boolean {
    for (let k = close + 1; k <= close + MAX_RESUMPTIVE_WORDS; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word') return false;
      if (PREPOSITIONAL_PRONOUN.test(token.norm)) return true;
    }
    return false;
  }

  /**
   * A short quote inside the cue's subject phrase, its complement still to come after it: يقول
   * الكاتب الأميركي «مايكل هيرش» (نيوزويك) من أن …, أعلنت المحكمة «كاس» أمس أنها … . Only words
   * stand between the verb and the quote, and the complementiser or the colon follows the quote
   * before any other cue or quote: the name is the speaker's, the words said are after it. So is any
   * quote the subject read runs through, a body's name in a title (في «سابك» فلان).
   */
  private inSubject(span: Span, cue: Cue): boolean {
    if (span.close < 0 || cue.index >= span.open) return false;
    // A quote the subject read runs through, its name after it (الرئيس التنفيذي في «سابك» فلان).
    const subject = cue.subject;
    if (subject && subject.first < span.open && span.close < subject.last) return true;
    if (span.open - cue.index > MAX_PREVERBAL_WORDS) return false;
    // After a verb that takes an object the quote is that object (ووصف الوزير «الاتفاق» بأنه …); the
    // subject opens with a title or a body's head (الكاتب الأميركي «…», المحكمة «كاس»).
    if (cue.match.takesObject) return false;
    const opener = this.tokens[cue.index + 1];
    if (
      opener?.type !== 'word' ||
      (stripToSet(opener.norm, TITLE_SET) === undefined &&
        stripToSet(opener.norm, ORGANISATION_SET) === undefined)
    )
      return false;
    // Subject words only: no punctuation, no complementiser or preposition that would open the complement.
    for (let i = cue.index + 1; i < span.open; i++) {
      const token = this.tokens[i] as Token;
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm) || STOP_SET.has(token.norm))
        return false;
    }
    if (!this.nameShaped(span)) return false;
    const words: string[] = [];
    for (let i = span.open + 1; i < span.close; i++)
      if ((this.tokens[i] as Token).type === 'word') words.push((this.tokens[i] as Token).norm);
    const first = words[0] as string;
    if (words.length > 3 || CLAUSE_OPENER_SET.has(first) || COMPLEMENTISER_SET.has(first)) return false;
    return this.complementFollows(span.close) !== null;
  }

  /**
   * A short quote in the cue's preamble, after the verb and before the إن/أن clause or the colon that
   * brings the words said, is no part of them: it names who speaks or where and to whom (اعتبرت
   * الجمعية … «عتيد» أن, قال فلان في اتصال هاتفي مع «الرياض» إن, قال محللون في «…» في مذكرة: «…»).
   * Only words and commas stand between the verb and the quote, and after it a bare إن/أن or a colon,
   * at once or after a few words with no verb: a verb that takes an object has its object in the
   * clause then, so the quote is not that object (but ووصف فلان «…» بأنه, طالب «…» بأن keep it).
   */
  private inPreamble(span: Span, cue: Cue): boolean {
    if (span.close < 0 || cue.index >= span.open || cue.end > span.open) return false;
    if (span.open - cue.index > MAX_SUBJECT_SPAN) return false;
    // Other quoted names may stand on the way, before and after (مصدر في «أرامكو» لـ«عكاظ» أن).
    let aside = false;
    for (let i = cue.index + 1; i < span.open; i++) {
      const token = this.tokens[i] as Token;
      if (
        token.type === 'word' ? COMPLEMENTISER_SET.has(token.norm) : !isComma(token) && token.type !== 'mark'
      )
        return false;
      if (isComma(token)) aside = true;
    }
    if (aside && this.tokens[span.open - 1]?.type !== 'word') aside = false;
    // Right after the speaker's own statement or speech (في بيانها «…», في كلمته «…»), the quote is what
    // was said in it, not a name.
    const previous = this.tokens[span.open - 1];
    if (previous?.type === 'word' && isOwnDocument(previous.norm)) return false;
    // A name ends in a word; a sentence's full stop inside the marks ends words said («من بغداد المحتلة.»).
    if (!this.nameShaped(span) || this.tokens[span.close - 1]?.type !== 'word') return false;
    const first = (this.tokens[span.open + 1] as Token).norm;
    if (CLAUSE_OPENER_SET.has(first) || COMPLEMENTISER_SET.has(first)) return false;
    for (
      let i = span.close + 1, words = 0;
      words <= MAX_CIRCUMSTANCE_WORDS && i <= span.close + 3 * MAX_CIRCUMSTANCE_WORDS;
      i++
    ) {
      const token = this.tokens[i];
      if (token?.type === 'mark') continue;
      // (an aside opened by a comma after the subject, with words before the quote, closes with one:
      // وأوضح فلان، الذي يعمل في «سيرن» منذ عشرين عاماً، أن; a quote alone between commas is said,
      // وقالت الوزيرة، «بصراحة»، إن)
      if (aside && isComma(token)) continue;
      if (token?.type !== 'word') return token?.norm === ':';
      // …a bare one: قبل أن, بعد أن, من أن open a clause of time or cause, not the words said
      // (وهتف المحتجون «ارحل» قبل أن تفرقهم الشرطة).
      if (COMPLEMENTISER_SET.has(token.norm))
        return /^ان/u.test(token.norm) && !PREPOSITIONS.has((this.tokens[i - 1] as Token).norm);
      if (this.verbAt(i)) return false;
      words++;
    }
    return false;
  }

  /**
   * A person's title, then a short quote that is no utterance, its complement still to come (ويقول
   * الباحث الفرنسي «جان دوبوا» في كتابه إن …): the quoted words are the person's name, read into the
   * subject, which then ends at the closing mark.
   */
  private readQuotedName(subject: Subject, colonOnly: boolean): void {
    const open = subject.last + 1;
    const close = this.closeOf.get(open);
    if (subject.title.length === 0 || subject.name.length > 0 || subject.organisation || close === undefined)
      return;
    const words: number[] = [];
    for (let i = open + 1; i < close; i++) if ((this.tokens[i] as Token).type === 'word') words.push(i);
    const first = (this.tokens[words[0] ?? open] as Token).norm;
    if (words.length > 3 || !this.nameShaped({ open, close })) return;
    if (CLAUSE_OPENER_SET.has(first) || COMPLEMENTISER_SET.has(first)) return;
    const complement = this.complementFollows(close);
    if (!complement || (colonOnly && complement !== 'colon')) return;
    subject.name = words;
    subject.last = close;
    subject.closed = true;
  }

  /**
   * The subject read after the verb at `verb` is a short quoted name right after it (وأعلنت «إيرباص»),
   * and a bare أنّ or بأنّ follows its closing mark within a few words (في بيان وزعته على الصحافيين أن),
   * no mark, colon or sentence end between: the complement is the verb's object, so the name is not.
   */
  private quotedNameBeforeThat(verb: number, subject: Subject): boolean {
    const close = this.closeOf.get(verb + 1);
    if (close === undefined || subject.first > verb + 2 || subject.last > close) return false;
    for (let k = close + 1; k <= close + MAX_NAME_WORDS * 2; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word') return false;
      if (BARE_THAT.has(token.norm)) return true;
    }
    return false;
  }

  /** A colon or a complementiser that follows `close` in its sentence, before any other verb or quote. */
  private complementFollows(close: number): 'colon' | 'that' | null {
    for (let i = close + 1; i < this.tokens.length && i <= close + MAX_NAME_WORDS * 2; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'break' || token.type === 'mark' || SENTENCE_ENDS.has(token.norm)) return null;
      if (token.norm === ':') return 'colon';
      // …a bare one: after a preposition of time (قبل أن, بعد أن) it opens a clause of time, not the
      // words said (وقال اللاعب «شكرا» بعد أن …: the quote is what he said, no name); من أن after a
      // verb of saying still brings them (يقول الكاتب «فلان» من أن «…»).
      if (COMPLEMENTISER_SET.has(token.norm))
        return TIME_PREPOSITIONS.has((this.tokens[i - 1] as Token).norm) ? null : 'that';
      if (token.type === 'word' && this.verbAt(i)) return null;
    }
    return null;
  }

  /**
   * A short quote after a bare لـ that a colon or a comma closes (قال مصدر مطلع لـ«الشرق»: «…», في
   * تصريحات لـ«الشروق»، على أن …): the outlet the words were given to, not words said. Words said
   * open a clause (لا, لن, إن) or are followed by what they are said about.
   */
  private addressedOutlet(span: Span): boolean {
    if (span.close < 0 || !this.nameShaped(span)) return false;
    // وكشف فلان لـ«سبق» عن …: a verb that tells, its subject, the outlet told, then عن and what is told.
    if (this.tokens[span.close + 1]?.norm === 'عن' && this.tellingCueBefore(span)) return true;
    // Closed by a colon, a comma or the complementiser of the words given (لـ«وفا» إن …).
    let after = this.tokens[span.close + 1]?.norm ?? '';
    // (…or an indirect question, what was told: يشرح لـ«المدينة» كيف …)
    const circumstance =
      after !== ':' &&
      after !== '،' &&
      after !== ',' &&
      !COMPLEMENTISER_SET.has(after) &&
      !INDIRECT_QUESTIONS.has(after);
    if (circumstance) {
      // …or a circumstance between it and the colon (وقالت لـ«المصري اليوم» عقب رفع الجلسة: «…»).
      let k = span.close + 1;
      while (
        this.tokens[k]?.type === 'word' &&
        !COMPLEMENTISER_SET.has((this.tokens[k] as Token).norm) &&
        k - span.close <= MAX_CIRCUMSTANCE_WORDS
      )
        k++;
      after = this.tokens[k]?.norm ?? '';
      // …or the sentence's end, when the cue comes after the words it reports («…»، قال فلان لـ«عكاظ».,
      // «…»، قال مصدر لـ«الاقتصادية» طلب عدم ذكر اسمه.): they are said, so the quote is whom they were told.
      const ended =
        this.tokens[k] === undefined || this.tokens[k]?.type === 'break' || SENTENCE_ENDS.has(after);
      if (ended && this.cueAfterQuoteTold(span)) return true;
      // …or a comma after the circumstance, then the complementiser (في تصريح لـ«عكاظ» أمس، أن).
      if (
        k > span.close + 1 &&
        isComma(this.tokens[k]) &&
        COMPLEMENTISER_SET.has(this.tokens[k + 1]?.norm ?? '')
      )
        after = (this.tokens[k + 1] as Token).norm;
      if (k === span.close + 1 || (after !== ':' && !COMPLEMENTISER_SET.has(after)))
        return this.subjectAfterOutlet(span);
    }
    const first = this.tokens[span.open + 1];
    if (
      first?.type !== 'word' ||
      CLAUSE_OPENER_SET.has(first.norm) ||
      COMPLEMENTISER_SET.has(first.norm) ||
      COMPLEMENT_NOUN_SET.has(first.norm) // وأشار الوزير لـ«ضرورة الحوار»
    )
      return false;
    // Told: after a speech noun (في تصريح لـ), or right after a cue and its subject (قال فلان لـ).
    const prior = this.tokens[span.open - 2];
    if (prior?.type === 'word' && stripToSet(prior.norm, SPEECH_NOUN_SET) !== undefined) return true;
    // …or before a relative clause between commas (قال فلان، الذي يعمل منذ 15 عاماً، لـ«…»): passed over.
    let from = span.open - 2;
    // …or an age or a short name in brackets (قالت الطالبة فلانة (19 عاماً) لـ«…» إن): passed over.
    if (this.tokens[from]?.norm === ')')
      for (let k = from - 1; k > 0 && from - k <= MAX_BRACKET_WORDS + 1; k--)
        if (this.tokens[k]?.norm === '(') {
          from = k - 1;
          break;
        }
    if (isComma(this.tokens[from]))
      for (let k = from - 1; k > 0 && from - k <= MAX_TOPIC_DISTANCE; k--) {
        if (this.tokens[k]?.type === 'word') continue;
        // …or an apposition that a pronoun with و opens (قال فلان، وهو عضو في …، لـ«…» إن), or a title
        // (قال فلان، المتحدث الرسمي باسم اللجنة …، لـ«…» إن).
        const opener = this.tokens[k + 1]?.norm ?? '';
        if (
          isComma(this.tokens[k]) &&
          (RELATIVES.has(opener) ||
            CIRCUMSTANTIAL_PRONOUNS.has(opener) ||
            stripToSet(opener, TITLE_SET) !== undefined)
        )
          from = k - 1;
        break;
      }
    // The cue's phrase may end before an apposition between commas (قال فلان، بائع خضار، لـ«…»), or before
    // a semicolon some desks put there (وأضافت فلانة؛ لـ«…»، أن).
    for (let k = from; k >= 0 && from - k <= MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') {
        if (isComma(token) || (k === span.open - 2 && token.norm === '؛')) continue;
        // …and past a name quoted inside the title (منسقة حملة «…» في جدة، فلانة، لـ«…»): a mention.
        const named = token.type === 'mark' ? this.spanByClose.get(k) : undefined;
        if (named !== undefined && this.results[named]?.kind === 'mention') {
          k = (this.spans[named] as Span).open;
          continue;
        }
        return false;
      }
      if (COMPLEMENTISER_SET.has(token.norm)) return false;
      // A verb that takes an object governs its own complement with لـ (ودعا فلان لـ«وقف …»).
      const cue = this.cueAt(k);
      // Before a colon the words come after it whatever the verb (كتب فلان على «إنستغرام»: «…»); the
      // cue may have no subject of its own right before (وقال لـ«الأناضول»: «…»).
      // …unless its clause follows (وكشف فلان لـ«…» أن …): the object is that clause, لـ«…» whom he told.
      if (cue?.subject || (cue && k === span.open - 2))
        return (
          // (or its subject read after the quote, toldOutletAfter: وقال لـ«…» مصدر مطلع إن)
          (cue.end <= span.open - 1 || (cue.subject !== null && cue.subject.first > span.close)) &&
          // (a verb that takes an object, then words after the quote: its complement goes on, unless
          // they are the subject, which comes before any complement)
          (!cue.match.takesObject ||
            (cue.subject !== null && cue.subject.first > span.close) ||
            (!circumstance &&
              (after === ':' || COMPLEMENTISER_SET.has(after) || INDIRECT_QUESTIONS.has(after))))
        );
    }
    // …or a subject longer than that, a long title and a name (وأوضح مدير إدارة الرقابة التجارية بفرع
    // وزارة التجارة والصناعة في منطقة مكة المكرمة المهندس فلان لـ«…» أن): the cue with a subject further
    // back, words only between, the complement after the outlet.
    if (circumstance || (after !== ':' && !COMPLEMENTISER_SET.has(after))) return false;
    for (let k = from - MAX_SUBJECT_SPAN; k >= 0 && from - k <= MAX_TOPIC_DISTANCE; k--) {
      if (this.tokens[k]?.type !== 'word') return false;
      const cue = this.cueAt(k);
      if (cue) return cue.subject !== null && cue.end <= span.open - 1;
    }
    return false;
  }

  /**
   * True when the quote after ل follows a cue and its subject right before it (لـ«…» closing the cue's
   * phrase), and that cue comes after a quote it reports: a closing mark, a comma, then at most
   * MAX_AFTER_CUE_LEAD words (كما, بحسب ما, وفقا لما) before the cue. Its subject is a name or a title
   * of words only (no comma, no other verb), within MAX_SUBJECT_SPAN words.
   */
  private cueAfterQuoteTold(span: Span): boolean {
    const first = this.tokens[span.open + 1];
    if (first?.type !== 'word' || CLAUSE_OPENER_SET.has(first.norm) || COMPLEMENTISER_SET.has(first.norm))
      return false;
    for (let k = span.open - 2; k >= 0 && span.open - 2 - k <= MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || stripToSet(token.norm, CALLING_SET) !== undefined) return false;
      const cue = this.cueAt(k);
      if (!cue) continue;
      if (!cue.subject || cue.match.takesObject || cue.end > span.open - 1) return false;
      let j = k - 1;
      while (j >= 0 && k - j <= MAX_AFTER_CUE_LEAD && this.tokens[j]?.type === 'word') j--;
      if (!isComma(this.tokens[j])) return false;
      return this.spanByClose.has(j - 1);
    }
    return false;
  }

  /**
   * True when the quote after ل follows a cue with no subject before it and the cue's subject comes
   * after the quote, then its words (وقال لـ«الاقتصادية» المهندس فلان، نائب المحافظ، إن …, قال لـ«الحياة»
   * مصدر مطلع: …): the quote is the outlet told. Words and commas only, up to MAX_SUBJECT_SPAN words,
   * then a complementiser or a colon; the cue takes no object (دعا لـ«وقف …» الأطراف is its complement).
   */
  private subjectAfterOutlet(span: Span): boolean {
    const cue = this.cueAt(span.open - 2);
    // (the cue's subject read after the outlet, toldOutletAfter: the cue ends after it)
    const after = cue?.subject != null && cue.subject.first > span.close;
    if (!cue || (cue.end > span.open - 1 && !after)) return false;
    // A verb that tells (ذكر, كشف) has the clause after أنّ for object, not the quote after لـ.
    const telling = cue.match.takesObject && TELLING_VERB_SET.has(fold(cue.match.lemma));
    if (cue.match.takesObject && !telling && !after) return false;
    const opening = this.tokens[span.open + 1];
    if (
      opening?.type !== 'word' ||
      CLAUSE_OPENER_SET.has(opening.norm) ||
      COMPLEMENTISER_SET.has(opening.norm) ||
      COMPLEMENT_NOUN_SET.has(opening.norm)
    )
      return false;
    // The cue's subject read past the quote (toldOutletAfter) makes it whom the words were told, whatever
    // the verb's object after that subject (ونقل لـ«عكاظ» زوار المعرض إعجابهم).
    if (after) return true;
    const first = this.tokens[span.close + 1];
    if (first?.type !== 'word' || COMPLEMENTISER_SET.has(first.norm)) return false;
    let words = 0;
    for (let k = span.close + 1; k < this.tokens.length && words <= MAX_SUBJECT_SPAN; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'word') {
        if (COMPLEMENTISER_SET.has(token.norm)) return true;
        words++;
        continue;
      }
      if (token.norm === ':') return !telling;
      if (!isComma(token)) return false;
    }
    return false;
  }

  /** A quote that opens with a social platform's name (PLATFORMS): «إكس», «تيك توك», «X». */
  private platformNamed(span: Span): boolean {
    const first = this.tokens[span.open + 1];
    return first?.type === 'word' && PLATFORMS.has(first.norm.toLowerCase());
  }

  /**
   * قائمة before a definite quote that a relative clause then describes (انتقد قائمة «الإصلاحات الشكلية»
   * التي أعلنتها الحكومة): a list the speaker describes in his own words, not a list's name (قائمة
   * «التجديد»، على قائمة «المنظمات الإرهابية»).
   */
  private describedList(span: { open: number; close: number }, norm: string): boolean {
    if (stripToSet(norm, LIST_NOUN_SET) === undefined) return false;
    const first = this.tokens[span.open + 1];
    return (
      first?.type === 'word' &&
      hasArticle(first.norm) &&
      RELATIVES.has(this.tokens[span.close + 1]?.norm ?? '')
    );
  }

  /**
   * A quote that opens with a word of DESCRIBING_OPENERS (جهاز «مجهول الهوية», مع «جميع الأطراف»):
   * it describes what stands before it, it names nothing.
   */
  private opensDescription(span: { open: number; close: number }): boolean {
    const first = this.tokens[span.open + 1];
    return first?.type === 'word' && DESCRIBING_OPENERS.has(first.norm);
  }

  /**
   * A quote that opens with ب and a quantifier or a noun of manner (سيخوض الملحق «بكل جدية», يتابع
   * الملف «بشكل يومي»): how something is done, an adverbial of the clause before, not the name of the
   * noun before it. After an indefinite naming noun (حملة «بكل فخر», بعنوان «…») a title still may.
   */
  private opensManner(span: { open: number; close: number }): boolean {
    const first = this.tokens[span.open + 1];
    if (first?.type !== 'word' || !first.norm.startsWith('ب')) return false;
    const bare = first.norm.slice(1);
    if (!QUANTIFIERS.has(bare) && !MANNER_NOUNS.has(bare)) return false;
    // A work named by a text, with its pronoun or an adjective (فيلمه الجديد «بكل بساطة», المسلسل
    // الكوميدي «بكل بساطة»): the quote is its title.
    const work = (k: number): boolean => {
      const token = this.tokens[k];
      if (token?.type !== 'word') return false;
      const stem = PRONOUN_STEM.exec(token.norm)?.[1];
      return introducesWork(token.norm) || (stem !== undefined && introducesWork(stem));
    };
    const adjective = this.tokens[span.open - 1];
    return !(
      work(span.open - 1) ||
      (adjective?.type === 'word' && hasArticle(adjective.norm) && work(span.open - 2))
    );
  }

  /**
   * A quote that holds a complementiser or a preposition standing alone (وقال الرئيس عن العاصفة «إنها
   * الأسوأ», «ستدرس في كل المدارس»): a clause, what was said of the thing, not its name (الإعصار «شاهين»,
   * مادة «التفكير الناقد»).
   */
  private holdsClause(span: { open: number; close: number }): boolean {
    const end = span.close < 0 ? this.tokens.length : span.close;
    for (let i = span.open + 1; i < end; i++) {
      const norm = (this.tokens[i] as Token).norm;
      if (COMPLEMENTISER_SET.has(norm) || PREPOSITIONS.has(norm)) return true;
    }
    return false;
  }

  /**
   * A quote of two words, a noun of an event (EVENT_NOUN_SET) and its definite genitive (مسيرة العودة,
   * عملية الشهيد, حملة المقاطعة): the event's own name. An indefinite word after the noun describes
   * (عملية إرهابية جبانة), and so does a third word (عملية التهريب المنظمة): speech. So does a derived
   * verbal noun for genitive (حذر من «عملية التصعيد», ماضية في «عملية التطوير»): the act, not a name.
   */
  private opensWithEvent(span: Span): boolean {
    if (span.close !== span.open + 3) return false;
    const first = this.tokens[span.open + 1] as Token;
    const second = this.tokens[span.open + 2] as Token;
    return (
      first.type === 'word' &&
      EVENT_NOUN_SET.has(first.norm) &&
      second.type === 'word' &&
      hasArticle(second.norm) &&
      !DEFINITE_DERIVED_VERBAL_NOUN.test(second.norm)
    );
  }

  /**
   * A place's name (after PLACE_NAMING_SET): name-shaped, no clause, a word with the article or أبو
   * first (المطاحن, كرم القواديس, أبو سمرة).
   */
  private placeNameShaped(span: Span): boolean {
    if (span.close < 0 || !this.nameShaped(span) || this.holdsClause(span)) return false;
    const first = (this.tokens[span.open + 1] as Token).norm;
    if (KUNYA_SET.has(first)) return true;
    for (let i = span.open + 1; i < span.close; i++)
      if (hasArticle((this.tokens[i] as Token).norm)) return true;
    return false;
  }

  /**
   * The word at `at` ends a source's wish not to be named (طلب عدم نشر اسمه, طالبا عدم ذكر اسمه): the
   * name withheld, not a naming noun before a quoted name; what follows is the source's words.
   */
  private withheldNameAt(at: number): boolean {
    for (let k = at - 1; k >= 0 && at - k <= MAX_WITHHELD_WORDS; k--)
      if (withheldNameEnd(this.tokens, k) === at) return true;
    return false;
  }

  /**
   * The word at `at` is counted, a number before it (أن 23 رحلة «…», إن ثلاث مدارس «…»): many things
   * are not one name; the quote is what is said of them.
   */
  private countedAt(at: number): boolean {
    const count = this.tokens[at - 1];
    // (a noun joined by و opens a new item: الرقم 940 وتطبيق «بلدي» counts nothing)
    const word = (this.tokens[at] as Token).norm;
    if (/^[وف]/u.test(word) && !NAMING_SET.has(word) && !ORGANISATION_SET.has(word)) return false;
    return count?.type === 'word' && (/^[0-9٠-٩۰-۹]+$/u.test(count.norm) || NUMBER_WORD_SET.has(count.norm));
  }

  /**
   * A comma closes the source phrase at `source` within a few words, before the quote at `open` (، وفق
   * فلان، أن …): an aside, not a clause the source opens (وحسب البيانات فإن …).
   */
  private asideClosed(source: number, open: number): boolean {
    for (let k = source + 1; k < open && k - source <= MAX_ASIDE_TOKENS; k++) {
      const token = this.tokens[k] as Token;
      if (isComma(token)) return true;
      if (token.type !== 'word') return false;
    }
    return false;
  }

  /** The quote's first word is a body's head, with the article or without (المجلس, هيئة, الائتلاف). */
  private opensWithBody(span: Span): boolean {
    const first = this.tokens[span.open + 1];
    return first?.type === 'word' && ORGANISATION_SET.has(withoutArticle(first.norm));
  }

  /**
   * At most MAX_NAME_WORDS words and no punctuation but - and . (and a hashtag's # and _) between them:
   * the shape of a name, unless the quote opens a description or a manner.
   */
  /**
   * True when a person's given name in quotes stands right after a definite noun of a person (حادثة
   * الطفلة «دعاء», المريض «سامي», الشهيد «أحمد الخطيب»): who the person is, by name.
   */
  private personNamed(span: Span): boolean {
    const noun = this.tokens[span.open - 1];
    if (noun?.type !== 'word' || !NAMED_PERSON_NOUNS.has(noun.norm)) return false;
    // (not the subject of a verb of saying right before it: وهتف الشاب «سلام», وقال الطفل «…»)
    const verb = this.tokens[span.open - 2];
    if (verb?.type === 'word' && (lookupCue(verb.norm) !== undefined || CHANTING.test(verb.norm)))
      return false;
    const words = this.wordsBetween(span);
    return (
      words.length >= 1 &&
      words.length <= 3 &&
      words.length === span.close - span.open - 1 &&
      isGivenName((this.tokens[words[0] as number] as Token).norm)
    );
  }

  /** True when the quote's first word has ب, ل or ك on a word with the article or a hamza (بأسعار, للجميع). */
  private opensWithPreposition(span: Span): boolean {
    return /^[بلك](?:ال|ل|[اأإآ])/u.test((this.tokens[span.open + 1] as Token | undefined)?.norm ?? '');
  }

  /**
   * True when a closed quote holds a name in Latin letters, not after a colon: one word (بين «YPG»
   * و«PKK», قناة «CNN») or up to MAX_LATIN_NAME_WORDS words each written with a capital or a digit first
   * (موقع «The Mall», «Camp David»): in Arabic copy a name kept in its own script. Words said in English
   * are lower case past their first word («Thank you», «a great deal», «will never surrender»).
   */
  private inLatinOnly(span: Span): boolean {
    if (span.close < 0 || this.tokens[span.open - 1]?.norm === ':') return false;
    const words = this.wordsBetween(span).map((k) => this.tokens[k] as Token);
    if (words.length === 0 || words.length > MAX_LATIN_NAME_WORDS) return false;
    if (!words.every((w) => LATIN_WORD.test(w.norm))) return false;
    if (!words.some((w) => /\p{Script=Latin}/u.test(w.norm))) return false;
    return words.length === 1 || words.every((w) => /^[\p{Lu}\d]/u.test(this.text.slice(w.from, w.to)));
  }

  /**
   * True when a short name stands right after عبر, "via" (أعلنت الهيئة عبر «إكس», متابعة الطقس عبر
   * «الأرصاد»): the channel, platform or app that carried the words. The verb عبّر writes the same but
   * takes عن for what it voiced, so a name after it is its subject, a name too.
   */
  private carriedVia(span: Span): boolean {
    const before = this.tokens[span.open - 1]?.norm;
    if ((before !== 'عبر' && before !== 'وعبر') || !this.nameLike(span)) return false;
    // …not the only means to an end (لن تحل إلا عبر «الحوار»)
    const only = this.tokens[span.open - 2]?.norm;
    if (only === 'الا' || only === 'والا') return false;
    // …nor a means described, an indefinite noun and its adjective (عبر «حوار وطني شامل»)
    const [first, second] = this.wordsBetween(span).map((k) => (this.tokens[k] as Token).norm);
    return !(
      first !== undefined &&
      second !== undefined &&
      !hasArticle(first) &&
      !hasArticle(second) &&
      second.length >= 4 &&
      /(?:ي|يه|ه)$/u.test(second)
    );
  }

  private nameShaped(span: { open: number; close: number }): boolean {
    if (this.opensDescription(span) || this.opensManner(span)) return false;
    const end = span.close < 0 ? this.tokens.length : span.close;
    let words = 0;
    for (let i = span.open + 1; i < end; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'word') words++;
      // (a hashtag's sign and its joins: «#عاصفة_الحزم»)
      else if (token.norm !== '-' && token.norm !== '.' && token.norm !== '#' && token.norm !== '_')
        return false;
      if (words > MAX_NAME_WORDS) return false;
    }
    return words > 0;
  }

  /**
   * True when the word at `at` is a naming noun that is also a verbal noun (ACT_NAMING_SET: تطبيق, an
   * app and applying) governed by a cue's preposition, ب written on it or إلى/على before it, right
   * after the verb or its subject (طالب المحامي فلان بتطبيق «…», دعا إلى تطبيق «…»): the act asked
   * for, whose object the quote is, not an app's name.
   */
  private actCalledFor(at: number): boolean {
    const word = this.tokens[at];
    if (word?.type !== 'word') return false;
    const attached = /^و?ب/u.test(word.norm) && ACT_NAMING_SET.has(word.norm.replace(/^و?ب/u, ''));
    if (!attached && !ACT_NAMING_SET.has(word.norm)) return false;
    const preposition = attached ? at : at - 1;
    if (!attached && !VERB_PREPOSITIONS.has(this.tokens[preposition]?.norm ?? '')) return false;
    for (let k = preposition - 1; k >= 0 && preposition - k <= MAX_SUBJECT_SPAN; k--) {
      if ((this.tokens[k] as Token).type !== 'word') return false;
      const cue = this.cueAt(k);
      if (cue) return cue.end === preposition || k === preposition - 1;
    }
    return false;
  }

  /**
   * True when a plural of named things (NAMED_CLASS_SET: تطبيقات, مواقع, شركات, قنوات) stands within
   * three words before مثل at `at`, the words between its genitive or adjectives (تطبيقات الاتصال
   * المجانية مثل): the quotes after مثل are examples of the class, their names.
   */
  private namedClassBefore(at: number, reach = 3): boolean {
    for (let k = at - 1; k >= 0 && at - k <= reach; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm) || this.cueAt(k)) return false;
      const bare = withoutArticle(token.norm);
      if (stripToSet(bare, NAMED_CLASS_SET) !== undefined) return true;
      // …in the accusative (صحفا, أحزابا).
      if (bare.endsWith('ا') && stripToSet(bare.slice(0, -1), NAMED_CLASS_SET) !== undefined) return true;
      // Another plural of things nearer is the class picked from (الشركات تواجه تحديات كبيرة، أبرزها).
      if (reach > 3 && /^[^\s]{2,}ات$/u.test(token.norm)) return false;
    }
    return false;
  }

  /**
   * True when a definite plural of named things (NAMED_CLASS_SET) stands within MAX_CLASS_REACH words
   * before the mark at `open`, right after an elative (CLASS_ELATIVE_SET: أبرز الأصناف المعروضة «…», أكثر
   * الأسماء انتشارا بين المواليد «…»), words only between: the quote names the first of the class.
   */
  private classElativeBefore(open: number): boolean {
    // …or the elative after the class, with the article (الأندية الأكثر شعبية هي «…»).
    let after = false;
    for (let k = open - 1; k >= 1 && open - k <= MAX_CLASS_REACH; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || COMPLEMENTISER_SET.has(token.norm)) return false;
      if (hasArticle(token.norm) && CLASS_ELATIVE_SET.has(withoutArticle(token.norm))) after = true;
      if (!hasArticle(token.norm) || stripToSet(withoutArticle(token.norm), NAMED_CLASS_SET) === undefined)
        continue;
      const elative = this.tokens[k - 1] as Token;
      return after || (elative.type === 'word' && stripToSet(elative.norm, CLASS_ELATIVE_SET) !== undefined);
    }
    return false;
  }

  /**
   * A quote of one indefinite feminine nisba (مناورات «استفزازية», حملة «عنصرية»): an adjective of the
   * noun before it, what it is called, not its name.
   */
  private lonePlainNisba(span: Span): boolean {
    if (span.close !== span.open + 2) return false;
    const word = this.tokens[span.open + 1] as Token;
    return word.type === 'word' && !hasArticle(word.norm) && /^[^\s]{3,}يه$/u.test(word.norm);
  }

  /**
   * True when مثل before the quote `span` is the predicate of an إن/أن subject (إن فوز الأحزاب مثل «صدمة
   * للجميع», أن الأندية مثل «الأسرة الواحدة» في …): the clause ends at the quote or goes on with a
   * preposition only, no quote joined by و and no verb after it, so the quote is what the subject is like.
   */
  private likenessPredicate(span: Span): boolean {
    if (span.close < 0 || !this.inClauseSubject(span.open - 1)) return false;
    const next = this.tokens[span.close + 1];
    if (next?.type !== 'word') return !this.closeOf.has(span.close + 1);
    return PREPOSITIONS.has(next.norm) || /^[بلك][^ا]/u.test(next.norm) || /^[بلك]ال/u.test(next.norm);
  }

  /**
   * True when the verb of being known at `at` has a negation or a complementiser with its pronoun before
   * it (لا يعرف, إنه يعرف, بأنه عرف): someone knowing of a thing, not a thing known as a name.
   */
  private knowsOf(at: number): boolean {
    const before = this.tokens[at - 1];
    if (before?.type !== 'word') return false;
    if (VERB_NEGATION_SET.has(before.norm.replace(/^[وف]/u, ''))) return true;
    const bare = ANY_PERSON_PRONOUN_STEM.exec(before.norm)?.[1];
    return bare !== undefined && COMPLEMENTISER_SET.has(bare);
  }

  /**
   * True when the words before the mark at `open` are an app's noun (APP_NOUN_SET: تطبيق, برنامج),
   * plain or with its owner's pronoun, then على or في and one or two definite words, the devices or the
   * store it runs on (تطبيقها على الهواتف الذكية, برنامج على الأجهزة اللوحية).
   */
  private appOnDevices(open: number): boolean {
    for (let j = open - 1; j >= open - 2 && j >= 0; j--) {
      const token = this.tokens[j] as Token;
      if (token.type !== 'word' || !hasArticle(token.norm)) return false;
      const preposition = this.tokens[j - 1];
      if (preposition?.norm !== 'على' && preposition?.norm !== 'في') continue;
      // …the devices or the store it runs on (الهواتف, الأجهزة, المتجر), not a place or a time (تطبيقه
      // على الأرض «صعب», برنامجه في الانتخابات المقبلة «واقعي»).
      if (!DEVICE_SET.has(withoutArticle(token.norm))) return false;
      const noun = this.tokens[j - 2];
      if (noun?.type !== 'word') return false;
      const stem = SHORT_PRONOUN_STEM.exec(noun.norm)?.[1]?.replace(/ت$/u, 'ه');
      return (
        stripToSet(noun.norm, APP_NOUN_SET) !== undefined || (stem !== undefined && APP_NOUN_SET.has(stem))
      );
    }
    return false;
  }

  /**
   * True when a noun of goods (GOODS_SET) heads the construct that ends right before the mark at `open`:
   * the noun of what they are after it, indefinite (منتج طحينة, سيارات جيب) or definite (مسحوق
   * الغسيل), or both (منتج حليب الأطفال), or alone (منتج «…», مستحضر «…»). No adjective (وطني, الرباعي),
   * preposition or stop word between. Nor right after a reporting verb: منتج there is its subject,
   * "producer" (وقال منتج الفيلم «…»).
   */
  private goodsBefore(open: number): boolean {
    for (let j = open - 1; j >= open - 3 && j >= 0; j--) {
      const between = this.tokens[j + 1] as Token;
      if (
        j < open - 1 &&
        (between.type !== 'word' ||
          between.norm.endsWith('ي') ||
          PREPOSITIONS.has(between.norm) ||
          STOP_SET.has(between.norm))
      )
        return false;
      if (
        // two words between: the first indefinite, the second its definite genitive
        j === open - 3 &&
        (hasArticle(between.norm) || !hasArticle((this.tokens[open - 1] as Token).norm))
      )
        return false;
      const goods = this.tokens[j];
      if (
        goods?.type === 'word' &&
        !hasArticle(goods.norm) &&
        stripToSet(goods.norm, GOODS_SET) !== undefined
      )
        return j === 0 || this.tokens[j - 1]?.type !== 'word' || this.verbAt(j - 1) === undefined;
    }
    return false;
  }

  /**
   * A brand's name in quotes (nameShaped, no clause): its first word no feminine participle (مقلدة,
   * مجهولة, المغشوشة) nor adjective of origin (محلية, ذكية), which describe the goods rather than name them.
   */
  private brandShaped(span: { open: number; close: number }): boolean {
    if (!this.nameShaped(span) || this.holdsClause(span)) return false;
    const first = (this.tokens[span.open + 1] as Token).norm;
    const bare = withoutArticle(first);
    if (/^م.{3,}ه$/u.test(bare) || bare.endsWith('يه')) return false;
    // A preposition written on the first word (أجهزة الدولة «بالتحرك العاجل»): what is asked of them.
    if (/^[بلك]ال/u.test(first)) return false;
    // One word in ة, agreeing with the goods (مستحضرات تجميل «خطرة», علامة استفهام «كبيرة»), or one
    // definite word after a definite genitive (مسحوق الغسيل «الجديد»): an adjective, no brand.
    if (span.close === span.open + 2 && bare.endsWith('ه')) return false;
    return !this.loneDefiniteAdjective(span);
  }

  /**
   * A relative pronoun or a definite active participle (فاعل: الفائزة, الصادر) at `at`, after a comma: a
   * clause or an apposition on the noun before the comma, the sentence's predicate still to come.
   */
  private apposedAfter(at: number): boolean {
    const norm = this.tokens[at]?.type === 'word' ? (this.tokens[at] as Token).norm : '';
    return RELATIVES.has(norm) || ACTIVE_PARTICIPLE.test(norm);
  }

  /**
   * A quote of one definite word right after a definite word (منتج العسل «الجديد», مسحوق الغسيل
   * «الجديد»): an adjective agreeing with the construct before it, not the thing's name.
   */
  private loneDefiniteAdjective(span: { open: number; close: number }): boolean {
    if (span.close !== span.open + 2) return false;
    const word = this.tokens[span.open + 1] as Token;
    const before = this.tokens[span.open - 1];
    return (
      word.type === 'word' && hasArticle(word.norm) && before?.type === 'word' && hasArticle(before.norm)
    );
  }

  /**
   * The colon of `colonLineBefore` when a reporting cue stands before it in its sentence (قال فلان
   * في كلمته:); a list of names or titles after a colon (وتضمنت الخطة ثلاثة محاور:) is no speech.
   */
  private leadingColon(open: number): number {
    const colon = this.colonLineBefore(open);
    if (colon < 0) return -1;
    for (let k = colon - 1, words = 0; k >= 0 && words < MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      if (token.type !== 'word') continue;
      words++;
      // A cue, or one with its object pronoun (ومن أبرز ما قاله فلان:), or a phrase that relays words with
      // its speaker right before the colon (وجاء على لسان فلان:, نقلا عن فلان:; not بحسب or وفق, after which
      // a list of names is set out as often: حسب الترتيب التالي:, بحسب الفيفا:).
      if (this.cueAt(k) || lookupCue(token.norm.replace(/(?:ه|ها)$/u, '')) || this.relaysTo(k, colon))
        return colon;
    }
    return -1;
  }

  /**
   * True when على لسان or نقلا عن stands at `k` and a speaker's phrase after it runs to the colon at `colon`
   * (وجاء على لسان المتحدث فلان:).
   */
  private relaysTo(k: number, colon: number): boolean {
    const pair = `${(this.tokens[k] as Token).norm} ${this.tokens[k + 1]?.norm ?? ''}`;
    if (pair !== 'على لسان' && pair !== 'نقلا عن') return false;
    const subject = this.subjectAt(k + 2);
    return subject !== null && subject.last === colon - 1 && this.speakerSubject(subject);
  }

  /**
   * The colon that ends the line before a quote opening its own line (after a bullet, if any), over
   * lines that are themselves such quotes (`قال فلان:` then `- «…».` lines); -1 when there is none.
   */
  private colonLineBefore(open: number): number {
    let k = open - 1;
    while (k >= 0 && BULLETS.has((this.tokens[k] as Token).norm)) k--;
    if (k < open - 1 && this.tokens[k]?.type !== 'break') return this.colonBeforeBullets(open);
    for (let lines = 0; lines < MAX_LISTED_QUOTES && this.tokens[k]?.type === 'break'; lines++) {
      while (k >= 0 && this.tokens[k]?.type === 'break') k--;
      if (this.tokens[k]?.norm === ':') return k;
      // The line before is itself a listed quote: its mark opens it and closes it, then punctuation.
      let start = k;
      while (start > 0 && this.tokens[start - 1]?.type !== 'break') start--;
      let first = start;
      while (first < k && BULLETS.has((this.tokens[first] as Token).norm)) first++;
      // …or a line of links to other stories, passed over (قال عبر حسابه: / اقرأ أيضاً: … / «…»), unless
      // the quote's own line says whose or what it is («…»، قال فلان; «الاسم» يعود …).
      if (
        READ_ALSO_VERBS.has(this.tokens[first]?.norm ?? '') &&
        READ_ALSO_WORDS.has(this.tokens[first + 1]?.norm ?? '') &&
        !this.lineTellsOfQuote(open)
      ) {
        k = start - 1;
        continue;
      }
      const close = this.closeOf.get(first);
      if (close === undefined || close > k) return -1;
      for (let j = close + 1; j <= k; j++) if ((this.tokens[j] as Token).type === 'word') return -1;
      k = start - 1;
      while (k >= 0 && BULLETS.has((this.tokens[k] as Token).norm)) k--;
    }
    return -1;
  }

  /**
   * True when the line of the quote opening at `open` goes on to say whose it is or what it is: a word
   * right after its closing mark (a predicate: «الاسم» يعود …, «…» شعار …), or, further on, a cue with its
   * own subject or a source phrase (، قال الخبير فلان; بحسب فلان). Other quotes on the line are passed
   * over; a participle (، مشيرا إلى) or a gloss goes on with the speaker.
   */
  private lineTellsOfQuote(open: number): boolean {
    const close = this.closeOf.get(open);
    if (close === undefined) return false;
    if (this.tokens[close + 1]?.type === 'word') return true;
    for (let k = close + 1; k < this.tokens.length; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break') return false;
      const inner = this.closeOf.get(k);
      if (inner !== undefined) {
        k = inner;
        continue;
      }
      if (token.type !== 'word') continue;
      if (this.cueAt(k)?.subject || this.matchPhrase(k, SOURCE_PHRASE_LIST) > 0) return true;
    }
    return false;
  }

  /**
   * colonLineBefore in a list whose line breaks were lost (`قال فلان: - «…». - «…».` on one line): the
   * colon before the bullet that opens the quote, over bulleted quotes before it (a quote, then
   * punctuation and no word); -1 when there is none. Bounded by MAX_LISTED_QUOTES items.
   */
  private colonBeforeBullets(open: number): number {
    let k = open - 1;
    for (let items = 0; items < MAX_LISTED_QUOTES; items++) {
      const bullet = k;
      while (k >= 0 && BULLETS.has((this.tokens[k] as Token).norm)) k--;
      if (k === bullet || k < 0) return -1;
      if ((this.tokens[k] as Token).norm === ':') return k;
      let close = k;
      while (close > k - 3 && close >= 0 && (this.tokens[close] as Token).type === 'punct') close--;
      const item = this.spanByClose.get(close);
      if (item === undefined) return -1;
      k = (this.spans[item] as Span).open - 1;
    }
    return -1;
  }

  /** Reads back from an opening mark to the start of its sentence, jumping over earlier quotes. */
  private readBack(open: number): {
    cue: Cue | null;
    previous: number | undefined;
    colon: boolean;
    that: boolean;
    sentenceStart: number;
    /** A source phrase (وفق بيان …) between the quote and the nearest earlier one, or -1. */
    source: number;
  } {
    // A quote that opens its line after a line ending in a colon (a list of quotes, or a quote set
    // out as its own paragraph) is read back from that colon.
    const lead = this.leadingColon(open);
    const colon = lead >= 0 || this.tokens[open - 1]?.norm === ':';
    let previous: number | undefined;
    let source = -1;
    let that = false;
    let words = 0;
    let i = lead >= 0 ? lead : open - 1;
    let found: Cue | null = null;
    let finite: Cue | null = null;
    let aside: Cue | null = null;
    let inner: Cue | null = null;
    // Every step counts, marks and quotes jumped over too: a text of nothing but marks must not
    // make each quote read back to the start (quadratic time).
    let steps = 0;
    let withoutWord = 0;
    for (; i >= 0; i--) {
      const token = this.tokens[i] as Token;
      if (
        token.type === 'break' ||
        (SENTENCE_ENDS.has(token.norm) && !this.dotInName(i) && !this.titleDot(i))
      )
        break;
      if (unmarkedSentenceEnd(token, this.tokens[i + 1])) break;
      if (++steps > MAX_LOOKBACK_STEPS) break;
      // No sentence runs through this many marks and quotes without a word between them.
      withoutWord = token.type === 'word' ? 0 : withoutWord + 1;
      if (withoutWord > MAX_STEPS_WITHOUT_WORD) break;
      const spanAt = this.spanByClose.get(i);
      if (spanAt !== undefined) {
        // Names in quotes (لقناة "أن بي سي") are narration: read on past them.
        if (previous === undefined && !found && this.results[spanAt]?.kind !== 'mention') previous = spanAt;
        i = (this.spans[spanAt] as Span).open;
        continue;
      }
      if (token.type !== 'word') continue;
      if (++words > MAX_LOOKBACK_WORDS) break;
      // في إشارة إلى «…»: the writer's gloss; no cue before it governs the quote.
      if (!found && GLOSS_SET.has(token.norm) && /^و?في$/u.test(this.tokens[i - 1]?.norm ?? '')) break;
      const cue = this.cueAt(i);
      // وقال عندما سأله القاضي عن رده: «…»: a cue in a clause of time is what was asked; the quote answers
      // it, and belongs to a cue before the clause if there is one. Only a cue of asking: بعدما أعلن الوزير
      // أن «…» is the minister's.
      if (
        cue &&
        !found &&
        TIME_CLAUSE_OPENERS.has(this.tokens[i - 1]?.norm ?? '') &&
        ASKING_LEMMAS.has(cue.match.lemma)
      ) {
        aside ??= cue;
        continue;
      }
      if (cue && !found && this.isSourceAside(i)) {
        // وأشارت المنظمة، وفق ما أوردت الوكالة، إلى أن «…»: the carrier only if no one else speaks.
        aside ??= cue;
        continue;
      }
      if (cue) {
        if (!found) {
          if (previous !== undefined) break; // an earlier quote stands between: it speaks for this one
          // إن المنطقة سجلت «…»: a place alone for subject inside someone's words says nothing; the
          // quote is the words of the cue before the complementiser.
          if (this.reportedInside(cue) && this.placeAlone(cue.subject as Subject)) continue;
          // موضحاً أن اللجنة أضافت «فعاليات …»: a verb that in its sense of saying only goes on, reported
          // inside someone's words with the quote right after it as its object, is what its subject did,
          // told in the words of the one reporting: the cue before the complementiser says it; with none,
          // this one.
          if (this.objectInsideReport(cue, open)) {
            inner ??= cue;
            continue;
          }
          // إن الإصلاحات التي وعدت بها الدوحة «…»: a verb in a relative clause describes the subject of
          // the complementiser's clause, whose predicate the quote is; the cue before إن says it.
          if (this.relativeInClause(cue)) continue;
          // إن الولايات المتحدة تتابع الوضع عن كثب، «…», أن المتهم اعترف بجريمته، «…»: a verb inside the
          // complement, its own object and a comma before the quote, says nothing of it; the quote goes
          // on with the complement of the cue before.
          if (this.insideComplement(cue) && this.objectClosedBefore(cue, open)) continue;
          found = cue;
          // A participle or a present verb with no subject leans on the finite verb before it; a
          // past verb with none, on a cue with a subject earlier in its sentence (أكد البرهان
          // رفضه …: the same speaker).
          if (cue.subject) break;
          continue;
        }
        // وقالت فلانة، في تصريحات نقلتها وكالة «…»، إن «…»، مشيرة: the relative clause names the carrier,
        // not whom the participle goes on with (بحسب ما أعلنت الإمارة …، أكدت فيه stays the body's).
        if (found.match.tense === 'participle' && this.carriesRemarks(i)) continue;
        // A present verb with its own subject frames a participle as a past one does (وتنقل الصحيفة عن
        // فلانة قولها …، مشيرة).
        if (
          found.match.tense === 'past'
            ? cue.subject !== null
            : cue.match.tense === 'past' ||
              (found.match.tense === 'participle' && cue.match.tense === 'present' && cue.subject !== null)
        ) {
          // A verb inside a complement (وأوضحت أن المنظمة طلبت …، مشيرة) reports; its subject is not
          // the participle's: the verb that opens the sentence is.
          if (this.reportedInside(cue)) continue;
          // …nor a verb of relaying with nothing said after it (قرر فلان نقل مصنعه إلى …): it moves things.
          if (this.movesThings(cue)) continue;
          finite = cue;
          break;
        }
        continue;
      }
      if (!found && previous === undefined) {
        const noun = this.sayingNounAt(i);
        if (noun) {
          found = noun;
          break;
        }
      }
      // ويروي فلان كيف حاصرت الزوارق قاربه «…»: an indirect question is reported speech too.
      if (!found && (COMPLEMENTISER_SET.has(token.norm) || INDIRECT_QUESTIONS.has(token.norm))) that = true;
      if (!found && previous === undefined && this.matchPhrase(i, SOURCE_PHRASE_LIST) > 0) source = i;
    }
    found ??= inner ?? aside;
    const clause = found && !found.subject && found !== aside ? this.whatClauseSubject(found) : null;
    const contrasted =
      found && !found.subject && finite && isComma(this.tokens[found.index - 1])
        ? this.oneOfAfterContrast(found.index, found.match.agreement)
        : null;
    if (found && clause) {
      // فيما حمّلت موسكو كييف مسؤولية ما وصفته بـ«…»: the subject of the clause that holds ما وصفته.
      found = { ...found, entity: clause.entity, mention: clause.mention, subject: clause.subject };
    } else if (found && found === aside && !found.subject) {
      // وكان الاتحاد أصدر قرارا … بحسب ما اعتبره «…»: an aside with no subject of its own names
      // what the subject of its sentence considers.
      const opener = this.openingSubject(i + 1, found.index, true);
      if (opener)
        found = { ...found, entity: opener.entity, mention: opener.mention, subject: opener.subject };
    } else if (found && !found.subject && finite && contrasted) {
      // وقال المحافظ إن «…»، لكن أحد السكان اعترض …، وقال: one of a group after a word of contrast
      // speaks, not the sentence's first speaker.
      found = { ...found, entity: contrasted, mention: this.entities.canonical(contrasted) };
    } else if (found && !found.subject && finite) {
      // The teller when the verbs agree (أفادت الصحيفة نقلا عن … مضيفة), else the source (ونقلت
      // القناة عن البرهان قوله …، وأضاف).
      // Not when the relay calls the words the source's own in the participle's gender (نقلت الوكالة
      // عن فلانة قولها إن …، مشيرة): the participle goes on with what she said; nor when the relay is
      // an aside (وبحسب ما نقلته الصحيفة عن فلانة، فإن «…»، مشيرة): the carrier is not the sentence's.
      const leader =
        finite.teller &&
        finite.match.agreement === found.match.agreement &&
        this.relayedSaying(finite) !== found.match.agreement &&
        !this.isSourceAside(finite.index)
          ? finite.teller
          : finite;
      // A finite verb that read no subject of its own (لكن الهيئة انتقدت الخطة، مؤكدة; ولم يخف المجلس
      // قلقه، قائلا): the subject that opens the sentence, past a word of contrast or a negation.
      // …and one whose subject stands for the last speaker (وأضاف المتحدث …، قائلا, وأكد سموه …، مشيرا):
      // whom it stands for.
      const standsFor =
        leader === finite && !finite.entity && (finite.sameAs || finite.honorific)
          ? this.speakerOf(finite)
          : null;
      const start = leader.entity || standsFor ? null : this.sentenceStartBefore(found.index);
      const opener = start === null ? null : this.openingSubject(start, found.index);
      found = standsFor
        ? { ...found, entity: standsFor.entity, mention: standsFor.mention, subject: null }
        : opener
          ? { ...found, entity: opener.entity, mention: opener.mention, subject: opener.subject }
          : { ...found, entity: leader.entity, mention: leader.mention, subject: leader.subject };
    } else if (
      found &&
      !found.subject &&
      found.match.agreement === 'pl' &&
      found.match.tense !== 'participle'
    ) {
      // أنبرى عدد من المحامين … للمرافعة عن الصحفي الذي وصفوه بـ«…»: a plural verb with no subject
      // of its own, the group its sentence names before it.
      const group = this.groupEarlierIn(i + 1, found.index);
      if (group) found = { ...found, entity: group.entity, mention: group.mention, subject: group.subject };
    } else if (found && !found.subject && found.match.tense === 'participle') {
      // ونعت لجان المقاومة الشهداء، قائلة إن «…»: the participle's subject is the sentence's.
      const opener = this.openingSubject(i + 1, found.index);
      if (opener)
        found = { ...found, entity: opener.entity, mention: opener.mention, subject: opener.subject };
    }
    return { cue: found, previous, colon, that, sentenceStart: i + 1, source };
  }

  /**
   * The relay's source is followed by a verbal noun of saying with a pronoun (عن فلانة قولها, عن الوزير
   * قوله, عن السكان قولهم), a comma allowed between: the gender of that pronoun, the source's; else null.
   */
  private relayedSaying(cue: Cue): Agreement | null {
    for (let k = cue.end; k <= cue.end + 1; k++) {
      const token = this.tokens[k];
      if (token === undefined) return null;
      if (isComma(token)) continue;
      if (token.type !== 'word' || !SAYING_NOUN_SET.has(token.norm)) return null;
      return token.norm.endsWith('هم') ? 'pl' : token.norm.endsWith('ها') ? 'f' : 'm';
    }
    return null;
  }

  /**
   * A verb of saying after ما with no subject of its own (ما وصفته, بما وصفه) in a clause opened by فيما,
   * بينما, إذ or حيث and its verb (فيما حمّلت موسكو كييف مسؤولية ما وصفته بـ«…»): the clause verb's
   * subject, the word right after that verb, says it. Only words between the opener and ما.
   */
  private whatClauseSubject(cue: Cue): { entity: Entity; mention: string; subject: Subject } | null {
    const what = this.tokens[cue.index - 1];
    if (what?.type !== 'word' || !WHAT_SET.has(what.norm)) return null;
    for (let k = cue.index - 2; k >= -1 && cue.index - k <= MAX_CLAUSE_LOOKBACK; k--) {
      const token = this.tokens[k];
      // …or by the sentence itself, its verb first (وحمّلت وزارة الخارجية الحكومة مسؤولية ما وصفته بـ«…»):
      // the verb in the cue's gender, its subject a body or a title.
      if (token === undefined || token.type === 'break' || SENTENCE_ENDS.has(token.norm))
        return this.sentenceSubjectBefore(k + 1, cue);
      // …past the comma before a participle whose phrase holds ما (وكرم المدير فلان الشاب، مشيدا بما
      // وصفه بـ«…»): a participle has its sentence's subject.
      if (isComma(token) && this.verbAt(k + 1)?.tense === 'participle') continue;
      if (token.type !== 'word') return null;
      if (!CONTRAST_OPENERS.has(token.norm) && !CLAUSE_OPENERS.has(token.norm)) continue;
      const verb = this.tokens[k + 1];
      if (verb?.type !== 'word' || k + 2 >= cue.index - 1) return null;
      const subject = this.subjectAt(k + 2);
      if (!subject || subject.first !== k + 2 || subject.last >= cue.index - 1) return null;
      // (the verb takes an object, which may run into the phrase: حمّلت موسكو كييف مسؤولية)
      const resolved = this.resolveSubject(subject, true);
      return resolved ? { ...resolved, subject } : null;
    }
    return null;
  }

  /**
   * The subject of the sentence that holds the word at `index`, read after its first verb (with و or ف,
   * in `agreement`'s gender): a body or a title; null when a comma or any mark stands between, or the
   * sentence's start is more than MAX_CLAUSE_LOOKBACK words back, or the word before `index` has the article
   * (an indefinite noun is what a verb with no و describes).
   */
  private sentenceSubjectOf(index: number, agreement: Agreement): Subject | null {
    const noun = this.tokens[index - 1];
    if (noun?.type !== 'word' || hasArticle(noun.norm)) return null;
    for (let k = index - 1; k >= -1 && index - k <= MAX_CLAUSE_LOOKBACK; k--) {
      const token = this.tokens[k];
      if (token === undefined || token.type === 'break' || SENTENCE_ENDS.has(token.norm)) {
        const verb = this.tokens[k + 1];
        if (verb?.type !== 'word' || !/^[وف]/u.test(verb.norm) || verb.norm.length < 4) return null;
        if (verb.norm.endsWith('ت') !== (agreement === 'f')) return null;
        const subject = this.subjectAt(k + 2);
        if (
          !subject ||
          subject.first !== k + 2 ||
          subject.last >= index - 1 ||
          (!subject.organisation && subject.title.length === 0)
        )
          return null;
        // The object may have run into the phrase (أطلقت الوزارة حملة): the body ends before it.
        const own = subject.organisation ? this.bodyBeforeObject(subject) : subject;
        return own.last < index - 1 ? own : null;
      }
      if (token.type !== 'word') return null;
    }
    return null;
  }

  /**
   * The subject of the sentence whose verb stands at `verb`, for a verb of saying after ما in it (cue): a
   * verb with و or ف in the cue's gender (ت for the feminine), then a body or a title right after it that
   * ends before ما.
   */
  private sentenceSubjectBefore(
    verb: number,
    cue: Cue,
  ): { entity: Entity; mention: string; subject: Subject } | null {
    const token = this.tokens[verb];
    if (token?.type !== 'word' || !/^[وف]/u.test(token.norm) || token.norm.length < 4) return null;
    if (token.norm.endsWith('ت') !== (cue.match.agreement === 'f')) return null;
    const subject = this.subjectAt(verb + 1);
    if (
      !subject ||
      subject.first !== verb + 1 ||
      subject.last >= cue.index - 1 ||
      (!subject.organisation && subject.title.length === 0)
    )
      return null;
    const resolved = this.resolveSubject(subject, true);
    return resolved ? { ...resolved, subject } : null;
  }

  /**
   * A verbal noun of saying with its agent after it (بعد إعلان وزارة الداخلية اعتقال «…», عقب تأكيد
   * الوزير أن «…»): the agent said what the noun's complement quotes, as after a verb of saying. Only
   * an indefinite noun in construct, and an agent that is a known speaker, a title or a body.
   */
  /**
   * A finite verb of saying stands before `at` in the same clause, only words between (وأكد المتحدث تعليقا
   * على تصريحات الوزير أن: the complementiser is that verb's, not the noun of saying's in its adverbial).
   * Bounded by MAX_SUBJECT_SPAN words.
   */
  private cueInClauseBefore(at: number): boolean {
    for (let k = at; k >= 0 && at - k < MAX_SUBJECT_SPAN; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return false;
      const cue = lookupCue(token.norm);
      if (cue !== undefined && cue.tense !== 'participle') return true;
    }
    return false;
  }

  private sayingNounAt(index: number): Cue | null {
    const token = this.tokens[index] as Token;
    const noun = stripToSet(token.norm, SAYING_SET);
    if (noun === undefined || hasArticle(noun)) return null;
    // In a phrase of time or cause (بعد إعلان, عقب تأكيد, بإعلان), not a verb's object (اعتبرت
    // الصحيفة إعلان الجماعة «…» is the paper's view of the announcement).
    const before = this.tokens[index - 1];
    // (or after a preposition that governs it, its complement a clause after a complementiser: تعليقا على
    // تصريح السفير فلان بأن …)
    const adverbial = before?.type === 'word' && ADVERBIAL_HEADS.has(before.norm);
    const governed =
      !adverbial &&
      before?.type === 'word' &&
      GOVERNED_PREPOSITIONS.has(before.norm) &&
      !this.cueInClauseBefore(index - 2);
    if (noun === token.norm && !adverbial && !governed) return null;
    const subject = this.subjectAt(index + 1);
    if (!subject || subject.first !== index + 1) return null;
    if (governed && noun === token.norm && this.complementAfter(subject.last + 1) !== 'that') return null;
    // The agent is a speaker: a title, a body, or a name already known (not تصريحات صحفية).
    const agent = (this.tokens[subject.first] as Token).norm;
    if (subject.title.length === 0 && !subject.organisation && !this.entities.knowsNameWord(agent))
      return null;
    // The noun governs an object after its agent, as a verb that takes one does (اعتقال …).
    const resolved = this.resolveSubject(subject, true);
    if (!resolved) return null;
    return {
      index,
      match: SAYING_NOUN_MATCH,
      subject,
      end: subject.last + 1,
      entity: resolved.entity,
      mention: resolved.mention,
      complement: this.complementAfter(subject.last + 1),
      issued: false,
      honorific: null,
      sameAs: null,
      teller: null,
    };
  }

  /**
   * A subject before its verb (SVO): `ومسؤول أميركي يقول إن …`, `أما الوزير فقال …`. The phrase must
   * open its clause (after punctuation, the start of the text or أما) and end right at the verb,
   * which carries no conjunction (وأضاف starts a new clause), or ف after أما.
   */
  private subjectBefore(verb: number, clitic: string): Subject | null {
    if (clitic === 'ل') return this.subjectOfPurpose(verb);
    if (clitic !== '' && clitic !== 'ف') return null;
    if (clitic === '') {
      const issuer = this.issuerOfDocument(verb);
      if (issuer) return issuer;
      // وعندما سئل الوزير فلان عن …، قال: the clause after the comma answers the question.
      const comma = this.tokens[verb - 1]?.norm;
      const asked = comma === '،' || comma === ',' ? this.personAsked(verb) : null;
      if (asked) return asked;
      // ألقى الخريج فلان كلمة الخريجين، قال فيها:, قرأ الشاعر فلان قصيدة …، قال بعدها: the verb after the
      // comma speaks in or after what the sentence's subject gave: that person, not the last speaker.
      const pointer = this.tokens[verb + 1]?.norm ?? '';
      if ((comma === '،' || comma === ',') && (IN_IT.has(pointer) || isTimeWithPronoun(pointer))) {
        const own = this.personEarlierIn(verb);
        if (own) return own;
      }
    }
    if (clitic === 'ف') {
      // أما مريم بلكلوش (30 سنة) التي تعمل موثقة فقالت: the topic after أما, however far.
      for (let k = verb - 1; k >= 0 && verb - k <= MAX_TOPIC_DISTANCE; k--) {
        const token = this.tokens[k] as Token;
        // A name quoted in the topic's apposition (أما فلانة، مؤسسة منصة «…» للتوصيل، فترى) is stepped over.
        const quoted = token.type === 'mark' ? this.spans[this.spanByClose.get(k) ?? -1] : undefined;
        if (quoted && this.nameShaped(quoted)) {
          k = quoted.open;
          continue;
        }
        if (token.type === 'break' || SENTENCE_ENDS.has(token.norm) || token.type === 'mark') break;
        if (token.type === 'word' && token.norm === 'اما') {
          const topic = this.subjectAt(k + 1);
          // …before فقد (أما الاتحاد فقد اعتبر), which the topic's reading may run into: the topic ends there.
          const qad = this.tokens[verb]?.norm === 'فقد';
          if (topic && qad && topic.last >= verb && topic.first < verb) return this.endBefore(topic, verb);
          if (!topic || topic.last >= verb) return null;
          if (topic.last === verb - 1) topic.closed = true;
          return topic;
        }
      }
      return this.personAsked(verb) ?? this.personEarlierIn(verb);
    }
    const apposed =
      this.accusativeOfficialBefore(verb) ??
      this.appositionBefore(verb) ??
      this.relativeAfterApposition(verb) ??
      this.frontedBeforeRelative(verb) ??
      this.nameBeforeApposedTitle(verb) ??
      this.subjectBeforeAside(verb);
    if (apposed) return apposed;
    let k = verb - 1;
    let words = 0;
    while (k >= 0 && words < MAX_SVO_WORDS) {
      const token = this.tokens[k] as Token;
      // A gloss in brackets inside the phrase: فالرئيس السابق للاحتياطي الفيدرالي (البنك المركزي) …
      const gloss = token.norm === ')' ? bracketOpening(this.tokens, k) : -1;
      if (gloss > 0) {
        k = gloss - 1;
        continue;
      }
      // A hyphen between the halves of a given name (ماري-كلير دوبون كتبت) is inside the phrase.
      if (isNameHyphen(this.tokens, k)) {
        k--;
        continue;
      }
      // الان right before the last word is a first name there (… الامريكي الان جرينسبان يقول).
      const alan =
        token.norm === 'الان' && k === verb - 2 && !this.text.slice(token.from, token.to).includes('آ');
      // قيادياً في المقاومة الفلسطينية أكد: the member and his group are one phrase.
      const ofGroup = token.norm === 'في' && isMemberHead(this.tokens[k - 1]?.norm ?? '');
      if (
        token.type !== 'word' ||
        token.norm === 'اما' ||
        (STOP_SET.has(token.norm) && !alan && !ofGroup) ||
        COMPLEMENTISER_SET.has(token.norm) ||
        CONTRAST_OPENERS.has(token.norm) ||
        TURN_SET.has(token.norm)
      )
        break;
      if (this.verbAt(k) && !this.roleNounAfterThat(k)) return null;
      words++;
      k--;
    }
    const start = k + 1;
    if (start === verb) return null;
    const boundary = this.tokens[k];
    // (…or a turn marker that opens the sentence with no comma after it: من جانبه قائد المنتخب فلان قال)
    const topic =
      boundary?.type === 'word' &&
      (boundary.norm === 'اما' || CONTRAST_OPENERS.has(boundary.norm) || this.opensTurnPhrase(k));
    // The phrase opens its clause: after punctuation, أما, or a complementiser (أن بلينكن أكد …).
    if (boundary?.type === 'word' && !topic && !COMPLEMENTISER_SET.has(boundary.norm)) return null;
    // (after a turn marker, no verb's object in it: من جانبه الاتحاد أصدر بيانا أكد فيه)
    if (
      this.opensTurnPhrase(k) &&
      range(start, verb - 1).some((w) => {
        const word = this.tokens[w] as Token;
        // (not a place's name in ا, سوريا, روسيا, nor a given name, علا)
        return this.indefiniteAccusative(word) && !PLACE_SET.has(word.norm) && !isGivenName(word.norm);
      })
    )
      return null;
    if (boundary?.type === 'mark') return null;
    // Only a phrase that is clearly a speaker: a title, a body, or a name already known.
    const first = (this.tokens[start] as Token).norm;
    // تقرير ديوان المحاسبة يقول إن …: a document before its verb speaks for its issuer, as after it.
    if (DOCUMENT_SET.has(first) && start + 1 < verb) {
      const issuer = this.issuerSubject(start + 1);
      if (issuer && issuer.last === verb - 1) {
        issuer.closed = true;
        return issuer;
      }
    }
    // …or, after a complementiser (يذكر أن الأمم المتحدة حذرت), a definite noun and its definite
    // adjective of origin or membership right before a verb in the past: أن's noun, the verb's subject,
    // a body the lexicon may not know. Not an adjective of time (أن الوضع الحالي يؤكد: a state of
    // things, which a verb in the present describes, not a speaker).
    const second = (this.tokens[start + 1] as Token).norm;
    const namedAfterThat =
      boundary?.type === 'word' &&
      COMPLEMENTISER_SET.has(boundary.norm) &&
      start + 2 === verb &&
      lookupCue((this.tokens[verb] as Token).norm)?.tense === 'past' &&
      hasArticle(first) &&
      !isNisba(first) &&
      !TIME_QUALIFIER_SET.has(second) &&
      (isNisba(second) || isParticiple(second));
    // محمد العلي قال عنه زملاؤه إن …: a pronoun after the verb and then a word of its own, the phrase
    // before it is what the pronoun names, the word after it the verb's subject.
    const after = this.tokens[verb + 2];
    const aboutIt =
      PREPOSITIONAL_PRONOUN.test(this.tokens[verb + 1]?.norm ?? '') &&
      after?.type === 'word' &&
      !COMPLEMENTISER_SET.has(after.norm);
    const speakerLike =
      stripToSet(first, TITLE_SET) !== undefined ||
      stripToSet(first, ORGANISATION_SET) !== undefined ||
      isMemberHead(first) ||
      this.entities.knowsNameWord(first) ||
      namedAfterThat ||
      // …or one of a group opening its clause after a word of contrast, bare or with أن, or after a
      // full stop (لكن أحد سكان الحي قال إن, غير أن أحد التجار قال, فيما أحد الباعة أكد): a new speaker,
      // not one named inside another's words after a verb's أن (قال إن أحد الموظفين أكد له).
      (ONE_OF_SET.has(first) &&
        (boundary?.type !== 'word' ||
          topic ||
          (COMPLEMENTISER_SET.has(boundary.norm) && CONTRAST_THAT_SET.has(this.tokens[k - 1]?.norm ?? ''))) &&
        start + 1 < verb) ||
      // …or a person's name of two words or more that opens with a given name, opening its sentence
      // (سارة الغامدي قالت لـ…: a witness named once, in the order of a profile's paragraph).
      (start + 1 < verb &&
        boundary?.type !== 'word' &&
        !aboutIt &&
        (opensGivenName(this.tokens, start) ||
          // …or a kunya before a given name (أم حسين تلاحظ أن …).
          (KUNYA_SET.has(first) && isGivenName(second)) ||
          // …also one that is a common word (أمل, نور) before a feminine verb: hope and light do not speak.
          (isGivenName(first) && lookupCue((this.tokens[verb] as Token).norm)?.agreement === 'f')));
    const subject = this.subjectAt(start);
    // …or, after a complementiser, a role noun that spells a verb (طالبة), its genitive and a name after
    // it (أن طالبة الحقوق فلانة قالت): a person named, the subject as the reading divides it.
    const describedAfterThat =
      subject !== null &&
      !subject.organisation &&
      subject.title.length > 0 &&
      subject.name.length >= 2 &&
      subject.last === verb - 1 &&
      this.roleNounAfterThat(start);
    if (!speakerLike && !describedAfterThat) return null;
    if (subject && subject.title.length > 0 && subject.name.length === 0)
      this.readFirstNameAlan(subject, verb);
    // …or its short name in brackets right before the verb (منظمة الأغذية والزراعة (فاو) حذرت): a gloss.
    const glossed =
      subject !== null &&
      this.tokens[subject.last + 1]?.norm === '(' &&
      this.tokens[verb - 1]?.norm === ')' &&
      bracketOpening(this.tokens, verb - 1) === subject.last + 1;
    // …or a body whose reading stopped short of its field after ل (الجمعية الأمريكية لمهندسي الجيولوجيا
    // حذرت: the field was taken for whom it spoke to) when its name, as bodyNameEnd reads it, runs to
    // the verb: the verb closes the name.
    if (
      subject?.organisation &&
      subject.name.length === 0 &&
      subject.last < verb - 1 &&
      subject.title[0] === start &&
      this.bodyNameEnd(start) === verb - 1
    ) {
      subject.title = range(start, verb - 1).filter((k) => this.tokens[k]?.type === 'word');
      subject.last = verb - 1;
    }
    if (!subject || (subject.last !== verb - 1 && !glossed)) return null;
    // The verb closes the phrase; a conjunction on its first word (والمتحدث) is not part of it.
    subject.closed = true;
    subject.conjunction = /^[وف]/u.test(first) && stripToSet(first.slice(1), TITLE_SET) !== undefined;
    return subject;
  }

  /**
   * A speaker named before the verb with its title and then its name between commas, the phrase
   * opening its clause: المتحدث باسم المعارضة، فلان، قال إن …; لكن الوزير، فلان، أكد ….
   */
  private appositionBefore(verb: number): Subject | null {
    if (!isComma(this.tokens[verb - 1])) return null;
    let k = verb - 2;
    let words = 0;
    while (k >= 0 && this.tokens[k]?.type === 'word' && words < MAX_NAME_WORDS) {
      k--;
      words++;
    }
    if (words === 0 || !isComma(this.tokens[k])) return null;
    k--;
    words = 0;
    // One في in the title, where its body or field follows (الخبير في الشأن الفلاحي، فلان، يرى أن …):
    // the subject read from the title must still end at the comma.
    let inTitle = false;
    while (k >= 0 && words < MAX_SVO_WORDS) {
      const token = this.tokens[k] as Token;
      // A body's quoted name in the title (النائب عن كتلة «…»، فلان، قال) is one word of it.
      const quoted = token.type === 'mark' ? this.spans[this.spanByClose.get(k) ?? -1] : undefined;
      if (quoted && quoted.open < k && this.nameShaped(quoted)) {
        k = quoted.open - 1;
        words++;
        continue;
      }
      if (token.type !== 'word' || CONTRAST_OPENERS.has(token.norm) || COMPLEMENTISER_SET.has(token.norm))
        break;
      const titleIn = (token.norm === 'في' || token.norm === 'عن') && !inTitle && words > 0;
      if (titleIn) inTitle = true;
      else if (STOP_SET.has(token.norm) || this.verbAt(k)) return null;
      words++;
      k--;
    }
    const boundary = this.tokens[k];
    if (words === 0 || boundary?.type === 'mark') return null;
    if (
      boundary?.type === 'word' &&
      !CONTRAST_OPENERS.has(boundary.norm) &&
      !COMPLEMENTISER_SET.has(boundary.norm)
    )
      return null;
    const start = k + 1;
    const first = (this.tokens[start] as Token).norm;
    if (stripToSet(first, TITLE_SET) === undefined) return null;
    const subject = this.subjectAt(start);
    if (!subject || subject.title.length === 0 || subject.name.length === 0 || subject.last !== verb - 2)
      return null;
    subject.closed = true;
    subject.conjunction = /^[وف]/u.test(first) && stripToSet(first.slice(1), TITLE_SET) !== undefined;
    return subject;
  }

  /**
   * A subject opening its clause after a word of contrast, or opening its sentence, then an aside between
   * commas, then the verb: a body and what it is (لكن مجلس …، الجهة المنظمة للقطاع، حذر; لكن منظمة …،
   * ومقرها باريس، قالت), or one of a group and then his name (لكن أحد قادة المعارضة، فلان، قال; إحدى
   * الناشطات، فلانة، قالت). The body is the speaker, its aside a description; one of a group is named by
   * the aside, the fullest name given. No finite verb in the aside, no verb in the phrase; the phrase ends
   * at the comma.
   */
  private subjectBeforeAside(verb: number): Subject | null {
    if (!isComma(this.tokens[verb - 1])) return null;
    let k = verb - 2;
    let words = 0;
    while (k >= 0 && words < MAX_SVO_WORDS) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || this.quoted[k]) break;
      // (a participle there is the aside's adjective or a noun of its shape: ومقره, the seat)
      const inAside = this.verbAt(k);
      if (inAside && inAside.tense !== 'participle') return null;
      words++;
      k--;
    }
    if (words === 0 || !isComma(this.tokens[k])) return null;
    const comma = k;
    const aside = comma + 1;
    let start = comma;
    while (start > 0 && comma - start < MAX_SVO_WORDS) {
      const token = this.tokens[start - 1] as Token;
      if (token.type !== 'word' || this.quoted[start - 1]) break;
      if (CONTRAST_OPENERS.has(token.norm) || COMPLEMENTISER_SET.has(token.norm) || token.norm === 'اما')
        break;
      if (this.verbAt(start - 1)) return null;
      start--;
    }
    if (start === comma) return null;
    const boundary = this.tokens[start - 1];
    const opens =
      boundary === undefined ||
      boundary.type === 'break' ||
      (boundary.type !== 'word' && SENTENCE_ENDS.has(boundary.norm)) ||
      this.isContrastAt(start - 1);
    if (!opens) return null;
    const first = (this.tokens[start] as Token).norm;
    if (ONE_OF_SET.has(first)) {
      const named = this.subjectAt(aside);
      if (
        !named ||
        named.organisation ||
        named.title.length > 0 ||
        named.name.length < 2 ||
        named.last !== verb - 2 ||
        !isApposedPersonOpener((this.tokens[aside] as Token).norm)
      )
        return null;
      named.closed = true;
      return named;
    }
    const body = this.subjectAt(start);
    if (!body?.organisation || body.name.length > 0 || body.first !== start) return null;
    if (body.last !== comma - 1) {
      if (this.bodyNameEnd(start) !== comma - 1) return null;
      body.title = range(start, comma - 1).filter((j) => this.tokens[j]?.type === 'word');
      body.last = comma - 1;
    }
    body.closed = true;
    return body;
  }

  /**
   * An unnamed official in the accusative after a word of contrast, bare or with أن, or after a bare أن
   * (opensSubjectAt), of a body named right after him, before the verb (لكن متحدثا باسم وزارة الزراعة
   * قال, غير أن مسؤولا في الهيئة أكد, وذكرت الصحيفة أن مصدرا في الوزارة قال):
   * إنّ's sisters put the noun in the accusative, its alif no part of the title; the words are the body's.
   */
  private accusativeOfficialBefore(verb: number): Subject | null {
    for (let k = verb - 2; k > 0 && verb - k <= MAX_SVO_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return null;
      const norm = token.norm;
      const head = norm.slice(0, -1);
      if (norm.length < 4 || !norm.endsWith('ا') || !(TITLE_SET.has(head) || UNNAMED_SOURCE_SET.has(head)))
        continue;
      const of = this.tokens[k + 1]?.norm ?? '';
      if (!this.opensSubjectAt(k - 1) || !OF_BODY_AFTER_OFFICIAL.has(of)) return null;
      const body = this.subjectAt(k + 2);
      if (!body || body.last !== verb - 1) return null;
      // A body the lexicon does not head (مهرجان القاهرة السينمائي, الأمم المتحدة) after باسم, whom he
      // speaks for, or after في with a head of a body named with its adjective: no person's name.
      const first = this.tokens[body.first]?.norm ?? '';
      const unlisted =
        body.title.length === 0 &&
        !opensGivenName(this.tokens, body.first) &&
        (of === 'باسم' || (DEFINITE_BODY_HEAD_SET.has(first) && body.name.length > 1));
      if (!body.organisation && !unlisted) return null;
      return { ...body, organisation: true, closed: true };
    }
    return null;
  }

  /**
   * A word of contrast at `at` (لكن, بينما, فيما …), or أن after one that takes it (غير أن, إلا أن): a new
   * clause opens after it, and its subject may be a new speaker.
   */
  private isContrastAt(at: number): boolean {
    return this.contrastWordsAt(at) === 1 || this.contrastWordsAt(at - 1) === 2;
  }

  /**
   * The word at `at` right after a bare أنّ/بأنّ (not أنْ after a word of time: بعد أن, قبل أن) spells a
   * verb but has a role noun's shape (طالب, طالبة): أنّ wants a noun, its subject (isNounAfterVerb).
   */
  private roleNounAfterThat(at: number): boolean {
    return isRoleVerb(this.tokens[at]?.norm ?? '') && isNounAfterVerb(this.tokens, at);
  }

  /**
   * A word of contrast at `at`, or a bare أن/إن/بأن: the clause after it has a subject of its own, in the
   * accusative after the complementiser (وذكرت الصحيفة أن متحدثا باسم الوزارة قال:, وأفادت الوكالة بأن
   * فلانة، المحامية في …، قالت:), whom its own verb of saying credits, not the verb before it.
   */
  private opensSubjectAt(at: number): boolean {
    return this.isContrastAt(at) || BARE_THAT.has(this.tokens[at]?.norm ?? '');
  }

  /**
   * How many words a word of contrast opening a clause at `at` takes: one (لكن, بينما, فيما), two with
   * أن after a word that takes it (غير أن, إلا أن, بيد أن), none when none opens there. The clause's
   * subject stands after them, before its verb, as after لكن.
   */
  private contrastWordsAt(at: number): number {
    const norm = this.tokens[at]?.norm ?? '';
    if (CONTRAST_OPENERS.has(norm)) return 1;
    return CONTRAST_THAT_SET.has(norm) && COMPLEMENTISER_SET.has(this.tokens[at + 1]?.norm ?? '') ? 2 : 0;
  }

  /** The word at `at` negates the verb after it (لم, ولم, لا, لن), as written with و or ف or without. */
  private negationAt(at: number): boolean {
    const token = this.tokens[at];
    return (
      token?.type === 'word' &&
      (VERB_NEGATION_SET.has(token.norm) || VERB_NEGATION_SET.has(token.norm.replace(CONJUNCTION_START, '')))
    );
  }

  /**
   * A person's name before the verb with the post in apposition after it, between commas, the name
   * opening its clause after a word of contrast or a bare أن (لكن فلان، أستاذ … في جامعة …، حذر من; غير
   * أن فلانة، الباحثة في …، رأت أن; وذكرت الصحيفة أن فلانة، المحامية، قالت:): the name of two words or more, no title before it, the apposition opening
   * with a title's head. The mirror of appositionBefore (title, then the name between the commas).
   */
  private nameBeforeApposedTitle(verb: number): Subject | null {
    if (!isComma(this.tokens[verb - 1])) return null;
    // The apposition, back to its opening comma: a title's head first, a quoted body's name inside.
    let k = verb - 2;
    let words = 0;
    while (k >= 0 && words < MAX_SVO_WORDS) {
      const token = this.tokens[k] as Token;
      const quoted = token.type === 'mark' ? this.spans[this.spanByClose.get(k) ?? -1] : undefined;
      if (quoted && quoted.open < k && this.nameShaped(quoted)) {
        k = quoted.open - 1;
        words++;
        continue;
      }
      if (token.type !== 'word') break;
      words++;
      k--;
    }
    // …or a relative clause in its place (أن فلانة، التي شاركت في الاحتجاجات، قالت): who she is.
    const opener = (this.tokens[k + 1] as Token | undefined)?.norm ?? '';
    if (words === 0 || !isComma(this.tokens[k]) || !(isTitleHead(opener) || RELATIVES.has(opener)))
      return null;
    const comma = k;
    // The name, back to the word of contrast that opens the clause.
    let start = comma;
    while (start > 0 && comma - start < MAX_NAME_WORDS && this.tokens[start - 1]?.type === 'word') {
      const norm = (this.tokens[start - 1] as Token).norm;
      if (CONTRAST_OPENERS.has(norm) || COMPLEMENTISER_SET.has(norm)) break;
      start--;
    }
    if (!this.opensSubjectAt(start - 1) || comma - start < 2) return null;
    const subject = this.subjectAt(start);
    if (
      !subject ||
      subject.organisation ||
      subject.title.length > 0 ||
      subject.name.length < 2 ||
      subject.last !== comma - 1
    )
      return null;
    subject.closed = true;
    return subject;
  }

  /**
   * The verb of a relative clause after a person's name and a title in apposition: فلان، رئيس مجلس
   * الإدارة، الذي عبر عن …: the relative stands for the name before the commas. The name is two or
   * three plain words (a surname may carry the article), after a preposition, a speech noun
   * (تصريحات فلان) or punctuation.
   */
  private relativeAfterApposition(verb: number): Subject | null {
    const relative = this.tokens[verb - 1];
    if (relative?.type !== 'word' || !RELATIVES.has(relative.norm) || relative.norm === 'الذين') return null;
    if (!isComma(this.tokens[verb - 2])) return null;
    let k = verb - 3;
    let words = 0;
    while (k >= 0 && this.tokens[k]?.type === 'word' && words < MAX_SUBJECT_SPAN) {
      k--;
      words++;
    }
    if (words === 0) return null;
    if (!isComma(this.tokens[k])) return this.titledBeforeRelative(verb);
    const titleHead = (this.tokens[k + 1] as Token).norm;
    // مدرب الفريق، البرتغالي فلان، الذي …: the title before the commas, the name between them.
    const apposed = this.titleBeforeApposedName(verb, k);
    if (apposed) return apposed;
    // …، الدكتور فلان، الذي … with no name before the commas: a title and a name between them name
    // the person themselves.
    const between = (): Subject | null => {
      const named = readSubject(this.tokens, k + 1, this.closeOf, false, this.text);
      if (!named || named.title.length === 0 || named.name.length < 2 || named.last !== verb - 3) return null;
      named.closed = true;
      return named;
    };
    if (stripToSet(titleHead, TITLE_SET) === undefined && !isTitleHead(titleHead)) return null;
    // الذي for a man's title, التي for a woman's: otherwise the relative is the body in the title
    // (فلانة، رئيسة الاتحاد النسائي، الذي قال … is the union).
    if ((relative.norm === 'التي') !== titleHead.endsWith('ه')) return null;
    const end = k - 1;
    let start = end + 1;
    while (start > 0 && end - start + 1 < 3) {
      const token = this.tokens[start - 1] as Token;
      const norm = token.norm;
      const plain =
        token.type === 'word' &&
        !STOP_SET.has(norm) &&
        !PREPOSITIONS.has(norm) &&
        !SPEECH_NOUN_SET.has(norm) &&
        stripToSet(norm, TITLE_SET) === undefined &&
        stripToSet(norm, ORGANISATION_SET) === undefined &&
        (start - 1 === end || !hasArticle(norm));
      if (!plain) break;
      start--;
    }
    if (end - start + 1 < 2) return between();
    const subject = this.subjectAt(start);
    if (!subject || subject.title.length > 0 || subject.last !== end) return between();
    subject.closed = true;
    return subject;
  }

  /** A title before `comma` whose name stands in apposition between it and the relative's comma. */
  private titleBeforeApposedName(verb: number, comma: number): Subject | null {
    for (let start = comma - 1; start >= 0 && comma - start <= MAX_SVO_WORDS; start--) {
      const token = this.tokens[start] as Token;
      if (token.type !== 'word' || STOP_SET.has(token.norm)) return null;
      const before = this.tokens[start - 1];
      const opens =
        before === undefined ||
        before.type !== 'word' ||
        PREPOSITIONS.has(before.norm) ||
        STOP_SET.has(before.norm);
      if (!opens || stripToSet(token.norm, TITLE_SET) === undefined) continue;
      const subject = readSubject(this.tokens, start, this.closeOf, true, this.text);
      if (!subject || subject.name.length === 0 || subject.last !== verb - 3) return null;
      subject.closed = true;
      return subject;
    }
    return null;
  }

  /**
   * A relative clause after a title and a name with no comma between them, the title perhaps behind
   * ل (للمخرج السوري فلان، الذي قال …): the relative stands for that person.
   */
  private titledBeforeRelative(verb: number): Subject | null {
    const end = verb - 3;
    for (let start = end - 1; start >= 0 && end - start < MAX_SVO_WORDS; start--) {
      const token = this.tokens[start] as Token;
      if (token.type !== 'word' || STOP_SET.has(token.norm)) return null;
      if (stripToSet(token.norm, TITLE_SET) === undefined) continue;
      const subject = readSubject(this.tokens, start, this.closeOf, true, this.text);
      if (!subject || subject.title[0] !== start || subject.name.length === 0 || subject.last !== end)
        return null;
      subject.closed = true;
      // The preposition is not the speaker's: للمخرج is المخرج, as a conjunction is left out.
      subject.conjunction = /^[لب]/u.test(token.norm) && stripToSet(token.norm, TITLE_SET) !== token.norm;
      return subject;
    }
    return null;
  }

  /**
   * The subject of a sentence whose object is a document that speaks in a relative clause:
   * وأصدرت الوزارة بياناً قالت فيه: «…», ونشر الحزب تقريراً قال فيه إن … . The document noun stands
   * right before the verb, or before where it was put (نشرت الوزارة بيانا على صفحتها أكدت فيه),
   * and فيه / فيها right after the verb; the issuer is the phrase after the sentence's first word
   * (its verb), up to the document.
   */
  private issuerOfDocument(verb: number): Subject | null {
    const after = this.tokens[verb + 1];
    // (…or من خلاله / من خلالها, through it: قالت من خلاله)
    const through = after?.norm === 'من' && DURING_IT.has(this.tokens[verb + 2]?.norm ?? '');
    if (after?.type !== 'word' || (after.norm !== 'فيه' && after.norm !== 'فيها' && !through)) return null;
    const at = this.documentBefore(verb);
    if (at < 0) return null;
    return this.issuerBefore(at, verb);
  }

  /**
   * The issuer of the document at `at`, the phrase between the first word of its clause (the verb of
   * issuing) and the document, a title or a body; within MAX_TOPIC_DISTANCE words of `verb`. With
   * `issuing`, only when that first word is one of ISSUING_VERBS.
   */
  private issuerBefore(at: number, verb: number, issuing = false): Subject | null {
    let start = at;
    for (let k = at - 1; k >= 0 && verb - k <= MAX_TOPIC_DISTANCE && this.tokens[k]?.type === 'word'; k--)
      start = k;
    if (start + 1 >= at) return null;
    // With `issuing`, the clause's first word must be a verb that issues it (ISSUING_VERBS).
    if (issuing && !ISSUING_VERBS.has((this.tokens[start] as Token).norm.replace(/^[وف]/u, ''))) return null;
    // أما فريق الدفاع فاكتفى ببيان, أما الهيئة فقد أصدرت بيانا: the topic after أما, before the verb
    // of issuing that carries ف (or before فقد and that verb).
    if ((this.tokens[start] as Token).norm === 'اما') {
      let answer = at - 1;
      if (this.tokens[answer - 1]?.norm === 'فقد') answer--;
      if (answer <= start + 1 || !(this.tokens[answer] as Token).norm.startsWith('ف')) return null;
      const topic = this.subjectAt(start + 1);
      if (!topic || topic.title.length === 0 || topic.first !== start + 1 || topic.last < answer - 1)
        return null;
      return this.endBefore(topic, answer);
    }
    const subject = this.subjectAt(start + 1);
    if (!subject || subject.title.length === 0) return null;
    // The document may have run into the phrase (a body's name takes every word up to the verb).
    subject.title = subject.title.filter((k) => k < at);
    subject.name = subject.name.filter((k) => k < at);
    subject.last = Math.min(subject.last, at - 1);
    if (subject.last !== at - 1 || subject.title.length === 0) return null;
    subject.closed = true;
    return subject;
  }

  /**
   * The document noun (بيانا, تقريرا) right before a verb, or before a preposition (one indefinite word
   * may stand between) and at most MAX_PREVERBAL_WORDS words of where it was put (بيانا على صفحتها
   * الرسمية); -1 when there is none.
   */
  private documentBefore(verb: number): number {
    const isDocument = (k: number) => {
      const token = this.tokens[k];
      return token?.type === 'word' && DOCUMENT_SET.has(token.norm.replace(/ا$/u, ''));
    };
    if (isDocument(verb - 1)) return verb - 1;
    // …with ب after a verb that takes it (اكتفى ببيان, خرج ببيان), or with one indefinite adjective
    // after it (بيانا مقتضبا قالت فيه, ببيان مقتضب قال فيه).
    const withBa = (k: number) => {
      const token = this.tokens[k];
      return token?.type === 'word' && /^ب/u.test(token.norm) && DOCUMENT_SET.has(token.norm.slice(1));
    };
    if (withBa(verb - 1)) return verb - 1;
    const adjective = this.tokens[verb - 1];
    if (
      adjective?.type === 'word' &&
      !hasArticle(adjective.norm) &&
      !this.quoted[verb - 1] &&
      (isDocument(verb - 2) || withBa(verb - 2)) &&
      !DOCUMENT_SET.has(adjective.norm.replace(/ا$/u, ''))
    )
      return verb - 2;
    for (let k = verb - 2; k > 0 && verb - k <= MAX_PREVERBAL_WORDS + 1; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return -1;
      if (!PREPOSITIONS.has(token.norm)) continue;
      if (isDocument(k - 1) || withBa(k - 1)) return k - 1;
      // …or its indefinite genitive or adjective between (برقية تهنئة إلى, بيانا صحفيا على).
      const between = this.tokens[k - 1];
      if (between?.type === 'word' && !hasArticle(between.norm) && (isDocument(k - 2) || withBa(k - 2)))
        return k - 2;
      // …or a second place after the first (ببيان على حسابه في منصة إكس): the preposition before it.
    }
    return -1;
  }

  /**
   * The subject of the verb before a present verb with ل of purpose: عاد زيان ليقول, خرج الوزير
   * ليؤكد. The phrase stands right between the two verbs, ends at the verb with ل, and is clearly a
   * speaker (a title, a body, or a name already known); the nearest such phrase wins.
   */
  private subjectOfPurpose(verb: number): Subject | null {
    for (let k = verb - 1; k > 0 && verb - k <= MAX_PREVERBAL_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || STOP_SET.has(token.norm)) return null;
      const speakerLike =
        stripToSet(token.norm, TITLE_SET) !== undefined ||
        stripToSet(token.norm, ORGANISATION_SET) !== undefined ||
        this.entities.knowsNameWord(token.norm);
      if (!speakerLike || this.tokens[k - 1]?.type !== 'word') continue;
      const subject = this.subjectAt(k);
      if (!subject || subject.last !== verb - 1) continue;
      subject.closed = true;
      return subject;
    }
    return null;
  }

  /**
   * ألان (Alan, Alain) folds to الان like الآن (now), a time word that ends a subject. Between a
   * title and a plain word that stands right before the verb (الرئيس السابق … الامريكي الان جرينسبان
   * يقول), with no madda to say "now", it is a first name: the name is read into the subject.
   */
  private readFirstNameAlan(subject: Subject, verb: number): void {
    const at = subject.last + 1;
    const given = this.tokens[at];
    const surname = this.tokens[at + 1];
    if (given?.norm !== 'الان' || at + 1 !== verb - 1 || surname?.type !== 'word') return;
    if (this.text.slice(given.from, given.to).includes('آ')) return;
    if (
      hasArticle(surname.norm) ||
      STOP_SET.has(surname.norm) ||
      stripToSet(surname.norm, TITLE_SET) !== undefined
    )
      return;
    subject.name = [at, at + 1];
    subject.last = at + 1;
  }

  /**
   * `وكان الأمين العام للحزب، السيد فلان، قد توعّد …`: the subject of كان, between it and the قد
   * that comes right before the verb.
   */
  private subjectOfKana(verb: number, clitic = ''): Subject | null {
    const qad = this.tokens[verb - 1]?.norm === 'قد';
    // كانوا نقابيين وقالوا: a verb with و after كان's phrase starts a clause; the phrase was its predicate.
    if (!qad && clitic !== '') return null;
    for (let k = verb - (qad ? 2 : 1); k >= 0 && verb - k <= MAX_TOPIC_DISTANCE; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) return null;
      if (token.type === 'word' && KANA.has(token.norm)) {
        // يذكر أن وزارة الزراعة كانت قد أعلنت: a bare كان right before قد, its subject fronted before it,
        // read as before any verb (after a complementiser, punctuation or أما).
        if (qad && k === verb - 2 && !/^[وف]/u.test(token.norm)) return this.subjectBefore(k, '');
        const subject = this.subjectAt(k + 1);
        if (qad) {
          if (!subject || subject.last >= verb - 1) return null;
          // Ending right at قد, the phrase is whole: nothing else stands between كان and its verb.
          if (subject.last === verb - 2) subject.closed = true;
          return subject;
        }
        // وكان رؤساء الأجهزة أبلغوا …: without قد, a speaker's phrase that ends right at the verb.
        if (!subject || subject.last !== verb - 1 || subject.title.length === 0) return null;
        subject.closed = true;
        return subject;
      }
    }
    return null;
  }

  /**
   * A subject fronted at the head of its sentence, then a relative clause about it between commas, then
   * the verb (غير أن المزارع فلان، الذي يزرع …، قال; لكن الناشطة فلانة، التي …، قالت): the sentence opens
   * on it, after a word of contrast and أن (CONTRAST_THAT_SET), a word of contrast alone
   * (CONTRAST_OPENERS) or nothing; a title or a body, or a name of two words, ending at the comma before
   * the relative, which agrees with the verb (الذي, التي). Looks back MAX_TOPIC_DISTANCE words at most.
   */
  private frontedBeforeRelative(verb: number): Subject | null {
    if (!isComma(this.tokens[verb - 1])) return null;
    const cue = this.verbAt(verb);
    let relative = -1;
    for (let k = verb - 2; k > 0 && verb - k <= MAX_TOPIC_DISTANCE; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || token.type === 'mark' || SENTENCE_ENDS.has(token.norm)) return null;
      if ((token.norm === 'الذي' || token.norm === 'التي') && isComma(this.tokens[k - 1])) {
        relative = k;
        break;
      }
    }
    if (relative < 0 || !cue || (this.tokens[relative]?.norm === 'التي') !== (cue.agreement === 'f'))
      return null;
    const end = relative - 2;
    // The sentence's start: a break or a full stop, then at most a word of contrast (with أن).
    let start = -1;
    for (let k = end; k >= 0 && end - k <= MAX_SVO_WORDS; k--) {
      const before = this.tokens[k - 1];
      if (before === undefined || before.type === 'break' || SENTENCE_ENDS.has(before.norm)) {
        start = k;
        break;
      }
    }
    if (start < 0) return null;
    const first = (this.tokens[start] as Token).norm;
    // (past a word of contrast, with its أن, or أما, which opens a topic, not a name: أما المقيم فلان،
    // الذي …، فقال …، مضيفاً)
    start += this.contrastWordsAt(start) || (TOPIC_OPENERS.has(first) ? 1 : 0);
    if (start > end) return null;
    const subject = this.subjectAt(start);
    if (!subject || subject.first !== start || subject.last !== end) return null;
    if (!subject.organisation && subject.title.length === 0 && subject.name.length < 2) return null;
    subject.closed = true;
    return subject;
  }

  /**
   * The verb at `index` carries an object pronoun (انتقده, وصفتها): without ه or ها it is the same
   * cue, so the word is the verb and its object, not a plain form ending in ه (نبه, نوه).
   */
  private carriesObjectPronoun(index: number): boolean {
    const word = (this.tokens[index] as Token).norm;
    const suffix = /ها$/u.test(word) ? 2 : /ه$/u.test(word) ? 1 : 0;
    const verb = lookupCue(word);
    return suffix > 0 && verb !== undefined && lookupCue(word.slice(0, -suffix))?.lemma === verb.lemma;
  }

  /**
   * The issuer of an indefinite document that the verb at `index` describes, the document right before
   * it with at most its adjectives or genitive and a comma between (أصدرت الوزارة لائحة جديدة للوحات،
   * نصت على أن; أقر المجلس توصية تدعو …), the verb of the document's gender: the subject of the verb that
   * issued it earlier in the sentence (ISSUING_VERBS), after it (أصدرت الوزارة) or before قد (وكانت
   * الوزارة قد أصدرت), a body or a title; null otherwise. Looks back MAX_TOPIC_DISTANCE words at most.
   */
  private issuerOfDescribed(index: number, agreement: Agreement): Subject | null {
    let document = -1;
    for (let k = index - 1; k >= 0 && index - k <= MAX_DOCUMENT_PHRASE; k--) {
      const token = this.tokens[k] as Token;
      if (k === index - 1 && isComma(token)) continue;
      if (token.type !== 'word' || (k < index - 1 && this.verbAt(k))) return null;
      const noun = token.norm.replace(/ا$/u, '');
      if (!hasArticle(noun) && DOCUMENT_SET.has(noun)) {
        document = k;
        break;
      }
    }
    if (document < 0) return null;
    if ((this.tokens[document] as Token).norm.replace(/ا$/u, '').endsWith('ه') !== (agreement === 'f'))
      return null;
    for (let k = document - 1; k >= 0 && index - k <= MAX_TOPIC_DISTANCE; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || token.type === 'mark' || SENTENCE_ENDS.has(token.norm)) return null;
      if (token.type !== 'word' || !ISSUING_VERBS.has(token.norm.replace(/^[وف]/u, ''))) continue;
      const read = this.subjectOfKana(k) ?? this.subjectAt(k + 1);
      if (!read || read.first >= document) return null;
      // The document may have run into the phrase (أصدر وزير التعليم قرارا): the issuer ends before it.
      const subject =
        read.last < document
          ? read
          : {
              ...read,
              title: read.title.filter((t) => t < document),
              name: read.name.filter((t) => t < document),
              last: document - 1,
              closed: true,
            };
      if (!subject.organisation && subject.title.length === 0) return null;
      const issuer = subject.organisation && subject.first > k ? this.bodyBeforeObject(subject) : subject;
      return issuer.last < document ? issuer : null;
    }
    return null;
  }

  /**
   * The person who was asked (سئل, passive), earlier in the sentence of a verb with ف and no subject
   * of its own, wherever the passive stands after an opening adverbial: وفي المؤتمر الصحفي الذي سبق
   * المباراة، سئل مدرب الفريق، فلان، عن الصفقة، فأجاب. Whoever is asked is whoever answers.
   */
  private personAsked(verb: number): Subject | null {
    for (let k = verb - 1; k >= 0 && verb - k <= MAX_TOPIC_DISTANCE; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm) || token.type === 'mark') return null;
      if (token.type !== 'word' || !ASKED.has(token.norm)) continue;
      const person = this.subjectAt(k + 1);
      return person && person.last < verb ? person : null;
    }
    return null;
  }

  /**
   * The first person named with title and name earlier in the sentence of a verb with ف and no
   * subject of its own: وسئل المتحدث باسم الحكومة ماهر الزين عن …، فقال; وكان للممثل علاء
   * النعيمي حصة في الحوار فقال.
   */
  private personEarlierIn(verb: number): Subject | null {
    let start = verb;
    for (let k = verb - 1; k >= 0 && verb - k <= MAX_TOPIC_DISTANCE; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      start = k;
    }
    // The person must be the subject of the sentence: right after its first verb (وسئل المتحدث …,
    // وكان للممثل …), not a name further on.
    for (let k = start; k < verb && k <= start + 2; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || stripToSet(token.norm, TITLE_SET) === undefined) continue;
      const person = readSubject(this.tokens, k, this.closeOf, true, this.text);
      if (!person || person.title.length === 0 || person.name.length === 0 || person.organisation)
        return null;
      if (person.last >= verb) return null;
      // Words after a two-word name are the rest of the clause (علاء النعيمي حصة في الحوار).
      const [, second, third] = person.name.map((i) => (this.tokens[i] as Token).norm);
      if (
        third !== undefined &&
        !NAME_JOINER_SET.has(second as string) &&
        !NAME_JOINER_SET.has(third) &&
        !hasArticle(third)
      ) {
        person.name = person.name.slice(0, 2);
        person.last = person.name[1] as number;
      }
      // The name ends before the clause's object (جاسم قصيدة جميلة): it is whole.
      person.closed = true;
      return person;
    }
    return null;
  }

  /**
   * The first group of people named by a plural (المحتجون, عدد من المحامين العرب) between `start` and
   * `before`, read as a whole phrase that ends before the verb.
   */
  private groupEarlierIn(
    start: number,
    before: number,
  ): { entity: Entity; mention: string; subject: Subject } | null {
    for (let k = start; k < before; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || this.quoted[k] || !isGroupPlural(token.norm, this.tokens[k + 1])) continue;
      // An indefinite plural is a predicate (إذا كانوا حداثيين), not a group named: the article or the
      // construct form (موقعو العريضة) names one.
      if (!hasArticle(token.norm) && !token.norm.endsWith('و')) continue;
      const subject = this.subjectAt(k);
      if (!subject?.organisation || subject.last >= before) return null;
      const resolved = this.resolveSubject(subject);
      return resolved ? { ...resolved, subject } : null;
    }
    return null;
  }

  /**
   * One person of `agreement`'s gender has the floor and the article knows no spokesman by his post (a
   * title of المتحدث or الناطق with a body or a name): المتحدث alone after a verb of going on is he.
   */
  private speakerGoesOn(agreement: Agreement): boolean {
    const floor = this.entities.floor;
    if (floor === null || floor.organisation || floor.plural) return false;
    if (floor.agreements.size > 0 && !floor.agreements.has(agreement)) return false;
    const post = this.entities.byTitle([agreement === 'f' ? 'المتحدثه' : 'المتحدث']);
    return !post?.forms.some((f) => f.isName || f.words.length > 1);
  }

  /**
   * The subject of the verb that opens a sentence (any verb: ونعت, وأدلى), when it is clearly a
   * speaker (a title, a body or a name already known) and stands before `before`.
   */
  private openingSubject(
    start: number,
    before: number,
    /** كان may open the sentence too (وكان الاتحاد أصدر …). */
    kana = false,
  ): { entity: Entity; mention: string; subject: Subject } | null {
    const verb = this.tokens[start];
    // ولم تخف الهيئة قلقها، مؤكدة: the verb after its negation; لكن الهيئة انتقدت …، غير أن المجلس أبدى
    // …: the subject after the word of contrast, before its verb.
    const lead = this.negationAt(start) ? 1 : this.contrastWordsAt(start);
    if (lead > 0 && start + lead < before) return this.openingSubject(start + lead, before, kana);
    if (verb?.type !== 'word' || (STOP_SET.has(verb.norm) && !(kana && KANA.has(verb.norm)))) return null;
    // ونيابة عن سموه، كرم المحافظ …: a head before عن is "on behalf of", no body's name; the sentence
    // opens after the comma that closes the phrase (a few words at most; ونيابة عنه، … too).
    const behalf = this.tokens[start + 1]?.norm ?? '';
    if (/^عن(?:ه|ها|هم|هما|ي|نا)?$/u.test(behalf) && stripToSet(verb.norm, ORGANISATION_SET) !== undefined) {
      for (let k = start + 2; k < before && k <= start + 2 + MAX_NAME_WORDS; k++) {
        const token = this.tokens[k] as Token;
        if (isComma(token)) return this.openingSubject(k + 1, before, kana);
        if (token.type !== 'word') return null;
      }
      return null;
    }
    // A sentence that opens with its subject (SVO): زعيم الحزب، فلان، يحذر …، داعيا …
    if (
      stripToSet(verb.norm, TITLE_SET) !== undefined ||
      stripToSet(verb.norm, ORGANISATION_SET) !== undefined
    ) {
      const subject = this.subjectAt(start);
      if (!subject || subject.last >= before) return null;
      const resolved = this.resolveSubject(subject);
      return resolved ? { ...resolved, subject } : null;
    }
    const first = this.tokens[start + 1];
    if (first?.type !== 'word') return null;
    // A reporting verb read its own subject, a known name cut before the object (ويصف فلان الخدمات).
    const said = this.cueAt(start);
    if (said?.entity && said.subject?.first === start + 1 && said.subject.last < before)
      return { entity: said.entity, mention: said.mention, subject: said.subject };
    const speakerLike =
      stripToSet(first.norm, TITLE_SET) !== undefined ||
      stripToSet(first.norm, ORGANISATION_SET) !== undefined ||
      this.entities.knowsNameWord(first.norm) ||
      // …or a country or a city after a feminine verb, speaking for its government (وجهت الهند أصابع
      // الاتهام إلى …، معتبرة)
      (PLACE_SET.has(first.norm) && verb.norm.endsWith('ت'));
    const subject = speakerLike ? this.subjectAt(start + 1) : null;
    if (!subject || subject.last >= before) return null;
    const resolved = this.resolveSubject(subject, true);
    return resolved ? { ...resolved, subject } : null;
  }

  /** The word at `index` follows ما of a source phrase (بحسب ما, وفق ما, كما) or حسبما, وفقما. */
  private afterSourceWhat(index: number): boolean {
    const prev = this.tokens[index - 1]?.norm ?? '';
    const before = this.tokens[index - 2]?.norm ?? '';
    return ASIDE_OPENERS.has(prev) || (prev === 'ما' && ASIDE_HEADS.has(before)) || prev === 'كما';
  }

  /** A cue in an aside that names where the words were found: وفق ما أوردت, بحسب ما نقلت, حسبما ذكرت. */
  private isSourceAside(index: number): boolean {
    const prev = this.tokens[index - 1];
    if (prev?.type !== 'word') return false;
    if (ASIDE_OPENERS.has(prev.norm)) return true;
    const before = this.tokens[index - 2];
    return (
      (prev.norm === 'ما' && before?.type === 'word' && ASIDE_HEADS.has(before.norm)) ||
      this.carriesRemarks(index)
    );
  }

  /**
   * The cue at `index` carries remarks named just before it, their object pronoun on the verb (في
   * تصريحات نقلتها وكالة رويترز, في مقابلة صحفية نشرتها الصحيفة, في حديث له نقلته قناة …): a relative
   * clause that says who relayed the words, not who said them. Bounded: the noun and a word after it.
   */
  private carriesRemarks(index: number): boolean {
    const verb = this.tokens[index] as Token;
    const pronoun = /(?:ها|ه)$/u.exec(verb.norm);
    if (pronoun === null || lookupCue(verb.norm.slice(0, pronoun.index)) === undefined) return false;
    for (let k = index - 1; k >= 0 && k >= index - 2; k--) {
      const word = this.tokens[k] as Token;
      if (word.type !== 'word') return false;
      if (REMARKS_SET.has(hasArticle(word.norm) ? word.norm.slice(2) : word.norm)) return true;
    }
    return false;
  }

  private fromCue(cue: Cue, back: { colon: boolean; that: boolean }, open: number): Attribution {
    const cueText = this.cueText(cue.index);
    const speaker = this.speakerOf(cue);
    // Present verbs and participles with neither subject nor finite verb are not attributions
    // (يذكر أن … is "it is worth noting that").
    if (!cue.subject && cue.match.tense === 'present' && !speaker)
      return { kind: 'mention', speaker: null, cue: null };
    let kind: QuoteKind;
    const first = this.tokens[open + 1];
    const inside = back.that || this.afterComplementiser(cue);
    if (back.colon) kind = 'direct';
    // قال: «إن …» or قوله «إن …»: the complementiser inside the marks makes the whole clause quoted;
    // after a preposition (داعيا إياه إلى «أن يكون …») it is a verbal noun, the object of a fragment,
    // and so after a noun in construct there (معربة عن خشية «أن …»).
    else if (
      !inside &&
      first?.type === 'word' &&
      first.norm === 'ان' &&
      !this.afterPreposition(open) &&
      !(cue.match.cls !== 'say' && open === cue.end + 2 && this.constructAfterPreposition(cue.end))
    )
      kind = 'direct';
    else if (inside || this.embedded(cue)) kind = 'partial';
    else if (cue.match.fragmentObject && this.causeBeforeToward(cue, open))
      // أرجعت الهيئة شحنة من حليب «…» إلى بلد المنشأ: a quote in the object, before إلى, is no cause told.
      return { kind: 'mention', speaker: null, cue: null };
    else if (cue.match.fragmentObject) kind = 'partial';
    else if (cue.match.takesObject && this.sentenceGoesOn(open)) kind = 'partial';
    // ناشد الدفاع المدني المواطنين «البقاء …»: the people appealed to, then what they are asked to do.
    else if (APPEALING.has(cue.match.lemma) && this.appealedBefore(open)) kind = 'partial';
    // جدد فلان، …، رفض الحزب المشاركة في أي حكومة «…»: the verb's object, a cue's verbal noun, and
    // what it governs stand before the quote, a fragment of that phrase.
    else if (this.verbalNounObject(cue.end, open)) kind = 'partial';
    // أكدت الحكومة «دعمها الكامل …», توقعت الرئاسة «هطول أمطار …»: a noun phrase in the narrator's
    // grammar, the verb's object, not a clause the speaker said.
    else if (this.objectPhrase(cue, open)) kind = 'partial';
    else if (cue.match.takesObject && this.isActObject(open)) kind = 'partial';
    // اختتم كلمته بعبارة «…»: after ب and a noun of words, the quote completes the narrator's clause.
    else if (this.wordsOfCue(open - 1)) kind = 'partial';
    else kind = this.standsAsUtterance(cue.end, open, cue.match.cls) ? 'direct' : 'partial';
    return { kind, speaker, cue: cueText };
  }

  /**
   * The quote after a cue opens with a noun phrase in the narrator's grammar, the verb's object: a noun
   * whose possessive pronoun is the cue's subject, in its gender and number (أكدت الحكومة «دعمها …»,
   * جدد الوزير «رفضه …», أبدى المحتجون «تمسكهم …»; the speaker would say دعمنا), or, after a verb that
   * takes an object, an indefinite verbal noun in construct with the word after it (توقعت الرئاسة
   * «هطول أمطار …», أعلنت الوزارة «انطلاق حملة …»). Not a verb or a particle the speaker opens on.
   */
  private objectPhrase(cue: Cue, open: number): boolean {
    // أكدت الوزارة «تضامن الدولة مع …», جدد المجلس «دعم المملكة الكامل …»: a noun of a stance in
    // construct with a definite genitive, a phrase with no predicate, is the verb's object.
    if (cue.match.cls !== 'say' && !cue.match.goesOn && this.constructObject(open)) return true;
    const first = this.tokens[open + 1];
    const second = this.tokens[open + 2];
    // نقلت الصحيفة عن مصدر «تأكيده لزيارة …»: a relay's words opened by a verbal noun of saying with a
    // pronoun back to the source, the relay's object in the narrator's grammar.
    if (cue.match.cls === 'relay' && first?.type === 'word') {
      const noun = first.norm.replace(THIRD_PERSON_SUFFIX, '');
      if (noun !== first.norm && SAYING_SET.has(noun)) return true;
    }
    if (first?.type !== 'word' || hasArticle(first.norm) || CLAUSE_OPENER_SET.has(first.norm)) return false;
    if (COMPLEMENTISER_SET.has(first.norm)) return false;
    let end = first.to;
    while (end > first.from && isIgnorable(this.text.charCodeAt(end - 1))) end--;
    const written = this.text.slice(first.from, end);
    const pronoun = POSSESSIVE_OF[cue.match.agreement].exec(written);
    // قال and the verbs that go on (أضاف, تابع) take the words themselves, a sentence of the speaker's
    // about someone (وقال المدرب «مستواه تحسن», مضيفا «حالته مستقرة»).
    if (pronoun !== null && pronoun.index >= 2)
      return cue.match.cls !== 'say' && !cue.match.goesOn && !this.predicateInside(open + 2);
    return (
      cue.match.takesObject &&
      VERBAL_NOUN_SHAPE.test(first.norm) &&
      this.verbAt(open + 1) === undefined &&
      second?.type === 'word' &&
      !COMPLEMENTISER_SET.has(second.norm) &&
      this.verbAt(open + 2) === undefined &&
      !this.predicateInside(open + 2)
    );
  }

  /**
   * The quote at `open` is a noun phrase with no predicate: a noun of a stance or a bond (STANCE_NOUNS)
   * in construct with a definite genitive, right after it or after a verbal noun in construct (أهمية
   * تعزيز التعاون), and no word after a definite one that could be its predicate (an indefinite word or
   * a verb with no preposition before it: «دعم المملكة لليمن مستمر» is a sentence), nor a clause opener
   * or a future verb. Bounded by MAX_CONSTRUCT_WORDS words; a relative pronoun opens no predicate.
   */
  private constructObject(open: number): boolean {
    const close = this.closeOf.get(open);
    if (close === undefined) return false;
    const first = this.tokens[open + 1] as Token;
    // With its possessive pronoun (أبدى أولياء الأمور «استياءهم …», جددت الدولة «التزامها …») the noun is
    // definite itself, whatever the verb's agreement before a plural subject.
    const stem = LAZY_PRONOUN_STEM.exec(first.norm)?.[1];
    const possessed =
      stripToSet(first.norm, STANCE_NOUN_SET) === undefined &&
      stem !== undefined &&
      stripToSet(stem, STANCE_NOUN_SET) !== undefined;
    if (!possessed && stripToSet(first.norm, STANCE_NOUN_SET) === undefined) return false;
    // The genitive right after it, or after a second noun in construct (أهمية تعزيز التعاون, وقوف دولة
    // الكويت): a word with the article or with its own pronoun (استعداد بلاده, جاهزية فرقها).
    const definiteAt = (k: number): boolean => {
      const token = this.tokens[k];
      if (k >= close || token?.type !== 'word' || RELATIVES.has(token.norm)) return false;
      // With our pronoun too (استعداد قواتنا, حرص بلادنا).
      return (
        token.norm.startsWith('ال') ||
        this.isPossessed(k) ||
        withOurs(token.norm) ||
        (k === open + 2 && PLACE_SET.has(token.norm))
      );
    };
    const second = this.tokens[open + 2] as Token;
    const between =
      second.type === 'word' &&
      !hasArticle(second.norm) &&
      !STOP_SET.has(second.norm) &&
      !PREPOSITIONS.has(second.norm) &&
      this.verbAt(open + 2) === undefined &&
      !FUTURE_VERB.test(second.norm);
    const genitive = possessed
      ? open + 1
      : definiteAt(open + 2)
        ? open + 2
        : between && definiteAt(open + 3)
          ? open + 3
          : -1;
    if (genitive < 0) return false;
    for (let k = genitive + 1; k < close && k - open <= MAX_CONSTRUCT_WORDS; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') continue;
      // A second predicate joined by و (دعم المملكة لمصر ثابت ولن يتغير): the phrase before it was a
      // sentence, wherever it stands; a bare clause opener after an indefinite word may describe it.
      if (CONJOINED_OPENERS.has(token.norm)) return false;
      const before = this.tokens[k - 1] as Token;
      if (before.type !== 'word' || RELATIVES.has(before.norm)) continue;
      // A place's name is definite without the article (لمصر, مع تركيا): no adjective follows it; but
      // a pair of accusatives may (مع لبنان حكومة وشعبا).
      const next = this.tokens[k + 1];
      if (next?.type === 'word' && next.norm.startsWith('و') && next.norm.endsWith('ا')) continue;
      const definite =
        hasArticle(before.norm) ||
        this.isPossessed(k - 1) ||
        withOurs(before.norm) ||
        (possessed && k === open + 2) ||
        stripToSet(before.norm, PLACE_SET) !== undefined;
      if (!definite) continue;
      // A clause opener or a future verb there is the predicate (دعم المملكة لن يتوقف); after a
      // preposition or a quantifier ما is relative (في كل ما تتخذه).
      if (CLAUSE_OPENER_SET.has(token.norm) || FUTURE_VERB.test(token.norm)) return false;
      // After a definite word: another definite (a genitive, an adjective), a preposition, an adverb of
      // place (خلف, أمام) or حتى, a quantifier (كافة), a phrase with ب, ل or و before it, or an adverb in
      // the accusative; anything else is a predicate.
      if (
        !hasArticle(token.norm) &&
        !PREPOSITIONS.has(token.norm) &&
        !DESCRIBING_OPENERS.has(token.norm) &&
        !PLACE_ADVERB_SET.has(token.norm) &&
        token.norm !== 'حتي' &&
        token.norm !== 'حتى' &&
        !this.joinedPhrase(k) &&
        !token.norm.endsWith('ا')
      )
        return false;
    }
    return true;
  }

  /**
   * The word at `k`, after a definite word in a quoted noun phrase, opens a phrase with ب, ل or و and
   * not a predicate: ب or ل with anything but a participle's shape (لأي تدخل, بالحل, لتقديم; not
   * لافت, لازم), و with the article, a pronoun, or a definite genitive after it (والإمارات,
   * ومساندتها, وتعزيز التعاون; not واضح للجميع, وفير, واجب).
   */
  private joinedPhrase(k: number): boolean {
    const norm = (this.tokens[k] as Token).norm;
    const next = this.tokens[k + 1];
    const definiteNext = next?.type === 'word' && next.norm.startsWith('ال');
    if (norm.startsWith('و')) return norm.slice(1).startsWith('ال') || this.isPossessed(k) || definiteNext;
    if (!/^[بل]/u.test(norm)) return false;
    // فاعل after ب or ل read as a preposition (لافت, لازمة, باق): a predicate unless a genitive follows.
    // Its alif is written bare; folding makes بأمن, لأجل look the same.
    const token = this.tokens[k] as Token;
    const written = this.text.slice(token.from, token.to).replace(MARKS_IN_WORD, '');
    const participle = written[1] === 'ا' && (norm.length === 4 || (norm.length === 5 && norm.endsWith('ه')));
    return !(participle && !definiteNext);
  }

  /**
   * From `from` to the closing mark, within MAX_NAME_WORDS words, a clause opener (لم, لن, قد) or a
   * future verb: the opening noun phrase has its predicate, a sentence said (أعلن المتحدث «موعده لم يحدد
   * بعد», توقع الخبير «ظروف السوق ستتحسن»), no object in the narrator's grammar.
   */
  private predicateInside(from: number): boolean {
    for (let i = from; i < this.tokens.length && i - from < MAX_NAME_WORDS; i++) {
      const token = this.tokens[i] as Token;
      if (token.type !== 'word') return false;
      if (CLAUSE_OPENER_SET.has(token.norm) || FUTURE_VERB.test(token.norm)) return true;
    }
    return false;
  }

  /**
   * The cue is a finite verb with no conjunction inside the complement of a complementiser a few words
   * back (إن الولايات المتحدة تتابع, أن الموقوفين اعترفوا): nothing but the words of the complement's
   * subject between, no punctuation. Bounded by MAX_PREDICATE_SUBJECT_WORDS.
   */
  private insideComplement(cue: Cue): boolean {
    if (cue.match.tense === 'participle' || cue.match.clitic !== '') return false;
    for (let k = cue.index - 1; k >= 0 && cue.index - k <= MAX_PREDICATE_SUBJECT_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return false;
      if (COMPLEMENTISER_SET.has(token.norm)) return k < cue.index - 1;
    }
    return false;
  }

  /**
   * Between the cue and the quote at `open`, words of the cue's own (its object: not a hearer after ل,
   * a time or a preposition) and then a comma right before the mark: the cue's clause closed before
   * the quote.
   */
  private objectClosedBefore(cue: Cue, open: number): boolean {
    // قال takes no object but the words (أن الوزير قال أمس، «…»), nor does a verb before a time or a
    // place (أكد في كلمته، «…»).
    if (cue.match.cls === 'say' || !isComma(this.tokens[open - 1])) return false;
    const object = this.tokens[cue.index + 1];
    if (
      object?.type !== 'word' ||
      object.norm.startsWith('ل') ||
      HEARER_PRONOUNS.has(object.norm) ||
      TIME_SET.has(object.norm) ||
      PREPOSITIONS.has(object.norm)
    )
      return false;
    for (let k = cue.index + 1; k < open - 1; k++)
      if ((this.tokens[k] as Token).type !== 'word') return false;
    return true;
  }

  /**
   * The cue follows a relative pronoun (التي وعدت بها, الذي أعلنه) whose noun is the subject of a
   * complementiser a few words back (إن الإصلاحات التي وعدت …): the verb describes that noun; the
   * quote after is the clause's predicate, reported, not the verb's utterance. Bounded by
   * MAX_PREDICATE_SUBJECT_WORDS.
   */
  private relativeInClause(cue: Cue): boolean {
    let at = cue.index - 1;
    if (this.tokens[at]?.type === 'word' && QAD_FORMS.has((this.tokens[at] as Token).norm)) at--;
    const relative = this.tokens[at];
    if (relative?.type !== 'word' || !RELATIVES.has(relative.norm)) return false;
    // إن الوزير الذي قال «…»: the mark right after the verb opens its object, the words the noun said.
    if (this.tokens[cue.index + 1]?.type === 'mark') return false;
    for (let k = at - 1; k >= 0 && at - k <= MAX_PREDICATE_SUBJECT_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') return false;
      if (COMPLEMENTISER_SET.has(token.norm)) return k < at - 1;
    }
    return false;
  }

  /**
   * The sentence goes on after the quote with a word (وأعلنت الشرطة «اعتقال مشتبه به» في لندن): after a
   * verb that takes an object, the quote is that object, a fragment.
   */
  private sentenceGoesOn(open: number): boolean {
    const close = this.closeOf.get(open);
    return close !== undefined && this.tokens[close + 1]?.type === 'word';
  }

  /**
   * The cue is the verb of a complementiser's clause, its subject the complementiser's pronoun (قال
   * فلان إنه يتابع الفريق «…», قالت إنها تابعت … «…»): the quote ends the reported clause, a fragment.
   */
  private afterComplementiser(cue: Cue): boolean {
    // قال keeps its words whole inside a complement too (مضيفا أنه قال للمحققين «كنت أعرف …»).
    if (cue.match.cls === 'say') return false;
    // A particle of negation or future may stand between (إنه لم يتوقع, أنها لن تقبل).
    const particle = this.tokens[cue.index - 1];
    const skip = particle?.type === 'word' && VERB_PARTICLES.has(particle.norm) ? 1 : 0;
    const before = this.tokens[cue.index - 1 - skip];
    return (
      before?.type === 'word' && COMPLEMENTISER_SET.has(before.norm) && THAT_PRONOUN_END.test(before.norm)
    );
  }

  /**
   * The cue's own clause stands inside reported speech: its subject comes first, right after a
   * complementiser (وأفاد بيكيه أن الدول أبدت «…», أن بلينكن أكد للبرهان «…»), so what it says is
   * reported, not quoted whole.
   */
  private embedded(cue: Cue): boolean {
    if (!cue.subject || cue.subject.last >= cue.index) return false;
    const before = this.tokens[cue.subject.first - 1];
    return before?.type === 'word' && COMPLEMENTISER_SET.has(before.norm);
  }

  /**
   * True when the subject is a definite place that speaks for nothing (PLACE_SUBJECTS), alone or with
   * its adjectives (المنطقة الشرقية, المدينة المنورة), two at most.
   */
  private placeAlone(subject: Subject): boolean {
    const word = this.tokens[subject.first];
    if (
      subject.last - subject.first > 2 ||
      word?.type !== 'word' ||
      !hasArticle(word.norm) ||
      !PLACE_SUBJECT_SET.has(withoutArticle(word.norm))
    )
      return false;
    for (let k = subject.first + 1; k <= subject.last; k++) {
      const adjective = this.tokens[k] as Token;
      if (adjective.type !== 'word' || !hasArticle(adjective.norm)) return false;
      if (!isNisba(adjective.norm) && !isParticiple(adjective.norm)) return false;
    }
    return true;
  }

  /**
   * A verb of relaying with no source (عن) and nothing said right after the one word read after it, a
   * thing with its owner's pronoun (نقل مصنعه إلى بولندا): it carries things, not words, and that noun is
   * its object. Not a subject before the verb (وكانت الوزارة قد نقلت مسؤولية …: the ministry did it),
   * nor an outlet or a body after it (نقلت الوكالة خبرا: it relays news).
   */
  private movesThings(cue: Cue): boolean {
    const subject = cue.subject;
    if (
      cue.match.cls !== 'relay' ||
      cue.teller !== null ||
      subject === null ||
      subject.first <= cue.index ||
      subject.organisation ||
      subject.title.length > 0 ||
      subject.name.length !== 1 ||
      this.saidRightAfter(cue.end)
    )
      return false;
    // …one word with a possessive pronoun, as written (مصنعه, not a ة): a thing owned, no one relaying.
    const word = this.tokens[subject.first] as Token;
    return POSSESSIVE_SUFFIX.test(this.text.slice(word.from, word.to).replace(HARAKAT_TATWEEL, ''));
  }

  /**
   * The word at `at` is ب and a verbal noun (بتسليم, بتشكيل, بإصدار), or ب and a noun news gives as a
   * verb of praise's object (بجهود, بدور; STANCE_OBJECT_NOUNS) that is no given name (بدور is one): a
   * verb's complement, whoever is named after it in construct (وأشادت بجهود الخبير فلان) its genitive.
   */
  private verbalNounWithBa(at: number): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || !token.norm.startsWith('ب')) return false;
    const noun = token.norm.slice(1);
    return DERIVED_VERBAL_NOUN.test(noun) || (STANCE_OBJECT_NOUN_SET.has(noun) && !isGivenName(token.norm));
  }

  /**
   * A cue reported inside someone else's words (reportedInside) whose object is the quote opening at
   * `open`, right after the verb, and whose verb in its sense of saying only goes on (GOING_ON: أضاف,
   * تابع), never with a noun for object: with one it is an act (أن اللجنة أضافت «فعاليات …»: added
   * events), the quote the reporter's words for it; so for a verb that also names an act done to a
   * thing (ACT_OBJECT_LEMMAS: أن الهيئة نشرت «فرقا …», deployed). A verb of saying with its object (أن الوزير أكد
   * «ضرورة …», أن المنظمة طلبت «…») relays the subject's own words, and keeps them.
   */
  private objectInsideReport(cue: Cue, open: number): boolean {
    return (
      cue.index + 1 === open &&
      (cue.match.goesOn || ACT_OBJECT_LEMMAS.has(cue.match.lemma)) &&
      this.reportedInside(cue)
    );
  }

  /**
   * The cue's clause is reported inside someone else's words: its subject stands right after a
   * complementiser that is no connective of contrast (وأوضحت أن المنظمة طلبت …, not غير أن الوزير رد).
   * Its subject is named in passing and does not take the floor by it.
   */
  private reportedInside(cue: Cue): boolean {
    if (!this.embedded(cue)) return false;
    const before = this.tokens[(cue.subject as Subject).first - 2];
    // يذكر أن …, يشار إلى أن …: the narrator's frame of background, the clause after it the sentence's own.
    const frame = before?.norm === 'الى' ? this.tokens[(cue.subject as Subject).first - 3] : before;
    if (frame?.type === 'word' && NOTE_FRAME_SET.has(frame.norm)) return false;
    return before?.type !== 'word' || !CONTRAST_THAT_SET.has(before.norm);
  }

  /**
   * Where a dignitary's title at `at` stands in its sentence: `aside` when a companion word a few words
   * before it brings it in (يرافقه مدير عام الدفاع المدني, بحضور وكيل الإمارة, نيابة عن صاحب السمو);
   * `subject` right after the verb that opens its sentence or clause (تفقد وكيل الإمارة, ، دشن سعادة
   * المحافظ); else `other` (a guest named after the host: استقبل … في مكتبه سعادة المدير). Given `later`
   * (a dignitary named after it), `subject` only when no sentence ends between the two.
   */
  private dignitaryPlace(at: number, later?: number): 'aside' | 'subject' | 'other' {
    for (let k = at - 1; k >= 0 && k >= at - MAX_COMPANION_GAP; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word') break;
      if (COMPANION_SET.has(token.norm)) return 'aside';
    }
    const opener = this.tokens[at - 2];
    if (this.tokens[at - 1]?.type !== 'word' || (opener !== undefined && opener.type === 'word'))
      return 'other';
    if (later === undefined) return 'subject';
    if (later - at > MAX_DIGNITARY_SPAN) return 'other';
    for (let k = at + 1; k < later; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) return 'other';
    }
    return 'subject';
  }

  /** What was said opens at a word: a colon, a quote mark, or أن/إن, bare or with a pronoun. */
  private saidRightAfter(at: number): boolean {
    const token = this.tokens[at];
    if (token === undefined) return false;
    if (token.type === 'mark' || token.norm === ':') return true;
    return (
      token.type === 'word' && (COMPLEMENTISER_SET.has(token.norm) || THAT_WITH_PRONOUN.test(token.norm))
    );
  }

  /**
   * The noun after a verb right after a relative is the verb's object (فلان، الذي أبلغ قائد الطائرة
   * بالعطل، …; الذي ينقل الطلاب من القرى): the verb agrees with the relative (الذي a masculine verb,
   * التي a feminine one, الذين a plural), and no pronoun after the noun points back to the antecedent
   * as the one spoken of or in (الذي قال الوزير عنه, الذي دعا الوزير خلاله), which would make the noun
   * the verb's own subject.
   */
  private objectInRelative(verb: number, match: CueMatch, object: Subject): boolean {
    const relative = (this.tokens[verb - 1] as Token).norm;
    const agrees = relative === 'الذين' ? 'pl' : relative === 'التي' ? 'f' : 'm';
    if (match.agreement !== agrees) return false;
    // …as a preposition or an adverb with the pronoun (فيه, عنه, خلاله, بعدها), after the noun or read
    // into it.
    for (let k = object.first + 1; k <= object.last + 1; k++) {
      const word = this.tokens[k];
      if (word?.type !== 'word') break;
      const stem = word.norm.replace(PRONOUN_SUFFIX, '');
      if (
        PREPOSITIONAL_PRONOUN.test(word.norm) ||
        IN_IT.has(word.norm) ||
        isTimeWithPronoun(word.norm) ||
        (stem !== word.norm && STOP_SET.has(stem))
      )
        return false;
    }
    return true;
  }

  /**
   * A verb right after a relative whose subject is a thing its antecedent owns (فلان، الذي علقت شاحنته
   * على الحدود، …: the truck got stuck, no one commented; الذي نقل عشرات الجرحى): a count, or a noun
   * with a possessive pronoun, written with ه, that is no kin, title, body, outlet or document (الذي
   * قالت زوجته, التي ذكر بيانها speak); not a verb with the antecedent as its object (الذي وصفه بأنه).
   */
  private possessedThingAfterRelative(index: number): boolean {
    if (!RELATIVES.has(this.tokens[index - 1]?.norm ?? '')) return false;
    // A verb with the relative's pronoun on it (الذي وصفه بأنه) has the antecedent for object.
    if (OBJECT_PRONOUN_END.test((this.tokens[index] as Token).norm)) return false;
    const next = this.tokens[index + 1];
    // (a stop word, or an adverb of time with the pronoun of the occasion, الذي قال خلالها إنه: no thing owned)
    if (next?.type !== 'word' || hasArticle(next.norm) || STOP_SET.has(next.norm) || DURING_IT.has(next.norm))
      return false;
    // …or a count of things or people it acted on (الذي نقل عشرات الجرحى): no one is quoted.
    if (COUNT_NOUN_SET.has(next.norm)) return true;
    if (stripToSet(next.norm, COMPLEMENTISER_SET) !== undefined || THAT_WITH_PRONOUN.test(next.norm))
      return false;
    const raw = this.text.slice(next.from, next.to).replace(HARAKAT_TATWEEL, '');
    const suffix = POSSESSIVE_SUFFIX.exec(raw)?.[0];
    if (suffix === undefined || HONORIFIC_PRONOUNS.has(next.norm)) return false;
    const stem = next.norm.slice(0, next.norm.length - suffix.length);
    if (stem.length < 3) return false;
    const noun = stem.endsWith('ت') ? `${stem.slice(0, -1)}ه` : stem;
    return ![stem, noun].some(
      (w) =>
        KIN_SET.has(w) ||
        TITLE_SET.has(w) ||
        ORGANISATION_SET.has(w) ||
        DOCUMENT_SET.has(w) ||
        OWNED_NOUN_SET.has(w) ||
        MEDIA_SET.has(w),
    );
  }

  /** A court or a prosecutor's office by the first word of its canonical name (المحكمة, محكمة). */
  private isCourt(entity: Entity): boolean {
    const head = fold(this.entities.canonical(entity).split(' ')[0] ?? '');
    return entity.organisation && COURT_HEAD_SET.has(head);
  }

  /**
   * The first quote mark at or after token `from` within its paragraph (a short scan: the cue phrase), or
   * undefined: where the quote a cue introduces opens.
   */
  private nextMarkAt(from: number): number | undefined {
    for (let k = from; k < this.tokens.length; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'mark') return k;
      if (token.type === 'break') return undefined;
    }
    return undefined;
  }

  /**
   * The entity a relative pronoun at `rel` (الذي, التي) stands for when a verb of saying follows it with
   * no subject: a body, a titled or a named speaker whose phrase ends right before it (its quoted name
   * too: وكالة «سانا» التي قالت), of the relative's gender; null when none.
   */
  private relativeAntecedent(rel: number, agreement: Agreement): Entity | null {
    const relative = this.tokens[rel]?.norm;
    if (relative !== (agreement === 'f' ? 'التي' : 'الذي')) return null;
    let found: Subject | null = null;
    for (let k = rel - 1; k >= 0 && rel - k <= MAX_ANTECEDENT_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm) || isComma(token) || token.norm === ':')
        break;
      if (token.type !== 'word') continue;
      const subject = this.subjectAt(k);
      if (
        subject &&
        subject.first === k &&
        subject.last >= rel - 2 &&
        subject.last < rel &&
        this.speakerSubject(subject)
      )
        found = subject;
    }
    if (!found) return null;
    // A verb's subject and its object read as one chain of titles (وهاجم النائب الوزير الذي قال, استقبل
    // الملك رئيس الوزراء الذي قال): the relative's antecedent is the object, from its own title on.
    const glued = found.title.findIndex((k, n) => {
      const prev = (this.tokens[found?.title[n - 1] ?? -1] as Token | undefined)?.norm ?? '';
      return n > 0 && isTitleHead((this.tokens[k] as Token).norm) && hasArticle(prev) && isTitleHead(prev);
    });
    if (glued > 0) {
      const object = this.subjectAt(found.title[glued] as number);
      if (!object || !this.speakerSubject(object)) return null;
      found = object;
    }
    const entity = this.resolveSubject(found)?.entity;
    return entity && (entity.agreements.size === 0 || entity.agreements.has(agreement) || entity.organisation)
      ? entity
      : null;
  }

  private speakerOf(cue: Cue): Attribution['speaker'] {
    if (cue.entity) return { entity: cue.entity, mention: cue.mention, resolution: 'explicit' };
    const paragraph = this.paragraphOf(this.tokens[cue.index] as Token);
    const agreement = cue.issued ? null : cue.match.agreement;
    // وأكد سموه: the one last seen with a title the honorific goes with (الأمير, الشيخ), if any.
    // المصدر ذاته: the last speaker given that title, of the noun's gender.
    const heads = cue.honorific
      ? honouredTitles(cue.honorific)
      : cue.sameAs
        ? new Set([cue.sameAs.slice(2)])
        : undefined;
    const gender: Agreement = (cue.honorific ?? cue.sameAs ?? '').endsWith(cue.honorific ? 'ها' : 'ه')
      ? 'f'
      : 'm';
    const honoured = heads
      ? this.entities.lastWithTitle(heads, paragraph, gender, cue.sameAs !== null, (at, later) =>
          this.dignitaryPlace(at, later),
        )
      : null;
    // Named by the honorific, the one it stands for has the floor from here on.
    if (honoured) {
      this.entities.touch(honoured, agreement);
      return { entity: honoured, mention: this.entities.canonical(honoured), resolution: 'continuation' };
    }
    // وبحسب وكالة «سانا» التي قالت:, وكانت الوزارة التي قالت …: the relative's antecedent, right before it.
    const ofRelative =
      agreement && agreement !== 'pl' ? this.relativeAntecedent(cue.index - 1, agreement) : null;
    if (ofRelative)
      return { entity: ofRelative, mention: this.entities.canonical(ofRelative), resolution: 'continuation' };
    // والتقت «واس» المزارع فلان، الذي …، وقال: the one a paper's reporter met speaks in the sentence.
    const ofMeeting = agreement && agreement !== 'pl' ? this.metByReporter(cue.index, agreement) : null;
    // …، لكن أحد السكان اعترض …، وقال: one of a group after a word of contrast, before the sentence's speaker.
    const ofContrast =
      !ofMeeting &&
      agreement &&
      agreement !== 'pl' &&
      (isComma(this.tokens[cue.index - 1]) || this.linkedByClauseOpener(cue.index, cue.match))
        ? this.oneOfAfterContrast(cue.index, agreement)
        : null;
    // أما فلانة، وهي …، فترى …، وتقول: the person the sentence is about, before whoever spoke before.
    const ofTopic =
      !ofMeeting &&
      !ofContrast &&
      agreement &&
      agreement !== 'pl' &&
      this.droppedInSentence(cue.index, cue.match)
        ? this.topicOfSentence(cue.index, agreement)
        : null;
    const ofSentence =
      !ofMeeting &&
      !ofContrast &&
      !ofTopic &&
      (cue.match.tense === 'participle' || this.coordinatedInSentence(cue)) &&
      agreement &&
      agreement !== 'pl'
        ? this.subjectOfSentence(cue.index, agreement, cue.match.tense !== 'participle')
        : null;
    // …، وقال after a clause with its own subject: that subject, before whoever held the floor.
    const ofClause =
      !ofTopic && !ofSentence && !ofContrast && this.afterClauseComma(cue) && agreement && agreement !== 'pl'
        ? this.firstVerbSubject(cue.index, agreement)
        : null;
    // وقال opening the sentence after one that opens its paragraph by bringing someone in: that person.
    const ofNarration =
      !ofTopic && !ofContrast && !ofSentence && !ofClause && agreement && agreement !== 'pl'
        ? this.broughtInBefore(cue, agreement)
        : null;
    // وقالوا: after استقبل الأمير فلان عددا من أهالي المحافظة …, no plural has spoken: the people the
    // narration brought in, not the one who received them.
    const ofGroup =
      agreement === 'pl' && !this.entities.pluralSpeaker() ? this.peopleBefore(cue.index) : null;
    const continued =
      ofMeeting ??
      ofContrast ??
      ofTopic ??
      ofSentence ??
      ofClause ??
      ofNarration ??
      ofGroup ??
      this.entities.continuing(agreement, paragraph, this.nextMarkAt(cue.index)) ??
      (this.coordinatedInSentence(cue) && agreement && agreement !== 'pl'
        ? this.definiteSubjectOfClause(cue.index, agreement)
        : null) ??
      this.reporterBefore(cue, agreement);
    // المسؤولة نفسها with no one so titled: not a speaker of the other gender. A dual (وأكدا) goes on
    // only from a pair or a group (الشقيقان, فلان وفلان), never from one person.
    // …and a ruling no court named (وجاء في الحكم) is no lawyer's or defendant's who spoke before.
    const entity =
      (cue.sameAs && continued && continued.agreements.size > 0 && !continued.agreements.has(gender)) ||
      (cue.match.dual && continued && !speaksAsPair(continued)) ||
      (cue.ruling && continued && !this.isCourt(continued))
        ? null
        : continued;
    // A person taken up from the narration (no speaker agreed) now has the floor.
    if (
      entity &&
      ((this.entities.floor && !this.entities.hasSpoken(entity)) ||
        entity === ofMeeting ||
        entity === ofTopic ||
        entity === ofClause ||
        entity === ofNarration ||
        entity === ofGroup ||
        // …and so does the subject of a participle's sentence (لكن فلان شكك في …، قائلا إن «…»، ومضيفا).
        entity === ofSentence)
    )
      this.entities.touch(entity, agreement);
    // The issuer speaks again through its document (وأضاف البيان).
    else if (entity && cue.issued) this.entities.touch(entity, null, true);
    return entity ? { entity, mention: this.entities.canonical(entity), resolution: 'continuation' } : null;
  }

  /** True when the word at `k` is a verbal noun that heads a verb's object (توقيف, التزامها, العثور). */
  private opensObjectNoun(k: number): boolean {
    const norm = this.tokens[k]?.norm ?? '';
    const stem = norm.replace(/^ال/u, '').replace(/(?:ه|ها|هم)$/u, '');
    return (
      OBJECT_VERBAL_NOUN_SET.has(norm) ||
      DERIVED_VERBAL_NOUN.test(norm) ||
      DEFINITE_DERIVED_VERBAL_NOUN.test(norm) ||
      DERIVED_VERBAL_NOUN.test(stem) ||
      OBJECT_VERBAL_NOUN_SET.has(stem)
    );
  }

  /**
   * With no one to go on from (no one has spoken, no one was named with a title and a name), the subject
   * of the last verb before the cue that reported with a noun for complement (أكدت وزارة الصحة أهمية
   * التطعيم. وأضافت: «…»), of the same agreement.
   */
  private reporterBefore(cue: Cue, agreement: Agreement | null): Entity | null {
    const entity = this.reporter;
    if (!entity || this.reportCue < 0 || this.reportCue >= cue.index) return null;
    // (not a document's words, وجاء في الإعلان: whose they are its issuer says)
    if (IMPERSONAL_CUES.has(cue.match.lemma) || cue.issued) return null;
    // …nor a subject read as a noun in the accusative (شاب نشر إعلانا مزيفا: the object)
    const subject = this.cueAt(this.reportCue)?.subject;
    if (subject && this.indefiniteAccusative(this.tokens[subject.first] as Token)) return null;
    // …nor one that ran on into the verb's object (أعلنت الشرطة توقيف المشتبه به: a verbal noun in it)
    if (subject && range(subject.first + 1, subject.last).some((k) => this.opensObjectNoun(k))) return null;
    // …and only for a verb of the reporter's own agreement (أكدت الوزارة … وقالت; not وذكر أن, ويعتقد أن:
    // masculine, perhaps the passive)
    if (agreement !== this.reporterAgreement) return null;
    this.entities.touch(entity, agreement);
    return entity;
  }

  /**
   * A past or present verb with و after a comma, inside a sentence (دفع المحامي، فلان، ببطلان …، وقال:
   * …; ويعمل مدير الشركة، فلان، في …، ويقول): it shares the subject of the clause before it, as a
   * participle does.
   */
  private coordinatedInSentence(cue: Cue): boolean {
    const before = this.tokens[cue.index - 1];
    // …or right after a word of that clause, with no comma (وقف الجارحي داخل القفص وقال: …).
    return (
      cue.match.tense !== 'participle' &&
      ((cue.match.clitic === 'و' && before !== undefined && (isComma(before) || before.type === 'word')) ||
        this.linkedByClauseOpener(cue.index, cue.match))
    );
  }

  /**
   * A verb with no clitic after إذ or حيث that opens a clause after a comma (ولم يخف فلان قلقه، إذ قال:;
   * انتقدت الهيئة الخطة، حيث أكدت أن): the clause explains the one before it, and its dropped subject is
   * that clause's, as after و.
   */
  private linkedByClauseOpener(at: number, match: CueMatch): boolean {
    if (match.clitic !== '' || match.tense === 'participle') return false;
    const before = this.tokens[at - 1]?.norm ?? '';
    // …and a present verb after وهو or وهي (وقال لـ«…» وهو يشير إلى الأرض:, فلم يتمالك دموعه وهو يقول:):
    // a clause of the state its subject was in, the pronoun that subject.
    if (match.tense === 'present' && STATE_PRONOUN_AGREEMENT.get(before) === match.agreement) return true;
    return CLAUSE_OPENERS.has(before) && isComma(this.tokens[at - 2]);
  }

  /**
   * A verb whose subject was dropped, after a comma that closes its sentence's first clause: coordinated
   * (…، وقال: / …، وكتب), or without و and with فيه back to the document the clause issued (أصدر
   * المركز تنبيها، قال فيه إن).
   */
  private afterClauseComma(cue: Cue): boolean {
    if (this.linkedByClauseOpener(cue.index, cue.match)) return true;
    if (cue.match.tense === 'participle' || !isComma(this.tokens[cue.index - 1])) return false;
    return (
      cue.match.clitic === 'و' ||
      (cue.match.clitic === '' && IN_IT.has(this.tokens[cue.index + 1]?.norm ?? ''))
    );
  }

  /**
   * The subject of the sentence's first verb, for a verb after its first clause whose subject was
   * dropped (ونعت النقابة الفنان، وقالت / وكانت الوزارة قد تلقت بلاغا، وقالت / وجه المحافظ بتشكيل
   * لجنة، وقال): a body or a title right after the verb that opens the sentence, after an opening
   * adverbial closed by a comma (وفي ختام الاجتماع، / من جهتها،), or a subject before its verb after a
   * word of contrast (لكن المتحدث …، فلان، نفى ذلك، وكتب), its head of the cue's gender. A person by a
   * title after the verb only as someone already known, by the title and its adjectives (what follows
   * may be the object: واستقبل الوزير السفير …), unless its reading ended at the object; not across
   * a full stop or a paragraph, nor past a quote of someone's speech in the sentence or earlier in the
   * paragraph (its speaker goes on); a quoted name (a mention) is passed over.
   */
  private firstVerbSubject(cue: number, agreement: Agreement): Entity | null {
    const start = this.sentenceStartBefore(cue);
    if (start === null) return null;
    // …unless the sentence opens with its subject after a word of contrast (لكن الحكومة رفضت …، وقالت),
    // or that speaker cannot go on with the cue's gender (وأصدرت المنظمة تقريرا، قالت فيه after a man).
    const contrastWords = this.contrastWordsAt(start);
    const contrasted = contrastWords > 0;
    if (!this.opensWithTurn(start, cue) && !contrasted && this.quotedEarlierInParagraph(start, agreement))
      return null;
    // An opening adverbial closed by a comma in the first words (وفي ختام الاجتماع، من جهتها،).
    // (غير أن الهيئة رفضت …، وقالت: أن stands where لكن does, before the subject.)
    let verb = contrastWords === 2 ? start + 1 : start;
    const first = this.tokens[start];
    if (first?.type === 'word' && (PREPOSITIONS.has(first.norm) || TURN_SET.has(first.norm)))
      for (let k = start + 1; k < cue && k <= start + MAX_PREVERBAL_WORDS; k++)
        if (isComma(this.tokens[k])) {
          verb = k + 1;
          break;
        }
    // وبعد أن رفعت الوزارة …، ودعت, وعقب أن …: a clause of time first, whose subject the main verb takes up.
    if (TIME_PREPOSITIONS.has(first?.norm ?? '') && this.tokens[start + 1]?.norm === 'ان' && start + 2 < cue)
      verb = start + 2;
    // ومن المقرر أن يمثل فلان …، وقال: an impersonal predicate and أن before the clause's own verb.
    if (KANA.has(this.tokens[verb]?.norm ?? '') && this.tokens[verb + 1]?.norm === 'من') verb++;
    if (
      (this.tokens[verb]?.norm ?? '').replace(/^و/u, '') === 'من' &&
      IMPERSONAL_PREDICATES.has(this.tokens[verb + 1]?.norm ?? '') &&
      this.tokens[verb + 2]?.norm === 'ان'
    )
      verb += 3;
    // ولم تخف الهيئة قلقها، وقالت: the verb after its negation opens the clause.
    if (this.negationAt(verb) && verb + 2 < cue) verb++;
    const opener = this.tokens[verb];
    if (opener?.type !== 'word' || verb + 1 >= cue) return null;
    if (SILENT_SUBJECT_VERBS.has(opener.norm.replace(/^[وف]/u, ''))) return null;
    const subject = this.subjectAt(verb + 1);
    if (!subject) return null;
    // A person by name alone right after the verb: someone already known by that name, or a name closed
    // by a comma before an aside (وأبدى ريد، الذي فقد الصدارة، خيبة أمله، وقال), no object run into it.
    const named =
      subject.title.length === 0 &&
      !subject.organisation &&
      subject.first === verb + 1 &&
      (this.entities.knowsNameWord((this.tokens[verb + 1] as Token).norm) ||
        (!hasArticle((this.tokens[verb + 1] as Token).norm) &&
          isComma(this.tokens[(subject.name.at(-1) as number) + 1])) ||
        // …or a new name that opens with a given name and ends before the verb's object (وانتقد فلان
        // الفلاني القرار، وقال; وانتقد فلان قرار الحكم، وقال): the name's reading left the object out.
        (isGivenName((this.tokens[verb + 1] as Token).norm) &&
          subject.name.length > 0 &&
          this.tokens[(subject.name.at(-1) as number) + 1]?.type === 'word'));
    if (named) {
      const bare = opener.norm.replace(/^[وف]/u, '');
      if ((bare.startsWith('ت') || bare.endsWith('ت') ? 'f' : 'm') !== agreement) return null;
      // A known name ends at its last known word: what follows may be the object (يلتقي كروس قادة الأحزاب).
      const known = subject.name.findIndex(
        (k) => !this.entities.knowsNameWord((this.tokens[k] as Token).norm),
      );
      const own =
        known > 0
          ? {
              ...subject,
              name: subject.name.slice(0, known),
              last: subject.name[known - 1] as number,
              closed: true,
            }
          : subject;
      const entity = this.resolveSubject(this.nameBeforeObject(own))?.entity;
      if (!entity || entity.organisation) return null;
      return entity.agreements.size === 0 || entity.agreements.has(agreement) ? entity : null;
    }
    if (subject.title.length === 0 && !subject.organisation) return null;
    const head = (this.tokens[subject.first] as Token).norm;
    if ((head.endsWith('ه') ? 'f' : 'm') !== agreement) return null;
    const contrast = contrasted && verb === start + contrastWords - 1;
    const known = this.entities.list.length;
    let own = subject.organisation ? this.bodyBeforeObject(subject) : subject;
    // A title and its name in apposition between commas (وحصل مرشح حزب «…» الحاكم، فلان، على …):
    // the commas close the name, no object ran into it, and the two are one person.
    const apposed = this.apposedName(subject);
    // After a word of contrast the subject stands before its verb (لكن الخبير فلان انتقد …، وقال): the
    // verb closes the name, no object ran into it.
    if (contrast && !subject.organisation && subject.name.length > 0) own = { ...subject, closed: true };
    if (!subject.organisation && !contrast && !apposed) {
      // The title and its adjectives of origin (المحافظ, الوزير السعودي): a name or a noun after them
      // may be the verb's object.
      // A head without the article keeps its genitive chain to the first definite word (وزير التعليم,
      // رئيس هيئة الثقافة): the office, before its adjectives.
      let chain = 0;
      while (
        chain < subject.title.length - 1 &&
        !hasArticle((this.tokens[subject.title[chain] as number] as Token).norm)
      )
        chain++;
      const cut = subject.title.findIndex((k, i) => i > chain && !isNisba((this.tokens[k] as Token).norm));
      const title = cut < 0 ? subject.title : subject.title.slice(0, cut);
      own = { ...subject, last: title.at(-1) as number, title, name: [] };
    }
    const entity = this.resolveSubject(own, !contrast)?.entity;
    // …or a new one when the title's own reading ended it before the verb's object (حث الأمين العام
    // الطرفين, استقبل الوزير السفير البريطاني): the object is known not to be the subject.
    const beforeObject =
      subject.closed && subject.name.length === 0 && this.tokens[subject.last + 1]?.type === 'word';
    if (!entity || (!subject.organisation && !contrast && !beforeObject && !apposed && entity.id >= known))
      return null;
    return entity.agreements.size === 0 || entity.agreements.has(agreement) ? entity : null;
  }

  /**
   * One of a group opening the clause of the cue after a word of contrast, bare or with أن, and doing
   * something first (غير أن أحد سكان الحي شكك في ذلك، وقال; …، لكن إحدى المراجعات اشتكت …، وقالت): a new
   * speaker, whoever was quoted before in the sentence; أحد with a masculine cue, إحدى with a feminine one.
   * Looks back to the nearest word of contrast, not past a mark, a full stop or a paragraph.
   */
  private oneOfAfterContrast(cue: number, agreement: Agreement): Entity | null {
    for (let k = cue - 1; k >= 0 && cue - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || SENTENCE_ENDS.has(token.norm)) {
        if (isComma(token)) continue;
        return null;
      }
      if (!this.isContrastAt(k)) continue;
      const at = k + 1;
      const described = oneOfBeforeVerb(this.tokens, at);
      if (!described || described.last + 1 >= cue) return null;
      const gender = (this.tokens[at] as Token).norm === 'احد' ? 'm' : 'f';
      return gender === agreement ? (this.resolveSubject(described)?.entity ?? null) : null;
    }
    return null;
  }

  /**
   * A person's title with the name in apposition after it, between commas (، فلان،). Not when a second
   * title head without the article stands inside the title (واستقبل الوزير محافظ أسيوط، فلان،): that is
   * the verb's object, and the name is the object's; a definite one is an adjective (مرشح حزب … الحاكم).
   */
  private apposedName(subject: Subject): boolean {
    const [first] = subject.name;
    return (
      first !== undefined &&
      subject.title.length > 0 &&
      !subject.organisation &&
      subject.title.every((k, i) => {
        const norm = (this.tokens[k] as Token).norm;
        return i === 0 || hasArticle(norm) || !TITLE_SET.has(norm);
      }) &&
      isComma(this.tokens[first - 1]) &&
      isComma(this.tokens[subject.last + 1])
    );
  }

  /**
   * A title at `at` with a name of two words or more after it and the verb's object after the name
   * (الأمير عبدالمجيد بن تركي الشكر): the verb's subject, not its object. Not when nothing but a
   * comma, a time or a preposition follows (وتوفي الأمير فلان أمس، وزار الرئيس فلان المصانع، where
   * the name read took the object in), nor when the title holds a name already known (وكرم الوزير
   * الفالح الأمير فلان: the title read runs from the subject into the object's).
   */
  private namedInFull(at: number): boolean {
    const subject = this.subjectAt(at);
    if (subject === null || subject.title.length === 0 || subject.name.length < 2) return false;
    const next = this.tokens[(subject.name.at(-1) as number) + 1];
    // The name between commas after its title (وخرج المرشح المتصدر، فلان، إلى أنصاره) is the
    // subject in apposition; otherwise the verb's object must follow the name (واستقبل الوزير فلان
    // الوفد), or the name may be the object itself (توفي الأمير فلان أمس).
    const apposed = isComma(next) && isComma(this.tokens[(subject.title.at(-1) as number) + 1]);
    if (!apposed && (next?.type !== 'word' || STOP_SET.has(next.norm) || PREPOSITIONS.has(next.norm)))
      return false;
    return !subject.title.some(
      (k, n) => n > 0 && this.entities.knowsNameWord((this.tokens[k] as Token).norm),
    );
  }

  /**
   * True when the turn marker at `at` opens its sentence, alone or after من (بدوره, من جانبه, ومن
   * جهتها): a new speaker's phrase may follow it.
   */
  private opensTurnPhrase(at: number): boolean {
    if (!TURN_SET.has(this.tokens[at]?.norm ?? '')) return false;
    const before = this.tokens[at - 1];
    const head = before?.type === 'word' && /^[وف]?من$/u.test(before.norm) ? at - 2 : at - 1;
    const opener = this.tokens[head];
    return opener === undefined || opener.type === 'break' || SENTENCE_ENDS.has(opener.norm);
  }

  /** The sentence from `start` opens with a turn marker before a comma: في المقابل، / من جهته، / بدوره،. */
  private opensWithTurn(start: number, end: number): boolean {
    for (let k = start; k < end && k < start + 3; k++) {
      const norm = (this.tokens[k] as Token).norm;
      if (TURN_SET.has(norm) || norm === 'المقابل' || norm === 'بالمقابل') return isComma(this.tokens[k + 1]);
    }
    return false;
  }

  /** A dot between two words with no space either side, inside a site's name (العربية.نت): no full stop. */
  private dotInName(at: number): boolean {
    const [before, dot, after] = [this.tokens[at - 1], this.tokens[at] as Token, this.tokens[at + 1]];
    return (
      dot.norm === '.' &&
      before?.type === 'word' &&
      after?.type === 'word' &&
      !dot.spaceBefore &&
      !after.spaceBefore
    );
  }

  /**
   * The dot of a title written as one letter before a name (وأوضح د. فلان أن, وأكد م.فلان, أ.د. فلان):
   * the letter stands alone (after a space or the dot of أ.), not after a number (عام 2015 م.), and a
   * word follows in the same paragraph that opens no new clause: no cue, no complementiser, no word
   * behind و or ف unless it is a given name (وليد). Then the dot ends no sentence.
   */
  private titleDot(at: number): boolean {
    const [before, dot, after] = [this.tokens[at - 1], this.tokens[at] as Token, this.tokens[at + 1]];
    if (dot.norm !== '.' || before?.type !== 'word' || !ABBREVIATED_TITLE_SET.has(before.norm)) return false;
    const ahead = this.tokens[at - 2];
    const alone = before.spaceBefore || ahead === undefined || (ahead.norm === '.' && !before.spaceBefore);
    if (!alone || (ahead !== undefined && /[0-9\u0660-\u0669\u06f0-\u06f9]/u.test(ahead.norm))) return false;
    if (after?.type !== 'word') return false;
    const norm = after.norm;
    if (ABBREVIATED_TITLE_SET.has(norm)) return true; // أ.د.
    return (
      lookupCue(norm) === undefined &&
      !COMPLEMENTISER_SET.has(norm) &&
      (!/^[وف]/u.test(norm) || GIVEN_NAME_SET.has(norm))
    );
  }

  /**
   * A quote with a speaker before `at` in the same paragraph (in a flat paragraph, the same
   * sentence), looked for over a bounded stretch; with `agreement`, a speaker who may go on with it.
   */
  private quotedEarlierInParagraph(at: number, agreement?: Agreement): boolean {
    const sentence = (this.tokens[at] as Token).sentence;
    const flat = this.inFlat(this.tokens[at] as Token);
    for (let k = at - 1; k >= 0 && at - k <= MAX_LOOKBACK_STEPS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || (flat && token.sentence < sentence)) return false;
      const span = this.spanByClose.get(k);
      const speaker = span === undefined ? undefined : this.results[span]?.speaker?.entity;
      if (speaker && this.results[span as number]?.kind !== 'mention')
        return !agreement || speaker.agreements.size === 0 || speaker.agreements.has(agreement);
    }
    return false;
  }

  /**
   * Where the sentence of a cue starts, looking back at most MAX_LOOKBACK_WORDS tokens to a paragraph
   * break or a sentence's end; null past a quote that is no mention (someone's speech: its speaker
   * goes on).
   */
  private sentenceStartBefore(cue: number): number | null {
    let start = cue;
    for (let k = cue - 1; k >= 0 && cue - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      if (token.type === 'mark') {
        const span = this.spanByClose.get(k) ?? this.spanByClose.get(this.closeOf.get(k) ?? -1);
        if (span === undefined || this.results[span]?.kind !== 'mention') return null;
      }
      start = k;
    }
    return start;
  }

  /**
   * A dropped-subject cue in a sentence that opens with a reporter's meeting (والتقت «واس» المزارع فلان،
   * الذي …، وقال; كما التقت «واس» بالسيدة فلانة، …، التي بينت أن; التقينا المعلمة فلانة …، وقالت): the person
   * met, named with a title of the cue's gender after the verb's subject, is who speaks. The subject is
   * the writer (التقينا), a quoted outlet, a reporter or a paper (مراسل «المدينة», صحيفة …) or an outlet
   * named without a head (بي بي سي); a person or a body meeting someone goes on speaking himself
   * (التقى الوزير نظيره …، وقال). Not past a quote of speech in the sentence (its speaker goes on).
   */
  private metByReporter(cue: number, agreement: Agreement): Entity | null {
    const start = this.sentenceStartBefore(cue);
    if (start === null) return null;
    const first = this.tokens[start];
    const verb = first?.type === 'word' && AS_ALSO.test(first.norm) ? start + 1 : start;
    const opener = this.tokens[verb];
    if (opener?.type !== 'word') return null;
    const bare = MEETING_VERB_SET.has(opener.norm) ? opener.norm : opener.norm.replace(/^[وف]/u, '');
    if (!MEETING_VERB_SET.has(bare)) return null;
    // The writer met them (التقينا, التقيت): the object stands right after the verb.
    const writer = WRITER_ENDING.test(bare);
    const subject = this.tokens[verb + 1];
    if (subject === undefined) return null;
    const head = subject.norm.replace(/^ال/u, '');
    // …unnamed: a writer named after his head is a person meeting someone (التقى الكاتب فلان بـ…); a
    // team, only the paper's, its outlet after it (فريق «سبق», فريق الصحيفة), not a side (فريق الهلال).
    const after = this.tokens[verb + 2];
    const outletAfter = after?.type === 'mark' || MEDIA_SET.has(withoutArticle(after?.norm ?? ''));
    // (…after the head's genitive too: كاتبة الرواية فلانة)
    const nameWord = (token: Token | undefined) =>
      token?.type === 'word' && (isGivenName(token.norm) || this.entities.knowsNameWord(token.norm));
    const unnamed =
      !nameWord(after) &&
      !(after?.type === 'word' && hasArticle(after.norm) && nameWord(this.tokens[verb + 3]));
    const reporterHead =
      (MEETING_REPORTER_SET.has(head) || MEETING_REPORTER_SET.has(subject.norm)) &&
      unnamed &&
      (!MEETING_TEAM_SET.has(head) || outletAfter);
    const reporter =
      writer ||
      subject.type === 'mark' ||
      (subject.type === 'word' &&
        (reporterHead ||
          DOMAIN_SUFFIX_SET.has(this.tokens[verb + 2]?.norm ?? '') ||
          MEDIA_NAME_LIST.some((words) => words.every((w, i) => this.tokens[verb + 1 + i]?.norm === w))));
    if (!reporter) return null;
    const named = this.entities.namedBetween(verb + 1, cue, agreement, (at) => writer || at > verb + 1, true);
    if (named) return named;
    // …or one read where the object stands: right after the writer's verb, after the outlet's quoted
    // name, or with ب (بالسيدة فلانة, بالطبيب فلان), described by a noun of the cue's gender and named.
    for (let k = verb + 1; k < cue && k <= verb + MAX_SVO_WORDS; k++) {
      const token = this.tokens[k] as Token;
      // A quoted outlet's name is passed over whole: its words are no object.
      const close = token.type === 'mark' ? this.closeOf.get(k) : undefined;
      if (close !== undefined && close > k) k = close;
      if (token.type !== 'word') continue;
      const object =
        (writer && k === verb + 1) ||
        (k > verb + 1 && (this.tokens[k - 1]?.type === 'mark' || /^بال/u.test(token.norm)));
      if (!object) continue;
      const read = readSubject(this.tokens, k, this.closeOf, /^بال/u.test(token.norm), this.text);
      if (!read || read.organisation || read.name.length < 2 || read.title.length === 0) return null;
      const head = (this.tokens[read.title[0] as number] as Token).norm.replace(/^ب/u, '');
      if ((head.endsWith('ه') ? 'f' : 'm') !== agreement) return null;
      const entity = this.resolveSubject(read)?.entity;
      return entity && !entity.organisation ? entity : null;
    }
    return null;
  }

  /**
   * A cue whose subject was dropped inside its sentence, after the comma that closes a clause: a
   * participle (…، مضيفة:), a verb with و (…، وتقول:), or a verb after قبل أن/بعد أن or ثم (…، قبل أن
   * تضيف:, …، ثم تابع:). It goes on with that sentence's subject.
   */
  private droppedInSentence(at: number, match: CueMatch): boolean {
    const { clitic, tense } = match;
    if (tense === 'participle' || clitic === 'و') return isComma(this.tokens[at - 1]);
    if (clitic !== '') return false;
    if (this.linkedByClauseOpener(at, match)) return true;
    const before = this.tokens[at - 1]?.norm ?? '';
    if (before === 'ثم') return isComma(this.tokens[at - 2]);
    return (
      before === 'ان' && TIME_BEFORE_THAT.has(this.tokens[at - 2]?.norm ?? '') && isComma(this.tokens[at - 3])
    );
  }

  /**
   * The person a sentence is about, for a cue whose subject was dropped inside it (droppedInSentence):
   * a name opening the sentence, bare or after أما or a word of contrast (أما فلانة، وهي …، فترى …; لكن
   * فلان (45 عاماً) يعمل …; فلانة، التي …، تروي أن …), or right after the verb that opens it (وتروي فلانة،
   * وهي …، أن …; ولم يخف فلان قلقه), an aside between commas or in brackets stepped over, the clause's
   * verb of the cue's gender. The name opens with a given name or a kunya, perhaps after a kin word with
   * its pronoun (ابنته فلانة). A reader credits what the cue carries to that person, not to whoever was
   * quoted before; not past a quote of someone's speech with a speaker named for it in the sentence.
   */
  private topicOfSentence(cue: number, agreement: 'm' | 'f'): Entity | null {
    const subject = this.topicSubject(cue, agreement);
    if (!subject) return null;
    const entity = this.resolveSubject(subject)?.entity;
    if (!entity || entity.organisation) return null;
    return entity.agreements.size === 0 || entity.agreements.has(agreement) ? entity : null;
  }

  /**
   * The name that topicOfSentence reads, closed; null when there is none. With `itself`, the cue is the
   * clause's verb itself (أم حسين، وهي …، تلاحظ أن …): the name before it, past the aside.
   */
  private topicSubject(cue: number, agreement: 'm' | 'f', itself = false): Subject | null {
    let start = cue;
    for (let k = cue - 1; k >= 0 && cue - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      if (token.type === 'mark') {
        const span = this.spanByClose.get(k);
        if (span === undefined) return null;
        const said = this.results[span];
        if (said && said.kind !== 'mention' && said.speaker?.resolution === 'explicit') return null;
        k = (this.spans[span] as Span).open;
      }
      start = k;
    }
    let at = start;
    // من جهته، أبدى فلان تحفظه …، مؤكدا: a turn marker and its comma announce who takes the floor; the
    // clause opens after them.
    if (this.opensWithTurn(start, cue))
      for (let k = start + 1; k < cue && k <= start + 3; k++)
        if (isComma(this.tokens[k])) {
          at = k + 1;
          break;
        }
    const opener = this.tokens[at]?.norm ?? '';
    const topic = opener === 'اما' || opener === 'واما';
    if (topic) at++;
    else at += this.contrastWordsAt(at);
    const prefix = agreement === 'f' ? 'ت' : 'ي';
    // The clause's verb agrees with the cue: ت opens a woman's present and closes her past, ي a man's.
    const agrees = (verb: number, conjunction: boolean) => {
      const token = this.tokens[verb];
      if (token?.type !== 'word' || hasArticle(token.norm)) return false;
      let bare =
        conjunction && token.norm.length > 2 ? token.norm.replace(CONJUNCTION_START, '') : token.norm;
      if (VERB_NEGATION_SET.has(bare) || bare === 'قد') {
        const next = this.tokens[verb + 1];
        if (next?.type !== 'word') return false;
        bare = next.norm;
      }
      if (bare.length < 3 || isGivenName(bare) || (STOP_SET.has(bare) && !KANA.has(bare))) return false;
      const feminine = bare.startsWith('ت') || (bare.endsWith('ت') && !bare.startsWith('ي'));
      return (agreement === 'f') === feminine;
    };
    const person = (subject: Subject | null): Subject | null =>
      !subject || subject.organisation || subject.name.length === 0 ? null : { ...subject, closed: true };
    // The name first: the verb after it, past an aside.
    const named = this.personNameAt(at, (k) => this.predicateOpens(k, prefix, topic));
    if (named >= 0) {
      const read = this.subjectAt(named);
      if (!read || read.first !== named || read.title.length > 0) return null;
      // The name ends before its clause's verb, which the reading may have run into (منى سامي ترى, فلانة فلم).
      const cut = read.name.findIndex((k, n) => n > 0 && this.predicateOpens(k, prefix, topic));
      const name = cut > 0 ? read.name.slice(0, cut) : read.name;
      const subject = { ...read, name, last: name.at(-1) as number };
      const verb = this.pastAside(subject.last + 1, cue);
      if (verb < 0 || (itself ? verb !== cue : verb >= cue)) return null;
      const word = this.tokens[verb];
      if (topic && !(word?.type === 'word' && word.norm.startsWith('ف'))) return null;
      return agrees(verb, topic) ? person(subject) : null;
    }
    if (topic || itself) return null;
    // The verb first, the name after it: a new paragraph's, or no one quoted in the paragraph before it.
    if (!this.opensParagraph(start) && this.quotedEarlierInParagraph(start)) return null;
    const negated = VERB_NEGATION_SET.has(opener.replace(CONJUNCTION_START, '')) ? 1 : 0;
    const name = this.personNameAt(at + negated + 1);
    if (name < 0 || !agrees(at, true)) return null;
    const found = this.subjectAt(name);
    if (!found || found.first !== name || found.title.length > 0) return null;
    // After كان the name ends before the present verb of its predicate (وكان فلان يستعد لـ…).
    const read = KANA.has(opener) ? this.nameBeforePredicate(found, prefix) : found;
    // The name ends at an aside or at the verb's object (الأمر, قلقه, أن …) that the reading ran into.
    const subject = this.nameBeforeObject(read);
    let end = subject.name.findIndex((k, n) => n > 0 && this.verbObjectAfterName(k));
    if (end < 0) end = subject.name.length;
    const own = subject.name.slice(0, end);
    if (own.length === 0) return null;
    const last = own.at(-1) as number;
    const next = this.tokens[last + 1];
    if (own.length < 2 && !isComma(next) && next?.norm !== '(') return null;
    return person({ ...subject, name: own, last });
  }

  /**
   * The word at `at` opens a clause's predicate after its subject: a negation (لم, فلم), a present verb's
   * shape with `prefix` (ي, ت) that is no given name, or after أما (`topic`) a word with ف and a verb.
   */
  private predicateOpens(at: number, prefix: 'ي' | 'ت', topic: boolean): boolean {
    const token = this.tokens[at];
    if (token?.type !== 'word' || isGivenName(token.norm)) return false;
    const bare = topic && token.norm.startsWith('ف') ? token.norm.slice(1) : token.norm;
    if (topic && bare === token.norm) return false;
    if (VERB_NEGATION_SET.has(bare) || bare === 'قد') return true;
    if (bare.length >= 3 && bare.startsWith(prefix) && !hasArticle(bare) && !isNisba(bare)) return true;
    // …or a woman's past verb, in ت (قررت), which no plural in ات is (بنت has three letters).
    if (prefix === 'ت' && bare.length >= 4 && bare.endsWith('ت') && !bare.endsWith('ات')) return true;
    return topic && (lookupCue(bare) !== undefined || bare.endsWith('ت'));
  }

  /**
   * Where a person's name opens at `at`: a given name (one that is also a word before a word with no
   * article: منى سامي) or a kunya, perhaps after a kin word with its pronoun (ابنته فلانة), or two plain
   * words closed by an aside's comma or bracket (جيسيكا هيرنانديز، وهي …) or by the clause's predicate
   * (`predicate`: جيسيكا هيرنانديز تعمل …), the second no adjective's shape (a nisba, a participle in م:
   * تقارير صحفية, مصادر مطلعة); -1 if none.
   */
  private personNameAt(at: number, predicate?: (at: number) => boolean): number {
    const token = this.tokens[at];
    if (token?.type !== 'word') return -1;
    const kin = SHORT_PRONOUN_STEM.exec(token.norm)?.[1];
    const noun = kin?.endsWith('ت') ? `${kin.slice(0, -1)}ه` : kin;
    const name = noun !== undefined && KIN_SET.has(noun) ? at + 1 : at;
    const word = this.tokens[name];
    if (word?.type !== 'word') return -1;
    if (opensGivenName(this.tokens, name)) return name;
    const next = this.tokens[name + 1];
    const plain = (token: Token | undefined) =>
      token?.type === 'word' &&
      !hasArticle(token.norm) &&
      !STOP_SET.has(token.norm) &&
      !PREPOSITIONS.has(token.norm) &&
      lookupCue(token.norm) === undefined &&
      stripToSet(token.norm, TITLE_SET) === undefined &&
      stripToSet(token.norm, ORGANISATION_SET) === undefined;
    if (isGivenName(word.norm) && plain(next)) return name;
    const after = this.tokens[name + 2];
    const closed = isComma(after) || after?.norm === '(' || predicate?.(name + 2) === true;
    const adjective = (norm: string) => (isNisba(norm) || PARTICIPLE_IN_MIM.test(norm)) && !isGivenName(norm);
    if (
      plain(word) &&
      plain(next) &&
      closed &&
      !adjective((next as Token).norm) &&
      !this.indefiniteAccusative(next as Token)
    )
      return name;
    return KUNYA_SET.has(word.norm) &&
      next?.type === 'word' &&
      !hasArticle(next.norm) &&
      isGivenName(next.norm)
      ? name
      : -1;
  }

  /**
   * The word after an aside that opens at `at` (، وهو …، / ، الذي …، / (45 عاماً) / ، 45 عاماً، / ، المعلمة
   * …،), or `at` itself when no aside opens there; -1 when the aside does not close before `end`.
   */
  private pastAside(at: number, end: number): number {
    let k = at;
    if (this.tokens[k]?.norm === '(') {
      while (k < end && this.tokens[k]?.norm !== ')') k++;
      k++;
    }
    if (!isComma(this.tokens[k])) return k;
    for (let j = k + 1; j < end && j <= k + MAX_ASIDE_WORDS; j++) {
      const token = this.tokens[j] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm) || token.type === 'mark') return -1;
      if (isComma(token)) return j + 1;
    }
    return -1;
  }

  /**
   * A word after a name read after its verb that is the verb's object, no word of the name: a definite
   * noun that is no family name (الأمر), a word with a possessive pronoun written with ه (قلقه, قلقها), a
   * complementiser or a preposition.
   */
  private verbObjectAfterName(at: number): boolean {
    const token = this.tokens[at] as Token;
    // (the word after أبو, عبد, بن, ولد is the name's own: أحمد أبو الغيط, محمد عبد الرحمن)
    const before = (this.tokens[at - 1] as Token | undefined)?.norm ?? '';
    if (NAME_JOINER_SET.has(before) || LINEAGE_SET.has(before) || KUNYA_SET.has(before)) return false;
    if (STOP_SET.has(token.norm) || COMPLEMENTISER_SET.has(token.norm) || THAT_WITH_PRONOUN.test(token.norm))
      return true;
    if (hasArticle(token.norm)) return !isNisba(token.norm);
    const raw = this.text.slice(token.from, token.to).replace(HARAKAT_TATWEEL, '');
    return HA_PRONOUN_END.test(raw) && token.norm.length > 3 && !isGivenName(token.norm);
  }

  /**
   * A participle's subject is its sentence's (حمّل مدرب الفريق، فلان، الحكم المسؤولية، مؤكدا أن …):
   * the first person named there with a title that agrees, when no reporting verb of the sentence
   * named a speaker before the participle (then that speaker goes on, as any dropped subject).
   */
  private subjectOfSentence(
    participle: number,
    agreement: Agreement,
    /** A coordinated verb (…، وقال): only a title without the article, one that brings in someone new
     * (محامي الدفاع، فلان), is taken; a definite one (والتقت الوزيرة …) may be the speaker herself. */
    indefinite = false,
  ): Entity | null {
    let start = participle;
    for (let k = participle - 1; k >= 0 && participle - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      // a quote in the sentence: its speaker goes on; not a quoted name (مؤسسة النقد «ساما» قد ألزمت …)
      if (token.type === 'mark') {
        const span = this.spanByClose.get(k);
        if (span === undefined || this.results[span]?.kind !== 'mention') return null;
        k = (this.spans[span] as Span).open;
        start = k;
        continue;
      }
      start = k;
    }
    // A verb of the sentence that named its subject: that subject goes on, touched or not (a verb
    // with no quote after it does not take the floor: وكانت المحكمة قد رفضت الطلب، معتبرة …).
    for (let k = start; k < participle; k++) {
      const said = this.tokens[k]?.type === 'word' ? this.cueAt(k) : null;
      // A verb inside a complement (أن المنظمة طلبت) has the complement's subject, not the sentence's.
      if (said?.entity && this.reportedInside(said)) continue;
      // …nor a verb of relaying with nothing said after it (قرر فلان نقل مصنعه إلى …): it moves things.
      if (said?.entity && this.movesThings(said)) continue;
      if (said?.entity) {
        const agrees = said.entity.agreements.size === 0 || said.entity.agreements.has(agreement);
        return agrees && said.match.agreement === agreement ? said.entity : null;
      }
    }
    // Someone quoted earlier in the paragraph holds the floor: a person named after the verb is more
    // likely its object (قال رئيس الوزراء: «…». استقبل سفير فرنسا، فلان، …، وقال).
    // A turn marker opening the sentence (في المقابل، من جهته،) hands the floor on all the same.
    if (!this.opensWithTurn(start, participle) && this.quotedEarlierInParagraph(start)) return null;
    // The subject stands right after the clause's verb: one word after the sentence's start or after
    // a comma that closes an opening adverbial (في المقابل، حمّل المدرب …), not deeper in the clause
    // (تطرق الوزير إلى زيارة المبعوث فلان، مؤكدا: the envoy is an object).
    // (…or two after it when غير أن, إلا أن opens the sentence: أن stands where لكن does.)
    // (…or after the verb's negation: ولم تخف الهيئة قلقها، مؤكدة.)
    const lead = Math.max(1, this.contrastWordsAt(start)) + (this.negationAt(start) ? 1 : 0);
    const asSubject = (at: number) => {
      const before = this.tokens[at - 2];
      return (
        this.tokens[at - 1]?.type === 'word' &&
        (at - lead === start || (before !== undefined && isComma(before))) &&
        // …a definite title only with a name after it, someone brought in (ورفع الأمير فلان بن فلان
        // الشكر …، وقال; دفع المحامي فلان، …، وقال), not a title alone that may be the one speaking already.
        !(indefinite && hasArticle((this.tokens[at] as Token).norm) && !this.bringsInSomeone(at))
      );
    };
    // وكانت المحكمة قد رفضت …، معتبرة أن …: the subject after كان that opens the sentence.
    // وختم سموه بالقول: an honorific with a pronoun as the verb's subject stands for whom it names.
    for (let k = start + 1; k < participle; k++) {
      const word = this.tokens[k] as Token;
      const heads =
        word.type === 'word' && HONORIFIC_PRONOUNS.has(word.norm) ? honouredTitles(word.norm) : undefined;
      if (!heads || !asSubject(k)) continue;
      const paragraph = this.paragraphOf(this.tokens[participle] as Token);
      const honoured = this.entities.lastWithTitle(
        heads,
        paragraph,
        word.norm.endsWith('ها') ? 'f' : 'm',
        false,
        (at, later) => this.dignitaryPlace(at, later),
      );
      if (honoured) return honoured;
    }
    // …after a short adverbial of place or time with no comma (وفي الحديقة كان المواطن فلان يحتمي …، وقال).
    let kana = start;
    if (PREPOSITIONS.has(this.tokens[start]?.norm ?? ''))
      for (let k = start + 1; k < participle && k <= start + MAX_KANA_ADVERBIAL_WORDS; k++) {
        const token = this.tokens[k] as Token;
        if (token.type !== 'word') break;
        if (KANA.has(token.norm)) {
          kana = k;
          break;
        }
      }
    const opener = this.tokens[kana];
    if (opener?.type === 'word' && KANA.has(opener.norm)) {
      const subject = this.subjectAt(kana + 1);
      if (subject && (subject.title.length > 0 || subject.organisation)) {
        const resolved = this.resolveSubject(subject);
        const entity = resolved?.entity;
        // The head's gender agrees too: وكان الرئيس قد استقبل الوزيرة، مؤكدة … is not his.
        const head = (this.tokens[subject.first] as Token).norm;
        const headAgrees = (head.endsWith('ه') ? 'f' : 'm') === agreement || subject.organisation;
        if (entity && headAgrees && (entity.agreements.size === 0 || entity.agreements.has(agreement)))
          return entity;
      }
    }
    const named = this.entities.namedBetween(start, participle, agreement, asSubject);
    if (named) return named;
    // …or one of a group where the subject stands (واشتكى أحد الزوار من الزحام قائلا): no name, the
    // description speaks; إحدى for a feminine participle, أحد for a masculine one.
    const one = this.tokens[start + 1];
    // …not one after a preposition of place opening the sentence (وأمام إحدى المدارس، وقفت فلانة): where.
    const opening = this.tokens[start] as Token;
    const place =
      PREPOSITIONS.has(opening.norm.replace(/^[وف]/u, '')) ||
      PREPOSITIONS.has(opening.norm) ||
      isInFrontOf(opening, this.text);
    if (one?.type === 'word' && ONE_OF_SET.has(one.norm) && !place && asSubject(start + 1)) {
      const subject = this.subjectAt(start + 1);
      const gender = one.norm === 'احد' ? 'm' : 'f';
      // …the verb's complement a preposition after it (اشتكى … من, تذمرت … من): with none, the description
      // is what a verb that takes an object acts on (وكرم أحد المتطوعين قائلا), its subject dropped.
      const after = subject ? this.tokens[subject.last + 1] : undefined;
      const complemented =
        after?.type === 'word' && (PREPOSITIONS.has(after.norm) || PREPOSITION_ARTICLE.test(after.norm));
      if (
        subject &&
        complemented &&
        gender === agreement &&
        subject.title.length === 0 &&
        this.describedPerson(subject)
      ) {
        const entity = this.resolveSubject(subject)?.entity;
        if (entity) return entity;
      }
    }
    // …or a known person's surname alone where the subject stands (وقف الجارحي داخل القفص، وقال).
    for (let k = start + 1; k < participle; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || !hasArticle(token.norm) || !asSubject(k)) continue;
      if (!this.entities.knowsSurname(token.norm)) continue;
      const subject = this.subjectAt(k);
      const entity = subject && subject.title.length === 0 ? this.resolveSubject(subject)?.entity : null;
      if (
        entity &&
        !entity.organisation &&
        (entity.agreements.size === 0 || entity.agreements.has(agreement))
      )
        return entity;
      break;
    }
    // …or, for a verb after the clause, a person described where the subject stands: a noun without the
    // article and its adjective of origin or age, the noun of the verb's gender (جلست سيدة ستينية ترتدي
    // السواد، …، وقالت), when no speaker agrees with the verb.
    if (indefinite && agreement !== 'pl')
      for (let k = start + 1; k < participle && k <= start + MAX_SVO_WORDS; k++) {
        const token = this.tokens[k] as Token;
        const next = this.tokens[k + 1];
        if (token.type !== 'word' || hasArticle(token.norm) || !asSubject(k)) continue;
        if (next?.type !== 'word' || hasArticle(next.norm) || !/^.{3,}(?:ي|يه)$/u.test(next.norm)) continue;
        if ((token.norm.endsWith('ه') ? 'f' : 'm') !== agreement) continue;
        const subject = this.subjectAt(k);
        if (!subject || subject.organisation || subject.title.length > 0 || subject.name[1] !== k + 1)
          continue;
        // The noun and its adjective: what follows them (ترتدي السواد) is the rest of the clause.
        subject.name = [k, k + 1];
        subject.last = k + 1;
        subject.closed = true;
        return this.resolveSubject(subject)?.entity ?? null;
      }
    // …or, for a verb after the clause, a person brought in by a proper name right after the clause's
    // verb, that verb of the cue's gender (تقف فلانة خلف منضدتها …، وتقول; كان أبو أحمد، …، يستعد …،
    // وقال): the narration's subject, not whoever spoke before. Two words of a name at least, or one
    // closed by a comma; not a body, a place or someone only titled.
    // …and, for either, a person brought in after the clause's verb by a title and a name of two words
    // or more (من جانبه، أهدى رئيس النادي فلان الفوز …، وقال; ولم يخف رئيس النادي فلان غضبه، مؤكدا): that
    // verb, no cue, gives its subject the floor the cue after it goes on with.
    const newcomer =
      agreement !== 'pl'
        ? this.narratedSubject(
            start,
            participle,
            agreement,
            indefinite,
            true,
            // …a name alone too after a turn marker (من جهته، أبدى فلان تحفظه …، مؤكدا): it announces who
            // takes the floor, named right after the verb.
            !indefinite && !this.opensWithTurn(start, participle),
          )
        : null;
    if (newcomer) return newcomer;
    return null;
  }

  /**
   * For a dropped-subject cue with و that opens the second sentence of its paragraph (وبعد ساعات،
   * أخرجت فلانة من تحت الأنقاض. وقالت: / ومن بين الناجين فلان، وهو …. وقال): the newcomer the first
   * sentence brought in as its subject, who has not spoken yet; not when a quote stands in that
   * sentence, nor when the paragraph holds more sentences before it. In a flat paragraph, read by
   * sentence, the sentence before the cue's is that first sentence.
   */
  private broughtInBefore(cue: Cue, agreement: Agreement): Entity | null {
    // …or a bare cue right after its quote, the quote opening the sentence (يبتسم الحايك حين يسأل. «…»،
    // يقول): the sentence before the quote is read as the one before the cue.
    const open = this.openingBefore(cue.index);
    const at = open >= 0 ? open : cue.index;
    const stop = this.tokens[at - 1];
    // …or a bare present cue opening its sentence (يقف فلان عند …. يقول لـ…:): a feature's narration
    // goes on in the present, the person just brought in speaking, as with و.
    const bareOpening = cue.match.clitic === '' && cue.match.tense === 'present';
    // …or a cue with و opening its paragraph after a paragraph of one sentence of narration (وفي زاوية
    // الخيمة، تجلس فلانة مع أطفالها. / وتقول «…»): the newcomer that sentence brought in, when the one who
    // spoke last is of the other gender (a man, for وتقول); with no one before, the lede's reading stands.
    if (open < 0 && cue.match.clitic === 'و' && stop?.type === 'break') {
      const floor = this.entities.floor;
      return floor === null || floor.agreements.size === 0 || floor.agreements.has(agreement)
        ? null
        : this.broughtInParagraph(cue, at, agreement);
    }
    if (
      (open < 0 && cue.match.clitic !== 'و' && !bareOpening) ||
      stop?.type !== 'punct' ||
      !SENTENCE_ENDS.has(stop.norm)
    )
      return null;
    const flat = this.inFlat(this.tokens[cue.index] as Token);
    let start = -1;
    for (let k = at - 2; k >= 0 && at - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (flat && token.sentence < stop.sentence) {
        start = k + 1;
        break;
      }
      if (token.type === 'break' || k === 0) {
        start = token.type === 'break' ? k + 1 : 0;
        break;
      }
      if (SENTENCE_ENDS.has(token.norm)) return null;
      // A quoted name (a mention) in the sentence is passed over (سفينة الإنقاذ «…»); a quote of speech
      // is not: its speaker goes on.
      if (token.type === 'mark') {
        const span = this.spanByClose.get(k) ?? this.spanByClose.get(this.closeOf.get(k) ?? -1);
        if (span === undefined || this.results[span]?.kind !== 'mention') return null;
      }
    }
    if (start < 0) return null;
    const entity =
      this.narratedSubject(start, at - 1, agreement, true) ?? this.bodyBroughtIn(start, at - 1, agreement);
    if (!entity || open >= 0) return entity;
    // وأضاف says its speaker spoke before: the person the paragraph opens on only if he did (يعود فلان
    // إلى طاولته. ويضيف:); وقال, one the narration has just brought in, not whoever spoke.
    return this.entities.hasSpoken(entity) === (cue.match.goesOn === true) ? entity : null;
  }

  /**
   * For a cue with و that opens its paragraph at `at`: the newcomer brought in as the subject of the
   * paragraph before, when that paragraph is one sentence of narration (no quote in it) and the newcomer
   * has not spoken yet (or has, for a verb that goes on), as broughtInBefore reads a paragraph's second
   * sentence. Bounded by MAX_LOOKBACK_WORDS.
   */
  private broughtInParagraph(cue: Cue, at: number, agreement: Agreement): Entity | null {
    const end = at - 2;
    const last = this.tokens[end];
    if (last?.type !== 'punct' || !SENTENCE_ENDS.has(last.norm)) return null;
    let start = -1;
    for (let k = end - 1; k >= 0 && end - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || k === 0) {
        start = token.type === 'break' ? k + 1 : 0;
        break;
      }
      if (token.type === 'mark' || SENTENCE_ENDS.has(token.norm)) return null;
    }
    if (start < 0) return null;
    const entity =
      this.narratedSubject(start, end, agreement, true) ?? this.bodyBroughtIn(start, end, agreement);
    return entity && this.entities.hasSpoken(entity) === (cue.match.goesOn === true) ? entity : null;
  }

  /**
   * A body brought in as the subject of the verb that opens the sentence from `start` (after an opening
   * adverbial closed by a comma), that verb no cue and of the cue's gender (وتلقت هيئة الرقابة … بلاغ.
   * وقالت في بيان): the body speaks next, when no one who spoke before agrees with the cue (a man spoke
   * last, the cue is feminine); with one who does, the dropped subject is ambiguous and goes on with
   * that speaker.
   */
  private bodyBroughtIn(start: number, end: number, agreement: Agreement): Entity | null {
    if (agreement === 'pl' || this.entities.agreeingSpeaker(agreement)) return null;
    let verb = start;
    const first = this.tokens[start];
    if (first?.type === 'word' && (PREPOSITIONS.has(first.norm) || TURN_SET.has(first.norm)))
      for (let k = start + 1; k < end && k <= start + MAX_PREVERBAL_WORDS; k++)
        if (isComma(this.tokens[k])) {
          verb = k + 1;
          break;
        }
    const opener = this.tokens[verb];
    if (opener?.type !== 'word' || verb + 1 >= end || this.verbAt(verb)) return null;
    const bare = opener.norm.length > 3 ? opener.norm.replace(/^[وف]/u, '') : opener.norm;
    if (SILENT_SUBJECT_VERBS.has(bare) || bare.length < 3) return null;
    // ي a man's verb, a final ت a woman's past; an opening ت either (تتلقى, and the past تلقى).
    const gender = bare.startsWith('ي') ? 'm' : bare.endsWith('ت') ? 'f' : bare.startsWith('ت') ? null : 'm';
    if (gender !== null && gender !== agreement) return null;
    const subject = this.subjectAt(verb + 1);
    if (!subject?.organisation || subject.first !== verb + 1) return null;
    // …the body's head of the cue's gender (مجلس for وقال, وزارة for وقالت).
    const head = (this.tokens[subject.first] as Token).norm;
    if ((head.endsWith('ه') ? 'f' : 'm') !== agreement) return null;
    const entity = this.resolveSubject(this.bodyBeforeObject(subject))?.entity;
    return entity?.organisation && (entity.agreements.size === 0 || entity.agreements.has(agreement))
      ? entity
      : null;
  }

  /**
   * The subject is a definite description of a person and nothing else (الرجل الستيني, السيدة الخمسينية,
   * المواطن): a head of DESCRIPTION_SET with the article, no name and no other title word before it.
   */
  private describesOnly(subject: Subject): boolean {
    const head = this.tokens[subject.first] as Token;
    return (
      subject.name.length === 0 &&
      subject.title[0] === subject.first &&
      subject.title.length <= 2 &&
      hasArticle(head.norm) &&
      DESCRIPTION_SET.has(head.norm.slice(2))
    );
  }

  /** The opening mark of the top-level quote that ends right before `cue` (or before its comma), or -1. */
  private openingBefore(cue: number): number {
    const close = isComma(this.tokens[cue - 1]) ? cue - 2 : cue - 1;
    const span = this.spanByClose.get(close);
    return span === undefined ? -1 : (this.spans[span]?.open ?? -1);
  }

  /**
   * The person named by a proper name right after the verb that opens the clause from `start` (or
   * after an opening adverbial closed by a comma), the verb no reporting cue (unless `described`) and
   * of `agreement`'s gender (تقف, وقفت, كانت for a woman; يقف, كان for a man), before `cue`; null when
   * there is none.
   */
  private narratedSubject(
    start: number,
    cue: number,
    agreement: Agreement,
    /** A person brought in by a description before the name (المسافر المصري فلان) is taken too. */
    described = false,
    /**
     * …and by a title and a name of two words or more (رئيس نادي الخليج فلان, المعلمة فلانة), the verb
     * perhaps negated (ولم تخف المعلمة فلانة قلقها).
     */
    titled = false,
    /** Only by a title and a name (for a participle: a name alone after the verb may be its object). */
    titledOnly = false,
  ): Entity | null {
    let verb = start;
    const first = this.tokens[start];
    const bareFirst = first?.type === 'word' ? first.norm.replace(/^و/u, '') : '';
    // ومن بين الناجين فلان، وهو شاب …: the subject after its fronted predicate, said who he is.
    if (bareFirst === 'من' && this.tokens[start + 1]?.norm === 'بين') {
      const named = this.subjectAt(start + 3);
      const comma = named ? named.last + 1 : -1;
      const pronoun = this.tokens[comma + 1]?.norm;
      if (
        named &&
        named.title.length === 0 &&
        !named.organisation &&
        isComma(this.tokens[comma]) &&
        pronoun === (agreement === 'f' ? 'وهي' : 'وهو')
      ) {
        named.closed = true;
        const entity = this.resolveSubject(named)?.entity;
        return entity && !entity.organisation ? entity : null;
      }
      return null;
    }
    // The opening adverbial of place or time may hold its own qualifiers (وفي أحد الكرفانات القريبة من
    // السوق الرئيسي للمخيم،): read to its comma, up to MAX_ADVERBIAL_WORDS.
    // …and a clause with حيث or a relative after its comma goes on with it (في الحي القديم، حيث تتلاصق
    // البيوت، يجلس فلان): the verb comes after that clause's comma.
    // …opened by a preposition, a turn, or an adverb of place (وأمام صراف آلي في وسط أثينا،).
    if (PREPOSITIONS.has(bareFirst) || TURN_SET.has(bareFirst) || PLACE_ADVERB_SET.has(bareFirst))
      for (let k = start + 1; k < cue && k <= start + MAX_ADVERBIAL_WORDS; k++)
        if (isComma(this.tokens[k])) {
          verb = k + 1;
          const next = this.tokens[k + 1]?.norm ?? '';
          if (next !== 'حيث' && !RELATIVES.has(next)) break;
        }
    if (verb > start && (this.tokens[verb]?.norm === 'حيث' || RELATIVES.has(this.tokens[verb]?.norm ?? '')))
      return null;
    // ولم يخف, لم تخف: the verb after its negation.
    if (titled && VERB_NEGATION_SET.has((this.tokens[verb] as Token).norm.replace(/^[وف]/u, ''))) verb++;
    const opener = this.tokens[verb];
    // (past the outlet told between the verb and its subject: كشف لـ«عكاظ» المستشار فلان)
    const at = verb + 1 + toldOutletAfter(this.tokens, verb + 1, this.closeOf);
    const name = this.tokens[at];
    if (opener?.type !== 'word' || name?.type !== 'word' || at + 1 >= cue) return null;
    // …its conjunction off, not the first letter of a root in و (وقف, وصل, وجد: no verb has two letters).
    const bare = opener.norm.length > 3 ? opener.norm.replace(/^[وف]/u, '') : opener.norm;
    // A reporting verb opens it too when read for the next sentence (`described`): its sentence held no
    // quote of speech (وانتقد قبطان …، فلان، تأخر السلطات. وقال:), so its subject has not had the floor.
    if (SILENT_SUBJECT_VERBS.has(bare) || (!described && this.verbAt(verb)) || bare.length < 3) return null;
    const feminine = bare.startsWith('ت') || bare.endsWith('ت');
    const masculine = bare.startsWith('ي') || KANA.has(opener.norm) || !feminine;
    // (A present verb in ي is a man's whatever its last letter: يصمت, يلتفت.)
    const pastFeminine = bare.endsWith('ت') && !bare.startsWith('ي');
    if (agreement === 'f' ? !feminine || bare.startsWith('ي') : !masculine || pastFeminine) return null;
    // …or, with `described`, by the family name alone of someone named in full before (يبتسم الحايك حين
    // يسأل, يصمت بوزيان قليلا: though it looks like ب and a place): the known name, whatever follows it.
    if (described && this.entities.knowsSurname(name.norm)) {
      const own = {
        first: at,
        last: at,
        title: [],
        name: [at],
        organisation: false,
        closed: true,
      };
      const entity = this.resolveSubject(own)?.entity;
      return entity &&
        !entity.organisation &&
        (entity.agreements.size === 0 || entity.agreements.has(agreement))
        ? entity
        : null;
    }
    // A group counted (تنتظر عشرات العائلات, يقف مئات الطلاب): no one person brought in.
    if (this.isPlaceWord(at) || QUANTITY_SET.has(name.norm)) return null;
    let subject = this.subjectAt(at);
    if (!subject || subject.organisation || subject.first !== at) return null;
    // كانت فلانة تحاول …, كان فلان يقف …: after كان the name ends before the present verb that is its
    // predicate, in كان's gender (ت for a woman, ي for a man), which no given name is.
    if (KANA.has(opener.norm)) subject = this.nameBeforePredicate(subject, feminine ? 'ت' : 'ي');
    // …the name opening with a given name (not a surname alone, which may run on into the object:
    // شارك الشيخ فلان مقالا).
    const byTitle =
      titled &&
      subject.title.length > 0 &&
      subject.name.length >= 2 &&
      opensGivenName(this.tokens, subject.name[0] as number) &&
      // …nor a title that runs from the subject into the object's (وكرم الوزير الفالح الأمير فلان): a
      // known name or a second title's head inside it.
      !subject.title.some((k, n) => {
        const norm = (this.tokens[k] as Token).norm;
        return n > 0 && (this.entities.knowsNameWord(norm) || isTitleHead(norm));
      });
    if (titledOnly && !byTitle) return null;
    // …or by a title and the name in apposition after it (وانتقد قبطان السفينة «…»، فلان، …).
    if (this.apposedName(subject)) subject = { ...subject, closed: true };
    // …or by a description and the name it is called by (وقف عامل يدعى فلان إلى جوار …، وقال): يدعى
    // says a name follows, whatever its shape.
    else if (titled && this.calledName(subject))
      subject = { ...subject, title: [], first: subject.name[0] as number };
    // …or, `titled`, by a title and a name of two words or more right after it (رئيس نادي الخليج فلان):
    // someone brought in by name, not a title alone that may be the one speaking already.
    else if (byTitle && subject.name[0] === (subject.title.at(-1) as number) + 1) {
      // …its name cut before a verb in the present it ran into, in the subject's gender, past a family
      // name of the verb's shape (كان العامل فلان يحياوي يحتمي بظل …, وكانت المعلمة فلانة تيجاني تراقب …).
      // A copy: the subject itself comes back when nothing is cut, and its title is read below.
      const own = {
        ...this.nameBeforePredicate(this.nameBeforeObject(subject), agreement === 'f' ? 'ت' : 'ي'),
      };
      if (own.name.length < 2) return null;
      own.title = [];
      own.first = own.name[0] as number;
      // The title's head in the cue's gender (المعلمة, and الأم with no ة).
      const head = (this.tokens[subject.first] as Token).norm;
      const feminine = head.endsWith('ه') || FEMININE_DESCRIBED.has(withoutArticle(head));
      if ((feminine ? 'f' : 'm') !== agreement) return null;
      const entity = this.resolveSubject({
        ...subject,
        name: own.name,
        last: own.last,
        closed: true,
      })?.entity;
      if (!entity || entity.organisation) return null;
      return entity.agreements.size === 0 || entity.agreements.has(agreement) ? entity : null;
    }
    // …or, with `described`, by a definite noun and its adjectives of origin, then a name of two words
    // or more (جلس المسافر المصري أحمد عبد الحميد على …): the noun describes him, the name names him.
    else if (hasArticle(name.norm)) {
      const words = [...subject.title, ...subject.name];
      const lead = words.findIndex((k) => !hasArticle((this.tokens[k] as Token).norm));
      const adjectives = words.slice(1, Math.max(lead, 1));
      // …its adjectives of origin or of age (الأم الشابة, الرجل المسن); with none, the noun a description
      // (المواطن, الأفغانية) or the name a given name: else what follows the noun may be the verb's object (وجه
      // المحافظ بتشكيل لجنة …).
      const lemma = (this.tokens[words[0] as number] as Token).norm;
      const head = withoutArticle(lemma);
      if (
        !described ||
        lead < 1 ||
        lead > 3 ||
        words.length - lead < 2 ||
        (lead === 1 &&
          !DESCRIPTION_SET.has(head) &&
          !isNisba(lemma) &&
          !opensGivenName(this.tokens, words[1] as number)) ||
        !adjectives.every((k) => {
          const norm = (this.tokens[k] as Token).norm;
          return isNisba(norm) || DESCRIPTION_SET.has(withoutArticle(norm));
        })
      )
        return null;
      subject = { ...subject, title: words.slice(0, lead), name: words.slice(lead) };
    } else if (subject.title.length > 0) return null;
    // A word alone before a comma is a name in apposition, not an adverb in the accusative (تصمت قليلا،
    // ثم تنظر …: no one named قليلا).
    const single = this.tokens[subject.name[0] as number] as Token;
    const apposed =
      isComma(this.tokens[(subject.name[0] as number) + 1]) && !this.indefiniteAccusative(single);
    if (subject.name.length < 2 && !apposed) return null;
    // A comma or a preposition after the name (تقف فلانة خلف منضدة) ends it: no object ran into it.
    const next = this.tokens[subject.last + 1];
    if (isComma(next) || (next?.type === 'word' && STOP_SET.has(next.norm))) subject.closed = true;
    const entity = this.resolveSubject(this.nameBeforeObject(subject))?.entity;
    if (!entity || entity.organisation) return null;
    return entity.agreements.size === 0 || entity.agreements.has(agreement) ? entity : null;
  }

  /** The subject is a description, then يدعى/تدعى, then the name (عامل يدعى فلان, سيدة تدعى فلانة). */
  private calledName(subject: Subject): boolean {
    const last = subject.title.at(-1);
    return (
      last !== undefined &&
      subject.name[0] === last + 2 &&
      CALLED.has((this.tokens[last + 1] as Token).norm) &&
      !isTitleHead((this.tokens[subject.name[0]] as Token).norm)
    );
  }

  /**
   * A titled person's name read on into the present verb of his predicate and its complement (ووقف
   * الحارس فلان يعقوبي يراقب المدخل, وكانت المعلمة فلانة تيجاني تراقب التلاميذ): cut before that verb, in
   * the gender of the title's head, past a family name of the verb's shape (nameBeforePredicate). Only
   * when two words of the name are left and the verb has a complement right after it (a definite word,
   * a preposition, a word with ب or ل or a pronoun on it), so that a foreign name is not cut (ماري
   * تيريز دوبوا). The subject itself otherwise.
   */
  private titledBeforePredicate(subject: Subject): Subject {
    const head = this.tokens[subject.title[0] ?? -1];
    if (subject.name.length < 3 || head?.type !== 'word') return subject;
    const own = this.nameBeforePredicate(subject, head.norm.endsWith('ه') ? 'ت' : 'ي');
    if (own.name.length < 2 || own.name.length >= subject.name.length) return subject;
    const after = this.tokens[own.last + 2];
    const complement =
      after?.type === 'word' &&
      (hasArticle(after.norm) ||
        PREPOSITIONS.has(after.norm) ||
        (PREPOSITION_PREFIX.test(after.norm) && !isGivenName(after.norm)) ||
        PRONOUN_END.test(after.norm));
    return complement ? own : subject;
  }

  /**
   * The subject's name cut before its first word after the first that opens with `prefix` (ت, ي), is
   * four letters or more and is no given name: a present verb, the predicate of a كان before the name
   * (كانت فلانة نوري تحاول …). A new subject, closed; the subject itself when nothing is cut.
   */
  private nameBeforePredicate(subject: Subject, prefix: 'ت' | 'ي'): Subject {
    const verbShaped = (token: Token | undefined) => presentVerbShaped(token, prefix);
    let cut = subject.name.findIndex((k, n) => n > 0 && verbShaped(this.tokens[k]));
    if (cut <= 0) return subject;
    // …unless that word ends as a nisba does (ي) and another of the verb's shape follows right away, no
    // verbal noun (ه, ة folded: تحاول تهدئة): the first was the family name (كانت فاطمة تواتي تنتظر …,
    // كان أحمد يازجي يجلس …), the later one the verb.
    const at = subject.name[cut] as number;
    const following = this.tokens[at + 1];
    if (
      (this.tokens[at] as Token).norm.endsWith('ي') &&
      verbShaped(following) &&
      !(following as Token).norm.endsWith('ه')
    )
      cut++;
    const name = subject.name.slice(0, cut);
    return { ...subject, name, last: name.at(-1) as number, closed: true };
  }

  /**
   * A person's name read right after a verb that may take an object (ترأست هند الزاهد الاجتماع, يرأس
   * أنتوني بلينكن الوفد الأمريكي, كان خالد السبيعي يقود سيارته): the name ends at its family name, the
   * first definite word not carried by a joiner (بن, عبد, آل) or making a compound (نصر الله), and
   * before a definite noun with an adjective of origin after a name of two words (the object and its
   * adjective). The subject cut there, built anew and closed; the subject itself when nothing is cut.
   */
  private nameBeforeObject(subject: Subject): Subject {
    const name: number[] = [];
    let carried = false;
    for (const k of subject.name) {
      const norm = (this.tokens[k] as Token).norm;
      const prev = name.length > 0 ? (this.tokens[name.at(-1) as number] as Token).norm : '';
      const joins = NAME_JOINER_SET.has(prev) || COMPOUND_END_SET.has(norm);
      const adjective = this.tokens[k + 1]?.type === 'word' ? (this.tokens[k + 1] as Token).norm : '';
      // A second family name shaped like a man's nisba (أحمد الشقيري الغامدي الحملة, نورة الفيصل الشمري
      // الجائزة) when a definite word that is no nisba follows it: the object starts there. Not a noun
      // with its own adjective after it (زار فلان النادي الأهلي), nor a foreign nationality.
      const secondFamily =
        name.length === 2 &&
        hasArticle(prev) &&
        /^ال.{3,}ي$/u.test(norm) &&
        !QUALIFYING_ADJECTIVES.has(norm) &&
        !FOREIGN_NISBA_SET.has(norm) &&
        stripToSet(norm, TITLE_SET) === undefined &&
        hasArticle(adjective) &&
        !isNisba(adjective);
      // …not the name's last definite word when a comma closes it before the verb's own preposition (أعرب
      // الشيخ فلان السالم المبارك ، عن …): a chain of family names, no object (closesBeforeComplement).
      const chained = k === subject.name.at(-1) && closesBeforeComplement(this.tokens, k + 1);
      if (name.length > 0 && !joins && hasArticle(prev) && !carried && !secondFamily && !chained) break;
      if (name.length >= 2 && !joins && hasArticle(norm) && !isNisba(norm) && isNisba(adjective)) break;
      // قررت فلانة فلاني عدم إلغاء رحلتها, إلغاء …: a verbal noun after two words of a name is the verb's
      // object, no word of the name.
      if (
        name.length >= 2 &&
        !joins &&
        (norm === 'عدم' || (DERIVED_VERBAL_NOUN.test(norm) && !GIVEN_NAME_SET.has(norm)))
      )
        break;
      carried = joins;
      name.push(k);
    }
    if (name.length === subject.name.length || name.length === 0) return subject;
    return { ...subject, name, last: name.at(-1) as number, closed: true };
  }

  /**
   * A body read right after a verb that may take an object (ونعت نقابة الفنانين الفنان الراحل, وحكمت
   * المحكمة بسجن المتهم, تملك شركة أرامكو حصة كبيرة): its head, the genitive of an indefinite word,
   * its adjectives (nisbas, participles), a genitive joined with و, a field after لل or after ل with
   * its definite genitive (لألعاب القوى), and plain words after a plain genitive (a foreign name), not
   * one in ة; the first other word is the verb's object or complement and ends it. A new subject.
   */
  private bodyBeforeObject(subject: Subject): Subject {
    const words = subject.name.length === 0 ? subject.title : [];
    const kept: number[] = words.slice(0, 1);
    const norm = (at: number | undefined) => (at === undefined ? '' : (this.tokens[at] as Token).norm);
    for (let n = 1; n < words.length; n++) {
      const k = words[n] as number;
      const word = norm(k);
      const prev = norm(words[n - 1]);
      const fieldWord =
        word.startsWith('لل') ||
        (/^ل[^ل]/u.test(word) && !hasArticle(word) && hasArticle(norm(words[n + 1])));
      const ofField = /^ل/u.test(prev) && hasArticle(word) && kept.at(-1) === words[n - 1];
      // …and the field genitive's own adjective (لإدارة الحالات الطارئة).
      const fieldAdjective =
        n >= 2 &&
        kept.at(-1) === words[n - 1] &&
        k === (words[n - 1] as number) + 1 &&
        /^ل[^ل]/u.test(norm(words[n - 2])) &&
        this.fieldAdjective(k - 1);
      const keeps =
        // The genitive an indefinite word governs (نقابة الفنانين, إدارة نادي الهلال).
        (!hasArticle(prev) && (n === 1 || hasArticle(word))) ||
        // A feminine adjective after a feminine definite head (الهيئة العامة), as no object agrees so.
        (n === 1 && hasArticle(prev) && hasArticle(word) && prev.endsWith('ه') && word.endsWith('ه')) ||
        // An office's adjective after a definite head (الاتحاد العام, المجلس الأعلى, المحكمة العليا).
        (n === 1 && hasArticle(prev) && BODY_RANK_ADJECTIVES.has(word)) ||
        isNisba(word) ||
        /^ال.{2,}يين$/u.test(word) ||
        isParticiple(word) ||
        this.isJoinedGenitive(k) ||
        fieldWord ||
        ofField ||
        fieldAdjective ||
        // A people's broken plural after the genitive it describes (اتحاد الكتاب العرب).
        (n >= 2 && kept.at(-1) === words[n - 1] && PEOPLES_PLURAL_SET.has(word)) ||
        // A second field joined by و before its own genitive (هيئة الرقابة ومكافحة الفساد), or a second
        // adjective of origin after one (المجلس الاقتصادي والاجتماعي).
        (n >= 2 &&
          kept.at(-1) === words[n - 1] &&
          hasArticle(prev) &&
          ((/^و[^ا].{2,}$/u.test(word) && hasArticle(norm(words[n + 1]))) ||
            (isNisba(prev) && word.startsWith('و') && isNisba(word.slice(1))))) ||
        (n >= 2 && !hasArticle(word) && !hasArticle(prev) && !/^[بل]/u.test(word) && !word.endsWith('ه'));
      if (!keeps) break;
      kept.push(k);
    }
    // The body's name read whole (bodyNameEnd) goes further when the text shows it ends there: a field
    // after ل with its plain genitives before a bracket (المجموعة الاقتصادية لدول غرب أفريقيا (إيكواس)).
    const read = words[0] === undefined ? -1 : this.bodyNameEnd(words[0]);
    const at = words.indexOf(read);
    if (at >= kept.length && this.closesBodyName(read + 1)) kept.push(...words.slice(kept.length, at + 1));
    if (kept.length === words.length || kept.length === 0) return subject;
    return { ...subject, title: kept, last: kept.at(-1) as number, closed: true };
  }

  /**
   * For a verb coordinated after a clause (وقف الرجل داخل القفص وقال) when no one holds the floor: the
   * clause's own definite title right after its verb speaks, if it agrees with the verb.
   */
  private definiteSubjectOfClause(cue: number, agreement: Agreement): Entity | null {
    let start = cue;
    for (let k = cue - 1; k >= 0 && cue - k <= MAX_LOOKBACK_WORDS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) break;
      if (token.type === 'mark') return null;
      start = k;
    }
    // ومن المقرر أن …: the predicate is impersonal, no title (المقرر is a rapporteur too).
    const impersonal = IMPERSONAL_PREDICATES.has(this.tokens[start + 1]?.norm ?? '');
    if (this.tokens[start]?.type === 'word' && !impersonal) {
      const subject = this.subjectAt(start + 1);
      const head = subject ? (this.tokens[subject.first] as Token).norm : '';
      // …or a title in construct with a definite genitive, a name alone (وزير التعليم, ولي العهد), the
      // walk having ended it before the verb's object (أطلق وزير التعليم مبادرة القراءة وقال).
      const genitive = subject ? this.tokens[subject.title[1] ?? -1]?.norm : undefined;
      const construct =
        subject !== null &&
        subject.name.length === 0 &&
        !hasArticle(head) &&
        genitive !== undefined &&
        hasArticle(genitive);
      if (
        subject &&
        subject.first === start + 1 &&
        subject.title.length > 0 &&
        !subject.organisation &&
        (hasArticle(head) || construct) &&
        (head.endsWith('ه') ? 'f' : 'm') === agreement
      ) {
        // The title and its definite nisbas (الرئيس السوداني); a definite noun after them is the verb's
        // object (دخل الوزير القاعة, افتتح الأمير المعرض), and so is anything after it; a construct
        // title keeps its genitive.
        const cut = subject.title.findIndex(
          (k, i) => i > (construct ? 1 : 0) && !isNisba((this.tokens[k] as Token).norm),
        );
        const own =
          cut < 0
            ? subject
            : {
                ...subject,
                last: subject.title[cut - 1] as number,
                title: subject.title.slice(0, cut),
                name: [],
              };
        const entity = this.resolveSubject(own)?.entity;
        if (entity && (entity.agreements.size === 0 || entity.agreements.has(agreement))) return entity;
      }
    }
    return null;
  }

  /**
   * A definite title at `at`, right after its clause's verb, with a name that makes it someone brought
   * in: not a verb whose subject speaks no more (وتوفي الأمير فلان أمس، وقال), and not a title that
   * runs on into the title of the verb's object (والتقت الوزيرة محافظ أسيوط فلان، وقالت: she goes on).
   */
  private bringsInSomeone(at: number): boolean {
    const verb = (this.tokens[at - 1] as Token).norm.replace(/^[وف]/u, '');
    if (SILENT_SUBJECT_VERBS.has(verb)) return false;
    const second = this.tokens[at + 1];
    if (
      second?.type === 'word' &&
      !hasArticle(second.norm) &&
      stripToSet(second.norm, TITLE_SET) === second.norm
    )
      return false;
    return this.namedInFull(at) || this.namesSomeone(at);
  }

  /**
   * The subject at `at` is one title word and the name right after it (المحامي فلان), or a name alone:
   * someone named there, not a definite title that may stand for the speaker already on the floor, nor
   * a title with its object (والتقت الوزيرة محافظ أسيوط فلان, التقى المحامي شابا سوريا).
   */
  private namesSomeone(at: number): boolean {
    const subject = this.subjectAt(at);
    // A noun and its adjective both in the accusative (التقى المحامي شابا سوريا) are his object.
    const [first, second] = (subject?.name ?? []).map((k) => (this.tokens[k] as Token).norm);
    if (first?.endsWith('ا') && second?.endsWith('ا')) return false;
    return (
      subject !== null &&
      subject.title.length <= 1 &&
      subject.name.length > 0 &&
      subject.name[0] === at + subject.title.length
    );
  }

  /**
   * True when the word before the quote at `open` is a definite group of people or a body, with or
   * without و (المواطنين, والمقيمين, الحكومة): those an appeal is made to, the quote being what is asked.
   */
  private appealedBefore(open: number): boolean {
    const before = this.tokens[open - 1];
    if (before?.type !== 'word') return false;
    const norm = before.norm.startsWith('وال') ? before.norm.slice(1) : before.norm;
    return hasArticle(norm) && (isGroupPlural(norm) || ORGANISATION_SET.has(norm) || DUAL_SET.has(norm));
  }

  /**
   * After a cue with no complementiser, a quote is the utterance itself (direct) when it is a clause
   * of its own: nothing but the cue phrase, a circumstance and punctuation before it, and not the
   * object of a preposition (`عبّرت عن «خيبة أملها»` is partial).
   */
  private standsAsUtterance(from: number, open: number, cls: CueClass): boolean {
    // The hearer and an adverb may stand between (وقال لنا حرفيا «…»).
    let start = from;
    while (
      start < open &&
      this.tokens[start]?.type === 'word' &&
      (HEARER_PRONOUNS.has((this.tokens[start] as Token).norm) ||
        TIME_SET.has((this.tokens[start] as Token).norm))
    )
      start++;
    // …and the speaker's age as an aside (ويقول فلان (29 عاما) «…», وتتساءل فلانة، 35 عاما، «…»).
    const aged = ageAsideEnd(this.tokens, start);
    if (aged >= 0 && aged <= open) start = aged;
    // …and how it is said (ويضيف ضاحكا «…», وتضيف بحسرة «…», ويتابع بصوت منخفض «…»).
    const manner = this.tokens[start];
    if (start < open && manner?.type === 'word' && !lookupCue(manner.norm)) {
      if (MANNER_ACCUSATIVE.test(manner.norm) && !hasArticle(manner.norm)) start++;
      else start = Math.min(this.pastManner(start), open);
    }
    if (this.onlyPunctuationBetween(start, open)) return true;
    if (this.afterPreposition(open)) return false;
    // تساءل عن مصير «…», محذرا من عواقب «…»: the verb's preposition and a noun in construct, the quote
    // its genitive. Not after قال (قال عن زميله «…» gives the words about him).
    if (cls !== 'say' && open === start + 2 && this.constructAfterPreposition(start)) return false;
    // The complement of a noun that governs one (على ضرورة «…»).
    const before = this.tokens[open - 1];
    if (before?.type === 'word' && stripToSet(before.norm, COMPLEMENT_NOUN_SET) !== undefined) return false;
    // A relative clause on the noun before the mark (أكد فلان عدم صحة الأنباء «التي تداولتها …»): the
    // narrator's phrase goes on in the quote, a fragment of it.
    if (before?.type === 'word' && RELATIVES.has(this.tokens[open + 1]?.norm ?? '')) return false;
    let words = 0;
    for (let i = open + 1; i < this.tokens.length && words < 4; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'mark' || token.type === 'break') break;
      if (token.type === 'word') words++;
    }
    return words >= 4;
  }

  /**
   * A preposition a verb of saying governs, then an indefinite noun with no article (عن مصير, من عواقب,
   * إلى ضرورة): a construct whose genitive must follow.
   */
  private constructAfterPreposition(at: number): boolean {
    const preposition = this.tokens[at];
    const noun = this.tokens[at + 1];
    if (
      preposition?.type !== 'word' ||
      !GOVERNED_PREPOSITIONS.has(preposition.norm) ||
      noun?.type !== 'word' ||
      hasArticle(noun.norm) ||
      noun.norm.length <= 2 ||
      // …a noun: no demonstrative or particle (على ذلك «…», على هذا «…»), no person or place (عن يوسف
      // «…», على سامر «…»): the words said of them follow
      stripToSet(noun.norm, STOP_SET) !== undefined ||
      PLACE_SET.has(noun.norm) ||
      isGivenName(noun.norm) ||
      this.entities.knowsNameWord(noun.norm)
    )
      return false;
    // A noun with a possessive pronoun closes its phrase (كتب على حسابه «…», على صفحتها «…»): the
    // quote is no genitive of it. Read as written, ة apart from ه.
    let end = noun.to;
    while (end > noun.from && isIgnorable(this.text.charCodeAt(end - 1))) end--;
    return !POSSESSED_END.test(this.text.slice(noun.from, end));
  }

  /**
   * The quote is the object of a preposition (عن «…», بـ«…», للـ«…»): a preposition, or a proclitic
   * written alone before the mark. Not the last word of a name (فرانس برس «…»), an addressee
   * (للصحفيين «…»), a time (أمس «…») or قوله «…».
   */
  private afterPreposition(open: number): boolean {
    const before = this.tokens[open - 1];
    if (before?.type !== 'word') return false;
    const norm = before.norm;
    return PREPOSITIONS.has(norm) || norm.length <= 2 || /^و?(?:بال|لل)$/u.test(norm);
  }

  /**
   * A short quote whose words also stand elsewhere in the article is a name (طالبان, حماس), not a
   * fragment of speech: speech fragments are rarely repeated word for word.
   */
  private isRecurringName(span: Span): boolean {
    if (span.close < 0) return false;
    const words: string[] = [];
    let last = -1;
    for (let i = span.open + 1; i < span.close; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'word') {
        words.push(token.norm);
        last = i;
      }
      if (words.length > 3) return false;
    }
    if (words.length === 0) return false;
    // A name is not possessed: «قلقه», «موقفهم» are someone's words even when the article repeats them.
    if (this.isPossessed(last)) return false;
    // …nor the predicate or the complement a verb of saying or judging governs (وصفه بأنه «…», اعتبر
    // القرار «…», دعا إلى «…»): a headline or a repeated paragraph quotes those words again.
    if (this.fragmentPosition(span.open)) return false;
    // …nor an indefinite accusative with its preposition's complement («تحريضا على العنف», «خطرا على
    // …»): a predicate's shape, what a verb makes of its object, the same words again or not.
    if (accusativePredicate(words)) return false;
    const key = words.join(' ');
    let count = this.sequenceCounts.get(key);
    if (count === undefined) {
      count = 0;
      let fragment = false;
      // Where the first two words stand together: one look-up, not every place of a common first word.
      const starts =
        words.length > 1
          ? this.positionsOfPair(words[0] as string, words[1] as string)
          : this.positionsOf(key);
      for (const at of starts) {
        let k = 0;
        let j = at;
        while (k < words.length && this.tokens[j]?.norm === words[k]) {
          k++;
          j++;
          while (k < words.length && this.tokens[j] && this.tokens[j]?.type !== 'word') j++;
        }
        // Inside a longer quote the words are someone's speech, not a name used again; nor in a line's
        // statement after its speaker and colon (a headline's: فلان: لندن تمارس «لعبة قذرة»), which
        // repeats the words the article reports.
        if (k === words.length && !this.insideLongerQuote(at, j) && !this.inStatementLine(at)) count++;
        // The words quoted alone where a verb governs them as its predicate or complement elsewhere are
        // someone's fragment wherever the article quotes them again (the headline over the lede).
        if (
          k === words.length &&
          !fragment &&
          this.closeOf.get(at - 1) === j &&
          this.fragmentPosition(at - 1)
        )
          fragment = true;
      }
      if (fragment) count = FRAGMENT_COUNT;
      this.sequenceCounts.set(key, count);
    }
    if (count === FRAGMENT_COUNT) return false;
    if (count >= 2) return true; // the quote itself is one occurrence
    // «لريتشارد بيرل» after «ريتشارد بيرل»: a name quoted alone elsewhere, here behind ل or ب.
    const first = words[0] as string;
    if (first.length < 4 || (first[0] !== 'ل' && first[0] !== 'ب')) return false;
    const bare = [first.startsWith('لل') ? `ا${first.slice(1)}` : first.slice(1), ...words.slice(1)];
    return this.quotedAlone(bare);
  }

  /**
   * True when the quote opening at `open` stands where a verb of saying or judging puts the speaker's
   * predicate or complement, no name's place: after a complementiser with the pronoun of its subject
   * (بأنه «…», أنها «…»), after أن and a definite subject (awaitsPredicate), right after the preposition a
   * cue governs (verbComplement: دعا فلان إلى «…», طالب بـ«…»), or as the second object of a verb of
   * judging or describing after its definite object (judgedObject: اعتبر فلان الاتهامات «…»).
   */
  private fragmentPosition(open: number): boolean {
    const before = this.tokens[open - 1];
    if (before?.type !== 'word') return false;
    return (
      PRONOUN_THAT.has(before.norm) ||
      this.awaitsPredicate(open) ||
      (this.indefinitePhrase(open) && (this.verbComplement(open) || this.stanceComplement(open))) ||
      this.judgedObject(open)
    );
  }

  /**
   * True when the quote opening at `open` is an indefinite phrase of two words or more, none with the
   * article and none a word of a name the article knows (مرحلة انتقالية, حوار شامل): a description, not
   * the name of a firm, a body or a party that a verb's preposition may govern as well (أشاد بـ«أرامكو»,
   * الانضمام إلى «منظمة التجارة»).
   */
  private indefinitePhrase(open: number): boolean {
    const close = this.closeOf.get(open);
    if (close === undefined || close - open - 1 < 2) return false;
    // (…nor one that opens with a naming noun or a body's head, a name's own: «مبادرة مسك», «تطبيق …»,
    // «مهرجان …», «مؤسسة …»)
    const head = this.tokens[open + 1] as Token;
    if (
      stripToSet(head.norm, KIND_NAMING_SET) !== undefined ||
      stripToSet(head.norm, ORGANISATION_SET) !== undefined ||
      stripToSet(head.norm, TITLED_WORK_SET) !== undefined
    )
      return false;
    for (let k = open + 1; k < close; k++) {
      const token = this.tokens[k] as Token;
      if (token.type !== 'word' || hasArticle(token.norm) || this.entities.knowsNameWord(token.norm))
        return false;
    }
    return true;
  }

  /**
   * True when the quote at `open` is what a definite verbal noun's preposition governs, the verbal noun
   * the complement of a noun of stance (COMPLEMENT_NOUNS: ضرورة الانتقال إلى «…», أهمية العودة إلى «…»):
   * the speaker's own phrase for where things must go.
   */
  private stanceComplement(open: number): boolean {
    const preposition = this.tokens[open - 1];
    const noun = this.tokens[open - 2];
    const stance = this.tokens[open - 3];
    return (
      preposition?.type === 'word' &&
      VERB_PREPOSITIONS.has(preposition.norm) &&
      noun?.type === 'word' &&
      hasArticle(noun.norm) &&
      stance?.type === 'word' &&
      stripToSet(stance.norm, COMPLEMENT_NOUN_SET) !== undefined
    );
  }

  /**
   * True when the quote at `open` is the second object of a verb of judging or describing (JUDGING_LEMMAS:
   * اعتبر, عد, وصف), its definite object right before the mark and its subject between (اعتبرت الوزيرة
   * فلانة الاتهامات «سخيفة»): the words the subject judges it by. Only plain words between the verb and
   * the mark; the quote opens with no article (a definite quote after a definite noun is its name:
   * المنتخب «الأخضر»).
   */
  private judgedObject(open: number): boolean {
    const object = this.tokens[open - 1];
    const first = this.tokens[open + 1];
    if (
      object?.type !== 'word' ||
      !hasArticle(object.norm) ||
      first?.type !== 'word' ||
      hasArticle(first.norm)
    )
      return false;
    for (let k = open - 2; k >= 0 && open - 2 - k <= MAX_SUBJECT_SPAN; k--) {
      if (this.tokens[k]?.type !== 'word') return false;
      const cue = this.cueAt(k);
      if (!cue) continue;
      return (
        JUDGING_LEMMAS.has(fold(cue.match.lemma)) &&
        cue.subject !== null &&
        cue.subject.last < open - 1 &&
        cue.end <= open - 1
      );
    }
    return false;
  }

  /**
   * True when the word at `index` is إلى or على with the pronoun ه as written (المشار إليه, في حاجة إليه),
   * which folding spells as a noun in ة (آلية): a pronoun, no head that wants a name after it.
   */
  private prepositionWithPronoun(index: number): boolean {
    const token = this.tokens[index];
    if (token?.type !== 'word' || !/^و?(?:الي|علي)ه$/u.test(token.norm)) return false;
    let end = token.to;
    while (end > token.from && isIgnorable(this.text.charCodeAt(end - 1))) end--;
    return this.text[end - 1] === 'ه';
  }

  /** The words stand elsewhere as a quote of their own and nothing more (looked up once per sequence). */
  private quotedAlone(words: readonly string[]): boolean {
    const key = words.join(' ');
    const known = this.aloneQuoted.get(key);
    if (known !== undefined) return known;
    const starts =
      words.length > 1
        ? this.positionsOfPair(words[0] as string, words[1] as string)
        : this.positionsOf(words[0] as string);
    const found = starts.some((at) => {
      if (this.tokens[at - 1]?.type !== 'mark') return false;
      let k = 0;
      let j = at;
      while (k < words.length && this.tokens[j]?.norm === words[k]) {
        k++;
        j++;
      }
      return k === words.length && this.tokens[j]?.type === 'mark';
    });
    this.aloneQuoted.set(key, found);
    return found;
  }

  /**
   * The word ends in a possessive pronoun: ها, هم, هما, هن or a ه read from the text (folding writes ة
   * as ه too), on a stem of three letters or more, الله apart; never a word with the article (الحكم,
   * الوهم). نا and كم are left out: names end so too often (كورونا, فيينا, أستانا).
   */
  private isPossessed(index: number): boolean {
    const token = this.tokens[index] as Token;
    // The article as written: folding makes ألبوم look like ال + بوم.
    if (hasArticle(this.text.slice(token.from, token.to))) return false;
    if (POSSESSIVE_END.test(token.norm)) return token.norm.length > 4;
    let end = token.to;
    while (end > token.from && isIgnorable(this.text.charCodeAt(end - 1))) end--;
    return this.text[end - 1] === 'ه' && token.norm.length >= 4 && !token.norm.endsWith('الله');
  }

  /** True when tokens [from, to) lie inside a quote that holds more words than they do. */
  private insideLongerQuote(from: number, to: number): boolean {
    if (!this.spanOfToken) {
      this.spanOfToken = new Int32Array(this.tokens.length).fill(-1);
      this.spans.forEach((span, index) => {
        if (span.close < 0) return;
        for (let i = span.open + 1; i < span.close; i++) (this.spanOfToken as Int32Array)[i] = index;
      });
    }
    const index = this.spanOfToken[from] ?? -1;
    if (index < 0) return false;
    const span = this.spans[index] as Span;
    for (let i = span.open + 1; i < span.close; i++) {
      if (i >= from && i < to) continue;
      if ((this.tokens[i] as Token).type === 'word') return true;
    }
    return false;
  }

  private spanOfToken: Int32Array | null = null;

  /** How often each short word sequence occurs in the text, counted once per sequence. */
  private readonly sequenceCounts = new Map<string, number>();
  /** Whether each word sequence stands elsewhere as a quote of its own (quotedAlone). */
  private readonly aloneQuoted = new Map<string, boolean>();
  /** For a quoted name, where it is quoted after a body's head, and that body's words (quotedSource). */
  private readonly namedBodies = new Map<string, Array<{ at: number; words: string[] }>>();
  /** The one interviewed in a question-and-answer layout, once read (intervieweeBefore). */
  private interviewee: Entity | null | undefined = undefined;
  /** Word positions by the pair of words that starts there, built on first use. */
  private pairIndex: Map<string, number[]> | undefined;

  private wordIndex: Map<string, number[]> | null = null;

  /** How often a folded word occurs, counted to 2 (all a misspelling test asks), from the word index. */
  private occurrencesUpToTwo(norm: string): number {
    return Math.min(2, this.positionsOf(norm).length);
  }

  /**
   * A word the article gives alone as a cue's whole subject (وأضاف بالكايا:, loneSubjects) that it wrote
   * before right after a known name (المدرب كمال رفعت بالكايا، …), which the subject reading takes for ب
   * and the article: that person's surname. The name there, run on to the word, is learnt as his; the
   * subject is the word. Null otherwise.
   */
  private loneSurnameAt(from: number): Subject | null {
    const word = this.tokens[from];
    if (word?.type !== 'word') return null;
    this.lone ??= loneSubjects(this.text, this.tokens);
    if (!this.lone.has(word.norm)) return null;
    for (const at of this.positionsOf(word.norm)) {
      if (at >= from) break;
      let start = at;
      while (
        at - start < MAX_NAME_WORDS &&
        this.tokens[start - 1]?.type === 'word' &&
        this.entities.knowsNameWord((this.tokens[start - 1] as Token).norm)
      )
        start--;
      if (start === at) continue;
      const fuller = this.mentionOf(range(start, at), true, true);
      if (!fuller || !this.entities.learn(null, fuller, false)) continue;
      return { first: from, last: from, title: [], name: [from], organisation: false, closed: true };
    }
    return null;
  }

  private positionsOf(norm: string): number[] {
    if (!this.wordIndex) {
      this.wordIndex = new Map();
      this.tokens.forEach((token, i) => {
        if (token.type !== 'word') return;
        const list = this.wordIndex?.get(token.norm);
        if (list) list.push(i);
        else this.wordIndex?.set(token.norm, [i]);
      });
    }
    return this.wordIndex.get(norm) ?? [];
  }

  /** Where a word is followed by another, with only non-words between them (as `isRecurringName` matches). */
  private positionsOfPair(first: string, second: string): number[] {
    if (!this.pairIndex) {
      const index = new Map<string, number[]>();
      let previous = -1;
      this.tokens.forEach((token, i) => {
        if (token.type !== 'word') return;
        if (previous >= 0) {
          const pair = `${(this.tokens[previous] as Token).norm} ${token.norm}`;
          const list = index.get(pair);
          if (list) list.push(previous);
          else index.set(pair, [previous]);
        }
        previous = i;
      });
      this.pairIndex = index;
    }
    return this.pairIndex.get(`${first} ${second}`) ?? [];
  }

  private onlyPunctuationBetween(from: number, to: number): boolean {
    for (let i = from; i < to; i++) {
      const token = this.tokens[i] as Token;
      if (token.type === 'word') {
        const cue = this.verbAt(i);
        if (cue && (cue.tense === 'participle' || cue.tense === 'present')) continue; // وتابع قائلا
        return false;
      }
    }
    return true;
  }

  private cueText(index: number): string {
    const token = this.tokens[index] as Token;
    return this.text.slice(token.from, token.to);
  }

  /** Attribution after the closing mark: «…»، قال فلان / بحسب فلان / على حد قوله. */
  private readAfter(span: Span): Attribution | null {
    if (span.close < 0) return null;
    let i = span.close + 1;
    while (this.tokens[i]?.type === 'punct' && isComma(this.tokens[i])) i++;
    // «…»: قالت لي سيدة: a colon after a quote that opens its sentence, then a cue with its own subject.
    const colon = this.tokens[i]?.norm === ':';
    if (colon) i++;
    const token = this.tokens[i];
    if (token?.type !== 'word') return null;
    // A sentence the tokenizer ended after the quote with no full stop in it (جدة - «عكاظ» أعلنت …:
    // a dateline's paper) is not the quote's: a stop inside it («…!» قال فلان) keeps the cue after it.
    const close = this.tokens[span.close] as Token;
    if (token.sentence > close.sentence && !SENTENCE_ENDS.has(this.tokens[span.close - 1]?.norm ?? ''))
      return null;
    const startsSentence = this.startsSentence(span.open);
    const cue = this.cueAt(i);
    if (colon) {
      if (!startsSentence || !cue?.entity || cue.match.clitic !== '' || cue.match.tense === 'participle')
        return null;
      return {
        kind: 'direct',
        speaker: { entity: cue.entity, mention: cue.mention, resolution: 'explicit' },
        cue: this.cueText(i),
      };
    }
    // فقال after a quote opens the next clause (… في «الملعب» فقال: …); it does not attribute it.
    if (cue && cue.match.tense !== 'participle' && cue.match.clitic !== 'ف') {
      const speaker = this.speakerOf(cue);
      if (!speaker) return null;
      return { kind: startsSentence ? 'direct' : 'partial', speaker, cue: this.cueText(i) };
    }
    // …، كما قال فلان; …، على ما قال فلان (as he put it), the same clause with على ما, when the quote is
    // a clause or a predicate, not a preposition's object (تظاهروا ضد «…»، على ما أفادت الوكالة: a name),
    // bare or with a pronoun (أطلقوا عليها «…»), nor a verb of naming's object (وسماها المحللون «…»).
    const before = this.tokens[span.open - 1]?.norm ?? '';
    const governed =
      PREPOSITIONS.has(before) ||
      before === 'ل' ||
      before === 'ب' ||
      PREPOSITIONAL_PRONOUN.test(before) ||
      this.namedBy(span.open);
    const onWhat = token.norm === 'على' && this.tokens[i + 1]?.norm === 'ما' && !governed ? 1 : 0;
    const as = AS_WORDS.has(token.norm) || onWhat ? this.asClause(i + 1 + onWhat) : null;
    if (as)
      return { kind: startsSentence ? 'direct' : 'partial', speaker: as, cue: this.cueText(i + 1 + onWhat) };
    const back = this.matchPhrase(i, BACK_REFERENCE_LIST);
    if (back > 0) {
      const entity = this.entities.continuing(null);
      if (!entity) return null;
      return {
        kind: startsSentence ? 'direct' : 'partial',
        speaker: { entity, mention: this.entities.canonical(entity), resolution: 'continuation' },
        cue: this.cueText(i),
      };
    }
    return this.fromSource(i, startsSentence ? 'direct' : 'partial');
  }

  /**
   * A whole quoted sentence, then a sentence that points back to it and names who said it, in the
   * same paragraph or the next: «…». بهذه الكلمات علق الوزير فلان على …; «…»، هكذا لخص …; «…». جاء
   * ذلك في كلمة ألقاها المحافظ فلان. The quote is that speaker's utterance (direct).
   */
  private pointedAfter(span: Span): Attribution | null {
    if (span.close < 0 || !this.startsSentence(span.open)) return null;
    let i = span.close + 1;
    for (let step = 0; step < 4 && this.tokens[i] && this.tokens[i]?.type !== 'word'; step++, i++) {
      const token = this.tokens[i] as Token;
      if (
        token.type !== 'break' &&
        token.norm !== '،' &&
        token.norm !== ',' &&
        !SENTENCE_ENDS.has(token.norm)
      )
        return null;
    }
    const word = this.tokens[i];
    if (word?.type !== 'word') return null;
    // Only a comma between the words and the frame, no full stop: «…»، كما لخص فلان …
    const comma = isComma(this.tokens[i - 1]);
    // A word that can open the frame's verb: none with the article (بهذا الحجم, كما الحال: a noun).
    // (nor a complementiser: «…»، كما أن الوزارة … is "and also", no frame)
    const next = this.tokens[i + 1];
    const verbAfter = next?.type === 'word' && !hasArticle(next.norm) && !COMPLEMENTISER_SET.has(next.norm);
    let verb = -1;
    if (POINTER_ALONE_SET.has(word.norm)) verb = i + 1;
    else if (
      stripToSet(word.norm, POINTER_SET) !== undefined &&
      POINTED_NOUN_SET.has(this.tokens[i + 1]?.norm ?? '')
    )
      verb = i + 2;
    // «…»، بهذا أوضح فلان …: the masculine pointer stands alone for the words, right before the verb.
    else if (POINTER_BARE.has(stripToSet(word.norm, POINTER_SET) ?? '') && verbAfter) verb = i + 1;
    // «…»، كما لخص فلان موقفه: after a comma, كما before any verb names who said the words (a verb of
    // saying is read by readAfter before this).
    // …not a verb of naming (كما تسميه وسائل الإعلام: the quote is a name), nor a clause that is an aside
    // of the sentence the quote is the subject of («الربيع العربي»، كما عرفه الإعلام، بدأ في تونس).
    else if (comma && AS_WORDS.has(word.norm) && verbAfter && !this.namingOrAside(i + 1)) verb = i + 1;
    else if (stripToSet(word.norm, JAA) !== undefined && this.tokens[i + 1]?.norm === 'ذلك')
      verb = this.deliveringVerb(i + 2);
    // هذا ما أكده فلان: the verb carries the quote as its pronoun.
    else if (POINTER_WHAT_SET.has(word.norm) && this.tokens[i + 1]?.norm === 'ما') {
      const said = this.tokens[i + 2]?.norm ?? '';
      const bare = said.replace(OBJECT_PRONOUN_END, '');
      if (bare !== said && lookupCue(bare) !== undefined) verb = i + 2;
      // هذا ما لخص به فلان موقفه: the words come back as به after the verb, which keeps its own object.
      else if (!hasArticle(said) && RESUMPTIVE_PRONOUNS.has(this.tokens[i + 3]?.norm ?? '')) verb = i + 2;
    }
    if (verb < 0 || this.tokens[verb]?.type !== 'word') return null;
    let from = verb + 1;
    // أدلى بها الوزير: the pronoun of the words after the verb.
    if (RESUMPTIVE_PRONOUNS.has(this.tokens[from]?.norm ?? '')) from++;
    const subject = this.subjectAt(from);
    if (!subject || (subject.name.length === 0 && subject.title.length === 0)) return null;
    // The verb of the frame may take its own object after the subject (هكذا لخص فلان موقفه, بهذه العبارة
    // وصف فلان الوضع, بهذا أوضح فلان موقف الوزارة): unless it is قال, read the name as before one.
    const cue = lookupCue((this.tokens[verb] as Token).norm);
    const resolved = this.resolveSubject(
      cue?.cls === 'say' ? subject : this.nameBeforeFrameObject(subject, cue),
      cue?.takesObject !== false && !subject.closed,
    );
    if (!resolved) return null;
    return {
      kind: 'direct',
      speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
      cue: this.cueText(verb),
    };
  }

  /**
   * After كما, the verb at `at` names (NAMING_VERB_SET, its object pronoun aside: تسميه, سماها, يلقبه),
   * or its clause runs to a comma and the sentence goes on after it with a word that is no cue («…»، كما
   * يصفها الاقتصاديون، لم تدم طويلا): the quoted words are a name, the subject of the sentence, and the
   * clause an aside about it. Bounded: MAX_AS_ASIDE tokens.
   */
  private namingOrAside(at: number): boolean {
    const verb = (this.tokens[at] as Token).norm.replace(CONJUNCTION_START, '');
    if (NAMING_VERB_SET.has(verb) || NAMING_VERB_SET.has(verb.replace(/(?:ه|ها|هم|ونه|ونها)$/u, '')))
      return true;
    for (let k = at + 1; k < this.tokens.length && k - at <= MAX_AS_ASIDE; k++) {
      const token = this.tokens[k] as Token;
      if (token.type === 'word') continue;
      if (!isComma(token)) return false;
      const next = this.tokens[k + 1];
      return next?.type === 'word' && lookupCue(next.norm) === undefined;
    }
    return false;
  }

  /**
   * The verb at `at` opens a frame after a quote that names who said it and takes its own object (هكذا
   * لخص, بهذه العبارة وصف, بهذا أوضح, هذا ما لخص به): a word right after a closing mark and its comma or
   * full stop, as pointedAfter reads it; a cue of saying that takes no object (قال) is none.
   */
  private framedVerb(at: number): boolean {
    // (هذا ما لخص به فلان: from the subject, the verb is the word before به)
    if (RESUMPTIVE_PRONOUNS.has(this.tokens[at]?.norm ?? '')) at--;
    const verb = this.tokens[at];
    if (verb?.type !== 'word' || lookupCue(verb.norm)?.cls === 'say') return false;
    let k = at - 1;
    if (RESUMPTIVE_PRONOUNS.has(this.tokens[at + 1]?.norm ?? '') && this.tokens[k]?.norm === 'ما') k--;
    else if (POINTED_NOUN_SET.has(this.tokens[k]?.norm ?? '')) k--;
    const pointer = this.tokens[k];
    if (pointer?.type !== 'word') return false;
    const norm = pointer.norm;
    const framing =
      POINTER_ALONE_SET.has(norm) ||
      stripToSet(norm, POINTER_SET) !== undefined ||
      POINTER_WHAT_SET.has(norm) ||
      AS_WORDS.has(norm);
    if (!framing) return false;
    let j = k - 1;
    while (this.tokens[j] && this.tokens[j]?.type !== 'word' && this.tokens[j]?.type !== 'mark') j--;
    // (a closing mark: not the opening of a quote that begins with the frame's words)
    const mark = this.tokens[j];
    return mark?.type === 'mark' && mark.canClose === true;
  }

  /**
   * The subject of a frame's verb that takes its own object after the subject (هكذا لخص فلان موقفه,
   * بهذه العبارة وصف فلان الوضع, هكذا يختصر فلان حال السوق): the verb must have its object, so when the
   * words read as the name run to the end of the phrase, the last of them is that object: a word with a
   * possessive pronoun (موقفه, زوارها), or a definite noun that is no family name (no nisba, no compound's
   * end, no word of a known name), with the plain noun before it when the two make a construct (حال
   * السوق) and what is left is a name of two words — not a family name after a father's (بن عمر باعشن).
   * The subject it gives back is closed: the name is whole.
   */
  private nameBeforeFrameObject(
    subject: Subject,
    cue = lookupCue((this.tokens[subject.first - 1] as Token)?.norm ?? ''),
  ): Subject {
    if (subject.organisation || subject.name.length === 0) return subject;
    // A title and one word with a possessive pronoun that no name spells (بهذا لخص المبعوث الأممي رؤيته,
    // هكذا أعلن القائد جاهزيته): the frame verb's object, the title alone its subject.
    const [only] = subject.name;
    if (
      subject.title.length > 0 &&
      subject.name.length === 1 &&
      only !== undefined &&
      this.isPossessed(only) &&
      !this.entities.knowsNameWord((this.tokens[only] as Token).norm) &&
      !isGivenName((this.tokens[only] as Token).norm)
    )
      return { ...subject, name: [], last: subject.title.at(-1) as number, closed: true };
    // The name's words and at most two after them that the phrase ran on into (حال السوق, القرار الأخير);
    // what comes later is the rest of the clause (البطولة لأنصار الفريق).
    const words: number[] = [];
    const until = Math.min(subject.last, (subject.name.at(-1) as number) + 2);
    for (let k = subject.name[0] as number; k <= until; k++)
      if (this.tokens[k]?.type === 'word') words.push(k);
    const norm = (n: number) => (this.tokens[words[n] as number] as Token).norm;
    const nameWord = (w: string) => this.entities.knowsNameWord(w) || isGivenName(w);
    const n = words.length;
    const definite = (w: string) =>
      hasArticle(w) && !isNisba(w) && !COMPOUND_END_SET.has(w) && !this.entities.knowsNameWord(w);
    // (a word after a father's name, بن فلان: the family name, whatever its shape)
    const afterFather = (at: number) => at >= 2 && PATRONYM_SET.has(norm(at - 2));
    let drop = 0;
    const possessed = n >= 3 && this.isPossessed(words[n - 1] as number) && !nameWord(norm(n - 1));
    if (possessed) drop = 1;
    // the definite noun and its definite adjectives (القرار الأخير), leaving two words of the name; after a
    // father's name a definite word may be the family name (بن سعد العتيبي), but not one that an adjective
    // already dropped followed (بن عمارة القرار الأخير)
    else
      while (n - drop >= 3 && definite(norm(n - drop - 1)) && (drop > 0 || !afterFather(n - drop - 1)))
        drop++;
    // …and the plain noun they are the genitive of (حال السوق, حال مزرعته)
    const at = n - drop - 1;
    const head = norm(at);
    const construct =
      drop > 0 &&
      n - drop >= 3 &&
      !hasArticle(head) &&
      !nameWord(head) &&
      !NAME_JOINER_SET.has(head) &&
      !NAME_JOINER_SET.has(norm(at - 1)) &&
      // (after a father's name a plain word of a family name's shape is his family name: a nisba's ـي, or
      // the Hadrami با, أبو shortened: بن عمر باعشن موقفه; another is a noun: بن علي حال حقله)
      !(afterFather(at) && FAMILY_AFTER_FATHER.test(head));
    if (construct) drop++;
    // A cue that takes no object (أكد, أوضح) keeps a definite word alone: a family name (فلان الحداد).
    else if (!possessed && cue !== undefined && !cue.takesObject) drop = 0;
    if (drop === 0) return subject;
    const name = words.slice(0, n - drop);
    return { ...subject, name, last: name.at(-1) as number, closed: true };
  }

  /**
   * After جاء ذلك at `at`: the author of the speech or the document named there, who delivered it (في كلمة
   * ألقاها الوزير فلان) or whose it is after ل (في بيان للمديرة التنفيذية فلانة, في تصريح صحفي لرئيس الاتحاد
   * فلان); a person or a body only. Null otherwise.
   */
  private authorAfterThat(at: number): Entity | null {
    let from = -1;
    const verb = this.deliveringVerb(at);
    if (verb >= 0) {
      from = verb + 1;
      if (RESUMPTIVE_PRONOUNS.has(this.tokens[from]?.norm ?? '')) from++;
    } else {
      const preposition = this.tokens[at]?.norm;
      if (preposition !== 'في' && preposition !== 'خلال') return null;
      const noun = this.tokens[at + 1];
      if (noun?.type !== 'word' || !(DOCUMENT_SET.has(noun.norm) || SPOKEN_FORMS.has(noun.norm))) return null;
      // (an adjective of the speech between, صحفي, مشترك: no article, no ل)
      let k = at + 2;
      const adjective = this.tokens[k];
      if (adjective?.type === 'word' && !adjective.norm.startsWith('ل') && !hasArticle(adjective.norm)) k++;
      if (!(this.tokens[k] as Token | undefined)?.norm.startsWith('ل')) return null;
      from = k;
    }
    // (after ل, read as an issuer's phrase that carries its preposition, which is no part of it)
    const read =
      verb >= 0 ? this.subjectAt(from) : readSubject(this.tokens, from, this.closeOf, true, this.text);
    if (!read || read.first !== from || (read.name.length === 0 && read.title.length === 0)) return null;
    const subject = verb >= 0 ? read : { ...read, conjunction: true };
    return this.resolveSubject(subject)?.entity ?? null;
  }

  /**
   * After جاء ذلك: في or خلال, the speech or the meeting in up to three words, then the verb that
   * delivered it (في كلمة ألقاها, خلال مؤتمر صحفي عقده). Its index, or -1.
   */
  private deliveringVerb(at: number): number {
    const preposition = this.tokens[at]?.norm;
    if (preposition !== 'في' && preposition !== 'خلال') return -1;
    for (let k = at + 1; k <= at + 4; k++) {
      const token = this.tokens[k];
      if (token?.type !== 'word') return -1;
      if (DELIVERING_SET.has(token.norm)) return k;
    }
    return -1;
  }

  /** A source phrase right after the quote's closing mark and its commas (، بحسب ما أفادت قناة …). */
  private sourceAfter(span: Span, kind: QuoteKind): Attribution | null {
    if (span.close < 0) return null;
    let i = span.close + 1;
    while (isComma(this.tokens[i])) i++;
    return this.tokens[i]?.type === 'word' ? this.fromSource(i, kind) : null;
  }

  /** A newspaper, an agency, a channel: every title form of the entity has a media head. */
  private isMedia(entity: Entity): boolean {
    const titles = entity.forms.filter((f) => !f.isName);
    return (
      titles.length > 0 &&
      titles.every((f) => {
        const head = f.words[0] as string;
        return MEDIA_SET.has(hasArticle(head) ? head.slice(2) : head);
      })
    );
  }

  /**
   * The speaker a clause of comparison names after a quote: «…»، كما قال الوزير فلان; كما نقل
   * القيادي عن حماس (the relayed source); كما عبّر عن ذلك الكاتب فلان (the subject after the verb's
   * own complement with a demonstrative). Null when it names no one (كما قال: the back reference).
   */
  private asClause(verb: number): Attribution['speaker'] {
    const token = this.tokens[verb];
    if (token?.type !== 'word') return null;
    const cue = this.cueAt(verb);
    if (!cue || cue.match.tense === 'participle') return null;
    if (cue.entity) return { entity: cue.entity, mention: cue.mention, resolution: 'explicit' };
    let from = verb + 1;
    if (this.tokens[from]?.type === 'word' && STOP_SET.has((this.tokens[from] as Token).norm)) from++;
    if (!DEMONSTRATIVE_SET.has(this.tokens[from]?.norm ?? '')) return null;
    const subject = this.subjectAt(from + 1);
    const resolved = subject ? this.resolveSubject(subject) : null;
    return resolved ? { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' } : null;
  }

  /**
   * The issuer named after a document: its genitive (بيان الوزارة), after صادر عن, or after لـ
   * (بيان للجيش: the army, without its preposition).
   */
  private issuerSubject(at: number): Subject | null {
    const k = this.issuerAt(at);
    const subject = this.subjectAt(k);
    const word = this.tokens[k];
    if (subject) {
      // بيان لوزير الخارجية, بيان لرئاسة الجمهورية: ل before a title's or a body's head is the preposition's.
      const first = (this.tokens[subject.first] as Token).norm;
      const head = stripToSet(first, TITLE_SET) ?? stripToSet(first, ORGANISATION_SET);
      const lam = subject.first === k && first.startsWith('ل') && head !== undefined && head !== first;
      return lam && !subject.conjunction ? { ...subject, conjunction: true } : subject;
    }
    // بيان للوزارة, and بيان لوزارة الخارجية: ل before an indefinite body's head in construct too.
    if (
      word?.type !== 'word' ||
      !word.norm.startsWith('ل') ||
      stripToSet(word.norm, ORGANISATION_SET) === undefined
    )
      return null;
    const body = readSubject(this.tokens, k, this.closeOf, true, this.text);
    if (!body) return null;
    // A body, whatever its preposition made of it (للجيش is no name); after ل without the article the
    // head was not known for a body's (لوزارة), so its words run to the end of the phrase read.
    body.title = word.norm.startsWith('لل')
      ? [...body.title, ...body.name]
      : Array.from({ length: body.last - body.first + 1 }, (_, n) => body.first + n);
    // …to the end of the body's name as bodyNameEnd reads it, its field after لل and what is joined to it
    // with و (بيان للهيئة العامة للسياحة والتراث الوطني), which a name read from ل stops before.
    const named = this.bodyNameEnd(k);
    if (named > body.last) {
      body.title = range(k, named).filter((n) => (this.tokens[n] as Token).type === 'word');
      body.last = named;
    }
    body.name = [];
    body.organisation = true;
    body.conjunction = true;
    return body;
  }

  /**
   * The issuer of a definite document, after its definite adjectives and ل before a body's head (وأظهر
   * التقرير الشهري لمؤسسة النقد, وقال البيان الختامي للهيئة): that body; null when no such ل follows
   * (البيان alone is the speaker so far). Looks at three words at most.
   */
  private definiteIssuer(at: number): Subject | null {
    for (let k = at; k < at + 3; k++) {
      const word = this.tokens[k];
      if (word?.type !== 'word') return null;
      if (word.norm.startsWith('ل') && stripToSet(word.norm, ORGANISATION_SET) !== undefined)
        return this.issuerSubject(k);
      if (!hasArticle(word.norm) || ORGANISATION_SET.has(word.norm) || isTitleHead(word.norm)) return null;
    }
    return null;
  }

  /**
   * The issuer of a definite document read out in its name (البيان الذي قرأه العقيد فلان باسم «المجلس
   * العسكري …»): after الذي or التي and a verb of reading (READING_SET), the reader, then باسم and a
   * body, quoted or not (after a spokesman's title, المتحدث باسم الجيش, the body he speaks for); with
   * no باسم, the reader, titled or named in full; null otherwise. `at` is the word after the document.
   */
  private readInNameOf(at: number): Subject | null {
    const relative = this.tokens[at];
    const verb = this.tokens[at + 1];
    if (relative?.type !== 'word' || (relative.norm !== 'الذي' && relative.norm !== 'التي')) return null;
    if (verb?.type !== 'word' || !READING_SET.has(verb.norm)) return null;
    const reader = this.subjectAt(at + 2);
    if (!reader) return null;
    // باسم right after the reader, or taken into the reading of his title or name (أبارشي باسم).
    let k = at + 3;
    while (k <= reader.last && this.tokens[k]?.norm !== 'باسم') k++;
    // No body named: the reader speaks it, someone titled or named in full (تلاه وزير الإعلام فلان).
    if (this.tokens[k]?.norm !== 'باسم')
      return reader.title.length > 0 || reader.name.length > 1 ? { ...reader, closed: true } : null;
    const open = this.tokens[k + 1]?.type === 'mark' ? k + 1 : -1;
    const body = this.subjectAt(open >= 0 ? open + 1 : k + 1);
    if (!body?.organisation) return null;
    const close = open >= 0 ? this.closeOf.get(open) : undefined;
    if (open >= 0 && (close === undefined || body.last >= close)) return null;
    return { ...body, closed: true };
  }

  /**
   * The issuer of a definite document that its own sentence issued before the cue (أصدر كرسي … تقريره
   * السنوي …، وأكد التقرير أن): the document with a pronoun or tanween (تقريره, تقريرها, تقريرا), and
   * its issuer before it (issuerBefore). Looks back MAX_TOPIC_DISTANCE words at most.
   */
  private issuedEarlier(verb: number, bare: string): Subject | null {
    const stem = bare.endsWith('ه') ? `${bare.slice(0, -1)}ت` : bare;
    // (a noun in ى takes no alif: فتوى)
    const forms = [`${stem}ه`, `${stem}ها`, bare.endsWith('ى') ? bare : `${bare}ا`];
    for (let k = verb - 1; k > 0 && verb - k <= MAX_TOPIC_DISTANCE; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm))
        return k === verb - 1 ? this.issuedInSentenceBefore(k, bare) : this.issuedInClauseBefore(verb, bare);
      if (token.type === 'word' && forms.includes(token.norm)) return this.issuerBefore(k, verb, true);
    }
    return this.issuedInClauseBefore(verb, bare);
  }

  /**
   * With no document of the cue's named before it in its sentence, a comma right before the cue (وقضت
   * المحكمة … بسجن المتهم، وجاء في نص الحكم): the clause before it is read as the sentence before, whose
   * verb must be the document's issuer's (issuedInSentenceBefore).
   */
  private issuedInClauseBefore(verb: number, bare: string): Subject | null {
    return isComma(this.tokens[verb - 1]) ? this.issuedInSentenceBefore(verb - 1, bare) : null;
  }

  /**
   * For a document's cue that opens its sentence (وجاء في التعميم, وأضاف البيان), the body or the title
   * right after the verb that opens the sentence before, when that verb is the document's own (عممت
   * الوزارة على الخطباء … → التعميم; أعلنت الهيئة … → الإعلان), or one that issues it with the document as
   * its object (أصدرت النقابة بيانا …). `end` is the full stop or break before the cue; the look-back is
   * bounded by MAX_LOOKBACK_STEPS tokens.
   */
  private issuedInSentenceBefore(end: number, bare: string): Subject | null {
    let start = -1;
    const objects: number[] = [];
    // The document as the verb's object: with tanween (بيانا), a noun in ة as written (رسالة, مذكرة), or
    // with the issuer's pronoun (تقريره السنوي, رسالتها).
    const stem = bare.endsWith('ه') ? `${bare.slice(0, -1)}ت` : bare;
    const forms = [
      `${bare}ا`,
      `${stem}ه`,
      `${stem}ها`,
      ...(bare.endsWith('ه') || bare.endsWith('ى') ? [bare] : []),
    ];
    // The sentence before ends with its full stop, before the paragraph's break.
    const last = SENTENCE_ENDS.has(this.tokens[end - 1]?.norm ?? '') ? end - 2 : end - 1;
    for (let k = last; k >= 0 && end - k <= MAX_LOOKBACK_STEPS; k--) {
      const token = this.tokens[k] as Token;
      if (token.type === 'break' || SENTENCE_ENDS.has(token.norm)) {
        start = k + 1;
        break;
      }
      if (k === 0) start = 0;
      if (token.type === 'word' && forms.includes(token.norm)) objects.push(k);
    }
    const opener = this.tokens[start];
    if (start < 0 || opener?.type !== 'word') return null;
    const verb = opener.norm.replace(/^[وف]/u, '');
    // …a verb whose root opens with و as written (وجهت), or after the conjunction (ووجهت).
    const issuing = ISSUING_VERBS.has(verb) || ISSUING_VERBS.has(opener.norm.replace(/^[وف](?=و)/u, ''));
    if (
      !DOCUMENT_VERBS.get(bare)?.has(verb) &&
      !(objects.length > 0 && (issuing || ISSUING_VERBS.has(opener.norm)))
    )
      return null;
    const read = this.subjectAt(start + 1);
    if (!read || read.first !== start + 1) return null;
    // …not the document read on into the issuer's name (نشر صندوق النقد الدولي تقريره السنوي).
    const object = objects.find((k) => k > read.first && k <= read.last);
    const subject = object === undefined ? read : this.endBefore(read, object);
    const issuer = subject.organisation ? this.bodyBeforeObject(subject) : subject;
    if (!subject.organisation && subject.title.length === 0) return null;
    // A ruling only from a court (قضت المحكمة, رفضت محكمة الاستئناف): a lawyer, a party or a mufti who
    // rejects or upholds it issues none (رفض محامي المتهم الحكم. وجاء في نص الحكم).
    if (
      bare === 'حكم' &&
      !COURT_HEAD_SET.has((this.tokens[issuer.first] as Token).norm.replace(/^[وف]/u, ''))
    )
      return null;
    // The document named in that sentence is the opener's only as its object, right after its subject
    // (أصدرت النقابة أمس بيانا); further on it is another's, a later verb's object (أصدرت المحكمة حكما
    // ضد الشركة التي نشرت بيانا, أعلنت الشرطة القبض على شاب نشر إعلانا).
    let after = issuer.last + 1;
    while (after < end && TIME_SET.has(this.tokens[after]?.norm ?? '')) after++;
    return objects.every((k) => k === after) ? issuer : null;
  }

  /**
   * The court last named before `verb`, as the register read its name (محكمة لاهاي المحلية, المحكمة
   * الإدارية العليا), for a ruling (`bare`: حكم) no sentence before gives an issuer of (وجاء في نص الحكم
   * after أمرت محكمة … الحكومة بـ…): a ruling is a court's. Null for another document, or no court named.
   */
  private courtNamedBefore(verb: number, bare: string): Subject | null {
    if (bare !== 'حكم') return null;
    const named = this.entities.lastBodyName('محكمه', verb);
    if (!named) return null;
    const first = named.at;
    const last = first + named.words - 1;
    const head = (this.tokens[first] as Token).norm;
    return {
      first,
      last,
      title: range(first, last),
      name: [],
      organisation: true,
      closed: true,
      conjunction: head !== 'محكمه' && head !== 'المحكمه',
    };
  }

  /** Where a document's issuer starts: after صادر عن / صادرة من (بيان صادر عن وزارة الدفاع). */
  private issuerAt(from: number): number {
    const word = this.tokens[from];
    const preposition = this.tokens[from + 1]?.norm;
    if (word?.type === 'word' && ISSUED_BY.has(word.norm) && (preposition === 'عن' || preposition === 'من'))
      return from + 2;
    // بيان أصدرته وزارة الصحة: the verb that describes the document, then its issuer.
    if (word?.type === 'word' && DELIVERING_SET.has(word.norm)) return from + 1;
    return from;
  }

  /**
   * A source phrase at a word (بحسب, وفق ما, نقلا عن) and whom it names: the subject of the verb
   * after it (وفق ما قال الوزير) or the noun phrase itself (بحسب وسائل إعلام إسرائيلية).
   */
  private fromSource(i: number, kind: QuoteKind): Attribution | null {
    const source = this.matchPhrase(i, SOURCE_PHRASE_LIST);
    if (source === 0) return null;
    let from = i + source;
    const next = this.tokens[from];
    if (next?.type === 'word' && (next.norm === 'ل' || next.norm === 'ما' || next.norm === 'لما')) from++;
    // بحسب ما جاء في بيان الاتحاد, وفق ما ورد في تقرير الهيئة: the verb of appearing and its في, then the
    // document whose issuer speaks.
    const appeared = this.tokens[from]?.norm ?? '';
    const what = this.tokens[from - 1]?.norm ?? '';
    if (
      (what === 'ما' || what === 'لما' || what === 'حسبما') &&
      (appeared === 'جاء' || appeared === 'ورد') &&
      this.tokens[from + 1]?.norm === 'في'
    )
      from += 2;
    const verb = this.tokens[from];
    // (…a verb that is also a noun only after ما: بحسب ما ذكر المجلس, collidedVerbAt)
    if (
      verb?.type === 'word' &&
      (this.verbAt(from) || (this.afterSourceWhat(from) && this.collidedVerbAt(from)))
    ) {
      const relayed = this.cueAt(from);
      if (relayed?.entity) {
        return {
          kind,
          speaker: { entity: relayed.entity, mention: relayed.mention, resolution: 'explicit' },
          cue: this.cueText(i),
        };
      }
    }
    // وفق ما قاله قائد الشرطة, وفقا لما ذكره: a cue with its object pronoun, then its subject.
    const bareVerb = verb?.type === 'word' ? verb.norm.replace(/(?:ه|ها)$/u, '') : '';
    if (verb?.type === 'word' && bareVerb !== verb.norm && (lookupCue(bareVerb) ?? lookupCollided(bareVerb)))
      from++;
    // وفق بيان الخارجية: a document's issuer, named after it, speaks.
    const document = this.tokens[from];
    // …with ل glued to the document too (وفقا لتقرير الهيئة العامة للإحصاء, وفقا لبيان الوزارة).
    const documentNoun = document?.type === 'word' ? document.norm.replace(/^ل(?!ل)/u, '') : '';
    const issued =
      document?.type === 'word' &&
      !hasArticle(documentNoun) &&
      DOCUMENT_SET.has(documentNoun) &&
      this.tokens[from + 1]?.type === 'word';
    if (issued) from = this.issuerAt(from + 1);
    // …and a body after ل glued to its head, after the document (بحسب بيان للهيئة العامة للطيران المدني)
    // or after the source word itself (وفقا لإدارة التعليم بمحافظة الأحساء): the body, read without ل.
    const body = this.tokens[from];
    const glued =
      body?.type === 'word' &&
      /^ل/u.test(body.norm) &&
      !DOCUMENT_SET.has(body.norm.slice(1)) &&
      stripToSet(body.norm, ORGANISATION_SET) !== undefined &&
      stripToSet(body.norm, ORGANISATION_SET) !== body.norm;
    // وفقا لسامر الخطيب, طبقا للمحلل فلان: a person after the ل these words govern, glued to it.
    const source0 = this.tokens[i + source - 1];
    const lam =
      !glued &&
      from === i + source &&
      source0?.type === 'word' &&
      (LAM_SOURCES.has(source0.norm) || LAM_SOURCES.has(source0.norm.replace(/^و/u, ''))) &&
      body?.type === 'word' &&
      /^ل./u.test(body.norm);
    const subject = glued
      ? this.issuerSubject(from)
      : lam && (stripToSet(body.norm, TITLE_SET) !== undefined || BODY_MEMBER_SET.has(body.norm.slice(1)))
        ? this.lamSubject(from)
        : this.subjectAt(from);
    // …and a name glued to ل (لسامر الخطيب): the name without it (لل opens a noun, never a name: للخطة).
    if (lam && subject && !body.norm.startsWith('لل') && subject.title.length === 0 && subject.first === from)
      subject.conjunction = true;
    const resolved = subject ? this.resolveSubject(subject) : (this.quotedSource(from) ?? null);
    if (!resolved) return this.issuedByFloor(from, i, kind);
    return {
      kind,
      speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
      cue: this.cueText(i),
    };
  }

  /**
   * بحسب بيان أصدرته الخميس: a document whose verb names no issuer after it (a time, a place) was
   * issued by the one its pronoun stands for, the speaker on the floor, when the verb's gender (أصدرته,
   * أصدره) agrees with it. `from` is the word after the verb.
   */
  private issuedByFloor(from: number, i: number, kind: QuoteKind): Attribution | null {
    const verb = this.tokens[from - 1];
    const floor = this.entities.floor;
    if (verb?.type !== 'word' || !DELIVERING_SET.has(verb.norm) || !floor) return null;
    const agreement = /ت(?:ه|ها)$/u.test(verb.norm) ? 'f' : 'm';
    if (floor.agreements.size > 0 && !floor.agreements.has(agreement)) return null;
    return {
      kind,
      speaker: { entity: floor, mention: this.entities.canonical(floor), resolution: 'continuation' },
      cue: this.cueText(i),
    };
  }

  /**
   * A source named by its own name in quotes (وفقا لـ«بوليتيكو»): the body that name stands for, a
   * form of one already met (صحيفة «بوليتيكو») or a new one.
   */
  private quotedSource(open: number): { entity: Entity; mention: string } | null {
    const close = this.closeOf.get(open);
    if (close === undefined) return null;
    const span = { open, close };
    if (!this.nameShaped(span)) return null;
    const words: number[] = [];
    for (let k = open + 1; k < span.close; k++) if ((this.tokens[k] as Token).type === 'word') words.push(k);
    const name = this.mentionOf(words, true, true);
    if (!name) return null;
    // The same name quoted after the head of a body elsewhere (صحيفة «بوليتيكو»): that body. Where
    // the name is so quoted is looked up once per name (a text of many such quotes stays linear).
    const key = name.words.join(' ');
    let bodies = this.namedBodies.get(key);
    if (!bodies) {
      bodies = [];
      for (const at of this.positionsOf(name.words[0] as string)) {
        const head = this.tokens[at - 2];
        if (this.tokens[at - 1]?.type !== 'mark' || head?.type !== 'word') continue;
        if (stripToSet(head.norm, ORGANISATION_SET) === undefined || head.norm.startsWith('ال')) continue;
        if (!name.words.every((word, k) => this.tokens[at + k]?.norm === word)) continue;
        const body = this.mentionOf([at - 2, ...range(at, at + name.words.length - 1)], false, true);
        // Each body once: the same name quoted after the same head many times is one look-up.
        if (body && !bodies.some((b) => b.words.join(' ') === body.words.join(' ')))
          bodies.push({ at, words: body.words });
      }
      this.namedBodies.set(key, bodies);
    }
    for (const body of bodies) {
      const known = this.entities.byTitle(body.words);
      if (known) return { entity: known, mention: name.text };
    }
    const entity = this.entities.learn(null, name, true);
    return entity ? { entity, mention: name.text } : null;
  }

  private matchPhrase(at: number, phrases: readonly string[][]): number {
    let best = 0;
    for (const phrase of phrases) {
      let ok = true;
      for (let k = 0; k < phrase.length && ok; k++) {
        const token = this.tokens[at + k];
        const word = phrase[k] as string;
        ok = token?.type === 'word' && (token.norm === word || (k === 0 && token.norm === `و${word}`));
      }
      if (ok && phrase.length > best) best = phrase.length;
    }
    return best;
  }

  private startsSentence(open: number): boolean {
    const before = this.tokens[open - 1];
    return !before || before.type === 'break' || SENTENCE_ENDS.has(before.norm) || before.norm === ':';
  }

  /** `فلان: «…»` with no verb, as in headlines and captions. */
  /**
   * Where a line opens with a speaker and a colon, the words after it are that speaker's statement, a
   * headline's or a lead's (وزير المالية: عجز الموازنة «مؤقت», فلان: لندن تمارس «لعبة قذرة»): a quote
   * inside them, with no verb of saying before it, is a fragment of what the speaker said. The column of
   * the colon (statementColon), the speaker as headline reads one before a quote right after the colon;
   * not a place or a time (a dateline: الرياض:), nor an outlet (a byline: صحيفة المرصد:).
   */
  private headlineStatement(span: Span, sentenceStart: number): Attribution | null {
    const colon = this.statementColon(sentenceStart, span.open);
    if (colon < 0) return null;
    // (one word in marks after a preposition is a name the statement uses: سأفرض رسوما على «…»)
    const before = this.tokens[span.open - 1];
    if (span.close - span.open === 2 && before?.type === 'word' && PREPOSITIONS.has(before.norm)) return null;
    // (…and so is a definite phrase the article also writes outside marks: سنجبر «الدعم السريع» … ميليشيا
    // الدعم السريع)
    if (this.writtenUnquoted(span)) return null;
    const subject = this.subjectAt(sentenceStart);
    if (!subject || subject.last !== colon - 1) return null;
    // …a speaker: a name, a post or a body, not a line's label (الطقس:, النتيجة:, الجولة الخامسة:)
    const head = (this.tokens[sentenceStart] as Token).norm;
    // (one definite word alone is a label unless a name the article gives, or a family name's nisba)
    const label =
      subject.title.length === 0 &&
      subject.name.length === 1 &&
      hasArticle(head) &&
      !isNisba(head) &&
      !this.entities.knowsNameWord(head);
    if (label) return null;
    if (
      subject.name.length === 0 &&
      !isTitleHead(head) &&
      stripToSet(head, ORGANISATION_SET) === undefined &&
      !(subject.organisation && subject.title.length > 1)
    )
      return null;
    const words = range(sentenceStart, colon - 1).map((k) => (this.tokens[k] as Token).norm);
    const isTime = (word: string) => TIME_SET.has(word) || (hasArticle(word) && TIME_SET.has(word.slice(2)));
    if (PLACE_SET.has(words.join(' ')) || words.some(isTime)) return null;
    const resolved = this.resolveSubject(subject);
    // (…nor an outlet: صحيفة المرصد: is the byline before the lede it wrote)
    if (!resolved || this.isMedia(resolved.entity)) return null;
    this.entities.touch(resolved.entity, null);
    return {
      kind: 'partial',
      speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
      cue: null,
    };
  }

  /**
   * The colon that closes one to six plain words opening the line at `sentenceStart`, the line going on
   * in plain words and commas to `open` (no mark, quote or full stop between), or -1.
   */
  /**
   * The quote is a definite phrase of two words or more that the text also writes outside any marks
   * (a term or a name it uses freely, not words it reports). One look-up of the first pair's places.
   */
  private writtenUnquoted(span: Span): boolean {
    const words = this.wordsBetween(span).map((k) => (this.tokens[k] as Token).norm);
    if (words.length < 2 || words.length > 4 || !hasArticle(words[0] as string)) return false;
    return this.positionsOfPair(words[0] as string, words[1] as string).some((at) => {
      if (this.quoted[at] || (at > span.open && at < span.close)) return false;
      for (let n = 2, k = at + 2; n < words.length; n++, k++)
        if (this.tokens[k]?.norm !== words[n] || this.quoted[k]) return false;
      return true;
    });
  }

  /** The words at `at` stand in a line's statement after its speaker (statementColon). */
  private inStatementLine(at: number): boolean {
    const end = this.tokens[at - 1]?.type === 'mark' ? at - 1 : at;
    // (…as a fragment: not after a noun that names or a body's head that wants its name (مدرسة «الأمل»,
    // مستشفى «…») or a preposition (أمام «العميد»), where the words are a name the statement uses)
    const before = this.tokens[end - 1];
    if (
      before?.type === 'word' &&
      (stripToSet(before.norm, KIND_NAMING_SET) !== undefined ||
        (!hasArticle(before.norm) && stripToSet(before.norm, ORGANISATION_SET) !== undefined) ||
        PREPOSITIONS.has(before.norm) ||
        PLACE_ADVERB_SET.has(before.norm))
    )
      return false;
    return this.statementColon(this.readBack(end).sentenceStart, end) >= 0;
  }

  private statementColon(sentenceStart: number, open: number): number {
    const first = this.tokens[sentenceStart];
    const before = this.tokens[sentenceStart - 1];
    if (first?.type !== 'word' || (before !== undefined && before.type !== 'break')) return -1;
    let colon = -1;
    for (let k = sentenceStart; k < open; k++) {
      const token = this.tokens[k] as Token;
      if (colon < 0) {
        if (token.norm === ':') {
          if (k === sentenceStart || k - sentenceStart > 6) return -1;
          colon = k;
        } else if (token.type !== 'word' || this.quoted[k]) return -1;
      } else if ((token.type !== 'word' && !isComma(token)) || this.quoted[k]) return -1;
    }
    return colon >= 0 && colon < open - 1 ? colon : -1;
  }

  private headline(sentenceStart: number, open: number): Attribution {
    const colon = open - 1;
    const words = colon - sentenceStart;
    // جواب: «…» in an interview: the label of the turn, not a speaker.
    const label = words === 1 && INTERVIEW_LABEL_SET.has((this.tokens[sentenceStart] as Token).norm);
    if (words > 0 && words <= 6 && !label) {
      // امتدح النائب فلان: «…»: a verb the lexicon lacks before a title, the subject from the title on.
      // The first word is no name's (no article, no given name, no title, no word of a known name).
      const first = this.tokens[sentenceStart] as Token;
      // …or a verb of the lexicon its rules did not take for a cue there (وأكملت فلانة علان:): no name's.
      const cueFirst =
        words >= 2 &&
        first.type === 'word' &&
        // (not بين, "between", which spells بيّن: بين قوسين:)
        !PREPOSITIONS.has(first.norm) &&
        !STOP_SET.has(first.norm) &&
        (lookupCueAfterQad(first.norm) ?? lookupCueAfterQad(first.norm.replace(/^[وف]/u, '')))?.tense ===
          'past';
      const verbFirst =
        words >= 3 &&
        first.type === 'word' &&
        isTitleHead((this.tokens[sentenceStart + 1] as Token).norm) &&
        !hasArticle(first.norm) &&
        !isTitleHead(first.norm) &&
        !isGivenName(first.norm) &&
        !this.entities.knowsNameWord(first.norm) &&
        // …nor a noun in construct with the title: a plural's construct ending و (مؤيدو, منتقدو), a
        // noun in ة (عائلة), a broken plural (أنصار) or a people's noun (ضحايا): whose words they are.
        !/[وه]$/u.test(first.norm) &&
        !isBrokenPluralShape(first.norm) &&
        !isPeopleHead(first.norm);
      const subject = this.subjectAt(verbFirst || cueFirst ? sentenceStart + 1 : sentenceStart);
      if (subject && subject.last === colon - 1) {
        const resolved = this.resolveSubject(subject);
        if (resolved) {
          this.entities.touch(resolved.entity, null);
          return {
            kind: 'direct',
            speaker: { entity: resolved.entity, mention: resolved.mention, resolution: 'explicit' },
            cue: null,
          };
        }
      }
    }
    const entity = this.entities.continuing(null);
    return {
      kind: 'direct',
      speaker: entity
        ? { entity, mention: this.entities.canonical(entity), resolution: 'continuation' }
        : null,
      cue: null,
    };
  }
}

/** Marks that may end an Arabic word: harakat, tanwin, shadda, sukun. */
const FINAL_MARKS = '[\u064B-\u0652]*';

/** A word ending in ـَيْن with its fatha written (after a shadda or not): a dual, not a plural in ـِين. */
const DUAL_ENDING = /(?:\u064E\u0651?|\u0651\u064E)ي\u0652?ن[\u064B-\u0652]*$/u;

/**
 * A group named by a sound plural in the genitive or the accusative (نقلت الشبكة عن مسؤولين أميركيين
 * وأجانب) is written as the subject of its verb is, in the nominative: مسؤولون أميركيون وأجانب. The
 * pair حاليون وسابقون (current and former) describes the group and is left out of its name.
 */
function nominative(mention: Mention): Mention {
  const [head] = mention.words;
  if (head === undefined || hasArticle(head) || head.length < 5) return mention;
  const written = mention.text.split(' ');
  if (written.length !== mention.words.length) return mention;
  const words = [...mention.words];
  const text = [...written];
  const n = words.length;
  if (
    n > 3 &&
    /^(?:حاليون|حاليين)$/u.test(words[n - 2] as string) &&
    /^وسابق(?:ون|ين)$/u.test(words[n - 1] as string)
  ) {
    words.splice(n - 2);
    text.splice(n - 2);
  }
  if (!head.endsWith('ين')) return { ...mention, words, text: text.join(' ') };
  // The head and the adjectives right after it (مسؤولين أميركيين وأجانب), not what follows a
  // preposition or another noun (مسؤولين في حكومة بنيامين روزنبرغ: بنيامين stays).
  for (let k = 0; k < words.length; k++) {
    const word = words[k] as string;
    if (hasArticle(word) || word.length < 5 || !word.endsWith('ين')) break;
    // A fatha before the ي marks the dual (مسؤولَين أمريكيَّين), whose nominative is in ان.
    const dual = DUAL_ENDING.test(text[k] as string);
    words[k] = `${word.slice(0, -2)}${dual ? 'ان' : 'ون'}`;
    text[k] = (text[k] as string).replace(
      new RegExp(`ي(${FINAL_MARKS})ن(${FINAL_MARKS})$`, 'u'),
      `${dual ? 'ا' : 'و'}$1ن$2`,
    );
  }
  return { ...mention, words, text: text.join(' ') };
}

/** The index of the `(` that the `)` at `close` closes, over one to four words only, or -1. */
function bracketOpening(tokens: readonly Token[], close: number): number {
  for (let i = close - 1; i >= 0 && close - i <= 5; i--) {
    const token = tokens[i] as Token;
    if (token.norm === '(') return i < close - 1 ? i : -1;
    if (token.type !== 'word') return -1;
  }
  return -1;
}

/**
 * The adjectives of a body's rank, general or supreme, that come after its definite head (الاتحاد
 * العام, المجلس الأعلى, المحكمة العليا, اللجنة العامة), folded: a word of its name, no verb's object.
 */
const BODY_RANK_ADJECTIVES = new Set(['العام', 'العامه', 'الاعلى', 'العليا', 'الكبرى']);

/**
 * A definite nisba of what a body is (الخيرية, البيئية, الحقوقية, الإسلامية), not of where it is from
 * (الإسرائيلية, الدولية) nor a participle (المناهضة): a word of the body's name after its quoted name.
 */
function isKindAdjective(norm: string): boolean {
  return isNisba(norm) && !isParticiple(norm) && !ORIGIN_NISBA_SET.has(norm) && !REGION_NISBA_SET.has(norm);
}

/**
 * Adjectives shaped like a nisba that qualify a decision, a report or a rule (its time, status or
 * extent), not a body's origin or field, folded and masculine: قرار وزارة الصحة النهائي.
 */
const QUALIFYING_ADJECTIVES = new Set([
  ...['النهائي', 'الحالي', 'السنوي', 'الرسمي', 'الشهري', 'الاسبوعي', 'اليومي', 'الاولي', 'المبدئي'],
  ...['الجزئي', 'الكلي', 'الفعلي', 'الاساسي', 'الاضافي', 'الفوري', 'الجماعي', 'التاريخي', 'الاخيري'],
]);

/** Indefinite adjectives of an interview (مقابلة خاصة, حوار صحفي, حديث هاتفي), folded. */
const INTERVIEW_ADJECTIVES = new Set([
  'خاصه',
  'خاص',
  'صحفيه',
  'صحفي',
  'صحافيه',
  'صحافي',
  'تلفزيونيه',
  'تلفزيوني',
  'متلفزه',
  'هاتفيه',
  'هاتفي',
  'اذاعيه',
  'اذاعي',
  'حصريه',
  'حصري',
  'مطوله',
  'مطول',
]);
/** One's own places to post, possessed (حسابه, صفحتها, قناته), before the platform they are on. */
const POSTING_PLACES = new Set(['حساب', 'صفحه', 'قناه', 'منصه', 'مدونه']);

/** Social platforms by their first word, folded, Latin in lower case (تويتر, إكس, تيك توك, تروث سوشيال, X). */
const PLATFORMS = new Set([
  'تويتر',
  'اكس',
  'فيسبوك',
  'فيس',
  'انستغرام',
  'انستجرام',
  'انستقرام',
  'تلغرام',
  'تيليغرام',
  'تليجرام',
  'تلجرام', // the Egyptian spellings, ج for g
  'تيلجرام',
  'تيليجرام',
  'يوتيوب',
  'تيك',
  'سناب',
  'لينكدان',
  'ثريدز',
  'واتساب',
  'تروث', // Truth Social (تروث سوشيال), where a US president posts
  'بلوسكاي',
  'ماستودون',
  'x',
  'twitter',
  'facebook',
  'instagram',
  'telegram',
  'youtube',
  'tiktok',
  'snapchat',
  'linkedin',
  'threads',
  'truth',
  'bluesky',
  'mastodon',
]);

/** A noun's possessive pronoun as written, by the gender and number of the cue that owns it (دعمها, رفضه). */
const POSSESSIVE_OF: Readonly<Record<Agreement, RegExp>> = {
  f: /[^اوي]ها$/u,
  m: /[^اوي]ه$/u,
  pl: /[^اوي]هم$/u,
};

/** Nouns of framework after في (في إطار, في سياق, في ظل), folded: what follows is the speaker's, no name. */
const FRAMEWORK_NOUN_SET = new Set(['اطار', 'سياق', 'ظل', 'ضوء']);
/** Time adverbs in the accusative that may stand after a name before the words (قال فلان يوما:), folded. */
const TIME_ACCUSATIVE_SET = new Set([
  'يوما',
  'صباحا',
  'مساء',
  'ليلا',
  'نهارا',
  'ظهرا',
  'عصرا',
  'فجرا',
  'سابقا',
  'لاحقا',
  'حينها',
  'حينذاك',
  'انذاك',
]);
/** Nouns that with ب or ل make a preposition (بسبب, بفعل, لصالح), folded: no object's head before a name. */
const ADVERBIAL_NOUNS = new Set(['سبب', 'فعل', 'صالح', 'ظل', 'ضوء', 'اطار', 'مناسبه', 'حسب', 'قرب', 'جانب']);
/** Nouns of STANCE_OBJECT_NOUNS whose genitive is a concept, not a party (isConstructName), folded. */
const CONCEPT_HEAD_SET = new Set(['ضروره', 'اهميه', 'رفض', 'تقدير', 'حرص']);
/**
 * The stem of an indefinite adjective, folded, its feminine ه taken off: فاعل (رائد, شامل), فعيل (كبير,
 * جديد), مفعول (مدروس), and the participles of the derived verbs, مفعّل and مُتفعِّل in five letters or more
 * (ممنهج, متكامل, مبتكر): the shapes a word describing a thing takes after its head.
 */
const ADJECTIVE_STEM_SHAPE = /^(?:[^ا]ا[^ا][^اوي]|[^ا][^ا]ي[^ا]|م[^ا][^ا]و[^ا]|م[^ا]{4,5})$/u;
/** The participles' stems alone among them: مفعول (مدروس), مفعّل, متفعّل (ممنهج, متكامل), folded. */
const PARTICIPLE_STEM_SHAPE = /^(?:م[^ا][^ا]و[^ا]|م[^ا]{4,5})$/u;
/** A present naming verb with the pronoun of what it names (يسميه, تسميها, يسمونه), folded. */
const PRESENT_NAMING_VERB = /^[يت]سم(?:ي|ون)(?:ه|ها|هم)$/u;
/** A passive naming verb, "called" (سمي, سميت), folded. */
const PASSIVE_NAMING_VERB = /^سمي(?:ت)?$/u;
/** على with the pronoun of a thing named (عليه, عليها, عليهم), folded. */
const ON_PRONOUN = /^علي(?:ه|ها|هم)$/u;
/**
 * A past verb of meeting a person with that person's pronoun (التقته, قابلتها, زارته, حاورته, سألتها,
 * رافقته, التقاه), folded: its subject, after it, is whoever met them.
 */
const MET_VERB = /^[وف]?(?:التق|قابل|زار|حاور|سال|رافق)[تا](?:ه|ها|هم|هما)$/u;
/** Nouns of a letter the words were written in (في رسالة إلى «…»: «…»), folded. */
const LETTER_NOUN_SET = new Set(['رساله', 'رسالته', 'رسالتها', 'برقيه', 'خطاب']);
/** Negations of a verb that open words describing a thing, never a name (لن, لم, ليس): folded. */
const DESCRIBING_NEGATIONS = new Set(['لن', 'لم', 'ليس', 'ليست']);
/** Adjective shapes of one indefinite word, folded: فاعل, فعيل, مفعول, مفعل, أفعل (ظالم, خطير, مرفوض, مجحف). */
const INDEFINITE_ADJECTIVE_SHAPE = /^(?:.ا..|..ي.|م..و.|م...|ا...)$/u;
/**
 * An indefinite verbal noun by its shape, folded: فعول (هطول, وصول), تفعيل (تعزيز), إفعال (إطلاق),
 * افتعال (انتشار), استفعال (استمرار), انفعال (انطلاق). A verb's prefix (ي, ت, ن) opens no فعول.
 */
const VERBAL_NOUN_SHAPE =
  /^(?:[^ايتنو][^ا]و[^ا]|ت[^ا]{2}ي[^ا]|ا[^ا]{2}ا[^ا]|ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا]|ان[^ا]{2}ا[^ا])$/u;

/** A future verb, folded: سـ and a present prefix (ستتحسن, سيكون, سنعمل); not سيارة, سياسة, سنوات, سيول. */
const FUTURE_VERB = /^س[يتن][^اوي].*[^ه]$/u;

/** Words of a quoted noun phrase read for a predicate (constructObject). */
const MAX_CONSTRUCT_WORDS = 12;
/** Short vowels, shadda, sukun and tatweel, dropped to read a word's letters as written. */
const MARKS_IN_WORD = /[\u064B-\u0652\u0640]/gu;
/** A noun with the pronoun نا (قواتنا, بلادنا), definite as with ه or ها; not لنا, هنا, إننا. */
const withOurs = (norm: string): boolean => norm.endsWith('نا') && norm.length > 4;
/** A clause opener joined by و, folded: a second predicate after the first (… ثابت ولن يتغير). */
const CONJOINED_OPENERS = new Set(['ولن', 'ولم']);

/** Posts, indefinite, that a platform's name follows after على (تدوينة على «فيسبوك»), folded. */
const POSTS = new Set(['تدوينه', 'منشور', 'تغريده', 'بوست']);

/**
 * An entity a dual verb can take up: a group (plural) or one introduced by a dual alone (الشقيقان,
 * المسؤولان). A dual's ان also ends some singular words (السلطان): those go on as before.
 */
function speaksAsPair(entity: Entity): boolean {
  const first = entity.forms[0]?.words;
  return entity.plural === true || (first?.length === 1 && /^ال.{3,}ان$/u.test(first[0] ?? ''));
}

/** A market index, whose name is quoted after it (مؤشر «نيكاي»). */
const INDEX_HEADS = new Set(['مؤشر']);
/** Words that link a second clause to a predicate, folded, a pronoun on them or not (لأنه, لكنها, إذ, حيث). */
const CLAUSE_LINKS = new Set(['لان', 'لكن', 'ولكن', 'اذ', 'حيث', 'بل', 'كما']);
/** Words that negate a noun predicate, folded (غير دقيق, ليس صحيحا). */
const PREDICATE_NEGATIONS = new Set(['غير', 'ليس', 'ليست']);
/**
 * Verbs of being and of making, folded, a conjunction on them or not (كان, باتت, تبقى, جعل, وجدت): after
 * them a quote is the predicate or the second object due, not the name of the noun before it.
 */
const BEING_VERB =
  /^[وف]?(?:كان|كانت|كانوا|يكون|تكون|بقي|بقيت|يبقى|تبقى|اصبح|اصبحت|يصبح|تصبح|بات|باتت|يبيت|ظل|ظلت|يظل|تظل|صار|صارت|يصير|تصير|ليس|ليست|زال|زالت|يزال|تزال|اضحى|اضحت|جعل|جعلت|يجعل|تجعل|وجد|وجدت|يجد|تجد)$/u;
/**
 * A predicate's opening by its shape: the imperfect's prefix, a future's or not, on a word that ends in
 * none of a noun's endings (يحظى, تحظى, سيأتي; not تقلبات, تجربة, تطبيقه), folded.
 */
const IMPERFECT_VERB = /^س?[يت][^\s]{2,}(?<!ات|ه|ي[نه]|ون)$/u;
/**
 * A word shaped like what is said of a noun, folded: a participle in م (مستقر, مكتملة), an adjective in
 * ي/ية/ة (إرهابي, حرجة), a sound plural (جاهزون), or فاعل (رائع).
 */
const PREDICATE_SHAPE = /^م|(?:ي|ه|ون|ين)$|^.ا..?$/u;
/** The most words of an estimate's object before بـ«…» (الخسائر المادية للحريق بـ«…»). */
const MAX_SUM_OBJECT_WORDS = 5;
/** The most words of a partner's or a sponsor's quoted name after مع or بدعم من (partnerNamed). */
const MAX_PARTNER_WORDS = 2;
/** The most words of a short name that stands right before a quote of what is said of it. */
const MAX_NAME_QUOTE_WORDS = 3;
/** Nouns of a telephone line, which a code after them numbers (الخط الساخن «1919», خط المساعدة «…»). */
const LINE_NOUNS = new Set(['خط']);
/** A word of a code: digits, or Latin letters and digits (937, XJ7, SV). */
const CODE_WORD = /^(?:\p{N}+|[A-Za-z][A-Za-z0-9]*|[0-9]+[A-Za-z]+)$/u;
/**
 * Pronouns and demonstratives after which a noun is a predicate (وهو مؤشر, هذا مؤشر), and a
 * complementiser with its pronoun, the clause's subject (بأنها مؤشر, معتبرا أنه مؤشر), folded.
 */
const PREDICATE_SUBJECTS = new Set([
  'انه',
  'انها',
  'بانه',
  'بانها',
  'لانه',
  'لانها',
  'هو',
  'هي',
  'وهو',
  'وهي',
  'هذا',
  'وهذا',
  'هذه',
  'وهذه',
  'ذلك',
  'وذلك',
  'تلك',
]);

/** Questions asked by an outlet, named right after them (ردا على سؤال «الوطن», أسئلة «الشروق»). */
const QUESTION_NOUNS = new Set(['سؤال', 'اسئله', 'استفسار', 'استفسارات']);
/** Documents that carry a title of their own (تقريره «…», دراستها «…») but are no naming nouns alone. */
const STUDY_NOUNS = new Set(['تقرير', 'دراسه']);
/** Naming nouns that hold words said, so that their possessed form quotes from them (في كلمته «…»). */
const WORDS_HOLDING = new Set(['كلمه', 'عباره', 'مقوله', 'مقال', 'مقاله', 'تغريده', 'منشور', 'بوست', 'اسم']);

/**
 * True for a naming noun with a possessive pronoun (تقريره, روايتها, فيلمهم), the pronoun taken off
 * and a ت before it read back as ة (but kept in a plural in ات): the work's own name may follow in quotes.
 * `naming` is NAMING_SET, or KIND_NAMING_SET for the rules of kind (كلبه «…»: his dog's name).
 */
function possessedNamingNoun(norm: string, naming: ReadonlySet<string> = NAMING_SET): boolean {
  const match = PRONOUN_STEM.exec(norm);
  if (!match) return false;
  const raw = match[1] as string;
  const stem = raw.replace(/ت$/u, 'ه');
  if (STUDY_NOUNS.has(stem)) return true;
  // A feminine plural keeps its ت (مذكراته: his memoirs).
  const noun = stripToSet(stem, naming) ?? (raw.endsWith('ات') ? stripToSet(raw, naming) : undefined);
  return noun !== undefined && !WORDS_HOLDING.has(noun);
}

/** A folded noun without its article (الرجل → رجل). */
function bareWord(norm: string): string {
  return norm.startsWith('ال') && norm.length > 3 ? norm.slice(2) : norm;
}

/**
 * A word shaped as a verb in the present, by its prefix (ي, ت or either), four letters or more, that is no
 * given name (يحتمي, تحاول; not يوسف): where a name read after كان or a title ran into its predicate.
 */
function presentVerbShaped(token: Token | undefined, prefixes: 'ي' | 'ت' | 'يت'): boolean {
  return (
    token?.type === 'word' &&
    prefixes.includes(token.norm.charAt(0)) &&
    token.norm.length >= 4 &&
    !isGivenName(token.norm)
  );
}

/** A word's folded form without a preposition written on it before the article (بالشركة, للشركة: الشركة). */
function withoutLeadingPreposition(token: Token): string {
  const norm = token.norm;
  if (norm.startsWith('لل')) return `ا${norm.slice(1)}`;
  return /^و?[بلفك]ال/u.test(norm) ? norm.replace(/^و?[بلفك]/u, '') : norm.replace(/^و(?=ال)/u, '');
}

/** A folded definite noun without its article and the preposition before it (بالإعصار, للعاصفة → إعصار, عاصفة). */
function withoutArticle(norm: string): string {
  return norm.replace(/^(?:[وفبك]?ال|و?لل)/u, '');
}

/** Prepositions that verbs of saying govern (أشار إلى, أكد على, حذر من, تحدث عن), folded; not في, before places. */
const GOVERNED_PREPOSITIONS = new Set(['الى', 'الي', 'على', 'علي', 'عن', 'من']);

/** A definite adjective by its shape, folded: فعيل (السريع, الكبيرة) or أفعل (الأحمر, الأعلى). */
const ADJECTIVE_SHAPE = /^ال(?:..ي.ه?|ا[^ا]{2}[^اه])$/u;

/** A definite feminine participle or adjective: المسلحة, الموالية, المناهضة. */
function isParticiple(norm: string): boolean {
  return norm.startsWith('الم') && norm.endsWith('ه');
}

/**
 * The body a word names with the article, its ل or و and its article stripped (لنادي → النادي, للجنة →
 * اللجنة, والمجلس → المجلس), when its head is a body's (ORGANISATION_SET), or null.
 */
function bodyNoun(norm: string): string | null {
  const word = norm.replace(/^و/u, '');
  // (للجنة is ل and اللجنة; لجنة is the noun itself, لنادي ل and نادي)
  for (const form of [word, word.replace(/^لل/u, 'ال'), word.replace(/^ل(?!ل)/u, '')]) {
    const noun = form.startsWith('ال') ? form.slice(2) : form;
    if (noun.length >= 3 && ORGANISATION_SET.has(noun)) return `ال${noun}`;
  }
  return null;
}

/**
 * An indefinite defective noun's head as written with the article, its ي back (ناج → ناجي, محام → محامي,
 * قاض → قاضي): the indefinite drops it, the definite keeps it (الناجي). Shapes فاعٍ and مُفاعٍ.
 */
function defectiveWhole(title: Mention | null): Mention | null {
  const head = title?.words[0];
  if (!title || head === undefined) return title;
  const defective =
    (head.length === 3 && head[1] === 'ا') || (head.length === 4 && head[0] === 'م' && head[2] === 'ا');
  if (!defective) return title;
  const [shown, ...rest] = title.text.split(' ');
  return { ...title, text: [`${shown}ي`, ...rest].join(' '), words: [`${head}ي`, ...title.words.slice(1)] };
}

/**
 * An indefinite title as the definite title it calls back by (مهندس مصري → المهندس المصري): the article on
 * its head and on the nisbas that follow it, up to the first word that is none (a preposition and its
 * object stay as written: موظف في الشركة → الموظف في الشركة). A head already in
 * construct with a definite noun (مدير المستشفى) is a definite title as it is.
 */
function withArticle(title: Mention | null): Mention | null {
  if (!title) return title;
  const [head, second] = title.words;
  if (head === undefined || hasArticle(head) || (second !== undefined && hasArticle(second))) return title;
  let adjectives = 1;
  while (adjectives < title.words.length && isNisba(title.words[adjectives] as string)) adjectives++;
  const shown = title.text.split(' ');
  return {
    ...title,
    text: shown.map((w, k) => (k < adjectives && !w.startsWith('ال') ? `ال${w}` : w)).join(' '),
    words: title.words.map((w, k) => (k < adjectives ? `ال${w}` : w)),
  };
}
