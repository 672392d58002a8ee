/**
 * Failures of a commerce backend, by code. The tools turn them into safe answers; `reason` says which business rule
 * refused (e.g. `instalment_paid`), never a message to branch on.
 */
export type CommerceErrorCode = 'not_found' | 'not_allowed' | 'conflict' | 'invalid_request' | 'unauthorized' | 'unavailable';

export class CommerceError extends Error {
  readonly code: CommerceErrorCode;
  readonly reason: string | null;
  readonly isRetryable: boolean;

  constructor(code: CommerceErrorCode, message: string, options: { reason?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CommerceError';
    this.code = code;
    this.reason = options.reason ?? null;
    this.isRetryable = code === 'unavailable';
  }
}

export function isCommerceError(value: unknown): value is CommerceError {
  return value instanceof CommerceError;
}
