import { lexiconPattern } from './text-folding';

/**
 * Attempts to steer the assistant instead of asking it something: override instructions, extract the system prompt,
 * switch role, or smuggle chat-template markup. Recognised ones never reach the LLM and change nothing; the customer
 * gets the ordinary "what I can help with" answer.
 */
const PHRASES = [
  // English, and the words people use in every language
  '(ignore|disregard|forget|override|bypass|skip) (all |any |the |your |my |these |those )*(previous |prior |above |earlier |preceding |original |system )*(instructions?|rules|prompts?|guidelines|directives|restrictions)',
  '(reveal|show|print|repeat|display|output|tell me|give me|what is|what are|share) (me )?(your |the )?(full |whole |exact |original |hidden |secret |initial )*(system (prompt|message|instructions?)|prompt|instructions|configuration)',
  'system prompt',
  'you are (now|no longer)',
  'from now on you',
  '(act|behave|respond) as (if you were |an? )?(unrestricted|jailbroken|developer|admin|dan|evil)',
  'pretend (to be|you are)',
  'developer mode',
  'jailbreak\\p{L}*',
  'do anything now',
  'new instructions',
  'prompt injection',
  // German, French, Spanish, Italian, Portuguese, Dutch
  'ignorier\\p{L}* (alle |deine |die )*(vorherigen |bisherigen |obigen )*(anweisungen|regeln|instruktionen)',
  'vergiss (alle |deine )*(anweisungen|regeln)',
  'ignore[rsz]? (toutes )?(les |tes |vos )*(instructions|consignes|règles)( précédentes)?',
  'oublie (toutes )?(tes|vos) (instructions|consignes)',
  'ignora (todas )?(las |tus |tutte )*(le )?(instrucciones|istruzioni|regole|reglas)',
  'olvida (todas )?tus instrucciones',
  'dimentica (tutte )?le (tue )?istruzioni',
  'ignor[ae] (todas )?as (instruções|regras)',
  'esqueça (todas )?as (suas )?instruções',
  'negeer (alle )?(vorige |eerdere )?(instructies|regels)',
  'vergeet (al )?je instructies',
  // Nordic, Finnish, Polish, Czech, Greek
  'ignorera (alla )?(tidigare |föregående )?(instruktioner|regler)',
  'glöm (alla )?dina instruktioner',
  'ignorer (alle )?(tidligere |forrige )?(instruksjoner|instruktioner|regler)',
  'glem (alle )?(dine )?(instruksjonene|instruktioner|instruksjoner)',
  'ohita (kaikki )?(aiemmat |edelliset )?(ohjeet|säännöt)',
  'unohda (kaikki )?ohjeesi',
  'zignoruj (wszystkie )?(poprzednie |wcześniejsze )?(instrukcje|polecenia|zasady)',
  'zapomnij (o )?(swoich |twoich )?instrukcj\\p{L}*',
  'ignoruj (všechny )?(předchozí )?(pokyny|instrukce)',
  'zapomeň (na )?(své |svoje )?(pokyny|instrukce)',
  'αγνόησε (όλες )?(τις )?(προηγούμενες )?(οδηγίες|εντολές)',
  'ξέχασε (όλες )?τις οδηγίες',
];

const PATTERN = lexiconPattern(PHRASES);
/** Chat-template markup: no word edges around these. */
const MARKUP = /<\|?(im_start|im_end|system|endoftext)\|?>|\[\/?(inst|system)\]|#{2,} ?(system|instruction)/u;

export function looksLikePromptInjection(foldedText: string): boolean {
  return PATTERN.test(foldedText) || MARKUP.test(foldedText);
}
