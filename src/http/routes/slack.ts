import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { AppError } from '../../errors';
import { acceptRawBodies, toRawRequest } from '../raw-request';

/**
 * `POST /slack/events`: Events API, interactive actions and the slash command all arrive here (configure the same URL
 * for all three in the Slack app). Bodies stay raw: Slack signs the exact bytes.
 */
export async function slackRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  acceptRawBodies(app);
  app.post('/slack/events', async (request, reply) => {
    if (!context.slack) throw new AppError('channel_disabled', 'Slack is off: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET are not both set');
    const response = await context.slack.receiver.handle(toRawRequest(request, context.clock()));
    return reply.status(response.status).type(response.contentType).send(response.body);
  });
}
