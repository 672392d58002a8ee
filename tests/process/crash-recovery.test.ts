import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { startChildServer, type ChildServer } from '../support/child-server';

/**
 * A process killed (SIGKILL, no chance to clean up) between accepting messages and sending their replies sends those
 * replies after a restart, each exactly once. Runs the real server as a child process on a real SQLite file.
 */
jest.setTimeout(90_000);

const MESSAGES = 90;

interface Row {
  doc: string;
}

function readInbox(file: string): { id: string; status: string; plan: { replies: unknown[] } | null }[] {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare('SELECT doc FROM inbox').all() as Row[]).map((row) => JSON.parse(row.doc));
  } finally {
    database.close();
  }
}

function readOutbox(file: string): { inReplyTo: string; idempotencyKey: string; status: string }[] {
  const database = new Database(file, { readonly: true, fileMustExist: true });
  try {
    return (database.prepare('SELECT doc FROM outbox').all() as Row[]).map((row) => JSON.parse(row.doc));
  } finally {
    database.close();
  }
}

test('a SIGKILL between accepting and replying loses nothing and doubles nothing', async () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'crash-test-'));
  const file = path.join(dataDir, 'support.sqlite');
  const environment = { DATA_DIR: dataDir, WORKER_CONCURRENCY: '1', LEASE_TTL_MS: '2000' };
  let server: ChildServer | null = null;
  try {
    let unfinishedAtKill = 0;
    const accepted: string[] = [];
    // Usually the first round already leaves work unfinished; a very fast machine may need another.
    for (let round = 0; round < 5 && unfinishedAtKill === 0; round += 1) {
      server = await startChildServer(environment);
      const sessions: { sessionId: string; token: string }[] = await Promise.all(
        Array.from({ length: MESSAGES }, async () => {
          const response = await fetch(`${server!.baseUrl}/api/webchat/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
          return (await response.json()) as { sessionId: string; token: string };
        }),
      );
      // Kill while messages are still arriving: once a third of them were acknowledged, not after the last.
      let acknowledged = 0;
      let killing: Promise<void> | null = null;
      await Promise.all(
        sessions.map(async (session, index) => {
          try {
            const response = await fetch(`${server!.baseUrl}/api/webchat/sessions/${session.sessionId}/messages`, {
              method: 'POST',
              headers: { authorization: `Bearer ${session.token}`, 'content-type': 'application/json', prefer: 'respond-async' },
              body: JSON.stringify({ text: index % 2 === 0 ? 'hello' : 'thanks', clientMessageId: `round${round}-${index}` }),
            });
            if (response.status !== 202) throw new Error(`unexpected status ${response.status}`);
            if (killing) return; // answered as the process died: not counted as acknowledged
            accepted.push(((await response.json()) as { messageId: string }).messageId);
            acknowledged += 1;
            if (acknowledged >= MESSAGES / 3) killing = server!.kill('SIGKILL');
          } catch (error) {
            if (!killing) throw error; // a request cut off by the kill was never acknowledged
          }
        }),
      );
      await server.kill('SIGKILL');
      unfinishedAtKill = readInbox(file).filter((item) => item.status === 'pending' || item.status === 'processing').length;
    }
    expect(unfinishedAtKill).toBeGreaterThan(0);
    console.info(`unfinished at kill: ${unfinishedAtKill} of ${accepted.length}`);

    server = await startChildServer(environment);
    const deadline = Date.now() + 30_000;
    for (;;) {
      const unfinished = readInbox(file).filter((item) => item.status !== 'done').length;
      const unsent = readOutbox(file).filter((message) => message.status === 'pending' || message.status === 'sending').length;
      if (unfinished === 0 && unsent === 0) break;
      if (Date.now() > deadline) throw new Error(`Recovery did not finish: ${unfinished} unfinished, ${unsent} unsent\n${server.output()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }

    const inbox = readInbox(file);
    const outbox = readOutbox(file);
    // Every acknowledged message is there (and possibly some that were stored as the process died).
    expect(inbox.map((item) => item.id)).toEqual(expect.arrayContaining(accepted));
    for (const item of inbox) {
      const replies = outbox.filter((message) => message.inReplyTo === item.id);
      expect(item.plan).not.toBeNull();
      expect(replies).toHaveLength(item.plan!.replies.length);
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.every((reply) => reply.status === 'sent' || reply.status === 'delivered')).toBe(true);
    }
  } finally {
    await server?.kill('SIGTERM');
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
