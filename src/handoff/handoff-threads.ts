import type { Collection } from '../store/port';

/**
 * The Slack thread of an escalated conversation: one per conversation, reused when it is escalated again. The
 * header message's `ts` is the thread's id in Slack; it is null until the header was posted.
 */
export interface HandoffThread {
  /** The conversation id. */
  id: string;
  market: string;
  /** Where the thread goes, as the market configures it (a channel id or `#name`). */
  slackChannel: string;
  /** The channel id Slack answered with (chat.update and thread replies need the id, not the name). */
  channelId: string | null;
  ts: string | null;
  /** The latest escalation; re-announcements of an older one stop. */
  escalationId: string;
  reason: string;
  summary: string;
  escalatedAt: number;
  /** Which escalation's transcript is being posted, and how many of its pieces are in the thread already. */
  transcriptEscalationId: string | null;
  transcriptPosted: number;
  createdAt: number;
  updatedAt: number;
}

export class HandoffThreads {
  constructor(
    private readonly threads: Collection<HandoffThread>,
    private readonly clock: () => number,
  ) {}

  get(conversationId: string): Promise<HandoffThread | null> {
    return this.threads.get(conversationId);
  }

  /** The thread whose header has this ts: how a Slack thread reply finds its conversation. */
  byTs(channelId: string, ts: string): Promise<HandoffThread | null> {
    return this.threads.findOne({ channelId, ts });
  }

  /** Creates the thread record, or returns the one that exists. */
  async open(
    thread: Omit<HandoffThread, 'channelId' | 'ts' | 'transcriptEscalationId' | 'transcriptPosted' | 'createdAt' | 'updatedAt'>,
  ): Promise<{ thread: HandoffThread; created: boolean }> {
    const now = this.clock();
    const fresh: HandoffThread = { ...thread, channelId: null, ts: null, transcriptEscalationId: null, transcriptPosted: 0, createdAt: now, updatedAt: now };
    if (await this.threads.insert(fresh)) return { thread: fresh, created: true };
    const existing = await this.threads.get(thread.id);
    if (!existing) throw new Error(`Handoff thread ${thread.id} was reported as a duplicate but cannot be found`);
    return { thread: existing, created: false };
  }

  async update(conversationId: string, set: Partial<Omit<HandoffThread, 'id'>>): Promise<HandoffThread | null> {
    return this.threads.updateOne({ id: conversationId }, { set: { ...set, updatedAt: this.clock() } });
  }

  list(): Promise<HandoffThread[]> {
    return this.threads.find({}, { sort: { createdAt: 1 } });
  }
}
