import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';

/** Liveness, readiness (store reachable, models loaded, which channels are on) and Prometheus metrics. */
export async function healthRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  app.get('/healthz', async () => ({ status: 'ok' }));

  app.get('/readyz', async (_request, reply) => {
    const checks: Record<string, string> = {};
    let ready = true;
    try {
      await context.store.ping();
      checks.store = `ok (${context.store.kind})`;
    } catch (error) {
      ready = false;
      checks.store = `unreachable: ${(error as Error).message}`;
    }
    checks.resolver = context.resolverStatus();
    checks.handoff = context.handoffStatus;
    if (context.stopping) {
      ready = false;
      checks.process = 'stopping';
    }
    return reply.status(ready ? 200 : 503).send({ status: ready ? 'ready' : 'not_ready', checks, channels: context.channels.status() });
  });

  app.get('/metrics', async (_request, reply) => {
    const body = await context.metrics.registry.metrics();
    return reply.type(context.metrics.registry.contentType).send(body);
  });
}
