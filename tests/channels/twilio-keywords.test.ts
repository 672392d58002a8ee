import fs from 'node:fs';
import path from 'node:path';
import { KEYWORD_LANGUAGES, keywordsOf, matchKeyword } from '../../channels/twilio/keywords';
import { phoneHints } from '../../channels/twilio/phone-hints';
import type { ControlKind } from '../../src/conversation/model';
import { seedMarkets } from '../../src/markets/catalog';
import { createTranslator } from '../../src/markets/i18n';

const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'sv', 'nb', 'da', 'fi', 'nl', 'pt', 'pl', 'cs', 'el'];
const markets = new Map(seedMarkets().map((market) => [market.code, market]));
const lookup = (code: string) => markets.get(code);

describe('consent and help keywords', () => {
  test.each([
    ['STOP', 'opt_out'],
    ['stop', 'opt_out'],
    ['  Stop. ', 'opt_out'],
    ['Stop all', 'opt_out'],
    ['UNSUBSCRIBE', 'opt_out'],
    ['Stopp', 'opt_out'],
    ['arrêt', 'opt_out'],
    ['ARRET!', 'opt_out'],
    ['baja', 'opt_out'],
    ['Wypisz', 'opt_out'],
    ['odhlasit', 'opt_out'],
    ['στοπ', 'opt_out'],
    ['START', 'opt_in'],
    ['unstop', 'opt_in'],
    ['Aloita', 'opt_in'],
    ['HELP', 'help'],
    ['help?', 'help'],
    ['Hilfe', 'help'],
    ['hjälp', 'help'],
    ['HJÆLP', 'help'],
    ['βοήθεια', 'help'],
  ] as [string, ControlKind][])('%j is %s', (text, control) => {
    expect(matchKeyword(text)?.control).toBe(control);
  });

  test.each(['stop charging me twice', 'Please help me with my refund', 'yes', 'Ja', 'hello', '', 'START my order', 'cancel my order'])('%j is an ordinary message', (text) => {
    expect(matchKeyword(text)).toBeNull();
  });

  test('a very long message is never a keyword, and is not normalised to find out', () => {
    expect(matchKeyword(`STOP${' '.repeat(10_000)}`)).toBeNull();
  });

  test('keywords carry their languages, so the confirmation can follow the keyword', () => {
    expect(matchKeyword('STOPP')?.languages).toEqual(['de', 'sv', 'nb']);
    expect(matchKeyword('ARRÊT')?.languages).toEqual(['fr']);
  });

  test('every language has opt-out, opt-in and help keywords', () => {
    expect([...KEYWORD_LANGUAGES].sort()).toEqual([...LANGUAGES].sort());
    for (const language of LANGUAGES) {
      for (const control of ['opt_out', 'opt_in', 'help'] as const) expect(keywordsOf(control, language).length).toBeGreaterThan(0);
    }
  });
});

describe('phone number hints (libphonenumber metadata)', () => {
  test.each([
    ['+4915112345678', { market: 'DE', language: 'de-DE' }],
    ['+12025550143', { market: 'US', language: 'en-US' }],
    ['+14165550123', { market: 'CA', language: 'en-CA' }],
    ['+41791234567', { market: 'CH', language: 'de-CH' }],
    ['+358401234567', { market: 'FI', language: 'fi-FI' }],
    ['+302101234567', { market: 'GR', language: 'el-GR' }],
    // A drama number the metadata cannot place exactly: +44 belongs to one of our markets only.
    ['+447700900123', { market: 'GB', language: 'en-GB' }],
    // Not one of our markets.
    ['+81312345678', {}],
    ['+15555550100', {}],
    ['12345', {}],
  ])('%s -> %j', (number, hints) => {
    expect(phoneHints(number, lookup)).toEqual(hints);
  });

  test('a keyword’s language wins when the market serves it', () => {
    expect(phoneHints('+41791234567', lookup, ['fr'])).toEqual({ market: 'CH', language: 'fr-CH' });
    expect(phoneHints('+4915112345678', lookup, ['fr'])).toEqual({ market: 'DE', language: 'de-DE' });
  });
});

describe('the channels locale namespace', () => {
  const localesDir = path.resolve(__dirname, '..', '..', 'locales');
  const read = (language: string) => JSON.parse(fs.readFileSync(path.join(localesDir, language, 'channels.json'), 'utf8')) as { control: Record<ControlKind, string> };

  test.each(LANGUAGES)('%s has every key, and its texts name keywords we recognise', (language) => {
    const texts = read(language);
    expect(Object.keys(texts.control).sort()).toEqual(Object.keys(read('en').control).sort());
    const named = (text: string) => new Set(text.split(/[\s,.:;]+/).filter((word) => word.length > 1 && word === word.toUpperCase() && /\p{L}/u.test(word)).map((word) => matchKeyword(word)?.control).filter(Boolean));
    expect(named(texts.control.opt_out)).toContain('opt_in');
    expect(named(texts.control.opt_in)).toContain('opt_out');
    expect(named(texts.control.help)).toEqual(new Set(['opt_out', 'opt_in']));
  });

  test('the translator serves the namespace in each language', () => {
    const translator = createTranslator(localesDir);
    for (const language of LANGUAGES) expect(translator.has(language, 'channels:control.help')).toBe(true);
    expect(translator.t('de-AT', 'channels:control.opt_out')).toMatch(/abgemeldet/);
  });
});
