import { z } from 'zod';
import type { Order } from '../../commerce/model';
import { orderIdSchema } from './order-id';
import { orderView } from './presentation';
import { defineTool, fail, ok, type ToolResult } from './tool';

const MAX_ORDERS = 10;

export const lookupOrders = defineTool({
  name: 'lookup_orders',
  description: "Lists the customer's recent orders (merchant, items, status, delivery, payment plan), or one order by id.",
  input: z.object({ orderId: orderIdSchema.optional() }),
  account: true,
  async run(input, context): Promise<ToolResult<{ orders: Order[] }>> {
    if (input.orderId) {
      const order = await context.backend.getOrder(context.customer.id, input.orderId);
      return order ? ok({ orders: [order] }) : fail('not_found', 'order_not_found');
    }
    return ok({ orders: (await context.backend.listOrders(context.customer.id)).slice(0, MAX_ORDERS) });
  },
  present: (data, context) => ({ orders: data.orders.map((order) => orderView(order, context)) }),
});
