import { resolve } from 'node:path';
import { trainIntentModel, type LabeledExample, type TrainOptions } from '../src/resolver/nlu';
import { readDataset } from '../src/resolver/nlu/evaluation/dataset-files';
import { classificationMetrics } from '../src/resolver/nlu/evaluation/metrics';
import { stratifiedSplit } from '../src/resolver/nlu/stratified-split';

/**
 * Trains on the Banking77 85% split and on CLINC150 train + oos_train, then prints the metrics each
 * confidence threshold would give on the held-back messages (B77 15%, CLINC val + oos_val).
 * Usage: node dist/bench/nlu-thresholds.js ['{"regularization":1}']
 */
const dataDir = process.env.SHARED_DATA_DIR ?? resolve(__dirname, '..', '..', '..', 'shared', 'data');
const options = JSON.parse(process.argv[2] ?? '{}') as TrainOptions;
const thresholds = (process.env.THRESHOLDS ?? "0,0.1,0.2,0.3,0.4,0.5,0.6,0.7").split(",").map(Number);

function sweep(name: string, train: LabeledExample[], test: LabeledExample[]): void {
  const started = Date.now();
  const model = trainIntentModel(train, { ...options, threshold: 0 });
  const trainSeconds = (Date.now() - started) / 1000;
  const known = new Set(model.intents);
  const expected = test.map((example) => (known.has(example.label) ? example.label : 'oos'));
  const predictions = test.map((example) => model.predict(example.text));
  console.log(`${name}: trained in ${trainSeconds} s, calibrator ${JSON.stringify((model.toJSON() as { calibrator: unknown }).calibrator)}`);
  for (const threshold of thresholds) {
    const predicted = predictions.map((prediction) =>
      prediction.intent !== null && prediction.confidence >= threshold ? prediction.intent : 'oos',
    );
    const metrics = classificationMetrics(expected, predicted);
    console.log(
      `  t=${threshold.toFixed(2)} acc ${metrics.accuracy.toFixed(4)} f1 ${metrics.macroF1.toFixed(4)}` +
        ` in-scope ${metrics.inScopeAccuracy?.toFixed(4)} oos-recall ${metrics.outOfScopeRecall?.toFixed(3) ?? '-'}` +
        ` oos-precision ${metrics.outOfScopePrecision?.toFixed(3) ?? '-'}`,
    );
  }
}

if (process.env.ONLY !== 'clinc') {
  const { kept, heldOut } = stratifiedSplit(readDataset(`${dataDir}/banking77/train.csv`), 0.15, 1);
  sweep('banking77 85/15', kept, heldOut);
}
if (process.env.ONLY !== 'b77') {
  sweep(
    'clinc150 full',
    [...readDataset(`${dataDir}/clinc150/data_full.train.json`), ...readDataset(`${dataDir}/clinc150/data_full.oos_train.json`)],
    [...readDataset(`${dataDir}/clinc150/data_full.val.json`), ...readDataset(`${dataDir}/clinc150/data_full.oos_val.json`)],
  );
}
