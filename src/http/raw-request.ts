import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RawRequest } from '../../channels/types';

/**
 * Makes every route of this (encapsulated) scope receive the body as raw bytes whatever its content type: provider
 * signatures are computed over the exact bytes, and each adapter parses its own format.
 */
export function acceptRawBodies(scope: FastifyInstance): void {
  scope.removeAllContentTypeParsers();
  scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) => done(null, body));
}

export function toRawRequest(request: FastifyRequest, receivedAt: number): RawRequest {
  const headers: Record<string, string | undefined> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return {
    method: request.method,
    url: request.url,
    headers,
    body: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
    receivedAt,
  };
}
