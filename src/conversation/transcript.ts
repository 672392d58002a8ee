import type { TranscriptEntry } from '../resolver/resolver';
import type { Inbox } from './inbox';
import type { InboxItem, OutboundMessage } from './model';
import type { Outbox } from './outbox';

export interface TranscriptMessage {
  id: string;
  direction: 'in' | 'out';
  author: 'customer' | 'bot' | 'agent' | 'system';
  authorName?: string;
  text: string;
  at: number;
  /** Delivery state of a reply. */
  status?: OutboundMessage['status'];
}

export function fromInbox(item: InboxItem): TranscriptMessage {
  return { id: item.id, direction: 'in', author: 'customer', text: item.message.text, at: item.acceptedAt };
}

export function fromOutbox(message: OutboundMessage): TranscriptMessage {
  return {
    id: message.id,
    direction: 'out',
    author: message.author.kind,
    authorName: message.author.name,
    text: message.text,
    at: message.createdAt,
    status: message.status,
  };
}

/** A conversation's messages in both directions, in the order they happened. */
export async function loadTranscript(inbox: Inbox, outbox: Outbox, conversationId: string): Promise<TranscriptMessage[]> {
  const [received, sent] = await Promise.all([inbox.forConversation(conversationId), outbox.forConversation(conversationId)]);
  return [...received.map(fromInbox), ...sent.map(fromOutbox)].sort((a, b) => a.at - b.at || a.id.localeCompare(b.id));
}

export function toHistory(transcript: readonly TranscriptMessage[], excludeId: string, limit: number): TranscriptEntry[] {
  return transcript
    .filter((message) => message.id !== excludeId)
    .slice(-limit)
    .map(({ direction, author, text, at }) => ({ direction, author, text, at }));
}
