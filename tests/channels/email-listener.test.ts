import nodemailer, { type Transporter } from 'nodemailer';
import pino from 'pino';
import { EmailAdapter } from '../../channels/email/adapter';
import { createEmailChannel } from '../../channels/email/factory';
import { SmtpListener } from '../../channels/email/smtp-listener';
import { isDisabled } from '../../channels/index';
import type { AcceptResult } from '../../src/conversation/inbox';
import type { InboundMessage, InboxItem } from '../../src/conversation/model';
import type { DocumentStore } from '../../src/store/port';
import { FakeSmtpServer } from '../support/fake-smtp-server';
import { removeDataDir, testConfig } from '../support/test-config';

const log = pino({ level: 'silent' });
const CRLF = '\r\n';

function customerMail(options: { messageId: string; from?: string; extraHeaders?: string[]; body?: string }): Buffer {
  return Buffer.from(
    [
      `From: Emma Clarke <${options.from ?? 'emma.clarke@example.co.uk'}>`,
      'To: Support <support@shop.example>',
      'Subject: Missing refund',
      `Message-ID: <${options.messageId}>`,
      'Date: Mon, 3 Jun 2024 10:00:00 +0100',
      ...(options.extraHeaders ?? []),
      'Content-Type: text/plain; charset=utf-8',
      '',
      options.body ?? 'My refund for order 40021 has not arrived.',
      '',
    ].join(CRLF),
  );
}

/** What the listener hands to the pipeline; a test makes storing slow or failing. */
class AcceptRecorder {
  readonly accepted: InboundMessage[] = [];
  readonly acceptedAt: number[] = [];
  delayMs = 0;
  failures = 0;

  accept = async (message: InboundMessage): Promise<AcceptResult> => {
    if (this.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    if (this.failures > 0) {
      this.failures -= 1;
      throw new Error('store unavailable');
    }
    this.accepted.push(message);
    this.acceptedAt.push(Date.now());
    return { item: { id: `in_${this.accepted.length}` } as InboxItem, duplicate: false };
  };
}

describe('the SMTP listener', () => {
  let provider: FakeSmtpServer;
  let recorder: AcceptRecorder;
  let adapter: EmailAdapter;
  let client: Transporter;
  let config: ReturnType<typeof testConfig>;

  beforeAll(async () => {
    provider = await FakeSmtpServer.start();
    config = testConfig({ SMTP_URL: provider.url, EMAIL_FROM: 'Support <support@shop.example>', EMAIL_SMTP_PORT: '0' });
  });
  beforeEach(async () => {
    recorder = new AcceptRecorder();
    const built = createEmailChannel({ config, log, clock: Date.now, store: {} as DocumentStore, accept: recorder.accept });
    if (isDisabled(built)) throw new Error(built.reason);
    adapter = built as EmailAdapter;
    await adapter.start();
    client = nodemailer.createTransport({ host: '127.0.0.1', port: adapter.smtpPort!, secure: false, ignoreTLS: true });
  });
  afterEach(async () => {
    client.close();
    await adapter.stop();
  });
  afterAll(async () => {
    await provider.stop();
    removeDataDir(config);
  });

  const send = (raw: Buffer, envelope = { from: 'emma.clarke@example.co.uk', to: ['support@shop.example'] }) => client.sendMail({ envelope, raw });

  test('acknowledges a customer mail only after it was stored', async () => {
    recorder.delayMs = 150;
    const info = await send(customerMail({ messageId: 'listener-1@example.co.uk' }));
    const acknowledgedAt = Date.now();
    expect(info.response).toMatch(/^250/);
    expect(recorder.accepted).toHaveLength(1);
    expect(recorder.acceptedAt[0]!).toBeLessThanOrEqual(acknowledgedAt);
    expect(recorder.accepted[0]).toMatchObject({
      channel: 'email',
      providerMessageId: 'listener-1@example.co.uk',
      text: 'My refund for order 40021 has not arrived.',
      from: { kind: 'email', value: 'emma.clarke@example.co.uk', verified: true },
      raw: { source: 'smtp' },
    });
  });

  test('accepts any address of the support domain and refuses other recipients at RCPT', async () => {
    await expect(send(customerMail({ messageId: 'listener-2@example.co.uk' }), { from: 'emma.clarke@example.co.uk', to: ['billing@shop.example'] })).resolves.toBeDefined();
    await expect(send(customerMail({ messageId: 'listener-3@example.co.uk' }), { from: 'emma.clarke@example.co.uk', to: ['someone@elsewhere.example'] })).rejects.toMatchObject({
      code: 'EENVELOPE',
      responseCode: 550,
    });
    expect(recorder.accepted.map((message) => message.providerMessageId)).toEqual(['listener-2@example.co.uk']);
  });

  test('a store failure is a temporary 451, so the sending server retries and nothing is lost', async () => {
    recorder.failures = 1;
    await expect(send(customerMail({ messageId: 'listener-4@example.co.uk' }))).rejects.toMatchObject({ responseCode: 451 });
    expect(recorder.accepted).toHaveLength(0);
    await expect(send(customerMail({ messageId: 'listener-4@example.co.uk' }))).resolves.toBeDefined();
    expect(recorder.accepted).toHaveLength(1);
  });

  test('a bounce (null sender) is taken with 250 and never reaches the pipeline', async () => {
    // Only the envelope says it: the listener writes it into Return-Path for parse to see.
    const bounce = customerMail({ messageId: 'bounce-1@mx.example', body: 'Delivery failed.' });
    await expect(send(bounce, { from: '', to: ['support@shop.example'] })).resolves.toBeDefined();
    await expect(send(customerMail({ messageId: 'ooo-1@example.co.uk', extraHeaders: ['Auto-Submitted: auto-replied'] }))).resolves.toBeDefined();
    expect(recorder.accepted).toHaveLength(0);
  });

  test('a mail without a From address is refused permanently (554)', async () => {
    const raw = Buffer.from(['To: support@shop.example', 'Subject: x', '', 'hello', ''].join(CRLF));
    await expect(send(raw)).rejects.toMatchObject({ responseCode: 554 });
    expect(recorder.accepted).toHaveLength(0);
  });
});

describe('the SMTP listener limits', () => {
  test('a message over the size limit is refused with 552 and not stored', async () => {
    const stored: Buffer[] = [];
    const listener = new SmtpListener({
      port: 0,
      host: '127.0.0.1',
      accepts: () => true,
      deliver: async (raw) => {
        stored.push(raw);
      },
      clock: Date.now,
      log,
      maxBytes: 20_000,
    });
    await listener.start();
    const client = nodemailer.createTransport({ host: '127.0.0.1', port: listener.port!, secure: false, ignoreTLS: true });
    try {
      const big = customerMail({ messageId: 'big@example.co.uk', body: 'x'.repeat(50_000) });
      await expect(client.sendMail({ envelope: { from: 'a@example.co.uk', to: ['support@shop.example'] }, raw: big })).rejects.toMatchObject({ responseCode: 552 });
      expect(stored).toHaveLength(0);
    } finally {
      client.close();
      await listener.stop();
    }
  });

  test('a port that is taken fails start-up loudly', async () => {
    const first = new SmtpListener({ port: 0, host: '127.0.0.1', accepts: () => true, deliver: async () => undefined, clock: Date.now, log });
    await first.start();
    const second = new SmtpListener({ port: first.port!, host: '127.0.0.1', accepts: () => true, deliver: async () => undefined, clock: Date.now, log });
    await expect(second.start()).rejects.toMatchObject({ code: 'EADDRINUSE' });
    await first.stop();
  });
});

describe('which parts of the email channel are on', () => {
  const build = (environment: Record<string, string>) => {
    const config = testConfig(environment);
    removeDataDir(config);
    return createEmailChannel({ config, log, clock: Date.now, store: {} as DocumentStore, accept: new AcceptRecorder().accept });
  };

  test('off without sending credentials, naming what is missing', () => {
    expect(build({ EMAIL_WEBHOOK_TOKEN: 'token' })).toMatchObject({ name: 'email', reason: expect.stringContaining('SMTP_URL, EMAIL_FROM not set') });
    expect(build({ SMTP_URL: 'smtp://127.0.0.1:2525', EMAIL_WEBHOOK_TOKEN: 'token' })).toMatchObject({ reason: expect.stringContaining('EMAIL_FROM not set') });
  });

  test('off without any inbound path, or with an EMAIL_FROM that is no address', () => {
    expect(build({ SMTP_URL: 'smtp://127.0.0.1:2525', EMAIL_FROM: 'support@shop.example' })).toMatchObject({ reason: expect.stringContaining('no inbound path') });
    expect(build({ SMTP_URL: 'smtp://127.0.0.1:2525', EMAIL_FROM: 'Support team', EMAIL_WEBHOOK_TOKEN: 'token' })).toMatchObject({ reason: 'EMAIL_FROM holds no email address' });
  });

  test('the webhook is mounted only with EMAIL_WEBHOOK_TOKEN; the listener only with EMAIL_SMTP_PORT', async () => {
    const webhookOnly = build({ SMTP_URL: 'smtp://127.0.0.1:2525', EMAIL_FROM: 'support@shop.example', EMAIL_WEBHOOK_TOKEN: 'token' }) as EmailAdapter;
    expect(webhookOnly.webhooks?.map((route) => route.path)).toEqual(['/webhooks/email']);
    await webhookOnly.start();
    expect(webhookOnly.smtpPort).toBeNull();
    await webhookOnly.stop();
    const listenerOnly = build({ SMTP_URL: 'smtp://127.0.0.1:2525', EMAIL_FROM: 'support@shop.example', EMAIL_SMTP_PORT: '0', HOST: '127.0.0.1' }) as EmailAdapter;
    expect(listenerOnly.webhooks).toBeUndefined();
    expect(() => listenerOnly.verify({ method: 'POST', url: '/webhooks/email', headers: {}, body: Buffer.alloc(0), receivedAt: 0 })).toThrow('webhook is off');
    await listenerOnly.stop();
  });
});
