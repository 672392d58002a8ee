/**
 * The words people answer a waiting question with, in the 14 languages (lexicon phrases, folded; see
 * guardrails/text-folding.ts). All languages are read on every answer: a customer may answer in another language than
 * the one the question was asked in, and these are short words whose meaning rarely collides across languages.
 */

export const YES_WORDS = [
  'yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'please', 'please do', 'go ahead', 'go for it', 'do it', 'do that', 'correct', 'right', 'fine',
  'sounds good', 'perfect', 'great', 'absolutely', 'of course', 'alright', 'all right', 'agreed', 'confirm\\p{L}*',
  'ja', 'jawohl', 'gerne', 'klar', 'bitte', 'genau', 'mach das', 'passt', 'einverstanden', 'in ordnung', 'gut', 'perfekt', 'super', 'alles klar',
  'oui', 'ouais', "d'accord", 'vas-y', 'allez-y', 'volontiers', 'bien sûr', 'parfait', "c'est bon", 'ça marche', 'entendu', 'je confirme',
  'sí', 'si', 'vale', 'claro', 'de acuerdo', 'perfecto', 'adelante', 'hazlo', 'por supuesto', 'confirmo',
  'certo', 'va bene', 'certamente', 'perfetto', 'procedi', "d'accordo", 'confermo',
  'sim', 'pode ser', 'está bem', 'com certeza', 'perfeito', 'avance', 'pode avançar', 'de acordo',
  'graag', 'prima', 'oké', 'doe maar', 'akkoord', 'is goed', 'ja hoor', 'goed', 'top',
  'japp', 'jo', 'gärna', 'okej', 'absolut', 'låter bra', 'kör', 'gör det', 'visst', 'bra',
  'gjerne', 'greit', 'høres bra ut', 'gjør det', 'flott', 'supert', 'fint', 'lyder godt', 'gør det', 'helt i orden',
  'kyllä', 'joo', 'juu', 'selvä', 'käy', 'sopii', 'tee se', 'okei', 'hyvä', 'vahvistan',
  'tak', 'jasne', 'dobrze', 'poproszę', 'pasuje', 'zrób to', 'zgoda', 'potwierdzam', 'oczywiście', 'świetnie',
  'ano', 'jasně', 'dobře', 'souhlasím', 'udělejte to', 'potvrzuji', 'určitě', 'prosím',
  'ναι', 'εντάξει', 'βεβαίως', 'οκ', 'τέλεια', 'προχώρα', 'προχωρήστε', 'σύμφωνοι', 'φυσικά', 'επιβεβαιώνω',
];

export const NO_WORDS = [
  'no', 'nope', 'nah', 'cancel', "don't", 'do not', 'stop', 'not now', 'not (right|correct|good|fine|ok)', 'wrong', 'never mind', 'forget it', 'rather not', 'none of them', 'neither',
  'nein', 'nee', 'nö', 'nicht (gut|ok|okay|richtig)', 'lieber nicht', 'doch nicht', 'besser nicht', 'bitte nicht', 'nicht jetzt', 'abbrechen', 'vergiss es', 'keine davon', 'keine von (beiden|denen)',
  'non', 'annuler', 'pas maintenant', 'laisse tomber', 'pas besoin', 'aucune des', "aucune d'entre",
  'cancelar', 'mejor no', 'déjalo', 'ninguno', 'ninguna',
  'annulla', 'lascia stare', 'nessuno', 'nessuna delle',
  'não', 'nao', 'deixa estar', 'nenhum(a)? (deles|delas|dos|das)',
  'annuleren', 'niet', 'laat maar', 'geen van (beide|allebei|de)',
  'nej', 'avbryt', 'inte (bra|ok|okej|rätt)', 'hellre inte', 'strunta i det', 'inte nu', 'ingen av dem',
  'nei', 'ikke', 'helst ikke', 'glem det', 'ikke nå',
  'annuller', 'lad(e)? være', 'ikke nu', 'ingen af dem',
  'ei', 'peruuta', 'ei sittenkään', 'anna olla', 'ei mikään',
  'nie', 'anuluj', 'nieważne', 'żadne', 'żadna',
  'ne', 'zrušit', 'nechte to být', 'teď ne', 'žádná', 'žádnou',
  'όχι', 'ακύρωση', 'καμία από',
];

/** Answers that contain a "no" and mean yes: read as yes before anything else. */
export const YES_DESPITE_NEGATION = [
  'why not', 'no problem', 'warum nicht', 'kein problem', 'pourquoi pas', 'pas de problème', 'por qué no', 'sin problema', 'perché no',
  'nessun problema', 'porque não', 'sem problema', 'waarom niet', 'geen probleem', 'varför inte', 'inga problem', 'hvorfor ikke',
  'ikke noe problem', 'intet problem', 'miksi ei', 'ei ongelmaa', 'czemu nie', 'nie ma problemu', 'proč ne', 'žádný problém',
  'γιατί όχι', 'κανένα πρόβλημα',
];

/** "The second one": ordinal words per position in a list, in every language and their usual forms. */
export const ORDINAL_WORDS: Record<number, string[]> = {
  1: ['first', 'top one', 'erste[nrs]?', 'premi(er|ère)', 'primer[oa]?', 'primo', 'la prima', 'primeir[oa]', 'eerste', 'första', 'første', 'ensimmäi\\p{L}*', 'pierwsz\\p{L}{1,2}', 'první', 'πρώτ\\p{L}{1,2}'],
  2: ['second', 'zweite[nrs]?', 'deuxième', 'seconde', 'segund[oa]', 'second[oa]', 'tweede', 'andra', 'andre', 'anden', 'toi(nen|sta|sen)', 'drug\\p{L}{1,2}', 'druh(ou|á|ý|é)', 'δεύτερ\\p{L}{1,2}'],
  3: ['third', 'dritte[nrs]?', 'troisième', 'tercer[oa]?', 'terz[oa]', 'terceir[oa]', 'derde', 'tredje', 'kolma(s|tta|nnen)', 'trzec\\p{L}{1,2}', 'třetí', 'τρίτ\\p{L}{1,2}'],
  4: ['fourth', 'vierte[nrs]?', 'quatrième', 'el cuart[oa]', 'la cuarta', 'il quarto', 'la quarta', 'o quarto', 'a quarta', 'vierde', 'fjärde', 'fjerde', 'neljä(s|ttä|nnen)', 'czwart\\p{L}{1,2}', 'čtvrt(ou|á|ý|é)', 'τέταρτ\\p{L}{1,2}'],
  5: ['fifth', 'fünfte[nrs]?', 'cinquième', 'quint[oa]', 'vijfde', 'femte', 'viide(s|ttä|nnen)', 'piąt\\p{L}{1,2}', 'pát(ou|á|ý|é)', 'πέμπτ\\p{L}{1,2}'],
  6: ['sixth', 'sechste[nrs]?', 'sixième', 'sext[oa]', 'sest[oa]', 'zesde', 'sjätte', 'sjette', 'kuude(s|tta|nnen)', 'szóst\\p{L}{1,2}', 'šest(ou|á|ý|é)', 'έκτ\\p{L}{1,2}'],
};

export const LAST_WORDS = ['last', 'bottom one', 'letzte[nrs]?', 'derni(er|ère)', 'últim[oa]', 'ultim[oa]', 'laatste', 'sista', 'siste', 'sidste', 'viimei\\p{L}*', 'ostatni\\p{L}?', 'posledn\\p{L}', 'τελευταί\\p{L}{1,2}'];

/** Numbers written out, taken only when they are the whole answer ("zwei", "number two"): "to" and "en" are words too. */
export const CARDINAL_WORDS: Record<number, string[]> = {
  1: ['one', 'eins', 'un', 'une', 'uno', 'una', 'um', 'uma', 'een', 'ett', 'en', 'et', 'yksi', 'jeden', 'jedna', 'jedno', 'ένα'],
  2: ['two', 'zwei', 'deux', 'dos', 'due', 'dois', 'duas', 'twee', 'två', 'to', 'kaksi', 'dwa', 'dwie', 'dva', 'dvě', 'δύο'],
  3: ['three', 'drei', 'trois', 'tres', 'tre', 'três', 'drie', 'kolme', 'trzy', 'tři', 'τρία'],
  4: ['four', 'vier', 'quatre', 'cuatro', 'quattro', 'quatro', 'fyra', 'fire', 'neljä', 'cztery', 'čtyři', 'τέσσερα'],
  5: ['five', 'fünf', 'cinq', 'cinco', 'cinque', 'vijf', 'fem', 'viisi', 'pięć', 'pět', 'πέντε'],
  6: ['six', 'sechs', 'seis', 'sei', 'zes', 'sex', 'seks', 'kuusi', 'sześć', 'šest', 'έξι'],
};

/** Words that may stand before a number in an answer ("Nummer 2", "nr. 2", "the 2nd", "číslo 2"). */
export const NUMBER_WORDS = ['number', 'no', 'nr', 'nro', 'num', 'nummer', 'numéro', 'número', 'numero', 'numer', 'číslo', 'αριθμός', 'the', 'die', 'der', 'das', 'le', 'la', 'el', 'il', 'o', 'a', 'de', 'den', 'het', 'η', 'το', 'ο'];
