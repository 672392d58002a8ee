import { extractFeatures, DEFAULT_FEATURE_CONFIG } from '../../../src/resolver/nlu/features';
import { foldAccents, tokenize } from '../../../src/resolver/nlu/normalize';

describe('tokenize', () => {
  it('lower-cases, joins apostrophes and turns amounts, emoji and ?/! into class tokens', () => {
    expect(tokenize("I DON'T have £20.50 😡?!")).toEqual(['i', 'dont', 'have', '<cur>', '<num>', '<emoji>', '<q>', '<x>']);
  });

  it('turns an e-mail address into one class token', () => {
    expect(tokenize('my email is emma.clarke@example.co.uk, thanks')).toEqual(['my', 'email', 'is', '<email>', 'thanks']);
  });

  it('keeps letters of every script', () => {
    expect(tokenize('Hvordan går det? Πού είναι')).toEqual(['hvordan', 'går', 'det', '<q>', 'πού', 'είναι']);
  });
});

describe('foldAccents', () => {
  it('removes accents and folds letters that do not decompose', () => {
    expect(foldAccents('crème brûlée')).toBe('creme brulee');
    expect(foldAccents('søknad æble straße łódź')).toBe('soknad aeble strasse lodz');
  });
});

describe('extractFeatures', () => {
  it('adds the folded word next to the typed one, character n-grams, word pairs and concepts', () => {
    const features = extractFeatures('Kártya refused', DEFAULT_FEATURE_CONFIG);
    expect(features.has('wkártya')).toBe(true);
    expect(features.has('wkartya')).toBe(true);
    expect(features.has('c kar')).toBe(true);
    expect(features.has('bkártya refused')).toBe(true);
    expect(features.has('w#declined')).toBe(true);
  });
});
