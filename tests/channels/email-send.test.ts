import net from 'node:net';
import { simpleParser, type AddressObject } from 'mailparser';
import { EmailSender, outcomeOfError } from '../../channels/email/sender';
import { replySubject } from '../../channels/email/threading';
import type { OutboundMessage } from '../../src/conversation/model';
import { FakeSmtpServer } from '../support/fake-smtp-server';
import { sampleOutbound } from '../support/sample-outbound';

const OWN = 'support@shop.example';

function reply(overrides: Partial<OutboundMessage> = {}): OutboundMessage {
  return sampleOutbound({
    id: 'out_01J0A1B2C3',
    conversationId: 'conv_1',
    channel: 'email',
    idempotencyKey: 'in_1:0',
    text: 'Hi Emma,\n\nYour refund of 89.00 <EUR> was issued today.\nIt shows up in 5 days.',
    author: { kind: 'bot' },
    reference: {
      channel: 'email',
      customerAddress: 'emma.clarke@example.co.uk',
      businessAddress: OWN,
      extra: { subject: 'Where is my refund?', messageId: 'second@mail.gmail.com', references: 'first@mail.gmail.com out_01J0A0@shop.example second@mail.gmail.com' },
    },
    inReplyTo: 'in_1',
    ...overrides,
  });
}

describe('email replies through nodemailer to a real SMTP server on loopback', () => {
  let provider: FakeSmtpServer;
  let sender: EmailSender;
  beforeAll(async () => {
    provider = await FakeSmtpServer.start();
    sender = new EmailSender(provider.url, { from: `Support <${OWN}>`, address: OWN });
  });
  afterAll(async () => {
    sender.close();
    await provider.stop();
  });
  beforeEach(() => provider.received.splice(0));

  test('a reply is threaded under the customer message, from EMAIL_FROM, with text and HTML parts', async () => {
    const outcome = await sender.send(reply());
    expect(outcome).toEqual({ ok: true, status: 'sent', providerMessageId: 'out_01J0A1B2C3@shop.example' });
    const [received] = await provider.waitFor(1);
    expect(received!.envelope).toEqual({ from: OWN, to: ['emma.clarke@example.co.uk'] });
    const mail = await simpleParser(received!.raw);
    expect((mail.from as AddressObject).value[0]).toMatchObject({ address: OWN, name: 'Support' });
    expect((mail.to as AddressObject).value[0]?.address).toBe('emma.clarke@example.co.uk');
    expect(mail.subject).toBe('Re: Where is my refund?');
    expect(mail.messageId).toBe('<out_01J0A1B2C3@shop.example>');
    expect(mail.inReplyTo).toBe('<second@mail.gmail.com>');
    expect(mail.references).toEqual(['<first@mail.gmail.com>', '<out_01J0A0@shop.example>', '<second@mail.gmail.com>']);
    expect(mail.headers.get('auto-submitted')).toBe('auto-replied');
    expect(mail.text?.trim()).toBe('Hi Emma,\n\nYour refund of 89.00 <EUR> was issued today.\nIt shows up in 5 days.');
    expect(mail.html).toContain('<p dir="auto" style="margin:0 0 1em 0">Hi Emma,</p>');
    expect(mail.html).toContain('Your refund of 89.00 &lt;EUR&gt; was issued today.<br>\nIt shows up in 5 days.');
  });

  test('a person replying from Slack is not marked as an automatic reply', async () => {
    await sender.send(reply({ id: 'out_agent', author: { kind: 'agent', id: 'U1', name: 'Maja' } }));
    const mail = await simpleParser((await provider.waitFor(1))[0]!.raw);
    expect(mail.headers.has('auto-submitted')).toBe(false);
  });

  test('a retried send uses the same Message-ID, so the customer sees one message', async () => {
    await sender.send(reply());
    await sender.send(reply());
    const ids = await Promise.all((await provider.waitFor(2)).map(async (received) => (await simpleParser(received.raw)).messageId));
    expect(ids).toEqual(['<out_01J0A1B2C3@shop.example>', '<out_01J0A1B2C3@shop.example>']);
  });

  test('emoji and right-to-left text survive the trip', async () => {
    await sender.send(reply({ id: 'out_rtl', text: 'مرحبا 📦 שלום' }));
    const mail = await simpleParser((await provider.waitFor(1))[0]!.raw);
    expect(mail.text?.trim()).toBe('مرحبا 📦 שלום');
    expect(mail.html).toContain('مرحبا 📦 שלום');
  });

  test('a 4xx from the provider is retryable, a 5xx is final', async () => {
    provider.failNext('rcpt', 452);
    expect(await sender.send(reply())).toEqual({ ok: false, retryable: true, error: 'smtp_452' });
    provider.failNext('rcpt', 550);
    expect(await sender.send(reply())).toEqual({ ok: false, retryable: false, error: 'smtp_550' });
    provider.failNext('data', 554);
    expect(await sender.send(reply())).toEqual({ ok: false, retryable: false, error: 'smtp_554' });
    expect(await sender.send(reply())).toMatchObject({ ok: true });
  });

  test('an unreachable server is retryable; a bad address or our own address is final', async () => {
    const closedPort = await new Promise<number>((resolve) => {
      const server = net.createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as net.AddressInfo;
        server.close(() => resolve(port));
      });
    });
    const unreachable = new EmailSender(`smtp://127.0.0.1:${closedPort}`, { from: OWN, address: OWN });
    expect(await unreachable.send(reply())).toMatchObject({ ok: false, retryable: true, error: 'smtp_esocket' });
    unreachable.close();
    const bad = reply();
    expect(await sender.send({ ...bad, reference: { ...bad.reference, customerAddress: 'not an address' } })).toEqual({ ok: false, retryable: false, error: 'invalid_recipient' });
    expect(await sender.send({ ...bad, reference: { ...bad.reference, customerAddress: OWN } })).toEqual({ ok: false, retryable: false, error: 'own_address' });
  });
});

describe('reply subjects and error classification', () => {
  test.each([
    ['Where is my refund?', 'Re: Where is my refund?'],
    ['Re: Where is my refund?', 'Re: Where is my refund?'],
    ['RE: Re: AW: Erstattung', 'Re: Erstattung'],
    ['SV: Faktura', 'Re: Faktura'],
    ['Odp: Faktura', 'Re: Faktura'],
    ['Re[2]: Faktura', 'Re: Faktura'],
    ['Fwd: Order confirmation', 'Re: Fwd: Order confirmation'],
    ['', 'Re:'],
  ])('%j -> %j', (subject, expected) => {
    expect(replySubject(subject)).toBe(expected);
  });

  test('credentials and configuration errors are final; unknown failures are retried', () => {
    expect(outcomeOfError(Object.assign(new Error('x'), { code: 'EAUTH', responseCode: 535 }))).toEqual({ ok: false, retryable: false, error: 'smtp_535' });
    expect(outcomeOfError(Object.assign(new Error('x'), { code: 'ECONFIG' }))).toEqual({ ok: false, retryable: false, error: 'smtp_econfig' });
    expect(outcomeOfError(Object.assign(new Error('x'), { code: 'ETIMEDOUT' }))).toEqual({ ok: false, retryable: true, error: 'smtp_etimedout' });
    expect(outcomeOfError(new Error('x'))).toEqual({ ok: false, retryable: true, error: 'smtp_error' });
  });
});
