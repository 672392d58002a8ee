/** One training or evaluation message. The label `oos` marks an out-of-scope message. */
export interface LabeledExample {
  text: string;
  label: string;
  /** Language of the text when known (phrase files carry it); the engine does not need it. */
  language?: string;
}

/** What the classifier says about one message. */
export interface IntentPrediction {
  /** The recognised intent, or null when the message is out of scope or the model is not confident enough. */
  intent: string | null;
  /** Probability (0..1) that the best in-scope intent is right; `intent` is null below the model's threshold. */
  confidence: number;
  /** The five best in-scope intents with their probabilities, best first. */
  ranking: { intent: string; score: number }[];
}

/** A trained intent classifier. */
export interface IntentModel {
  /** In-scope intents the model knows (never includes `oos`). */
  readonly intents: readonly string[];
  /** Classifies one message; synchronous and allocation-light (p99 well under 5 ms). */
  predict(text: string): IntentPrediction;
  /** A plain JSON-serialisable snapshot that `loadIntentModel` turns back into an identical model. */
  toJSON(): unknown;
}

/** Knobs of `trainIntentModel`; every default is the measured best (docs/nlu.md). */
export interface TrainOptions {
  /** Confidence below which a prediction is reported as out of scope (default 0.1). */
  threshold?: number;
  /** SVM cost C: larger fits the training data more closely (default 1). */
  regularization?: number;
  /** Most passes of dual coordinate descent per intent (default 30). */
  maxIterations?: number;
  /** Features seen in fewer training messages are dropped (default 1). */
  minDocumentFrequency?: number;
  /** Hold a stratified share back to fit the confidence calibration (default true when there is enough data). */
  calibrate?: boolean;
  /** Weight of a nearest-centroid model blended into the SVM's scores; 0 = SVM alone (default 1.5). */
  centroidWeight?: number;
  /** Weight of a vote of each intent's three most similar training messages; 0 = none (default 1). */
  neighbourWeight?: number;
  /** Seeds shuffling and the calibration split, for reproducible models (default 1). */
  seed?: number;
}

/** Label reserved for out-of-scope examples. */
export const OUT_OF_SCOPE_LABEL = 'oos';
