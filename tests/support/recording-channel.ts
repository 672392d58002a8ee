import type { ChannelAdapter, ParsedRequest, RawRequest } from '../../channels/types';
import type { ChannelId, OutboundMessage } from '../../src/conversation/model';
import type { SendOutcome } from '../../src/conversation/outbox';

/**
 * A channel adapter for conversation tests: it records what would be sent. Its `next` outcomes let a test make the
 * provider fail (retryable or not) before it succeeds.
 */
export class RecordingChannel implements ChannelAdapter {
  readonly name = 'recording';
  readonly channels: readonly ChannelId[] = ['sms', 'whatsapp', 'email', 'botframework'];
  readonly sent: OutboundMessage[] = [];
  readonly next: SendOutcome[] = [];
  private counter = 0;

  verify(_request: RawRequest): void {}

  parse(_request: RawRequest): ParsedRequest {
    return { messages: [], statusUpdates: [] };
  }

  async send(message: OutboundMessage): Promise<SendOutcome> {
    const scripted = this.next.shift();
    if (scripted) return scripted;
    this.sent.push(message);
    this.counter += 1;
    return { ok: true, status: 'sent', providerMessageId: `REC${this.counter}` };
  }
}
