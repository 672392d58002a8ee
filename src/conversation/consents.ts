import type { Collection } from '../store/port';
import type { ChannelId, ControlKind, OutboundMessage } from './model';

export type ConsentStatus = 'opted_out' | 'opted_in';

/** The last consent keyword an address sent on a channel (STOP, START and their translations). */
export interface Consent {
  /** `<channel>:<address>`, e.g. `sms:+4915112345678`. */
  id: string;
  channel: ChannelId;
  /** The customer address replies go to (`ConversationReference.customerAddress`). */
  address: string;
  status: ConsentStatus;
  updatedAt: number;
  /** The inbox item that carried the keyword, for audit. */
  inboxItemId: string;
}

export function consentKey(channel: ChannelId, address: string): string {
  return `${channel}:${address}`;
}

/**
 * Who asked not to be messaged any more, shared by every process through the store. The pipeline records keywords;
 * the outbox worker refuses to deliver anything but a keyword's own confirmation to an opted-out address.
 */
export class Consents {
  constructor(
    private readonly consents: Collection<Consent>,
    private readonly clock: () => number,
  ) {}

  async record(channel: ChannelId, address: string, status: ConsentStatus, inboxItemId: string): Promise<void> {
    await this.consents.put({ id: consentKey(channel, address), channel, address, status, updatedAt: this.clock(), inboxItemId });
  }

  async isOptedOut(channel: ChannelId, address: string): Promise<boolean> {
    return (await this.consents.get(consentKey(channel, address)))?.status === 'opted_out';
  }

  /**
   * True when this message may be delivered. Confirmations of a keyword are always delivered: carriers require the
   * STOP confirmation and a HELP answer even to an opted-out number.
   */
  async allows(message: Pick<OutboundMessage, 'channel' | 'reference' | 'options'>): Promise<boolean> {
    if (message.options?.control) return true;
    return !(await this.isOptedOut(message.channel, message.reference.customerAddress));
  }
}

/** The consent a keyword records; `help` changes nothing. */
export function consentFor(control: ControlKind): ConsentStatus | null {
  if (control === 'opt_out') return 'opted_out';
  if (control === 'opt_in') return 'opted_in';
  return null;
}
