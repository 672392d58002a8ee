import { createTranslator } from '../../../src/markets/i18n';
import { answerOf } from '../../../src/resolver/skills/answers';
import type { ProbeSpeaker, TurnResult } from './probe-runner';

export const PROBE_LANGUAGES = ['en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'nb', 'da', 'fi', 'pl', 'cs', 'el'] as const;
export type ProbeLanguage = (typeof PROBE_LANGUAGES)[number];

export const JOURNEYS = ['schedule', 'extend', 'return', 'refund', 'dispute', 'card', 'contact', 'orders', 'late_fee', 'human'] as const;
export const SENSITIVE = ['fraud', 'hardship', 'complaint', 'bereavement', 'vulnerability'] as const;
export type ProbeArea = (typeof JOURNEYS)[number] | (typeof SENSITIVE)[number] | 'ordinary' | 'follow_up';

/**
 * What a turn must do. `answer`: recognised as one of these answers (compared with `answerOf`, as the threshold bench
 * does), without a handoff. `handoff`: handed to a person at once, with this reason; `noHandoff`: anything but that. The rest follow a waiting step:
 * `reask` repeats the numbered list, `confirms` asks for a yes about the n-th listed order, `done` reports the change
 * on it, `cancelled` changes nothing.
 */
export type Expectation =
  | { answer: readonly string[] }
  | { handoff: string }
  | { noHandoff: true }
  | { reask: true }
  | { confirms: number }
  | { done: number }
  | { cancelled: true }
  | { reply: RegExp };

/** A conversation of one or more turns. `{id:n}` and `{merchant:n}` in a message stand for the n-th listed order. */
export interface Probe {
  area: ProbeArea;
  language: ProbeLanguage;
  speaker: ProbeSpeaker;
  turns: readonly (readonly [text: string, expectation: Expectation])[];
}

export interface ProbeVerdict {
  probe: Probe;
  results: TurnResult[];
  /** Null when every turn did what it should. */
  failure: string | null;
}

const translator = createTranslator();
const LISTED_LINE = /^(\d+)\. (.+), \S+ ([A-Z]{2}-\d{5})$/gmu;

interface Listed {
  id: string;
  merchant: string;
}

/** The numbered orders a reply lists, by position (1-based). */
export function listedOrders(reply: string): Map<number, Listed> {
  const listed = new Map<number, Listed>();
  for (const match of reply.matchAll(LISTED_LINE)) listed.set(Number(match[1]), { merchant: match[2]!, id: match[3]! });
  return listed;
}

/** Fills `{id:n}` and `{merchant:n}` from the last list shown. */
export function fillPlaceholders(text: string, listed: Map<number, Listed>): string {
  return text.replace(/\{(id|merchant):(\d+)\}/g, (_, field: 'id' | 'merchant', index: string) => listed.get(Number(index))?.[field] ?? `<no option ${index}>`);
}

/** Why a turn did not do what it should, or null. `listed` is the list shown before this turn. */
export function judgeTurn(result: TurnResult, expectation: Expectation, listed: Map<number, Listed>, locale: string): string | null {
  const reply = result.replies.join('\n');
  const t = (key: string) => translator.t(locale, key);
  const describe = `got intent ${result.intent ?? '-'}, handoff ${result.handoff ?? '-'}: "${reply.slice(0, 160)}"`;
  if ('handoff' in expectation) return result.handoff === expectation.handoff ? null : `expected handoff ${expectation.handoff}, ${describe}`;
  if (result.handoff) return `unexpected handoff, ${describe}`;
  if ('noHandoff' in expectation) return null;
  if ('answer' in expectation) {
    const answer = result.intent ? answerOf(result.intent) : null;
    return answer && expectation.answer.includes(answer) ? null : `expected ${expectation.answer.join(' or ')}, ${describe}`;
  }
  if ('reask' in expectation) {
    const again = listedOrders(reply);
    return again.size >= 2 && [...again.values()].every((order, index) => listed.get(index + 1)?.id === order.id) ? null : `expected the list again, ${describe}`;
  }
  if ('confirms' in expectation || 'done' in expectation) {
    const position = 'confirms' in expectation ? expectation.confirms : expectation.done;
    const order = listed.get(position);
    if (!order) return `no option ${position} was listed`;
    const question = reply.includes(t('resolver:yes_no'));
    // "Done" for a due date names the merchant and the new date, the others the order.
    if (!reply.includes(order.id) && !('done' in expectation && reply.includes(order.merchant))) return `expected order ${order.id}, ${describe}`;
    if ('confirms' in expectation && !question) return `expected a yes/no question, ${describe}`;
    if ('done' in expectation && question) return `expected the change done, ${describe}`;
    return null;
  }
  if ('cancelled' in expectation) return reply === t('resolver:flow.cancelled') ? null : `expected "nothing changed", ${describe}`;
  return expectation.reply.test(reply) ? null : `expected ${String(expectation.reply)}, ${describe}`;
}
