import { startTestApp } from '../support/test-app';
import { eventRequest, fixture, signed, SlackTestBed } from './slack-support';

describe('POST /slack/events: Slack signature, timestamp and body shapes, against the real Bolt app', () => {
  let bed: SlackTestBed;
  beforeAll(async () => {
    bed = await SlackTestBed.start();
  });
  afterAll(async () => {
    await bed.stop();
  });

  test('url_verification answers the challenge', async () => {
    const body = fixture('url-verification');
    const response = await bed.inject(eventRequest(body, bed.now()));
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ challenge: body.challenge });
  });

  test('a bad signature is 401 with an error code, and nothing is processed', async () => {
    const request = signed(JSON.stringify(fixture('url-verification')), 'application/json', { at: bed.now(), secret: 'someone-elses-secret' });
    const response = await bed.inject(request);
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ error: { code: 'unauthorized' } });
  });

  test('a body changed after signing is 401', async () => {
    const request = eventRequest(fixture('url-verification'), bed.now());
    request.payload = String(request.payload).replace('url_verification', 'url_verification ');
    expect((await bed.inject(request)).statusCode).toBe(401);
  });

  test('a stale timestamp (older than 5 minutes) is 401, and so is one from the future', async () => {
    const stale = await bed.inject(eventRequest(fixture('url-verification'), bed.now() - 5 * 60_000 - 2000));
    expect(stale.statusCode).toBe(401);
    const future = await bed.inject(eventRequest(fixture('url-verification'), bed.now() + 5 * 60_000 + 2000));
    expect(future.statusCode).toBe(401);
    const recent = await bed.inject(eventRequest(fixture('url-verification'), bed.now() - 4 * 60_000));
    expect(recent.statusCode).toBe(200);
  });

  test('missing signature headers are 401', async () => {
    const response = await bed.inject({ method: 'POST', url: '/slack/events', headers: { 'content-type': 'application/json' }, payload: '{}' });
    expect(response.statusCode).toBe(401);
  });

  test('a signed but malformed body is 400, an unknown content type 415', async () => {
    const broken = await bed.inject(signed('{"type": ', 'application/json', { at: bed.now() }));
    expect(broken.statusCode).toBe(400);
    expect(broken.json()).toMatchObject({ error: { code: 'invalid_json' } });
    const xml = await bed.inject(signed('<event/>', 'text/xml', { at: bed.now() }));
    expect(xml.statusCode).toBe(415);
  });

  test("Slack's SSL check is answered without a signature", async () => {
    const response = await bed.inject({ method: 'POST', url: '/slack/events', headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload: 'ssl_check=1&token=x' });
    expect(response.statusCode).toBe(200);
  });

  test('an event for no thread of ours is acknowledged and ignored', async () => {
    const response = await bed.inject(eventRequest(fixture('event-thread-reply'), bed.now()));
    expect(response.statusCode).toBe(200);
    expect(bed.harness.sent.sent).toHaveLength(0);
  });
});

test('with Slack off the route answers 404 channel_disabled, and start-up status says why', async () => {
  const app = await startTestApp();
  try {
    const response = await app.server.inject(eventRequest(fixture('url-verification'), Date.now()));
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ error: { code: 'channel_disabled' } });
    expect(app.context.handoffStatus).toMatch(/^off: SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET not set/);
    const ready = await app.server.inject({ method: 'GET', url: '/readyz' });
    expect(ready.json().checks.handoff).toMatch(/^off/);
  } finally {
    await app.dispose();
  }
});
