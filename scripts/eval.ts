import { loadShippedModel, NluError, trainIntentModel, type IntentModel } from '../src/resolver/nlu';
import { readDataset } from '../src/resolver/nlu/evaluation/dataset-files';
import { parseEvalArguments, type EvalArguments } from '../src/resolver/nlu/evaluation/eval-arguments';
import { evaluateIntentModel } from '../src/resolver/nlu/evaluation/evaluate-intents';
import { evaluateLanguageId } from '../src/resolver/nlu/evaluation/evaluate-language-id';

/**
 * `npm run eval`: scores the shipped model (or one trained with --train) on labelled test files, or language
 * identification with --language-id. The last line is always `RESULT {json}` for scripts to read.
 */
function main(): number {
  let args: EvalArguments;
  try {
    args = parseEvalArguments(process.argv.slice(2), process.cwd());
  } catch (error) {
    console.error((error as Error).message);
    return 2;
  }
  try {
    if (args.languageId) runLanguageId(args);
    else runIntents(args);
    return 0;
  } catch (error) {
    if (error instanceof NluError) {
      console.error(`error ${error.code}: ${error.message}`);
      return 2;
    }
    throw error;
  }
}

function runIntents(args: EvalArguments): void {
  const tests = args.tests.flatMap((file) => readDataset(file));
  const trains = args.trains.flatMap((file) => readDataset(file));
  const started = process.hrtime.bigint();
  const model: IntentModel = trains.length > 0 ? trainIntentModel(trains) : loadShippedModel(args);
  const trainSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    trains.length > 0
      ? `trained on ${trains.length} messages (${args.trains.join(', ')}): ${model.intents.length} intents`
      : `shipped model from ${args.trainingDir} (cache ${args.cacheDir}): ${model.intents.length} intents`,
  );
  const evaluation = evaluateIntentModel(model, tests);
  const { metrics } = evaluation;
  console.log(`test: ${evaluation.n} messages (${args.tests.join(', ')})`);
  console.log(`accuracy           ${format(metrics.accuracy)}`);
  console.log(`macro-F1           ${format(metrics.macroF1)}`);
  console.log(`in-scope accuracy  ${format(metrics.inScopeAccuracy)}`);
  console.log(`OOS recall         ${format(metrics.outOfScopeRecall)}`);
  console.log(`OOS precision      ${format(metrics.outOfScopePrecision)}`);
  console.log(`latency p50 / p99  ${format(evaluation.p50Ms)} / ${format(evaluation.p99Ms)} ms`);
  console.log(`${trains.length > 0 ? 'training' : 'loading (training on a cache miss)'} ${format(trainSeconds)} s`);
  printResult({
    accuracy: metrics.accuracy,
    macro_f1: metrics.macroF1,
    in_scope_accuracy: metrics.inScopeAccuracy,
    oos_recall: metrics.outOfScopeRecall,
    oos_precision: metrics.outOfScopePrecision,
    p50_ms: evaluation.p50Ms,
    p99_ms: evaluation.p99Ms,
    train_s: trainSeconds,
    n: evaluation.n,
  });
}

function runLanguageId(args: EvalArguments): void {
  const evaluation = evaluateLanguageId(args.tests.map((file) => ({ file, examples: readDataset(file) })));
  for (const row of evaluation.perLanguage) {
    const confusions = Object.entries(row.confusions)
      .sort((left, right) => right[1] - left[1])
      .map(([language, count]) => `${language}:${count}`)
      .join(' ');
    console.log(`${row.language.padEnd(3)} ${format(row.accuracy)}  n=${row.n}${confusions ? `  mistaken for ${confusions}` : ''}`);
  }
  printResult({ accuracy: evaluation.accuracy, n: evaluation.n, p50_ms: evaluation.p50Ms, p99_ms: evaluation.p99Ms });
}

function format(value: number | null): string {
  return value === null ? 'n/a' : value.toFixed(4);
}

function printResult(result: Record<string, number | null>): void {
  const rounded = Object.fromEntries(
    Object.entries(result).map(([key, value]) => [key, value === null || Number.isInteger(value) ? value : Number(value.toFixed(4))]),
  );
  console.log(`RESULT ${JSON.stringify(rounded)}`);
}

if (require.main === module) process.exitCode = main();
