import type { OutboundMessage } from '../../src/conversation/model';
import type { SendOutcome } from '../../src/conversation/outbox';
import { AppError } from '../../src/errors';
import type { Logger } from '../../src/observability/logger';
import type { ChannelAdapter, ParsedRequest, RawRequest, WebhookRoute } from '../types';
import { parseActivity, peekString, readJson } from './activity';
import { toInboundMessage } from './inbound';
import type { BotFrameworkCredentials, BotFrameworkEndpoints, BotFrameworkSdk, ReplyTarget } from './sdk';
import { isNetworkError, sendFailure } from './send-errors';
import { isLoopbackUrl } from './service-url';

export const MESSAGES_PATH = '/api/messages';
/** The SDK fetches signing keys without a timeout; a hanging key server must not hold the provider's request. */
const AUTHENTICATE_TIMEOUT_MS = 10_000;

export interface BotFrameworkSettings {
  credentials: BotFrameworkCredentials;
  /** Token validation endpoints; Azure public cloud when absent. */
  endpoints?: BotFrameworkEndpoints;
  authenticateTimeoutMs?: number;
}

/**
 * Teams, Azure Web Chat and Direct Line through the Bot Framework: activities arrive at `POST /api/messages`
 * signed by the Bot Connector, and replies go back through botbuilder's CloudAdapter to the activity's
 * `serviceUrl`. With no app id the channel runs in local mode for the Bot Framework Emulator: no tokens, and, so
 * that an open endpoint cannot make us POST to arbitrary hosts, loopback service URLs only.
 */
export class BotFrameworkAdapter implements ChannelAdapter {
  readonly name = 'botframework';
  readonly channels = ['botframework'] as const;
  readonly webhooks: readonly WebhookRoute[] = [{ path: MESSAGES_PATH }];
  readonly localMode: boolean;
  private sdkInstance: BotFrameworkSdk | null = null;

  constructor(
    private readonly settings: BotFrameworkSettings,
    private readonly log: Logger,
  ) {
    this.localMode = !settings.credentials.appId;
  }

  async verify(request: RawRequest): Promise<void> {
    const json = readJson(request.body);
    if (this.localMode) {
      const serviceUrl = peekString(json, 'serviceUrl');
      if (serviceUrl !== undefined && !isLoopbackUrl(serviceUrl)) {
        throw new AppError('forbidden', 'Without MICROSOFT_APP_ID only local (loopback) service URLs are accepted');
      }
      return;
    }
    const authorization = request.headers.authorization ?? '';
    if (!authorization.trim()) throw new AppError('unauthorized', 'Authorization: Bearer <Bot Connector token> is required');
    const sdk = this.sdk();
    try {
      const claimed = { channelId: peekString(json, 'channelId') ?? '', serviceUrl: peekString(json, 'serviceUrl') };
      await within(sdk.authenticate(claimed, authorization), this.settings.authenticateTimeoutMs ?? AUTHENTICATE_TIMEOUT_MS);
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if ((typeof status === 'number' && status >= 500) || isNetworkError(error)) {
        // The signing keys could not be fetched: our side (or Microsoft's), not the caller's fault.
        throw new AppError('internal', 'The Bot Framework signing keys could not be loaded', { cause: error, isRetryable: true });
      }
      this.log.debug({ channel: this.name, reason: (error as Error).message }, 'Bot Framework token refused');
      throw new AppError('unauthorized', 'The Bot Connector token is missing, expired or not for this bot', { cause: error });
    }
  }

  parse(request: RawRequest): ParsedRequest {
    const parsed = parseActivity(request.body);
    if (parsed.kind !== 'message') return { messages: [], statusUpdates: [] };
    const message = toInboundMessage(parsed.activity, { receivedAt: request.receivedAt, authenticated: !this.localMode });
    return { messages: message ? [message] : [], statusUpdates: [] };
  }

  async send(message: OutboundMessage): Promise<SendOutcome> {
    const target = replyTargetOf(message);
    if (!target) return { ok: false, retryable: false, error: 'botframework_reference_incomplete' };
    if (this.localMode && !isLoopbackUrl(target.serviceUrl)) return { ok: false, retryable: false, error: 'botframework_service_url_not_allowed' };
    try {
      const providerMessageId = await this.sdk().sendText(target, message.text);
      return { ok: true, status: 'sent', providerMessageId };
    } catch (error) {
      const failure = sendFailure(error);
      this.log.warn({ channel: this.name, outboxMessage: message.id, error: failure.error, retryable: failure.retryable }, 'Bot Framework send failed');
      return failure;
    }
  }

  /** Loads the SDK before the first request instead of during it. */
  async start(): Promise<void> {
    this.sdk();
  }

  private sdk(): BotFrameworkSdk {
    if (!this.sdkInstance) {
      // Required here rather than imported at the top: botbuilder takes about a second to load, and most processes
      // (tests, an installation without Bot Framework traffic) never need it.
      const { BotFrameworkSdk: Sdk } = require('./sdk') as typeof import('./sdk');
      this.sdkInstance = new Sdk(this.settings.credentials, this.settings.endpoints);
    }
    return this.sdkInstance;
  }
}

/** The promise, or a rejection with a network-style `ETIMEDOUT` once `ms` have passed. */
function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error(`no answer within ${ms} ms`), { code: 'ETIMEDOUT' })), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** The reply target saved in the conversation reference by the parser, or null when a field is missing. */
export function replyTargetOf(message: OutboundMessage): ReplyTarget | null {
  const extra = message.reference.extra ?? {};
  const { serviceUrl, channelId, botId } = extra;
  const conversationId = message.reference.customerAddress;
  if (!serviceUrl || !channelId || !botId || !conversationId) return null;
  return {
    serviceUrl,
    channelId,
    conversationId,
    botId,
    botName: extra.botName,
    userId: extra.userId,
    userName: extra.userName,
    activityId: extra.activityId,
    tenantId: extra.tenantId,
    conversationType: extra.conversationType,
  };
}
