import { createApp, type App, type AppOptions } from '../../src/app';
import { removeDataDir, testConfig } from './test-config';

/** A whole application in process, on a fresh SQLite file, workers running, not listening (use inject or start). */
export async function startTestApp(options: Partial<Omit<AppOptions, 'config'>> & { environment?: Record<string, string> } = {}): Promise<App & { dispose(): Promise<void> }> {
  const config = testConfig(options.environment);
  const app = await createApp({ pollMs: 20, ...options, config });
  app.startWorkers();
  return Object.assign(app, {
    async dispose() {
      await app.stop();
      removeDataDir(config);
    },
  });
}
