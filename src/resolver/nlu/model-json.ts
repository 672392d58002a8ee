import { z } from 'zod';
import type { Calibrator } from './calibration';
import type { LinearIntentClassifier } from './linear-intent-classifier';
import { NearestPhrases } from './nearest-phrases';
import { NluError } from './nlu-error';
import { sparseModelFromJson, sparseModelToJson } from './sparse-linear-model';
import { Vectorizer } from './vectorizer';

/** Bumped whenever features or training change meaning, so cached models of an older engine are retrained. */
export const ENGINE_VERSION = 'linear-svm-7';

const featureConfigSchema = z.object({
  charMin: z.number().int().positive(),
  charMax: z.number().int().positive(),
  wordBigrams: z.boolean(),
  skipWindow: z.number().int().nonnegative(),
  concepts: z.boolean(),
  stopWords: z.boolean().optional(),
  embeddings: z.enum(['mean', 'sif']).optional(),
  groupWeights: z.object({ w: z.number(), b: z.number(), s: z.number(), c: z.number(), e: z.number().optional() }),
});

const modelSchema = z.object({
  engine: z.literal(ENGINE_VERSION),
  threshold: z.number().min(0).max(1),
  labels: z.array(z.string()).min(1),
  calibrator: z.object({ coefficients: z.array(z.number()), intercept: z.number() }),
  vectorizer: z.object({ config: featureConfigSchema, features: z.array(z.string()), idf: z.array(z.number()) }),
  weights: z.object({
    classCount: z.number().int().positive(),
    rowStarts: z.string(),
    classIds: z.string(),
    weights: z.string(),
    bias: z.string(),
  }),
  neighbours: z
    .object({
      weight: z.number(),
      index: z.object({
        neighbours: z.number().int().positive(),
        classCount: z.number().int().positive(),
        rowStarts: z.string(),
        exampleIds: z.string(),
        values: z.string(),
        exampleClasses: z.string(),
      }),
    })
    .optional(),
});

export type IntentModelJson = z.infer<typeof modelSchema>;

export function intentModelToJson(model: {
  classifier: LinearIntentClassifier;
  calibrator: Calibrator;
  threshold: number;
}): IntentModelJson {
  return {
    engine: ENGINE_VERSION,
    threshold: model.threshold,
    labels: model.classifier.labels,
    calibrator: model.calibrator,
    vectorizer: model.classifier.vectorizer.toJSON(),
    weights: sparseModelToJson(model.classifier.weights),
    ...(model.classifier.neighbours
      ? { neighbours: { weight: model.classifier.neighbourWeight, index: model.classifier.neighbours.toJSON() } }
      : {}),
  };
}

export function parseIntentModelJson(json: unknown): {
  classifier: LinearIntentClassifier;
  calibrator: Calibrator;
  threshold: number;
} {
  const parsed = modelSchema.safeParse(json);
  if (!parsed.success) {
    throw new NluError('NLU_MODEL_INVALID', `not a model of engine ${ENGINE_VERSION}: ${parsed.error.message}`);
  }
  const { labels, vectorizer, weights, calibrator, threshold, neighbours } = parsed.data;
  const sparse = sparseModelFromJson(weights);
  if (sparse.classCount !== labels.length || sparse.rowStarts.length !== vectorizer.features.length + 1) {
    throw new NluError('NLU_MODEL_INVALID', 'weights do not match the labels and vocabulary');
  }
  const index = neighbours ? NearestPhrases.fromJSON(neighbours.index) : undefined;
  if (index && (index.classCount !== labels.length || index.featureCount !== vectorizer.features.length)) {
    throw new NluError('NLU_MODEL_INVALID', 'neighbour index does not match the labels and vocabulary');
  }
  return {
    classifier: {
      vectorizer: Vectorizer.fromJSON(vectorizer),
      weights: sparse,
      labels,
      outOfScopeIndex: labels.indexOf('oos'),
      ...(index ? { neighbours: index } : {}),
      neighbourWeight: neighbours?.weight ?? 0,
    },
    calibrator,
    threshold,
  };
}
