import { OUT_OF_SCOPE_LABEL, type IntentModel, type LabeledExample } from '../types';
import { classificationMetrics, percentile, type ClassificationMetrics } from './metrics';

/** How a model did on a test set, with per-message latency. */
export interface IntentEvaluation {
  metrics: ClassificationMetrics;
  p50Ms: number;
  p99Ms: number;
  n: number;
}

/** Messages to classify before timing starts, so the JIT's first compilations do not count as latency. */
const WARM_UP_MESSAGES = 50;

/**
 * Scores a model on labelled examples. A label the model does not know counts as out of scope: the model is
 * right about such a message only when it rejects it.
 */
export function evaluateIntentModel(model: IntentModel, examples: readonly LabeledExample[]): IntentEvaluation {
  const known = new Set(model.intents);
  for (const example of examples.slice(0, WARM_UP_MESSAGES)) model.predict(example.text);
  const expected: string[] = [];
  const predicted: string[] = [];
  const latencies: number[] = [];
  for (const example of examples) {
    const started = process.hrtime.bigint();
    const prediction = model.predict(example.text);
    latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
    expected.push(known.has(example.label) ? example.label : OUT_OF_SCOPE_LABEL);
    predicted.push(prediction.intent ?? OUT_OF_SCOPE_LABEL);
  }
  return {
    metrics: classificationMetrics(expected, predicted),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    n: examples.length,
  };
}
