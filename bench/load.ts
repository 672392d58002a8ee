/**
 * Load benchmark against the real server on loopback (`npm run bench`).
 *
 * Starts the built server as a child process on a fresh data directory, then measures in one run:
 *   1. GET /healthz throughput (the machine's baseline: HTTP + event loop, no store);
 *   2. web chat messages end to end (POST -> durable inbox -> resolver -> outbox -> replies in the response) with
 *      many concurrent sessions: throughput and latency percentiles.
 * Machines here are shared and noisy, so the figure to compare across runs is the ratio of the two.
 * Prints a last line `RESULT {json}`.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 8000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 64);
const ROOT = path.resolve(__dirname, '..', '..');

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** Runs `task` from `concurrency` loops until the time is up; returns completed count and latencies. */
async function drive(task: (loop: number, iteration: number) => Promise<void>, concurrency: number, durationMs: number) {
  const latencies: number[] = [];
  let errors = 0;
  const end = Date.now() + durationMs;
  await Promise.all(
    Array.from({ length: concurrency }, async (_, loop) => {
      for (let iteration = 0; Date.now() < end; iteration += 1) {
        const started = performance.now();
        try {
          await task(loop, iteration);
          latencies.push(performance.now() - started);
        } catch {
          errors += 1;
        }
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { count: latencies.length, errors, rps: latencies.length / (durationMs / 1000), p50: percentile(latencies, 50), p99: percentile(latencies, 99) };
}

async function main(): Promise<void> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [...(process.env.BENCH_PROFILE ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_PROFILE] : []), path.join(ROOT, 'dist', 'src', 'index.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'error', WEBCHAT_POLL_MS: '1000' },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  try {
    for (let attempt = 0; ; attempt += 1) {
      try {
        if ((await fetch(`${base}/readyz`)).ok) break;
      } catch {
        // starting
      }
      if (attempt > 600) throw new Error('server did not become ready');
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const healthz = await drive(async () => {
      const response = await fetch(`${base}/healthz`);
      await response.arrayBuffer();
    }, CONCURRENCY, DURATION_MS / 2);

    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, async () => {
        const response = await fetch(`${base}/api/webchat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
        return (await response.json()) as { sessionId: string; token: string };
      }),
    );
    const texts = ['hello', 'when is my next payment due?', 'where is my refund', 'I want to return a jacket', 'thanks'];
    const messages = await drive(async (loop, iteration) => {
      const session = sessions[(loop + iteration * CONCURRENCY) % sessions.length]!;
      const response = await fetch(`${base}/api/webchat/sessions/${session.sessionId}/messages`, {
        method: 'POST',
        headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ text: texts[iteration % texts.length] }),
      });
      const body = (await response.json()) as { replies?: unknown[] };
      if (response.status !== 200 || !body.replies?.length) throw new Error(`status ${response.status}`);
    }, CONCURRENCY, DURATION_MS);

    const result = {
      healthz_rps: Math.round(healthz.rps),
      message_rps: Math.round(messages.rps * 10) / 10,
      message_p50_ms: Math.round(messages.p50 * 10) / 10,
      message_p99_ms: Math.round(messages.p99 * 10) / 10,
      message_errors: messages.errors,
      message_to_healthz_ratio: Math.round((messages.rps / healthz.rps) * 1000) / 1000,
      concurrency: CONCURRENCY,
      sessions: SESSIONS,
      store: 'sqlite',
    };
    console.log(`healthz:  ${result.healthz_rps} req/s`);
    console.log(`messages: ${result.message_rps} msg/s end to end, p50 ${result.message_p50_ms} ms, p99 ${result.message_p99_ms} ms, ${result.message_errors} errors`);
    console.log(`ratio messages/healthz: ${result.message_to_healthz_ratio}`);
    console.log(`RESULT ${JSON.stringify(result)}`);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
