import type { z } from 'zod';
import { AppError } from '../errors';
import type { OverridableTranslator } from './i18n';
import { interpolationVariables, pluralParts } from './locale-keys';
import { marketFieldsSchema, marketSchema, type Market } from './market';

const ALIASES: Record<string, string> = { disclosure: 'common:disclosure', greeting: 'common:greeting' };

/**
 * The market after applying `patch` (top-level fields replace the current ones), or an `invalid_request` naming the
 * first bad field (`policy.returnWindowDays: Too big ...`). With a translator, text overrides are checked against
 * the English source too: the key must exist and may use only the variables the source has.
 */
export function validateMarket(current: Market, patch: unknown, translator: OverridableTranslator | null): Market {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) {
    throw invalid('body', 'must be an object of market fields');
  }
  const known = Object.keys(marketFieldsSchema.shape);
  for (const field of Object.keys(patch)) {
    if (!known.includes(field)) throw invalid(field, `is not a market field (fields: ${known.join(', ')})`);
  }
  const fields = patch as Partial<Market>;
  if (fields.code !== undefined && fields.code !== current.code) throw invalid('code', 'cannot be changed');
  const parsed = marketSchema.safeParse({ ...current, ...fields });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw invalid(pathOf(issue), issue.message, parsed.error.issues);
  }
  if (translator) checkTexts(parsed.data, translator);
  return parsed.data;
}

function checkTexts(market: Market, translator: OverridableTranslator): void {
  for (const [locale, texts] of Object.entries(market.texts)) {
    for (const [key, text] of Object.entries(texts)) {
      const field = `texts.${locale}.${key}`;
      const source = englishSource(translator, ALIASES[key] ?? key);
      if (source === undefined) throw invalid(field, 'is not a key of the English locale files');
      const allowed = interpolationVariables(source);
      const unknown = [...interpolationVariables(text)].filter((variable) => !allowed.has(variable));
      if (unknown.length > 0) {
        const offered = allowed.size > 0 ? `{{${[...allowed].join('}}, {{')}}}` : 'none';
        throw invalid(field, `uses {{${unknown.join('}}, {{')}}}, which this text does not have (it has: ${offered})`);
      }
    }
  }
}

/** The English text of a key; a plural form English lacks (Polish `_few`) is checked against `_other`. */
function englishSource(translator: OverridableTranslator, key: string): string | undefined {
  const { base, category } = pluralParts(key);
  return translator.fileText('en', key) ?? (category ? translator.fileText('en', `${base}_other`) : undefined);
}

function pathOf(issue: z.core.$ZodIssue): string {
  return issue.path.length > 0 ? issue.path.map(String).join('.') : 'body';
}

function invalid(field: string, message: string, issues?: readonly z.core.$ZodIssue[]): AppError {
  return new AppError('invalid_request', `${field}: ${message}`, {
    details: {
      field,
      ...(issues ? { issues: issues.map((issue) => ({ field: pathOf(issue), message: issue.message })) } : {}),
    },
  });
}
