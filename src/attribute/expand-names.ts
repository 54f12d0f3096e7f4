import type { Token } from '../scan/tokenize.js';
import type { Entities, Entity } from './entities.js';
import {
  ADDRESSEE_SET,
  ARABIC_GIVEN_NAME_SET,
  COMPLEMENTISER_SET,
  COMPOUND_END_SET,
  GIVEN_NAME_WORD_SET,
  hasArticle,
  isBodyHeadWord,
  isGivenName,
  isNisba,
  isPlaceWord,
  KIN_SET,
  KUNYA_SET,
  LINEAGE_SET,
  lookupCue,
  NAME_JOINER_SET,
  NAMING_SET,
  ORGANISATION_SET,
  ORIGIN_NISBA_SET,
  OWNED_NOUN_SET,
  PATRONYM_SET,
  PRONOUN_END,
  pronounPattern,
  RANK_SET,
  RANK_WORD_SET,
  RIVAL_SET,
  SAYING_SET,
  STOP_SET,
  stripToSet,
  TIME_SET,
  TITLE_SET,
} from './lexicon.js';
import {
  CALLED,
  CIRCUMSTANTIAL_PRONOUNS,
  hasTitleWithHe,
  isAccusativeAdverb,
  isCausalAdjectiveNoun,
  isComma,
  isHamzaAlName,
  isPlaceAfterTitle,
  isTitleHead,
  NAMES_IN_WAW,
  namesPlaceAt,
  opensGivenName,
  titledPersonNameEnd,
} from './subject.js';

const MAX_NAME_WORDS = 4;

/**
 * A Mauritanian ولد or منت among the words from `from` to `to`: such a name has room for a fifth word
 * (سيدي ولد محمد سالم بيه), as trimName gives it; not بن, whose chains have joiners of their own.
 */
function hasMauritanianLineage(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const norm = tokens[k]?.norm ?? '';
    if (LINEAGE_SET.has(norm) && !PATRONYM_SET.has(norm)) return true;
  }
  return false;
}

/**
 * The room a name read back from its surname has past MAX_NAME_WORDS: one word for a Mauritanian ولد or
 * منت, and one for each بن or بنت after a given name (محمد بن علي آل شهران, سلوى بنت أحمد نصيف), whose
 * father's name takes a word of its own.
 */
function lineageRoom(tokens: readonly Token[], from: number, to: number): number {
  let room = hasMauritanianLineage(tokens, from, to) ? 1 : 0;
  for (let k = from; k < to; k++)
    if (PATRONYM_SET.has(tokens[k]?.norm ?? '') && isGivenName(tokens[k - 1]?.norm ?? '')) room++;
  return room;
}

/** How many words of a verb's object a name read after its title may have taken in (بأداء لاعبيه). */
const MAX_OBJECT_WORDS = 2;

/** A possessive pronoun after a noun: ه, ها, هم, هما. */
const POSSESSIVE = PRONOUN_END;

/**
 * A relation or an office with a possessive pronoun (مواطنتها, منافسه, خصمه, نائبه, مدربه): the one it
 * relates to is named right after it (بعد فوزها على مواطنتها فلانة, فاز … على منافسه فلان). A bare ه
 * only as written, not a feminine's ة (منافسة, محافظة), which folding writes alike.
 */
function isPossessedTitle(token: Token, text: string): boolean {
  const norm = token.norm;
  const written = norm.replace(POSSESSIVE, '');
  if (written === norm || written.length < 3) return false;
  // …behind و too (ونجله فلان, ومحاميها فلانة: the second of two named together)
  const stem = written.startsWith('و') && !TITLE_SET.has(written) ? written.slice(1) : written;
  if (written.length === norm.length - 1 && !hasTitleWithHe(token, text) && !RIVAL_SET.has(stem))
    return false;
  return (
    TITLE_SET.has(stem) ||
    RIVAL_SET.has(stem) ||
    (stem.endsWith('ت') && TITLE_SET.has(`${stem.slice(0, -1)}ه`))
  );
}

/** Someone the article calls by a kinship noun with a pronoun (والدها, شقيقه): another's kinsman. */
function isKinsman(entity: Entity): boolean {
  return entity.forms.some(
    (f) =>
      !f.isName &&
      f.words.length === 1 &&
      KIN_SET.has((f.words[0] as string).replace(POSSESSIVE, '').replace(/ت$/u, 'ه')),
  );
}

/** باسم with a pronoun, folded (باسمه, باسمها, باسمهم): "in its name", after a spokesman's title. */
const IN_ITS_NAME = pronounPattern('^و?باسم');

/**
 * A word with the article: not a foreign given name written with a hamza on its first alef (أليكسيس,
 * إليزابيث, أليخاندرو) before the rest of the name, which folds to the article's letters.
 */
function articled(text: string, token: Token, next: Token | undefined): boolean {
  return hasArticle(token.norm) && !isHamzaAlName(token, text, next?.norm);
}

function isNameWord(norm: string): boolean {
  return (
    stripToSet(norm, STOP_SET) === undefined &&
    // A body's head (حركة, وزارة), alone or behind ل or ب (لشركة سابك يوسف البنيان, بمجموعة …: the body
    // the title before it belongs to), starts a body's name, never a person's; a verbal noun of saying
    // (نفي زهير عطوف) governs the name.
    !isBodyHeadWord(norm) &&
    !SAYING_SET.has(norm) &&
    // Nor is a preposition with a pronoun (خلالها, منه) a word of a name, nor باسم with one (المتحدث
    // باسمها فلان: "in its name", the title's end; باسم alone is also a given name).
    !STOP_SET.has(norm.replace(/(?:ها|هم|هما|هن|ه)$/u, '')) &&
    !IN_ITS_NAME.test(norm) &&
    !COMPLEMENTISER_SET.has(norm) &&
    // أما (or إما) opens a topic: the name after it starts there (أما مراد، 19 عاما، فقال).
    norm !== 'اما' &&
    !isTitleHead(norm) &&
    !RANK_WORD_SET.has(norm) &&
    // …nor واما (أما فلانة، مؤسسة …، فترى).
    norm !== 'واما' &&
    // يدعى, تسمى: the name after the verb starts there (شاهد عيان يدعى فلان), the description is no name.
    !CALLED.has(norm) &&
    // لـSTC, لـCNN: ل glued to Latin letters is a preposition, never a word of a name.
    !/^ل[A-Za-z]/u.test(norm) &&
    lookupCue(norm) === undefined &&
    norm.length > 1
  );
}

/** The text writes `surname` somewhere without `tail` after it (وقال فلاني إن), not only as فلاني فرد. */
function standsWithout(tokens: readonly Token[], surname: string, tail: string): boolean {
  for (let i = 0; i < tokens.length; i++)
    if ((tokens[i] as Token).norm === surname && tokens[i + 1]?.norm !== tail) return true;
  return false;
}

/**
 * The text writes `words` right before a complementiser or a colon (قال الرئيس فلان فلاني علاني إن …):
 * there the name ends at the cue's clause, and its words from `tail` on are no verb's object but the
 * name's own (a second surname: نيكولاس مادورو موروس, later مادورو alone); unless one of them is a
 * relation with a pronoun, an object always (أبلغ فلان فلاني نظيره أن).
 */
function endsBeforeClause(
  text: string,
  tokens: readonly Token[],
  words: readonly string[],
  tail: number,
): boolean {
  const n = words.length;
  for (let i = 0; i + n < tokens.length; i++) {
    if (!words.every((w, j) => tokens[i + j]?.norm === w)) continue;
    const next = tokens[i + n] as Token;
    if (!((next.type === 'word' && COMPLEMENTISER_SET.has(next.norm)) || next.norm === ':')) continue;
    let object = false;
    for (let j = i + tail; j < i + n; j++) if (isPossessedTitle(tokens[j] as Token, text)) object = true;
    if (!object) return true;
  }
  return false;
}

/**
 * A name read on into the verb's object after its title (وأشاد المدرب الأمريكي فلان فلاني بأداء …, زار
 * المهاجم الإيفواري فلان فلاني مستشفى …, قاد الحارس فلان فلاني فريقه …) and closed there: where the
 * article calls the same person by the word before that last one alone (وقال فلاني), that word is his
 * surname and the words after it the object's: one or two plain words, never a joiner, a compound's end, a
 * given name or a definite word (a family name with the article: محمد حامد العياط keeps its last word),
 * and only where the surname stands somewhere without it (نظري فرد is a surname of two words), and
 * never where the whole name stands before a complementiser or a colon, as a saying verb's subject.
 */
function trimObjectWord(text: string, entity: Entity, entities: Entities, tokens: readonly Token[]): void {
  const alone = new Set<string>();
  for (const form of entity.forms)
    if (form.isName && form.words.length === 1) alone.add(form.words[0] as string);
  if (alone.size === 0) return;
  for (const form of [...entity.forms]) {
    const n = form.words.length;
    const written = form.text.split(' ');
    if (!form.isName || !form.closed || n < 3 || written.length !== n) continue;
    // The surname: the last word the article also writes alone, after the first.
    let at = n - 2;
    while (at > 0 && !alone.has(form.words[at] as string)) at--;
    if (at === 0 || n - at - 1 > MAX_OBJECT_WORDS) continue;
    const surname = form.words[at] as string;
    const tail = form.words.slice(at + 1);
    if (
      NAME_JOINER_SET.has(surname) ||
      tail.some(
        (w) =>
          alone.has(w) ||
          hasArticle(w) ||
          NAME_JOINER_SET.has(w) ||
          COMPOUND_END_SET.has(w) ||
          isGivenName(w),
      ) ||
      !standsWithout(tokens, surname, tail[0] as string) ||
      endsBeforeClause(text, tokens, form.words, at + 1)
    )
      continue;
    form.closed = false;
    entities.addFullerName(entity, {
      text: written.slice(0, at + 1).join(' '),
      words: form.words.slice(0, at + 1),
      isName: true,
      closed: true,
    });
  }
}

/**
 * ب, ل, ف or ك and the article on a verbal noun of a derived verb or of قال's pattern (بالتأكيد, بالتحذير,
 * بالإعلان, بالاعتراف, بالاستغراب, بالمطالبة), folded: how one spoke (وختم بالتأكيد:), never a surname.
 */
const VERBAL_NOUN_WITH_ARTICLE =
  /^[بلفك]ال(?:ت[^ا]{2}ي[^ا]|تا[^ا]ي[^ا]|ا[^ا]{2}ا[^ا]ه?|ا[^ا]ت[^ا]ا[^ا]|است[^ا]{2}ا[^ا]|م[^ا]ا[^ا]{2}ه)$/u;

/**
 * Words the article gives alone as the whole subject of a cue: the verb, one word, then a colon, a
 * complementiser or an opening mark (واستطرد بالتاجي:, وأضاف مارتان إن, وتابعت بالجي «…»). Such a word
 * is someone's surname, whatever particle or clitic it seems to open with. Not a stop word, cue or
 * verbal noun (وختم بالقول:, وأضاف بالتأكيد:), an adverb in the accusative (وأضاف مبتسماً:), a time or
 * place word, or a given name (a new person's, not a surname).
 */
export function loneSubjects(text: string, tokens: readonly Token[]): Set<string> {
  const found = new Set<string>();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const verb = tokens[i] as Token;
    const word = tokens[i + 1] as Token;
    const after = tokens[i + 2] as Token;
    if (verb.type !== 'word' || word.type !== 'word') continue;
    const closes =
      after.norm === ':' ||
      (after.type === 'word' && COMPLEMENTISER_SET.has(after.norm)) ||
      (after.type === 'mark' && after.canOpen === true);
    if (!closes || lookupCue(verb.norm) === undefined) continue;
    const norm = word.norm;
    // (A definite word stands alone as a surname too, but a name runs on to it already: only the words
    // that a clitic and the article seem to open, or plain words, are looked at.)
    if (
      /^و?ال/u.test(norm) ||
      !isNameWord(norm) ||
      VERBAL_NOUN_WITH_ARTICLE.test(norm) ||
      isAccusativeAdverb(word, text) ||
      TIME_SET.has(norm) ||
      isPlaceWord(norm) ||
      isGivenName(norm)
    )
      continue;
    found.add(norm);
  }
  return found;
}

/**
 * Speakers are often quoted under a short name (`بلقاسم`, `سكوت`) while the article gives the full
 * name once, in narration (`النجم الفرنسي زين الدين بلقاسم`). For each name the attribution knows,
 * this looks at every other place its last word occurs and reads the name backwards from there:
 * plain words, an article word only inside a compound (زين الدين, منتظر الزيدي), and only where the
 * name starts after punctuation, a title, a title's adjective or a verb. The fullest reading that
 * contains the known name becomes a form of the same speaker.
 */
/** A name read back to a given name behind و, the conjunction taken off its first word. */
function withoutConjunction(name: { text: string; words: string[] }): { text: string; words: string[] } {
  const [first = '', ...rest] = name.words;
  return { text: name.text.replace(/^و/u, ''), words: [first.slice(1), ...rest] };
}

export function expandNames(text: string, tokens: readonly Token[], entities: Entities): void {
  const wanted = new Map<string, number[]>();
  for (const entity of entities.list) {
    for (const form of entity.forms) {
      const first = form.words[0];
      const last = form.words[form.words.length - 1];
      if (form.isName && first && last && form.words.length < MAX_NAME_WORDS) {
        wanted.set(last, []);
        wanted.set(first, []);
      }
    }
  }
  if (wanted.size === 0) return;
  const lone = loneSubjects(text, tokens);
  for (const word of lone) wanted.set(word, []);
  tokens.forEach((token, i) => {
    if (token.type === 'word') wanted.get(token.norm)?.push(i);
  });
  // The places of a name's surname that its first name stands just before (within a name's length):
  // a form is read back only from there, not from every place of its surname (many people sharing
  // one surname made this quadratic).
  const placesOf = (words: readonly string[]): number[] => {
    const surname = words[words.length - 1] as string;
    const lasts = wanted.get(surname) ?? [];
    if (words.length < 2) return lasts;
    const given = words[0] as string;
    const firsts = wanted.get(given) ?? [];
    const places: number[] = [];
    // From whichever of the two names is rarer: many people may share either.
    if (lasts.length <= firsts.length) {
      for (const at of lasts) {
        for (let p = at - 1; p > at - MAX_NAME_WORDS && p >= 0; p--) {
          if ((tokens[p] as Token).norm === given) {
            places.push(at);
            break;
          }
        }
      }
      return places;
    }
    for (const p of firsts) {
      for (let at = p + 1; at < p + MAX_NAME_WORDS && at < tokens.length; at++) {
        if ((tokens[at] as Token).norm === surname) {
          places.push(at);
          break;
        }
      }
    }
    return places;
  };
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
    trimObjectWord(text, entity, entities, tokens);
    const names = entity.forms.filter((f) => f.isName && f.words.length < MAX_NAME_WORDS);
    // The same name written elsewhere with its hamzas (أسامة for اسامة): the fuller spelling.
    for (const form of names) {
      const n = form.words.length;
      for (const at of placesOf(form.words)) {
        if (at - n + 1 < 0 || !form.words.every((w, j) => tokens[at - n + 1 + j]?.norm === w)) continue;
        const spelt = slice(at - n + 1, at);
        if (spelt.text !== form.text)
          entities.addFullerName(entity, { ...spelt, isName: true, closed: form.closed });
      }
    }
    let best: { text: string; words: string[] } | null = null;
    // A speaker known only by one word (حماس) is a body when the article gives it its head in
    // construct (حركة حماس): that is its fuller name, whatever else stands before the word.
    const bodyLike = !entity.forms.some((f) => !f.isName);
    let bodyName: { text: string; words: string[] } | null = null;
    // A surname alone, read back one word where that word is a given name (، جلال أكدوغان،) or stands
    // right after an adjective of origin (من أصل إيراني بهروز كريمي): his first name, when the text
    // gives the surname only one such first name (two brothers share it otherwise), and gives it where
    // it first writes the surname: a surname written alone before (قال أوزتورك … واستقبل بلال أوزتورك)
    // was already a man the reader knows, not one introduced later by his first name.
    let firstName: { text: string; words: string[] } | null = null;
    const firstNames = new Set<string>();
    for (const form of names) {
      if (form.words.length !== 1) continue;
      const places = placesOf(form.words);
      for (const at of places) {
        const given = tokens[at - 1];
        const origin = tokens[at - 2];
        if (given?.type !== 'word' || hasArticle(given.norm)) continue;
        // …a second man's given name with و counts too (سامي حداد ونبيل حداد).
        if (/^و/u.test(given.norm) && isGivenName(given.norm.slice(1))) firstNames.add(given.norm.slice(1));
        if (!isNameWord(given.norm)) continue;
        const ofOrigin =
          origin?.type === 'word' &&
          (ORIGIN_NISBA_SET.has(origin.norm) || ORIGIN_NISBA_SET.has(`ال${origin.norm}`));
        if (!isGivenName(given.norm) && !ofOrigin) continue;
        firstNames.add(given.norm);
        if (at === places[0]) firstName = slice(at - 1, at);
      }
    }
    // The spokesman's titles the person was read with (الناطق باسم حركة …): the body's name ends them.
    const titles = entity.forms.filter((f) => !f.isName && f.words.length > 2 && f.words.includes('باسم'));
    for (const form of names) {
      // A country or a city named alone (أشارت الصين …) is no one's family name: no name is read back
      // from it (انتقد وزراء مجموعة السبع سياسة الصين: the object's genitive).
      if (
        form.words.length === 1 &&
        isPlaceWord(form.words[0] as string) &&
        !isGivenName(form.words[0] as string)
      )
        continue;
      for (const at of placesOf(form.words)) {
        const head = tokens[at - 1];
        if (
          bodyLike &&
          form.words.length === 1 &&
          head?.type === 'word' &&
          ORGANISATION_SET.has(head.norm) &&
          // …not a statement or a report of the body (بيان سابك), which ORGANISATION_SET holds as a source
          !OWNED_NOUN_SET.has(head.norm)
        ) {
          if (!hasArticle(head.norm)) bodyName ??= slice(at - 1, at);
          continue;
        }
        // The known name's own words are a name's (فان مارفيك, whose فان reads as ف and إن elsewhere).
        const n = form.words.length;
        const whole = n > 1 && form.words.every((w, j) => tokens[at - n + 1 + j]?.norm === w);
        // A name of two words right after بن or بنت (ريم بنت خالد الزهراني) is the father's inside
        // another's name: the full name read back from there is his child's (وقال والدها خالد الزهراني).
        if (whole && PATRONYM_SET.has(tokens[at - n]?.norm ?? '')) continue;
        let k = whole ? at - n + 1 : at;
        /** The name's first word is a given name behind the conjunction و (الوزير وحسين عبدالغني). */
        let conjoined = false;
        while (at - k + 1 < MAX_NAME_WORDS + lineageRoom(tokens, k, at)) {
          const prev = tokens[k - 1];
          if (prev?.type !== 'word' || !isNameWord(prev.norm) || isPossessedTitle(prev, text)) break;
          // …a given name joined with و to the one before it is the first word, without the و: no name
          // goes on back past a conjunction.
          if (
            /^و/u.test(prev.norm) &&
            !isGivenName(prev.norm) &&
            !NAMES_IN_WAW.has(prev.norm) &&
            isGivenName(prev.norm.slice(1))
          ) {
            k--;
            conjoined = true;
            break;
          }
          // The spokesman's title the person was read with ends there, before a name of two words or more
          // read there (الناطق باسم حركة المقاومة الإسلامية حماس فلان علان: the body's short name closes
          // his title): the name starts after it. (A name of one word may have lost its given name to the
          // title; so may a post's, الرئيس التنفيذي لشركة … فلان, whose given name the lexicon lacks.)
          if (at - k >= 1 && titles.some((f) => endsTitleAt(tokens, f.words, k - 1))) break;
          // المنضم حديثاً فلان: an adverb in the accusative before the name is the description's.
          if (isAccusativeAdverb(prev, text) && !isGivenName(prev.norm)) break;
          // What the named owns, offers or takes, in construct with the name (عرض لوفتهانزا, بقرار أرامكو):
          // no word of the name; not a given name spelt as one of them (بيان, a woman's).
          if (stripToSet(prev.norm, OWNED_NOUN_SET) !== undefined && !isGivenName(prev.norm)) break;
          // الرئيس المنتهية ولايته فلان: the participle's noun is the title's, the name starts after it.
          if (isCausalAdjectiveNoun(prev, tokens[k - 2]?.norm ?? '', text)) break;
          // A country or a city before the name (مبعوث واشنطن لسوريا توم باراك, رئيس وزراء إيطاليا
          // ماتيو رينزي) is the title's genitive: the name starts after it.
          if (isPlaceWord(prev.norm)) break;
          // …and so is a body's plain name after ل behind a definite title, a given name after it
          // (الرئيس التنفيذي لأرامكو سالم …, an Arabic given name; not a foreign one that opens with ل: لوسيا
          // مارتين).
          if (
            /^ل[^ل]/u.test(prev.norm) &&
            !isGivenName(prev.norm) &&
            ARABIC_GIVEN_NAME_SET.has((tokens[k] as Token).norm) &&
            hasArticle(tokens[k - 2]?.norm ?? '')
          )
            break;
          // A rank's second word after the rank (العقيد بحري فلان, المقدم طيار فلان) is the rank's.
          if (RANK_SET.has(prev.norm) && hasArticle(tokens[k - 2]?.norm ?? '')) break;
          if (articled(text, prev, tokens[k])) {
            // A given name with the article opens the name before a joiner (الهادي بن صالح, الطاهر أبو
            // بكر): the name's first word, none read before it.
            if (NAME_JOINER_SET.has((tokens[k] as Token).norm) && opensGivenName(tokens, k - 1)) {
              k--;
              break;
            }
            // An article word joins only as the second half of a compound: زين الدين, عبد الله.
            const before = tokens[k - 2];
            if (!COMPOUND_END_SET.has(prev.norm)) break;
            if (before?.type !== 'word' || hasArticle(before.norm) || !isNameWord(before.norm)) break;
            if (at - k + 3 > MAX_NAME_WORDS) break;
            k -= 2;
            continue;
          }
          k--;
        }
        if (k === at - n + 1) continue;
        // A title without the article governs the word after it (محافظ إربد رضوان العتوم): that
        // word is the title's, the name starts after it.
        const governor = tokens[k - 1];
        if (
          governor?.type === 'word' &&
          !hasArticle(governor.norm) &&
          stripToSet(governor.norm, TITLE_SET) !== undefined &&
          !NAME_JOINER_SET.has(governor.norm)
        )
          k++;
        // The place after a title (المحكمة الابتدائية بصفاقس منير العكرمي) is not the first name.
        if (at - k >= 2 && isPlaceAfterTitle(tokens, k)) k++;
        if (k >= at) continue;
        // A given name that is also a word (باسم, مالك, أمل) opens a name read back only in a name's
        // context (باسم حملة ويتفيلد is "in the name of" a campaign; باسم بن علي is a name).
        if (GIVEN_NAME_WORD_SET.has((tokens[k] as Token).norm) && !opensGivenName(tokens, k)) continue;
        // A name read back to the sentence's first word, that word no given name and the next one a
        // given name (يقف علي النوافلة، وهو …; يعمل ماجد القحطاني، …): the first word is the verb that
        // brought him in, the name starts after it, closed by the comma after it.
        const opener = tokens[k - 1]?.type !== 'word' && at - k + 1 > form.words.length;
        const verbFirst =
          opener && !isGivenName((tokens[k] as Token).norm) && isGivenName((tokens[k + 1] as Token).norm);
        if (verbFirst) k++;
        const left = tokens[k - 1];
        const right = tokens[at + 1];
        // تصريحات لاري سكوت، رئيس مجلس الإدارة: a title in apposition after a comma closes a name
        // whose start is unknown; one word before a one-word name is its first name.
        const apposed = tokens[at + 2];
        // …not the sentence's first word before a given name when it is none itself (تعمل سارة، الأم
        // لثلاثة أطفال، …): the verb that brought her in, as verbFirst reads it below.
        const before = tokens[at - 1];
        const verbBefore =
          tokens[at - 2]?.type !== 'word' &&
          before?.type === 'word' &&
          !isGivenName(before.norm) &&
          isGivenName((tokens[at] as Token).norm);
        if (
          form.words.length === 1 &&
          !verbBefore &&
          isComma(right) &&
          apposed?.type === 'word' &&
          stripToSet(apposed.norm, TITLE_SET) !== undefined &&
          !hasArticle((tokens[at - 1] as Token).norm)
        ) {
          const candidate = slice(at - 1, at);
          if (!best || candidate.words.length > best.words.length) best = candidate;
          // The apposition bounds the name: words further back (نفي زهير عطوف) are not part of it.
          continue;
        }
        // A name read backwards must start after a comma, a title, a title's adjective or a verb:
        // after a full stop it could as well have swallowed the verb of the sentence, unless a
        // comma closes it as the topic of the sentence (شريفة بن حسين، …).
        // After a comma alone it could be the verb of a new clause (، أخذ الفيفا); it needs a
        // comma after it too, as a topic or an apposition does.
        const closedAfter = isComma(right);
        // …but not where the name was read as it stands, the word before it then its verb (تدرس مريم،
        // ابنة …، وتقول: the narration's newcomer, read after her verb).
        const readHere = entities.firstNamedAt(entity) === at - form.words.length + 1;
        // …or where the name opens with a given name right after the sentence's first word, no given
        // name itself (ويعمل أحمد فوزي في الموقع, ووصلت سلوى بنت أحمد نصيف من الرياض): that word is the
        // verb that brought the person in, the given name where the name starts, whatever follows it.
        const afterFirstWord =
          left?.type === 'word' &&
          tokens[k - 2]?.type !== 'word' &&
          !isGivenName(left.norm) &&
          opensGivenName(tokens, k);
        // …or the whole of a person's name in marks after a title (مدير الجهاز الفني “فلان علان”).
        const quotedWhole = left?.type === 'mark' && titledPersonNameEnd(tokens, k - 1, at + 1) === at + 1;
        const startsWell =
          quotedWhole ||
          ((left?.type !== 'word' || verbFirst) && closedAfter && !readHere) ||
          ((verbFirst || afterFirstWord) && !readHere) ||
          (left?.type === 'word' && hasArticle(left.norm) && stripToSet(left.norm, STOP_SET) === undefined) ||
          (left?.type === 'word' &&
            (stripToSet(left.norm, TITLE_SET) !== undefined ||
              // مواطنتها فلانة, منافسه فلان: a relation names the one it relates to after it.
              isPossessedTitle(left, text) ||
              // المبعوث الخاص إلى سوريا فلان: the title's place ends it, the name starts after it.
              isPlaceWord(left.norm) ||
              lookupCue(left.norm) !== undefined ||
              NAME_JOINER_SET.has(left.norm) ||
              // إن عمر أسامة بن لادن سوف يغادر: a complementiser opens a clause with its subject.
              COMPLEMENTISER_SET.has(left.norm)));
        if (
          !startsWell ||
          (articled(text, tokens[k] as Token, tokens[k + 1]) &&
            !(NAME_JOINER_SET.has(tokens[k + 1]?.norm ?? '') && opensGivenName(tokens, k)))
        )
          continue;
        // مدير جامعة الملك سعود بدران العمر: the king's name is the place's, not the first name.
        if (namesPlaceAt(tokens, k)) continue;
        // A kunya (أبو أحمد) is a whole name: a word read in before it must be a given name (سامي أبو
        // زهري), not the verb of the sentence (يعيش أبو أحمد، وهو …).
        if (KUNYA_SET.has(form.words[0] as string) && at - k + 1 > form.words.length) {
          if (!isGivenName((tokens[k] as Token).norm)) continue;
        }
        // A surname the article already used alone for this speaker (قال هاريسون …), then written after
        // it with a given name and no title before it (وحضرت الحفل إيلينا هاريسون, انتقد بهاء الصفدي):
        // a relative or another bearer of the family name, whom the reader meets as someone new; the
        // speaker himself is given his first name with his title (الرئيس الأمريكي روبرت هاريسون).
        const first = entities.firstNamedAt(entity);
        const titled =
          left?.type === 'word' &&
          (stripToSet(left.norm, TITLE_SET) !== undefined ||
            isPossessedTitle(left, text) ||
            (hasArticle(left.norm) && isNisba(left.norm)));
        if (form.words.length === 1 && first >= 0 && first < k && !titled) continue;
        const candidate = conjoined ? withoutConjunction(slice(k, at)) : slice(k, at);
        if (candidate.words.length <= form.words.length || !containsInOrder(candidate.words, form.words))
          continue;
        // A given name read in right before a name of two words that opens with a given name (ريم before
        // عبدالله الشهري), making the full name of someone else the article names: the name was his
        // child's, he is her father (وقال والدها عبدالله الشهري), as the register keeps them apart.
        // One called by a kinship noun (والدها) is never read back into another's name, whatever the
        // child's given name (جنى, which the lists may lack).
        if (
          form.words.length >= 2 &&
          isGivenName(form.words[0] as string) &&
          (isKinsman(entity) ||
            (isGivenName(candidate.words[candidate.words.length - form.words.length - 1] as string) &&
              entities.namesAnother(entity, candidate.words)))
        )
          continue;
        if (!best || candidate.words.length > best.words.length) best = candidate;
      }
      // Forwards from a first name: بريجيت → بريجيت لوفيفر, شريفة → شريفة بن حسين; not for one named
      // in full by it already (محمد الغامدي … ويضيف محمد), whom another's name (محمد بن سالم) is not.
      const given = form.words[0] as string;
      if (form.words.length === 1 && !names.some((f) => f.words.length > 1 && f.words[0] === given)) {
        const seen = new Map<string, number>();
        for (const at of wanted.get(given) ?? []) {
          let end = readForward(tokens, at);
          // …a family name with the article too, a nisba, where ، وهو/وهي says who he is (يقف سالم
          // الدوسري، وهو بائع …).
          const family = tokens[at + 1];
          if (
            end === at &&
            family?.type === 'word' &&
            isNisba(family.norm) &&
            isComma(tokens[at + 2]) &&
            CIRCUMSTANTIAL_PRONOUNS.has(tokens[at + 3]?.norm ?? '')
          )
            end = at + 1;
          if (end === at) continue;
          const candidate = slice(at, end);
          const key = candidate.words.join(' ');
          const count = (seen.get(key) ?? 0) + 1;
          seen.set(key, count);
          // A joiner (بن, عبد) makes a name; a plain word after a first name must recur to count…
          const joined = candidate.words.some((w) => NAME_JOINER_SET.has(w));
          // …or be said to be a person's right after it, a comma and وهو/وهي then telling who he is
          // (يقف الحسين أوعلي، وهو فلاح …): the narration brings him in by his full name.
          // Not an accusative in ا after the first name (يعمل محمد سائقا، وهو …): what he is, no surname;
          // nor a full name that is already another speaker's (وقال خالد الشمري، وهو سائق …).
          const surname = candidate.words.at(-1) ?? '';
          const introduced =
            isComma(tokens[end + 1]) &&
            CIRCUMSTANTIAL_PRONOUNS.has(tokens[end + 2]?.norm ?? '') &&
            !surname.endsWith('ا') &&
            !entities.knowsSurname(surname);
          if ((joined || count >= 2 || introduced) && (!best || candidate.words.length > best.words.length))
            best = candidate;
        }
      }
    }
    // A name cut before a word the article gives elsewhere alone as a speaker's subject (إسماعيل حقي
    // بالتاجي، … then واستطرد بالتاجي:): that word is the surname, the name runs on to it.
    if (lone.size > 0)
      for (const form of names) {
        const n = form.words.length;
        for (const at of placesOf(form.words)) {
          const next = tokens[at + 1];
          // (not after a family name with the article, which ends a name: عادل الجبير لافروف is whom he met)
          if (next?.type !== 'word' || !lone.has(next.norm) || form.words.includes(next.norm)) continue;
          if (hasArticle(form.words.at(-1) ?? '')) continue;
          if (at - n + 1 < 0 || !form.words.every((w, j) => tokens[at - n + 1 + j]?.norm === w)) continue;
          const candidate = slice(at - n + 1, at + 1);
          if (!best || candidate.words.length > best.words.length) best = candidate;
        }
      }
    if (!best && firstName && firstNames.size === 1) best = firstName;
    if (bodyName) best = bodyName;
    if (best && !names.some((f) => f.closed && f.words.length >= (best?.words.length ?? 0))) {
      entities.addFullerName(entity, { ...best, isName: true, closed: true });
    }
  }
}

/**
 * A body is often named in full once, with its field after ل (الاتحاد الآسيوي لكرة القدم, المجلس
 * الوطني لحقوق الإنسان), and quoted under the shorter name. Where a name form of two words or more
 * of a body is followed, anywhere in the text, by ل + an indefinite noun + a definite noun, that
 * fuller name becomes a form of the same body.
 */
export function expandBodies(text: string, tokens: readonly Token[], entities: Entities): void {
  // The bodies' forms by their folded words: each place in the text is looked up, not every form
  // compared with every place (thousands of ministries would make that quadratic).
  const byKey = new Map<string, Entity[]>();
  const lengths = new Set<number>();
  const firstWords = new Set<string>();
  for (const entity of entities.list) {
    if (!entity.organisation) continue;
    for (const form of entity.forms) {
      if (form.isName || form.words.length < 2) continue;
      const key = form.words.join(' ');
      const list = byKey.get(key);
      if (list) list.push(entity);
      else byKey.set(key, [entity]);
      lengths.add(form.words.length);
      firstWords.add(form.words[0] as string);
    }
  }
  if (byKey.size === 0) return;
  const best = new Map<Entity, { text: string; words: string[] }>();
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    if (token.type !== 'word' || !firstWords.has(token.norm)) continue;
    for (const length of lengths) {
      const end = at + length - 1;
      const words: string[] = [];
      for (let k = at; k <= end; k++) {
        const word = tokens[k];
        if (word?.type !== 'word') break;
        words.push(word.norm);
      }
      if (words.length !== length) continue;
      const owners = byKey.get(words.join(' '));
      // Right after a verb, ل + a noun is more often the verb's complement (ودعت الوزارة لوقف …).
      const verb = tokens[at - 1];
      if (verb?.type === 'word' && lookupCue(verb.norm) !== undefined) continue;
      // …and after a deputy's title the field is the deputy's (وكيل وزارة الإسكان للدعم السكني).
      if (verb?.type === 'word' && isDeputyTitle(verb.norm)) continue;
      if (!owners || !isFieldAfter(tokens, end)) continue;
      const norms: string[] = [];
      const written: string[] = [];
      for (let k = at; k <= end + 2; k++) {
        const word = tokens[k] as Token;
        written.push(text.slice(word.from, word.to));
        norms.push(word.norm);
      }
      for (const entity of owners) {
        const known = best.get(entity);
        if (!known || norms.length > known.words.length)
          best.set(entity, { text: written.join(' '), words: norms });
      }
    }
  }
  for (const [entity, fuller] of best) {
    if (!entity.forms.some((f) => !f.isName && f.words.length >= fuller.words.length))
      entities.addFullerName(entity, { ...fuller, isName: false, closed: true });
  }
}

/** A deputy's titles, in construct with a body, whose own field may follow the body's genitive (وكيل وزارة … ل…). */
const DEPUTY_TITLES = new Set(['وكيل', 'مساعد', 'نائب']);

/** True when `norm` is a deputy's title, with و or without (ووكيل). */
export function isDeputyTitle(norm: string): boolean {
  return DEPUTY_TITLES.has(norm) || (norm.startsWith('و') && DEPUTY_TITLES.has(norm.slice(1)));
}

/** The most nisba adjectives read after a body's head (الوكالة الدولية, المنظمة العربية الإقليمية). */
const MAX_BODY_ADJECTIVES = 2;
/** Adjectives shaped like a nisba that say when or which, not whose (الحكومة الحالية, الجولة الثانية), folded. */
const NOT_OF_A_PLACE = new Set([
  'الحالي',
  'الحاليه',
  'الماضي',
  'الماضيه',
  'الثاني',
  'الثانيه',
  'التالي',
  'التاليه',
  'النهائي',
  'النهائيه',
]);

/**
 * A body is often quoted by its definite head alone (وقالت الأكاديمية, وكانت الوكالة قد أفادت) after
 * the article named it in full where it did not speak: as the subject of another verb (منحت الأكاديمية
 * السويدية …) or in a title's complement (المدير العام للوكالة الدولية للطاقة الذرية). Where a body's
 * only name is that definite head, and the text has it, alone or after ل, followed by nisba adjectives
 * (and a field after ل), that fuller name becomes a form of the same body; not when the text gives the
 * head two different fuller names, nor when a known body's longer name starts with it.
 */
export function expandBodyHeads(text: string, tokens: readonly Token[], entities: Entities): void {
  // Heads that begin a longer name of some body the attribution knows (الهيئة العليا للانتخابات):
  // the head alone may be that body's or another's, and is left as it is.
  const heads = new Set<string>();
  for (const entity of entities.list)
    for (const form of entity.forms) if (form.words.length > 1) heads.add(form.words[0] as string);
  const byHead = new Map<string, Entity[]>();
  for (const entity of entities.list) {
    if (!entity.organisation || entity.forms.some((f) => f.isName || f.words.length > 1)) continue;
    for (const form of entity.forms) {
      const head = form.words[0] as string;
      if (!head.startsWith('ال') || heads.has(head)) continue;
      const list = byHead.get(head) ?? [];
      if (list.length === 0) {
        byHead.set(head, list);
        // The head after ل (للوكالة): the article's alef is dropped.
        byHead.set(`ل${head.slice(1)}`, list);
      }
      list.push(entity);
    }
  }
  if (byHead.size === 0) return;
  const found = new Map<Entity, { text: string; words: string[] } | null>();
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at] as Token;
    const owners = token.type === 'word' ? byHead.get(token.norm) : undefined;
    if (!owners) continue;
    let end = at;
    while (end - at < MAX_BODY_ADJECTIVES) {
      const next = tokens[end + 1];
      if (next?.type !== 'word' || !isNisba(next.norm) || NOT_OF_A_PLACE.has(next.norm)) break;
      end++;
    }
    if (end === at) continue;
    if (isFieldAfter(tokens, end)) end += 2;
    // …or a definite field alone before the verb's object (الأكاديمية السويدية للعلوم الجائزة).
    else if (isDefiniteFieldAlone(tokens, end)) end += 1;
    const head = token.norm.startsWith('لل') ? `ا${token.norm.slice(1)}` : token.norm;
    const norms: string[] = [head];
    const written: string[] = [];
    for (let k = at; k <= end; k++) {
      const word = tokens[k] as Token;
      const surface = text.slice(word.from, word.to);
      written.push(k === at && head !== token.norm ? `ا${surface.slice(1)}` : surface);
      if (k > at) norms.push(word.norm);
    }
    const reading = { text: written.join(' '), words: norms };
    for (const entity of owners) {
      const known = found.get(entity);
      if (known === undefined) found.set(entity, reading);
      else if (known && known.words.join(' ') !== norms.join(' ')) {
        // One reading starts the other (الوكالة الدولية … and الوكالة الدولية للطاقة الذرية): the fuller.
        const [short, long] =
          known.words.length <= norms.length ? [known.words, norms] : [norms, known.words];
        found.set(entity, short.every((w, j) => long[j] === w) ? (long === norms ? reading : known) : null);
      }
    }
  }
  for (const [entity, fuller] of found)
    if (fuller) entities.addFullerName(entity, { ...fuller, isName: false, closed: true });
}

/** After the name ending at `end`: ل + an indefinite noun + a definite noun, its field (لكرة القدم). */
function isFieldAfter(tokens: readonly Token[], end: number): boolean {
  const field = tokens[end + 1];
  const object = tokens[end + 2];
  if (field?.type !== 'word' || object?.type !== 'word') return false;
  const noun = field.norm.slice(1);
  return (
    field.norm.startsWith('ل') &&
    // للعلوم is ل and the article: a definite noun governs no genitive, only its adjective follows
    // (للتنمية الزراعية); للعلوم الجائزة is the field, then the verb's object.
    (!field.norm.startsWith('لل') || isNisba(object.norm)) &&
    !hasArticle(noun) &&
    noun.length >= 3 &&
    hasArticle(object.norm) &&
    !ADDRESSEE_SET.has(noun) &&
    !ADDRESSEE_SET.has(object.norm) &&
    stripToSet(noun, NAMING_SET) === undefined &&
    stripToSet(noun, ORGANISATION_SET) === undefined &&
    stripToSet(field.norm, STOP_SET) === undefined
  );
}

/** After the name ending at `end`: لل and a noun (للعلوم), then a definite word that is no adjective of it. */
function isDefiniteFieldAlone(tokens: readonly Token[], end: number): boolean {
  const field = tokens[end + 1];
  const object = tokens[end + 2];
  return (
    field?.type === 'word' &&
    field.norm.startsWith('لل') &&
    field.norm.length > 4 &&
    !ADDRESSEE_SET.has(`ا${field.norm.slice(1)}`) &&
    object?.type === 'word' &&
    hasArticle(object.norm) &&
    !isNisba(object.norm)
  );
}

/** The last token of a name that goes on after `at` with plain words or joiners, ending at a boundary. */
function readForward(tokens: readonly Token[], at: number): number {
  let end = at;
  while (end - at + 1 < MAX_NAME_WORDS) {
    const next = tokens[end + 1];
    if (next?.type !== 'word' || !isNameWord(next.norm)) break;
    const afterJoiner = NAME_JOINER_SET.has((tokens[end] as Token).norm);
    if (hasArticle(next.norm) && !afterJoiner) break;
    end++;
    if (!NAME_JOINER_SET.has(next.norm) && end - at >= 2) break;
  }
  if (NAME_JOINER_SET.has((tokens[end] as Token).norm)) end--;
  const after = tokens[end + 1];
  // The word after a joiner completes the name (شريفة بن حسين بلنسية الإقامة: what follows describes).
  const joined = end - at >= 2 && NAME_JOINER_SET.has((tokens[end - 1] as Token).norm);
  const boundary =
    after?.type !== 'word' ||
    !isNameWord(after.norm) ||
    hasArticle(after.norm) ||
    (joined && !NAME_JOINER_SET.has(after.norm));
  return boundary ? end : at;
}

/** The title's words stand in the text ending at `end`. */
function endsTitleAt(tokens: readonly Token[], words: readonly string[], end: number): boolean {
  const from = end - words.length + 1;
  return from >= 0 && words.every((w, j) => tokens[from + j]?.norm === w);
}

function containsInOrder(long: readonly string[], short: readonly string[]): boolean {
  let j = 0;
  for (const word of long) if (word === short[j]) j++;
  return j === short.length;
}
