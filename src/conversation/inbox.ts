import type { IdGenerator } from '../ids';
import type { Leases } from '../store/leases';
import type { Collection } from '../store/port';
import type { HandlingPlan, InboundMessage, InboxItem } from './model';

const CANDIDATE_PAGE = 64;
const CANDIDATE_PAGES = 4;

export interface AcceptResult {
  item: InboxItem;
  duplicate: boolean;
}

export interface Claim {
  item: InboxItem;
  leaseKey: string;
}

/**
 * The durable inbox. A message is acknowledged to the provider only after `accept` stored it; the unique
 * (channel, providerMessageId) index turns a provider's retry into a no-op. Workers claim one message per thread at
 * a time under a lease, oldest first.
 */
export class Inbox {
  constructor(
    private readonly items: Collection<InboxItem>,
    private readonly leases: Leases,
    private readonly newId: IdGenerator,
    private readonly clock: () => number,
  ) {}

  async accept(message: InboundMessage): Promise<AcceptResult> {
    const item: InboxItem = {
      id: this.newId('in_'),
      channel: message.channel,
      providerMessageId: message.providerMessageId,
      threadKey: message.threadKey,
      status: 'pending',
      message,
      acceptedAt: this.clock(),
      attempts: 0,
      conversationId: null,
      processedAt: null,
      notBefore: 0,
      plan: null,
      outcome: null,
    };
    if (await this.items.insert(item)) return { item, duplicate: false };
    const existing = await this.items.findOne({ channel: message.channel, providerMessageId: message.providerMessageId });
    if (!existing) throw new Error('Inbox insert reported a duplicate that cannot be found');
    return { item: existing, duplicate: true };
  }

  get(id: string): Promise<InboxItem | null> {
    return this.items.get(id);
  }

  /**
   * Claims the oldest unfinished message of some thread nobody else holds. Messages left `processing` by a dead
   * worker are claimable again once its lease has expired.
   */
  async claimNext(owner: string, leaseMs: number): Promise<Claim | null> {
    const now = this.clock();
    const triedThreads = new Set<string>();
    let after = '';
    for (let page = 0; page < CANDIDATE_PAGES; page += 1) {
      const candidates = await this.items.find(
        { status: { $in: ['pending', 'processing'] }, id: { $gt: after } },
        { sort: { id: 1 }, limit: CANDIDATE_PAGE },
      );
      for (const candidate of candidates) {
        if (triedThreads.has(candidate.threadKey)) continue;
        triedThreads.add(candidate.threadKey);
        const claim = await this.claimThread(candidate.threadKey, owner, leaseMs, now);
        if (claim) return claim;
      }
      if (candidates.length < CANDIDATE_PAGE) break;
      after = candidates[candidates.length - 1]!.id;
    }
    return null;
  }

  private async claimThread(threadKey: string, owner: string, leaseMs: number, now: number): Promise<Claim | null> {
    const leaseKey = `inbox:${threadKey}`;
    if (!(await this.leases.acquire(leaseKey, owner, leaseMs))) return null;
    // Holding the thread's lease, any `processing` item of this thread belongs to a worker that lost its lease.
    const oldest = await this.items.findOne({ threadKey, status: { $in: ['pending', 'processing'] } }, { sort: { id: 1 } });
    const claimed =
      oldest && oldest.notBefore <= now
        ? await this.items.updateOne({ id: oldest.id, status: oldest.status }, { set: { status: 'processing' }, inc: { attempts: 1 } })
        : null;
    if (!claimed) {
      await this.leases.release(leaseKey, owner);
      return null;
    }
    return { item: claimed, leaseKey };
  }

  async attachConversation(id: string, conversationId: string): Promise<void> {
    await this.items.updateMany({ id }, { set: { conversationId } });
  }

  /** Saves the decision for this message once; returns the plan that is now on record (ours or an earlier one). */
  async recordPlan(id: string, plan: HandlingPlan): Promise<HandlingPlan> {
    const updated = await this.items.updateOne({ id, plan: null }, { set: { plan } });
    if (updated) return plan;
    const existing = await this.items.get(id);
    return existing?.plan ?? plan;
  }

  async finish(id: string, status: 'done' | 'ignored' | 'failed', outcome: string | null = null): Promise<void> {
    await this.items.updateMany({ id }, { set: { status, outcome, processedAt: this.clock() } });
  }

  /** Puts a message back for a later attempt, keeping its place in the thread. */
  async retryLater(id: string, delayMs: number, outcome: string): Promise<void> {
    await this.items.updateMany({ id }, { set: { status: 'pending', notBefore: this.clock() + delayMs, outcome } });
  }

  async renewClaim(claim: Claim, owner: string, leaseMs: number): Promise<boolean> {
    return this.leases.acquire(claim.leaseKey, owner, leaseMs);
  }

  async releaseClaim(claim: Claim, owner: string): Promise<void> {
    await this.leases.release(claim.leaseKey, owner);
  }

  stillHolds(claim: Claim, owner: string): Promise<boolean> {
    return this.leases.holds(claim.leaseKey, owner);
  }

  countUnfinished(): Promise<number> {
    return this.items.count({ status: { $in: ['pending', 'processing'] } });
  }

  /** Accepted messages of a thread not yet attached to a conversation (still waiting to be handled). */
  unattached(threadKey: string): Promise<InboxItem[]> {
    return this.items.find({ threadKey, conversationId: null }, { sort: { id: 1 } });
  }

  forConversation(conversationId: string): Promise<InboxItem[]> {
    return this.items.find({ conversationId }, { sort: { id: 1 } });
  }

  /** The conversation that holds a message with one of these provider ids (email replies name their parents). */
  async conversationOfProviderIds(channel: InboxItem['channel'], providerIds: readonly string[]): Promise<string | null> {
    if (providerIds.length === 0) return null;
    const found = await this.items.findOne({ channel, providerMessageId: { $in: [...providerIds] }, conversationId: { $ne: null } });
    return found?.conversationId ?? null;
  }
}
