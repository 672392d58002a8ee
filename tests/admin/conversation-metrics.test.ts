import { bucketStarts, computeMetrics, percentile } from '../../src/admin/conversation-metrics';
import type { ChannelId, ConversationEvent, ConversationState } from '../../src/conversation/model';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const D0 = Date.UTC(2026, 0, 5); // a Monday
let sequence = 0;

function opened(id: string, market: string, channel: ChannelId, at: number): ConversationEvent {
  return { id: `e${++sequence}`, conversationId: id, type: 'conversation_opened', at, actor: { kind: 'customer' }, to: 'bot', market, channel };
}
function moved(id: string, from: ConversationState, to: ConversationState, at: number, actor: ConversationEvent['actor']['kind'] = 'bot'): ConversationEvent {
  return { id: `e${++sequence}`, conversationId: id, type: 'state_changed', at, actor: { kind: actor }, from, to, market: 'XX', channel: 'sms' };
}
function rated(id: string, score: unknown, at: number): ConversationEvent {
  return { id: `e${++sequence}`, conversationId: id, type: 'csat_recorded', at, actor: { kind: 'customer' }, data: { score }, market: 'XX', channel: 'sms' };
}

/**
 * Seven conversations, computed by hand:
 *   c1 GB sms     D0 10:00, AI-resolved after 60 s (reopened and resolved again later), rated 5      contact A
 *   c2 GB webchat D0 11:00, escalated, taken over, resolved by the agent after 600 s, rated 3      contact B (c5 3 days earlier: repeat)
 *   c3 DE sms     D0 12:00, AI-resolved after 300 s                                               contact A (c1 2 h earlier: repeat)
 *   c4 DE sms     D1 09:00, never resolved                                                        contact C (c7 11 days earlier: no repeat)
 *   c6 GB sms     D1 10:00, resolved by an agent straight from the bot after 200 s (not AI)       contact D
 *   c5, c7        before the range: not counted, only looked back at
 */
const events: ConversationEvent[] = [
  opened('c5', 'GB', 'sms', D0 - 3 * DAY),
  opened('c7', 'DE', 'sms', D0 - 10 * DAY + 9 * HOUR),
  opened('c1', 'GB', 'sms', D0 + 10 * HOUR),
  moved('c1', 'bot', 'resolved', D0 + 10 * HOUR + 60_000),
  rated('c1', 5, D0 + 10 * HOUR + 90_000),
  moved('c1', 'resolved', 'bot', D0 + 11 * HOUR, 'customer'),
  moved('c1', 'bot', 'resolved', D0 + 12 * HOUR),
  opened('c2', 'GB', 'webchat', D0 + 11 * HOUR),
  moved('c2', 'bot', 'waiting_for_agent', D0 + 11 * HOUR + 30_000),
  moved('c2', 'waiting_for_agent', 'agent', D0 + 11 * HOUR + 120_000, 'agent'),
  moved('c2', 'agent', 'resolved', D0 + 11 * HOUR + 600_000, 'agent'),
  rated('c2', 3, D0 + 11 * HOUR + 700_000),
  rated('c2', 'not a score', D0 + 11 * HOUR + 800_000),
  opened('c3', 'DE', 'sms', D0 + 12 * HOUR),
  moved('c3', 'bot', 'resolved', D0 + 12 * HOUR + 300_000),
  opened('c4', 'DE', 'sms', D0 + DAY + 9 * HOUR),
  opened('c6', 'GB', 'sms', D0 + DAY + 10 * HOUR),
  moved('c6', 'bot', 'resolved', D0 + DAY + 10 * HOUR + 200_000, 'agent'),
];
const contacts = new Map([
  ['c1', 'A'],
  ['c3', 'A'],
  ['c2', 'B'],
  ['c5', 'B'],
  ['c4', 'C'],
  ['c7', 'C'],
  ['c6', 'D'],
]);
const query = { from: D0, to: D0 + 2 * DAY, bucket: 'day' as const };

describe('metrics from conversation events', () => {
  test('totals', () => {
    const { totals } = computeMetrics([...events].reverse(), contacts, query);
    expect(totals).toEqual({
      conversations: 5,
      resolved: 4,
      resolvedByAi: 2,
      aiResolutionRate: 0.4,
      escalated: 1,
      escalationRate: 0.2,
      timeToResolution: { median: 200_000, p90: 600_000 },
      csat: { responses: 2, average: 4, satisfiedShare: 0.5 },
      repeatContacts: 2,
      repeatContactRate: 0.4,
    });
  });

  test('over time, by day', () => {
    const { series } = computeMetrics(events, contacts, query);
    expect(series.map((point) => point.label)).toEqual(['2026-01-05', '2026-01-06']);
    expect(series[0]).toMatchObject({ conversations: 3, resolved: 3, resolvedByAi: 2, escalated: 1, repeatContacts: 2, timeToResolution: { median: 300_000, p90: 600_000 } });
    expect(series[1]).toMatchObject({ conversations: 2, resolved: 1, resolvedByAi: 0, aiResolutionRate: 0, timeToResolution: { median: 200_000, p90: 200_000 }, csat: { responses: 0, average: null } });
  });

  test('by market and by channel, and filtered', () => {
    const report = computeMetrics(events, contacts, query);
    expect(report.byMarket.map(({ market, conversations, resolvedByAi }) => [market, conversations, resolvedByAi])).toEqual([
      ['DE', 2, 1],
      ['GB', 3, 1],
    ]);
    expect(report.byChannel.map(({ channel, conversations }) => [channel, conversations])).toEqual([
      ['sms', 4],
      ['webchat', 1],
    ]);
    const germany = computeMetrics(events, contacts, { ...query, market: 'DE' });
    expect(germany.totals).toMatchObject({ conversations: 2, resolvedByAi: 1, aiResolutionRate: 0.5, repeatContacts: 1 });
    const webchat = computeMetrics(events, contacts, { ...query, channel: 'webchat' });
    expect(webchat.totals).toMatchObject({ conversations: 1, escalated: 1, repeatContacts: 1 });
  });

  test('an empty range has null rates, not zeros or NaN', () => {
    const { totals, series } = computeMetrics(events, contacts, { from: D0 + 10 * DAY, to: D0 + 11 * DAY, bucket: 'day' });
    expect(totals).toMatchObject({ conversations: 0, aiResolutionRate: null, timeToResolution: { median: null, p90: null }, csat: { average: null } });
    expect(series).toHaveLength(1);
  });

  test('weekly buckets start on Monday (UTC)', () => {
    const starts = bucketStarts({ from: Date.UTC(2026, 0, 7), to: Date.UTC(2026, 0, 20), bucket: 'week' });
    expect(starts.map((start) => new Date(start).toISOString().slice(0, 10))).toEqual(['2026-01-05', '2026-01-12', '2026-01-19']);
  });

  test('nearest-rank percentiles', () => {
    expect(percentile([], 50)).toBeNull();
    expect(percentile([7], 90)).toBe(7);
    expect(percentile([1, 2, 3, 4], 50)).toBe(2);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 90)).toBe(9);
    expect(percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)).toBe(10);
  });
});
