import type { ChannelRegistry } from '../../channels/registry';
import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { Consents } from './consents';
import type { Outbox, OutboxClaim, SendOutcome } from './outbox';
import { QueueWorker } from './queue-worker';
import type { Signals } from './signals';
import { withTimeout } from '../timeout';

export const SEND_TIMEOUT_MS = 20_000;

/**
 * Delivers stored replies through their channel, one conversation at a time and in order. A message left `sending`
 * by a crashed process is sent again once its lease expires: delivery is at-least-once, and the window for a double
 * is the time between the provider accepting a send and our recording it (see docs/scale-out.md).
 */
export function createOutboxWorker(options: {
  outbox: Outbox;
  channels: ChannelRegistry;
  signals: Signals;
  metrics: Metrics;
  log: Logger;
  processId: string;
  concurrency: number;
  /** Renewed every third of this while a send is in progress. */
  leaseTtlMs: number;
  pollMs?: number;
  /** When given, nothing but a keyword's confirmation is delivered to an address that opted out. */
  consents?: Consents;
}): QueueWorker<OutboxClaim> {
  const { outbox, channels, signals, metrics, log } = options;
  const worker = new QueueWorker<OutboxClaim>({
    name: 'outbox',
    processId: options.processId,
    concurrency: options.concurrency,
    pollMs: options.pollMs,
    leaseTtlMs: options.leaseTtlMs,
    log,
    claim: (owner, ttl) => outbox.claimNext(owner, ttl),
    renew: (claim, owner, ttl) => outbox.renewClaim(claim, owner, ttl),
    async work(claim, owner) {
      const message = claim.message;
      try {
        const adapter = channels.forChannel(message.channel);
        // An address that opted out (STOP) gets nothing more: the provider is not even asked.
        const optedOut = options.consents ? !(await options.consents.allows(message)) : false;
        const outcome: SendOutcome = optedOut
          ? { ok: false, retryable: false, error: 'opted_out' }
          : adapter
            ? await withTimeout(adapter.send(message), SEND_TIMEOUT_MS).catch((error: unknown) => {
                log.warn({ err: error, outboxMessage: message.id, channel: message.channel }, 'send failed');
                return { ok: false as const, retryable: true, error: 'send_error' };
              })
            : { ok: false as const, retryable: false, error: 'channel_disabled' };
        const updated = await outbox.recordAttempt(message, outcome);
        metrics.messagesOut.inc({ channel: message.channel, status: updated?.status ?? 'unknown' });
        if (updated) signals.emit('outbox:updated', updated);
        if (updated?.status === 'pending') worker.wake();
      } finally {
        await outbox.release(claim, owner).catch(() => undefined);
      }
    },
  });
  signals.on('outbox:enqueued', () => worker.wake());
  return worker;
}
