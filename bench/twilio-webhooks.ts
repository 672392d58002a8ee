/**
 * Twilio webhook benchmark: `npx tsx bench/twilio-webhooks.ts`.
 *
 * The whole application in this process, listening on loopback, with Twilio configured to the fake Twilio of the
 * tests (the real SDK sends to it through TWILIO_API_URL). Many customers each post one signed inbound SMS; we
 * measure how fast the webhook answers (the message is durable in the inbox by then) and how long until the
 * customer's first reply reaches the fake Twilio (verify, parse, inbox, resolver, outbox, SDK send). First, the
 * adapter's own share: signature check and parse of one request, in a loop.
 * Prints a last line `RESULT {json}`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { createLogger } from '../src/observability/logger';
import { TwilioAdapter } from '../channels/twilio/adapter';
import { seedMarkets } from '../src/markets/catalog';
import { FakeTwilio } from '../tests/support/fake-twilio';

const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 1000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const PUBLIC_URL = 'https://support.example.test';
const BUSINESS = '+15017122661';

function percentile(sorted: number[], p: number): number {
  return sorted.length === 0 ? 0 : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number) => Math.round(value * 10) / 10;

/** Microseconds per signature check + parse of a recorded-shape inbound SMS. */
function adapterMicroseconds(fake: FakeTwilio, iterations = 20_000): number {
  const markets = new Map(seedMarkets().map((market) => [market.code, market]));
  const adapter = new TwilioAdapter({ authToken: fake.authToken, publicUrl: PUBLIC_URL, markets: (code) => markets.get(code), sender: { send: async () => ({ ok: true, status: 'sent', providerMessageId: null }) } });
  const webhook = fake.webhook(PUBLIC_URL, '/webhooks/twilio/messages', fake.inboundParams({ from: '+4915112345678', to: BUSINESS, body: 'When is my next payment due?' }));
  const request = { method: 'POST', url: webhook.url, headers: webhook.headers, body: Buffer.from(webhook.payload), receivedAt: Date.now() };
  for (let index = 0; index < 1000; index += 1) adapter.parse(request);
  const started = performance.now();
  for (let index = 0; index < iterations; index += 1) {
    adapter.verify(request);
    adapter.parse(request);
  }
  return ((performance.now() - started) * 1000) / iterations;
}

async function main(): Promise<void> {
  const fake = await FakeTwilio.start();
  const adapterUs = adapterMicroseconds(fake);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-twilio-'));
  const config = loadConfig({
    DATA_DIR: dataDir,
    HOST: '127.0.0.1',
    PORT: '0',
    PUBLIC_URL,
    TWILIO_ACCOUNT_SID: fake.accountSid,
    TWILIO_AUTH_TOKEN: fake.authToken,
    TWILIO_API_URL: fake.url,
  });
  const app = await createApp({ config, log: createLogger('warn'), pollMs: 50 });
  const baseUrl = await app.start();

  const customers = Array.from({ length: REQUESTS }, (_, index) => `+491510${String(index).padStart(7, '0')}`);
  const postedAt = new Map<string, number>();
  const answerMs: number[] = [];
  let errors = 0;
  let next = 0;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (next < customers.length) {
        const customer = customers[next++]!;
        const webhook = fake.webhook(PUBLIC_URL, '/webhooks/twilio/messages', fake.inboundParams({ from: customer, to: BUSINESS, body: 'When is my next payment due?' }));
        const before = performance.now();
        postedAt.set(customer, Date.now());
        const response = await fetch(`${baseUrl}${webhook.url}`, { method: 'POST', headers: webhook.headers, body: webhook.payload });
        await response.text();
        if (response.status === 200) answerMs.push(performance.now() - before);
        else errors += 1;
      }
    }),
  );
  const postedMs = Date.now() - started;

  // Every customer gets the AI disclosure and an answer: wait (bounded) for the first reply of each.
  const deadline = Date.now() + 120_000;
  const firstReply = new Map<string, number>();
  while (firstReply.size < customers.length && Date.now() < deadline) {
    for (const message of fake.messages) if (!firstReply.has(message.to)) firstReply.set(message.to, message.acceptedAt);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const endToEnd = [...firstReply].map(([customer, at]) => at - postedAt.get(customer)!).sort((a, b) => a - b);
  const allDone = Math.max(...firstReply.values()) - started;
  answerMs.sort((a, b) => a - b);

  await app.stop();
  await fake.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });

  const result = {
    requests: REQUESTS,
    concurrency: CONCURRENCY,
    errors,
    adapterVerifyParseUs: round(adapterUs),
    webhookPerSecond: round((answerMs.length / postedMs) * 1000),
    webhookMs: { p50: round(percentile(answerMs, 50)), p95: round(percentile(answerMs, 95)), p99: round(percentile(answerMs, 99)) },
    repliedCustomers: firstReply.size,
    firstReplyMs: { p50: percentile(endToEnd, 50), p95: percentile(endToEnd, 95), p99: percentile(endToEnd, 99) },
    customersAnsweredPerSecond: round((firstReply.size / allDone) * 1000),
    twilioMessagesSent: fake.messages.length,
    cpus: os.cpus().length,
  };
  console.log(`RESULT ${JSON.stringify(result)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
