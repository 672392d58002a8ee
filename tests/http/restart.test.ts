import { createApp } from '../../src/app';
import { removeDataDir, testConfig } from '../support/test-config';

test('a web chat session, its token and its conversation survive a restart', async () => {
  const config = testConfig();
  const first = await createApp({ config, pollMs: 20 });
  first.startWorkers();
  const session = (await first.server.inject({ method: 'POST', url: '/api/webchat/sessions', payload: { market: 'SE' } })).json();
  const posted = await first.server.inject({
    method: 'POST',
    url: `/api/webchat/sessions/${session.sessionId}/messages`,
    headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
    payload: { text: 'hello' },
  });
  expect(posted.statusCode).toBe(200);
  await first.stop();

  const second = await createApp({ config, pollMs: 20 });
  second.startWorkers();
  try {
    const transcript = await second.server.inject({
      method: 'GET',
      url: `/api/webchat/sessions/${session.sessionId}/messages`,
      headers: { authorization: `Bearer ${session.token}` },
    });
    expect(transcript.statusCode).toBe(200);
    expect(transcript.json().messages.map((message: { direction: string; text: string }) => message.direction)).toEqual(['in', 'out', 'out']);
    const again = await second.server.inject({
      method: 'POST',
      url: `/api/webchat/sessions/${session.sessionId}/messages`,
      headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json' },
      payload: { text: 'thanks' },
    });
    expect(again.json().replies.map((reply: { text: string }) => reply.text)).toEqual([expect.stringMatching(/Varsågod/)]); // SE is served in Swedish
    const conversations = await second.context.conversations.list({ channel: 'webchat' }, {});
    expect(conversations).toHaveLength(1);
  } finally {
    await second.stop();
    removeDataDir(config);
  }
});
