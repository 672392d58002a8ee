import { parseAddressHeader } from 'mailparser';
import type { ChannelFactoryParts } from '../index';
import type { ChannelAdapter, DisabledChannel } from '../types';
import { EMAIL_WEBHOOK_PATH, EmailAdapter } from './adapter';
import { EmailSender } from './sender';
import { SmtpListener } from './smtp-listener';

const off = (reason: string): DisabledChannel => ({ name: 'email', channels: ['email'], reason });

/** The bare, lower-case address of EMAIL_FROM ("Support <support@shop.example>" -> "support@shop.example"). */
export function addressOf(from: string): string | null {
  const address = parseAddressHeader(from).value[0]?.address?.trim().toLowerCase();
  return address && /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(address) ? address : null;
}

/**
 * The email channel is on when replies can be sent (SMTP_URL + EMAIL_FROM) and mail can arrive by at least one way:
 * the SMTP listener (EMAIL_SMTP_PORT) or the webhook (EMAIL_WEBHOOK_TOKEN). Which inbound parts are on, and why the
 * others are off, goes to the start-up log.
 */
export function createEmailChannel(parts: ChannelFactoryParts): ChannelAdapter | DisabledChannel {
  const { smtpUrl, from, smtpListenPort, webhookToken, authservId } = parts.config.email;
  const missing = [smtpUrl ? null : 'SMTP_URL', from ? null : 'EMAIL_FROM'].filter((name) => name !== null);
  if (!smtpUrl || !from) return off(`sending needs SMTP_URL and EMAIL_FROM (${missing.join(', ')} not set)`);
  const ownAddress = addressOf(from);
  if (!ownAddress) return off('EMAIL_FROM holds no email address');
  if (smtpListenPort === undefined && !webhookToken) {
    return off('no inbound path: set EMAIL_SMTP_PORT (SMTP listener) or EMAIL_WEBHOOK_TOKEN (webhook), or both');
  }

  const domain = ownAddress.split('@')[1]!;
  let adapter: EmailAdapter;
  const listener =
    smtpListenPort === undefined
      ? undefined
      : new SmtpListener({
          port: smtpListenPort,
          host: parts.config.host,
          accepts: (recipient) => recipient === ownAddress || recipient.endsWith(`@${domain}`),
          async deliver(raw, receivedAt) {
            for (const message of adapter.messagesOf(raw, 'smtp', receivedAt)) await parts.accept(message);
          },
          clock: parts.clock,
          log: parts.log,
        });
  adapter = new EmailAdapter({
    ownAddress,
    webhookToken,
    authservId,
    sender: new EmailSender(smtpUrl, { from, address: ownAddress }),
    listener,
    log: parts.log,
  });
  parts.log.info(
    {
      channel: 'email',
      sending: `on: ${EmailSender.describe(smtpUrl)} as ${ownAddress}`,
      smtpListener: smtpListenPort === undefined ? 'off: EMAIL_SMTP_PORT not set' : `on: port ${smtpListenPort}, mail for @${domain}`,
      webhook: webhookToken ? `on: POST ${EMAIL_WEBHOOK_PATH}` : 'off: EMAIL_WEBHOOK_TOKEN not set',
      senderAuthentication: authservId ? `on: DKIM/DMARC pass from ${authservId}` : 'off: EMAIL_AUTHSERV_ID not set, contact details cannot be changed by email',
    },
    'email channel on',
  );
  return adapter;
}
