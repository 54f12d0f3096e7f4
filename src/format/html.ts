/**
 * `--format html`: one standalone page that shows each article as it is, every quote highlighted
 * in its speaker's colour (the colours of the terminal report), mentions as narration.
 *
 * The article is untrusted. Every character of it is escaped, and the page carries a
 * Content-Security-Policy that lets only its own style and script run (by their SHA-256), so that
 * even markup that slipped through the escaping could neither run nor fetch anything. The page
 * fetches nothing: no external script, style, font or image.
 *
 * The whole page is written at the end (`item` gives nothing): the table of contents at its top
 * needs every input, and a page cut off mid-way is not a page anyway.
 */
import { createHash } from 'node:crypto';
import type { Message, Quote, QuoteDocument, Resolution } from '../types.js';
import { escapeName } from './escape.js';
import type { FormatOptions, Formatter, Result } from './formatter.js';
import { palette, speakerOrder, speakerSlots } from './palette.js';
import { type SpeakerRow, summarizeSpeakers } from './speakers.js';
import { plural, summary } from './summary.js';

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  // The HTML parser turns a raw CR (and CRLF) into LF; a character reference keeps it.
  '\r': '&#13;',
};

/**
 * Text as HTML text or attribute value: `& < > " '` as references, CR as `&#13;` so that it
 * survives the parser's line-break normalisation. Every other character is written as it is, so the
 * page's text is the article's text (NUL excepted, which the input layer refuses).
 *
 * @example
 * escapeHtml('قال: «<script>»') // 'قال: «&lt;script&gt;»'
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'\r]/g, (char) => htmlEscapes[char] ?? char);
}

/**
 * The BCP 47 tag and direction of a page from franc's ISO 639-3 code: `arb` is `ar`, right to left.
 *
 * @example
 * pageLanguage('arb') // {lang: 'ar', dir: 'rtl'}
 */
export function pageLanguage(code: string): { lang: string; dir: 'rtl' | 'ltr' | 'auto' } {
  const lang = twoLetter[code] ?? code;
  if (code === 'und') return { lang, dir: 'auto' };
  return { lang, dir: rightToLeft.has(lang) ? 'rtl' : 'ltr' };
}

/** ISO 639-3 codes whose BCP 47 tag is shorter (BCP 47 wants the two-letter code when there is one). */
const twoLetter: Record<string, string> = {
  arb: 'ar',
  pes: 'fa',
  urd: 'ur',
  heb: 'he',
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  rus: 'ru',
  tur: 'tr',
};

const rightToLeft = new Set(['ar', 'ary', 'arz', 'apc', 'acm', 'ajp', 'ayl', 'fa', 'prs', 'ur', 'he', 'ps']);

/**
 * The page for every input that could be read; one section per input, and a table of contents
 * when several inputs were named. `quotes extract` shows the articles; `quotes speakers` the tables
 * of who is quoted.
 *
 * @example
 * formatHtml([result], {view: 'quotes', several: false}) // '<!doctype html>\n<html lang="ar" dir="rtl">…'
 */
export function formatHtml(
  results: readonly Result[],
  options: Pick<FormatOptions, 'view' | 'several'>,
): string {
  const first = results[0];
  const { lang, dir } = pageLanguage(first?.document.language.code ?? 'und');
  const title =
    results.length === 1 && first
      ? `${displaySource(first.document.source)} — quotes`
      : `${results.length} articles — quotes`;
  const sections = results.map((result, index) =>
    options.view === 'speakers' ? speakersSection(result, index) : articleSection(result, index),
  );
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(lang)}" dir="${dir}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${css}</style>`,
    '</head>',
    '<body>',
    options.several ? tableOfContents(results) : '',
    `<main>\n${sections.join('\n')}\n</main>`,
    '<div id="tip" class="tip" role="tooltip" aria-hidden="true" dir="ltr" hidden></div>',
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n')
    .concat('\n');
}

/** The html format: nothing per input, the whole page at the end (nothing when no input could be read). */
export const html: Formatter = {
  keepsResults: true,
  before: () => '',
  item: () => '',
  end: (results, options) => (results.length > 0 ? formatHtml(results, options) : ''),
};

/** One input: heading, summary, legend of speakers, the article, the warnings. */
function articleSection(result: Result, index: number): string {
  const { document } = result;
  const id = `d${index + 1}`;
  const { lang, dir } = pageLanguage(document.language.code);
  const order = speakerOrder(document);
  const slots = speakerSlots(document);
  const shown = result.quotes;
  const speech = shown.filter((quote) => quote.kind !== 'mention');
  const mentions = shown.length - speech.length;
  const unknown = speech.filter((quote) => !quote.speaker).length;
  const view = summarizeSpeakers(result);
  const legendItems = view.speakers.map((row) =>
    legendItem(row, order.get(row.name), slots.get(row.name), lang),
  );
  const notes = [
    mentions > 0 ? `${plural(mentions, 'mention')} (narration, not underlined in colour)` : '',
    unknown > 0 ? `${plural(unknown, 'speech quote')} without a speaker` : '',
  ].filter(Boolean);
  return [
    `<section class="doc" id="${id}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h"><bdi>${escapeHtml(displaySource(document.source))}</bdi></h2>`,
    `<p class="summary">${en(summary(result))}</p>`,
    `<div class="legend" role="group" aria-label="Speakers">`,
    legendItems.length > 0
      ? `<ul>${legendItems.join('')}</ul>`
      : `<p>${en('Nobody is quoted in this article.')}</p>`,
    notes.length > 0 ? `<p class="notes">${en(notes.join(' · '))}</p>` : '',
    legendItems.length > 0
      ? `<p class="status" aria-live="polite">${en('Click a speaker to show only their quotes.')}</p>`
      : '',
    '</div>',
    `<div class="article" id="${id}-text" lang="${escapeHtml(lang)}" dir="${dir}">${articleBody(result, id, order, slots, lang)}</div>`,
    warningsList(document.warnings, id),
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

/** A legend entry: a toggle with the name in the speaker's style, the count, and the other names. */
function legendItem(
  row: SpeakerRow,
  rank: number | undefined,
  slot: number | undefined,
  lang: string,
): string {
  const style = slot === undefined ? '' : ` c${slot}`;
  const counts = `${plural(row.quotes, 'quote')}${row.partial > 0 ? ` (${row.partial} partial)` : ''}`;
  const aliases =
    row.aliases.length > 0
      ? `<span class="aliases">${en('also')} <bdi lang="${escapeHtml(lang)}">${escapeHtml(row.aliases.join('، '))}</bdi></span>`
      : '';
  const button =
    rank === undefined
      ? `<span class="who"><bdi lang="${escapeHtml(lang)}">${escapeHtml(row.name)}</bdi></span>`
      : `<button type="button" class="who" data-speaker="${rank}" aria-pressed="false"><span class="sample${style}"><bdi lang="${escapeHtml(lang)}">${escapeHtml(row.name)}</bdi></span> ${en(counts)}</button>`;
  return `<li>${button}${aliases}</li>`;
}

/**
 * The article, character for character: narration as text, each shown quote (marks included) as a
 * `<mark>` in its speaker's style, nested quotes inside their parent, mentions as a `<span>` styled
 * as narration, each warning's character wrapped in an anchor. White space is kept by CSS
 * (`pre-wrap`), so the element's text is exactly the article's text.
 */
function articleBody(
  result: Result,
  id: string,
  order: Map<string, number>,
  slots: Map<string, number>,
  lang: string,
): string {
  const { document, text } = result;
  const slicer = codePointSlicer(text);
  const shown = new Set(result.quotes.map((quote) => quote.id));
  const children = new Map<number, Quote[]>();
  for (const quote of document.quotes) {
    if (quote.parent === null) continue;
    const siblings = children.get(quote.parent) ?? [];
    siblings.push(quote);
    children.set(quote.parent, siblings);
  }
  const byId = new Map(document.quotes.map((quote) => [quote.id, quote]));
  const warnings = [...document.warnings]
    .map((warning, index) => ({ warning, anchor: `${id}-w${index + 1}` }))
    .sort((a, b) => a.warning.offset - b.warning.offset);
  let nextWarning = 0;

  /** Characters from `start` to `end`, escaped, with the warnings that point into them. */
  const plain = (start: number, end: number): string => {
    let out = '';
    let at = start;
    while (nextWarning < warnings.length) {
      const pending = warnings[nextWarning] as (typeof warnings)[number];
      const offset = Math.max(pending.warning.offset, at);
      if (offset >= end) break;
      // Several warnings on one character: the first wraps it, the others are empty anchors before it.
      let anchors = '';
      let closes = '';
      while (nextWarning < warnings.length && (warnings[nextWarning]?.warning.offset ?? end) <= offset) {
        anchors += `<span class="warn" id="${warnings[nextWarning]?.anchor}">`;
        closes += '</span>';
        nextWarning++;
      }
      out += `${escapeHtml(slicer.slice(at, offset))}${anchors}${escapeHtml(slicer.slice(offset, offset + 1))}${closes}`;
      at = offset + 1;
    }
    return out + escapeHtml(slicer.slice(at, end));
  };

  /** `start`–`end`, with the quotes of `inner` (in order) as elements. */
  const range = (start: number, end: number, inner: readonly Quote[]): string => {
    let out = '';
    let at = start;
    for (const quote of inner) {
      const from = clamp(quote.start - codePoints(quote.open), at, end);
      const to = clamp(quote.end + codePoints(quote.close), from, end);
      out += plain(at, from) + quoteElement(quote, from, to);
      at = to;
    }
    return out + plain(at, end);
  };

  const quoteElement = (quote: Quote, start: number, end: number): string => {
    const inside = range(start, end, children.get(quote.id) ?? []);
    if (!shown.has(quote.id)) return inside;
    return `${openTag(quote, id, order, slots, lang)}${inside}${quote.kind === 'mention' ? '</span>' : '</mark>'}`;
  };

  let out = '';
  for (const segment of document.segments) {
    const quote = segment.quote === undefined ? undefined : byId.get(segment.quote);
    out += quote ? quoteElement(quote, segment.start, segment.end) : range(segment.start, segment.end, []);
  }
  // Warnings past the last character (or pointing nowhere): empty anchors at the end.
  while (nextWarning < warnings.length) {
    out += `<span class="warn" id="${warnings[nextWarning]?.anchor}"></span>`;
    nextWarning++;
  }
  return out;
}

/** The opening tag of a quote: speaker, kind and cue in its title (and the focus tooltip). */
function openTag(
  quote: Quote,
  id: string,
  order: Map<string, number>,
  slots: Map<string, number>,
  lang: string,
): string {
  const where = `quote ${quote.id} · paragraph ${quote.paragraph}`;
  if (quote.kind === 'mention') {
    const title = ['narration', 'a quoted name or term, nobody’s speech', where].join('\n');
    return `<span class="mention" id="${id}-q${quote.id}" data-kind="mention" tabindex="0" title="${escapeHtml(title)}">`;
  }
  const speaker = quote.speaker;
  const rank = speaker ? order.get(speaker.name) : undefined;
  const title = [
    speaker ? speaker.name : 'speaker unknown',
    speaker ? `${quote.kind} · ${resolutions[speaker.resolution]}` : quote.kind,
    quote.cue === null ? 'no reporting verb' : `cue: ${quote.cue}`,
    where,
  ].join('\n');
  const slot = speaker ? slots.get(speaker.name) : undefined;
  const style = slot === undefined ? 'unknown' : `c${slot}`;
  const name = speaker ? ` data-name="${escapeHtml(speaker.name)}"` : '';
  return `<mark class="q ${style}" id="${id}-q${quote.id}" data-kind="${quote.kind}" data-speaker="${rank ?? ''}"${name} lang="${escapeHtml(lang)}" tabindex="0" title="${escapeHtml(title)}">`;
}

/** How the speaker was found, as the tooltip says it. */
const resolutions: Record<Resolution, string> = {
  explicit: 'named here',
  alias: 'named by another name',
  continuation: 'the previous speaker',
};

function warningsList(warnings: readonly Message[], id: string): string {
  if (warnings.length === 0) return '';
  const items = warnings.map(
    (warning, index) =>
      `<li><a href="#${id}-w${index + 1}">${en(`line ${warning.line}, column ${warning.column}`)}</a> <bdi>${escapeHtml(warning.message)}</bdi> <code>${escapeHtml(warning.code)}</code></li>`,
  );
  return `<div class="warnings"><h3>${en('Warnings')}</h3>\n<ol>${items.join('\n')}</ol></div>`;
}

/** `quotes speakers --format html`: the table of who is quoted, per input. */
function speakersSection(result: Result, index: number): string {
  const id = `d${index + 1}`;
  const { lang } = pageLanguage(result.document.language.code);
  const slots = speakerSlots(result.document);
  const view = summarizeSpeakers(result);
  const rows = view.speakers.map((row) => {
    const slot = slots.get(row.name);
    const style = slot === undefined ? '' : ` class="sample c${slot}"`;
    return `<tr><td><span${style}><bdi lang="${escapeHtml(lang)}">${escapeHtml(row.name)}</bdi></span></td><td><bdi lang="${escapeHtml(lang)}">${escapeHtml(row.aliases.join('، '))}</bdi></td><td>${row.quotes}</td><td>${row.direct}</td><td>${row.partial}</td></tr>`;
  });
  const head = ['speaker', 'other names', 'quotes', 'direct', 'partial'].map(
    (label) => `<th>${en(label)}</th>`,
  );
  const unattributed =
    view.unattributed > 0
      ? `<p>${en(`${plural(view.unattributed, 'speech quote')} without a speaker`)}</p>`
      : '';
  return [
    `<section class="doc" id="${id}" aria-labelledby="${id}-h">`,
    `<h2 id="${id}-h"><bdi>${escapeHtml(displaySource(result.document.source))}</bdi></h2>`,
    `<table class="speakers"><thead><tr>${head.join('')}</tr></thead><tbody>${rows.join('\n')}</tbody></table>`,
    unattributed,
    '</section>',
  ]
    .filter((line) => line !== '')
    .join('\n');
}

function tableOfContents(results: readonly Result[]): string {
  const items = results.map(
    (result, index) =>
      `<li><a href="#d${index + 1}"><bdi>${escapeHtml(displaySource(result.document.source))}</bdi></a> <span class="summary">${en(summary(result))}</span></li>`,
  );
  return `<nav class="toc" aria-labelledby="toc-h"><h2 id="toc-h">${en('Articles')}</h2>\n<ol>${items.join('\n')}</ol></nav>`;
}

/** Words of the page itself, in English: marked so, and isolated from the right-to-left text around. */
function en(text: string): string {
  return `<span lang="en" dir="ltr">${escapeHtml(text)}</span>`;
}

/** The source as the title and headings show it: on one line, controls as escapes (see `escapeName`). */
function displaySource(source: QuoteDocument['source']): string {
  if (source === null) return '(text)';
  if (source === '-') return '(standard input)';
  return escapeName(source);
}

function codePoints(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}

/**
 * Slices of a string by code-point offsets, for offsets that mostly move forward (as the page is
 * written): a cursor walks the string instead of copying it into an array of characters.
 */
function codePointSlicer(text: string): { slice(start: number, end: number): string } {
  // Without astral characters a code point is a code unit.
  if (!/[\ud800-\udbff]/.test(text)) return { slice: (start, end) => text.slice(start, end) };
  let point = 0;
  let unit = 0;
  const unitOf = (target: number): number => {
    if (target < point) {
      point = 0;
      unit = 0;
    }
    while (point < target && unit < text.length) {
      const code = text.charCodeAt(unit);
      unit += code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length ? 2 : 1;
      point++;
    }
    return unit;
  };
  return {
    slice(start, end) {
      const from = unitOf(start);
      return text.slice(from, unitOf(end));
    },
  };
}

const styleOfSwatches = palette
  .map((swatch, index) =>
    [
      `.c${index}{--bg:${swatch.background};--line:${swatch.line};--style:${swatch.underline}}`,
      swatch.stripes === 'none'
        ? ''
        : `.c${index}{background-image:repeating-linear-gradient(${swatch.stripes === 'rising' ? 45 : 135}deg,transparent 0 8px,rgba(255,255,255,.6) 8px 11px)}`,
    ].join(''),
  )
  .join('\n');

/** The page's only style: no external resource, no `url()`. */
const css = `
:root{color-scheme:light;--text:#1a1a1a;--muted:#555;--rule:#d0d0d0}
*{box-sizing:border-box}
body{margin:0;color:var(--text);background:#fff;font:19px/1.85 "Noto Naskh Arabic","Noto Sans Arabic","Amiri","Arial",system-ui,sans-serif}
main,.toc{max-width:50rem;margin:0 auto;padding:0 1.25rem}
h2{font-size:1.3rem;margin:1.5rem 0 .25rem}
h3{font-size:1rem;margin:1rem 0 .25rem}
.summary,.toc li,.warnings li{color:var(--muted);font-size:.85rem;line-height:1.6}
.summary{margin:0 0 .5rem}
.doc{border-bottom:1px solid var(--rule);padding-bottom:1.5rem}
.legend{position:sticky;top:0;z-index:1;background:#fff;border-bottom:1px solid var(--rule);padding:.4rem 0}
.legend ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.35rem .75rem}
.legend li{display:flex;flex-wrap:wrap;align-items:baseline;gap:.25rem .5rem}
.legend p{margin:.2rem 0;color:var(--muted);font-size:.85rem;line-height:1.6}
.who{font:inherit;font-size:.95rem;line-height:1.6;color:inherit;background:#fff;border:1px solid var(--rule);border-radius:.4rem;padding:.1rem .5rem;cursor:pointer}
.who:hover{border-color:var(--text)}
.who[aria-pressed=true]{border:2px solid var(--text);box-shadow:0 0 0 2px #fff inset}
.who span[lang=en],.aliases{font-size:.8rem;color:var(--muted)}
.sample,mark.q{color:inherit;background-color:var(--bg);text-decoration:underline var(--style) var(--line) 2px;text-underline-offset:.4em;text-decoration-skip-ink:none;border-radius:3px;-webkit-box-decoration-break:clone;box-decoration-break:clone}
.sample{padding:0 .2rem}
mark.q.unknown{background:none;text-decoration:none;outline:1px dashed #555;outline-offset:1px}
.mention{text-decoration:underline dotted #767676 1px;text-underline-offset:.4em}
mark.q.off{background:none;text-decoration:none;color:var(--muted)}
mark.q:focus-visible,.mention:focus-visible,.who:focus-visible,a:focus-visible{outline:2px solid var(--text);outline-offset:1px}
.article{white-space:pre-wrap;overflow-wrap:anywhere;margin:1rem 0}
.warn{outline:2px solid #b00020;outline-offset:1px;border-radius:2px}
.warn:target{background:#ffe08a}
.warnings code{font-size:.8rem}
.tip::first-line{font-weight:bold}
.tip{position:absolute;text-align:left;z-index:2;max-width:22rem;padding:.35rem .6rem;background:#1a1a1a;color:#fff;border-radius:.35rem;font-size:.85rem;line-height:1.6;white-space:pre-line;pointer-events:none}
.tip[hidden]{display:none}
table.speakers{border-collapse:collapse}
table.speakers th,table.speakers td{padding:.2rem .75rem;border-bottom:1px solid var(--rule);text-align:start}
${styleOfSwatches}
@media print{
body{font-size:12pt;line-height:1.8}
.legend{position:static}
.status,.tip{display:none}
.sample,mark.q{-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.q[data-name]::after{content:" [" attr(data-name) "]";font-size:.75em}
}
`;

/**
 * The page's only script: the focus tooltip and the legend's filter. No handler attributes: the
 * policy forbids them, and listeners are attached here.
 */
const script = `
(() => {
  const tip = document.getElementById('tip');
  const quoteOf = (node) => (node instanceof Element ? node.closest('mark.q, .mention') : null);
  const show = (quote) => {
    tip.textContent = quote.title;
    tip.hidden = false;
    const box = quote.getClientRects()[0] || quote.getBoundingClientRect();
    // Under the start of the quote: its right end in right-to-left text.
    const start = getComputedStyle(quote).direction === 'rtl' ? box.right - tip.offsetWidth : box.left;
    const left = Math.min(Math.max(8, start + window.scrollX), window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8);
    tip.style.left = left + 'px';
    tip.style.top = box.bottom + window.scrollY + 6 + 'px';
  };
  document.addEventListener('focusin', (event) => {
    const quote = quoteOf(event.target);
    if (quote) show(quote); else tip.hidden = true;
  });
  document.addEventListener('focusout', () => { tip.hidden = true; });
  document.addEventListener('keydown', (event) => { if (event.key === 'Escape') tip.hidden = true; });
  for (const button of document.querySelectorAll('.legend button[data-speaker]')) {
    button.addEventListener('click', () => {
      const section = button.closest('.doc');
      const key = button.dataset.speaker;
      const only = section.dataset.only === key ? undefined : key;
      if (only === undefined) delete section.dataset.only; else section.dataset.only = only;
      for (const other of section.querySelectorAll('.legend button[data-speaker]')) {
        other.setAttribute('aria-pressed', String(other.dataset.speaker === only));
      }
      for (const quote of section.querySelectorAll('.article mark.q')) {
        quote.classList.toggle('off', only !== undefined && quote.dataset.speaker !== only);
      }
      const status = section.querySelector('.status span');
      if (status && only === undefined) status.textContent = 'Click a speaker to show only their quotes.';
      if (status && only !== undefined) {
        const name = document.createElement('bdi');
        name.textContent = button.querySelector('bdi').textContent;
        status.replaceChildren('Showing only the quotes of ', name, '. Click again to show all.');
      }
    });
  }
})();
`;

const contentSecurityPolicy = [
  "default-src 'none'",
  `style-src '${sha256(css)}'`,
  `script-src '${sha256(script)}'`,
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function sha256(source: string): string {
  return `sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}`;
}
