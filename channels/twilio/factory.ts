import twilio from 'twilio';
import type { InboxItem } from '../../src/conversation/model';
import { seedMarkets } from '../../src/markets/catalog';
import { COLLECTIONS } from '../../src/store/schema';
import type { ChannelFactory } from '../index';
import type { DisabledChannel } from '../types';
import { TwilioAdapter } from './adapter';
import { TwilioHttpClient } from './http-client';
import { STATUS_PATH } from './parse';
import type { MarketLookup } from './phone-hints';
import { TwilioSender, type SentPart } from './send';
import { webhookUrl } from './verify';
import { WhatsappWindow } from './whatsapp-window';

const CHANNELS = ['sms', 'whatsapp'] as const;

/** Builds the Twilio adapter, or says why SMS and WhatsApp are off. */
export const createTwilioChannel: ChannelFactory = (parts) => {
  const { accountSid, authToken, apiUrl, whatsappTemplateSid } = parts.config.twilio;
  const off = (reason: string): DisabledChannel => ({ name: 'twilio', channels: CHANNELS, reason });
  const missing = [!accountSid && 'TWILIO_ACCOUNT_SID', !authToken && 'TWILIO_AUTH_TOKEN'].filter(Boolean);
  if (!accountSid || !authToken) return off(`${missing.join(' and ')} not set`);
  // The SDK throws on anything else; an API key SID (SK…) would also need the account SID.
  if (!/^AC[0-9a-f]{32}$/i.test(accountSid)) return off('TWILIO_ACCOUNT_SID is not an account SID (AC + 32 hex digits)');

  const { config, store, log, clock } = parts;
  const client = twilio(accountSid, authToken, { httpClient: new TwilioHttpClient(apiUrl) });
  const markets: MarketLookup = parts.markets ? (code) => parts.markets!.get(code) : seedMarketLookup();
  const sender = new TwilioSender({
    client,
    statusCallbackUrl: webhookUrl(config.publicUrl, STATUS_PATH),
    whatsappTemplateSid,
    window: new WhatsappWindow(store.collection<InboxItem>(COLLECTIONS.inbox), clock),
    parts: store.collection<SentPart>(COLLECTIONS.twilioParts),
    log,
    clock,
  });
  return new TwilioAdapter({ authToken, publicUrl: config.publicUrl, markets, sender });
};

function seedMarketLookup(): MarketLookup {
  const byCode = new Map(seedMarkets().map((market) => [market.code, market]));
  return (code) => byCode.get(code);
}
