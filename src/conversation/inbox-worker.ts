import type { Logger } from '../observability/logger';
import type { Claim, Inbox } from './inbox';
import type { Pipeline } from './pipeline';
import { QueueWorker } from './queue-worker';
import type { Signals } from './signals';

export const MAX_HANDLE_ATTEMPTS = 5;

/**
 * Handles accepted messages: claims one per thread under a lease, keeps the lease alive while the resolver works,
 * retries a failed attempt with backoff, and after the last attempt marks the message failed (visible in metrics
 * and the admin console) so it cannot block its conversation for ever.
 */
export function createInboxWorker(options: {
  inbox: Inbox;
  pipeline: Pipeline;
  signals: Signals;
  /** The apology sent when a message cannot be handled at all, in the conversation's locale. */
  apology: (locale: string) => string;
  log: Logger;
  processId: string;
  concurrency: number;
  /** Renewed every third of this while a message is being handled. */
  leaseTtlMs: number;
  pollMs?: number;
}): QueueWorker<Claim> {
  const { inbox, pipeline, signals, log } = options;
  const worker = new QueueWorker<Claim>({
    name: 'inbox',
    processId: options.processId,
    concurrency: options.concurrency,
    pollMs: options.pollMs,
    leaseTtlMs: options.leaseTtlMs,
    log,
    claim: (owner, ttl) => inbox.claimNext(owner, ttl),
    renew: (claim, owner, ttl) => inbox.renewClaim(claim, owner, ttl),
    async work(claim, owner) {
      try {
        await pipeline.handle(claim.item);
      } catch (error) {
        const attempts = claim.item.attempts;
        log.error({ err: error, inboxItem: claim.item.id, attempts }, 'handling a message failed');
        if (attempts >= MAX_HANDLE_ATTEMPTS) {
          await inbox.finish(claim.item.id, 'failed', 'handling_failed');
          await pipeline.giveUp(claim.item, options.apology).catch((cause: unknown) => log.error({ err: cause }, 'could not tell the customer'));
        } else await inbox.retryLater(claim.item.id, 1000 * 2 ** attempts, 'retrying');
      } finally {
        await inbox.releaseClaim(claim, owner).catch(() => undefined);
        signals.emit('inbox:finished', claim.item.id);
      }
    },
  });
  signals.on('inbox:accepted', () => worker.wake());
  return worker;
}
