import type { ConfidenceSignals } from './calibration';
import { blendCentroids } from './centroid-blend';
import { DEFAULT_FEATURE_CONFIG } from './features';
import { trainLinearSvm } from './linear-svm';
import { NearestPhrases } from './nearest-phrases';
import { NluError } from './nlu-error';
import { scoreSparse, sparsify, type SparseLinearModel } from './sparse-linear-model';
import { OUT_OF_SCOPE_LABEL, type LabeledExample } from './types';
import { Vectorizer } from './vectorizer';

/** Vocabulary plus linear weights: the part of a model that turns text into per-intent scores. */
export interface LinearIntentClassifier {
  vectorizer: Vectorizer;
  weights: SparseLinearModel;
  /** Class index -> label, the out-of-scope class (when trained with one) included. */
  labels: string[];
  /** Index of the out-of-scope class, or -1. */
  outOfScopeIndex: number;
  /** Nearest training messages, voting with `neighbourWeight` on top of the linear scores (absent: no vote). */
  neighbours?: NearestPhrases;
  neighbourWeight: number;
}

export interface ClassifierSettings {
  regularization: number;
  maxIterations: number;
  minDocumentFrequency: number;
  seed: number;
  /** Weight of the nearest-centroid scores added to the SVM's (0 = SVM alone). */
  centroidWeight: number;
  /** Weight of the nearest-training-messages vote (0 = none, and no index is kept). */
  neighbourWeight: number;
}

/** One in-scope intent with its raw score and the signals its confidence is computed from. */
export interface ScoredIntent {
  classIndex: number;
  signals: ConfidenceSignals;
}

/** Weights this small change no score by more than a rounding error (measured: no accuracy change). */
const PRUNE_BELOW = 0.01;
const SVM_TOLERANCE = 0.1;
/** How many of an intent's most similar training messages its neighbour vote averages. */
const NEIGHBOURS = 3;

export function trainLinearIntentClassifier(
  examples: readonly LabeledExample[],
  settings: ClassifierSettings,
): LinearIntentClassifier {
  const labels = [...new Set(examples.map((example) => example.label))].sort();
  if (!labels.some((label) => label !== OUT_OF_SCOPE_LABEL)) {
    throw new NluError('NLU_TRAINING_DATA_INVALID', 'training data needs at least one in-scope intent');
  }
  const classOf = new Map(labels.map((label, index) => [label, index]));
  const { vectorizer, vectors } = Vectorizer.fit(
    examples.map((example) => example.text),
    DEFAULT_FEATURE_CONFIG,
    settings.minDocumentFrequency,
  );
  const classes = Int32Array.from(examples, (example) => classOf.get(example.label) as number);
  const dense = trainLinearSvm(
    vectors,
    classes,
    labels.length,
    vectorizer.size,
    {
      regularization: settings.regularization,
      maxIterations: settings.maxIterations,
      tolerance: SVM_TOLERANCE,
      seed: settings.seed,
    },
  );
  blendCentroids(dense, vectors, classes, settings.centroidWeight);
  const wordsAndPairs = (feature: number): boolean => {
    const group = vectorizer.featureGroup(feature);
    return group !== 'c' && group !== 'e';
  };
  return {
    vectorizer,
    weights: sparsify(dense, PRUNE_BELOW),
    labels,
    outOfScopeIndex: labels.indexOf(OUT_OF_SCOPE_LABEL),
    ...(settings.neighbourWeight > 0
      ? { neighbours: NearestPhrases.build(vectors, classes, labels.length, vectorizer.size, wordsAndPairs, NEIGHBOURS) }
      : {}),
    neighbourWeight: settings.neighbourWeight,
  };
}

/**
 * Scores a message and returns the best `count` in-scope intents, best first, plus whether the out-of-scope
 * class (if any) beat them all.
 */
export function rankIntents(
  classifier: LinearIntentClassifier,
  text: string,
  count: number,
): { ranked: ScoredIntent[]; outOfScopeWins: boolean } {
  const vector = classifier.vectorizer.transform(text);
  const scores = scoreSparse(classifier.weights, vector);
  classifier.neighbours?.addScores(vector, classifier.neighbourWeight, scores);
  const { outOfScopeIndex } = classifier;
  const best: number[] = [];
  // Keep the top count + 1 in-scope classes by insertion: count is small, so this beats sorting every class.
  scores.forEach((score, classIndex) => {
    if (classIndex === outOfScopeIndex) return;
    let position = best.length;
    while (position > 0 && (scores[best[position - 1] as number] as number) < score) position -= 1;
    if (position <= count) {
      best.splice(position, 0, classIndex);
      if (best.length > count + 1) best.pop();
    }
  });
  const top = scores[best[0] as number] as number;
  const runnerUp = best.length > 1 ? (scores[best[1] as number] as number) : top - 1;
  const outOfScopeScore = outOfScopeIndex < 0 ? undefined : (scores[outOfScopeIndex] as number);
  const ranked = best.slice(0, count).map((classIndex, rank) => {
    const score = scores[classIndex] as number;
    return {
      classIndex,
      signals: {
        score,
        margin: rank === 0 ? score - runnerUp : score - top,
        outOfScopeLead: outOfScopeScore === undefined ? 0 : outOfScopeScore - score,
        knownWordShare: vector.knownWordShare,
      },
    };
  });
  return { ranked, outOfScopeWins: outOfScopeScore !== undefined && outOfScopeScore > top };
}

