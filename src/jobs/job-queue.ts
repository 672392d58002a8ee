import type { IdGenerator } from '../ids';
import type { Collection } from '../store/port';
import type { Job, NewJob } from './job';
import { jobBackoffMs, type JobError } from './job-error';

const CANDIDATE_PAGE = 64;
export const DEFAULT_MAX_ATTEMPTS = 10;

/**
 * The durable job queue on the store: the one mechanism for delayed and retried side effects. Enqueueing is
 * idempotent per key; workers claim due jobs atomically under a lease (kept in `runAt` while a job runs), so a job
 * whose worker died is claimed again once the lease runs out. Execution is at-least-once: handlers make their effect
 * safe to repeat, or accept a rare double.
 */
export class JobQueue {
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly jobs: Collection<Job>,
    private readonly newId: IdGenerator,
    private readonly clock: () => number,
  ) {}

  /** Stores a job unless one with the same key exists; returns the stored job (new or earlier). */
  async enqueue<P>(draft: NewJob<P>): Promise<Job<P>> {
    const existing = await this.jobs.findOne({ idempotencyKey: draft.idempotencyKey });
    if (existing) return existing as Job<P>;
    const now = this.clock();
    const job: Job<P> = {
      id: this.newId('job_'),
      type: draft.type,
      payload: draft.payload,
      idempotencyKey: draft.idempotencyKey,
      group: draft.group ?? null,
      status: 'pending',
      attempts: 0,
      maxAttempts: draft.maxAttempts ?? DEFAULT_MAX_ATTEMPTS,
      runAt: draft.runAt ?? now,
      leaseOwner: null,
      lastError: null,
      createdAt: now,
      updatedAt: now,
      finishedAt: null,
    };
    if (!(await this.jobs.insert(job as Job))) {
      const raced = await this.jobs.findOne({ idempotencyKey: draft.idempotencyKey });
      if (raced) return raced as Job<P>;
      throw new Error(`Job ${draft.idempotencyKey} was reported as a duplicate but cannot be found`);
    }
    for (const listener of this.listeners) listener();
    return job;
  }

  /** Called after a job is stored in this process (the worker wakes instead of waiting for its next poll). */
  onEnqueued(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get(id: string): Promise<Job | null> {
    return this.jobs.get(id);
  }

  byKey(idempotencyKey: string): Promise<Job | null> {
    return this.jobs.findOne({ idempotencyKey });
  }

  /**
   * Claims the next due job: pending and due, or running with an expired lease. A job of a group is claimed only
   * when it is the oldest unfinished job of that group.
   */
  async claimNext(owner: string, leaseMs: number): Promise<Job | null> {
    const now = this.clock();
    const candidates = await this.jobs.find(
      { status: { $in: ['pending', 'running'] }, runAt: { $lte: now } },
      { sort: { runAt: 1, id: 1 }, limit: CANDIDATE_PAGE },
    );
    const groupHeads = new Map<string, string | undefined>();
    for (const candidate of candidates) {
      if (candidate.group !== null) {
        if (!groupHeads.has(candidate.group)) {
          const head = await this.jobs.findOne({ group: candidate.group, status: { $in: ['pending', 'running'] } }, { sort: { id: 1 } });
          groupHeads.set(candidate.group, head?.id);
        }
        if (groupHeads.get(candidate.group) !== candidate.id) continue;
      }
      const claimed = await this.jobs.updateOne(
        { id: candidate.id, status: candidate.status, attempts: candidate.attempts, runAt: candidate.runAt },
        { set: { status: 'running', runAt: now + leaseMs, leaseOwner: owner, updatedAt: now }, inc: { attempts: 1 } },
      );
      if (claimed) return claimed;
    }
    return null;
  }

  /** Extends the lease of a running job; false when another worker took it over. */
  async renew(job: Job, owner: string, leaseMs: number): Promise<boolean> {
    const now = this.clock();
    return (await this.jobs.updateOne({ id: job.id, status: 'running', leaseOwner: owner }, { set: { runAt: now + leaseMs, updatedAt: now } })) !== null;
  }

  async complete(job: Job, owner: string): Promise<Job | null> {
    const now = this.clock();
    return this.jobs.updateOne(
      { id: job.id, status: 'running', leaseOwner: owner },
      { set: { status: 'done', leaseOwner: null, lastError: null, finishedAt: now, updatedAt: now } },
    );
  }

  /**
   * Records a failed attempt: back in the queue after the backoff (or the wait the other side asked for), or
   * `failed` for good when it cannot succeed or has used its attempts.
   */
  async recordFailure(job: Job, owner: string, error: JobError): Promise<Job | null> {
    const now = this.clock();
    const giveUp = !error.isRetryable || job.attempts >= job.maxAttempts;
    const delay = error.retryAfterMs ?? jobBackoffMs(job.attempts);
    return this.jobs.updateOne(
      { id: job.id, status: 'running', leaseOwner: owner },
      {
        set: giveUp
          ? { status: 'failed', leaseOwner: null, lastError: error.code, finishedAt: now, updatedAt: now }
          : { status: 'pending', leaseOwner: null, lastError: error.code, runAt: now + delay, updatedAt: now },
      },
    );
  }

  list(filter: { type?: string; status?: Job['status']; group?: string }): Promise<Job[]> {
    const query: Record<string, string> = {};
    if (filter.type) query.type = filter.type;
    if (filter.status) query.status = filter.status;
    if (filter.group) query.group = filter.group;
    return this.jobs.find(query, { sort: { id: 1 } });
  }

  countUnfinished(): Promise<number> {
    return this.jobs.count({ status: { $in: ['pending', 'running'] } });
  }

  /** Deletes finished jobs older than the given ages (their idempotency keys stop protecting after that). */
  async purgeFinished(doneOlderThanMs: number, failedOlderThanMs = doneOlderThanMs): Promise<number> {
    const now = this.clock();
    const done = await this.jobs.deleteMany({ status: 'done', finishedAt: { $lt: now - doneOlderThanMs } });
    const failed = await this.jobs.deleteMany({ status: 'failed', finishedAt: { $lt: now - failedOlderThanMs } });
    return done + failed;
  }
}
