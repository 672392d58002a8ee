import { createHash } from 'node:crypto';
import type { Identity, InboundMessage } from '../../src/conversation/model';
import { AppError } from '../../src/errors';
import { seedMarkets } from '../../src/markets/catalog';
import { automatedReason, type AutomatedReason } from './automated';
import { headerValue, headerValues } from './mime/entity';
import { bodyText, readMail, type ParsedMail } from './mime/read-mail';
import { stripQuotedReply } from './quoted-reply';
import { stripSignature } from './signature';
import { baseSubject, repliedToIds, trimReferences } from './threading';

/** What the resolver reads is capped; the full message stays in `raw` (up to RAW_KEEP_BYTES) for audit. */
export const MAX_TEXT_LENGTH = 8000;
export const RAW_KEEP_BYTES = 256 * 1024;
/** Quote and signature detection look at this much of the body; the customer's words are never further down. */
const STRIP_WINDOW = 256 * 1024;
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;
const SUBJECT_FROM_TEXT_LENGTH = 60;

const MARKET_CODES = new Set(seedMarkets().map((market) => market.code));

export interface InboundContext {
  /** Our address, lower-case: the business address of replies and the loop guard. */
  ownAddress: string;
  source: 'smtp' | 'webhook';
  receivedAt: number;
  /** EMAIL_AUTHSERV_ID: only this mail server's Authentication-Results can vouch for a sender. */
  authservId?: string;
}

export type MailOutcome = { kind: 'message'; message: InboundMessage } | { kind: 'ignored'; reason: AutomatedReason };

/**
 * DMARC, DKIM or SPF failing, as recorded by the receiving MTA (RFC 8601). A forger cannot use this header to gain
 * trust, only to lose it, so any failure anywhere in it is taken at its word.
 */
function authenticationFailed(mail: ParsedMail): boolean {
  return headerValues(mail.headers, 'authentication-results').some((value) => /\b(dmarc|dkim|spf)\s*=\s*fail\b/i.test(value));
}

/**
 * A DKIM or DMARC pass in an Authentication-Results header of our own mail server (its authserv-id first, RFC 8601).
 * A sender can write such a header too, so without a configured authserv-id nothing counts; the server in front of us
 * must remove headers that claim its id (RFC 8601 section 5), as MTAs that add them do.
 */
function authenticationPassed(mail: ParsedMail, authservId: string | undefined): boolean {
  if (!authservId) return false;
  const ours = authservId.toLowerCase();
  return headerValues(mail.headers, 'authentication-results').some((value) => {
    const [id = '', ...results] = value.split(';');
    return id.trim().split(/\s+/)[0]?.toLowerCase() === ours && results.some((result) => /^\s*(dkim|dmarc)\s*=\s*pass\b/i.test(result));
  });
}

/** A country-code domain of one of our markets (`.de`, `.se`, `.co.uk`) hints at the market. */
function marketHint(address: string): string | undefined {
  const tld = address.split('.').pop()?.toUpperCase();
  const code = tld === 'UK' ? 'GB' : tld;
  return code && MARKET_CODES.has(code) ? code : undefined;
}

function truncate(text: string, limit: number): string {
  if (text.length <= limit) return text;
  const cut = text.slice(0, limit);
  const boundary = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf(' '));
  return `${cut.slice(0, boundary > limit * 0.8 ? boundary : limit).trimEnd()} […]`;
}

/** What the customer wrote now: quoted history and signature removed; the subject when the body has nothing. */
export function customerText(mail: ParsedMail): string {
  const text = stripSignature(stripQuotedReply(bodyText(mail).slice(0, STRIP_WINDOW)));
  return truncate(text || baseSubject(mail.subject), MAX_TEXT_LENGTH);
}

function auditCopy(raw: Buffer, mail: ParsedMail, source: InboundContext['source']): Record<string, unknown> {
  const kept = raw.length <= RAW_KEEP_BYTES;
  return {
    source,
    size: raw.length,
    // latin1 keeps every byte as one character: the exact message, whatever its charsets.
    mime: kept ? raw.toString('latin1') : undefined,
    headers: kept ? undefined : mail.headers,
    attachments: mail.attachments,
  };
}

/** Raw MIME to the inbound message it carries, or the reason it must not be answered. Pure. */
export function mailToInbound(raw: Buffer, context: InboundContext): MailOutcome {
  if (raw.length === 0) throw new AppError('invalid_request', 'The body must be a raw MIME message (message/rfc822)');
  const mail = readMail(raw);
  if (mail.headers.length === 0) throw new AppError('invalid_request', 'The body is not a MIME message: no header section');
  if (!mail.from) throw new AppError('invalid_request', 'The message has no From address', { details: { field: 'from' } });

  const reason = automatedReason(mail, context.ownAddress);
  if (reason) return { kind: 'ignored', reason };

  const messageId = mail.messageId ?? `generated.${createHash('sha256').update(raw).digest('hex').slice(0, 32)}@${context.ownAddress.split('@')[1]}`;
  const text = customerText(mail);
  const subject = baseSubject(mail.subject);
  const parentChain = mail.references.length > 0 ? mail.references : mail.inReplyTo;
  const from: Identity = { kind: 'email', value: mail.from.address, verified: !authenticationFailed(mail) };
  if (!authenticationPassed(mail, context.authservId)) from.spoofable = true;
  const sent = mail.date?.getTime();
  const language = headerValue(mail.headers, 'content-language')?.split(',')[0]?.trim();

  const message: InboundMessage = {
    channel: 'email',
    providerMessageId: messageId,
    from,
    text,
    sentAt: sent !== undefined && sent <= context.receivedAt + MAX_FUTURE_SKEW_MS ? sent : context.receivedAt,
    reference: {
      channel: 'email',
      // Replies go to From, never to Reply-To: a forged From with a Reply-To elsewhere would otherwise receive the
      // answers meant for the account holder; this way a forger's questions are answered to the real owner.
      customerAddress: mail.from.address,
      businessAddress: context.ownAddress,
      extra: {
        subject: subject || truncate(text.split('\n')[0] ?? '', SUBJECT_FROM_TEXT_LENGTH).replace(/ \[…\]$/, '…'),
        messageId,
        references: trimReferences([...parentChain, messageId]).join(' '),
      },
    },
    threadKey: `email:${mail.from.address}`,
    hints: {
      subject: subject || undefined,
      displayName: mail.from.name || undefined,
      language: language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/.test(language) ? language : undefined,
      market: marketHint(mail.from.address),
    },
    raw: auditCopy(raw, mail, context.source),
  };
  const replyTo = repliedToIds(mail.inReplyTo, mail.references);
  if (replyTo.length > 0) message.replyTo = replyTo;
  return { kind: 'message', message };
}
