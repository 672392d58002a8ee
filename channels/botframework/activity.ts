import { z } from 'zod';
import { AppError } from '../../src/errors';

/**
 * The few fields of a Bot Framework activity this channel reads, as a zod schema. Everything else (Teams
 * `channelData`, Web Chat capabilities, fields added by future channels) passes through untouched: the protocol is
 * open-ended and an unknown field must never turn a customer's message into a 400.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-connector-api-reference#activity-object
 */

const MAX_ID_LENGTH = 1000;

const channelAccountSchema = z.looseObject({
  id: z.string().min(1).max(MAX_ID_LENGTH),
  name: z.string().max(MAX_ID_LENGTH).optional(),
  /** Teams: the Entra ID (Azure AD) object id of the signed-in user. */
  aadObjectId: z.string().max(MAX_ID_LENGTH).optional(),
  role: z.string().optional(),
});

const attachmentSchema = z.looseObject({
  contentType: z.string().optional(),
  contentUrl: z.string().optional(),
  name: z.string().optional(),
});

const entitySchema = z.looseObject({
  type: z.string().optional(),
});

/** Only `type` is needed to decide that an activity is not a message. */
const anyActivitySchema = z.looseObject({ type: z.string().min(1) });

const messageActivitySchema = z.looseObject({
  type: z.literal('message'),
  id: z.string().min(1).max(MAX_ID_LENGTH),
  channelId: z.string().min(1).max(100),
  serviceUrl: z
    .string()
    .max(2048)
    .refine((value) => /^https?:\/\/[^\s/]+/i.test(value), 'must be an http(s) URL'),
  from: channelAccountSchema,
  recipient: channelAccountSchema,
  conversation: z.looseObject({
    id: z.string().min(1).max(MAX_ID_LENGTH),
    conversationType: z.string().optional(),
    tenantId: z.string().optional(),
    isGroup: z.boolean().optional(),
  }),
  text: z.string().optional(),
  timestamp: z.string().optional(),
  locale: z.string().max(35).optional(),
  attachments: z.array(attachmentSchema).max(50).optional(),
  entities: z.array(entitySchema).max(50).optional(),
});

export type MessageActivity = z.infer<typeof messageActivitySchema>;
export type ChannelAccount = z.infer<typeof channelAccountSchema>;

/** A request body as the channel sees it: a message to answer, or another activity type to acknowledge. */
export type ParsedActivity = { kind: 'message'; activity: MessageActivity } | { kind: 'other'; type: string };

/** Parses a request body into an activity; throws AppError `invalid_json` / `invalid_request` (400). */
export function parseActivity(body: Buffer): ParsedActivity {
  const json = readJson(body);
  if (json === undefined) throw new AppError('invalid_json', 'The body must be a Bot Framework activity in JSON');
  const base = anyActivitySchema.safeParse(json);
  if (!base.success) throw invalidField(base.error);
  if (base.data.type !== 'message') return { kind: 'other', type: base.data.type };
  const message = messageActivitySchema.safeParse(json);
  if (!message.success) throw invalidField(message.error);
  return { kind: 'message', activity: message.data };
}

/** The JSON value of a body, or undefined when it is empty or not JSON. Never throws. */
export function readJson(body: Buffer): unknown {
  if (body.length === 0) return undefined;
  try {
    return JSON.parse(body.toString('utf8')) as unknown;
  } catch {
    return undefined;
  }
}

/** A top-level string field of a body that may not be a valid activity at all (verify runs before parse). */
export function peekString(json: unknown, field: 'serviceUrl' | 'channelId'): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const value = (json as Record<string, unknown>)[field];
  return typeof value === 'string' ? value : undefined;
}

function invalidField(error: z.ZodError): AppError {
  const issue = error.issues[0];
  const field = issue?.path.join('.') ?? '';
  return new AppError('invalid_request', `${field || 'body'}: ${issue?.message ?? 'invalid'}`, { details: { field } });
}
