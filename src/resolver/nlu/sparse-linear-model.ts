import type { LinearWeights } from './linear-svm';
import type { SparseVector } from './vectorizer';

/**
 * A trained linear model with near-zero weights dropped, stored row by row per feature (CSR). Most features
 * matter to a handful of intents, so this keeps a few percent of the dense matrix: models stay small enough
 * to cache as JSON and scoring reads only weights that count.
 */
export interface SparseLinearModel {
  classCount: number;
  /** Weights of feature f sit at positions rowStarts[f] .. rowStarts[f + 1] - 1. */
  rowStarts: Int32Array;
  classIds: Uint16Array;
  weights: Float32Array;
  bias: Float32Array;
}

/** Serialised form: typed arrays as base64 of their little-endian bytes. */
export interface SparseLinearModelJson {
  classCount: number;
  rowStarts: string;
  classIds: string;
  weights: string;
  bias: string;
}

export function sparsify(dense: LinearWeights, minimumMagnitude: number): SparseLinearModel {
  const { classCount, featureCount, weights } = dense;
  const rowStarts = new Int32Array(featureCount + 1);
  let kept = 0;
  for (let feature = 0; feature < featureCount; feature += 1) {
    for (let classIndex = 0; classIndex < classCount; classIndex += 1) {
      if (Math.abs(weights[feature * classCount + classIndex] as number) >= minimumMagnitude) kept += 1;
    }
    rowStarts[feature + 1] = kept;
  }
  const classIds = new Uint16Array(kept);
  const keptWeights = new Float32Array(kept);
  let position = 0;
  for (let index = 0; index < weights.length; index += 1) {
    const weight = weights[index] as number;
    if (Math.abs(weight) < minimumMagnitude) continue;
    classIds[position] = index % classCount;
    keptWeights[position] = weight;
    position += 1;
  }
  return { classCount, rowStarts, classIds, weights: keptWeights, bias: Float32Array.from(dense.bias) };
}

/** Raw scores of every class for one message. */
export function scoreSparse(model: SparseLinearModel, vector: SparseVector): Float64Array {
  const scores = Float64Array.from(model.bias);
  const { rowStarts, classIds, weights } = model;
  for (let position = 0; position < vector.indices.length; position += 1) {
    const feature = vector.indices[position] as number;
    const value = vector.values[position] as number;
    const end = rowStarts[feature + 1] as number;
    for (let entry = rowStarts[feature] as number; entry < end; entry += 1) {
      const classIndex = classIds[entry] as number;
      scores[classIndex] = (scores[classIndex] as number) + (weights[entry] as number) * value;
    }
  }
  return scores;
}

export function sparseModelToJson(model: SparseLinearModel): SparseLinearModelJson {
  return {
    classCount: model.classCount,
    rowStarts: toBase64(model.rowStarts),
    classIds: toBase64(model.classIds),
    weights: toBase64(model.weights),
    bias: toBase64(model.bias),
  };
}

export function sparseModelFromJson(json: SparseLinearModelJson): SparseLinearModel {
  return {
    classCount: json.classCount,
    rowStarts: new Int32Array(fromBase64(json.rowStarts)),
    classIds: new Uint16Array(fromBase64(json.classIds)),
    weights: new Float32Array(fromBase64(json.weights)),
    bias: new Float32Array(fromBase64(json.bias)),
  };
}

export function toBase64(array: Int32Array | Uint16Array | Float32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** Copies into a fresh, aligned buffer: a Buffer from the pool may start at an offset a typed array rejects. */
export function fromBase64(text: string): ArrayBuffer {
  const bytes = Buffer.from(text, 'base64');
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return copy;
}
