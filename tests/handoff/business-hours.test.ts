import { isOpen, nextOpening, zonedTimeToEpoch } from '../../src/markets/business-hours';
import { escalationEta } from '../../src/handoff/eta';
import { seedMarkets } from '../../src/markets/catalog';
import { createTranslator } from '../../src/markets/i18n';
import type { Market } from '../../src/markets/market';

const markets = new Map(seedMarkets().map((market) => [market.code, market]));
const germany = markets.get('DE')!;
const unitedStates = markets.get('US')!;
const translator = createTranslator();

describe('business hours (seeded: Monday-Friday 08:00-20:00, Saturday 09:00-17:00, market time)', () => {
  test('wall-clock times convert to instants in the market time zone, across daylight saving time', () => {
    expect(new Date(zonedTimeToEpoch(2025, 6, 4, 10 * 60, 'Europe/Berlin')).toISOString()).toBe('2025-06-04T08:00:00.000Z');
    expect(new Date(zonedTimeToEpoch(2025, 1, 8, 10 * 60, 'Europe/Berlin')).toISOString()).toBe('2025-01-08T09:00:00.000Z');
    expect(new Date(zonedTimeToEpoch(2025, 6, 4, 10 * 60, 'America/New_York')).toISOString()).toBe('2025-06-04T14:00:00.000Z');
  });

  test('open on a weekday morning, closed at night, on Saturday evening and on Sunday', () => {
    const berlin = (day: number, hours: number, minutes = 0) => zonedTimeToEpoch(2025, 6, day, hours * 60 + minutes, 'Europe/Berlin');
    expect(isOpen(germany.businessHours, germany.timeZone, berlin(4, 10))).toBe(true); // Wednesday
    expect(isOpen(germany.businessHours, germany.timeZone, berlin(4, 7, 59))).toBe(false);
    expect(isOpen(germany.businessHours, germany.timeZone, berlin(4, 20))).toBe(false);
    expect(isOpen(germany.businessHours, germany.timeZone, berlin(7, 16, 59))).toBe(true); // Saturday
    expect(isOpen(germany.businessHours, germany.timeZone, berlin(7, 17))).toBe(false);
    expect(isOpen(germany.businessHours, germany.timeZone, berlin(8, 12))).toBe(false); // Sunday
  });

  test('the next opening: later the same day, the next morning, Monday after a weekend, across a DST change', () => {
    const berlin = (month: number, day: number, hours: number) => zonedTimeToEpoch(2025, month, day, hours * 60, 'Europe/Berlin');
    const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString());
    expect(iso(nextOpening(germany.businessHours, germany.timeZone, berlin(6, 4, 6)))).toBe('2025-06-04T06:00:00.000Z');
    expect(iso(nextOpening(germany.businessHours, germany.timeZone, berlin(6, 4, 22)))).toBe('2025-06-05T06:00:00.000Z');
    expect(iso(nextOpening(germany.businessHours, germany.timeZone, berlin(6, 6, 21)))).toBe('2025-06-07T07:00:00.000Z'); // Fri -> Sat 09:00
    expect(iso(nextOpening(germany.businessHours, germany.timeZone, berlin(6, 7, 18)))).toBe('2025-06-09T06:00:00.000Z'); // Sat -> Mon
    // Clocks go forward on Sunday 30 March 2025: Monday 08:00 is CEST (UTC+2), Saturday evening was CET (UTC+1).
    expect(iso(nextOpening(germany.businessHours, germany.timeZone, berlin(3, 29, 18)))).toBe('2025-03-31T06:00:00.000Z');
  });

  test('a market without business hours is always staffed; a period past midnight is honoured', () => {
    const always: Market = { ...germany, businessHours: [] };
    expect(isOpen(always.businessHours, always.timeZone, Date.UTC(2025, 5, 8, 3))).toBe(true);
    const nights = [{ days: [5], open: '22:00', close: '02:00' }];
    expect(isOpen(nights, 'UTC', Date.UTC(2025, 5, 6, 23))).toBe(true); // Friday 23:00
    expect(isOpen(nights, 'UTC', Date.UTC(2025, 5, 7, 1))).toBe(true); // Saturday 01:00
    expect(isOpen(nights, 'UTC', Date.UTC(2025, 5, 7, 3))).toBe(false);
  });
});

describe('what the customer is told about when a person replies', () => {
  test('inside business hours: within a few minutes, in their language (two markets)', () => {
    const wednesdayMorningBerlin = zonedTimeToEpoch(2025, 6, 4, 10 * 60, 'Europe/Berlin');
    expect(escalationEta(translator, germany, 'de-DE', wednesdayMorningBerlin)).toMatchObject({
      open: true,
      text: 'Eine Person aus unserem Team antwortet normalerweise innerhalb weniger Minuten.',
    });
    const wednesdayMorningNewYork = zonedTimeToEpoch(2025, 6, 4, 10 * 60, 'America/New_York');
    expect(escalationEta(translator, unitedStates, 'es-US', wednesdayMorningNewYork).text).toBe(
      'Normalmente, una persona de nuestro equipo responde en pocos minutos.',
    );
    // The same instant is 16:00 in Berlin (open) but 10:00 in New York: both open. 03:00 in New York is closed.
    expect(escalationEta(translator, unitedStates, 'en-US', zonedTimeToEpoch(2025, 6, 4, 3 * 60, 'America/New_York')).open).toBe(false);
  });

  test('outside business hours: the day and time the team is back, in the market time zone (two markets)', () => {
    const saturdayEveningBerlin = zonedTimeToEpoch(2025, 6, 7, 18 * 60, 'Europe/Berlin');
    const german = escalationEta(translator, germany, 'de-DE', saturdayEveningBerlin);
    expect(german.open).toBe(false);
    expect(new Date(german.opensAt).toISOString()).toBe('2025-06-09T06:00:00.000Z');
    expect(german.text).toMatch(/^Unser Team ist gerade nicht erreichbar und ab Montag, 9\. Juni um 0?8:00 MESZ wieder für Sie da\./);

    const sundayNewYork = zonedTimeToEpoch(2025, 6, 8, 12 * 60, 'America/New_York');
    const english = escalationEta(translator, unitedStates, 'en-US', sundayNewYork);
    expect(new Date(english.opensAt).toISOString()).toBe('2025-06-09T12:00:00.000Z');
    expect(english.text).toMatch(/back on Monday, June 9 at 8:00\s?AM EDT\./);
  });
});
