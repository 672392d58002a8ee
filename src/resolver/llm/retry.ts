import { APIConnectionError, APIError } from 'openai';

export interface RetryOptions {
  /** Attempts in all, the first included. */
  attempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** No attempt starts, and no wait runs, past this time (epoch ms). */
  deadline: number;
  clock: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Rate limits, server errors, timeouts and connection failures are worth another try; other 4xx are not. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof APIConnectionError) return true;
  if (error instanceof APIError) return error.status === 429 || error.status === 408 || (error.status !== undefined && error.status >= 500);
  return false;
}

/** The wait a 429 / 503 asks for: `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
export function retryAfterMs(error: unknown, now: number): number | null {
  if (!(error instanceof APIError) || !error.headers) return null;
  const headers = error.headers as Headers;
  const milliseconds = Number(headers.get?.('retry-after-ms'));
  if (Number.isFinite(milliseconds) && milliseconds >= 0 && headers.get?.('retry-after-ms') !== null) return milliseconds;
  const value = headers.get?.('retry-after');
  if (!value) return null;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? null : Math.max(0, at - now);
}

/**
 * Runs `operation` with exponential backoff and full jitter, honouring Retry-After, within a deadline: when the
 * wait asked for would pass the deadline, it gives up at once rather than keep the customer waiting for nothing.
 */
export async function withRetries<T>(operation: (attempt: number) => Promise<T>, options: RetryOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  let lastError: unknown;
  for (let attempt = 1; attempt <= options.attempts; attempt += 1) {
    try {
      return await operation(attempt);
    } catch (error) {
      lastError = error;
      if (!isRetryable(error) || attempt === options.attempts) throw error;
      const now = options.clock();
      const backoff = Math.random() * Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
      const wait = retryAfterMs(error, now) ?? backoff;
      if (now + wait >= options.deadline) throw error;
      await sleep(wait);
    }
  }
  throw lastError;
}
