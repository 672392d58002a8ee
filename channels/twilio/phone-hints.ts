import { getCountries, getCountryCallingCode, parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js';

/** What a phone hint needs to know about a market. */
export interface MarketLanguages {
  defaultLanguage: string;
  languages: readonly string[];
}

export type MarketLookup = (code: string) => MarketLanguages | undefined;

export interface PhoneHints {
  market?: string;
  language?: string;
}

/**
 * The market and language a phone number suggests, from libphonenumber's metadata: the number's country when it is
 * one of our markets, and that market's default language. A number the metadata cannot place exactly (a test or
 * drama range, a new block) still counts when its calling code belongs to exactly one of our markets (+44 -> GB);
 * +1 is shared by the US and Canada and gives no hint unless the number itself says which.
 *
 * `preferredLanguages` (the languages of a keyword the customer typed) win over the default when the market
 * serves one of them: "ARRÊT" from a Swiss number is answered in French.
 */
export function phoneHints(address: string, markets: MarketLookup, preferredLanguages: readonly string[] = []): PhoneHints {
  const country = countryOf(address, markets);
  const market = country ? markets(country) : undefined;
  if (!country || !market) return {};
  const preferred = market.languages.find((locale) => preferredLanguages.includes(locale.split('-')[0]!));
  return { market: country, language: preferred ?? market.defaultLanguage };
}

function countryOf(address: string, markets: MarketLookup): string | undefined {
  const phone = parsePhoneNumberFromString(address);
  if (!phone) return undefined;
  if (phone.country) return phone.country;
  const sharing = countriesOf(phone.countryCallingCode).filter((country) => markets(country));
  return sharing.length === 1 ? sharing[0] : undefined;
}

const COUNTRIES_BY_CALLING_CODE = new Map<string, CountryCode[]>();

function countriesOf(callingCode: string): CountryCode[] {
  if (COUNTRIES_BY_CALLING_CODE.size === 0) {
    for (const country of getCountries()) {
      const code = getCountryCallingCode(country);
      COUNTRIES_BY_CALLING_CODE.set(code, [...(COUNTRIES_BY_CALLING_CODE.get(code) ?? []), country]);
    }
  }
  return COUNTRIES_BY_CALLING_CODE.get(callingCode) ?? [];
}
