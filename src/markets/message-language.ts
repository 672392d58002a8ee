import type { LanguageDetector } from '../conversation/identify';
import { detectLanguage, LANGUAGES, type LanguageCode } from './language-detection';

/**
 * The pipeline's language detector: the statistical detector of language-detection.ts, restricted to the market's
 * languages. Null when none of them is one the detector knows, so the conversation keeps its language.
 */
export const detectMessageLanguage: LanguageDetector = (text, candidates) => {
  const allowed = candidates.filter((language): language is LanguageCode => (LANGUAGES as readonly string[]).includes(language));
  if (allowed.length === 0 || text.trim() === '') return null;
  return detectLanguage(text, allowed);
};
