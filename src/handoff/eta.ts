import { nextOpening } from '../markets/business-hours';
import type { Translator } from '../markets/i18n';
import type { Market } from '../markets/market';

export interface Eta {
  /** The team is at work now (within the market's business hours). */
  open: boolean;
  /** When people are back: now when open. */
  opensAt: number;
  /** What the customer is told, in their language. */
  text: string;
}

/**
 * When a person will reply, as the customer is told right after an escalation: "usually within a few minutes" during
 * the market's business hours, otherwise the day and time the team is back, in the market's time zone and the
 * customer's language.
 */
export function escalationEta(translator: Translator, market: Market, locale: string, at: number): Eta {
  const opensAt = nextOpening(market.businessHours, market.timeZone, at) ?? at;
  if (opensAt <= at) return { open: true, opensAt: at, text: translator.t(locale, 'handoff:eta.open') };
  return { open: false, opensAt, text: translator.t(locale, 'handoff:eta.closed', { when: formatOpening(opensAt, locale, market.timeZone) }) };
}

/** "Monday 9 June at 08:00 CEST": the weekday and date make it unambiguous, the zone abbreviation says whose time. */
export function formatOpening(at: number, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: 'numeric',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(at);
}
