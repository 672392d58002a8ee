import type { SendOutcome } from '../../src/conversation/outbox';

type SendFailure = Extract<SendOutcome, { ok: false }>;

/** Node's codes for a connection that failed before any HTTP status: worth trying again. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH']);

/**
 * Turns what the SDK threw while sending into a delivery outcome, without relying on its error classes: a
 * RestError carries the Bot Connector's HTTP `statusCode`, a network failure a Node `code`, an MSAL failure an
 * `errorCode`. 429, 408 and 5xx are retryable, any other 4xx is final (a conversation the bot was removed from,
 * a malformed reply). Note the SDK has already retried 5xx, 408, 429 and network errors three times by then.
 */
export function sendFailure(error: unknown): SendFailure {
  const status = field(error, 'statusCode');
  if (typeof status === 'number') {
    const retryable = status === 408 || status === 429 || status >= 500;
    const retryAfterMs = retryAfterOf(error);
    return { ok: false, retryable, error: `botframework_http_${status}`, ...(retryable && retryAfterMs !== undefined ? { retryAfterMs } : {}) };
  }
  if (isNetworkError(error)) return { ok: false, retryable: true, error: 'botframework_network_error' };
  // MSAL could not get a token for the app id: the login service is down, or the password is wrong or expired.
  if (typeof field(error, 'errorCode') === 'string') return { ok: false, retryable: true, error: 'botframework_token_error' };
  return { ok: false, retryable: true, error: 'botframework_send_error' };
}

/** A connection failure before any HTTP status (refused, reset, DNS, timeout). */
export function isNetworkError(error: unknown): boolean {
  const code = field(error, 'code');
  return typeof code === 'string' && NETWORK_CODES.has(code);
}

function retryAfterOf(error: unknown): number | undefined {
  const response = field(error, 'response') as { headers?: { get?: (name: string) => string | undefined } } | undefined;
  const header = response?.headers?.get?.('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isFinite(date) ? Math.max(0, date - Date.now()) : undefined;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}
