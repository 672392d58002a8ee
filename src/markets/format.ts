/** Money and dates always go through Intl, in the market's currency and time zone and the reply's locale. */

export function formatMoney(amount: number, currency: string, locale: string): string {
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount);
}

export function formatDate(at: number | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(at);
}

export function formatDateTime(at: number | Date, locale: string, timeZone: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(at);
}

/** Formatting bound to one market and the reply's locale: what a resolver or a template needs. */
export interface MarketFormatter {
  money(amount: number): string;
  date(at: number | Date): string;
  dateTime(at: number | Date): string;
}

export function marketFormatter(market: { currency: string; timeZone: string }, locale: string): MarketFormatter {
  return {
    money: (amount) => formatMoney(amount, market.currency, locale),
    date: (at) => formatDate(at, locale, market.timeZone),
    dateTime: (at) => formatDateTime(at, locale, market.timeZone),
  };
}
