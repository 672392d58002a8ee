import { detectLanguageWith, LANGUAGES, type LanguageCode } from '../../../markets/language-detection';
import { LanguageNgramModel } from '../../../markets/language-ngram-model';
import { languageSamples, trainingTextFromSamples } from '../../../markets/language-training-text';

/** Accuracy of one language on the samples held back from training, all 14 languages allowed. */
export interface HoldoutLanguageRow {
  language: LanguageCode;
  n: number;
  right: number;
  /** Messages of at most three words: greetings, thanks, "ok", the hardest case. */
  shortN: number;
  shortRight: number;
  confusions: Partial<Record<LanguageCode, number>>;
}

/** The result of a k-fold hold-out run over our own training text. */
export interface HoldoutEvaluation {
  folds: number;
  /** How many of the folds were run (a quick check runs fewer). */
  foldsRun: number;
  accuracy: number;
  shortAccuracy: number;
  n: number;
  rows: HoldoutLanguageRow[];
}

const SHORT_WORDS = 3;

/**
 * K-fold cross-validation of the language detector on our own text (`training/language-id` and the phrase
 * files): sample i of a language is held back in fold i mod k, and each fold's model trains on the rest plus
 * the lexicon. It guards the languages the xSID validation files do not cover, and it is the check that
 * no language regresses when another one's text grows. `foldsRun` below `folds` runs only the first folds.
 */
export function evaluateLanguageIdHoldout(trainingDir: string, folds = 5, foldsRun = folds): HoldoutEvaluation {
  const samples = new Map(LANGUAGES.map((language) => [language, languageSamples(language, trainingDir)]));
  const rows = new Map<LanguageCode, HoldoutLanguageRow>(
    LANGUAGES.map((language) => [language, { language, n: 0, right: 0, shortN: 0, shortRight: 0, confusions: {} }]),
  );
  for (let fold = 0; fold < Math.min(folds, foldsRun); fold += 1) {
    const kept = new Map<LanguageCode, string[]>();
    for (const [language, lines] of samples) kept.set(language, lines.filter((_line, index) => index % folds !== fold));
    const model = LanguageNgramModel.train(trainingTextFromSamples(kept, trainingDir));
    for (const [language, lines] of samples) {
      const row = rows.get(language) as HoldoutLanguageRow;
      lines.forEach((line, index) => {
        if (index % folds !== fold) return;
        const detected = detectLanguageWith(model, line).language;
        const short = line.split(/\s+/).length <= SHORT_WORDS;
        const right = detected === language;
        row.n += 1;
        row.right += right ? 1 : 0;
        row.shortN += short ? 1 : 0;
        row.shortRight += short && right ? 1 : 0;
        if (!right) row.confusions[detected] = (row.confusions[detected] ?? 0) + 1;
      });
    }
  }
  const all = [...rows.values()];
  const sum = (pick: (row: HoldoutLanguageRow) => number): number => all.reduce((total, row) => total + pick(row), 0);
  return {
    folds,
    foldsRun: Math.min(folds, foldsRun),
    accuracy: sum((row) => row.right) / Math.max(1, sum((row) => row.n)),
    shortAccuracy: sum((row) => row.shortRight) / Math.max(1, sum((row) => row.shortN)),
    n: sum((row) => row.n),
    rows: all.filter((row) => row.n > 0),
  };
}
