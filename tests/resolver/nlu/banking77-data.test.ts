import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { trainIntentModel } from '../../../src/resolver/nlu';
import { readDataset } from '../../../src/resolver/nlu/evaluation/dataset-files';
import { evaluateIntentModel } from '../../../src/resolver/nlu/evaluation/evaluate-intents';
import { stratifiedSplit } from '../../../src/resolver/nlu/stratified-split';

/** The public datasets live beside the repository (../shared/data), never inside it. */
const dataDir = process.env.SHARED_DATA_DIR ?? resolve(__dirname, '..', '..', '..', '..', 'shared', 'data');
const trainFile = join(dataDir, 'banking77', 'train.csv');
const dataPresent = existsSync(trainFile);
if (!dataPresent) console.log(`skipping the Banking77 regression test: ${trainFile} not found (set SHARED_DATA_DIR)`);

(dataPresent ? describe : describe.skip)('Banking77 regression guard', () => {
  it('scores at least 0.85 on a stratified 15% held back from the training file', () => {
    const { kept, heldOut } = stratifiedSplit(readDataset(trainFile), 0.15, 1);
    const model = trainIntentModel(kept);
    const { metrics, p99Ms } = evaluateIntentModel(model, heldOut);
    expect(metrics.accuracy).toBeGreaterThanOrEqual(0.85);
    expect(p99Ms).toBeLessThan(5);
  }, 120_000);
});
