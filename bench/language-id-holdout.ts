import { evaluateLanguageIdHoldout } from '../src/resolver/nlu/evaluation/language-id-holdout';
import { findTrainingDir } from '../src/markets/language-training-text';

/**
 * Hold-out check of language identification on our own text: k-fold over `training/language-id/<lang>.txt`
 * and `training/phrases/<lang>.json`, all 14 languages allowed.
 * Usage: node dist/bench/language-id-holdout.js [folds (5)] [folds to run (all)]
 */
const trainingDir = findTrainingDir(__dirname);
if (trainingDir === undefined) {
  console.log('SKIP: no training folder found');
} else {
  const started = Date.now();
  const folds = Number(process.argv[2] ?? 5);
  const evaluation = evaluateLanguageIdHoldout(trainingDir, folds, Number(process.argv[3] ?? folds));
  for (const row of evaluation.rows) {
    const confusions = Object.entries(row.confusions)
      .sort((left, right) => right[1] - left[1])
      .map(([language, count]) => `${language}:${count}`)
      .join(' ');
    const short = row.shortN > 0 ? `short ${(row.shortRight / row.shortN).toFixed(3)} (n=${row.shortN})` : 'short -';
    console.log(`${row.language}  ${(row.right / row.n).toFixed(4)}  n=${row.n}  ${short}${confusions ? `  mistaken for ${confusions}` : ''}`);
  }
  console.log(`${evaluation.foldsRun} of ${evaluation.folds} folds in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  console.log(
    `RESULT ${JSON.stringify({ accuracy: Number(evaluation.accuracy.toFixed(4)), short_accuracy: Number(evaluation.shortAccuracy.toFixed(4)), n: evaluation.n })}`,
  );
}
