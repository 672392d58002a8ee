/** Something that can receive live events: a WebSocket, or a test double with the same `send`. */
export interface LiveConnection {
  send(data: string): void;
  readonly readyState: number;
}

const OPEN = 1;

export type LiveEvent =
  | { type: 'message'; message: { id: string; direction: 'in' | 'out'; author: string; authorName?: string; text: string; at: number } }
  | { type: 'typing'; state: boolean }
  | { type: 'error'; error: { code: string; message: string } };

/** The live web chat connections of this process, by session. */
export class WebchatHub {
  private readonly connections = new Map<string, Set<LiveConnection>>();

  join(sessionId: string, connection: LiveConnection): () => void {
    let set = this.connections.get(sessionId);
    if (!set) {
      set = new Set();
      this.connections.set(sessionId, set);
    }
    set.add(connection);
    return () => {
      set.delete(connection);
      if (set.size === 0) this.connections.delete(sessionId);
    };
  }

  /** Sends to every open connection of the session; returns how many received it. */
  publish(sessionId: string, event: LiveEvent): number {
    let delivered = 0;
    for (const connection of this.connections.get(sessionId) ?? []) {
      if (connection.readyState !== OPEN) continue;
      connection.send(JSON.stringify(event));
      delivered += 1;
    }
    return delivered;
  }

  connectionCount(): number {
    let count = 0;
    for (const set of this.connections.values()) count += set.size;
    return count;
  }
}
