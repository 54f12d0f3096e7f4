// Every JSON the command prints is checked against the schemas it ships (schema/*.schema.json),
// on the fixtures and on generated hostile texts; and the schemas must be able to say no.
import { readFileSync } from 'node:fs';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { kinds } from '../src/cli/filter.js';
import { extract } from '../src/extract.js';
import type { QuoteDocument } from '../src/types.js';
import { runQuotes } from './support/run-quotes.js';

const documentSchema = JSON.parse(readFileSync('schema/document.schema.json', 'utf8'));
const speakersSchema = JSON.parse(readFileSync('schema/speakers.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validateDocument = ajv.compile(documentSchema);
const validateSpeakers = ajv.compile(speakersSchema);

const fixtures = [
  'fixtures/seed-article.txt',
  'fixtures/two-speakers.txt',
  'fixtures/no-quotes.txt',
  'fixtures/unclosed.txt',
];

/** The errors of a value, as short lines a failing test shows; empty when it is valid. */
function errorsOf(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

/** Pieces of news text, and of the things that go wrong in it, mixed by `hostileTexts`. */
const pieces = [
  'وقال وزير الخارجية في مؤتمر صحفي: ',
  'وأضاف: ',
  '«لن نقبل بأي تسوية لا تضمن حقوقنا»',
  '"الوضع خطير جداً"',
  '”نحن مستعدون للحوار“',
  '»اتفاق مبدئي«',
  '“حسب ما اتفقنا عليه”',
  '‹هدنة›',
  '«قال المتحدث ’لا تعليق‘ ثم غادر»',
  ' بحسب المتحدث باسم الحكومة.',
  'ونقلت صحيفة «الأهرام» عن مصدر مطلع قوله ',
  '، على حد قوله.',
  '«',
  '»',
  '"',
  '\n\n',
  '\r\n',
  'قــال الرئيسُ ',
  '\u200f\u202e\u2066',
  '\u001b[31m',
  'The minister said "no comment" to reporters. ',
  '٢٠٢٤٪ ',
  '',
];

/** A small seeded generator, so the hostile texts are the same on every run. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function hostileTexts(count: number): string[] {
  const next = random(6);
  return Array.from({ length: count }, () =>
    Array.from(
      { length: 1 + Math.floor(next() * 30) },
      () => pieces[Math.floor(next() * pieces.length)],
    ).join(''),
  );
}

const hostile = ['', '«', '»»««', '""""', '\n\n\n', 'لا اقتباس هنا.', ...hostileTexts(40)];

describe('the document schema', () => {
  test.each(hostile.map((text, index) => [index, text]))(
    'extract() on hostile text %i is valid',
    (_i, text) => {
      expect(errorsOf(validateDocument, extract(text, { source: null }))).toEqual([]);
    },
  );

  test('the hostile texts do reach the parts of the schema that can say no', () => {
    const documents = hostile.map((text) => extract(text));
    const all = documents.flatMap((document) => document.quotes);
    expect(new Set(all.map((quote) => quote.kind))).toEqual(new Set(kinds));
    expect(all.some((quote) => quote.parent !== null)).toBe(true);
    expect(all.some((quote) => quote.close === '')).toBe(true);
    const codes = new Set(documents.flatMap((document) => document.warnings.map((warning) => warning.code)));
    expect(codes).toEqual(new Set(['UNCLOSED_QUOTE', 'UNMATCHED_CLOSE', 'NOT_ARABIC']));
  });

  test.each(fixtures)('--format json on %s', async (file) => {
    const { code, stdout } = await runQuotes(['extract', '--json', file]);
    expect(code).toBe(0);
    expect(errorsOf(validateDocument, JSON.parse(stdout))).toEqual([]);
  });

  test('--format json on several inputs: an array of documents', async () => {
    const values = JSON.parse((await runQuotes(['extract', '--json', ...fixtures])).stdout) as unknown[];
    expect(values).toHaveLength(fixtures.length);
    for (const value of values) expect(errorsOf(validateDocument, value)).toEqual([]);
  });

  test('--format ndjson: every line', async () => {
    const lines = (await runQuotes(['extract', '--format', 'ndjson', ...fixtures])).stdout
      .trimEnd()
      .split('\n');
    expect(lines).toHaveLength(fixtures.length);
    for (const line of lines) expect(errorsOf(validateDocument, JSON.parse(line))).toEqual([]);
  });

  test('filtered output stays valid', async () => {
    const { stdout } = await runQuotes(['extract', '--json', '--kind', 'mention', fixtures[0] ?? '']);
    expect(errorsOf(validateDocument, JSON.parse(stdout))).toEqual([]);
  });

  test.each(hostile.slice(0, 12).map((text, index) => [index, text]))(
    'ndjson from standard input, hostile text %i',
    async (_i, text) => {
      const { stdout } = await runQuotes(['extract', '--format', 'ndjson'], { stdin: text });
      expect(errorsOf(validateDocument, JSON.parse(stdout))).toEqual([]);
    },
  );

  const valid = (): QuoteDocument =>
    extract('وقال الوزير سامي الخطيب: «سنفتتح عشرة مستشفيات».\n', { source: 'a.txt' });
  test.each<[string, (document: Record<string, unknown> & QuoteDocument) => void]>([
    ['no schemaVersion', (d) => delete (d as Partial<QuoteDocument>).schemaVersion],
    ['schemaVersion 2', (d) => Object.assign(d, { schemaVersion: 2 })],
    ['an unknown top-level field', (d) => Object.assign(d, { extra: true })],
    ['an unknown kind', (d) => Object.assign(d.quotes[0] ?? {}, { kind: 'quote' })],
    ['a quote without its text', (d) => delete (d.quotes[0] as Partial<QuoteDocument['quotes'][0]>).text],
    ['a negative offset', (d) => Object.assign(d.quotes[0] ?? {}, { start: -1 })],
    ['id 0', (d) => Object.assign(d.quotes[0] ?? {}, { id: 0 })],
    ['an unknown resolution', (d) => Object.assign(d.quotes[0]?.speaker ?? {}, { resolution: 'guess' })],
    [
      'a speaker without a name',
      (d) => Object.assign(d.quotes[0] ?? {}, { speaker: { mention: 'x', resolution: 'explicit' } }),
    ],
    [
      'a narration segment with a quote id',
      (d) => Object.assign(d.segments[0] ?? {}, { type: 'narration', quote: 1 }),
    ],
    ['a quote segment without a quote id', (d) => d.segments.push({ type: 'quote', start: 0, end: 1 })],
    [
      'an unknown warning code',
      (d) => d.warnings.push({ code: 'LOST' as 'NOT_ARABIC', message: '', offset: 0, line: 1, column: 1 }),
    ],
    ['column 0', (d) => d.warnings.push({ code: 'NOT_ARABIC', message: '', offset: 0, line: 1, column: 0 })],
    ['aliases that are not strings', (d) => Object.assign(d.speakers[0] ?? {}, { aliases: [1] })],
  ])('rejects a document with %s', (_name, breakIt) => {
    const document = valid() as Record<string, unknown> & QuoteDocument;
    expect(errorsOf(validateDocument, document)).toEqual([]);
    breakIt(document);
    expect(errorsOf(validateDocument, document)).not.toEqual([]);
  });

  test('the kinds of the schema are the kinds of the code', () => {
    expect(documentSchema.$defs.quote.properties.kind.enum).toEqual(kinds);
  });
});

describe('the speakers schema', () => {
  test.each(fixtures)('speakers --json on %s', async (file) => {
    const { code, stdout } = await runQuotes(['speakers', '--json', file]);
    expect(code).toBe(0);
    expect(errorsOf(validateSpeakers, JSON.parse(stdout))).toEqual([]);
  });

  test('speakers --json on several inputs, and --format ndjson', async () => {
    const array = JSON.parse((await runQuotes(['speakers', '--json', ...fixtures])).stdout) as unknown[];
    const lines = (await runQuotes(['speakers', '--format', 'ndjson', ...fixtures])).stdout
      .trimEnd()
      .split('\n');
    const values = [...array, ...lines.map((line) => JSON.parse(line))];
    expect(values).toHaveLength(2 * fixtures.length);
    for (const value of values) expect(errorsOf(validateSpeakers, value)).toEqual([]);
  });

  test('rejects a row without counts, and a document in its place', async () => {
    const value = JSON.parse((await runQuotes(['speakers', '--json', fixtures[1] ?? ''])).stdout);
    expect(errorsOf(validateSpeakers, value)).toEqual([]);
    delete value.speakers[0].direct;
    expect(errorsOf(validateSpeakers, value)).not.toEqual([]);
    expect(errorsOf(validateSpeakers, extract('نص.'))).not.toEqual([]);
  });
});

describe('quotes schema', () => {
  test.each([
    [[], 'schema/document.schema.json'],
    [['document'], 'schema/document.schema.json'],
    [['speakers'], 'schema/speakers.schema.json'],
  ])('quotes schema %j prints %s', async (args, file) => {
    const { code, stdout, stderr } = await runQuotes(['schema', ...args]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(readFileSync(file, 'utf8'));
    expect(JSON.parse(stdout).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  test('an unknown schema name: exit 2, the choices listed', async () => {
    const { code, stdout, stderr } = await runQuotes(['schema', 'quotes']);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toMatch(/^quotes: .*'quotes'.*document, speakers/);
  });
});
