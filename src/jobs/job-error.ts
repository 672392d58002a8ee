/**
 * How a job handler reports a failure: a code for the job record and the logs, whether trying again can help, and
 * how long the other side asked us to wait (HTTP 429 `Retry-After`).
 */
export class JobError extends Error {
  readonly code: string;
  readonly isRetryable: boolean;
  readonly retryAfterMs: number | undefined;

  constructor(code: string, message: string, options: { isRetryable: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'JobError';
    this.code = code;
    this.isRetryable = options.isRetryable;
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** Anything a handler throws, as a JobError: unknown failures are retried (a bug shows up as `failed` after the last attempt). */
export function toJobError(error: unknown): JobError {
  if (error instanceof JobError) return error;
  return new JobError('job_error', error instanceof Error ? error.message : String(error), { isRetryable: true, cause: error });
}

/** Exponential backoff with a ceiling: 2 s, 4 s, 8 s ... 5 min. */
export function jobBackoffMs(attempt: number): number {
  return Math.min(300_000, 1000 * 2 ** Math.max(1, attempt));
}
