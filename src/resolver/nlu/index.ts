export type { IntentModel, IntentPrediction, LabeledExample, TrainOptions } from './types';
export { OUT_OF_SCOPE_LABEL } from './types';
export { loadIntentModel, trainIntentModel } from './intent-model';
export { loadShippedModel } from './shipped-model';
export { NluError, type NluErrorCode } from './nlu-error';
