import { classificationMetrics, percentile } from '../../../src/resolver/nlu/evaluation/metrics';

describe('classificationMetrics', () => {
  it('computes accuracy and macro-F1 over every label seen on either side', () => {
    const metrics = classificationMetrics(['a', 'a', 'b', 'a'], ['a', 'c', 'b', 'a']);
    expect(metrics.accuracy).toBeCloseTo(3 / 4);
    // a: expected 3, predicted 2, 2 hits -> F1 2*2/(3+2) = 0.8; b: F1 1; c: predicted once, never expected -> 0
    expect(metrics.macroF1).toBeCloseTo((0.8 + 1 + 0) / 3);
    expect(metrics.inScopeAccuracy).toBeCloseTo(3 / 4);
    expect(metrics.outOfScopeRecall).toBeNull();
    expect(metrics.outOfScopePrecision).toBeNull();
  });

  it('scores out-of-scope recall and precision, counting a rejection of an in-scope message as wrong', () => {
    const expected = ['a', 'a', 'oos', 'oos', 'oos'];
    const predicted = ['a', 'oos', 'oos', 'oos', 'a'];
    const metrics = classificationMetrics(expected, predicted);
    expect(metrics.accuracy).toBeCloseTo(3 / 5);
    expect(metrics.inScopeAccuracy).toBeCloseTo(1 / 2);
    expect(metrics.outOfScopeRecall).toBeCloseTo(2 / 3);
    expect(metrics.outOfScopePrecision).toBeCloseTo(2 / 3);
  });

  it('gives precision 0, not a division by zero, when nothing was rejected', () => {
    expect(classificationMetrics(['oos'], ['a']).outOfScopePrecision).toBe(0);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = [5, 1, 4, 2, 3, 6, 7, 8, 9, 10];
    expect(percentile(values, 50)).toBe(5);
    expect(percentile(values, 99)).toBe(10);
    expect(percentile(values, 10)).toBe(1);
    expect(percentile([], 50)).toBe(0);
  });
});
