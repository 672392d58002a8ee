import type { FastifyInstance } from 'fastify';
import type { ChannelAdapter, RawRequest } from '../../../channels/types';
import type { AppContext } from '../../app-context';
import { acceptRawBodies, toRawRequest } from '../raw-request';

export interface IngestResult {
  accepted: number;
  duplicates: number;
  statusUpdates: number;
}

/**
 * A provider request, from bytes to the durable inbox: verify the signature, parse, store each message (a duplicate
 * is recognised and dropped), apply delivery status updates. The provider is acknowledged only after this returns.
 */
export async function ingest(context: AppContext, adapter: ChannelAdapter, request: RawRequest): Promise<IngestResult> {
  await adapter.verify(request);
  const parsed = adapter.parse(request);
  const result: IngestResult = { accepted: 0, duplicates: 0, statusUpdates: 0 };
  for (const message of parsed.messages) {
    const { duplicate } = await context.pipeline.accept(message);
    if (duplicate) result.duplicates += 1;
    else result.accepted += 1;
  }
  for (const update of parsed.statusUpdates) {
    const updated = await context.outbox.applyStatus(update.channel, update.providerMessageId, update.status, update.error ?? null);
    if (updated) {
      result.statusUpdates += 1;
      context.signals.emit('outbox:updated', updated);
    }
  }
  return result;
}

/** Mounts every webhook the configured channel adapters declare. Bodies stay raw: signatures are over the bytes. */
export async function webhookRoutes(app: FastifyInstance, context: AppContext): Promise<void> {
  acceptRawBodies(app);
  for (const adapter of context.channels.adapters()) {
    for (const webhook of adapter.webhooks ?? []) {
      app.post(webhook.path, webhook.bodyLimit ? { bodyLimit: webhook.bodyLimit } : {}, async (request, reply) => {
        const result = await ingest(context, adapter, toRawRequest(request, context.clock()));
        const response = webhook.respond?.(result) ?? { status: 200, contentType: 'application/json', body: '{}' };
        return reply.status(response.status).type(response.contentType).send(response.body);
      });
    }
  }
}
