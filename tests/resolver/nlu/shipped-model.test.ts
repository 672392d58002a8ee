import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadShippedModel, trainIntentModel } from '../../../src/resolver/nlu';
import { syntheticExamples } from './synthetic-intents';

function phraseFile(examples: { text: string; label: string }[]): string {
  const intents: Record<string, string[]> = {};
  for (const { text, label } of examples) (intents[label] ??= []).push(text);
  return JSON.stringify({ language: 'en', intents });
}

describe('loadShippedModel', () => {
  const root = mkdtempSync(join(tmpdir(), 'nlu-shipped-'));
  const trainingDir = join(root, 'training');
  const cacheDir = join(root, 'cache');
  mkdirSync(join(trainingDir, 'phrases'), { recursive: true });
  writeFileSync(join(trainingDir, 'phrases', 'en.json'), phraseFile(syntheticExamples()));

  it('trains from the phrase files and caches the model', () => {
    const model = loadShippedModel({ trainingDir, cacheDir });
    expect(model.predict('hello has my order shipped').intent).toBe('order_status');
    expect(readdirSync(cacheDir).filter((name) => name.endsWith('.json'))).toHaveLength(1);
  });

  it('loads the cache on the next start instead of training again', () => {
    const [cacheName] = readdirSync(cacheDir);
    // Plant a different model under the same key: a loader that retrained would not return it.
    const planted = trainIntentModel([
      { text: 'ping', label: 'planted' },
      { text: 'pong', label: 'other' },
    ]);
    writeFileSync(join(cacheDir, cacheName as string), JSON.stringify(planted.toJSON()));
    const started = Date.now();
    const model = loadShippedModel({ trainingDir, cacheDir });
    expect(model.intents).toEqual(['other', 'planted']);
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('retrains when a phrase file changes, and drops the stale cache', () => {
    const before = readdirSync(cacheDir);
    writeFileSync(join(trainingDir, 'phrases', 'en.json'), phraseFile([...syntheticExamples(), { text: 'bye for now', label: 'goodbye' }]));
    const model = loadShippedModel({ trainingDir, cacheDir });
    expect(model.intents).toContain('goodbye');
    const after = readdirSync(cacheDir);
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
  });

  it('ignores a corrupt cache and retrains', () => {
    const [cacheName] = readdirSync(cacheDir);
    writeFileSync(join(cacheDir, cacheName as string), '{ truncated');
    expect(loadShippedModel({ trainingDir, cacheDir }).intents).toContain('goodbye');
  });

  it('fails with a code when there are no phrase files', () => {
    const empty = mkdtempSync(join(tmpdir(), 'nlu-empty-'));
    expect(() => loadShippedModel({ trainingDir: empty, cacheDir })).toThrow(
      expect.objectContaining({ code: 'NLU_PHRASES_INVALID' }),
    );
    expect(existsSync(join(empty, 'cache'))).toBe(false);
  });
});
