import type { HandlingPlan } from '../../src/conversation/model';
import { StoreOnlyHandoff } from '../../src/handoff/handoff';
import { KeywordResolver } from '../support/keyword-resolver';
import { plan, type Resolver, type ResolverContext } from '../../src/resolver/resolver';
import { ConversationHarness } from '../support/harness';

const anna = { channel: 'sms' as const, address: '+4915112345678' };
const stranger = { channel: 'sms' as const, address: '+15550009999', market: 'US' };

describe('the pipeline, through whole conversations', () => {
  let harness: ConversationHarness;
  afterEach(async () => {
    await harness.stop();
  });

  test('the first reply discloses the AI; later replies do not', async () => {
    harness = await ConversationHarness.start();
    await harness
      .from(stranger)
      .says('hello')
      .expectReply(/an AI/)
      .expectReply(/How can I help/)
      .says('hello again')
      .expectReply((text) => /How can I help/.test(text) && !/an AI/.test(text))
      .expectNoReply();
  });

  test('a verified phone number leads to the customer, who gets their own market', async () => {
    harness = await ConversationHarness.start();
    await harness.from(anna).says('hi').expectReply(/\bKI\b/); // Anna's market is Germany: the disclosure is German
    const conversation = await harness.conversationOf(anna);
    expect(conversation).toMatchObject({ customerId: 'cus_anna_de', market: 'DE', language: 'de-DE' });
  });

  test('an unverified identity never leads to a customer', async () => {
    harness = await ConversationHarness.start();
    await harness.from({ ...anna, verified: false }).says('hi').expectReply(/AI/);
    expect((await harness.conversationOf(anna))?.customerId).toBeNull();
  });

  test('a duplicate delivery is acknowledged and produces no second reply', async () => {
    harness = await ConversationHarness.start();
    const first = await harness.deliver(stranger, 'thanks', 'SM-dup');
    const second = await harness.deliver(stranger, 'thanks', 'SM-dup');
    expect(second).toEqual({ itemId: first.itemId, duplicate: true });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(await harness.replies(stranger, 0)).toHaveLength(2);
    expect(harness.app.context.metrics.messagesIn.get()).toBeDefined();
  });

  test('asking for a person escalates; while people own it the bot stays silent', async () => {
    harness = await ConversationHarness.start();
    await harness
      .from(stranger)
      .says('I want to talk to a person')
      .expectReply(/AI/)
      .expectReply(/passing this conversation to a person/)
      .expectState('waiting_for_agent')
      .says('hello? anyone?')
      .expectNoReply()
      .expectState('waiting_for_agent');
    const conversation = (await harness.conversationOf(stranger))!;
    const events = await harness.app.context.conversations.eventsOf(conversation.id);
    expect(events.map((event) => event.to)).toEqual(['bot', 'waiting_for_agent']);
    const items = await harness.app.context.inbox.forConversation(conversation.id);
    expect(items.map((item) => item.outcome)).toEqual(['handed_off', 'mirrored_to_agent']);
  });

  test('a thanks resolves; writing again soon reopens the same conversation', async () => {
    harness = await ConversationHarness.start();
    await harness.from(stranger).says('thank you').expectReply(/AI/).expectReply(/welcome/).expectState('resolved');
    const first = await harness.conversationOf(stranger);
    await harness.from(stranger).says('one more thing').expectState('bot');
    expect((await harness.conversationOf(stranger))?.id).toBe(first?.id);
  });

  test('two messages of one conversation are never resolved at once, and replies keep their order', async () => {
    let inFlight = new Map<string, number>();
    let maxPerConversation = 0;
    let maxOverall = 0;
    const resolver: Resolver = {
      async resolve(context: ResolverContext): Promise<HandlingPlan> {
        const id = context.conversation.id;
        inFlight.set(id, (inFlight.get(id) ?? 0) + 1);
        maxPerConversation = Math.max(maxPerConversation, inFlight.get(id)!);
        maxOverall = Math.max(maxOverall, [...inFlight.values()].reduce((sum, count) => sum + count, 0));
        await new Promise((resolve) => setTimeout(resolve, 15));
        inFlight.set(id, inFlight.get(id)! - 1);
        return plan({ replies: [`echo ${context.message.text}`] });
      },
    };
    harness = await ConversationHarness.start({ resolver: () => resolver, environment: { WORKER_CONCURRENCY: '4' } });
    const customers = ['+15550000001', '+15550000002', '+15550000003'].map((address) => ({ channel: 'sms' as const, address }));
    const accepted = [];
    for (let index = 0; index < 6; index += 1) {
      for (const customer of customers) {
        accepted.push(
          harness.app.context.pipeline.accept({
            channel: 'sms',
            providerMessageId: `${customer.address}-${index}`,
            from: { kind: 'phone', value: customer.address, verified: true },
            text: `m${index}`,
            sentAt: Date.now(),
            reference: { channel: 'sms', customerAddress: customer.address, businessAddress: 'support' },
            threadKey: `sms:${customer.address}`,
          }),
        );
      }
    }
    await Promise.all(accepted);
    for (const customer of customers) {
      const replies = await harness.replies(customer, 6);
      expect(replies.map((reply) => reply.text)).toEqual(['m0', 'm1', 'm2', 'm3', 'm4', 'm5'].map((text) => `echo ${text}`));
    }
    expect(maxPerConversation).toBe(1);
    expect(maxOverall).toBeGreaterThan(1);
    inFlight = new Map();
  });

  test('a failure after the decision re-applies the same plan: the resolver runs once and no reply is doubled', async () => {
    let resolverCalls = 0;
    let escalations = 0;
    const resolver: Resolver = {
      async resolve(): Promise<HandlingPlan> {
        resolverCalls += 1;
        return plan({ replies: ['one moment', 'passing you on'], handoff: { reason: 'customer_request', summary: 's' } });
      },
    };
    class FlakyHandoff extends StoreOnlyHandoff {
      override async escalate(): Promise<void> {
        escalations += 1;
        if (escalations === 1) throw new Error('Slack is down');
      }
    }
    harness = await ConversationHarness.start({ resolver: () => resolver, handoff: new FlakyHandoff() });
    // The first attempt fails after the plan was saved; the retry (after its backoff) finishes the same plan.
    const { itemId } = await harness.deliver(stranger, 'help');
    await harness.from(stranger).expectReply('one moment').expectReply('passing you on').expectState('waiting_for_agent').expectNoReply();
    expect(resolverCalls).toBe(1);
    expect(escalations).toBe(2);
    expect(await harness.app.context.inbox.get(itemId)).toMatchObject({ status: 'done', attempts: 2 });
  });

  test('a message that cannot be handled at all ends with an apology and a handoff, not silence', async () => {
    const failing: Resolver = {
      async resolve(): Promise<HandlingPlan> {
        throw new Error('bug');
      },
    };
    let offset = 0;
    harness = await ConversationHarness.start({ resolver: () => failing, clock: () => Date.now() + offset });
    const { item } = await harness.app.context.pipeline.accept({
      channel: 'sms',
      providerMessageId: 'SM-broken',
      from: { kind: 'phone', value: stranger.address, verified: false },
      text: 'hello',
      sentAt: Date.now(),
      reference: { channel: 'sms', customerAddress: stranger.address, businessAddress: 'support' },
      threadKey: `sms:${stranger.address}`,
    });
    const itemId = item.id;
    for (let attempt = 0; attempt < 6; attempt += 1) {
      offset += 60_000;
      harness.app.context.signals.emit('inbox:accepted', itemId);
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    await harness.from(stranger).expectReply(/went wrong on our side/).expectState('waiting_for_agent');
    expect(await harness.app.context.inbox.get(itemId)).toMatchObject({ status: 'failed', outcome: 'handling_failed', attempts: 5 });
  });

  test('replies go out through the channel, retried after a provider failure', async () => {
    let offset = 0;
    harness = await ConversationHarness.start({ resolver: ({ translator }) => new KeywordResolver(translator), clock: () => Date.now() + offset });
    harness.sent.next.push({ ok: false, retryable: true, error: 'provider_503' });
    await harness.from(stranger).says('thanks').expectReply(/AI/);
    const [first] = await harness.replies(stranger, 2);
    expect(first).toMatchObject({ status: 'pending', error: 'provider_503', attempts: 1 });
    offset += 60_000;
    harness.app.context.signals.emit('outbox:enqueued', first!.id);
    const deadline = Date.now() + 3000;
    while (harness.sent.sent.length < 2 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
    expect(harness.sent.sent.map((message) => message.seq)).toEqual([1, 2]);
    expect((await harness.app.context.outbox.get(first!.id))?.status).toBe('sent');
  });
});
