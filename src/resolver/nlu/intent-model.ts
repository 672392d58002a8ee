import { calibratedConfidence, DEFAULT_CALIBRATOR, fitCalibrator, type Calibrator } from './calibration';
import { stratifiedSplit } from './stratified-split';
import {
  rankIntents,
  trainLinearIntentClassifier,
  type ClassifierSettings,
  type LinearIntentClassifier,
} from './linear-intent-classifier';
import { intentModelToJson, parseIntentModelJson } from './model-json';
import { OUT_OF_SCOPE_LABEL, type IntentModel, type IntentPrediction, type LabeledExample, type TrainOptions } from './types';

const RANKING_SIZE = 5;
/** Rejects an answer that is less than 10% likely right under the traffic mix below (docs/nlu.md, "Threshold"). */
const DEFAULT_THRESHOLD = 0.1;
const CALIBRATION_SHARE = 0.2;
/** Nearest-centroid scores blended into the SVM's (docs/nlu.md, "Shipped model"). */
const DEFAULT_CENTROID_WEIGHT = 1.5;
/** Nearest-training-messages vote added to the scores (docs/nlu.md, "Shipped model"). */
const DEFAULT_NEIGHBOUR_WEIGHT = 1;
/**
 * Share of out-of-scope messages assumed in live traffic. Training files hold few (CLINC150: 0.7%), so the
 * held-back ones are weighted up to this share; otherwise the calibration learns only how in-scope messages
 * go wrong and trusts off-topic ones.
 */
const ASSUMED_OUT_OF_SCOPE_SHARE = 0.2;
/** Below this many held-back right (or wrong) answers a fitted calibration is noise; the default is safer. */
const MINIMUM_CALIBRATION_OUTCOMES = 10;

/** The engine: TF-IDF word and character n-grams, a one-vs-rest linear SVM, and calibrated confidence. */
export class LinearIntentModel implements IntentModel {
  readonly intents: readonly string[];

  constructor(
    readonly classifier: LinearIntentClassifier,
    readonly calibrator: Calibrator,
    readonly threshold: number,
  ) {
    this.intents = classifier.labels.filter((label) => label !== OUT_OF_SCOPE_LABEL);
  }

  predict(text: string): IntentPrediction {
    const { ranked, outOfScopeWins } = rankIntents(this.classifier, text, RANKING_SIZE);
    const ranking = ranked.map((candidate) => ({
      intent: this.classifier.labels[candidate.classIndex] as string,
      score: calibratedConfidence(this.calibrator, candidate.signals),
    }));
    const best = ranking[0];
    const confidence = best?.score ?? 0;
    const intent = best === undefined || outOfScopeWins || confidence < this.threshold ? null : best.intent;
    return { intent, confidence, ranking };
  }

  toJSON(): unknown {
    return intentModelToJson(this);
  }
}

export function trainIntentModel(examples: LabeledExample[], options: TrainOptions = {}): IntentModel {
  const settings: ClassifierSettings = {
    regularization: options.regularization ?? 1,
    maxIterations: options.maxIterations ?? 30,
    minDocumentFrequency: options.minDocumentFrequency ?? 1,
    seed: options.seed ?? 1,
    centroidWeight: options.centroidWeight ?? DEFAULT_CENTROID_WEIGHT,
    neighbourWeight: options.neighbourWeight ?? DEFAULT_NEIGHBOUR_WEIGHT,
  };
  const calibrator = options.calibrate === false ? DEFAULT_CALIBRATOR : calibrateOnHeldOut(examples, settings);
  const classifier = trainLinearIntentClassifier(examples, settings);
  return new LinearIntentModel(classifier, calibrator, options.threshold ?? DEFAULT_THRESHOLD);
}

export function loadIntentModel(json: unknown): IntentModel {
  const { classifier, calibrator, threshold } = parseIntentModelJson(json);
  return new LinearIntentModel(classifier, calibrator, threshold);
}

/**
 * Trains a throwaway classifier on 80% and fits the calibration on how it scores the other 20%: scores of
 * messages a model has trained on are overconfident, so they cannot teach it what a new message looks like.
 */
function calibrateOnHeldOut(examples: readonly LabeledExample[], settings: ClassifierSettings): Calibrator {
  const { kept, heldOut } = stratifiedSplit(examples, CALIBRATION_SHARE, settings.seed);
  if (heldOut.length < 2 * MINIMUM_CALIBRATION_OUTCOMES || !kept.some((example) => example.label !== OUT_OF_SCOPE_LABEL)) {
    return DEFAULT_CALIBRATOR;
  }
  const classifier = trainLinearIntentClassifier(kept, settings);
  const outOfScopeCount = heldOut.filter((example) => example.label === OUT_OF_SCOPE_LABEL).length;
  const outOfScopeWeight =
    outOfScopeCount === 0
      ? 1
      : Math.max(1, ((heldOut.length - outOfScopeCount) / outOfScopeCount) * (ASSUMED_OUT_OF_SCOPE_SHARE / (1 - ASSUMED_OUT_OF_SCOPE_SHARE)));
  const samples = heldOut.map((example) => {
    const { ranked } = rankIntents(classifier, example.text, 1);
    const best = ranked[0];
    return {
      signals: best?.signals ?? { score: 0, margin: 0, outOfScopeLead: 0, knownWordShare: 0 },
      correct: best !== undefined && classifier.labels[best.classIndex] === example.label,
      weight: example.label === OUT_OF_SCOPE_LABEL ? outOfScopeWeight : 1,
    };
  });
  const rightCount = samples.filter((sample) => sample.correct).length;
  if (Math.min(rightCount, samples.length - rightCount) < MINIMUM_CALIBRATION_OUTCOMES) return DEFAULT_CALIBRATOR;
  return fitCalibrator(samples);
}
