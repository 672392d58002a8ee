import type { ControlKind } from '../../src/conversation/model';

/**
 * Consent and help keywords, by language. A message is a keyword only when it is the keyword alone (any case,
 * accents optional, surrounding spaces and a trailing full stop or exclamation mark ignored): "stop texting me" is an
 * ordinary message. The English lists are the ones carriers and Twilio honour for long codes
 * (https://help.twilio.com/articles/223134027); YES is left out on purpose, because a customer answering the
 * assistant's question with "yes" is not asking to be subscribed again.
 *
 * Words are written as they are typed; matching strips accents, so ARRÊT and ARRET are the same keyword.
 */
const KEYWORDS: Record<ControlKind, Record<string, readonly string[]>> = {
  opt_out: {
    en: ['STOP', 'STOPALL', 'STOP ALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT', 'OPT OUT'],
    de: ['STOPP', 'ABMELDEN', 'ABBESTELLEN'],
    fr: ['ARRÊT', 'ARRÊTER', 'DÉSABONNER', 'DÉSINSCRIRE'],
    es: ['BAJA', 'PARAR', 'DETENER'],
    it: ['DISISCRIVI', 'CANCELLAMI'],
    pt: ['PARAR', 'SAIR', 'CANCELAR SUBSCRIÇÃO'],
    nl: ['AFMELDEN', 'UITSCHRIJVEN'],
    sv: ['STOPP', 'AVSLUTA', 'AVREGISTRERA'],
    nb: ['STOPP', 'AVSLUTT', 'AVMELD'],
    da: ['STOP', 'AFMELD'],
    fi: ['LOPETA', 'PERU TILAUS'],
    pl: ['STOP', 'WYPISZ', 'REZYGNUJĘ'],
    cs: ['STOP', 'ODHLÁSIT', 'KONEC'],
    el: ['ΣΤΟΠ', 'ΔΙΑΓΡΑΦΗ', 'ΔΙΑΚΟΠΉ'],
  },
  opt_in: {
    en: ['START', 'UNSTOP'],
    de: ['ANMELDEN'],
    fr: ['DÉMARRER', 'REPRENDRE'],
    es: ['ALTA', 'REANUDAR'],
    it: ['ISCRIVIMI', 'RIPRENDI'],
    pt: ['INICIAR', 'RETOMAR'],
    nl: ['AANMELDEN'],
    sv: ['STARTA'],
    nb: ['START'],
    da: ['TILMELD'],
    fi: ['ALOITA'],
    pl: ['START', 'WZNÓW'],
    cs: ['START', 'PŘIHLÁSIT'],
    el: ['ΕΝΑΡΞΗ'],
  },
  help: {
    en: ['HELP', 'INFO'],
    de: ['HILFE'],
    fr: ['AIDE'],
    es: ['AYUDA'],
    it: ['AIUTO'],
    pt: ['AJUDA'],
    nl: ['HULP'],
    sv: ['HJÄLP'],
    nb: ['HJELP'],
    da: ['HJÆLP'],
    fi: ['APUA', 'OHJE'],
    pl: ['POMOC'],
    cs: ['POMOC', 'NÁPOVĚDA'],
    el: ['ΒΟΗΘΕΙΑ'],
  },
};

export interface KeywordMatch {
  control: ControlKind;
  /** The keyword's languages (STOP is several languages' word, STOPP only Scandinavian ones). */
  languages: readonly string[];
}

/** Upper case, without accents, single spaces, no surrounding spaces or closing punctuation. */
export function normalizeKeyword(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toUpperCase()
    .replace(/[\s.!¡?¿,;:'"«»]+$/u, '')
    .replace(/^[\s¡¿'"«»]+/u, '')
    .replace(/\s+/gu, ' ');
}

const INDEX: ReadonlyMap<string, KeywordMatch> = buildIndex();

function buildIndex(): Map<string, KeywordMatch> {
  const index = new Map<string, { control: ControlKind; languages: string[] }>();
  for (const [control, byLanguage] of Object.entries(KEYWORDS) as [ControlKind, Record<string, readonly string[]>][]) {
    for (const [language, words] of Object.entries(byLanguage)) {
      for (const word of words) {
        const key = normalizeKeyword(word);
        const existing = index.get(key);
        if (existing && existing.control !== control) throw new Error(`Keyword ${word} means both ${existing.control} and ${control}`);
        if (existing) existing.languages.push(language);
        else index.set(key, { control, languages: [language] });
      }
    }
  }
  return index;
}

/** Longer texts are never keywords; saves normalising a long message. */
const LONGEST_KEYWORD = Math.max(...[...INDEX.keys()].map((key) => key.length)) + 8;

/** The keyword a whole message is, or null for an ordinary message. */
export function matchKeyword(text: string): KeywordMatch | null {
  if (text.length > LONGEST_KEYWORD) return null;
  return INDEX.get(normalizeKeyword(text)) ?? null;
}

/** Every keyword of a kind in one language, as typed (for tests and docs). */
export function keywordsOf(control: ControlKind, language: string): readonly string[] {
  return KEYWORDS[control][language] ?? [];
}

export const KEYWORD_LANGUAGES: readonly string[] = Object.keys(KEYWORDS.opt_out);

/**
 * The single words Twilio itself answers (and blocks or unblocks) on long codes and toll-free numbers, before the
 * message reaches us (https://help.twilio.com/articles/223134027). We record them but must not confirm them a second
 * time. Standalone short codes get no such handling.
 */
const TWILIO_ANSWERED = new Set(['STOP', 'STOPALL', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'REVOKE', 'OPTOUT', 'START', 'UNSTOP', 'HELP', 'INFO']);

export function answeredByTwilio(text: string): boolean {
  return TWILIO_ANSWERED.has(normalizeKeyword(text));
}
