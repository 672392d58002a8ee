import { z } from 'zod';
import { DISPUTE_REASONS, type Dispute, type Order } from '../../commerce/model';
import { orderIdSchema } from './order-id';
import { date, money } from './presentation';
import { requestId } from './request-id';
import { defineTool, fail, ok, type ToolResult } from './tool';

/** Opens a dispute with the merchant; payments on the order pause while it is open. */
export const openDispute = defineTool({
  name: 'open_dispute',
  description: 'Opens a dispute with the merchant about one order (item never arrived, damaged, wrong item, not as described). Payments on that order pause while the merchant answers. Confirm with the customer first.',
  input: z.object({
    orderId: orderIdSchema,
    reason: z.enum(DISPUTE_REASONS),
    description: z.string().trim().min(1).max(1000).describe("The problem in the customer's words"),
    amount: z.number().positive().max(1_000_000).optional().describe('Disputed amount in the order currency (e.g. 24.99) when not the whole order'),
  }),
  account: true,
  async run(input, context): Promise<ToolResult<{ order: Order; dispute: Dispute }>> {
    const order = await context.backend.getOrder(context.customer.id, input.orderId);
    if (!order) return fail('not_found', 'order_not_found');
    const amountMinor = input.amount === undefined ? null : Math.round(input.amount * 100);
    if (amountMinor !== null && (amountMinor <= 0 || amountMinor > order.total.amountMinor)) return fail('invalid_arguments', 'invalid_amount');
    const dispute = await context.backend.openDispute(context.customer.id, {
      requestId: requestId(context, 'open_dispute', { orderId: order.id, reason: input.reason, amountMinor }),
      orderId: order.id,
      reason: input.reason,
      description: input.description,
      amount: amountMinor === null ? null : { amountMinor, currency: order.total.currency },
    });
    return ok({ order, dispute });
  },
  present: (data, context) => ({
    orderId: data.order.id,
    merchant: data.order.merchant.name,
    disputedAmount: money(data.dispute.amount, context),
    status: data.dispute.status,
    merchantMustAnswerBy: date(data.dispute.merchantResponseDueAt, context),
    paymentsPaused: true,
  }),
});
