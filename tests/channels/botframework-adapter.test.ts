import { BotFrameworkAdapter } from '../../channels/botframework/adapter';
import { createBotFrameworkChannel } from '../../channels/botframework/factory';
import { sendFailure } from '../../channels/botframework/send-errors';
import { isLoopbackUrl } from '../../channels/botframework/service-url';
import type { ChannelFactoryParts } from '../../channels/index';
import { ConfigError, loadConfig } from '../../src/config';
import type { OutboundMessage } from '../../src/conversation/model';
import { createLogger } from '../../src/observability/logger';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { startTestApp } from '../support/test-app';
import { sampleOutbound } from '../support/sample-outbound';

function partsWith(environment: Record<string, string>): ChannelFactoryParts {
  return {
    config: loadConfig({ DATA_DIR: '/tmp/unused', ...environment }),
    log: createLogger('silent'),
    clock: Date.now,
    store: undefined as never,
    accept: async () => {
      throw new Error('not used');
    },
  };
}

describe('configuration', () => {
  test.each([
    [{}, 'local'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret' }, 'on'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TYPE: 'SingleTenant', MICROSOFT_APP_TENANT_ID: 'tenant' }, 'on'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_TYPE: 'UserAssignedMSI', MICROSOFT_APP_TENANT_ID: 'tenant' }, 'on'],
    [{ MICROSOFT_APP_ID: 'app' }, 'off: MICROSOFT_APP_PASSWORD is missing'],
    [{ MICROSOFT_APP_PASSWORD: 'secret' }, 'off: MICROSOFT_APP_PASSWORD is set but MICROSOFT_APP_ID is empty'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TYPE: 'SingleTenant' }, 'off: MICROSOFT_APP_TENANT_ID is required'],
    [{ MICROSOFT_APP_ID: 'app', MICROSOFT_APP_PASSWORD: 'secret', MICROSOFT_APP_TYPE: 'UserAssignedMSI', MICROSOFT_APP_TENANT_ID: 't' }, 'off: MICROSOFT_APP_PASSWORD must be empty'],
  ])('%j -> %s', (environment, expected) => {
    const built = createBotFrameworkChannel(partsWith(environment));
    if ('reason' in built) expect(`off: ${built.reason}`).toContain(expected);
    else expect((built as BotFrameworkAdapter).localMode ? 'local' : 'on').toBe(expected);
  });

  test('an unknown MICROSOFT_APP_TYPE stops start-up naming the variable', () => {
    expect(() => loadConfig({ MICROSOFT_APP_TYPE: 'Personal' })).toThrow(ConfigError);
    expect(() => loadConfig({ MICROSOFT_APP_TYPE: 'Personal' })).toThrow(/MICROSOFT_APP_TYPE/);
  });

  test('/readyz shows the channel off with its reason when the app id has no password', async () => {
    const app = await startTestApp({ environment: { MICROSOFT_APP_ID: 'app-without-secret' } });
    try {
      const response = await app.server.inject({ method: 'GET', url: '/readyz' });
      expect(response.json().channels.botframework).toMatch(/^off: MICROSOFT_APP_PASSWORD is missing/);
      const refused = await app.server.inject({ method: 'POST', url: '/api/messages', payload: '{}', headers: { 'content-type': 'application/json' } });
      expect(refused.statusCode).toBe(404);
    } finally {
      await app.dispose();
    }
  });
});

describe('loopback service URLs (local mode)', () => {
  test.each([
    ['http://localhost:3978/', true],
    ['http://127.0.0.1:55123', true],
    ['https://127.5.0.1/', true],
    ['http://[::1]:3978/', true],
    ['https://europe.directline.botframework.com/', false],
    ['http://localhost.attacker.example/', false],
    ['http://169.254.169.254/latest/meta-data', false],
    ['ftp://127.0.0.1/', false],
    ['not a url', false],
  ])('%s -> %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});

describe('sending through CloudAdapter to the fake connector', () => {
  let fake: FakeBotConnector;
  const adapter = new BotFrameworkAdapter({ credentials: { appType: 'MultiTenant' } }, createLogger('silent'));

  beforeAll(async () => {
    fake = await FakeBotConnector.start();
  });
  afterAll(async () => {
    await fake.stop();
  });
  beforeEach(() => {
    fake.succeed();
    fake.attempts = 0;
  });

  function reply(extra: Record<string, string>, customerAddress = 'dl-send-1'): OutboundMessage {
    return sampleOutbound({
      id: 'out_send',
      conversationId: 'conv_send',
      channel: 'botframework',
      idempotencyKey: 'k',
      text: 'Ihre nächste Rate ist am 1. April fällig. 💶',
      author: { kind: 'agent', name: 'Mia' },
      reference: { channel: 'botframework', customerAddress, businessAddress: 'bot', extra: { serviceUrl: fake.url, channelId: 'directline', botId: 'bot', ...extra } },
    });
  }

  test('a reply without a last activity is posted to the conversation, unsigned in local mode', async () => {
    const outcome = await adapter.send(reply({ userId: 'dl_user', userName: 'Guest' }, 'dl-send-no-reply-to'));
    expect(outcome).toEqual({ ok: true, status: 'sent', providerMessageId: expect.stringMatching(/^reply-/) });
    const received = fake.received.find((entry) => entry.conversationId === 'dl-send-no-reply-to');
    expect(received).toMatchObject({ replyToId: null, authorization: undefined });
    expect(received?.activity).toMatchObject({ text: 'Ihre nächste Rate ist am 1. April fällig. 💶', recipient: { id: 'dl_user' }, from: { id: 'bot' } });
  });

  test('429 with Retry-After is retryable and keeps the wait; the SDK has retried three times first', async () => {
    fake.failWith(429, 0);
    expect(await adapter.send(reply({ activityId: 'a|1' }))).toEqual({ ok: false, retryable: true, error: 'botframework_http_429', retryAfterMs: 0 });
    expect(fake.attempts).toBe(4);
  });

  test.each([
    [403, false],
    [404, false],
    [400, false],
    [503, true],
  ])('HTTP %i -> retryable %s', async (status, retryable) => {
    // Retry-After: 0 makes the SDK's retries of a 503 immediate; without it they back off for about 5 s.
    fake.failWith(status, 0);
    expect(await adapter.send(reply({ activityId: 'a|1' }))).toMatchObject({ ok: false, retryable, error: `botframework_http_${status}` });
  });

  test('an incomplete reference, or a remote service URL in local mode, is a final failure with no request', async () => {
    expect(await adapter.send(reply({ serviceUrl: '' }))).toEqual({ ok: false, retryable: false, error: 'botframework_reference_incomplete' });
    expect(await adapter.send(reply({ serviceUrl: 'https://smba.trafficmanager.net/emea/' }))).toEqual({
      ok: false,
      retryable: false,
      error: 'botframework_service_url_not_allowed',
    });
    expect(fake.attempts).toBe(0);
  });
});

describe('classifying what the SDK throws', () => {
  test.each([
    [{ statusCode: 500 }, { retryable: true, error: 'botframework_http_500' }],
    [{ statusCode: 408 }, { retryable: true, error: 'botframework_http_408' }],
    [{ statusCode: 401 }, { retryable: false, error: 'botframework_http_401' }],
    [{ code: 'ECONNREFUSED' }, { retryable: true, error: 'botframework_network_error' }],
    [{ code: 'ENOTFOUND' }, { retryable: true, error: 'botframework_network_error' }],
    [{ errorCode: 'invalid_client' }, { retryable: true, error: 'botframework_token_error' }],
    [new Error('something else'), { retryable: true, error: 'botframework_send_error' }],
    ['a string', { retryable: true, error: 'botframework_send_error' }],
  ])('%j', (error, expected) => {
    expect(sendFailure(error)).toEqual({ ok: false, ...expected });
  });

  test('Retry-After in seconds is kept for the outbox', () => {
    const error = { statusCode: 429, response: { headers: { get: (name: string) => (name === 'retry-after' ? '7' : undefined) } } };
    expect(sendFailure(error)).toEqual({ ok: false, retryable: true, error: 'botframework_http_429', retryAfterMs: 7000 });
  });
});
