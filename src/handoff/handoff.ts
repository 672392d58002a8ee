import type { Conversation, InboxItem } from '../conversation/model';

export interface Escalation {
  /** Stable for one escalation (the inbox item that caused it, or an admin action id). */
  id: string;
  reason: string;
  summary: string;
}

/**
 * Where escalated conversations go to people. The Slack implementation posts a thread per conversation; with Slack
 * off, escalations are visible in the admin console only.
 */
export interface Handoff {
  /**
   * Called when the conversation moved to `waiting_for_agent`. Must be durable (queue, retry), not best effort, and
   * idempotent per `escalation.id`: after a crash it may be called again for the same escalation.
   */
  escalate(conversation: Conversation, escalation: Escalation): Promise<void>;
  /** A customer message arrived while a person owns (or is about to own) the conversation. */
  mirror(conversation: Conversation, item: InboxItem): Promise<void>;
  /**
   * The conversation's state changed: people took over, handed back, resolved or closed it (from Slack or the admin
   * console), the assistant resolved it, or the customer reopened it. The Slack header shows the new state and
   * owner. Optional; idempotent per change.
   */
  stateChanged?(conversation: Conversation, change: StateChange): Promise<void>;
}

/** Who moved a conversation, and why (the event's reason). */
export interface StateChange {
  reason: string;
  /** `bot` and `customer`: the assistant resolved, or the customer's new message reopened, a conversation. */
  actor: { kind: 'agent' | 'admin' | 'system' | 'bot' | 'customer'; id?: string; name?: string };
}

/** Slack is off: escalations and mirrored messages stay in the store, where the admin console shows them. */
export class StoreOnlyHandoff implements Handoff {
  async escalate(): Promise<void> {}
  async mirror(): Promise<void> {}
}
