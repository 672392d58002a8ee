import crypto from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** One reply the bot posted to the fake Bot Connector. */
export interface ReceivedActivity {
  conversationId: string;
  /** From the path `/v3/conversations/{id}/activities/{replyToId}`; null for `/activities`. */
  replyToId: string | null;
  activity: Record<string, unknown> & { text?: string; type?: string; from?: { id?: string }; recipient?: { id?: string } };
  authorization: string | undefined;
}

export interface TokenOptions {
  /** The `aud` claim: the bot's app id. */
  audience: string;
  /** The `serviceurl` claim the SDK compares with the activity's serviceUrl. */
  serviceUrl?: string;
  /** Seconds from now; negative for an expired token. */
  expiresIn?: number;
  /** `untrusted` signs with a key that is not in the published key set (a forged token). */
  signer?: 'trusted' | 'untrusted';
}

/** Channels the published key may sign for, as the real Bot Connector keys list them. */
export const ENDORSED_CHANNELS = ['msteams', 'webchat', 'directline', 'emulator'];

/**
 * A fake Bot Connector on 127.0.0.1: the `serviceUrl` of test activities points here, so replies sent by the real
 * CloudAdapter arrive at `POST /v3/conversations/{id}/activities[/{replyToId}]`. It also publishes OpenID metadata
 * and a signing key, so the real SDK validates tokens this fake signs.
 */
export class FakeBotConnector {
  readonly received: ReceivedActivity[] = [];
  /** Every activity POST, including the ones answered with a scripted failure (the SDK retries some). */
  attempts = 0;
  private failure: { status: number; retryAfterSeconds?: number } | null = null;
  private readonly keyId = `fake-key-${crypto.randomBytes(4).toString('hex')}`;
  private readonly trustedKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
  private readonly untrustedKey = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });

  private constructor(private readonly server: http.Server) {}

  static async start(): Promise<FakeBotConnector> {
    const server = http.createServer();
    const fake = new FakeBotConnector(server);
    server.on('request', (request, response) => fake.handle(request, response));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return fake;
  }

  /** The service URL, with the trailing slash real ones have. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  get issuer(): string {
    return `${this.url}issuer`;
  }

  /** What the adapter needs to validate this fake's tokens. */
  get endpoints(): { channelOpenIdMetadataUrl: string; channelTokenIssuer: string; emulatorOpenIdMetadataUrl: string } {
    return {
      channelOpenIdMetadataUrl: `${this.url}openid/.well-known/openidconfiguration`,
      channelTokenIssuer: this.issuer,
      emulatorOpenIdMetadataUrl: `${this.url}emulator/.well-known/openid-configuration`,
    };
  }

  /** Answers every activity POST with this status until `succeed()`; the SDK's own retries hit it too. */
  failWith(status: number, retryAfterSeconds?: number): void {
    this.failure = { status, retryAfterSeconds };
  }

  succeed(): void {
    this.failure = null;
  }

  signToken(options: TokenOptions): string {
    const now = Math.floor(Date.now() / 1000);
    const header = { alg: 'RS256', typ: 'JWT', kid: this.keyId };
    const payload: Record<string, unknown> = {
      iss: this.issuer,
      aud: options.audience,
      nbf: now - 60,
      iat: now - 60,
      exp: now + (options.expiresIn ?? 3600),
    };
    if (options.serviceUrl !== undefined) payload.serviceurl = options.serviceUrl;
    const signingInput = `${base64url(JSON.stringify(header))}.${base64url(JSON.stringify(payload))}`;
    const key = options.signer === 'untrusted' ? this.untrustedKey.privateKey : this.trustedKey.privateKey;
    return `${signingInput}.${crypto.sign('sha256', Buffer.from(signingInput), key).toString('base64url')}`;
  }

  /** Waits (bounded) until at least `count` replies arrived; returns what arrived either way. */
  async waitForActivities(count: number, timeoutMs = 5000): Promise<ReceivedActivity[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.received.length < count && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    return [...this.received];
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: http.IncomingMessage, response: http.ServerResponse): void {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const path = (request.url ?? '').split('?')[0] ?? '';
      if (request.method === 'GET' && (path === '/openid/.well-known/openidconfiguration' || path === '/emulator/.well-known/openid-configuration')) {
        return json(response, 200, { issuer: this.issuer, jwks_uri: `${this.url}openid/keys`, id_token_signing_alg_values_supported: ['RS256'] });
      }
      if (request.method === 'GET' && path === '/openid/keys') {
        const publicJwk = this.trustedKey.publicKey.export({ format: 'jwk' });
        return json(response, 200, { keys: [{ kty: 'RSA', use: 'sig', kid: this.keyId, n: publicJwk.n, e: publicJwk.e, endorsements: ENDORSED_CHANNELS }] });
      }
      const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(path);
      if (request.method === 'POST' && match) {
        this.attempts += 1;
        if (this.failure) {
          const headers: Record<string, string> = { 'content-type': 'application/json' };
          if (this.failure.retryAfterSeconds !== undefined) headers['retry-after'] = String(this.failure.retryAfterSeconds);
          response.writeHead(this.failure.status, headers);
          return response.end(JSON.stringify({ error: { code: 'ServiceError', message: 'scripted failure' } }));
        }
        this.received.push({
          conversationId: decodeURIComponent(match[1]!),
          replyToId: match[2] ? decodeURIComponent(match[2]) : null,
          activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) as ReceivedActivity['activity'],
          authorization: request.headers.authorization,
        });
        return json(response, 200, { id: `reply-${this.received.length}` });
      }
      json(response, 404, { error: { code: 'NotFound', message: `no route ${request.method} ${path}` } });
    });
  }
}

function json(response: http.ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}
