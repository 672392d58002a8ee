import { detectLanguage, LANGUAGES, type LanguageCode } from '../../../markets/language-detection';
import { NluError } from '../nlu-error';
import type { LabeledExample } from '../types';
import { languageOfFile } from './dataset-files';
import { percentile } from './metrics';

/** Accuracy of language identification over all files, per expected language, with latency. */
export interface LanguageIdEvaluation {
  accuracy: number;
  n: number;
  p50Ms: number;
  p99Ms: number;
  perLanguage: { language: string; accuracy: number; n: number; confusions: Record<string, number> }[];
}

/**
 * Runs `detectLanguage` over every message, all 14 languages allowed. The expected language is the example's
 * own (CoNLL files carry their file's) or else the file name's prefix.
 */
export function evaluateLanguageId(files: readonly { file: string; examples: readonly LabeledExample[] }[]): LanguageIdEvaluation {
  detectLanguage('warm up'); // trains the model once, outside the timings
  const rows = new Map<string, { right: number; n: number; confusions: Record<string, number> }>();
  const latencies: number[] = [];
  let right = 0;
  let n = 0;
  for (const { file, examples } of files) {
    for (const example of examples) {
      const expected = example.language ?? languageOfFile(file);
      if (!LANGUAGES.includes(expected as LanguageCode)) {
        throw new NluError('DATASET_INVALID', `unknown language "${expected}" (name files <lang>.*.conll)`, file);
      }
      const started = process.hrtime.bigint();
      const { language } = detectLanguage(example.text);
      latencies.push(Number(process.hrtime.bigint() - started) / 1e6);
      const row = rows.get(expected) ?? { right: 0, n: 0, confusions: {} };
      row.n += 1;
      n += 1;
      if (language === expected) {
        row.right += 1;
        right += 1;
      } else row.confusions[language] = (row.confusions[language] ?? 0) + 1;
      rows.set(expected, row);
    }
  }
  return {
    accuracy: n === 0 ? 0 : right / n,
    n,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    perLanguage: [...rows].map(([language, row]) => ({
      language,
      accuracy: row.right / row.n,
      n: row.n,
      confusions: row.confusions,
    })),
  };
}
