import type {
  CommerceBackend,
  ExtendDueDateRequest,
  OpenDisputeRequest,
  ReportReturnRequest,
  SetCardFrozenRequest,
  UpdateContactDetailsRequest,
} from './commerce-backend';
import { CommerceError } from './commerce-error';
import { seedDemoAccounts, type DemoAccount } from './demo-seed';
import { DISPUTE_REASONS, type Card, type ContactDetails, type Dispute, type Order, type ReturnRecord } from './model';

const DAY = 24 * 60 * 60 * 1000;
const MERCHANT_RESPONSE_DAYS = 14;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,255}\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

interface Remembered {
  fingerprint: string;
  result: unknown;
}

/**
 * The embedded commerce backend: the demo customers' accounts in memory, seeded relative to the clock at start. It
 * enforces the same business rules a real backend would (an instalment already paid cannot move, one open dispute per
 * order) and remembers each mutation's result by request id, so a repeated request is answered, not applied again.
 * State lives as long as the process: a restart re-seeds a fresh, current demo.
 */
export class DemoCommerceBackend implements CommerceBackend {
  readonly kind = 'demo' as const;
  private readonly accounts: Map<string, DemoAccount>;
  private readonly remembered = new Map<string, Remembered>();
  private sequence = 0;

  constructor(private readonly clock: () => number = Date.now) {
    this.accounts = seedDemoAccounts(clock());
  }

  async listOrders(customerId: string): Promise<Order[]> {
    return copy(this.accounts.get(customerId)?.orders ?? []);
  }

  async getOrder(customerId: string, orderId: string): Promise<Order | null> {
    return copy(this.findOrder(customerId, orderId) ?? null);
  }

  async listRefunds(customerId: string, orderId?: string) {
    return copy((this.accounts.get(customerId)?.refunds ?? []).filter((refund) => !orderId || refund.orderId === orderId));
  }

  async listReturns(customerId: string, orderId?: string) {
    return copy((this.accounts.get(customerId)?.returns ?? []).filter((record) => !orderId || record.orderId === orderId));
  }

  async listDisputes(customerId: string, orderId?: string): Promise<Dispute[]> {
    return copy((this.accounts.get(customerId)?.disputes ?? []).filter((dispute) => !orderId || dispute.orderId === orderId));
  }

  async getCard(customerId: string): Promise<Card | null> {
    return copy(this.accounts.get(customerId)?.card ?? null);
  }

  async getContactDetails(customerId: string): Promise<ContactDetails | null> {
    return copy(this.accounts.get(customerId)?.contact ?? null);
  }

  async extendDueDate(customerId: string, request: ExtendDueDateRequest): Promise<Order> {
    return this.once(customerId, 'extend', request, () => {
      if (!Number.isInteger(request.days) || request.days < 1 || request.days > 60) throw new CommerceError('invalid_request', 'days must be an integer from 1 to 60');
      const order = this.requireOrder(customerId, request.orderId);
      const instalment = order.plan.instalments.find((candidate) => candidate.id === request.instalmentId);
      if (!instalment) throw new CommerceError('not_found', 'no such instalment on this order', { reason: 'instalment_not_found' });
      if (order.plan.status === 'paused') throw new CommerceError('not_allowed', 'payments on this order are paused', { reason: 'plan_paused' });
      if (instalment.status !== 'scheduled' && instalment.status !== 'overdue') throw new CommerceError('not_allowed', 'the instalment is not open', { reason: 'instalment_not_open' });
      instalment.originalDueAt ??= instalment.dueAt;
      instalment.dueAt += request.days * DAY;
      if (instalment.status === 'overdue' && instalment.dueAt > this.clock()) instalment.status = 'scheduled';
      order.plan.extensionsUsed += 1;
      return order;
    });
  }

  async reportReturn(customerId: string, request: ReportReturnRequest): Promise<ReturnRecord> {
    return this.once(customerId, 'return', request, () => {
      const account = this.accounts.get(customerId)!;
      const order = this.requireOrder(customerId, request.orderId);
      if (order.status === 'returned') throw new CommerceError('not_allowed', 'the order was already returned', { reason: 'already_returned' });
      if (order.status !== 'delivered') throw new CommerceError('not_allowed', 'only delivered orders can be returned', { reason: 'not_delivered' });
      const unknown = request.itemIds.filter((itemId) => !order.items.some((item) => item.id === itemId));
      if (unknown.length > 0) throw new CommerceError('invalid_request', 'an item is not on this order', { reason: 'item_not_found' });
      if (account.returns.some((record) => record.orderId === order.id && record.status === 'reported')) {
        throw new CommerceError('conflict', 'a return is already reported for this order', { reason: 'return_open' });
      }
      const record: ReturnRecord = {
        id: `ret_${order.id}_${++this.sequence}`,
        orderId: order.id,
        itemIds: request.itemIds.length > 0 ? request.itemIds : order.items.map((item) => item.id),
        status: 'reported',
        reportedAt: this.clock(),
        reason: request.reason,
      };
      account.returns.push(record);
      pause(order, 'return');
      return record;
    });
  }

  async openDispute(customerId: string, request: OpenDisputeRequest): Promise<Dispute> {
    return this.once(customerId, 'dispute', request, () => {
      const account = this.accounts.get(customerId)!;
      const order = this.requireOrder(customerId, request.orderId);
      if (!DISPUTE_REASONS.includes(request.reason)) throw new CommerceError('invalid_request', 'unknown dispute reason');
      const amount = request.amount ?? order.total;
      if (amount.currency !== order.total.currency || !Number.isInteger(amount.amountMinor) || amount.amountMinor <= 0 || amount.amountMinor > order.total.amountMinor) {
        throw new CommerceError('invalid_request', 'the amount must be positive, in the order currency and at most the order total', { reason: 'invalid_amount' });
      }
      if (order.status === 'cancelled') throw new CommerceError('not_allowed', 'the order is cancelled', { reason: 'order_cancelled' });
      if (account.disputes.some((dispute) => dispute.orderId === order.id && (dispute.status === 'open' || dispute.status === 'awaiting_merchant'))) {
        throw new CommerceError('conflict', 'a dispute is already open for this order', { reason: 'dispute_open' });
      }
      const now = this.clock();
      const dispute: Dispute = {
        id: `dsp_${order.id}_${++this.sequence}`,
        orderId: order.id,
        reason: request.reason,
        description: request.description.slice(0, 2000),
        amount: { ...amount },
        status: 'open',
        openedAt: now,
        merchantResponseDueAt: now + MERCHANT_RESPONSE_DAYS * DAY,
      };
      account.disputes.push(dispute);
      pause(order, 'dispute');
      return dispute;
    });
  }

  async setCardFrozen(customerId: string, request: SetCardFrozenRequest): Promise<Card> {
    return this.once(customerId, 'card', request, () => {
      const card = this.accounts.get(customerId)?.card;
      if (!card) throw new CommerceError('not_found', 'the customer has no card', { reason: 'card_not_found' });
      if (card.status === 'blocked') throw new CommerceError('not_allowed', 'the card is blocked', { reason: 'card_blocked' });
      card.status = request.frozen ? 'frozen' : 'active';
      return card;
    });
  }

  async updateContactDetails(customerId: string, request: UpdateContactDetailsRequest): Promise<ContactDetails> {
    return this.once(customerId, 'contact', request, () => {
      const account = this.accounts.get(customerId);
      if (!account) throw new CommerceError('not_found', 'no such customer');
      if (request.email === undefined && request.phone === undefined) throw new CommerceError('invalid_request', 'nothing to update');
      if (request.email !== undefined && !EMAIL.test(request.email)) throw new CommerceError('invalid_request', 'invalid email address', { reason: 'invalid_email' });
      if (request.phone !== undefined && !E164.test(request.phone)) throw new CommerceError('invalid_request', 'invalid phone number', { reason: 'invalid_phone' });
      if (request.email !== undefined) account.contact.email = request.email.toLowerCase();
      if (request.phone !== undefined) account.contact.phone = request.phone;
      return account.contact;
    });
  }

  async ping(): Promise<void> {}

  private findOrder(customerId: string, orderId: string): Order | undefined {
    const wanted = orderId.trim().toUpperCase();
    return this.accounts.get(customerId)?.orders.find((order) => order.id === wanted);
  }

  private requireOrder(customerId: string, orderId: string): Order {
    const order = this.findOrder(customerId, orderId);
    if (!order) throw new CommerceError('not_found', 'no such order', { reason: 'order_not_found' });
    return order;
  }

  /** Runs a mutation once per (customer, operation, request id); a repeat gets the first result. */
  private async once<T>(customerId: string, operation: string, request: { requestId: string }, apply: () => T): Promise<T> {
    if (typeof request.requestId !== 'string' || request.requestId.length === 0 || request.requestId.length > 200) {
      throw new CommerceError('invalid_request', 'a request id is required');
    }
    if (!this.accounts.has(customerId)) throw new CommerceError('not_found', 'no such customer');
    const key = `${customerId}\u0000${operation}\u0000${request.requestId}`;
    const { requestId: _requestId, ...payload } = request;
    const fingerprint = JSON.stringify(payload);
    const previous = this.remembered.get(key);
    if (previous) {
      if (previous.fingerprint !== fingerprint) throw new CommerceError('conflict', 'the request id was used for a different request', { reason: 'request_id_reused' });
      return copy(previous.result as T);
    }
    const result = copy(apply());
    this.remembered.set(key, { fingerprint, result });
    return copy(result);
  }
}

function pause(order: Order, reason: 'return' | 'dispute'): void {
  order.plan.status = 'paused';
  order.plan.pausedReason = reason;
  for (const instalment of order.plan.instalments) {
    if (instalment.status === 'scheduled' || instalment.status === 'overdue') instalment.status = 'paused';
  }
}

function copy<T>(value: T): T {
  return structuredClone(value);
}
