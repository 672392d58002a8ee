import type { Collection } from './port';

export interface Lease {
  id: string;
  owner: string;
  expiresAt: number;
}

/**
 * Named, expiring locks in the store. A lease on a thread is what keeps two messages of one conversation from being
 * handled at once, across any number of processes; a dead holder's lease simply expires.
 */
export class Leases {
  constructor(
    private readonly leases: Collection<Lease>,
    private readonly clock: () => number,
  ) {}

  /** Takes the lease if it is free, expired, or already ours (which renews it). */
  async acquire(key: string, owner: string, ttlMs: number): Promise<boolean> {
    const now = this.clock();
    const expiresAt = now + ttlMs;
    if (await this.leases.insert({ id: key, owner, expiresAt })) return true;
    if (await this.leases.updateOne({ id: key, expiresAt: { $lt: now } }, { set: { owner, expiresAt } })) return true;
    return (await this.leases.updateOne({ id: key, owner }, { set: { expiresAt } })) !== null;
  }

  /** True while `owner` still holds an unexpired lease: checked before committing work done under it. */
  async holds(key: string, owner: string): Promise<boolean> {
    const lease = await this.leases.get(key);
    return lease !== null && lease.owner === owner && lease.expiresAt > this.clock();
  }

  async release(key: string, owner: string): Promise<void> {
    await this.leases.deleteMany({ id: key, owner });
  }
}
