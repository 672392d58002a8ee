import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { cardStatus, freezeCard, runTool, updateContactDetails } from '../tools';
import { maskEmail, maskPhone } from '../tools/update-contact-details';
import { asksToUnfreeze } from './message-cues';
import { question, type Outcome, type SkillEnvironment } from './skill-environment';
import { failureReply } from './tool-failures';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

/** "My card doesn't work": the card's state first; a frozen card is the usual reason, and we offer to unfreeze it. */
export async function checkCard(environment: SkillEnvironment, intent: string, advice: string | null): Promise<Outcome> {
  const result = await runTool(cardStatus, {}, environment.tools);
  if (!result.ok) return { intent, replies: [failureReply(environment, result)] };
  const { card } = result.data;
  const frozen = card.status === 'frozen';
  if (frozen && !environment.tools.senderSpoofable) return { intent, replies: [question(environment, environment.t('resolver:card.frozen_hint', { last4: card.last4 }))], pending: { kind: 'confirm', flow: 'unfreeze', input: {} } };
  // A sender who may be forged is not offered the unfreeze: the status, and where to do it instead.
  const hint = frozen ? environment.t('resolver:card.not_unfreeze_by_email') : advice;
  const status = environment.t('resolver:card.status', { last4: card.last4, status: environment.t(`resolver:card.state.${card.status}`) });
  return { intent, replies: [hint ? `${status} ${hint}` : status] };
}

/** Freeze (or unfreeze, when the message says so) after a confirmation. */
export async function startFreeze(environment: SkillEnvironment, intent: string): Promise<Outcome> {
  const unfreeze = asksToUnfreeze(environment.inspection.clean);
  const result = await runTool(cardStatus, {}, environment.tools);
  if (!result.ok) return { intent, replies: [failureReply(environment, result)] };
  const { card } = result.data;
  const last4 = card.last4;
  if (card.status === 'blocked') return { intent, replies: [environment.t('resolver:card.blocked')] };
  if (unfreeze && card.status === 'active') return { intent, replies: [environment.t('resolver:card.already_active', { last4 })] };
  if (unfreeze && environment.tools.senderSpoofable) return { intent, replies: [environment.t('resolver:card.not_unfreeze_by_email')] };
  if (!unfreeze && card.status === 'frozen') return { intent, replies: [environment.t('resolver:card.already_frozen', { last4 })] };
  const key = unfreeze ? 'resolver:card.confirm_unfreeze' : 'resolver:card.confirm_freeze';
  return { intent, replies: [question(environment, environment.t(key, { last4 }))], pending: { kind: 'confirm', flow: unfreeze ? 'unfreeze' : 'freeze', input: {} } };
}

export async function applyFreeze(environment: SkillEnvironment, frozen: boolean): Promise<Outcome> {
  const result = await runTool(freezeCard, { frozen }, environment.tools);
  if (!result.ok && result.reason === 'sender_not_authenticated') return { intent: 'freeze_card', replies: [environment.t('resolver:card.not_unfreeze_by_email')] };
  if (!result.ok) return { intent: 'freeze_card', replies: [failureReply(environment, result)] };
  return { intent: 'freeze_card', replies: [environment.t(frozen ? 'resolver:card.frozen' : 'resolver:card.unfrozen', { last4: result.data.card.last4 })] };
}

/** A sender who may be forged asks to change contact details: a person checks it with them. */
function contactChangeByPerson(environment: SkillEnvironment, intent: string): Outcome {
  return {
    intent,
    replies: [environment.t('resolver:contact.not_by_email')],
    pending: null,
    handoff: { reason: 'identity_check', summary: 'Contact details change asked for by an email sender no mail server authenticated.' },
  };
}

/** A new email address or phone number in the message: confirm it; none: ask for it. */
export function startContactChange(environment: SkillEnvironment, intent: string, asked: boolean): Outcome {
  if (environment.tools.senderSpoofable) return contactChangeByPerson(environment, intent);
  const text = environment.inspection.clean;
  const email = text.match(EMAIL)?.[0];
  if (email) return { intent, replies: [question(environment, environment.t('resolver:contact.confirm_email', { value: maskEmail(email) }))], pending: { kind: 'confirm', flow: 'contact', input: { email } } };
  const phone = findPhoneNumbersInText(text, { defaultCountry: environment.tools.market.code as CountryCode })[0]?.number.number;
  if (phone) return { intent, replies: [question(environment, environment.t('resolver:contact.confirm_phone', { value: maskPhone(phone) }))], pending: { kind: 'confirm', flow: 'contact', input: { phone } } };
  return asked ? { intent, replies: [environment.t('resolver:contact.invalid')], pending: null } : { intent, replies: [environment.t('resolver:contact.ask')], pending: { kind: 'contact_value' } };
}

export async function applyContactChange(environment: SkillEnvironment, input: Record<string, unknown>): Promise<Outcome> {
  const result = await runTool(updateContactDetails, input, environment.tools);
  if (result.ok) return { intent: 'edit_personal_details', replies: [environment.t('resolver:contact.done')] };
  if (result.reason === 'sender_not_authenticated') return contactChangeByPerson(environment, 'edit_personal_details');
  if (result.error === 'invalid_arguments') return { intent: 'edit_personal_details', replies: [environment.t('resolver:contact.invalid')] };
  return { intent: 'edit_personal_details', replies: [failureReply(environment, result)] };
}
