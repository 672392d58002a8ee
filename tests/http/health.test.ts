import { startTestApp } from '../support/test-app';

describe('health, readiness and metrics', () => {
  let app: Awaited<ReturnType<typeof startTestApp>>;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(async () => {
    await app.dispose();
  });

  test('GET /healthz answers ok', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/healthz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok' });
  });

  test('GET /readyz reports the store and which channels are on', async () => {
    const response = await app.server.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'ready', checks: { store: 'ok (sqlite)' }, channels: { webchat: 'on' } });
  });

  test('GET /metrics is Prometheus text with messages, resolver latency and queue depth', async () => {
    const session = (await app.server.inject({ method: 'POST', url: '/api/webchat/sessions', payload: {} })).json();
    await app.server.inject({
      method: 'POST',
      url: `/api/webchat/sessions/${session.sessionId}/messages`,
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      payload: { text: 'hello' },
    });
    const response = await app.server.inject({ method: 'GET', url: '/metrics' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/plain/);
    expect(response.body).toMatch(/support_messages_in_total\{channel="webchat",duplicate="false"\} 1/);
    expect(response.body).toMatch(/support_resolver_latency_seconds_count 1/);
    expect(response.body).toMatch(/support_queue_depth\{queue="inbox"\} 0/);
    expect(response.body).toMatch(/support_messages_out_total\{channel="webchat",status="(sent|delivered)"\} 2/);
  });

  test('/readyz turns 503 when the store is gone', async () => {
    const broken = await startTestApp();
    await broken.context.store.close();
    const response = await broken.server.inject({ method: 'GET', url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json().status).toBe('not_ready');
    await broken.dispose();
  });
});
