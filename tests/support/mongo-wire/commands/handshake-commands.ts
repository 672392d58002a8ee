import type { Document } from 'bson';
import type { CommandContext, CommandHandler } from '../command-context';
import { CommandError } from '../errors';
import { MAX_WIRE_VERSION, SERVER_LIMITS, SERVER_VERSION } from '../op-codes';

/**
 * A standalone mongod's hello. Deliberately absent: `setName`/`hosts` (so drivers see a standalone),
 * `topologyVersion` (so monitors poll instead of using the streaming exhaust protocol),
 * `compression` (so nothing is compressed) and `saslSupportedMechs` (no auth).
 */
function helloReply(command: Document, context: CommandContext, legacy: boolean): Document {
  return {
    ...(command.helloOk === true ? { helloOk: true } : {}),
    ...(legacy ? { ismaster: true } : { isWritablePrimary: true }),
    maxBsonObjectSize: SERVER_LIMITS.maxBsonObjectSize,
    maxMessageSizeBytes: SERVER_LIMITS.maxMessageSizeBytes,
    maxWriteBatchSize: SERVER_LIMITS.maxWriteBatchSize,
    localTime: new Date(),
    logicalSessionTimeoutMinutes: 30,
    connectionId: context.connectionId,
    minWireVersion: 0,
    maxWireVersion: MAX_WIRE_VERSION,
    readOnly: false,
  };
}

const hello: CommandHandler = (command, context) => helloReply(command, context, false);
const legacyHello: CommandHandler = (command, context) => helloReply(command, context, true);

const buildInfo: CommandHandler = () => ({
  version: SERVER_VERSION,
  gitVersion: 'mongo-wire-test-server',
  versionArray: [7, 0, 0, 0],
  bits: 64,
  debug: false,
  maxBsonObjectSize: SERVER_LIMITS.maxBsonObjectSize,
  storageEngines: ['memory'],
  javascriptEngine: 'none',
  modules: [],
});

const serverStatus: CommandHandler = (_command, context) => {
  const uptimeMillis = Date.now() - context.startedAt.getTime();
  return {
    host: '127.0.0.1',
    version: SERVER_VERSION,
    process: 'mongod',
    pid: process.pid,
    uptime: Math.floor(uptimeMillis / 1000),
    uptimeMillis,
    localTime: new Date(),
    connections: { current: context.openConnections(), available: 1000 },
  };
};

/** Parameters a driver or tool may ask for; unknown names are skipped, and nothing found is an error. */
const getParameter: CommandHandler = (command) => {
  const known: Document = { featureCompatibilityVersion: { version: '7.0' }, authenticationMechanisms: [] };
  const wantsAll = command.getParameter === '*' || command.allParameters === true;
  const reply: Document = {};
  for (const [name, value] of Object.entries(known)) {
    if (wantsAll || name in command) reply[name] = value;
  }
  if (Object.keys(reply).length === 0) throw new CommandError('InvalidOptions', 'no option found to get');
  return reply;
};

const acknowledge: CommandHandler = () => ({});

const transactionsUnsupported: CommandHandler = () => {
  throw new CommandError('IllegalOperation', 'Transaction numbers are only allowed on a replica set member or mongos');
};

/** Handshake, monitoring and session housekeeping commands. */
export const HANDSHAKE_COMMANDS: Readonly<Record<string, CommandHandler>> = {
  hello,
  isMaster: legacyHello,
  ismaster: legacyHello,
  ping: acknowledge,
  buildInfo,
  buildinfo: buildInfo,
  serverStatus,
  getParameter,
  endSessions: acknowledge,
  refreshSessions: acknowledge,
  killSessions: acknowledge,
  killAllSessions: acknowledge,
  whatsmyuri: (_command, context) => ({ you: context.remoteAddress }),
  connectionStatus: () => ({ authInfo: { authenticatedUsers: [], authenticatedUserRoles: [] } }),
  hostInfo: () => ({ system: { hostname: '127.0.0.1', currentTime: new Date() } }),
  commitTransaction: transactionsUnsupported,
  abortTransaction: transactionsUnsupported,
};
