/**
 * A durable job: one delayed or retried side effect (a Slack call, a re-announcement), stored before it runs so a
 * crash, a rate limit or an outage of the other side only delays it.
 */
export type JobStatus = 'pending' | 'running' | 'done' | 'failed';

export interface Job<P = unknown> {
  id: string;
  /** Names the handler that runs it, e.g. `slack.post_message`. */
  type: string;
  payload: P;
  /** Unique: enqueueing the same logical effect twice (a retried step, a redelivered event) stores one job. */
  idempotencyKey: string;
  /**
   * Jobs of one group run one at a time in the order they were enqueued (a Slack thread's messages); a failing job
   * holds back the later ones of its group until it succeeds or is given up. Null: no ordering.
   */
  group: string | null;
  status: JobStatus;
  /** Attempts started so far, including the running one. */
  attempts: number;
  maxAttempts: number;
  /**
   * When it may next be claimed. For a `running` job this is when its lease expires: a job whose worker died is
   * claimable again from then on, without a separate lease record.
   */
  runAt: number;
  leaseOwner: string | null;
  /** A code for the last failure (`slack_rate_limited`), never a message body. */
  lastError: string | null;
  createdAt: number;
  updatedAt: number;
  finishedAt: number | null;
}

export interface NewJob<P = unknown> {
  type: string;
  payload: P;
  idempotencyKey: string;
  group?: string | null;
  /** Default: now. */
  runAt?: number;
  maxAttempts?: number;
}
