import { CHANNEL_IDS } from '../conversation/model';
import type { Market } from './market';

const WEEKDAYS = [1, 2, 3, 4, 5];

interface Seed {
  code: string;
  name: string;
  currency: string;
  timeZone: string;
  languages: string[];
  /** Statutory or customary return window; the EU minimum is 14 days, most merchants here give 30. */
  returnWindowDays?: number;
}

const SEEDS: Seed[] = [
  { code: 'US', name: 'United States', currency: 'USD', timeZone: 'America/New_York', languages: ['en-US', 'es-US'] },
  { code: 'GB', name: 'United Kingdom', currency: 'GBP', timeZone: 'Europe/London', languages: ['en-GB'] },
  { code: 'IE', name: 'Ireland', currency: 'EUR', timeZone: 'Europe/Dublin', languages: ['en-IE'] },
  { code: 'AU', name: 'Australia', currency: 'AUD', timeZone: 'Australia/Sydney', languages: ['en-AU'] },
  { code: 'NZ', name: 'New Zealand', currency: 'NZD', timeZone: 'Pacific/Auckland', languages: ['en-NZ'] },
  { code: 'CA', name: 'Canada', currency: 'CAD', timeZone: 'America/Toronto', languages: ['en-CA', 'fr-CA'] },
  { code: 'MX', name: 'Mexico', currency: 'MXN', timeZone: 'America/Mexico_City', languages: ['es-MX'] },
  { code: 'DE', name: 'Germany', currency: 'EUR', timeZone: 'Europe/Berlin', languages: ['de-DE'] },
  { code: 'AT', name: 'Austria', currency: 'EUR', timeZone: 'Europe/Vienna', languages: ['de-AT'] },
  { code: 'CH', name: 'Switzerland', currency: 'CHF', timeZone: 'Europe/Zurich', languages: ['de-CH', 'fr-CH', 'it-CH'] },
  { code: 'PL', name: 'Poland', currency: 'PLN', timeZone: 'Europe/Warsaw', languages: ['pl-PL'] },
  { code: 'GR', name: 'Greece', currency: 'EUR', timeZone: 'Europe/Athens', languages: ['el-GR'] },
  { code: 'SE', name: 'Sweden', currency: 'SEK', timeZone: 'Europe/Stockholm', languages: ['sv-SE'] },
  { code: 'NO', name: 'Norway', currency: 'NOK', timeZone: 'Europe/Oslo', languages: ['nb-NO'] },
  { code: 'DK', name: 'Denmark', currency: 'DKK', timeZone: 'Europe/Copenhagen', languages: ['da-DK'] },
  { code: 'FI', name: 'Finland', currency: 'EUR', timeZone: 'Europe/Helsinki', languages: ['fi-FI', 'sv-FI'] },
  { code: 'NL', name: 'Netherlands', currency: 'EUR', timeZone: 'Europe/Amsterdam', languages: ['nl-NL'] },
  { code: 'BE', name: 'Belgium', currency: 'EUR', timeZone: 'Europe/Brussels', languages: ['nl-BE', 'fr-BE'] },
  { code: 'FR', name: 'France', currency: 'EUR', timeZone: 'Europe/Paris', languages: ['fr-FR'] },
  { code: 'IT', name: 'Italy', currency: 'EUR', timeZone: 'Europe/Rome', languages: ['it-IT'] },
  { code: 'ES', name: 'Spain', currency: 'EUR', timeZone: 'Europe/Madrid', languages: ['es-ES'] },
  { code: 'PT', name: 'Portugal', currency: 'EUR', timeZone: 'Europe/Lisbon', languages: ['pt-PT'] },
  { code: 'CZ', name: 'Czechia', currency: 'CZK', timeZone: 'Europe/Prague', languages: ['cs-CZ'] },
];

/** The 23 markets as seeded on first start; admins change them at run time afterwards. */
export function seedMarkets(): Market[] {
  return SEEDS.map((seed) => ({
    code: seed.code,
    name: seed.name,
    currency: seed.currency,
    timeZone: seed.timeZone,
    languages: seed.languages,
    defaultLanguage: seed.languages[0]!,
    channels: [...CHANNEL_IDS],
    businessHours: [
      { days: WEEKDAYS, open: '08:00', close: '20:00' },
      { days: [6], open: '09:00', close: '17:00' },
    ],
    slackChannel: `#support-${seed.code.toLowerCase()}`,
    retentionDays: 730,
    policy: { returnWindowDays: seed.returnWindowDays ?? 30, dueDateExtensionDays: 10, maxExtensionsPerOrder: 1 },
    texts: {},
  }));
}
