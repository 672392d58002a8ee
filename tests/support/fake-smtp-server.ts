import type { AddressInfo } from 'node:net';
import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';

export interface ReceivedMail {
  envelope: { from: string; to: string[] };
  raw: Buffer;
  /** When the server accepted it (epoch ms). */
  at: number;
}

export type SmtpStage = 'rcpt' | 'data';

/**
 * The outbound mail provider for tests: a real SMTP server (smtp-server) on 127.0.0.1 that records what it accepts
 * and can be told to answer the next transaction with an error code at RCPT or DATA (4xx transient, 5xx permanent).
 */
export class FakeSmtpServer {
  readonly received: ReceivedMail[] = [];
  private readonly failures: { stage: SmtpStage; code: number }[] = [];

  private constructor(private readonly server: SMTPServer) {}

  static async start(): Promise<FakeSmtpServer> {
    let fake: FakeSmtpServer | null = null;
    const server = new SMTPServer({
      logger: false,
      authOptional: true,
      disabledCommands: ['AUTH', 'STARTTLS'],
      closeTimeout: 1000,
      onRcptTo: (_address, _session, callback) => callback(fake!.failureAt('rcpt')),
      onData: (stream: SMTPServerDataStream, session: SMTPServerSession, callback) => {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          const failure = fake!.failureAt('data');
          if (failure) return callback(failure);
          fake!.received.push({
            envelope: {
              from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
              to: session.envelope.rcptTo.map((recipient) => recipient.address),
            },
            raw: Buffer.concat(chunks),
            at: Date.now(),
          });
          callback();
        });
      },
    });
    fake = new FakeSmtpServer(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return fake;
  }

  get port(): number {
    return (this.server.server.address() as AddressInfo).port;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The next transaction is refused with this code at this stage (queued: one failure per call). */
  failNext(stage: SmtpStage, code: number): void {
    this.failures.push({ stage, code });
  }

  private failureAt(stage: SmtpStage): Error | null {
    const index = this.failures.findIndex((failure) => failure.stage === stage);
    if (index < 0) return null;
    const [failure] = this.failures.splice(index, 1);
    return Object.assign(new Error(`${failure!.code >= 500 ? '5.1.1' : '4.2.0'} refused by the fake provider`), { responseCode: failure!.code });
  }

  /** Waits (bounded) until at least `count` mails arrived; returns what arrived either way. */
  async waitFor(count: number, timeoutMs = 5000): Promise<ReceivedMail[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    return this.received;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
