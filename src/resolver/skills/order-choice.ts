import type { Order } from '../../commerce/model';
import { fold } from '../guardrails/text-folding';
import { choiceIn, orderIdIn } from './message-cues';
import type { SkillEnvironment } from './skill-environment';

/**
 * The orders among `candidates` a message points at: the one whose id it contains, the one at the position it picks
 * from the `listed` ids ("2", "the second one", "die letzte"), or those whose merchant or item it names (several when
 * a name fits more than one: "Nordlicht" for two Nordlicht orders). Empty when it points at none.
 */
export function ordersNamedIn(text: string, candidates: readonly Order[], listed: readonly string[] = []): Order[] {
  const id = orderIdIn(text);
  if (id) return candidates.filter((order) => order.id === id);
  if (listed.length > 0) {
    const position = choiceIn(text, listed.length);
    const chosen = position === null ? undefined : candidates.find((order) => order.id === listed[position - 1]);
    if (chosen) return [chosen];
  }
  const words = fold(text).split(/[^\p{L}\p{N}]+/u).filter((word) => word.length >= 5);
  // A distinctive word of the merchant or an item, not "and" or "the": "Nordlicht", "Winterjacken" for "Winterjacke",
  // and the head of a compound, "Rucksack" for "Wanderrucksack".
  const mentions = (name: string) =>
    fold(name)
      .split(/[^\p{L}\p{N}]+/u)
      .some((word) => word.length >= 5 && words.some((candidate) => candidate.startsWith(word) || word.endsWith(candidate)));
  return candidates.filter((order) => mentions(order.merchant.name) || order.items.some((item) => mentions(item.name)));
}

/** The one order a message points at, or null when it points at none or at several. */
export function pickOrder(text: string, candidates: readonly Order[], listed: readonly string[] = []): Order | null {
  const named = ordersNamedIn(text, candidates, listed);
  return named.length === 1 ? named[0]! : null;
}

/** The numbered list of orders, one a line. */
export function orderLines(environment: SkillEnvironment, orders: readonly Order[]): string[] {
  return orders.map((order, index) => environment.t('resolver:choice_line', { index: index + 1, merchant: order.merchant.name, orderId: order.id }));
}

/** "Which order is it about?" with a numbered list; the pending step remembers the list. */
export function askWhichOrder(environment: SkillEnvironment, orders: readonly Order[]): string {
  return [environment.t('resolver:choose_order'), ...orderLines(environment, orders)].join('\n');
}
