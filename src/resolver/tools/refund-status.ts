import { z } from 'zod';
import type { Order, Refund } from '../../commerce/model';
import { orderIdSchema } from './order-id';
import { date, money } from './presentation';
import { defineTool, fail, ok, type ToolResult } from './tool';

export interface RefundWithOrder {
  refund: Refund;
  order: Order | null;
}

export const refundStatus = defineTool({
  name: 'get_refund_status',
  description: "Shows the customer's refunds (amount, status, when the money is expected back), optionally for one order.",
  input: z.object({ orderId: orderIdSchema.optional() }),
  account: true,
  async run(input, context): Promise<ToolResult<{ refunds: RefundWithOrder[] }>> {
    if (input.orderId && !(await context.backend.getOrder(context.customer.id, input.orderId))) return fail('not_found', 'order_not_found');
    const refunds = await context.backend.listRefunds(context.customer.id, input.orderId?.toUpperCase());
    const orders = await context.backend.listOrders(context.customer.id);
    return ok({ refunds: refunds.map((refund) => ({ refund, order: orders.find((order) => order.id === refund.orderId) ?? null })) });
  },
  present: (data, context) => ({
    refunds: data.refunds.map(({ refund, order }) => ({
      orderId: refund.orderId,
      merchant: order?.merchant.name ?? null,
      amount: money(refund.amount, context),
      status: refund.status,
      requested: date(refund.requestedAt, context),
      expectedBy: refund.expectedBy ? date(refund.expectedBy, context) : null,
      completed: refund.completedAt ? date(refund.completedAt, context) : null,
    })),
  }),
});
