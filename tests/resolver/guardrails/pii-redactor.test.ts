import { redactPii } from '../../../src/resolver/guardrails/pii-redactor';
import { redactLogArguments } from '../../../src/resolver/guardrails/log-redaction';

/** Published example numbers (or numbers built with the official check-digit rule), one or more per market. */
const NATIONAL_IDS: [market: string, text: string][] = [
  ['US', '123-45-6789'],
  ['GB', 'AB 12 34 56 C'],
  ['IE', '1234567T'],
  ['AU', '123 456 782'],
  ['NZ', '49-091-850'],
  ['CA', '046 454 286'],
  ['MX', 'HEGG560427MVZRRL04'],
  ['DE', '86095742719'],
  ['AT', '1237 010180'],
  ['CH', '756.9217.0769.85'],
  ['PL', '44051401359'],
  ['GR', '01018012342'],
  ['SE', '811218-9876'],
  ['NO', '15076500565'],
  ['DK', '010180-1234'],
  ['FI', '131052-308T'],
  ['NL', '111222333'],
  ['BE', '85.07.30-033.28'],
  ['FR', '1 85 05 78 006 084 91'],
  ['IT', 'RSSMRA85T10A562S'],
  ['ES', '12345678Z'],
  ['PT', '123456789'],
  ['CZ', '736028/5163'],
];

describe('PII redaction', () => {
  test.each(NATIONAL_IDS)('a national ID number of %s is redacted', (market, id) => {
    const { text, found } = redactPii(`my number is ${id}, thanks`, market);
    expect(text).toBe('my number is [ID NUMBER], thanks');
    expect(found).toEqual(['national_id']);
  });

  test('all 23 markets have an example', () => {
    expect(new Set(NATIONAL_IDS.map(([market]) => market)).size).toBe(23);
  });

  test('a wrong check digit is not an ID number (nor anything else)', () => {
    for (const text of ['86095742718', '1237 010181', 'RSSMRA85T10A562T', '12345678A', '131052-308A']) {
      expect(redactPii(`ref ${text}`, 'DE').found).not.toContain('national_id');
    }
  });

  test('card numbers pass Luhn, in any grouping; other long numbers do not', () => {
    expect(redactPii('card 4111 1111 1111 1111 exp 09/27', 'GB').text).toBe('card [CARD NUMBER] exp 09/27');
    expect(redactPii('card 5555-5555-5555-4444', 'GB').text).toBe('card [CARD NUMBER]');
    expect(redactPii('card 4111111111111112', 'GB').found).not.toContain('card');
  });

  test('IBANs pass mod-97, with or without spaces, followed by words', () => {
    expect(redactPii('IBAN DE89 3704 0044 0532 0130 00 please refund there', 'DE').text).toBe('IBAN [IBAN] please refund there');
    expect(redactPii('to GB29NWBK60161331926819.', 'GB').text).toBe('to [IBAN].');
    expect(redactPii('to GB29NWBK60161331926818', 'GB').found).not.toContain('iban');
  });

  test('emails and phone numbers, local and international', () => {
    const { text, found } = redactPii('mail anna.schmidt@example.de or call 0151 12345678 / +46 70 123 45 67', 'DE');
    expect(text).toBe('mail [EMAIL] or call [PHONE] / [PHONE]');
    expect(found.sort()).toEqual(['email', 'phone']);
  });

  test('order numbers, amounts and dates stay readable', () => {
    const message = 'Order DE-48213 of 99,00 € on 12.05.2025: 3 items, instalment 2 of 4, £1,234.56';
    expect(redactPii(message, 'DE')).toEqual({ text: message, found: [] });
  });

  test('log arguments are redacted deeply, errors included, without changing the originals', () => {
    const context = { conversation: 'c1', detail: { note: 'customer wrote anna@example.de' } };
    const [merged, message] = redactLogArguments([{ ...context, err: new Error('card 4111111111111111 declined') }, 'from +4915112345678']);
    expect(JSON.stringify(merged)).not.toMatch(/anna@example|4111111111111111/);
    expect(message).toBe('from [PHONE]');
    expect(context.detail.note).toContain('anna@example.de');
  });
});
