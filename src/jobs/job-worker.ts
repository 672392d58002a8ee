import { QueueWorker } from '../conversation/queue-worker';
import type { Logger } from '../observability/logger';
import type { Job } from './job';
import { JobError, toJobError } from './job-error';
import type { JobQueue } from './job-queue';

export const JOB_TIMEOUT_MS = 30_000;

/** Runs one job. Throw a JobError to say whether and when to retry; return normally when the effect happened. */
export type JobHandler<P = unknown> = (job: Job<P>) => Promise<void>;

/** Job types and their handlers: each feature registers its own, the worker stays generic. */
export class JobHandlers {
  private readonly handlers = new Map<string, JobHandler>();

  register<P>(type: string, handler: JobHandler<P>): this {
    if (this.handlers.has(type)) throw new Error(`A handler for job type ${type} is registered already`);
    this.handlers.set(type, handler as JobHandler);
    return this;
  }

  get(type: string): JobHandler | undefined {
    return this.handlers.get(type);
  }
}

/**
 * Claims due jobs and runs their handlers, keeping the lease alive while a handler runs; a failure goes back to the
 * queue with backoff (or the wait the other side asked for) until the job's attempts are used up.
 */
export function createJobWorker(options: {
  queue: JobQueue;
  handlers: JobHandlers;
  log: Logger;
  processId: string;
  concurrency: number;
  leaseTtlMs: number;
  pollMs?: number;
  timeoutMs?: number;
}): QueueWorker<Job> {
  const { queue, handlers, log } = options;
  const worker = new QueueWorker<Job>({
    name: 'jobs',
    processId: options.processId,
    concurrency: options.concurrency,
    pollMs: options.pollMs,
    leaseTtlMs: options.leaseTtlMs,
    log,
    claim: (owner, ttl) => queue.claimNext(owner, ttl),
    renew: (job, owner, ttl) => queue.renew(job, owner, ttl),
    async work(job, owner) {
      const handler = handlers.get(job.type);
      try {
        if (!handler) throw new JobError('job_type_unknown', `No handler for job type ${job.type}`, { isRetryable: false });
        await withTimeout(handler(job), options.timeoutMs ?? JOB_TIMEOUT_MS);
        await queue.complete(job, owner);
      } catch (error) {
        const failure = toJobError(error);
        const updated = await queue.recordFailure(job, owner, failure);
        const fields = { job: job.id, type: job.type, attempts: job.attempts, code: failure.code, retryAt: updated?.status === 'pending' ? updated.runAt : null };
        if (updated?.status === 'failed') log.error({ ...fields, err: error }, 'job failed for good');
        else log.warn(fields, 'job attempt failed; retrying later');
      }
      // Finishing one job of a group may make the next one due at once.
      if (job.group !== null) worker.wake();
    },
  });
  queue.onEnqueued(() => worker.wake());
  return worker;
}

function withTimeout(promise: Promise<void>, ms: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new JobError('job_timeout', `The job did not finish within ${ms} ms`, { isRetryable: true })), ms);
    promise.then(
      () => {
        clearTimeout(timer);
        resolve();
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
