import type Mail from 'nodemailer/lib/mailer';
import type { OutboundMessage } from '../../src/conversation/model';
import { bracket, outboundMessageId, replySubject, splitIds } from './threading';

export interface ReplyIdentity {
  /** EMAIL_FROM as configured, display name included ("Support <support@shop.example>"). */
  from: string;
  /** The bare address of EMAIL_FROM: the envelope sender. */
  address: string;
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** The text as HTML: escaped, blank lines make paragraphs, single line breaks stay; `dir="auto"` for RTL text. */
export function textToHtml(text: string): string {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph.length > 0)
    .map((paragraph) => `<p dir="auto" style="margin:0 0 1em 0">${escapeHtml(paragraph).replace(/\n/g, '<br>\n')}</p>`);
  return [
    '<!doctype html>',
    '<html><head><meta charset="utf-8"></head>',
    '<body style="font-family:-apple-system,Segoe UI,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.5">',
    ...paragraphs,
    '</body></html>',
  ].join('\n');
}

/**
 * The mail for one reply: threaded under the customer's latest message (In-Reply-To, References, "Re:" subject),
 * plain text and HTML, and a Message-ID derived from the outbox id. Replies the assistant wrote carry
 * `Auto-Submitted: auto-replied` (RFC 3834) so well-behaved auto-responders do not answer them; a person's reply
 * from Slack is not automatic and goes without it.
 */
export function composeReply(message: OutboundMessage, identity: ReplyIdentity): Mail.Options & { messageId: string } {
  const extra = message.reference.extra ?? {};
  const domain = identity.address.split('@')[1] ?? 'localhost';
  const automatic = message.author.kind !== 'agent';
  const references = splitIds(extra.references);
  return {
    from: identity.from,
    to: message.reference.customerAddress,
    envelope: { from: identity.address, to: message.reference.customerAddress },
    subject: message.options?.subject ?? replySubject(extra.subject ?? ''),
    messageId: bracket(outboundMessageId(message.id, domain)),
    ...(extra.messageId ? { inReplyTo: bracket(extra.messageId) } : {}),
    ...(references.length > 0 ? { references: references.map(bracket).join(' ') } : {}),
    text: message.text,
    html: textToHtml(message.text),
    headers: automatic ? { 'Auto-Submitted': 'auto-replied', 'X-Auto-Response-Suppress': 'All' } : {},
  };
}
