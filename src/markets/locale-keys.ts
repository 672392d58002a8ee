import type { ResourceKey } from 'i18next';

/** i18next's plural suffixes (`key_one`, `key_few`, ...): a plural key is one key with a form per category. */
const PLURAL_SUFFIX = /_(zero|one|two|few|many|other)$/;
const VARIABLE = /\{\{\s*([^}\s,]+)[^}]*\}\}/g;

/** Every leaf of a namespace's tree as `path.to.key` -> text. */
export function flattenKeys(tree: ResourceKey | undefined, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  if (tree === null || typeof tree !== 'object') return keys;
  for (const [name, value] of Object.entries(tree as Record<string, unknown>)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') keys.set(key, value);
    else for (const [child, text] of flattenKeys(value as ResourceKey, key)) keys.set(child, text);
  }
  return keys;
}

/** The interpolation variables of a text: `{{days}}` and `{{amount, currency}}` give `days` and `amount`. */
export function interpolationVariables(text: string): Set<string> {
  return new Set([...text.matchAll(VARIABLE)].map((match) => match[1]!));
}

/** `refund.days_one` -> `{base: 'refund.days', category: 'one'}`; a key without a plural suffix has no category. */
export function pluralParts(key: string): { base: string; category: Intl.LDMLPluralRule | null } {
  const match = PLURAL_SUFFIX.exec(key);
  return match ? { base: key.slice(0, match.index), category: match[1] as Intl.LDMLPluralRule } : { base: key, category: null };
}

/** The plural forms a language needs (Polish and Czech: one, few, many, other). */
export function pluralCategories(language: string): Intl.LDMLPluralRule[] {
  return new Intl.PluralRules(language).resolvedOptions().pluralCategories;
}
