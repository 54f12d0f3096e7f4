/**
 * The speaker colours, shared by the terminal report and the HTML page so that a speaker has the
 * same colour in both. A speaker's entry comes from a hash of its name (see `speakerSlots`).
 *
 * The CSS side is built on the Okabe–Ito palette (sky blue, reddish purple, yellow, bluish green,
 * blue, orange, vermillion), which stays apart for the common kinds of colour blindness; colour is
 * never the only sign: each entry also has its own pair of underline style and background stripes,
 * so speakers stay apart in grey print too. Every background keeps the page's dark text
 * above 12:1, and every line colour is above 3:1 on white and on its own background (WCAG).
 */
import type { ForegroundColorName } from 'chalk';
import { fold } from '../text/normalize.js';
import type { QuoteDocument } from '../types.js';

/** How a quote of this speaker is underlined: CSS `text-decoration-style`. */
export type UnderlineStyle = 'solid' | 'dashed' | 'dotted' | 'double' | 'wavy';

/** Light diagonal stripes over the background, rising or falling from the start of the line, or none. */
export type Stripes = 'none' | 'rising' | 'falling';

export interface Swatch {
  /** The chalk colour of the terminal report. */
  terminal: ForegroundColorName;
  /** Okabe–Ito hue the CSS colours are made from, for people reading the code. */
  hue: string;
  /** CSS background of a highlighted quote: a light tint of the hue. */
  background: string;
  /** CSS colour of the underline and of the legend's swatch border: a dark shade of the hue. */
  line: string;
  underline: UnderlineStyle;
  /** With the underline, what tells speakers apart without colour: no two entries share both. */
  stripes: Stripes;
}

/** In order of use; red last, as it reads like an error in a terminal. */
export const palette: readonly Swatch[] = [
  swatch('cyan', 'sky blue', '#d5ecfa', '#1f77b4', 'solid', 'none'),
  swatch('magenta', 'reddish purple', '#f5dcea', '#a4457d', 'dashed', 'none'),
  swatch('yellow', 'yellow', '#f7f0a0', '#7a6e00', 'dotted', 'none'),
  swatch('green', 'bluish green', '#c9ebdf', '#007a5a', 'double', 'none'),
  swatch('blue', 'blue', '#c3d6f2', '#0060a0', 'wavy', 'none'),
  swatch('cyanBright', 'sky blue', '#d5ecfa', '#1f77b4', 'dotted', 'falling'),
  swatch('magentaBright', 'reddish purple', '#f5dcea', '#a4457d', 'double', 'falling'),
  swatch('yellowBright', 'orange', '#fbe3b5', '#9a6400', 'solid', 'falling'),
  swatch('greenBright', 'bluish green', '#c9ebdf', '#007a5a', 'wavy', 'falling'),
  swatch('blueBright', 'blue', '#c3d6f2', '#0060a0', 'dashed', 'falling'),
  swatch('red', 'vermillion', '#f8d5c2', '#b04a00', 'double', 'rising'),
  swatch('redBright', 'vermillion', '#f8d5c2', '#b04a00', 'wavy', 'rising'),
];

/**
 * Each speaker's rank by first appearance among all the quotes of the document (0 first), so that
 * a filter that hides some quotes keeps every colour where it was.
 *
 * @example
 * speakerOrder(extract('قال سوكولوف: «نعم». وقال هاريسون: «لا».')) // Map {'سوكولوف' => 0, 'هاريسون' => 1}
 */
export function speakerOrder(document: QuoteDocument): Map<string, number> {
  const order = new Map<string, number>();
  for (const quote of document.quotes) {
    const name = quote.speaker?.name;
    if (name !== undefined && !order.has(name)) order.set(name, order.size);
  }
  return order;
}

/** The swatch of the speaker ranked `rank`: the palette repeats after its last entry. */
export function swatchOf(rank: number): Swatch {
  return palette[rank % palette.length] ?? (palette[0] as Swatch);
}

/** The entries a speaker's name can hash to; the two reds only come by probing past the others. */
const hashedSlots = palette.length - 2;

/**
 * The palette entry of each speaker, independent of the article: the name, folded as names are
 * matched, hashes to an entry, so a speaker keeps its colour from one run and one article to the
 * next. When two speakers of one article hash to the same entry, the later one (in order of first
 * appearance) takes the next free entry; past twelve speakers entries repeat.
 */
export function speakerSlots(document: QuoteDocument): Map<string, number> {
  const slots = new Map<string, number>();
  const taken = new Set<number>();
  for (const name of speakerOrder(document).keys()) {
    const home = hashName(name) % hashedSlots;
    let slot = home;
    for (let step = 0; step < palette.length && taken.has(slot); step++)
      slot = (home + step + 1) % palette.length;
    slots.set(name, slot);
    taken.add(slot);
  }
  return slots;
}

/** The terminal colour of each speaker: the same entry as on the HTML page. */
export function speakerColors(document: QuoteDocument): Map<string, ForegroundColorName> {
  return new Map([...speakerSlots(document)].map(([name, slot]) => [name, swatchOf(slot).terminal]));
}

/** FNV-1a over the folded name: the same number for the same name on every run. */
function hashName(name: string): number {
  let hash = 0x811c9dc5;
  for (const char of fold(name).replace(/\s+/g, ' ').trim()) {
    hash ^= char.codePointAt(0) ?? 0;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

function swatch(
  terminal: ForegroundColorName,
  hue: string,
  background: string,
  line: string,
  underline: UnderlineStyle,
  stripes: Stripes,
): Swatch {
  return { terminal, hue, background, line, underline, stripes };
}
