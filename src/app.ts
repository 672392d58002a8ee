import os from 'node:os';
import type { FastifyInstance } from 'fastify';
import { createChannels, type ChannelFactoryParts } from '../channels/index';
import { ChannelRegistry } from '../channels/registry';
import type { ChannelAdapter, DisabledChannel } from '../channels/types';
import { WebchatAdapter } from '../channels/web-chat/adapter';
import { WebchatHub } from '../channels/web-chat/hub';
import { WebchatSessions, type WebchatSession } from '../channels/web-chat/sessions';
import type { AppContext } from './app-context';
import { AdminTokens, type StoredToken } from './admin/admin-tokens';
import { AuditLog, type AuditEntry } from './admin/audit-log';
import { CsatAskingResolver, CsatCapture } from './admin/csat';
import { demoCustomers } from './commerce/demo-customers';
import type { Config } from './config';
import { ConversationActions } from './conversation/actions';
import { Consents, type Consent } from './conversation/consents';
import { Conversations } from './conversation/conversations';
import { Customers, type IdentityLink } from './conversation/customers';
import type { LanguageDetector } from './conversation/identify';
import { Inbox } from './conversation/inbox';
import { createInboxWorker } from './conversation/inbox-worker';
import type { Conversation, ConversationEvent, Customer, InboxItem, OutboundMessage } from './conversation/model';
import { Outbox } from './conversation/outbox';
import { createOutboxWorker } from './conversation/outbox-worker';
import { Pipeline } from './conversation/pipeline';
import type { QueueWorker } from './conversation/queue-worker';
import { Signals } from './conversation/signals';
import { createHandoff } from './handoff/create-handoff';
import type { Handoff } from './handoff/handoff';
import { buildServer, type RoutePlugin } from './http/server';
import { newId as defaultNewId, type IdGenerator } from './ids';
import type { Job } from './jobs/job';
import { JobQueue } from './jobs/job-queue';
import { Housekeeping } from './jobs/housekeeping';
import { createJobWorker, JobHandlers } from './jobs/job-worker';
import { createTranslator, type Translator } from './markets/i18n';
import { MarketDirectory } from './markets/market-directory';
import { MarketSettings, type StoredMarket } from './markets/market-settings';
import { LanguageSwitchResolver } from './markets/language-switch-resolver';
import { detectMessageLanguage } from './markets/message-language';
import { createLogger, type Logger } from './observability/logger';
import { createMetrics } from './observability/metrics';
import { createSupportResolver } from './resolver/create-support-resolver';
import type { Resolver } from './resolver/resolver';
import { createStore } from './store/create-store';
import { Leases, type Lease } from './store/leases';
import type { DocumentStore } from './store/port';
import { COLLECTIONS } from './store/schema';
import { secretSetting, type Setting } from './store/settings';

/** Everything a test or the entry point may replace; the rest is built from configuration. */
export interface AppOptions {
  config: Config;
  log?: Logger;
  clock?: () => number;
  newId?: IdGenerator;
  store?: DocumentStore;
  /** Replaces the resolver; `production()` builds the default one, for tests that wrap it. */
  resolver?: (parts: { translator: Translator; markets: MarketDirectory; production: () => Resolver }) => Resolver;
  /** Adapters for channels besides web chat, and the channels configured off (default: channels/index.ts). */
  channels?: (parts: ChannelFactoryParts) => { adapters: ChannelAdapter[]; disabled: DisabledChannel[] };
  handoff?: Handoff;
  detectLanguage?: LanguageDetector;
  routes?: RoutePlugin[];
  processId?: string;
  /** How often this process picks up market changes made by other processes (default 3 s; its own apply at once). */
  marketsRefreshMs?: number;
  /** Poll interval of idle workers; tests lower it. */
  pollMs?: number;
}

export interface App {
  context: AppContext;
  server: FastifyInstance;
  /** Starts the workers and listens; returns the base URL. */
  start(): Promise<string>;
  /** Starts the workers only (tests that drive the server with inject()). */
  startWorkers(): void;
  stop(): Promise<void>;
}

/** The composition root: builds the store, the pipeline, the channels, the workers and the HTTP server. */
export async function createApp(options: AppOptions): Promise<App> {
  const { config } = options;
  const log = options.log ?? createLogger(config.logLevel);
  const clock = options.clock ?? Date.now;
  const newId = options.newId ?? defaultNewId;
  const processId = options.processId ?? `${os.hostname()}:${process.pid}`;
  const store = options.store ?? (await createStore(config.store));

  const leases = new Leases(store.collection<Lease>(COLLECTIONS.leases), clock);
  const inbox = new Inbox(store.collection<InboxItem>(COLLECTIONS.inbox), leases, newId, clock);
  const outbox = new Outbox(
    store.collection<OutboundMessage>(COLLECTIONS.outbox),
    store.collection<Conversation>(COLLECTIONS.conversations),
    leases,
    newId,
    clock,
  );
  const conversations = new Conversations(
    store.collection<Conversation>(COLLECTIONS.conversations),
    store.collection<ConversationEvent>(COLLECTIONS.events),
    newId,
    clock,
  );
  const customers = new Customers(store.collection<Customer>(COLLECTIONS.customers), store.collection<IdentityLink>(COLLECTIONS.identities));
  const markets = new MarketDirectory(undefined, config.defaultMarket);
  const translator = createTranslator();
  const auditLog = new AuditLog(store.collection<AuditEntry>(COLLECTIONS.auditLog), newId, clock);
  const marketSettings = new MarketSettings(store.collection<StoredMarket>(COLLECTIONS.markets), markets, translator, auditLog, clock, (code, problem) =>
    log.error({ market: code, problem }, 'a stored market is invalid; keeping the version loaded before'),
  );
  await marketSettings.load();
  const adminTokens = new AdminTokens(store.collection<StoredToken>(COLLECTIONS.adminTokens), auditLog, config.adminToken, newId, clock);
  if (adminTokens.locked) log.warn('admin console locked: ADMIN_TOKEN is not set, so no admin token is accepted');
  const signals = new Signals();
  const metrics = createMetrics(async () => ({ inbox: await inbox.countUnfinished(), outbox: await outbox.countUnsent() }));

  if (config.demo) for (const customer of demoCustomers(clock())) await customers.save(customer);

  const settings = store.collection<Setting>(COLLECTIONS.settings);
  const sessionSecret = await secretSetting(settings, 'webchat.session-secret', clock);
  // Demo mode plays the host app, so it needs an identity secret even when none is configured.
  const identitySecret = config.webchatIdentitySecret ?? (config.demo ? await secretSetting(settings, 'webchat.demo-identity-secret', clock) : null);
  const hub = new WebchatHub();
  const webchatAdapter = new WebchatAdapter(sessionSecret, hub);
  const sessions = new WebchatSessions(
    store.collection<WebchatSession>(COLLECTIONS.webchatSessions),
    markets,
    { session: sessionSecret, identity: identitySecret },
    newId,
    clock,
  );

  const consents = new Consents(store.collection<Consent>(COLLECTIONS.consents), clock);
  const jobs = new JobQueue(store.collection<Job>(COLLECTIONS.jobs), newId, clock);
  const jobHandlers = new JobHandlers();
  const housekeeping = new Housekeeping(jobs, jobHandlers, clock, log);
  const handoffSetup = createHandoff(
    { config, log, clock, store, jobs, jobHandlers, housekeeping, conversations, customers, inbox, outbox, markets, translator, signals },
    options.handoff,
  );
  const handoff = handoffSetup.handoff;
  const actions = new ConversationActions(conversations, outbox, handoff, translator, signals);
  const slack = handoffSetup.connect(actions);
  log.info(`slack handoff: ${handoffSetup.status}`);
  const production = () => createSupportResolver({ config, translator, store, log, clock });
  const resolver = options.resolver?.({ translator, markets, production }) ?? production();
  const pipeline = new Pipeline({
    inbox,
    outbox,
    conversations,
    customers,
    markets,
    // Explicit language requests and the CSAT question wrap whichever resolver is configured.
    resolver: new LanguageSwitchResolver(new CsatAskingResolver(resolver, translator), translator),
    handoff,
    csat: new CsatCapture({ conversations, inbox, outbox, events: store.collection<ConversationEvent>(COLLECTIONS.events), translator, signals, clock }),
    detectLanguage: options.detectLanguage ?? detectMessageLanguage,
    signals,
    metrics,
    log,
    clock,
    control: { consents, text: (locale, control) => translator.t(locale, `channels:control.${control}`) },
    // Read when a plan is applied, after the channels below exist.
    joinsReplies: (channel) => channels.forChannel(channel)?.joinsReplies === true,
  });

  const channelParts: ChannelFactoryParts = { config, log, clock, store, accept: (message) => pipeline.accept(message), markets };
  const provided = (options.channels ?? createChannels)(channelParts);
  const channels = new ChannelRegistry([webchatAdapter, ...provided.adapters], provided.disabled);

  const context: AppContext = {
    config,
    log,
    clock,
    store,
    inbox,
    outbox,
    conversations,
    customers,
    markets,
    translator,
    pipeline,
    handoff,
    handoffStatus: handoffSetup.status,
    slack,
    jobs,
    actions,
    signals,
    metrics,
    channels,
    webchat: { adapter: webchatAdapter, hub, sessions, identitySecret },
    admin: { tokens: adminTokens, audit: auditLog, markets: marketSettings, translator },
    demo: config.demo,
    resolverStatus: () => ('status' in resolver && typeof resolver.status === 'function' ? (resolver.status as () => string)() : 'ok (custom resolver)'),
    stopping: false,
  };
  const server = await buildServer(context, options.routes ?? []);

  const workers: QueueWorker<unknown>[] = [
    createInboxWorker({
      inbox,
      pipeline,
      signals,
      log,
      processId,
      concurrency: config.workerConcurrency,
      leaseTtlMs: config.leaseTtlMs,
      pollMs: options.pollMs,
      apology: (locale) => translator.t(locale, 'common:error.generic'),
    }) as QueueWorker<unknown>,
    createOutboxWorker({
      outbox,
      channels,
      signals,
      metrics,
      log,
      processId,
      concurrency: config.workerConcurrency,
      leaseTtlMs: config.leaseTtlMs,
      pollMs: options.pollMs,
      consents,
    }) as QueueWorker<unknown>,
    createJobWorker({
      queue: jobs,
      handlers: jobHandlers,
      log,
      processId,
      concurrency: config.workerConcurrency,
      leaseTtlMs: config.leaseTtlMs,
      pollMs: options.pollMs,
    }) as QueueWorker<unknown>,
  ];
  let workersStarted = false;
  const startWorkers = () => {
    if (workersStarted) return;
    workersStarted = true;
    for (const worker of workers) worker.start();
    housekeeping.schedule().catch((error: unknown) => log.warn({ err: error }, 'could not schedule housekeeping'));
    marketSettings.startPolling(options.marketsRefreshMs ?? 3000, (error) => log.warn({ err: error }, 'market refresh failed; retrying'));
  };

  return {
    context,
    server,
    startWorkers,
    async start() {
      startWorkers();
      for (const adapter of channels.adapters()) await adapter.start?.();
      return server.listen({ port: config.port, host: config.host });
    },
    async stop() {
      context.stopping = true;
      marketSettings.stopPolling();
      await server.close();
      for (const adapter of channels.adapters()) await adapter.stop?.().catch((error: unknown) => log.warn({ err: error, channel: adapter.name }, 'channel stop failed'));
      await Promise.all(workers.map((worker) => worker.stop()));
      await store.close();
    },
  };
}
