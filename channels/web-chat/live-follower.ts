import type { Conversations } from '../../src/conversation/conversations';
import type { Outbox } from '../../src/conversation/outbox';
import { fromOutbox } from '../../src/conversation/transcript';
import type { LiveConnection, LiveEvent } from './hub';

/**
 * Keeps one socket up to date whichever process delivers its session's replies. Replies are always pushed from the
 * store in the conversation's sequence order: a reply delivered by this process (announced through the hub) only
 * wakes the follower early; replies delivered by another process (scale-out) are found by the periodic poll. So each
 * reply reaches the socket once, and in order, whichever path notices it first.
 */
export class LiveFollower implements LiveConnection {
  private readonly pushedInbound = new Set<string>();
  private readonly lastSeq = new Map<string, number>();
  private timer: NodeJS.Timeout | null = null;
  private polling: Promise<void> | null = null;
  private pollAgain = false;

  constructor(
    private readonly socket: LiveConnection,
    private readonly threadKey: string,
    private readonly conversations: Conversations,
    private readonly outbox: Outbox,
  ) {}

  get readyState(): number {
    return this.socket.readyState;
  }

  send(data: string): void {
    const event = JSON.parse(data) as LiveEvent;
    if (event.type === 'message' && event.message.direction === 'out') {
      this.wake();
      return;
    }
    if (event.type === 'message') {
      if (this.pushedInbound.has(event.message.id)) return;
      this.pushedInbound.add(event.message.id);
    }
    this.socket.send(data);
  }

  /** Starts following from now: what is already stored is the transcript the client loads over REST. */
  async start(pollMs: number): Promise<void> {
    for (const conversation of await this.conversations.list({ channel: 'webchat', threadKey: this.threadKey }, {})) {
      this.lastSeq.set(conversation.id, conversation.outboundSeq);
    }
    this.timer = setInterval(() => this.wake(), pollMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Runs a poll now, or right after the one in progress: never two at once, so nothing is pushed twice. */
  private wake(): void {
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = this.poll()
      .catch(() => undefined)
      .finally(() => {
        this.polling = null;
        if (this.pollAgain) {
          this.pollAgain = false;
          this.wake();
        }
      });
  }

  private async poll(): Promise<void> {
    const [latest] = await this.conversations.list({ channel: 'webchat', threadKey: this.threadKey }, { sort: { createdAt: -1 }, limit: 1 });
    if (!latest) return;
    for (const message of await this.outbox.after(latest.id, this.lastSeq.get(latest.id) ?? 0)) {
      // Not delivered yet: stop here, so it and everything after it are pushed in order once delivered.
      if (message.status === 'pending' || message.status === 'sending') break;
      this.lastSeq.set(latest.id, message.seq);
      if (this.socket.readyState === 1) this.socket.send(JSON.stringify({ type: 'message', message: fromOutbox(message) } satisfies LiveEvent));
    }
  }
}
