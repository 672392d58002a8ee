import twilio from 'twilio';
import type { SendOutcome } from '../../src/conversation/outbox';

type Failure = Extract<SendOutcome, { ok: false }>;

/** Network failures worth another try: the request may never have reached Twilio. */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ECONNABORTED', 'ENOTFOUND', 'EAI_AGAIN', 'ENETUNREACH', 'EHOSTUNREACH', 'ERR_NETWORK']);

/**
 * A failed Twilio call as a send outcome. Twilio's overload and outages (429, 5xx) and network failures are retried
 * with the outbox's backoff; every other refusal is final and keeps Twilio's error code, e.g. `twilio_21211`
 * (invalid number), `twilio_21610` (the number replied STOP to Twilio), `twilio_63016` (outside the WhatsApp window).
 * https://www.twilio.com/docs/api/errors
 */
export function sendFailure(error: unknown): Failure {
  if (error instanceof twilio.RestException) {
    const code = error.code ? String(error.code) : `http_${error.status}`;
    const retryable = error.status === 429 || error.status >= 500 || error.code === 20429;
    return { ok: false, retryable, error: `twilio_${code}` };
  }
  const networkCode = (error as { code?: unknown } | null)?.code;
  if (typeof networkCode === 'string' && NETWORK_CODES.has(networkCode)) {
    return { ok: false, retryable: true, error: networkCode === 'ECONNABORTED' || networkCode === 'ETIMEDOUT' ? 'twilio_timeout' : 'twilio_unreachable' };
  }
  return { ok: false, retryable: true, error: 'twilio_send_error' };
}

/** A message Twilio accepted but reports as failed at once (rare: a blocked destination, say). */
export function immediateFailure(status: string, errorCode: number | null): Failure | null {
  if (status !== 'failed' && status !== 'undelivered') return null;
  return { ok: false, retryable: false, error: errorCode ? `twilio_${errorCode}` : `twilio_${status}` };
}
