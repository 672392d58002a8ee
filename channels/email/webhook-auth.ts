import { createHash, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../src/errors';

const digest = (value: string) => createHash('sha256').update(value, 'utf8').digest();

/**
 * Checks `Authorization: Bearer <EMAIL_WEBHOOK_TOKEN>`. Both sides are hashed first so the comparison takes the same
 * time whatever the length or content of the guess.
 */
export function verifyBearerToken(authorization: string | undefined, expected: string): void {
  const token = /^Bearer[ \t]+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
  if (!token) throw new AppError('unauthorized', 'Authorization: Bearer <EMAIL_WEBHOOK_TOKEN> is required');
  if (!timingSafeEqual(digest(token), digest(expected))) throw new AppError('unauthorized', 'The webhook token is wrong');
}
