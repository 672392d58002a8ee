import pino from 'pino';
import { redactLogArguments } from '../resolver/guardrails/log-redaction';

export type Logger = pino.Logger;

/**
 * Structured JSON logs. Message bodies and secrets are never logged at info: the redact list below is the last line
 * of defence for fields that must not appear even by mistake.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      base: { service: 'fintech-support' },
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'req.headers["x-twilio-signature"]',
          'req.headers["x-slack-signature"]',
          '*.text',
          '*.body',
          'text',
          'body',
          'token',
          '*.token',
        ],
        censor: '[redacted]',
      },
      // Personal data inside any logged string (a message text in an error, an address in a warning) is redacted.
      hooks: {
        logMethod(inputArgs, method) {
          method.apply(this, redactLogArguments(inputArgs) as Parameters<typeof method>);
        },
      },
    },
    destination,
  );
}
