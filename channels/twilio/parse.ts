import { z } from 'zod';
import type { ChannelId, InboundMessage, MediaAttachment, OutboundStatus } from '../../src/conversation/model';
import { AppError } from '../../src/errors';
import type { ParsedRequest, StatusUpdate } from '../types';
import type { FormParams } from './form';
import { answeredByTwilio, matchKeyword, type KeywordMatch } from './keywords';
import { phoneHints, type MarketLookup } from './phone-hints';

export const MESSAGES_PATH = '/webhooks/twilio/messages';
export const STATUS_PATH = '/webhooks/twilio/status';
/** WhatsApp's own limit; an SMS is at most 1,600 characters once Twilio has joined its segments. */
export const MAX_INBOUND_BODY_CHARS = 4096;
/** Twilio attaches at most 10 media to a message. */
const MAX_MEDIA = 10;
const WHATSAPP_PREFIX = 'whatsapp:';

const messageSid = z.string().regex(/^(SM|MM)[0-9a-f]{32}$/i, 'must be a Twilio message SID (SM or MM and 32 hex digits)');
/** A phone number, short code or WhatsApp address; other Twilio channels (Messenger, RCS) are not served here. */
const address = z.string().regex(/^(whatsapp:)?\+?[0-9]{3,15}$/, 'must be a phone number or whatsapp:+number');

const inboundSchema = z.object({
  MessageSid: messageSid,
  AccountSid: z.string().regex(/^AC[0-9a-f]{32}$/i, 'must be a Twilio account SID'),
  From: address,
  To: address,
  Body: z.string().max(MAX_INBOUND_BODY_CHARS, `must be at most ${MAX_INBOUND_BODY_CHARS} characters`).default(''),
  NumMedia: z.coerce.number().int().min(0).max(MAX_MEDIA).default(0),
  ProfileName: z.string().max(256).optional(),
  /** Sent by Twilio's Advanced Opt-Out (Messaging Services) when Twilio recognised and answered a keyword. */
  OptOutType: z.enum(['STOP', 'START', 'HELP']).optional(),
});

const OPT_OUT_TYPES: Record<'STOP' | 'START' | 'HELP', KeywordMatch['control']> = { STOP: 'opt_out', START: 'opt_in', HELP: 'help' };

const statusSchema = z.object({
  MessageSid: messageSid,
  MessageStatus: z.string().regex(/^[a-z_]{1,32}$/, 'must be a Twilio message status'),
  ErrorCode: z.string().regex(/^\d{1,6}$/, 'must be a Twilio error code').optional(),
  From: z.string().max(64).optional(),
  To: z.string().max(64).optional(),
  ChannelPrefix: z.string().max(32).optional(),
});

/**
 * Twilio's message statuses in our delivery model. Statuses before `sent` mean Twilio has the message, which our
 * send already recorded as `sent`; forward-only updates make a late `queued` harmless.
 * https://www.twilio.com/docs/messaging/api/message-resource#message-status-values
 */
const STATUS_MAP: Record<string, OutboundStatus> = {
  accepted: 'sent',
  scheduled: 'sent',
  queued: 'sent',
  sending: 'sent',
  sent: 'sent',
  delivered: 'delivered',
  read: 'read',
  undelivered: 'undelivered',
  failed: 'failed',
  canceled: 'cancelled',
};

export interface ParseOptions {
  markets: MarketLookup;
}

/** Parses a verified Twilio webhook: an inbound SMS or WhatsApp message, or a delivery status callback. */
export function parseTwilioRequest(path: string, params: FormParams, receivedAt: number, options: ParseOptions): ParsedRequest {
  if (path === STATUS_PATH) return { messages: [], statusUpdates: parseStatus(params) };
  return { messages: [parseInbound(params, receivedAt, options)], statusUpdates: [] };
}

function parseInbound(params: FormParams, receivedAt: number, options: ParseOptions): InboundMessage {
  const fields = validated(inboundSchema, params);
  const channel = channelOf(fields.From);
  if (channelOf(fields.To) !== channel) throw new AppError('invalid_request', 'From and To must both be WhatsApp addresses or both phone numbers');
  const customer = bare(fields.From);
  const business = bare(fields.To);
  const control = controlOf(channel, fields.Body, fields.To, fields.OptOutType);
  const hints = phoneHints(customer, options.markets, control?.languages);
  const media = mediaOf(params, fields.NumMedia);
  return {
    channel,
    providerMessageId: fields.MessageSid,
    from: { kind: channel === 'whatsapp' ? 'whatsapp' : 'phone', value: customer, verified: true },
    text: fields.Body,
    // Twilio's inbound webhook carries no timestamp.
    sentAt: receivedAt,
    reference: { channel, customerAddress: fields.From, businessAddress: fields.To },
    threadKey: twilioThreadKey(channel, business, customer),
    hints: { ...hints, ...(fields.ProfileName ? { displayName: fields.ProfileName } : {}) },
    ...(media.length > 0 ? { media } : {}),
    ...(control ? { control: control.control, ...(control.answered ? { controlAnswered: true } : {}) } : {}),
    raw: params,
  };
}

/**
 * Whether the message is a consent or help keyword, and whether Twilio has answered it already: always when it says
 * so (`OptOutType`, Advanced Opt-Out), and for Twilio's own English words sent to a long code or toll-free number.
 * Keywords are an SMS convention; on WhatsApp only Twilio's word counts (customers block a business instead).
 */
function controlOf(channel: ChannelId, body: string, to: string, optOutType: keyof typeof OPT_OUT_TYPES | undefined): (KeywordMatch & { answered: boolean }) | null {
  const keyword = channel === 'sms' ? matchKeyword(body) : null;
  if (optOutType) return { control: OPT_OUT_TYPES[optOutType], languages: keyword?.languages ?? [], answered: true };
  if (!keyword) return null;
  const longCode = to.startsWith('+');
  return { ...keyword, answered: longCode && answeredByTwilio(body) };
}

function parseStatus(params: FormParams): StatusUpdate[] {
  const fields = validated(statusSchema, params);
  const status = STATUS_MAP[fields.MessageStatus];
  // A status we do not know (Twilio adds some) is acknowledged and ignored rather than refused.
  if (!status) return [];
  const whatsapp = fields.ChannelPrefix === 'whatsapp' || [fields.From, fields.To].some((value) => value?.startsWith(WHATSAPP_PREFIX));
  return [
    {
      channel: whatsapp ? 'whatsapp' : 'sms',
      providerMessageId: fields.MessageSid,
      status,
      error: fields.ErrorCode && fields.ErrorCode !== '0' ? `twilio_${fields.ErrorCode}` : null,
    },
  ];
}

function mediaOf(params: FormParams, count: number): MediaAttachment[] {
  const media: MediaAttachment[] = [];
  for (let index = 0; index < count; index += 1) {
    const url = z.url({ protocol: /^https?$/ }).safeParse(params[`MediaUrl${index}`]);
    if (!url.success) throw new AppError('invalid_request', `MediaUrl${index} must be an http(s) URL`, { details: { field: `MediaUrl${index}` } });
    const contentType = params[`MediaContentType${index}`];
    media.push(typeof contentType === 'string' && contentType ? { url: url.data, contentType } : { url: url.data });
  }
  return media;
}

function validated<T extends z.ZodType>(schema: T, params: FormParams): z.infer<T> {
  const parsed = schema.safeParse(params);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.join('.') || 'body';
  throw new AppError('invalid_request', `${field}: ${issue.message}`, { details: { field } });
}

export function channelOf(address: string): Extract<ChannelId, 'sms' | 'whatsapp'> {
  return address.startsWith(WHATSAPP_PREFIX) ? 'whatsapp' : 'sms';
}

/** A Twilio address without its channel prefix: `whatsapp:+4915…` -> `+4915…`. */
export function bare(address: string): string {
  return address.startsWith(WHATSAPP_PREFIX) ? address.slice(WHATSAPP_PREFIX.length) : address;
}

/** One thread per pair of our number and the customer's: replies always come from the number written to. */
export function twilioThreadKey(channel: ChannelId, businessNumber: string, customerNumber: string): string {
  return `${channel}:${bare(businessNumber)}:${bare(customerNumber)}`;
}
