import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, type Config } from '../../src/config';
import { TEST_MODEL_CACHE_DIR } from './model-cache';

/** A configuration for an in-process app: a fresh data directory, loopback, silent logs. */
export function testConfig(environment: Record<string, string> = {}): Config {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'support-test-'));
  return loadConfig({ DATA_DIR: dataDir, HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'silent', WORKER_CONCURRENCY: '2', NLU_CACHE_DIR: TEST_MODEL_CACHE_DIR, ...environment });
}

export function removeDataDir(config: Config): void {
  fs.rmSync(config.dataDir, { recursive: true, force: true });
}
