import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import WebSocket from 'ws';
import { startChildServer, type ChildServer } from '../support/child-server';
import { startMongoWireServer, type MongoWireServer } from '../support/mongo-wire';

/**
 * Several stateless processes on one store: messages of the same conversations arrive at different processes, one
 * process is SIGKILLed half-way, and still every accepted message gets exactly its replies, in order, and every live
 * socket receives each reply once, whichever process delivered it.
 */
jest.setTimeout(120_000);

const SESSIONS = 12;
const MESSAGES_PER_SESSION = 3;

type Session = { sessionId: string; token: string };

async function json<T>(response: Response): Promise<T> {
  if (!response.ok && response.status !== 202) throw new Error(`HTTP ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.each(['sqlite', 'mongodb'] as const)('three processes on one %s store', (storeKind) => {
  let mongo: MongoWireServer | null = null;
  let dataDir: string;
  let servers: ChildServer[] = [];

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `scale-out-${storeKind}-`));
    const environment: Record<string, string> = { DATA_DIR: dataDir, WORKER_CONCURRENCY: '2', LEASE_TTL_MS: '2000', WEBCHAT_POLL_MS: '200' };
    if (storeKind === 'mongodb') {
      mongo = await startMongoWireServer();
      environment.MONGODB_URI = mongo.uri;
      environment.DEMO_DATA = 'on';
    }
    servers = await Promise.all([0, 1, 2].map(() => startChildServer(environment)));
  });

  afterAll(async () => {
    await Promise.all(servers.map((server) => server.kill('SIGTERM')));
    await mongo?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('no message is lost, no reply doubled or reordered, and live sockets see every reply once', async () => {
    const [first, second, doomed] = servers as [ChildServer, ChildServer, ChildServer];
    const survivors = [first, second];
    const sessions = await Promise.all(
      Array.from({ length: SESSIONS }, (_, index) =>
        fetch(`${servers[index % 3]!.baseUrl}/api/webchat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }).then((response) =>
          json<Session>(response),
        ),
      ),
    );

    // Each session's socket is on a surviving process; its messages go to the other processes, the doomed one too.
    const received = new Map<string, string[]>();
    const sockets = await Promise.all(
      sessions.map(
        (session, index) =>
          new Promise<WebSocket>((resolve, reject) => {
            const base = survivors[index % 2]!.baseUrl.replace(/^http/, 'ws');
            const socket = new WebSocket(`${base}/webchat/ws?sessionId=${session.sessionId}&token=${encodeURIComponent(session.token)}`);
            received.set(session.sessionId, []);
            socket.on('message', (data) => {
              const event = JSON.parse(data.toString()) as { type: string; message?: { id: string; direction: string } };
              if (event.type === 'message' && event.message?.direction === 'out') received.get(session.sessionId)!.push(event.message.id);
            });
            socket.once('open', () => resolve(socket));
            socket.once('error', reject);
          }),
      ),
    );

    const accepted: string[] = [];
    let killed = false;
    for (let round = 0; round < MESSAGES_PER_SESSION; round += 1) {
      if (round === 1) {
        await doomed.kill('SIGKILL');
        killed = true;
      }
      await Promise.all(
        sessions.map(async (session, index) => {
          const targets = killed ? survivors : servers;
          const target = targets[(index + round + 1) % targets.length]!;
          const response = await fetch(`${target.baseUrl}/api/webchat/sessions/${session.sessionId}/messages`, {
            method: 'POST',
            headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json', prefer: 'respond-async' },
            body: JSON.stringify({ text: ['hello', 'where is my refund', 'thanks'][round], clientMessageId: `r${round}` }),
          });
          accepted.push((await json<{ messageId: string }>(response)).messageId);
        }),
      );
    }

    type Message = { id: string; direction: string; text: string; status?: string };
    const transcripts = new Map<string, Message[]>();
    await waitFor(
      async () => {
        for (const [index, session] of sessions.entries()) {
          const response = await fetch(`${survivors[index % 2]!.baseUrl}/api/webchat/sessions/${session.sessionId}/messages`, {
            headers: { authorization: `Bearer ${session.token}` },
          });
          transcripts.set(session.sessionId, (await json<{ messages: Message[] }>(response)).messages);
        }
        // At least one reply per message plus the disclosure, the answer to the last message among them (the refund
        // answer comes in two messages, so the count alone can be reached first), and nothing left to deliver.
        return [...transcripts.values()].every((messages) => {
          const outbound = messages.filter((message) => message.direction === 'out');
          const lastAnswered = outbound.some((message) => /welcome/i.test(message.text));
          return outbound.length >= MESSAGES_PER_SESSION + 1 && lastAnswered && outbound.every((message) => message.status !== 'pending' && message.status !== 'sending');
        });
      },
      60_000,
      'every reply',
    );
    await new Promise((resolve) => setTimeout(resolve, 600));

    for (const session of sessions) {
      const messages = transcripts.get(session.sessionId)!;
      const inbound = messages.filter((message) => message.direction === 'in');
      const outbound = messages.filter((message) => message.direction === 'out');
      expect(inbound).toHaveLength(MESSAGES_PER_SESSION);
      // Replies in the order of the messages they answer: disclosure and greeting, refund answer, thanks answer
      // (messages sent to a process that died are answered after its lease expired, so they may all come first).
      const texts = outbound.map((message) => message.text);
      expect(texts[0]).toMatch(/an AI/);
      expect(texts[1]).toMatch(/How can I help/);
      const refund = texts.findIndex((text, index) => index > 1 && /refund/i.test(text));
      const welcome = texts.findIndex((text) => /welcome/i.test(text));
      expect(refund).toBeGreaterThan(1);
      expect(welcome).toBeGreaterThan(refund);
      expect(new Set(texts).size).toBe(texts.length);
      // The socket was open before the first message: it got every reply, exactly once, in order.
      expect(received.get(session.sessionId)).toEqual(outbound.map((message) => message.id));
    }
    expect(accepted).toHaveLength(SESSIONS * MESSAGES_PER_SESSION);
    for (const socket of sockets) socket.close();
  });
});
