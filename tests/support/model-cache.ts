import path from 'node:path';

/**
 * One intent-model cache for every test app of this checkout (gitignored), so the shipped model is trained once per
 * change of the phrases, by the global setup, instead of once per test data directory.
 */
export const TEST_MODEL_CACHE_DIR = path.resolve(__dirname, '..', '..', '.model-cache');
