import type { Config } from '../config';
import type { ConversationActions } from '../conversation/actions';
import type { Conversations } from '../conversation/conversations';
import type { Customers } from '../conversation/customers';
import type { Inbox } from '../conversation/inbox';
import type { Outbox } from '../conversation/outbox';
import type { Signals } from '../conversation/signals';
import type { Housekeeping } from '../jobs/housekeeping';
import type { JobQueue } from '../jobs/job-queue';
import type { JobHandlers } from '../jobs/job-worker';
import type { Translator } from '../markets/i18n';
import type { MarketDirectory } from '../markets/market-directory';
import type { Logger } from '../observability/logger';
import type { DocumentStore } from '../store/port';
import { COLLECTIONS } from '../store/schema';
import { StoreOnlyHandoff, type Handoff } from './handoff';
import { HandoffThreads, type HandoffThread } from './handoff-threads';
import { SlackHandoff } from './slack-handoff';
import { createSlackApp, createSlackClient, type SlackCredentials } from './slack/slack-app';
import { SlackCommand } from './slack/slack-command';
import { SlackDeliveries, type SlackDelivery } from './slack/slack-deliveries';
import { SlackDirectory } from './slack/slack-directory';
import { SlackInteractions } from './slack/slack-interactions';
import { SlackJobs } from './slack/slack-jobs';
import type { FastifySlackReceiver } from './slack/slack-receiver';

/** The customer hears that the team is hard to reach when the thread could not be opened for this long. */
export const OUTAGE_NOTICE_AFTER_MS = 60_000;
/** Slack redelivers an event within minutes; a day of delivery records is plenty. */
const DELIVERY_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface HandoffParts {
  config: Config;
  log: Logger;
  clock: () => number;
  store: DocumentStore;
  jobs: JobQueue;
  jobHandlers: JobHandlers;
  housekeeping: Housekeeping;
  conversations: Conversations;
  customers: Customers;
  inbox: Inbox;
  outbox: Outbox;
  markets: MarketDirectory;
  translator: Translator;
  signals: Signals;
}

/** What the HTTP route needs of Slack. */
export interface SlackConnection {
  receiver: FastifySlackReceiver;
}

export interface HandoffSetup {
  handoff: Handoff;
  /** `on (Slack)` or why Slack is off; for the start-up log. */
  status: string;
  /** Builds the Slack app once the conversation actions exist (they need the handoff first); null when Slack is off. */
  connect(actions: ConversationActions): SlackConnection | null;
}

/**
 * Slack when SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are both set, otherwise the store-only handoff (escalations
 * wait in the admin console). A handoff given by the caller (tests) wins and leaves Slack off.
 */
export function createHandoff(parts: HandoffParts, given?: Handoff): HandoffSetup {
  const { botToken, signingSecret } = parts.config.slack;
  if (given) return { handoff: given, status: 'off: a handoff was provided by the caller', connect: () => null };
  if (!botToken || !signingSecret) {
    const missing = [botToken ? null : 'SLACK_BOT_TOKEN', signingSecret ? null : 'SLACK_SIGNING_SECRET'].filter(Boolean).join(' and ');
    return { handoff: new StoreOnlyHandoff(), status: `off: ${missing} not set; escalations wait in the admin console`, connect: () => null };
  }
  const credentials: SlackCredentials = { botToken, signingSecret, apiUrl: parts.config.slack.apiUrl };
  const { config, log, clock, store } = parts;
  const client = createSlackClient(credentials, log);
  const threads = new HandoffThreads(store.collection<HandoffThread>(COLLECTIONS.handoffThreads), clock);
  const settings = { reannounceAfterMs: config.slack.reannounceAfterMs, reannounceLimit: config.slack.reannounceLimit };
  const handoff = new SlackHandoff({ ...parts, threads, settings });
  new SlackJobs({ ...parts, client, threads, handoff, settings: { ...settings, publicUrl: config.publicUrl, outageNoticeAfterMs: OUTAGE_NOTICE_AFTER_MS } }).register(
    parts.jobHandlers,
  );

  return {
    handoff,
    status: `on (Slack${credentials.apiUrl ? ` at ${credentials.apiUrl}` : ''})`,
    connect(actions) {
      const directory = new SlackDirectory(client, clock, log);
      const deliveries = new SlackDeliveries(store.collection<SlackDelivery>(COLLECTIONS.slackDeliveries), clock);
      parts.housekeeping.add('slack deliveries', () => deliveries.purge(DELIVERY_RETENTION_MS));
      const interactions = new SlackInteractions({
        threads,
        conversations: parts.conversations,
        actions,
        handoff,
        directory,
        deliveries,
        internalNotePrefix: config.slack.internalNotePrefix,
        log,
      });
      const command = new SlackCommand({ conversations: parts.conversations, threads, actions, directory, publicUrl: config.publicUrl, clock });
      const { receiver } = createSlackApp({ credentials, clock, log, directory, interactions, command });
      return { receiver };
    },
  };
}
