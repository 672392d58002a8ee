import type { Handoff } from '../handoff/handoff';
import type { Translator } from '../markets/i18n';
import type { Conversations } from './conversations';
import type { Conversation } from './model';
import type { Outbox } from './outbox';
import type { Signals } from './signals';

export interface Agent {
  id: string;
  name: string;
}

export type ActionActor = { kind: 'agent'; id: string; name: string } | { kind: 'admin'; id: string } | { kind: 'system' };

/**
 * What people do to a conversation, whoever they act through (Slack buttons, the admin console): every action is a
 * state transition with its event, plus what the customer must be told. Each is safe to repeat with the same
 * `actionId` (Slack redelivers, people double-click).
 */
export class ConversationActions {
  constructor(
    private readonly conversations: Conversations,
    private readonly outbox: Outbox,
    private readonly handoff: Handoff,
    private readonly translator: Translator,
    private readonly signals: Signals,
  ) {}

  /** Sends people's reply to the customer on their own channel. Does not change the state. */
  async replyAsAgent(conversationId: string, agent: Agent, text: string, actionId: string): Promise<void> {
    const conversation = await this.conversations.require(conversationId);
    await this.enqueue(conversation, [{ text, key: `agent:${actionId}`, author: { kind: 'agent', id: agent.id, name: agent.name } }]);
  }

  /** An agent takes the conversation: the bot stays silent until it is handed back. */
  async takeOver(conversationId: string, agent: Agent): Promise<Conversation | null> {
    const moved = await this.conversations.transition(conversationId, 'agent', { kind: 'agent', id: agent.id }, 'take_over', {
      expected: ['waiting_for_agent', 'bot', 'agent'],
      assignee: agent,
    });
    if (moved) await this.handoff.stateChanged?.(moved, { reason: 'take_over', actor: { kind: 'agent', id: agent.id, name: agent.name } });
    return moved;
  }

  /** Back to the AI, which resumes with the agent's messages in its history. */
  async handBack(conversationId: string, actor: ActionActor, actionId: string): Promise<Conversation | null> {
    const moved = await this.conversations.transition(conversationId, 'bot', eventActor(actor), 'hand_back', { expected: ['agent', 'waiting_for_agent'] });
    if (moved) await this.tell(moved, 'common:handoff.handed_back', `hand-back:${actionId}`);
    if (moved) await this.handoff.stateChanged?.(moved, { reason: 'hand_back', actor });
    return moved;
  }

  /** The need is met: resolved, and the customer is asked to rate the help (CSAT) in their language. */
  async resolve(conversationId: string, actor: ActionActor, actionId: string): Promise<Conversation | null> {
    const moved = await this.conversations.transition(conversationId, 'resolved', eventActor(actor), 'resolved_by_person', {
      expected: ['bot', 'waiting_for_agent', 'agent'],
    });
    if (moved) await this.tell(moved, 'common:csat.ask', `csat:${actionId}`);
    if (moved) await this.handoff.stateChanged?.(moved, { reason: 'resolved_by_person', actor });
    return moved;
  }

  /** Hands a conversation to people on an admin's or the system's initiative. */
  async escalate(conversationId: string, actor: ActionActor, reason: string, summary: string, actionId: string): Promise<Conversation | null> {
    const moved = await this.conversations.transition(conversationId, 'waiting_for_agent', eventActor(actor), reason, {
      expected: ['bot', 'resolved'],
      data: { summary },
    });
    if (moved) await this.handoff.escalate(moved, { id: actionId, reason, summary });
    return moved;
  }

  async close(conversationId: string, actor: ActionActor, reason: string): Promise<Conversation | null> {
    const moved = await this.conversations.transition(conversationId, 'closed', eventActor(actor), reason);
    if (moved) await this.handoff.stateChanged?.(moved, { reason, actor });
    return moved;
  }

  private async tell(conversation: Conversation, key: string, idempotencyKey: string): Promise<void> {
    await this.enqueue(conversation, [{ text: this.translator.t(conversation.language, key), key: idempotencyKey, author: { kind: 'system' } }]);
  }

  private async enqueue(
    conversation: Conversation,
    drafts: { text: string; key: string; author: { kind: 'agent' | 'system'; id?: string; name?: string } }[],
  ): Promise<void> {
    const stored = await this.outbox.enqueue(
      conversation,
      drafts.map((draft) => ({ text: draft.text, author: draft.author, idempotencyKey: draft.key })),
    );
    for (const message of stored) this.signals.emit('outbox:enqueued', message.id);
  }
}

function eventActor(actor: ActionActor): { kind: 'agent' | 'admin' | 'system'; id?: string } {
  return actor.kind === 'system' ? { kind: 'system' } : { kind: actor.kind, id: actor.id };
}
