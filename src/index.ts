import { createApp } from './app';
import { ConfigError, loadConfig } from './config';
import { createLogger } from './observability/logger';
import { detectMessageLanguage } from './markets/message-language';

/** Entry point: read configuration, build the application, listen, and stop cleanly on SIGTERM / SIGINT. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\nSee the configuration table in README.md.\n`);
      process.exit(1);
    }
    throw error;
  }
  const log = createLogger(config.logLevel);
  // Trains the language identifier now (seconds) rather than on the first customer message of a bilingual market.
  detectMessageLanguage('warm up', ['en', 'es']);
  const app = await createApp({ config, log });
  const address = await app.start();
  const context = app.context;
  log.info(
    {
      store: context.store.kind,
      channels: context.channels.status(),
      resolver: context.resolverStatus(),
      demo: context.demo ? 'on: demo customers seeded, demo sign-in offered' : 'off',
    },
    `listening on ${address}; web chat demo at ${config.publicUrl}/`,
  );
  for (const [channel, status] of Object.entries(context.channels.status())) log.info(`channel ${channel}: ${status}`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: finishing work in progress');
    app.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error({ err: error }, 'unclean stop');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

main().catch((error: unknown) => {
  process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
