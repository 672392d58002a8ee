/**
 * Every failure a client or an operator can see has a string code. Clients get `{error: {code, message}}` with the
 * HTTP status from this table; logs get the cause. Code never branches on an error's message text.
 *
 * A test checks that every code here is documented in the README.
 */
export const ERROR_CODES = {
  invalid_json: { status: 400, description: 'The request body is not valid JSON.' },
  invalid_request: { status: 400, description: 'A field is missing, has the wrong type, or is out of range.' },
  unsupported_media_type: { status: 415, description: 'The Content-Type is not accepted by this route.' },
  payload_too_large: { status: 413, description: 'The body is larger than the route accepts.' },
  unauthorized: { status: 401, description: 'A token or signature is missing, malformed or wrong.' },
  forbidden: { status: 403, description: 'The credentials are valid but not allowed to do this.' },
  not_found: { status: 404, description: 'No such route or resource.' },
  conflict: { status: 409, description: 'The resource changed or is in a state that does not allow this.' },
  channel_disabled: { status: 404, description: 'The channel behind this route is configured off.' },
  rate_limited: { status: 429, description: 'Too many requests; retry after the time given.' },
  store_unavailable: { status: 503, description: 'The store cannot be reached; nothing was accepted.' },
  not_ready: { status: 503, description: 'The process is starting or stopping.' },
  internal: { status: 500, description: 'An unexpected failure; the cause is in the log.' },
} as const satisfies Record<string, { status: number; description: string }>;

export type ErrorCode = keyof typeof ERROR_CODES;

export interface AppErrorOptions {
  cause?: unknown;
  /** Worth retrying the same operation later (a timeout, a 5xx, a lock), as opposed to a permanent failure. */
  isRetryable?: boolean;
  /** Extra fields returned to the client, e.g. the invalid field's path. */
  details?: Record<string, unknown>;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly isRetryable: boolean;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: ErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.status = ERROR_CODES[code].status;
    this.isRetryable = options.isRetryable ?? false;
    this.details = options.details;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}

/** The body every error response has. */
export function errorBody(error: AppError): { error: { code: ErrorCode; message: string } & Record<string, unknown> } {
  return { error: { code: error.code, message: error.message, ...(error.details ?? {}) } };
}
