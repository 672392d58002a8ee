import { OUT_OF_SCOPE_LABEL } from '../types';

/** Scores of a set of predictions; null where a metric does not apply to the test set. */
export interface ClassificationMetrics {
  accuracy: number;
  macroF1: number;
  /** Share of in-scope messages given their right intent (a rejection counts as wrong). */
  inScopeAccuracy: number | null;
  /** Share of out-of-scope messages rejected; null when the test has none. */
  outOfScopeRecall: number | null;
  /** Share of rejections that were out of scope; null when the test has no out-of-scope messages. */
  outOfScopePrecision: number | null;
}

/**
 * Compares expected and predicted labels, both with `oos` for out of scope. Macro-F1 averages over every label
 * that occurs on either side, `oos` included, as scikit-learn does.
 */
export function classificationMetrics(expected: readonly string[], predicted: readonly string[]): ClassificationMetrics {
  if (expected.length !== predicted.length) throw new Error('expected and predicted differ in length');
  const total = expected.length;
  let correct = 0;
  const truePositives = new Map<string, number>();
  const expectedCounts = new Map<string, number>();
  const predictedCounts = new Map<string, number>();
  let inScope = 0;
  let inScopeCorrect = 0;
  expected.forEach((truth, index) => {
    const guess = predicted[index] as string;
    increment(expectedCounts, truth);
    increment(predictedCounts, guess);
    if (truth === guess) {
      correct += 1;
      increment(truePositives, truth);
    }
    if (truth !== OUT_OF_SCOPE_LABEL) {
      inScope += 1;
      if (truth === guess) inScopeCorrect += 1;
    }
  });
  const labels = new Set([...expectedCounts.keys(), ...predictedCounts.keys()]);
  let f1Sum = 0;
  for (const label of labels) {
    const hits = truePositives.get(label) ?? 0;
    const denominator = (expectedCounts.get(label) ?? 0) + (predictedCounts.get(label) ?? 0);
    f1Sum += denominator === 0 ? 0 : (2 * hits) / denominator;
  }
  const outOfScope = expectedCounts.get(OUT_OF_SCOPE_LABEL) ?? 0;
  const rejected = predictedCounts.get(OUT_OF_SCOPE_LABEL) ?? 0;
  const rejectedCorrectly = truePositives.get(OUT_OF_SCOPE_LABEL) ?? 0;
  return {
    accuracy: total === 0 ? 0 : correct / total,
    macroF1: labels.size === 0 ? 0 : f1Sum / labels.size,
    inScopeAccuracy: inScope === 0 ? null : inScopeCorrect / inScope,
    outOfScopeRecall: outOfScope === 0 ? null : rejectedCorrectly / outOfScope,
    outOfScopePrecision: outOfScope === 0 ? null : rejected === 0 ? 0 : rejectedCorrectly / rejected,
  };
}

/** Nearest-rank percentile (p in 0..100) of unsorted values; 0 for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((left, right) => left - right);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1] as number;
}

function increment(counts: Map<string, number>, key: string): void {
  counts.set(key, (counts.get(key) ?? 0) + 1);
}
