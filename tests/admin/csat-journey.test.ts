import { loadMetrics } from '../../src/admin/metrics-source';
import type { ConversationEvent } from '../../src/conversation/model';
import { COLLECTIONS } from '../../src/store/schema';
import { ConversationHarness } from '../support/harness';

describe('CSAT: asked after resolution, answered, recorded, never sent to the resolver', () => {
  let harness: ConversationHarness;
  const resolverCalls: string[] = [];

  beforeAll(async () => {
    harness = await ConversationHarness.start({
      resolver: ({ translator }) => {
        // The real resolver behind a recorder: proves a rating never reaches it.
        const { KeywordResolver } = jest.requireActual('../support/keyword-resolver') as typeof import('../support/keyword-resolver');
        const inner = new KeywordResolver(translator);
        return { resolve: async (context) => (resolverCalls.push(context.message.text), inner.resolve(context)) };
      },
    });
  });
  afterAll(async () => harness.stop());

  const csatEvents = async (conversationId: string) =>
    (await harness.app.context.store.collection<ConversationEvent>(COLLECTIONS.events).find({ conversationId, type: 'csat_recorded' })).map((event) => event.data);

  test('resolved by the AI -> asked in English -> "5" recorded and thanked, the conversation stays resolved', async () => {
    const customer = { channel: 'sms' as const, address: '+447700900201', market: 'GB' };
    const script = harness.from(customer);
    await script.says('thanks, that helped').expectReply(/AI/).expectReply(/welcome[\s\S]*from 1 \(poor\) to 5/).expectState('resolved');
    resolverCalls.length = 0;
    await script.says('5').expectReply('Thank you for your rating! It helps us get better.').expectState('resolved');
    expect(resolverCalls).toEqual([]);
    const conversation = (await harness.conversationOf(customer))!;
    expect(await csatEvents(conversation.id)).toEqual([{ score: 5, inboxItemId: expect.any(String) }]);
    const events = await harness.app.context.conversations.eventsOf(conversation.id);
    expect(events.filter((event) => event.type === 'state_changed').map((event) => event.to)).toEqual(['resolved']);
  });

  test('in German on WhatsApp, asked and thanked in German', async () => {
    const customer = { channel: 'whatsapp' as const, address: 'whatsapp:+4915100000202', market: 'DE' };
    const script = harness.from(customer);
    await script.says('danke').expectReply(/KI/).expectReply(/Gern geschehen[\s\S]*von 1 \(schlecht\) bis 5/);
    await script.says('4 von 5').expectReply('Vielen Dank für Ihre Bewertung! Sie hilft uns, besser zu werden.');
    const conversation = (await harness.conversationOf(customer))!;
    expect(await csatEvents(conversation.id)).toEqual([{ score: 4, inboxItemId: expect.any(String) }]);
    expect(harness.sent.sent.filter((message) => message.channel === 'whatsapp').at(-1)?.text).toMatch(/Bewertung/);
  });

  test('after a person resolves it, the question comes from the action, and a star answer counts', async () => {
    const customer = { channel: 'email' as const, address: 'ada@example.com', market: 'IE' };
    const script = harness.from(customer);
    await script.says('I need a human').expectReply(/AI/).expectReply(/person/).expectState('waiting_for_agent');
    const conversation = (await harness.conversationOf(customer))!;
    await harness.app.context.actions.takeOver(conversation.id, { id: 'agent-1', name: 'Maria' });
    await harness.app.context.actions.resolve(conversation.id, { kind: 'agent', id: 'agent-1', name: 'Maria' }, 'resolve-1');
    await script.expectReply(/from 1 \(poor\) to 5/);
    resolverCalls.length = 0;
    await script.says('⭐⭐⭐').expectReply(/Thank you for your rating/).expectState('resolved');
    expect(resolverCalls).toEqual([]);
    expect(await csatEvents(conversation.id)).toEqual([{ score: 3, inboxItemId: expect.any(String) }]);
  });

  test('anything else after the question, or a second rating, is handled normally', async () => {
    const customer = { channel: 'sms' as const, address: '+447700900203', market: 'GB' };
    const script = harness.from(customer);
    await script.says('thank you').expectReply(/AI/).expectReply(/from 1/);
    resolverCalls.length = 0;
    await script.says('where is my refund?').expectReply(/Refunds go back/).expectState('bot');
    expect(resolverCalls).toEqual(['where is my refund?']);
    const conversation = (await harness.conversationOf(customer))!;
    expect(await csatEvents(conversation.id)).toEqual([]);

    const rater = { channel: 'sms' as const, address: '+447700900204', market: 'GB' };
    const raterScript = harness.from(rater);
    await raterScript.says('thanks').expectReply(/AI/).expectReply(/from 1/).says('2').expectReply(/Thank you for your rating/);
    resolverCalls.length = 0;
    await raterScript.says('1').expectReply(/not sure I understood/);
    expect(resolverCalls).toEqual(['1']);
  });

  test('the ratings show in the metrics', async () => {
    const report = await loadMetrics(
      harness.app.context.store.collection<ConversationEvent>(COLLECTIONS.events),
      harness.app.context.conversations,
      { from: 0, to: Date.now() + 1000, bucket: 'week' },
    );
    expect(report.totals.csat.responses).toBe(4);
    expect(report.totals.csat.average).toBeCloseTo((5 + 4 + 3 + 2) / 4);
  });
});
