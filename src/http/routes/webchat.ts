import type {} from '@fastify/websocket';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { toInboundMessage, validateText } from '../../../channels/web-chat/adapter';
import type { LiveConnection } from '../../../channels/web-chat/hub';
import { LiveFollower } from '../../../channels/web-chat/live-follower';
import type { SessionClaims } from '../../../channels/web-chat/tokens';
import type { AppContext } from '../../app-context';
import { awaitHandled } from '../../conversation/await-handled';
import { fromInbox, fromOutbox, loadTranscript, type TranscriptMessage } from '../../conversation/transcript';
import { AppError, errorBody } from '../../errors';
import { acceptRawBodies, toRawRequest } from '../raw-request';

const startSessionSchema = z.object({
  market: z.string().max(8).optional(),
  locale: z.string().max(16).optional(),
  identityToken: z.string().max(4096).optional(),
});

const socketMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('message'), text: z.string(), clientMessageId: z.string().regex(/^[A-Za-z0-9_-]{1,100}$/).optional() }),
  z.object({ type: z.literal('typing'), state: z.boolean().optional() }),
  z.object({ type: z.literal('ping') }),
]);

/** Web chat: sessions, messages over REST (replies in the response) and a WebSocket for live replies. */
export async function webchatRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  const { webchat, pipeline, inbox, outbox, signals, clock, config } = context;

  app.post('/api/webchat/sessions', async (request, reply) => {
    const body = startSessionSchema.safeParse(request.body ?? {});
    if (!body.success) throw new AppError('invalid_request', body.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; '));
    const { session, token } = await webchat.sessions.start(body.data);
    return reply.status(201).send({ sessionId: session.id, token, market: session.market, locale: session.locale, signedIn: session.subject !== null });
  });

  app.get<{ Params: { id: string } }>('/api/webchat/sessions/:id/messages', async (request) => {
    const claims = verifiedClaims(context, request.headers.authorization, request.params.id);
    return { sessionId: claims.sid, messages: await sessionTranscript(context, claims.sid) };
  });

  await app.register(async (scope) => {
    acceptRawBodies(scope);
    scope.post('/api/webchat/sessions/:id/messages', async (request, reply) => {
      const raw = toRawRequest(request, clock());
      webchat.adapter.verify(raw);
      const [message] = webchat.adapter.parse(raw).messages;
      if (!message) throw new AppError('invalid_request', 'No message in the request');
      const { item, duplicate } = await pipeline.accept(message);
      if (!duplicate) webchat.hub.publish(message.reference.customerAddress, { type: 'message', message: fromInbox(item) });
      if (/respond-async/i.test(String(request.headers.prefer ?? ''))) {
        return reply.status(202).send({ messageId: item.id, status: 'accepted', duplicate });
      }
      const handled = await awaitHandled(item.id, inbox, signals, config.webchatReplyWaitMs);
      const replies = (await outbox.repliesTo(item.id)).map(fromOutbox);
      const finished = handled !== null && handled.status !== 'pending' && handled.status !== 'processing';
      return reply.status(finished ? 200 : 202).send({ messageId: item.id, status: finished ? 'handled' : 'accepted', duplicate, replies });
    });
  });

  app.get('/webchat/ws', { websocket: true }, (socket: WebSocket, request: FastifyRequest) => {
    const query = request.query as { sessionId?: string; token?: string };
    let claims: SessionClaims;
    try {
      claims = verifiedClaims(context, query.token ? `Bearer ${query.token}` : undefined, query.sessionId ?? '');
    } catch (error) {
      socket.send(JSON.stringify({ type: 'error', ...errorBody(error as AppError) }));
      socket.close(4401, 'unauthorized');
      return;
    }
    const follower = new LiveFollower(socket, `webchat:${claims.sid}`, context.conversations, context.outbox);
    const leave = webchat.hub.join(claims.sid, follower);
    void follower.start(config.webchatPollMs);
    socket.on('close', () => {
      leave();
      follower.stop();
    });
    socket.on('message', (data) => {
      void onSocketMessage(context, claims, follower, data.toString()).catch((error: unknown) => {
        const appError = error instanceof AppError ? error : new AppError('internal', 'Something went wrong on our side');
        if (!(error instanceof AppError)) context.log.error({ err: error }, 'web chat socket message failed');
        socket.send(JSON.stringify({ type: 'error', ...errorBody(appError) }));
      });
    });
  });
}

async function onSocketMessage(context: AppContext, claims: SessionClaims, socket: LiveConnection, data: string): Promise<void> {
  let json: unknown;
  try {
    json = JSON.parse(data);
  } catch {
    throw new AppError('invalid_json', 'Socket messages are JSON');
  }
  const parsed = socketMessageSchema.safeParse(json);
  if (!parsed.success) throw new AppError('invalid_request', 'Expected {type: "message", text} or {type: "typing"}');
  const event = parsed.data;
  if (event.type === 'ping') {
    socket.send(JSON.stringify({ type: 'pong' }));
    return;
  }
  if (event.type === 'typing') return;
  validateText(event.text);
  const { pipeline, webchat, inbox, signals, config, clock } = context;
  const { item, duplicate } = await pipeline.accept(toInboundMessage(claims, event.text, event.clientMessageId, clock()));
  if (duplicate) return;
  webchat.hub.publish(claims.sid, { type: 'message', message: fromInbox(item) });
  webchat.hub.publish(claims.sid, { type: 'typing', state: true });
  await awaitHandled(item.id, inbox, signals, config.webchatReplyWaitMs);
  webchat.hub.publish(claims.sid, { type: 'typing', state: false });
}

function verifiedClaims(context: AppContext, authorization: string | undefined, sessionId: string): SessionClaims {
  const claims = context.webchat.adapter.verifyBearer(authorization, context.clock());
  if (claims.sid !== sessionId) throw new AppError('unauthorized', 'The token does not belong to this session');
  return claims;
}

/** Every message of the session, across the conversations it has had, including ones still waiting to be handled. */
async function sessionTranscript(context: AppContext, sessionId: string): Promise<TranscriptMessage[]> {
  const threadKey = `webchat:${sessionId}`;
  const conversations = await context.conversations.list({ channel: 'webchat', threadKey }, { sort: { createdAt: 1 } });
  const transcripts = await Promise.all(conversations.map((conversation) => loadTranscript(context.inbox, context.outbox, conversation.id)));
  const waiting = (await context.inbox.unattached(threadKey)).map(fromInbox);
  return [...transcripts.flat(), ...waiting];
}
