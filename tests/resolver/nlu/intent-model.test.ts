import { loadIntentModel, NluError, trainIntentModel } from '../../../src/resolver/nlu';
import { syntheticExamples, unseenCombinations } from './synthetic-intents';

describe('trainIntentModel', () => {
  const model = trainIntentModel(syntheticExamples());

  it('knows the in-scope intents, never "oos"', () => {
    expect([...model.intents].sort()).toEqual(['freeze_card', 'greeting', 'late_fee', 'order_status']);
  });

  it('classifies combinations it has not seen', () => {
    const unseen = unseenCombinations();
    const right = unseen.filter((example) => model.predict(example.text).intent === example.label).length;
    expect(right / unseen.length).toBeGreaterThanOrEqual(0.9);
  });

  it('rejects out-of-scope messages and gibberish', () => {
    for (const text of ['what is the weather in paris', 'tell me a joke', 'qwxz blorf snarg', '']) {
      expect(model.predict(text).intent).toBeNull();
    }
  });

  it('returns a bounded confidence and a ranking of at most five intents, best first', () => {
    const prediction = model.predict('please freeze my card right now');
    expect(prediction.intent).toBe('freeze_card');
    expect(prediction.confidence).toBeGreaterThan(0.5);
    expect(prediction.confidence).toBeLessThanOrEqual(1);
    expect(prediction.ranking.length).toBeLessThanOrEqual(5);
    expect(prediction.ranking[0]).toEqual({ intent: 'freeze_card', score: prediction.confidence });
    expect(prediction.ranking.map((entry) => entry.intent)).not.toContain('oos');
  });

  it('round-trips through JSON to identical predictions', () => {
    const loaded = loadIntentModel(JSON.parse(JSON.stringify(model.toJSON())));
    expect(loaded.intents).toEqual(model.intents);
    for (const text of [...unseenCombinations().map((example) => example.text), 'what is the weather', 'hi 😀 £20']) {
      expect(loaded.predict(text)).toEqual(model.predict(text));
    }
  });

  it('honours a custom threshold', () => {
    const text = 'hello has my order shipped';
    const { intent, confidence } = model.predict(text);
    expect(intent).toBe('order_status');
    const strict = trainIntentModel(syntheticExamples(), { threshold: Math.min(1, confidence + 1e-9) });
    expect(strict.predict(text)).toEqual({ ...model.predict(text), intent: null });
  });

  it('refuses training data without an in-scope intent, and a model of another shape', () => {
    expect(() => trainIntentModel([{ text: 'tell me a joke', label: 'oos' }])).toThrow(NluError);
    expect(() => loadIntentModel({ engine: 'something-else' })).toThrow(expect.objectContaining({ code: 'NLU_MODEL_INVALID' }));
  });
});
