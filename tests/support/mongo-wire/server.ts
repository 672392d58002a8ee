import { createServer, type AddressInfo, type Socket } from 'node:net';
import type { CommandEvent } from './connection-handler';
import { serveConnection } from './connection-handler';
import { CursorRegistry } from './cursor-registry';
import { DatabaseStore } from './database-store';

/** A running test server. */
export interface MongoWireServer {
  /** `mongodb://127.0.0.1:<port>/?directConnection=true`, ready for `new MongoClient(uri)`. */
  readonly uri: string;
  readonly port: number;
  /** Drops every connection and stops listening. */
  close(): Promise<void>;
  /** Empties every database and forgets open cursors; connections stay open. */
  reset(): void;
}

/** Options of {@link startMongoWireServer}. */
export interface MongoWireServerOptions {
  /** 0 (the default) picks a free port. The server always listens on 127.0.0.1 only. */
  readonly port?: number;
  /** Called after each command with what was received and replied; for debugging and protocol tests. */
  readonly onCommand?: (event: CommandEvent) => void;
}

export async function startMongoWireServer(options: MongoWireServerOptions = {}): Promise<MongoWireServer> {
  const store = new DatabaseStore();
  const cursors = new CursorRegistry();
  const sockets = new Set<Socket>();
  const startedAt = new Date();
  let connectionsCreated = 0;

  const server = createServer((socket) => {
    connectionsCreated += 1;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    const environment = {
      store,
      cursors,
      connectionId: connectionsCreated,
      remoteAddress: `${socket.remoteAddress ?? '127.0.0.1'}:${socket.remotePort ?? 0}`,
      startedAt,
      openConnections: () => sockets.size,
    };
    serveConnection(socket, environment, options.onCommand);
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;

  return {
    uri: `mongodb://127.0.0.1:${port}/?directConnection=true`,
    port,
    reset() {
      store.clear();
      cursors.clear();
    },
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
