import type { Conversations } from '../conversation/conversations';
import type { Inbox } from '../conversation/inbox';
import type { Conversation, ConversationEvent, InboxItem, OutboundMessage } from '../conversation/model';
import type { Outbox } from '../conversation/outbox';
import { REOPEN_WINDOW_MS } from '../conversation/pipeline';
import type { Signals } from '../conversation/signals';
import type { Translator } from '../markets/i18n';
import type { Resolver, ResolverContext } from '../resolver/resolver';
import type { Collection } from '../store/port';
import { parseRating } from './csat-rating';

/** Marks the CSAT question among a conversation's replies (reply option; channels ignore options they do not know). */
export const CSAT_ASK_OPTION = { purpose: 'csat_ask' } as const;

/**
 * After a resolution the customer is asked to rate the help 1-5 (by `CsatAskingResolver` when the AI resolved it, by
 * ConversationActions.resolve when a person did). `CsatCapture` recognises the answer before anything else looks at
 * the message: it is recorded as a `csat_recorded` event and thanked, and never reaches the resolver or reopens the
 * conversation. A message that is not a rating, or comes after the rating was given, is handled as usual.
 */
export class CsatCapture {
  constructor(
    private readonly deps: {
      conversations: Conversations;
      inbox: Inbox;
      outbox: Outbox;
      events: Collection<ConversationEvent>;
      translator: Translator;
      signals: Signals;
      clock: () => number;
    },
  ) {}

  /** Returns true when the message was a rating and has been handled completely. Safe to repeat after a crash. */
  async capture(item: InboxItem): Promise<boolean> {
    const { conversations, inbox, outbox, events, translator, signals, clock } = this.deps;
    const conversation = item.conversationId
      ? await conversations.get(item.conversationId)
      : await conversations.findLatest(item.channel, item.threadKey);
    if (!conversation || !(await this.awaitsRating(conversation, item))) return false;
    const score = parseRating(item.message.text, conversation.language);
    if (score === null) return false;

    if (item.conversationId !== conversation.id) await inbox.attachConversation(item.id, conversation.id);
    // One rating per conversation: the event id is derived from the conversation, so a retry cannot add a second.
    await events.insert({
      id: csatEventId(conversation.id),
      conversationId: conversation.id,
      type: 'csat_recorded',
      at: clock(),
      actor: { kind: 'customer' },
      data: { score, inboxItemId: item.id },
      market: conversation.market,
      channel: conversation.channel,
    });
    const stored = await outbox.enqueue(conversation, [
      { text: translator.t(conversation.language, 'common:csat.thanks'), author: { kind: 'system' }, idempotencyKey: `${item.id}:csat-thanks`, inReplyTo: item.id },
    ]);
    for (const message of stored) signals.emit('outbox:enqueued', message.id);
    await inbox.finish(item.id, 'done', 'csat_recorded');
    return true;
  }

  private async awaitsRating(conversation: Conversation, item: InboxItem): Promise<boolean> {
    if (conversation.state !== 'resolved' || this.deps.clock() - conversation.updatedAt >= REOPEN_WINDOW_MS) return false;
    const sent = await this.deps.outbox.forConversation(conversation.id);
    // The reply to this very message (a retry after the thanks was stored) counts as still awaiting.
    const last = sent.filter((message) => message.inReplyTo !== item.id || !message.idempotencyKey.endsWith(':csat-thanks')).at(-1);
    if (!last || !isCsatAsk(last)) return false;
    const recorded = await this.deps.events.get(csatEventId(conversation.id));
    return recorded === null || recorded.data?.inboxItemId === item.id;
  }
}

/** Adds the CSAT question to a plan that resolves the conversation, at the end of its closing reply. */
export class CsatAskingResolver implements Resolver {
  constructor(
    private readonly inner: Resolver,
    private readonly translator: Translator,
  ) {}

  async resolve(context: ResolverContext) {
    const plan = await this.inner.resolve(context);
    if (!plan.resolve || plan.handoff) return plan;
    const ask = this.translator.t(plan.language ?? context.locale, 'common:csat.ask');
    const last = plan.replies.at(-1);
    // Joined to the closing reply: one message, not two texts in a row (an SMS customer pays per message).
    const closing = last ? { ...last, text: `${last.text}\n\n${ask}`, options: { ...last.options, ...CSAT_ASK_OPTION } } : { text: ask, options: { ...CSAT_ASK_OPTION } };
    return { ...plan, replies: [...plan.replies.slice(0, -1), closing] };
  }
}

/** The question was sent by the AI's plan (marked by its option) or by a person's resolve action (`csat:` key). */
export function isCsatAsk(message: Pick<OutboundMessage, 'idempotencyKey' | 'options'>): boolean {
  return message.options?.purpose === CSAT_ASK_OPTION.purpose || message.idempotencyKey.startsWith('csat:');
}

export function csatEventId(conversationId: string): string {
  return `evt_csat_${conversationId}`;
}
