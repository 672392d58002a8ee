import { ConversationHarness } from '../../support/harness';
import { handoffReason } from './handoff-reason';

const anna = { channel: 'sms' as const, address: '+4915112345678' };
const lucas = { channel: 'email' as const, address: 'lucas.martin@example.fr' };
const zofia = { channel: 'sms' as const, address: '+48512345678' };
const erik = { channel: 'sms' as const, address: '+46701234567' };
const lars = { channel: 'sms' as const, address: '+4791234567' };

/**
 * Sensitive topics said the way people say them, not the way a lexicon lists them: fraud as "my card is gone and
 * someone paid with it", hardship as "the money just doesn't stretch". Each goes to a person at once, with its reason
 * and the matching message, in the customer's language; ordinary questions that share their words do not.
 */
describe('sensitive topics put indirectly reach a person at once, with the right reason', () => {
  let harness: ConversationHarness;
  beforeAll(async () => {
    harness = await ConversationHarness.start({ replyTimeoutMs: 15_000 });
  });
  afterAll(async () => {
    await harness.stop();
  });

  test('a German customer whose card is gone and was used: fraud, at once, on the first message', async () => {
    await harness
      .from(anna)
      .says('Meine Karte ist weg, jemand hat damit bezahlt')
      .expectReply(/KI/)
      .expectReply(/Zu Ihrer Sicherheit gebe ich das direkt an unser Team weiter/)
      .expectState('waiting_for_agent');
    expect(await handoffReason(harness, anna)).toBe('fraud');
  });

  test('a French customer whose stolen card was used: fraud, not the card-freeze flow', async () => {
    await harness.from(lucas).says("On m'a volé ma carte et quelqu'un a payé avec").expectReply(/IA/).expectReply(/sécurité/).expectState('waiting_for_agent');
    expect(await handoffReason(harness, lucas)).toBe('fraud');
  });

  test('an anonymous Greek web chat visitor whose stolen card was used: fraud, without signing in', async () => {
    const visitor = { channel: 'webchat' as const, address: 'visitor-gr-1', verified: false, market: 'GR', language: 'el-GR' };
    await harness.from(visitor).says('Μου έκλεψαν το πορτοφόλι και κάποιος αγόρασε πράγματα με την κάρτα μου').expectAnyReply(/ασφάλει/).expectState('waiting_for_agent');
    expect(await handoffReason(harness, visitor)).toBe('fraud');
  });

  test('a Polish customer whose money does not stretch this month: financial hardship, not a payment schedule', async () => {
    await harness.from(zofia).says('W tym miesiącu brakuje mi pieniędzy na raty').expectReply(/AI/).expectReply(/plan/).expectState('waiting_for_agent');
    expect(await handoffReason(harness, zofia)).toBe('financial_hardship');
  });

  test('a Swedish customer who cannot go on: vulnerability, with the emergency advice', async () => {
    await harness.from(erik).says('Jag orkar inte leva längre').expectReply(/AI/).expectReply(/112|nödnummer/).expectState('waiting_for_agent');
    expect(await handoffReason(harness, erik)).toBe('vulnerability');
  });

  test('a Norwegian customer asking what "this fee" is stays with the assistant ("dette" is not French for debt)', async () => {
    await harness.from(lars).says('Hva betyr dette gebyret?').expectReply(/AI/).expectAnyReply((text) => text.length > 0).expectState('bot');
    expect(await handoffReason(harness, lars)).toBeNull();
  });
});
