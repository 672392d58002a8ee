import fs from 'node:fs';
import path from 'node:path';
import type { ChannelAdapter, RawRequest, StatusUpdate } from '../../channels/types';
import type { InboundMessage, OutboundMessage } from '../../src/conversation/model';
import { AppError, type ErrorCode } from '../../src/errors';

/** The nasty cases every channel's fixture corpus must cover. */
export const REQUIRED_TAGS = ['empty-body', 'emoji-rtl', 'huge-body', 'bad-signature', 'stale-or-replayed', 'duplicate', 'unknown-fields'] as const;
export type FixtureTag = (typeof REQUIRED_TAGS)[number] | 'valid' | 'status-callback' | 'malformed' | string;

export type SignatureMode = 'valid' | 'wrong' | 'none' | 'expired';

/**
 * A recorded provider request. Bodies are recorded as sent (form-encoded, JSON, raw MIME); signatures depend on
 * the test secret and URL, so the subject signs them at test time as `signature` says.
 */
export interface ChannelFixture {
  name: string;
  tags: FixtureTag[];
  request: { method?: string; url: string; headers?: Record<string, string>; body: string; bodyEncoding?: 'utf8' | 'base64'; receivedAt?: number };
  signature?: SignatureMode;
  expect:
    | { verify: 'rejected'; status: 401 | 403 }
    | { parse: 'error'; code: ErrorCode }
    | { parse: 'ok'; messages?: Partial<InboundMessage>[]; statusUpdates?: Partial<StatusUpdate>[]; duplicateOf?: string };
}

export type SendScenario = 'ok' | 'transient' | 'permanent';

export interface ChannelContractSubject {
  adapter(): ChannelAdapter;
  fixtures: ChannelFixture[];
  /** Adds the provider's authentication to a request, valid or deliberately not. */
  sign(request: RawRequest, mode: SignatureMode): RawRequest;
  /** A reply addressed the way this channel's parsed messages are, for the send checks. */
  outbound(): OutboundMessage;
  /**
   * Makes the channel's fake provider answer the next send this way. Returns false only where the channel has no
   * provider that can fail that way (web chat stores and pushes replies itself), which the subject documents.
   */
  prepareSend(scenario: SendScenario): Promise<boolean>;
}

export function loadFixtures(directory: string): ChannelFixture[] {
  return fs
    .readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => JSON.parse(fs.readFileSync(path.join(directory, file), 'utf8')) as ChannelFixture);
}

export function toRaw(fixture: ChannelFixture): RawRequest {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(fixture.request.headers ?? {})) headers[name.toLowerCase()] = value;
  return {
    method: fixture.request.method ?? 'POST',
    url: fixture.request.url,
    headers,
    body: Buffer.from(fixture.request.body, fixture.request.bodyEncoding ?? 'utf8'),
    receivedAt: fixture.request.receivedAt ?? 1_800_000_000_000,
  };
}

/** One suite for every channel adapter: verify, parse (pure), and send, driven by recorded payloads. */
export function channelContract(subject: ChannelContractSubject): void {
  const adapter = subject.adapter();
  const prepared = (fixture: ChannelFixture) => subject.sign(toRaw(fixture), fixture.signature ?? 'valid');

  test('the fixture corpus covers every nasty case', () => {
    const tags = new Set(subject.fixtures.flatMap((fixture) => fixture.tags));
    expect(REQUIRED_TAGS.filter((tag) => !tags.has(tag))).toEqual([]);
  });

  describe.each(subject.fixtures.map((fixture) => [fixture.name, fixture] as const))('fixture %s', (_name, fixture) => {
    test('verify and parse behave as recorded', async () => {
      const request = prepared(fixture);
      const expectation = fixture.expect;
      if ('verify' in expectation) {
        const error = await Promise.resolve()
          .then(() => adapter.verify(request))
          .then(() => null, (caught: unknown) => caught);
        expect(error).toBeInstanceOf(AppError);
        expect((error as AppError).status).toBe(expectation.status);
        return;
      }
      await adapter.verify(request);
      if (expectation.parse === 'error') {
        expect(() => adapter.parse(request)).toThrow(AppError);
        try {
          adapter.parse(request);
        } catch (error) {
          expect((error as AppError).code).toBe(expectation.code);
          expect((error as AppError).status).toBeLessThan(500);
        }
        return;
      }
      const parsed = adapter.parse(request);
      expect(adapter.parse(prepared(fixture))).toEqual(parsed);
      for (const message of parsed.messages) expectWellFormed(adapter, message);
      if (expectation.messages) {
        expect(parsed.messages).toHaveLength(expectation.messages.length);
        expectation.messages.forEach((expected, index) => expect(parsed.messages[index]).toMatchObject(expected));
      }
      if (expectation.statusUpdates) {
        expect(parsed.statusUpdates).toHaveLength(expectation.statusUpdates.length);
        expectation.statusUpdates.forEach((expected, index) => expect(parsed.statusUpdates[index]).toMatchObject(expected));
      }
      if (expectation.duplicateOf) {
        const original = subject.fixtures.find((candidate) => candidate.name === expectation.duplicateOf);
        expect(original).toBeDefined();
        const originalIds = adapter.parse(prepared(original!)).messages.map((message) => message.providerMessageId);
        expect(parsed.messages.map((message) => message.providerMessageId)).toEqual(originalIds);
      }
    });
  });

  test('send delivers through the provider and reports its id', async () => {
    expect(await subject.prepareSend('ok')).toBe(true);
    const outcome = await adapter.send(subject.outbound());
    expect(outcome.ok).toBe(true);
    if (outcome.ok) expect(['sent', 'delivered', 'held']).toContain(outcome.status);
  });

  test('send reports a transient provider failure as retryable and a permanent one as final', async () => {
    if (await subject.prepareSend('transient')) {
      expect(await adapter.send(subject.outbound())).toMatchObject({ ok: false, retryable: true });
    }
    if (await subject.prepareSend('permanent')) {
      expect(await adapter.send(subject.outbound())).toMatchObject({ ok: false, retryable: false });
    }
  });
}

function expectWellFormed(adapter: ChannelAdapter, message: InboundMessage): void {
  expect(adapter.channels).toContain(message.channel);
  expect(message.providerMessageId).toEqual(expect.any(String));
  expect(message.providerMessageId.length).toBeGreaterThan(0);
  expect(message.threadKey.length).toBeGreaterThan(0);
  expect(typeof message.text).toBe('string');
  expect(message.from.value.length).toBeGreaterThan(0);
  expect(message.reference.channel).toBe(message.channel);
  expect(message.reference.customerAddress.length).toBeGreaterThan(0);
  expect(Number.isFinite(message.sentAt)).toBe(true);
}
