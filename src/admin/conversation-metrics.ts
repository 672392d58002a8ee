import type { ChannelId, ConversationEvent } from '../conversation/model';

export const REPEAT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export type Bucket = 'day' | 'week';

export interface MetricsQuery {
  /** Conversations opened in [from, to) are counted (epoch ms). */
  from: number;
  to: number;
  bucket: Bucket;
  market?: string;
  channel?: ChannelId;
}

/** The figures of one group of conversations. Rates are shares of `conversations` (0..1), null when it is empty. */
export interface MetricSummary {
  conversations: number;
  resolved: number;
  /** Resolved without a person: no `waiting_for_agent` or `agent` state ever, and not resolved by a person. */
  resolvedByAi: number;
  aiResolutionRate: number | null;
  escalated: number;
  escalationRate: number | null;
  /** Opened -> first resolved, in milliseconds; nearest-rank percentiles over the resolved conversations. */
  timeToResolution: { median: number | null; p90: number | null };
  csat: { responses: number; average: number | null; satisfiedShare: number | null };
  /** The same customer had opened another conversation in the 7 days before this one. */
  repeatContacts: number;
  repeatContactRate: number | null;
}

export interface MetricsReport {
  query: MetricsQuery;
  totals: MetricSummary;
  /** One entry per day or ISO week (UTC) from `from` to `to`, empty ones included so charts have a time axis. */
  series: ({ start: number; label: string } & MetricSummary)[];
  byMarket: ({ market: string } & MetricSummary)[];
  byChannel: ({ channel: ChannelId } & MetricSummary)[];
}

/** One conversation's facts, as read from its events. */
interface ConversationFacts {
  id: string;
  market: string;
  channel: ChannelId;
  openedAt: number;
  firstResolvedAt: number | null;
  resolvedByPerson: boolean;
  escalated: boolean;
  csat: number | null;
  repeat: boolean;
}

/**
 * Support metrics computed from the conversation event log alone (no counters that could drift): a pure function,
 * so any figure on the dashboard can be recomputed by hand from the events. `contacts` maps a conversation to the
 * customer behind it (a customer id, else the identity written from), for repeat contacts. Pass the events of
 * conversations opened from `query.from - 7 days` on, so repeat contacts at the start of the range are seen.
 */
export function computeMetrics(events: readonly ConversationEvent[], contacts: ReadonlyMap<string, string>, query: MetricsQuery): MetricsReport {
  const all = collectFacts(events);
  markRepeats(all, contacts);
  const counted = [...all.values()].filter(
    (facts) =>
      facts.openedAt >= query.from &&
      facts.openedAt < query.to &&
      (!query.market || facts.market === query.market) &&
      (!query.channel || facts.channel === query.channel),
  );

  const series = bucketStarts(query).map((start, index, starts) => {
    const end = starts[index + 1] ?? query.to;
    return { start, label: new Date(start).toISOString().slice(0, 10), ...summarize(counted.filter((facts) => facts.openedAt >= start && facts.openedAt < end)) };
  });
  const markets = [...new Set(counted.map((facts) => facts.market))].sort();
  const channels = [...new Set(counted.map((facts) => facts.channel))].sort();
  return {
    query,
    totals: summarize(counted),
    series,
    byMarket: markets.map((market) => ({ market, ...summarize(counted.filter((facts) => facts.market === market)) })),
    byChannel: channels.map((channel) => ({ channel, ...summarize(counted.filter((facts) => facts.channel === channel)) })),
  };
}

function collectFacts(events: readonly ConversationEvent[]): Map<string, ConversationFacts> {
  const sorted = [...events].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
  const facts = new Map<string, ConversationFacts>();
  for (const event of sorted) {
    if (event.type === 'conversation_opened') {
      facts.set(event.conversationId, {
        id: event.conversationId,
        market: event.market,
        channel: event.channel,
        openedAt: event.at,
        firstResolvedAt: null,
        resolvedByPerson: false,
        escalated: false,
        csat: null,
        repeat: false,
      });
      continue;
    }
    const conversation = facts.get(event.conversationId);
    if (!conversation) continue; // opened before the events we were given
    if (event.type === 'state_changed') {
      if (event.to === 'waiting_for_agent' || event.to === 'agent') conversation.escalated = true;
      if (event.to === 'resolved' && conversation.firstResolvedAt === null) {
        conversation.firstResolvedAt = event.at;
        conversation.resolvedByPerson = event.actor.kind === 'agent' || event.actor.kind === 'admin';
      }
    } else if (event.type === 'csat_recorded') {
      const score = Number(event.data?.score);
      if (Number.isInteger(score) && score >= 1 && score <= 5) conversation.csat = score;
    }
  }
  return facts;
}

function markRepeats(facts: Map<string, ConversationFacts>, contacts: ReadonlyMap<string, string>): void {
  const byContact = new Map<string, ConversationFacts[]>();
  for (const conversation of [...facts.values()].sort((a, b) => a.openedAt - b.openedAt || a.id.localeCompare(b.id))) {
    const contact = contacts.get(conversation.id);
    if (!contact) continue;
    const earlier = byContact.get(contact) ?? [];
    conversation.repeat = earlier.some((previous) => conversation.openedAt - previous.openedAt <= REPEAT_WINDOW_MS);
    earlier.push(conversation);
    byContact.set(contact, earlier);
  }
}

export function summarize(conversations: readonly ConversationFacts[]): MetricSummary {
  const count = conversations.length;
  const share = (part: number) => (count === 0 ? null : part / count);
  const resolved = conversations.filter((facts) => facts.firstResolvedAt !== null);
  const resolvedByAi = resolved.filter((facts) => !facts.escalated && !facts.resolvedByPerson).length;
  const escalated = conversations.filter((facts) => facts.escalated).length;
  const durations = resolved.map((facts) => facts.firstResolvedAt! - facts.openedAt).sort((a, b) => a - b);
  const scores = conversations.flatMap((facts) => (facts.csat === null ? [] : [facts.csat]));
  const repeats = conversations.filter((facts) => facts.repeat).length;
  return {
    conversations: count,
    resolved: resolved.length,
    resolvedByAi,
    aiResolutionRate: share(resolvedByAi),
    escalated,
    escalationRate: share(escalated),
    timeToResolution: { median: percentile(durations, 50), p90: percentile(durations, 90) },
    csat: {
      responses: scores.length,
      average: scores.length === 0 ? null : scores.reduce((sum, score) => sum + score, 0) / scores.length,
      satisfiedShare: scores.length === 0 ? null : scores.filter((score) => score >= 4).length / scores.length,
    },
    repeatContacts: repeats,
    repeatContactRate: share(repeats),
  };
}

/** Nearest-rank percentile of sorted values: the smallest value with at least p% of the values at or below it. */
export function percentile(sorted: readonly number[], p: number): number | null {
  if (sorted.length === 0) return null;
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** Starts of the UTC days or ISO weeks (Monday) covering [from, to). */
export function bucketStarts(query: Pick<MetricsQuery, 'from' | 'to' | 'bucket'>): number[] {
  const dayStart = Math.floor(query.from / DAY_MS) * DAY_MS;
  const weekday = (new Date(dayStart).getUTCDay() + 6) % 7; // Monday = 0
  const first = query.bucket === 'week' ? dayStart - weekday * DAY_MS : dayStart;
  const step = query.bucket === 'week' ? 7 * DAY_MS : DAY_MS;
  const starts: number[] = [];
  for (let start = first; start < query.to && starts.length < 1000; start += step) starts.push(start);
  return starts;
}
