import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DemoCommerceBackend } from '../../../src/commerce/demo-commerce-backend';
import { demoCustomers } from '../../../src/commerce/demo-customers';
import type { ChannelId, Conversation, Customer } from '../../../src/conversation/model';
import { createTranslator } from '../../../src/markets/i18n';
import { MarketDirectory } from '../../../src/markets/market-directory';
import { createLogger } from '../../../src/observability/logger';
import { ConversationMemory, type MemoryDocument } from '../../../src/resolver/conversation-memory';
import { loadIntentModel } from '../../../src/resolver/intent-model-loader';
import { SupportResolver, type SupportResolverParts } from '../../../src/resolver/support-resolver';
import { createStore } from '../../../src/store/create-store';
import type { DocumentStore } from '../../../src/store/port';
import { TEST_MODEL_CACHE_DIR } from '../../support/model-cache';
import { fillPlaceholders, judgeTurn, listedOrders, type Probe, type ProbeVerdict } from './probe-types';

/**
 * Who writes: a demo customer (by id) on a channel that verified them, or an anonymous web chat visitor. A demo
 * account may be borrowed by a customer of another market (`market`, `locale`), so that languages without a demo
 * customer get their follow-up answers probed against real orders too.
 */
export type ProbeSpeaker = { customerId: string; channel: ChannelId; market?: string; locale?: string } | { anonymous: true; market: string; locale: string };

/** What one turn produced, in the terms probes are judged by. */
export interface TurnResult {
  text: string;
  intent: string | null;
  handoff: string | null;
  replies: string[];
}

export interface ProbeConversation {
  locale: string;
  say(text: string): Promise<TurnResult>;
}

/**
 * Runs probe conversations straight through the production resolver (guardrails, memory on SQLite, the shipped
 * model, skills, a fresh demo backend), without the pipeline around it, so hundreds of turns take a few seconds. The
 * harness journeys cover the pipeline.
 */
export class ProbeRunner {
  private counter = 0;
  private readonly markets = new MarketDirectory();
  private readonly customers: Customer[];

  private constructor(
    private readonly parts: Omit<SupportResolverParts, 'backend'>,
    private readonly store: DocumentStore,
    private readonly dataDir: string,
    private readonly now: number,
  ) {
    this.customers = demoCustomers(now);
  }

  static async start(): Promise<ProbeRunner> {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolver-probes-'));
    const store = await createStore({ kind: 'sqlite', file: path.join(dataDir, 'probes.sqlite') });
    const log = createLogger('silent');
    const { model, status } = loadIntentModel(TEST_MODEL_CACHE_DIR, log);
    const now = Date.now();
    const parts = {
      translator: createTranslator(),
      memory: new ConversationMemory(store.collection<MemoryDocument>('resolver_memory'), Date.now),
      intentModel: model,
      agent: null,
      log,
      clock: () => now,
      modelStatus: status,
    };
    return new ProbeRunner(parts, store, dataDir, now);
  }

  /** Judges each probe; a probe stops at its first failing turn. */
  async run(probes: readonly Probe[]): Promise<ProbeVerdict[]> {
    const verdicts: ProbeVerdict[] = [];
    for (const probe of probes) {
      const conversation = this.open(probe.speaker);
      const results: ProbeVerdict['results'] = [];
      let listed: ReturnType<typeof listedOrders> = new Map();
      let failure: string | null = null;
      for (const [index, [template, expectation]] of probe.turns.entries()) {
        const result = await conversation.say(fillPlaceholders(template, listed));
        results.push(result);
        const problem = judgeTurn(result, expectation, listed, conversation.locale);
        if (problem) {
          failure = `turn ${index + 1} "${result.text}": ${problem}`;
          break;
        }
        const shown = listedOrders(result.replies.join('\n'));
        if (shown.size > 0) listed = shown;
      }
      verdicts.push({ probe, results, failure });
    }
    return verdicts;
  }

  /**
   * A new conversation, with a demo backend of its own (a due date moved in one probe does not change the next); the
   * resolver's memory is carried between its messages.
   */
  open(speaker: ProbeSpeaker): ProbeConversation {
    const resolver = new SupportResolver({ ...this.parts, backend: new DemoCommerceBackend(() => this.now) });
    const conversationId = `probe-${++this.counter}`;
    const customer = 'customerId' in speaker ? this.customerFor(speaker) : null;
    const market = this.markets.resolve(customer ? customer.market : speaker.market);
    const locale = customer ? customer.language : (speaker as { locale: string }).locale;
    const channel: ChannelId = 'customerId' in speaker ? speaker.channel : 'webchat';
    const identityKind = { sms: 'phone', whatsapp: 'whatsapp', email: 'email', webchat: 'webchat', botframework: 'botframework' } as const;
    const conversation = {
      id: conversationId,
      market: market.code,
      language: locale,
      identity: { kind: identityKind[channel], value: customer ? customer.id : conversationId, verified: customer !== null },
    } as Conversation;
    let turn = 0;
    return {
      locale,
      say: async (text) => {
        const plan = await resolver.resolve({
          conversation,
          customer,
          market,
          locale,
          message: { id: `${conversationId}-m${++turn}`, text, channel },
          history: [],
          firstReply: false,
        });
        return { text, intent: plan.intent, handoff: plan.handoff?.reason ?? null, replies: plan.replies.map((reply) => reply.text) };
      },
    };
  }

  async stop(): Promise<void> {
    await this.store.close();
    fs.rmSync(this.dataDir, { recursive: true, force: true });
  }

  private customerFor(speaker: { customerId: string; market?: string; locale?: string }): Customer {
    const customer = this.customers.find((candidate) => candidate.id === speaker.customerId);
    if (!customer) throw new Error(`No demo customer ${speaker.customerId}`);
    return { ...customer, market: speaker.market ?? customer.market, language: speaker.locale ?? customer.language };
  }
}
