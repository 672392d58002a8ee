import type { Instalment, Money, Order } from '../../commerce/model';
import { nextOpenInstalment, outstanding } from '../../commerce/model';
import { formatDate, formatMoney } from '../../markets/format';
import type { ToolContext } from './tool';

/** Money in the reply's locale and the market's way of writing it. */
export function money(value: Money, context: Pick<ToolContext, 'locale'>): string {
  return formatMoney(value.amountMinor / 100, value.currency, context.locale);
}

export function date(at: number, context: Pick<ToolContext, 'locale' | 'market'>): string {
  return formatDate(at, context.locale, context.market.timeZone);
}

export function instalmentView(instalment: Instalment, context: ToolContext) {
  return { number: instalment.sequence, due: date(instalment.dueAt, context), amount: money(instalment.amount, context), status: instalment.status };
}

/** An order as the LLM reads it: formatted, without internal ids it cannot use. */
export function orderView(order: Order, context: ToolContext) {
  const next = nextOpenInstalment(order.plan);
  return {
    orderId: order.id,
    merchant: order.merchant.name,
    items: order.items.map((item) => `${item.name} x${item.quantity}`),
    total: money(order.total, context),
    status: order.status,
    placed: date(order.placedAt, context),
    delivered: order.deliveredAt ? date(order.deliveredAt, context) : null,
    tracking: order.trackingUrl,
    plan: {
      kind: order.plan.kind,
      status: order.plan.status,
      pausedBecause: order.plan.pausedReason,
      apr: order.plan.apr,
      next: next ? instalmentView(next, context) : null,
      leftToPay: money(outstanding(order.plan, order.total.currency), context),
      extensionsUsed: order.plan.extensionsUsed,
    },
  };
}
