/**
 * Where the shipped model (trained only on training/phrases) goes wrong on real customer text, told through
 * aggregate numbers only: accuracy per intent and the most frequent confusion pairs (intent A predicted as B,
 * with counts) on the Banking77 train file, plus the share of CLINC150 out-of-scope validation messages that
 * get a confident intent at the resolver's fast-path threshold. It never prints a message: phrases are written
 * from intent descriptions and these counts, not from dataset sentences (docs/nlu.md).
 *
 *   npx tsx bench/shipped-confusions.ts [--training-dir DIR] [--cache-dir DIR] [--pairs N]
 *   (SHARED_DATA_DIR overrides ../shared/data; skips when the files are absent)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadShippedModel, type IntentModel } from '../src/resolver/nlu';
import { readDataset } from '../src/resolver/nlu/evaluation/dataset-files';
import { FAST_PATH_CONFIDENCE } from '../src/resolver/support-resolver';

const ROOT = resolve(__dirname, '..');
const DATA = process.env.SHARED_DATA_DIR ?? resolve(ROOT, '..', 'shared', 'data');
const REJECTED = '(rejected)';

function option(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

interface IntentRow {
  intent: string;
  total: number;
  right: number;
}

function confusions(model: IntentModel, file: string): { rows: IntentRow[]; pairs: Map<string, number>; accuracy: number } {
  const examples = readDataset(file);
  const rows = new Map<string, IntentRow>();
  const pairs = new Map<string, number>();
  let right = 0;
  for (const example of examples) {
    const row = rows.get(example.label) ?? { intent: example.label, total: 0, right: 0 };
    rows.set(example.label, row);
    row.total += 1;
    const predicted = model.predict(example.text).intent ?? REJECTED;
    if (predicted === example.label) {
      row.right += 1;
      right += 1;
    } else {
      const pair = `${example.label} -> ${predicted}`;
      pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
    }
  }
  return { rows: [...rows.values()], pairs, accuracy: right / examples.length };
}

function oosAccepted(model: IntentModel, file: string): { share: number; byIntent: [string, number][] } {
  const examples = readDataset(file);
  const byIntent = new Map<string, number>();
  let accepted = 0;
  for (const example of examples) {
    const best = model.predict(example.text).ranking[0];
    if (best === undefined || best.score < FAST_PATH_CONFIDENCE) continue;
    accepted += 1;
    byIntent.set(best.intent, (byIntent.get(best.intent) ?? 0) + 1);
  }
  return { share: accepted / examples.length, byIntent: [...byIntent].sort((left, right) => right[1] - left[1]) };
}

function main(): void {
  const banking = join(DATA, 'banking77', 'train.csv');
  const oos = join(DATA, 'clinc150', 'data_full.oos_val.json');
  if (!existsSync(banking) || !existsSync(oos)) {
    console.log(`skipping: ${DATA} has no banking77/train.csv or clinc150/data_full.oos_val.json (set SHARED_DATA_DIR)`);
    return;
  }
  const model = loadShippedModel({
    trainingDir: option('--training-dir', join(ROOT, 'training')),
    cacheDir: option('--cache-dir', join(ROOT, '.model-cache')),
  });
  const pairCount = Number(option('--pairs', '40'));
  const { rows, pairs, accuracy } = confusions(model, banking);
  console.log('accuracy  right/total  intent');
  for (const row of rows.sort((left, right) => left.right / left.total - right.right / right.total)) {
    console.log(`${(row.right / row.total).toFixed(3).padStart(8)}  ${`${row.right}/${row.total}`.padStart(11)}  ${row.intent}`);
  }
  console.log(`\nmost frequent confusions (expected -> predicted: count)`);
  for (const [pair, count] of [...pairs].sort((left, right) => right[1] - left[1]).slice(0, pairCount)) {
    console.log(`${String(count).padStart(5)}  ${pair}`);
  }
  const outOfScope = oosAccepted(model, oos);
  console.log(`\nCLINC150 oos_val answered at confidence >= ${FAST_PATH_CONFIDENCE}: ${(outOfScope.share * 100).toFixed(1)}%`);
  console.log(`  by intent: ${outOfScope.byIntent.map(([intent, count]) => `${intent}:${count}`).join(' ')}`);
  console.log(`RESULT ${JSON.stringify({ banking77_accuracy: Number(accuracy.toFixed(4)), oos_accepted: Number(outOfScope.share.toFixed(4)) })}`);
}

main();
