import fs from 'node:fs';
import path from 'node:path';

const LOCALES = path.resolve(__dirname, '..', '..', 'locales');
const LANGUAGES = ['en', 'es', 'fr', 'de', 'it', 'sv', 'nb', 'da', 'fi', 'nl', 'pt', 'pl', 'cs', 'el'];

function flatten(value: unknown, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof child === 'string') entries.set(name, child);
    else for (const [nested, text] of flatten(child, name)) entries.set(nested, text);
  }
  return entries;
}

const variables = (text: string) => [...text.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((match) => match[1]).sort();
const read = (language: string) => flatten(JSON.parse(fs.readFileSync(path.join(LOCALES, language, 'resolver.json'), 'utf8')));
const english = read('en');

describe('the resolver namespace in all 14 languages', () => {
  test.each(LANGUAGES)('%s has every key and interpolation variable of English, and nothing else', (language) => {
    const texts = read(language);
    expect([...texts.keys()].sort()).toEqual([...english.keys()].sort());
    for (const [key, text] of english) {
      expect({ key, variables: variables(texts.get(key)!) }).toEqual({ key, variables: variables(text) });
      expect(texts.get(key)!.trim().length).toBeGreaterThan(0);
    }
  });

  test('every AI disclosure says it is an AI', () => {
    for (const language of LANGUAGES) expect(read(language).get('disclosure')).toMatch(/\b(AI|IA|KI)\b/);
  });
});
