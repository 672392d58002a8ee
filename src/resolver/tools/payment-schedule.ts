import { z } from 'zod';
import { nextOpenInstalment, type Order } from '../../commerce/model';
import { orderIdSchema } from './order-id';
import { instalmentView, orderView } from './presentation';
import { defineTool, fail, ok, type ToolResult } from './tool';

/** Plans with something left to pay (or paused), soonest next instalment first. */
export const paymentSchedule = defineTool({
  name: 'get_payment_schedule',
  description: 'Shows the payment plans with instalments still to pay: next due date and amount, what is left, every open instalment. Optionally for one order.',
  input: z.object({ orderId: orderIdSchema.optional() }),
  account: true,
  async run(input, context): Promise<ToolResult<{ orders: Order[] }>> {
    let orders: Order[];
    if (input.orderId) {
      const order = await context.backend.getOrder(context.customer.id, input.orderId);
      if (!order) return fail('not_found', 'order_not_found');
      orders = [order];
    } else {
      orders = (await context.backend.listOrders(context.customer.id)).filter((order) => order.plan.instalments.some((instalment) => instalment.status !== 'paid'));
    }
    const nextDue = (order: Order) => nextOpenInstalment(order.plan)?.dueAt ?? Number.MAX_SAFE_INTEGER;
    return ok({ orders: orders.sort((a, b) => nextDue(a) - nextDue(b)) });
  },
  present: (data, context) => ({
    plans: data.orders.map((order) => ({
      ...orderView(order, context),
      openInstalments: order.plan.instalments.filter((instalment) => instalment.status !== 'paid').map((instalment) => instalmentView(instalment, context)),
    })),
  }),
});
