import type { Order } from '../../commerce/model';
import { applyContactChange, applyFreeze, startContactChange } from './card-flows';
import { applyChange, propose } from './change-flows';
import { answersNo, answersYes, orderIdIn } from './message-cues';
import { askWhichOrder, orderLines, ordersNamedIn } from './order-choice';
import type { ChoiceFlow, Outcome, Pending, SkillEnvironment } from './skill-environment';

const FLOW_INTENT: Record<ChoiceFlow, string> = { extend: 'extend_due_date', return: 'report_return', dispute: 'dispute_purchase' };

/**
 * Continues the step the conversation waits on when the message answers it: a yes or a no, an order (by its number in
 * the list, "the second one", its id, its merchant or item), a contact value. Returns null when the message does not
 * answer it: the resolver then reads it afresh as a new request, or asks the question again (`askAgain`).
 */
export async function continuePending(pending: Pending, environment: SkillEnvironment): Promise<Outcome | null> {
  if (!environment.tools.customer) return null;
  const text = environment.inspection.clean;
  if (pending.kind === 'confirm') {
    if (answersNo(text)) return cancelled(environment);
    if (!answersYes(text)) return null;
    const outcome =
      pending.flow === 'freeze' || pending.flow === 'unfreeze'
        ? await applyFreeze(environment, pending.flow === 'freeze')
        : pending.flow === 'contact'
          ? await applyContactChange(environment, pending.input)
          : await applyChange(environment, pending.flow, pending.input);
    return { ...outcome, pending: null };
  }
  if (pending.kind === 'contact_value') {
    const outcome = startContactChange(environment, 'edit_personal_details', true);
    return outcome.pending ? outcome : null;
  }
  return chooseOrder(pending, environment);
}

/**
 * The same question again, with a short apology, when an answer does not fit and is no new request either: "ja" to
 * "which order?", "maybe" to "shall I?". It keeps the step and counts as not understood, so a second answer that does
 * not fit goes to a person.
 */
export async function askAgain(pending: Pending, environment: SkillEnvironment): Promise<Outcome> {
  const t = environment.t;
  if (!environment.tools.customer) return { intent: null, replies: [t('resolver:clarify')], pending: null, miss: true };
  if (pending.kind === 'choose_order') {
    const orders = await listedOrders(pending.options, environment);
    return { intent: null, replies: [[t('resolver:reask.choose_order'), ...orderLines(environment, orders)].join('\n')], pending, miss: true };
  }
  if (pending.kind === 'contact_value') return { intent: null, replies: [t('resolver:contact.invalid')], pending, miss: true };
  return { intent: null, replies: [pending.prompt ? `${t('resolver:reask.confirm')}\n${pending.prompt}` : `${t('resolver:reask.confirm')} ${t('resolver:yes_no')}`], pending, miss: true };
}

async function chooseOrder(pending: Extract<Pending, { kind: 'choose_order' }>, environment: SkillEnvironment): Promise<Outcome | null> {
  const text = environment.inspection.clean;
  const intent = FLOW_INTENT[pending.flow];
  const all = await environment.tools.backend.listOrders(environment.tools.customer!.id);
  const options = pending.options.map((id) => all.find((order) => order.id === id)).filter((order): order is Order => order !== undefined);
  // An order id: one of the list, or another order of theirs (propose says why it cannot be done, if it cannot).
  const id = orderIdIn(text);
  if (id) {
    const order = all.find((candidate) => candidate.id === id);
    if (!order) return { intent, replies: [[environment.t('resolver:orders.not_found', { orderId: id }), ...orderLines(environment, options)].join('\n')], pending };
    return propose(environment, pending.flow, order, pending.detail, intent);
  }
  const named = ordersNamedIn(text, options, pending.options);
  if (named.length === 1) return propose(environment, pending.flow, named[0]!, pending.detail, intent);
  if (named.length > 1) {
    const narrowed = { ...pending, options: named.map((order) => order.id), prompt: undefined };
    return { intent, replies: [askWhichOrder(environment, named)], pending: narrowed };
  }
  if (answersNo(text)) return cancelled(environment);
  // "Yes" does not say which: ask again rather than read it as a new request ("tak" would be Danish thanks).
  if (answersYes(text)) return askAgain(pending, environment);
  return null;
}

function cancelled(environment: SkillEnvironment): Outcome {
  return { intent: null, replies: [environment.t('resolver:flow.cancelled')], pending: null };
}

async function listedOrders(ids: readonly string[], environment: SkillEnvironment): Promise<Order[]> {
  const all = await environment.tools.backend.listOrders(environment.tools.customer!.id);
  return ids.map((id) => all.find((order) => order.id === id)).filter((order): order is Order => order !== undefined);
}
