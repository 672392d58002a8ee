import type { Order } from '../../commerce/model';
import { fold } from '../guardrails/text-folding';
import { choiceNumberIn, orderIdIn } from './message-cues';
import type { SkillEnvironment } from './skill-environment';

/**
 * Which of `candidates` a message points at: an order id it contains, the number of a listed choice, or a merchant or
 * item named in it. Null when it points at none, or at more than one.
 */
export function pickOrder(text: string, candidates: readonly Order[], listed: readonly string[] = []): Order | null {
  const id = orderIdIn(text);
  if (id) return candidates.find((order) => order.id === id) ?? null;
  const number = choiceNumberIn(text);
  if (number !== null && listed.length > 0) {
    const listedId = listed[number - 1];
    return candidates.find((order) => order.id === listedId) ?? null;
  }
  const folded = fold(text);
  const words = new Set(folded.split(/[^\p{L}\p{N}]+/u));
  // A distinctive word of the merchant or an item ("Nordlicht", "Winterjacke" in "die Winterjacke"), not "and" or "the".
  const mentions = (name: string) => fold(name).split(/[^\p{L}\p{N}]+/u).some((word) => word.length >= 5 && [...words].some((candidate) => candidate.startsWith(word)));
  const named = candidates.filter((order) => mentions(order.merchant.name) || order.items.some((item) => mentions(item.name)));
  return named.length === 1 ? named[0]! : null;
}

/** "Which order is it about?" with a numbered list; the pending step remembers the list. */
export function askWhichOrder(environment: SkillEnvironment, orders: readonly Order[]): string {
  const lines = orders.map((order, index) => environment.t('resolver:choice_line', { index: index + 1, merchant: order.merchant.name, orderId: order.id }));
  return [environment.t('resolver:choose_order'), ...lines].join('\n');
}
