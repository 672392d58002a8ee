import type { Market } from './market';

/** The weekday (1 = Monday … 7 = Sunday) and wall-clock time `HH:MM` of an instant in a time zone. */
export function localWeekTime(at: number, timeZone: string): { weekday: number; time: string } {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(part('weekday')) + 1;
  return { weekday, time: `${part('hour')}:${part('minute')}` };
}

/** True when people staff the market's support at this instant, in the market's own time zone (DST included). */
export function isWithinBusinessHours(market: Pick<Market, 'businessHours' | 'timeZone'>, at: number): boolean {
  const { weekday, time } = localWeekTime(at, market.timeZone);
  return market.businessHours.some((hours) => hours.days.includes(weekday) && time >= hours.open && time < hours.close);
}
