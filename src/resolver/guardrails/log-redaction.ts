import { redactForLog } from './guardrails';

const MAX_DEPTH = 5;

/**
 * pino `logMethod` hook: every string of a log call (the message and the strings inside the merged object, errors
 * included) goes through PII redaction, so a message text that ends up in a log line by any path shows no card
 * number, IBAN, ID number, phone or email. Objects are copied, never changed in place.
 */
export function redactLogArguments(args: unknown[]): unknown[] {
  return args.map((argument) => redactValue(argument, 0));
}

function redactValue(value: unknown, depth: number): unknown {
  if (typeof value === 'string') return redactForLog(value);
  if (value === null || typeof value !== 'object' || depth >= MAX_DEPTH) return value;
  if (value instanceof Error) {
    const code = (value as { code?: unknown }).code;
    return { type: value.name, message: redactForLog(value.message), stack: value.stack ? redactForLog(value.stack) : undefined, ...(code === undefined ? {} : { code }) };
  }
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, redactValue(field, depth + 1)]));
}
