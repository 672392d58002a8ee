import type { FastifyInstance } from 'fastify';
import { allows } from '../../admin/roles';
import type { AppContext } from '../../app-context';
import { AppError } from '../../errors';
import { adminConsoleRoutes } from './admin-console';
import { conversationRoutes } from './admin-conversations';
import { marketRoutes } from './admin-markets';
import { metricsRoutes } from './admin-metrics';
import type { AdminRoute } from './admin-route';
import { tokenRoutes } from './admin-tokens';

/** Every admin API route with its weakest allowed role; the role-matrix test walks this list. */
export const ADMIN_ROUTES: readonly AdminRoute[] = [...tokenRoutes, ...marketRoutes, ...conversationRoutes, ...metricsRoutes];

/**
 * The admin API under /api/admin/* and the console at /admin. Every API route authenticates the bearer token first
 * (401 without a valid one) and then checks the role (403 when weaker than the route needs), before its handler runs.
 */
export async function adminRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  await adminConsoleRoutes(app);
  for (const route of ADMIN_ROUTES) {
    app.route({
      method: route.method,
      url: route.url,
      handler: async (request, reply) => {
        const principal = await context.admin.tokens.authenticate(request.headers.authorization);
        if (!allows(principal.role, route.role)) {
          throw new AppError('forbidden', `This needs the ${route.role} role; the token has ${principal.role}`);
        }
        const result = await route.handler(request, context, principal);
        return reply.header('cache-control', 'no-store').send(result);
      },
    });
  }
  // Unknown admin API paths answer 401 without a token too, so the API does not reveal which routes exist.
  app.all('/api/admin/*', async (request) => {
    await context.admin.tokens.authenticate(request.headers.authorization);
    throw new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`);
  });
}
