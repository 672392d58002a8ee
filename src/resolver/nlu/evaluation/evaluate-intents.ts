import { OUT_OF_SCOPE_LABEL, type IntentModel, type LabeledExample } from '../types';
import { classificationMetrics, percentile, type ClassificationMetrics } from './metrics';

/** How a model did on a test set, with per-message latency. */
export interface IntentEvaluation {
  metrics: ClassificationMetrics;
  p50Ms: number;
  p99Ms: number;
  n: number;
}

/**
 * Messages classified before timing starts: the JIT's first compilations and the collection of the garbage
 * left by parsing a cached model are start-up costs, not per-message latency.
 */
const WARM_UP_MESSAGES = 200;

/**
 * Scores a model on labelled examples. A label the model does not know counts as out of scope: the model is
 * right about such a message only when it rejects it.
 */
export function evaluateIntentModel(model: IntentModel, examples: readonly LabeledExample[]): IntentEvaluation {
  const known = new Set(model.intents);
  for (let index = 0; index < WARM_UP_MESSAGES && examples.length > 0; index += 1) {
    model.predict((examples[index % examples.length] as LabeledExample).text);
  }
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
