import type { Socket } from 'node:net';
import type { Document } from 'bson';
import type { CommandEnvironment } from './command-context';
import { commandNameOf, runCommand } from './command-dispatch';
import { errorReply } from './errors';
import { FrameReader } from './frame-reader';
import { decodeMessage, encodeOpMsgReply, encodeOpReply, type IncomingRequest } from './message-codec';
import { OP_QUERY, SERVER_LIMITS } from './op-codes';

/** One command as the server saw it; handy to see what a driver sends (see `onCommand`). */
export interface CommandEvent {
  readonly connectionId: number;
  readonly opCode: 'OP_MSG' | 'OP_QUERY';
  readonly database: string | undefined;
  readonly commandName: string;
  readonly command: Document;
  readonly reply: Document;
  /** False when the client set moreToCome (e.g. `w: 0`), so the reply was not sent. */
  readonly replied: boolean;
}

function encodeReply(request: IncomingRequest, reply: Document): Buffer {
  const encode = request.opCode === OP_QUERY ? encodeOpReply : encodeOpMsgReply;
  try {
    return encode(request.requestId, reply);
  } catch (error) {
    // A reply that cannot be serialised (e.g. over 16 MiB) is still answered, with the reason.
    return encode(request.requestId, errorReply(error));
  }
}

/**
 * Serves one client socket. Frames are handled synchronously in arrival order, so a connection
 * sees its replies in request order and every command runs without interleaving with others.
 * Bytes that do not parse close this connection only, as on mongod.
 */
export function serveConnection(socket: Socket, environment: CommandEnvironment, onCommand?: (event: CommandEvent) => void): void {
  const reader = new FrameReader(SERVER_LIMITS.maxMessageSizeBytes);
  socket.setNoDelay(true);
  // Clients resetting their connections (ECONNRESET, EPIPE) are routine; the socket just goes away.
  socket.on('error', () => socket.destroy());
  socket.on('data', (chunk: Buffer) => {
    if (socket.destroyed) return;
    try {
      for (const frame of reader.push(chunk)) {
        const request = decodeMessage(frame);
        const reply = runCommand(request, environment);
        onCommand?.({
          connectionId: environment.connectionId,
          opCode: request.opCode === OP_QUERY ? 'OP_QUERY' : 'OP_MSG',
          database: request.database,
          commandName: commandNameOf(request.command),
          command: request.command,
          reply,
          replied: !request.moreToCome,
        });
        if (!request.moreToCome) socket.write(encodeReply(request, reply));
      }
    } catch {
      // Malformed bytes (or a throwing onCommand): the stream cannot be resynchronised, so drop it.
      socket.destroy();
    }
  });
}
