import { chooseLocale } from '../../src/conversation/identify';
import { seedMarkets } from '../../src/markets/catalog';

const canada = seedMarkets().find((market) => market.code === 'CA')!;
const switzerland = seedMarkets().find((market) => market.code === 'CH')!;
const english = () => ({ language: 'en', confidence: 0.98 });
const french = () => ({ language: 'fr', confidence: 0.95 });

describe('choosing the reply locale', () => {
  test('a short reply does not switch a conversation already in another language', () => {
    expect(chooseLocale(canada, 'ok', { language: 'fr-CA' }, {}, english)).toBe('fr-CA');
    expect(chooseLocale(canada, 'thanks!!', { language: 'fr-CA' }, {}, english)).toBe('fr-CA');
  });

  test('a real sentence in another served language switches', () => {
    expect(chooseLocale(canada, 'Where is my refund for the blue jacket?', { language: 'fr-CA' }, {}, english)).toBe('en-CA');
  });

  test('the first message of a conversation decides even when short', () => {
    expect(chooseLocale(canada, 'bonjour', {}, {}, french)).toBe('fr-CA');
  });

  test('an explicit choice wins; a language the market does not serve falls back', () => {
    expect(chooseLocale(switzerland, 'Where is my refund for the blue jacket?', { language: 'de-CH', languageOverride: 'it' }, {}, english)).toBe('it-CH');
    expect(chooseLocale(switzerland, 'Where is my refund for the blue jacket?', { language: 'de-CH' }, {}, english)).toBe('de-CH');
  });
});
