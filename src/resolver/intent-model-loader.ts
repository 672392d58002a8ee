import path from 'node:path';
import type { Logger } from '../observability/logger';
import { PROJECT_ROOT } from '../paths';
import { loadShippedModel, type IntentModel } from './nlu';

export const TRAINING_DIR = path.join(PROJECT_ROOT, 'training');

const loaded = new Map<string, { model: IntentModel; status: string }>();

/**
 * The shipped intent model: trained from `training/phrases` on the first start and cached under `cacheDir`, loaded
 * from the cache afterwards (the cache key covers the phrases and the engine). Kept per process, so apps built in one
 * process (tests) share it. A model that cannot be built is logged and reported, not fatal: the resolver then works
 * without its fast path.
 */
export function loadIntentModel(cacheDir: string, log: Logger): { model: IntentModel | null; status: string } {
  const key = `${TRAINING_DIR}\u0000${cacheDir}`;
  const known = loaded.get(key);
  if (known) return known;
  const started = process.hrtime.bigint();
  try {
    log.info({ cacheDir }, 'loading the intent model (trained on first start, then cached)');
    const model = loadShippedModel({ trainingDir: TRAINING_DIR, cacheDir });
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const entry = { model, status: `intent model loaded (${model.intents.length} intents, ${seconds.toFixed(1)} s)` };
    loaded.set(key, entry);
    log.info({ intents: model.intents.length, seconds: Number(seconds.toFixed(2)) }, 'intent model ready');
    return entry;
  } catch (error) {
    log.error({ err: error }, 'the intent model could not be loaded: fast path off');
    return { model: null, status: `intent model NOT loaded (${(error as { code?: string }).code ?? (error as Error).name}): fast path off` };
  }
}
