import type { Collection } from '../../store/port';

export interface UsageDocument {
  /** The conversation id. */
  id: string;
  calls: number;
  promptTokens: number;
  completionTokens: number;
  /** USD, at the configured prices. */
  costUsd: number;
  updatedAt: number;
}

export interface Prices {
  inputUsdPerMillionTokens: number;
  outputUsdPerMillionTokens: number;
}

/**
 * Tokens and cost of the LLM per conversation (collection `llm_usage`), added atomically so concurrent processes
 * never lose a count.
 */
export class UsageLedger {
  constructor(
    private readonly documents: Collection<UsageDocument>,
    private readonly prices: Prices,
    private readonly clock: () => number,
  ) {}

  costOf(promptTokens: number, completionTokens: number): number {
    return (promptTokens * this.prices.inputUsdPerMillionTokens + completionTokens * this.prices.outputUsdPerMillionTokens) / 1_000_000;
  }

  async record(conversationId: string, promptTokens: number, completionTokens: number): Promise<void> {
    const costUsd = this.costOf(promptTokens, completionTokens);
    const update = { inc: { calls: 1, promptTokens, completionTokens, costUsd }, set: { updatedAt: this.clock() } };
    if (await this.documents.updateOne({ id: conversationId }, update)) return;
    const created = await this.documents.insert({ id: conversationId, calls: 1, promptTokens, completionTokens, costUsd, updatedAt: this.clock() });
    if (!created) await this.documents.updateOne({ id: conversationId }, update);
  }

  get(conversationId: string): Promise<UsageDocument | null> {
    return this.documents.get(conversationId);
  }
}
