import { redactPii, type PiiKind } from './pii-redactor';
import { looksLikePromptInjection } from './prompt-injection';
import { detectSensitiveTopic, type SensitiveTopic } from './sensitive-topics';
import { fold } from './text-folding';

/** Longest text any check or model looks at; a longer message is judged by its beginning. */
export const MAX_INSPECTED_LENGTH = 4000;

export interface Inspection {
  /** The message as the fast path reads it: control characters gone, bounded length. Stays in the process. */
  clean: string;
  /** `clean` without personal data: the only form that may leave for an LLM or a log. */
  redacted: string;
  piiFound: PiiKind[];
  sensitive: SensitiveTopic | null;
  injection: boolean;
  /** Nothing to read: empty, whitespace, or only symbols and control bytes. */
  empty: boolean;
}

/**
 * The checks every message passes before anything else looks at it (DESIGN.md section 6: guardrails first). Pure and
 * synchronous; the resolver decides what to do with the findings.
 */
export function inspectMessage(text: string, country: string): Inspection {
  const clean = sanitize(text);
  const folded = fold(clean);
  const { text: redacted, found } = redactPii(clean, country);
  return {
    clean,
    redacted,
    piiFound: found,
    sensitive: detectSensitiveTopic(folded),
    injection: looksLikePromptInjection(folded),
    empty: !/[\p{L}\p{N}]/u.test(clean),
  };
}

/** Removes control characters (binary garbage, NUL) and unpaired surrogates, and bounds the length. */
export function sanitize(text: unknown): string {
  const value = typeof text === 'string' ? text : '';
  return value
    .slice(0, MAX_INSPECTED_LENGTH)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFD\uFFFE\uFFFF]/g, ' ')
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** For log lines and anything else that leaves the process as text. */
export function redactForLog(text: string): string {
  return redactPii(text).text;
}
