import type { BusinessHours } from './market';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A moment as the wall clock of a time zone shows it. */
export interface WallTime {
  year: number;
  month: number;
  day: number;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Minutes since local midnight. */
  minutes: number;
}

const WEEKDAY_INDEX: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      weekday: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

export function wallTime(at: number, timeZone: string): WallTime & { seconds: number } {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAY_INDEX[parts.weekday ?? ''] ?? 1,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
    seconds: Number(parts.second),
  };
}

/** The instant a wall-clock time of a time zone happens (in a DST gap: the instant just after it). */
export function zonedTimeToEpoch(year: number, month: number, day: number, minutes: number, timeZone: string): number {
  const asUtc = Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60);
  const offsetAt = (instant: number) => {
    const wall = wallTime(instant, timeZone);
    return Date.UTC(wall.year, wall.month - 1, wall.day, Math.floor(wall.minutes / 60), wall.minutes % 60, wall.seconds) - instant;
  };
  const first = asUtc - offsetAt(asUtc);
  const second = asUtc - offsetAt(first);
  return second;
}

function toMinutes(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/**
 * True when `at` falls in one of the market's opening periods (its own time zone). A market without business hours is
 * treated as staffed around the clock. A period whose close is not after its open runs past midnight.
 */
export function isOpen(hours: readonly BusinessHours[], timeZone: string, at: number): boolean {
  if (hours.length === 0) return true;
  const now = wallTime(at, timeZone);
  const yesterday = now.weekday === 1 ? 7 : now.weekday - 1;
  return hours.some((period) => {
    const open = toMinutes(period.open);
    const close = toMinutes(period.close);
    if (close > open) return period.days.includes(now.weekday) && now.minutes >= open && now.minutes < close;
    return (period.days.includes(now.weekday) && now.minutes >= open) || (period.days.includes(yesterday) && now.minutes < close);
  });
}

/**
 * The next time the market opens after `at`, or `at` itself when it is open now; null when no period is configured to
 * open within the coming week.
 */
export function nextOpening(hours: readonly BusinessHours[], timeZone: string, at: number): number | null {
  if (isOpen(hours, timeZone, at)) return at;
  const today = wallTime(at, timeZone);
  for (let offset = 0; offset <= 7; offset += 1) {
    // Calendar arithmetic in UTC is safe: only the date is taken from it, never the time.
    const date = new Date(Date.UTC(today.year, today.month - 1, today.day) + offset * DAY_MS);
    const weekday = ((today.weekday - 1 + offset) % 7) + 1;
    const opens = hours
      .filter((period) => period.days.includes(weekday))
      .map((period) => toMinutes(period.open))
      .filter((open) => offset > 0 || open > today.minutes)
      .sort((a, b) => a - b);
    if (opens.length > 0) return zonedTimeToEpoch(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), opens[0]!, timeZone);
  }
  return null;
}

/** True when people staff the market's support at this instant, in the market's own time zone (DST included). */
export function isWithinBusinessHours(market: { businessHours: readonly BusinessHours[]; timeZone: string }, at: number): boolean {
  return isOpen(market.businessHours, market.timeZone, at);
}
