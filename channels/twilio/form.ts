import { AppError } from '../../src/errors';
import type { RawRequest } from '../types';

/** Form parameters as Twilio sends them; a repeated name keeps every value (the signature covers them all). */
export type FormParams = Record<string, string | string[]>;

/**
 * Reads an `application/x-www-form-urlencoded` body. Lenient on purpose: the signature check needs the parameters
 * of any body, well-formed or not, and only then does `requireForm` refuse what is not a form.
 */
export function readForm(body: Buffer): FormParams {
  const params: FormParams = {};
  for (const [name, value] of new URLSearchParams(body.toString('utf8'))) {
    const existing = params[name];
    if (existing === undefined) params[name] = value;
    else params[name] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}

export function requireForm(request: RawRequest): void {
  const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') {
    throw new AppError('unsupported_media_type', 'Twilio webhooks are application/x-www-form-urlencoded');
  }
}

/** The single value of a parameter; a repeated one is malformed for the fields we read. */
export function single(params: FormParams, name: string): string | undefined {
  const value = params[name];
  if (Array.isArray(value)) throw new AppError('invalid_request', `${name} must appear once`, { details: { field: name } });
  return value;
}
