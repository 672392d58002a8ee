import { trainLinearSvm, type SvmOptions } from '../../../src/resolver/nlu/linear-svm';
import { seededRandom } from '../../../src/resolver/nlu/seeded-random';
import type { SparseVector } from '../../../src/resolver/nlu/vectorizer';

/** A separable-ish sparse problem: each class prefers its own block of features, with noise. */
function problem(examples: number, classes: number, features: number): { vectors: SparseVector[]; labels: Int32Array } {
  const random = seededRandom(42);
  const labels = new Int32Array(examples);
  const vectors: SparseVector[] = [];
  for (let example = 0; example < examples; example += 1) {
    const label = example % classes;
    labels[example] = label;
    const chosen = new Set<number>();
    while (chosen.size < 12) {
      const own = random() < 0.6;
      const block = features / classes;
      chosen.add(own ? Math.floor(label * block + random() * block) : Math.floor(random() * features));
    }
    const indices = Int32Array.from([...chosen].sort((a, b) => a - b));
    const values = Float32Array.from(indices, () => 0.2 + random());
    vectors.push({ indices, values, knownWordShare: 1 });
  }
  return { vectors, labels };
}

describe('one-vs-rest SVM across threads', () => {
  const options: SvmOptions = { regularization: 1, maxIterations: 30, tolerance: 0.1, seed: 3 };

  test('worker threads produce exactly the weights of a single thread', () => {
    const { vectors, labels } = problem(900, 9, 180);
    const alone = trainLinearSvm(vectors, labels, 9, 180, { ...options, workers: 0 });
    const shared = trainLinearSvm(vectors, labels, 9, 180, { ...options, workers: 2 });
    const workersOnly = trainLinearSvm(vectors, labels, 9, 180, { ...options, workers: 2, onlyWorkers: true });
    expect(alone.trainedInWorkers).toBe(0);
    expect(workersOnly.trainedInWorkers).toBe(9);
    expect(Array.from(workersOnly.weights)).toEqual(Array.from(alone.weights));
    expect(Array.from(shared.weights)).toEqual(Array.from(alone.weights));
    expect(Array.from(shared.bias)).toEqual(Array.from(alone.bias));
    // And the model learned something: each class's own block carries its largest weights.
    const blockOf = (feature: number) => Math.floor(feature / 20);
    for (let classIndex = 0; classIndex < 9; classIndex += 1) {
      let best = 0;
      for (let feature = 1; feature < 180; feature += 1) {
        if ((alone.weights[feature * 9 + classIndex] as number) > (alone.weights[best * 9 + classIndex] as number)) best = feature;
      }
      expect(blockOf(best)).toBe(classIndex);
    }
  });
});
