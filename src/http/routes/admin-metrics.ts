import { z } from 'zod';
import type { ConversationEvent } from '../../conversation/model';
import { CHANNEL_IDS } from '../../conversation/model';
import { loadMetrics } from '../../admin/metrics-source';
import { AppError } from '../../errors';
import { COLLECTIONS } from '../../store/schema';
import { adminRoute, parseInput } from './admin-route';
import { toTime } from './admin-conversations';

const DAY_MS = 24 * 60 * 60 * 1000;
const MAX_RANGE_DAYS = 400;

const metricsQuery = z.object({
  from: z.union([z.coerce.number().int(), z.iso.date(), z.iso.datetime()]).optional(),
  to: z.union([z.coerce.number().int(), z.iso.date(), z.iso.datetime()]).optional(),
  bucket: z.enum(['day', 'week']).default('day'),
  market: z.string().regex(/^[A-Za-z]{2}$/).optional(),
  channel: z.enum(CHANNEL_IDS).optional(),
});

/** Support metrics computed from conversation events (viewer and up). Default range: the last 30 days. */
export const metricsRoutes = [
  adminRoute('GET', '/api/admin/metrics', 'viewer', async (request, context) => {
    const query = parseInput(metricsQuery, request.query, 'query');
    const to = toTime(query.to) ?? Math.ceil((context.clock() + 1) / DAY_MS) * DAY_MS;
    const from = toTime(query.from) ?? to - 30 * DAY_MS;
    if (Number.isNaN(from) || Number.isNaN(to)) throw new AppError('invalid_request', 'from/to: not a date', { details: { field: 'from' } });
    if (from >= to) throw new AppError('invalid_request', 'from: must be before to', { details: { field: 'from' } });
    if (to - from > MAX_RANGE_DAYS * DAY_MS) throw new AppError('invalid_request', `to: at most ${MAX_RANGE_DAYS} days after from`, { details: { field: 'to' } });
    const events = context.store.collection<ConversationEvent>(COLLECTIONS.events);
    return loadMetrics(events, context.conversations, {
      from,
      to,
      bucket: query.bucket,
      ...(query.market ? { market: query.market.toUpperCase() } : {}),
      ...(query.channel ? { channel: query.channel } : {}),
    });
  }),
];
