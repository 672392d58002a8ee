import type { Card, ContactDetails, Dispute, DisputeReason, Money, Order, Refund, ReturnRecord } from './model';

/** Every mutation carries a request id: repeating a request with the same id returns the first result, applied once. */
export interface MutationRequest {
  requestId: string;
}

export interface ExtendDueDateRequest extends MutationRequest {
  orderId: string;
  instalmentId: string;
  /** Days to move the due date by (the caller applies the market's policy). */
  days: number;
}

export interface ReportReturnRequest extends MutationRequest {
  orderId: string;
  /** Items sent back; all items when empty. */
  itemIds: string[];
  reason: string | null;
}

export interface OpenDisputeRequest extends MutationRequest {
  orderId: string;
  reason: DisputeReason;
  description: string;
  /** Disputed amount; the order total when absent. */
  amount: Money | null;
}

export interface SetCardFrozenRequest extends MutationRequest {
  frozen: boolean;
}

export interface UpdateContactDetailsRequest extends MutationRequest {
  email?: string;
  phone?: string;
}

/**
 * The port to the system of record for orders and payments. Every read and write is scoped to one customer: an id
 * that belongs to another customer behaves exactly like an id that does not exist (`null` or `not_found`), so no
 * answer tells one apart from the other. Failures are CommerceErrors.
 *
 * Two adapters pass one contract suite (tests/contracts/commerce-backend.contract.ts): the embedded demo backend and
 * the HTTP adapter for a real backend (docs/commerce-api.md).
 */
export interface CommerceBackend {
  readonly kind: 'demo' | 'http';
  /** The customer's orders, newest first. */
  listOrders(customerId: string): Promise<Order[]>;
  getOrder(customerId: string, orderId: string): Promise<Order | null>;
  listRefunds(customerId: string, orderId?: string): Promise<Refund[]>;
  listReturns(customerId: string, orderId?: string): Promise<ReturnRecord[]>;
  listDisputes(customerId: string, orderId?: string): Promise<Dispute[]>;
  getCard(customerId: string): Promise<Card | null>;
  getContactDetails(customerId: string): Promise<ContactDetails | null>;
  /** Moves one scheduled instalment's due date; returns the order as changed. */
  extendDueDate(customerId: string, request: ExtendDueDateRequest): Promise<Order>;
  /** Records a return and pauses the order's payments until the merchant has processed it. */
  reportReturn(customerId: string, request: ReportReturnRequest): Promise<ReturnRecord>;
  /** Opens a dispute with the merchant and pauses the order's payments while it is open. */
  openDispute(customerId: string, request: OpenDisputeRequest): Promise<Dispute>;
  setCardFrozen(customerId: string, request: SetCardFrozenRequest): Promise<Card>;
  updateContactDetails(customerId: string, request: UpdateContactDetailsRequest): Promise<ContactDetails>;
  /** Throws when the backend cannot be reached. */
  ping(): Promise<void>;
}
