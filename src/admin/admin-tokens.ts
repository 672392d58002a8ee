import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { AppError } from '../errors';
import type { IdGenerator } from '../ids';
import type { Collection } from '../store/port';
import type { AuditLog } from './audit-log';
import type { Principal, Role } from './roles';

/** A named token as stored: only its SHA-256 is kept, the token itself is shown once at creation. */
export interface StoredToken {
  id: string;
  name: string;
  role: Role;
  /** Hex SHA-256 of the whole token. */
  hash: string;
  createdAt: number;
  createdBy: string;
  revokedAt: number | null;
}

/** What the API shows of a token: never the hash. */
export type TokenSummary = Omit<StoredToken, 'hash'>;

const TOKEN_SHAPE = /^adm_([0-9a-f]{24,40})\.([A-Za-z0-9_-]{43})$/;
export const BOOTSTRAP_ID = 'bootstrap';

/**
 * Bearer tokens of the admin API. ADMIN_TOKEN is the first admin (never stored); admins create named tokens with a
 * role, kept hashed and revocable. Without ADMIN_TOKEN the console is locked: no token at all is accepted, so a
 * deployment that forgot to configure it does not run with tokens nobody can revoke.
 */
export class AdminTokens {
  private readonly bootstrapHash: Buffer | null;

  constructor(
    private readonly tokens: Collection<StoredToken>,
    private readonly audit: AuditLog,
    bootstrapToken: string | undefined,
    private readonly newId: IdGenerator,
    private readonly clock: () => number,
  ) {
    this.bootstrapHash = bootstrapToken ? sha256(bootstrapToken) : null;
  }

  get locked(): boolean {
    return this.bootstrapHash === null;
  }

  /** The principal behind an `Authorization` header, or an `unauthorized` error. Hashes are compared in constant time. */
  async authenticate(authorization: string | undefined): Promise<Principal> {
    if (this.bootstrapHash === null) throw new AppError('unauthorized', 'The admin console is locked: ADMIN_TOKEN is not configured');
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
    if (!match) throw new AppError('unauthorized', 'Send Authorization: Bearer <admin token>');
    const token = match[1]!;
    const hash = sha256(token);
    if (timingSafeEqual(hash, this.bootstrapHash)) return { id: BOOTSTRAP_ID, name: 'ADMIN_TOKEN', role: 'admin' };
    const shape = TOKEN_SHAPE.exec(token);
    const stored = shape ? await this.tokens.get(`tok_${shape[1]!}`) : null;
    if (!stored || stored.revokedAt !== null || !timingSafeEqual(hash, Buffer.from(stored.hash, 'hex'))) {
      throw new AppError('unauthorized', 'The token is not valid');
    }
    return { id: stored.id, name: stored.name, role: stored.role };
  }

  /** Creates a named token; the returned `token` is the only time it is ever shown. */
  async create(name: string, role: Role, creator: Principal): Promise<{ token: string; summary: TokenSummary }> {
    const id = this.newId('tok_');
    const token = `adm_${id.slice('tok_'.length)}.${randomBytes(32).toString('base64url')}`;
    const stored: StoredToken = { id, name, role, hash: sha256(token).toString('hex'), createdAt: this.clock(), createdBy: creator.name, revokedAt: null };
    await this.tokens.insert(stored);
    const summary = summarize(stored);
    await this.audit.record({ action: 'token.create', target: id, actor: creator, before: null, after: summary });
    return { token, summary };
  }

  async list(): Promise<TokenSummary[]> {
    return (await this.tokens.find({}, { sort: { createdAt: -1 } })).map(summarize);
  }

  async revoke(id: string, actor: Principal): Promise<TokenSummary> {
    const stored = await this.tokens.get(id);
    if (!stored) throw new AppError('not_found', `No token ${id}`);
    if (stored.revokedAt !== null) return summarize(stored);
    const revoked = await this.tokens.updateOne({ id, revokedAt: null }, { set: { revokedAt: this.clock() } });
    const after = revoked ?? (await this.tokens.get(id))!;
    await this.audit.record({ action: 'token.revoke', target: id, actor, before: summarize(stored), after: summarize(after) });
    return summarize(after);
  }
}

function sha256(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

function summarize(stored: StoredToken): TokenSummary {
  const { hash: _hash, ...summary } = stored;
  return summary;
}
