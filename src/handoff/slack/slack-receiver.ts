import { verifySlackRequest, type App, type Receiver, type ReceiverEvent } from '@slack/bolt';
import type { RawRequest } from '../../../channels/types';
import { AppError } from '../../errors';
import type { Logger } from '../../observability/logger';

/** Slack gives up on a request after 3 s and retries it; we answer before that whatever the listeners still do. */
export const RESPONSE_DEADLINE_MS = 2500;
/** Slack's replay window: a request signed more than 5 minutes away from our clock is refused. */
const MAX_CLOCK_SKEW_SECONDS = 5 * 60;

export interface SlackHttpResponse {
  status: number;
  contentType: string;
  body: string;
}

/**
 * Bolt's Receiver, fed by our own HTTP server (the fastify route) instead of one Bolt would start: it verifies
 * Slack's signature over the raw bytes, parses the three body shapes (Events API JSON, interactive `payload=` forms,
 * slash-command forms), answers `url_verification`, and hands the rest to the Bolt app.
 *
 * The HTTP answer waits until the listeners finished (their effects are then in the store) or the deadline passed,
 * whichever comes first, so an acknowledged event is not lost to a crash and a slow step never makes Slack retry.
 * The receiver interface: https://github.com/slackapi/bolt-js/blob/main/src/types/receiver.ts
 */
export class FastifySlackReceiver implements Receiver {
  private app: App | null = null;

  constructor(
    private readonly options: { signingSecret: string; clock: () => number; log: Logger; deadlineMs?: number },
  ) {}

  init(app: App): void {
    this.app = app;
  }

  /** Our HTTP server owns the port: nothing to start or stop. */
  async start(): Promise<void> {}

  async stop(): Promise<void> {}

  async handle(request: RawRequest): Promise<SlackHttpResponse> {
    const app = this.app;
    if (!app) throw new AppError('not_ready', 'The Slack app is not initialised');
    const text = request.body.toString('utf8');
    const contentType = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    // Slack's certificate check carries nothing to act on and is not signed.
    if (contentType === 'application/x-www-form-urlencoded' && new URLSearchParams(text).get('ssl_check') === '1') return empty(200);

    this.verify(request, text);
    const body = parseBody(contentType, text);
    if (body.type === 'url_verification') {
      return { status: 200, contentType: 'application/json', body: JSON.stringify({ challenge: String(body.challenge ?? '') }) };
    }

    let acknowledged = false;
    let ackResponse: unknown;
    const event: ReceiverEvent = {
      body,
      retryNum: parseRetryNum(request.headers['x-slack-retry-num']),
      retryReason: request.headers['x-slack-retry-reason'],
      ack: async (response?: unknown) => {
        if (acknowledged) throw new AppError('conflict', 'ack() was called twice for one Slack request');
        acknowledged = true;
        ackResponse = response;
      },
    };
    const outcome = await settleWithin(app.processEvent(event), this.options.deadlineMs ?? RESPONSE_DEADLINE_MS);
    if (outcome.kind === 'failed') {
      // Bolt acknowledges events before the listeners run; what counts is whether the work was done. A 5xx makes
      // Slack deliver the event again, and the failed attempt released its claim on it (slack-deliveries.ts).
      this.options.log.error({ err: outcome.error }, 'a Slack request failed before it was done; answering 500 so Slack retries');
      return empty(500);
    }
    if (outcome.kind === 'late') {
      outcome.finished.catch((error: unknown) => this.options.log.error({ err: error }, 'a Slack request failed after it was answered'));
    }
    return toResponse(ackResponse);
  }

  private verify(request: RawRequest, text: string): void {
    const signature = request.headers['x-slack-signature'];
    const timestamp = Number(request.headers['x-slack-request-timestamp']);
    if (!signature || !Number.isInteger(timestamp)) throw new AppError('unauthorized', 'X-Slack-Signature and X-Slack-Request-Timestamp are required');
    const nowMilliseconds = this.options.clock();
    // Bolt refuses old timestamps only; one from the future is a replay risk too.
    if (Math.abs(nowMilliseconds / 1000 - timestamp) > MAX_CLOCK_SKEW_SECONDS) throw new AppError('unauthorized', 'The request timestamp is too far from now');
    try {
      verifySlackRequest({
        signingSecret: this.options.signingSecret,
        body: text,
        headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp },
        nowMilliseconds,
      });
    } catch (error) {
      throw new AppError('unauthorized', 'The Slack signature does not match', { cause: error });
    }
  }
}

type Settled = { kind: 'done' } | { kind: 'failed'; error: unknown } | { kind: 'late'; finished: Promise<void> };

function settleWithin(work: Promise<void>, deadlineMs: number): Promise<Settled> {
  return new Promise<Settled>((resolve) => {
    const timer = setTimeout(() => resolve({ kind: 'late', finished: work }), deadlineMs);
    work.then(
      () => {
        clearTimeout(timer);
        resolve({ kind: 'done' });
      },
      (error: unknown) => {
        clearTimeout(timer);
        resolve({ kind: 'failed', error });
      },
    );
  });
}

function parseBody(contentType: string, text: string): Record<string, unknown> {
  try {
    if (contentType === 'application/json') return asObject(JSON.parse(text));
    if (contentType === 'application/x-www-form-urlencoded') {
      const form = new URLSearchParams(text);
      const payload = form.get('payload');
      // Interactive actions put JSON in `payload=`; slash commands are plain form fields.
      return payload !== null ? asObject(JSON.parse(payload)) : Object.fromEntries(form);
    }
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('invalid_json', 'The Slack request body is not valid JSON', { cause: error });
  }
  throw new AppError('unsupported_media_type', 'Slack requests are application/json or application/x-www-form-urlencoded');
}

function asObject(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new AppError('invalid_request', 'The Slack request body must be an object');
  return value as Record<string, unknown>;
}

function parseRetryNum(header: string | undefined): number | undefined {
  const value = header === undefined ? Number.NaN : Number.parseInt(header, 10);
  return Number.isNaN(value) ? undefined : value;
}

function toResponse(response: unknown): SlackHttpResponse {
  if (response === undefined || response === null || response === '') return empty(200);
  if (typeof response === 'string') return { status: 200, contentType: 'text/plain; charset=utf-8', body: response };
  return { status: 200, contentType: 'application/json', body: JSON.stringify(response) };
}

function empty(status: number): SlackHttpResponse {
  return { status, contentType: 'text/plain; charset=utf-8', body: '' };
}
