import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

export interface Metrics {
  registry: Registry;
  messagesIn: Counter<'channel' | 'duplicate'>;
  messagesOut: Counter<'channel' | 'status'>;
  resolverLatency: Histogram<string>;
  queueDepth: Gauge<'queue'>;
}

/**
 * Prometheus metrics, one registry per application instance (tests build several). Queue depth is read from the
 * store at scrape time by `collectQueueDepth`, so it is the true backlog across all processes.
 */
export function createMetrics(collectQueueDepth: () => Promise<{ inbox: number; outbox: number }>): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    messagesIn: new Counter({
      name: 'support_messages_in_total',
      help: 'Inbound messages accepted, by channel; duplicate="true" counts provider redeliveries that were dropped.',
      labelNames: ['channel', 'duplicate'],
      registers: [registry],
    }),
    messagesOut: new Counter({
      name: 'support_messages_out_total',
      help: 'Delivery attempts of replies, by channel and resulting status.',
      labelNames: ['channel', 'status'],
      registers: [registry],
    }),
    resolverLatency: new Histogram({
      name: 'support_resolver_latency_seconds',
      help: 'Time the resolver took to decide on one message.',
      buckets: [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2, 5, 10, 30],
      registers: [registry],
    }),
    queueDepth: new Gauge({
      name: 'support_queue_depth',
      help: 'Messages waiting: inbox = accepted and not yet handled, outbox = replies not yet delivered.',
      labelNames: ['queue'],
      registers: [registry],
      async collect() {
        const depth = await collectQueueDepth();
        this.set({ queue: 'inbox' }, depth.inbox);
        this.set({ queue: 'outbox' }, depth.outbox);
      },
    }),
  };
}
