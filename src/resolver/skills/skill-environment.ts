import type { ResolverContext } from '../resolver';
import type { Inspection } from '../guardrails/guardrails';
import type { ToolContext } from '../tools/tool';

/**
 * A step the conversation waits on: the customer picks an order, confirms a change, or gives a contact value. Saved
 * between messages. `prompt` is the question as it was asked, so an answer that does not fit can be met with the same
 * question again (the resolver fills it in from the reply that asked it).
 */
export type Pending = (
  | { kind: 'choose_order'; flow: ChoiceFlow; options: string[]; detail?: Record<string, string> }
  | { kind: 'confirm'; flow: ConfirmFlow; input: Record<string, unknown> }
  | { kind: 'contact_value' }
) & { prompt?: string };

export type ChoiceFlow = 'extend' | 'return' | 'dispute';
export type ConfirmFlow = 'extend' | 'return' | 'dispute' | 'freeze' | 'unfreeze' | 'contact';

/** What a skill decided: replies (without the disclosure), and what happens next. */
export interface Outcome {
  intent: string | null;
  replies: string[];
  handoff?: { reason: string; summary: string };
  resolve?: boolean;
  /** The step now awaited; null clears it. */
  pending?: Pending | null;
  /** The message was not understood (counts towards a handoff). */
  miss?: boolean;
}

/** Everything a skill reads: the turn, the inspected text, a translator bound to the reply's locale, the tools. */
export interface SkillEnvironment {
  context: ResolverContext;
  inspection: Inspection;
  t(key: string, values?: Record<string, unknown>): string;
  tools: ToolContext;
}

/** Appends the localised "(yes/no)" hint to a question. */
export function question(environment: SkillEnvironment, text: string): string {
  return `${text} ${environment.t('resolver:yes_no')}`;
}
