import { z } from 'zod';
import type { Principal } from '../../admin/roles';
import type { AppContext } from '../../app-context';
import type { ActionActor } from '../../conversation/actions';
import { CHANNEL_IDS, CONVERSATION_STATES, type Conversation } from '../../conversation/model';
import { loadTranscript } from '../../conversation/transcript';
import { AppError } from '../../errors';
import type { Filter } from '../../store/port';
import { adminRoute, parseInput } from './admin-route';

const idParams = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/, 'must be a conversation id') });
const listQuery = z.object({
  market: z.string().regex(/^[A-Za-z]{2}$/).optional(),
  channel: z.enum(CHANNEL_IDS).optional(),
  state: z.enum(CONVERSATION_STATES).optional(),
  /** Opened at or after (epoch ms or an ISO date). */
  from: z.union([z.coerce.number().int(), z.iso.date(), z.iso.datetime()]).optional(),
  to: z.union([z.coerce.number().int(), z.iso.date(), z.iso.datetime()]).optional(),
  /** Paging: conversations opened before this time (the last `createdAt` of the previous page). */
  before: z.coerce.number().int().optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
const actionBody = z.object({ actionId: z.string().regex(/^[A-Za-z0-9_-]{1,80}$/).optional() });
const escalateBody = actionBody.extend({ reason: z.string().min(1).max(100).default('escalated_by_staff'), summary: z.string().max(2000).default('') });
const closeBody = z.object({ reason: z.string().min(1).max(100).default('closed_by_staff') });
const replyBody = actionBody.extend({ text: z.string().trim().min(1).max(4000) });

/** Epoch ms from a number or an ISO date. */
export function toTime(value: number | string | undefined): number | undefined {
  if (value === undefined) return undefined;
  return typeof value === 'number' ? value : Date.parse(value);
}

function actor(principal: Principal): ActionActor {
  return principal.role === 'admin' ? { kind: 'admin', id: principal.id } : { kind: 'agent', id: principal.id, name: principal.name };
}

function actionId(context: AppContext, given: string | undefined): string {
  return given ?? `admin-${context.clock()}-${Math.random().toString(36).slice(2, 10)}`;
}

/** A refused move names the state the conversation is in, so the console can refresh instead of guessing. */
async function moved(context: AppContext, id: string, result: Conversation | null, action: string) {
  if (result) return { conversation: result };
  const current = await context.conversations.require(id);
  throw new AppError('conflict', `Cannot ${action} a conversation in state ${current.state}`, { details: { state: current.state } });
}

/** Conversations for agents: list with filters, the full transcript with events, and the actions people take. */
export const conversationRoutes = [
  adminRoute('GET', '/api/admin/conversations', 'agent', async (request, context) => {
    const query = parseInput(listQuery, request.query, 'query');
    const filter: Filter = {};
    if (query.market) filter.market = query.market.toUpperCase();
    if (query.channel) filter.channel = query.channel;
    if (query.state) filter.state = query.state;
    const from = toTime(query.from);
    const to = toTime(query.to);
    const upper = Math.min(to ?? Infinity, query.before ?? Infinity);
    if ((from !== undefined && Number.isNaN(from)) || Number.isNaN(upper)) throw new AppError('invalid_request', 'from/to: not a date', { details: { field: 'from' } });
    if (from !== undefined || upper !== Infinity) {
      filter.createdAt = { ...(from !== undefined ? { $gte: from } : {}), ...(upper !== Infinity ? { $lt: upper } : {}) };
    }
    const conversations = await context.conversations.list(filter, { sort: { createdAt: -1 }, limit: query.limit });
    const last = conversations.at(-1);
    return { conversations, next: conversations.length === query.limit && last ? { before: last.createdAt } : null };
  }),

  adminRoute('GET', '/api/admin/conversations/:id', 'agent', async (request, context) => {
    const { id } = parseInput(idParams, request.params, 'params');
    const conversation = await context.conversations.require(id);
    const [messages, events, customer] = await Promise.all([
      loadTranscript(context.inbox, context.outbox, id),
      context.conversations.eventsOf(id),
      conversation.customerId ? context.customers.get(conversation.customerId) : Promise.resolve(null),
    ]);
    return { conversation, customer: customer ? { id: customer.id, name: customer.name } : null, messages, events };
  }),

  adminRoute('POST', '/api/admin/conversations/:id/take-over', 'agent', async (request, context, principal) => {
    const { id } = parseInput(idParams, request.params, 'params');
    return moved(context, id, await context.actions.takeOver(id, { id: principal.id, name: principal.name }), 'take over');
  }),

  adminRoute('POST', '/api/admin/conversations/:id/hand-back', 'agent', async (request, context, principal) => {
    const { id } = parseInput(idParams, request.params, 'params');
    const body = parseInput(actionBody, request.body, 'body');
    return moved(context, id, await context.actions.handBack(id, actor(principal), actionId(context, body.actionId)), 'hand back');
  }),

  adminRoute('POST', '/api/admin/conversations/:id/escalate', 'agent', async (request, context, principal) => {
    const { id } = parseInput(idParams, request.params, 'params');
    const body = parseInput(escalateBody, request.body, 'body');
    const summary = body.summary || `Escalated from the admin console by ${principal.name}.`;
    return moved(context, id, await context.actions.escalate(id, actor(principal), body.reason, summary, actionId(context, body.actionId)), 'escalate');
  }),

  adminRoute('POST', '/api/admin/conversations/:id/resolve', 'agent', async (request, context, principal) => {
    const { id } = parseInput(idParams, request.params, 'params');
    const body = parseInput(actionBody, request.body, 'body');
    return moved(context, id, await context.actions.resolve(id, actor(principal), actionId(context, body.actionId)), 'resolve');
  }),

  adminRoute('POST', '/api/admin/conversations/:id/close', 'agent', async (request, context, principal) => {
    const { id } = parseInput(idParams, request.params, 'params');
    const body = parseInput(closeBody, request.body, 'body');
    return moved(context, id, await context.actions.close(id, actor(principal), body.reason), 'close');
  }),

  adminRoute('POST', '/api/admin/conversations/:id/reply', 'agent', async (request, context, principal) => {
    const { id } = parseInput(idParams, request.params, 'params');
    const body = parseInput(replyBody, request.body, 'body');
    const conversation = await context.conversations.require(id);
    if (conversation.state !== 'agent') {
      throw new AppError('conflict', 'Take the conversation over before replying: the assistant owns it now', { details: { state: conversation.state } });
    }
    await context.actions.replyAsAgent(id, { id: principal.id, name: principal.name }, body.text, actionId(context, body.actionId));
    return { conversation };
  }),
];
