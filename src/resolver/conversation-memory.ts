import type { Collection } from '../store/port';
import type { Pending } from './skills';

/** What the resolver remembers of a conversation between messages. */
export interface Memory {
  /** Messages in a row it did not understand; the second one hands off. */
  misses: number;
  pending: Pending | null;
}

export interface MemoryDocument {
  id: string;
  /** The last message handled, with the memory before and after it. */
  messageId: string;
  before: Memory;
  after: Memory;
  updatedAt: number;
}

const EMPTY: Memory = { misses: 0, pending: null };

/**
 * Per-conversation memory in the store (collection `resolver_memory`). Handling the same message twice (a retry after
 * a crash) starts again from the memory *before* that message, so a retry decides the same way and counts nothing
 * twice. Messages of one conversation are handled one at a time (the pipeline's lease), so no compare-and-set is
 * needed here.
 */
export class ConversationMemory {
  constructor(
    private readonly documents: Collection<MemoryDocument>,
    private readonly clock: () => number,
  ) {}

  async load(conversationId: string, messageId: string): Promise<Memory> {
    const document = await this.documents.get(conversationId);
    if (!document) return EMPTY;
    return document.messageId === messageId ? document.before : document.after;
  }

  async save(conversationId: string, messageId: string, before: Memory, after: Memory): Promise<void> {
    await this.documents.put({ id: conversationId, messageId, before, after, updatedAt: this.clock() });
  }
}
