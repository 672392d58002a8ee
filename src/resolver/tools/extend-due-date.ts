import { z } from 'zod';
import { nextOpenInstalment, type Instalment, type Order } from '../../commerce/model';
import { orderIdSchema } from './order-id';
import { date, money } from './presentation';
import { requestId } from './request-id';
import { defineTool, fail, ok, type ToolResult } from './tool';

const DAY = 24 * 60 * 60 * 1000;

export interface Extension {
  order: Order;
  instalment: Instalment;
  previousDueAt: number;
  days: number;
}

/**
 * Moves the next open instalment of one order by the market's policy (`dueDateExtensionDays`, at most
 * `maxExtensionsPerOrder` times per order). The LLM may ask for fewer days, never more.
 */
export const extendDueDate = defineTool({
  name: 'extend_due_date',
  description: "Pushes back the due date of the next open instalment of one order, within the market's policy (days and extensions per order). Confirm with the customer first.",
  input: z.object({
    orderId: orderIdSchema,
    days: z.number().int().min(1).max(60).optional().describe("Days to move it by; default and maximum are the market's policy"),
  }),
  account: true,
  async run(input, context): Promise<ToolResult<Extension>> {
    const policy = context.market.policy;
    const days = input.days ?? policy.dueDateExtensionDays;
    if (policy.dueDateExtensionDays === 0 || policy.maxExtensionsPerOrder === 0) return fail('not_allowed', 'extensions_not_offered');
    if (days > policy.dueDateExtensionDays) return fail('policy_limit', 'too_many_days');
    const order = await context.backend.getOrder(context.customer.id, input.orderId);
    if (!order) return fail('not_found', 'order_not_found');
    if (order.plan.extensionsUsed >= policy.maxExtensionsPerOrder) return fail('policy_limit', 'extension_limit_reached');
    const instalment = nextOpenInstalment(order.plan);
    if (!instalment) return fail('not_allowed', order.plan.status === 'paused' ? 'plan_paused' : 'nothing_due');
    const updated = await context.backend.extendDueDate(context.customer.id, {
      requestId: requestId(context, 'extend_due_date', { orderId: order.id, instalmentId: instalment.id, days }),
      orderId: order.id,
      instalmentId: instalment.id,
      days,
    });
    const moved = updated.plan.instalments.find((candidate) => candidate.id === instalment.id) ?? { ...instalment, dueAt: instalment.dueAt + days * DAY };
    return ok({ order: updated, instalment: moved, previousDueAt: instalment.dueAt, days });
  },
  present: (data, context) => ({
    orderId: data.order.id,
    merchant: data.order.merchant.name,
    amount: money(data.instalment.amount, context),
    previousDueDate: date(data.previousDueAt, context),
    newDueDate: date(data.instalment.dueAt, context),
    extensionsLeft: Math.max(0, context.market.policy.maxExtensionsPerOrder - data.order.plan.extensionsUsed),
  }),
});
