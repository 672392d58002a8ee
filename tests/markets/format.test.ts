import { isWithinBusinessHours } from '../../src/markets/business-hours';
import { seedMarkets } from '../../src/markets/catalog';
import { marketFormatter } from '../../src/markets/format';
import { createTranslator } from '../../src/markets/i18n';

const markets = new Map(seedMarkets().map((market) => [market.code, market]));
const market = (code: string) => markets.get(code)!;
/** 2026-03-31 22:30 UTC: already 1 April in Sydney and Auckland, still 31 March in the Americas. */
const instant = Date.UTC(2026, 2, 31, 22, 30);
// Intl uses narrow no-break spaces and similar; compare with plain spaces.
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('money and dates through Intl, in the market currency and time zone', () => {
  test.each([
    ['US', 'en-US', '$1,234.50', 'March 31, 2026'],
    ['US', 'es-US', '$1,234.50', '31 de marzo de 2026'],
    ['GB', 'en-GB', '£1,234.50', '31 March 2026'],
    ['DE', 'de-DE', '1.234,50 €', '1. April 2026'],
    // Swiss grouping and decimal marks changed between CLDR versions: either form is right.
    ['CH', 'de-CH', /^CHF 1['’]234\.50$/, '1. April 2026'],
    ['CH', 'fr-CH', /^1 234[.,]50 CHF$/, '1 avril 2026'],
    ['SE', 'sv-SE', '1 234,50 kr', '1 april 2026'],
    ['NO', 'nb-NO', '1 234,50 kr', '1. april 2026'],
    ['DK', 'da-DK', '1.234,50 kr.', '1. april 2026'],
    ['PL', 'pl-PL', '1234,50 zł', '1 kwietnia 2026'],
    ['CZ', 'cs-CZ', '1 234,50 Kč', '1. dubna 2026'],
    ['GR', 'el-GR', '1.234,50 €', '1 Απριλίου 2026'],
    ['AU', 'en-AU', '$1,234.50', '1 April 2026'],
    ['NZ', 'en-NZ', '$1,234.50', '1 April 2026'],
    ['MX', 'es-MX', '$1,234.50', '31 de marzo de 2026'],
    ['CA', 'fr-CA', '1 234,50 $', '31 mars 2026'],
  ] as [string, string, string | RegExp, string][])('%s in %s', (code, locale, money, date) => {
    const format = marketFormatter(market(code), locale);
    expect(plain(format.money(1234.5))).toMatch(money instanceof RegExp ? money : new RegExp(`^${money.replace(/[.*+?^${}()|[\]\\$]/g, '\\$&')}$`));
    expect(plain(format.date(instant))).toBe(date);
  });

  test('every seeded market formats its own currency in each of its languages', () => {
    for (const seeded of markets.values()) {
      for (const locale of seeded.languages) {
        const text = marketFormatter(seeded, locale).money(10);
        expect(text).toMatch(/10/);
        expect(text).not.toMatch(/NaN|undefined/);
      }
    }
  });

  test('i18next interpolation and plurals use the language rules, Polish and Czech included', () => {
    const translator = createTranslator();
    expect(translator.t('en-GB', 'common:policy.return_window', { count: 1 })).toBe('You can return items within 1 day of delivery.');
    expect(translator.t('en-GB', 'common:policy.return_window', { count: 30 })).toBe('You can return items within 30 days of delivery.');
    expect(translator.t('pl-PL', 'common:policy.due_date_extension', { count: 1 })).toMatch(/o 1 dzień\.$/);
    expect(translator.t('pl-PL', 'common:policy.due_date_extension', { count: 3 })).toMatch(/o 3 dni\.$/);
    expect(translator.t('pl-PL', 'common:policy.due_date_extension', { count: 10 })).toMatch(/o 10 dni\.$/);
    expect(translator.t('cs-CZ', 'common:policy.due_date_extension', { count: 3 })).toMatch(/o 3 dny\.$/);
    expect(translator.t('cs-CZ', 'common:policy.due_date_extension', { count: 5 })).toMatch(/o 5 dní\.$/);
    expect(translator.t('de-AT', 'common:demo.return', { days: 14 })).toMatch(/innerhalb von 14 Tagen/);
    expect(translator.t('en-US', 'common:demo.payment_schedule')).toMatch(/installment/);
    expect(translator.t('en-GB', 'common:demo.payment_schedule')).toMatch(/instalment/);
  });
});

describe('business hours in the market time zone', () => {
  test('Germany: weekdays 08-20 and Saturday 09-17 Berlin time, across summer time', () => {
    const germany = market('DE');
    expect(isWithinBusinessHours(germany, Date.UTC(2026, 0, 5, 6, 59))).toBe(false); // Mon 07:59 CET
    expect(isWithinBusinessHours(germany, Date.UTC(2026, 0, 5, 7, 0))).toBe(true); // Mon 08:00 CET
    expect(isWithinBusinessHours(germany, Date.UTC(2026, 6, 6, 6, 0))).toBe(true); // Mon 08:00 CEST
    expect(isWithinBusinessHours(germany, Date.UTC(2026, 6, 6, 18, 0))).toBe(false); // Mon 20:00 CEST
    expect(isWithinBusinessHours(germany, Date.UTC(2026, 6, 11, 14, 0))).toBe(true); // Sat 16:00
    expect(isWithinBusinessHours(germany, Date.UTC(2026, 6, 12, 10, 0))).toBe(false); // Sunday
  });

  test('New Zealand is already on Monday when London is still on Sunday', () => {
    const sundayEveningUtc = Date.UTC(2026, 6, 12, 21, 0); // Mon 09:00 in Auckland
    expect(isWithinBusinessHours(market('NZ'), sundayEveningUtc)).toBe(true);
    expect(isWithinBusinessHours(market('GB'), sundayEveningUtc)).toBe(false);
  });
});
