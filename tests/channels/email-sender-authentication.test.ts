import { mailToInbound } from '../../channels/email/inbound';

const CRLF = '\r\n';

function mail(authenticationResults: string[]): Buffer {
  return Buffer.from(
    [
      ...authenticationResults.map((value) => `Authentication-Results: ${value}`),
      'From: Emma Clarke <emma.clarke@example.co.uk>',
      'To: support@shop.example',
      'Subject: New phone',
      'Message-ID: <auth-test@example.co.uk>',
      'Content-Type: text/plain; charset=utf-8',
      '',
      'Please change my phone number to +44 7700 900999',
      '',
    ].join(CRLF),
  );
}

function identity(raw: Buffer, authservId?: string) {
  const outcome = mailToInbound(raw, { ownAddress: 'support@shop.example', source: 'webhook', receivedAt: Date.now(), authservId });
  if (outcome.kind !== 'message') throw new Error(`not a message: ${outcome.reason}`);
  return outcome.message.from;
}

/** Only our own mail server's DKIM or DMARC pass makes an email sender more than a claim (Identity.spoofable). */
describe('email sender authentication', () => {
  const passing = mail(['mx.shop.example;\r\n dkim=pass header.i=@example.co.uk; spf=pass smtp.mailfrom=example.co.uk; dmarc=pass header.from=example.co.uk']);

  test('a DKIM/DMARC pass from the configured mail server vouches for the sender', () => {
    expect(identity(passing, 'mx.shop.example')).toEqual({ kind: 'email', value: 'emma.clarke@example.co.uk', verified: true });
    expect(identity(passing, 'MX.Shop.Example')).not.toHaveProperty('spoofable');
  });

  test('without EMAIL_AUTHSERV_ID nothing vouches: anyone can write that header', () => {
    expect(identity(passing)).toMatchObject({ verified: true, spoofable: true });
  });

  test("another server's pass, SPF alone, or no header at all leave the sender spoofable", () => {
    expect(identity(mail(['mx.attacker.example; dkim=pass header.i=@example.co.uk']), 'mx.shop.example')).toMatchObject({ spoofable: true });
    expect(identity(mail(['mx.shop.example; spf=pass smtp.mailfrom=example.co.uk']), 'mx.shop.example')).toMatchObject({ spoofable: true });
    expect(identity(mail([]), 'mx.shop.example')).toMatchObject({ verified: true, spoofable: true });
  });

  test('a failure anywhere is taken at its word: not verified', () => {
    expect(identity(mail(['mx.shop.example; dkim=pass', 'mx.shop.example; dmarc=fail header.from=example.co.uk']), 'mx.shop.example')).toMatchObject({ verified: false });
  });
});
