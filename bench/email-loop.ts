/**
 * Email channel figures on loopback: how long `parse` takes per message of the fixture corpus, and how long the whole
 * loop takes from a customer's mail being accepted by our SMTP listener (250) to our reply arriving at the outbound
 * SMTP server (minimal resolver, embedded SQLite store).
 * Run: `npm run bench:email [-- --mails 200 --concurrency 10 --idle-mails 20]`.
 * Ends with one line `RESULT {json}`.
 */
import path from 'node:path';
import nodemailer from 'nodemailer';
import pino from 'pino';
import { EmailAdapter } from '../channels/email/adapter';
import { EmailSender } from '../channels/email/sender';
import { loadFixtures, toRaw } from '../tests/contracts/channel.contract';
import { FakeSmtpServer, type ReceivedMail } from '../tests/support/fake-smtp-server';
import { startTestApp } from '../tests/support/test-app';

const argument = (name: string, fallback: number) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const MAILS = argument('mails', 200);
const CONCURRENCY = argument('concurrency', 10);
const PARSE_ROUNDS = argument('parse-rounds', 50);
const IDLE_MAILS = argument('idle-mails', 20);

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor((values.length * p) / 100))]!;
const round = (value: number) => Math.round(value * 100) / 100;

function measureParse(): { perMessageMs: { p50: number; p95: number; max: number }; hugeBodyMs: number } {
  const adapter = new EmailAdapter({
    ownAddress: 'support@shop.example',
    webhookToken: 'bench',
    sender: new EmailSender('smtp://127.0.0.1:1', { from: 'support@shop.example', address: 'support@shop.example' }),
    log: pino({ level: 'silent' }),
  });
  const requests = loadFixtures(path.join(__dirname, '..', 'tests', 'fixtures', 'email'))
    .filter((fixture) => 'parse' in fixture.expect && fixture.expect.parse === 'ok')
    .map((fixture) => ({ name: fixture.name, request: toRaw(fixture) }));
  const times: number[] = [];
  const huge: number[] = [];
  for (let index = 0; index < PARSE_ROUNDS; index += 1) {
    for (const { name, request } of requests) {
      const started = process.hrtime.bigint();
      adapter.parse(request);
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      (name === 'huge-body' ? huge : times).push(ms);
    }
  }
  return { perMessageMs: { p50: round(percentile(times, 50)), p95: round(percentile(times, 95)), max: round(Math.max(...times)) }, hugeBodyMs: round(percentile(huge, 50)) };
}

const customerMail = (index: number, id: string) =>
  [`From: <customer${index}@customers.example>`, 'To: support@shop.example', 'Subject: Refund', `Message-ID: <${id}>`, '', 'Where is my refund?', ''].join('\r\n');

/** Replies to a message id, from the raw mails the provider received. */
function repliesByParent(received: readonly ReceivedMail[]): Map<string, number[]> {
  const byParent = new Map<string, number[]>();
  for (const mail of received) {
    const parent = /In-Reply-To: <([^>]+)>/i.exec(mail.raw.toString('latin1'))?.[1] ?? '';
    byParent.set(parent, [...(byParent.get(parent) ?? []), mail.at]);
  }
  return byParent;
}

/**
 * Two runs on one app: one mail at a time, each waiting for its reply (the latency a customer sees on an idle
 * system), then a burst of MAILS from CONCURRENCY connections (throughput; latency there is mostly queueing).
 */
async function measureLoop() {
  const provider = await FakeSmtpServer.start();
  const app = await startTestApp({
    environment: { SMTP_URL: provider.url, EMAIL_FROM: 'Support <support@shop.example>', EMAIL_SMTP_PORT: '0', LOG_LEVEL: 'silent', WORKER_CONCURRENCY: '4' },
  });
  await app.start();
  const port = (app.context.channels.named('email') as EmailAdapter).smtpPort!;
  const client = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, pool: true, maxConnections: CONCURRENCY });

  const idle: number[] = [];
  for (let index = 0; index < IDLE_MAILS; index += 1) {
    const id = `idle-${index}@customers.example`;
    const before = provider.received.length;
    await client.sendMail({ envelope: { from: `customer${index}@customers.example`, to: ['support@shop.example'] }, raw: customerMail(index, id) });
    const accepted = Date.now();
    // Each mail gets the AI disclosure and an answer: two replies per mail.
    const received = await provider.waitFor(before + 2, 10_000);
    idle.push(received[before + 1]!.at - accepted);
  }

  const burstStart = provider.received.length;
  const started = Date.now();
  let next = 0;
  const sendAll = async () => {
    while (next < MAILS) {
      const index = next++;
      await client.sendMail({ envelope: { from: `burst${index}@customers.example`, to: ['support@shop.example'] }, raw: customerMail(index, `burst-${index}@customers.example`) });
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, sendAll));
  const acceptedAllMs = Date.now() - started;
  const received = (await provider.waitFor(burstStart + MAILS * 2, 120_000)).slice(burstStart);
  const byParent = repliesByParent(received);
  const elapsed = (Math.max(...received.map((mail) => mail.at)) - started) / 1000;
  client.close();
  await app.dispose();
  await provider.stop();
  return {
    idle: { mails: IDLE_MAILS, secondReplyP50Ms: percentile(idle, 50), secondReplyP95Ms: percentile(idle, 95) },
    burst: {
      mails: MAILS,
      concurrency: CONCURRENCY,
      acceptedAllMs,
      repliesPerSecond: round(received.length / elapsed),
      lost: MAILS - [...byParent.keys()].filter((id) => id.startsWith('burst-')).length,
      doubled: [...byParent.values()].filter((times) => times.length > 2).length,
    },
  };
}

async function main(): Promise<void> {
  const parse = measureParse();
  console.log(`parse: p50 ${parse.perMessageMs.p50} ms, p95 ${parse.perMessageMs.p95} ms per message; 100 KB body ${parse.hugeBodyMs} ms`);
  const loop = await measureLoop();
  console.log(`idle: ${loop.idle.mails} mails one at a time, accepted (250) -> both replies at the provider: p50 ${loop.idle.secondReplyP50Ms} ms, p95 ${loop.idle.secondReplyP95Ms} ms`);
  console.log(
    `burst: ${loop.burst.mails} mails over ${loop.burst.concurrency} connections accepted in ${loop.burst.acceptedAllMs} ms; ${loop.burst.repliesPerSecond} replies/s; lost ${loop.burst.lost}, doubled ${loop.burst.doubled}`,
  );
  console.log(`RESULT ${JSON.stringify({ parse, loop })}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
