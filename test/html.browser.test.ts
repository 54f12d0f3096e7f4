// The HTML page in a real browser: Debian's Chromium, headless, driven by playwright-core.
// One browser for the whole file; each test opens its own page. Without Chromium these tests fail
// (never skip): `.ci/run` installs it.
// The functions given to `evaluate` run in the page, hence the DOM types.
/// <reference lib="dom" />
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { extract } from '../src/extract.js';
import type { Result } from '../src/format/formatter.js';
import { formatHtml } from '../src/format/html.js';
import { documentOf } from './helpers/document-of.js';

// A browser shares two cores with the other test files: room for a slow moment.
vi.setConfig({ testTimeout: 20_000 });

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const seedFile = 'fixtures/seed-article.txt';
const putin = 'فلاديمير بوتين';

let browser: Browser;
let directory: string;

beforeAll(async () => {
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at ${executablePath}: install it (apt-get install chromium; .ci/run does) or set CHROMIUM_PATH`,
    );
  }
  directory = mkdtempSync(join(tmpdir(), 'iqtibas-html-'));
  browser = await chromium.launch({
    executablePath,
    // A fresh profile each launch (playwright makes a temporary one); no network of its own.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

/** What a page did that it should not: dialogs, console messages, errors, requests. */
interface Watch {
  page: Page;
  dialogs: string[];
  console: string[];
  errors: string[];
  requests: string[];
}

/** Opens `html` from a file, as a user would, recording everything the page does. */
async function open(html: string, name: string): Promise<Watch> {
  const file = join(directory, name);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  // An element that never comes fails the test in seconds, with the reason.
  page.setDefaultTimeout(5_000);
  const watch: Watch = { page, dialogs: [], console: [], errors: [], requests: [] };
  page.on('dialog', (dialog) => {
    watch.dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  page.on('console', (message) => watch.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => watch.errors.push(error.message));
  page.on('request', (request) => {
    if (request.url() !== url) watch.requests.push(request.url());
  });
  await page.goto(url);
  return watch;
}

function resultOf(text: string, source: string): Result {
  const document = extract(text, { source });
  return { document, text, quotes: document.quotes };
}

/** The computed background colour and text decoration of every element matching `selector`. */
function looks(page: Page, selector: string) {
  return page.$$eval(selector, (elements) =>
    elements.map((element) => {
      const style = getComputedStyle(element);
      return { background: style.backgroundColor, line: style.textDecorationLine, color: style.color };
    }),
  );
}

const transparent = 'rgba(0, 0, 0, 0)';

/** The article's text as rendered (`innerText`): what is hidden by CSS is left out, white space as laid out. */
function renderedText(page: Page): Promise<string> {
  // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is checked here
  return page.locator('.article').evaluate((element) => (element as HTMLElement).innerText);
}

describe('the seed article, as the command writes it', () => {
  let watch: Watch;
  const seed = readFileSync(seedFile, 'utf8');

  beforeAll(async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [
      'bin/quotes.js',
      'extract',
      '--format',
      'html',
      seedFile,
    ]);
    watch = await open(stdout, 'seed.html');
  });
  afterAll(() => watch?.page.close());

  test('the visible text of the article is the article, exactly', async () => {
    const article = watch.page.locator('.article');
    expect(await article.evaluate((element) => element.textContent)).toBe(seed);
    // innerText follows the rendering: nothing hidden, every line break and space kept.
    expect(await renderedText(watch.page)).toBe(seed);
  });

  test('16 speech quotes are highlighted, each carrying the speaker’s name', async () => {
    const speech = watch.page.locator('.article mark.q');
    expect(await speech.count()).toBe(16);
    const quotes = await speech.evaluateAll((marks) =>
      marks.map((mark) => ({
        name: mark.dataset.name,
        title: mark.getAttribute('title') ?? '',
        kind: mark.dataset.kind,
      })),
    );
    for (const quote of quotes) {
      expect(quote.name).toBe(putin);
      expect(quote.title.split('\n')[0]).toBe(putin);
      expect(['direct', 'partial']).toContain(quote.kind);
    }
    for (const look of await looks(watch.page, '.article mark.q')) {
      expect(look.background).not.toBe(transparent);
      expect(look.line).toBe('underline');
    }
  });

  test('the 2 mentions are narration: no background, no speaker, no colour of their own', async () => {
    const mentions = watch.page.locator('.article .mention');
    expect(await mentions.count()).toBe(2);
    expect(await mentions.evaluateAll((spans) => spans.map((span) => span.dataset.name ?? null))).toEqual([
      null,
      null,
    ]);
    const narration = await watch.page
      .locator('.article')
      .evaluate((element) => getComputedStyle(element).color);
    for (const look of await looks(watch.page, '.article .mention')) {
      expect(look.background).toBe(transparent);
      expect(look.color).toBe(narration);
    }
  });

  test('focusing a quote shows its speaker, kind and cue', async () => {
    const tip = watch.page.locator('#tip');
    expect(await tip.isVisible()).toBe(false);
    await watch.page.locator('.article mark.q').first().focus();
    expect(await tip.isVisible()).toBe(true);
    const lines = (await tip.textContent())?.split('\n') ?? [];
    expect(lines[0]).toBe(putin);
    expect(lines[1]).toMatch(/^(direct|partial) · /);
    expect(lines[2]).toMatch(/^cue: \S/);
    await watch.page.keyboard.press('Escape');
    expect(await tip.isVisible()).toBe(false);
  });

  test('the page ran its own script and style without a complaint and fetched nothing', () => {
    expect(watch).toMatchObject({ dialogs: [], console: [], errors: [], requests: [] });
  });

  test('right to left, in Arabic', async () => {
    const html = watch.page.locator('html');
    expect([await html.getAttribute('lang'), await html.getAttribute('dir')]).toEqual(['ar', 'rtl']);
    expect(
      await watch.page.locator('.article').evaluate((element) => getComputedStyle(element).direction),
    ).toBe('rtl');
  });
});

describe('the legend filter, two speakers', () => {
  let watch: Watch;

  beforeAll(async () => {
    const result = resultOf(readFileSync('fixtures/two-speakers.txt', 'utf8'), 'fixtures/two-speakers.txt');
    expect(result.document.speakers.map((speaker) => speaker.name)).toEqual(['سامي الخطيب', 'ليلى حداد']);
    watch = await open(formatHtml([result], { view: 'quotes', several: false }), 'two.html');
  });
  afterAll(() => watch?.page.close());

  const speakerLooks = () =>
    watch.page.$$eval('.article mark.q', (marks) =>
      marks.map((mark) => [mark.dataset.name, getComputedStyle(mark).backgroundColor !== 'rgba(0, 0, 0, 0)']),
    );

  test('clicking a speaker dims the others’ quotes; clicking again shows all', async () => {
    expect(await speakerLooks()).toEqual([
      ['سامي الخطيب', true],
      ['سامي الخطيب', true],
      ['ليلى حداد', true],
    ]);
    const layla = watch.page.locator('.legend button', { hasText: 'ليلى حداد' });
    await layla.click();
    expect(await speakerLooks()).toEqual([
      ['سامي الخطيب', false],
      ['سامي الخطيب', false],
      ['ليلى حداد', true],
    ]);
    expect(await layla.getAttribute('aria-pressed')).toBe('true');
    expect(await watch.page.locator('.status').textContent()).toContain('ليلى حداد');
    await layla.click();
    expect(await speakerLooks()).toEqual([
      ['سامي الخطيب', true],
      ['سامي الخطيب', true],
      ['ليلى حداد', true],
    ]);
    expect(await layla.getAttribute('aria-pressed')).toBe('false');
  });

  test('clicking another speaker moves the filter to them', async () => {
    await watch.page.locator('.legend button', { hasText: 'ليلى حداد' }).click();
    await watch.page.locator('.legend button', { hasText: 'سامي الخطيب' }).click();
    expect(await speakerLooks()).toEqual([
      ['سامي الخطيب', true],
      ['سامي الخطيب', true],
      ['ليلى حداد', false],
    ]);
    expect(await watch.page.locator('.legend button[aria-pressed=true]').count()).toBe(1);
  });

  test('the filter leaves the article text as it is', async () => {
    const text = readFileSync('fixtures/two-speakers.txt', 'utf8');
    expect(await renderedText(watch.page)).toBe(text);
  });
});

describe('a hostile article runs nothing', () => {
  /** Each payload would set `window.pwned` (or open a dialog) if it ran. */
  const payloads = [
    '<script>window.pwned = "script"; alert(1)</script>',
    '<img src=x onerror="window.pwned = \'img\'; alert(2)">',
    '</style><script>window.pwned = "style"</script>',
    '</textarea><script>window.pwned = "textarea"</script>',
    '"><svg onload="window.pwned = \'svg\'; alert(3)">',
    "'><iframe srcdoc=\"<script>parent.pwned = 'iframe'</script>\"></iframe>",
  ];
  const text = [
    'أعلنت وزارة الداخلية، اليوم الأحد، عن إجراءات جديدة لحماية المواقع الحكومية من الهجمات الإلكترونية',
    'التي تصاعدت خلال الأشهر الماضية، وطالت عددا من الوزارات والمؤسسات العامة والبنوك وشركات الاتصالات،',
    'في وقت يحذر فيه خبراء الأمن الرقمي من أن الثغرات القديمة في الأنظمة ما زالت مفتوحة أمام المهاجمين.',
    '',
    `وقال وزير الداخلية سامي الخطيب في مؤتمر صحفي: «لن نسمح بأي اختراق ${payloads[0]} ${payloads[1]}».`,
    '',
    `وأضاف الوزير ${payloads[2]}: «${payloads[3]} ${payloads[4]}».`,
    '',
    `من جهتها، قالت الخبيرة ليلى حداد إن الهجمات «${payloads[5]}»\r\nتزداد &amp; \u202eمقلوب.`,
    '',
  ].join('\n');

  test('through the engine: the payloads are shown as text, nothing runs, nothing is fetched', async () => {
    const result = resultOf(text, 'hostile.txt');
    expect(result.document.language.code).toBe('arb');
    expect(result.document.speakers.length).toBeGreaterThan(0);
    const watch = await open(formatHtml([result], { view: 'quotes', several: false }), 'hostile.html');
    try {
      const { page } = watch;
      expect(await page.locator('.article').evaluate((element) => element.textContent)).toBe(text);
      const visible = await renderedText(page);
      for (const payload of payloads) expect(visible).toContain(payload);
      expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(await page.locator('script').count()).toBe(1);
      expect(await page.locator('img, svg, iframe, textarea').count()).toBe(0);
      // A filter click still works: the page's own script runs under its policy.
      await page.locator('.legend button').first().click();
      expect(await page.locator('.legend button[aria-pressed=true]').count()).toBe(1);
      expect(watch).toMatchObject({ dialogs: [], console: [], errors: [], requests: [] });
    } finally {
      await watch.page.close();
    }
  });

  test('in names, cue, source and warnings too', async () => {
    const result = documentOf(
      [
        `نص ${payloads[0]} `,
        { quote: payloads[1] ?? '', kind: 'direct', speaker: `سامي ${payloads[4]}`, cue: payloads[2] },
        '\n',
      ],
      [{ code: 'UNCLOSED_QUOTE', message: payloads[3] ?? '', offset: 2, line: 1, column: 3 }],
      payloads[5] ?? '',
    );
    const watch = await open(formatHtml([result], { view: 'quotes', several: true }), 'names.html');
    try {
      const { page } = watch;
      expect(await page.locator('.article').evaluate((element) => element.textContent)).toBe(result.text);
      expect(await page.locator('.legend bdi').first().textContent()).toBe(`سامي ${payloads[4]}`);
      expect(await page.locator('h2 bdi').first().textContent()).toBe(payloads[5]);
      expect(await page.locator('.warnings bdi').textContent()).toBe(payloads[3]);
      await page.locator('.article mark.q').focus();
      expect(await page.locator('#tip').textContent()).toContain(`cue: ${payloads[2]}`);
      expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(await page.locator('img, svg, iframe, textarea').count()).toBe(0);
      expect(watch).toMatchObject({ dialogs: [], console: [], errors: [], requests: [] });
    } finally {
      await watch.page.close();
    }
  });

  test('if escaping ever failed, the policy would still stop the markup', async () => {
    const page = formatHtml([resultOf('قال سامي: «نعم».\n', 'a.txt')], { view: 'quotes', several: false });
    // Escaping bypassed on purpose: the payloads pasted raw into the body (the <svg> last and
    // closed, so that the page's own elements stay HTML).
    const raw = [...payloads.filter((payload) => !payload.includes('<svg')), `${payloads[4]}</svg>`];
    const broken = page.replace('<main>', `<main>${raw.join('\n')}`);
    expect(broken).not.toBe(page);
    const watch = await open(broken, 'broken.html');
    try {
      const { page: browserPage } = watch;
      expect(await browserPage.evaluate(() => (window as { pwned?: unknown }).pwned)).toBeUndefined();
      expect(watch.dialogs).toEqual([]);
      // The browser said why: the policy refused the inline scripts and handlers.
      expect(watch.console.some((line) => line.includes('Content Security Policy'))).toBe(true);
      // And the page's own script still runs.
      await browserPage.locator('.legend button').first().click();
      expect(await browserPage.locator('.legend button[aria-pressed=true]').count()).toBe(1);
    } finally {
      await watch.page.close();
    }
  });
});
