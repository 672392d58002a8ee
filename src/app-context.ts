import type { ChannelRegistry } from '../channels/registry';
import type { WebchatHub } from '../channels/web-chat/hub';
import type { WebchatAdapter } from '../channels/web-chat/adapter';
import type { WebchatSessions } from '../channels/web-chat/sessions';
import type { AdminTokens } from './admin/admin-tokens';
import type { AuditLog } from './admin/audit-log';
import type { Config } from './config';
import type { ConversationActions } from './conversation/actions';
import type { Conversations } from './conversation/conversations';
import type { Customers } from './conversation/customers';
import type { Inbox } from './conversation/inbox';
import type { Outbox } from './conversation/outbox';
import type { Pipeline } from './conversation/pipeline';
import type { Signals } from './conversation/signals';
import type { SlackConnection } from './handoff/create-handoff';
import type { Handoff } from './handoff/handoff';
import type { JobQueue } from './jobs/job-queue';
import type { OverridableTranslator, Translator } from './markets/i18n';
import type { MarketDirectory } from './markets/market-directory';
import type { MarketSettings } from './markets/market-settings';
import type { Logger } from './observability/logger';
import type { Metrics } from './observability/metrics';
import type { DocumentStore } from './store/port';

/** What the HTTP routes and workers share; built once by the composition root (src/app.ts). */
export interface AppContext {
  config: Config;
  log: Logger;
  clock: () => number;
  store: DocumentStore;
  inbox: Inbox;
  outbox: Outbox;
  conversations: Conversations;
  customers: Customers;
  markets: MarketDirectory;
  translator: Translator;
  pipeline: Pipeline;
  handoff: Handoff;
  /** `on (Slack)` or why escalations stay in the admin console. */
  handoffStatus: string;
  /** The Slack app behind POST /slack/events; null when Slack is off. */
  slack: SlackConnection | null;
  /** Durable delayed and retried side effects (Slack calls, re-announcements). */
  jobs: JobQueue;
  actions: ConversationActions;
  signals: Signals;
  metrics: Metrics;
  channels: ChannelRegistry;
  webchat: { adapter: WebchatAdapter; hub: WebchatHub; sessions: WebchatSessions; identitySecret: string | null };
  /** Admin console: bearer tokens, the audit log, and markets as run-time configuration. */
  admin: { tokens: AdminTokens; audit: AuditLog; markets: MarketSettings; translator: OverridableTranslator };
  /** Demo data and the demo sign-in are on (embedded default); never on in production. */
  demo: boolean;
  resolverStatus(): string;
  stopping: boolean;
}
