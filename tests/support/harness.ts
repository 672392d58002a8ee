import { createApp, type App, type AppOptions } from '../../src/app';
import { awaitHandled } from '../../src/conversation/await-handled';
import type { ChannelId, Conversation, ConversationState, IdentityKind, InboundMessage, OutboundMessage } from '../../src/conversation/model';
import { removeDataDir, testConfig } from './test-config';
import { RecordingChannel } from './recording-channel';

const IDENTITY_KIND: Record<ChannelId, IdentityKind> = {
  sms: 'phone',
  whatsapp: 'whatsapp',
  email: 'email',
  webchat: 'webchat',
  botframework: 'botframework',
};

export interface CustomerSpec {
  channel: ChannelId;
  /** Phone number, email address, web chat login or session: whatever the channel identifies people by. */
  address: string;
  /** The channel proved the address (default true, as for a phone number). */
  verified?: boolean;
  /** The sender could be forged (an email no mail server of ours vouched for); default false. */
  spoofable?: boolean;
  market?: string;
  language?: string;
}

type Matcher = string | RegExp | ((text: string) => boolean);

export interface HarnessOptions extends Partial<Omit<AppOptions, 'config'>> {
  environment?: Record<string, string>;
  /** Time to wait for an expected reply (agent replies arrive asynchronously). */
  replyTimeoutMs?: number;
}

/**
 * Runs whole conversations through the real application (store, pipeline, resolver, workers) in a line each:
 *
 *   await harness.from({ channel: 'sms', address: '+4915112345678' }).says('Hallo').expectReply(/KI/);
 *
 * Non-web channels deliver through a recording adapter, so a test sees exactly what would have been sent.
 */
export class ConversationHarness {
  private counter = 0;

  private constructor(
    readonly app: App,
    readonly sent: RecordingChannel,
    private readonly replyTimeoutMs: number,
  ) {}

  static async start(options: HarnessOptions = {}): Promise<ConversationHarness> {
    const config = testConfig(options.environment);
    const sent = new RecordingChannel();
    const app = await createApp({
      channels: () => ({ adapters: [sent], disabled: [] }),
      pollMs: 20,
      ...options,
      config,
    });
    app.startWorkers();
    return new ConversationHarness(app, sent, options.replyTimeoutMs ?? 5000);
  }

  from(customer: CustomerSpec): ConversationScript {
    return new ConversationScript(this, customer);
  }

  /** Accepts a message exactly as a channel would and waits until it is handled. */
  async deliver(customer: CustomerSpec, text: string, providerMessageId = `msg-${++this.counter}`): Promise<{ itemId: string; duplicate: boolean }> {
    const message: InboundMessage = {
      channel: customer.channel,
      providerMessageId,
      from: { kind: IDENTITY_KIND[customer.channel], value: customer.address, verified: customer.verified ?? true, ...(customer.spoofable ? { spoofable: true } : {}) },
      text,
      sentAt: this.app.context.clock(),
      reference: { channel: customer.channel, customerAddress: customer.address, businessAddress: 'support' },
      threadKey: `${customer.channel}:${customer.address}`,
      hints: { market: customer.market, language: customer.language },
    };
    const { item, duplicate } = await this.app.context.pipeline.accept(message);
    await awaitHandled(item.id, this.app.context.inbox, this.app.context.signals, this.replyTimeoutMs, 20);
    return { itemId: item.id, duplicate };
  }

  async conversationOf(customer: CustomerSpec): Promise<Conversation | null> {
    return this.app.context.conversations.findLatest(customer.channel, `${customer.channel}:${customer.address}`);
  }

  /** Replies of the thread's conversations in order, waiting up to the timeout for the `count`-th to exist. */
  async replies(customer: CustomerSpec, count: number): Promise<OutboundMessage[]> {
    const deadline = Date.now() + this.replyTimeoutMs;
    for (;;) {
      const conversations = await this.app.context.conversations.list(
        { channel: customer.channel, threadKey: `${customer.channel}:${customer.address}` },
        { sort: { createdAt: 1 } },
      );
      const all = (await Promise.all(conversations.map((conversation) => this.app.context.outbox.forConversation(conversation.id)))).flat();
      if (all.length >= count || Date.now() > deadline) return all;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  get replyTimeout(): number {
    return this.replyTimeoutMs;
  }

  async stop(): Promise<void> {
    await this.app.stop();
    removeDataDir(this.app.context.config);
  }
}

/** A fluent, awaitable script of one customer's side of a conversation. */
export class ConversationScript implements PromiseLike<void> {
  private readonly steps: (() => Promise<void>)[] = [];
  private readCount = 0;

  constructor(
    private readonly harness: ConversationHarness,
    private readonly customer: CustomerSpec,
  ) {}

  says(text: string, providerMessageId?: string): this {
    this.steps.push(async () => {
      await this.harness.deliver(this.customer, text, providerMessageId);
    });
    return this;
  }

  /** The next reply not yet checked matches. */
  expectReply(matcher: Matcher): this {
    this.steps.push(async () => {
      const replies = await this.harness.replies(this.customer, this.readCount + 1);
      const reply = replies[this.readCount];
      if (!reply) throw new Error(`Expected a reply matching ${String(matcher)}, got none (after ${replies.length} replies)`);
      this.readCount += 1;
      if (!matches(matcher, reply.text)) throw new Error(`Reply ${this.readCount} "${reply.text}" does not match ${String(matcher)}`);
    });
    return this;
  }

  /**
   * Among the replies that arrive after those already checked (waiting until they stop coming), one matches; all of
   * them count as checked. For resolvers whose answers come in one or several messages.
   */
  expectAnyReply(matcher: Matcher, settleMs = 150): this {
    this.steps.push(async () => {
      let replies = await this.harness.replies(this.customer, this.readCount + 1);
      for (;;) {
        await new Promise((resolve) => setTimeout(resolve, settleMs));
        const again = await this.harness.replies(this.customer, 0);
        if (again.length === replies.length) break;
        replies = again;
      }
      const fresh = replies.slice(this.readCount);
      this.readCount = replies.length;
      if (fresh.length === 0) throw new Error(`Expected a reply matching ${String(matcher)}, got none`);
      if (!fresh.some((reply) => matches(matcher, reply.text))) {
        throw new Error(`None of the replies ${JSON.stringify(fresh.map((reply) => reply.text))} matches ${String(matcher)}`);
      }
    });
    return this;
  }

  /** No reply beyond those already checked arrives within a short wait. */
  expectNoReply(waitMs = 200): this {
    this.steps.push(async () => {
      await new Promise((resolve) => setTimeout(resolve, waitMs));
      const replies = await this.harness.replies(this.customer, 0);
      if (replies.length > this.readCount) throw new Error(`Expected no reply, got "${replies[this.readCount]!.text}"`);
    });
    return this;
  }

  expectState(state: ConversationState): this {
    this.steps.push(async () => {
      const conversation = await this.harness.conversationOf(this.customer);
      if (conversation?.state !== state) throw new Error(`Expected state ${state}, got ${conversation?.state ?? 'no conversation'}`);
    });
    return this;
  }

  then<TResult1 = void, TResult2 = never>(
    onfulfilled?: ((value: void) => TResult1 | PromiseLike<TResult1>) | null,
    onrejected?: ((reason: unknown) => TResult2 | PromiseLike<TResult2>) | null,
  ): PromiseLike<TResult1 | TResult2> {
    const run = async () => {
      for (const step of this.steps.splice(0)) await step();
    };
    return run().then(onfulfilled, onrejected);
  }
}

function matches(matcher: Matcher, text: string): boolean {
  if (typeof matcher === 'string') return text.includes(matcher);
  if (matcher instanceof RegExp) return matcher.test(text);
  return matcher(text);
}
