import { Writable } from 'node:stream';
import { verifyTwilioSignature, webhookUrl } from '../../channels/twilio/verify';
import type { InboxItem } from '../../src/conversation/model';
import { AppError } from '../../src/errors';
import { createLogger } from '../../src/observability/logger';
import { COLLECTIONS } from '../../src/store/schema';
import { FakeTwilio } from '../support/fake-twilio';
import { startTestApp } from '../support/test-app';
import { BUSINESS_NUMBER, TEST_PUBLIC_URL } from '../support/twilio-sender';

type TestApp = Awaited<ReturnType<typeof startTestApp>>;

const SECRET_TEXT = 'my card number is 4111 1111 1111 1111';

describe('Twilio webhooks over HTTP', () => {
  let fake: FakeTwilio;
  let app: TestApp;
  const logLines: string[] = [];

  beforeAll(async () => {
    fake = await FakeTwilio.start();
    const sink = new Writable({
      write(chunk, _encoding, done) {
        logLines.push(String(chunk));
        done();
      },
    });
    app = await startTestApp({
      log: createLogger('info', sink),
      environment: { TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_URL: fake.url, PUBLIC_URL: TEST_PUBLIC_URL },
    });
  });
  afterAll(async () => {
    await app.dispose();
    await fake.stop();
  });

  const inboxCount = () => app.context.store.collection<InboxItem>(COLLECTIONS.inbox).count({});
  const params = (body = SECRET_TEXT, from = '+4915112345678') => fake.inboundParams({ from, to: BUSINESS_NUMBER, body });
  const inject = (request: { url: string; headers: Record<string, string>; payload: string }) =>
    app.server.inject({ method: 'POST', url: request.url, headers: request.headers, payload: request.payload });

  test.each([
    ['no signature', (signed: ReturnType<FakeTwilio['webhook']>) => ({ ...signed, headers: { 'content-type': signed.headers['content-type']! } })],
    ['a signature made with another auth token', () => fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', params(), 'another-token')],
    ['a signature made for another host', () => fake.webhook('https://attacker.example', '/webhooks/twilio/messages', params())],
    ['a signature replayed from the status URL', () => ({ ...fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/status', params()), url: '/webhooks/twilio/messages' })],
    ['a body changed after signing', (signed: ReturnType<FakeTwilio['webhook']>) => ({ ...signed, payload: signed.payload.replace('card', 'bank') })],
  ])('%s gets 403 with an error code and is stored nowhere', async (_name, build) => {
    const before = await inboxCount();
    const response = await inject(build(fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', params())));
    expect(response.statusCode).toBe(403);
    expect(response.json()).toEqual({ error: { code: 'forbidden', message: expect.any(String) } });
    expect(await inboxCount()).toBe(before);
  });

  test('behind a proxy the signature is checked against PUBLIC_URL, whatever host the request names', async () => {
    const signed = fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', params());
    const response = await inject({ ...signed, headers: { ...signed.headers, host: '10.0.0.7:3000', 'x-forwarded-proto': 'http' } });
    expect(response.statusCode).toBe(200);
  });

  test.each([
    ['JSON instead of a form', { 'content-type': 'application/json' }, () => JSON.stringify({ Body: 'hi' }), 415, 'unsupported_media_type'],
    ['an empty body', {}, () => '', 400, 'invalid_request'],
    ['a MessageSid that is not one', {}, () => new URLSearchParams({ ...params(), MessageSid: 'SM1' }).toString(), 400, 'invalid_request'],
    ['a 100 KB body', {}, () => new URLSearchParams(params('x'.repeat(100_000))).toString(), 400, 'invalid_request'],
  ])('a signed request with %s gets a 4xx with {error: {code, message}}', async (_name, headers, build, status, code) => {
    const payload = build();
    const signedParams = Object.fromEntries(new URLSearchParams(payload));
    const signed = fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', signedParams);
    const response = await inject({ url: signed.url, headers: { ...signed.headers, ...headers }, payload });
    expect(response.statusCode).toBe(status);
    expect(response.json()).toEqual({ error: expect.objectContaining({ code, message: expect.any(String) }) });
  });

  test('a body over the server limit is refused with 413 before anything else', async () => {
    const response = await inject({ url: '/webhooks/twilio/messages', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: `Body=${'x'.repeat(300 * 1024)}` });
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('payload_too_large');
  });

  test('the process survives all of it and logs neither message bodies nor secrets at info', async () => {
    expect((await app.server.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const log = logLines.join('');
    expect(log).toContain('request refused');
    expect(log).not.toContain('4111');
    expect(log).not.toContain(fake.authToken);
    expect(log).not.toMatch(/x-twilio-signature"\s*:\s*"[A-Za-z0-9+/=]{20,}/i);
  });

  test('/readyz says SMS and WhatsApp are on', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/readyz' });
    expect(response.json().channels).toMatchObject({ sms: 'on', whatsapp: 'on' });
  });

  test('a Swiss number writing ARRÊT is unsubscribed and answered in French', async () => {
    fake.reset();
    const response = await inject(fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', params('ARRÊT', '+41791234567')));
    expect(response.statusCode).toBe(200);
    const [confirmation] = await fake.waitForMessages(1);
    expect(confirmation).toMatchObject({ to: '+41791234567', from: BUSINESS_NUMBER });
    expect(confirmation!.body).toMatch(/désinscrit/);
  });
});

describe('without Twilio credentials', () => {
  test('SMS and WhatsApp are off with the reason, and their webhooks do not exist', async () => {
    const app = await startTestApp({ environment: { TWILIO_ACCOUNT_SID: 'AC0123456789abcdef0123456789abcdef' } });
    try {
      const ready = await app.server.inject({ method: 'GET', url: '/readyz' });
      expect(ready.json().channels).toMatchObject({ sms: 'off: TWILIO_AUTH_TOKEN not set', whatsapp: 'off: TWILIO_AUTH_TOKEN not set' });
      const response = await app.server.inject({ method: 'POST', url: '/webhooks/twilio/messages', payload: 'Body=hi', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
      expect(response.statusCode).toBe(404);
      expect(response.json().error.code).toBe('not_found');
    } finally {
      await app.dispose();
    }
  });
});

describe('the signed URL', () => {
  test('PUBLIC_URL may carry a path prefix that a proxy strips', () => {
    expect(webhookUrl('https://example.com/support/', '/webhooks/twilio/messages?x=1')).toBe('https://example.com/support/webhooks/twilio/messages?x=1');
  });

  test('a request signed for the prefixed URL verifies; the bare host does not', async () => {
    const fake = await FakeTwilio.start();
    try {
      const signed = fake.webhook('https://example.com/support', '/webhooks/twilio/messages', { Body: 'hi' });
      const request = { method: 'POST', url: signed.url, headers: { 'x-twilio-signature': signed.headers['x-twilio-signature'] }, body: Buffer.from(signed.payload), receivedAt: 0 };
      expect(verifyTwilioSignature(request, fake.authToken, 'https://example.com/support')).toEqual({ Body: 'hi' });
      expect(() => verifyTwilioSignature(request, fake.authToken, 'https://example.com')).toThrow(AppError);
    } finally {
      await fake.stop();
    }
  });
});
