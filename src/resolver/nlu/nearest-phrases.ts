import { fromBase64, toBase64 } from './sparse-linear-model';
import type { SparseVector } from './vectorizer';

/** Serialised form: typed arrays as base64 of their little-endian bytes. */
export interface NearestPhrasesJson {
  neighbours: number;
  classCount: number;
  rowStarts: string;
  exampleIds: string;
  values: string;
  exampleClasses: string;
}

/**
 * A nearest-neighbour vote over the training messages: each intent scores the mean cosine of its `neighbours`
 * most similar training messages, on words and word pairs only (character n-grams make every message look a
 * little like every other). An SVM draws one boundary per intent; a real message worded like one particular
 * phrase, but unlike the intent's phrases on average, is still recognised by its neighbour. Stored as an
 * inverted index (feature -> training messages), so a message only visits messages sharing one of its words.
 */
export class NearestPhrases {
  private readonly dots: Float64Array;
  private readonly touched: Int32Array;
  private readonly best: Float64Array;

  private constructor(
    readonly neighbours: number,
    readonly classCount: number,
    private readonly rowStarts: Int32Array,
    private readonly exampleIds: Int32Array,
    private readonly values: Float32Array,
    private readonly exampleClasses: Uint16Array,
  ) {
    this.dots = new Float64Array(exampleClasses.length);
    this.touched = new Int32Array(exampleClasses.length);
    this.best = new Float64Array(classCount * neighbours);
  }

  /** Indexes training vectors on the features `indexed` accepts, each message scaled to unit length on them. */
  static build(
    vectors: readonly SparseVector[],
    classes: Int32Array,
    classCount: number,
    featureCount: number,
    indexed: (feature: number) => boolean,
    neighbours: number,
  ): NearestPhrases {
    const counts = new Int32Array(featureCount + 1);
    for (const vector of vectors) for (const feature of vector.indices) if (indexed(feature)) counts[feature + 1] = (counts[feature + 1] as number) + 1;
    for (let feature = 0; feature < featureCount; feature += 1) counts[feature + 1] = (counts[feature + 1] as number) + (counts[feature] as number);
    const rowStarts = Int32Array.from(counts);
    const total = rowStarts[featureCount] as number;
    const exampleIds = new Int32Array(total);
    const values = new Float32Array(total);
    const next = Int32Array.from(rowStarts);
    vectors.forEach((vector, example) => {
      const norm = Math.sqrt(indexedNorm(vector, indexed));
      if (norm === 0) return;
      vector.indices.forEach((feature, position) => {
        if (!indexed(feature)) return;
        const slot = next[feature] as number;
        exampleIds[slot] = example;
        values[slot] = (vector.values[position] as number) / norm;
        next[feature] = slot + 1;
      });
    });
    return new NearestPhrases(neighbours, classCount, rowStarts, exampleIds, values, Uint16Array.from(classes));
  }

  static fromJSON(json: NearestPhrasesJson): NearestPhrases {
    return new NearestPhrases(
      json.neighbours,
      json.classCount,
      new Int32Array(fromBase64(json.rowStarts)),
      new Int32Array(fromBase64(json.exampleIds)),
      new Float32Array(fromBase64(json.values)),
      new Uint16Array(fromBase64(json.exampleClasses)),
    );
  }

  get featureCount(): number {
    return this.rowStarts.length - 1;
  }

  /** Adds `weight` times each intent's mean cosine to its nearest training messages to `scores`. */
  addScores(vector: SparseVector, weight: number, scores: Float64Array): void {
    const { rowStarts, exampleIds, values, exampleClasses, dots, touched, best, neighbours } = this;
    let squaredNorm = 0;
    for (let position = 0; position < vector.indices.length; position += 1) {
      const feature = vector.indices[position] as number;
      if ((rowStarts[feature + 1] as number) > (rowStarts[feature] as number)) squaredNorm += (vector.values[position] as number) ** 2;
    }
    if (squaredNorm === 0) return;
    const scale = 1 / Math.sqrt(squaredNorm);
    let touchedCount = 0;
    for (let position = 0; position < vector.indices.length; position += 1) {
      const feature = vector.indices[position] as number;
      const value = (vector.values[position] as number) * scale;
      const end = rowStarts[feature + 1] as number;
      for (let entry = rowStarts[feature] as number; entry < end; entry += 1) {
        const example = exampleIds[entry] as number;
        if (dots[example] === 0) touched[touchedCount++] = example;
        dots[example] = (dots[example] as number) + (values[entry] as number) * value;
      }
    }
    best.fill(0);
    for (let index = 0; index < touchedCount; index += 1) {
      const example = touched[index] as number;
      let similarity = dots[example] as number;
      dots[example] = 0;
      // Insert into the intent's top list (kept sorted, best first).
      const start = (exampleClasses[example] as number) * neighbours;
      for (let rank = start; rank < start + neighbours && similarity > 0; rank += 1) {
        const held = best[rank] as number;
        if (similarity > held) {
          best[rank] = similarity;
          similarity = held;
        }
      }
    }
    const factor = weight / neighbours;
    for (let classIndex = 0; classIndex < this.classCount; classIndex += 1) {
      let sum = 0;
      for (let rank = classIndex * neighbours; rank < (classIndex + 1) * neighbours; rank += 1) sum += best[rank] as number;
      scores[classIndex] = (scores[classIndex] as number) + sum * factor;
    }
  }

  toJSON(): NearestPhrasesJson {
    return {
      neighbours: this.neighbours,
      classCount: this.classCount,
      rowStarts: toBase64(this.rowStarts),
      exampleIds: toBase64(this.exampleIds),
      values: toBase64(this.values),
      exampleClasses: toBase64(this.exampleClasses),
    };
  }
}

function indexedNorm(vector: SparseVector, indexed: (feature: number) => boolean): number {
  let sum = 0;
  vector.indices.forEach((feature, position) => {
    if (indexed(feature)) sum += (vector.values[position] as number) ** 2;
  });
  return sum;
}
