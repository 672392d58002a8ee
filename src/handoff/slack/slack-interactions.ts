import { z } from 'zod';
import type { ActionActor, Agent, ConversationActions } from '../../conversation/actions';
import type { Conversations } from '../../conversation/conversations';
import type { Conversation } from '../../conversation/model';
import type { Logger } from '../../observability/logger';
import type { HandoffThreads } from '../handoff-threads';
import type { SlackHandoff } from '../slack-handoff';
import type { SlackDeliveries } from './slack-deliveries';
import type { SlackDirectory } from './slack-directory';
import { ACTION_IDS, describeState } from './slack-messages';
import { slackToPlainText } from './slack-text';

/** Message subtypes that are still a person writing in the thread (with "also send to channel", with a file). */
const PERSON_SUBTYPES = new Set([undefined, 'thread_broadcast', 'file_share']);

const messageEventSchema = z.object({
  event_id: z.string().min(1),
  event: z.object({
    type: z.literal('message'),
    subtype: z.string().optional(),
    bot_id: z.string().optional(),
    user: z.string().optional(),
    text: z.string().optional(),
    channel: z.string(),
    ts: z.string(),
    thread_ts: z.string().optional(),
  }),
});

const blockActionSchema = z.object({
  type: z.literal('block_actions'),
  user: z.object({ id: z.string(), username: z.string().optional(), name: z.string().optional() }),
  actions: z.array(z.object({ action_id: z.string(), value: z.string().optional(), action_ts: z.string() })).min(1),
});

/**
 * What people do in a handoff thread: a reply goes to the customer (or, with the internal-note marker, stays a note),
 * and the buttons take over, hand back or resolve. Everything goes through ConversationActions, so Slack and the
 * admin console behave the same; each Slack delivery is handled once.
 */
export class SlackInteractions {
  constructor(
    private readonly parts: {
      threads: HandoffThreads;
      conversations: Conversations;
      actions: ConversationActions;
      handoff: SlackHandoff;
      directory: SlackDirectory;
      deliveries: SlackDeliveries;
      internalNotePrefix: string;
      log: Logger;
    },
  ) {}

  /** An Events API `message` event: acted on only when it is a person's reply in one of our threads. */
  async onMessageEvent(body: unknown): Promise<void> {
    const parsed = messageEventSchema.safeParse(body);
    if (!parsed.success) return;
    const { event, event_id: eventId } = parsed.data;
    if (!PERSON_SUBTYPES.has(event.subtype) || event.bot_id || !event.user || !event.thread_ts || event.thread_ts === event.ts) return;
    const thread = await this.parts.threads.byTs(event.channel, event.thread_ts);
    if (!thread) return;
    const user = event.user;
    const handled = await this.parts.deliveries.once(`event:${eventId}`, async () => {
      const text = event.text ?? '';
      const agent = await this.parts.directory.agent(user);
      const conversation = await this.parts.conversations.require(thread.id);
      const note = this.noteText(text);
      if (note !== null) {
        await this.parts.conversations.record(conversation, { type: 'note', actor: { kind: 'agent', id: agent.id }, data: { text: note, author: agent.name, slackTs: event.ts } });
        return;
      }
      await this.reply(conversation, agent, slackToPlainText(text), `slack:${event.channel}:${event.ts}`);
    });
    if (!handled) this.parts.log.info({ eventId }, 'a redelivered Slack event was dropped');
  }

  /** A button press in a thread header. */
  async onAction(body: unknown): Promise<void> {
    const parsed = blockActionSchema.safeParse(body);
    if (!parsed.success) return;
    const { user, actions } = parsed.data;
    const action = actions[0]!;
    const conversationId = action.value;
    if (!conversationId) return;
    const key = `action:${action.action_ts}:${user.id}`;
    await this.parts.deliveries.once(key, async () => {
      const conversation = await this.parts.conversations.get(conversationId);
      if (!conversation) {
        this.parts.log.warn({ conversationId, action: action.action_id }, 'a Slack button names an unknown conversation');
        return;
      }
      const agent = await this.parts.directory.agent(user.id, user.name ?? user.username);
      const actor: ActionActor = { kind: 'agent', id: agent.id, name: agent.name };
      const { actions: people } = this.parts;
      let moved: Conversation | null = null;
      switch (action.action_id) {
        case ACTION_IDS.takeOver:
          moved = await people.takeOver(conversation.id, agent);
          break;
        case ACTION_IDS.handBack:
          moved = await people.handBack(conversation.id, actor, key);
          break;
        case ACTION_IDS.resolve:
          moved = await people.resolve(conversation.id, actor, key);
          break;
        default:
          return;
      }
      if (!moved) {
        const current = (await this.parts.conversations.get(conversation.id)) ?? conversation;
        await this.parts.handoff.whisper(conversation.id, user.id, key, `Nothing changed: this conversation is ${describeState(current)}.`);
      }
    });
  }

  /** The reply goes out on the customer's channel; a reply to an unclaimed escalation claims it. */
  private async reply(conversation: Conversation, agent: Agent, text: string, replyId: string): Promise<void> {
    if (!text) return;
    if (conversation.state === 'closed') {
      await this.parts.handoff.whisper(conversation.id, agent.id, replyId, 'Not delivered: this conversation is closed.');
      return;
    }
    if (conversation.state === 'waiting_for_agent') await this.parts.actions.takeOver(conversation.id, agent);
    await this.parts.actions.replyAsAgent(conversation.id, agent, text, replyId);
  }

  /** The note without its marker, or null when the text is a reply for the customer. */
  private noteText(text: string): string | null {
    const prefix = this.parts.internalNotePrefix;
    const trimmed = text.trimStart();
    if (!prefix || !trimmed.toLowerCase().startsWith(prefix.toLowerCase())) return null;
    return trimmed.slice(prefix.length).trim();
  }
}
