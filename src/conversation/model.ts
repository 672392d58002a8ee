/**
 * The one conversation model every channel is turned into. Small on purpose: a field is added only when a channel
 * needs it. Times are epoch milliseconds so both stores sort and compare them the same way.
 */

export const CHANNEL_IDS = ['sms', 'whatsapp', 'email', 'webchat', 'botframework'] as const;
export type ChannelId = (typeof CHANNEL_IDS)[number];

export const CONVERSATION_STATES = ['bot', 'waiting_for_agent', 'agent', 'resolved', 'closed'] as const;
export type ConversationState = (typeof CONVERSATION_STATES)[number];

/** How a customer can be recognised. `value` is normalised by the channel (E.164 phone, lower-case email). */
export type IdentityKind = 'phone' | 'whatsapp' | 'email' | 'webchat' | 'botframework';

export interface Identity {
  kind: IdentityKind;
  value: string;
  /** True when the channel proved it: the carrier for a phone number, a signed token for web chat. */
  verified: boolean;
  /**
   * The channel cannot rule out a forged sender: an email that no mail server of ours vouched for (no DKIM or DMARC
   * pass). Enough to answer (replies go to the real address), not to change where the account's messages go.
   */
  spoofable?: boolean;
}

/** Everything needed to reply later on the same channel, as plain JSON. */
export interface ConversationReference {
  channel: ChannelId;
  /** Where replies go: a phone number, `whatsapp:+…`, an email address, a web chat session id, a Bot Framework conversation id. */
  customerAddress: string;
  /** The address the customer wrote to, used as the sender of replies. */
  businessAddress: string;
  /** Channel-specific fields a reply needs (email thread ids, a Bot Framework service URL). */
  extra?: Record<string, string>;
}

/** A keyword message about consent or help (STOP / START / HELP and their translations), answered without the resolver. */
export type ControlKind = 'opt_out' | 'opt_in' | 'help';

export interface MediaAttachment {
  url: string;
  contentType?: string;
}

/** One message from a customer, as a channel adapter parsed it. */
export interface InboundMessage {
  channel: ChannelId;
  /** The provider's id for this message (Twilio MessageSid, email Message-ID, ...): the dedupe key with `channel`. */
  providerMessageId: string;
  from: Identity;
  text: string;
  /** When the provider says it was sent; falls back to when we received it. */
  sentAt: number;
  reference: ConversationReference;
  /** Messages of one thread share it and are processed one at a time, in order (phone pair, session, sender). */
  threadKey: string;
  /** Provider ids of earlier messages this one answers (email In-Reply-To / References). */
  replyTo?: string[];
  /** What the channel can tell about the customer before we look them up. */
  hints?: { market?: string; language?: string; displayName?: string; subject?: string };
  media?: MediaAttachment[];
  /** Set by the channel's parser when the whole message is a consent or help keyword. */
  control?: ControlKind;
  /** The provider has already answered the keyword itself (Twilio does for its own list): record it, reply nothing. */
  controlAnswered?: boolean;
  /** The provider's payload as received, kept for audit; never shown to the resolver. */
  raw?: unknown;
}

export type InboxStatus = 'pending' | 'processing' | 'done' | 'ignored' | 'failed';

/**
 * What handling one inbound message decided to do. It is saved on the inbox item before anything is applied, so a
 * crash part-way through re-applies the same decisions (each step is idempotent) instead of deciding again.
 */
export interface HandlingPlan {
  replies: { text: string; options?: Record<string, string> }[];
  handoff: { reason: string; summary: string } | null;
  /** The customer's need was met: the conversation may be marked resolved. */
  resolve: boolean;
  /** The language the conversation continues in (detected or switched), when it changed. */
  language: string | null;
  intent: string | null;
}

/** An accepted inbound message in the durable inbox. */
export interface InboxItem {
  id: string;
  channel: ChannelId;
  providerMessageId: string;
  threadKey: string;
  status: InboxStatus;
  message: InboundMessage;
  acceptedAt: number;
  attempts: number;
  conversationId: string | null;
  processedAt: number | null;
  /** Not to be tried again before this time (backoff after a failed attempt). */
  notBefore: number;
  plan: HandlingPlan | null;
  /** Why a message was ignored or failed (a code, never a message body). */
  outcome: string | null;
}

export type OutboundStatus = 'pending' | 'sending' | 'sent' | 'delivered' | 'read' | 'failed' | 'undelivered' | 'held' | 'cancelled';

export type AuthorKind = 'bot' | 'agent' | 'system';

/** One reply to a customer, persisted before it is delivered. */
export interface OutboundMessage {
  id: string;
  conversationId: string;
  channel: ChannelId;
  /** Unique: makes a retried step (a reprocessed inbound message, a redelivered Slack event) produce no second copy. */
  idempotencyKey: string;
  text: string;
  author: { kind: AuthorKind; id?: string; name?: string };
  reference: ConversationReference;
  /** The inbound message this answers, when it answers one. */
  inReplyTo: string | null;
  /** Position in the conversation's outbound sequence: replies are delivered in this order. */
  seq: number;
  status: OutboundStatus;
  attempts: number;
  nextAttemptAt: number;
  createdAt: number;
  updatedAt: number;
  providerMessageId: string | null;
  /** A code explaining the last failure or hold (e.g. `whatsapp_window_closed`). */
  error: string | null;
  /** Channel options for this one message (an approved template, a subject line). */
  options?: Record<string, string>;
}

export interface Customer {
  id: string;
  name: string;
  market: string;
  language: string;
  identities: Identity[];
  createdAt: number;
}

export interface Conversation {
  id: string;
  channel: ChannelId;
  threadKey: string;
  customerId: string | null;
  /** The identity the customer wrote from, and whether the channel verified it. */
  identity: Identity;
  market: string;
  language: string;
  /** Set when the customer asked for a language explicitly; wins over detection. */
  languageOverride: string | null;
  state: ConversationState;
  reference: ConversationReference;
  assignee: { id: string; name: string } | null;
  createdAt: number;
  updatedAt: number;
  lastInboundAt: number;
  /** True once the AI disclosure was sent. */
  disclosed: boolean;
  subject: string | null;
  /** Counter behind OutboundMessage.seq, reserved atomically. */
  outboundSeq: number;
}

export type EventType = 'conversation_opened' | 'state_changed' | 'language_changed' | 'csat_recorded' | 'note';

export interface ConversationEvent {
  id: string;
  conversationId: string;
  type: EventType;
  at: number;
  actor: { kind: 'customer' | 'bot' | 'agent' | 'admin' | 'system'; id?: string };
  from?: ConversationState;
  to?: ConversationState;
  reason?: string;
  data?: Record<string, unknown>;
  /** Copied from the conversation so metrics can group without a join. */
  market: string;
  channel: ChannelId;
}

/** Which states may follow which; anything else is a bug or a race and is refused. */
export const STATE_TRANSITIONS: Record<ConversationState, readonly ConversationState[]> = {
  bot: ['waiting_for_agent', 'agent', 'resolved', 'closed'],
  waiting_for_agent: ['agent', 'bot', 'resolved', 'closed'],
  agent: ['bot', 'resolved', 'closed', 'waiting_for_agent'],
  resolved: ['bot', 'waiting_for_agent', 'closed'],
  closed: [],
};

export function canTransition(from: ConversationState, to: ConversationState): boolean {
  return STATE_TRANSITIONS[from].includes(to);
}

/** States in which a new customer message continues the conversation rather than opening a new one. */
export const OPEN_STATES: readonly ConversationState[] = ['bot', 'waiting_for_agent', 'agent'];
