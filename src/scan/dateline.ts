import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../attribute/given-names.js';
import { fold } from '../text/normalize.js';

/**
 * News agencies as datelines credit them after the place and a dash (الرياض - واس, القاهرة - أ ف ب):
 * Arab and international wires as Arabic papers write them, letter by letter where they spell an
 * acronym. Evidence that the dateline ends after them, never a list of speakers.
 */
export const DATELINE_AGENCIES: readonly string[] = [
  'واس',
  'أ ف ب',
  'ا ف ب',
  'د ب أ',
  'أ ش أ',
  'أ ب',
  'يو بي آي',
  'رويترز',
  'الأناضول',
  'فرانس برس',
  'قنا',
  'وام',
  'كونا',
  'بنا',
  'سبأ',
  'سانا',
  'وفا',
  'معا',
  'بترا',
  'إرنا',
  'شينخوا',
  'سبوتنيك',
];

const AGENCY_SET = new Set(DATELINE_AGENCIES.map(fold));
const GIVEN_SET = new Set([...MALE_GIVEN_NAMES, ...FEMALE_GIVEN_NAMES].map(fold));
/** Words inside a name that are not its family name (بن فلان, آل فلان, أبو فلان). */
const NAME_LINKS = new Set(['بن', 'بنت', 'ابن', 'ابو', 'ال', 'عبد'].map(fold));
/** Dashes, and the tatweel that Saudi papers set alone between spaces as one (الرياض ـ واس). */
const DASHES = new Set(['-', '–', '—', '‒', '−', 'ـ']);
/** Punctuation that may close a dateline's credit before the lede (واس:, «عكاظ»،). */
const CLOSERS = new Set([':', '.', '،', ',']);

/** Words a place may take before its dash (مكة المكرمة, الرياض 12 مايو), and a credit after it. */
const MAX_PLACE_WORDS = 4;
const MAX_CREDIT_WORDS = 5;
/** A credit closed by a colon alone is a paper's or a reporter's name: a few words, not a clause. */
const MAX_COLON_WORDS = 3;

enum State {
  Place,
  PlaceBracket,
  AfterBracket,
  AfterDash,
  Credit,
  Quoted,
  Closed,
  Colon,
  Done,
}

/** What the dateline reader says of a token: nothing, it opens the lede, or the lede opens after it. */
export enum DatelineStep {
  None = 0,
  OpensLede = 1,
  EndsDateline = 2,
}

/**
 * Reads the first tokens of a text for a dateline (a place, a dash, and an agency, a paper's quoted
 * name or a reporter's name; or a place and an agency in brackets before a dash) and says where it
 * ends, so that the lede is a sentence of its own when the line break after the dateline is lost.
 * Fed one token at a time, it looks at a dozen tokens at most and then stays done.
 */
export class DatelineReader {
  private state = State.Place;
  private words = 0;
  /** The credit's words after the dash, folded and joined by spaces. */
  private credit = '';
  /** The credit so far is a given name and more words, the last of them a family name (ال…). */
  private named = false;
  /** A dash came after the place: a bracket after it ends the dateline with no dash of its own. */
  private dashed = false;

  /** The reading is over: the tokenizer need not call `step` any more. */
  get done(): boolean {
    return this.state === State.Done;
  }

  /** The reading stops at the first paragraph break. */
  stop(): void {
    this.state = State.Done;
  }

  /** Reads the next token: a word (`word` true) or a punctuation mark or quote mark (`mark` true). */
  step(norm: string, word: boolean, mark: boolean): DatelineStep {
    switch (this.state) {
      case State.Place:
        if (word && this.words < MAX_PLACE_WORDS) {
          this.words++;
          return DatelineStep.None;
        }
        if (this.words > 0 && DASHES.has(norm)) return this.to(State.AfterDash);
        if (this.words > 0 && norm === '(') return this.to(State.PlaceBracket);
        return this.to(State.Done);
      case State.PlaceBracket:
        if (word && this.words < MAX_CREDIT_WORDS) {
          this.words++;
          return DatelineStep.None;
        }
        return this.words > 0 && norm === ')' ? this.to(State.AfterBracket) : this.to(State.Done);
      case State.AfterBracket:
        // باريس (رويترز) - : the dash after the bracket ends the dateline.
        if (DASHES.has(norm) || norm === ':') return this.end();
        return this.dashed && word ? this.opens() : this.to(State.Done);
      case State.AfterDash:
        this.dashed = true;
        if (mark) return this.to(State.Quoted);
        if (norm === '(') return this.to(State.PlaceBracket);
        if (!word) return this.to(State.Done);
        this.state = State.Credit;
        return this.creditWord(norm);
      case State.Credit:
        if (word) {
          if (this.named && isLedeOpener(norm)) return this.opens();
          return this.words < MAX_CREDIT_WORDS ? this.creditWord(norm) : this.to(State.Done);
        }
        if (norm === ':' && this.words <= MAX_COLON_WORDS) return this.to(State.Colon);
        return this.to(State.Done);
      case State.Quoted:
        // جدة - «عكاظ»: the paper's name closes at the next mark.
        if (word && this.words < MAX_CREDIT_WORDS) {
          this.words++;
          return DatelineStep.None;
        }
        return mark && this.words > 0 ? this.to(State.Closed) : this.to(State.Done);
      case State.Closed:
        if (DASHES.has(norm) || CLOSERS.has(norm)) return this.end();
        return this.opens();
      case State.Colon:
        // الرياض – الجزيرة: the lede after the colon, unless a quote opens there (… قال فلان: «…»).
        return mark ? this.to(State.Done) : this.opens();
      default:
        return DatelineStep.None;
    }
  }

  private to(state: State): DatelineStep {
    this.state = state;
    this.words = 0;
    return DatelineStep.None;
  }

  private end(): DatelineStep {
    this.state = State.Done;
    return DatelineStep.EndsDateline;
  }

  private opens(): DatelineStep {
    this.state = State.Done;
    return DatelineStep.OpensLede;
  }

  /** A word of the credit after the dash: an agency ends the dateline, a name may. */
  private creditWord(norm: string): DatelineStep {
    this.credit = this.words === 0 ? norm : `${this.credit} ${norm}`;
    this.words++;
    if (AGENCY_SET.has(this.credit)) {
      this.state = State.Closed;
      this.words = 0;
      return DatelineStep.None;
    }
    if (this.words === 1) {
      this.named = false;
      return DatelineStep.None;
    }
    // A reporter's name: a given name first, its last word a family name with the article.
    const first = this.credit.slice(0, this.credit.indexOf(' '));
    this.named = GIVEN_SET.has(first) && norm.startsWith('ال') && !NAME_LINKS.has(norm);
    return DatelineStep.None;
  }
}

/**
 * A word that may open the lede after a reporter's name: not a family name (ال…) nor a word inside a
 * name (بن, آل), and not a joiner that would carry the name on (و alone).
 */
function isLedeOpener(norm: string): boolean {
  return norm.length > 1 && !norm.startsWith('ال') && !NAME_LINKS.has(norm);
}
