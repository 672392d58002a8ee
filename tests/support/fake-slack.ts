import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A fake Slack Web API on 127.0.0.1 for the real `@slack/web-api` client: auth.test (Bolt asks it), chat.postMessage
 * (with message metadata), chat.update, chat.postEphemeral, conversations.replies and users.info, answering like Slack (`{ok, ...}` with HTTP 200, a platform error as
 * `ok: false`). `failNext` makes the next calls answer 429 with Retry-After or 500, as a rate limit or an outage.
 *
 * Not emulated: pagination, scopes per method, channel membership (any `#name` or `C…` id is a channel), message
 * formatting, files.
 */
export interface PostedMessage {
  channel: string;
  ts: string;
  text: string;
  threadTs?: string;
  blocks?: unknown[];
  replyBroadcast?: boolean;
  /** Message metadata (`{event_type, event_payload}`), returned by conversations.replies with include_all_metadata. */
  metadata?: { event_type: string; event_payload: Record<string, unknown> };
  /** How often chat.update changed it. */
  updates: number;
}

export interface FakeSlackCall {
  method: string;
  params: Record<string, unknown>;
  status: number;
}

/** `applied`: the call takes effect and only its answer fails, as when Slack is slow and the client gives up. */
type Failure = { method?: string; status: 429; retryAfterSeconds: number } | { method?: string; status: 500; applied?: boolean };

export class FakeSlack {
  readonly messages: PostedMessage[] = [];
  readonly ephemerals: { channel: string; user: string; text: string; threadTs?: string }[] = [];
  readonly calls: FakeSlackCall[] = [];
  readonly users = new Map<string, { name: string; realName: string; displayName: string }>();
  readonly botToken: string;
  private readonly failures: Failure[] = [];
  private tsCounter = 0;

  private constructor(
    private readonly server: http.Server,
    botToken: string,
  ) {
    this.botToken = botToken;
  }

  static async start(botToken = 'xoxb-test-token'): Promise<FakeSlack> {
    let fake: FakeSlack | null = null;
    const server = http.createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => fake!.answer(request, Buffer.concat(chunks).toString('utf8'), response));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake = new FakeSlack(server, botToken);
    fake.users.set('U0AGENT1', { name: 'alice', realName: 'Alice Andersson', displayName: 'Alice' });
    fake.users.set('U0AGENT2', { name: 'bob', realName: 'Bob Berg', displayName: '' });
    return fake;
  }

  /** The base URL to give as SLACK_API_URL. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api`;
  }

  /** The next `count` calls (of `method`, or any) fail this way before Slack answers normally again. */
  failNext(failure: Failure, count = 1): void {
    for (let index = 0; index < count; index += 1) this.failures.push(failure);
  }

  /** Top-level messages of a channel (thread headers). */
  headers(channel?: string): PostedMessage[] {
    return this.messages.filter((message) => !message.threadTs && (!channel || message.channel === channel));
  }

  replies(threadTs: string): PostedMessage[] {
    return this.messages.filter((message) => message.threadTs === threadTs);
  }

  callsOf(method: string): FakeSlackCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** Polls until the check passes; bounded in time. */
  async waitFor<T>(check: () => T | undefined | null | false, timeoutMs = 5000, what = 'a Slack call'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const value = check();
      if (value) return value;
      if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private answer(request: http.IncomingMessage, body: string, response: http.ServerResponse): void {
    const method = (request.url ?? '').replace(/^\/api\//, '').split('?')[0] ?? '';
    const params = parseParams(String(request.headers['content-type'] ?? ''), body);
    const failureIndex = this.failures.findIndex((failure) => !failure.method || failure.method === method);
    if (failureIndex >= 0) {
      const [failure] = this.failures.splice(failureIndex, 1);
      this.calls.push({ method, params, status: failure!.status });
      if (failure!.status === 500 && failure!.applied && request.headers.authorization === `Bearer ${this.botToken}`) this.call(method, params);
      if (failure!.status === 429) {
        response.writeHead(429, { 'content-type': 'application/json', 'retry-after': String(failure!.retryAfterSeconds) });
        response.end(JSON.stringify({ ok: false, error: 'ratelimited' }));
      } else {
        response.writeHead(500, { 'content-type': 'text/plain' });
        response.end('internal error');
      }
      return;
    }
    this.calls.push({ method, params, status: 200 });
    const json = (value: Record<string, unknown>) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(JSON.stringify(value));
    };
    if (request.headers.authorization !== `Bearer ${this.botToken}`) return json({ ok: false, error: 'invalid_auth' });
    json(this.call(method, params));
  }

  private call(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, url: 'https://fake.slack.test/', team: 'Fake', user: 'supportbot', team_id: 'T0FAKE', user_id: 'U0BOT', bot_id: 'B0BOT' };
      case 'users.info': {
        const user = this.users.get(String(params.user));
        if (!user) return { ok: false, error: 'user_not_found' };
        return { ok: true, user: { id: params.user, name: user.name, real_name: user.realName, profile: { display_name: user.displayName, real_name: user.realName } } };
      }
      case 'chat.postMessage': {
        const channel = channelId(params.channel);
        if (!channel) return { ok: false, error: 'channel_not_found' };
        const threadTs = params.thread_ts ? String(params.thread_ts) : undefined;
        if (threadTs && !this.messages.some((message) => message.channel === channel && message.ts === threadTs)) return { ok: false, error: 'thread_not_found' };
        const message: PostedMessage = {
          channel,
          ts: this.nextTs(),
          text: String(params.text ?? ''),
          threadTs,
          blocks: parseJson(params.blocks),
          replyBroadcast: params.reply_broadcast === 'true' || params.reply_broadcast === true,
          metadata: parseObject(params.metadata) as PostedMessage['metadata'],
          updates: 0,
        };
        this.messages.push(message);
        return { ok: true, channel, ts: message.ts, message: { type: 'message', text: message.text, ts: message.ts, bot_id: 'B0BOT' } };
      }
      case 'chat.update': {
        const message = this.messages.find((candidate) => candidate.channel === params.channel && candidate.ts === params.ts);
        if (!message) return { ok: false, error: 'message_not_found' };
        message.text = String(params.text ?? message.text);
        message.blocks = parseJson(params.blocks) ?? message.blocks;
        message.updates += 1;
        return { ok: true, channel: message.channel, ts: message.ts, text: message.text };
      }
      case 'conversations.replies': {
        const parent = this.messages.find((message) => message.channel === params.channel && message.ts === params.ts);
        if (!parent) return { ok: false, error: 'thread_not_found' };
        const oldest = Number(params.oldest ?? 0);
        const withMetadata = params.include_all_metadata === 'true' || params.include_all_metadata === true;
        const thread = [parent, ...this.messages.filter((message) => message.channel === parent.channel && message.threadTs === parent.ts)];
        return {
          ok: true,
          has_more: false,
          messages: thread
            .filter((message) => Number(message.ts) >= oldest)
            .map((message) => ({ type: 'message', ts: message.ts, thread_ts: parent.ts, text: message.text, bot_id: 'B0BOT', ...(withMetadata && message.metadata ? { metadata: message.metadata } : {}) })),
        };
      }
      case 'chat.postEphemeral': {
        const channel = channelId(params.channel);
        if (!channel) return { ok: false, error: 'channel_not_found' };
        this.ephemerals.push({ channel, user: String(params.user), text: String(params.text ?? ''), threadTs: params.thread_ts ? String(params.thread_ts) : undefined });
        return { ok: true, message_ts: this.nextTs() };
      }
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }

  private nextTs(): string {
    this.tsCounter += 1;
    return `${1_750_000_000 + this.tsCounter}.${String(this.tsCounter).padStart(6, '0')}`;
  }
}

/** `#support-de` -> `CSUPPORTDE`; ids pass through, as Slack accepts both. */
function channelId(value: unknown): string | null {
  const name = String(value ?? '');
  if (/^[CG][A-Z0-9]+$/.test(name)) return name;
  if (/^#[a-z0-9_-]+$/.test(name)) return `C${name.slice(1).replace(/[^a-z0-9]/g, '').toUpperCase()}`;
  return null;
}

function parseParams(contentType: string, body: string): Record<string, unknown> {
  if (contentType.startsWith('application/json')) return body ? (JSON.parse(body) as Record<string, unknown>) : {};
  return Object.fromEntries(new URLSearchParams(body));
}

function parseObject(value: unknown): Record<string, unknown> | undefined {
  if (value && typeof value === 'object') return value as Record<string, unknown>;
  if (typeof value !== 'string') return undefined;
  return JSON.parse(value) as Record<string, unknown>;
}

function parseJson(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value !== 'string') return undefined;
  return JSON.parse(value) as unknown[];
}
