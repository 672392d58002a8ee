import type { ConversationEvent, Conversation } from '../conversation/model';
import type { Conversations } from '../conversation/conversations';
import type { Collection } from '../store/port';
import { computeMetrics, REPEAT_WINDOW_MS, type MetricsQuery, type MetricsReport } from './conversation-metrics';

/**
 * Reads what `computeMetrics` needs from the store: the events from 7 days before the range on (repeat contacts look
 * back that far; resolutions after the range still count for conversations opened in it), and who each conversation's
 * customer is. Market and channel filters apply after reading, so a repeat contact across channels is still seen.
 */
export async function loadMetrics(events: Collection<ConversationEvent>, conversations: Conversations, query: MetricsQuery): Promise<MetricsReport> {
  const since = query.from - REPEAT_WINDOW_MS;
  const [eventList, opened] = await Promise.all([
    events.find({ at: { $gte: since } }, { sort: { at: 1 } }),
    conversations.list({ createdAt: { $gte: since, $lt: query.to } }, { sort: { createdAt: 1 } }),
  ]);
  return computeMetrics(eventList, new Map(opened.map((conversation) => [conversation.id, contactOf(conversation)])), query);
}

/** The customer behind a conversation: their id when known, else the identity they wrote from. */
export function contactOf(conversation: Pick<Conversation, 'customerId' | 'identity'>): string {
  return conversation.customerId ?? `${conversation.identity.kind}:${conversation.identity.value}`;
}
