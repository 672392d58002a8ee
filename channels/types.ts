import type { ChannelId, InboundMessage, OutboundMessage, OutboundStatus } from '../src/conversation/model';
import type { SendOutcome } from '../src/conversation/outbox';

/** An HTTP request as a channel sees it: raw bytes, because signatures are computed over them. */
export interface RawRequest {
  method: string;
  /** Path and query exactly as received, e.g. `/webhooks/twilio/messages?a=1`. */
  url: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: Buffer;
  /** When we received it (epoch ms); parsers use it instead of reading the clock. */
  receivedAt: number;
}

export interface StatusUpdate {
  channel: ChannelId;
  providerMessageId: string;
  status: OutboundStatus;
  error?: string | null;
}

/** What one provider request carried. */
export interface ParsedRequest {
  messages: InboundMessage[];
  statusUpdates: StatusUpdate[];
}

export const emptyParse = (): ParsedRequest => ({ messages: [], statusUpdates: [] });

/** An HTTP route through which a provider calls us; mounted generically for every adapter that declares it. */
export interface WebhookRoute {
  path: string;
  /** Largest body this route accepts, when it differs from BODY_LIMIT_BYTES (raw MIME with attachments is larger). */
  bodyLimit?: number;
  /** The response the provider expects once the request is stored (Twilio wants TwiML); default 200 with `{}`. */
  respond?(result: { accepted: number; duplicates: number }): { status: number; contentType: string; body: string };
}

/**
 * The whole contract between the core and a channel. `verify` and `parse` are pure (recorded payloads drive them in
 * tests); `send` is the only I/O. No code outside `channels/` asks which channel it is talking to.
 */
export interface ChannelAdapter {
  /** The provider this adapter speaks to, e.g. `twilio`. */
  readonly name: string;
  /** The channel ids it receives and sends for (Twilio serves both `sms` and `whatsapp`). */
  readonly channels: readonly ChannelId[];
  /** A plan's plain replies reach the customer as one message: one mail per answer, not one per paragraph. */
  readonly joinsReplies?: boolean;
  /** Provider webhooks to mount (web chat has its own routes and declares none). */
  readonly webhooks?: readonly WebhookRoute[];
  /** Throws AppError `unauthorized` (401) or `forbidden` (403) when the request is not provably from the provider. */
  verify(request: RawRequest): Promise<void> | void;
  /** Throws AppError `invalid_request` / `invalid_json` for a malformed body. */
  parse(request: RawRequest): ParsedRequest;
  send(message: OutboundMessage): Promise<SendOutcome>;
  /** Listeners that are not HTTP routes (an SMTP server) start and stop with the application. */
  start?(): Promise<void>;
  stop?(): Promise<void>;
}

/** A channel that is configured off, and why (printed at start-up and on /readyz). */
export interface DisabledChannel {
  name: string;
  channels: readonly ChannelId[];
  reason: string;
}
