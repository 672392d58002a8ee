import { loadLocaleResources } from '../../src/markets/i18n';
import { flattenKeys, interpolationVariables, pluralCategories, pluralParts } from '../../src/markets/locale-keys';
import { SUPPORTED_LANGUAGES } from '../../src/markets/market';
import { LOCALES_DIR } from '../../src/paths';

/**
 * Every locale has every key of the English source, in every namespace (other helpers' namespaces included), with
 * the same interpolation variables; plural keys have every form the language needs (Polish and Czech: one, few,
 * many, other). Regional variants (de-CH) hold only keys that differ, so they may not add keys or variables.
 */
const { resources, namespaces } = loadLocaleResources(LOCALES_DIR);
const source = (namespace: string) => flattenKeys(resources.en?.[namespace]);
const bases = (keys: Iterable<string>) => new Map([...keys].map((key) => [pluralParts(key).base, key]));

describe('locale files', () => {
  test('all 14 languages have a folder, and every folder is a supported language or a regional variant of one', () => {
    for (const language of SUPPORTED_LANGUAGES) expect(Object.keys(resources)).toContain(language);
    for (const folder of Object.keys(resources)) expect(folder).toMatch(new RegExp(`^(${SUPPORTED_LANGUAGES.join('|')})(-[A-Z]{2})?$`));
  });

  describe.each(namespaces)('namespace %s', (namespace) => {
    const english = source(namespace);

    test.each(SUPPORTED_LANGUAGES.filter((language) => language !== 'en'))('%s has every key and variable of English', (language) => {
      const target = flattenKeys(resources[language]?.[namespace]);
      const problems: string[] = [];
      const targetBases = bases(target.keys());
      for (const [key, text] of english) {
        const { base, category } = pluralParts(key);
        if (category) {
          for (const needed of pluralCategories(language)) {
            if (!target.has(`${base}_${needed}`)) problems.push(`missing plural form ${base}_${needed}`);
          }
          continue;
        }
        const translated = target.get(key);
        if (translated === undefined) {
          problems.push(`missing ${key}`);
          continue;
        }
        if (translated.trim() === '') problems.push(`empty ${key}`);
        for (const variable of interpolationVariables(text)) {
          if (!interpolationVariables(translated).has(variable)) problems.push(`${key} lacks {{${variable}}}`);
        }
      }
      for (const [key, text] of target) {
        const { base, category } = pluralParts(key);
        const englishKey = category ? bases(english.keys()).get(base) : key;
        if (!englishKey || !english.has(englishKey)) {
          problems.push(`${key} is not in English`);
          continue;
        }
        const allowed = interpolationVariables(english.get(englishKey)!);
        for (const variable of interpolationVariables(text)) if (!allowed.has(variable) && variable !== 'count') problems.push(`${key} has unknown {{${variable}}}`);
        if (category && !pluralCategories(language).includes(category)) problems.push(`${key}: ${language} has no plural form ${category}`);
      }
      expect(targetBases.size).toBeGreaterThan(0);
      expect([...new Set(problems)]).toEqual([]);
    });

    test('plural keys in English carry {{count}} in every form', () => {
      for (const [key, text] of english) {
        if (pluralParts(key).category) expect([key, interpolationVariables(text).has('count')]).toEqual([key, true]);
      }
    });

    test('regional variants only override keys of their language, with the same variables', () => {
      const variants = Object.keys(resources).filter((folder) => folder.includes('-'));
      const problems: string[] = [];
      for (const variant of variants) {
        const base = variant.split('-')[0]!;
        const reference = base === 'en' ? english : flattenKeys(resources[base]?.[namespace]);
        for (const [key, text] of flattenKeys(resources[variant]?.[namespace])) {
          const original = reference.get(key);
          if (original === undefined) problems.push(`${variant}: ${key} is not in ${base}`);
          else if ([...interpolationVariables(original)].sort().join() !== [...interpolationVariables(text)].sort().join()) problems.push(`${variant}: ${key} variables differ`);
          else if (original === text) problems.push(`${variant}: ${key} is the same as ${base}; drop it`);
        }
      }
      expect(problems).toEqual([]);
    });
  });

  test('the checker itself catches a missing key, a lost variable and a missing Polish plural form', () => {
    const english = new Map([
      ['a', 'Hello {{name}}'],
      ['days_one', '{{count}} day'],
      ['days_other', '{{count}} days'],
    ]);
    const polish = new Map([
      ['a', 'Cześć'],
      ['days_one', '{{count}} dzień'],
      ['days_other', '{{count}} dnia'],
    ]);
    expect(interpolationVariables(english.get('a')!)).toEqual(new Set(['name']));
    expect(interpolationVariables(polish.get('a')!).has('name')).toBe(false);
    const missingForms = pluralCategories('pl').filter((category) => !polish.has(`days_${category}`));
    expect(missingForms.sort()).toEqual(['few', 'many']);
  });
});
