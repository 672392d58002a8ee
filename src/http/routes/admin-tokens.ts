import { z } from 'zod';
import { ROLES } from '../../admin/roles';
import { adminRoute, parseInput } from './admin-route';

const createBody = z.object({ name: z.string().trim().min(1).max(80), role: z.enum(ROLES) });
const idParams = z.object({ id: z.string().regex(/^tok_[0-9a-f]{8,40}$/, 'must be a token id') });

/** Who am I, and named tokens (admin only): created with a role, shown once, revocable. */
export const tokenRoutes = [
  adminRoute('GET', '/api/admin/me', 'viewer', async (_request, _context, principal) => ({ principal })),

  adminRoute('GET', '/api/admin/tokens', 'admin', async (_request, context) => ({ tokens: await context.admin.tokens.list() })),

  adminRoute('POST', '/api/admin/tokens', 'admin', async (request, context, principal) => {
    const { name, role } = parseInput(createBody, request.body, 'body');
    return context.admin.tokens.create(name, role, principal);
  }),

  adminRoute('DELETE', '/api/admin/tokens/:id', 'admin', async (request, context, principal) => {
    const { id } = parseInput(idParams, request.params, 'params');
    return { token: await context.admin.tokens.revoke(id, principal) };
  }),
];
