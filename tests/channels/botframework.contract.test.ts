import path from 'node:path';
import { BotFrameworkAdapter } from '../../channels/botframework/adapter';
import { peekString, readJson } from '../../channels/botframework/activity';
import type { ChannelAdapter } from '../../channels/types';
import type { OutboundMessage } from '../../src/conversation/model';
import { createLogger } from '../../src/observability/logger';
import { channelContract, loadFixtures } from '../contracts/channel.contract';
import { FakeBotConnector } from '../support/fake-bot-connector';
import { sampleOutbound } from '../support/sample-outbound';

/**
 * The channel contract in authenticated mode (an app id is configured): the real SDK validates tokens signed by the
 * fake Bot Connector against its published keys, and replies go through CloudAdapter to the fake's service URL.
 */
const APP_ID = '5f0c2a8e-31d7-4b6e-9a44-0c7e1b2d9f10';

let fake: FakeBotConnector;
let real: BotFrameworkAdapter;

beforeAll(async () => {
  fake = await FakeBotConnector.start();
  real = new BotFrameworkAdapter(
    { credentials: { appId: APP_ID, appPassword: 'unused-in-these-tests', appType: 'MultiTenant' }, endpoints: fake.endpoints },
    createLogger('silent'),
  );
  // The SDK prints rejected tokens with console.error; the assertions are on the 401s.
  jest.spyOn(console, 'error').mockImplementation(() => undefined);
});

afterAll(async () => {
  jest.restoreAllMocks();
  await fake.stop();
});

// The contract builds its adapter while tests are collected, before the fake listens: delegate once it does.
const deferred: ChannelAdapter = {
  name: 'botframework',
  channels: ['botframework'],
  webhooks: [{ path: '/api/messages' }],
  verify: (request) => real.verify(request),
  parse: (request) => real.parse(request),
  send: (message) => local.send(message),
};

// Sending with an app id needs a token from Entra ID (MSAL, https only), which has no fake here: the send checks run
// on a local-mode adapter, the same CloudAdapter path without a token (see docs/botframework.md, "Not covered").
let local: BotFrameworkAdapter;
beforeAll(() => {
  local = new BotFrameworkAdapter({ credentials: { appType: 'MultiTenant' } }, createLogger('silent'));
});

channelContract({
  adapter: () => deferred,
  fixtures: loadFixtures(path.join(__dirname, '..', 'fixtures', 'botframework')),
  sign(request, mode) {
    if (mode === 'none') return request;
    const serviceUrl = peekString(readJson(request.body), 'serviceUrl');
    const token = fake.signToken({
      audience: APP_ID,
      serviceUrl,
      expiresIn: mode === 'expired' ? -600 : 3600,
      signer: mode === 'wrong' ? 'untrusted' : 'trusted',
    });
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
  },
  outbound: (): OutboundMessage => sampleOutbound({
    id: 'out_1',
    conversationId: 'conv_1',
    channel: 'botframework',
    idempotencyKey: 'k',
    text: 'Your next payment is due on 1 April.',
    author: { kind: 'bot' },
    reference: {
      channel: 'botframework',
      customerAddress: 'dl-conversation-1',
      businessAddress: 'payflex-support-bot',
      extra: { serviceUrl: fake.url, channelId: 'directline', botId: 'payflex-support-bot', userId: 'dl_user_1', activityId: 'dl-conversation-1|0000001' },
    },
  }),
  async prepareSend(scenario) {
    if (scenario === 'ok') fake.succeed();
    // Retry-After: 0 lets the SDK's own three retries run at once instead of backing off for seconds.
    else if (scenario === 'transient') fake.failWith(503, 0);
    else fake.failWith(403);
    return true;
  },
});
