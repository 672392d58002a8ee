import WebSocket from 'ws';
import { signIdentityToken } from '../../channels/web-chat/tokens';
import { startTestApp } from '../support/test-app';

type TestApp = Awaited<ReturnType<typeof startTestApp>>;

async function startSession(app: TestApp, body: Record<string, unknown> = {}) {
  const response = await app.server.inject({ method: 'POST', url: '/api/webchat/sessions', payload: body });
  return { status: response.statusCode, json: response.json() as { sessionId: string; token: string; market: string; locale: string; signedIn: boolean } };
}

function post(app: TestApp, sessionId: string, token: string, payload: unknown, headers: Record<string, string> = {}) {
  return app.server.inject({
    method: 'POST',
    url: `/api/webchat/sessions/${sessionId}/messages`,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json', ...headers },
    payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
  });
}

describe('web chat over REST', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ environment: { WEBCHAT_IDENTITY_SECRET: 'host-app-secret-0123456789' } });
  });
  afterAll(async () => {
    await app.dispose();
  });

  test('a session, a message, the replies in the response, and the transcript', async () => {
    const { status, json: session } = await startSession(app, { market: 'DE' });
    expect(status).toBe(201);
    expect(session).toMatchObject({ market: 'DE', locale: 'de-DE', signedIn: false });
    const response = await post(app, session.sessionId, session.token, { text: 'hello' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.status).toBe('handled');
    expect(body.replies.map((reply: { text: string }) => reply.text)).toEqual([expect.stringMatching(/KI/), expect.stringMatching(/helfen/)]);
    const transcript = await app.server.inject({
      method: 'GET',
      url: `/api/webchat/sessions/${session.sessionId}/messages`,
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(transcript.json().messages.map((message: { direction: string }) => message.direction)).toEqual(['in', 'out', 'out']);
  });

  test('a retried POST with the same clientMessageId is one message with one set of replies', async () => {
    const { json: session } = await startSession(app);
    const first = (await post(app, session.sessionId, session.token, { text: 'thanks', clientMessageId: 'c-1' })).json();
    const again = (await post(app, session.sessionId, session.token, { text: 'thanks', clientMessageId: 'c-1' })).json();
    expect(again.messageId).toBe(first.messageId);
    expect(again.duplicate).toBe(true);
    const idsAndTexts = (replies: { id: string; text: string }[]) => replies.map(({ id, text }) => [id, text]);
    expect(idsAndTexts(again.replies)).toEqual(idsAndTexts(first.replies));
    expect(first.replies).toHaveLength(2);
  });

  test('Prefer: respond-async acknowledges at once with 202', async () => {
    const { json: session } = await startSession(app);
    const response = await post(app, session.sessionId, session.token, { text: 'hi' }, { prefer: 'respond-async' });
    expect(response.statusCode).toBe(202);
    expect(response.json()).toMatchObject({ status: 'accepted', duplicate: false });
  });

  test('a wrong, missing or another session\'s token gets 401 and stores nothing', async () => {
    const { json: mine } = await startSession(app);
    const { json: theirs } = await startSession(app);
    for (const token of ['nonsense', `${mine.token}x`, theirs.token]) {
      const response = await post(app, mine.sessionId, token, { text: 'hi' });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthorized');
    }
    const missing = await app.server.inject({ method: 'GET', url: `/api/webchat/sessions/${mine.sessionId}/messages` });
    expect(missing.statusCode).toBe(401);
    const transcript = await app.server.inject({
      method: 'GET',
      url: `/api/webchat/sessions/${mine.sessionId}/messages`,
      headers: { authorization: `Bearer ${mine.token}` },
    });
    expect(transcript.json().messages).toEqual([]);
  });

  test('bad input gets a 4xx with a code, never a 500', async () => {
    const { json: session } = await startSession(app);
    const cases: [unknown, number, string][] = [
      ['{not json', 400, 'invalid_json'],
      [{}, 400, 'invalid_request'],
      [{ text: 42 }, 400, 'invalid_request'],
      [{ text: '   ' }, 400, 'invalid_request'],
      [{ text: 'x'.repeat(4001) }, 400, 'invalid_request'],
      [{ text: 'ok', clientMessageId: 'bad id!' }, 400, 'invalid_request'],
      [{ text: 'x'.repeat(300 * 1024) }, 413, 'payload_too_large'],
    ];
    for (const [payload, status, code] of cases) {
      const response = await post(app, session.sessionId, session.token, payload);
      expect([response.statusCode, response.json().error.code]).toEqual([status, code]);
    }
    const badSession = await app.server.inject({ method: 'POST', url: '/api/webchat/sessions', headers: { 'content-type': 'application/json' }, payload: '{"market": 7' });
    expect([badSession.statusCode, badSession.json().error.code]).toEqual([400, 'invalid_json']);
    expect((await startSession(app, { market: 'XX' })).status).toBe(400);
    expect((await startSession(app, { market: 'DE', locale: 'fr-FR' })).json).toMatchObject({ error: { code: 'invalid_request' } });
    const notFound = await app.server.inject({ method: 'GET', url: '/nope' });
    expect([notFound.statusCode, notFound.json().error.code]).toEqual([404, 'not_found']);
  });

  test('a host app identity token signs the visitor in; a forged one is refused', async () => {
    const now = Math.floor(Date.now() / 1000);
    const valid = signIdentityToken({ sub: 'demo-anna', exp: now + 60 }, 'host-app-secret-0123456789');
    const { json: session } = await startSession(app, { market: 'DE', identityToken: valid });
    expect(session.signedIn).toBe(true);
    await post(app, session.sessionId, session.token, { text: 'hello' });
    const conversation = await app.context.conversations.findLatest('webchat', `webchat:${session.sessionId}`);
    expect(conversation?.customerId).toBe('cus_anna_de');

    const forged = signIdentityToken({ sub: 'demo-anna', exp: now + 60 }, 'wrong-secret-0123456789');
    expect((await startSession(app, { identityToken: forged })).status).toBe(401);
    const expired = signIdentityToken({ sub: 'demo-anna', exp: now - 1 }, 'host-app-secret-0123456789');
    expect((await startSession(app, { identityToken: expired })).status).toBe(401);
  });

  test('the demo page and the widget script are served', async () => {
    const page = await app.server.inject({ method: 'GET', url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('<script src="/widget.js"');
    const widget = await app.server.inject({ method: 'GET', url: '/widget.js' });
    expect(widget.headers['content-type']).toMatch(/javascript/);
    expect(widget.body).toContain('SupportWidget');
  });
});

describe('web chat over the WebSocket', () => {
  let app: TestApp;
  let base: string;
  beforeAll(async () => {
    app = await startTestApp();
    base = (await app.start()).replace(/^http/, 'ws');
  });
  afterAll(async () => {
    await app.dispose();
  });

  function connect(sessionId: string, token: string): Promise<{ socket: WebSocket; events: Record<string, unknown>[] }> {
    const socket = new WebSocket(`${base}/webchat/ws?sessionId=${sessionId}&token=${encodeURIComponent(token)}`);
    const events: Record<string, unknown>[] = [];
    socket.on('message', (data) => events.push(JSON.parse(data.toString())));
    return new Promise((resolve, reject) => {
      socket.once('open', () => resolve({ socket, events }));
      socket.once('error', reject);
    });
  }

  async function until(events: Record<string, unknown>[], predicate: (events: Record<string, unknown>[]) => boolean) {
    const deadline = Date.now() + 5000;
    while (!predicate(events)) {
      if (Date.now() > deadline) throw new Error(`Timed out; events: ${JSON.stringify(events)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  test('a message sent over the socket gets its replies pushed live, with a typing indicator', async () => {
    const session = (await app.server.inject({ method: 'POST', url: '/api/webchat/sessions', payload: { market: 'GB' } })).json();
    const { socket, events } = await connect(session.sessionId, session.token);
    socket.send(JSON.stringify({ type: 'message', text: 'hello', clientMessageId: 'w1' }));
    await until(events, (list) => list.filter((event) => event.type === 'message').length >= 3);
    const messages = events.filter((event) => event.type === 'message').map((event) => event.message as { direction: string; text: string });
    expect(messages[0]).toMatchObject({ direction: 'in', text: 'hello' });
    expect(messages.slice(1).map((message) => message.direction)).toEqual(['out', 'out']);
    expect(events).toContainEqual({ type: 'typing', state: true });
    socket.close();
  });

  test('replies to a REST message reach an open socket of the same session', async () => {
    const session = (await app.server.inject({ method: 'POST', url: '/api/webchat/sessions', payload: {} })).json();
    const { socket, events } = await connect(session.sessionId, session.token);
    await post(app, session.sessionId, session.token, { text: 'thanks' });
    await until(events, (list) => list.filter((event) => event.type === 'message').length >= 3);
    socket.close();
  });

  test('bad socket input gets an error event; a bad token closes the socket with 4401', async () => {
    const session = (await app.server.inject({ method: 'POST', url: '/api/webchat/sessions', payload: {} })).json();
    const { socket, events } = await connect(session.sessionId, session.token);
    socket.send('not json');
    socket.send(JSON.stringify({ type: 'message', text: '' }));
    await until(events, (list) => list.length >= 2);
    expect(events.map((event) => (event.error as { code: string }).code)).toEqual(['invalid_json', 'invalid_request']);
    socket.close();

    const rejected = new WebSocket(`${base}/webchat/ws?sessionId=${session.sessionId}&token=forged`);
    const code = await new Promise<number>((resolve) => rejected.on('close', (closeCode) => resolve(closeCode)));
    expect(code).toBe(4401);
  });
});
