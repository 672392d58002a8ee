import path from 'node:path';
import pino from 'pino';
import { EmailAdapter } from '../../channels/email/adapter';
import { EmailSender } from '../../channels/email/sender';
import type { OutboundMessage } from '../../src/conversation/model';
import { channelContract, loadFixtures } from '../contracts/channel.contract';
import { FakeSmtpServer } from '../support/fake-smtp-server';
import { sampleOutbound } from '../support/sample-outbound';

const TOKEN = 'email-webhook-contract-token';
const OWN_ADDRESS = 'support@shop.example';

/** The provider is a real SMTP server on loopback; the adapter's nodemailer transport talks to it. */
let provider: FakeSmtpServer;
let adapter: EmailAdapter;

beforeAll(async () => {
  provider = await FakeSmtpServer.start();
  adapter = new EmailAdapter({
    ownAddress: OWN_ADDRESS,
    webhookToken: TOKEN,
    sender: new EmailSender(provider.url, { from: `Support <${OWN_ADDRESS}>`, address: OWN_ADDRESS }),
    log: pino({ level: 'silent' }),
  });
});

afterAll(async () => {
  await adapter.stop();
  await provider.stop();
});

channelContract({
  // The suite asks for the adapter when it is defined; the transport behind it is ready before any test runs.
  adapter: () => ({
    name: 'email',
    channels: ['email'],
    verify: (request) => adapter.verify(request),
    parse: (request) => adapter.parse(request),
    send: (message) => adapter.send(message),
  }),
  fixtures: loadFixtures(path.join(__dirname, '..', 'fixtures', 'email')),
  sign(request, mode) {
    if (mode === 'none') return request;
    const token = mode === 'valid' ? TOKEN : 'not-the-webhook-token';
    return { ...request, headers: { ...request.headers, authorization: `Bearer ${token}` } };
  },
  outbound: (): OutboundMessage => sampleOutbound({
    id: 'out_contract_1',
    conversationId: 'conv_1',
    channel: 'email',
    idempotencyKey: 'k',
    text: 'Your refund was issued today.',
    author: { kind: 'bot' },
    reference: {
      channel: 'email',
      customerAddress: 'emma.clarke@example.co.uk',
      businessAddress: OWN_ADDRESS,
      extra: { subject: 'Where is my refund?', messageId: 'CAF7pK2nR8e4@mail.gmail.com', references: 'CAF7pK2nR8e4@mail.gmail.com' },
    },
  }),
  async prepareSend(scenario) {
    if (scenario === 'transient') provider.failNext('rcpt', 451);
    if (scenario === 'permanent') provider.failNext('data', 550);
    return true;
  },
});
