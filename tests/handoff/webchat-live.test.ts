import WebSocket from 'ws';
import { actionRequest, buttonPress, eventRequest, SlackTestBed, threadReply } from './slack-support';

test("an agent's Slack reply reaches a web chat customer live over the socket", async () => {
  const bed = await SlackTestBed.start();
  const address = await bed.harness.app.start();
  const received: { type: string; message?: { author: string; authorName?: string; text: string } }[] = [];
  let socket: WebSocket | null = null;
  try {
    const session = (await (await fetch(`${address}/api/webchat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ market: 'GB' }) })).json()) as {
      sessionId: string;
      token: string;
    };
    socket = new WebSocket(`${address.replace('http', 'ws')}/webchat/ws?sessionId=${session.sessionId}&token=${encodeURIComponent(session.token)}`);
    socket.on('message', (data) => received.push(JSON.parse(data.toString())));
    await new Promise<void>((resolve, reject) => {
      socket!.once('open', () => resolve());
      socket!.once('error', reject);
    });

    const post = await fetch(`${address}/api/webchat/sessions/${session.sessionId}/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      body: JSON.stringify({ text: 'can I speak to a person?' }),
    });
    expect(post.status).toBe(200);
    const conversation = await bed.harness.app.context.conversations.findLatest('webchat', `webchat:${session.sessionId}`);
    expect(conversation?.state).toBe('waiting_for_agent');
    const thread = await bed.thread(conversation!.id);
    expect(thread.channel).toBe('CSUPPORTGB');

    await bed.inject(actionRequest(buttonPress('action-take-over', conversation!.id, '1750002000.000001'), bed.now()));
    await bed.inject(eventRequest(threadReply(thread, 'Hello from Alice, live.', { ts: '1750002100.000001', eventId: 'Ev0WEBCHAT1' }), bed.now()));

    const live = await bed.slack.waitFor(() => received.find((event) => event.message?.author === 'agent'), 5000, 'the live agent message');
    expect(live.message).toMatchObject({ text: 'Hello from Alice, live.', authorName: 'Alice' });
    expect(received.some((event) => event.message?.text === 'Alice from our team has joined the conversation.')).toBe(true);
  } finally {
    socket?.close();
    await bed.stop();
  }
});
