/**
 * Recognises a customer asking for another language: "speak German", "in English please", "på svenska",
 * "en français", "auf Deutsch bitte", "puhutko suomea?", "po polsku", "στα ελληνικά". Names are known in the 14
 * languages for every one of them where people commonly write them; the request needs a verb ("speak", "parlez"),
 * a preposition right before the name ("in", "auf", "på", "po"), or a message that is little more than the name.
 */

/** Every way a language is named (lower case, with and without diacritics where people drop them). */
const NAMES: Record<string, readonly string[]> = {
  en: ['english', 'inglés', 'ingles', 'anglais', 'englisch', 'inglese', 'engelska', 'engelsk', 'englanniksi', 'englantia', 'engels', 'inglês', 'angielsku', 'angielski', 'anglicky', 'angličtina', 'αγγλικά', 'αγγλικα'],
  es: ['spanish', 'español', 'espanol', 'castellano', 'espagnol', 'spanisch', 'spagnolo', 'spanska', 'spansk', 'espanjaksi', 'espanjaa', 'spaans', 'espanhol', 'hiszpańsku', 'hiszpansku', 'španělsky', 'spanelsky', 'ισπανικά', 'ισπανικα'],
  fr: ['french', 'francés', 'frances', 'français', 'francais', 'französisch', 'franzosisch', 'francese', 'franska', 'fransk', 'ranskaksi', 'ranskaa', 'frans', 'francês', 'francusku', 'francouzsky', 'γαλλικά', 'γαλλικα'],
  de: ['german', 'alemán', 'aleman', 'allemand', 'deutsch', 'tedesco', 'tyska', 'tysk', 'saksaksi', 'saksaa', 'duits', 'alemão', 'alemao', 'niemiecku', 'německy', 'nemecky', 'γερμανικά', 'γερμανικα'],
  it: ['italian', 'italiano', 'italien', 'italienisch', 'italienska', 'italiensk', 'italiaksi', 'italiaa', 'italiaans', 'włosku', 'wlosku', 'italsky', 'ιταλικά', 'ιταλικα'],
  sv: ['swedish', 'sueco', 'suédois', 'suedois', 'schwedisch', 'svedese', 'svenska', 'svensk', 'ruotsiksi', 'ruotsia', 'zweeds', 'szwedzku', 'švédsky', 'svedsky', 'σουηδικά', 'σουηδικα'],
  nb: ['norwegian', 'noruego', 'norvégien', 'norvegien', 'norwegisch', 'norvegese', 'norska', 'norsk', 'bokmål', 'bokmal', 'norjaksi', 'norjaa', 'noors', 'norueguês', 'noruegues', 'norwesku', 'norsky', 'νορβηγικά', 'νορβηγικα'],
  da: ['danish', 'danés', 'danes', 'danois', 'dänisch', 'danisch', 'danese', 'danska', 'dansk', 'tanskaksi', 'tanskaa', 'deens', 'dinamarquês', 'dinamarques', 'duńsku', 'dunsku', 'dánsky', 'dansky', 'δανικά', 'δανικα'],
  fi: ['finnish', 'finlandés', 'finlandes', 'finnois', 'finnisch', 'finlandese', 'finska', 'finsk', 'suomeksi', 'suomea', 'fins', 'finlandês', 'fińsku', 'finsku', 'finsky', 'φινλανδικά', 'φινλανδικα'],
  nl: ['dutch', 'flemish', 'neerlandés', 'holandés', 'holandes', 'néerlandais', 'neerlandais', 'niederländisch', 'niederlandisch', 'holländisch', 'olandese', 'nederländska', 'nederlandsk', 'hollanniksi', 'hollantia', 'nederlands', 'vlaams', 'holandês', 'niderlandzku', 'holendersku', 'nizozemsky', 'ολλανδικά', 'ολλανδικα'],
  pt: ['portuguese', 'portugués', 'portugues', 'portugais', 'portugiesisch', 'portoghese', 'portugisiska', 'portugisisk', 'portugaliksi', 'portugalia', 'portugees', 'português', 'portugalsku', 'portugalsky', 'πορτογαλικά', 'πορτογαλικα'],
  pl: ['polish', 'polaco', 'polonais', 'polnisch', 'polacco', 'polska', 'polsk', 'puolaksi', 'puolaa', 'pools', 'polonês', 'polones', 'polsku', 'polski', 'polsky', 'πολωνικά', 'πολωνικα'],
  cs: ['czech', 'checo', 'tchèque', 'tcheque', 'tschechisch', 'ceco', 'tjeckiska', 'tsjekkisk', 'tjekkisk', 'tšekiksi', 'tsekiksi', 'tsjechisch', 'tcheco', 'czesku', 'česky', 'cesky', 'čeština', 'cestina', 'τσεχικά', 'τσεχικα'],
  el: ['greek', 'griego', 'grec', 'griechisch', 'greco', 'grekiska', 'gresk', 'græsk', 'graesk', 'kreikaksi', 'kreikkaa', 'grieks', 'grego', 'grecku', 'řecky', 'recky', 'ελληνικά', 'ελληνικα'],
};

/** Words that ask to speak, write or switch, in our languages. */
const VERBS = [
  'speak', 'talk', 'write', 'reply', 'answer', 'respond', 'continue', 'switch', 'change', 'use',
  'sprechen', 'sprichst', 'spreche', 'sprich', 'schreiben', 'schreib', 'antworten', 'antworte', 'reden', 'wechseln',
  'parler', 'parlez', 'parles', 'parle', 'écrire', 'ecrire', 'répondre', 'repondre', 'continuer',
  'hablar', 'hablas', 'habla', 'hable', 'escribir', 'responder', 'contestar', 'continuar',
  'parlare', 'parli', 'parla', 'scrivere', 'scrivi', 'rispondere', 'rispondi',
  'prata', 'pratar', 'tala', 'talar', 'skriva', 'skriv', 'svara', 'snakke', 'snakker', 'snakk', 'tale', 'taler', 'svar',
  'puhu', 'puhutko', 'puhua', 'puhuisitko', 'kirjoita', 'vastaa', 'vaihda',
  'spreek', 'spreken', 'spreekt', 'praten', 'schrijf', 'schrijven', 'antwoord', 'antwoorden',
  'falar', 'fala', 'falas', 'fale', 'escrever', 'escreva',
  'mówić', 'mowic', 'mówisz', 'mowisz', 'mówi', 'mowi', 'pisać', 'pisac', 'pisz', 'odpowiadać', 'odpowiedz',
  'mluvit', 'mluvíte', 'mluvite', 'mluvíš', 'mluvis', 'mluv', 'psát', 'psat', 'piš', 'odpovídat', 'odpovězte',
  'μιλάς', 'μιλας', 'μιλάτε', 'μιλατε', 'μιλήστε', 'μιληστε', 'μίλα', 'μιλα', 'γράψε', 'γραψε', 'απάντησε', 'απαντησε',
];

/** Prepositions and articles that go right before a language name ("in English", "auf Deutsch", "στα ελληνικά"). */
const BEFORE_NAME = ['in', 'into', 'to', 'auf', 'en', 'på', 'pa', 'em', 'po', 'στα', 'σε', 'het', 'in het', 'op', 'om', 'til', 'till', 'na', 'ao', 'al', 'a', 'in lingua', 'en la lengua'];

/** Politeness and filler that may surround a short request. */
const FILLER = new Set([
  'please', 'pls', 'plz', 'can', 'could', 'you', 'we', 'i', 'me', 'now', 'from', 'on', 'the', 'language', 'instead', 'thanks',
  'bitte', 'können', 'konnen', 'kannst', 'du', 'sie', 'wir', 'ich', 'jetzt', 'lieber',
  's\'il', 'vous', 'plaît', 'plait', 'svp', 'pouvez', 'peux', 'tu', 'on', 'je', 'merci',
  'por', 'favor', 'puedes', 'puede', 'usted', 'podemos',
  'per', 'piacere', 'puoi', 'può', 'grazie',
  'tack', 'takk', 'tak', 'kan', 'vi', 'jag', 'jeg', 'gärna', 'gjerne', 'gerne',
  'kiitos', 'voitko', 'osaatko',
  'alsjeblieft', 'aub', 'kun', 'je', 'jij', 'u', 'graag',
  'pode', 'podes', 'obrigado', 'obrigada',
  'proszę', 'prosze', 'czy', 'możesz', 'mozesz', 'pan', 'pani',
  'prosím', 'prosim', 'můžete', 'muzete', 'můžeš', 'muzes',
  'παρακαλώ', 'παρακαλω', 'μπορείς', 'μπορεις', 'μπορείτε', 'μπορειτε', 'να',
]);

const NAME_TO_LANGUAGE = new Map(Object.entries(NAMES).flatMap(([language, names]) => names.map((name) => [name, language] as const)));

export interface LanguageSwitchRequest {
  /** The base language asked for (`de`). */
  language: string;
  /** What else the message says, with the request removed ("" when it was only the request). */
  rest: string;
}

/** The language the customer explicitly asks for, or null when the message asks for none. */
export function detectLanguageSwitch(text: string): LanguageSwitchRequest | null {
  if (text.length > 500) return null;
  const words = text.normalize('NFC').toLowerCase().split(/[^\p{L}\p{M}']+/u).filter(Boolean);
  for (let index = 0; index < words.length; index += 1) {
    const language = NAME_TO_LANGUAGE.get(words[index]!);
    if (!language) continue;
    const previous = words[index - 1] ?? '';
    const twoBefore = `${words[index - 2] ?? ''} ${previous}`;
    // Verb-final word order too: "auf Deutsch antworten", "in het Frans antwoorden".
    const afterVerb = verbBefore(words, index) || words.slice(index + 1, index + 3).some((word) => VERBS.includes(word));
    const afterPreposition = BEFORE_NAME.includes(previous) || BEFORE_NAME.includes(twoBefore);
    const others = words.filter((word, position) => position !== index && !FILLER.has(word) && !VERBS.includes(word) && !BEFORE_NAME.includes(word));
    // "The manual is in German" names a language without asking for it: a preposition alone counts in short messages.
    const shortMessage = others.length <= 2;
    if (afterVerb || (afterPreposition && shortMessage) || others.length === 0) {
      return { language, rest: shortMessage ? '' : text };
    }
  }
  return null;
}

/** A verb right before the name, or separated from it only by prepositions and filler ("sprechen Sie Deutsch"). */
function verbBefore(words: readonly string[], index: number): boolean {
  for (let position = index - 1; position >= Math.max(0, index - 4); position -= 1) {
    const word = words[position]!;
    if (VERBS.includes(word)) return true;
    if (!FILLER.has(word) && !BEFORE_NAME.includes(word)) return false;
  }
  return false;
}
