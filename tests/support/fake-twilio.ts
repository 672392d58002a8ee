import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import twilio from 'twilio';

/**
 * A small fake of Twilio's REST API on 127.0.0.1, for the real `twilio` SDK to talk to. The SDK reaches it only
 * through a custom `httpClient` (TWILIO_API_URL): it builds absolute https://api.twilio.com URLs itself.
 *
 * What it emulates: `POST /2010-04-01/Accounts/{AccountSid}/Messages.json` with HTTP Basic auth (account SID and auth
 * token), Twilio's form parameters (To, From, Body, MediaUrl, ContentSid, ContentVariables, StatusCallback), the
 * message resource it answers with, and Twilio's error body (`{code, message, more_info, status}`) for the refusals
 * it checks (missing To/From/content, body over 1,600 characters, bad credentials). It also plays Twilio's other
 * side: signed webhooks (inbound messages, status callbacks) for a test to post to the application.
 *
 * What it does not: other resources, pagination, segment counting, delivery (nothing is delivered until a test
 * posts a status callback), Messaging Services, rate limits except those a test scripts with `fail()`.
 */

export interface FakeMessage {
  sid: string;
  accountSid: string;
  to: string;
  from: string;
  body?: string;
  mediaUrl: string[];
  contentSid?: string;
  contentVariables?: string;
  statusCallback?: string;
  /** When the fake accepted it (epoch ms). */
  acceptedAt: number;
}

/**
 * A scripted answer to a create call: a Twilio error, a slow answer, a dropped connection, or (to let an earlier
 * call through before a failure) a normal acceptance.
 */
export type FakeFailure = { status: number; code?: number; message?: string } | { delayMs: number } | { drop: true } | { accept: true };

export interface FakeWebhook {
  url: string;
  headers: Record<string, string>;
  payload: string;
}

export class FakeTwilio {
  readonly messages: FakeMessage[] = [];
  /** Every create call, including refused ones. */
  requests = 0;
  private readonly scripted: FakeFailure[] = [];
  private readonly server: http.Server;
  private counter = 0;

  private constructor(
    readonly accountSid: string,
    readonly authToken: string,
  ) {
    this.server = http.createServer((request, response) => void this.handle(request, response));
  }

  static async start(accountSid = 'AC0123456789abcdef0123456789abcdef', authToken = 'fake-twilio-auth-token-0123456789'): Promise<FakeTwilio> {
    const fake = new FakeTwilio(accountSid, authToken);
    await new Promise<void>((resolve) => fake.server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** The next create calls answer these ways, in order, before answering normally again. */
  fail(...failures: FakeFailure[]): void {
    this.scripted.push(...failures);
  }

  reset(): void {
    this.messages.length = 0;
    this.scripted.length = 0;
    this.requests = 0;
  }

  /** Waits (bounded) until at least `count` messages were accepted. */
  async waitForMessages(count: number, timeoutMs = 5000): Promise<FakeMessage[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.messages.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    if (this.messages.length < count) throw new Error(`Expected ${count} messages at the fake Twilio, got ${this.messages.length}`);
    return this.messages.slice(0, count);
  }

  /** A webhook as Twilio would post it to `publicUrl + path`, signed with this account's auth token. */
  webhook(publicUrl: string, path: string, params: Record<string, string>, authToken = this.authToken): FakeWebhook {
    const signature = twilio.getExpectedTwilioSignature(authToken, `${publicUrl}${path}`, params);
    return {
      url: path,
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-twilio-signature': signature, 'i-twilio-idempotency-token': randomBytes(8).toString('hex') },
      payload: new URLSearchParams(params).toString(),
    };
  }

  /** The form fields of an inbound SMS or WhatsApp message (WhatsApp when `from` starts with `whatsapp:`). */
  inboundParams(message: { from: string; to: string; body: string; sid?: string; profileName?: string }): Record<string, string> {
    const sid = message.sid ?? this.newSid('SM');
    const common = { MessageSid: sid, SmsMessageSid: sid, SmsSid: sid, AccountSid: this.accountSid, From: message.from, To: message.to, Body: message.body, NumMedia: '0', NumSegments: '1', SmsStatus: 'received', ApiVersion: '2010-04-01' };
    if (!message.from.startsWith('whatsapp:')) return { ...common, FromCountry: '', ToCountry: '' };
    return { ...common, ProfileName: message.profileName ?? 'Customer', WaId: message.from.replace(/^whatsapp:\+/, ''), MessageType: 'text' };
  }

  /** The status callback Twilio would post for an accepted message, signed for the URL the send asked for. */
  statusCallback(sid: string, status: string, errorCode?: number): FakeWebhook {
    const message = this.messages.find((candidate) => candidate.sid === sid);
    if (!message?.statusCallback) throw new Error(`No status callback URL recorded for ${sid}`);
    const params: Record<string, string> = { MessageSid: sid, SmsSid: sid, MessageStatus: status, SmsStatus: status, AccountSid: this.accountSid, From: message.from, To: message.to, ApiVersion: '2010-04-01' };
    if (errorCode) params.ErrorCode = String(errorCode);
    if (message.to.startsWith('whatsapp:')) params.ChannelPrefix = 'whatsapp';
    const url = new URL(message.statusCallback);
    const signed = this.webhook(url.origin, url.pathname + url.search, params);
    return { ...signed, url: url.pathname + url.search };
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private newSid(prefix: string): string {
    this.counter += 1;
    return `${prefix}${this.counter.toString(16).padStart(8, '0')}${randomBytes(12).toString('hex')}`;
  }

  private async handle(request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = (request.url ?? '').split('?')[0]!;
    const match = /^\/2010-04-01\/Accounts\/(AC[0-9a-f]{32})\/Messages\.json$/i.exec(path);
    if (request.method !== 'POST' || !match) return this.error(response, 404, 20404, 'The requested resource was not found');
    this.requests += 1;
    const expected = `Basic ${Buffer.from(`${this.accountSid}:${this.authToken}`).toString('base64')}`;
    if (request.headers.authorization !== expected || match[1] !== this.accountSid) return this.error(response, 401, 20003, 'Authenticate');

    const scripted = this.scripted.shift();
    if (scripted && 'drop' in scripted) return void request.socket.destroy();
    if (scripted && 'delayMs' in scripted) {
      await new Promise((resolve) => setTimeout(resolve, scripted.delayMs));
      // The client gave up waiting: record nothing, so a late acceptance cannot leak into the next test.
      if (request.socket.destroyed) return;
    }
    if (scripted && 'status' in scripted) return this.error(response, scripted.status, scripted.code, scripted.message ?? 'Scripted failure');

    const form = new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
    const to = form.get('To');
    const from = form.get('From');
    const body = form.get('Body') ?? undefined;
    const mediaUrl = form.getAll('MediaUrl');
    const contentSid = form.get('ContentSid') ?? undefined;
    if (!to) return this.error(response, 400, 21604, "A 'To' phone number is required.");
    if (!from) return this.error(response, 400, 21603, "A 'From' phone number is required.");
    if (!body && mediaUrl.length === 0 && !contentSid) return this.error(response, 400, 21602, 'Message body is required.');
    if (body && body.length > 1600) return this.error(response, 400, 21617, 'The concatenated message body exceeds the 1600 character limit.');

    const message: FakeMessage = {
      sid: this.newSid(mediaUrl.length > 0 ? 'MM' : 'SM'),
      accountSid: this.accountSid,
      to,
      from,
      body,
      mediaUrl,
      contentSid,
      contentVariables: form.get('ContentVariables') ?? undefined,
      statusCallback: form.get('StatusCallback') ?? undefined,
      acceptedAt: Date.now(),
    };
    this.messages.push(message);
    this.json(response, 201, {
      sid: message.sid,
      account_sid: this.accountSid,
      to,
      from,
      body: body ?? '',
      status: 'queued',
      direction: 'outbound-api',
      num_segments: '1',
      num_media: String(mediaUrl.length),
      api_version: '2010-04-01',
      date_created: new Date().toUTCString(),
      date_updated: new Date().toUTCString(),
      date_sent: null,
      error_code: null,
      error_message: null,
      messaging_service_sid: null,
      price: null,
      price_unit: 'USD',
      uri: `/2010-04-01/Accounts/${this.accountSid}/Messages/${message.sid}.json`,
      subresource_uris: { media: `/2010-04-01/Accounts/${this.accountSid}/Messages/${message.sid}/Media.json` },
    });
  }

  private error(response: http.ServerResponse, status: number, code: number | undefined, message: string): void {
    this.json(response, status, { code: code ?? null, message, more_info: code ? `https://www.twilio.com/docs/errors/${code}` : null, status });
  }

  private json(response: http.ServerResponse, status: number, body: unknown): void {
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  }
}
