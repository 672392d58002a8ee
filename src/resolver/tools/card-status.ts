import { z } from 'zod';
import type { Card } from '../../commerce/model';
import { defineTool, fail, ok, type ToolResult } from './tool';

export function cardView(card: Card) {
  return { last4: card.last4, brand: card.brand, kind: card.kind, status: card.status, expires: `${String(card.expiresMonth).padStart(2, '0')}/${card.expiresYear}` };
}

export const cardStatus = defineTool({
  name: 'get_card_status',
  description: "Shows the customer's card: last four digits, active / frozen / blocked, expiry.",
  input: z.object({}),
  account: true,
  async run(_input, context): Promise<ToolResult<{ card: Card }>> {
    const card = await context.backend.getCard(context.customer.id);
    return card ? ok({ card }) : fail('not_found', 'card_not_found');
  },
  present: (data) => ({ card: cardView(data.card) }),
});
