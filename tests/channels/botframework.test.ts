import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/observability/logger';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { startTestApp } from '../support/test-app';

/**
 * End to end in local mode (no MICROSOFT_APP_ID, as with the Bot Framework Emulator): a provider request to
 * `/api/messages` on a listening app, through the pipeline and the outbox, to a reply the real CloudAdapter posts
 * to the fake Bot Connector.
 */

type Activity = Record<string, unknown> & { id: string; conversation: { id: string }; from: { id: string }; recipient: { id: string } };
type TestApp = Awaited<ReturnType<typeof startTestApp>>;

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'botframework');

/** A recorded activity, re-addressed to the fake connector and to a conversation of its own. */
function activityFrom(fixture: string, serviceUrl: string, conversationId: string): Activity {
  const recorded = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${fixture}.json`), 'utf8')) as { request: { body: string } };
  const activity = JSON.parse(recorded.request.body) as Activity;
  return { ...activity, serviceUrl, conversation: { ...activity.conversation, id: conversationId }, id: `${conversationId}|0000001` };
}

let fake: FakeBotConnector;
let app: TestApp;
let baseUrl: string;
const logLines: string[] = [];

beforeAll(async () => {
  fake = await FakeBotConnector.start();
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  app = await startTestApp({ log: createLogger('info', sink) });
  baseUrl = await app.start();
});

afterAll(async () => {
  await app.dispose();
  await fake.stop();
});

function post(body: string | object, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

describe('Bot Framework end to end, local mode', () => {
  test('start-up says the channel runs without tokens', () => {
    expect(logLines.join('')).toMatch(/Bot Framework channel in local mode/);
  });

  test.each([
    ['directline-message', 'dl-e2e-1'],
    ['webchat-message', 'webchat-e2e-1'],
    ['teams-personal-message', 'a:teams-e2e-1'],
  ])('a %s activity is answered in its own conversation at the connector', async (fixture, conversationId) => {
    const activity = activityFrom(fixture, fake.url, conversationId);
    const response = await post(activity);
    expect(response.status).toBe(200);

    await waitForConversation(conversationId, 2);
    const conversation = await app.context.conversations.findLatest('botframework', `botframework:${String(activity.channelId)}:${conversationId}`);
    // The connector has the reply a moment before the outbox records the attempt.
    const stored = await until(
      () => app.context.outbox.forConversation(conversation!.id),
      (messages) => messages.every((message) => message.status === 'sent'),
    );
    // Every stored reply reached the connector once: the disclosure and the answer (which may take several messages).
    const replies = await waitForConversation(conversationId, stored.length);
    expect(replies).toHaveLength(stored.length);
    expect(stored.length).toBeGreaterThanOrEqual(2);
    for (const reply of replies) {
      expect(reply.replyToId).toBe(activity.id);
      expect(reply.activity).toMatchObject({
        type: 'message',
        textFormat: 'plain',
        from: { id: activity.recipient.id },
        recipient: { id: activity.from.id },
        conversation: { id: conversationId },
        replyToId: activity.id,
      });
    }
    expect(replies[0]!.activity.text).toMatch(/\b(AI|KI)\b/); // the disclosure, in the market language of the fixture
    expect(stored.every((message) => /^reply-\d+$/.test(message.providerMessageId ?? ''))).toBe(true);
  });

  test('a redelivered activity is acknowledged and gets no second reply', async () => {
    const activity = activityFrom('directline-message', fake.url, 'dl-e2e-redelivery');
    expect((await post(activity)).status).toBe(200);
    await waitForConversation('dl-e2e-redelivery', 2);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const answered = fake.received.filter((reply) => reply.conversationId === 'dl-e2e-redelivery').length;

    expect((await post(activity)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(fake.received.filter((reply) => reply.conversationId === 'dl-e2e-redelivery')).toHaveLength(answered);
    const conversation = await app.context.conversations.findLatest('botframework', 'botframework:directline:dl-e2e-redelivery');
    expect(await app.context.inbox.forConversation(conversation!.id)).toHaveLength(1);
  });

  test('non-message activities are acknowledged and answered with nothing', async () => {
    const before = fake.received.length;
    const update = { ...activityFrom('conversation-update-members-added', fake.url, 'dl-e2e-update'), type: 'conversationUpdate' };
    const typing = { ...activityFrom('typing', fake.url, 'dl-e2e-update'), type: 'typing' };
    expect((await post(update)).status).toBe(200);
    expect((await post(typing)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fake.received.length).toBe(before);
  });

  test('malformed requests get a 4xx with an error code, and the process keeps serving', async () => {
    const cases: [string | object, number, string][] = [
      ['', 400, 'invalid_json'],
      ['{"type": "message", ', 400, 'invalid_json'],
      [{ type: 'message', text: 'no conversation' }, 400, 'invalid_request'],
      [{ ...activityFrom('directline-message', fake.url, 'dl-e2e-huge'), text: 'x'.repeat(100 * 1024) }, 400, 'invalid_request'],
      [activityFrom('directline-message', 'https://attacker.example/', 'dl-e2e-remote'), 403, 'forbidden'],
      [activityFrom('directline-message', 'http://169.254.169.254/', 'dl-e2e-metadata'), 403, 'forbidden'],
      ['{"type":"message","text":"' + 'y'.repeat(300 * 1024) + '"}', 413, 'payload_too_large'],
    ];
    for (const [body, status, code] of cases) {
      const response = await post(body);
      expect({ status: response.status, body: await response.json() }).toEqual({ status, body: { error: expect.objectContaining({ code, message: expect.any(String) }) } });
    }
    expect((await fetch(`${baseUrl}/healthz`)).status).toBe(200);
    expect(fake.received.some((reply) => reply.conversationId.startsWith('dl-e2e-huge') || reply.conversationId.includes('remote'))).toBe(false);
  });

  test('info logs carry neither message texts nor reply texts', async () => {
    const secretText = 'my card number is 4111 1111 1111 1111';
    const activity = { ...activityFrom('directline-message', fake.url, 'dl-e2e-logs'), text: secretText };
    expect((await post(activity)).status).toBe(200);
    const replies = await waitForConversation('dl-e2e-logs', 1);
    const logs = logLines.join('');
    expect(logs).toMatch(/"route":"\/api\/messages"/);
    expect(logs).not.toContain('4111');
    for (const reply of replies) expect(logs).not.toContain(String(reply.activity.text));
  });

  test('/readyz lists the channel as on', async () => {
    const response = await fetch(`${baseUrl}/readyz`);
    expect(((await response.json()) as { channels: Record<string, string> }).channels.botframework).toBe('on');
  });
});

async function waitForConversation(conversationId: string, count: number) {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    const replies = fake.received.filter((reply) => reply.conversationId === conversationId);
    if (replies.length >= count) return replies;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return fake.received.filter((reply) => reply.conversationId === conversationId);
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 3000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let value = await read();
  while (!done(value) && Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 10));
    value = await read();
  }
  return value;
}
