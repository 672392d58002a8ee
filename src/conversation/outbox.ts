import type { IdGenerator } from '../ids';
import type { Leases } from '../store/leases';
import type { Collection } from '../store/port';
import type { Conversation, OutboundMessage, OutboundStatus } from './model';

const CANDIDATE_PAGE = 64;
export const MAX_SEND_ATTEMPTS = 6;

export interface OutboundDraft {
  text: string;
  author: OutboundMessage['author'];
  /** Unique per logical reply; a retried step that drafts the same key adds nothing. */
  idempotencyKey: string;
  inReplyTo?: string | null;
  options?: Record<string, string>;
}

/** The result of one delivery attempt, as a channel adapter reports it. */
export type SendOutcome =
  | { ok: true; status: Extract<OutboundStatus, 'sent' | 'delivered' | 'held'>; providerMessageId: string | null; error?: string | null }
  | { ok: false; retryable: boolean; error: string; retryAfterMs?: number };

/** Forward-only delivery states: a late `sent` callback never overwrites `delivered`. */
const STATUS_RANK: Record<OutboundStatus, number> = {
  pending: 0,
  held: 0,
  sending: 1,
  sent: 2,
  delivered: 3,
  read: 4,
  failed: 5,
  undelivered: 5,
  cancelled: 5,
};

export interface OutboxClaim {
  message: OutboundMessage;
  leaseKey: string;
}

/** Exponential backoff with a ceiling: 2 s, 4 s, 8 s ... 5 min. */
export function backoffMs(attempt: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(1, attempt));
}

/**
 * The durable outbox: every reply is stored before it is sent, delivered in each conversation's order, retried with
 * backoff, and tracked through the provider's status callbacks.
 */
export class Outbox {
  constructor(
    private readonly messages: Collection<OutboundMessage>,
    private readonly conversations: Collection<Conversation>,
    private readonly leases: Leases,
    private readonly newId: IdGenerator,
    private readonly clock: () => number,
  ) {}

  /** Stores drafts for delivery; drafts whose idempotency key exists already are skipped. Returns the stored messages. */
  async enqueue(conversation: Conversation, drafts: readonly OutboundDraft[]): Promise<OutboundMessage[]> {
    const fresh: OutboundDraft[] = [];
    const stored: OutboundMessage[] = [];
    for (const draft of drafts) {
      const existing = await this.messages.findOne({ idempotencyKey: draft.idempotencyKey });
      if (existing) stored.push(existing);
      else fresh.push(draft);
    }
    if (fresh.length === 0) return stored;
    const reserved = await this.conversations.updateOne({ id: conversation.id }, { inc: { outboundSeq: fresh.length } });
    const lastSeq = reserved?.outboundSeq ?? fresh.length;
    const now = this.clock();
    for (const [index, draft] of fresh.entries()) {
      const message: OutboundMessage = {
        id: this.newId('out_'),
        conversationId: conversation.id,
        channel: conversation.channel,
        idempotencyKey: draft.idempotencyKey,
        text: draft.text,
        author: draft.author,
        reference: conversation.reference,
        inReplyTo: draft.inReplyTo ?? null,
        seq: lastSeq - fresh.length + index + 1,
        status: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
        updatedAt: now,
        providerMessageId: null,
        error: null,
        options: draft.options,
      };
      if (await this.messages.insert(message)) stored.push(message);
      else {
        const raced = await this.messages.findOne({ idempotencyKey: draft.idempotencyKey });
        if (raced) stored.push(raced);
      }
    }
    return stored.sort((a, b) => a.seq - b.seq);
  }

  get(id: string): Promise<OutboundMessage | null> {
    return this.messages.get(id);
  }

  /** Claims the next message of some conversation whose earlier messages are all delivered or given up. */
  async claimNext(owner: string, leaseMs: number): Promise<OutboxClaim | null> {
    const now = this.clock();
    const candidates = await this.messages.find(
      { status: { $in: ['pending', 'sending'] }, nextAttemptAt: { $lte: now } },
      { sort: { nextAttemptAt: 1 }, limit: CANDIDATE_PAGE },
    );
    const tried = new Set<string>();
    for (const candidate of candidates) {
      if (tried.has(candidate.conversationId)) continue;
      tried.add(candidate.conversationId);
      const leaseKey = `outbox:${candidate.conversationId}`;
      if (!(await this.leases.acquire(leaseKey, owner, leaseMs))) continue;
      const head = await this.messages.findOne(
        { conversationId: candidate.conversationId, status: { $in: ['pending', 'sending'] } },
        { sort: { seq: 1 } },
      );
      const claimed =
        head && head.nextAttemptAt <= now
          ? await this.messages.updateOne(
              { id: head.id, status: head.status, attempts: head.attempts },
              { set: { status: 'sending', updatedAt: now }, inc: { attempts: 1 } },
            )
          : null;
      if (claimed) return { message: claimed, leaseKey };
      await this.leases.release(leaseKey, owner);
    }
    return null;
  }

  /** Records a delivery attempt's outcome: done, or back in the queue with backoff, or failed for good. */
  async recordAttempt(message: OutboundMessage, outcome: SendOutcome): Promise<OutboundMessage | null> {
    const now = this.clock();
    if (outcome.ok) {
      return this.messages.updateOne(
        { id: message.id, status: 'sending' },
        { set: { status: outcome.status, providerMessageId: outcome.providerMessageId, error: outcome.error ?? null, updatedAt: now } },
      );
    }
    const giveUp = !outcome.retryable || message.attempts >= MAX_SEND_ATTEMPTS;
    return this.messages.updateOne(
      { id: message.id, status: 'sending' },
      {
        set: giveUp
          ? { status: 'failed', error: outcome.error, updatedAt: now }
          : { status: 'pending', error: outcome.error, nextAttemptAt: now + Math.max(outcome.retryAfterMs ?? 0, backoffMs(message.attempts)), updatedAt: now },
      },
    );
  }

  /**
   * Puts a conversation's held replies (a channel that could not deliver them yet, such as WhatsApp outside its
   * 24-hour window) back in the queue, in their original order. Called when the customer writes again. Returns the
   * messages released.
   */
  async releaseHeld(conversationId: string): Promise<OutboundMessage[]> {
    const held = await this.messages.find({ conversationId, status: 'held' }, { sort: { seq: 1 } });
    const now = this.clock();
    const released: OutboundMessage[] = [];
    for (const message of held) {
      const updated = await this.messages.updateOne({ id: message.id, status: 'held' }, { set: { status: 'pending', nextAttemptAt: now, error: null, updatedAt: now } });
      if (updated) released.push(updated);
    }
    return released;
  }

  renewClaim(claim: OutboxClaim, owner: string, leaseMs: number): Promise<boolean> {
    return this.leases.acquire(claim.leaseKey, owner, leaseMs);
  }

  async release(claim: OutboxClaim, owner: string): Promise<void> {
    await this.leases.release(claim.leaseKey, owner);
  }

  /** Applies a provider status callback; statuses only move forward. Returns the updated message, if any. */
  async applyStatus(channel: OutboundMessage['channel'], providerMessageId: string, status: OutboundStatus, error: string | null = null) {
    const lower = (Object.keys(STATUS_RANK) as OutboundStatus[]).filter((candidate) => STATUS_RANK[candidate] < STATUS_RANK[status]);
    return this.messages.updateOne(
      { channel, providerMessageId, status: { $in: lower } },
      { set: { status, updatedAt: this.clock(), ...(error ? { error } : {}) } },
    );
  }

  forConversation(conversationId: string): Promise<OutboundMessage[]> {
    return this.messages.find({ conversationId }, { sort: { seq: 1 } });
  }

  /** Messages of a conversation after a position in its sequence (live followers poll this). */
  after(conversationId: string, seq: number): Promise<OutboundMessage[]> {
    return this.messages.find({ conversationId, seq: { $gt: seq } }, { sort: { seq: 1 } });
  }

  repliesTo(inboxItemId: string): Promise<OutboundMessage[]> {
    return this.messages.find({ inReplyTo: inboxItemId }, { sort: { seq: 1 } });
  }

  countUnsent(): Promise<number> {
    return this.messages.count({ status: { $in: ['pending', 'sending'] } });
  }

  async conversationOfProviderIds(channel: OutboundMessage['channel'], providerIds: readonly string[]): Promise<string | null> {
    if (providerIds.length === 0) return null;
    const found = await this.messages.findOne({ channel, providerMessageId: { $in: [...providerIds] } });
    return found?.conversationId ?? null;
  }
}
