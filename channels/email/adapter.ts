import type { InboundMessage, OutboundMessage } from '../../src/conversation/model';
import type { SendOutcome } from '../../src/conversation/outbox';
import { AppError } from '../../src/errors';
import type { Logger } from '../../src/observability/logger';
import type { ChannelAdapter, ParsedRequest, RawRequest, WebhookRoute } from '../types';
import { mailToInbound, type InboundContext } from './inbound';
import type { EmailSender } from './sender';
import { MAX_MESSAGE_BYTES, type SmtpListener } from './smtp-listener';
import { verifyBearerToken } from './webhook-auth';

export const EMAIL_WEBHOOK_PATH = '/webhooks/email';

/** Bodies an inbound-mail provider sends as form fields or JSON are not raw MIME; say so instead of misreading them. */
const NOT_RAW_MIME = /^(application\/json|application\/x-www-form-urlencoded|multipart\/form-data)\b/i;

export interface EmailAdapterOptions {
  /** Our address, lower-case (the bare address of EMAIL_FROM). */
  ownAddress: string;
  /** EMAIL_WEBHOOK_TOKEN; without it the webhook is not mounted. */
  webhookToken?: string;
  /** EMAIL_AUTHSERV_ID: whose Authentication-Results vouch for a sender (`Identity.spoofable` otherwise). */
  authservId?: string;
  sender: EmailSender;
  /** The SMTP listener when EMAIL_SMTP_PORT is set. */
  listener?: SmtpListener;
  log: Logger;
}

/**
 * Email: inbound as raw MIME from the SMTP listener or the provider webhook, both through the same pure `parse`;
 * replies through nodemailer. `parse` reads MIME synchronously (channels/email/mime), so recorded fixtures drive it
 * exactly as live traffic does.
 */
export class EmailAdapter implements ChannelAdapter {
  readonly name = 'email';
  readonly channels = ['email'] as const;
  readonly joinsReplies = true;
  readonly webhooks: readonly WebhookRoute[] | undefined;

  constructor(private readonly options: EmailAdapterOptions) {
    this.webhooks = options.webhookToken
      ? [
          {
            path: EMAIL_WEBHOOK_PATH,
            bodyLimit: MAX_MESSAGE_BYTES,
            respond: (result) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(result) }),
          },
        ]
      : undefined;
  }

  verify(request: RawRequest): void {
    if (!this.options.webhookToken) throw new AppError('unauthorized', 'The email webhook is off (EMAIL_WEBHOOK_TOKEN is not set)');
    verifyBearerToken(request.headers.authorization, this.options.webhookToken);
  }

  parse(request: RawRequest): ParsedRequest {
    const contentType = request.headers['content-type'] ?? '';
    if (NOT_RAW_MIME.test(contentType)) {
      throw new AppError('unsupported_media_type', 'Send the raw MIME message as the body (Content-Type: message/rfc822)');
    }
    return { messages: this.messagesOf(request.body, 'webhook', request.receivedAt), statusUpdates: [] };
  }

  /** The messages a raw mail carries (none for auto-replies and bounces), from the webhook or the SMTP listener. */
  messagesOf(raw: Buffer, source: InboundContext['source'], receivedAt: number): InboundMessage[] {
    const outcome = mailToInbound(raw, { ownAddress: this.options.ownAddress, source, receivedAt, authservId: this.options.authservId });
    if (outcome.kind === 'message') return [outcome.message];
    this.options.log.info({ channel: 'email', source, code: outcome.reason }, 'automated email not answered');
    return [];
  }

  send(message: OutboundMessage): Promise<SendOutcome> {
    return this.options.sender.send(message);
  }

  /** The SMTP listener's bound port, or null when it is off or stopped. */
  get smtpPort(): number | null {
    return this.options.listener?.port ?? null;
  }

  async start(): Promise<void> {
    await this.options.listener?.start();
  }

  async stop(): Promise<void> {
    await this.options.listener?.stop();
    this.options.sender.close();
  }
}
