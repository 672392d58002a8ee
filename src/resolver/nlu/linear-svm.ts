import { seededRandom, shuffle } from './seeded-random';
import type { SparseVector } from './vectorizer';

/** Weights of a one-vs-rest linear model, feature-major so that scoring a sparse message reads memory in order. */
export interface LinearWeights {
  classCount: number;
  featureCount: number;
  /** weights[feature * classCount + class] */
  weights: Float32Array;
  bias: Float32Array;
}

export interface SvmOptions {
  regularization: number;
  maxIterations: number;
  /** Stops a class early once the projected-gradient spread falls under this. */
  tolerance: number;
  /** Seeds the order in which examples are visited, so training is reproducible. */
  seed: number;
}

/**
 * One-vs-rest L2-regularised, squared-hinge-loss linear SVM solved by dual coordinate descent (Hsieh et al.,
 * ICML 2008, the LIBLINEAR default). Each step touches one example, so a pass costs one sparse dot product per
 * example and class; it converges in a few passes on text, which keeps training fast without a library.
 */
export function trainLinearSvm(
  vectors: readonly SparseVector[],
  labels: Int32Array,
  classCount: number,
  featureCount: number,
  options: SvmOptions,
): LinearWeights {
  const weights = new Float32Array(featureCount * classCount);
  const bias = new Float32Array(classCount);
  const diagonal = 1 / (2 * options.regularization);
  const problem: BinaryProblem = {
    vectors,
    targets: new Int8Array(vectors.length),
    squaredNorms: Float64Array.from(vectors, (vector) => {
      let sum = 1; // the constant bias feature
      for (const value of vector.values) sum += value * value;
      return sum + diagonal;
    }),
    diagonal,
    classWeights: new Float64Array(featureCount + 1),
  };
  const random = seededRandom(options.seed);
  for (let classIndex = 0; classIndex < classCount; classIndex += 1) {
    labels.forEach((label, example) => {
      problem.targets[example] = label === classIndex ? 1 : -1;
    });
    solveBinary(problem, options, random);
    for (let feature = 0; feature < featureCount; feature += 1) {
      weights[feature * classCount + classIndex] = problem.classWeights[feature] as number;
    }
    bias[classIndex] = problem.classWeights[featureCount] as number;
  }
  return { classCount, featureCount, weights, bias };
}

interface BinaryProblem {
  vectors: readonly SparseVector[];
  targets: Int8Array;
  /** x·x + 1 (bias) + diagonal, the curvature of each dual coordinate. */
  squaredNorms: Float64Array;
  diagonal: number;
  /** Output: the weights, with the bias last. */
  classWeights: Float64Array;
}

/**
 * Dual coordinate descent with LIBLINEAR's shrinking: an example whose dual variable sits at zero with a
 * gradient beyond last pass's range leaves the active set, so later passes visit mostly support vectors.
 */
function solveBinary(problem: BinaryProblem, options: SvmOptions, random: () => number): void {
  const { vectors, targets, squaredNorms, diagonal, classWeights } = problem;
  const biasIndex = classWeights.length - 1;
  classWeights.fill(0);
  const alpha = new Float64Array(vectors.length);
  const active = Int32Array.from(vectors.keys());
  let activeSize = active.length;
  let previousMax = Infinity;
  for (let iteration = 0; iteration < options.maxIterations; iteration += 1) {
    shuffle(active, random, activeSize);
    let maxGradient = -Infinity;
    let minGradient = Infinity;
    for (let slot = 0; slot < activeSize; slot += 1) {
      const example = active[slot] as number;
      const vector = vectors[example] as SparseVector;
      const target = targets[example] as number;
      let score = classWeights[biasIndex] as number;
      for (let position = 0; position < vector.indices.length; position += 1) {
        score += (classWeights[vector.indices[position] as number] as number) * (vector.values[position] as number);
      }
      const previous = alpha[example] as number;
      const gradient = target * score - 1 + diagonal * previous;
      let projected = gradient;
      if (previous === 0) {
        if (gradient > previousMax) {
          activeSize -= 1;
          active[slot] = active[activeSize] as number;
          active[activeSize] = example;
          slot -= 1;
          continue;
        }
        projected = Math.min(gradient, 0);
      }
      if (projected > maxGradient) maxGradient = projected;
      if (projected < minGradient) minGradient = projected;
      if (Math.abs(projected) < 1e-12) continue;
      const next = Math.max(previous - gradient / (squaredNorms[example] as number), 0);
      alpha[example] = next;
      const step = (next - previous) * target;
      for (let position = 0; position < vector.indices.length; position += 1) {
        const feature = vector.indices[position] as number;
        classWeights[feature] = (classWeights[feature] as number) + step * (vector.values[position] as number);
      }
      classWeights[biasIndex] = (classWeights[biasIndex] as number) + step;
    }
    if (maxGradient - minGradient <= options.tolerance) {
      if (activeSize === active.length) return;
      // Converged on the active set: check once more against every example before stopping.
      activeSize = active.length;
      previousMax = Infinity;
      continue;
    }
    previousMax = maxGradient <= 0 ? Infinity : maxGradient;
  }
}
