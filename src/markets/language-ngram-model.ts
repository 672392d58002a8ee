/**
 * Naive Bayes over character 1-4-grams (inside words padded with spaces) and whole words, one profile per
 * language. Each profile is smoothed towards the pooled profile of all languages (Dirichlet prior), so a
 * language with little training text is not favoured by flat estimates, and a score is a sum of
 * log-likelihood ratios against the pool: common letters say nothing, a telling "kj", "ij" or "ß" a lot.
 */

/** Training text for one language; `weight` counts each of its features that many times. */
export interface WeightedText {
  text: string;
  weight: number;
}

const MAX_ORDER = 4;
/** Orders 1..4 are character n-grams, 5 is whole words. */
const WORD_ORDER = MAX_ORDER + 1;
/** How strongly a profile is pulled towards the pool; about the size of one small training file. */
const PRIOR_STRENGTH = 2000;
/** A whole word counts as much as this many character n-grams. */
const WORD_WEIGHT = 2;
const WORD_PATTERN = /[\p{L}\p{M}]+/gu;

/** Features of a text as [key, order] pairs; keys of words start with '#', which no letter n-gram contains. */
export function languageFeatures(text: string): [string, number][] {
  const features: [string, number][] = [];
  for (const match of text.normalize('NFC').toLowerCase().matchAll(WORD_PATTERN)) {
    const word = match[0];
    features.push([`#${word}`, WORD_ORDER]);
    const padded = ` ${word} `;
    for (let order = 1; order <= MAX_ORDER; order += 1) {
      for (let start = 0; start + order <= padded.length; start += 1) {
        const gram = padded.slice(start, start + order);
        if (gram !== ' ') features.push([gram, order]);
      }
    }
  }
  return features;
}

export class LanguageNgramModel {
  private constructor(
    readonly languages: readonly string[],
    /** Feature -> per-language log-likelihood ratio against the pool; a feature no language showed says nothing. */
    private readonly ratios: Map<string, Float32Array>,
  ) {}

  static train(textsByLanguage: ReadonlyMap<string, readonly WeightedText[]>): LanguageNgramModel {
    const languages = [...textsByLanguage.keys()];
    const counts = new Map<string, { order: number; perLanguage: Float64Array }>();
    const totals = Array.from({ length: WORD_ORDER }, () => new Float64Array(languages.length));
    languages.forEach((language, index) => {
      for (const { text, weight } of textsByLanguage.get(language) ?? []) {
        for (const [key, order] of languageFeatures(text)) {
          let entry = counts.get(key);
          if (!entry) {
            entry = { order, perLanguage: new Float64Array(languages.length) };
            counts.set(key, entry);
          }
          entry.perLanguage[index] = (entry.perLanguage[index] as number) + weight;
          const orderTotals = totals[order - 1] as Float64Array;
          orderTotals[index] = (orderTotals[index] as number) + weight;
        }
      }
    });
    const distinct = new Float64Array(WORD_ORDER);
    for (const { order } of counts.values()) distinct[order - 1] = (distinct[order - 1] as number) + 1;
    const pooledTotals = totals.map((orderTotals) => orderTotals.reduce((sum, value) => sum + value, 0));
    const ratios = new Map<string, Float32Array>();
    for (const [key, { order, perLanguage }] of counts) {
      const pooledCount = perLanguage.reduce((sum, value) => sum + value, 0);
      const pooled = (pooledCount + 1) / ((pooledTotals[order - 1] as number) + (distinct[order - 1] as number) + 1);
      const orderTotals = totals[order - 1] as Float64Array;
      ratios.set(
        key,
        Float32Array.from(perLanguage, (count, index) =>
          Math.log((count + PRIOR_STRENGTH * pooled) / (((orderTotals[index] as number) + PRIOR_STRENGTH) * pooled)),
        ),
      );
    }
    return new LanguageNgramModel(languages, ratios);
  }

  /** Summed log-likelihood ratio per language (index as in `languages`) and the number of features read. */
  score(text: string): { scores: Float64Array; featureCount: number } {
    const scores = new Float64Array(this.languages.length);
    const features = languageFeatures(text);
    for (const [key, order] of features) {
      const ratios = this.ratios.get(key);
      if (!ratios) continue;
      const weight = order === WORD_ORDER ? WORD_WEIGHT : 1;
      for (let index = 0; index < scores.length; index += 1) {
        scores[index] = (scores[index] as number) + weight * (ratios[index] as number);
      }
    }
    return { scores, featureCount: features.length };
  }
}
