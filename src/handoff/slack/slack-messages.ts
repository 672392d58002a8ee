import type { types } from '@slack/bolt';
import type { Conversation, ConversationState, Customer } from '../../conversation/model';
import type { TranscriptMessage } from '../../conversation/transcript';
import type { Market } from '../../markets/market';
import type { HandoffThread } from '../handoff-threads';
import { chunkLines, escapeMrkdwn, maskAddress } from './slack-text';

/** The buttons' action ids; the interaction listener matches on them. */
export const ACTION_IDS = {
  takeOver: 'handoff_take_over',
  handBack: 'handoff_hand_back',
  resolve: 'handoff_resolve',
} as const;

export type HandoffAction = keyof typeof ACTION_IDS;

/** A Slack message as chat.postMessage / chat.update take it: `text` is the notification and accessibility fallback. */
export interface SlackMessage {
  text: string;
  blocks?: types.KnownBlock[];
}

const TRANSCRIPT_CHUNK = 3500;
const SUMMARY_LIMIT = 500;

const STATE_LABELS: Record<ConversationState, string> = {
  waiting_for_agent: ':hourglass_flowing_sand: Waiting for an agent',
  agent: ':technologist: With an agent',
  bot: ':robot_face: Handed back to the AI',
  resolved: ':white_check_mark: Resolved',
  closed: ':lock: Closed',
};

/** Which buttons make sense in each state; the state machine refuses the others anyway. */
const BUTTONS: Record<ConversationState, HandoffAction[]> = {
  waiting_for_agent: ['takeOver', 'resolve'],
  agent: ['handBack', 'resolve'],
  bot: ['takeOver', 'resolve'],
  resolved: [],
  closed: [],
};

export interface HeaderView {
  conversation: Conversation;
  customer: Customer | null;
  market: Market;
  thread: Pick<HandoffThread, 'reason' | 'summary'>;
  /** The transcript in the admin console. */
  adminUrl: string;
}

export function customerLabel(conversation: Conversation, customer: Customer | null): string {
  const identity = `${conversation.identity.kind} ${maskAddress(conversation.identity.value)}${conversation.identity.verified ? '' : ', unverified'}`;
  return customer ? `${customer.name} (${identity})` : `Unknown customer (${identity})`;
}

export function stateLabel(conversation: Pick<Conversation, 'state' | 'assignee'>): string {
  if (conversation.state === 'agent' && conversation.assignee) return `:technologist: With ${conversation.assignee.name}`;
  return STATE_LABELS[conversation.state];
}

/** The state in words, for a sentence ("this conversation is …"). */
export function describeState(conversation: Pick<Conversation, 'state' | 'assignee'>): string {
  switch (conversation.state) {
    case 'agent':
      return conversation.assignee ? `with ${conversation.assignee.name}` : 'with an agent';
    case 'waiting_for_agent':
      return 'waiting for an agent';
    case 'bot':
      return 'with the AI';
    default:
      return conversation.state;
  }
}

/** The thread's first message: who, where, why, the state and owner, and the buttons that fit the state. */
export function headerMessage(view: HeaderView): SlackMessage {
  const { conversation, market, thread } = view;
  const customer = escapeMrkdwn(customerLabel(conversation, view.customer));
  const state = escapeMrkdwn(stateLabel(conversation));
  const summary = thread.summary.length > SUMMARY_LIMIT ? `${thread.summary.slice(0, SUMMARY_LIMIT - 1)}…` : thread.summary;
  const blocks: types.KnownBlock[] = [
    { type: 'header', text: { type: 'plain_text', text: `Support handoff · ${market.code} · ${conversation.channel}`, emoji: true } },
    {
      type: 'section',
      fields: [
        { type: 'mrkdwn', text: `*Customer*\n${customer}` },
        { type: 'mrkdwn', text: `*Market*\n${escapeMrkdwn(`${market.code} ${market.name}`)}` },
        { type: 'mrkdwn', text: `*Language*\n${escapeMrkdwn(conversation.language)}` },
        { type: 'mrkdwn', text: `*Channel*\n${conversation.channel}` },
        { type: 'mrkdwn', text: `*Reason*\n${escapeMrkdwn(thread.reason)}` },
        { type: 'mrkdwn', text: `*State*\n${state}` },
      ],
    },
    { type: 'section', text: { type: 'mrkdwn', text: `*Summary*\n${escapeMrkdwn(summary || '(none)')}` } },
    {
      type: 'context',
      elements: [{ type: 'mrkdwn', text: `<${view.adminUrl}|Transcript in the admin console> · \`${conversation.id}\` · reply in this thread to write to the customer` }],
    },
  ];
  const buttons = BUTTONS[conversation.state].map((action) => button(action, conversation.id));
  if (buttons.length > 0) blocks.push({ type: 'actions', block_id: 'handoff_actions', elements: buttons });
  return { text: `Support handoff (${market.code}, ${conversation.channel}): ${thread.reason}. ${stateLabel(conversation)}`, blocks };
}

function button(action: HandoffAction, conversationId: string): types.Button {
  switch (action) {
    case 'takeOver':
      return { type: 'button', action_id: ACTION_IDS.takeOver, value: conversationId, style: 'primary', text: { type: 'plain_text', text: 'Take over' } };
    case 'handBack':
      return { type: 'button', action_id: ACTION_IDS.handBack, value: conversationId, text: { type: 'plain_text', text: 'Hand back to AI' } };
    case 'resolve':
      return {
        type: 'button',
        action_id: ACTION_IDS.resolve,
        value: conversationId,
        text: { type: 'plain_text', text: 'Resolve' },
        confirm: {
          title: { type: 'plain_text', text: 'Resolve this conversation?' },
          text: { type: 'plain_text', text: 'The customer is thanked and asked to rate the help.' },
          confirm: { type: 'plain_text', text: 'Resolve' },
          deny: { type: 'plain_text', text: 'Cancel' },
        },
      };
  }
}

const AUTHOR_LABELS: Record<TranscriptMessage['author'], string> = { customer: 'Customer', bot: 'AI assistant', agent: 'Agent', system: 'System' };

/** One transcript line: who, when (market time), what. Customer text is escaped so it cannot ping or link. */
export function transcriptLine(message: Pick<TranscriptMessage, 'author' | 'authorName' | 'text' | 'at'>, timeZone: string): string {
  const author = message.author === 'agent' && message.authorName ? `Agent ${message.authorName}` : AUTHOR_LABELS[message.author];
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone }).format(message.at);
  return `*${escapeMrkdwn(author)}* (${time}): ${escapeMrkdwn(message.text)}`;
}

/** The transcript so far, as thread messages of a readable size. */
export function transcriptMessages(messages: readonly TranscriptMessage[], timeZone: string): string[] {
  if (messages.length === 0) return ['_No messages before the escalation._'];
  const [first, ...rest] = chunkLines(
    messages.map((message) => transcriptLine(message, timeZone)),
    TRANSCRIPT_CHUNK,
  );
  return [`*Transcript so far*\n${first ?? ''}`, ...rest];
}
