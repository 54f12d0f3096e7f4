import { describe, expect, test } from 'vitest';
import { palette, speakerColors, speakerOrder, speakerSlots, swatchOf } from '../src/format/palette.js';
import type { Quote, QuoteDocument } from '../src/types.js';

/** WCAG relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const channels = (hex.match(/[0-9a-f]{2}/gi) ?? []).map((pair) => Number.parseInt(pair, 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) =>
    c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4,
  );
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio, from 1 to 21. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The dark text colour of the HTML page. */
const pageText = '#1a1a1a';

describe('the palette', () => {
  test('keeps the order of the terminal colours: red last', () => {
    expect(palette.map((swatch) => swatch.terminal)).toEqual([
      'cyan',
      'magenta',
      'yellow',
      'green',
      'blue',
      'cyanBright',
      'magentaBright',
      'yellowBright',
      'greenBright',
      'blueBright',
      'red',
      'redBright',
    ]);
  });

  test.each(palette.map((swatch) => [swatch.terminal, swatch] as const))(
    '%s is readable',
    (_name, swatch) => {
      expect(contrast(pageText, swatch.background)).toBeGreaterThanOrEqual(7);
      expect(contrast(swatch.line, '#ffffff')).toBeGreaterThanOrEqual(3);
      expect(contrast(swatch.line, swatch.background)).toBeGreaterThanOrEqual(3);
    },
  );

  test('no two entries look alike in grey: each has its own underline and stripes', () => {
    const looks = palette.map((swatch) => `${swatch.underline}/${swatch.stripes}`);
    expect(new Set(looks).size).toBe(palette.length);
  });

  test('it repeats after its last entry', () => {
    expect(swatchOf(palette.length)).toBe(palette[0]);
    expect(swatchOf(palette.length + 3)).toBe(palette[3]);
  });
});

describe('speaker order', () => {
  const quote = (id: number, name: string | null): Quote => ({
    id,
    text: 'نعم',
    kind: name ? 'direct' : 'mention',
    start: 0,
    end: 0,
    paragraph: 1,
    open: '«',
    close: '»',
    speaker: name ? { name, mention: name, resolution: 'explicit' } : null,
    cue: null,
    parent: null,
  });
  const document = {
    quotes: [quote(1, null), quote(2, 'ترامب'), quote(3, 'بوتين'), quote(4, 'ترامب')],
  } as QuoteDocument;

  test('by first appearance, mentions skipped', () => {
    expect([...speakerOrder(document)]).toEqual([
      ['ترامب', 0],
      ['بوتين', 1],
    ]);
  });

  test('colours come from the name: the same in another article, whatever the order', () => {
    const colors = speakerColors(document);
    expect(colors.get('ترامب')).not.toBe(colors.get('بوتين'));
    const other = { quotes: [quote(1, 'بوتين'), quote(2, 'لافروف')] } as QuoteDocument;
    const alone = { quotes: [quote(1, 'بوتين')] } as QuoteDocument;
    expect(speakerColors(other).get('بوتين')).toBe(speakerColors(alone).get('بوتين'));
    // Folded as names are matched: hamza and tatweel forms of one name share the colour.
    const folded = { quotes: [quote(1, 'أحمد'), quote(2, 'زيد')] } as QuoteDocument;
    const plain = { quotes: [quote(1, 'احمد')] } as QuoteDocument;
    expect(speakerColors(folded).get('أحمد')).toBe(speakerColors(plain).get('احمد'));
  });

  test('twelve speakers take twelve different entries, the hashed ones first', () => {
    const names = ['أ', 'ب', 'ت', 'ث', 'ج', 'ح', 'خ', 'د', 'ذ', 'ر', 'ز', 'س'].map((n) => `${n}${n}${n}`);
    const many = { quotes: names.map((name, i) => quote(i + 1, name)) } as QuoteDocument;
    const slots = [...speakerSlots(many).values()];
    expect(new Set(slots).size).toBe(12);
    expect(slots.every((slot) => slot >= 0 && slot < palette.length)).toBe(true);
  });
});
