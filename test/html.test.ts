// The HTML page as text, without a browser: escaping, structure, and the article kept whole.
// test/html.browser.test.ts loads such pages in Chromium.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { type Io, run } from '../src/cli/run.js';
import { extract } from '../src/extract.js';
import type { Result } from '../src/format/formatter.js';
import { loadFormatter } from '../src/format/formatters.js';
import { escapeHtml, formatHtml, pageLanguage } from '../src/format/html.js';
import { palette, speakerColors, speakerSlots } from '../src/format/palette.js';
import { documentOf, only } from './helpers/document-of.js';

const quotesView = { view: 'quotes', several: false } as const;
const formatters = { html: await loadFormatter('html') };

/** The result the CLI would make for a fixture. */
function fixture(name: string): Result {
  const text = readFileSync(`fixtures/${name}`, 'utf8');
  const document = extract(text, { source: `fixtures/${name}` });
  return { document, text, quotes: document.quotes };
}

/** The markup of every `.article` element of a page, in order. */
function articleMarkup(page: string): string[] {
  // The article's own `<` are escaped, so its element ends at the first `</div>`.
  return [...page.matchAll(/<div class="article"[^>]*>([\s\S]*?)<\/div>/g)].map((match) => match[1] ?? '');
}

/** What a browser's `textContent` gives for article markup: tags dropped, references decoded. */
function textOf(markup: string): string {
  const references: Record<string, string> = {
    '&amp;': '&',
    '&lt;': '<',
    '&gt;': '>',
    '&quot;': '"',
    '&#39;': "'",
    '&#13;': '\r',
  };
  return markup
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:amp|lt|gt|quot|#39|#13);/g, (ref) => references[ref] ?? ref);
}

/** Every tag in article markup, for checking that only our own elements are there. */
function tagsOf(markup: string): string[] {
  return markup.match(/<[^>]*>/g) ?? [];
}

/** An opening or closing `<mark>`/`<span>` with double-quoted attributes free of `<`, `>` and `"`. */
const ownTag = /^<(?:\/(?:mark|span)|(?:mark|span)(?: [a-z-]+="[^"<>]*")*)>$/;

describe('escapeHtml', () => {
  test.each([
    ['markup', '<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    ['attribute quotes', `"'`, '&quot;&#39;'],
    ['ampersand first, so references are not doubled wrongly', '&lt;', '&amp;lt;'],
    ['carriage return survives the parser', 'a\r\nb', 'a&#13;\nb'],
    ['Arabic, line feed, tab and bidi marks as they are', 'قال\n\t\u200f«نعم»', 'قال\n\t\u200f«نعم»'],
  ])('%s', (_name, input, output) => {
    expect(escapeHtml(input)).toBe(output);
  });
});

describe('pageLanguage', () => {
  test.each([
    ['arb', 'ar', 'rtl'],
    ['ary', 'ary', 'rtl'],
    ['pes', 'fa', 'rtl'],
    ['urd', 'ur', 'rtl'],
    ['eng', 'en', 'ltr'],
    ['fra', 'fr', 'ltr'],
    ['und', 'und', 'auto'],
  ])('%s is lang=%s dir=%s', (code, lang, dir) => {
    expect(pageLanguage(code)).toEqual({ lang, dir });
  });
});

describe('the page of the seed article', () => {
  const seed = fixture('seed-article.txt');
  const page = formatHtml([seed], quotesView);

  test('is one right-to-left Arabic document', () => {
    expect(
      page.startsWith('<!doctype html>\n<html lang="ar" dir="rtl">\n<head>\n<meta charset="utf-8">\n'),
    ).toBe(true);
    expect(page.endsWith('</html>\n')).toBe(true);
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page.match(/<style/g)).toHaveLength(1);
  });

  test('fetches nothing: no source, no external link, no url() in the style', () => {
    expect(page).not.toMatch(/\ssrc=|href="(?!#)|url\(|@import|https?:/);
  });

  test('its policy allows exactly its own style and script, by hash, and nothing else', () => {
    const policy = page.match(/<meta http-equiv="Content-Security-Policy" content="([^"]*)">/)?.[1] ?? '';
    const directives = policy.replaceAll('&#39;', "'").split('; ');
    const style = page.match(/<style>([\s\S]*?)<\/style>/)?.[1] ?? '';
    const script = page.match(/<script>([\s\S]*?)<\/script>/)?.[1] ?? '';
    const hash = (source: string) => `'sha256-${createHash('sha256').update(source).digest('base64')}'`;
    expect(directives).toEqual([
      "default-src 'none'",
      `style-src ${hash(style)}`,
      `script-src ${hash(script)}`,
      "base-uri 'none'",
      "form-action 'none'",
    ]);
    // Handlers in attributes would be refused by that policy: the page has none.
    expect(page).not.toMatch(/\son[a-z]+=/);
  });

  test('the article part is the article, character for character', () => {
    const [article] = articleMarkup(page);
    expect(textOf(article ?? '')).toBe(seed.text);
    for (const tag of tagsOf(article ?? '')) expect(tag).toMatch(ownTag);
  });

  test('16 speech quotes highlighted for فلاديمير بوتين, with kind and cue in the title; 2 mentions as narration', () => {
    const [article = ''] = articleMarkup(page);
    const marks = [...article.matchAll(/<mark class="q c0"[^>]*>/g)].map((match) => match[0]);
    expect(marks).toHaveLength(16);
    for (const mark of marks) {
      expect(mark).toContain('data-name="فلاديمير بوتين"');
      expect(mark).toContain('tabindex="0"');
      expect(mark).toMatch(
        /title="فلاديمير بوتين\n(direct|partial) · [^\n]+\n(cue: [^\n]+|no reporting verb)\nquote \d+ · paragraph \d+"/,
      );
    }
    const mentions = [...article.matchAll(/<span class="mention"[^>]*>([^<]*)<\/span>/g)];
    expect(mentions.map((match) => textOf(match[1] ?? ''))).toEqual(
      seed.document.quotes.filter((q) => q.kind === 'mention').map((q) => `${q.open}${q.text}${q.close}`),
    );
    expect(mentions).toHaveLength(2);
  });

  test('the legend lists the speaker with the other names and the count', () => {
    const legend = page.match(/<div class="legend"[\s\S]*?<\/ul>/)?.[0] ?? '';
    expect(legend).toContain('data-speaker="0"');
    expect(legend).toContain('<bdi lang="ar">فلاديمير بوتين</bdi>');
    expect(legend).toContain('16 quotes');
    for (const alias of seed.document.speakers[0]?.aliases ?? []) expect(legend).toContain(alias);
  });

  test('ids are unique', () => {
    const ids = [...page.matchAll(/\sid="([^"]*)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('nothing of a hostile article becomes markup', () => {
  const hostile = documentOf(
    [
      '𝕏 قال <b>المتحدث</b>\r\n</div></textarea></style><script>alert(1)</script>: ',
      {
        quote: '<img src=x onerror=alert(2)> "><svg onload=alert(3)> \u202eمقلوب & &amp;',
        kind: 'direct',
        speaker: 'سامي"><script>alert(4)</script>',
        cue: "قال'",
      },
      '\r',
      { quote: "<a href='javascript:alert(5)'>", kind: 'mention' },
      '\n',
    ],
    [{ code: 'UNCLOSED_QUOTE', message: '<script>alert(6)</script>', offset: 3, line: 1, column: 4 }],
    'evil"><script>alert(7)</script>.txt',
  );
  const page = formatHtml([hostile], { view: 'quotes', several: true });

  test('the page has only its own script and no injected element', () => {
    expect(page.match(/<script/g)).toHaveLength(1);
    expect(page).not.toMatch(/<(img|svg|b>|textarea)/);
    for (const link of page.match(/<a [^>]*>/g) ?? []) expect(link).toMatch(/^<a href="#[\w-]+">$/);
    // The article's `onerror=` is text: no tag of the page has a handler attribute.
    expect(page).toContain('onerror=alert(2)');
    expect((page.match(/<[^>]*>/g) ?? []).filter((tag) => /\son[a-z]+=/.test(tag))).toEqual([]);
  });

  test('the article text is kept exactly, CR, astral characters and bidi controls included', () => {
    const [article = ''] = articleMarkup(page);
    expect(textOf(article)).toBe(hostile.text);
    for (const tag of tagsOf(article)) expect(tag).toMatch(ownTag);
  });

  test('names, cue, source and warning are escaped where they are shown', () => {
    expect(page).toContain('data-name="سامي&quot;&gt;&lt;script&gt;alert(4)&lt;/script&gt;"');
    expect(page).toContain('cue: قال&#39;');
    expect(page).toContain('<bdi>evil&quot;&gt;&lt;script&gt;alert(7)&lt;/script&gt;.txt</bdi>');
    expect(page).toContain('<bdi>&lt;script&gt;alert(6)&lt;/script&gt;</bdi>');
  });
});

describe('the parts of a page', () => {
  const article = documentOf(
    [
      'وقال وزير الصحة سامي الخطيب لصحيفة ',
      { quote: 'المساء', kind: 'mention' },
      ': ',
      { quote: 'سنفتتح عشرة مستشفيات', kind: 'direct', speaker: 'سامي الخطيب', cue: 'وقال' },
      '.\n\nمن جهتها، قالت ليلى حداد إن الخطة ',
      { quote: 'طموحة', kind: 'partial', speaker: 'ليلى حداد', cue: 'قالت' },
      '، وأضاف الوزير: ',
      { quote: 'التمويل متوفر', kind: 'direct', speaker: 'سامي الخطيب', mention: 'الوزير', cue: 'وأضاف' },
      '.\n',
    ],
    [
      { code: 'UNMATCHED_CLOSE', message: 'a closing » has no opening mark', offset: 5, line: 1, column: 6 },
      { code: 'UNCLOSED_QUOTE', message: 'never closed', offset: 5, line: 1, column: 6 },
    ],
  );

  test('each speaker takes one palette entry, the one whose terminal colour the report uses', () => {
    const [markup = ''] = articleMarkup(formatHtml([article], quotesView));
    const slots = speakerSlots(article.document);
    const colors = speakerColors(article.document);
    const sami = slots.get('سامي الخطيب') as number;
    const laila = slots.get('ليلى حداد') as number;
    expect(sami).not.toBe(laila);
    expect(
      [...markup.matchAll(/<mark class="q (c\d+)"[^>]*data-name="([^"]*)"/g)].map((m) => [m[1], m[2]]),
    ).toEqual([
      [`c${sami}`, 'سامي الخطيب'],
      [`c${laila}`, 'ليلى حداد'],
      [`c${sami}`, 'سامي الخطيب'],
    ]);
    expect(palette[sami]?.terminal).toBe(colors.get('سامي الخطيب'));
    expect(palette[laila]?.terminal).toBe(colors.get('ليلى حداد'));
  });

  test('a quote hidden by a filter reads as narration, and keeps the others in their colours', () => {
    const page = formatHtml([only(article, (q) => q.kind === 'partial')], quotesView);
    const [markup = ''] = articleMarkup(page);
    expect(markup.match(/<mark /g)).toHaveLength(1);
    expect(markup).toContain(`<mark class="q c${speakerSlots(article.document).get('ليلى حداد')}"`);
    expect(markup).toContain(': «سنفتتح عشرة مستشفيات».');
    expect(textOf(markup)).toBe(article.text);
    expect(page).toContain('1 of 4 quotes');
  });

  test('each warning links to an anchor on the character it points at', () => {
    const page = formatHtml([article], quotesView);
    expect(page).toContain('<a href="#d1-w1">');
    expect(page).toContain('<a href="#d1-w2">');
    expect(articleMarkup(page)[0]).toContain(
      '<span class="warn" id="d1-w1"><span class="warn" id="d1-w2">و</span></span>',
    );
  });

  test('a warning past the last character is an empty anchor at the end', () => {
    const end = documentOf(['نص'], [{ code: 'UNCLOSED_QUOTE', message: 'x', offset: 2, line: 1, column: 3 }]);
    expect(articleMarkup(formatHtml([end], quotesView))[0]).toBe('نص<span class="warn" id="d1-w1"></span>');
  });

  test('a nested quote sits inside its parent', () => {
    const text = 'وقال وزير الخارجية عمر السعدي: «إن الحكومة وصفت الاتفاق بأنه "تاريخي" ولن تتراجع عنه».\n';
    const document = extract(text);
    expect(document.quotes.map((quote) => quote.parent)).toEqual([null, 1]);
    const [markup = ''] = articleMarkup(
      formatHtml([{ document, text, quotes: document.quotes }], quotesView),
    );
    expect(markup).toMatch(
      /<mark [^>]*>«إن الحكومة وصفت الاتفاق بأنه <(span|mark) [^>]*>&quot;تاريخي&quot;<\/\1> ولن تتراجع عنه»<\/mark>/,
    );
    expect(textOf(markup)).toBe(text);
  });

  test('several inputs: a table of contents and a section per input', () => {
    const second = documentOf(['لا اقتباس هنا.\n'], [], 'other.txt');
    const page = formatHtml([article, second], { view: 'quotes', several: true });
    const toc = page.match(/<nav class="toc"[\s\S]*?<\/nav>/)?.[0] ?? '';
    expect([...toc.matchAll(/<a href="#(d\d)"><bdi>([^<]*)<\/bdi><\/a>/g)].map((m) => [m[1], m[2]])).toEqual([
      ['d1', 'article.txt'],
      ['d2', 'other.txt'],
    ]);
    expect(page).toContain('<section class="doc" id="d2"');
    expect(articleMarkup(page).map(textOf)).toEqual([article.text, second.text]);
    expect(page).toContain('<title>2 articles — quotes</title>');
    expect(formatHtml([article], quotesView)).not.toContain('<nav');
  });

  test('quotes speakers: a table per input', () => {
    const page = formatHtml([article], { view: 'speakers', several: false });
    const rows = [...page.matchAll(/<tr><td>[\s\S]*?<\/tr>/g)].map((m) => textOf(m[0]).trim());
    expect(rows).toEqual(['سامي الخطيبالوزير220', 'ليلى حداد101']);
    expect(page).not.toContain('class="article"');
  });

  test('the formatter writes the page at the end, and nothing when no input could be read', () => {
    const options = { view: 'quotes', color: 0, narration: false, several: true, width: 80 } as const;
    expect(formatters.html.before(0, options) + formatters.html.item(article, options)).toBe('');
    expect(formatters.html.end([], options)).toBe('');
    expect(formatters.html.end([article], options)).toBe(formatHtml([article], options));
  });
});

describe('quotes … --format html', () => {
  /** Runs `quotes` in process; standard input is never read here. */
  async function quotes(argv: string[]) {
    let stdout = '';
    let stderr = '';
    const io: Io = {
      stdout: { write: (chunk: string) => (stdout += chunk), isTTY: false },
      stderr: { write: (chunk: string) => (stderr += chunk) },
      stdin: { isTTY: true, async *[Symbol.asyncIterator]() {} },
      env: {},
    };
    return { code: await run(argv, io), stdout, stderr };
  }

  test('several inputs, one unreadable: one page for the others, one line on stderr, exit 2', async () => {
    const { code, stdout, stderr } = await quotes([
      'extract',
      '--format',
      'html',
      'fixtures/seed-article.txt',
      'fixtures/missing.txt',
      'fixtures/two-speakers.txt',
    ]);
    expect({ code, stderr }).toEqual({
      code: 2,
      stderr: "quotes: cannot read 'fixtures/missing.txt': no such file\n",
    });
    expect(stdout.match(/<!doctype html>/g)).toHaveLength(1);
    expect(stdout).toContain('<nav class="toc"');
    expect(articleMarkup(stdout).map(textOf)).toEqual([
      readFileSync('fixtures/seed-article.txt', 'utf8'),
      readFileSync('fixtures/two-speakers.txt', 'utf8'),
    ]);
  });

  test('--speaker filters the highlighted quotes', async () => {
    const { code, stdout } = await quotes([
      'extract',
      '--format',
      'html',
      '--speaker',
      'ليلى حداد',
      'fixtures/two-speakers.txt',
    ]);
    expect(code).toBe(0);
    expect([...stdout.matchAll(/<mark [^>]*data-name="([^"]*)"/g)].map((m) => m[1])).toEqual(['ليلى حداد']);
  });

  test('quotes speakers --format html', async () => {
    const { code, stdout } = await quotes(['speakers', '--format', 'html', 'fixtures/two-speakers.txt']);
    expect(code).toBe(0);
    expect(stdout).toContain('<table class="speakers">');
  });

  test('--narration is a view of the report only', async () => {
    const { code, stdout, stderr } = await quotes([
      'extract',
      '--format',
      'html',
      '--narration',
      'fixtures/two-speakers.txt',
    ]);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(
      /^quotes: --narration is a view of the report; it cannot be used with --format html/,
    );
  });

  test('help names the format and shows an example', async () => {
    const { stdout } = await quotes(['extract', '--help']);
    expect(stdout).toContain('"html"');
    expect(stdout).toContain('--format html article.txt > article.html');
  });
});
