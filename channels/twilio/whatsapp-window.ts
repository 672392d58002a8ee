import type { ConversationReference, InboxItem } from '../../src/conversation/model';
import type { Collection } from '../../src/store/port';
import { twilioThreadKey } from './parse';

/** WhatsApp lets a business answer freely for 24 hours after the customer's last message. */
export const WHATSAPP_WINDOW_MS = 24 * 60 * 60 * 1000;
/** Our clock and WhatsApp's disagree a little, and a send takes time: stop using the window a bit early. */
export const WHATSAPP_WINDOW_MARGIN_MS = 60 * 1000;

/**
 * The customer-service window of a WhatsApp conversation
 * (https://developers.facebook.com/docs/whatsapp/pricing#customer-service-windows). The inbox is the shared record of
 * when each customer last wrote, to each of our numbers, so every process sees the same window and nothing extra is
 * written per message.
 */
export class WhatsappWindow {
  constructor(
    private readonly inbox: Collection<InboxItem>,
    private readonly clock: () => number,
  ) {}

  /** When the customer last wrote to this number, or null when never (as far as the inbox remembers). */
  async lastInboundAt(reference: ConversationReference): Promise<number | null> {
    const threadKey = twilioThreadKey('whatsapp', reference.businessAddress, reference.customerAddress);
    const latest = await this.inbox.findOne({ channel: 'whatsapp', threadKey }, { sort: { acceptedAt: -1 } });
    return latest?.acceptedAt ?? null;
  }

  async isOpen(reference: ConversationReference): Promise<boolean> {
    const last = await this.lastInboundAt(reference);
    return last !== null && this.clock() - last < WHATSAPP_WINDOW_MS - WHATSAPP_WINDOW_MARGIN_MS;
  }
}
