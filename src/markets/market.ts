import { z } from 'zod';
import { CHANNEL_IDS } from '../conversation/model';

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

export const businessHoursSchema = z.object({
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  days: z.array(z.number().int().min(1).max(7)).min(1),
  open: time,
  close: time,
});

export const marketSchema = z
  .object({
    code: z.string().regex(/^[A-Z]{2}$/),
    name: z.string().min(1),
    currency: z.string().regex(/^[A-Z]{3}$/),
    timeZone: z.string().refine(isTimeZone, 'must be an IANA time zone'),
    /** BCP 47 locale tags the market serves; replies use one of them. */
    languages: z.array(z.string().regex(/^[a-z]{2}-[A-Z]{2}$/)).min(1),
    defaultLanguage: z.string(),
    channels: z.array(z.enum(CHANNEL_IDS)),
    businessHours: z.array(businessHoursSchema),
    slackChannel: z.string().min(1),
    retentionDays: z.number().int().min(30).max(3650),
    policy: z.object({
      returnWindowDays: z.number().int().min(0).max(365),
      dueDateExtensionDays: z.number().int().min(0).max(60),
      maxExtensionsPerOrder: z.number().int().min(0).max(5),
    }),
    /** Per-locale overrides of the AI disclosure and greeting; the locale files apply where absent. */
    texts: z.record(z.string(), z.object({ disclosure: z.string().min(1).optional(), greeting: z.string().min(1).optional() })),
  })
  .refine((market) => market.languages.includes(market.defaultLanguage), { message: 'defaultLanguage must be one of languages', path: ['defaultLanguage'] });

export type Market = z.infer<typeof marketSchema>;
export type BusinessHours = z.infer<typeof businessHoursSchema>;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/** The base language of a locale tag: `de-AT` -> `de`. */
export function baseLanguage(locale: string): string {
  return locale.split('-')[0]!.toLowerCase();
}

/**
 * The market's locale for a detected base language (`de` in AT -> `de-AT`), or null when the market does not serve
 * that language.
 */
export function localeFor(market: Market, language: string): string | null {
  if (market.languages.includes(language)) return language;
  const base = baseLanguage(language);
  return market.languages.find((locale) => baseLanguage(locale) === base) ?? null;
}
