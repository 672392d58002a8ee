import { twilioThreadKey } from '../../channels/twilio/parse';
import { MAX_SEND_ATTEMPTS } from '../../src/conversation/outbox';
import type { InboxItem, OutboundMessage } from '../../src/conversation/model';
import { COLLECTIONS } from '../../src/store/schema';
import { FakeTwilio, type FakeWebhook } from '../support/fake-twilio';
import { startTestApp } from '../support/test-app';
import { BUSINESS_NUMBER, TEST_PUBLIC_URL, WHATSAPP_BUSINESS } from '../support/twilio-sender';

type TestApp = Awaited<ReturnType<typeof startTestApp>>;

const ANNA = '+4915112345678';
const OLIVIA = '+12025550143';
const ERIK = '+46701234567';

/**
 * From a provider request to a delivered reply: signed form posts to the real HTTP routes of a whole application,
 * the real `twilio` SDK sending to a fake Twilio on 127.0.0.1 (TWILIO_API_URL), status callbacks back in.
 */
describe('Twilio end to end', () => {
  let fake: FakeTwilio;
  let app: TestApp;
  let offset = 0;

  beforeAll(async () => {
    fake = await FakeTwilio.start();
    app = await startTestApp({
      clock: () => Date.now() + offset,
      environment: { TWILIO_ACCOUNT_SID: fake.accountSid, TWILIO_AUTH_TOKEN: fake.authToken, TWILIO_API_URL: fake.url, PUBLIC_URL: TEST_PUBLIC_URL },
    });
  });
  afterAll(async () => {
    await app.dispose();
    await fake.stop();
  });

  const post = (webhook: FakeWebhook) => app.server.inject({ method: 'POST', url: webhook.url, headers: webhook.headers, payload: webhook.payload });
  const inbound = (message: { from: string; to?: string; body: string; sid?: string }) =>
    post(fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', fake.inboundParams({ to: BUSINESS_NUMBER, ...message })));

  async function repliesOf(from: string, to = BUSINESS_NUMBER): Promise<OutboundMessage[]> {
    const channel = from.startsWith('whatsapp:') ? 'whatsapp' : 'sms';
    const conversation = await app.context.conversations.findLatest(channel, twilioThreadKey(channel, to, from));
    return conversation ? app.context.outbox.forConversation(conversation.id) : [];
  }

  /** Polls (bounded) until the condition holds. */
  async function until<T>(read: () => Promise<T>, accept: (value: T) => boolean, timeoutMs = 5000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = await read();
      if (accept(value) || Date.now() > deadline) return value;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 300));

  test('an SMS is answered from the number written to; a redelivery gets no second reply; callbacks track delivery', async () => {
    const response = await inbound({ from: ANNA, body: 'hello', sid: 'SM00000000000000000000000000000001' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/xml/);
    expect(response.body).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');

    // The minimal resolver answers a first greeting with the AI disclosure and a greeting.
    const sent = await fake.waitForMessages(2);
    expect(sent.map((message) => [message.from, message.to])).toEqual([
      [BUSINESS_NUMBER, ANNA],
      [BUSINESS_NUMBER, ANNA],
    ]);
    expect(sent[0]!.body).toMatch(/\b(AI|KI)\b/);
    expect(sent.every((message) => message.statusCallback === `${TEST_PUBLIC_URL}/webhooks/twilio/status`)).toBe(true);

    const again = await inbound({ from: ANNA, body: 'hello', sid: 'SM00000000000000000000000000000001' });
    expect(again.statusCode).toBe(200);
    await settle();
    expect(fake.messages).toHaveLength(2);
    expect(await app.context.store.collection<InboxItem>(COLLECTIONS.inbox).count({ providerMessageId: 'SM00000000000000000000000000000001' })).toBe(1);

    const replies = await until(() => repliesOf(ANNA), (all) => all.every((reply) => reply.providerMessageId !== null));
    expect(replies.map((reply) => reply.providerMessageId)).toEqual(sent.map((message) => message.sid));
    expect((await post(fake.statusCallback(sent[1]!.sid, 'delivered'))).statusCode).toBe(204);
    // A late "sent" never moves a delivered message back.
    expect((await post(fake.statusCallback(sent[1]!.sid, 'sent'))).statusCode).toBe(204);
    expect((await app.context.outbox.get(replies[1]!.id))?.status).toBe('delivered');
    await post(fake.statusCallback(sent[0]!.sid, 'undelivered', 30003));
    expect(await app.context.outbox.get(replies[0]!.id)).toMatchObject({ status: 'undelivered', error: 'twilio_30003' });
  });

  test('a 503 from Twilio is retried with backoff and then delivered', async () => {
    fake.reset();
    fake.fail({ status: 503, code: 20503, message: 'Service Unavailable' });
    await inbound({ from: ANNA, body: 'when is my next payment due?' });
    const failedOnce = await until(() => repliesOf(ANNA), (all) => all.some((reply) => reply.error === 'twilio_20503'));
    const reply = failedOnce.find((candidate) => candidate.error === 'twilio_20503')!;
    expect(reply).toMatchObject({ status: 'pending', attempts: 1 });
    expect(fake.messages).toHaveLength(0);

    offset += 3000; // past the first backoff (2 s)
    const [sent] = await fake.waitForMessages(1);
    expect(sent).toMatchObject({ from: BUSINESS_NUMBER, to: ANNA });
    const delivered = await until(() => app.context.outbox.get(reply.id), (message) => message?.status === 'sent');
    expect(delivered).toMatchObject({ status: 'sent', attempts: 2, providerMessageId: sent!.sid });
  });

  test('a send that keeps failing is given up after the last attempt, visibly', async () => {
    fake.reset();
    fake.fail(...Array.from({ length: MAX_SEND_ATTEMPTS }, () => ({ status: 503, code: 20503 })));
    await inbound({ from: ANNA, body: 'refund please' });
    let reply = (await until(() => repliesOf(ANNA), (all) => all.some((message) => message.error === 'twilio_20503' && message.status === 'pending'))).find(
      (message) => message.error === 'twilio_20503',
    )!;
    for (let round = 0; round < MAX_SEND_ATTEMPTS + 2 && reply.status !== 'failed'; round += 1) {
      offset += 301_000; // past the longest backoff
      const attempts = reply.attempts;
      // Wait for the attempt's outcome to be recorded, not merely claimed, before moving the clock again.
      reply = (await until(() => app.context.outbox.get(reply.id), (message) => !!message && message.attempts > attempts && message.status !== 'sending'))!;
    }
    expect(reply).toMatchObject({ status: 'failed', error: 'twilio_20503', attempts: MAX_SEND_ATTEMPTS });
    expect(fake.requests).toBe(MAX_SEND_ATTEMPTS);
  });

  test('a permanent refusal fails at once with Twilio’s code', async () => {
    fake.reset();
    fake.fail({ status: 400, code: 21211, message: "The 'To' number is not a valid phone number." });
    await inbound({ from: OLIVIA, body: 'hi' });
    // The first of the two replies is refused; the second is still delivered, in order, after it.
    const replies = await until(() => repliesOf(OLIVIA), (all) => all.length === 2 && all.every((message) => message.status === 'failed' || message.status === 'sent'));
    expect(replies.map((message) => [message.status, message.error, message.attempts])).toEqual([
      ['failed', 'twilio_21211', 1],
      ['sent', null, 1],
    ]);
  });

  test('STOPP is confirmed, then nothing more is sent; HJÄLP never reaches the resolver; STARTA subscribes again', async () => {
    fake.reset();
    await inbound({ from: ERIK, body: 'Stopp' });
    const [confirmation] = await fake.waitForMessages(1);
    // Erik is a Swedish demo customer: confirmed in Swedish.
    expect(confirmation).toMatchObject({ to: ERIK, from: BUSINESS_NUMBER });
    expect(confirmation!.body).toMatch(/avregistrerad/);

    await inbound({ from: ERIK, body: 'hello, are you there?' });
    const blocked = await until(() => repliesOf(ERIK), (all) => all.some((message) => message.error === 'opted_out'));
    expect(blocked.filter((message) => message.error === 'opted_out').length).toBeGreaterThan(0);
    await settle();
    expect(fake.messages).toHaveLength(1);

    await inbound({ from: ERIK, body: 'HJÄLP' });
    const [, help] = await fake.waitForMessages(2);
    expect(help!.body).toMatch(/STOPP/);
    const helpItem = await until(
      async () => (await app.context.store.collection<InboxItem>(COLLECTIONS.inbox).find({ threadKey: twilioThreadKey('sms', BUSINESS_NUMBER, ERIK) })).find((item) => item.message.text === 'HJÄLP'),
      (item) => item?.status === 'done',
    );
    expect(helpItem).toMatchObject({ outcome: 'control_help', plan: null });

    await inbound({ from: ERIK, body: 'STARTA' });
    const [, , resumed] = await fake.waitForMessages(3);
    expect(resumed!.body).toMatch(/registrerad igen/);
    await inbound({ from: ERIK, body: 'thanks' });
    const [, , , answer] = await fake.waitForMessages(4);
    expect(answer).toMatchObject({ to: ERIK });
  });

  test('Twilio answers its own English STOP and HELP on a long code: recorded, not confirmed twice', async () => {
    fake.reset();
    const customer = '+33612345678';
    await inbound({ from: customer, body: 'STOP' });
    await inbound({ from: customer, body: 'HELP' });
    await inbound({ from: customer, body: 'bonjour ?' });
    const replies = await until(() => repliesOf(customer), (all) => all.some((message) => message.error === 'opted_out'));
    await settle();
    expect(fake.messages).toHaveLength(0);
    expect(replies.every((message) => message.error === 'opted_out')).toBe(true);
  });

  test('WhatsApp: answered inside the 24-hour window, held outside it with a clear status, sent first when the customer writes again', async () => {
    fake.reset();
    const customer = 'whatsapp:+4915112345678';
    const response = await post(fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', fake.inboundParams({ from: customer, to: WHATSAPP_BUSINESS, body: 'hi', profileName: 'Anna' })));
    expect(response.statusCode).toBe(200);
    const sent = await fake.waitForMessages(2);
    expect(sent.map((message) => [message.from, message.to])).toEqual([
      [WHATSAPP_BUSINESS, customer],
      [WHATSAPP_BUSINESS, customer],
    ]);
    await settle();

    offset += 25 * 60 * 60 * 1000;
    const conversation = await app.context.conversations.findLatest('whatsapp', twilioThreadKey('whatsapp', WHATSAPP_BUSINESS, customer));
    const before = fake.requests;
    await app.context.actions.replyAsAgent(conversation!.id, { id: 'U1', name: 'Sam' }, 'Your refund was approved.', 'slack-1');
    const replies = await until(() => repliesOf(customer, WHATSAPP_BUSINESS), (all) => all.some((message) => message.status === 'held'));
    expect(replies.find((message) => message.author.kind === 'agent')).toMatchObject({ status: 'held', error: 'whatsapp_window_closed', providerMessageId: null });
    expect(fake.requests).toBe(before);

    // The customer writes again: the window is open, and the held reply goes out before anything newer.
    const sentBefore = fake.messages.length;
    await post(fake.webhook(TEST_PUBLIC_URL, '/webhooks/twilio/messages', fake.inboundParams({ from: customer, to: WHATSAPP_BUSINESS, body: 'any news on my refund?' })));
    const after = await fake.waitForMessages(sentBefore + 1);
    expect(after[sentBefore]).toMatchObject({ from: WHATSAPP_BUSINESS, to: customer, body: 'Your refund was approved.' });
    const released = await until(() => repliesOf(customer, WHATSAPP_BUSINESS), (all) => all.every((message) => message.status !== 'held' && message.status !== 'pending' && message.status !== 'sending'));
    expect(released.find((message) => message.author.kind === 'agent')).toMatchObject({ status: 'sent', error: null });
  });
});
