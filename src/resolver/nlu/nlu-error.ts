/** Why the NLU engine or its harness refused an input. */
export type NluErrorCode =
  | 'NLU_TRAINING_DATA_INVALID'
  | 'NLU_MODEL_INVALID'
  | 'NLU_PHRASES_INVALID'
  | 'NLU_TRAINING_FAILED'
  | 'DATASET_NOT_FOUND'
  | 'DATASET_FORMAT_UNKNOWN'
  | 'DATASET_INVALID';

/** An error with a stable code; file-related errors name the file first in the message. */
export class NluError extends Error {
  constructor(
    readonly code: NluErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(file === undefined ? message : `${file}: ${message}`);
    this.name = 'NluError';
  }
}
