import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { InjectOptions } from 'fastify';
import { zonedTimeToEpoch } from '../../src/markets/business-hours';
import { FakeSlack } from '../support/fake-slack';
import { ConversationHarness, type HarnessOptions } from '../support/harness';

export const SIGNING_SECRET = 'test-signing-secret-0123456789abcdef';
const FIXTURES = path.resolve(__dirname, '..', 'fixtures', 'slack');

/** Wednesday 4 June 2025, 10:00 in New York: the US team is at work. */
export const US_WEDNESDAY_MORNING = zonedTimeToEpoch(2025, 6, 4, 10 * 60, 'America/New_York');
/** Saturday 7 June 2025, 19:00 in New York: the US team is back on Monday at 08:00. */
export const US_SATURDAY_EVENING = zonedTimeToEpoch(2025, 6, 7, 19 * 60, 'America/New_York');

export const smsCustomer = { channel: 'sms' as const, address: '+15550104477', market: 'US' };

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;

export function fixture(name: string): Json {
  return JSON.parse(fs.readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

/** A request to POST /slack/events signed the way Slack signs it (v0, HMAC-SHA256 over `v0:<ts>:<body>`). */
export function signed(body: string, contentType: string, options: { at: number; secret?: string; headers?: Record<string, string> }): InjectOptions {
  const timestamp = Math.floor(options.at / 1000);
  const signature = `v0=${createHmac('sha256', options.secret ?? SIGNING_SECRET).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    method: 'POST',
    url: '/slack/events',
    headers: { 'content-type': contentType, 'x-slack-signature': signature, 'x-slack-request-timestamp': String(timestamp), ...options.headers },
    payload: body,
  };
}

export function eventRequest(body: Json, at: number, headers?: Record<string, string>): InjectOptions {
  return signed(JSON.stringify(body), 'application/json', { at, headers });
}

/** Interactive payloads arrive form-encoded, the JSON in a `payload` field. */
export function actionRequest(body: Json, at: number): InjectOptions {
  return signed(new URLSearchParams({ payload: JSON.stringify(body) }).toString(), 'application/x-www-form-urlencoded', { at });
}

export function commandRequest(form: Record<string, string>, at: number): InjectOptions {
  return signed(new URLSearchParams(form).toString(), 'application/x-www-form-urlencoded', { at });
}

/** A thread reply from an agent, built from the recorded shape. */
export function threadReply(thread: { channel: string; ts: string }, text: string, options: { user?: string; ts: string; eventId: string }): Json {
  const body = fixture('event-thread-reply');
  Object.assign(body.event, { channel: thread.channel, thread_ts: thread.ts, text, user: options.user ?? 'U0AGENT1', ts: options.ts, event_ts: options.ts });
  body.event_id = options.eventId;
  return body;
}

/** A button press on a thread header, built from the recorded shape. */
export function buttonPress(name: 'action-take-over' | 'action-hand-back' | 'action-resolve', conversationId: string, actionTs: string, user = 'U0AGENT1'): Json {
  const body = fixture(name);
  body.actions[0].value = conversationId;
  body.actions[0].action_ts = actionTs;
  body.user.id = user;
  return body;
}

/**
 * The whole application with Slack on, against a fake Slack on loopback; non-web replies are recorded. The clock
 * starts at `startAt` and runs on in real time; `advance` moves it forward.
 */
export class SlackTestBed {
  private offset = 0;

  private constructor(
    readonly slack: FakeSlack,
    readonly harness: ConversationHarness,
  ) {}

  static async start(options: { startAt?: number; environment?: Record<string, string> } & Omit<HarnessOptions, 'environment' | 'clock'> = {}): Promise<SlackTestBed> {
    const slack = await FakeSlack.start();
    const started = { at: options.startAt ?? US_WEDNESDAY_MORNING, real: Date.now() };
    let bed: SlackTestBed | null = null;
    const { startAt: _startAt, environment, ...rest } = options;
    const harness = await ConversationHarness.start({
      ...rest,
      clock: () => started.at + (Date.now() - started.real) + (bed?.offset ?? 0),
      environment: {
        SLACK_BOT_TOKEN: slack.botToken,
        SLACK_SIGNING_SECRET: SIGNING_SECRET,
        SLACK_API_URL: slack.url,
        PUBLIC_URL: 'https://support.example.test',
        ...environment,
      },
    });
    bed = new SlackTestBed(slack, harness);
    return bed;
  }

  now(): number {
    return this.harness.app.context.clock();
  }

  /** Moves the clock forward: delayed jobs and retries come due at the workers' next poll (20 ms in tests). */
  advance(ms: number): void {
    this.offset += ms;
  }

  inject(options: InjectOptions) {
    return this.harness.app.server.inject(options);
  }

  /** The thread header of a conversation, once it is posted. */
  async thread(conversationId: string): Promise<{ channel: string; ts: string }> {
    const threads = this.harness.app.context.store.collection<{ id: string; channelId: string | null; ts: string | null }>('handoff_threads');
    const deadline = Date.now() + 5000;
    for (;;) {
      const thread = await threads.get(conversationId);
      if (thread?.channelId && thread.ts) return { channel: thread.channelId, ts: thread.ts };
      if (Date.now() > deadline) throw new Error(`No Slack thread for ${conversationId}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Waits until no job is pending or running (bounded). */
  async settle(timeoutMs = 5000): Promise<void> {
    const jobs = this.harness.app.context.jobs;
    const deadline = Date.now() + timeoutMs;
    while ((await jobs.list({ status: 'pending' })).some((job) => job.runAt <= this.now()) || (await jobs.list({ status: 'running' })).length > 0) {
      if (Date.now() > deadline) throw new Error('Jobs did not settle in time');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    await this.harness.stop();
    await this.slack.stop();
  }
}
