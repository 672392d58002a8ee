import type { CollectionSpec } from './port';

/** Every collection and index the application uses; both adapters create them at start-up. */
export const COLLECTIONS = {
  inbox: 'inbox',
  outbox: 'outbox',
  conversations: 'conversations',
  customers: 'customers',
  identities: 'identities',
  events: 'events',
  leases: 'leases',
  webchatSessions: 'webchat_sessions',
  settings: 'settings',
  consents: 'consents',
  twilioParts: 'twilio_parts',
  jobs: 'jobs',
  handoffThreads: 'handoff_threads',
  slackDeliveries: 'slack_deliveries',
  markets: 'markets',
  auditLog: 'audit_log',
  adminTokens: 'admin_tokens',
  resolverMemory: 'resolver_memory',
  llmUsage: 'llm_usage',
} as const;

export const COLLECTION_SPECS: readonly CollectionSpec[] = [
  {
    name: COLLECTIONS.inbox,
    durableInserts: true,
    indexes: [
      // The dedupe key: a provider retry of the same message is recognised here and never processed twice.
      { fields: ['channel', 'providerMessageId'], unique: true },
      { fields: ['status', 'id'] },
      { fields: ['threadKey', 'status', 'id'] },
      { fields: ['conversationId', 'id'] },
    ],
  },
  {
    name: COLLECTIONS.outbox,
    indexes: [
      { fields: ['idempotencyKey'], unique: true },
      { fields: ['status', 'nextAttemptAt'] },
      { fields: ['conversationId', 'seq'] },
      { fields: ['channel', 'providerMessageId'] },
      { fields: ['inReplyTo'] },
    ],
  },
  {
    name: COLLECTIONS.conversations,
    indexes: [
      { fields: ['channel', 'threadKey', 'createdAt'] },
      { fields: ['customerId', 'createdAt'] },
      { fields: ['state', 'updatedAt'] },
      { fields: ['market', 'createdAt'] },
      { fields: ['createdAt'] },
    ],
  },
  { name: COLLECTIONS.customers, indexes: [] },
  { name: COLLECTIONS.identities, indexes: [{ fields: ['customerId'] }] },
  { name: COLLECTIONS.events, indexes: [{ fields: ['conversationId', 'at'] }, { fields: ['at'] }] },
  { name: COLLECTIONS.leases, indexes: [] },
  { name: COLLECTIONS.webchatSessions, indexes: [] },
  { name: COLLECTIONS.settings, indexes: [] },
  // Keyed by `<channel>:<address>`: one lookup per delivery.
  { name: COLLECTIONS.consents, indexes: [] },
  // The parts of a long SMS already accepted by Twilio, so a retry sends only the rest.
  { name: COLLECTIONS.twilioParts, indexes: [{ fields: ['outboundId'] }] },
  {
    name: COLLECTIONS.jobs,
    indexes: [
      // Makes enqueueing the same logical side effect twice store one job.
      { fields: ['idempotencyKey'], unique: true },
      { fields: ['status', 'runAt'] },
      { fields: ['group', 'status', 'id'] },
      { fields: ['status', 'finishedAt'] },
    ],
  },
  { name: COLLECTIONS.handoffThreads, indexes: [{ fields: ['channelId', 'ts'] }] },
  { name: COLLECTIONS.slackDeliveries, indexes: [{ fields: ['at'] }] },
  { name: COLLECTIONS.markets, indexes: [{ fields: ['updatedAt'] }] },
  { name: COLLECTIONS.auditLog, indexes: [{ fields: ['at'] }, { fields: ['target', 'at'] }] },
  { name: COLLECTIONS.adminTokens, indexes: [] },
  { name: COLLECTIONS.resolverMemory, indexes: [] },
  { name: COLLECTIONS.llmUsage, indexes: [] },
];
