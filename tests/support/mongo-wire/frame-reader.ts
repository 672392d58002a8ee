import { MalformedMessageError } from './errors';
import { MESSAGE_HEADER_LENGTH } from './op-codes';

/**
 * Cuts a TCP byte stream into whole wire messages. Each message starts with its own int32 length,
 * so a length outside [header size, max message size] means the stream can no longer be trusted.
 */
export class FrameReader {
  private chunks: Buffer[] = [];
  private bufferedLength = 0;

  constructor(private readonly maxMessageSizeBytes: number) {}

  /** Adds received bytes and returns every message now complete (possibly none). */
  push(chunk: Buffer): Buffer[] {
    this.chunks.push(chunk);
    this.bufferedLength += chunk.length;
    const frames: Buffer[] = [];
    while (this.bufferedLength >= 4) {
      const messageLength = this.peekLength();
      if (messageLength < MESSAGE_HEADER_LENGTH || messageLength > this.maxMessageSizeBytes) {
        throw new MalformedMessageError(`invalid message length ${messageLength}`);
      }
      if (this.bufferedLength < messageLength) break;
      const head = this.contiguous();
      frames.push(head.subarray(0, messageLength));
      const rest = head.subarray(messageLength);
      this.chunks = rest.length > 0 ? [rest] : [];
      this.bufferedLength = rest.length;
    }
    return frames;
  }

  private peekLength(): number {
    const first = this.chunks[0] as Buffer;
    return first.length >= 4 ? first.readInt32LE(0) : this.contiguous().readInt32LE(0);
  }

  /** Joins the pending chunks only when a whole message is there, so a large message is copied once. */
  private contiguous(): Buffer {
    if (this.chunks.length !== 1) {
      this.chunks = [Buffer.concat(this.chunks, this.bufferedLength)];
    }
    return this.chunks[0] as Buffer;
  }
}
