/**
 * Removes quoted history from the text of a reply, so the resolver sees only what the customer wrote now.
 *
 * Two kinds of quoting are handled differently:
 * - `>`-prefixed lines (Gmail, Apple Mail, Thunderbird in plain text): the quoted lines and the attribution line
 *   above them ("On … wrote:") are removed, but unquoted lines between them stay, so answers written inline or
 *   below the quote survive.
 * - Unprefixed history (Outlook's "-----Original Message-----" and "From: / Sent: / To: / Subject:" blocks, and
 *   attributions without `>` lines after them): everything from the marker on is history and is cut.
 * Forwarded messages are kept: a customer forwarding a shop's mail wants us to read it.
 */

/** Verbs of a reply attribution, in the languages of our markets (last in English, before the name in German). */
const ATTRIBUTION_VERB =
  /(?:^|[\s,])(wrote|writes|schrieb|a écrit|skrev|escribió|escribio|ha scritto|scrisse|schreef|napisał\(a\)|napisał|napisała|pisze|escreveu|napsal\(a\)|napsal|napsala|έγραψε|kirjoitti)(?=[\s:]|$)/i;
/** How attributions begin ("On", "Am", "Le", "Den", ...), used to join an attribution a client wrapped over lines. */
const ATTRIBUTION_START = /^(on|am|le|den|d\.|el|il|op|w dniu|dnia|em|dne|στις|på|ma|ti|ke|to|pe|la|su)\b/i;

/** Real attributions name an address, a year or a time; "the shop wrote:" in a customer's own text does not. */
const ATTRIBUTION_DETAIL = /@|\b(19|20)\d{2}\b|\b\d{1,2}[:.]\d{2}\b/;

const ORIGINAL_MESSAGE =
  /^\s*-{2,}\s*(original message|ursprüngliche nachricht|originalnachricht|message d'origine|mensaje original|messaggio originale|ursprungligt meddelande|oorspronkelijk bericht|oprindelig meddelelse|opprinnelig melding|alkuperäinen viesti|wiadomość oryginalna|oryginalna wiadomość|původní zpráva|mensagem original|αρχικό μήνυμα)\s*-{2,}\s*$/i;
const UNDERSCORE_RULE = /^\s*_{20,}\s*$/;

const HEADER_FROM = /^\s*\*?(from|von|de|från|fra|da|van|od|lähettäjä|από|feladó)\s*:\*?\s+\S/i;
const HEADER_OTHER =
  /^\s*\*?(sent|date|to|cc|subject|gesendet|datum|an|betreff|envoyé|à|objet|skickat|till|ämne|sendt|til|emne|emne|inviato|data|a|oggetto|verzonden|aan|onderwerp|wysłano|do|temat|odesláno|komu|předmět|lähetetty|vastaanottaja|aihe|enviado|enviada|fecha|para|asunto|assunto|ημερομηνία|στάλθηκε|προς|θέμα)\s*:\*?/i;

const FORWARD_MARKER =
  /forwarded message|begin forwarded message|weitergeleitete nachricht|anfang der weitergeleiteten|message transféré|début du message (réexpédié|transféré)|vidarebefordrat meddelande|videresendt|videresendte|mensaje reenviado|messaggio inoltrato|inizio messaggio inoltrato|doorgestuurd bericht|wiadomość przekazana|přeposlaná zpráva|välitetty viesti|mensagem encaminhada|προωθημένο μήνυμα/i;

const isQuoted = (line: string) => /^\s*>/.test(line);
const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

/** Lines from `index` that form an attribution (up to three, as clients wrap long ones), or 0. */
function attributionLength(lines: readonly string[], index: number): number {
  let joined = '';
  for (let count = 1; count <= 3 && index + count <= lines.length; count += 1) {
    const line = lines[index + count - 1]!;
    if (isQuoted(line) || (count > 1 && isBlank(line))) return 0;
    joined = count === 1 ? line.trim() : `${joined} ${line.trim()}`;
    if (count > 1 && !ATTRIBUTION_START.test(lines[index]!.trim()) && !/\d/.test(lines[index]!)) return 0;
    if (joined.length > 400) return 0;
    if (/:\s*$/.test(joined) && ATTRIBUTION_VERB.test(joined) && ATTRIBUTION_DETAIL.test(joined)) return count;
  }
  return 0;
}

/** True when lines from `index` are a mail header block (From: then at least two of Sent/To/Subject/...). */
function isHeaderBlock(lines: readonly string[], index: number): boolean {
  if (!HEADER_FROM.test(lines[index]!)) return false;
  let others = 0;
  for (let next = index + 1; next < Math.min(lines.length, index + 8); next += 1) {
    const line = lines[next]!;
    if (HEADER_OTHER.test(line)) others += 1;
    else if (!isBlank(line) && others === 0) return false;
    if (others >= 2) return true;
  }
  return false;
}

function precededByForwardMarker(lines: readonly string[], index: number): boolean {
  for (let previous = index - 1; previous >= 0 && previous >= index - 3; previous -= 1) {
    if (FORWARD_MARKER.test(lines[previous]!)) return true;
    if (!isBlank(lines[previous]) && !UNDERSCORE_RULE.test(lines[previous]!)) return false;
  }
  return false;
}

/** Where unprefixed history starts, or the number of lines when there is none. */
function historyStart(lines: readonly string[]): number {
  for (let index = 0; index < lines.length; index += 1) {
    const line = lines[index]!;
    if (ORIGINAL_MESSAGE.test(line)) return index;
    if (UNDERSCORE_RULE.test(line) && !isBlank(lines[index + 1]) && isHeaderBlock(lines, index + 1) && !precededByForwardMarker(lines, index)) return index;
    if (isHeaderBlock(lines, index) && !precededByForwardMarker(lines, index)) return index;
    const attribution = attributionLength(lines, index);
    if (attribution > 0) {
      let after = index + attribution;
      while (after < lines.length && isBlank(lines[after])) after += 1;
      // With `>` lines after it the quote is removed line by line below; without, the rest is history.
      if (after < lines.length && !isQuoted(lines[after]!)) return index;
      if (after >= lines.length) return index;
    }
  }
  return lines.length;
}

export function stripQuotedReply(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const kept: string[] = [];
  const end = historyStart(lines);
  for (let index = 0; index < end; index += 1) {
    const attribution = attributionLength(lines, index);
    if (attribution > 0) {
      index += attribution - 1;
      continue;
    }
    if (!isQuoted(lines[index]!)) kept.push(lines[index]!);
  }
  return kept.join('\n').replace(/\n{3,}/g, '\n\n').trim();
}
