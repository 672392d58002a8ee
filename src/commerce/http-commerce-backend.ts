import type { z } from 'zod';
import type {
  CommerceBackend,
  ExtendDueDateRequest,
  OpenDisputeRequest,
  ReportReturnRequest,
  SetCardFrozenRequest,
  UpdateContactDetailsRequest,
} from './commerce-backend';
import { CommerceError } from './commerce-error';
import {
  cardSchema,
  contactDetailsSchema,
  disputeSchema,
  disputesBody,
  errorBodySchema,
  orderSchema,
  ordersBody,
  refundsBody,
  returnSchema,
  returnsBody,
} from './commerce-wire';
import type { Card, ContactDetails, Dispute, Order, Refund, ReturnRecord } from './model';

export interface HttpCommerceOptions {
  baseUrl: string;
  token: string;
  /** Per attempt (default 5 s). */
  timeoutMs?: number;
  /** Further attempts after a network error or a 5xx (default 2). Every request is safe to repeat: writes carry an Idempotency-Key. */
  retries?: number;
  fetch?: typeof fetch;
}

const STATUS_CODES: Record<number, CommerceError['code']> = { 400: 'invalid_request', 401: 'unauthorized', 403: 'unauthorized', 404: 'not_found', 409: 'conflict', 422: 'not_allowed' };

/**
 * A real commerce backend over HTTP (endpoints in docs/commerce-api.md): bearer token, JSON, a timeout per attempt,
 * retries with backoff for network errors and 5xx, and every response validated before use. Ids are path-encoded, so
 * an id cannot step outside the customer's own resources.
 */
export class HttpCommerceBackend implements CommerceBackend {
  readonly kind = 'http' as const;
  private readonly baseUrl: string;
  private readonly fetch: typeof fetch;

  constructor(private readonly options: HttpCommerceOptions) {
    this.baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.fetch = options.fetch ?? fetch;
  }

  async listOrders(customerId: string): Promise<Order[]> {
    return (await this.request('GET', this.customerPath(customerId, 'orders'), ordersBody)).orders;
  }

  async getOrder(customerId: string, orderId: string): Promise<Order | null> {
    return this.orNull(() => this.request('GET', this.customerPath(customerId, 'orders', orderId), orderSchema));
  }

  async listRefunds(customerId: string, orderId?: string): Promise<Refund[]> {
    return (await this.request('GET', this.customerPath(customerId, 'refunds') + query(orderId), refundsBody)).refunds;
  }

  async listReturns(customerId: string, orderId?: string): Promise<ReturnRecord[]> {
    return (await this.request('GET', this.customerPath(customerId, 'returns') + query(orderId), returnsBody)).returns;
  }

  async listDisputes(customerId: string, orderId?: string): Promise<Dispute[]> {
    return (await this.request('GET', this.customerPath(customerId, 'disputes') + query(orderId), disputesBody)).disputes;
  }

  async getCard(customerId: string): Promise<Card | null> {
    return this.orNull(() => this.request('GET', this.customerPath(customerId, 'card'), cardSchema));
  }

  async getContactDetails(customerId: string): Promise<ContactDetails | null> {
    return this.orNull(() => this.request('GET', this.customerPath(customerId, 'contact-details'), contactDetailsSchema));
  }

  async extendDueDate(customerId: string, request: ExtendDueDateRequest): Promise<Order> {
    const path = this.customerPath(customerId, 'orders', request.orderId, 'instalments', request.instalmentId, 'extend');
    return this.request('POST', path, orderSchema, { days: request.days }, request.requestId);
  }

  async reportReturn(customerId: string, request: ReportReturnRequest): Promise<ReturnRecord> {
    const path = this.customerPath(customerId, 'orders', request.orderId, 'returns');
    return this.request('POST', path, returnSchema, { itemIds: request.itemIds, reason: request.reason }, request.requestId);
  }

  async openDispute(customerId: string, request: OpenDisputeRequest): Promise<Dispute> {
    const path = this.customerPath(customerId, 'orders', request.orderId, 'disputes');
    const body = { reason: request.reason, description: request.description, amount: request.amount };
    return this.request('POST', path, disputeSchema, body, request.requestId);
  }

  async setCardFrozen(customerId: string, request: SetCardFrozenRequest): Promise<Card> {
    return this.request('PUT', this.customerPath(customerId, 'card', 'frozen'), cardSchema, { frozen: request.frozen }, request.requestId);
  }

  async updateContactDetails(customerId: string, request: UpdateContactDetailsRequest): Promise<ContactDetails> {
    const body = { email: request.email, phone: request.phone };
    return this.request('PATCH', this.customerPath(customerId, 'contact-details'), contactDetailsSchema, body, request.requestId);
  }

  async ping(): Promise<void> {
    await this.send('GET', '/health');
  }

  private customerPath(customerId: string, ...segments: string[]): string {
    return ['/customers', customerId, ...segments].map((segment, index) => (index === 0 ? segment : encodeURIComponent(segment))).join('/');
  }

  private async orNull<T>(read: () => Promise<T>): Promise<T | null> {
    try {
      return await read();
    } catch (error) {
      if (error instanceof CommerceError && error.code === 'not_found') return null;
      throw error;
    }
  }

  private async request<S extends z.ZodType>(method: string, path: string, schema: S, body?: unknown, idempotencyKey?: string): Promise<z.infer<S>> {
    const json = await this.send(method, path, body, idempotencyKey);
    const parsed = schema.safeParse(json);
    if (!parsed.success) throw new CommerceError('unavailable', `commerce backend answered ${method} ${path} with an unexpected body`);
    return parsed.data;
  }

  private async send(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<unknown> {
    const retries = this.options.retries ?? 2;
    let lastError: CommerceError | undefined;
    for (let attempt = 0; attempt <= retries; attempt += 1) {
      if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, 100 * 2 ** (attempt - 1)));
      let response: Response;
      try {
        response = await this.fetch(`${this.baseUrl}${path}`, {
          method,
          headers: {
            authorization: `Bearer ${this.options.token}`,
            accept: 'application/json',
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(this.options.timeoutMs ?? 5000),
        });
      } catch (error) {
        lastError = new CommerceError('unavailable', `commerce backend unreachable (${method} ${path})`, { cause: error });
        continue;
      }
      const text = await response.text().catch(() => '');
      if (response.status >= 500) {
        lastError = new CommerceError('unavailable', `commerce backend answered ${response.status}`);
        continue;
      }
      const json = text ? safeJson(text) : null;
      if (response.ok) return json;
      const failure = errorBodySchema.safeParse(json);
      const code = failure.success ? failure.data.error.code : (STATUS_CODES[response.status] ?? 'unavailable');
      throw new CommerceError(code, failure.success ? (failure.data.error.message ?? code) : `commerce backend answered ${response.status}`, {
        reason: failure.success ? (failure.data.error.reason ?? undefined) : undefined,
      });
    }
    throw lastError ?? new CommerceError('unavailable', 'commerce backend unreachable');
  }
}

function query(orderId: string | undefined): string {
  return orderId ? `?orderId=${encodeURIComponent(orderId)}` : '';
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
