import { LANGUAGE_LEXICON } from './language-lexicon';
import { weightedWords } from './language-ngram-model';
import type { LanguageCode } from './language-detection';

/**
 * Tell-tale words: lexicon words that belong to exactly one language ("ikkje", "hvad", "niet"). Letter
 * statistics of close neighbours overlap, so each such word adds a fixed bonus to its language; a dialect form
 * must outweigh the letters it shares with Swedish or Danish.
 */
export const MARKER_BONUS = 8;

/** Per language (in the order given), the bonus its tell-tale words earn in a text; names do not count. */
export function markerBonuses(text: string, languages: readonly LanguageCode[]): Float64Array {
  const owners = markerOwners(languages);
  const bonuses = new Float64Array(languages.length);
  for (const { word, weight } of weightedWords(text)) {
    const owner = weight === 1 ? owners.get(word) : undefined;
    if (owner !== undefined) bonuses[owner] = (bonuses[owner] as number) + MARKER_BONUS;
  }
  return bonuses;
}

const ownersByOrder = new Map<string, Map<string, number>>();

/** Tell-tale word -> index of its language, computed once per language order. */
function markerOwners(languages: readonly LanguageCode[]): Map<string, number> {
  const key = languages.join(',');
  let owners = ownersByOrder.get(key);
  if (!owners) {
    const languagesOfWord = new Map<string, Set<number>>();
    languages.forEach((language, index) => {
      for (const word of LANGUAGE_LEXICON[language].split(/\s+/)) {
        if (!word) continue;
        const set = languagesOfWord.get(word) ?? new Set<number>();
        set.add(index);
        languagesOfWord.set(word, set);
      }
    });
    owners = new Map();
    for (const [word, set] of languagesOfWord) if (set.size === 1) owners.set(word, [...set][0] as number);
    ownersByOrder.set(key, owners);
  }
  return owners;
}
