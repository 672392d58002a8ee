import { LANGUAGE_LEXICON } from './language-lexicon';
import { weightedWords, type LanguageNgramModel } from './language-ngram-model';
import type { LanguageCode } from './language-detection';

/**
 * Tell-tale words: lexicon words that belong to exactly one language ("ikkje", "hvad", "niet"). Letter
 * statistics of close neighbours overlap, so each such word adds a fixed bonus to its language; a dialect form
 * must outweigh the letters it shares with Swedish or Danish.
 */
export const MARKER_BONUS = 8;

/** Per language of the model (in its order), the bonus its tell-tale words earn in a text; names do not count. */
export function markerBonuses(text: string, model: LanguageNgramModel): Float64Array {
  const owners = markerOwners(model);
  const bonuses = new Float64Array(model.languages.length);
  for (const { word, weight } of weightedWords(text)) {
    const owner = weight === 1 ? owners.get(word) : undefined;
    if (owner !== undefined) bonuses[owner] = (bonuses[owner] as number) + MARKER_BONUS;
  }
  return bonuses;
}

const ownersByModel = new WeakMap<LanguageNgramModel, Map<string, number>>();

/**
 * Tell-tale word -> index of its language, once per model. A lexicon word only tells when no other language's
 * training text uses it either: hand-written lists miss collisions ("for" and "to" are Norwegian and Danish too,
 * "t" and "s" are English contractions, "dei" is Nynorsk), and one such word used to outvote a whole sentence.
 */
function markerOwners(model: LanguageNgramModel): Map<string, number> {
  let owners = ownersByModel.get(model);
  if (!owners) {
    const languagesOfWord = new Map<string, Set<number>>();
    model.languages.forEach((language, index) => {
      for (const word of (LANGUAGE_LEXICON[language as LanguageCode] ?? '').split(/\s+/)) {
        if (!word) continue;
        const set = languagesOfWord.get(word) ?? new Set<number>();
        set.add(index);
        languagesOfWord.set(word, set);
      }
    });
    owners = new Map();
    for (const [word, set] of languagesOfWord) {
      const owner = [...set][0] as number;
      const usedElsewhere = (model.languagesUsing(word) & ~(1 << owner)) !== 0;
      if (set.size === 1 && !usedElsewhere) owners.set(word, owner);
    }
    ownersByModel.set(model, owners);
  }
  return owners;
}
