import { conceptsOf } from './concept-lexicon';
import { foldAccents, isWordToken, tokenize } from './normalize';
import { isStopWord } from './stop-words';
import { wordEmbeddings } from './word-embeddings';

/**
 * Which features a message yields. Stored inside every model so that a loaded model extracts exactly the
 * features it was trained on.
 */
export interface FeatureConfig {
  /** Shortest and longest character n-gram, taken inside accent-folded words padded with spaces. */
  charMin: number;
  charMax: number;
  /** Adds adjacent word pairs ("card arrive"), which carry word order the single words lose. */
  wordBigrams: boolean;
  /** Adds a feature per banking concept of `concept-lexicon.ts` the message mentions. */
  concepts: boolean;
  /** Leaves function words (`stop-words.ts`) out of the single-word features. Absent in older models: off. */
  stopWords?: boolean;
  /** Adds unordered word pairs within this distance (0 = off), robust to inserted words. */
  skipWindow: number;
  /**
   * Adds the message's averaged pre-trained word vector (`word-embeddings.ts`) as dense features e0..e99:
   * `mean` averages every known word, `sif` weighs each by a / (a + p(word)) with p estimated from the word's
   * frequency rank. Absent: off.
   */
  embeddings?: 'mean' | 'sif';
  /** Relative weight of each feature group after per-group length normalisation (`e` absent: 0). */
  groupWeights: Record<SparseFeatureGroup, number> & { e?: number };
}

/** Feature groups; a feature key starts with its group letter. `e` holds dense values, not counts. */
export type FeatureGroup = 'w' | 'b' | 's' | 'c' | 'e';
type SparseFeatureGroup = Exclude<FeatureGroup, 'e'>;

export const FEATURE_GROUPS: readonly FeatureGroup[] = ['w', 'b', 's', 'c', 'e'];

/** SIF smoothing a; p(word) is taken as Zipf's 1 / (rank x ln(vocabulary size)). */
const SIF_A = 1e-3;
const ZIPF_NORMALISER = Math.log(341_479) + 0.5772;

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  charMin: 2,
  charMax: 5,
  wordBigrams: true,
  skipWindow: 0,
  concepts: true,
  stopWords: true,
  // SIF-weighted mean word vector at weight 1: CLINC150 in-scope +0.56, Banking77 +0.13, shipped model +0.4
  // points (docs/nlu.md, "Embeddings").
  embeddings: 'sif',
  // Character n-grams at 1.5: +0.4 to +1.0 points for the phrase-trained model on three Banking77 splits,
  // no change on the Banking77 engine benchmark (docs/nlu.md).
  groupWeights: { w: 1, b: 1, s: 1, c: 1.5, e: 1 },
};

const SENTENCE_EDGE = '|';

/** Feature key -> raw count for one message. */
export function extractFeatures(text: string, config: FeatureConfig): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (key: string): void => {
    counts.set(key, (counts.get(key) ?? 0) + 1);
  };
  const tokens = tokenize(text);
  for (const token of tokens) {
    if (!(config.stopWords === true && isStopWord(token))) add(`w${token}`);
    if (!isWordToken(token)) continue;
    const folded = foldAccents(token);
    if (folded !== token) add(`w${folded}`);
    addCharacterNgrams(folded, config, add);
  }
  if (config.concepts) for (const concept of conceptsOf(tokens)) add(`w#${concept}`);
  if (config.wordBigrams) {
    const padded = [SENTENCE_EDGE, ...tokens, SENTENCE_EDGE];
    for (let index = 1; index < padded.length; index += 1) add(`b${padded[index - 1]} ${padded[index]}`);
  }
  if (config.skipWindow > 1) addSkipPairs(tokens, config.skipWindow, add);
  if (config.embeddings !== undefined && (config.groupWeights.e ?? 0) > 0) addEmbedding(tokens, config.embeddings, counts);
  return counts;
}

/**
 * Not a feature: the share of the message's words that have a vector. The vectorizer scales the embedding group by
 * it, so a message in another language, where a few words happen to match English ones, gets little of it.
 */
export const EMBEDDING_COVERAGE_KEY = 'e~coverage';

/** Dense group: the weighted mean of the known words' vectors (length is normalised later); none known: nothing. */
function addEmbedding(tokens: readonly string[], mode: 'mean' | 'sif', counts: Map<string, number>): void {
  const embeddings = wordEmbeddings();
  const sum = new Float64Array(embeddings.dimensions);
  let known = 0;
  let words = 0;
  for (const token of tokens) {
    if (!isWordToken(token)) continue;
    words += 1;
    const vector = embeddings.vectorOf(token);
    if (vector === undefined) continue;
    const weight = mode === 'mean' ? 1 : SIF_A / (SIF_A + 1 / ((embeddings.rankOf(token) as number) * ZIPF_NORMALISER));
    for (let dimension = 0; dimension < sum.length; dimension += 1) sum[dimension] = (sum[dimension] as number) + weight * (vector[dimension] as number);
    known += 1;
  }
  if (known === 0) return;
  sum.forEach((value, dimension) => {
    if (value !== 0) counts.set(`e${dimension}`, value);
  });
  counts.set(EMBEDDING_COVERAGE_KEY, known / words);
}

function addCharacterNgrams(word: string, config: FeatureConfig, add: (key: string) => void): void {
  const padded = ` ${word} `;
  for (let size = config.charMin; size <= config.charMax; size += 1) {
    for (let start = 0; start + size <= padded.length; start += 1) add(`c${padded.slice(start, start + size)}`);
  }
}

function addSkipPairs(tokens: string[], window: number, add: (key: string) => void): void {
  const words = tokens.filter(isWordToken);
  for (let left = 0; left < words.length; left += 1) {
    for (let right = left + 2; right < Math.min(words.length, left + window + 1); right += 1) {
      const first = words[left] as string;
      const second = words[right] as string;
      add(first < second ? `s${first} ${second}` : `s${second} ${first}`);
    }
  }
}
