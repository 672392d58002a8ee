import type { ChannelId, Conversation, Customer, HandlingPlan, Identity } from '../conversation/model';
import type { Market } from '../markets/market';

/** One earlier message, as the resolver sees it (text already redacted where it leaves the process). */
export interface TranscriptEntry {
  direction: 'in' | 'out';
  author: 'customer' | 'bot' | 'agent' | 'system';
  text: string;
  at: number;
}

export interface ResolverContext {
  conversation: Conversation;
  /** Present only when the channel verified who is writing. */
  customer: Customer | null;
  market: Market;
  /** The locale the reply is written in (one of the market's languages). */
  locale: string;
  /** `from`: who sent it, as the channel identified them (absent in callers that do not know). */
  message: { id: string; text: string; channel: ChannelId; from?: Identity };
  /** Earlier messages of this conversation, oldest first, bounded. */
  history: TranscriptEntry[];
  /** No reply has been sent in this conversation yet: the AI disclosure goes first. */
  firstReply: boolean;
}

/**
 * Decides what to answer. Implementations never throw for a customer's input: a failure inside becomes a
 * fallback answer or a handoff, so the customer is never left in silence.
 */
export interface Resolver {
  resolve(context: ResolverContext): Promise<HandlingPlan>;
}

type Reply = HandlingPlan['replies'][number];

/** Builds a plan; replies may be plain strings. */
export function plan(partial: Partial<Omit<HandlingPlan, 'replies'>> & { replies?: (string | Reply)[] }): HandlingPlan {
  const replies = (partial.replies ?? []).map((reply) => (typeof reply === 'string' ? { text: reply } : reply));
  return { handoff: null, resolve: false, language: null, intent: null, ...partial, replies };
}
