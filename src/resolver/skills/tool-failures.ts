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

/** How this customer can prove who they are on the channel they use. */
export function verificationReply(environment: SkillEnvironment): string {
  switch (environment.context.message.channel) {
    case 'webchat':
      return environment.t('resolver:verify.webchat');
    case 'sms':
    case 'whatsapp':
      return environment.t('resolver:verify.phone');
    case 'email':
      return environment.t('resolver:verify.email');
    default:
      return environment.t('resolver:verify.other');
  }
}
