import type { CommerceBackend } from '../../src/commerce/commerce-backend';
import { CommerceError } from '../../src/commerce/commerce-error';
import { nextOpenInstalment } from '../../src/commerce/model';

const DAY = 24 * 60 * 60 * 1000;

export interface CommerceSubject {
  backend: CommerceBackend;
  /** The clock the backend was seeded with. */
  now: number;
  dispose(): Promise<void>;
}

async function expectCommerceError(promise: Promise<unknown>, code: CommerceError['code'], reason?: string): Promise<void> {
  const error = await promise.then(
    () => null,
    (failure: unknown) => failure,
  );
  expect(error).toBeInstanceOf(CommerceError);
  expect((error as CommerceError).code).toBe(code);
  if (reason) expect((error as CommerceError).reason).toBe(reason);
}

/** One suite for every CommerceBackend: the demo backend and the HTTP adapter behave the same, case for case. */
export function commerceBackendContract(name: string, create: () => Promise<CommerceSubject>): void {
  describe(`commerce backend contract: ${name}`, () => {
    let subject: CommerceSubject;
    let backend: CommerceBackend;
    beforeEach(async () => {
      subject = await create();
      backend = subject.backend;
    });
    afterEach(async () => {
      await subject.dispose();
    });

    test('a demo customer has orders, newest first, in the market currency, with instalments that add up', async () => {
      const orders = await backend.listOrders('cus_anna_de');
      expect(orders.length).toBeGreaterThanOrEqual(4);
      expect(orders.map((order) => order.placedAt)).toEqual([...orders.map((order) => order.placedAt)].sort((a, b) => b - a));
      for (const order of orders) {
        expect(order.customerId).toBe('cus_anna_de');
        expect(order.total.currency).toBe('EUR');
        const instalments = order.plan.instalments.reduce((sum, instalment) => sum + instalment.amount.amountMinor, 0);
        expect(instalments).toBeGreaterThanOrEqual(order.total.amountMinor);
      }
      expect(new Set(orders.map((order) => order.plan.kind))).toEqual(new Set(['pay_in_4', 'pay_in_30', 'financing']));
      expect((await backend.listOrders('cus_erik_se'))[0]!.total.currency).toBe('SEK');
    });

    test("another customer's order, an unknown id and an unknown customer look the same: not found", async () => {
      const [erikOrder] = await backend.listOrders('cus_erik_se');
      expect(await backend.getOrder('cus_anna_de', erikOrder!.id)).toBeNull();
      expect(await backend.getOrder('cus_anna_de', 'XX-00000')).toBeNull();
      expect(await backend.getOrder('cus_anna_de', '../cus_erik_se/orders/' + erikOrder!.id)).toBeNull();
      expect(await backend.listOrders('cus_nobody')).toEqual([]);
      expect(await backend.getCard('cus_nobody')).toBeNull();
      await expectCommerceError(
        backend.extendDueDate('cus_anna_de', { requestId: 'r1', orderId: erikOrder!.id, instalmentId: erikOrder!.plan.instalments[1]!.id, days: 5 }),
        'not_found',
      );
      await expectCommerceError(backend.reportReturn('cus_anna_de', { requestId: 'r2', orderId: erikOrder!.id, itemIds: [], reason: null }), 'not_found');
      expect((await backend.getOrder('cus_erik_se', erikOrder!.id))!.plan.extensionsUsed).toBe(0);
    });

    test('extending a due date moves it once per request id', async () => {
      const order = (await backend.listOrders('cus_anna_de')).find((candidate) => candidate.plan.kind === 'pay_in_4' && candidate.status === 'delivered')!;
      const instalment = nextOpenInstalment(order.plan)!;
      const request = { requestId: 'extend-1', orderId: order.id, instalmentId: instalment.id, days: 10 };
      const first = await backend.extendDueDate('cus_anna_de', request);
      const again = await backend.extendDueDate('cus_anna_de', request);
      expect(again).toEqual(first);
      const moved = first.plan.instalments.find((candidate) => candidate.id === instalment.id)!;
      expect(moved.dueAt).toBe(instalment.dueAt + 10 * DAY);
      expect(moved.originalDueAt).toBe(instalment.dueAt);
      expect((await backend.getOrder('cus_anna_de', order.id))!.plan.extensionsUsed).toBe(1);
      await expectCommerceError(backend.extendDueDate('cus_anna_de', { ...request, days: 3 }), 'conflict', 'request_id_reused');
    });

    test('a paid instalment cannot move; days out of range are refused', async () => {
      const order = (await backend.listOrders('cus_anna_de')).find((candidate) => candidate.plan.kind === 'pay_in_4' && candidate.status === 'delivered')!;
      const paid = order.plan.instalments.find((instalment) => instalment.status === 'paid')!;
      await expectCommerceError(backend.extendDueDate('cus_anna_de', { requestId: 'p1', orderId: order.id, instalmentId: paid.id, days: 5 }), 'not_allowed', 'instalment_not_open');
      const open = nextOpenInstalment(order.plan)!;
      await expectCommerceError(backend.extendDueDate('cus_anna_de', { requestId: 'p2', orderId: order.id, instalmentId: open.id, days: -5 }), 'invalid_request');
    });

    test('reporting a return pauses the payments, once per request id, and only for delivered orders', async () => {
      const orders = await backend.listOrders('cus_erik_se');
      const delivered = orders.find((order) => order.status === 'delivered' && order.plan.kind === 'pay_in_4')!;
      const request = { requestId: 'return-1', orderId: delivered.id, itemIds: [], reason: 'too small' };
      const record = await backend.reportReturn('cus_erik_se', request);
      expect(record).toMatchObject({ orderId: delivered.id, status: 'reported', itemIds: delivered.items.map((item) => item.id) });
      expect(await backend.reportReturn('cus_erik_se', request)).toEqual(record);
      expect((await backend.listReturns('cus_erik_se', delivered.id)).filter((item) => item.status === 'reported')).toHaveLength(1);
      const paused = (await backend.getOrder('cus_erik_se', delivered.id))!;
      expect(paused.plan).toMatchObject({ status: 'paused', pausedReason: 'return' });
      expect(paused.plan.instalments.some((instalment) => instalment.status === 'scheduled')).toBe(false);
      await expectCommerceError(backend.reportReturn('cus_erik_se', { ...request, requestId: 'return-2' }), 'conflict', 'return_open');
      const inTransit = orders.find((order) => order.status === 'shipped')!;
      await expectCommerceError(backend.reportReturn('cus_erik_se', { requestId: 'return-3', orderId: inTransit.id, itemIds: [], reason: null }), 'not_allowed', 'not_delivered');
    });

    test('a dispute opens once, pauses payments, and refuses amounts that are not positive', async () => {
      const order = (await backend.listOrders('cus_lucas_fr')).find((candidate) => candidate.status === 'delivered')!;
      await expectCommerceError(
        backend.openDispute('cus_lucas_fr', { requestId: 'd0', orderId: order.id, reason: 'damaged', description: 'x', amount: { amountMinor: -100, currency: 'EUR' } }),
        'invalid_request',
      );
      const request = { requestId: 'd1', orderId: order.id, reason: 'damaged' as const, description: 'arrived broken', amount: null };
      const dispute = await backend.openDispute('cus_lucas_fr', request);
      expect(dispute).toMatchObject({ orderId: order.id, status: 'open', reason: 'damaged', amount: order.total });
      expect(dispute.merchantResponseDueAt).toBeGreaterThan(dispute.openedAt);
      expect(await backend.openDispute('cus_lucas_fr', request)).toEqual(dispute);
      await expectCommerceError(backend.openDispute('cus_lucas_fr', { ...request, requestId: 'd2' }), 'conflict', 'dispute_open');
      expect((await backend.getOrder('cus_lucas_fr', order.id))!.plan.pausedReason).toBe('dispute');
      expect(await backend.listDisputes('cus_lucas_fr')).toHaveLength(1);
    });

    test('refunds in progress are listed per customer and per order', async () => {
      const refunds = await backend.listRefunds('cus_emma_gb');
      expect(refunds.length).toBeGreaterThan(0);
      expect(refunds[0]).toMatchObject({ status: 'processing', amount: { currency: 'GBP' } });
      expect(refunds[0]!.expectedBy).toBeGreaterThan(subject.now);
      expect(await backend.listRefunds('cus_emma_gb', refunds[0]!.orderId)).toHaveLength(1);
      expect(await backend.listRefunds('cus_emma_gb', 'GB-00000')).toEqual([]);
    });

    test('the card freezes and unfreezes idempotently and shows only its last four digits', async () => {
      const card = (await backend.getCard('cus_anna_de'))!;
      expect(card.last4).toMatch(/^\d{4}$/);
      expect(Object.keys(card)).not.toContain('number');
      const frozen = await backend.setCardFrozen('cus_anna_de', { requestId: 'f1', frozen: true });
      expect(frozen.status).toBe('frozen');
      expect(await backend.setCardFrozen('cus_anna_de', { requestId: 'f1', frozen: true })).toEqual(frozen);
      expect((await backend.setCardFrozen('cus_anna_de', { requestId: 'f2', frozen: false })).status).toBe('active');
    });

    test('contact details update with valid values only', async () => {
      expect(await backend.getContactDetails('cus_zofia_pl')).toMatchObject({ email: 'zofia.nowak@example.pl' });
      await expectCommerceError(backend.updateContactDetails('cus_zofia_pl', { requestId: 'c1', email: 'not-an-email' }), 'invalid_request');
      const updated = await backend.updateContactDetails('cus_zofia_pl', { requestId: 'c2', email: 'Zofia.New@example.pl' });
      expect(updated.email).toBe('zofia.new@example.pl');
      expect(await backend.updateContactDetails('cus_zofia_pl', { requestId: 'c2', email: 'Zofia.New@example.pl' })).toEqual(updated);
    });

    test('ping answers', async () => {
      await expect(backend.ping()).resolves.toBeUndefined();
    });
  });
}
