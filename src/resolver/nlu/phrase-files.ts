import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { NluError } from './nlu-error';
import type { LabeledExample } from './types';

/** `training/phrases/<lang>.json`: phrases per intent, `oos` holding out-of-scope examples. */
const phraseFileSchema = z.object({
  language: z.string().min(2),
  intents: z.record(z.string(), z.array(z.string())),
});

export type PhraseFile = z.infer<typeof phraseFileSchema>;

/** A phrase file's name and raw content, kept so that the model cache can hash exactly what was read. */
export interface PhraseSource {
  file: string;
  content: string;
}

/**
 * The phrase files under `trainingDir/phrases` (or directly in `trainingDir` when it has no `phrases`
 * folder), sorted by name so that the hash and the training order do not depend on the file system.
 */
export function readPhraseSources(trainingDir: string): PhraseSource[] {
  const nested = join(trainingDir, 'phrases');
  const directory = existsSync(nested) ? nested : trainingDir;
  if (!existsSync(directory)) throw new NluError('NLU_PHRASES_INVALID', 'phrase folder not found', directory);
  const files = readdirSync(directory)
    .filter((name) => name.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new NluError('NLU_PHRASES_INVALID', 'no phrase files (*.json)', directory);
  return files.map((name) => {
    const file = join(directory, name);
    return { file, content: readFileSync(file, 'utf8') };
  });
}

export function parsePhraseFile(source: PhraseSource): PhraseFile {
  let json: unknown;
  try {
    json = JSON.parse(source.content);
  } catch (error) {
    throw new NluError('NLU_PHRASES_INVALID', `invalid JSON: ${(error as Error).message}`, source.file);
  }
  const parsed = phraseFileSchema.safeParse(json);
  if (!parsed.success) throw new NluError('NLU_PHRASES_INVALID', parsed.error.message, source.file);
  return parsed.data;
}

/** Every phrase of every file as a training example labelled with its intent and language. */
export function phraseExamples(sources: readonly PhraseSource[]): LabeledExample[] {
  return sources.flatMap((source) => {
    const { language, intents } = parsePhraseFile(source);
    return Object.entries(intents).flatMap(([label, phrases]) =>
      phrases.map((text) => ({ text, label, language })),
    );
  });
}
