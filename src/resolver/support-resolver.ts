import type { CommerceBackend } from '../commerce/commerce-backend';
import type { HandlingPlan } from '../conversation/model';
import type { Translator } from '../markets/i18n';
import type { Logger } from '../observability/logger';
import type { IntentModel } from './nlu';
import { inspectMessage, type Inspection } from './guardrails/guardrails';
import { redactPii } from './guardrails/pii-redactor';
import type { ConversationMemory, Memory } from './conversation-memory';
import type { AgentAnswer, OpenAiAgent } from './llm/openai-agent';
import { plan, type Resolver, type ResolverContext } from './resolver';
import { askAgain, continuePending, runSkill, type Outcome, type SkillEnvironment } from './skills';

/**
 * Confidence from which a recognised intent runs its skill without asking. Chosen by measurement
 * (bench/resolver-threshold.ts, docs/resolver.md): the lowest threshold at which at least 90% of the answers given are
 * the right answer both on held-out phrases in all 14 languages and on real English customer messages, while at most
 * 5% of out-of-scope messages get a confident answer.
 */
export const FAST_PATH_CONFIDENCE = 0.6;
/** Misses in a row after which a person takes over. */
export const MISSES_BEFORE_HANDOFF = 2;
const LLM_HISTORY = 10;

export interface SupportResolverParts {
  translator: Translator;
  backend: CommerceBackend;
  memory: ConversationMemory;
  /** Null when the model could not be loaded: every message then goes to the LLM or the clarify/handoff path. */
  intentModel: IntentModel | null;
  /** Null without OPENAI_API_KEY: the fast path answers alone. */
  agent: OpenAiAgent | null;
  log: Logger;
  clock: () => number;
  modelStatus: string;
  confidenceThreshold?: number;
}

/**
 * The production resolver: guardrails -> a step the conversation waits on -> fast path (offline NLU and a
 * deterministic skill) -> LLM agent -> clarify, then hand off. It never throws: any failure becomes an apology and a
 * handoff, so the customer is never left in silence.
 */
export class SupportResolver implements Resolver {
  constructor(private readonly parts: SupportResolverParts) {}

  status(): string {
    const llm = this.parts.agent ? this.parts.agent.status() : 'LLM off (OPENAI_API_KEY not set): fast path only';
    return `${this.parts.modelStatus}; ${llm}`;
  }

  async resolve(context: ResolverContext): Promise<HandlingPlan> {
    const t = (key: string, values?: Record<string, unknown>) => this.parts.translator.t(context.locale, key, values);
    const disclosure = context.firstReply ? [context.market.texts[context.locale]?.disclosure ?? t('resolver:disclosure')] : [];
    const { memory } = this.parts;
    try {
      const before = await memory.load(context.conversation.id, context.message.id);
      const inspection = inspectMessage(context.message.text, context.market.code);
      const environment: SkillEnvironment = {
        context,
        inspection,
        t,
        tools: { customer: context.customer, market: context.market, locale: context.locale, backend: this.parts.backend, clock: this.parts.clock, requestKey: context.message.id, senderSpoofable: context.message.from?.spoofable === true },
      };
      const outcome = await this.decide(environment, before);
      const misses = outcome.miss ? before.misses + 1 : 0;
      const handOffNow = outcome.miss && misses >= MISSES_BEFORE_HANDOFF && !outcome.handoff;
      const final: Outcome = handOffNow
        ? { intent: outcome.intent, replies: [t('resolver:handoff.unclear')], handoff: { reason: 'unclear', summary: summary('Not understood twice in a row', inspection) } }
        : outcome;
      const pending = final.pending && !final.handoff ? { ...final.pending, prompt: final.pending.prompt ?? final.replies.at(-1) } : null;
      await memory.save(context.conversation.id, context.message.id, before, { misses: final.handoff ? 0 : misses, pending });
      return plan({ intent: final.intent, replies: [...disclosure, ...final.replies], handoff: final.handoff ?? null, resolve: final.resolve ?? false });
    } catch (error) {
      this.parts.log.error({ err: error, conversationId: context.conversation.id }, 'resolver failed; handing off');
      return plan({ replies: [...disclosure, t('resolver:handoff.failure')], handoff: { reason: 'processing_failed', summary: 'The assistant failed while handling a message.' } });
    }
  }

  private async decide(environment: SkillEnvironment, memory: Memory): Promise<Outcome> {
    const { inspection, t } = environment;
    if (inspection.empty) return { intent: null, replies: [t('resolver:empty')], pending: memory.pending };
    if (inspection.sensitive) {
      const reason = inspection.sensitive === 'human_request' ? 'customer_request' : inspection.sensitive;
      return { intent: null, replies: [t(`resolver:handoff.${reason}`)], handoff: { reason, summary: summary(`Sensitive topic: ${inspection.sensitive}`, inspection) } };
    }
    if (inspection.injection) {
      this.parts.log.warn({ conversationId: environment.context.conversation.id }, 'prompt injection attempt ignored');
      return { intent: null, replies: [t('resolver:injection')], miss: true };
    }
    if (memory.pending) {
      const continued = await continuePending(memory.pending, environment);
      if (continued) return continued;
    }
    const prediction = this.parts.intentModel?.predict(inspection.clean);
    const threshold = this.parts.confidenceThreshold ?? FAST_PATH_CONFIDENCE;
    if (prediction?.intent && prediction.confidence >= threshold) {
      const outcome = await runSkill(prediction.intent, environment);
      // A new request while a question waits: the question is dropped (the outcome sets its own step, or none).
      if (outcome) return outcome;
    }
    // The LLM, when there is one, sees the waiting question in the history and may answer around it.
    if (this.parts.agent) {
      const answer = await this.askAgent(environment);
      if (answer) return answer;
    }
    // Neither an answer to the waiting question nor a request we know: ask the question again rather than start over.
    if (memory.pending) return askAgain(memory.pending, environment);
    return { intent: null, replies: [t('resolver:clarify')], miss: true };
  }

  /** The LLM's answer, or null when it failed (logged), so the caller falls back. */
  private async askAgent(environment: SkillEnvironment): Promise<Outcome | null> {
    const { context, inspection, t } = environment;
    let answer: AgentAnswer;
    try {
      answer = await this.parts.agent!.answer({
        conversationId: context.conversation.id,
        market: context.market,
        locale: context.locale,
        channel: context.message.channel,
        customer: context.customer,
        history: context.history
          .filter((entry) => entry.author === 'customer' || entry.author === 'bot' || entry.author === 'agent')
          .slice(-LLM_HISTORY)
          .map((entry) => ({ role: entry.direction === 'in' ? ('user' as const) : ('assistant' as const), content: redactPii(entry.text, context.market.code).text.slice(0, 2000) })),
        message: inspection.redacted,
        tools: environment.tools,
      });
    } catch (error) {
      this.parts.log.warn({ err: error, conversationId: context.conversation.id }, 'LLM agent failed; falling back');
      return null;
    }
    if (answer.kind === 'handoff') {
      const reason = answer.reason;
      const key = this.parts.translator.has(context.locale, `resolver:handoff.${reason}`) ? reason : 'customer_request';
      return { intent: 'llm', replies: [t(`resolver:handoff.${key}`)], handoff: { reason, summary: answer.summary } };
    }
    return { intent: 'llm', replies: [answer.text] };
  }
}

/** A line for the colleague who takes over (redacted: it leaves for Slack). */
function summary(what: string, inspection: Inspection): string {
  return `${what}. The customer wrote: "${inspection.redacted.slice(0, 300)}"`;
}
