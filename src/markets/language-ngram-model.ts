/**
 * Naive Bayes over character 1-4-grams (inside words padded with spaces) and whole words, one profile per
 * language, each smoothed additively. A score is a sum of log-likelihood ratios against the pooled profile
 * of all languages: common letters say nothing, a telling "kj", "ij" or "ß" a lot.
 */

/** Training text for one language; `weight` counts each of its features that many times. */
export interface WeightedText {
  text: string;
  weight: number;
}

const MAX_ORDER = 4;
/** Orders 1..4 are character n-grams, 5 is whole words. */
const WORD_ORDER = MAX_ORDER + 1;
/** Additive smoothing per feature (measured: 0.1 beat 0.5 and 2 for letters, 0.1 beat 0.5 for words). */
const CHARACTER_SMOOTHING = 0.1;
const WORD_SMOOTHING = 0.1;
/**
 * A whole word counts as much as four character n-grams, and an n-gram half as much as a plain count: the
 * dozen n-grams of one word are far from independent, and at full weight a single word unseen in a
 * language's text (a loan word, a dialect form) outvoted the rest of the message.
 */
const WORD_WEIGHT = 2;
const CHARACTER_WEIGHT = 0.5;
/**
 * How much of its own frequency a word seen in several languages keeps, the rest pulled to their mean. Our
 * texts are small and on different topics: that "familien" or "er" came up more often in the Danish text than
 * in the Norwegian is chance, while that a word was seen in a language at all is real evidence. Measured on
 * xSID validation / our 5-fold hold-out: 1 (no shrinking) 0.957 / 0.977; 0.5: 0.957 / 0.978; 0.25: 0.962 /
 * 0.977; 0 (presence only): 0.959 / 0.977: small, but the Bokmål/Danish balance is steadier. Letter n-grams
 * are not shrunk: how often "kj" or "ij" occurs is what tells neighbours apart (shrinking them scored lower).
 */
const SHARED_WORD_KEEP = 0.25;
/** A word a language's text has this often is a word of that language (once may be a name or a quote). */
const PRESENCE_COUNT = 2;
/**
 * Capitalised words after the first are mostly names and titles ("Gucci Mane", "Caribbean Cinemas"), which
 * belong to no language: they count this much of an ordinary word.
 */
const NAME_WEIGHT = 0.2;
const WORD_PATTERN = /[\p{L}\p{M}]+/gu;
const CAPITALISED = /^\p{Lu}/u;
/** Between two words: the first of them ends a sentence, so the second is capitalised as a sentence start. */
const SENTENCE_END = /[.!?]\s/;

/** Words of a text, lower-cased, each with the weight it deserves (names count less). */
export function weightedWords(text: string): { word: string; weight: number }[] {
  const matches = [...text.normalize('NFC').matchAll(WORD_PATTERN)];
  const capitals = matches.filter((match) => CAPITALISED.test(match[0])).length;
  // A shouted or title-cased message has no names to tell apart from its words.
  const namesStandOut = matches.length < 3 || capitals < matches.length;
  let sentenceStart = 0;
  return matches.map((match, index) => {
    const startsSentence = index === 0 || SENTENCE_END.test(text.slice(sentenceStart, match.index));
    sentenceStart = (match.index as number) + match[0].length;
    const isName = namesStandOut && !startsSentence && CAPITALISED.test(match[0]);
    return { word: match[0].toLowerCase(), weight: isName ? NAME_WEIGHT : 1 };
  });
}

/**
 * Calls `visit` for every feature of a text: each word (key "#word", order 5) and its letter 1-4-grams.
 * A callback rather than an array of features: detection runs per message, and the garbage of a few hundred
 * small objects per call showed up as collection pauses.
 */
export function forEachFeature(text: string, visit: (key: string, order: number, weight: number) => void): void {
  for (const { word, weight } of weightedWords(text)) {
    visit(`#${word}`, WORD_ORDER, weight * WORD_WEIGHT);
    const padded = ` ${word} `;
    const gramWeight = weight * CHARACTER_WEIGHT;
    for (let order = 1; order <= MAX_ORDER; order += 1) {
      for (let start = 0; start + order <= padded.length; start += 1) {
        const gram = padded.slice(start, start + order);
        if (gram !== ' ') visit(gram, order, gramWeight);
      }
    }
  }
}

export class LanguageNgramModel {
  private constructor(
    readonly languages: readonly string[],
    /** Feature -> its row in `ratios`; a feature no language showed says nothing. */
    private readonly rows: Map<string, number>,
    /**
     * Per-language log-likelihood ratios against the pool, row by row. One flat array rather than one small
     * array per feature: with hundreds of thousands of features, that many objects made garbage collection
     * pause detection for tens of milliseconds now and then.
     */
    private readonly ratios: Float32Array,
    /** Word -> bit i set when language i's training text has it at least PRESENCE_COUNT times. */
    private readonly wordPresence: Map<string, number>,
  ) {}

  /** Bit mask of the languages (index as in `languages`) whose training text uses a word, lower-cased. */
  languagesUsing(word: string): number {
    return this.wordPresence.get(word) ?? 0;
  }

  static train(textsByLanguage: ReadonlyMap<string, readonly WeightedText[]>): LanguageNgramModel {
    const languages = [...textsByLanguage.keys()];
    const width = languages.length;
    const rows = new Map<string, number>();
    const orders: number[] = [];
    let counts = new Float64Array(1 << 16);
    const totals = Array.from({ length: WORD_ORDER }, () => new Float64Array(width));
    languages.forEach((language, index) => {
      for (const { text, weight } of textsByLanguage.get(language) ?? []) {
        forEachFeature(text, (key, order) => {
          let row = rows.get(key);
          if (row === undefined) {
            row = rows.size;
            rows.set(key, row);
            orders.push(order);
            if ((row + 1) * width > counts.length) {
              const grown = new Float64Array(counts.length * 2);
              grown.set(counts);
              counts = grown;
            }
          }
          counts[row * width + index] = (counts[row * width + index] as number) + weight;
          const orderTotals = totals[order - 1] as Float64Array;
          orderTotals[index] = (orderTotals[index] as number) + weight;
        });
      }
    });
    const distinct = new Float64Array(WORD_ORDER);
    for (const order of orders) distinct[order - 1] = (distinct[order - 1] as number) + 1;
    const pooledTotals = totals.map((orderTotals) => orderTotals.reduce((sum, value) => sum + value, 0));
    const ratios = new Float32Array(rows.size * width);
    orders.forEach((order, row) => {
      const smoothing = order === WORD_ORDER ? WORD_SMOOTHING : CHARACTER_SMOOTHING;
      const smoothingMass = smoothing * (distinct[order - 1] as number);
      const orderTotals = totals[order - 1] as Float64Array;
      let pooledCount = 0;
      for (let index = 0; index < width; index += 1) pooledCount += counts[row * width + index] as number;
      const pooled = (pooledCount + smoothing) / ((pooledTotals[order - 1] as number) + smoothingMass);
      for (let index = 0; index < width; index += 1) {
        const count = counts[row * width + index] as number;
        ratios[row * width + index] = Math.log((count + smoothing) / (((orderTotals[index] as number) + smoothingMass) * pooled));
      }
      if (order === WORD_ORDER) shrinkSharedWord(ratios.subarray(row * width, (row + 1) * width), counts.subarray(row * width, (row + 1) * width));
    });
    const wordPresence = new Map<string, number>();
    for (const [key, row] of rows) {
      if (orders[row] !== WORD_ORDER) continue;
      let mask = 0;
      for (let index = 0; index < width; index += 1) if ((counts[row * width + index] as number) >= PRESENCE_COUNT) mask |= 1 << index;
      if (mask !== 0) wordPresence.set(key.slice(1), mask);
    }
    return new LanguageNgramModel(languages, rows, ratios, wordPresence);
  }

  /** Weighted sum of log-likelihood ratios per language (index as in `languages`) and the weight read. */
  score(text: string): { scores: Float64Array; featureCount: number } {
    const width = this.languages.length;
    const scores = new Float64Array(width);
    let featureCount = 0;
    forEachFeature(text, (key, _order, weight) => {
      const row = this.rows.get(key);
      if (row === undefined) return;
      featureCount += weight;
      for (let index = 0; index < width; index += 1) {
        scores[index] = (scores[index] as number) + weight * (this.ratios[row * width + index] as number);
      }
    });
    return { scores, featureCount };
  }
}

/** Pulls the log-ratios of the languages that saw a word towards their mean (in place); see SHARED_WORD_KEEP. */
function shrinkSharedWord(ratios: Float32Array, counts: Float64Array): void {
  let seenIn = 0;
  let sum = 0;
  counts.forEach((count, index) => {
    if (count > 0) {
      seenIn += 1;
      sum += ratios[index] as number;
    }
  });
  if (seenIn < 2) return;
  const mean = sum / seenIn;
  counts.forEach((count, index) => {
    if (count > 0) ratios[index] = mean + SHARED_WORD_KEEP * ((ratios[index] as number) - mean);
  });
}
