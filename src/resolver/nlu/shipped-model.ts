import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadIntentModel, trainIntentModel } from './intent-model';
import { ENGINE_VERSION } from './model-json';
import { phraseExamples, readPhraseSources, type PhraseSource } from './phrase-files';
import type { IntentModel } from './types';

const CACHE_PREFIX = 'intent-model-';

/**
 * The shipped model, trained from our phrase files. Training takes seconds, so the result is cached as JSON
 * under `cacheDir`, keyed by a hash of the engine version and every phrase file: a second start only parses
 * the cache, and any edit to the phrases (or the engine) trains afresh.
 */
export function loadShippedModel(options: { trainingDir: string; cacheDir: string }): IntentModel {
  const sources = readPhraseSources(options.trainingDir);
  const cacheFile = join(options.cacheDir, `${CACHE_PREFIX}${cacheKey(sources)}.json`);
  const cached = readCache(cacheFile);
  if (cached) return cached;
  const model = trainIntentModel(phraseExamples(sources));
  writeCache(options.cacheDir, cacheFile, model);
  return model;
}

function cacheKey(sources: readonly PhraseSource[]): string {
  const hash = createHash('sha256').update(ENGINE_VERSION);
  for (const source of sources) hash.update(`\0${basename(source.file)}\0${source.content}`);
  return hash.digest('hex').slice(0, 24);
}

/** A cache that cannot be read or parsed is ignored, never fatal: retraining is always possible. */
function readCache(cacheFile: string): IntentModel | undefined {
  if (!existsSync(cacheFile)) return undefined;
  try {
    return loadIntentModel(JSON.parse(readFileSync(cacheFile, 'utf8')));
  } catch {
    return undefined;
  }
}

/** Writes through a temporary file and a rename, so a crash or a parallel start never leaves half a cache. */
function writeCache(cacheDir: string, cacheFile: string, model: IntentModel): void {
  mkdirSync(cacheDir, { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, JSON.stringify(model.toJSON()));
  renameSync(temporary, cacheFile);
  for (const name of readdirSync(cacheDir)) {
    if (name.startsWith(CACHE_PREFIX) && name.endsWith('.json') && join(cacheDir, name) !== cacheFile) {
      rmSync(join(cacheDir, name), { force: true });
    }
  }
}
