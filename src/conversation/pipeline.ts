import type { Logger } from '../observability/logger';
import type { Metrics } from '../observability/metrics';
import type { Handoff } from '../handoff/handoff';
import type { MarketDirectory } from '../markets/market-directory';
import type { Resolver } from '../resolver/resolver';
import { consentFor, type Consents } from './consents';
import type { Conversations } from './conversations';
import type { Customers } from './customers';
import { chooseLocale, continues, marketFor, type LanguageDetector } from './identify';
import type { AcceptResult, Inbox } from './inbox';
import type { Conversation, ControlKind, Customer, HandlingPlan, InboundMessage, InboxItem } from './model';
import type { Outbox } from './outbox';
import type { Signals } from './signals';
import { loadTranscript, toHistory } from './transcript';

const HISTORY_LIMIT = 20;
/** A message within this time of a resolution reopens that conversation instead of starting a new one. */
export const REOPEN_WINDOW_MS = 24 * 60 * 60 * 1000;

export interface PipelineDependencies {
  inbox: Inbox;
  outbox: Outbox;
  conversations: Conversations;
  customers: Customers;
  markets: MarketDirectory;
  resolver: Resolver;
  handoff: Handoff;
  detectLanguage: LanguageDetector;
  signals: Signals;
  metrics: Metrics;
  log: Logger;
  clock: () => number;
  /** Consent and help keywords; without it they are handled like any other text. */
  control?: { consents: Consents; text(locale: string, control: ControlKind): string };
  /** Channels on which a plan's plain replies go out as one message (the adapter's `joinsReplies`). */
  joinsReplies?: (channel: Conversation['channel']) => boolean;
  /** Recognises a rating answering the CSAT question (src/admin/csat.ts); absent, ratings are ordinary messages. */
  csat?: { capture(item: InboxItem): Promise<boolean> };
}

/**
 * The flow of one message (DESIGN.md section 3), in one place:
 * accept (durable, deduplicated) -> identify -> open or continue the conversation -> gate (a person owns it?)
 * -> resolve -> apply the plan (store replies in the outbox, change state). Delivery is the outbox worker's job.
 *
 * `handle` runs under the thread's lease, so two messages of one conversation are never handled at once. The plan is
 * saved before it is applied and every step of applying it is idempotent, so a crash at any point, followed by a
 * retry, neither loses nor doubles a reply.
 */
export class Pipeline {
  constructor(private readonly deps: PipelineDependencies) {}

  /** Stores an inbound message before the provider is acknowledged. A duplicate delivery changes nothing. */
  async accept(message: InboundMessage): Promise<AcceptResult> {
    const result = await this.deps.inbox.accept(message);
    this.deps.metrics.messagesIn.inc({ channel: message.channel, duplicate: String(result.duplicate) });
    if (!result.duplicate) this.deps.signals.emit('inbox:accepted', result.item.id);
    return result;
  }

  async handle(item: InboxItem): Promise<void> {
    const { inbox, customers, markets, handoff } = this.deps;
    const message = item.message;

    // CSAT capture: an answer to "rate us 1-5" is recorded and thanked here, before it could reopen the resolved
    // conversation or reach the resolver as a new request. Anything that is not a rating continues below.
    if (!item.plan && (await this.deps.csat?.capture(item))) return;

    const customer = await customers.findByIdentity(message.from);
    const conversation = await this.conversationFor(item, customer);
    if (item.conversationId !== conversation.id) await inbox.attachConversation(item.id, conversation.id);

    // The customer writing again opens what held their earlier replies back (WhatsApp's 24-hour window): those
    // replies go out first, in their order, whoever owns the conversation now.
    for (const released of await this.deps.outbox.releaseHeld(conversation.id)) this.deps.signals.emit('outbox:enqueued', released.id);

    // STOP / START / HELP are honoured whoever owns the conversation, and never reach the resolver.
    if (message.control && this.deps.control) {
      await this.answerControl(item, conversation, message.control);
      return;
    }

    // A message already decided on (before a crash) is finished the way it was decided, whatever the state now.
    if (!item.plan && (conversation.state === 'agent' || conversation.state === 'waiting_for_agent')) {
      await handoff.mirror(conversation, item);
      await inbox.finish(item.id, 'done', 'mirrored_to_agent');
      return;
    }

    const market = markets.resolve(conversation.market);
    const locale = chooseLocale(
      market,
      message.text,
      conversation,
      { customerLanguage: customer?.language, channelLanguage: message.hints?.language },
      this.deps.detectLanguage,
    );
    const plan = item.plan ?? (await inbox.recordPlan(item.id, await this.resolve(item, conversation, customer, locale)));
    await this.apply(item, conversation, plan, locale);
    await inbox.finish(item.id, 'done', plan.handoff ? 'handed_off' : plan.intent);
  }

  /**
   * The last attempt to handle a message failed: tell the customer a person will look at it and escalate, so they
   * are not left in silence. Best effort: when the store itself is down this fails too, and the message stays
   * `failed` in the inbox for an operator.
   */
  async giveUp(item: InboxItem, translate: (locale: string) => string): Promise<void> {
    const conversationId = item.conversationId ?? (await this.deps.inbox.get(item.id))?.conversationId;
    if (!conversationId) return;
    const conversation = await this.deps.conversations.require(conversationId);
    await this.apply(
      item,
      conversation,
      {
        replies: [{ text: translate(conversation.language) }],
        handoff: { reason: 'processing_failed', summary: 'The assistant could not process a message.' },
        resolve: false,
        language: null,
        intent: null,
      },
      conversation.language,
      `${item.id}:apology`,
    );
  }

  /**
   * Records the consent a keyword gives or withdraws and confirms it in the conversation's language, unless the
   * provider has answered it already. Idempotent.
   */
  private async answerControl(item: InboxItem, conversation: Conversation, control: ControlKind): Promise<void> {
    const { inbox, outbox, signals, handoff } = this.deps;
    const { consents, text } = this.deps.control!;
    const status = consentFor(control);
    if (status) await consents.record(item.channel, item.message.reference.customerAddress, status, item.id);
    // The person who owns the conversation must see that the customer unsubscribed.
    if (conversation.state === 'agent' || conversation.state === 'waiting_for_agent') await handoff.mirror(conversation, item);
    if (!item.message.controlAnswered) {
      const stored = await outbox.enqueue(conversation, [
        { text: text(conversation.language, control), author: { kind: 'system' }, idempotencyKey: `${item.id}:control`, inReplyTo: item.id, options: { control } },
      ]);
      for (const reply of stored) signals.emit('outbox:enqueued', reply.id);
    }
    await inbox.finish(item.id, 'done', `control_${control}`);
  }

  /** Finds the conversation a message belongs to: the thread it replies to, the thread's open one, or a new one. */
  private async conversationFor(item: InboxItem, customer: Customer | null): Promise<Conversation> {
    const { conversations, inbox, outbox, markets, clock } = this.deps;
    const message = item.message;
    if (item.conversationId) return conversations.require(item.conversationId);

    const repliedTo =
      (await inbox.conversationOfProviderIds(message.channel, message.replyTo ?? [])) ??
      (await outbox.conversationOfProviderIds(message.channel, message.replyTo ?? []));
    // A reply joins the conversation it answers only when it comes from that conversation's own thread (the same
    // sender): someone in Cc answering an email must not read, or be answered inside, another customer's
    // conversation, and a conversation's messages must stay under one thread lease to keep their order.
    const threaded = repliedTo ? await conversations.get(repliedTo) : null;
    const previous = threaded?.threadKey === message.threadKey ? threaded : await conversations.findLatest(message.channel, message.threadKey);
    const verdict = previous ? continues(previous, clock(), REOPEN_WINDOW_MS) : 'new';
    if (previous && verdict === 'continue') return this.touch(previous, message);
    if (previous && verdict === 'reopen') {
      const reopened = await conversations.transition(previous.id, 'bot', { kind: 'customer' }, 'customer_wrote_again', { expected: ['resolved'] });
      if (reopened) await this.deps.handoff.stateChanged?.(reopened, { reason: 'customer_wrote_again', actor: { kind: 'customer' } });
      return this.touch(reopened ?? (await conversations.require(previous.id)), message);
    }

    const market = marketFor(message, customer, markets);
    return conversations.open({
      channel: message.channel,
      threadKey: message.threadKey,
      customerId: customer?.id ?? null,
      identity: message.from,
      market: market.code,
      language: chooseLocale(market, message.text, {}, { customerLanguage: customer?.language, channelLanguage: message.hints?.language }, this.deps.detectLanguage),
      reference: message.reference,
      subject: message.hints?.subject ?? null,
    });
  }

  private async touch(conversation: Conversation, message: InboundMessage): Promise<Conversation> {
    return (await this.deps.conversations.update(conversation.id, { lastInboundAt: this.deps.clock(), reference: message.reference })) ?? conversation;
  }

  private async resolve(item: InboxItem, conversation: Conversation, customer: Customer | null, locale: string): Promise<HandlingPlan> {
    const { inbox, outbox, markets, resolver, metrics } = this.deps;
    const transcript = await loadTranscript(inbox, outbox, conversation.id);
    const started = process.hrtime.bigint();
    try {
      return await resolver.resolve({
        conversation,
        customer,
        market: markets.resolve(conversation.market),
        locale,
        message: { id: item.id, text: item.message.text, channel: item.message.channel, from: item.message.from },
        history: toHistory(transcript, item.id, HISTORY_LIMIT),
        firstReply: !conversation.disclosed,
      });
    } finally {
      metrics.resolverLatency.observe(Number(process.hrtime.bigint() - started) / 1e9);
    }
  }

  /** Applies a saved plan. Every step is safe to repeat after a crash. */
  private async apply(item: InboxItem, conversation: Conversation, plan: HandlingPlan, locale: string, keyPrefix = item.id): Promise<void> {
    const { outbox, conversations, handoff, signals } = this.deps;
    const join = plan.replies.length > 1 && this.deps.joinsReplies?.(conversation.channel) === true && plan.replies.every((reply) => !reply.options);
    const replies = join ? [{ text: plan.replies.map((reply) => reply.text).join('\n\n'), options: undefined }] : plan.replies;
    const stored = await outbox.enqueue(
      conversation,
      replies.map((reply, index) => ({
        text: reply.text,
        options: reply.options,
        author: { kind: 'bot' as const },
        idempotencyKey: `${keyPrefix}:${index}`,
        inReplyTo: item.id,
      })),
    );
    for (const message of stored) signals.emit('outbox:enqueued', message.id);

    const language = plan.language ?? locale;
    const changes: Partial<Conversation> = {};
    if (language !== conversation.language) changes.language = language;
    if (plan.language && plan.language !== conversation.languageOverride) changes.languageOverride = plan.language;
    if (!conversation.disclosed && plan.replies.length > 0) changes.disclosed = true;
    if (Object.keys(changes).length > 0) await conversations.update(conversation.id, changes);

    if (plan.handoff) {
      const escalated =
        (await conversations.transition(conversation.id, 'waiting_for_agent', { kind: 'bot' }, plan.handoff.reason, {
          expected: ['bot'],
          data: { summary: plan.handoff.summary },
        })) ?? (await conversations.require(conversation.id));
      // Also after a crash between the state change and this call: escalate is idempotent per escalation id.
      if (escalated.state === 'waiting_for_agent') {
        await handoff.escalate(escalated, { id: item.id, reason: plan.handoff.reason, summary: plan.handoff.summary });
      }
    } else if (plan.resolve) {
      const resolved = await conversations.transition(conversation.id, 'resolved', { kind: 'bot' }, plan.intent ?? 'resolved', { expected: ['bot'] });
      if (resolved) await handoff.stateChanged?.(resolved, { reason: plan.intent ?? 'resolved', actor: { kind: 'bot' } });
    }
  }
}
