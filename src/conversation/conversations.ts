import { AppError } from '../errors';
import type { IdGenerator } from '../ids';
import type { Collection, Filter, FindOptions } from '../store/port';
import {
  canTransition,
  OPEN_STATES,
  type ChannelId,
  type Conversation,
  type ConversationEvent,
  type ConversationState,
} from './model';

export type Actor = ConversationEvent['actor'];

export type NewConversation = Pick<
  Conversation,
  'channel' | 'threadKey' | 'customerId' | 'identity' | 'market' | 'language' | 'reference' | 'subject'
>;

/**
 * Conversations and their event log. Every state change goes through `transition`, a compare-and-set on the
 * current state that also appends an event (who, when, why): metrics are computed from those events.
 */
export class Conversations {
  constructor(
    private readonly conversations: Collection<Conversation>,
    private readonly events: Collection<ConversationEvent>,
    private readonly newId: IdGenerator,
    private readonly clock: () => number,
  ) {}

  get(id: string): Promise<Conversation | null> {
    return this.conversations.get(id);
  }

  async require(id: string): Promise<Conversation> {
    const conversation = await this.conversations.get(id);
    if (!conversation) throw new AppError('not_found', `No conversation ${id}`);
    return conversation;
  }

  /** The open conversation of a thread (a phone pair, a web chat session), if any. */
  findOpen(channel: ChannelId, threadKey: string): Promise<Conversation | null> {
    return this.conversations.findOne({ channel, threadKey, state: { $in: [...OPEN_STATES] } }, { sort: { createdAt: -1 } });
  }

  /** The latest conversation of a thread in any state. */
  findLatest(channel: ChannelId, threadKey: string): Promise<Conversation | null> {
    return this.conversations.findOne({ channel, threadKey }, { sort: { createdAt: -1 } });
  }

  async open(init: NewConversation, actor: Actor = { kind: 'customer' }): Promise<Conversation> {
    const now = this.clock();
    const conversation: Conversation = {
      ...init,
      id: this.newId('conv_'),
      languageOverride: null,
      state: 'bot',
      assignee: null,
      createdAt: now,
      updatedAt: now,
      lastInboundAt: now,
      disclosed: false,
      outboundSeq: 0,
    };
    await this.conversations.insert(conversation);
    await this.record(conversation, { type: 'conversation_opened', actor, to: 'bot' });
    return conversation;
  }

  async update(id: string, set: Partial<Omit<Conversation, 'id' | 'state'>>): Promise<Conversation | null> {
    return this.conversations.updateOne({ id }, { set: { ...set, updatedAt: this.clock() } });
  }

  /**
   * Moves a conversation to `to` if the state machine allows it from its current state (and from `expected`, when
   * given). Returns the updated conversation, or null when the move is not allowed or another writer won the race.
   */
  async transition(
    id: string,
    to: ConversationState,
    actor: Actor,
    reason: string,
    options: { expected?: readonly ConversationState[]; assignee?: Conversation['assignee']; data?: Record<string, unknown> } = {},
  ): Promise<Conversation | null> {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const current = await this.conversations.get(id);
      if (!current) throw new AppError('not_found', `No conversation ${id}`);
      if (options.expected && !options.expected.includes(current.state)) return null;
      if (!canTransition(current.state, to)) return null;
      const assignee = options.assignee !== undefined ? options.assignee : to === 'agent' ? current.assignee : null;
      const updated = await this.conversations.updateOne(
        { id, state: current.state, updatedAt: current.updatedAt },
        { set: { state: to, assignee, updatedAt: this.clock() } },
      );
      if (updated) {
        await this.record(updated, { type: 'state_changed', actor, from: current.state, to, reason, data: options.data });
        return updated;
      }
    }
    return null;
  }

  async record(
    conversation: Pick<Conversation, 'id' | 'market' | 'channel'>,
    event: Omit<ConversationEvent, 'id' | 'conversationId' | 'at' | 'market' | 'channel'>,
  ): Promise<ConversationEvent> {
    const stored: ConversationEvent = {
      ...event,
      id: this.newId('evt_'),
      conversationId: conversation.id,
      at: this.clock(),
      market: conversation.market,
      channel: conversation.channel,
    };
    await this.events.insert(stored);
    return stored;
  }

  eventsOf(conversationId: string): Promise<ConversationEvent[]> {
    return this.events.find({ conversationId }, { sort: { at: 1, id: 1 } });
  }

  list(filter: Filter, options: FindOptions): Promise<Conversation[]> {
    return this.conversations.find(filter, options);
  }
}
