import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource } from 'i18next';
import { LOCALES_DIR } from '../paths';

/**
 * Customer-facing text: `locales/<language>/<namespace>.json`, regional variants (`de-CH`) only where the text
 * differs from the base language. Lookups fall back `de-CH` -> `de` -> `en`.
 */
export interface Translator {
  /** `key` is `namespace:path.to.key`. */
  t(locale: string, key: string, values?: Record<string, unknown>): string;
  /** True when the locale (or its base language) has the key itself, not through the English fallback. */
  has(locale: string, key: string): boolean;
  readonly languages: readonly string[];
  readonly namespaces: readonly string[];
}

/** Reads every locale file synchronously; they are small and read once at start-up. */
export function loadLocaleResources(localesDir: string): { resources: Resource; namespaces: string[] } {
  const resources: Resource = {};
  const namespaces = new Set<string>();
  for (const language of fs.readdirSync(localesDir).sort()) {
    const folder = path.join(localesDir, language);
    if (!fs.statSync(folder).isDirectory()) continue;
    resources[language] = {};
    for (const file of fs.readdirSync(folder).filter((name) => name.endsWith('.json')).sort()) {
      const namespace = file.slice(0, -'.json'.length);
      namespaces.add(namespace);
      resources[language]![namespace] = JSON.parse(fs.readFileSync(path.join(folder, file), 'utf8'));
    }
  }
  return { resources, namespaces: [...namespaces] };
}

export function createTranslator(localesDir: string = LOCALES_DIR): Translator {
  const { resources, namespaces } = loadLocaleResources(localesDir);
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources,
    ns: namespaces,
    defaultNS: 'common',
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return {
    t: (locale, key, values) => instance.t(key, { ...values, lng: locale }) as string,
    has: (locale, key) => instance.exists(key, { lng: locale, fallbackLng: [locale.split('-')[0]!] }),
    languages: Object.keys(resources),
    namespaces,
  };
}
