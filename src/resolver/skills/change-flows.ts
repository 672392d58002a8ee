import { nextOpenInstalment, type Order } from '../../commerce/model';
import { extendDueDate, openDispute, reportReturn, runTool } from '../tools';
import { date, money } from '../tools/presentation';
import { disputeReasonOf, orderIdIn } from './message-cues';
import { askWhichOrder, ordersNamedIn } from './order-choice';
import { question, type ChoiceFlow, type Outcome, type SkillEnvironment } from './skill-environment';
import { showRefunds } from './lookup-flows';
import { failureReply } from './tool-failures';

const DAY = 24 * 60 * 60 * 1000;

/**
 * The three changes to an order that take a choice and a confirmation: move a due date, report a return, open a
 * dispute. `start` finds the orders the change applies to (asking which one when there are several), `propose` asks
 * for a yes, `apply` runs the tool once the customer said yes.
 */
export async function startChange(environment: SkillEnvironment, flow: ChoiceFlow, intent: string): Promise<Outcome> {
  const orders = await environment.tools.backend.listOrders(environment.tools.customer!.id);
  const named = orderIdIn(environment.inspection.clean);
  if (named && !orders.some((order) => order.id === named)) return { intent, replies: [environment.t('resolver:orders.not_found', { orderId: named })] };
  const eligible = orders.filter((order) => eligibleFor(flow, order, environment));
  const pointed = ordersNamedIn(environment.inspection.clean, named ? orders : eligible);
  // "I sent the backpack back weeks ago and no money yet": a return of an order already returned is a refund question.
  if (flow === 'return' && pointed.length === 0) {
    const returned = ordersNamedIn(environment.inspection.clean, orders.filter((order) => order.status === 'returned'));
    if (returned.length === 1) return showRefunds(environment, 'Refund_not_showing_up', returned[0]!.id);
  }
  const detail = flow === 'dispute' ? { reason: disputeReasonOf(environment.inspection.clean), description: environment.inspection.redacted.slice(0, 1000) } : undefined;
  if (pointed.length === 1) return propose(environment, flow, pointed[0]!, detail, intent);
  if (eligible.length === 1) return propose(environment, flow, eligible[0]!, detail, intent);
  if (eligible.length === 0) return { intent, replies: [nothingEligible(environment, flow, orders)] };
  // "the Nordlicht order" with two of them: ask between those two, not all of them.
  const listed = (pointed.length > 1 ? pointed : eligible).slice(0, 6);
  return { intent, replies: [askWhichOrder(environment, listed)], pending: { kind: 'choose_order', flow, options: listed.map((order) => order.id), detail } };
}

function eligibleFor(flow: ChoiceFlow, order: Order, environment: SkillEnvironment): boolean {
  const policy = environment.tools.market.policy;
  if (flow === 'extend') return order.plan.status === 'active' && nextOpenInstalment(order.plan) !== null && order.plan.extensionsUsed < policy.maxExtensionsPerOrder;
  if (flow === 'return') return order.status === 'delivered' && order.deliveredAt !== null && order.deliveredAt + policy.returnWindowDays * DAY >= environment.tools.clock();
  return order.status === 'delivered' || order.status === 'shipped';
}

function nothingEligible(environment: SkillEnvironment, flow: ChoiceFlow, orders: readonly Order[]): string {
  if (flow === 'extend') {
    const limited = orders.find((order) => order.plan.status === 'active' && nextOpenInstalment(order.plan) && order.plan.extensionsUsed >= environment.tools.market.policy.maxExtensionsPerOrder);
    return limited ? environment.t('resolver:extend.limit', { orderId: limited.id }) : environment.t('resolver:extend.none');
  }
  if (flow === 'return') {
    const late = orders.find((order) => order.status === 'delivered');
    return late ? environment.t('resolver:return.window', { days: environment.tools.market.policy.returnWindowDays, orderId: late.id }) : environment.t('resolver:return.none');
  }
  return environment.t('resolver:dispute.none');
}

/** Asks the customer to confirm the change on one order, or says why it cannot be done. */
export function propose(environment: SkillEnvironment, flow: ChoiceFlow, order: Order, detail: Record<string, string> | undefined, intent: string): Outcome {
  const t = environment.t;
  const values = { merchant: order.merchant.name, orderId: order.id };
  if (flow === 'extend') {
    const next = nextOpenInstalment(order.plan);
    if (order.plan.status === 'paused') return { intent, replies: [t('resolver:extend.paused')] };
    if (!next) return { intent, replies: [t('resolver:extend.none')] };
    if (order.plan.extensionsUsed >= environment.tools.market.policy.maxExtensionsPerOrder) return { intent, replies: [t('resolver:extend.limit', values)] };
    const to = next.dueAt + environment.tools.market.policy.dueDateExtensionDays * DAY;
    const text = t('resolver:extend.confirm', { ...values, amount: money(next.amount, environment.tools), from: date(next.dueAt, environment.tools), to: date(to, environment.tools) });
    return { intent, replies: [question(environment, text)], pending: { kind: 'confirm', flow, input: { orderId: order.id } } };
  }
  if (flow === 'return') {
    if (order.status === 'returned') return { intent, replies: [t('resolver:return.already', values)] };
    if (order.status !== 'delivered') return { intent, replies: [t('resolver:return.not_delivered', values)] };
    if (order.deliveredAt! + environment.tools.market.policy.returnWindowDays * DAY < environment.tools.clock()) {
      return { intent, replies: [t('resolver:return.window', { ...values, days: environment.tools.market.policy.returnWindowDays })] };
    }
    const items = order.items.map((item) => item.name).join(', ');
    return { intent, replies: [question(environment, t('resolver:return.confirm', { ...values, items }))], pending: { kind: 'confirm', flow, input: { orderId: order.id } } };
  }
  const reason = detail?.reason ?? 'other';
  const text = t('resolver:dispute.confirm', { ...values, reason: t(`resolver:dispute.reason.${reason}`) });
  return { intent, replies: [question(environment, text)], pending: { kind: 'confirm', flow, input: { orderId: order.id, reason, description: detail?.description || reason } } };
}

/** The customer said yes: run the tool and say what happened. */
export async function applyChange(environment: SkillEnvironment, flow: ChoiceFlow, input: Record<string, unknown>): Promise<Outcome> {
  const t = environment.t;
  const intent = { extend: 'extend_due_date', return: 'report_return', dispute: 'dispute_purchase' }[flow];
  const orderId = String(input.orderId ?? '');
  if (flow === 'extend') {
    const result = await runTool(extendDueDate, { orderId }, environment.tools);
    if (result.ok) {
      const { order, instalment } = result.data;
      return { intent, replies: [t('resolver:extend.done', { amount: money(instalment.amount, environment.tools), merchant: order.merchant.name, date: date(instalment.dueAt, environment.tools) })] };
    }
    if (result.error === 'policy_limit') return { intent, replies: [t('resolver:extend.limit', { orderId })] };
    if (result.reason === 'plan_paused') return { intent, replies: [t('resolver:extend.paused')] };
    if (result.error === 'not_allowed') return { intent, replies: [t('resolver:extend.none')] };
    return { intent, replies: [failureReply(environment, result, orderId)] };
  }
  if (flow === 'return') {
    const result = await runTool(reportReturn, { orderId }, environment.tools);
    if (result.ok) return { intent, replies: [t('resolver:return.done', { orderId, merchant: result.data.order.merchant.name })] };
    if (result.error === 'already_open') return { intent, replies: [t('resolver:return.already', { orderId })] };
    if (result.error === 'outside_return_window') return { intent, replies: [t('resolver:return.window', { orderId, days: environment.tools.market.policy.returnWindowDays })] };
    if (result.reason === 'not_delivered') return { intent, replies: [t('resolver:return.not_delivered', { orderId })] };
    return { intent, replies: [failureReply(environment, result, orderId)] };
  }
  const result = await runTool(openDispute, { orderId, reason: input.reason, description: input.description }, environment.tools);
  if (result.ok) {
    const { order, dispute } = result.data;
    return { intent, replies: [t('resolver:dispute.done', { orderId, merchant: order.merchant.name, date: date(dispute.merchantResponseDueAt, environment.tools) })] };
  }
  if (result.error === 'already_open') return { intent, replies: [t('resolver:dispute.already', { orderId })] };
  return { intent, replies: [failureReply(environment, result, orderId)] };
}
