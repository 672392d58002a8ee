import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { LANGUAGE_LEXICON } from './language-lexicon';
import type { WeightedText } from './language-ngram-model';
import type { LanguageCode } from './language-detection';

/** Lexicon words are few but chosen: each counts like this many words of running text. */
const LEXICON_WEIGHT = 5;

/**
 * The `training` folder of the repository, found by walking up from this file, so it works from `src/` under
 * ts-jest/swc and from `dist/src/` after a build alike. Undefined when the project ships without it.
 */
export function findTrainingDir(start = __dirname): string | undefined {
  for (let directory = start; ; directory = dirname(directory)) {
    if (existsSync(join(directory, 'training', 'language-id'))) return join(directory, 'training');
    if (dirname(directory) === directory) return undefined;
  }
}

/**
 * Everything we wrote in a language: `language-id/<lang>.txt` (one sentence a line), every phrase of
 * `phrases/<lang>.json`, and the hand-picked lexicon. A missing file simply contributes nothing.
 */
export function languageTrainingText(
  languages: readonly LanguageCode[],
  trainingDir: string | undefined,
): Map<LanguageCode, WeightedText[]> {
  return trainingTextFromSamples(
    new Map(languages.map((language) => [language, languageSamples(language, trainingDir)])),
    trainingDir,
  );
}

/**
 * What the model trains on for each language: the lexicon, the vocabulary list `language-id/vocabulary/<lang>.txt`
 * when there is one, and the given samples (sentences and phrases).
 */
export function trainingTextFromSamples(
  samples: ReadonlyMap<LanguageCode, readonly string[]>,
  trainingDir: string | undefined,
): Map<LanguageCode, WeightedText[]> {
  const texts = new Map<LanguageCode, WeightedText[]>();
  for (const [language, lines] of samples) {
    const vocabulary = trainingDir === undefined ? undefined : readIfPresent(join(trainingDir, 'language-id', 'vocabulary', `${language}.txt`));
    texts.set(language, [
      { text: LANGUAGE_LEXICON[language], weight: LEXICON_WEIGHT },
      ...(vocabulary === undefined ? [] : [{ text: vocabulary, weight: 1 }]),
      { text: lines.join('\n'), weight: 1 },
    ]);
  }
  return texts;
}

/** The sentences of `language-id/<lang>.txt` then the phrases of `phrases/<lang>.json`, blank lines dropped. */
export function languageSamples(language: LanguageCode, trainingDir: string | undefined): string[] {
  if (trainingDir === undefined) return [];
  const sentences = readIfPresent(join(trainingDir, 'language-id', `${language}.txt`));
  const phrases = readIfPresent(join(trainingDir, 'phrases', `${language}.json`));
  return [...(sentences?.split('\n') ?? []), ...(phrases === undefined ? [] : phraseList(phrases))]
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** Whether `language-id/<lang>.txt` exists: tests skip languages whose text has not been written yet. */
export function hasLanguageText(language: LanguageCode, trainingDir = findTrainingDir()): boolean {
  return trainingDir !== undefined && existsSync(join(trainingDir, 'language-id', `${language}.txt`));
}

function readIfPresent(file: string): string | undefined {
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}

/** The phrases of a phrase file; an unreadable file contributes nothing rather than failing. */
function phraseList(content: string): string[] {
  try {
    const parsed = JSON.parse(content) as { intents?: Record<string, unknown> };
    return Object.values(parsed.intents ?? {}).flatMap((phrases) =>
      Array.isArray(phrases) ? phrases.filter((phrase): phrase is string => typeof phrase === 'string') : [],
    );
  } catch {
    return [];
  }
}
