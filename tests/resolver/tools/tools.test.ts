import { CommerceError } from '../../../src/commerce/commerce-error';
import { DemoCommerceBackend } from '../../../src/commerce/demo-commerce-backend';
import { demoCustomers } from '../../../src/commerce/demo-customers';
import { MarketDirectory } from '../../../src/markets/market-directory';
import type { Market } from '../../../src/markets/market';
import {
  cardStatus,
  extendDueDate,
  freezeCard,
  lookupOrders,
  openDispute,
  paymentSchedule,
  refundStatus,
  reportReturn,
  runTool,
  TOOLS,
  updateContactDetails,
  type ToolContext,
} from '../../../src/resolver/tools';
import { openAiTools } from '../../../src/resolver/llm/openai-tools';

const DAY = 24 * 60 * 60 * 1000;
const now = Date.UTC(2025, 4, 14, 10);
const markets = new MarketDirectory();
const customers = demoCustomers(now);
const anna = customers.find((customer) => customer.id === 'cus_anna_de')!;

function context(overrides: Partial<ToolContext> = {}, market: Market = markets.resolve('DE')): ToolContext {
  return { customer: anna, market, locale: 'de-DE', backend: new DemoCommerceBackend(() => now), clock: () => now, requestKey: 'msg-1', ...overrides };
}

describe('tools', () => {
  test('every tool has a zod schema that becomes an OpenAI function definition', () => {
    const definitions = openAiTools(TOOLS);
    expect(definitions.map((definition) => definition.function.name)).toEqual([
      'lookup_orders',
      'get_payment_schedule',
      'extend_due_date',
      'report_return',
      'get_refund_status',
      'open_dispute',
      'get_card_status',
      'set_card_frozen',
      'update_contact_details',
      'request_human',
    ]);
    const dispute = definitions.find((definition) => definition.function.name === 'open_dispute')!.function.parameters as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(dispute.properties)).toEqual(['orderId', 'reason', 'description', 'amount']);
    expect(dispute.required).toEqual(['orderId', 'reason', 'description']);
  });

  test('account tools refuse without a verified customer and disclose nothing', async () => {
    for (const tool of [lookupOrders, paymentSchedule, refundStatus, cardStatus]) {
      expect(await runTool(tool, {}, context({ customer: null }))).toEqual({ ok: false, error: 'verification_required' });
    }
  });

  test('the customer comes from the context: no argument reaches another customer', async () => {
    expect(await runTool(lookupOrders, { orderId: 'SE-61208' }, context())).toEqual({ ok: false, error: 'not_found', reason: 'order_not_found' });
    expect(await runTool(lookupOrders, { orderId: 'SE-61208', customerId: 'cus_erik_se' }, context())).toEqual({ ok: false, error: 'not_found', reason: 'order_not_found' });
    const result = await runTool(lookupOrders, {}, context());
    expect(result.ok && result.data.orders.every((order) => order.customerId === 'cus_anna_de')).toBe(true);
  });

  test('extending follows the market policy: days, and extensions per order', async () => {
    const shared = context();
    expect(await runTool(extendDueDate, { orderId: 'DE-48213', days: 30 }, shared)).toEqual({ ok: false, error: 'policy_limit', reason: 'too_many_days' });
    expect(await runTool(extendDueDate, { orderId: 'DE-48213', days: -3 }, shared)).toMatchObject({ ok: false, error: 'invalid_arguments' });
    const first = await runTool(extendDueDate, { orderId: 'DE-48213' }, shared);
    expect(first.ok && first.data.instalment.dueAt - first.data.previousDueAt).toBe(10 * DAY);
    const second = await runTool(extendDueDate, { orderId: 'DE-48213' }, { ...shared, requestKey: 'msg-2' });
    expect(second).toEqual({ ok: false, error: 'policy_limit', reason: 'extension_limit_reached' });
    const strict = { ...markets.resolve('DE'), policy: { returnWindowDays: 30, dueDateExtensionDays: 0, maxExtensionsPerOrder: 0 } };
    expect(await runTool(extendDueDate, { orderId: 'DE-48377' }, context({}, strict))).toEqual({ ok: false, error: 'not_allowed', reason: 'extensions_not_offered' });
  });

  test('the same message repeating a change applies it once', async () => {
    const shared = context();
    const first = await runTool(freezeCard, { frozen: true }, shared);
    const again = await runTool(freezeCard, { frozen: true }, shared);
    expect(first.ok && again.ok && first.data.card).toEqual(again.ok && again.data.card);
    const dispute = { orderId: 'DE-48213', reason: 'damaged', description: 'Reißverschluss kaputt' };
    expect((await runTool(openDispute, dispute, shared)).ok).toBe(true);
    expect((await runTool(openDispute, dispute, shared)).ok).toBe(true);
    expect(await shared.backend.listDisputes('cus_anna_de')).toHaveLength(1);
  });

  test('returns respect the return window and pause payments', async () => {
    const late = context({ clock: () => now + 40 * DAY });
    expect(await runTool(reportReturn, { orderId: 'DE-48213' }, late)).toEqual({ ok: false, error: 'outside_return_window' });
    const result = await runTool(reportReturn, { orderId: 'DE-48213' }, context());
    expect(result.ok && result.data.order.plan).toMatchObject({ status: 'paused', pausedReason: 'return' });
    expect(await runTool(reportReturn, { orderId: 'DE-48490' }, context())).toEqual({ ok: false, error: 'not_allowed', reason: 'not_delivered' });
  });

  test('invented amounts and values are refused safely', async () => {
    expect(await runTool(openDispute, { orderId: 'DE-48213', reason: 'damaged', description: 'x', amount: 5000 }, context())).toEqual({ ok: false, error: 'invalid_arguments', reason: 'invalid_amount' });
    expect(await runTool(openDispute, { orderId: 'DE-48213', reason: 'stolen_by_aliens', description: 'x' }, context())).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(await runTool(updateContactDetails, { phone: '12' }, context())).toMatchObject({ ok: false, error: 'invalid_arguments' });
    expect(await runTool(updateContactDetails, { phone: '0151 98765432' }, context())).toMatchObject({ ok: true, data: { contact: { phone: '+4915198765432' } } });
    expect(await runTool(lookupOrders, 'not an object', context())).toMatchObject({ ok: false, error: 'invalid_arguments' });
  });

  test("a sender who may be forged cannot change where the account's messages go", async () => {
    const backend = new DemoCommerceBackend(() => now);
    const before = await backend.getContactDetails(anna.id);
    expect(await runTool(updateContactDetails, { phone: '0151 98765432' }, context({ backend, senderSpoofable: true }))).toEqual({ ok: false, error: 'not_allowed', reason: 'sender_not_authenticated' });
    expect(await backend.getContactDetails(anna.id)).toEqual(before);
  });

  test('a sender who may be forged can freeze the card, never unfreeze it', async () => {
    const backend = new DemoCommerceBackend(() => now);
    expect(await runTool(freezeCard, { frozen: true }, context({ backend, senderSpoofable: true }))).toMatchObject({ ok: true, data: { card: { status: 'frozen' } } });
    expect(await runTool(freezeCard, { frozen: false }, context({ backend, senderSpoofable: true }))).toEqual({ ok: false, error: 'not_allowed', reason: 'sender_not_authenticated' });
    expect(await backend.getCard(anna.id)).toMatchObject({ status: 'frozen' });
  });

  test('a backend that is down is an answer, not an exception', async () => {
    class FailingBackend extends DemoCommerceBackend {
      constructor(private readonly failure: Error) {
        super(() => now);
      }
      override async listOrders(): Promise<never> {
        throw this.failure;
      }
    }
    expect(await runTool(lookupOrders, {}, context({ backend: new FailingBackend(new CommerceError('unavailable', 'down')) }))).toEqual({ ok: false, error: 'backend_unavailable' });
    expect(await runTool(lookupOrders, {}, context({ backend: new FailingBackend(new Error('boom')) }))).toEqual({ ok: false, error: 'failed' });
  });
});
