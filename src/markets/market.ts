import { z } from 'zod';
import { CHANNEL_IDS } from '../conversation/model';

/** The languages the product answers in (DESIGN.md section 8); every one has a full set of locale files. */
export const SUPPORTED_LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'sv', 'nb', 'da', 'fi', 'nl', 'pt', 'pl', 'cs', 'el'] as const;

/** Short aliases for the two texts every market sets, or a full `namespace:key` of the locale files. */
const TEXT_KEY = /^(disclosure|greeting|[a-z][a-z0-9_-]*:[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)*)$/;

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be HH:MM');

export const businessHoursSchema = z
  .object({
    /** ISO weekdays, 1 = Monday … 7 = Sunday. */
    days: z.array(z.number().int().min(1).max(7)).min(1),
    open: time,
    close: time,
  })
  .refine((hours) => hours.open < hours.close, { message: 'must be after open', path: ['close'] });

/** The fields of a market, without the cross-field rules: the admin API refuses fields not named here. */
export const marketFieldsSchema = z.object({
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
  /**
   * Admin overrides of customer-facing text per locale, winning over the locale files: `disclosure` and `greeting`
   * (the AI disclosure and the greeting, read by the resolver) or any locale key as `namespace:path.to.key`.
   */
  texts: z.record(z.string(), z.record(z.string().regex(TEXT_KEY, 'must be disclosure, greeting or namespace:path.to.key'), z.string().min(1).max(2000))),
});

export const marketSchema = marketFieldsSchema.superRefine((market, context) => {
  if (!market.languages.includes(market.defaultLanguage)) {
    context.addIssue({ code: 'custom', message: 'must be one of languages', path: ['defaultLanguage'] });
  }
  // A locale's region names its market (de-AT is Austria), so a locale alone tells whose text override applies.
  market.languages.forEach((locale, index) => {
    if (!locale.endsWith(`-${market.code}`)) context.addIssue({ code: 'custom', message: `must end in -${market.code}`, path: ['languages', index] });
    if (!(SUPPORTED_LANGUAGES as readonly string[]).includes(baseLanguage(locale))) {
      context.addIssue({ code: 'custom', message: `must be one of ${SUPPORTED_LANGUAGES.join(', ')} with a region`, path: ['languages', index] });
    }
  });
  for (const locale of Object.keys(market.texts)) {
    if (!market.languages.includes(locale)) context.addIssue({ code: 'custom', message: 'is not one of languages', path: ['texts', locale] });
  }
});

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
