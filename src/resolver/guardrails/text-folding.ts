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
 * One regular expression from alternatives written naturally (accents and all): each is folded like the text, and
 * must start and end at a word edge unless it ends in a letter class of its own (`betr\p{L}*`).
 */
export function lexiconPattern(alternatives: readonly string[]): RegExp {
  const body = alternatives.map((alternative) => fold(alternative).replaceAll('\\p{l}', '\\p{L}')).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${body})(?![\\p{L}\\p{N}])`, 'u');
}
