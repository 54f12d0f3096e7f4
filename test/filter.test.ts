import { describe, expect, test } from 'vitest';
import { filterQuotes, normalizeName } from '../src/cli/filter.js';
import { parseCount, parseKinds, parseSpeaker } from '../src/cli/program.js';
import type { Quote, QuoteDocument, QuoteKind } from '../src/types.js';

function quote(id: number, kind: QuoteKind, name: string | null, mention = name ?? ''): Quote {
  return {
    id,
    text: `نص ${id}`,
    kind,
    start: 0,
    end: 0,
    paragraph: 1,
    open: '«',
    close: '»',
    speaker: name ? { name, mention, resolution: mention === name ? 'explicit' : 'alias' } : null,
    cue: null,
    parent: null,
  };
}

const document: QuoteDocument = {
  schemaVersion: 1,
  source: null,
  language: { code: 'arb', name: 'Arabic' },
  quotes: [
    quote(1, 'mention', null),
    quote(2, 'direct', 'فلاديمير بوتين', 'الرئيس الروسي'),
    quote(3, 'partial', 'فلاديمير بوتين', 'بوتين'),
    quote(4, 'direct', 'دونالد ترامب'),
    quote(5, 'direct', null),
  ],
  speakers: [
    { name: 'فلاديمير بوتين', aliases: ['الرئيس الروسي', 'بوتين'], quotes: 2 },
    { name: 'دونالد ترامب', aliases: ['ترامب', 'الرئيس الأمريكي'], quotes: 1 },
  ],
  segments: [],
  warnings: [],
};

const ids = (speakers: string[], kinds: QuoteKind[] = []) =>
  filterQuotes(document, { speakers, kinds }).map((quote) => quote.id);

describe('filterQuotes', () => {
  test.each([
    ['no filter', [], [], [1, 2, 3, 4, 5]],
    ['the canonical name', ['فلاديمير بوتين'], [], [2, 3]],
    ['an alias from the speakers list', ['الرئيس الأمريكي'], [], [4]],
    ['a title used at one quote', ['الرئيس الروسي'], [], [2, 3]],
    ['with diacritics', ['بُوتِينُ'], [], [2, 3]],
    ['with tatweel and extra spaces', ['  فلاديمير   بوتـــين '], [], [2, 3]],
    ['hamza forms of alef', ['الرئيس الامريكي'], [], [4]],
    ['several speakers', ['بوتين', 'ترامب'], [], [2, 3, 4]],
    ['nobody by that name', ['أوباما'], [], []],
    ['a part of a name is not the name', ['فلاديمير'], [], []],
    ['one kind', [], ['mention'], [1]],
    ['two kinds', [], ['direct', 'partial'], [2, 3, 4, 5]],
    ['speaker and kind', ['بوتين'], ['partial'], [3]],
  ] as Array<[string, string[], QuoteKind[], number[]]>)('%s', (_name, speakers, kinds, expected) => {
    expect(ids(speakers, kinds)).toEqual(expected);
  });
});

describe('normalizeName', () => {
  test.each([
    ['إبراهيم', 'ابراهيم'],
    ['آمنة', 'امنه'],
    ['أحمدُ', 'احمد'],
    ['عبد  الله', 'عبد الله'],
    ['Trump', 'trump'],
    ['\u200fبوتين\u200e', 'بوتين'],
  ])('%s', (input, output) => {
    expect(normalizeName(input)).toBe(normalizeName(output));
  });
});

describe('option parsers', () => {
  test.each([
    ['direct', [], ['direct']],
    ['direct,partial', [], ['direct', 'partial']],
    [' Direct , MENTION ', [], ['direct', 'mention']],
    ['mention', ['direct'], ['direct', 'mention']],
    ['direct', ['direct'], ['direct']],
  ] as Array<[string, QuoteKind[], QuoteKind[]]>)('--kind %j', (value, previous, expected) => {
    expect(parseKinds(value, previous)).toEqual(expected);
  });

  test.each(['quote', 'direct,,partial', '', 'direct;partial'])('--kind %j is refused', (value) => {
    expect(() => parseKinds(value)).toThrow(expect.objectContaining({ code: 'commander.invalidArgument' }));
  });

  test('--speaker collects, and refuses a name with no letters', () => {
    expect(parseSpeaker('ترامب', ['بوتين'])).toEqual(['بوتين', 'ترامب']);
    expect(() => parseSpeaker('ـــ')).toThrow(expect.objectContaining({ code: 'commander.invalidArgument' }));
    expect(() => parseSpeaker(' ')).toThrow(expect.objectContaining({ code: 'commander.invalidArgument' }));
  });

  test.each([
    ['0', 0],
    ['16', 16],
  ])('--min-quotes %s', (value, count) => {
    expect(parseCount(value)).toBe(count);
  });

  test.each(['-1', '1.5', 'many', ''])('--min-quotes %j is refused', (value) => {
    expect(() => parseCount(value)).toThrow(expect.objectContaining({ code: 'commander.invalidArgument' }));
  });
});
