import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CommerceBackend } from '../../src/commerce/commerce-backend';
import { CommerceError } from '../../src/commerce/commerce-error';

const STATUS: Record<CommerceError['code'], number> = { not_found: 404, not_allowed: 422, conflict: 409, invalid_request: 400, unauthorized: 401, unavailable: 503 };

/**
 * A commerce backend over HTTP on 127.0.0.1, exactly as docs/commerce-api.md describes it, serving any
 * CommerceBackend (the demo one in tests). The HTTP adapter's contract tests run against it; `failNext` makes the next
 * requests answer a 5xx so retries can be seen.
 */
export class FakeCommerceServer {
  readonly requests: { method: string; path: string; idempotencyKey: string | null }[] = [];
  private failures: number[] = [];

  private constructor(
    private readonly server: http.Server,
    readonly url: string,
  ) {}

  static async start(backend: CommerceBackend, token: string): Promise<FakeCommerceServer> {
    let instance: FakeCommerceServer | undefined;
    const server = http.createServer((request, response) => {
      void instance!.handle(backend, token, request, response);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    instance = new FakeCommerceServer(server, `http://127.0.0.1:${port}`);
    return instance;
  }

  failNext(count: number, status = 503): void {
    for (let index = 0; index < count; index += 1) this.failures.push(status);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(backend: CommerceBackend, token: string, request: http.IncomingMessage, response: http.ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = request.method ?? 'GET';
    const idempotencyKey = (request.headers['idempotency-key'] as string | undefined) ?? null;
    this.requests.push({ method, path: url.pathname, idempotencyKey });
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const failure = this.failures.shift();
    if (failure) return send(failure, { error: { code: 'unavailable', message: 'injected failure' } });
    if (request.headers.authorization !== `Bearer ${token}`) return send(401, { error: { code: 'unauthorized', message: 'bad token' } });
    try {
      const chunks: Buffer[] = [];
      for await (const chunk of request) chunks.push(chunk as Buffer);
      const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const result = await route(backend, method, url, body, idempotencyKey);
      if (result === undefined) return send(404, { error: { code: 'not_found', message: 'no such route' } });
      if (result === null) return send(404, { error: { code: 'not_found', message: 'not found' } });
      send(200, result);
    } catch (error) {
      if (error instanceof CommerceError) return send(STATUS[error.code], { error: { code: error.code, reason: error.reason, message: error.message } });
      send(500, { error: { code: 'unavailable', message: 'internal' } });
    }
  }
}

/** Returns the response body, null for a missing resource, undefined for an unknown route. */
async function route(backend: CommerceBackend, method: string, url: URL, body: Record<string, unknown>, idempotencyKey: string | null): Promise<unknown> {
  if (method === 'GET' && url.pathname === '/health') return { status: 'ok' };
  const segments = url.pathname.split('/').slice(1).map((segment) => decodeURIComponent(segment));
  if (segments[0] !== 'customers' || !segments[1]) return undefined;
  const customerId = segments[1];
  const rest = segments.slice(2);
  const orderId = url.searchParams.get('orderId') ?? undefined;
  const requestId = () => {
    if (!idempotencyKey) throw new CommerceError('invalid_request', 'Idempotency-Key header required');
    return idempotencyKey;
  };
  const key = `${method} ${rest.map((segment, index) => (index % 2 === 1 && rest[index - 1] !== 'card' ? ':id' : segment)).join('/')}`;
  switch (key) {
    case 'GET orders':
      return { orders: await backend.listOrders(customerId) };
    case 'GET orders/:id':
      return backend.getOrder(customerId, rest[1]!);
    case 'GET refunds':
      return { refunds: await backend.listRefunds(customerId, orderId) };
    case 'GET returns':
      return { returns: await backend.listReturns(customerId, orderId) };
    case 'GET disputes':
      return { disputes: await backend.listDisputes(customerId, orderId) };
    case 'GET card':
      return backend.getCard(customerId);
    case 'GET contact-details':
      return backend.getContactDetails(customerId);
    case 'POST orders/:id/instalments/:id/extend':
      return backend.extendDueDate(customerId, { requestId: requestId(), orderId: rest[1]!, instalmentId: rest[3]!, days: body.days as number });
    case 'POST orders/:id/returns':
      return backend.reportReturn(customerId, { requestId: requestId(), orderId: rest[1]!, itemIds: (body.itemIds as string[]) ?? [], reason: (body.reason as string) ?? null });
    case 'POST orders/:id/disputes':
      return backend.openDispute(customerId, {
        requestId: requestId(),
        orderId: rest[1]!,
        reason: body.reason as never,
        description: String(body.description ?? ''),
        amount: (body.amount as never) ?? null,
      });
    case 'PUT card/frozen':
      return backend.setCardFrozen(customerId, { requestId: requestId(), frozen: body.frozen === true });
    case 'PATCH contact-details':
      return backend.updateContactDetails(customerId, { requestId: requestId(), email: body.email as string | undefined, phone: body.phone as string | undefined });
    default:
      return undefined;
  }
}
