import type { ConversationHarness, CustomerSpec } from '../../support/harness';

/** The reason the customer's latest conversation was handed to a person, or null when it was not. */
export async function handoffReason(harness: ConversationHarness, customer: CustomerSpec): Promise<string | null> {
  const conversation = await harness.conversationOf(customer);
  if (!conversation) return null;
  const events = await harness.app.context.conversations.eventsOf(conversation.id);
  const escalation = events.filter((event) => event.type === 'state_changed' && event.to === 'waiting_for_agent').at(-1);
  return escalation?.reason ?? null;
}
