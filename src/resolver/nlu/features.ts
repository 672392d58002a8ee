import { conceptsOf } from './concept-lexicon';
import { foldAccents, isWordToken, tokenize } from './normalize';
import { isStopWord } from './stop-words';

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
  /** Relative weight of each feature group after per-group length normalisation. */
  groupWeights: Record<FeatureGroup, number>;
}

/** Feature groups; a feature key starts with its group letter. */
export type FeatureGroup = 'w' | 'b' | 's' | 'c';

export const FEATURE_GROUPS: readonly FeatureGroup[] = ['w', 'b', 's', 'c'];

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  charMin: 2,
  charMax: 5,
  wordBigrams: true,
  skipWindow: 0,
  concepts: true,
  stopWords: true,
  // Character n-grams at 1.5: +0.4 to +1.0 points for the phrase-trained model on three Banking77 splits,
  // no change on the Banking77 engine benchmark (docs/nlu.md).
  groupWeights: { w: 1, b: 1, s: 1, c: 1.5 },
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
  return counts;
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
