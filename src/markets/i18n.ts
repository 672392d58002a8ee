import fs from 'node:fs';
import path from 'node:path';
import i18next, { type i18n, type Resource, type ResourceKey } from 'i18next';
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

/** One admin override: the text of `namespace:path.to.key` in one locale (`de-AT`), winning over the files. */
export interface TextOverride {
  locale: string;
  key: string;
  text: string;
}

/** A translator whose texts admins can override at run time (per market and language, see MarketSettings). */
export interface OverridableTranslator extends Translator {
  /** Replaces the whole set of overrides; texts of locales no longer overridden return to the files. */
  setOverrides(overrides: readonly TextOverride[]): void;
  /** The text of a key in the locale files only, ignoring overrides (the admin console shows both). */
  fileText(locale: string, key: string): string | undefined;
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

export function createTranslator(localesDir: string = LOCALES_DIR): OverridableTranslator {
  const { resources, namespaces } = loadLocaleResources(localesDir);
  const instance: i18n = i18next.createInstance();
  void instance.init({
    resources: structuredClone(resources),
    ns: namespaces,
    defaultNS: 'common',
    lng: 'en',
    fallbackLng: 'en',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  // Bundles currently holding overrides, so removing the last override of a bundle restores the file's text.
  let overridden = new Set<string>();
  // addResourceBundle merges into what is there, so a removed override would linger: drop the bundle first.
  const replaceBundle = (locale: string, namespace: string, bundle: ResourceKey) => {
    instance.removeResourceBundle(locale, namespace);
    instance.addResourceBundle(locale, namespace, bundle, true, true);
  };

  return {
    t: (locale, key, values) => instance.t(key, { ...values, lng: locale }) as string,
    has: (locale, key) => instance.exists(key, { lng: locale, fallbackLng: [locale.split('-')[0]!] }),
    languages: Object.keys(resources),
    namespaces,
    fileText(locale, key) {
      const { namespace, keyPath } = splitKey(key);
      for (const language of [locale, locale.split('-')[0]!]) {
        const value = lookup(resources[language]?.[namespace], keyPath);
        if (typeof value === 'string') return value;
      }
      return undefined;
    },
    setOverrides(overrides) {
      // Overrides are written into the regional bundle itself (de-AT), so i18next's own plural and interpolation
      // rules and its de-AT -> de -> en fallback apply to them exactly as to file text.
      const bundles = new Map<string, { locale: string; namespace: string; entries: [string[], string][] }>();
      for (const override of overrides) {
        const { namespace, keyPath } = splitKey(override.key);
        const id = `${override.locale}\u0000${namespace}`;
        const bundle = bundles.get(id) ?? { locale: override.locale, namespace, entries: [] };
        bundle.entries.push([keyPath, override.text]);
        bundles.set(id, bundle);
      }
      for (const id of overridden) {
        if (bundles.has(id)) continue;
        const [locale, namespace] = id.split('\u0000') as [string, string];
        replaceBundle(locale, namespace, structuredClone(resources[locale]?.[namespace] ?? {}));
      }
      for (const { locale, namespace, entries } of bundles.values()) {
        const bundle = structuredClone((resources[locale]?.[namespace] ?? {}) as Record<string, unknown>);
        for (const [keyPath, text] of entries) assign(bundle, keyPath, text);
        replaceBundle(locale, namespace, bundle);
      }
      overridden = new Set(bundles.keys());
    },
  };
}

/** `common:handoff.requested` -> namespace `common`, path `['handoff', 'requested']`. */
export function splitKey(key: string): { namespace: string; keyPath: string[] } {
  const colon = key.indexOf(':');
  const namespace = colon === -1 ? 'common' : key.slice(0, colon);
  return { namespace, keyPath: key.slice(colon + 1).split('.') };
}

function lookup(tree: ResourceKey | undefined, keyPath: readonly string[]): unknown {
  let node: unknown = tree;
  for (const part of keyPath) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

function assign(tree: Record<string, unknown>, keyPath: readonly string[], text: string): void {
  let node = tree;
  for (const part of keyPath.slice(0, -1)) {
    const next = node[part];
    node = next !== null && typeof next === 'object' ? (next as Record<string, unknown>) : (node[part] = {});
  }
  node[keyPath[keyPath.length - 1]!] = text;
}
