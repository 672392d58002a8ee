import type { OutboundMessage } from '../../src/conversation/model';

/** A reply as the outbox hands it to an adapter's `send`; tests give the channel, the reference and what matters to them. */
export function sampleOutbound(fields: Pick<OutboundMessage, 'channel' | 'reference'> & Partial<OutboundMessage>): OutboundMessage {
  return {
    id: 'out_1',
    conversationId: 'conv_1',
    idempotencyKey: 'k',
    text: 'Your order ships tomorrow.',
    author: { kind: 'bot' },
    inReplyTo: null,
    seq: 1,
    status: 'sending',
    attempts: 1,
    nextAttemptAt: 0,
    createdAt: 0,
    updatedAt: 0,
    providerMessageId: null,
    error: null,
    ...fields,
  };
}
