import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readDataset } from '../../src/resolver/nlu/evaluation/dataset-files';
import { evaluateLanguageId } from '../../src/resolver/nlu/evaluation/evaluate-language-id';
import { evaluateLanguageIdHoldout } from '../../src/resolver/nlu/evaluation/language-id-holdout';
import { findTrainingDir } from '../../src/markets/language-training-text';

/** The public datasets live beside the repository (../shared/data), never inside it. */
const dataDir = process.env.SHARED_DATA_DIR ?? resolve(__dirname, '..', '..', '..', 'shared', 'data');
const xsidFiles = ['da', 'de', 'en', 'it', 'nl', 'no'].map((language) => join(dataDir, 'xsid', `${language}.valid.conll`));
const xsidPresent = xsidFiles.every((file) => existsSync(file));
if (!xsidPresent) console.log(`skipping the xSID language-id guard: ${xsidFiles[0]} and its siblings not found (set SHARED_DATA_DIR)`);

describe('language identification on our own held-out text', () => {
  it('keeps every language apart on one fold of five (the bench runs all five)', () => {
    const trainingDir = findTrainingDir(__dirname) as string;
    const evaluation = evaluateLanguageIdHoldout(trainingDir, 5, 1);
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.97);
    expect(evaluation.shortAccuracy).toBeGreaterThanOrEqual(0.9);
    const weak = evaluation.rows.filter((row) => row.right / row.n < 0.9).map((row) => row.language);
    expect(weak).toEqual([]);
  }, 30_000);
});

(xsidPresent ? describe : describe.skip)('xSID validation guard', () => {
  it('identifies at least 95% of the messages, Norwegian dialects included, all 14 languages allowed', () => {
    const evaluation = evaluateLanguageId(xsidFiles.map((file) => ({ file, examples: readDataset(file) })));
    expect(evaluation.accuracy).toBeGreaterThanOrEqual(0.95);
    const norwegian = evaluation.perLanguage.find((row) => row.language === 'nb');
    expect(norwegian?.accuracy).toBeGreaterThanOrEqual(0.94);
  }, 30_000);
});
