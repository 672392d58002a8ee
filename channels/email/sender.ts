import nodemailer, { type Transporter } from 'nodemailer';
import type { OutboundMessage } from '../../src/conversation/model';
import type { SendOutcome } from '../../src/conversation/outbox';
import { composeReply, type ReplyIdentity } from './reply';

/** Below the outbox worker's 20 s send timeout, so a hung server is reported by nodemailer with its reason. */
const SOCKET_TIMEOUT_MS = 15_000;
const CONNECTION_TIMEOUT_MS = 10_000;

/** Failures that no retry can fix: wrong credentials, a broken configuration. */
const PERMANENT_CODES = new Set(['EAUTH', 'ENOAUTH', 'ECONFIG', 'EMAXRECIPIENTS', 'EOAUTH2']);

interface SmtpError {
  code?: string;
  responseCode?: number;
}

/**
 * What an SMTP failure means for the outbox: a 4xx reply (greylisting, a full mailbox, rate limits) is tried again,
 * a 5xx (no such user, refused) is final, and a lost connection is tried again.
 */
export function outcomeOfError(error: unknown): Extract<SendOutcome, { ok: false }> {
  const { code, responseCode } = (error ?? {}) as SmtpError;
  if (typeof responseCode === 'number' && responseCode >= 400) {
    return { ok: false, retryable: responseCode < 500, error: `smtp_${responseCode}` };
  }
  if (code && PERMANENT_CODES.has(code)) return { ok: false, retryable: false, error: `smtp_${code.toLowerCase()}` };
  return { ok: false, retryable: true, error: code ? `smtp_${code.toLowerCase()}` : 'smtp_error' };
}

const stripBrackets = (id: string) => id.replace(/^<|>$/g, '');

/** Sends replies through SMTP_URL with nodemailer, over a small pool of connections. */
export class EmailSender {
  private readonly transport: Transporter;

  constructor(
    smtpUrl: string,
    private readonly identity: ReplyIdentity,
  ) {
    // URL settings (credentials, `?tls.rejectUnauthorized=false`, `?pool=false`) win over the defaults below.
    this.transport = nodemailer.createTransport({
      url: smtpUrl,
      pool: true,
      maxConnections: 3,
      connectionTimeout: CONNECTION_TIMEOUT_MS,
      greetingTimeout: CONNECTION_TIMEOUT_MS,
      socketTimeout: SOCKET_TIMEOUT_MS,
      // Replies never include files or remote content: refuse them even if a text were to name one.
      disableFileAccess: true,
      disableUrlAccess: true,
    });
  }

  /** Where replies go, for the start-up log (never the credentials). */
  static describe(smtpUrl: string): string {
    const url = new URL(smtpUrl);
    return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`;
  }

  async send(message: OutboundMessage): Promise<SendOutcome> {
    const recipient = message.reference.customerAddress;
    if (!/^[^\s@<>]+@[^\s@<>]+$/.test(recipient)) return { ok: false, retryable: false, error: 'invalid_recipient' };
    if (recipient.toLowerCase() === this.identity.address) return { ok: false, retryable: false, error: 'own_address' };
    const mail = composeReply(message, this.identity);
    try {
      const info = await this.transport.sendMail(mail);
      return { ok: true, status: 'sent', providerMessageId: stripBrackets(String(info.messageId ?? mail.messageId)) };
    } catch (error) {
      return outcomeOfError(error);
    }
  }

  close(): void {
    this.transport.close();
  }
}
