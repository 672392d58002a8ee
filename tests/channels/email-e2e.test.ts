import { simpleParser, type AddressObject, type ParsedMail } from 'mailparser';
import nodemailer, { type Transporter } from 'nodemailer';
import type { EmailAdapter } from '../../channels/email/adapter';
import type { App } from '../../src/app';
import type { InboxItem } from '../../src/conversation/model';
import { FakeSmtpServer } from '../support/fake-smtp-server';
import { startTestApp } from '../support/test-app';

const TOKEN = 'e2e-email-webhook-token';
const SUPPORT = 'support@shop.example';
const ANNA = 'anna.schmidt@example.de';
const EMMA = 'emma.clarke@example.co.uk';
const ERIK = 'erik.lindqvist@example.se';
const CRLF = '\r\n';

function customerMail(options: { from: string; messageId: string; subject: string; body: string; inReplyTo?: string; references?: string[]; headers?: string[] }): string {
  return [
    `From: Customer <${options.from}>`,
    `To: Support <${SUPPORT}>`,
    `Subject: ${options.subject}`,
    `Message-ID: <${options.messageId}>`,
    ...(options.inReplyTo ? [`In-Reply-To: <${options.inReplyTo}>`] : []),
    ...(options.references ? [`References: ${options.references.map((id) => `<${id}>`).join(' ')}`] : []),
    ...(options.headers ?? []),
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    '',
    options.body,
    '',
  ].join(CRLF);
}

/** Full loop: customer mail -> our SMTP listener or webhook -> pipeline -> outbox -> nodemailer -> the provider. */
describe('email end to end, over real SMTP on loopback', () => {
  let provider: FakeSmtpServer;
  let app: App & { dispose(): Promise<void> };
  let baseUrl: string;
  let customerClient: Transporter;

  beforeAll(async () => {
    provider = await FakeSmtpServer.start();
    app = await startTestApp({
      environment: { SMTP_URL: provider.url, EMAIL_FROM: `Support <${SUPPORT}>`, EMAIL_SMTP_PORT: '0', EMAIL_WEBHOOK_TOKEN: TOKEN },
    });
    baseUrl = await app.start();
    const adapter = app.context.channels.named('email') as EmailAdapter;
    customerClient = nodemailer.createTransport({ host: '127.0.0.1', port: adapter.smtpPort!, secure: false, ignoreTLS: true });
  });
  afterAll(async () => {
    customerClient.close();
    await app.dispose();
    await provider.stop();
  });

  const sendSmtp = (from: string, raw: string, envelopeFrom = from) => customerClient.sendMail({ envelope: { from: envelopeFrom, to: [SUPPORT] }, raw });
  const postWebhook = (raw: string, headers: Record<string, string> = { authorization: `Bearer ${TOKEN}`, 'content-type': 'message/rfc822' }) =>
    fetch(`${baseUrl}/webhooks/email`, { method: 'POST', headers, body: raw });
  const inboxItem = async (messageId: string): Promise<InboxItem | null> => app.context.store.collection<InboxItem>('inbox').findOne({ channel: 'email', providerMessageId: messageId });
  const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

  async function repliesSince(count: number, expected: number): Promise<ParsedMail[]> {
    const received = await provider.waitFor(count + expected, 8000);
    return Promise.all(received.slice(count).map((mail) => simpleParser(mail.raw)));
  }

  test('a customer mail over SMTP is answered in thread, and the reply to our reply continues the conversation', async () => {
    const before = provider.received.length;
    await sendSmtp(ANNA, customerMail({ from: ANNA, messageId: 'anna-1@example.de', subject: 'Refund question', body: 'Where is my refund for order 40021?\n\nViele Grüße\nAnna' }));
    // The AI disclosure and the answer are one plan: one mail, not two.
    const replies = await repliesSince(before, 1);
    expect(replies).toHaveLength(1);
    for (const reply of replies) {
      expect((reply.from as AddressObject).value[0]).toMatchObject({ address: SUPPORT, name: 'Support' });
      expect((reply.to as AddressObject).value[0]?.address).toBe(ANNA);
      expect(reply.subject).toBe('Re: Refund question');
      expect(reply.inReplyTo).toBe('<anna-1@example.de>');
      expect(reply.references).toBe('<anna-1@example.de>');
      expect(reply.messageId).toMatch(/^<out_[^@]+@shop\.example>$/);
      expect(reply.headers.get('auto-submitted')).toBe('auto-replied');
      expect(reply.text?.trim().length).toBeGreaterThan(0);
      expect(reply.html).toContain('<p dir="auto"');
    }
    expect(replies[0]!.text).toMatch(/refund|Erstattung/i);
    expect(replies[0]!.text).toMatch(/KI|AI/);

    const first = await inboxItem('anna-1@example.de');
    const conversation = await app.context.conversations.require(first!.conversationId!);
    expect(conversation).toMatchObject({ channel: 'email', customerId: 'cus_anna_de', subject: 'Refund question' });
    // Outbound replies are stored under the Message-ID nodemailer sent, so a reply naming it finds the conversation.
    const ourId = replies[0]!.messageId!.replace(/^<|>$/g, '');
    expect(await app.context.outbox.conversationOfProviderIds('email', [ourId])).toBe(conversation.id);

    const beforeSecond = provider.received.length;
    await sendSmtp(
      ANNA,
      customerMail({
        from: ANNA,
        messageId: 'anna-2@example.de',
        subject: 'AW: Re: Refund question',
        inReplyTo: ourId,
        references: ['anna-1@example.de', ourId],
        body: ['And when is my next payment due?', '', `Am 3. Juni 2024 um 09:12 schrieb Support <${SUPPORT}>:`, '> Refunds go back to the way you paid.'].join('\n'),
      }),
    );
    const [followUp] = await repliesSince(beforeSecond, 1);
    expect(followUp!.subject).toBe('Re: Refund question');
    expect(followUp!.inReplyTo).toBe('<anna-2@example.de>');
    expect(followUp!.references).toEqual(['<anna-1@example.de>', `<${ourId}>`, '<anna-2@example.de>']);
    const second = await inboxItem('anna-2@example.de');
    expect(second).toMatchObject({ conversationId: conversation.id, message: { text: 'And when is my next payment due?', replyTo: [ourId, 'anna-1@example.de'] } });
  });

  test("someone in Cc who answers a customer's thread gets their own conversation, never the customer's", async () => {
    const annas = await app.context.conversations.require((await inboxItem('anna-1@example.de'))!.conversationId!);
    const ourId = (await app.context.outbox.forConversation(annas.id))[0]!.providerMessageId!;
    const before = provider.received.length;
    await sendSmtp(
      ERIK,
      customerMail({
        from: ERIK,
        messageId: 'erik-cc@example.se',
        subject: 'Re: Refund question',
        inReplyTo: ourId,
        references: ['anna-1@example.de', ourId],
        body: 'And what do I still owe you?',
      }),
    );
    const replies = await repliesSince(before, 1);
    expect(replies).toHaveLength(1);
    expect((replies[0]!.to as AddressObject).value[0]?.address).toBe(ERIK);
    const eriks = await app.context.conversations.require((await inboxItem('erik-cc@example.se'))!.conversationId!);
    expect(eriks.id).not.toBe(annas.id);
    expect(eriks).toMatchObject({ customerId: 'cus_erik_se', reference: { customerAddress: ERIK } });
    // Anna's conversation still answers Anna and holds none of Erik's words.
    expect((await app.context.conversations.require(annas.id)).reference.customerAddress).toBe(ANNA);
    expect(replies.map((reply) => reply.text).join('\n')).not.toMatch(/40021/);
  });

  test('the webhook path answers the same way; a duplicate delivery is acknowledged and not answered twice', async () => {
    const raw = customerMail({ from: EMMA, messageId: 'emma-1@example.co.uk', subject: 'Payment plan', body: 'When is my next payment due?' });
    const before = provider.received.length;
    const response = await postWebhook(raw);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ accepted: 1, duplicates: 0, statusUpdates: 0 });
    const replies = await repliesSince(before, 1);
    expect(replies.every((reply) => reply.inReplyTo === '<emma-1@example.co.uk>' && reply.subject === 'Re: Payment plan')).toBe(true);

    const again = await postWebhook(raw);
    expect(await again.json()).toEqual({ accepted: 0, duplicates: 1, statusUpdates: 0 });
    await sendSmtp(EMMA, raw);
    await settle();
    expect(provider.received.length).toBe(before + 1);
    expect((await app.context.conversations.require((await inboxItem('emma-1@example.co.uk'))!.conversationId!)).customerId).toBe('cus_emma_gb');
  });

  test('a duplicate over SMTP (the sending server retried) is not answered twice', async () => {
    const raw = customerMail({ from: 'olivia.johnson@example.com', messageId: 'olivia-1@example.com', subject: 'Refund', body: 'Refund status please' });
    const before = provider.received.length;
    await sendSmtp('olivia.johnson@example.com', raw);
    await repliesSince(before, 1);
    await sendSmtp('olivia.johnson@example.com', raw);
    await settle();
    expect(provider.received.length).toBe(before + 1);
  });

  test('auto-replies and bounces are taken and never answered', async () => {
    const ourId = (await app.context.outbox.forConversation((await inboxItem('anna-1@example.de'))!.conversationId!))[0]!.providerMessageId!;
    const before = provider.received.length;
    const outOfOffice = customerMail({
      from: ANNA,
      messageId: 'anna-ooo@example.de',
      subject: 'Automatische Antwort: Re: Refund question',
      inReplyTo: ourId,
      headers: ['Auto-Submitted: auto-replied'],
      body: 'Ich bin bis zum 14. Juni nicht im Büro.',
    });
    await sendSmtp(ANNA, outOfOffice);
    const bounce = customerMail({ from: 'mailer-daemon@mx.example.de', messageId: 'bounce-1@mx.example.de', subject: 'Undelivered Mail', body: 'User unknown' });
    await sendSmtp('mailer-daemon@mx.example.de', bounce, '');
    const viaWebhook = await postWebhook(customerMail({ from: EMMA, messageId: 'emma-bulk@example.co.uk', subject: 'News', headers: ['Precedence: bulk'], body: 'Sale!' }));
    expect(await viaWebhook.json()).toEqual({ accepted: 0, duplicates: 0, statusUpdates: 0 });
    await settle();
    expect(provider.received.length).toBe(before);
    expect(await inboxItem('anna-ooo@example.de')).toBeNull();
    expect(await inboxItem('bounce-1@mx.example.de')).toBeNull();
  });

  test('the webhook takes mail with attachments up to 10 MB (beyond BODY_LIMIT_BYTES) and refuses larger with 413', async () => {
    const attachment = Buffer.alloc(1024 * 1024, 7).toString('base64').replace(/.{76}/g, `$&${CRLF}`);
    const withPhoto = [
      `From: Emma <${EMMA}>`,
      `To: ${SUPPORT}`,
      'Subject: Photo of the damaged item',
      'Message-ID: <emma-photo@example.co.uk>',
      'Content-Type: multipart/mixed; boundary=b',
      '',
      '--b',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'The jacket arrived torn, photo attached. I want to return it.',
      '--b',
      'Content-Type: image/jpeg; name=photo.jpg',
      'Content-Transfer-Encoding: base64',
      '',
      attachment,
      '--b--',
      '',
    ].join(CRLF);
    const response = await postWebhook(withPhoto);
    expect(response.status).toBe(200);
    const stored = await inboxItem('emma-photo@example.co.uk');
    expect(stored?.message.text).toBe('The jacket arrived torn, photo attached. I want to return it.');
    // Above RAW_KEEP_BYTES the audit copy keeps the headers and the attachment list, not the bytes.
    expect(stored?.message.raw).toMatchObject({ source: 'webhook', attachments: [{ filename: 'photo.jpg', contentType: 'image/jpeg', size: 1024 * 1024 }] });
    expect((stored?.message.raw as { mime?: string }).mime).toBeUndefined();

    const tooLarge = await postWebhook(withPhoto.replace(attachment, attachment.repeat(11)));
    expect(tooLarge.status).toBe(413);
    expect(await tooLarge.json()).toEqual({ error: { code: 'payload_too_large', message: expect.any(String) } });
  });

  test('malformed webhook requests get a 4xx with {error: {code, message}} and the server stays up', async () => {
    const valid = customerMail({ from: EMMA, messageId: 'never-stored@example.co.uk', subject: 'x', body: 'x' });
    const cases: [Record<string, string>, string, number, string][] = [
      [{ 'content-type': 'message/rfc822' }, valid, 401, 'unauthorized'],
      [{ authorization: 'Bearer wrong', 'content-type': 'message/rfc822' }, valid, 401, 'unauthorized'],
      [{ authorization: `Bearer ${TOKEN}`, 'content-type': 'application/x-www-form-urlencoded' }, 'from=a%40b.c', 415, 'unsupported_media_type'],
      [{ authorization: `Bearer ${TOKEN}`, 'content-type': 'message/rfc822' }, '', 400, 'invalid_request'],
      [{ authorization: `Bearer ${TOKEN}`, 'content-type': 'text/plain' }, 'just some words', 400, 'invalid_request'],
    ];
    for (const [headers, body, status, code] of cases) {
      const response = await postWebhook(body, headers);
      expect(response.status).toBe(status);
      expect(await response.json()).toEqual({ error: { code, message: expect.any(String) } });
    }
    expect(await inboxItem('never-stored@example.co.uk')).toBeNull();
    const ready = await fetch(`${baseUrl}/readyz`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { channels: Record<string, string> }).channels).toMatchObject({ email: 'on' });
  });
});
