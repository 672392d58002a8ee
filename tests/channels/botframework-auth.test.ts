import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { Writable } from 'node:stream';
import { isDisabled } from '../../channels/index';
import { createBotFrameworkChannel } from '../../channels/botframework/factory';
import type { BotFrameworkEndpoints } from '../../channels/botframework/sdk';
import { createLogger } from '../../src/observability/logger';
import { plan } from '../../src/resolver/resolver';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { startTestApp } from '../support/test-app';

/**
 * Authenticated mode (MICROSOFT_APP_ID set): the real SDK validates every request's token against the OpenID keys
 * the fake Bot Connector publishes. Replies would need a token from Entra ID (MSAL speaks https only and has no fake
 * here), so this app's resolver answers nothing: these tests are about who gets in.
 */
const APP_ID = '5f0c2a8e-31d7-4b6e-9a44-0c7e1b2d9f10';
const FIXTURES = path.join(__dirname, '..', 'fixtures', 'botframework');

type TestApp = Awaited<ReturnType<typeof startTestApp>>;
type Activity = Record<string, unknown> & { id: string; channelId: string; serviceUrl: string; conversation: { id: string } };

let fake: FakeBotConnector;
const logLines: string[] = [];

async function appWith(endpoints: () => BotFrameworkEndpoints, authenticateTimeoutMs?: number): Promise<TestApp> {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString('utf8'));
      done();
    },
  });
  return startTestApp({
    environment: { MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: 'client-secret-not-used-here' },
    log: createLogger('info', sink),
    resolver: () => ({ resolve: async () => plan({ replies: [] }) }),
    channels: (parts) => {
      const built = createBotFrameworkChannel(parts, { endpoints: endpoints(), authenticateTimeoutMs });
      return isDisabled(built) ? { adapters: [], disabled: [built] } : { adapters: [built], disabled: [] };
    },
  });
}

function activity(fixture: string, conversationId: string): Activity {
  const recorded = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${fixture}.json`), 'utf8')) as { request: { body: string } };
  const parsed = JSON.parse(recorded.request.body) as Activity;
  return { ...parsed, conversation: { ...parsed.conversation, id: conversationId }, id: `${conversationId}|1` };
}

function post(app: TestApp, body: Activity, authorization?: string) {
  return app.server.inject({
    method: 'POST',
    url: '/api/messages',
    headers: { 'content-type': 'application/json; charset=utf-8', ...(authorization ? { authorization } : {}) },
    payload: JSON.stringify(body),
  });
}

beforeAll(async () => {
  fake = await FakeBotConnector.start();
  // The SDK prints every rejected token with console.error; the assertions are on the responses.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(async () => {
  jest.restoreAllMocks();
  await fake.stop();
});

describe('Bot Framework with an app id', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await appWith(() => fake.endpoints);
  });
  afterAll(async () => {
    await app.dispose();
  });

  test('a Teams message with a valid token is accepted, and its Entra ID user is a verified identity', async () => {
    const body = activity('teams-personal-message', 'a:auth-teams-1');
    const token = fake.signToken({ audience: APP_ID, serviceUrl: body.serviceUrl });
    const response = await post(app, body, `Bearer ${token}`);
    expect(response.statusCode).toBe(200);
    const conversation = await app.context.conversations.findLatest('botframework', 'botframework:msteams:a:auth-teams-1');
    expect(conversation?.identity).toEqual({ kind: 'botframework', value: 'aad:6f1c2b3a-4d5e-4f60-8a7b-9c0d1e2f3a4b', verified: true });
    expect(logLines.join('')).not.toContain(token);
    expect(logLines.join('')).toMatch(/Bot Framework channel on: requests must carry a Bot Connector token/);
  });

  test('a Direct Line user is accepted but stays unverified', async () => {
    const body = activity('directline-message', 'auth-dl-1');
    const response = await post(app, body, `Bearer ${fake.signToken({ audience: APP_ID, serviceUrl: body.serviceUrl })}`);
    expect(response.statusCode).toBe(200);
    const conversation = await app.context.conversations.findLatest('botframework', 'botframework:directline:auth-dl-1');
    expect(conversation?.identity.verified).toBe(false);
  });

  test.each([
    ['no Authorization header', () => undefined],
    ['another scheme', () => `Basic ${Buffer.from(`${APP_ID}:secret`).toString('base64')}`],
    ['a token that is not a JWT', () => 'Bearer not-a-token'],
    ['a token signed by a key the connector does not publish', (body: Activity) => `Bearer ${fake.signToken({ audience: APP_ID, serviceUrl: body.serviceUrl, signer: 'untrusted' })}`],
    ['a token for another bot', (body: Activity) => `Bearer ${fake.signToken({ audience: 'another-app-id', serviceUrl: body.serviceUrl })}`],
    ['a token expired ten minutes ago', (body: Activity) => `Bearer ${fake.signToken({ audience: APP_ID, serviceUrl: body.serviceUrl, expiresIn: -600 })}`],
    ['a token issued for another service URL', () => `Bearer ${fake.signToken({ audience: APP_ID, serviceUrl: 'https://smba.trafficmanager.net/amer/' })}`],
  ])('%s is refused with 401', async (_name, authorization) => {
    const body = activity('directline-message', 'auth-refused');
    const response = await post(app, body, authorization(body));
    expect(response.statusCode).toBe(401);
    expect(response.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
  });

  test('a channel the signing key does not endorse is refused', async () => {
    const body = { ...activity('directline-message', 'auth-endorse'), channelId: 'telegram' };
    const response = await post(app, body, `Bearer ${fake.signToken({ audience: APP_ID, serviceUrl: body.serviceUrl })}`);
    expect(response.statusCode).toBe(401);
  });

  test('the SDK allows five minutes of clock skew: a token expired a minute ago still passes', async () => {
    const body = activity('directline-message', 'auth-skew');
    const response = await post(app, body, `Bearer ${fake.signToken({ audience: APP_ID, serviceUrl: body.serviceUrl, expiresIn: -60 })}`);
    expect(response.statusCode).toBe(200);
  });

  test('a refused request leaves nothing in the inbox', async () => {
    const body = activity('directline-message', 'auth-nothing-stored');
    await post(app, body, `Bearer ${fake.signToken({ audience: 'another-app-id', serviceUrl: body.serviceUrl })}`);
    expect(await app.context.conversations.findLatest('botframework', 'botframework:directline:auth-nothing-stored')).toBeNull();
  });
});

describe('Bot Framework when the signing keys cannot be loaded', () => {
  let refusing: TestApp;
  let hanging: TestApp;
  let silentServer: net.Server;
  const held: net.Socket[] = [];

  beforeAll(async () => {
    // A port nothing listens on (connection refused), and a server that accepts and never answers.
    refusing = await appWith(() => ({ ...fake.endpoints, channelOpenIdMetadataUrl: 'http://127.0.0.1:9/.well-known/openidconfiguration' }));
    silentServer = net.createServer((socket) => held.push(socket));
    await new Promise<void>((resolve) => silentServer.listen(0, '127.0.0.1', resolve));
    const silentUrl = `http://127.0.0.1:${(silentServer.address() as net.AddressInfo).port}/.well-known/openidconfiguration`;
    hanging = await appWith(() => ({ ...fake.endpoints, channelOpenIdMetadataUrl: silentUrl }), 300);
  });
  afterAll(async () => {
    await refusing.dispose();
    await hanging.dispose();
    for (const socket of held) socket.destroy();
    await new Promise((resolve) => silentServer.close(resolve));
  });

  test.each([
    ['refused', () => refusing],
    ['hanging', () => hanging],
  ])('%s: requests get a 500 that blames our side, not a 401, and the process keeps serving', async (_name, app) => {
    const body = activity('directline-message', 'auth-keys-down');
    const started = Date.now();
    const response = await post(app(), body, `Bearer ${fake.signToken({ audience: APP_ID, serviceUrl: body.serviceUrl })}`);
    expect(response.statusCode).toBe(500);
    expect(response.json()).toEqual({ error: { code: 'internal', message: expect.any(String) } });
    expect(Date.now() - started).toBeLessThan(3000);
    expect((await app().server.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(200);
  });
});
