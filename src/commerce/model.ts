/**
 * The commerce domain the resolver acts on: orders with merchants and items, payment plans with instalments, refunds,
 * returns, disputes, the customer's card and contact details. Money is in minor units (cents, öre, grosze) so sums
 * are exact; times are epoch milliseconds like the rest of the project.
 */

export interface Money {
  /** Minor units of `currency` (1999 = 19.99). */
  amountMinor: number;
  /** ISO 4217 code. */
  currency: string;
}

export interface Merchant {
  id: string;
  name: string;
  website: string | null;
}

export interface OrderItem {
  id: string;
  name: string;
  quantity: number;
  unitPrice: Money;
}

export type PlanKind = 'pay_in_4' | 'pay_in_30' | 'financing';
export type PlanStatus = 'active' | 'paused' | 'completed' | 'cancelled';
export type InstalmentStatus = 'scheduled' | 'paid' | 'overdue' | 'paused';

export interface Instalment {
  id: string;
  /** 1-based position in the plan. */
  sequence: number;
  dueAt: number;
  amount: Money;
  status: InstalmentStatus;
  paidAt: number | null;
  /** The due date before an extension moved it, when it was moved. */
  originalDueAt: number | null;
}

export interface PaymentPlan {
  kind: PlanKind;
  status: PlanStatus;
  /** Annual percentage rate for financing; 0 for interest-free plans. */
  apr: number;
  instalments: Instalment[];
  /** How many due-date extensions this order has had (the market policy caps it). */
  extensionsUsed: number;
  /** Why payments are paused: a reported return or an open dispute. */
  pausedReason: 'return' | 'dispute' | null;
}

export type OrderStatus = 'processing' | 'shipped' | 'delivered' | 'cancelled' | 'returned';

export interface Order {
  id: string;
  customerId: string;
  market: string;
  merchant: Merchant;
  items: OrderItem[];
  total: Money;
  status: OrderStatus;
  placedAt: number;
  deliveredAt: number | null;
  trackingUrl: string | null;
  plan: PaymentPlan;
}

export type RefundStatus = 'pending' | 'processing' | 'completed' | 'failed';

export interface Refund {
  id: string;
  orderId: string;
  amount: Money;
  status: RefundStatus;
  requestedAt: number;
  /** When the money is expected back (estimate), while not completed. */
  expectedBy: number | null;
  completedAt: number | null;
}

export type ReturnStatus = 'reported' | 'received' | 'refunded' | 'rejected';

export interface ReturnRecord {
  id: string;
  orderId: string;
  itemIds: string[];
  status: ReturnStatus;
  reportedAt: number;
  reason: string | null;
}

export const DISPUTE_REASONS = ['not_received', 'damaged', 'wrong_item', 'not_as_described', 'other'] as const;
export type DisputeReason = (typeof DISPUTE_REASONS)[number];
export type DisputeStatus = 'open' | 'awaiting_merchant' | 'resolved' | 'closed';

export interface Dispute {
  id: string;
  orderId: string;
  reason: DisputeReason;
  description: string;
  /** The disputed amount; the order total when not given. */
  amount: Money;
  status: DisputeStatus;
  openedAt: number;
  merchantResponseDueAt: number;
}

export type CardStatus = 'active' | 'frozen' | 'blocked';

export interface Card {
  id: string;
  /** Never the full number: the last four digits are all any system here sees. */
  last4: string;
  brand: 'visa' | 'mastercard';
  kind: 'physical' | 'virtual';
  status: CardStatus;
  expiresMonth: number;
  expiresYear: number;
}

export interface ContactDetails {
  email: string;
  phone: string;
}

/** The next instalment still to pay (scheduled or overdue), or null when nothing is left. */
export function nextOpenInstalment(plan: PaymentPlan): Instalment | null {
  return plan.instalments.filter((instalment) => instalment.status === 'scheduled' || instalment.status === 'overdue').sort((a, b) => a.dueAt - b.dueAt)[0] ?? null;
}

/** What is left to pay on a plan. */
export function outstanding(plan: PaymentPlan, currency: string): Money {
  const amountMinor = plan.instalments.filter((instalment) => instalment.status !== 'paid').reduce((sum, instalment) => sum + instalment.amount.amountMinor, 0);
  return { amountMinor, currency };
}
