/**
 * Turns raw classifier scores into "probability that this intent is right". A small logistic regression over a
 * few signals is fitted on messages the classifier did not train on, so the confidence reflects how the model
 * errs on new text; a fixed threshold on it then means the same thing for every training set.
 */

/** What the scores say about one candidate intent. */
export interface ConfidenceSignals {
  /** The candidate's raw score. */
  score: number;
  /** Its lead over the best other in-scope intent (negative when it is not the best). */
  margin: number;
  /** How far the out-of-scope class scores above it (0 when the model has no such class). */
  outOfScopeLead: number;
  /** Share of the message's words the model has seen in training: unseen words hint at another topic. */
  knownWordShare: number;
}

/** Logistic regression coefficients over `signalValues`. */
export interface Calibrator {
  coefficients: number[];
  intercept: number;
}

/** Used when the training set is too small to hold any part back: trusts a positive, well-separated score. */
export const DEFAULT_CALIBRATOR: Calibrator = { coefficients: [4, 4, -4, 2], intercept: -2 };

const RIDGE = 1e-3;
const NEWTON_STEPS = 25;

export function signalValues(signals: ConfidenceSignals): number[] {
  return [signals.score, signals.margin, signals.outOfScopeLead, signals.knownWordShare];
}

export function calibratedConfidence(calibrator: Calibrator, signals: ConfidenceSignals): number {
  return sigmoid(linear(calibrator, signalValues(signals)));
}

/** One held-back message: its best intent's signals, whether that intent was right, and its weight in the fit. */
export interface CalibrationSample {
  signals: ConfidenceSignals;
  correct: boolean;
  weight: number;
}

/** Fits the calibrator by Newton's method (a handful of parameters), with a small ridge for separable data. */
export function fitCalibrator(samples: readonly CalibrationSample[]): Calibrator {
  const rows = samples.map((sample) => [...signalValues(sample.signals), 1]);
  const targets = samples.map((sample) => (sample.correct ? 1 : 0));
  const weights = samples.map((sample) => sample.weight);
  const size = DEFAULT_CALIBRATOR.coefficients.length + 1;
  let parameters = new Array<number>(size).fill(0);
  for (let step = 0; step < NEWTON_STEPS; step += 1) {
    const gradient = parameters.map((value) => RIDGE * value);
    const hessian = Array.from({ length: size }, (_, row) => Array.from({ length: size }, (__, column) => (row === column ? RIDGE : 0)));
    rows.forEach((row, index) => {
      const probability = sigmoid(dot(parameters, row));
      const weight = weights[index] as number;
      const error = weight * (probability - (targets[index] as number));
      const curvature = weight * Math.max(probability * (1 - probability), 1e-9);
      for (let first = 0; first < size; first += 1) {
        gradient[first] = (gradient[first] as number) + error * (row[first] as number);
        const hessianRow = hessian[first] as number[];
        for (let second = 0; second < size; second += 1) {
          hessianRow[second] = (hessianRow[second] as number) + curvature * (row[first] as number) * (row[second] as number);
        }
      }
    });
    const update = solveLinearSystem(hessian, gradient);
    parameters = parameters.map((value, index) => value - (update[index] as number));
    if (Math.max(...update.map(Math.abs)) < 1e-6) break;
  }
  return { coefficients: parameters.slice(0, size - 1), intercept: parameters[size - 1] as number };
}

function linear(calibrator: Calibrator, values: number[]): number {
  return calibrator.intercept + dot(calibrator.coefficients, values);
}

function dot(left: readonly number[], right: readonly number[]): number {
  let sum = 0;
  for (let index = 0; index < left.length; index += 1) sum += (left[index] as number) * (right[index] as number);
  return sum;
}

function sigmoid(value: number): number {
  return 1 / (1 + Math.exp(-value));
}

/** Gaussian elimination with partial pivoting; the systems here are 5 x 5 and positive definite. */
function solveLinearSystem(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const rows = matrix.map((row, index) => [...row, vector[index] as number]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) {
      if (Math.abs(rows[row]?.[column] ?? 0) > Math.abs(rows[pivot]?.[column] ?? 0)) pivot = row;
    }
    [rows[column], rows[pivot]] = [rows[pivot] as number[], rows[column] as number[]];
    const pivotRow = rows[column] as number[];
    for (let row = column + 1; row < size; row += 1) {
      const current = rows[row] as number[];
      const factor = (current[column] as number) / (pivotRow[column] as number);
      for (let entry = column; entry <= size; entry += 1) current[entry] = (current[entry] as number) - factor * (pivotRow[entry] as number);
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    const current = rows[row] as number[];
    let sum = current[size] as number;
    for (let column = row + 1; column < size; column += 1) sum -= (current[column] as number) * (solution[column] as number);
    solution[row] = sum / (current[row] as number);
  }
  return solution;
}
