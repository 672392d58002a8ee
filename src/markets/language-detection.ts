import { markerBonuses } from './language-markers';
import { LanguageNgramModel } from './language-ngram-model';
import { findTrainingDir, languageTrainingText } from './language-training-text';

/** The 14 languages the product answers in (DESIGN.md section 8); `nb` is Norwegian Bokmål. */
export type LanguageCode = 'en' | 'es' | 'fr' | 'de' | 'it' | 'sv' | 'nb' | 'da' | 'fi' | 'nl' | 'pt' | 'pl' | 'cs' | 'el';

export const LANGUAGES: readonly LanguageCode[] = ['en', 'es', 'fr', 'de', 'it', 'sv', 'nb', 'da', 'fi', 'nl', 'pt', 'pl', 'cs', 'el'];

/** A detected language; confidence is the posterior share among the candidates (0 when it is a fallback). */
export interface LanguageGuess {
  language: LanguageCode;
  confidence: number;
}

/** One step of detection: answers when it can tell, or passes with undefined. */
type LanguageDetector = (text: string, candidates: readonly LanguageCode[], model: LanguageNgramModel) => LanguageGuess | undefined;

const GREEK_LETTERS = /\p{Script=Greek}/gu;
const LATIN_LETTERS = /\p{Script=Latin}/gu;
const ANY_GREEK_LETTER = /\p{Script=Greek}/u;
/**
 * Sums of log-likelihood ratios grow with length and overstate certainty (n-grams of one word are not
 * independent): they are scaled by SHARPNESS / sqrt(features) before the softmax. 1 minimised the log-loss on
 * the 5-fold hold-out of our own text (0.064, against 0.079 at 2, the earlier value, which said 0.85 where 0.73
 * of answers were right); see docs/nlu.md.
 */
const SHARPNESS = 1;

/** With a single allowed language there is nothing to detect. */
const onlyCandidate: LanguageDetector = (_text, candidates) =>
  candidates.length === 1 ? { language: candidates[0] as LanguageCode, confidence: 1 } : undefined;

/** Greek is the one language with its own script: decide it by letters, and never guess it for Latin text. */
const byScript: LanguageDetector = (text, candidates) => {
  const greek = text.match(GREEK_LETTERS)?.length ?? 0;
  const latin = text.match(LATIN_LETTERS)?.length ?? 0;
  if (greek > latin && candidates.includes('el')) return { language: 'el', confidence: greek / (greek + latin) };
  return undefined;
};

/**
 * Character n-grams and words scored against profiles trained on our own text, plus the tell-tale word bonus;
 * the posterior is a softmax over the allowed candidates.
 */
const byStatistics: LanguageDetector = (text, candidates, model) => {
  const hasGreek = ANY_GREEK_LETTER.test(text);
  const allowed = candidates.filter((language) => language !== 'el' || hasGreek);
  const { scores, featureCount } = model.score(text);
  if (featureCount === 0 || allowed.length === 0) return undefined;
  const order = model.languages as readonly LanguageCode[];
  const bonuses = markerBonuses(text, model);
  const scale = SHARPNESS / Math.sqrt(featureCount);
  const values = allowed.map((language) => {
    const index = order.indexOf(language);
    return ((scores[index] as number) + (bonuses[index] as number)) * scale;
  });
  const best = Math.max(...values);
  const weights = values.map((value) => Math.exp(value - best));
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const winner = values.indexOf(best);
  return { language: allowed[winner] as LanguageCode, confidence: (weights[winner] as number) / total };
};

const DETECTORS: readonly LanguageDetector[] = [onlyCandidate, byScript, byStatistics];

let cachedModel: LanguageNgramModel | undefined;

/** Trained on first use from the repository's `training` folder (a few hundred milliseconds), then kept. */
function statisticalModel(): LanguageNgramModel {
  cachedModel ??= LanguageNgramModel.train(languageTrainingText(LANGUAGES, findTrainingDir()));
  return cachedModel;
}

/**
 * Detects the language of a customer message: an ordered list of pure detectors (a single allowed language,
 * script, statistics over character n-grams and words) with the first candidate as fallback, e.g. for a
 * message without letters. Restricted to `candidates` when given (a market's allowed languages).
 */
export function detectLanguage(
  text: string,
  candidates: readonly LanguageCode[] = LANGUAGES,
): { language: LanguageCode; confidence: number } {
  return detectLanguageWith(statisticalModel(), text, candidates);
}

/** `detectLanguage` with a given model, e.g. one trained on part of our text to measure on the rest. */
export function detectLanguageWith(
  model: LanguageNgramModel,
  text: string,
  candidates: readonly LanguageCode[] = LANGUAGES,
): LanguageGuess {
  const allowed = candidates.length > 0 ? candidates : LANGUAGES;
  for (const detector of DETECTORS) {
    const guess = detector(text, allowed, model);
    if (guess) return guess;
  }
  return { language: allowed[0] as LanguageCode, confidence: 0 };
}
