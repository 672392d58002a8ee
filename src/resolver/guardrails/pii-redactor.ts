import { findPhoneNumbersInText, type CountryCode } from 'libphonenumber-js';
import { ibanValid, luhn } from './checksums';
import { NATIONAL_ID_FORMATS } from './national-ids';

export type PiiKind = 'email' | 'iban' | 'card' | 'national_id' | 'phone';

/** What replaces each kind: language-neutral, recognisable to a person and to an LLM, and free of digits. */
export const PII_PLACEHOLDERS: Record<PiiKind, string> = {
  email: '[EMAIL]',
  iban: '[IBAN]',
  card: '[CARD NUMBER]',
  national_id: '[ID NUMBER]',
  phone: '[PHONE]',
};

export interface Redaction {
  text: string;
  /** The kinds found, once each (never the values). */
  found: PiiKind[];
}

interface Span {
  start: number;
  end: number;
}

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const IBAN_CANDIDATE = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,34}/giu;
const CARD_CANDIDATE = /(?<![\p{L}\p{N}+])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}])/gu;
const DATE_LIKE = /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}\b/;
/** Upper bound for one message: redaction cost grows with length, and nothing longer is ever sent on. */
const MAX_LENGTH = 20_000;

/**
 * Removes personal data before text leaves for an LLM or a log line: email addresses, IBANs (mod-97), card numbers
 * (Luhn), national ID numbers of our markets (with their check digits), phone numbers (libphonenumber, with the
 * market's country for numbers written without a prefix). Order of the steps matters: each one runs on the output of
 * the one before, so a card number inside an IBAN is counted once.
 */
export function redactPii(input: string, country?: string): Redaction {
  const found = new Set<PiiKind>();
  let text = input.length > MAX_LENGTH ? input.slice(0, MAX_LENGTH) : input;
  const replace = (kind: PiiKind, spans: Span[]) => {
    if (spans.length === 0) return;
    found.add(kind);
    text = replaceSpans(text, spans, PII_PLACEHOLDERS[kind]);
  };
  replace('email', [...text.matchAll(EMAIL)].map(spanOf));
  replace('iban', ibanSpans(text));
  replace('card', [...text.matchAll(CARD_CANDIDATE)].filter((match) => luhn(match[0])).map(spanOf));
  replace('national_id', nationalIdSpans(text));
  replace('phone', phoneSpans(text, country));
  return { text, found: [...found] };
}

function spanOf(match: RegExpMatchArray): Span {
  return { start: match.index!, end: match.index! + match[0].length };
}

/** The candidate pattern is greedy (it may run into the next word), so the longest valid prefix wins. */
function ibanSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const match of text.matchAll(IBAN_CANDIDATE)) {
    const characters: { character: string; end: number }[] = [];
    for (let index = 0; index < match[0].length; index += 1) {
      const character = match[0][index]!;
      if (/[A-Za-z0-9]/.test(character)) characters.push({ character: character.toUpperCase(), end: match.index! + index + 1 });
    }
    for (let length = Math.min(34, characters.length); length >= 15; length -= 1) {
      if (ibanValid(characters.slice(0, length).map((entry) => entry.character).join(''))) {
        spans.push({ start: match.index!, end: characters[length - 1]!.end });
        break;
      }
    }
  }
  return spans;
}

function nationalIdSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const format of NATIONAL_ID_FORMATS) {
    for (const match of text.matchAll(format.pattern)) {
      if (format.valid(match[0])) spans.push(spanOf(match));
    }
  }
  return spans;
}

function phoneSpans(text: string, country?: string): Span[] {
  try {
    const options = country && /^[A-Z]{2}$/.test(country) ? { defaultCountry: country as CountryCode } : undefined;
    return findPhoneNumbersInText(text, options)
      .map((found) => ({ start: found.startsAt, end: found.endsAt }))
      .filter((span) => {
        // Short "numbers" in a valid numbering plan are usually amounts, order numbers or dates, not phones.
        const raw = text.slice(span.start, span.end);
        return raw.replace(/\D/g, '').length >= 8 && !DATE_LIKE.test(raw);
      });
  } catch {
    return [];
  }
}

/** Replaces possibly overlapping spans, merged first. */
function replaceSpans(text: string, spans: Span[], placeholder: string): string {
  const merged: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  let result = '';
  let position = 0;
  for (const span of merged) {
    result += text.slice(position, span.start) + placeholder;
    position = span.end;
  }
  return result + text.slice(position);
}
