import type { Document } from 'bson';

/**
 * The server error codes this test server can return, by their MongoDB code name.
 * Numbers follow the server's error_codes.yml so drivers classify them as a real server would.
 */
export const ERROR_CODES = {
  InternalError: 1,
  BadValue: 2,
  FailedToParse: 9,
  Unauthorized: 13,
  TypeMismatch: 14,
  IllegalOperation: 20,
  NamespaceNotFound: 26,
  IndexNotFound: 27,
  CursorNotFound: 43,
  NamespaceExists: 48,
  CommandNotFound: 59,
  ImmutableField: 66,
  CannotCreateIndex: 67,
  InvalidOptions: 72,
  InvalidNamespace: 73,
  IndexOptionsConflict: 85,
  IndexKeySpecsConflict: 86,
  NotImplemented: 238,
  UnsupportedOpQueryCommand: 352,
  DuplicateKey: 11000,
  Location40571: 40571,
} as const;

/** A MongoDB code name this server knows; it is the string code carried by {@link CommandError}. */
export type ErrorCodeName = keyof typeof ERROR_CODES;

/** A command failure that becomes `{ ok: 0, errmsg, code, codeName, ...details }` (or a write error). */
export class CommandError extends Error {
  readonly code: number;

  constructor(
    readonly codeName: ErrorCodeName,
    message: string,
    /** Extra reply fields, e.g. `keyPattern` and `keyValue` for a duplicate key. */
    readonly details: Document = {},
  ) {
    super(message);
    this.name = 'CommandError';
    this.code = ERROR_CODES[codeName];
  }
}

/**
 * Raised for bytes that do not form a valid wire message. The connection that sent them is
 * closed, as mongod does, instead of answering.
 */
export class MalformedMessageError extends Error {
  readonly code = 'MALFORMED_MESSAGE';

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MalformedMessageError';
  }
}

/**
 * Anything else thrown while running a command (mingo rejecting an operator, a bad argument type)
 * is reported as BadValue: it is the client's input that failed, not the server.
 */
export function toCommandError(error: unknown): CommandError {
  if (error instanceof CommandError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new CommandError('BadValue', message);
}

/** The reply document for a failed command. */
export function errorReply(error: unknown): Document {
  const commandError = toCommandError(error);
  return {
    ok: 0,
    errmsg: commandError.message,
    code: commandError.code,
    codeName: commandError.codeName,
    ...commandError.details,
  };
}
