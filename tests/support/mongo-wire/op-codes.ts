/**
 * Wire protocol constants.
 * See https://www.mongodb.com/docs/manual/reference/mongodb-wire-protocol/
 */
export const OP_REPLY = 1;
export const OP_QUERY = 2004;
export const OP_COMPRESSED = 2012;
export const OP_MSG = 2013;

/** messageLength, requestID, responseTo, opCode: four little-endian int32. */
export const MESSAGE_HEADER_LENGTH = 16;

export const OP_MSG_CHECKSUM_PRESENT = 1 << 0;
export const OP_MSG_MORE_TO_COME = 1 << 1;
export const OP_MSG_EXHAUST_ALLOWED = 1 << 16;
/** Bits 0-15 are "required": a receiver must reject a message with a required bit it does not know. */
export const OP_MSG_KNOWN_REQUIRED_BITS = OP_MSG_CHECKSUM_PRESENT | OP_MSG_MORE_TO_COME;

export const OP_MSG_SECTION_BODY = 0;
export const OP_MSG_SECTION_DOCUMENT_SEQUENCE = 1;

/** OP_REPLY responseFlags bit set when a legacy query failed; the single document then holds `$err`. */
export const OP_REPLY_QUERY_FAILURE = 1 << 1;

/** The limits advertised in `hello`; the same values mongod 7.0 reports. */
export const SERVER_LIMITS = {
  maxBsonObjectSize: 16 * 1024 * 1024,
  maxMessageSizeBytes: 48_000_000,
  maxWriteBatchSize: 100_000,
} as const;

export const MAX_WIRE_VERSION = 21;
export const SERVER_VERSION = '7.0.0';
