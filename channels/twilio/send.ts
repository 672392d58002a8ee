import type twilio from 'twilio';
import type { MessageListInstanceCreateOptions } from 'twilio/lib/rest/api/v2010/account/message';
import type { OutboundMessage } from '../../src/conversation/model';
import type { SendOutcome } from '../../src/conversation/outbox';
import type { Logger } from '../../src/observability/logger';
import type { Collection } from '../../src/store/port';
import { splitSms, splitWhatsapp, type SplitResult } from './segments';
import { immediateFailure, sendFailure } from './send-errors';
import type { WhatsappWindow } from './whatsapp-window';

/** A part of a long reply that Twilio has accepted; a retry of the reply skips it. */
export interface SentPart {
  /** `<outbound message id>:<part index>`. */
  id: string;
  outboundId: string;
  index: number;
  sid: string;
  at: number;
}

type Failure = Extract<SendOutcome, { ok: false }>;

/**
 * Outbound message options this channel understands (`OutboundMessage.options`): an approved WhatsApp template to
 * send instead of the text, its variables as JSON, and media URLs separated by spaces.
 */
export const TWILIO_OPTIONS = { templateSid: 'templateSid', templateVariables: 'templateVariables', mediaUrl: 'mediaUrl' } as const;

export interface TwilioSenderOptions {
  client: twilio.Twilio;
  /** Where Twilio reports delivery: PUBLIC_URL + /webhooks/twilio/status. */
  statusCallbackUrl: string;
  /** The approved Content template sent when the WhatsApp window is closed; without it such replies are held. */
  whatsappTemplateSid?: string;
  window: WhatsappWindow;
  parts: Collection<SentPart>;
  log: Logger;
  clock: () => number;
}

/**
 * Sends a stored reply through Twilio's Messages API, from the number the customer wrote to. An SMS longer than the
 * segment limit goes out as several messages in order; each part Twilio accepted is recorded, so a retry after a
 * failure part-way sends only the rest. The last part's SID is the one whose status callbacks track the reply.
 */
export class TwilioSender {
  constructor(private readonly options: TwilioSenderOptions) {}

  async send(message: OutboundMessage): Promise<SendOutcome> {
    const { customerAddress, businessAddress } = message.reference;
    if (!customerAddress || !businessAddress) return { ok: false, retryable: false, error: 'twilio_no_address' };
    if (message.channel !== 'whatsapp') return this.sendText(message, splitSms(message.text));

    const templateSid = message.options?.[TWILIO_OPTIONS.templateSid];
    if (templateSid) return this.sendTemplate(message, templateSid, message.options?.[TWILIO_OPTIONS.templateVariables], null);
    if (await this.options.window.isOpen(message.reference)) return this.sendText(message, splitWhatsapp(message.text));
    // Outside the window WhatsApp accepts only an approved template; anything else fails with Twilio error 63016.
    if (this.options.whatsappTemplateSid) return this.sendTemplate(message, this.options.whatsappTemplateSid, undefined, 'whatsapp_template_used');
    return { ok: true, status: 'held', providerMessageId: null, error: 'whatsapp_window_closed' };
  }

  private async sendText(message: OutboundMessage, split: SplitResult): Promise<SendOutcome> {
    const mediaUrl = message.options?.[TWILIO_OPTIONS.mediaUrl]?.split(/\s+/).filter(Boolean) ?? [];
    if (split.parts.length === 0 && mediaUrl.length === 0) return { ok: false, retryable: false, error: 'empty_message' };
    if (split.truncated) this.options.log.warn({ outboxMessage: message.id, parts: split.parts.length }, 'reply cut to the longest we send');
    const bodies = split.parts.length > 0 ? split.parts : [''];
    if (bodies.length === 1) {
      const created = await this.create(message, { body: bodies[0] || undefined, ...(mediaUrl.length > 0 ? { mediaUrl } : {}) });
      return 'sid' in created ? { ok: true, status: 'sent', providerMessageId: created.sid } : created;
    }

    let lastSid: string | null = null;
    for (const [index, body] of bodies.entries()) {
      const id = `${message.id}:${index}`;
      const done = await this.options.parts.get(id);
      if (done) {
        lastSid = done.sid;
        continue;
      }
      const created = await this.create(message, { body, ...(index === 0 && mediaUrl.length > 0 ? { mediaUrl } : {}) });
      if (!('sid' in created)) return created;
      await this.options.parts.put({ id, outboundId: message.id, index, sid: created.sid, at: this.options.clock() });
      lastSid = created.sid;
    }
    return { ok: true, status: 'sent', providerMessageId: lastSid };
  }

  private async sendTemplate(message: OutboundMessage, contentSid: string, variables: string | undefined, note: string | null): Promise<SendOutcome> {
    const created = await this.create(message, { contentSid, ...(variables ? { contentVariables: variables } : {}) });
    return 'sid' in created ? { ok: true, status: 'sent', providerMessageId: created.sid, error: note } : created;
  }

  private async create(message: OutboundMessage, content: Partial<MessageListInstanceCreateOptions>): Promise<{ sid: string } | Failure> {
    try {
      const created = await this.options.client.messages.create({
        ...content,
        to: message.reference.customerAddress,
        from: message.reference.businessAddress,
        statusCallback: this.options.statusCallbackUrl,
      });
      return immediateFailure(created.status, created.errorCode) ?? { sid: created.sid };
    } catch (error) {
      const failure = sendFailure(error);
      this.options.log.warn({ outboxMessage: message.id, channel: message.channel, code: failure.error, retryable: failure.retryable }, 'twilio send failed');
      return failure;
    }
  }
}
