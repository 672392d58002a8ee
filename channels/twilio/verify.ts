import twilio from 'twilio';
import { AppError } from '../../src/errors';
import type { RawRequest } from '../types';
import { readForm, type FormParams } from './form';

/**
 * Checks `X-Twilio-Signature` with the SDK's `validateRequest`: an HMAC-SHA1, keyed with the auth token, of the URL
 * Twilio called followed by the sorted form parameters
 * (https://www.twilio.com/docs/usage/webhooks/webhooks-security). Behind a proxy or load balancer the URL we see is
 * not the one Twilio called, so it is rebuilt from PUBLIC_URL and the path and query as received. Twilio signs no
 * timestamp: a request replayed to another of our URLs fails because the URL is part of what is signed, and a
 * replay of the very same request is harmless because MessageSid is the inbox's dedupe key.
 *
 * Returns the form parameters so the caller does not read the body twice.
 */
export function verifyTwilioSignature(request: RawRequest, authToken: string, publicUrl: string): FormParams {
  const signature = request.headers['x-twilio-signature'];
  if (!signature) throw new AppError('forbidden', 'X-Twilio-Signature is missing');
  const params = readForm(request.body);
  if (!twilio.validateRequest(authToken, signature, webhookUrl(publicUrl, request.url), params)) {
    throw new AppError('forbidden', 'X-Twilio-Signature does not match this request');
  }
  return params;
}

/** The URL Twilio called: PUBLIC_URL (which may carry a path prefix the proxy strips) and the path and query. */
export function webhookUrl(publicUrl: string, pathAndQuery: string): string {
  return `${publicUrl.replace(/\/+$/, '')}${pathAndQuery.startsWith('/') ? '' : '/'}${pathAndQuery}`;
}
