import type { Market } from '../markets/market';
import { localeFor } from '../markets/market';
import type { MarketDirectory } from '../markets/market-directory';
import type { Conversation, Customer, InboundMessage } from './model';

/** Detects the language of a text among candidate base languages (`de`, `sv`, ...). */
export type LanguageDetector = (text: string, candidates: readonly string[]) => { language: string; confidence: number } | null;

/** Below this confidence a detection does not switch a conversation's language. */
export const LANGUAGE_SWITCH_CONFIDENCE = 0.8;
/**
 * A conversation already in a language only switches on a message with at least this many letters: "ok", "thanks",
 * "merci!" or an order number say little about the language, however confident a detector is about them.
 */
export const LANGUAGE_SWITCH_MIN_LETTERS = 12;

function letterCount(text: string): number {
  return (text.match(/\p{L}/gu) ?? []).length;
}

/** The market of a message: the customer's own, else what the channel suggests (a phone prefix), else the default. */
export function marketFor(message: InboundMessage, customer: Customer | null, markets: MarketDirectory): Market {
  return markets.resolve(customer?.market ?? message.hints?.market);
}

/**
 * The locale to answer in: an explicit choice of the customer wins; otherwise the language the message is written in
 * when the market serves it and the detection is confident; otherwise what the conversation already uses.
 */
export function chooseLocale(
  market: Market,
  text: string,
  current: { language?: string | null; languageOverride?: string | null },
  hints: { customerLanguage?: string | null; channelLanguage?: string | null },
  detect: LanguageDetector,
): string {
  if (current.languageOverride) return localeFor(market, current.languageOverride) ?? market.defaultLanguage;
  const candidates = market.languages.map((locale) => locale.split('-')[0]!);
  const detected = candidates.length > 1 || !current.language ? detect(text, candidates) : null;
  const longEnough = !current.language || letterCount(text) >= LANGUAGE_SWITCH_MIN_LETTERS;
  if (detected && longEnough && detected.confidence >= LANGUAGE_SWITCH_CONFIDENCE) {
    const locale = localeFor(market, detected.language);
    if (locale) return locale;
  }
  for (const candidate of [current.language, hints.customerLanguage, hints.channelLanguage, detected?.language]) {
    const locale = candidate ? localeFor(market, candidate) : null;
    if (locale) return locale;
  }
  return market.defaultLanguage;
}

/** True when a conversation in this state with this age continues rather than a new one being opened. */
export function continues(conversation: Conversation, now: number, reopenWindowMs: number): 'continue' | 'reopen' | 'new' {
  if (conversation.state === 'bot' || conversation.state === 'waiting_for_agent' || conversation.state === 'agent') return 'continue';
  if (conversation.state === 'resolved' && now - conversation.updatedAt < reopenWindowMs) return 'reopen';
  return 'new';
}
