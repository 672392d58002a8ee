import { z } from 'zod';
import type { Card } from '../../commerce/model';
import { cardView } from './card-status';
import { requestId } from './request-id';
import { defineTool, fail, ok, type ToolResult } from './tool';

export const freezeCard = defineTool({
  name: 'set_card_frozen',
  description: "Freezes (frozen: true) or unfreezes (frozen: false) the customer's card. A frozen card declines new payments; instalments still run. Confirm with the customer first.",
  input: z.object({ frozen: z.boolean() }),
  account: true,
  async run(input, context): Promise<ToolResult<{ card: Card; changed: boolean }>> {
    // Unfreezing undoes a protection (a card frozen after a theft): never on a forgeable sender's word.
    if (!input.frozen && context.senderSpoofable) return fail('not_allowed', 'sender_not_authenticated');
    const before = await context.backend.getCard(context.customer.id);
    if (!before) return fail('not_found', 'card_not_found');
    const card = await context.backend.setCardFrozen(context.customer.id, { requestId: requestId(context, 'set_card_frozen', input), frozen: input.frozen });
    return ok({ card, changed: before.status !== card.status });
  },
  present: (data) => ({ card: cardView(data.card), changed: data.changed }),
});
