import { ADMIN_ROUTES } from '../../src/http/routes/admin';
import { ROLES, type Role } from '../../src/admin/roles';
import { ConversationHarness } from '../support/harness';

const ADMIN_TOKEN = 'admin-token-for-tests-0123456789';

/** A request to each admin route that would succeed with a strong enough role (so a 403 cannot hide a 400). */
function sampleRequest(method: string, url: string): { method: string; url: string; payload?: unknown } {
  const concrete = url.replace(':code', 'GB').replace(':locale', 'en-GB').replace(':id', 'conv_missing');
  const bodies: Record<string, unknown> = {
    'PATCH /api/admin/markets/:code': { slackChannel: '#support-gb' },
    'PUT /api/admin/markets/:code/texts/:locale': { key: 'common:greeting', text: null },
    'POST /api/admin/tokens': { name: 'x', role: 'viewer' },
    'POST /api/admin/conversations/:id/reply': { text: 'hello' },
  };
  const body = bodies[`${method} ${url}`] ?? (method === 'GET' || method === 'DELETE' ? undefined : {});
  return { method, url: concrete.replace('/tokens/conv_missing', '/tokens/tok_0123456789abcdef'), ...(body === undefined ? {} : { payload: body }) };
}

describe('admin API', () => {
  let harness: ConversationHarness;
  const tokens = {} as Record<Role, string>;

  beforeAll(async () => {
    harness = await ConversationHarness.start({ environment: { ADMIN_TOKEN } });
    for (const role of ROLES) {
      const created = await harness.app.server.inject({ method: 'POST', url: '/api/admin/tokens', headers: { authorization: `Bearer ${ADMIN_TOKEN}` }, payload: { name: `${role} person`, role } });
      expect(created.statusCode).toBe(200);
      tokens[role] = created.json().token;
    }
  });
  afterAll(async () => harness.stop());

  const call = (token: string | null, request: { method: string; url: string; payload?: unknown }) =>
    harness.app.server.inject({ ...request, method: request.method as 'GET', headers: token ? { authorization: `Bearer ${token}` } : {} } as never);

  test('the route list covers markets, texts, conversations, actions, metrics, tokens and audit', () => {
    const routes = ADMIN_ROUTES.map((route) => `${route.method} ${route.url}`);
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/admin/markets',
        'PATCH /api/admin/markets/:code',
        'PUT /api/admin/markets/:code/texts/:locale',
        'GET /api/admin/conversations',
        'GET /api/admin/conversations/:id',
        'POST /api/admin/conversations/:id/take-over',
        'POST /api/admin/conversations/:id/escalate',
        'POST /api/admin/conversations/:id/close',
        'GET /api/admin/metrics',
        'POST /api/admin/tokens',
        'GET /api/admin/audit',
      ]),
    );
  });

  test.each(ADMIN_ROUTES.map((route) => [`${route.method} ${route.url}`, route] as const))('%s: 401 without or with a bad token, 403 for weaker roles', async (_name, route) => {
    const request = sampleRequest(route.method, route.url);
    for (const token of [null, 'not-a-token', `${ADMIN_TOKEN}x`, 'adm_0123456789abcdef01234567.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA']) {
      const response = await call(token, request);
      expect([token, response.statusCode, response.json().error.code]).toEqual([token, 401, 'unauthorized']);
    }
    for (const role of ROLES.slice(0, ROLES.indexOf(route.role))) {
      const response = await call(tokens[role], request);
      expect([role, response.statusCode, response.json().error.code]).toEqual([role, 403, 'forbidden']);
    }
    for (const role of ROLES.slice(ROLES.indexOf(route.role))) {
      const response = await call(tokens[role], request);
      expect([role, response.statusCode]).not.toEqual([role, 401]);
      expect([role, response.statusCode]).not.toEqual([role, 403]);
    }
  });

  test('an unknown admin path also answers 401 without a token', async () => {
    expect((await call(null, { method: 'GET', url: '/api/admin/nothing-here' })).statusCode).toBe(401);
    expect((await call(ADMIN_TOKEN, { method: 'GET', url: '/api/admin/nothing-here' })).statusCode).toBe(404);
  });

  test('a revoked token stops working at once', async () => {
    const created = (await call(ADMIN_TOKEN, { method: 'POST', url: '/api/admin/tokens', payload: { name: 'temp', role: 'viewer' } })).json();
    expect((await call(created.token, { method: 'GET', url: '/api/admin/me' })).json()).toEqual({ principal: { id: created.summary.id, name: 'temp', role: 'viewer' } });
    expect((await call(ADMIN_TOKEN, { method: 'DELETE', url: `/api/admin/tokens/${created.summary.id}` })).statusCode).toBe(200);
    expect((await call(created.token, { method: 'GET', url: '/api/admin/me' })).statusCode).toBe(401);
    const listed = (await call(ADMIN_TOKEN, { method: 'GET', url: '/api/admin/tokens' })).json().tokens;
    expect(JSON.stringify(listed)).not.toMatch(/hash/);
  });

  test('a market update is validated (400 naming the field) and audited', async () => {
    const bad = await call(ADMIN_TOKEN, { method: 'PATCH', url: '/api/admin/markets/SE', payload: { policy: { returnWindowDays: -1, dueDateExtensionDays: 10, maxExtensionsPerOrder: 1 } } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'invalid_request', field: 'policy.returnWindowDays' });
    expect(bad.json().error.message).toMatch(/^policy\.returnWindowDays: /);

    const good = await call(tokens.admin, { method: 'PATCH', url: '/api/admin/markets/SE', payload: { retentionDays: 400, revision: 1 } });
    expect(good.statusCode).toBe(200);
    expect(good.json().market).toMatchObject({ code: 'SE', retentionDays: 400, revision: 2, updatedBy: 'admin person' });
    const stale = await call(tokens.admin, { method: 'PATCH', url: '/api/admin/markets/SE', payload: { retentionDays: 500, revision: 1 } });
    expect(stale.statusCode).toBe(409);

    const audit = (await call(ADMIN_TOKEN, { method: 'GET', url: '/api/admin/audit?target=SE' })).json().entries;
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'market.update', actor: { name: 'admin person', role: 'admin' }, before: { retentionDays: 730 }, after: { retentionDays: 400 } });
  });

  test('a greeting changed through the API is what the next customer gets, without a restart', async () => {
    const customer = { channel: 'sms' as const, address: '+447700900111', market: 'GB' };
    const response = await call(tokens.admin, { method: 'PUT', url: '/api/admin/markets/GB/texts/en-GB', payload: { key: 'common:greeting', text: 'Welcome to the test shop! What can I do for you?' } });
    expect(response.statusCode).toBe(200);
    await harness.from(customer).says('Hello').expectReply(/AI/).expectReply('Welcome to the test shop! What can I do for you?');
    const texts = (await call(tokens.viewer, { method: 'GET', url: '/api/admin/markets/GB/texts/en-GB' })).json().texts;
    expect(texts.find((text: { key: string }) => text.key === 'common:greeting')).toMatchObject({ override: 'Welcome to the test shop! What can I do for you?', file: expect.stringMatching(/^How can I help/) });
    const unknownVariable = await call(tokens.admin, { method: 'PUT', url: '/api/admin/markets/GB/texts/en-GB', payload: { key: 'common:demo.return', text: 'Within {{weeks}} weeks' } });
    expect(unknownVariable.json().error).toMatchObject({ code: 'invalid_request', field: 'texts.en-GB.common:demo.return' });
  });

  test('agents list conversations with filters, read the transcript with events, take over and reply', async () => {
    const customer = { channel: 'sms' as const, address: '+4915100000001', market: 'DE' };
    await harness.from(customer).says('Hallo').expectReply(/KI/);
    const conversation = (await harness.conversationOf(customer))!;
    const listed = (await call(tokens.agent, { method: 'GET', url: '/api/admin/conversations?market=DE&channel=sms&state=bot' })).json().conversations;
    expect(listed.map((item: { id: string }) => item.id)).toContain(conversation.id);
    expect((await call(tokens.agent, { method: 'GET', url: '/api/admin/conversations?market=FR' })).json().conversations).toEqual([]);
    expect((await call(tokens.agent, { method: 'GET', url: '/api/admin/conversations?state=nonsense' })).json().error.field).toBe('state');

    const detail = (await call(tokens.agent, { method: 'GET', url: `/api/admin/conversations/${conversation.id}` })).json();
    expect(detail.messages.map((message: { direction: string }) => message.direction)).toEqual(['in', 'out', 'out']);
    expect(detail.events[0]).toMatchObject({ type: 'conversation_opened' });

    expect((await call(tokens.agent, { method: 'POST', url: `/api/admin/conversations/${conversation.id}/reply`, payload: { text: 'Hi' } })).statusCode).toBe(409);
    const taken = await call(tokens.agent, { method: 'POST', url: `/api/admin/conversations/${conversation.id}/take-over`, payload: {} });
    expect(taken.json().conversation).toMatchObject({ state: 'agent', assignee: { name: 'agent person' } });
    expect((await call(tokens.agent, { method: 'POST', url: `/api/admin/conversations/${conversation.id}/reply`, payload: { text: 'Guten Tag, hier ist Maria.' } })).statusCode).toBe(200);
    await harness.from(customer).expectReply(/KI/).expectReply(/helfen/).expectReply('Guten Tag, hier ist Maria.');
    const closed = await call(tokens.agent, { method: 'POST', url: `/api/admin/conversations/${conversation.id}/close`, payload: {} });
    expect(closed.json().conversation.state).toBe('closed');
    expect((await call(tokens.agent, { method: 'POST', url: `/api/admin/conversations/${conversation.id}/take-over` })).statusCode).toBe(409);
  });

  test('metrics are computed from events and validated', async () => {
    const metrics = (await call(tokens.viewer, { method: 'GET', url: '/api/admin/metrics?bucket=week' })).json();
    expect(metrics.totals.conversations).toBeGreaterThanOrEqual(2);
    expect(metrics.byMarket.map((row: { market: string }) => row.market)).toEqual(expect.arrayContaining(['DE', 'GB']));
    expect((await call(tokens.viewer, { method: 'GET', url: '/api/admin/metrics?from=2026-02-01&to=2026-01-01' })).json().error.field).toBe('from');
    expect((await call(tokens.viewer, { method: 'GET', url: '/api/admin/metrics?bucket=hour' })).statusCode).toBe(400);
  });

  test('the console page is served without data and with a strict content security policy', async () => {
    const page = await harness.app.server.inject({ method: 'GET', url: '/admin' });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(page.body).toMatch(/<title>Support admin console<\/title>/);
    expect((await harness.app.server.inject({ method: 'GET', url: '/admin/charts.js' })).statusCode).toBe(200);
  });
});

describe('admin API without ADMIN_TOKEN', () => {
  test('the console is locked: every route answers 401', async () => {
    const harness = await ConversationHarness.start();
    try {
      for (const route of ADMIN_ROUTES) {
        const response = await harness.app.server.inject({ ...sampleRequest(route.method, route.url), method: route.method, headers: { authorization: 'Bearer anything-at-all-long-enough' } } as never);
        expect([route.url, response.statusCode]).toEqual([route.url, 401]);
      }
      expect((await harness.app.server.inject({ method: 'GET', url: '/api/admin/me' })).json().error.message).toMatch(/locked/);
    } finally {
      await harness.stop();
    }
  });
});
