import path from 'node:path';
import { simpleParser, type AddressObject } from 'mailparser';
import { decodeEncodedWords, decodeQuotedPrintable } from '../../channels/email/mime/decode';
import pino from 'pino';
import { EmailAdapter } from '../../channels/email/adapter';
import { customerText } from '../../channels/email/inbound';
import { EmailSender } from '../../channels/email/sender';
import { AppError } from '../../src/errors';
import { readMail } from '../../channels/email/mime/read-mail';
import { loadFixtures, toRaw } from '../contracts/channel.contract';

const CRLF = '\r\n';
const mime = (...lines: string[]) => Buffer.from(lines.join(CRLF), 'utf8');
const normalise = (text: string | false | null | undefined) => (text || '').replace(/\r\n?/g, '\n').trim();
const bare = (id: string | undefined) => (id ?? '').replace(/^<|>$/g, '');

/**
 * The channel reads MIME synchronously (parse must be pure); mailparser's simpleParser is the reference it must agree
 * with. Every raw message of the fixture corpus is read by both.
 */
describe('the synchronous MIME reader agrees with mailparser on the fixture corpus', () => {
  const fixtures = loadFixtures(path.join(__dirname, '..', 'fixtures', 'email')).filter(
    (fixture) => !('verify' in fixture.expect) && !('parse' in fixture.expect && fixture.expect.parse === 'error'),
  );

  test.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const raw = toRaw(fixture).body;
    const ours = readMail(raw);
    const reference = await simpleParser(raw, { skipTextToHtml: true, skipImageLinks: true });
    const referenceFrom = (reference.from as AddressObject | undefined)?.value[0];

    expect(ours.subject).toBe(reference.subject ?? '');
    expect(ours.messageId).toBe(bare(reference.messageId) || null);
    expect(ours.inReplyTo.join(' ')).toBe(bare(reference.inReplyTo));
    expect(ours.references).toEqual([reference.references ?? []].flat().map(bare));
    expect(ours.from).toEqual({ address: referenceFrom?.address?.toLowerCase(), name: referenceFrom?.name ?? '' });
    expect(ours.date?.getTime()).toBe(reference.date?.getTime());
    if (reference.html) expect(normalise(ours.html)).toBe(normalise(reference.html));
    // For HTML-only mail mailparser's text is its own HTML conversion; ours is compared in the stripping tests.
    if (ours.text !== null) expect(normalise(ours.text)).toBe(normalise(reference.text));
    expect(ours.attachments).toEqual(
      reference.attachments.map((attachment) => ({ filename: attachment.filename ?? null, contentType: attachment.contentType, size: attachment.size })),
    );
  });
});

describe('MIME decoding', () => {
  test('quoted-printable: escapes, soft line breaks, trailing whitespace, and malformed escapes kept', () => {
    expect(decodeQuotedPrintable('Gr=C3=BC=C3=9Fe =\r\nan alle=3D  \r\nx=ZZ').toString('utf8')).toBe('Grüße an alle=\r\nx=ZZ');
  });

  test('encoded words: B and Q, adjacent words joined, charsets other than UTF-8', () => {
    expect(decodeEncodedWords('=?UTF-8?B?R3LDvMOfZQ==?= =?UTF-8?Q?_aus_K=C3=B6ln?=')).toBe('Grüße aus Köln');
    expect(decodeEncodedWords('AW: =?iso-8859-1?Q?R=FCckgabe?= Nr. 5')).toBe('AW: Rückgabe Nr. 5');
    expect(decodeEncodedWords('=?koi8-r?B?8NLJ18XU?=')).toBe('Привет');
    expect(decodeEncodedWords('=?utf-8*de?Q?Stra=C3=9Fe?=')).toBe('Straße');
    expect(decodeEncodedWords('=?utf-8?Q?R=C3=BCckgabe_?= =?utf-8?Q?der_Jacke?=')).toBe('Rückgabe der Jacke');
  });

  test('charsets of bodies: windows-1252 quotes, Shift_JIS, and undeclared UTF-8', () => {
    const cp1252 = readMail(
      Buffer.concat([
        Buffer.from(['From: a@example.com', 'Content-Type: text/plain; charset=windows-1252', '', ''].join(CRLF)),
        Buffer.from([0x93, 0x4f, 0x4b, 0x94, 0x20, 0x80, 0x35]),
      ]),
    );
    expect(cp1252.text).toBe('“OK” €5');
    const sjis = readMail(
      Buffer.concat([Buffer.from(['From: a@example.com', 'Content-Type: text/plain; charset=Shift_JIS', '', ''].join(CRLF)), Buffer.from([0x82, 0xa0, 0x82, 0xa2])]),
    );
    expect(sjis.text).toBe('あい');
    expect(readMail(mime('From: a@example.com', '', 'Zürich ✓')).text).toBe('Zürich ✓');
  });

  test('raw UTF-8 in headers (RFC 6532) and folded headers', () => {
    const mail = readMail(mime('From: Jörg Müller <jörg@example.de>', 'Subject: Rückgabe', ' der Jacke', '', 'x'));
    expect(mail.subject).toBe('Rückgabe der Jacke');
    expect(mail.from).toEqual({ address: 'jörg@example.de', name: 'Jörg Müller' });
  });

  test('nested multipart: mixed > related > alternative, with an inline image and an attachment', () => {
    const mail = readMail(
      mime(
        'From: a@example.com',
        'Content-Type: multipart/mixed; boundary=outer',
        '',
        'preamble to ignore',
        '--outer',
        'Content-Type: multipart/related; boundary="rel"',
        '',
        '--rel',
        'Content-Type: multipart/alternative; boundary="alt"',
        '',
        '--alt',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'plain body',
        '--alt',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<p>html body</p>',
        '--alt--',
        '--rel',
        'Content-Type: image/png; name=logo.png',
        'Content-Transfer-Encoding: base64',
        'Content-ID: <logo>',
        '',
        'iVBORw0KGgo=',
        '--rel--',
        '--outer',
        'Content-Type: application/octet-stream',
        'Content-Disposition: attachment; filename*=utf-8\'\'r%C3%A9sum%C3%A9.txt',
        '',
        'data',
        '--outer--',
        'epilogue',
      ),
    );
    expect(mail.text).toBe('plain body');
    expect(mail.html).toBe('<p>html body</p>');
    expect(mail.attachments).toEqual([
      { filename: 'logo.png', contentType: 'image/png', size: 8 },
      { filename: 'résumé.txt', contentType: 'application/octet-stream', size: 4 },
    ]);
  });

  test('a truncated multipart (no closing boundary) still yields its parts', () => {
    const mail = readMail(mime('From: a@example.com', 'Content-Type: multipart/alternative; boundary=b', '', '--b', 'Content-Type: text/plain', '', 'cut short'));
    expect(mail.text).toBe('cut short');
  });

  test('message ids without angle brackets, and several References headers', () => {
    const mail = readMail(mime('From: a@example.com', 'Message-ID: abc@host', 'In-Reply-To: <p@host> (comment)', 'References: <r1@host>', 'References: <r2@host>', '', 'x'));
    expect(mail).toMatchObject({ messageId: 'abc@host', inReplyTo: ['p@host'], references: ['r1@host', 'r2@host'] });
  });

  test('hostile input is read in linear time (no regex backtracking blow-up)', () => {
    const cases = [
      mime('From: a@example.com', 'Content-Transfer-Encoding: quoted-printable', '', `x${' '.repeat(1_000_000)}y`),
      mime('From: a@example.com', 'Content-Type: text/html', '', '<a'.repeat(300_000)),
      mime('From: a@example.com', 'Content-Type: text/html', '', '<a href="'.repeat(100_000)),
      mime('From: a@example.com', 'Content-Type: text/html', '', '<![CDATA['.repeat(100_000)),
      mime('From: a@example.com', 'Content-Type: text/html', '', '<b> </b>'.repeat(200_000)),
      mime('From: a@example.com', '', `${'> '.repeat(200_000)}\n${'_'.repeat(500_000)}x`),
      mime(`Subject: ${'=?utf-8?Q?a?= '.repeat(50_000)}`, 'From: a@example.com', '', 'x'),
    ];
    for (const raw of cases) {
      const started = process.hrtime.bigint();
      customerText(readMail(raw));
      expect(Number(process.hrtime.bigint() - started) / 1e6).toBeLessThan(1500);
    }
  });

  test('deep nesting and absurd part counts end, and garbage never throws', () => {
    const deep = ['From: a@example.com'];
    for (let level = 0; level < 40; level += 1) deep.push(`Content-Type: multipart/mixed; boundary=b${level}`, '', `--b${level}`);
    deep.push('Content-Type: text/plain', '', 'bottom');
    expect(() => readMail(mime(...deep))).not.toThrow();
    const many = ['From: a@example.com', 'Content-Type: multipart/mixed; boundary=m', ''];
    for (let part = 0; part < 1000; part += 1) many.push('--m', '', `part ${part}`);
    expect(readMail(mime(...many)).text?.split('\n').length).toBeLessThanOrEqual(200);
    expect(() => readMail(Buffer.from([0xff, 0xfe, 0x00, 0x3a, 0x0d, 0x0a, 0x0d, 0x0a, 0x80]))).not.toThrow();
  });
});

describe('mutated mail never crashes parse', () => {
  /** A small deterministic PRNG (mulberry32), so a failure can be replayed. */
  function random(seed: number): () => number {
    let state = seed;
    return () => {
      state = (state + 0x6d2b79f5) | 0;
      let value = Math.imul(state ^ (state >>> 15), 1 | state);
      value = (value + Math.imul(value ^ (value >>> 7), 61 | value)) ^ value;
      return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
    };
  }

  test('byte flips, cuts, and spliced fragments of the corpus give a message or a 4xx AppError', () => {
    const adapter = new EmailAdapter({
      ownAddress: 'support@shop.example',
      webhookToken: 'token',
      sender: new EmailSender('smtp://127.0.0.1:1', { from: 'support@shop.example', address: 'support@shop.example' }),
      log: pino({ level: 'silent' }),
    });
    const bodies = loadFixtures(path.join(__dirname, '..', 'fixtures', 'email'))
      .map((fixture) => toRaw(fixture).body)
      .filter((body) => body.length > 0 && body.length < 20_000);
    const next = random(20240603);
    const pick = (limit: number) => Math.floor(next() * limit);
    for (let round = 0; round < 400; round += 1) {
      const bytes = Buffer.from(bodies[pick(bodies.length)]!);
      const mutation = round % 4;
      let mutated: Buffer = bytes;
      if (mutation === 0) for (let flip = 0; flip < 8; flip += 1) bytes[pick(bytes.length)] = pick(256);
      if (mutation === 1) mutated = bytes.subarray(0, pick(bytes.length));
      if (mutation === 2) mutated = Buffer.concat([bytes.subarray(0, pick(bytes.length)), Buffer.from(bodies[pick(bodies.length)]!).subarray(pick(500))]);
      if (mutation === 3) mutated = Buffer.from(bytes.toString('latin1').replace(/[<>:;="\r]/g, () => '<>:;="\r\n-'[pick(9)]!), 'latin1');
      try {
        adapter.parse({ method: 'POST', url: '/webhooks/email', headers: {}, body: mutated, receivedAt: 1_800_000_000_000 });
      } catch (error) {
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).status).toBeLessThan(500);
      }
    }
  });
});
