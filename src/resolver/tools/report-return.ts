import { z } from 'zod';
import type { Order, ReturnRecord } from '../../commerce/model';
import { orderIdSchema } from './order-id';
import { date } from './presentation';
import { requestId } from './request-id';
import { defineTool, fail, ok, type ToolResult } from './tool';

const DAY = 24 * 60 * 60 * 1000;

/** Records a return within the market's return window; the backend pauses the order's payments meanwhile. */
export const reportReturn = defineTool({
  name: 'report_return',
  description: "Tells us the customer sent back (or is sending back) a delivered order, within the market's return window. Payments on that order pause until the merchant has processed the return. Confirm with the customer first.",
  input: z.object({
    orderId: orderIdSchema,
    itemIds: z.array(z.string().max(60)).max(50).optional().describe('Only some items; all items when absent'),
    reason: z.string().max(300).optional(),
  }),
  account: true,
  async run(input, context): Promise<ToolResult<{ order: Order; record: ReturnRecord }>> {
    const order = await context.backend.getOrder(context.customer.id, input.orderId);
    if (!order) return fail('not_found', 'order_not_found');
    if (order.status === 'returned') return fail('already_open', 'already_returned');
    if (order.status !== 'delivered' || order.deliveredAt === null) return fail('not_allowed', 'not_delivered');
    if (order.deliveredAt + context.market.policy.returnWindowDays * DAY < context.clock()) return fail('outside_return_window');
    const itemIds = input.itemIds ?? [];
    const record = await context.backend.reportReturn(context.customer.id, {
      requestId: requestId(context, 'report_return', { orderId: order.id, itemIds }),
      orderId: order.id,
      itemIds,
      reason: input.reason ?? null,
    });
    return ok({ order: (await context.backend.getOrder(context.customer.id, order.id)) ?? order, record });
  },
  present: (data, context) => ({
    orderId: data.order.id,
    merchant: data.order.merchant.name,
    returnStatus: data.record.status,
    reported: date(data.record.reportedAt, context),
    paymentsPaused: data.order.plan.status === 'paused',
  }),
});
