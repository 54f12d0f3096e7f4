/**
 * News pages to article text. The page is parsed as browsers parse it (parse5, the WHATWG
 * algorithm), given a light DOM (linkedom), and its article found by Mozilla's Readability, the
 * extractor of Firefox's reader view; we only lay out the text it keeps: the headline first, then
 * one paragraph per block, blank lines between them, so that the engine numbers paragraphs as a
 * reader sees them. Nothing of the page is run: scripts, styles, comments and attributes (event
 * handlers among them) never reach the text.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { type DefaultTreeAdapterTypes, defaultTreeAdapter, parse, serialize } from 'parse5';
import { type Decoded, DecodeError, decode, decodeAs } from './decode.js';
import { contentTypeCharset } from './page-type.js';

/** The text taken out of a page. */
export interface PageText {
  /** The headline, as Readability found it (the page title without the site name, or the first heading); '' when none. */
  title: string;
  /** The headline and the article's paragraphs, separated by blank lines, ending with a line feed; '' when the page has no text. */
  text: string;
}

/** Elements that end the paragraph before them and start a new one. */
const blockTags: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/**
 * Elements whose content is never article text: code, controls, embedded media, navigation, and
 * the asides and footers that hold pull quotes (a quote of the body, twice), related links, tags.
 */
const skippedTags: ReadonlySet<string> = new Set([
  'aside',
  'button',
  'canvas',
  'embed',
  'footer',
  'form',
  'iframe',
  'input',
  'math',
  'nav',
  'noscript',
  'object',
  'option',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
]);

/** HTML's whitespace (not NBSP, which a page uses on purpose): a run of it is one space. */
const htmlSpace = /[ \t\n\f\r]+/g;

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

/** What we read of a DOM node; linkedom's nodes have it, without the DOM typings of a browser. */
interface DomNode {
  nodeType: number;
  nodeValue: string | null;
  localName?: string;
  childNodes: ArrayLike<DomNode>;
  hasAttribute?(name: string): boolean;
}

interface DomElement extends DomNode {
  getAttribute(name: string): string | null;
}

interface DomDocument {
  querySelectorAll(selectors: string): ArrayLike<DomElement>;
}

/**
 * Parse a page into a DOM. linkedom builds the DOM that Readability reads, but its parser is not
 * HTML's: it does not supply the `<html>`, `<head>` and `<body>` a page may leave out, nor close
 * what HTML closes implicitly. So parse5 parses the page first, as a browser would, and its
 * serialisation, which is complete and regular, is what linkedom reads.
 */
function parseDocument(html: string): DomDocument {
  const tree = parse(html);
  flattenDeepElements(tree);
  // linkedom types its document with the browser's DOM typings, which a Node program does not load.
  return parseHTML(serialize(tree)).document as unknown as DomDocument;
}

/**
 * How deep elements may nest before their content is flattened to text. Readability's time grows
 * faster than the square of the depth (measured: 0.7 s at 250 levels, 15 s at 1000) and no news
 * page nests beyond a few dozen; browsers cap the tree at 512 levels in the same spirit.
 */
const MAX_DEPTH = 100;

/**
 * Replace the content of every element at `MAX_DEPTH` by its text, one space where a block or a
 * line break was, leaving out what is never text (`skippedTags`). Iterative: a hostile page
 * nests deeper than the call stack.
 */
function flattenDeepElements(tree: DefaultTreeAdapterTypes.Document): void {
  const stack: Array<{ node: DefaultTreeAdapterTypes.ParentNode; depth: number }> = [
    { node: tree, depth: 0 },
  ];
  for (let item = stack.pop(); item; item = stack.pop()) {
    const { node, depth } = item;
    if (depth >= MAX_DEPTH && defaultTreeAdapter.isElementNode(node)) {
      const text = textOf(node);
      node.childNodes = [];
      if (text) defaultTreeAdapter.insertText(node, text);
      continue;
    }
    for (const child of node.childNodes) {
      if ('childNodes' in child) stack.push({ node: child, depth: depth + 1 });
    }
  }
}

function textOf(root: DefaultTreeAdapterTypes.Element): string {
  let text = '';
  // Nodes still to read, first on top; a string is text to add as it comes (the space after a block).
  const stack: Array<DefaultTreeAdapterTypes.ChildNode | string> = [...root.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (typeof node === 'string') text += node;
    else if (defaultTreeAdapter.isTextNode(node)) text += node.value;
    else if (defaultTreeAdapter.isElementNode(node) && !skippedTags.has(node.tagName)) {
      const gap = blockTags.has(node.tagName) || node.tagName === 'br' ? ' ' : '';
      text += gap;
      stack.push(gap, ...[...node.childNodes].reverse());
    }
  }
  return collapse(text);
}

/**
 * The article text of a page: its headline, then its paragraphs (p, h1–h6, li, blockquote, …), one
 * per line with a blank line between; entities decoded, whitespace runs made one space. Readability
 * leaves out navigation, comments, related links and ads; we also leave out nav, aside and footer
 * elements, and anything hidden.
 *
 * @example
 * htmlToText('<title>وزير: «لا»</title><nav>الرئيسية</nav><p>قال الوزير: &laquo;لا&raquo;</p>')
 * // {title: 'وزير: «لا»', text: 'وزير: «لا»\n\nقال الوزير: «لا»\n'}
 */
export function htmlToText(html: string): PageText {
  const document = parseDocument(html);
  // Readability types its argument as the DOM's Document; linkedom's is a structural stand-in.
  const readable = document as unknown as ConstructorParameters<typeof Readability>[0];
  const article = new Readability(readable, { serializer: (node: unknown) => node }).parse();
  const content = article?.content as DomNode | null | undefined;
  // Readability finds no article only in a page without a body (a frameset), or an empty one.
  const blocks = content ? paragraphs(content) : [];
  const title = headline(collapse(article?.title ?? ''), blocks);
  const lines = title ? [title, ...blocks] : blocks;
  return { title, text: lines.length > 0 ? `${lines.join('\n\n')}\n` : '' };
}

/**
 * The headline, once. Readability may keep the article's heading in the content, and may leave
 * the site's name in the title (`شبكة الأخبار - الأمطار تغلق طرقا`): when the first paragraph is
 * the title, or the larger part of it, that paragraph is the headline and is taken out of `blocks`.
 */
function headline(title: string, blocks: string[]): string {
  const first = blocks[0];
  if (!title || !first || !title.includes(first) || first.length * 2 < title.length) return title;
  blocks.shift();
  return first;
}

/** The paragraphs under a node, in document order, each on one line. */
function paragraphs(root: DomNode): string[] {
  const blocks: string[] = [];
  let current = '';
  const flush = () => {
    const text = collapse(current);
    if (text) blocks.push(text);
    current = '';
  };
  const visit = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
      return;
    }
    // Comments, processing instructions and the like are not text.
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = node.localName ?? '';
    if (skippedTags.has(tag) || node.hasAttribute?.('hidden')) return;
    // A line break inside a paragraph is a line of the text, and each line is a paragraph.
    if (tag === 'br') {
      flush();
      return;
    }
    const block = blockTags.has(tag);
    if (block) flush();
    for (const child of Array.from(node.childNodes)) visit(child);
    if (block) flush();
  };
  visit(root);
  flush();
  return blocks;
}

function collapse(text: string): string {
  return text.replace(htmlSpace, ' ').trim();
}

/** How a page's bytes are to be decoded, strongest first (after a BOM, which always decides). */
export interface PageCharset {
  /** Asked for by the user (`--encoding`): used whatever the page says. */
  forced?: string | undefined;
  /** Said by the server, in the `charset` of its Content-Type. */
  declared?: string | undefined;
}

/** How far into a page a `<meta charset>` is looked for, as browsers do (HTML's prescan). */
const PRESCAN_BYTES = 1024;

/**
 * Decode a page: a forced encoding; else a BOM; else the server's charset; else the page's
 * `<meta charset>` or `<meta http-equiv="Content-Type">` in its first 1024 bytes; else a guess
 * (`decode`: UTF-8 when valid, windows-1256 when not). A declared charset that Node does not know,
 * or that the bytes are not valid in, gives way to the next.
 *
 * Throws a `DecodeError` as `decode` and `decodeAs` do.
 */
export function decodeHtml(bytes: Uint8Array, charset: PageCharset = {}): Decoded {
  if (charset.forced) return decodeAs(bytes, charset.forced);
  if (hasBom(bytes)) return decode(bytes);
  for (const label of [charset.declared, metaCharset(bytes)]) {
    if (!label) continue;
    try {
      // HTML reads a page that says UTF-16 without a BOM as UTF-8.
      return decodeAs(bytes, /^utf-?16/i.test(label) ? 'utf-8' : label);
    } catch (error) {
      if (!(error instanceof DecodeError) || error.code === 'BINARY_INPUT') throw error;
    }
  }
  return decode(bytes);
}

function hasBom(bytes: Uint8Array): boolean {
  const [a, b, c] = bytes;
  return (a === 0xef && b === 0xbb && c === 0xbf) || (a === 0xff && b === 0xfe) || (a === 0xfe && b === 0xff);
}

/**
 * The charset a page declares in a `<meta>` of its first bytes. Read as windows-1252, which keeps
 * every ASCII byte, and parsed; the labels are ASCII.
 */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, PRESCAN_BYTES));
  for (const meta of Array.from(parseDocument(head).querySelectorAll('meta'))) {
    const charset = meta.getAttribute('charset')?.trim();
    if (charset) return charset;
    if (meta.getAttribute('http-equiv')?.trim().toLowerCase() === 'content-type') {
      const declared = contentTypeCharset(meta.getAttribute('content') ?? '');
      if (declared) return declared;
    }
  }
  return undefined;
}

/**
 * Bytes of a page to its article text (see `decodeHtml` and `htmlToText`), with the encoding used.
 *
 * @example
 * readHtml(new TextEncoder().encode('<p>قالت الوزارة: «نعم»</p>')) // {text: 'قالت الوزارة: «نعم»\n', title: '', encoding: 'utf-8'}
 */
export function readHtml(bytes: Uint8Array, charset: PageCharset = {}): PageText & { encoding: string } {
  const { text, encoding } = decodeHtml(bytes, charset);
  return { ...htmlToText(text), encoding };
}
