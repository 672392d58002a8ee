import type { ChannelId } from '../src/conversation/model';
import type { ChannelAdapter, DisabledChannel } from './types';

/** The channels of this process: one typed map from channel id to its adapter. */
export class ChannelRegistry {
  private readonly byChannel = new Map<ChannelId, ChannelAdapter>();
  private readonly byName = new Map<string, ChannelAdapter>();

  constructor(
    adapters: readonly ChannelAdapter[],
    readonly disabled: readonly DisabledChannel[] = [],
  ) {
    for (const adapter of adapters) {
      this.byName.set(adapter.name, adapter);
      for (const channel of adapter.channels) this.byChannel.set(channel, adapter);
    }
  }

  forChannel(channel: ChannelId): ChannelAdapter | undefined {
    return this.byChannel.get(channel);
  }

  adapters(): ChannelAdapter[] {
    return [...this.byName.values()];
  }

  named(name: string): ChannelAdapter | undefined {
    return this.byName.get(name);
  }

  /** For start-up logs and /readyz: every channel id with `on` or the reason it is off. */
  status(): Record<string, string> {
    const status: Record<string, string> = {};
    for (const channel of this.byChannel.keys()) status[channel] = 'on';
    for (const off of this.disabled) for (const channel of off.channels) status[channel] ??= `off: ${off.reason}`;
    return status;
  }
}
