import { ANSWER_KEYS, CARD_TROUBLE_INTENTS, FRAUD_INTENTS } from './answers';
import { startContactChange, checkCard, startFreeze } from './card-flows';
import { startChange } from './change-flows';
import { showOrders, showRefunds, showSchedule } from './lookup-flows';
import type { Outcome, SkillEnvironment } from './skill-environment';
import { verificationReply } from './tool-failures';

export type { Outcome, Pending, SkillEnvironment } from './skill-environment';
export { askAgain, continuePending } from './pending-steps';

type AccountSkill = (environment: SkillEnvironment, intent: string) => Promise<Outcome> | Outcome;

/** Skills that read or change the customer's account, with what an unverified customer gets instead (besides "verify"). */
const ACCOUNT_SKILLS: Record<string, { run: AccountSkill; general?: (environment: SkillEnvironment) => string }> = {
  order_status: { run: showOrders },
  payment_schedule: { run: showSchedule, general: (environment) => environment.t('resolver:schedule.general') },
  Refund_not_showing_up: { run: showRefunds, general: (environment) => environment.t('resolver:refund.general') },
  extend_due_date: { run: (environment, intent) => startChange(environment, 'extend', intent), general: (environment) => environment.t('resolver:extend.general', { days: environment.tools.market.policy.dueDateExtensionDays }) },
  report_return: { run: (environment, intent) => startChange(environment, 'return', intent), general: (environment) => environment.t('resolver:return.general', { days: environment.tools.market.policy.returnWindowDays }) },
  dispute_purchase: { run: (environment, intent) => startChange(environment, 'dispute', intent), general: (environment) => environment.t('resolver:dispute.general') },
  freeze_card: { run: startFreeze, general: (environment) => environment.t('resolver:answers.lost_card') },
  lost_or_stolen_card: { run: startFreeze, general: (environment) => environment.t('resolver:answers.lost_card') },
  card_swallowed: { run: startFreeze, general: (environment) => environment.t('resolver:answers.lost_card') },
  edit_personal_details: { run: (environment, intent) => startContactChange(environment, intent, false), general: (environment) => environment.t('resolver:answers.edit_details') },
  ...Object.fromEntries(
    [...CARD_TROUBLE_INTENTS].map((intent) => [
      intent,
      { run: (environment: SkillEnvironment) => checkCard(environment, intent, environment.t('resolver:answers.card_trouble')), general: (environment: SkillEnvironment) => environment.t('resolver:answers.card_trouble') },
    ]),
  ),
};

/**
 * Runs the deterministic skill of a confidently recognised intent, or returns null when the intent has none (the
 * resolver then treats the message as not understood). Account skills run only for a verified customer; anyone else
 * gets the general answer and how to verify, and no account data.
 */
export async function runSkill(intent: string, environment: SkillEnvironment): Promise<Outcome | null> {
  const t = environment.t;
  switch (intent) {
    case 'greeting':
      return { intent, replies: [environment.context.market.texts[environment.context.locale]?.greeting ?? t('resolver:greeting')] };
    case 'thanks':
      return { intent, replies: [t('resolver:thanks')], resolve: true };
    case 'goodbye':
      return { intent, replies: [t('resolver:goodbye')], resolve: true };
    case 'human_request':
      return { intent, replies: [t('resolver:handoff.customer_request')], handoff: { reason: 'customer_request', summary: 'The customer asked for a person.' } };
  }
  if (FRAUD_INTENTS.has(intent)) {
    return { intent, replies: [t('resolver:handoff.fraud')], handoff: { reason: 'fraud', summary: `Possible unauthorised use (${intent}).` } };
  }
  const account = ACCOUNT_SKILLS[intent];
  if (account) {
    if (!environment.tools.customer) return { intent, replies: [...(account.general ? [account.general(environment)] : []), verificationReply(environment)] };
    return account.run(environment, intent);
  }
  const answer = ANSWER_KEYS[intent];
  return answer ? { intent, replies: [t(`resolver:answers.${answer}`)] } : null;
}
