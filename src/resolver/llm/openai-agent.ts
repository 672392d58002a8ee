import { randomBytes } from 'node:crypto';
import OpenAI from 'openai';
import type { ChannelId, Customer } from '../../conversation/model';
import type { Market } from '../../markets/market';
import { redactPii } from '../guardrails/pii-redactor';
import { runTool, TOOLS, type Tool, type ToolContext } from '../tools';
import { CircuitBreaker, type CircuitState } from './circuit-breaker';
import { LlmError } from './llm-error';
import { openAiTools } from './openai-tools';
import { withRetries } from './retry';
import { promptLeaked, systemPrompt, type PromptFacts } from './system-prompt';
import type { UsageLedger } from './usage-ledger';

type Message = OpenAI.Chat.Completions.ChatCompletionMessageParam;

export interface AgentSettings {
  apiKey: string;
  baseUrl?: string;
  model: string;
  /** Per call. */
  timeoutMs: number;
  /** Model calls per customer message (tool round trips included). */
  maxSteps?: number;
  /** Whole answer, retries and tool calls included. */
  budgetMs?: number;
  failureThreshold?: number;
  cooldownMs?: number;
}

/** One customer message for the agent. Every text in it is already redacted. */
export interface AgentTurn {
  conversationId: string;
  market: Market;
  locale: string;
  channel: ChannelId;
  customer: Customer | null;
  history: { role: 'user' | 'assistant'; content: string }[];
  message: string;
  tools: ToolContext;
}

export type AgentAnswer = { kind: 'reply'; text: string } | { kind: 'handoff'; reason: string; summary: string };

/**
 * The LLM agent: OpenAI chat completions with tool calling (any OpenAI-compatible server). A bounded loop of model
 * calls and tool runs, a timeout per call and a budget per answer, retries with backoff that honour Retry-After, a
 * circuit breaker, and tokens and cost counted per conversation. Everything sent is redacted (the turn arrives
 * redacted; tool results are redacted here), and a reply that leaks the prompt is dropped. Failures throw LlmError;
 * the resolver answers from the fast path or hands off instead.
 */
export class OpenAiAgent {
  private readonly client: OpenAI;
  private readonly breaker: CircuitBreaker;
  private readonly tools: readonly Tool[];
  private readonly definitions: OpenAI.Chat.Completions.ChatCompletionTool[];
  private readonly accountFree: OpenAI.Chat.Completions.ChatCompletionTool[];
  private readonly canary = `ctx-${randomBytes(6).toString('hex')}`;

  constructor(
    private readonly settings: AgentSettings,
    private readonly usage: UsageLedger,
    private readonly clock: () => number = Date.now,
  ) {
    // Our own retry loop decides (Retry-After, deadline, breaker); the SDK's would hide attempts from it.
    this.client = new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseUrl, maxRetries: 0, timeout: settings.timeoutMs });
    this.breaker = new CircuitBreaker({ failureThreshold: settings.failureThreshold ?? 3, cooldownMs: settings.cooldownMs ?? 30_000, clock });
    this.tools = TOOLS;
    this.definitions = openAiTools(this.tools);
    this.accountFree = openAiTools(this.tools.filter((tool) => !tool.account));
  }

  get circuit(): CircuitState {
    return this.breaker.state;
  }

  status(): string {
    const state = this.breaker.state;
    return `LLM on (${this.settings.model}${this.settings.baseUrl ? ` at ${new URL(this.settings.baseUrl).host}` : ''}), circuit ${state.replace('_', '-')}`;
  }

  async answer(turn: AgentTurn): Promise<AgentAnswer> {
    const started = this.clock();
    const deadline = started + (this.settings.budgetMs ?? Math.max(this.settings.timeoutMs * 2, 1000));
    const facts: PromptFacts = { market: turn.market, locale: turn.locale, verified: turn.customer !== null, channel: turn.channel, now: started, canary: this.canary };
    const messages: Message[] = [{ role: 'system', content: systemPrompt(facts) }, ...turn.history, { role: 'user', content: turn.message }];
    const tools = turn.customer ? this.definitions : this.accountFree;
    for (let step = 0; step < (this.settings.maxSteps ?? 5); step += 1) {
      const completion = await this.complete(messages, tools, deadline);
      if (completion.usage) await this.usage.record(turn.conversationId, completion.usage.prompt_tokens ?? 0, completion.usage.completion_tokens ?? 0);
      const message = completion.choices[0]?.message;
      if (!message) throw new LlmError('llm_bad_output', 'no choice in the completion');
      const calls = (message.tool_calls ?? []).filter((call) => call.type === 'function').slice(0, 5);
      if (calls.length === 0) {
        const text = (message.content ?? '').trim();
        if (!text || promptLeaked(text, facts)) throw new LlmError('llm_bad_output', text ? 'the reply repeated the system prompt' : 'empty reply');
        return { kind: 'reply', text: text.slice(0, 1500) };
      }
      messages.push({ role: 'assistant', content: message.content ?? null, tool_calls: calls });
      for (const call of calls) {
        const handoff = await this.runCall(call, turn, messages);
        if (handoff) return handoff;
      }
    }
    throw new LlmError('llm_loop_exhausted', 'the tool loop reached its bound');
  }

  /** Runs one tool call and appends its (redacted) result; a valid request_human ends the turn with a handoff. */
  private async runCall(call: OpenAI.Chat.Completions.ChatCompletionMessageFunctionToolCall, turn: AgentTurn, messages: Message[]): Promise<AgentAnswer | null> {
    const tool = this.tools.find((candidate) => candidate.name === call.function.name);
    let content: unknown;
    if (!tool || (tool.account && !turn.customer)) content = { ok: false, error: tool ? 'verification_required' : 'unknown_tool' };
    else {
      const result = await runTool(tool, parseArguments(call.function.arguments), turn.tools);
      if (result.ok && tool.name === 'request_human') {
        const data = result.data as { reason: string; summary: string };
        return { kind: 'handoff', reason: data.reason, summary: redactPii(data.summary).text };
      }
      content = result.ok ? { ok: true, ...(tool.present(result.data, turn.tools) as object) } : result;
    }
    messages.push({ role: 'tool', tool_call_id: call.id, content: redactPii(JSON.stringify(content), turn.market.code).text });
    return null;
  }

  private async complete(messages: Message[], tools: OpenAI.Chat.Completions.ChatCompletionTool[], deadline: number) {
    if (!this.breaker.tryAcquire()) throw new LlmError('llm_circuit_open', 'the LLM circuit is open');
    try {
      const completion = await withRetries(
        () => {
          const remaining = deadline - this.clock();
          if (remaining <= 0) throw new LlmError('llm_unavailable', 'the answer budget is spent');
          return this.client.chat.completions.create(
            { model: this.settings.model, messages, tools, tool_choice: 'auto', temperature: 0.2 },
            { timeout: Math.min(this.settings.timeoutMs, remaining) },
          );
        },
        { attempts: 3, baseDelayMs: 250, maxDelayMs: 4000, deadline, clock: this.clock },
      );
      this.breaker.recordSuccess();
      return completion;
    } catch (error) {
      this.breaker.recordFailure();
      if (error instanceof LlmError) throw error;
      throw new LlmError('llm_unavailable', `the LLM call failed: ${(error as Error).name}`, { cause: error });
    }
  }
}

/** Arguments that are not JSON fail the schema (a string is not an object) instead of becoming `{}`. */
function parseArguments(text: string): unknown {
  try {
    return JSON.parse(text || '{}');
  } catch {
    return 'invalid JSON';
  }
}
