import { applyContactChange, applyFreeze, startContactChange } from './card-flows';
import { applyChange, propose } from './change-flows';
import { answersNo, answersYes } from './message-cues';
import { pickOrder } from './order-choice';
import type { Outcome, Pending, SkillEnvironment } from './skill-environment';

/**
 * Continues the step the conversation waits on, when the message answers it (a yes, a no, an order, a contact
 * value). Returns null when the message is about something else: the step is dropped and the message is read afresh.
 */
export async function continuePending(pending: Pending, environment: SkillEnvironment): Promise<Outcome | null> {
  if (!environment.tools.customer) return null;
  const text = environment.inspection.clean;
  if (pending.kind === 'confirm') {
    if (answersNo(text)) return { intent: null, replies: [environment.t('resolver:flow.cancelled')], pending: null };
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
  if (answersNo(text)) return { intent: null, replies: [environment.t('resolver:flow.cancelled')], pending: null };
  const orders = (await environment.tools.backend.listOrders(environment.tools.customer.id)).filter((order) => pending.options.includes(order.id));
  const chosen = pickOrder(text, orders, pending.options);
  return chosen ? propose(environment, pending.flow, chosen, pending.detail, { extend: 'extend_due_date', return: 'report_return', dispute: 'dispute_purchase' }[pending.flow]) : null;
}
