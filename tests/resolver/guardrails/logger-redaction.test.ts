import { Writable } from 'node:stream';
import { createLogger } from '../../../src/observability/logger';

test('the application logger redacts personal data in messages, fields and errors', () => {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk, _encoding, done) {
      lines.push(chunk.toString());
      done();
    },
  });
  const log = createLogger('info', destination);
  log.info({ conversationId: 'c-1', detail: { note: 'reply to anna.schmidt@example.de' } }, 'customer sent card 4111 1111 1111 1111');
  log.warn({ err: new Error('IBAN DE89 3704 0044 0532 0130 00 rejected') }, 'from +4915112345678');
  const output = lines.join('');
  expect(output).toContain('c-1');
  expect(output).toContain('[CARD NUMBER]');
  for (const secret of ['anna.schmidt@example.de', '4111 1111 1111 1111', 'DE89 3704', '+4915112345678']) expect(output).not.toContain(secret);
});
