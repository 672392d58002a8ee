import { createHmac, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';
import { AppError } from '../../src/errors';

/**
 * Web chat session tokens: `v1.<base64url claims>.<base64url HMAC-SHA256>`. Stateless to verify, so any process
 * sharing the secret (kept in the store) accepts them, and they survive a restart.
 */
const sessionClaimsSchema = z.object({
  sid: z.string().min(1),
  /** Market and locale chosen when the session started. */
  mkt: z.string().optional(),
  loc: z.string().optional(),
  /** The host app's customer reference, present only when a signed identity token proved it. */
  sub: z.string().optional(),
  iat: z.number(),
  exp: z.number(),
});

export type SessionClaims = z.infer<typeof sessionClaimsSchema>;

export const SESSION_TOKEN_TTL_MS = 30 * 24 * 60 * 60 * 1000;

export function signSessionToken(claims: SessionClaims, secret: string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `v1.${body}.${hmac(`v1.${body}`, secret)}`;
}

export function verifySessionToken(token: string, secret: string, now: number): SessionClaims {
  const [version, body, signature] = token.split('.');
  if (version !== 'v1' || !body || !signature || !safeEqual(signature, hmac(`v1.${body}`, secret))) {
    throw new AppError('unauthorized', 'The session token is invalid');
  }
  const claims = sessionClaimsSchema.safeParse(parseJson(Buffer.from(body, 'base64url').toString('utf8')));
  if (!claims.success) throw new AppError('unauthorized', 'The session token is invalid');
  if (claims.data.exp <= now) throw new AppError('unauthorized', 'The session token has expired');
  return claims.data;
}

const identityClaimsSchema = z.object({
  sub: z.string().min(1).max(200),
  name: z.string().max(200).optional(),
  exp: z.number(),
  iat: z.number().optional(),
});

export type IdentityClaims = z.infer<typeof identityClaimsSchema>;

/**
 * Verifies the identity token a host application passes for its logged-in user: a JWT signed with HS256 and
 * `WEBCHAT_IDENTITY_SECRET`, with `sub` (the customer reference) and `exp` (seconds). This is how support widgets
 * commonly verify users; any JWT library on the host side can produce it.
 */
export function verifyIdentityToken(token: string, secret: string, now: number): IdentityClaims {
  const [header, payload, signature] = token.split('.');
  if (!header || !payload || !signature) throw new AppError('unauthorized', 'The identity token is not a JWT');
  const headerJson = parseJson(Buffer.from(header, 'base64url').toString('utf8')) as { alg?: unknown } | null;
  if (headerJson?.alg !== 'HS256') throw new AppError('unauthorized', 'The identity token must be signed with HS256');
  if (!safeEqual(signature, hmac(`${header}.${payload}`, secret))) throw new AppError('unauthorized', 'The identity token signature is wrong');
  const claims = identityClaimsSchema.safeParse(parseJson(Buffer.from(payload, 'base64url').toString('utf8')));
  if (!claims.success) throw new AppError('unauthorized', 'The identity token needs sub and exp claims');
  if (claims.data.exp * 1000 <= now) throw new AppError('unauthorized', 'The identity token has expired');
  return claims.data;
}

/** Signs an identity token the way a host application would (used by the demo page's sign-in and by tests). */
export function signIdentityToken(claims: IdentityClaims, secret: string): string {
  const header = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');
  const payload = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${header}.${payload}.${hmac(`${header}.${payload}`, secret)}`;
}

function hmac(data: string, secret: string): string {
  return createHmac('sha256', secret).update(data).digest('base64url');
}

function safeEqual(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
