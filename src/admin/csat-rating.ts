/**
 * Reads a customer's answer to the CSAT question ("How would you rate the help, 1 to 5?"): "5", "4/5", "4 out of 5",
 * "5 stars", "⭐⭐⭐⭐", "5️⃣", or a number word of the conversation's language or English ("five", "fünf", "πέντε").
 * Anything else is not a rating, so "I have 5 orders" is handled as a normal message.
 */

const NUMBER_WORDS: Record<string, readonly (readonly string[])[]> = {
  en: [['one'], ['two'], ['three'], ['four'], ['five']],
  es: [['uno', 'una'], ['dos'], ['tres'], ['cuatro'], ['cinco']],
  fr: [['un', 'une'], ['deux'], ['trois'], ['quatre'], ['cinq']],
  de: [['eins', 'ein', 'eine'], ['zwei'], ['drei'], ['vier'], ['fünf', 'fuenf', 'funf']],
  it: [['uno', 'una'], ['due'], ['tre'], ['quattro'], ['cinque']],
  sv: [['en', 'ett'], ['två', 'tva'], ['tre'], ['fyra'], ['fem']],
  nb: [['en', 'ett', 'ei'], ['to'], ['tre'], ['fire'], ['fem']],
  da: [['en', 'et'], ['to'], ['tre'], ['fire'], ['fem']],
  fi: [['yksi'], ['kaksi'], ['kolme'], ['neljä', 'nelja'], ['viisi']],
  nl: [['een', 'één'], ['twee'], ['drie'], ['vier'], ['vijf']],
  pt: [['um', 'uma'], ['dois', 'duas'], ['três', 'tres'], ['quatro'], ['cinco']],
  pl: [['jeden', 'jedna'], ['dwa', 'dwie'], ['trzy'], ['cztery'], ['pięć', 'piec']],
  cs: [['jedna', 'jeden', 'jednu'], ['dva', 'dvě', 'dve'], ['tři', 'tri'], ['čtyři', 'ctyri'], ['pět', 'pet']],
  el: [['ένα', 'ενα', 'μία', 'μια'], ['δύο', 'δυο'], ['τρία', 'τρια'], ['τέσσερα', 'τεσσερα'], ['πέντε', 'πεντε']],
};

/** "out of" in our languages: "4 out of 5", "4 von 5", "4 sur 5", "4 z 5", "4 από 5". */
const OUT_OF = '(?:/|out of|of|von|aus|sur|de|su|su un totale di|av|af|ud af|z|ze|van|uit|από|kautta|\\|)';
/** "stars" / "points" in our languages, singular and plural. */
const UNIT =
  '(?:stars?|points?|sterne?|punkte?|étoiles?|etoiles?|estrellas?|estrelas?|stell[ae]|stjärn(?:a|or)|stjern(?:e|er)|tähte?ä|tähti|ster(?:ren)?|gwiazd(?:ka|ki|ek|y)?|hvězd(?:a|y|iček)?|αστέρια?|punkt(?:ów|y)?|bodů?|pistettä)';
const STARS = /^(?:[⭐★🌟]\s*){1,5}(?:[☆✩]\s*)*$/u;
const KEYCAP = /^([1-5])\uFE0F?\u20E3$/u;
const TRAILING = /[\s!.,;:)(\]\[🙂😊😀👍🙏❤️]+$/u;

export function parseRating(text: string, language: string): number | null {
  const cleaned = text.normalize('NFC').toLowerCase().replace(/\uFE0F/g, '').trim().replace(TRAILING, '').trim();
  if (cleaned.length === 0 || cleaned.length > 40) return null;
  if (STARS.test(cleaned)) return [...cleaned.matchAll(/[⭐★🌟]/gu)].length;
  const keycap = KEYCAP.exec(cleaned);
  if (keycap) return Number(keycap[1]);

  const number = `([1-5]|${wordAlternatives(language)})`;
  const pattern = new RegExp(`^${number}(?:\\s*${OUT_OF}\\s*5)?(?:\\s*${UNIT})?$`, 'u');
  const match = pattern.exec(cleaned);
  return match ? toScore(match[1]!, language) : null;
}

function wordsOf(language: string): readonly (readonly string[])[][] {
  const base = language.split('-')[0]!.toLowerCase();
  return [NUMBER_WORDS[base] ?? [], base === 'en' ? [] : NUMBER_WORDS.en!].map((words) => [...words]);
}

function wordAlternatives(language: string): string {
  return wordsOf(language)
    .flat(2)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('|');
}

function toScore(token: string, language: string): number | null {
  if (/^[1-5]$/.test(token)) return Number(token);
  for (const table of wordsOf(language)) {
    const index = table.findIndex((forms) => forms.includes(token));
    if (index !== -1) return index + 1;
  }
  return null;
}
