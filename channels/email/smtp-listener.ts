import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerAddress, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import { isAppError } from '../../src/errors';
import type { Logger } from '../../src/observability/logger';

/** Larger mail is refused at MAIL FROM (SIZE) or after DATA with 552; the sender's server bounces it to the customer. */
export const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;
const MAX_CLIENTS = 100;
const SOCKET_TIMEOUT_MS = 60_000;
const CLOSE_TIMEOUT_MS = 5_000;

export interface SmtpListenerOptions {
  port: number;
  host: string;
  /** Accepted recipients: a bare address (`support@shop.example`) or a whole domain (`@shop.example`). */
  accepts(recipient: string): boolean;
  /**
   * Stores the message (raw MIME, with a Return-Path naming the envelope sender prepended). The sender gets 250
   * only after this resolved; an AppError (malformed mail) is a permanent 554, anything else a temporary 451.
   */
  deliver(raw: Buffer, receivedAt: number): Promise<void>;
  clock: () => number;
  log: Logger;
  maxBytes?: number;
}

function smtpError(message: string, responseCode: number): Error & { responseCode: number } {
  return Object.assign(new Error(message), { responseCode });
}

/**
 * An inbound SMTP server for the MX of the support domain (or a relay in front of it). No AUTH (senders are the
 * internet) and no STARTTLS of its own: terminate TLS in front of it or keep it on a private network; see
 * docs/email.md.
 */
export class SmtpListener {
  private server: SMTPServer | null = null;

  constructor(private readonly options: SmtpListenerOptions) {}

  /** The bound port (useful when configured as 0). */
  get port(): number | null {
    const address = this.server?.server.address() as AddressInfo | null | undefined;
    return address?.port ?? null;
  }

  async start(): Promise<void> {
    const { options } = this;
    const maxBytes = options.maxBytes ?? MAX_MESSAGE_BYTES;
    const server = new SMTPServer({
      logger: false,
      disabledCommands: ['AUTH', 'STARTTLS'],
      authOptional: true,
      size: maxBytes,
      rejectOversized: true,
      maxClients: MAX_CLIENTS,
      socketTimeout: SOCKET_TIMEOUT_MS,
      closeTimeout: CLOSE_TIMEOUT_MS,
      banner: 'customer support',
      onRcptTo: (address: SMTPServerAddress, _session: SMTPServerSession, callback: (error?: Error | null) => void) => {
        if (options.accepts(address.address.toLowerCase())) return callback();
        options.log.info({ channel: 'email', code: 'recipient_refused' }, 'smtp recipient refused');
        callback(smtpError('5.7.1 Relaying denied: this server only accepts mail for its own support address', 550));
      },
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback: (error?: Error | null) => void) => {
        const chunks: Buffer[] = [];
        let size = 0;
        stream.on('data', (chunk: Buffer) => {
          size += chunk.length;
          // Past the limit the rest is drained, not kept: the message is refused with 552 anyway.
          if (size <= maxBytes) chunks.push(chunk);
        });
        // A client that disconnects mid-DATA gets no answer; nothing was stored.
        stream.once('error', (error) => options.log.info({ channel: 'email', code: 'data_aborted', reason: error.message }, 'smtp data aborted'));
        stream.on('end', () => {
          if (stream.sizeExceeded) return callback(smtpError('5.3.4 Message too big', 552));
          const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
          const raw = Buffer.concat([Buffer.from(`Return-Path: <${mailFrom}>\r\n`, 'latin1'), ...chunks]);
          this.options.deliver(raw, options.clock()).then(
            () => callback(),
            (error: unknown) => {
              if (isAppError(error) && error.status < 500) {
                options.log.info({ channel: 'email', code: error.code }, 'smtp message refused');
                return callback(smtpError(`5.6.0 ${error.message}`, 554));
              }
              options.log.error({ err: error, channel: 'email' }, 'smtp message could not be stored');
              callback(smtpError('4.3.0 Temporary failure, please try again later', 451));
            },
          );
        });
      },
    });
    server.on('error', (error) => options.log.warn({ err: error, channel: 'email' }, 'smtp listener error'));
    await new Promise<void>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      server.server.once('error', onError);
      server.listen(options.port, options.host, () => {
        server.server.off('error', onError);
        resolve();
      });
    });
    this.server = server;
    options.log.info({ channel: 'email', port: this.port, host: options.host }, 'smtp listener started');
  }

  async stop(): Promise<void> {
    const server = this.server;
    this.server = null;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
