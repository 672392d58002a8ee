import { DemoCommerceBackend } from '../../src/commerce/demo-commerce-backend';
import { commerceBackendContract } from '../contracts/commerce-backend.contract';

commerceBackendContract('embedded demo backend', async () => {
  const now = Date.UTC(2025, 4, 14, 10, 0, 0);
  return { backend: new DemoCommerceBackend(() => now), now, dispose: async () => undefined };
});

test('the demo stays current: every date is relative to the clock it starts with', async () => {
  const later = Date.UTC(2031, 0, 1);
  const backend = new DemoCommerceBackend(() => later);
  const orders = await backend.listOrders('cus_olivia_us');
  expect(orders.every((order) => order.placedAt <= later && order.placedAt > later - 200 * 24 * 3600 * 1000)).toBe(true);
  expect(orders.some((order) => order.plan.instalments.some((instalment) => instalment.status === 'scheduled' && instalment.dueAt > later))).toBe(true);
});
