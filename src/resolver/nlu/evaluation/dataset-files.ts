import { existsSync, readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { LabeledExample } from '../types';
import { NluError } from '../nlu-error';
import { parseConll, parseLabeledCsv, parseLabeledPairs } from './dataset-formats';

/** xSID names Norwegian Bokmål `no`; the product calls it `nb`. */
const LANGUAGE_ALIASES: Record<string, string> = { no: 'nb' };

/** Reads a labelled dataset, choosing the parser by extension: `.csv`, `.json` or `.conll`. */
export function readDataset(file: string): LabeledExample[] {
  if (!existsSync(file)) throw new NluError('DATASET_NOT_FOUND', 'file not found', file);
  const extension = extname(file).toLowerCase();
  if (!['.csv', '.json', '.conll'].includes(extension)) {
    throw new NluError('DATASET_FORMAT_UNKNOWN', `unknown format "${extension}" (expected .csv, .json or .conll)`, file);
  }
  const content = readFileSync(file, 'utf8');
  try {
    if (extension === '.csv') return parseLabeledCsv(content);
    if (extension === '.json') return parseLabeledPairs(JSON.parse(content));
    return parseConll(content, languageOfFile(file));
  } catch (error) {
    throw new NluError('DATASET_INVALID', error instanceof Error ? error.message : String(error), file);
  }
}

/** The language a CoNLL file is in: its name up to the first dot (`da.valid.conll` -> `da`, `no` -> `nb`). */
export function languageOfFile(file: string): string {
  const prefix = basename(file).split('.')[0] ?? '';
  return LANGUAGE_ALIASES[prefix] ?? prefix;
}
