import path from 'node:path';
import { z } from 'zod';

/**
 * The only module that reads the environment. Every variable is documented in the README's configuration table;
 * an invalid value stops start-up with a message naming the variable.
 */

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const optionalString = z.preprocess(emptyToUndefined, z.string().optional());
const optionalUrl = z.preprocess(emptyToUndefined, z.url().optional());
const port = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).default(fallback));
const optionalPort = z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(65535).optional());
const positiveInt = (fallback: number) => z.preprocess(emptyToUndefined, z.coerce.number().int().positive().default(fallback));

const environmentSchema = z.object({
  PORT: port(3000),
  HOST: z.preprocess(emptyToUndefined, z.string().default('0.0.0.0')),
  PUBLIC_URL: optionalUrl,
  DATA_DIR: z.preprocess(emptyToUndefined, z.string().default('./data')),
  LOG_LEVEL: z.preprocess(emptyToUndefined, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  MONGODB_URI: z.preprocess(emptyToUndefined, z.string().regex(/^mongodb(\+srv)?:\/\//, 'must start with mongodb:// or mongodb+srv://').optional()),
  MONGODB_DB: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9_-]+$/).default('support')),
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  OPENAI_MODEL: z.preprocess(emptyToUndefined, z.string().default('gpt-4o-mini')),
  TWILIO_ACCOUNT_SID: optionalString,
  TWILIO_AUTH_TOKEN: optionalString,
  TWILIO_API_URL: optionalUrl,
  WHATSAPP_TEMPLATE_SID: z.preprocess(emptyToUndefined, z.string().regex(/^HX[0-9a-fA-F]{32}$/, 'must be a Content template SID (HX + 32 hex digits)').optional()),
  SLACK_BOT_TOKEN: optionalString,
  SLACK_SIGNING_SECRET: optionalString,
  SLACK_API_URL: optionalUrl,
  SLACK_REANNOUNCE_AFTER_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(1000).default(15 * 60 * 1000)),
  SLACK_REANNOUNCE_LIMIT: z.preprocess(emptyToUndefined, z.coerce.number().int().min(0).max(20).default(3)),
  SLACK_INTERNAL_NOTE_PREFIX: z.preprocess(emptyToUndefined, z.string().max(20).default('#note')),
  SMTP_URL: z.preprocess(emptyToUndefined, z.string().regex(/^smtps?:\/\//, 'must start with smtp:// or smtps://').optional()),
  EMAIL_FROM: z.preprocess(emptyToUndefined, z.string().min(3).optional()),
  EMAIL_SMTP_PORT: optionalPort,
  EMAIL_WEBHOOK_TOKEN: optionalString,
  EMAIL_AUTHSERV_ID: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Za-z0-9.-]{1,253}$/, 'must be a host name (the authserv-id of your mail server)').optional()),
  ADMIN_TOKEN: z.preprocess(emptyToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  WEBCHAT_IDENTITY_SECRET: z.preprocess(emptyToUndefined, z.string().min(16, 'must be at least 16 characters').optional()),
  MICROSOFT_APP_ID: optionalString,
  MICROSOFT_APP_PASSWORD: optionalString,
  MICROSOFT_APP_TENANT_ID: optionalString,
  MICROSOFT_APP_TYPE: z.preprocess(emptyToUndefined, z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant')),
  DEFAULT_MARKET: z.preprocess(emptyToUndefined, z.string().regex(/^[A-Z]{2}$/, 'must be a two-letter market code').default('GB')),
  WORKER_CONCURRENCY: positiveInt(4),
  BODY_LIMIT_BYTES: positiveInt(256 * 1024),
  WEBCHAT_REPLY_WAIT_MS: positiveInt(15000),
  WEBCHAT_POLL_MS: positiveInt(1000),
  LEASE_TTL_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(500).max(600_000).default(15_000)),
  DEMO_DATA: z.preprocess(emptyToUndefined, z.enum(['on', 'off']).optional()),
  COMMERCE_API_URL: optionalUrl,
  COMMERCE_API_TOKEN: optionalString,
  OPENAI_TIMEOUT_MS: z.preprocess(emptyToUndefined, z.coerce.number().int().min(100).max(120_000).default(12_000)),
  OPENAI_INPUT_USD_PER_MTOK: z.preprocess(emptyToUndefined, z.coerce.number().min(0).default(0.15)),
  OPENAI_OUTPUT_USD_PER_MTOK: z.preprocess(emptyToUndefined, z.coerce.number().min(0).default(0.6)),
  NLU_CACHE_DIR: optionalString,
});

export type Environment = z.infer<typeof environmentSchema>;

export interface Config {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  logLevel: Environment['LOG_LEVEL'];
  defaultMarket: string;
  store: { kind: 'sqlite'; file: string } | { kind: 'mongodb'; uri: string; database: string };
  openai: { apiKey?: string; baseUrl?: string; model: string };
  twilio: { accountSid?: string; authToken?: string; apiUrl?: string; whatsappTemplateSid?: string };
  slack: {
    botToken?: string;
    signingSecret?: string;
    apiUrl?: string;
    /** An escalation nobody took over is announced again after this long, up to `reannounceLimit` times. */
    reannounceAfterMs: number;
    reannounceLimit: number;
    /** A thread reply starting with this stays an internal note and is not sent to the customer. */
    internalNotePrefix: string;
  };
  email: { smtpUrl?: string; from?: string; smtpListenPort?: number; webhookToken?: string; authservId?: string };
  botFramework: { appId?: string; appPassword?: string; appTenantId?: string; appType: Environment['MICROSOFT_APP_TYPE'] };
  adminToken?: string;
  webchatIdentitySecret?: string;
  workerConcurrency: number;
  bodyLimitBytes: number;
  webchatReplyWaitMs: number;
  /** How often a live web chat socket looks for replies another process delivered. */
  webchatPollMs: number;
  /** How long a claim on a conversation outlives its holder: the longest a crashed process delays that conversation. */
  leaseTtlMs: number;
  /** Seed demo customers and offer the demo page's sign-in. On by default only on the embedded store. */
  demo: boolean;
  /** A real commerce backend (docs/commerce-api.md); the embedded demo backend when absent. */
  commerce: { apiUrl?: string; apiToken?: string };
  /** Per-call timeout and prices (USD per million tokens) for the cost count of the LLM agent. */
  llm: { timeoutMs: number; inputUsdPerMillionTokens: number; outputUsdPerMillionTokens: number };
  /** Where the trained intent model is cached (default `<DATA_DIR>/models`). */
  nluCacheDir: string;
}

export class ConfigError extends Error {
  constructor(readonly issues: { variable: string; message: string }[]) {
    super(`Invalid configuration: ${issues.map((issue) => `${issue.variable}: ${issue.message}`).join('; ')}`);
    this.name = 'ConfigError';
  }
}

/** Reads and validates configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(env);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => ({ variable: String(issue.path[0] ?? '?'), message: issue.message })));
  }
  const e = parsed.data;
  if (e.COMMERCE_API_URL && !e.COMMERCE_API_TOKEN) throw new ConfigError([{ variable: 'COMMERCE_API_TOKEN', message: 'required when COMMERCE_API_URL is set' }]);
  const dataDir = path.resolve(e.DATA_DIR);
  return {
    port: e.PORT,
    host: e.HOST,
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
    dataDir,
    logLevel: e.LOG_LEVEL,
    defaultMarket: e.DEFAULT_MARKET,
    store: e.MONGODB_URI
      ? { kind: 'mongodb', uri: e.MONGODB_URI, database: e.MONGODB_DB }
      : { kind: 'sqlite', file: path.join(dataDir, 'support.sqlite') },
    openai: { apiKey: e.OPENAI_API_KEY, baseUrl: e.OPENAI_BASE_URL, model: e.OPENAI_MODEL },
    twilio: { accountSid: e.TWILIO_ACCOUNT_SID, authToken: e.TWILIO_AUTH_TOKEN, apiUrl: e.TWILIO_API_URL, whatsappTemplateSid: e.WHATSAPP_TEMPLATE_SID },
    slack: {
      botToken: e.SLACK_BOT_TOKEN,
      signingSecret: e.SLACK_SIGNING_SECRET,
      apiUrl: e.SLACK_API_URL,
      reannounceAfterMs: e.SLACK_REANNOUNCE_AFTER_MS,
      reannounceLimit: e.SLACK_REANNOUNCE_LIMIT,
      internalNotePrefix: e.SLACK_INTERNAL_NOTE_PREFIX,
    },
    email: { smtpUrl: e.SMTP_URL, from: e.EMAIL_FROM, smtpListenPort: e.EMAIL_SMTP_PORT, webhookToken: e.EMAIL_WEBHOOK_TOKEN, authservId: e.EMAIL_AUTHSERV_ID },
    botFramework: { appId: e.MICROSOFT_APP_ID, appPassword: e.MICROSOFT_APP_PASSWORD, appTenantId: e.MICROSOFT_APP_TENANT_ID, appType: e.MICROSOFT_APP_TYPE },
    adminToken: e.ADMIN_TOKEN,
    webchatIdentitySecret: e.WEBCHAT_IDENTITY_SECRET,
    workerConcurrency: e.WORKER_CONCURRENCY,
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    webchatReplyWaitMs: e.WEBCHAT_REPLY_WAIT_MS,
    webchatPollMs: e.WEBCHAT_POLL_MS,
    leaseTtlMs: e.LEASE_TTL_MS,
    demo: (e.DEMO_DATA ?? (e.MONGODB_URI ? 'off' : 'on')) === 'on',
    commerce: { apiUrl: e.COMMERCE_API_URL, apiToken: e.COMMERCE_API_TOKEN },
    llm: { timeoutMs: e.OPENAI_TIMEOUT_MS, inputUsdPerMillionTokens: e.OPENAI_INPUT_USD_PER_MTOK, outputUsdPerMillionTokens: e.OPENAI_OUTPUT_USD_PER_MTOK },
    nluCacheDir: path.resolve(e.NLU_CACHE_DIR ?? path.join(dataDir, 'models')),
  };
}
