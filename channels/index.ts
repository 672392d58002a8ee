import type { Config } from '../src/config';
import type { AcceptResult } from '../src/conversation/inbox';
import type { InboundMessage } from '../src/conversation/model';
import type { Logger } from '../src/observability/logger';
import type { DocumentStore } from '../src/store/port';
import type { ChannelAdapter, DisabledChannel } from './types';
import { createBotFrameworkChannel } from './botframework/factory';

/** What a channel may use to build itself. */
export interface ChannelFactoryParts {
  config: Config;
  log: Logger;
  clock: () => number;
  /** For channel state that must be shared by all processes (opt-outs, messaging windows). */
  store: DocumentStore;
  /** Stores an inbound message durably (deduplicated); for listeners that are not HTTP webhooks (SMTP). */
  accept(message: InboundMessage): Promise<AcceptResult>;
}

/** Builds a channel's adapter, or says why it is off (missing credentials). */
export type ChannelFactory = (parts: ChannelFactoryParts) => ChannelAdapter | DisabledChannel;

/**
 * The registry of provider channels: one factory each. Web chat is built by the application itself (it owns the
 * session routes and the socket hub).
 */
export const CHANNEL_FACTORIES: readonly ChannelFactory[] = [
  (parts) => createBotFrameworkChannel(parts),
];

export function isDisabled(built: ChannelAdapter | DisabledChannel): built is DisabledChannel {
  return 'reason' in built;
}

export function createChannels(parts: ChannelFactoryParts): { adapters: ChannelAdapter[]; disabled: DisabledChannel[] } {
  const adapters: ChannelAdapter[] = [];
  const disabled: DisabledChannel[] = [];
  for (const factory of CHANNEL_FACTORIES) {
    const built = factory(parts);
    if (isDisabled(built)) disabled.push(built);
    else adapters.push(built);
  }
  return { adapters, disabled };
}
