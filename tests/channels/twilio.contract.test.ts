import path from 'node:path';
import twilio from 'twilio';
import { TwilioAdapter } from '../../channels/twilio/adapter';
import { readForm } from '../../channels/twilio/form';
import { MESSAGES_PATH, STATUS_PATH } from '../../channels/twilio/parse';
import { seedMarkets } from '../../src/markets/catalog';
import { channelContract, loadFixtures } from '../contracts/channel.contract';
import { FakeTwilio } from '../support/fake-twilio';
import { outboundMessage, startSenderRig, TEST_PUBLIC_URL, type SenderRig } from '../support/twilio-sender';

const AUTH_TOKEN = 'fake-twilio-auth-token-0123456789';
const markets = new Map(seedMarkets().map((market) => [market.code, market]));

let fake: FakeTwilio;
let rig: SenderRig;
beforeAll(async () => {
  fake = await FakeTwilio.start(undefined, AUTH_TOKEN);
  rig = await startSenderRig(fake);
});
afterAll(async () => {
  await rig.close();
  await fake.stop();
});

channelContract({
  // The contract builds the adapter before the fake is listening, so sends reach the sender once it exists.
  adapter: () =>
    new TwilioAdapter({
      authToken: AUTH_TOKEN,
      publicUrl: TEST_PUBLIC_URL,
      markets: (code) => markets.get(code),
      sender: { send: (message) => rig.sender.send(message) },
    }),
  fixtures: loadFixtures(path.join(__dirname, '..', 'fixtures', 'twilio')),
  sign(request, mode) {
    if (mode === 'none') return request;
    const pathOnly = request.url.split('?')[0];
    // "expired": Twilio signs no timestamp, so the stale case is a genuine signature replayed to another of our URLs.
    const signedUrl = mode === 'expired' ? request.url.replace(pathOnly!, pathOnly === STATUS_PATH ? MESSAGES_PATH : STATUS_PATH) : request.url;
    const token = mode === 'wrong' ? 'another-auth-token' : AUTH_TOKEN;
    const signature = twilio.getExpectedTwilioSignature(token, `${TEST_PUBLIC_URL}${signedUrl}`, readForm(request.body));
    return { ...request, headers: { ...request.headers, 'x-twilio-signature': signature } };
  },
  outbound: () => outboundMessage(),
  async prepareSend(scenario) {
    fake.reset();
    if (scenario === 'transient') fake.fail({ status: 503, code: 20503, message: 'Service Unavailable' });
    if (scenario === 'permanent') fake.fail({ status: 400, code: 21211, message: "The 'To' number is not a valid phone number." });
    return true;
  },
});
