/**
 * Removes the signature from the end of a message: the RFC 3676 delimiter ("-- "), device lines ("Sent from my
 * iPhone" in the market languages), and a closing ("Best regards, / Anna") followed by a few short lines. Closings
 * matter beyond tidiness: "Thanks, Anna" under a question must not read as a thank-you that ends the conversation.
 * A message that is nothing but a closing ("Thank you!") is left as it is.
 */

const DELIMITER = /^-- ?$/;

const DEVICE_LINE =
  /^\s*(sent from|sent with|sent via|get outlook for|von meinem|gesendet von|gesendet mit|envoyé de|envoyé depuis|skickat från|sendt fra|enviado desde|enviado do|enviado de|inviato da|verzonden (vanaf|met|van)|wysłane z|odesláno z|lähetetty|στάλθηκε από)\b.{0,80}$/i;

const CLOSINGS = [
  'best regards', 'kind regards', 'warm regards', 'regards', 'best wishes', 'best', 'all the best', 'cheers', 'thanks',
  'thank you', 'many thanks', 'thanks in advance', 'thanks a lot', 'sincerely', 'yours sincerely', 'yours faithfully',
  'yours truly', 'mit freundlichen grüßen', 'mit freundlichen grüssen', 'freundliche grüße', 'freundliche grüsse',
  'viele grüße', 'viele grüsse', 'liebe grüße', 'liebe grüsse', 'beste grüße', 'beste grüsse', 'gruß', 'grüße', 'lg',
  'vg', 'mfg', 'danke', 'vielen dank', 'danke im voraus', 'cordialement', 'bien cordialement', 'bien à vous',
  'merci', "merci d'avance", 'merci beaucoup', 'salutations', 'bonne journée', 'amicalement',
  'med vänliga hälsningar', 'vänliga hälsningar', 'mvh', 'hälsningar', 'tack', 'tack på förhand', 'tack så mycket',
  'med venlig hilsen', 'venlig hilsen', 'med vennlig hilsen', 'vennlig hilsen', 'hilsen', 'tak', 'takk', 'vh',
  'saludos', 'un saludo', 'saludos cordiales', 'atentamente', 'gracias', 'muchas gracias', 'cordiali saluti',
  'distinti saluti', 'saluti', 'grazie', 'grazie mille', 'un saluto', 'met vriendelijke groet', 'vriendelijke groet',
  'groeten', 'groetjes', 'mvg', 'bedankt', 'alvast bedankt', 'dank je', 'dank u', 'pozdrawiam', 'z poważaniem',
  'dziękuję', 'pozdrowienia', 's pozdravem', 'děkuji', 'díky', 'ystävällisin terveisin', 'terveisin', 'kiitos',
  'atenciosamente', 'cumprimentos', 'com os melhores cumprimentos', 'obrigado', 'obrigada', 'abraços',
  'με εκτίμηση', 'ευχαριστώ', 'φιλικά',
];
const CLOSING = new RegExp(`^\\s*(${CLOSINGS.map((closing) => closing.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})\\s*[,.!]*\\s*$`, 'i');

/** Lines that may follow a closing: a name, a title, a company, a phone number. */
const MAX_LINES_AFTER_CLOSING = 5;
const MAX_SIGNATURE_LINE = 60;
const MAX_LINES_AFTER_DELIMITER = 20;

const isBlank = (line: string) => line.trim() === '';

function hasContentBefore(lines: readonly string[], index: number): boolean {
  return lines.slice(0, index).some((line) => !isBlank(line));
}

/**
 * A closing ends the message when only a signature follows it (a few short lines, no question) and it starts a new
 * line of thought: after a blank line or a finished sentence, or with nothing but a name under it. "Hi, / Thanks /
 * my order is missing" keeps its text.
 */
function closesMessage(lines: readonly string[], index: number, after: readonly string[]): boolean {
  if (after.length > MAX_LINES_AFTER_CLOSING - 1) return false;
  if (after.some((line) => line.length > MAX_SIGNATURE_LINE || /\?\s*$/.test(line))) return false;
  const previous = lines[index - 1] ?? '';
  const newThought = isBlank(previous) || /[.!?:)…]\s*$/.test(previous);
  const onlyAName = after.length <= 2 && after.every((line) => line.split(/\s+/).length <= 4);
  return newThought || onlyAName;
}

function signatureStart(lines: readonly string[]): number {
  const nonBlank = lines.map((line, index) => ({ line, index })).filter(({ line }) => !isBlank(line));
  for (const { line, index } of nonBlank) {
    if (DELIMITER.test(line) && lines.length - index <= MAX_LINES_AFTER_DELIMITER && hasContentBefore(lines, index)) return index;
  }
  const tail = nonBlank.slice(-MAX_LINES_AFTER_CLOSING - 1);
  for (const [position, { line, index }] of tail.entries()) {
    if (!hasContentBefore(lines, index)) continue;
    if (DEVICE_LINE.test(line) && tail.length - position <= 3) return index;
    if (CLOSING.test(line) && closesMessage(lines, index, tail.slice(position + 1).map((entry) => entry.line.trim()))) return index;
  }
  return lines.length;
}

export function stripSignature(text: string): string {
  const lines = text.split('\n');
  let end = signatureStart(lines);
  // A device line under a closing ("Thanks, Anna / Sent from my iPhone"): strip again above it.
  for (let round = 0; round < 2 && end < lines.length; round += 1) {
    const next = signatureStart(lines.slice(0, end));
    if (next >= end) break;
    end = next;
  }
  return lines.slice(0, end).join('\n').trim();
}
