import { blendCentroids } from '../../../src/resolver/nlu/centroid-blend';
import { DEFAULT_FEATURE_CONFIG, extractFeatures } from '../../../src/resolver/nlu/features';
import type { LinearWeights } from '../../../src/resolver/nlu/linear-svm';
import { NearestPhrases } from '../../../src/resolver/nlu/nearest-phrases';
import type { SparseVector } from '../../../src/resolver/nlu/vectorizer';

function vector(entries: [number, number][]): SparseVector {
  return {
    indices: Int32Array.from(entries, ([feature]) => feature),
    values: Float32Array.from(entries, ([, value]) => value),
    knownWordShare: 1,
  };
}

describe('stop words', () => {
  it('leaves function words out of the single words but keeps them in word pairs and character n-grams', () => {
    const features = extractFeatures('my card is lost', DEFAULT_FEATURE_CONFIG);
    expect(features.has('wmy')).toBe(false);
    expect(features.has('wis')).toBe(false);
    expect(features.has('wcard')).toBe(true);
    expect(features.has('bmy card')).toBe(true);
    expect(features.has('c my ')).toBe(true);
  });

  it('keeps the words that tell intents apart, and every word when switched off', () => {
    const features = extractFeatures('why is it still not here', DEFAULT_FEATURE_CONFIG);
    for (const word of ['why', 'still', 'not']) expect(features.has(`w${word}`)).toBe(true);
    expect(extractFeatures('my card', { ...DEFAULT_FEATURE_CONFIG, stopWords: false }).has('wmy')).toBe(true);
  });
});

describe('blendCentroids', () => {
  const vectors = [vector([[0, 1]]), vector([[0, 0.6], [1, 0.8]]), vector([[2, 1]])];
  const classes = Int32Array.from([0, 0, 1]);
  const dense = (): LinearWeights => ({ classCount: 2, featureCount: 3, weights: new Float32Array(6), bias: new Float32Array(2) });

  it('adds each intent the direction its messages share, and nothing to other intents', () => {
    const weights = dense();
    blendCentroids(weights, vectors, classes, 1);
    const at = (feature: number, classIndex: number): number => weights.weights[feature * 2 + classIndex] as number;
    expect(at(0, 0)).toBeGreaterThan(at(1, 0));
    expect(at(1, 0)).toBeGreaterThan(0);
    expect(at(0, 1)).toBe(0);
    expect(at(2, 1)).toBeCloseTo(1, 5);
    expect(at(2, 0)).toBe(0);
  });

  it('changes nothing at weight 0', () => {
    const weights = dense();
    blendCentroids(weights, vectors, classes, 0);
    expect([...weights.weights]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('NearestPhrases', () => {
  const vectors = [vector([[0, 1]]), vector([[0, 1], [1, 1]]), vector([[1, 1]]), vector([[3, 1]])];
  const classes = Int32Array.from([0, 0, 1, 1]);
  const indexed = (feature: number): boolean => feature !== 3;
  const build = (): NearestPhrases => NearestPhrases.build(vectors, classes, 2, 4, indexed, 2);

  it('scores each intent by the mean cosine of its closest training messages', () => {
    const scores = new Float64Array(2);
    build().addScores(vector([[0, 2]]), 1, scores);
    expect(scores[0]).toBeCloseTo((1 + Math.SQRT1_2) / 2, 5);
    expect(scores[1]).toBe(0);
  });

  it('ignores features it does not index, and messages sharing none of its words', () => {
    const scores = new Float64Array([0.5, 0.25]);
    build().addScores(vector([[3, 1], [2, 1]]), 1, scores);
    expect([...scores]).toEqual([0.5, 0.25]);
  });

  it('gives the same scores after a JSON round trip, call after call', () => {
    const original = build();
    const copy = NearestPhrases.fromJSON(JSON.parse(JSON.stringify(original.toJSON())));
    const query = vector([[0, 1], [1, 3]]);
    const first = new Float64Array(2);
    const second = new Float64Array(2);
    original.addScores(query, 2, first);
    copy.addScores(query, 2, second);
    copy.addScores(query, 0, new Float64Array(2));
    const third = new Float64Array(2);
    copy.addScores(query, 2, third);
    expect([...second]).toEqual([...first]);
    expect([...third]).toEqual([...first]);
    expect(copy.featureCount).toBe(4);
  });
});
