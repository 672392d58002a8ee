import { fold, lexiconPattern } from '../guardrails/text-folding';
import type { DisputeReason } from '../../commerce/model';
import { CARDINAL_WORDS, LAST_WORDS, NO_WORDS, NUMBER_WORDS, ORDINAL_WORDS, YES_DESPITE_NEGATION, YES_WORDS } from './answer-words';

/**
 * Small cues read from a message in any of the 14 languages: yes / no to a question, "unfreeze" rather than
 * "freeze", what went wrong with an order, an order id or a choice from a numbered list.
 */
const YES = lexiconPattern(YES_WORDS);
const NO = lexiconPattern(NO_WORDS);
const YES_ANYWAY = new RegExp(lexiconPattern(YES_DESPITE_NEGATION).source, 'gu');
const ORDINALS: [number, RegExp][] = Object.entries(ORDINAL_WORDS).map(([position, words]) => [Number(position), new RegExp(lexiconPattern(words).source, 'gu')]);
const LAST = lexiconPattern(LAST_WORDS);
const CARDINALS = new Map(Object.entries(CARDINAL_WORDS).flatMap(([position, words]) => words.map((word) => [fold(word), Number(position)] as const)));
const NUMBER_WORD = new Set(NUMBER_WORDS.map(fold));
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
const ORDER_IDS = new RegExp(ORDER_ID.source, 'gu');

/** The answer as yes/no read it: folded, order ids out ("NO-87702" is not a no), "why not" turned into a yes. */
function answerText(text: string): string {
  return fold(text.replace(ORDER_IDS, ' ')).replace(YES_ANYWAY, 'yes');
}

/** Short answers only: a long message that happens to contain "ok" is a new request, not a yes. */
export function answersYes(text: string): boolean {
  const folded = answerText(text);
  return folded.split(' ').length <= 8 && YES.test(folded) && !NO.test(folded);
}

export function answersNo(text: string): boolean {
  const folded = answerText(text);
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

/**
 * The position a short answer picks from a numbered list of `count`: "2", "nr. 2", "the 2nd", "die zweite", "la
 * última", "zwei". Null when it names no position, or several different ones ("the first or the second?").
 */
export function choiceIn(text: string, count: number): number | null {
  const folded = fold(text.replace(ORDER_IDS, ' '));
  const words = folded.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (words.length === 0 || words.length > 8) return null;
  const positions = new Set<number>();
  const digits = folded.match(/\d+/g) ?? [];
  if (words.length <= 6) for (const number of digits) positions.add(Number(number));
  for (const [position, pattern] of ORDINALS) if (folded.match(pattern)) positions.add(position);
  if (LAST.test(folded)) positions.add(count);
  const spelled = words.filter((word) => !NUMBER_WORD.has(word));
  if (spelled.length === 1 && CARDINALS.has(spelled[0]!)) positions.add(CARDINALS.get(spelled[0]!)!);
  return positions.size === 1 ? [...positions][0]! : null;
}
