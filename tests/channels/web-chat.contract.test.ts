import path from 'node:path';
import { WebchatAdapter } from '../../channels/web-chat/adapter';
import { WebchatHub } from '../../channels/web-chat/hub';
import { signSessionToken } from '../../channels/web-chat/tokens';
import type { OutboundMessage } from '../../src/conversation/model';
import { channelContract, loadFixtures } from '../contracts/channel.contract';
import { sampleOutbound } from '../support/sample-outbound';

const SECRET = 'web-chat-contract-secret';
const hub = new WebchatHub();

channelContract({
  adapter: () => new WebchatAdapter(SECRET, hub),
  fixtures: loadFixtures(path.join(__dirname, '..', 'fixtures', 'web-chat')),
  sign(request, mode) {
    if (mode === 'none') return request;
    const now = request.receivedAt;
    const claims = { sid: 'ws_fixture', mkt: 'GB', loc: 'en-GB', iat: now - 1000, exp: mode === 'expired' ? now - 1 : now + 60_000 };
    const token = signSessionToken(claims, mode === 'wrong' ? 'another-secret' : SECRET);
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
  },
  outbound: (): OutboundMessage => sampleOutbound({
    id: 'out_1',
    conversationId: 'conv_1',
    channel: 'webchat',
    idempotencyKey: 'k',
    text: 'Your order ships tomorrow.',
    author: { kind: 'bot' },
    reference: { channel: 'webchat', customerAddress: 'ws_fixture', businessAddress: 'webchat' },
  }),
  // Web chat has no provider that can fail: replies are stored (the transcript) and pushed to open sockets.
  prepareSend: async (scenario) => scenario === 'ok',
});
