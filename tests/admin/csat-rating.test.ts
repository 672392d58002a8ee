import { parseRating } from '../../src/admin/csat-rating';

describe('reading a CSAT answer', () => {
  test.each([
    ['5', 'en-GB', 5],
    [' 4 ', 'en-GB', 4],
    ['5/5', 'en-GB', 5],
    ['4 / 5', 'de-DE', 4],
    ['3 out of 5', 'en-US', 3],
    ['4 von 5', 'de-DE', 4],
    ['4 sur 5', 'fr-FR', 4],
    ['5 stars', 'en-GB', 5],
    ['5 Sterne!', 'de-AT', 5],
    ['⭐⭐⭐⭐', 'sv-SE', 4],
    ['★★★☆☆', 'fi-FI', 3],
    ['5️⃣', 'nl-NL', 5],
    ['five', 'en-GB', 5],
    ['Five!', 'de-DE', 5],
    ['fünf', 'de-CH', 5],
    ['cinq', 'fr-BE', 5],
    ['cinco', 'pt-PT', 5],
    ['quattro', 'it-IT', 4],
    ['fem', 'da-DK', 5],
    ['viisi', 'fi-FI', 5],
    ['vijf', 'nl-BE', 5],
    ['pięć', 'pl-PL', 5],
    ['pět', 'cs-CZ', 5],
    ['πέντε', 'el-GR', 5],
    ['1', 'es-MX', 1],
    ['2 🙂', 'en-GB', 2],
  ])('%s (%s) -> %d', (text, language, score) => {
    expect(parseRating(text, language)).toBe(score);
  });

  test.each([
    ['I have 5 orders', 'en-GB'],
    ['6', 'en-GB'],
    ['0', 'en-GB'],
    ['10/10', 'en-GB'],
    ['55', 'en-GB'],
    ['where is my refund', 'en-GB'],
    ['fem', 'en-GB'],
    ['', 'en-GB'],
    ['5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5 5', 'en-GB'],
  ])('not a rating: %s', (text, language) => {
    expect(parseRating(text, language)).toBeNull();
  });
});
