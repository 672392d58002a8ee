import { rebase } from '../../channels/twilio/http-client';
import { twilioThreadKey } from '../../channels/twilio/parse';
import { countSegments, MAX_SEGMENTS_PER_MESSAGE } from '../../channels/twilio/segments';
import type { SentPart } from '../../channels/twilio/send';
import { WHATSAPP_WINDOW_MS } from '../../channels/twilio/whatsapp-window';
import type { InboxItem, OutboundMessage } from '../../src/conversation/model';
import { COLLECTIONS } from '../../src/store/schema';
import { FakeTwilio } from '../support/fake-twilio';
import { BUSINESS_NUMBER, outboundMessage, startSenderRig, TEST_PUBLIC_URL, WHATSAPP_BUSINESS, type SenderRig } from '../support/twilio-sender';

const TEMPLATE_SID = 'HX0123456789abcdef0123456789abcdef';
const CUSTOMER_WHATSAPP = 'whatsapp:+4915112345678';

let fake: FakeTwilio;
let now = Date.UTC(2027, 0, 10, 12);
const clock = () => now;
let rig: SenderRig;
let templated: SenderRig;

beforeAll(async () => {
  fake = await FakeTwilio.start();
  rig = await startSenderRig(fake, { clock, timeoutMs: 300 });
  templated = await startSenderRig(fake, { clock, whatsappTemplateSid: TEMPLATE_SID });
});
afterAll(async () => {
  await rig.close();
  await templated.close();
  await fake.stop();
});
beforeEach(() => fake.reset());

function whatsappMessage(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return outboundMessage({ channel: 'whatsapp', reference: { channel: 'whatsapp', customerAddress: CUSTOMER_WHATSAPP, businessAddress: WHATSAPP_BUSINESS }, ...overrides });
}

/** Records that the customer wrote to our WhatsApp number at `at`, as the inbox would. */
async function customerWroteAt(target: SenderRig, at: number): Promise<void> {
  const threadKey = twilioThreadKey('whatsapp', WHATSAPP_BUSINESS, CUSTOMER_WHATSAPP);
  const item = {
    id: `in_${at}`,
    channel: 'whatsapp',
    providerMessageId: `SM${at.toString(16).padStart(32, '0')}`,
    threadKey,
    status: 'done',
    message: {} as InboxItem['message'],
    acceptedAt: at,
    attempts: 1,
    conversationId: null,
    processedAt: at,
    notBefore: 0,
    plan: null,
    outcome: null,
  } satisfies InboxItem;
  await target.store.collection<InboxItem>(COLLECTIONS.inbox).put(item);
}

describe('SMS through the real SDK and the fake Twilio', () => {
  test('a reply goes from the number written to, to the customer, with our status callback URL', async () => {
    const outcome = await rig.sender.send(outboundMessage());
    const [sent] = await fake.waitForMessages(1);
    expect(fake.requests).toBe(1);
    expect(sent).toMatchObject({ to: '+4915112345678', from: BUSINESS_NUMBER, body: 'Your next instalment is due on 3 June.' });
    expect(sent!.statusCallback).toBe(`${TEST_PUBLIC_URL}/webhooks/twilio/status`);
    expect(outcome).toEqual({ ok: true, status: 'sent', providerMessageId: sent!.sid });
  });

  test('a long reply goes out as several messages in order, each within the segment limit', async () => {
    const text = Array.from({ length: 500 }, (_, index) => `word${index}`).join(' ');
    const outcome = await rig.sender.send(outboundMessage({ text }));
    expect(fake.messages.length).toBe(3);
    for (const message of fake.messages) expect(countSegments(message.body!).segments).toBeLessThanOrEqual(MAX_SEGMENTS_PER_MESSAGE);
    expect(fake.messages.map((message) => message.body).join(' ')).toBe(text);
    expect(outcome).toMatchObject({ ok: true, providerMessageId: fake.messages[2]!.sid });
  });

  test('a retry after an outage part-way sends only the parts Twilio has not accepted yet', async () => {
    const message = outboundMessage({ text: Array.from({ length: 500 }, (_, index) => `word${index}`).join(' ') });
    fake.fail({ accept: true }, { status: 503, code: 20503, message: 'Service Unavailable' });
    expect(await rig.sender.send(message)).toEqual({ ok: false, retryable: true, error: 'twilio_20503' });
    expect(fake.messages).toHaveLength(1);
    const firstPart = fake.messages[0]!.body;

    const retried = await rig.sender.send(message);
    expect(fake.messages).toHaveLength(3);
    expect(fake.messages.filter((sent) => sent.body === firstPart)).toHaveLength(1);
    expect(fake.messages.map((sent) => sent.body).join(' ')).toBe(message.text);
    expect(retried).toEqual({ ok: true, status: 'sent', providerMessageId: fake.messages[2]!.sid });
    const recorded = await rig.store.collection<SentPart>(COLLECTIONS.twilioParts).find({ outboundId: message.id }, { sort: { index: 1 } });
    expect(recorded.map((part) => part.sid)).toEqual(fake.messages.map((sent) => sent.sid));

    // A worker that crashed after the last part, before recording success, sends the reply again: nothing goes twice.
    await rig.sender.send(message);
    expect(fake.messages).toHaveLength(3);
  });

  test.each([
    [{ status: 503, code: 20503 }, true, 'twilio_20503'],
    [{ status: 500 }, true, 'twilio_http_500'],
    [{ status: 429, code: 20429 }, true, 'twilio_20429'],
    [{ status: 400, code: 21211 }, false, 'twilio_21211'],
    [{ status: 400, code: 21610 }, false, 'twilio_21610'],
    [{ status: 400, code: 63016 }, false, 'twilio_63016'],
    [{ drop: true as const }, true, 'twilio_unreachable'],
    [{ delayMs: 1000 }, true, 'twilio_timeout'],
  ])('Twilio answering %j is retryable=%s with error %s', async (failure, retryable, error) => {
    fake.fail(failure);
    expect(await rig.sender.send(outboundMessage())).toEqual({ ok: false, retryable, error });
  });

  test('wrong credentials are a final failure with Twilio’s code', async () => {
    const misconfigured = await startSenderRig(fake, { authToken: 'not-the-auth-token' });
    expect(await misconfigured.sender.send(outboundMessage())).toEqual({ ok: false, retryable: false, error: 'twilio_20003' });
    await misconfigured.close();
  });

  test('media URLs in the options are attached', async () => {
    await rig.sender.send(outboundMessage({ text: 'Here is your invoice', options: { mediaUrl: 'https://cdn.example.com/a.pdf https://cdn.example.com/b.png' } }));
    expect(fake.messages[0]!.mediaUrl).toEqual(['https://cdn.example.com/a.pdf', 'https://cdn.example.com/b.png']);
  });

  test('an empty reply is refused without calling Twilio', async () => {
    expect(await rig.sender.send(outboundMessage({ text: '   ' }))).toEqual({ ok: false, retryable: false, error: 'empty_message' });
    expect(fake.requests).toBe(0);
  });
});

describe('WhatsApp and its 24-hour window', () => {
  test('inside the window the text goes from our WhatsApp address to the customer’s', async () => {
    await customerWroteAt(rig, now - 60_000);
    const outcome = await rig.sender.send(whatsappMessage());
    expect(outcome).toMatchObject({ ok: true, status: 'sent' });
    expect(fake.messages[0]).toMatchObject({ to: CUSTOMER_WHATSAPP, from: WHATSAPP_BUSINESS, body: 'Your next instalment is due on 3 June.' });
  });

  test('outside the window, without a template, the reply is held and Twilio is not called', async () => {
    now += WHATSAPP_WINDOW_MS + 1000;
    expect(await rig.sender.send(whatsappMessage())).toEqual({ ok: true, status: 'held', providerMessageId: null, error: 'whatsapp_window_closed' });
    expect(fake.requests).toBe(0);
  });

  test('outside the window, with a template configured, the approved template is sent instead', async () => {
    await customerWroteAt(templated, now - WHATSAPP_WINDOW_MS - 5000);
    const outcome = await templated.sender.send(whatsappMessage());
    expect(fake.messages[0]).toMatchObject({ to: CUSTOMER_WHATSAPP, from: WHATSAPP_BUSINESS, contentSid: TEMPLATE_SID, body: undefined });
    expect(outcome).toEqual({ ok: true, status: 'sent', providerMessageId: fake.messages[0]!.sid, error: 'whatsapp_template_used' });
  });

  test('a template named in the message options is sent with its variables', async () => {
    await rig.sender.send(whatsappMessage({ options: { templateSid: TEMPLATE_SID, templateVariables: '{"1":"Anna"}' } }));
    expect(fake.messages[0]).toMatchObject({ contentSid: TEMPLATE_SID, contentVariables: '{"1":"Anna"}' });
  });
});

test('TWILIO_API_URL replaces the origin of every SDK call and keeps a path prefix', () => {
  const uri = 'https://api.twilio.com/2010-04-01/Accounts/AC1/Messages.json?PageSize=1';
  expect(rebase(uri, 'http://127.0.0.1:4010/twilio/')).toBe('http://127.0.0.1:4010/twilio/2010-04-01/Accounts/AC1/Messages.json?PageSize=1');
  expect(rebase(uri, undefined)).toBe(uri);
});
