import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { threadId, Worker } from 'node:worker_threads';
import { NluError } from './nlu-error';
import { seededRandom, shuffle } from './seeded-random';
import type { SparseVector } from './vectorizer';

/** Weights of a one-vs-rest linear model, feature-major so that scoring a sparse message reads memory in order. */
export interface LinearWeights {
  classCount: number;
  featureCount: number;
  /** weights[feature * classCount + class] */
  weights: Float32Array;
  bias: Float32Array;
  /** How many classes worker threads trained (0: this thread trained them all). */
  trainedInWorkers?: number;
}

export interface SvmOptions {
  regularization: number;
  maxIterations: number;
  /** Stops a class early once the projected-gradient spread falls under this. */
  tolerance: number;
  /** Seeds the order in which examples are visited, so training is reproducible. */
  seed: number;
  /** Worker threads besides this one; default: one per spare core (at most 3) for problems large enough. */
  workers?: number;
  /** Tests: with workers, this thread only waits (it still trains what no worker can). */
  onlyWorkers?: boolean;
}

/**
 * The training set as flat typed arrays (example e's features are `indices/values[offsets[e] .. offsets[e+1]]`), on
 * SharedArrayBuffers so that worker threads read it without a copy.
 */
export interface FlatProblem {
  offsets: Int32Array;
  indices: Int32Array;
  values: Float32Array;
  labels: Int32Array;
  /** x·x + 1 (bias) + diagonal, the curvature of each dual coordinate. */
  squaredNorms: Float64Array;
  classCount: number;
  featureCount: number;
}

/** Below this many example-features x classes, starting a worker costs more than it saves. */
const PARALLEL_MIN_WORK = 5_000_000;
/** How long the main thread waits for the workers before giving up (a bound, not an expectation). */
const WORKER_DEADLINE_MS = 10 * 60 * 1000;

/**
 * One-vs-rest L2-regularised, squared-hinge-loss linear SVM solved by dual coordinate descent (Hsieh et al.,
 * ICML 2008, the LIBLINEAR default). Each step touches one example, so a pass costs one sparse dot product per
 * example and class; it converges in a few passes on text, which keeps training fast without a library.
 *
 * The classes are independent problems: on a machine with more than one core they are shared between this thread
 * and worker threads (compiled builds only; under ts-node-like runners the worker file does not exist and all
 * classes run here). Each class shuffles with its own seed, so the weights are the same either way.
 */
export function trainLinearSvm(
  vectors: readonly SparseVector[],
  labels: Int32Array,
  classCount: number,
  featureCount: number,
  options: SvmOptions,
): LinearWeights {
  const problem = flatten(vectors, labels, classCount, featureCount, 1 / (2 * options.regularization));
  const output = { weights: new Float32Array(new SharedArrayBuffer(featureCount * classCount * 4)), bias: new Float32Array(new SharedArrayBuffer(classCount * 4)) };
  const workers = options.workers ?? workerCount(problem);
  let trainedInWorkers = 0;
  if (workers === 0) {
    for (let classIndex = 0; classIndex < classCount; classIndex += 1) solveClassInto(problem, classIndex, options, output);
  } else {
    trainedInWorkers = trainInWorkers(problem, options, output, workers);
  }
  return { classCount, featureCount, weights: output.weights, bias: output.bias, trainedInWorkers };
}

function flatten(vectors: readonly SparseVector[], labels: Int32Array, classCount: number, featureCount: number, diagonal: number): FlatProblem {
  let total = 0;
  for (const vector of vectors) total += vector.indices.length;
  const shared = <T>(Kind: { new (buffer: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, length: number): T => new Kind(new SharedArrayBuffer(Math.max(1, length) * Kind.BYTES_PER_ELEMENT));
  const problem: FlatProblem = {
    offsets: shared(Int32Array, vectors.length + 1),
    indices: shared(Int32Array, total),
    values: shared(Float32Array, total),
    labels: shared(Int32Array, labels.length),
    squaredNorms: shared(Float64Array, vectors.length),
    classCount,
    featureCount,
  };
  problem.labels.set(labels);
  let position = 0;
  vectors.forEach((vector, example) => {
    problem.offsets[example] = position;
    problem.indices.set(vector.indices, position);
    problem.values.set(vector.values, position);
    position += vector.indices.length;
    let sum = 1; // the constant bias feature
    for (const value of vector.values) sum += value * value;
    problem.squaredNorms[example] = sum + diagonal;
  });
  problem.offsets[vectors.length] = position;
  return problem;
}

/** Worker threads besides this one: none on one core, for small problems, or where no worker can be started. */
function workerCount(problem: FlatProblem): number {
  const cores = availableParallelism();
  if (cores < 2 || problem.classCount < 4 || problem.indices.length * problem.classCount < PARALLEL_MIN_WORK) return 0;
  return workerEntry() ? Math.min(cores - 1, 3) : 0;
}

/**
 * How to start a worker: the compiled file next to this module (a build), or the TypeScript source loaded through
 * tsx's require hook (tests and `npx tsx` benches, where tsx is installed). Null: train in this thread only.
 */
function workerEntry(): { script: string; eval: boolean } | null {
  const compiled = join(__dirname, 'linear-svm-worker.js');
  if (existsSync(compiled)) return { script: compiled, eval: false };
  const source = join(__dirname, 'linear-svm-worker.ts');
  try {
    if (existsSync(source)) return { script: `require(${JSON.stringify(require.resolve('tsx/cjs'))}); require(${JSON.stringify(source)});`, eval: true };
  } catch {
    // tsx is a development dependency: without it, no worker.
  }
  return null;
}

/** The data a worker gets: the shared problem and output, and the shared claim on each class. */
export interface SvmWorkerData {
  problem: FlatProblem;
  options: SvmOptions;
  output: { weights: Float32Array; bias: Float32Array };
  /** Per class: 0 free, 1 being trained, 2 done. */
  classStates: Int32Array;
  /** [0]: classes settled so far, the counter waiters sleep on. */
  progress: Int32Array;
  /** Per class: the id of the thread that trained it. */
  trainedBy: Int32Array;
}

function trainInWorkers(problem: FlatProblem, options: SvmOptions, output: SvmWorkerData['output'], workers: number): number {
  const entry = workerEntry();
  const classStates = new Int32Array(new SharedArrayBuffer(problem.classCount * 4));
  const progress = new Int32Array(new SharedArrayBuffer(4));
  const trainedBy = new Int32Array(new SharedArrayBuffer(problem.classCount * 4));
  const data: SvmWorkerData = { problem, options, output, classStates, progress, trainedBy };
  const started = entry
    ? Array.from({ length: workers }, () => {
        const worker = new Worker(entry.script, { eval: entry.eval, workerData: data });
        worker.unref();
        return worker;
      })
    : [];
  try {
    // This thread claims classes like the workers do, so a worker that never starts or gives a class back (it
    // failed) only costs time; then it waits, without an event loop, for the classes the workers still hold.
    const deadline = Date.now() + WORKER_DEADLINE_MS;
    for (;;) {
      const seen = Atomics.load(progress, 0);
      if (!options.onlyWorkers || started.length === 0) trainFreeClasses(data);
      if (classStates.every((state) => state === 2)) return trainedBy.filter((trainer) => trainer !== threadId).length;
      if (Date.now() > deadline) throw new NluError('NLU_TRAINING_FAILED', 'SVM worker threads did not finish in time');
      Atomics.wait(progress, 0, seen, 200);
    }
  } finally {
    for (const worker of started) void worker.terminate();
  }
}

/** Claims free classes one at a time and trains them; a class whose training throws is given back, then the error rises. */
export function trainFreeClasses({ problem, options, output, classStates, progress, trainedBy }: SvmWorkerData): void {
  for (let classIndex = 0; classIndex < classStates.length; classIndex += 1) {
    if (Atomics.compareExchange(classStates, classIndex, 0, 1) !== 0) continue;
    let state = 0;
    try {
      solveClassInto(problem, classIndex, options, output);
      trainedBy[classIndex] = threadId;
      state = 2;
    } finally {
      Atomics.store(classStates, classIndex, state);
      Atomics.add(progress, 0, 1);
      Atomics.notify(progress, 0);
    }
  }
}

/** Trains one class against the rest and writes its column of weights and its bias into `output`. */
export function solveClassInto(problem: FlatProblem, classIndex: number, options: SvmOptions, output: SvmWorkerData['output']): void {
  const { featureCount, classCount } = problem;
  const targets = new Int8Array(problem.labels.length);
  problem.labels.forEach((label, example) => {
    targets[example] = label === classIndex ? 1 : -1;
  });
  const classWeights = new Float64Array(featureCount + 1);
  solveBinary(problem, targets, classWeights, 1 / (2 * options.regularization), options, seededRandom(classSeed(options.seed, classIndex)));
  for (let feature = 0; feature < featureCount; feature += 1) output.weights[feature * classCount + classIndex] = classWeights[feature] as number;
  output.bias[classIndex] = classWeights[featureCount] as number;
}

/** A class's own shuffling seed, so that classes can be trained in any order or thread. */
function classSeed(seed: number, classIndex: number): number {
  return (Math.imul(seed, 0x9e3779b1) + Math.imul(classIndex + 1, 0x85ebca6b)) >>> 0;
}

/**
 * Dual coordinate descent with LIBLINEAR's shrinking: an example whose dual variable sits at zero with a
 * gradient beyond last pass's range leaves the active set, so later passes visit mostly support vectors.
 */
function solveBinary(problem: FlatProblem, targets: Int8Array, classWeights: Float64Array, diagonal: number, options: SvmOptions, random: () => number): void {
  const { offsets, indices, values, squaredNorms } = problem;
  const exampleCount = targets.length;
  const biasIndex = classWeights.length - 1;
  const alpha = new Float64Array(exampleCount);
  const active = Int32Array.from({ length: exampleCount }, (_, index) => index);
  let activeSize = active.length;
  let previousMax = Infinity;
  for (let iteration = 0; iteration < options.maxIterations; iteration += 1) {
    shuffle(active, random, activeSize);
    let maxGradient = -Infinity;
    let minGradient = Infinity;
    for (let slot = 0; slot < activeSize; slot += 1) {
      const example = active[slot] as number;
      const begin = offsets[example] as number;
      const end = offsets[example + 1] as number;
      const target = targets[example] as number;
      let score = classWeights[biasIndex] as number;
      for (let position = begin; position < end; position += 1) {
        score += (classWeights[indices[position] as number] as number) * (values[position] as number);
      }
      const previous = alpha[example] as number;
      const gradient = target * score - 1 + diagonal * previous;
      let projected = gradient;
      if (previous === 0) {
        if (gradient > previousMax) {
          activeSize -= 1;
          active[slot] = active[activeSize] as number;
          active[activeSize] = example;
          slot -= 1;
          continue;
        }
        projected = Math.min(gradient, 0);
      }
      if (projected > maxGradient) maxGradient = projected;
      if (projected < minGradient) minGradient = projected;
      if (Math.abs(projected) < 1e-12) continue;
      const next = Math.max(previous - gradient / (squaredNorms[example] as number), 0);
      alpha[example] = next;
      const step = (next - previous) * target;
      for (let position = begin; position < end; position += 1) {
        const feature = indices[position] as number;
        classWeights[feature] = (classWeights[feature] as number) + step * (values[position] as number);
      }
      classWeights[biasIndex] = (classWeights[biasIndex] as number) + step;
    }
    if (maxGradient - minGradient <= options.tolerance) {
      if (activeSize === active.length) return;
      // Converged on the active set: check once more against every example before stopping.
      activeSize = active.length;
      previousMax = Infinity;
      continue;
    }
    previousMax = maxGradient <= 0 ? Infinity : maxGradient;
  }
}
