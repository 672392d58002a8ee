/**
 * Text normalisation shared by training and prediction. Customer messages mix case, accents typed or not,
 * amounts, emoji and apostrophes of every shape; each of these becomes one stable token so that the model
 * sees "£20", "20 EUR" and "$5" as the same kind of thing.
 */

const TOKEN_PATTERN =
  /[\p{L}\p{M}\p{N}._%+-]+@[\p{L}\p{M}\p{N}-]+(?:\.[\p{L}\p{M}\p{N}-]+)+|\p{Extended_Pictographic}|[\p{L}\p{M}]+|\p{N}+(?:[.,:/]\p{N}+)*|[$€£¥₹₽¢₺]|[?!]/gu;
const EMAIL = /@/u;
const APOSTROPHES = /(?<=\p{L})['’`´](?=\p{L})/gu;
const COMBINING_MARKS = /\p{M}+/gu;
const CURRENCY_SYMBOL = /^[$€£¥₹₽¢₺]$/u;
const PICTOGRAPH = /^\p{Extended_Pictographic}$/u;
const DIGIT = /^\p{N}/u;

/** Letters that Unicode does not decompose but people replace when they type without them. */
const EXTRA_FOLDS: Record<string, string> = { ß: 'ss', ø: 'o', æ: 'ae', œ: 'oe', ł: 'l', đ: 'd', ı: 'i' };
const EXTRA_FOLD_PATTERN = /[ßøæœłđı]/gu;

/** Number, amount, emoji and punctuation tokens; words are everything else. */
export const NUMBER_TOKEN = '<num>';
export const CURRENCY_TOKEN = '<cur>';
export const EMOJI_TOKEN = '<emoji>';
export const QUESTION_TOKEN = '<q>';
export const EXCLAMATION_TOKEN = '<x>';
/** An e-mail address is one thing the customer gave us, not five unknown words that make the message look off-topic. */
export const EMAIL_TOKEN = '<email>';

/** Lower-cased, canonically composed text with apostrophes inside words removed ("don't" -> "dont"). */
export function canonicalText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(APOSTROPHES, '');
}

/** Removes accents and folds the few letters that do not decompose ("ø" -> "o"), for accent-free typing. */
export function foldAccents(word: string): string {
  return word
    .normalize('NFKD')
    .replace(COMBINING_MARKS, '')
    .replace(EXTRA_FOLD_PATTERN, (letter) => EXTRA_FOLDS[letter] ?? letter);
}

/** Splits canonical text into word tokens and class tokens for e-mail addresses, numbers, currencies, emoji and ?/!. */
export function tokenize(text: string): string[] {
  const tokens: string[] = [];
  for (const match of canonicalText(text).matchAll(TOKEN_PATTERN)) {
    tokens.push(classifyToken(match[0]));
  }
  return tokens;
}

function classifyToken(token: string): string {
  if (token === '?') return QUESTION_TOKEN;
  if (token === '!') return EXCLAMATION_TOKEN;
  if (EMAIL.test(token)) return EMAIL_TOKEN;
  if (CURRENCY_SYMBOL.test(token)) return CURRENCY_TOKEN;
  if (PICTOGRAPH.test(token)) return EMOJI_TOKEN;
  if (DIGIT.test(token)) return NUMBER_TOKEN;
  return token;
}

/** True for tokens made of letters, as opposed to the class tokens above. */
export function isWordToken(token: string): boolean {
  return !token.startsWith('<');
}
