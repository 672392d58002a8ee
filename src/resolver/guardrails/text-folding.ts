/**
 * Lower case without diacritics, one kind of apostrophe, single spaces: "Überweisung" and "uberweisung", "πέθανε" and
 * "πεθανε" match the same pattern. Letters without a decomposition (ß, ł, ø, æ) stay as they are.
 */
export function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’‘`´]/g, "'")
    .replace(/\s+/g, ' ');
}

/**
 * " … " in a lexicon phrase: a few words in between, within one sentence. People rarely say "someone used my card" in
 * those words; they say "my card is gone, someone has paid with it", and a sensitive topic is often two ideas a few
 * words apart. Folding turns "…" into "...", which is what is replaced.
 */
export const GAP = ' ... ';
const GAP_PATTERN = '[,:)"\']?(?: [^ .!?;]+){0,6} ';

/**
 * One regular expression from alternatives written naturally (accents and all): each is folded like the text, and
 * must start and end at a word edge unless it ends in a letter class of its own (`betr\p{L}*`). A " … " in an
 * alternative stands for up to six words of the same sentence.
 */
export function lexiconPattern(alternatives: readonly string[]): RegExp {
  const body = alternatives.map((alternative) => fold(alternative).replaceAll('\\p{l}', '\\p{L}').replaceAll(GAP, GAP_PATTERN)).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
}
