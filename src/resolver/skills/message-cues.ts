import { fold, lexiconPattern } from '../guardrails/text-folding';
import type { DisputeReason } from '../../commerce/model';

/**
 * Small cues read from a message in any of the 14 languages: yes / no to a question, "unfreeze" rather than
 * "freeze", what went wrong with an order, an order id or a choice from a numbered list.
 */
const YES = lexiconPattern([
  'yes', 'yeah', 'yep', 'yup', 'sure', 'ok', 'okay', 'please do', 'go ahead', 'do it', 'correct', 'right',
  'ja', 'jawohl', 'gerne', 'klar', 'bitte', 'genau', 'mach das', 'oui', 'ouais', "d'accord", 'vas-y', 'volontiers', 'bien sûr',
  'sí', 'si', 'vale', 'claro', 'de acuerdo', 'certo', 'va bene', 'certamente', 'sim', 'pode ser', 'está bem', 'com certeza',
  'graag', 'prima', 'oké', 'doe maar', 'japp', 'jo', 'gärna', 'okej', 'absolut', 'gjerne', 'greit', 'gerne', 'fint',
  'kyllä', 'joo', 'juu', 'selvä', 'tak', 'jasne', 'dobrze', 'poproszę', 'ano', 'jo', 'jasně', 'dobře', 'ναι', 'εντάξει', 'βεβαίως', 'οκ',
]);
const NO = lexiconPattern([
  'no', 'nope', 'nah', 'cancel', "don't", 'do not', 'stop', 'nein', 'nee', 'lieber nicht', 'abbrechen', 'non', 'annuler', 'pas maintenant',
  'cancelar', 'annulla', 'não', 'nao', 'annuleren', 'niet', 'nej', 'avbryt', 'nei', 'ikke', 'annuller', 'ei', 'peruuta', 'nie', 'anuluj',
  'ne', 'zrušit', 'όχι', 'ακύρωση',
]);
const UNFREEZE = lexiconPattern([
  'unfreeze', 'unlock', 'unblock', 'reactivate', 'entsperr\\p{L}*', 'auftauen', 'freischalten', 'dégeler', 'débloquer', 'réactiver',
  'descongelar', 'desbloquear', 'reactivar', 'scongelare', 'sbloccare', 'riattivare', 'ontdooien', 'ontgrendel\\p{L}*', 'deblokkeren',
  'låsa upp', 'frysa upp', 'tina', 'låse opp', 'tine', 'låse op', 'optø', 'avaa', 'sulata', 'poista jäädytys', 'odblokuj', 'odmroź',
  'odmrozić', 'odblokovat', 'rozmrazit', 'odblokujte', 'ξεμπλοκάρ\\p{L}*', 'ξεκλείδω\\p{L}*',
]);
const DISPUTE_CUES: [DisputeReason, RegExp][] = [
  ['not_received', lexiconPattern(['never (arrived|came)', 'not (arrived|received)', "hasn't arrived", "didn't arrive", 'nie angekommen', 'nicht angekommen', 'nicht erhalten', 'jamais (arrivé|reçu)', 'pas (reçu|arrivé)', 'no (ha llegado|llegó|recibí)', 'non (è arrivato|ho ricevuto)', 'não (chegou|recebi)', 'niet (ontvangen|aangekomen|geleverd)', 'inte (kommit|fått|levererats)', 'ikke (kommet|mottatt|modtaget|ankommet)', 'ei (tullut|ole tullut|saapunut)', 'nie (dotarł\\p{L}*|doszł\\p{L}*|otrzymał\\p{L}*)', 'nedorazil\\p{L}*', 'nepřišl\\p{L}*', 'δεν (έφτασε|ήρθε|παρέλαβα)'])],
  ['damaged', lexiconPattern(['damaged', 'broken', 'beschädigt', 'kaputt', 'cassé\\p{L}*', 'endommagé\\p{L}*', 'abîmé\\p{L}*', 'roto', 'rota', 'dañad\\p{L}*', 'rott[oa]', 'danneggiat\\p{L}*', 'danificad\\p{L}*', 'partid[oa]', 'kapot', 'beschadigd', 'trasig', 'skadad', 'ødelagt', 'i stykker', 'skadet', 'rikki', 'vaurioitun\\p{L}*', 'uszkodzon\\p{L}*', 'zniszczon\\p{L}*', 'poškozen\\p{L}*', 'rozbit\\p{L}*', 'χαλασμέν\\p{L}*', 'σπασμέν\\p{L}*'])],
  ['wrong_item', lexiconPattern(['wrong (item|size|colou?r|product)', 'falsch\\p{L}*', 'mauvais (article|produit)', 'equivocad\\p{L}*', 'sbagliat\\p{L}*', 'errad\\p{L}*', 'verkeerd\\p{L}*', 'fel (vara|storlek|produkt)', 'feil (vare|størrelse|produkt)', 'forkert', 'väärä\\p{L}*', 'zł\\p{L}* (produkt|rozmiar)', 'inny produkt', 'špatn\\p{L}* (zboží|velikost)', 'λάθος'])],
];
const ORDER_ID = /(?<![\p{L}\p{N}])([A-Za-z]{1,4}-?\d{4,10})(?![\p{L}\p{N}])/u;

/** Short answers only: a long message that happens to contain "ok" is a new request, not a yes. */
export function answersYes(text: string): boolean {
  const folded = fold(text);
  return folded.split(' ').length <= 8 && YES.test(folded) && !NO.test(folded);
}

export function answersNo(text: string): boolean {
  const folded = fold(text);
  return folded.split(' ').length <= 8 && NO.test(folded);
}

export function asksToUnfreeze(text: string): boolean {
  return UNFREEZE.test(fold(text));
}

export function disputeReasonOf(text: string): DisputeReason {
  const folded = fold(text);
  return DISPUTE_CUES.find(([, pattern]) => pattern.test(folded))?.[0] ?? 'other';
}

export function orderIdIn(text: string): string | null {
  return text.match(ORDER_ID)?.[1]?.toUpperCase() ?? null;
}

/** "2", "nr. 2", "#2", "the 2nd": the number of a listed choice, when it is the only number in a short message. */
export function choiceNumberIn(text: string): number | null {
  const folded = fold(text);
  if (folded.split(' ').length > 6) return null;
  const numbers = folded.match(/\d+/g);
  return numbers?.length === 1 ? Number(numbers[0]) : null;
}
