/**
 * Chooses the fast path's confidence threshold by measurement (docs/resolver.md). For a range of thresholds it
 * reports, on text the model never saw:
 *  (a) our phrases in all 14 languages: a stratified 15% held out per language, the model trained on the rest;
 *  (b) real English customer messages (Banking77 train file, ../shared/data) scored by the shipped model;
 *  (c) out-of-scope messages (CLINC150 oos_val) scored by the shipped model: how many would get a confident answer.
 * "answered" = confidence at or above the threshold; precision = right among answered (an answered out-of-scope
 * message counts as wrong); coverage = answered among in-scope messages.
 *
 *   npx tsx bench/resolver-threshold.ts        (SHARED_DATA_DIR overrides ../shared/data; (b) and (c) skip without it)
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadShippedModel, trainIntentModel, type IntentModel, type LabeledExample } from '../src/resolver/nlu';
import { readDataset } from '../src/resolver/nlu/evaluation/dataset-files';
import { phraseExamples, readPhraseSources } from '../src/resolver/nlu/phrase-files';
import { stratifiedSplit } from '../src/resolver/nlu/stratified-split';
import { answerOf } from '../src/resolver/skills/answers';
import { FAST_PATH_CONFIDENCE } from '../src/resolver/support-resolver';

const ROOT = resolve(__dirname, '..');
const TRAINING = join(ROOT, 'training');
const DATA = process.env.SHARED_DATA_DIR ?? resolve(ROOT, '..', 'shared', 'data');
const THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.9];

interface Row {
  threshold: number;
  precision: number;
  /** Right answer among answered: intents that share an answer count as right. */
  answerPrecision: number;
  coverage: number;
  oosAccepted: number | null;
}

function sweep(model: IntentModel, examples: readonly LabeledExample[], known: ReadonlySet<string>): Row[] {
  const predictions = examples.map((example) => ({ example, prediction: model.predict(example.text) }));
  return THRESHOLDS.map((threshold) => {
    let answered = 0;
    let right = 0;
    let rightAnswer = 0;
    let inScope = 0;
    let inScopeAnswered = 0;
    let oos = 0;
    let oosAnswered = 0;
    for (const { example, prediction } of predictions) {
      const best = prediction.ranking[0];
      const answers = best !== undefined && best.score >= threshold;
      const outOfScope = example.label === 'oos' || !known.has(example.label);
      if (outOfScope) {
        oos += 1;
        if (answers) oosAnswered += 1;
      } else {
        inScope += 1;
        if (answers) inScopeAnswered += 1;
      }
      if (answers) {
        answered += 1;
        if (!outOfScope && best.intent === example.label) right += 1;
        if (!outOfScope && answerOf(best.intent) === answerOf(example.label)) rightAnswer += 1;
      }
    }
    return { threshold, precision: answered ? right / answered : 1, answerPrecision: answered ? rightAnswer / answered : 1, coverage: inScope ? inScopeAnswered / inScope : 0, oosAccepted: oos ? oosAnswered / oos : null };
  });
}

function print(title: string, rows: Row[], n: number): void {
  console.log(`\n${title} (n=${n})`);
  console.log('threshold  intent_precision  answer_precision  coverage  oos_accepted');
  for (const row of rows) {
    console.log(`${row.threshold.toFixed(2).padStart(9)}  ${row.precision.toFixed(3).padStart(16)}  ${row.answerPrecision.toFixed(3).padStart(16)}  ${row.coverage.toFixed(3).padStart(8)}  ${row.oosAccepted === null ? '         -' : row.oosAccepted.toFixed(3).padStart(12)}`);
  }
}

function main(): void {
  const results: Record<string, Row[]> = {};
  const phrases = phraseExamples(readPhraseSources(TRAINING));
  const byLanguage = new Map<string, LabeledExample[]>();
  for (const example of phrases) byLanguage.set(example.language ?? '?', [...(byLanguage.get(example.language ?? '?') ?? []), example]);
  const kept: LabeledExample[] = [];
  const heldOut: LabeledExample[] = [];
  for (const examples of byLanguage.values()) {
    const split = stratifiedSplit(examples, 0.15, 7);
    kept.push(...split.kept);
    heldOut.push(...split.heldOut);
  }
  let started = Date.now();
  const crossModel = trainIntentModel(kept);
  console.log(`trained on ${kept.length} phrases in ${((Date.now() - started) / 1000).toFixed(1)} s; held out ${heldOut.length}`);
  const known = new Set(crossModel.intents);
  results.phrases = sweep(crossModel, heldOut, known);
  print('(a) held-out phrases, 14 languages', results.phrases, heldOut.length);

  started = Date.now();
  const shipped = loadShippedModel({ trainingDir: TRAINING, cacheDir: join(ROOT, '.model-cache') });
  console.log(`\nshipped model ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  const banking = join(DATA, 'banking77', 'train.csv');
  const oosVal = join(DATA, 'clinc150', 'data_full.oos_val.json');
  if (existsSync(banking) && existsSync(oosVal)) {
    const real = readDataset(banking);
    results.banking77 = sweep(shipped, real, new Set(shipped.intents));
    print('(b) Banking77 train file (real English customer text), shipped model', results.banking77, real.length);
    const outOfScope = readDataset(oosVal);
    results.clinc_oos = sweep(shipped, outOfScope, new Set(shipped.intents));
    print('(c) CLINC150 oos_val (out of scope), shipped model', results.clinc_oos, outOfScope.length);
  } else {
    console.log(`\nskipping (b) and (c): ${DATA} has no banking77/train.csv or clinc150/data_full.oos_val.json (set SHARED_DATA_DIR)`);
  }
  const at = (name: string, threshold: number) => results[name]?.find((row) => row.threshold === threshold) ?? null;
  const chosen = FAST_PATH_CONFIDENCE;
  console.log(`RESULT ${JSON.stringify({ threshold: chosen, phrases: at('phrases', chosen), banking77: at('banking77', chosen), clinc_oos: at('clinc_oos', chosen) })}`);
}

main();
