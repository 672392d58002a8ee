import { z } from 'zod';
import { DISPUTE_REASONS } from './model';

/**
 * The JSON a commerce backend answers with (docs/commerce-api.md), as zod schemas: the HTTP adapter accepts nothing
 * it has not validated, so a changed or broken backend becomes a clear `unavailable` error, not a crash later on.
 */
const id = z.string().min(1).max(200);
const time = z.number().int();
export const moneySchema = z.object({ amountMinor: z.number().int(), currency: z.string().regex(/^[A-Z]{3}$/) });

const instalmentSchema = z.object({
  id,
  sequence: z.number().int().min(1),
  dueAt: time,
  amount: moneySchema,
  status: z.enum(['scheduled', 'paid', 'overdue', 'paused']),
  paidAt: time.nullable(),
  originalDueAt: time.nullable(),
});

export const orderSchema = z.object({
  id,
  customerId: id,
  market: z.string(),
  merchant: z.object({ id, name: z.string(), website: z.string().nullable() }),
  items: z.array(z.object({ id, name: z.string(), quantity: z.number().int().min(1), unitPrice: moneySchema })),
  total: moneySchema,
  status: z.enum(['processing', 'shipped', 'delivered', 'cancelled', 'returned']),
  placedAt: time,
  deliveredAt: time.nullable(),
  trackingUrl: z.string().nullable(),
  plan: z.object({
    kind: z.enum(['pay_in_4', 'pay_in_30', 'financing']),
    status: z.enum(['active', 'paused', 'completed', 'cancelled']),
    apr: z.number().min(0),
    instalments: z.array(instalmentSchema),
    extensionsUsed: z.number().int().min(0),
    pausedReason: z.enum(['return', 'dispute']).nullable(),
  }),
});

export const refundSchema = z.object({
  id,
  orderId: id,
  amount: moneySchema,
  status: z.enum(['pending', 'processing', 'completed', 'failed']),
  requestedAt: time,
  expectedBy: time.nullable(),
  completedAt: time.nullable(),
});

export const returnSchema = z.object({
  id,
  orderId: id,
  itemIds: z.array(id),
  status: z.enum(['reported', 'received', 'refunded', 'rejected']),
  reportedAt: time,
  reason: z.string().nullable(),
});

export const disputeSchema = z.object({
  id,
  orderId: id,
  reason: z.enum(DISPUTE_REASONS),
  description: z.string(),
  amount: moneySchema,
  status: z.enum(['open', 'awaiting_merchant', 'resolved', 'closed']),
  openedAt: time,
  merchantResponseDueAt: time,
});

export const cardSchema = z.object({
  id,
  last4: z.string().regex(/^\d{4}$/),
  brand: z.enum(['visa', 'mastercard']),
  kind: z.enum(['physical', 'virtual']),
  status: z.enum(['active', 'frozen', 'blocked']),
  expiresMonth: z.number().int().min(1).max(12),
  expiresYear: z.number().int(),
});

export const contactDetailsSchema = z.object({ email: z.string(), phone: z.string() });

export const errorBodySchema = z.object({
  error: z.object({
    code: z.enum(['not_found', 'not_allowed', 'conflict', 'invalid_request', 'unauthorized', 'unavailable']),
    reason: z.string().nullish(),
    message: z.string().optional(),
  }),
});

export const ordersBody = z.object({ orders: z.array(orderSchema) });
export const refundsBody = z.object({ refunds: z.array(refundSchema) });
export const returnsBody = z.object({ returns: z.array(returnSchema) });
export const disputesBody = z.object({ disputes: z.array(disputeSchema) });
