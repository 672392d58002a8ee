import type { IdentityKind } from '../../conversation/model';
import type { ToolResult } from '../tools';
import type { SkillEnvironment } from './skill-environment';

/** The localised answer to a tool that did not succeed; never the technical detail. */
export function failureReply(environment: SkillEnvironment, result: Extract<ToolResult<unknown>, { ok: false }>, orderId?: string | null): string {
  switch (result.error) {
    case 'not_found':
      return result.reason === 'card_not_found' ? environment.t('resolver:card.none') : environment.t('resolver:orders.not_found', { orderId: orderId ?? '' });
    case 'backend_unavailable':
      return environment.t('resolver:flow.unavailable');
    case 'verification_required':
      return verificationReply(environment);
    default:
      return environment.t('resolver:flow.failed');
  }
}

/** Which text tells a customer how to prove who they are, by the kind of identity they wrote from. */
const VERIFY_TEXT: Record<IdentityKind, string> = {
  webchat: 'resolver:verify.webchat',
  phone: 'resolver:verify.phone',
  whatsapp: 'resolver:verify.phone',
  email: 'resolver:verify.email',
  botframework: 'resolver:verify.other',
};

/** How this customer can prove who they are where they are writing from. */
export function verificationReply(environment: SkillEnvironment): string {
  return environment.t(VERIFY_TEXT[environment.context.conversation.identity.kind]);
}
