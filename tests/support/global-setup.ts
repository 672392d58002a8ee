import { loadShippedModel } from '../../src/resolver/nlu';
import { TRAINING_DIR } from '../../src/resolver/intent-model-loader';
import { TEST_MODEL_CACHE_DIR } from './model-cache';

/** Trains the shipped intent model into the shared test cache before any test runs (a no-op when it is current). */
export default function globalSetup(): void {
  const started = Date.now();
  loadShippedModel({ trainingDir: TRAINING_DIR, cacheDir: TEST_MODEL_CACHE_DIR });
  const seconds = (Date.now() - started) / 1000;
  if (seconds > 2) process.stdout.write(`\nglobal setup: trained the shipped intent model in ${seconds.toFixed(1)} s (cached in .model-cache/)\n`);
}
