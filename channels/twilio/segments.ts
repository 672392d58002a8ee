/**
 * SMS segment arithmetic (3GPP TS 23.038). A text is GSM-7 when every character is in the GSM default alphabet or
 * its extension table (extension characters take two septets); one character outside makes the whole message UCS-2,
 * counted in UTF-16 code units (an emoji takes two). A single segment holds 160 septets or 70 code units; once a
 * message needs more, each segment loses room to the concatenation header and holds 153 or 67. A character is never
 * cut across two segments, so a segment may hold one unit less.
 *
 * Our limit: a message is at most 10 segments (1,530 GSM-7 characters, 670 UCS-2 units, both under Twilio's
 * 1,600-character body limit). A longer reply is split on word boundaries into several messages, at most 5; text
 * beyond that is cut and ends with "...".
 */

export type SmsEncoding = 'GSM-7' | 'UCS-2';

export const SEGMENT_CAPACITY: Record<SmsEncoding, { single: number; multi: number }> = {
  'GSM-7': { single: 160, multi: 153 },
  'UCS-2': { single: 70, multi: 67 },
};

export const MAX_SEGMENTS_PER_MESSAGE = 10;
export const MAX_MESSAGES_PER_REPLY = 5;
/** Twilio's limit on a message body, which also applies to WhatsApp. */
export const TWILIO_MAX_BODY_CHARS = 1600;

const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
const GSM_EXTENSION = new Set('^{}\\[~]|€\f');

export interface SegmentCount {
  encoding: SmsEncoding;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
}

export function encodingOf(text: string): SmsEncoding {
  for (const character of text) if (!GSM_BASIC.has(character) && !GSM_EXTENSION.has(character)) return 'UCS-2';
  return 'GSM-7';
}

function unitsOf(character: string, encoding: SmsEncoding): number {
  if (encoding === 'UCS-2') return character.length;
  return GSM_EXTENSION.has(character) ? 2 : 1;
}

export function countSegments(text: string): SegmentCount {
  const encoding = encodingOf(text);
  const capacity = SEGMENT_CAPACITY[encoding];
  let units = 0;
  let segments = 1;
  let inSegment = 0;
  for (const character of text) {
    const size = unitsOf(character, encoding);
    units += size;
    if (inSegment + size > capacity.multi) {
      segments += 1;
      inSegment = 0;
    }
    inSegment += size;
  }
  if (units === 0) return { encoding, units, segments: 0 };
  return { encoding, units, segments: units <= capacity.single ? 1 : segments };
}

export interface SplitResult {
  parts: string[];
  /** The text did not fit in the allowed number of messages and was cut. */
  truncated: boolean;
}

/** The messages an SMS reply is sent as: each at most `maxSegments` segments, split between words. */
export function splitSms(text: string, maxSegments = MAX_SEGMENTS_PER_MESSAGE, maxMessages = MAX_MESSAGES_PER_REPLY): SplitResult {
  return splitOnWords(text, (candidate) => countSegments(candidate).segments <= maxSegments, maxMessages);
}

/** The messages a WhatsApp reply is sent as: WhatsApp has no segments, but Twilio limits a body's length. */
export function splitWhatsapp(text: string, maxMessages = MAX_MESSAGES_PER_REPLY): SplitResult {
  return splitOnWords(text, (candidate) => candidate.length <= TWILIO_MAX_BODY_CHARS, maxMessages);
}

/**
 * Greedy split between words: each part is as long as `fits` allows. A single word too long for a part (a very long
 * link) is cut between characters, never inside a surrogate pair.
 */
export function splitOnWords(text: string, fits: (candidate: string) => boolean, maxParts: number): SplitResult {
  const parts: string[] = [];
  let current = '';
  let truncated = false;
  /** Closes the current part; false when that was the last part allowed. */
  const close = (): boolean => {
    const part = current.trimEnd();
    current = '';
    if (part) parts.push(part);
    return parts.length < maxParts;
  };
  tokens: for (const token of text.trim().match(/\S+\s*/gu) ?? []) {
    if (fits((current + token).trimEnd())) {
      current += token;
      continue;
    }
    if (!close()) {
      truncated = true;
      break;
    }
    if (fits(token.trimEnd())) {
      current = token;
      continue;
    }
    for (const character of token) {
      if (fits(current + character)) {
        current += character;
        continue;
      }
      if (!close()) {
        truncated = true;
        break tokens;
      }
      current = character;
    }
  }
  if (!truncated) close();
  else parts[parts.length - 1] = withEllipsis(parts[parts.length - 1]!, fits);
  return { parts, truncated };
}

/** Three full stops, not "…", which is outside GSM-7 and would turn the whole message into UCS-2. */
function withEllipsis(part: string, fits: (candidate: string) => boolean): string {
  const characters = [...part];
  while (characters.length > 0 && !fits(`${characters.join('').trimEnd()}...`)) characters.pop();
  return `${characters.join('').trimEnd()}...`;
}
