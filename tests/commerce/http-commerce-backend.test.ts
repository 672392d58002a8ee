import { CommerceError } from '../../src/commerce/commerce-error';
import { DemoCommerceBackend } from '../../src/commerce/demo-commerce-backend';
import { HttpCommerceBackend } from '../../src/commerce/http-commerce-backend';
import { commerceBackendContract } from '../contracts/commerce-backend.contract';
import { FakeCommerceServer } from '../support/fake-commerce-server';

const TOKEN = 'commerce-test-token';

commerceBackendContract('HTTP adapter against the documented endpoints', async () => {
  const now = Date.UTC(2025, 4, 14, 10, 0, 0);
  const server = await FakeCommerceServer.start(new DemoCommerceBackend(() => now), TOKEN);
  return { backend: new HttpCommerceBackend({ baseUrl: server.url, token: TOKEN, timeoutMs: 2000 }), now, dispose: () => server.close() };
});

describe('HTTP adapter specifics', () => {
  let server: FakeCommerceServer;
  beforeEach(async () => {
    server = await FakeCommerceServer.start(new DemoCommerceBackend(), TOKEN);
  });
  afterEach(async () => {
    await server.close();
  });

  test('retries a 5xx and sends the request id as Idempotency-Key on every attempt', async () => {
    const backend = new HttpCommerceBackend({ baseUrl: server.url, token: TOKEN, retries: 2 });
    server.failNext(2);
    const card = await backend.setCardFrozen('cus_anna_de', { requestId: 'req-77', frozen: true });
    expect(card.status).toBe('frozen');
    expect(server.requests.map((request) => request.idempotencyKey)).toEqual(['req-77', 'req-77', 'req-77']);
  });

  test('gives up as unavailable after the retries, and says unauthorized for a wrong token', async () => {
    server.failNext(3);
    const error = await new HttpCommerceBackend({ baseUrl: server.url, token: TOKEN, retries: 2 }).listOrders('cus_anna_de').catch((failure: unknown) => failure);
    expect(error).toMatchObject({ code: 'unavailable', isRetryable: true });
    const denied = await new HttpCommerceBackend({ baseUrl: server.url, token: 'wrong' }).listOrders('cus_anna_de').catch((failure: unknown) => failure);
    expect(denied).toBeInstanceOf(CommerceError);
    expect(denied).toMatchObject({ code: 'unauthorized' });
  });

  test('an unreachable backend is unavailable, within the timeout', async () => {
    const backend = new HttpCommerceBackend({ baseUrl: 'http://127.0.0.1:9', token: TOKEN, retries: 1, timeoutMs: 500 });
    const started = Date.now();
    await expect(backend.ping()).rejects.toMatchObject({ code: 'unavailable' });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  test('ids are path-encoded: a crafted id never reaches another path', async () => {
    const backend = new HttpCommerceBackend({ baseUrl: server.url, token: TOKEN });
    expect(await backend.getOrder('cus_anna_de', '../../cus_erik_se/orders/SE-61208')).toBeNull();
    expect(server.requests.at(-1)!.path).toBe('/customers/cus_anna_de/orders/..%2F..%2Fcus_erik_se%2Forders%2FSE-61208');
  });
});
