import type { Logger } from '../observability/logger';
import type { JobQueue } from './job-queue';
import type { JobHandlers } from './job-worker';

const DAY_MS = 24 * 60 * 60 * 1000;
export const HOUSEKEEPING_JOB = 'jobs.housekeeping';
/** Done jobs are kept a week (their keys keep protecting against doubles that long), failed ones a month for inspection. */
export const DONE_RETENTION_MS = 7 * DAY_MS;
export const FAILED_RETENTION_MS = 30 * DAY_MS;

/** A clean-up step; returns how many records it removed. */
export type HousekeepingTask = () => Promise<number>;

/**
 * A daily clean-up run as a job itself: one per day across all processes (the key is the day), each run queueing the
 * next. Features add their own steps (Slack's delivery records).
 */
export class Housekeeping {
  private readonly tasks = new Map<string, HousekeepingTask>();

  constructor(
    private readonly queue: JobQueue,
    handlers: JobHandlers,
    private readonly clock: () => number,
    private readonly log: Logger,
  ) {
    this.add('finished jobs', () => queue.purgeFinished(DONE_RETENTION_MS, FAILED_RETENTION_MS));
    handlers.register<{ day: number }>(HOUSEKEEPING_JOB, async (job) => {
      const removed: Record<string, number> = {};
      for (const [name, task] of this.tasks) removed[name] = await task();
      this.log.info({ removed }, 'housekeeping done');
      await this.schedule(job.payload.day + 1);
    });
  }

  add(name: string, task: HousekeepingTask): void {
    this.tasks.set(name, task);
  }

  /** Queues the run of a day (today by default) at that day's start, UTC; a no-op when it is queued already. */
  async schedule(day = Math.floor(this.clock() / DAY_MS)): Promise<void> {
    await this.queue.enqueue({ type: HOUSEKEEPING_JOB, payload: { day }, idempotencyKey: `housekeeping:${day}`, runAt: day * DAY_MS, maxAttempts: 3 });
  }
}
