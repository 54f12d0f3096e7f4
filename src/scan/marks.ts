/**
 * The quotation marks that Arabic newsrooms use, as data. `natural` is the role the mark has in
 * left-to-right typography; right-to-left typing also produces the mirror orientation (»…«, ”…“),
 * so the scanner lets context decide and pairs any two marks of one family.
 */
export type MarkFamily = 'straight' | 'guillemet' | 'curly' | 'angle' | 'single' | 'apostrophe';
export type MarkRole = 'open' | 'close' | 'either';

export interface MarkInfo {
  family: MarkFamily;
  natural: MarkRole;
  /** Single marks mostly appear inside another quote; outside one they are apostrophes. */
  innerOnly: boolean;
}

export const MARKS: ReadonlyMap<number, MarkInfo> = new Map<number, MarkInfo>([
  [0x0022, { family: 'straight', natural: 'either', innerOnly: false }], // "
  [0xff02, { family: 'straight', natural: 'either', innerOnly: false }], // ＂ fullwidth
  [0x00ab, { family: 'guillemet', natural: 'open', innerOnly: false }], // «
  [0x00bb, { family: 'guillemet', natural: 'close', innerOnly: false }], // »
  [0x201c, { family: 'curly', natural: 'open', innerOnly: false }], // “
  [0x201d, { family: 'curly', natural: 'close', innerOnly: false }], // ”
  [0x201e, { family: 'curly', natural: 'open', innerOnly: false }], // „
  [0x201f, { family: 'curly', natural: 'open', innerOnly: false }], // ‟
  // A double prime typed for a curly mark (بـ”…″, :″…″): after a digit it is a unit (DOUBLE_PRIME).
  [0x2033, { family: 'curly', natural: 'either', innerOnly: false }], // ″
  [0x2039, { family: 'angle', natural: 'open', innerOnly: false }], // ‹
  [0x203a, { family: 'angle', natural: 'close', innerOnly: false }], // ›
  [0x2018, { family: 'single', natural: 'open', innerOnly: true }], // ‘
  [0x2019, { family: 'single', natural: 'close', innerOnly: true }], // ’
]);

/** An apostrophe: two of them in a row are one mark (DOUBLED_APOSTROPHES). */
export const APOSTROPHE = 0x27;

/** The double prime: after a digit a unit (55″, inches or seconds), elsewhere a quote mark. */
export const DOUBLE_PRIME = 0x2033;

/**
 * Two apostrophes typed as one quote mark (''…''), the house style of some Saudi and Algerian papers
 * (وصف … بـ ''المريضة''): a straight mark, as " is, typed on the same key, so that pages that open with
 * one and close with the other ("…'', ''…") pair them; nested in "…" it nests as a straight mark of
 * another character does (pairQuotes). Exactly two: a lone apostrophe is a letter's sign in a
 * transliteration, three or more are no mark.
 */
export const DOUBLED_APOSTROPHES: MarkInfo = { family: 'straight', natural: 'either', innerOnly: false };

/**
 * One apostrophe typed as a quote mark ('…'), the house style of some Lebanese and Levantine sites and
 * of many headlines (اعتبر ماكرون أن 'الحرية لم تكن مهددة'). A lone apostrophe is more often a letter's
 * sign (l'Etat, al-'Arabiya, '73), so the scan keeps it as a mark only in a pair of one paragraph, an
 * opener before an Arabic letter and a closer before no letter (resolveApostrophes); every other one stays
 * punctuation.
 */
export const LONE_APOSTROPHE: MarkInfo = { family: 'apostrophe', natural: 'either', innerOnly: false };
