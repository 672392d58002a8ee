/**
 * Latency of the fast path: SupportResolver.resolve (guardrails, conversation memory on SQLite, intent model, skill,
 * demo commerce backend) without an LLM, over messages in all 14 languages.
 *
 *   npx tsx bench/resolver-latency.ts [messages=2000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DemoCommerceBackend } from '../src/commerce/demo-commerce-backend';
import { demoCustomers } from '../src/commerce/demo-customers';
import type { Conversation } from '../src/conversation/model';
import { createTranslator } from '../src/markets/i18n';
import { MarketDirectory } from '../src/markets/market-directory';
import { createLogger } from '../src/observability/logger';
import { ConversationMemory, type MemoryDocument } from '../src/resolver/conversation-memory';
import { loadIntentModel } from '../src/resolver/intent-model-loader';
import { SupportResolver } from '../src/resolver/support-resolver';
import { createStore } from '../src/store/create-store';

const MESSAGES: [locale: string, text: string][] = [
  ['en-GB', 'where is my order?'],
  ['en-GB', 'when is my next payment due'],
  ['de-DE', 'Wo bleibt meine Erstattung?'],
  ['de-DE', 'Kann ich meine Rate verschieben?'],
  ['fr-FR', 'Mon colis n’est jamais arrivé'],
  ['es-ES', '¿Cuándo tengo que pagar el próximo plazo?'],
  ['it-IT', 'Come attivo la mia carta?'],
  ['pt-PT', 'Quero devolver uma encomenda'],
  ['nl-NL', 'Mijn kaart werkt niet'],
  ['sv-SE', 'Hur fungerar dela upp i 4?'],
  ['nb-NO', 'Kan jeg betale hele beløpet nå?'],
  ['da-DK', 'Jeg kan ikke logge ind i appen'],
  ['fi-FI', 'Milloin seuraava erä pitää maksaa?'],
  ['pl-PL', 'Gdzie jest moja paczka?'],
  ['cs-CZ', 'Chci zmrazit kartu'],
  ['el-GR', 'Πότε είναι η επόμενη δόση μου;'],
  ['en-GB', 'what is the weather tomorrow in Leeds'],
  ['en-GB', 'my card 4111 1111 1111 1111 was charged twice'],
];

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const root = path.resolve(__dirname, '..');
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'resolver-bench-'));
  const store = await createStore({ kind: 'sqlite', file: path.join(dataDir, 'bench.sqlite') });
  const log = createLogger('silent');
  const { model, status } = loadIntentModel(path.join(root, '.model-cache'), log);
  const markets = new MarketDirectory();
  const resolver = new SupportResolver({
    translator: createTranslator(),
    backend: new DemoCommerceBackend(),
    memory: new ConversationMemory(store.collection<MemoryDocument>('resolver_memory'), Date.now),
    intentModel: model,
    agent: null,
    log,
    clock: Date.now,
    modelStatus: status,
  });
  const customers = demoCustomers(Date.now());
  const timings: number[] = [];
  for (let index = 0; index < count; index += 1) {
    const [locale, text] = MESSAGES[index % MESSAGES.length]!;
    const customer = customers[index % customers.length]!;
    const market = markets.resolve(customer.market);
    const conversation = { id: `conv-${index % 200}`, market: market.code, language: locale } as Conversation;
    const started = process.hrtime.bigint();
    await resolver.resolve({ conversation, customer, market, locale, message: { id: `msg-${index}`, text, channel: 'sms' }, history: [], firstReply: false });
    timings.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  timings.sort((a, b) => a - b);
  const quantile = (q: number) => timings[Math.min(timings.length - 1, Math.floor(q * timings.length))]!;
  console.log(`${status}; ${count} messages in ${MESSAGES.length} kinds, 14 languages`);
  console.log(`p50 ${quantile(0.5).toFixed(2)} ms, p99 ${quantile(0.99).toFixed(2)} ms, max ${timings.at(-1)!.toFixed(2)} ms`);
  console.log(`RESULT ${JSON.stringify({ n: count, p50_ms: Number(quantile(0.5).toFixed(3)), p99_ms: Number(quantile(0.99).toFixed(3)) })}`);
  await store.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

void main();
