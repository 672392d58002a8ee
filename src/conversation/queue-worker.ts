import type { Logger } from '../observability/logger';

const DEFAULT_POLL_MS = 500;

export interface QueueWorkerOptions<C> {
  name: string;
  /** Identifies this process in leases; each loop appends its index. */
  processId: string;
  concurrency: number;
  /** How often an idle loop looks for work another process may have stored (default 500 ms). */
  pollMs?: number;
  /** How long a claim's lease lasts; `work` renews it every third of this, so a live worker never loses it. */
  leaseTtlMs: number;
  claim(owner: string, leaseTtlMs: number): Promise<C | null>;
  work(claim: C, owner: string): Promise<void>;
  /** Extends the claim's lease by `leaseTtlMs` while `work` runs. */
  renew(claim: C, owner: string, leaseTtlMs: number): Promise<unknown>;
  log: Logger;
}

/**
 * A pool of loops that claim work from a store queue and handle it, renewing the claim's lease while they work. Loops sleep when there is nothing to do and wake
 * on `wake()` (local work) or after `pollMs` (work from other processes). `stop()` lets running work finish.
 */
export class QueueWorker<C> {
  private running = false;
  private readonly loops: Promise<void>[] = [];
  private readonly sleepers = new Set<() => void>();
  private pendingWake = false;

  constructor(private readonly options: QueueWorkerOptions<C>) {}

  start(): void {
    if (this.running) return;
    this.running = true;
    for (let index = 0; index < this.options.concurrency; index += 1) {
      this.loops.push(this.loop(`${this.options.processId}/${this.options.name}/${index}`));
    }
  }

  wake(): void {
    if (this.sleepers.size === 0) {
      this.pendingWake = true;
      return;
    }
    for (const wakeUp of this.sleepers) wakeUp();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake();
    await Promise.all(this.loops.splice(0));
  }

  private async loop(owner: string): Promise<void> {
    while (this.running) {
      let claim: C | null = null;
      try {
        claim = await this.options.claim(owner, this.options.leaseTtlMs);
      } catch (error) {
        this.options.log.error({ err: error, worker: this.options.name }, 'claiming work failed; retrying');
      }
      if (claim === null) {
        await this.sleep(this.options.pollMs ?? DEFAULT_POLL_MS);
        continue;
      }
      const heldClaim = claim;
      const heartbeat = setInterval(() => {
        this.options.renew(heldClaim, owner, this.options.leaseTtlMs).catch((error: unknown) => this.options.log.warn({ err: error, worker: this.options.name }, 'lease renewal failed'));
      }, this.options.leaseTtlMs / 3);
      try {
        await this.options.work(claim, owner);
      } catch (error) {
        this.options.log.error({ err: error, worker: this.options.name }, 'work failed outside its own error handling');
      } finally {
        clearInterval(heartbeat);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.pendingWake) {
      this.pendingWake = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.sleepers.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.sleepers.add(done);
    });
  }
}
