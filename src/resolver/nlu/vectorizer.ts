import { EMBEDDING_COVERAGE_KEY, extractFeatures, FEATURE_GROUPS, type FeatureConfig, type FeatureGroup } from './features';

const EMBEDDING_GROUP = FEATURE_GROUPS.indexOf('e');

/** A message as feature ids and weights; ids index the vocabulary. */
export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
  /** Share of the message's word features found in the vocabulary (1 for a message without words). */
  knownWordShare: number;
}

/** Serialised form of a vectorizer. */
export interface VectorizerJson {
  config: FeatureConfig;
  features: string[];
  idf: number[];
}

/**
 * TF-IDF over the feature groups of `features.ts`: sublinear term frequency, smoothed idf, and each group scaled
 * to unit length times its weight, so long messages and feature-rich groups (character n-grams) do not drown
 * the others.
 */
export class Vectorizer {
  private readonly groupOfFeature: Uint8Array;
  private readonly groupWeights: Float64Array;

  private constructor(
    readonly config: FeatureConfig,
    private readonly vocabulary: Map<string, number>,
    private readonly idf: Float32Array,
  ) {
    this.groupOfFeature = new Uint8Array(vocabulary.size);
    for (const [key, id] of vocabulary) this.groupOfFeature[id] = groupIndex(key);
    this.groupWeights = Float64Array.from(FEATURE_GROUPS, (group) => config.groupWeights[group] ?? 0);
  }

  /** Builds the vocabulary from training texts and returns it with their vectors. */
  static fit(
    texts: readonly string[],
    config: FeatureConfig,
    minDocumentFrequency: number,
  ): { vectorizer: Vectorizer; vectors: SparseVector[] } {
    const extracted = texts.map((text) => extractFeatures(text, config));
    const documentFrequency = new Map<string, number>();
    for (const counts of extracted) {
      for (const key of counts.keys()) if (key !== EMBEDDING_COVERAGE_KEY) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
    }
    const vocabulary = new Map<string, number>();
    const idfValues: number[] = [];
    for (const [key, frequency] of documentFrequency) {
      if (frequency < minDocumentFrequency) continue;
      vocabulary.set(key, vocabulary.size);
      idfValues.push(Math.log((1 + texts.length) / (1 + frequency)) + 1);
    }
    const vectorizer = new Vectorizer(config, vocabulary, Float32Array.from(idfValues));
    return { vectorizer, vectors: extracted.map((counts) => vectorizer.weigh(counts)) };
  }

  static fromJSON(json: VectorizerJson): Vectorizer {
    const vocabulary = new Map<string, number>();
    json.features.forEach((key, id) => vocabulary.set(key, id));
    return new Vectorizer(json.config, vocabulary, Float32Array.from(json.idf));
  }

  get size(): number {
    return this.vocabulary.size;
  }

  /** The group (`features.ts`) a feature id belongs to. */
  featureGroup(id: number): FeatureGroup {
    return FEATURE_GROUPS[this.groupOfFeature[id] as number] as FeatureGroup;
  }

  transform(text: string): SparseVector {
    return this.weigh(extractFeatures(text, this.config));
  }

  toJSON(): VectorizerJson {
    return { config: this.config, features: [...this.vocabulary.keys()], idf: [...this.idf] };
  }

  private weigh(counts: Map<string, number>): SparseVector {
    const ids: number[] = [];
    const weights: number[] = [];
    const squaredNorms = new Float64Array(FEATURE_GROUPS.length);
    let words = 0;
    let knownWords = 0;
    const embeddingCoverage = counts.get(EMBEDDING_COVERAGE_KEY) ?? 1;
    for (const [key, count] of counts) {
      const id = this.vocabulary.get(key);
      if (isWordFeature(key)) {
        words += 1;
        if (id !== undefined) knownWords += 1;
      }
      if (id === undefined) continue;
      // Dense (embedding) features carry a signed value, not a count: no tf-idf.
      const weight = key[0] === 'e' ? count : (1 + Math.log(count)) * (this.idf[id] as number);
      ids.push(id);
      weights.push(weight);
      const group = this.groupOfFeature[id] as number;
      squaredNorms[group] = (squaredNorms[group] as number) + weight * weight;
    }
    const scales = squaredNorms.map((norm, group) =>
      norm > 0 ? ((this.groupWeights[group] as number) * (group === EMBEDDING_GROUP ? embeddingCoverage : 1)) / Math.sqrt(norm) : 0,
    );
    const values = new Float32Array(ids.length);
    ids.forEach((id, position) => {
      values[position] = (weights[position] as number) * (scales[this.groupOfFeature[id] as number] as number);
    });
    return { indices: Int32Array.from(ids), values, knownWordShare: words === 0 ? 1 : knownWords / words };
  }
}

/** Words proper, not the class tokens (numbers, emoji, punctuation) nor concepts. */
function isWordFeature(key: string): boolean {
  return key[0] === 'w' && key[1] !== '<' && key[1] !== '#';
}

function groupIndex(key: string): number {
  const index = FEATURE_GROUPS.indexOf(key[0] as FeatureGroup);
  return index < 0 ? 0 : index;
}
