import { deserialize, serialize, type Document } from 'bson';
import { MalformedMessageError } from './errors';
import {
  MESSAGE_HEADER_LENGTH,
  OP_COMPRESSED,
  OP_MSG,
  OP_MSG_CHECKSUM_PRESENT,
  OP_MSG_EXHAUST_ALLOWED,
  OP_MSG_KNOWN_REQUIRED_BITS,
  OP_MSG_MORE_TO_COME,
  OP_MSG_SECTION_BODY,
  OP_MSG_SECTION_DOCUMENT_SEQUENCE,
  OP_QUERY,
  OP_REPLY,
} from './op-codes';

/** One decoded client request: a command document plus what the reply depends on. */
export interface IncomingRequest {
  readonly opCode: typeof OP_MSG | typeof OP_QUERY;
  readonly requestId: number;
  /** From `$db` (OP_MSG) or the `<db>.$cmd` namespace (OP_QUERY); undefined when absent. */
  readonly database: string | undefined;
  /** For OP_QUERY, the full collection name it was sent to. */
  readonly namespace?: string;
  /** The body document with every document sequence merged in as an array field. */
  readonly command: Document;
  /** The client set moreToCome (e.g. `w: 0` writes): it expects no reply. */
  readonly moreToCome: boolean;
}

let nextReplyRequestId = 1;

/** Decodes one complete frame; anything structurally wrong raises {@link MalformedMessageError}. */
export function decodeMessage(frame: Buffer): IncomingRequest {
  if (frame.length < MESSAGE_HEADER_LENGTH) throw new MalformedMessageError('message shorter than its header');
  const requestId = frame.readInt32LE(4);
  const opCode = frame.readInt32LE(12);
  if (opCode === OP_MSG) return decodeOpMsg(frame, requestId);
  if (opCode === OP_QUERY) return decodeOpQuery(frame, requestId);
  // Compression is never negotiated (hello carries no `compression`), so OP_COMPRESSED is a protocol error here.
  const reason = opCode === OP_COMPRESSED ? 'OP_COMPRESSED without negotiated compression' : `unsupported opCode ${opCode}`;
  throw new MalformedMessageError(reason);
}

function decodeOpMsg(frame: Buffer, requestId: number): IncomingRequest {
  if (frame.length < MESSAGE_HEADER_LENGTH + 5) throw new MalformedMessageError('OP_MSG without sections');
  const flags = frame.readUInt32LE(MESSAGE_HEADER_LENGTH);
  const unknownRequired = flags & 0xffff & ~OP_MSG_KNOWN_REQUIRED_BITS;
  if (unknownRequired !== 0) throw new MalformedMessageError(`unknown required OP_MSG flag bits ${unknownRequired}`);
  // The CRC-32C trailer is not verified: loopback TCP already guarantees integrity for a test server.
  const end = flags & OP_MSG_CHECKSUM_PRESENT ? frame.length - 4 : frame.length;
  let offset = MESSAGE_HEADER_LENGTH + 4;
  let body: Document | undefined;
  const sequences: Array<[string, Document[]]> = [];
  while (offset < end) {
    const kind = frame[offset];
    offset += 1;
    if (kind === OP_MSG_SECTION_BODY) {
      if (body) throw new MalformedMessageError('OP_MSG with more than one body section');
      const size = documentSize(frame, offset, end);
      body = parseDocument(frame, offset, size);
      offset += size;
    } else if (kind === OP_MSG_SECTION_DOCUMENT_SEQUENCE) {
      if (offset + 4 > end) throw new MalformedMessageError('truncated document sequence');
      const sectionEnd = offset + frame.readInt32LE(offset);
      if (sectionEnd > end || sectionEnd < offset + 5) throw new MalformedMessageError('bad document sequence size');
      const identifierEnd = frame.indexOf(0, offset + 4);
      if (identifierEnd < 0 || identifierEnd >= sectionEnd) throw new MalformedMessageError('bad sequence identifier');
      const identifier = frame.toString('utf8', offset + 4, identifierEnd);
      const documents: Document[] = [];
      let cursor = identifierEnd + 1;
      while (cursor < sectionEnd) {
        const size = documentSize(frame, cursor, sectionEnd);
        documents.push(parseDocument(frame, cursor, size));
        cursor += size;
      }
      sequences.push([identifier, documents]);
      offset = sectionEnd;
    } else {
      throw new MalformedMessageError(`unknown OP_MSG section kind ${String(kind)}`);
    }
  }
  if (!body) throw new MalformedMessageError('OP_MSG without a body section');
  for (const [identifier, documents] of sequences) {
    if (identifier in body) throw new MalformedMessageError(`field '${identifier}' both in body and in a sequence`);
    body[identifier] = documents;
  }
  const database = typeof body.$db === 'string' ? body.$db : undefined;
  return { opCode: OP_MSG, requestId, database, command: body, moreToCome: (flags & OP_MSG_MORE_TO_COME) !== 0 };
}

function decodeOpQuery(frame: Buffer, requestId: number): IncomingRequest {
  const namespaceStart = MESSAGE_HEADER_LENGTH + 4;
  const namespaceEnd = frame.indexOf(0, namespaceStart);
  if (namespaceEnd < 0) throw new MalformedMessageError('OP_QUERY without a namespace');
  const namespace = frame.toString('utf8', namespaceStart, namespaceEnd);
  // numberToSkip and numberToReturn follow the namespace; commands ignore both.
  const queryStart = namespaceEnd + 1 + 8;
  const size = documentSize(frame, queryStart, frame.length);
  const query = parseDocument(frame, queryStart, size);
  // Read-preference-wrapped commands arrive as { $query: command, $readPreference }.
  const command = isDocument(query.$query) ? query.$query : query;
  const database = namespace.endsWith('.$cmd') ? namespace.slice(0, -'.$cmd'.length) : undefined;
  return { opCode: OP_QUERY, requestId, database, namespace, command, moreToCome: false };
}

function documentSize(frame: Buffer, offset: number, end: number): number {
  if (offset + 5 > end) throw new MalformedMessageError('truncated BSON document');
  const size = frame.readInt32LE(offset);
  if (size < 5 || offset + size > end) throw new MalformedMessageError(`bad BSON document size ${size}`);
  return size;
}

function parseDocument(frame: Buffer, offset: number, size: number): Document {
  try {
    return deserialize(frame.subarray(offset, offset + size));
  } catch (error) {
    throw new MalformedMessageError('invalid BSON document', { cause: error });
  }
}

function isDocument(value: unknown): value is Document {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function header(messageLength: number, responseTo: number, opCode: number): Buffer {
  const bytes = Buffer.alloc(MESSAGE_HEADER_LENGTH);
  bytes.writeInt32LE(messageLength, 0);
  bytes.writeInt32LE(nextReplyRequestId, 4);
  nextReplyRequestId = (nextReplyRequestId + 1) & 0x7fffffff;
  bytes.writeInt32LE(responseTo, 8);
  bytes.writeInt32LE(opCode, 12);
  return bytes;
}

/** An OP_MSG reply: no flags, one body section. */
export function encodeOpMsgReply(responseTo: number, document: Document): Buffer {
  const body = serialize(document);
  const flagsAndKind = Buffer.alloc(5);
  const length = MESSAGE_HEADER_LENGTH + flagsAndKind.length + body.length;
  return Buffer.concat([header(length, responseTo, OP_MSG), flagsAndKind, body], length);
}

/** An OP_REPLY with one document, the answer to a legacy OP_QUERY command. */
export function encodeOpReply(responseTo: number, document: Document, responseFlags = 0): Buffer {
  const body = serialize(document);
  const fields = Buffer.alloc(20);
  fields.writeInt32LE(responseFlags, 0);
  fields.writeBigInt64LE(0n, 4); // cursorID: commands never leave a legacy cursor open
  fields.writeInt32LE(0, 12); // startingFrom
  fields.writeInt32LE(1, 16); // numberReturned
  const length = MESSAGE_HEADER_LENGTH + fields.length + body.length;
  return Buffer.concat([header(length, responseTo, OP_REPLY), fields, body], length);
}
