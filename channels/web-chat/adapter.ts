import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Identity, InboundMessage, OutboundMessage } from '../../src/conversation/model';
import type { SendOutcome } from '../../src/conversation/outbox';
import { fromOutbox } from '../../src/conversation/transcript';
import { AppError } from '../../src/errors';
import type { ChannelAdapter, ParsedRequest, RawRequest } from '../types';
import type { WebchatHub } from './hub';
import { verifySessionToken, type SessionClaims } from './tokens';

export const MAX_TEXT_LENGTH = 4000;
const MESSAGES_PATH = /^\/api\/webchat\/sessions\/([A-Za-z0-9_-]{1,100})\/messages\/?(?:\?.*)?$/;

const bodySchema = z.object({
  text: z.string(),
  /** Set by the widget so a retried POST is recognised as the same message. */
  clientMessageId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, 'must be 1-100 letters, digits, - or _')
    .optional(),
});

/**
 * Web chat: the widget posts messages over REST or the WebSocket with a signed session token; replies are pushed
 * live to the session's sockets and are always in the transcript (GET) for history restore.
 */
export class WebchatAdapter implements ChannelAdapter {
  readonly name = 'webchat';
  readonly channels = ['webchat'] as const;

  constructor(
    private readonly sessionSecret: string,
    private readonly hub: WebchatHub,
  ) {}

  verify(request: RawRequest): void {
    this.claimsOf(request);
  }

  parse(request: RawRequest): ParsedRequest {
    const claims = this.claimsOf(request);
    const body = parseBody(request.body);
    return { messages: [toInboundMessage(claims, body.text, body.clientMessageId, request.receivedAt)], statusUpdates: [] };
  }

  async send(message: OutboundMessage): Promise<SendOutcome> {
    // The live push has the transcript's shape, without the delivery status that this very send is settling.
    const { status: _settling, ...pushed } = fromOutbox(message);
    const reached = this.hub.publish(message.reference.customerAddress, { type: 'message', message: pushed });
    // Stored replies are the transcript; a session with no open socket reads them on its next GET.
    return { ok: true, status: reached > 0 ? 'delivered' : 'sent', providerMessageId: message.id };
  }

  /** The verified claims of a request's bearer token, which must belong to the session in the path. */
  claimsOf(request: RawRequest): SessionClaims {
    const sessionId = MESSAGES_PATH.exec(request.url)?.[1];
    const claims = this.verifyBearer(request.headers.authorization, request.receivedAt);
    if (!sessionId || claims.sid !== sessionId) throw new AppError('unauthorized', 'The token does not belong to this session');
    return claims;
  }

  verifyBearer(authorization: string | undefined, now: number): SessionClaims {
    const token = /^Bearer\s+(\S+)$/i.exec(authorization ?? '')?.[1];
    if (!token) throw new AppError('unauthorized', 'Authorization: Bearer <session token> is required');
    return verifySessionToken(token, this.sessionSecret, now);
  }
}

export function parseBody(raw: Buffer): z.infer<typeof bodySchema> {
  let json: unknown;
  try {
    json = JSON.parse(raw.toString('utf8'));
  } catch {
    throw new AppError('invalid_json', 'The body must be JSON like {"text": "..."}');
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new AppError('invalid_request', `${issue.path.join('.') || 'body'}: ${issue.message}`, { details: { field: issue.path.join('.') } });
  }
  validateText(parsed.data.text);
  return parsed.data;
}

export function validateText(text: string): void {
  if (text.trim().length === 0) throw new AppError('invalid_request', 'text must not be empty', { details: { field: 'text' } });
  if (text.length > MAX_TEXT_LENGTH) {
    throw new AppError('invalid_request', `text must be at most ${MAX_TEXT_LENGTH} characters`, { details: { field: 'text' } });
  }
}

/** The inbound message for a web chat text, from REST or the socket alike. */
export function toInboundMessage(claims: SessionClaims, text: string, clientMessageId: string | undefined, receivedAt: number): InboundMessage {
  const from: Identity = claims.sub
    ? { kind: 'webchat', value: claims.sub, verified: true }
    : { kind: 'webchat', value: `anonymous:${claims.sid}`, verified: false };
  const providerMessageId =
    clientMessageId ?? `${receivedAt}-${createHash('sha256').update(`${claims.sid}\n${text}`).digest('hex').slice(0, 16)}`;
  return {
    channel: 'webchat',
    providerMessageId: `${claims.sid}:${providerMessageId}`,
    from,
    text,
    sentAt: receivedAt,
    reference: { channel: 'webchat', customerAddress: claims.sid, businessAddress: 'webchat' },
    threadKey: `webchat:${claims.sid}`,
    hints: { market: claims.mkt, language: claims.loc },
  };
}
