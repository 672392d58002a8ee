import { nextOpenInstalment, outstanding, type Order } from '../../commerce/model';
import { lookupOrders, paymentSchedule, refundStatus, runTool } from '../tools';
import { date, money } from '../tools/presentation';
import { orderIdIn } from './message-cues';
import { failureReply } from './tool-failures';
import type { Outcome, SkillEnvironment } from './skill-environment';

const LISTED = 5;

/** "Where is my order?": one order when the message names it, else the latest few. */
export async function showOrders(environment: SkillEnvironment, intent: string): Promise<Outcome> {
  const orderId = orderIdIn(environment.inspection.clean);
  const result = await runTool(lookupOrders, orderId ? { orderId } : {}, environment.tools);
  if (!result.ok) return { intent, replies: [failureReply(environment, result, orderId)] };
  const orders = result.data.orders;
  if (orders.length === 0) return { intent, replies: [environment.t('resolver:orders.none')] };
  const lines = orders.slice(0, LISTED).map((order) => orderLine(environment, order));
  const tracking = orders.length === 1 && orders[0]!.trackingUrl ? [environment.t('resolver:orders.tracking', { url: orders[0]!.trackingUrl })] : [];
  const body = orderId ? lines : [environment.t('resolver:orders.intro'), ...lines];
  return { intent, replies: [[...body, ...tracking].join('\n')] };
}

function orderLine(environment: SkillEnvironment, order: Order): string {
  const status = environment.t(`resolver:orders.status.${order.status}`, { date: order.deliveredAt ? date(order.deliveredAt, environment.tools) : '' });
  return environment.t('resolver:orders.line', { merchant: order.merchant.name, orderId: order.id, total: money(order.total, environment.tools), status });
}

/** "When is my next payment?": every plan with something left, soonest first. */
export async function showSchedule(environment: SkillEnvironment, intent: string): Promise<Outcome> {
  const orderId = orderIdIn(environment.inspection.clean);
  const result = await runTool(paymentSchedule, orderId ? { orderId } : {}, environment.tools);
  if (!result.ok) return { intent, replies: [failureReply(environment, result, orderId)] };
  if (result.data.orders.length === 0) return { intent, replies: [environment.t('resolver:schedule.none')] };
  const lines = result.data.orders.slice(0, LISTED).map((order) => {
    const values = { merchant: order.merchant.name, orderId: order.id };
    if (order.plan.status === 'paused') return environment.t(`resolver:schedule.paused_${order.plan.pausedReason ?? 'return'}`, values);
    const next = nextOpenInstalment(order.plan)!;
    return environment.t('resolver:schedule.line', {
      ...values,
      amount: money(next.amount, environment.tools),
      date: date(next.dueAt, environment.tools),
      remaining: money(outstanding(order.plan, order.total.currency), environment.tools),
    });
  });
  return { intent, replies: [[environment.t('resolver:schedule.intro'), ...lines].join('\n')] };
}

/** "Where is my refund?": for the order the message names (or `orderId`), else every refund. */
export async function showRefunds(environment: SkillEnvironment, intent: string, orderId = orderIdIn(environment.inspection.clean)): Promise<Outcome> {
  const result = await runTool(refundStatus, orderId ? { orderId } : {}, environment.tools);
  if (!result.ok) return { intent, replies: [failureReply(environment, result, orderId)] };
  if (result.data.refunds.length === 0) return { intent, replies: [environment.t('resolver:refund.none')] };
  const lines = result.data.refunds.map(({ refund, order }) => {
    const when = refund.completedAt ?? refund.expectedBy;
    const status = environment.t(`resolver:refund.status.${refund.status}`, { date: when ? date(when, environment.tools) : '' });
    return environment.t('resolver:refund.line', { amount: money(refund.amount, environment.tools), merchant: order?.merchant.name ?? '', orderId: refund.orderId, status });
  });
  return { intent, replies: [[environment.t('resolver:refund.intro'), ...lines].join('\n')] };
}
