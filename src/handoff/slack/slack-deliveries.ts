import type { Collection } from '../../store/port';

export interface SlackDelivery {
  /** `event:<event_id>` or `action:<action_ts>:<user>`. */
  id: string;
  status: 'processing' | 'done';
  at: number;
}

/** A claim older than this belongs to a process that died while handling it: the next delivery may take it over. */
const STALE_CLAIM_MS = 60_000;

/**
 * Slack delivers an event again when it did not see our answer in time (`X-Slack-Retry-Num`), and people
 * double-click. Each delivery is claimed by its id in the store, across processes: the first one is handled, the
 * others are acknowledged and dropped. A failed handling releases the claim so Slack's retry can succeed.
 */
export class SlackDeliveries {
  constructor(
    private readonly deliveries: Collection<SlackDelivery>,
    private readonly clock: () => number,
  ) {}

  /** Runs `work` for the first delivery of `key`; returns false (without running it) for a repeat. */
  async once(key: string, work: () => Promise<void>): Promise<boolean> {
    if (!(await this.claim(key))) return false;
    try {
      await work();
    } catch (error) {
      await this.deliveries.deleteMany({ id: key, status: 'processing' });
      throw error;
    }
    await this.deliveries.updateMany({ id: key }, { set: { status: 'done', at: this.clock() } });
    return true;
  }

  private async claim(key: string): Promise<boolean> {
    const now = this.clock();
    if (await this.deliveries.insert({ id: key, status: 'processing', at: now })) return true;
    const stale = await this.deliveries.updateOne({ id: key, status: 'processing', at: { $lt: now - STALE_CLAIM_MS } }, { set: { at: now } });
    return stale !== null;
  }

  /** Slack redelivers within minutes; records older than the given age can go. */
  purge(olderThanMs: number): Promise<number> {
    return this.deliveries.deleteMany({ status: 'done', at: { $lt: this.clock() - olderThanMs } });
  }
}
