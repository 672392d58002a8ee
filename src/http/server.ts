import websocket from '@fastify/websocket';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { AppError, errorBody } from '../errors';
import { handleError } from './errors';
import { adminRoutes } from './routes/admin';
import { demoRoutes } from './routes/demo';
import { healthRoutes } from './routes/health';
import { slackRoutes } from './routes/slack';
import { staticRoutes } from './routes/static';
import { webchatRoutes } from './routes/webchat';
import { webhookRoutes } from './routes/webhooks';

/** Extra route groups (channels, Slack, admin) register themselves through this hook. */
export type RoutePlugin = (app: FastifyInstance, context: AppContext) => Promise<void>;

export async function buildServer(context: AppContext, plugins: readonly RoutePlugin[] = []): Promise<FastifyInstance> {
  const app = Fastify({
    loggerInstance: context.log as FastifyBaseLogger,
    bodyLimit: context.config.bodyLimitBytes,
    // Behind a load balancer: the client address and protocol come from X-Forwarded-*.
    trustProxy: true,
    // Fastify's own request log prints the URL, and web chat socket URLs carry a token: we log the route instead.
    logController: new LogController({ disableRequestLogging: true }),
  });
  app.addHook('onResponse', async (request, reply) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
  });
  app.setErrorHandler(handleError);
  app.setNotFoundHandler((request, reply) => {
    void reply.status(404).send(errorBody(new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`)));
  });
  await app.register(websocket, { options: { maxPayload: 64 * 1024 } });
  await app.register(async (scope) => healthRoutes(scope, context));
  await app.register(async (scope) => webchatRoutes(scope, context));
  await app.register(async (scope) => webhookRoutes(scope, context));
  await app.register(async (scope) => slackRoutes(scope, context));
  await app.register(async (scope) => staticRoutes(scope));
  if (context.demo) await app.register(async (scope) => demoRoutes(scope, context));
  await app.register(async (scope) => adminRoutes(scope, context));
  for (const plugin of plugins) await app.register(async (scope) => plugin(scope, context));
  return app;
}
