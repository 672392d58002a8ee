import { App, LogLevel, webApi, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from '../../observability/logger';
import { ACTION_IDS } from './slack-messages';
import type { SlackCommand } from './slack-command';
import type { SlackDirectory } from './slack-directory';
import type { SlackInteractions } from './slack-interactions';
import { FastifySlackReceiver } from './slack-receiver';

/** Slack Web API calls never take longer than this; the job queue retries them. */
const API_TIMEOUT_MS = 10_000;

export interface SlackCredentials {
  botToken: string;
  signingSecret: string;
  /** Another base URL for the Web API (a proxy, the fake Slack of the tests); Slack's own by default. */
  apiUrl?: string;
}

/**
 * The Web API client for the handoff's jobs. Its own retries are off and a 429 is thrown, not waited out in memory:
 * the durable job queue does the waiting, so a restart loses no call and holds no worker.
 */
export function createSlackClient(credentials: SlackCredentials, log: Logger): webApi.WebClient {
  return new webApi.WebClient(credentials.botToken, clientOptions(credentials, log));
}

function clientOptions(credentials: SlackCredentials, log: Logger): webApi.WebClientOptions {
  return {
    // The client joins method names to this with no separator of its own.
    slackApiUrl: credentials.apiUrl ? `${credentials.apiUrl.replace(/\/+$/, '')}/` : undefined,
    retryConfig: { retries: 0 },
    rejectRateLimitedCalls: true,
    timeout: API_TIMEOUT_MS,
    logger: boltLogger(log),
  };
}

/**
 * The Bolt app behind `POST /slack/events`: thread replies (Events API `message`), the header buttons (block
 * actions) and the slash command, through our own receiver.
 *
 * Bolt is given an `authorize` function instead of the token: with a token it calls auth.test in its constructor and
 * an unreachable Slack at start-up becomes an unhandled rejection that ends the process. Ours asks lazily, caches the
 * answer, and never fails an event for it.
 */
export function createSlackApp(parts: {
  credentials: SlackCredentials;
  clock: () => number;
  log: Logger;
  directory: SlackDirectory;
  interactions: SlackInteractions;
  command: SlackCommand;
}): { app: App; receiver: FastifySlackReceiver } {
  const { credentials, log, interactions, command } = parts;
  const receiver = new FastifySlackReceiver({ signingSecret: credentials.signingSecret, clock: parts.clock, log });
  const app = new App({
    receiver,
    authorize: async () => ({ botToken: credentials.botToken, ...(await parts.directory.botIdentity()) }),
    clientOptions: clientOptions(credentials, log),
    logger: boltLogger(log),
    ignoreSelf: true,
  });

  app.event('message', async ({ body }) => {
    await interactions.onMessageEvent(body);
  });
  app.action(new RegExp(`^(${Object.values(ACTION_IDS).join('|')})$`), async ({ ack, body }) => {
    await ack();
    await interactions.onAction(body);
  });
  // Whatever the command is called in the Slack app's configuration: it is this app's only one.
  app.command(/.*/, async ({ ack, command: request }) => {
    await ack({ response_type: 'ephemeral', text: await command.answer(request) });
  });
  return { app, receiver };
}

/** Bolt's and the Web API client's log lines, in our structured log. */
function boltLogger(log: Logger): BoltLogger {
  const child = log.child({ component: 'slack' });
  const line = (parts: unknown[]) => parts.map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part))).join(' ');
  return {
    debug: (...parts: unknown[]) => child.debug(line(parts)),
    info: (...parts: unknown[]) => child.info(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    setLevel: () => undefined,
    getLevel: () => LogLevel.INFO,
    setName: () => undefined,
  };
}
