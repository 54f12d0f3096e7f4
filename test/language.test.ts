// Language detection answers what franc answers: the short way for text mostly in Arabic script
// (src/language/detect.ts) is checked against franc itself, on texts written for this test and on
// random texts from the letters of every Arabic-script language franc knows.
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { franc } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';
import { describe, expect, test } from 'vitest';
import { ARABIC_MODELS, ARABIC_SCRIPT_SOURCE } from '../src/language/arabic-models.js';
import { arabicScriptCode, detectLanguage } from '../src/language/detect.js';

const seed = readFileSync(new URL('../fixtures/seed-article.txt', import.meta.url), 'utf8');
/** franc on what detectLanguage reads: the first 400 characters without short vowels and tatweel. */
const francCode = (text: string) =>
  franc(text.slice(0, 400).replace(/[\u064B-\u0652\u0670\u0640]/gu, ''), { minLength: 10 });

const samples = {
  arabic: 'وقال وزير الخارجية في مؤتمر صحفي إن «المفاوضات ستستأنف الأسبوع المقبل»، مضيفا أن الوفد جاهز.',
  persian:
    'وزیر امور خارجه روز سه‌شنبه گفت که «هیچ تصمیمی هنوز گرفته نشده است» و افزود که گفتگوها ادامه خواهد یافت.',
  urdu: 'وزیر خارجہ نے منگل کو کہا کہ "ابھی تک کوئی فیصلہ نہیں کیا گیا ہے" اور بات چیت اگلے ہفتے جاری رہے گی۔',
  english: 'The minister said on Tuesday that "no decision has been taken yet" on the new budget.',
};

describe('detectLanguage', () => {
  test('its Arabic-script models are franc’s (scripts/arabic-models.js writes them)', () => {
    expect(ARABIC_MODELS).toEqual(data.Arabic);
    expect(ARABIC_SCRIPT_SOURCE).toBe(expressions.Arabic?.source);
  });

  test('franc’s script expressions share no character with the Arabic one', () => {
    const arabic = new RegExp((expressions.Arabic as RegExp).source);
    const others = Object.entries(expressions)
      .filter(([name]) => name !== 'Arabic')
      .map(([name, expression]) => [name, new RegExp(expression.source)] as const);
    let arabicCount = 0;
    const shared: string[] = [];
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const ch = String.fromCodePoint(cp);
      if (!arabic.test(ch)) continue;
      arabicCount++;
      for (const [name, other] of others) if (other.test(ch)) shared.push(`${cp.toString(16)} ${name}`);
    }
    expect(arabicCount).toBeGreaterThan(1000);
    expect(shared).toEqual([]);
  });

  test('the seed, and texts in Arabic, Persian, Urdu and English, as franc says', () => {
    expect(detectLanguage(seed).code).toBe('arb');
    expect(arabicScriptCode(seed.slice(0, 400))).toBe('arb');
    for (const text of Object.values(samples)) expect(detectLanguage(text).code).toBe(francCode(text));
    // The short way answers for Persian and Urdu too, with franc's code, not Arabic.
    for (const text of [samples.persian, samples.urdu]) {
      expect(arabicScriptCode(text)).toBe(francCode(text));
      expect(arabicScriptCode(text)).not.toBe('arb');
    }
    expect(arabicScriptCode(samples.english)).toBeUndefined();
    expect(detectLanguage('قال زيدان').code).toBe('und'); // 9 characters
  });

  test('random texts in Arabic script: the short way gives franc’s code; plain Arabic letters are Arabic', () => {
    // Letters of Arabic, Persian, Urdu, Pashto and Uyghur, spaces, punctuation, digits, Latin.
    const arabicLetters = [...'ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأؤإئةى'];
    const pieces = [
      ...arabicLetters,
      ...arabicLetters,
      ...'پچژگکیۀ',
      ...'ٹڈڑںہےھۓ',
      ...'ښږځڅډړۍې',
      ...'ۆۈۋېڭ',
      ...'\u064e\u0651ـ',
      ...' ،.:"«»0123456789!?',
      'the ',
      'news ',
      // Upper case, white space beyond the space, and letters whose lower case is not one unit or
      // depends on the neighbours: the short way reads A–Z itself and leaves the others to franc's cleaning.
      'The ',
      'NEWS ',
      '\t',
      '\n',
      '\r\n',
      '\f',
      '\u00a0',
      '\u2003',
      '\u0001',
      'İ',
      'Σ',
      'ΟΔΟΣ ',
      'قال ',
      'الرئيس ',
      'گفت ',
      'کہا ',
    ];
    const text = fc
      .array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 300, size: 'max' })
      .map((p) => p.join(''));
    const answered = new Set<string>();
    let shortWay = 0;
    fc.assert(
      fc.property(text, (t) => {
        const prefix = t.slice(0, 400).replace(/[\u064B-\u0652\u0670\u0640]/gu, '');
        const code = arabicScriptCode(prefix);
        const franced = francCode(t);
        if (code !== undefined) {
          shortWay++;
          answered.add(code);
          expect(code).toBe(franced);
        }
        // franc's answer, but for a text mostly in Arabic script without any letter that only the
        // other languages write, which is Arabic whatever franc's trigrams say.
        const plainArabic = code !== undefined && !/[پچژگکیۀٹڈڑںہےھۓښږځڅډړۍېۆۈۋڭ]/u.test(prefix);
        const arabicCodes = ['arb', 'ary', 'arz', 'apc', 'acm', 'ajp', 'ayl'];
        expect(detectLanguage(t).code).toBe(plainArabic && !arabicCodes.includes(franced) ? 'arb' : franced);
      }),
      { numRuns: 1500, seed: 20260501 },
    );
    // Not vacuous: the short way answered often, and with more than one language.
    expect(shortWay).toBeGreaterThan(750);
    expect(answered.size).toBeGreaterThan(2);
  });

  test('a fully vowelled Arabic sentence is Arabic, as the same sentence without its vowels', () => {
    // Read with its vowels, franc takes this one for Dari (prs).
    const vowelled = 'وقالَ رئيسُ الوزراءِ عُمَر النجّار: «سنُعلِنُ الخطّةَ غدًا».';
    expect(detectLanguage(vowelled)).toMatchObject({ code: 'arb', arabic: true });
  });

  test('mixtures near half Arabic script: the short way answers only above half, as franc', () => {
    for (let share = 0; share <= 20; share++) {
      const text = samples.arabic.slice(0, share * 4) + samples.english.slice(0, 80 - share * 4);
      expect(detectLanguage(text).code).toBe(francCode(text));
    }
  });
});
