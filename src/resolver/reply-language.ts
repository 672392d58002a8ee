import type { LanguageDetector } from '../conversation/identify';
import { detectLanguage, LANGUAGES, type LanguageCode } from '../markets/language-detection';

/**
 * The pipeline's language detector over the offline language identifier: restricted to the market's languages, and
 * no opinion (null) when none of them is one we detect.
 */
export const detectReplyLanguage: LanguageDetector = (text, candidates) => {
  const known = candidates.filter((candidate): candidate is LanguageCode => (LANGUAGES as readonly string[]).includes(candidate));
  if (known.length === 0 || !/\p{L}/u.test(text)) return null;
  return detectLanguage(text, known);
};
