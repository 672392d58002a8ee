import type { OutboundMessage } from '../../src/conversation/model';
import type { SendOutcome } from '../../src/conversation/outbox';
import type { ChannelAdapter, ParsedRequest, RawRequest, WebhookRoute } from '../types';
import { readForm, requireForm } from './form';
import { MESSAGES_PATH, parseTwilioRequest, STATUS_PATH } from './parse';
import type { MarketLookup } from './phone-hints';
import type { TwilioSender } from './send';
import { verifyTwilioSignature } from './verify';

/** Twilio reads the webhook's answer as TwiML; an empty Response sends nothing, because replies go through the API. */
export const EMPTY_TWIML = '<?xml version="1.0" encoding="UTF-8"?><Response/>';

export interface TwilioAdapterOptions {
  authToken: string;
  publicUrl: string;
  markets: MarketLookup;
  sender: Pick<TwilioSender, 'send'>;
}

/**
 * SMS and WhatsApp through Twilio: one webhook for inbound messages of both (WhatsApp addresses start with
 * `whatsapp:`), one for delivery status callbacks, and replies through the official SDK.
 */
export class TwilioAdapter implements ChannelAdapter {
  readonly name = 'twilio';
  readonly channels = ['sms', 'whatsapp'] as const;
  readonly webhooks: readonly WebhookRoute[] = [
    { path: MESSAGES_PATH, respond: () => ({ status: 200, contentType: 'text/xml', body: EMPTY_TWIML }) },
    { path: STATUS_PATH, respond: () => ({ status: 204, contentType: 'text/plain', body: '' }) },
  ];

  constructor(private readonly options: TwilioAdapterOptions) {}

  verify(request: RawRequest): void {
    verifyTwilioSignature(request, this.options.authToken, this.options.publicUrl);
  }

  parse(request: RawRequest): ParsedRequest {
    requireForm(request);
    const path = request.url.split('?')[0]!;
    return parseTwilioRequest(path, readForm(request.body), request.receivedAt, { markets: this.options.markets });
  }

  send(message: OutboundMessage): Promise<SendOutcome> {
    return this.options.sender.send(message);
  }
}
