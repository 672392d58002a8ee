import type { ConversationActions } from '../../conversation/actions';
import type { Conversations } from '../../conversation/conversations';
import type { Conversation } from '../../conversation/model';
import type { HandoffThreads } from '../handoff-threads';
import type { SlackDirectory } from './slack-directory';
import { describeState } from './slack-messages';
import { escapeMrkdwn } from './slack-text';

const LIST_LIMIT = 500;
const CONVERSATION_ID = /^conv_[A-Za-z0-9]+$/;

/** The fields of a slash-command request Bolt passes on (form-encoded by Slack). */
export interface SlashCommand {
  command: string;
  text: string;
  user_id: string;
  user_name?: string;
  trigger_id: string;
}

/**
 * The slash command (for example `/support`): the queue at a glance, one conversation's state and links, and an
 * escalation from Slack. Answers are ephemeral: only the person who typed the command sees them.
 */
export class SlackCommand {
  constructor(
    private readonly parts: {
      conversations: Conversations;
      threads: HandoffThreads;
      actions: ConversationActions;
      directory: SlackDirectory;
      publicUrl: string;
      clock: () => number;
    },
  ) {}

  async answer(command: SlashCommand): Promise<string> {
    const [verb = '', ...rest] = command.text.trim().split(/\s+/).filter(Boolean);
    if (verb === 'status') return this.status();
    if (verb === 'escalate' && rest[0]) return this.escalate(command, rest[0], rest.slice(1).join(' '));
    if (verb === 'show' && rest[0]) return this.show(rest[0]);
    if (CONVERSATION_ID.test(verb)) return this.show(verb);
    return usage(command.command);
  }

  private async status(): Promise<string> {
    const { conversations, clock } = this.parts;
    const waiting = await conversations.list({ state: 'waiting_for_agent' }, { sort: { updatedAt: 1 }, limit: LIST_LIMIT });
    const owned = await conversations.list({ state: 'agent' }, { sort: { updatedAt: 1 }, limit: LIST_LIMIT });
    const lines = [`*Waiting for an agent:* ${waiting.length}${waiting.length >= LIST_LIMIT ? '+' : ''}`];
    const oldest = waiting[0];
    if (oldest) {
      lines.push(`Oldest: \`${oldest.id}\` (${oldest.market}, ${oldest.channel}), waiting ${minutesSince(oldest.updatedAt, clock())} min`);
      lines.push(`By market: ${countBy(waiting, (conversation) => conversation.market)}`);
    }
    lines.push(`*With agents:* ${owned.length}${owned.length > 0 ? ` (${countBy(owned, (conversation) => conversation.assignee?.name ?? 'unassigned')})` : ''}`);
    return lines.join('\n');
  }

  private async show(conversationId: string): Promise<string> {
    const conversation = await this.parts.conversations.get(conversationId);
    if (!conversation) return `No conversation \`${escapeMrkdwn(conversationId)}\`.`;
    const thread = await this.parts.threads.get(conversation.id);
    const links = [`<${this.parts.publicUrl}/admin#/conversations/${encodeURIComponent(conversation.id)}|admin console>`];
    if (thread?.channelId && thread.ts) links.push(`<https://slack.com/archives/${thread.channelId}/p${thread.ts.replace('.', '')}|Slack thread>`);
    return [
      `*\`${conversation.id}\`* is ${escapeMrkdwn(describeState(conversation))}.`,
      `Market ${conversation.market}, ${conversation.channel}, ${conversation.language}; last message ${minutesSince(conversation.lastInboundAt, this.parts.clock())} min ago.`,
      links.join(' · '),
    ].join('\n');
  }

  private async escalate(command: SlashCommand, conversationId: string, note: string): Promise<string> {
    const conversation = await this.parts.conversations.get(conversationId);
    if (!conversation) return `No conversation \`${escapeMrkdwn(conversationId)}\`.`;
    const agent = await this.parts.directory.agent(command.user_id, command.user_name);
    const summary = note || `Escalated from Slack by ${agent.name}.`;
    const moved = await this.parts.actions.escalate(conversation.id, { kind: 'agent', id: agent.id, name: agent.name }, 'slack_command', summary, `slack-command:${command.trigger_id}`);
    if (!moved) return `\`${conversation.id}\` is ${escapeMrkdwn(describeState(conversation))}: nothing to escalate.`;
    return `Escalated \`${moved.id}\`: its thread opens in the ${moved.market} support channel.`;
  }
}

function usage(command: string): string {
  const name = command || '/support';
  return [
    `*${name} status* — how many conversations wait for an agent, the oldest one, who holds how many`,
    `*${name} <conversation-id>* — a conversation's state, owner and links`,
    `*${name} escalate <conversation-id> [note]* — hand a conversation with the AI to people`,
  ].join('\n');
}

function minutesSince(at: number, now: number): number {
  return Math.max(0, Math.round((now - at) / 60_000));
}

function countBy(conversations: readonly Conversation[], key: (conversation: Conversation) => string): string {
  const counts = new Map<string, number>();
  for (const conversation of conversations) counts.set(key(conversation), (counts.get(key(conversation)) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([name, count]) => `${escapeMrkdwn(name)} ${count}`)
    .join(', ');
}
