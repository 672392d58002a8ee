import { awaitHandled } from '../../src/conversation/await-handled';
import type { ChannelId, ControlKind, InboundMessage, InboxItem } from '../../src/conversation/model';
import type { Handoff } from '../../src/handoff/handoff';
import { KeywordResolver } from '../support/keyword-resolver';
import type { Resolver } from '../../src/resolver/resolver';
import { ConversationHarness } from '../support/harness';

/**
 * Consent keywords are channel-neutral: a channel's parser marks a message as a keyword (`control`), the pipeline
 * records and confirms it without the resolver, and the outbox worker delivers nothing else to an opted-out address.
 */
describe('consent and help keywords in the pipeline', () => {
  let harness: ConversationHarness;
  let resolved: string[];
  const mirrored: string[] = [];
  let counter = 0;

  beforeEach(async () => {
    resolved = [];
    const handoff: Handoff = { escalate: async () => undefined, mirror: async (_conversation, item) => void mirrored.push(item.message.text) };
    harness = await ConversationHarness.start({
      handoff,
      resolver: ({ translator }) => {
        const inner = new KeywordResolver(translator);
        return { resolve: (context) => (resolved.push(context.message.text), inner.resolve(context)) } satisfies Resolver;
      },
    });
  });
  afterEach(async () => {
    await harness.stop();
  });

  async function send(channel: ChannelId, address: string, text: string, control?: ControlKind, controlAnswered = false): Promise<InboxItem | null> {
    counter += 1;
    const message: InboundMessage = {
      channel,
      providerMessageId: `consent-${counter}`,
      from: { kind: channel === 'email' ? 'email' : 'phone', value: address, verified: true },
      text,
      sentAt: Date.now(),
      reference: { channel, customerAddress: address, businessAddress: 'support' },
      threadKey: `${channel}:${address}`,
      hints: { market: 'GB' },
      ...(control ? { control } : {}),
      ...(controlAnswered ? { controlAnswered } : {}),
    };
    const { item } = await harness.app.context.pipeline.accept(message);
    return awaitHandled(item.id, harness.app.context.inbox, harness.app.context.signals, 5000, 20);
  }

  const settle = () => new Promise((resolve) => setTimeout(resolve, 200));

  test('an opt-out is confirmed, recorded, and blocks every later reply; the resolver never sees the keyword', async () => {
    const customer = { channel: 'sms' as const, address: '+447700900111' };
    const item = await send('sms', customer.address, 'STOP', 'opt_out');
    expect(item).toMatchObject({ status: 'done', outcome: 'control_opt_out', plan: null });
    const [confirmation] = await harness.replies(customer, 1);
    expect(confirmation).toMatchObject({ author: { kind: 'system' }, options: { control: 'opt_out' } });
    expect(confirmation!.text).toMatch(/unsubscribed/);
    expect(await harness.app.context.outbox.get(confirmation!.id).then((message) => message?.status)).toBe('sent');
    expect(resolved).toEqual([]);

    await send('sms', customer.address, 'hello?');
    await settle();
    const replies = await harness.replies(customer, 3);
    expect(resolved).toEqual(['hello?']);
    expect(replies.slice(1).map((reply) => [reply.status, reply.error])).toEqual(replies.slice(1).map(() => ['failed', 'opted_out']));
    expect(harness.sent.sent.map((message) => message.text)).toEqual([confirmation!.text]);

    await send('sms', customer.address, 'START', 'opt_in');
    await send('sms', customer.address, 'thanks');
    await settle();
    expect(harness.sent.sent.map((message) => message.text)).toEqual([confirmation!.text, expect.stringMatching(/subscribed again/), expect.stringMatching(/welcome/)]);
  });

  test('a keyword the provider has answered itself is recorded but not confirmed a second time', async () => {
    const customer = { channel: 'sms' as const, address: '+447700900222' };
    expect(await send('sms', customer.address, 'STOP', 'opt_out', true)).toMatchObject({ status: 'done', outcome: 'control_opt_out' });
    await send('sms', customer.address, 'hi');
    await settle();
    expect(harness.sent.sent).toHaveLength(0);
    expect((await harness.replies(customer, 2)).map((reply) => reply.error)).toEqual(['opted_out', 'opted_out']);
  });

  test('the keyword is honoured and shown to the person who owns the conversation', async () => {
    const customer = { channel: 'email' as const, address: 'someone@example.com' };
    await send('email', customer.address, 'I want to talk to a person');
    await send('email', customer.address, 'HELP', 'help');
    expect(mirrored).toContain('HELP');
    await settle();
    expect(harness.sent.sent.at(-1)?.text).toMatch(/Reply STOP/);
  });
});
