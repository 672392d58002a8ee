import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Principal, Role } from '../../admin/roles';
import type { AppContext } from '../../app-context';
import { AppError } from '../../errors';

/** One admin API route: the weakest role allowed to call it, and a handler that gets the caller. */
export interface AdminRoute {
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  url: string;
  role: Role;
  handler(request: FastifyRequest, context: AppContext, principal: Principal): Promise<unknown>;
}

export function adminRoute(method: AdminRoute['method'], url: string, role: Role, handler: AdminRoute['handler']): AdminRoute {
  return { method, url, role, handler };
}

/** Validates a request part; a failure is a 400 naming the field. */
export function parseInput<T extends z.ZodType>(schema: T, value: unknown, part: 'body' | 'query' | 'params'): z.infer<T> {
  const parsed = schema.safeParse(value ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const field = issue.path.length > 0 ? issue.path.map(String).join('.') : part;
  throw new AppError('invalid_request', `${field}: ${issue.message}`, { details: { field } });
}
