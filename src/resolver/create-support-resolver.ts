import type { CommerceBackend } from '../commerce/commerce-backend';
import { createCommerceBackend } from '../commerce/create-commerce-backend';
import type { Config } from '../config';
import type { Translator } from '../markets/i18n';
import type { Logger } from '../observability/logger';
import type { DocumentStore } from '../store/port';
import { COLLECTIONS } from '../store/schema';
import { ConversationMemory, type MemoryDocument } from './conversation-memory';
import { loadIntentModel } from './intent-model-loader';
import { OpenAiAgent } from './llm/openai-agent';
import { UsageLedger, type UsageDocument } from './llm/usage-ledger';
import { SupportResolver } from './support-resolver';

export interface SupportResolverOptions {
  config: Config;
  translator: Translator;
  store: DocumentStore;
  log: Logger;
  clock: () => number;
  /** Replaces the configured commerce backend (tests). */
  backend?: CommerceBackend;
}

/** Builds the production resolver from configuration: intent model, commerce backend, LLM agent when a key is set. */
export function createSupportResolver(options: SupportResolverOptions): SupportResolver {
  const { config, log, clock, store } = options;
  const { model, status } = loadIntentModel(config.nluCacheDir, log);
  const backend = options.backend ?? createCommerceBackend(config, clock);
  const usage = new UsageLedger(store.collection<UsageDocument>(COLLECTIONS.llmUsage), config.llm, clock);
  const agent = config.openai.apiKey
    ? new OpenAiAgent({ apiKey: config.openai.apiKey, baseUrl: config.openai.baseUrl, model: config.openai.model, timeoutMs: config.llm.timeoutMs }, usage, clock)
    : null;
  log.info(
    { commerce: backend.kind, llm: agent ? config.openai.model : 'off' },
    agent ? 'resolver: fast path, then the LLM agent' : 'resolver: OPENAI_API_KEY not set, running on the fast path only',
  );
  return new SupportResolver({
    translator: options.translator,
    backend,
    memory: new ConversationMemory(store.collection<MemoryDocument>(COLLECTIONS.resolverMemory), clock),
    intentModel: model,
    agent,
    log,
    clock,
    modelStatus: status,
  });
}
