import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import twilio from 'twilio';
import { TwilioHttpClient } from '../../channels/twilio/http-client';
import { TwilioSender, type SentPart } from '../../channels/twilio/send';
import { WhatsappWindow } from '../../channels/twilio/whatsapp-window';
import type { InboxItem, OutboundMessage } from '../../src/conversation/model';
import { createLogger } from '../../src/observability/logger';
import { createStore } from '../../src/store/create-store';
import type { DocumentStore } from '../../src/store/port';
import { COLLECTIONS } from '../../src/store/schema';
import type { FakeTwilio } from './fake-twilio';
import { sampleOutbound } from './sample-outbound';

export const TEST_PUBLIC_URL = 'https://support.example.test';
export const BUSINESS_NUMBER = '+15017122661';
export const WHATSAPP_BUSINESS = 'whatsapp:+14155238886';

export interface SenderRig {
  sender: TwilioSender;
  store: DocumentStore;
  close(): Promise<void>;
}

/** The real SDK and sender, talking to a fake Twilio through the custom httpClient, on a fresh SQLite store. */
export async function startSenderRig(fake: FakeTwilio, options: { clock?: () => number; whatsappTemplateSid?: string; timeoutMs?: number; authToken?: string } = {}): Promise<SenderRig> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'twilio-sender-'));
  const store = await createStore({ kind: 'sqlite', file: path.join(directory, 'store.sqlite') });
  const clock = options.clock ?? Date.now;
  const sender = new TwilioSender({
    client: twilio(fake.accountSid, options.authToken ?? fake.authToken, { httpClient: new TwilioHttpClient(fake.url, options.timeoutMs) }),
    statusCallbackUrl: `${TEST_PUBLIC_URL}/webhooks/twilio/status`,
    whatsappTemplateSid: options.whatsappTemplateSid,
    window: new WhatsappWindow(store.collection<InboxItem>(COLLECTIONS.inbox), clock),
    parts: store.collection<SentPart>(COLLECTIONS.twilioParts),
    log: createLogger('silent'),
    clock,
  });
  return {
    sender,
    store,
    async close() {
      await store.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}

let counter = 0;

/** A stored reply as the outbox hands it to the adapter. */
export function outboundMessage(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  counter += 1;
  return sampleOutbound({
    id: `out_test_${counter}`,
    channel: 'sms',
    idempotencyKey: `key-${counter}`,
    text: 'Your next instalment is due on 3 June.',
    reference: { channel: 'sms', customerAddress: '+4915112345678', businessAddress: BUSINESS_NUMBER },
    ...overrides,
  });
}
